"""WooCommerce's product CSV export, read as products.

A simple (or external) product is one row; a variable product is its parent row followed by its
variation rows, each naming the parent in `Parent` as `id:NN` or by the parent's SKU and carrying
one value per attribute, its own price and stock. Lists are comma-separated (a comma inside a
value is written `\\,`), categories are paths (`Jewellery > Rings, Gifts`) and descriptions carry
line breaks as a literal `\\n`. `Published` is 1 (published), 0 (private) or -1 (draft); only
published products are ingested, and a private variation is not offered. The price a shopper pays
is the sale price when there is one; the regular price is then the compare-at price. The exporter
guards spreadsheets against formulas by writing a cell that starts with = + - @ or a tab after an
apostrophe (`'-1` for a draft): the apostrophe is dropped on reading. WooCommerce sells nothing
without a price (a product or variation with both price cells empty is not purchasable): a variation
without one is not offered, and a published product with no price at all is a price on request
("call us"), skipped as not for sale, not rejected.
"""

from __future__ import annotations

import re
from typing import Iterator

from retrieval.formats import WOOCOMMERCE_FORMAT

from retrieval.product import Product, RawVariant, slug
from retrieval.html_text import html_text
from retrieval.rows import Row, RowError

VARIATION = "variation"
PUBLISHED = {"1": "", "0": "private", "-1": "draft"}
HIDDEN = "hidden"  # Visibility in catalog
PRICE_ON_REQUEST = "price on request"  # published, but no price on the product nor any variation
IN_STOCK = {"1": True, "0": False, "backorder": False, "instock": True, "outofstock": False, "onbackorder": False}
PARENT_ID = re.compile(r"id:(\d+)", re.IGNORECASE)
# The exporter joins a list with ", " and escapes a comma inside a value as "\\,"; shops whose decimal mark is
# a comma still write "0,30 ct, 0,50 ct" unescaped, so a comma between two digits stays in its value.
LIST_SPLIT = re.compile(r"(?<!\\)(?<!\d),|(?<!\\)(?<=\d),(?!\d)")
CATEGORY_PATH = ">"
ATTRIBUTE = re.compile(r"attribute (\d+) (name|value\(s\))")
# A cell the exporter escaped against spreadsheet formulas: "'-1", "'=SUM(...)" (WC_CSV_Exporter::escape_data).
ESCAPED_CELL = re.compile(r"'(?=[=+\-@\t\r])")
# The exporter's columns in the order it always writes them (WC_Product_CSV_Exporter::get_default_column_names),
# then each attribute's. A translated header whose names a table does not hold (another release's or a
# shop's edited translation) is read by this order between the names it does hold (aligned_by_order).
EXPORT_ORDER = (
    "id", "type", "sku", "gtin, upc, ean, or isbn", "name", "published", "is featured?", "visibility in catalog",
    "short description", "description", "date sale price starts", "date sale price ends", "tax status", "tax class",
    "in stock?", "stock", "low stock amount", "backorders allowed?", "sold individually?", "weight", "length", "width",
    "height", "allow customer reviews?", "purchase note", "sale price", "regular price", "categories", "tags",
    "shipping class", "images", "download limit", "download expiry days", "parent", "grouped products", "upsells",
    "cross-sells", "external url", "button text", "position", "brands",
)  # fmt: skip
OPTIONAL_COLUMNS = {"gtin, upc, ean, or isbn", "brands"}  # written by newer releases only
ATTRIBUTE_COLUMNS = ("attribute {n} name", "attribute {n} value(s)", "attribute {n} visible", "attribute {n} global", "attribute {n} default")
MAX_ALIGNED_ATTRIBUTES = 50
EXPORT_COLUMNS = EXPORT_ORDER + tuple(column.replace("{n}", str(n)) for n in range(1, MAX_ALIGNED_ATTRIBUTES + 1) for column in ATTRIBUTE_COLUMNS)
EXPORT_PLACES = {english: index for index, english in enumerate(EXPORT_COLUMNS)}
UNIT_SUFFIX = re.compile(r" \([^)]*\)$")  # "weight (kg)": the unit the shop's settings name
MIN_KNOWN_SHARE = 0.5  # of a header's names a table must hold before the rest are read by their place


def is_woocommerce(keys: set[str]) -> bool:
    return {"name", "type"} <= keys and bool(keys & {"regular price", "sale price"})


def aligned_by_order(header: list[str], renamed: dict[str, str]) -> dict[str, str]:
    """{column key: English column key} for the names between two known ones that the exporter's order
    leaves one reading for: a run of unknown names whose count is the number of columns the order puts
    between its neighbours (with or without the columns only newer releases write). Nothing when under
    MIN_KNOWN_SHARE of the header is known, or when it names no product name or type."""
    order, place = EXPORT_COLUMNS, EXPORT_PLACES
    known = {position: UNIT_SUFFIX.sub("", renamed.get(key, key)) for position, key in enumerate(header)}
    anchors = [(position, english) for position, english in known.items() if english in place]
    named = {english for _, english in anchors}
    if len(anchors) < MIN_KNOWN_SHARE * len(header) or not {"name", "type"} & named:
        return {}
    aligned = {}
    for (left, before), (right, after) in zip(anchors, anchors[1:]):
        run = header[left + 1 : right]
        if not run or place[after] <= place[before] or any(key in renamed for key in run):
            continue  # a name a table reads (a download's, a meta column) is never read again by its place
        between = order[place[before] + 1 : place[after]]
        for slots in (between, tuple(slot for slot in between if slot not in OPTIONAL_COLUMNS)):
            if len(slots) == len(run):
                aligned.update(zip(run, slots))
                break
    return aligned


