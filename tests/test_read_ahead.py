"""What the first shopper's turn would read of the catalog, read at start-up (`facet serve`'s
warm-up thread: ShopSetup.read_catalog_ahead): the titles, words and hearing, and BM25; a turn
arriving meanwhile waits for those reads instead of making its own."""

import threading

from assistant.config import Settings
from assistant.shop_setup import ShopSetup
from retrieval.config import IndexConfig
from retrieval.lexical import LexicalIndex
from tests.test_index import make_items, open_index


def shop_setup(tmp_path, lexical: bool = True) -> ShopSetup:
    index = open_index(IndexConfig(), tmp_path)
    index.ingest(make_items(tmp_path), progress=False)
    settings = Settings(data_dir=tmp_path).model_copy(deep=True)
    settings.fusion.lexical = lexical
    return ShopSetup(settings, index, asr=None)


def test_reading_ahead_reads_the_titles_and_builds_bm25_once(tmp_path, monkeypatch):
    setup = shop_setup(tmp_path)
    pages, builds = [], []
    item_pages, from_entries = setup.index.item_pages, LexicalIndex.from_entries
    monkeypatch.setattr(setup.index, "item_pages", lambda *args: pages.append(1) or item_pages(*args))
    monkeypatch.setattr(LexicalIndex, "from_entries", classmethod(lambda cls, entries: builds.append(1) or from_entries(entries)))
    setup.read_catalog_ahead()
    assert len(setup.catalog_titles()) == 6 and setup.index.lexical() is not None
    assert (len(pages), len(builds)) == (1, 1)  # the first turn's reads found them read


def test_without_hybrid_search_no_bm25_is_built_ahead(tmp_path, monkeypatch):
    setup = shop_setup(tmp_path, lexical=False)
    builds = []
    monkeypatch.setattr(LexicalIndex, "from_entries", classmethod(lambda cls, entries: builds.append(1)))
    setup.read_catalog_ahead()
    assert builds == []


def test_a_turn_arriving_during_the_read_ahead_waits_for_it_rather_than_reading_again(tmp_path, monkeypatch):
    setup = shop_setup(tmp_path)
    started, release, pages = threading.Event(), threading.Event(), []
    item_pages = setup.index.item_pages

    def slow_pages(*args):
        pages.append(1)
        started.set()
        release.wait(10)
        return item_pages(*args)

    monkeypatch.setattr(setup.index, "item_pages", slow_pages)
    ahead = threading.Thread(target=setup.read_catalog_ahead)
    ahead.start()
    started.wait(10)
    turn = threading.Thread(target=setup.catalog_titles)
    turn.start()
    release.set()
    ahead.join(10)
    turn.join(10)
    assert len(pages) == 1 and setup.catalog_titles() is not None
