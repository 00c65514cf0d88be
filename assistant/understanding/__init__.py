"""Understanding a shopper's words, deterministically and without a model: hard constraints
(price in any currency, category, metal and karat, gemstone and stone colour, carat, ring size,
stock, each with negation), soft preferences (occasion, style, recipient, things to avoid),
relative refinements ("cheaper", "more like that"), slots to drop, a fresh start, and notes on
the jewelry knowledge applied (birthstones, exchange rates, ring-size systems).

The words go through the fixed pipeline of `understand` below. Each step finds its phrases in a
working copy of the text (reading.py) and blanks out what it used, so that no later step reads
"14k" as a price, "no more than" as a negation or "size 7" as a carat. The steps live by what
they read: moves.py (a fresh start, slots to drop, refinements, stock), knowledge.py
(birthstones, anniversaries), measures.py (measurements, ring sizes, karats, carats), money.py
(prices), terms.py (categories, metals, stones, colours, preferences, negation), over the
phrases of phrases.py (the shop's vocabulary) and the text made regular by spelling.py and
numbers.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from assistant.understanding.money import AROUND_BAND, BARE_PRICE_BAND, glued_currency
from assistant.understanding import phrases
from assistant.understanding.phrases import FILLER_WORDS, Term, phrase_table, plural
from assistant.understanding.reading import Reading
from retrieval.constraints import Constraints, Preferences
from retrieval.folding import LETTER
from retrieval.shop_vocabulary import ShopVocabulary
from retrieval.vocabulary import DEFAULT_EXCHANGE_RATES

__all__ = [
    "AROUND_BAND", "BARE_PRICE_BAND", "CARAT_BAND", "PHRASES", "SINGULAR_PHRASES", "Term", "Understanding", "plural",
    "understand",
]  # fmt: skip

WORD = re.compile(rf"[^\W\d_](?:{LETTER}|')*")  # a word in any script ("μαίανδρος", Thai "บ้าง" with its marks)


@dataclass
class Understanding:
    constraints: Constraints  # hard constraints stated in this utterance only
    has_content_words: bool  # words beyond constraints and filler: whether text similarity matters next to a photo
    preferences: Preferences = field(default_factory=Preferences)
    refinements: list[str] = field(default_factory=list)  # "cheaper", "pricier", "bigger", "smaller", "more", "similar"
    clear_slots: list[str] = field(default_factory=list)  # "price", "metal", "gemstone", "category"
    reset: bool = False
    notes: list[str] = field(default_factory=list)  # knowledge applied, for the reply
    # The words left once constraints, refinements and filler are read ("vintage" in "a vintage
    # ring under $500"): what a search re-run without one of its constraints ranks by.
    remainder: str = ""


def understand(
    text: str, currency: str = "USD", exchange_rates: dict[str, float] | None = None, vocabulary: ShopVocabulary | None = None
) -> Understanding:
    """What the shopper said in `text`, in catalog terms. Amounts are in `currency` (the
    catalog's) unless the shopper names another, which is converted with `exchange_rates`
    (units of each currency per unit of one common base; default: DEFAULT_EXCHANGE_RATES).
    Kinds of piece, metals and stones are read as `vocabulary` (the shop's, retrieval/shop_vocabulary.py)
    divides them; default: Facet's own demo catalog's."""
    rates = _checked_rates(exchange_rates if exchange_rates is not None else DEFAULT_EXCHANGE_RATES)
    table = phrase_table(vocabulary)
    currency = currency.strip().upper()
    from assistant.understanding.spelling import normalise
    from assistant.understanding.terms import settle

    reading = Reading(normalise(glued_currency(text, currency), table), currency, rates, table)
    for step in _steps():
        step(reading)
    settle(reading.constraints, reading.table.gold_metals)
    return Understanding(
        constraints=reading.constraints,
        has_content_words=_has_content_words(reading.text),
        preferences=reading.preferences,
        refinements=reading.refinements,
        clear_slots=reading.clear_slots,
        reset=reading.reset,
        notes=reading.notes,
        remainder=_content_words(reading.text),
    )


@cache
def _steps() -> tuple:
    """The reading steps, in their order. Their modules build their tables (the typo index, every
    locale pack's patterns) when imported: here, at the first request, not when a command that reads
    no request (`facet --help`, `facet ingest`) imports this package."""
    from assistant.understanding.knowledge import read_anniversary_gift, read_birthstones
    from assistant.understanding.measures import (
        read_bare_karats, read_bare_ring_size, read_carats, read_hallmarks, read_karats, read_locale_ring_size,
        read_measurements, read_named_karats, read_ring_size,
    )  # fmt: skip
    from assistant.understanding.money import read_prices
    from assistant.understanding.moves import read_clear_slots, read_refinements, read_reset, read_stock
    from assistant.understanding.terms import read_terms

    return (
        read_reset,
        read_birthstones,
        read_anniversary_gift,
        read_measurements,
        read_locale_ring_size,
        read_ring_size,
        read_hallmarks,
        read_karats,
        read_named_karats,
        read_carats,
        read_bare_karats,
        read_prices,
        read_bare_ring_size,
        read_stock,
        read_clear_slots,
        read_refinements,
        read_terms,
    )


def __getattr__(name: str):
    """CARAT_BAND, PHRASES and SINGULAR_PHRASES, as before, without building measures.py's patterns
    or the default shop's phrases when this package is imported."""
    if name in ("PHRASES", "SINGULAR_PHRASES"):
        return getattr(phrases, name)
    if name == "CARAT_BAND":
        from assistant.understanding.measures import CARAT_BAND

        return CARAT_BAND
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _checked_rates(rates: dict[str, float]) -> dict[str, float]:
    checked = {}
    for code, rate in rates.items():
        if not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate <= 0:
            raise ValueError(f"exchange rate for {code!r} must be a positive number, got {rate!r}")
        checked[code.strip().upper()] = float(rate)
    return checked


def _has_content_words(text: str) -> bool:
    return any(word not in FILLER_WORDS for word in WORD.findall(text))


def _content_words(text: str) -> str:
    return " ".join(word for word in WORD.findall(text) if word not in FILLER_WORDS)
