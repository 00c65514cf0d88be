"""Claims bound to items: every fact a sentence states is checked against the one piece it is about."""

import pytest

from assistant.claims import ClaimChecker
from retrieval.catalog import Item
from retrieval.constraints import Constraints

ANKLET = Item(id="A", title="Charm Anklet", category="anklet", metal="yellow gold", price=150, currency="USD", style="bohemian")
BAND = Item(id="B", title="Heritage Platinum Band", category="wedding band", metal="platinum", price=900, currency="USD", style="classic")
STUDS = Item(id="S", title="Lumen Pearl Studs", category="earrings", metal="sterling silver", gemstone="pearl",
             gemstone_color="white", carat=None, price=90, currency="USD", style="minimalist")  # fmt: skip
BANGLE = Item(id="G", title="Sol Citrine Bangle", category="bangle", metal="rose gold", karat=14, gemstone="citrine",
              gemstone_color="yellow", carat=1.5, price=420, currency="USD")  # fmt: skip


@pytest.fixture
def checker():
    return ClaimChecker([ANKLET, BAND, STUDS, BANGLE], "something under $500 for my sister", Constraints(price_max=500))


@pytest.mark.parametrize("sentence", [
    "[1] is a bohemian yellow gold anklet with no stone.",
    "[2] is a classic platinum band.",
    "[3] are minimalist sterling silver studs with white pearls.",
    "[4] sets a yellow citrine of 1.5 ct in 14k rose gold.",
    "For less, [3] keeps you under your $500 budget.",
    "[1] has no diamonds, while [3] has pearls.",
    "[2] is a band without any big diamond.",
    "[3] is cheaper than [1].",
    "[2] is the most expensive.",
])  # fmt: skip
def test_true_claims_pass(checker, sentence):
    assert checker.check(sentence, []) == []


@pytest.mark.parametrize("sentence,wrong", [
    ("[1] is a charm anklet with a line of amethyst.", "amethyst"),  # the anklet has no stone
    ("[2] is a band with a platinum diamond.", "diamond"),  # the stone is not the band's
    ("[4] is a bangle featuring a citrine in platinum.", "platinum"),
    ("[1] is a lovely ring.", "ring"),
    ("[3] are a sterling silver stud ring.", "ring"),  # "earrings" holds no ring
    ("[3] are vintage studs.", "vintage"),
    ("[4] has a 2 ct stone.", "2"),
    ("[3] is $900.", "$900"),  # another piece's price
    ("[3] is priced at $500.", "$500"),  # the budget, stated as a price
    ("[1] has pearls, and [3] is plain.", "pearls"),  # each word is about the piece named before it
    ("[1] is a yellow gold anklet with no stone, a classic piece.", "classic"),  # a negation ends at the comma
    ("[3] has no diamonds and a vintage look.", "vintage"),
])  # fmt: skip
def test_a_claim_is_checked_against_the_piece_its_sentence_names(checker, sentence, wrong):
    assert any(wrong in v.text for v in checker.check(sentence, [])), checker.check(sentence, [])


@pytest.mark.parametrize("sentence", ["[2] is lighter than [1].", "[2] is cheaper than [3].", "[3] is bigger.", "[1] is the cheapest."])
def test_false_or_unknowable_comparisons_are_refused(checker, sentence):
    assert any(v.kind == "comparison" for v in checker.check(sentence, []))


def test_a_sentence_with_no_tag_is_about_the_piece_named_last(checker):
    assert checker.check("It has white pearls.", [2]) == []
    assert checker.check("It has white pearls.", [0])
    assert checker.check("Both are under your $500 budget.", [0, 2]) == []


def test_names_come_only_from_tags(checker):
    assert any(v.kind == "product" for v in checker.check("The Starlight Cocktail Ring is lovely.", []))
    assert any(v.kind == "product" for v in checker.check("[5] is lovely.", []))
