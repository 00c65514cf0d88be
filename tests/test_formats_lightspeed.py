"""Lightspeed Retail X-Series' (formerly Vend) product export (retrieval/lightspeed.py), read by
retrieval/catalog.py: detected from its header and no other export taken for it; the rows sharing a
handle one item with its option values and its prices from-to; stock added up over the
inventory_<Outlet> columns where it is tracked; inactive products, composites, gift cards and
untracked fee lines skipped, not refused, an inactive variant left out; a bad row at its line and the
rest kept; HTML in a description read as text; photos found by the handle or a SKU."""

import csv
import io
from pathlib import Path

import pytest
from PIL import Image

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.config import ImagesConfig
from retrieval.formats import detect_format
from retrieval.lightspeed import products
from retrieval.photos_by_name import photos_by_name
from retrieval.rows import CatalogError, column_key

# A current export's header as a migration script lists it from two real exports, with two outlets.
COLUMNS = [
    "id", "handle", "sku", "composite_name", "composite_sku", "composite_quantity", "name", "description", "product_category",
    "variant_option_one_name", "variant_option_one_value", "variant_option_two_name", "variant_option_two_value",
    "variant_option_three_name", "variant_option_three_value", "tags", "active_online", "weight", "weight_unit", "length", "width",
    "height", "dimensions_unit", "supply_price", "retail_price", "tax_name", "tax_value", "account_code", "account_code_purchase",
    "brand_name", "supplier_name", "supplier_code", "active", "track_inventory", "inventory_Main_Outlet", "reorder_point_Main_Outlet",
    "restock_level_Main_Outlet", "inventory_Harbour_St_(Pop-up)", "reorder_point_Harbour_St_(Pop-up)", "restock_level_Harbour_St_(Pop-up)",
]  # fmt: skip
# An older export's: composite_handle, type, loyalty columns, one outlet.
OLDER = ["id", "handle", "sku", "composite_handle", "composite_sku", "composite_quantity", "name", "description", "type",
         "variant_option_one_name", "variant_option_one_value", "tags", "supply_price", "retail_price", "loyalty_value",
         "tax_name", "tax_value", "account_code", "account_code_purchase", "brand_name", "supplier_name", "supplier_code",
         "active", "track_inventory", "inventory_Main_Outlet", "reorder_point_Main_Outlet", "restock_level_Main_Outlet"]  # fmt: skip


