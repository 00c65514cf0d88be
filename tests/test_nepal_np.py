"""Nepal: the Nepalese rupee (currencies.toml's NPR), the en-NP pack's Nepali words for kinds of piece,
gold, purities, stones and colours in listings and requests, and rudraksha (jewelry.toml). Fixtures are
invented listings and requests (issues 15 + 16, x59)."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, currency_in_text, currency_mismatch, parse_price

ANY_GOLD = ["yellow gold", "white gold", "rose gold"]
ANY_RING = ["ring", "engagement ring", "wedding band"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_nepali_english_pack_is_read_by_default():
    assert "en-NP" in DEFAULT_LOCALES


# --- the rupee ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("written, amount", [
    ("NPR 2,45,000", 245_000), ("NRs 7,800", 7_800), ("रु 62,500", 62_500), ("रु. 1,12,000", 112_000), ("98000 NPR", 98_000),
])  # fmt: skip
def test_rupee_prices_as_nepali_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "NPR")


def test_the_nepalese_rupee_is_nepals(lexicon):
    assert "NP" in lexicon.currencies["NPR"].regions


def test_a_nepali_catalog_priced_in_dollars_is_told_it_looks_like_rupees(lexicon):
    warning = currency_mismatch([210_000.0] * 5, "USD", lexicon.currencies, region="NP")
    assert warning is not None and "NPR" in warning.split(",")[0]


def test_rupees_in_a_nepali_listings_text_are_nepals(lexicon):
    texts = ["Bridal set. Rs. 2,15,000/-", "Now only NPR 48,000", "रु 9,900 matra", "Plain finish."]
    warning = currency_in_text(texts, "USD", lexicon.currencies, region="NP")
    assert warning is not None and warning.startswith("the prices look like NPR, not USD")


@pytest.mark.parametrize("said, price_max", [
    ("mala 2 lakh bhitra", 200_000), ("authi Rs 12,000 samma", 12_000), ("jhumka 40 hajar bhitra", 40_000), ("chain under 75000 rupees", 75_000),
])  # fmt: skip
def test_a_shoppers_rupees_and_nepali_price_words_in_a_nepali_shop(said, price_max):
    assert understand(said, "NPR").constraints.price_max == price_max


def test_a_weight_in_tola_is_never_a_price():
    assert understand("2 tola ko chura", "NPR").constraints.price_max is None


# --- listings --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("Sun ko Tilhari with Pote Strand", "pendant"),
    ("Bridal Naugedi in Gold", "necklace"),
    ("Wedding Kantha, Filigree Work", "necklace"),
    ("Plain Sun ko Authi", "ring"),
    ("Diamond Phuli, Screw Back", "nose pin"),
    ("Dhungri with Red Stone", "nose pin"),
    ("Tejabi Chura, Set of Two", "bangle"),
    ("Chepte Sun for Daily Wear", "earrings"),
])  # fmt: skip
def test_nepali_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text, karat", [("Tejabi Sun Chura", 22), ("Chhapawal Sun Bala", 24), ("Chhapawaal gold coin pendant", 24)])
def test_nepali_purity_words_are_gold_of_their_karat(lexicon, text, karat):
    reading = lexicon.metal_of(text)
    assert (reading.karat, reading.metal) == (karat, "yellow gold")


def test_a_purity_written_in_numbers_beats_the_word(lexicon):
    assert lexicon.metal_of("18K Tejabi style ring").karat == 18


def test_sun_ko_pani_is_a_gold_plating_not_gold(lexicon):
    assert "gold" != lexicon.metal_of("Sun ko Pani Chadeko Mala").metal


def test_the_english_sun_alone_is_no_gold(lexicon):
    assert lexicon.metal_of("Sterling Silver Sun and Moon Pendant").metal == "sterling silver"


@pytest.mark.parametrize("text, stone", [
    ("Firoja Locket in Chandi", "turquoise"),
    ("Hariyo Pote Mala", "glass beads"),
    ("Rudraksha Mala capped in gold", "rudraksha"),
    ("Five Mukhi Rudraksh Bracelet", "rudraksha"),
])  # fmt: skip
def test_nepali_stones_and_materials(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


# --- requests --------------------------------------------------------------------------------------


def test_sun_ko_asks_for_solid_gold_of_any_colour():
    constraints = understand("sun ko tilhari", "NPR").constraints
    assert (constraints.categories, sorted(constraints.metals)) == (["pendant"], sorted(ANY_GOLD))


def test_tejabi_and_chhapawal_ask_for_their_karat():
    assert understand("tejabi sun ko jhumka", "NPR").constraints.karats == [22]
    assert understand("chhapawal locket", "NPR").constraints.karats == [24]


def test_hariyo_pote_asks_for_green_glass_beads():
    constraints = understand("hariyo pote mala", "NPR").constraints
    assert constraints.categories == ["necklace"] and constraints.gemstones == ["glass beads"] and "green" in constraints.gemstone_colors


def test_rudraksha_mala_asks_for_rudraksha():
    constraints = understand("chandi ko rudraksha mala", "NPR").constraints
    assert (constraints.categories, constraints.gemstones, constraints.metals) == (["necklace"], ["rudraksha"], ["sterling silver"])


@pytest.mark.parametrize("said, kinds", [("neelam authi", ANY_RING), ("phuli with diamond", ["nose pin"]), ("chandi ko chura", ["bangle"])])
def test_nepali_kinds_asked_for(said, kinds):
    assert understand(said, "NPR").constraints.categories == kinds
