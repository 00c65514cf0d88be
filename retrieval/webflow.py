"""Webflow Ecommerce's product CSV export (Designer -> Ecommerce -> Products -> Export, CSV; the same
spreadsheet its product import takes), read as products.

Where this comes from (public documentation and others' code that reads the file):
- Webflow's help, "Import/export Ecommerce products and variants" (help.webflow.com article
  33961361857811, and a translated copy of it at webflow.tenten.co): products, their variants and
  categories are exported to and imported from CSV, only from the Designer; the import maps the
  columns itself; five product types: Physical (shipped), Digital (downloaded), Service (no shipping:
  classes, consultations), Membership (paid access for user accounts) and Advanced (every option); a
  "Shipping required" field decides whether shipping is collected;
- Webflow's Data API (developers.webflow.com, "Create Product & SKU", "Create SKUs"): a product is a
  product item and one SKU item per variant (at least a default SKU); its `sku-properties` are the
  product options ("color": red, yellow, blue; "size": small, medium, large), each SKU takes one value
  of each; adding SKUs makes the product type Advanced;
- others' code reading the export: two scripts of one shop group the rows by `Product Handle`, the
  first row of a handle the product and every row of it a variant, and read `Product Name`,
  `Product Description` (HTML, its tags stripped), `Main Variant Image`, `Variant Price` (written
  with its currency sign: "$0.00" their default) and `Product Categories` split at ";"; a Rails
  importer reads `Product Name`, `Variant Price` (it strips a "€" from it), `Product Description`,
  `Variant Inventory` (a quantity), `Option1 Value` (a size), `Main Variant Image` and
  `More Variant Images` (URLs split at ";"), `Product Categories` split at ";"; a Sanity importer of
  the export converts `Variant Price` "$120.00" to 120 and reads `Product Handle` as the slug.

Not confirmed by any source found (read here as the names above suggest, each cell checked):
the option names' columns (`Option1 Name` ... beside `Option1 Value`, up to three as the API's
properties are not limited in number: any `Option<n> Name` / `Value` pair is read); whether variant
rows repeat the product's cells (the first row that fills a cell gives it); `Variant Compare-at
Price`, `Variant Sku` / `Variant SKU`, `Product ID`, `Variant ID`, `Product Type`; whether the export
writes the product's state at all (`Archived`, `Draft`, `Published` are read where present, true /
false, yes / no or 1 / 0); whether a price may be written without its currency (a plain "1250.00"
is the shop's `--currency`) or with a code ("1250.00 USD"): the cell is passed on as written and the
lexicon's currencies read it (retrieval/prices.py); whether `Variant Inventory` writes untracked stock
as blank or a word ("unlimited", "infinite": in stock).

A product is the rows sharing a `Product Handle` (a row without one is a product of its own, its
handle its name's slug); its id is `Product ID` where written, else the handle. Each row is a variant:
its option values, SKU, price (a blank or 0 price is none: the variant is not sold, and a product with
no priced variant is a price on request, as Ecwid's reader reads a 0 a shop sets to be asked),
compare-at price, stock and main image. The product's photos are every row's main image and
more images, in order, each once; only https:// URLs are taken. Not for sale (skipped, never an error):
an archived or draft product, one not published, a Digital, Service or Membership product (no piece),
and a price on request. Weights, dimensions, taxes, downloads and shipping are not read.

A shop's own product fields (Webflow's help: custom fields are added to the Products collection and
exported as columns under their own names) are read as more of the description: a rich-text
"Details", "Specifications" or "Care" often holds the facts the short Product Description leaves out.
A custom column is any the export's own names do not claim (not "Product ...", "Variant ...",
"Option<n> ...", nor the state, shipping and tax columns); a cell of a URL, a number or a yes / no is
not text and is left out.
"""

from __future__ import annotations

import re
from typing import Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.prices import ANY_DIGIT, western_digits
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, LinedRow, Row, RowError, decimal_cell, each_read, flag_cell, grouped_rows, list_cell

