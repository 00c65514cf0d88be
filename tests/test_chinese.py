"""Traditional Chinese: the zh-TW listing and request packs (locales/zh-TW.toml, zh-TW.requests.toml), the new
Taiwan dollar (TWD) as a currency, gold weighed in 錢 / 分 / 兩, and Shopify's category metafield columns and
price-on-request products. Listings are read by the lexicon's reader, an ideograph a word
(retrieval/reading.py); requests by understanding, words found in a run of ideographs by the lexicon's words
(retrieval/unspaced.py). The traps: 錢 / 分 as a weight ("1錢", "8分"), 白金 alone as platinum but 18K白金 as
white gold, 鋯石 / 晶鑽 as cubic zirconia (a "翡翠綠晶鑽" a green CZ, no jade), 銀樓 (a gold shop) naming no
silver, 包金 (gold-filled) and 鍍金 (plated) as no solid gold. The wording of these tests is this file's own,
not any held-out listing's or request's."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price
from retrieval.shopify import products

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
LEXICON = load_lexicon()


def twd(text: str):
    return understand(text, "TWD")


def test_the_taiwanese_pack_is_loaded_by_default():
    assert "zh-TW" in DEFAULT_LOCALES


# --- the new Taiwan dollar ------------------------------------------------------------------------------


@pytest.mark.parametrize("cell, amount", [("NT$8,800", 8800.0), ("$8,800", 8800.0), ("8,800元", 8800.0), ("2.5萬", 25000.0), ("6千", 6000.0)])
def test_taiwan_dollar_prices_are_read(cell, amount):
    price = parse_price(cell, LEXICON.currencies, "TWD")
    assert price.amount == amount and price.currency in ("TWD", None)


def test_yuan_in_a_taiwanese_shop_is_its_own_dollar():
    """元 is written by China's yuan and Taiwan's dollar: a TWD shop's own; elsewhere the first, CNY."""
    assert parse_price("990元", LEXICON.currencies, "TWD").currency == "TWD"
    assert parse_price("990元", LEXICON.currencies, "USD").currency == "CNY"


def test_listings_naming_nt_dollars_are_hinted_twd():
    texts = ["純銀戒指 NT$1,680", "滿NT$2,000免運", "黃金墜子 NT$6,200", "耳環"]
    assert "TWD" in currency_in_text(texts, "USD", LEXICON.currencies)


@pytest.mark.parametrize("said, most", [
    ("6000以下", 6000), ("4萬內", 40000), ("一萬以內", 10000), ("預算兩萬", 20000), ("NT$3,500以內", 3500), ("八千塊以下", 8000),
])  # fmt: skip
def test_taiwanese_budgets(said, most):
    assert twd(f"耳環 {said}").constraints.price_max == most


def test_a_range_and_an_around():
    assert (twd("手鍊 2千到4千").constraints.price_min, twd("手鍊 2千到4千").constraints.price_max) == (2000, 4000)
    assert (twd("項鍊 2萬左右").constraints.price_min, twd("項鍊 2萬左右").constraints.price_max) == (16000, 24000)


# --- gold weighed in 錢 / 分 --------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["黃金手環 2錢", "金墜子 5分", "足金戒指 0.8錢"])
def test_qian_and_fen_of_gold_are_weights_not_prices(said):
    reading = twd(said)
    assert reading.constraints.price_min is None and reading.constraints.price_max is None
    assert reading.constraints.karats in ([], [24])
    assert any("weight" in note for note in reading.notes)


def test_a_weight_beside_a_budget():
    reading = twd("黃金戒指 3錢 兩萬以內")
    assert reading.constraints.price_max == 20000 and reading.constraints.karats == [24]


# --- listings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, kind", [
    ("Luna 純銀戒指", "ring"), ("Halo 18K白K金求婚鑽戒", "engagement ring"), ("Vow 鉑金對戒", "wedding band"), ("Dot 醫療鋼耳針", "earrings"),
    ("Wave 925純銀鎖骨鍊", "necklace"), ("足金9999麻花鍊金鍊子 2錢", "chain"), ("黃金貔貅墜飾 8分", "pendant"), ("Tennis 晶鑽手鍊", "bracelet"),
    ("黃金素面手環", "bangle"), ("Shell 925銀腳鍊", "anklet"), ("Bee 胸針", "brooch"),
])  # fmt: skip
def test_kinds_of_piece(title, kind):
    assert LEXICON.category_of(title).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("黃金戒指", "yellow gold", 24), ("足金9999項鍊", "yellow gold", 24), ("18K黃金墜子", "yellow gold", 18), ("14K白K金耳環", "white gold", 14),
    ("18K白金鑽戒", "white gold", 18), ("白金對戒", "platinum", None), ("鉑金Pt950婚戒", "platinum", None), ("18K玫瑰金手鍊", "rose gold", 18),
    ("925純銀耳環", "sterling silver", None), ("925銀鍍18K金耳環", "gold plated silver", None), ("14K包金手鍊", "gold filled", None),
    ("316L醫療鋼項鍊", "stainless steel", None),
])  # fmt: skip
def test_taiwanese_metals_and_purity(text, metal, karat):
    reading = LEXICON.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_a_gold_shop_is_no_silver():
    """銀樓 ("silver house") is a traditional gold shop: its name says nothing of the piece's metal."""
    assert LEXICON.metal_of("三代銀樓老店，台北實體門市") is None


