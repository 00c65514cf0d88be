"""The owner's corrections of what an ingest read, kept in the data folder and applied at every
later ingest: a correction always wins over the columns, the words and the photo.

The owner feeds a CSV with `--corrections FILE`: columns `id`, `field` and `value` (or the review
file an ingest writes, retrieval/import_report.py, with its `correct_value` column filled in; rows
left empty change nothing). Fields: category, metal, metal_color, karat, gemstone, gemstone_color,
carat. Values are read like a column's ("Rose Gold" -> rose gold, "CZ" -> cubic zirconia, "none").
Each correction replaces an earlier one of the same item and field.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from retrieval.facts import (
    CORRECTION,
    PHOTO_CATEGORY,
    PHOTO_METAL_COLOR,
    PHOTO_STONE,
    PHOTO_STONE_COLOR,
    Extraction,
    Fact,
)
from retrieval.lexicon_tables import Lexicon
from retrieval.reading import karat_number
from retrieval.rows import CatalogError, column_key
from retrieval.vocabulary import GOLD_KARATS, NO_GEMSTONE

STORE_FILE = "corrections.csv"
STORE_COLUMNS = ("id", "field", "value")
VALUE_COLUMNS = ("correct value", "correction", "value")  # the review file's column first
EVIDENCE = "corrected by the owner"
OPENED_BY = {"category": PHOTO_CATEGORY, "metal": PHOTO_METAL_COLOR, "metal_color": PHOTO_METAL_COLOR,
             "gemstone": PHOTO_STONE, "gemstone_color": PHOTO_STONE_COLOR}  # fmt: skip
FIELDS = ("category", "metal", "metal_color", "karat", "gemstone", "gemstone_color", "carat")
METAL_COLORS = ("yellow", "white", "rose", "silver", "bronze")  # the lexicon metals' colours (jewelry.toml)


class Corrections:
    def __init__(self, folder: Path, lexicon: Lexicon):
        self.path = folder / STORE_FILE
        self.lexicon = lexicon
        self.values: dict[tuple[str, str], str] = self._stored()

    def _stored(self) -> dict[tuple[str, str], str]:
        if not self.path.is_file():
            return {}
        with self.path.open(encoding="utf-8", newline="") as handle:
            return {(row["id"], row["field"]): row["value"] for row in csv.DictReader(handle)}

    def merge(self, path: Path) -> tuple[int, list[str]]:
        """Take in the owner's file: (how many corrections it made, a warning per row not taken)."""
        added, warnings = 0, []
        for line, item_id, field, value in _owner_rows(path):
            if not value:
                continue
            problem = self._problem(field, value)
            if problem:
                warnings.append(f"{path.name}:line {line}: {problem}; not taken")
                continue
            self.values[(item_id, field)] = value
            added += 1
        self._save()
        return added, warnings

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(STORE_COLUMNS)
            for (item_id, field), value in sorted(self.values.items()):
                writer.writerow((item_id, field, value))
        partial.replace(self.path)

    def _problem(self, field: str, value: str) -> str | None:
        if field not in FIELDS:
            return f"{field!r} is not a field that can be corrected ({', '.join(FIELDS)})"
        try:
            self._value(field, value)
        except ValueError as error:
            return str(error)
        return None

    def _value(self, field: str, value: str):
        """A correction's value in Facet's terms; a ValueError when it cannot be one."""
        text = value.strip()
        lexicon = self.lexicon
        none = text.lower() in lexicon.no_value_words
        if field == "category":
            reading = lexicon.category_of(text)
            return reading.value if reading else " ".join(text.lower().split())
        if field == "metal":
            reading = lexicon.metal_of(text)
            if reading and reading.metal == "gold":
                raise ValueError(f"{value!r}: say which gold (yellow, white or rose)")
            return reading.metal if reading else " ".join(text.lower().split())
        if field == "metal_color":
            color = text.lower()
            if color not in METAL_COLORS:
                raise ValueError(f"{value!r} is not a metal colour ({', '.join(METAL_COLORS)})")
            return color
        if field == "karat":
            if none:
                return None
            karat = _karat(text)
            if karat not in GOLD_KARATS:
                raise ValueError(f"{value!r} is not a karat ({', '.join(map(str, GOLD_KARATS))}, or none)")
            return karat
        if field == "gemstone":
            if none:
                return NO_GEMSTONE
            reading = lexicon.stone_of(text)
            return reading.stone if reading else " ".join(text.lower().split())
        if field == "gemstone_color":
            reading = lexicon.color_of(text)
            return reading.value if reading else " ".join(text.lower().split())
        if none:
            return None
        try:
            carat = float(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a number of carats") from None
        if carat <= 0:
            raise ValueError(f"{value!r} is not a number of carats")
        return carat

    def apply(self, item_id: str, extraction: Extraction) -> bool:
        """Put the item's corrections in its facts; whether it has any."""
        mine = {field: value for (owner, field), value in self.values.items() if owner == item_id}
        facts = extraction.facts
        for field in FIELDS:
            if field not in mine:
                continue
            value = self._value(field, mine[field])
            extraction.open_to_photo.discard(OPENED_BY.get(field, ""))
            if value is None:
                facts.pop(field, None)
                continue
            facts[field] = Fact(value, CORRECTION, 1.0, EVIDENCE)
            if field == "metal" and "metal_color" not in mine:
                facts["metal_color"] = Fact(self.lexicon.metal_color(value), CORRECTION, 1.0, EVIDENCE)
                extraction.open_to_photo.discard(PHOTO_METAL_COLOR)
            if field == "gemstone" and value == NO_GEMSTONE:
                facts.pop("gemstone_color", None)
                facts.pop("carat", None)
                extraction.open_to_photo.discard(PHOTO_STONE_COLOR)
        return bool(mine)


def _owner_rows(path: Path):
    """(line, id, field, value) of each row of the owner's file."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError(f"cannot read the corrections file {path} ({error})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [column_key(name) for name in next(reader, [])]
    value_column = next((name for name in VALUE_COLUMNS if name in header), None)
    if "id" not in header or "field" not in header or value_column is None:
        raise CatalogError(f"{Path(path).name} is not a corrections file: its header must name id, field and value (or correct_value)")
    for cells in reader:
        row = dict(zip(header, (cell.strip() for cell in cells)))
        yield reader.line_num, row.get("id", ""), column_key(row.get("field", "")).replace(" ", "_"), row.get(value_column, "")


def _karat(text: str) -> int | float | None:
    """"18", "19.2" or "19,2" as a karat; None for anything else."""
    try:
        return karat_number(text.replace(",", "."))
    except ValueError:
        return None
