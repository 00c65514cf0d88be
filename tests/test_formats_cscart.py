"""CS-Cart's product export (retrieval/cscart.py, retrieval/cscart_cells.py), read by retrieval/formats.py:
detected from its header (";", "," or a tab); a product's rows per language one item, its title in the shop's
language; options as offers priced by their modifiers; features as the shop's statements; disabled and
hidden products skipped; a missing or malformed price reported at its line while the rest is read; HTML
descriptions read as text; photos found by path or file name, a path leaving the folder refused; variation
groups as one item. The fixtures are written from CS-Cart's public export schema, never from a shop's file."""

import csv
import io
from pathlib import Path

from retrieval import cscart_cells
from retrieval.config import CatalogConfig
from retrieval.cscart import CSCART_FORMAT, is_cscart
from retrieval.formats import detect_format, read_products
from retrieval.product import Product
from retrieval.rows import RowError, column_key

HEADER = ["Product code", "Language", "Product id", "Category", "Secondary categories", "List price", "Price", "Status",
          "Quantity", "Product name", "Description", "Short description", "Search words", "Options", "Features",
          "Thumbnail", "Detailed image", "Image URL"]  # fmt: skip
RING_OPTIONS = "Suurus: S[16,17///modifier=5.000///modifier_type=A,18///modifier=10///modifier_type=P]///required=Y; Graveering: I"
RING_FEATURES = "(Omadused) Metall: S[Kuld]; Proov: N[585]; Kivid: M[Teemant///Safiir]; Nikkelvaba: C[Y]; Kingitus: C[N]"
ROWS = [
    ["R-100", "et", "100", "Ehted///Sõrmused", "'Kingid; uued///Sõrmused'", "150.00", "120.00", "A", "4",
     "Kuldsõrmus „Päike”", "<p>Käsitsi valmistatud <b>kuldsõrmus</b> õ ä ö ü š ž</p>", "Väike ja ilus", "sõrmus, kuld",
     RING_OPTIONS, RING_FEATURES, "exim/backup/images/product/sun_ring_thumb.jpg",
     "exim/backup/images/product/sun_ring.jpg#{[et]:Kuldsõrmus;}", "https://shop.example/images/sun_ring.jpg"],
    ["R-100", "ru", "100", "Украшения///Кольца", "", "150.00", "120.00", "A", "4",
     "Золотое кольцо «Солнце»", "<p>Кольцо ручной работы</p>", "", "кольцо, золото",
     "Размер: S[16,17///modifier=5.000///modifier_type=A,18///modifier=10///modifier_type=P]", "Металл: S[Золото]", "", "", ""],
    ["N-200", "et", "200", "Ehted///Kaelakeed", "", "", "89,90", "D", "0", "Hõbekett", "", "", "", "", "", "", "", ""],
    ["N-200", "ru", "200", "Украшения///Цепочки", "", "", "89,90", "D", "0", "Серебряная цепочка", "", "", "", "", "", "", "", ""],
    ["E-300", "et", "300", "Ehted///Kõrvarõngad", "", "", "kakskümmend", "A", "2", "Pärlkõrvarõngad", "", "", "", "", "", "", "", ""],
    ["E-301", "et", "301", "Ehted///Kõrvarõngad", "", "", "", "A", "2", "Hinnata kõrvarõngad", "", "", "", "", "", "", "", ""],
    ["H-400", "et", "400", "Ehted///Käevõrud", "", "", "45.00", "H", "3", "Peidetud käevõru", "", "", "", "", "", "", "", ""],
    ["X-500", "et", "500", "Ehted///Sõrmused", "", "", "10.00", "A", "1", "Põgenev foto", "", "", "", "", "", "",
     "../../etc/passwd", ""],
]  # fmt: skip


def write(tmp_path: Path, rows=ROWS, header=HEADER, delimiter=";", name="products.csv") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quotechar='"', lineterminator="\n").writerows([header, *rows])
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def read(path: Path, language: str = "") -> tuple[str, dict]:
    found, entries = read_products(path, CatalogConfig(feed_language=language), {})
    return found, {line: entry for line, entry in entries}