WEBFLOW_FORMAT = "webflow"
SOURCE = "a Webflow export"
HANDLE, NAME, PRICE = "product handle", "product name", "variant price"
# Beside handle, name and price, one of these: no other export names its columns so.
MARKS = ("main variant image", "more variant images", "option1 value", "variant inventory", "product categories", "variant sku")
COMPARE_AT_KEYS = ("variant compare-at price", "variant compare at price")
MAIN_IMAGE, MORE_IMAGES = "main variant image", "more variant images"
OPTION_NAME, OPTION_VALUE = re.compile(r"option ?(\d+) name"), re.compile(r"option ?(\d+) value")
LIST_SEPARATOR = ";"  # Product Categories and More Variant Images, as the readers above split them
IMAGE_SEPARATORS = re.compile(r"[;\s]+")
NONZERO_DIGIT = re.compile(r"[1-9]")  # a price of 0 whatever its currency ("$0.00", "0,00 €")
UNLIMITED = {"unlimited", "infinite", "∞"}  # a Variant Inventory not counted: for sale
NOT_PIECES = {"digital", "service", "membership"}  # Product Type: downloads, classes, paid access
ARCHIVED, DRAFT, UNPUBLISHED, PRICE_ON_REQUEST = "archived", "draft", "unpublished", "price on request"
STATE_KEYS = (("archived", True, ARCHIVED), ("draft", True, DRAFT), ("published", False, UNPUBLISHED))
# Webflow's own columns beside those named "Product ...", "Variant ..." and "Option<n> ...": never a shop's field
OWN_PREFIXES = ("product ", "variant ", "option")
OWN_COLUMNS = {"requires shipping", "archived", "draft", "published", "collection id", "item id", "created on", "updated on", "published on", "sku"}
LETTER = re.compile(r"[^\W\d_]")


def is_webflow(keys: set[str]) -> bool:
    return {HANDLE, NAME, PRICE} <= keys and any(mark in keys for mark in MARKS)


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, the rows sharing its handle as its variants; bad
    rows at their line, in line order."""
    groups, errors = grouped_rows(records, _product_key, _no_product)
    found: list[tuple[int, Product | RowError]] = [*errors]
    for handle, rows in groups.items():
        found += _product(handle, rows)
    yield from sorted(found, key=lambda entry: entry[0])


def _product_key(record: dict[str, str]) -> str:
    """The row's Product Handle, else its Product Name's slug (a row without a handle: a product of its own)."""
    return record.get(HANDLE, "").strip() or slug(record.get(NAME, ""))


def _no_product(line: int) -> str:
    return f"Product Handle and Product Name: the row has neither, so it belongs to no product (line {line})"


def _product(handle: str, rows: list[LinedRow]) -> list[tuple[int, Product | RowError]]:
    """The product and a RowError for each of its rows that cannot be read (the rest are its variants)."""
    line, first = rows[0]
    images, refused = https_photos(_image_references(rows), SOURCE)
    product = Product(
        line, title=" ".join(_filled(rows, NAME).split()) or handle, id=_filled(rows, "product id").strip() or handle, handle=handle,
        description=_description(rows), kinds=list_cell(_filled(rows, "product categories"), LIST_SEPARATOR),
        images=images, refused_images=refused, source_format=WEBFLOW_FORMAT, extra={"_first_record": first},
    )  # fmt: skip
    names = _option_names(rows)
    product.variants, errors = each_read(rows, lambda row_line, row: _variant(row_line, row, names))
    if not product.variants:
        return errors
    read = {variant.line for variant in product.variants}
    product.skipped = _not_for_sale([(row_line, row) for row_line, row in rows if row_line in read])
    priced = [variant for variant in product.variants if variant.price is not None and NONZERO_DIGIT.search(western_digits(variant.price))]
    if not product.skipped and not priced:
        product.skipped = PRICE_ON_REQUEST
    product.variants = priced or product.variants  # a variant without a price (blank or 0) is not sold
    product.options = variant_options(product.variants)
    return [(line, product), *errors]


def _description(rows: list[LinedRow]) -> str:
    """Product Description's text, then each of the shop's own text fields' (in column order), as blocks."""
    first = rows[0][1]
    custom = [key for key in first if key and not key.startswith(OWN_PREFIXES) and key not in OWN_COLUMNS]
    texts = [html_text(_filled(rows, key)) for key in ["product description", *custom]]
    return "\n".join(text for text in texts if _is_text(text))


def _is_text(cell: str) -> bool:
    """A cell of words: not blank, a URL, a number or a yes / no."""
    plain = cell.strip()
    return bool(LETTER.search(plain)) and not plain.lower().startswith(("http://", "https://")) and plain.lower() not in TRUE_WORDS | FALSE_WORDS


