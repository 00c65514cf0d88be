"""PrestaShop 1.7 / 8 catalogs: the products and combinations CSV files its Advanced Parameters >
Import page documents (docs/csv_import in PrestaShop's source), read as products.

Products (a row each): Product ID (or ID), Active (0/1), Name *, Categories (x,y,z...), Price tax
excluded, Price tax included, Tax rules ID, Wholesale price, On sale (0/1), Discount amount, Discount
percent, Discount from / to (yyyy-mm-dd), Reference #, Supplier reference #, Supplier, Manufacturer
(Brand), EAN13, UPC, MPN, ..., Weight, ..., Quantity, Minimal quantity, ..., Visibility, ..., Summary
(Short description before 1.7), Description, Tags (x,y,z...), Meta title, ..., URL rewritten, ...,
Available for order (0 = No, 1 = Yes), ..., Show price (0 = No, 1 = Yes), Image URLs (x,y,z...), Image
alt texts (x,y,z...), Delete existing images, Feature(Name:Value:Position), Available online only,
Condition, ..., Out of stock action, Virtual product, ... Combinations (a row each, joined to their
product by Product ID, else Product Reference against the products' Reference #): Attribute
(Name:Type:Position)*, Value (Value:Position)*, Supplier reference, Reference, EAN13, ..., Wholesale
price, Impact on price, Ecotax, Quantity, Minimal quantity, ..., Impact on weight, Default (0 = No,
1 = Yes), ..., Image URLs (x,y,z...), ...

What the cells mean, as PrestaShop's importer reads them (AdminImportController):
- lists (categories, tags, photos, features, a combination's attributes and values) are separated by
  the import page's multiple value separator, "," by default; a piece that is no list item on its own
  ("Size:select:0" then "16,5:0": a value with a decimal comma) continues the one before it;
- numbers take "," or "." as the decimal mark (the importer turns "," into "."; with both, the last is
  the decimal mark and the other groups the digits);
- a price: the tax-included one is what a shopper pays, read when the file gives it; a file giving
  only the tax-excluded one (what PrestaShop stores and its export writes) has the tax the shop states
  added (catalog.tax_rate, or catalog.tax_rules per Tax rules ID; Tax rules ID 0 is PrestaShop's "no
  tax"), rounded to the cent as PrestaShop shows it: the rate is a rule in the shop's database the
  file does not hold. With no rate stated the price is read tax excluded and the import report warns.
  A combination's Impact on price is tax excluded (the importer adds it to the
  product's tax-excluded price); where both of the product's prices are given their ratio carries the
  impact to the price a shopper pays. Discount amount or Discount percent (within its from / to dates,
  a blank bound is open) is the reduction PrestaShop's import makes a specific price: what a shopper
  pays, the price before it the compare-at price; On sale (0/1) alone is a label and changes no price;
- categories are names, a path of names ("Jewellery/Rings", as Category::searchByPath reads it), or
  numeric ids of the shop's database: a name is the shop's kind label, a path's parents broader ones;
  an id names nothing Facet can read (the import report counts them, nothing is made up);
- Feature(Name:Value:Position) holds one product's features ("Material:Gold 18K:1,Stone:Ruby:2"): the
  shop's own statements, read like options every variant has; a feature named like a combination's
  attribute is kept as a line of the description;
- a combination's attributes and values pair up in order ("Ring size:select:0, Metal:color:1" and
  "52:0, Rose gold:1"): its options; Reference is its SKU, Quantity its stock, its first https photo its
  photo;
- not for sale (skipped, never an error): Active 0 (disabled), Visibility "none" (shown nowhere; catalog,
  search and both are listed), Virtual product 1 (not a piece of jewellery), Available for order 0 (a
  shopper cannot order it; with Show price 0 too the price is on request: PrestaShop shows no price
  then, and Facet does not show one it hides);
- stock: Quantity above 0; 0 with Out of stock action 1 (orders allowed) is for sale; blank says nothing;
- Summary and Description are HTML, read as text; Manufacturer is the vendor; Tags are tags, a Condition
  other than new one too; URL rewritten is the handle; only https:// photo URLs are taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator

from retrieval.formats import PRESTASHOP_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.prestashop_files import field_name
from retrieval.rows import FALSE_WORDS, Row, RowError, list_cell, marked_decimal

LIST_SEPARATOR, PAIR, PATH_SEPARATOR = ",", ":", "/"
POSITION = re.compile(r"^(.*?)\s*:\s*\d*\s*$", re.DOTALL)  # "Rose gold:1" -> "Rose gold"
CATEGORY_ID = re.compile(r"\d+")
NUMBER_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
HIDDEN_VISIBILITY, SHOWN_CONDITION, ALLOW_ORDERS = "none", "new", "1"
DISABLED, HIDDEN, VIRTUAL, NOT_ORDERABLE, ON_REQUEST = (
    "disabled", "hidden (visibility none)", "virtual", "not available for order", "price on request",
)  # fmt: skip
SOURCE = "a PrestaShop import file"
NO_TAX_RULE = "0"  # PrestaShop's Tax rules ID for "no tax"
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Taxes:
    """The tax rates the shop states (CatalogConfig.tax_rate, tax_rules): what a tax-excluded price is raised by."""

    rate: float | None = None
    rules: dict[str, float] = field(default_factory=dict)

    def of(self, rule: str) -> Decimal | None:
        """The rate of a Tax rules ID, None when the shop states none for it."""
        if rule in self.rules:
            return Decimal(str(self.rules[rule]))
        if rule == NO_TAX_RULE:
            return Decimal(0)
        return None if self.rate is None else Decimal(str(self.rate))
DATE_FORMAT = "%Y-%m-%d"


@dataclass
class Notes:
    """What the import report says about the whole file."""

    category_ids: set[str] = field(default_factory=set)
    tax_excluded: int = 0  # products priced by their tax-excluded price alone, no rate stated for it
    untaxed_rules: set[str] = field(default_factory=set)  # their Tax rules IDs
    taxed: dict[str, int] = field(default_factory=dict)  # "23 %" -> products whose tax-excluded price it raised

    def lines(self, products_name: str) -> list[str]:
        said = []
        if self.category_ids:
            shown = ", ".join(sorted(self.category_ids, key=int)[:8])
            said.append(f"{products_name}: categories given as PrestaShop ids ({shown}{' ...' if len(self.category_ids) > 8 else ''}) "
                        "name categories in the shop's database, which the file does not hold: those products' kind is read from their words")  # fmt: skip
        for rate, count in sorted(self.taxed.items()):
            said.append(f"{products_name}: {count} product{'s' if count > 1 else ''} priced tax excluded: shown with {rate} tax added "
                        "(the rate the shop states: catalog.tax_rate / catalog.tax_rules)")  # fmt: skip
        if self.tax_excluded:
            rules = ", ".join(sorted(self.untaxed_rules)) or "none given"
            said.append(f"WARNING {products_name}: {self.tax_excluded} product{'s give' if self.tax_excluded > 1 else ' gives'} only a tax-excluded "
                        f"price (Tax rules ID: {rules}), shown as it is, below what a shopper pays: the tax PrestaShop adds is a rule in the "
                        "shop's database the file does not hold; state it with --set catalog.tax_rate=0.23 (or catalog.tax_rules=1=0.23)")  # fmt: skip
        return said


def fields(record: dict[str, str]) -> dict[str, str]:
    """A record keyed by field_name ("Name *" -> "name"), a repeated field keeping its first cell; the
    header's own keys after them ("name *"), for a column mapping (--map) to name."""
    keyed: dict[str, str] = {}
    for key, cell in record.items():
        keyed.setdefault(field_name(key), cell)
    for key, cell in record.items():
        keyed.setdefault(key, cell)
    return keyed


