"""The working text: what is left to read of an utterance, and what has been understood so far.
Each step blanks out what it used, so that no later step reads it again."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.understanding.phrases import PhraseTable
from retrieval.constraints import Constraints, Preferences

# --- the working text ----------------------------------------------------------------------------


@dataclass
class Reading:
    """The utterance as it is read: the text left to read, and what has been understood."""

    text: str
    currency: str
    rates: dict[str, float]
    table: PhraseTable
    constraints: Constraints = field(default_factory=Constraints)
    preferences: Preferences = field(default_factory=Preferences)
    refinements: list[str] = field(default_factory=list)
    clear_slots: list[str] = field(default_factory=list)
    reset: bool = False
    notes: list[str] = field(default_factory=list)

    def take(self, start: int, end: int, replacement: str = "") -> None:
        """Blank text[start:end] (or put `replacement` there) so no later step reads it again."""
        self.text = self.text[:start] + (replacement or " " * (end - start)) + self.text[end:]

    def take_all(self, pattern: re.Pattern) -> list[re.Match]:
        matches = list(pattern.finditer(self.text))
        for match in reversed(matches):
            self.take(*match.span())
        return matches


def add_new(values: list, new) -> None:
    values.extend(value for value in new if value not in values)