def test_detected_from_its_header_only():
    keys = {column_key(name) for name in HEADER}
    assert is_cscart(keys)
    assert detect_format(keys) != CSCART_FORMAT  # read_products sniffs it first; detect_format is the others'
    assert not is_cscart({"product code", "product name", "price"})  # no Language column
    assert not is_cscart({"product code/sku", "product name", "price", "item type"})  # BigCommerce's Bulk Edit
    assert not is_cscart({"handle", "title", "variant price", "language"})


def test_language_rows_are_one_item_titled_in_the_shops_language(tmp_path):
    found, entries = read(write(tmp_path), language="et")
    assert found == CSCART_FORMAT
    ring = entries[2]
    assert isinstance(ring, Product)
    assert ring.title == "Kuldsõrmus „Päike”" and ring.id == "R-100"
    assert "Käsitsi valmistatud kuldsõrmus õ ä ö ü š ž" in ring.description and "<" not in ring.description
    assert "Золотое кольцо «Солнце»" in ring.description and "кольцо, золото" in ring.description  # the Russian name and search words
    assert "Кольцо ручной работы" not in ring.description  # other languages' full descriptions are not added
    assert ring.kinds[:2] == ["Sõrmused", "Кольца"] and "Ehted" in ring.broader_kinds and "Kingid; uued" in ring.broader_kinds
    assert ring.tags == ["sõrmus", "kuld"]
    assert 3 not in entries  # the Russian row is the same item
    _, in_russian = read(write(tmp_path), language="ru")
    assert in_russian[2].title == "Золотое кольцо «Солнце»"
    _, unknown = read(write(tmp_path))
    assert unknown[2].title == "Kuldsõrmus „Päike”"  # the first row's


def test_ring_sizes_are_offers_priced_by_their_modifiers(tmp_path):
    _, entries = read(write(tmp_path), language="et")
    ring = entries[2]
    assert ring.options["Suurus"] == ["16", "17", "18"]
    prices = {offer.options["Suurus"]: (offer.price, offer.compare_at_price, offer.in_stock) for offer in ring.variants}
    assert prices == {"16": (120.0, 150.0, True), "17": (125.0, 155.0, True), "18": (132.0, 162.0, True)}
    assert "Graveering" not in ring.options  # a text input has no values


def test_features_are_the_shops_statements(tmp_path):
    _, entries = read(write(tmp_path), language="et")
    options = entries[2].options
    assert options["Metall"] == ["Kuld"] and options["Proov"] == ["585"] and options["Kivid"] == ["Teemant", "Safiir"]
    assert options["Nikkelvaba"] == ["Y"] and "Kingitus" not in options


def test_disabled_and_hidden_are_skipped(tmp_path):
    _, entries = read(write(tmp_path), language="et")
    assert entries[4].skipped == "disabled" and entries[4].title == "Hõbekett"
    assert entries[4].price == 89.9  # "," as the decimal mark
    assert entries[8].skipped == "hidden"


def test_bad_and_missing_prices_reported_at_their_lines_the_rest_read(tmp_path):
    _, entries = read(write(tmp_path), language="et")
    assert isinstance(entries[6], RowError) and "Price" in entries[6].reason and "line 6" in entries[6].reason
    assert isinstance(entries[7], RowError) and "Price: Field required (line 7)" in entries[7].reason
    assert isinstance(entries[2], Product) and isinstance(entries[9], Product)


def test_photos_by_path_or_file_name_and_refused_outside(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "sun_ring.jpg").write_bytes(b"jpg")
    _, entries = read(write(tmp_path), language="et")
    assert entries[2].images == ["images/sun_ring.jpg"]
    assert entries[9].images == [] and any("refused" in reason for reason in entries[9].refused_images)
    (tmp_path / "images" / "sun_ring.jpg").unlink()
    _, no_file = read(write(tmp_path), language="et")
    assert no_file[2].images == ["https://shop.example/images/sun_ring.jpg"]  # the Image URL the export wrote


def test_comma_and_tab_delimited_exports(tmp_path):
    for delimiter in (",", "\t"):
        found, entries = read(write(tmp_path, delimiter=delimiter), language="et")
        assert found == CSCART_FORMAT and entries[2].title == "Kuldsõrmus „Päike”"


