"""YML feeds (Yandex Market Language: `<yml_catalog date=…><shop>…<offers><offer>…`), the XML that
shops on Prom.ua, Rozetka, Horoshop, OpenCart / ocStore, 1C and InSales export for marketplaces.

Read as Yandex's YML requirements and Prom's and Rozetka's import requirements define it:
- `shop`: `name`, `company`, `url`; `currencies` (`currency id rate`: the currency of rate 1 is the
  shop's own; "RUR" is the rouble, RUB); `categories` (`category id parentId`: a tree);
- each `offer` (attributes `id`, `available`, `type`, `group_id`, `bid`): `name`, or for
  `type="vendor.model"` the name built as Yandex builds it, `typePrefix` + `vendor` + `model`;
  `url`, `price`, `oldprice` (the price it is reduced from), `currencyId`, `categoryId` (named
  through the feed's own tree: its name the shop's kind label, its parents' broader ones; an id the
  tree does not hold gives none), `picture` (repeated; https only), `vendor`, `vendorCode` (the SKU),
  `description` (HTML, often in CDATA, read as text), `param name="…" unit="…"` (the shop's
  statements: options, read by the lexicon's option names where they say a metal, stone, colour or
  size, and as the options' text otherwise), `keywords` (tags), `quantity_in_stock` / `stock_quantity`
  / `quantity` / `count` (0: not in stock, whatever `available` says). Not read: `bid` (an advertising
  bid), `sales_notes` (terms of sale), delivery and pickup elements.
- Prom's and Rozetka's Ukrainian fields beside the Russian ones (`name_ua`, `description_ua`, `keywords_ua`):
  read first unless the shop says its feed is read in another language (`catalog.feed_language = "ru"`
  reads the main fields), each falling back to the other when it is empty. Only Ukrainian platforms
  write `*_ua` fields, and a shop selling in Ukraine serves Ukrainian by default (the state-language
  law, in force for online shops since January 2021): the Ukrainian text is the shop's own, the main
  one a Russian copy the platform still asks for, often a copy of the Ukrainian name or left empty.
- Offers sharing a `group_id` (Prom's and Rozetka's variants; also written as a child element) are
  one product, its id the group_id: its variants' options are the params whose values differ among
  them, the params they share the product's, its price the range of theirs.
- `available="false"`: not in stock (Yandex: made to order, delivered in up to 60 days; Prom and
  Rozetka: not in stock). No field of the format says an offer is not for sale; a price of 0 (price
  on request) is skipped as the other readers skip it.
- Currencies: an offer is priced in its `currencyId` (else the shop's own); one whose currency has a
  numeric rate other than 1 is converted into the shop's own at that rate, as Prom and Rozetka show
  it to shoppers (the report says so); a rate named by a bank ("CBRF", "NBU", "NBK", "CB") cannot be
  read offline, and its prices stay in their own currency (the report says so).

Safety: expat, in the file's declared encoding (UTF-8 or windows-1251), never resolving anything: a
DOCTYPE naming its DTD (`<!DOCTYPE yml_catalog SYSTEM "shops.dtd">`, as Yandex's own examples and most
platforms write it) is read past and its DTD never fetched; a DOCTYPE with an internal subset or an
entity declaration refuses the file; an HTML entity outside CDATA (`&nbsp;`) is read as
the character it names; a file that is not well-formed XML is refused with the line of its fault.
An offer longer than `max_row_bytes` of text is a row error. Each offer is at the line of its `<offer`.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ElementTree
import xml.parsers.expat as expat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.google_feed import group_title
from retrieval.html_text import html_text
from retrieval.prices import PriceError, is_zero_price, parse_price
from retrieval.rows import CatalogError, RowError, parse_bool

YML_FORMAT = "yml"
SUFFIX = ".yml"  # besides .xml
ROOT, OFFER = "yml_catalog", "offer"
SNIFF_BYTES = 8_192
ROOT_OPEN = re.compile(rb"<yml_catalog[\s>]")
CURRENCY_ALIASES = {"RUR": "RUB"}  # Yandex's code for the rouble
BASE_RATE = 1.0  # the shop's own currency's rate
VENDOR_MODEL = "vendor.model"
UKRAINIAN = "uk"  # catalog.feed_language reading Prom's and Rozetka's *_ua fields (also when unset)
UKRAINIAN_SUFFIX = "_ua"
QUANTITY_TAGS = ("quantity_in_stock", "stock_quantity", "quantity", "count")  # Prom, Rozetka, others, Yandex
KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")
PRICE_ON_REQUEST = "price on request"
SOURCE = "a YML feed"


class _Refused(Exception):
    """A construct the reader never follows (a DOCTYPE, an entity declaration)."""


@dataclass
class Feed:
    """A YML file's shop and its offers (each at the line of its `<offer`)."""

    date: str = ""
    shop: dict[str, str] = field(default_factory=dict)  # name, company, url
    rates: dict[str, str] = field(default_factory=dict)  # currency code -> its rate as written
    categories: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, parentId)
    offers: list[tuple[int, ElementTree.Element]] = field(default_factory=list)

    @property
    def base_currency(self) -> str:
        """The shop's own currency: the one of rate 1 (the only one, when one is listed)."""
        for code, rate in self.rates.items():
            if _number(rate) == BASE_RATE:
                return code
        return next(iter(self.rates)) if len(self.rates) == 1 else ""


