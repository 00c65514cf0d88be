"""A transcript's amounts, repaired: a word heard where an amount's unit stands that sounds like the
shop's money is that money ("50,000 rubies" -> "50,000 rupees"), and a tens number with a lone digit
after it is one spoken number ("20 2 carat" -> "22 carat"). assistant/hearing.py runs both on every
reading Whisper gives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.understanding import plural
from assistant.understanding.numbers import SMALL_NUMBERS
from perception.snapping import COMMON_WORDS, sound_key

if TYPE_CHECKING:
    from assistant.hearing import ShopWords

# An amount, and the word after it (looked ahead at, so "under half luck" reads "half" as an amount too).
AMOUNT_THEN_WORD = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?|[A-Za-z]+)(?=(\s+)([A-Za-z]+)\b)")
SPOKEN_AMOUNTS = frozenset({word for word, value in SMALL_NUMBERS.items() if value} | {"half"})
# "and a half" ends an amount: with no number before it ("pot and half log"), the number was lost
HALF_OF_A_NUMBER = re.compile(r"(?:(?P<before>[\w,.]+)\W+)?\band\s+(?:a\s+)?$", re.IGNORECASE)


def units_after_amounts(text: str, shop: ShopWords) -> str:
    """A stone heard where an amount's unit stands, sounding like the shop's money, is that money:
    "50,000 rubies" -> "50,000 rupees" in a rupee shop ("three rubies" stays: no price unit sounds so).
    So is a word that is no jewelry or everyday request word: "3 luck" -> "3 lakh", "half luck" -> "half lakh"."""
    money = {sound_key(word): word for word in shop.money}
    stones = {word for stone in shop.stones for word in (stone, plural(stone)) if " " not in word}
    jewelry = {word for phrase in (*shop.stones, *shop.metals, *shop.categories, *shop.names) for word in phrase.split(" ")}
    pieces, last = [], 0
    for match in AMOUNT_THEN_WORD.finditer(text):
        amount, space, word = match.groups()
        is_amount = amount[0].isdigit() or amount.lower() in shop.money
        lower = word.lower()
        stray = lower not in COMMON_WORDS and lower not in jewelry and lower not in stones and lower not in shop.money
        # "two rubies" may be stones; "two luck" is no word a shopper says
        unit = is_amount and (lower in stones or stray) or amount.lower() in SPOKEN_AMOUNTS and stray and not _lost_number(text, match)
        heard = money.get(sound_key(word)) if unit else None
        start = match.end() + len(space)
        if heard and start >= last:
            pieces.append(text[last:start] + heard)
            last = start + len(word)
    return "".join(pieces) + text[last:]


def _lost_number(text: str, match: re.Match) -> bool:
    """Whether the amount at `match` is the "and a half" of a number Whisper did not hear: "for
    pot and half log" names no price, and completing its unit would invent one ("half lakh")."""
    before = HALF_OF_A_NUMBER.search(text[: match.start()])
    if not before or match[1].lower() != "half":
        return False
    number = (before["before"] or "").lower()
    return not (number[:1].isdigit() or number in SPOKEN_AMOUNTS)


# "twenty two" written by Whisper as "20 2" (or "20-2"): one number said, not two.
TENS_THEN_UNIT = re.compile(r"(?<![\d.,])([2-9]0)[\s-]+([1-9])(?![\d.,/])")
# Words Whisper writes for a digit said after a tens number, before a karat: "twenty two carat" -> "20 to carat".
DIGIT_HOMOPHONES = {"to": 2, "too": 2, "for": 4}
TENS = {word: value for word, value in SMALL_NUMBERS.items() if value >= 20}


def joined_tens(text: str, karat_units: tuple[str, ...] = ()) -> str:
    """ "20 2 carat" -> "22 carat": a tens number followed by a lone digit is one spoken number;
    so is one followed by a word sounding like a digit before a karat ("20 to carat" -> "22 carat")."""
    text = TENS_THEN_UNIT.sub(lambda match: str(int(match[1]) + int(match[2])), text)
    if karat_units:
        text = _tens_homophone_karat(karat_units).sub(_homophone_number, text)
    return text


@lru_cache(maxsize=8)
def _tens_homophone_karat(karat_units: tuple[str, ...]) -> re.Pattern:
    tens = "|".join([r"[2-9]0", *TENS])
    digits = "|".join(DIGIT_HOMOPHONES)
    units = "|".join(re.escape(unit) for unit in sorted(karat_units, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])({tens})[\s,-]+({digits})(?=[\s-]*(?:{units})\b)", re.IGNORECASE)


def _homophone_number(match: re.Match) -> str:
    tens = match[1].lower()
    return str((int(tens) if tens.isdigit() else TENS[tens]) + DIGIT_HOMOPHONES[match[2].lower()])