def rows(*records: dict[str, str], columns: list[str] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def row(handle: str, name: str, sku: str, price: str, **cells: str) -> dict[str, str]:
    return {"id": f"0af7b240-{sku.lower()}", "handle": handle, "sku": sku, "name": name, "retail_price": price, "active": "1",
            "track_inventory": "1", "tax_name": "VAT", **cells}  # fmt: skip


def sized(size: str) -> dict[str, str]:
    return {"variant_option_one_name": "Size", "variant_option_one_value": size}


def catalog() -> str:
    """Gold hoops in two sizes and two metals (one size out of stock at both outlets), a pearl pendant
    with one row and its stock counted nowhere, a signet ring with an inactive size, an inactive
    bangle, a gift set (a composite of the hoops and the pendant), a gift card, a loyalty discount, an
    engraving fee not tracked in inventory, a moonstone ring in "Discounted Rings", a brooch asked for
    in the shop (no price) and a chain whose price is not one."""
    return rows(
        row("goldhoops", "Gold Hoops", "GH-S-Y", "1,250.00", description="<p>Hoops in <strong>18k</strong> gold.</p><ul><li>Hinged</li></ul>",
            product_category="Jewellery / Earrings", tags="gold, hoops", brand_name="Maison Or", inventory_Main_Outlet="2",
            **{"inventory_Harbour_St_(Pop-up)": "0"}, **sized("Small"), variant_option_two_name="Metal", variant_option_two_value="Yellow gold"),
        row("goldhoops", "Gold Hoops", "GH-L-W", "1300", product_category="Jewellery / Earrings", inventory_Main_Outlet="0",
            **{"inventory_Harbour_St_(Pop-up)": "-1"}, **sized("Large"), variant_option_two_name="Metal", variant_option_two_value="White gold"),
        row("pearlpendant", "Pearl Pendant", "PP-1", "85.5", description="Freshwater pearl on a silver bail.", product_category="Pendants"),
        row("signet", "Signet Ring", "SR-7", "210", product_category="Rings", inventory_Main_Outlet="1", **sized("7")),
        row("signet", "Signet Ring", "SR-8", "210", product_category="Rings", active="0", inventory_Main_Outlet="4", **sized("8")),
        row("oldbangle", "Old Bangle", "OB", "60", product_category="Bracelets", active="0"),
        row("giftset", "Hoops and Pendant Set", "GS", "1300", product_category="Sets", composite_name="Gold Hoops", composite_sku="GH-S-Y", composite_quantity="1"),
        row("giftset", "Hoops and Pendant Set", "GS", "1300", product_category="Sets", composite_name="Pearl Pendant", composite_sku="PP-1", composite_quantity="1"),
        row("giftcard50", "Gift Card $50", "GC50", "50", product_category="Gift Cards"),
        row("loyalty", "Loyalty Discount", "LD", "0", product_category="Discount"),
        row("discountedring", "Moonstone Ring", "MR", "95", product_category="Discounted Rings", track_inventory=""),
        row("engraving", "Engraving", "ENG", "15", product_category="Extras", track_inventory="0"),
        row("beebrooch", "Bee Brooch", "BB", "", product_category="Brooches"),
        row("silverchain", "Silver Chain", "SC", "ask us", product_category="Necklaces"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "product-export.csv", catalog()), currency="GBP")


def test_the_header_is_detected_and_no_other_export_is_taken_for_it():
    current, older = ({column_key(name) for name in names} for names in (COLUMNS, OLDER))
    facet = {"id", "title", "description", "price", "category", "sku"}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant SKU", "Variant Price")}
    assert [detect_format(keys) for keys in (current, older, facet, shopify)] == ["lightspeed", "lightspeed", "facet", "shopify"]
    assert detect_format({"handle", "name", "retail price", "sku"}) != "lightspeed"  # none of its own columns: not Lightspeed's


def test_rows_sharing_a_handle_are_one_item_with_its_options_and_price_range(loaded):
    assert loaded.format == "lightspeed" and loaded.rows_read == 11  # 10 products, 1 refused row
    assert [item.id for item in loaded.items] == ["goldhoops", "pearlpendant", "signet", "discountedring"]
    hoops = loaded.items[0]
    assert (hoops.title, hoops.handle, hoops.currency, hoops.vendor, hoops.tags) == ("Gold Hoops", "goldhoops", "GBP", "Maison Or", ["gold", "hoops"])
    assert hoops.options == {"Size": ["Small", "Large"], "Metal": ["Yellow gold", "White gold"]}
    assert [(v.id, v.sku, v.options, v.price) for v in hoops.variants] == [
        ("0af7b240-gh-s-y", "GH-S-Y", {"Size": "Small", "Metal": "Yellow gold"}, 1250.0),
        ("0af7b240-gh-l-w", "GH-L-W", {"Size": "Large", "Metal": "White gold"}, 1300.0),
    ]  # fmt: skip
    assert (hoops.price, hoops.price_max) == (1250.0, 1300.0)


def test_stock_adds_up_over_the_outlets_and_is_for_sale_where_no_outlet_counts_it(loaded):
    hoops, pendant = loaded.items[:2]
    assert [v.in_stock for v in hoops.variants] == [True, False]  # 2 + 0; 0 + -1 (oversold)
    assert (pendant.price, pendant.price_max, pendant.options, pendant.in_stock) == (85.5, None, {}, True)
    assert [(v.sku, v.options) for v in pendant.variants] == [("PP-1", {})]


def test_an_inactive_variant_is_left_out_of_an_active_product(loaded):
    ring = loaded.items[2]
    assert ring.options == {"Size": ["7"]} and [v.sku for v in ring.variants] == ["SR-7"]


def test_html_in_a_description_is_text_and_the_category_paths_last_part_is_the_kind(loaded):
    hoops, pendant, ring, moonstone = loaded.items
    assert hoops.description == "Hoops in 18k gold.\nHinged"
    assert (hoops.category, hoops.provenance["category"].evidence) == ("earrings", "Earrings")
    assert (pendant.description, pendant.category, ring.category) == ("Freshwater pearl on a silver bail.", "pendant", "ring")
    assert (moonstone.category, moonstone.price, moonstone.in_stock) == ("ring", 95.0, True)  # "Discounted Rings" is rings; stock not said


def test_products_not_for_sale_are_skipped_and_a_bad_row_is_reported_at_its_line(loaded):
    assert sorted((skipped.id, skipped.reason) for skipped in loaded.skipped) == [
        ("beebrooch", "price on request"), ("engraving", "not tracked in inventory"), ("giftcard50", "gift cards"),
        ("giftset", "composite"), ("loyalty", "discount"), ("oldbangle", "inactive"),
    ]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(15, "retail_price: 'ask us' is not a price (line 15)")]


