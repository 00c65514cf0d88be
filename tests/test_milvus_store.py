"""The Milvus store (retrieval/milvus_store.py): Facet's `where` dicts (retrieval/constraints.py,
chromadb's syntax) as Milvus filter expressions and the typed fields a first batch gets (pure
Python, no Milvus needed), then the store on embedded milvus-lite (skipped without it) and,
where the test says `milvus_at`, again on the Milvus server FACET_TEST_MILVUS_URI names
(tests/milvus_standalone.py; skipped when unset). The index and fused-query tests run on
Milvus in tests/test_index.py."""

import argparse
import math

import pytest

from retrieval.constraints import Constraints
from retrieval.milvus_filter import filter_expression, literal
from retrieval.milvus_rows import field_types, row_to_write

from tests.milvus_standalone import MILVUS_MISSING


def test_no_filter_is_an_empty_expression():
    assert filter_expression(None) == ""
    assert filter_expression({}) == ""


@pytest.mark.parametrize(
    ("where", "expression"),
    [
        ({"in_stock": True}, "in_stock == true"),
        ({"price": {"$gte": 100}}, "price >= 100"),
        ({"price": {"$lte": 99.5}}, "price <= 99.5"),
        ({"carat": {"$gt": 1}}, "carat > 1"),
        ({"carat": {"$lt": 2}}, "carat < 2"),
        ({"metal": {"$eq": "platinum"}}, 'metal == "platinum"'),
        ({"metal": {"$ne": "platinum"}}, 'metal != "platinum"'),
        ({"category": {"$in": ["ring", "bangle"]}}, 'category in ["ring", "bangle"]'),
        ({"gemstone": {"$nin": ["pearl"]}}, 'gemstone not in ["pearl"]'),
        ({"ring_sizes": {"$contains": 7.5}}, "array_contains(ring_sizes, 7.5)"),
        ({"price": {"$gte": 10, "$lte": 20}}, "(price >= 10) and (price <= 20)"),
    ],
)
def test_each_operator(where, expression):
    assert filter_expression(where) == expression


def test_and_or_nest():
    where = {"$and": [{"price": {"$lte": 500}}, {"$or": [{"karat": {"$in": [14, 18]}}, {"metal": {"$nin": ["yellow gold"]}}]}]}
    assert filter_expression(where) == '(price <= 500) and ((karat in [14, 18]) or (metal not in ["yellow gold"]))'


def test_constraints_translate_whole():
    constraints = Constraints(price_max=800, categories=["ring"], karats=[14], exclude_gemstones=["pearl"], ring_size=7, in_stock_only=True)
    expression = filter_expression(constraints.where())
    for part in ("price <= 800", 'category in ["ring"]', "karat in [14]", 'gemstone not in ["pearl"]', "array_contains(ring_sizes, 7)",
                 "in_stock == true"):  # fmt: skip
        assert part in expression


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ('18" chain', '"18\\" chain"'),
        ("it's", '"it\'s"'),
        ("back\\slash", '"back\\\\slash"'),
        ('x" or id != "', '"x\\" or id != \\""'),
        ("two\nlines", '"two\\nlines"'),
    ],
)
def test_strings_are_escaped(value, quoted):
    assert literal(value) == quoted


def test_a_quote_cannot_close_the_string_early():
    """A shop's value built to break out of its string stays one string literal: every quote
    inside is escaped, so the expression's only unescaped quotes are the two around it."""
    hostile = 'ring"] or id != "["'
    expression = filter_expression({"category": {"$in": [hostile]}})
    unescaped = [i for i, char in enumerate(expression) if char == '"' and expression[i - 1] != "\\"]
    assert len(unescaped) == 2


def test_keys_must_be_plain_names():
    with pytest.raises(ValueError):
        filter_expression({"price) or (1": {"$gt": 0}})


def test_unknown_operators_and_values_are_refused():
    with pytest.raises(ValueError):
        filter_expression({"price": {"$regex": "1.*"}})
    with pytest.raises(ValueError):
        filter_expression({"price": {"$in": [None]}})
    with pytest.raises(ValueError):
        filter_expression({"$and": []})


