"""Shopify's product CSV export, read as products.

Rows are grouped by handle: the product's first row carries its title, body (HTML), vendor, type,
tags, status and option names; every row with option values, a price or a SKU is a variant; a
row with only an image (Image Src, Image Position) is one more photo. Both header generations are
read: the classic one (Handle, Body (HTML), Variant Price, Variant Inventory Qty, Image Src) and
the renamed one of newer exports (URL handle, Description, Price, Inventory quantity, Product
image URL). Products whose Status is draft or archived, or that are not published on the online
store, are skipped; so are gift cards.
"""

from __future__ import annotations

import re
from typing import Iterator

from retrieval.formats import SHOPIFY_FORMAT

from retrieval.product import Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, parse_bool

OPTION_SLOTS = (1, 2, 3)
# Each field, by the column keys (rows.column_key) of both header generations.
COLUMNS: dict[str, tuple[str, ...]] = {
    "handle": ("handle", "url handle"),
    "title": ("title",),
    "body": ("body (html)", "body html", "description"),
    "vendor": ("vendor",),
    "type": ("type", "product type"),
    "category": ("product category", "standard product type"),
    "tags": ("tags",),
    "published": ("published", "published on online store"),
    "status": ("status",),
    "gift card": ("gift card",),
    "sku": ("variant sku", "sku"),
    "variant id": ("variant id",),
    "price": ("variant price", "price"),
    "compare at": ("variant compare at price", "compare-at price", "compare at price"),
    "quantity": ("variant inventory qty", "inventory quantity", "variant inventory quantity"),
    "tracker": ("variant inventory tracker", "inventory tracker"),
    "policy": ("variant inventory policy",),
    "continue selling": ("continue selling when out of stock",),
    "image": ("image src", "product image url", "image url"),
    "image position": ("image position",),
    "variant image": ("variant image", "variant image url"),
    **{f"option{n} name": (f"option{n} name",) for n in OPTION_SLOTS},
    **{f"option{n} value": (f"option{n} value",) for n in OPTION_SLOTS},
}
NOT_FOR_SALE = ("draft", "archived")
KEEP_SELLING = "continue"  # Variant Inventory Policy: sold when out of stock
NO_OPTION_NAME, NO_OPTION_VALUE = "title", "default title"  # a product without options
TAG_SEPARATOR = ","
# A product metafield's column, "Metal (product.metafields.custom.metal)": the shop's own spec of the
# product, read as an option that every variant has ("Metal: Gold Vermeil").
METAFIELD = re.compile(r"^(?:(.+?)\s*\()?product\.metafields\.[\w-]+\.([\w-]+)\)?$")
VARIANT_FIELDS = ("sku", "price", "compare at", "quantity", "variant id", *(f"option{n} value" for n in OPTION_SLOTS))


def is_shopify(keys: set[str]) -> bool:
    return bool(keys & set(COLUMNS["handle"])) and "title" in keys


