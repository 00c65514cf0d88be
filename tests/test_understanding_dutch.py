"""The Dutch words a shopper mixes into English in a Dutch shop (locales/nl-NL.toml, its shoppers'
block), with the habits found with them: a purity stamp beside any locale's gold word ("750 goud"),
"karaat" as a karat, a signet is a ring, and "stacking" is not corrected into another word. The
wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

KINDS = ["necklace", "chain", "pendant", "earrings", "bracelet", "bangle", "anklet", "ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
RINGS = ["ring", "engagement ring", "wedding band"]


@pytest.fixture(scope="module")
def dutch_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=400 + n, currency="EUR", category=kind, metal="yellow gold")
             for n, kind in enumerate(KINDS)]  # fmt: skip
    items += [Item(id="w1", title="White", price=600, currency="EUR", category="ring", metal="white gold"),
              Item(id="s1", title="Silver", price=80, currency="EUR", category="earrings", metal="sterling silver"),
              Item(id="v1", title="Vermeil", price=90, currency="EUR", category="earrings", metal="gold plated silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "EUR", vocabulary=vocabulary).constraints


def test_the_dutch_pack_is_loaded_by_default():
    assert "nl-NL" in DEFAULT_LOCALES


@pytest.mark.parametrize("said, kinds", [
    ("oorknopjes for my sister", ["earrings"]), ("a trouwring set", ["wedding band"]), ("verlovingsring with one stone", ["engagement ring"]),
    ("a small hanger for her", ["pendant"]), ("an enkelbandje for summer", ["anklet"]), ("collier for an evening", ["necklace"]),
    ("a zegelring for my father", RINGS),
])  # fmt: skip
def test_dutch_kinds_of_piece(dutch_shop, said, kinds):
    assert read(said, dutch_shop).categories == kinds


@pytest.mark.parametrize("said, metals", [("witgoud ring", ["white gold"]), ("a geelgoud chain", ["yellow gold"]),
                                          ("zilver hoops", ["sterling silver"]), ("verguld zilver earrings", ["gold plated silver"])])  # fmt: skip
def test_dutch_metal_words_and_gilded_silver_is_not_silver(dutch_shop, said, metals):
    assert read(said, dutch_shop).metals == metals


def test_dutch_stone_words(dutch_shop):
    assert read("oorbellen met parels", dutch_shop).gemstones == ["pearl"]
    assert read("a ring with a saffier", dutch_shop).gemstones == ["sapphire"]


@pytest.mark.parametrize("said, karat", [("a ring in 750 goud", 18), ("14 karaat goud earrings", 14), ("585 gouden chain", 14)])
def test_a_purity_stamp_or_karaat_beside_a_dutch_gold_word(dutch_shop, said, karat):
    constraints = read(said, dutch_shop)
    assert constraints.karats == [karat] and constraints.metals == GOLDS


def test_a_signet_is_a_ring_said_alone(dutch_shop):
    assert read("the same signet but in silver", dutch_shop).categories == RINGS


def test_stacking_is_not_corrected_into_another_word(dutch_shop):
    assert understand("a stacking set in gold", "EUR", vocabulary=dutch_shop).remainder.split() == ["stacking", "set"]
    assert read("a thin stacking ring in white gold", dutch_shop).categories == RINGS


def test_ketting_is_a_chain_only_weakly():
    lexicon = load_lexicon()
    assert lexicon.category_of("Tennis Collier, Ketting Inbegrepen").value == "necklace"
    reading = lexicon.category_of("Zilveren Ketting")
    assert reading.value == "chain" and reading.confidence < 1.0
