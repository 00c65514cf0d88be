import json

import pytest
from PIL import Image

from retrieval.catalog import CatalogError, Item, load_catalog

GOOD = {
    "id": "R1", "title": "Rose Gold Halo Ring", "category": "Ring", "metal": "rose-gold", "karat": 14,
    "gemstone": "diamond", "carat": 0.5, "price": 799, "image": "r1.png", "ring_sizes": [5, 6.5, 7.25],
}  # fmt: skip


@pytest.fixture
def catalog_dir(tmp_path):
    Image.new("RGB", (32, 32), "white").save(tmp_path / "r1.png")
    return tmp_path


def write_jsonl(path, rows):
    path.write_text("\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n")
    return path


def test_item_normalises_values():
    item = Item(**{**GOOD, "currency": "usd"})
    assert (item.category, item.metal, item.currency) == ("ring", "rose gold", "USD")
    assert item.gemstone_color == "colorless"
    assert item.metal_label == "14k rose gold"


def test_jsonl_bad_rows_are_reported_with_line_numbers_and_the_rest_ingested(catalog_dir):
    rows = [
        GOOD,
        {**GOOD, "id": "R2", "price": -5},
        "{not json",
        {**GOOD, "id": "R3", "metal": "sterling silver"},  # karat on silver
        {**GOOD, "id": "R4", "ring_sizes": [7.1]},
        {**GOOD, "id": "R1"},  # duplicate
        {**GOOD, "id": "R5", "image": "missing.png"},
        {**GOOD, "id": "R6", "karat": None, "metal": "platinum", "image": ""},
    ]
    result = load_catalog(write_jsonl(catalog_dir / "catalog.jsonl", rows), currency="EUR")
    assert [item.id for item in result.items] == ["R1", "R6"]
    assert result.rows_read == 8
    reasons = {error.line: error.reason for error in result.errors}
    assert set(reasons) == {2, 3, 4, 5, 6, 7}
    assert "price" in reasons[2] and "positive" in reasons[2]
    assert "not valid JSON" in reasons[3]
    assert "karat applies to gold only" in reasons[4]
    assert "ring size" in reasons[5]
    assert "duplicate id 'R1' (first on line 1)" in reasons[6]
    assert "image not found" in reasons[7]
    assert result.items[0].currency == "EUR"
    assert result.items[0].image == str((catalog_dir / "r1.png").resolve())


def test_csv_lists_and_booleans(catalog_dir):
    (catalog_dir / "catalog.csv").write_text(
        "id,title,category,metal,karat,gemstone,price,image,ring_sizes,tags,in_stock\n"
        "C1,Silver Studs,earrings,sterling silver,,pearl,45,r1.png,,studs; everyday,yes\n"
        "C2,Gold Band,wedding band,yellow gold,18,,650,r1.png,5;5.5;6,,no\n"
        "C3,Broken,ring,platinum,,,abc,r1.png,,,maybe\n"
    )
    result = load_catalog(catalog_dir / "catalog.csv")
    assert [item.id for item in result.items] == ["C1", "C2"]
    studs, band = result.items
    assert studs.tags == ["studs", "everyday"] and studs.in_stock and studs.karat is None
    assert band.ring_sizes == [5.0, 5.5, 6.0] and not band.in_stock and band.gemstone == "none"
    assert [error.line for error in result.errors] == [4]


def test_images_dir_overrides_catalog_folder(tmp_path):
    images = tmp_path / "pictures"
    images.mkdir()
    Image.new("RGB", (32, 32), "white").save(images / "r1.png")
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", [GOOD]), images_dir=images)
    assert not result.errors and result.items[0].image == str((images / "r1.png").resolve())


def test_url_images_are_kept(catalog_dir):
    row = {**GOOD, "image": "https://shop.example/r1.jpg"}
    result = load_catalog(write_jsonl(catalog_dir / "c.jsonl", [row]))
    assert result.items[0].image == "https://shop.example/r1.jpg"


def test_unreadable_catalog_files_raise(tmp_path):
    with pytest.raises(CatalogError, match="not found"):
        load_catalog(tmp_path / "nope.jsonl")
    (tmp_path / "c.md").write_text("<x/>")
    with pytest.raises(CatalogError, match="unknown catalog format"):
        load_catalog(tmp_path / "c.md")
    (tmp_path / "c.xml").write_text("<x/>")  # .xml is a Google product feed's
    with pytest.raises(CatalogError, match="XML but not a Google product feed"):
        load_catalog(tmp_path / "c.xml")
