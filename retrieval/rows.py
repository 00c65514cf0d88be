"""Rows of a catalog file, read as bytes: a byte that is not UTF-8, an over-long line or a
broken CSV quote costs only its own row, reported with its line number.

A file that is not a catalog at all (binary, or a CSV whose header names no catalog columns,
retrieval/formats.py) is refused whole with a `CatalogError`, before any row is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, TypeVar

TRUE_WORDS = {"true", "yes", "y", "1"}
FALSE_WORDS = {"false", "no", "n", "0"}
SNIFF_BYTES = 8_192  # read from the top of a file to tell text from binary
READ_CHUNK_BYTES = 65_536  # the rest of an over-long line is skipped in chunks this size
NUL = b"\x00"
DIGIT_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")  # grouping of digits: "12 500,00"
# Lone surrogates: what errors="surrogateescape" turns bytes that are not UTF-8 into.
SURROGATES = range(0xDC80, 0xDD00)
UTF8 = "utf-8-sig"  # a BOM at the start is fine
Read = TypeVar("Read")
LinedRow = tuple[int, dict[str, str]]


class CatalogError(ValueError):
    """A catalog file that cannot be read at all (missing, unknown format, not a catalog)."""


@dataclass
class RowError:
    line: int
    reason: str
    file: str = ""  # the file the line is in, when a catalog is more than one file (PrestaShop's products and combinations)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


Row = dict[str, Any] | RowError


def refuse_binary(path: Path) -> None:
    """A CatalogError for a file that is plainly not text (a NUL byte near its start)."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if NUL in head:
        raise CatalogError(f"{path.name} is a binary file, not a text catalog (.jsonl or .csv)")


def jsonl_rows(path: Path, max_row_bytes: int) -> Iterator[tuple[int, Row]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(_lines(handle, max_row_bytes), start=1):
            if raw is None:
                yield number, RowError(number, f"the line is longer than {max_row_bytes:,} bytes")
                continue
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, RowError(number, f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})")
                continue
            if text.strip():
                yield number, _json_object(number, text)


def _lines(handle: BinaryIO, max_row_bytes: int) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line past the limit (whose rest is skipped unread)."""
    while True:
        raw = handle.readline(max_row_bytes + 1)
        if not raw:
            return
        if len(raw) > max_row_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(READ_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield raw


def _json_object(number: int, text: str) -> Row:
    try:
        row = json.loads(text)
    except json.JSONDecodeError as error:
        return RowError(number, f"not valid JSON ({error.msg})")
    except RecursionError:
        return RowError(number, "not valid JSON (nested too deeply)")
    return row if isinstance(row, dict) else RowError(number, "not a JSON object")


def column_key(name: str) -> str:
    """A header name as it is matched: without regard to case, spacing or underscores
    ("Variant  Price", "variant_price" -> "variant price")."""
    return " ".join(name.replace("_", " ").lower().split())


def csv_header(path: Path, delimiter: str = ",", encoding: str = UTF8) -> list[str]:
    """The names in a CSV file's first line (a UTF-8 BOM is fine)."""
    with path.open("rb") as binary:
        text = io.TextIOWrapper(binary, encoding=encoding, errors="surrogateescape", newline="")
        try:
            return [name.strip() for name in next(csv.reader(text, delimiter=delimiter), [])]
        except csv.Error as error:
            raise CatalogError(f"{path.name} has no readable CSV header ({error})") from None


def csv_records(path: Path, max_row_bytes: int, delimiter: str = ",", encoding: str = UTF8) -> Iterator[tuple[int, Row]]:
    """Each CSV row after the header as {column key: cell}, with the line it starts on; a row that
    cannot be read is a RowError. Keys are `column_key`s; a repeated column keeps its first cell.
    `delimiter` separates the cells (";" in a Tilda export); `encoding` is UTF-8 unless the file is
    known to be another (a PrestaShop import file may be ISO-8859-1: retrieval/prestashop.py)."""
    with path.open("rb") as binary:
        text = io.TextIOWrapper(binary, encoding=encoding, errors="surrogateescape", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = [name.strip() for name in next(reader, [])]
        except csv.Error as error:
            raise CatalogError(f"{path.name} has no readable CSV header ({error})") from None
        last_line = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield last_line + 1, RowError(last_line + 1, f"not a valid CSV row ({error})")
                last_line = reader.line_num
                continue
            first_line, last_line = last_line + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield first_line, _csv_record(first_line, header, cells, max_row_bytes)


def _csv_record(line: int, header: list[str], cells: list[str], max_row_bytes: int) -> Row:
    if len(cells) > len(header):
        return RowError(line, "more cells than the header has columns")
    if sum(len(cell) for cell in cells) > max_row_bytes:
        return RowError(line, f"the row is longer than {max_row_bytes:,} bytes")
    column = _column_with_bad_bytes(header, cells)
    if column is not None:
        return RowError(line, f"not valid UTF-8 (in the {column!r} column)")
    record: dict[str, str] = {}
    for name, cell in zip(header, cells):
        record.setdefault(column_key(name), cell.strip())
    return record


def _column_with_bad_bytes(header: list[str], cells: list[str]) -> str | None:
    for name, cell in zip(header, cells):
        if any(ord(char) in SURROGATES for char in cell):
            return name
    return None


def parse_bool(value: str, name: str = "in_stock") -> bool:
    word = value.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"{name}: {value!r} is not yes/no/true/false")


