"""BM25 kept on disk beside its collection (retrieval/lexical_store.py, CatalogIndex.lexical): read
back it is the index that was built (the same arrays, the same scores); a file for another
revision, another format or with damaged bytes is never used (the index is built again, with a
warning, and kept anew); a write by another process makes the kept one stale; `facet reindex`
keeps the new generation's before it switches. The index-level tests run on every engine of
tests/test_index.py."""

import logging

import numpy as np
import pytest

import retrieval.lexical as lexical
from retrieval import kept_file, lexical_store
from retrieval.lexical import COUNT_OVERFLOW, LexicalIndex, tokenize
from retrieval.lexical_store import CorruptLexicalFile, StaleLexicalFile
from retrieval.records import item_metadata
from retrieval.reindex import reindex
from tests.test_index import CatalogIndex, WordHashEncoder, MeanColourEncoder, connect, index_config, make_items  # noqa: F401 (fixture)
from tests.test_index import chroma_server, milvus_server  # noqa: F401 (fixtures)
from tests.test_lexical_reference import WORDS, random_corpus, same_index

K1, B = 1.2, 0.75
STAMP = {"collection": "facet_text_x", "text_revision": "r1", "engine": "chroma"}


def corpus_index(seed: int = 0) -> LexicalIndex:
    texts = random_corpus(seed) + ["ring " * (COUNT_OVERFLOW + 3), "rose gold ring " * 40]  # an overflowing count, a bitmap term
    ids = [f"item-{row}" for row in range(len(texts) - 1)] + ["bague-é-1"]  # an id that is not ASCII
    return LexicalIndex.build(ids, texts)


@pytest.mark.parametrize("seed", range(4))
def test_a_stored_index_reads_back_as_the_one_built(tmp_path, seed):
    built = corpus_index(seed)
    path = tmp_path / "bm25" / "x.bm25"
    lexical_store.save(path, built, STAMP)
    loaded = lexical_store.load(path, STAMP)
    assert same_index(loaded, built)
    for word in WORDS:
        assert np.array_equal(loaded.scores(tokenize(word), K1, B), built.scores(tokenize(word), K1, B))
    assert list(loaded.rows_of(["item-3", "bague-é-1", "absent"])) == [3, len(built) - 1, -1]


def test_an_empty_index_reads_back(tmp_path):
    lexical_store.save(tmp_path / "e.bm25", LexicalIndex.build([], []), STAMP)
    assert same_index(lexical_store.load(tmp_path / "e.bm25", STAMP), LexicalIndex.build([], []))


