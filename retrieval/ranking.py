"""From per-signal scores to one ranking: fusion (reciprocal-rank or weighted), soft
preferences as boosts, "less of" wishes as penalties, and maximal marginal relevance so the
top of the list is not a row of near-duplicates. Pure functions over numpy arrays whose rows
are the candidates of one query."""

from __future__ import annotations

import numpy as np

from retrieval.catalog import Item
from retrieval.constraints import Preferences
from retrieval.lexical import tokenize

MENS_TAG_WORD = "men"  # the demo catalog and most shops tag men's pieces "men's"
MALE_RECIPIENTS = frozenset(
    "him he man men men's husband boyfriend fiance groom father dad brother son grandfather grandpa uncle".split()
)
FEMALE_RECIPIENTS = frozenset(
    """her she woman women wife girlfriend fiancee bride mother mom mum sister daughter grandmother grandma
    aunt niece""".split()
)


def ranks(scores: np.ndarray) -> np.ndarray:
    """1 for the best score; ties keep row order, so rankings are repeatable."""
    order = np.argsort(-scores, kind="stable")
    positions = np.empty(len(scores), dtype=np.float64)
    positions[order] = np.arange(1, len(scores) + 1)
    return positions


def reciprocal_rank_fusion(scores: dict[str, np.ndarray], weights: dict[str, float], k: float) -> np.ndarray:
    """Cormack et al.'s RRF with a weight per signal, sum of weight / (k + rank), divided by
    its highest possible value: first in every signal scores 1."""
    best = sum(weights[kind] / (k + 1.0) for kind in scores)
    return sum(weights[kind] / (k + ranks(values)) for kind, values in scores.items()) / best


def weighted_fusion(scores: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Weighted mean of scores already on comparable scales."""
    total = sum(weights[kind] for kind in scores)
    return sum(weights[kind] * values for kind, values in scores.items()) / total


def _facet_words(item: Item) -> set[str]:
    return set(tokenize(" ".join((item.style, item.occasion, *item.tags))))


def preference_match(item: Item, preferences: Preferences) -> float:
    """Share of the stated wishes (occasion, style, recipient; each a list of alternatives)
    the item meets; 0 when nothing was wished for."""
    words = _facet_words(item)
    wishes = [
        any(set(tokenize(wish)) <= words for wish in wished)
        for wished in (preferences.occasions, preferences.styles)
        if wished
    ]
    recipients = {word for recipient in preferences.recipients for word in recipient.lower().split()}
    is_mens = MENS_TAG_WORD in words
    if recipients & MALE_RECIPIENTS:
        wishes.append(is_mens)
    elif recipients & FEMALE_RECIPIENTS:
        wishes.append(not is_mens)
    return sum(wishes) / len(wishes) if wishes else 0.0


def avoidance(item_terms: set[str], item_vector: np.ndarray, avoid_terms: list[str], avoid_vector: np.ndarray) -> float:
    """How much of what the shopper wants less of an item has: 1 when its text names it,
    otherwise the (non-negative) similarity of its text to the words."""
    if any(set(tokenize(term)) <= item_terms for term in avoid_terms if tokenize(term)):
        return 1.0
    return max(0.0, float(item_vector @ avoid_vector))


def similarity_matrix(vectors: dict[str, np.ndarray], present: dict[str, np.ndarray]) -> np.ndarray:
    """Cosine similarity between candidates, averaged over the vector kinds both have.
    vectors[kind]: (n, dim) unit rows, zero where present[kind] is False."""
    kinds = list(vectors)
    n = len(present[kinds[0]])
    total, count = np.zeros((n, n)), np.zeros((n, n))
    for kind in kinds:
        mask = present[kind].astype(np.float64)
        total += vectors[kind] @ vectors[kind].T
        count += np.outer(mask, mask)
    return total / np.maximum(count, 1.0)


def maximal_marginal_relevance(relevance: np.ndarray, similarity: np.ndarray, k: int, lam: float) -> list[int]:
    """Carbonell & Goldstein's MMR: each next pick maximises
    lam * relevance - (1 - lam) * its highest similarity to the items already picked."""
    remaining = list(range(len(relevance)))
    picked: list[int] = []
    while remaining and len(picked) < k:
        if picked:
            redundancy = similarity[np.ix_(remaining, picked)].max(axis=1)
            value = lam * relevance[remaining] - (1.0 - lam) * redundancy
        else:
            value = relevance[remaining]
        best = remaining[int(np.argmax(value))]
        picked.append(best)
        remaining.remove(best)
    return picked
