"""The catalog: one typed item schema, and loaders for JSONL and CSV files.

A bad row never stops a load: it is reported with its line number and reason, and every
good row is kept. A row is valid as it will be stored: a price is checked after it is rounded
to cents, numbers must be numbers (not true/false), and every field has a size limit
(`CatalogConfig`). A file that is not a catalog, or whose every row is rejected, is a
`CatalogError`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from retrieval.config import CatalogConfig
from retrieval.images import PhotoRefused, is_web_url, resolve_reference
from retrieval.rows import CatalogError, RowError, csv_rows, jsonl_rows, refuse_binary
from retrieval.vocabulary import (
    GEMSTONE_COLORS,
    GOLD_KARATS,
    GOLD_METALS,
    NO_GEMSTONE,
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
)

PRICE_DECIMALS = 2  # prices are stored in cents
# A number written as text, as CSV cells always are: "1299", "1299.00", ".5", "2e3".
NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
REQUIRED_FIELDS = ("id", "title", "category", "metal", "price")
ATTRIBUTE_FIELDS = ("category", "metal", "gemstone", "gemstone_color", "style", "occasion", "currency")


def _number(value: Any) -> Any:
    """A number, or a number written as text, left for pydantic to convert; anything else (true,
    false, "free", "$12") is refused here: pydantic would read true as 1."""
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} is not a number")
    if isinstance(value, str) and not NUMBER_TEXT.fullmatch(value.strip()):
        raise ValueError(f"{value!r} is not a number")
    return value


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
    # Where the piece is sold: its page (or a handle for the shop's product URL pattern), the
    # variants a cart takes, and the top of its price range when variants differ.
    url: str = ""
    handle: str = ""
    variant_ids: list[str] = []
    price_max: float | None = None

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

    @field_validator("price", "carat", "karat", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        return value if value is None else _number(value)

    @field_validator("ring_sizes", mode="before")
    @classmethod
    def _numeric_sizes(cls, sizes: Any) -> Any:
        return [_number(size) for size in sizes] if isinstance(sizes, list) else sizes

    @field_validator("price")
    @classmethod
    def _price(cls, value: float) -> float:
        """Validated as stored, in cents: 0.004 would be stored as 0.00, a price no one pays."""
        if not math.isfinite(value) or value <= 0:
            raise ValueError("must be a positive number")
        stored = round(value, PRICE_DECIMALS)
        if stored <= 0:
            raise ValueError(f"{value:g} rounds to {stored:.{PRICE_DECIMALS}f}; a price must be at least 0.01")
        return stored

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
        return is_web_url(self.image)


@dataclass
class LoadResult:
    items: list[Item] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0
    lines: dict[str, int] = field(default_factory=dict)  # item id -> its line in the file
    photo_refusals: dict[str, str] = field(default_factory=dict)  # item id -> why its image reference was not followed


class NoValidRowsError(CatalogError):
    """A catalog file with no row that can be ingested; `errors` holds every row's reason."""

    def __init__(self, message: str, errors: list[RowError], rows_read: int):
        super().__init__(message)
        self.errors, self.rows_read = errors, rows_read


