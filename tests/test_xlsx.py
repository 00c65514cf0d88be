"""retrieval/xlsx.py: an .xlsx workbook's first sheet as rows of text, with the standard library only:
shared and inline strings, numbers, booleans, empty cells kept in place by their reference; a corrupt
file, an old .xls or encrypted workbook, a zip bomb and a sheet path leaving the zip refused with a clear
error. The workbooks are written with zipfile in the tests (tests/xlsx_book.py)."""

import zipfile

import pytest

from retrieval import xlsx
from retrieval.catalog import load_catalog
from retrieval.rows import CatalogError
from xlsx_book import workbook_bytes, write_xlsx


def test_cells_are_read_as_text_in_their_columns(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", [
        ["Название", "Цена", "Есть", "Пусто", "Дробь"],
        ["Кольцо «Вечность»", 24990, True, None, 0.30000000000000004],
        [None, None, None, None, None],
        ["Серьги", 12.5, False, None, 1153724202],
    ])  # fmt: skip
    rows = xlsx.sheet_rows(path)
    assert rows == [
        (1, ["Название", "Цена", "Есть", "Пусто", "Дробь"]),
        (2, ["Кольцо «Вечность»", "24990", "TRUE", "", "0.3"]),
        (4, ["Серьги", "12.5", "FALSE", "", "1153724202"]),
    ]  # an empty row left out; the rows keep their sheet numbers


def test_inline_strings_and_a_skipped_cell_keep_their_column(tmp_path):
    path = write_xlsx(tmp_path / "inline.xlsx", [["a", None, "c"], ["x", None, "z"]], inline=True)
    header, rows = xlsx.header_and_rows(path)
    assert header == ["a", "", "c"] and rows == [(2, ["x", "", "z"])]


def test_rich_text_runs_are_joined(tmp_path):
    parts = workbook_bytes([["title"], ["placeholder"]])
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
        "<si><t xml:space=\"preserve\">placeholder</t></si>", "<si><r><t>Золотое </t></r><r><t>кольцо</t></r><rPh><t>x</t></rPh></si>")
    path = tmp_path / "rich.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    assert xlsx.sheet_rows(path)[1] == (2, ["Золотое кольцо"])


def test_a_corrupt_workbook_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(CatalogError, match="not a readable .xlsx workbook"):
        xlsx.sheet_rows(path)
    text = tmp_path / "text.xlsx"
    text.write_text("title,price\nRing,10\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="not an .xlsx workbook"):
        xlsx.sheet_rows(text)


def test_an_encrypted_workbook_or_old_xls_is_refused(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(xlsx.OLE_MAGIC + b"\x00" * 512)
    with pytest.raises(CatalogError, match="encrypted workbook or an old Excel"):
        xlsx.sheet_rows(path)
    with pytest.raises(CatalogError, match="encrypted workbook or an old Excel"):
        load_catalog(path.rename(tmp_path / "old.xls"))


def test_broken_xml_and_a_missing_sheet_are_refused(tmp_path):
    parts = workbook_bytes([["a"]])
    parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row>"
    path = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    with pytest.raises(CatalogError, match="XML is broken"):
        xlsx.sheet_rows(path)
    del parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    with pytest.raises(CatalogError, match="not in the file"):
        xlsx.sheet_rows(path)


def test_a_sheet_path_leaving_the_zip_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "escape.xlsx", [["a"]], sheet_target="../../etc/passwd")
    with pytest.raises(CatalogError, match="not in the file"):
        xlsx.sheet_rows(path)


def test_a_zip_bomb_is_refused(tmp_path):
    parts = workbook_bytes([["a"]])
    parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData>" + " " * 3_000_000 + "</sheetData></worksheet>"
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    with pytest.raises(CatalogError, match="zip bomb"):
        xlsx.sheet_rows(path)
    with pytest.raises(CatalogError, match="xlsx_max_unpacked_bytes"):
        xlsx.sheet_rows(path, max_unpacked_bytes=1_000, max_ratio=10**9)


def test_any_export_saved_as_a_workbook_is_read_like_its_csv(tmp_path):
    """Facet's own columns in a workbook: the rows the CSV reader gets, a bad price at its sheet row."""
    path = write_xlsx(tmp_path / "catalog.xlsx", [
        ["id", "title", "price", "metal", "image"],
        ["r1", "Gold ring", 450, "gold", "https://cdn.example.com/r1.jpg"],
        ["r2", "Silver ring", "lots", "silver", ""],
    ])  # fmt: skip
    loaded = load_catalog(path)
    assert loaded.format == "facet"
    assert [item.id for item in loaded.items] == ["r1"]
    assert [error.line for error in loaded.errors] == [3]
