"""The endings a language puts on its nouns, read off a word so that its stem is what the other
steps read: Turkish "yüzüğü" is "yuzuk", "küpeleri" "kupe", "taşsız" "without tas", "TL'nin" "tl nin".
Which endings a locale has is data: the [suffixes] table of its pack (retrieval/lexicon/locales/)."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from assistant.understanding.phrases import FILLER_WORDS, PhraseTable
from retrieval.folding import is_letters
from retrieval.lexicon_tables import Lexicon

MIN_STEM = 4  # a shorter jewellery stem is too often in a word of another language ("pin" in "pine")
MIN_AMOUNT_STEM = 3  # "bin" (a thousand) with its endings: "bine kadar"
WITHOUT = "without"  # what an ending that refuses its stem is read as (terms.py's negation)
APOSTROPHE_AFTER_NUMBER = re.compile(r"(?<=\d)'([a-z]+)\b")  # "5.000'in", "10'a"


@dataclass(frozen=True)
class Endings:
    endings: frozenset[str]
    longest: int
    softened: dict[str, str]  # a stem's last letter before an ending -> as the stem is written
    without: tuple[str, ...]
    harmony: dict[str, str]  # a stem's last vowel -> the vowels its endings never start with


@lru_cache(maxsize=8)
def endings_of(lexicon: Lexicon) -> Endings | None:
    table = lexicon.suffixes
    endings = frozenset(table.get("endings", ())) | frozenset(table.get("without", ()))
    if not endings:
        return None
    return Endings(endings, max(map(len, endings)), dict(table.get("softened", {})), tuple(table.get("without", ())),
                   dict(table.get("harmony", {})))


def _is_endings(rest: str, endings: Endings) -> bool:
    """Whether `rest` is one ending after another ("lusu": "lu" + "su")."""
    if not rest:
        return True
    return any(rest[:n] in endings.endings and _is_endings(rest[n:], endings) for n in range(1, min(endings.longest, len(rest)) + 1))


VOWEL = re.compile(r"[aeiou]")


def _in_harmony(stem: str, rest: str, endings: Endings) -> bool:
    """Whether the endings' first vowel goes with the stem's last ("plate" is no "plat" + "e")."""
    stem_vowels, rest_vowel = VOWEL.findall(stem), VOWEL.search(rest)
    return not (stem_vowels and rest_vowel and rest_vowel.group() in endings.harmony.get(stem_vowels[-1], ""))


def split_word(word: str, stems: frozenset[str], endings: Endings, min_stem: int = MIN_STEM) -> tuple[str, str] | None:
    """(stem, its endings) for a word made of a known stem and endings, the longest stem first; None otherwise."""
    for cut in range(len(word) - 1, min_stem - 1, -1):
        stem, rest = word[:cut], word[cut:].lstrip("'")
        if not rest or not _is_endings(rest, endings) or not _in_harmony(stem, rest, endings):  # "kids'" keeps its apostrophe
            continue
        softened = stem[:-1] + endings.softened[stem[-1]] if stem[-1] in endings.softened else None
        for candidate in (stem, softened):
            if candidate in stems:
                return candidate, rest
    return None


def _stems(table: PhraseTable) -> tuple[frozenset[str], frozenset[str]]:
    """The stems endings are read off: the words of the jewellery phrases, and apart from them the
    words said with an amount (a currency, "bin"), whose endings the price words read."""
    lexicon = table.vocabulary.lexicon
    words = frozenset(word for phrase in table.phrases for word in phrase.split(" ") if is_letters(word))
    amount_words = {*lexicon.locale_multipliers, *lexicon.multipliers, *(symbol for c in lexicon.currencies.values() for symbol in c.symbols)}
    return words, frozenset(word for word in amount_words if is_letters(word))


# Per phrase table (one per shop vocabulary; unhashable, so keyed by id and checked by a weak reference).
_STEMS: dict[int, tuple[weakref.ref, tuple[frozenset[str], frozenset[str]]]] = {}


def _stems_of(table: PhraseTable) -> tuple[frozenset[str], frozenset[str]]:
    cached = _STEMS.get(id(table))
    if cached is None or cached[0]() is not table:
        cached = _STEMS[id(table)] = (weakref.ref(table), _stems(table))
    return cached[1]


def read_endings(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each word that is not itself known, read as its stem: a jewellery word's endings dropped (or
    "without" before it, for an ending that refuses), an amount word's kept apart."""
    endings = endings_of(table.vocabulary.lexicon)
    if endings is None:
        return words
    stems, amount_stems = _stems_of(table)
    out = []
    for word in words:
        if word in table.phrases or word in known or word in FILLER_WORDS or not is_letters(word[:1]):
            out.append(word)
            continue
        head, _, tail = word.partition("'")  # "TL'nin": an ending set off by an apostrophe, on any stem
        if tail and _is_endings(tail, endings):
            out.append(f"{head} {tail}" if head in amount_stems else head)
            continue
        split = split_word(word, stems, endings) or split_word(word, amount_stems, endings, MIN_AMOUNT_STEM) or _refused(word, stems, endings)
        if split is None:
            out.append(word)
        elif split[0] in amount_stems:
            out.append(f"{split[0]} {split[1]}")
        elif any(split[1].startswith(ending) for ending in endings.without):
            out.append(f"{WITHOUT} {split[0]}")
        else:
            out.append(split[0])
    return out


def _refused(word: str, stems: frozenset[str], endings: Endings) -> tuple[str, str] | None:
    """A short stem with an ending that refuses it ("taşsız": without a stone): too telling to mistake."""
    split = split_word(word, stems, endings, MIN_AMOUNT_STEM)
    return split if split and any(split[1].startswith(ending) for ending in endings.without) else None


def endings_after_numbers(text: str, lexicon: Lexicon) -> str:
    """ "5.000'in altında": an ending after a number set apart from it ("5.000 in altinda")."""
    endings = endings_of(lexicon)
    if endings is None:
        return text
    return APOSTROPHE_AFTER_NUMBER.sub(lambda m: f" {m[1]}" if _is_endings(m[1], endings) else m[0], text)
