"""The Marathi and Gujarati pack (locales/mr-IN.toml) read by understanding in a shop that sells what a
Mumbai or Pune jeweller sells, and the reading habits found with it: "hazaar" is a thousand, KDM is
22 karat, a gold plating said "one gm gold" or "imitation", and words that accept a metal without
asking for it ("covering is fine", "imitation chalega"). The wording of these tests is this file's
own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

KINDS = ["bangle", "kada", "bracelet", "necklace", "choker", "chain", "pendant", "mangalsutra", "earrings", "jhumka",
         "nose pin", "maang tikka", "anklet", "toe ring", "ring", "engagement ring", "wedding band"]  # fmt: skip
GOLDS = ["yellow gold", "white gold", "rose gold"]
PLATINGS = ["gold plated", "gold plated silver", "gold plated brass"]


@pytest.fixture(scope="module")
def mumbai_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=60_000 + n, currency="INR", category=kind, metal="yellow gold")
             for n, kind in enumerate(KINDS)]  # fmt: skip
    items += [Item(id="s1", title="Silver piece", price=1_200, currency="INR", category="anklet", metal="sterling silver"),
              Item(id="s2", title="Pure silver piece", price=1_500, currency="INR", category="toe ring", metal="silver"),
              Item(id="b1", title="Plated piece", price=1_100, currency="INR", category="earrings", metal="gold plated brass"),
              Item(id="v1", title="Polished piece", price=1_300, currency="INR", category="nose pin", metal="gold plated silver"),
              Item(id="g1", title="Plated", price=1_000, currency="INR", category="maang tikka", metal="gold plated")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "INR", vocabulary=vocabulary).constraints


def test_the_marathi_pack_is_loaded_by_default():
    assert "mr-IN" in DEFAULT_LOCALES
    assert load_lexicon().category_of("Sakhli in 18 KT Gold").value == "chain"


@pytest.mark.parametrize("said, kinds", [
    ("a plain chamki for my wife", ["nose pin"]), ("zumki with pearls", ["jhumka"]), ("kudi for the wedding", ["earrings", "jhumka"]),
    ("vinti for a man", ["ring", "engagement ring", "wedding band"]), ("an angathi with a stone", ["ring", "engagement ring", "wedding band"]),
    ("sakhli of 20 inches", ["chain"]), ("a gents lucky", ["bracelet"]), ("painjan with bells", ["anklet"]),
    ("zanzar for my daughter", ["anklet"]), ("a bormal for the bride", ["necklace", "choker"]), ("heavy mohan mal", ["necklace", "choker"]),
    ("a saaj like my mother's", ["necklace", "choker"]), ("tode for a groom", ["kada"]), ("pichodi, a pair", ["bangle"]),
    ("ganthan with black beads", ["mangalsutra"]), ("chandrakor for the forehead", ["maang tikka"]),
])  # fmt: skip
def test_marathi_and_gujarati_kinds_of_piece(mumbai_shop, said, kinds):
    assert read(said, mumbai_shop).categories == kinds


def test_tanmani_is_a_necklace_and_tanmaniya_a_mangalsutra(mumbai_shop):
    assert read("a tanmani with pearls", mumbai_shop).categories == ["necklace", "choker"]
    assert read("a tanmaniya for her", mumbai_shop).categories == ["mangalsutra"]


@pytest.mark.parametrize("said, metals", [("bangdi sonyachi", GOLDS), ("sonanu pendant", GOLDS),
                                          ("a chandichi jodvi", ["sterling silver", "silver"])])  # fmt: skip
def test_gold_and_silver_with_their_possessive_endings(mumbai_shop, said, metals):
    assert read(said, mumbai_shop).metals == metals


@pytest.mark.parametrize("said, stone", [("vinti with pachu", "emerald"), ("ring with manek", "ruby"), ("hira chamki", "diamond")])
def test_marathi_and_gujarati_stone_words(mumbai_shop, said, stone):
    assert read(said, mumbai_shop).gemstones == [stone]


def test_kdm_alone_is_22_karat_gold(mumbai_shop):
    said = read("kdm patlya, no stones", mumbai_shop)
    assert said.karats == [22] and said.metals == GOLDS and said.gemstones == ["none"]


@pytest.mark.parametrize("said, cap", [("anklets under 12 hazaar", 12_000), ("payal below 9 hajar", 9_000),
                                       ("chain 40 hazar paryant", 40_000)])  # fmt: skip
def test_hazaar_is_a_thousand_and_paryant_caps_it(mumbai_shop, said, cap):
    assert read(said, mumbai_shop).price_max == cap


def test_one_gm_gold_is_a_plating_not_solid_gold(mumbai_shop):
    assert read("earrings in one gm gold", mumbai_shop).metals == ["gold plated", "gold plated brass"]


def test_imitation_asks_for_a_plating(mumbai_shop):
    assert read("imitation tikka with pearls", mumbai_shop).metals == PLATINGS


@pytest.mark.parametrize("said", ["a nose pin under 1500, imitation chalega", "necklace under 5000, covering is fine",
                                  "earrings, one gram gold is also fine"])  # fmt: skip
def test_a_metal_said_to_be_acceptable_is_not_asked_for(mumbai_shop, said):
    said_constraints = read(said, mumbai_shop)
    assert said_constraints.metals == [] and said_constraints.exclude_metals == []
    assert said_constraints.categories


def test_a_marathi_word_after_a_stone_refuses_it(mumbai_shop):
    assert read("mangalsutra, diamond nako", mumbai_shop).exclude_gemstones == ["diamond"]


def test_one_gram_gold_in_a_shop_with_a_brass_range_is_that_range():
    """Where a shop plates brass, its one-gram-gold range is that, not its gold-polished silver; where it
    plates only silver, "one gram gold" is every plating it sells."""
    def shop(*metals):
        return shop_vocabulary([Item(id=m, title=m, price=1_000, currency="INR", category="earrings", metal=m) for m in metals],
                               load_lexicon())  # fmt: skip

    brass_and_silver = shop("gold plated brass", "gold plated silver", "gold plated", "yellow gold")
    assert read("1 gram gold earrings", brass_and_silver).metals == ["gold plated", "gold plated brass"]
    assert read("imitation earrings", brass_and_silver).metals == PLATINGS  # imitation: over brass or silver
    silver_only = shop("gold plated silver", "yellow gold")
    assert "gold plated silver" in read("1 gram gold earrings", silver_only).metals


def test_tode_is_a_kada_only_weakly_beside_a_named_bangle():
    lexicon = load_lexicon()
    assert lexicon.category_of("Tode for a Groom").value == "kada"
    assert lexicon.category_of("Plain Tode Patlya Bangle").value == "bangle"


@pytest.mark.parametrize("said", ["silver bangles for the barsa", "bangles for a baby girl", "gold bangles for a naming ceremony"])
def test_bangles_for_a_child_take_in_kadas(mumbai_shop, said):
    assert read(said, mumbai_shop).categories == ["bangle", "kada"]


def test_bangles_for_a_grown_up_are_not_kadas(mumbai_shop):
    assert read("gold bangles for my wife", mumbai_shop).categories == ["bangle"]
