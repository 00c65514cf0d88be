"""benchmarks/serving_memory.py on a small catalog: the settings a serving process would run with,
the synthetic catalog written once into the index they name, and the serving phases' figures
(models loaded; so marked integration)."""

import pytest

from benchmarks.serving_memory import FILTER_WORDS, SearchClock, covered, facet_settings, ingest, serve
from benchmarks.scale import FILTERS

MILVUS_MISSING = "pymilvus and milvus-lite are not installed (pip install -e .[test])"
SMALL = 300


def test_the_engine_and_uri_come_from_the_settings_as_facet_serve_reads_them(tmp_path):
    settings = facet_settings(tmp_path, "http://127.0.0.1:19530", ["index.milvus.read_consistency=Session"])
    assert (settings.index.engine, settings.index.milvus_uri, settings.index.milvus.read_consistency) == (
        "milvus", "http://127.0.0.1:19530", "Session")  # fmt: skip
    assert settings.data_dir == tmp_path
    assert facet_settings(tmp_path, None, []).index.engine == "chroma"


def test_every_filter_has_a_shopper_s_words():
    assert FILTER_WORDS.keys() == FILTERS.keys()


def test_a_search_s_time_is_split_into_encoding_engine_calls_and_facet_s_own_work(tmp_path):
    pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    from retrieval.config import FusionConfig, IndexConfig
    from retrieval.query import FusedQuery, Searcher
    from tests.test_index import make_items, open_index

    index = open_index(IndexConfig(engine="milvus"), tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    searcher = Searcher(index, FusionConfig())
    clock = SearchClock(index, "milvus")
    query = FusedQuery(text="a gold ring", constraints=FILTERS["category"])
    parts = clock.measure(lambda: searcher.search(query))
    assert parts["calls"] >= 3 and parts["encode"] > 0 and parts["engine"] > 0 and parts["facet"] >= 0
    assert parts["search"] == pytest.approx(parts["encode"] + parts["engine"] + parts["facet"] - parts["overlap"]) and parts["overlap"] >= -1e-6
    assert "search: the nearest items" in parts["named"] and "query: BM25's best asked by id (with the filter, or the fields it reads)" in parts["named"]
    assert clock.measure(lambda: None) == {"search": pytest.approx(0, abs=5), "encode": 0, "engine": 0, "facet": pytest.approx(0, abs=5), "overlap": 0,
                                           "calls": 0, "named": {}}  # fmt: skip


def test_overlapping_calls_count_once_in_the_engine_s_time():
    assert covered([(0.0, 2.0), (1.0, 3.0), (5.0, 6.0), (5.5, 5.7)]) == pytest.approx(4.0)
    assert covered([]) == 0


@pytest.mark.parametrize("engine", ["chroma", "milvus"])
def test_the_catalog_is_written_once_and_read_back_by_a_new_process_s_index(tmp_path, engine):
    if engine == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
    settings = facet_settings(tmp_path, None, [f"index.engine={engine}", "llm.backend=template"])
    first = ingest(settings, SMALL)
    assert (first["items"], first["complete"]) == (SMALL, True)
    assert ingest(settings, SMALL) == {"reused": True, "items": SMALL}


@pytest.mark.integration
def test_a_serving_process_reports_every_phase_and_its_searches_obey_each_filter(tmp_path):
    settings = facet_settings(tmp_path, None, ["llm.backend=template"])
    ingest(settings, SMALL)
    result = serve(lambda: settings, turns=2, searches=2, engine_pid=None)
    phases = [row["phase"] for row in result["phases"]]
    # in a test process torch and transformers may already be imported, so a phase may add nothing
    assert phases[0] == "interpreter" and result["phases"][0]["rss_mb"] <= result["phases"][1]["rss_mb"] and phases[-1] == "hybrid searches" and "BM25 ready" in phases
    assert isinstance(next(row for row in result["phases"] if row["phase"] == "BM25 ready")["kept_file_found"], bool)
    assert result["items"] == SMALL and result["phases"][-1]["peak_rss_mb"] >= result["phases"][-1]["rss_mb"] > 0
    assert result["models_mb"]["both"] == pytest.approx(result["models_mb"]["weights"] + result["models_mb"]["runtime"], abs=0.2)
    assert result["beyond_models"]["rss_mb"] == pytest.approx(result["whole_process"]["rss_mb"] - result["models_mb"]["both"], abs=0.2)
    assert result["hybrid"]["per_filter"].keys() == FILTERS.keys() and len(result["turns"]["results_shown"]) == 2