def test_a_value_with_quotes_filters_exactly_in_milvus(tmp_path, milvus_at):
    """End to end: the escaped value matches its own item and no other."""
    from retrieval.catalog import Item
    from retrieval.config import FusionConfig, IndexConfig
    from retrieval.index import CatalogIndex, connect
    from retrieval.query import FusedQuery, Searcher
    from tests.test_index import MeanColourEncoder, WordHashEncoder

    hostile = 'pendant"] or id != "["'
    items = [
        Item(id="Q1", title="Quoted Pendant", category=hostile, metal="sterling silver", gemstone="none", price=50, currency="USD"),
        Item(id="Q2", title="Plain Pendant", category="pendant", metal="sterling silver", gemstone="none", price=60, currency="USD"),
    ]
    config = IndexConfig(engine="milvus", **milvus_at[0])
    index = CatalogIndex(connect(config, tmp_path / "chroma"), WordHashEncoder(), MeanColourEncoder(), config)
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig())
    for wanted, expected in ((hostile, ["Q1"]), ("pendant", ["Q2"])):
        hits = searcher.search(FusedQuery(text="pendant", constraints=Constraints(categories=[wanted])), top_k=5)
        assert [hit.item.id for hit in hits] == expected


def test_typed_fields_take_each_keys_one_kind_and_leave_the_rest_dynamic():
    batch = [
        {"price": 10, "in_stock": True, "metal": "gold", "ring_sizes": [6, 7.5], "item": "{}", "mixed": 1},
        {"price": 12.5, "in_stock": False, "metal": "silver", "item": "{}", "mixed": "one"},
    ]
    assert field_types(batch) == {"price": "number", "in_stock": "bool", "metal": "string", "ring_sizes": "list"}


def test_a_server_without_nullable_fields_types_only_the_keys_every_row_holds():
    batch = [{"price": 10, "ring_sizes": [6, 7.5]}, {"price": 12.5}]
    assert field_types(batch, in_every_row=True) == {"price": "number"}


def test_a_row_lacking_a_field_the_server_cannot_leave_empty_is_refused_by_name():
    with pytest.raises(ValueError, match="'A1' has no price"):
        row_to_write("A1", [0.0], {"metal": "gold"}, {"price": "number"}, required={"price"})


def test_a_row_refuses_a_value_of_another_kind_than_its_typed_field():
    assert row_to_write("A1", [0.0], {"price": 10, "ring_sizes": [7]}, {"price": "number", "ring_sizes": "list"}) == {
        "id": "A1", "vector": [0.0], "price": 10.0, "ring_sizes": [7.0]}  # fmt: skip
    with pytest.raises(ValueError):
        row_to_write("A1", [0.0], {"price": "ten"}, {"price": "number"})


def test_an_index_types_parameters_are_set_one_at_a_time_from_the_command_line():
    """--set reaches one parameter deep in the settings tree and keeps its siblings; text becomes a number."""
    from ui.cli import settings_from_args

    args = argparse.Namespace(set=["index.milvus.index_types.HNSW.build.M=32", "index.milvus.index_types.HNSW.search_filtered.ef=700"],
                              data_dir=None)  # fmt: skip
    hnsw = settings_from_args(args).index.milvus.index_types["HNSW"]
    assert hnsw.build == {"M": 32, "efConstruction": 200}
    assert hnsw.search_filtered == {"ef": 700} and hnsw.search == {"ef": 64}


def test_a_flag_among_an_index_types_parameters_stays_a_flag():
    """SCANN's with_raw_data reaches Milvus as true, not 1, whether written in the defaults or given as --set text."""
    from retrieval.config import MilvusConfig
    from ui.cli import settings_from_args

    args = argparse.Namespace(set=["index.milvus.index_type=SCANN", "index.milvus.index_types.SCANN.build.with_raw_data=False",
                                   "index.milvus.index_types.SCANN.search_filtered.nprobe=256"], data_dir=None)  # fmt: skip
    milvus = settings_from_args(args).index.milvus
    assert milvus.index.build == {"nlist": 1_024, "with_raw_data": False}
    assert milvus.search_params(filtered=True, n_results=200) == {"nprobe": 256}
    assert MilvusConfig(index_type="SCANN").index.build["with_raw_data"] is True


