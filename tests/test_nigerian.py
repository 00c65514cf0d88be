"""Nigerian English listings and Pidgin requests (retrieval/lexicon/locales/en-NG.toml,
en-NG.requests.toml; the naira in currencies.toml): Saudi gold is 21 karat and Italian gold 18, gold
stainless steel is gold-tone steel, coral beads a stone, waist beads and jewellery sets kinds of their
own, a wristwatch no bracelet, and the traps of a Lagos jeweller's titles ("- Saudi Design" on plated
chains, "Coral Pink" glass beads, a watch's quartz movement)."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

LEXICON = load_lexicon()
SOLID_GOLDS = ["yellow gold", "white gold", "rose gold"]


def test_the_nigerian_pack_is_loaded_by_default():
    assert "en-NG" in DEFAULT_LOCALES


# --- the naira ------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell, amount", [("₦45,000", 45000.0), ("N45,000", 45000.0), ("NGN 31,500", 31500.0), ("18,500 naira", 18500.0)])
def test_naira_prices_as_shops_write_them(cell, amount):
    price = parse_price(cell, LEXICON.currencies, "NGN")
    assert (price.amount, price.currency) == (amount, "NGN")


def test_a_letter_symbol_is_no_part_of_a_word():
    """The naira's "N" ends "nghìn" (Vietnamese thousand): that is no naira."""
    assert parse_price("850 nghìn", LEXICON.currencies, "VND").amount == 850000.0


def test_listings_pricing_in_naira_are_hinted_ngn():
    texts = ["Gold chain. Price: ₦1,250,000 only", "Starting from N13,500", "Now NGN 23,500", "Plated hoops, N9,000 naira", "Anklet"]
    assert "NGN" in currency_in_text(texts, "USD", LEXICON.currencies)


# --- listings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, metal, karat", [
    ("Saudi Gold Bangle, 21k", "yellow gold", 21), ("Italian Gold Hoops", "yellow gold", None), ("Saudi Gold Ring 18K", "yellow gold", 18),
    ("Gold Stainless Steel Cuff", "gold plated steel", None), ("Steel with gold PVD coating, e no dey fade", "gold plated steel", None),
    ("18k gold plated on brass", "gold plated brass", None), ("14k gold filled rope chain", "gold filled", None),
])  # fmt: skip
def test_nigerian_golds_and_platings(text, metal, karat):
    reading = LEXICON.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


@pytest.mark.parametrize("title", ["Rope Chain - Saudi Design", "Curb Chain (Italian Style)", "Box Chain, Dubai Look"])
def test_a_look_named_for_a_gold_is_no_gold(title):
    reading = LEXICON.metal_of(title)
    assert reading is None or reading.metal not in SOLID_GOLDS


@pytest.mark.parametrize("title, kind", [
    ("Amaka Ileke Idi", "waist beads"), ("Glass Waist Beads", "waist beads"), ("Bridal Coral Set", "jewellery set"),
    ("Complete Set with Red Coral", "jewellery set"), ("Owambe Party Set", "jewellery set"), ("Gold Tone Wristwatch", "watch"),
    ("Men's Wrist Watch", "watch"), ("Kundan Necklace Set", "necklace"),
])  # fmt: skip
def test_nigerian_kinds(title, kind):
    assert LEXICON.category_of(title).value == kind


@pytest.mark.parametrize("text, stone, color", [
    ("Red coral beads (iyun)", "coral", "red"), ("Orange Coral Earrings", "coral", "orange"), ("AAA zircon stud", "cubic zirconia", ""),
    ("Glass beads, tie-on", "glass beads", ""),
])  # fmt: skip
def test_nigerian_stones(text, stone, color):
    reading = LEXICON.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


@pytest.mark.parametrize("text", ["Waist Beads - Coral Pink", "Quartz movement, steel case"])
def test_a_colour_or_a_movement_named_for_a_stone_is_no_stone(text):
    reading = LEXICON.stone_of(text)
    assert reading is None or reading.stone not in ("coral", "quartz")


