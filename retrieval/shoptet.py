"""Shoptet's product export (shoptet.cz / .sk / .hu: Produkty > Export, the system CSV types such as
"Kompletní"; also what Produkty > Import takes), read as products.

What the file is, as Shoptet's help pages (podpora.shoptet.cz "Import produktů", "Export produktů")
and importers others wrote describe it: a CSV with ";" between the cells and '"' around text, in
Windows-1250 or UTF-8 (both offered: the one the file decodes as is taken, UTF-8 first); a row per
product, and a row per variant. Its header holds Shoptet's column tags (matched without regard to case
and spacing): code, pairCode, name, appendix, shortDescription, description, manufacturer, supplier,
warranty, itemType, ean, weight, stock, availabilityInStock, availabilityOutOfStock, price, priceVat,
standardPrice, actionPrice, actionPriceFrom, actionPriceUntil (or ...To), purchasePrice, vat /
percentVat, includingVat, currency, visibility, productVisibility, defaultCategory, categoryText,
categoryText2 ..., image, image2 ..., url, textProperty ..., filteringProperty:<name>, variant:<name>.

- Variants: rows sharing a pairCode are one product, each row a variant whose options are its
  variant:<name> cells (the parameters of Shoptet's variant templates: size, metal colour ...); the
  product's id is the pairCode, a row with none is a product of its own, its id its code. A "$" the
  export writes before a code (so a spreadsheet keeps it as text, leading zeros and all) is dropped.
- Prices: numbers with a decimal comma ("1 290,50"). What a shopper pays is the VAT-inclusive price:
  priceVat when the file gives it; else price, read as VAT-inclusive (Shoptet shops enter prices with
  VAT by default, and a shop selling to consumers shows them so) unless includingVat says 0, or the
  header holds priceVat too (then price is the price without VAT): such a price has the row's own
  vat / percentVat rate added, rounded to the cent. The file states that rate on the row itself, so the
  price a shopper pays is read from the file, never guessed (unlike a PrestaShop tax rule id); a price
  said to be without VAT and no rate given is reported at its line. actionPrice is the sale price
  within actionPriceFrom .. actionPriceUntil (a blank bound is open; "2026-01-31" or "31.1.2026"),
  the regular price then its compare-at price; standardPrice (the usual, struck-through price) above
  the price is the compare-at price too. Both are in the basis of the price column they go with.
- Not for sale (skipped, never an error): visibility / productVisibility hidden, blocked (ordering
  disabled), detailOnly (off the shop's listings and search: shown only at its own address),
  showRegistered / blockUnregistered (only for shoppers with an account), cashdesk (the shop's till
  only); an itemType of service (not a piece); a price of 0 (Shoptet's "Cena na dotaz", price on
  request: the shop shows no price and asks to be asked, its availability text often "Na dotaz"). A
  variant row hidden or priced so is dropped from its product; a product whose every variant is is
  skipped.
- Stock: stock above 0 in stock; 0 or less out of stock (kept); blank says nothing.
- Category paths: categoryText* and defaultCategory hold "Šperky > Prsteny > Zásnubní": each path's
  last name is a kind label of the shop (the default category's first), its parents broader ones.
- shortDescription and description are HTML, read as text; appendix (the words Shoptet shows after
  the name) and textProperty cells ("Materiál: stříbro") are lines of the description;
  filteringProperty:<name> cells are the shop's own statements, read like options every variant has;
  manufacturer is the vendor. Only https:// photo URLs are taken; a variant row's image is its photo.
  Not read: purchasePrice, supplier, warranty, weight, ean, availability texts, SEO columns.
The XML export (<SHOP><SHOPITEM>) is read as these rows by retrieval/shoptet_xml.py.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Iterator

from retrieval.formats import SHOPTET_FORMAT

from retrieval.product import Product, RawVariant, https_photos, slug, variant_options
from retrieval.html_text import html_text
from retrieval.rows import FALSE_WORDS, TRUE_WORDS, UTF8, Row, RowError, amount_cell, spaced_decimal, web_address

SEPARATOR = ";"  # between the cells of Shoptet's export
WINDOWS_CENTRAL = "cp1250"  # Windows-1250, the export's other encoding
UTF8_LETTER = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")  # a letter beyond ASCII as UTF-8 writes it
ASCII_END, UTF8_SHARE = 0x80, 0.9  # a file whose bytes beyond ASCII are this share UTF-8's letters is UTF-8
CODE, PAIR_CODE, NAME = "code", "paircode", "name"
# Tags only Shoptet's header has beside code and name (one is enough).
SHOPTET_MARKS = ("paircode", "pricevat", "shortdescription", "categorytext", "defaultcategory", "productvisibility",
                 "percentvat", "includingvat", "actionprice", "standardprice", "availabilityinstock", "itemtype")  # fmt: skip
VARIANT_PREFIX, FILTERING_PREFIX, TEXT_PROPERTY = "variant:", "filteringproperty:", "textproperty"
CATEGORY_PREFIX, DEFAULT_CATEGORY, IMAGE_PREFIX, DEFAULT_IMAGE = "categorytext", "defaultcategory", "image", "defaultimage"
PATH_SEPARATOR, PROPERTY_PAIR = ">", ":"
CODE_MARK = "$"
VISIBILITY_COLUMNS = ("productvisibility", "visibility")
# Shoptet's visibility values that keep a product from a shopper browsing the shop, and why.
NOT_FOR_SALE = {
    "hidden": "hidden", "blocked": "ordering blocked", "detailonly": "hidden (detail page only)",
    "showregistered": "shown to registered shoppers only", "blockunregistered": "ordering for registered shoppers only",
    "cashdesk": "till only",
}  # fmt: skip
NOT_PIECES = {"service": "a service"}  # itemType values that are no piece of jewellery
PRICE_ON_REQUEST = "price on request"  # "Cena na dotaz": a price of 0 the shop asks to be asked
VAT_RATES = ("vat", "percentvat")
SALE_UNTIL = ("actionpriceuntil", "actionpriceto")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M")
HUNDRED, CENT = Decimal(100), Decimal("0.01")
SOURCE = "a Shoptet export"
TAGS = {"pricevat": "priceVat", "standardprice": "standardPrice", "actionprice": "actionPrice", "actionpricefrom": "actionPriceFrom",
        "actionpriceuntil": "actionPriceUntil", "actionpriceto": "actionPriceTo", "percentvat": "percentVat"}  # as Shoptet spells them, for errors


def is_shoptet(keys: set[str]) -> bool:
    named = CODE in keys and NAME in keys
    return named and bool(keys & set(SHOPTET_MARKS) or any(key.startswith(VARIANT_PREFIX) for key in keys))


def basis_note(keys: set[str], name: str) -> str:
    """What the import report says of a header whose price may be with or without VAT: read as entered
    with VAT (Shoptet's default), said so, since the file names a VAT rate but not the price's basis."""
    if "price" in keys and keys & set(VAT_RATES) and not keys & {"pricevat", "includingvat"}:
        return (f"{name}: price read as VAT-inclusive (Shoptet's default for prices a shop enters); the file names a vat rate but "
                "neither priceVat nor includingVat: export with priceVat, or includingVat 0 for prices without VAT")  # fmt: skip
    return ""


def encoding_of(path: Path) -> str:
    """UTF-8 (a BOM is fine), also when nearly all its bytes beyond ASCII are UTF-8's letters (a stray
    byte costs only its row), else Windows-1250 (whose "ěš" can look like one UTF-8 letter)."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        return UTF8
    except UnicodeDecodeError:
        beyond_ascii = sum(byte >= ASCII_END for byte in raw)
        as_utf8 = sum(len(letter) for letter in UTF8_LETTER.findall(raw))
        return UTF8 if as_utf8 >= UTF8_SHARE * beyond_ascii else WINDOWS_CENTRAL


