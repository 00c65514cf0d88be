"""Odoo's product export (16 to 18: Sales / Inventory / Website → Products, list view → select →
Action → Export, CSV), read as products.

Where this comes from (public documentation and Odoo's own code): Odoo's documentation, "Export and
import data" (odoo/documentation, content/applications/essentials/export_import_data.rst): the export
writes the fields the user picks, as CSV or XLSX; with "I want to update data (import-compatible
export)" ticked the columns are the fields' technical names and `id` the record's external id
(`__export__.product_template_12_ab34cd`), else the fields' labels in the user's language (its example
export, export_import_data/o2m-quotations-order-lines.csv: "Order Lines/Product Template" ...). A related
record is written by its name (`categ_id` "All / Saleable / Rings", a category's full path); a
one-to-many field's sub-records (attribute lines, variants) each take a row of their own, the record's
own columns left blank on every row after its first; a many-to-many (tags, attribute values) is one cell
of names separated by "," in an import-compatible export, one name a row otherwise. The field names and
labels are odoo/odoo's (addons/product/models/product_template.py, product_product.py; the translated
labels: retrieval/lexicon/odoo_headers.toml).

Two kinds of export are read: of product.template (a product a row, its variants as `product_variant_ids/...`
sub-rows where exported) and of product.product (a variant a row: `Variant Values` "Size: 54, Metal: White
Gold", `lst_price` its price; the rows of one `product_tmpl_id`, else of one name, are one product).
Prices are plain numbers, with a decimal point or the user's decimal comma ("1250.00", "1.250,00"); the
file names no currency (a `currency_id` column where exported): the shop's `--currency` applies. Not for
sale (skipped, never an error): an archived product (`active` False), one not published on the website
(`is_published` / `website_published` False), one that cannot be sold (`sale_ok` False), a service or a
combo. `image_1920` is the photo itself in base64 and is never read as a path; a photo URL is taken when
https://, and Odoo's relative `/web/image/...` address only joined with the shop's URL when one is given
(`--media-url`). Descriptions (`description_ecommerce`, `website_description`, `description_sale`, else
`description`) are HTML or text, read as text. The website's categories (`public_categ_ids`, paths) and
the internal one (`categ_id`) are kind labels, their last parts the kinds, the rest broader.

The CSV itself (Odoo 17.0's web/controllers/export.py, as copied in Hamiltontech/emdad-apps): the header
is the technical paths when import-compatible, else the labels; every cell quoted, "," between them; each
value written as Python's text of it through odoo.tools.pycompat.to_text, which writes False and None as an
empty cell (a boolean False, such as `active` or `is_published`, is a blank cell in an exported column,
True written "True" in any language; "False" is read too, for a file written by other tools); a float with
a decimal point (a decimal comma is read for a file saved again by a spreadsheet); a text starting with
"=", "-" or "+" gets a "'" before it, taken off here. Not confirmed by any public source found: which labels Odoo versions before 16
used; odoo/odoo's own 17.0 / 18.0 .po files (read from that copy).
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval.export_headers import HeaderNames, header_fold
from retrieval.product import Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, LinedRow, Row, RowError, amount_cell, column_key, flag_cell, marked_decimal

ODOO_FORMAT = "odoo"
TABLE = Path(__file__).with_name("lexicon") / "odoo_headers.toml"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
HEADERS = HeaderNames.from_tables(_DATA["columns"])
ROOT_CATEGORIES = {header_fold(name) for name in _DATA["values"]["root_categories"]}
NOT_PIECES = {header_fold(name) for name in _DATA["values"]["not_pieces"]}
PATH = "/"  # between a sub-field's parts: "attribute_line_ids/value_ids", "Product Attributes/Values"
CATEGORY_PATH = " / "  # a category's full name: "All / Saleable / Rings"
LIST_SEPARATOR = ","  # a many-to-many's names in one cell
# Columns, as rows.column_key keys of the technical names
ID, NAME, PRICE, VARIANT_PRICE = "id", "name", "list price", "lst price"
TEMPLATES = ("product tmpl id/id", "product tmpl id")  # the template's external id, else its name
# A template's many-valued fields: exported without a sub-field, a labelled export writes their names one a
# row, the record's other columns blank (as Odoo's documentation's example export writes "Activities")
MANY = {"product tag ids", "additional product tag ids", "product template variant value ids", "product template attribute value ids",
        "product variant ids", "attribute line ids", "public categ ids", "taxes id", "supplier taxes id", "route ids", "seller ids",
        "optional product ids", "accessory product ids", "alternative product ids", "product template image ids", "activity ids",
        "message follower ids", "message ids"}  # fmt: skip
UNTRACKED = {"consu", "consumable"}  # a type whose stock Odoo does not count (17.0): 0 on hand says nothing
VARIANT_VALUES = ("product template variant value ids", "product template attribute value ids")
LINE_ATTRIBUTE, LINE_VALUES = "attribute line ids/attribute id", "attribute line ids/value ids"
VARIANTS = "product variant ids/"
DESCRIPTIONS = ("description ecommerce", "website description", "description sale")
STATES = (("active", "archived"), ("is published", "unpublished"), ("website published", "unpublished"), ("sale ok", "not for sale"))
# Beside a name and a price, one of these: no other export names its columns so. MARKS count in any
# language; TECHNICAL_MARKS only as technical names ("Tags", "Published", "Lagersaldo" are other exports' labels too).
MARKS = ("default code", "categ id", "description sale", "sale ok", "product tmpl id", LINE_ATTRIBUTE, LINE_VALUES, *VARIANT_VALUES, "description ecommerce")
TECHNICAL_MARKS = ("product tag ids", "is published", "website published", "qty available", "image 1920")
OPTION = re.compile(r"\s*,\s*(?=[^,:]+:)")  # between "Size: 54, Metal: White Gold" (a value may hold a decimal comma)
WEB_PATH = "/web/image/"
# A template's database id, the number its website serves its photo under (/web/image/product.template/<id>/image_1024)
# and an owner files the photos saved from it by: in the external id Odoo invents on export (models.py
# __ensure_xml_id: "__export__.<table>_<id>_<hex>"), else at the end of its website address (Odoo's slug:
# "/shop/<name>-<id>", a variant's "#attr=..." after it)
EXPORTED_TEMPLATE_ID = re.compile(r"^__export__\.product_template_(\d+)_[0-9a-f]+$")
ADDRESS_ID = re.compile(r"-(\d+)(?:[?#].*)?$")
FORMULA_GUARD, FORMULA_STARTS = "'", ("=", "-", "+")  # web/controllers/export.py: CSVExport.from_data
SOURCE = "an Odoo export"


def technical_key(key: str) -> str:
    """A column key as its technical path's key: "product attributes/values" -> "attribute line ids/value ids";
    a technical name, or a label no table holds, stays as it is."""
    return PATH.join(HEADERS.english(part) or column_key(part) for part in key.split(PATH))


def english_keys(keys: set[str] | list[str]) -> dict[str, str]:
    """{column key as found: technical key} for the columns that are renamed."""
    return {key: technical for key in keys if (technical := technical_key(key)) != key}


def is_odoo(keys: set[str]) -> bool:
    known = {technical_key(key) for key in keys}
    priced = PRICE in known or VARIANT_PRICE in known or any(key.startswith(VARIANTS) for key in known)
    return NAME in known and priced and (any(mark in known for mark in MARKS) or any(mark in keys for mark in TECHNICAL_MARKS))


def renamed(records: Iterator[tuple[int, Row]], keys: list[str]) -> Iterator[tuple[int, Row]]:
    """Each record with the technical keys beside the file's own (which `--map` names), and the "'" Odoo's
    CSV export puts before a text starting with "=", "-" or "+" (against spreadsheet formulas) taken off."""
    names = english_keys(keys)
    for line, record in records:
        if isinstance(record, dict):
            record = {key: _unguarded(cell) for key, cell in record.items()}
            record = record | {names[key]: cell for key, cell in record.items() if key in names}
        yield line, record


def _unguarded(cell: str) -> str:
    return cell[1:] if cell[:1] == FORMULA_GUARD and cell[1:2] in FORMULA_STARTS else cell


def products(records: Iterator[tuple[int, Row]], shop_url: str = "") -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row; bad rows at their line, in line order."""
    found: list[tuple[int, Product | RowError]] = []
    blocks: list[list[LinedRow]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
        elif _own_cells(record):
            blocks.append([(line, record)])
        elif blocks:
            blocks[-1].append((line, record))  # a sub-record's row: the record above it goes on
        else:
            found.append((line, RowError(line, f"the row fills no column of its own and follows no product (line {line})")))
    if blocks and _is_variant_export(blocks[0][0][1]):
        found += _variant_products(blocks, shop_url)
    else:
        for block in blocks:
            found += _template(block, shop_url)
    yield from sorted(found, key=lambda entry: entry[0])


def _own_cells(record: dict[str, str]) -> bool:
    """Whether a row starts a record: it fills a column of the record's own (not a sub-field's, nor a
    many-to-many's, whose names a labelled export writes one a row)."""
    return any(cell.strip() for key, cell in record.items() if PATH not in key and technical_key(key) == key and key not in MANY)


def _is_variant_export(record: dict[str, str]) -> bool:
    return any(key in record for key in (*TEMPLATES, VARIANT_PRICE, *VARIANT_VALUES))


def _template(block: list[LinedRow], shop_url: str) -> list[tuple[int, Product | RowError]]:
    """A product.template record: its product, variants from its product_variant_ids rows where written."""
    line, first = block[0]
    try:
        product = _product(line, first, block, shop_url)
        product.photo_names = _template_number(product.id, first)
        price = _price(first.get(PRICE, ""), "list_price", line)
        product.options = _line_options(block)
        written = [_variant(row_line, row, VARIANTS) for row_line, row in block if any(cell.strip() for key, cell in row.items() if key.startswith(VARIANTS))]
    except ValueError as error:
        return [(line, RowError(line, str(error)))]
    variants = [variant for variant in written if variant is not None]  # an archived variant is not sold
    for variant in variants:
        variant.price = variant.price if variant.price is not None else price
    product.variants = variants
    product.price = price if not variants else None
    if variants and any(variant.options for variant in variants):
        product.options = variant_options(variants)
    if not variants and price is None:
        return [(line, RowError(line, f"list_price: the product {product.title!r} has no price (line {line})"))]
    return [(line, product)]


def _variant_products(blocks: list[list[LinedRow]], shop_url: str) -> list[tuple[int, Product | RowError]]:
    """A product.product export: the variants sharing a product template (else a name) as one product."""
    groups: dict[str, list[list[LinedRow]]] = {}
    for block in blocks:
        groups.setdefault(_template_of(block[0][1]) or slug(block[0][1].get(NAME, "")) or f"line {block[0][0]}", []).append(block)
    found: list[tuple[int, Product | RowError]] = []
    for template, members in groups.items():
        line, first = members[0][0]
        try:
            product = _product(line, first, [row for block in members for row in block], shop_url)
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
            continue
        product.id = template if _template_of(first) else product.id
        product.photo_names = _template_number(product.id, first)
        product.skipped = "" if product.skipped == "archived" else product.skipped  # a variant's own: read below
        archived = True
        for block in members:
            row_line, row = block[0]
            try:
                variant = _variant(row_line, row, "")
            except ValueError as error:
                found.append((row_line, RowError(row_line, str(error))))
                archived = False
                continue
            product.variants += [variant] if variant is not None else []
            archived = archived and variant is None
        if archived:  # every variant archived: the product is
            product.skipped = product.skipped or "archived"
        elif not product.variants:
            continue
        product.options = variant_options(product.variants)
        found.append((line, product))
    return found


def _template_of(record: dict[str, str]) -> str:
    return next((record[key].strip() for key in TEMPLATES if record.get(key, "").strip()), "")


def _product(line: int, first: dict[str, str], rows: list[LinedRow], shop_url: str) -> Product:
    """The product a record's rows state, its variants and price left for the caller."""
    name = " ".join(first.get(NAME, "").split())
    if not name:
        raise ValueError(f"name: the product has no name (line {line})")
    record_id = first.get(ID, "").strip()
    kinds, broader = _categories([*_listed(rows, "public categ ids"), first.get("categ id", "")])
    images, refused = _photos(rows, shop_url)
    product = Product(
        line, title=name, id=record_id or first.get("default code", "").strip() or slug(name), handle=slug(name),
        description=_description(first), kinds=kinds, broader_kinds=broader, tags=_listed(rows, "product tag ids"),
        images=images, refused_images=refused, currency=first.get("currency id", "").strip(), url=_address(first.get("website url", ""), shop_url),
        in_stock=_in_stock(first, line), skipped=_not_for_sale(line, first), source_format=ODOO_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    return product


def _template_number(template_id: str, first: dict[str, str]) -> list[str]:
    """The template's database id (["17"]), the name its photos go by; [] when neither its external id nor
    its website address holds it."""
    found = EXPORTED_TEMPLATE_ID.match(template_id.strip()) or ADDRESS_ID.search(first.get("website url", "").strip())
    return [found[1]] if found else []


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """Whether qty_available is above 0; None when not written, or 0 of a product whose stock is not counted."""
    count = _count(record.get("qty available", "").strip(), "qty_available", line)
    if count is None or (count <= 0 and header_fold(record.get("type", "") or record.get("detailed type", "")) in UNTRACKED):
        return None
    return count > 0


def _variant(line: int, row: dict[str, str], prefix: str) -> RawVariant | None:
    """A variant from a product.product row, or from a template's `product_variant_ids/...` sub-row;
    None for an archived one."""
    cell = lambda key: row.get(prefix + key, "").strip()  # noqa: E731
    values = next((cell(key) for key in VARIANT_VALUES if cell(key)), "")
    stock = _count(cell("qty available"), prefix + "qty_available", line)
    if _flag(row, prefix + "active", line) is False:
        return None
    return RawVariant(
        line, id=cell("id") if prefix else row.get(ID, "").strip(), sku=cell("default code"),
        options=_variant_options(values), price=_price(cell("lst price") or cell("list price"), prefix + "lst_price", line),
        in_stock=None if stock is None else stock > 0,
    )  # fmt: skip


def _variant_options(cell: str) -> dict[str, str]:
    """"Size: 54, Metal: White Gold" -> {"Size": "54", "Metal": "White Gold"}."""
    options: dict[str, str] = {}
    for part in OPTION.split(cell.strip()) if cell.strip() else []:
        name, _, value = part.partition(":")
        if value.strip():
            options[name.strip()] = value.strip()
    return options


def _line_options(rows: list[LinedRow]) -> dict[str, list[str]]:
    """{attribute: values} from attribute_line_ids rows; a row naming values but no attribute goes on the one above."""
    options: dict[str, list[str]] = {}
    attribute = ""
    for _, row in rows:
        attribute = row.get(LINE_ATTRIBUTE, "").strip() or attribute
        values = [value.strip() for value in row.get(LINE_VALUES, "").split(LIST_SEPARATOR) if value.strip()]
        if attribute and values:
            options.setdefault(attribute, [])
            options[attribute] += [value for value in values if value not in options[attribute]]
    return options


def _price(cell: str, column: str, line: int) -> float | None:
    """A plain number with a decimal point or comma ("1250.00", "1.250,00", "1250,5") as Facet takes a price;
    None when blank."""
    amount = amount_cell(cell, marked_decimal, column, line)
    return None if amount is None else float(amount)


def _count(cell: str, column: str, line: int) -> Decimal | None:
    """A quantity on hand (Odoo's may be negative); None when blank."""
    if not cell:
        return None
    amount = marked_decimal(cell)
    if amount is None:
        raise ValueError(f"{column}: {cell!r} is not a quantity (line {line})")
    return amount


def _categories(paths: list[str]) -> tuple[list[str], list[str]]:
    """(kinds, broader kinds) of category paths, the website's (public_categ_ids) before the internal one:
    "All / Saleable / Rings" -> (["Rings"], ["Saleable"]), the last part the shop's kind, its parents broader."""
    kinds: list[str] = []
    broader: list[str] = []
    for path in paths:
        parts = [part.strip() for part in path.split(CATEGORY_PATH) if part.strip()]
        kinds += [part for part in parts[-1:] if part not in kinds and header_fold(part) not in ROOT_CATEGORIES]
        broader += [part for part in reversed(parts[:-1]) if header_fold(part) not in ROOT_CATEGORIES and part not in broader]
    return kinds, [part for part in broader if part not in kinds]


def _listed(rows: list[LinedRow], key: str) -> list[str]:
    """A many-to-many's names: a cell's, split at ",", and those of the rows below it (one a row)."""
    names: list[str] = []
    for _, row in rows:
        for name in row.get(key, "").split(LIST_SEPARATOR):
            if name.strip() and name.strip() not in names:
                names.append(name.strip())
    return names


def _description(record: dict[str, str]) -> str:
    """The website's and the sales description as text, in that order, each once; else the internal one."""
    texts: list[str] = []
    for key in DESCRIPTIONS:
        text = html_text(record.get(key, ""))
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts) or html_text(record.get("description", ""))


def _photos(rows: list[LinedRow], shop_url: str) -> tuple[list[str], list[str]]:
    """https:// photo URLs in the image column; Odoo's relative /web/image/ address joined with the shop's URL
    when given. Base64 image data is never read as a reference."""
    photos, refused = [], []
    for _, row in rows:
        cell = row.get("image 1920", "").strip()
        if not cell:
            continue
        if cell.lower().startswith("https://"):
            photos.append(cell)
        elif cell.startswith(WEB_PATH) and shop_url:
            photos.append(shop_url.rstrip("/") + cell)
        elif cell.startswith(WEB_PATH):
            refused.append(f"image_1920 refused: {cell[:60]!r} is an address on the shop's site; give the shop's URL (--media-url) to read it")
        else:
            refused.append(f"image_1920 refused: only https:// photo URLs are read from {SOURCE}, not its image data")
    return list(dict.fromkeys(photos)), refused


def _address(cell: str, shop_url: str) -> str:
    cell = cell.strip()
    if cell.lower().startswith("https://"):
        return cell
    return shop_url.rstrip("/") + cell if cell.startswith("/") and shop_url else ""


def _not_for_sale(line: int, record: dict[str, str]) -> str:
    """Why the record is not for sale (archived, unpublished, not sold, a service or combo), or ""."""
    for key, reason in STATES:
        if _flag(record, key, line) is False:
            return reason
    kind = header_fold(record.get("type", "") or record.get("detailed type", ""))
    return kind if kind in NOT_PIECES else ""


def _flag(record: dict[str, str], key: str, line: int) -> bool | None:
    """A boolean column's value: True or False as written, False for a blank cell of a column the export
    holds (Odoo's CSV writer writes False as an empty cell), None for a column not exported."""
    if key not in record:
        return None
    if not record[key].strip():
        return False
    return flag_cell(record[key], TRUE_WORDS, FALSE_WORDS, key.replace(" ", "_"), line, "True or False")
