"""Endings that take the place of a word's own (Polish "pierścionek" -> "pierścionka", "złoto" ->
"w złocie"; Portuguese "dourado" -> "douradas"): a word that is not itself known is read as the known
word with the same core, the part before an ending. Turkish endings, added onto a whole stem, are
endings.py's. Which endings and which changes of a core's last letters a language has is data: the
[inflections.<language>] tables of the locale packs (retrieval/lexicon/locales/*.requests.toml)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache

from assistant.understanding.phrases import FILLER_WORDS, PhraseTable
from retrieval.lexicon import Lexicon

MIN_CORE = 4  # a shorter core is too often part of a word of another language


@dataclass(frozen=True)
class Inflection:
    """One language's endings and the changes of a core's last letters before them ("złoc-ie": "złot-")."""

    endings: tuple[str, ...]  # longest first
    alternations: tuple[tuple[str, str], ...]  # (last letters as inflected, as in the known word)
    words: frozenset[str]  # the words of its own locale pack, the only ones it reads onto (retrieval/lexicon.py)


@lru_cache(maxsize=8)
def inflections_of(lexicon: Lexicon) -> tuple[Inflection, ...]:
    out = []
    for language, table in sorted(lexicon.inflections.items()):
        endings = table.get("endings", ())
        if not endings or not all(isinstance(e, str) and e.isalpha() for e in endings):
            raise ValueError(f"[inflections.{language}] endings must be a list of words of letters, got {endings!r}")
        alternations = tuple(sorted(table.get("alternations", {}).items(), key=lambda kv: -len(kv[0])))
        out.append(Inflection(tuple(sorted(set(endings), key=len, reverse=True)), alternations, frozenset(table.get("words", ()))))
    return tuple(out)


@dataclass(frozen=True)
class _Index:
    by_core: tuple[dict[str, frozenset[str]], ...]  # per language: core -> the known words with that core
    pairs: frozenset[tuple[str, str]]  # two words one after the other in some phrase


def _cores(word: str, inflection: Inflection) -> set[str]:
    """The cores a word may have: itself, and itself without each ending it ends with."""
    cores = {word}
    for ending in inflection.endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_CORE:
            cores.add(word[: -len(ending)])
    return cores


def _index(table: PhraseTable) -> _Index:
    inflections = inflections_of(table.vocabulary.lexicon)
    words = {word for phrase in table.phrases for word in phrase.split(" ") if word.isalpha() and len(word) >= MIN_CORE}
    by_core = []
    for inflection in inflections:
        cores: dict[str, set[str]] = {}
        for word in words & inflection.words:
            for core in _cores(word, inflection):
                cores.setdefault(core, set()).add(word)
        by_core.append({core: frozenset(known) for core, known in cores.items()})
    pairs = {pair for phrase in table.phrases for pair in zip(phrase.split(" "), phrase.split(" ")[1:])}
    return _Index(tuple(by_core), frozenset(pairs))


_INDEX: dict[int, tuple[weakref.ref, _Index]] = {}  # per phrase table, as endings.py keeps its stems


def _index_of(table: PhraseTable) -> _Index:
    cached = _INDEX.get(id(table))
    if cached is None or cached[0]() is not table:
        cached = _INDEX[id(table)] = (weakref.ref(table), _index(table))
    return cached[1]


def _candidates(word: str, inflections: tuple[Inflection, ...], index: _Index) -> frozenset[str]:
    """The known words `word` may be an inflected form of, read with the first language that reads it."""
    for inflection, by_core in zip(inflections, index.by_core):
        found: set[str] = set()
        for ending in inflection.endings:
            if not word.endswith(ending) or len(word) - len(ending) < MIN_CORE:
                continue
            core = word[: -len(ending)]
            found |= by_core.get(core, frozenset())
            for inflected, plain in inflection.alternations:
                if core.endswith(inflected):
                    found |= by_core.get(core[: len(core) - len(inflected)] + plain, frozenset())
        if found:
            return frozenset(found)
    return frozenset()


def read_inflections(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each word that is not itself known, read as the known word it inflects; where several share
    its core ("białym": biały, białe), the one a phrase puts beside its neighbour ("białe złoto")."""
    inflections = inflections_of(table.vocabulary.lexicon)
    if not inflections:
        return words
    index = _index_of(table)
    options = []
    for word in words:
        unknown = word.isalpha() and word not in table.phrases and word not in known and word not in FILLER_WORDS
        found = _candidates(word, inflections, index) if unknown else frozenset()
        options.append(sorted(found) or [word])
    picked: list[str] = []
    for i, candidates in enumerate(options):
        after = options[i + 1] if i + 1 < len(options) else []
        picked.append(_pick(candidates, picked[-1] if picked else None, after, index.pairs))
    return picked


def _pick(candidates: list[str], before: str | None, after: list[str], pairs: frozenset[tuple[str, str]]) -> str:
    """The candidate a phrase puts after the word picked before it, or before some reading of the next word."""
    for candidate in candidates:
        if (before, candidate) in pairs:
            return candidate
    for candidate in candidates:
        if any((candidate, a) in pairs for a in after):
            return candidate
    return candidates[0]
