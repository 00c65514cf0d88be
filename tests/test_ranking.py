"""Fusion, preference boosts, "less of" penalties and maximal marginal relevance."""

import numpy as np
import pytest

from retrieval.catalog import Item
from retrieval.constraints import Preferences
from retrieval.ranking import (
    avoidance,
    maximal_marginal_relevance,
    preference_match,
    ranks,
    reciprocal_rank_fusion,
    similarity_matrix,
    weighted_fusion,
)


def item(**fields) -> Item:
    base = {"id": "X", "title": "Ring", "category": "ring", "metal": "platinum", "price": 100, "currency": "USD"}
    return Item(**(base | fields))


def test_ranks_break_ties_by_row():
    assert ranks(np.array([0.2, 0.9, 0.2, 0.5])).tolist() == [3, 1, 4, 2]


def test_rrf_is_one_for_first_place_everywhere_and_follows_the_formula():
    scores = {"text": np.array([0.9, 0.1, 0.5]), "image": np.array([0.2, 0.8, 0.7])}
    weights, k = {"text": 1.0, "image": 3.0}, 60.0
    fused = reciprocal_rank_fusion(scores, weights, k)
    best = 1 / 61 + 3 / 61
    expected = [(1 / 61 + 3 / 63) / best, (1 / 63 + 3 / 61) / best, (1 / 62 + 3 / 62) / best]
    assert fused == pytest.approx(expected)
    assert reciprocal_rank_fusion({"text": np.array([1.0])}, weights, k) == pytest.approx([1.0])


def test_weighted_fusion_is_a_weighted_mean():
    fused = weighted_fusion({"text": np.array([1.0, 0.0]), "image": np.array([0.0, 1.0])}, {"text": 1.0, "image": 3.0, "lexical": 9.0})
    assert fused == pytest.approx([0.25, 0.75])


def test_preference_match_counts_occasion_style_and_recipient():
    mens_signet = item(style="classic", occasion="gift", tags=["signet", "men's", "gift idea"])
    halo = item(style="vintage", occasion="anniversary", tags=["halo"])
    wishes = Preferences(occasions=["gift"], styles=["classic", "art deco"], recipients=["my husband"])
    assert preference_match(mens_signet, wishes) == 1.0
    assert preference_match(halo, wishes) == 0.0
    assert preference_match(halo, Preferences(occasions=["anniversary"], recipients=["wife"])) == 1.0
    assert preference_match(halo, Preferences(occasions=["anniversary"], styles=["modern"])) == 0.5
    assert preference_match(halo, Preferences()) == 0.0


def test_avoidance_is_full_when_named_else_similarity():
    unit = np.array([1.0, 0.0])
    assert avoidance({"halo", "ring"}, unit, ["halos"], np.array([0.0, 1.0])) == 1.0
    assert avoidance({"band"}, unit, ["halo"], np.array([0.6, 0.8])) == pytest.approx(0.6)
    assert avoidance({"band"}, unit, ["halo"], np.array([-1.0, 0.0])) == 0.0


def test_mmr_skips_a_near_duplicate_and_lambda_one_is_relevance_order():
    relevance = np.array([1.0, 0.99, 0.8])
    similarity = np.array([[1.0, 0.98, 0.1], [0.98, 1.0, 0.1], [0.1, 0.1, 1.0]])
    assert maximal_marginal_relevance(relevance, similarity, 3, lam=0.7) == [0, 2, 1]
    assert maximal_marginal_relevance(relevance, similarity, 2, lam=1.0) == [0, 1]


def test_similarity_averages_only_the_vector_kinds_both_items_have():
    text = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    image = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])  # the third item has no photo
    present = {"text": np.array([True, True, True]), "image": np.array([True, True, False])}
    similarity = similarity_matrix({"text": text, "image": image}, present)
    assert similarity[0, 1] == pytest.approx(0.5)  # same words, different look
    assert similarity[0, 2] == pytest.approx(0.0) and similarity[2, 2] == pytest.approx(1.0)


def test_a_photo_search_whose_filters_leave_only_pieces_without_a_photo_still_scores_them():
    from retrieval.query import _Candidates, _stack

    candidates = _Candidates()
    candidates.vectors["text"]["a"] = np.ones(4, dtype=np.float32)
    vectors, present = _stack(candidates, ["a"], {"text", "image"}, {"image": 6})
    assert vectors["image"].shape == (1, 6) and not present["image"][0]
    assert (vectors["image"] @ np.ones(6)).tolist() == [0.0]
