"""Magento 2 / Adobe Commerce's product export (retrieval/magento.py), read by retrieval/catalog.py and
ingested by the real `facet ingest`: detected from its header (any case, spacing or underscores), one
item per configurable product with its simple children as variants (options named by the variation
labels, prices from-to, stock), a simple product an item, a child or a product not visible
individually never one, a store view's row not a product (its name a line of the description), a
special price within its dates under the compare-at price, a disabled product skipped like a draft
and a virtual one as not a piece, category paths without their root as the shop's kind labels,
additional attributes as the shop's statements, and photos as Magento writes them: paths under a
media folder beside the export (or --images), else fetched from the shop's media URL; a missing
file, a path with "..", a symlink out of the folder and an http:// URL each leave the item
searchable by its text, with its line."""

import csv
import io

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.magento import attributes
from retrieval.rows import column_key
from standin_facet import messages, run

COLUMNS = (
    "sku,store_view_code,attribute_set_code,product_type,categories,product_websites,name,description,short_description,"
    "weight,product_online,tax_class_name,visibility,price,special_price,special_price_from_date,special_price_to_date,"
    "url_key,meta_title,meta_keywords,meta_description,base_image,base_image_label,small_image,small_image_label,"
    "thumbnail_image,thumbnail_image_label,swatch_image,swatch_image_label,created_at,updated_at,new_from_date,new_to_date,"
    "display_product_options_in,map_price,msrp_price,map_enabled,gift_message_available,custom_design,custom_design_from,"
    "custom_design_to,custom_layout_update,page_layout,product_options_container,msrp_display_actual_price_type,"
    "country_of_manufacture,additional_attributes,qty,out_of_stock_qty,use_config_min_qty,is_qty_decimal,allow_backorders,"
    "use_config_backorders,min_cart_qty,use_config_min_sale_qty,max_cart_qty,use_config_max_sale_qty,is_in_stock,"
    "notify_on_stock_below,use_config_notify_stock_qty,manage_stock,use_config_manage_stock,use_config_qty_increments,"
    "qty_increments,use_config_enable_qty_inc,enable_qty_increments,is_decimal_divided,website_id,related_skus,"
    "related_position,crosssell_skus,crosssell_position,upsell_skus,upsell_position,additional_images,"
    "additional_image_labels,hide_from_product_page,custom_options,bundle_price_type,bundle_sku_type,bundle_price_view,"
    "bundle_weight_type,bundle_values,bundle_shipment_type,associated_skus,downloadable_links,downloadable_samples,"
    "configurable_variations,configurable_variation_labels"
).split(",")
MEDIA = "pub/media/catalog/product"
RING_VARIATIONS = "sku=R1-52,ring_size=52|sku=R1-54,ring_size=54|sku=R1-56,ring_size=56"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(sku: str, name: str, kind: str = "simple", **cells: str) -> dict[str, str]:
    return {"sku": sku, "attribute_set_code": "Jewellery", "product_type": kind, "product_websites": "base", "name": name,
            "product_online": "1", "tax_class_name": "Taxable Goods", "visibility": "Catalog, Search",
            "url_key": name.lower().replace(" ", "-"), **cells}  # fmt: skip


def child(sku: str, size: str, price: str, qty: str, in_stock: str, **cells: str) -> dict[str, str]:
    return product(sku, f"Solitaire Ring-{size}", visibility="Not Visible Individually", price=price, qty=qty, is_in_stock=in_stock,
                   additional_attributes=f"metal=18K Yellow Gold,ring_size={size}", **cells)  # fmt: skip


