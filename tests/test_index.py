"""Index and fused query on small fixtures, with tiny deterministic encoders that count
their work (the real models are exercised in test_assistant.py). Every test runs four times:
against an embedded chromadb, against a `chroma run` server on 127.0.0.1, and on Milvus
(retrieval/milvus_store.py): embedded milvus-lite, and milvus-lite run as a server process on
127.0.0.1 (marked integration); and a fifth time on the Milvus server FACET_TEST_MILVUS_URI
names (a Milvus standalone; tests/milvus_standalone.py), skipped when it is unset. The Milvus
runs skip when pymilvus and milvus-lite are not installed (`pip install -e .[test]`)."""

import hashlib
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from retrieval.catalog import Item
from retrieval.config import FusionConfig, IndexConfig
from retrieval.constraints import Constraints, Preferences
from retrieval.index import CatalogIndex, connect
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

    def without_colors(self, vector):
        return vector  # nothing but colour: kept as it is, as a CLIP vector is


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


SERVER_START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """`chroma run` on 127.0.0.1 and a free port, for this module's tests."""
    import chromadb

    folder, port = tmp_path_factory.mktemp("chroma-server"), free_port()
    chroma = Path(sys.prefix) / "bin" / "chroma"
    with (folder / "server.log").open("w") as log:
        server = subprocess.Popen(
            [str(chroma), "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:  # not listening yet
                assert server.poll() is None, (folder / "server.log").read_text()
                assert time.monotonic() < deadline, "chroma run did not come up"
                time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        server.terminate()
        server.wait(timeout=30)


MILVUS_MISSING = "pymilvus and milvus-lite are not installed (pip install -e .[test])"


@pytest.fixture(scope="module")
def milvus_server(tmp_path_factory):
    """`milvus-lite server` on 127.0.0.1 and a free port, for this module's tests."""
    pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    from pymilvus import MilvusClient

    folder, port = tmp_path_factory.mktemp("milvus-server"), free_port()
    with (folder / "server.log").open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    uri = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                MilvusClient(uri=uri, timeout=1).list_collections()
                break
            except Exception:  # not listening yet
                assert server.poll() is None, (folder / "server.log").read_text()
                assert time.monotonic() < deadline, "milvus-lite server did not come up"
                time.sleep(0.2)
        yield uri
    finally:
        server.terminate()
        server.wait(timeout=30)


ENGINES = ["embedded", "server", "milvus", pytest.param("milvus-server", marks=pytest.mark.integration),
           pytest.param("milvus-standalone", marks=pytest.mark.integration)]


@pytest.fixture(params=ENGINES)
def index_config(request) -> IndexConfig:
    if request.param == "embedded":
        return IndexConfig()
    if request.param == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
        return IndexConfig(engine="milvus")
    if request.param == "milvus-server":
        # one server for the module: each test gets collections of its own
        uri = request.getfixturevalue("milvus_server")
        return IndexConfig(engine="milvus", milvus_uri=uri, collection_prefix=f"t{uuid.uuid4().hex[:12]}")
    if request.param == "milvus-standalone":
        uri, prefix = request.getfixturevalue("milvus_standalone")  # dropped when the test ends
        return IndexConfig(engine="milvus", milvus_uri=uri, collection_prefix=prefix)
    host, port = request.getfixturevalue("chroma_server")
    # one server for the module: each test gets collections of its own
    return IndexConfig(chroma_host=host, chroma_port=port, collection_prefix=f"t{uuid.uuid4().hex[:12]}")


def open_index(config: IndexConfig, folder) -> CatalogIndex:
    return CatalogIndex(connect(config, folder / "chroma"), WordHashEncoder(), MeanColourEncoder(), config)


@pytest.fixture
def index(index_config, tmp_path):
    return open_index(index_config, tmp_path)


def test_ingest_is_idempotent_and_does_no_model_work_for_unchanged_items(index, tmp_path):
    items = make_items(tmp_path)
    first = index.ingest(items, progress=False)
    assert (first.read, first.ingested, first.updated, first.unchanged) == (6, 6, 0, 0)
    assert index.text_encoder.encoded == 6 and index.image_encoder.encoded == 6

    again = index.ingest(items, progress=False)
    assert (again.ingested, again.updated, again.unchanged) == (0, 0, 6)
    assert index.text_encoder.encoded == 6 and index.image_encoder.encoded == 6


def test_rows_an_older_facet_stamped_for_the_retired_mirror_read_as_unchanged(index, tmp_path):
    """An index written before the in-memory mirror was retired holds a change stamp on every
    row: it is read past, so the same catalog costs no model work and no rewrite."""
    items = make_items(tmp_path)
    index.ingest(items, progress=False)
    for kind in ("text", "image"):
        stored = index.get(kind)
        index._store.collection(kind).update(ids=stored["ids"], metadatas=[{**meta, "seq": 1} for meta in stored["metadatas"]])
    assert all(meta["seq"] == 1 for meta in index.get("text")["metadatas"])

    again = index.ingest(items, progress=False)
    assert (again.ingested, again.updated, again.unchanged) == (0, 0, 6)
    assert index.text_encoder.encoded == 6 and index.image_encoder.encoded == 6
    assert index.check(items).stale_metadata == []


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


WEIGHTED_ONLY = FusionConfig(method="weighted", lexical=False, diversity=False)


def test_hard_constraints_are_never_violated(searcher):
    constraints = Constraints(price_max=800, categories=["ring"], exclude_gemstones=["diamond"])
    hits = searcher.search(FusedQuery(text="rose gold diamond ring", constraints=constraints), top_k=5)
    assert [hit.item.id for hit in hits] == ["A2"]


def test_photo_finds_its_own_item_first(searcher, tmp_path):
    hits = searcher.search(FusedQuery(image=Image.open(tmp_path / "A3.png")), top_k=3)
    assert hits[0].item.id == "A3" and hits[0].image_score == pytest.approx(1.0, abs=1e-5)
    assert hits[0].text_score is None


def test_a_photo_search_offers_pieces_without_a_photo_that_meet_every_constraint(index, tmp_path):
    """No picture can propose a piece that has none: under constraints that leave fewer pictured
    pieces than are shown, the photo-less ones that meet them follow the pictured ones."""
    items = make_items(tmp_path, A3={"image": ""}, A4={"category": "necklace", "metal": "sterling silver"})
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig(candidate_pool=3))
    necklaces = Constraints(categories=["necklace"], metals=["sterling silver"])
    hits = searcher.search(FusedQuery(image=Image.open(tmp_path / "A4.png"), constraints=necklaces), top_k=5)
    assert [hit.item.id for hit in hits] == ["A4", "A3"]
    assert hits[0].image_score is not None and hits[1].image_score is None
    only_unpictured = Constraints(categories=["necklace"], gemstones=["sapphire"])
    assert [hit.item.id for hit in searcher.search(FusedQuery(image=Image.open(tmp_path / "A1.png"), constraints=only_unpictured))] == ["A3"]
    anything = searcher.search(FusedQuery(image=Image.open(tmp_path / "A1.png")), top_k=3)
    assert "A3" not in [hit.item.id for hit in anything]  # pictured pieces fill the page: none is added


def test_fusion_scores_every_candidate_in_both_modalities(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, WEIGHTED_ONLY.model_copy(update={"candidate_pool": 3}))
    query = FusedQuery(text="yellow gold pearl earrings", image=Image.open(tmp_path / "A6.png"))
    hits = searcher.search(query, top_k=6)
    assert all(hit.text_score is not None and hit.image_score is not None for hit in hits)
    weights = WEIGHTED_ONLY
    fused = [
        (weights.text_weight * hit.text_score + weights.image_weight * hit.image_score) / (weights.text_weight + weights.image_weight)
        for hit in hits
    ]
    assert [hit.score for hit in hits] == pytest.approx(fused, abs=1e-5) and fused == sorted(fused, reverse=True)
    assert {hits[0].item.id, hits[1].item.id} == {"A4", "A6"}


def test_reciprocal_rank_fusion_of_words_bm25_and_photo(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    config = FusionConfig(method="rrf", diversity=False)
    hits = Searcher(index, config).search(FusedQuery(text="yellow gold pearl earrings", image=Image.open(tmp_path / "A6.png")), top_k=6)
    assert len(hits) == 6 and all(hit.lexical_score is not None for hit in hits)

    def rank(values):
        order = sorted(range(len(values)), key=lambda i: (-values[i], i))
        return {row: position for position, row in enumerate(order, start=1)}

    by_id = sorted(hits, key=lambda hit: hit.item.id)  # the searcher breaks ties by id
    weights = {"text": config.text_weight * (1 - config.lexical_share), "lexical": config.text_weight * config.lexical_share,
               "image": config.image_weight}  # fmt: skip
    signals = {"text": [h.text_score for h in by_id], "lexical": [h.lexical_score for h in by_id], "image": [h.image_score for h in by_id]}
    ranks = {kind: rank(values) for kind, values in signals.items()}
    rrf = [sum(weights[kind] / (config.rrf_k + ranks[kind][row]) for kind in signals) for row in range(len(by_id))]
    expected = [by_id[row].item.id for row in sorted(range(len(by_id)), key=lambda row: (-rrf[row], row))]
    assert [hit.item.id for hit in hits] == expected
    assert hits[0].item.id == "A4"  # yellow gold pearl earrings: the only item with all four words


def test_bm25_candidates_obey_the_store_filter(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, FusionConfig(candidate_pool=1))
    constraints = Constraints(categories=["necklace"])
    hits = searcher.search(FusedQuery(text="rose gold diamond ring", constraints=constraints), top_k=5)
    assert [hit.item.id for hit in hits] == ["A3"]


def test_filter_in_the_store_keeps_results_a_post_filter_loses_at_depth(index, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    query = FusedQuery(text="rose gold diamond ring", constraints=Constraints(metals=["yellow gold"]))
    in_store = Searcher(index, FusionConfig(candidate_pool=2, lexical=False)).search(query, top_k=5)
    after = Searcher(index, FusionConfig(candidate_pool=2, lexical=False, filter_in_store=False)).search(query, top_k=5)
    assert sorted(hit.item.id for hit in in_store) == ["A4", "A6"]
    assert after == []  # the two nearest items are rose gold rings; the yellow gold ones were never fetched


def test_preferences_boost_and_less_of_terms_penalise(index, tmp_path):
    items = make_items(tmp_path, A1={"occasion": "anniversary", "tags": ["halo"]}, A2={"occasion": "everyday"})
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig(method="weighted", diversity=False, preference_boost=0.5, avoid_penalty=0.5))
    query = FusedQuery(text="rose gold diamond ring", constraints=Constraints(categories=["ring"], metals=["rose gold"]))
    plain = [hit.item.id for hit in searcher.search(query, top_k=2)]
    query.preferences = Preferences(occasions=["everyday"])
    boosted = [hit.item.id for hit in searcher.search(query, top_k=2)]
    query.preferences = Preferences(avoid_terms=["halo"])
    less_halo = [hit.item.id for hit in searcher.search(query, top_k=2)]
    assert plain == ["A1", "A2"]
    assert boosted == ["A2", "A1"] and less_halo == ["A2", "A1"]


def test_diversity_keeps_near_duplicates_apart(index, tmp_path):
    items = make_items(tmp_path) + [
        make_items(tmp_path)[0].model_copy(update={"id": "A1-copy"}),
    ]
    index.ingest(items, progress=False)
    query = FusedQuery(text="rose gold diamond ring", image=Image.open(tmp_path / "A1.png"))
    relevance_only = Searcher(index, FusionConfig(diversity=False)).search(query, top_k=3)
    diverse = Searcher(index, FusionConfig(diversity=True, mmr_lambda=0.3)).search(query, top_k=3)
    assert {hit.item.id for hit in relevance_only[:2]} == {"A1", "A1-copy"}
    assert diverse[0].item.id in {"A1", "A1-copy"} and diverse[1].item.id not in {"A1", "A1-copy"}


def test_deleted_items_and_new_prices_show_at_once_in_every_signal(index, tmp_path):
    items = make_items(tmp_path)
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig())
    query = FusedQuery(text="platinum ruby ring", image=Image.open(tmp_path / "A5.png"))
    assert searcher.search(query, top_k=1)[0].item.id == "A5"  # builds the BM25 index

    index.ingest([item for item in items if item.id != "A5"], sync=True, progress=False)
    assert "A5" not in {hit.item.id for hit in searcher.search(query, top_k=6)}

    cheaper = [item.model_copy(update={"price": 99.0}) if item.id == "A6" else item for item in items if item.id != "A5"]
    index.ingest(cheaper, progress=False)
    under_100 = searcher.search(FusedQuery(text="yellow gold bangle", constraints=Constraints(price_max=100)), top_k=5)
    assert [(hit.item.id, hit.item.price) for hit in under_100] == [("A6", 99.0)]


def test_bm25_read_a_store_page_at_a_time_is_the_one_built_from_every_stored_text(index, tmp_path):
    """CatalogIndex.lexical streams the stored texts into the index rather than holding them: the
    same index as one built from the lists of every stored item's id and text."""
    from retrieval.lexical import LexicalIndex
    from retrieval.records import item_from_metadata, item_text
    from tests.test_lexical_reference import same_index

    index.ingest(make_items(tmp_path), progress=False)
    stored = [(page_id, item) for page in index.pages("text") for page_id, item in zip(page["ids"], map(item_from_metadata, page["metadatas"]))]
    expected = LexicalIndex.build([item_id for item_id, _ in stored], [item_text(item) for _, item in stored])
    assert len(expected) == 6 and same_index(index.lexical(), expected)


def test_bm25_sees_texts_changed_by_another_process(index, index_config, tmp_path):
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, FusionConfig())
    searcher.search(FusedQuery(text="ring"), top_k=1)  # builds the BM25 index
    other = open_index(index_config, tmp_path)  # e.g. `facet ingest` while `facet serve` runs
    other.ingest(make_items(tmp_path, A3={"title": "Sterling Silver Milgrain Locket"}), progress=False)
    hits = searcher.search(FusedQuery(text="milgrain"), top_k=1)
    assert hits[0].item.id == "A3" and hits[0].lexical_score > 0


def test_an_empty_index_finds_nothing_in_every_signal(index, tmp_path):
    query = FusedQuery(text="rose gold ring", image=Image.new("RGB", (32, 32), "red"), constraints=Constraints(price_max=500))
    assert Searcher(index, FusionConfig()).search(query) == []


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
