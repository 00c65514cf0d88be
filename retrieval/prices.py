"""Prices as shops write them, and the currency they are in.

A price cell may carry a currency (a symbol or code before or after the number, "Rs." and "/-"
included) and any common grouping of digits: "1,04,000", "₹1,04,000.00", "Rs. 1,04,000/-",
"$1,299.00", "1.299,00 €", "1 299,00", "1.2 lakh", "125만원"; digits of any script with the Arabic
separators ("١٬٢٥٠٫٥٠ ج.م" is 1,250.50 EGP). A number (JSON) is taken as it is; anything else ("free",
"POA", "1,2,3") is refused with "... is not a number".

`currency_mismatch` says when a catalog's prices look like another currency than the shop's
setting: its median price against each currency's typical median for a jewellery shop
(retrieval/lexicon/currencies.toml); `currency_in_text`, when the listings' own words price them
in another currency; `currency_named_apart`, when the file names its prices' currency (Etsy's
CURRENCY_CODE) and it is not the shop's.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from retrieval.folding import UNSPACED_SCRIPTS
from retrieval.lexicon_tables import Currency

DOLLAR_SIGN = "$"
WHOLE_AMOUNT_SUFFIXES = ("/-", ",-", ".-", "only")  # "Rs. 1,04,000/-", "Rp4.500.000,-", "12,900.-" (Thai, Swiss), "Rs 5000 only"
GROUPING_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "'", "\u2019")
NUMBER_CHARS = re.compile(r"[+-]?[\d.,' \u00a0\u202f\u2009\u2019]*\d[\d.,' \u00a0\u202f\u2009\u2019]*")
WESTERN_GROUPS = re.compile(r"\d{1,3}(,\d{3})+")
INDIAN_GROUPS = re.compile(r"\d{1,2}(,\d{2})*,\d{3}")
DECIMAL_DIGITS_MAX = 2  # of a price written with grouping or a currency ("12,50"); plain numbers keep theirs
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")  # "1299", "1299.00", ".5", "2e3"
TEXT_AMOUNT = r"\d[\d.,\u00a0\u202f ]*\d|\d"  # an amount in running text: "139,00", "1 299,00", "1.289,90"
# Arabic-script prices: the Arabic thousands and decimal separators (a "٫" is always the decimal mark),
# and the marks that steer right-to-left text, which CLDR's Arabic formats put around a price.
ARABIC_THOUSANDS, ARABIC_DECIMAL = "\u066c", "\u066b"
ARABIC_SEPARATORS = str.maketrans({ARABIC_THOUSANDS: ",", ARABIC_DECIMAL: "."})
DIRECTION_MARKS = str.maketrans(dict.fromkeys(("\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)))))
ANY_DIGIT = re.compile(r"\d")  # of any script: Arabic-Indic "١٢٥٠", Persian "۱۲۵۰"
TEXT_PRICE_SHARE = 0.1  # of listings whose text must price them in another currency for the ingest to say so
MIN_TEXT_PRICES = 3


class PriceError(ValueError):
    """A price cell that is not a price."""


@dataclass(frozen=True)
class Price:
    amount: float
    currency: str | None  # the ISO code the cell names, None when it names none


def parse_price(value: Any, currencies: dict[str, Currency], dollar_currency: str = "USD") -> Price:
    """The amount and currency of a price cell; a PriceError naming the cell if it is not one.
    A bare "$" is `dollar_currency` (the shop's, when it prices in dollars)."""
    if isinstance(value, bool):
        raise PriceError(f"{str(value).lower()} is not a number")
    if isinstance(value, (int, float)):
        return Price(float(value), None)
    if not isinstance(value, str):
        raise PriceError(f"{value!r} is not a number")
    text = western_digits(unicodedata.normalize("NFKC", value)).strip()
    if PLAIN_NUMBER.fullmatch(text):
        return Price(float(text), None)
    text, currency = _strip_currency(_whole(text), currencies, dollar_currency)
    text = _whole(text)  # "89.900,- Ft", "1.290,- Kč": the mark of a whole amount before the currency
    text, multiplier = _strip_multiplier(text, currencies)
    decimals = currencies[currency].decimals if currency in currencies else DECIMAL_DIGITS_MAX
    points_group = currency is not None and decimals <= DECIMAL_DIGITS_MAX and ARABIC_DECIMAL not in text
    amount = _amount(text.translate(ARABIC_SEPARATORS), points_group, max(decimals, DECIMAL_DIGITS_MAX))
    if amount is None:
        raise PriceError(f"{value!r} is not a number")
    return Price(amount * multiplier, currency)


def is_zero_price(cell: str) -> bool:
    """Whether a price cell says 0 ("0.00", "0 UAH"): price on request; a cell that cannot be read is
    left for parse_price to report."""
    try:
        return parse_price(cell, {}).amount == 0
    except PriceError:
        return False


def _whole(text: str) -> str:
    """The text without the mark of a whole amount after it ("/-", ",-", "only")."""
    for suffix in WHOLE_AMOUNT_SUFFIXES:
        text = text.removesuffix(suffix).strip() if text.lower().endswith(suffix) else text
    return text


def western_digits(text: str) -> str:
    """"١٬٢٥٠ ج.م\u200f" -> "1٬250 ج.م": digits of any script as 0-9, without right-to-left marks."""
    return ANY_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text.translate(DIRECTION_MARKS))


