"""The Chinese goldsmiths' words of Singapore (locales/zh-SG.toml) and the pearl and jade words of
jewelry.toml, read by understanding: pure gold by its name ("chuk kam": 24 karat, like "gini sona":
22), the jade ping an kou, a pearl said by its kind alone ("akoya", "tahitian"). The wording of
these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def goldsmith():
    pieces = [("pendant", "yellow gold", "jade"), ("necklace", "yellow gold", "pearl"), ("earrings", "white gold", "pearl"),
              ("bangle", "yellow gold", "none"), ("bangle", "gold plated silver", "none")]  # fmt: skip
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=900 + n, currency="SGD", category=kind, metal=metal, gemstone=stone)
             for n, (kind, metal, stone) in enumerate(pieces)]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "SGD", vocabulary=vocabulary).constraints


@pytest.mark.parametrize("said", ["chuk kam bangle for the wedding", "a zu jin bangle"])
def test_pure_gold_by_its_name_is_24_karat_gold(goldsmith, said):
    constraints = read(said, goldsmith)
    assert constraints.karats == [24] and "yellow gold" in constraints.metals and "gold plated silver" not in constraints.metals


def test_a_gold_named_for_its_purity_in_another_locale_too(goldsmith):
    assert read("gini sona bangle", goldsmith).karats == [22]


def test_a_ping_an_kou_is_a_jade_pendant_unless_another_stone_is_named(goldsmith):
    constraints = read("ping an kou for my son", goldsmith)
    assert constraints.categories == ["pendant"] and constraints.gemstones == ["jade"]


@pytest.mark.parametrize("said, kind", [("an akoya strand", "necklace"), ("tahitian drops", "earrings"),
                                        ("freshwater studs", "earrings")])  # fmt: skip
def test_a_pearl_said_by_its_kind_alone(goldsmith, said, kind):
    constraints = read(said, goldsmith)
    assert constraints.gemstones == ["pearl"] and kind in constraints.categories


@pytest.mark.parametrize("title, stone", [("Jadeite Cabochon Pendant", "jade"), ("Akoya Drop Earrings", "pearl"),
                                          ("Fei Cui Bangle", "jade")])  # fmt: skip
def test_a_listing_names_its_stone_with_these_words_too(title, stone):
    assert load_lexicon().stone_of(title).stone == stone


@pytest.mark.parametrize("said", ["a strand of pearls for my aunt", "a graduated pearl strand"])
def test_a_pearl_strand_asks_for_its_pearls(goldsmith, said):
    constraints = read(said, goldsmith)
    assert constraints.categories == ["necklace"] and constraints.gemstones == ["pearl"]