def flag_cell(cell: str, yes: set[str], no: set[str], column: str, line: int, wanted: str) -> bool | None:
    """A yes / no cell in the file's own words (`wanted` names them: "Y or N", "1 or 0"); None when
    blank. Anything else is refused with the column's name as the file writes it and the row's line."""
    word = cell.strip().lower()
    if not word:
        return None
    if word in yes or word in no:
        return word in yes
    raise ValueError(f"{column}: {cell.strip()!r} is not {wanted} (line {line})")


def list_cell(cell: str, separator: str) -> list[str]:
    """The parts of a cell holding a list ("Rings, Gold"), stripped, blanks left out."""
    return [part.strip() for part in cell.split(separator) if part.strip()]


def decimal_cell(text: str) -> Decimal | None:
    """The finite number `text` is written as ("1250.50"), else None: the reader says what its column wanted."""
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def spaced_decimal(cell: str) -> Decimal | None:
    """A number with spaces between its digit groups and a comma or a point as its decimal mark
    ("12 500,00", "1290.50"), else None: the reader says what its column wanted."""
    number = cell.strip().translate(DIGIT_SPACES)
    if "," in number and "." not in number and number.count(",") == 1:
        number = number.replace(",", ".")
    return decimal_cell(number)


def marked_decimal(cell: str) -> Decimal | None:
    """A number whose last mark, a comma or a point, is its decimal one and whose other mark groups its
    digits ("1.250,50", "1,250.50", "1250,5"), spaces between the groups allowed; else None: the reader
    says what its column wanted."""
    number = cell.strip().translate(DIGIT_SPACES)
    if "," in number and "." in number:
        number = number.replace("." if number.rfind(",") > number.rfind(".") else ",", "")
    return decimal_cell(number.replace(",", "."))


def amount_cell(cell: str, parse: Callable[[str], Decimal | None], column: str, line: int, wanted: str = "a price") -> Decimal | None:
    """The amount a cell holds, read by `parse`; None when blank. Anything else, or a negative
    amount, is refused with the column's name as the file writes it and the row's line."""
    cell = cell.strip()
    if not cell:
        return None
    amount = parse(cell)
    if amount is None or amount < 0:
        raise ValueError(f"{column}: {cell!r} is not {wanted} (line {line})")
    return amount


def price_cell(cell: str, column: str, line: int) -> Decimal | None:
    """A price written with a decimal point ("1290.50"), read as `amount_cell` reads it."""
    return amount_cell(cell, decimal_cell, column, line)


def web_address(cell: str) -> str:
    """The cell when it is an http(s) address, else "" (a link shown to shoppers, never fetched)."""
    cell = cell.strip()
    return cell if cell.lower().startswith(("https://", "http://")) else ""


def grouped_rows(records: Iterator[tuple[int, Row]], key_of: Callable[[dict[str, str]], str], unkeyed: Callable[[int], str]) -> tuple[dict[str, list[LinedRow]], list[tuple[int, RowError]]]:
    """The rows of an export writing a product's variants one a row, by the product `key_of` says they
    belong to (its handle, its name), in file order; and a RowError at its line for each row that cannot
    be read or that `key_of` finds no product for (`unkeyed(line)` says why)."""
    groups: dict[str, list[LinedRow]] = {}
    errors: list[tuple[int, RowError]] = []
    for line, record in records:
        key = "" if isinstance(record, RowError) else key_of(record)
        if key:
            groups.setdefault(key, []).append((line, record))
        else:
            errors.append((line, record if isinstance(record, RowError) else RowError(line, unkeyed(line))))
    return groups, errors


def each_read(rows: list[LinedRow], read: Callable[[int, dict[str, str]], Read]) -> tuple[list[Read], list[tuple[int, RowError]]]:
    """What `read(line, row)` makes of each row, and a RowError at its line for each it refuses (a ValueError)."""
    made: list[Read] = []
    errors: list[tuple[int, RowError]] = []
    for line, row in rows:
        try:
            made.append(read(line, row))
        except ValueError as error:
            errors.append((line, RowError(line, str(error))))
    return made, errors
