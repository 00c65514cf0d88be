"""OpenCart's product export made by the "CSV Price Pro import/export" extension, read as products.

Read from the extension's public code: for OpenCart 1.5 its admin model admin/model/tool/csvprice_pro.php
and controller (GitHub Alexxfromgit/20170427_1728); for 2.x/3.x (version 4) its unencoded option,
attribute and special libraries admin/model/csvprice_pro/lib_product_*.php, its en-gb language file and
its settings template (GitHub sitesoft1/v-rozetke; its main model is ionCube-encoded, so the order and
form of the plain columns there were not seen), and its documentation (ocmod.costaslabs.com).
The export writes one row per product, '"' around the cells (PHP fputcsv), ";" between them by default
(4.x offers "," and "^" too), UTF-8 or Windows-1251 as the admin chooses; a header of captions
(_ID_, _NAME_, _MODEL_, _SKU_, _MANUFACTURER_, _PRICE_, _QUANTITY_, _SEO_KEYWORD_, _DESCRIPTION_,
_IMAGE_, _IMAGES_, _STATUS_, _SPECIAL_, _OPTIONS_, _ATTRIBUTES_, meta and custom fields ...).
- _CATEGORY_: each of the product's category paths on its own line, names joined by the admin's
  delimiter ("|" by default, ">" read too); _CATEGORY_ID_ (ids) is not read.
- _PRICE_: a plain number ("1299.00", "1299.0000"); the file names no currency: the shop's setting applies.
- _STATUS_: 1 enabled, 0 disabled (skipped as unpublished).
- _DESCRIPTION_: HTML (entities decoded by the export), read as text.
- _PRODUCT_TAG_: product_description.tag, OpenCart's search tags, ","-separated ("ring, gold ring"): the
  product's tags.
- _IMAGE_ / _IMAGES_ (","-separated): paths under the shop's image/ folder ("catalog/rings/ring1.jpg"),
  looked for in the photo folder (its image/ subfolder, else itself), else joined with the shop's media
  URL (--media-url https://shop.example/image/) when given; a path leaving the folder is refused, and
  so is an http:// URL (4.x's "Image as URL").
- _OPTIONS_: a line per option value: 4.x "type|option|value|required|quantity|subtract|price prefix|
  price|points prefix|points|weight prefix|weight[|image]", 1.5 "option|value|quantity|price prefix|
  price|points prefix|points|weight prefix|weight|required". The product is one item whose select,
  radio and image option values are its offers (one per combination, at most MAX_OFFERS), each priced
  by the product's price with its modifiers ("+" adds, "-" subtracts); a value's quantity decides its
  stock only when stock is subtracted from it. Checkbox values are add-ons, listed, not offers.
- _ATTRIBUTES_: a line per attribute, "group|name|text" (4.x may put the attribute's id first): the
  shop's own statements, read as options.
- _SPECIAL_: a line per special, "customer group,priority,price,date start,date end": the default
  customer group's special that runs today is the price, the regular one the compare-at price.
Not read: _DISCOUNT_ (quantity discounts), meta fields, custom fields, _URL_.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval.product import Product, RawVariant, slug
from retrieval.html_text import html_text
from retrieval.magento_media import MediaLayout, MediaPlaces, media_reference
from retrieval.rows import Row, RowError, amount_cell, spaced_decimal

OPENCART_FORMAT = "opencart"
SEPARATOR, SEPARATORS = ";", (";", ",", "^")  # the extension's default $CSV_SEPARATOR; the ones 4.x offers
CAPTION = re.compile(r"^_[A-Z0-9]+(?:_[A-Z0-9]+)*_$")  # "_NAME_", "_SEO_KEYWORD_"
REQUIRED_CAPTIONS = ("_NAME_",)
CAPTION_SHARE = 0.5  # of a header's names, at least, in the extension's _CAPTION_ form
KNOWN_CAPTIONS = ("_ID_", "_MODEL_", "_SKU_", "_PRICE_", "_QUANTITY_", "_STATUS_", "_CATEGORY_", "_IMAGE_", "_OPTIONS_")
# the admin's category delimiters read ("|" the default; "/" and "," are offered too, but also occur inside names); getCategory's "\n"
CATEGORY_DELIMITERS, CATEGORY_PATHS = ("|", ">"), "\n"
IMAGE_SEPARATOR, LINE_SEPARATOR, FIELD_SEPARATOR, SPECIAL_SEPARATOR, TAG_SEPARATOR = ",", "\n", "|", ",", ","
ENABLED, DISABLED = "1", "0"
DEFAULT_CUSTOMER_GROUP = "1"  # OpenCart's "Default" customer group
NO_DATE = "0000-00-00"
MAX_OFFERS = 200  # option combinations made into offers; above, the options are listed, not combined
IMAGE_FOLDER = "image"  # OpenCart's photos live under the shop's image/ folder
OPENCART_PHOTOS = MediaLayout("an OpenCart export", (IMAGE_FOLDER, ""), "image folder", "image URL")
WINDOWS_CYRILLIC, UTF8 = "cp1251", "utf-8-sig"
REFERENCE_CHARS = 60
# OpenCart's option types (its option.type codes): the ones with values a shopper chooses, the ones without
CHOICE_TYPES, VALUE_FREE_TYPES = ("select", "radio", "image", "checkbox"), ("text", "textarea", "file", "date", "time", "datetime")
CHECKBOX = "checkbox"
# a value's fields after its type in 4.x (lib_product_option.php), and in 1.5 (getProductOptions)
V4_FIELDS = ("option", "value", "required", "quantity", "subtract", "price prefix", "price", "points prefix", "points", "weight prefix", "weight", "image")
V15_FIELDS = ("option", "value", "quantity", "price prefix", "price", "points prefix", "points", "weight prefix", "weight", "required")


@dataclass(frozen=True)
class OptionValue:
    name: str
    change: Decimal  # added to the product's price
    in_stock: bool | None  # None when its stock is not counted


def is_opencart(names: list[str]) -> bool:
    """A header of the extension's captions: _NAME_ and another it writes, and most names _LIKE_THIS_ (a
    shop's custom fields are named by the shop)."""
    captions = [name.strip() for name in names if name.strip()]
    named = sum(bool(CAPTION.match(name)) for name in captions)
    return set(REQUIRED_CAPTIONS) <= set(captions) and bool(set(KNOWN_CAPTIONS) & set(captions)) and named >= CAPTION_SHARE * len(captions)


