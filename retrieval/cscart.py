"""The product export of CS-Cart and CS-Cart Multi-Vendor shops (Administration -> Export data -> Products),
read as products.

Written from CS-Cart's own export schema, app/schemas/exim/products.php with products.functions.php and
fn.exim.php (public copies on GitHub), and the product_variations add-on's exim schema; no shop's file.
- The header is the schema's field names, in English whatever the admin's language: Product code and
  Language (both always written), Product id, Category, Secondary categories, List price, Price, Status,
  Quantity, Product name, Description, Short description, Search words, Features, Options, Thumbnail,
  Detailed image, Image URL, Detailed image URL, Product URL, Vendor (Multi-Vendor), Store (Ultimate) ...
  ";" between the cells unless the admin chose "," or a tab (sniffed), UTF-8.
- One row per product and language: the rows sharing a Product code are one item. The shop's language
  (catalog.feed_language, a code as the Language column writes it: "et", "ru") gives its title and
  texts, else its first row does; the other languages' names, short descriptions and search words are
  kept searchable in its description, their categories among its kinds (their full descriptions are not
  added: the item's description stays within catalog.max_description_chars).
- Price and List price: plain numbers, "." or "," as the decimal mark (the export's option); List price
  above Price is the compare-at price. No currency is written: the shop's setting decides. A product
  without a price, or with one that is not a number, is reported at its line; the rest is read.
- Status: A active, D disabled (skipped as not for sale), H hidden: skipped too, as "hidden". CS-Cart
  keeps a hidden product out of its storefront's categories and search, reachable only by a direct link
  (its CommerceML import hides products out of stock so): a shop hides what it does not offer to
  browsing shoppers, so Facet, which answers like a search, does not offer it either.
- Quantity: in stock when above 0; Inventory tracking "D" (do not track) leaves stock unknown.
- Options (cscart_cells.py): select-box and radio options are the item's offers (one per combination, at
  most MAX_OFFERS), priced by the product's price and their variants' modifiers (an amount, or a
  percentage of the price); a checkbox option is an add-on, listed; text and file options are not read.
- Features: the shop's own statements ("Metal: S[Gold]"), read as options {name: values}.
- The product_variations add-on: rows sharing a Variation group code are one item whose offers they are,
  their "<feature> (Variation feature)" columns naming each offer's options; the one "Variation set as
  default" (else the first) gives the item's texts.
- Detailed image, Thumbnail: a path ("exim/backup/images/product/ring.jpg", written when the export
  copied the photos there) looked for in the photo folder (the path, then its file name, in the folder
  or its images/ subfolder), else joined with the shop's files URL (--media-url) when given; else the
  https Detailed image URL / Image URL the export wrote. An http:// URL or a path leaving the folder is
  refused. Only the main photo: CS-Cart exports additional images through another pattern.
Not read: Meta keywords and Meta description (SEO), Taxes, Weight, Files, Popularity, Localizations.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval import cscart_cells
from retrieval.product import Product, RawVariant, slug
from retrieval.html_text import html_text
from retrieval.magento_media import MediaLayout, MediaPlaces, local_file, media_reference
from retrieval.rows import CatalogError, Row, RowError, amount_cell, column_key, csv_header, grouped_rows, marked_decimal, web_address

CSCART_FORMAT = "cscart"
SEPARATORS = (";", ",", "\t")  # the export's delimiter option: semicolon (default), comma, tab
REQUIRED = ("product code", "language")  # always written: the schema's required fields
ANY_OF = ("product name", "price", "category", "product id")
ACTIVE, DISABLED, HIDDEN = "A", "D", "H"
SKIPPED = {DISABLED: "disabled", HIDDEN: "hidden"}
UNTRACKED = ("D", "N")  # Inventory tracking: do not track
SEARCH_WORDS_SEPARATOR = ","
MAX_OFFERS = 200  # option combinations made into offers; above, the options are listed, not combined
VARIATION_FEATURE = " (variation feature)"  # the add-on's "<feature> (Variation feature)" column keys end so
YES = "y"
IMAGE_COLUMNS = (("detailed image", "Detailed image"), ("thumbnail", "Thumbnail"))
URL_COLUMNS = (("detailed image url", "Detailed image URL"), ("image url", "Image URL"))
CSCART_PHOTOS = MediaLayout("a CS-Cart export", ("", "images"), "files folder", "files URL")
PERCENT = Decimal(100)


def is_cscart(keys: set[str]) -> bool:
    """Product code and Language, with a name, price, category or id: no other export's header."""
    return set(REQUIRED) <= keys and bool(keys & set(ANY_OF))