def products(
    records: Iterator[tuple[int, Row]], combinations: list[tuple[str, Iterator[tuple[int, Row]]]], notes: Notes,
    products_name: str = "", today: date | None = None, taxes: Taxes | None = None,
) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    """Each product at its line with its combinations as variants, in line order; a bad row of the
    products file at its line, then each combinations row that cannot be joined or read, named by its
    file (`combinations`: (file name, its records) each). Every RowError names its file. `taxes`: the
    rates the shop states, added to a price given tax excluded."""
    for line, entry in _products(records, combinations, notes, today or date.today(), taxes or Taxes()):
        if isinstance(entry, RowError) and not entry.file:
            entry.file = products_name
        yield line, entry


def _products(
    records: Iterator[tuple[int, Row]], combinations: list[tuple[str, Iterator[tuple[int, Row]]]], notes: Notes, today: date, taxes: Taxes,
) -> Iterator[tuple[int, Product | RowError]]:  # fmt: skip
    rows: list[tuple[int, dict[str, str]]] = []
    found: list[tuple[int, Product | RowError]] = []
    by_id: dict[str, int] = {}
    by_reference: dict[str, int] = {}
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        record = fields(record)
        own_id = (record.get("product id") or record.get("id", "")).strip()
        if own_id and own_id in by_id:
            found.append((line, RowError(line, f"Product ID: {own_id!r} has a row already (line {rows[by_id[own_id]][0]})")))
            continue
        if own_id:
            by_id[own_id] = len(rows)
        reference = record.get("reference", "").strip()
        if reference:
            by_reference.setdefault(reference, len(rows))
        rows.append((line, record))
    owned: dict[int, list[tuple[str, int, dict[str, str]]]] = {}
    late: list[tuple[int, RowError]] = []
    for name, combination_records in combinations:
        for line, record in combination_records:
            if isinstance(record, RowError):
                late.append((line, RowError(line, f"in {name}: {record.reason}", name)))
                continue
            record = fields(record)
            owner = _owner(record, by_id, by_reference)
            if isinstance(owner, str):
                late.append((line, RowError(line, f"in {name}: {owner}", name)))
            else:
                owned.setdefault(owner, []).append((name, line, record))
    for number, (line, record) in enumerate(rows):
        try:
            product, errors = _product(line, record, owned.get(number, []), notes, today, taxes)
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
            continue
        found.append((line, product))
        late += errors
    yield from sorted(found, key=lambda entry: entry[0])
    yield from late


