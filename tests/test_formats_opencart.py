"""OpenCart's CSV Price Pro export (retrieval/opencart.py), read by retrieval/formats.py: detected from its
_CAPTION_ header (";" or ",", UTF-8 or Windows-1251); a product with its options as one item with offers;
attributes, several images, categories; disabled products skipped; a bad price reported at its line and the
rest kept; HTML descriptions read as text; a photo path leaving the folder refused. The fixtures are written
from the extension's public code (see the module's docstring), never from a shop's file."""

import csv
import io
from datetime import date
from pathlib import Path

from retrieval.config import CatalogConfig
from retrieval.formats import read_products
from retrieval.magento_media import MediaPlaces
from retrieval.opencart import OPENCART_FORMAT, is_opencart, products
from retrieval.rows import RowError, csv_records

HEADER = ["_CATEGORY_", "_ID_", "_NAME_", "_MODEL_", "_SKU_", "_MANUFACTURER_", "_PRICE_", "_QUANTITY_", "_SEO_KEYWORD_",
          "_DESCRIPTION_", "_IMAGE_", "_STATUS_", "_SPECIAL_", "_OPTIONS_", "_ATTRIBUTES_", "_IMAGES_"]  # fmt: skip
RING_OPTIONS = "Размер|16|5|+|0.0000|+|0|+|0.00|1\nРазмер|17|3|+|500.0000|+|0|+|0.00|1\nМеталл|Золото|2|+|1000.0000|+|0|+|0.00|1\nМеталл|Серебро|4|-|200.0000|+|0|+|0.00|1"
ROWS = [
    ["Украшения|Кольца\nКольца", "42", "Кольцо «Луна»", "R-42", "SKU42", "Ювелир", "12990.0000", "7", "kolco-luna",
     "<p>Кольцо с <b>фианитом</b></p>", "catalog/rings/ring1.jpg", "1", "",
     RING_OPTIONS, "Камень|Вставка|Фианит\nМеталл|Проба|585", "catalog/rings/ring1b.jpg,catalog/rings/ring1c.jpg"],
    ["Jewelry|Necklaces", "43", "Silver Chain", "C-43", "", "Acme", "1299.00", "0", "", "&lt;p&gt;Fine chain&lt;/p&gt;",
     "https://cdn.example/chain.jpg", "1", "1,1,999.00,0000-00-00,0000-00-00", "", "", ""],
    ["Jewelry|Earrings", "44", "Old Studs", "E-44", "", "", "500.00", "3", "", "", "", "0", "", "", "", ""],
    ["Jewelry|Rings", "45", "Broken Price", "B-45", "", "", "twelve", "1", "", "", "", "1", "", "", "", ""],
    ["Jewelry|Rings", "46", "Escaping Photo", "X-46", "", "", "100.00", "1", "", "", "../../etc/passwd", "1", "", "", "", ""],
]  # fmt: skip