# --- requests ------------------------------------------------------------------------------------


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=10000 + n, currency="NGN", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def lagos_shop():
    items = [_item(1, "chain", "yellow gold"), _item(2, "chain", "gold plated brass"), _item(3, "chain", "gold plated steel"),
             _item(4, "bangle", "stainless steel"), _item(5, "earrings", "gold filled", "pearl"), _item(6, "necklace", "gold plated brass", "cubic zirconia"),
             _item(7, "jewellery set", "yellow gold", "coral"), _item(8, "waist beads", "gold plated brass", "glass beads"),
             _item(9, "ring", "yellow gold", "agate"), _item(10, "watch", "stainless steel")]  # fmt: skip
    return shop_vocabulary(items, LEXICON)


def ngn(said: str, shop):
    return understand(said, "NGN", vocabulary=shop).constraints


@pytest.mark.parametrize("said, most", [
    ("gold chain wey no pass 50k", 50000), ("make e no pass 30k", 30000), ("my budget na 200k", 200000), ("ring 1.2m budget", 1200000),
    ("anklet below N25,000", 25000),
])  # fmt: skip
def test_nigerian_budgets(lagos_shop, said, most):
    assert ngn(said, lagos_shop).price_max == most


def test_saudi_and_italian_gold_are_yellow_gold_of_the_karat_said(lagos_shop):
    """Their karat is the shop's (Lagos's Saudi gold is 21k, Manila's 18k): the name asks for none."""
    assert (ngn("saudi gold chain", lagos_shop).metals, ngn("saudi gold chain", lagos_shop).karats) == (["yellow gold"], [])
    assert ngn("italian gold earrings", lagos_shop).metals == ["yellow gold"]
    assert ngn("21k saudi gold chain", lagos_shop).karats == [21]


def test_a_set_is_asked_for_as_a_set(lagos_shop):
    assert ngn("any set for my wedding", lagos_shop).categories == ["jewellery set"]
    constraints = ngn("coral beads set for my traditional", lagos_shop)
    assert (constraints.categories, constraints.gemstones) == (["jewellery set"], ["coral"])


def test_gold_filled_asks_for_gold_filled_not_solid_gold(lagos_shop):
    assert ngn("14k gold filled earrings", lagos_shop).metals == ["gold filled"]


def test_steel_takes_in_gold_tone_steel(lagos_shop):
    assert {"stainless steel", "gold plated steel"} <= set(ngn("stainless steel bangle wey no dey fade", lagos_shop).metals)


def test_pidgin_refusal(lagos_shop):
    assert "gold plated brass" in ngn("I no want plated chain", lagos_shop).exclude_metals


@pytest.mark.parametrize("said", ["abeg wetin dey", "how much be this one", "oga you get am?"])
def test_pidgin_around_the_words_asks_for_nothing(lagos_shop, said):
    constraints = ngn(said, lagos_shop)
    assert not (constraints.categories or constraints.metals or constraints.gemstones)


def test_a_watch_is_asked_for_only_where_one_is_sold(lagos_shop):
    assert ngn("gold wristwatch for my oko", lagos_shop).categories == ["watch"]
    no_watches = shop_vocabulary([_item(1, "ring", "yellow gold"), _item(2, "bracelet", "yellow gold")], LEXICON)
    assert ngn("show me watches", no_watches).categories == []


def test_a_set_of_pieces_is_no_jewellery_set(lagos_shop):
    assert "jewellery set" not in ngn("stacking rings, a set of 3", lagos_shop).categories


def test_a_karat_written_beats_one_a_golds_name_implies():
    """bn-IN's "gini gold" is 22 karat by its name; a listing that writes another purity means that one."""
    assert LEXICON.metal_of("Gini Gold Bangle").karat == 22
    assert LEXICON.metal_of("Gini Gold Bangle 18K").karat == 18


def test_a_set_asked_of_a_shop_listing_no_sets_is_a_necklace():
    """An Indian shop files its necklace sets as necklaces: a set asked for there is a necklace."""
    indian = shop_vocabulary([_item(1, "necklace", "yellow gold", "kundan"), _item(2, "earrings", "yellow gold", "kundan")], LEXICON)
    assert understand("necklace and earrings set in kundan", "INR", vocabulary=indian).constraints.categories == ["necklace"]
    assert understand("bridal set", "INR", vocabulary=indian).constraints.categories == ["necklace"]
