"""Every title in the catalog, lower-cased once, for the grounding check's "a real product, but
not one this reply was given" (assistant/grounding.py).

A reply's sentence is looked up in it rather than it in the sentence: titles are grouped by
length, and each stretch of the sentence of a length some title has is one set lookup. The cost
of a check grows with the sentence and the number of distinct title lengths, not with the
catalog, and it finds exactly the titles that occur anywhere in the sentence (`title in sentence`).
"""

from __future__ import annotations

from typing import Iterable


class CatalogTitles:
    def __init__(self, titles: Iterable[str] = ()):
        self._by_length: dict[int, set[str]] = {}
        self.add(titles)

    def add(self, titles: Iterable[str]) -> None:
        """More titles: the catalog is read a page at a time (CatalogIndex.item_pages)."""
        for title in titles:
            lowered = title.lower()
            self._by_length.setdefault(len(lowered), set()).add(lowered)

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
