"""The product export of shops on the EVO platform: Prom.ua (Ukraine), Satu.kz (Kazakhstan) and their
siblings (deal.by, tiu.ru), as the cabinet's "Экспорт товаров" / "Експорт товарів" writes it: an .xlsx
(read by retrieval/xlsx.py) or a .csv, a row per product, its column names joined by underscores in the
cabinet's language (Russian "Название_позиции", Ukrainian "Назва_позиції"). The names are data
(retrieval/lexicon/prom_headers.toml, with the public sources they come from).

What becomes an item: a row is a product; rows sharing a variant group id (ID_группы_разновидностей)
are one item, each row a variant with its own price, stock, code and photo, the characteristics that
differ between them its options. Characteristics are repeated Название / Измерение / Значение
_Характеристики triples, read by position (a value with its unit: "3.5 г"), the shop's own statements.
Цена is read as written ("12500", "12 500,50", "12500.50"; a trailing currency word dropped) in the
Валюта the row names (Prom's own spellings "грн", "dol", "тг" read as ISO codes), else the shop's
`--currency`; Скидка ("10%" or an amount) lowers it, the undiscounted price kept as the compare-at price
(its validity dates are not read). Наличие: "+", "!" and "@" (a service) in stock; "-" and "&" (expected)
not; a number of days (made to order) orderable but not in stock; blank: Количество above 0. Ссылка
_изображения holds URLs joined by "," (or spaces); only https:// ones are taken. The name the feed
language prefers (catalog.feed_language: unset or "uk" the _укр column when filled, "ru" the main one)
is the title; the other stays in the item's text. Название_группы is the shop's kind label. A row whose
price is no number is reported at its line; the rest is read.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import DIGIT_SPACES, UTF8, CatalogError, RowError, amount_cell, column_key, grouped_rows, each_read, marked_decimal, web_address

PROM_FORMAT = "prom"
SEPARATORS = (",", ";", "\t")
WINDOWS_CYRILLIC = "cp1251"
TABLE = Path(__file__).with_name("lexicon") / "prom_headers.toml"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
COLUMNS = {field: [column_key(name) for name in names] for field, names in _DATA["columns"].items()}
TRIPLE = {part: {column_key(name) for name in names} for part, names in _DATA["characteristics"].items()}
IN_STOCK = {word.lower() for word in _DATA["availability"]["in_stock"]}
OUT_OF_STOCK = {word.lower() for word in _DATA["availability"]["out_of_stock"]}
CURRENCIES = {word.lower(): code for word, code in _DATA["currencies"].items()}
PERCENT = _DATA["discount"]["percent"]
CHARACTERISTICS = "#characteristics"  # a record's (name, unit, value) triples: no column key starts with "#"
PHOTO_SPLIT = re.compile(r"[,;\s]+(?=https?://)|\s+", re.IGNORECASE)
CURRENCY_TAIL = re.compile(r"[^\d\s.,]+\.?$")  # "1 234,50 грн", "99.90$"
DAYS = re.compile(r"\d{1,3}$")  # Наличие as a delivery time in days
SOURCE = "a Prom.ua / Satu.kz export"
UKRAINIAN = "uk"
MIN_SHARED_WORDS = 2  # of a variant group's names, to name the item by them


def is_prom(keys: Iterable[str]) -> bool:
    """A position-name column with one of the export's own: its price, availability, code or ids."""
    keys = set(keys)
    own = {key for field in ("price", "availability", "code", "unique_id", "product_id", "group_number") for key in COLUMNS[field]}
    return bool(set(COLUMNS["name"]) & keys) and bool(own & keys)


def sniff(path: Path) -> tuple[str, str] | None:
    """(separator, encoding) a CSV file's header is the export's at, else None."""
    for encoding in (UTF8, WINDOWS_CYRILLIC):
        for separator in SEPARATORS:
            if is_prom(column_key(name) for name in _csv_header(path, separator, encoding)):
                return separator, encoding
    return None


