"""The fused query. Hard constraints become a chromadb `where` filter on every search, so no
result can violate them at any depth. Each signal proposes candidates: the words as a
sentence embedding (-> item text vectors), the words as BM25 terms (-> item text), a photo
(-> item image vectors). Every candidate is then scored exactly in every signal, the
signals are fused, soft preferences raise and "less of" wishes lower items, and maximal
marginal relevance keeps near-duplicates apart at the top."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np
from PIL import Image

from retrieval import ranking
from retrieval.catalog import Item
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints, Preferences
from retrieval.index import CatalogIndex
from retrieval.records import item_from_metadata, item_text
from retrieval.lexical import LexicalIndex, tokenize

LEXICAL_FETCH_GROWTH = 4  # each round asks the store about this many times more BM25 candidates


@dataclass(kw_only=True)  # by name only: a field added in the middle must not shift the others
class FusedQuery:
    text: str | None = None
    image: Image.Image | None = None
    constraints: Constraints = field(default_factory=Constraints)
    # The photo's vector when the caller has already encoded it (to read the photo's attributes).
    image_vector: np.ndarray | None = None
    # The words' vector when already encoded (a looser follow-up search asks with the same words).
    text_vector: np.ndarray | None = None
    preferences: Preferences = field(default_factory=Preferences)
    # Looser constraints whose pieces follow the ones meeting `constraints` when those are fewer
    # than asked for: what a photo carried as an order rather than a filter (assistant/photo_reference.py).
    then: Constraints | None = None


@dataclass
class Hit:
    item: Item
    # The ranking score: fused relevance (1 at best), plus preference boosts, minus "less of"
    # penalties. Diversity may reorder hits, but never changes a score.
    score: float
    text_score: float | None  # cosine of the words to the item text
    image_score: float | None  # cosine of the photo to the item image
    lexical_score: float | None = None  # BM25 of the words over the item text


@dataclass
class _Candidates:
    """The items proposed for one query: store metadata, the items read from it and, per vector
    kind, stored vectors. A stored row that no longer validates is left out."""

    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    vectors: dict[str, dict[str, np.ndarray]] = field(default_factory=lambda: {"text": {}, "image": {}})

    def add(self, ids: list[str], metadatas: list[dict], embeddings, kind: str) -> None:
        for item_id, metadata, vector in zip(ids, metadatas, embeddings):
            item = self.items.get(item_id) or item_from_metadata(metadata)
            if item is None:
                continue
            self.metadata[item_id], self.items[item_id] = metadata, item
            self.vectors[kind][item_id] = np.asarray(vector, dtype=np.float32)

    def merge(self, other: _Candidates, kind: str) -> None:
        """`other`'s candidates (with their `kind` vectors) added after these, as `add` would have added them."""
        for item_id, metadata in other.metadata.items():
            self.items.setdefault(item_id, other.items[item_id])
            self.metadata[item_id] = metadata
            self.vectors[kind][item_id] = other.vectors[kind][item_id]

    def keep(self, ids: set[str]) -> None:
        self.metadata = {item_id: meta for item_id, meta in self.metadata.items() if item_id in ids}
        self.items = {item_id: item for item_id, item in self.items.items() if item_id in ids}
        self.vectors = {kind: {i: v for i, v in by_id.items() if i in ids} for kind, by_id in self.vectors.items()}


