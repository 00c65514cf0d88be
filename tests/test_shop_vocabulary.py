"""The shop's own words: its taxonomy decides what a request matches (retrieval/shop_vocabulary.py),
understanding reads them (assistant/understanding.py), voice turns listen for them (assistant/hearing.py),
and a photo's kind of piece holds beside words (assistant/photo_kind.py)."""

import pytest

from assistant.heard_amounts import units_after_amounts
from assistant.hearing import shop_hearing
from assistant.photo_kind import PhotoKind, assumed_note, photo_kind, with_photo_kind
from assistant.understanding import understand
from retrieval.attributes import Guess, PhotoAttributes
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import default_vocabulary, shop_vocabulary


def item(n: int, category: str, metal: str = "yellow gold", gemstone: str = "none", currency: str = "INR", title: str = "") -> Item:
    return Item(id=f"i{n}", title=title or f"Piece {n}", price=1000 + n, currency=currency, category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def indian_shop():
    items = [item(1, "bangle"), item(2, "kada", title="Gold Kada"), item(3, "bracelet"), item(4, "pendant"),
             item(5, "necklace"), item(6, "choker"), item(7, "jhumka", "gold plated silver", "cubic zirconia", title="AD Jhumka"),
             item(8, "earrings", "silver", "kundan"), item(9, "ring", "sterling silver", "moissanite"), item(10, "toe ring", "silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


@pytest.mark.parametrize("said, kinds", [
    ("bracelets", ["bracelet"]), ("a bangle", ["bangle"]), ("kada", ["kada"]), ("necklace", ["necklace", "choker"]),
    ("pendants", ["pendant"]), ("earrings", ["earrings", "jhumka"]), ("jhumkas", ["jhumka"]), ("a ring", ["ring"]),
    ("chokers", ["choker"]),
])  # fmt: skip
def test_the_shops_taxonomy_decides_what_a_kind_of_piece_matches(indian_shop, said, kinds):
    assert understand(said, "INR", vocabulary=indian_shop).constraints.categories == kinds


def test_a_kind_the_shop_does_not_list_asks_for_the_broader_kind_it_does():
    demo = default_vocabulary()
    assert understand("a gold kada", vocabulary=demo).constraints.categories == ["bangle"]
    assert understand("a choker", vocabulary=demo).constraints.categories == ["necklace"]
    assert understand("a bracelet", vocabulary=demo).constraints.categories == ["bracelet"]  # never a bangle
    assert understand("a necklace", vocabulary=demo).constraints.categories == ["necklace"]  # never a pendant


@pytest.mark.parametrize("said, stones", [
    ("cubic zirconia studs", ["cubic zirconia"]), ("american diamond jhumka", ["cubic zirconia"]), ("CZ ring", ["cubic zirconia"]),
    ("kundan earrings", ["kundan"]), ("a moissanite ring", ["moissanite"]),
])  # fmt: skip
def test_the_catalogs_stones_are_stones_a_shopper_can_ask_for(indian_shop, said, stones):
    assert understand(said, "INR", vocabulary=indian_shop).constraints.gemstones == stones


def test_a_stone_value_the_lexicon_lacks_is_read_as_the_shop_wrote_it():
    shop = shop_vocabulary([item(1, "ring", gemstone="black_spinel_x"), item(2, "ring")], load_lexicon())
    assert understand("black spinel x ring", "INR", vocabulary=shop).constraints.gemstones == ["black_spinel_x"]


def test_silver_and_gold_said_alone_are_every_solid_one_the_shop_sells(indian_shop):
    said = understand("silver earrings", "INR", vocabulary=indian_shop).constraints
    assert set(said.metals) == {"sterling silver", "silver"}  # never the gold-plated silver
    assert "gold plated silver" not in understand("gold bangle", "INR", vocabulary=indian_shop).constraints.metals


@pytest.mark.parametrize("said, low, high", [
    ("kada under rs. 45,000/-", None, 45_000), ("pendant below ₹1,04,000", None, 104_000),
    ("earrings under 1.5 lakh", None, 150_000), ("a gold kada under one lakh fifty thousand rupees", None, 150_000),
    ("necklace between fifty thousand and two lakh", 50_000, 200_000), ("choker under 2 crore", None, 20_000_000),
    ("ring under 5 lac", None, 500_000), ("gold pendant, 15 to 25,000.", 15_000, 25_000), ("ring between 500 and 2,000", 500, 2000),
])  # fmt: skip
def test_indian_money_is_read_in_every_form(indian_shop, said, low, high):
    constraints = understand(said, "INR", vocabulary=indian_shop).constraints
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_a_stone_where_a_prices_unit_stands_is_no_stone(indian_shop):
    misheard = understand("gold kada under 50,000 rubies", "INR", vocabulary=indian_shop).constraints
    assert misheard.price_max == 50_000 and misheard.gemstones == []
    assert understand("a ring with three rubies", "INR", vocabulary=indian_shop).constraints.gemstones == ["ruby"]
    assert understand("ruby ring under 5000 rupees", "INR", vocabulary=indian_shop).constraints.gemstones == ["ruby"]


def test_voice_turns_listen_for_the_shops_words_and_money():
    items = [item(1, "kada", title="Gold Kada"), item(2, "jhumka", gemstone="cubic zirconia", title="American Diamond Jhumka")]
    hearing = shop_hearing(items, max_lm_items=100)
    for word in ("rupees", "lakh", "kada", "american diamond", "cubic zirconia"):
        assert word in hearing.prompt
    assert {"rupees", "kada"} <= set(hearing.vocabulary)
    assert units_after_amounts("a gold kada under 50,000 rubies", hearing.words) == "a gold kada under 50,000 rupees"
    assert units_after_amounts("a ring with three rubies", hearing.words) == "a ring with three rubies"
    demo = shop_hearing([item(1, "ring", currency="USD", title="Marlowe Ring")], max_lm_items=100)
    assert "rupees" not in demo.prompt and "rupees" in demo.words.every_currency  # never snapped to "rubies"


def photo_of(category: str, confidence: float) -> PhotoAttributes:
    return PhotoAttributes(Guess(category, confidence), Guess("rose", 0.9), Guess("none", 0.9), None)


def test_a_photos_kind_holds_unless_the_words_name_another():
    rings = [item(1, "ring"), item(2, "ring"), item(3, "earrings")]
    sure = photo_kind(photo_of("ring", 0.9), rings, sure_above=0.6)
    assert sure == PhotoKind("ring", True)
    words = understand("like this but in rose gold").constraints
    assert with_photo_kind(words, words, sure).categories == ["ring"]
    assert with_photo_kind(words, words, sure).metals == ["rose gold"]
    other = understand("earrings like this").constraints
    assert with_photo_kind(other, other, sure).categories == ["earrings"]


def test_an_unsure_photo_takes_the_nearest_pieces_kind_and_says_so():
    nearest = [item(1, "earrings"), item(2, "ring"), item(3, "ring")]
    assumed = photo_kind(photo_of("pendant", 0.3), nearest, sure_above=0.6)
    assert assumed == PhotoKind("ring", False)
    assert "ring" in assumed_note(assumed)
    assert photo_kind(None, [], sure_above=0.6) is None


def test_a_kind_the_shop_lists_is_its_own_even_when_the_lexicon_finds_the_word_weak():
    chains = shop_vocabulary([item(1, "chain"), item(2, "necklace"), item(3, "earrings", gemstone="cubic zirconia")], load_lexicon())
    assert understand("gold chain under 70000", "INR", vocabulary=chains).constraints.categories == ["chain"]
    assert understand("gold chain").constraints.categories == ["necklace"]  # a shop without chains: its necklaces
    assert understand("AD earrings", "INR", vocabulary=chains).constraints.gemstones == ["cubic zirconia"]
    assert understand("earrings, but not studs", "INR", vocabulary=chains).constraints.categories == ["earrings"]


@pytest.mark.parametrize("said, expected", [
    ("mangalsutra 1 lakh ke andar", dict(price_max=100_000)), ("rs. 3000 tak koi earrings", dict(price_max=3000)),
    ("bangles 50k se upar", dict(price_min=50_000)), ("kangan for wedding in gold", dict(categories=["bangle"])),
    ("pearl mala", dict(categories=["necklace", "choker"])), ("ruby bangles 22 carat", dict(karats=[22], carat_min=None)),
])  # fmt: skip
def test_indian_english_and_hinglish_words_come_from_the_locale_pack(indian_shop, said, expected):
    constraints = understand(said, "INR", vocabulary=indian_shop).constraints
    for slot, value in expected.items():
        assert getattr(constraints, slot) == value, slot


def test_a_stray_word_where_an_amount_takes_its_unit_is_the_shops_money_word_it_sounds_like():
    items = [item(1, "bangle", title="Gold Bangle"), item(2, "pendant", title="Gold Locket")]
    words = shop_hearing(items, max_lm_items=100).words
    assert units_after_amounts("bangles under 3 luck", words) == "bangles under 3 lakh"
    assert units_after_amounts("a chain under 2 lock", words) == "a chain under 2 lakh"
    assert units_after_amounts("under 50,000 like this", words) == "under 50,000 like this"  # an everyday word stays
    assert units_after_amounts("2 locket chains", words) == "2 locket chains"  # a jewelry word stays


def test_a_number_word_or_half_takes_the_shops_money_word_only_for_a_stray_word():
    items = [item(1, "bangle", title="Gold Bangle"), item(2, "pendant", title="Ruby Locket")]
    words = shop_hearing(items, max_lm_items=100).words
    assert units_after_amounts("a necklace for under half luck", words) == "a necklace for under half lakh"
    assert units_after_amounts("below two luck", words) == "below two lakh"
    assert units_after_amounts("a ring with two rubies", words) == "a ring with two rubies"  # stones, counted
    assert units_after_amounts("show me one look", words) == "show me one look"  # an everyday word stays
    assert units_after_amounts("below four and a half luck", words) == "below four and a half lakh"
    # the number before "and half" was lost: completing the unit would invent a price of half a lakh
    assert units_after_amounts("a necklace set pot, and half log", words) == "a necklace set pot, and half log"


def test_the_prompt_names_everyday_names_of_the_shops_metals_its_catalog_never_uses():
    hearing = shop_hearing([item(1, "bangle", title="Gold Bangle"), item(2, "pendant", title="Gold Locket")], max_lm_items=100)
    assert {"real gold", "pure silver"} <= set(hearing.words.everyday_names) and "real gold" in hearing.prompt
    assert "gold polish" not in hearing.words.everyday_names  # a name of a plating, no plain metal


def _meets(pieces: list[Item]):
    """A stand-in for the Assistant's any_match: whether a piece meets the constraints' kinds and stones."""
    return lambda constraints: any(constraints.allows(piece) for piece in pieces)


def test_a_photos_kind_holds_while_a_piece_of_it_matches():
    pieces = [item(1, "ring", gemstone="diamond"), item(2, "engagement ring", gemstone="diamond"), item(3, "wedding band"), item(4, "earrings")]
    vocabulary = shop_vocabulary(pieces, load_lexicon())
    words = understand("like this but in yellow gold").constraints
    kinds = with_photo_kind(words, words, PhotoKind("ring", True), vocabulary.category_values, _meets(pieces)).categories
    assert kinds == ["ring"]  # the yellow-gold rings are there: no wedding band nor engagement ring
    diamond = understand("this but with a diamond").constraints
    assert with_photo_kind(diamond, diamond, PhotoKind("ring", True), vocabulary.category_values, _meets(pieces)).categories == ["ring"]


def test_a_photos_kind_gives_way_to_what_its_word_asks_for_when_none_of_it_matches():
    pieces = [item(1, "ring"), item(2, "engagement ring", gemstone="diamond"), item(3, "wedding band", gemstone="diamond"), item(4, "earrings")]
    vocabulary = shop_vocabulary(pieces, load_lexicon())
    words = understand("this but with a diamond").constraints
    kinds = with_photo_kind(words, words, PhotoKind("ring", True), vocabulary.category_values, _meets(pieces)).categories
    assert kinds == ["ring", "engagement ring", "wedding band"]  # no diamond ring: the diamond engagement rings and bands
    assert with_photo_kind(words, words, PhotoKind("engagement ring", True), vocabulary.category_values, _meets(pieces)).categories == ["engagement ring"]
