"""Kenyan Swahili listings and requests (retrieval/lexicon/locales/sw-KE.toml, sw-KE.requests.toml; the
shilling in currencies.toml): pete, hereni, kishaufu, cheni, mkufu, bangili and cheni ya mguu; dhahabu
and fedha (silver, and also money); almasi, lulu and tsavorite (a stone of its own); budgets said
before an amount ("chini ya 35k", "isizidi", "niko na 10k tu"), a scale said before its number
("laki mbili", "elfu thelathini na tano") and refusals ("bila almasi"); and the traps of a Nairobi
listing ("Lulu" a collection's name, "rangi ya dhahabu" a colour, money talk no metal)."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, currency_mismatch, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

LEXICON = load_lexicon()
SOLID_GOLDS = ["yellow gold", "white gold", "rose gold"]


def test_the_swahili_pack_is_loaded_by_default():
    assert "sw-KE" in DEFAULT_LOCALES


# --- the shilling ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cell, amount", [
    ("KES 8,400", 8400.0), ("KSh 8,400", 8400.0), ("Ksh. 8,400", 8400.0), ("8,400/=", 8400.0), ("Sh. 8,400", 8400.0),
    ("Kshs 8,400/-", 8400.0), ("KES 1,250,000", 1250000.0),
])  # fmt: skip
def test_shilling_prices_as_kenyan_shops_write_them(cell, amount):
    price = parse_price(cell, LEXICON.currencies, "KES")
    assert (price.amount, price.currency) == (amount, "KES")


def test_listings_pricing_in_shillings_are_hinted_kes():
    texts = ["Pete ya dhahabu. Bei: KSh 41,000", "Offer 12,900/=", "Now Kshs 7,250/-", "KES 96,000 only", "Hereni"]
    assert "KES" in currency_in_text(texts, "USD", LEXICON.currencies)


def test_a_kenyan_catalogs_median_is_hinted_kes_first():
    """Read as Swahili listings, a catalog whose median is tens of thousands names Kenya's money first."""
    warning = currency_mismatch([4000.0, 38000.0, 52000.0, 71000.0, 120000.0], "USD", LEXICON.currencies, region="KE")
    assert warning.startswith("the prices look like KES")


def test_listings_in_swahili_are_read_as_swahili():
    texts = [("Pete ya Dhahabu 18K", "Dhahabu halisi, bila mawe."), ("Hereni za Fedha 925", "Zawadi kwa mpendwa wako."),
             ("Kishaufu cha Almasi", "Cheni inauzwa kando."), ("Mkufu wa Lulu", "Lulu halisi."), ("Gold Chain", "Handmade.")]
    reading = catalog_locale(texts, 0.3)
    assert reading is not None and reading.locale == "sw-KE"


# --- listings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, kind", [
    ("Pete ya Uchumba 'Neema'", "engagement ring"), ("Pete za Ndoa (jozi)", "wedding band"), ("Hereni za Kuning'inia", "earrings"),
    ("Vipuli vya Dhahabu", "earrings"), ("Kishaufu cha Moyo", "pendant"), ("Cheni ya Shingo", "chain"), ("Mikufu ya Shanga", "necklace"),
    ("Kidani cha Harusi", "necklace"), ("Bangili ya Mkono", "bangle"), ("Cheni ya Mguu", "anklet"), ("Kikuku cha Fedha", "anklet"),
])  # fmt: skip
def test_swahili_kinds(title, kind):
    assert LEXICON.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Pete ya Dhahabu 18K", "gold"), ("Hereni za Dhahabu Nyeupe", "white gold"), ("Fedha 925 Bangili", "sterling silver"),
    ("Kishaufu cha chuma cha pua", "stainless steel"), ("Hereni zilizopakwa dhahabu, kupakwa dhahabu", "gold plated"),
])  # fmt: skip
def test_swahili_metals(text, metal):
    assert LEXICON.metal_of(text).metal in ({metal} | (set(SOLID_GOLDS) if metal == "gold" else set()))


@pytest.mark.parametrize("text", ["Lipa kwa M-Pesa, fedha taslimu pia", "Mkufu wa rangi ya dhahabu", "Tunanunua dhahabu ya zamani"])
def test_money_and_a_colour_are_no_metal(text):
    reading = LEXICON.metal_of(text)
    assert reading is None or reading.metal not in ("sterling silver", "gold", *SOLID_GOLDS)


