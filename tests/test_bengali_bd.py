"""Bengali as Bangladesh writes it (retrieval/lexicon/locales/bn-BD.toml, bn-BD.requests.toml): Bengali
script folded (its digits as digits, the nukta dropped), the endings Bengali glues to its nouns read in
one place ([inflections.bn]: "সোনার", "হীরার", "আংটিটা", "চুড়িগুলো"), the karat classes (২২ / ২১ / ১৮
ক্যারেট, 916 / 875 / 750) while a stone's weight in ক্যারেট stays a carat, city gold and imitation as
plated brass, gilded silver never solid gold, American diamond as zirconia, coral read as a whole word,
the taka (BDT) as shops write it, lakh / hajar budgets, and Meta's catalog feed (status archived)."""

from datetime import datetime, timezone

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, is_letters
from retrieval.formats import detect_format
from retrieval.google_feed import products, text_records
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, currency_mismatch, parse_price
from retrieval.rows import column_key
from retrieval.shop_vocabulary import shop_vocabulary

GOLD = {"yellow gold", "white gold", "rose gold"}
NOW = datetime(2026, 12, 6, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_bangladeshi_bengali_pack_is_loaded_by_default():
    assert "bn-BD" in DEFAULT_LOCALES


def test_bengali_digits_and_nukta_are_folded():
    assert folded("২২ ক্যারেট") == "22 ক্যারেট"
    assert folded("ছাড়া") == folded("ছাড়া")  # precomposed and decomposed "ড়" read alike
    assert is_letters(folded("সোনার")) and not is_letters("22k")


@pytest.mark.parametrize("title, kind", [
    ("সোনার আংটি", "ring"), ("লেডিস আংটিটা", "ring"), ("এনগেজমেন্ট রিং", "engagement ring"), ("বিয়ের আংটি", "wedding band"),
    ("কানের দুল", "earrings"), ("ঝুমকা", "jhumka"), ("নাকফুল", "nose pin"), ("নোজপিন", "nose pin"), ("লকেট", "pendant"),
    ("গলার চেইন", "chain"), ("সীতাহার", "necklace"), ("চুড়িগুলো", "bangle"), ("বালা", "bangle"), ("ব্রেসলেট", "bracelet"),
    ("নূপুর", "anklet"), ("পায়েল", "anklet"), ("টিকলি", "maang tikka"),
])  # fmt: skip
def test_bengali_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("রুপার লকেট। চেইন আলাদা কিনতে হবে।").value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("সোনার চুড়ি", "gold"), ("স্বর্ণের হার", "gold"), ("হোয়াইট গোল্ডের আংটি", "white gold"), ("রোজ গোল্ড", "rose gold"),
    ("রুপার নূপুর", "sterling silver"), ("৯২৫ সিলভার", "sterling silver"), ("সিটি গোল্ড ঝুমকা", "gold plated brass"),
    ("ইমিটেশন চুড়ি", "gold plated brass"), ("City Gold (Brass)", "gold plated brass"), ("গোল্ড প্লেটেড রুপার পায়েল", "gold plated silver"),
    ("রুপার উপর সোনার প্রলেপ", "gold plated silver"),
])  # fmt: skip
def test_bengali_metals_with_their_endings(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["স্বর্ণালী কালেকশন", "সোনালী রঙের মালা", "পুরাতন সোনা এক্সচেঞ্জ করা যায়।"])
def test_a_golden_colour_a_line_name_or_old_gold_names_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_karat_classes_as_bangladesh_writes_them(lexicon):
    assert lexicon.karat_of("২২ ক্যারেট সোনার বালা").value == 22
    assert lexicon.karat_of("২১ ক্যারেটের চুড়ি").value == 21
    assert lexicon.karat_of("ধাতু: সোনা (৭৫০ হলমার্ক)").value == 18


def test_a_stones_weight_in_carats_is_no_karat(lexicon):
    assert lexicon.karat_of("হীরার ওজন: ০.২ ক্যারেট") is None


@pytest.mark.parametrize("text, stone", [
    ("আমেরিকান ডায়মন্ডের দুল", "cubic zirconia"), ("এডি স্টোন", "cubic zirconia"), ("জারকন পাথর", "cubic zirconia"),
    ("আসল হীরার আংটি", "diamond"), ("মুক্তার মালা", "pearl"), ("নীলা পাথর", "sapphire"), ("চুনি", "ruby"), ("পান্নার লকেট", "emerald"),
    ("লাল পলা", "coral"), ("পাথর ছাড়া", "none"),
])  # fmt: skip
def test_bengali_stones_with_their_endings(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("title", ["শাপলা দুল", "পলাশ লকেট", "লকেট (মুক্তা ডিজাইন)"])
def test_design_names_that_look_like_stones_are_no_stones(lexicon, title):
    reading = lexicon.stone_of(title)
    assert reading is None or reading.stone == "none"


def test_bengali_listings_are_read_as_bangladeshi_bengali():
    dhaka = [("সোনার চুড়ি", ""), ("রুপার নূপুর", ""), ("কানের দুল", ""), ("Charm", "")]
    assert catalog_locale(dhaka, 0.25).locale == "bn-BD"


@pytest.mark.parametrize("written, amount", [
    ("৳ ১,২৩,৬০০", 123_600), ("১২৩৬০০ টাকা", 123_600), ("Tk 4,500", 4_500), ("BDT 98000", 98_000), ("৳1,23,600", 123_600),
])  # fmt: skip
def test_taka_prices_as_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "BDT")


