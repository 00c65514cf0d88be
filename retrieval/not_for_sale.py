"""Pieces a shop shows but does not sell, said only in words: a display or archive piece still
active in the export whose title or description says "not for sale", "display only", Hungarian
"nem eladó", Portuguese "não está à venda", German "unverkäuflich" (the lexicon's [not_for_sale]
phrases, a locale pack adding its own). Such a piece is skipped as not for sale, like a price on
request (retrieval/catalog.py), and the import report names the words it was read from.

A sentence that also says the refusal is only of a part ("the chain is not for sale separately",
Hungarian "külön nem eladó") is not read so: the lexicon's [not_for_sale] `apart` words.
"""

from __future__ import annotations

import re

from retrieval.product import Product
from retrieval.lexicon_tables import Lexicon
from retrieval.reading import words_of

SENTENCE_END = re.compile(r"[.!?;:\n•|]+")  # where one statement ends; "Bemutató darab, nem eladó – ..." stays one
QUOTED_CHARS = 80  # of the sentence the report quotes


def not_for_sale_reason(product: Product, lexicon: Lexicon) -> str:
    """Why the product's own words say it is not for sale ('its description says "Bemutató darab,
    nem eladó"'), or ""."""
    phrases, apart = phrases_of(lexicon)
    for field, text in (("title", product.title), ("description", product.description)):
        sentence = said_in(text, phrases, apart)
        if sentence:
            return f'its {field} says "{sentence}"'
    return ""


def said_in(text: str, phrases: frozenset[tuple[str, ...]], apart: frozenset[tuple[str, ...]]) -> str:
    """The first sentence of `text` holding one of the phrases (a part refused alone does not count), clipped."""
    for sentence in SENTENCE_END.split(text or ""):
        words = words_of(sentence)
        if _holds(words, phrases) and not _holds(words, apart):
            quoted = " ".join(sentence.split())
            return quoted if len(quoted) <= QUOTED_CHARS else quoted[: QUOTED_CHARS - 1].rstrip() + "…"
    return ""


def _holds(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[i : i + len(phrase)]) == phrase for phrase in phrases for i in range(len(words) - len(phrase) + 1))


def phrases_of(lexicon: Lexicon) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The lexicon's [not_for_sale] phrases and its `apart` words, as word tuples (read once, with the lexicon)."""
    return lexicon.not_for_sale_phrases, lexicon.not_for_sale_apart
