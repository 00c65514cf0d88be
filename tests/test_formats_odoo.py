"""Odoo's product export (retrieval/odoo.py), read by retrieval/catalog.py: detected from its header,
import-compatible (technical names) or labelled in the user's language, and no other export taken for
it; a record's sub-rows (attribute lines, tags, variants) read with it; a product.product export's rows
grouped by their template; archived, unpublished and service products skipped, not refused; a bad price
reported at its line and the rest kept; HTML descriptions read as text; image data never read as a path.
The fixtures are written from Odoo's documentation and source (see the module's docstring), never from a
shop's file."""

import csv
import io

import pytest

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.odoo import products, renamed
from retrieval.rows import RowError, column_key

TECHNICAL = [
    "id", "name", "default_code", "list_price", "categ_id", "description_ecommerce", "description_sale", "product_tag_ids",
    "is_published", "active", "sale_ok", "type", "qty_available", "image_1920",
    "attribute_line_ids/attribute_id", "attribute_line_ids/value_ids",
]  # fmt: skip
LABELLED = [
    "External ID", "Name", "Internal Reference", "Sales Price", "Product Category", "Sales Description", "Product Tags",
    "Is Published", "Active", "Quantity On Hand", "Product Attributes/Attribute", "Product Attributes/Values",
]  # fmt: skip
GERMAN = ["Externe ID", "Name", "Interne Referenz", "Verkaufspreis", "Produktkategorie", "Verkaufsbeschreibung", "Ist veröffentlicht", "Aktiv"]
VARIANTS = ["id", "name", "product_tmpl_id", "default_code", "lst_price", "product_template_variant_value_ids", "active", "categ_id"]
BASE64_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def text(columns: list[str], *rows: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([columns, *rows])
    return out.getvalue()


def compatible() -> str:
    """An import-compatible product.template export: a solitaire with two attribute lines (its second on a
    row of its own, the record's columns blank), an archived bangle, an unpublished brooch, a service, a
    chain whose price is no number, and pearl studs."""
    return text(
        TECHNICAL,
        ["__export__.product_template_12_ab34cd", "Solitaire Ring", "SR-1", "1250.00", "All / Saleable / Rings",
         "<p>A <strong>0.5 ct</strong> diamond in 18k gold.</p>", "Solitaire, 18k", "Bridal,Gold", "True", "True", "True", "consu", "3.0",
         BASE64_PNG, "Ring Size", "52,54,56"],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "Metal", "White Gold,Yellow Gold"],
        ["__export__.product_template_13_ef56ab", "Old Bangle", "OB", "60.00", "All / Bracelets", "", "", "", "True", "False", "True", "consu", "", "", "", ""],
        ["__export__.product_template_14_aa11bb", "Bee Brooch", "BB", "45.00", "All / Brooches", "", "", "", "False", "True", "True", "consu", "", "", "", ""],
        ["__export__.product_template_15_cc22dd", "Ring Resizing", "RS", "30.00", "All / Services", "", "", "", "True", "True", "True", "service", "", "", "", ""],
        ["__export__.product_template_16_ee33ff", "Silver Chain", "CH", "ask us", "All / Necklaces", "", "", "", "True", "True", "True", "consu", "", "", "", ""],
        ["__export__.product_template_17_ab12cd", "Pearl Studs", "PS", "85.5", "All / Earrings", "", "Freshwater pearls.", "", "True", "True", "True", "consu", "0", "", "", ""],
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "product.template.csv", compatible()), currency="EUR")


def read(columns: list[str], *rows: list[str], shop_url: str = ""):
    header = [column_key(name) for name in columns]
    records = [(line, dict(zip(header, cells))) for line, cells in enumerate(rows, start=2)]
    return list(products(renamed(iter(records), header), shop_url))


