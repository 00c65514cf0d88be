"""The first sheet of an Excel workbook (.xlsx, Office Open XML) as rows of text, read with the
standard library only (zipfile and xml.etree: Facet has no Excel dependency).

Read: xl/workbook.xml's first <sheet>, found through xl/_rels/workbook.xml.rels; its cells as text:
shared strings (xl/sharedStrings.xml, rich-text runs joined, phonetic runs dropped), inline strings,
formula results written as strings, numbers (as Excel stores them: "24990", "12.5"; a float's
noise removed: "0.30000000000000004" reads "0.3"), booleans ("TRUE" / "FALSE"), errors ("#N/A") as
written. A date is a number in a date style: it is left as that number's text (no style is read).
A cell's column comes from its reference ("C7"), so the empty cells Excel leaves out stay empty.

Refused with a clear CatalogError: a file that is no zip (an old .xls, or an encrypted workbook,
which Excel writes as an OLE compound file), a zip with no workbook, an encrypted zip member, a
member larger than `max_unpacked_bytes` or packed more than `max_ratio` times (a zip bomb), and a
sheet path that leaves the zip's folders. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Iterator
from xml.etree import ElementTree

from retrieval.rows import CatalogError, Row, RowError, column_key

SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL = ".xls"  # refused with its reason: Excel 97-2003 is no zip
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .xls, or an .xlsx encrypted with a password
MAX_UNPACKED_BYTES = 200_000_000  # one member, unpacked; config: catalog.xlsx_max_unpacked_bytes
MAX_RATIO = 200  # unpacked over packed bytes of one member; config: catalog.xlsx_max_ratio
SMALL_MEMBER_BYTES = 1_000_000  # below this a member's ratio is not checked (an empty sheet packs very well)
READ_CHUNK = 1 << 16
WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
STRICT_REL_ID = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
CELL_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)$")
MAX_COLUMNS = 16_384  # Excel's last column, XFD
SIGNIFICANT = ".15g"  # the digits Excel shows of a number: "0.30000000000000004" is 0.3


def is_xlsx(path: Path) -> bool:
    """A zip holding an Excel workbook (whatever the file's name)."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(ZIP_MAGIC)) != ZIP_MAGIC:
                return False
        with zipfile.ZipFile(path) as archive:
            return WORKBOOK in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def sheet_rows(path: Path, max_unpacked_bytes: int = MAX_UNPACKED_BYTES, max_ratio: int = MAX_RATIO, sheet_name: str = "") -> list[tuple[int, list[str]]]:
    """(row number, its cells as text) of the workbook's first sheet, rows with no text left out;
    a CatalogError for a file that cannot be read as one. `sheet_name`: another sheet, by its name
    (Amazon's templates hold their rows in the sheet named "Template", retrieval/amazon.py)."""
    _refuse_non_zip(path)
    try:
        with zipfile.ZipFile(path) as archive:
            guard = _Guard(archive, path.name, max_unpacked_bytes, max_ratio)
            sheet = _first_sheet(guard, sheet_name)
            shared = _shared_strings(guard)
            with guard.open(sheet) as handle:
                return list(_rows(handle, shared, path.name))
    except zipfile.BadZipFile as error:
        raise CatalogError(f"{path.name} is not a readable .xlsx workbook (a corrupt zip: {error})") from None
    except ElementTree.ParseError as error:
        raise CatalogError(f"{path.name} is not a readable .xlsx workbook (its XML is broken: {error})") from None
    except (OSError, EOFError, RuntimeError, ValueError) as error:  # zlib / zipfile errors on a damaged member
        if isinstance(error, CatalogError):
            raise
        raise CatalogError(f"{path.name} is not a readable .xlsx workbook ({error})") from None


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheet names in their order; [] for a file that is no readable workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            guard = _Guard(archive, path.name, MAX_UNPACKED_BYTES, MAX_RATIO)
            return [sheet.get("name", "") for sheet in _sheets(guard)]
    except (OSError, EOFError, RuntimeError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return []


def header_and_rows(path: Path, max_unpacked_bytes: int = MAX_UNPACKED_BYTES, max_ratio: int = MAX_RATIO) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(the first sheet's first row with text, as column names; the rows after it)."""
    rows = sheet_rows(path, max_unpacked_bytes, max_ratio)
    if not rows:
        raise CatalogError(f"{path.name}'s first sheet is empty: an export's first row names its columns")
    (_, header), *body = rows
    return [name.strip() for name in header], body


def records(header: list[str], rows: list[tuple[int, list[str]]], max_row_bytes: int) -> Iterator[tuple[int, Row]]:
    """The rows as the CSV readers get them (rows.csv_records): {column key: cell}, a repeated
    column keeping its first cell, at the sheet's row number."""
    for line, cells in rows:
        if any(cell.strip() for cell in cells[len(header):]):
            yield line, RowError(line, "more cells than the header has columns")
        elif sum(len(cell) for cell in cells) > max_row_bytes:
            yield line, RowError(line, f"the row is longer than {max_row_bytes:,} bytes")
        else:
            record: dict[str, str] = {}
            for name, cell in zip(header, cells):
                record.setdefault(column_key(name), cell.strip())
            yield line, record


def _refuse_non_zip(path: Path) -> None:
    with path.open("rb") as handle:
        start = handle.read(len(OLE_MAGIC))
    if start.startswith(OLE_MAGIC):
        raise CatalogError(
            f"{path.name} is an encrypted workbook or an old Excel 97-2003 file (.xls): Facet reads .xlsx; "
            "remove its password, or save it as .xlsx or .csv in Excel"
        )
    if not start.startswith(ZIP_MAGIC):
        raise CatalogError(f"{path.name} is not an .xlsx workbook (an .xlsx is a zip; this file does not start like one)")


class _Guard:
    """Opens a zip's members only after checking their name, encryption and size."""

    def __init__(self, archive: zipfile.ZipFile, name: str, max_unpacked_bytes: int, max_ratio: int):
        self.archive, self.name, self.max_unpacked_bytes, self.max_ratio = archive, name, max_unpacked_bytes, max_ratio
        self.members = {info.filename: info for info in archive.infolist()}

    def has(self, member: str) -> bool:
        return member in self.members

    def open(self, member: str) -> IO[bytes]:
        info = self.members.get(member)
        if info is None:
            raise CatalogError(f"{self.name} is not a readable .xlsx workbook: it has no {member}")
        if info.flag_bits & 0x1:
            raise CatalogError(f"{self.name} is an encrypted zip: remove its password, or save it again as .xlsx in Excel")
        if info.file_size > self.max_unpacked_bytes:
            raise CatalogError(f"{self.name}: {member} unpacks to {info.file_size:,} bytes, more than the {self.max_unpacked_bytes:,} allowed (catalog.xlsx_max_unpacked_bytes)")
        if info.file_size > SMALL_MEMBER_BYTES and info.file_size > self.max_ratio * max(info.compress_size, 1):
            raise CatalogError(f"{self.name}: {member} is packed {info.file_size // max(info.compress_size, 1):,} times, more than the {self.max_ratio} allowed (a zip bomb?)")
        return _Bounded(self.archive.open(info), self.max_unpacked_bytes, f"{self.name}: {member}")


class _Bounded:
    """A member's stream that stops at the limit whatever its header claimed."""

    def __init__(self, handle: IO[bytes], limit: int, named: str):
        self.handle, self.left, self.named = handle, limit, named

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(READ_CHUNK if size is None or size < 0 else min(size, READ_CHUNK))
        self.left -= len(chunk)
        if self.left < 0:
            raise CatalogError(f"{self.named} unpacks to more bytes than allowed (catalog.xlsx_max_unpacked_bytes)")
        return chunk

    def __enter__(self) -> "_Bounded":
        return self

    def __exit__(self, *_: object) -> None:
        self.handle.close()


def _parsed(guard: _Guard, member: str) -> ElementTree.Element:
    with guard.open(member) as handle:
        return ElementTree.parse(handle).getroot()  # type: ignore[arg-type]


def _sheets(guard: _Guard) -> list[ElementTree.Element]:
    """The workbook's <sheet> entries, in their order."""
    return [element for element in _parsed(guard, WORKBOOK).iter() if _local(element.tag) == "sheet"]


def _first_sheet(guard: _Guard, name: str = "") -> str:
    """The zip member of the workbook's first sheet (or of the one named `name`)."""
    sheets = _sheets(guard)
    sheet = next((element for element in sheets if name and element.get("name", "") == name), sheets[0] if sheets else None)
    if sheet is None:
        raise CatalogError(f"{guard.name} is not a readable .xlsx workbook: its workbook names no sheet")
    relation = sheet.get(REL_ID) or sheet.get(STRICT_REL_ID) or ""
    target = ""
    if guard.has(WORKBOOK_RELS):
        target = next((rel.get("Target", "") for rel in _parsed(guard, WORKBOOK_RELS).iter(PACKAGE_RELS) if rel.get("Id") == relation), "")
    if not target:
        raise CatalogError(f"{guard.name} is not a readable .xlsx workbook: its first sheet's part is not named")
    member = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target))
    if member.startswith(("../", "/")) or member == ".." or "\\" in member or not guard.has(member):
        raise CatalogError(f"{guard.name} is not a readable .xlsx workbook: its first sheet {target[:80]!r} is not in the file")
    return member


def _shared_strings(guard: _Guard) -> list[str]:
    if not guard.has(SHARED_STRINGS):
        return []
    return [_text_of(item) for item in _parsed(guard, SHARED_STRINGS) if _local(item.tag) == "si"]


def _text_of(item: ElementTree.Element) -> str:
    """A string item's text: its <t>, or its rich-text runs' <t>s joined; phonetic runs (<rPh>) left out."""
    parts = []
    for child in item:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts += [run.text or "" for run in child if _local(run.tag) == "t"]
    return "".join(parts)


def _rows(handle: IO[bytes], shared: list[str], name: str) -> Iterator[tuple[int, list[str]]]:
    last_row = 0
    for _, element in ElementTree.iterparse(handle):  # type: ignore[arg-type]
        if _local(element.tag) != "row":
            continue
        number = int(element.get("r") or last_row + 1)
        last_row = number
        cells: dict[int, str] = {}
        for cell in element:
            if _local(cell.tag) != "c":
                continue
            column = _column(cell.get("r", ""), len(cells) and max(cells) + 1)
            cells[column] = _cell_text(cell, shared, name, number)
        element.clear()
        if any(text.strip() for text in cells.values()):
            row = [""] * (max(cells) + 1)
            for column, text in cells.items():
                row[column] = text
            yield number, row


def _column(reference: str, following: int) -> int:
    """"C7" -> 2; a cell without a reference is the one after the last."""
    match = CELL_REFERENCE.match(reference)
    if not match:
        return following
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - ord("A") + 1
    if index > MAX_COLUMNS:
        raise CatalogError(f"a cell reference {reference!r} lies past Excel's last column")
    return index - 1


def _cell_text(cell: ElementTree.Element, shared: list[str], name: str, row: int) -> str:
    kind = cell.get("t", "n")
    value = next((child.text or "" for child in cell if _local(child.tag) == "v"), "")
    if kind == "inlineStr":
        inline = next((child for child in cell if _local(child.tag) == "is"), None)
        return _text_of(inline) if inline is not None else ""
    if kind == "s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            raise CatalogError(f"{name}: row {row} names a shared string {value!r} the workbook does not have") from None
    if kind == "b":
        return "TRUE" if value.strip() == "1" else "FALSE"
    if kind == "n" and value:
        return _number(value)
    return value  # "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date)


def _number(value: str) -> str:
    """As Excel stores it, less a float's noise: "24990", "12.5", "1153724202", "0.3"."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if number == number.to_integral_value() and abs(number) < Decimal(10) ** 15:
        return str(int(number))
    return format(Decimal(format(float(number), SIGNIFICANT)).normalize(), "f")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