class Searcher:
    def __init__(self, index: CatalogIndex, fusion: FusionConfig):
        self.index = index
        self.fusion = fusion

    def search(self, query: FusedQuery, top_k: int | None = None) -> list[Hit]:
        """Its reads share one look at where the index stands (index.view)."""
        top_k = top_k or self.fusion.top_k
        with self.index.view():
            if query.then is not None:
                query = self._encoded(query)
            hits = self._search(query, top_k)
            if query.then is None or len(hits) >= top_k:
                return hits
            shown = {hit.item.id for hit in hits}
            after = self._search(replace(query, constraints=query.then, then=None), top_k)
            return hits + [hit for hit in after if hit.item.id not in shown][: top_k - len(hits)]

    def _search(self, query: FusedQuery, top_k: int) -> list[Hit]:
        where = query.constraints.where()
        store_where = where if self.fusion.filter_in_store else None
        terms = self._lexical_terms(query)
        if not _has_dense(query) and not terms:
            return self._browse(where, query.constraints, top_k)

        nearest = partial(self._nearest, query, store_where)
        if self.fusion.overlap_nearest and terms:
            nearest = self.index.soon(nearest).result  # on a worker thread, while BM25 is scored and asked here
        lexical = self.index.lexical() if terms else None
        bm25 = lexical.scores(terms, self.fusion.bm25_k1, self.fusion.bm25_b) if lexical is not None else None
        by_words = _Candidates()
        if lexical is not None:
            self._propose_lexical(by_words, lexical, bm25, store_where)
        dense, candidates = nearest()
        candidates.merge(by_words, "text")
        if "image" in dense and store_where and len(candidates.vectors["image"]) < top_k:
            self._propose_without_photo(candidates, store_where)
        # the store's filter keeps a superset (a piece's from-price, any variant's metal): the exact test is here
        candidates.keep({i for i, item in candidates.items.items() if query.constraints.allows(item)})
        if not candidates.metadata:
            return []

        ids = sorted(candidates.metadata)
        avoid_terms = query.preferences.avoid_terms if self.fusion.avoid_penalty else []
        vector_kinds = set(dense) | ({"text"} if avoid_terms else set())
        self._complete_vectors(candidates, ids, vector_kinds)
        vectors, present = _stack(candidates, ids, vector_kinds, {kind: len(vector) for kind, vector in dense.items()})
        signals = {kind: vectors[kind] @ query_vector for kind, query_vector in dense.items()}
        if bm25 is not None:
            signals["lexical"] = _lexical_scores(lexical, bm25, ids)

        final = self._fuse(signals) + self._adjustments(query, ids, candidates.items, vectors, avoid_terms)
        order = self._order(final, vectors, present, top_k)
        return [
            Hit(
                item=candidates.items[ids[row]],
                score=float(final[row]),
                text_score=_signal(signals, "text", row, present),
                image_score=_signal(signals, "image", row, present),
                lexical_score=float(signals["lexical"][row]) if "lexical" in signals else None,
            )
            for row in order
        ]

    # --- signals -----------------------------------------------------------------------------

    def _encoded(self, query: FusedQuery) -> FusedQuery:
        """`query` with its words and photo encoded, for a query asked twice (strict, then looser)."""
        return replace(query, text_vector=self._text_vector(query), image_vector=self._image_vector(query))

    def _text_vector(self, query: FusedQuery) -> np.ndarray | None:
        if query.text_vector is not None or not query.text:
            return query.text_vector
        return self.index.text_encoder.encode_text([query.text])[0]

    def _image_vector(self, query: FusedQuery) -> np.ndarray | None:
        if query.image_vector is not None or query.image is None:
            return query.image_vector
        return self.index.image_encoder.encode_image([query.image])[0]

    def _dense_queries(self, query: FusedQuery) -> dict[str, np.ndarray]:
        dense = {}
        text_vector = self._text_vector(query)
        if text_vector is not None:
            dense["text"] = text_vector
        image_vector = self._image_vector(query)
        if image_vector is not None:
            if self.fusion.words_overrule_photo_colors and query.constraints.names_metal():
                image_vector = self.index.image_encoder.without_colors(image_vector)
            dense["image"] = image_vector
        return dense

    def _lexical_terms(self, query: FusedQuery) -> list[str]:
        """The query's words, less what the shopper excluded ("no diamonds") or wants less of."""
        if not (self.fusion.lexical and query.text):
            return []
        c = query.constraints
        unwanted = set(tokenize(" ".join([*c.exclude_categories, *c.exclude_metals, *c.exclude_gemstones])))
        unwanted |= set(tokenize(" ".join(query.preferences.avoid_terms)))
        wanted = set(tokenize(" ".join([*c.categories, *c.metals, *c.gemstones])))
        return [term for term in tokenize(query.text) if term not in unwanted - wanted]

    def _nearest(self, query: FusedQuery, where: dict | None) -> tuple[dict[str, np.ndarray], _Candidates]:
        """The query's vectors (kind -> vector) and each kind's nearest items under `where`.
        chromadb returns fewer than n_results when fewer match: no count() (a table scan) needed."""
        dense, candidates = self._dense_queries(query), _Candidates()
        for kind, vector in dense.items():
            found = self.index.nearest(kind, vector, self.fusion.candidate_pool, where)
            if found.get("ids"):
                candidates.add(found["ids"], found["metadatas"], found["embeddings"], kind)
        return dense, candidates

    def _propose_lexical(self, candidates: _Candidates, lexical: LexicalIndex, bm25: np.ndarray, where: dict | None) -> None:
        """The best BM25 items that meet the constraints, as the store judges them, then read
        whole in one call. Which of them pass is asked of the store by id alone, the first
        `lexical_ask` ranked at once, further down in growing rounds only until the pool is full
        or no item with a matching word is left (each call is a query to a server)."""
        wanted, start, size, chosen = self.fusion.candidate_pool, 0, max(self.fusion.lexical_ask, self.fusion.candidate_pool), []
        meets = self.index.meeting("text", where) if where else set
        while wanted > 0 and start < len(ranked := lexical.ranked(bm25, start + size)):
            asked = lexical.ids.take(ranked[start : start + size])
            passing = meets(asked)
            kept = [item_id for item_id in asked if item_id in passing][:wanted]
            chosen += kept
            wanted -= len(kept)
            start, size = start + size, size * LEXICAL_FETCH_GROWTH
        if not chosen:
            return
        found = self.index.get("text", ids=chosen, include=["metadatas", "embeddings"])
        position = {item_id: number for number, item_id in enumerate(chosen)}
        order = sorted(range(len(found["ids"])), key=lambda i: position[found["ids"][i]])
        candidates.add([found["ids"][i] for i in order], [found["metadatas"][i] for i in order], [found["embeddings"][i] for i in order], "text")

    def _propose_without_photo(self, candidates: _Candidates, where: dict) -> None:
        """A photo search whose constraints leave fewer pictured pieces than it shows: the pieces
        meeting them that have no photo of their own, which no picture can propose. Without them
        "the same in silver" would be answered "nothing matches" while the shop lists one; they
        rank after every pictured piece (no image score)."""
        found = self.index.get("text", where=where, include=["metadatas", "embeddings"], limit=self.fusion.candidate_pool)
        new = [row for row, item_id in enumerate(found["ids"]) if item_id not in candidates.metadata]
        candidates.add([found["ids"][r] for r in new], [found["metadatas"][r] for r in new], [found["embeddings"][r] for r in new], "text")

    def _complete_vectors(self, candidates: _Candidates, ids: list[str], kinds: set[str]) -> None:
        """Stored vectors for candidates another signal proposed, so every candidate is scored in every signal."""
        for kind in kinds:
            missing = [item_id for item_id in ids if item_id not in candidates.vectors[kind]]
            if missing:
                found = self.index.get(kind, ids=missing, include=["embeddings"])
                for item_id, vector in zip(found["ids"], found["embeddings"]):
                    candidates.vectors[kind][item_id] = np.asarray(vector, dtype=np.float32)

    # --- ranking -----------------------------------------------------------------------------

    def _fuse(self, signals: dict[str, np.ndarray]) -> np.ndarray:
        weights = self._weights(signals)
        if self.fusion.method == "rrf":
            return ranking.reciprocal_rank_fusion(signals, weights, self.fusion.rrf_k)
        scaled = dict(signals)
        if "lexical" in scaled:
            scaled["lexical"] = scaled["lexical"] / max(float(scaled["lexical"].max()), 1e-9)
        return ranking.weighted_fusion(scaled, weights)

    def _weights(self, signals: dict[str, np.ndarray]) -> dict[str, float]:
        words = self.fusion.text_weight
        share = self.fusion.lexical_share if "lexical" in signals else 0.0
        return {"text": words * (1.0 - share), "lexical": words * share, "image": self.fusion.image_weight}

    def _adjustments(
        self, query: FusedQuery, ids: list[str], by_id: dict[str, Item], vectors: dict[str, np.ndarray], avoid_terms: list[str]
    ) -> np.ndarray:
        """Preference boosts minus "less of" penalties, per candidate."""
        adjust = np.zeros(len(ids))
        boost = self.fusion.preference_boost and any(
            (query.preferences.occasions, query.preferences.styles, query.preferences.recipients)
        )
        if not (boost or avoid_terms):
            return adjust
        items = [by_id[item_id] for item_id in ids]
        if boost:
            adjust += self.fusion.preference_boost * np.asarray([ranking.preference_match(item, query.preferences) for item in items])
        if avoid_terms:
            avoid_vector = self.index.text_encoder.encode_text([" ".join(avoid_terms)])[0]
            amount = [
                ranking.avoidance(set(tokenize(item_text(item))), vectors["text"][row], avoid_terms, avoid_vector)
                for row, item in enumerate(items)
            ]
            adjust -= self.fusion.avoid_penalty * np.asarray(amount)
        return adjust

    def _order(self, final: np.ndarray, vectors: dict[str, np.ndarray], present: dict[str, np.ndarray], top_k: int) -> list[int]:
        best = [int(row) for row in np.argsort(-final, kind="stable")]
        if not self.fusion.diversity or not vectors:
            return best[:top_k]
        pool = best[: max(self.fusion.diversity_pool, top_k)]
        similarity = ranking.similarity_matrix(
            {kind: matrix[pool] for kind, matrix in vectors.items()}, {kind: mask[pool] for kind, mask in present.items()}
        )
        picked = ranking.maximal_marginal_relevance(final[pool], similarity, top_k, self.fusion.mmr_lambda)
        return [pool[i] for i in picked]

    def _browse(self, where: dict | None, constraints: Constraints, top_k: int) -> list[Hit]:
        """Constraints alone (no words, no photo): the cheapest matching items first."""
        found = self.index.get("text", where=where)
        readable = (item for item in map(item_from_metadata, found["metadatas"]) if item is not None and constraints.allows(item))
        items = sorted(readable, key=lambda item: (item.price, item.id))
        return [Hit(item=item, score=0.0, text_score=None, image_score=None) for item in items[:top_k]]


