"""One look per search (retrieval/store.py, Views): a search's reads share one look at the live
generation and one BM25 freshness check, on every engine of tests/test_index.py, with the same
hits as a look before every read; a switch made by `facet reindex` shows from the next search on,
and a generation dropped under a search is left for the live one."""

from collections import Counter

import pytest

from retrieval.config import FusionConfig
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher
from retrieval.reindex import reindex
from retrieval.store import Views
from tests.milvus_standalone import milvus_at, milvus_standalone  # noqa: F401 (fixtures)
from tests.test_index import MeanColourEncoder, WordHashEncoder, chroma_server, index_config, make_items, milvus_server, open_index  # noqa: F401
from tests.test_reindex import LOCKET, from_items, word_matches

QUERIES = [
    FusedQuery(text="gold ring"),
    FusedQuery(text="a ring", constraints=Constraints(categories=["ring"])),
    FusedQuery(text="something silver", constraints=Constraints(price_max=600)),
    FusedQuery(text="sapphire", constraints=Constraints(metals=["sterling silver"], gemstones=["sapphire"])),
    FusedQuery(constraints=Constraints(categories=["necklace"])),  # no words: a browse
]


def hits_of(searcher: Searcher, query: FusedQuery) -> list[tuple[str, float, float | None]]:
    return [(hit.item.id, hit.score, hit.lexical_score) for hit in searcher.search(query, top_k=6)]


class CountingClient:
    """A Milvus client that counts its calls: by method, and queries by collection."""

    def __init__(self, client):
        self._client = client
        self.calls: Counter = Counter()

    def __getattr__(self, name):
        method = getattr(self._client, name)
        if not callable(method):
            return method

        def counted(*args, **kwargs):
            self.calls[f"{name} {args[0]}" if name == "query" and args else name] += 1
            return method(*args, **kwargs)

        return counted


def test_a_views_search_finds_what_a_look_before_every_read_finds(index_config, tmp_path, monkeypatch):  # noqa: F811
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, FusionConfig())
    in_views = [hits_of(searcher, query) for query in QUERIES]
    monkeypatch.setattr(Views, "in_view", lambda self: False)  # every read looks first, as before views
    monkeypatch.setattr(Views, "view_number", lambda self: None)
    assert [hits_of(searcher, query) for query in QUERIES] == in_views
    assert all(in_views[:4]) and in_views[0] != in_views[1]


def test_a_search_looks_at_the_alias_and_at_bm25_s_freshness_once(tmp_path, milvus_at):  # noqa: F811
    from retrieval.config import IndexConfig
    from retrieval.index import CatalogIndex, connect

    pytest.importorskip("pymilvus")
    config = IndexConfig(engine="milvus", **milvus_at[0])
    client = CountingClient(connect(config, tmp_path / "chroma"))
    index = CatalogIndex(client, WordHashEncoder(), MeanColourEncoder(), config)
    index.ingest(make_items(tmp_path), progress=False)
    reindex(index, progress=False)  # generation 1: the alias exists and is followed
    searcher = Searcher(index, FusionConfig())
    query = FusedQuery(text="a silver ring", constraints=Constraints(categories=["ring"], price_max=900))
    before = hits_of(searcher, query)  # builds BM25
    client.calls.clear()
    assert hits_of(searcher, query) == before
    meta_reads = sum(count for call, count in client.calls.items() if call.startswith("query") and "meta" in call)
    alias_looks = client.calls["describe_alias"] + client.calls["list_aliases"]
    assert (alias_looks, meta_reads, client.calls["has_collection"]) == (1, 1, 0), client.calls


def test_the_next_search_reads_the_generation_a_reindex_switched_to(index_config, tmp_path):  # noqa: F811
    reader = open_index(index_config, tmp_path)
    reader.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(reader, FusionConfig())
    assert not [hit for hit in searcher.search(FusedQuery(text="milgrain")) if hit.lexical_score]
    reindex(open_index(index_config, tmp_path), from_items(make_items(tmp_path, **LOCKET)), progress=False)
    hits = searcher.search(FusedQuery(text="milgrain"), top_k=1)
    assert hits[0].item.id == "A3" and hits[0].lexical_score > 0 and reader.generation == 1


def test_a_generation_dropped_under_a_view_is_left_for_the_live_one(index_config, tmp_path):  # noqa: F811
    reader = open_index(index_config, tmp_path)
    reader.ingest(make_items(tmp_path), progress=False)
    with reader.view():
        assert reader.items(["A3"])["A3"].title != LOCKET["A3"]["title"]
        reindex(open_index(index_config, tmp_path), from_items(make_items(tmp_path, **LOCKET)), progress=False)  # drops generation 0
        assert reader.items(["A3"])["A3"].title == LOCKET["A3"]["title"] and reader.generation == 1


def test_bm25_sees_this_process_s_own_write_within_a_view(index_config, tmp_path):  # noqa: F811
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    with index.view():
        assert word_matches(index, "milgrain") == []
        index.ingest(make_items(tmp_path, **LOCKET), progress=False)
        assert word_matches(index, "milgrain")[:1] == ["A3"]
