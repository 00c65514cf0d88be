"""PrestaShop 1.7 / 8's import files (retrieval/prestashop.py, retrieval/prestashop_files.py), read by
retrieval/catalog.py and ingested by the real `facet ingest`: a products file alone or with its
combinations file (a folder holding both, or the products file with the combinations beside it),
detected by their headers (";" or ",", any case or spacing, UTF-8 or ISO-8859-1); combinations as one
item's options (ring sizes, metal colours) with their price impacts making the price range; features
as the shop's statements; categories as names (paths too) or ids (noted, never invented); the
tax-included price when given; a decimal comma; disabled, hidden, not orderable and price-on-request
products skipped; HTML as text; https photos only; a combination of no product reported with its file
and line; a file whose every row is rejected refused. The benchmarks hand over such a shop as a folder."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from benchmarks.heldout_shops import rewritten_export, shop_export
from https_cdn import Counting, write
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.config import CatalogConfig
from retrieval.formats import detect_format
from retrieval.prestashop import Notes, number, products
from retrieval.prestashop_files import COMBINATIONS, PRODUCTS, sniff
from retrieval.rows import CatalogError, column_key, csv_records
from standin_facet import messages, run

PRODUCT_COLUMNS = [
    "Product ID", "Active (0/1)", "Name *", "Categories (x,y,z...)", "Price tax excluded", "Price tax included", "Tax rules ID",
    "Wholesale price", "On sale (0/1)", "Discount amount", "Discount percent", "Discount from (yyyy-mm-dd)", "Discount to (yyyy-mm-dd)",
    "Reference #", "Supplier reference #", "Manufacturer", "EAN13", "Weight", "Quantity", "Visibility", "Summary", "Description",
    "Tags (x,y,z...)", "Meta title", "URL rewritten", "Available for order (0 = No, 1 = Yes)", "Show price (0 = No, 1 = Yes)",
    "Image URLs (x,y,z...)", "Image alt texts (x,y,z...)", "Delete existing images (0 = No, 1 = Yes)", "Feature(Name:Value:Position)",
    "Condition",
]  # fmt: skip
COMBINATION_COLUMNS = [
    "Product ID*", "Attribute (Name:Type:Position)*", "Value (Value:Position)*", "Supplier reference", "Reference", "EAN13",
    "Wholesale price", "Impact on price", "Quantity", "Minimal quantity", "Impact on weight", "Default (0 = No, 1 = Yes)",
    "Image URLs (x,y,z...)",
]  # fmt: skip
CDN = "https://cdn.example/img/p/"
RING_ATTRIBUTES = "Ring size:select:0, Metal colour:color:1"


def table(records: list[dict[str, str]], columns: list[str], delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(pid: str, name: str, **cells: str) -> dict[str, str]:
    cells = {key.replace("_", " "): value for key, value in cells.items()}
    return {"Product ID": pid, "Active (0/1)": "1", "Name *": name, "Visibility": "both", **cells}


def combination(pid: str, values: str, impact: str = "0", attributes: str = RING_ATTRIBUTES, **cells: str) -> dict[str, str]:
    return {"Product ID*": pid, "Attribute (Name:Type:Position)*": attributes, "Value (Value:Position)*": values, "Impact on price": impact, **cells}


def shop_products() -> list[dict[str, str]]:
    """A ring sold in sizes and metal colours (tax included and excluded both given), a pendant priced
    tax excluded with a decimal comma, in categories named by id, and earrings with an http:// photo."""
    return [
        product("1", "Diamond Ring", **{"Categories (x,y,z...)": "Jewellery/Rings", "Price tax excluded": "1000", "Price tax included": "1200",
                "Reference #": "SR-1", "Manufacturer": "Aurum", "Summary": "<p>A round <b>diamond</b> &amp; a gold band.</p>",
                "Description": "<ul><li>Hand set</li></ul>", "Tags (x,y,z...)": "classic,gift", "URL rewritten": "diamond-ring",
                "Image URLs (x,y,z...)": f"{CDN}1.jpg,{CDN}2.jpg", "Feature(Name:Value:Position)": "Material:18K gold:1,Stone:Diamond:2",
                "Condition": "new"}),
        product("2", "Moon Pendant", **{"Categories (x,y,z...)": "3,12", "Price tax excluded": "45,50", "Quantity": "4",
                "Description": "A crescent moon in sterling silver.", "Image URLs (x,y,z...)": f"{CDN}3.jpg", "Condition": "used"}),
        product("3", "Pearl Studs", **{"Categories (x,y,z...)": "Earrings", "Price tax included": "80.00", "Quantity": "0",
                "Image URLs (x,y,z...)": f"http://cdn.example/img/p/4.jpg,{CDN}5.jpg", "Description": "Freshwater pearls on silver posts."}),
    ]  # fmt: skip


