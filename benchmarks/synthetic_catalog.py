"""The synthetic catalog the scale benchmarks measure with, the same on every run.

Items come from the demo generator, tiled with new ids past GENERATED_ITEMS (prices jittered);
vectors are synthesized (a centroid per category, metal and stone plus noise), so what is measured
is the store and the ranking, not the encoders. An index is filled either through the product's
ingest (`build_with_ingest`) or with batched upserts of the same metadata (`build_with_add`).
"""

from __future__ import annotations

import functools
import hashlib
import random
import time
from pathlib import Path

import numpy as np

from retrieval.catalog import Item
from retrieval.config import IndexConfig
from retrieval.demo.generate import generate_demo_items
from retrieval.index import CatalogIndex, connect
from retrieval.records import item_metadata

TEXT_DIM = 384  # all-MiniLM-L6-v2
NOISE = 0.6  # spread of items around their centroid, relative to its unit length
GENERATED_ITEMS = 50_000  # beyond this the demo catalog is tiled with new ids
PRICE_JITTER = (0.85, 1.2)
SEED = 11
ADD_BATCH = 5_000  # rows per write when the engine's client does not say its own limit


def centroid(key: str, dim: int) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha1(key.encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return vector / np.linalg.norm(vector)


def synthetic_vectors(items: list[Item], dim: int, rng: np.random.Generator) -> np.ndarray:
    """Items of one kind (category, metal, stone) cluster together, as encoder vectors do."""
    centroids = np.stack([centroid(f"{item.category}|{item.metal}|{item.gemstone}|{dim}", dim) for item in items])
    noisy = centroids + NOISE * rng.standard_normal(centroids.shape).astype(np.float32) / np.sqrt(dim)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


class SyntheticEncoder:
    """Stands in for the text encoder: clustered vectors for items, a preset vector for queries."""

    name = "synthetic-384"

    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.next_query: np.ndarray | None = None

    def encode_text(self, texts: list[str]) -> np.ndarray:
        if self.next_query is not None:
            return self.next_query[None, :]
        raise RuntimeError("the scale benchmark encodes items through item_vectors, not text")


class ItemVectorEncoder(SyntheticEncoder):
    """Used by `CatalogIndex.ingest`: the text it gets is the item's; the vector comes from the item."""

    def __init__(self, seed: int, items: list[Item]):
        super().__init__(seed)
        from retrieval.records import item_text

        self.by_text = {item_text(item): item for item in items}

    def encode_text(self, texts: list[str]) -> np.ndarray:
        if self.next_query is not None:
            return self.next_query[None, :]
        return synthetic_vectors([self.by_text[text] for text in texts], TEXT_DIM, self.rng)


class NoImages:
    name = "synthetic-image"

    def encode_image(self, images):
        raise RuntimeError("synthetic items have no photos")


@functools.lru_cache(maxsize=1)
def generated(n: int) -> list[Item]:
    return generate_demo_items(n, seed=SEED)


def synthetic_items(n: int, start: int = 0) -> list[Item]:
    """Items start..start+n of the synthetic catalog, the same on every run."""
    base = generated(min(GENERATED_ITEMS, start + n))
    rng = random.Random(SEED + start)
    items = []
    for number in range(start, start + n):
        item = base[number % len(base)]
        copy, _ = divmod(number, len(base))
        if copy:
            price = round(item.price * rng.uniform(*PRICE_JITTER), 2)
            item = item.model_copy(update={"id": f"{item.id}-{copy}", "price": price})
        items.append(item.model_copy(update={"image": ""}))
    return items


def query_vectors(count: int, rng: np.random.Generator) -> list[np.ndarray]:
    kinds = generate_demo_items(200, seed=SEED + 1)
    return list(synthetic_vectors([kinds[int(i)] for i in rng.integers(0, len(kinds), count)], TEXT_DIM, rng))


def build_with_ingest(folder: Path, n: int, client=None, index_config: IndexConfig | None = None) -> tuple[CatalogIndex, list[Item], dict, ItemVectorEncoder]:
    items = synthetic_items(n)
    encoder = ItemVectorEncoder(SEED, items)
    config = index_config or IndexConfig()
    config = config.model_copy(update={"ingest_batch_size": 1000})
    client = client or connect(config, folder / "chroma")
    index = CatalogIndex(client, encoder, NoImages(), config)
    started = time.perf_counter()
    report = index.ingest(items, progress=False)
    seconds = time.perf_counter() - started
    assert report.ingested == n, report.summary()
    return index, items, {"items": n, "seconds": round(seconds, 1), "items_per_s": round(n / seconds, 1)}, encoder


def build_with_add(folder: Path, n: int, budget_s: float, config: IndexConfig) -> tuple[CatalogIndex, dict, SyntheticEncoder]:
    """Batched adds of synthesized vectors with the product's metadata, until n or the budget."""
    encoder = SyntheticEncoder(SEED)
    index = CatalogIndex(connect(config, folder / "chroma"), encoder, NoImages(), config)
    return index, add_synthetic(index, n, budget_s), encoder


def add_synthetic(index: CatalogIndex, n: int, budget_s: float) -> dict:
    """Writes items 0..n of the synthetic catalog into `index` (vectors synthesized, metadata as
    ingest writes it) in batched upserts, until n or the budget; the write figures."""
    client = index.client
    batch = client.get_max_batch_size() if hasattr(client, "get_max_batch_size") else ADD_BATCH
    rng = np.random.default_rng(SEED)
    started, added = time.perf_counter(), 0
    chunk = GENERATED_ITEMS
    while added < n and time.perf_counter() - started < budget_s:
        items = synthetic_items(min(chunk, n - added), start=added)
        for start in range(0, len(items), batch):
            part = items[start : start + batch]
            index.texts.upsert(ids=[item.id for item in part], embeddings=synthetic_vectors(part, TEXT_DIM, rng),
                            metadatas=[item_metadata(item) for item in part])  # fmt: skip
            added += len(part)
            if time.perf_counter() - started >= budget_s:
                break
        print(f"  {added:,} items in {time.perf_counter() - started:.0f} s", flush=True)
    seconds = time.perf_counter() - started
    return {"items": added, "target_items": n, "seconds": round(seconds, 1), "items_per_s": round(added / seconds, 1),
            "complete": added >= n}  # fmt: skip
