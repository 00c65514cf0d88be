"""Shopware 6's product export (Settings > Shop > Import/Export > Export, profile "Default product"), read as products.

Read from Shopware's source (shopware/shopware: the profile's mapping in
src/Core/Migration/Fixtures/import-export-profiles/ProductMappingProfile.php, the CSV writer and
the field serializers under src/Core/Content/ImportExport). The default profile writes, in order:
id; parent_id; product_number; active; stock; name; description; price_net; price_gross;
purchase_prices_net; purchase_prices_gross; tax_id; tax_rate; tax_name; cover_media_id;
cover_media_url; cover_media_title; cover_media_alt; manufacturer_id; manufacturer_name; categories;
sales_channel; propertyIds; optionIds. Profiles made before parent_id, purchase prices and the
id lists were added lack those columns. PHP's fputcsv writes it in UTF-8, ";" between the cells
(a profile may choose "," or "^"), '"' around a cell that needs it; numbers with a decimal point
("1299.5"); booleans 1 / 0. Names are matched without regard to case and spacing ("parent_id",
"Parent ID").

Products come out in the order they were created, variants only when "Export variants" is ticked:
a variant row names its parent's id in parent_id, and its blank cells are its parent's (Shopware's
inheritance: the export writes a variant's own values only). One item per parent product, its id
the parent's product_number; each variant with its own price (else the parent's), stock and photo.
price_gross is what a shopper pays; when blank, price_net with tax_rate added (else price_net as
it is), and the import report says so. list price (a compare-at price) is not in the default
profile; a profile mapping price.DEFAULT.listPrice.gross is read under the names LIST_PRICE_COLUMNS.
The prices are the shop's default currency's (price.DEFAULT) and the file names no currency: the
shop's `--currency` applies. active 0: not for sale (a product skipped, a variant dropped; a
variant's blank active is its parent's); every price 0: a price on request (skipped: the storefront
would show it free, so a shop sets 0 and writes "price on request"). stock 0: out of stock (the default profile carries no
closeout flag). description is HTML (to text). cover_media_url is the photo (https only); a
`media` column (a custom profile's, URLs separated by "|") adds more.

What the file alone cannot say: categories, propertyIds and optionIds hold Shopware ids ("|"
between them), not names. Names are never invented: Shopware's other exports beside the products
file (or in the folder ingested) name them. The "Default category" export (id; parent_id; active;
type; visible; name; ...) names a product's categories, the shop's kind labels, their parents its
broader ones (the navigation root left out); without it the kind is read from the words and photo
and the report says so (a `category_paths` column as Shopware's import takes it,
"Jewellery>Rings|Sale", is read too). The "Default properties" export (id; color_hex_code; name;
position; group_id; ...; group_name; ...) names option ids: each becomes "group_name: name";
without it a variant's options are left unnamed and the report says so. propertyIds
(a product's properties: "Material: 585 gold") are named the same way and kept as the shop's
statements where a group holds one value. Cells holding "Group: Value" names instead of ids (a
custom profile's or a hand-made file's) are read as written. The "Default
variant configuration settings" export (product_id, option_id, a price surcharge) adds nothing the
variant rows do not state, and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import FALSE_WORDS, CatalogError, Row, RowError, amount_cell, column_key, csv_header, csv_records, spaced_decimal

FORMAT = "shopware"
SEPARATORS = (";", "^", ",")  # the profile's choices in the administration; ";" is the default
ID, PARENT, NUMBER = "id", "parent id", "product number"
GROSS, NET, TAX_RATE = "price gross", "price net", "tax rate"
LIST_PRICE_COLUMNS = ("list price gross", "price default listprice gross", "price.default.listprice.gross", "list price")
ID_SEPARATOR, PATH_SEPARATOR, OPTION_PAIR = "|", ">", ":"
SHOPWARE_ID = re.compile(r"[0-9a-f]{32}", re.IGNORECASE)
PROPERTIES_HEADER = {"id", "name", "group name"}  # the "Default properties" export's
CATEGORIES_HEADER = {"id", "parent id", "name", "type", "visible"}  # the "Default category" export's
SOURCE = "a Shopware export"
OPTION = "Option"  # a value written with no group ("52" in optionIds), as it is named
INACTIVE = "inactive"
PRICE_ON_REQUEST = "price on request"  # every price 0: the storefront would show it free, so shops set 0 to be asked


def is_shopware(keys: set[str]) -> bool:
    return NUMBER in keys and (GROSS in keys or NET in keys)


def separator(path: Path) -> str | None:
    """The separator the file's header is Shopware's at, else None."""
    return next((candidate for candidate in SEPARATORS if is_shopware({column_key(name) for name in csv_header(path, candidate)})), None)


@dataclass
class Notes:
    """What the import report says about the whole file."""

    net_priced: int = 0
    category_ids: int = 0
    unnamed_options: int = 0
    unnamed_properties: int = 0
    beside: list[str] = field(default_factory=list)  # the other exports read

    def lines(self, name: str) -> list[str]:
        said = [f"{name}: option and category names read from {', '.join(self.beside)} (Shopware's exports beside it)"] if self.beside else []
        if self.net_priced:
            said.append(f"{name}: {self.net_priced} price{'s' if self.net_priced > 1 else ''} had no price_gross: price_net was read, with tax_rate added where the row states it")
        if self.category_ids:
            said.append(f"{name}: categories are Shopware ids ({self.category_ids} product{'s' if self.category_ids > 1 else ''}): the file holds no category names (Shopware's category export beside it would), so those pieces' kind is read from their words and photos")
        if self.unnamed_options:
            said.append(f"{name}: {self.unnamed_options} variant{'s' if self.unnamed_options > 1 else ''} name their options by Shopware id only: put Shopware's properties export (profile \"Default properties\") beside the file to name them")
        if self.unnamed_properties:
            said.append(f"{name}: {self.unnamed_properties} product{'s' if self.unnamed_properties > 1 else ''} name their properties by Shopware id only; the properties export beside the file names them")
        return said


@dataclass
class Beside:
    """What Shopware's other exports in the products file's folder name: option ids ("Default
    properties") and category ids ("Default category")."""

    files: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)  # option id -> "Group: Value"
    categories: dict[str, tuple[str, str]] = field(default_factory=dict)  # category id -> (name, parent id)


