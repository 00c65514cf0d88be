"""A seller's Amazon inventory file (the category's flat file, e.g. jewelry) read as products.

Read from public sources only (no real seller's file was seen): generators and parsers of these files on
GitHub (a PHP jewelry flat-file writer with its three header rows, "TemplateType=jewelry Version=2015.1203",
its labels and its attribute names; a C# jewelry writer, "TemplateType=Jewelry Version=2015.1204"; parsers
of the newer listings template and Category Listings Report whose keys are "contribution_sku#1.value",
"item_name[marketplace_id=...][language_tag=...]#1.value", "purchasable_offer[...][audience=ALL]#1.our_price
#1.schedule#1.value_with_tax" ...; they take its rows from the sheet named "Template") and the Selling
Partner API's marketplace ids (retrieval/lexicon/amazon_marketplaces.toml).

- The file: a tab-delimited .txt (UTF-8, UTF-16 with its BOM as Excel's "Unicode Text" writes, else
  Windows-1252), or the template workbook (.xlsx / .xlsm: its sheet named "Template", else its first).
  Above the attribute row are a settings row ("TemplateType=jewelry", "Version=...", in the newer
  template the marketplace) and rows of labels in the marketplace's language (English, Arabic, German ...):
  skipped. The attribute row is found (item_sku, or contribution_sku#1.value, among the first
  MAX_ROWS_ABOVE rows), not assumed to be the third; the rows after it are the data. Amazon's own example
  row (SKU "ABC123", which a public parser skips) is not an item.
- Rows of one SKU are one row (their first non-blank cells). A row whose parent_sku (or
  child_parent_sku_relationship ... parent_sku) names a row of the file is that parent's child: the parent
  (parent_child / parentage_level "parent", not buyable) gives the item's texts, its children are its
  offers (ring sizes, metals, each its price). A child whose parent is not in the file is an item itself.
- update_delete / ::record_action "Delete": not for sale (a deleted child is left out of its item).
- Prices: plain numbers (a comma as the decimal mark read too); standard_price or our_price the price,
  sale_price / discounted_price when it runs (its dates blank or around today), list_price the
  compare-at one. The currency: a currency column, else the marketplace's (its id in the settings row
  or a column's qualifiers), else the shop's setting. A missing or malformed price is reported at its line.
- Texts: item_name the title (of several language-tagged ones, the shop's language's, else the
  marketplace's, else the first: the others are kept in the description, searchable); product_description
  (HTML) as text, with the bullet points; generic_keywords the tags; brand the vendor; item_type_keyword
  (else the product type) the kind.
- Images: main_image_url then other_image_url1..8 (main / other_product_image_locator_N); an https URL as
  written (fetched only as the media options allow), a file name found in the catalog's folder.
- Facts (metal_type, metal_stamp, gem_type, stone_color, ring_size, total_metal_weight with its unit ...):
  the shop's own statements, as options; the ones the children differ in are their offers' options.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval import amazon_cells, xlsx
from retrieval.amazon_cells import Column
from retrieval.html_text import html_text
from retrieval.magento_media import MediaLayout, MediaPlaces, media_reference
from retrieval.product import Product, RawVariant, slug
from retrieval.rows import CatalogError, RowError, amount_cell, marked_decimal

AMAZON_FORMAT = "amazon"
TEXT_SUFFIXES = (".txt", ".tsv", ".csv")
TAB = "\t"
MAX_ROWS_ABOVE = 8  # rows looked through for the attribute row (settings, labels, group names above it)
SNIFF_BYTES = 262_144  # of a text file, read to find its attribute row
SKU_NAMES = ("item_sku", "contribution_sku")
TEMPLATE_SHEET = "template"  # the sheet Amazon's workbook holds the rows in
EXAMPLE_SKU = "ABC123"  # Amazon's prefilled example row in the newer template
PARENT, CHILD = "parent", "child"
DELETE = "delete"
NOT_FOR_SALE = "marked Delete"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
FALLBACK_ENCODING = "cp1252"
EXCEL_EPOCH = date(1899, 12, 30)  # a date cell of a workbook is its days since then
KEYWORD_SEPARATORS = (",", ";")
AMAZON_PHOTOS = MediaLayout("an Amazon inventory file", ("",), "catalog folder", "media URL")
THEME_SEPARATORS = re.compile(r"[-/,|]")  # between a variation theme's attributes ("MetalType-RingSize")
LinedCells = tuple[int, list[str]]


@dataclass
class Row:
    """One SKU's cells by role, as the file writes them, and where they are."""

    line: int
    sku: str
    cells: dict[str, list[tuple[Column, str]]] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)  # {label: value}

    def first(self, role: str) -> tuple[str, str]:
        """(the first non-blank cell of the role, its column's name), or ("", the role's first column's name)."""
        found = self.cells.get(role, [])
        return next(((value, column.name) for column, value in found if value), ("", found[0][0].name if found else role))

    def value(self, role: str) -> str:
        return self.first(role)[0]


