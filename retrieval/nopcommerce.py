"""nopCommerce's product export ("Export to Excel", Catalog > Products), read as products.

Read from nopCommerce's public source, 4.40-4.70 (GitHub nopSolutions/nopCommerce:
Nop.Services/ExportImport/ExportManager.cs ExportProductsToXlsxAsync and ExportProductsToXlsxWithAttributesAsync,
Help/PropertyManager.cs, ExportProductAttribute.cs); no real export was seen.
The workbook's first sheet, "Product", has a caption row of property names (ProductId first, then ProductType,
ParentGroupedProductId, VisibleIndividually, Name, ShortDescription, FullDescription, Vendor, ... Published,
SKU, Gtin, ... ManageInventoryMethod, StockQuantity, ... Price, OldPrice, ... Categories, Manufacturers,
ProductTags, ... Picture1, Picture2, Picture3); columns the admin's product editor hides are left out.
- Under a product's row, when the shop exports them (CatalogSettings.ExportImportProductAttributes /
  ...SpecificationAttributes), come a caption row and a row per attribute value, both starting two columns in
  (column C): product attributes (AttributeId, AttributeName, ..., AttributeControlType, ..., ValueName, ...,
  PriceAdjustment, PriceAdjustmentUsePercentage, ...) and specification attributes (AttributeType,
  SpecificationAttribute, CustomValue, ...). A row whose column A is blank belongs to the product above.
- Drop-down columns (ProductType, Vendor, ManageInventoryMethod, AttributeControlType, SpecificationAttribute
  ...) hold the entry's text when ExportImportRelatedEntitiesByName is on ("Simple product", "Manage stock"),
  else its id (5, 1): both are read.
- Categories, Manufacturers, ProductTags: ";"-joined (one after the last); a category is its name or, with
  ExportImportProductCategoryBreadcrumb, its path "Rings >> Gold rings"; ids when names are off (not read).
- Picture1..3: the server's local path of the picture's thumb ("C:\\...\\images\\thumbs\\0000042_ring.jpeg"):
  only its file name is kept and looked for in the photo folder (its images/thumbs/, images/, or itself); an
  https URL is kept; anything else refused.
- Specification rows: SpecificationAttribute (its name, or its id when names are off: not read) and CustomValue
  (an option's name for "Option", the text for "Custom text" / "Custom HTML text"; a "Hyperlink" is not read).
- Every cell is written as text (ClosedXML SetValue of ToString()); booleans are "True"/"False"; Published "False" is skipped as unpublished.
- Price, OldPrice: numbers as the server's culture writes them (ToString(): "120.0000", or "120,0000" on a
  Latvian or Lithuanian server); the file names no currency: the shop's setting applies.
- Stock: StockQuantity counts only when ManageInventoryMethod is "Manage stock"; "Don't track inventory" is in
  stock; "Manage stock by attributes" keeps its stock in attribute combinations, which the export does not
  write: unknown.
- A grouped product (ProductType "Grouped product") is one item whose offers are its associated products
  (rows whose ParentGroupedProductId is its ProductId); an associated product not VisibleIndividually is
  sold only through it, so it is no item of its own.
Not read: the localized sheets (one per language code, when the shop has two languages or more), the
hidden filter sheets, attribute combinations (not exported), tier prices, ids written in place of names.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PureWindowsPath
from typing import Iterator

from retrieval.product import Product, RawVariant, slug
from retrieval.html_text import html_text
from retrieval.magento_media import MediaLayout, MediaPlaces, media_reference
from retrieval.rows import RowError, amount_cell, spaced_decimal

NOPCOMMERCE_FORMAT = "nopcommerce"
# ProductId is always the first caption; these are never hidden by the product editor's settings
REQUIRED_KEYS = ("productid", "name", "price", "manageinventorymethod")
ANY_OF_KEYS = ("istaxexempt", "isshipenabled", "taxcategory")
FIRST_KEY = "productid"
ATTRIBUTE_CAPTION, SPECIFICATION_CAPTION = "AttributeId", "AttributeType"  # a sub-caption's first cell
SUB_OFFSET = 2  # ExportProductAttribute.ProductAttributeCellOffset: sub-rows start in column C
LIST_SEPARATOR, BREADCRUMB = ";", ">>"
TRUE, FALSE = "true", "false"
# enum entries by id and by their text (ConvertEnum's words, folded to letters only)
SIMPLE, GROUPED = ("5", "simpleproduct"), ("10", "groupedproduct")
DONT_MANAGE, MANAGE, BY_ATTRIBUTES = ("0", "dontmanagestock"), ("1", "managestock"), ("2", "managestockbyattributes")
CHOICE_CONTROLS = ("1", "2", "40", "45", "dropdownlist", "radiolist", "colorsquares", "imagesquares")
HYPERLINK = ("30", "hyperlink")  # a specification whose value is a link, no fact about the piece
ADDON_CONTROLS = ("3", "50", "checkboxes", "readonlycheckboxes")
MAX_OFFERS = 200  # value combinations made into offers; above, the values are listed, not combined
GROUP_OPTION = "Product"  # a grouped product's offers' option name
NOP_PHOTOS = MediaLayout("a nopCommerce export", ("images/thumbs", "images", ""), "images folder", "images URL")
PICTURE_COLUMNS = ("Picture1", "Picture2", "Picture3")
LETTERS = re.compile(r"[^a-z0-9]")
URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")  # a URL is kept whole (only https is read); "C:\\..." is a path


@dataclass(frozen=True)
class Value:
    name: str
    change: Decimal
    percent: bool


def is_nopcommerce(keys: set[str]) -> bool:
    """ProductId, Name, Price and ManageInventoryMethod with a tax or shipping flag: no other export's names."""
    folded = {key.replace(" ", "") for key in keys}
    return set(REQUIRED_KEYS) <= folded and bool(set(ANY_OF_KEYS) & folded)