def is_yml(path: Path) -> bool:
    """An XML file whose first characters open a `<yml_catalog>`."""
    with path.open("rb") as handle:
        return ROOT_OPEN.search(handle.read(SNIFF_BYTES)) is not None


def read_feed(path: Path) -> Feed:
    """The feed's shop, currencies, categories and offers; a CatalogError for a file that is not one."""
    if not is_yml(path):
        raise CatalogError(f"{path.name} is not a YML feed: a .yml catalog is XML whose root is <{ROOT}>")
    parser = expat.ParserCreate()
    builder = ElementTree.TreeBuilder()
    lines: list[int] = []
    opened = [0]  # elements started: the first is the root

    def start(name, attributes):
        if not opened[0] and name != ROOT:
            raise CatalogError(f"{path.name} is XML but not a YML feed: its root is <{name}>, not <{ROOT}>")
        opened[0] += 1
        if name == OFFER:
            lines.append(parser.CurrentLineNumber)
        builder.start(name, attributes)

    def refuse(*_):
        raise _Refused("a DOCTYPE with declarations of its own or an entity declaration is refused: a YML feed needs none, and XML attacks live there")

    def doctype(_name, _system_id, _public_id, has_internal_subset):
        if has_internal_subset:
            refuse()

    parser.UseForeignDTD(True)  # an entity it does not define is skipped (below), never fetched
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = lambda *_: 1
    parser.SkippedEntityHandler = lambda name, _: builder.data(html.entities.html5.get(f"{name};", ""))
    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except _Refused as refusal:
        raise CatalogError(f"{path.name}: {refusal}") from None
    except expat.ExpatError as error:
        raise CatalogError(f"{path.name} is not well-formed XML ({expat.ErrorString(error.code)}, line {error.lineno})") from None
    root = builder.close()
    return _feed(root, lines)


def _feed(root: ElementTree.Element, lines: list[int]) -> Feed:
    shop = root.find("shop")
    shop = shop if shop is not None else ElementTree.Element("shop")
    feed = Feed(date=root.get("date", ""), shop={tag: _text(shop, tag) for tag in ("name", "company", "url") if _text(shop, tag)})
    for currency in shop.iterfind("currencies/currency"):
        code = _currency_code(currency.get("id", ""))
        if code:
            feed.rates.setdefault(code, (currency.get("rate") or "").strip())
    for category in shop.iterfind("categories/category"):
        if category.get("id"):
            feed.categories[category.get("id", "").strip()] = (_inner(category), (category.get("parentId") or "").strip())
    feed.offers = list(zip(lines, root.iter(OFFER)))
    return feed