def read_rows(path: Path, max_unpacked_bytes: int, max_ratio: int) -> tuple[list[str], list[LinedCells], str] | None:
    """(the attribute row, the data rows at their lines, the marketplace id or "") when the file is an Amazon
    inventory file, else None."""
    if path.suffix.lower() in xlsx.SUFFIXES or (path.suffix.lower() not in TEXT_SUFFIXES and xlsx.is_xlsx(path)):
        sheet_name = _template_sheet(xlsx.sheet_names(path))
        if not sheet_name:
            return None
        rows = xlsx.sheet_rows(path, max_unpacked_bytes, max_ratio, sheet_name)
    elif path.suffix.lower() in TEXT_SUFFIXES:
        try:
            if _attribute_index(list(itertools.islice(_text_rows(_decoded(path, SNIFF_BYTES)), MAX_ROWS_ABOVE))) is None:
                return None
        except CatalogError:  # no readable rows at its top: another format's reader says why
            return None
        rows = list(_text_rows(_decoded(path)))
    else:
        return None
    at = _attribute_index(rows[:MAX_ROWS_ABOVE])
    if at is None:
        return None
    above = [cell for _, cells in rows[:at] for cell in cells]
    return rows[at][1], rows[at + 1 :], amazon_cells.marketplace_of(above + rows[at][1])


def _template_sheet(names: list[str]) -> str:
    return next((name for name in names if name.strip().lower() == TEMPLATE_SHEET), "")


def _attribute_index(rows: list[LinedCells]) -> int | None:
    for index, (_, cells) in enumerate(rows):
        bases = {amazon_cells.column_of(0, cell.strip()).base for cell in cells if cell.strip()}
        if bases & set(SKU_NAMES) and len(bases & set(amazon_cells.ROLE_OF)) >= 2:
            return index
    return None


def _decoded(path: Path, limit: int = -1) -> str:
    with path.open("rb") as handle:
        raw = handle.read(limit)
    if raw.startswith(UTF16_BOMS):
        return raw.decode("utf-16", errors="ignore" if limit > 0 else "strict")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if limit > 0 and error.start > len(raw) - 4:  # a character cut at the sniff's end
            return raw[: error.start].decode("utf-8-sig")
        return raw.decode(FALLBACK_ENCODING, errors="replace")


def _text_rows(text: str) -> Iterator[LinedCells]:
    """Each row's cells at the line it starts on (tabs between the cells; a quoted cell may hold line breaks)."""
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=TAB if TAB in first_line else ",")
    last = 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield start, cells
    except csv.Error as error:
        raise CatalogError(f"the file's line {last + 1} is not a readable row ({error})") from None


def products(
    names: list[str], rows: list[LinedCells], marketplace: str, places: MediaPlaces, language: str = "", today: date | None = None,
) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    """Each item at its first row's line; a row that cannot be read is a RowError at its line. `language`
    is the shop's ("ar"); the marketplace's when not given."""
    today = today or date.today()
    columns = amazon_cells.columns(names)
    marketplace = marketplace or amazon_cells.marketplace_of([column.marketplace for column in columns])
    market = amazon_cells.MARKETPLACES.get(marketplace, {})
    language = (language or market.get("language", "")).lower()
    by_sku, errors = _rows_by_sku(columns, rows)
    yield from errors
    children: dict[str, list[Row]] = {}
    for row in by_sku.values():
        parent = row.value("parent_sku")
        if parent and parent != row.sku and parent in by_sku:
            children.setdefault(parent, []).append(row)
    for row in by_sku.values():
        parent = row.value("parent_sku")
        if parent and parent != row.sku and parent in by_sku:
            continue  # read with its parent
        yield from _item(row, children.get(row.sku, []), market.get("currency", ""), language, places, today)


