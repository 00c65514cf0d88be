"""Shopware 6's product export (retrieval/shopware.py, profile "Default product"), read by
retrieval/catalog.py and ingested by the real `facet ingest`: a ";"-separated file (or "^", ",")
detected from its header (any case or spacing), one item per parent product with its variant rows
(parent_id, wherever they stand) as variants: a variant's blank cells are its parent's, prices
from-to, stock 0 out of stock but kept, active 0 not for sale (a product skipped, a variant
dropped); price_gross what a shopper pays (price_net with tax_rate added when gross is blank, said
in the report); a list price column above the price as the compare-at price; description HTML to
text; only https cover photos; category and option ids never taken for names (said in the report),
option ids named by the "Default properties" export beside the file; bad rows at their line and
the rest kept; a file of bad rows refused, and the CLI exiting non-zero."""

import csv
import io

import pytest

from benchmarks.heldout_shops import rewritten_export, shop_export
from https_cdn import write
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.formats import detect_format
from retrieval.product import Product
from retrieval.rows import column_key, csv_records
from retrieval.shopware import read
from standin_facet import messages, run

# The default profile's columns, in order (ProductMappingProfile.php in shopware/shopware).
COLUMNS = [
    "id", "parent_id", "product_number", "active", "stock", "name", "description", "price_net", "price_gross",
    "purchase_prices_net", "purchase_prices_gross", "tax_id", "tax_rate", "tax_name", "cover_media_id", "cover_media_url",
    "cover_media_title", "cover_media_alt", "manufacturer_id", "manufacturer_name", "categories", "sales_channel",
    "propertyIds", "optionIds",
]  # fmt: skip
CDN = "https://shop.example/media/"
TAX = {"tax_id": "b6e8c9f8a3a54a2c8d1c7d5e4f3a2b10", "tax_rate": "19", "tax_name": "19%"}
CATEGORY_IDS = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6|0f1e2d3c4b5a69788796a5b4c3d2e1f0"
SIZE_52, SIZE_54, SIZE_56, YELLOW, ROSE, GOLD_585 = (f"{digit * 31}{tail}" for digit, tail in (("1", "a"), ("2", "b"), ("3", "c"), ("4", "d"), ("5", "e"), ("6", "f")))


def uid(number: int) -> str:
    return f"{number:032x}"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS, delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(number: int, product_number: str, name: str, gross: str, **cells: str) -> dict[str, str]:
    net = f"{float(gross) / 1.19:.2f}" if gross.replace(".", "").isdigit() else ""
    return {"id": uid(number), "product_number": product_number, "active": "1", "stock": "5", "name": name, "price_net": net,
            "price_gross": gross, **TAX, "categories": CATEGORY_IDS, "sales_channel": uid(999), **cells}  # fmt: skip


def variant(number: int, parent: int, product_number: str, options: str, **cells: str) -> dict[str, str]:
    """A variant row as Shopware writes it: its own id, number, stock and options; the rest blank (inherited)."""
    return {"id": uid(number), "parent_id": uid(parent), "product_number": product_number, "stock": "2", "optionIds": options, **cells}


def catalog(ring_photo: str = f"{CDN}ring.jpg") -> str:
    """A ring in four variants (one row before its parent, one out of stock, one inactive, one priced
    and photographed on its own), a pendant, inactive studs, a bracelet out of stock, a chain whose
    price is not one, a bangle whose photo is http://, a variant of no product, and a ring priced net only."""
    return rows(
        variant(11, 10, "SW-RING.52", f"{SIZE_52}|{YELLOW}"),
        product(10, "SW-RING", "Solitaire Ring", "1000", manufacturer_name="Aurum", cover_media_url=ring_photo,
                description="<p>A round <b>diamond</b> on a 14K gold band.</p>", propertyIds=f"{GOLD_585}|{SIZE_52}|{SIZE_54}|{SIZE_56}"),
        variant(12, 10, "SW-RING.54", f"{SIZE_54}|{YELLOW}", stock="0", price_gross="1100", price_net="924.37"),
        variant(13, 10, "SW-RING.56", f"{SIZE_56}|{YELLOW}", active="0", price_gross="1200"),
        variant(14, 10, "SW-RING.R52", f"{SIZE_52}|{ROSE}", price_gross="1050.5", cover_media_url=f"{CDN}ring-rose.jpg"),
        product(20, "SW-MOON", "Moon Pendant", "450", description="A crescent moon in sterling silver.", cover_media_url=f"{CDN}moon.jpg"),
        product(30, "SW-STUD", "Pearl Studs", "320", active="0"),
        product(40, "SW-BRAC", "Pearl Bracelet", "280", stock="0"),
        product(50, "SW-CHAIN", "Star Chain", "auf Anfrage"),
        product(60, "SW-BANGLE", "Gold Bangle", "800", cover_media_url="http://shop.example/media/bangle.jpg"),
        variant(71, 70, "SW-LOST.1", SIZE_52, price_gross="100"),
        product(80, "SW-SILVER", "Silver Ring", "", price_net="100"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "export.csv", catalog()), currency="EUR")


