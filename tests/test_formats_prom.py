"""The Prom.ua / Satu.kz (EVO platform) product export (retrieval/prom.py), read by retrieval/catalog.py
from an .xlsx (tests/xlsx_book.py writes it) or a CSV: detected from its underscored Russian or
Ukrainian header and no other export taken for it; a variant group's rows one item with offers, the
characteristics that differ between them its options, the others the shop's statements; several photos
in one cell; Наличие's marks; Валюта's currencies (KZT); a bad price reported at its line and the rest
kept. The fixtures are written from the public code and pages named in retrieval/lexicon/prom_headers.toml,
never from a shop's file."""

import csv
import io

import pytest

from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.config import CatalogConfig
from retrieval.formats import detect_format
from retrieval.rows import CatalogError, column_key
from xlsx_book import write_xlsx

TRIPLE = ["Название_Характеристики", "Измерение_Характеристики", "Значение_Характеристики"]
COLUMNS = [
    "Код_товара", "Название_позиции", "Название_позиции_укр", "Поисковые_запросы", "Описание", "Тип_товара", "Цена",
    "Валюта", "Скидка", "Единица_измерения", "Ссылка_изображения", "Наличие", "Количество", "Номер_группы",
    "Название_группы", "Производитель", "Уникальный_идентификатор", "Идентификатор_товара", "ID_группы_разновидностей",
    *TRIPLE, *TRIPLE,
]  # fmt: skip
PHOTOS = "https://images.prom.ua/1_w640_h640_ring.jpg, https://images.prom.ua/2_w640_h640_ring.jpg"


def rows() -> list[list[object]]:
    """A gold ring in two sizes (a variant group; its sizes a characteristic), silver earrings 10 % off,
    a pendant made to order in 14 days, a brooch not in stock, a chain whose price is no number, and a
    bracelet with an http:// photo."""
    return [
        ["R-16", "Кольцо золотое", "Каблучка золота", "кольцо, золото", "<p>Кольцо из <b>золота</b> 585 пробы</p>", "r", 24990,
         "UAH", "", "шт.", PHOTOS, "+", 3, 11, "Кольца", "Zlato", 1001, "R-16", 77, "Металл", "", "Золото", "Размер", "", "16"],
        ["R-17", "Кольцо золотое 17", "Каблучка золота 17", "", "", "r", "25 490,50", "UAH", "", "шт.",
         "https://images.prom.ua/3_w640_h640_ring17.jpg", "-", 0, 11, "Кольца", "Zlato", 1002, "R-17", 77, "Металл", "", "Золото", "Размер", "", "17"],
        ["E-1", "Серьги серебряные", "", "", "Серьги", "r", "1 200", "грн", "10%", "шт.", "https://images.prom.ua/e.jpg",
         "!", "", 12, "Серьги", "", 1003, "E-1", "", "Вес", "г", "3,5", "", "", ""],
        ["P-1", "Подвеска", "", "", "", "r", 5000, "UAH", "", "шт.", "https://images.prom.ua/p.jpg", "14", "", 13, "Подвески", "", 1004, "P-1", "",
         "", "", "", "", "", ""],
        ["B-1", "Брошь «Пчела»", "", "", "", "r", 3100, "UAH", "", "шт.", "", "&", "", 14, "Броши", "", 1005, "B-1", "", "", "", "", "", "", ""],
        ["C-1", "Цепочка", "", "", "", "r", "по запросу", "UAH", "", "шт.", "", "+", "", 15, "Цепочки", "", 1006, "C-1", "", "", "", "", "", "", ""],
        ["BR-1", "Браслет", "", "", "", "r", 2100, "UAH", "", "шт.", "http://example.com/bracelet.jpg", "", 2, 16, "Браслеты", "", 1007, "BR-1", "",
         "", "", "", "", "", ""],
    ]  # fmt: skip


def test_the_header_is_detected_and_no_other_export_is_taken_for_it():
    assert detect_format({column_key(name) for name in COLUMNS}) == "prom"
    ukrainian = ["Код_товару", "Назва_позиції", "Ціна", "Валюта", "Наявність", "Посилання_зображення", "Назва_Характеристики"]
    assert detect_format({column_key(name) for name in ukrainian}) == "prom"
    assert detect_format({column_key("Название_позиции")}) is None  # a name alone is no export
    insales = {column_key(name) for name in ("Название товара или услуги", "Цена продажи")}
    facet = {"id", "title", "price", "description", "category"}
    assert [detect_format(keys) for keys in (insales, facet)] == ["insales", "facet"]


