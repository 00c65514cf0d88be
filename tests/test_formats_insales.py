"""InSales' product export (retrieval/insales.py), read by retrieval/catalog.py: detected from its Russian
header at a tab, ";" or ",", in UTF-8 or Windows-1251, and no other export taken for it; a product's rows
(one per variant) are one item, "Свойство:" columns its options, "Параметр:" columns the shop's statements;
several photos in one cell; hidden products skipped; HTML descriptions read as text; a bad price reported
at its line and the rest kept. The fixtures are written from the public code and help pages named in
retrieval/lexicon/insales_headers.toml, never from a shop's file."""

import csv
import io

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.insales import products
from retrieval.rows import column_key

COLUMNS = [
    "ID товара", "Название товара или услуги", "Краткое описание", "Полное описание", "Видимость на витрине", "Корневая",
    "Подкатегория 1", "Изображения", "ID варианта", "Артикул", "Цена продажи", "Старая цена", "Остаток",
    "Изображения варианта", "Свойство: Размер", "Параметр: Металл", "Параметр: Бренд",
]  # fmt: skip
PHOTOS = "https://static.insales-cdn.com/images/products/1/1/ring-a.jpg https://static.insales-cdn.com/images/products/1/2/ring-b.jpg"


def rows() -> list[list[str]]:
    """A gold ring in three sizes (its product columns repeated on each row, the third row's price no
    number), an Armenian silver pendant with no sizes, a hidden brooch, and earrings whose photo is http://."""
    return [
        ["101", "Кольцо «Вечность»", "<p>Кольцо с <b>бриллиантом</b></p>", "<p>Золото 585 пробы.</p>", "выставлен", "Каталог", "Кольца",
         PHOTOS, "1001", "R-16", "24990", "29990", "3", "", "16", "Золото", "Luna"],
        ["101", "Кольцо «Вечность»", "", "", "выставлен", "Каталог", "Кольца", PHOTOS, "1002", "R-17", "25 490,50", "", "0", "", "17", "Золото", "Luna"],
        ["101", "Кольцо «Вечность»", "", "", "выставлен", "Каталог", "Кольца", PHOTOS, "1003", "R-18", "по запросу", "", "1", "", "18", "Золото", "Luna"],
        ["102", "Արծաթե կախազարդ", "", "<div>Արծաթ 925</div>", "выставлен", "Каталог", "Подвески",
         "https://static.insales-cdn.com/images/products/2/pendant.jpg", "1004", "P-1", "12000.50", "", "", "", "", "Серебро##Эмаль", ""],
        ["103", "Брошь «Пчела»", "", "", "скрыт", "Каталог", "Броши", "", "1005", "B-1", "5000", "", "2", "", "", "Серебро", ""],
        ["104", "Серьги-пусеты", "", "", "выставлен", "Каталог", "Серьги", "http://example.com/studs.jpg", "1006", "S-1", "3100", "", "5", "", "", "", ""],
    ]  # fmt: skip


def text(separator: str = "\t", columns: list[str] = COLUMNS, body: list[list[str]] | None = None) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows([columns, *(rows() if body is None else body)])
    return out.getvalue()


def test_the_header_is_detected_and_no_other_export_is_taken_for_it():
    keys = {column_key(name) for name in COLUMNS}
    assert detect_format(keys) == "insales"
    assert detect_format({column_key(name) for name in ("Название товара или услуги", "Цена продажи")}) == "insales"
    tilda = {column_key(name) for name in ("Tilda UID", "Title", "Price", "Editions", "Parent UID")}
    woocommerce = {column_key(name) for name in ("ID", "Type", "SKU", "Name", "Published", "Regular price")}
    facet = {"id", "title", "price", "description", "category"}
    assert [detect_format(keys) for keys in (tilda, woocommerce, facet)] == ["tilda", "woocommerce", "facet"]
    assert detect_format({column_key("Название товара или услуги")}) is None  # a name alone is no InSales export


