"""Ecwid's product export (Catalog > Products > Export all; also Lightspeed E-Series and Ecwid sold by
resellers), the current catalog format, read as products.

What Ecwid's help says of the file: a CSV whose cells are separated by commas, semicolons or tabs
(its import takes all three; the export writes commas), decimals with a point and no grouping
("1350.99"), UTF-8. Every row has a `type`: `product`, `product_option` (one row per value of an
option) or `product_variation` (one row per combination of option values); other rows (`category`)
describe no product and are passed over. Columns, as exports and importers others wrote show them:
product_internal_id, product_sku, product_name, product_price, product_compare_to_price,
product_is_inventory_tracked, product_quantity, product_quantity_out_of_stock_behaviour,
product_is_available, product_media_main_image_url, product_media_gallery_image_url_1 ...,
product_description (HTML), product_category_1 ..., product_brand, product_ribbon_text,
product_subtitle, product_attribute_<Name> (or _{Name}), product_option_name / _type / _value /
_markup, product_variation_option_<Name> (or _{Name}), product_variation_sku, url, custom_url_slug
and more (weights, shipping, taxes, SEO: not read). Names are matched without regard to case and
spacing (rows.column_key).

An option or variation row belongs to the product whose product_internal_id it repeats (else its
product_sku; a row naming neither belongs to the product row above it). A variation row states its
own price in product_price (else its product's price plus the markups of its option values), its
stock and photo, and its options in product_variation_option_<Name> cells. Option values' markups
(product_option_markup, "25.00", or "10%" of the price) price a product that has options but no
variations from its price plus the cheapest markups to the dearest. product_compare_to_price above
the price is the compare-at price. product_is_available false is a product switched off (not for
sale), and one whose prices are all 0 asks to be asked (price on request: Ecwid's storefront would
show it free, so a shop sets 0 and writes "call for price"); a product whose stock is tracked
(product_is_inventory_tracked true) is out of stock at product_quantity 0 unless it takes
pre-orders, and untracked stock is unlimited (for sale).
Categories are paths ("Jewelry/Rings": the last part the shop's kind label, the rest broader ones),
several per product. The export names no currency: the shop's `--currency` applies. Only https://
photo URLs are taken. Ecwid's legacy 21-column import file (no `type` column) is not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from retrieval.formats import ECWID_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import FALSE_WORDS, Row, RowError, amount_cell, csv_header, column_key, decimal_cell, parse_bool, web_address

SEPARATORS = (",", ";", "\t")  # what Ecwid's import takes; the export writes ","
PRODUCT, OPTION, VARIATION, PASSED_OVER = "product", "product_option", "product_variation", ("category",)
ID, SKU, NAME = "product internal id", "product sku", "product name"
CATEGORY_PATH_SEPARATOR = "/"
NUMBERED = re.compile(r"(\d+)$")  # product_category_2, product_media_gallery_image_url_10
ATTRIBUTE, VARIATION_OPTION = "product attribute ", "product variation option "
GALLERY, CATEGORY = "product media gallery image url ", "product category "
PREORDER = "allow_preorder"  # product_quantity_out_of_stock_behaviour: sold though out of stock
PERCENT = "%"
CHECKBOX = "CHECKBOX"  # product_option_type whose values a shopper may all leave unticked
SWITCHED_OFF = "disabled"
PRICE_ON_REQUEST = "price on request"  # every price 0: Ecwid would show it free, so shops set 0 to be asked ("Call for price")
SOURCE = "an Ecwid export"


def is_ecwid(keys: set[str]) -> bool:
    return "type" in keys and NAME in keys and bool(keys & {ID, SKU})


def separator(path) -> str | None:
    """The separator the file's header is Ecwid's at, else None."""
    for candidate in SEPARATORS:
        if is_ecwid({column_key(name) for name in csv_header(path, candidate)}):
            return candidate
    return None


def products(records: Iterator[tuple[int, Row]], header: list[str] = ()) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its row with its options and variations; bad rows at their line, in line order.
    `header` (the file's column names as written) keeps the case of the option and attribute names they hold."""
    written = {column_key(name): name for name in header}
    groups: dict[str, tuple[int, dict[str, str], list[tuple[int, dict[str, str]]]]] = {}
    last = ""
    found: list[tuple[int, Product | RowError]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        kind = record.get("type", "").strip().lower() or PRODUCT
        if kind in PASSED_OVER:
            continue
        own_id, sku = record.get(ID, "").strip(), record.get(SKU, "").strip()
        key = own_id or sku
        if kind == PRODUCT:
            key = key or f"line {line}"
            if key in groups:
                found.append((line, RowError(line, f"product_internal_id: {key!r} has a product row already (line {groups[key][0]})")))
                continue
            groups[key] = (line, record, [])
            last = key
        elif kind in (OPTION, VARIATION):
            owner = key if key in groups or own_id else last  # a row's own SKU alone may be its variation's
            if owner not in groups:
                found.append((line, RowError(line, f"type {kind}: {key!r} is no product row's product_internal_id or product_sku above it")))
                continue
            groups[owner][2].append((line, record))
        else:
            found.append((line, RowError(line, f"type: {kind!r} is not an Ecwid row type (product, product_option, product_variation)")))
    for line, record, rows in groups.values():
        try:
            found += _product(line, record, rows, written)
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _product(line: int, record: dict[str, str], rows: list[tuple[int, dict[str, str]]], written: dict[str, str]) -> list[tuple[int, Product | RowError]]:
    """The product, and a RowError for each option or variation row that cannot be read."""
    title = html_text(record.get(NAME, ""))
    if not title:
        raise ValueError("product_name: the product row has no name")
    paths = [[part.strip() for part in record[key].split(CATEGORY_PATH_SEPARATOR) if part.strip()] for key in _numbered(record, CATEGORY)]
    paths = [path for path in paths if path]
    brand, ribbon = record.get("product brand", "").strip(), record.get("product ribbon text", "").strip()
    images, refused = _photos(record)
    product = Product(
        line, title=title, id=record.get(ID, "").strip() or record.get(SKU, "").strip() or slug(title),
        handle=record.get("custom url slug", "").strip() or slug(title), description=_description(record),
        kinds=list(dict.fromkeys(path[-1] for path in paths)),
        broader_kinds=list(dict.fromkeys(part for path in paths for part in reversed(path[:-1]))),
        tags=[tag for tag in (brand, ribbon) if tag], vendor=brand, url=web_address(record.get("url", "")), images=images,
        refused_images=refused, skipped=_switched_off(record), source_format=ECWID_FORMAT, extra={"_first_record": record},
    )  # fmt: skip
    if product.skipped:
        return [(line, product)]  # not for sale: its prices and stock are not read, nor rejected
    regular = _amount(record, "product price", line)
    was = _amount(record, "product compare to price", line)
    errors: list[tuple[int, Product | RowError]] = []
    markups: dict[str, dict[str, str]] = {}  # option name -> {value: markup as written}
    optional: set[str] = set()  # options a shopper may leave unchosen (not required, or a checkbox)
    variations = []
    for row_line, row in rows:
        if row.get("type", "").strip().lower() == OPTION:
            name, value = row.get("product option name", "").strip(), row.get("product option value", "").strip()
            if name and value:
                markups.setdefault(name, {})[value] = row.get("product option markup", "").strip()
                if _optional(row):
                    optional.add(name)
        else:
            variations.append((row_line, row))
    names = {column_key(name): name for name in markups}  # a variation's option named as its option rows spell it
    for row_line, row in variations:
        try:
            product.variants.append(_variant(row_line, row, regular, was, markups, names, written, product))
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
    if variations and not product.variants:
        return [(line, RowError(line, "product_variation: none of the product's variation rows can be read")), *errors]
    if not variations:
        if regular is None:
            raise ValueError("product_price: Field required")
        low, high = _markup_range(regular, markups, optional, line)
        product.price, product.price_max = float(regular + low), float(regular + high) if high > low else None
        product.compare_at_price = float(was) if was is not None and was > regular + low else None
        product.in_stock = _in_stock(record, line)
    if _asks_to_be_asked(product):
        product.skipped = PRICE_ON_REQUEST
    attributes = {_named(written.get(key, key), ATTRIBUTE): [cell.strip()] for key, cell in record.items() if key.startswith(ATTRIBUTE) and cell.strip()}
    product.options = attributes | {name: list(values) for name, values in markups.items()} | variant_options(product.variants)
    return [(line, product), *errors]


def _variant(line: int, row: dict[str, str], regular: Decimal | None, was: Decimal | None, markups: dict[str, dict[str, str]],
             names: dict[str, str], written: dict[str, str], product: Product) -> RawVariant:  # fmt: skip
    """A variation row's variant: its options, its own price (else its product's with its options' markups), stock and photo."""
    labels = {key: _named(written.get(key, key), VARIATION_OPTION) for key in row if key.startswith(VARIATION_OPTION)}
    options = {names.get(column_key(label), label): row[key].strip() for key, label in labels.items() if row[key].strip()}
    if not options:
        raise ValueError(f"product_variation: the row on line {line} names no option value (product_variation_option_<Name>)")
    price = _amount(row, "product price", line)
    if price is None and regular is None:
        raise ValueError(f"product_price: the variation on line {line} has no price, nor has its product")
    if price is None:
        price = regular + sum((_markup(markups.get(name, {}).get(value, ""), regular, line) for name, value in options.items()), Decimal(0))
    own_was = _amount(row, "product compare to price", line)
    compare_at = own_was if own_was is not None else was
    photos, refused = _photos(row)
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    if not product.images:
        product.images = photos[:1]  # a product with no photo of its own shows its first variation's
    return RawVariant(
        line, id=row.get("product variation id", "").strip(), sku=row.get("product variation sku", "").strip(), options=options,
        price=float(price), compare_at_price=float(compare_at) if compare_at is not None and compare_at > price else None,
        in_stock=_in_stock(row, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _optional(row: dict[str, str]) -> bool:
    required = row.get("product option is required", "").strip()
    unrequired = bool(required) and not parse_bool(required, "product_option_is_required")
    return unrequired or row.get("product option type", "").strip().upper() == CHECKBOX


def _markup_range(regular: Decimal, markups: dict[str, dict[str, str]], optional: set[str], line: int) -> tuple[Decimal, Decimal]:
    """(the cheapest, the dearest) sum of one markup per option (none for an optional one), a product
    with options but no variations."""
    low = high = Decimal(0)
    for name, values in markups.items():
        amounts = [_markup(markup, regular, line) for markup in values.values()] + ([Decimal(0)] if name in optional else [])
        low, high = low + min(amounts), high + max(amounts)
    return low, high


def _asks_to_be_asked(product: Product) -> bool:
    """Every price the product states is 0: a price on request, not a free piece."""
    prices = [variant.price for variant in product.variants] or [product.price]
    return all(price is not None and price == 0 for price in prices)


def _markup(cell: str, regular: Decimal, line: int) -> Decimal:
    """An option value's markup: "25.00", "-5", "10%" (of the price); blank is none."""
    cell = cell.strip()
    if not cell:
        return Decimal(0)
    percent = cell.endswith(PERCENT)
    amount = decimal_cell(cell.removesuffix(PERCENT).strip())
    if amount is None:
        raise ValueError(f"product_option_markup: {cell!r} is not a price modifier (line {line})")
    return regular * amount / 100 if percent else amount


def _named(column: str, prefix: str) -> str:
    """An option or attribute's name from its column, as written or keyed ("product_attribute_{Metal Type}" -> "Metal Type")."""
    pattern = r"[\s_]+".join(map(re.escape, prefix.split())) + r"[\s_]*"
    return re.sub(f"^{pattern}", "", column.strip(), flags=re.IGNORECASE).strip().strip("{}").strip()


def _numbered(record: dict[str, str], prefix: str) -> list[str]:
    """The keys of the prefix's numbered columns with a cell, in their numbers' order."""
    keys = [key for key in record if key.startswith(prefix) and NUMBERED.search(key) and record[key].strip()]
    return sorted(keys, key=lambda key: int(NUMBERED.search(key).group(1)))


def _description(record: dict[str, str]) -> str:
    """The subtitle, then the description (HTML to text)."""
    parts = (html_text(record.get("product subtitle", "")), html_text(record.get("product description", "")))
    return "\n".join(part for part in dict.fromkeys(parts) if part)


def _switched_off(record: dict[str, str]) -> str:
    cell = record.get("product is available", "").strip()
    return SWITCHED_OFF if cell and cell.lower() in FALSE_WORDS else ""


def _amount(record: dict[str, str], column: str, line: int) -> Decimal | None:
    """A price cell as a number: a point before the decimals, no grouping ("1350.99"), as Ecwid writes them."""
    return amount_cell(record.get(column, ""), decimal_cell, column.replace(' ', '_'), line)


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """Tracked stock above 0 (or pre-orders taken); None when Ecwid does not track it (unlimited)."""
    tracked = record.get("product is inventory tracked", "").strip()
    if not tracked or not parse_bool(tracked, "product_is_inventory_tracked"):
        return None
    cell = record.get("product quantity", "").strip() or "0"
    quantity = decimal_cell(cell)
    if quantity is None:
        raise ValueError(f"product_quantity: {cell!r} is not a number (line {line})")
    return quantity > 0 or record.get("product quantity out of stock behaviour", "").strip().lower() == PREORDER


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    columns = [("product_media_main_image_url", record.get("product media main image url", ""))]
    columns += [(key.replace(" ", "_"), record[key]) for key in _numbered(record, GALLERY)]
    return https_photos(columns, SOURCE)
