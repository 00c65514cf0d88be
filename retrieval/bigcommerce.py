"""BigCommerce's product export (the Bulk Edit template), read as products.

Products -> Export -> Bulk Edit gives a CSV, a row per item: `Item Type` says which. A `Product`
row carries the product (Product ID, Product Name, Product Type P/D, Product Code/SKU, Brand Name,
Product Description (HTML), Price, Cost Price, Retail Price, Sale Price, Allow Purchases? Y/N,
Product Visible? Y/N, Track Inventory none / by product / by option, Current Stock Level, Category,
Product Image ID / File / URL / Description / Is Thumbnail / Sort - 1, - 2 ..., Search Keywords,
Product URL, Product Custom Fields, ...); the rows after it are its variants (`SKU`, written
indented as "  SKU") and its option rules (`Rule`). Names are matched without regard to case,
spacing or a trailing "?".

A SKU or Rule row names its options in Product Name, each after its display type:
"[RB]Size=7,[S]Metal=Rose Gold" ([RB] radio buttons, [S] select, [RT] rectangles, [CS] a colour
swatch written "Black:#000000"); a rule may list more values of one option ("[RB]Size=9,Size=9.5").
A variant's price is the product's, changed by the rules that name it (by its Product Code/SKU or by
its options) in their order: "[ADD]10", "[REMOVE]5" or "[FIXED]120" (a plain number is a fixed
price too, as a SKU row of a hand-made file may give one); Stop Processing Rules Y ends them. A
rule whose Allow Purchases? or Product Visible? is N takes its variants off sale; its image is
theirs. A hand-made file may give a SKU row these itself (a Sale Price, a photo, Allow Purchases?
N), or call it a Variant row. Y/N columns take yes/no and true/false too. A variant's stock is its
Current Stock Level (the product's when Track Inventory is by product or the row has none), none
when Track Inventory is none.

Prices are plain decimals in the store's currency, which the file does not name: the shop's
`--currency` applies. A Sale Price above 0 and below the Price is what a shopper pays, the Price
then the compare-at price. A product not visible is skipped like a draft, one that cannot be bought
(Allow Purchases? N) as not for sale, a digital product as not a piece of jewellery. Category lists
paths separated by ";", "/" nesting them ("Jewellery/Earrings;Bridal", "\\/" a slash in a name):
each path's own category is the shop's kind label, its parents broader ones. Brand Name and Search
Keywords are tags, Product Custom Fields ("Metal=22K Gold;Purity=916") the shop's own statements,
read as options every variant has. Only https:// photo URLs are taken; a file name on the store's
server, an http:// URL or a path is refused with a reason. The thumbnail is the main photo, the
rest in their Sort order.

The older Default export template is read too: Code, Name, Brand, Description, Stock Level and
Calculated Price (the price when there is no Price column) stand for the Bulk Edit names, Product
Not Visible Y and Product Inventoried N say hidden and not tracked, Category Details merges the
category paths ("Category Name: Rings, Category Path: Shop/Rings|...") and Product Images (or
Images) the photos ("Product Image File: ring.jpg, Product Image URL: https://...|..."); a file
with no Item Type column is a product a row.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from retrieval.formats import BIGCOMMERCE_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, Row, RowError, price_cell

PRODUCT, SKU, RULE = "product", "sku", "rule"
SKU_NAMES = (SKU, "variant")  # a hand-made file may call a SKU row a Variant
DIGITAL = ("d", "digital")  # Product Type; P (physical) is a piece
BY_PRODUCT, NO_TRACKING = "by product", ("none", *FALSE_WORDS)  # Track Inventory; else by option
HIDDEN, NOT_PURCHASABLE, DIGITAL_REASON = "hidden", "not purchasable", "digital"
# Columns only the Bulk Edit export has together: these and one of the others.
MARKS = ("item type", "product name", "price")
EITHER = ("product code/sku", "allow purchases", "product visible", "track inventory", "option set", "current stock level")
IMAGE_COLUMN = re.compile(r"product image (id|file|path|url|description|is thumbnail|sort) - (\d+)")
REFERENCE_PARTS = ("url", "path", "file")  # a photo's reference, the first given of these
# "[RB]Size=7,[S]Metal=Rose Gold": a comma starts another option when an option name and "=" follow it.
OPTION_SPLIT = re.compile(r",(?=\s*(?:\[[A-Za-z]+\])?[^,=\[\]]+=)")
OPTION = re.compile(r"\s*(?:\[([A-Za-z]+)\])?([^=]+)=(.*)", re.DOTALL)
SWATCH = re.compile(r"(.*?):\s*(?:#[0-9A-Fa-f]{3,8}(?:\|#[0-9A-Fa-f]{3,8})*|\S+\.(?:jpe?g|png|gif|webp))\s*", re.DOTALL | re.IGNORECASE)
ADJUSTMENT = re.compile(r"\[(ADD|REMOVE|FIXED)\]\s*(.*)", re.IGNORECASE)
CATEGORY_SEPARATOR, PATH_SEPARATOR, ESCAPED_SLASH = ";", re.compile(r"(?<!\\)/"), "\\/"
KEYWORD_SEPARATOR, FIELD_SEPARATOR = ",", ";"
# The older Default export template: some columns named otherwise, photos and categories merged
# into one cell each ("Product Image File: ring.jpg, Product Image URL: https://...|Product Image
# File: ...", "Category Name: Rings, Category Path: Shop/Rings|..."), read in the Bulk Edit names.
DEFAULT_NAMES = {"code": "product code/sku", "name": "product name", "brand": "brand name",
                 "description": "product description", "stock level": "current stock level"}  # fmt: skip
DEFAULT_MARKS = ("calculated price", "category details", "product inventoried", "product not visible")
MERGED_IMAGES, MERGED_SEPARATOR = ("product images", "images"), "|"
MERGED_FIELD = re.compile(r"([^:,|]+?)\s*:\s*(.*?)\s*(?=,\s*[^:,|]+:|$)", re.DOTALL)  # "Product Image URL: https://..."
MERGED_IMAGE_PARTS = {"product image url": "url", "product image file": "file", "product image is thumbnail": "is thumbnail",
                      "product image index": "sort", "product image sort": "sort"}  # fmt: skip
CATEGORY_PATH = "category path"


def plain_key(key: str) -> str:
    """"allow purchases?" (rows.column_key of "Allow Purchases?") -> "allow purchases"."""
    return key.replace("?", "").strip()


def is_bigcommerce(keys: set[str]) -> bool:
    """The Bulk Edit template's header, or the Default template's."""
    plain = {plain_key(key) for key in keys}
    default = bool(plain & set(DEFAULT_MARKS)) and bool({"product name", "name"} & plain)
    return default or (set(MARKS) <= plain and bool(plain & set(EITHER)))


def products(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its Product row, with the SKU and Rule rows under it."""
    group: list[tuple[int, dict[str, str]]] = []
    within: list[tuple[int, RowError]] = []  # bad rows among a product's, reported after it in line order
    for line, record in records:
        if isinstance(record, RowError):
            within.append((line, record))
            continue
        record = _bulk_edit_names({**record, **{plain_key(key): cell for key, cell in record.items()}})  # as written too, for --map
        kind = record.get("item type", "").strip().lower()
        kind = SKU if kind in SKU_NAMES else kind
        if kind == PRODUCT:
            yield from finished(group, within, _product)
            group, within = [(line, record)], []
        elif kind in (SKU, RULE) and group:
            group.append((line, record))
        elif kind in (SKU, RULE):
            within.append((line, RowError(line, f"Item Type: a {record['item type'].strip()} row with no Product row above it")))
        else:
            within.append((line, RowError(line, f"Item Type: {record.get('item type', '')!r} is not Product, SKU or Rule")))
    yield from finished(group, within, _product)


