"""Every title in the catalog, lower-cased once, for the grounding check's "a real product, but
not one this reply was given" (assistant/grounding.py).

A reply's sentence is looked up in it rather than it in the sentence: titles are grouped by
length, and each stretch of the sentence of a length some title has is one set lookup. The cost
of a check grows with the sentence and the number of distinct title lengths, not with the
catalog, and it finds exactly the titles that occur anywhere in the sentence (`title in sentence`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable


class CatalogTitles:
    def __init__(self, titles: Iterable[str] = ()):
        by_length: dict[int, set[str]] = defaultdict(set)
        for title in titles:
            lowered = title.lower()
            by_length[len(lowered)].add(lowered)
        self._by_length = dict(by_length)

    def __len__(self) -> int:
        return sum(len(titles) for titles in self._by_length.values())

    def __contains__(self, title: str) -> bool:
        return title.lower() in self._by_length.get(len(title.lower()), ())

    def found_in(self, lowered: str) -> set[str]:
        """The (lower-cased) titles occurring in `lowered`, a lower-cased sentence."""
        return {
            lowered[start : start + length]
            for length, titles in self._by_length.items()
            for start in range(len(lowered) - length + 1)
            if lowered[start : start + length] in titles
        }
