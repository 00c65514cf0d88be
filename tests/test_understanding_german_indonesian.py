"""The German and Indonesian request packs (locales/de-DE.requests.toml, id-ID.requests.toml) read by
understanding, and the reading habits found with them: "ß" read as "ss", German words joined into one
("Goldkette", "Perlenohrringe") read as their parts, adjective endings ("weißgoldener"), a stamp with
"er" ("750er"), "Tsd." / "juta" / "rb", a locale's words for "cheaper" or "like this", and a pack's
word for a piece without stones ("polos"). The wording of these tests is this file's own, not any
held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.compounds import split_compound
from assistant.understanding.phrases import phrase_table
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def read(text: str, currency: str = "EUR"):
    return understand(text, currency).constraints


def test_both_packs_are_loaded_by_default_even_before_their_listings_packs():
    assert {"de-DE", "id-ID"} <= set(DEFAULT_LOCALES)
    lexicon = load_lexicon()
    assert lexicon.value_of("category", "armreif") == "bangle"
    assert lexicon.value_of("stone", "akik") == "agate"


@pytest.mark.parametrize("said, kinds", [
    ("Ring", RINGS), ("Verlobungsring", ["engagement ring"]), ("Trauringe", ["wedding band"]), ("Eheringe", ["wedding band"]),
    ("Ohrstecker", ["earrings"]), ("Creolen", ["earrings"]), ("Ohrhänger", ["earrings"]), ("Collier", ["necklace"]),
    ("Perlenkette", ["necklace"]), ("Kette", ["chain"]), ("Anhänger", ["pendant"]), ("Armband", ["bracelet"]),
    ("Armreif", ["bangle"]), ("Fußkettchen", ["anklet"]), ("Brosche", ["brooch"]),
    ("cincin", RINGS), ("cincin tunangan", ["engagement ring"]), ("cincin kawin", ["wedding band"]), ("giwang", ["earrings"]),
    ("kalung", ["necklace"]), ("kalung rantai", ["chain"]), ("liontin", ["pendant"]), ("bandul", ["pendant"]),
    ("gelang", ["bracelet"]), ("gelang keroncong", ["bangle"]), ("gelang kaki", ["anklet"]), ("bros", ["brooch"]),
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said).categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("Gold", GOLDS), ("Gelbgold", ["yellow gold"]), ("Weißgold", ["white gold"]), ("weissgold", ["white gold"]),
    ("in Rotgold", ["rose gold"]), ("Roségold", ["rose gold"]), ("Silber", ["sterling silver"]),
    ("vergoldet", ["gold plated silver"]), ("Platin", ["platinum"]), ("Edelstahl", ["stainless steel"]),
    ("weißgoldener", ["white gold"]), ("goldene", GOLDS),
    ("emas", GOLDS), ("emas putih", ["white gold"]), ("emas kuning", ["yellow gold"]), ("perak", ["sterling silver"]),
])  # fmt: skip
def test_metals(said, metals):
    assert read(said).metals == metals


def test_plating_words_accept_either_plated_metal():
    assert {"gold plated silver", "gold plated"} <= set(read("anting lapis emas", "IDR").metals)
    assert "sterling silver" not in read("kalung sepuhan", "IDR").metals


@pytest.mark.parametrize("said, stone", [
    ("mit Brillanten", "diamond"), ("Brillant", "diamond"), ("Zirkonia", "cubic zirconia"), ("Perle", "pearl"),
    ("Süßwasserperlen", "pearl"), ("Saphir", "sapphire"), ("ohne Stein", "none"), ("schlichter Ring", "none"),
    ("berlian", "diamond"), ("intan", "diamond"), ("zirkon", "cubic zirconia"), ("akik", "agate"), ("kecubung", "amethyst"),
    ("mutiara", "pearl"), ("tanpa batu", "none"), ("cincin polos", "none"), ("kalung mutiara", "pearl"),
])  # fmt: skip
def test_stones(said, stone):
    assert read(said, "IDR").gemstones == [stone]


@pytest.mark.parametrize("said, kinds, metals, stones", [
    ("Goldkette", ["chain"], GOLDS, []), ("Silberkette", ["chain"], ["sterling silver"], []),
    ("Goldkettchen", ["chain"], GOLDS, []), ("Perlenohrringe", ["earrings"], [], ["pearl"]),
    ("Tennisarmband", ["bracelet"], [], []), ("Ankerkette", ["chain"], [], []),
    ("Kettenanhänger", ["pendant"], [], []),  # a pendant for a chain: the head names the piece
])  # fmt: skip
def test_joined_words_are_read_as_their_parts(said, kinds, metals, stones):
    constraints = read(said)
    assert (constraints.categories, constraints.metals, constraints.gemstones) == (kinds, metals, stones)


@pytest.mark.parametrize("word", ["brillantschliff", "diamantiert", "ringelblume", "goldfisch"])
def test_a_word_with_an_unknown_part_stays_unread(word):
    table = phrase_table()
    assert split_compound(word, table, table.vocabulary.lexicon.compound_modifiers) is None


def test_a_cut_or_a_finish_named_after_a_stone_is_no_stone():
    assert read("Ohrstecker Zirkonia im Brillantschliff").gemstones == ["cubic zirconia"]
    assert read("Kette diamantiert").gemstones == []


@pytest.mark.parametrize("said, karat", [
    ("750er Gelbgold", 18), ("585 Weißgold", 14), ("333er Goldkette", 8), ("Gold 585", 14), ("emas 17K", 17), ("emas kadar 70", 17),
    ("emas kadar 99", 24),
])  # fmt: skip
def test_gold_by_its_fineness(said, karat):
    assert read(said, "IDR").karats == [karat]


def test_a_silver_stamp_with_er_is_silver():
    assert read("925er Silber").metals == ["sterling silver"]


@pytest.mark.parametrize("said, currency, low, high", [
    ("Ring bis 1.299 €", "EUR", None, 1299), ("Kette bis 1.500 Euro", "EUR", None, 1500), ("Ring unter 2 Tsd.", "EUR", None, 2000),
    ("höchstens 500 Euro", "EUR", None, 500), ("ab 300 €", "EUR", 300, None),
    ("cincin di bawah 4,5 juta", "IDR", None, 4_500_000), ("cincin dibawah 3 juta", "IDR", None, 3_000_000),
    ("anting maksimal 450rb", "IDR", None, 450_000), ("kalung max 4.5jt", "IDR", None, 4_500_000),
])  # fmt: skip
def test_amounts(said, currency, low, high):
    constraints = read(said, currency)
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_about_an_amount_is_a_band_around_it():
    constraints = read("cincin sekitar 3 juta", "IDR")
    assert constraints.price_min < 3_000_000 < constraints.price_max


def test_a_piece_the_shopper_has_is_not_asked_for():
    assert read("eine Goldkette für meinen Anhänger").categories == ["chain"]


@pytest.mark.parametrize("said, currency, refinement", [
    ("gibt es das günstiger?", "EUR", "cheaper"), ("so etwas, aber in Weißgold", "EUR", "similar"),
    ("ada yang kayak gini tapi lebih murah", "IDR", "cheaper"), ("yang mirip tapi emas putih", "IDR", "similar"),
])  # fmt: skip
def test_a_locales_words_for_cheaper_and_like_this(said, currency, refinement):
    assert refinement in understand(said, currency).refinements


def test_photo_words_name_the_metal_or_another_kind():
    assert read("so etwas, aber in Weißgold").metals == ["white gold"]
    assert read("passende Ohrringe dazu").categories == ["earrings"]
    assert read("yang mirip tapi emas putih", "IDR").metals == ["white gold"]
