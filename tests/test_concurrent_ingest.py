"""`facet ingest` in another process while this one serves from the same index: the reader sees
the new items at once and never shows chromadb's internal error. The writer is the real CLI
run with stand-in encoders (tests/standin_facet.py); the reader is an Assistant in this process."""

import subprocess

import chromadb.api.models.Collection as chroma_collection
import pytest
from chromadb.errors import InternalError

from assistant.assistant import Assistant
from assistant.config import Settings
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery
from retrieval.store import IndexChangedError
from standin_facet import run, shot, use_stand_ins, write_catalog


def facet(data_dir, *args) -> subprocess.CompletedProcess:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def reader(tmp_path, monkeypatch):
    """An Assistant over a data folder that `facet ingest` (another process) has filled with P0-P5."""
    data_dir = tmp_path / "data"
    facet(data_dir, "ingest", write_catalog(tmp_path / "shop", range(6)))
    use_stand_ins(monkeypatch.setattr)
    return Assistant.from_settings(Settings(data_dir=data_dir, llm={"backend": "template"}, torch_threads=1))


def found(assistant: Assistant, **query) -> list[str]:
    return [hit.item.id for hit in assistant.searcher.search(FusedQuery(**query), top_k=20)]


@pytest.mark.e2e
def test_a_reader_sees_what_another_process_ingests(reader, tmp_path):
    assert found(reader, text="word3 ring")[0] == "P3"
    assert found(reader, image=shot(4))[0] == "P4"
    assert sorted(found(reader, constraints=Constraints(categories=["ring"]))) == [f"P{n}" for n in range(6)]

    facet(tmp_path / "data", "ingest", write_catalog(tmp_path / "shop", range(6, 12), name="more.jsonl"))
    assert found(reader, text="word9 ring")[0] == "P9"  # words, BM25 and the text graph
    assert found(reader, image=shot(10))[0] == "P10"  # the image graph
    assert len(found(reader, constraints=Constraints(categories=["ring"]))) == 12  # browsing
    assert reader.turn(text="word11 ring").results[0].id == "P11"  # a whole turn
    assert set(reader.index.items(["P7", "P8"])) == {"P7", "P8"}

    catalog = write_catalog(tmp_path / "shop", range(3, 12), name="fewer.jsonl", P5={"price": 5})
    facet(tmp_path / "data", "ingest", catalog, "--sync")
    assert set(found(reader, text="word1 word2 ring")) & {"P0", "P1", "P2"} == set()  # removed
    assert found(reader, constraints=Constraints(price_max=50)) == ["P5"]  # repriced


@pytest.mark.e2e
def test_a_read_that_still_fails_after_reopening_is_one_plain_error(reader, monkeypatch):
    def broken(self, *args, **kwargs):
        raise InternalError("Error executing plan: Internal error: Error finding id")

    monkeypatch.setattr(chroma_collection.Collection, "query", broken)
    with pytest.raises(IndexChangedError, match="^the catalog index changed while reading; reloading — try again$"):
        found(reader, image=shot(4))


@pytest.mark.e2e
def test_a_read_that_fails_once_is_reopened_and_retried(reader, monkeypatch):
    failures = []
    real_query = chroma_collection.Collection.query

    def fails_once(self, *args, **kwargs):
        if not failures:
            failures.append(1)
            raise InternalError("Error executing plan: Internal error: Error finding id")
        return real_query(self, *args, **kwargs)

    monkeypatch.setattr(chroma_collection.Collection, "query", fails_once)
    client = reader.index.client
    assert found(reader, image=shot(2))[0] == "P2"
    assert failures and reader.index.client is not client  # reopened