def products(
    names: list[str], rows: list[tuple[int, list[str]]], folder: Path, media_url: str = "", folder_name: str = "the catalog's folder",
    max_row_bytes: int = 1_000_000,
) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    """Each product row's product at its line, its attribute rows read into it; grouped products' associated
    products folded in; a row that cannot be read is a RowError at its line."""
    places = MediaPlaces(folder, folder_name, media_url)
    header = [_folded(name) for name in names]
    read: list[tuple[int, Product | RowError, dict[str, str]]] = []
    for line, record, subrows in _blocks(header, rows, max_row_bytes):
        if isinstance(record, RowError):
            read.append((line, record, {}))
            continue
        try:
            read.append((line, _product(line, record, subrows, places), record))
        except ValueError as error:
            read.append((line, RowError(line, str(error)), record))
    yield from _grouped(read)


def _folded(name: str) -> str:
    return LETTERS.sub("", name.lower())


def _blocks(header: list[str], rows: list[tuple[int, list[str]]], max_row_bytes: int) -> Iterator[tuple[int, dict[str, str] | RowError, list[tuple[int, dict[str, str]]]]]:
    """(line, the product row as {folded caption: cell}, its attribute rows as {folded sub-caption: cell})."""
    current: tuple[int, dict[str, str] | RowError, list] | None = None
    sub_header: list[str] = []
    for line, cells in rows:
        if sum(len(cell) for cell in cells) > max_row_bytes:
            record: dict[str, str] | RowError = RowError(line, f"the row is longer than {max_row_bytes:,} bytes")
        elif cells and cells[0].strip():
            record = {key: cell.strip() for key, cell in zip(header, cells) if key}
        else:
            first = cells[SUB_OFFSET].strip() if len(cells) > SUB_OFFSET else ""
            if first in (ATTRIBUTE_CAPTION, SPECIFICATION_CAPTION):
                sub_header = [_folded(name) for name in cells[SUB_OFFSET:]]
            elif current is not None and sub_header:
                current[2].append((line, {key: cell.strip() for key, cell in zip(sub_header, cells[SUB_OFFSET:]) if key}))
            continue
        if current is not None:
            yield current
        current, sub_header = (line, record, []), []
    if current is not None:
        yield current