def _variant(line: int, row: dict[str, str], names: dict[str, str]) -> RawVariant:
    """The row's variant; a ValueError naming the cell for one that cannot be read (its state's too)."""
    _states(line, row)
    main = row.get(MAIN_IMAGE, "").strip()
    return RawVariant(
        line, id=row.get("variant id", "").strip(), sku=row.get("variant sku", "").strip(), options=_options(row, names),
        price=_price(row.get(PRICE, ""), "Variant Price", line),
        compare_at_price=_price(next((row[key] for key in COMPARE_AT_KEYS if row.get(key, "").strip()), ""), "Variant Compare-at Price", line),
        in_stock=_in_stock(row.get("variant inventory", ""), line), image=main if https_photos([(MAIN_IMAGE, main)], SOURCE)[0] else "",
    )  # fmt: skip


def _price(cell: str, column: str, line: int) -> str | None:
    """The price as written, its currency sign or code kept for the lexicon to read (retrieval/prices.py);
    None when blank. A cell with no number in it, or a negative one, is refused."""
    cell = cell.strip()
    if not cell:
        return None
    if not ANY_DIGIT.search(cell) or cell.startswith("-"):
        raise ValueError(f"{column}: {cell!r} is not a price (line {line})")
    return cell


def _in_stock(cell: str, line: int) -> bool | None:
    """Whether Variant Inventory is above 0; None when blank (stock not said), True where it is not counted."""
    cell = cell.strip()
    if not cell:
        return None
    if cell.lower() in UNLIMITED:
        return True
    count = decimal_cell(cell)
    if count is None:
        raise ValueError(f"Variant Inventory: {cell!r} is not a number (line {line})")
    return count > 0


def _option_names(rows: list[LinedRow]) -> dict[str, str]:
    """{slot: option name} as the product's rows first name them: {"1": "Ring size", "2": "Metal"}."""
    names: dict[str, str] = {}
    for _, row in rows:
        for key, cell in row.items():
            if (match := OPTION_NAME.fullmatch(key)) and cell.strip():
                names.setdefault(match.group(1), cell.strip())
    return names


def _options(row: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """{option name: value} of a row's Option<n> Value cells, in slot order."""
    values = sorted((int(match.group(1)), match.group(1), cell.strip()) for key, cell in row.items() if (match := OPTION_VALUE.fullmatch(key)) and cell.strip())
    return {names.get(slot) or f"Option {slot}": value for _, slot, value in values}


def _image_references(rows: list[LinedRow]) -> list[tuple[str, str]]:
    """(column, reference) of every row's main and more images, in order, each once."""
    seen: dict[str, str] = {}
    for _, row in rows:
        seen.setdefault(row.get(MAIN_IMAGE, "").strip(), "Main Variant Image")
        for reference in IMAGE_SEPARATORS.split(row.get(MORE_IMAGES, "").strip()):
            seen.setdefault(reference, "More Variant Images")
    return [(column, reference) for reference, column in seen.items() if reference]


def _states(line: int, row: dict[str, str]) -> dict[str, bool]:
    """{"archived" / "draft" / "published": what the row says} for the state cells it fills (true / false,
    yes / no, 1 / 0; anything else refused)."""
    states = {key: flag_cell(row.get(key, ""), TRUE_WORDS, FALSE_WORDS, key.title(), line, "true or false") for key, _, _ in STATE_KEYS}
    return {key: state for key, state in states.items() if state is not None}


def _not_for_sale(rows: list[LinedRow]) -> str:
    """Why the product is not for sale (archived, draft or unpublished, as the first row saying so has it;
    or no piece by its type), or ""."""
    said: dict[str, bool] = {}
    for row_line, row in rows:
        said = {**_states(row_line, row), **said}
    reason = next((reason for key, when, reason in STATE_KEYS if said.get(key) is when), "")
    kind = _filled(rows, "product type").strip().lower()
    return reason or (kind if kind in NOT_PIECES else "")


def _filled(rows: list[LinedRow], key: str) -> str:
    """The product's cell in a column: its first row's, else the first of its variants' that is filled."""
    return next((row[key] for _, row in rows if row.get(key, "").strip()), "")
