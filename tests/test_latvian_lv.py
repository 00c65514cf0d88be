"""Latvian listings and requests (retrieval/lexicon/locales/lv-LV*.toml): kinds in their cases, gold by
colour as a definite adjective ("sarkanais zelts" is rose gold), silver, stones in their cases, Baltic
amber, Latvian typed without its marks, the euro as Latvia writes it ("eiro"), the traps (a gold-coloured
box, a silver wedding anniversary, a diamond-cut chain), and Latvian listings read as Latvian. Fixtures
written here, from no shop's file."""

import pytest

from assistant.understanding import understand
from retrieval.catalog_language import catalog_locale
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, parse_price

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_latvian_pack_is_loaded_by_default():
    assert "lv-LV" in DEFAULT_LOCALES


@pytest.mark.parametrize("written", ["129,00 €", "129,00 EUR", "€129,00", "129 eiro"])
def test_euro_prices_as_latvian_shops_write_them(lexicon, written):
    assert parse_price(written, lexicon.currencies) == Price(129, "EUR")


@pytest.mark.parametrize("title, kind", [
    ("Sieviešu gredzens ar topāzu", "ring"), ("Saderināšanās gredzens ar briljantu", "engagement ring"),
    ("Laulību gredzeni, baltais zelts", "wedding band"), ("Auskari nagliņas", "earrings"), ("Piekariņš sirds", "pendant"),
    ("Kulons", "pendant"), ("Kaklarota", "necklace"), ("Ķēdīte 45 cm", "chain"), ("Aproce", "bracelet"),
    ("Rokassprādze", "bracelet"), ("Sakta", "brooch"),
])  # fmt: skip
def test_latvian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Gredzens, dzeltenais zelts 585", "yellow gold"), ("Auskari no baltā zelta", "white gold"), ("no sarkanā zelta", "rose gold"),
    ("rozā zelts", "rose gold"), ("Ķēdīte, sudrabs 925", "sterling silver"), ("Aproce no sudraba", "sterling silver"),
    ("Piekariņš, apzeltīts sudrabs", "gold plated silver"), ("Aproce no ķirurģiskā tērauda", "stainless steel"),
])  # fmt: skip
def test_latvian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone", [
    ("Auskari ar cirkonijiem", "cubic zirconia"), ("Gredzens ar granātu", "garnet"), ("ar safīru", "sapphire"),
    ("ar Baltijas dzintaru", "amber"), ("ar saldūdens pērlēm", "pearl"), ("ar briljantu", "diamond"), ("ar rubīnu", "ruby"),
    ("ar ametistu", "amethyst"),
])  # fmt: skip
def test_latvian_stones_in_their_cases(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Iesaiņots zelta krāsas dāvanu kastītē.", "Lieliska dāvana sudrabkāzās.", "Izgatavots mūsu zeltkaļa darbnīcā."])
def test_a_gold_coloured_box_a_silver_wedding_and_the_goldsmith_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_diamond_cut_chain_has_no_diamond(lexicon):
    assert lexicon.stone_of("Ķēdīte ar dimanta slīpējumu") is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("zelta gredzens ar granātu", ANY_RING, SOLID_GOLD, ["garnet"], None),
    ("laulibu gredzeni no balta zelta", ["wedding band"], ["white gold"], [], None),
    ("kedite no dzeltena zelta", ["chain"], ["yellow gold"], [], None),
    ("sudraba auskari līdz 50 €", ["earrings"], ["sterling silver"], [], 50),
    ("auskari ar cirkonijiem zem 80 eiro", ["earrings"], [], ["cubic zirconia"], 80),
    ("piekarins ne vairāk kā 300 eur", ["pendant"], [], [], 300),
    ("aproce bez akmeņiem", ["bracelet"], [], ["none"], None),
    ("saderinasanas gredzens ar dimantu", ["engagement ring"], [], ["diamond"], None),
    ("kulons no sarkanā zelta", ["pendant"], ["rose gold"], [], None),
])  # fmt: skip
def test_latvian_requests_with_and_without_marks(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


def test_an_amount_in_latvian_words():
    assert understand("gredzens līdz divi simti piecdesmit eiro", currency="EUR").constraints.price_max == 250
    assert understand("gredzens līdz divsimt piecdesmit eiro", currency="EUR").constraints.price_max == 250


def test_latvian_listings_are_read_as_latvian():
    texts = [("Gredzens no baltā zelta ar briljantu", "Baltais zelts 585. prove."),
             ("Auskari ar dzintaru", "Izgatavoti no sudraba 925."), ("Ķēdīte no sudraba", "Garums 45 cm."),
             ("Kulons ar granātu", "Dzeltenais zelts 585.")]
    reading = catalog_locale(texts, 0.3, currency="EUR")
    assert reading is not None and reading.locale == "lv-LV"


@pytest.mark.parametrize("text, refinement", [("tādu pašu, bet no sudraba", "similar"), ("šādu, bet lētāku", "cheaper"), ("līdzīgu, bet mazāku", "smaller")])
def test_latvian_refinements_of_a_photo(text, refinement):
    assert refinement in understand(text, currency="EUR").refinements
