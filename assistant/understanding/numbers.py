"""Numbers said in words become digits where they count money, carats or a size."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.understanding.money import CURRENCY_AFTER, MULTIPLIERS
from retrieval.folding import WORD_END, is_letters
from retrieval.lexicon import load_lexicon

# --- numbers in words ----------------------------------------------------------------------------
from retrieval.lexicon_tables import Lexicon

# --- numbers in words ----------------------------------------------------------------------------

SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {word: 10 * tens for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
NUMBER_WORDS = {*SMALL_NUMBERS, "half", "quarter", "a", "an", "couple"}
HUNDRED = 100
THOUSAND = 1000
RUN_DIGITS = ".12g"  # a joined number in digits, never in exponent form ("1000005", not "1e+06")
# A number in words becomes digits only beside one of these, so "this one" stays a word.
CLAUSE_END = ",;:.!?"  # marks a unit may carry before the next clause ("বাইশ ক্যারেট, এক লাখের মধ্যে")
NUMBER_UNITS = {"carat", "carats", "ct", "karat", "karats"}  # with the money words, after the money section
NUMBER_CONTEXT = {"size", "between", "under", "over", "around", "about", "from", "to", "and", "than", "least", "most"}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "nineteenth": 19, "twentieth": 20, "twenty fifth": 25, "thirtieth": 30,
    "thirty fifth": 35, "fortieth": 40, "forty fifth": 45, "fiftieth": 50, "fifty fifth": 55, "sixtieth": 60,
}  # fmt: skip


LEADING_FRACTIONS = (
    ("three quarters of a", 0.75), ("three quarter", 0.75), ("half of a", 0.5), ("half a", 0.5), ("a half", 0.5),
    ("a quarter of a", 0.25), ("a quarter", 0.25), ("quarter of a", 0.25), ("half", 0.5), ("quarter", 0.25),
)  # fmt: skip
TRAILING_FRACTIONS = (("and a half", 0.5), ("and a quarter", 0.25), ("and three quarters", 0.75))
DECIMAL_POINT = "point"
DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _starts_with(words: list[str], i: int, phrase: str) -> bool:
    parts = phrase.split(" ")
    return words[i : i + len(parts)] == parts


def _can_follow(current: float, value: int) -> bool:
    """Whether a number word continues the number read so far: "twenty" + "five", "five hundred" + "fifty"."""
    if current == 0:
        return True
    if current >= 100 and current % 100 == 0:
        return value < 100
    return 20 <= current < 100 and current % 10 == 0 and value < 10


def read_number(words: list[str], i: int) -> tuple[float | None, int]:
    """The number spelled out at words[i:] ("two thousand five hundred", "one and a half",
    "half a", "a couple", "6 and a quarter") and how many words it took."""
    for phrase, fraction in LEADING_FRACTIONS:
        if _starts_with(words, i, phrase):
            return fraction, len(phrase.split(" "))
    j, total, current, said = i, 0.0, 0.0, False
    if _starts_with(words, j, "a couple") or _starts_with(words, j, "couple"):
        j += 2 if words[j] == "a" else 1
        j += 1 if j < len(words) and words[j] == "of" else 0
        current, said = 2.0, True
    elif words[j] in ("a", "an") and words[j + 1 : j + 2] and words[j + 1] in {"hundred", "grand", "carat", *SCALES}:
        current, said, j = 1.0, True, j + 1  # "a grand", "under a carat"
    while j < len(words):
        word = words[j]
        if word in SMALL_NUMBERS and _can_follow(current, SMALL_NUMBERS[word]) and (not said or current or total):
            current, said = current + SMALL_NUMBERS[word], True
        elif DIGITS.fullmatch(word) and not said:
            current, said = float(word), True
        elif word == "hundred" and said:
            current *= 100
        elif word in SCALES and said:
            total, current = total + current * SCALES[word], 0.0
        elif word in NUMBER_JOINS and current >= 100 and j + 1 < len(words) and words[j + 1] in SMALL_NUMBERS:
            pass  # "five hundred and fifty"
        else:
            break
        j += 1
    if not said:
        return None, 0
    decimals, k = _decimals(words, j)
    if decimals:  # "one point one lakh", "two point five carat"
        return total + current + float(f"0.{decimals}"), k - i
    for phrase, fraction in TRAILING_FRACTIONS:
        if _starts_with(words, j, phrase):
            return total + current + fraction, j - i + len(phrase.split(" "))
    return total + current, j - i


def _decimals(words: list[str], j: int) -> tuple[str, int]:
    """The digits said after a decimal "point" at words[j] ("point two five": "25") and where they end."""
    if words[j : j + 1] != [DECIMAL_POINT]:
        return "", j
    digits, k = "", j + 1
    while k < len(words) and (SMALL_NUMBERS.get(words[k], 10) < 10 or (len(words[k]) == 1 and words[k].isdigit())):
        digits += str(SMALL_NUMBERS.get(words[k], words[k]))
        k += 1
    return digits, k


def _digits(value: float, last_word: str) -> str:
    """Digits for a number said in words, keeping a last "hundred" or "thousand" ("4 thousand"):
    the price step reads the multiplier, and shares it across a range ("from 2 to 4 thousand")."""
    unit = SCALES.get(last_word) or {"hundred": 100}.get(last_word)
    return f"{value / unit:g} {last_word}" if unit else f"{value:g}"


def locale_number_words(text: str, lexicon: Lexicon) -> str:
    """A locale's number words before a scale or a karat as digits: "डेढ़ लाख" -> "1.5 लाख", "sawa lakh" ->
    "1.25 lakh", "بائیس قیراط" -> "22 قیراط" (and before its [numbers] words_before: "بائیس کے", 22 K),
    and a fraction said after a number before one: "1 و نیم میلیون" -> "1.5 میلیون". Elsewhere they stay
    words ("sawa" alone is no amount)."""
    if lexicon.trailing_fractions:
        text = _trailing_fractions(lexicon).sub(lambda m: f"{float(m[1]) + lexicon.trailing_fractions[m[2]]:g}", text)
    if not lexicon.number_words:
        return text
    words = _runs_joined(_hundreds_joined(_scales_first(text.split(" "), lexicon), lexicon), lexicon)
    units = {*MULTIPLIERS, *lexicon.karat_suffixes, *lexicon.ambiguous_karat_suffixes, *lexicon.number_words_before}
    budget_words = _budget_words(lexicon)
    return " ".join(f"{lexicon.number_words[word]:g}" if word in lexicon.number_words
                    and (following.rstrip(CLAUSE_END) in units or before in budget_words) else word
                    for before, word, following in zip(["", *words], words, [*words[1:], ""]))  # fmt: skip


@lru_cache(maxsize=4)
def _budget_words(lexicon: Lexicon) -> frozenset[str]:
    """The last words of a locale's price words said before an amount ("не дороже", "до"): a number in
    words after one is an amount even with no currency after it ("не дороже трёхсот")."""
    phrases = (*lexicon.under_before, *lexicon.over_before, *lexicon.around_before, *lexicon.range_before)
    return frozenset(phrase.split(" ")[-1] for phrase in phrases if phrase.strip() and is_letters(phrase.split(" ")[-1]))


def _scale(word: str) -> float | None:
    """A scale word's multiplier ("тысяч", "хиляди": 1000), None for any other word."""
    value = MULTIPLIERS.get(word)
    return value if value and value >= THOUSAND and is_letters(word) else None