def test_the_header_is_detected_in_either_style_and_language_and_no_other_export_is_taken_for_it():
    styles = [TECHNICAL, LABELLED, GERMAN, VARIANTS, ["name", "list_price", "default_code"]]
    assert [detect_format({column_key(name) for name in columns}) for columns in styles] == ["odoo"] * 5
    woocommerce = {column_key(name) for name in ("ID", "Type", "SKU", "Name", "Published", "Regular price", "Categories", "Tags")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant SKU", "Variant Price", "Option1 Value")}
    webflow = {column_key(name) for name in ("Product Handle", "Product Name", "Variant Price", "Main Variant Image")}
    facet = {"id", "title", "price", "description", "category"}
    assert [detect_format(keys) for keys in (woocommerce, shopify, webflow, facet)] == ["woocommerce", "shopify", "webflow", "facet"]
    assert detect_format({"name", "list price"}) != "odoo"  # none of Odoo's own fields beside them


def test_a_record_and_its_sub_rows_are_one_item_with_its_options_tags_and_category(loaded):
    assert loaded.format == "odoo"
    assert [item.id for item in loaded.items] == ["__export__.product_template_12_ab34cd", "__export__.product_template_17_ab12cd"]
    solitaire, pearl = loaded.items
    assert (solitaire.title, solitaire.price, solitaire.currency, solitaire.in_stock) == ("Solitaire Ring", 1250.0, "EUR", True)
    assert solitaire.options == {"Ring Size": ["52", "54", "56"], "Metal": ["White Gold", "Yellow Gold"]}
    assert (pearl.price, pearl.category, pearl.in_stock) == (85.5, "earrings", True)  # 0 on hand of a consumable: stock not counted


def test_html_in_a_description_is_text_and_image_data_is_never_a_path(loaded):
    solitaire, pearl = loaded.items
    assert solitaire.description == "A 0.5 ct diamond in 18k gold.\nSolitaire, 18k"
    assert pearl.description == "Freshwater pearls."
    assert not solitaire.image
    assert loaded.photo_refusals == {solitaire.id: "image_1920 refused: only https:// photo URLs are read from an Odoo export, not its image data"}


def test_products_not_for_sale_are_skipped_and_a_bad_price_is_reported_at_its_line(loaded):
    assert sorted((skipped.title, skipped.reason) for skipped in loaded.skipped) == [
        ("Bee Brooch", "unpublished"), ("Old Bangle", "archived"), ("Ring Resizing", "service")]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(7, "list_price: 'ask us' is not a price (line 7)")]


def test_the_product_read_before_the_catalog_keeps_its_kind_path_and_tags():
    (_, solitaire), *_ = read(TECHNICAL, *list(csv.reader(io.StringIO(compatible())))[1:3])
    assert (solitaire.kinds, solitaire.broader_kinds, solitaire.tags) == (["Rings"], ["Saleable"], ["Bridal", "Gold"])
    assert solitaire.refused_images == ["image_1920 refused: only https:// photo URLs are read from an Odoo export, not its image data"]


def test_a_labelled_export_writes_a_many_to_many_one_name_a_row():
    found = read(
        LABELLED,
        ["__export__.product_template_20_aaaa", "Twist Band", "TB", "120.00", "All / Rings", "Hand-twisted.", "Gold", "True", "True", "2.0", "Size", "6"],
        ["", "", "", "", "", "", "Stackable", "", "", "", "", "7"],
        ["", "", "", "", "", "", "", "", "", "", "Metal", "Gold"],
    )  # fmt: skip
    [(line, band)] = found
    assert (line, band.title, band.price, band.in_stock) == (2, "Twist Band", 120, True)
    assert (band.tags, band.options) == (["Gold", "Stackable"], {"Size": ["6", "7"], "Metal": ["Gold"]})


def test_a_german_export_with_a_decimal_comma():
    [(_, ring)] = read(GERMAN, ["__export__.product_template_30_bbbb", "Verlobungsring", "VR-1", "1.250,00", "Alle / Ringe", "'- Gelbgold -", "True", "True"])
    assert (ring.title, ring.price, ring.kinds, ring.description) == ("Verlobungsring", 1250, ["Ringe"], "- Gelbgold -")  # Odoo's "'" off


def test_a_variant_export_is_grouped_by_its_template_with_its_variant_values():
    found = read(
        VARIANTS,
        ["__export__.product_product_40_a", "Halo Ring", "Halo Ring", "HR-52", "990.00", "Size: 52, Metal: White Gold", "True", "All / Rings"],
        ["__export__.product_product_41_b", "Halo Ring", "Halo Ring", "HR-54", "1010,50", "Size: 54,5, Metal: White Gold", "True", "All / Rings"],
        ["__export__.product_product_42_c", "Halo Ring", "Halo Ring", "HR-56", "1020.00", "Size: 56, Metal: Rose Gold", "False", "All / Rings"],
        ["__export__.product_product_43_d", "Old Cuff", "Old Cuff", "OC", "50.00", "", "False", "All / Bracelets"],
    )  # fmt: skip
    (_, halo), (_, cuff) = found
    assert (halo.id, [variant.sku for variant in halo.variants]) == ("Halo Ring", ["HR-52", "HR-54"])  # the archived variant left out
    assert [(variant.price, variant.options) for variant in halo.variants] == [
        (990, {"Size": "52", "Metal": "White Gold"}), (1010.5, {"Size": "54,5", "Metal": "White Gold"})]  # fmt: skip
    assert halo.options == {"Size": ["52", "54,5"], "Metal": ["White Gold"]}
    assert cuff.skipped == "archived"