def test_a_shop_tracking_no_stock_has_its_products_for_sale(tmp_path):
    text = rows(row("jetcameo", "Jet Cameo", "JC", "120", track_inventory="0", inventory_Main_Outlet="0"),
                row("amberdrops", "Amber Drops", "AD", "75", track_inventory="0"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "product-export.csv", text), currency="NZD")
    assert [(item.id, item.price, item.in_stock) for item in loaded.items] == [("jetcameo", 120.0, True), ("amberdrops", 75.0, True)]
    assert not loaded.skipped and not loaded.errors


def test_an_older_export_with_type_composite_handle_and_one_outlet(tmp_path):
    text = rows(
        {"id": "a1", "handle": "opalring", "sku": "OR", "name": "Opal Ring", "type": "Rings", "retail_price": "210.00", "active": "1",
         "track_inventory": "1", "inventory_Main_Outlet": "0"},
        {"id": "b1", "handle": "duo", "sku": "DUO", "name": "Ring Duo", "type": "Rings", "retail_price": "400", "active": "1",
         "track_inventory": "1", "composite_handle": "opalring", "composite_sku": "OR", "composite_quantity": "2"},
        {"id": "c1", "handle": "", "sku": "JB", "name": "Jade Bead Bracelet", "type": "Bracelets", "retail_price": "45.50", "active": "true",
         "track_inventory": "1", "inventory_Main_Outlet": "3"},
        columns=OLDER,
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "product-export.csv", text), currency="AUD")
    assert [(item.id, item.price, item.in_stock, item.category) for item in loaded.items] == [
        ("opalring", 210.0, False, "ring"), ("jade-bead-bracelet", 45.5, True, "bracelet")]  # fmt: skip  # no handle: its name's
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("duo", "composite")]


def test_rows_naming_no_product_and_cells_that_are_no_flag_or_count_are_refused_at_their_lines(tmp_path):
    text = rows(
        row("moon", "Moon Earrings", "ME", "35"),
        row("", "", "XX", "10"),
        row("sun", "Sun Earrings", "SE-1", "35", inventory_Main_Outlet="lots", **sized("Small")),
        row("sun", "Sun Earrings", "SE-2", "38", **sized("Large")),
        row("star", "Star Studs", "ST", "20", active="maybe"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "product-export.csv", text), currency="EUR")
    assert [(item.id, [v.sku for v in item.variants]) for item in loaded.items] == [("moon", ["ME"]), ("sun", ["SE-2"])]
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (3, "name and handle: the row has neither, so it belongs to no product (line 3)"),
        (4, "inventory_main_outlet: 'lots' is not a number (line 4)"),
        (6, "active: 'maybe' is not 1 or 0 (line 6)"),
    ]  # fmt: skip


@pytest.mark.parametrize("cell", ["1250", "1250.00", "1,250.00", "0.5", "12.5"])
def test_prices_are_passed_on_as_written(cell):
    record = {"handle": "ring", "name": "Ring", "retail price": cell, "active": "1"}
    (_, product), = products(iter([(2, record)]))
    assert [variant.price for variant in product.variants] == [cell]


@pytest.mark.parametrize("cell", ["ask us", "-5", "£40", "1.000,50", "12 3/4", "1,25,0"])
def test_what_is_no_price_is_refused(cell):
    record = {"handle": "ring", "name": "Ring", "retail price": cell, "active": "1"}
    (_, error), = products(iter([(2, record)]))
    assert error.reason == f"retail_price: {cell!r} is not a price (line 2)"


def test_a_photo_named_after_the_handle_or_a_sku_is_found_by_name(tmp_path):
    folder = tmp_path / "shop"
    (folder / "photos").mkdir(parents=True)
    for name in ("goldhoops.jpg", "goldhoops-2.jpg", "PP-1.png"):
        Image.new("RGB", (8, 8), (200, 150, 120)).save(folder / "photos" / name)
    loaded = load_catalog(write(folder / "product-export.csv", catalog()), currency="GBP")
    items, result = photos_by_name(loaded.items, set(loaded.photo_refusals), folder, "the catalog's folder", ImagesConfig())
    found = {item.id: [Path(path).name for path in [item.image, *item.images] if path] for item in items}
    assert found == {"goldhoops": ["goldhoops.jpg", "goldhoops-2.jpg"], "pearlpendant": ["PP-1.png"], "signet": [], "discountedring": []}
    assert result.named_by["goldhoops"] == "handle 'goldhoops'" and result.named_by["pearlpendant"] == "SKU 'PP-1'"


def test_a_file_that_is_not_a_catalog_names_lightspeed_in_its_error(tmp_path):
    with pytest.raises(CatalogError, match="Lightspeed X-Series' product export"):
        load_catalog(write(tmp_path / "other.csv", "Artikel,Bezeichnung\nA1,Ring\n"), currency="EUR")


# --- the real ingest: a photo found by the handle, a bad row's line said, products not for sale skipped ---


