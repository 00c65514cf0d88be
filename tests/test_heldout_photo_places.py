"""The held-out benchmarks' photo places: how an export's photos reach the local photo server or
the catalog's folder (benchmarks/heldout_shops.py), on small shops written here."""

import zipfile
from pathlib import Path

from benchmarks.heldout_shops import COPIED_TO, PATH_JOINED, URL_FILE_NAMES, rewritten_export, shop_export

BASE_URL = "https://127.0.0.1:9/"


def _shop(tmp_path: Path, export_text: str, photos: list[str]) -> Path:
    shop = tmp_path / "shop"
    (shop / "images").mkdir(parents=True)
    for name in photos:
        (shop / "images" / name).write_bytes(b"\xff\xd8 not a real jpeg")
    (shop / "products.csv").write_text(export_text, encoding="utf-8")
    return shop


def test_urls_differing_beyond_a_prefix_point_at_the_photo_of_their_last_segment(tmp_path):
    text = ("id;title;images\n"
            "1;Ring;https://cdn.example.com/p/1/20/301/av-1.jpg https://cdn.example.com/p/1/21/302/av-2.jpg\n"
            "2;Chain;https://cdn.example.com/p/9/9/9/not-in-the-folder.jpg\n")
    shop = _shop(tmp_path, text, ["av-1.jpg", "av-2.jpg"])
    local = rewritten_export(shop_export(shop), URL_FILE_NAMES, BASE_URL, tmp_path / "work").read_text(encoding="utf-8")
    assert f"{BASE_URL}av-1.jpg {BASE_URL}av-2.jpg" in local
    assert "https://cdn.example.com/p/9/9/9/not-in-the-folder.jpg" in local  # no such photo: left as written


def test_photos_named_by_their_path_are_copied_to_that_folder_beside_the_export(tmp_path):
    text = '"_ID_";"_NAME_";"_IMAGE_"\n"1";"Ring";"catalog/products/r-1.jpg"\n'
    shop = _shop(tmp_path, text, ["r-1.jpg"])
    local = rewritten_export(shop_export(shop), COPIED_TO + "image/catalog/products", BASE_URL, tmp_path / "work")
    assert (local.parent / "image" / "catalog" / "products" / "r-1.jpg").is_file()
    assert local.read_text(encoding="utf-8") == text


def test_urls_with_a_folder_per_photo_point_at_the_file_named_by_their_joined_path(tmp_path):
    prefix = "https://cdn.example.com/shop/image/"
    text = f"Permalink,Images\nring,\"{prefix}101/ring.jpg,{prefix}102/ring-side.jpg\"\n"
    shop = _shop(tmp_path, text, ["101-ring.jpg", "102-ring-side.jpg"])
    local = rewritten_export(shop_export(shop), PATH_JOINED + prefix, BASE_URL, tmp_path / "work").read_text(encoding="utf-8")
    assert f"{BASE_URL}101-ring.jpg,{BASE_URL}102-ring-side.jpg" in local


def test_an_excel_export_has_its_photo_urls_rewritten_in_its_sheet_and_stays_a_workbook(tmp_path):
    shop = _shop(tmp_path, "", ["av-1.jpg"])
    (shop / "products.csv").unlink()
    sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>https://cdn.example.com/9/av-1.jpg</t></is></c></row></sheetData></worksheet>'
    with zipfile.ZipFile(shop / "export.xlsx", "w") as workbook:
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/worksheets/sheet1.xml", sheet)
        workbook.writestr("docProps/thumbnail.jpeg", b"\xff\xd8 binary")
    local = rewritten_export(shop_export(shop), URL_FILE_NAMES, BASE_URL, tmp_path / "work")
    with zipfile.ZipFile(local) as workbook:
        assert f"<t>{BASE_URL}av-1.jpg</t>" in workbook.read("xl/worksheets/sheet1.xml").decode()
        assert workbook.read("docProps/thumbnail.jpeg") == b"\xff\xd8 binary"