def catalog() -> str:
    """A configurable ring in three sizes (one on special, one out of stock) with a German store view
    row, a pendant on special whose photo is missing and whose attribute value holds a comma, a
    disabled brooch, a virtual gift wrap, a chain whose price is not one, studs whose special price
    has ended and whose photo path climbs out with "..", hoops whose photo is http://, and a charm not
    visible individually that no configurable names."""
    return rows(
        product("R1", "Solitaire Ring", "configurable", categories="Default Category/Jewellery/Rings,Default Category/Sale",
                description="<p>A round <b>diamond</b> solitaire &amp; a slim band.</p>", short_description="Our classic solitaire.",
                base_image="/r/i/ring-01.jpg", small_image="/r/i/ring-01.jpg", thumbnail_image="/r/i/ring-01.jpg",
                additional_images="/r/i/ring-01.jpg,/r/i/ring-02.jpg", additional_attributes="metal=18K Yellow Gold,stone=Diamond",
                configurable_variations=RING_VARIATIONS, configurable_variation_labels="ring_size=Ring size"),
        {"sku": "R1", "store_view_code": "de", "attribute_set_code": "Jewellery", "product_type": "configurable", "name": "Solitärring",
         "description": "<p>Ein Solitär mit rundem Diamant.</p>"},
        child("R1-52", "52", "1200.000000", "2.0000", "1", special_price="1100.000000"),
        child("R1-54", "54", "1250.000000", "0.0000", "0"),
        child("R1-56", "56", "1300.000000", "1.0000", "1"),
        product("P1", "Moon Pendant", categories="Default Category/Jewellery/Necklaces/Pendants", price="60.000000",
                special_price="45.000000", special_price_from_date="2020-01-01", special_price_to_date="2099-12-31",
                description="<p>A crescent moon in <b>sterling silver</b>.</p>", short_description="A crescent moon in sterling silver.",
                base_image="/m/o/moon.jpg", qty="4.0000", is_in_stock="1",
                additional_attributes="material=Sterling Silver,chain_length=45 cm, adjustable"),
        product("D1", "Old Brooch", price="POA", product_online="2"),
        product("V1", "Gift Wrap", "virtual", price="5.000000"),
        product("C1", "Star Chain", price="free", qty="3"),
        product("E1", "Pearl Studs", categories="Default Category/Earrings", price="40.000000", special_price="30.000000",
                special_price_to_date="2020-01-31", base_image="/../../secret.jpg", qty="0", is_in_stock="0",
                additional_attributes="stone=Pearl"),
        product("H1", "Gold Hoops", categories="Default Category/Earrings/Hoops|Default Category/Gifts", price="80", qty="2", is_in_stock="1",
                base_image="http://shop.example/media/catalog/product/h/o/hoops.jpg", description="Hoops in 9ct gold."),
        product("S1", "Spare Charm", price="10", visibility="Not Visible Individually"),
    )  # fmt: skip


def shop(tmp_path, text: str | None = None):
    """The export with a copy of the shop's media folder beside it (the ring's photos, not the pendant's)."""
    media = tmp_path / MEDIA
    (media / "r/i").mkdir(parents=True)
    for name, color in (("ring-01.jpg", (226, 184, 64)), ("ring-02.jpg", (220, 180, 70))):
        Image.new("RGB", (64, 64), color).save(media / "r/i" / name)
    return write(tmp_path / "export_catalog_product.csv", text or catalog())


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(shop(tmp_path), currency="EUR")


def test_a_magento_export_is_one_item_per_configurable_or_simple_product(loaded):
    assert loaded.format == "magento" and loaded.rows_read == 8  # the store view's row and the three children are no products
    assert [item.id for item in loaded.items] == ["R1", "P1", "E1", "H1"]
    ring = loaded.items[0]
    assert [(v.sku, v.options, v.price, v.compare_at_price, v.in_stock) for v in ring.variants] == [
        ("R1-52", {"Ring size": "52"}, 1100.0, 1200.0, True), ("R1-54", {"Ring size": "54"}, 1250.0, None, False),
        ("R1-56", {"Ring size": "56"}, 1300.0, None, True)]  # fmt: skip
    assert (ring.price, ring.price_max, ring.compare_at_price, ring.currency, ring.in_stock) == (1100.0, 1300.0, 1200.0, "EUR", True)
    assert ring.options == {"metal": ["18K Yellow Gold"], "stone": ["Diamond"], "Ring size": ["52", "54", "56"]}
    assert (ring.category, ring.metal, ring.karat, ring.gemstone, ring.handle) == ("engagement ring", "yellow gold", 18, "diamond", "solitaire-ring")
    # the short description says what the description does not; the German store view adds its name
    assert ring.description == "A round diamond solitaire & a slim band.\nOur classic solitaire.\nSolitärring"


def test_the_root_category_is_dropped_and_each_path_is_a_kind_label(loaded):
    ring, pendant, studs, hoops = loaded.items
    assert (ring.category, pendant.category) == ("engagement ring", "pendant")  # a diamond solitaire, by its words
    said = [(item.category, item.provenance["category"].source, item.provenance["category"].evidence) for item in (studs, hoops)]
    assert said == [("earrings", "type", "Earrings"), ("earrings", "type", "Hoops")]  # "Default Category/Earrings/Hoops": its leaf


def test_a_special_price_within_its_dates_is_the_price_and_an_ended_one_is_not(loaded):
    ring, pendant, studs, hoops = loaded.items
    assert (pendant.price, pendant.compare_at_price, pendant.in_stock) == (45.0, 60.0, True)
    assert (studs.price, studs.compare_at_price, studs.in_stock) == (40.0, None, False)
    assert (hoops.price, hoops.in_stock, hoops.karat) == (80.0, True, 9)


def test_additional_attributes_are_the_shops_statements_a_value_may_hold_a_comma(loaded):
    pendant, studs = loaded.items[1], loaded.items[2]
    assert pendant.options == {"material": ["Sterling Silver"], "chain length": ["45 cm, adjustable"]}
    assert pendant.description == "A crescent moon in sterling silver."  # the short description says nothing more
    assert (pendant.metal, studs.gemstone) == ("sterling silver", "pearl")