def _run_end(words: list[str], i: int, lexicon: Lexicon) -> tuple[float, int, str]:
    """The number a run of a locale's number words from words[i] says, where it ends, and its last
    scale word when it ends on one: "двухсот пятидесяти тысяч" (250, "тысяч"), "две хиляди и петстотин"
    (2500), "петстотин осемдесет и пет" (585). A join ([numbers] joins: "и", "na") is read only between
    two number words, and a word only follows a larger place ("пятьсот восемьдесят", not "два три")."""
    numbers, total, group, last, j, scale_word = lexicon.number_words, 0.0, 0.0, None, i, ""
    while j < len(words):
        word, value = words[j], numbers.get(words[j])
        if value is not None and (last is None or _can_follow(last, value)):
            group, last, scale_word = group + value, value, ""
        elif word in lexicon.number_joins and j > i and j + 1 < len(words) and words[j + 1] in numbers:
            pass  # "триста и петдесет"; the word after is checked as the loop goes on
        elif _scale(word) and (group or _joined_after(words, j, lexicon) if j == i else group):
            total, group, last, scale_word = total + (group or 1) * _scale(word), 0.0, None, word
        else:
            break
        j += 1
    while j > i and words[j - 1] in lexicon.number_joins:
        j -= 1  # a join the number after it did not continue ("сто и два")
    return total + group, j, scale_word


def _joined_after(words: list[str], j: int, lexicon: Lexicon) -> bool:
    """Whether a scale word said first is joined to a number word after it ("хиляда и петстотин"). A
    scale alone before a number word is not read as one run: every pack's words are loaded together, so
    Vietnamese "cu" (a million) before Romanian "cinci" (five) is not a million and five."""
    return j + 2 < len(words) and words[j + 1] in lexicon.number_joins and words[j + 2] in lexicon.number_words


