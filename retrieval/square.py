"""Square's item library export (Square Dashboard -> Items -> Item library -> Actions -> Export
library, CSV; the same spreadsheet "Import library" takes; Square Online / Weebly stores share the
catalog), read as products.

Where this comes from (public documentation and others' code that reads or writes the file):
- Square's help: "Item import spreadsheet glossary" (squareup.com/help, article 8211, read in its
  Catalan edition: Reference Handle, a value tracking variations; Token, filled in by Square, blank
  for a new item; Item Name; Variation Name; Unit and Precision; SKU, one per variation; Description,
  letters, numbers and symbols, at most 1024 characters; Category; SEO Title and SEO Description,
  the item's name and description when blank; Permalink; "Square Online Item Visibility", Visible,
  Hidden or Unavailable; Weight ...), "Import items online" (article 5153: export as Excel or CSV,
  only the items the current filter shows) and "Item library and unit cost management" (article
  5966: the export holds every item with its inventory at every location); Square's Catalog API
  reference (CatalogItemProductType: REGULAR, APPOINTMENTS_SERVICE, FOOD_AND_BEV, EVENT, DIGITAL,
  DONATION, GIFT_CARD, the legacy "Other" service and "Membership" types);
- readers and writers of the file in public repositories: a Square CSV writer dated August 2025
  (`"Token","Item Name","Variation Name","SKU","Description","Categories","Reporting Category",
  "SEO Title","SEO Description","Permalink","GTIN","Square Online Item Visibility","Item Type",
  "Weight (kg)",...,"Price","Online Sale Price","Archived","Sellable","Contains Alcohol","Stockable",
  "Skip Detail Screen in POS","Option Name 1","Option Value 1","Enabled <location>","Current Quantity
  <location>","New Quantity <location>","Stock Alert Enabled <location>","Stock Alert Count
  <location>","Price <location>"`, then "Tax - ..." and "Modifier Set - ..." columns); an Excel
  importer expecting "Reference Handle" first; older exports' "Token,Item Name,Variation Name,SKU,
  Description,Category,Price,...,Option Name 1,Option Value 1,Current Quantity <location>,...";
  a bookshop's notes on its own export (the Token is the variation's id, the rows of one item share
  its Item Name and every reader groups them by it; Archived and Sellable Y/N; Categories as
  "Books (T2B3ROTJ3HFGVBO22QLOOJDE)", a category's name then its token); a café's reader of
  "DRINKS > ESPRESSO" category paths; a reader taking a blank or "variable" Price for Square's
  variable pricing (the price is asked at the till); Square's Catalog API for what the fields mean
  (an item's variations, each with its price or VARIABLE_PRICING, its sellable and stockable flags).

One row per variation. A product is the rows sharing an Item Name (the export has no item id; the
first row's Token, the variation's id, is the item's id, its handle the item name folded as
handles are, so a photo named after the item, "Rose Gold Ring.jpg", is found by name:
retrieval/photos_by_name.py). The first row carries the item's description (plain text; HTML, which
a hand-made file may hold, is read as text), Categories (else Category), Reporting Category, SEO
description (the description when there is none) and its Archived, "Square Online Item Visibility"
and Item Type. Each row is a variation: Option Name n / Option Value n (n = 1, 2, 3 ...) are its
options (an item of several variations with none: its Variation Name, the option "Variation"); its
Price, a blank or "variable" one a price asked at the till; an Online Sale Price below it is what a
shopper pays online, the price the compare-at one. Prices are written as decimals ("1250.00",
"1,250.00", "£4,250.00"), in the shop's `--currency` when no sign says otherwise. "Current
Quantity <location>" columns (one per location, matched by their pattern) add up to the stock at
the locations the variation is not turned off at ("Enabled <location>" N); all blank is stock
Square does not count (for sale).

Not for sale (skipped, never an error): an archived item, one hidden or unavailable on Square
Online, one of a type that is no piece (a service, event, donation, membership, digital good), one
whose variations are all not sellable or turned off at every location, and one with no price on any
variation (a price on request). The export names no photo: photos come by name. "Price <location>",
GTIN, weight, vendors, unit costs, taxes and modifier sets are not read.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from retrieval.product import Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, flag_cell, grouped_rows, list_cell

SQUARE_FORMAT = "square"
ITEM_NAME, VARIATION_NAME, TOKEN, REFERENCE = "item name", "variation name", "token", "reference handle"
# Beside Item Name and Variation Name, one of these: no other export names its columns so.
MARKS = (TOKEN, REFERENCE, "square online item visibility", "reporting category")
QUANTITY_PREFIX, ENABLED_PREFIX = "current quantity ", "enabled "
OPTION_NAME, OPTION_VALUE = re.compile(r"option name (\d+)"), re.compile(r"option value (\d+)")
VARIATION_OPTION = "Variation"  # the option an item's variations with no option values are told apart by
VARIABLE_PRICE = "variable"  # a Price cell saying the price is asked at the till
YES, NO = "y", "n"  # Archived, Sellable, Enabled <location>: Y / N (yes / no read too)
YES_WORDS, NO_WORDS = {YES, "yes", "true"}, {NO, "no", "false"}
HIDDEN_VISIBILITY = {"hidden": "hidden", "unavailable": "unavailable"}  # Square Online Item Visibility
NOT_PIECES = ("service", "event", "donation", "membership", "digital", "gift card")  # Item Type words of no piece
CATEGORY_SEPARATOR, PATH_SEPARATOR = ",", ">"
CATEGORY_TOKEN = re.compile(r"\s*\([A-Z0-9]{16,32}\)$")  # "Books (T2B3ROTJ3HFGVBO22QLOOJDE)": a category's token
MONEY = re.compile(r"([^\d\s.,+-]{0,4})\s*(\d[\d.,\s\u00a0]*)\s*([^\d\s.,+-]{0,4})")  # "£4,250.00", "1250", "12,50 €"
PRICE_ON_REQUEST, NOT_SELLABLE, NOWHERE = "price on request", "not sellable", "turned off at every location"


def is_square(keys: set[str]) -> bool:
    return {ITEM_NAME, VARIATION_NAME} <= keys and any(mark in keys for mark in MARKS)


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, the rows sharing its Item Name as its variations;
    bad rows at their line, in line order."""
    groups, errors = grouped_rows(records, lambda record: " ".join(record.get(ITEM_NAME, "").split()), _no_item)
    found: list[tuple[int, Product | RowError]] = [*errors]
    for name, rows in groups.items():
        found += _product(name, rows)
    yield from sorted(found, key=lambda entry: entry[0])