def test_enclosed_and_multiple_select_attribute_values():
    assert attributes('metal="Gold, 18K",engraving="say ""hi"""') == {"metal": ["Gold, 18K"], "engraving": ['say "hi"']}
    assert attributes("color=Red|Rose Gold,stone=") == {"color": ["Red", "Rose Gold"]}
    assert attributes("") == {}


def test_disabled_virtual_and_hidden_products_are_skipped_and_a_bad_price_reported_at_its_line(loaded):
    assert [(skipped.line, skipped.id, skipped.reason) for skipped in loaded.skipped] == [
        (8, "D1", "disabled"), (9, "V1", "virtual"), (13, "S1", "hidden")]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(10, "price: 'free' is not a price (line 10)")]


def test_photos_are_read_from_the_media_folder_beside_the_export(loaded, tmp_path):
    ring, pendant, studs, hoops = loaded.items
    assert ring.image == str((tmp_path / MEDIA / "r/i/ring-01.jpg").resolve()) and ring.images == []  # local extras are not kept
    assert (pendant.image, studs.image, hoops.image) == ("", "", "")
    refusals = loaded.photo_refusals
    assert refusals["P1"].startswith("base_image '/m/o/moon.jpg' is not in the catalog's folder")
    assert refusals["E1"] == "base_image refused: '/../../secret.jpg' is not a path inside the shop's media folder"
    assert refusals["H1"].startswith("base_image refused: only https:// photo URLs are read from a Magento export")
    assert "R1" not in refusals and loaded.photo_notes == []


def test_a_photo_not_beside_the_export_is_fetched_from_the_shops_media_url(tmp_path):
    loaded = load_catalog(shop(tmp_path), currency="EUR", media_url="https://shop.example/media/catalog/product/")
    ring, pendant = loaded.items[:2]
    assert pendant.image == "https://shop.example/media/catalog/product/m/o/moon.jpg" and "P1" not in loaded.photo_refusals
    assert ring.image.endswith("r/i/ring-01.jpg") and not ring.image.startswith("https://")  # the local copy first


def test_the_images_folder_may_be_the_product_media_folder_itself(tmp_path):
    loaded = load_catalog(shop(tmp_path), tmp_path / MEDIA, currency="EUR")
    assert loaded.items[0].image == str((tmp_path / MEDIA / "r/i/ring-01.jpg").resolve())
    assert loaded.photo_refusals["P1"].startswith("base_image '/m/o/moon.jpg' is not in the --images folder")


def test_a_symlink_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    Image.new("RGB", (64, 64), (1, 2, 3)).save(outside / "secret.jpg")
    export = shop(tmp_path / "shop")
    (tmp_path / "shop" / MEDIA / "r/i/link.jpg").symlink_to(outside / "secret.jpg")
    text = rows(product("L1", "Link Ring", price="10", base_image="/r/i/link.jpg", categories="Default Category/Rings"))
    loaded = load_catalog(write(export, text), currency="EUR")
    assert loaded.items[0].image == "" and loaded.photo_refusals["L1"] == "base_image refused: '/r/i/link.jpg' leads outside the catalog's folder"


def test_the_header_is_matched_without_regard_to_case_spacing_or_underscores(tmp_path):
    header = "SKU,Store View Code,Attribute Set Code,Product Type,Name,Price,Categories,Product Online,Visibility\n"
    row = "G1,,Default,simple,Garnet Ring,120.0000,Default Category/Rings,1,\"Catalog, Search\"\n"
    item = load_catalog(write(tmp_path / "products.csv", header + row), currency="GBP").items[0]
    assert (item.id, item.currency, item.gemstone, item.category, item.price) == ("G1", "GBP", "garnet", "ring", 120.0)


def test_other_exports_are_not_taken_for_magento_nor_magento_for_them():
    magento = {column_key(name) for name in COLUMNS}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    bigcommerce = {column_key(name) for name in ("Item Type", "Product Name", "Price", "Product Code/SKU", "Allow Purchases?")}
    facet = {"id", "title", "description", "price", "sku"}
    assert [detect_format(keys) for keys in (magento, woocommerce, bigcommerce, facet)] == ["magento", "woocommerce", "bigcommerce", "facet"]


