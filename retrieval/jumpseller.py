"""Jumpseller's product CSV export (Products -> Export; the file Products -> Import takes back), read as
products.

Its columns, in the order Jumpseller's import help and template give them: Permalink, Name, Description
(HTML), Meta Title, Meta Description, Width, Length (the help spells it "Lenght"), Height, Brand, Barcode,
Categories, Images, Digital, Featured, Status, SKU, Weight, Cost per item, Compare at price, Stock, Stock
Unlimited, Stock Notification, Stock Threshold, Price, Quotable, Minimum / Maximum Quantity, Variant Image,
Variant <n> Option Name / Type / Value / Custom, Custom Field <n> Label / Value / Type, Google Product
Category (older files have fewer of them; only the ones read here matter). "," between the cells (";" as a
spreadsheet saves it again is read too, sniffed); UTF-8 with or without a BOM.

A product is its first row (its Name, description, brand, categories, images and status) and the rows
after it with the same Permalink (a row naming neither Permalink nor Name, as in an import file for new
products, belongs to the product above): each such row is a variant with its own SKU, Price (else the
product's), Stock, Stock Unlimited, Variant Image and option values ("Variant 1 Option Name" Talla,
"Variant 1 Option Value" 16). The first row is a variant too when it has option values itself. The item's
id and handle are the Permalink (the Name folded when a new product's is blank).

Status "disabled" is not for sale (skipped); "not-available" is listed, out of stock; a Digital product
(YES) is not a piece of jewellery (skipped); a Quotable one (YES), or one with no Price on any row, is a
price on request (skipped, never refused). Stock Unlimited YES is in stock; NO with Stock 0 is out of
stock. Prices are plain numbers ("1500.0", "1290,50", "1.290,50") in the shop's currency, which the file
does not name: the shop's `--currency` applies. A "Compare at price" above the price is the compare-at
one. Categories (several, separated by ",") are names or permalinks ("anillos-de-oro"), a "/" path's last
part the kind and the rest broader ones. Images are URLs separated by ","; only https:// ones are taken.
Custom Field <n> Label / Value pairs are the product's stated options (Material: Plata 925). Weight,
dimensions, barcode, cost, SEO fields, Featured and the stock thresholds are not read.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, amount_cell, flag_cell, list_cell, marked_decimal

JUMPSELLER_FORMAT = "jumpseller"
SEPARATORS = (",", ";")  # Jumpseller writes ","; a spreadsheet saved again in a comma-decimal locale ";"
TABLE = Path(__file__).with_name("lexicon") / "jumpseller.toml"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
PERMALINK, NAME = "permalink", "name"
# Beside Permalink and Name, columns only Jumpseller's export has (one is enough).
MARKS = ("stock unlimited", "variant 1 option name", "variant 1 option value", "variant image", "meta title")
DESCRIPTIONS = ("description", "description (html)", "meta description")
OPTION_NAME, OPTION_VALUE = re.compile(r"variant (\d+) option name"), "variant {n} option value"
FIELD_LABEL, FIELD_VALUE = re.compile(r"custom field (\d+) label"), "custom field {n} value"
LIST_SEPARATOR, PATH_SEPARATOR = ",", "/"
PHOTO_SEPARATOR = re.compile(r"[,;|\s]+")
DISABLED, DIGITAL, PRICE_ON_REQUEST = "disabled", "digital", "price on request"  # why a product is not for sale
SOURCE = "a Jumpseller export"


def _fold(word: str) -> str:
    """"Not_Available", "not available" -> "not-available"."""
    return "-".join(word.replace("_", " ").replace("-", " ").lower().split())


STATUS = {_fold(word): status for status, words in _DATA["status"].items() for word in words}
YES = {_fold(word) for word in _DATA["flags"]["yes"]}
NO = {_fold(word) for word in _DATA["flags"]["no"]}
STATUS_WORDS = " or ".join(word for words in _DATA["status"].values() for word in words)


def is_jumpseller(keys: set[str] | list[str]) -> bool:
    keys = set(keys)
    return {PERMALINK, NAME} <= keys and any(mark in keys for mark in MARKS)


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, the rows sharing its Permalink as variants; bad rows
    at their line, in line order."""
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    last = ""  # the product a row naming neither Permalink nor Name belongs to: the one above
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        key = record.get(PERMALINK, "").strip() or slug(record.get(NAME, "")) or last
        if not key:
            found.append((line, RowError(line, "Permalink: a row with neither Permalink nor Name, and no product above it")))
            continue
        groups.setdefault(key, []).append((line, record))
        last = key
    for key, rows in groups.items():
        found += _product(key, rows)
    yield from sorted(found, key=lambda entry: entry[0])


