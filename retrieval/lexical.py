"""BM25 over item text: an in-memory inverted index in numpy, built from the vector store.

Words a shopper types ("milgrain", "Tahitian", "signet") are matched exactly here, where a
sentence embedding may blur them. The index holds only ids and term statistics; hard
constraints are still applied by the store, on the candidates this index proposes.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

TOKEN = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    """a an and are as at be by for from has have in is it its of on or so that the these this those to
    with you your me my i im we our s""".split()
)
MIN_STEM_LENGTH = 4  # "ring" and "gas" keep their final s-less form; "rings" -> "ring"


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


@dataclass
class LexicalIndex:
    ids: list[str]
    postings: dict[str, tuple[np.ndarray, np.ndarray]]  # term -> (document rows, term counts)
    lengths: np.ndarray  # tokens per document
    _rows: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> LexicalIndex:
        rows: dict[str, list[int]] = defaultdict(list)
        counts: dict[str, list[int]] = defaultdict(list)
        lengths = np.zeros(len(ids), dtype=np.float32)
        for row, text in enumerate(texts):
            terms = tokenize(text)
            lengths[row] = len(terms)
            for term, count in Counter(terms).items():
                rows[term].append(row)
                counts[term].append(count)
        postings = {
            term: (np.asarray(rows[term], dtype=np.int32), np.asarray(counts[term], dtype=np.float32)) for term in rows
        }
        return cls(ids=list(ids), postings=postings, lengths=lengths)

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self) -> dict[str, int]:
        """Row of each id."""
        if len(self._rows) != len(self.ids):
            self._rows = {item_id: row for row, item_id in enumerate(self.ids)}
        return self._rows

    def scores(self, terms: list[str], k1: float, b: float) -> np.ndarray:
        """BM25 (Robertson/Sparck Jones idf, never negative) of every document for the query terms."""
        scores = np.zeros(len(self.ids), dtype=np.float32)
        if not self.ids:
            return scores
        average_length = max(float(self.lengths.mean()), 1.0)
        for term in set(terms):
            if term not in self.postings:
                continue
            rows, counts = self.postings[term]
            idf = math.log(1.0 + (len(self.ids) - len(rows) + 0.5) / (len(rows) + 0.5))
            length_norm = k1 * (1.0 - b + b * self.lengths[rows] / average_length)
            scores[rows] += idf * counts * (k1 + 1.0) / (counts + length_norm)
        return scores

    def ranked(self, scores: np.ndarray, limit: int | None = None) -> np.ndarray:
        """Rows with a positive score, best first (ties by row, so the order is repeatable); with
        `limit`, the first `limit` of that order, without sorting the rest of a big catalog."""
        positive = np.flatnonzero(scores > 0)
        if limit is not None and 0 < limit < len(positive):
            values = scores[positive]
            threshold = np.partition(values, len(values) - limit)[len(values) - limit]  # the limit-th best score
            positive = positive[values >= threshold]  # ties at the threshold kept: the order below picks among them by row
        return positive[np.argsort(-scores[positive], kind="stable")][:limit]
