"""Every title in the catalog, lower-cased once, for the grounding check's "a real product, but
not one this reply was given" (assistant/grounding.py).

A reply's sentence is looked up in it rather than it in the sentence: each stretch of the
sentence of a length some title has is looked up by its hash among the titles' hashes (one sorted
array search per length), and a hit is confirmed against the title's own text. The cost of a
check grows with the sentence and the number of distinct title lengths, not with the catalog, and
it finds exactly the titles that occur anywhere in the sentence (`title in sentence`).

The titles are held compactly: their text one after another (UTF-8) with where each ends, and
their hashes, rather than a Python string and set slot per title.
"""

from __future__ import annotations

from array import array
from typing import Iterable

import numpy as np

ENCODING = "utf-8"


class CatalogTitles:
    def __init__(self, titles: Iterable[str] = ()):
        self._text = bytearray()  # every title, lower-cased, one after another
        self._ends = array("q")  # where each title ends in _text
        self._hashes = array("q")
        self._lengths: set[int] = set()  # the titles' lengths in characters
        self._sorted: tuple[np.ndarray, np.ndarray] | None = None  # the hashes in order, and which title each is
        self.add(titles)

    def add(self, titles: Iterable[str]) -> None:
        """More titles: the catalog is read a page at a time (CatalogIndex.item_pages)."""
        for title in titles:
            lowered = title.lower()
            self._text += lowered.encode(ENCODING)
            self._ends.append(len(self._text))
            self._hashes.append(hash(lowered))
            self._lengths.add(len(lowered))
        self._sorted = None

    def packed(self) -> tuple[bytes, np.ndarray]:
        """The titles as held (lower-cased text one after another, and where each ends), to keep on
        disk (assistant/catalog_read.py); `from_packed` makes them again. Their hashes are not kept:
        Python's string hash differs from process to process."""
        return bytes(self._text), np.array(self._ends, dtype=np.int64)

    @classmethod
    def from_packed(cls, text: bytes, ends: np.ndarray) -> CatalogTitles:
        titles = cls()
        titles._text = bytearray(text)
        titles._ends = array("q", ends.astype(np.int64, copy=False).tobytes())
        for number in range(len(titles._ends)):
            title = titles._title(number)
            titles._hashes.append(hash(title))
            titles._lengths.add(len(title))
        return titles

    def __len__(self) -> int:
        hashes, titles = self._by_hash()
        repeated = np.flatnonzero(hashes[1:] == hashes[:-1]) + 1  # rows whose hash the row before has
        if not len(repeated):
            return len(hashes)
        groups = np.unique(hashes[repeated])
        extra = 0
        for value in groups:  # the same title held twice, or (rarely) two titles of one hash
            rows = range(np.searchsorted(hashes, value, "left"), np.searchsorted(hashes, value, "right"))
            extra += len(rows) - len({self._title(titles[row]) for row in rows})
        return len(hashes) - extra

    def __contains__(self, title: str) -> bool:
        lowered = title.lower()
        return bool(self._found([lowered]))

    def found_in(self, lowered: str) -> set[str]:
        """The (lower-cased) titles occurring in `lowered`, a lower-cased sentence."""
        found: set[str] = set()
        for length in self._lengths:
            found |= self._found([lowered[start : start + length] for start in range(len(lowered) - length + 1)])
        return found

    def _found(self, stretches: list[str]) -> set[str]:
        """The stretches that are titles."""
        hashes, titles = self._by_hash()
        if not stretches or not len(hashes):
            return set()
        wanted = np.fromiter((hash(stretch) for stretch in stretches), dtype=np.int64, count=len(stretches))
        rows = np.minimum(np.searchsorted(hashes, wanted), len(hashes) - 1)
        found = set()
        for index in np.flatnonzero(hashes[rows] == wanted):
            stretch, row = stretches[index], rows[index]
            while row < len(hashes) and hashes[row] == wanted[index]:  # a hash two titles share: each text tried
                if self._title(titles[row]) == stretch:
                    found.add(stretch)
                    break
                row += 1
        return found

    def _title(self, number: int) -> str:
        start = self._ends[number - 1] if number else 0
        return self._text[start : self._ends[number]].decode(ENCODING)

    def _by_hash(self) -> tuple[np.ndarray, np.ndarray]:
        if self._sorted is None:
            hashes = np.array(self._hashes, dtype=np.int64)
            order = np.argsort(hashes, kind="stable")
            self._sorted = (hashes[order], order)
        return self._sorted