@pytest.mark.parametrize("text, stone, color", [
    ("天然鑽石耳環", "diamond", ""), ("培育鑽石項鍊", "diamond", ""), ("頂級鋯石耳環", "cubic zirconia", ""), ("晶鑽手鍊", "cubic zirconia", ""),
    ("翡翠綠晶鑽戒指", "cubic zirconia", "green"), ("紅色鋯石項鍊", "cubic zirconia", "red"), ("莫桑鑽戒指", "moissanite", ""),
    ("淡水珍珠耳環", "pearl", ""), ("翡翠墜子", "jade", ""), ("藍光月光石", "moonstone", ""), ("藍寶石戒指", "sapphire", "blue"),
])  # fmt: skip
def test_taiwanese_stones(text, stone, color):
    reading = LEXICON.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


@pytest.mark.parametrize("text", ["月光系列項鍊", "媲美真鑽的光芒"])
def test_a_collection_or_a_likeness_is_no_stone(text):
    assert LEXICON.stone_of(text) is None


# --- Shopify: category metafields, price on request -----------------------------------------------------

HEADER = ("Handle,Title,Body (HTML),Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Status,"
          "Jewelry material (product.metafields.shopify.jewelry-material),Color (product.metafields.shopify.color-pattern),"
          "金重 (product.metafields.custom.gold_weight)")


def _rows(*lines: str):
    keys = [key.lower() for key in HEADER.split(",")]
    for number, line in enumerate(lines, start=2):
        yield number, dict(zip(keys, line.split(","), strict=True))


def test_category_metafields_are_the_shops_stated_facts():
    rows = _rows("moon,Moon 戒指,<p>簡約</p>,戒指,,TRUE,Title,Default Title,M1,2680.00,active,white-gold,white,")
    options = {name.lower(): values for name, values in next(product for _, product in products(rows)).options.items()}
    assert options["jewelry material"] == ["white-gold"] and options["color"] == ["white"]
    assert LEXICON.metal_of(" ".join(options["jewelry material"])).metal == "white gold"


def test_a_gold_weight_metafield_is_no_price():
    rows = _rows("fu,黃金福字墜子,<p>傳統黃金</p>,墜子,,TRUE,Title,Default Title,F1,7440.00,active,gold,gold,0.5錢")
    product = next(product for _, product in products(rows))
    assert product.variants[0].price == "7440.00" and product.options["金重"] == ["0.5錢"]
    assert LEXICON.karat_of("0.5錢") is None


def test_a_product_priced_zero_throughout_is_price_on_request():
    rows = _rows("jade,翡翠墜子,<p>價格請私訊</p>,墜子,,TRUE,Title,Default Title,J1,0.00,active,,,")
    product = next(product for _, product in products(rows))
    assert product.skipped == "price on request"


# --- requests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("said, kinds", [
    ("戒指", RINGS), ("求婚戒指", ["engagement ring"]), ("對戒", ["wedding band"]), ("耳夾", ["earrings"]), ("墜子", ["pendant"]),
    ("手鍊", ["bracelet"]), ("手鐲", ["bangle"]), ("腳鍊", ["anklet"]), ("胸針", ["brooch"]),
])  # fmt: skip
def test_taiwanese_kinds_asked_for(said, kinds):
    assert twd(said).constraints.categories == kinds


def test_a_necklace_asked_for_takes_in_chains_not_pendants():
    kinds = set(twd("項鍊").constraints.categories)
    assert {"necklace", "chain"} <= kinds and "pendant" not in kinds


@pytest.mark.parametrize("said, metals, karats", [
    ("黃金戒指", ["yellow gold"], [24]), ("金手鍊", GOLDS, []), ("18K白金戒指", ["white gold"], [18]), ("白金戒指", ["platinum"], []),
    ("白K金耳環", ["white gold"], []), ("包金手鍊", ["gold filled"], []), ("純銀項鍊", ["sterling silver"], []),
])  # fmt: skip
def test_taiwanese_metals_asked_for(said, metals, karats):
    constraints = twd(said).constraints
    assert (sorted(constraints.metals), constraints.karats) == (sorted(metals), karats)


def test_gold_said_plainly_is_never_plated_nor_filled():
    assert not set(twd("金耳環").constraints.metals) & {"gold plated", "gold plated silver", "gold filled"}


def test_gold_coloured_is_a_plating_as_in_japanese():
    """金色 is one word of Chinese and Japanese: read as a gold colour over another metal in both."""
    assert "gold plated silver" in twd("耳環 金色的").constraints.metals


@pytest.mark.parametrize("said, stone", [("鑽石耳環", "diamond"), ("鋯石戒指", "cubic zirconia"), ("晶鑽項鍊", "cubic zirconia"), ("莫桑石戒指", "moissanite")])
def test_taiwanese_stones_asked_for(said, stone):
    assert twd(said).constraints.gemstones == [stone]


def test_a_cz_refused():
    assert twd("鑽石耳環 不要鋯石").constraints.exclude_gemstones == ["cubic zirconia"]


def test_a_taiwanese_ring_size():
    assert twd("戒指 國際圍 #12").constraints.ring_size == 6.0


def test_steel_said_with_its_colour_is_steel_not_gold():
    """金色醫療鋼 is gold-coloured (plated) steel: steel is asked for, never solid gold."""
    metals = set(twd("金色醫療鋼項鍊").constraints.metals)
    assert "stainless steel" in metals and not metals & {"yellow gold", "white gold", "rose gold"}
