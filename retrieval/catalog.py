"""The catalog: a shop's file read into items.

Any catalog file Facet reads (retrieval/formats.py: Shopify, WooCommerce, Squarespace, Wix, BigCommerce, Magento, Tilda, InSales, PrestaShop and Ecwid exports, Etsy's
listings download, Google product feeds, Facet's own JSONL and CSV, any CSV or JSONL through a column mapping) becomes products;
each product's attributes are read from its columns, words (retrieval/extraction.py) and later its
photo (retrieval/photo_facts.py), its prices and variants from its cells (retrieval/variants.py),
and it becomes one `Item` (retrieval/item.py).

A bad row never stops a load: it is reported with its line number and reason, and every good
row is kept. A row is valid as it will be stored: a price is checked after it is rounded to cents,
numbers must be numbers (not true/false), and every field has a size limit (`CatalogConfig`).
A product that is not for sale (draft, archived, unpublished, private, kept in a section the shop
hides, lexicon [hidden_sections]: Tilda's "Архив", or a display piece whose own words say it is not
sold, lexicon [not_for_sale]: "nem eladó", retrieval/not_for_sale.py) is skipped, not rejected.
A file that is not a catalog, or whose every row is rejected, is a `CatalogError`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from retrieval.config import CatalogConfig, ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.facts import BASE_SAID, PRESUMED, SILVER_SAID, UNKNOWN, Extraction, Fact
from retrieval.formats import read_products
from retrieval.product import Product, slug
from retrieval.images import PhotoRefused, is_web_url, resolve_reference
from retrieval.item import Item, Provenance, Variant  # noqa: F401 (Item: this module's interface since the start)
from retrieval.folding import words_of
from retrieval.lexicon import load_lexicon
from retrieval.lexicon_tables import Currency, Lexicon
from retrieval.magento_media import MediaPlaces
from retrieval.not_for_sale import not_for_sale_reason
from retrieval.offers import OfferReader
from retrieval.prestashop_files import products_in
from retrieval.rows import CatalogError, RowError, refuse_binary
from retrieval.shopware import products_in as shopware_products_in
from retrieval.variants import offer, ring_sizes
from retrieval.vtex import sheet_in as vtex_sheet_in

CATALOG_SUFFIXES = (".jsonl", ".json", ".csv", ".xml", ".tsv", ".txt", ".yml", ".xlsx", ".xlsm", ".xls")  # .xml, .tsv, .txt: a Google product feed; .xml, .yml: a YML feed
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls")  # read by retrieval/xlsx.py (an .xls refused there with its reason)
ATTRIBUTE_FIELDS = ("category", "metal", "gemstone", "gemstone_color", "style", "occasion", "currency")
EXTRACTED_FIELDS = ("category", "metal", "metal_color", "karat", "gemstone", "gemstone_color", "carat")
EVIDENCE_CHARS = 200  # of the words a fact was read from, kept in the item
MIN_SILVER_SAID = 3  # listings saying silver under a plating's trade name before the shop's others are read so
# A shop's bare "Silver" (a colour option, "Silver Hoops") and bare "Gold Plated": read as its stated
# silver and plating when at least MIN_STATED_SILVER of its listings state them and none another.
BARE_SILVER, STERLING_SILVER, BARE_PLATING = "silver", "sterling silver", "gold plated"
NOT_FOR_SALE = "shown, not for sale"  # a display or archive piece its own words say is not sold (retrieval/not_for_sale.py)
OPTIONS = "options"  # the source of a fact read from a variant's options (retrieval/extraction.py)
SILVER_SAID_BARE = (OPTIONS, "type")  # where a bare "Silver" is a finish or a shop's label, not a kind of silver
MIN_STATED_SILVER = 3


@dataclass
class Skipped:
    line: int
    id: str
    title: str
    reason: str  # draft, archived, unpublished, private, hidden, gift card, shown not for sale (and the words)


@dataclass
class LoadResult:
    items: list[Item] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0  # products (with their rows) read, skipped and rejected ones included
    lines: dict[str, int] = field(default_factory=dict)  # item id -> its line in the file
    photo_refusals: dict[str, str] = field(default_factory=dict)  # item id -> why its image reference was not followed
    photo_names: dict[str, list[str]] = field(default_factory=dict)  # item id -> other names its photo files go by
    skipped: list[Skipped] = field(default_factory=list)
    extractions: dict[str, Extraction] = field(default_factory=dict)  # item id -> how its attributes were read
    currency_from_setting: set[str] = field(default_factory=set)  # ids whose prices named no currency
    photo_notes: list[str] = field(default_factory=list)  # "line N (id): IMAGE1 refused ...; ..." for a piece another photo shows
    format: str = ""
    notes: list[str] = field(default_factory=list)  # what the reader says about the whole file (a PrestaShop file's category ids)


class NoValidRowsError(CatalogError):
    """A catalog file with no row that can be ingested; `errors` holds every row's reason."""

    def __init__(self, message: str, errors: list[RowError], rows_read: int):
        super().__init__(message)
        self.errors, self.rows_read = errors, rows_read


