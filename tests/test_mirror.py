"""The in-memory mirror that big catalogs filter through: its filter means exactly what
chromadb's `where` means, its search finds what the store's filtered search finds, and it
keeps up with writes made by another process, reading back only what changed."""

import hashlib
import random

import numpy as np
import pytest

from retrieval.config import FusionConfig, IndexConfig, MirrorConfig
from retrieval.constraints import Constraints
from retrieval.demo.generate import generate_demo_items
from retrieval.index import CatalogIndex, connect
from retrieval.records import item_metadata, item_text
from retrieval import mirror as mirror_module
from retrieval.mirror import meets
from retrieval.query import FusedQuery, Searcher

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


def open_index(folder, **mirror) -> CatalogIndex:
    config = IndexConfig(mirror=MirrorConfig(min_items=0, **mirror))
    return CatalogIndex(connect(config, folder), ItemHashEncoder(), NoImages(), config)


@pytest.fixture
def index(items, tmp_path):
    built = open_index(tmp_path)
    built.ingest([item.model_copy(update={"image": ""}) for item in items], progress=False)
    return built


def test_the_mirror_filter_means_what_chromadb_where_means(index, items):
    mirror = index.mirror("text")
    rng = random.Random(5)
    for _ in range(60):
        where = random_constraints(rng, items).where()
        by_store = set(index.texts.get(where=where, include=[])["ids"])
        by_mirror = {mirror.ids[row] for row in np.flatnonzero(mirror.mask(where))}
        assert by_mirror == by_store, where


def test_one_items_check_agrees_with_the_constraints(items):
    rng = random.Random(8)
    for _ in range(60):
        constraints = random_constraints(rng, items)
        assert [meets(item_metadata(item), constraints.where()) for item in items] == [constraints.allows(item) for item in items]


@pytest.mark.parametrize("exact_max_rows", [10_000, 0], ids=["exact", "graph"])
def test_mirrored_search_finds_what_the_stores_filtered_search_finds(items, tmp_path, exact_max_rows, monkeypatch):
    monkeypatch.setattr(mirror_module, "BLOCK_ROWS", 16)  # many blocks, some skipped, runs merged
    mirrored = open_index(tmp_path, exact_max_rows=exact_max_rows)
    mirrored.ingest([item.model_copy(update={"image": ""}) for item in items], progress=False)
    plain = CatalogIndex(mirrored.client, ItemHashEncoder(), NoImages(), IndexConfig())  # same collections
    fusion = FusionConfig(lexical=False, diversity=False, candidate_pool=20)
    rng = random.Random(13)
    compared = 0
    for item in rng.sample(items, 25):
        constraints = Constraints(categories=[item.category], price_max=item.price * 1.5)
        query = FusedQuery(text=item_text(item), constraints=constraints)
        with_mirror = [hit.item.id for hit in Searcher(mirrored, fusion).search(query, top_k=10)]
        with_store = [hit.item.id for hit in Searcher(plain, fusion).search(query, top_k=10)]
        assert with_mirror == with_store
        assert with_mirror[0] == item.id  # its own text is nearest
        compared += len(with_mirror)
    assert compared > 100


def test_writes_by_another_process_reach_the_mirror_and_only_they_are_read(index, items, tmp_path):
    searcher = Searcher(index, FusionConfig(lexical=False))
    mirror = index.mirror("text")
    cheap = Constraints(price_max=5)
    assert searcher.search(FusedQuery(text="gift", constraints=cheap)) == []

    reads = []
    original_get = mirror.collection.get
    mirror.collection.get = lambda **kwargs: reads.append(kwargs) or original_get(**kwargs)
    other = open_index(tmp_path)  # e.g. `facet ingest` while `facet serve` runs
    changed = {items[4].id, items[9].id}
    updated = [item.model_copy(update={"image": "", **({"price": 3.0} if item.id in changed else {})}) for item in items]
    other.ingest(updated, progress=False)
    found = searcher.search(FusedQuery(text="gift", constraints=cheap))
    assert {hit.item.id for hit in found} == changed and all(hit.item.price == 3.0 for hit in found)
    mirror_reads = [kwargs for kwargs in reads if kwargs.get("where") and "seq" in kwargs["where"]]
    assert len(mirror_reads) == 1 and len(mirror.rows) == ITEMS

    gone = items[4].id
    other.ingest([item for item in updated if item.id != gone], sync=True, progress=False)
    assert {hit.item.id for hit in searcher.search(FusedQuery(text="gift", constraints=cheap))} == {items[9].id}
    assert searcher.search(FusedQuery(constraints=cheap), top_k=5)[0].item.id == items[9].id  # browsing too


