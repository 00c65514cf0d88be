"""The Malayalam pack (locales/ml-IN.toml) read by understanding in a shop that sells what a Kerala
jeweller sells, and the reading rules found with it: a phrase never runs over a comma, a piece the
shopper already has is not asked for, a price cue reaches over "the" ("cheaper than the 2 lakh
ones"), and a lexicon word for an unnamed stone ("kallu") is any stone. The wording of these tests
is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

KINDS = ["bangle", "kada", "bracelet", "necklace", "choker", "chain", "pendant", "mangalsutra", "earrings", "jhumka",
         "nose pin", "maang tikka", "anklet", "toe ring", "ring", "engagement ring", "wedding band", "waist belt"]  # fmt: skip


@pytest.fixture(scope="module")
def kerala_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=50_000 + n, currency="INR", category=kind, metal="yellow gold")
             for n, kind in enumerate(KINDS)]  # fmt: skip
    items += [Item(id="s1", title="Silver piece", price=900, currency="INR", category="anklet", metal="sterling silver"),
              Item(id="c1", title="Covering piece", price=1900, currency="INR", category="bangle", metal="gold plated brass")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "INR", vocabulary=vocabulary).constraints


def test_the_malayalam_pack_is_loaded_by_default():
    assert "ml-IN" in DEFAULT_LOCALES
    assert load_lexicon().category_of("Kazhuthila with Lakshmi Coins").value == "choker"


@pytest.mark.parametrize("said, kinds", [
    ("two thin valas for daily wear", ["bangle"]), ("kazhuthila for the wedding", ["choker"]),
    ("an aranjanam for the little one", ["waist belt"]), ("a pathakkam with om", ["pendant"]),
    ("a poothali for the wedding", ["mangalsutra"]), ("kaal mothiram, a pair", ["toe ring"]),
    ("nettichutti for dance", ["maang tikka"]), ("padasaram with bells", ["anklet"]),
])  # fmt: skip
def test_malayalam_kinds_of_piece(kerala_shop, said, kinds):
    assert read(said, kerala_shop).categories == kinds


def test_manasammatham_is_the_engagement_ring_even_misspelt(kerala_shop):
    assert read("a manasammatham ring in white gold", kerala_shop).categories == ["engagement ring"]
    assert read("manasammadham ring", kerala_shop).categories == ["engagement ring"]


def test_a_minnu_chain_is_a_mangalsutra_and_a_minnu_pathakkam_a_pendant(kerala_shop):
    assert read("minnu chain in 18k", kerala_shop).categories == ["mangalsutra"]
    assert read("a small minnu pathakkam", kerala_shop).categories == ["pendant"]


@pytest.mark.parametrize("said, metal", [("velliyil oru kolusu", "sterling silver"), ("ponnu vala", "yellow gold"),
                                         ("swarnathil mothiram", "yellow gold")])  # fmt: skip
def test_malayalam_metal_words_with_their_locative(kerala_shop, said, metal):
    assert metal in read(said, kerala_shop).metals


@pytest.mark.parametrize("said, stone", [("maanikyam vala", "ruby"), ("pavizham mala", "coral"), ("navarathnam mothiram", "navratna")])
def test_malayalam_stone_words(kerala_shop, said, stone):
    assert read(said, kerala_shop).gemstones == [stone]


def test_kallu_is_a_stone_and_illatha_refuses_it(kerala_shop):
    assert read("kallu illatha vala", kerala_shop).gemstones == ["none"]
    assert read("kallu vecha vala", kerala_shop).exclude_gemstones == ["none"]


def test_a_malayalam_word_after_an_amount_caps_it(kerala_shop):
    said = read("vala 40000 nu thazhe", kerala_shop)
    assert said.price_max == 40_000 and said.price_min is None


def test_a_phrase_does_not_run_over_a_comma(kerala_shop):
    # "minnu, chain" is no "minnu chain" (a mangalsutra)
    assert "mangalsutra" not in read("a pendant, the minnu, chain is separate", kerala_shop).categories


@pytest.mark.parametrize("said", ["a pathakkam in gold, the chain we already bought",
                                  "i already have the chain, need a pathakkam in gold"])  # fmt: skip
def test_a_piece_the_shopper_already_has_is_not_asked_for(kerala_shop, said):
    assert read(said, kerala_shop).categories == ["pendant"]


def test_cheaper_than_the_priced_ones_is_a_cap_not_a_target(kerala_shop):
    said = read("a ruby ring below 60k, cheaper than the 2 lakh ones", kerala_shop)
    assert said.price_max == 60_000 and said.price_min is None
    assert read("less than the 5000 ones", kerala_shop).price_max == 5000