@dataclass
class _Reading:
    """What reading one file needs besides its rows."""

    image_root: Path
    root_name: str
    currency: str
    limits: CatalogConfig
    lexicon: Lexicon
    extractor: Extractor


def load_catalog(
    path: str | Path, images_dir: str | Path | None = None, currency: str = "USD", limits: CatalogConfig | None = None,
    mapping: dict[str, str] | None = None, lexicon: Lexicon | None = None, extraction: ExtractionConfig | None = None,
    media_url: str = "",
) -> LoadResult:  # fmt: skip
    """Read a catalog file (.jsonl, .json or .csv), or a folder holding a PrestaShop export (its products
    and combinations files, retrieval/prestashop_files.py), a Shopware one (its product export and the
    properties and category exports naming its ids, retrieval/shopware.py) or a VTEX one (its product
    and SKU sheet with its price and photo tables, retrieval/vtex.py). Relative image paths are resolved against
    `images_dir` (default: the catalog file's folder), must stay inside it and must exist; http(s)
    URLs are kept as they are (retrieval/images.py). A Magento export's photo paths are looked for
    in that folder's media folder, else fetched from `media_url` (retrieval/magento_media.py). A reference that must not be followed leaves
    its item without a photo, noted in `photo_refusals`. Raises a CatalogError for a file that is
    not a catalog, and NoValidRowsError when no row is valid."""
    path = Path(path)
    limits = limits or CatalogConfig()
    if path.is_dir():
        # a Shopware, VTEX or PrestaShop export: its products file, the rest beside it
        path = shopware_products_in(path) or vtex_sheet_in(path, limits) or products_in(path)
    if not path.is_file():
        raise CatalogError(f"catalog file not found: {path}")
    if path.suffix.lower() not in CATALOG_SUFFIXES:
        raise CatalogError(f"unknown catalog format {path.suffix!r}: use .jsonl, .csv or .xlsx (or a Google product feed's .xml, .tsv, .txt, or a YML feed's .xml, .yml)")
    if path.suffix.lower() not in XLSX_SUFFIXES:  # a workbook is a zip: retrieval/xlsx.py checks it
        refuse_binary(path)
    lexicon = lexicon or load_lexicon()
    reading = _Reading(
        Path(images_dir) if images_dir else path.parent, "the --images folder" if images_dir else "the catalog's folder",
        currency, limits, lexicon, Extractor(lexicon, extraction or ExtractionConfig()),
    )  # fmt: skip
    media = MediaPlaces(reading.image_root, reading.root_name, media_url)
    notes: list[str] = []
    found, products = read_products(path, limits, mapping or {}, lexicon.export_headers, media, lexicon.google_categories, notes)
    result = LoadResult(format=found, notes=notes)
    for line, product in products:
        result.rows_read += 1
        if isinstance(product, RowError):
            result.errors.append(product)
        elif product.skipped or (section := _hidden_section(product, lexicon)):
            result.skipped.append(Skipped(line, product.id, product.title, product.skipped or f"hidden (in the section {section!r})"))
        elif said := not_for_sale_reason(product, lexicon):
            result.skipped.append(Skipped(line, product.id, product.title, f"{NOT_FOR_SALE} ({said})"))
        else:
            _add(result, line, product, reading)
    _refuse_empty(path, result)
    _shop_trade_plating(result, lexicon)
    _shop_silver(result, lexicon)
    return result


def _hidden_section(product: Product, lexicon: Lexicon) -> str:
    """The shop section the product is kept in that says it is not shown ("Архив", "Archive"), or ""."""
    return next((kind for kind in product.kinds if " ".join(words_of(kind)) in lexicon.hidden_sections), "")


