"""Measurements, ring sizes, karats and carats."""

from __future__ import annotations

import math
import re

from assistant.phrasing import Note
from assistant.understanding.money import (
    CURRENCY_AFTER,
    MULTIPLIERS,
    PRICE_WORD_AFTER,
    RANGE_WORD_BEFORE,
    price_cue_before,
)
from assistant.understanding.phrases import either
from assistant.understanding.reading import Reading, add_new
from retrieval.folding import LETTER, WORD_EDGE, WORD_END, WORD_MARKS, WORD_START
from retrieval.lexicon import load_lexicon
from retrieval.reading import karat_number
from retrieval.unspaced import joined
from retrieval.vocabulary import (
    EU_RING_SIZE_MAX,
    EU_RING_SIZE_MIN,
    GOLD_HALLMARKS,
    GOLD_KARATS,
    PLATINUM_HALLMARKS,
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
    SILVER_HALLMARKS,
    UK_HALF_LETTER,
    UK_RING_SIZES,
    US_DIAMETER_AT_ZERO_MM,
    US_DIAMETER_PER_SIZE_MM,
    ring_size_diameter,
)

CARAT_BAND = 0.1  # "a 1.5 ct diamond" means 1.35 to 1.65 ct

# --- measurements, ring sizes, karats and carats -------------------------------------------------

