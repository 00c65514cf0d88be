"""The Italian and Greek request packs (locales/it-IT.requests.toml, el-GR.requests.toml) read by
understanding over the listings' packs, and the reading habits found with them: an elided article read
apart ("dell'anello", "l'ametista") unless the listings name the word joined ("d'oro"), a price range
said with its first word ("tra 200 e 400"), the adjective after the noun ("anello oro bianco"), Greek
read in its own script with or without its accents, and the traps: a cut ("taglio brillante", "taglio
smeraldo") names no stone, a colour name ("blu reale") no stone, "dorato" no gold, a design's name
("Valentina") nothing, "mati" (the evil eye) no stone. One way to drop marks for listings and requests
(retrieval.folding.unmarked). The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.folding import unmarked
from retrieval.lexicon import DEFAULT_LOCALES

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]


def read(text: str):
    return understand(text, "EUR")


def test_both_packs_are_loaded_by_default():
    assert {"it-IT", "el-GR"} <= set(DEFAULT_LOCALES)


@pytest.mark.parametrize("said, kinds", [
    ("un anello", RINGS), ("una fede nuziale", ["wedding band"]), ("un solitario", ["engagement ring"]),
    ("anello da fidanzamento", ["engagement ring"]), ("orecchini a lobo", ["earrings"]), ("una catenina", ["chain"]),
    ("catena lunga", ["chain"]), ("un ciondolo", ["pendant"]), ("bracciale rigido", ["bangle"]), ("un bracciale", ["bracelet", "bangle"]),
    ("bracciale tennis", ["bracelet"]), ("una spilla", ["brooch"]),
    ("la cavigliera", ["anklet"]), ("δαχτυλίδι", RINGS), ("σκουλαρίκια", ["earrings"]), ("μια αλυσίδα", ["chain"]),
    ("ενα βραχιόλι", ["bracelet"]), ("ΣΚΟΥΛΑΡΙΚΙΑ", ["earrings"]), ("σκουλαρικια", ["earrings"]),
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said).constraints.categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("anello oro bianco", ["white gold"]), ("fede in oro giallo", ["yellow gold"]), ("orecchini oro rosa", ["rose gold"]),
    ("una collana d'oro", GOLDS), ("bracciale d'argento", ["sterling silver"]), ("argento 925", ["sterling silver"]),
    ("ασημένιο βραχιόλι", ["sterling silver"]), ("λευκόχρυσο δαχτυλίδι", ["white gold"]),
])  # fmt: skip
def test_metals_with_the_colour_after_the_noun(said, metals):
    assert read(said).constraints.metals == metals


@pytest.mark.parametrize("said, low, high", [
    ("anello sotto i 500 €", None, 500), ("massimo 1.200 euro", None, 1200), ("fino a 80 euro", None, 80),
    ("più di 300 euro", 300, None), ("tra 200 e 400 euro", 200, 400), ("da 150 a 250 €", 150, 250),
    ("σκουλαρίκια κάτω από 60 €", None, 60), ("μέχρι 100 ευρώ", None, 100),
])  # fmt: skip
def test_budgets(said, low, high):
    constraints = read(said).constraints
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_an_amount_said_about_is_a_band_around_it():
    constraints = read("sui 300 euro").constraints
    assert constraints.price_min < 300 < constraints.price_max


def test_e_and_a_join_two_amounts_only_after_their_first_word():
    constraints = read("orecchini 18 kt e 200 euro").constraints
    assert constraints.karats == [18] and constraints.price_min != 18


def test_dorato_is_gilding_not_gold():
    metals = read("un bracciale dorato").constraints.metals
    assert "gold plated" in metals and not set(metals) & set(GOLDS)


def test_di_is_italian_of_not_a_refusal():
    said = read("anello di perle").constraints
    assert said.gemstones == ["pearl"] and not said.exclude_gemstones


@pytest.mark.parametrize("said, stone", [
    ("anello con l'ametista", "amethyst"), ("orecchini con gli smeraldi", "emerald"), ("l'anello dell'ametista", "amethyst"),
    ("orecchini perle d'acqua dolce", "pearl"), ("anello con brillanti", "diamond"), ("δαχτυλίδι με ζαφείρι", "sapphire"),
])  # fmt: skip
def test_stones_and_elided_articles(said, stone):
    assert read(said).constraints.gemstones == [stone]


def test_no_stone():
    assert read("fede senza pietre").constraints.gemstones == ["none"]
    assert read("δαχτυλίδι χωρίς πέτρες").constraints.gemstones == ["none"]


@pytest.mark.parametrize("said", [
    "anello zirconi taglio brillante", "orecchini taglio smeraldo in argento", "anello blu reale in argento",
    "solitario Valentina in oro bianco", "mati ring sterling silver", "fede diamantata",
])  # fmt: skip
def test_traps_name_no_stone_they_do_not_hold(said):
    stones = read(said).constraints.gemstones
    assert "diamond" not in stones and "emerald" not in stones and "sapphire" not in stones


def test_a_cut_keeps_the_stone_that_is_named():
    assert read("anello zirconi taglio brillante").constraints.gemstones == ["cubic zirconia"]


@pytest.mark.parametrize("said, refinement", [
    ("più economico?", "cheaper"), ("ce l'avete uguale?", "similar"), ("qualcosa di simile", "similar"),
    ("lo stesso in oro rosa", "similar"), ("più sottile", "smaller"), ("più grande", "bigger"), ("πιο φθηνό", "cheaper"),
    ("το ίδιο σε χρυσό", "similar"),
])  # fmt: skip
def test_refinements(said, refinement):
    assert refinement in read(said).refinements


def test_everyday_words_are_not_corrected_into_jewellery_words():
    assert read("qualcosa di simile").remainder == ""  # not "simple"
    assert read("questi in oro giallo").remainder == ""  # not "question"


def test_greek_words_in_latin_letters_stay_words_of_the_text():
    said = read("komboloi bracelet for my husband")
    assert said.constraints.categories == ["bracelet"] and not said.constraints.gemstones
    assert "komboloi" in said.remainder


def test_a_greek_word_left_over_is_a_content_word():
    assert "μαιανδρος" in read("βραχιόλι μαίανδρος").remainder


def test_french_elisions_read_as_before():
    assert read("des boucles d'oreilles").constraints.categories == ["earrings"]
    assert read("une bague d'or").constraints.metals == GOLDS


def test_one_way_to_drop_marks():
    assert unmarked("Più sottile, rolò") == "Piu sottile, rolo"
    assert unmarked("σκουλαρίκια") == "σκουλαρικια"
    assert unmarked("złoty łańcuszek đá") == "zloty lancuszek da"
    assert unmarked("mà và mạ", {"mà": "nhung"}) == "nhung va ma"