def _shop_trade_plating(result: LoadResult, lexicon: Lexicon) -> None:
    """A shop uses its trade name for plating ("1 Gram Gold", "Gold Covering") for one line: where its
    listings that say the base under the name all say silver (at least MIN_SILVER_SAID of them) and
    none another base, its listings that say none are gold plated silver too, not the presumed brass."""
    said = Counter(extraction.trade_plating for extraction in result.extractions.values())
    if said[SILVER_SAID] < MIN_SILVER_SAID or said[BASE_SAID]:
        return
    for item in list(result.items):
        extraction = result.extractions[item.id]
        if extraction.trade_plating == PRESUMED:
            _reread_metal(result, item, lexicon.plated_over_silver, f"this shop's {said[SILVER_SAID]} listings saying the base say silver")


def _shop_silver(result: LoadResult, lexicon: Lexicon) -> None:
    """A shop whose silver is sterling says so on some listings and writes only "Silver" in a colour
    option on others ("Silver / Gold Plated"): where at least MIN_STATED_SILVER listings state sterling
    silver and none fine silver ("999 silver"), that option's silver is sterling; where as many state
    gold plated silver and none a plating over another base, its bare "Gold Plated" is over silver too."""
    metals = [(item, result.extractions[item.id].facts["metal"]) for item in result.items]
    # "Silver" as a colour option's value names the finish, not the alloy, and as the shop's own label for a
    # group of pieces (a store category "Silver") the material they are filed under (a title's bare
    # "silver" may be a shop's fine silver)
    bare_silver = [(item, fact) for item, fact in metals
                   if fact.value == BARE_SILVER and fact.source in SILVER_SAID_BARE and words_of(fact.evidence) == [BARE_SILVER]]  # fmt: skip
    fine_silver = len([1 for _, fact in metals if fact.value == BARE_SILVER and words_of(fact.evidence) != [BARE_SILVER]])
    stated = Counter(fact.value for _, fact in metals)
    other_platings = sum(stated[value] for value in lexicon.platings if value not in (lexicon.plated_over_silver, BARE_PLATING))
    reads = []
    if stated[STERLING_SILVER] >= MIN_STATED_SILVER and not fine_silver:
        reads += [(item, fact, STERLING_SILVER) for item, fact in bare_silver]
    if stated[lexicon.plated_over_silver] >= MIN_STATED_SILVER and not other_platings:
        reads += [(item, fact, lexicon.plated_over_silver) for item, fact in metals if fact.value == BARE_PLATING]
    for item, _, metal in reads:
        _reread_metal(result, item, metal, f"this shop's {stated[metal]} listings stating their silver say {metal}")


def _reread_metal(result: LoadResult, item: Item, metal: str, why: str) -> None:
    """The item's metal read again from what the shop's other listings say; its source and confidence stay."""
    fact = result.extractions[item.id].facts["metal"]
    evidence = f"{fact.evidence}; {why}"
    result.extractions[item.id].facts["metal"] = Fact(metal, fact.source, fact.confidence, evidence)
    provenance = {**item.provenance, "metal": Provenance(source=fact.source, confidence=fact.confidence, evidence=evidence[:EVIDENCE_CHARS])}
    result.items[result.items.index(item)] = item.model_copy(update={"metal": metal, "provenance": provenance})


def _add(result: LoadResult, line: int, product: Product, reading: _Reading) -> None:
    if not product.id and product.title:
        product.id = _free_id(slug(product.title) or "item", result.lines)
    try:
        item, extraction, refusal, named_currency = _item(product, reading)
    except ValueError as error:
        result.errors.append(RowError(line, str(error)))
        return
    if item.id in result.lines:
        result.errors.append(RowError(line, f"duplicate id {item.id!r} (first on line {result.lines[item.id]})"))
        return
    result.lines[item.id] = line
    result.items.append(item)
    result.extractions[item.id] = extraction
    if not named_currency:
        result.currency_from_setting.add(item.id)
    if product.photo_names:
        result.photo_names[item.id] = list(product.photo_names)
    refused = product.refused_images
    if refused and item.image:
        result.photo_notes.append(f"line {line} ({item.id}): {'; '.join(refused)}; the listing's next photo is its photo")
    elif refused or refusal:
        result.photo_refusals[item.id] = "; ".join([*refused, *([refusal] if refusal else [])])


