"""Joined words in requests, as German (and Dutch) join them: "Goldkette" is gold and a chain,
"Perlenohrringe" pearls and earrings, "Tennisarmband" a bracelet. The splitting is retrieval's, the
one that reads listings (`retrieval.reading.joined_parts`, over the lexicon's [compounds] modifiers);
what is added here is a request's: its words are already folded (no accents, "ß" as "ss"), so the
parts are looked up in the request phrase table, German's linking letters are allowed after a
modifier, and a first part that names a kind of piece before a head that names one
("Kettenanhänger": a pendant for a chain) is dropped: the head says what the piece is. Both parts
must be known, so "Brillantschliff" (a cut) and "diamantiert" (a finish) stay unread. A head in a case of
its own is read as the word it inflects (Finnish "platinasormuksia": platinum and rings, "sormus")."""

from __future__ import annotations

from assistant.understanding.inflections import inflected_readings, request_languages
from assistant.understanding.phrases import FILLER_WORDS, PhraseTable
from retrieval.folding import is_letters
from retrieval.mentions import joined_parts

MIN_WORD = 7  # a shorter word is too often a word of its own
READ_KINDS = ("category", "metal", "gemstone")
LINKING = ("", "s", "n", "en")  # what German puts between two parts: "Verlobungs-ring", "Perlen-kette"


def _kind(word: str, table: PhraseTable) -> str | None:
    terms = table.phrases.get(word)
    return terms[0].kind if terms and terms[0].kind in READ_KINDS else None


def _inflected_kind(word: str, table: PhraseTable, languages: tuple[str, ...]) -> str | None:
    """What a head names, read as itself or else as the known word it inflects (in `languages` first)."""
    return _kind(word, table) or next(filter(None, (_kind(known, table) for known in inflected_readings(word, table, languages))), None)


def _as_known(word: str, table: PhraseTable, languages: tuple[str, ...]) -> str:
    """A part as the phrase table knows it: itself, or the known word of its kind it inflects."""
    if _kind(word, table):
        return word
    return next((known for known in inflected_readings(word, table, languages) if _kind(known, table)), word)


def split_compound(word: str, table: PhraseTable, modifiers: frozenset[str], languages: tuple[str, ...] = ()) -> list[str] | None:
    """The words a joined word is read as, the longest head first; None when it is no compound of known
    parts. A part's endings are read in `languages` (the request's) first."""
    for first, first_kind, head, head_kind in joined_parts(word, lambda part: _kind(part, table), modifiers, LINKING):
        return [head] if first_kind == head_kind == "category" else [first, head]
    for first, first_kind, head, head_kind in joined_parts(word, lambda part: _inflected_kind(part, table, languages), modifiers, LINKING):
        head = _as_known(head, table, languages)
        return [head] if first_kind == head_kind == "category" else [_as_known(first, table, languages), head]
    return None


def read_compounds(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each unknown word joined from known parts, read as those parts."""
    modifiers = table.vocabulary.lexicon.compound_modifiers
    languages = None  # the request's, read for its first unknown word
    out = []
    for word in words:
        unknown = len(word) >= MIN_WORD and is_letters(word) and word not in table.phrases and word not in known and word not in FILLER_WORDS
        if unknown and languages is None:
            languages = request_languages(words)
        parts = split_compound(word, table, modifiers, languages) if unknown else None
        out.extend(parts or [word])
    return out
