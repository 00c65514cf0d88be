"""The compact BM25 index against a straightforward one (a dict of Python lists per term, float32
arithmetic as the index always did it) on random small corpora: the same scores bit for bit and
the same ranking, ties by row."""

import math
from collections import Counter

import numpy as np
import pytest

from retrieval.lexical import COUNT_OVERFLOW, LexicalIndex, tokenize

WORDS = ["ring", "rose", "gold", "diamond", "ruby", "silver", "pearl", "signet", "milgrain", "chain", "14k", "oval"]
K1, B = 1.2, 0.75


def reference_scores(texts: list[str], terms: list[str], k1: float, b: float) -> np.ndarray:
    documents = [Counter(tokenize(text)) for text in texts]
    lengths = np.asarray([sum(counts.values()) for counts in documents], dtype=np.float32)
    scores = np.zeros(len(texts), dtype=np.float32)
    if not texts:
        return scores
    average = max(float(lengths.mean()), 1.0)
    for term in set(terms):
        rows = np.asarray([row for row, counts in enumerate(documents) if term in counts], dtype=np.int32)
        if not len(rows):
            continue
        counts = np.asarray([documents[row][term] for row in rows], dtype=np.float32)
        idf = math.log(1.0 + (len(texts) - len(rows) + 0.5) / (len(rows) + 0.5))
        scores[rows] += idf * counts * (k1 + 1.0) / (counts + k1 * (1.0 - b + b * lengths[rows] / average))
    return scores


def reference_ranking(scores: np.ndarray) -> list[int]:
    return sorted((row for row in range(len(scores)) if scores[row] > 0), key=lambda row: (-scores[row], row))


def random_corpus(seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 120))
    common = rng.choice(WORDS[:3])  # one word in most documents: held as a bitmap
    texts = []
    for _ in range(size):
        words = list(rng.choice(WORDS, int(rng.integers(0, 9))))
        texts.append(" ".join(words + ([common] if rng.random() < 0.8 else [])))
    return texts


@pytest.mark.parametrize("seed", range(25))
def test_scores_and_ranking_equal_a_reference_bm25(seed):
    texts = random_corpus(seed)
    index = LexicalIndex.build([f"item-{row}" for row in range(len(texts))], texts)
    rng = np.random.default_rng(1000 + seed)
    for _ in range(5):
        query = list(rng.choice(WORDS + ["absent"], int(rng.integers(1, 5))))
        expected = reference_scores(texts, query, K1, B)
        scores = index.scores(query, K1, B)
        assert scores.dtype == expected.dtype and np.array_equal(scores, expected)
        assert index.ranked(scores).tolist() == reference_ranking(expected)
        assert index.ranked(scores, 3).tolist() == reference_ranking(expected)[:3]


def test_a_corpus_uses_both_row_forms():
    index = LexicalIndex.build([str(row) for row in range(1000)], ["ring gold"] * 990 + ["ruby"] * 10)
    assert index.bitmaps and len(index.bitmaps) < len(index.terms)  # "ring", "gold" as bitmaps; "ruby" listed


def test_counts_past_the_small_type_keep_their_value():
    texts = ["ring " * (COUNT_OVERFLOW + 45), "ring " * COUNT_OVERFLOW, "ring gold", "gold " * 70_000]
    index = LexicalIndex.build(["a", "b", "c", "d"], texts)
    assert index.postings("ring")[1].tolist() == [COUNT_OVERFLOW + 45, COUNT_OVERFLOW, 1]
    assert index.postings("gold")[1].tolist() == [1, 70_000]
    for query in (["ring"], ["gold"], ["ring", "gold"]):
        assert np.array_equal(index.scores(query, K1, B), reference_scores(texts, query, K1, B))


def test_ids_are_read_back_and_found():
    ids = ["a", "bague-émeraude", "b", "", "R-1001-7", "戒指"]
    index = LexicalIndex.build(ids, ["ring"] * len(ids))
    assert list(index.ids) == ids and index.ids[-1] == "戒指" and len(index) == len(ids)
    assert index.rows_of(["戒指", "missing", "a", "bague-émeraude", ""]).tolist() == [5, -1, 0, 1, 3]
    assert index.rows() == {item_id: row for row, item_id in enumerate(ids)}
    with pytest.raises(IndexError):
        index.ids[len(ids)]


def test_an_id_whose_hash_another_shares_is_still_found(monkeypatch):
    index = LexicalIndex.build(["x", "y", "z"], ["ring", "gold", "ruby"])
    monkeypatch.setattr("retrieval.lexical.HASH_MASK", 0)
    index.ids._hashes[:] = 0  # every id one hash: each is told apart by its text
    assert index.rows_of(["z", "x", "y", "w"]).tolist() == [2, 0, 1, -1]


def same_index(one: LexicalIndex, other: LexicalIndex) -> bool:
    """Every array, term and id of two indexes alike."""
    arrays = ("row_starts", "postings_rows", "count_starts", "counts", "overflow_at", "overflow_counts", "lengths")
    return (all(np.array_equal(getattr(one, name), getattr(other, name)) and getattr(one, name).dtype == getattr(other, name).dtype
                for name in arrays)
            and one.terms == other.terms and one.bitmaps.keys() == other.bitmaps.keys()
            and all(np.array_equal(one.bitmaps[number], other.bitmaps[number]) for number in one.bitmaps)
            and list(one.ids) == list(other.ids) and one.average_length == other.average_length)  # fmt: skip


@pytest.mark.parametrize("seed", range(8))
def test_an_index_built_from_a_stream_of_entries_is_the_one_built_from_lists(seed):
    texts = random_corpus(seed) + ["ring " * (COUNT_OVERFLOW + 3)]
    ids = [f"item-{row}" for row in range(len(texts))]
    streamed = LexicalIndex.from_entries(entry for entry in zip(ids, texts))  # read once, never as lists
    assert same_index(streamed, LexicalIndex.build(ids, texts))
    assert not same_index(streamed, LexicalIndex.build(ids[:-1], texts[:-1]))


def test_ids_and_texts_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        LexicalIndex.build(["a", "b"], ["ring"])
