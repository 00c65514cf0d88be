"""Estonian listings and requests (retrieval/lexicon/locales/et-EE*.toml): kinds in their cases, gold by
colour ("punane kuld" and "roosa kuld" are rose gold), silver, stones in their cases (Baltic amber
"merevaiguga", "briljandiga", "pärlitega"), Estonian typed without its marks, the euro as Estonia writes
it ("eurot", "euroni"), the traps (a gold-coloured box, a golden wedding anniversary, the goldsmith), and
Estonian listings read as Estonian. Fixtures written here, from no shop's file."""

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


def test_estonian_pack_is_loaded_by_default():
    assert "et-EE" in DEFAULT_LOCALES


@pytest.mark.parametrize("written", ["129,00 €", "129,00 EUR", "€ 129,00", "129 eurot"])
def test_euro_prices_as_estonian_shops_write_them(lexicon, written):
    assert parse_price(written, lexicon.currencies) == Price(129, "EUR")


@pytest.mark.parametrize("title, kind", [
    ("Naiste sõrmus topaasiga", "ring"), ("Kihlasõrmus briljandiga", "engagement ring"),
    ("Laulatussõrmus valgest kullast", "wedding band"), ("Abielusõrmused", "wedding band"), ("Kõrvarõngad pärlitega", "earrings"),
    ("Ripats südamega", "pendant"), ("Medaljon", "pendant"), ("Kaelakee", "necklace"), ("Ankurkett 45 cm", "chain"),
    ("Käevõru", "bracelet"), ("Pross", "brooch"),
])  # fmt: skip
def test_estonian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Sõrmus, kollane kuld 585", "yellow gold"), ("Kõrvarõngad valgest kullast", "white gold"), ("punasest kullast", "rose gold"),
    ("roosa kuld", "rose gold"), ("Kett, hõbe 925", "sterling silver"), ("Käevõru hõbedast", "sterling silver"),
    ("Ripats, kullatud hõbe", "gold plated silver"), ("Käevõru roostevabast terasest", "stainless steel"),
])  # fmt: skip
def test_estonian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone", [
    ("Kõrvarõngad tsirkoonidega", "cubic zirconia"), ("Sõrmus granaadiga", "garnet"), ("safiiriga", "sapphire"),
    ("Balti merevaiguga", "amber"), ("mageveepärlitega", "pearl"), ("briljandiga", "diamond"), ("rubiiniga", "ruby"),
    ("ametüstiga", "amethyst"), ("teemantidega", "diamond"),
])  # fmt: skip
def test_estonian_stones_in_their_cases(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Pakitud kuldset värvi kinkekarpi.", "Ilus kingitus kuldpulmaks.", "Valmistatud meie kullassepa töökojas."])
def test_a_gold_coloured_box_a_golden_wedding_and_the_goldsmith_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("sormus granaadiga", ANY_RING, [], ["garnet"], None),
    ("abielusormused valgest kullast", ["wedding band"], ["white gold"], [], None),
    ("kett kollasest kullast", ["chain"], ["yellow gold"], [], None),
    ("hõbedast kõrvarõngad kuni 50 €", ["earrings"], ["sterling silver"], [], 50),
    ("korvarongad tsirkooniga alla 80 euro", ["earrings"], [], ["cubic zirconia"], 80),
    ("ripats mitte üle 300 eur", ["pendant"], [], [], 300),
    ("käevõru ilma kivideta", ["bracelet"], [], ["none"], None),
    ("kihlasormus teemandiga", ["engagement ring"], [], ["diamond"], None),
    ("medaljon roosast kullast", ["pendant"], ["rose gold"], [], None),
    ("kuldkett", ["chain"], SOLID_GOLD, [], None),
])  # fmt: skip
def test_estonian_requests_with_and_without_marks(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


def test_estonian_listings_are_read_as_estonian():
    texts = [("Sõrmus valgest kullast briljandiga", "Valge kuld, proov 585."),
             ("Kõrvarõngad merevaiguga", "Valmistatud hõbedast 925."), ("Kett hõbedast", "Pikkus 45 cm."),
             ("Ripats granaadiga", "Kollane kuld 585.")]
    reading = catalog_locale(texts, 0.3, currency="EUR")
    assert reading is not None and reading.locale == "et-EE"


@pytest.mark.parametrize("text, refinement", [("selline, aga hõbedast", "similar"), ("midagi odavamat", "cheaper"), ("sarnane, aga väiksem", "smaller")])
def test_estonian_refinements_of_a_photo(text, refinement):
    assert refinement in understand(text, currency="EUR").refinements


def test_russian_requests_in_an_estonian_shop():
    constraints = understand("серьги с янтарём до 100 евро", currency="EUR").constraints
    assert constraints.categories == ["earrings"] and constraints.gemstones == ["amber"] and constraints.price_max == 100


def test_any_stone_is_no_refusal_of_stones():
    assert "none" not in understand("sarnane sõrmus, ükskõik mis kiviga", currency="EUR").constraints.gemstones


def test_the_piece_a_shopper_has_said_before_juurde():
    assert understand("kõrvarõngad selle kaelakee juurde", currency="EUR").constraints.categories == ["earrings"]


def test_this_one_in_another_gold():
    assert "similar" in understand("kas seda on ka kollases kullas?", currency="EUR").refinements
