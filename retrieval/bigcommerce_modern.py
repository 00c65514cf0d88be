"""BigCommerce's modern product export (the Import/Export experience of v3 catalogs), read as products.

A row per item, `Item` saying which: a `Product` row (ID, Name, Type Physical/Digital, SKU, Price,
Sale Price, Description (HTML), Categories, Custom Fields, Search Keywords, Is Visible, Inventory
Tracking none / product / variant, Current Stock, Product URL, ...), then its `Variant` rows (SKU,
Options, Price, Sale Price, Current Stock, Variant Image URL) and its `Image` rows (Image URL
(Import), or Internal Image URL (Export) as the store exports them, Image is Thumbnail, Image Sort
Order); `Video` rows are not read. A variant's Options name each option as
"Type=Rectangle|Name=Size|Value=7", one after another (a swatch's value written "Red[#FF0000]"); a
variant without a price costs the product's. Categories are the store's category ids, numbers that
say nothing of a piece; a category written as a name is read as the shop's kind label. The rest is
read as in the Bulk Edit export (retrieval/bigcommerce.py): the shop's `--currency`, a sale price
under the compare-at price, custom fields as the shop's statements, a product not visible or
digital skipped, only https:// photo URLs taken.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from retrieval.bigcommerce import add_custom_fields, finished, required_price, stated_product
from retrieval.product import Product, RawVariant, https_photos
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, Row, RowError, price_cell

PRODUCT, VARIANT, IMAGE, VIDEO = "product", "variant", "image", "video"
DIGITAL = "digital"
HIDDEN = "hidden"
NO_TRACKING, BY_PRODUCT = "none", "product"
# Columns only the modern export has together: these and one of the others.
MARKS = ("item", "name", "sku", "price")
EITHER = ("options", "inventory tracking", "is visible", "image url (import)", "internal image url (export)", "variant image url", "current stock")
IMAGE_COLUMNS = ("image url (import)", "internal image url (export)")
OPTION = re.compile(r"Name=([^|]*)\|Value=(.*?)\s*(?=\|*\s*Type=|$)", re.DOTALL)
SWATCH = re.compile(r"(.*?)\s*\[[^\]]*\]\s*")  # "Red[#FF0000]" -> "Red"
CATEGORY_SEPARATOR, PATH_SEPARATOR = re.compile(r"[;,]"), "/"


def is_modern(keys: set[str]) -> bool:
    return set(MARKS) <= keys and bool(keys & set(EITHER))


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its Product row, with the Variant and Image rows under it."""
    group: list[tuple[int, dict[str, str]]] = []
    within: list[tuple[int, RowError]] = []  # bad rows among a product's, reported after it in line order
    for line, record in records:
        kind = record.get("item", "").strip().lower() if isinstance(record, dict) else ""
        if isinstance(record, RowError):
            within.append((line, record))
        elif kind == PRODUCT:
            yield from finished(group, within, _product)
            group, within = [(line, record)], []
        elif kind in (VARIANT, IMAGE, VIDEO) and group:
            group.append((line, record))
        elif kind in (VARIANT, IMAGE, VIDEO):
            within.append((line, RowError(line, f"Item: a {record['item'].strip()} row with no Product row above it")))
        else:
            within.append((line, RowError(line, f"Item: {record.get('item', '')!r} is not Product, Variant, Image or Video")))
    yield from finished(group, within, _product)


def _rows(group: list[tuple[int, dict[str, str]]], kind: str) -> list[tuple[int, dict[str, str]]]:
    return [(line, record) for line, record in group[1:] if record["item"].strip().lower() == kind]