def _owner(record: dict[str, str], by_id: dict[str, int], by_reference: dict[str, int]) -> int | str:
    """The row number of the combination's product, or why it has none."""
    product_id = (record.get("product id") or record.get("id", "")).strip()
    reference = record.get("product reference", "").strip()
    if product_id in by_id:
        return by_id[product_id]
    if reference in by_reference:
        return by_reference[reference]
    if product_id:
        return f"Product ID {product_id!r} is no product of the products file"
    if reference:
        return f"Product Reference {reference!r} is no product's Reference # in the products file"
    return "the combination names no product (Product ID or Product Reference)"


def _product(line: int, record: dict[str, str], combinations: list[tuple[str, int, dict[str, str]]], notes: Notes,
             today: date, taxes: Taxes) -> tuple[Product, list[tuple[int, RowError]]]:  # fmt: skip
    title = html_text(record.get("name", ""))
    if not title:
        raise ValueError("Name: the product row has no name")
    kinds, broader = _categories(record.get("categories", ""), notes)
    images, refused = https_photos((("Image URLs", url) for url in list_cell(record.get("image urls", ""), LIST_SEPARATOR)), SOURCE)
    vendor = record.get("manufacturer", "").strip() or record.get("brand", "").strip()
    condition = record.get("condition", "").strip()
    own_id = (record.get("product id") or record.get("id", "")).strip()
    product = Product(
        line, title=title, id=own_id or record.get("reference", "").strip() or slug(title),
        handle=record.get("url rewritten", "").strip() or slug(title), description=_description(record), kinds=kinds,
        broader_kinds=broader, tags=[*list_cell(record.get("tags", ""), LIST_SEPARATOR), *([condition] if condition.lower() not in ("", SHOWN_CONDITION) else [])],
        vendor=vendor, images=images, refused_images=refused, skipped=_not_for_sale(record), source_format=PRESTASHOP_FORMAT,
        extra={"_first_record": record},
    )  # fmt: skip
    if product.skipped:
        return product, []  # not for sale: its prices and stock are not read, nor rejected
    base, factor = _base_price(record, line, taxes, notes)
    discount = _discount(record, line, today)
    errors: list[tuple[int, RowError]] = []
    for name, combination_line, combination in combinations:
        try:
            product.variants.append(_variant(combination_line, combination, base, factor, discount, product))
        except ValueError as error:
            errors.append((combination_line, RowError(combination_line, f"in {name}: {error}", name)))
    if combinations and not product.variants:
        raise ValueError("none of the product's combinations can be read (see their rows)")
    if not combinations:
        product.price, product.compare_at_price = _sale(base, discount)
        product.in_stock = _in_stock(record, line)
    _add_features(product, _features(record.get("feature", "")))
    return product, errors