def test_ivf_flat_scans_every_list_under_a_filter_and_the_nearest_lists_without():
    """IVF_FLAT's filtered search is exact (every list read, each passing row scored); unfiltered, only the nearest lists."""
    from retrieval.config import MilvusConfig

    milvus = MilvusConfig(index_type="IVF_FLAT")
    nlist = milvus.index.build["nlist"]
    assert milvus.search_params(filtered=True, n_results=200)["nprobe"] == nlist
    assert milvus.search_params(filtered=False, n_results=200)["nprobe"] < nlist


def test_an_index_type_without_parameters_is_refused_by_name():
    from pydantic import ValidationError

    from retrieval.config import MilvusConfig

    with pytest.raises(ValidationError, match="'DISKANN' has no parameters"):
        MilvusConfig(index_type="DISKANN")


def test_engine_and_uri_are_set_from_the_command_line():
    from ui.cli import settings_from_args

    args = argparse.Namespace(set=["index.engine=milvus", "index.milvus_uri=http://127.0.0.1:19530"], data_dir=None)
    settings = settings_from_args(args)
    assert (settings.index.engine, settings.index.milvus_uri) == ("milvus", "http://127.0.0.1:19530")


def _milvus_index(tmp_path, **config):
    if "milvus_uri" not in config:
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    from retrieval.config import IndexConfig
    from retrieval.index import CatalogIndex, connect
    from tests.test_index import MeanColourEncoder, WordHashEncoder

    config = IndexConfig(engine="milvus", **config)
    return CatalogIndex(connect(config, tmp_path / "chroma"), WordHashEncoder(), MeanColourEncoder(), config)


def test_milvus_keeps_the_catalog_s_locale_as_chromadb_does(tmp_path, milvus_at):
    from tests.test_index import make_items

    index = _milvus_index(tmp_path, **milvus_at[0])
    index.ingest(make_items(tmp_path), progress=False)
    assert index.catalog_locale() is None
    index.mark_catalog_locale("pl-PL")
    assert index.catalog_locale() == "pl-PL"
    index.mark_catalog_locale(None)
    assert index.catalog_locale() is None


def test_a_new_item_fills_the_retired_change_stamp_an_older_collection_requires(tmp_path, monkeypatch, milvus_at):
    """A collection an older Facet made on a Milvus server before 2.5 holds the retired mirror's
    `seq` as a typed field every row must fill: a new item is written, not refused."""
    from retrieval.milvus_store import MilvusCollection
    from retrieval.records import RETIRED_ROW_KEYS
    from tests.test_index import make_items

    index = _milvus_index(tmp_path, **milvus_at[0])
    items = make_items(tmp_path)
    index.ingest(items[:3], progress=False)
    required = MilvusCollection._required_fields  # on a server before 2.5, every typed field besides
    monkeypatch.setattr(MilvusCollection, "_required_fields", lambda self: required(self) | {"seq"})

    report = index.ingest(items, progress=False)
    assert report.ingested == len(items) - 3
    new = index.get("text", ids=[item.id for item in items[3:]])
    assert [meta["seq"] for meta in new["metadatas"]] == [RETIRED_ROW_KEYS["seq"]] * (len(items) - 3)


def test_a_collection_released_since_it_was_written_is_loaded_again(tmp_path, milvus_at):
    """A milvus-lite database reopened from disk holds its collections released (a server's
    may have been released by hand): searches fail until they are loaded."""
    from retrieval.config import FusionConfig
    from retrieval.query import FusedQuery, Searcher
    from tests.test_index import make_items

    config = {"collection_prefix": "released", **milvus_at[0]}
    index = _milvus_index(tmp_path, **config)
    index.ingest(make_items(tmp_path), progress=False)
    for kind in ("text", "image"):
        index.client.release_collection(index._store.names[kind])
    reopened = _milvus_index(tmp_path, **config)
    hits = Searcher(reopened, FusionConfig()).search(FusedQuery(text="rose gold ring", constraints=Constraints(price_max=800)))
    assert hits and all(hit.item.price <= 800 for hit in hits)


