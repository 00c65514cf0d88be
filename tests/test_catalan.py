"""Catalan listings and requests (retrieval/lexicon/locales/ca-ES.toml, ca-ES.requests.toml): elided
articles ("d'or", "d’or"), "pendents" that are earrings and "penjolls" that are pendants, a pendant
sold without its chain, "or de llei" as 18 karat, gilded silver ("plata daurada", "bany d'or"),
gilded base metal ("metall daurat"), the stones' Catalan names, a zirconia said not to be a diamond,
a design named after "col·lecció", and an Ecwid product priced 0 as a price on request."""

import pytest

from assistant.understanding import understand
from assistant.answer_language import answer_language
from assistant.answer import format_price
from assistant.phrasing import phrases_for
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_catalan_pack_is_loaded_by_default():
    assert "ca-ES" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Anell Mar", "ring"), ("Anell de compromís amb safir", "engagement ring"), ("Solitari Font", "engagement ring"),
    ("Aliança llisa", "wedding band"), ("Arracades de botó", "earrings"), ("Pendents Pi", "earrings"), ("Penjoll Sol", "pendant"),
    ("Collaret Onada", "necklace"), ("Polsera Riu", "bracelet"), ("Turmellera Sorra", "anklet"), ("Fermall Vent", "brooch"),
])  # fmt: skip
def test_catalan_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text", ["Penjoll Estrella. La cadena no està inclosa.", "Penjoll Cor. Es ven sense cadena."])
def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon, text):
    assert lexicon.category_of(text).value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("anell d'or groc", "yellow gold"), ("anell d’or blanc", "white gold"), ("aliança d'or rosa", "rose gold"),
    ("plata de llei 925", "sterling silver"), ("plata daurada", "gold plated silver"), ("plata amb bany d'or", "gold plated silver"),
    ("collaret de metall daurat", "gold plated brass"), ("anell d'acer inoxidable", "stainless steel"),
])  # fmt: skip
def test_catalan_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


def test_gold_by_law_is_eighteen_karat(lexicon):
    assert lexicon.karat_of("Anell d'or de llei").value == 18
    assert lexicon.karat_of("or groc de 18 quirats").value == 18


@pytest.mark.parametrize("text, stone", [
    ("amb robí", "ruby"), ("amb safirs", "sapphire"), ("amb maragda", "emerald"), ("de perles", "pearl"), ("amb brillants", "diamond"),
    ("amb corall", "coral"), ("amb circonites", "cubic zirconia"), ("amb granat", "garnet"), ("topazi blau", "topaz"),
])  # fmt: skip
def test_catalan_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_a_zirconia_said_not_to_be_a_diamond_is_a_zirconia(lexicon):
    assert lexicon.stone_of("Zircònia cúbica blanca (no és diamant).").stone == "cubic zirconia"


def test_a_diamond_cut_chain_names_no_diamond(lexicon):
    reading = lexicon.stone_of("Cadena tallada al diamant, acabat brillant.")
    assert reading is None or reading.stone != "diamond"


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Peça {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def barcelona_shop():
    items = [_item(1, "ring", "white gold", "ruby"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver", "coral"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "yellow gold", "garnet"),
             _item(10, "anklet", "sterling silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "EUR", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("busco un anell", ANY_RING), ("un solitari", ["engagement ring"]), ("aliances", ["wedding band"]), ("pendents", ["earrings"]),
    ("un penjoll", ["pendant"]), ("una turmellera", ["anklet"]), ("un fermall", ["brooch"]),
])  # fmt: skip
def test_catalan_kinds_in_requests(barcelona_shop, said, kinds):
    assert _constraints(said, barcelona_shop).categories == kinds


def test_gold_and_stones_in_requests(barcelona_shop):
    assert set(_constraints("penjoll d'or", barcelona_shop).metals) == SOLID_GOLD
    assert _constraints("anell d'or blanc amb robí", barcelona_shop).metals == ["white gold"]
    assert _constraints("anell d'or blanc amb robí", barcelona_shop).gemstones == ["ruby"]
    assert _constraints("penjoll de corall", barcelona_shop).gemstones == ["coral"]


def test_euro_budgets_and_refusals(barcelona_shop):
    assert _constraints("anell per menys de 500 €", barcelona_shop).price_max == 500
    assert _constraints("arracades sense circonites", barcelona_shop).exclude_gemstones == ["cubic zirconia"]


@pytest.mark.parametrize(("text", "expected"), [
    ("busco un anell d'or blanc amb robí", "ca"), ("voldria unes arracades de plata per menys de 100 euros", "ca"),
    ("do you have silver earrings?", "en"),
])  # fmt: skip
def test_a_catalan_shopper_is_answered_in_catalan(text, expected):
    assert answer_language(text, "ca-ES")[0] == expected


def test_catalan_answers_write_euros_and_plurals_as_catalonia_does():
    catalan = phrases_for("ca", "ca-ES")
    assert format_price(1250, "EUR", catalan) == "1.250 €" and format_price(1250.5, "EUR", catalan) == "1.250,50 €"
    assert [catalan.say("openings", count=n, scope="(x)") for n in (1, 3)] == ["Aquí tens 1 peça (x):", "Aquí tens 3 peces (x):"]
    assert catalan.name("categories", "earrings") == "arracades" and catalan.name("metals", "sterling silver") == "plata de llei"


def test_spain_s_spanish_in_a_catalan_shop(lexicon):
    """es-ES.toml: Spain's legal gold is 18 karat, a sortija a ring, a price on request not sold."""
    assert "es-ES" in DEFAULT_LOCALES
    assert lexicon.karat_of("Sortija de oro de ley").value == 18 and lexicon.category_of("Sortija de oro de ley").value == "ring"
    assert lexicon.category_of("Colgante de oro. Se vende sin cadena.").value == "pendant"
    assert lexicon.karat_of("Anillo oro amarillo ley 417").value == 10  # Mexico's stamps read as before
