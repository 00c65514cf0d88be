"""Urdu listings and requests (retrieval/lexicon/locales/ur-PK.toml, ur-PK.requests.toml): Urdu's own
letters folded with the Arabic-script folding (heh goal, two-eyed heh, yeh with hamza, Urdu digits),
22 / 21 karat gold and قیراط as a karat beside gold but a carat on a diamond, American diamond as
cubic zirconia, "gold water" and artificial jewellery as plating, Roman Urdu requests, and the
Pakistani rupee with lakh / hazar read as the shop's own currency."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_urdu_pack_is_loaded_by_default():
    assert "ur-PK" in DEFAULT_LOCALES


@pytest.mark.parametrize("written, read", [
    ("انگوٹھی", folded("انگوٹهی")),  # two-eyed heh typed as the Arabic heh
    ("بالیاں", folded("بالياں")),
    ("فیروزہ", folded("فيروزه")),  # heh goal and Persian yeh as Arabic's
    ("ڈائمنڈ", folded("ڈايمنڈ")),  # yeh with hamza as yeh
])  # fmt: skip
def test_urdu_letters_fold_with_arabic_script(written, read):
    assert folded(written) == read


def test_urdu_digits_and_full_stop():
    assert words_of("۲۲ قیراط۔") == ["22", folded("قیراط")]


@pytest.mark.parametrize("title, kind", [
    ("سونے کی انگوٹھی", "ring"), ("منگنی کی انگوٹھی", "engagement ring"), ("ویڈنگ بینڈ", "wedding band"),
    ("سونے کے جھمکے", "jhumka"), ("ٹاپس", "earrings"), ("لاکٹ", "pendant"), ("گلوبند", "choker"),
    ("برائیڈل سیٹ", "jewellery set"), ("چوڑیاں", "bangle"), ("کڑا", "kada"), ("پازیب", "anklet"),
])  # fmt: skip
def test_urdu_kinds_in_listings(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_karat_beside_gold_and_carat_on_a_diamond(lexicon):
    assert lexicon.karat_of("انگوٹھی 21 قیراط سونا").value == 21
    assert lexicon.karat_of("22 کیرٹ کی چین").value == 22
    assert lexicon.carat_of("ہیرے کا وزن: 0.3 قیراط").value == 0.3


def test_american_diamond_is_zirconia_and_a_diamond_cut_no_stone(lexicon):
    assert lexicon.stone_of("ٹاپس (امریکن ڈائمنڈ)").stone == "cubic zirconia"
    assert lexicon.stone_of("اصلی ہیرا").stone == "diamond"
    assert lexicon.stone_of("ڈائمنڈ کٹ چین") is None


def test_gold_water_and_artificial_are_plating_never_gold(lexicon):
    assert lexicon.metal_of("پیتل پر سونے کا پانی، آرٹیفیشل").metal == "gold plated brass"
    assert lexicon.metal_of("سونے جیسی چمک") is None
    assert lexicon.metal_of("چاندی کا کڑا").metal == "sterling silver"


def test_a_design_named_jasmine_is_no_pearl(lexicon):
    assert lexicon.stone_of("انگوٹھی - موتیا") is None
    assert lexicon.stone_of("موتی والی انگوٹھی").stone == "pearl"


def test_urdu_catalog_is_read_as_urdu():
    texts = [("سونے کی انگوٹھی", ""), ("چاندی کی پازیب", ""), ("آرٹیفیشل جھمکے", ""), ("گلوبند", "")]
    assert catalog_locale(texts, 0.3).locale == "ur-PK"


def test_pakistani_rupee_is_known_and_pakistans(lexicon):
    rupee = lexicon.currencies["PKR"]
    assert "PK" in rupee.regions and folded("روپے") in rupee.symbols


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=20_000 * n, currency="PKR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def lahore_shop():
    items = [_item(1, "ring", "sterling silver", "agate"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "white gold"),
             _item(4, "earrings", "yellow gold", "cubic zirconia"), _item(5, "jhumka", "yellow gold", "pearl"), _item(6, "chain", "yellow gold"),
             _item(7, "pendant", "yellow gold"), _item(8, "bangle", "gold plated brass", "kundan"), _item(9, "kada", "sterling silver"),
             _item(10, "anklet", "sterling silver"), _item(11, "jewellery set", "yellow gold", "polki"), _item(12, "choker", "gold plated brass")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "PKR", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("انگوٹھی", ["ring", "engagement ring", "wedding band"]), ("منگنی کی انگوٹھی", ["engagement ring"]), ("جھمکے", ["jhumka"]),
    ("angoothi", ["ring", "engagement ring", "wedding band"]), ("payal", ["anklet"]), ("کڑا", ["kada"]),
])  # fmt: skip
def test_urdu_kinds_in_requests(lahore_shop, said, kinds):
    assert _constraints(said, lahore_shop).categories == kinds


def test_plain_gold_is_solid_gold_in_both_scripts(lahore_shop):
    gold = {"yellow gold", "white gold", "rose gold"}
    assert set(_constraints("سونے کی چین", lahore_shop).metals) == gold
    assert set(_constraints("sonay ki chain", lahore_shop).metals) == gold
    assert "yellow gold" not in _constraints("آرٹیفیشل چوڑیاں", lahore_shop).metals


@pytest.mark.parametrize("said, price_max", [
    ("انگوٹھی 1.5 لاکھ تک", 150_000), ("چاندی کی پازیب 12 ہزار تک", 12_000), ("ڈیڑھ لاکھ سے کم کی انگوٹھی", 150_000),
    ("21k tops 1.5 lac se kam", 150_000), ("ہار 21 لاکھ تک", 2_100_000),
])  # fmt: skip
def test_rupee_budgets_are_the_shops_own_money(lahore_shop, said, price_max):
    assert _constraints(said, lahore_shop).price_max == price_max


def test_lakh_in_an_indian_shop_stays_rupees_of_india(lahore_shop):
    assert understand("ring 2 lakh tak", "INR", vocabulary=lahore_shop).constraints.price_max == 200_000


def test_karat_and_stone_in_requests(lahore_shop):
    said = _constraints("22 قیراط سونے کی انگوٹھی", lahore_shop)
    assert said.karats == [22]
    assert _constraints("منگنی کی انگوٹھی امریکن ڈائمنڈ", lahore_shop).gemstones == ["cubic zirconia"]
    assert _constraints("gents chandi ki aqeeq wali ring", lahore_shop).gemstones == ["agate"]


def test_gold_weight_is_no_price(lahore_shop):
    said = _constraints("2 تولہ سونے کا کڑا", lahore_shop)
    assert said.price_max is None and said.price_min is None


@pytest.mark.parametrize("said, karats, price_max", [
    ("بائیس قیراط سونے کی انگوٹھی", [22], None), ("اکیس کے ٹاپس ڈیڑھ لاکھ سے کم", [21], 150_000),
    ("چاندی کی چین چھ ہزار تک", [], 6_000), ("جھمکے تین لاکھ سے کم", [], 300_000),
])  # fmt: skip
def test_numbers_said_in_words(lahore_shop, said, karats, price_max):
    constraints = _constraints(said, lahore_shop)
    assert (constraints.karats, constraints.price_max) == (karats, price_max)


def test_a_number_word_alone_stays_a_word(lahore_shop):
    assert _constraints("یہ دکھا دو", lahore_shop).price_max is None
