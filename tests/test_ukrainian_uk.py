"""Ukrainian listings and requests (retrieval/lexicon/locales/uk-UA.toml, uk-UA.requests.toml): the
apostrophe typed three ways read alike, case endings read in one place ([inflections.uk]), red gold as
rose gold, 585 / 750 проби as 14 / 18 karat, gilded silver, "медичне золото" as gold-plated steel,
фіаніт as cubic zirconia and діамант as diamond (but not "алмазна грань"), hryvnia prices and the
currency hint, budgets, refusals and surzhyk in requests, and a YML feed read in its Ukrainian fields."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.folding import words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_mismatch, parse_price
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_ukrainian_pack_is_loaded_by_default():
    assert "uk-UA" in DEFAULT_LOCALES


def test_the_apostrophe_is_read_alike_whichever_way_it_is_typed():
    assert words_of("обʼєм") == words_of("об’єм") == words_of("об'єм") == ["обєм"]


@pytest.mark.parametrize("title, kind", [
    ("Каблучка зі срібла", "ring"), ("Набір з двох каблучок", "ring"), ("Обручка з жовтого золота", "wedding band"),
    ("Заручальна каблучка з діамантом", "engagement ring"), ("Сережки-пусети з фіанітами", "earrings"),
    ("Пара сережок", "earrings"), ("Ланцюжок плетіння якір", "chain"), ("Підвіска-серце. Ціна вказана без ланцюжка", "pendant"),
    ("Хрестик золотий", "pendant"), ("Браслет на ногу", "anklet"), ("Брошка з перлиною", "brooch"),
])  # fmt: skip
def test_ukrainian_kinds_in_their_cases(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("Каблучка з червоного золота 585 проби", "rose gold", 14), ("сережки з білого золота, проба 750", "white gold", 18),
    ("з лимонного золота", "yellow gold", None), ("Золота каблучка", "gold", None), ("срібло 925 проби, родіювання", "sterling silver", None),
    ("зі срібла з позолотою", "gold plated silver", None), ("із позолоченого срібла", "gold plated silver", None),
    ("Браслет з медичного золота", "gold plated steel", None), ("з медичної сталі", "stainless steel", None),
])  # fmt: skip
def test_ukrainian_metals_and_their_proba(lexicon, text, metal, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_odesas_byname_names_no_pearl(lexicon):
    about = lexicon.about_this_piece("Майстерня з Одеси – перлини біля моря. Каблучка з золота")  # the byname's sentence left out
    assert about == "Каблучка з золота" and lexicon.stone_of(about) is None


def test_red_gold_is_rose_gold(lexicon):
    assert lexicon.metal_of("червоне золото").color == "rose"


@pytest.mark.parametrize("text, stone", [
    ("з діамантами", "diamond"), ("з фіанітом", "cubic zirconia"), ("з перлиною", "pearl"), ("з прісноводними перлами", "pearl"),
    ("з гранатом", "garnet"), ("з топазом лондон блю", "topaz"), ("Без каміння", "none"), ("діамантова каблучка", "diamond"),
    ("намисто з перлів", "pearl"), ("фіаніти діамантової огранки", "cubic zirconia"),  # a brilliant's cut, no diamond
])  # fmt: skip
def test_ukrainian_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_a_diamond_cut_chain_names_no_stone(lexicon):
    assert lexicon.stone_of("Ланцюжок з алмазною гранню") is None


def test_ukrainian_listings_are_read_as_ukrainian():
    odesa = [("Каблучка з білого золота з діамантом", ""), ("Сережки з фіанітами", ""), ("Ланцюжок зі срібла", ""), ("Basic", "")]
    assert catalog_locale(odesa, 0.25).locale == "uk-UA"


@pytest.mark.parametrize("cell, amount", [("12 510 грн", 12510.0), ("7410 ₴", 7410.0), ("1 790,00 UAH", 1790.0), ("9 440 гривень", 9440.0)])
def test_hryvnia_prices(lexicon, cell, amount):
    price = parse_price(cell, lexicon.currencies)
    assert (price.amount, price.currency) == (amount, "UAH")


def test_the_currency_hint_says_hryvnias_for_a_ukrainian_shop_priced_in_them(lexicon):
    warning = currency_mismatch([2900.0, 11850.0, 24500.0], "USD", lexicon.currencies, region="UA")
    assert warning.startswith("the prices look like UAH")


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=3000 * n, currency="UAH", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def kyiv_shop():
    items = [_item(1, "ring", "sterling silver", "cubic zirconia"), _item(2, "engagement ring", "white gold", "diamond"),
             _item(3, "wedding band", "rose gold"), _item(4, "earrings", "gold plated silver", "pearl"), _item(5, "necklace", "yellow gold"),
             _item(6, "chain", "rose gold"), _item(7, "pendant", "sterling silver", "amethyst"), _item(8, "bracelet", "rose gold", "topaz"),
             _item(9, "earrings", "yellow gold", "garnet"), _item(10, "chain", "gold plated steel")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "UAH", vocabulary=shop).constraints


@pytest.mark.parametrize("said, price_min, price_max", [
    ("каблучка до 5000 грн", None, 5000), ("сережки не дорожче 30 тисяч", None, 30000), ("браслет від 20 до 40 тис.", 20000, 40000),
    ("ланцюжок в межах 10 тисяч гривень", None, 10000), ("каблучка від 15 тисяч", 15000, None),
    ("сережки до сорока тисяч", None, 40000),  # spoken: the number in words
])  # fmt: skip
def test_ukrainian_budgets(kyiv_shop, said, price_min, price_max):
    constraints = _constraints(said, kyiv_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


@pytest.mark.parametrize("said, kinds", [
    ("обручки", ["wedding band"]), ("сережки", ["earrings"]), ("сєрьожки", ["earrings"]), ("ланцюжок", ["chain"]), ("кулончик", ["pendant"]),
])  # fmt: skip
def test_ukrainian_and_surzhyk_kinds_in_requests(kyiv_shop, said, kinds):
    assert _constraints(said, kyiv_shop).categories == kinds


def test_gold_by_colour_and_proba_in_requests(kyiv_shop):
    assert _constraints("каблучка з червоного золота", kyiv_shop).metals == ["rose gold"]
    assert _constraints("каблучка 750 проби з білого золота", kyiv_shop).karats == [18]
    assert _constraints("позолочені сережки", kyiv_shop).metals == ["gold plated silver"]
    assert _constraints("обручки 18 карат", kyiv_shop).karats == [18]
    medical = _constraints("ланцюжок з медичного золота", kyiv_shop).metals  # gold-coloured steel, never gold
    assert "gold plated steel" in medical and not {"yellow gold", "white gold", "rose gold"} & set(medical)


def test_ukrainian_refusals(kyiv_shop):
    assert _constraints("каблучка без діамантів", kyiv_shop).exclude_gemstones == ["diamond"]
    assert _constraints("каблучка без каміння", kyiv_shop).gemstones == ["none"]


def test_a_surzhyk_request_and_a_refinement(kyiv_shop):
    surzhyk = _constraints("шо є кольцо з червоного золота з фіанітами?", kyiv_shop)
    assert (surzhyk.metals, surzhyk.gemstones) == (["rose gold"], ["cubic zirconia"])
    assert "similar" in understand("такі ж, але срібні", "UAH", vocabulary=kyiv_shop).refinements


def test_a_ukrainian_shopper_is_answered_in_ukrainian_and_a_russian_one_in_russian():
    from assistant.answer import format_price
    from assistant.answer_language import answer_language
    from assistant.phrasing import phrases_for

    assert answer_language("Шукаю обручку з червоного золота", "uk-UA") == ("uk", "uk-UA")
    assert answer_language("кольцо с бриллиантом для помолвки", "uk-UA")[0] == "ru"
    ukrainian = phrases_for("uk", "uk-UA")
    assert [ukrainian.say("openings", count=n, scope="(x)") for n in (1, 3, 5, 21)] == [
        "Ось 1 прикраса (x):", "Ось 3 прикраси (x):", "Ось 5 прикрас (x):", "Ось 21 прикраса (x):"]
    assert format_price(12510, "UAH", ukrainian) == "12 510 ₴"
