"""Wix Stores' products export, read as products.

Store Products -> More Actions -> Export gives a CSV (`catalog_products.csv`): a row per product
(fieldType `Product`), then a row per variant (`Variant`), tied by handleId ("product_<uuid>" in an
export). Its columns: handleId, fieldType, name, description (HTML), productImageUrl (file names on
Wix's media host, "2b8f3a_<32 hex>~mv2.jpg", separated by ";"), collection (";"-separated), sku,
ribbon, price, surcharge, visible (true/false), discountMode (PERCENT or AMOUNT), discountValue,
inventory (InStock, OutOfStock or a quantity), weight, cost, productOptionName1 / Type1 (DROP_DOWN
or COLOR) / Description1 ... 6, additionalInfoTitle1 / Description1 ... 6 (HTML), customTextField1
..., brand; older exports have no cost or brand. Names are matched without regard to case, spacing
or underscores ("Handle ID").

A product row's productOptionDescriptionN lists the option's choices (";"-separated), a variant
row's holds its own; a COLOR choice is written with its swatch, "#b81616:Red" or
"rgb(193, 180, 123):Cream", and read as its name. A variant row leaves the price blank: its price is
the product's plus its surcharge (a price a hand-made file gives a variant row replaces the product's). A discount takes PERCENT or AMOUNT off every price, and the price
before it is the compare-at price. The variants' inventory is the stock when there are variants.

Prices are plain decimals in the store's currency, which the file does not name: the shop's
`--currency` applies. A product whose visible is false is skipped like a draft; a hidden variant is
not offered. Collections are read as the shop's kind labels, the ribbon ("New Arrival") and brand as
its tags, additional info sections as more description. A media file name becomes its https:// URL
on Wix's media host and a full https:// URL is taken as it is; any other reference (http://, a
path) is refused with a reason.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator

from retrieval.formats import WIX_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, decimal_cell, list_cell, parse_bool

MEDIA_HOST = "https://static.wixstatic.com/media/"
MEDIA_NAME = re.compile(r"[0-9a-z]{6}_[0-9A-Za-z]{16,}[\w.~-]*")  # "2b8f3a_90ba0452...~mv2.jpg": a file on the media host
SWATCH = re.compile(r"\s*(?:#[0-9A-Fa-f]{3,8}|rgba?\([^)]*\))\s*:(.*)", re.DOTALL)  # "#b81616:Red" -> "Red"
LIST_SEPARATOR = ";"
SLOTS = range(1, 7)  # of the product options and the additional info sections
PRODUCT, VARIANT = "product", "variant"
IN_STOCK, OUT_OF_STOCK = "instock", "outofstock"
PERCENT, AMOUNT = "PERCENT", "AMOUNT"
HIDDEN = "hidden"
CENT = Decimal("0.01")
# Columns only Wix's export has together: these four and one of the others.
MARKS = ("handleid", "fieldtype", "name", "price")
EITHER = ("productimageurl", "surcharge", "discountmode", "productoptionname1", "ribbon")


def wix_key(key: str) -> str:
    """"handle id" (rows.column_key of "Handle ID" or "handle_id") -> "handleid"."""
    return key.replace(" ", "")


def is_wix(keys: set[str]) -> bool:
    plain = {wix_key(key) for key in keys}
    return set(MARKS) <= plain and bool(plain & set(EITHER))


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its Product row, with its Variant rows; bad rows at their line."""
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        record = {**record, **{wix_key(key): cell for key, cell in record.items()}}  # as written too, for --map
        handle, kind = record.get("handleid", "").strip(), record.get("fieldtype", "").strip().lower()
        if kind not in (PRODUCT, VARIANT):
            found.append((line, RowError(line, f"fieldType: {record.get('fieldtype', '')!r} is not Product or Variant")))
        elif not handle:
            found.append((line, RowError(line, "handleId: the row names no product")))
        elif kind == PRODUCT and handle in groups:
            found.append((line, RowError(line, f"handleId: {handle!r} has a Product row already (line {groups[handle][0][0]})")))
        elif kind == PRODUCT:
            groups[handle] = [(line, record)]
        elif handle in groups:
            groups[handle].append((line, record))
        else:
            found.append((line, RowError(line, f"handleId: a Variant row of {handle!r}, which has no Product row above it")))
    found += [_finished(group) for group in groups.values()]
    yield from sorted(found, key=lambda entry: entry[0])


def _finished(group: list[tuple[int, dict[str, str]]]) -> tuple[int, Product | RowError]:
    line = group[0][0]
    try:
        return line, _product(group)
    except ValueError as error:
        return line, RowError(line, str(error))


