"""The answer-truth benchmark's independent checker (benchmarks/claim_check.py)."""

from benchmarks.claim_check import false_claims
from retrieval.catalog import Item

PLAIN = Item(id="P", title="Round Diamond Solitaire Ring in Platinum", category="engagement ring", metal="platinum",
             gemstone="diamond", carat=1.0, price=5299, currency="USD")  # fmt: skip
ONE_CARAT = Item(id="C", title="1 ct Round Diamond Solitaire Ring in Platinum", category="engagement ring", metal="platinum",
                 gemstone="diamond", carat=1.0, price=6399, currency="USD")  # fmt: skip


def test_a_name_inside_a_longer_name_is_the_longer_pieces():
    answer = "The 1 ct Round Diamond Solitaire Ring in Platinum ($6,399) has a diamond."
    assert false_claims(answer, [PLAIN, ONE_CARAT]) == []


def test_a_wrong_price_is_still_caught_on_the_piece_named():
    answer = "The Round Diamond Solitaire Ring in Platinum is $6,399."
    assert [claim for _, claim, _ in false_claims(answer, [PLAIN, ONE_CARAT])] == ["$6,399"]