def _free_id(base: str, taken: dict[str, int]) -> str:
    """An id made from a title, unique in the file: "gold-ring", "gold-ring-2", ..."""
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _refuse_empty(path: Path, result: LoadResult) -> None:
    if result.items:
        return
    if not result.rows_read:
        raise CatalogError(f"{path.name} has no catalog rows")
    if not result.errors:
        reasons = sorted({skipped.reason for skipped in result.skipped})
        raise CatalogError(f"{path.name} has no product for sale ({result.rows_read} products, all {' or '.join(reasons)})")
    message = f"every row of {path.name} was rejected ({result.rows_read} rows; the first: {result.errors[0]})"
    raise NoValidRowsError(message, result.errors, result.rows_read)


def _item(product: Product, reading: _Reading) -> tuple[Item, Extraction, str | None, bool]:
    """The product's item, how its attributes were read, why its image reference was not followed
    (None when it was), and whether its prices named their currency."""
    limits = reading.limits
    _check_sizes(_as_stated(product), limits)
    if len(product.variants) > limits.max_variants:
        raise ValueError(f"variants: {len(product.variants):,}; the limit is {limits.max_variants:,} (catalog.max_variants)")
    product = _compatible_forms_folded(product)
    extraction = reading.extractor.extract(product)
    sells, named_currency = offer(product, reading.lexicon.currencies, reading.currency)
    fields = _fields(product, extraction, sells, reading)
    try:
        item = Item.model_validate(fields)
    except ValidationError as error:
        raise ValueError(_describe(error)) from None
    _check_bounds(item, limits, reading.lexicon.currencies.get(item.currency))
    if not item.image:
        return item, extraction, None, named_currency
    try:
        return item.model_copy(update={"image": resolve_reference(item.image, reading.image_root, reading.root_name)}), extraction, None, named_currency
    except PhotoRefused as refusal:
        return item.model_copy(update={"image": ""}), extraction, str(refusal), named_currency


def _plain(text: Any) -> Any:
    return unicodedata.normalize("NFKC", text) if isinstance(text, str) else text


def _compatible_forms_folded(product: Product) -> Product:
    """The product's words with full-width letters and digits as plain ones ("Ｋ18ＹＧ" -> "K18YG",
    "０．１ｃｔ" -> "0.1ct"), half-width kana as full: Japanese shops type both, and every reader
    after this (kinds, metals, stones, sizes, option values) sees one form. Ids, handles and URLs
    are kept as written."""
    variants = [replace(variant, options={_plain(name): _plain(value) for name, value in variant.options.items()})
                for variant in product.variants]  # fmt: skip
    options = {_plain(name): [_plain(value) for value in values] if isinstance(values, list) else values
               for name, values in product.options.items()} if isinstance(product.options, dict) else product.options  # fmt: skip
    listed = lambda values: [_plain(value) for value in values] if isinstance(values, list) else values  # noqa: E731
    return replace(product, title=_plain(product.title), description=_plain(product.description), tags=listed(product.tags),
                   kinds=listed(product.kinds), broader_kinds=listed(product.broader_kinds), materials=listed(product.materials),
                   options=options, variants=variants)  # fmt: skip


def _as_stated(product: Product) -> dict[str, Any]:
    """The product's fields as its file states them, for the size limits."""
    stated = {"id": product.id, "title": product.title, "description": product.description, "tags": product.tags, "materials": product.materials,
              "image": product.images[0] if product.images else "", "currency": product.currency, **product.given}  # fmt: skip
    return stated | {key: value for key, value in product.extra.items() if key in stated}


