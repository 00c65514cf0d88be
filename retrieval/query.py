"""The fused query: hard constraints become a chromadb `where` filter, and similarity from
words (text -> item text) and from a photo (photo -> item image) is combined with
configurable weights."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from retrieval.catalog import Item
from retrieval.config import FusionConfig
from retrieval.index import CatalogIndex, item_from_metadata


@dataclass
class Constraints:
    """Hard constraints: no result may violate any of them."""

    price_min: float | None = None
    price_max: float | None = None
    categories: list[str] = field(default_factory=list)
    metals: list[str] = field(default_factory=list)
    karats: list[int] = field(default_factory=list)
    gemstones: list[str] = field(default_factory=list)
    exclude_categories: list[str] = field(default_factory=list)
    exclude_metals: list[str] = field(default_factory=list)
    exclude_gemstones: list[str] = field(default_factory=list)

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.price_min is not None:
            clauses.append({"price": {"$gte": self.price_min}})
        if self.price_max is not None:
            clauses.append({"price": {"$lte": self.price_max}})
        for key, values in (("category", self.categories), ("metal", self.metals), ("karat", self.karats),
                            ("gemstone", self.gemstones)):  # fmt: skip
            if values:
                clauses.append({key: {"$in": list(values)}})
        for key, values in (("category", self.exclude_categories), ("metal", self.exclude_metals),
                            ("gemstone", self.exclude_gemstones)):  # fmt: skip
            if values:
                clauses.append({key: {"$nin": list(values)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allows(self, item: Item) -> bool:
        return (
            (self.price_min is None or item.price >= self.price_min)
            and (self.price_max is None or item.price <= self.price_max)
            and (not self.categories or item.category in self.categories)
            and (not self.metals or item.metal in self.metals)
            and (not self.karats or item.karat in self.karats)
            and (not self.gemstones or item.gemstone in self.gemstones)
            and item.category not in self.exclude_categories
            and item.metal not in self.exclude_metals
            and item.gemstone not in self.exclude_gemstones
        )

    def is_empty(self) -> bool:
        return self.where() is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FusedQuery:
    text: str | None = None
    image: Image.Image | None = None
    constraints: Constraints = field(default_factory=Constraints)


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
