"""The words one shop's shoppers use, from its indexed catalog on top of the lexicon.

The lexicon (retrieval/lexicon.py) knows jewellery in general; a catalog says which of it this shop
sells and how it divides it. A request names a kind of piece, a metal or a stone; `ShopVocabulary`
says which catalog values it asks for:

- kinds of piece: the one named and the narrower kinds the lexicon puts under it (an engagement ring
  is a ring, a jhumka earrings), never a related kind beside it: "bracelet" is not a bangle and
  "necklace" not a pendant (a related kind is only offered as a labelled alternative). A kind the
  shop does not list is read as the nearest broader kind it does ("kada" in a shop without kadas asks
  for bangles), else as itself;
- metals: a base metal said alone ("gold", "silver") is every solid metal of that base the shop sells;
- stones: every stone of the lexicon, and a catalog's own stone values ("cubic_zirconia", "kundan")
  with their everyday names.

    vocabulary = shop_vocabulary(items, load_lexicon())
    vocabulary.category_values("bracelet")   # ("bracelet",)
    vocabulary.phrases("stone")["american diamond"]   # ("cubic zirconia",)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from retrieval.catalog import Item
from retrieval.facts import (
    UNKNOWN,  # a value the import could not read: never a word a shopper asks for
)
from retrieval.folding import words_of
from retrieval.lexicon import base_lexicon, load_lexicon
from retrieval.lexicon_tables import Lexicon
from retrieval.mentions import plural
from retrieval.reading import NO_STONE

KINDS = ("category", "metal", "stone")


@dataclass(frozen=True, eq=False)
class ShopVocabulary:
    lexicon: Lexicon
    categories: frozenset[str]  # the values the catalog holds
    metals: frozenset[str]
    stones: frozenset[str]
    currency: str = "USD"  # what most of its prices are in

    # --- what a request for a value asks for ----------------------------------------------------

    def category_values(self, category: str) -> tuple[str, ...]:
        """The catalog's kinds of piece a request for `category` asks for, the named one first."""
        asked = category if category in self.categories else self._broader_held(category) or self._filed_as(category) or category
        narrower = sorted(c for c in self.categories if c != asked and self.lexicon.is_requested_by(c, asked))
        return (asked, *narrower)

    def _broader_held(self, category: str) -> str | None:
        known = self.lexicon.categories.get(category)
        seen = {category}
        while known is not None and known.parent and known.parent not in seen:
            if known.parent in self.categories:
                return known.parent
            seen.add(known.parent)
            known = self.lexicon.categories.get(known.parent)
        return None

    def _filed_as(self, category: str) -> str | None:
        """The kind a shop selling none of `category` files such pieces under (a set under necklaces)."""
        known = self.lexicon.categories.get(category)
        return known.filed_as if known is not None and known.filed_as in self.categories else None

    def metal_values(self, metal: str) -> tuple[str, ...]:
        """A base metal said alone ("gold") asks for every solid metal of it the shop sells (never a
        plating); a gold plating said plainly ("gold plated", "gold polish") every plating; any other
        metal for itself."""
        lexicon = self.lexicon
        known = lexicon.metals.get(metal)
        platings = set(lexicon.platings)
        if metal in lexicon.plated_over_base.values() and metal in self.metals:
            # "one gram gold" in a shop with an imitation range over brass: that range, or a plating of no named base
            return (lexicon.plated_over_other, metal)
        if metal == lexicon.plated_over_other or metal in lexicon.plated_over_base.values():
            # "gold plated" is any plating, and "one gram gold" where the shop plates no brass; "vermeil" only over silver
            held = tuple(m for m in lexicon.plated_over_base.values() if m in self.metals)
            return (lexicon.plated_over_other, lexicon.plated_over_silver, *held)
        if known is None or known.name != known.base:
            return (metal,)
        order = list(self.lexicon.metals)  # the lexicon's order: core metals first
        solid = sorted((m for m in self.metals | set(self.lexicon.core("metal"))
                        if m not in platings and self.lexicon.metals.get(m) and self.lexicon.metals[m].base == known.base),
                       key=order.index)  # fmt: skip
        return tuple(solid) or (metal,)

    def gold_metals(self) -> tuple[str, ...]:
        """What a karat alone ("22k") asks for: every solid gold."""
        return tuple(m for m in self.metal_values("gold") if m != "gold") + (("gold",) if "gold" in self.metals else ())

    # --- the phrases ------------------------------------------------------------------------------

    def phrases(self, kind: str) -> dict[str, tuple[str, ...]]:
        """Every phrase (lower-case words) that names a value of `kind` ("category", "metal",
        "stone"), with the catalog values it asks for."""
        return self._phrases[kind]

    @cached_property
    def _phrases(self) -> dict[str, dict[str, tuple[str, ...]]]:
        lexicon = self.lexicon
        found: dict[str, dict[str, tuple[str, ...]]] = {kind: {} for kind in KINDS}
        for kind, table, values_of in (
            ("category", lexicon.categories, self.category_values),
            ("metal", lexicon.metals, self.metal_values),
            ("stone", lexicon.stones, lambda stone: (stone,)),
        ):
            for phrase, value in lexicon.strong_names(kind):
                if kind == "stone" and (value == NO_STONE or lexicon.stones[value].generic):
                    continue
                found[kind].setdefault(phrase, values_of(value))
            held = {"category": self.categories, "metal": self.metals, "stone": self.stones}[kind]
            for phrase, value in lexicon.weak_names(kind):  # "ad" for CZ, "bali" for earrings: where the shop sells them
                if value in held and value != NO_STONE:
                    found[kind].setdefault(phrase, values_of(value))
            for value in sorted(held - set(table) - {UNKNOWN, NO_STONE, ""}):  # a shop's own word ("hair comb")
                phrase = " ".join(words_of(value.replace("_", " ")))
                if phrase:
                    found[kind].setdefault(phrase, (value,))
        return found

    def held(self, kind: str, phrase: str) -> bool:
        """Whether the catalog itself holds the value a phrase names surely, or the phrase is a held
        value's own name ("chain" in a shop that lists chains), not a broader kind of it."""
        held = {"category": self.categories, "metal": self.metals, "stone": self.stones}[kind]
        own = self.lexicon.value_of(kind, phrase)
        named = phrase in self.phrases(kind) and own is not None and own in held and own in self.lexicon.strong_value_names(kind, phrase)
        return named or phrase in {form for value in held for form in (value, plural(value))}


