"""VTEX's product and SKU spreadsheet (Catalog > Products and SKUs > Export), read as products.

Read from VTEX's Help Center ("Importing and exporting products and SKUs using a spreadsheet" and its
field list, help.vtex.com / GitHub vtexdocs/help-center-content) and public code that reads the sheet.
The export is a workbook (.xls or .xlsx; Facet reads .xlsx, an old .xls is refused with its reason,
retrieval/xlsx.py) or that sheet saved as CSV ("," or ";", UTF-8 or Windows-1252); one row per SKU, VTEX's own Portuguese names whatever
the admin's language, some with a note in brackets ("_IDSKU (Não alterável)", "_NomeProduto
(Obrigatório)"): matched without the note, case, spacing or underscores ("idsku", "nomeproduto").
- _IDProduto groups the SKUs of a product (its _NomeProduto when the id is blank); _IDSKU is an
  offer's id, _CodigoReferenciaSKU its SKU, _NomeSKU tells the offers apart: the part of it after the
  product's name ("Anel Solitário - Aro 14" of "Anel Solitário": "Aro 14"); when every such part is
  one word and a size ("Aro 14", "Talla 7,5") the word names the option, else the option is "Variation"
  ("Ouro Branco", "Ouro Amarelo": Variation).
- _ProdutoAtivo / _MostrarNoSite "NÃO" (Spanish admins "NO"): the product is not for sale
  (unpublished / hidden); _SKUAtivo "NÃO": the SKU is not offered (a product with none left: unpublished).
- _DescricaoProduto: HTML, read as text (_BreveDescricaoProduto when it is blank); _NomeCategoria the
  kind, _NomeDepartamento the broader one; _Marca the vendor; _PalavrasChave (","-separated) the tags;
  _LinkTexto the handle.
The sheet carries no price and no photo: VTEX keeps prices in its Pricing module and photos per SKU.
A shop hands them beside the catalog (any .csv or .xlsx of its folder, told apart by its header):
- the base price table (Prices > Price list > Export: "SKU ID", "Cost Price", "Base Price", "List
  Price", "(View Only)" names after them): the Base Price is the SKU's price, a List Price above it
  the compare-at price; a point before the decimals ("4.95"), a decimal comma read too;
- a table of SKU photos: an SKU id column ("SKU ID", "_IDSKU", "SkuId") and a URL column ("Url",
  "Image URL", the Catalog API's SKU file field), "IsMain" putting a photo first. No public source
  showed VTEX writing such a sheet: it is read as a shop would make it from the API's SKU files.
A product none of whose offered SKUs has a price is reported at its line, never priced 0; a price
row that cannot be read is reported at its line in its own file. The sheet names no currency: the
shop's setting applies.
Not read: the SKU specifications sheet (a separate export), dimensions, EAN, trade policies, kits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Iterator
from urllib.parse import unquote, urlsplit

from retrieval import xlsx
from retrieval.config import CatalogConfig
from retrieval.product import Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.magento_media import local_file
from retrieval.prestashop_files import encoding_of
from retrieval.rows import UTF8, CatalogError, Row, RowError, amount_cell, column_key, csv_header, csv_records, grouped_rows, list_cell, marked_decimal

VTEX_FORMAT = "vtex"
SEPARATORS = (",", ";")  # Excel's CSV in a Portuguese or Spanish locale writes ";"
NOTE = re.compile(r"\([^)]*\)?")  # "(Não alterável)", "(Obrigatório)", "(View Only)"
# the catalog sheet's fields, as `field_name` makes them
SKU_ID, SKU_NAME, SKU_ACTIVE, SKU_REF = "idsku", "nomesku", "skuativo", "codigoreferenciasku"
PRODUCT_ID, PRODUCT_NAME, PRODUCT_ACTIVE, SHOWN = "idproduto", "nomeproduto", "produtoativo", "mostrarnosite"
DESCRIPTION, SHORT_DESCRIPTION, KEYWORDS, LINK = "descricaoproduto", "brevedescricaoproduto", "palavraschave", "linktexto"
CATEGORY, DEPARTMENT, BRAND, PRODUCT_REF = "nomecategoria", "nomedepartamento", "marca", "codigoreferenciaproduto"
REQUIRED_FIELDS = (SKU_ID, PRODUCT_NAME)
SHEET_MARKS = (SKU_NAME, PRODUCT_ID, SKU_ACTIVE, PRODUCT_ACTIVE, "ativarskusepossivel", "eansku", "linktexto")  # one is enough
NO_WORDS = {"não", "nao", "no", "n", "false", "0", "falso"}  # SIM / NÃO in Portuguese, SÍ / NO in Spanish
KEYWORD_SEPARATOR = ","
VARIATION_OPTION = "Variation"
SIZE_VALUE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?(?:\s+\d/\d)?")  # "14", "16,5", "7 1/2": a size its word names ("Aro 14")
NAME_JOINS = " -–—|/:,"  # between a product's name and what its SKU name adds
# the companion tables, by their fields
PRICE_SKU, BASE_PRICE, LIST_PRICE = "sku id", "base price", "list price"
IMAGE_SKUS = ("sku id", "idsku", "skuid", "id sku")
IMAGE_URLS = ("url", "image url", "imageurl", "url imagem", "url da imagem", "url imagen", "url de la imagen", "url de imagen")
IMAGE_MAIN = ("ismain", "is main", "principal")
# VTEX's own image export: the file name alone in its URL column, the image's id beside it, a position (0 the main)
IMAGE_IDS = ("id de imagen", "id de la imagen", "image id", "imageid", "id da imagem", "id imagem")
IMAGE_POSITIONS = ("posición imagen", "posicion imagen", "position", "posição imagem", "posicao imagem", "posición", "posicion")
MAIN_POSITION = "0"
COMPANION_SUFFIXES = (".csv", ".xlsx")
PHOTO_FOLDERS = ("", "images", "imagens", "imagenes", "fotos", "photos")  # where a photo URL's file is looked for, under the photo folder
MAX_COMPANION_FILES = 50  # of a folder, looked at for price and photo tables


def field_name(key: str) -> str:
    """A column key as this reader matches it: "idsku (não alterável)" -> "idsku"."""
    return " ".join(NOTE.sub(" ", column_key(key)).split())


def is_vtex(keys: set[str]) -> bool:
    fields = {field_name(key) for key in keys}
    return set(REQUIRED_FIELDS) <= fields and bool(fields & set(SHEET_MARKS))


@dataclass
class Companions:
    """What files beside the sheet say per SKU id: its prices, its photos; rows they could not read."""

    prices: dict[str, tuple[Decimal, Decimal | None]] = field(default_factory=dict)
    photos: dict[str, list[str]] = field(default_factory=dict)
    errors: list[tuple[int, RowError]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the tables read
    price_files: list[str] = field(default_factory=list)


def read(sheet: Path, records: Iterator[tuple[int, Row]], limits: CatalogConfig, photo_folder: Path | None = None) -> Iterator[tuple[int, Product | RowError]]:
    """The sheet's products, its price and photo tables found beside it; a CSV that is not UTF-8 (Excel
    saves a Brazilian or Spanish sheet as Windows-1252) read again in its own encoding."""
    if sheet.suffix.lower() == ".csv" and (encoding := encoding_of(sheet)) != UTF8:
        separator = next((candidate for candidate in SEPARATORS if is_vtex({column_key(name) for name in csv_header(sheet, candidate, encoding)})), SEPARATORS[0])
        records = csv_records(sheet, limits.max_row_bytes, separator, encoding)
    return products(records, companions_beside(sheet, limits, photo_folder))


def products(records: Iterator[tuple[int, Row]], companions: Companions | None = None) -> Iterator[tuple[int, Product | RowError]]:
    companions = companions or Companions()
    yield from companions.errors
    named = ((line, _named(record) if isinstance(record, dict) else record) for line, record in records)
    groups, errors = grouped_rows(named, _product_key, lambda line: f"_IDSKU row {line} names no product (_IDProduto or _NomeProduto)")
    yield from errors
    for rows in groups.values():
        line = rows[0][0]
        try:
            yield line, _product(rows, companions)
        except ValueError as error:
            yield line, RowError(line, str(error))


def _named(record: dict[str, str]) -> dict[str, str]:
    """The row by this reader's field names, its own column keys kept beside them (for --map)."""
    return record | {field_name(key): cell for key, cell in record.items()}


