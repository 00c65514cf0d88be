"""Tilda Publishing's store products export (retrieval/tilda.py), read by retrieval/catalog.py and
ingested by the real `facet ingest`: a ";"-separated file with a BOM detected from its header (any
case or spacing, "," too), one item per product row with its edition rows (Parent UID) as variants
(options from "Размер:16;Металл:Золото", prices from-to, stock), Price Old above the price as the
compare-at price, Description and Text (HTML) as the description, categories as the shop's kind
labels, Brand and Mark as tags, Characteristics columns as the shop's statements, Quantity 0 out of
stock but kept, several photos separated by spaces and only https URLs taken (an http:// URL
refused with its line), the shop's currency, bad rows at their line and the rest kept."""

import csv
import io

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.lexicon import load_lexicon
from retrieval.prices import currency_mismatch
from retrieval.rows import CatalogError, column_key
from standin_facet import messages, run

COLUMNS = [
    "Tilda UID", "Brand", "SKU", "Mark", "Category", "Title", "Description", "Text", "Photo", "Price", "Quantity", "Price Old",
    "Editions", "Modifications", "External ID", "Parent UID", "Characteristics:Металл", "Weight", "Length", "Width", "Height",
    "Url", "SEO title",
]  # fmt: skip
CDN = "https://static.example.com/"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS, delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(uid: str, title: str, **cells: str) -> dict[str, str]:
    return {"Tilda UID": uid, "Title": title, "Url": f"https://shop.example/tproduct/{uid}", **cells}


def edition(uid: str, parent: str, editions: str, **cells: str) -> dict[str, str]:
    return {"Tilda UID": uid, "Parent UID": parent, "Editions": editions, **cells}


def catalog(ring_photos: str = f"{CDN}ring.jpg {CDN}ring-side.jpg", pendant_photo: str = f"{CDN}pendant.jpg") -> str:
    """A ring in three editions (one discounted, one out of stock, one priced by its product), a
    discounted pendant, earrings out of stock, a chain whose price is not one, a bracelet whose photo
    is http://, and an edition of no product in the file."""
    return rows(
        product("100", "Solitaire Ring", Brand="Aurum", Mark="New", Category="Rings;New In", Price="12000",
                Description="A classic solitaire.", Text="<p>A round <b>diamond</b> on a 14K gold band.<br>Made to order.</p>",
                Photo=ring_photos, **{"Characteristics:Металл": "Золото 585"}),
        edition("101", "100", "Размер:16;Камень:Бриллиант", SKU="SR-16", Price="12500", **{"Price Old": "14000"}, Quantity="2"),
        edition("102", "100", "Размер:17;Камень:Бриллиант", SKU="SR-17", Price="13 000,50", Quantity="0"),
        edition("103", "100", "Размер:18;Камень:Бриллиант", SKU="SR-18"),
        product("200", "Moon Pendant", SKU="MP-1", Category="Pendants", Price="4500", **{"Price Old": "6000"}, Quantity="5",
                Text="<p>A crescent moon in <b>sterling silver</b>.</p>", Photo=pendant_photo),
        product("300", "Pearl Studs", SKU="PS-1", Category="Earrings", Price="3200", Quantity="0"),
        product("400", "Star Chain", SKU="SC-1", Category="Necklaces", Price="по запросу"),
        product("500", "Gold Bangle", SKU="GB-1", Category="Bracelets", Price="8000.00", Photo="http://shop.example/bangle.jpg"),
        edition("901", "999", "Размер:16", Price="100"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "store-1234-202601011200.csv", catalog()), currency="RUB")


def test_a_tilda_export_is_one_item_per_product_with_its_editions_as_variants(loaded):
    assert loaded.format == "tilda" and loaded.rows_read == 6  # the ring's editions are no products; the orphan edition an error
    assert [item.id for item in loaded.items] == ["100", "200", "300", "500"]
    ring = loaded.items[0]
    assert [(v.id, v.sku, v.options, v.price, v.compare_at_price, v.in_stock) for v in ring.variants] == [
        ("101", "SR-16", {"Размер": "16", "Камень": "Бриллиант"}, 12500.0, 14000.0, True),
        ("102", "SR-17", {"Размер": "17", "Камень": "Бриллиант"}, 13000.5, None, False),
        ("103", "SR-18", {"Размер": "18", "Камень": "Бриллиант"}, 12000.0, None, True),  # its product's price; stock not counted
    ]  # fmt: skip
    assert (ring.price, ring.price_max, ring.currency, ring.in_stock) == (12000.0, 13000.5, "RUB", True)
    assert ring.options == {"металл": ["Золото 585"], "Размер": ["16", "17", "18"], "Камень": ["Бриллиант"]}


