"""Ecwid's product export (retrieval/ecwid.py), read by retrieval/catalog.py and ingested by the real
`facet ingest`: the current catalog format (a `type` column: product, product_option and
product_variation rows, `product_…` columns) detected from its header (any case or spacing; ",", ";"
or tabs between the cells), one item per product with its option and variation rows (tied by
product_internal_id, else product_sku, else the product row above) as options and variants, variation
prices from-to (a variation with no price of its own priced by its product plus its options' markups),
option markups pricing a product with options but no variations, compare-to price above the price,
categories as paths, several photos and only https URLs taken, a switched-off product not for sale,
tracked stock at 0 out of stock, HTML descriptions as text, the shop's currency, bad rows at their line."""

import csv
import io

import pytest
from PIL import Image

from benchmarks.extraction import rewritten_export, shop_export
from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.rows import column_key
from standin_facet import messages, run

COLUMNS = [
    "type", "product_internal_id", "product_sku", "product_name", "product_price", "product_compare_to_price",
    "product_is_inventory_tracked", "product_quantity", "product_quantity_out_of_stock_behaviour", "product_is_available",
    "product_media_main_image_url", "product_media_gallery_image_url_1", "product_media_gallery_image_url_2",
    "product_description", "product_category_1", "product_category_2", "product_brand", "product_ribbon_text",
    "product_attribute_{Metal Type}", "product_option_name", "product_option_type", "product_option_is_required",
    "product_option_value", "product_option_markup", "product_variation_option_{Ring Size}", "product_variation_option_Metal",
    "product_variation_sku", "category_internal_id", "category_path", "url",
]  # fmt: skip
CDN = "https://images.ecwid.example/images/1234/"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(pid: str, name: str, **cells: str) -> dict[str, str]:
    return {"type": "product", "product_internal_id": pid, "product_name": name, "product_is_available": "true",
            "url": f"https://shop.example/products/{pid}", **cells}  # fmt: skip


def option(pid: str, name: str, value: str, markup: str = "0.00", **cells: str) -> dict[str, str]:
    return {"type": "product_option", "product_internal_id": pid, "product_option_name": name, "product_option_type": "RADIOBUTTONS",
            "product_option_is_required": "true", "product_option_value": value, "product_option_markup": markup, **cells}  # fmt: skip


def variation(pid: str, sku: str, **cells: str) -> dict[str, str]:
    return {"type": "product_variation", "product_internal_id": pid, "product_variation_sku": sku, **cells}


def catalog(ring_photo: str = f"{CDN}ring.jpg", pendant_photo: str = f"{CDN}pendant.jpg") -> str:
    """A ring in sizes and metals (three variations: one priced by its markups, one out of stock), a
    pendant with a chain-length option priced by markups, discounted studs, a switched-off bracelet,
    a chain out of stock, a category row, a brooch whose price is not one, a bangle whose photo is
    http://, and a variation of no product in the file."""
    return rows(
        {"type": "category", "category_internal_id": "77", "category_path": "Jewelry/Rings"},
        product("100", "Solitaire Ring", product_sku="SR", product_price="1200.00", product_category_1="Jewelry/Rings",
                product_category_2="Sale", product_brand="Aurum", product_ribbon_text="New",
                product_description="<p>A round <b>diamond</b> on a 14K gold band.</p>", product_media_main_image_url=ring_photo,
                product_media_gallery_image_url_2=f"{CDN}ring-box.jpg", product_media_gallery_image_url_1=f"{CDN}ring-side.jpg",
                **{"product_attribute_{Metal Type}": "Gold"}),
        option("100", "Ring Size", "6"), option("100", "Ring Size", "7"),
        option("100", "Metal", "Yellow gold"), option("100", "Metal", "White gold", "150.00"),
        variation("100", "SR-6-Y", product_price="1250.00", product_compare_to_price="1400", product_is_inventory_tracked="true",
                  product_quantity="2", **{"product_variation_option_{Ring Size}": "6", "product_variation_option_Metal": "Yellow gold"}),
        variation("100", "SR-7-W", product_is_inventory_tracked="true", product_quantity="0",
                  **{"product_variation_option_{Ring Size}": "7", "product_variation_option_Metal": "White gold"}),
        variation("100", "SR-7-Y", product_price="1300.50",
                  **{"product_variation_option_{Ring Size}": "7", "product_variation_option_Metal": "Yellow gold"}),
        product("200", "Moon Pendant", product_sku="MP", product_price="450", product_category_1="Jewelry/Necklaces/Pendants",
                product_description="A crescent moon in <i>sterling silver</i>.", product_media_main_image_url=pendant_photo),
        option("200", "Chain length", "40 cm"), option("200", "Chain length", "45 cm", "20"), option("200", "Chain length", "50 cm", "10%"),
        product("300", "Pearl Studs", product_sku="PS", product_price="320", product_compare_to_price="400", product_category_1="Earrings"),
        product("400", "Tennis Bracelet", product_sku="TB", product_price="900", product_is_available="false"),
        product("500", "Star Chain", product_sku="SC", product_price="210", product_is_inventory_tracked="true", product_quantity="0",
                product_category_1="Necklaces"),
        product("600", "Opal Brooch", product_sku="OB", product_price="on request"),
        product("700", "Gold Bangle", product_sku="GB", product_price="800.00", product_media_main_image_url="http://shop.example/bangle.jpg"),
        variation("999", "XX-1", product_price="100", product_variation_option_Metal="Gold"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "catalog_export.csv", catalog()), currency="EUR")