def _bulk_edit_names(record: dict[str, str]) -> dict[str, str]:
    """A row with the Bulk Edit template's names added for the Default template's (a row of a file
    with no Item Type column is a product; Calculated Price is the price when there is no Price)."""
    named = {**record, **{bulk: record[key] for key, bulk in DEFAULT_NAMES.items() if key in record and bulk not in record}}
    named.setdefault("item type", PRODUCT)
    if not named.get("price", "").strip():
        named["price"] = record.get("calculated price", "")
    if record.get("product not visible", "").strip().lower() in TRUE_WORDS:
        named["product visible"] = "N"
    if record.get("product inventoried", "").strip().lower() in FALSE_WORDS and "track inventory" not in record:
        named["track inventory"] = "none"
    if "category" not in record and record.get("category details", "").strip():
        paths = [value for entry in record["category details"].split(MERGED_SEPARATOR) for key, value in MERGED_FIELD.findall(entry) if key.strip().lower() == CATEGORY_PATH]
        named["category"] = CATEGORY_SEPARATOR.join(paths)
    for number, entry in enumerate(next((record[key] for key in MERGED_IMAGES if record.get(key, "").strip()), "").split(MERGED_SEPARATOR), 1):
        for key, value in MERGED_FIELD.findall(entry):
            if key.strip().lower() in MERGED_IMAGE_PARTS:
                named.setdefault(f"product image {MERGED_IMAGE_PARTS[key.strip().lower()]} - {number}", value)
    return named