def _no_item(line: int) -> str:
    return f"Item Name: the row has none, so it belongs to no item (line {line})"


def _product(name: str, rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, Product | RowError]]:
    """The item and a RowError for each of its rows that cannot be read (the rest are its variations)."""
    line, first = rows[0]
    kinds, broader = _categories(first)
    handle = slug(name) or f"line-{line}"
    product = Product(
        line, title=name, id=first.get(TOKEN, "").strip() or handle, handle=handle,
        description=html_text(first.get("description", "")) or html_text(first.get("seo description", "")),
        kinds=kinds, broader_kinds=broader, skipped=_not_for_sale(first), source_format=SQUARE_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    errors: list[tuple[int, Product | RowError]] = []
    variants, names, dropped = [], [], set()
    for row_line, row in rows:
        try:
            variant, why_not = _variation(row_line, row)
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
            continue
        if variant is None:
            dropped.add(why_not)
            continue
        variants.append(variant)
        names.append(row.get(VARIATION_NAME, "").strip())
    if len(errors) == len(rows):
        return errors
    if not variants:
        product.skipped = product.skipped or (NOT_SELLABLE if NOT_SELLABLE in dropped else NOWHERE if NOWHERE in dropped else PRICE_ON_REQUEST)
        return [(line, product), *errors]
    _set_variants(product, variants, names)
    return [(line, product), *errors]


def _set_variants(product: Product, variants: list[RawVariant], names: list[str]) -> None:
    """The variations as the product's variants (one alone kept too, so that its SKU names its photo);
    of several, one without option values is told apart by its Variation Name (else its SKU) as the
    option "Variation"."""
    if len(variants) > 1:
        for variant, name in zip(variants, names):
            if not variant.options:
                variant.options = {VARIATION_OPTION: name or variant.sku or f"line {variant.line}"}
    product.variants = variants
    product.options = variant_options(variants)


def _variation(line: int, row: dict[str, str]) -> tuple[RawVariant | None, str]:
    """(the row's variation, "") or (None, why it is not sold): not sellable, turned off at every
    location, or a variable price."""
    regular = _money(row, "price", "Price", line)
    sale = _money(row, "online sale price", "Online Sale Price", line)
    in_stock, enabled = _stock(row, line)
    if _flag(row, "sellable", "Sellable", line) is False:
        return None, NOT_SELLABLE
    if not enabled:
        return None, NOWHERE
    if regular is None:
        return None, PRICE_ON_REQUEST
    on_sale = sale is not None and 0 < sale[0] < regular[0]
    paid, compare_at = (sale, regular) if on_sale else (regular, None)
    return RawVariant(
        line, id=row.get(TOKEN, "").strip(), sku=row.get("sku", "").strip(), options=_options(row), price=paid[1],
        compare_at_price=compare_at[1] if compare_at else None, in_stock=in_stock,
    ), ""  # fmt: skip


def _options(row: dict[str, str]) -> dict[str, str]:
    """{option name: value} of a row's Option Name n / Option Value n."""
    names = {match.group(1): cell.strip() for key, cell in row.items() if (match := OPTION_NAME.fullmatch(key)) and cell.strip()}
    options = {}
    for key, cell in row.items():
        match = OPTION_VALUE.fullmatch(key)
        if match and cell.strip():
            options[names.get(match.group(1)) or f"Option {match.group(1)}"] = cell.strip()
    return options


def _money(row: dict[str, str], key: str, column: str, line: int) -> tuple[Decimal, str] | None:
    """(the amount, the cell as written, for the lexicon's currencies to read: retrieval/prices.py);
    None for a blank or "variable" price."""
    cell = row.get(key, "").strip()
    if not cell or cell.lower() == VARIABLE_PRICE:
        return None
    match = MONEY.fullmatch(cell)
    amount = _number(match.group(2)) if match else None
    if amount is None:
        raise ValueError(f"{column}: {cell!r} is not a price (line {line})")
    return amount, cell


def _number(text: str) -> Decimal | None:
    """"1,250.00", "1250", "1.250,00", "12,50" -> the amount: the last "." or "," followed by one or
    two digits is the decimal mark, the others group thousands."""
    digits = text.replace(" ", "").replace("\u00a0", "")
    decimal = re.search(r"[.,](\d{1,2})$", digits)
    whole = digits[: decimal.start()] if decimal else digits
    if not re.fullmatch(r"\d{1,3}([.,]\d{3})*|\d+", whole) or (decimal and digits[decimal.start()] in whole):
        return None  # "1.000.50": a mark both groups and ends
    whole = re.sub(r"[.,]", "", whole)
    return Decimal(f"{whole}.{decimal.group(1)}" if decimal else whole)


def _stock(row: dict[str, str], line: int) -> tuple[bool | None, bool]:
    """(in stock: the quantities at the locations it is on add up above 0, None when none is
    counted; whether any location has it on: true when the file names no location's Enabled)."""
    locations = {key[len(QUANTITY_PREFIX):] for key in row if key.startswith(QUANTITY_PREFIX)}
    switched = {key[len(ENABLED_PREFIX):]: _flag(row, key, f"Enabled {key[len(ENABLED_PREFIX):]}", line) for key in row if key.startswith(ENABLED_PREFIX)}
    enabled = not switched or any(flag is not False for flag in switched.values())
    counted = []
    for location in sorted(locations):
        cell = row.get(QUANTITY_PREFIX + location, "").strip()
        if not cell or switched.get(location) is False:
            continue
        try:
            counted.append(Decimal(cell.replace(",", "")))
        except ArithmeticError:
            raise ValueError(f"Current Quantity {location}: {cell!r} is not a number (line {line})") from None
    return (sum(counted) > 0 if counted else None), enabled


def _flag(row: dict[str, str], key: str, column: str, line: int) -> bool | None:
    return flag_cell(row.get(key, ""), YES_WORDS, NO_WORDS, column, line, "Y or N")


def _not_for_sale(first: dict[str, str]) -> str:
    """Why the item is not for sale, from its first row, or ""."""
    if first.get("archived", "").strip().lower() in YES_WORDS:
        return "archived"
    visibility = first.get("square online item visibility", "").strip().lower()
    if visibility in HIDDEN_VISIBILITY:
        return HIDDEN_VISIBILITY[visibility]
    kind = first.get("item type", "").strip().lower()
    return next((word for word in NOT_PIECES if word in kind), "")


def _categories(first: dict[str, str]) -> tuple[list[str], list[str]]:
    """(the shop's kind labels, most specific first; broader ones): Categories' paths ("Jewellery >
    Rings, Sale"; a category's token dropped), else Category, then the Reporting Category."""
    cells = [first.get("categories", "") or first.get("category", ""), first.get("reporting category", "")]
    paths = [[CATEGORY_TOKEN.sub("", part).strip() for part in entry.split(PATH_SEPARATOR)] for cell in cells for entry in list_cell(cell, CATEGORY_SEPARATOR)]
    paths = [[part for part in path if part] for path in paths]
    paths = [path for path in paths if path]
    kinds = list(dict.fromkeys(path[-1] for path in paths))
    broader = [part for part in dict.fromkeys(part for path in paths for part in reversed(path[:-1])) if part not in kinds]
    return kinds, broader