def test_description_and_html_text_are_the_description_brand_and_mark_tags(loaded):
    ring, pendant = loaded.items[:2]
    assert ring.description == "A classic solitaire.\nA round diamond on a 14K gold band.\nMade to order."
    assert pendant.description == "A crescent moon in sterling silver."
    assert (ring.tags, ring.vendor, ring.url) == (["aurum", "new"], "Aurum", "https://shop.example/tproduct/100")
    assert (ring.gemstone, ring.karat, pendant.metal) == ("diamond", 14, "sterling silver")


def test_categories_are_the_shops_kind_labels(loaded, tmp_path):
    studs = loaded.items[2]
    assert (studs.category, studs.provenance["category"].source, studs.provenance["category"].evidence) == ("earrings", "type", "Earrings")
    text = rows(product("1", "Aurora", Category="New In;Rings", Price="900"))  # several categories; the title names no kind
    item = load_catalog(write(tmp_path / "store.csv", text), currency="RUB").items[0]
    assert (item.category, item.provenance["category"].source, item.provenance["category"].evidence) == ("ring", "type", "Rings")


def test_price_old_above_the_price_is_the_compare_at_price_and_quantity_0_is_out_of_stock(loaded):
    ring, pendant, studs, bangle = loaded.items
    assert (pendant.price, pendant.compare_at_price, pendant.in_stock) == (4500.0, 6000.0, True)
    assert (studs.price, studs.compare_at_price, studs.in_stock) == (3200.0, None, False)  # kept, out of stock
    assert (bangle.price, bangle.in_stock) == (8000.0, True)  # a blank Quantity: stock Tilda does not count, for sale
    assert ring.compare_at_price is None  # the cheapest edition's (12000, not on sale); 14000 is SR-16's
    assert ring.variants[0].compare_at_price == 14000.0


def test_several_photos_are_separated_by_spaces_and_only_https_taken(loaded):
    ring, pendant, studs, bangle = loaded.items
    assert (ring.image, ring.images) == (f"{CDN}ring.jpg", [f"{CDN}ring-side.jpg"])
    assert (pendant.image, studs.image, bangle.image) == (f"{CDN}pendant.jpg", "", "")
    assert loaded.photo_refusals["500"].startswith("Photo refused: only https:// photo URLs are read from a Tilda export")


def test_a_bad_price_and_an_edition_of_no_product_are_reported_at_their_line(loaded):
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (8, "Price: 'по запросу' is not a price (line 8)"), (10, "Parent UID: '999' is no product row's Tilda UID")]  # fmt: skip


def test_the_shops_currency_applies_with_the_price_scale_warning(loaded):
    assert loaded.currency_from_setting == {item.id for item in loaded.items}
    prices = [item.price for item in loaded.items]
    assert "--currency" in currency_mismatch(prices, "USD", load_lexicon().currencies)  # roubles read as dollars: warned


def test_a_bad_edition_costs_only_its_row_and_a_product_with_no_readable_edition_is_rejected(tmp_path):
    text = rows(
        product("1", "Opal Ring", Price="500"),
        edition("2", "1", "Размер:16", Quantity="many"),
        edition("3", "1", "Размер:17", Price="600"),
        product("4", "Onyx Ring"),
        edition("5", "4", "16", Price="700"),
        product("6", "Jade Ring"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "store.csv", text), currency="RUB")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (3, "Quantity: 'many' is not a number (line 3)"),
        (5, "Editions: none of the product's edition rows can be read"),
        (6, "Editions: '16' on line 6 names no option as Размер:16 does"),
        (7, "Price: Field required"),
    ]
    item = loaded.items[0]
    assert (item.id, [v.options for v in item.variants], item.price) == ("1", [{"Размер": "17"}], 600.0)


