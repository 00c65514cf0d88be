"""Bulgarian listings and requests (retrieval/lexicon/locales/bg-BG*.toml): the article written after the
word ("пръстенът", "обеците"), Bulgarian typed in Latin letters by transliteration (lexicon/scripts.toml's
[bulgarian], retrieval/script_spellings.py), the euro as Bulgarians write it and the lev at its fixed rate
(currencies.toml's BGN), and the traps (a diamond-cut finish, a silver wedding, a goldsmith, a gold-coloured
box, a chain sold apart). Fixtures written here, from no shop's file."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.script_spellings import spelled_in, transliterated

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_bulgarian_pack_is_loaded_by_default():
    assert "bg-BG" in DEFAULT_LOCALES


def test_bulgarian_in_latin_letters_official_and_everyday():
    assert spelled_in("пръстен от бяло злато", "bulgarian") == "prasten ot byalo zlato"
    assert spelled_in("пръстен", "bulgarian", 1) == "prusten"  # "ъ" typed "u"
    assert spelled_in("щастие", "bulgarian") == "shtastie"
    assert spelled_in("обеци с циркони", "bulgarian") == "obetsi s tsirkoni"
    assert spelled_in("син", "bulgarian") is None  # too short to keep: Spanish "sin"
    assert spelled_in("рыба", "bulgarian") is None  # a letter Bulgarian has none for (Russian "ы")
    assert transliterated("bulgarian") and not transliterated("serbian")


def test_serbian_is_spelt_as_before():
    assert spelled_in("prsten od srebra", "serbian") == "прстен од сребра"
    assert spelled_in("прстен", "serbian") is None


@pytest.mark.parametrize("title, kind", [
    ("Пръстен с аметист", "ring"), ("Пръстенът е от сребро", "ring"), ("Мъжки пръстен печат", "ring"),
    ("Годежен пръстен солитер", "engagement ring"), ("Брачни халки", "wedding band"), ("Обеците са от злато", "earrings"),
    ("Обеци на винт", "earrings"), ("Медальон сърце", "pendant"), ("Кръстче", "pendant"), ("Колието", "necklace"),
    ("Огърлица от перли", "necklace"), ("Синджир панцер 50 см", "chain"), ("Верижката", "chain"), ("Гривна", "bracelet"),
    ("Гривна за глезен", "anklet"), ("Брошка цвете", "brooch"), ("prasten s ametist", "ring"), ("obetsi na vint", "earrings"),
])  # fmt: skip
def test_bulgarian_kinds_with_their_articles_and_in_latin(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Пръстен, жълто злато 14К", "yellow gold"), ("Обеци от бяло злато", "white gold"), ("халка от розово злато", "rose gold"),
    ("Сребърна гривна", "sterling silver"), ("синджир, сребро 925", "sterling silver"), ("Медальон, позлатено сребро", "gold plated silver"),
    ("гривна от неръждаема стомана", "stainless steel"), ("obetsi ot byalo zlato", "white gold"), ("srebarna grivna", "sterling silver"),
])  # fmt: skip
def test_bulgarian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


def test_a_bulgarian_karat_written_with_a_cyrillic_k(lexicon):
    assert lexicon.metal_of("Пръстен, бяло злато 18К").karat == 18


@pytest.mark.parametrize("text, stone, color", [
    ("Обеци с циркони", "cubic zirconia", None), ("Пръстен с гранат", "garnet", None), ("Медальон със син топаз", "topaz", "blue"),
    ("Пръстен с брилянт", "diamond", None), ("Колие със сладководни перли", "pearl", None), ("Пръстен със сапфир", "sapphire", None),
    ("Гривна с перлите", "pearl", None), ("s tsirkoni", "cubic zirconia", None),
])  # fmt: skip
def test_bulgarian_stones(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


def test_a_diamond_cut_finish_names_no_diamond(lexicon):
    reading = lexicon.stone_of("Брънки с диамантена обработка, сребро 925.")
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Опаковано в златиста кутия.", "Подарък за сребърна сватба.", "Изработено от златар в ателието.",
                                  "Подарък за златна сватба."])
def test_a_gold_coloured_box_a_wedding_anniversary_and_a_goldsmith_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_chain_sold_apart_names_no_chain(lexicon):
    assert lexicon.category_of("Синджирът се купува отделно.") is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("златен пръстен с гранат", ANY_RING, SOLID_GOLD, ["garnet"], None),
    ("брачни халки от жълто злато", ["wedding band"], ["yellow gold"], [], None),
    ("синджир бяло злато", ["chain"], ["white gold"], [], None),
    ("сребърни обеци до 80 евро", ["earrings"], ["sterling silver"], [], 80),
    ("пръстен със сапфир под 900 €", ANY_RING, [], ["sapphire"], 900),
    ("колие с перли до две хиляди евро", ["necklace"], [], ["pearl"], 2000),
    ("prusten ot zhalto zlato", ANY_RING, ["yellow gold"], [], None),
    ("zlatni obetsi do 250 evro", ["earrings"], SOLID_GOLD, [], 250),
    ("гривна за глезен", ["anklet"], [], [], None),
])  # fmt: skip
def test_bulgarian_requests_in_cyrillic_and_latin(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


@pytest.mark.parametrize("text, euros", [("гривна до 400 лева", 204.52), ("обеци до 100 лв", 51.13), ("пръстен до 800 лв.", 409.03)])
def test_leva_are_read_in_euros_at_the_fixed_rate_with_a_note(text, euros):
    reading = understand(text, currency="EUR")
    assert reading.constraints.price_max == euros
    assert reading.notes  # the conversion is said


def test_the_euro_is_bulgarias_and_the_lev_is_tied_to_it(lexicon):
    assert "BG" in lexicon.currencies["EUR"].regions
    assert lexicon.currencies["BGN"].fixed_rate("EUR") == pytest.approx(1 / 1.95583)


def test_a_bulgarian_gift_for_a_wife():
    assert "wife" in understand("подарък за съпругата", currency="EUR").preferences.recipients