def _product(line: int, record: dict[str, str], subrows: list[tuple[int, dict[str, str]]], places: MediaPlaces) -> Product:
    title = html_text(html.unescape(record.get("name", "")))
    if not title:
        raise ValueError(f"Name: the product has no name (line {line})")
    price = amount_cell(record.get("price", ""), spaced_decimal, "Price", line)
    if price is None and _folded(record.get("producttype", "")) not in GROUPED:  # a grouped product's prices are its products'
        raise ValueError(f"Price: Field required (line {line})")
    price = price or Decimal(0)
    old = amount_cell(record.get("oldprice", ""), spaced_decimal, "OldPrice", line)
    kinds, broader = _categories(record.get("categories", ""))
    images, refused = _photos(record, places)
    description = " ".join(part for part in (html_text(record.get("shortdescription", "")), html_text(record.get("fulldescription", ""))) if part)
    product = Product(
        line, title=title, id=record.get("productid", "") or slug(title), handle=record.get("sename", "") or slug(title),
        description=description, kinds=kinds, broader_kinds=broader, vendor=next(iter(_names(record.get("manufacturers", ""))), "") or _vendor(record),
        images=images, refused_images=refused, tags=_names(record.get("producttags", "")), in_stock=_in_stock(record, line),
        skipped="unpublished" if _flag(record.get("published", ""), "Published", line) is False else "", source_format=NOPCOMMERCE_FORMAT,
    )  # fmt: skip
    choices, addons, specs = _attributes(subrows)
    product.options = {**specs, **addons}
    for name, values in choices.items():
        product.options[name] = list(dict.fromkeys(value.name for value in values))
    compare_at = old if old is not None and old > price else None
    product.variants = _offers(choices, price, compare_at, product.in_stock, line)
    if not product.variants:
        product.price, product.compare_at_price = float(price), float(compare_at) if compare_at is not None else None
    return product


def _vendor(record: dict[str, str]) -> str:
    vendor = record.get("vendor", "")
    return "" if vendor.isdigit() else vendor  # an id when names are off; 0 for none


def _names(cell: str) -> list[str]:
    """";"-joined names, the last one followed by ";" too."""
    return list(dict.fromkeys(name for name in (html.unescape(part).strip() for part in cell.split(LIST_SEPARATOR)) if name))


def _categories(cell: str) -> tuple[list[str], list[str]]:
    """(each category's own name; the names of its breadcrumb's parents) from "Rings >> Gold rings;Sale;"."""
    kinds, broader = [], []
    for path in _names(cell):
        parts = [part.strip() for part in path.split(BREADCRUMB) if part.strip()]
        if parts and not all(part.isdigit() for part in parts):
            kinds.append(parts[-1])
            broader += parts[:-1]
    kinds = list(dict.fromkeys(kinds))
    return kinds, [name for name in dict.fromkeys(broader) if name not in kinds]


def _photos(record: dict[str, str], places: MediaPlaces) -> tuple[list[str], list[str]]:
    """(the pictures found, in order; why each was refused). A local server path keeps only its file name."""
    photos, refused = [], []
    for column in PICTURE_COLUMNS:
        reference = record.get(_folded(column), "").strip()
        if reference and not URL_SCHEME.match(reference):
            reference = PureWindowsPath(reference).name  # both "\" and "/" part a Windows path
        photo, reason = media_reference(column, reference, places, NOP_PHOTOS)
        if photo and photo not in photos:
            photos.append(photo)
        if reason:
            refused.append(reason)
    return photos, refused


def _flag(cell: str, column: str, line: int) -> bool | None:
    folded = cell.strip().lower()
    if not folded:
        return None
    if folded in (TRUE, "1"):
        return True
    if folded in (FALSE, "0"):
        return False
    raise ValueError(f"{column}: {cell!r} is not True or False (line {line})")


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    method = _folded(record.get("manageinventorymethod", ""))
    if method in DONT_MANAGE:
        return True
    if method not in MANAGE:
        return None  # by attributes (combinations are not exported), or not written
    cell = record.get("stockquantity", "").strip()
    if not cell:
        return None
    try:
        return Decimal(cell) > 0
    except ArithmeticError:
        raise ValueError(f"StockQuantity: {cell!r} is not a number (line {line})") from None


