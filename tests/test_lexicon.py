"""The jewellery vocabulary as data (retrieval/lexicon.py, retrieval/reading.py): what each reader makes of a shop's
words, the locale packs and a shop's own file, and the core lists vocabulary.py takes from it."""

import pytest

from retrieval.lexicon import DEFAULT_LOCALES, LexiconError, base_lexicon, load_lexicon, locale_packs
from retrieval.vocabulary import CATEGORIES, GEMSTONE_COLORS, GEMSTONES, GOLD_KARATS, GOLD_METALS, METALS, RING_CATEGORIES


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    "text, category",
    [
        ("Rings", "ring"),
        ("Diamond Solitaire Engagement Ring", "engagement ring"),
        ("Ruby and Diamond Ring", "ring"),  # "and" splits the phrase: the stones are not kinds
        ("The Aurora Ring – Ruby and 14k Gold", "ring"),
        ("Pendant with Chain", "pendant"),  # what the piece is comes before "with"
        ("Gold Chain Necklace", "necklace"),
        ("Jhumka Earrings in 22KT Gold", "jhumka"),  # the more specific of a kind and its parent
        ("Heritage Kada Bangle", "kada"),
        ("Nose Ring", "nose pin"),  # one phrase, not a ring
        ("Stud Earrings", "earrings"),
        ("Cuff Links", "cufflinks"),
        ("Payal", "anklet"),
        ("Rani Haar", "necklace"),
        ("Oxidised Bichiya", "toe ring"),
    ],
)
def test_the_kind_of_piece(lexicon, text, category):
    assert lexicon.category_of(text).value == category


def test_weak_names_lose_to_names_and_say_less(lexicon):
    assert lexicon.category_of("Gold Band Ring").value == "ring"
    assert lexicon.category_of("Delicate Chain").confidence < lexicon.category_of("Delicate Bracelet").confidence
    assert lexicon.category_of("A silver something") is None


@pytest.mark.parametrize(
    "text, metal, color, karat",
    [
        ("14k Rose Gold", "rose gold", "rose", 14),
        ("925 Silver", "sterling silver", "silver", None),
        ("18K White", "white gold", "white", 18),  # a colour beside a karat
        ("22KT", "yellow gold", "yellow", 22),  # a karat alone is gold; 22 is only ever yellow
        ("916 hallmarked gold", "yellow gold", "yellow", 22),
        ("18ct gold", "gold", "", 18),  # the colour is not said
        ("9ct White Gold Ring", "white gold", "white", 9),
        ("Platinum 950", "platinum", "white", None),
        ("Rose Gold Plated Sterling Silver", "gold plated silver", "rose", None),
        ("18ct gold vermeil", "gold plated silver", "yellow", None),  # a plating's karat is no karat
        ("Sterling silver with 14k gold accents", "sterling silver", "silver", None),
        ("White gold is rhodium-plated for a bright finish", "white gold", "white", None),
    ],
)
def test_the_metal_its_colour_and_karat(lexicon, text, metal, color, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.color, reading.karat) == (metal, color, karat)


