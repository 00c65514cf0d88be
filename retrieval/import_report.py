"""What an ingest made of each product, written for the owner under the data folder:

- `report.csv`: per item and attribute, the value and whether it was read (a column), inferred
  (from words or the photo, with the source and confidence), defaulted or corrected; and each
  rejected or skipped row with its line and reason; and each photo found by its file name
  (retrieval/photos_by_name.py), with the file;
- `review.csv`: the facts read less surely than `extraction.review_below_confidence`, with an
  empty `correct_value` column: fill in the ones that are wrong and feed the file back with
  `facet ingest CATALOG --corrections review.csv` (retrieval/corrections.py).

Cells are catalog text: one starting with = + - or @ is written with a leading ' so a
spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from retrieval.catalog import EXTRACTED_FIELDS, LoadResult
from retrieval.facts import Extraction
from retrieval.photos_by_name import FOUND_BY_NAME

REPORT_FILE = "report.csv"
REVIEW_FILE = "review.csv"
REPORT_COLUMNS = ("line", "id", "title", "field", "value", "status", "source", "confidence", "evidence")
REVIEW_COLUMNS = ("id", "title", "field", "value", "confidence", "source", "evidence", "correct_value")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REJECTED, SKIPPED = "rejected", "skipped"
PHOTO_FIELD, FILE_NAME = "image", "file name"  # a photo found by name (retrieval/photos_by_name.py): its report row
WORTH_SHOWING = ("inferred", "corrected")  # a report of only columns and Facet's documented defaults is not printed


@dataclass
class ImportSummary:
    report: Path
    review: Path
    to_review: int  # facts listed for review
    inferred: int  # facts inferred from words or photos
    skipped: int
    found_by_name: int = 0  # items whose photo was found by its file name

    @property
    def worth_showing(self) -> bool:
        return bool(self.to_review or self.inferred or self.skipped or self.found_by_name)


def write_reports(folder: Path, loaded: LoadResult, extractions: dict[str, Extraction], review_below: float,
                  found_by_name: dict[str, tuple[str, str]] | None = None) -> ImportSummary:  # fmt: skip
    """`found_by_name`: item id -> (its photo files, what they were named by), one row each."""
    found_by_name = found_by_name or {}
    folder.mkdir(parents=True, exist_ok=True)
    titles = {item.id: item.title for item in loaded.items}
    report_rows, review_rows, inferred = [], [], 0
    for item_id, line in sorted(loaded.lines.items(), key=lambda pair: pair[1]):
        facts = extractions.get(item_id)
        if facts is None:
            continue
        for name in EXTRACTED_FIELDS:
            fact = facts.facts.get(name)
            if fact is None:
                continue
            value = "" if fact.value is None else fact.value
            report_rows.append((line, item_id, titles[item_id], name, value, fact.status, fact.source, f"{fact.confidence:.2f}", fact.evidence))
            inferred += fact.status in WORTH_SHOWING
            if fact.confidence < review_below:
                review_rows.append((item_id, titles[item_id], name, value, f"{fact.confidence:.2f}", fact.source, fact.evidence, ""))
    report_rows += [(error.line, "", "", "", "", REJECTED, "", "", error.reason) for error in loaded.errors]
    report_rows += [(skipped.line, skipped.id, skipped.title, "", "", SKIPPED, "", "", skipped.reason) for skipped in loaded.skipped]
    report_rows += [(loaded.lines.get(item_id, 0), item_id, titles.get(item_id, ""), PHOTO_FIELD, files, FOUND_BY_NAME, FILE_NAME, "", said)
                    for item_id, (files, said) in found_by_name.items()]  # fmt: skip
    report_rows.sort(key=lambda row: row[0])
    report, review = folder / REPORT_FILE, folder / REVIEW_FILE
    _write(report, REPORT_COLUMNS, report_rows)
    _write(review, REVIEW_COLUMNS, review_rows)
    return ImportSummary(report, review, len(review_rows), inferred, len(loaded.skipped), len(found_by_name))


def _write(path: Path, columns: tuple[str, ...], rows: list[tuple]) -> None:
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([tuple(_safe(cell) for cell in row) for row in rows])
    partial.replace(path)


def _safe(cell) -> str:
    text = str(cell)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