def products_in(folder: Path) -> Path | None:
    """The Shopware product export in a folder (its other exports beside it), None when it holds none."""
    found = [path for path in sorted(folder.glob("*.csv")) if separator(path)]
    if len(found) > 1:
        raise CatalogError(f"{folder} holds {len(found)} Shopware product exports ({', '.join(path.name for path in found)}): give the one to read")
    return found[0] if found else None


def read(path: Path, records: Iterator[tuple[int, Row]], max_row_bytes: int, notes: list[str]) -> Iterator[tuple[int, Product | RowError]]:
    """The export's products, its option and category ids named by the exports beside it; `notes` gets what the report says."""
    said = Notes()
    beside = exports_beside(path, max_row_bytes)
    said.beside = beside.files
    yield from products(records, said, beside)
    notes += said.lines(path.name)


def exports_beside(products_path: Path, max_row_bytes: int) -> Beside:
    """The option and category names Shopware's properties and category exports in the products file's folder hold."""
    beside = Beside()
    for path in sorted(products_path.parent.glob("*.csv")):
        for candidate in (SEPARATORS if path != products_path else ()):
            keys = {column_key(name) for name in csv_header(path, candidate)}
            if NUMBER in keys or not (PROPERTIES_HEADER <= keys or CATEGORIES_HEADER <= keys):
                continue
            rows = [record for _, record in csv_records(path, max_row_bytes, candidate) if isinstance(record, dict) and record.get(ID, "").strip()]
            if PROPERTIES_HEADER <= keys:
                beside.options |= {record[ID].strip().lower(): _option_label(record) for record in rows if record.get("name", "").strip()}
            else:
                beside.categories |= {record[ID].strip().lower(): (record.get("name", "").strip(), record.get(PARENT, "").strip().lower()) for record in rows}
            beside.files.append(path.name)
            break
    return beside


def _option_label(record: dict[str, str]) -> str:
    group, value = record.get("group name", "").strip(), record["name"].strip()
    return f"{group}: {value}" if group else value


