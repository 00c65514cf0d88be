"""Which kind of catalog file this is, and its rows as products.

Detected from the header (names matched without regard to case and spacing, rows.column_key):
- Shopify's product CSV export (a handle column and a title): retrieval/shopify.py;
- WooCommerce's product CSV export (name, type and regular price): retrieval/woocommerce.py, its
  header also in the admin's language ("Nome, Tipo, Preço": retrieval/export_headers.py);
- Etsy's listings download (title, price, currency code, quantity and materials or image1 ...): retrieval/etsy.py;
- Squarespace's products export (title, price, visible, on sale and hosted image urls or product id ...,
  "[Non Editable]" suffixes dropped): retrieval/squarespace.py;
- Wix Stores' products export (handleId, fieldType, name and price, and productImageUrl or surcharge ...): retrieval/wix.py;
- BigCommerce's product export: the Bulk Edit template (item type, product name and price, and
  product code/sku, allow purchases? ...): retrieval/bigcommerce.py; the modern one (item, name,
  sku and price, and options, is visible ...): retrieval/bigcommerce_modern.py;
- Magento 2 / Adobe Commerce's product export (sku, product_type and attribute_set_code, and
  store_view_code, additional_attributes ...): retrieval/magento.py, its photo paths resolved in a
  media folder or against the shop's media URL (retrieval/magento_media.py);
- Ecwid's product export (type, product_name and product_internal_id or product_sku; ",", ";" or tabs): retrieval/ecwid.py;
- Tilda's store products export (title and Tilda UID, or the import template's price old, editions
  and parent uid; ";" between the cells, sniffed): retrieval/tilda.py;
- Odoo's product export (16-18, CSV; import-compatible with technical names: name, list_price and
  default_code, categ_id, attribute_line_ids/value_ids ...; or the fields' labels in the user's
  language: retrieval/lexicon/odoo_headers.toml): retrieval/odoo.py;
- Tiendanube's / Nuvemshop's product export (Identificador de URL, Nombre ... or Identificador URL, Nome ...): retrieval/tiendanube.py;
- Jumpseller's product export (Permalink, Name and Stock Unlimited, Variant 1 Option Name, Meta Title ...; a row per
  variant under its product's Permalink; "," or ";" between the cells): retrieval/jumpseller.py;
- Square's item library export (Item Name, Variation Name and Token, Reference Handle, Square Online
  Item Visibility or Reporting Category; "Current Quantity <location>" ...): retrieval/square.py;
- Lightspeed Retail X-Series' (formerly Vend) product export (handle, name and retail_price, and
  variant_option_one_name, composite_handle / _name / _sku, track_inventory or account_code_purchase;
  "inventory_<Outlet>" ...): retrieval/lightspeed.py;
- Webflow Ecommerce's product export (Product Handle, Product Name and Variant Price, and Main Variant
  Image, Option1 Value, Variant Inventory, Product Categories ...): retrieval/webflow.py;
- PrestaShop 1.7 / 8's import files (Name *, Price tax excluded or included, and Active (0/1), Categories
  (x,y,z...) ...; ";" or "," between the cells, UTF-8 or ISO-8859-1): its products file, and the
  combinations file beside it (or the folder holding both): retrieval/prestashop.py,
  retrieval/prestashop_files.py;
- Shopware 6's product export (profile "Default product": id, parent_id, product_number, price_gross ...; ";",
  "^" or "," between the cells), a properties export beside it naming variant options: retrieval/shopware.py;
- Shoptet's product export (code, name and pairCode, priceVat, categoryText ... or variant:<name>
  columns; ";" between the cells, Windows-1250 or UTF-8): retrieval/shoptet.py; its XML export
  (<SHOP><SHOPITEM>, found by its content) as the same rows: retrieval/shoptet_xml.py;
- a Google Merchant Center product feed: its XML (RSS 2.0 or Atom with the g: namespace, found by
  its content whatever the file's name) or its text feed (id, title, price and image_link,
  availability ..., "g:"-prefixed or Google's display names; tabs or ","): retrieval/google_feed.py;
- InSales' product export (Название товара или услуги with Цена продажи, ID товара, ID варианта or Видимость
  на витрине; a row per variant, "Свойство: <name>" its options, "Параметр: <name>" the product's; a tab, ";"
  or "," between the cells, UTF-8 or Windows-1251, sniffed): retrieval/insales.py;
- OpenCart's product export by the CSV Price Pro import/export extension (_NAME_, _PRICE_, _OPTIONS_ ...
  captions; ";", "," or "^" between the cells, UTF-8 or Windows-1251): retrieval/opencart.py;
- CS-Cart's / Multi-Vendor's product export (Product code, Language, Product name, Price ...; a row per language; ";",
  "," or a tab between the cells): retrieval/cscart.py;
- the product export of Prom.ua, Satu.kz and the other EVO platform shops (Название_позиции / Назва_позиції
  with Цена, Наличие, Код_товара or Уникальный_идентификатор ...; repeated Название_ / Измерение_ /
  Значение_Характеристики triples; .xlsx, or CSV with ",", ";" or a tab, UTF-8 or Windows-1251): retrieval/prom.py;
- a seller's Amazon inventory file (the jewelry flat file: a tab-delimited .txt or the template workbook's
  Template sheet; item_sku, feed_product_type ... or contribution_sku#1.value ... under a settings row): retrieval/amazon.py;
- any of these exports saved as an .xlsx workbook: its first sheet read as the CSV's rows (retrieval/xlsx.py);
- a YML feed (<yml_catalog>: Prom.ua, Rozetka, OpenCart, 1C ..., found by its content; .xml or .yml): retrieval/yml_feed.py;
- Facet's own columns (docs: README "Catalog format"), as CSV or JSONL;
- any other CSV or JSONL through a column mapping: {Facet field: the file's column}, from
  `--map title=Name` or a mapping file (`--mapping map.toml`, `[columns]` or top-level keys).

Every reader yields (line, Product) for each product, or (line, RowError) for a row that cannot
be read; the line is the file line of the product's first row. A product that is not for sale
(a draft, archived, unpublished or private) is yielded with `skipped` set, never as an error.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Iterator

from retrieval.config import CatalogConfig
from retrieval.export_headers import HeaderNames
from retrieval.html_text import html_text
from retrieval.product import FACET_FORMAT, Product, RawVariant
from retrieval.rows import UTF8, CatalogError, Row, RowError, column_key, csv_header, csv_records, jsonl_rows, parse_bool

SHOPIFY_FORMAT, WOOCOMMERCE_FORMAT, ETSY_FORMAT = "shopify", "woocommerce", "etsy"
SQUARESPACE_FORMAT, WIX_FORMAT, BIGCOMMERCE_FORMAT, MAGENTO_FORMAT = "squarespace", "wix", "bigcommerce", "magento"
TILDA_FORMAT, GOOGLE_FORMAT, PRESTASHOP_FORMAT, SHOPTET_FORMAT = "tilda", "google", "prestashop", "shoptet"
ECWID_FORMAT, SHOPWARE_FORMAT = "ecwid", "shopware"
TAB = "\t"  # between the cells of a Google text feed
REQUIRED_COLUMNS = ("title", "price")  # of Facet's own format; an id is made from the title if missing
# Facet's fields, by the key a header name is matched with ("ring sizes" for ring_sizes).
FACET_FIELDS = (
    "id", "title", "description", "category", "metal", "karat", "gemstone", "gemstone_color", "carat", "price",
    "currency", "image", "ring_sizes", "style", "occasion", "tags", "in_stock", "handle", "url", "vendor",
    "metal_color", "price_max", "compare_at_price", "options", "variants", "images", "type", "variant_ids",
)  # fmt: skip
FACET_KEYS = {column_key(name): name for name in FACET_FIELDS}
# What a column may state about a piece's attributes (the rest is read from its words and photo).
ATTRIBUTE_FIELDS = ("category", "metal", "karat", "gemstone", "gemstone_color", "carat", "style", "occasion", "metal_color")
TEXT_FIELDS = ("title", "id", "handle", "vendor", "url", "currency", "description")
LIST_SEPARATOR = ";"  # Facet CSV list cells: "5;5.5;6"
LIST_FIELDS = ("ring_sizes", "tags", "images", "variant_ids")
IGNORED_KEYS = ("provenance",)  # recomputed at every ingest, never taken from a file
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")  # read as delimited text; a .tsv or .txt is a Google text feed
FOUND_COLUMNS_SHOWN, FOUND_COLUMN_CHARS = 12, 40  # of a header that is no catalog's, named in its error


def load_mapping(pairs: list[str] | None = None, path: Path | None = None) -> dict[str, str]:
    """{Facet field: column key} from `--map FIELD=COLUMN` flags and a mapping file (flags win)."""
    mapping: dict[str, str] = {}
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise CatalogError(f"cannot read the mapping file {path} ({error})") from None
        table = data.get("columns", data)
        mapping.update({str(key): str(value) for key, value in table.items() if not isinstance(value, dict)})
    for pair in pairs or []:
        target, sep, column = pair.partition("=")
        if not sep or not column.strip():
            raise CatalogError(f"--map takes FIELD=COLUMN (e.g. --map title=Name), got {pair!r}")
        mapping[target.strip()] = column.strip()
    unknown = sorted(set(mapping) - set(FACET_FIELDS))
    if unknown:
        raise CatalogError(f"--map: {', '.join(map(repr, unknown))} is not a catalog field (fields: {', '.join(FACET_FIELDS)})")
    return {target: column_key(column) for target, column in mapping.items()}


def detect_format(keys: set[str]) -> str | None:
    """The format a header's column keys are in; None when it names no catalog column."""
    from retrieval import bigcommerce, bigcommerce_modern, ecwid, etsy, google_feed, insales, jumpseller, lightspeed, magento, odoo, prom, shopify, shoptet, shopware, square, squarespace, tiendanube, tilda, vtex, webflow, wix, woocommerce

    if insales.is_insales(keys):  # its Russian names are no other export's
        return insales.INSALES_FORMAT
    if prom.is_prom(keys):  # its underscored Russian or Ukrainian names are no other export's
        return prom.PROM_FORMAT
    if tiendanube.is_tiendanube(keys):  # its Spanish or Portuguese names are no other export's
        return tiendanube.TIENDANUBE_FORMAT
    if vtex.is_vtex(keys):  # its "_IDSKU (Não alterável)" names are no other export's
        return vtex.VTEX_FORMAT
    if jumpseller.is_jumpseller(keys):  # before Square's (its Permalink) and Facet's own (its Name, Price, Images)
        return jumpseller.JUMPSELLER_FORMAT
    if square.is_square(keys):  # before Facet's own: its SKU, Description, Price are Facet's names too
        return square.SQUARE_FORMAT
    if lightspeed.is_lightspeed(keys):  # before Shopify's and Facet's own: its handle, name, sku, description are theirs too
        return lightspeed.LIGHTSPEED_FORMAT
    if webflow.is_webflow(keys):  # before Ecwid's and BigCommerce's: its Product Name is theirs too
        return webflow.WEBFLOW_FORMAT
    if ecwid.is_ecwid(keys):  # first: its product_-prefixed names are no other export's
        return ECWID_FORMAT
    if shopify.is_shopify(keys):
        return SHOPIFY_FORMAT
    if bigcommerce.is_bigcommerce(keys) or bigcommerce_modern.is_modern(keys):  # the modern one has WooCommerce's Name, Type, Sale Price
        return BIGCOMMERCE_FORMAT
    if woocommerce.is_woocommerce(keys):
        return WOOCOMMERCE_FORMAT
    if etsy.is_etsy(keys):
        return ETSY_FORMAT
    if squarespace.is_squarespace(keys):
        return SQUARESPACE_FORMAT
    if wix.is_wix(keys):
        return WIX_FORMAT
    if shoptet.is_shoptet(keys):  # code and name with one of Shoptet's own tags
        return SHOPTET_FORMAT
    if shopware.is_shopware(keys):  # product_number with price_gross or price_net
        return SHOPWARE_FORMAT
    if magento.is_magento(keys):  # after the others: no other export's header is read otherwise
        return MAGENTO_FORMAT
    if odoo.is_odoo(keys):  # late: a name and a price with one of Odoo's own fields (default_code, categ_id ...)
        return odoo.ODOO_FORMAT
    if tilda.is_tilda(keys):  # before Facet's own: its Title, Price, Description are Facet's names too
        return TILDA_FORMAT
    if google_feed.is_google(keys):  # before Facet's own: id, title, description, price are Facet's names too
        return GOOGLE_FORMAT
    if keys & set(FACET_KEYS):
        return FACET_FORMAT
    return None


