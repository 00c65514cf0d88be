"""Finding the lexicon's phrases in a text's words: each group of phrases (kinds of piece; metals;
stones with their cuts and colours) longest first, left to right, so "nose ring" is one phrase and
"emerald cut" is a cut, not a stone; a phrase naming no metal gives way to a kind of piece its last
words run on into ("silver box chain": `runs_into_a_piece`). A phrase is also found with a word glued
on before or after it ([attached]: Arabic "بالذهب", Korean "반지를"), inside a word joined from two
known parts (Dutch "zegelring"), and in the case a listing writes it ([inflections]). `PhraseFinder` is the base of the
readers (retrieval/reading.py) over the tables a `Lexicon` builds (retrieval/lexicon_tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from retrieval.folding import HANGUL, is_letters, words_of
from retrieval.inflections import languages_shown, read_inflected

NO_STONE_VALUE = "none"  # reading.py's NO_STONE: the stone value of a piece without one

GROUPS = ("category", "metal", "stone")  # phrases found together, longest first
COMPOUND_PART_MIN = 3  # letters in each part of a word joined from two ("zegel" + "ring")
# ... and Hangul syllables: one may be a word ("금반지": 금, gold, + 반지, ring)
HANGUL_WORD = re.compile(f"[{HANGUL}]+")
# A design's name a shop writes capitalised in quotes (Lithuanian „Gintarė“, a girl's name; «Perle»,
# "Stella"): its words are never read as an inflected form of a known word ("gintarė" as "gintaras",
# amber); a name that is itself a known word is read as written.
QUOTED_NAME = re.compile(r'[„«“"]([^„“”«»"\n]{1,60})[“”»"]')
# Phrases naming no metal ([not_metals]: en-IE "silver box", a box for jewellery) give way where their
# last words run on into a kind of piece ("silver box chain": a silver chain of box links).
GIVES_WAY_TO_A_PIECE = ("not metal",)


@dataclass(frozen=True)
class PhraseEntry:
    kind: str  # category, metal, stone, cut, color
    value: str
    strength: float
    color: str = ""  # a name that says its stone's colour ("neelam")


@dataclass(frozen=True)
class Mention:
    entry: PhraseEntry
    start: int  # word positions, end exclusive
    end: int


def plural(word: str) -> str:
    if word[-1:] == "y" and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")


def runs_into_a_piece(words: Sequence[str], start: int, end: int, longest: int, names_a_piece: Callable[[tuple[str, ...]], bool]) -> bool:
    """Whether a phrase of a kind of piece (`names_a_piece`, at most `longest` words) starts inside
    words[start:end] and runs on past its end, so the longer jewellery reading wins over the phrase:
    "box chain" of "silver box chain". Listings (`PhraseFinder`) and requests (assistant/understanding/terms.py) ask it."""
    for first in range(start + 1, end):
        for last in range(end + 1, min(first + longest, len(words)) + 1):
            if names_a_piece(tuple(words[first:last])):
                return True
    return False


def joined_parts(
    word: str, named: Callable[[str], Any], modifiers: set[str] | frozenset[str], links: tuple[str, ...] = ("",)
) -> Iterator[tuple[str, Any, str, Any]]:
    """Each way a word joined from two reads as known parts, the longest head first: (first part, what
    it names or None, head, what the head names). The head must name something (`named` says what a
    part names, None when nothing); the first part too, or be one of the [compounds] modifiers, with
    one of `links` after it (German "Verlobungs-ring", "Perlen-kette"). This is the one splitter of
    joined words, for listings (`TextReader._compound`) and requests (assistant/understanding/compounds.py)."""
    part_min = 1 if HANGUL_WORD.fullmatch(word) else COMPOUND_PART_MIN
    for cut in range(part_min, len(word) - part_min + 1):
        first, head = word[:cut], word[cut:]
        head_named = named(head)
        if head_named is None:
            continue
        first_named = named(first)
        if first_named is None and not any(first.endswith(link) and first[: len(first) - len(link)] in modifiers for link in links):
            continue
        yield first, first_named, head, head_named


def _quoted_name_words(text: str) -> frozenset[str]:
    """The words of the capitalised names a text puts in quotes (QUOTED_NAME)."""
    names = (match[1].strip() for match in QUOTED_NAME.finditer(text))
    return frozenset(word for name in names if name[:1].isupper() for word in words_of(name))


class PhraseFinder:
    """Where a `Lexicon`'s phrases stand in a text's words."""

    def _words(self, text: str) -> list[str]:
        """The text's words, each a listing inflects read as the known word ("золота": "золото") in the
        languages its own words are written in first (Ukrainian "обручку" before Russian "обруч"),
        without a design's name hyphened before its kind ("Helmi-kaulakoru": [design_names] hyphened_before)."""
        if self._hyphened_name is not None:
            text = self._hyphened_name.sub(lambda match: "" if match[1][0].isupper() else match[0], text)
        words = words_of(text)
        if not self._listing_inflections:
            return words
        names = _quoted_name_words(text)
        return read_inflected(words, self._listing_inflections, self._inflection_index,
                              lambda word: word not in self._known_words and word not in names, self._inflected_cache,
                              languages_shown(words, self._listing_inflections))  # fmt: skip

    def _says_no_stone(self, phrases: dict, words: list[str], position: int) -> bool:
        """Whether a phrase of two or more words saying a piece has no stone starts here ("bez kamena")."""
        for length in range(2, len(words) - position + 1):
            entry = phrases.get(tuple(words[position : position + length]))
            if entry is not None and entry.kind == "stone" and entry.value == NO_STONE_VALUE:
                return True
        return False

    def _mentions(self, group: str, words: list[str]) -> list[Mention]:
        phrases, found, position = self._phrases[group], [], 0
        glued = {i for i, word in enumerate(words) if self._glued(word)} if self.attached_before or self.attached_after else set()
        while position < len(words):
            if position and words[position - 1] in self._name_markers and not self._says_no_stone(phrases, words, position):
                position += 1  # "Model Safira": a design's name, no stone; "model bez kamena" (a model without a stone) is none
                continue
            for length in range(min(self._longest[group], len(words) - position), 0, -1):
                said = tuple(words[position : position + length])
                entry = phrases.get(said)
                if entry is None and (position in glued or position + length - 1 in glued):
                    entry = self._attached_phrase(phrases, said)
                if entry is not None and entry.kind in GIVES_WAY_TO_A_PIECE and self._runs_into_a_piece(words, position, position + length):
                    continue  # read shorter: the "silver" of "silver box chain"
                if entry is not None:
                    found.append(Mention(entry, position, position + length))
                    position += length
                    break
            else:
                stems = self.stems(words[position]) if position in glued else (words[position],)
                entry = next(filter(None, (self._compound(group, stem) for stem in stems)), None)
                if entry is not None:
                    found.append(Mention(entry, position, position + 1))
                position += 1
        return found

    def _runs_into_a_piece(self, words: list[str], start: int, end: int) -> bool:
        kinds = self._phrases["category"]
        return runs_into_a_piece(words, start, end, self._longest["category"],
                                 lambda said: (entry := kinds.get(said)) is not None and entry.kind == "category")

    def _attached_phrase(self, phrases: dict, said: tuple[str, ...]) -> PhraseEntry | None:
        """A phrase said with a word glued before its first word or after its last ([attached]: Arabic
        "بالذهب" is "ب" + "ال" + "ذهب", Korean "반지를" is "반지" + "를"). Only a phrase the lexicon
        knows is read so, so a word that merely ends in a particle's letters ("목걸이") stays whole."""
        firsts = self._bare(said[0], before=True)
        lasts = self._bare(said[-1], before=False)
        if len(firsts) == 1 and len(lasts) == 1:  # nothing glued on: most words, every Latin one
            return None
        if len(said) == 1:
            candidates = ((stem,) for first in firsts for stem in self._bare(first, before=False))
        else:
            candidates = ((first, *said[1:-1], last) for first in firsts for last in lasts)
        return next(filter(None, map(phrases.get, candidates)), None)

    def _glued(self, word: str) -> bool:
        """Whether a word may have a word glued before or after it ([attached])."""
        return len(self._bare(word, before=True)) > 1 or len(self._bare(word, before=False)) > 1

    def _bare(self, word: str, before: bool) -> tuple[str, ...]:
        """The word and what is left of it without each attached word it starts (before) or ends with."""
        key = (word, before)
        bare = self._bare_cache.get(key)
        if bare is None:
            attached = self.attached_before if before else self.attached_after
            cut = [word[len(a) :] if before else word[: -len(a)] for a in attached if len(word) > len(a) and (word.startswith(a) if before else word.endswith(a))]
            bare = self._bare_cache[key] = (word, *dict.fromkeys(cut))
        return bare

    def stems(self, word: str) -> tuple[str, ...]:
        """The word, then without an attached word before and / or after it: where a joined word is split."""
        return tuple(dict.fromkeys(stem for first in self._bare(word, before=True) for stem in self._bare(first, before=False)))

    def _compound(self, group: str, word: str) -> PhraseEntry | None:
        """A word joined from a known modifier or name and a known name, as Dutch joins them
        ("zegelring": a ring, "parelketting": a chain with a pearl), read by its part in this group:
        the last part (the head), or for a stone or metal the first ("parel"). Both parts must be
        known, so English words ending in "ring" ("wearing", "string") stay unread."""
        key = (group, word)
        if key not in self._compound_cache:
            self._compound_cache[key] = self._read_compound(group, word) if self._joins_words(word) else None
        return self._compound_cache[key]

    def _joins_words(self, word: str) -> bool:
        """Whether a word may be two joined: where a pack names the parts its language joins ([compounds]),
        and always in Hangul, which writes a compound's words as one ("금반지": 금 + 반지), whatever else is loaded."""
        return is_letters(word) and bool(self._compound_modifiers or HANGUL_WORD.fullmatch(word))

    def _read_compound(self, group: str, word: str) -> PhraseEntry | None:
        for _, first, _, last in joined_parts(word, lambda part: self._named_part((part,)), self._compound_modifiers):
            if last.kind == group:  # a group's entries of its own kind: a kind of piece, a metal, a stone
                return last
            if group != "category" and first is not None and first.kind == group:
                return first
        return None

    def _named_part(self, words: tuple[str, ...]) -> PhraseEntry | None:
        """The kind of piece, metal or stone a word names on its own (no colour, cut or generic stone)."""
        for group in GROUPS:
            entry = self._phrases[group].get(words)
            if entry is not None and entry.kind == group and not (group == "stone" and self.stones[entry.value].generic):
                return entry
        return None
