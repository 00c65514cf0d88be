"""Google Merchant Center product feeds, read as products: the XML feed (RSS 2.0 or Atom 1.0 with the
`g:` namespace, retrieval/google_xml.py) and the text feed (a header row of attribute names, tab- or
comma-separated, names with or without "g:" and in Google's display form: "Image link").

Read as Google's product data specification defines them: id, title, description (HTML to text),
link (the product page; the name in its address the handle), image_link then additional_image_link (repeated elements, or comma-separated
in a text feed; https only), availability (in_stock, out_of_stock, preorder, backorder; the legacy
"in stock", "available for order"; the local inventory spec's limited_availability, on_display_to_order;
without one, the legacy quantity), price and sale_price ("1500.00 USD", "USD 1,500.00": the code
names the catalog's currency, beating the shop's setting as Etsy's CURRENCY_CODE does), with
sale_price_effective_date (an ISO 8601 interval "start/end": outside it, or unreadable, the sale
price does not apply, as Google ignores it: a shopper asking today pays the regular price once a sale
has ended, whenever the feed was written), brand (the vendor, and a tag), gtin / mpn (a variant's
SKU), condition (used or refurbished a tag), google_product_category (Google's taxonomy path or its
numeric id; the Jewelry subtree mapped to Facet's kinds in the lexicon, [google_product_categories]),
product_type (the shop's own taxonomy: its last part the shop's kind label, its parents broader ones),
item_group_id (the items sharing it are the variants of one product, priced as a range), color,
material, size, pattern, gender, age_group (options; a material every variant shares is what the
piece is made of), custom_label_0..4 (tags), product_detail (the shop's statements:
attribute_name: attribute_value), is_bundle and multipack (tags). shipping, tax and any element not
named here are not read.

Meta's (Facebook and Instagram) commerce catalog data feed is this feed with Meta's additions (Meta's
"catalog fields": the same id, title, description, availability, condition, price, sale_price,
item_group_id, google_product_category, product_type, custom_label_0..4 and variant attributes), read
here as a variant of it, found by the same columns: fb_product_category (Meta's own taxonomy; its path's
last part a kind label, as an unmapped Google path), quantity_to_sell_on_facebook and inventory (stock
without an availability, as the legacy quantity), product_tags[0], product_tags[1] ... (tags), status
(active or archived: an archived item is shown nowhere, not for sale), visibility (staging or hidden:
not shown), and the availability values discontinued and mark_as_sold (no longer sold: not for sale)
and pending (not in stock). shipping, rich_text_description and the ad fields are not read.

Not for sale (skipped, never an error): a price of 0 (price on request: Google's spec refuses a 0
price, and shops write it for the pieces whose price they give when asked); an expiration_date in the past (the date Google's spec says a
product stops showing: a limited or seasonal offer that has ended); pause "all" (paused from every
Google surface, free listings included); excluded_destination naming Free_listings (the shop keeps it
out of Google's unpaid product listings, which an assistant showing the shop's pieces is like). A pause
"ads" or an exclusion from ads only is where Google advertises it, not whether the shop sells it: kept,
unless its own words say it is not sold (a display piece, retrieval/not_for_sale.py).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timezone
from typing import Iterator
from urllib.parse import unquote, urlsplit

from retrieval.formats import GOOGLE_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.prices import PriceError, is_zero_price, parse_price
from retrieval.rows import Row, RowError, column_key

PREFIX = "g:"  # "g:image_link" in a text feed's header
# a header is Google's with these and one of the names only its feeds have
NEEDED = ("id", "title", "price")
GOOGLE_ONLY = ("image link", "availability", "google product category", "item group id", "additional image link",
               "sale price effective date", "gtin", "mpn", "identifier exists", "product type")  # fmt: skip
# availability; "limited availability" and "on display to order" are the local inventory spec's
IN_STOCK, OUT_OF_STOCK = ("in stock", "available for order", "limited availability"), ("out of stock",)
LATER = ("preorder", "backorder", "on display to order", "pending")  # orderable now, delivered later: not in stock
GONE = ("discontinued", "mark as sold")  # Meta's: no longer sold (not for sale)
# attributes a product's variants differ by, and the option name each is shown with
VARIANT_ATTRIBUTES = {"color": "Color", "size": "Size", "material": "Material", "pattern": "Pattern", "gender": "Gender", "age group": "Age group"}
MATERIAL = "material"
TITLE_OPTION = "Variant"  # the option of items that differ only by their titles' last words
CUSTOM_LABELS = tuple(f"custom label {n}" for n in range(5))
LIST_SPLIT = re.compile(r"\s*,\s*")  # a text feed's repeated values
LISTED = ("excluded destination", "included destination")  # attributes a text feed lists with commas (a product_type path may hold one)
PHOTO_SPLIT = re.compile(r"\s*,\s*(?=https?://)|\s+(?=https?://)", re.IGNORECASE)
DETAIL_SPLIT = ":"  # a text feed's product_detail: "section:attribute_name:attribute_value"
CURRENCY_CODE = re.compile(r"^\s*(?:(?P<before>[A-Za-z]{3})\s+)?(?P<amount>[^A-Za-z]*?\d[^A-Za-z]*?)\s*(?P<after>[A-Za-z]{3})?\s*$")
TRUE_VALUES = ("yes", "true", "1")
FREE_LISTINGS, PAUSED_EVERYWHERE = "free listings", "all"
EXPIRED, PAUSED, EXCLUDED = "expired", "paused", "excluded from free listings"
# Meta's catalog feed: status "archived" and visibility "staging" / "hidden" keep an item from every surface
ARCHIVED, NOT_SHOWN, NO_LONGER_SOLD = "archived", "not shown (visibility)", "no longer sold"
HIDDEN_VISIBILITY = ("staging", "hidden")
QUANTITY_KEYS = ("quantity", "quantity to sell on facebook", "inventory")  # the legacy count, Meta's two
TAG_COLUMN = re.compile(r"^product tags\[\d+\]$")  # Meta's product_tags[0], product_tags[1] ...
CATEGORY_KEYS = ("google product category", "fb product category")
PRICE_ON_REQUEST = "price on request"  # a price of 0, which Google's spec refuses: the shop asks to be asked
SOURCE = "a Google product feed"
USED_CONDITIONS = ("used", "refurbished")
PAGE_ENDINGS = (".html", ".htm")  # of a product page's address (Magento, PrestaShop)


def is_google(keys: set[str]) -> bool:
    names = {key.removeprefix(PREFIX) for key in keys}
    return set(NEEDED) <= names and bool(names & set(GOOGLE_ONLY))


def text_records(records: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, dict[str, list] | RowError]]:
    """A text feed's rows as XML items are read: {attribute key: [values]}."""
    for line, record in records:
        if isinstance(record, RowError):
            yield line, record
            continue
        values: dict[str, list] = {}
        for key, cell in record.items():
            key = key.removeprefix(PREFIX).strip()
            if not cell.strip():
                continue
            if key == "product detail":
                values[key] = [_detail(part) for part in LIST_SPLIT.split(cell) if part.strip()]
            elif key in LISTED:
                values[key] = [part for part in LIST_SPLIT.split(cell) if part]
            else:
                values[key] = [cell]
        yield line, values