def ring_combinations() -> list[dict[str, str]]:
    return [
        combination("1", "52:0, Yellow gold:1", "0", Reference="SR-52-Y", Quantity="2", **{"Default (0 = No, 1 = Yes)": "1"}),
        combination("1", "54:0, Rose gold:1", "50", Reference="SR-54-R", Quantity="0", **{"Image URLs (x,y,z...)": f"{CDN}rose.jpg"}),
        combination("1", "56:0, White gold:1", "100,00", Reference="SR-56-W", Quantity="1"),
        combination("7", "58:0, Yellow gold:1", "0", Reference="NOPE"),
    ]


def shop_folder(tmp_path: Path, combinations: list[dict[str, str]] | None = None) -> Path:
    folder = tmp_path / "shop"
    folder.mkdir()
    write(folder / "products_import.csv", table(shop_products(), PRODUCT_COLUMNS))
    if combinations is not None:
        write(folder / "combinations_import.csv", table(combinations, COMBINATION_COLUMNS))
    return folder


def by_title(result) -> dict:
    return {item.title: item for item in result.items}


# --- detection ---------------------------------------------------------------------------------


def test_files_are_told_apart_by_their_header_whatever_the_separator_and_spacing(tmp_path):
    semicolons = write(tmp_path / "a.csv", table(shop_products(), PRODUCT_COLUMNS))
    header, rest = table(shop_products(), PRODUCT_COLUMNS, ",").split("\n", 1)
    shouted = header.upper().replace(" ", "  ").replace("PRODUCT  ID", "product_id")  # "NAME  *", "ACTIVE  (0/1)"
    commas = write(tmp_path / "b.csv", f"{shouted}\n{rest}")
    variants = write(tmp_path / "c.csv", table(ring_combinations(), COMBINATION_COLUMNS))
    assert (sniff(semicolons).kind, sniff(semicolons).delimiter) == (PRODUCTS, ";")
    assert sniff(commas).kind == PRODUCTS and sniff(commas).delimiter == ","
    assert sniff(variants).kind == COMBINATIONS
    tilda = write(tmp_path / "tilda.csv", "Tilda UID;Title;Price\n1;Ring;100\n")
    woo = write(tmp_path / "woo.csv", "ID,Type,Name,Regular price\n1,simple,Ring,100\n")
    assert sniff(tilda) is None and sniff(woo) is None
    assert detect_format({column_key(name) for name in ("Name", "Type", "Regular price")}) == "woocommerce"  # unchanged


def test_a_products_file_alone_is_a_catalog(tmp_path):
    result = load_catalog(write(tmp_path / "products.csv", table(shop_products(), PRODUCT_COLUMNS)), currency="EUR")
    assert result.format == "prestashop" and not result.errors
    items = by_title(result)
    assert set(items) == {"Diamond Ring", "Moon Pendant", "Pearl Studs"}
    ring = items["Diamond Ring"]
    assert (ring.id, ring.handle, ring.price, ring.currency, ring.vendor) == ("1", "diamond-ring", 1200.0, "EUR", "Aurum")
    assert not ring.variants and ring.category == "ring"


# --- combinations --------------------------------------------------------------------------------


def test_combinations_are_the_items_options_and_their_impacts_its_price_range(tmp_path):
    result = load_catalog(shop_folder(tmp_path, ring_combinations()), currency="EUR")
    ring = by_title(result)["Diamond Ring"]
    # impacts are tax excluded: 50 and 100 on a 1000 / 1200 product are 60 and 120 a shopper pays
    assert (ring.price, ring.price_max) == (1200.0, 1320.0)
    assert [(variant.sku, variant.options, variant.price, variant.in_stock) for variant in ring.variants] == [
        ("SR-52-Y", {"Ring size": "52", "Metal colour": "Yellow gold"}, 1200.0, True),
        ("SR-54-R", {"Ring size": "54", "Metal colour": "Rose gold"}, 1260.0, False),
        ("SR-56-W", {"Ring size": "56", "Metal colour": "White gold"}, 1320.0, True),
    ]
    assert ring.variants[1].image == f"{CDN}rose.jpg" and ring.in_stock
    assert ring.options["Metal colour"] == ["Yellow gold", "Rose gold", "White gold"]
    assert "combinations read from combinations_import.csv, beside products_import.csv" in result.notes


