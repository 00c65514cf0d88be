"""Etsy's listings download, read as products.

Shop Manager -> Settings -> Options -> Download Data -> "Currently listings" gives a CSV
(`EtsyListingsDownload.csv`), one row per active listing: TITLE, DESCRIPTION, PRICE (a plain
decimal in CURRENCY_CODE), QUANTITY, TAGS and MATERIALS (comma-separated), IMAGE1 ... IMAGE10
(photo URLs on Etsy's image host, the first the main one), VARIATION 1 / 2 TYPE, NAME and VALUES
(comma-separated), SKU. There is no category column: the kind of piece is read from the words.

The download has no price per variation: PRICE is one number. A maker whose options cost more says so
in the description, one line per option ("Solid 14K gold: €264"); a line naming one of a variation's
values and a price becomes that value's variant at that price, in the variation's own order, and
leaves the text read for the piece's facts (it lists the options, not what this piece is made of).

A listing's CURRENCY_CODE beats the shop's currency setting. Its materials are read as words that
state what the piece is made of ("18k gold, sapphire": retrieval/extraction.py, source
"materials"). Only https:// photo URLs are taken, as the download writes them; any other reference
(http://, a path) is refused with a reason and the next photo, if any, is the main one.
"""

from __future__ import annotations

import re
from typing import Iterator

from retrieval.formats import ETSY_FORMAT

from retrieval.product import Product, RawVariant, https_photos
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError, list_cell

LIST_SEPARATOR = ","
IMAGE_COLUMN = re.compile(r"image ?(\d+)")  # "IMAGE1" (and a hand-edited "Image 1")
VARIATION_SLOTS = (1, 2)
# Columns only Etsy's download has together, beside TITLE and PRICE.
MARKS = ("currency code", "quantity")
EITHER = ("materials", "image1", "variation 1 values", "who made", "when made")
# A description's line pricing one option: "Solid 14K gold: €264", "• 22K gold vermeil - 45 EUR".
OPTION_PRICE_LINE = re.compile(r"\s*[•*\-]?\s*(?P<value>[^:\n]{1,80}?)\s*(?::|\s[-–]\s)\s*(?P<price>(?:[€$£]\s?)?\d[\d.,]*(?:\s?(?:€|[A-Za-z]{3}))?)\s*")


def is_etsy(keys: set[str]) -> bool:
    return {"title", "price", *MARKS} <= keys and bool(keys & set(EITHER))


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each listing, at its own line."""
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        try:
            yield line, _product(line, record)
        except ValueError as error:
            yield line, RowError(line, str(error))


def _product(line: int, record: dict[str, str]) -> Product:
    title = record.get("title", "").strip()
    if not title:
        raise ValueError("TITLE: the listing has no title")
    images, refused = _photos(record)
    options, in_stock = _variations(record), _in_stock(record.get("quantity", ""))
    description, variants = _option_prices(line, html_text(record.get("description", "")), options, in_stock)
    return Product(
        line, title=title, id=next(iter(list_cell(record.get("sku", ""), LIST_SEPARATOR)), ""), description=description,
        tags=list_cell(record.get("tags", ""), LIST_SEPARATOR), materials=list_cell(record.get("materials", ""), LIST_SEPARATOR), options=options, variants=variants,
        images=images, refused_images=refused, price=record.get("price", "").strip() or None,
        currency=record.get("currency code", "").strip().upper(), in_stock=in_stock,
        source_format=ETSY_FORMAT, extra={"_first_record": record},
    )  # fmt: skip


def _option_prices(line: int, description: str, options: dict[str, list[str]], in_stock: bool | None) -> tuple[str, list[RawVariant]]:
    """(the description without its option-price lines, a variant per priced value of one variation)."""
    for name, values in options.items():
        known = {value.casefold(): value for value in values}
        priced, kept = {}, []
        for text_line in description.split("\n"):
            match = OPTION_PRICE_LINE.fullmatch(text_line)
            if match and match.group("value").casefold() in known:
                priced[known[match.group("value").casefold()]] = match.group("price")
            else:
                kept.append(text_line)
        if priced:
            variants = [RawVariant(line, options={name: value}, price=priced[value], in_stock=in_stock) for value in values if value in priced]
            return "\n".join(kept).strip(), variants
    return description, []


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    """(the https photo URLs in IMAGE1..n order, why each other reference was refused)."""
    numbered = sorted((int(match.group(1)), key) for key in record if (match := IMAGE_COLUMN.fullmatch(key)))
    return https_photos(((f"IMAGE{number}", record[key]) for number, key in numbered), "an Etsy download")


def _variations(record: dict[str, str]) -> dict[str, list[str]]:
    """{"Ring size": ["6", "7"]}: each variation's name (else its type) and values."""
    options = {}
    for slot in VARIATION_SLOTS:
        name = record.get(f"variation {slot} name", "").strip() or record.get(f"variation {slot} type", "").strip()
        values = list_cell(record.get(f"variation {slot} values", ""), LIST_SEPARATOR)
        if name and values:
            options[name] = values
    return options


def _in_stock(cell: str) -> bool | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return float(cell) > 0
    except ValueError:
        raise ValueError(f"QUANTITY: {cell!r} is not a number") from None