def products(records: Iterator[tuple[int, Row]], notes: Notes, beside: Beside | None = None) -> Iterator[tuple[int, Product | RowError]]:
    """Each parent product at its row's line with its variant rows (wherever they stand); bad rows at their line, in line order."""
    parents: dict[str, tuple[int, dict[str, str]]] = {}
    children: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        parent = record.get(PARENT, "").strip().lower()
        if parent:
            children.setdefault(parent, []).append((line, record))
            continue
        key = record.get(ID, "").strip().lower() or f"line {line}"
        if key in parents:
            found.append((line, RowError(line, f"id: {key!r} has a product row already (line {parents[key][0]})")))
            continue
        parents[key] = (line, record)
    numbers = {record.get(NUMBER, "").strip().lower(): key for key, (_, record) in parents.items() if record.get(NUMBER, "").strip()}
    owned: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for parent, group in children.items():
        key = parent if parent in parents else numbers.get(parent)  # a hand-made file may name the parent's product_number
        if key is None:
            found += [(line, RowError(line, f"parent_id: {parent!r} is no product row's id in the file")) for line, _ in group]
        else:
            owned.setdefault(key, []).extend(group)
    for key, (line, record) in parents.items():
        try:
            found += _product(line, record, sorted(owned.get(key, []), key=lambda entry: entry[0]), notes, beside or Beside())
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _product(line: int, record: dict[str, str], rows: list[tuple[int, dict[str, str]]], notes: Notes, beside: Beside) -> list[tuple[int, Product | RowError]]:
    """The product, and a RowError for each variant row that cannot be read (the rest are its variants)."""
    title = html_text(record.get("name", ""))
    if not title:
        raise ValueError("name: the product row has no name")
    images, refused = _photos(record)
    number = record.get(NUMBER, "").strip()
    product = Product(
        line, title=title, id=number or record.get(ID, "").strip() or slug(title), handle=slug(title),
        description=html_text(record.get("description", "")), vendor=record.get("manufacturer name", "").strip(),
        images=images, refused_images=refused, source_format=FORMAT, extra={"_first_record": record},
    )  # fmt: skip
    product.kinds, product.broader_kinds = _categories(record, beside.categories)
    if not product.kinds and any(i not in beside.categories for i in _ids(record.get("categories", ""))):
        notes.category_ids += 1
    inactive = _inactive(record, line)
    errors: list[tuple[int, Product | RowError]] = []
    regular = _price(record, line, notes)
    for row_line, row in rows:
        try:
            if not _inactive(row, row_line, inactive):
                product.variants.append(_variant(row_line, row, record, regular, product, notes, beside.options))
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
    if (inactive and not product.variants) or (rows and not product.variants and len(errors) < len(rows)):
        product.skipped = INACTIVE  # the product, or every variant of it, is switched off (a variant's own active 1 keeps it)
        return [(line, product), *errors]
    if rows and not product.variants:
        return [(line, RowError(line, "parent_id: none of the product's variant rows can be read")), *errors]
    if not rows:
        if regular is None:
            raise ValueError("price_gross: Field required")
        product.price, product.compare_at_price = _prices(regular, _list_price(record, line))
        product.in_stock = _in_stock(record, line)
    if _asks_to_be_asked(product):
        product.skipped = PRICE_ON_REQUEST
    product.options = variant_options(product.variants)
    stated, unnamed = _named(record.get("propertyids", ""), beside.options)
    notes.unnamed_properties += bool(unnamed)
    single = {group: values for group, values in stated.items() if len(values) == 1 and group not in product.options}  # a piece's own facts
    product.options = single | product.options
    return [(line, product), *errors]


def _variant(line: int, row: dict[str, str], parent: dict[str, str], regular: Decimal | None, product: Product,
             notes: Notes, options: dict[str, str]) -> RawVariant:  # fmt: skip
    """A variant row: its own price, list price, stock and photo, else its parent's; its options by name when known."""
    own = _price(row, line, notes)
    if own is None and regular is None:
        raise ValueError(f"price_gross: the variant on line {line} has no price, nor has its parent")
    listed = _list_price(row, line)
    price, compare_at = _prices(own if own is not None else regular, listed if listed is not None else _list_price(parent, line))
    photos, refused = _photos(row)
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    if not product.images:
        product.images = photos[:1]  # a product with no photo of its own shows its first variant's
    named, unnamed = _named(row.get("optionids", ""), options)
    notes.unnamed_options += bool(unnamed)
    named = {group: ", ".join(values) for group, values in named.items()}
    in_stock = _in_stock(row, line)
    return RawVariant(
        line, id=row.get(ID, "").strip(), sku=row.get(NUMBER, "").strip(), options=named, price=price, compare_at_price=compare_at,
        in_stock=in_stock if in_stock is not None else _in_stock(parent, line), image=next(iter(photos), ""),
    )  # fmt: skip


def _asks_to_be_asked(product: Product) -> bool:
    """Every price the product states is 0: a price on request, not a free piece."""
    prices = [variant.price for variant in product.variants] or [product.price]
    return all(price is not None and price == 0 for price in prices)