def _runs_joined(words: list[str], lexicon: Lexicon) -> list[str]:
    """Several of a locale's number words said in a row as one number in digits, keeping a last scale
    word for the price step to multiply by ("двухсот пятидесяти тысяч" -> "250 тысяч"). One word alone
    is left to locale_number_words, which reads it only beside a unit or a price word."""
    out, i = [], 0
    while i < len(words):
        value, j, scale_word = _run_end(words, i, lexicon)
        if j - i < 2 or not value:
            out.append(words[i])
            i += 1
            continue
        out.append(f"{value / _scale(scale_word):{RUN_DIGITS}} {scale_word}" if scale_word else f"{value:{RUN_DIGITS}}")
        i = j
    return out


def _scales_first(words: list[str], lexicon: Lexicon) -> list[str]:
    """A scale said before its number, as Swahili says it, put after it in digits: "laki mbili" -> "2 laki",
    "elfu thelathini na tano" -> "35 elfu", "laki moja na nusu" -> "1.5 laki"."""
    if not lexicon.scales_first:
        return words
    out, i = [], 0
    while i < len(words):
        scale, value, j = words[i], None, i + 1
        if scale in lexicon.scales_first and j < len(words) and words[j] in lexicon.number_words:
            value, j = lexicon.number_words[words[j]], j + 1
            while j + 1 < len(words) and words[j] in lexicon.number_joins and words[j + 1] in lexicon.number_words:
                value, j = value + lexicon.number_words[words[j + 1]], j + 2
        out += [f"{value:g}", scale] if value is not None else [scale]
        i = j if value is not None else i + 1
    return out


def _hundreds_joined(words: list[str], lexicon: Lexicon) -> list[str]:
    """A locale's hundreds said as a count and the hundred word, then tens and units, as one number in
    digits: Armenian "հինգ հարյուր հազար" -> "500 հազար", "յոթ հարյուր հիսուն հարգի" -> "750 հարգի". Only a
    count under ten before the hundred starts one ("mia tano", Swahili's hundred and five, is not)."""
    numbers = lexicon.number_words
    out, i = [], 0
    while i < len(words):
        if not (i + 1 < len(words) and 0 < numbers.get(words[i], 0) < 10 and numbers.get(words[i + 1]) == HUNDRED):
            out.append(words[i])
            i += 1
            continue
        value, j = numbers[words[i]] * HUNDRED, i + 2
        while j < len(words) and _can_follow(value, numbers.get(words[j], HUNDRED)):
            value, j = value + numbers[words[j]], j + 1
        out.append(f"{value:g}")
        i = j
    return out


@lru_cache(maxsize=4)
def _trailing_fractions(lexicon: Lexicon) -> re.Pattern:
    fractions = "|".join(map(re.escape, sorted(lexicon.trailing_fractions, key=len, reverse=True)))
    scales = "|".join(map(re.escape, sorted(MULTIPLIERS, key=len, reverse=True)))
    return re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?) ({fractions})(?= (?:{scales}){WORD_END})")


def spell_out_numbers(text: str) -> str:
    """Numbers in words become digits where they count money, carats or a size: "two grand",
    "half a carat", "size six and a half". "This one" stays as it is."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        value, used = read_number(words, i)
        said = words[i : i + used]
        following = words[i + used] if i + used < len(words) else ""
        composite = value is not None and (value % 1 or {"hundred", *SCALES} & set(said))
        in_context = following in NUMBER_UNITS or (out and out[-1] in NUMBER_CONTEXT)
        if value is not None and set(said) & NUMBER_WORDS and (composite or in_context):
            out.append(_digits(value, said[-1]))
            i += used
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)



SCALES = {word: MULTIPLIERS[word] for word in load_lexicon().scale_words}  # "one lakh fifty thousand"
NUMBER_JOINS = load_lexicon().number_joins  # "five hundred and fifty": [numbers] joins
NUMBER_UNITS |= {word for word in [*MULTIPLIERS, *CURRENCY_AFTER] if is_letters(word)}


# --- numbers in ideographs -----------------------------------------------------------------------


def _numeral_words(lexicon: Lexicon) -> str:
    """A locale's numerals as a regex alternation, the longest first: an ideograph ("五", "万") or a word
    of several letters (Thai "หมื่น", ten thousand; "ห้า", five)."""
    words = sorted({**lexicon.numeral_digits, **lexicon.numeral_units, **lexicon.numeral_scales}, key=len, reverse=True)
    return "|".join(map(re.escape, words))


@lru_cache(maxsize=8)
def _ideograph_number(lexicon: Lexicon) -> re.Pattern | None:
    """A number written with a locale's ideographs or number words, digits among them or not ("五千",
    "3万5千", "十八", "หมื่นห้า"), and the word after it."""
    numeral = _numeral_words(lexicon)
    if not numeral:
        return None
    counters = "|".join(map(re.escape, sorted(lexicon.numeral_counters, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<![\d.,])(?P<number>(?:\d+(?:\.\d+)?|{numeral})*(?:{numeral})(?:\d+(?:\.\d+)?)?)(?P<counter>{counters})?")


@lru_cache(maxsize=8)
def _scale_said_once(lexicon: Lexicon) -> re.Pattern | None:
    """ "2~3万": a range whose scale is said after its second number only."""
    scales, joins = "".join(map(re.escape, lexicon.numeral_scales)), "|".join(map(re.escape, lexicon.range_joins))
    if not scales or not joins:
        return None
    return re.compile(rf"(?<![\d.,{scales}])(?P<low>\d+(?:\.\d+)?)\s*(?P<join>{joins})\s*(?P<high>\d+(?:\.\d+)?)(?P<scale>[{scales}])")


@lru_cache(maxsize=8)
def _groups_apart(lexicon: Lexicon) -> re.Pattern | None:
    """ "8만 9천원", "구만 구천원": a number's groups written apart, a space after a scale (Korean writes them so)."""
    scales, units = "".join(map(re.escape, lexicon.numeral_scales)), "".join(map(re.escape, lexicon.numeral_units))
    digits = "".join(map(re.escape, lexicon.numeral_digits))
    if not scales:
        return None
    return re.compile(rf"(?<=[\d{digits}{units}][{scales}])\s+(?=(?:\d+(?:\.\d+)?|[{digits}])+[{units}{scales}])")