def test_one_item_per_parent_product_with_its_variants_and_a_price_range(loaded):
    assert loaded.format == "shopware"
    assert [item.id for item in loaded.items] == ["SW-RING", "SW-MOON", "SW-BRAC", "SW-BANGLE", "SW-SILVER"]
    ring = loaded.items[0]
    assert [v.sku for v in ring.variants] == ["SW-RING.52", "SW-RING.54", "SW-RING.R52"]  # the inactive one dropped
    assert [v.price for v in ring.variants] == [1000.0, 1100.0, 1050.5]  # a blank price is the parent's
    assert (ring.price, ring.price_max, ring.vendor, ring.currency) == (1000.0, 1100.0, "Aurum", "EUR")
    assert [v.in_stock for v in ring.variants] == [True, False, True]


def test_a_variants_blank_photo_is_its_parents_and_its_own_photo_is_kept(loaded):
    ring = loaded.items[0]
    assert ring.image == f"{CDN}ring.jpg"
    assert [v.image for v in ring.variants][-1] == f"{CDN}ring-rose.jpg"


def test_description_html_is_text_and_gross_is_the_price(loaded):
    ring, moon = loaded.items[:2]
    assert ring.description == "A round diamond on a 14K gold band."
    assert (moon.price, moon.in_stock, moon.image) == (450.0, True, f"{CDN}moon.jpg")


def test_inactive_is_skipped_and_stock_0_is_out_of_stock_but_kept(loaded):
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("SW-STUD", "inactive")]
    bracelet = next(item for item in loaded.items if item.id == "SW-BRAC")
    assert bracelet.in_stock is False


def test_a_bad_price_and_a_variant_of_no_product_are_reported_at_their_line(loaded):
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (10, "price_gross: 'auf Anfrage' is not a price (line 10)"),
        (12, f"parent_id: {uid(70)!r} is no product row's id in the file"),
    ]


def test_only_https_photos_are_taken(loaded):
    bangle = next(item for item in loaded.items if item.id == "SW-BANGLE")
    assert bangle.image == ""
    assert loaded.photo_refusals["SW-BANGLE"].startswith("cover_media_url refused: only https:// photo URLs are read from a Shopware export")


def test_net_only_prices_get_the_tax_rate_and_the_report_says_what_the_file_cannot(loaded):
    silver = next(item for item in loaded.items if item.id == "SW-SILVER")
    assert silver.price == 119.0
    said = " ".join(loaded.notes)
    assert "1 price had no price_gross" in said
    assert "categories are Shopware ids" in said and "3 variants name their options by Shopware id only" in said
    assert "1 product name their properties by Shopware id only" in said


def test_unnamed_options_are_left_unnamed_not_invented(loaded):
    ring = loaded.items[0]
    assert all(v.options == {} for v in ring.variants) and ring.options == {}


def test_the_properties_export_beside_the_file_names_the_options(tmp_path):
    properties = rows(
        *({"id": option, "name": name, "group_id": uid(group), "group_name": group_name}
          for option, name, group, group_name in ((SIZE_52, "52", 1, "Size"), (SIZE_54, "54", 1, "Size"), (SIZE_56, "56", 1, "Size"),
                                                  (YELLOW, "Yellow gold", 2, "Metal colour"), (ROSE, "Rose gold", 2, "Metal colour"),
                                                  (GOLD_585, "585 gold", 3, "Material"))),
        columns=["id", "color_hex_code", "name", "position", "group_id", "group_display_type", "group_name"],
    )  # fmt: skip
    write(tmp_path / "properties.csv", properties)
    loaded = load_catalog(write(tmp_path / "export.csv", catalog()), currency="EUR")
    ring = loaded.items[0]
    assert [v.options for v in ring.variants] == [
        {"Size": "52", "Metal colour": "Yellow gold"}, {"Size": "54", "Metal colour": "Yellow gold"}, {"Size": "52", "Metal colour": "Rose gold"}]  # fmt: skip
    # the variants' options; of the ring's properties, Material (one value), not Size (several: its variants say them)
    assert ring.options == {"Material": ["585 gold"], "Size": ["52", "54"], "Metal colour": ["Yellow gold", "Rose gold"]}
    assert any("names read from properties.csv" in note for note in loaded.notes)