def read_products(
    path: Path, limits: CatalogConfig, mapping: dict[str, str], headers: HeaderNames | None = None, media: Any = None,
    taxonomy: dict[str, str] | None = None, notes: list[str] | None = None,
) -> tuple[str, Iterator[tuple[int, Product | RowError]]]:  # fmt: skip
    """The file's format and its products; a CatalogError for a file that is not a catalog. `notes`
    gets what the import report should say about the whole file (a PrestaShop file's category ids). `headers`
    reads a shop export's header in the admin's language (WooCommerce's "Nome, Tipo, Preço"); `media`
    (magento_media.MediaPlaces, default the catalog's folder) is where a Magento export's photo paths are;
    `taxonomy` ({Google category id or path: Facet kind}, the lexicon's) reads a Google feed's categories."""
    from retrieval import cscart, ecwid, google_feed, insales, jumpseller, opencart, prestashop_files, prom, shoptet, shoptet_xml, shopware, tiendanube, tilda, vtex, xlsx, yml_feed
    from retrieval.google_xml import feed_records, looks_like_xml
    from retrieval.magento_media import MediaPlaces

    folded = {google_feed.taxonomy_key(name): kind for name, kind in (taxonomy or {}).items()}
    if path.suffix.lower() == yml_feed.SUFFIX or (looks_like_xml(path) and yml_feed.is_yml(path)):  # first: its <offer>s are no other feed's
        feed = yml_feed.products(yml_feed.read_feed(path), limits.feed_language, limits.max_row_bytes, notes if notes is not None else [])
        return yml_feed.YML_FORMAT, _mapped(feed, mapping)
    if looks_like_xml(path) and shoptet_xml.is_shoptet_xml(path):
        return SHOPTET_FORMAT, _mapped(shoptet.products(shoptet_xml.records(path)), mapping)
    if looks_like_xml(path):
        return GOOGLE_FORMAT, _mapped(google_feed.products(feed_records(path, limits.max_row_bytes), folded), mapping)
    from retrieval import amazon
    if (amazon_file := amazon.read_rows(path, limits.xlsx_max_unpacked_bytes, limits.xlsx_max_ratio)) is not None:  # its attribute row lies under settings and labels
        return amazon.AMAZON_FORMAT, _mapped(amazon.products(*amazon_file, media or MediaPlaces(path.parent), limits.feed_language), mapping)
    if path.suffix.lower() in (*xlsx.SUFFIXES, xlsx.OLD_EXCEL) or xlsx.is_xlsx(path):  # any export saved as a workbook
        return _xlsx_products(path, limits, mapping, headers, media, folded, notes)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return FACET_FORMAT, _facet_products(jsonl_rows(path, limits.max_row_bytes), mapping, from_csv=False)
    shop_file = prestashop_files.sniff(path)
    if shop_file is not None and shop_file.kind == prestashop_files.COMBINATIONS:
        raise CatalogError(f"{path.name} is PrestaShop's combinations file: ingest its products file, or the folder holding both")
    if shop_file is not None:
        return PRESTASHOP_FORMAT, _mapped(_prestashop_products(shop_file, limits, notes if notes is not None else []), mapping)
    if (opencart_file := _opencart_file(path)) is not None:  # first: its _CAPTION_ names are no other export's
        places = media or MediaPlaces(path.parent)
        records = csv_records(path, limits.max_row_bytes, *opencart_file)
        return opencart.OPENCART_FORMAT, _mapped(opencart.products(records, places.folder, places.base_url, folder_name=places.folder_name), mapping)
    if (cscart_delimiter := cscart.sniff(path)) is not None:  # Product code with Language: no other export's
        return cscart.CSCART_FORMAT, _mapped(cscart.products(csv_records(path, limits.max_row_bytes, cscart_delimiter), path.parent, media, limits.feed_language), mapping)
    if (prom_file := prom.sniff(path)) is not None:  # its characteristic columns repeat: read by position
        prom_header, prom_rows = prom.csv_rows(path, *prom_file)
        return prom.PROM_FORMAT, _mapped(prom.products(prom_header, prom_rows, limits.max_row_bytes, limits.feed_language), mapping)
    names = csv_header(path)
    header = [column_key(name) for name in names]
    keys = set(header)
    found = detect_format(keys)
    delimiter = ","
    # a header read at "," as one column or Facet's names may be Tilda's, Shoptet's, Tiendanube's, Jumpseller's or Shopware's, written with ";" (Shopware's "^" too)
    for sniffed, is_format, kind in ((tilda.SEPARATOR, tilda.is_tilda, TILDA_FORMAT), (shoptet.SEPARATOR, shoptet.is_shoptet, SHOPTET_FORMAT), (tiendanube.SEPARATOR, tiendanube.is_tiendanube, tiendanube.TIENDANUBE_FORMAT),
                                     (jumpseller.SEPARATORS[1], jumpseller.is_jumpseller, jumpseller.JUMPSELLER_FORMAT), (vtex.SEPARATORS[1], vtex.is_vtex, vtex.VTEX_FORMAT),
                                     *((candidate, shopware.is_shopware, SHOPWARE_FORMAT) for candidate in shopware.SEPARATORS[:2])):  # fmt: skip
        if found in (None, FACET_FORMAT) and is_format({column_key(name) for name in csv_header(path, sniffed)}):
            names, found, delimiter = csv_header(path, sniffed), kind, sniffed
            keys = {column_key(name) for name in names}
    encoding = UTF8
    if found in (None, FACET_FORMAT, insales.INSALES_FORMAT) and (sniffed_insales := insales.sniff(path)):  # a tab, ";" or ","; UTF-8 or Windows-1251
        delimiter, encoding = sniffed_insales
        names, found = csv_header(path, delimiter, encoding), insales.INSALES_FORMAT
        keys = {column_key(name) for name in names}
    if found in (None, FACET_FORMAT) and (separator := ecwid.separator(path)):  # Ecwid's import takes ";" and tabs too
        names, found, delimiter = csv_header(path, separator), ECWID_FORMAT, separator
        keys = {column_key(name) for name in names}
    if found in (None, FACET_FORMAT):  # a Google text feed is tab-separated
        tab_names = csv_header(path, TAB)
        if google_feed.is_google({column_key(name) for name in tab_names}):
            names, found, delimiter = tab_names, GOOGLE_FORMAT, TAB
            keys = {column_key(name) for name in names}
    if path.suffix.lower() != ".csv" and found != GOOGLE_FORMAT:
        raise CatalogError(f"{path.name} is not a Google product feed: a .tsv or .txt catalog is Google's text feed, whose header names id, title, price and image_link ...; it has {_columns_named(csv_header(path, TAB))}")
    renamed = _english_header(header, headers) if found in (None, FACET_FORMAT) else {}
    if renamed:
        found = WOOCOMMERCE_FORMAT
    if found is None and not set(mapping.values()) & keys:
        raise CatalogError(
            f"{path.name} has no catalog header: its first line must name the columns ({', '.join(REQUIRED_COLUMNS)}, ...), "
            f"or be a Shopify, WooCommerce, Squarespace, Wix, BigCommerce, Magento, Tilda, Tiendanube, PrestaShop, Shoptet, Shopware or Ecwid product export, Jumpseller's product export, Square's item library export, Lightspeed X-Series' product export, Webflow's product export, Odoo's product export, InSales' product export, OpenCart's CSV Price Pro export, CS-Cart's product export, a Prom.ua / Satu.kz product export, Etsy's listings download or a Google product feed, or map its columns (--map title=Name); it has {_columns_named(names)}"
        )
    _check_mapped_columns(path, mapping, keys)
    if found == SHOPTET_FORMAT:
        records = csv_records(path, limits.max_row_bytes, delimiter, shoptet.encoding_of(path))
        if notes is not None and (said := shoptet.basis_note(keys, path.name)):
            notes.append(said)
        return found, _mapped(shoptet.products(records), mapping)
    if found == insales.INSALES_FORMAT:
        return found, _mapped(insales.products(csv_records(path, limits.max_row_bytes, delimiter, encoding), names), mapping)
    if found == tiendanube.TIENDANUBE_FORMAT:  # in its own encoding: older exports are Windows-1252
        return found, _mapped(tiendanube.read(path, delimiter, limits.max_row_bytes), mapping)
    records = csv_records(path, limits.max_row_bytes, delimiter)
    return _records_products(path, found, records, names, keys, renamed, limits, mapping, media, folded, notes)