def _detail(cell: str) -> dict[str, str]:
    parts = [part.strip() for part in cell.split(DETAIL_SPLIT)]
    if len(parts) == 2:
        parts = ["", *parts]
    return {"section name": parts[0], "attribute name": parts[1] if len(parts) > 1 else "", "attribute value": DETAIL_SPLIT.join(parts[2:])}


def products(items: Iterator[tuple[int, dict[str, list] | RowError]], taxonomy: dict[str, str], now: datetime | None = None,
             ) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    """Each product at the line of its first item, the items sharing an item_group_id as its variants;
    bad items at their line, in line order. `taxonomy`: {Google category id or folded path: Facet kind}."""
    now = now or datetime.now(timezone.utc)
    groups: dict[str, list[tuple[int, dict[str, list]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, item in items:
        if isinstance(item, RowError):
            found.append((line, item))
            continue
        group = _first(item, "item group id")
        if group:
            groups.setdefault(group, []).append((line, item))
            continue
        try:
            found.append((line, _single(line, item, taxonomy, now)))
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    for members in groups.values():
        found += _grouped(members, taxonomy, now)
    yield from sorted(found, key=lambda entry: entry[0])


def _first(item: dict[str, list], key: str) -> str:
    value = next((value for value in item.get(key, []) if isinstance(value, str) and value.strip()), "")
    return value.strip()


def _product(line: int, item: dict[str, list], taxonomy: dict[str, str], now: datetime) -> Product:
    """The product an item describes, before its prices and options."""
    title = html_text(_first(item, "title"))
    if not title:
        raise ValueError("title: the item has no title")
    images, refused = _photos(item)
    kinds, broader = _shop_kinds(item)
    brand = html_text(_first(item, "brand"))
    link = _first(item, "link")
    return Product(
        line, title=title, id=_first(item, "id") or slug(title), handle=_handle(link) or slug(title), description=html_text(_first(item, "description")),
        kinds=kinds, broader_kinds=broader + [kind for kind in _google_kinds(item, taxonomy) if kind not in broader],
        tags=_tags(item, brand), vendor=brand, url=link if link.lower().startswith(("https://", "http://")) else "",
        images=images, refused_images=refused, skipped=_not_for_sale(item, now), source_format=GOOGLE_FORMAT,
        extra={"_first_record": {key: str(values[0]) for key, values in item.items() if values}},
    )  # fmt: skip


def _single(line: int, item: dict[str, list], taxonomy: dict[str, str], now: datetime) -> Product:
    product = _product(line, item, taxonomy, now)
    if product.skipped:
        return product
    product.price, product.compare_at_price, product.currency = _prices(item, line, now)
    if is_zero_price(product.price):
        product.skipped = PRICE_ON_REQUEST
        return product
    product.in_stock = _in_stock(item, line)
    stated = {name: _first(item, key) for key, name in VARIANT_ATTRIBUTES.items() if _first(item, key)}
    product.materials = [stated.pop(VARIANT_ATTRIBUTES[MATERIAL])] if VARIANT_ATTRIBUTES[MATERIAL] in stated else []
    product.options = _details(item) | {name: [value] for name, value in stated.items()}
    return product


def _grouped(members: list[tuple[int, dict[str, list]]], taxonomy: dict[str, str], now: datetime) -> list[tuple[int, Product | RowError]]:
    """The product of one item_group_id: its first item's words, every item for sale a variant."""
    line, first = members[0]
    try:
        product = _product(line, first, taxonomy, now)
    except ValueError as error:
        return [(line, RowError(line, str(error)))]
    product.id, product.skipped = _first(first, "item group id"), ""  # the group is for sale while any of its items is
    varied = [key for key in VARIANT_ATTRIBUTES if len({_first(item, key) for _, item in members}) > 1]
    errors: list[tuple[int, Product | RowError]] = []
    reasons = []
    for member_line, item in members:
        reason = _not_for_sale(item, now) or (PRICE_ON_REQUEST if is_zero_price(_amount(_first(item, "price"))[0]) else "")
        if reason:
            reasons.append(reason)
            continue
        try:
            product.variants.append(_variant(member_line, item, varied, now, product))
        except ValueError as error:
            errors.append((member_line, RowError(member_line, str(error))))
    if not product.variants:
        if reasons and not errors:
            product.skipped = reasons[0]
            return [(line, product)]
        return [(line, RowError(line, f"item_group_id {product.id!r}: none of its items can be read")), *[e for e in errors if e[0] != line]]
    product.title = group_title([html_text(_first(item, "title")) for _, item in members], [VARIANT_ATTRIBUTES[key] for key in varied]) or product.title
    if not varied:  # the items differ by words of their titles alone ("Ring - 14K Gold", "Ring - 18K Gold")
        _title_options(product, members)
    shared = {VARIANT_ATTRIBUTES[key]: _first(first, key) for key in VARIANT_ATTRIBUTES if key not in varied and _first(first, key)}
    if VARIANT_ATTRIBUTES[MATERIAL] in shared:
        product.materials = [shared.pop(VARIANT_ATTRIBUTES[MATERIAL])]
    product.options = _details(first) | {name: [value] for name, value in shared.items()} | variant_options(product.variants)
    for _, item in members[1:]:  # a variant's photo the first item lacks
        photos, _ = _photos(item)
        product.images += [photo for photo in photos[:1] if photo not in product.images]
        product.tags += [tag for tag in _tags(item, "") if tag not in product.tags]
    return [(line, product), *errors]


def _variant(line: int, item: dict[str, list], varied: list[str], now: datetime, product: Product) -> RawVariant:
    price, compare_at, currency = _prices(item, line, now)
    if currency and product.currency and currency != product.currency:
        raise ValueError(f"price: in {currency}, where the group's first item is in {product.currency}; one product is priced in one currency")
    product.currency = product.currency or currency
    photos, _ = _photos(item)
    return RawVariant(
        line, id=_first(item, "id"), sku=_first(item, "mpn") or _first(item, "gtin"), price=price, compare_at_price=compare_at,
        options={VARIANT_ATTRIBUTES[key]: _first(item, key) for key in varied if _first(item, key)},
        in_stock=_in_stock(item, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _title_options(product: Product, members: list[tuple[int, dict[str, list]]]) -> None:
    """Each variant's option: what its item's title says after the product's ("14K Gold")."""
    titles = {_first(item, "id"): html_text(_first(item, "title")) for _, item in members}
    for variant in product.variants:
        rest = titles.get(variant.id, "").removeprefix(product.title).strip(" ,;:-–|/()")
        if rest and rest != titles.get(variant.id):
            variant.options = {TITLE_OPTION: rest}


def _handle(link: str) -> str:
    """The product page's name in its address, as the shop's handle: ".../products/halo-ring?variant=7"
    -> "halo-ring", ".../rings/12-halo-ring.html" -> "12-halo-ring"; "" for an address that names none
    ("index.php?id_product=12")."""
    path = urlsplit(link.strip()).path if link.lower().startswith(("https://", "http://")) else ""
    last = unquote(next((part for part in reversed(path.split("/")) if part), ""))
    for ending in PAGE_ENDINGS:
        last = last.removesuffix(ending)
    return last if last and "." not in last else ""


def group_title(titles: list[str], option_names: list[str]) -> str:
    """The words every variant's title begins with ("Gold Ring - Size 7", "Gold Ring - Size 8":
    "Gold Ring"), without a trailing separator or option name; "" when they share none."""
    if len(set(titles)) == 1:
        return titles[0]
    split = [title.split() for title in titles]
    common = []
    for words in zip(*split):
        if len({word.casefold() for word in words}) > 1:
            break
        common.append(words[0])
    names = {name.casefold() for name in option_names}
    while common and (common[-1].casefold().strip(":") in names or not any(char.isalnum() for char in common[-1])):
        common.pop()
    return " ".join(common).rstrip(",;:-–|/(")


def _prices(item: dict[str, list], line: int, now: datetime) -> tuple[str, str | None, str]:
    """(what a shopper pays, the price it is reduced from, the currency code the cells name)."""
    regular, currency = _amount(_first(item, "price"))
    if not regular:
        raise ValueError("price: the item has no price")
    sale, sale_currency = _amount(_first(item, "sale price"))
    same_currency = not sale_currency or not currency or sale_currency == currency
    if sale and same_currency and _below(sale, regular) and _on_sale(_first(item, "sale price effective date"), now):
        return sale, regular, currency or sale_currency
    return regular, None, currency


def _below(sale: str, regular: str) -> bool:
    """Whether the sale amount is below the price (one that cannot be read is left for the price
    reader to report)."""
    try:
        return parse_price(sale, {}).amount < parse_price(regular, {}).amount
    except PriceError:
        return True


def _amount(cell: str) -> tuple[str, str]:
    """"1500.00 USD" -> ("1500.00", "USD"); "USD 1,500.00" -> ("1,500.00", "USD"); a cell naming no
    code as written (its symbol, if any, is read with the price: retrieval/prices.py)."""
    match = CURRENCY_CODE.match(cell)
    if not match or not (match["before"] or match["after"]) or (match["before"] and match["after"]):
        return cell.strip(), ""
    return match["amount"].strip(), (match["before"] or match["after"]).upper()


def _on_sale(interval: str, now: datetime) -> bool:
    """Whether `now` is within "start/end" (either may be left out: "start/", "/end"); no interval is
    always; one that cannot be read never (Google does not apply a sale price with an invalid date)."""
    if not interval:
        return True
    start, sep, end = interval.partition("/")
    if not sep:
        return False
    try:
        starts, ends = _moment(start, end_of_day=False), _moment(end, end_of_day=True)
    except ValueError:
        return False
    return (starts is None or starts <= now) and (ends is None or now <= ends)


def _moment(text: str, end_of_day: bool) -> datetime | None:
    """An ISO 8601 date or time ("2026-12-24T00:00-0800", "2026-12-24"), UTC when it names no zone; a
    date alone is the start of its day, or its end for an interval's end."""
    text = text.strip()
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if "T" not in text.upper() and end_of_day:
        moment = datetime.combine(moment.date(), time.max)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _in_stock(item: dict[str, list], line: int) -> bool | None:
    value = _availability(item)
    if not value:
        return _quantity(item)
    if value in IN_STOCK:
        return True
    if value in OUT_OF_STOCK or value in LATER:
        return False
    raise ValueError(f"availability: {value!r} is not in_stock, out_of_stock, preorder or backorder (line {line})")


def _quantity(item: dict[str, list]) -> bool | None:
    """Stock from the legacy `quantity` (still written by some feed writers) when no availability is
    given: above 0 in stock; None when it is absent or not a count."""
    quantity = next((_first(item, key) for key in QUANTITY_KEYS if _first(item, key)), "")
    try:
        return float(quantity) > 0 if quantity else None
    except ValueError:
        return None


def _availability(item: dict[str, list]) -> str:
    """"in_stock", "In Stock", "pre-order" -> "in stock", "in stock", "preorder"."""
    return " ".join(_first(item, "availability").lower().replace("_", " ").replace("-", "").split())


def _not_for_sale(item: dict[str, list], now: datetime) -> str:
    expires = _first(item, "expiration date")
    try:
        if expires and (moment := _moment(expires, end_of_day=True)) is not None and moment < now:
            return EXPIRED
    except ValueError:
        pass  # an unreadable date sets no end, as Google drops an invalid optional attribute
    if _first(item, "pause").lower() == PAUSED_EVERYWHERE:
        return PAUSED
    if _first(item, "status").lower() == ARCHIVED:
        return ARCHIVED
    if _first(item, "visibility").lower() in HIDDEN_VISIBILITY:
        return NOT_SHOWN
    if _availability(item) in GONE:
        return NO_LONGER_SOLD
    excluded = {column_key(value) for value in item.get("excluded destination", []) if isinstance(value, str)}
    return EXCLUDED if FREE_LISTINGS in excluded else ""


def _photos(item: dict[str, list]) -> tuple[list[str], list[str]]:
    cells = [("image_link", _first(item, "image link"))]
    cells += [("additional_image_link", part) for value in item.get("additional image link", []) if isinstance(value, str)
              for part in PHOTO_SPLIT.split(value)]  # fmt: skip
    photos, refused = https_photos(cells, SOURCE)
    return list(dict.fromkeys(photos)), refused


def _shop_kinds(item: dict[str, list]) -> tuple[list[str], list[str]]:
    """The shop's product_type paths ("Jewellery > Rings > Signet"): each last part a kind label, the
    parts before it broader ones."""
    kinds, broader = [], []
    for path in item.get("product type", []):
        parts = [part.strip() for part in html_text(path).split(">") if part.strip()] if isinstance(path, str) else []  # "&gt;" in a CDATA too
        if parts:
            kinds.append(parts[-1])
            broader += reversed(parts[:-1])
    return list(dict.fromkeys(kinds)), list(dict.fromkeys(broader))


def _google_kinds(item: dict[str, list], taxonomy: dict[str, str]) -> list[str]:
    """The Facet kind Google's category names (by id or path), else the path's last part as a label."""
    kinds = []
    for value in (value for key in CATEGORY_KEYS for value in item.get(key, [])):
        if not isinstance(value, str) or not value.strip():
            continue
        key = taxonomy_key(html_text(value))
        if key in taxonomy:
            kinds += [taxonomy[key]] if taxonomy[key] else []
        elif not key.isdigit():
            kinds.append(html_text(value).split(">")[-1].strip())
    return kinds


def taxonomy_key(value: str) -> str:
    """A Google category as it is looked up: its id, or its path folded ("apparel & accessories > jewelry > rings")."""
    return " > ".join(" ".join(part.lower().split()) for part in value.split(">"))


def _tags(item: dict[str, list], brand: str) -> list[str]:
    tags = [brand] if brand else []
    tags += [_first(item, label) for label in CUSTOM_LABELS if _first(item, label)]
    tags += [_first(item, key) for key in sorted(item) if TAG_COLUMN.match(key) and _first(item, key)]
    condition = _first(item, "condition").lower()
    if condition in USED_CONDITIONS:
        tags.append(condition)
    if _availability(item) in LATER:
        tags.append(_availability(item))
    if _first(item, "is bundle").lower() in TRUE_VALUES:
        tags.append("bundle")
    multipack = _first(item, "multipack")
    if multipack.isdigit() and int(multipack) > 1:
        tags.append(f"multipack of {int(multipack)}")
    return list(dict.fromkeys(tags))


def _details(item: dict[str, list]) -> dict[str, list[str]]:
    """product_detail's statements: {attribute name: [value]}."""
    details: dict[str, list[str]] = {}
    for detail in item.get("product detail", []):
        if isinstance(detail, dict):
            name, value = detail.get("attribute name", "").strip(), detail.get("attribute value", "").strip()
            if name and value:
                details.setdefault(name, []).append(value)
    return details
