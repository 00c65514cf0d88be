"""Slovenian listings and requests (retrieval/lexicon/locales/sl-SI*.toml): kinds in their cases and the
dual, gold by colour ("rdeče zlato" is rose gold), silver, stones in their cases, Slovenian typed without
č š ž, the euro's Slovenian forms, the traps (a gold-coloured box, a silver wedding anniversary, the
goldsmith's shop, the golden-horned chamois), and Slovenian told apart from Serbian. Fixtures written
here, from no shop's file."""

import pytest

from assistant.answer_language import answer_language
from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, parse_price

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_slovenian_pack_is_loaded_by_default():
    assert "sl-SI" in DEFAULT_LOCALES


@pytest.mark.parametrize("written", ["129,00 €", "129,00 EUR", "€ 129,00", "129 evrov"])
def test_euro_prices_as_slovenian_shops_write_them(lexicon, written):
    assert parse_price(written, lexicon.currencies) == Price(129, "EUR")


@pytest.mark.parametrize("title, kind", [
    ("Prstan z ametistom", "ring"), ("Moški pečatnik", "ring"), ("Zaročni prstan z briljantom", "engagement ring"),
    ("Poročna prstana, belo zlato", "wedding band"), ("Uhani na vijak", "earrings"), ("Viseči uhani z biseri", "earrings"),
    ("Obesek srce", "pendant"), ("Križec", "pendant"), ("Ogrlica", "necklace"), ("Verižica 45 cm", "chain"),
    ("Zapestnica", "bracelet"), ("Verižica za nogo", "anklet"), ("Broška", "brooch"),
])  # fmt: skip
def test_slovenian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Prstan, rumeno zlato 14 k", "yellow gold"), ("Uhani iz belega zlata 585", "white gold"), ("iz rdečega zlata", "rose gold"),
    ("rožnato zlato", "rose gold"), ("Verižica, srebro 925", "sterling silver"), ("Srebrna zapestnica", "sterling silver"),
    ("Obesek, pozlačeno srebro", "gold plated silver"), ("Zapestnica iz kirurškega jekla", "stainless steel"),
])  # fmt: skip
def test_slovenian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone", [
    ("Uhani s cirkoni", "cubic zirconia"), ("Prstan z granatom", "garnet"), ("s safirjem", "sapphire"), ("z jantarjem", "amber"),
    ("s sladkovodnim biserom", "pearl"), ("z briljantom", "diamond"), ("z rubinom", "ruby"), ("s topazom", "topaz"),
])  # fmt: skip
def test_slovenian_stones_in_their_cases(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Darilna škatlica zlate barve.", "Lepo darilo za srebrno poroko.", "Izdelano v naši zlatarni."])
def test_a_gold_coloured_box_a_silver_wedding_and_the_goldsmiths_shop_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("zlat prstan z granatom", ANY_RING, SOLID_GOLD, ["garnet"], None),
    ("porocni prstani iz belega zlata", ["wedding band"], ["white gold"], [], None),
    ("verizica iz rumenega zlata", ["chain"], ["yellow gold"], [], None),
    ("srebrni uhani do 50 €", ["earrings"], ["sterling silver"], [], 50),
    ("dva uhana s cirkoni pod 80 evrov", ["earrings"], [], ["cubic zirconia"], 80),
    ("krizec najvec 300 eur", ["pendant"], [], [], 300),
    ("zapestnica brez kamna", ["bracelet"], [], ["none"], None),
    ("zarocni prstan z diamantom", ["engagement ring"], [], ["diamond"], None),
    ("obesek iz rdecega zlata", ["pendant"], ["rose gold"], [], None),
])  # fmt: skip
def test_slovenian_requests_with_and_without_marks(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


def test_the_marked_and_unmarked_spellings_read_alike():
    marked, unmarked = understand("verižica za nogo", currency="EUR"), understand("verizica za nogo", currency="EUR")
    assert marked.constraints.categories == unmarked.constraints.categories == ["anklet"]


@pytest.mark.parametrize("text, catalog", [
    ("iščem poročne prstane iz belega zlata", None), ("srebrni prstan s cirkoni", "sl-SI"), ("uhani z jantarjem", None),
])  # fmt: skip
def test_slovenian_is_not_answered_in_serbian(text, catalog):
    assert answer_language(text, catalog)[0] == "sl"


@pytest.mark.parametrize("text, catalog", [
    ("Dobar dan, tražim prsten od belog zlata do 50.000 din.", "sr-RS"), ("tražim burme od belog zlata", None),
])  # fmt: skip
def test_serbian_stays_serbian_beside_the_slovenian_packs(text, catalog):
    assert answer_language(text, catalog)[0] == "sr"