def test_a_combination_of_no_product_is_reported_with_its_file_and_line_and_the_rest_kept(tmp_path):
    result = load_catalog(shop_folder(tmp_path, ring_combinations()), currency="EUR")
    assert len(result.items) == 3
    [error] = result.errors
    assert (error.line, error.file) == (5, "combinations_import.csv")
    assert "in combinations_import.csv" in error.reason and "Product ID '7'" in error.reason


def test_the_products_file_reads_the_combinations_beside_it_and_the_combinations_file_alone_is_refused(tmp_path):
    folder = shop_folder(tmp_path, ring_combinations())
    from_file = load_catalog(folder / "products_import.csv", currency="EUR")
    assert len(by_title(from_file)["Diamond Ring"].variants) == 3
    with pytest.raises(CatalogError, match="combinations file: ingest its products file, or the folder"):
        load_catalog(folder / "combinations_import.csv")
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    (elsewhere / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="is a folder: Facet reads a folder as a PrestaShop export"):
        load_catalog(elsewhere)


def test_combinations_joined_by_product_reference_and_a_value_with_a_decimal_comma(tmp_path):
    rows = [{"Product Reference": "SR-1", "Attribute (Name:Type:Position)*": "Size:select:0", "Value (Value:Position)*": "16,5:0",
             "Impact on price": "0"}]  # fmt: skip
    folder = shop_folder(tmp_path)
    write(folder / "variants.csv", table(rows, ["Product Reference", "Attribute (Name:Type:Position)*", "Value (Value:Position)*", "Impact on price"]))
    ring = by_title(load_catalog(folder))["Diamond Ring"]
    assert [variant.options for variant in ring.variants] == [{"Size": "16,5"}]


def test_a_combination_whose_values_do_not_match_its_attributes_is_a_row_error(tmp_path):
    bad = [*ring_combinations()[:1], combination("1", "54:0")]
    result = load_catalog(shop_folder(tmp_path, bad))
    [error] = result.errors
    assert (error.line, error.file) == (3, "combinations_import.csv") and "one value for each attribute" in error.reason
    assert len(by_title(result)["Diamond Ring"].variants) == 1


# --- what the cells mean --------------------------------------------------------------------------


def test_features_are_the_shops_statements(tmp_path):
    ring = by_title(load_catalog(shop_folder(tmp_path), currency="EUR"))["Diamond Ring"]
    assert ring.options["Material"] == ["18K gold"] and ring.options["Stone"] == ["Diamond"]
    assert ring.karat == 18 and ring.gemstone == "diamond"


def test_categories_as_names_or_paths_and_ids_noted_not_invented(tmp_path):
    result = load_catalog(shop_folder(tmp_path), currency="EUR")
    items = by_title(result)
    assert items["Diamond Ring"].category == "ring" and items["Pearl Studs"].category in ("stud earrings", "earrings")
    assert items["Moon Pendant"].category == "pendant"  # from its words: its categories are ids
    assert any("categories given as PrestaShop ids (3, 12)" in note for note in result.notes)


def test_the_tax_included_price_is_what_a_shopper_pays_and_a_tax_excluded_one_alone_is_noted(tmp_path):
    result = load_catalog(shop_folder(tmp_path), currency="EUR")
    items = by_title(result)
    assert items["Diamond Ring"].price == 1200.0 and items["Pearl Studs"].price == 80.0
    assert items["Moon Pendant"].price == 45.5  # "45,50": a decimal comma
    assert any("1 product gives only a tax-excluded price" in note for note in result.notes)