def _inactive(record: dict[str, str], line: int, inherited: bool = False) -> bool:
    """active 0 (a blank cell is its parent's: active for a product)."""
    cell = record.get("active", "").strip().lower()
    if not cell:
        return inherited
    if cell in FALSE_WORDS or cell in ("1", "true", "yes"):
        return cell in FALSE_WORDS
    raise ValueError(f"active: {cell!r} is not 1 or 0 (line {line})")


def _price(record: dict[str, str], line: int, notes: Notes) -> Decimal | None:
    """price_gross; else price_net with tax_rate added (as it is without a rate); None when both are blank."""
    gross = amount_cell(record.get(GROSS, ""), spaced_decimal, "price_gross", line)
    if gross is not None:
        return gross
    net = amount_cell(record.get(NET, ""), spaced_decimal, "price_net", line)
    if net is None:
        return None
    notes.net_priced += 1
    rate = amount_cell(record.get(TAX_RATE, ""), spaced_decimal, "tax_rate", line, "a tax rate")
    return net * (1 + rate / 100) if rate is not None else net


def _list_price(record: dict[str, str], line: int) -> Decimal | None:
    column = next((name for name in LIST_PRICE_COLUMNS if record.get(name, "").strip()), None)
    return amount_cell(record[column], spaced_decimal, column, line) if column else None


def _prices(price: Decimal, listed: Decimal | None) -> tuple[float, float | None]:
    """(what a shopper pays, rounded to the cent; the list price when above it)."""
    return float(round(price, 2)), float(listed) if listed is not None and listed > price else None


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    """stock above 0; None when blank."""
    cell = record.get("stock", "").strip()
    if not cell:
        return None
    amount = spaced_decimal(cell)  # negative when oversold
    if amount is None:
        raise ValueError(f"stock: {cell!r} is not a number (line {line})")
    return amount > 0


def _ids(cell: str) -> list[str]:
    return [part.strip().lower() for part in cell.split(ID_SEPARATOR) if SHOPWARE_ID.fullmatch(part.strip())]


def _named(cell: str, options: dict[str, str]) -> tuple[dict[str, list[str]], int]:
    """({group: values} of a cell of option ids, named by the properties export, or of "Group: Value" parts a
    profile or a hand-made file writes; how many ids no name was found for)."""
    named: dict[str, list[str]] = {}
    unnamed = 0
    for part in (part.strip() for part in cell.split(ID_SEPARATOR) if part.strip()):
        label = options.get(part.lower(), "" if SHOPWARE_ID.fullmatch(part) else part)
        unnamed += not label
        group, sep, value = label.partition(OPTION_PAIR)
        if not (sep and group.strip() and value.strip()):  # a value whose group the file does not name
            group, value = OPTION if OPTION not in named else f"{OPTION} {len(named) + 1}", label
        if value.strip():
            named.setdefault(group.strip(), []).append(value.strip())
    return named, unnamed


def _categories(record: dict[str, str], named: dict[str, tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(the shop's kind labels, their parents' names): category ids named by the category export beside the
    file (the root a sales channel's navigation starts at left out); names a profile or a hand-made file
    writes in categories, and category_paths as Shopware's import takes them ("Jewellery>Rings|Sale"); never an id."""
    kinds: list[str] = []
    broader: list[str] = []
    for part in record.get("categories", "").split(ID_SEPARATOR):
        chain = _category_chain(part.strip().lower(), named)
        kinds += chain[:1]
        broader += chain[1:]
    for cell in (record.get("category paths", ""), record.get("categories", "")):
        for path in cell.split(ID_SEPARATOR):
            names = [name.strip() for name in path.split(PATH_SEPARATOR) if name.strip()]
            if names and not SHOPWARE_ID.fullmatch(names[-1]):
                kinds.append(names[-1])
                broader += reversed(names[:-1])
    return list(dict.fromkeys(kinds)), [name for name in dict.fromkeys(broader) if name not in kinds]


def _category_chain(category: str, named: dict[str, tuple[str, str]]) -> list[str]:
    """A category's name and its parents' names, nearest first, the root left out."""
    chain: list[str] = []
    while category in named and named[category][1] and len(chain) < len(named):
        name, category = named[category]
        chain += [name] if name else []
    return chain


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    references = [("cover_media_url", record.get("cover media url", ""))]
    references += [("media", url) for url in record.get("media", "").split(ID_SEPARATOR)]
    photos, refused = https_photos(references, SOURCE)
    return list(dict.fromkeys(photos)), refused