def products(records: Iterator[tuple[int, Row]], today: date | None = None) -> Iterator[tuple[int, Product | RowError]]:
    """Each product at the line of its first row, its pairCode's rows as variants; bad rows at their line."""
    today = today or date.today()
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    found: list[tuple[int, Product | RowError]] = []
    header: set[str] = set()
    for line, record in records:
        if isinstance(record, RowError):
            found.append((line, record))
            continue
        header = header or set(record)
        pair, code = _code(record.get(PAIR_CODE, "")), _code(record.get(CODE, ""))
        if not pair and not code and not record.get(NAME, "").strip():
            found.append((line, RowError(line, "code: the row has no code, pairCode nor name")))
            continue
        groups.setdefault(f"pair:{pair}" if pair else f"line:{line}", []).append((line, record))
    for key, rows in groups.items():
        line = rows[0][0]
        try:
            found += _product(rows, key.startswith("pair:"), header, today)
        except ValueError as error:
            found.append((line, RowError(line, str(error))))
    yield from sorted(found, key=lambda entry: entry[0])


def _product(rows: list[tuple[int, dict[str, str]]], paired: bool, header: set[str], today: date) -> list[tuple[int, Product | RowError]]:
    line, first = rows[0]
    shared = _shared(rows)  # a product's cells, from whichever of its rows gives them
    title = html_text(shared.get(NAME, ""))
    if not title:
        raise ValueError("name: the product has no name")
    images, refused = _photos(shared if len(rows) > 1 else first)
    kinds, broader = _categories(shared)
    product = Product(
        line, title=title, id=_code(shared.get(PAIR_CODE, "")) if paired else _code(first.get(CODE, "")) or slug(title), handle=slug(title),
        description=_description(shared), kinds=kinds, broader_kinds=broader, vendor=shared.get("manufacturer", "").strip(),
        url=web_address(shared.get("url", "")), images=images, refused_images=refused, currency=shared.get("currency", "").strip().upper(),
        source_format=SHOPTET_FORMAT, extra={"_first_record": first},
        skipped=_not_for_sale(shared, "productvisibility") or NOT_PIECES.get(shared.get("itemtype", "").strip().lower(), ""),
    )  # fmt: skip
    variants = [(row_line, record) for row_line, record in rows if len(rows) > 1 or _options(record)]
    shown = [(row_line, record) for row_line, record in variants if not _not_for_sale(record, "visibility")]
    if not variants:
        product.skipped = product.skipped or _not_for_sale(first, "visibility")
    elif not shown:
        product.skipped = product.skipped or _not_for_sale(variants[0][1], "visibility")
    if product.skipped:
        return [(line, product)]  # not for sale: its prices are not read
    if not variants:
        product.price, product.compare_at_price = _prices(first, header, line, today)
        product.in_stock = _in_stock(first, line)
        if product.price == 0:
            product.skipped = PRICE_ON_REQUEST
            return [(line, product)]
    errors: list[tuple[int, Product | RowError]] = []
    rates = {key: shared[key] for key in (*VAT_RATES, "includingvat") if key in shared}  # the product's, for a row that leaves them blank
    priced_at_zero = 0
    for row_line, record in shown:
        try:
            variant = _variant(row_line, rates | _given(record), header, today, product)
        except ValueError as error:
            errors.append((row_line, RowError(row_line, str(error))))
            continue
        if variant.price == 0:
            priced_at_zero += 1
        else:
            product.variants.append(variant)
    if shown and not product.variants and priced_at_zero and not errors:
        product.skipped = PRICE_ON_REQUEST
        return [(line, product)]
    if shown and not product.variants:
        return [(line, RowError(line, "pairCode: none of the product's variant rows can be read")), *errors]
    product.options = _statements(shared) | variant_options(product.variants)
    return [(line, product), *errors]