def sniff(path: Path) -> str | None:
    """The delimiter of a CS-Cart product export, else None."""
    for separator in SEPARATORS:
        try:
            if is_cscart({column_key(name) for name in csv_header(path, separator)}):
                return separator
        except CatalogError:  # unreadable at this separator: the other formats' reading says why
            continue
    return None


def products(records: Iterator[tuple[int, Row]], folder: Path, media: MediaPlaces | None = None, language: str = "") -> Iterator[tuple[int, Product | RowError]]:
    """Each product at its first row's line; a row or product that cannot be read is a RowError at its line.
    Photos are looked for in `media` (default: `folder`, the catalog's); `language` is the shop's ("et")."""
    places = media or MediaPlaces(folder)
    groups, errors = grouped_rows(records, _key, lambda line: f"Product code: the row has no product code or id (line {line})")
    yield from errors
    made: list[tuple[int, Product, dict[str, str]]] = []
    for rows in groups.values():
        line = rows[0][0]
        try:
            product, shown = _product(rows, places, language.strip().lower())
        except ValueError as error:
            yield line, RowError(line, str(error))
            continue
        made.append((line, product, shown))
    yield from _varied(made)


def _key(record: dict[str, str]) -> str:
    return record.get("product code", "").strip() or record.get("product id", "").strip()


def _product(rows: list[tuple[int, dict[str, str]]], places: MediaPlaces, language: str) -> tuple[Product, dict[str, str]]:
    """A product from its rows, one per language; and the row shown (the shop's language's)."""
    line, shown = next(((row_line, row) for row_line, row in rows if row.get("language", "").strip().lower() == language), rows[0])
    others = [row for _, row in rows if row is not shown]
    title = html_text(shown.get("product name", "")) or next((html_text(row.get("product name", "")) for row in others if row.get("product name", "").strip()), "")
    if not title:
        raise ValueError(f"Product name: the product has no name (line {line})")
    price = amount_cell(shown.get("price", ""), marked_decimal, "Price", line)
    if price is None:
        raise ValueError(f"Price: Field required (line {line})")
    listed = amount_cell(shown.get("list price", ""), marked_decimal, "List price", line)
    compare_at = listed if listed is not None and listed > price else None
    kinds, broader = _categories([shown, *others])
    images, refused = _photos(shown, places)
    code = shown.get("product code", "").strip()
    product = Product(
        line, title=title, id=code or shown.get("product id", "").strip() or slug(title), handle=slug(title),
        description=_texts(shown, others, title), kinds=kinds, broader_kinds=broader, tags=_search_words([shown]),
        vendor=html_text(shown.get("vendor", "")), url=web_address(shown.get("product url", "")), images=images,
        refused_images=refused, in_stock=_in_stock(shown, line), skipped=_skipped(shown, line), source_format=CSCART_FORMAT,
        extra={"_first_record": shown},
    )  # fmt: skip
    product.options = cscart_cells.features(shown.get("features", ""))
    _set_options(product, cscart_cells.options(shown.get("options", "")), price, compare_at, line, places)
    return product, shown