def test_a_second_process_on_the_embedded_database_is_told_to_use_a_server(tmp_path):
    """milvus-lite locks its folder: the second process gets a plain message naming the way out."""
    import subprocess
    import sys

    pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    from retrieval.config import IndexConfig
    from retrieval.milvus_store import EmbeddedMilvusBusyError, connect

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pymilvus import MilvusClient; MilvusClient(uri=sys.argv[1]); print('open', flush=True); time.sleep(120)",
         str(tmp_path / "milvus.db")], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(EmbeddedMilvusBusyError, match="milvus_uri"):
            connect(IndexConfig(engine="milvus"), tmp_path / "chroma")
    finally:
        holder.terminate()
        holder.wait(timeout=30)


class RecordingClient:
    """Stands in for pymilvus's MilvusClient: records the search parameters it is given."""

    def __init__(self):
        self.searches = []

    def has_collection(self, name):
        return True

    def load_collection(self, name):
        pass

    def search(self, name, **request):
        self.searches.append(request)
        return [[]]

    def describe_collection(self, name):
        return {"fields": [{"name": "category"}]}  # no partition key


def test_a_filtered_search_walks_a_wider_graph():
    """milvus-lite skips rows failing the filter while it walks the graph: a filter gets HNSW's
    `search_filtered` ef, an unfiltered search its `search` ef, and never less than the results asked for."""
    from retrieval.config import IndexConfig, MilvusConfig, MilvusIndexParams
    from retrieval.milvus_store import MilvusCollection

    hnsw = MilvusIndexParams(search={"ef": 64}, search_filtered={"ef": 900}, at_least_results="ef")
    client = RecordingClient()
    collection = MilvusCollection(client, "texts", IndexConfig(engine="milvus", milvus=MilvusConfig(index_type="HNSW", index_types={"HNSW": hnsw})))
    collection.query([[1.0, 0.0]], n_results=10)
    collection.query([[1.0, 0.0]], n_results=10, where={"category": {"$in": ["ring"]}})
    collection.query([[1.0, 0.0]], n_results=100)
    assert [search["search_params"]["params"]["ef"] for search in client.searches] == [64, 900, 100]
    assert client.searches[1]["filter"] == 'category in ["ring"]'


def test_each_index_type_is_searched_with_its_own_parameters():
    """IVF's nprobe is not raised to the number of results; a filtered search adds its own keys to the unfiltered ones."""
    from retrieval.config import IndexConfig, MilvusConfig, MilvusIndexParams
    from retrieval.milvus_store import MilvusCollection

    ivf = MilvusIndexParams(build={"nlist": 256}, search={"nprobe": 8, "max_empty_result_buckets": 2}, search_filtered={"nprobe": 32})
    client = RecordingClient()
    collection = MilvusCollection(client, "texts", IndexConfig(engine="milvus", milvus=MilvusConfig(index_type="IVF_FLAT", index_types={"IVF_FLAT": ivf})))
    collection.query([[1.0, 0.0]], n_results=100)
    collection.query([[1.0, 0.0]], n_results=100, where={"in_stock": True})
    assert [search["search_params"]["params"] for search in client.searches] == [
        {"nprobe": 8, "max_empty_result_buckets": 2}, {"nprobe": 32, "max_empty_result_buckets": 2}]  # fmt: skip


@pytest.mark.parametrize("index_type", ["IVF_FLAT", "FLAT"])
def test_a_collection_built_with_another_index_type_finds_the_filtered_nearest(tmp_path, index_type, milvus_at):
    """The index type and its build parameters reach Milvus, which searches with them."""
    from retrieval.config import IndexConfig, MilvusConfig
    from retrieval.milvus_store import MilvusCollection, connect

    config = IndexConfig(engine="milvus", milvus=MilvusConfig(index_type=index_type), **milvus_at[0])
    collection = MilvusCollection(connect(config, tmp_path / "chroma"), f"{milvus_at[1]}texts", config)
    angles = [i / 10 for i in range(40)]
    collection.upsert([f"A{i}" for i in range(40)], [[math.cos(a), math.sin(a)] for a in angles],
                      [{"category": "ring" if i % 2 else "pendant"} for i in range(40)])  # fmt: skip
    collection.flush()
    found = collection.query([[1.0, 0.0]], n_results=3, where={"category": {"$in": ["ring"]}})
    assert found["ids"][0] == ["A1", "A3", "A5"]
    assert collection.client.describe_index(collection.name, index_name="vector")["index_type"] == index_type


