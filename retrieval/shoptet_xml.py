"""Shoptet's XML product export ("Kompletní" XML: <SHOP><SHOPITEM id=…>…), read as the rows of its CSV.

Each SHOPITEM holds NAME, SHORT_DESCRIPTION, DESCRIPTION, MANUFACTURER, ITEM_TYPE, APPENDIX, VISIBILITY,
CATEGORIES (CATEGORY paths and DEFAULT_CATEGORY), IMAGES (IMAGE), TEXT_PROPERTIES (TEXT_PROPERTY with
NAME and VALUE), and its offer: CODE, CURRENCY, VAT, PRICE_VAT, STANDARD_PRICE, ACTION_PRICE,
ACTION_PRICE_FROM, ACTION_PRICE_UNTIL, STOCK (AMOUNT); a product with variants has VARIANTS, each VARIANT
an offer of its own with PARAMETERS (PARAMETER with NAME and VALUE), VISIBLE (0: hidden) and IMAGE_REF.
Each item becomes the rows Shoptet's CSV export writes for it (one, or one per variant, sharing a
pairCode: the item's id), keyed by the CSV's tags, and is read by retrieval/shoptet.py.

Safety: a DOCTYPE or ENTITY declaration refuses the file (no entity is ever expanded); a file that is
not well-formed XML is refused with the line of its fault.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Iterator

from retrieval.rows import CatalogError, Row, column_key

SNIFF_BYTES = 8_192
ROOT, ITEM = "SHOP", "SHOPITEM"
ITEM_OPEN = re.compile(rb"<SHOPITEM[\s>/]")
FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")
# An item's own elements, as the CSV tags they are.
ITEM_TAGS = {"NAME": "name", "SHORT_DESCRIPTION": "shortdescription", "DESCRIPTION": "description", "MANUFACTURER": "manufacturer",
             "ITEM_TYPE": "itemtype", "APPENDIX": "appendix", "VISIBILITY": "productvisibility"}  # fmt: skip
OFFER_TAGS = {"CODE": "code", "CURRENCY": "currency", "VAT": "vat", "PRICE_VAT": "pricevat", "STANDARD_PRICE": "standardprice",
              "ACTION_PRICE": "actionprice", "ACTION_PRICE_FROM": "actionpricefrom", "ACTION_PRICE_UNTIL": "actionpriceuntil"}  # fmt: skip
HIDDEN_VARIANT = "hidden"  # a VARIANT whose VISIBLE is 0, as the CSV's visibility says it


def is_shoptet_xml(path: Path) -> bool:
    """An XML file whose first characters open Shoptet's <SHOP> of <SHOPITEM>s with a <NAME>."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    return b"<SHOP" in head and ITEM_OPEN.search(head) is not None and b"<NAME>" in head and b"<PRODUCTNAME>" not in head


def records(path: Path) -> Iterator[tuple[int, Row]]:
    """The CSV rows of each item, at the line of its <SHOPITEM>."""
    raw = path.read_bytes()
    if any(mark in raw for mark in FORBIDDEN):
        raise CatalogError(f"{path.name}: a DOCTYPE or ENTITY declaration is not read (an XML export has none)")
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as error:
        raise CatalogError(f"{path.name} is not well-formed XML (line {error.position[0]}): {error}") from None
    if root.tag != ROOT:
        raise CatalogError(f"{path.name}: its root is <{root.tag}>, not Shoptet's <{ROOT}>")
    lines = [raw.count(b"\n", 0, found.start()) + 1 for found in ITEM_OPEN.finditer(raw)]
    for line, item in zip(lines, root.iter(ITEM)):
        for row in item_rows(item):
            yield line, row


def item_rows(item: ElementTree.Element) -> list[dict[str, str]]:
    product = {tag: _text(item, element) for element, tag in ITEM_TAGS.items() if _text(item, element)}
    product |= _offer(item)
    product |= _numbered("categorytext", [_inner(category) for category in item.findall("CATEGORIES/CATEGORY")])
    if default := _text(item, "CATEGORIES/DEFAULT_CATEGORY"):
        product["defaultcategory"] = default
    images = [_inner(image) for image in item.findall("IMAGES/IMAGE")]
    product |= _numbered("image", images)
    properties = [f"{_text(prop, 'NAME')}: {_text(prop, 'VALUE')}" for prop in item.findall("TEXT_PROPERTIES/TEXT_PROPERTY") if _text(prop, "VALUE")]
    product |= _numbered("textproperty", properties)
    variants = item.findall("VARIANTS/VARIANT")
    if not variants:
        return [product]
    pair = item.get("id", "") or _text(variants[0], "CODE")
    rows = []
    for variant in variants:
        row = product | {key: cell for key, cell in _offer(variant).items() if cell} | {"paircode": pair}
        row |= {f"variant:{column_key(_text(parameter, 'NAME'))}": _text(parameter, "VALUE")
                for parameter in variant.findall("PARAMETERS/PARAMETER") if _text(parameter, "NAME")}  # fmt: skip
        if _text(variant, "VISIBLE") in ("0", "false"):
            row["visibility"] = HIDDEN_VARIANT
        if reference := _text(variant, "IMAGE_REF"):
            row |= _numbered("image", [reference, *images])
        rows.append(row)
    return rows


def _offer(element: ElementTree.Element) -> dict[str, str]:
    offer = {tag: _text(element, name) for name, tag in OFFER_TAGS.items() if _text(element, name)}
    if (stock := _text(element, "STOCK/AMOUNT")) or (stock := _text(element, "STOCK")):
        offer["stock"] = stock
    return offer


def _numbered(prefix: str, cells: list[str]) -> dict[str, str]:
    """{"image": a, "image2": b, ...}, as the CSV numbers its repeated columns."""
    return {prefix + (str(index) if index > 1 else ""): cell for index, cell in enumerate((cell for cell in cells if cell), start=1)}


def _text(element: ElementTree.Element, path: str) -> str:
    found = element.find(path)
    return _inner(found) if found is not None else ""


def _inner(element: ElementTree.Element) -> str:
    """The element's own text (a child-less element's whole text; CDATA read as text)."""
    return "".join(element.itertext()).strip() if len(element) == 0 else (element.text or "").strip()
