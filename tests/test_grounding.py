"""The grounding verifier and the streaming gate, on hand-written replies."""

import pytest

from assistant.grounding import GroundedStream, GroundingFailure, GroundingVerifier
from retrieval.catalog import Item
from retrieval.constraints import Constraints

AURORA = Item(id="A", title="Aurora 14k Rose Gold Halo Ring", category="ring", metal="rose gold", karat=14,
              gemstone="diamond", carat=0.5, price=795, currency="USD", ring_sizes=[6, 6.5, 7])  # fmt: skip
CELESTE = Item(id="C", title="Celeste Sterling Silver Pearl Pendant", category="pendant", metal="sterling silver",
               gemstone="pearl", price=129, currency="USD", description="An 18 inch chain.")  # fmt: skip


@pytest.fixture
def verifier():
    return GroundingVerifier([AURORA, CELESTE], "something under $800 for my wife", Constraints(price_max=800),
                             catalog_titles={AURORA.title, CELESTE.title, "Heritage Platinum Band"})  # fmt: skip


@pytest.mark.parametrize("reply", [
    "I'd suggest the Aurora 14k Rose Gold Halo Ring at $795: a 0.5 ct diamond in rose gold.",
    "For a softer look, the Celeste Sterling Silver Pearl Pendant is $129 on an 18 inch chain.",
    "Both stay under your $800 budget.",
    "1. Aurora 14k Rose Gold Halo Ring — $795\n2. Celeste Sterling Silver Pearl Pendant — $129",
    "The Aurora ring comes in size 6.5.",
])  # fmt: skip
def test_grounded_replies_pass(verifier, reply):
    assert verifier.check(reply) == []


@pytest.mark.parametrize("reply,kind", [
    ("The Aurora 14k Rose Gold Halo Ring is only $1.", "price"),
    ("The Aurora 14k Rose Gold Halo Ring costs $129.", "price"),  # another item's price
    ("It has a 2 ct diamond.", "number"),
    ("You might also love our Heritage Platinum Band.", "product"),  # real, but not retrieved
    ("Try the Starlight Emerald Cocktail Ring.", "product"),  # invented
    ("The Aurora also has emeralds.", "attribute"),
    ("It is 50% off today, 30 dollars cheaper.", "price"),
])  # fmt: skip
def test_invented_claims_are_caught(verifier, reply, kind):
    assert kind in {violation.kind for violation in verifier.check(reply)}


def stream(verifier, tokens):
    gate, shown = GroundedStream(verifier), []
    for token in tokens:
        shown.append(gate.feed(token))
    shown.append(gate.finish())
    return shown


def test_stream_shows_plain_words_at_once_and_holds_claims_until_checked(verifier):
    tokens = ["I", "'d", " suggest", " the", " Aurora", " 14k", " Rose", " Gold", " Halo", " Ring", " at", " $", "795", ".", " Enjoy", "!"]
    shown = stream(verifier, tokens)
    assert "".join(shown) == "".join(tokens)
    assert "".join(shown[:4]) == "I'd suggest "  # released before the name arrives
    before_check = "".join(shown[: tokens.index(".") + 1])
    assert "Aurora" not in before_check  # the claim appears only once its sentence is complete and checked
    assert "Aurora" in shown[tokens.index(" Enjoy")]


def test_stream_never_shows_a_failed_sentence(verifier):
    tokens = ["Our", " best", " pick", " is", " the", " Aurora", " at", " $", "1", ".", " It", " is", " lovely", "."]
    gate, shown = GroundedStream(verifier), ""
    with pytest.raises(GroundingFailure) as failure:
        for token in tokens:
            shown += gate.feed(token)
    assert "$1" not in shown and "Aurora" not in shown
    assert failure.value.violations[0].kind == "price"
