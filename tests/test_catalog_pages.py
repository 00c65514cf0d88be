"""The catalog read a page at a time (CatalogIndex.item_pages, assistant/shop_setup.py) gives the
titles, the shop's words and its hearing exactly as one read of every item did, on both engines."""

import random
import threading

import pytest

from assistant.catalog_titles import CatalogTitles
from assistant.config import Settings
from assistant.hearing import CatalogWords, ShopWords, _PhraseFinder, hearing_of, shop_hearing
from assistant.shop_setup import ShopSetup
from retrieval.catalog import Item
from retrieval.config import IndexConfig
from retrieval.folding import words_of
from retrieval.lexicon import load_lexicon, locale_words
from retrieval.shop_vocabulary import VocabularyReader, shop_vocabulary
from tests.test_index import MILVUS_MISSING, open_index

ROWS = [  # id, title, description, category, metal, gemstone, currency
    ("c03", "Kundan Jhumka Earrings", "Festive earrings with american", "earrings", "yellow gold", "kundan", "INR"),
    ("a01", "Rose Gold Diamond Ring", "A solitaire", "ring", "rose gold", "diamond", "INR"),
    ("c04", "Diamond Stud Earrings", "Set in 18k gold", "earrings", "yellow gold", "diamond", "INR"),  # "american diamond" spans c03-c04
    ("b02", "Gold Kada „Lehel“", "A heavy bangle. Worn daily!", "bangle", "yellow gold", "", "INR"),
    ("e05", "Sterling Silver Toe Ring", "", "toe ring", "sterling silver", "", "USD"),
    ("f06", "Platinum Wedding Band", "Plain and polished", "wedding band", "platinum", "", "INR"),
    ("g07", "Pierścionek złoty z cyrkonią", "Złoty pierścionek", "ring", "yellow gold", "cubic zirconia", "PLN"),
]


def catalog() -> list[Item]:
    return [Item(id=item_id, title=title, description=description, category=category, metal=metal, gemstone=gemstone,
                 price=100.0 + n, currency=currency, tags=["gift"] if n % 2 else [])
            for n, (item_id, title, description, category, metal, gemstone, currency) in enumerate(ROWS)]  # fmt: skip


def same_hearing(paged, whole) -> None:
    assert paged.words == whole.words
    assert paged.prompt == whole.prompt
    assert (paged.vocabulary, paged.catalog_words, paged.own_words) == (whole.vocabulary, whole.catalog_words, whole.own_words)
    assert (paged.snaps, paged.written_words, paged.same_sounds) == (whole.snaps, whole.written_words, whole.same_sounds)
    for sentence in ("show me a kundan jhumka", "rose gold ring under 500 rupees", "złoty pierścionek"):
        assert paged.language_model.logprob(sentence) == whole.language_model.logprob(sentence)


@pytest.mark.parametrize("language, prompt_style", [("en", "words"), ("pl", "words"), ("pl", "titles")])
@pytest.mark.parametrize("page", [1, 2, 3, 100])
def test_hearing_read_page_by_page_is_the_hearing_of_every_item_at_once(page, language, prompt_style):
    lexicon = load_lexicon()
    items = catalog()
    vocabulary = shop_vocabulary(items, lexicon)
    in_order = sorted(items, key=lambda item: item.id)
    words = CatalogWords(lexicon, language, prompt_style)
    for start in range(0, len(in_order), page):
        words.add(in_order[start : start + page])
    by_id = {item.id: item for item in items}
    sample = [by_id[item_id] for item_id in words.sample_ids(3)]
    assert [item.id for item in sample] == ["a01", "c04", "g07"]  # every third of seven, by id
    paged = hearing_of(words, sample, vocabulary, language, ("pierścionek", "kolczyki"), prompt_style)
    whole = shop_hearing(items, 3, vocabulary, language, ("pierścionek", "kolczyki"), prompt_style)
    same_hearing(paged, whole)
    assert "american diamond" in words.names.found  # the end of one item's words and the start of the next's
    said = " ".join(word for item in in_order for word in words_of(" ".join((item.title, *item.tags, item.description))))
    assert paged.words == ShopWords.of(vocabulary, said) and "american diamond" in paged.words.names  # as the catalog's words joined say


def test_phrases_are_found_as_the_joined_words_of_the_whole_catalog_find_them():
    rng = random.Random(7)
    vocabulary = ["gold", "rose", "ring", "american", "diamond", "toe", "band"]
    phrases = ["rose gold", "american diamond", "toe ring", "rose gold ring band", "diamond", "ring ring", "gold  ring"]
    for _ in range(200):
        pieces = [[rng.choice(vocabulary) for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(1, 6))]
        finder = _PhraseFinder(phrases)
        for words in pieces:
            finder.add(words)
        said = " " + " ".join(word for words in pieces for word in words) + " "
        assert finder.found == {phrase for phrase in phrases if f" {phrase} " in said}


