"""The nearest items asked on a worker thread while BM25 is scored and asked (`fusion.overlap_nearest`):
the same hits, scores included, as one after the other, on every engine of tests/test_index.py
(chromadb embedded and as a server, milvus-lite, Milvus servers); the worker reads inside the
search's view (no look of its own), and a failure there reaches the caller. Which of BM25's best
meet the constraints is asked as each engine answers fastest (chromadb: the where alone), the same
ids as asking the ids under the where."""

import threading

import pytest
from PIL import Image

from retrieval.config import FusionConfig, IndexConfig
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher
from tests.milvus_standalone import milvus_standalone  # noqa: F401 (fixture)
from tests.test_index import chroma_server, index_config, make_items, milvus_server, open_index  # noqa: F401 (fixtures)

QUERIES = [
    FusedQuery(text="gold ring"),
    FusedQuery(text="a ring", constraints=Constraints(categories=["ring"])),
    FusedQuery(text="something silver", constraints=Constraints(price_max=600)),
    FusedQuery(text="sapphire", constraints=Constraints(metals=["sterling silver"], gemstones=["sapphire"])),
    FusedQuery(text="a necklace", image=Image.new("RGB", (48, 48), (200, 170, 60))),  # two vector kinds and BM25
    FusedQuery(constraints=Constraints(categories=["necklace"])),  # no words: a browse, nothing to overlap
]


def hits_of(searcher: Searcher, query: FusedQuery) -> list[tuple]:
    return [(hit.item.id, hit.score, hit.text_score, hit.image_score, hit.lexical_score) for hit in searcher.search(query, top_k=6)]


def test_overlapped_and_one_after_the_other_find_the_same_hits(index_config, tmp_path):  # noqa: F811
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    overlapped = [hits_of(Searcher(index, FusionConfig(overlap_nearest=True)), query) for query in QUERIES]
    in_turn = [hits_of(Searcher(index, FusionConfig(overlap_nearest=False)), query) for query in QUERIES]
    assert overlapped == in_turn
    assert all(overlapped[:5]) and overlapped[0] != overlapped[1]


def test_the_nearest_items_are_asked_on_a_worker_inside_the_search_s_view(tmp_path):
    index = open_index(IndexConfig(), tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    asked_on, nearest = [], index.nearest

    def recorded(*args, **kwargs):
        asked_on.append((threading.current_thread() is threading.main_thread(), index._store.in_view()))
        return nearest(*args, **kwargs)

    index.nearest = recorded
    Searcher(index, FusionConfig(overlap_nearest=True)).search(QUERIES[1])
    Searcher(index, FusionConfig(overlap_nearest=False)).search(QUERIES[1])
    Searcher(index, FusionConfig(overlap_nearest=True, lexical=False)).search(QUERIES[1])  # nothing to overlap with
    assert asked_on == [(False, True), (True, True), (True, True)]


def test_a_failure_on_the_worker_reaches_the_caller(tmp_path):
    index = open_index(IndexConfig(), tmp_path)
    index.ingest(make_items(tmp_path), progress=False)

    def fails(*args, **kwargs):
        raise RuntimeError("the engine went away")

    index.nearest = fails
    with pytest.raises(RuntimeError, match="went away"):
        Searcher(index, FusionConfig(overlap_nearest=True)).search(QUERIES[1])



def test_the_ids_meeting_a_where_are_the_ones_a_get_of_both_finds(index_config, tmp_path):  # noqa: F811
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    every = sorted(index.all_ids())
    for query in QUERIES:
        if where := query.constraints.where():
            for ids in (every, every[::2], [every[0], "not-an-item"]):
                assert index.ids_meeting("text", ids, where) == set(index.get("text", ids=ids, where=where, include=())["ids"]), (where, ids)
            assert index.ids_meeting("text", [], where) == set()
    assert index.ids_meeting("text", every, Constraints(categories=["ring"]).where()) < set(every)
