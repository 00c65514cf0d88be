"""What the importer knows of a product's attributes: each value with where it was read (its
provenance: a column, a place in the words, the photo, a default or an owner's correction) and how
surely, and what the words leave open for the photo. The extractor (retrieval/extraction.py) fills
it, the photo (retrieval/photo_facts.py) and corrections (retrieval/corrections.py) amend it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

UNKNOWN = "unknown"  # the kind of piece or metal when nothing says it
COLUMN, PHOTO, USUAL_COLOR, DEFAULT, CORRECTION = "column", "photo", "usual colour", "default", "correction"
PRESUMED, SILVER_SAID, BASE_SAID = "presumed", "silver said", "base said"  # Extraction.trade_plating
# What the photo may say (retrieval/photo_facts.py), by the attribute it fills.
PHOTO_CATEGORY, PHOTO_METAL_COLOR, PHOTO_STONE, PHOTO_STONE_COLOR = "category", "metal_color", "stone", "stone_color"
# The places in a product's words a fact is read from, in the order they are read.
TEXT_SOURCES = ("title", "options", "materials", "type", "tags", "description")
# Kept beside the facts: how surely the words said "gold" before its colour was guessed (not stored).
METAL_BASE = "metal base"


@dataclass
class Fact:
    value: Any
    source: str
    confidence: float
    evidence: str = ""

    @property
    def status(self) -> str:
        """read (a column), inferred (words or photo), defaulted or corrected."""
        return {COLUMN: "read", CORRECTION: "corrected", DEFAULT: "defaulted", USUAL_COLOR: "defaulted"}.get(self.source, "inferred")


@dataclass
class Extraction:
    facts: dict[str, Fact]  # category, metal, metal_color, karat, gemstone, gemstone_color, carat
    open_to_photo: set[str] = field(default_factory=set)  # PHOTO_* the words leave open
    # A plating's trade name ("1 Gram Gold"): its base only PRESUMED by the name, or said under it (SILVER_SAID, BASE_SAID).
    trade_plating: str = ""
    style: str = ""
    occasion: str = ""


def as_written(value: str) -> str:
    """A value the lexicon does not know, kept as the shop wrote it (lower-cased, one space)."""
    return " ".join(value.lower().split())