def finished(group: list[tuple[int, dict[str, str]]], within: list[tuple[int, RowError]],
             build: Callable[[list[tuple[int, dict[str, str]]]], Product]) -> Iterator[tuple[int, Product | RowError]]:
    """The product a group of rows builds (or why not, at the group's first line), then the errors of rows inside it."""
    if group:
        line = group[0][0]
        try:
            yield line, build(group)
        except ValueError as error:
            yield line, RowError(line, str(error))
    yield from within


def _product(group: list[tuple[int, dict[str, str]]]) -> Product:
    line, first = group[0]
    title = first.get("product name", "").strip()
    if not title:
        raise ValueError("Product Name: the Product row has no name")
    product = stated_product(
        line, first, title, first.get("product code/sku", "").strip() or first.get("product id", "").strip(),
        first.get("product description", ""), _category_paths(first.get("category", "")), first.get("brand name", "").strip(),
        _photos(first), _not_for_sale(first),
    )  # fmt: skip
    if product.skipped:
        return product  # not for sale: its prices and stock are not read, nor rejected
    regular = required_price(first, line)
    sale = price_cell(first.get("sale price", ""), "Sale Price", line)
    on_sale = sale is not None and 0 < sale < regular
    tracking = first.get("track inventory", "").strip().lower()
    skus = [(sku_line, record) for sku_line, record in group[1:] if record["item type"].strip().lower() in SKU_NAMES]
    rules = [(rule_line, record) for rule_line, record in group[1:] if record["item type"].strip().lower() == RULE]
    for sku_line, record in skus:
        variant = _variant(sku_line, record, regular, sale if on_sale else None, rules, product)
        if variant is not None:
            own_stock = tracking != BY_PRODUCT and record.get("current stock level", "").strip()
            variant.in_stock = _in_stock(record if own_stock else first, tracking, variant.line)
            product.variants.append(variant)
    add_custom_fields(product, first.get("product custom fields", ""))
    if skus and not product.variants:
        product.price, product.in_stock = float(regular), False  # every variant is off sale
    elif not skus:
        product.price, product.compare_at_price = (float(sale), float(regular)) if on_sale else (float(regular), None)
        product.in_stock = _in_stock(first, tracking, line)
    return product


def required_price(first: dict[str, str], line: int) -> Decimal:
    """The Product row's Price (either export layout), which a product for sale must state."""
    regular = price_cell(first.get("price", ""), "Price", line)
    if regular is None:
        raise ValueError("Price: Field required")
    return regular


