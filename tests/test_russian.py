"""Russian listings and requests (retrieval/lexicon/locales/ru-RU.toml, ru-RU.requests.toml): "ё" read
as "е", case endings read in one place ([inflections.ru], retrieval/inflections.py) in listings and
requests alike, red gold as rose gold, 585 / 750 пробы as 14 / 18 karat, gilded silver, фианит as
cubic zirconia and бриллиант / алмаз as diamond (but not "алмазная грань" nor "бриллиантовая огранка"),
rouble prices, budgets, refusals, Russian ring sizes, and a Tilda shop's "Архив" section hidden."""

import pytest

from assistant.understanding import understand
from https_cdn import write
from retrieval.catalog import Item, load_catalog
from retrieval.catalog_language import catalog_locale
from retrieval.folding import words_of
from retrieval.inflections import inflection_index, inflections_from, read_inflected
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import parse_price
from retrieval.shop_vocabulary import shop_vocabulary
from retrieval.variants import ring_sizes
from test_formats_tilda import product, rows


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_russian_pack_is_loaded_by_default():
    assert "ru-RU" in DEFAULT_LOCALES


def test_yo_is_read_as_ye():
    assert words_of("Жёлтое золото") == words_of("желтое золото") == ["желтое", "золото"]


@pytest.mark.parametrize("title, kind", [
    ("Колечко с сапфиром", "ring"), ("Кольца из серебра", "ring"), ("Помолвочное кольцо с бриллиантом", "engagement ring"),
    ("Обручальные кольца", "wedding band"), ("Пара обручальных колец", "wedding band"), ("Пять серёжек", "earrings"), ("Серёжки с жемчугом", "earrings"), ("Пусеты из белого золота", "earrings"),
    ("Серьги-конго", "earrings"), ("Подвеска-сердце", "pendant"), ("Кулон. Цепочка в комплект не входит", "pendant"),
    ("Цепочкой на шею", "chain"), ("Браслет на ногу", "anklet"), ("Брошь-булавка", "brooch"), ("Пирсинг в нос", "nose pin"),
])  # fmt: skip
def test_russian_kinds_in_their_cases(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("Кольцо из красного золота 585 пробы", "rose gold", 14), ("серьги из белого золота 750", "white gold", 18),
    ("с жёлтым золотом", "yellow gold", None), ("Золотое кольцо", "gold", None), ("серебро 925 пробы, родирование", "sterling silver", None),
    ("Серебро 925 пробы с позолотой", "gold plated silver", None), ("позолоченная подвеска", "gold plated silver", None),
    ("из позолоченного серебра", "gold plated silver", None), ("Серебро, позолота", "gold plated silver", None),
])  # fmt: skip
def test_russian_metals_and_their_proba(lexicon, text, metal, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_red_gold_is_rose_gold(lexicon):
    assert lexicon.metal_of("красное золото").color == "rose"


@pytest.mark.parametrize("text, stone", [
    ("с бриллиантами", "diamond"), ("с алмазом", "diamond"), ("с фианитом", "cubic zirconia"), ("с хризолитами", "peridot"),
    ("с культивированным жемчугом", "pearl"), ("Без вставок", "none"),
    ("фианиты бриллиантовой огранки", "cubic zirconia"),  # a brilliant's cut, no diamond
])  # fmt: skip
def test_russian_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_a_diamond_cut_chain_names_no_stone(lexicon):
    assert lexicon.stone_of("Цепь с алмазной гранью") is None
    assert lexicon.stone_of("Цепочка с алмазной обработкой, фианит бриллиантовой огранки").stone == "cubic zirconia"


def test_a_stones_weight_with_a_decimal_comma(lexicon):
    assert lexicon.carat_of("бриллиант 0,15 карат").value == 0.15


def test_russian_listings_are_read_as_russian():
    moscow = [("Кольцо из белого золота с бриллиантом", ""), ("Серьги с фианитами", ""), ("Цепочка серебро 925", ""), ("Basic", "")]
    assert catalog_locale(moscow, 0.25).locale == "ru-RU"


@pytest.mark.parametrize("cell, amount", [("61 990 ₽", 61990.0), ("2\u202f090 руб.", 2090.0), ("2 090,00 ₽", 2090.0), ("3990 р.", 3990.0)])
def test_rouble_prices(lexicon, cell, amount):
    price = parse_price(cell, lexicon.currencies)
    assert (price.amount, price.currency) == (amount, "RUB")


def test_russian_ring_sizes_are_inner_diameters(lexicon):
    assert ring_sizes({"Размер": ["16", "16,5", "17"]}, lexicon.ring_size_options) == ring_sizes({"Размер": ["16", "16.5", "17"]}, lexicon.ring_size_options)
    assert ring_sizes({"Размер": ["17"]}, lexicon.ring_size_options) == [6.5]


def test_endings_are_read_only_onto_the_packs_own_words():
    inflections = inflections_from({"xx": {"endings": ["ами", "а", "о"], "min_core": 3, "listings": True, "words": ["кольцо"]}})
    index = inflection_index([("кольцо",), ("ring",)], inflections)
    assert read_inflected(["кольцами", "ringа", "string"], inflections, index, lambda word: True) == ["кольцо", "ringа", "string"]


def test_a_bad_inflection_table_is_refused():
    with pytest.raises(ValueError, match="min_core"):
        inflections_from({"xx": {"endings": ["а"], "min_core": 0}})


def test_a_product_in_the_archive_section_is_not_for_sale(tmp_path):
    text = rows(product("1", "Кольцо из серебра", Category="Кольца", Price="3990"),
                product("2", "Кольцо из золота", Category="Архив", Price="29990"),
                product("3", "Cuff", Category="Bracelets;Archive", Price="900"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "store.csv", text), currency="RUB")
    assert [item.id for item in loaded.items] == ["1"]
    assert [(skipped.id, skipped.reason) for skipped in loaded.skipped] == [
        ("2", "hidden (in the section 'Архив')"), ("3", "hidden (in the section 'Archive')")]


def test_a_section_merely_named_like_one_is_for_sale(tmp_path):
    text = rows(product("1", "Кольцо", Category="Архивная коллекция 2019", Price="3990"))
    assert [item.id for item in load_catalog(write(tmp_path / "store.csv", text), currency="RUB").items] == ["1"]


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=3000 * n, currency="RUB", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def moscow_shop():
    items = [_item(1, "ring", "sterling silver", "cubic zirconia"), _item(2, "engagement ring", "white gold", "diamond"),
             _item(3, "wedding band", "rose gold"), _item(4, "earrings", "gold plated silver", "pearl"), _item(5, "necklace", "yellow gold"),
             _item(6, "chain", "rose gold"), _item(7, "pendant", "sterling silver", "amethyst"), _item(8, "bracelet", "rose gold", "topaz"),
             _item(9, "earrings", "yellow gold", "peridot"), _item(10, "brooch", "sterling silver", "cubic zirconia")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "RUB", vocabulary=shop).constraints


@pytest.mark.parametrize("said, price_min, price_max", [
    ("кольцо до 50 000 ₽", None, 50000), ("серьги не дороже 30 тысяч", None, 30000), ("браслет от 20 до 40 тыс.", 20000, 40000),
    ("цепочка 50к", 40000, 60000), ("подвеска около 5000 руб", 4000, 6000), ("кольцо от 15 тысяч", 15000, None),
])  # fmt: skip
def test_russian_budgets(moscow_shop, said, price_min, price_max):
    constraints = _constraints(said, moscow_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


@pytest.mark.parametrize("said, kinds", [
    ("кольцо", ["ring", "engagement ring", "wedding band"]), ("обручальные кольца", ["wedding band"]), ("серёжки", ["earrings"]),
    ("пусеты", ["earrings"]), ("кулончик", ["pendant"]), ("цепочку", ["chain"]), ("брошку", ["brooch"]), ("sergi", ["earrings"]),
])  # fmt: skip
def test_russian_kinds_in_requests(moscow_shop, said, kinds):
    assert _constraints(said, moscow_shop).categories == kinds


def test_gold_by_colour_and_proba_in_requests(moscow_shop):
    assert set(_constraints("золотые серьги", moscow_shop).metals) == {"yellow gold", "white gold", "rose gold"}
    assert _constraints("кольцо из красного золота", moscow_shop).metals == ["rose gold"]
    assert _constraints("кольцо 750 пробы из белого золота", moscow_shop).karats == [18]
    assert _constraints("позолоченные серьги", moscow_shop).metals == ["gold plated silver"]


def test_russian_refusals(moscow_shop):
    assert _constraints("кольцо без бриллиантов", moscow_shop).exclude_gemstones == ["diamond"]
    assert set(_constraints("серьги, только не золото", moscow_shop).exclude_metals) == {"yellow gold", "white gold", "rose gold"}
    no_stones = _constraints("кольцо без камней из жёлтого золота", moscow_shop)  # "без" spent on the stones
    assert (no_stones.gemstones, no_stones.metals, no_stones.exclude_metals) == (["none"], ["yellow gold"], [])


def test_a_refinement_and_a_russian_ring_size(moscow_shop):
    understood = understand("такое же, но подешевле", "RUB", vocabulary=moscow_shop)
    assert set(understood.refinements) >= {"similar", "cheaper"}
    assert _constraints("обручальное кольцо размер 17", moscow_shop).ring_size == 6.5
