"""Endings that take the place of a word's own (Polish "pierścionek" -> "pierścionka", "złoto" ->
"w złocie"; Russian "кольцо" -> "кольцами", "красное золото" -> "из красного золота"): a word that is
not itself known is read as the known word with the same core, the part before an ending. Which
endings, which changes of a core's last letters and how short a core may be is data: the
[inflections.<language>] tables of the locale packs. Requests read them always
(assistant/understanding/inflections.py); listings where the table says `listings = true`
(TextReader, retrieval/reading.py), for languages whose shops write their words in every case.
Where two languages share a core (Russian "обруч", a hoop, and Ukrainian "обручка", a wedding ring:
"обручку"), the first language that reads a word decides: the languages the text is written in
first (`first`: a request's, from its other words; a listing's), then the rest in the tables' order.
Turkish endings, added onto a whole stem, are assistant/understanding/endings.py's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from retrieval.folding import folded, is_letters

MIN_CORE = 4  # a shorter core is too often part of a word of another language (a table may set its own: min_core)
# A table's key is its language, or its language and a name for a second table of it ("cs_requests").
LANGUAGE_END = "_"


@dataclass(frozen=True)
class Inflection:
    """One language's endings and the changes of a core's last letters before them ("złoc-ie": "złot-")."""

    endings: tuple[str, ...]  # longest first
    alternations: tuple[tuple[str, str], ...]  # (last letters as inflected, as in the known word)
    words: frozenset[str]  # the words of its own locale pack, the only ones it reads onto (retrieval/lexicon.py)
    min_core: int = MIN_CORE
    listings: bool = False  # read in listings too, not only in requests
    language: str = ""  # "cs" of [inflections.cs] and [inflections.cs_requests]


@dataclass(frozen=True)
class InflectionIndex:
    by_core: tuple[dict[str, frozenset[str]], ...]  # per language: core -> the known words with that core
    pairs: frozenset[tuple[str, str]]  # two words one after the other in some phrase
    alone: frozenset[str] = frozenset()  # words that are a phrase on their own


def inflections_from(tables: Mapping[str, Mapping]) -> tuple[Inflection, ...]:
    """The [inflections.<language>] tables as Inflections, in the languages' order."""
    out = []
    for language, table in sorted(tables.items()):
        endings = table.get("endings", ())
        if not endings or not all(isinstance(e, str) and is_letters(e) for e in endings):
            raise ValueError(f"[inflections.{language}] endings must be a list of words of letters, got {endings!r}")
        min_core = table.get("min_core", MIN_CORE)
        if not isinstance(min_core, int) or min_core < 2:
            raise ValueError(f"[inflections.{language}] min_core must be a whole number of letters of at least 2, got {min_core!r}")
        alternations = tuple(sorted(table.get("alternations", {}).items(), key=lambda kv: -len(kv[0])))
        endings = {folded(ending) for ending in endings}  # as the words they end are folded ("য়" as "য")
        out.append(Inflection(tuple(sorted(endings, key=len, reverse=True)), alternations, frozenset(table.get("words", ())),
                              min_core, bool(table.get("listings", False)), language.split(LANGUAGE_END)[0]))  # fmt: skip
    return tuple(out)


def _cores(word: str, inflection: Inflection) -> set[str]:
    """The cores a word may have: itself, and itself without each ending it ends with."""
    cores = {word}
    for ending in inflection.endings:
        if word.endswith(ending) and len(word) - len(ending) >= inflection.min_core:
            cores.add(word[: -len(ending)])
    return cores