def test_bad_rows_are_rejected_at_their_line_and_the_rest_kept(tmp_path):
    text = rows(
        product("", "No Sku", price="5"),
        product("K1", "Knot Ring", "configurable", configurable_variations="sku=K1-5,size=5"),  # its child has no row
        product("K2", "Bar Ring", "configurable"),
        product("T1", "Toe Ring", price="12", qty="many"),
        product("T2", "Toe Ring", price="12", description="A sterling silver toe ring."),
        product("T2", "Toe Ring again", price="13"),
        {"sku": "Z9", "store_view_code": "fr", "name": "Bague"},  # a store view of no product: nothing to add to
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="USD")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "sku: the row has no SKU"),
        (3, "configurable_variations: none of its SKUs (K1-5) has a row in the file"),
        (4, "configurable_variations: the configurable product names no variation (sku=...,size=...|...)"),
        (5, "qty: 'many' is not a number (line 5)"),
        (7, "sku: 'T2' has a default row already (line 6); a store view's row names its store_view_code"),
    ]
    assert [item.id for item in loaded.items] == ["T2"]


def test_a_configurable_product_whose_every_child_is_disabled_is_skipped(tmp_path):
    text = rows(
        product("Q1", "Opal Band", "configurable", configurable_variations="sku=Q1-6,size=6"),
        child("Q1-6", "6", "300", "1", "1", product_online="2"),
        product("Q2", "Onyx Band", price="90"),
    )
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="USD")
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("Q1", "disabled")]
    assert [item.id for item in loaded.items] == ["Q2"]


def test_a_bundle_with_its_own_price_is_an_item_and_one_priced_by_its_parts_is_skipped(tmp_path):
    text = rows(
        product("W1", "Bridal Set", "bundle", price="900", bundle_price_type="fixed", description="A 14K gold ring and band."),
        product("W2", "Build Your Set", "bundle", bundle_price_type="dynamic"),
        product("G1", "Stacking Trio", "grouped", associated_skus="T1,T2,T3"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="USD")
    assert [(item.id, item.price) for item in loaded.items] == [("W1", 900.0)]
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [
        ("W2", "bundle priced by its parts"), ("G1", "grouped (its pieces are listed on their own)")]  # fmt: skip


def test_a_parent_with_no_photo_shows_its_childrens_and_a_variant_its_own_url(tmp_path):
    text = rows(
        product("A2", "Topaz Ring", "configurable", configurable_variations="sku=A2-5,size=5|sku=A2-6,size=6"),
        child("A2-5", "5", "200", "1", "1", base_image="/t/o/topaz-5.jpg"),
        child("A2-6", "6", "200", "1", "1", base_image="/t/o/topaz-6.jpg"),
    )  # fmt: skip
    export = shop(tmp_path, text)
    (tmp_path / MEDIA / "t/o").mkdir(parents=True)
    Image.new("RGB", (64, 64), (60, 120, 200)).save(tmp_path / MEDIA / "t/o/topaz-6.jpg")
    loaded = load_catalog(export, currency="USD", media_url="https://shop.example/media/catalog/product")
    item, topaz_5 = loaded.items[0], "https://shop.example/media/catalog/product/t/o/topaz-5.jpg"
    assert (item.image, item.images) == (topaz_5, [])  # the first child's photo (a local further photo is not kept)
    assert [v.image for v in item.variants] == [topaz_5, ""]  # topaz-6 is a file beside the export: no variant photo URL


def test_variations_naming_only_skus_take_the_childrens_labelled_attributes(tmp_path):
    text = rows(
        product("A1", "Amethyst Ring", "configurable", configurable_variations="sku=A1-52|sku=A1-54",
                configurable_variation_labels="ring_size=Size"),
        child("A1-52", "52", "200", "1", "1"),
        child("A1-54", "54", "220", "1", "1"),
    )  # fmt: skip
    item = load_catalog(write(tmp_path / "products.csv", text), currency="USD").items[0]
    assert [v.options for v in item.variants] == [{"Size": "52"}, {"Size": "54"}]
    assert item.options == {"metal": ["18K Yellow Gold"], "Size": ["52", "54"]}  # what every child states alike is the ring's


# --- the real ingest: local photos copied, others fetched over https from the media URL, refusals reported ---


@pytest.mark.e2e
def test_a_magento_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    (folder / "m/o").mkdir(parents=True)
    Image.new("RGB", (64, 64), (205, 207, 212)).save(folder / "m/o/moon.jpg")
    export = shop(tmp_path / "shop")
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "EUR", "--media-url", base_url, settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 8 / ingested 4 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 3 (not for sale)"
    said = messages(result.stderr)
    assert any("line 11 (E1): base_image refused" in line and "indexed by its text only" in line for line in said)
    assert any("line 12 (H1): base_image refused: only https://" in line for line in said)
    assert Counting.served == ["/m/o/moon.jpg"]  # the pendant's photo from the media URL; the ring's read beside the export

    again = run(data, "ingest", export, "--currency", "EUR", "--media-url", base_url, settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 8 / ingested 0 / updated 0 / unchanged 4")
    assert Counting.served == ["/m/o/moon.jpg"]  # cached: nothing fetched again

    refused = run(data, "ingest", export, "--media-url", "http://shop.example/media", settings=settings)
    assert refused.returncode != 0 and "https://" in refused.stderr
