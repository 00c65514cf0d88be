"""InSales' product export (admin → Товары → Импорт/Экспорт → Экспорт, CSV), read as products.

The export writes a row per variant: the product's columns (ID товара, Название товара или услуги,
Краткое описание, Полное описание, Видимость на витрине, Изображения, categories ...) repeated or left
blank on its other rows, and the variant's own (ID варианта, Артикул, Цена продажи, Старая цена,
Остаток, Изображения варианта, and "Свойство: <name>" columns, the properties its variants differ by:
Размер, Цвет). "Параметр: <name>" columns are the product's characteristics (Металл, Проба, Бренд), read
as the shop's own statements like Tilda's characteristics; a parameter whose value differs between one
product's rows is read as a variant option too, so a file naming its sizes "Параметр: Размер" still
lists them. The column names are data (retrieval/lexicon/insales_headers.toml, with the public sources
they come from); names are matched without regard to case and spacing.

Rows are one product when they share ID товара (else the same name). Cells are separated by a tab (what
the public code reading and writing InSales' files uses), ";" or "," (sniffed from the header); the
file is UTF-8 (a BOM is fine) or Windows-1251, whichever it decodes as. Prices are plain numbers
("12500", "12 500,50", "12500.50"); the file names no currency (its "Валюта склада" is the warehouse's,
for cost prices): the shop's `--currency` applies. Старая цена above the price is the compare-at price.
Остаток 0 is out of stock (kept), a blank one stock InSales does not count. A product whose "Видимость на
витрине" is not "выставлен" (скрыт ...) is skipped as hidden. Изображения holds URLs separated by spaces;
only https:// ones are taken. A row whose price is not a number is reported at its line, the product's
other variants kept.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import DIGIT_SPACES, UTF8, Row, RowError, amount_cell, column_key, csv_header, each_read, grouped_rows, marked_decimal, web_address

INSALES_FORMAT = "insales"
SEPARATORS = ("\t", ";", ",")  # the public code's tab first; a spreadsheet's ";" or ","
WINDOWS_CYRILLIC = "cp1251"
TABLE = Path(__file__).with_name("lexicon") / "insales_headers.toml"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
COLUMNS = {field: [column_key(name) for name in names] for field, names in _DATA["columns"].items() if isinstance(names, list)}
SUBCATEGORY = column_key(_DATA["columns"]["subcategory"])
PARAMETER, PROPERTY = column_key(_DATA["prefixes"]["parameter"]), column_key(_DATA["prefixes"]["property"])
PARAMETER_GROUP, VALUES = _DATA["prefixes"]["parameter_group"], _DATA["prefixes"]["values"]
SHOWN = {word.lower() for word in _DATA["visibility"]["shown"]}
HIDDEN = {word.lower() for word in _DATA["visibility"]["hidden"]}
BRANDS = {column_key(name) for name in _DATA["brand"]["parameters"]}
PLACEMENT_SPLIT, PATH_SPLIT = "##", "/"
PHOTO_SPLIT = re.compile(r"\s+|[,;](?=\s*https?://)", re.IGNORECASE)
SOURCE = "an InSales export"
NUMBERED_SUBCATEGORY = re.compile(re.escape(SUBCATEGORY) + r" (\d+)$")


def is_insales(keys: set[str]) -> bool:
    """A product name column with one of InSales' own: its price, product or variant id, visibility."""
    own = {key for field in ("price", "id", "variant_id", "visibility") for key in COLUMNS[field]}
    return bool(set(COLUMNS["name"]) & keys) and bool(own & keys)


def sniff(path: Path) -> tuple[str, str] | None:
    """(separator, encoding) the file's header is InSales' at, else None: UTF-8 (a BOM is fine) or
    Windows-1251 (InSales' and Excel's other Cyrillic encoding), whichever the header reads in."""
    for encoding in (UTF8, WINDOWS_CYRILLIC):
        for separator in SEPARATORS:
            if is_insales({column_key(name) for name in csv_header(path, separator, encoding)}):
                return separator, encoding
    return None