def _attributes(subrows: list[tuple[int, dict[str, str]]]) -> tuple[dict[str, list[Value]], dict[str, list[str]], dict[str, list[str]]]:
    """({attribute: its chosen-one values}, {attribute: its checkbox values}, {specification: its values})."""
    choices: dict[str, list[Value]] = {}
    addons: dict[str, list[str]] = {}
    specs: dict[str, list[str]] = {}
    for line, row in subrows:
        if "attributename" in row:
            name, value = html.unescape(row.get("attributename", "")), html.unescape(row.get("valuename", ""))
            control = _folded(row.get("attributecontroltype", ""))
            if not name or not value:
                continue
            if control in ADDON_CONTROLS:
                addons.setdefault(name, []).append(value)
            elif control in CHOICE_CONTROLS or not control:
                change = amount_cell(row.get("priceadjustment", "").lstrip("-"), spaced_decimal, "PriceAdjustment", line, "a price adjustment") or Decimal(0)
                change = -change if row.get("priceadjustment", "").strip().startswith("-") else change
                choices.setdefault(name, []).append(Value(value, change, _flag(row.get("priceadjustmentusepercentage", ""), "PriceAdjustmentUsePercentage", line) is True))
        elif "specificationattribute" in row:
            name, value = html.unescape(row.get("specificationattribute", "")), html_text(html.unescape(row.get("customvalue", "")))
            if name and value and not name.isdigit() and _folded(row.get("attributetype", "")) not in HYPERLINK:
                specs.setdefault(name, []).append(value)
    return choices, addons, specs


def _offers(choices: dict[str, list[Value]], price: Decimal, compare_at: Decimal | None, in_stock: bool | None, line: int) -> list[RawVariant]:
    """One offer per combination of values, priced with their adjustments; none above MAX_OFFERS."""
    count = 1
    for values in choices.values():
        count *= len(values)
    if not choices or count > MAX_OFFERS:
        return []
    offers = []
    for combination in itertools.product(*choices.values()):
        change = sum((value.change * price / 100 if value.percent else value.change for value in combination), Decimal(0))
        offer_price = max(price + change, Decimal(0))
        offer_compare = compare_at + change if compare_at is not None else None
        offers.append(RawVariant(
            line, options={name: value.name for name, value in zip(choices, combination)}, price=float(offer_price),
            compare_at_price=float(offer_compare) if offer_compare is not None and offer_compare > offer_price else None, in_stock=in_stock,
        ))  # fmt: skip
    return offers


def _grouped(read: list[tuple[int, Product | RowError, dict[str, str]]]) -> Iterator[tuple[int, Product | RowError]]:
    """The products in order; a grouped product's associated products become its offers, and those not
    visible individually are no items of their own."""
    children: dict[str, list[Product]] = {}
    for _, product, record in read:
        parent = record.get("parentgroupedproductid", "")
        if isinstance(product, Product) and parent not in ("", "0"):
            children.setdefault(parent, []).append(product)
    for line, product, record in read:
        if isinstance(product, RowError):
            yield line, product
            continue
        if _folded(record.get("producttype", "")) in GROUPED:
            _fold_children(product, [child for child in children.get(product.id, []) if not child.skipped])
        parent = record.get("parentgroupedproductid", "")
        if parent not in ("", "0") and _flag(record.get("visibleindividually", ""), "VisibleIndividually", line) is False:
            continue
        yield line, product


def _fold_children(product: Product, associated: list[Product]) -> None:
    if not associated:
        product.skipped = product.skipped or "no associated products"
        return
    product.variants = [
        RawVariant(child.line, id=child.id, options={GROUP_OPTION: child.title}, price=child.price if child.price is not None else (child.variants[0].price if child.variants else None),
                   compare_at_price=child.compare_at_price, in_stock=child.in_stock, image=child.images[0] if child.images else "")
        for child in associated
    ]  # fmt: skip
    product.options[GROUP_OPTION] = [child.title for child in associated]
    product.price = product.compare_at_price = None
    product.images = product.images or [image for child in associated for image in child.images[:1]]