def _records_products(
    path: Path, found: str | None, records: Iterator[tuple[int, Row]], names: list[str], keys: set[str], renamed: dict[str, str],
    limits: CatalogConfig, mapping: dict[str, str], media: Any, folded: dict[str, str], notes: list[str] | None,
) -> tuple[str, Iterator[tuple[int, Product | RowError]]]:  # fmt: skip
    """A detected export's products from its rows as {column key: cell} (a CSV file's or an .xlsx sheet's)."""
    from retrieval import bigcommerce, bigcommerce_modern, ecwid, etsy, google_feed, lightspeed, magento, odoo, shopify, square, squarespace, tilda, webflow, wix, woocommerce
    from retrieval import insales, jumpseller, shoptet, shopware, vtex
    from retrieval.magento_media import MediaPlaces

    if found == vtex.VTEX_FORMAT:  # its prices and photos in tables beside it
        return found, _mapped(vtex.read(path, records, limits, getattr(media, "folder", None)), mapping)
    if found == SHOPTET_FORMAT:
        return found, _mapped(shoptet.products(records), mapping)
    if found == insales.INSALES_FORMAT:
        return found, _mapped(insales.products(records, names), mapping)
    if found == SHOPIFY_FORMAT:
        return found, _mapped(shopify.products(records), mapping)
    if found == jumpseller.JUMPSELLER_FORMAT:
        return found, _mapped(jumpseller.products(records), mapping)
    if found == odoo.ODOO_FORMAT:
        return found, _mapped(odoo.products(odoo.renamed(records, [column_key(name) for name in names]), getattr(media, "base_url", "")), mapping)
    if found == ETSY_FORMAT:
        return found, _mapped(etsy.products(records), mapping)
    if found == SQUARESPACE_FORMAT:
        return found, _mapped(squarespace.products(records), mapping)
    if found == square.SQUARE_FORMAT:
        return found, _mapped(square.products(records), mapping)
    if found == lightspeed.LIGHTSPEED_FORMAT:
        return found, _mapped(lightspeed.products(records), mapping)
    if found == webflow.WEBFLOW_FORMAT:
        return found, _mapped(webflow.products(records), mapping)
    if found == WIX_FORMAT:
        return found, _mapped(wix.products(records), mapping)
    if found == BIGCOMMERCE_FORMAT:
        reader = bigcommerce_modern if bigcommerce_modern.is_modern(keys) else bigcommerce
        return found, _mapped(reader.products(records), mapping)
    if found == MAGENTO_FORMAT:
        return found, _mapped(magento.products(records, media or MediaPlaces(path.parent)), mapping)
    if found == TILDA_FORMAT:
        return found, _mapped(tilda.products(records), mapping)
    if found == SHOPWARE_FORMAT:
        return found, _mapped(shopware.read(path, records, limits.max_row_bytes, notes if notes is not None else []), mapping)
    if found == ECWID_FORMAT:
        return found, _mapped(ecwid.products(records, names), mapping)
    if found == GOOGLE_FORMAT:
        return found, _mapped(google_feed.products(google_feed.text_records(records), folded), mapping)
    if found == WOOCOMMERCE_FORMAT:
        english_mapping = {target: renamed.get(column, column) for target, column in mapping.items()}
        return found, _mapped(woocommerce.products(_renamed(records, renamed)), english_mapping)
    named = keys | {FACET_KEYS.get(target, target) for target in mapping}
    missing = [name for name in REQUIRED_COLUMNS if name not in named]
    if missing:
        raise CatalogError(
            f"{path.name}'s header lacks the required column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(it has {_columns_named(names)}); map them to read it (--map title=Name)"
        )
    return FACET_FORMAT, _facet_products(records, mapping, from_csv=True)


