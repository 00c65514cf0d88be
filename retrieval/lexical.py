"""BM25 over item text: an in-memory inverted index in numpy, built from the vector store.

Words a shopper types ("milgrain", "Tahitian", "signet") are matched exactly here, where a
sentence embedding may blur them. The index holds only ids and term statistics; hard
constraints are still applied by the store, on the candidates this index proposes.

It is held compactly, for catalogs of a million items: every term's rows one after another in
one int32 array (a term in many documents as a bitmap of every row instead, when that is
smaller), every term count in one uint8 array (a count too large for it is kept in a short
overflow table beside it), document lengths in the smallest unsigned type that holds them, and
the ids as one UTF-8 buffer read back to text only for the rows a search asks about.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

TOKEN = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    """a an and are as at be by for from has have in is it its of on or so that the these this those to
    with you your me my i im we our s""".split()
)
MIN_STEM_LENGTH = 4  # "ring" and "gas" keep their final s-less form; "rings" -> "ring"

ROW_DTYPE = np.dtype(np.int32)
COUNT_DTYPE = np.dtype(np.uint8)
COUNT_OVERFLOW = np.iinfo(COUNT_DTYPE).max  # a count this large or larger: its true value is in the overflow table
HASH_DTYPE = np.dtype(np.uint32)  # ids are found by hash, each hit confirmed against the id itself
HASH_MASK = (1 << (8 * HASH_DTYPE.itemsize)) - 1
BITS_PER_BYTE = 8
ENCODING = "utf-8"


def stem(word: str) -> str:
    """Plural to singular, enough for jewelry words: rubies -> ruby, brooches -> brooch, rings -> ring."""
    if len(word) > MIN_STEM_LENGTH and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > MIN_STEM_LENGTH and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) >= MIN_STEM_LENGTH and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    return [stem(word) for word in TOKEN.findall(text.lower()) if word not in STOPWORDS]


def smallest_unsigned(largest: int) -> np.dtype:
    for dtype in (np.uint8, np.uint16, np.uint32, np.uint64):
        if largest <= np.iinfo(dtype).max:
            return np.dtype(dtype)
    raise ValueError(f"{largest} does not fit in 64 bits")


class ItemIds:
    """The ids of the index's rows: their text one after another with where each ends, and their
    hashes in order, rather than a Python string per row and a dict from id to row."""

    def __init__(self, ids: Iterable[str]):
        text, ends, hashes = bytearray(), array("Q"), array("Q")
        for item_id in ids:
            text += item_id.encode(ENCODING)
            ends.append(len(text))
            hashes.append(hash(item_id) & HASH_MASK)
        self._text = bytes(text)
        self._ends = np.frombuffer(ends, dtype=np.uint64).astype(smallest_unsigned(len(text)))
        self._sort_hashes(np.frombuffer(hashes, dtype=np.uint64))

    @classmethod
    def from_packed(cls, text: bytes, ends: np.ndarray) -> ItemIds:
        """The ids `packed` gave. Their hashes are taken again: Python's differ from process to process."""
        ids = cls.__new__(cls)
        ids._text, ids._ends = text, ends
        ids._sort_hashes(np.fromiter((hash(item_id) & HASH_MASK for item_id in _split(text, ends)), dtype=np.uint64, count=len(ends)))
        return ids

    def packed(self) -> tuple[bytes, np.ndarray]:
        """The ids' text one after another, and where each ends."""
        return self._text, self._ends

    def _sort_hashes(self, hashes: np.ndarray) -> None:
        unsorted = hashes.astype(HASH_DTYPE)
        self._order = np.argsort(unsorted, kind="stable").astype(ROW_DTYPE)  # rows by hash, ties by row
        self._hashes = unsorted[self._order]

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, row: int) -> str:
        row = int(row)
        if not -len(self) <= row < len(self):
            raise IndexError(f"row {row} of {len(self)} ids")
        row %= len(self)
        start = int(self._ends[row - 1]) if row else 0
        return self._text[start : int(self._ends[row])].decode(ENCODING)

    def take(self, rows: np.ndarray) -> list[str]:
        """The ids of `rows` (each in range), as `[ids[row] for row in rows]` gives them, read at once."""
        rows = np.asarray(rows, dtype=np.int64)
        ends = self._ends[rows].astype(np.int64)
        starts = np.where(rows > 0, self._ends[np.maximum(rows - 1, 0)].astype(np.int64), 0)
        return [self._text[start:end].decode(ENCODING) for start, end in zip(starts.tolist(), ends.tolist())]

    def __iter__(self) -> Iterator[str]:
        return (self[row] for row in range(len(self)))

    def rows_of(self, ids: list[str]) -> np.ndarray:
        """The row of each id, -1 for an id not held (an id held twice: its last row)."""
        found = np.full(len(ids), -1, dtype=np.int64)
        wanted = np.fromiter((hash(item_id) & HASH_MASK for item_id in ids), dtype=HASH_DTYPE, count=len(ids))
        starts = np.searchsorted(self._hashes, wanted, "left")
        stops = np.searchsorted(self._hashes, wanted, "right")
        for index in np.flatnonzero(stops > starts):
            for row in self._order[starts[index] : stops[index]]:  # one hash that several ids may share
                if self[row] == ids[index]:
                    found[index] = row
        return found

    @property
    def nbytes(self) -> int:
        return len(self._text) + self._ends.nbytes + self._order.nbytes + self._hashes.nbytes