def test_option_names_written_as_group_and_value_and_a_parent_named_by_its_number_are_read(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "500", propertyIds="Material: 925 silver"),
                variant(2, 1, "A-1.52", "Size: 52", parent_id="A-1"), variant(3, 1, "A-1.54", "Size: 54"))  # fmt: skip
    item = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items[0]
    assert ([v.options for v in item.variants], item.options) == (
        [{"Size": "52"}, {"Size": "54"}], {"Material": ["925 silver"], "Size": ["52", "54"]})  # fmt: skip


def categories_export() -> str:
    """Shopware's "Default category" export: the navigation root, Jewellery, and Rings under it."""
    root, jewellery, rings, other = CATEGORY_IDS.split("|")[0], uid(501), CATEGORY_IDS.split("|")[1], uid(502)
    return rows(
        {"id": root, "active": "1", "type": "page", "visible": "1", "name": "Home"},
        {"id": jewellery, "parent_id": root, "active": "1", "type": "page", "visible": "1", "name": "Jewellery"},
        {"id": rings, "parent_id": jewellery, "active": "1", "type": "page", "visible": "1", "name": "Rings"},
        {"id": other, "parent_id": root, "active": "1", "type": "page", "visible": "1", "name": "Sale"},
        columns=["id", "parent_id", "active", "type", "visible", "name", "external_link", "description", "media_url"],
    )  # fmt: skip


def test_the_category_export_beside_the_file_names_the_categories(tmp_path):
    write(tmp_path / "categories.csv", categories_export())
    export = write(tmp_path / "export.csv", catalog())
    notes = []
    found = [entry for _, entry in read(export, csv_records(export, 100_000, ";"), 100_000, notes) if isinstance(entry, Product)]
    assert (found[0].kinds, found[0].broader_kinds) == (["Rings"], ["Jewellery"])  # the navigation root "Home" left out
    assert not any("categories are Shopware ids" in note for note in notes)
    assert any("names read from categories.csv" in note for note in notes)
    loaded = load_catalog(export, currency="EUR")
    assert loaded.items[0].category.endswith("ring")


def test_a_folder_of_shopwares_exports_is_read_as_one_catalog_after_the_benchmarks_rewriting(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    write(shop / "product.csv", rows(product(1, "A-1", "Opal Piece", "120", categories=CATEGORY_IDS.split("|")[1],
                                             cover_media_url=f"{CDN}opal.jpg")))  # fmt: skip
    write(shop / "category.csv", categories_export())
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    folder = rewritten_export(shop_export(shop), CDN, "https://127.0.0.1:9/", tmp_path / "work")
    loaded = load_catalog(folder, currency="EUR")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.category, item.image) == ("shopware", "A-1", "ring", "https://127.0.0.1:9/opal.jpg")


def test_a_list_price_above_the_price_is_the_compare_at_price(tmp_path):
    columns = [*COLUMNS, "list_price_gross"]
    text = rows(product(1, "A-1", "Opal Ring", "500", list_price_gross="650"), product(2, "A-2", "Onyx Ring", "300", list_price_gross="300"),
                columns=columns)  # fmt: skip
    items = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items
    assert [(item.price, item.compare_at_price) for item in items] == [(500.0, 650.0), (300.0, None)]


def test_a_variants_own_active_1_keeps_it_under_an_inactive_parent(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "500", active="0"), variant(2, 1, "A-1.1", "Size: 52", active="1"), variant(3, 1, "A-1.2", "Size: 54"))
    item = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items[0]
    assert [v.sku for v in item.variants] == ["A-1.1"]


def test_a_value_written_without_its_group_is_kept_as_written(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "500"), variant(2, 1, "A-1.1", "52|Gold"), variant(3, 1, "A-1.2", "54|Gold"))
    item = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items[0]
    assert [v.options for v in item.variants] == [{"Option": "52", "Option 2": "Gold"}, {"Option": "54", "Option 2": "Gold"}]


