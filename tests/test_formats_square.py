"""Square's item library export (retrieval/square.py), read by retrieval/catalog.py: detected from its
header; the rows sharing an Item Name one item with its option values and its prices from-to; an
Online Sale Price below the price paid; quantities per location ("Current Quantity <location>")
added up over the locations the variation is on; archived, hidden, unavailable, not sellable and
variably priced items skipped, not refused; a bad row at its line and the rest kept; categories as
paths; HTML in a description read as text; photos found by the item's name or a SKU."""

import csv
import io
from pathlib import Path

import pytest
from PIL import Image

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.config import ImagesConfig
from retrieval.formats import detect_format
from retrieval.photos_by_name import photos_by_name
from retrieval.rows import CatalogError, column_key
from retrieval.square import products

# The header as a Square CSV writer of August 2025 lists it, with two locations (and a tax column).
COLUMNS = [
    "Token", "Item Name", "Variation Name", "SKU", "Description", "Categories", "Reporting Category", "SEO Title", "SEO Description",
    "Permalink", "GTIN", "Square Online Item Visibility", "Item Type", "Weight (kg)", "Social Media Link Title",
    "Social Media Link Description", "Shipping Enabled", "Self-serve Ordering Enabled", "Delivery Enabled", "Pickup Enabled", "Price",
    "Online Sale Price", "Archived", "Sellable", "Contains Alcohol", "Stockable", "Skip Detail Screen in POS", "Option Name 1",
    "Option Value 1", "Option Name 2", "Option Value 2", "Enabled Dublin Shop", "Current Quantity Dublin Shop", "New Quantity Dublin Shop",
    "Stock Alert Enabled Dublin Shop", "Stock Alert Count Dublin Shop", "Price Dublin Shop", "Enabled Cork Market", "Current Quantity Cork Market",
    "New Quantity Cork Market", "Stock Alert Enabled Cork Market", "Stock Alert Count Cork Market", "Tax - VAT (23%)",
]  # fmt: skip
# An older export's header: Category, no visibility, one location.
OLDER = ["Token", "Item Name", "Variation Name", "SKU", "Description", "Category", "Price", "Option Name 1", "Option Value 1",
         "Current Quantity Main Street", "New Quantity Main Street", "Stock Alert Enabled Main Street", "Stock Alert Count Main Street"]  # fmt: skip
ON_SALE = {"Square Online Item Visibility": "visible", "Item Type": "Physical good", "Archived": "N", "Sellable": "Y", "Stockable": "Y",
           "Enabled Dublin Shop": "Y", "Enabled Cork Market": "Y"}  # fmt: skip


