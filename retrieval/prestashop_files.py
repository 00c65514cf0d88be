"""Which files of a folder are a PrestaShop catalog, and how each is written.

A PrestaShop shop hands over the CSV files its Advanced Parameters > Import page documents (and
export modules write): a products file and, when it sells variants, a combinations file. Facet takes
them as the shop gives them: the folder holding both, or the products file, its combinations files
found beside it (any CSV of that folder whose header is PrestaShop's combinations one). The files are
told apart by their header, never by their names.

The import page takes ";" between the cells by default ("," too) and files in UTF-8 or ISO-8859-1:
a file that is not UTF-8 and holds no UTF-8 letter is read as Windows' Latin-1 (cp1252, ISO-8859-1
with the "€" and curly quotes spreadsheets save), else as ISO-8859-1 itself; a UTF-8 file with a stray
byte stays UTF-8, that byte costing only its own row. Header names are matched without regard to
case, spacing, a "*" or "#" mark, a trailing "." or the bracketed hint ("Categories (x,y,z...)" is
"categories", "Feature(Name:Value:Position)" is "feature").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from retrieval.rows import UTF8, CatalogError, column_key, csv_header

DELIMITERS = (";", ",")  # the import page's default field separator first
LATIN1, WINDOWS_LATIN1 = "latin-1", "cp1252"
UTF8_BOM_AS_LATIN1 = "\u00ef\u00bb\u00bf"
UTF8_LETTER = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")  # a letter beyond ASCII as UTF-8 writes it
FIELD_MARKS = re.compile(r"\([^)]*\)?|[*#]")  # "(x,y,z...)", "(0 = No, 1 = Yes)", "Name *", "Reference #"
PRODUCTS, COMBINATIONS = "products", "combinations"
PRICES = ("price tax excluded", "price tax included")
# Names only PrestaShop's products import has beside a name and a price (one is enough).
PRODUCT_MARKS = ("active", "categories", "image urls", "reference", "tax rules id", "tax rule id", "available for order",
                 "show price", "feature", "url rewritten", "summary", "wholesale price", "on sale")  # fmt: skip
COMBINATION_MARKS = ("attribute", "value")  # "Attribute (Name:Type:Position)*", "Value (Value:Position)*"
COMBINATION_OWNERS = ("product id", "product reference", "id")


def field_name(key: str) -> str:
    """A header name as this reader matches it: "Available for order (0 = No, 1 = Yes)" ->
    "available for order", "Product ID*" -> "product id"."""
    return " ".join(FIELD_MARKS.sub(" ", column_key(key)).strip(" .").split())


@dataclass(frozen=True)
class ShopFile:
    """One PrestaShop file: which entity it holds, the character between its cells, its encoding."""

    path: Path
    kind: str
    delimiter: str
    encoding: str


def entity(names: list[str]) -> str | None:
    """PRODUCTS or COMBINATIONS for a PrestaShop header, else None."""
    fields = {field_name(name) for name in names}
    if "name" in fields and fields & set(PRICES) and fields & set(PRODUCT_MARKS):
        return PRODUCTS
    if set(COMBINATION_MARKS) <= fields and fields & set(COMBINATION_OWNERS):
        return COMBINATIONS
    return None


def encoding_of(path: Path) -> str:
    """UTF-8 (a BOM is fine), else Windows' Latin-1, else ISO-8859-1."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        return UTF8
    except UnicodeDecodeError:
        if UTF8_LETTER.search(raw):
            return UTF8  # UTF-8 with a stray byte: that row is reported, the rest read
    try:
        raw.decode(WINDOWS_LATIN1)
        return WINDOWS_LATIN1
    except UnicodeDecodeError:
        return LATIN1


def sniff(path: Path) -> ShopFile | None:
    """The file as a PrestaShop products or combinations file, or None when its header is neither."""
    if not path.is_file() or path.suffix.lower() != ".csv":
        return None
    for delimiter in DELIMITERS:
        try:
            names = csv_header(path, delimiter, LATIN1)  # PrestaShop's names are ASCII: any encoding reads them
        except CatalogError:
            continue
        kind = entity([names[0].removeprefix(UTF8_BOM_AS_LATIN1), *names[1:]] if names else [])
        if kind:
            return ShopFile(path, kind, delimiter, encoding_of(path))
    return None


def products_in(folder: Path) -> Path:
    """The products file of a folder holding a PrestaShop export; a CatalogError when it holds none
    or several."""
    found = [shop_file.path for path in sorted(folder.iterdir()) if (shop_file := sniff(path)) and shop_file.kind == PRODUCTS]
    if not found:
        raise CatalogError(
            f"{folder} is a folder: Facet reads a folder as a PrestaShop export (its products CSV, and its combinations CSV when it "
            "sells variants), a Shopware one (its product export, with its properties and category exports) or a VTEX one (its "
            "product and SKU sheet, with its price and photo tables), and this one holds none of them; give the catalog file itself"
        )
    if len(found) > 1:
        raise CatalogError(f"{folder} holds {len(found)} PrestaShop products files ({', '.join(path.name for path in found)}): give the one to read")
    return found[0]


def combinations_beside(products: Path) -> list[ShopFile]:
    """The PrestaShop combinations files in the products file's folder, by name."""
    beside = (sniff(path) for path in sorted(products.parent.iterdir()) if path != products)
    return [shop_file for shop_file in beside if shop_file and shop_file.kind == COMBINATIONS]