def _strip_currency(text: str, currencies: dict[str, Currency], dollar_currency: str) -> tuple[str, str | None]:
    """The text without its currency marker, and the marker's currency."""
    # longest first; a symbol two currencies write ("元": CNY, TWD) is the shop's own where it is one of them
    markers = sorted(((symbol, code) for code, c in currencies.items() for symbol in c.symbols),
                     key=lambda m: (-len(m[0]), m[1] != dollar_currency))
    lowered = text.lower()
    for symbol, code in markers:
        if lowered.startswith(symbol) and not _glued(symbol, text[len(symbol) : len(symbol) + 1]):
            rest = text[len(symbol) :]
        elif lowered.endswith(symbol) and not _glued(symbol, text[-len(symbol) - 1 : -len(symbol)]):
            rest = text[: -len(symbol)]
        else:
            continue
        return rest.strip(), (dollar_currency if symbol == DOLLAR_SIGN else code)
    return text, None


def _glued(symbol: str, beside: str) -> bool:
    """Whether a symbol of Latin letters is part of a longer word: the "n" of "nghìn" is no naira (scripts
    without spaces glue their symbols to the number's words: "125만원")."""
    return symbol.isascii() and symbol[:1].isalpha() and symbol[-1:].isalpha() and beside.isalpha()


def _strip_multiplier(text: str, currencies: dict[str, Currency]) -> tuple[str, float]:
    """"4,5 juta" -> ("4,5", 1e6); a word of a script without letter case may be glued: "125만" -> ("125", 1e4)."""
    words = {word: factor for c in currencies.values() for word, factor in c.multipliers.items()}
    parts = text.rsplit(None, 1)
    if len(parts) == 2 and parts[1].lower() in words:
        return parts[0], float(words[parts[1].lower()])
    glued = [word for word in words if not word.isascii() and word == word.lower() == word.upper() and text.endswith(word)]
    if glued:
        word = max(glued, key=len)
        return text[: -len(word)].strip(), float(words[word])
    return text, 1.0


def _amount(text: str, points_group: bool, decimals_max: int = DECIMAL_DIGITS_MAX) -> float | None:
    """The number in digits with any grouping: None when the text is not one number. A single
    comma before three digits groups thousands ("1,299"); a single point does only in a price
    that names its currency ("1.299 €": few prices have three decimals), else it is a decimal point."""
    if not NUMBER_CHARS.fullmatch(text):
        return None
    sign = -1.0 if text.startswith("-") else 1.0
    digits = text.lstrip("+-")
    for space in GROUPING_SPACES:
        if space in digits:
            groups = digits.split(space)
            if not all(group for group in groups):
                return None
            digits = "".join(groups)
    commas, points = digits.count(","), digits.count(".")
    if commas and points:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif commas == 1 or points == 1:
        mark = "," if commas else "."
        after = len(digits) - digits.rfind(mark) - 1
        grouping = after == 3 and (mark == "," or points_group)
        decimal = None if grouping else mark
    else:
        decimal = None
    whole, _, fraction = digits.rpartition(decimal) if decimal else (digits, "", "")
    if decimal and not whole:
        whole = "0"
    group = {",": ".", ".": ","}.get(decimal) if decimal else ("," if commas else ".")
    if group in whole:
        as_commas = whole.replace(group, ",")
        if not (WESTERN_GROUPS.fullmatch(as_commas) or group == "," and INDIAN_GROUPS.fullmatch(as_commas)):
            return None
        whole = whole.replace(group, "")
    if not whole.isdigit() or (fraction and not fraction.isdigit()) or len(fraction) > decimals_max:
        return None
    amount = sign * float(f"{whole}.{fraction or 0}")
    return amount if math.isfinite(amount) else None


def currency_mismatch(amounts: list[float], currency: str, currencies: dict[str, Currency], region: str | None = None) -> str | None:
    """A one-line warning when the median of `amounts` (prices taken to be in `currency`) is outside
    that currency's typical range but inside another's; None when it looks right or is unknown. Of
    the currencies whose range holds the median, those of `region` (the country whose language the
    listings are written in) come first, then the nearest by scale."""
    known = currencies.get(currency)
    if not amounts or known is None:
        return None
    median = statistics.median(amounts)
    low, high = known.typical_median
    if low <= median <= high:
        return None
    likely = sorted(
        (code for code, other in currencies.items() if code != currency and other.typical_median[0] <= median <= other.typical_median[1]
         and math.isfinite(other.typical_median[1])),  # a currency of no stated median is never a guess
        key=lambda code: (region not in currencies[code].regions,
                          abs(math.log(median / math.sqrt(currencies[code].typical_median[0] * currencies[code].typical_median[1])))),
    )
    if not likely:
        return None
    # every currency whose shops price like this is named: a median alone cannot tell the yen, the rupees,
    # the naira, the forint, the dinar ... apart, and a list cut short would leave the shop's own out
    return (
        f"the prices look like {' or '.join(likely)}, not {currency}: their median is {median:,.0f}, and a jewellery shop's "
        f"median in {currency} is usually {low:,.0f}-{high:,.0f}. If so, ingest with --currency and the shop's code "
        f"(--currency {likely[0]} for {likely[0]}; or set FACET_CURRENCY)"
    )