def rows(*records: dict[str, str], columns: list[str] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def row(token: str, name: str, variation: str = "Regular", **cells: str) -> dict[str, str]:
    return {**ON_SALE, "Token": token, "Item Name": name, "Variation Name": variation, **{key.replace("_", " "): value for key, value in cells.items()}}


def catalog() -> str:
    """A ring in two sizes (size 7 on sale online, its stock only at a location it is off at), pearl
    studs with one variation and no counted stock, a chain in two lengths named only by their
    variation names, a hidden pendant, an archived bangle, a variably priced locket, a brooch whose
    price is not one, an unavailable charm, a not sellable anklet and an engraving service."""
    return rows(
        row("TOKRG6", "Rose Gold Ring", "Size 6", SKU="RG-6", Description="<p>A <strong>rose gold</strong> band.</p>",
            Categories="Jewellery > Rings, New In", **{"Reporting Category": "Rings", "Price": "€1,250.00", "Option Name 1": "Size",
            "Option Value 1": "6", "Current Quantity Dublin Shop": "2", "Current Quantity Cork Market": "0"}),
        row("TOKRG7", "Rose Gold Ring", "Size 7", SKU="RG-7", Categories="Jewellery > Rings", **{"Price": "1300.00", "Online Sale Price": "1200.00",
            "Option Name 1": "Size", "Option Value 1": "7", "Current Quantity Dublin Shop": "0", "Enabled Cork Market": "N",
            "Current Quantity Cork Market": "4"}),
        row("TOKPS", "Pearl Studs", SKU="PS-1", Description="Freshwater pearls on sterling silver.", Categories="Earrings (T2B3ROTJ3HFGVBO22QLOOJDE)", Price="80"),
        row("TOKSCS", "Silver Chain", "45 cm", SKU="SC-45", Categories="Chains", Price="40", **{"Current Quantity Dublin Shop": "3"}),
        row("TOKSCL", "Silver Chain", "50 cm", SKU="SC-50", Categories="Chains", Price="45", **{"Current Quantity Dublin Shop": "0"}),
        row("TOKHP", "Heart Pendant", SKU="HP", Categories="Pendants", Price="50", **{"Square Online Item Visibility": "hidden"}),
        row("TOKOB", "Old Bangle", SKU="OB", Categories="Bangles", Price="60", Archived="Y"),
        row("TOKCL", "Custom Locket", SKU="CL", Categories="Lockets", Price="variable"),
        row("TOKBB", "Bee Brooch", SKU="BB", Categories="Brooches", Price="ask us"),
        row("TOKSC", "Star Charm", SKU="ST", Categories="Charms", Price="20", **{"Square Online Item Visibility": "unavailable"}),
        row("TOKAN", "Anklet", SKU="AN", Categories="Anklets", Price="30", Sellable="N"),
        row("TOKEN", "Engraving", SKU="EN", Price="15", **{"Item Type": "Service"}),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "catalog-2026-12-06.csv", catalog()), currency="EUR")


def test_the_header_is_detected_and_no_other_export_is_taken_for_it():
    square, older = ({column_key(name) for name in names} for names in (COLUMNS, OLDER))
    facet = {"id", "title", "description", "price", "category", "sku"}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant SKU", "Variant Price")}
    assert [detect_format(keys) for keys in (square, older, facet, shopify)] == ["square", "square", "facet", "shopify"]
    assert detect_format({"item name", "price", "sku"}) != "square"  # no variation name: not Square's


def test_rows_sharing_an_item_name_are_one_item_with_its_options_and_price_range(loaded):
    assert loaded.format == "square" and loaded.rows_read == 10
    assert [item.id for item in loaded.items] == ["TOKRG6", "TOKPS", "TOKSCS"]
    ring = loaded.items[0]
    assert (ring.title, ring.handle, ring.currency, ring.options) == ("Rose Gold Ring", "rose-gold-ring", "EUR", {"Size": ["6", "7"]})
    assert [(v.id, v.sku, v.options, v.price, v.compare_at_price) for v in ring.variants] == [
        ("TOKRG6", "RG-6", {"Size": "6"}, 1250.0, None), ("TOKRG7", "RG-7", {"Size": "7"}, 1200.0, 1300.0)]  # fmt: skip
    assert (ring.price, ring.price_max) == (1200.0, 1250.0)


def test_variations_without_option_values_are_told_apart_by_their_names(loaded):
    chain = loaded.items[2]
    assert chain.options == {"Variation": ["45 cm", "50 cm"]}
    assert [(v.sku, v.price) for v in chain.variants] == [("SC-45", 40.0), ("SC-50", 45.0)]


def test_one_regular_variation_is_the_items_price_and_keeps_its_sku(loaded):
    studs = loaded.items[1]
    assert (studs.price, studs.price_max, studs.options, studs.in_stock) == (80.0, None, {}, True)  # no quantity counted: for sale
    assert [(v.sku, v.options) for v in studs.variants] == [("PS-1", {})]


def test_quantities_add_up_over_the_locations_a_variation_is_on(loaded):
    ring, _, chain = loaded.items
    assert [v.in_stock for v in ring.variants] == [True, False]  # size 7's 4 are at Cork, where it is turned off
    assert [v.in_stock for v in chain.variants] == [True, False]