def _list(cell: str) -> list[str]:
    return [part.replace("\\,", ",").strip() for part in LIST_SPLIT.split(cell) if part.strip()]


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each parent or simple product, at its own line, with its variations gathered."""
    parents: list[tuple[int, dict[str, str]]] = []
    variations: list[tuple[int, dict[str, str]]] = []
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        record = {key: _unescaped(value) for key, value in record.items()}
        if VARIATION in _types(record):
            variations.append((line, record))
        else:
            parents.append((line, record))
    by_key = {}
    for line, record in parents:
        if record.get("id"):
            by_key[f"id:{record['id']}"] = line
        if record.get("sku"):
            by_key.setdefault(record["sku"], line)
    children: dict[int, list[tuple[int, dict[str, str]]]] = {}
    for line, record in variations:
        parent = _parent_key(record.get("parent", ""))
        if parent not in by_key:
            yield line, RowError(line, f"a variation whose parent {record.get('parent') or '(none)'} is not in the file")
            continue
        children.setdefault(by_key[parent], []).append((line, record))
    for line, record in parents:
        try:
            yield line, _product(line, record, children.get(line, []))
        except ValueError as error:
            yield line, RowError(line, str(error))


def _unescaped(cell: str) -> str:
    """A cell as the shop wrote it, without the exporter's formula guard ("'-1" -> "-1")."""
    return ESCAPED_CELL.sub("", cell, count=1) if isinstance(cell, str) and cell.startswith("'") else cell


def _types(record: dict[str, str]) -> set[str]:
    return {part.strip().lower() for part in record.get("type", "").split(",")}


def _parent_key(cell: str) -> str:
    cell = cell.strip()
    match = PARENT_ID.fullmatch(cell)
    return f"id:{match.group(1)}" if match else cell


def _product(line: int, record: dict[str, str], variations: list[tuple[int, dict[str, str]]]) -> Product:
    name = record.get("name", "")
    if not name:
        raise ValueError("name: the product has no Name")
    description = "\n".join(html_text(record.get(key, "")) for key in ("short description", "description"))
    product = Product(
        line, title=name, id=record.get("sku") or record.get("id") or slug(name), handle=slug(name),
        description=description.strip(), kinds=_leaves(record.get("categories", "")),
        broader_kinds=_parents(record.get("categories", "")), tags=_list(record.get("tags", "")),
        options=_attributes(record, many=True), images=_list(record.get("images", "")),
        skipped=_not_for_sale(record), source_format=WOOCOMMERCE_FORMAT, extra={"_first_record": record},
    )  # fmt: skip
    price, compare_at = _price(record)
    product.price, product.compare_at_price, product.in_stock = price, compare_at, _in_stock(record)
    for variation_line, variation in variations:
        if PUBLISHED.get(variation.get("published", "1").strip(), ""):
            continue
        price, compare_at = _price(variation)
        if price is None and product.price is None:
            continue  # not purchasable: WooCommerce shows no price and no add-to-cart for it
        product.variants.append(
            RawVariant(variation_line, id=variation.get("id", ""), sku=variation.get("sku", ""), options=_attributes(variation, many=False),
                       price=price, compare_at_price=compare_at, in_stock=_in_stock(variation),
                       image=next(iter(_list(variation.get("images", ""))), ""))  # fmt: skip
        )
    product.images = list(dict.fromkeys([*product.images, *(v.image for v in product.variants if v.image)]))
    if not product.skipped and product.price is None and not product.variants:
        product.skipped = PRICE_ON_REQUEST
    return product


def _not_for_sale(record: dict[str, str]) -> str:
    status = PUBLISHED.get(record.get("published", "1").strip() or "1", "")
    if status:
        return status
    return HIDDEN if record.get("visibility in catalog", "").strip().lower() == HIDDEN else ""


def _leaves(categories: str) -> list[str]:
    """"Jewellery > Rings, Gifts" -> ["Rings", "Gifts"]: each path's own category."""
    parts = [[part.strip() for part in path.split(CATEGORY_PATH) if part.strip()] for path in _list(categories)]
    return list(dict.fromkeys(path[-1] for path in parts if path))


def _parents(categories: str) -> list[str]:
    """"Necklaces > Chains, Gifts" -> ["Necklaces"]: the paths' broader categories, nearest first."""
    parts = [[part.strip() for part in path.split(CATEGORY_PATH) if part.strip()] for path in _list(categories)]
    return list(dict.fromkeys(part for path in parts for part in reversed(path[:-1])))


def _attributes(record: dict[str, str], many: bool) -> dict[str, list[str]] | dict[str, str]:
    names, values = {}, {}
    for key, cell in record.items():
        match = ATTRIBUTE.fullmatch(key)
        if match and cell:
            (names if match.group(2) == "name" else values)[match.group(1)] = cell
    options = {}
    for number, name in sorted(names.items(), key=lambda pair: int(pair[0])):
        cell = values.get(number, "")
        if cell:
            options[name] = _list(cell) if many else cell.replace("\\,", ",").strip()
    return options


def _price(record: dict[str, str]) -> tuple[str | None, str | None]:
    """(the price paid, the price before the sale): the sale price when there is one."""
    sale, regular = record.get("sale price", "").strip(), record.get("regular price", "").strip()
    if sale:
        return sale, regular or None
    return regular or None, None


def _in_stock(record: dict[str, str]) -> bool | None:
    flag = record.get("in stock?", "").strip().lower()
    if flag in IN_STOCK:
        return IN_STOCK[flag]
    stock = record.get("stock", "").strip()
    if stock:
        try:
            return float(stock) > 0
        except ValueError:
            raise ValueError(f"stock: {stock!r} is not a number") from None
    return None