def _xlsx_products(
    path: Path, limits: CatalogConfig, mapping: dict[str, str], headers: HeaderNames | None, media: Any, folded: dict[str, str], notes: list[str] | None,
) -> tuple[str, Iterator[tuple[int, Product | RowError]]]:  # fmt: skip
    """An .xlsx export: its first sheet's rows read as the CSV readers read a file's (retrieval/xlsx.py);
    a Prom.ua / Satu.kz export by its own reader (its characteristic columns repeat)."""
    from retrieval import cscart, nopcommerce, prom, tiendanube, xlsx

    names, rows = xlsx.header_and_rows(path, limits.xlsx_max_unpacked_bytes, limits.xlsx_max_ratio)
    header = [column_key(name) for name in names]
    keys = set(header)
    if prom.is_prom(keys):
        return prom.PROM_FORMAT, _mapped(prom.products(names, rows, limits.max_row_bytes, limits.feed_language), mapping)
    if cscart.is_cscart(keys):
        return cscart.CSCART_FORMAT, _mapped(cscart.products(xlsx.records(names, rows, limits.max_row_bytes), path.parent, media, limits.feed_language), mapping)
    if nopcommerce.is_nopcommerce(keys):  # its attribute rows lie under each product's: read by position
        return nopcommerce.NOPCOMMERCE_FORMAT, _mapped(nopcommerce.products(names, rows, getattr(media, "folder", path.parent), getattr(media, "base_url", ""), getattr(media, "folder_name", "the catalog's folder"), limits.max_row_bytes), mapping)
    found = detect_format(keys)
    renamed = _english_header(header, headers) if found in (None, FACET_FORMAT) else {}
    found = WOOCOMMERCE_FORMAT if renamed else found
    if found is None and not set(mapping.values()) & keys:
        raise CatalogError(f"{path.name}'s first sheet has no catalog header: its first row must name the columns ({', '.join(REQUIRED_COLUMNS)}, ...) or be a shop's product export; it has {_columns_named(names)}")
    if found == tiendanube.TIENDANUBE_FORMAT:
        raise CatalogError(f"{path.name} is Tiendanube's export as a workbook: ingest the .csv Tiendanube writes")
    _check_mapped_columns(path, mapping, keys)
    return _records_products(path, found, xlsx.records(names, rows, limits.max_row_bytes), names, keys, renamed, limits, mapping, media, folded, notes)