def products(records: Iterator[tuple[int, Row]], header: list[str] | tuple[str, ...] = ()) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, its rows as variants; bad rows at their line, in line order.
    `header` (the file's column names as written) keeps the case of the property and parameter names."""
    labels = {column_key(name): name.partition(":")[2].split(PARAMETER_GROUP)[-1].strip() for name in header if ":" in name}
    groups, errors = grouped_rows(records, _product_key, lambda line: f"Название товара или услуги: the row on line {line} names no product")
    found: list[tuple[int, Product | RowError]] = list(errors)
    for rows in groups.values():
        try:
            found += _product(rows, labels)
        except ValueError as error:
            found.append((rows[0][0], RowError(rows[0][0], str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _cell(record: dict[str, str], field: str) -> str:
    return next((record[key].strip() for key in COLUMNS[field] if record.get(key, "").strip()), "")


def _product_key(record: dict[str, str]) -> str:
    product_id, name = _cell(record, "id"), _cell(record, "name")
    return f"id:{product_id}" if product_id else (f"name:{name}" if name else "")


def _first(rows: list[tuple[int, dict[str, str]]], field: str) -> str:
    """The product's cell: the first row that fills it (the export may leave it blank on variant rows)."""
    return next((value for _, record in rows if (value := _cell(record, field))), "")


def _product(rows: list[tuple[int, dict[str, str]]], labels: dict[str, str]) -> list[tuple[int, Product | RowError]]:
    line, first = rows[0]
    title = html_text(_first(rows, "name"))
    if not title:
        raise ValueError(f"Название товара или услуги: the product on line {line} has no name")
    parameters = _parameters(rows, labels)
    images, refused = _photos(_first(rows, "images"))
    kinds, broader = _categories(rows)
    product = Product(
        line, title=title, id=_first(rows, "id") or slug(title), handle=slug(title), description=_description(rows),
        kinds=kinds, broader_kinds=broader, vendor=next((values[0] for name, values in parameters.items() if column_key(name) in BRANDS), ""),
        url=web_address(_first(rows, "url")), images=images, refused_images=refused, source_format=INSALES_FORMAT,
        extra={"_first_record": first},
    )  # fmt: skip
    varying = {name for name, values in parameters.items() if _differs(rows, name, labels)}
    variants, errors = each_read(rows, lambda row_line, record: _variant(row_line, record, varying, product, labels))
    if not variants:
        return errors if len(rows) == 1 else [(line, RowError(line, "Цена продажи: none of the product's rows can be read")), *errors]
    if len(variants) == 1 and not variants[0].options:
        only = variants[0]
        product.price, product.compare_at_price, product.in_stock = only.price, only.compare_at_price, only.in_stock
    else:
        product.variants = variants
    if not product.images:
        product.images = [variant.image for variant in variants if variant.image][:1]
    product.options = {name: values for name, values in parameters.items() if name not in varying} | variant_options(product.variants)
    visibility = _first(rows, "visibility").lower()
    if visibility and visibility not in SHOWN and (visibility in HIDDEN or visibility.startswith(("скры", "не "))):
        product.skipped = "hidden"
    return [(line, product), *errors]


def _variant(line: int, record: dict[str, str], varying: set[str], product: Product, labels: dict[str, str]) -> RawVariant:
    """A row's variant: its properties (and parameters that differ between the rows) as options, price, stock, photo."""
    price = amount_cell(_cell(record, "price"), marked_decimal, "Цена продажи", line)
    if price is None:
        raise ValueError(f"Цена продажи: the row on line {line} has no price")
    old = amount_cell(_cell(record, "old_price"), marked_decimal, "Старая цена", line)
    options = {_named(key, PROPERTY, labels): cell.strip() for key, cell in record.items() if key.startswith(PROPERTY) and cell.strip()}
    options |= {name: value for name in varying if (value := _parameter_cell(record, name, labels))}
    photos, refused = _photos(_cell(record, "variant_images"))
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    return RawVariant(
        line, id=_cell(record, "variant_id"), sku=_cell(record, "sku"), options=options, price=float(price),
        compare_at_price=float(old) if old is not None and old > price else None, in_stock=_in_stock(record, line),
        image=next(iter(photos), ""),
    )  # fmt: skip


def _named(key: str, prefix: str, labels: dict[str, str]) -> str:
    """"Параметр: Общие|Цвет" -> "Цвет": the name after the prefix and any group, as the header writes it."""
    return labels.get(key) or key.removeprefix(prefix).split(PARAMETER_GROUP)[-1].strip()


def _parameter_cell(record: dict[str, str], name: str, labels: dict[str, str]) -> str:
    return next((cell.strip() for key, cell in record.items() if key.startswith(PARAMETER) and _named(key, PARAMETER, labels) == name and cell.strip()), "")


def _parameters(rows: list[tuple[int, dict[str, str]]], labels: dict[str, str]) -> dict[str, list[str]]:
    """{parameter name: its values}, over the product's rows ("##" between several values in one cell)."""
    found: dict[str, list[str]] = {}
    for _, record in rows:
        for key, cell in record.items():
            if not key.startswith(PARAMETER) or not cell.strip():
                continue
            values = found.setdefault(_named(key, PARAMETER, labels), [])
            values += [value.strip() for value in cell.split(VALUES) if value.strip() and value.strip() not in values]
    return {name: values for name, values in found.items() if name}


def _differs(rows: list[tuple[int, dict[str, str]]], name: str, labels: dict[str, str]) -> bool:
    return len(rows) > 1 and len({_parameter_cell(record, name, labels) for _, record in rows} - {""}) > 1


def _description(rows: list[tuple[int, dict[str, str]]]) -> str:
    """The short description, then the full one when it says more (HTML read as text)."""
    short, full = html_text(_first(rows, "short_description")), html_text(_first(rows, "description"))
    return "\n".join(part for part in dict.fromkeys((short, full)) if part)


def _categories(rows: list[tuple[int, dict[str, str]]]) -> tuple[list[str], list[str]]:
    """(the shop's kind labels, most specific first; their parents): the category columns, broadest
    first (Корневая, Подкатегория 1, 2 ...), else the paths of "Размещение на сайте" less their root."""
    record = rows[0][1]
    numbered = sorted((int(match.group(1)), key) for key in record if (match := NUMBERED_SUBCATEGORY.match(key)))
    path = [value for key in [*COLUMNS["categories"], *(key for _, key in numbered)] if (value := record.get(key, "").strip())]
    if path:
        return [path[-1]], list(reversed(path[:-1]))
    kinds, broader = [], []
    for placed in _first(rows, "placement").split(PLACEMENT_SPLIT):
        parts = [part.strip() for part in placed.split(PATH_SPLIT) if part.strip()]
        parts = parts[1:] if len(parts) > 1 else parts  # the root collection ("Каталог") names no kind
        if parts:
            kinds.append(parts[-1])
            broader += [part for part in reversed(parts[:-1]) if part not in broader]
    return list(dict.fromkeys(kinds)), broader


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """Остаток above 0; None when it is blank (stock InSales does not count)."""
    cell = _cell(record, "stock")
    if not cell:
        return None
    try:
        return Decimal(cell.translate(DIGIT_SPACES).replace(",", ".")) > 0
    except ArithmeticError:
        raise ValueError(f"Остаток: {cell!r} is not a number (line {line})") from None


def _photos(cell: str) -> tuple[list[str], list[str]]:
    return https_photos((("Изображения", reference) for reference in PHOTO_SPLIT.split(cell) if reference), SOURCE)