def inflection_index(phrases: Iterable[tuple[str, ...]], inflections: tuple[Inflection, ...]) -> InflectionIndex:
    """The cores of the known words of each language, and which words follow which in a phrase."""
    phrases = [tuple(phrase) for phrase in phrases]
    words = {word for phrase in phrases for word in phrase if is_letters(word)}
    by_core = []
    for inflection in inflections:
        cores: dict[str, set[str]] = {}
        for word in words & inflection.words:
            if len(word) < inflection.min_core:
                continue
            for core in _cores(word, inflection):
                cores.setdefault(core, set()).add(word)
        by_core.append({core: frozenset(known) for core, known in cores.items()})
    pairs = {pair for phrase in phrases for pair in zip(phrase, phrase[1:])}
    return InflectionIndex(tuple(by_core), frozenset(pairs), frozenset(phrase[0] for phrase in phrases if len(phrase) == 1))


def in_order(inflections: tuple[Inflection, ...], first: tuple[str, ...] = ()) -> list[int]:
    """The tables' positions in the order they are tried: those of the `first` languages, in that
    order, then the rest in the tables' own."""
    rank = {language: i for i, language in enumerate(first)}
    return sorted(range(len(inflections)), key=lambda i: rank.get(inflections[i].language, len(rank)))


def languages_shown(words: Iterable[str], inflections: tuple[Inflection, ...]) -> tuple[str, ...]:
    """The languages whose own words (each table's `words`) are among `words`, the most first (a tie
    in the tables' order): the language a listing is written in, by its own words."""
    words = set(words)
    counts: dict[str, int] = {}
    for inflection in inflections:
        counts[inflection.language] = max(counts.get(inflection.language, 0), len(words & inflection.words))
    return tuple(sorted((language for language, count in counts.items() if count), key=lambda language: -counts[language]))


def candidates(word: str, inflections: tuple[Inflection, ...], index: InflectionIndex, first: tuple[str, ...] = ()) -> frozenset[str]:
    """The known words `word` may be an inflected form of, read with the first language that reads
    it: the `first` languages before the rest."""
    for i in in_order(inflections, first):
        inflection, by_core = inflections[i], index.by_core[i]
        found: set[str] = set()
        for ending in inflection.endings:
            if not word.endswith(ending) or len(word) - len(ending) < inflection.min_core:
                continue
            core = word[: -len(ending)]
            found |= by_core.get(core, frozenset())
            for inflected, plain in inflection.alternations:
                if core.endswith(inflected):
                    found |= by_core.get(core[: len(core) - len(inflected)] + plain, frozenset())
        if found:
            return frozenset(found)
    return frozenset()


def read_inflected(words: list[str], inflections: tuple[Inflection, ...], index: InflectionIndex,
                   unknown: Callable[[str], bool], cache: dict[tuple[str, tuple[str, ...]], frozenset[str]] | None = None,
                   first: tuple[str, ...] = ()) -> list[str]:  # fmt: skip
    """Each word `unknown` says is not known, read as the known word it inflects, the `first`
    languages' endings tried before the rest; where several share its core ("białym": biały, białe),
    the one a phrase puts beside its neighbour ("białe złoto"). `cache` keeps each word's candidates
    between calls, by word and order (a catalog's listings repeat their words)."""
    options = []
    for word in words:
        found = frozenset()
        if is_letters(word) and unknown(word):
            found = cache.get((word, first)) if cache is not None else None
            if found is None:
                found = candidates(word, inflections, index, first)
                if cache is not None:
                    cache[(word, first)] = found
        options.append(sorted(found) or [word])
    picked: list[str] = []
    for i, choices in enumerate(options):
        after = options[i + 1] if i + 1 < len(options) else []
        picked.append(_pick(choices, picked[-1] if picked else None, after, index))
    return picked


def _pick(choices: list[str], before: str | None, after: list[str], index: InflectionIndex) -> str:
    """The choice a phrase puts after the word picked before it, or before some reading of the next
    word, else one that is a phrase on its own ("золотое": "золото", not the "золотая" of "золотая середина")."""
    for choice in choices:
        if (before, choice) in index.pairs:
            return choice
    for choice in choices:
        if any((choice, a) in index.pairs for a in after):
            return choice
    return next((choice for choice in choices if choice in index.alone), choices[0])