def _prestashop_products(shop_file: Any, limits: CatalogConfig, notes: list[str]) -> Iterator[tuple[int, Product | RowError]]:
    """A PrestaShop products file's products, its combinations files (found beside it) joined in."""
    from retrieval import prestashop, prestashop_files

    beside = prestashop_files.combinations_beside(shop_file.path)
    if beside:
        notes.append(f"combinations read from {', '.join(combination.path.name for combination in beside)}, beside {shop_file.path.name}")
    said = prestashop.Notes()
    yield from prestashop.products(
        csv_records(shop_file.path, limits.max_row_bytes, shop_file.delimiter, shop_file.encoding),
        [(combination.path.name, csv_records(combination.path, limits.max_row_bytes, combination.delimiter, combination.encoding))
         for combination in beside],
        said, shop_file.path.name, taxes=prestashop.Taxes(limits.tax_rate, dict(limits.tax_rules)),
    )  # fmt: skip
    notes += said.lines(shop_file.path.name)


def _opencart_file(path: Path) -> tuple[str, str] | None:
    """(separator, encoding) of an OpenCart CSV Price Pro export (";" by default; "," or "^" as the admin
    chose), else None; the encoding read once, for the detection and the reading."""
    from retrieval import opencart

    encoding = opencart.encoding_of(path)
    for separator in opencart.SEPARATORS:
        try:
            if opencart.is_opencart(csv_header(path, separator, encoding)):
                return separator, encoding
        except CatalogError:  # unreadable at this separator: the other formats' reading says why
            continue
    return None


