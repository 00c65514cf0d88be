"""Persian listings and requests (retrieval/lexicon/locales/fa-IR.toml, fa-IR.requests.toml): Persian
folded as its search engines fold it (Persian yeh and kaf, the zero-width non-joiner as a space,
Persian digits and separators), 18 عیار gold by its colour, Xuping and "Russian gold" as plating,
"نقره‌ای" and "فیروزه‌ای" as colours, prices in toman with rials read as a tenth, and WooCommerce
products without a price skipped as a price on request."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item, load_catalog
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_persian_pack_is_loaded_by_default():
    assert "fa-IR" in DEFAULT_LOCALES


@pytest.mark.parametrize("written, read", [
    ("نقره‌ای", ["نقره", "اي"]),  # the zero-width non-joiner parts a word's pieces, as a space does
    ("طلای ۱۸ عیار", ["طلاي", "18", "عيار"]),  # Persian yeh as yeh, Persian digits as digits
    ("۵۲٬۷۱۰٬۰۰۰ تومان", ["52", "710", "000", "تومان"]),  # the Persian thousands mark
    ("۳٫۲۵ گرم", ["3.25", "گرم"]),  # ... and decimal mark
    ("انگشتر كوچك", ["انگشتر", "كوچك"]),
])  # fmt: skip
def test_persian_is_folded_once(written, read):
    assert words_of(written) == read


def test_arabic_and_persian_letters_fold_alike():
    assert folded("یاقوت کبود") == folded("ياقوت كبود")
    assert folded("خانهٔ") == folded("خانه")


@pytest.mark.parametrize("title, kind", [
    ("انگشتر زنانه نگین دار", "ring"), ("حلقه ازدواج ساده", "wedding band"), ("انگشتر تک نگین الماس", "engagement ring"),
    ("گوشواره حلقه‌ای طلا", "earrings"), ("گوشواره رینگی", "earrings"), ("پلاک اسم طلا", "pendant"), ("مدال نقره", "pendant"),
    ("سینه‌ریز طلا", "necklace"), ("گردنبند مروارید", "necklace"), ("زنجیر طلا", "chain"), ("دستبند چرم", "bracelet"),
    ("النگو طلا", "bangle"), ("پابند نقره", "anklet"), ("سنجاق سینه", "brooch"),
    ("سرویس طلا با زیرکن", "jewellery set"), ("نیم‌ست مروارید", "jewellery set"),  # a necklace and its earrings, one listing
])  # fmt: skip
def test_persian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("طلای سفید ۱۸ عیار", "white gold"), ("طلا زرد", "yellow gold"), ("رزگلد", "rose gold"), ("طلای رز", "rose gold"),
    ("نقره ۹۲۵", "sterling silver"), ("نقره آب طلا", "gold plated silver"), ("ژوپینگ", "gold plated"), ("طلا روسی", "gold plated"),
    ("استیل رنگ ثابت", "gold plated steel"), ("استیل نقره‌ای", "stainless steel"), ("پلاتین", "platinum"),
])  # fmt: skip
def test_persian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["قیمت بر اساس نرخ روز طلا است", "رنگ نقره‌ای", "رنگ طلایی"])
def test_the_gold_rate_and_colours_name_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_karat_said_after_its_number(lexicon):
    assert lexicon.karat_of("النگو طلای ۱۸ عیار").value == 18


@pytest.mark.parametrize("text, stone, color", [
    ("برلیان", "diamond", ""), ("نگین اتمی", "cubic zirconia", ""), ("زیرکن", "cubic zirconia", ""), ("یاقوت", "ruby", ""),
    ("یاقوت کبود", "sapphire", "blue"), ("فیروزه نیشابور", "turquoise", ""), ("عقیق سیاه", "agate", "black"), ("مروارید", "pearl", ""),
])  # fmt: skip
def test_persian_stones(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color or "") == (stone, color)


@pytest.mark.parametrize("text", ["زیرکن با تراش برلیان", "رکاب با مینای فیروزه‌ای"])
def test_a_brilliant_cut_and_turquoise_enamel_name_no_diamond_or_turquoise(lexicon, text):
    stone = lexicon.stone_of(text)
    assert stone is None or stone.stone not in ("diamond", "turquoise")


def test_persian_listings_are_read_as_persian():
    isfahan = [("انگشتر طلای سفید", ""), ("گوشواره نقره", ""), ("دستبند ژوپینگ", ""), ("Charm", "")]
    assert catalog_locale(isfahan, 0.25).locale == "fa-IR"


def test_rials_in_a_toman_shops_text_are_its_own_money(lexicon):
    texts = ["قیمت: ۴۷۵٬۰۰۰٬۰۰۰ ریال"] * 6 + ["انگشتر"] * 4
    assert currency_in_text(texts, "IRT", lexicon.currencies) is None
    assert "SAR" in currency_in_text(["السعر 450 ريال"] * 6, "USD", lexicon.currencies)


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=10_000_000 * n, currency="IRT", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def isfahan_shop():
    items = [_item(1, "ring", "sterling silver", "agate"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "yellow gold", "pearl"), _item(5, "necklace", "yellow gold", "turquoise"), _item(6, "chain", "stainless steel"),
             _item(7, "pendant", "rose gold"), _item(8, "bracelet", "gold plated"), _item(9, "bangle", "yellow gold"),
             _item(10, "anklet", "sterling silver"), _item(11, "chain", "gold plated steel")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "IRT", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("انگشتر", ["ring", "engagement ring", "wedding band"]), ("حلقه ازدواج", ["wedding band"]), ("رینگ", ["wedding band"]),
    ("انگشتر نامزدی", ["engagement ring"]), ("سینه‌ریز", ["necklace"]), ("زنجیر", ["chain"]), ("آویز", ["pendant"]),
    ("النگو", ["bangle"]), ("gooshvare", ["earrings"]),
])  # fmt: skip
def test_persian_kinds_in_requests(isfahan_shop, said, kinds):
    assert _constraints(said, isfahan_shop).categories == kinds


def test_plain_gold_is_solid_gold_and_russian_gold_is_plating(isfahan_shop):
    assert set(_constraints("دستبند طلا", isfahan_shop).metals) == {"yellow gold", "white gold", "rose gold"}
    assert _constraints("zanjir tala sefid", isfahan_shop).metals == ["white gold"]
    assert "yellow gold" not in _constraints("گردنبند طلا روسی", isfahan_shop).metals
    assert _constraints("دستبند استیل نقره‌ای", isfahan_shop).metals == ["stainless steel"]


@pytest.mark.parametrize("said, price_min, price_max", [
    ("انگشتر زیر ۷۰ میلیون", None, 70_000_000), ("گوشواره تا ۵۰ میلیون تومن", None, 50_000_000),
    ("گردنبند زیر ۱ و نیم میلیون", None, 1_500_000), ("انگشتر حدود ۵۰ میلیون", 40_000_000, 60_000_000),
    ("گردنبند تا ۴۰ میلیون ریال", None, 4_000_000), ("دستبند زیر ۸۰۰ هزار تومان", None, 800_000),
])  # fmt: skip
def test_toman_budgets_and_rials_as_a_tenth(isfahan_shop, said, price_min, price_max):
    constraints = _constraints(said, isfahan_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


def test_refusals_and_any_stone(isfahan_shop):
    assert _constraints("رینگ ساده طلا", isfahan_shop).gemstones == ["none"]
    assert _constraints("گوشواره نقره نگین دار", isfahan_shop).exclude_gemstones == ["none"]


WOO_HEADER = "ID,Type,SKU,Name,Published,Short description,In stock?,Sale price,Regular price,Categories,Parent,Attribute 1 name,Attribute 1 value(s)\n"


def test_a_woocommerce_product_without_a_price_is_a_price_on_request(tmp_path):
    path = tmp_path / "wc-product-export.csv"
    path.write_text(
        WOO_HEADER
        + "10,simple,A-1,انگشتر نقره,1,قیمت: تماس بگیرید,1,,,انگشتر,,,\n"
        + "11,variable,A-2,حلقه ازدواج,1,,1,,,حلقه,,سایز,\"۵۲, ۵۴\"\n"
        + "12,variation,A-2-1,حلقه ازدواج - ۵۲,1,,1,,,,id:11,سایز,۵۲\n"
        + "13,variable,A-3,حلقه ازدواج ساده,1,,1,,,حلقه,,سایز,\"۵۲, ۵۴\"\n"
        + "14,variation,A-3-1,حلقه ازدواج ساده - ۵۲,1,,1,,5000000,,id:13,سایز,۵۲\n"
        + "15,variation,A-3-2,حلقه ازدواج ساده - ۵۴,1,,1,,,,id:13,سایز,۵۴\n",
        encoding="utf-8",
    )
    loaded = load_catalog(path, currency="IRT")
    assert {(skipped.id, skipped.reason) for skipped in loaded.skipped} == {("A-1", "price on request"), ("A-2", "price on request")}
    assert loaded.errors == []
    (band,) = loaded.items
    assert (band.id, band.price, [variant.sku for variant in band.variants]) == ("A-3", 5_000_000, ["A-3-1"])