def test_every_variant_inactive_skips_the_product(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "500"), variant(2, 1, "A-1.1", SIZE_52, active="0"), product(3, "A-2", "Onyx Ring", "300"))
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert ([item.id for item in loaded.items], [(s.id, s.reason) for s in loaded.skipped]) == (["A-2"], [("A-1", "inactive")])


@pytest.mark.parametrize("delimiter", [";", "^", ","])
def test_the_separators_the_administration_offers_are_read(tmp_path, delimiter):
    text = rows(product(1, "A-1", "Garnet Ring", "120", description="Garnet, 585 gold; a ring"), delimiter=delimiter)
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.price, item.description) == ("shopware", "A-1", 120.0, "Garnet, 585 gold; a ring")


def test_the_header_is_matched_without_regard_to_case_or_spacing(tmp_path):
    header = ["ID", "Parent_ID", "Product Number", "ACTIVE", "Stock", "Name", "Price_Gross"]
    text = rows({"ID": uid(1), "Product Number": "G-1", "ACTIVE": "1", "Stock": "1", "Name": "Garnet Ring", "Price_Gross": "120,50"},
                columns=header)  # fmt: skip
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.gemstone, item.category, item.price) == ("shopware", "G-1", "garnet", "ring", 120.5)


def test_category_paths_are_read_as_the_shops_kind_labels_never_ids(tmp_path):
    text = rows(product(1, "A-1", "Opal Piece", "120", category_paths="Jewellery>Rings|Sale"), columns=[*COLUMNS, "category_paths"])
    item = load_catalog(write(tmp_path / "export.csv", text), currency="EUR").items[0]
    assert item.category == "ring"


def test_other_exports_are_not_taken_for_shopware_nor_shopware_for_them():
    shopware = {column_key(name) for name in COLUMNS}
    magento = {column_key(name) for name in ("sku", "store_view_code", "attribute_set_code", "product_type", "name", "price")}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price")}
    shoptet = {column_key(name) for name in ("code", "pairCode", "name", "priceVat", "categoryText")}
    facet = {"id", "title", "description", "price", "category", "url"}
    kinds = [detect_format(keys) for keys in (shopware, magento, woocommerce, shopify, shoptet, facet)]
    assert kinds == ["shopware", "magento", "woocommerce", "shopify", "shoptet", "facet"]


def test_a_file_whose_every_row_is_rejected_is_refused(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "frei"), product(2, "A-2", "", "100"))
    with pytest.raises(NoValidRowsError) as refused:
        load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert [error.line for error in refused.value.errors] == [2, 3]


def test_a_shopware_file_survives_the_benchmarks_rewriting(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    raw = catalog().encode("utf-8")
    (shop / "export.csv").write_bytes(raw)
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    local = rewritten_export(shop_export(shop), CDN, "https://127.0.0.1:9/", tmp_path / "work")
    assert local.read_bytes() == raw.replace(CDN.encode(), b"https://127.0.0.1:9/")
    ring = load_catalog(local, currency="EUR").items[0]
    assert (ring.id, ring.image, ring.variants[-1].image) == ("SW-RING", "https://127.0.0.1:9/ring.jpg", "https://127.0.0.1:9/ring-rose.jpg")


# --- the real ingest -------------------------------------------------------------------------------


def test_facet_ingest_of_a_file_whose_every_row_is_rejected_exits_non_zero(tmp_path):
    path = write(tmp_path / "export.csv", rows(product(1, "A-1", "Opal Ring", "frei")))
    result = run(tmp_path / "data", "ingest", path, "--currency", "EUR")
    assert result.returncode != 0
    assert any("line 2" in line and "is not a price" in line for line in messages(result.stderr))


def test_a_product_priced_0_asks_to_be_asked_and_is_skipped_not_rejected(tmp_path):
    text = rows(product(1, "A-1", "Opal Ring", "0", description="<p>Price on request</p>"), product(2, "A-2", "Onyx Ring", "300"),
                product(3, "A-3", "Jade Ring", "0"), variant(4, 3, "A-3.1", "Size: 52"), variant(5, 3, "A-3.2", "Size: 54", price_gross="0"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "export.csv", text), currency="EUR")
    assert [item.id for item in loaded.items] == ["A-2"] and loaded.errors == []
    assert [skipped.reason for skipped in loaded.skipped] == ["price on request", "price on request"]