def test_vocabulary_and_titles_read_page_by_page_are_those_read_at_once():
    items = catalog()
    vocabulary, titles = VocabularyReader(load_lexicon()), CatalogTitles()
    for start in range(0, len(items), 2):
        vocabulary.add(items[start : start + 2])
        titles.add(item.title for item in items[start : start + 2])
    paged, whole = vocabulary.vocabulary(), shop_vocabulary(items, load_lexicon())
    assert (paged.categories, paged.metals, paged.stones, paged.currency) == (whole.categories, whole.metals, whole.stones, whole.currency)
    assert paged.currency == "INR"
    every = CatalogTitles(item.title for item in items)
    assert len(titles) == len(every) == len(items)
    assert titles.found_in("our gold kada „lehel“ and a platinum wedding band") == every.found_in("our gold kada „lehel“ and a platinum wedding band")


@pytest.fixture(params=["embedded", "milvus"])
def index(request, tmp_path):
    if request.param == "milvus":
        pytest.importorskip("milvus_lite", reason=MILVUS_MISSING)
        return open_index(IndexConfig(engine="milvus"), tmp_path)
    return open_index(IndexConfig(), tmp_path)


def test_the_index_gives_every_item_in_id_order_a_page_at_a_time(index):
    items = catalog()
    index.ingest(items, progress=False)
    pages = list(index.item_pages(size=3))
    assert [len(page) for page in pages] == [3, 3, 1]
    assert [item.id for page in pages for item in page] == sorted(item.id for item in items)
    whole = index.items(index.all_ids())
    assert [item for page in pages for item in page] == [whole[item_id] for item_id in sorted(whole)]


def test_the_assistant_reads_its_catalog_page_by_page_as_it_read_it_whole(index, monkeypatch):
    index.ingest(catalog(), progress=False)
    read_pages = []
    item_pages = index.item_pages
    monkeypatch.setattr(index, "item_pages", lambda: (read_pages.append(len(page)) or page for page in item_pages(2)))
    monkeypatch.setattr(index, "pages_in_id_order", lambda: False)  # Milvus's own pages, read straight: tests/test_catalog_read_store.py
    setup = object.__new__(ShopSetup)
    setup.settings, setup.index, setup._read, setup.catalog_read_dir, setup._catalog_lock = Settings(), index, None, None, threading.Lock()
    items = list(index.items(index.all_ids()).values())
    vocabulary = shop_vocabulary(items, load_lexicon(setup.settings.lexicon.locales, setup.settings.lexicon.extra))
    locale = next(iter(setup.settings.lexicon.heard_locales()), None)
    whole = shop_hearing(items, setup.settings.asr.lm_max_items, vocabulary, setup.settings.shop_asr.language,
                         locale_words(locale) if locale else (), setup.settings.asr.other_language_prompt)  # fmt: skip
    same_hearing(setup.hearing(), whole)
    assert read_pages == [2, 2, 2, 1]
    paged = setup.vocabulary()
    assert (paged.categories, paged.metals, paged.stones, paged.currency) == (vocabulary.categories, vocabulary.metals, vocabulary.stones, vocabulary.currency)
    assert len(setup.catalog_titles()) == len(items) and "platinum wedding band" in setup.catalog_titles()


def test_titles_held_compactly_find_what_a_set_of_titles_finds():
    rng = random.Random(3)
    words = ["rose", "gold", "ring", "ruby", "band", "ők", "złoty", "a", "ring band"]
    for _ in range(200):
        titles = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))).title() for _ in range(rng.randint(0, 20))]
        lowered = {title.lower() for title in titles}
        held = CatalogTitles(titles[: len(titles) // 2])
        held.add(titles[len(titles) // 2 :])
        assert len(held) == len(lowered)
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert held.found_in(sentence) == {title for title in lowered if title in sentence}
        assert all(title in held for title in titles) and "ring ruby ring ruby ring" not in held


def test_titles_sharing_a_hash_are_told_apart_by_their_text(monkeypatch):
    from assistant import catalog_titles

    monkeypatch.setattr(catalog_titles, "hash", lambda text: len(text), raising=False)  # every title of a length collides
    held = CatalogTitles(["Gold Ring", "Ruby Band", "Gold Ring", "Opal Hoop"])
    assert len(held) == 3
    assert held.found_in("a ruby band and a gold ring") == {"ruby band", "gold ring"}
    assert "opal hoop" in held and "jade hoop" not in held