def test_template_variants_as_sub_rows():
    columns = ["id", "name", "list_price", "categ_id", "product_variant_ids/default_code", "product_variant_ids/product_template_variant_value_ids"]
    [(_, ring)] = read(columns, ["__export__.product_template_50_x", "Band", "300", "All / Rings", "B-6", "Size: 6"], ["", "", "", "", "B-7", "Size: 7"])
    assert [(variant.sku, variant.price, variant.options) for variant in ring.variants] == [("B-6", 300, {"Size": "6"}), ("B-7", 300, {"Size": "7"})]


def test_odoos_relative_image_address_is_joined_only_with_the_shops_url():
    columns = ["name", "list_price", "default_code", "image_1920", "website_url"]
    row = ["Moon Studs", "40", "MS", "/web/image/product.template/7/image_1920", "/shop/moon-studs-7"]
    [(_, alone)] = read(columns, row)
    [(_, joined)] = read(columns, row, shop_url="https://jewels.example.com/")
    assert (alone.images, alone.url) == ([], "")
    assert alone.refused_images[0].startswith("image_1920 refused: '/web/image/product.template/7/image_1920' is an address on the shop's site")
    assert (joined.images, joined.url) == (["https://jewels.example.com/web/image/product.template/7/image_1920"], "https://jewels.example.com/shop/moon-studs-7")


def test_a_row_continuing_no_record_and_a_bad_flag_are_refused_at_their_lines():
    found = read(
        ["name", "list_price", "default_code", "active", "attribute_line_ids/value_ids"],
        ["", "", "", "", "Gold"],
        ["Star Charm", "20", "SC", "maybe", ""],
        ["Moon Charm", "22", "MC", "True", ""],
    )  # fmt: skip
    assert [(line, entry.reason if isinstance(entry, RowError) else entry.title) for line, entry in found] == [
        (2, "the row fills no column of its own and follows no product (line 2)"),
        (3, "active: 'maybe' is not True or False (line 3)"),
        (4, "Moon Charm"),
    ]  # fmt: skip


def test_the_websites_categories_come_before_the_internal_one():
    columns = ["name", "list_price", "categ_id", "public_categ_ids"]
    [(_, studs)] = read(columns, ["Moon Studs", "40", "All / Saleable", "Jewellery / Earrings,Gifts"])
    assert (studs.kinds, studs.broader_kinds) == (["Earrings", "Gifts", "Saleable"], ["Jewellery"])
    assert detect_format({"name", "list price", "categ id", "public categ ids"}) == "odoo"


def test_the_templates_database_id_is_the_name_its_photos_go_by():
    """Odoo serves a template's photo at /web/image/product.template/<id>/...: the id is in the external id an
    export invents ("__export__.product_template_<id>_<hex>"), else at the end of its website address."""
    [(_, template)] = read(["id", "name", "list_price", "default_code"], ["__export__.product_template_12_ab34cd", "Solitaire", "1250", "SR-1"])
    variant_rows = [["__export__.product_product_40_a", "Halo Ring", "__export__.product_template_8_0f1e2d3c", "HR-52", "990", "Size: 52", "True", "All / Rings"]]
    [(_, halo)] = read(VARIANTS, *variant_rows)
    addressed = ["name", "list_price", "default_code", "website_url"]
    [(_, moon)] = read(addressed, ["Moon Studs", "40", "MS", "/shop/moon-studs-7#attr=3,5"])
    [(_, named)] = read(["id", "name", "list_price"], ["jewels_module.product_moon", "Moon Studs", "40"])
    [(_, product_id)] = read(["id", "name", "list_price"], ["__export__.product_product_41_b", "Sun Studs", "40"])
    assert (template.photo_names, halo.photo_names, moon.photo_names) == (["12"], ["8"], ["7"])
    assert (named.photo_names, product_id.photo_names) == ([], [])  # a module's id and a variant's hold no template's number
