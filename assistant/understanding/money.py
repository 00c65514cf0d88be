"""Prices in any common form and currency; the currency words come from retrieval/lexicon/currencies.toml."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.phrasing import Note
from assistant.understanding.phrases import either
from assistant.understanding.reading import Reading
from retrieval.folding import WORD_EDGE, WORD_END, WORD_START, is_letters
from retrieval.lexicon import load_lexicon
from retrieval.vocabulary import (
    CURRENCY_SYMBOLS,
    DOLLAR_CURRENCIES,
)

THOUSAND = 1000
AROUND_BAND = 0.2  # "around 800" means 640 to 960
BARE_PRICE_BAND = 0.2  # "a $500 necklace": a price named with no word before it is a target, not a cap
# A number below this, with a price word but no currency, is a size or a count ("under 10" stones).
MIN_BARE_PRICE = 20

# --- money ---------------------------------------------------------------------------------------

_LEXICON = load_lexicon()
# Currency words, from retrieval/lexicon/currencies.toml: a symbol or code before or after an
# amount ("rs 500", "500 rupees"), a word only after it ("500 quid"); "$" and "dollars" are the
# catalog's own dollar ("$" in these tables). An amount with a currency's own number word
# ("2 lakh") is in that currency.
# A word several currencies say is the first's in currencies.toml ("rupees": India's before Pakistan's).
_CURRENCIES_LAST_FIRST = list(reversed(_LEXICON.currencies.items()))
CURRENCY_BEFORE = {symbol: code for code, c in _CURRENCIES_LAST_FIRST for symbol in c.symbols} | dict.fromkeys(_LEXICON.dollar_words, "$")
CURRENCY_AFTER = {word: code for code, c in _CURRENCIES_LAST_FIRST for word in c.words} | CURRENCY_BEFORE
# A word several currencies say ("pesos": MXN, PHP) is the catalog's own currency where it is one of
# them, else the first in currencies.toml.
SHARED_CURRENCY_WORDS = _LEXICON.shared_currency_words
CURRENCY_MULTIPLIERS = {word: code for code, c in _CURRENCIES_LAST_FIRST for word in c.multipliers}
# A locale pack's number words come last: Spanish "10 mil" is ten thousand, whatever "mil" is in English.
MULTIPLIERS = (_LEXICON.multipliers | {word: factor for c in _LEXICON.currencies.values() for word, factor in c.multipliers.items()}
               | _LEXICON.locale_multipliers)


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


THOUSANDS_WITH_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
PRICE_NUMBER = either(
    r"\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?(?!\d)",  # "1,200.50", "1,50,000"
    r"\d{1,3}(?:\.\d{3})+(?![\d,])",  # "1.200"
    r"\d{1,3}(?: \d{3})+(?:\.\d{1,2})?(?![\d,.])",  # "R10 000", "1 299,00 zł": thousands set apart by a space (South Africa, much of Europe)
    r"\d+(?:\.\d+)?",
)  # fmt: skip


def _amount(n: int) -> str:
    """An amount of money, its parts in groups numbered `n`: "$1.2k", "50,000 rupees", "2 grand"."""
    return (
        rf"(?<![\w.])(?:(?P<before{n}>{_alternation(CURRENCY_BEFORE)})\s*)?(?P<number{n}>{PRICE_NUMBER})"
        rf"(?:\s*(?P<mult{n}>{_alternation(MULTIPLIERS)}){WORD_EDGE})?"
        rf"(?:\s*(?P<after{n}>{_alternation(CURRENCY_AFTER)}){WORD_END})?"  # not an edge: "900 ₾ მდე", a sign before a space
        rf"(?P<dash{n}>\s*/-)?"  # "Rs. 5000/-", "3000/- only": only money is written so
    )


PRICE_CUES = {
    "max": either(
        r"under", r"below", r"beneath", r"less th[ae]n", r"lower than", r"cheaper than", r"less expensive than",
        r"no more th[ae]n", r"not more than", r"nothing more than", r"no higher than", r"not over", r"nothing over",
        r"nothing above", r"not above", r"up ?to", r"max(?:imum)?", r"at (?:the )?most", r"within", r"sub", r"<", r"≤",
        r"<=", r"capped at", r"cap of", r"limit(?: is| of)?", r"shy of", r"not exceeding", r"not to exceed",
        r"budget(?:'s| is| of|\s*:)?(?: only| just)?", r"spend(?:ing)?(?: only| just| up to)?",
        r"(?:\w+n'?t|not|never)\s+(?:want to\s+|wanna\s+|like to\s+)?(?:spend|pay|go)\s+(?:over|above|more than|beyond)",
    ),
    "min": either(
        r"over", r"above", r"more th[ae]n", r"greater than", r"higher than", r"more expensive than", r"pricier than",
        r"at least", r"no less than", r"not less than", r"not under", r"nothing under", r"nothing below", r"not below",
        r"min(?:imum)?", r"starting(?: at| from)?", r"from", r"upwards of", r"north of", r">", r"≥", r">=",
        r"in excess of", r"exceeding",
    ),
    "around": either(
        r"around", r"about", r"approx(?:imately|\.)?", r"roughly", r"~", r"≈", r"close to", r"near", r"nearly", r"almost",
        r"in the region of", r"in the ballpark of", r"ballpark", r"somewhere around", r"something like", r"circa",
        r"for about", r"budget(?:'s| is| of)? (?:around|about)", r"in the",
    ),
    "for": r"for",  # "a ring for 300": a target like a bare "$300", but "for 14k" is still gold
}  # fmt: skip
PRICE_POST_CUES = {
    "max": either(
        r"or (?:less|under|below|cheaper|lower)", r"and (?:under|below|less)", r"max(?:imum)?", r"tops", r"at most",
        r"at the most", r"budget", r"limit", r"cap",
    ),
    "min": either(r"\+", r"plus", r"or (?:more|above|higher|over)", r"and (?:up|above|over|higher)", r"minimum", r"min",
                   r"at least", r"upwards"),
    "around": either(r"-?ish", r"or so", r"give or take", r"range", r"ballpark", r"or thereabouts", r"price range"),
}  # fmt: skip
PRICE_POST_CUES["max"] = either(PRICE_POST_CUES["max"], *(re.escape(w) for w in _LEXICON.under_after))  # locale packs' words
PRICE_POST_CUES["min"] = either(PRICE_POST_CUES["min"], *(re.escape(w) for w in _LEXICON.over_after))
PRICE_CUES["max"] = either(PRICE_CUES["max"], *(re.escape(w) for w in _LEXICON.under_before))
PRICE_CUES["min"] = either(PRICE_CUES["min"], *(re.escape(w) for w in _LEXICON.over_before))
PRICE_CUES["around"] = either(PRICE_CUES["around"], *(re.escape(w) for w in _LEXICON.around_before))
PRICE_POST_CUES["around"] = either(PRICE_POST_CUES["around"], *(re.escape(w) for w in _LEXICON.around_after))
# "3万円台" (in the thirty-thousands): from the amount up to the next step of its first digit
PRICE_POST_CUES["band"] = either(*(re.escape(w) for w in _LEXICON.band_after)) or r"(?!)"
CUE_REACH_CHARS = 40  # the longest price cue ("don't want to spend more than") fits
# "cheaper than the 1 lakh ones", "under a 1000": a price cue reaches over an article before the amount.
ARTICLE = r"(?:\s+(?:the|a|an|those|these|that)(?=\s))?"
CUE_BEFORE = {kind: re.compile(rf"(?:{WORD_START}(?:{cue})){ARTICLE if kind != 'for' else ''}\s*$") for kind, cue in PRICE_CUES.items()}
CUE_AFTER = {kind: re.compile(rf"\s*(?:{cue}){WORD_END}") for kind, cue in PRICE_POST_CUES.items()}
CURRENCY_JUST_BEFORE = re.compile(rf"(?:^|(?<=[\s\d]))(?:{_alternation(CURRENCY_BEFORE)})\s*$")
RANGE_WORD_BEFORE = re.compile(r"\b(?:between|from)\s*$")
# a currency or a scale said after a number makes it money: "21 lakh", "21 لاکھ" is no 21 karat
PRICE_WORD_AFTER = re.compile(rf"\s*(?:budget|price|{_alternation(w for w in (*CURRENCY_AFTER, *MULTIPLIERS) if is_letters(w) and len(w) > 1)}){WORD_EDGE}")
AMOUNT = re.compile(_amount(1))
STONE_AFTER_AMOUNT = re.compile(r"\s*([a-z]+)\b")
PRICE_RANGE = re.compile(
    rf"(?:\b(?:between|from|budget(?: is| of)?|price range(?: of| is)?)\s+)?"
    rf"{_amount(1)}\s*(?:-|to|and|till|until|through)\s*{_amount(2)}"
)
# A locale pack's range, its first word said ("tra 200 e 400", "da 300 a 500"): "e" and "a" join two
# amounts only after "tra" or "da"
LOCALE_PRICE_RANGE = re.compile(
    rf"{WORD_EDGE}(?:{_alternation(_LEXICON.range_before) or '(?!)'})\s+{_amount(1)}\s*(?:{_alternation(_LEXICON.range_between) or '(?!)'})\s+{_amount(2)}"
    rf"|{_amount(3)}\s*(?:{_alternation(_LEXICON.range_joins) or '(?!)'})\s*{_amount(4)}"  # "1万円から2万円", "1万〜2万円"
)


# "30000원대", "5만원까지", "80000원쯤": a locale's price word glued to the currency after an amount, set apart
_WORDS_AFTER = [*_LEXICON.under_after, *_LEXICON.over_after, *_LEXICON.around_after, *_LEXICON.band_after, *_LEXICON.range_joins]
GLUED_PRICE_WORD = re.compile(
    rf"(?<=\d)(\s*(?:{_alternation(w for w in CURRENCY_AFTER if not w.isascii()) or '(?!)'}))(?={_alternation(w for w in _WORDS_AFTER if not w.isascii()) or '(?!)'})"
)


# "250 ezerig", "15 000 Ft-ig", "150e-tól": an ending a locale writes onto the amount, its currency or
# its thousands ([price_words] glued_after), set apart as the word after them
GLUED_ENDING = re.compile(
    rf"(?<=\d)(\s*(?:{_alternation(w for w in {*CURRENCY_AFTER, *MULTIPLIERS} if is_letters(w)) or '(?!)'})?)-?"
    rf"(?=(?:{_alternation(_LEXICON.glued_after) or '(?!)'}){WORD_END})"
) if _LEXICON.glued_after else None


# "12e", "150e-ig": a locale's short thousands glued to the number ([price_words] glued_scales: Hungarian
# "e" is "ezer"), written out; apart from the number it is another word (Italian "tra 200 e 400")
GLUED_SCALE = re.compile(rf"(?<=\d)({_alternation(_LEXICON.glued_scales)})(?=[\s\-.,!?]|$)") if _LEXICON.glued_scales else None


def glued_currency(text: str, currency: str) -> str:
    """A letter the shop's currency is written with glued to an amount, read as the currency ([<code>]
    glued in currencies.toml: "alle 500e" is 500 euros in a shop priced in euros), before any locale
    reads that letter as its scale (Hungarian "150e", 150 thousand)."""
    spec = _LEXICON.currencies.get(currency)
    if spec is None or not spec.glued:
        return text
    return re.sub(rf"(?<=\d)(?:{_alternation(spec.glued)})(?=[\s.,!?;:]|$)", f" {spec.display}", text, flags=re.IGNORECASE)


def price_words_apart(text: str) -> str:
    if GLUED_SCALE:
        text = GLUED_SCALE.sub(lambda match: f" {_LEXICON.glued_scales[match[1]]}", text)
    text = GLUED_PRICE_WORD.sub(r"\1 ", text)
    return GLUED_ENDING.sub(r"\1 ", text) if GLUED_ENDING else text


def _thousands_said_once(low: float, high: float) -> bool:
    return low < THOUSAND and low.is_integer() and high % THOUSAND == 0 and low * THOUSAND <= high


def price_cue_before(text: str, position: int) -> str | None:
    """The kind of the price cue that ends at `position`, preferring the longest ("no more than"
    over "more than")."""
    reach = max(0, position - CUE_REACH_CHARS)
    best = None
    for kind, pattern in CUE_BEFORE.items():
        found = pattern.search(text, reach, position)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if best is None and CURRENCY_JUST_BEFORE.search(text, reach, position):
        return "currency"
    return best[1] if best else None


@dataclass
class _Amount:
    value: float
    currency: str | None  # an ISO code, "$" (dollars of some kind) or None (not said)
    multiplier: str | None
    dashed: bool = False  # written "5000/-": money, whatever the words around it
    said: str = ""  # the currency word as said ("pesos")


def read_amount(match: re.Match, n: int) -> _Amount:
    number = match[f"number{n}"]
    if THOUSANDS_WITH_DOTS.fullmatch(number):
        number = number.replace(".", "")  # "€1.200" is twelve hundred
    value = float(number.replace(",", "").replace(" ", ""))
    multiplier = match[f"mult{n}"]
    if multiplier:
        value *= MULTIPLIERS[multiplier]
    said = match[f"before{n}"] or match[f"after{n}"] or ""
    currency = CURRENCY_BEFORE.get(match[f"before{n}"] or "") or CURRENCY_AFTER.get(match[f"after{n}"] or "")
    if currency is None and multiplier in CURRENCY_MULTIPLIERS:
        currency, said = CURRENCY_MULTIPLIERS[multiplier], multiplier  # "lakh": India's or Pakistan's (SHARED_CURRENCY_WORDS)
    return _Amount(value, currency, multiplier, bool(match[f"dash{n}"]), said)


def _is_price(amount: _Amount, cued: bool) -> bool:
    return amount.currency is not None or amount.multiplier is not None or amount.dashed or (cued and amount.value >= MIN_BARE_PRICE)


def _price_range(text: str, start: int = 0) -> re.Match | None:
    """The first range of amounts from `start` on, in English or a locale pack's words."""
    found = [match for match in (PRICE_RANGE.search(text, start), LOCALE_PRICE_RANGE.search(text, start)) if match]
    return min(found, key=lambda match: match.start(), default=None)