def _fields(product: Product, extraction: Extraction, sells: dict[str, Any], reading: _Reading) -> dict[str, Any]:
    facts = extraction.facts
    fields: dict[str, Any] = {
        "id": product.id, "title": product.title, "description": product.description, "handle": product.handle,
        "vendor": product.vendor, "url": product.url,
        "tags": searchable_tags(product.tags, facts, product.title, reading.lexicon),
        "style": extraction.style, "occasion": extraction.occasion,
        "image": product.images[0] if product.images else "",
        "images": [image for image in product.images[1:] if isinstance(image, str) and is_web_url(image)],
        "options": product.options,
        **{name: facts[name].value for name in EXTRACTED_FIELDS if name in facts and facts[name].value not in ("", None)},
        "provenance": {name: Provenance(source=fact.source, confidence=fact.confidence, evidence=fact.evidence[:EVIDENCE_CHARS])
                       for name, fact in facts.items() if name in EXTRACTED_FIELDS},
        **sells,
    }  # fmt: skip
    offers = OfferReader(reading.extractor).offers(product, facts, sells.get("variants", []))
    if offers:
        fields["offers"] = offers
        said = sorted({offer["evidence"] for offer in offers if offer["evidence"]})
        fields["provenance"]["offers"] = Provenance(source="options", confidence=reading.extractor.source_confidence["options"],
                                                    evidence="; ".join(said)[:EVIDENCE_CHARS])  # fmt: skip
    category = fields.get("category", UNKNOWN)
    stated_sizes = product.ring_sizes is not None
    if stated_sizes:
        fields["ring_sizes"] = product.ring_sizes
    elif reading.lexicon.is_within(category, "ring") and isinstance(product.options, dict):
        fields["ring_sizes"] = ring_sizes(product.options, reading.lexicon.ring_size_options)
    return fields | product.extra  # a field of the wrong shape: the item says what is wrong with it


def searchable_tags(tags: Any, facts: dict, title: str, lexicon: Lexicon) -> Any:
    """The shop's tags, plus a kind of piece or metal Facet has no word for (or one the title
    does not say), so a shopper's words find it ("titanium", "kada")."""
    if not isinstance(tags, list):
        return tags
    said = set(words_of(title)) | {word for tag in tags if isinstance(tag, str) for word in words_of(tag)}
    added = []
    for name, kind in (("category", "category"), ("metal", "metal")):
        value = facts[name].value if name in facts else ""
        core = value in lexicon.core(kind)
        if value and value != UNKNOWN and not core and not set(words_of(value)) <= said:
            added.append(value)
    return [*tags, *added]


def _check_sizes(row: dict[str, Any], limits: CatalogConfig) -> None:
    """Every field within its size limit, before anything is read from it."""
    caps = {"id": limits.max_id_chars, "title": limits.max_title_chars, "description": limits.max_description_chars,
            "image": limits.max_image_chars, **dict.fromkeys(ATTRIBUTE_FIELDS, limits.max_attribute_chars)}  # fmt: skip
    for name, cap in caps.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > cap:
            raise ValueError(f"{name}: {len(value):,} characters; the limit is {cap:,} (catalog.max_{_limit_name(name)})")
    for name, one in (("tags", "tag"), ("materials", "material")):  # a listing's materials are held to its tags' limits
        listed = row.get(name)
        if not isinstance(listed, list):
            continue
        if len(listed) > limits.max_tags:
            raise ValueError(f"{name}: {len(listed):,} {name}; the limit is {limits.max_tags:,} (catalog.max_tags)")
        longest = max((len(part) for part in listed if isinstance(part, str)), default=0)
        if longest > limits.max_tag_chars:
            raise ValueError(f"{name}: a {one} of {longest:,} characters; the limit is {limits.max_tag_chars:,} (catalog.max_tag_chars)")


def _limit_name(field_name: str) -> str:
    return "attribute_chars" if field_name in ATTRIBUTE_FIELDS else f"{field_name}_chars"


def _check_bounds(item: Item, limits: CatalogConfig, currency: Currency | None) -> None:
    # The limit is in US dollars: 10 million rupiah is a gold bangle, 10 million dollars is not. A
    # currency with no known rate (not in currencies.toml) cannot be held to it: taking its amounts for
    # dollars refused every dong-priced ring above 10 million, about 400 dollars.
    max_price = limits.max_price * currency.per_usd if currency else None
    if max_price is not None and item.price > max_price:
        raise ValueError(f"price: {item.price:,.2f} is above the limit of {max_price:,.2f} {item.currency} (catalog.max_price, in USD)")
    if item.carat is not None and item.carat > limits.max_carat:
        raise ValueError(f"carat: {item.carat:g} is above the limit of {limits.max_carat:g} (catalog.max_carat)")


def _describe(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "row"
        message = problem["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def write_jsonl(items: list[Item], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            out.write(item.model_dump_json(exclude_defaults=False) + "\n")