def encoding_of(path: Path) -> str:
    """UTF-8 (a BOM is fine), else Windows-1251, the other encoding the extension writes."""
    try:
        path.read_bytes().decode("utf-8")
        return UTF8
    except UnicodeDecodeError:
        return WINDOWS_CYRILLIC


def products(
    records: Iterator[tuple[int, Row]], folder: Path, media_url: str = "", today: date | None = None, folder_name: str = "the catalog's folder",
) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    """Each row's product at its line; a row that cannot be read is a RowError at its line. Photo paths are
    looked for in `folder` (`folder_name` in reasons), else joined with `media_url`."""
    today = today or date.today()
    places = MediaPlaces(folder, folder_name, media_url)
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        try:
            yield line, _product(line, record, places, today)
        except ValueError as error:
            yield line, RowError(line, str(error))


def _product(line: int, record: dict[str, str], places: MediaPlaces, today: date) -> Product:
    title = html_text(html.unescape(record.get("name", "")))
    if not title:
        raise ValueError(f"_NAME_: the product has no name (line {line})")
    regular = amount_cell(record.get("price", ""), spaced_decimal, "_PRICE_", line)
    if regular is None:
        raise ValueError(f"_PRICE_: Field required (line {line})")
    sale = _special(record.get("special", ""), line, today)
    price, compare_at = (sale, regular) if sale is not None and sale < regular else (regular, None)
    kinds, broader = _categories(record.get("category", ""))
    images, refused = _photos(record, places)
    identifier = next((record.get(key, "").strip() for key in ("id", "sku", "model") if record.get(key, "").strip()), slug(title))
    product = Product(
        line, title=title, id=identifier, handle=record.get("seo keyword", "").strip() or slug(title),
        description=_description(record.get("description", "")), kinds=kinds, broader_kinds=broader,
        vendor=html.unescape(record.get("manufacturer", "")).strip(), images=images, refused_images=refused,
        tags=_tags(record.get("product tag", "")), in_stock=_in_stock(record, line), skipped=_skipped(record, line), source_format=OPENCART_FORMAT,
    )  # fmt: skip
    product.options = _attributes(record.get("attributes", ""))
    groups, addons = _options(record.get("options", ""), line)
    product.options |= {name: list(dict.fromkeys(values)) for name, values in addons.items()}
    for name, values in groups.items():
        product.options[name] = list(dict.fromkeys(value.name for value in values))
    combined = _offers(groups, price, compare_at, product.in_stock, line)
    if combined:
        product.variants = combined
    else:
        product.price, product.compare_at_price = float(price), float(compare_at) if compare_at is not None else None
        if groups:
            product.price_max = float(price + sum(max(value.change for value in values) for values in groups.values()))
    return product