def test_a_tax_excluded_price_gets_the_tax_rate_the_shop_states_rounded_to_the_cent(tmp_path):
    rows = [product("50", "Gold Hoops", **{"Price tax excluded": "243.902439", "Tax rules ID": "1"}),
            product("51", "Gold Ring", **{"Price tax excluded": "195.121951", "Tax rules ID": "1"}),
            product("52", "Gift Card", **{"Price tax excluded": "50", "Tax rules ID": "0"}),
            product("53", "Reduced Rate Book", **{"Price tax excluded": "100", "Tax rules ID": "2"})]  # fmt: skip
    combinations = [combination("51", "12:0, Yellow gold:1", "-20.325203"), combination("51", "14:0, Yellow gold:1", "12.195122")]
    folder = tmp_path / "shop"
    folder.mkdir()
    write(folder / "products_import.csv", table(rows, PRODUCT_COLUMNS))
    write(folder / "combinations_import.csv", table(combinations, COMBINATION_COLUMNS))
    result = load_catalog(folder, currency="EUR", limits=CatalogConfig(tax_rate=0.23, tax_rules={"2": 0.06}))
    items = by_title(result)
    assert items["Gold Hoops"].price == 300.0  # 243.902439 x 1.23, as the shop shows it
    assert (items["Gold Ring"].price, items["Gold Ring"].price_max) == (215.0, 255.0)  # impacts are tax excluded too
    assert items["Gift Card"].price == 50.0  # Tax rules ID 0: PrestaShop's "no tax"
    assert items["Reduced Rate Book"].price == 106.0  # its own rule's rate wins
    assert any("2 products priced tax excluded: shown with 23 % tax added" in note for note in result.notes)
    assert not any(note.startswith("WARNING") for note in result.notes)


def test_a_tax_excluded_price_with_no_rate_stated_is_shown_as_it_is_with_a_warning(tmp_path):
    rows = [product("60", "Gold Hoops", **{"Price tax excluded": "243.902439", "Tax rules ID": "1"})]
    folder = tmp_path / "shop"
    folder.mkdir()
    write(folder / "products_import.csv", table(rows, PRODUCT_COLUMNS))
    result = load_catalog(folder, currency="EUR")
    assert by_title(result)["Gold Hoops"].price == 243.9
    warning = next(note for note in result.notes if note.startswith("WARNING"))
    assert "Tax rules ID: 1" in warning and "catalog.tax_rate" in warning


def test_tax_rules_are_set_as_pairs_and_must_be_shares():
    assert CatalogConfig(tax_rules="1=0.23, 2=0.06").tax_rules == {"1": 0.23, "2": 0.06}
    with pytest.raises(ValueError, match="no rate"):
        CatalogConfig(tax_rules={"1": 23})
    with pytest.raises(ValueError, match="pairs"):
        CatalogConfig(tax_rules="23 %")


def test_numbers_with_a_decimal_comma_or_grouping():
    assert [number(cell, "Price", 2) for cell in ("1250", "1250,50", "1.250,50", "1,250.50", "1 250,50")] == [1250, 1250.5, 1250.5, 1250.5, 1250.5]
    with pytest.raises(ValueError, match="is not a number"):
        number("call us", "Price", 2)


def test_a_discount_within_its_dates_is_the_price_and_the_price_before_it_the_compare_at(tmp_path):
    rows = [product("9", "Gold Hoops", **{"Price tax included": "200", "Discount percent": "25", "Discount from (yyyy-mm-dd)": "2026-01-01",
                                          "Discount to (yyyy-mm-dd)": "2026-12-31"}),
            product("10", "Gold Cuff", **{"Price tax included": "300", "Discount amount": "50", "Discount to (yyyy-mm-dd)": "2020-01-01"})]  # fmt: skip
    path = write(tmp_path / "p.csv", table(rows, PRODUCT_COLUMNS))
    read = dict(products(csv_records(path, 100_000, ";"), [], Notes(), today=date(2026, 6, 1)))
    assert (read[2].price, read[2].compare_at_price) == (150.0, 200.0)
    assert (read[3].price, read[3].compare_at_price) == (300.0, None)  # its discount has ended


def test_products_not_for_sale_are_skipped_with_their_reason(tmp_path):
    rows = [product("20", "Disabled Ring", **{"Active (0/1)": "0", "Price tax included": "10"}),
            product("21", "Hidden Ring", Visibility="none", **{"Price tax included": "10"}),
            product("22", "Showroom Ring", **{"Available for order (0 = No, 1 = Yes)": "0", "Price tax included": "10"}),
            product("23", "Ask Ring", **{"Available for order (0 = No, 1 = Yes)": "0", "Show price (0 = No, 1 = Yes)": "0", "Price tax included": "10"}),
            product("24", "Catalog Ring", Visibility="catalog", **{"Price tax included": "10"})]  # fmt: skip
    result = load_catalog(write(tmp_path / "p.csv", table(rows, PRODUCT_COLUMNS)))
    assert {skipped.title: skipped.reason for skipped in result.skipped} == {
        "Disabled Ring": "disabled", "Hidden Ring": "hidden (visibility none)", "Showroom Ring": "not available for order", "Ask Ring": "price on request",
    }  # fmt: skip
    assert [item.title for item in result.items] == ["Catalog Ring"]