def _product(group: list[tuple[int, dict[str, str]]]) -> Product:
    line, first = group[0]
    title = first.get("name", "").strip()
    if not title:
        raise ValueError("Name: the Product row has no name")
    categories = [[part.strip() for part in path.split(PATH_SEPARATOR) if part.strip()] for path in CATEGORY_SEPARATOR.split(first.get("categories", ""))]
    categories = [path for path in categories if path and not path[-1].isdigit()]  # a category id says nothing
    brand = (first.get("brand name", "") or first.get("brand", "")).strip()
    brand = "" if brand.isdigit() else brand  # a brand id says nothing
    product = stated_product(
        line, first, title, first.get("sku", "").strip() or first.get("id", "").strip(), first.get("description", ""),
        categories, brand, _photos(_rows(group, IMAGE)), _not_for_sale(first),
    )  # fmt: skip
    if product.skipped:
        return product  # not for sale: its prices and stock are not read, nor rejected
    regular = required_price(first, line)
    tracking = first.get("inventory tracking", "").strip().lower()
    for variant_line, record in _rows(group, VARIANT):
        own = price_cell(record.get("price", ""), "Price", variant_line)
        price, compare_at = _sale(own if own is not None else regular, record, first, variant_line)
        photos, refused = https_photos([(f"Variant Image URL (line {variant_line})", record.get("variant image url", ""))], "a BigCommerce export")
        product.refused_images += refused
        product.variants.append(
            RawVariant(variant_line, sku=record.get("sku", "").strip(), options=_options(record.get("options", ""), variant_line),
                       price=float(price), compare_at_price=compare_at, image=next(iter(photos), ""),
                       in_stock=_in_stock(first if tracking == BY_PRODUCT else record, tracking, variant_line))
        )  # fmt: skip
    add_custom_fields(product, first.get("custom fields", ""))
    if not product.variants:
        price, product.compare_at_price = _sale(regular, first, first, line)
        product.price, product.in_stock = float(price), _in_stock(first, tracking, line)
    return product


def _not_for_sale(first: dict[str, str]) -> str:
    if first.get("type", "").strip().lower() == DIGITAL:
        return DIGITAL
    return HIDDEN if first.get("is visible", "").strip().lower() in FALSE_WORDS else ""


def _sale(price: Decimal, record: dict[str, str], first: dict[str, str], line: int) -> tuple[Decimal, float | None]:
    """(the price paid, the price before a sale or None): the row's Sale Price, else the product's
    when the row has no price of its own, when above 0 and below the price."""
    sale = price_cell(record.get("sale price", ""), "Sale Price", line)
    if sale is None and record is not first and not record.get("price", "").strip():
        sale = price_cell(first.get("sale price", ""), "Sale Price", line)
    return (sale, float(price)) if sale is not None and 0 < sale < price else (price, None)


def _options(cell: str, line: int) -> dict[str, str]:
    """"Type=Rectangle|Name=Size|Value=7Type=Swatch|Name=Metal|Value=Rose Gold[#B76E79]" ->
    {"Size": "7", "Metal": "Rose Gold"}."""
    options = {}
    for name, value in OPTION.findall(cell):
        swatch = SWATCH.fullmatch(value)
        if name.strip() and value.strip():
            options[name.strip()] = (swatch.group(1) if swatch else value).strip()
    if cell.strip() and not options:
        raise ValueError(f"Options: {cell[:60]!r} on line {line} names no option as Type=Rectangle|Name=Size|Value=7 does")
    return options


def _in_stock(record: dict[str, str], tracking: str, line: int) -> bool | None:
    cell = record.get("current stock", "").strip()
    if tracking == NO_TRACKING or not cell:
        return None
    try:
        return float(cell) > 0
    except ValueError:
        raise ValueError(f"Current Stock: {cell!r} is not a number (line {line})") from None


def _photos(images: list[tuple[int, dict[str, str]]]) -> tuple[list[str], list[str]]:
    """(the https photo URLs of the Image rows, the thumbnail first and the rest by their sort
    order, why each other reference was refused)."""
    def order(entry: tuple[int, dict[str, str]]) -> tuple[bool, float, int]:
        line, record = entry
        sort = record.get("image sort order", "").strip()
        return record.get("image is thumbnail", "").strip().lower() not in TRUE_WORDS, float(sort) if _number(sort) else 0.0, line

    references = []
    for line, record in sorted(images, key=order):
        column = next((column for column in IMAGE_COLUMNS if record.get(column, "").strip()), None)
        if column is not None:
            references.append((f"{_title(column)} (line {line})", record[column]))
    return https_photos(references, "a BigCommerce export")


def _title(column: str) -> str:
    """"image url (import)" -> "Image URL (Import)"."""
    return " ".join(word.upper() if word == "url" else word.title() for word in column.split())


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
