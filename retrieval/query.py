"""The fused query: hard constraints become a chromadb `where` filter, and similarity from
words (text -> item text) and from a photo (photo -> item image) is combined with
configurable weights."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from retrieval.catalog import Item
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints, Preferences
from retrieval.index import CatalogIndex, item_from_metadata


@dataclass
class FusedQuery:
    text: str | None = None
    image: Image.Image | None = None
    constraints: Constraints = field(default_factory=Constraints)
    preferences: Preferences = field(default_factory=Preferences)


@dataclass
class Hit:
    item: Item
    score: float
    text_score: float | None
    image_score: float | None


class Searcher:
    def __init__(self, index: CatalogIndex, fusion: FusionConfig):
        self.index = index
        self.fusion = fusion

    def search(self, query: FusedQuery, top_k: int | None = None) -> list[Hit]:
        top_k = top_k or self.fusion.top_k
        where = query.constraints.where()
        modalities = []  # (collection, query vector, weight)
        if query.text:
            modalities.append((self.index.texts, self.index.text_encoder.encode_text([query.text])[0], "text"))
        if query.image is not None:
            modalities.append((self.index.images, self.index.image_encoder.encode_image([query.image])[0], "image"))
        if not modalities:
            return self._browse(where, top_k)

        scores: dict[str, dict[str, float]] = {}
        metadata: dict[str, dict[str, Any]] = {}
        for collection, vector, kind in modalities:
            for item_id, similarity, meta in self._nearest(collection, vector, where):
                scores.setdefault(item_id, {})[kind] = similarity
                metadata[item_id] = meta
        for collection, vector, kind in modalities:
            self._score_missing(collection, vector, kind, scores)

        weights = self._weights([kind for _, _, kind in modalities])
        hits = [
            Hit(
                item=item_from_metadata(metadata[item_id]),
                score=sum(weight * per_kind.get(kind, 0.0) for kind, weight in weights.items()),
                text_score=per_kind.get("text"),
                image_score=per_kind.get("image"),
            )
            for item_id, per_kind in scores.items()
        ]
        hits.sort(key=lambda hit: (-hit.score, hit.item.id))
        return hits[:top_k]

    def _weights(self, kinds: list[str]) -> dict[str, float]:
        configured = {"text": self.fusion.text_weight, "image": self.fusion.image_weight}
        total = sum(configured[kind] for kind in kinds)
        return {kind: configured[kind] / total for kind in kinds}

    def _nearest(self, collection, vector: np.ndarray, where: dict | None):
        pool = min(self.fusion.candidate_pool, collection.count())
        if pool == 0:
            return []
        found = collection.query(
            query_embeddings=[vector], n_results=pool, where=where, include=["metadatas", "distances"]
        )
        # cosine distance = 1 - cosine similarity
        return [
            (item_id, 1.0 - distance, meta)
            for item_id, distance, meta in zip(found["ids"][0], found["distances"][0], found["metadatas"][0])
        ]

    @staticmethod
    def _score_missing(collection, vector: np.ndarray, kind: str, scores: dict[str, dict[str, float]]):
        """Exact similarity for candidates another modality proposed, so fusion compares like with like."""
        missing = [item_id for item_id, per_kind in scores.items() if kind not in per_kind]
        if not missing:
            return
        found = collection.get(ids=missing, include=["embeddings"])
        for item_id, embedding in zip(found["ids"], found["embeddings"]):
            scores[item_id][kind] = float(np.dot(np.asarray(embedding, dtype=np.float32), vector))

    def _browse(self, where: dict | None, top_k: int) -> list[Hit]:
        """Constraints alone (no words, no photo): the cheapest matching items first."""
        found = self.index.texts.get(where=where, include=["metadatas"])
        items = sorted((item_from_metadata(meta) for meta in found["metadatas"]), key=lambda item: (item.price, item.id))
        return [Hit(item=item, score=0.0, text_score=None, image_score=None) for item in items[:top_k]]
