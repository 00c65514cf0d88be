"""The Bengali pack (locales/bn-IN.toml) read by understanding in a shop that lists the kinds a Bengali
jeweller sells (kada apart from bangles, armlets, hand harnesses, waist belts), and the reading rules
found with it: a lexicon finish ("diamond cut") is never a stone in a request, a kind named after "like
this" is the pictured one, and a stone said before "chara" is refused. The wording of these tests is this file's own, not any
held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

KINDS = ["bangle", "kada", "bracelet", "necklace", "choker", "chain", "pendant", "earrings", "jhumka", "nose pin",
         "maang tikka", "anklet", "toe ring", "ring", "armlet", "hand harness", "waist belt"]  # fmt: skip


@pytest.fixture(scope="module")
def kolkata_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=9000 + n, currency="INR", category=kind, metal="yellow gold")
             for n, kind in enumerate(KINDS)]  # fmt: skip
    items += [Item(id="s1", title="Silver piece", price=900, currency="INR", category="anklet", metal="sterling silver"),
              Item(id="s2", title="Plated piece", price=1900, currency="INR", category="choker", metal="gold plated silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "INR", vocabulary=vocabulary).constraints


@pytest.mark.parametrize("said, kinds", [
    ("two plain balas for my daughter", ["bangle"]), ("a set of thin chur", ["bangle"]), ("mantasha for the bride", ["bangle"]),
    ("a gents bala, heavy", ["kada"]), ("tikli with a small drop", ["maang tikka"]), ("payel with bells", ["anklet"]),
    ("a pair of chutki", ["toe ring"]), ("nakchhabi, tiny", ["nose pin"]), ("jhumko for puja", ["jhumka"]),
    ("a light sitahar", ["necklace", "choker"]), ("chik in antique finish", ["choker"]), ("taga for the arm", ["armlet"]),
    ("ratanchur for the bride", ["hand harness"]), ("a hathphool", ["hand harness"]), ("komorbondhoni", ["waist belt"]),
])  # fmt: skip
def test_bengali_kinds_of_piece(kolkata_shop, said, kinds):
    assert read(said, kolkata_shop).categories == kinds


def test_an_aangti_is_any_ring(kolkata_shop):
    assert read("an aangti for everyday", kolkata_shop).categories == ["ring"]


def test_a_gents_bala_is_not_read_as_a_plain_bangle(kolkata_shop):
    assert "bangle" not in read("gents bala in 22 carat", kolkata_shop).categories


@pytest.mark.parametrize("said, metal", [("sonar ear tops", "yellow gold"), ("rupor anklet", "sterling silver"),
                                         ("khanti rupo payel", "sterling silver")])  # fmt: skip
def test_bengali_metal_words(kolkata_shop, said, metal):
    assert metal in read(said, kolkata_shop).metals


def test_sonar_is_solid_gold_never_a_plating(kolkata_shop):
    assert "gold plated silver" not in read("sonar chik", kolkata_shop).metals


@pytest.mark.parametrize("said, stone", [("hirer aangti", "diamond"), ("a ring with hira", "diamond"),
                                         ("muktor haar", "pearl"), ("neela stone ring", "sapphire")])  # fmt: skip
def test_bengali_stone_words(kolkata_shop, said, stone):
    assert read(said, kolkata_shop).gemstones == [stone]


@pytest.mark.parametrize("said", ["hira kata chur", "a diamond cut bangle", "moti dana chain"])
def test_a_finish_named_after_a_stone_is_not_that_stone(kolkata_shop, said):
    assert read(said, kolkata_shop).gemstones == []


def test_a_kind_after_like_this_is_the_pictured_piece_not_the_one_asked_for(kolkata_shop):
    assert read("a chain like this pendant", kolkata_shop).categories == ["chain"]


def test_a_kind_after_for_this_is_the_pictured_piece(kolkata_shop):
    assert read("matching tops for this chik", kolkata_shop).categories == ["earrings", "jhumka"]


def test_a_stone_said_before_chara_is_refused(kolkata_shop):
    said = read("same design, muktor chara", kolkata_shop)
    assert said.exclude_gemstones == ["pearl"] and said.gemstones == []