def _given(record: dict[str, str]) -> dict[str, str]:
    return {key: cell for key, cell in record.items() if cell.strip()}


def _shared(rows: list[tuple[int, dict[str, str]]]) -> dict[str, str]:
    """Each column's first non-blank cell among a product's rows (a variant row may leave the product's cells blank)."""
    shared: dict[str, str] = {}
    for _, record in rows:
        for key, cell in _given(record).items():
            shared.setdefault(key, cell)
    return shared


def _variant(line: int, record: dict[str, str], header: set[str], today: date, product: Product) -> RawVariant:
    price, compare_at = _prices(record, header, line, today)
    photos, refused = _photos(record)
    product.refused_images += [reason for reason in refused if reason not in product.refused_images]
    if not product.images:
        product.images = photos[:1]  # a product with no photo of its own shows its first variant's
    return RawVariant(line, id=_code(record.get(CODE, "")), sku=_code(record.get(CODE, "")), options=_options(record),
                      price=price, compare_at_price=compare_at, in_stock=_in_stock(record, line), image=next(iter(photos), ""))  # fmt: skip


def _code(cell: str) -> str:
    """"$00123" -> "00123": the "$" Shoptet's export writes before a code is no part of it."""
    return cell.strip().removeprefix(CODE_MARK).strip()


def _options(record: dict[str, str]) -> dict[str, str]:
    return {key[len(VARIANT_PREFIX):].strip(): cell.strip() for key, cell in record.items() if key.startswith(VARIANT_PREFIX) and cell.strip()}


def _statements(record: dict[str, str]) -> dict[str, list[str]]:
    """filteringProperty:<name> cells: the shop's statements every variant shares."""
    return {key[len(FILTERING_PREFIX):].strip(): [cell.strip()] for key, cell in record.items() if key.startswith(FILTERING_PREFIX) and cell.strip()}


def _not_for_sale(record: dict[str, str], column: str) -> str:
    return NOT_FOR_SALE.get(record.get(column, "").strip().lower().replace(" ", ""), "")