def load_catalog(
    path: str | Path, images_dir: str | Path | None = None, currency: str = "USD", limits: CatalogConfig | None = None
) -> LoadResult:
    """Read a .jsonl or .csv catalog. Relative image paths are resolved against `images_dir`
    (default: the catalog file's folder), must stay inside it and must exist; http(s) URLs are
    kept as they are (retrieval/images.py). A reference that must not be followed leaves its item
    without a photo, noted in `photo_refusals`. Raises a CatalogError for a file that is not a
    catalog, and NoValidRowsError when no row is valid."""
    path = Path(path)
    limits = limits or CatalogConfig()
    if not path.is_file():
        raise CatalogError(f"catalog file not found: {path}")
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".json", ".csv"):
        raise CatalogError(f"unknown catalog format {path.suffix!r}: use .jsonl or .csv")
    refuse_binary(path)
    if suffix == ".csv":
        rows = csv_rows(path, limits.max_row_bytes, set(Item.model_fields), REQUIRED_FIELDS)
    else:
        rows = jsonl_rows(path, limits.max_row_bytes)
    image_root = Path(images_dir) if images_dir else path.parent
    root_name = "the --images folder" if images_dir else "the catalog's folder"

    result = LoadResult()
    for line, row in rows:
        result.rows_read += 1
        if isinstance(row, RowError):
            result.errors.append(row)
            continue
        try:
            item, refusal = _validate_row(row, image_root, root_name, currency, limits)
        except ValueError as error:
            result.errors.append(RowError(line, str(error)))
            continue
        if item.id in result.lines:
            result.errors.append(RowError(line, f"duplicate id {item.id!r} (first on line {result.lines[item.id]})"))
            continue
        result.lines[item.id] = line
        result.items.append(item)
        if refusal:
            result.photo_refusals[item.id] = refusal
    _refuse_empty(path, result)
    return result


def _refuse_empty(path: Path, result: LoadResult) -> None:
    if result.items:
        return
    if not result.rows_read:
        raise CatalogError(f"{path.name} has no catalog rows")
    message = f"every row of {path.name} was rejected ({result.rows_read} rows; the first: {result.errors[0]})"
    raise NoValidRowsError(message, result.errors, result.rows_read)


def _validate_row(row: dict[str, Any], image_root: Path, root_name: str, currency: str, limits: CatalogConfig) -> tuple[Item, str | None]:
    """The row's item, and why its image reference was not followed (None when it was)."""
    row = {key: value for key, value in row.items() if value is not None and value != ""}
    _check_sizes(row, limits)
    row.setdefault("currency", currency)
    try:
        item = Item.model_validate(row)
    except ValidationError as error:
        raise ValueError(_describe(error)) from None
    _check_bounds(item, limits)
    if not item.image:
        return item, None
    try:
        return item.model_copy(update={"image": resolve_reference(item.image, image_root, root_name)}), None
    except PhotoRefused as refusal:
        return item.model_copy(update={"image": ""}), str(refusal)


def _check_sizes(row: dict[str, Any], limits: CatalogConfig) -> None:
    """Every field within its size limit, before anything is parsed from it."""
    caps = {"id": limits.max_id_chars, "title": limits.max_title_chars, "description": limits.max_description_chars,
            "image": limits.max_image_chars, **dict.fromkeys(ATTRIBUTE_FIELDS, limits.max_attribute_chars)}  # fmt: skip
    for name, cap in caps.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > cap:
            raise ValueError(f"{name}: {len(value):,} characters; the limit is {cap:,} (catalog.max_{_limit_name(name)})")
    tags = row.get("tags")
    if isinstance(tags, list):
        if len(tags) > limits.max_tags:
            raise ValueError(f"tags: {len(tags):,} tags; the limit is {limits.max_tags:,} (catalog.max_tags)")
        longest = max((len(tag) for tag in tags if isinstance(tag, str)), default=0)
        if longest > limits.max_tag_chars:
            raise ValueError(f"tags: a tag of {longest:,} characters; the limit is {limits.max_tag_chars:,} (catalog.max_tag_chars)")


def _limit_name(field_name: str) -> str:
    return "attribute_chars" if field_name in ATTRIBUTE_FIELDS else f"{field_name}_chars"


def _check_bounds(item: Item, limits: CatalogConfig) -> None:
    if item.price > limits.max_price:
        raise ValueError(f"price: {item.price:,.2f} is above the limit of {limits.max_price:,.2f} (catalog.max_price)")
    if item.carat is not None and item.carat > limits.max_carat:
        raise ValueError(f"carat: {item.carat:g} is above the limit of {limits.max_carat:g} (catalog.max_carat)")


def _describe(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "row"
        message = problem["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def write_jsonl(items: list[Item], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            out.write(item.model_dump_json(exclude_defaults=False) + "\n")