def test_description_html_is_text_and_categories_are_paths_without_their_tokens(loaded):
    ring, studs, _ = loaded.items
    assert ring.description == "A rose gold band."
    assert studs.description == "Freshwater pearls on sterling silver." and studs.category == "earrings"
    assert ring.category == "ring"


def test_a_category_paths_last_part_without_its_token_is_the_shops_kind_label(tmp_path):
    text = rows(row("T1", "Aurora", SKU="AU", Price="90", Categories="Jewellery > Rings (T2B3ROTJ3HFGVBO22QLOOJDE), New In"))  # the name names no kind
    item = load_catalog(write(tmp_path / "items.csv", text), currency="EUR").items[0]
    assert (item.category, item.provenance["category"].source, item.provenance["category"].evidence) == ("ring", "type", "Rings")


def test_items_not_for_sale_are_skipped_and_a_bad_row_is_reported_at_its_line(loaded):
    assert sorted((skipped.id, skipped.reason) for skipped in loaded.skipped) == [
        ("TOKAN", "not sellable"), ("TOKCL", "price on request"), ("TOKEN", "service"), ("TOKHP", "hidden"),
        ("TOKOB", "archived"), ("TOKSC", "unavailable"),
    ]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [(10, "Price: 'ask us' is not a price (line 10)")]


def test_a_variably_priced_variation_is_left_out_and_the_others_kept(tmp_path):
    text = rows(
        row("T1", "Signet Ring", "Silver", SKU="SR-S", Price="95.00"),
        row("T2", "Signet Ring", "Gold", SKU="SR-G", Price=""),
        row("T3", "Name Necklace", "Custom", SKU="NN", Price="Variable"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "items.csv", text), currency="USD")
    assert [(item.id, item.price, [v.sku for v in item.variants]) for item in loaded.items] == [("T1", 95.0, ["SR-S"])]
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("T3", "price on request")] and not loaded.errors


def test_an_item_turned_off_at_every_location_is_not_for_sale_and_a_new_one_without_a_token_is_read(tmp_path):
    text = rows(
        row("T1", "Jet Cameo", SKU="JC", Price="120", **{"Enabled Dublin Shop": "N", "Enabled Cork Market": "N"}),
        row("", "Amber Drops", SKU="AD", Price="75", **{"Enabled Dublin Shop": "N", "Current Quantity Cork Market": "1"}),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "items.csv", text), currency="EUR")
    assert [(item.id, item.handle, item.price, item.in_stock) for item in loaded.items] == [("amber-drops", "amber-drops", 75.0, True)]
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("T1", "turned off at every location")]

def test_an_older_export_with_category_and_one_location(tmp_path):
    text = rows(
        {"Token": "A1", "Item Name": "Opal Ring", "Variation Name": "Regular", "SKU": "OR", "Category": "Rings", "Price": "$210.00",
         "Current Quantity Main Street": "0"},
        {"Token": "B1", "Item Name": "Jade Bead Bracelet", "Variation Name": "Regular", "SKU": "JB", "Category": "Bracelets",
         "Price": "1,045.50", "Current Quantity Main Street": "-1"},
        columns=OLDER,
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "items.csv", text), currency="USD")
    assert [(item.id, item.price, item.in_stock, item.category) for item in loaded.items] == [
        ("A1", 210.0, False, "ring"), ("B1", 1045.5, False, "bracelet")]  # fmt: skip  # oversold: out of stock


def test_a_row_naming_no_item_and_a_quantity_that_is_no_number_are_refused_at_their_lines(tmp_path):
    text = rows(
        row("T1", "Moon Earrings", SKU="ME", Price="35"),
        row("T2", "", "Regular", SKU="XX", Price="10"),
        row("T3", "Sun Earrings", SKU="SE", Price="35", **{"Current Quantity Dublin Shop": "lots"}),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "items.csv", text), currency="EUR")
    assert [item.id for item in loaded.items] == ["T1"]
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (3, "Item Name: the row has none, so it belongs to no item (line 3)"),
        (4, "Current Quantity dublin shop: 'lots' is not a number (line 4)"),
    ]  # fmt: skip