def read_prices(reading: Reading) -> None:
    match = _price_range(reading.text)
    while match:
        low, high = (read_amount(match, 1), read_amount(match, 2)) if match["number1"] else (read_amount(match, 3), read_amount(match, 4))
        if low.multiplier is None and high.multiplier and low.value * MULTIPLIERS[high.multiplier] <= high.value:
            low.value *= MULTIPLIERS[high.multiplier]  # "1-2k"
        elif low.multiplier is None and not high.multiplier and _thousands_said_once(low.value, high.value):
            low.value *= THOUSAND  # "15 to 25,000": "fifteen to twenty-five thousand" as a transcript writes it
        if not low.currency:  # "between 20000 and 30000 rupees": the word said once, for both (a shared one read as said)
            low.currency, low.said = high.currency, high.said
        if not high.currency:
            high.currency, high.said = low.currency, low.said
        if (
            low.value < high.value
            and _is_price(low, True)
            and _is_price(high, True)
            and (low.currency or high.multiplier or low.multiplier or low.value >= MIN_BARE_PRICE)
        ):
            values = _in_catalog_currency(reading, [low, high])
            if values:
                reading.constraints.price_min, reading.constraints.price_max = values
            reading.take(*match.span())
            break
        match = _price_range(reading.text, match.start() + 1)
    for match in reversed(list(AMOUNT.finditer(reading.text))):
        amount = read_amount(match, 1)
        cue_before = price_cue_before(reading.text, match.start())
        cue_after = next((kind for kind, cue in CUE_AFTER.items() if cue.match(reading.text, match.end())), None)
        kind = cue_before if cue_before in PRICE_CUES and cue_before != "for" else cue_after or cue_before or "bare"
        if not _is_price(amount, cued=kind not in ("bare", "currency")):
            continue
        values = _in_catalog_currency(reading, [amount])
        reading.take(*_with_cues(reading.text, match))
        if not (match["before1"] or match["after1"]):
            _take_stone_as_unit(reading, match.end())
        if not values:
            continue
        value = values[0]
        constraints = reading.constraints
        if kind == "max":
            constraints.price_max = value
        elif kind == "min":
            constraints.price_min = value
        elif kind == "band":
            constraints.price_min, constraints.price_max = value, value + _step_of_first_digit(value) - 1
        else:  # "around 800", or a bare "$800" / "for 800"
            band = value * (AROUND_BAND if kind == "around" else BARE_PRICE_BAND)
            constraints.price_min, constraints.price_max = round(value - band, 2), round(value + band, 2)


