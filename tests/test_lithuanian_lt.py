"""Lithuanian listings and requests (retrieval/lexicon/locales/lt-LT.toml, lt-LT.requests.toml): case
endings read onto a word's listed forms ("žiedo", "auksinių", "su briliantais", "baltuoju auksu"), gold
by its colour adjective and genitive ("baltojo aukso", "raudonasis" and "rožinis" auksas: rose gold), the
fineness as "praba" ("585 prabos": 14 karat), gilded silver, Baltic amber in its colours, the traps (a
diamond-cut chain, a gold-coloured box, a silver-wedding gift, a girl's name in quotes), a sentence about
the variants to choose from, budgets with the euro in its cases and amounts said in words."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_lithuanian_pack_is_loaded_by_default():
    assert "lt-LT" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Žiedas „Rasa“", "ring"), ("Sužadėtuvių žiedas su briliantu", "engagement ring"), ("Vestuviniai žiedai", "wedding band"),
    ("Auskarai vinutės su cirkoniais", "earrings"), ("Pakabukas su grandinėle", "pendant"), ("Medalionas širdelė", "pendant"),
    ("Vėrinys su perlais", "necklace"), ("Grandinėlė 45 cm", "chain"), ("Apyrankė", "bracelet"), ("Sagė", "brooch"),
    ("Moteriškų žiedų kolekcija", "ring"), ("Ilgi auskariukai", "earrings"),
])  # fmt: skip
def test_lithuanian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Auksinis žiedas", "gold"), ("Auksinių auskarų pora", "gold"), ("Baltojo aukso žiedas", "white gold"),
    ("žiedas, baltasis auksas 585", "white gold"), ("Raudonojo aukso auskarai", "rose gold"), ("rožinis auksas 585", "rose gold"),
    ("geltonojo aukso apyrankė", "yellow gold"), ("Sidabrinė apyrankė", "sterling silver"), ("925 prabos sidabras", "sterling silver"),
    ("Paauksuotas sidabrinis pakabukas", "gold plated silver"), ("nerūdijančio plieno grandinėlė", "stainless steel"),
])  # fmt: skip
def test_lithuanian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, karat", [("Auksinė grandinėlė, 585 prabos auksas", 14), ("Sužadėtuvių žiedas, 14K auksas", 14),
                                         ("750 prabos aukso žiedas", 18), ("auksas 585", 14)])
def test_gold_fineness_as_lithuanian_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone, color", [
    ("Sužadėtuvių žiedas su briliantais", "diamond", None), ("su deimantukais", "diamond", None), ("su cirkoniu", "cubic zirconia", None),
    ("su gėlavandeniu perlu", "pearl", None), ("su granatu", "garnet", None), ("su vyšniniu gintaru", "amber", "red"),
    ("citrininio gintaro auskarai", "amber", "yellow"), ("su žaliu gintaru", "amber", "green"), ("medaus spalvos gintaras", "amber", "orange"),
    ("su baltu gėlavandeniu perlu", "pearl", "white"),
])  # fmt: skip
def test_lithuanian_stones_and_amber_colours(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


def test_a_diamond_cut_chain_has_no_diamond(lexicon):
    reading = lexicon.stone_of("Deimantinio šlifavimo grandys, sidabras 925.")
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Supakuota aukso spalvos dovanų dėžutėje.", "Dovana sidabrinių vestuvių proga.", "Auksakalys Jonas."])
def test_gold_coloured_boxes_silver_weddings_and_goldsmiths_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_girls_name_in_quotes_is_no_amber(lexicon):
    assert lexicon.stone_of("Žiedas „Gintarė“, sidabras") is None
    assert lexicon.stone_of("Žiedas „Gintarė“ su cirkoniu").stone == "cubic zirconia"
    assert lexicon.stone_of("žiedas su gintaru").stone == "amber"


def test_a_sentence_about_the_variants_to_choose_from_is_not_the_piece(lexicon):
    assert lexicon.about_this_piece("Galima rinktis: sidabras arba paauksuotas sidabras. Perlas.").strip() == "Perlas."


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Papuošalas {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def vilnius_like_shop():
    items = [_item(1, "ring", "yellow gold", "amber"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "sterling silver", "amber"),
             _item(6, "chain", "yellow gold"), _item(7, "pendant", "gold plated silver", "amber"), _item(8, "bracelet", "sterling silver", "pearl"),
             _item(9, "brooch", "sterling silver", "garnet")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "EUR", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("ieskau zhiedo", ANY_RING), ("suzadetuviu ziedai", ["engagement ring"]), ("vestuviniu ziedu pora", ["wedding band"]),
    ("auskaru", ["earrings"]), ("pakabuku", ["pendant"]), ("apyrankes", ["bracelet"]), ("sages", ["brooch"]),
])  # fmt: skip
def test_lithuanian_kinds_in_requests_typed_without_marks(vilnius_like_shop, said, kinds):
    assert _constraints(said, vilnius_like_shop).categories == kinds


def test_a_neck_piece_is_a_necklace_or_a_pendant(vilnius_like_shop):
    assert set(_constraints("kaklo papuosalas", vilnius_like_shop).categories) == {"necklace", "pendant"}


def test_gold_and_silver_in_requests(vilnius_like_shop):
    assert set(_constraints("auksinis ziedas", vilnius_like_shop).metals) == SOLID_GOLD
    assert _constraints("ziedas is balto aukso", vilnius_like_shop).metals == ["white gold"]
    assert _constraints("rozinio aukso auskarai", vilnius_like_shop).metals == ["rose gold"]
    assert _constraints("sidabriniai auskarai", vilnius_like_shop).metals == ["sterling silver"]
    assert _constraints("paauksuoti sidabriniai auskarai", vilnius_like_shop).metals == ["gold plated silver"]
    assert _constraints("750 prabos aukso ziedas", vilnius_like_shop).karats == [18]


def test_amber_and_its_colours_in_requests(vilnius_like_shop):
    constraints = _constraints("vysninio gintaro sage", vilnius_like_shop)
    assert constraints.gemstones == ["amber"] and "red" in constraints.gemstone_colors
    assert "green" in _constraints("zalio gintaro apyranke", vilnius_like_shop).gemstone_colors
    assert _constraints("apyranke be akmenu", vilnius_like_shop).gemstones == ["none"]


def test_euro_budgets_in_lithuanian(vilnius_like_shop):
    assert _constraints("auksinis ziedas iki 300 eur", vilnius_like_shop).price_max == 300
    assert _constraints("auskarai ne brangiau nei 70 €", vilnius_like_shop).price_max == 70
    assert _constraints("pigiau nei 40 euru auskarai", vilnius_like_shop).price_max == 40
    assert _constraints("ziedas iki trijų šimtų eurų", vilnius_like_shop).price_max == 300
    assert _constraints("apyranke nuo 50 eurų", vilnius_like_shop).price_min == 50


def test_the_euro_is_lithuania_s_currency(lexicon):
    assert "LT" in lexicon.currencies["EUR"].regions


def test_a_colour_said_after_amber_as_of_its_colour(lexicon):
    assert lexicon.stone_of("Gintaras citrininės spalvos.").color == "yellow"
    assert lexicon.stone_of("gintaras žalios spalvos").color == "green"
