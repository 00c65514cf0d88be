"""Ring sizes of India and Pakistan (12-20, the inside circumference in mm less 40, as Japan counts):
a listing's "سائز" option and a shopper's "سائز 16" read as US sizes, while a Persian shop's "سایز
52" (the same word as folded, counting the circumference) still reads as the circumference."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary
from retrieval.variants import ring_sizes


def test_a_listing_s_urdu_size_option_of_12_to_20_is_read_as_us_sizes():
    assert ring_sizes({"سائز": ["12", "16", "20"]}, load_lexicon().ring_size_options) == [6.0, 7.5, 9.25]


def test_a_persian_circumference_is_still_a_circumference():
    assert ring_sizes({"سایز": ["52", "56"]}, load_lexicon().ring_size_options) == [6.0, 7.5]


@pytest.fixture(scope="module")
def rings():
    items = [Item(id=f"r{n}", title=f"Ring {n}", price=50_000, currency="PKR", category="ring", metal="yellow gold") for n in range(3)]
    return shop_vocabulary(items, load_lexicon())


def test_a_shopper_s_urdu_size_request_is_the_same_us_size(rings):
    assert understand("سائز 16 کی سونے کی انگوٹھی", "PKR", vocabulary=rings).constraints.ring_size == 7.5