def products(feed: Feed, language: str, max_row_bytes: int, notes: list[str]) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first offer, the offers sharing a group_id its variants; bad
    offers at their line, in line order. `notes` gets the report's lines about the whole feed."""
    reader = _Reader(feed, language)
    groups: dict[str, list[tuple[int, ElementTree.Element]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, offer in feed.offers:
        if _size(offer) > max_row_bytes:
            found.append((line, RowError(line, f"the offer is longer than {max_row_bytes:,} bytes")))
        elif group := (offer.get("group_id") or _text(offer, "group_id")).strip():
            groups.setdefault(group, []).append((line, offer))
        else:
            try:
                found.append((line, reader.single(line, offer)))
            except ValueError as error:
                found.append((line, RowError(line, str(error))))
    for group, members in groups.items():
        found += reader.grouped(group, members)
    notes += reader.notes()
    yield from sorted(found, key=lambda entry: entry[0])


class _Reader:
    """The offers of one feed, read in its shop's currencies, categories and language."""

    def __init__(self, feed: Feed, language: str):
        self.feed, self.ukrainian = feed, not language or language.lower().startswith(UKRAINIAN)
        self.base = feed.base_currency
        self.converted: dict[str, int] = {}  # currency -> offers converted at its rate
        self.unconverted: dict[str, int] = {}  # currency -> offers left in it (a bank's rate)
        self.unknown_categories: set[str] = set()

    def single(self, line: int, offer: ElementTree.Element) -> Product:
        product = self._product(line, offer)
        price, compare_at, currency = self._prices(offer, line)
        if is_zero_price(price):
            product.skipped = PRICE_ON_REQUEST
            return product
        product.price, product.compare_at_price, product.currency = price, compare_at, currency
        product.in_stock = _in_stock(offer)
        product.options = {name: [value] for name, value in _params(offer).items()}
        return product

    def grouped(self, group: str, members: list[tuple[int, ElementTree.Element]]) -> list[tuple[int, Product | RowError]]:
        """The product of one group_id: its first readable offer's words, every offer priced a variant;
        an offer that cannot be read an error at its line, the rest kept."""
        readable, errors = [], []
        for member_line, offer in members:
            try:
                self._product(member_line, offer)
                readable.append((member_line, offer))
            except ValueError as error:
                errors.append((member_line, RowError(member_line, str(error))))
        if not readable:
            return errors
        line, first = readable[0]
        product = self._product(line, first)
        product.id = group
        params = [_params(offer) for _, offer in readable]  # by offer: two may share a line
        names = list(dict.fromkeys(name for said in params for name in said))
        varied = [name for name in names if len({said.get(name, "") for said in params}) > 1]
        titles, on_request = [], 0
        for (member_line, offer), said in zip(readable, params):
            try:
                variant = self._variant(member_line, offer, {name: said[name] for name in varied if name in said}, product)
            except ValueError as error:
                errors.append((member_line, RowError(member_line, str(error))))
                continue
            if variant is None:
                on_request += 1
                continue
            product.variants.append(variant)
            titles.append(self._title(offer))
            if variant.image and variant.image not in product.images:
                product.images.append(variant.image)
        if not product.variants:
            if on_request:
                product.skipped = PRICE_ON_REQUEST
                return [(line, product), *errors]
            return errors
        product.title = group_title(titles, varied) or product.title
        product.options = {name: [value] for name, value in params[0].items() if name not in varied} | variant_options(product.variants)
        return [(line, product), *errors]

    def _variant(self, line: int, offer: ElementTree.Element, options: dict[str, str], product: Product) -> RawVariant | None:
        price, compare_at, currency = self._prices(offer, line)
        if is_zero_price(price):
            return None
        if currency and product.currency and currency != product.currency:
            raise ValueError(f"currencyId: {currency}, where the group's first offer is in {product.currency}; one product is priced in one currency")
        product.currency = product.currency or currency
        photos, _ = https_photos([("picture", _inner(picture)) for picture in offer.iterfind("picture")], SOURCE)
        return RawVariant(line, id=offer.get("id", "").strip(), sku=_text(offer, "vendorCode"), options=options, price=price,
                          compare_at_price=compare_at, in_stock=_in_stock(offer), image=next(iter(photos), ""))  # fmt: skip

    def _product(self, line: int, offer: ElementTree.Element) -> Product:
        """The product an offer describes, before its prices and options."""
        title = self._title(offer)
        if not title:
            raise ValueError("name: the offer has no name" + (" (nor typePrefix, vendor and model)" if offer.get("type") == VENDOR_MODEL else ""))
        if not _text(offer, "price"):
            raise ValueError("price: the offer has no price")
        photos, refused = https_photos([("picture", _inner(picture)) for picture in offer.iterfind("picture")], SOURCE)
        kinds, broader = self._category(_text(offer, "categoryId"))
        link = _text(offer, "url")
        keywords = [word for word in KEYWORD_SPLIT.split(html_text(self._localized(offer, "keywords"))) if word]
        return Product(
            line, title=title, id=offer.get("id", "").strip() or slug(title), handle=slug(title),
            description=html_text(self._localized(offer, "description")), kinds=kinds, broader_kinds=broader,
            tags=keywords, vendor=html_text(_text(offer, "vendor")), url=link if link.lower().startswith(("https://", "http://")) else "",
            images=photos, refused_images=refused, source_format=YML_FORMAT,
        )  # fmt: skip

    def _title(self, offer: ElementTree.Element) -> str:
        """The offer's name; a vendor.model offer's (or one with no name) typePrefix, vendor and model."""
        name = self._localized(offer, "name")
        if (offer.get("type") == VENDOR_MODEL or not name) and (model := _text(offer, "model")):
            name = " ".join(part for part in (_text(offer, "typePrefix"), _text(offer, "vendor"), model) if part)
        return html_text(name)

    def _localized(self, offer: ElementTree.Element, tag: str) -> str:
        """A field in the shop's language: Prom's and Rozetka's `*_ua` for a Ukrainian feed (the default),
        else the main one, each falling back to the other."""
        main, ukrainian = _text(offer, tag), _text(offer, tag + UKRAINIAN_SUFFIX)
        return (ukrainian or main) if self.ukrainian else (main or ukrainian)

    def _category(self, category_id: str) -> tuple[list[str], list[str]]:
        """(the category's name, its parents' names nearest first), through the feed's own tree."""
        if not category_id:
            return [], []
        if category_id not in self.feed.categories:
            self.unknown_categories.add(category_id)
            return [], []
        names, seen, current = [], set(), category_id
        while current in self.feed.categories and current not in seen:
            seen.add(current)
            name, current = self.feed.categories[current]
            if name:
                names.append(html_text(name))
        return names[:1], names[1:]

    def _prices(self, offer: ElementTree.Element, line: int) -> tuple[str, str | None, str]:
        """(the price, the price it is reduced from, the currency), converted into the shop's own
        currency at the feed's rate when its currency has a numeric one."""
        price, old = _text(offer, "price"), _text(offer, "oldprice")
        currency = _currency_code(_text(offer, "currencyId")) or self.base
        rate = _number(self.feed.rates.get(currency, ""))
        if currency and currency != self.base and self.base:
            if rate is None:
                self.unconverted[currency] = self.unconverted.get(currency, 0) + 1
            elif rate != BASE_RATE:
                price, old = _times(price, rate), _times(old, rate) if old else old
                self.converted[currency] = self.converted.get(currency, 0) + 1
                currency = self.base
        compare_at = old if old and _below(price, old) else None
        return price, compare_at, currency

    def notes(self) -> list[str]:
        said = [f"prices in {code} converted into {self.base} at the feed's rate {self.feed.rates[code]} ({count} offers)" for code, count in self.converted.items()]
        said += [f"prices in {code} kept in {code}: its rate {self.feed.rates.get(code) or '(none)'} is no number the feed states ({count} offers)"
                 for code, count in self.unconverted.items()]  # fmt: skip
        if self.unknown_categories:
            said.append(f"categoryId {', '.join(sorted(self.unknown_categories))} not in the feed's categories: those offers have no category from it")
        return said


def _params(offer: ElementTree.Element) -> dict[str, str]:
    """{param name: value, with its unit}: the shop's statements, the first of a repeated name kept."""
    said: dict[str, str] = {}
    for param in offer.iterfind("param"):
        name, value, unit = (param.get("name") or "").strip(), html_text(_inner(param)), (param.get("unit") or "").strip()
        if name and value:
            said.setdefault(name, f"{value} {unit}" if unit else value)
    return said


def _in_stock(offer: ElementTree.Element) -> bool | None:
    """available="false": not in stock; a quantity of 0: not in stock; else in stock when either says so."""
    stated = offer.get("available", "").strip()
    available = parse_bool(stated, "available") if stated else None
    quantity = next((_number(_text(offer, tag)) for tag in QUANTITY_TAGS if _text(offer, tag)), None)
    if available is False or quantity == 0:
        return False
    if available is True or (quantity is not None and quantity > 0):
        return True
    return None


def _currency_code(text: str) -> str:
    code = text.strip().upper()
    return CURRENCY_ALIASES.get(code, code)


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _times(amount: str, rate: float) -> str:
    """The amount at the rate, rounded to the cent; one that is no number as written, for the price
    reader to report."""
    value = _number(amount)
    return f"{value * rate:.2f}" if value is not None else amount


def _below(price: str, old: str) -> bool:
    try:
        return parse_price(price, {}).amount < parse_price(old, {}).amount
    except PriceError:
        return False


def _size(offer: ElementTree.Element) -> int:
    return sum(len(text.encode("utf-8", "surrogatepass")) for text in offer.itertext())


def _text(element: ElementTree.Element, tag: str) -> str:
    found = element.find(tag)
    return _inner(found) if found is not None else ""


def _inner(element: ElementTree.Element) -> str:
    return "".join(element.itertext()).strip()