@pytest.mark.parametrize("cell, written", [("1250", "1250"), ("1,250.00", "1,250.00"), ("£4,250.00", "£4,250.00"), ("12,50 €", "12,50 €")])
def test_prices_are_passed_on_as_written(cell, written):
    record = {"item name": "Ring", "variation name": "Regular", "token": "T", "price": cell}
    (_, product), = products(iter([(2, record)]))
    assert [variant.price for variant in product.variants] == [written]


@pytest.mark.parametrize("cell", ["ask us", "-5", "1.000.50", "12 3/4", "1,25,0"])
def test_what_is_no_price_is_refused(cell):
    record = {"item name": "Ring", "variation name": "Regular", "token": "T", "price": cell}
    (_, error), = products(iter([(2, record)]))
    assert error.reason == f"Price: {cell!r} is not a price (line 2)"


def test_a_photo_named_after_the_item_or_a_sku_is_found_by_name(tmp_path):
    folder = tmp_path / "shop"
    (folder / "photos").mkdir(parents=True)
    for name in ("Rose Gold Ring.jpg", "Rose Gold Ring 2.jpg", "PS-1.png"):
        Image.new("RGB", (8, 8), (200, 150, 120)).save(folder / "photos" / name)
    loaded = load_catalog(write(folder / "items.csv", catalog()), currency="EUR")
    items, result = photos_by_name(loaded.items, set(loaded.photo_refusals), folder, "the catalog's folder", ImagesConfig())
    found = {item.id: [Path(path).name for path in [item.image, *item.images] if path] for item in items}
    assert found == {"TOKRG6": ["Rose Gold Ring.jpg", "Rose Gold Ring 2.jpg"], "TOKPS": ["PS-1.png"], "TOKSCS": []}
    assert result.named_by["TOKRG6"] == "handle 'rose-gold-ring'" and result.named_by["TOKPS"] == "SKU 'PS-1'"


def test_a_file_that_is_not_a_catalog_names_square_in_its_error(tmp_path):
    with pytest.raises(CatalogError, match="Square's item library export"):
        load_catalog(write(tmp_path / "other.csv", "Artikel,Bezeichnung\nA1,Ring\n"), currency="EUR")


# --- the real ingest: a photo found by the item's name, a bad row's line said, items not for sale skipped ---


@pytest.mark.e2e
def test_a_square_export_through_facet_ingest(tmp_path):
    from standin_facet import messages, run

    folder = tmp_path / "shop"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", (64, 64), (226, 184, 64)).save(folder / "photos" / "Rose Gold Ring.jpg")
    text = rows(
        row("T1", "Rose Gold Ring", "Size 6", SKU="RG-6", Price="1250.00", Categories="Rings", **{"Option Name 1": "Size", "Option Value 1": "6"}),
        row("T2", "Rose Gold Ring", "Size 7", SKU="RG-7", Price="1300.00", **{"Option Name 1": "Size", "Option Value 1": "7"}),
        row("T3", "Bee Brooch", SKU="BB", Price="ask us"),
        row("T4", "Old Bangle", SKU="OB", Price="60", Archived="Y"),
    )  # fmt: skip
    export = write(folder / "catalog.csv", text)
    result = run(tmp_path / "data", "ingest", export, "--currency", "EUR", settings=("image_tuning.enabled=false",))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("read 3 / ingested 1 / updated 0 / unchanged 0 / rejected 1 /")
    said = messages(result.stderr)
    assert any("line 4" in line and "'ask us' is not a price" in line for line in said)
    assert any("1 photo found by name" in line for line in said), said