NUMBER = r"\d+(?:\.\d+)?|\.\d+"
# Numbers that count or measure something else: never a price, a carat or a size.
MEASURES = either(
    r"mm\b", r"cm\b", r"millimet(?:er|re)s?\b", r"centimet(?:er|re)s?\b", r"inch(?:es)?\b", r"in\.", r"\"", r"''",
    r"years?\b", r"yrs?\b", r"yo\b", r"year old\b", r"months?\b", r"weeks?\b", r"days?\b", r"hours?\b", r"hrs?\b",
    r"minutes?\b", r"mins?\b", r"pieces\b", r"pcs\b", r"stones?\b", r"prongs?\b", r"rows?\b", r"strands?\b",
    r"people\b", r"percent\b", r"%", r"x\b", r"st\b", r"nd\b", r"rd\b", r"th\b", r"s\b", r"am\b", r"pm\b",
    r"grams?\b", r"grammes?\b", r"gms?\b", r"gr\b", r"g\b", r"tolas?\b", r"sovereigns?\b", r"pavans?\b",  # a weight
)  # fmt: skip
MEASUREMENT = re.compile(rf"(?<![\w.$€£₹¥])\d+(?:\.\d+)?(?=\s*(?:{MEASURES}))")
# A locale's gold weights ([measures]): "2 สลึง" always; "หนัก 1 บาท" after a weighing word, "1 บาท" below
# the number a shop's cheapest piece costs (บาท is the currency too: "12,900 บาท" is a price)
_WEIGHTS = load_lexicon()
_ALTERNATION = lambda words: either(*map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"  # noqa: E731
LOCALE_WEIGHT = re.compile(
    rf"(?:(?P<before>{_ALTERNATION(_WEIGHTS.weight_words_before)})\s*)?(?<![\w.,])(?P<value>\d+(?:\.\d+)?)\s*"
    rf"(?:(?P<unit>{_ALTERNATION(_WEIGHTS.weight_units_after)})|(?P<either>{_ALTERNATION(_WEIGHTS.weight_or_money)})){WORD_END}"
)
RING_SIZE_SYSTEMS = {"us": "US", "uk": "UK", "british": "UK", "au": "UK", "aus": "UK", "australian": "UK",
                     "eu": "EU", "european": "EU", "euro": "EU", "french": "EU", "german": "EU"}  # fmt: skip
# "ring size 8" leaves "ring" to name the piece
SIZE_WORDS = either(
    r"(?:size|sz)\s*(?:(?:is|of)\s+(?:a\s+)?|:\s*|#\s*|=\s*)?", r"(?:she|he|i) (?:wears?|is) (?:a\s+)?(?:size\s+)?",
    r"fits? (?:a\s+)?(?:size\s+)?",
)  # fmt: skip
SYSTEMS = either(*RING_SIZE_SYSTEMS)
NOT_A_SIZE_AFTER = r"(?!\s*(?:mm|cm|inch|in\b|\"|carats?|cts?\b|k\b|kt\b|karats?|%))"
RING_SIZE = re.compile(
    rf"\b(?:(?P<system>{SYSTEMS})\s+)?(?:{SIZE_WORDS})"
    rf"(?:(?P<letter>[f-z])(?P<half>\s*(?:0\.5|and a half|half))?\b|(?P<value>\d{{1,2}}(?:\.\d+)?)(?![\d.]))"
    rf"(?:\s+(?P<system_after>{SYSTEMS})\b)?(?!\s*(?:-|to|or)\s*\d){NOT_A_SIZE_AFTER}"  # not "size 6-7"
)
# A locale pack's ring-size words ([ring_size]): said before the size ("storlek 17", "misura 14") or after
# it ("12号"), each with how its number counts (retrieval/vocabulary.py RING_SIZE_COUNTS)
_SIZE_BEFORE, _SIZE_AFTER = load_lexicon().ring_size_before, load_lexicon().ring_size_after
LOCALE_RING_SIZE = re.compile(
    rf"{WORD_START}(?P<before>{either(*map(re.escape, sorted(_SIZE_BEFORE, key=len, reverse=True))) or '(?!)'})\s*\.?\s*(?P<value>\d{{1,2}}(?:\.\d+)?)(?![\d.])"
    r"(?!\s*(?:-|to|or)\s*\d)(?!\s*(?:mm|cm|\"|carats?|cts?\b|k\b|kt\b|karats?|%))"  # "in" after it is a word, not inches
    rf"|(?<![\w.])(?P<value_after>\d{{1,2}}(?:\.\d+)?)\s*(?P<after>{either(*map(re.escape, sorted(_SIZE_AFTER, key=len, reverse=True))) or '(?!)'}){WORD_END}"
)
BARE_QUARTER_SIZE = re.compile(rf"(?<![\w.$€£₹¥])(?P<value>\d{{1,2}}\.(?:25|5|75))(?![\d.]){NOT_A_SIZE_AFTER}")
_LEXICON = load_lexicon()
# "14k", "14 karat", and a locale pack's own suffix ("14 karaat")
KARAT_UNIT = rf"(?:{either('k', 'kt', 'kts', 'kar', 'karats?', *sorted(map(re.escape, _LEXICON.karat_suffixes), key=len, reverse=True))}){WORD_EDGE}"
# A word for solid gold in any locale pack ("585 goud", "916 sona", "585 Weißgold"): what makes a stamp a gold hallmark.
SOLID_GOLDS = {name for name, metal in _LEXICON.metals.items() if metal.base == "gold"}
GOLD_NAMES = either(*sorted((re.escape(phrase) for phrase, metal in _LEXICON.strong_names("metal") if metal in SOLID_GOLDS), key=len, reverse=True))
GOLD_FOLLOWS = re.compile(rf"\s*(?:solid\s+)?(?:(?:yellow|white|rose|pink|red)\s+)?(?:{GOLD_NAMES}){WORD_EDGE}")
# A suffix that is also a stone's weight ("18 ct", Dutch "14 karaat"): a karat unless a stone is in
# sight and no gold word of any pack follows (read_karats).
AMBIGUOUS_KARAT_UNIT = either(*sorted(map(re.escape, _LEXICON.ambiguous_karat_suffixes), key=len, reverse=True))
YELLOW_ONLY_KARATS = _LEXICON.yellow_only_karats  # gold so soft it is always yellow: never a stone's weight
# A gold's colour said after its karat: "18k white", and a locale's words for it ("K18WG", "18k gult": [metal_colors]);
# one said before a gold word ("18k gult guld") is left for the metal step
KARAT_COLORS = {"yellow": "yellow", "white": "white", "rose": "rose", "pink": "pink", "red": "red"} | _LEXICON.metal_color_words
KARAT = re.compile(
    r"(?<![\w.$€£₹¥])(?P<first>\d{1,2}(?:[.,]\d(?!\d))?)(?:\s*(?:k|kt)?\s*(?:/|or|and|-|to|&)\s*(?P<second>\d{1,2}))?\s*"
    rf"(?:(?P<karat>{KARAT_UNIT})|(?P<british>{AMBIGUOUS_KARAT_UNIT}){WORD_EDGE})"
    rf"(?:\s+(?P<color>{either(*sorted(map(re.escape, KARAT_COLORS), key=len, reverse=True))}){WORD_EDGE}(?!\s+(?:gold|{GOLD_NAMES}){WORD_EDGE}))?"
)
PLATINUM_STAMPS = either(*map(str, PLATINUM_HALLMARKS))
SAID_ALONE = either(*map(str, _LEXICON.hallmarks_said_alone)) or r"(?!)"  # "916 kada" (locale packs)
STAMP_WORDS = either(*map(re.escape, _LEXICON.hallmark_words_before)) or r"(?!)"  # "próby 585", "585 пробы" (locale packs)
# a currency's sign after a number makes it money ("750 €"); its words are in PRICE_WORD_AFTER
CURRENCY_SIGN_AFTER = re.compile(rf"\s*(?:{either(*sorted((re.escape(w) for w in CURRENCY_AFTER if not w.isalpha()), key=len, reverse=True))})")
HALLMARK = re.compile(
    rf"(?:\b(?P<gold>{either(*map(str, GOLD_HALLMARKS))})(?=\s*(?:gold|hallmark|stamp|{GOLD_NAMES}|{STAMP_WORDS}){WORD_EDGE})|\b(?P<alone>{SAID_ALONE})\b(?![.,]?\d)"
    rf"|{WORD_EDGE}(?:{GOLD_NAMES}|{STAMP_WORDS})\s+(?P<after_gold>{either(*map(str, GOLD_HALLMARKS))})\b(?![.,]?\d)"  # "złote 333", "próby 585"
    rf"|\b(?P<silver>{either(*map(str, SILVER_HALLMARKS))})\b"
    rf"|(?:\bpt\s*|\b(?=(?:{PLATINUM_STAMPS})\s*platinum))(?P<platinum>{PLATINUM_STAMPS})\b)"
    r"(?P<metal_named>(?=\s*(?:sterling|silver|platinum)\b))?"  # "925 silver" names it already
)
STONE_WORD = re.compile(
    r"\b(?:diamonds?|rub(?:y|ies)|sapphires?|emeralds?|pearls?|amethysts?|topaz|aquamarines?|garnets?|opals?"
    r"|peridots?|citrines?|stones?|gems?|gemstones?|solitaire|moissanite)\b"
)
CARAT_UNIT = r"(?:carats?|cts?\.?|ctw|tcw|ct\.?\s*t\.?w\.?|karats?)(?:\s+total(?:\s+weight)?)?\b"
CARAT_CUES = {
    "min": r"at least|minimum|min|over|more than|above|bigger than|larger than|no less than|not less than|not under"
    r"|no smaller than|starting at|from|upwards of|>|>=",
    "max": r"under|below|less than|up to|at most|no more than|not more than|not over|max|maximum|smaller than"
    r"|no bigger than|no larger than|<|<=",
    "around": r"around|about|approx(?:imately|\.)?|roughly|~|close to|nearly|almost",
}  # fmt: skip
CARAT_POST_CUES = {
    "min": r"or (?:more|bigger|larger|above|over)|\+|plus|and up|and above|minimum|min|at least",
    "max": r"or (?:less|smaller|under|below)|max|maximum|and under|and below|at most",
    "around": r"or so|ish|give or take",
}  # fmt: skip
MAX_CARATS = 30  # "under $2000 and 1 carat" is not a carat range
CARAT_RANGE = re.compile(
    rf"(?:\bbetween\s+|\bfrom\s+)?(?<![\w.$€£₹¥,])(?P<a>{NUMBER})\s*(?:{CARAT_UNIT}\s*)?(?:-|to|and)\s*"
    rf"(?P<b>{NUMBER})\s*{CARAT_UNIT}"
)
CARAT_CUE_BEFORE = either(*(f"(?P<pre_{kind}>{cue})" for kind, cue in CARAT_CUES.items()))
CARAT_CUE_AFTER = either(*(f"(?P<post_{kind}>{cue})" for kind, cue in CARAT_POST_CUES.items()))
CARAT = re.compile(
    rf"(?:\b(?:{CARAT_CUE_BEFORE})\s*)?(?<![\w.])(?P<value>{NUMBER})\s*(?:-\s*)?{CARAT_UNIT}"
    rf"(?:\s*(?:{CARAT_CUE_AFTER})(?!\w))?"
)


def _snap_size(size: float) -> float:
    return round(size / RING_SIZE_STEP) * RING_SIZE_STEP


def _set_ring_size(reading: Reading, size: float, said: str | None = None) -> bool:
    snapped = _snap_size(size)
    if not RING_SIZE_MIN <= snapped <= RING_SIZE_MAX:
        return False
    reading.constraints.ring_size = snapped
    if said:
        reading.notes.append(Note(f"{said} is about US size {snapped:g}", "note_size", said=said, size=float(snapped)))
    return True


def read_measurements(reading: Reading) -> None:
    """Numbers that count or measure something else, except where they begin a phrase of the shop's
    vocabulary: "1 gram gold" is a gold plating, not a weight."""
    for match in reversed(list(MEASUREMENT.finditer(reading.text))):
        if not any(_starts_phrase(reading.text, match.start(), phrase) for phrase in reading.table.numbered):
            reading.take(*match.span())
    for match in reversed(list(LOCALE_WEIGHT.finditer(reading.text))):
        either_word = match["either"]
        if either_word is None or match["before"] or float(match["value"]) < _WEIGHTS.weight_or_money[either_word]:
            reading.notes.append(Note(f"{match[0].strip()} is a weight, not a price", "note_weight", said=match[0].strip()))
            reading.take(*match.span())


def _starts_phrase(text: str, start: int, phrase: str) -> bool:
    end = start + len(phrase)
    return text.startswith(phrase, start) and (end == len(text) or not text[end].isalnum())


def read_locale_ring_size(reading: Reading) -> None:
    """ "storlek 17" (a diameter in mm), "12号" (a circumference less 40), "taille 52": a locale's size
    word with its number, as a US size (with a note)."""
    for match in LOCALE_RING_SIZE.finditer(reading.text):
        word, value = (match["before"], match["value"]) if match["before"] else (match["after"], match["value_after"])
        count = (_SIZE_BEFORE if match["before"] else _SIZE_AFTER)[word]
        diameter = ring_size_diameter(count, float(value))
        said = f"{word} {value}" if match["before"] else f"{value}{word}"
        if _set_ring_size(reading, (diameter - US_DIAMETER_AT_ZERO_MM) / US_DIAMETER_PER_SIZE_MM, said):
            reading.take(*match.span())
            return


def read_ring_size(reading: Reading) -> None:
    for match in RING_SIZE.finditer(reading.text):
        system = RING_SIZE_SYSTEMS.get(match["system"] or match["system_after"] or "us", "US")
        if match["letter"]:
            if system != "UK" or match["letter"] not in UK_RING_SIZES:
                continue
            half = UK_HALF_LETTER if match["half"] else 0.0
            said = f"UK size {match['letter'].upper()}{'½' if half else ''}"
            found = _set_ring_size(reading, UK_RING_SIZES[match["letter"]] + half, said)
        else:
            value = float(match["value"])
            if system == "EU" or value >= EU_RING_SIZE_MIN:
                us_size = (value / math.pi - US_DIAMETER_AT_ZERO_MM) / US_DIAMETER_PER_SIZE_MM
                in_range = EU_RING_SIZE_MIN <= value <= EU_RING_SIZE_MAX
                found = in_range and _set_ring_size(reading, us_size, f"EU size {value:g}")
            else:
                found = _set_ring_size(reading, value)
        if found:
            reading.take(*match.span())
            return


def read_bare_ring_size(reading: Reading) -> None:
    """ "7 1/4", "a 6.5": a quarter-step number with no unit, once prices and carats are read."""
    match = BARE_QUARTER_SIZE.search(reading.text)
    if match and reading.constraints.ring_size is None and _set_ring_size(reading, float(match["value"])):
        reading.take(*match.span())


def read_hallmarks(reading: Reading) -> None:
    """Purity stamps: "750 gold" is 18k, "925" sterling silver, "pt950" platinum."""
    for match in reversed(list(HALLMARK.finditer(reading.text))):
        stamp = match["gold"] or match["alone"] or match["after_gold"]
        stamp_end = match.end("after_gold") if match["after_gold"] else match.end()
        if price_cue_before(reading.text, match.start()) or _amount_after(reading.text, stamp_end):
            continue  # "under 925 dollars", "gold 750 euro": an amount, not a fineness
        if stamp:
            add_new(reading.constraints.karats, [GOLD_HALLMARKS[int(stamp)]])
        metal = "sterling silver" if match["silver"] else "platinum" if match["platinum"] else ""
        # the gold word before a stamp is left for the metal step
        span = match.span("after_gold") if match["after_gold"] else match.span()
        reading.take(*span, "" if match["metal_named"] is not None else metal)


def _amount_after(text: str, position: int) -> bool:
    """Whether a currency or a scale follows `position` ("750 евро", "750 €", "585 тысяч")."""
    return bool(PRICE_WORD_AFTER.match(text, position) or CURRENCY_SIGN_AFTER.match(text, position))


def read_karats(reading: Reading) -> None:
    has_stone = bool(STONE_WORD.search(reading.text))
    for match in reversed(list(KARAT.finditer(reading.text))):
        numbers = [_karat(n) for n in (match["first"], match["second"]) if n]
        if not all(n in GOLD_KARATS for n in numbers):
            continue
        if match["karat"]:
            if match["karat"] == "k" and _is_money(reading.text, match):
                continue  # "under 14k" is money
        elif has_stone and not GOLD_FOLLOWS.match(reading.text, match.end("british")) and not set(numbers) <= YELLOW_ONLY_KARATS:
            continue  # a 9 carat sapphire; but "18 carat gold", "14 ct" with no stone in sight and "22 carat" (no stone weighs that) are karats
        add_new(reading.constraints.karats, numbers)
        color = KARAT_COLORS.get(match["color"] or "")
        replacement = f"{color} gold" if color else ""
        reading.take(match.start(), match.end(), replacement.rjust(match.end() - match.start()) if replacement else "")
    reading.constraints.karats.sort()


# a word of any script with its letters' marks (Thai "ทองคำ"), or a number with its decimals ("96.5")
NAMED_KARAT_WORD = re.compile(rf"\d+(?:\.\d+)?|[^\W\d_](?:[^\W_]|[{WORD_MARKS}])*")


def read_named_karats(reading: Reading) -> None:
    """A gold whose name says its purity ("gini sona" 22, "chuk kam" 24: the lexicon's [karat.named]).
    The words stay for the metal they also name; a purity said in numbers beats it ("18k saudi gold": 18)."""
    if reading.constraints.karats:
        return
    words = NAMED_KARAT_WORD.findall(reading.text)  # in any script: "足金" (24 karat) as a request writes it, joined; "ทอง 96.5"
    for named, karat in reading.table.vocabulary.lexicon.named_karats.items():
        phrase = tuple(joined(" ".join(named)).split(" "))
        if any(tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words))):
            add_new(reading.constraints.karats, [karat])
    reading.constraints.karats.sort()