def test_html_is_read_as_text_and_condition_and_tags_kept(tmp_path):
    items = by_title(load_catalog(shop_folder(tmp_path)))
    ring = items["Diamond Ring"]
    assert ring.description.startswith("A round diamond & a gold band.\nHand set") and "<" not in ring.description
    assert {"classic", "gift"} <= set(ring.tags) and "used" in items["Moon Pendant"].tags


def test_only_https_photos_are_taken(tmp_path):
    result = load_catalog(shop_folder(tmp_path))
    studs = by_title(result)["Pearl Studs"]
    assert studs.image == f"{CDN}5.jpg"
    assert any("Image URLs refused: only https://" in note for note in result.photo_notes)


def test_an_iso_8859_1_file_is_read(tmp_path):
    rows = [product("30", "Bague Cœur", **{"Price tax included": "89,90", "Description": "Bague en or 18 carats, gravée à la main.",
                                           "Categories (x,y,z...)": "Bagues"})]  # fmt: skip
    text = table(rows, PRODUCT_COLUMNS).replace("Cœur", "Coeur")  # œ is not ISO-8859-1
    path = tmp_path / "latin.csv"
    path.write_bytes(text.encode("latin-1"))
    [item] = load_catalog(path).items
    assert item.description == "Bague en or 18 carats, gravée à la main." and item.price == 89.9


def test_a_file_whose_every_row_is_rejected_is_refused(tmp_path):
    rows = [product("40", "No Price"), product("41", "", **{"Price tax included": "10"})]
    with pytest.raises(NoValidRowsError) as refused:
        load_catalog(write(tmp_path / "p.csv", table(rows, PRODUCT_COLUMNS)))
    assert [error.line for error in refused.value.errors] == [2, 3]


# --- the benchmarks hand over a shop of several files ------------------------------------------


def test_the_benchmarks_rewrite_photo_urls_in_each_file_of_a_shop_folder(tmp_path):
    shop = shop_folder(tmp_path, ring_combinations())
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    latin = shop / "combinations_import.csv"
    latin.write_bytes(latin.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8").replace("Yellow gold", "Or jaune é").encode("latin-1"))
    exports = shop_export(shop)
    assert [path.name for path in exports] == ["combinations_import.csv", "products_import.csv"]
    out = tmp_path / "work"
    local = rewritten_export(exports, CDN, "https://127.0.0.1:9/", out)
    assert local.is_dir() and sorted(path.name for path in local.iterdir()) == ["combinations_import.csv", "products_import.csv"]
    assert CDN not in (local / "products_import.csv").read_text(encoding="utf-8-sig")
    assert "https://127.0.0.1:9/rose.jpg" in (local / "combinations_import.csv").read_bytes().decode("latin-1")
    assert "Or jaune é" in (local / "combinations_import.csv").read_bytes().decode("latin-1")
    ring = by_title(load_catalog(local))["Diamond Ring"]
    assert ring.variants[1].image == "https://127.0.0.1:9/rose.jpg"
    single = rewritten_export(exports[1:], CDN, "https://127.0.0.1:9/", tmp_path / "one")
    assert single == tmp_path / "one" / "products_import.csv"


# --- the real ingest -----------------------------------------------------------------------------


def test_facet_ingest_of_a_file_whose_every_row_is_rejected_exits_non_zero(tmp_path):
    path = write(tmp_path / "p.csv", table([product("40", "No Price")], PRODUCT_COLUMNS))
    result = run(tmp_path / "data", "ingest", path)
    assert result.returncode != 0
    assert any("line 2" in line and "no price" in line for line in messages(result.stderr))


@pytest.mark.e2e
def test_a_prestashop_folder_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("1.jpg", (226, 184, 64)), ("3.jpg", (205, 207, 212)), ("5.jpg", (240, 240, 235))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    shop = shop_folder(tmp_path, ring_combinations())
    for path in shop.iterdir():
        path.write_text(path.read_text(encoding="utf-8-sig").replace(CDN, base_url), encoding="utf-8")
    result = run(tmp_path / "data", "ingest", shop, "--currency", "EUR", settings=("images.allow_private_hosts=true", "image_tuning.enabled=false"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("read 4 / ingested 3")
    said = messages(result.stderr)
    assert any(line.startswith(f"{shop / 'combinations_import.csv'}:line 5:") for line in said), said
    assert any("combinations read from combinations_import.csv" in line for line in said)
    assert "/1.jpg" in Counting.served
