"""Tilda Publishing's store products export (Store > Products > Export to CSV), read as products.

The export is a ";"-separated CSV in UTF-8 (spreadsheets save it with a BOM), a row per product and
a row per edition (variant): Tilda UID, Brand, SKU, Mark (a label such as "New"), Category (several
separated by ";"), Title, Description (short), Text (HTML), Photo, Price, Quantity, Price Old,
Editions, Modifications, External ID, Parent UID, Weight, Length, Width, Height, Url, and any
Characteristics:NAME, SEO and Tabs columns. Names are matched without regard to case and spacing;
a file saved again with "," between the cells is read too. The import template Tilda documents
(SKU;Category;Title;...;Price Old;Editions;Modifications;External ID;Parent UID, no Tilda UID) is
read the same way.

An edition's row names its product's Tilda UID (or External ID) in Parent UID, and its options in
Editions ("Размер:16;Металл:Золото"); its own Price, Price Old, Quantity, SKU and Photo, else its
product's price. A product row with no editions is priced by its own Price. Price Old above the
price is the compare-at price. Prices are plain decimals ("12500", "12500.00", "12 500,00"); the
file names no currency: the shop's `--currency` applies. Quantity 0 is out of stock (the product
is kept), a blank Quantity is stock Tilda does not count (for sale). Category names are the shop's
kind labels, Brand and Mark tags, Characteristics:NAME the shop's own statements, read like options
every variant has. Description and Text (HTML to text) are the description. Photo holds one or more
URLs separated by spaces (or a "," or ";" before the next URL); only https:// ones are taken, an
http:// URL or a path refused with a reason. A product with no photo of its own shows its first
edition's. Modifications (whose layout we could not confirm), the sizes and SEO columns are not read.
The export has no visibility column: a shop hides a product by moving it to a section it keeps off
its site ("Архив"), which retrieval/catalog.py skips as not for sale (the lexicon's [hidden_sections]).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from retrieval.formats import TILDA_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import DIGIT_SPACES, Row, RowError, amount_cell, spaced_decimal, web_address

SEPARATOR = ";"  # between the cells of Tilda's export
UID, PARENT, TEMPLATE = "tilda uid", "parent uid", ("price old", "editions", "parent uid")  # the template lacks Tilda UID
CATEGORY_SEPARATOR, OPTION_SEPARATOR, OPTION_PAIR = ";", ";", ":"
CHARACTERISTIC = "characteristics:"  # "Characteristics:Металл", as rows.column_key keys it
# spaces; a comma or ";" before another URL, as a hand-made file may write (Tilda's own separator is not documented where we looked)
PHOTO_SPLIT = re.compile(r"\s+|[,;](?=\s*https?://)", re.IGNORECASE)
SOURCE = "a Tilda export"


def is_tilda(keys: set[str]) -> bool:
    return "title" in keys and (UID in keys or set(TEMPLATE) <= keys)


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its row, its editions as variants; bad rows at their line, in line order."""
    rows: dict[str, tuple[int, dict[str, str]]] = {}
    names: dict[str, str] = {}  # a Tilda UID or External ID -> its product row's key
    editions: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        parent = record.get(PARENT, "").strip()
        if parent:
            editions.setdefault(parent, []).append((line, record))
            continue
        key = record.get(UID, "").strip() or record.get("external id", "").strip() or f"line {line}"
        if key in rows:
            found.append((line, RowError(line, f"Tilda UID: {key!r} has a product row already (line {rows[key][0]})")))
            continue
        rows[key] = (line, record)
        for name in (record.get(UID, "").strip(), record.get("external id", "").strip()):
            if name:
                names.setdefault(name, key)
    owned: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for parent, group in editions.items():
        if parent in names:
            owned.setdefault(names[parent], []).extend(group)
        else:
            found += [(line, RowError(line, f"Parent UID: {parent!r} is no product row's Tilda UID")) for line, _ in group]
    for key, (line, record) in rows.items():
        try:
            found += _product(line, record, owned.get(key, []))
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _product(line: int, record: dict[str, str], editions: list[tuple[int, dict[str, str]]]) -> list[tuple[int, Product | RowError]]:
    """The product, and a RowError for each edition that cannot be read (the rest are its variants)."""
    title = html_text(record.get("title", ""))
    if not title:
        raise ValueError("Title: the product row has no title")
    brand, mark = record.get("brand", "").strip(), record.get("mark", "").strip()
    images, refused = _photos(record)
    product = Product(
        line, title=title, id=record.get(UID, "").strip() or record.get("sku", "").strip() or slug(title), handle=slug(title),
        description=_description(record), kinds=_categories(record.get("category", "")), tags=[tag for tag in (brand, mark) if tag],
        vendor=brand, url=web_address(record.get("url", "")), images=images, refused_images=refused, source_format=TILDA_FORMAT,
        extra={"_first_record": record},
    )  # fmt: skip
    errors: list[tuple[int, Product | RowError]] = []
    regular = _amount(record, "price", line)
    for edition_line, edition in editions:
        try:
            product.variants.append(_variant(edition_line, edition, regular, product))
        except ValueError as error:
            errors.append((edition_line, RowError(edition_line, str(error))))
    if editions and not product.variants:
        return [(line, RowError(line, "Editions: none of the product's edition rows can be read")), *errors]
    if not editions:
        if regular is None:
            raise ValueError("Price: Field required")
        product.price, product.compare_at_price = _prices(regular, _amount(record, "price old", line))
        product.in_stock = _in_stock(record, line)
    characteristics = {key.removeprefix(CHARACTERISTIC).strip(): [cell.strip()] for key, cell in record.items()
                       if key.startswith(CHARACTERISTIC) and cell.strip()}  # fmt: skip
    product.options = characteristics | variant_options(product.variants)
    return [(line, product), *errors]


