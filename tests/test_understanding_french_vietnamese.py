"""The French and Vietnamese request packs (locales/fr-FR.requests.toml, vi-VN.requests.toml) read by
understanding, and the reading habits found with them: Vietnamese read the same with and without its
tone marks ("nhan vang trang" = "nhẫn vàng trắng", "đ" as "d"), "triệu" / "tr" / "củ" / "k" amounts,
the adjective after the noun ("bague or blanc"), and the traps: "or" is French gold only inside a
French phrase or as a request's last word (never the English conjunction), "pierre de lune" is one
stone, "vàng" is gold but "thạch anh vàng" a citrine, "mà" (but) is not "mạ" (plated). The wording of
these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
PLATED = ["gold plated", "gold plated silver"]


def read(text: str, currency: str = "EUR"):
    return understand(text, currency).constraints


def test_both_packs_are_loaded_by_default():
    assert {"fr-FR", "vi-VN"} <= set(DEFAULT_LOCALES)


@pytest.mark.parametrize("said, kinds", [
    ("une bague", RINGS), ("bague de fiançailles", ["engagement ring"]), ("deux alliances", ["wedding band"]),
    ("des puces d'oreilles", ["earrings"]), ("créoles", ["earrings"]), ("boucles d’oreilles", ["earrings"]),
    ("un sautoir", ["necklace"]), ("une chaîne", ["chain"]), ("chaîne de cheville", ["anklet"]),
    ("médaille", ["pendant"]), ("gourmette", ["bracelet"]), ("un jonc", ["bangle"]), ("boutons de manchette", ["cufflinks"]),
    ("nhẫn", RINGS), ("nhẫn cưới", ["wedding band"]), ("nhẫn cầu hôn", ["engagement ring"]), ("bông tai", ["earrings"]),
    ("khuyên tai", ["earrings"]), ("dây chuyền", ["chain"]), ("mặt dây chuyền", ["pendant"]), ("lắc tay", ["bracelet"]),
    ("lắc chân", ["anklet"]), ("vòng cổ", ["necklace"]), ("kiềng", ["necklace"]),  # a neck ring, read as its parent kind as "choker" is
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said, "VND" if said[0] in "nbkdmlv" else "EUR").categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("bague or blanc", ["white gold"]), ("pendentif en or jaune", ["yellow gold"]), ("alliance or gris", ["white gold"]),
    ("collier en or", GOLDS), ("chevalière or", GOLDS), ("bracelet argent", ["sterling silver"]), ("jonc plaqué or", PLATED),
    ("alliance platine", ["platinum"]), ("bracelet acier inoxydable", ["stainless steel"]),
])  # fmt: skip
def test_french_metals_with_the_colour_after_the_noun(said, metals):
    assert read(said).metals == metals


def test_the_english_or_is_no_gold():
    assert read("a ring or a pendant in silver", "USD").metals == ["sterling silver"]
    assert read("silver or platinum", "USD").metals == ["sterling silver", "platinum"]


@pytest.mark.parametrize("marked, plain", [
    ("nhẫn vàng trắng", "nhan vang trang"), ("dây chuyền bạc", "day chuyen bac"), ("Đá thạch anh tím", "da thach anh tim"),
    ("bông tai kim cương dưới 20 triệu", "bong tai kim cuong duoi 20 trieu"),
])  # fmt: skip
def test_vietnamese_reads_the_same_with_and_without_its_marks(marked, plain):
    assert read(marked, "VND") == read(plain, "VND")


@pytest.mark.parametrize("said, metals", [
    ("nhẫn vàng", GOLDS), ("vàng trắng", ["white gold"]), ("vàng hồng", ["rose gold"]), ("bạc", ["sterling silver"]),
    ("mạ vàng", PLATED), ("bạch kim", ["platinum"]),
])  # fmt: skip
def test_vietnamese_metals(said, metals):
    assert read(said, "VND").metals == metals


def test_but_is_not_plated_when_its_mark_says_so():
    assert read("như này mà vàng 18k", "VND").metals == GOLDS
    assert read("lắc mạ vàng", "VND").metals == PLATED


@pytest.mark.parametrize("said, currency, stone", [
    ("bague pierre de lune", "EUR", "moonstone"), ("puces émeraude", "EUR", "emerald"), ("dormeuses aigue-marine", "EUR", "aquamarine"),
    ("collier de perles", "EUR", "pearl"), ("bông tai ngọc trai", "VND", "pearl"), ("mặt cẩm thạch", "VND", "jade"),
    ("nhẫn thạch anh tím", "VND", "amethyst"), ("nhẫn kim cương", "VND", "diamond"),
])  # fmt: skip
def test_stones(said, currency, stone):
    assert read(said, currency).gemstones == [stone]


def test_yellow_quartz_is_a_citrine_not_gold():
    constraints = read("nhẫn thạch anh vàng", "VND")
    assert constraints.gemstones == ["citrine"] and constraints.metals == []


@pytest.mark.parametrize("said, currency", [("bague sans pierre", "EUR"), ("nhẫn không đính đá", "VND"), ("nhan khong dinh da", "VND")])
def test_without_a_stone(said, currency):
    assert read(said, currency).gemstones == ["none"]


def test_with_a_stone_of_any_kind():
    assert read("lắc chân có đá", "VND").exclude_gemstones == ["none"]


@pytest.mark.parametrize("said, currency, low, high", [
    ("bague moins de 500 €", "EUR", None, 500), ("collier pas plus de 1 200 euros", "EUR", None, 1200),
    ("alliance autour de 1000 €", "EUR", 800, 1200), ("nhẫn dưới 5 triệu", "VND", None, 5_000_000),
    ("nhẫn dưới 15tr", "VND", None, 15_000_000), ("nhẫn tầm 10 triệu", "VND", 8_000_000, 12_000_000),
    ("nhẫn khoảng 2 củ", "VND", 1_600_000, 2_400_000), ("bông tai dưới 500k", "VND", None, 500_000),
])  # fmt: skip
def test_amounts(said, currency, low, high):
    constraints = read(said, currency)
    assert (constraints.price_min, constraints.price_max) == (low, high)


@pytest.mark.parametrize("said, currency, refinement", [
    ("moins cher ?", "EUR", "cheaper"), ("la même mais plus fine", "EUR", "smaller"), ("dans ce style", "EUR", "similar"),
    ("có loại rẻ hơn không", "VND", "cheaper"), ("giống cái này", "VND", "similar"),
])  # fmt: skip
def test_refinements(said, currency, refinement):
    assert refinement in understand(said, currency).refinements