class VocabularyReader:
    """The shop's kinds, metals, stones and currencies, read a page of items at a time."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon
        self.categories: set[str] = set()
        self.metals: set[str] = set()
        self.stones: set[str] = set()
        self.currencies: Counter[str] = Counter()

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            for values, value in ((self.categories, item.category), (self.metals, item.metal), (self.stones, item.gemstone)):
                if value:
                    values.add(value)
            if item.currency:
                self.currencies[item.currency] += 1

    def vocabulary(self) -> ShopVocabulary:
        return ShopVocabulary(
            self.lexicon or load_lexicon(),
            frozenset(self.categories),
            frozenset(self.metals),
            frozenset(self.stones),
            self.currencies.most_common(1)[0][0] if self.currencies else "USD",
        )


def shop_vocabulary(items: Iterable[Item], lexicon: Lexicon | None = None) -> ShopVocabulary:
    reader = VocabularyReader(lexicon)
    reader.add(items)
    return reader.vocabulary()


@lru_cache(maxsize=1)
def default_vocabulary() -> ShopVocabulary:
    """Facet's own catalog (the demo's kinds, metals and stones: the lexicon's core values) with
    every locale pack: what words mean when no shop's catalog is given."""
    core = base_lexicon()
    return ShopVocabulary(load_lexicon(), frozenset(core.core("category")), frozenset(core.core("metal")), frozenset(core.core("stone")))