def test_a_products_rows_are_one_item_with_its_sizes_as_options_and_a_price_range(tmp_path):
    loaded = load_catalog(write(tmp_path / "insales.csv", text()), currency="RUB")
    assert loaded.format == "insales"
    ring = next(item for item in loaded.items if item.id == "101")
    assert ring.title == "Кольцо «Вечность»"
    assert (ring.price, ring.price_max, ring.currency) == (24990.0, 25490.5, "RUB")
    assert ring.options["Размер"] == ["16", "17"]  # the third size's row has no readable price
    assert ring.options["Металл"] == ["Золото"]
    assert ring.description == "Кольцо с бриллиантом\nЗолото 585 пробы."
    assert ring.image == "https://static.insales-cdn.com/images/products/1/1/ring-a.jpg"


def test_hidden_products_are_skipped_and_a_bad_price_is_reported_at_its_line(tmp_path):
    loaded = load_catalog(write(tmp_path / "insales.csv", text(";")), currency="AMD")
    assert [(skipped.title, skipped.reason) for skipped in loaded.skipped] == [("Брошь «Пчела»", "hidden")]
    assert [(error.line, error.reason) for error in loaded.errors] == [(4, "Цена продажи: 'по запросу' is not a price (line 4)")]
    assert sorted(item.id for item in loaded.items) == ["101", "102", "104"]


def test_an_armenian_name_a_parameter_with_several_values_and_an_http_photo_refused():
    header = [column_key(name) for name in COLUMNS]
    found = list(products(iter((line, dict(zip(header, cells))) for line, cells in enumerate(rows(), start=2)), COLUMNS))
    by_id = {product.id: product for _, product in found if hasattr(product, "id")}
    pendant, studs, ring = by_id["102"], by_id["104"], by_id["101"]
    assert (pendant.title, pendant.price, pendant.in_stock, pendant.variants) == ("Արծաթե կախազարդ", 12000.5, None, [])
    assert (pendant.options, pendant.description, pendant.kinds, pendant.broader_kinds) == ({"Металл": ["Серебро", "Эмаль"]}, "Արծաթ 925", ["Подвески"], ["Каталог"])
    assert ring.vendor == "Luna" and len(ring.images) == 2
    assert [(variant.id, variant.sku, variant.price, variant.compare_at_price, variant.in_stock) for variant in ring.variants] == [
        ("1001", "R-16", 24990.0, 29990.0, True), ("1002", "R-17", 25490.5, None, False)]  # fmt: skip
    assert studs.images == [] and studs.refused_images == [
        "Изображения refused: only https:// photo URLs are read from an InSales export, not 'http://example.com/studs.jpg'"]


def test_a_windows_1251_file_with_commas_and_sizes_written_as_a_parameter(tmp_path):
    columns = ["ID товара", "Название товара или услуги", "Цена продажи", "Параметр: Размер", "Параметр: Проба", "Изображения"]
    body = [["7", "Цепь якорная", "8000", "45", "585", "https://cdn.example/chain.jpg"],
            ["7", "Цепь якорная", "8500", "50", "585", "https://cdn.example/chain.jpg"]]  # fmt: skip
    path = tmp_path / "export.csv"
    path.write_bytes(text(",", columns, body).encode("cp1251"))
    loaded = load_catalog(path, currency="RUB")
    [chain] = loaded.items
    assert (loaded.format, chain.title, chain.price, chain.price_max) == ("insales", "Цепь якорная", 8000.0, 8500.0)
    assert chain.options["Размер"] == ["45", "50"] and chain.options["Проба"] == ["585"]


def test_rows_grouped_by_name_when_the_product_id_is_blank_and_placement_paths_give_the_kind():
    columns = ["Название товара или услуги", "Размещение на сайте", "Цена продажи", "Свойство: Цвет"]
    header = [column_key(name) for name in columns]
    body = [["Браслет", "Каталог/Браслеты/Цепочные##Каталог/Новинки", "1500", "Жёлтый"], ["Браслет", "", "1600", "Белый"]]
    [(line, bracelet)] = list(products(iter((line, dict(zip(header, cells))) for line, cells in enumerate(body, start=2)), columns))
    assert (line, bracelet.kinds, bracelet.broader_kinds) == (2, ["Цепочные", "Новинки"], ["Браслеты"])
    assert bracelet.options == {"Цвет": ["Жёлтый", "Белый"]}