def _set_options(product: Product, stated: list[cscart_cells.ProductOption], price: Decimal, compare_at: Decimal | None, line: int, places: MediaPlaces) -> None:
    """The options as the item's offers (select boxes, radio groups), listed add-ons (checkboxes); else its price."""
    choices = [option for option in stated if option.kind in cscart_cells.CHOICE_TYPES and option.variants and option.attributes.get("status", "") != DISABLED]
    for option in stated:
        if option.kind == cscart_cells.CHECKBOX or option in choices:
            product.options[option.name] = list(dict.fromkeys([variant.name for variant in option.variants] or [option.name]))
    count = 1
    for option in choices:
        count *= len(option.variants)
    if not choices or count > MAX_OFFERS:
        product.price, product.compare_at_price = float(price), float(compare_at) if compare_at is not None else None
        return
    for combination in itertools.product(*(option.variants for option in choices)):
        change = sum((_change(variant, price, line) for variant in combination), Decimal(0))
        offer_price = max(price + change, Decimal(0))
        offer_compare = compare_at + change if compare_at is not None else None
        image = next((photo for variant in combination if variant.image for photo in [_photo("Options", variant.image, places)[0]] if photo), "")
        product.variants.append(RawVariant(
            line, options={option.name: variant.name for option, variant in zip(choices, combination)}, price=float(offer_price),
            compare_at_price=float(offer_compare) if offer_compare is not None and offer_compare > offer_price else None,
            in_stock=product.in_stock, image=image,
        ))  # fmt: skip


def _change(variant: cscart_cells.OptionVariant, price: Decimal, line: int) -> Decimal:
    """What a variant adds to the price: its modifier, an amount or a percentage ("-" subtracts)."""
    text = variant.modifier.strip()
    if not text:
        return Decimal(0)
    sign = -1 if text.startswith("-") else 1
    amount = amount_cell(text.lstrip("+-"), marked_decimal, "Options", line, f"a price modifier (of {variant.name!r})")
    change = sign * (amount or Decimal(0))
    return price * change / PERCENT if variant.modifier_type == cscart_cells.PERCENT else change


def _varied(made: list[tuple[int, Product, dict[str, str]]]) -> Iterator[tuple[int, Product]]:
    """Products sharing a Variation group code as one item with an offer each; the others as they are."""
    groups: dict[str, list[tuple[int, Product, dict[str, str]]]] = {}
    for entry in made:
        code = entry[2].get("variation group code", "").strip()
        groups.setdefault(code or f"\0{id(entry)}", []).append(entry)
    for members in groups.values():
        if len(members) == 1:
            yield members[0][0], members[0][1]
            continue
        yield _grouped(members)


def _grouped(members: list[tuple[int, Product, dict[str, str]]]) -> tuple[int, Product]:
    default = next((entry for entry in members if entry[2].get("variation set as default", "").strip().lower() == YES), members[0])
    line, base = min(entry[0] for entry in members), default[1]
    offers: list[RawVariant] = []
    for _, member, shown in members:
        if member.skipped:
            continue
        named = {key[: -len(VARIATION_FEATURE)]: value.strip() for key, value in shown.items() if key.endswith(VARIATION_FEATURE) and value.strip()}
        options = {_feature_name(member, name): value for name, value in named.items()}
        photo = next(iter(member.images), "")
        for offer in member.variants or [RawVariant(member.line, price=member.price, compare_at_price=member.compare_at_price, in_stock=member.in_stock)]:
            offers.append(RawVariant(offer.line, id=member.id if not member.variants else "", sku=member.id, options=options | offer.options, price=offer.price,
                                     compare_at_price=offer.compare_at_price, in_stock=offer.in_stock, image=offer.image or photo))  # fmt: skip
        base.images += [image for image in member.images if image not in base.images]
        base.tags += [tag for tag in member.tags if tag not in base.tags]
    base.variants = offers
    base.line = line
    if base.variants:
        base.skipped, base.price, base.compare_at_price = "", None, None
        for offer in base.variants:
            for name, value in offer.options.items():
                values = base.options.setdefault(name, [])
                if value not in values:
                    values.append(value)
    return line, base