def _product_key(row: dict[str, str]) -> str:
    return row.get(PRODUCT_ID, "").strip() or row.get(PRODUCT_NAME, "").strip()


def _product(rows: list[tuple[int, dict[str, str]]], companions: Companions) -> Product:
    line, first = rows[0]
    title = first.get(PRODUCT_NAME, "").strip()
    if not title:
        raise ValueError("_NomeProduto is blank")
    offered = [(row_line, row) for row_line, row in rows if not _says_no(row.get(SKU_ACTIVE, ""))]
    product = Product(
        line, title=title, id=first.get(PRODUCT_ID, "").strip() or first.get(PRODUCT_REF, "").strip() or slug(title),
        handle=first.get(LINK, "").strip() or slug(title), description=html_text(first.get(DESCRIPTION, "") or first.get(SHORT_DESCRIPTION, "")),
        kinds=[kind for kind in (first.get(CATEGORY, "").strip(),) if kind], broader_kinds=[kind for kind in (first.get(DEPARTMENT, "").strip(),) if kind],
        tags=list_cell(first.get(KEYWORDS, ""), KEYWORD_SEPARATOR), vendor=first.get(BRAND, "").strip(), source_format=VTEX_FORMAT,
        extra={"_first_record": first},
    )  # fmt: skip
    if _says_no(first.get(PRODUCT_ACTIVE, "")) or not offered:
        product.skipped = "unpublished"
    elif _says_no(first.get(SHOWN, "")):
        product.skipped = "hidden"
    values = _option_values(title, [row.get(SKU_NAME, "").strip() for _, row in offered])
    variants = [_variant(row_line, row, value, companions) for (row_line, row), value in zip(offered, values)]
    product.images = list(dict.fromkeys(photo for row_line, row in offered for photo in companions.photos.get(row.get(SKU_ID, "").strip(), [])))
    priced = [variant for variant in variants if variant.price is not None]
    if not product.skipped and not priced:
        where = f" in {', '.join(companions.price_files)}" if companions.price_files else ": no price table (Prices > Price list > Export) is beside the sheet"
        raise ValueError(f"no price for its SKUs {', '.join(variant.id for variant in variants)}{where}")
    product.variants = priced
    if len(priced) > 1 or any(variant.options for variant in priced):
        product.options = variant_options(priced)
    elif priced:
        product.price, product.compare_at_price = priced[0].price, priced[0].compare_at_price
    return product


