"""A product as a shop's file states it, before its attributes are read (retrieval/extraction.py):
what every format's reader (retrieval/formats.py and the modules it names) yields, and the small
helpers they share to write one (a handle made from a title, a marketplace's https photos)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

FACET_FORMAT = "facet"  # a product's source_format when it comes from Facet's own JSONL / CSV
SLUG_CHARS = re.compile(r"[\W_]+")
LATIN_END = 0x24F  # the last Latin letter a handle drops when it has no plain form ("ł", "ø": Latin Extended-B)
PHOTO_SCHEME = "https://"  # a marketplace export's photos come from the web only, never a path


@dataclass
class RawVariant:
    """A variant as the file states it; prices still as written."""

    line: int
    id: str = ""
    sku: str = ""
    options: dict[str, str] = field(default_factory=dict)
    price: Any = None
    compare_at_price: Any = None
    in_stock: bool | None = None
    image: str = ""


def variant_options(variants: list[RawVariant]) -> dict[str, list[str]]:
    """{option name: the values its variants take}, in the order they first appear."""
    options: dict[str, list[str]] = {}
    for variant in variants:
        for name, value in variant.options.items():
            values = options.setdefault(name, [])
            if value not in values:
                values.append(value)
    return options


@dataclass
class Product:
    """One product as a shop's file states it, before its attributes are read (retrieval/extraction.py)."""

    line: int
    title: str = ""
    id: str = ""
    handle: str = ""
    description: str = ""  # plain text
    given: dict[str, Any] = field(default_factory=dict)  # attribute fields stated as columns, as written
    kinds: list[str] = field(default_factory=list)  # the shop's own labels for the kind of piece, most specific first
    broader_kinds: list[str] = field(default_factory=list)  # a category path's parents ("Necklaces" of "Necklaces > Chains")
    tags: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)  # what the shop says the piece is made of (Etsy's MATERIALS)
    vendor: str = ""
    url: str = ""
    options: dict[str, list[str]] = field(default_factory=dict)
    variants: list[RawVariant] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # references; the first is the main photo
    refused_images: list[str] = field(default_factory=list)  # why each reference the reader would not take was refused
    photo_names: list[str] = field(default_factory=list)  # other names its photo files go by (Odoo's template database id)
    price: Any = None  # of a product without variants, as written
    price_max: Any = None
    compare_at_price: Any = None
    in_stock: bool | None = None
    currency: str = ""  # from a currency column
    ring_sizes: Any = None
    skipped: str = ""  # why it is not for sale: "draft", "archived", "unpublished", "private", "hidden"
    states_defaults: bool = False  # Facet's schema: a gemstone not given means none
    source_format: str = FACET_FORMAT
    extra: dict[str, Any] = field(default_factory=dict)  # Facet fields of another shape, for the item to check


def slug(text: str) -> str:
    """"Rose Gold Ring, 18K" -> "rose-gold-ring-18k": a handle as Shopify makes them. Latin letters lose
    their accents (a Latin letter with no plain form is dropped); letters of other scripts are kept, as
    Wix, WooCommerce and Shopify keep them in a product's address ("14K 골드 반지" -> "14k-골드-반지",
    not "14k", which every 14K piece of a Korean shop would share)."""
    plain, base = [], ""
    for char in unicodedata.normalize("NFKD", text):
        if not (unicodedata.combining(char) and base.isascii()):  # an accent off a Latin letter; kana keep their voicing marks
            plain.append(char)
        base = char if not unicodedata.combining(char) else base
    # as before other scripts were kept: any other character not ASCII is dropped, not a break ("Ring♡Gold": "ringgold")
    kept = "".join(char for char in unicodedata.normalize("NFC", "".join(plain)).lower() if char.isascii() or (ord(char) > LATIN_END and char.isalnum()))
    return SLUG_CHARS.sub("-", kept).strip("-")


def https_photos(references: Iterable[tuple[str, str]], source: str) -> tuple[list[str], list[str]]:
    """(the https photo URLs among (column, reference) pairs in their order, why each other
    reference was refused); `source` names the export ("an Etsy download")."""
    photos, refused = [], []
    for column, reference in references:
        reference = reference.strip()
        if not reference:
            continue
        if reference.lower().startswith(PHOTO_SCHEME):
            photos.append(reference)
        else:
            refused.append(f"{column} refused: only {PHOTO_SCHEME} photo URLs are read from {source}, not {reference[:60]!r}")
    return photos, refused
