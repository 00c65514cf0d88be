"""The German and Indonesian listing packs (retrieval/lexicon/locales/de-DE.toml, id-ID.toml): German
compounds read by their parts, gilded silver, 333 gold; Indonesian purity by percent ("kadar 70%":
17 karat), young gold, plating over brass, agate; and the traps: a cut, a diamond-cut finish, a
plating named "lapis", a design's name after "Model"."""

import pytest

from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_both_packs_load_by_default():
    assert {"de-DE", "id-ID", "ms-MY"} <= set(DEFAULT_LOCALES)


@pytest.mark.parametrize(
    ("title", "kind", "metal", "karat", "stone"),
    [
        ("Goldkette 585 Gelbgold", "chain", "yellow gold", 14, None),
        ("Weißgoldring mit Brillant", "ring", "white gold", None, "diamond"),  # metal + kind; Brillant is a diamond
        ("Rotgoldanhänger", "pendant", "rose gold", None, None),
        ("Brillantring", "ring", None, None, "diamond"),
        ("Perlenohrstecker Schwabing", "earrings", None, None, "pearl"),
        ("Perlenkette mit Süßwasserperlen", "necklace", None, None, "pearl"),  # a strand of pearls, not a chain
        ("Figarokette Würmsee", "chain", None, None, None),  # a modifier + a kind
        ("Fußkettchen 333er Gelbgold", "anklet", "yellow gold", 8, None),
        ("Ohrhänger 925 Silber rosévergoldet", "earrings", "gold plated silver", None, None),
        ("Klappcreolen aus Edelstahl 316L", "earrings", "stainless steel", None, None),
        ("Ring im Brillantschliff", "ring", None, None, None),  # a cut, no stone
        ("Armreif diamantiert", "bangle", None, None, None),  # a diamond-cut finish
    ],
)
def test_german_listings(lexicon, title, kind, metal, karat, stone):
    assert lexicon.category_of(title).value == kind
    assert (lexicon.metal_of(title).metal if lexicon.metal_of(title) else None) == metal
    assert (lexicon.karat_of(title).value if lexicon.karat_of(title) else None) == karat
    assert (lexicon.stone_of(title).stone if lexicon.stone_of(title) else None) == stone


@pytest.mark.parametrize(
    ("title", "kind", "metal", "karat", "stone"),
    [
        ("Anting Tusuk Emas kadar 70% Tiara", "earrings", "gold", 17, None),
        ("Kalung Rantai Diamond Cut Emas Putih kadar 70%", "chain", "white gold", 17, None),  # a chain's cut, no diamond
        ("Gelang Kroncong sepuhan emas", "bangle", "gold plated brass", None, None),
        ("Kalung kuningan lapis emas CZ", "necklace", "gold plated brass", None, "cubic zirconia"),  # "lapis" plates here
        ("Anting Jurai Perak Sepuh Emas", "earrings", "gold plated silver", None, None),
        ("Gelang Emas Muda", "bracelet", "gold", 10, None),
        ("Cincin Akik Merah Pria", "ring", None, None, "agate"),
        ("Bandul Emas 17K - Model Safira", "pendant", "gold", 17, None),  # a design's name, not a sapphire
        ("Liontin Berlian", "pendant", None, None, "diamond"),
        ("Bros Hijab Perak 925", "brooch", "sterling silver", None, None),
    ],
)
def test_indonesian_listings(lexicon, title, kind, metal, karat, stone):
    assert lexicon.category_of(title).value == kind
    assert (lexicon.metal_of(title).metal if lexicon.metal_of(title) else None) == metal
    assert (lexicon.karat_of(title).value if lexicon.karat_of(title) else None) == karat
    assert (lexicon.stone_of(title).stone if lexicon.stone_of(title) else None) == stone


def test_golden_south_sea_pearls_and_red_agate_carry_their_colour(lexicon):
    assert lexicon.stone_of("Mutiara Laut Selatan Gold").color == "gold"
    assert lexicon.stone_of("Mutiara Laut Selatan Emas").color == "gold"
    assert lexicon.stone_of("Batu Akik Merah").color == "red"
    assert lexicon.stone_of("18K Gold Diamond Ring").color != "gold"  # a bare "gold" is the setting's


def test_a_german_colour_after_its_stone(lexicon):
    assert (lexicon.stone_of("Zirkonia weiß").stone, lexicon.stone_of("Zirkonia weiß").color) == ("cubic zirconia", "white")
    assert lexicon.stone_of("Collier mit blauem Saphir").color == "blue"


def test_compounds_of_unknown_parts_stay_unread(lexicon):
    assert lexicon.category_of("Goldschmiede Lindner") is None
    assert lexicon.stone_of("Schliersee") is None
