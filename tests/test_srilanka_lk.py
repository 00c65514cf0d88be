"""Sri Lankan English listings (retrieval/lexicon/locales/en-LK.toml, en-LK.requests.toml) and Sri Lanka's
stones (jewelry.toml): the Sinhala kinds of piece (padakkama, walalu, karabu, mudda, maalaya); chrysoberyl
by its cat's eye and "vaidurya"; alexandrite green; padparadscha an orange sapphire and a star sapphire a
sapphire; a blue moonstone white (its sheen is blue, not its body); a colour said before "Ceylon
sapphire" is the sapphire's. Fixtures written from general knowledge, never from a shop's file."""

import pytest

from assistant.understanding import understand
from retrieval.config import ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.product import Product
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def stone_and_colour(lexicon, title: str, description: str = "") -> tuple[str, str]:
    facts = Extractor(lexicon, ExtractionConfig()).extract(Product(line=2, title=title, description=description)).facts
    return facts["gemstone"].value, facts["gemstone_color"].value


def test_sri_lankan_pack_is_loaded_by_default():
    assert "en-LK" in DEFAULT_LOCALES


@pytest.mark.parametrize("text, category", [("Lotus Padakkama - 22K Gold", "pendant"), ("Kandyan Walalu", "bangle"),
                                            ("Pearl Karabu", "earrings"), ("Sapphire Mudda - 18K Gold", "ring"),
                                            ("Pearl Maalaya - 22 Carat Gold", "necklace")])
def test_sinhala_kinds_of_piece(lexicon, text, category):
    assert lexicon.category_of(text).value == category


@pytest.mark.parametrize("title, description, stone, colour", [
    ("Cat's Eye Pendant", "", "chrysoberyl", "yellow"),
    ("Gold Ring", "Honey coloured chrysoberyl cat's eye (vaidurya).", "chrysoberyl", "yellow"),
    ("Vaidurya Ring", "", "chrysoberyl", "yellow"),
    ("Alexandrite Ring", "Green by day, red by lamplight.", "alexandrite", "green"),
    ("Padparadscha Pendant", "", "sapphire", "orange"),
    ("Star Sapphire Ring", "", "sapphire", "blue"),
    ("Blue Moonstone Drop Earrings", "", "moonstone", "white"),
    ("Silver Ring", "Golden yellow Ceylon sapphire.", "sapphire", "yellow"),
])  # fmt: skip
def test_sri_lankas_stones_and_their_colours(lexicon, title, description, stone, colour):
    assert stone_and_colour(lexicon, title, description) == (stone, colour)


def test_a_cat_eye_shape_is_no_stone(lexicon):
    reading = lexicon.stone_of("Cat Eye Sunglasses Charm")
    assert reading is None or reading.stone != "chrysoberyl"


@pytest.mark.parametrize("said, stones, colours", [
    ("padparadscha engagement ring", ["sapphire"], ["orange"]),
    ("neelam ring 22k", ["sapphire"], ["blue", "light blue", "london blue", "swiss blue"]),
    ("cat's eye pendant 22k", ["chrysoberyl"], []),
    ("similar with a cat's eye", ["chrysoberyl"], []),
    ("cats eye ring", ["chrysoberyl"], []),
    ("turquoise ring", ["turquoise"], []),  # a stone's name that is its usual colour asks no colour of it
])  # fmt: skip
def test_a_shoppers_stone_names_and_the_colours_they_say(said, stones, colours):
    constraints = understand(said, "LKR").constraints
    assert (constraints.gemstones, constraints.gemstone_colors or []) == (stones, colours)


def test_a_possessive_stays_as_written_where_no_phrase_folds_it():
    assert understand("my mother's ring", "LKR").constraints.categories == ["ring", "engagement ring", "wedding band"]
