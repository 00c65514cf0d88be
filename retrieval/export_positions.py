"""A translated WooCommerce export's unknown column names read by where they stand.

WooCommerce's product CSV exporter (WC_Product_CSV_Exporter::get_default_column_names) writes its
columns in one fixed order, whatever the admin's language; only their names are translated. A name
no language table holds (a pack revision not read, a shop's own wording) is read as the exporter's
column at its place when the names on both sides of it are known and stand exactly as far apart as
in the exporter's order: "Napomena o kupnji, Akcijska cijena, Redovna cijena" between "Allow customer
reviews?" and "Categories" are "Purchase note, Sale price, Regular price". The exporter's attribute
columns come in groups (name, value(s), visible, global, then default when set): the two names before a
known "Attribute n visible" are that attribute's name and value(s).

    by_position(["id", "vrsta", "x", "naziv"], {"vrsta": "type", "naziv": "name"})   # {} (too few anchors)
"""

from __future__ import annotations

import re

from retrieval.rows import column_key

# The exporter's default columns in its order (WooCommerce 9.x; "GTIN, UPC, EAN, or ISBN" since 9.2,
# "Brands" and "Cost of goods" in newer releases sit after "Position"): an older release lacking one
# shifts the rest, which a gap read between two known names on the same side of it never spans.
EXPORTER_COLUMNS = tuple(column_key(name) for name in (
    "ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
    "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount",
    "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?",
    "Purchase note", "Sale price", "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit",
    "Download expiry days", "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
))  # fmt: skip
UNITS = re.compile(r"\s*\([^)]*\)$")  # "weight (g)" stands where "weight (kg)" does
MIN_ANCHORS = 8  # known names a header must have before its unknown ones are read by place
ATTRIBUTE_VISIBLE = re.compile(r"attribute (\d+) visible")


def _place(english: str) -> int | None:
    bare = {UNITS.sub("", name): index for index, name in enumerate(EXPORTER_COLUMNS)}
    index = EXPORTER_COLUMNS.index(english) if english in EXPORTER_COLUMNS else bare.get(UNITS.sub("", english))
    return index


def by_position(header: list[str], renamed: dict[str, str]) -> dict[str, str]:
    """{column key: English column key} for the header's names no table read, taken from their place."""
    english = [renamed.get(key, key) for key in header]
    places = [_place(name) for name in english]
    if sum(place is not None for place in places) < MIN_ANCHORS:
        return {}
    read = _gaps(header, places)
    read.update(_attributes(header, english, renamed))
    return {key: name for key, name in read.items() if key not in renamed and key not in EXPORTER_COLUMNS}


def _gaps(header: list[str], places: list[int | None]) -> dict[str, str]:
    read: dict[str, str] = {}
    anchors = [index for index, place in enumerate(places) if place is not None]
    for left, right in zip(anchors, anchors[1:]):
        if right - left > 1 and places[right] - places[left] == right - left:
            for offset in range(1, right - left):
                read[header[left + offset]] = EXPORTER_COLUMNS[places[left] + offset]
    return read


def _attributes(header: list[str], english: list[str], renamed: dict[str, str]) -> dict[str, str]:
    read: dict[str, str] = {}
    for index, name in enumerate(english):
        match = ATTRIBUTE_VISIBLE.fullmatch(name)
        if not match or index < 2:
            continue
        slots = {header[index - 2]: f"attribute {match.group(1)} name", header[index - 1]: f"attribute {match.group(1)} value(s)"}
        if all(renamed.get(key, name) == name for key, name in slots.items()):  # a known one stands in its own slot
            read.update(slots)
    return read
