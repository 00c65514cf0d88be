"""Squarespace's products export, read as products.

Commerce -> Products (Inventory) -> Export all gives a CSV (`products_<site>_<date>.csv`), one row
per variant: Product ID [Non Editable], Variant ID [Non Editable], Product Type [Non Editable]
(PHYSICAL, DIGITAL, SERVICE, GIFT_CARD), Product Page, Product URL (a slug), Title, Description
(HTML), SKU, Option Name 1 / Option Value 1 ... (up to six), Price, Sale Price, On Sale (Yes/No),
Stock (a number or "Unlimited"), Categories and Tags (comma-separated), Weight, Length, Width,
Height, Visible (Yes/No) and Hosted Image URLs (separated by spaces or line breaks; commas are
read too). A product's own fields are on its first row; its other variants' rows repeat its
Product ID (or leave it blank, in a hand-made import file) and leave the title, description and
images blank (a row that repeats the title under the same Product ID is still a variant). Column
names are matched with or without the "[Non Editable]" suffix.

Prices are plain decimals in the store's currency, which the file does not name: the shop's
`--currency` applies. A product that is not visible is skipped like a draft; a digital product, a
service or a gift card is not a piece of jewellery and is skipped too. Only https:// photo URLs are
taken; any other reference (http://, a path) is refused with a reason.
"""

from __future__ import annotations

import re
from typing import Iterator

from retrieval.formats import SQUARESPACE_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, list_cell

NOT_EDITABLE = re.compile(r"\s*\[non editable\]\s*$")
OPTION_NAME, OPTION_VALUE = re.compile(r"option name (\d+)"), re.compile(r"option value (\d+)")
LIST_SEPARATOR = ","
IMAGE_SEPARATORS = re.compile(r"[\s,]+")
UNLIMITED = "unlimited"
YES, NO = "yes", "no"
PIECE_TYPES = ("physical", "")  # Product Type of a piece; a blank one (a hand-made file) is taken as physical
HIDDEN = "hidden"
# Beside Title and Price, columns only Squarespace's export has together.
MARKS = ("visible", "on sale")
EITHER = ("hosted image urls", "product page", "product id", "variant id")
PRODUCT_FIELDS = ("title", "description", "product url", "product page", "categories", "tags", "hosted image urls", "visible")


def plain_key(key: str) -> str:
    """"product id [non editable]" -> "product id"."""
    return NOT_EDITABLE.sub("", key)


def is_squarespace(keys: set[str]) -> bool:
    plain = {plain_key(key) for key in keys}
    return {"title", "price", *MARKS} <= plain and bool(plain & set(EITHER))


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, with its variant rows gathered."""
    group: list[tuple[int, dict[str, str]]] = []
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        record = {**record, **{plain_key(key): cell for key, cell in record.items()}}  # as written too, for --map
        product_id = record.get("product id", "").strip()
        same_product = bool(group) and product_id == group[0][1].get("product id", "").strip()
        if same_product and product_id:  # a variant row, even one that repeats its product's title
            group.append((line, record))
        elif _starts_product(record):
            yield from _finished(group)
            group = [(line, record)]
        elif group and (same_product or not product_id):
            group.append((line, record))
        else:
            yield from _finished(group)
            group = []
            yield line, RowError(line, "Title: a row without a title that is no variant of the product above it")
    yield from _finished(group)


def _starts_product(record: dict[str, str]) -> bool:
    return bool(record.get("title", "").strip())


def _finished(group: list[tuple[int, dict[str, str]]]) -> Iterator[tuple[int, Product | RowError]]:
    if not group:
        return
    line = group[0][0]
    try:
        yield line, _product(group)
    except ValueError as error:
        yield line, RowError(line, str(error))


def _product(group: list[tuple[int, dict[str, str]]]) -> Product:
    line, first = group[0]
    title = first["title"].strip()
    images, refused = _photos(first.get("hosted image urls", ""))
    handle = first.get("product url", "").strip() or slug(title)
    product = Product(
        line, title=title, id=first.get("sku", "").strip() or first.get("product id", "").strip(), handle=handle,
        description=html_text(first.get("description", "")), kinds=[_category(part) for part in list_cell(first.get("categories", ""), LIST_SEPARATOR)],
        tags=list_cell(first.get("tags", ""), LIST_SEPARATOR), images=images, refused_images=refused, skipped=_not_for_sale(first),
        source_format=SQUARESPACE_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    product.kinds = [kind for kind in product.kinds if kind]
    names = _option_names(first)
    if len(group) == 1 and not names:
        product.price, product.compare_at_price = _price(first)
        product.in_stock = _in_stock(line, first)
        return product
    for variant_line, record in group:
        options = {name: value for _, name, value in _option_values(record, names)}
        price, compare_at = _price(record)
        product.variants.append(
            RawVariant(variant_line, id=record.get("variant id", "").strip(), sku=record.get("sku", "").strip(), options=options,
                       price=price, compare_at_price=compare_at, in_stock=_in_stock(variant_line, record))
        )  # fmt: skip
    product.options = {}
    for variant in product.variants:
        for name, value in variant.options.items():
            values = product.options.setdefault(name, [])
            if value not in values:
                values.append(value)
    return product


def _category(cell: str) -> str:
    """"/shop/rings" or "Rings" -> "rings" / "Rings": a category as a label."""
    return cell.strip().strip("/").rsplit("/", 1)[-1].replace("-", " ").strip()


def _not_for_sale(record: dict[str, str]) -> str:
    kind = record.get("product type", "").strip().lower().replace("_", " ")
    if kind not in PIECE_TYPES:
        return kind
    return HIDDEN if record.get("visible", "").strip().lower() == NO else ""


def _option_names(record: dict[str, str]) -> dict[str, str]:
    """{slot: option name} of a row: {"1": "Ring size", "2": "Metal"}."""
    return {match.group(1): cell.strip() for key, cell in record.items() if (match := OPTION_NAME.fullmatch(key)) and cell.strip()}


def _option_values(record: dict[str, str], names: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    """(slot, the row's own option name, value) for each option value of a row."""
    own = _option_names(record)
    for key, cell in record.items():
        match = OPTION_VALUE.fullmatch(key)
        if match and cell.strip():
            slot = match.group(1)
            yield slot, own.get(slot, "") or names.get(slot, "") or f"Option {slot}", cell.strip()


def _price(record: dict[str, str]) -> tuple[str | None, str | None]:
    """(the price a shopper pays, the price before a sale): the sale price when On Sale is Yes."""
    price = record.get("price", "").strip() or None
    sale = record.get("sale price", "").strip()
    if sale and record.get("on sale", "").strip().lower() == YES:
        return sale, price
    return price, None


def _in_stock(line: int, record: dict[str, str]) -> bool | None:
    cell = record.get("stock", "").strip()
    if not cell:
        return None
    if cell.lower() == UNLIMITED:
        return True
    try:
        return float(cell) > 0
    except ValueError:
        raise ValueError(f"Stock: {cell!r} is not a number or Unlimited (line {line})") from None


def _photos(cell: str) -> tuple[list[str], list[str]]:
    """(the https photo URLs in their order, why each other reference was refused)."""
    return https_photos((("Hosted Image URLs", reference) for reference in IMAGE_SEPARATORS.split(cell.strip())), "a Squarespace export")
