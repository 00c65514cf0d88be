"""Colombian Spanish listings and requests (x78, the thirty-second held-out round's Bogotá results read):
the es-CO packs' kinds of piece (topos, candongas, manilla, argollas as wedding bands, reloj), 18 k gold
as Colombia names it (oro 750, 18 quilates), the Colombian emerald, "corte esmeralda" as a cut, and
amounts as Colombians write and say them ("$1.250.000", "1,2 millones", "500 mil", "800k", "COP 850.000",
lucas, palos). Fixtures are invented."""

import pytest

from assistant.understanding import understand
from retrieval.catalog_language import catalog_locale
from retrieval.config import LexiconConfig
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import ShopVocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_colombian_pack_is_read_by_default_after_mexicos():
    assert DEFAULT_LOCALES.index("es-CO") > DEFAULT_LOCALES.index("es-MX")


@pytest.mark.parametrize("text, kind", [
    ("Topos Gota de oro 18k", "earrings"),
    ("Candongas Luna en plata 925", "earrings"),
    ("Manilla tejida en plata 925", "bracelet"),
    ("Argollas de matrimonio Clásicas oro amarillo (par)", "wedding band"),
])
def test_colombian_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text", ["Anillo en oro 750", "Anillo en oro de 18 quilates"])
def test_colombian_gold_is_18_karat(lexicon, text):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == ("gold", 18)


def test_the_colombian_emerald_is_an_emerald_and_an_emerald_cut_no_stone(lexicon):
    assert lexicon.stone_of("Dije con esmeralda colombiana de Muzo").stone == "emerald"
    assert lexicon.stone_of("Anillo de plata, corte esmeralda") is None


@pytest.mark.parametrize("text, kinds, price_max", [
    ("topos de oro hasta $1.250.000", {"earrings"}, 1250000.0),
    ("candongas de plata menos de 500 mil", {"earrings"}, 500000.0),
    ("una manilla hasta 1,2 millones", {"bracelet"}, 1200000.0),
    ("argollas de matrimonio hasta 2 palos", {"wedding band"}, 2000000.0),
    ("aretes hasta 800k", {"earrings"}, 800000.0),
    ("un dije hasta COP 850.000", {"pendant"}, 850000.0),
    ("topitos que no pase de 90 lucas", {"earrings"}, 90000.0),
])
def test_colombian_requests_and_amounts(text, kinds, price_max):
    constraints = understand(text, "COP").constraints
    assert kinds <= set(constraints.categories) and constraints.price_max == price_max


def test_colombian_request_metals_and_stones():
    constraints = understand("topos en plata con esmeralda colombiana", "COP").constraints
    assert "earrings" in constraints.categories
    assert constraints.metals == ["sterling silver"] and constraints.gemstones == ["emerald"]
    assert understand("manilla en oro rosado", "COP").constraints.metals == ["rose gold"]


# --- a word Colombia reads apart from Mexico: the shop's own locale decides (es-CO.toml [contested]) ---

COLOMBIAN_LISTINGS = [("Anillo en oro amarillo 18k", ""), ("Cadena tejido lazo en plata 925", ""), ("Topos de oro 18k", ""),
                      ("Dije corazón en oro blanco", "")]  # fmt: skip


def test_a_spanish_catalog_priced_in_pesos_colombianos_is_read_as_colombian():
    assert catalog_locale(COLOMBIAN_LISTINGS, LexiconConfig().catalog_locale_share, "COP").locale == "es-CO"


@pytest.mark.parametrize("title", ["Gargantilla en oro amarillo 18k", "Gargantillas tejido lazo en plata 925"])
def test_a_colombian_gargantilla_is_a_necklace_and_a_mexican_one_a_choker(title):
    assert load_lexicon(own_locale="es-CO").category_of(title).value == "necklace"
    assert load_lexicon(own_locale="es-MX").category_of(title).value == "choker"
    assert load_lexicon().category_of(title).value == "choker"  # no locale known: the merge order, as before


def _vocabulary(lexicon) -> ShopVocabulary:
    return ShopVocabulary(lexicon, frozenset({"necklace", "choker", "earrings", "ring"}), frozenset({"gold", "sterling silver"}),
                          frozenset(), "COP")  # fmt: skip


def test_a_colombian_shopper_s_gargantilla_asks_for_a_necklace():
    categories = lambda locale: understand("una gargantilla de oro", "COP", vocabulary=_vocabulary(load_lexicon(own_locale=locale))).constraints.categories  # noqa: E731
    assert "necklace" in categories("es-CO")  # a choker is a necklace too: asked beside it
    assert categories("es-MX") == ["choker"]


def test_colombia_s_contested_words_leave_a_mexican_shop_s_reading_alone():
    mexican = load_lexicon(own_locale="es-MX")
    assert mexican.category_of("Argollas de matrimonio oro amarillo 14k").value == "wedding band"
    assert mexican.stone_of("Anillo flor con zafiro rosa").color == "pink"


# --- what an answer to a Colombian shopper calls things: Spanish's everyday names, no English ---------

def test_an_answer_in_a_colombian_shop_names_things_in_spanish_and_claims_no_origin():
    from assistant.phrasing import phrases_for

    colombian = phrases_for("es", "es-CO")
    names = {table: [colombian.name(table, value) for value in values] for table, values in {
        "metals": ["rose gold", "sterling silver", "white gold"], "categories": ["earrings", "bracelet", "watch"],
        "stones": ["emerald"]}.items()}  # fmt: skip
    english = {"rose gold", "sterling silver", "white gold", "earrings", "bracelet", "watch", "emerald"}
    assert not english & {name for table in names.values() for name in table}
    assert names["stones"] == ["esmeralda"] and "topos" not in names["categories"]
    assert names["categories"][2] == "reloj"  # Mexico's pack names no watch: Colombia's own word


def test_a_pack_naming_no_other_packs_names_things_itself():
    from retrieval.lexicon import answer_name_packs

    assert answer_name_packs("es-MX") == ["es-MX"] and answer_name_packs("es-CO")[0] == "es-MX"


def test_an_answer_in_a_colombian_shop_writes_pesos_as_colombia_does():
    from assistant.phrasing import phrases_for

    assert phrases_for("es", "es-CO").price(1250000, "COP") == "$ 1.250.000"
    assert phrases_for("es", "es-MX").price(9150, "MXN") == "MX$9,150"  # Mexico's as before
