"""Re-indexing without downtime (retrieval/reindex.py) on every engine of tests/test_index.py:
a reader keeps answering from the live generation while the next one is written, follows the
switch on its next query, loses nothing, can be rolled back; a failed rebuild never moves the
alias and is cleaned up."""

import pytest

import retrieval.reindex as reindexing
from retrieval.config import FusionConfig
from retrieval.query import FusedQuery, Searcher
from retrieval.reindex import ReindexError, reindex, rollback
from tests.test_index import chroma_server, index_config, make_items, milvus_server, open_index  # noqa: F401 (fixtures)

LOCKET = {"A3": {"title": "Sterling Silver Milgrain Locket"}}


def found(index, words: str, top_k: int = 6) -> list[str]:
    return [hit.item.id for hit in Searcher(index, FusionConfig()).search(FusedQuery(text=words), top_k=top_k)]


def word_matches(index, word: str) -> list[str]:
    """The items a search finds by the word itself (BM25)."""
    hits = Searcher(index, FusionConfig()).search(FusedQuery(text=word), top_k=6)
    return [hit.item.id for hit in hits if hit.lexical_score]


def from_items(items):
    """A `fill` writing `items` (as a catalog file would)."""
    return lambda builder: ([item.id for item in items], builder.ingest(items, sync=True, progress=False))


@pytest.fixture
def reader(index_config, tmp_path):  # noqa: F811
    """`facet serve`'s index, holding the catalog at generation 0."""
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    return index


@pytest.fixture
def writer(index_config, tmp_path, reader):  # noqa: F811
    """`facet reindex`'s index: another connection to the same store."""
    return open_index(index_config, tmp_path)


def test_a_reader_answers_during_the_rebuild_and_reads_the_new_generation_after_the_switch(reader, writer, tmp_path):
    reindex(writer, progress=False)  # the reader now follows generation 1 (not the plain names)
    assert found(reader, "ring")[0] in {"A1", "A2", "A5"} and reader.generation == 1
    seen_during = []

    def fill(builder):
        written = from_items(make_items(tmp_path, **LOCKET))(builder)
        seen_during.append((reader.generation, word_matches(reader, "milgrain"), found(reader, "sterling silver sapphire necklace")[0]))
        return written

    report = reindex(writer, fill, progress=False)
    assert seen_during == [(1, [], "A3")]  # the old generation answered, without the new title
    assert (report.previous, report.generation, report.items, report.photo_vectors) == (1, 2, 6, 6)
    assert word_matches(reader, "milgrain")[:1] == ["A3"] and reader.generation == 2
    assert reader.items(["A3"])["A3"].title == "Sterling Silver Milgrain Locket"
    assert writer.generations() == [2]


def test_a_rebuild_from_the_stored_items_loses_nothing(reader, writer, tmp_path):
    before = {item.id: item for item in reader.stored_items()}
    ranked_before = found(reader, "rose gold ring")
    report = reindex(writer, progress=False)
    assert (report.previous, report.generation, report.kept_previous) == (0, 1, False)
    assert {item.id: item for item in reader.stored_items()} == before
    assert reader.count("image") == 6 and reader.generation == 1
    assert found(reader, "rose gold ring") == ranked_before
    assert writer.generations() == [1]  # generation 0 dropped after the switch


def test_rollback_switches_back_to_the_kept_generation(reader, writer, tmp_path):
    report = reindex(writer, from_items(make_items(tmp_path, **LOCKET)), keep_old=True, progress=False)
    assert report.kept_previous and writer.generations() == [0, 1]
    assert word_matches(reader, "milgrain")[:1] == ["A3"]

    back = rollback(writer)
    assert (back.previous, back.generation) == (1, 0)
    assert word_matches(reader, "milgrain") == [] and reader.generation == 0
    assert writer.generations() == [0]
    with pytest.raises(ReindexError, match="no earlier generation"):
        rollback(writer)


def test_a_rebuild_failing_mid_way_leaves_the_live_generation_and_is_dropped(reader, writer, tmp_path):
    def fails_mid_way(builder):
        builder.ingest(make_items(tmp_path, **LOCKET)[:3], progress=False)
        raise RuntimeError("the encoder ran out of memory")

    with pytest.raises(RuntimeError, match="out of memory"):
        reindex(writer, fails_mid_way, progress=False)
    assert writer.live_generation() == 0 and writer.generations() == [0]
    assert word_matches(reader, "milgrain") == [] and reader.count() == 6 and reader.generation == 0


def test_a_rebuild_that_does_not_check_out_is_not_switched_to(reader, writer, tmp_path):
    def loses_an_item(builder):
        ids, report = from_items(make_items(tmp_path)[1:])(builder)
        return ["A1", *ids], report

    with pytest.raises(ReindexError, match=r"holds 5 items where 6 were written \(missing A1\)"):
        reindex(writer, loses_an_item, progress=False)
    with pytest.raises(ReindexError, match="nothing to re-index"):
        reindex(writer, lambda builder: ([], None), progress=False)
    assert writer.generations() == [0] and reader.count() == 6


def test_a_write_to_the_live_generation_during_the_rebuild_is_taken_in(reader, writer, tmp_path, monkeypatch):
    copy = reindexing._copy

    def copy_then_ingest(index, builder, progress, sync=False):
        copied = copy(index, builder, progress, sync)
        if not sync:  # the first copy: `facet ingest` writes to the live generation meanwhile
            reader.ingest(make_items(tmp_path, **LOCKET), progress=False)
        return copied

    monkeypatch.setattr(reindexing, "_copy", copy_then_ingest)
    reindex(writer, progress=False)
    assert word_matches(reader, "milgrain")[:1] == ["A3"] and reader.generation == 1


def test_a_half_built_generation_left_by_a_killed_rebuild_is_dropped_by_the_next(reader, writer, tmp_path):
    writer.at_generation(4).ingest(make_items(tmp_path)[:2], progress=False)  # killed before its switch
    assert writer.generations() == [0, 4] and reader.count() == 6
    report = reindex(writer, progress=False)
    assert report.generation == 1 and writer.generations() == [1] and reader.count() == 6
