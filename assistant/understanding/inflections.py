"""Endings that take the place of a word's own (Polish "pierścionek" -> "pierścionka", "złoto" ->
"w złocie"; Portuguese "dourado" -> "douradas"; Russian "кольцо" -> "кольцами") read in a request: a
word that is not itself known is read as the known word with the same core. The reading is
retrieval/inflections.py's, the one place listings and requests share; here it runs over the
request's phrase table, the endings of the languages the request's words are written in tried first
(the languages its typos are corrected towards and it is answered in: answer_language.message_language),
so a Ukrainian "обручку" is Ukrainian's wedding ring before it is Russian's hoop. Turkish endings,
added onto a whole stem, are endings.py's."""

from __future__ import annotations

import weakref
from functools import lru_cache

from assistant.answer_language import message_language
from assistant.understanding.phrases import FILLER_WORDS, PhraseTable
from retrieval.folding import is_letters
from retrieval.inflections import Inflection, InflectionIndex, candidates, inflection_index, inflections_from, read_inflected
from retrieval.lexicon_tables import Lexicon


@lru_cache(maxsize=8)
def inflections_of(lexicon: Lexicon) -> tuple[Inflection, ...]:
    return inflections_from(lexicon.inflections)


_INDEX: dict[int, tuple[weakref.ref, InflectionIndex]] = {}  # per phrase table, as endings.py keeps its stems


def _index_of(table: PhraseTable) -> InflectionIndex:
    cached = _INDEX.get(id(table))
    if cached is None or cached[0]() is not table:
        phrases = (tuple(phrase.split(" ")) for phrase in table.phrases)
        cached = _INDEX[id(table)] = (weakref.ref(table), inflection_index(phrases, inflections_of(table.vocabulary.lexicon)))
    return cached[1]


def request_languages(words: list[str]) -> tuple[str, ...]:
    """The languages a request's words are written in, the most words first (a tie by name)."""
    counts = message_language(" ".join(words))
    return tuple(sorted(counts, key=lambda language: (-counts[language], language)))


def read_inflections(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each word that is not itself known, read as the known word it inflects, in the request's own
    languages first; where several share its core ("białym": biały, białe), the one a phrase puts
    beside its neighbour ("białe złoto")."""
    inflections = inflections_of(table.vocabulary.lexicon)
    unknown = lambda word: word not in table.phrases and word not in known and word not in FILLER_WORDS  # noqa: E731
    if not inflections or not any(is_letters(word) and unknown(word) for word in words):
        return words
    return read_inflected(words, inflections, _index_of(table), unknown, first=request_languages(words))


def inflected_readings(word: str, table: PhraseTable, languages: tuple[str, ...] = ()) -> list[str]:
    """The known words `word` may inflect, the first language's that reads it, `languages` tried
    first ("sormuksia": "sormus"); [] when none. The head of a joined word is read so (compounds.py:
    "platinasormuksia")."""
    inflections = inflections_of(table.vocabulary.lexicon)
    return sorted(candidates(word, inflections, _index_of(table), languages)) if inflections else []
