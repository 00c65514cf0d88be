"""The Mexican Spanish and Afrikaans / South African request packs (locales/es-MX.requests.toml,
af-ZA.requests.toml) read by understanding, and the reading habits found with them: an adjective
after its noun ("oro blanco"), "mil" for a thousand, a price word before the amount ("menos de",
"onder", "plus minus"), thousands set apart by a space ("R12 000"), a locale's filler words and the
piece a shopper already has ("que combinen con este collar"). The wording of these tests is this
file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.phrases import FILLER_WORDS
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def read(text: str, currency: str = "MXN"):
    return understand(text, currency).constraints


def test_both_packs_are_loaded_by_default():
    assert {"es-MX", "af-ZA"} <= set(DEFAULT_LOCALES)
    lexicon = load_lexicon()
    assert lexicon.value_of("category", "churumbela") == "wedding band"
    assert lexicon.value_of("category", "verloofring") == "engagement ring"


@pytest.mark.parametrize("said, kinds", [
    ("una argolla para mi boda", ["wedding band"]), ("unas arracadas grandes", ["earrings"]), ("broqueles chiquitos", ["earrings"]),
    ("una medalla para bautizo", ["pendant"]), ("un dije de corazon", ["pendant"]), ("una esclava para regalar", ["bracelet"]),
    ("un semanario", ["bangle"]), ("una gargantilla", ["necklace"]), ("una sortija", RINGS), ("tobillera delgada", ["anklet"]),
    ("trouring vir my man", ["wedding band"]), ("oorbelle vir my ma", ["earrings"]), ("'n hangertjie", ["pendant"]),
    ("enkelbandjie", ["anklet"]),
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said).categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("anillo de oro blanco", ["white gold"]), ("aretes en oro amarillo", ["yellow gold"]), ("dije de oro rosa", ["rose gold"]),
    ("pulsera de oro", GOLDS), ("collar de plata", ["sterling silver"]), ("argolla de platino", ["platinum"]),
    ("rooigoud ring", ["rose gold"]), ("goue armband", GOLDS), ("silwer hangertjie", ["sterling silver"]),
])  # fmt: skip
def test_metals_said_after_the_noun_or_as_adjectives(said, metals):
    assert read(said).metals == metals


def test_a_plating_is_not_solid_gold():
    assert "gold plated" in read("arracadas de chapa de oro").metals
    assert not set(GOLDS) & set(read("arracadas de chapa de oro").metals)


@pytest.mark.parametrize("said, stones", [
    ("anillo con rubi", ["ruby"]), ("aretes de esmeraldas", ["emerald"]), ("dije con brillantes", ["diamond"]),
    ("anillo de opalo de fuego", ["opal"]), ("collar con perlas", ["pearl"]), ("argolla sin piedras", ["none"]),
    ("ring met 'n robyn", ["ruby"]), ("halssnoer met perels", ["pearl"]), ("trouring sonder klippe", ["none"]),
])  # fmt: skip
def test_stones(said, stones):
    assert read(said).gemstones == stones


def test_sin_and_sonder_refuse_a_stone():
    assert read("un collar sin perlas").exclude_gemstones == ["pearl"]
    assert read("'n ring sonder diamante", "ZAR").exclude_gemstones == ["diamond"]


def test_kilates_is_a_gold_purity():
    constraints = read("anillo de 14 kilates")
    assert constraints.karats == [14] and constraints.metals == GOLDS


@pytest.mark.parametrize("said, low, high", [
    ("aretes de menos de 8 mil", None, 8000), ("collar hasta $15,000", None, 15000), ("pulsera de mas de 3 mil", 3000, None),
    ("anillo como de 20 mil", 16000, 24000), ("cadena maximo 900 pesos", None, 900),
])  # fmt: skip
def test_spanish_prices(said, low, high):
    constraints = read(said)
    assert (constraints.price_min, constraints.price_max) == (low, high)


@pytest.mark.parametrize("said, low, high", [
    ("ring onder R3000", None, 3000), ("earrings plus minus R2000", 1600, 2400), ("a chain under R12 000", None, 12000),
    ("oorbelle meer as R1500", 1500, None), ("bangle under R4k", None, 4000),
])  # fmt: skip
def test_south_african_prices(said, low, high):
    constraints = read(said, "ZAR")
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_a_locales_filler_words_ask_for_nothing():
    assert {"quiero", "asi", "hierdie", "soek"} <= FILLER_WORDS
    assert understand("quiero uno asi", "MXN").has_content_words is False
    assert understand("ek soek so iets", "ZAR").has_content_words is False


def test_the_piece_a_shopper_has_is_not_asked_for():
    assert read("unos aretes que combinen con este collar").categories == ["earrings"]
    # "cadena" alone is a weak name (as "chain" is): it asks for chains in a shop that sells them
    chains = shop_vocabulary([Item(id=f"p{n}", title=f"Piece {n}", price=900 + n, currency="MXN", category=kind, metal="yellow gold")
                              for n, kind in enumerate(["chain", "pendant"])], load_lexicon())  # fmt: skip
    assert understand("una cadena para mi dije", "MXN", vocabulary=chains).constraints.categories == ["chain"]
    assert read("'n ring vir hierdie hanger", "ZAR").categories == RINGS