def _rows_by_sku(columns: list[Column], rows: list[LinedCells]) -> tuple[dict[str, Row], list[tuple[int, RowError]]]:
    by_sku: dict[str, Row] = {}
    errors: list[tuple[int, RowError]] = []
    sku_name = next((column.name for column in columns if column.role == "sku"), "item_sku")
    for line, cells in rows:
        row = _row(line, columns, cells)
        if not row.sku:
            errors.append((line, RowError(line, f"{sku_name}: the row has no SKU")))
            continue
        if row.sku.upper() == EXAMPLE_SKU:
            continue
        kept = by_sku.setdefault(row.sku, row)
        if kept is not row:  # another row of the same SKU: its cells fill the blanks
            for role, found in row.cells.items():
                kept.cells.setdefault(role, []).extend(found)
            for label, value in row.facts.items():
                kept.facts.setdefault(label, value)
    return by_sku, errors


def _row(line: int, columns: list[Column], cells: list[str]) -> Row:
    row = Row(line, "")
    units = {column.unit_of: cells[column.index].strip() for column in columns if column.role == "unit" and column.index < len(cells) and cells[column.index].strip()}
    for column in columns:
        value = cells[column.index].strip() if column.index < len(cells) else ""
        if not column.role or column.role == "unit" or not value:
            continue
        if column.role == "fact":
            label = amazon_cells.fact_label(column)
            shown = f"{value} {units[column.base]}" if column.base in units else value
            row.facts[label] = f"{row.facts[label]}, {shown}" if label in row.facts and shown not in row.facts[label] else shown
        else:
            row.cells.setdefault(column.role, []).append((column, value))
    row.sku = row.value("sku")
    return row


def _item(parent: Row, children: list[Row], market_currency: str, language: str, places: MediaPlaces, today: date) -> Iterator[tuple[int, Product | RowError]]:
    line = parent.line
    title, other_texts = _texts(parent, children, language)
    if not title:
        yield line, RowError(line, f"{parent.first('title')[1]}: the item has no name (line {line})")
        return
    images, refused = _photos(parent, places)
    product = Product(
        line, title=title, id=parent.sku, handle=slug(title), description=_description(parent, other_texts),
        kinds=_kinds(parent, children), vendor=parent.value("brand") or next((child.value("brand") for child in children if child.value("brand")), ""),
        tags=_keywords(parent), images=images, refused_images=refused, source_format=AMAZON_FORMAT,
        currency=(parent.value("currency") or next((child.value("currency") for child in children if child.value("currency")), "") or market_currency).upper(),
    )  # fmt: skip
    product.options = {label: [value] for label, value in parent.facts.items()}
    if _deleted(parent):
        product.skipped = NOT_FOR_SALE
        yield line, product
        return
    live = [child for child in children if not _deleted(child)]
    if children and not live:
        product.skipped = NOT_FOR_SALE
        yield line, product
        return
    if not children:
        try:
            product.price, product.compare_at_price = _prices(parent, today)
            product.in_stock = _in_stock(parent)
        except ValueError as error:
            yield line, RowError(line, str(error))
            return
        yield line, product
        return
    errors = list(_offers(product, live, parent.value("theme"), places, today))
    if not product.variants:
        yield line, RowError(line, f"{parent.first('parent_sku')[1]}: none of the item's child rows can be read (line {line})")
    else:
        yield line, product
    yield from errors


def _offers(product: Product, children: list[Row], theme: str, places: MediaPlaces, today: date) -> Iterator[tuple[int, RowError]]:
    """The children as the product's offers, their differing facts as the options; a child that cannot be read as a RowError."""
    labels = list(dict.fromkeys(label for child in children for label in child.facts))
    themed = _themed(labels, theme or next((child.value("theme") for child in children if child.value("theme")), ""))
    differing = themed or [label for label in labels if all(label in child.facts for child in children) and len({child.facts[label] for child in children}) > 1]
    for child in children:
        try:
            price, compare_at = _prices(child, today)
            in_stock = _in_stock(child)
        except ValueError as error:
            yield child.line, RowError(child.line, str(error))
            continue
        photos, _ = _photos(child, places)
        product.variants.append(RawVariant(
            child.line, id=child.sku, sku=child.sku, options={label: child.facts[label] for label in differing if label in child.facts},
            price=price, compare_at_price=compare_at, in_stock=in_stock, image=next(iter(photos), ""),
        ))  # fmt: skip
        if not product.images:
            product.images = photos[:1]
        for label, value in child.facts.items():
            values = product.options.setdefault(label, [])
            if value not in values:
                values.append(value)