def stated_product(line: int, first: dict[str, str], title: str, item_id: str, description: str, categories: list[list[str]],
                   brand: str, photos: tuple[list[str], list[str]], skipped: str) -> Product:
    """A product as its Product row states it (either export layout), before its prices and variants:
    the category paths' last parts as its kinds and the rest as broader kinds, search keywords and
    brand as tags."""
    images, refused = photos
    return Product(
        line, title=title, id=item_id or slug(title), handle=first.get("product url", "").strip().strip("/") or slug(title),
        description=html_text(description), kinds=list(dict.fromkeys(path[-1] for path in categories)),
        broader_kinds=list(dict.fromkeys(part for path in categories for part in reversed(path[:-1]))),
        tags=[*keywords(first.get("search keywords", "")), *([brand] if brand else [])], vendor=brand,
        images=images, refused_images=refused, skipped=skipped, source_format=BIGCOMMERCE_FORMAT,
        extra={"_first_record": first},
    )  # fmt: skip


def _not_for_sale(first: dict[str, str]) -> str:
    if first.get("product type", "").strip().lower() in DIGITAL:
        return DIGITAL_REASON
    if _says_no(first, "product visible"):
        return HIDDEN
    return NOT_PURCHASABLE if _says_no(first, "allow purchases") else ""


def _says_no(record: dict[str, str], column: str) -> bool:
    """Whether a Y/N column says N (no, false or 0 too); a blank one says nothing."""
    return record.get(column, "").strip().lower() in FALSE_WORDS


def _category_paths(cell: str) -> list[list[str]]:
    """"Jewellery/Earrings;Bridal" -> [["Jewellery", "Earrings"], ["Bridal"]]."""
    paths = []
    for path in cell.split(CATEGORY_SEPARATOR):
        parts = [part.replace(ESCAPED_SLASH, "/").strip() for part in PATH_SEPARATOR.split(path)]
        if any(parts):
            paths.append([part for part in parts if part])
    return paths


def keywords(cell: str) -> list[str]:
    return [word.strip() for word in cell.split(KEYWORD_SEPARATOR) if word.strip()]


def add_custom_fields(product: Product, cell: str) -> None:
    """The product's options: its variants' and its custom fields ("Metal=22K Gold;Purity=916"),
    the shop's own statements about the piece, read like an option every variant has. A field named
    like a variant option ("Metal" beside a Metal option) is kept as a line of the description."""
    varied = variant_options(product.variants)
    fields = {}
    for part in cell.split(FIELD_SEPARATOR):
        name, sep, value = part.strip().strip('"').partition("=")  # an export quotes each: "Metal=Gold";"Purity=916"
        if sep and name.strip() and value.strip():
            fields[name.strip()] = [value.strip()]
    said = [f"{name}: {values[0]}" for name, values in fields.items() if name in varied]
    product.description = "\n".join([product.description, *said]).strip()
    product.options = fields | varied


def _option_values(cell: str, line: int) -> dict[str, list[str]]:
    """"[RB]Size=9,Size=9.5,[CS]Color=Black:#000000" -> {"Size": ["9", "9.5"], "Color": ["Black"]}."""
    values: dict[str, list[str]] = {}
    for part in OPTION_SPLIT.split(cell):
        match = OPTION.fullmatch(part)
        if not match or not match.group(2).strip():
            raise ValueError(f"Product Name: {cell[:60]!r} on line {line} names no option as [RB]Size=7 does")
        swatch = SWATCH.fullmatch(match.group(3))
        values.setdefault(match.group(2).strip(), []).append((swatch.group(1) if swatch else match.group(3)).strip())
    return values