# "دهب 21", "غويشة 21", "like this but 22": a gold's purity said as a bare number, no unit after it
BARE_NUMBER = re.compile(r"(?<![\w.$€£₹¥,/-])(?P<value>\d{1,2}(?:[.,]\d)?)(?![\w.,/%-])")  # "ouro 19,2": Portugal's 800 gold
WORDS_BEFORE = re.compile(rf"((?:{LETTER}+\s+){{1,3}})$")


def read_bare_karats(reading: Reading) -> None:
    """A bare number read as a karat where no other is said: one of the golds so soft they are only
    ever yellow (21, 22, 24: no stone weighs that, no ring size counts so), or any karat said right
    after a gold ("دهب 18", "ذهب ابيض 18"). Not one a price word or a currency goes with."""
    if reading.constraints.karats:
        return
    for match in reversed(list(BARE_NUMBER.finditer(reading.text))):
        value = _karat(match["value"])
        if value not in GOLD_KARATS or price_cue_before(reading.text, match.start()) or PRICE_WORD_AFTER.match(reading.text, match.end()):
            continue
        if value in YELLOW_ONLY_KARATS or _gold_before(reading, match.start()):
            add_new(reading.constraints.karats, [value])
            reading.take(*match.span())
    reading.constraints.karats.sort()