def _columns_named(names: list[str]) -> str:
    shown = ", ".join(repr(name[:FOUND_COLUMN_CHARS]) for name in names[:FOUND_COLUMNS_SHOWN])
    return f"the columns {shown}" + (f" and {len(names) - FOUND_COLUMNS_SHOWN} more" if len(names) > FOUND_COLUMNS_SHOWN else "")


def _english_header(header: list[str], headers: HeaderNames | None) -> dict[str, str]:
    """{column key: English column key} when the header is a WooCommerce export in another language, else {}."""
    if headers is None:
        return {}
    from retrieval import woocommerce

    renamed = headers.translated(header)
    renamed |= woocommerce.aligned_by_order(header, renamed)
    english = {renamed.get(key, key) for key in header}
    return renamed if detect_format(english) == WOOCOMMERCE_FORMAT else {}


def _renamed(records: Iterator[tuple[int, Row]], renamed: dict[str, str]) -> Iterator[tuple[int, Row]]:
    for line, record in records:
        if renamed and isinstance(record, dict):
            english: dict[str, Any] = {}
            for key, cell in record.items():
                english.setdefault(renamed.get(key, key), cell)  # a repeated column keeps its first cell
            record = english
        yield line, record


def _check_mapped_columns(path: Path, mapping: dict[str, str], keys: set[str]) -> None:
    absent = sorted(column for column in mapping.values() if column not in keys)
    if absent:
        raise CatalogError(f"{path.name} has no column {', '.join(map(repr, absent))} (named by --map)")