def _product(key: str, rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, Product | RowError]]:
    """The product and a RowError for each of its rows that cannot be read (the rest are its variants)."""
    line, first = rows[0]
    name = html_text(first.get(NAME, ""))
    if not name:
        return [(row_line, RowError(row_line, f"Name: the product {key!r} has no name on its first row (line {line})")) for row_line, _ in rows]
    kinds, broader = _categories(first.get("categories", ""))
    images, refused = _photos(first.get("images", ""), "Images")
    try:
        status = _status(first, line)
        skipped = _skipped(first, status, line) or (PRICE_ON_REQUEST if _on_request(first, rows, line) else "")
    except ValueError as error:
        return [(line, RowError(line, str(error)))]
    product = Product(
        line, title=name, id=key, handle=key, description=_description(first), kinds=kinds, broader_kinds=broader,
        vendor=first.get("brand", "").strip(), images=images, refused_images=refused, skipped=skipped,
        source_format=JUMPSELLER_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    if product.skipped:
        return [(line, product)]
    listed_out = status == "not_available"
    variant_rows = [(row_line, row) for row_line, row in rows if row_line != line or _options(row)]
    errors: list[tuple[int, Product | RowError]] = []
    if not variant_rows:  # a product without variants: its own row is its offer
        try:
            product.price, product.compare_at_price = _prices(first, {}, line)
            product.in_stock = False if listed_out else _in_stock(first, line)
        except ValueError as error:
            return [(line, RowError(line, str(error)))]
        product.options = _custom_fields(first)
        return [(line, product)]
    for row_line, row in variant_rows:
        try:
            product.variants.append(_variant(row_line, row, first if row_line != line else {}, listed_out))
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
    if not product.variants:
        return errors
    product.options = _custom_fields(first) | variant_options(product.variants)
    if listed_out:
        product.in_stock = False
    return [(line, product), *errors]


def _variant(line: int, row: dict[str, str], first: dict[str, str], listed_out: bool) -> RawVariant:
    """A variant row's offer: its option values, price (else its product's), stock, SKU and photo."""
    price, compare_at = _prices(row, first, line)
    photos, _ = _photos(row.get("variant image", ""), "Variant Image")
    return RawVariant(
        line, sku=row.get("sku", "").strip(), options=_options(row), price=price, compare_at_price=compare_at,
        in_stock=False if listed_out else _in_stock(row, line), image=photos[0] if photos else "",
    )  # fmt: skip


def _options(row: dict[str, str]) -> dict[str, str]:
    """{option name: value} of a row's "Variant <n> Option Name / Value" pairs that have a value."""
    options = {}
    for key, cell in row.items():
        match = OPTION_NAME.fullmatch(key)
        value = row.get(OPTION_VALUE.format(n=match.group(1)), "").strip() if match else ""
        if value:
            options[cell.strip() or f"Option {match.group(1)}"] = value
    return options


def _custom_fields(row: dict[str, str]) -> dict[str, list[str]]:
    """{label: [value]} of the product's "Custom Field <n> Label / Value" pairs."""
    fields: dict[str, list[str]] = {}
    for key, cell in row.items():
        match = FIELD_LABEL.fullmatch(key)
        value = row.get(FIELD_VALUE.format(n=match.group(1)), "").strip() if match else ""
        if value and cell.strip():
            fields.setdefault(cell.strip(), []).append(value)
    return fields


def _prices(row: dict[str, str], first: dict[str, str], line: int) -> tuple[float, float | None]:
    """(the price, the compare-at price when above it); a variant with no Price takes its product's."""
    priced = row if row.get("price", "").strip() else first
    price = amount_cell(priced.get("price", ""), marked_decimal, "Price", line)
    if price is None:
        raise ValueError(f"Price: the row on line {line} has no price" + (", nor has its product's first row" if first else ""))
    compared = row if row.get("compare at price", "").strip() else first
    compare_at = amount_cell(compared.get("compare at price", ""), marked_decimal, "Compare at price", line)
    return float(price), float(compare_at) if compare_at is not None and compare_at > price else None


def _in_stock(row: dict[str, str], line: int) -> bool | None:
    """Stock Unlimited YES: in stock; else Stock above 0; None when neither says (stock not counted)."""
    if flag_cell(row.get("stock unlimited", ""), YES, NO, "Stock Unlimited", line, "YES or NO"):
        return True
    amount = amount_cell(row.get("stock", ""), marked_decimal, "Stock", line, "a number")
    return None if amount is None else amount > 0


def _status(row: dict[str, str], line: int) -> str:
    """"available", "not_available" or "disabled"; a blank Status is available (the import's default)."""
    cell = row.get("status", "").strip()
    if not cell:
        return "available"
    if _fold(cell) not in STATUS:
        raise ValueError(f"Status: {cell!r} is not {STATUS_WORDS} (line {line})")
    return STATUS[_fold(cell)]


def _skipped(row: dict[str, str], status: str, line: int) -> str:
    if status == "disabled":
        return DISABLED
    return DIGITAL if flag_cell(row.get("digital", ""), YES, NO, "Digital", line, "YES or NO") else ""


def _on_request(first: dict[str, str], rows: list[tuple[int, dict[str, str]]], line: int) -> bool:
    """Quotable YES (the shop quotes its price), or no Price on any of its rows."""
    quoted = flag_cell(first.get("quotable", ""), YES, NO, "Quotable", line, "YES or NO")
    return bool(quoted) or not any(row.get("price", "").strip() for _, row in rows)


def _description(row: dict[str, str]) -> str:
    return next((text for key in DESCRIPTIONS if (text := html_text(row.get(key, "")))), "")


def _categories(cell: str) -> tuple[list[str], list[str]]:
    """"Anillos/Oro, pendientes-de-plata" -> (["Oro", "pendientes de plata"], ["Anillos"]): a category's
    permalink (no space in it) read with its hyphens as spaces."""
    paths = [[_label(part) for part in path.split(PATH_SEPARATOR) if part.strip()] for path in list_cell(cell, LIST_SEPARATOR)]
    paths = [path for path in paths if path]
    return list(dict.fromkeys(path[-1] for path in paths)), list(dict.fromkeys(part for path in paths for part in reversed(path[:-1])))


def _label(part: str) -> str:
    part = part.strip()
    return part.replace("-", " ") if " " not in part else part


def _photos(cell: str, column: str) -> tuple[list[str], list[str]]:
    """(the https photo URLs in their order, why each other reference was refused)."""
    return https_photos(((column, reference) for reference in PHOTO_SEPARATOR.split(cell.strip())), SOURCE)

