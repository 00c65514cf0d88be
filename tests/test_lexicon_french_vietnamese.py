"""The French and Vietnamese listing packs (retrieval/lexicon/locales/fr-FR.toml, vi-VN.toml): French
gold by colour and purity ("or jaune 18 carats", "or 750/1000"), gilding and steel; Vietnamese gold
("vàng trắng 14K", "vàng ta", "vàng 24K (9999)"), silver and plating, both spellings (with and
without marks); and the traps: a cut, a diamond-cut chain, a colour named after a stone, a street."""

import pytest

from retrieval.folding import unmarked

from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, title):
    """(kind, metal, the metal's karat, stone): a plating's karat is no karat of the piece."""
    metal, stone, kind = lexicon.metal_of(title), lexicon.stone_of(title), lexicon.category_of(title)
    return (kind.value if kind else None, metal.metal if metal else None, metal.karat if metal else None, stone.stone if stone else None)


def test_both_packs_load_by_default():
    assert {"fr-FR", "vi-VN"} <= set(DEFAULT_LOCALES)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bague or jaune 18 carats et saphir bleu", ("ring", "yellow gold", 18, "sapphire")),
        ("Alliance demi-tour en or blanc 750/1000", ("wedding band", "white gold", 18, None)),  # "jonc"/"demi-tour" no bangle
        ("Alliance jonc or rose 375/1000", ("wedding band", "rose gold", 9, None)),
        ("Boucles d'oreilles puces perle d'eau douce", ("earrings", None, None, "pearl")),
        ("Chaîne de cheville argent 925", ("anklet", "sterling silver", None, None)),
        ("Bracelet jonc argent massif", ("bangle", "sterling silver", None, None)),
        ("Boutons de manchette acier inoxydable", ("cufflinks", "stainless steel", None, None)),
        ("Dormeuses argent 925 plaqué or", ("earrings", "gold plated silver", None, None)),
        ("Sautoir plaqué or", ("necklace", "gold plated", None, None)),
        ("Médaille de baptême or 9 carats", ("pendant", "gold", 9, None)),
        ("Bague brillants 0,30 ct or 18 carats", ("ring", "gold", 18, "diamond")),
        ("Pendentif oxyde de zirconium", ("pendant", None, None, "cubic zirconia")),
    ],
)
def test_french_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Solitaire diamant taille émeraude", (None, None, None, "diamond")),  # an emerald cut, no emerald
        ("Chaîne maille diamantée or 750/1000", ("chain", "gold", 18, None)),  # diamond-cut links, no diamond
        ("Bracelet maille perlée argent", ("bracelet", "sterling silver", None, None)),  # bead links, no pearl
        ("Puces d'oreilles Bleu Saphir oxyde de zirconium", ("earrings", None, None, "cubic zirconia")),
        ("Pendentif Rose des Vents", ("pendant", None, None, None)),  # a compass rose, not rose gold
        ("Collier acier doré", ("necklace", "stainless steel", None, None)),  # gold-coloured steel, no gold
        ("Bague pierre de lune", ("ring", None, None, "moonstone")),
        ("Pendentif lune argent", ("pendant", "sterling silver", None, None)),  # a motif, no stone
    ],
)
def test_french_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_french_or_is_never_gold_alone(lexicon):
    assert lexicon.metal_of("Available in size 7 or in silver") is not None
    assert lexicon.metal_of("Available in size 7 or in silver").metal != "gold"
    assert lexicon.metal_of("ring or pendant") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Nhẫn cưới vàng trắng 14K (585)", ("wedding band", "white gold", 14, None)),
        ("Nhẫn cầu hôn vàng hồng 14K đính kim cương tự nhiên 4,5 ly", ("engagement ring", "rose gold", 14, "diamond")),
        ("Nhẫn trơn vàng 24K (9999)", ("ring", "yellow gold", 24, None)),
        ("Nhẫn vàng ta", ("ring", "yellow gold", 24, None)),
        ("Bông tai nụ vàng tây 750", ("earrings", "gold", 18, None)),
        ("Mặt dây chuyền vàng trắng 14K gắn cẩm thạch", ("pendant", "white gold", 14, "jade")),
        ("Kiềng vàng 24K", ("neck ring", "yellow gold", 24, None)),
        ("Lắc chân nữ mạ vàng 18K", ("anklet", "gold plated", None, None)),  # a plating, no karat of the piece
        ("Vòng cổ ngọc trai bạc Ý 925", ("necklace", "sterling silver", None, "pearl")),
        ("Dây chuyền bạc ta nguyên chất", ("chain", "silver", None, None)),
        ("Vòng tay trơn bạc S925", ("bangle", "sterling silver", None, None)),
        ("Nhẫn nam vàng 10K đá CZ đỏ", ("ring", "gold", 10, "cubic zirconia")),
    ],
)
def test_vietnamese_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_vietnamese_reads_without_its_marks(lexicon):
    for title in ("Nhẫn cưới vàng trắng 14K (585)", "Khuyên tai nụ bạc S925", "Lắc tay mạ vàng 18K"):
        assert read(lexicon, unmarked(title)) == read(lexicon, title)
    assert unmarked("Dây chuyền đính đá") == "Day chuyen dinh da"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dây chuyền cắt kim cương vàng tây 18K", ("chain", "gold", 18, None)),  # a diamond-cut chain
        ("Nhẫn vàng hồng 14K kim cương Moissanite", ("ring", "rose gold", 14, "moissanite")),
        ("Nhẫn bạc đá vàng", ("ring", "sterling silver", None, None)),  # a yellow stone on silver, no gold
        ("Nhẫn Kim Tiền vàng 24K", ("ring", "yellow gold", 24, None)),  # a coin motif, no diamond
        ("Lắc tay bạc 925, xưởng Hàng Bạc", ("bracelet", "sterling silver", None, None)),  # the street
    ],
)
def test_vietnamese_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_red_cz_is_red_not_ruby(lexicon):
    stone = lexicon.stone_of("đá CZ màu ruby")
    assert (stone.stone, stone.color) == ("cubic zirconia", "red")


def test_a_name_kept_marked_is_not_read_in_english(lexicon):
    assert lexicon.stone_of("which sapphires do you have").color == ""  # "đỏ" (red) unmarked is "do"
    assert lexicon.stone_of("đá CZ đỏ").color == "red"