@pytest.mark.e2e
def test_a_lightspeed_export_through_facet_ingest(tmp_path):
    from standin_facet import messages, run

    folder = tmp_path / "shop"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", (64, 64), (226, 184, 64)).save(folder / "photos" / "goldhoops.jpg")
    text = rows(
        row("goldhoops", "Gold Hoops", "GH-S", "1250.00", product_category="Earrings", **sized("Small")),
        row("goldhoops", "Gold Hoops", "GH-L", "1300.00", product_category="Earrings", **sized("Large")),
        row("silverchain", "Silver Chain", "SC", "ask us"),
        row("oldbangle", "Old Bangle", "OB", "60", active="0"),
    )  # fmt: skip
    export = write(folder / "product-export.csv", text)
    result = run(tmp_path / "data", "ingest", export, "--currency", "GBP", settings=("image_tuning.enabled=false",))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("read 3 / ingested 1 / updated 0 / unchanged 0 / rejected 1 /")
    said = messages(result.stderr)
    assert any("line 4" in line and "'ask us' is not a price" in line for line in said)
    assert any("1 photo found by name" in line for line in said), said


@pytest.mark.parametrize("cell, tax, price", [
    ("43.4783", "6.5217", "50.00"),  # held to more than cents: a price stored without its tax, with its tax whole cents
    ("43.4783", "15", "43.4783"),  # a tax_value that is no amount of it: as written
    ("50.00", "6.52", "50.00"),  # a price in cents is the price shown, whatever its tax
    ("50", "", "50"),
])  # fmt: skip
def test_a_price_held_to_more_than_cents_is_read_with_its_tax_value(cell, tax, price):
    record = {"handle": "ring", "name": "Ring", "retail price": cell, "tax value": tax, "active": "1"}
    (_, product), = products(iter([(2, record)]))
    assert [variant.price for variant in product.variants] == [price]


def test_an_export_of_untaxed_prices_adds_every_rows_tax_value_even_where_the_untaxed_price_is_whole():
    records = [
        (2, {"handle": "studs", "name": "Studs", "retail price": "164.34783", "tax value": "24.65217", "active": "1"}),
        (3, {"handle": "band", "name": "Band", "retail price": "860.00000", "tax value": "129.00000", "active": "1"}),
        (4, {"handle": "chain", "name": "Chain", "retail price": "0.00000", "tax value": "0.00000", "active": "1"}),
        (5, {"handle": "cuff", "name": "Cuff", "retail price": "90.00", "tax value": "", "active": "1"}),
    ]  # fmt: skip
    found = {product.handle: [variant.price for variant in product.variants] for _, product in products(iter(records))}
    assert found == {"studs": ["189.00"], "band": ["989.00"], "chain": ["0.00000"], "cuff": ["90.00"]}


def test_an_export_of_whole_cent_prices_only_is_read_as_written_beside_its_tax_value():
    records = [
        (2, {"handle": "band", "name": "Band", "retail price": "989.00", "tax value": "129.00", "active": "1"}),
        (3, {"handle": "ring", "name": "Ring", "retail price": "50", "tax value": "6.52", "active": "1"}),
    ]  # fmt: skip
    found = {product.handle: [variant.price for variant in product.variants] for _, product in products(iter(records))}
    assert found == {"band": ["989.00"], "ring": ["50"]}


def test_is_active_is_read_and_a_variant_row_fills_what_the_first_leaves_blank():
    records = [
        (2, {"handle": "pearls", "name": "Pearl Strand", "retail price": "300", "is active": "1", "variant option one name": "Length",
             "variant option one value": "40 cm"}),
        (3, {"handle": "pearls", "name": "Pearl Strand", "retail price": "340", "is active": "0", "variant option one name": "Length",
             "variant option one value": "45 cm", "description": "<p>Akoya pearls.</p>", "product category": "Necklaces"}),
        (4, {"handle": "cuff", "name": "Cuff", "retail price": "90", "is active": "0"}),
    ]  # fmt: skip
    (_, strand), (_, cuff) = products(iter(records))
    assert (strand.description, strand.kinds, strand.options, strand.skipped) == ("Akoya pearls.", ["Necklaces"], {"Length": ["40 cm"]}, "")
    assert cuff.skipped == "inactive"


def test_a_name_ending_in_its_option_values_is_the_familys_name():
    records = [
        (2, {"handle": "hoops", "name": "Hoops / Small / Gold", "retail price": "40", "variant option one name": "Size",
             "variant option one value": "Small", "variant option two name": "Metal", "variant option two value": "Gold"}),
        (3, {"handle": "star", "name": "Star / Moon", "retail price": "40"}),  # no option values: its name as written
    ]  # fmt: skip
    assert [product.title for _, product in products(iter(records))] == ["Hoops", "Star / Moon"]
