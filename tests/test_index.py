"""Index and fused query on small fixtures, with tiny deterministic encoders that count
their work (the real models are exercised in test_assistant.py)."""

import hashlib

import numpy as np
import pytest
from PIL import Image

from retrieval.catalog import Item
from retrieval.config import FusionConfig, IndexConfig
from retrieval.index import CatalogIndex, connect
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher

DIM = 64


class WordHashEncoder:
    name = "word-hash-test"

    def __init__(self):
        self.encoded = 0

    def encode_text(self, texts):
        self.encoded += len(texts)
        vectors = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace(".", " ").split():
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


class MeanColourEncoder:
    name = "mean-colour-test"

    def __init__(self):
        self.encoded = 0

    def encode_image(self, images):
        self.encoded += len(images)
        vectors = np.array([np.asarray(image.convert("RGB"), dtype=np.float32).mean(axis=(0, 1)) - 100 for image in images])
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


COLOURS = {"yellow gold": (230, 190, 60), "rose gold": (220, 140, 120), "sterling silver": (160, 170, 190), "platinum": (120, 120, 130)}
ROWS = [
    ("A1", "ring", "rose gold", "diamond", 750),
    ("A2", "ring", "rose gold", "none", 420),
    ("A3", "necklace", "sterling silver", "sapphire", 180),
    ("A4", "earrings", "yellow gold", "pearl", 310),
    ("A5", "ring", "platinum", "ruby", 2400),
    ("A6", "bangle", "yellow gold", "none", 990),
]


def make_items(folder, **changes):
    items = []
    for item_id, category, metal, gemstone, price in ROWS:
        path = folder / f"{item_id}.png"
        if not path.exists():
            Image.new("RGB", (48, 48), COLOURS[metal]).save(path)
        item = Item(id=item_id, title=f"{metal} {gemstone} {category}".title(), category=category, metal=metal,
                    gemstone=gemstone, price=price, currency="USD", image=str(path))  # fmt: skip
        items.append(item.model_copy(update=changes.get(item_id, {})))
    return items


@pytest.fixture
def index(tmp_path):
    return CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), WordHashEncoder(), MeanColourEncoder(), IndexConfig())


def test_ingest_is_idempotent_and_does_no_model_work_for_unchanged_items(index, tmp_path):
    items = make_items(tmp_path)
    first = index.ingest(items, progress=False)
    assert (first.read, first.ingested, first.updated, first.unchanged) == (6, 6, 0, 0)
    assert index.text_encoder.encoded == 6 and index.image_encoder.encoded == 6

    again = index.ingest(items, progress=False)
    assert (again.ingested, again.updated, again.unchanged) == (0, 0, 6)
    assert index.text_encoder.encoded == 6 and index.image_encoder.encoded == 6


def test_price_change_rewrites_metadata_only_and_text_change_reembeds_text_only(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    changed = make_items(tmp_path, A1={"price": 699.0}, A2={"title": "Rose Gold Stacking Ring"})
    report = index.ingest(changed, progress=False)
    assert (report.updated, report.unchanged) == (2, 4)
    assert index.text_encoder.encoded == 7  # only A2's new title
    assert index.image_encoder.encoded == 6
    assert index.items(["A1"])["A1"].price == 699.0


def test_sync_removes_items_missing_from_the_catalog(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    report = index.ingest(make_items(tmp_path)[:4], sync=True, progress=False)
    assert report.removed == 2 and index.count() == 4
    assert index.images.count() == 4


def test_unreadable_image_leaves_the_item_searchable_by_text(index, tmp_path):
    items = make_items(tmp_path)
    (tmp_path / "A3.png").write_bytes(b"not a png")
    report = index.ingest(items, progress=False)
    assert report.ingested == 6
    assert len(report.warnings) == 1 and report.warnings[0].startswith("A3:")
    assert index.count() == 6 and index.images.count() == 5


@pytest.fixture
def searcher(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    return Searcher(index, FusionConfig(candidate_pool=3))


def test_hard_constraints_are_never_violated(searcher):
    constraints = Constraints(price_max=800, categories=["ring"], exclude_gemstones=["diamond"])
    hits = searcher.search(FusedQuery(text="rose gold diamond ring", constraints=constraints), top_k=5)
    assert [hit.item.id for hit in hits] == ["A2"]


def test_photo_finds_its_own_item_first(searcher, tmp_path):
    hits = searcher.search(FusedQuery(image=Image.open(tmp_path / "A3.png")), top_k=3)
    assert hits[0].item.id == "A3" and hits[0].image_score == pytest.approx(1.0, abs=1e-5)
    assert hits[0].text_score is None


def test_fusion_scores_every_candidate_in_both_modalities(searcher, tmp_path):
    query = FusedQuery(text="yellow gold pearl earrings", image=Image.open(tmp_path / "A6.png"))
    hits = searcher.search(query, top_k=6)
    assert all(hit.text_score is not None and hit.image_score is not None for hit in hits)
    weights = FusionConfig()
    for hit in hits:
        expected = (weights.text_weight * hit.text_score + weights.image_weight * hit.image_score) / (
            weights.text_weight + weights.image_weight
        )
        assert hit.score == pytest.approx(expected, abs=1e-5)
    assert {hits[0].item.id, hits[1].item.id} == {"A4", "A6"}


def test_constraints_alone_browse_cheapest_first(searcher):
    hits = searcher.search(FusedQuery(constraints=Constraints(metals=["yellow gold"])), top_k=5)
    assert [hit.item.id for hit in hits] == ["A4", "A6"]


def test_ring_size_carat_colour_and_stock_are_filtered_in_the_store(index, tmp_path):
    items = make_items(tmp_path, A1={"ring_sizes": [6.0, 7.25], "carat": 1.1}, A5={"ring_sizes": [7.0], "carat": 0.5, "in_stock": False})
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig())
    by_constraints = {
        "size 7.25": Constraints(ring_size=7.25),
        "size 7 in stock": Constraints(ring_size=7.0, in_stock_only=True),
        "over a carat": Constraints(carat_min=1.0),
        "red stones": Constraints(gemstone_colors=["red"]),
    }
    found = {name: [h.item.id for h in searcher.search(FusedQuery(text="ring", constraints=c), top_k=6)] for name, c in by_constraints.items()}
    assert found == {"size 7.25": ["A1"], "size 7 in stock": [], "over a carat": ["A1"], "red stones": ["A5"]}
    for name, constraints in by_constraints.items():
        assert [item.id for item in items if constraints.allows(item)] == sorted(found[name]), name