def _has_dense(query: FusedQuery) -> bool:
    """Whether the query has a vector to search with (its words, a photo)."""
    return bool(query.text) or query.image is not None or query.image_vector is not None or query.text_vector is not None


def _stack(candidates: _Candidates, ids: list[str], kinds: set[str], dims: dict[str, int]) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Per kind, an (n, dim) matrix of unit rows (zeros for an item without that vector) and a mask.
    `dims`: each query vector's length, for a kind no candidate has a vector of (a photo search
    whose filters leave only pieces without a photo)."""
    vectors, present = {}, {}
    for kind in sorted(kinds):
        stored = candidates.vectors[kind]
        dim = len(next(iter(stored.values()))) if stored else dims.get(kind, 1)
        matrix = np.zeros((len(ids), dim), dtype=np.float32)
        for row, item_id in enumerate(ids):
            if item_id in stored:
                matrix[row] = stored[item_id]
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        vectors[kind] = matrix / np.maximum(norms, 1e-12)
        present[kind] = norms[:, 0] > 0
    return vectors, present


def _lexical_scores(lexical: LexicalIndex, bm25: np.ndarray, ids: list[str]) -> np.ndarray:
    rows = lexical.rows_of(ids)
    return np.where(rows >= 0, bm25[np.maximum(rows, 0)] if len(bm25) else 0.0, 0.0).astype(np.float64)


def _signal(signals: dict[str, np.ndarray], kind: str, row: int, present: dict[str, np.ndarray]) -> float | None:
    if kind not in signals or not present[kind][row]:
        return None
    return float(signals[kind][row])