def _options(cell: str, line: int) -> tuple[dict[str, list[OptionValue]], dict[str, list[str]]]:
    """{option: [its values]} from the cell's lines: 4.x's "select|Размер|16|1|5|1|+|0.0000|+|0|+|0.00"
    (type first), or 1.5's "Размер|16|5|+|0.0000|+|0|+|0.00|1"; text, date and file options have no values.
    A checkbox's values are add-ons a shopper may tick together, not offers: returned apart, by option."""
    groups: dict[str, list[OptionValue]] = {}
    addons: dict[str, list[str]] = {}
    for text in cell.split(LINE_SEPARATOR):
        fields = [field.strip() for field in text.split(FIELD_SEPARATOR)]
        if not any(fields):
            continue
        if fields[0] in VALUE_FREE_TYPES:
            continue
        kind = fields[0]
        if kind in CHOICE_TYPES:
            fields = fields[1:]
            value_fields = dict(zip(V4_FIELDS, fields))
        else:
            value_fields = dict(zip(V15_FIELDS, fields))
        name, value = html.unescape(value_fields.get("option", "")), html.unescape(value_fields.get("value", ""))
        if not name or not value:
            raise ValueError(f"_OPTIONS_: {text[:REFERENCE_CHARS]!r} names no option and value as type|option|value|... (line {line})")
        if kind == CHECKBOX:
            addons.setdefault(name, []).append(value)
            continue
        groups.setdefault(name, []).append(OptionValue(value, _change(value_fields, text, line), _value_stock(value_fields, line)))
    return groups, addons


def _change(fields: dict[str, str], text: str, line: int) -> Decimal:
    """The value's price modifier: its prefix ("+" adds, "-" subtracts) and amount; 0 when not written."""
    change = amount_cell(fields.get("price", ""), spaced_decimal, "_OPTIONS_", line, "a price modifier")
    if change is None:
        return Decimal(0)
    prefix = fields.get("price prefix", "+") or "+"
    if prefix not in ("+", "-"):
        raise ValueError(f"_OPTIONS_: {text[:REFERENCE_CHARS]!r} has price prefix {prefix!r}, not + or - (line {line})")
    return -change if prefix == "-" else change


def _value_stock(fields: dict[str, str], line: int) -> bool | None:
    """Whether the value is in stock: its quantity counts only when stock is subtracted from it (4.x's flag)."""
    if fields.get("subtract", "") != "1":
        return None
    return _count(fields.get("quantity", ""), "_OPTIONS_", line)


def _offers(groups: dict[str, list[OptionValue]], price: Decimal, compare_at: Decimal | None, in_stock: bool | None, line: int) -> list[RawVariant]:
    """One offer per combination of option values, priced with their modifiers; none above MAX_OFFERS."""
    if not groups:
        return []
    count = 1
    for values in groups.values():
        count *= len(values)
    if count > MAX_OFFERS:
        return []
    offers = []
    for combination in itertools.product(*groups.values()):
        change = sum((value.change for value in combination), Decimal(0))
        stocked = [value.in_stock for value in combination if value.in_stock is not None]
        offer_price = max(price + change, Decimal(0))
        offer_compare = compare_at + change if compare_at is not None else None
        offers.append(RawVariant(
            line, options={name: value.name for name, value in zip(groups, combination)}, price=float(offer_price),
            compare_at_price=float(offer_compare) if offer_compare is not None and offer_compare > offer_price else None,
            in_stock=all(stocked) if stocked else in_stock,
        ))  # fmt: skip
    return offers