def _step_of_first_digit(value: float) -> float:
    """30000 -> 10000, 150000 -> 100000: what the first digit of an amount counts."""
    return 10 ** math.floor(math.log10(value)) if value >= 1 else 1


def _take_stone_as_unit(reading: Reading, end: int) -> None:
    """A stone named where a price's unit stands is a misheard currency ("under 50,000 rubies" for
    rupees): it is taken with the price, never read as a stone."""
    following = STONE_AFTER_AMOUNT.match(reading.text, end)
    if following:
        terms = reading.table.phrases.get(following.group(1))
        if terms and terms[0].kind == "gemstone":
            reading.take(following.start(1), following.end(1))


def _with_cues(text: str, match: re.Match) -> tuple[int, int]:
    """The span of an amount with the price words around it, so "no more than" leaves no "no"."""
    reach = max(0, match.start() - CUE_REACH_CHARS)
    before = [pattern.search(text, reach, match.start()) for pattern in CUE_BEFORE.values()]
    after = [pattern.match(text, match.end()) for pattern in CUE_AFTER.values()]
    start = min([found.start() for found in before if found] + [match.start()])
    end = max([found.end() for found in after if found] + [match.end()])
    return start, end


def _in_catalog_currency(reading: Reading, amounts: list[_Amount]) -> list[float] | None:
    """The amounts in the catalog's currency, converting a named other currency (with a note);
    None when there is no rate to convert with."""
    catalog = reading.currency
    out = []
    for amount in amounts:
        currency = amount.currency or catalog
        shared = SHARED_CURRENCY_WORDS.get(amount.said, ())
        if shared:  # the catalog's own if it says the word, else one tied to it (a toman shop's rial), else the first
            currency = catalog if catalog in shared else next((code for code in shared if _fixed_rate(code, catalog)), shared[0])
        if currency == "$":
            currency = catalog if catalog in DOLLAR_CURRENCIES else "USD"
        if currency == catalog:
            out.append(amount.value)
            continue
        fixed = _fixed_rate(currency, catalog)
        if fixed:  # "۴۰ میلیون ریال" in a toman shop: a tenth, whatever the day's rates
            converted = round(amount.value * fixed, 2)
            reading.notes.append(_converted_note(f"{_money(amount.value, currency)} = {_money(converted, catalog)}", "note_fixed_rate",
                                                 (amount.value, currency), (converted, catalog)))
            out.append(converted)
            continue
        if currency not in reading.rates or catalog not in reading.rates:
            missing = currency if currency not in reading.rates else catalog
            reading.notes.append(Note(f"I have no exchange rate for {missing}, so I left the price out", "note_no_rate", currency=missing))
            return None
        converted = round(amount.value * reading.rates[catalog] / reading.rates[currency], 2)
        reading.notes.append(_converted_note(f"{_money(amount.value, currency)} ≈ {_money(converted, catalog)} at the configured rate",
                                             "note_rate", (amount.value, currency), (converted, catalog)))
        out.append(converted)
    return out


def _fixed_rate(currency: str, catalog: str) -> float | None:
    """How many of the catalog's currency one of `currency` is always worth (a rial: 0.1 toman)."""
    known = _LEXICON.currencies.get(currency)
    return known.fixed_rate(catalog) if known else None


def _converted_note(english: str, key: str, said: tuple[float, str], converted: tuple[float, str]) -> Note:
    return Note(english, key, amount=said, converted=converted)


def _money(amount: float, currency: str) -> str:
    text = f"{amount:,.0f}" if amount >= 100 or amount == int(amount) else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"
