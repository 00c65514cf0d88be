"""Icelandic listings and requests (retrieval/lexicon/locales/is-IS*.toml): kinds in their cases and numbers
("hringur", "hringnum", "eyrnalokkar", "hálsmen", "keðju"), metals in their cases ("gulli", "hvítagulli",
"silfri"), stones ("demanti", "demöntum", "sirkonsteinum", "ferskvatnsperla"), the traps (the goldsmith,
a gold-coloured box, silver and golden wedding anniversaries, "keðja seld sér"), "men" a pendant only in an
Icelandic shop, ISK for an Icelandic shop's "kr." (currencies.toml), Icelandic told from Norwegian
(retrieval/catalog_language.py), and requests typed with and without þ, ð, æ, ö and accents ("undir 30.000 kr",
"50 þúsund", "max 15 þús"). Fixtures written here, from no shop's file."""

import pytest

from assistant.understanding import understand
from retrieval.catalog_language import catalog_locale
from retrieval.config import LexiconConfig
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_icelandic_pack_is_loaded_by_default():
    assert "is-IS" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Hringur með granat", "ring"), ("Dömuhringur úr silfri", "ring"), ("Trúlofunarhringur, hvítagull", "engagement ring"),
    ("Giftingarhringar (par)", "wedding band"), ("Eyrnalokkar með perlu", "earrings"), ("Hálsmen, hjarta", "pendant"),
    ("Hálsfesti úr perlum", "necklace"), ("Keðja, 45 cm", "chain"), ("Armband úr silfri", "bracelet"),
])  # fmt: skip
def test_icelandic_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_men_is_a_pendant_only_in_an_icelandic_shop():
    assert load_lexicon(own_locale="is-IS").category_of("Men úr gulli").value == "pendant"
    assert load_lexicon().category_of("Rings for men") is None or load_lexicon().category_of("Rings for men").value != "pendant"


@pytest.mark.parametrize("text, metal", [
    ("Smíðað úr 14 karata gulli.", "gold"), ("Efni: gult gull 585.", "yellow gold"), ("Hringur úr hvítagulli", "white gold"),
    ("Eyrnalokkar, rósagull", "rose gold"), ("Smíðað úr sterling silfri.", "sterling silver"), ("Efni: silfur 925", "sterling silver"),
])  # fmt: skip
def test_icelandic_metals_in_their_cases(lexicon, text, metal):
    reading = lexicon.metal_of(text)
    assert reading.metal == metal or (metal == "gold" and reading.metal in ("gold", "yellow gold"))


@pytest.mark.parametrize("text, stone", [
    ("Hringur með demanti", "diamond"), ("Eyrnalokkar með demöntum", "diamond"), ("Hvítir sirkonsteinar.", "cubic zirconia"),
    ("Hvít ferskvatnsperla, 8 mm.", "pearl"), ("Dökkrauður rúbín.", "ruby"), ("Fjólublár ametist.", "amethyst"),
    ("Blár tópas.", "topaz"), ("Klassísk hönnun án steina.", "none"),
])  # fmt: skip
def test_icelandic_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Kemur í gulllitaðri gjafaöskju.", "Falleg gjöf á silfurbrúðkaupsafmæli.",
                                  "Handsmíðað hjá gullsmiðnum.", "Gjöf á gullbrúðkaupsafmæli."])
def test_a_gold_coloured_box_anniversaries_and_the_goldsmith_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_chain_sold_separately_is_no_chain(lexicon):
    assert lexicon.category_of("Hálsmen úr silfri. Keðja seld sér.").value == "pendant"


def test_an_icelandic_kr_is_the_krona_of_iceland(lexicon):
    texts = ["Verð: 24.900 kr.", "Aðeins kr. 13.900", "ISK 62.900", "Frá 112.900 kr"]
    assert "ISK" in currency_in_text(texts, "USD", lexicon.currencies, "IS")
    assert currency_in_text(texts, "ISK", lexicon.currencies, "IS") is None
    assert lexicon.currencies["ISK"].decimals == 0


@pytest.mark.parametrize("text, amount", [("24.900 kr.", 24900), ("kr. 13.900", 13900), ("ISK 62.900", 62900), ("112.900 ISK", 112900)])
def test_icelandic_price_forms(lexicon, text, amount):
    assert parse_price(text, lexicon.currencies, "ISK").amount == amount


def test_an_icelandic_catalog_is_read_as_icelandic_not_norwegian():
    listings = [("Hringur „Vetur“", "Efni: hvítagull 585."), ("Hálsmen úr silfri", "Sterling silfur. Keðja seld sér."),
                ("Eyrnalokkar með perlu", "Gyllt silfur, ferskvatnsperla."), ("Keðja úr gulli", "Lengd 45 cm.")]  # fmt: skip
    reading = catalog_locale(listings, LexiconConfig().catalog_locale_share, "ISK")
    assert reading.locale == "is-IS"
    assert "Icelandic" in reading.note()


@pytest.mark.parametrize("said, kinds, metals, stones, price_min, price_max", [
    ("hringur úr hvítagulli", ANY_RING, ["white gold"], [], None, None),
    ("eyrnalokkar undir 30.000 kr", ["earrings"], [], [], None, 30000),
    ("hálsmen ekki dýrara en 50 þúsund", ["pendant"], [], [], None, 50000),
    ("halsmen ekki dyrara en 50 thusund", ["pendant"], [], [], None, 50000),
    ("trúlofunarhringur með demanti", ["engagement ring"], [], ["diamond"], None, None),
    ("eyrnalokkar med perlu ur silfri", ["earrings"], ["sterling silver"], ["pearl"], None, None),
    ("silfurkeðja", ["chain"], ["sterling silver"], [], None, None),
    ("armband úr rósagulli", ["bracelet"], ["rose gold"], [], None, None),
    ("eyrnalokkar úr silfri, max 15 þús", ["earrings"], ["sterling silver"], [], None, 15000),
    ("giftingarhringar ur gulli", ["wedding band"], SOLID_GOLD, [], None, None),
    ("trúlofunarhringar milli 100 og 160 þúsund", ["engagement ring"], [], [], 100000, 160000),
])  # fmt: skip
def test_icelandic_requests(said, kinds, metals, stones, price_min, price_max):
    constraints = understand(said, "ISK").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_min == price_min and constraints.price_max == price_max
