"""An item as the vector store keeps it: the text its vector is encoded from, its filterable facts
as a metadata row (with the whole item as JSON beside them), the item read back from that row, and
the hashes that tell ingestion whether an encoder input changed."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from retrieval.catalog import Item

log = logging.getLogger(__name__)

ITEM_KEY = "item"
# Row metadata an older Facet wrote (the retired in-memory mirror's change stamps): read past and
# never written, except the value given here where an older Milvus collection cannot leave it empty.
RETIRED_ROW_KEYS = {"seq": 0}
NO_KARAT = 0  # chromadb metadata has no null
NO_CARAT = 0.0
# What a piece's variants offer besides what it is shown with (retrieval/offers.py), as list metadata
# (chromadb string / int arrays, Milvus ARRAY fields) filtered with $contains / $not_contains; written only
# for a piece whose variants offer more, so an older row (or one offering nothing more) has no such key.
OFFERED_KEYS = {"metal": "metals_offered", "karat": "karats_offered", "gemstone": "gemstones_offered",
                "gemstone_color": "gemstone_colors_offered"}  # fmt: skip
# A list's values share one type (chromadb refuses [18, 19.2], and 18 does not match 18.0): karats
# are listed, and looked for, as floats.
OFFERED_TYPES = {"karat": float}
# Every list an item's metadata may hold, with its members' type. A store with a schema declares
# them all up front (Milvus: typed ARRAY fields, filtered far faster than its dynamic JSON field).
LIST_KEYS = {"ring_sizes": float, **{key: OFFERED_TYPES.get(field, str) for field, key in OFFERED_KEYS.items()}}


def offered_value(field: str, value: Any) -> Any:
    """`value` as a list of what `field` offers holds it (and a filter looks for it)."""
    return OFFERED_TYPES.get(field, lambda kept: kept)(value)


def item_text(item: Item) -> str:
    """What the text encoder reads for an item. Price, stock, metal and category are left out:
    they are filtered exactly from metadata, and price and stock change too often to cost a
    re-embedding. The stone's colour stays because shoppers ask for colours ("a blue stone")."""
    stone = f"{item.gemstone_color} {item.gemstone}." if item.has_stone else "No gemstone."
    facets = ", ".join(part for part in (item.style, item.occasion, *item.tags) if part)
    return " ".join(part for part in (f"{item.title}.", item.description, stone, facets) if part)


def item_metadata(item: Item) -> dict[str, Any]:
    return {
        "category": item.category,
        "metal": item.metal,
        "karat": item.karat or NO_KARAT,
        "gemstone": item.gemstone,
        "gemstone_color": item.gemstone_color,
        "carat": item.carat or NO_CARAT,
        "price": item.price,
        "currency": item.currency,
        "in_stock": item.in_stock,
        "style": item.style,
        "occasion": item.occasion,
        # chromadb list metadata must not be empty: items without sizes have no key
        **({"ring_sizes": item.ring_sizes} if item.ring_sizes else {}),
        **offered_metadata(item),
        ITEM_KEY: item.model_dump_json(),
    }


def offered_metadata(item: Item) -> dict[str, list]:
    """The values a piece is shown or offered in, one list per fact; none for a piece offering nothing more."""
    if not item.offers:
        return {}
    lists = {key: [offered_value(field, value) for value in item.offered(field)] for field, key in OFFERED_KEYS.items()}
    return {key: values for key, values in lists.items() if values}  # chromadb list metadata must not be empty


def item_from_metadata(metadata: dict[str, Any]) -> Item | None:
    """The stored item, or None for a stored row that no longer validates (written by an older
    version with looser rules, say): one such row must never break every search. Logged once."""
    stored = metadata.get(ITEM_KEY, "")
    try:
        return Item.model_validate_json(stored)
    except ValidationError as error:
        digest = hash_of(stored)
        if digest not in _UNREADABLE_LOGGED:
            _UNREADABLE_LOGGED.add(digest)
            log.warning("skipping a stored item that no longer validates (%s): re-ingest its catalog to fix it", _first_problem(error))
        return None


_UNREADABLE_LOGGED: set[str] = set()  # digests of stored rows already logged as unreadable


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    return f"{'.'.join(str(part) for part in problem['loc']) or 'row'}: {problem['msg'].removeprefix('Value error, ')}"


def hash_of(*parts: str | bytes) -> str:
    digest = hashlib.sha1()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()


def text_input(item: Item) -> tuple[str, str]:
    text = item_text(item)
    return text, text


def image_input(item: Item) -> tuple[str | bytes, str] | None:
    """What identifies the image (a file's bytes, a URL) and where to read it; None without one."""
    if not item.image:
        return None
    if item.image_is_url():
        return item.image, item.image
    try:
        return Path(item.image).read_bytes(), item.image
    except OSError:  # gone since the catalog was read: embedding it fails with a warning
        return f"unreadable:{item.image}", item.image