def csv_rows(path: Path, separator: str, encoding: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(the header, (line, cells) of each row after it) of the export as CSV."""
    text = path.read_bytes().decode(encoding, errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        header = [name.strip().lstrip("\ufeff") for name in next(reader, [])]
        rows, line = [], reader.line_num
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line + 1, cells))
            line = reader.line_num
    except csv.Error as error:
        raise CatalogError(f"{path.name} is not a readable CSV file ({error})") from None
    return header, rows


def products(header: list[str], rows: Iterable[tuple[int, list[str]]], max_row_bytes: int, feed_language: str = "") -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row; rows it cannot read at their line, in line order."""
    records = ((line, _record(line, header, cells, max_row_bytes)) for line, cells in rows)
    groups, errors = grouped_rows(records, _product_key, lambda line: f"Название_позиции: the row on line {line} names no product")
    found: list[tuple[int, Product | RowError]] = list(errors)
    for grouped in groups.values():
        try:
            found += _product(grouped, feed_language)
        except ValueError as error:
            found.append((grouped[0][0], RowError(grouped[0][0], str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _record(line: int, header: list[str], cells: list[str], max_row_bytes: int) -> dict[str, Any] | RowError:
    """{column key: cell} (a repeated column keeps its first cell) and the row's characteristic triples."""
    if any(cell.strip() for cell in cells[len(header):]):
        return RowError(line, "more cells than the header has columns")
    if sum(len(cell) for cell in cells) > max_row_bytes:
        return RowError(line, f"the row is longer than {max_row_bytes:,} bytes")
    keys = [column_key(name) for name in header]
    record: dict[str, Any] = {}
    for key, cell in zip(keys, cells):
        record.setdefault(key, cell.strip())
    triples = []
    for index, key in enumerate(keys):
        if key not in TRIPLE["name"] or index >= len(cells) or not cells[index].strip():
            continue
        after = {keys[other]: cells[other].strip() for other in range(index + 1, min(index + 3, len(cells)))}
        unit = next((cell for key, cell in after.items() if key in TRIPLE["unit"]), "")
        value = next((cell for key, cell in after.items() if key in TRIPLE["value"]), "")
        if value:
            triples.append((cells[index].strip(), unit, value))
    record[CHARACTERISTICS] = triples
    return record


def _cell(record: dict[str, Any], field: str) -> str:
    return next((record[key] for key in COLUMNS[field] if record.get(key, "")), "")


def _product_key(record: dict[str, Any]) -> str:
    group = _cell(record, "variant_group")
    if group:
        return f"group:{group}"
    own = _cell(record, "unique_id") or _cell(record, "product_id") or _cell(record, "code")
    return f"id:{own}" if own else (f"name:{_cell(record, 'name')}" if _cell(record, "name") else "")


def _titles(record: dict[str, Any], feed_language: str) -> tuple[str, str]:
    """(the title, the other-language name) as the feed language prefers."""
    main, ukrainian = html_text(_cell(record, "name")), html_text(_cell(record, "name_uk"))
    if ukrainian and feed_language in ("", UKRAINIAN):
        return ukrainian, main if main != ukrainian else ""
    return main or ukrainian, ukrainian if main and ukrainian != main else ""


def _group_titles(rows: list[tuple[int, dict[str, Any]]], feed_language: str) -> tuple[str, str]:
    """A variant group's names less the words its variants differ by ("Кольцо золотое 16", "... 17" ->
    "Кольцо золотое"), when they share at least MIN_SHARED_WORDS; else the first row's."""
    named = [_titles(record, feed_language) for _, record in rows]
    return _shared_words([title for title, _ in named]), _shared_words([other for _, other in named])


def _shared_words(names: list[str]) -> str:
    words = [name.split() for name in names if name]
    if not words:
        return ""
    shared = []
    for column in zip(*words):
        if len(set(column)) > 1:
            break
        shared.append(column[0])
    return " ".join(shared) if len(shared) >= MIN_SHARED_WORDS else names[0]


def _product(rows: list[tuple[int, dict[str, Any]]], feed_language: str) -> list[tuple[int, Product | RowError]]:
    line, first = rows[0]
    title, other_name = _group_titles(rows, feed_language)
    if not title:
        raise ValueError(f"Название_позиции: the product on line {line} has no name")
    described = _cell(first, "description_uk") if feed_language in ("", UKRAINIAN) and _cell(first, "description_uk") else _cell(first, "description")
    images, refused = _photos(_cell(first, "images"))
    characteristics = _characteristics(rows)
    own_id = _cell(first, "variant_group") if len(rows) > 1 else (_cell(first, "unique_id") or _cell(first, "product_id") or _cell(first, "code"))
    product = Product(
        line, title=title, id=own_id or slug(title), handle=slug(title),
        description="\n".join(part for part in (html_text(described), other_name) if part),
        kinds=[kind] if (kind := _cell(first, "group_name")) else [], vendor=_cell(first, "vendor"),
        url=web_address(_cell(first, "url")), images=images, refused_images=refused, currency=_currency(first),
        source_format=PROM_FORMAT, extra={"_first_record": {key: value for key, value in first.items() if key != CHARACTERISTICS}},
    )  # fmt: skip
    varying = {name for name in characteristics if _differs(rows, name)}
    variants, errors = each_read(rows, lambda row_line, record: _variant(row_line, record, varying, product))
    if not variants:
        return errors if len(rows) == 1 else [(line, RowError(line, "Цена: none of the product's rows can be read")), *errors]
    if len(rows) == 1:
        only = variants[0]
        product.price, product.compare_at_price, product.in_stock = only.price, only.compare_at_price, only.in_stock
    else:
        product.variants = variants
        product.images += [variant.image for variant in variants if variant.image and variant.image not in product.images]
    product.options = {name: values for name, values in characteristics.items() if name not in varying} | variant_options(product.variants)
    return [(line, product), *errors]


def _variant(line: int, record: dict[str, Any], varying: set[str], product: Product) -> RawVariant:
    price = _price(record, line)
    discounted = _discounted(price, _cell(record, "discount"), line)
    options = {name: value for name, unit, value in _triples(record) if name in varying for value in [_with_unit(value, unit)]}
    photos, refused = _photos(_cell(record, "images"))
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    return RawVariant(
        line, id=_cell(record, "unique_id") or _cell(record, "product_id") or _cell(record, "code"), sku=_cell(record, "code"),
        options=options, price=float(discounted), compare_at_price=float(price) if discounted < price else None,
        in_stock=_in_stock(record, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _price(record: dict[str, Any], line: int) -> Decimal:
    cell = CURRENCY_TAIL.sub("", _cell(record, "price")).strip()
    price = amount_cell(cell, marked_decimal, "Цена", line) if cell else None
    if price is None:
        raise ValueError(f"Цена: {_cell(record, 'price')!r} is not a price (line {line})" if _cell(record, "price") else f"Цена: the row on line {line} has no price")
    return price


def _discounted(price: Decimal, cell: str, line: int) -> Decimal:
    """The price less Скидка: "10%" of it, or an amount; a discount that is no number is refused."""
    cell = cell.strip()
    if not cell:
        return price
    amount = amount_cell(cell.removesuffix(PERCENT), marked_decimal, "Скидка", line, "a discount")
    if amount is None:
        return price
    lowered = price * (100 - amount) / 100 if cell.endswith(PERCENT) else price - amount
    return lowered.quantize(Decimal("0.01")) if Decimal(0) < lowered < price else price


def _in_stock(record: dict[str, Any], line: int) -> bool | None:
    """Наличие's mark or word; a number of days is made to order (not in stock); blank: Количество."""
    said = _cell(record, "availability").lower()
    if said in IN_STOCK:
        return True
    if said in OUT_OF_STOCK or DAYS.match(said):
        return False
    quantity = _cell(record, "quantity")
    if not quantity:
        return None
    try:
        return Decimal(quantity.translate(DIGIT_SPACES).replace(",", ".")) > 0
    except ArithmeticError:
        raise ValueError(f"Количество: {quantity!r} is not a number (line {line})") from None


def _currency(record: dict[str, Any]) -> str:
    written = _cell(record, "currency")
    return CURRENCIES.get(written.lower(), written.upper() if written.isascii() else written)


def _triples(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    return record.get(CHARACTERISTICS, [])


def _with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}" if unit and not value.endswith(unit) else value


def _characteristics(rows: list[tuple[int, dict[str, Any]]]) -> dict[str, list[str]]:
    """{characteristic: its values}, over the product's rows, in their order."""
    found: dict[str, list[str]] = {}
    for _, record in rows:
        for name, unit, value in _triples(record):
            values = found.setdefault(name, [])
            if (written := _with_unit(value, unit)) not in values:
                values.append(written)
    return found


def _differs(rows: list[tuple[int, dict[str, Any]]], name: str) -> bool:
    return len(rows) > 1 and len({_with_unit(value, unit) for _, record in rows for named, unit, value in _triples(record) if named == name}) > 1


def _photos(cell: str) -> tuple[list[str], list[str]]:
    return https_photos((("Ссылка_изображения", reference) for reference in PHOTO_SPLIT.split(cell) if reference.strip(", ;")), SOURCE)


def _csv_header(path: Path, separator: str, encoding: str) -> list[str]:
    try:
        with path.open("r", encoding=encoding, errors="strict", newline="") as text:
            return [name.strip().lstrip("\ufeff") for name in next(csv.reader(text, delimiter=separator), [])]
    except (UnicodeDecodeError, csv.Error, OSError):
        return []
