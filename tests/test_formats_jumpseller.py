"""Jumpseller's product CSV export (retrieval/jumpseller.py), read by retrieval/formats.py: detected from its
header ("," or ";", the docs' "Lenght" too); a product with its variant rows under its Permalink as one item
with offers; several categories and images; disabled and digital products skipped, not-available ones out of
stock; a bad price reported at its line and the rest kept; HTML descriptions read as text. The fixtures are
written from Jumpseller's import help and public code that reads or writes the file, never from a shop's file."""

import csv
import io
from pathlib import Path

from retrieval.config import CatalogConfig
from retrieval.formats import SQUARESPACE_FORMAT, detect_format, read_products
from retrieval.product import FACET_FORMAT
from retrieval.jumpseller import JUMPSELLER_FORMAT, is_jumpseller
from retrieval.rows import RowError, column_key

HEADER = ["Permalink", "Name", "Description", "Meta Title", "Meta Description", "Width", "Length", "Height", "Brand", "Barcode",
          "Categories", "Images", "Digital", "Featured", "Status", "SKU", "Weight", "Cost per item", "Compare at price", "Stock",
          "Stock Unlimited", "Stock Notification", "Stock Threshold", "Price", "Variant Image", "Variant 1 Option Name",
          "Variant 1 Option Type", "Variant 1 Option Value", "Variant 2 Option Name", "Variant 2 Option Type", "Variant 2 Option Value",
          "Custom Field 1 Label", "Custom Field 1 Value", "Custom Field 1 Type", "Google Product Category"]  # fmt: skip
COLUMNS = len(HEADER)


def row(**cells: str) -> list[str]:
    """A row of HEADER's cells by their names ("variant_1_option_value" for "Variant 1 Option Value")."""
    named = {column_key(key): value for key, value in cells.items()}
    return [named.get(column_key(name), "") for name in HEADER]


CDN = "https://cdn.jumpseller.com/store/zlatarna/images"
ROWS = [
    row(permalink="prstan-zvezda", name="Prstan Zvezda, zlato 14k", description="<p>Prstan z <b>cirkonijem</b> &amp; gravuro</p>",
        brand="Zlatarna Čebelica", categories="Nakit/Prstani, Novosti", images=f"{CDN}/1/prstan.jpg,{CDN}/2/prstan-2.jpg",
        digital="NO", status="available", sku="PZ-14", stock="0", stock_unlimited="NO", price="289.0",
        custom_field_1_label="Material", custom_field_1_value="Zlato 585"),
    row(permalink="prstan-zvezda", sku="PZ-14-52-R", stock="3", stock_unlimited="NO", price="289.0", variant_image=f"{CDN}/3/rumeno.jpg",
        variant_1_option_name="Velikost", variant_1_option_type="option", variant_1_option_value="52",
        variant_2_option_name="Kovina", variant_2_option_type="option", variant_2_option_value="Rumeno zlato"),
    row(permalink="prstan-zvezda", sku="PZ-14-54-B", stock="0", stock_unlimited="NO", price="309,50",
        variant_1_option_name="Velikost", variant_1_option_type="option", variant_1_option_value="54",
        variant_2_option_name="Kovina", variant_2_option_type="option", variant_2_option_value="Belo zlato"),
    row(permalink="aros-nino", name="Aros Niño de plata", description="Aros de plata 925 con circón", categories="aros-de-plata",
        images=f"{CDN}/4/aros.jpg", status="available", sku="AN-1", stock="0", stock_unlimited="YES", price="1.290,50",
        compare_at_price="1590"),
    row(permalink="verizica-stara", name="Verižica Šarm", categories="Verižice", status="disabled", sku="VS", stock="4",
        stock_unlimited="NO", price="99"),
    row(permalink="ogrlica-zarja", name="Ogrlica Žarja", categories="Ogrlice", status="not-available", sku="OZ", stock="5",
        stock_unlimited="NO", price="149.00"),
    row(permalink="pendientes-rotos", name="Pendientes Señora", categories="Pendientes", status="available", sku="PS", stock="1",
        stock_unlimited="NO", price="doce"),
    row(permalink="darilni-bon", name="Darilni bon", digital="YES", status="available", price="50"),
    row(name="Obesek Sonce", categories="Obeski", images="http://insecure.example/sonce.jpg", status="available", price="75", stock="2"),
]  # fmt: skip


def write(tmp_path: Path, rows=ROWS, header=HEADER, delimiter=",", bom=True) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([header, *rows])
    path = tmp_path / "products.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8"))
    return path


def read(path: Path) -> tuple[str, dict]:
    found, entries = read_products(path, CatalogConfig(), {})
    return found, {line: entry for line, entry in entries}


def test_detected_from_its_header_and_not_others():
    keys = {column_key(name) for name in HEADER}
    assert is_jumpseller(keys) and detect_format(keys) == JUMPSELLER_FORMAT
    older = {"permalink", "name", "description", "brand", "categories", "images", "digital", "featured", "status", "sku", "weight",
             "stock", "stock unlimited", "price", "variant 1 option name", "variant 1 option type", "variant 1 option value"}  # fmt: skip
    assert detect_format(older | {"lenght"}) == JUMPSELLER_FORMAT
    assert detect_format({"name", "price", "sku", "description", "images"}) == FACET_FORMAT  # no Permalink: Facet's own
    assert not is_jumpseller({"permalink", "name", "price"})  # none of its own columns
    squarespace = {"title", "price", "visible", "on sale", "product id [non editable]", "stock", "categories", "description"}
    assert detect_format(squarespace) == SQUARESPACE_FORMAT