def test_an_ecwid_export_is_one_item_per_product_with_its_options_and_variations(loaded):
    assert loaded.format == "ecwid"
    assert [item.id for item in loaded.items] == ["100", "200", "300", "500", "700"]
    ring = loaded.items[0]
    assert [(v.sku, v.options, v.price, v.compare_at_price, v.in_stock) for v in ring.variants] == [
        ("SR-6-Y", {"Ring Size": "6", "Metal": "Yellow gold"}, 1250.0, 1400.0, True),
        ("SR-7-W", {"Ring Size": "7", "Metal": "White gold"}, 1350.0, None, False),  # its product's price + White gold's 150 markup
        ("SR-7-Y", {"Ring Size": "7", "Metal": "Yellow gold"}, 1300.5, None, True),  # stock not tracked: unlimited
    ]  # fmt: skip
    assert (ring.price, ring.price_max, ring.currency) == (1250.0, 1350.0, "EUR")
    assert ring.options == {"Metal Type": ["Gold"], "Ring Size": ["6", "7"], "Metal": ["Yellow gold", "White gold"]}


def test_option_markups_price_a_product_without_variations_from_to(loaded):
    pendant = loaded.items[1]
    assert (pendant.price, pendant.price_max, pendant.options) == (450.0, 495.0, {"Chain length": ["40 cm", "45 cm", "50 cm"]})


def test_an_option_a_shopper_may_leave_unchosen_adds_nothing_to_the_lowest_price(tmp_path):
    text = rows(product("1", "Topaz Ring", product_price="100"), option("1", "Gift box", "Yes", "15", product_option_type="CHECKBOX"),
                option("1", "Engraving", "Initials", "-5", product_option_is_required="false"))  # fmt: skip
    item = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items[0]
    assert (item.price, item.price_max) == (95.0, 115.0)


def test_categories_are_paths_several_per_product_and_the_brand_and_ribbon_tags(loaded):
    ring, pendant, studs = loaded.items[:3]
    assert (ring.category, pendant.category, studs.category) == ("engagement ring", "pendant", "earrings")
    assert (ring.tags, ring.vendor, ring.url) == (["aurum", "new"], "Aurum", "https://shop.example/products/100")


def test_html_descriptions_are_text(loaded):
    ring, pendant = loaded.items[:2]
    assert (ring.description, pendant.description) == ("A round diamond on a 14K gold band.", "A crescent moon in sterling silver.")
    assert (ring.gemstone, ring.karat, pendant.metal) == ("diamond", 14, "sterling silver")


def test_compare_to_price_above_the_price_and_tracked_stock_at_0_out_of_stock(loaded):
    ring, pendant, studs, chain, bangle = loaded.items
    assert (studs.price, studs.compare_at_price, studs.in_stock) == (320.0, 400.0, True)
    assert (chain.price, chain.in_stock) == (210.0, False)  # kept, out of stock
    assert (bangle.in_stock, pendant.compare_at_price) == (True, None)  # untracked stock: for sale


def test_a_switched_off_product_is_not_for_sale(loaded):
    assert "400" not in {item.id for item in loaded.items} and "400" not in {error.line for error in loaded.errors}
    assert loaded.rows_read == 8


def test_the_main_photo_then_the_gallery_in_order_and_only_https_taken(loaded):
    ring, pendant, studs, chain, bangle = loaded.items
    assert (ring.image, ring.images) == (f"{CDN}ring.jpg", [f"{CDN}ring-side.jpg", f"{CDN}ring-box.jpg"])
    assert (pendant.image, bangle.image) == (f"{CDN}pendant.jpg", "")
    assert loaded.photo_refusals["700"].startswith("product_media_main_image_url refused: only https:// photo URLs are read from an Ecwid export")


def test_a_bad_price_and_a_variation_of_no_product_are_reported_at_their_line(loaded):
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (18, "product_price: 'on request' is not a price (line 18)"),
        (20, "type product_variation: '999' is no product row's product_internal_id or product_sku above it"),
    ]  # fmt: skip


