"""The serving process's catalog read kept beside the collection (assistant/catalog_read.py,
retrieval/kept_file.py): read back it is the read made from the store (the same titles, vocabulary
and hearing); a file for another revision or with damaged bytes is never used (the catalog is read
again, with a warning, and kept anew); a write during the read keeps nothing; a reindex's dropped
generation loses its file; the store's pages, read straight where they come in id order, are
checked to; on every engine of tests/test_index.py."""

import logging

import pytest

from assistant import catalog_read
from assistant.catalog_read import SUFFIX, CatalogRead
from assistant.config import Settings
from assistant.shop_setup import ShopSetup
from retrieval import kept_file
from tests.test_catalog_pages import catalog, same_hearing
from tests.test_index import CatalogIndex, MeanColourEncoder, WordHashEncoder, connect, index_config  # noqa: F401 (fixture)
from tests.test_index import chroma_server, milvus_server  # noqa: F401 (fixtures)

SENTENCES = ("our gold kada „lehel“ and a platinum wedding band", "a rose gold diamond ring", "nothing here")


def open_index(config, folder) -> CatalogIndex:
    return CatalogIndex(connect(config, folder / "chroma"), WordHashEncoder(), MeanColourEncoder(), config)


def settings(language: str = "en", prompt_style: str = "words", lm_items: int = 3) -> Settings:
    return Settings(asr={"language": language, "other_language_prompt": prompt_style, "lm_max_items": lm_items})


def read(index, folder, config: Settings | None = None) -> CatalogRead:
    return CatalogRead.of(index, config or settings(), folder / "catalog_read")


def same_read(kept: CatalogRead, fresh: CatalogRead) -> None:
    assert len(kept.titles) == len(fresh.titles) and "platinum wedding band" in kept.titles
    for sentence in SENTENCES:
        assert kept.titles.found_in(sentence) == fresh.titles.found_in(sentence)
    shop, whole = kept.vocabulary, fresh.vocabulary
    assert (shop.categories, shop.metals, shop.stones, shop.currency) == (whole.categories, whole.metals, whole.stones, whole.currency)
    same_hearing(kept.hearing, fresh.hearing)


def never_read_from_the_store(index, monkeypatch):
    def read(*_, **__):
        raise AssertionError("the catalog was read from the store, not from its kept file")

    for name in ("item_pages", "pages", "items"):
        monkeypatch.setattr(index, name, read)


@pytest.fixture
def filled(index_config, tmp_path):  # noqa: F811
    index = open_index(index_config, tmp_path)
    index.ingest(catalog(), progress=False)
    return index


@pytest.mark.parametrize("language, prompt_style", [("en", "words"), ("pl", "titles")])
def test_a_kept_read_is_the_read_from_the_store(filled, index_config, tmp_path, monkeypatch, language, prompt_style):  # noqa: F811
    config = settings(language, prompt_style)
    fresh = read(filled, tmp_path, config)
    assert fresh.source == "store"
    other = open_index(index_config, tmp_path)  # the next process
    never_read_from_the_store(other, monkeypatch)
    kept = read(other, tmp_path, config)
    assert kept.source == "kept file"
    same_read(kept, fresh)
    if prompt_style == "titles":  # whole titles prompted: every title kept, not only the verifier's lower-cased ones
        assert "Pierścionek" in kept.hearing.prompt


def test_the_store_pages_read_straight_are_the_items_read_by_id(filled, tmp_path, monkeypatch):
    straight = read(filled, tmp_path / "straight")  # Milvus: its pages, in id order as they come
    monkeypatch.setattr(filled, "pages_in_id_order", lambda: False)
    same_read(straight, read(filled, tmp_path / "by-id"))  # every id, then the items a page of ids at a time


def test_pages_out_of_id_order_are_read_again_by_id_with_a_warning(filled, tmp_path, monkeypatch, caplog):
    expected = read(filled, tmp_path / "expected")
    real_pages, calls = filled.pages, []

    def pages(kind, include=("metadatas",)):
        calls.append(include)
        if len(calls) > 1:
            return real_pages(kind, include)
        return iter([{"ids": ["z9"], "metadatas": [{}]}, {"ids": ["a1"], "metadatas": [{}]}])

    monkeypatch.setattr(filled, "pages_in_id_order", lambda: True)
    monkeypatch.setattr(filled, "pages", pages)
    with caplog.at_level(logging.WARNING, logger="assistant.catalog_read"):
        found = read(filled, tmp_path / "found")
    assert "not in id order" in caplog.text
    same_read(found, expected)