def test_an_xlsx_export_becomes_items_with_variants_photos_and_characteristics(tmp_path):
    loaded = load_catalog(write_xlsx(tmp_path / "export-products.xlsx", [COLUMNS, *rows()]), currency="UAH")
    assert loaded.format == "prom"
    ring = next(item for item in loaded.items if item.id == "77")
    assert ring.title == "Каблучка золота"  # the Ukrainian name first, as Prom's YML feed is read
    assert "Кольцо золотое" in ring.description and "золота 585" in ring.description and "<b>" not in ring.description
    assert [variant.price for variant in ring.variants] == [24990.0, 25490.5]
    assert [variant.in_stock for variant in ring.variants] == [True, False]
    assert ring.options.get("Размер") == ["16", "17"]
    photos = [ring.image, *ring.images]
    assert len(photos) == 3 and all(photo.startswith("https://images.prom.ua/") for photo in photos)


def test_availability_marks_discounts_and_a_bad_price_at_its_line(tmp_path):
    loaded = load_catalog(write_xlsx(tmp_path / "export.xlsx", [COLUMNS, *rows()]), currency="UAH")
    by_id = {item.id: item for item in loaded.items}
    earrings = by_id["1003"]
    assert earrings.price == 1080.0 and earrings.compare_at_price == 1200.0 and earrings.in_stock is True
    assert by_id["1004"].in_stock is False  # made to order in 14 days
    assert by_id["1005"].in_stock is False  # "&": expected
    assert by_id["1007"].in_stock is True  # Количество 2
    assert [error.line for error in loaded.errors] == [7] and "Цена" in loaded.errors[0].reason
    assert "1006" not in by_id and len(loaded.items) == 5
    assert "1007" in loaded.photo_refusals and not by_id["1007"].image  # http:// is not taken


def test_feed_language_ru_keeps_the_main_name(tmp_path):
    limits = CatalogConfig(feed_language="ru")
    loaded = load_catalog(write_xlsx(tmp_path / "export.xlsx", [COLUMNS, *rows()]), currency="UAH", limits=limits)
    ring = next(item for item in loaded.items if item.id == "77")
    assert ring.title == "Кольцо золотое" and "Каблучка золота" in ring.description


def test_a_satu_kz_csv_in_tenge_and_a_ukrainian_cabinets_header(tmp_path):
    header = ["Код_товару", "Назва_позиції", "Ціна", "Валюта", "Посилання_зображення", "Наявність", "Кількість",
              "Назва_Характеристики", "Одиниця_виміру_Характеристики", "Значення_Характеристики"]  # fmt: skip
    body = [["K-1", "Алтын сақина", "185 000 тг", "KZT", "https://satu.kz/a.jpg https://satu.kz/b.jpg", "+", "", "Проба", "", "585"]]
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([header, *body])
    loaded = load_catalog(write(tmp_path / "satu.csv", out.getvalue()), currency="KZT")
    assert loaded.format == "prom"
    ring = loaded.items[0]
    assert ring.price == 185000.0 and ring.currency == "KZT" and len([ring.image, *ring.images]) == 2


def test_a_corrupt_xlsx_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"PK\x03\x04broken")
    with pytest.raises(CatalogError, match="not a readable .xlsx workbook"):
        load_catalog(path)


def test_tenge_prices_as_kazakh_shops_write_them():
    from retrieval.lexicon import load_lexicon
    from retrieval.prices import Price, currency_mismatch, parse_price

    currencies = load_lexicon().currencies
    for written, amount in (("185 000 ₸", 185_000), ("185 000 тг", 185_000), ("92 500 тенге", 92_500), ("45 000 теңге", 45_000), ("120000 KZT", 120_000)):
        assert parse_price(written, currencies) == Price(amount, "KZT"), written
    warning = currency_mismatch([250_000.0] * 5, "USD", currencies, region="KZ")
    assert warning is not None and "KZT" in warning.split(",")[0]