@pytest.mark.parametrize("text, stone", [
    ("Pete ya Almasi", "diamond"), ("Mkufu wa Lulu", "pearl"), ("Tsavorite Ring", "tsavorite"), ("Green tsavorite garnet studs", "tsavorite"),
    ("Shanga za Kimaasai", "glass beads"), ("Pete ya Dhahabu bila mawe", "none"), ("Rhodolite garnet ring", "garnet"),
])  # fmt: skip
def test_swahili_and_east_african_stones(text, stone):
    assert LEXICON.stone_of(text).stone == stone


def test_a_collection_named_lulu_is_no_pearl():
    reading = LEXICON.stone_of("Lulu Collection - 14K Gold Hoops")
    assert reading is None or reading.stone != "pearl"


# --- requests ------------------------------------------------------------------------------------


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=5000 + 1000 * n, currency="KES", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def nairobi_shop():
    items = [_item(1, "ring", "yellow gold", "tsavorite"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "yellow gold"),
             _item(4, "earrings", "sterling silver", "pearl"), _item(5, "pendant", "yellow gold", "tanzanite"), _item(6, "chain", "yellow gold"),
             _item(7, "necklace", "gold plated brass", "cubic zirconia"), _item(8, "bangle", "yellow gold"), _item(9, "anklet", "sterling silver"),
             _item(10, "wedding band", "stainless steel"), _item(11, "bracelet", "white gold", "garnet")]  # fmt: skip
    return shop_vocabulary(items, LEXICON)


def kes(said: str, shop):
    return understand(said, "KES", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("nina tafuta pete za uchumba", ["engagement ring"]), ("pete ya ndoa iko?", ["wedding band"]), ("hereni ziko?", ["earrings"]),
    ("kishaufu kidogo", ["pendant"]), ("cheni ya mguu", ["anklet"]), ("mikufu mizuri", ["necklace"]), ("bangili", ["bangle"]),
])  # fmt: skip
def test_kinds_asked_in_swahili(nairobi_shop, said, kinds):
    assert kes(said, nairobi_shop).categories == kinds


@pytest.mark.parametrize("said, most", [
    ("hereni chini ya 35k", 35000), ("pete isizidi 12k", 12000), ("budget ya 8k", 8000), ("niko na 10k tu, pete iko?", 10000),
    ("pete ya almasi chini ya laki mbili", 200000), ("chini ya elfu thelathini na tano", 35000), ("mkufu chini ya laki moja na nusu", 150000),
    ("cheni budget laki moja", 100000), ("hereni chini ya elfu kumi", 10000),
    ("pete chini ya shilingi elfu hamsini", 50000), ("bangili chini ya shilingi 8,000", 8000),  # the currency said first
])  # fmt: skip
def test_kenyan_budgets(nairobi_shop, said, most):
    assert kes(said, nairobi_shop).price_max == most


def test_a_price_said_over(nairobi_shop):
    assert kes("pete zaidi ya 50k", nairobi_shop).price_min == 50000


def test_a_scale_said_first_needs_its_number():
    """"elfu" with no number after it stays a word: no amount is made up."""
    assert kes("elfu", shop_vocabulary([_item(1, "ring", "yellow gold")], LEXICON)).price_max is None


def test_gold_and_silver_asked_in_swahili(nairobi_shop):
    assert set(kes("cheni ya dhahabu", nairobi_shop).metals) == set(SOLID_GOLDS)
    assert kes("mkufu wa dhahabu nyeupe", nairobi_shop).metals == ["white gold"]
    assert kes("kishaufu ya fedha", nairobi_shop).metals == ["sterling silver"]
    assert kes("pete ya ndoa ya steel", nairobi_shop).metals == ["stainless steel"]


def test_a_karat_said_after_gold(nairobi_shop):
    assert kes("pete ya ndoa ya dhahabu ya 18, size 8", nairobi_shop).karats == [18]


def test_tsavorite_is_asked_for_as_itself(nairobi_shop):
    assert kes("kuna kitu ya tsavorite?", nairobi_shop).gemstones == ["tsavorite"]


def test_swahili_refusals(nairobi_shop):
    assert kes("pete ya dhahabu bila mawe", nairobi_shop).gemstones == ["none"]
    assert "diamond" in kes("pete ya uchumba bila almasi", nairobi_shop).exclude_gemstones


def test_a_piece_to_wear_with_is_no_kind_asked_for(nairobi_shop):
    assert kes("cheni ya kuvaa na kishaufu", nairobi_shop).categories == ["chain"]


@pytest.mark.parametrize("said", ["niaje boss, mnauza nini?", "bei gani?", "asante sana, poa"])
def test_swahili_around_the_words_asks_for_nothing(nairobi_shop, said):
    constraints = kes(said, nairobi_shop)
    assert not (constraints.categories or constraints.metals or constraints.gemstones)
