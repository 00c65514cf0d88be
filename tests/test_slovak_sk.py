"""Slovak listings and requests (retrieval/lexicon/locales/sk-SK.toml, sk-SK.requests.toml): the kinds
Slovak names its own way ("prsteň", "obrúčka", "retiazka", "prívesok", "náramok"), gold by its colour in
its cases ("z bieleho zlata", "v ružovom zlate"), silver as "striebro", gilded silver, stones in the
instrumental ("so zirkónmi", "s granátom", "so zafírom", "s modrým topásom", "s dubníckym opálom"), the
traps (a diamond-cut chain, a gold-coloured gift box, a silver-wedding gift, an anklet), and requests
typed without the accents, with budgets in euros and amounts in words."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_slovak_pack_is_loaded_by_default():
    assert "sk-SK" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Prsteň s ametystom", "ring"), ("Prstienok so zirkónmi", "ring"), ("Zásnubný prsteň s briliantom", "engagement ring"),
    ("Svadobná obrúčka", "wedding band"), ("Obrúčky z bieleho zlata", "wedding band"), ("Náušnice kruhy", "earrings"),
    ("Nausnice s perlou", "earrings"), ("Prívesok srdce", "pendant"), ("Medailón", "pendant"), ("Náhrdelník s perlami", "necklace"),
    ("Retiazka pancier 45 cm", "chain"), ("Náramok", "bracelet"), ("Retiazka na nohu", "anklet"), ("Brošňa", "brooch"),
])  # fmt: skip
def test_slovak_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Prsteň, žlté zlato 14K", "yellow gold"), ("Náušnice z bieleho zlata 585", "white gold"), ("obrúčka v ružovom zlate", "rose gold"),
    ("Retiazka, striebro Ag 925", "sterling silver"), ("Strieborný náramok", "sterling silver"),
    ("Prívesok, pozlátené striebro", "gold plated silver"), ("Náramok z chirurgickej ocele", "stainless steel"),
])  # fmt: skip
def test_slovak_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone, color", [
    ("Náušnice so zirkónmi", "cubic zirconia", None), ("Prsteň s českým granátom", "garnet", None), ("Prsteň so zafírom", "sapphire", None),
    ("Medailón s modrým topásom", "topaz", "blue"), ("Prívesok s dubníckym opálom", "opal", None), ("so smaragdom", "emerald", None),
    ("Prsteň s briliantom", "diamond", None), ("Napichovacie náušnice s riečnou perlou", "pearl", None),
])  # fmt: skip
def test_slovak_stones_in_their_cases(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


def test_a_diamond_cut_chain_has_no_diamond(lexicon):
    reading = lexicon.stone_of("Články s diamantovým rezom, striebro Ag 925.")
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Balené v darčekovej krabičke zlatej farby.", "Darček k striebornej svadbe."])
def test_a_gold_coloured_box_and_a_silver_wedding_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("zlaty prsten s granatom", ANY_RING, SOLID_GOLD, ["garnet"], None),
    ("obrucky zo zlteho zlata", ["wedding band"], ["yellow gold"], [], None),
    ("retiazka biele zlato", ["chain"], ["white gold"], [], None),
    ("strieborné náušnice do 40 €", ["earrings"], ["sterling silver"], [], 40),
    ("prsten so zafirom do 300 eur", ANY_RING, [], ["sapphire"], 300),
    ("privesok s opalom", ["pendant"], [], ["opal"], None),
    ("naramok bez kamenov", ["bracelet"], [], ["none"], None),
    ("zasnubny prsten do tisic eur", ["engagement ring"], [], [], 1000),
    ("retiazka s priveskom", ["pendant"], [], [], None),
])  # fmt: skip
def test_slovak_requests_typed_without_accents(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


def test_a_slovak_request_for_the_same_but_cheaper():
    reading = understand("nieco podobne lacnejsie do 300 eur", currency="EUR")
    assert "cheaper" in reading.refinements
    assert reading.constraints.price_max == 300