def write(tmp_path: Path, rows=ROWS, header=HEADER, delimiter=";", encoding="utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quotechar='"', lineterminator="\n").writerows([header, *rows])
    path = tmp_path / "export.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def read(path: Path, media_url: str = "") -> tuple[str, dict]:
    found, entries = read_products(path, CatalogConfig(), {}, media=MediaPlaces(path.parent, base_url=media_url))
    return found, {line: entry for line, entry in entries}


def test_detected_only_from_its_captions():
    assert is_opencart(HEADER)
    assert not is_opencart(["name", "price", "sku"])  # Facet's and other exports' names
    assert not is_opencart(["_NAME_", "Price"])  # no other caption of the extension's
    assert is_opencart(["_ID_", "_NAME_", "_PRICE_", "Gift wrap"])  # a shop's custom field among them
    assert not is_opencart(["_NAME_", "_PRICE_", "Title", "Body", "Vendor"])
    assert not is_opencart(["_ID_", "_PRICE_"])  # no _NAME_


def test_product_with_options_is_one_item_with_offers(tmp_path):
    (tmp_path / "image" / "catalog" / "rings").mkdir(parents=True)
    for name in ("ring1.jpg", "ring1b.jpg"):
        (tmp_path / "image" / "catalog" / "rings" / name).write_bytes(b"jpg")
    found, entries = read(write(tmp_path), media_url="https://shop.example/image/")
    assert found == OPENCART_FORMAT
    ring = entries[2]
    assert ring.title == "Кольцо «Луна»" and ring.id == "42" and ring.handle == "kolco-luna" and ring.vendor == "Ювелир"
    assert ring.kinds == ["Кольца"] and ring.broader_kinds == ["Украшения"]
    assert ring.description == "Кольцо с фианитом"
    assert ring.images == ["image/catalog/rings/ring1.jpg", "image/catalog/rings/ring1b.jpg", "https://shop.example/image/catalog/rings/ring1c.jpg"]
    assert len(ring.variants) == 4
    prices = {(v.options["Размер"], v.options["Металл"]): v.price for v in ring.variants}
    assert prices[("16", "Золото")] == 13990.0 and prices[("17", "Серебро")] == 13290.0
    assert ring.options["Вставка"] == ["Фианит"] and ring.options["Проба"] == ["585"]
    assert ring.options["Размер"] == ["16", "17"] and ring.in_stock is True


def test_latin_special_price_disabled_bad_price_and_escaping_path(tmp_path):
    found, entries = read(write(tmp_path))
    chain = entries[8]  # the ring's cells span lines 2-7
    assert chain.title == "Silver Chain" and chain.price == 999.0 and chain.compare_at_price == 1299.0
    assert chain.description == "Fine chain" and chain.images == ["https://cdn.example/chain.jpg"] and chain.in_stock is False
    assert entries[9].skipped == "unpublished"
    bad = entries[10]
    assert isinstance(bad, RowError) and "_PRICE_" in bad.reason and bad.line == 10
    escaping = entries[11]
    assert escaping.images == [] and any("not a path inside" in reason for reason in escaping.refused_images)
    assert entries[2].images == []  # no photo folder, no media URL: not fetched
    assert any("--media-url" in reason for reason in entries[2].refused_images)


def test_windows_1251_and_comma_saved_file(tmp_path):
    found, entries = read(write(tmp_path, rows=ROWS[:1], delimiter=",", encoding="cp1251"))
    assert found == OPENCART_FORMAT and entries[2].title == "Кольцо «Луна»"


def test_special_out_of_its_dates_is_not_the_price(tmp_path):
    row = list(ROWS[1])
    row[12] = "1,1,999.00,2020-01-01,2020-02-01\n2,1,899.00,0000-00-00,0000-00-00"
    path = write(tmp_path, rows=[row])
    [(line, chain)] = list(products(csv_records(path, 1 << 20, ";"), tmp_path, today=date(2026, 12, 7)))
    assert chain.price == 1299.0 and chain.compare_at_price is None


V4_OPTIONS = ("select|Размер кольца|16|1|0|1|+|0.0000|+|0|+|0.00\nselect|Размер кольца|18|1|2|1|+|300.0000|+|0|+|0.00\n"
              "checkbox|Упаковка|Подарочная коробка|0|10|0|+|250.0000|+|0|+|0.00\ntext|Гравировка|0")


def test_version_4_options_caret_separator_and_arrow_categories(tmp_path):
    header = ["_ID_", "_NAME_", "_PRICE_", "_QUANTITY_", "_CATEGORY_", "_OPTIONS_", "_ATTRIBUTES_", "_STATUS_"]
    row = ["7", "Gold Ring", "1000.0000", "5", "Jewelry > Rings", V4_OPTIONS, "12|Metal|Fineness|585", "1"]
    found, entries = read(write(tmp_path, rows=[row], header=header, delimiter="^"))
    ring = entries[2]
    assert found == OPENCART_FORMAT and ring.kinds == ["Rings"] and ring.broader_kinds == ["Jewelry"]
    assert [(v.options, v.price, v.in_stock) for v in ring.variants] == [
        ({"Размер кольца": "16"}, 1000.0, False), ({"Размер кольца": "18"}, 1300.0, True)]  # stock counted: subtract is 1
    assert ring.options["Упаковка"] == ["Подарочная коробка"] and "Гравировка" not in ring.options
    assert ring.options["Fineness"] == ["585"]


def test_bad_option_reported_at_its_line_and_the_rest_kept(tmp_path):
    header = ["_ID_", "_NAME_", "_PRICE_", "_OPTIONS_"]
    rows = [["1", "Ring A", "10.00", "select|Size|7|1|1|0|*|abc|+|0|+|0"], ["2", "Ring B", "20.00", ""]]
    _, entries = read(write(tmp_path, rows=rows, header=header))
    assert isinstance(entries[2], RowError) and "_OPTIONS_" in entries[2].reason
    assert entries[3].price == 20.0


def test_loaded_as_items_in_the_shops_currency(tmp_path):
    from retrieval.catalog import load_catalog

    result = load_catalog(write(tmp_path), currency="RUB")
    assert result.format == OPENCART_FORMAT
    titles = {item.title: item for item in result.items}
    assert "Кольцо «Луна»" in titles and "Silver Chain" in titles and "Old Studs" not in titles
    assert [error.line for error in result.errors] == [10]
    assert [skipped.line for skipped in result.skipped] == [9]


def test_symlink_out_of_the_folder_refused_and_bom_read(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(b"jpg")
    shop = tmp_path / "shop"
    (shop / "image").mkdir(parents=True)
    (shop / "image" / "catalog").symlink_to(outside)
    header = ["_ID_", "_NAME_", "_PRICE_", "_IMAGE_"]
    path = write(shop, rows=[["1", "Ring", "10.00", "catalog/secret.jpg"]], header=header, encoding="utf-8-sig")
    _, entries = read(path)
    assert entries[2].images == [] and any("leads outside" in reason for reason in entries[2].refused_images)


def test_product_tags_are_the_products_tags(tmp_path):
    header = ["_ID_", "_NAME_", "_PRICE_", "_STATUS_", "_PRODUCT_TAG_"]
    rows = [["8", "Gold Ring", "100.0000", "1", "gold ring, rings , &quot;lucky&quot;,,rings"], ["9", "Chain", "50.0000", "1", ""]]
    _, entries = read(write(tmp_path, rows=rows, header=header))
    assert entries[2].tags == ["gold ring", "rings", '"lucky"']
    assert entries[3].tags == []
