"""BigCommerce's Bulk Edit product export (retrieval/bigcommerce.py), read by retrieval/catalog.py and
ingested by the real `facet ingest`: detected from its header (any case, spacing, with or without
the "?"), one item per Product row with its SKU rows as variants (options from "[RB]Size=7,[S]Metal=
Rose Gold", prices changed by the Rule rows that name them, a price range), a sale price under the
compare-at price, HTML as text, category paths as the shop's kind labels, brand and search keywords
as tags, custom fields as the shop's statements, a hidden, a not purchasable and a digital product
skipped, the shop's currency, the thumbnail as the main photo and only https URLs taken (a file on
the store's server, an http:// URL and a path refused with their line), bad rows at their line."""

import csv
import io

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.lexicon import load_lexicon
from retrieval.prices import currency_mismatch
from retrieval.rows import column_key
from standin_facet import messages, run

IMAGES = [f"Product Image {part} - {n}" for n in (1, 2) for part in ("ID", "File", "URL", "Description", "Is Thumbnail", "Sort")]
COLUMNS = [
    "Item Type", "Product ID", "Product Name", "Product Type", "Product Code/SKU", "Bin Picking Number", "Brand Name",
    "Option Set", "Option Set Align", "Product Description", "Price", "Cost Price", "Retail Price", "Sale Price",
    "Fixed Shipping Cost", "Free Shipping", "Product Warranty", "Product Weight", "Allow Purchases?", "Product Visible?",
    "Product Availability", "Track Inventory", "Current Stock Level", "Low Stock Level", "Category", *IMAGES,
    "Search Keywords", "Page Title", "Meta Keywords", "Meta Description", "Product Condition", "Sort Order",
    "Product UPC/EAN", "Stop Processing Rules", "Product URL", "GPS Global Trade Item Number", "Product Custom Fields",
]  # fmt: skip
CDN = "https://cdn11.bigcommerce.com/s-abc123/products/"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS) -> str:
    """The export's text: its header, then each record's cells in their columns (the rest blank)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(product_id: str, name: str, price: str, **cells: str) -> dict[str, str]:
    return {"Item Type": "Product", "Product ID": product_id, "Product Name": name, "Product Type": "P", "Price": price,
            "Sale Price": "0.0000", "Allow Purchases?": "Y", "Product Visible?": "Y", "Track Inventory": "by product",
            **{key.replace("_", " "): value for key, value in cells.items()}}  # fmt: skip


def sku(options: str, code: str, stock: str, **cells: str) -> dict[str, str]:
    return {"Item Type": "  SKU", "Product Name": options, "Product Code/SKU": code, "Current Stock Level": stock, **cells}


def rule(options: str, price: str, **cells: str) -> dict[str, str]:
    return {"Item Type": "  Rule", "Product Name": options, "Price": price, "Allow Purchases?": "Y", "Product Visible?": "Y",
            **{key.replace("_", " "): value for key, value in cells.items()}}  # fmt: skip


def photo(n: int, url: str = "", file: str = "", thumbnail: str = "N", sort: str = "0") -> dict[str, str]:
    return {f"Product Image URL - {n}": url, f"Product Image File - {n}": file, f"Product Image Is Thumbnail - {n}": thumbnail,
            f"Product Image Sort - {n}": sort, f"Product Image ID - {n}": str(n)}  # fmt: skip


def catalog(ring_photos: tuple[str, str] = (CDN + "101/images/7/side.jpg", CDN + "101/images/8/front.jpg"),
            cdn: str = "https://images.example.com/") -> str:  # fmt: skip
    """A ring in two sizes and two metals (its description on two lines, two photos of which the
    second is the thumbnail, rose gold dearer by a rule, one variant taken off sale by a rule), a
    cuff on sale whose first photo is http://, a pendant whose only photo is a file on the store's
    server, a hidden brooch (its price, not one, never read), a necklace that cannot be bought, a
    digital gift guide, a chain whose price is not one, and pearl studs known by their category,
    out of stock, with no photo and custom fields."""
    return rows(
        product("101", "Solitaire Ring", "480.0000", **{"Product Code/SKU": "SR-1", "Brand Name": "Atelier Nord",
                "Product Description": "<p>A classic solitaire &amp; a <b>blue</b> sapphire.</p>\n<p>Made to order.</p>",
                "Track Inventory": "by option", "Current Stock Level": "0", "Category": "Jewellery/Rings;Bridal",
                "Search Keywords": "engagement, solitaire", "Product URL": "/solitaire-ring/",
                "Product Custom Fields": "Metal=Solid 18k gold;Stone=Ceylon sapphire",
                **photo(1, ring_photos[0], "a/101/side__01.jpg", "N", "1"), **photo(2, ring_photos[1], "b/101/front__02.jpg", "Y", "0")}),
        sku("[RB]Ring Size=5,[S]Metal=18k Yellow Gold", "SR-5Y", "3"),
        sku("[RB]Ring Size=6,[S]Metal=18k Yellow Gold", "SR-6Y", "0"),
        sku("[RB]Ring Size=6,[S]Metal=18k Rose Gold", "SR-6R", "2"),
        sku("[RB]Ring Size=7,[S]Metal=18k Rose Gold", "SR-7R", "1"),
        rule("[S]Metal=18k Rose Gold", "[ADD]40"),
        rule("[RB]Ring Size=7,[S]Metal=18k Rose Gold", "", **{"Allow Purchases?": "N"}),
        product("102", "Hammered Cuff", "120.00", **{"Product Code/SKU": "CF-1", "Sale Price": "96.00", "Current Stock Level": "5",
                "Category": "Bracelets", "Product Description": "Hand hammered sterling silver.",
                **photo(1, "http://cdn11.bigcommerce.com/s-abc123/cuff.jpg", sort="0"),
                **photo(2, cdn + "cuff.png", sort="1")}),
        product("103", "Moon Pendant", "60", **{"Product Code/SKU": "MP-1", "Current Stock Level": "2", "Category": "Necklaces/Pendants",
                "Product Description": "A crescent moon in sterling silver.", **photo(1, file="c/103/moon__51.jpg")}),
        product("104", "Old Brooch", "POA", **{"Product Code/SKU": "BR-1", "Product Visible?": "N"}),
        product("105", "Sample Necklace", "300", **{"Product Code/SKU": "SN-1", "Allow Purchases?": "N"}),
        product("106", "Gift Guide", "5", **{"Product Code/SKU": "GG-1", "Product Type": "D"}),
        product("107", "Star Chain", "free", **{"Product Code/SKU": "ST-1", "Current Stock Level": "5"}),
        product("108", "Luna", "60.00", **{"Current Stock Level": "0", "Category": "Earrings;New In",
                "Product Description": "Freshwater pearls.", "Product Custom Fields": "Metal=Sterling Silver;Pearl=Freshwater"}),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "products-2026-12-05.csv", catalog()), currency="EUR")


def test_a_bigcommerce_export_is_one_item_per_product(loaded):
    assert loaded.format == "bigcommerce" and loaded.rows_read == 8
    assert [item.id for item in loaded.items] == ["SR-1", "CF-1", "MP-1", "108"]  # the SKU, else the Product ID
    ring = loaded.items[0]
    # a custom field named like a variant option is a line of the description, the others options
    assert ring.description == "A classic solitaire & a blue sapphire.\nMade to order.\nMetal: Solid 18k gold"
    assert (ring.price, ring.price_max, ring.compare_at_price, ring.currency, ring.in_stock) == (480.0, 520.0, None, "EUR", True)
    assert ring.options == {"Ring Size": ["5", "6"], "Metal": ["18k Yellow Gold", "18k Rose Gold"], "Stone": ["Ceylon sapphire"]}
    assert [(v.sku, v.price, v.in_stock) for v in ring.variants] == [("SR-5Y", 480.0, True), ("SR-6Y", 480.0, False), ("SR-6R", 520.0, True)]
    assert ring.ring_sizes == [5.0, 6.0] and (ring.category, ring.karat, ring.gemstone) == ("ring", 18, "sapphire")
    assert (ring.image, ring.images) == (CDN + "101/images/8/front.jpg", [CDN + "101/images/7/side.jpg"])  # the thumbnail first
    assert ring.handle == "solitaire-ring" and ring.vendor == "Atelier Nord"
    assert {"engagement", "solitaire", "atelier nord"} <= set(ring.tags)


def test_a_sale_price_is_the_price_and_the_price_before_it_the_compare_at_price(loaded):
    cuff = loaded.items[1]
    assert (cuff.price, cuff.compare_at_price, cuff.in_stock) == (96.0, 120.0, True)


def test_the_words_the_categories_and_the_custom_fields_say_what_a_piece_is(loaded):
    cuff, pendant, studs = loaded.items[1:]
    assert (cuff.category, cuff.metal, pendant.category, pendant.metal) == ("bangle", "sterling silver", "pendant", "sterling silver")
    assert (studs.category, studs.provenance["category"].source) == ("earrings", "type")  # its category: "Earrings"
    assert studs.options == {"Metal": ["Sterling Silver"], "Pearl": ["Freshwater"]}  # the shop's own statements
    assert (studs.metal, studs.gemstone, studs.in_stock) == ("sterling silver", "pearl", False)


def test_the_file_names_no_currency_so_the_shop_setting_applies_and_its_scale_is_checked(loaded):
    assert {item.currency for item in loaded.items} == {"EUR"}
    assert loaded.currency_from_setting == {item.id for item in loaded.items}
    prices = [item.price for item in loaded.items if item.id in loaded.currency_from_setting]
    assert "--currency" in currency_mismatch(prices, "JPY", load_lexicon().currencies)  # what the ingest warns with


def test_hidden_not_purchasable_and_digital_products_are_skipped_and_a_bad_price_reported_at_its_line(loaded):
    # the ring's description takes two lines and its SKU and Rule rows six more: the cuff is on line 10
    assert [(skipped.line, skipped.id, skipped.reason) for skipped in loaded.skipped] == [
        (12, "BR-1", "hidden"), (13, "SN-1", "not purchasable"), (14, "GG-1", "digital")]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(15, "Price: 'free' is not a price (line 15)")]


def test_only_https_photo_urls_are_taken(loaded):
    cuff, pendant, studs = loaded.items[1:]
    assert cuff.image == "https://images.example.com/cuff.png"  # the http:// URL is refused: the next one is its photo
    assert loaded.photo_notes == [
        "line 10 (CF-1): Product Image URL - 1 refused: only https:// photo URLs are read from a BigCommerce export, not "
        "'http://cdn11.bigcommerce.com/s-abc123/cuff.jpg'; the listing's next photo is its photo"
    ]
    assert pendant.image == "" and loaded.photo_refusals == {
        "MP-1": "Product Image File - 1 refused: only https:// photo URLs are read from a BigCommerce export, not 'c/103/moon__51.jpg'"}  # fmt: skip
    assert studs.image == "" and "108" not in loaded.photo_refusals  # no photo given: nothing refused


def test_the_header_is_matched_without_regard_to_case_spacing_or_question_marks(tmp_path):
    header = "item type,PRODUCT NAME,Product  Code/SKU,price,Allow Purchases,product visible,Category,Product Image URL - 1\n"
    row = f"Product,Garnet Ring,GR-1,120,Y,Y,Rings,{CDN}9/images/1/garnet.jpg\n"
    item = load_catalog(write(tmp_path / "products.csv", header + row), currency="GBP").items[0]
    assert (item.id, item.image, item.currency, item.gemstone, item.category, item.in_stock) == ("GR-1", CDN + "9/images/1/garnet.jpg", "GBP", "garnet", "ring", True)


def test_other_exports_are_not_taken_for_bigcommerce():
    bigcommerce = {column_key(name) for name in COLUMNS}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    facet = {"id", "title", "description", "price", "sku"}
    assert (detect_format(bigcommerce), detect_format(woocommerce), detect_format(facet)) == ("bigcommerce", "woocommerce", "facet")


def test_rules_change_prices_in_order_by_sku_or_options_until_one_stops_them(tmp_path):
    text = rows(
        product("201", "Tennis Bracelet", "1000", **{"Product Code/SKU": "TB-1", "Sale Price": "900", "Track Inventory": "none"}),
        sku("[RT]Length=7 in,[CS]Metal=White Gold:#e8e8e8", "TB-7W", "4"),
        sku("[RT]Length=7 in,[CS]Metal=Yellow Gold:#e5c76b", "TB-7Y", "4"),
        sku("[RT]Length=8 in,[CS]Metal=Yellow Gold:#e5c76b", "TB-8Y", "4"),
        rule('[RT]Length=8 in,Length=9 in', "[ADD]100"),
        rule("", "[FIXED]1500", **{"Product Code/SKU": "TB-7W", "Stop Processing Rules": "Y"}),
        rule("[CS]Metal=White Gold:#e8e8e8", "[REMOVE]50"),  # after a rule that stops them: not applied to TB-7W
    )
    item = load_catalog(write(tmp_path / "products.csv", text), currency="USD").items[0]
    assert [(v.sku, v.options["Metal"], v.price, v.compare_at_price, v.in_stock) for v in item.variants] == [
        ("TB-7W", "White Gold", 1500.0, None, True), ("TB-7Y", "Yellow Gold", 900.0, 1000.0, True),
        ("TB-8Y", "Yellow Gold", 1000.0, 1100.0, True)]  # inventory not tracked: for sale  # fmt: skip
    assert (item.price, item.price_max, item.compare_at_price, item.options["Length"]) == (900.0, 1500.0, 1000.0, ["7 in", "8 in"])


def test_bad_rows_are_rejected_at_their_line_and_the_rest_kept(tmp_path):
    text = rows(
        sku("[RB]Size=6", "X-6", "1"),  # a SKU row before any Product row
        product("301", "Band", "20", **{"Product Code/SKU": "B-1", "Track Inventory": "by option"}),
        sku("[RB]Size=6", "B-6", "many"),
        product("302", "Hoops", "30", **{"Product Code/SKU": "H-1"}),
        sku("Small hoops", "H-S", "1"),
        {"Item Type": "Category", "Product Name": "Rings"},
        product("303", "Drops", "30", **{"Product Code/SKU": "D-1"}),
        rule("[RB]Size=6", "[ADD]two"),
        product("304", "", "30"),
        product("305", "Toe Ring", "12", **{"Product Code/SKU": "T-1", "Product Description": "A sterling silver toe ring."}),
    )
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="USD")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "Item Type: a SKU row with no Product row above it"),
        (3, "Current Stock Level: 'many' is not a number (line 4)"),
        (5, "Product Name: 'Small hoops' on line 6 names no option as [RB]Size=7 does"),
        (7, "Item Type: 'Category' is not Product, SKU or Rule"),
        (10, "Product Name: the Product row has no name"),
    ]
    assert [item.id for item in loaded.items] == ["D-1", "T-1"]  # a rule that names no variant of the Drops is not read


def test_a_product_whose_every_variant_a_rule_takes_off_sale_is_out_of_stock(tmp_path):
    text = rows(
        product("401", "Emerald Band", "900", **{"Product Code/SKU": "E-1", "Track Inventory": "by option"}),
        sku("[RB]Size=6", "E-6", "2"),
        rule("[RB]Size=6", "", **{"Product Visible?": "N"}),
    )
    item = load_catalog(write(tmp_path / "products.csv", text), currency="USD").items[0]
    assert (item.price, item.in_stock, item.variants) == (900.0, False, [])


def test_a_hand_made_file_may_give_sku_rows_their_own_prices_photos_and_sale(tmp_path):
    text = rows(
        product("501", "Kundan Jhumka", "250.00", **{"Product Code/SKU": "KJ-1", "Product Type": "Physical", "Track Inventory": "Y",
                "Current Stock Level": "9", "Product Visible?": "yes", "Allow Purchases?": "TRUE"}),
        sku("[RB]Metal=22K Gold", "KJ-G", "2", Price="[FIXED]320", **{"Sale Price": "300", "Product Image File - 1": CDN + "501/gold.jpg"}),
        sku("[RB]Metal=Silver", "KJ-S", "", Price="[REMOVE]50", **{"Product Image File - 1": "http://example.com/silver.jpg"}),
        {"Item Type": "Variant", "Product Name": "[RB]Metal=Brass", "Product Code/SKU": "KJ-B", "Allow Purchases?": "N"},
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="INR")
    item = loaded.items[0]
    assert [(v.sku, v.price, v.compare_at_price, v.in_stock, v.image) for v in item.variants] == [
        ("KJ-G", 300.0, 320.0, True, CDN + "501/gold.jpg"), ("KJ-S", 200.0, None, True, "")]  # the brass one is off sale  # fmt: skip
    assert (item.options, item.karat) == ({"Metal": ["22K Gold", "Silver"]}, 22)
    assert loaded.photo_refusals["KJ-1"].startswith("Product Image File - 1 refused: only https://")


# --- the older Default template: other names, photos and categories merged into one cell ---

DEFAULT = [
    "Product ID", "Product Type", "Code", "Name", "Brand", "Description", "Cost Price", "Retail Price", "Sale Price",
    "Calculated Price", "Fixed Shipping Price", "Free Shipping", "Warranty", "Weight", "Allow Purchases", "Product Visible",
    "Product Availability", "Product Inventoried", "Stock Level", "Low Stock Level", "Date Added", "Date Modified",
    "Category Details", "Images", "Page Title", "META Keywords", "META Description", "Product Condition", "Product URL",
    "Product Custom Fields",
]  # fmt: skip


def test_the_default_template_is_read_in_the_bulk_edit_names(tmp_path):
    ring = {"Product ID": "39", "Product Type": "P", "Code": "GR-39", "Name": "Garnet Halo Ring", "Brand": "Carin",
            "Description": "A garnet halo in 9ct gold.", "Retail Price": "180", "Sale Price": "150", "Calculated Price": "150",
            "Allow Purchases": "Y", "Product Visible": "Y", "Product Inventoried": "Y", "Stock Level": "4",
            "Category Details": "Category Name: Rings, Category Path: Shop/Rings|Category Name: Halo , Category Path: Shop/Rings/Halo",
            "Images": f"Product Image ID: 1, Product Image File: side__1.jpg, Product Image URL: {CDN}39/side.jpg, "
                      f"Product Image Description: Side, left, Product Image Is Thumbnail: 0, Product Image Index: 1|"
                      f"Product Image ID: 2, Product Image File: front__2.jpg, Product Image URL: {CDN}39/front.jpg, "
                      f"Product Image Description: Front, Product Image Is Thumbnail: 1, Product Image Index: 0",
            "Product Custom Fields": 'Stone=Garnet";"Metal=9ct Gold'}  # fmt: skip
    studs = {"Product ID": "40", "Product Type": "P", "Code": "PS-40", "Name": "Pearl Studs", "Calculated Price": "60",
             "Product Visible": "Y", "Product Inventoried": "N", "Stock Level": "0", "Category Details": "Category Name: Earrings, Category Path: Earrings",
             "Images": "Product Image File: studs__3.jpg, Product Image URL: http://www.example.ie/product_images/k/682/studs__3.jpg"}  # fmt: skip
    hidden = {"Product ID": "41", "Code": "HB-41", "Name": "Hidden Bangle", "Calculated Price": "90", "Product Visible": "N"}
    loaded = load_catalog(write(tmp_path / "products.csv", rows(ring, studs, hidden, columns=DEFAULT)), currency="EUR")
    assert loaded.format == "bigcommerce" and [item.id for item in loaded.items] == ["GR-39", "PS-40"]
    ring, studs = loaded.items
    assert (ring.title, ring.vendor, ring.price, ring.in_stock, ring.category, ring.karat, ring.gemstone) == (
        "Garnet Halo Ring", "Carin", 150.0, True, "ring", 9, "garnet")  # fmt: skip
    assert (ring.image, ring.images) == (CDN + "39/front.jpg", [CDN + "39/side.jpg"])  # the thumbnail first
    assert ring.options == {"Stone": ["Garnet"], "Metal": ["9ct Gold"]}  # each field quoted in the export
    assert (studs.category, studs.price, studs.in_stock, studs.image) == ("earrings", 60.0, True, "")  # stock not tracked
    assert loaded.photo_refusals["PS-40"].startswith("Product Image URL - 1 refused: only https://")
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("HB-41", "hidden")]


# --- the modern export (v3 catalogs' Import/Export): Product, Variant and Image rows ---

MODERN = [
    "Item", "ID", "Name", "Type", "SKU", "Options", "Inventory Tracking", "Current Stock", "Low Stock", "Price", "Cost Price",
    "Retail Price", "Sale Price", "Brand ID", "Channels", "Categories", "Description", "Custom Fields", "Page Title",
    "Product URL", "Meta Description", "Search Keywords", "Meta Keywords", "Weight", "Is Visible", "Is Featured",
    "Variant Image URL", "Internal Image URL (Export)", "Image URL (Import)", "Image Description", "Image is Thumbnail",
    "Image Sort Order", "YouTube ID", "Video Title",
]  # fmt: skip


def modern_product(product_id: str, name: str, price: str, **cells: str) -> dict[str, str]:
    return {"Item": "Product", "ID": product_id, "Name": name, "Type": "Physical", "Price": price, "Is Visible": "TRUE",
            "Inventory Tracking": "product", **cells}  # fmt: skip


def modern_image(url: str, thumbnail: str = "FALSE", sort: str = "0", column: str = "Internal Image URL (Export)") -> dict[str, str]:
    return {"Item": "Image", column: url, "Image is Thumbnail": thumbnail, "Image Sort Order": sort}


def modern_catalog() -> str:
    """A ring in two sizes and metals (options written one after another, then with pipes between
    them, a swatch with its colour; the rose gold one dearer by its own price) whose second photo is
    its thumbnail, a cuff on sale whose photo is http://, a hidden brooch, a digital guide, a chain
    whose price is not one and studs with custom fields, a category id and a category name."""
    return rows(
        modern_product("101", "Solitaire Ring", "480.00", SKU="SR-1", **{"Inventory Tracking": "variant", "Categories": "23",
                       "Description": "<p>A <b>blue</b> sapphire solitaire.</p>", "Search Keywords": "engagement, solitaire"}),
        {"Item": "Variant", "SKU": "SR-5Y", "Options": "Type=Rectangle|Name=Ring Size|Value=5Type=Swatch|Name=Metal|Value=18k Yellow Gold[#E5C76B]",
         "Current Stock": "3"},
        {"Item": "Variant", "SKU": "SR-6R", "Options": "Type=Rectangle|Name=Ring Size|Value=6|Type=Swatch|Name=Metal|Value=18k Rose Gold[#B76E79]",
         "Price": "520.00", "Current Stock": "0"},
        modern_image(CDN + "101/images/7/side.jpg", sort="1"),
        modern_image(CDN + "101/images/8/front.jpg", "TRUE", "0"),
        {"Item": "Video", "YouTube ID": "dQw4w9WgXcQ", "Video Title": "The ring"},
        modern_product("102", "Hammered Cuff", "120", SKU="CF-1", **{"Sale Price": "96", "Current Stock": "5",
                       "Description": "Hand hammered sterling silver bangle."}),
        modern_image("http://cdn11.bigcommerce.com/s-abc123/cuff.jpg", "TRUE", column="Image URL (Import)"),
        modern_product("103", "Old Brooch", "POA", SKU="BR-1", **{"Is Visible": "FALSE"}),
        modern_product("104", "Gift Guide", "5", SKU="GG-1", Type="Digital"),
        modern_product("105", "Star Chain", "free", SKU="ST-1"),
        modern_product("106", "Luna", "60", **{"Current Stock": "0", "Categories": "18;Earrings", "Description": "Freshwater pearls.",
                       "Custom Fields": "Metal=Sterling Silver;Pearl=Freshwater"}),
        columns=MODERN,
    )  # fmt: skip


def test_the_modern_export_is_one_item_per_product_with_its_variants_and_image_rows(tmp_path):
    loaded = load_catalog(write(tmp_path / "products.csv", modern_catalog()), currency="EUR")
    assert loaded.format == "bigcommerce" and [item.id for item in loaded.items] == ["SR-1", "CF-1", "106"]
    ring, cuff, studs = loaded.items
    assert ring.options == {"Ring Size": ["5", "6"], "Metal": ["18k Yellow Gold", "18k Rose Gold"]}
    assert [(v.sku, v.price, v.in_stock) for v in ring.variants] == [("SR-5Y", 480.0, True), ("SR-6R", 520.0, False)]
    assert (ring.price, ring.price_max, ring.currency, ring.category, ring.karat, ring.gemstone) == (480.0, 520.0, "EUR", "ring", 18, "sapphire")
    assert (ring.image, ring.images) == (CDN + "101/images/8/front.jpg", [CDN + "101/images/7/side.jpg"])  # the thumbnail first
    assert ring.provenance["category"].source != "type"  # "23" is a category id: no kind label
    assert (cuff.price, cuff.compare_at_price, cuff.image, cuff.category) == (96.0, 120.0, "", "bangle")
    assert loaded.photo_refusals == {"CF-1": "Image URL (Import) (line 9) refused: only https:// photo URLs are read from a "
                                               "BigCommerce export, not 'http://cdn11.bigcommerce.com/s-abc123/cuff.jpg'"}  # fmt: skip
    assert (studs.category, studs.metal, studs.in_stock, studs.options) == (
        "earrings", "sterling silver", False, {"Metal": ["Sterling Silver"], "Pearl": ["Freshwater"]})  # fmt: skip
    assert [(skipped.line, skipped.reason) for skipped in loaded.skipped] == [(10, "hidden"), (11, "digital")]
    assert [(error.line, error.reason) for error in loaded.errors] == [(12, "Price: 'free' is not a price (line 12)")]


def test_the_modern_export_is_not_taken_for_woocommerce_though_it_has_name_type_and_sale_price():
    assert detect_format({column_key(name) for name in MODERN}) == "bigcommerce"


def test_bad_modern_rows_are_rejected_at_their_line(tmp_path):
    text = rows(
        {"Item": "Variant", "SKU": "X-6", "Options": "Type=Rectangle|Name=Size|Value=6"},
        modern_product("301", "Band", "20", SKU="B-1"),
        {"Item": "Variant", "SKU": "B-6", "Options": "Size 6"},
        {"Item": "Modifier", "Name": "Engraving"},
        modern_product("302", "Toe Ring", "12", SKU="T-1", Description="A sterling silver toe ring."),
        columns=MODERN,
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "products.csv", text), currency="USD")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "Item: a Variant row with no Product row above it"),
        (3, "Options: 'Size 6' on line 4 names no option as Type=Rectangle|Name=Size|Value=7 does"),
        (5, "Item: 'Modifier' is not Product, Variant, Image or Video"),
    ]
    assert [item.id for item in loaded.items] == ["T-1"]


# --- the real ingest: photos fetched over https from a local server, cached, refusals reported ---


@pytest.mark.e2e
def test_a_bigcommerce_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.png", (226, 184, 64)), ("ring-side.png", (226, 184, 64)), ("cuff.png", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "products.csv", catalog((f"{base_url}ring-side.png", f"{base_url}ring.png"), base_url))
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 8 / ingested 4 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 3 (not for sale)"
    said = messages(result.stderr)
    assert any("line 10 (CF-1): Product Image URL - 1 refused: only https://" in line and "next photo is its photo" in line for line in said)
    assert any("(MP-1): Product Image File - 1 refused" in line and "indexed by its text only" in line for line in said)
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # the main photos, fetched over https

    again = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 8 / ingested 0 / updated 0 / unchanged 4")
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # cached: nothing fetched again