@pytest.mark.parametrize(
    "text, stone, color",
    [
        ("London Blue Topaz Drops", "topaz", "london blue"),
        ("Emerald-Cut Diamond Ring", "diamond", ""),  # a cut, not an emerald
        ("CZ Studs", "cubic zirconia", ""),
        ("American Diamond Necklace", "cubic zirconia", ""),
        ("Neelam Ring", "sapphire", "blue"),  # the name says the colour
        ("Tahitian Pearl Studs", "pearl", "black"),
        ("Polki Diamond Choker", "polki", ""),
        ("with no stones and clean lines", "none", ""),
        ("Red Stone Kada", "stone", "red"),  # a stone no word names
        ("Mother of Pearl Pendant", "mother of pearl", ""),
    ],
)
def test_the_stone_and_its_colour(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


def test_karats_and_carats_are_told_apart(lexicon):
    assert lexicon.karat_of("9ct gold").value == 9 and lexicon.carat_of("9ct gold") is None
    assert lexicon.karat_of("1 ct diamond") is None and lexicon.carat_of("1 ct diamond").value == 1.0
    assert lexicon.carat_of("1/2 ctw").value == 0.5
    assert lexicon.carat_of("1 1/2 carat solitaire").value == 1.5
    assert lexicon.carat_of("0.30 ct. t.w.").value == 0.3


def test_families_parents_colours_and_names(lexicon):
    assert lexicon.is_within("kada", "bangle") and lexicon.is_within("engagement ring", "ring")
    assert not lexicon.is_within("bangle", "kada") and not lexicon.is_within("toe ring", "ring")
    assert lexicon.family_of("kada") == lexicon.family_of("bracelet")
    assert lexicon.plain_color("colorless") == "white" and lexicon.plain_color("london blue") == "blue"
    assert lexicon.usual_color("sapphire")[0] == "blue" and lexicon.usual_color("sapphire")[1] < 1
    assert "jhumki" in set(lexicon.names("category")) and "vermeil" in set(lexicon.names("metal"))


def test_a_locale_pack_adds_its_words():
    assert load_lexicon(locales=()).category_of("Gold Jhumka") is None
    assert load_lexicon(locales=("en-IN",)).category_of("Gold Jhumka").value == "jhumka"
    with pytest.raises(LexiconError, match="no locale pack 'xx-XX'"):
        load_lexicon(locales=("xx-XX",))


def test_a_shop_adds_its_own_words(tmp_path):
    extra = tmp_path / "shop.toml"
    extra.write_text('[categories.earrings]\nnames = ["ear jacket set"]\n\n[categories."hair pin"]\nnames = ["hair pin", "juda pin"]\nfamily = "hair"\n')
    shop = load_lexicon(extra=extra)
    assert shop.category_of("Juda Pin in Silver").value == "hair pin"
    assert shop.category_of("Pearl Ear Jacket Set").value == "earrings"
    extra.write_text("[categories\n")
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon(extra=extra)


def test_vocabulary_takes_its_lists_from_the_base_file():
    """The demo catalog and query understanding depend on these lists and their order."""
    assert CATEGORIES == ("ring", "engagement ring", "wedding band", "necklace", "pendant", "earrings", "bracelet", "bangle",
                          "anklet", "brooch")  # fmt: skip
    assert RING_CATEGORIES == ("ring", "engagement ring", "wedding band")
    assert METALS == ("yellow gold", "white gold", "rose gold", "sterling silver", "platinum")
    assert GOLD_METALS == ("yellow gold", "white gold", "rose gold") and GOLD_KARATS == (8, 9, 10, 14, 17, 18, 19.2, 21, 22, 23, 24)  # 19.2: pt-PT's 800 gold
    assert GEMSTONES[-1] == "none" and len(GEMSTONES) == 13 and GEMSTONE_COLORS["garnet"] == "dark red"
    assert base_lexicon().core("category") == CATEGORIES


def test_recipients_are_lexicon_data_with_the_locale_packs_words():
    assert "wife" in base_lexicon().recipients["wife"]
    assert "barsa" not in base_lexicon().recipients["child"]  # a Marathi ceremony: the mr-IN pack's word
    assert {"barsa", "naming ceremony"} <= set(load_lexicon().recipients["child"])


def test_tanzanite_is_violet_and_a_fire_opal_orange():
    lexicon = load_lexicon()
    assert lexicon.usual_color("tanzanite")[0] == "violet" and lexicon.plain_color("violet") == "violet"
    assert lexicon.stone_of("Fire Opal Studs").color == "orange"
    assert lexicon.stone_of("Violet Sapphire Ring").color == "violet"


def test_the_default_locales_are_a_data_file_of_packs_that_exist():
    """default_locales.toml: each pack once, each one with a listings' pack, English first (the
    language a catalog naming no locale is read as)."""
    assert DEFAULT_LOCALES[0] == "en-US"
    assert len(set(DEFAULT_LOCALES)) == len(DEFAULT_LOCALES)
    assert set(DEFAULT_LOCALES) <= set(locale_packs())


@pytest.mark.parametrize("text, metal", [
    ("9ct gold, stamped 375. White freshwater pearl, about 7mm.", "gold"),  # the next sentence's colour is the pearl's
    ("Solid 14k. Rose quartz cabochon.", "gold"),
    ("Ring in 9ct gold, stamped 375 white", "white gold"),  # the same sentence: the gold's colour
    ("18k white gold band", "white gold"),
])  # fmt: skip
def test_a_colour_beside_a_karat_is_read_only_in_the_same_sentence(text, metal):
    reading = load_lexicon().metal_of(text)
    assert reading is not None and reading.metal == metal
