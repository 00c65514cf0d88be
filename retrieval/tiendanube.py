"""Tiendanube's product CSV export (Productos > Exportar; Nuvemshop's Produtos > Exportar in Brazil),
read as products.

The header is in the store's language (retrieval/lexicon/tiendanube_headers.toml): "Identificador de
URL;Nombre;Categorías;Nombre de propiedad 1;Valor de propiedad 1 ... 3;Precio;Precio promocional;Peso
(kg);Alto (cm);Ancho (cm);Profundidad (cm);Stock;SKU;Código de barras;Mostrar en tienda;Envío sin
cargo;Descripción;Tags;Título para SEO;Descripción para SEO;Marca;Producto Físico;MPN (...);Sexo;
Rango de edad;Costo", or Portuguese's "Identificador URL;Nome;Categorias;Nome da variação 1 ...".
Cells are separated by ";" (a file saved again with "," is read too); UTF-8 with or without a BOM,
or Windows-1252 / Latin-1 as older exports and Excel write it.

A product is the rows sharing its URL identifier (a row naming neither identifier nor name belongs
to the product above it, as some exports write them): the first carries its name, description,
categories, tags, brand and visibility; each row is a variant with its property values ("Nombre de
propiedad 1" Talle, "Valor de propiedad 1" 16), price (else the first row's), promotional price,
stock and SKU (a property named only on the first row keeps that name); a product with no Precio on
any row is a price on request (skipped as not for sale, never refused). The item's id is the URL identifier. Prices are
written "125000.00", "125.000,00", "8,000.00" or "59,90", a "$" allowed; the export names no
currency: the shop's `--currency` applies (a bare "$" in a peso shop is pesos; a cell naming another,
"U$S 1.200", is read by the lexicon's currencies). A promotional price
below the price is what a shopper pays, the price the compare-at one. A blank Stock is stock the shop
does not count (for sale), 0 out of stock. "Mostrar en tienda" NO (Exibir na loja NÃO, or Visibilidad
Oculto) is a hidden product, not for sale. Categories are paths ("Anillos > Oro", several separated by
","): the last part the shop's kind label, the rest broader ones. Tags (separated by ",") and Sexo are
tags, Marca the vendor; Descripción (HTML) the description, else the SEO description. The export has
no photos; an "Imágenes" column (several separated by ",") is read where a file has one: https:// URLs
and paths inside the catalog's folder, anything else refused. Weight, dimensions, barcode, MPN, cost,
free shipping, "Producto Físico" and the SEO title are not read.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval.export_headers import HeaderNames, header_fold
from retrieval.product import PHOTO_SCHEME, Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import UTF8, Row, RowError, column_key, csv_header, csv_records, decimal_cell

TIENDANUBE_FORMAT = "tiendanube"
SEPARATOR = ";"  # between the cells of Tiendanube's export
TABLE = Path(__file__).with_name("lexicon") / "tiendanube_headers.toml"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
HEADERS = HeaderNames.from_tables(_DATA["columns"])
HIDDEN = {header_fold(word) for word in _DATA["values"]["hidden"]}
HIDDEN_VISIBILITY = {header_fold(word) for word in _DATA["values"]["hidden_visibility"]}
IDENTIFIER, NAME, REQUIRED_ANY = "url identifier", "name", ("price", "property name 1", "categories")
PROPERTIES = 3  # Nombre / Valor de propiedad 1 to 3
LIST_SEPARATOR, PATH_SEPARATOR, PHOTO_SEPARATOR = ",", ">", re.compile(r"[,;|\s]+")
WINDOWS_LATIN = "cp1252"  # older exports and Excel's "CSV" save; Latin-1 where its bytes are not cp1252's
LATIN1 = "latin-1"
CURRENCY_MARK = "$"  # the sign a price cell may carry: the shop's own currency
PRICE_ON_REQUEST = "price on request"  # no row of the product has a Precio: the shop shows none ("Consultar precio")
AMOUNT = re.compile(r"\d{1,3}(?:([.,])\d{3})*(?:([.,])\d{1,2})?|\d+(?:[.,]\d{1,2})?")
MARKED_AMOUNT = re.compile(r"(\D*?)\s*(\d[\d.,\s\u00a0]*)\s*(\D*)")  # a currency's mark before or after the number
SOURCE = "a Tiendanube export"


def english_keys(keys: set[str] | list[str]) -> dict[str, str]:
    """{column key as found: the reader's key} for the names the table holds."""
    return HEADERS.translated(list(keys))


def is_tiendanube(keys: set[str]) -> bool:
    known = set(english_keys(keys).values())
    return IDENTIFIER in known and NAME in known and any(key in known for key in REQUIRED_ANY)


def encoding_of(path: Path) -> str:
    """UTF-8 (a BOM is fine) when the bytes are UTF-8, else Windows-1252 (Latin-1 for its five unused bytes)."""
    raw = path.read_bytes()
    for encoding in (UTF8, WINDOWS_LATIN):
        try:
            raw.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    return LATIN1


def read(path: Path, delimiter: str, max_row_bytes: int) -> Iterator[tuple[int, Product | RowError]]:
    """The export's products, its header read in the file's encoding."""
    encoding = encoding_of(path)
    renamed = english_keys([column_key(name) for name in csv_header(path, delimiter, encoding)])
    return products(_renamed(csv_records(path, max_row_bytes, delimiter, encoding), renamed))


def _renamed(records: Iterator[tuple[int, Row]], renamed: dict[str, str]) -> Iterator[tuple[int, Row]]:
    """Each record with the reader's keys beside the file's own (which `--map` names)."""
    for line, record in records:
        if isinstance(record, dict):
            record = record | {renamed[key]: cell for key, cell in record.items() if key in renamed}
        yield line, record


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, the rows sharing its URL identifier as variants; bad
    rows at their line, in line order."""
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    last = ""  # the product a row naming neither URL identifier nor name belongs to: the one above
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        identifier = record.get(IDENTIFIER, "").strip() or slug(record.get(NAME, "")) or last or f"line {line}"
        groups.setdefault(identifier, []).append((line, record))
        last = identifier
    for identifier, rows in groups.items():
        found += _product(identifier, rows)
    yield from sorted(found, key=lambda entry: entry[0])


def _product(identifier: str, rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, Product | RowError]]:
    """The product and a RowError for each of its rows that cannot be read (the rest are its variants)."""
    line, first = rows[0]
    name = html_text(first.get(NAME, ""))
    if not name:
        return [(row_line, RowError(row_line, f"Nombre: the product {identifier!r} has no name on its first row (line {line})")) for row_line, _ in rows]
    kinds, broader = _categories(first.get("categories", ""))
    images, refused = _photos(first)
    product = Product(
        line, title=name, id=identifier, handle=identifier, description=html_text(first.get("description", "")) or html_text(first.get("seo description", "")),
        kinds=kinds, broader_kinds=broader, tags=_tags(first), vendor=first.get("brand", "").strip(), images=images, refused_images=refused,
        skipped=_hidden(first), source_format=TIENDANUBE_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    if not any(row.get("price", "").strip() for _, row in rows):
        product.skipped = product.skipped or PRICE_ON_REQUEST
        return [(line, product)]
    names = {number: first.get(f"property name {number}", "").strip() for number in range(1, PROPERTIES + 1)}
    errors: list[tuple[int, Product | RowError]] = []
    for row_line, row in rows:
        try:
            product.variants.append(_variant(row_line, row, names, first if row_line != line else {}))
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
    if not product.variants:
        return errors
    if len(product.variants) == 1 and not product.variants[0].options:
        only = product.variants.pop()
        product.price, product.compare_at_price, product.in_stock = only.price, only.compare_at_price, only.in_stock
    product.options = variant_options(product.variants)
    return [(line, product), *errors]


def _variant(line: int, row: dict[str, str], names: dict[int, str], first: dict[str, str]) -> RawVariant:
    """A row's variant: its property values, price (the promotional one when lower; else its product's
    first row's), stock and SKU."""
    options = {}
    for number, first_name in names.items():
        value = row.get(f"property value {number}", "").strip()
        if value:
            options[row.get(f"property name {number}", "").strip() or first_name or f"Propiedad {number}"] = value
    priced = row if row.get("price", "").strip() else first
    regular = _amount(priced, "price", "Precio", line)
    if regular is None:
        raise ValueError(f"Precio: the row on line {line} has no price, nor has its product's first row")
    promotional = _amount(priced, "promotional price", "Precio promocional", line)
    on_sale = promotional is not None and 0 < promotional[0] < regular[0]
    paid, compare_at = (promotional, regular) if on_sale else (regular, None)
    return RawVariant(
        line, sku=row.get("sku", "").strip(), options=options, price=paid[1], compare_at_price=compare_at[1] if compare_at else None,
        in_stock=_in_stock(row, line),
    )  # fmt: skip


def amount(cell: str) -> Decimal | None:
    """"125.000,00", "125000.00", "8,000.00", "59,90", "$ 1.500" -> the amount; None when it is not one.
    The last "." or "," followed by one or two digits is the decimal mark; one followed by three digits
    groups thousands (the export writes two decimals)."""
    text = cell.strip().removeprefix(CURRENCY_MARK).removesuffix(CURRENCY_MARK).strip().replace(" ", "").replace("\u00a0", "")
    match = AMOUNT.fullmatch(text)
    if not match:
        return None
    grouping, decimal_mark = match.group(1), match.group(2)
    if grouping and decimal_mark == grouping:
        return None  # "1.000.50": a point both groups and ends
    if grouping:
        text = text.replace(grouping, "")
    elif decimal_mark is None and re.fullmatch(r"\d+[.,]\d{1,2}", text):
        decimal_mark = text[-3] if text[-3] in ".," else text[-2]
    return decimal_cell(text.replace(decimal_mark, ".") if decimal_mark else text)


def _amount(row: dict[str, str], key: str, column: str, line: int) -> tuple[Decimal, float | str] | None:
    """(the amount, the price as Facet takes it): a number, or the cell itself when it names a currency
    other than "$" ("U$S 1.200", "R$ 1.289,90"), for the lexicon's currencies to read (retrieval/prices.py)."""
    cell = row.get(key, "").strip()
    if not cell:
        return None
    marked = MARKED_AMOUNT.fullmatch(cell)
    found = amount(marked.group(2)) if marked else None
    if found is None:
        raise ValueError(f"{column}: {cell!r} is not a price (line {line})")
    marks = (marked.group(1) + marked.group(3)).strip()
    if marks not in ("", CURRENCY_MARK) and not any(char.isalpha() for char in marks):
        raise ValueError(f"{column}: {cell!r} is not a price (line {line})")  # "-100", "100 %"
    return found, float(found) if marks in ("", CURRENCY_MARK) else cell


def _in_stock(row: dict[str, str], line: int) -> bool | None:
    """Stock above 0; None when it is blank (stock Tiendanube does not count: for sale)."""
    cell = row.get("stock", "").strip()
    if not cell:
        return None
    found = amount(cell)
    if found is None:
        raise ValueError(f"Stock: {cell!r} is not a number (line {line})")
    return found > 0


def _hidden(record: dict[str, str]) -> str:
    shown, visibility = header_fold(record.get("show in store", "")), header_fold(record.get("visibility", ""))
    return "hidden" if shown in HIDDEN or visibility in HIDDEN_VISIBILITY else ""


def _categories(cell: str) -> tuple[list[str], list[str]]:
    """"Anillos > Oro, Aros" -> (["Oro", "Aros"], ["Anillos"])."""
    paths = [[part.strip() for part in path.split(PATH_SEPARATOR) if part.strip()] for path in cell.split(LIST_SEPARATOR)]
    paths = [path for path in paths if path]
    return list(dict.fromkeys(path[-1] for path in paths)), list(dict.fromkeys(part for path in paths for part in reversed(path[:-1])))


def _tags(record: dict[str, str]) -> list[str]:
    tags = [tag.strip() for tag in record.get("tags", "").split(LIST_SEPARATOR)] + [record.get("gender", "").strip()]
    return list(dict.fromkeys(tag for tag in tags if tag))


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    """(https:// URLs and paths, in their order; why each other reference was refused). A path is
    checked to stay inside the catalog's folder when the catalog is loaded (retrieval/images.py)."""
    photos, refused = [], []
    for reference in PHOTO_SEPARATOR.split(record.get("images", "")):
        if not reference:
            continue
        if reference.lower().startswith(PHOTO_SCHEME) or not re.match(r"^[a-z][a-z0-9+.-]*:", reference, re.IGNORECASE):
            photos.append(reference)
        else:
            refused.append(f"Imágenes refused: only {PHOTO_SCHEME} photo URLs and paths are read from {SOURCE}, not {reference[:60]!r}")
    return photos, refused