def _variant(line: int, record: dict[str, str], regular: Decimal, sale: Decimal | None,
             rules: list[tuple[int, dict[str, str]]], product: Product) -> RawVariant | None:  # fmt: skip
    """A SKU row's variant, its prices after the rules that name it; None when it or a rule that
    names it is off sale. A SKU row's own price, sale price or photo (a hand-made file's) counts too."""
    options = {name: values[0] for name, values in _option_values(record.get("product name", ""), line).items()}
    if _says_no(record, "allow purchases") or _says_no(record, "product visible"):
        return None
    sku = record.get("product code/sku", "").strip()
    own, own_sale = record.get("price", "").strip(), price_cell(record.get("sale price", ""), "Sale Price", line)
    price = _adjusted(own, line, regular)
    before = own_sale if own_sale and own_sale < price else _adjusted(own, line, sale) if sale is not None else None
    photos, refused = _photos(record)
    image = next(iter(photos), "")
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    for rule_line, rule in rules:
        if not _names(rule, rule_line, sku, options):
            continue
        if _says_no(rule, "allow purchases") or _says_no(rule, "product visible"):
            return None
        cell = rule.get("price", "").strip()
        price, before = _adjusted(cell, rule_line, price), (_adjusted(cell, rule_line, before) if before is not None else None)
        photos, refused = _photos(rule)
        image = image or next(iter(photos), "")
        product.refused_images += [reason for reason in refused if reason not in product.refused_images]
        if rule.get("stop processing rules", "").strip().lower() in TRUE_WORDS:
            break
    paid, compare_at = (before, price) if before is not None and before < price else (price, None)
    return RawVariant(line, sku=sku, options=options, price=float(paid), image=image,
                      compare_at_price=float(compare_at) if compare_at is not None else None)  # fmt: skip


def _names(rule: dict[str, str], line: int, sku: str, options: dict[str, str]) -> bool:
    """Whether a rule is one of the variant's: by its SKU, else by each option it names."""
    rule_sku = rule.get("product code/sku", "").strip()
    if rule_sku:
        return rule_sku.lower() == sku.lower()
    named = _option_values(rule.get("product name", ""), line)
    return bool(named) and all(options.get(name) in values for name, values in named.items())


def _adjusted(cell: str, line: int, price: Decimal) -> Decimal:
    """A price after a rule's "[ADD]10", "[REMOVE]5", "[FIXED]120" or plain "120"."""
    if not cell:
        return price
    adjustment = ADJUSTMENT.fullmatch(cell)
    amount = price_cell(adjustment.group(2) if adjustment else cell, "Price", line)
    if amount is None:
        return price
    how = adjustment.group(1).upper() if adjustment else "FIXED"
    changed = price + amount if how == "ADD" else price - amount if how == "REMOVE" else amount
    if changed < 0:
        raise ValueError(f"Price: {cell!r} on line {line} leaves less than nothing to pay")
    return changed


def _in_stock(record: dict[str, str], tracking: str, line: int) -> bool | None:
    """In stock by the row's Current Stock Level, None when the store does not track it."""
    cell = record.get("current stock level", "").strip()
    if tracking in NO_TRACKING or not cell:
        return None
    try:
        return float(cell) > 0
    except ValueError:
        raise ValueError(f"Current Stock Level: {cell!r} is not a number (line {line})") from None


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    """(the https photo URLs, the thumbnail first and the rest by their sort, why each other
    reference was refused)."""
    slots: dict[int, dict[str, str]] = {}
    for key, cell in record.items():
        match = IMAGE_COLUMN.fullmatch(key)
        if match and cell.strip():
            slots.setdefault(int(match.group(2)), {})[match.group(1)] = cell.strip()
    ordered = sorted(slots.items(), key=lambda slot: (slot[1].get("is thumbnail", "").lower() not in TRUE_WORDS, _sort(slot[1]), slot[0]))
    references = []
    for number, slot in ordered:
        part = next((part for part in REFERENCE_PARTS if slot.get(part)), None)
        if part is not None:
            references.append((f"Product Image {part.upper() if part == 'url' else part.title()} - {number}", slot[part]))
    return https_photos(references, "a BigCommerce export")


def _sort(slot: dict[str, str]) -> float:
    try:
        return float(slot.get("sort", "") or 0)
    except ValueError:
        return 0.0