def _not_for_sale(record: dict[str, str]) -> str:
    if _says_no(record, "active"):
        return DISABLED
    if record.get("visibility", "").strip().lower() == HIDDEN_VISIBILITY:
        return HIDDEN
    if record.get("virtual product", "").strip() == "1":
        return VIRTUAL
    if _says_no(record, "available for order"):
        return ON_REQUEST if _says_no(record, "show price") else NOT_ORDERABLE
    return ""


def _says_no(record: dict[str, str], column: str) -> bool:
    """Whether a 0/1 column says 0 (a blank one says nothing: PrestaShop's default is 1)."""
    return record.get(column, "").strip().lower() in FALSE_WORDS


def _description(record: dict[str, str]) -> str:
    """The summary, then the description when it says more."""
    short = html_text(record.get("summary", "") or record.get("short description", ""))
    text = html_text(record.get("description", ""))
    return "\n".join(part for part in dict.fromkeys((short, text)) if part)


def _categories(cell: str, notes: Notes) -> tuple[list[str], list[str]]:
    """(the shop's kind labels, their paths' parents); an id is noted, never read as a name."""
    kinds, broader = [], []
    for entry in list_cell(cell, LIST_SEPARATOR):
        if CATEGORY_ID.fullmatch(entry):
            notes.category_ids.add(entry)
            continue
        path = [part.strip() for part in entry.split(PATH_SEPARATOR) if part.strip()]
        if path:
            kinds.append(path[-1])
            broader += reversed(path[:-1])
    return list(dict.fromkeys(kinds)), [name for name in dict.fromkeys(broader) if name not in kinds]


def number(cell: str, column: str, line: int) -> Decimal | None:
    """A number as the importer reads it: "1250", "1250.50", "1250,50", "1.250,50", "1 250,50"; None for a blank."""
    text = cell.strip().translate(NUMBER_SPACES).removesuffix("%")
    if not text:
        return None
    amount = marked_decimal(text)
    if amount is None:
        raise ValueError(f"{column}: {cell.strip()[:40]!r} is not a number (line {line})")
    return amount


def _base_price(record: dict[str, str], line: int, taxes: Taxes, notes: Notes) -> tuple[Decimal, Decimal]:
    """(what a shopper pays before a discount, tax included / excluded): the tax-included price, else
    the tax-excluded one with the rate the shop states for its Tax rules ID (noted either way)."""
    included = number(record.get("price tax included", ""), "Price tax included", line)
    excluded = number(record.get("price tax excluded", ""), "Price tax excluded", line)
    for amount, column in ((included, "Price tax included"), (excluded, "Price tax excluded")):
        if amount is not None and amount < 0:
            raise ValueError(f"{column}: {amount} is below zero (line {line})")
    if included is None and excluded is None:
        raise ValueError("Price tax excluded / Price tax included: the product has no price")
    if included is None:
        rule = record.get("tax rules id", "").strip()
        rate = taxes.of(rule)
        if rate is None:
            notes.tax_excluded += 1
            notes.untaxed_rules |= {rule} if rule else set()
            return excluded, Decimal(1)
        said = f"{float(rate * 100):g} %"
        notes.taxed[said] = notes.taxed.get(said, 0) + 1
        return excluded * (1 + rate), 1 + rate
    factor = included / excluded if excluded else Decimal(1)
    return included, factor


@dataclass(frozen=True)
class Discount:
    amount: Decimal = Decimal(0)
    percent: Decimal = Decimal(0)


def _discount(record: dict[str, str], line: int, today: date) -> Discount | None:
    """The reduction PrestaShop's import makes a specific price (an amount before a percent), when
    today is within its dates."""
    amount = number(record.get("discount amount", ""), "Discount amount", line) or Decimal(0)
    percent = number(record.get("discount percent", ""), "Discount percent", line) or Decimal(0)
    if amount <= 0 and not 0 < percent < 100:
        return None
    starts, ends = _date(record.get("discount from", "")), _date(record.get("discount to", ""))
    if (starts and today < starts) or (ends and ends < today):
        return None
    return Discount(amount=amount) if amount > 0 else Discount(percent=percent)