def test_variation_group_is_one_item_with_an_offer_each(tmp_path):
    header = ["Product code", "Language", "Product name", "Price", "Status", "Quantity", "Features",
              "Variation group code", "Variation set as default", "Suurus (Variation feature)"]  # fmt: skip
    rows = [
        ["V-16", "et", "Hõbesõrmus", "30.00", "A", "2", "Suurus: S[16]; Metall: S[Hõbe]", "RING-V", "Y", "16"],
        ["V-17", "et", "Hõbesõrmus", "32.00", "A", "0", "Suurus: S[17]; Metall: S[Hõbe]", "RING-V", "N", "17"],
        ["V-18", "et", "Hõbesõrmus", "34.00", "D", "1", "Suurus: S[18]; Metall: S[Hõbe]", "RING-V", "N", "18"],
    ]  # fmt: skip
    _, entries = read(write(tmp_path, rows=rows, header=header))
    assert list(entries) == [2]
    ring = entries[2]
    assert [(offer.options, offer.price, offer.in_stock) for offer in ring.variants] == [({"Suurus": "16"}, 30.0, True), ({"Suurus": "17"}, 32.0, False)]
    assert ring.options["Suurus"] == ["16", "17"] and ring.options["Metall"] == ["Hõbe"]


def test_cell_grammar():
    options = cscart_cells.options("(Pood) Suurus: SG[16\\\\,5,17{12}]///required=Y; Kinkepakk: C[///modifier=3]")
    assert [(option.name, option.kind, [variant.name for variant in option.variants]) for option in options] == [("Suurus", "S", ["16,5", "17"]), ("Kinkepakk", "C", [])]
    assert options[0].attributes == {"required": "Y"}
    assert cscart_cells.features("Märkus: T[a\\\\;b]") == {"Märkus": ["a;b"]}
    assert cscart_cells.category_paths("Ehted///Sõrmused; 'A; B///C'") == [["Ehted", "Sõrmused"], ["A; B", "C"]]
    assert cscart_cells.image_reference("exim/backup/images/product/a.jpg#{[en]:x;}") == "exim/backup/images/product/a.jpg"


def test_loaded_as_items_in_the_shops_currency(tmp_path):
    from retrieval.catalog import load_catalog

    result = load_catalog(write(tmp_path), currency="EUR", limits=CatalogConfig(feed_language="et"))
    assert result.format == CSCART_FORMAT
    titles = {item.title: item for item in result.items}
    assert "Kuldsõrmus „Päike”" in titles and "Hõbekett" not in titles and "Peidetud käevõru" not in titles
    assert len(titles["Kuldsõrmus „Päike”"].variants) == 3
    assert sorted(error.line for error in result.errors) == [6, 7]
    assert sorted(skipped.line for skipped in result.skipped) == [4, 8]


def test_an_export_saved_as_xlsx(tmp_path):
    from xlsx_book import write_xlsx

    found, entries = read(write_xlsx(tmp_path / "products.xlsx", [HEADER, *ROWS]), language="ru")
    assert found == CSCART_FORMAT and entries[2].title == "Золотое кольцо «Солнце»"
    assert isinstance(entries[6], RowError)


def test_a_variation_with_options_of_its_own(tmp_path):
    header = ["Product code", "Language", "Product name", "Price", "Options", "Variation group code", "Variation set as default", "Metall (Variation feature)"]
    rows = [
        ["G-1", "et", "Sõrmus", "100", "Suurus: S[16,17///modifier=10]", "G", "Y", "Kuld"],
        ["S-1", "et", "Sõrmus", "40", "", "G", "N", "Hõbe"],
    ]  # fmt: skip
    _, entries = read(write(tmp_path, rows=rows, header=header))
    offers = [(offer.options, offer.price) for offer in entries[2].variants]
    assert offers == [({"Metall": "Kuld", "Suurus": "16"}, 100.0), ({"Metall": "Kuld", "Suurus": "17"}, 110.0), ({"Metall": "Hõbe"}, 40.0)]
