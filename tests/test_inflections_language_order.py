"""Endings read in the text's own language first: where two languages' tables read one word onto
different known words, the languages a request (or a listing) is written in decide, and a text
of no known language keeps the tables' fixed order (retrieval/inflections.py)."""

import pytest

from assistant.understanding import understand
from assistant.understanding.inflections import request_languages
from assistant.understanding.phrases import phrase_table
from assistant.understanding.spelling import normalise
from retrieval.inflections import candidates, in_order, inflection_index, inflections_from, languages_shown, read_inflected
from retrieval.lexicon import load_lexicon

# Two toy languages sharing the core "ring": "aa" (first by name) knows "ring", a hoop, and reads
# "ringku" as "ring" + "ku"; "bb" knows "ringka", a wedding ring, and reads it as "ringk" + "u".
TABLES = {
    "aa": {"endings": ["ku", "a"], "min_core": 3, "words": ["ring", "aaword"]},
    "bb_requests": {"endings": ["u", "a"], "min_core": 3, "words": ["ringka", "bbword", "bbother"]},
}
PHRASES = [("ring",), ("ringka",), ("aaword",), ("bbword",), ("bbother",)]


@pytest.fixture(scope="module")
def toy():
    inflections = inflections_from(TABLES)
    return inflections, inflection_index(PHRASES, inflections)


def test_a_table_key_names_its_language(toy):
    inflections, _ = toy
    assert [inflection.language for inflection in inflections] == ["aa", "bb"]


def test_the_first_languages_are_tried_first_the_rest_in_their_own_order(toy):
    inflections, _ = toy
    assert in_order(inflections) == [0, 1]
    assert in_order(inflections, ("bb",)) == [1, 0]
    assert in_order(inflections, ("zz", "bb")) == [1, 0]  # a language with no table changes nothing


def test_a_text_of_no_known_language_keeps_the_fixed_order(toy):
    inflections, index = toy
    assert candidates("ringku", inflections, index) == {"ring"}
    assert read_inflected(["ringku"], inflections, index, lambda word: True) == ["ring"]


def test_a_text_in_the_second_language_reads_its_own_word(toy):
    inflections, index = toy
    assert candidates("ringku", inflections, index, ("bb",)) == {"ringka"}
    assert read_inflected(["ringku"], inflections, index, lambda word: True, first=("bb",)) == ["ringka"]


def test_the_cache_keeps_each_order_apart(toy):
    inflections, index = toy
    cache: dict = {}
    unknown = lambda word: word == "ringku"  # noqa: E731
    assert read_inflected(["ringku"], inflections, index, unknown, cache, ("bb",)) == ["ringka"]
    assert read_inflected(["ringku"], inflections, index, unknown, cache) == ["ring"]
    assert read_inflected(["ringku"], inflections, index, unknown, cache, ("bb",)) == ["ringka"]


def test_a_listing_is_read_in_the_language_its_own_words_show(toy):
    inflections, index = toy
    assert languages_shown(["ringku", "bbword", "bbother", "aaword"], inflections) == ("bb", "aa")
    assert languages_shown(["ringku", "elsewhere"], inflections) == ()
    words = ["ringku", "bbword"]
    assert read_inflected(words, inflections, index, lambda word: word == "ringku", first=languages_shown(words, inflections))[0] == "ringka"


# The packs themselves: Russian's table ("ru") comes before Ukrainian's ("uk") by name.

def test_a_ukrainian_request_reads_a_wedding_ring():
    table = phrase_table()
    assert request_languages("обручку з білого золота".split())[0] == "uk"
    assert normalise("обручку з білого золота", table).split()[0] in table.phrases  # read as a known word, not left as typed
    constraints = understand("обручку з білого золота").constraints
    assert constraints.categories == ["wedding band"] and constraints.metals == ["white gold"]


def test_a_russian_request_still_reads_the_hoop():
    assert request_languages("обруч из золота".split())[0] == "ru"
    assert normalise("обруч из золота", phrase_table()).split()[0] == "обруч"
    assert "wedding band" not in understand("обруч из золота").constraints.categories


def test_a_request_of_no_language_has_none_first():
    assert request_languages(["каблучки", "xyzzy"])[:1] == ("uk",)
    assert request_languages(["xyzzy", "1200"]) == ()  # no word of any pack: the fixed order


def test_a_ukrainian_listing_reads_a_wedding_ring_a_russian_one_the_hoop():
    lexicon = load_lexicon()
    assert lexicon.category_of("Обручку з білого золота прикрашає діамант").value == "wedding band"
    assert lexicon.category_of("Обруч из белого золота") is None