def test_product_with_variant_rows_is_one_item_with_offers(tmp_path):
    found, entries = read(write(tmp_path))
    assert found == JUMPSELLER_FORMAT
    ring = entries[2]
    assert ring.title == "Prstan Zvezda, zlato 14k" and ring.id == ring.handle == "prstan-zvezda"
    assert ring.description == "Prstan z cirkonijem & gravuro"
    assert ring.vendor == "Zlatarna Čebelica"
    assert ring.kinds == ["Prstani", "Novosti"] and ring.broader_kinds == ["Nakit"]
    assert ring.images == [f"{CDN}/1/prstan.jpg", f"{CDN}/2/prstan-2.jpg"]
    assert [variant.line for variant in ring.variants] == [3, 4]  # the product's own row is no offer: it has no option values
    first, second = ring.variants
    assert first.options == {"Velikost": "52", "Kovina": "Rumeno zlato"} and first.sku == "PZ-14-52-R"
    assert first.price == 289.0 and first.in_stock is True and first.image == f"{CDN}/3/rumeno.jpg"
    assert second.price == 309.5 and second.in_stock is False  # stock 0, not unlimited
    assert ring.options == {"Material": ["Zlato 585"], "Velikost": ["52", "54"], "Kovina": ["Rumeno zlato", "Belo zlato"]}
    assert not ring.skipped


def test_simple_product_prices_stock_and_category_permalinks(tmp_path):
    _, entries = read(write(tmp_path))
    earrings = entries[5]
    assert earrings.title == "Aros Niño de plata" and not earrings.variants
    assert earrings.price == 1290.5 and earrings.compare_at_price == 1590.0
    assert earrings.in_stock is True  # Stock Unlimited YES, whatever Stock says
    assert earrings.kinds == ["aros de plata"]


def test_disabled_skipped_not_available_out_of_stock_digital_skipped(tmp_path):
    _, entries = read(write(tmp_path))
    assert entries[6].skipped == "disabled"
    necklace = entries[7]
    assert not necklace.skipped and necklace.in_stock is False  # listed, out of stock, though Stock says 5
    assert entries[9].skipped == "digital"


def test_bad_price_reported_at_its_line_rest_read(tmp_path):
    _, entries = read(write(tmp_path))
    assert isinstance(entries[8], RowError) and "Price" in entries[8].reason and "line 8" in entries[8].reason
    pendant = entries[10]  # a new product's row: no Permalink, its Name folded as its handle
    assert pendant.handle == "obesek-sonce" and pendant.price == 75.0 and pendant.in_stock is True
    assert pendant.images == [] and "http://insecure.example" in pendant.refused_images[0]


def test_bad_variant_row_costs_only_itself(tmp_path):
    rows = [ROWS[0], ROWS[1], row(permalink="prstan-zvezda", price="abc", variant_1_option_name="Velikost", variant_1_option_value="56")]
    _, entries = read(write(tmp_path, rows))
    assert [variant.line for variant in entries[2].variants] == [3]
    assert isinstance(entries[4], RowError) and "line 4" in entries[4].reason


def test_semicolons_without_bom_and_docs_spelling(tmp_path):
    header = [name if name != "Length" else "Lenght" for name in HEADER]
    found, entries = read(write(tmp_path, ROWS[:3], header, delimiter=";", bom=False))
    assert found == JUMPSELLER_FORMAT
    assert entries[2].title == "Prstan Zvezda, zlato 14k" and len(entries[2].variants) == 2


def test_variant_rows_without_permalink_belong_to_the_product_above(tmp_path):
    rows = [row(name="Uhani Sneženka", status="available", price="40", stock="1"),
            row(price="40", stock="1", variant_1_option_name="Barva", variant_1_option_value="Srebrna"),
            row(price="45", stock="0", variant_1_option_name="Barva", variant_1_option_value="Zlata")]  # fmt: skip
    _, entries = read(write(tmp_path, rows))
    earrings = entries[2]
    assert earrings.handle == "uhani-snezenka"
    assert [variant.options for variant in earrings.variants] == [{"Barva": "Srebrna"}, {"Barva": "Zlata"}]
    assert [variant.in_stock for variant in earrings.variants] == [True, False]


def test_unknown_status_reported(tmp_path):
    _, entries = read(write(tmp_path, [row(permalink="x", name="Broška", status="hidden-ish", price="10")]))
    assert isinstance(entries[2], RowError) and "Status" in entries[2].reason and "line 2" in entries[2].reason


def test_loaded_as_items_in_the_shops_currency(tmp_path):
    from retrieval.catalog import load_catalog

    result = load_catalog(write(tmp_path), currency="EUR")
    assert result.format == JUMPSELLER_FORMAT
    titles = {item.title: item for item in result.items}
    assert {"Prstan Zvezda, zlato 14k", "Aros Niño de plata", "Ogrlica Žarja", "Obesek Sonce"} <= set(titles)
    assert "Verižica Šarm" not in titles and "Darilni bon" not in titles
    assert titles["Ogrlica Žarja"].in_stock is False
    assert [error.line for error in result.errors] == [8]
    assert sorted(skipped.line for skipped in result.skipped) == [6, 9]


def test_quotable_or_priceless_is_a_price_on_request(tmp_path):
    header = [*HEADER, "Quotable"]
    rows = [[*row(permalink="a", name="Anillo a medida", status="available", price="0"), "YES"],
            [*row(permalink="b", name="Collar Luz", status="available"), "NO"],
            [*row(permalink="c", name="Pulsera Sol", status="available", price="25"), "NO"]]  # fmt: skip
    _, entries = read(write(tmp_path, rows, header))
    assert entries[2].skipped == entries[3].skipped == "price on request"
    assert not entries[4].skipped and entries[4].price == 25.0