def _mapped(products: Iterator[tuple[int, Product | RowError]], mapping: dict[str, str]) -> Iterator[tuple[int, Product | RowError]]:
    """A shop export's products with mapped columns taking the place of what the export says."""
    for line, product in products:
        if mapping and isinstance(product, Product):
            first = product.extra.pop("_first_record", {})
            _apply(product, {target: first.get(column, "") for target, column in mapping.items()}, from_csv=True)
        elif isinstance(product, Product):
            product.extra.pop("_first_record", None)
        yield line, product


def _facet_products(rows: Iterator[tuple[int, Row]], mapping: dict[str, str], from_csv: bool) -> Iterator[tuple[int, Product | RowError]]:
    for line, row in rows:
        if isinstance(row, RowError):
            yield line, row
            continue
        try:
            yield line, facet_product(line, row, mapping, from_csv)
        except ValueError as error:
            yield line, RowError(line, str(error))


def facet_product(line: int, row: dict[str, Any], mapping: dict[str, str], from_csv: bool) -> Product:
    """A row in Facet's own fields (a JSONL object or a CSV row), after the column mapping."""
    keyed = {column_key(key): value for key, value in row.items()}
    fields = {FACET_KEYS[key]: value for key, value in keyed.items() if key in FACET_KEYS}
    fields |= {target: keyed.get(column) for target, column in mapping.items()}
    product = Product(line, states_defaults=True)
    _apply(product, fields, from_csv)
    return product