def test_a_file_for_another_revision_or_format_is_stale(tmp_path, monkeypatch):
    path = tmp_path / "x.bm25"
    lexical_store.save(path, corpus_index(), STAMP)
    with pytest.raises(StaleLexicalFile):
        lexical_store.load(path, STAMP | {"text_revision": "r2"})
    monkeypatch.setattr(lexical_store, "FORMAT_VERSION", lexical_store.FORMAT_VERSION + 1)
    with pytest.raises(StaleLexicalFile):
        lexical_store.load(path, STAMP)


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "not ours", "bad header"])
def test_a_damaged_file_is_corrupt(tmp_path, damage):
    path = tmp_path / "x.bm25"
    lexical_store.save(path, corpus_index(), STAMP)
    data = bytearray(path.read_bytes())
    if damage == "flipped byte":
        data[-5] ^= 0xFF
    elif damage == "truncated":
        data = data[: len(data) - 64]
    elif damage == "not ours":
        data = bytearray(b"PK\x03\x04" + bytes(100))
    else:
        data[len(lexical_store.MAGIC) + lexical_store.LENGTH_BYTES] = ord("#")
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptLexicalFile):
        lexical_store.load(path, STAMP)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "x.bm25"
    lexical_store.save(path, corpus_index(0), STAMP)
    before = path.read_bytes()
    monkeypatch.setattr(kept_file.os, "fsync", lambda _: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        lexical_store.save(path, corpus_index(1), STAMP)
    assert path.read_bytes() == before and [file.name for file in tmp_path.iterdir()] == ["x.bm25"]


# --- through the index, on every engine -------------------------------------------------------


def open_index(config, folder) -> CatalogIndex:
    return CatalogIndex(connect(config, folder / "chroma"), WordHashEncoder(), MeanColourEncoder(), config, lexical_dir=folder / "bm25")


def never_built(monkeypatch):
    """From here on a BM25 build fails the test: the index must be read from its file."""

    def build(*_):
        raise AssertionError("BM25 was built, not read from its file")

    monkeypatch.setattr(lexical.LexicalIndex, "from_entries", classmethod(build))


def kept_files(folder) -> list[str]:
    return sorted(path.name for path in (folder / "bm25").iterdir())


@pytest.fixture
def filled(index_config, tmp_path):  # noqa: F811
    """An index holding the catalog whose BM25 was built once (and kept)."""
    index = open_index(index_config, tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    index.lexical()
    return index


def test_a_second_start_reads_the_kept_bm25_which_scores_as_a_rebuild(filled, index_config, tmp_path, monkeypatch):  # noqa: F811
    rebuilt = LexicalIndex.from_entries(filled._item_texts())
    assert len(kept_files(tmp_path)) == 1
    never_built(monkeypatch)
    loaded = open_index(index_config, tmp_path).lexical()  # a new process's index
    assert same_index(loaded, rebuilt)
    for words in ("rose gold ring", "pearl earrings", "sapphire"):
        assert np.array_equal(loaded.scores(tokenize(words), K1, B), rebuilt.scores(tokenize(words), K1, B))


def test_a_write_by_another_process_makes_the_kept_bm25_stale(filled, index_config, tmp_path, caplog):  # noqa: F811
    other = open_index(index_config, tmp_path)  # `facet ingest` while `facet serve` runs
    other.ingest(make_items(tmp_path, A3={"title": "Sterling Silver Milgrain Locket"}), progress=False)
    with caplog.at_level(logging.WARNING, logger="retrieval.lexical_keeper"):
        fresh = open_index(index_config, tmp_path).lexical()
    assert "not used" in caplog.text and "text_revision" in caplog.text
    assert fresh.postings("milgrain") is not None and filled.lexical().postings("milgrain") is not None
    assert len(kept_files(tmp_path)) == 1  # kept anew, in place


def test_a_corrupt_kept_bm25_is_rebuilt_with_a_warning(filled, index_config, tmp_path, caplog):  # noqa: F811
    path = tmp_path / "bm25" / kept_files(tmp_path)[0]
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="retrieval.lexical_keeper"):
        rebuilt = open_index(index_config, tmp_path).lexical()
    assert "checksum" in caplog.text
    assert same_index(rebuilt, LexicalIndex.from_entries(filled._item_texts()))
    assert same_index(lexical_store.load(path, _stamp_of(path)), rebuilt)  # kept anew


def _stamp_of(path):
    header, _ = lexical_store._header(path.read_bytes())
    return header["stamp"]


def test_bulk_writes_settled_make_the_kept_bm25_stale(filled, index_config, tmp_path):  # noqa: F811
    locket = make_items(tmp_path, A3={"title": "Sterling Silver Milgrain Locket"})[2]
    filled.texts.update(ids=["A3"], metadatas=[item_metadata(locket)])
    filled.settle()  # a bulk load's writes, made straight through the collection
    assert open_index(index_config, tmp_path).lexical().postings("milgrain") is not None


def test_reindex_keeps_the_new_generations_bm25_before_the_switch(filled, index_config, tmp_path, monkeypatch):  # noqa: F811
    reader = open_index(index_config, tmp_path)  # `facet serve`, on generation 0
    reader.lexical()
    switched = []
    monkeypatch.setattr(CatalogIndex, "switch_to", lambda self, generation, original=CatalogIndex.switch_to: (
        switched.append(kept_files(tmp_path)), original(self, generation)))  # fmt: skip
    report = reindex(open_index(index_config, tmp_path), progress=False)
    assert report.generation == 1 and any(".g1." in name for name in switched[0])  # kept before the switch
    assert not any(".g0." in name for name in kept_files(tmp_path))  # dropped with its generation
    never_built(monkeypatch)
    assert reader.lexical().postings("ring") is not None and reader.generation == 1
