"""BM25 over item text, checked against the formula worked by hand on a tiny corpus."""

import math

import numpy as np
import pytest

from retrieval.lexical import LexicalIndex, stem, tokenize


@pytest.mark.parametrize(
    "word, expected",
    [("rings", "ring"), ("rubies", "ruby"), ("brooches", "brooch"), ("earrings", "earring"), ("glass", "glass"),
     ("ring", "ring"), ("boxes", "box"), ("plus", "plus")],
)  # fmt: skip
def test_stem_makes_plurals_singular(word, expected):
    assert stem(word) == expected


def test_tokenize_lowercases_drops_stopwords_and_punctuation():
    assert tokenize("The Men's 14k Rose-Gold Rings, with Rubies!") == ["men", "14k", "rose", "gold", "ring", "ruby"]


def test_bm25_matches_the_formula():
    texts = ["rose gold ring", "rose gold diamond ring ring", "silver necklace"]
    index = LexicalIndex.build(["a", "b", "c"], texts)
    k1, b = 1.2, 0.75
    scores = index.scores(["diamond", "ring"], k1, b)
    average = 10 / 3  # document lengths 3, 5 and 2

    def term(tf, df, length):
        idf = math.log(1 + (3 - df + 0.5) / (df + 0.5))
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average))

    expected = [term(1, 2, 3), term(1, 1, 5) + term(2, 2, 5), 0.0]
    assert scores == pytest.approx(expected, rel=1e-5)
    assert list(index.ranked(scores)) == [1, 0]  # c matches nothing and is not ranked
    assert index.rows() == {"a": 0, "b": 1, "c": 2}


def test_unknown_words_and_an_empty_index_score_nothing():
    index = LexicalIndex.build(["a"], ["rose gold ring"])
    assert index.scores(["platinum"], 1.2, 0.75).tolist() == [0.0]
    empty = LexicalIndex.build([], [])
    assert len(empty) == 0 and empty.scores(["ring"], 1.2, 0.75).shape == (0,)
    assert empty.ranked(np.zeros(0)).tolist() == []


@pytest.mark.parametrize("limit", [0, 1, 2, 5, 17, 40, 400])
def test_the_first_rows_of_the_ranking_are_the_whole_ranking_s_first_rows(limit):
    """Many ties, some zero scores: a limited ranking is a prefix of the whole one (ties by row)."""
    import numpy as np

    index = LexicalIndex.build([str(i) for i in range(300)], ["ring"] * 300)
    scores = np.random.default_rng(7).integers(0, 6, 300).astype(np.float32) / 2
    whole = index.ranked(scores)
    assert list(index.ranked(scores, limit)) == list(whole[:limit])
