"""Magento 2 / Adobe Commerce's product export (System > Data Transfer > Export, Products, CSV), read as products.

The export has a row per product and store view: sku, store_view_code (blank on a product's default
row), attribute_set_code, product_type (simple, configurable, virtual, downloadable, bundle, grouped,
giftcard), categories, product_websites, name, description (HTML), short_description, weight,
product_online (1 enabled, 2 disabled), tax_class_name, visibility ("Not Visible Individually",
"Catalog", "Search", "Catalog, Search"), price, special_price, special_price_from_date / _to_date,
url_key, meta_title, base_image, small_image, thumbnail_image, swatch_image (and their labels),
additional_attributes, qty, out_of_stock_qty, ..., is_in_stock, ..., additional_images,
additional_image_labels, ..., configurable_variations, configurable_variation_labels. Column names are
matched without regard to case, spacing or underscores.

A configurable product is one item: its simple children, named in its configurable_variations
("sku=R1-52,ring_size=52|sku=R1-54,ring_size=54"), are its variants, with their own prices, stock and
photo; the options are named by configurable_variation_labels ("ring_size=Ring size"), else by the
attribute code ("ring size"), their values from the variations, else from each child's
additional_attributes. A child is never an item of its own, nor is a product not visible
individually; a disabled product (product_online 2) is skipped like a draft, a virtual, downloadable
or gift card product as not a piece of jewellery, a grouped product as a set whose pieces are listed
on their own, a bundle with no price of its own as priced by the parts a shopper picks (one with a
price is an item). A store view's row repeats a product with only what that view changes: it is not a
product; its translated name is added as a line of the description, so a shopper who writes in that
view's language finds the piece (its translated description, which would repeat the same facts and
may pass the description's size limit, is not).

Prices are plain decimals in the store's currency, which the file does not name: the shop's
`--currency` applies. A special_price below the price, within its dates, is what a shopper pays, the
price the compare-at price. Stock is is_in_stock (1 / 0), else qty above 0. categories lists paths
separated by "," (early 2.0 exports wrote "|"), "/" nesting them ("Default Category/Jewellery/Rings,Default Category/Sale"): the
first part (the store's root category) is dropped, each path's last part is the shop's kind label,
its parents broader ones. additional_attributes ("metal=Gold,stone=Diamond,ring_size=52", a value
holding a comma continued after it, or each value in quotes when the export enclosed them;
multiple-select values separated by "|") are the shop's own statements, read like options every
variant has; one named like a variant option is kept as a line of the description. Photos: the base
image first, then the small, thumbnail and additional images (retrieval/magento_media.py); a
configurable product with none shows its children's.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Iterator

from retrieval.formats import MAGENTO_FORMAT

from retrieval.product import PHOTO_SCHEME, Product, RawVariant, slug, variant_options
from retrieval.html_text import html_text
from retrieval.magento_media import MediaPlaces, media_reference
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, Row, RowError, price_cell

# Columns only Magento's export has together: these and one of the others.
MARKS = ("sku", "product type", "attribute set code")
EITHER = ("store view code", "product websites", "product online", "additional attributes", "configurable variations", "url key")
CONFIGURABLE, GROUPED, BUNDLE = "configurable", "grouped", "bundle"
NOT_A_PIECE = {"virtual": "virtual", "downloadable": "downloadable", "giftcard": "gift card"}  # product_type: reason skipped
DISABLED_VALUES, DISABLED, HIDDEN, GROUPED_REASON = ("2", *FALSE_WORDS), "disabled", "hidden", "grouped (its pieces are listed on their own)"
NOT_VISIBLE = "not visible individually"
DYNAMIC_BUNDLE = "bundle priced by its parts"  # a bundle with no price of its own: what it costs depends on the parts chosen
VALUE_SEPARATOR, VARIATION_SEPARATOR, MULTISELECT_SEPARATOR, PAIR = ",", "|", "|", "="
CATEGORY_SEPARATOR, PATH_SEPARATOR = re.compile(r"[,|]"), "/"  # "," in current exports, "|" in early Magento 2.0 ones
# configurable_variations may carry an import's extras beside the options: not options
VARIATION_EXTRAS = ("sku", "price", "display", "image", "weight")
# additional_attributes as the export writes them when it encloses values: code="value",code2="va""lue"
WRAPPED = re.compile(r'([A-Za-z0-9_]+)="((?:[^"]|"")*)"')
WRAPPED_CELL = re.compile(r'[A-Za-z0-9_]+="(?:[^"]|"")*"(?:,[A-Za-z0-9_]+="(?:[^"]|"")*")*')
IMAGE_COLUMNS = ("base image", "small image", "thumbnail image")
ADDITIONAL_IMAGES = "additional images"
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y")  # special price dates, as exports write them in admin locales


def is_magento(keys: set[str]) -> bool:
    return set(MARKS) <= keys and bool(keys & set(EITHER))


def products(records: Iterator[tuple[int, Row]], media: MediaPlaces, today: date | None = None) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its default row, a configurable one with its children as variants;
    bad rows at their line, in line order."""
    today = today or date.today()
    defaults: dict[str, tuple[int, dict[str, str]]] = {}
    views: dict[str, list[dict[str, str]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        sku = record.get("sku", "").strip()
        if not sku:
            found.append((line, RowError(line, "sku: the row has no SKU")))
        elif record.get("store view code", "").strip():
            views.setdefault(sku.lower(), []).append(record)
        elif sku.lower() in defaults:
            found.append((line, RowError(line, f"sku: {sku!r} has a default row already (line {defaults[sku.lower()][0]}); a store view's row names its store_view_code")))
        else:
            defaults[sku.lower()] = (line, record)
    variations = {key: _variations(record) for key, (_, record) in defaults.items() if _type(record) == CONFIGURABLE}
    children = {child.lower() for named in variations.values() for child in named}
    for key, (line, record) in defaults.items():
        if key in children:
            continue  # read as its configurable product's variant
        try:
            found.append((line, _product(line, record, views.get(key, []), variations.get(key), defaults, media, today)))
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _type(record: dict[str, str]) -> str:
    return record.get("product type", "").strip().lower()


def _product(line: int, record: dict[str, str], views: list[dict[str, str]], variations: dict[str, dict[str, str]] | None,
             defaults: dict[str, tuple[int, dict[str, str]]], media: MediaPlaces, today: date) -> Product:  # fmt: skip
    title = record.get("name", "").strip()
    if not title:
        raise ValueError("name: the product's default row has no name")
    paths = _category_paths(record.get("categories", ""))
    images, refused = _photos(record, media)
    product = Product(
        line, title=title, id=record["sku"].strip(), handle=record.get("url key", "").strip() or slug(title),
        description=_description(record, title, views), kinds=list(dict.fromkeys(path[-1] for path in paths)),
        broader_kinds=list(dict.fromkeys(part for path in paths for part in reversed(path[:-1]))),
        images=images, refused_images=refused, skipped=_not_for_sale(record), source_format=MAGENTO_FORMAT,
        extra={"_first_record": record},
    )  # fmt: skip
    if product.skipped:
        return product  # not for sale: its prices and stock are not read, nor rejected
    stated = attributes(record.get("additional attributes", ""))
    if variations is None:
        product.price, product.compare_at_price = _prices(record, line, today)
        if product.price is None and _type(record) == BUNDLE:
            product.skipped = DYNAMIC_BUNDLE
            return product
        product.in_stock = _in_stock(record, line)
    else:
        child_rows = [(sku, defaults[sku.lower()]) for sku in variations if sku.lower() in defaults]
        if not variations:
            raise ValueError("configurable_variations: the configurable product names no variation (sku=...,size=...|...)")
        if not child_rows:
            raise ValueError(f"configurable_variations: none of its SKUs ({', '.join(list(variations)[:3])}) has a row in the file")
        labels = _labels(record.get("configurable variation labels", ""))
        product.variants = [variant for sku, (child_line, child) in child_rows
                            if (variant := _variant(child_line, child, variations[sku], labels, record, media, today)) is not None]  # fmt: skip
        if not product.variants:
            product.skipped = DISABLED  # every variant is disabled
            return product
        stated = _shared(child for _, (_, child) in child_rows) | stated
        if not product.images:  # a parent with no photo of its own shows its children's
            for _, (_, child) in child_rows:
                photos, refused = _photos(child, media)
                product.images += [photo for photo in photos if photo not in product.images]
                product.refused_images += refused
    _add_statements(product, stated)
    return product


def _not_for_sale(record: dict[str, str]) -> str:
    kind = _type(record)
    if record.get("product online", "").strip().lower() in DISABLED_VALUES:
        return DISABLED
    if kind in NOT_A_PIECE:
        return NOT_A_PIECE[kind]
    if kind == GROUPED:
        return GROUPED_REASON
    return HIDDEN if record.get("visibility", "").strip().lower() == NOT_VISIBLE else ""


def _description(record: dict[str, str], title: str, views: list[dict[str, str]]) -> str:
    """The description as text, the short description after it when it says more, and each store
    view's own name for the piece."""
    text = html_text(record.get("description", ""))
    short = html_text(record.get("short description", ""))
    names = [name for view in views if (name := view.get("name", "").strip()) and name != title]
    lines = [text, *([short] if short and short not in text else []), *dict.fromkeys(names)]
    return "\n".join(line for line in lines if line).strip()


def _category_paths(cell: str) -> list[list[str]]:
    """"Default Category/Jewellery/Rings,Default Category/Sale" -> [["Jewellery", "Rings"], ["Sale"]]."""
    paths = []
    for path in CATEGORY_SEPARATOR.split(cell):
        parts = [part.strip() for part in path.split(PATH_SEPARATOR) if part.strip()]
        if len(parts) > 1:
            paths.append(parts[1:])  # the root category names the store's tree, not the piece
    return paths


def attributes(cell: str) -> dict[str, list[str]]:
    """"metal=Gold,stone=Diamond,Ruby" -> {"metal": ["Gold"], "stone": ["Diamond,Ruby"]}: a part with no
    "=" continues the value before it, as Magento's import reads it; values in quotes when the export
    enclosed them; a multiple-select value's choices split at "|"."""
    cell = cell.strip()
    if WRAPPED_CELL.fullmatch(cell):
        pairs = [(code, value.replace('""', '"')) for code, value in WRAPPED.findall(cell)]
    else:
        pairs = _pairs(cell, VALUE_SEPARATOR)
    stated: dict[str, list[str]] = {}
    for code, value in pairs:
        values = [choice.strip() for choice in value.split(MULTISELECT_SEPARATOR) if choice.strip()]
        if code.strip() and values:
            stated[code.strip().lower()] = values
    return stated


def _pairs(cell: str, separator: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for part in cell.split(separator):
        code, sep, value = part.partition(PAIR)
        if sep:
            pairs.append((code.strip(), value))
        elif pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + separator + part)
    return pairs


def _variations(record: dict[str, str]) -> dict[str, dict[str, str]]:
    """{child SKU: {attribute code: value}} from "sku=R1-52,ring_size=52|sku=R1-54,ring_size=54"."""
    variations = {}
    for entry in record.get("configurable variations", "").split(VARIATION_SEPARATOR):
        pairs = {code.lower(): value.strip() for code, value in _pairs(entry, VALUE_SEPARATOR)}
        if pairs.get("sku"):
            variations[pairs["sku"]] = {code: value for code, value in pairs.items() if code not in VARIATION_EXTRAS and value}
    return variations


def _labels(cell: str) -> dict[str, str]:
    """"ring_size=Ring size,metal=Metal" -> {"ring_size": "Ring size", "metal": "Metal"}."""
    return {code.lower(): label.strip() for code, label in _pairs(cell, VALUE_SEPARATOR) if label.strip()}


def _option_name(code: str, labels: dict[str, str]) -> str:
    return labels.get(code) or code.replace("_", " ")


def _variant(line: int, child: dict[str, str], options: dict[str, str], labels: dict[str, str],
             parent: dict[str, str], media: MediaPlaces, today: date) -> RawVariant | None:  # fmt: skip
    """A child's variant: its options, its prices (the parent's where it has none), its stock and its
    photo's URL (an https one, or its path's under the shop's media URL); None for a disabled child."""
    if child.get("product online", "").strip().lower() in DISABLED_VALUES:
        return None
    if not options:  # the variations name only SKUs: the child's own values of the labelled attributes
        stated = attributes(child.get("additional attributes", ""))
        options = {code: stated[code][0] for code in labels if code in stated}
    priced = {key: child.get(key, "").strip() or parent.get(key, "") for key in ("price", "special price", "special price from date", "special price to date")}
    price, compare_at = _prices(priced, line, today)
    image = next((photo for photo in _photos(child, media)[0] if photo.lower().startswith(PHOTO_SCHEME)), "")  # a variant's photo is a URL
    return RawVariant(line, id=child["sku"].strip(), sku=child["sku"].strip(), price=price, compare_at_price=compare_at,
                      options={_option_name(code, labels): value for code, value in options.items()},
                      in_stock=_in_stock(child, line), image=image)  # fmt: skip


def _shared(children: Iterator[dict[str, str]]) -> dict[str, list[str]]:
    """The additional attributes every child states alike: the product's own."""
    stated = [attributes(child.get("additional attributes", "")) for child in children]
    if not stated:
        return {}
    return {code: values for code, values in stated[0].items() if all(other.get(code) == values for other in stated[1:])}


def _add_statements(product: Product, stated: dict[str, list[str]]) -> None:
    """The product's options: its variants' and its additional attributes; an attribute named like a
    variant option (a "ring size" every child states beside the Ring size option) is a line of the
    description."""
    varied = variant_options(product.variants)
    named = {code.replace("_", " "): values for code, values in stated.items()}
    folded = {name.lower() for name in varied}
    said = [f"{name}: {', '.join(values)}" for name, values in named.items() if name.lower() in folded]
    product.description = "\n".join([product.description, *said]).strip()
    product.options = {name: values for name, values in named.items() if name.lower() not in folded} | varied


def _prices(record: dict[str, str], line: int, today: date) -> tuple[float | None, float | None]:
    """(what a shopper pays, the compare-at price): the special price when it is below the price and
    today is within its dates."""
    regular = price_cell(record.get("price", ""), "price", line)
    if regular is None:
        return None, None
    special = price_cell(record.get("special price", ""), "special_price", line)
    if special is not None and 0 < special < regular and _within(record, today):
        return float(special), float(regular)
    return float(regular), None


def _within(record: dict[str, str], today: date) -> bool:
    starts, ends = _date(record.get("special price from date", "")), _date(record.get("special price to date", ""))
    return (starts is None or starts <= today) and (ends is None or today <= ends)


def _date(cell: str) -> date | None:
    """A date cell's day ("2026-12-24 00:00:00", "12/24/26"); None for a blank or unreadable one, which
    sets no bound."""
    day = cell.strip().split(" ")[0]
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(day, pattern).date()
        except ValueError:
            continue
    return None


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """is_in_stock, else qty above 0; None when the row says neither."""
    flag = record.get("is in stock", "").strip().lower()
    if flag in TRUE_WORDS or flag in FALSE_WORDS:
        return flag in TRUE_WORDS
    quantity = record.get("qty", "").strip()
    if not quantity:
        return None
    try:
        return Decimal(quantity) > 0
    except ArithmeticError:
        raise ValueError(f"qty: {quantity!r} is not a number (line {line})") from None


def _photos(record: dict[str, str], media: MediaPlaces) -> tuple[list[str], list[str]]:
    """(the photos: the base image first, then the small, thumbnail and additional images; why each
    reference not taken was refused)."""
    cells = [(column.replace(" ", "_"), record.get(column, "")) for column in IMAGE_COLUMNS]
    cells += [(ADDITIONAL_IMAGES.replace(" ", "_"), cell) for cell in record.get(ADDITIONAL_IMAGES, "").split(VALUE_SEPARATOR)]
    photos: list[str] = []
    refused: list[str] = []
    seen: set[str] = set()
    for column, cell in cells:
        if not cell.strip() or cell.strip() in seen:
            continue
        seen.add(cell.strip())
        photo, reason = media_reference(column, cell, media)
        if photo and photo not in photos:
            photos.append(photo)
        if reason:
            refused.append(reason)
    return photos, refused
