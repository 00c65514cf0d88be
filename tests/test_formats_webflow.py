"""Webflow Ecommerce's product export (retrieval/webflow.py), read by retrieval/catalog.py: detected
from its header and no other export taken for it; the rows sharing a Product Handle one item with its
ring sizes and metals and its prices from-to; prices with their currency sign or code read, a plain
one in the shop's currency; archived, draft, unpublished, digital and unpriced products skipped, not
refused; a bad row at its line and the rest kept; HTML in a description read as text; photos from
https:// URLs only. The fixtures are written from Webflow's help and others' readers of the file
(see the module's docstring), never from a shop's file."""

import csv
import io

import pytest

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.rows import CatalogError, column_key
from retrieval.webflow import products

COLUMNS = [
    "Product ID", "Variant ID", "Product Handle", "Product Name", "Product Type", "Product Description", "Product Categories",
    "Main Variant Image", "More Variant Images", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
    "Variant Sku", "Variant Price", "Variant Compare-at Price", "Variant Inventory", "Requires Shipping", "Archived", "Draft",
]  # fmt: skip
CDN = "https://cdn.prod.website-files.com/64f0/"


def rows(*records: dict[str, str]) -> str:
    """The export's text: its header, then each record's cells under it (blank where it has none)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([COLUMNS, *([record.get(name, "") for name in COLUMNS] for record in records)])
    return out.getvalue()


def row(handle: str, name: str, sku: str, price: str, **cells: str) -> dict[str, str]:
    return {"Product Handle": handle, "Product Name": name, "Variant Sku": sku, "Variant Price": price, "Product Type": "Advanced",
            "Requires Shipping": "true", "Archived": "false", "Draft": "false", **cells}  # fmt: skip


def ring(size: str, metal: str) -> dict[str, str]:
    return {"Option1 Name": "Ring Size", "Option1 Value": size, "Option2 Name": "Metal", "Option2 Value": metal}


def catalog() -> str:
    """A solitaire in two sizes and two metals (one size sold out), with its photos (one http:// refused);
    a pearl drop with a compare-at price and stock not said; an archived bangle, a draft brooch, a digital
    ring-sizer guide, a charm with no price, and a chain whose price is not one."""
    return rows(
        row("solitaire-ring", "Solitaire Ring", "SR-6-YG", "$1,250.00", **{"Product ID": "64f0a1", "Variant ID": "64f0b1"},
            **{"Product Description": "<p>A <strong>0.5 ct</strong> diamond in 18k gold.</p><ul><li>Made to order</li></ul>",
               "Product Categories": "Rings; Engagement", "Main Variant Image": f"{CDN}solitaire-yg.jpg",
               "More Variant Images": f"{CDN}solitaire-side.jpg;http://example.com/solitaire-box.jpg", "Variant Inventory": "3"},
            **ring("6", "Yellow Gold")),
        row("solitaire-ring", "Solitaire Ring", "SR-7-WG", "$1,300.00", **{"Product ID": "64f0a1", "Variant ID": "64f0b2",
            "Main Variant Image": f"{CDN}solitaire-wg.jpg", "Variant Inventory": "0"}, **ring("7", "White Gold")),
        row("pearl-drop", "Pearl Drop Earrings", "PD", "85.00", **{"Variant Compare-at Price": "110.00", "Product Categories": "Earrings",
            "Product Description": "Freshwater pearls on silver hooks."}),
        row("old-bangle", "Old Bangle", "OB", "60.00", Archived="true"),
        row("bee-brooch", "Bee Brooch", "BB", "45.00", Draft="true"),
        row("sizer", "Ring Sizer Guide", "RSG", "5.00", **{"Product Type": "Digital"}),
        row("charm", "Star Charm", "SC", ""),
        row("silver-chain", "Silver Chain", "CH", "ask us"),
        row("", "", "XX", "10.00"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "webflow-products.csv", catalog()), currency="USD")


def test_the_header_is_detected_and_no_other_export_is_taken_for_it():
    webflow = {column_key(name) for name in COLUMNS}
    minimal = {column_key(name) for name in ("Product Handle", "Product Name", "Variant Price", "Main Variant Image")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant SKU", "Variant Price", "Option1 Value")}
    ecwid = {"type", "product name", "product sku", "product price"}
    bigcommerce = {"item type", "product name", "price", "product code/sku"}
    assert [detect_format(keys) for keys in (webflow, minimal, shopify, ecwid, bigcommerce)] == ["webflow", "webflow", "shopify", "ecwid", "bigcommerce"]
    assert detect_format({"product handle", "product name", "variant price"}) != "webflow"  # none of its own columns


def test_rows_sharing_a_handle_are_one_item_with_its_ring_sizes_metals_and_price_range(loaded):
    assert loaded.format == "webflow"
    assert [item.id for item in loaded.items] == ["64f0a1", "pearl-drop"]
    solitaire = loaded.items[0]
    assert (solitaire.title, solitaire.handle, solitaire.currency) == ("Solitaire Ring", "solitaire-ring", "USD")
    assert solitaire.options == {"Ring Size": ["6", "7"], "Metal": ["Yellow Gold", "White Gold"]}
    assert [(v.id, v.sku, v.options, v.price, v.in_stock) for v in solitaire.variants] == [
        ("64f0b1", "SR-6-YG", {"Ring Size": "6", "Metal": "Yellow Gold"}, 1250.0, True),
        ("64f0b2", "SR-7-WG", {"Ring Size": "7", "Metal": "White Gold"}, 1300.0, False),
    ]  # fmt: skip
    assert (solitaire.price, solitaire.price_max, solitaire.category) == (1250.0, 1300.0, "engagement ring")  # its categories: "Rings; Engagement"


def test_a_compare_at_price_and_stock_not_said(loaded):
    pearl = loaded.items[1]
    assert (pearl.price, pearl.compare_at_price, pearl.in_stock, pearl.category) == (85.0, 110.0, True, "earrings")


def test_html_in_a_description_is_text(loaded):
    solitaire, pearl = loaded.items
    assert solitaire.description == "A 0.5 ct diamond in 18k gold.\nMade to order"
    assert pearl.description == "Freshwater pearls on silver hooks."


def test_photos_are_every_rows_images_once_and_https_only(loaded):
    solitaire = loaded.items[0]
    assert (solitaire.image, solitaire.images) == (f"{CDN}solitaire-yg.jpg", [f"{CDN}solitaire-side.jpg", f"{CDN}solitaire-wg.jpg"])
    assert loaded.photo_notes == [
        "line 2 (64f0a1): More Variant Images refused: only https:// photo URLs are read from a Webflow export, not "
        "'http://example.com/solitaire-box.jpg'; the listing's next photo is its photo"]  # fmt: skip
    assert not loaded.photo_refusals


def test_products_not_for_sale_are_skipped_and_bad_rows_are_reported_at_their_lines(loaded):
    assert sorted((skipped.id, skipped.reason) for skipped in loaded.skipped) == [
        ("bee-brooch", "draft"), ("charm", "price on request"), ("old-bangle", "archived"), ("sizer", "digital"),
    ]  # fmt: skip
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (9, "Variant Price: 'ask us' is not a price (line 9)"),
        (10, "Product Handle and Product Name: the row has neither, so it belongs to no product (line 10)"),
    ]  # fmt: skip


@pytest.mark.parametrize("cell, price, currency", [("$1,250.00", 1250.0, "USD"), ("1250.00 USD", 1250.0, "USD"), ("€1.250,00", 1250.0, "EUR"),
                                                   ("1250", 1250.0, "EUR"), ("£40.50", 40.5, "GBP")])  # fmt: skip
def test_a_currency_in_the_price_cell_is_read_and_a_plain_price_is_the_shops(tmp_path, cell, price, currency):
    text = rows(row("moon-studs", "Moon Studs", "MS", cell, **{"Product Categories": "Earrings"}))
    loaded = load_catalog(write(tmp_path / "webflow-products.csv", text), currency="EUR")
    assert [(item.price, item.currency) for item in loaded.items] == [(price, currency)]


@pytest.mark.parametrize("cell", ["ask us", "-5.00", "TBA"])
def test_what_is_no_price_is_refused(cell):
    record = {"product handle": "ring", "product name": "Ring", "variant price": cell}
    (_, error), = products(iter([(2, record)]))
    assert error.reason == f"Variant Price: {cell!r} is not a price (line 2)"


def test_a_variant_without_a_price_is_not_sold_and_a_product_priced_0_is_a_price_on_request(tmp_path):
    text = rows(
        row("twist", "Twist Band", "TB-6", "120.00", **ring("6", "Silver")),
        row("twist", "Twist Band", "TB-7", "", **ring("7", "Gold")),
        row("twist", "Twist Band", "TB-8", "$0.00", **ring("8", "Platinum")),
        row("commission", "Bespoke Commission", "BC", "$0.00"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "webflow-products.csv", text), currency="USD")
    assert [(item.id, item.price, item.options) for item in loaded.items] == [("twist", 120.0, {"Ring Size": ["6"], "Metal": ["Silver"]})]
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [("commission", "price on request")]
    assert not loaded.errors


def test_cells_that_are_no_count_or_flag_are_refused_at_their_lines_and_the_rest_kept(tmp_path):
    text = rows(
        row("sun", "Sun Earrings", "SE-1", "35.00", **{"Variant Inventory": "lots"}, **ring("S", "Silver")),
        row("sun", "Sun Earrings", "SE-2", "38.00", **{"Variant Inventory": "unlimited"}, **ring("L", "Silver")),
        row("sun", "Sun Earrings", "SE-3", "40.00", Draft="perhaps", **ring("XL", "Silver")),
        row("star", "Star Studs", "ST", "20.00", Archived="maybe"),
        row("", "Jade Bead Bracelet", "JB", "45.50"),
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "webflow-products.csv", text), currency="USD")
    assert [(item.id, [v.sku for v in item.variants], item.in_stock) for item in loaded.items] == [
        ("sun", ["SE-2"], True), ("jade-bead-bracelet", ["JB"], True)]  # fmt: skip  # no handle: its name's slug
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "Variant Inventory: 'lots' is not a number (line 2)"),
        (4, "Draft: 'perhaps' is not true or false (line 4)"),  # that row alone: the product's other rows are read
        (5, "Archived: 'maybe' is not true or false (line 5)"),
    ]  # fmt: skip


def test_an_unpublished_product_is_skipped_where_the_export_says_so():
    record = {"product handle": "opal", "product name": "Opal Ring", "variant price": "210", "published": "false", "option1 value": "7"}
    (_, product), = products(iter([(2, record)]))
    assert product.skipped == "unpublished"


def test_a_file_that_is_not_a_catalog_names_webflow_in_its_error(tmp_path):
    with pytest.raises(CatalogError, match="Webflow's product export"):
        load_catalog(write(tmp_path / "other.csv", "Artikel,Bezeichnung\nA1,Ring\n"), currency="EUR")


# --- the real ingest: a bad row's line said, the rest ingested, products not for sale skipped ---


@pytest.mark.e2e
def test_a_webflow_export_through_facet_ingest(tmp_path):
    from standin_facet import messages, run

    text = rows(
        row("gold-hoops", "Gold Hoops", "GH-S", "$250.00", **{"Product Categories": "Earrings"}, **ring("Small", "Yellow Gold")),
        row("gold-hoops", "Gold Hoops", "GH-L", "$300.00", **{"Product Categories": "Earrings"}, **ring("Large", "Yellow Gold")),
        row("silver-chain", "Silver Chain", "SC", "ask us"),
        row("old-bangle", "Old Bangle", "OB", "60.00", Archived="true"),
    )  # fmt: skip
    export = write(tmp_path / "webflow-products.csv", text)
    result = run(tmp_path / "data", "ingest", export, "--currency", "USD", settings=("image_tuning.enabled=false",))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("read 3 / ingested 1 / updated 0 / unchanged 0 / rejected 1 /")
    said = messages(result.stderr)
    assert any("line 4" in line and "'ask us' is not a price" in line for line in said), said


def test_a_shops_own_rich_text_field_is_read_as_more_of_the_description(tmp_path):
    """Webflow exports a custom product field as a column under its own name: a rich-text "Details"
    holding the metal and stone is description text; a custom URL, number or yes / no is not."""
    columns = [*COLUMNS, "Details", "Care Guide Link", "Stone Weight", "Gift Wrap", "Variant Weight"]
    out = io.StringIO()
    record = row("lotus", "Lotus Pendant", "LP", "LKR 145,000.00", **{
        "Product Description": "Handcrafted in Colombo.", "Details": "<p>22 karat gold.</p><p>Set with a blue sapphire.</p>",
        "Care Guide Link": "https://example.com/care", "Stone Weight": "1.2", "Gift Wrap": "true", "Variant Weight": "4.5"})
    csv.writer(out, lineterminator="\r\n").writerows([columns, [record.get(name, "") for name in columns]])
    loaded = load_catalog(write(tmp_path / "webflow-products.csv", out.getvalue()), currency="LKR")
    (item,) = loaded.items
    assert item.description == "Handcrafted in Colombo.\n22 karat gold.\nSet with a blue sapphire."
    assert (item.price, item.currency) == (145000.0, "LKR")