def _feature_name(member: Product, key: str) -> str:
    """A variation feature's name as the Features cell writes it (the header's key is lower-cased)."""
    return next((name for name in member.options if column_key(name) == key), key.capitalize())


def _texts(shown: dict[str, str], others: list[dict[str, str]], title: str) -> str:
    """The description: the shown row's description and short description, then the other languages' names,
    short descriptions and search words (not their full descriptions: the item's stays within its limit)."""
    parts = [html_text(shown.get("description", "")), html_text(shown.get("short description", ""))]
    for row in others:
        name = html_text(row.get("product name", ""))
        parts += [name if name != title else "", html_text(row.get("short description", "")), ", ".join(_search_words([row]))]
    return "\n".join(dict.fromkeys(part for part in parts if part))


def _categories(rows: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """(each path's last name, the main category first, every language's; their parents)."""
    kinds, broader = [], []
    for row in rows:
        store = row.get("store", "").strip()
        for column in ("category", "secondary categories"):
            for names in cscart_cells.category_paths(row.get(column, ""), store=store):
                kinds.append(html_text(names[-1]))
                broader += [html_text(name) for name in names[:-1]]
    kinds = [kind for kind in dict.fromkeys(kinds) if kind]
    return kinds, [name for name in dict.fromkeys(broader) if name and name not in kinds]


def _search_words(rows: list[dict[str, str]]) -> list[str]:
    words = [word.strip() for row in rows for word in html_text(row.get("search words", "")).split(SEARCH_WORDS_SEPARATOR)]
    return list(dict.fromkeys(word for word in words if word))


def _in_stock(row: dict[str, str], line: int) -> bool | None:
    cell = row.get("quantity", "").strip()
    if not cell or row.get("inventory tracking", "").strip().upper() in UNTRACKED:
        return None
    amount = marked_decimal(cell)
    if amount is None:
        raise ValueError(f"Quantity: {cell!r} is not a number (line {line})")
    return amount > 0


def _skipped(row: dict[str, str], line: int) -> str:
    cell = row.get("status", "").strip().upper()
    if cell in ("", ACTIVE):
        return ""
    if cell in SKIPPED:
        return SKIPPED[cell]
    raise ValueError(f"Status: {cell!r} is not A (active), D (disabled) or H (hidden) (line {line})")


def _photos(row: dict[str, str], places: MediaPlaces) -> tuple[list[str], list[str]]:
    """([the main photo] or [], why the references were refused when none was taken)."""
    refused = []
    for key, column in IMAGE_COLUMNS:
        photo, reason = _photo(column, cscart_cells.image_reference(row.get(key, "")), places)
        if photo:
            return [photo], []
        refused += [reason] if reason else []
    for key, column in URL_COLUMNS:
        photo, reason = media_reference(column, row.get(key, ""), MediaPlaces(places.folder, places.folder_name), CSCART_PHOTOS)
        if photo.startswith("https://"):
            return [photo], []
        refused += [reason] if reason else []
    return [], list(dict.fromkeys(refused))


def _photo(column: str, reference: str, places: MediaPlaces) -> tuple[str, str]:
    """(a path relative to the photo folder or an https URL, or ""; why it was refused, or ""): the path as
    written, else its file name, in the folder or its images/; else joined with the files URL."""
    reference = reference.strip()
    relative = reference.lstrip("/")
    if relative and "://" not in reference and "\\" not in reference and ".." not in Path(relative).parts:
        for candidate in dict.fromkeys((relative, Path(relative).name)):
            found, escaped = local_file(candidate, places.folder, CSCART_PHOTOS.folders)
            if escaped:
                return "", f"{column} refused: {candidate!r} leads outside {places.folder_name}"
            if found:
                return found, ""
    return media_reference(column, reference, places, CSCART_PHOTOS)