def test_a_bangladeshi_catalog_priced_in_dollars_is_told_it_looks_like_taka(lexicon):
    warning = currency_mismatch([60_000.0] * 5, "USD", lexicon.currencies, region="BD")
    assert warning is not None and "BDT" in warning.split(",")[0]


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"d{n}", title=f"Piece {n}", price=4_000 * n, currency="BDT", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def dhaka_shop():
    items = [_item(1, "ring", "yellow gold", "ruby"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "pearl"), _item(5, "jhumka", "gold plated brass", "cubic zirconia"),
             _item(6, "nose pin", "yellow gold"), _item(7, "bangle", "yellow gold"), _item(8, "anklet", "gold plated silver"),
             _item(9, "chain", "sterling silver"), _item(10, "necklace", "yellow gold", "pearl"), _item(11, "pendant", "yellow gold", "coral")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "BDT", vocabulary=shop).constraints


def test_plain_gold_is_solid_gold_and_plating_is_not(dhaka_shop):
    assert set(_constraints("সোনার নাকফুল আছে?", dhaka_shop).metals) == GOLD
    assert _constraints("রোজ গোল্ডের বিয়ের আংটি", dhaka_shop).metals == ["rose gold"]
    assert _constraints("গোল্ড প্লেটেড রুপার পায়েল", dhaka_shop).metals == ["gold plated silver"]
    assert not GOLD & set(_constraints("সিটি গোল্ডের ঝুমকা", dhaka_shop).metals)


def test_karats_said_in_digits_and_in_words(dhaka_shop):
    assert _constraints("২১ ক্যারেটের চুড়ি", dhaka_shop).karats == [21]
    assert _constraints("বাইশ ক্যারেট সোনার বালা", dhaka_shop).karats == [22]
    assert _constraints("চেইন আঠারো ক্যারেট, দুই লাখের মধ্যে", dhaka_shop).karats == [18]


def test_stones_and_refusals_in_requests(dhaka_shop):
    assert _constraints("আমেরিকান ডায়মন্ডের দুল", dhaka_shop).gemstones == ["cubic zirconia"]
    assert _constraints("পলা বসানো লকেট", dhaka_shop).gemstones == ["coral"]
    assert _constraints("সোনার আংটি, এডি চাই না", dhaka_shop).exclude_gemstones == ["cubic zirconia"]
    assert _constraints("সোনার দুল, হীরা ছাড়া", dhaka_shop).exclude_gemstones == ["diamond"]


@pytest.mark.parametrize("said, price_max", [
    ("সোনার চুড়ি এক লাখ টাকার মধ্যে", 100_000), ("দেড় লাখের মধ্যে এনগেজমেন্ট রিং", 150_000), ("৫০ হাজারের নিচে কানের দুল", 50_000),
    ("রুপার চেইন ৩০০০ টাকার মধ্যে", 3_000),
])  # fmt: skip
def test_taka_budgets_with_their_endings(dhaka_shop, said, price_max):
    assert _constraints(said, dhaka_shop).price_max == price_max


def test_a_budget_above_and_a_weight_that_is_no_price(dhaka_shop):
    assert _constraints("২ লাখের উপরে সোনার হার", dhaka_shop).price_min == 200_000
    assert _constraints("২ ভরি সোনার বালা", dhaka_shop).price_max is None


def _feed_items(*rows: dict[str, str]):
    """A Meta catalog CSV feed's rows as the text feed reader gets them (column keys, cells)."""
    return text_records(iter((line, {column_key(name): cell for name, cell in row.items()}) for line, row in enumerate(rows, 2)))


def test_a_meta_catalog_feeds_archived_or_discontinued_items_are_not_for_sale():
    base = {"condition": "new", "brand": "Shop", "fb_product_category": "", "quantity_to_sell_on_facebook": "2", "item_group_id": ""}
    rows = [dict(base, id="M-1", title="সোনার আংটি", availability="in stock", price="45000.00 BDT", status="active", **{"product_tags[0]": "নতুন"}),
            dict(base, id="M-2", title="রুপার দুল", availability="in stock", price="3000.00 BDT", status="archived"),
            dict(base, id="M-3", title="পুরনো বালা", availability="discontinued", price="9000.00 BDT", status="active")]  # fmt: skip
    found = [product for _, product in products(_feed_items(*rows), {}, NOW)]
    assert [product.skipped for product in found] == ["", "archived", "no longer sold"]
    assert found[0].currency == "BDT" and "নতুন" in found[0].tags and found[0].in_stock


def test_a_meta_catalog_feed_is_read_as_a_google_feed():
    assert detect_format({"id", "title", "price", "availability", "fb product category", "quantity to sell on facebook", "status"}) == "google"
