"""Words joined from two, as German (and Dutch) join them: "Goldkette" is gold and a chain,
"Perlenohrringe" pearls and earrings, "Tennisarmband" a bracelet. A word that is not itself known is
read as its parts when its last part (the head) is a known kind of piece, metal or stone and its
first part is one too or one of the lexicon's [compounds] modifiers ("tennis", "anker"). The same
modifiers are what retrieval/reading.py reads in listings. A first part that names a kind of piece
before a head that names one ("Kettenanhänger": a pendant for a chain) is dropped: the head says
what the piece is. Both parts must be known, so "Brillantschliff" (a cut) and "diamantiert" (a
finish) stay unread."""

from __future__ import annotations

from assistant.understanding.phrases import FILLER_WORDS, PhraseTable

MIN_PART = 3  # letters in each part ("erbs" + "kette"; "ohr" + "ring")
MIN_WORD = 7  # a shorter word is too often a word of its own
READ_KINDS = ("category", "metal", "gemstone")
LINKING = ("", "s", "n", "en")  # what German puts between two parts: "Verlobungs-ring", "Perlen-kette"


def _kind(word: str, table: PhraseTable) -> str | None:
    terms = table.phrases.get(word)
    return terms[0].kind if terms and terms[0].kind in READ_KINDS else None


def split_compound(word: str, table: PhraseTable, modifiers: frozenset[str]) -> list[str] | None:
    """The words a joined word is read as, the longest head first; None when it is no compound of known parts."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        first, head = word[:cut], word[cut:]
        head_kind = _kind(head, table)
        if head_kind is None:
            continue
        first_kind = _kind(first, table)
        if first_kind is None and not any(first.endswith(link) and first[: len(first) - len(link)] in modifiers for link in LINKING):
            continue
        if first_kind is None or (first_kind == "category" and head_kind == "category"):
            return [head] if first_kind else [first, head]
        return [first, head]
    return None


def read_compounds(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each unknown word joined from known parts, read as those parts."""
    modifiers = table.vocabulary.lexicon.compound_modifiers
    out = []
    for word in words:
        unknown = len(word) >= MIN_WORD and word.isalpha() and word not in table.phrases and word not in known and word not in FILLER_WORDS
        parts = split_compound(word, table, modifiers) if unknown else None
        out.extend(parts or [word])
    return out