def _themed(labels: list[str], theme: str) -> list[str]:
    """The facts a variation theme names ("RingSize", "RING_SIZE", "MetalType-RingSize" -> "Ring Size" ...)."""
    parts = {_squeezed(part) for part in THEME_SEPARATORS.split(theme) if part.strip()}
    return [label for label in labels if _squeezed(label) in parts]


def _squeezed(name: str) -> str:
    return "".join(char for char in name.lower() if char.isalnum())


def _prices(row: Row, today: date) -> tuple[float, float | None]:
    """(the price a shopper pays, the compare-at one or None); a ValueError naming the column and line."""
    regular = _amount(row, "price")
    if regular is None:
        raise ValueError(f"{row.first('price')[1]}: Field required (line {row.line})")
    price, compare_at = regular, None
    sale = _amount(row, "sale_price")
    if sale is not None and sale < regular and _runs(row.value("sale_start"), row.value("sale_end"), today):
        price, compare_at = sale, regular
    listed = _amount(row, "list_price")
    if compare_at is None and listed is not None and listed > price:
        compare_at = listed
    return float(price), float(compare_at) if compare_at is not None else None


def _amount(row: Row, role: str) -> Decimal | None:
    value, column = row.first(role)
    return amount_cell(value, marked_decimal, column, row.line)


def _runs(start: str, end: str, today: date) -> bool:
    """Whether a sale runs today: each date blank, or ISO ("2025-01-31", a time after it allowed), or a workbook's day number."""
    begun, ended = _day(start), _day(end)
    return (begun is None or begun <= today) and (ended is None or ended >= today)


def _day(cell: str) -> date | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return date.fromisoformat(cell[:10])
    except ValueError:
        pass
    try:
        return EXCEL_EPOCH + timedelta(days=int(float(cell)))
    except (ValueError, OverflowError):
        return None


def _in_stock(row: Row) -> bool | None:
    value, column = row.first("quantity")
    count = amount_cell(value, marked_decimal, column, row.line, "a quantity") if value else None
    return None if count is None else count > 0


def _deleted(row: Row) -> bool:
    return row.value("action").strip().lower() == DELETE


def _texts(parent: Row, children: list[Row], language: str) -> tuple[str, list[str]]:
    """(the title in the shop's language, else untagged, else the first; the other titles)."""
    titles = parent.cells.get("title") or next((child.cells["title"] for child in children if child.cells.get("title")), [])
    if not titles:
        return "", []
    chosen = next((value for column, value in titles if language and column.language.lower().startswith(language)), "")
    chosen = chosen or next((value for column, value in titles if not column.language), "") or titles[0][1]
    return html_text(chosen), [html_text(value) for _, value in titles if value != chosen]


def _description(row: Row, other_titles: list[str]) -> str:
    descriptions = [html_text(value) for _, value in row.cells.get("description", [])]
    bullets = [html_text(value) for _, value in row.cells.get("bullets", [])]
    return "\n".join(part for part in dict.fromkeys(descriptions + bullets + other_titles) if part)


def _keywords(row: Row) -> list[str]:
    tags = []
    for _, cell in row.cells.get("keywords", []):
        for separator in KEYWORD_SEPARATORS:
            cell = cell.replace(separator, KEYWORD_SEPARATORS[0])
        tags += [part.strip() for part in cell.split(KEYWORD_SEPARATORS[0]) if part.strip()]
    return list(dict.fromkeys(tags))


def _kinds(parent: Row, children: list[Row]) -> list[str]:
    """The item type keyword ("engagement-rings" -> "engagement rings"), else the product type ("FineRing" -> "Fine Ring")."""
    for row in (parent, *children):
        if kind := row.value("kind"):
            return [kind.replace("-", " ").replace("_", " ").strip()]
    for row in (parent, *children):
        if kind := row.value("product_type"):
            spaced = "".join(f" {char}" if char.isupper() and index and kind[index - 1].islower() else char for index, char in enumerate(kind))
            return [spaced.replace("_", " ").strip()]
    return []


def _photos(row: Row, places: MediaPlaces) -> tuple[list[str], list[str]]:
    """(the main image, then the others; why each reference was refused)."""
    photos, refused = [], []
    for role in ("main_image", "other_images"):
        for column, reference in row.cells.get(role, []):
            photo, reason = media_reference(column.name, reference, places, AMAZON_PHOTOS)
            if photo and photo not in photos:
                photos.append(photo)
            if reason and reason not in refused:
                refused.append(reason)
    return photos, refused
