"""What a shopper asked for, in the catalog's terms: hard constraints, which no result may
violate and which become a chromadb `where` filter, and soft preferences, which only rank."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from retrieval.catalog import Item
from retrieval.item import Offer
from retrieval.records import OFFERED_KEYS, offered_value
from retrieval.vocabulary import GOLD_METALS, NO_GEMSTONE


@dataclass
class Constraints:
    price_min: float | None = None
    price_max: float | None = None
    categories: list[str] = field(default_factory=list)
    metals: list[str] = field(default_factory=list)
    karats: list[int] = field(default_factory=list)
    gemstones: list[str] = field(default_factory=list)
    gemstone_colors: list[str] = field(default_factory=list)
    carat_min: float | None = None
    carat_max: float | None = None
    ring_size: float | None = None
    in_stock_only: bool = False
    exclude_categories: list[str] = field(default_factory=list)
    exclude_metals: list[str] = field(default_factory=list)
    exclude_gemstones: list[str] = field(default_factory=list)

    def names_metal(self) -> bool:
        """Whether these say which metals are wanted (or not): most of a piece's colour."""
        return bool(self.metals or self.exclude_metals)

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        for key, operator, value in (
            ("price", "$gte", self.price_min),
            ("price", "$lte", self.price_max),
            ("carat", "$gte", self.carat_min),
            ("carat", "$lte", self.carat_max),
        ):
            if value is not None:
                clauses.append({key: {operator: value}})
        clauses += [{"category": {"$in": list(self.categories)}}] if self.categories else []
        offered = (("metal", self.metals), ("gemstone", self.gemstones), ("gemstone_color", self.gemstone_colors))
        clauses += [_shown_or_offered(key, values) for key, values in offered if values]
        excluded = (("category", self.exclude_categories), ("metal", self.exclude_metals),
                    ("gemstone", self.exclude_gemstones))  # fmt: skip
        clauses += [{key: {"$nin": list(values)}} for key, values in excluded if values]
        for key, values in excluded:  # excluded only when no variant is it: "not silver" keeps no piece offered in silver
            clauses += [{OFFERED_KEYS[key]: {"$not_contains": offered_value(key, value)}} for value in values if key in OFFERED_KEYS]
        if self.karats:  # karat is a gold purity: "14k gold or platinum" keeps the platinum
            clauses.append({"$or": [*_shown_or_offered("karat", self.karats)["$or"], {"metal": {"$nin": list(GOLD_METALS)}}]})
        if self.ring_size is not None:
            clauses.append({"ring_sizes": {"$contains": self.ring_size}})
        if self.in_stock_only:
            clauses.append({"in_stock": True})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, item: Item) -> bool:
        """The exact test behind `where`, on an Item: one of its offers (the piece as shown, or the
        variants offering another metal, karat or stone) meets every constraint at its own price,
        and no offer is excluded. `where` keeps a superset (a piece's from-price, any offer's facts)."""
        if item.category not in self.exclude_categories and (not self.categories or item.category in self.categories):
            return self._sized(item) and not self._excluded(item) and any(self.offer_meets(offer, item) for offer in item.all_offers())
        return False

    def offer_meets(self, offer: Offer, item: Item) -> bool:
        """Whether one offer of the item meets the constraints on metal, karat, stone and price."""
        carat = item.carat or 0.0
        return (
            (self.price_min is None or offer.price >= self.price_min)
            and (self.price_max is None or offer.price <= self.price_max)
            and (self.carat_min is None or carat >= self.carat_min)
            and (self.carat_max is None or carat <= self.carat_max)
            and (not self.metals or offer.metal in self.metals)
            and (not self.karats or offer.karat in self.karats or offer.metal not in GOLD_METALS)
            and (not self.gemstones or offer.gemstone in self.gemstones)
            and (not self.gemstone_colors or offer.gemstone_color in self.gemstone_colors)
            and (not self.in_stock_only or offer.in_stock)
        )

    def _sized(self, item: Item) -> bool:
        return (self.ring_size is None or self.ring_size in item.ring_sizes) and (not self.in_stock_only or item.in_stock)

    def _excluded(self, item: Item) -> bool:
        return bool(set(item.offered("metal")) & set(self.exclude_metals) or set(item.offered("gemstone")) & set(self.exclude_gemstones))

    def is_empty(self) -> bool:
        return self.where() is None

    def wants_no_stone(self) -> bool:
        return self.gemstones == [NO_GEMSTONE]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Preferences:
    """Soft wishes: they raise matching items in the ranking but never filter."""

    occasions: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    avoid_terms: list[str] = field(default_factory=list)  # "less flashy", "not too chunky"

    def is_empty(self) -> bool:
        return not (self.occasions or self.styles or self.recipients or self.avoid_terms)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _shown_or_offered(key: str, values: list) -> dict[str, Any]:
    """A piece shown with one of `values`, or offering one through its variants."""
    return {"$or": [{key: {"$in": list(values)}}, *({OFFERED_KEYS[key]: {"$contains": offered_value(key, value)}} for value in values)]}