def _variant(line: int, row: dict[str, str], value: tuple[str, str] | None, companions: Companions) -> RawVariant:
    sku_id = row.get(SKU_ID, "").strip()
    price, listed = companions.prices.get(sku_id, (None, None))
    photos = companions.photos.get(sku_id, [])
    return RawVariant(
        line, id=sku_id, sku=row.get(SKU_REF, "").strip() or sku_id, options=dict([value]) if value else {},
        price=float(price) if price is not None else None,
        compare_at_price=float(listed) if listed is not None and price is not None and listed > price else None,
        image=photos[0] if photos else "",
    )  # fmt: skip


def _option_values(title: str, sku_names: list[str]) -> list[tuple[str, str] | None]:
    """(option, value) telling each SKU apart by what its name adds to the product's; None for all
    when there is only one SKU, or nothing tells them apart."""
    parts = [_added(title, name) or name for name in sku_names]
    if len(parts) < 2 or len(set(parts)) < len(parts) or not all(parts):
        return [None] * len(parts)
    words = [part.split(maxsplit=1) for part in parts]
    if all(len(pair) == 2 and SIZE_VALUE.fullmatch(pair[1]) for pair in words) and len({pair[0].lower() for pair in words}) == 1:
        return [(words[0][0], pair[1]) for pair in words]
    return [(VARIATION_OPTION, part) for part in parts]


def _added(title: str, sku_name: str) -> str:
    if sku_name.lower().startswith(title.lower()):
        return sku_name[len(title):].strip(NAME_JOINS + " ")
    return ""


def _says_no(cell: str) -> bool:
    return cell.strip().lower() in NO_WORDS


def sheet_in(folder: Path, limits: CatalogConfig) -> Path | None:
    """The product and SKU sheet in a folder an owner hands over whole (its price and photo tables
    beside it), by header; None when the folder holds none."""
    found = []
    for path in sorted(folder.iterdir())[:MAX_COMPANION_FILES]:
        if not path.is_file() or path.suffix.lower() not in COMPANION_SUFFIXES:
            continue
        try:
            names, _ = _table(path, limits)
        except CatalogError:
            continue
        if is_vtex(set(names)):
            found.append(path)
    if len(found) > 1:
        raise CatalogError(f"{folder} holds {len(found)} VTEX product and SKU sheets ({', '.join(path.name for path in found)}): give the one to read")
    return found[0] if found else None