def _product(group: list[tuple[int, dict[str, str]]]) -> Product:
    line, first = group[0]
    title = first.get("name", "").strip()
    if not title:
        raise ValueError("name: the Product row has no name")
    images, refused = _photos(first.get("productimageurl", ""))
    brand = first.get("brand", "").strip()
    product = Product(
        line, title=title, id=first.get("sku", "").strip() or first["handleid"].strip(), handle=slug(title),
        description=_description(first), kinds=list_cell(first.get("collection", ""), LIST_SEPARATOR), vendor=brand,
        tags=[tag for tag in (first.get("ribbon", "").strip(), brand) if tag], images=images, refused_images=refused,
        skipped="" if _visible(first) else HIDDEN, source_format=WIX_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    if product.skipped:
        return product  # not for sale: its prices and stock are not read, nor rejected
    names = {slot: name for slot in SLOTS if (name := first.get(f"productoptionname{slot}", "").strip())}
    base, discount = _amount(first, "price", line), _discount(first)
    if base is None:
        raise ValueError("price: Field required")
    for variant_line, record in group[1:]:
        if _visible(record):
            own = _amount(record, "price", variant_line)  # blank in an export; a hand-made file may state it
            surcharge = _amount(record, "surcharge", variant_line) or Decimal(0)
            price, compare_at = _sale((base if own is None else own) + surcharge, discount)
            product.variants.append(
                RawVariant(variant_line, sku=record.get("sku", "").strip(), options=_variant_options(record, names),
                           price=price, compare_at_price=compare_at, in_stock=_in_stock(record, variant_line))
            )  # fmt: skip
    product.options = _options(first, names, product.variants)
    if not product.variants:
        product.price, product.compare_at_price = _sale(base, discount)
    product.in_stock = _product_stock(first, line, varied=len(group) > 1, offered=bool(product.variants))
    return product


def _description(first: dict[str, str]) -> str:
    """The description, then each additional info section ("Materials", "Care") under its title."""
    parts = [html_text(first.get("description", ""))]
    for slot in SLOTS:
        title, text = first.get(f"additionalinfotitle{slot}", "").strip(), html_text(first.get(f"additionalinfodescription{slot}", ""))
        if text:
            parts.append(f"{title}\n{text}" if title else text)
    return "\n".join(part for part in parts if part)


def _visible(record: dict[str, str]) -> bool:
    cell = record.get("visible", "").strip()
    try:
        return parse_bool(cell, "visible") if cell else True
    except ValueError:
        return True  # a value Wix does not write: not a reason to hide a product


def _choice(cell: str) -> str:
    """"#b81616:Red" -> "Red"; any other choice as it is written."""
    swatch = SWATCH.fullmatch(cell)
    return (swatch.group(1) if swatch else cell).strip()


def _variant_options(record: dict[str, str], names: dict[int, str]) -> dict[str, str]:
    options = {}
    for slot in SLOTS:
        value = _choice(record.get(f"productoptiondescription{slot}", ""))
        if value:
            options[names.get(slot, f"Option {slot}")] = value
    return options


def _options(first: dict[str, str], names: dict[int, str], variants: list[RawVariant]) -> dict[str, list[str]]:
    """{option name: choices}: the product row's choices, only those a visible variant offers when it
    has variants, in the product row's order."""
    listed = {name: [choice for part in list_cell(first.get(f"productoptiondescription{slot}", ""), LIST_SEPARATOR) if (choice := _choice(part))]
              for slot, name in names.items()}  # fmt: skip
    if not variants:
        return {name: choices for name, choices in listed.items() if choices}
    options = variant_options(variants)
    order = {name: {choice: index for index, choice in enumerate(choices)} for name, choices in listed.items()}
    return {name: sorted(values, key=lambda value: order.get(name, {}).get(value, len(values))) for name, values in options.items()}


def _amount(record: dict[str, str], column: str, line: int) -> Decimal | None:
    cell = record.get(column.lower(), "").strip()
    if not cell:
        return None
    amount = decimal_cell(cell)
    if amount is None:
        where = f" (the variant on line {line})" if record.get("fieldtype", "").strip().lower() == VARIANT else ""
        raise ValueError(f"{column}: {cell!r} is not a number{where}")
    return amount


def _discount(first: dict[str, str]) -> tuple[str, Decimal] | None:
    """(PERCENT or AMOUNT, how much off), None for no discount (a value of 0, Wix's default)."""
    value = _amount(first, "discountValue", 0)
    if not value:
        return None
    mode = first.get("discountmode", "").strip().upper()
    if mode not in (PERCENT, AMOUNT):
        raise ValueError(f"discountMode: {first.get('discountmode', '')!r} is not PERCENT or AMOUNT")
    if value < 0 or (mode == PERCENT and value >= 100):
        raise ValueError(f"discountValue: {value} {mode.lower()} off is not a discount")
    return mode, value


def _sale(price: Decimal, discount: tuple[str, Decimal] | None) -> tuple[float, float | None]:
    """(the price a shopper pays, the price before the discount or None)."""
    if discount is None:
        return float(price), None
    mode, value = discount
    sale = (price * (1 - value / 100) if mode == PERCENT else price - value).quantize(CENT, ROUND_HALF_UP)
    if sale < 0:
        raise ValueError(f"discountValue: {value} off {price} leaves less than nothing to pay")
    return float(sale), float(price)


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    cell = record.get("inventory", "").strip()
    word = cell.lower().replace(" ", "")
    if not cell:
        return None
    if word in (IN_STOCK, OUT_OF_STOCK):
        return word == IN_STOCK
    try:
        return float(cell) > 0
    except ValueError:
        raise ValueError(f"inventory: {cell!r} is not a quantity, InStock or OutOfStock (line {line})") from None


def _product_stock(first: dict[str, str], line: int, varied: bool, offered: bool) -> bool | None:
    """A product's own stock: its inventory without variants; with them, only an InStock or
    OutOfStock word (Wix writes 0 there when the variants hold the stock), and out of stock when
    every variant is hidden."""
    if varied and not offered:
        return False
    stock = _in_stock(first, line)
    if not varied:
        return stock
    word = first.get("inventory", "").strip().lower().replace(" ", "")
    return stock if word in (IN_STOCK, OUT_OF_STOCK) else None


def _photos(cell: str) -> tuple[list[str], list[str]]:
    """(the https photo URLs in their order, why each other reference was refused): a media file
    name on Wix's media host, a full https:// URL as it is."""
    references = [MEDIA_HOST + part if MEDIA_NAME.fullmatch(part) else part for part in list_cell(cell, LIST_SEPARATOR)]
    return https_photos((("productImageUrl", reference) for reference in references), "a Wix export")
