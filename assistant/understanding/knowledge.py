"""Jewelry knowledge applied to the words: birthstones and anniversary gifts."""

from __future__ import annotations

import re

from assistant.understanding.numbers import ORDINAL_WORDS
from assistant.understanding.phrases import either
from assistant.understanding.reading import Reading, add_new
from retrieval.vocabulary import (
    ANNIVERSARY_GIFTS,
    BIRTHSTONES,
)

# --- knowledge: birthstones and anniversaries ----------------------------------------------------

MONTHS = {month: month for month in BIRTHSTONES} | {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip
BIRTHSTONE_WORD = re.compile(r"\bbirth ?stones?\b|\bbirth ?month\b|\bbirthstone'?s\b")
MONTH = re.compile(rf"\b({'|'.join(MONTHS)})\b(?!\s+(?:i|be|we|you|not)\b)(?:'s)?")
ORDINAL = either(*sorted(ORDINAL_WORDS, key=len, reverse=True))
ANNIVERSARY = re.compile(
    rf"\b(?:(?P<digits>\d{{1,2}})(?:st|nd|rd|th)?|(?P<word>{ORDINAL}))\s+(?:wedding\s+)?anniversary\b"
)
TRADITION = re.compile(r"\btraditional(?:ly)?\b|\btradition\b")
ANNIVERSARY_ASKS_FOR_STONE = re.compile(r"\b(?:stones?|gems?|gemstones?|metal)\b|" + TRADITION.pattern)


def read_birthstones(reading: Reading) -> None:
    if not BIRTHSTONE_WORD.search(reading.text):
        return
    months = reading.take_all(MONTH)
    if not months:
        return
    reading.take_all(BIRTHSTONE_WORD)
    for match in sorted(months, key=lambda m: m.start()):
        month = MONTHS[match.group(1)]
        stone = BIRTHSTONES[month]
        add_new(reading.constraints.gemstones, stone.gemstones)
        add_new(reading.constraints.gemstone_colors, stone.colors)
        add_new(reading.notes, [f"{month.title()}'s birthstone is {stone.name}"])


def read_anniversary_gift(reading: Reading) -> None:
    match = ANNIVERSARY.search(reading.text)
    if not match:
        return
    year = int(match["digits"]) if match["digits"] else ORDINAL_WORDS[match["word"]]
    reading.take(match.start(), match.end(), "anniversary".rjust(match.end() - match.start()))
    gift = ANNIVERSARY_GIFTS.get(year)
    if gift is None or not ANNIVERSARY_ASKS_FOR_STONE.search(reading.text):
        return
    reading.take_all(TRADITION)  # not the "traditional" style
    add_new(reading.constraints.gemstones, gift.gemstones)
    add_new(reading.constraints.metals, gift.metals)
    add_new(reading.constraints.gemstone_colors, gift.colors)
    reading.notes.append(f"the traditional gift for a {_ordinal(year)} anniversary is {gift.name}")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
