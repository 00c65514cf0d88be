"""Marathi and Gujarati words of Mumbai listings (issue 15, the sixth held-out round's errors read;
locales/mr-IN.toml), "KDM" gold's purity, "jadau" implying kundan and a chain named by its link
alone. Fixtures are invented listings."""

import pytest

from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_marathi_pack_is_read_by_default():
    assert "mr-IN" in DEFAULT_LOCALES


@pytest.mark.parametrize("text, kind", [
    ("Temple Zumka in 1 Gram Gold", "jhumka"),
    ("Sakhli with S hook", "chain"),
    ("Tode in 916 Gold", "kada"),
    ("Tode Patlya Bangle", "bangle"),  # a patlya in the tode's pattern is still a bangle
    ("Ruby Vinti", "ring"),
    ("Pearl Tanmani", "necklace"),
    ("Paijan for Kids", "anklet"),
    ("Hira Chamki", "nose pin"),
    ("Double Vati", "mangalsutra"),
    ("22K Gold Rope", "chain"),
])  # fmt: skip
def test_mumbai_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


def test_kdm_gold_is_22_karat_yellow(lexicon):
    reading = lexicon.metal_of("Bugadi in KDM Gold")
    assert (reading.karat, reading.color, reading.metal) == (22, "yellow", "yellow gold")


def test_jadau_implies_kundan_where_no_stone_is_named(lexicon):
    assert lexicon.implied_stone("Jadau Haar Set").stone == "kundan"


def test_pachu_is_an_emerald(lexicon):
    assert lexicon.stone_of("Pachu Vinti").stone == "emerald"