def test_an_ingest_makes_the_kept_read_stale(filled, index_config, tmp_path, caplog):  # noqa: F811
    read(filled, tmp_path)
    other = open_index(index_config, tmp_path)  # `facet ingest` while `facet serve` runs
    other.ingest([*catalog(), catalog()[0].model_copy(update={"id": "h08", "title": "Sterling Silver Milgrain Locket"})], progress=False)
    with caplog.at_level(logging.WARNING, logger="assistant.catalog_read"):
        again = read(filled, tmp_path)
    assert again.source == "store" and "Sterling Silver Milgrain Locket" in again.titles
    assert "not used" in caplog.text and "text_revision" in caplog.text
    assert read(open_index(index_config, tmp_path), tmp_path).source == "kept file"  # kept anew


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "not ours"])
def test_a_corrupt_kept_read_is_read_again_with_a_warning(filled, index_config, tmp_path, caplog, damage):  # noqa: F811
    fresh = read(filled, tmp_path)
    path = filled.kept_file(tmp_path / "catalog_read", SUFFIX)
    data = bytearray(path.read_bytes())
    if damage == "flipped byte":
        data[-3] ^= 0xFF
    elif damage == "truncated":
        data = data[: len(data) - 40]
    else:
        data = bytearray(b"FACETBM25" + bytes(100))
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="assistant.catalog_read"):
        again = read(open_index(index_config, tmp_path), tmp_path)
    assert again.source == "store" and "not used" in caplog.text
    same_read(again, fresh)
    assert read(open_index(index_config, tmp_path), tmp_path).source == "kept file"  # kept anew, whole


def test_kept_contents_that_are_no_catalog_read_are_corrupt(filled, tmp_path, caplog):
    read(filled, tmp_path)
    path = filled.kept_file(tmp_path / "catalog_read", SUFFIX)
    arrays, header = kept_file.load(path, catalog_read.MAGIC, catalog_read.FORMAT_VERSION, header_stamp(path))
    kept_file.save(path, catalog_read.MAGIC, catalog_read.FORMAT_VERSION, header["stamp"], arrays | {"found": kept_file.text_array("[1, 2]")})
    with caplog.at_level(logging.WARNING, logger="assistant.catalog_read"):
        assert read(filled, tmp_path).source == "store"
    assert "not a catalog read" in caplog.text


def header_stamp(path) -> dict:
    return kept_file.read_header(path.read_bytes(), catalog_read.MAGIC)[0]["stamp"]


def test_another_lexicon_or_sample_size_makes_the_kept_read_stale(filled, tmp_path):
    read(filled, tmp_path)
    assert read(filled, tmp_path, settings()).source == "kept file"
    assert read(filled, tmp_path, settings(lm_items=4)).source == "store"


def test_a_write_during_the_read_keeps_nothing(filled, index_config, tmp_path, monkeypatch):  # noqa: F811
    writer, pages = open_index(index_config, tmp_path), catalog_read._ordered_pages

    def pages_then_a_write(index):
        yield from pages(index)
        writer.ingest([catalog()[0].model_copy(update={"title": "Rose Gold Halo Ring"})], progress=False)

    monkeypatch.setattr(catalog_read, "_ordered_pages", pages_then_a_write)
    assert read(filled, tmp_path).source == "store"
    assert not (tmp_path / "catalog_read").exists() or not any((tmp_path / "catalog_read").iterdir())
    monkeypatch.setattr(catalog_read, "_ordered_pages", pages)
    assert "Rose Gold Halo Ring" in read(filled, tmp_path).titles


def test_a_reindex_keeps_the_new_generations_read_and_drops_the_old_ones(filled, index_config, tmp_path):  # noqa: F811
    folder = tmp_path / "catalog_read"
    read(filled, tmp_path)
    old = filled.kept_file(folder, SUFFIX)
    setup = ShopSetup(settings(), filled, asr=None, catalog_read_dir=folder)
    setup.reindex(progress=False)
    assert not old.exists()
    new = filled.kept_file(folder, SUFFIX)
    assert new != old and new.exists()  # kept before the switch: the first start after reads it
    assert read(open_index(index_config, tmp_path), tmp_path).source == "kept file"


def test_the_assistant_reads_its_catalog_once_and_again_after_an_ingest(tmp_path, monkeypatch):
    index = open_index(settings().index, tmp_path)
    index.ingest(catalog(), progress=False)
    folder = tmp_path / "catalog_read"
    first = ShopSetup(settings(), index, asr=None, catalog_read_dir=folder)
    titles = first.catalog_titles()
    assert first.catalog_titles() is titles and first.hearing() is first.hearing()
    second = ShopSetup(settings(), open_index(settings().index, tmp_path), asr=None, catalog_read_dir=folder)
    never_read_from_the_store(second.index, monkeypatch)
    assert len(second.catalog_titles()) == len(titles)
    same_hearing(second.hearing(), first.hearing())
