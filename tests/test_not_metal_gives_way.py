"""A phrase naming no metal ([not_metals]: "silver box", a box for jewellery) gives way where its last
words run on into a kind of piece ("silver box chain": a silver chain of box links), in listings
(retrieval/mentions.py) and in requests (assistant/understanding/terms.py): the longer jewellery
reading wins, as the longest phrase does elsewhere. The fixtures are this file's own."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

# A shop's own file: an English not-metal before a chain's link style, and a Japanese-style one
# written in ideographs ("金重", the gold's weight) before a kind of ring ("重ね付けリング", a stacking ring).
SHOP_FILE = """
[not_metals]
names = ["silver box", "gold gift box", "金重"]

[categories.chain]
names = ["box chain", "box chain necklace", "rope chain"]

[categories.ring]
names = ["重ね付けリング"]

[metals.gold]
names = ["金"]
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    extra = tmp_path_factory.mktemp("shop") / "shop.toml"
    extra.write_text(SHOP_FILE, encoding="utf-8")
    return load_lexicon(locales=(), extra=extra)


@pytest.mark.parametrize("title", ["Silver Box Chain", "silver box chain necklace", "Silver Box Chains 45cm"])
def test_a_not_metal_running_into_a_chain_style_is_the_metal(lexicon, title):
    assert lexicon.metal_of(title).metal == "silver"
    assert lexicon.category_of(title).value == "chain"


@pytest.mark.parametrize("text", ["Silver box", "Presented in a silver box.", "Arrives in our gold gift box", "Silver box necklace"])
def test_a_not_metal_alone_or_before_no_kind_of_its_words_is_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_not_metal_before_a_kind_of_piece_it_does_not_run_into_stays_none(lexicon):
    """"gold gift box" ends in "box", but "box ring" is no kind: only the ring is read."""
    assert lexicon.metal_of("Gold gift box ring") is None


def test_another_script_not_metal_gives_way_to_a_kind_of_ring(lexicon):
    assert lexicon.metal_of("金重ね付けリング").metal == "gold"
    assert lexicon.category_of("金重ね付けリング").value == "ring"
    assert lexicon.metal_of("金重 3.2g") is None


def test_the_irish_packs_anniversary_band_names_no_metal():
    """en-IE names a band for the silver or golden anniversary whole, so it stays no metal."""
    irish = load_lexicon()
    assert irish.metal_of("Silver Anniversary Band") is None
    assert irish.metal_of("Golden Wedding Anniversary Bands") is None
    assert irish.metal_of("Silver Box Chain").metal in ("silver", "sterling silver")


@pytest.fixture(scope="module")
def chain_shop(lexicon):
    items = [Item(id=f"i{n}", title=f"Piece {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone="none")
             for n, (category, metal) in enumerate([("chain", "silver"), ("chain", "gold"), ("earrings", "silver")], 1)]  # fmt: skip
    return shop_vocabulary(items, lexicon)


def test_a_request_for_a_silver_box_chain_asks_for_silver(chain_shop):
    asked = understand("a silver box chain please", "EUR", vocabulary=chain_shop).constraints
    assert asked.categories == ["chain"] and "silver" in asked.metals and "gold" not in asked.metals


def test_a_request_for_earrings_in_a_silver_box_asks_for_no_metal(chain_shop):
    asked = understand("earrings in a silver box", "EUR", vocabulary=chain_shop).constraints
    assert (asked.categories, asked.metals) == (["earrings"], [])