def _date(cell: str) -> date | None:
    """"2026-12-24" (a time after it is fine); None for a blank or unreadable date, which sets no bound."""
    try:
        return datetime.strptime(cell.strip().split(" ")[0], DATE_FORMAT).date()
    except ValueError:
        return None


def _sale(price: Decimal, discount: Discount | None) -> tuple[float, float | None]:
    """(what a shopper pays, the compare-at price when a discount applies), to the cent as PrestaShop shows them."""
    price = _cents(price)
    if discount is None:
        return float(price), None
    reduced = _cents(price - discount.amount if discount.amount else price * (100 - discount.percent) / 100)
    return (float(reduced), float(price)) if 0 < reduced < price else (float(price), None)


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    quantity = number(record.get("quantity", ""), "Quantity", line)
    if quantity is None:
        return None
    return quantity > 0 or record.get("out of stock action", record.get("out of stock", "")).strip() == ALLOW_ORDERS


def _variant(line: int, record: dict[str, str], base: Decimal, factor: Decimal, discount: Discount | None, product: Product) -> RawVariant:
    """A combination's variant: its options, its price (the product's and its impact), stock and photo."""
    impact = number(record.get("impact on price", ""), "Impact on price", line) or Decimal(0)
    price, compare_at = _sale(base + impact * factor, discount)
    if price < 0:
        raise ValueError(f"Impact on price: {impact} takes the price below zero (line {line})")
    photos, refused = https_photos((("Image URLs", url) for url in list_cell(record.get("image urls", ""), LIST_SEPARATOR)), SOURCE)
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    if not product.images:
        product.images = photos[:1]  # a product with no photo of its own shows its first combination's
    reference = record.get("reference", "").strip()
    return RawVariant(
        line, id=reference or f"{product.id}-{line}", sku=reference, options=_options(record, line), price=price,
        compare_at_price=compare_at, in_stock=_in_stock(record, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _options(record: dict[str, str], line: int) -> dict[str, str]:
    """{attribute: value} from "Ring size:select:0, Metal:color:1" and "52:0, Rose gold:1"."""
    names = [part.split(PAIR)[0].strip() for part in _items(record.get("attribute", ""))]
    values = [_without_position(part) for part in _items(record.get("value", ""))]
    if not names or len(names) != len(values) or not all(names) or not all(values):
        raise ValueError(
            f"Attribute / Value: {record.get('attribute', '')[:40]!r} and {record.get('value', '')[:40]!r} do not name "
            f"one value for each attribute (line {line})"
        )
    return dict(zip(names, values))


def _items(cell: str) -> list[str]:
    """A list cell's items; where most carry a ":position", a piece without one continues the item
    before it ("16,5:0" is one value)."""
    parts = [part for part in cell.split(LIST_SEPARATOR) if part.strip()]
    if not any(PAIR in part for part in parts):
        return [part.strip() for part in parts]
    items: list[str] = []
    for part in parts:
        if items and PAIR not in items[-1]:
            items[-1] += LIST_SEPARATOR + part
        else:
            items.append(part)
    return [item.strip() for item in items]


def _without_position(item: str) -> str:
    match = POSITION.fullmatch(item)
    return (match.group(1) if match else item).strip()


def _features(cell: str) -> dict[str, list[str]]:
    """"Material:Gold 18K:1,Stone:Diamond, Ruby" -> {"Material": ["Gold 18K"], "Stone": ["Diamond, Ruby"]}: a
    piece with no ":" continues the value before it."""
    features: dict[str, list[str]] = {}
    last = ""
    for part in cell.split(LIST_SEPARATOR):
        name, sep, rest = part.partition(PAIR)
        if not sep:
            if last and part.strip():
                features[last][-1] += LIST_SEPARATOR + part  # a value holding the separator
            continue
        value = rest.split(PAIR)[0].strip()
        if name.strip() and value:
            last = name.strip()
            features.setdefault(last, []).append(value)
    return {name: [value.strip() for value in values] for name, values in features.items()}


def _add_features(product: Product, features: dict[str, list[str]]) -> None:
    """Features as options every variant has; one named like a combination's attribute as a line of the description."""
    varied = variant_options(product.variants)
    folded = {name.lower() for name in varied}
    said = [f"{name}: {', '.join(values)}" for name, values in features.items() if name.lower() in folded]
    product.description = "\n".join([product.description, *said]).strip()
    product.options = {name: values for name, values in features.items() if name.lower() not in folded} | varied