def companions_beside(sheet: Path, limits: CatalogConfig, photo_folder: Path | None = None) -> Companions:
    """The price and photo tables among the .csv and .xlsx files in the sheet's folder (by header, never
    by name); a photo URL whose file name is a file in `photo_folder` (or its PHOTO_FOLDERS) is that file."""
    found = Companions()
    beside = [path for path in sorted(sheet.parent.iterdir()) if path != sheet and path.is_file() and path.suffix.lower() in COMPANION_SUFFIXES]
    for path in beside[:MAX_COMPANION_FILES]:
        try:
            names, records = _table(path, limits)
        except CatalogError:
            continue
        fields = {field_name(name) for name in names}
        if {PRICE_SKU, BASE_PRICE} <= fields:
            _read_prices(path.name, records, found)
            found.price_files.append(path.name)
        elif fields & set(IMAGE_SKUS) and fields & set(IMAGE_URLS) and not is_vtex(fields):
            _read_photos(records, found, photo_folder or sheet.parent)
        else:
            continue
        found.files.append(path.name)
    return found


def _table(path: Path, limits: CatalogConfig) -> tuple[list[str], Iterator[tuple[int, Row]]]:
    if path.suffix.lower() != ".csv":
        names, rows = xlsx.header_and_rows(path, limits.xlsx_max_unpacked_bytes, limits.xlsx_max_ratio)
        return names, xlsx.records(names, rows, limits.max_row_bytes)
    encoding = encoding_of(path)
    for separator in SEPARATORS:
        names = csv_header(path, separator, encoding)
        if len(names) > 1:
            return names, csv_records(path, limits.max_row_bytes, separator, encoding)
    raise CatalogError(f"{path.name} has one column")


def _read_prices(name: str, records: Iterator[tuple[int, Row]], found: Companions) -> None:
    for line, record in records:
        if isinstance(record, RowError):
            found.errors.append((line, RowError(line, record.reason, file=name)))
            continue
        row = {field_name(key): cell for key, cell in record.items()}
        sku_id = row.get(PRICE_SKU, "").strip()
        try:
            price = amount_cell(row.get(BASE_PRICE, ""), marked_decimal, "Base Price", line)
            listed = amount_cell(row.get(LIST_PRICE, ""), marked_decimal, "List Price", line)
        except ValueError as error:
            found.errors.append((line, RowError(line, f"{error}; SKU {sku_id or '?'} is left unpriced", file=name)))
            continue
        if sku_id and price is not None:
            found.prices[sku_id] = (price, listed)


def _read_photos(records: Iterator[tuple[int, Row]], found: Companions, photo_folder: Path) -> None:
    for _, record in records:
        if isinstance(record, RowError):
            continue
        row = {field_name(key): cell.strip() for key, cell in record.items()}
        sku_id = next((row[key] for key in IMAGE_SKUS if row.get(key)), "")
        url = next((row[key] for key in IMAGE_URLS if row.get(key)), "")
        if sku_id and url and not url.lower().startswith("https://"):
            url = _hosted_file(url, next((row[key] for key in IMAGE_IDS if row.get(key)), ""), photo_folder)
        if not (sku_id and url):
            continue
        url = _local_photo(url, photo_folder) or url
        photos = found.photos.setdefault(sku_id, [])
        main = next((row[key] for key in IMAGE_MAIN if row.get(key)), "")
        position = next((row[key] for key in IMAGE_POSITIONS if row.get(key)), "")
        first = (main and not _says_no(main)) or position.split(".")[0] == MAIN_POSITION
        photos.insert(0, url) if first else photos.append(url)


def _hosted_file(name: str, image_id: str, folder: Path) -> str:
    """A photo VTEX's image export names by its file name alone (hosted at .../arquivos/ids/<image id>/<name>):
    the local file saved as "<image id>-<name>" or "<name>" in the photo folder, "" when neither is there
    (the store's host is not in the table, so no URL can be made)."""
    if "/" in name or "\\" in name:
        return ""
    for saved in ([f"{image_id}-{name}"] if image_id else []) + [name]:
        local = _local_file(saved, folder)
        if local:
            return local
    return ""


def _local_photo(url: str, folder: Path) -> str:
    """The path, relative to `folder`, of the file the URL's last segment names ("anel.jpg" of
    .../arquivos/ids/155/anel.jpg?v=1) in the folder or one of PHOTO_FOLDERS under it; "" when none is
    there (the URL stays, fetched only as the image settings allow)."""
    return _local_file(unquote(PurePosixPath(urlsplit(url).path).name), folder)


def _local_file(name: str, folder: Path) -> str:
    """The path, relative to `folder`, of the file `name` in the folder or one of PHOTO_FOLDERS under it; "" when none."""
    if not name or name in (".", "..") or "\\" in name:
        return ""
    found, _ = local_file(name, folder, PHOTO_FOLDERS)  # a symlink leading out of the folder is not taken
    return found