def ideograph_numbers(text: str, lexicon: Lexicon) -> str:
    """Numbers written with ideographs as digits: "3万円" -> "30000円", "五千円" -> "5000円", "十八金" ->
    "18金", "2~3万" -> "20000~30000", "8만 9천원" -> "89000원". A number of ideographs alone is one only before a counter of the
    locale's ("円", "号", "金") or with a scale ("十万"): "一粒" (a single stone) and "十字架" (a cross) stay words."""
    pattern, once, apart = _ideograph_number(lexicon), _scale_said_once(lexicon), _groups_apart(lexicon)
    if apart:
        text = apart.sub("", text)
    if once:
        text = once.sub(lambda m: f"{m['low']}{m['scale']}{m['join']}{m['high']}{m['scale']}", text)
    return pattern.sub(lambda match: _ideograph_digits(match, lexicon), text) if pattern else text


def _ideograph_digits(match: re.Match, lexicon: Lexicon) -> str:
    said = match["number"]
    if said in lexicon.spoken_scales and match.string[: match.start()].rstrip()[-1:].isdigit():
        return match[0]  # "2 หมื่น": the scale of the number before it, read with the money's multipliers
    has_digits = any(char.isdigit() and char.isascii() for char in said)
    has_scale = any(scale in said for scale in lexicon.numeral_scales)
    value = _ideograph_value(said, lexicon) if has_digits or has_scale or match["counter"] else None
    if value is None:
        return match[0]
    return f"{int(value) if value.is_integer() else value}{match['counter'] or ''}"


def _ideograph_value(said: str, lexicon: Lexicon) -> float | None:
    """ "3万5千" -> 35000, "二十万" -> 200000, "1.5万" -> 15000; None for a scale or unit with no number
    before it where one is needed ("万" alone)."""
    total, section, current = 0.0, 0.0, None
    spoken = 0  # the spoken scale just said ("หมื่น"): one digit after it is that many tenths of it
    for part in re.findall(rf"\d+(?:\.\d+)?|{_numeral_words(lexicon)}|.", said):
        if part[0].isascii():
            current, spoken = float(part), 0
        elif part in lexicon.numeral_digits:
            current = (current or 0) * 10 + lexicon.numeral_digits[part]  # "二〇二五": digit by digit
        elif part in lexicon.numeral_units:
            section += (1 if current is None else current) * lexicon.numeral_units[part]  # "十" alone is ten
            current, spoken = None, 0
        elif part in lexicon.numeral_scales:
            if not section and current is None and part not in lexicon.spoken_scales:
                return None
            if not section and current is None:
                current = 1  # "หมื่น" alone is ten thousand
            total += (section + (current or 0)) * lexicon.numeral_scales[part]
            section, current = 0.0, None
            spoken = lexicon.numeral_scales[part] if part in lexicon.spoken_scales else 0
        else:
            return None
    if spoken and current is not None and current < 10:
        return total + current * spoken / 10  # "หมื่นห้า": 15,000
    return total + section + (current or 0)