@pytest.mark.parametrize(
    ("where", "confined"),
    [
        ({"category": {"$in": ["ring", "pendant"]}}, True),
        ({"category": "ring"}, True),
        ({"category": {"$eq": "ring"}}, True),
        ({"$and": [{"price": {"$lte": 300}}, {"category": {"$in": ["ring"]}}]}, True),
        ({"category": {"$nin": ["ring"]}}, False),  # every other value's partitions
        ({"$or": [{"category": {"$in": ["ring"]}}, {"metal": {"$in": ["gold"]}}]}, False),
        ({"metal": {"$in": ["gold"]}}, False),
        (None, False),
    ],
)
def test_a_filter_confines_a_search_to_partitions_only_when_it_lists_the_key_s_values(where, confined):
    from retrieval.milvus_filter import confines

    assert confines(where, "category") is confined


class PartitionedClient(RecordingClient):
    """A RecordingClient whose collection is partitioned by `key` (None: not partitioned)."""

    def __init__(self, key):
        super().__init__()
        self.key = key

    def describe_collection(self, name):
        return {"fields": [{"name": "category", **({"is_partition_key": True} if self.key else {})}, {"name": "price"}]}


@pytest.mark.parametrize(("collection_key", "expected"), [("category", [64, 300, 900, 300]), (None, [64, 900, 900, 900])])
def test_a_search_confined_to_partitions_walks_its_own_ef(collection_key, expected):
    """`search_partitioned` applies when the collection itself is partitioned by the key the
    filter lists (the setting alone does not: a collection made before it keeps one partition)."""
    from retrieval.config import IndexConfig, MilvusConfig, MilvusIndexParams
    from retrieval.milvus_store import MilvusCollection

    hnsw = MilvusIndexParams(search={"ef": 64}, search_filtered={"ef": 900}, search_partitioned={"ef": 300}, at_least_results="ef")
    client = PartitionedClient(collection_key)
    config = IndexConfig(engine="milvus", milvus=MilvusConfig(index_type="HNSW", index_types={"HNSW": hnsw}, partition_key="category"))
    collection = MilvusCollection(client, "texts", config)
    for where in (None, {"category": {"$in": ["ring"]}}, {"price": {"$lte": 300}},
                  {"$and": [{"price": {"$lte": 300}}, {"category": {"$in": ["ring", "pendant"]}}]}):  # fmt: skip
        collection.query([[1.0, 0.0]], n_results=10, where=where)
    assert [search["search_params"]["params"]["ef"] for search in client.searches] == expected


def test_partition_settings_are_set_from_the_command_line():
    from ui.cli import settings_from_args

    args = argparse.Namespace(set=["index.milvus.partition_key=category", "index.milvus.num_partitions=16",
                                   "index.milvus.index_types.HNSW.search_partitioned.ef=512"], data_dir=None)  # fmt: skip
    milvus = settings_from_args(args).index.milvus
    assert (milvus.partition_key, milvus.num_partitions, milvus.index_types["HNSW"].search_partitioned) == ("category", 16, {"ef": 512})


def _partitioned_collection(tmp_path, milvus_at, name="texts"):
    from retrieval.config import IndexConfig, MilvusConfig
    from retrieval.milvus_store import MilvusCollection, connect

    config = IndexConfig(engine="milvus", milvus=MilvusConfig(partition_key="category", num_partitions=8), **milvus_at[0])
    return MilvusCollection(connect(config, tmp_path / "chroma"), f"{milvus_at[1]}{name}", config)


