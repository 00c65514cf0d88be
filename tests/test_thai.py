"""Thai: the th-TH listing and request packs (locales/th-TH.toml, th-TH.requests.toml), the baht (THB) as a
currency and as a gold weight, Thai digits and the marks of Thai letters. Listings are read by the lexicon's
reader, a Thai letter a word (retrieval/folding.py); requests by understanding, Thai words found in a run of
letters by the lexicon's words (retrieval/unspaced.py). The traps: บาท as a weight ("หนัก 1 บาท", "2 สลึง")
and as a price ("900 บาท"), เพชรรัสเซีย (a cubic zirconia, no diamond), a ruby-coloured CZ, Thai digits
("๙๖.๕"), words that merely hold a lexicon word (สแตนเลส holds เลส, a bracelet; ทองเหลือง, brass, holds ทอง;
คืนเงิน, a refund, holds เงิน). The wording of these tests is this file's own, not any held-out listing's or
request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.numbers import ideograph_numbers
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price
from retrieval.variants import ring_sizes

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
LEXICON = load_lexicon()


def baht(text: str):
    return understand(text, "THB")


def test_the_thai_pack_is_loaded_by_default():
    assert "th-TH" in DEFAULT_LOCALES


# --- the baht, Thai digits ---------------------------------------------------------------------------


@pytest.mark.parametrize("cell, amount", [("฿12,900", 12900.0), ("12,900 บาท", 12900.0), ("12,900.-", 12900.0), ("๑๒,๙๐๐ บาท", 12900.0)])
def test_baht_prices_are_read(cell, amount):
    price = parse_price(cell, LEXICON.currencies)
    assert price.amount == amount and price.currency in ("THB", None)


def test_thai_listings_naming_baht_are_hinted_thb():
    texts = ["แหวนทองคำ ราคา 12,760 บาท", "ต่างหูเงินแท้ ราคา ฿1,290", "สร้อยคอ ราคา 890 บาท", "จี้ทอง"]
    assert "THB" in currency_in_text(texts, "USD", LEXICON.currencies)


def test_thai_digits_are_digits_in_listings():
    assert folded("ทองแท้ ๙๖.๕%") == "ทองแท้ 96.5%"
    assert "96.5" in words_of("ทองคำแท้ ๙๖.๕%")


# --- listings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, kind", [
    ("แหวนทองคำ ลายดอกไม้", "ring"), ("แหวนหมั้นเพชรแท้", "engagement ring"), ("แหวนคู่ ทองคำขาว", "wedding band"),
    ("ตุ้มหูทอง ห่วงเล็ก", "earrings"), ("ต่างหูหนีบ มุก", "earrings"), ("จี้ทองคำ รูปดาว", "pendant"), ("กรอบพระทองคำ", "pendant"),
    ("สร้อยคอมุก", "necklace"), ("สร้อยคอทองคำ ลายเบนซ์", "chain"), ("สร้อยคอ ลายกระดูกงู", "chain"), ("สร้อยทอง ลายบิด", "chain"),
    ("เลสทอง ลายโซ่", "bracelet"), ("สร้อยข้อมือทอง ลายโซ่", "bracelet"), ("กำไลทอง เกลี้ยง", "bangle"), ("สร้อยข้อเท้าเงิน", "anklet"),
    ("เข็มกลัดทอง", "brooch"),
])  # fmt: skip
def test_kinds_of_piece(title, kind):
    assert LEXICON.category_of(title).value == kind


def test_stainless_holds_no_bracelet():
    """สแตนเลส ends in เลส (a bracelet): a stainless chain is no bracelet, and its metal is steel."""
    assert LEXICON.category_of("สร้อยคอสแตนเลส ผู้ชาย").value == "necklace"
    assert LEXICON.metal_of("แหวนสแตนเลส").metal == "stainless steel"


@pytest.mark.parametrize("text, metal, karat", [
    ("แหวนทองคำแท้ 96.5% ลายมังกร", "yellow gold", 23), ("ตัวเรือนทองคำแท้ ๙๖.๕%", "yellow gold", 23),
    ("จี้ทองแท่ง 99.99", "yellow gold", 24), ("แหวนทอง 18K", "gold", 18), ("ทองคำขาว 18K", "white gold", 18),
    ("ทอง 18K สีโรสโกลด์", "rose gold", 18), ("เงินแท้ 925", "sterling silver", None), ("ต่างหูเงินแท้ชุบทอง", "gold plated silver", None),
    ("กำไล ชุบทอง 24K", "gold plated brass", None), ("ทองไมครอน", "gold plated brass", None), ("ตัวเรือนทองเหลือง", "brass", None),
    ("แพลทินัม PT950", "platinum", None),
])  # fmt: skip
def test_thai_metals_and_purity(text, metal, karat):
    reading = LEXICON.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_a_bare_99_99_is_no_karat():
    """Only said with a gold word is 99.99 pure gold: a price of 99.99 elsewhere is no purity."""
    assert LEXICON.karat_of("only 99.99 today") is None


@pytest.mark.parametrize("text", ["ราคาขึ้นลงตามราคาทองประจำวัน", "ไม่พอใจยินดีคืนเงิน", "ทองเยาวราช", "ใส่แทนทองจริงได้"])
def test_words_holding_gold_or_silver_name_no_metal(text):
    assert LEXICON.metal_of(text) is None


@pytest.mark.parametrize("text, stone, color", [
    ("แหวนเพชรแท้", "diamond", ""), ("แหวนเงิน เพชรรัสเซีย", "cubic zirconia", ""), ("เพชรสวิส", "cubic zirconia", ""),
    ("ต่างหู เพชร CZ สีทับทิม", "cubic zirconia", "red"), ("แหวนเพชรรัสเซียสีแดง", "cubic zirconia", "red"), ("แหวนทับทิมพม่า", "ruby", ""),
    ("แหวนไพลิน", "sapphire", "blue"), ("ประดับบุษราคัม", "sapphire", "yellow"), ("สร้อยคอมรกต", "emerald", ""),
    ("มุกน้ำจืด", "pearl", ""), ("แหวนนพเก้า", "navratna", ""),
])  # fmt: skip
def test_thai_stones(text, stone, color):
    reading = LEXICON.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


@pytest.mark.parametrize("text", ["สร้อยทอง ลายโซ่ตัดลายเพชร", "จี้ทอง กรอบพระแก้วมรกต", "จี้ทอง ลงยาสีแดง"])
def test_cuts_names_and_enamel_are_no_stone(text):
    assert LEXICON.stone_of(text) is None


def test_mukda_is_moonstone_not_pearl():
    assert LEXICON.stone_of("มุกดา").stone == "moonstone"


def test_a_thai_catalog_is_read_as_thai():
    texts = [("แหวนทองคำ", ""), ("สร้อยคอทองคำ ลายสี่เสา", ""), ("ต่างหูเงินแท้", ""), ("CRS Cuff", "")]
    assert catalog_locale(texts, 0.3).locale == "th-TH"


# --- requests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["สร้อยคอทองคำ 1 บาท", "สร้อยทอง หนัก 2 บาท", "แหวนทอง 2 สลึง", "ต่างหูทอง ครึ่งสลึง", "เลสทอง ๑ บาท"])
def test_baht_and_salueng_of_gold_are_weights_not_prices(said):
    reading = baht(said)
    assert reading.constraints.price_min is None and reading.constraints.price_max is None
    assert reading.constraints.metals == GOLDS


def test_a_baht_weight_is_noted():
    assert any("weight" in note for note in baht("สร้อยคอทองคำ หนัก 1 บาท").notes)


def test_baht_of_money_is_a_price():
    assert baht("แหวนเงิน ไม่เกิน 900 บาท").constraints.price_max == 900
    assert baht("แหวนทองครึ่งสลึง ไม่เกิน 7,000").constraints.price_max == 7000


@pytest.mark.parametrize("said, most", [
    ("ไม่เกิน 5 พัน", 5000), ("ต่ำกว่า 2 หมื่น", 20000), ("งบ 1.5 หมื่น", 15000), ("ไม่เกินหมื่นห้า", 15000), ("งบสามหมื่น", 30000),
    ("ไม่เกินห้าพันบาท", 5000), ("ไม่เกิน ๑,๐๐๐", 1000), ("ต่ำกว่า 12k", 12000),
])  # fmt: skip
def test_thai_budgets(said, most):
    assert baht(f"แหวน {said}").constraints.price_max == most


def test_thai_number_words_inside_other_words_stay_words():
    """สามี (husband) holds สาม (three), แสนสวย (so pretty) แสน (a hundred thousand): no number there."""
    assert ideograph_numbers("ของขวัญให้สามี", LEXICON) == "ของขวัญให้สามี"
    assert ideograph_numbers("แหวนแสนสวย", LEXICON) == "แหวนแสนสวย"


@pytest.mark.parametrize("said, kinds", [
    ("แหวน", RINGS), ("แหวนหมั้น", ["engagement ring"]), ("แหวนคู่", ["wedding band"]), ("ต่างหูหนีบ", ["earrings"]),
    ("จี้พระ", ["pendant"]), ("เลส", ["bracelet"]), ("กำไล", ["bangle"]), ("สร้อยข้อเท้า", ["anklet"]), ("เข็มกลัด", ["brooch"]),
])  # fmt: skip
def test_thai_kinds_asked_for(said, kinds):
    assert baht(said).constraints.categories == kinds


def test_a_necklace_asked_for_takes_in_chains():
    assert set(baht("สร้อยคอ").constraints.categories) >= {"necklace", "chain"}


@pytest.mark.parametrize("said, metals, karats", [
    ("แหวนทอง", GOLDS, []), ("กำไลทอง 96.5", GOLDS, [23]), ("แหวนทอง 99.99", GOLDS, [24]), ("แหวนทองคำขาว", ["white gold"], []),
    ("จี้ทองชมพู", ["rose gold"], []), ("ต่างหูเงินแท้", ["sterling silver"], []), ("ทองไมครอน ต่างหู", ["gold plated brass"], []),
    ("สร้อยข้อมือสแตนเลส", ["stainless steel"], []),
])  # fmt: skip
def test_thai_metals_asked_for(said, metals, karats):
    constraints = baht(said).constraints
    assert (sorted(constraints.metals), constraints.karats) == (sorted(metals), karats)


def test_gold_said_plainly_is_never_a_plating():
    assert not set(baht("สร้อยข้อมือทอง").constraints.metals) & {"gold plated brass", "gold plated silver", "gold plated"}


@pytest.mark.parametrize("said, stone", [
    ("แหวนเพชรแท้", "diamond"), ("แหวนเพชรรัสเซีย", "cubic zirconia"), ("แหวนเงิน เพชร cz", "cubic zirconia"), ("ต่างหูทับทิม", "ruby"),
    ("แหวนไพลิน", "sapphire"), ("สร้อยข้อมือมุก", "pearl"), ("แหวนนพเก้า", "navratna"),
])  # fmt: skip
def test_thai_stones_asked_for(said, stone):
    assert baht(said).constraints.gemstones == [stone]


@pytest.mark.parametrize("said", ["แหวนทอง ไม่เอาเพชร", "แหวนทอง ไม่มีเพชร"])
def test_a_stone_refused(said):
    """ไม่มี ends in a vowel mark: the refusal is read where no letter follows it, not at a word edge."""
    assert baht(said).constraints.exclude_gemstones == ["diamond"]


def test_no_stones_at_all():
    assert baht("แหวนทอง ไม่มีพลอย").constraints.gemstones == ["none"]


def test_a_thai_ring_size_is_a_circumference():
    assert baht("แหวนทอง เบอร์ 52").constraints.ring_size == 6.0


def test_like_this_but_in_white_gold():
    reading = baht("แบบนี้แต่เป็นทองคำขาว")
    assert reading.constraints.metals == ["white gold"] and "similar" in reading.refinements


@pytest.mark.parametrize("said", ["อันนี้มีแบบ 2 สลึงไหม", "มีเป็นเงินแท้ไหม", "ถูกกว่านี้"])
def test_asks_of_the_piece_shown(said):
    assert baht(said).refinements


def test_asking_which_styles_there_are_is_no_refinement():
    assert baht("แหวนทอง มีแบบไหนบ้าง").refinements == []


# --- import ---------------------------------------------------------------------------------------------


def test_thai_ring_sizes_in_an_option_are_read_as_us_sizes():
    """A Thai ring size is the circumference in mm ("ไซส์" 52 is US 6), in an option named ไซส์ / ขนาดแหวน /
    เบอร์แหวน; a US "Size" option reads as before, and 52 in an option of another name is no size."""
    counted = LEXICON.ring_size_options
    assert ring_sizes({"ขนาดแหวน": ["48", "52", "60"]}, counted) == [4.5, 6.0, 9.25]
    assert ring_sizes({"Size": ["5", "7"]}, counted) == [5.0, 7.0]
    assert ring_sizes({"ความยาว": ["52"]}, counted) == []