def _apply(product: Product, fields: dict[str, Any], from_csv: bool) -> None:
    """Set a product's fields from Facet-named values (empty ones say nothing)."""
    fields = {key: value for key, value in fields.items() if value is not None and value != "" and key not in IGNORED_KEYS}
    if from_csv:
        fields = {key: _csv_value(key, value) for key, value in fields.items()}
    for key in TEXT_FIELDS:
        if key not in fields:
            continue
        value = fields.pop(key)
        if not isinstance(value, str):
            product.extra[key] = value  # the item's validation says what is wrong with it
        elif key == "description":
            product.description = html_text(value)
        else:
            setattr(product, key, value)
    if "type" in fields:
        product.kinds = [str(fields.pop("type"))] + product.kinds
    for key in ("price", "price_max", "compare_at_price", "in_stock", "ring_sizes"):
        if key in fields:
            setattr(product, key, fields.pop(key))
    if "image" in fields:
        product.images = [fields.pop("image")] + product.images[1:]
    if "images" in fields:
        more = fields.pop("images")
        product.images = product.images[:1] + (list(more) if isinstance(more, list) else [more])
    if "tags" in fields:
        product.tags = fields.pop("tags")
    if "options" in fields:
        product.options = fields.pop("options")
    if "variants" in fields:
        product.variants = _json_variants(product.line, fields.pop("variants"))
    product.given.update({key: fields.pop(key) for key in ATTRIBUTE_FIELDS if key in fields})
    product.extra.update(fields)


def _csv_value(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if key in LIST_FIELDS:
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
    if key == "in_stock":
        return parse_bool(value)
    return value


def _json_variants(line: int, variants: Any) -> list[RawVariant]:
    if not isinstance(variants, list) or not all(isinstance(variant, dict) for variant in variants):
        raise ValueError("variants: must be a list of objects")
    known = set(RawVariant.__dataclass_fields__) - {"line"}
    return [RawVariant(line, **{key: value for key, value in variant.items() if key in known}) for variant in variants]
