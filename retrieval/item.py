"""One catalog item, as stored in the index and used everywhere above it.

An item is one product: its variants (ring sizes, metal options) are inside it, its `price` is
the lowest ("from") price, used by every price filter, and `price_max` the highest when they
differ. A budget filter ("under 500") therefore keeps a piece whose cheapest variant is within
it. `provenance` says where each attribute was read (a column, the title, the photo, ...) and
how sure that reading is; `retrieval/extraction.py` fills it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from retrieval.images import is_web_url
from retrieval.reading import karat_number
from retrieval.vocabulary import (
    GEMSTONE_COLORS,
    GOLD_KARATS,
    GOLD_METALS,
    NO_GEMSTONE,
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
)

OFFER_FACTS = ("metal", "metal_color", "karat", "gemstone", "gemstone_color")  # what a variant's options may change
SAME_OFFER_FACTS = ("metal", "karat", "gemstone", "gemstone_color")  # an offer of these is the piece as shown
PRICE_DECIMALS = 2  # prices are stored in cents
# A number written as text, as CSV cells always are: "1299", "1299.00", ".5", "2e3".
NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _number(value: Any) -> Any:
    """A number, or a number written as text, left for pydantic to convert; anything else (true,
    false, "free", "$12") is refused here: pydantic would read true as 1."""
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} is not a number")
    if isinstance(value, str) and not NUMBER_TEXT.fullmatch(value.strip()):
        raise ValueError(f"{value!r} is not a number")
    return value


def _stored_price(value: float | None) -> float | None:
    """Validated as stored, in cents: 0.004 would be stored as 0.00, a price no one pays."""
    if value is None:
        return None
    if not math.isfinite(value) or value <= 0:
        raise ValueError("must be a positive number")
    stored = round(value, PRICE_DECIMALS)
    if stored <= 0:
        raise ValueError(f"{value:g} rounds to {stored:.{PRICE_DECIMALS}f}; a price must be at least 0.01")
    return stored


class Provenance(BaseModel):
    """Where one attribute's value came from."""

    model_config = ConfigDict(frozen=True)

    source: str  # column, title, options, materials, type, tags, description, photo, usual colour, default, correction
    confidence: float  # 0..1
    evidence: str = ""  # the words it was read from, or what the photo showed