def currency_in_text(texts: list[str], currency: str, currencies: dict[str, Currency], region: str | None = None) -> str | None:
    """A one-line warning when the listings' own words price them in another currency than `currency`
    ("Cena: 139,00 zł", "R$ 139,90 à vista no Pix"): the one most of them name, when at least
    TEXT_PRICE_SHARE of them (and MIN_TEXT_PRICES) do and fewer name `currency`. A zloty shop's prices
    are dollar-sized, so its median cannot tell it from a dollar shop's; its text can. A bare "$" is
    `currency` when that is a dollar, else no currency; a sign several currencies write ("kr": Swedish
    and Danish) is the one of `region` (the country whose language the listings are written in) first."""
    pattern = _text_price_pattern(currencies)
    dollar = currency if currency in currencies and currencies[currency].dollar else None
    named: Counter[str] = Counter()
    for text in texts:
        plain = western_digits(unicodedata.normalize("NFKC", text)).translate(ARABIC_SEPARATORS).lower()
        found = {_code_of(match, currencies, dollar, currency, region) for match in pattern.finditer(plain)}
        named.update(found - {None})
    for code in [code for code in named if _tied(code, currency, currencies)]:
        named[currency] += named.pop(code)  # a toman shop's prices written in rials are its own money
    if not named:
        return None
    code, count = named.most_common(1)[0]
    if code == currency or count <= named[currency] or count < max(MIN_TEXT_PRICES, TEXT_PRICE_SHARE * len(texts)):
        return None
    return (
        f"the prices look like {code}, not {currency}: {count} of {len(texts)} listings name their price in {code} in their text. "
        f"If so, ingest with --currency {code} (or set FACET_CURRENCY)"
    )


def _text_price_pattern(currencies: dict[str, Currency]) -> re.Pattern:
    symbols = sorted({symbol for c in currencies.values() for symbol in c.symbols} | {DOLLAR_SIGN}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, symbols))
    # an amount's edge is a letter of a spaced script: Chinese glues its words to it ("滿NT$2,000免運")
    letter = rf"[^\W{UNSPACED_SCRIPTS}]"
    return re.compile(rf"(?<!{letter})(?<!\$)(?P<before>{alternatives})\s?(?:{TEXT_AMOUNT})|(?:{TEXT_AMOUNT})\s?(?P<after>{alternatives})(?!{letter}|\$)")


def _code_of(match: re.Match, currencies: dict[str, Currency], dollar: str | None, shop: str = "", region: str | None = None) -> str | None:
    symbol = match.group("before") or match.group("after")
    if symbol == DOLLAR_SIGN:
        return dollar
    claims = sorted((code for code, c in currencies.items() if symbol in c.symbols), key=lambda code: region not in currencies[code].regions)
    own = [code for code in claims if code in (dollar, shop) or _tied(code, shop, currencies)]
    return next(iter(own or claims), None)  # "元": the dollar shop's own (TWD) before China's; "ریال": a toman shop's rial


def _tied(code: str, shop: str, currencies: dict[str, Currency]) -> bool:
    """Whether `code` is always worth a set number of the shop's currency (a rial in a toman shop)."""
    return code in currencies and currencies[code].fixed_rate(shop) is not None


def currency_named_apart(named: list[str], currency: str) -> str | None:
    """A one-line warning when the file names its prices' currency (a currency column, Etsy's
    CURRENCY_CODE, a code in a price cell) and most say another than the shop's `currency`: the
    prices are kept in theirs, but a shopper's "under 300" is read in the shop's."""
    others = Counter(code for code in named if code != currency)
    if not others or sum(others.values()) * 2 <= len(named):
        return None
    code, count = others.most_common(1)[0]
    return (
        f"{count} of {len(named)} listings are priced in {code} as the file says, not in the shop's currency {currency}: "
        f"a shopper's budget is read in {currency}. If the shop sells in {code}, ingest with --currency {code} (or set FACET_CURRENCY)"
    )


def currency_notes(by_setting: list[tuple[str, float]], named: list[str], currency: str, currencies: dict[str, Currency],
                   region: str | None = None) -> list[str]:
    """The ingest's currency warnings: of the listings priced in the shop's `currency` only because their
    price named none (`by_setting`: (text, price)), their own words first, then their median; and of
    those whose price named its currency ("LKR 145,000.00": `named`, their codes), whether most name
    another. A price that names its currency is never taken for the setting's: its size says nothing."""
    texts, amounts = [text for text, _ in by_setting], [amount for _, amount in by_setting]
    # the listings' own words ("¥39,600（税込）") say more than a median several currencies share
    warning = currency_in_text(texts, currency, currencies, region) or currency_mismatch(amounts, currency, currencies, region)
    return [note for note in (warning, currency_named_apart(named, currency)) if note]