def test_photos_separated_by_a_comma_before_the_next_url_are_read_too(tmp_path):
    text = rows(product("1", "Topaz Ring", Price="500", Photo=f"{CDN}a.jpg,{CDN}b.jpg; {CDN}c.jpg"))
    item = load_catalog(write(tmp_path / "store.csv", text), currency="RUB").items[0]
    assert (item.image, item.images) == (f"{CDN}a.jpg", [f"{CDN}b.jpg", f"{CDN}c.jpg"])


def test_a_product_with_no_photo_shows_its_first_editions(tmp_path):
    text = rows(product("1", "Topaz Ring"), edition("2", "1", "Размер:16", Price="500", Photo=f"{CDN}topaz-16.jpg"),
                edition("3", "1", "Размер:17", Price="500", Photo=f"{CDN}topaz-17.jpg"))  # fmt: skip
    item = load_catalog(write(tmp_path / "store.csv", text), currency="RUB").items[0]
    assert (item.image, [v.image for v in item.variants]) == (f"{CDN}topaz-16.jpg", [f"{CDN}topaz-16.jpg", f"{CDN}topaz-17.jpg"])


def test_the_header_is_matched_without_regard_to_case_or_spacing_and_a_comma_file_is_read(tmp_path):
    header = ["TILDA UID", "title", " Price ", "price old", "Category", "Parent  UID", "Editions"]
    text = rows({"TILDA UID": "7", "title": "Garnet Ring", " Price ": "120", "Category": "Rings"}, columns=header, delimiter=",")
    loaded = load_catalog(write(tmp_path / "store.csv", text), currency="RUB")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.gemstone, item.category, item.price) == ("tilda", "7", "garnet", "ring", 120.0)


def test_the_import_template_without_tilda_uid_is_read(tmp_path):
    header = "SKU;Category;Title;Description;Text;Photo;Price;Quantity;Price Old;Editions;Modifications;External ID;Parent UID\n"
    body = "AR-1;Rings;Amber Ring;;;;300;1;;;;amber-1;\n;;Amber Ring;;;;320;1;;Размер:18;;amber-1-18;amber-1\n"
    loaded = load_catalog(write(tmp_path / "import.csv", header + body), currency="RUB")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.price, [v.options for v in item.variants]) == ("tilda", "AR-1", 320.0, [{"Размер": "18"}])


def test_other_exports_are_not_taken_for_tilda_nor_tilda_for_them():
    tilda = {column_key(name) for name in COLUMNS}
    magento = {column_key(name) for name in ("sku", "store_view_code", "attribute_set_code", "product_type", "name", "price")}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price")}
    facet = {"id", "title", "description", "price", "category", "url"}
    assert [detect_format(keys) for keys in (tilda, magento, woocommerce, shopify, facet)] == ["tilda", "magento", "woocommerce", "shopify", "facet"]


def test_a_semicolon_file_that_is_not_tildas_is_still_refused_naming_tilda(tmp_path):
    with pytest.raises(CatalogError, match="Magento, Tilda, Tiendanube, PrestaShop, Shoptet, Shopware or Ecwid product export"):
        load_catalog(write(tmp_path / "other.csv", "Artikel;Bezeichnung\nA1;Ring\n"), currency="RUB")


# --- the real ingest: photos fetched over https, the http one refused with its line ---


@pytest.mark.e2e
def test_a_tilda_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.jpg", (226, 184, 64)), ("ring-side.jpg", (220, 180, 70)), ("pendant.jpg", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "store.csv", catalog(f"{base_url}ring.jpg {base_url}ring-side.jpg", f"{base_url}pendant.jpg"))
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "RUB", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 6 / ingested 4 / updated 0 / unchanged 0 / rejected 2 / removed 0"
    said = messages(result.stderr)
    assert any("line 9 (500): Photo refused: only https://" in line and "indexed by its text only" in line for line in said)
    assert sorted(Counting.served) == ["/pendant.jpg", "/ring.jpg"]  # the main photos, fetched over https

    again = run(data, "ingest", export, "--currency", "RUB", settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 6 / ingested 0 / updated 0 / unchanged 4")
    assert sorted(Counting.served) == ["/pendant.jpg", "/ring.jpg"]  # cached: nothing fetched again