def _variant(line: int, edition: dict[str, str], regular: Decimal | None, product: Product) -> RawVariant:
    """An edition row's variant: its options, its own price (else its product's), stock and photo."""
    own = _amount(edition, "price", line)
    if own is None and regular is None:
        raise ValueError(f"Price: the edition on line {line} has no price, nor has its product")
    price, compare_at = _prices(own if own is not None else regular, _amount(edition, "price old", line))
    photos, refused = _photos(edition)
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    if not product.images:
        product.images = photos[:1]  # a product with no photo of its own shows its first edition's
    return RawVariant(
        line, id=edition.get(UID, "").strip(), sku=edition.get("sku", "").strip(), options=_options(edition.get("editions", ""), line),
        price=price, compare_at_price=compare_at, in_stock=_in_stock(edition, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _options(cell: str, line: int) -> dict[str, str]:
    """"Размер:16;Металл:Золото" -> {"Размер": "16", "Металл": "Золото"}."""
    options = {}
    for part in cell.split(OPTION_SEPARATOR):
        if not part.strip():
            continue
        name, sep, value = part.partition(OPTION_PAIR)
        if not sep or not name.strip() or not value.strip():
            raise ValueError(f"Editions: {cell[:60]!r} on line {line} names no option as Размер:16 does")
        options[name.strip()] = value.strip()
    return options


def _description(record: dict[str, str]) -> str:
    """The short description, then the text when it says more."""
    short, text = html_text(record.get("description", "")), html_text(record.get("text", ""))
    return "\n".join(part for part in dict.fromkeys((short, text)) if part)


def _categories(cell: str) -> list[str]:
    return list(dict.fromkeys(name.strip() for name in cell.split(CATEGORY_SEPARATOR) if name.strip()))


def _amount(record: dict[str, str], column: str, line: int) -> Decimal | None:
    """A price cell as a number: "12500", "12500.00", "12 500,00" (a comma the decimal mark when no point is written)."""
    return amount_cell(record.get(column, ""), spaced_decimal, column.title(), line)


def _prices(price: Decimal, old: Decimal | None) -> tuple[float, float | None]:
    """(what a shopper pays, the compare-at price: Price Old when above it)."""
    return float(price), float(old) if old is not None and old > price else None


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """Quantity above 0; None when it is blank (stock Tilda does not count)."""
    cell = record.get("quantity", "").strip()
    if not cell:
        return None
    try:
        return float(cell.translate(DIGIT_SPACES).replace(",", ".")) > 0
    except ValueError:
        raise ValueError(f"Quantity: {cell!r} is not a number (line {line})") from None


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    return https_photos((("Photo", reference) for reference in PHOTO_SPLIT.split(record.get("photo", "")) if reference), SOURCE)