def test_rows_tie_by_sku_or_the_product_above_and_a_bad_variation_costs_only_its_row(tmp_path):
    text = rows(
        {"type": "product", "product_sku": "AR", "product_name": "Amber Ring", "product_price": "300"},
        {"type": "product_variation", "product_sku": "AR", "product_variation_option_Metal": "Silver", "product_price": "310"},
        {"type": "product_variation", "product_variation_option_Metal": "Gold", "product_price": "lots"},
        {"type": "product_variation", "product_sku": "AR-G2", "product_variation_option_Metal": "Gold", "product_price": "390"},
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    item = loaded.items[0]
    assert (item.id, item.price, item.price_max, [v.options for v in item.variants]) == ("AR", 310.0, 390.0, [{"Metal": "Silver"}, {"Metal": "Gold"}])
    assert [(error.line, error.reason) for error in loaded.errors] == [(4, "product_price: 'lots' is not a price (line 4)")]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_the_separators_ecwids_import_takes_are_read(tmp_path, delimiter):
    text = rows(product("1", "Garnet Ring", product_price="120.50", product_category_1="Rings"), delimiter=delimiter)
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert (loaded.format, loaded.items[0].price, loaded.items[0].gemstone) == ("ecwid", 120.5, "garnet")


def test_the_header_is_matched_without_regard_to_case_or_spacing(tmp_path):
    header = ["Type", "Product Internal ID", "PRODUCT_NAME", " product_price "]
    text = rows({"Type": "product", "Product Internal ID": "9", "PRODUCT_NAME": "Jade Ring", " product_price ": "75"}, columns=header)
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert (loaded.format, loaded.items[0].id, loaded.items[0].price) == ("ecwid", "9", 75.0)


def test_an_export_with_a_bom_survives_the_benchmarks_rewriting(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    text = rows(product("1", "Anell Sòl·lid", product_price="95.00", product_media_main_image_url=f"{CDN}anell-sòl.jpg"),
                option("1", "Talla", "12"), variation("1", "AS-12", **{"product_variation_option_Talla": "12"}),
                columns=[*COLUMNS, "product_variation_option_Talla"])  # fmt: skip
    raw = text.encode("utf-8-sig")
    (shop / "catalog_export.csv").write_bytes(raw)
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    local = rewritten_export(shop_export(shop), CDN, "https://127.0.0.1:9/", tmp_path / "work")
    assert local.read_bytes() == raw.replace(CDN.encode(), b"https://127.0.0.1:9/")  # bytes otherwise unchanged
    item = load_catalog(local, currency="EUR").items[0]
    assert (item.title, item.image, item.price, [v.options for v in item.variants]) == (
        "Anell Sòl·lid", "https://127.0.0.1:9/anell-sòl.jpg", 95.0, [{"Talla": "12"}])  # fmt: skip


def test_other_exports_are_not_taken_for_ecwid_nor_ecwid_for_them():
    ecwid = {column_key(name) for name in COLUMNS}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price")}
    facet = {"id", "title", "description", "price", "category", "url", "type"}
    assert [detect_format(keys) for keys in (ecwid, woocommerce, shopify, facet)] == ["ecwid", "woocommerce", "shopify", "facet"]


def test_a_file_whose_every_row_is_bad_exits_non_zero(tmp_path):
    export = write(tmp_path / "export.csv", rows(product("1", "Onyx Ring", product_price="n/a"), product("2", "", product_price="5")))
    result = run(tmp_path / "data", "ingest", export, "--currency", "EUR")
    assert result.returncode != 0
    said = messages(result.stderr)
    assert any("line 2" in line and "'n/a' is not a price" in line for line in said)
    assert any("line 3" in line and "product_name: the product row has no name" in line for line in said)


# --- the real ingest: photos fetched over https, the http one refused with its line ---


@pytest.mark.e2e
def test_an_ecwid_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.jpg", (226, 184, 64)), ("pendant.jpg", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "catalog.csv", catalog(f"{base_url}ring.jpg", f"{base_url}pendant.jpg"))
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(tmp_path / "data", "ingest", export, "--currency", "EUR", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 8 / ingested 5 / updated 0 / unchanged 0 / rejected 2 / removed 0 / skipped 1 (not for sale)"
    assert any("line 19 (700): product_media_main_image_url refused: only https://" in line for line in messages(result.stderr))
    assert {"/pendant.jpg", "/ring.jpg"} <= set(Counting.served)


def test_a_product_priced_0_asks_to_be_asked_and_is_skipped_not_rejected(tmp_path):
    text = rows(product("10", "Price on Request Ring", product_price="0", product_ribbon_text="Call for price"),
                product("11", "Priced Ring", product_price="150"),
                product("12", "Ring in Sizes", product_price="0"), option("12", "Size", "6"), variation("12", "S6", product_price="0",
                **{"product_variation_option_{Ring Size}": "6"}))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert [item.id for item in loaded.items] == ["11"] and loaded.errors == []
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("10", "price on request"), ("12", "price on request")]
