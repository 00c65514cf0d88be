"""Regional Indian shops' words (retrieval/lexicon/locales/en-IN.toml) read by understanding, in a
shop's own taxonomy: Telugu, Tamil, Marathi and Hindi kinds of piece, names that say their stone,
gold words, "L" for lakh, and a plating said plainly."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


def item(n: int, category: str, metal: str = "yellow gold", gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=1000 + n, currency="INR", category=category, metal=metal, gemstone=gemstone)


def deccan_items() -> list[Item]:
    kinds = ["necklace", "choker", "mangalsutra", "maang tikka", "toe ring", "nose pin", "anklet", "bangle", "kada",
             "earrings", "jhumka", "ring", "pendant"]  # fmt: skip
    items = [item(n, kind) for n, kind in enumerate(kinds)]
    items += [item(50, "necklace", "gold plated silver", "pearl"), item(51, "earrings", "gold plated", "cubic zirconia"),
              item(52, "anklet", "silver"), item(53, "ring", "sterling silver", "coral")]  # fmt: skip
    return items


@pytest.fixture(scope="module")
def deccan_shop():
    return shop_vocabulary(deccan_items(), load_lexicon())


@pytest.mark.parametrize("said, kinds", [
    ("a pair of mettelu in silver", ["toe ring"]), ("black bead nallapusalu", ["mangalsutra"]),
    ("thaali for the wedding", ["mangalsutra"]), ("papidi billa with kundan", ["maang tikka"]),
    ("nethi chutti", ["maang tikka"]), ("a gold nosepin", ["nose pin"]), ("mookuthi", ["nose pin"]),
    ("kammalu for daily wear", ["earrings", "jhumka"]), ("jimikki kammal", ["jhumka"]), ("silver kolusu", ["anklet"]),
    ("pattilu", ["anklet"]), ("glass gajulu", ["bangle"]), ("kadiyam for my son", ["kada"]),
    ("an ungaram with a ruby", ["ring"]), ("chintakh in polki", ["choker"]), ("kasulaperu", ["necklace", "choker"]),
    ("long haram", ["necklace", "choker"]),
])  # fmt: skip
def test_regional_kinds_of_piece_are_the_shops_kinds(deccan_shop, said, kinds):
    assert understand(said, "INR", vocabulary=deccan_shop).constraints.categories == kinds


def test_a_kind_the_shop_does_not_sell_is_still_asked_for_by_name(deccan_shop):
    """A waist belt asked for in a shop that has none: nothing should match, not every piece."""
    assert understand("gold vaddanam", "INR", vocabulary=deccan_shop).constraints.categories == ["waist belt"]
    assert understand("bajuband", "INR", vocabulary=deccan_shop).constraints.categories == ["armlet"]


@pytest.mark.parametrize("said", ["gutta pusalu haar under 4 lakh", "a satlada", "two satladas in gold"])
def test_a_name_that_says_its_stone_asks_for_that_stone(deccan_shop, said):
    constraints = understand(said, "INR", vocabulary=deccan_shop).constraints
    assert constraints.gemstones == ["pearl"]
    assert "necklace" in constraints.categories


@pytest.mark.parametrize("said, stones", [
    ("zircon earrings", ["cubic zirconia"]), ("moonga ring", ["coral"]), ("heera ring", ["diamond"]),
    ("muthyala haram", ["pearl"]),
])  # fmt: skip
def test_regional_stone_names(deccan_shop, said, stones):
    assert understand(said, "INR", vocabulary=deccan_shop).constraints.gemstones == stones


def test_german_silver_is_not_silver(deccan_shop):
    constraints = understand("german silver anklet", "INR", vocabulary=deccan_shop).constraints
    assert constraints.metals == ["german silver"]
    assert understand("vendi anklet", "INR", vocabulary=deccan_shop).constraints.metals == ["sterling silver", "silver"]


@pytest.mark.parametrize("said", ["gold polished jhumkas", "one gram gold earrings", "gold plated studs"])
def test_a_plating_said_plainly_is_any_plating(deccan_shop, said):
    assert understand(said, "INR", vocabulary=deccan_shop).constraints.metals == ["gold plated", "gold plated silver"]


def test_vermeil_is_only_plating_over_silver(deccan_shop):
    assert understand("vermeil ring", "INR", vocabulary=deccan_shop).constraints.metals == ["gold plated silver"]


@pytest.mark.parametrize("said, low, high", [
    ("bangles under 2.5L", None, 250_000), ("necklace 1L-2L", 100_000, 200_000), ("chain 60k to 1.2L", 60_000, 120_000),
])  # fmt: skip
def test_l_is_lakh(deccan_shop, said, low, high):
    constraints = understand(said, "INR", vocabulary=deccan_shop).constraints
    assert (constraints.price_min, constraints.price_max) == (low, high)


PLATINGS = ["gold plated", "gold plated silver"]


@pytest.mark.parametrize("said, metals, excluded", [
    ("earrings under 8k, nothing plated", [], PLATINGS), ("real 22k gold chain, not plated", None, PLATINGS),
    ("rose gold plated kangan", PLATINGS, []), ("gold tone anklet", PLATINGS, []), ("yellow gold polish jhumki", PLATINGS, []),
])  # fmt: skip
def test_a_gold_with_a_plating_word_after_it_is_a_plating(deccan_shop, said, metals, excluded):
    constraints = understand(said, "INR", vocabulary=deccan_shop).constraints
    assert constraints.exclude_metals == excluded
    if metals is not None:
        assert constraints.metals == metals
    else:
        assert "yellow gold" in constraints.metals


@pytest.mark.parametrize("said, kinds", [
    ("a mangalsutra with a small diamond pendant", ["mangalsutra"]), ("necklace set with matching earrings", ["necklace", "choker"]),
    ("bangles and earrings", ["bangle", "earrings", "jhumka"]),
])  # fmt: skip
def test_a_kind_after_with_is_part_of_the_piece_asked_for(deccan_shop, said, kinds):
    assert understand(said, "INR", vocabulary=deccan_shop).constraints.categories == kinds


def test_couple_rings_are_wedding_bands():
    shop = shop_vocabulary([item(1, "wedding band", "platinum"), item(2, "ring")], load_lexicon())
    assert understand("couple rings in platinum", "INR", vocabulary=shop).constraints.categories == ["wedding band"]


def test_a_listing_named_for_its_stone_reads_as_that_stone_unless_another_is_named():
    lexicon = load_lexicon()
    assert lexicon.stone_of("Gutta Pusalu Haar | 22KT Gold").stone == "pearl"
    assert lexicon.stone_of("Gutta Pusalu Haar | 22KT Gold").confidence < 1.0
    assert lexicon.stone_of("Satlada with Emerald Drops").stone == "emerald"
    assert lexicon.stone_of("Kasulaperu in 22KT Gold") is None


@pytest.mark.parametrize("said, kinds", [
    ("a matching haar for these jhumkas", ["necklace", "choker"]), ("earrings to go with my mangalsutra", ["earrings", "jhumka"]),
    ("earrings for my sister", ["earrings", "jhumka"]),
])  # fmt: skip
def test_a_kind_the_shopper_already_has_is_not_asked_for(deccan_shop, said, kinds):
    assert understand(said, "INR", vocabulary=deccan_shop).constraints.categories == kinds


@pytest.mark.parametrize("said", ["a budget version of this", "same look for less", "any affordable alternatives?"])
def test_asking_for_a_lower_price_in_other_words_is_cheaper(deccan_shop, said):
    assert "cheaper" in understand(said, "INR", vocabulary=deccan_shop).refinements


@pytest.mark.parametrize("said, karats, price_max", [
    ("916 kada for my father", [22], None), ("a chain in 916", [22], None), ("rings under 916", [], 916),
])  # fmt: skip
def test_916_said_alone_is_22_karat_gold(deccan_shop, said, karats, price_max):
    constraints = understand(said, "INR", vocabulary=deccan_shop).constraints
    assert (constraints.karats, constraints.price_max) == (karats, price_max)


def test_a_kind_after_with_is_part_of_the_piece_pointed_at(deccan_shop):
    said = understand("like this one but with a ruby pendant", "INR", vocabulary=deccan_shop).constraints
    assert said.categories == [] and said.gemstones == ["ruby"]


def test_a_weight_is_no_price(deccan_shop):
    constraints = understand("a chain around 15 grams for my husband", "INR", vocabulary=deccan_shop).constraints
    assert (constraints.price_min, constraints.price_max) == (None, None)
    assert understand("1 tola coin pendant under 90k", "INR", vocabulary=deccan_shop).constraints.price_max == 90_000


@pytest.mark.parametrize("said, kinds, stones, metals", [
    ("an AD set for the reception", ["necklace", "choker"], ["cubic zirconia"], []),
    ("jadau set for my daughter", ["necklace", "choker"], ["kundan", "polki"], []),
    ("oxidized jhumkis", ["jhumka"], [], ["sterling silver", "silver"]),
    ("kalgi with emeralds", ["brooch"], ["emerald"], []),
])  # fmt: skip
def test_sets_oxidised_and_turban_pieces(deccan_shop, said, kinds, stones, metals):
    constraints = understand(said, "INR", vocabulary=shop_vocabulary([*deccan_items(), item(90, "brooch")], load_lexicon())).constraints
    assert (constraints.categories, constraints.gemstones, constraints.metals) == (kinds, stones, metals)


def test_a_listing_says_oxidised_brass_is_brass_and_a_shopper_says_oxidised_for_silver():
    lexicon = load_lexicon()
    assert lexicon.metal_of("Oxidised German Silver Jhumka").metal == "german silver"
    assert lexicon.metal_of("Oxidised Brass Earrings").metal == "brass"
    assert lexicon.metal_of("Oxidised Jhumka").metal == "silver"


@pytest.mark.parametrize("said, low, high", [
    ("jhumkas Rs. 8000/- max", None, 8000), ("toe rings rs 500/- to rs 1500/-", 500, 1500),
    ("a 40000/- chain", 32_000, 48_000),
])  # fmt: skip
def test_a_price_written_with_a_closing_dash(deccan_shop, said, low, high):
    constraints = understand(said, "INR", vocabulary=deccan_shop).constraints
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_jadau_is_a_setting_of_kundan_or_polki_not_a_stone_of_its_own():
    lexicon = load_lexicon()
    assert lexicon.stone_of("Jadau Chintakh Choker in 22K Gold") is None  # the listing's stone is read elsewhere
    assert lexicon.stone_of("Jadau Kundan Haar").stone == "kundan"
