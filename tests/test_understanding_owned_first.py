"""Two readings of the kind of piece asked for: Russian's ring adjectives said without "кольцо"
("белое золото помолвочное": an engagement ring; "обручальное": a wedding band), and the piece the
shopper has named FIRST, right after "к этому" / "for this", before the one sought ("к этому браслету
серьги": earrings to go with the bracelet), not asked for."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import load_lexicon


def kinds(text: str, currency: str = "KZT") -> list[str]:
    return understand(text, currency).constraints.categories


@pytest.mark.parametrize("text, kind", [
    ("помолвочное из белого золота", "engagement ring"), ("белое золото помолвочное до 500 тысяч", "engagement ring"),
    ("кольцо помолвочное", "engagement ring"), ("помолвочные", "engagement ring"),
    ("обручальное", "wedding band"), ("золото 585 обручальное", "wedding band"), ("такое обручальное из жёлтого золота", "wedding band"),
    ("кольцо обручальное", "wedding band"), ("кольца обручальные", "wedding band"), ("обручальное кольцо", "wedding band"),
])  # fmt: skip
def test_ring_adjective_alone_is_the_ring(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("title, kind", [("Кольцо обручальное гладкое", "wedding band"), ("Кольцо помолвочное с фианитом", "engagement ring")])
def test_listing_with_noun_first_is_the_ring(title, kind):
    assert load_lexicon().category_of(title).value == kind


def test_ring_adjective_keeps_the_budget_and_metal():
    constraints = understand("белое золото помолвочное под 2 млн", "KZT").constraints
    assert (constraints.categories, constraints.metals, constraints.price_max) == (["engagement ring"], ["white gold"], 2_000_000)


@pytest.mark.parametrize("text, kind", [
    ("к этому браслету серьги с топазом", "earrings"), ("под этот кулон цепочку", "chain"),
    ("for this bracelet earrings", "earrings"), ("earrings to go with this necklace", "earrings"),
    ("серьги к этому браслету", "earrings"),
])  # fmt: skip
def test_piece_owned_said_first_is_not_asked_for(text, kind):
    assert kinds(text, "USD") == [kind]


def test_owned_first_keeps_the_stone():
    assert understand("к этому браслету серьги с топазом", "KZT").constraints.gemstones == ["topaz"]


@pytest.mark.parametrize("text, wanted", [
    ("for my daughter earrings and a necklace", {"earrings", "necklace"}),  # a recipient, no piece owned
    ("к этому кольцу", {"ring"}),  # the one piece named is the one asked about
])  # fmt: skip
def test_owned_first_needs_a_second_piece_right_after_its_pointer(text, wanted):
    assert wanted <= set(kinds(text, "USD"))


# x77: a tenge shop's millions and Kazakh comparisons after an amount (currencies.toml [KZT], kk-KZ.requests.toml)
@pytest.mark.parametrize("text, low, high", [
    ("жүзік 2 миллионға дейін", None, 2_000_000), ("алқа 3 млн-ға дейін", None, 3_000_000), ("до 2 млн тг", None, 2_000_000),
    ("2 миллионнан қымбат", 2_000_000, None), ("30 мыңнан арзан", None, 30_000), ("80 мыңнан қымбат емес", None, 80_000),
])  # fmt: skip
def test_tenge_millions_and_kazakh_comparisons(text, low, high):
    constraints = understand(text, "KZT").constraints
    assert (constraints.price_min, constraints.price_max) == (low, high)
