"""Scripts written without spaces between words (Japanese, Chinese): where their words begin and end.

Which letters belong to such a script is decided by Unicode block, not word by word, as the listings'
reader decides it (retrieval/folding.py UNSPACED_SCRIPTS: Han ideographs, hiragana, katakana, Thai ...). In a run of them a
word is found by the lexicon's words alone, the longest first from the left ("K18のピアス" ->
"K18 の ピアス", "ダイヤピアス" -> "ダイヤ ピアス"); letters no word takes stay together as one word.
Phrases of these scripts are compared with their spaces taken out (`joined`), as a shopper writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.folding import UNSPACED_SCRIPTS

UNSPACED_RUN = re.compile(f"[{UNSPACED_SCRIPTS}]+")
UNSPACED_LETTER = re.compile(f"[{UNSPACED_SCRIPTS}]")
SPACE_BETWEEN = re.compile(f"(?<=[{UNSPACED_SCRIPTS}]) +(?=[{UNSPACED_SCRIPTS}])")


def joined(phrase: str) -> str:
    """A phrase without the spaces between two letters of an unspaced script ("婚 約 指 輪" -> "婚約指輪",
    as a reader that takes each ideograph for a word writes it); other spaces stay ("k18 ホワイトゴールド")."""
    return SPACE_BETWEEN.sub("", phrase)


def has_unspaced(text: str) -> bool:
    return bool(UNSPACED_LETTER.search(text))


@dataclass(frozen=True)
class Words:
    """The words to find in runs of an unspaced script."""

    words: frozenset[str]
    longest: int  # letters in the longest


def words_to_find(phrases: Iterable[str]) -> Words:
    """Every run of an unspaced script in `phrases`, each phrase joined first: the words `spaced` finds."""
    found = frozenset(run for phrase in phrases for run in UNSPACED_RUN.findall(joined(phrase)))
    return Words(found, max(map(len, found), default=0))


def spaced(text: str, words: Words) -> str:
    """`text` with a space around each run of an unspaced script and around each of `words` found in
    one, the longest first from the left."""
    return UNSPACED_RUN.sub(lambda run: f" {' '.join(_split(run[0], words))} ", text)


def _split(run: str, words: Words) -> list[str]:
    parts: list[str] = []
    unknown = ""  # letters no word takes, kept together
    i = 0
    while i < len(run):
        size = next((n for n in range(min(words.longest, len(run) - i), 0, -1) if run[i : i + n] in words.words), 0)
        if size:
            parts += [unknown] if unknown else []
            parts.append(run[i : i + size])
            unknown, i = "", i + size
        else:
            unknown, i = unknown + run[i], i + 1
    return parts + ([unknown] if unknown else [])
