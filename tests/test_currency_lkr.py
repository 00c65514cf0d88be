"""The Sri Lankan rupee: prices as Sri Lankan shops write them, and a shopper's rupees and lakhs in a
Sri Lankan shop are its own money (India's "rs" and "lakh" elsewhere)."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import load_lexicon
from retrieval.prices import Price, currency_in_text, currency_mismatch, currency_notes, parse_price


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("written, amount", [
    ("LKR 1,531,000.00", 1_531_000), ("LKR 89,500", 89_500), ("රු. 145,000", 145_000), ("ரூ. 14,500", 14_500), ("145000 LKR", 145_000),
])  # fmt: skip
def test_rupee_prices_as_sri_lankan_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "LKR")


def test_the_sri_lankan_rupee_is_sri_lankas(lexicon):
    assert "LK" in lexicon.currencies["LKR"].regions


def test_a_sri_lankan_catalog_priced_in_dollars_is_told_it_looks_like_rupees(lexicon):
    warning = currency_mismatch([180_000.0] * 5, "USD", lexicon.currencies, region="LK")
    assert warning is not None and "LKR" in warning.split(",")[0]


@pytest.mark.parametrize("said, price_max", [("rings under 2 lakhs", 200_000), ("a pendant below Rs. 50,000", 50_000), ("earrings under 75000 rupees", 75_000)])
def test_a_shoppers_rupees_in_a_sri_lankan_shop_are_its_own(said, price_max):
    constraints = understand(said, "LKR").constraints
    assert constraints.price_max == price_max


def test_prices_that_name_their_rupees_are_never_taken_for_the_dollar_setting(lexicon):
    """Under a USD setting a file whose price cells say "LKR 145,000.00" is told its prices are in LKR as
    it says, never that their median looks like some other currency's."""
    notes = currency_notes([], ["LKR"] * 6, "USD", lexicon.currencies, region="LK")
    assert len(notes) == 1 and "6 of 6 listings are priced in LKR as the file says" in notes[0] and "look like" not in notes[0]
    assert currency_notes([], ["LKR"] * 6, "LKR", lexicon.currencies, region="LK") == []


def test_rupees_in_a_sri_lankan_listings_text_are_sri_lankas(lexicon):
    texts = ["Set with a blue sapphire. From Rs. 54,500/-", "Just Rs.10,000/-", "Now only LKR 152,000", "Plain polished finish."]
    warning = currency_in_text(texts, "USD", lexicon.currencies, region="LK")
    assert warning is not None and warning.startswith("the prices look like LKR, not USD")