def _description(record: dict[str, str]) -> str:
    """The short description, the description, the appendix and the text properties, as lines of text."""
    texts = [html_text(record.get("shortdescription", "")), html_text(record.get("description", "")), record.get("appendix", "").strip()]
    texts += [cell.strip() for key, cell in record.items() if key.startswith(TEXT_PROPERTY) and cell.strip()]
    return "\n".join(part for part in dict.fromkeys(texts) if part)


def _categories(record: dict[str, str]) -> tuple[list[str], list[str]]:
    """(each path's last name, the default category's first; their parents), without repeats."""
    paths = [record.get(DEFAULT_CATEGORY, "")] + [cell for key, cell in _numbered(record, CATEGORY_PREFIX)]
    kinds: list[str] = []
    broader: list[str] = []
    for path in paths:
        names = [name.strip() for name in path.split(PATH_SEPARATOR) if name.strip()]
        if names:
            kinds.append(names[-1])
            broader += names[:-1]
    kinds = list(dict.fromkeys(kinds))
    return kinds, [name for name in dict.fromkeys(broader) if name not in kinds]


def _numbered(record: dict[str, str], prefix: str) -> list[tuple[str, str]]:
    """The cells of "image", "image2", "image3" ... in their number's order."""
    cells = [(key, cell) for key, cell in record.items() if key == prefix or (key.startswith(prefix) and key[len(prefix):].isdigit())]
    return sorted(cells, key=lambda pair: int(pair[0][len(prefix):] or 1))


def _photos(record: dict[str, str]) -> tuple[list[str], list[str]]:
    default = [(DEFAULT_IMAGE, record.get(DEFAULT_IMAGE, ""))]
    photos, refused = https_photos(default + _numbered(record, IMAGE_PREFIX), SOURCE)
    return list(dict.fromkeys(photos)), list(dict.fromkeys(refused))


def _amount(record: dict[str, str], column: str, line: int) -> Decimal | None:
    """A number cell: "1290", "1290.50", "1 290,50" (a comma the decimal mark when no point is written)."""
    return amount_cell(record.get(column, ""), spaced_decimal, TAGS.get(column, column), line, "a number")


def _prices(record: dict[str, str], header: set[str], line: int, today: date) -> tuple[float, float | None]:
    """(what a shopper pays, the compare-at price), VAT included."""
    column = "pricevat" if record.get("pricevat", "").strip() else "price"
    regular = _amount(record, column, line)
    if regular is None:
        raise ValueError(f"price: the row on line {line} has no price")
    gross = _with_vat(record, header, column, line)
    price = gross(regular)
    compare_at = _amount(record, "standardprice", line)
    sale = _amount(record, "actionprice", line)
    if sale is not None and sale > 0 and _on_sale(record, line, today):
        price, compare_at = gross(sale), regular
    compare = gross(compare_at) if compare_at is not None else None
    return float(price), float(compare) if compare is not None and compare > price else None


def _with_vat(record: dict[str, str], header: set[str], column: str, line: int):
    """How a price of `column`'s basis becomes the VAT-inclusive one."""
    including = record.get("includingvat", "").strip().lower()
    without = column == "price" and ("pricevat" in header or including in FALSE_WORDS) and including not in TRUE_WORDS
    if not without:
        return lambda amount: amount
    rate = next((_amount(record, name, line) for name in VAT_RATES if record.get(name, "").strip()), None)
    if rate is None:
        raise ValueError(f"price: the price on line {line} is without VAT and the row gives no vat rate to add")
    return lambda amount: (amount * (1 + rate / HUNDRED)).quantize(CENT, ROUND_HALF_UP)


def _on_sale(record: dict[str, str], line: int, today: date) -> bool:
    start = _date(record, "actionpricefrom", line)
    end = next((_date(record, name, line) for name in SALE_UNTIL if record.get(name, "").strip()), None)
    return (start is None or start <= today) and (end is None or today <= end)


def _date(record: dict[str, str], column: str, line: int) -> date | None:
    cell = record.get(column, "").strip()
    if not cell:
        return None
    for form in DATE_FORMATS:
        try:
            return datetime.strptime(cell, form).date()
        except ValueError:
            continue
    raise ValueError(f"{TAGS.get(column, column)}: {cell!r} is not a date (line {line})")


def _in_stock(record: dict[str, str], line: int) -> bool | None:
    stock = _signed(record, "stock", line)
    return None if stock is None else stock > 0


def _signed(record: dict[str, str], column: str, line: int) -> Decimal | None:
    """A stock cell, which may be below 0 (sold into the minus)."""
    cell = record.get(column, "").strip()
    if not cell:
        return None
    amount = spaced_decimal(cell)
    if amount is None:
        raise ValueError(f"{column}: {cell!r} is not a number (line {line})")
    return amount
