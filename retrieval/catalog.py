"""The catalog: one typed item schema, and loaders for JSONL and CSV files.

A bad row never stops a load: it is reported with its line number and reason, and every
good row is kept.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from retrieval.vocabulary import (
    GEMSTONE_COLORS,
    GOLD_KARATS,
    GOLD_METALS,
    NO_GEMSTONE,
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
)

LIST_SEPARATOR = ";"
LIST_FIELDS = ("ring_sizes", "tags")
TRUE_WORDS = {"true", "yes", "y", "1"}
FALSE_WORDS = {"false", "no", "n", "0"}


class CatalogError(ValueError):
    """A catalog file that cannot be read at all (missing, unknown format)."""


class Item(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    id: str
    title: str
    description: str = ""
    category: str
    metal: str
    karat: int | None = None
    gemstone: str = NO_GEMSTONE
    gemstone_color: str = ""
    carat: float | None = None
    price: float
    currency: str
    image: str = ""
    ring_sizes: list[float] = []
    style: str = ""
    occasion: str = ""
    tags: list[str] = []
    in_stock: bool = True

    @field_validator("id", "title", "category", "metal")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("category", "metal", "gemstone", "gemstone_color", "style", "occasion")
    @classmethod
    def _lower(cls, value: str) -> str:
        return " ".join(value.lower().replace("-", " ").split())

    @field_validator("gemstone")
    @classmethod
    def _gemstone(cls, value: str) -> str:
        return value or NO_GEMSTONE

    @field_validator("price")
    @classmethod
    def _price(cls, value: float) -> float:
        if not math.isfinite(value) or value <= 0:
            raise ValueError("must be a positive number")
        return round(value, 2)

    @field_validator("carat")
    @classmethod
    def _carat(cls, value: float | None) -> float | None:
        if value is not None and (not math.isfinite(value) or value <= 0):
            raise ValueError("must be a positive number of carats")
        return value

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        code = value.upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"{value!r} is not an ISO 4217 code such as USD")
        return code

    @field_validator("ring_sizes")
    @classmethod
    def _ring_sizes(cls, sizes: list[float]) -> list[float]:
        for size in sizes:
            on_step = (size / RING_SIZE_STEP).is_integer()
            if not (RING_SIZE_MIN <= size <= RING_SIZE_MAX and on_step):
                raise ValueError(
                    f"{size} is not a US ring size ({RING_SIZE_MIN:g}-{RING_SIZE_MAX:g} in quarter sizes)"
                )
        return sorted(set(sizes))

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: list[str]) -> list[str]:
        return [tag.strip().lower() for tag in tags if tag.strip()]

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if self.karat is not None:
            if self.metal not in GOLD_METALS:
                raise ValueError(f"karat {self.karat} given for {self.metal}; karat applies to gold only")
            if self.karat not in GOLD_KARATS:
                raise ValueError(f"karat {self.karat} is not one of {GOLD_KARATS}")
        if self.gemstone == NO_GEMSTONE and self.carat is not None:
            raise ValueError("carat given for an item without a gemstone")
        if not self.gemstone_color and self.gemstone in GEMSTONE_COLORS:
            object.__setattr__(self, "gemstone_color", GEMSTONE_COLORS[self.gemstone])
        return self

    @property
    def metal_label(self) -> str:
        return f"{self.karat}k {self.metal}" if self.karat else self.metal

    @property
    def has_stone(self) -> bool:
        return self.gemstone != NO_GEMSTONE

    def image_is_url(self) -> bool:
        return self.image.startswith(("http://", "https://"))


@dataclass
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class LoadResult:
    items: list[Item] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0


def load_catalog(path: str | Path, images_dir: str | Path | None = None, currency: str = "USD") -> LoadResult:
    """Read a .jsonl or .csv catalog. Relative image paths are resolved against `images_dir`
    (default: the catalog file's folder) and must exist; URLs are kept as they are."""
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"catalog file not found: {path}")
    readers = {".jsonl": _jsonl_rows, ".json": _jsonl_rows, ".csv": _csv_rows}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise CatalogError(f"unknown catalog format {path.suffix!r}: use .jsonl or .csv")
    image_root = Path(images_dir) if images_dir else path.parent

    result = LoadResult()
    first_line_of_id: dict[str, int] = {}
    for line, row in reader(path):
        result.rows_read += 1
        if isinstance(row, RowError):
            result.errors.append(row)
            continue
        try:
            item = _validate_row(row, image_root, currency)
        except ValueError as error:
            result.errors.append(RowError(line, str(error)))
            continue
        if item.id in first_line_of_id:
            result.errors.append(RowError(line, f"duplicate id {item.id!r} (first on line {first_line_of_id[item.id]})"))
            continue
        first_line_of_id[item.id] = line
        result.items.append(item)
    return result


def _validate_row(row: dict[str, Any], image_root: Path, currency: str) -> Item:
    row = {key: value for key, value in row.items() if value is not None and value != ""}
    row.setdefault("currency", currency)
    try:
        item = Item.model_validate(row)
    except ValidationError as error:
        raise ValueError(_describe(error)) from None
    if item.image and not item.image_is_url():
        image_path = (image_root / item.image).resolve()
        if not image_path.is_file():
            raise ValueError(f"image not found: {image_path}")
        item = item.model_copy(update={"image": str(image_path)})
    return item


def _describe(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "row"
        message = problem["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    with path.open(encoding="utf-8") as lines:
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except json.JSONDecodeError as error:
                yield number, RowError(number, f"not valid JSON ({error.msg})")
                continue
            if not isinstance(row, dict):
                yield number, RowError(number, "not a JSON object")
                continue
            yield number, row


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            if None in row:  # more cells than header columns
                yield reader.line_num, RowError(reader.line_num, "more cells than the header has columns")
                continue
            try:
                yield reader.line_num, _parse_csv_cells(row)
            except ValueError as error:
                yield reader.line_num, RowError(reader.line_num, str(error))


def _parse_csv_cells(row: dict[str, str | None]) -> dict[str, Any]:
    parsed: dict[str, Any] = {}
    for key, value in row.items():
        value = (value or "").strip()
        if key in LIST_FIELDS:
            parsed[key] = [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
        elif key == "in_stock" and value:
            parsed[key] = _parse_bool(value)
        else:
            parsed[key] = value
    return parsed


def _parse_bool(value: str) -> bool:
    word = value.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"in_stock: {value!r} is not yes/no/true/false")


def write_jsonl(items: list[Item], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            out.write(item.model_dump_json(exclude_defaults=False) + "\n")