def _cell(record: dict[str, str], name: str) -> str:
    return next((record[key] for key in COLUMNS[name] if record.get(key)), "")


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product of the export, at the line of its first row."""
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        handle = _cell(record, "handle")
        if not handle:
            yield line, RowError(line, "no Handle: every row of a Shopify export names its product's handle")
            continue
        groups.setdefault(handle, []).append((line, record))
    for handle, rows in groups.items():
        line = rows[0][0]
        try:
            yield line, _product(handle, rows)
        except ValueError as error:
            yield line, RowError(line, str(error))


def _product(handle: str, rows: list[tuple[int, dict[str, str]]]) -> Product:
    line, first = rows[0]
    title = _cell(first, "title")
    if not title:
        raise ValueError(f"title: the first row of {handle!r} has no Title")
    product = Product(
        line, title=title, id=handle, handle=handle, description=html_text(_cell(first, "body")),
        vendor=_cell(first, "vendor"), kinds=[kind for kind in (_cell(first, "type"), _leaf(_cell(first, "category"))) if kind],
        tags=[tag.strip() for tag in _cell(first, "tags").split(TAG_SEPARATOR) if tag.strip()],
        skipped=_not_for_sale(first), source_format=SHOPIFY_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    names = {n: _cell(first, f"option{n} name") for n in OPTION_SLOTS if _cell(first, f"option{n} name")}
    for row_line, record in rows:
        if any(_cell(record, name) for name in VARIANT_FIELDS):
            product.variants.append(_variant(row_line, record, names))
    product.options = _metafields(first) | variant_options(product.variants)
    if not product.skipped and product.variants and all(_zero(variant.price) for variant in product.variants):
        product.skipped = "price on request"  # every variant at 0.00: the shop asks to be asked for the price
    product.images = _images(rows)
    if not product.id:
        product.id = slug(title)
    return product


def _metafields(first: dict[str, str]) -> dict[str, list[str]]:
    """The product metafields filled in on its first row, by their label (or key): {"metal": ["Gold Vermeil"]}."""
    found = {}
    for key, value in first.items():
        match = METAFIELD.match(key)
        if match and value and value.strip():
            found[(match.group(1) or match.group(2)).replace("_", " ")] = [value.strip()]
    return found


def _zero(price: str | None) -> bool:
    try:
        return price is not None and float(price) == 0
    except ValueError:
        return False  # a price written otherwise ("NT$0") is left to the price reader


def _not_for_sale(first: dict[str, str]) -> str:
    status = _cell(first, "status").lower()
    if status in NOT_FOR_SALE:
        return status
    published = _cell(first, "published")
    if published and not _true(published):
        return "unpublished"
    if _cell(first, "gift card") and _true(_cell(first, "gift card")):
        return "gift card"
    return ""


def _true(value: str) -> bool:
    try:
        return parse_bool(value, "published")
    except ValueError:
        return True  # a value Shopify does not write: not a reason to hide a product


def _leaf(taxonomy: str) -> str:
    """Shopify's standard product category, "Apparel & Accessories > Jewelry > Rings" -> "Rings"."""
    return taxonomy.rsplit(">", 1)[-1].strip()


def _variant(line: int, record: dict[str, str], names: dict[int, str]) -> RawVariant:
    options = {names[n]: _cell(record, f"option{n} value") for n in names if _cell(record, f"option{n} value")}
    if {name.lower() for name in options} == {NO_OPTION_NAME} and all(v.lower() == NO_OPTION_VALUE for v in options.values()):
        options = {}
    return RawVariant(
        line, id=_cell(record, "variant id"), sku=_cell(record, "sku"), options=options,
        price=_cell(record, "price") or None, compare_at_price=_cell(record, "compare at") or None,
        in_stock=_in_stock(line, record), image=_cell(record, "variant image"),
    )  # fmt: skip


def _in_stock(line: int, record: dict[str, str]) -> bool | None:
    """Sold now: inventory not tracked, sold when out of stock, or a quantity above 0."""
    if not _cell(record, "tracker") and not _cell(record, "quantity"):
        return None
    if _cell(record, "policy").lower() == KEEP_SELLING or _true_flag(_cell(record, "continue selling")):
        return True
    quantity = _cell(record, "quantity")
    try:
        return float(quantity) > 0 if quantity else True
    except ValueError:
        raise ValueError(f"inventory quantity: {quantity!r} is not a number (the variant on line {line})") from None


def _true_flag(value: str) -> bool:
    return bool(value) and value.strip().lower() in ("true", "yes", "1")


def _images(rows: list[tuple[int, dict[str, str]]]) -> list[str]:
    """The product's photos, by Image Position (the first is the main one), then variant photos."""
    placed = []
    for order, (_, record) in enumerate(rows):
        image = _cell(record, "image")
        if image:
            position = _cell(record, "image position")
            placed.append((int(position) if position.isdigit() else len(rows) + order, order, image))
    images = [image for _, _, image in sorted(placed)]
    images += [_cell(record, "variant image") for _, record in rows if _cell(record, "variant image")]
    return list(dict.fromkeys(images))
