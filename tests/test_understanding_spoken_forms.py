"""How a recognizer writes what a shopper says, read as the typed request would be: a decimal said
with "point" ("one point two lakh", "size six point five") and letters said one by one ("c z").
The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.numbers import spell_out_numbers


@pytest.mark.parametrize("said, written", [
    ("below two point four lakh", "below 2.4 lakh"), ("a three point seven five carat stone", "a 3.75 carat stone"),
    ("size eight point five", "size 8.5"), ("the point is", "the point is"), ("just one point", "just one point"),
])  # fmt: skip
def test_a_decimal_said_with_point(said, written):
    assert spell_out_numbers(said) == written


def test_a_price_said_with_point_is_the_same_cap_as_typed():
    spoken = understand("a chain below two point four lakh", "INR").constraints
    typed = understand("a chain below 2.4 lakh", "INR").constraints
    assert spoken.price_max == pytest.approx(typed.price_max) == pytest.approx(240_000)
    assert spoken.price_min is None


def test_letters_said_one_by_one_name_the_stone():
    assert understand("stud earrings with c z", "INR").constraints.gemstones == ["cubic zirconia"]
