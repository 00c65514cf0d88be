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


def _found_by_scanning(titles: set[str], sentence: str) -> set[str]:
    """What the check found before the title index: every lower-cased title tried against the sentence."""
    return {title.lower() for title in titles if title.lower() in sentence.lower()}


@pytest.mark.parametrize("sentence", [
    "You might also love our Heritage Platinum Band.",
    "The heritage platinum band and the ARIA RING, or an Aria Ring Set?",
    "Nothing named here.",
    "aria ringaria ring",
    "",
])  # fmt: skip
def test_the_title_index_finds_exactly_the_titles_a_scan_finds(sentence):
    from assistant.catalog_titles import CatalogTitles

    titles = {"Heritage Platinum Band", "Aria Ring", "Aria Ring Set", "ring", "RING", "a", "Band.", "İzmir Cuff"}
    index = CatalogTitles(titles)
    assert index.found_in(sentence.lower()) == _found_by_scanning(titles, sentence)
    assert len(index) == len({title.lower() for title in titles})


def test_a_title_index_and_a_set_of_titles_give_the_same_violations():
    from assistant.catalog_titles import CatalogTitles

    titles = {AURORA.title, CELESTE.title, "Heritage Platinum Band", "Band"}
    reply = "You might also love our Heritage Platinum Band, or the Aurora 14k Rose Gold Halo Ring."
    as_set = GroundingVerifier([AURORA], "a ring", Constraints(), titles).check(reply)
    as_index = GroundingVerifier([AURORA], "a ring", Constraints(), CatalogTitles(titles)).check(reply)
    assert [str(v) for v in as_set] == [str(v) for v in as_index]
    assert {"product: band", "product: heritage platinum band"} <= {str(v) for v in as_index}
    assert "product: aurora 14k rose gold halo ring" not in {str(v) for v in as_index}  # given, so not "another" product