def test_a_collection_partitioned_by_category_finds_the_filtered_nearest_and_follows_a_new_category(tmp_path, milvus_at):
    """The key is the schema's partition key; a row written again under another
    category is found under that one only (written by delete and insert, not upsert)."""
    collection = _partitioned_collection(tmp_path, milvus_at)
    angles = [i / 10 for i in range(40)]
    collection.upsert([f"A{i}" for i in range(40)], [[math.cos(a), math.sin(a)] for a in angles],
                      [{"category": "ring" if i % 2 else "pendant", "price": i} for i in range(40)])  # fmt: skip
    collection.flush()
    assert collection.partition_key() == "category"
    assert collection.query([[1.0, 0.0]], n_results=3, where={"category": {"$in": ["ring"]}})["ids"][0] == ["A1", "A3", "A5"]
    collection.upsert(["A1"], [[0.0, -1.0]], [{"category": "pendant", "price": 1}])
    assert collection.count() == 40
    assert collection.query([[0.0, -1.0]], n_results=1, where={"category": {"$in": ["ring"]}})["ids"][0] != ["A1"]
    assert collection.query([[0.0, -1.0]], n_results=1, where={"category": "pendant"})["ids"][0] == ["A1"]


def test_a_partition_key_the_first_items_lack_is_refused_by_name(tmp_path, milvus_at):
    collection = _partitioned_collection(tmp_path, milvus_at)
    with pytest.raises(ValueError, match="partition_key 'category' must name a metadata field every item holds as text"):
        collection.upsert(["A1", "A2"], [[1.0, 0.0], [0.0, 1.0]], [{"category": "ring"}, {"price": 3}])
    assert not collection.exists()


def test_a_later_item_without_the_partition_key_is_refused_by_name(tmp_path, milvus_at):
    collection = _partitioned_collection(tmp_path, milvus_at)
    collection.upsert(["A1"], [[1.0, 0.0]], [{"category": "ring"}])
    with pytest.raises(ValueError, match="'A2' has no category"):
        collection.upsert(["A2"], [[0.0, 1.0]], [{"price": 3}])


def test_retired_mirror_settings_are_ignored_with_a_warning(monkeypatch, caplog):
    """index.mirror.* (the retired in-memory mirror) from an old environment or --set: the shop
    still starts, on the same index settings, and the log says why the setting does nothing."""
    from assistant.config import Settings
    from ui.cli import settings_from_args

    monkeypatch.setenv("FACET_INDEX__MIRROR__MIN_ITEMS", "0")
    monkeypatch.setenv("FACET_INDEX__COLLECTION_PREFIX", "kept")
    with caplog.at_level("WARNING", logger="retrieval.config"):
        settings = Settings()
    assert settings.index.collection_prefix == "kept" and not hasattr(settings.index, "mirror")
    assert "index.mirror.* is ignored" in caplog.text and "index.engine=milvus" in caplog.text

    monkeypatch.delenv("FACET_INDEX__MIRROR__MIN_ITEMS")
    caplog.clear()
    with caplog.at_level("WARNING", logger="retrieval.config"):
        settings = settings_from_args(argparse.Namespace(set=["index.mirror.exact_max_rows=5", "index.engine=milvus"], data_dir=None))
    assert settings.index.engine == "milvus" and "mirror" not in settings.index.model_dump()
    assert "index.mirror.* is ignored" in caplog.text


def test_settings_without_retired_keys_log_nothing(caplog):
    from retrieval.config import IndexConfig

    with caplog.at_level("WARNING", logger="retrieval.config"):
        IndexConfig.model_validate({"engine": "milvus"})
    assert "ignored" not in caplog.text


def test_bm25_sees_changed_texts_under_session_reads(tmp_path, milvus_at):
    """The index's metadata (the text revision BM25 is rebuilt on) is read at the items' own
    consistency level: under Session reads a second index's new text is still seen."""
    from retrieval.config import FusionConfig
    from retrieval.query import FusedQuery, Searcher
    from tests.test_index import make_items

    config = {**milvus_at[0], "milvus": {"read_consistency": "Session"}}
    index = _milvus_index(tmp_path, **config)
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, FusionConfig())
    searcher.search(FusedQuery(text="ring"), top_k=1)  # builds the BM25 index
    _milvus_index(tmp_path, **config).ingest(make_items(tmp_path, A3={"title": "Sterling Silver Milgrain Locket"}), progress=False)
    hits = searcher.search(FusedQuery(text="milgrain"), top_k=1)
    assert hits[0].item.id == "A3" and hits[0].lexical_score > 0