def _attributes(cell: str) -> dict[str, list[str]]:
    """{attribute name: [text]} from "group|name|text" lines (4.x may put the attribute's id first)."""
    found: dict[str, list[str]] = {}
    for text in cell.split(LINE_SEPARATOR):
        fields = [html.unescape(field).strip() for field in text.split(FIELD_SEPARATOR)]
        if len(fields) > 3 and fields[0].isdigit():  # 4.x with several languages: the attribute's id first
            fields = fields[1:]
        if len(fields) >= 3 and fields[1] and FIELD_SEPARATOR.join(fields[2:]):
            found.setdefault(fields[1], []).append(FIELD_SEPARATOR.join(fields[2:]))
    return found


def _special(cell: str, line: int, today: date) -> Decimal | None:
    """The default customer group's special price that runs today, the lowest priority first."""
    running = []
    for text in cell.split(LINE_SEPARATOR):
        fields = [field.strip() for field in text.split(SPECIAL_SEPARATOR)]
        if len(fields) < 3 or fields[0] != DEFAULT_CUSTOMER_GROUP:
            continue
        start, end = (fields + ["", ""])[3:5]
        if not _runs(start, end, today):
            continue
        amount = amount_cell(fields[2], spaced_decimal, "_SPECIAL_", line)
        if amount is not None:
            running.append((int(fields[1]) if fields[1].isdigit() else 0, amount))
    return min(running)[1] if running else None


def _runs(start: str, end: str, today: date) -> bool:
    try:
        begun = start in ("", NO_DATE) or date.fromisoformat(start) <= today
        ongoing = end in ("", NO_DATE) or date.fromisoformat(end) >= today
    except ValueError:
        return False
    return begun and ongoing


def _categories(cell: str) -> tuple[list[str], list[str]]:
    """(each path's last category, most specific first; their parents) from "Кольца|Золотые" lines."""
    kinds, broader = [], []
    for path in cell.split(CATEGORY_PATHS):
        delimiter = next((mark for mark in CATEGORY_DELIMITERS if mark in path), CATEGORY_DELIMITERS[0])
        names = [html.unescape(name).strip() for name in path.split(delimiter) if name.strip()]
        if names:
            kinds.append(names[-1])
            broader += names[:-1]
    kinds = list(dict.fromkeys(kinds))
    return kinds, [name for name in dict.fromkeys(broader) if name not in kinds]


def _tags(cell: str) -> list[str]:
    """OpenCart's tag field: its search tags, ","-separated (entities decoded, as the description's)."""
    return list(dict.fromkeys(tag for tag in (html.unescape(part).strip() for part in cell.split(TAG_SEPARATOR)) if tag))


def _description(cell: str) -> str:
    text = cell if "<" in cell else html.unescape(cell)  # a description stored with its entities still encoded
    return html_text(text)


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    return _count(record.get("quantity", ""), "_QUANTITY_", line)


def _count(cell: str, column: str, line: int) -> bool | None:
    """Whether a quantity is above 0; None when blank."""
    cell = cell.strip()
    if not cell:
        return None
    try:
        return Decimal(cell) > 0
    except ArithmeticError:
        raise ValueError(f"{column}: {cell!r} is not a number (line {line})") from None


def _skipped(record: dict[str, str], line: int) -> str:
    cell = record.get("status", "").strip()
    if cell in ("", ENABLED):
        return ""
    if cell == DISABLED:
        return "unpublished"
    raise ValueError(f"_STATUS_: {cell!r} is not 1 (enabled) or 0 (disabled) (line {line})")


def _photos(record: dict[str, str], places: MediaPlaces) -> tuple[list[str], list[str]]:
    """(the main image, then the others; why each reference was refused)."""
    photos, refused = [], []
    references = [("_IMAGE_", record.get("image", ""))] + [("_IMAGES_", cell) for cell in record.get("images", "").split(IMAGE_SEPARATOR)]
    for column, reference in references:
        photo, reason = _photo(column, html.unescape(reference).strip(), places)
        if photo and photo not in photos:
            photos.append(photo)
        if reason:
            refused.append(reason)
    return photos, refused


def _photo(column: str, reference: str, places: MediaPlaces) -> tuple[str, str]:
    """(a path relative to the photo folder or an https URL, or ""; why it was refused, or "")."""
    return media_reference(column, reference, places, OPENCART_PHOTOS)