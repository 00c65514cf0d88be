"""The Python `where` evaluator benchmarks/scale.py grades the engines' filtered search with:
it must pass exactly the rows chromadb's own `where` passes, and agree with the constraints."""

import hashlib
import random

import numpy as np
import pytest

from retrieval.where import meets
from retrieval.config import IndexConfig
from retrieval.constraints import Constraints
from retrieval.demo.generate import generate_demo_items
from retrieval.index import CatalogIndex, connect
from retrieval.records import item_metadata

DIM = 32
ITEMS = 300


class ItemHashEncoder:
    """A fixed pseudo-random unit vector per text: no model, same vector every run."""

    name = "item-hash-test"

    def encode_text(self, texts):
        seeds = [int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) for text in texts]
        vectors = np.stack([np.random.default_rng(seed).standard_normal(DIM) for seed in seeds]).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class NoImages:
    name = "no-images-test"

    def encode_image(self, images):
        raise AssertionError("these items have no photos")


def random_constraints(rng: random.Random, items) -> Constraints:
    """A mix of every kind of hard constraint, each present or not."""
    pick = lambda field, k: rng.sample(sorted({getattr(item, field) for item in items}), k)  # noqa: E731
    sizes = sorted({size for item in items for size in item.ring_sizes})
    maybe = lambda value: value if rng.random() < 0.4 else None  # noqa: E731
    return Constraints(
        price_min=maybe(rng.choice([100, 300, 600])),
        price_max=maybe(rng.choice([400, 900, 2500])),
        categories=maybe(pick("category", rng.randint(1, 3))) or [],
        metals=maybe(pick("metal", rng.randint(1, 2))) or [],
        karats=maybe(rng.sample([9, 10, 14, 18, 22], 2)) or [],
        gemstones=maybe(pick("gemstone", rng.randint(1, 3))) or [],
        carat_min=maybe(0.5),
        ring_size=maybe(rng.choice(sizes)),
        in_stock_only=rng.random() < 0.3,
        exclude_metals=maybe(pick("metal", 1)) or [],
        exclude_gemstones=maybe(pick("gemstone", 1)) or [],
    )


@pytest.fixture(scope="module")
def items():
    return generate_demo_items(ITEMS, seed=3)


def test_the_check_passes_what_chromadb_where_passes(items, tmp_path):
    index = CatalogIndex(connect(IndexConfig(), tmp_path), ItemHashEncoder(), NoImages(), IndexConfig())
    index.ingest([item.model_copy(update={"image": ""}) for item in items], progress=False)
    stored = index.get("text")
    rng = random.Random(5)
    for _ in range(60):
        where = random_constraints(rng, items).where()
        by_store = set(index.get("text", where=where, include=[])["ids"])
        by_check = {item_id for item_id, metadata in zip(stored["ids"], stored["metadatas"]) if meets(metadata, where)}
        assert by_check == by_store, where


def test_one_items_check_agrees_with_the_constraints(items):
    rng = random.Random(8)
    for _ in range(60):
        constraints = random_constraints(rng, items)
        assert [meets(item_metadata(item), constraints.where()) for item in items] == [constraints.allows(item) for item in items]
