"""Hebrew listings and requests (retrieval/lexicon/locales/he-IL.toml, he-IL.requests.toml): Hebrew
folded once (vowel points dropped, geresh / gershayim kept inside a word, a prefix apart from a number
it is hyphened to), the prefixes glued before a word read off only where what is left is a known word,
כסף as silver and as money, קראט as karat and carat, shekel prices and European ring sizes."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.folding import folded, words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price
from retrieval.shop_vocabulary import shop_vocabulary
from retrieval.variants import ring_sizes


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_hebrew_pack_is_loaded_by_default():
    assert "he-IL" in DEFAULT_LOCALES


@pytest.mark.parametrize("written, read", [
    ("זָהָב לָבָן", ["זהב", "לבן"]),  # vowel points dropped
    ('עד 500 ש"ח', ["עד", "500", "שח"]),  # gershayim typed as " kept inside the word
    ("1,290 ש״ח", ["1", "290", "שח"]),
    ("צ׳וקר", ["צוקר"]),  # geresh
    ("מתחת ל-1000", ["מתחת", "ל", "1000"]),  # a prefix hyphened to a number, apart from it
    ("פחות מ־500", ["פחות", "מ", "500"]),  # ... or joined by a maqaf
])  # fmt: skip
def test_hebrew_is_folded_once(written, read):
    assert words_of(written) == read


def test_final_letters_are_kept_as_written():
    assert folded("עגילים זהב לבן") == "עגילים זהב לבן"


@pytest.mark.parametrize("title, kind", [
    ("טבעת אירוסין סוליטר 14K - מאיה", "engagement ring"), ("טבעת נישואין זהב 14K", "wedding band"), ("עגילי חישוק זרקונים", "earrings"),
    ("צמיד קשיח Cuff כסף 925", "bangle"), ("צמיד רגל כסף 925", "anklet"), ("צמיד Chain זהב", "bracelet"), ("סיכת דש כסף 925", "brooch"),
    ("שרשרת חוליות זהב 14 קראט", "chain"), ("שרשרת Snake כסף 925", "necklace"), ("התליון מגיע עם שרשרת 45 ס\"מ", "pendant"),
])  # fmt: skip
def test_hebrew_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("עשויה זהב לבן 14K", "white gold"), ("זהב אדום 14K", "rose gold"), ("רוז גולד", "rose gold"), ("כסף 925", "sterling silver"),
    ("כסף סטרלינג", "sterling silver"), ("כסף 925 בציפוי זהב", "gold plated silver"), ("פלדת אל חלד", "stainless steel"),
    ("סטיינלס סטיל", "stainless steel"), ("גולד פילד", "gold filled"), ("מזהב לבן", "white gold"), ("בזהב ורוד", "rose gold"),
])  # fmt: skip
def test_hebrew_metals_with_and_without_a_prefix(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["שווה כל כסף", "החזר כספי מלא תוך 14 יום", "מגיע עם ציפוי רודיום לברק מקסימלי"])
def test_money_and_rhodium_plating_name_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("word", ["שרשרת", "מידה", "בוהק", "ורוד", "מלא"])
def test_a_word_that_merely_starts_with_a_prefix_letter_stays_whole(lexicon, word):
    assert lexicon.stems(folded(word))[0] == word
    assert lexicon.metal_of(word) is None and lexicon.stone_of(word) is None


def test_karat_beside_gold_and_carat_of_a_stone(lexicon):
    text = "טבעת סוליטר Halo זהב 14 קראט 1.00 קראט"
    assert lexicon.karat_of(text).value == 14
    assert lexicon.carat_of("יהלום 0.50 קראט").value == 0.5


@pytest.mark.parametrize("text, stone", [
    ("משובצת זרקון ירוק", "cubic zirconia"), ("עגילים עם זרקונים", "cubic zirconia"), ("טבעת ברקת", "emerald"), ("אבן ירח", "moonstone"),
    ("יהלומי מעבדה", "diamond"), ("פנינת מים מתוקים", "pearl"), ("טופז כחול", "topaz"), ("מואסניט", "moissanite"),
])  # fmt: skip
def test_hebrew_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["זרקונים בחיתוך אמרלד", "חוליות בחיתוך יהלום", "טבעת ירח"])
def test_cuts_and_a_moon_design_name_no_stone_of_their_own(lexicon, text):
    stone = lexicon.stone_of(text)
    assert stone is None or stone.stone not in ("emerald", "diamond", "moonstone")


def test_hebrew_listings_are_read_as_hebrew():
    tel_aviv = [("טבעת אירוסין זהב לבן", ""), ("עגילי חישוק כסף 925", ""), ("שרשרת פלדת אל חלד", ""), ("Tennis Bracelet", "")]
    assert catalog_locale(tel_aviv, 0.25).locale == "he-IL"


@pytest.mark.parametrize("cell", ["₪1,290", '1,290 ש"ח', "1,290 ש״ח", "1290 שקל", "1290 שקלים"])
def test_shekel_prices(lexicon, cell):
    price = parse_price(cell, lexicon.currencies)
    assert (price.amount, price.currency) == (1290.0, "ILS")


def test_shekels_named_in_the_listings_text_are_heard_under_a_dollar_setting(lexicon):
    texts = ['משלוח חינם בהזמנה מעל 750 ש"ח'] * 6 + ["טבעת זהב"] * 4
    assert "ILS" in currency_in_text(texts, "USD", lexicon.currencies)


def test_european_ring_sizes_from_a_hebrew_option(lexicon):
    assert ring_sizes({"מידת טבעת": ["48", "52", "56"]}, lexicon.ring_size_options) == [4.5, 6.0, 7.5]


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=500 + n, currency="ILS", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def tel_aviv_shop():
    items = [_item(1, "ring", "sterling silver", "cubic zirconia"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "gold plated silver", "pearl"), _item(5, "necklace", "yellow gold", "diamond"), _item(6, "chain", "stainless steel"),
             _item(7, "pendant", "rose gold"), _item(8, "bracelet", "gold filled"), _item(9, "bangle", "yellow gold"), _item(10, "anklet", "gold plated silver"),
             _item(11, "brooch", "sterling silver", "pearl"), _item(12, "earrings", "yellow gold", "moonstone")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "ILS", vocabulary=shop).constraints


@pytest.mark.parametrize("said", ["עגילי כסף", "טבעת כסף", "יש את זה גם בכסף?", "agilim kesef"])
def test_silver_beside_a_piece_is_sterling_silver(tel_aviv_shop, said):
    assert _constraints(said, tel_aviv_shop).metals == ["sterling silver"]


@pytest.mark.parametrize("said", ["משהו יפה בלי להוציא הרבה כסף, עגילים עד 150", "כמה כסף עולה עגיל", "עגילים בלי לשבור את הכסף"])
def test_silver_as_money_asks_for_no_metal_and_refuses_none(tel_aviv_shop, said):
    constraints = _constraints(said, tel_aviv_shop)
    assert constraints.metals == [] and constraints.exclude_metals == []


@pytest.mark.parametrize("said, price_min, price_max", [
    ('טבעת עד 5000 ש"ח', None, 5000), ("עגילים מתחת ל-1000", None, 1000), ("צמיד פחות מ-500", None, 500), ('לא יותר מ-500 ש"ח', None, 500),
    ("שרשרת עד ₪300", None, 300), ("צמיד עד 2 אלף", None, 2000), ("צמיד עד אלפיים שקל", None, 2000), ("עגילים בין 500 ל-1000", 500, 1000),
])  # fmt: skip
def test_hebrew_budgets(tel_aviv_shop, said, price_min, price_max):
    constraints = _constraints(said, tel_aviv_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


@pytest.mark.parametrize("said, kinds", [
    ("טבעת", ["ring", "engagement ring", "wedding band"]), ("טבעת אירוסין", ["engagement ring"]), ("טבעת נישואין", ["wedding band"]),
    ("שרשרת", ["necklace", "chain"]), ("צמיד", ["bracelet"]), ("צמיד קשיח", ["bangle"]), ("צמיד רגל", ["anklet"]), ("יש לכם סיכות?", ["brooch"]),
    ("tabaat nisuin", ["wedding band"]), ("tliyon", ["pendant"]),
])  # fmt: skip
def test_hebrew_kinds_in_requests(tel_aviv_shop, said, kinds):
    assert _constraints(said, tel_aviv_shop).categories == kinds


def test_plain_gold_is_solid_gold_and_red_gold_is_rose(tel_aviv_shop):
    assert set(_constraints("צמיד זהב", tel_aviv_shop).metals) == {"yellow gold", "white gold", "rose gold"}
    assert _constraints("tabaat nisuin zahav adom", tel_aviv_shop).metals == ["rose gold"]
    assert _constraints("עגילים מזהב 585", tel_aviv_shop).karats == [14]


def test_a_prefixed_metal_in_a_refinement(tel_aviv_shop):
    understood = understand("כמו זה אבל בזהב לבן", "ILS", vocabulary=tel_aviv_shop)
    assert understood.constraints.metals == ["white gold"] and understood.refinements == ["similar"]


def test_zircon_is_cubic_zirconia_and_without_stones(tel_aviv_shop):
    assert _constraints("עגילים עם זרקונים", tel_aviv_shop).gemstones == ["cubic zirconia"]
    assert _constraints("צמיד בלי זרקונים", tel_aviv_shop).exclude_gemstones == ["cubic zirconia"]
    assert _constraints("משהו דומה בלי אבנים", tel_aviv_shop).gemstones == ["none"]


def test_a_european_ring_size_in_a_request(tel_aviv_shop):
    assert _constraints("טבעת כסף מידה 52", tel_aviv_shop).ring_size == 6.0