def _karat(said: str) -> int | float:
    """"18" -> 18, "19,2" or "19.2" -> 19.2 (a karat that is no whole number)."""
    return karat_number(said.replace(",", "."))


def _gold_before(reading: Reading, position: int) -> bool:
    """Whether the words right before `position` name a solid gold ("dahab", "دهب ابيض")."""
    said = WORDS_BEFORE.search(reading.text[:position])
    words = said[1].split() if said else []
    golds = set(reading.table.gold_metals)
    for start in range(len(words)):
        terms = reading.table.phrases.get(" ".join(words[start:]), ())
        if any(term.kind == "metal" and set(term.values) <= golds for term in terms):
            return True
    return False


def _is_money(text: str, match: re.Match) -> bool:
    head = text[: match.start()]
    cue = price_cue_before(text, match.start())
    after = PRICE_WORD_AFTER.match(text, match.end())
    # "14k cu diamant": a "k" is already the number's multiplier, so a word after it that is only another
    # multiplier elsewhere (Vietnamese "củ", a million; Romanian "cu", with) makes no price of it
    priced_after = bool(after) and not (match["karat"] == "k" and after[0].strip() in MULTIPLIERS)
    return cue not in (None, "for") or bool(RANGE_WORD_BEFORE.search(head) or priced_after)


def _carat_kind(match: re.Match) -> str:
    for kind in CARAT_CUES:
        if match[f"pre_{kind}"] or match[f"post_{kind}"]:
            return kind
    return "bare"


def read_carats(reading: Reading) -> None:
    constraints = reading.constraints
    match = CARAT_RANGE.search(reading.text)
    if match and float(match["a"]) < float(match["b"]) <= MAX_CARATS:
        constraints.carat_min, constraints.carat_max = float(match["a"]), float(match["b"])
        reading.take(*match.span())
    for match in reversed(list(CARAT.finditer(reading.text))):
        value = float(match["value"])
        kind = _carat_kind(match)
        if kind == "min":
            constraints.carat_min = value
        elif kind == "max":
            constraints.carat_max = value
        else:
            band = value * CARAT_BAND
            constraints.carat_min, constraints.carat_max = round(value - band, 3), round(value + band, 3)
        reading.take(*match.span())