class Variant(BaseModel):
    """One sellable version of a product (a ring size, a metal), for a later "add to cart"."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    id: str = ""
    sku: str = ""
    options: dict[str, str] = {}
    price: float | None = None
    compare_at_price: float | None = None
    in_stock: bool = True
    image: str = ""

    @field_validator("price", "compare_at_price", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        return value if value is None else _number(value)

    @field_validator("price", "compare_at_price")
    @classmethod
    def _price(cls, value: float | None) -> float | None:
        return _stored_price(value)


class Offer(BaseModel):
    """What some of a product's variants are, where their options say it ("Metal: 14K White Gold",
    "Stone: Emerald"), read with the same lexicon as the item; the item's own facts fill what the
    options leave unsaid. `price` is the cheapest of those variants."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    metal: str
    metal_color: str = ""
    karat: int | float | None = None  # as the item's: a fraction where a gold standard is one (19.2)
    gemstone: str = NO_GEMSTONE
    gemstone_color: str = ""
    price: float
    in_stock: bool = True
    evidence: str = ""  # the option values it was read from ("Metal: 18K White Gold")
    said: list[str] = []  # the facts its options said; the others follow the item's (a photo may correct them)

    @field_validator("metal", "metal_color", "gemstone", "gemstone_color")
    @classmethod
    def _lower(cls, value: str) -> str:
        return " ".join(value.lower().replace("-", " ").split())

    @field_validator("price", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        return _number(value)

    @field_validator("price")
    @classmethod
    def _price(cls, value: float | None) -> float | None:
        return _stored_price(value)

    @model_validator(mode="after")
    def _consistent(self) -> Offer:
        if self.karat is not None and (self.metal not in GOLD_METALS or self.karat not in GOLD_KARATS):
            raise ValueError(f"karat {self.karat} given for {self.metal}; karat applies to gold only, one of {GOLD_KARATS}")
        return self

    @property
    def metal_label(self) -> str:
        return f"{self.karat}k {self.metal}" if self.karat else self.metal


class Item(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    id: str
    title: str
    description: str = ""
    category: str
    metal: str
    karat: int | float | None = None  # a fraction where a gold standard is one (Portugal's 19.2: 800 gold)
    gemstone: str = NO_GEMSTONE
    gemstone_color: str = ""
    carat: float | None = None
    price: float
    currency: str
    image: str = ""
    ring_sizes: list[float] = []
    style: str = ""
    occasion: str = ""
    tags: list[str] = []
    in_stock: bool = True
    # A shop's product (retrieval/formats.py): what the page and a later "add to cart" use.
    handle: str = ""
    url: str = ""
    vendor: str = ""
    metal_color: str = ""  # yellow, white, rose, silver; "" when unknown
    price_max: float | None = None  # the highest variant price, when variants differ
    compare_at_price: float | None = None  # the cheapest variant's price before a sale
    options: dict[str, list[str]] = {}  # option name -> its values ("Ring Size": ["6", "7"])
    variants: list[Variant] = []
    offers: list[Offer] = []  # what the variants are, when their options say it (retrieval/offers.py); [] when they say nothing more
    variant_ids: list[str] = []  # what a cart takes (`shop.cart_url_pattern`); else the variants' own ids
    images: list[str] = []  # more photos (URLs) beside `image`
    provenance: dict[str, Provenance] = {}  # attribute -> where its value came from

    @field_validator("id", "title", "category", "metal")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("category", "metal", "gemstone", "gemstone_color", "style", "occasion", "metal_color")
    @classmethod
    def _lower(cls, value: str) -> str:
        return " ".join(value.lower().replace("-", " ").split())

    @field_validator("gemstone")
    @classmethod
    def _gemstone(cls, value: str) -> str:
        return value or NO_GEMSTONE

    @field_validator("price", "carat", "karat", "price_max", "compare_at_price", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        return value if value is None else _number(value)

    @field_validator("karat")
    @classmethod
    def _karat(cls, value: int | float | None) -> int | float | None:
        return value if value is None else karat_number(value)

    @field_validator("ring_sizes", mode="before")
    @classmethod
    def _numeric_sizes(cls, sizes: Any) -> Any:
        return [_number(size) for size in sizes] if isinstance(sizes, list) else sizes

    @field_validator("price", "price_max", "compare_at_price")
    @classmethod
    def _price(cls, value: float | None) -> float | None:
        return _stored_price(value)

    @field_validator("carat")
    @classmethod
    def _carat(cls, value: float | None) -> float | None:
        if value is not None and (not math.isfinite(value) or value <= 0):
            raise ValueError("must be a positive number of carats")
        return value

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        code = value.upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"{value!r} is not an ISO 4217 code such as USD")
        return code

    @field_validator("ring_sizes")
    @classmethod
    def _ring_sizes(cls, sizes: list[float]) -> list[float]:
        for size in sizes:
            on_step = (size / RING_SIZE_STEP).is_integer()
            if not (RING_SIZE_MIN <= size <= RING_SIZE_MAX and on_step):
                raise ValueError(
                    f"{size} is not a US ring size ({RING_SIZE_MIN:g}-{RING_SIZE_MAX:g} in quarter sizes)"
                )
        return sorted(set(sizes))

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: list[str]) -> list[str]:
        return [tag.strip().lower() for tag in tags if tag.strip()]

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not is_web_url(value):
            raise ValueError(f"{value[:60]!r} is not an http:// or https:// address")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if self.karat is not None:
            if self.metal not in GOLD_METALS:
                raise ValueError(f"karat {self.karat} given for {self.metal}; karat applies to gold only")
            if self.karat not in GOLD_KARATS:
                raise ValueError(f"karat {self.karat} is not one of {GOLD_KARATS}")
        if self.gemstone == NO_GEMSTONE and self.carat is not None:
            raise ValueError("carat given for an item without a gemstone")
        if not self.gemstone_color and self.gemstone in GEMSTONE_COLORS:
            object.__setattr__(self, "gemstone_color", GEMSTONE_COLORS[self.gemstone])
        if not self.variant_ids:
            object.__setattr__(self, "variant_ids", [variant.id for variant in self.variants if variant.id])
        if self.price_max is not None and self.price_max < self.price:
            raise ValueError(f"price_max {self.price_max:g} is below the price {self.price:g}")
        return self

    @property
    def metal_label(self) -> str:
        return f"{self.karat}k {self.metal}" if self.karat else self.metal

    @property
    def has_stone(self) -> bool:
        return self.gemstone != NO_GEMSTONE

    def offered(self, field: str) -> list:
        """Every value of `field` (metal, karat, gemstone, ...) the piece is shown or offered in, shown first."""
        values = [getattr(self, field)] + [getattr(offer, field) for offer in self.variant_offers()]
        return [value for i, value in enumerate(values) if value not in values[:i] and value not in ("", None)]

    def shown_offer(self, variant_offers: list[Offer] | None = None) -> Offer:
        """The piece as it is shown (its own facts), at the price of the variants offering exactly
        that, else its from-price."""
        facts = {field: getattr(self, field) for field in OFFER_FACTS}
        offers = self.variant_offers() if variant_offers is None else variant_offers
        same = [offer.price for offer in offers if all(getattr(offer, f) == facts[f] for f in SAME_OFFER_FACTS)]
        return Offer(**facts, price=min(same, default=self.price), in_stock=self.in_stock)

    def all_offers(self) -> list[Offer]:
        """The shown piece and every offer: what a constraint is met by (the variants' offers merged once)."""
        offers = self.variant_offers()
        return [self.shown_offer(offers), *offers]

    def variant_offers(self) -> list[Offer]:
        """The offers with what their options left unsaid as the item now reads it (after its photo
        or a correction), those then alike made one at the cheaper price."""
        merged: dict[tuple, Offer] = {}
        for offer in self.offers:
            filled = offer.model_copy(update=self._unsaid(offer))
            key = tuple(getattr(filled, field) for field in OFFER_FACTS)
            if key in merged:
                kept = merged[key]
                filled = kept.model_copy(update={"price": min(kept.price, filled.price), "in_stock": kept.in_stock or filled.in_stock})
            merged[key] = filled
        return list(merged.values())

    def _unsaid(self, offer: Offer) -> dict[str, Any]:
        update: dict[str, Any] = {}
        if "metal" not in offer.said:
            update |= {"metal": self.metal, "metal_color": self.metal_color}
        if "gemstone" not in offer.said:
            update |= {"gemstone": self.gemstone, **({"gemstone_color": self.gemstone_color} if "gemstone_color" not in offer.said else {})}
        if "karat" not in offer.said:
            update["karat"] = self.karat if update.get("metal", offer.metal) in GOLD_METALS else None
        return update

    def image_is_url(self) -> bool:
        return is_web_url(self.image)