def test_a_small_collection_is_not_mirrored(items, tmp_path):
    config = IndexConfig(mirror=MirrorConfig(min_items=ITEMS + 1))
    index = CatalogIndex(connect(config, tmp_path), ItemHashEncoder(), NoImages(), config)
    index.ingest([item.model_copy(update={"image": ""}) for item in items], progress=False)
    assert index.mirror("text") is None


def test_a_restart_takes_up_the_snapshot_and_reads_only_what_changed_since(items, tmp_path):
    config = IndexConfig(mirror=MirrorConfig(min_items=0, snapshot_every_rows=1))
    store = connect(config, tmp_path / "chroma")
    first = CatalogIndex(store, ItemHashEncoder(), NoImages(), config, mirror_dir=tmp_path / "mirror")
    catalog = [item.model_copy(update={"image": ""}) for item in items]
    first.ingest(catalog, progress=False)
    constraints = Constraints(categories=["ring"], price_max=900)
    query = FusedQuery(text=item_text(items[0]), constraints=constraints)
    before = [hit.item.id for hit in Searcher(first, FusionConfig()).search(query, top_k=8)]
    assert (tmp_path / "mirror" / first.texts.name / "state.json").exists()

    first.ingest([item.model_copy(update={"price": 5.0}) if item.id == items[1].id else item for item in catalog], progress=False)
    restarted = CatalogIndex(store, ItemHashEncoder(), NoImages(), config, mirror_dir=tmp_path / "mirror")
    reads = []
    original_get = restarted.texts.get
    restarted.texts.get = lambda **kwargs: reads.append(kwargs) or original_get(**kwargs)
    mirror = restarted.mirror("text")
    assert [kwargs["where"] for kwargs in reads] == [{"seq": {"$gt": 1}}]  # only the price change
    assert len(mirror) == ITEMS and mirror.columns["price"].numbers[mirror.rows[items[1].id]] == 5.0
    plain = CatalogIndex(store, ItemHashEncoder(), NoImages(), IndexConfig())  # chromadb filtering alone
    after = [hit.item.id for hit in Searcher(restarted, FusionConfig()).search(query, top_k=8)]
    assert after == [hit.item.id for hit in Searcher(plain, FusionConfig()).search(query, top_k=8)]
    assert after and set(after) - {items[1].id} <= set(before)
    ids = [hit.item.id for hit in Searcher(restarted, FusionConfig()).search(FusedQuery(constraints=Constraints(price_max=5)))]
    assert ids == [items[1].id]


def test_an_unreadable_snapshot_is_ignored(items, tmp_path):
    config = IndexConfig(mirror=MirrorConfig(min_items=0))
    (tmp_path / "mirror" / "facet-text-item-hash-test").mkdir(parents=True)
    (tmp_path / "mirror" / "facet-text-item-hash-test" / "state.json").write_text("{not json")
    index = CatalogIndex(connect(config, tmp_path / "chroma"), ItemHashEncoder(), NoImages(), config, mirror_dir=tmp_path / "mirror")
    index.ingest([item.model_copy(update={"image": ""}) for item in items], progress=False)
    assert len(index.mirror("text")) == ITEMS