@dataclass
class LexicalIndex:
    ids: ItemIds
    terms: dict[str, int]  # term -> its number
    row_starts: np.ndarray  # term number -> where its rows start in `postings_rows` (one more: the end)
    postings_rows: np.ndarray  # every term's document rows (ROW_DTYPE), a term after another
    bitmaps: dict[int, np.ndarray]  # term number -> its rows as packed bits, for terms held so
    count_starts: np.ndarray  # term number -> where its counts start in `counts` (one more: the end)
    counts: np.ndarray  # how often each term occurs in each of its documents, in its rows' order
    overflow_at: np.ndarray  # positions in `counts` holding COUNT_OVERFLOW, in order
    overflow_counts: np.ndarray  # the true counts there
    lengths: np.ndarray  # tokens per document
    average_length: float
    _norms: dict = field(default_factory=dict, repr=False, compare=False)  # (k1, b) -> length_norms

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> LexicalIndex:
        return cls.from_entries(zip(ids, texts, strict=True))

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> LexicalIndex:
        """From (id, text) pairs, read once: a generator of them keeps a big catalog's texts from
        being held all at once (only its ids are, until they are packed)."""
        ids: list[str] = []
        terms: dict[str, int] = {}
        rows: list[array] = []
        counts: list[array] = []
        overflows: list[tuple[int, int, int]] = []  # (term number, index among its counts, count)
        lengths = array("Q")
        for row, (item_id, text) in enumerate(entries):
            ids.append(item_id)
            words = tokenize(text)
            lengths.append(len(words))
            for term, count in Counter(words).items():
                number = terms.setdefault(term, len(terms))
                if number == len(rows):
                    rows.append(array("I"))
                    counts.append(array("B"))
                if count >= COUNT_OVERFLOW:
                    overflows.append((number, len(counts[number]), count))
                rows[number].append(row)
                counts[number].append(min(count, COUNT_OVERFLOW))
        return cls._packed(ItemIds(ids), terms, rows, counts, overflows, np.frombuffer(lengths, dtype=np.uint64))

    @classmethod
    def _packed(cls, ids: ItemIds, terms: dict[str, int], rows: list[array], counts: list[array],
                overflows: list[tuple[int, int, int]], lengths: np.ndarray) -> LexicalIndex:  # fmt: skip
        documents = len(ids)
        bitmap_bytes = math.ceil(documents / BITS_PER_BYTE)
        bitmaps = {number: _bitmap(held, documents) for number, held in enumerate(rows) if bitmap_bytes < len(held) * ROW_DTYPE.itemsize}
        listed = [np.frombuffer(held, dtype=np.uint32) for number, held in enumerate(rows) if number not in bitmaps]
        row_sizes = [0 if number in bitmaps else len(held) for number, held in enumerate(rows)]
        count_starts = np.concatenate([[0], np.cumsum([len(held) for held in counts], dtype=np.int64)]).astype(np.int64)
        overflow_at = np.asarray([count_starts[number] + index for number, index, _ in overflows], dtype=np.int64)
        overflow_counts = np.asarray([count for _, _, count in overflows], dtype=np.uint64)
        largest_count = int(overflow_counts.max()) if len(overflow_counts) else 0
        float_lengths = lengths.astype(np.float32)
        return cls(
            ids=ids,
            terms=terms,
            row_starts=np.concatenate([[0], np.cumsum(row_sizes, dtype=np.int64)]).astype(np.int64),
            postings_rows=np.concatenate(listed).astype(ROW_DTYPE) if listed else np.zeros(0, dtype=ROW_DTYPE),
            bitmaps=bitmaps,
            count_starts=count_starts,
            counts=np.concatenate([np.frombuffer(held, dtype=COUNT_DTYPE) for held in counts]) if counts else np.zeros(0, dtype=COUNT_DTYPE),
            overflow_at=overflow_at,
            overflow_counts=overflow_counts.astype(smallest_unsigned(largest_count)),
            lengths=lengths.astype(smallest_unsigned(int(lengths.max()) if len(lengths) else 0)),
            average_length=max(float(float_lengths.mean()), 1.0) if documents else 1.0,  # float32 mean, as scores always took it
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self) -> dict[str, int]:
        """Row of each id, as a dict: for small catalogs and tests; a search asks `rows_of`."""
        return {item_id: row for row, item_id in enumerate(self.ids)}

    def rows_of(self, ids: list[str]) -> np.ndarray:
        """The row of each id, -1 for an id the index does not hold."""
        return self.ids.rows_of(ids)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The term's document rows and its count in each, or None for a term no document has."""
        number = self.terms.get(term)
        if number is None:
            return None
        if number in self.bitmaps:
            rows = np.flatnonzero(np.unpackbits(self.bitmaps[number], count=len(self.ids))).astype(ROW_DTYPE)
        else:
            rows = self.postings_rows[self.row_starts[number] : self.row_starts[number + 1]]
        return rows, self._counts(int(self.count_starts[number]), int(self.count_starts[number + 1]), np.uint64)

    def scores(self, terms: list[str], k1: float, b: float) -> np.ndarray:
        """BM25 (Robertson/Sparck Jones idf, never negative) of every document for the query terms.
        A term held as a bitmap is applied through it as a mask, not as a list of its rows."""
        scores = np.zeros(len(self.ids), dtype=np.float32)
        if not len(self.ids):
            return scores
        norms = self.length_norms(k1, b)
        for term in set(terms):
            if (number := self.terms.get(term)) is None:
                continue
            start, stop = int(self.count_starts[number]), int(self.count_starts[number + 1])
            counts = self._counts(start, stop, np.float32)
            if number in self.bitmaps:
                rows = np.unpackbits(self.bitmaps[number], count=len(self.ids)).view(bool)
            else:
                rows = self.postings_rows[self.row_starts[number] : self.row_starts[number + 1]]
            idf = math.log(1.0 + (len(self.ids) - (stop - start) + 0.5) / ((stop - start) + 0.5))
            scores[rows] += idf * counts * (k1 + 1.0) / (counts + norms[rows])
        return scores

    def length_norms(self, k1: float, b: float) -> np.ndarray:
        """Each document's k1 * (1 - b + b * length / average length), made once per (k1, b)."""
        key = (k1, b)
        if key not in self._norms:
            self._norms = {key: k1 * (1.0 - b + b * self.lengths.astype(np.float32) / self.average_length)}  # one kept: settings rarely change
        return self._norms[key]

    def _counts(self, start: int, stop: int, dtype) -> np.ndarray:
        """The counts held at [start, stop), the overflowed ones restored from their table."""
        counts = self.counts[start:stop].astype(dtype)
        first, last = np.searchsorted(self.overflow_at, [start, stop])
        counts[self.overflow_at[first:last] - start] = self.overflow_counts[first:last]
        return counts

    def ranked(self, scores: np.ndarray, limit: int | None = None) -> np.ndarray:
        """Rows with a positive score, best first (ties by row, so the order is repeatable); with
        `limit`, the first `limit` of that order, without sorting the rest of a big catalog."""
        positive = np.flatnonzero(scores > 0)
        if limit is not None and 0 < limit < len(positive):
            values = scores[positive]
            threshold = np.partition(values, len(values) - limit)[len(values) - limit]  # the limit-th best score
            positive = positive[values >= threshold]  # ties at the threshold kept: the order below picks among them by row
        return positive[np.argsort(-scores[positive], kind="stable")][:limit]

    @property
    def postings_count(self) -> int:
        return len(self.counts)

    @property
    def nbytes(self) -> int:
        """The arrays held, the ids included (the term dict aside)."""
        arrays = (self.row_starts, self.postings_rows, self.count_starts, self.counts, self.overflow_at, self.overflow_counts, self.lengths)
        held = sum(held.nbytes for held in arrays) + sum(bits.nbytes for bits in self.bitmaps.values()) + self.ids.nbytes
        return held + sum(norms.nbytes for norms in self._norms.values())


def _split(text: bytes, ends: np.ndarray) -> Iterator[str]:
    """The ids packed in `text`, in order (sliced from the decoded text at once when every character is one byte)."""
    decoded, bounds = text.decode(ENCODING), [0, *ends.tolist()]
    whole = decoded if len(decoded) == len(text) else None
    for start, end in zip(bounds, bounds[1:]):
        yield whole[start:end] if whole is not None else text[start:end].decode(ENCODING)


def _bitmap(rows: array, documents: int) -> np.ndarray:
    present = np.zeros(documents, dtype=bool)
    present[np.frombuffer(rows, dtype=np.uint32)] = True
    return np.packbits(present)
