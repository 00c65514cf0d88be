"""Words glued to the word they go with, read off a request's word as the listings read them off a
listing's ([attached] of a pack: Korean particles after a noun, "반지를", "골드로", "금으로"; Arabic's
article and one-letter prefixes before one, "بالماس", "الانسيال", "بفص"). The one reader of them is the
lexicon's (retrieval/reading.py TextReader): a word is read without one only where what is left is a
word the request is read with, so "목걸이" (which ends like the particle 이) and "بروش" stay whole.
Korean is also read with its Hangul apart from the Latin letters and digits glued to it ("14k로",
"30000원대"), as the listings' reader reads "14K골드"."""

from __future__ import annotations

import re

from assistant.understanding.phrases import FILLER_WORDS, PhraseTable
from retrieval.folding import HANGUL, is_letters

HANGUL_BESIDE_LATIN = re.compile(rf"(?<=[a-z0-9])(?=[{HANGUL}])|(?<=[{HANGUL}])(?=[a-z0-9])")


def hangul_apart(text: str) -> str:
    """ "14k로" -> "14k 로", "30000원대" -> "30000 원대": Hangul apart from Latin letters and digits."""
    return HANGUL_BESIDE_LATIN.sub(" ", text)


def read_attached(words: list[str], table: PhraseTable, known: set[str] | frozenset[str]) -> list[str]:
    """Each word that is not itself known, without the words glued to it, where what is left is known."""
    lexicon = table.vocabulary.lexicon
    if not lexicon.attached_before and not lexicon.attached_after:
        return words
    reads_with = table.words
    out = []
    for word in words:
        if word in reads_with or word in known or word in FILLER_WORDS or not is_letters(word[:1]):
            out.append(word)
            continue
        out.append(next((stem for stem in lexicon.stems(word)[1:] if stem in reads_with), word))  # the listings' reader
    return out
