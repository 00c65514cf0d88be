"""Kazakh listings and requests (retrieval/lexicon/locales/kk-KZ.toml, kk-KZ.requests.toml): the endings
Kazakh glues on in vowel harmony ([inflections.kk]: "сырғалар", "күмістен", "інжулі"), red gold as rose
gold, the сынама fineness, Kazakh typed without its own letters ("сырга кумис"), budgets said with
"дейін" and "мың", the tenge reading Russia's thousands ("400 тыс", "20к") as its own, and carnelian
(сердолик) as a stone of its own."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

GOLDS = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_kazakh_pack_is_loaded_by_default():
    assert "kk-KZ" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Жүзік", "ring"), ("Күміс сақина", "ring"), ("Неке жүзігі", "wedding band"), ("Сырғалар", "earrings"),
    ("Алқа", "necklace"), ("Тұмар", "pendant"), ("Шынжыр", "chain"), ("Білезіктер", "bracelet"),
])  # fmt: skip
def test_kazakh_kinds_with_their_endings(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Алтын жүзік", "gold"), ("Ақ алтын", "white gold"), ("Қызыл алтын 585", "rose gold"), ("Сары алтыннан", "yellow gold"),
    ("Күмістен жасалған", "sterling silver"), ("Күміс 925", "sterling silver"),
])  # fmt: skip
def test_kazakh_metals_with_their_endings(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.fixture(scope="module")
def almaty_shop():
    def item(n, category, metal, gemstone="none"):
        return Item(id=f"i{n}", title=f"Piece {n}", price=10_000 * n, currency="KZT", category=category, metal=metal, gemstone=gemstone)

    items = [item(1, "ring", "yellow gold", "turquoise"), item(2, "engagement ring", "white gold", "diamond"), item(3, "wedding band", "rose gold"),
             item(4, "earrings", "sterling silver", "pearl"), item(5, "necklace", "sterling silver", "turquoise"), item(6, "chain", "yellow gold"),
             item(7, "pendant", "yellow gold", "carnelian"), item(8, "bracelet", "sterling silver", "carnelian")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "KZT", vocabulary=shop).constraints


def test_kazakh_request_with_stone_and_metal(almaty_shop):
    said = _constraints("жүзік ақ алтын гауһар тасты", almaty_shop)
    assert "ring" in said.categories and said.metals == ["white gold"] and said.gemstones == ["diamond"]


def test_kazakh_typed_without_its_letters(almaty_shop):
    said = _constraints("сырга кумис", almaty_shop)
    assert said.categories == ["earrings"] and said.metals == ["sterling silver"]


def test_pearl_is_inju_and_turquoise_peruza(almaty_shop):
    assert _constraints("сырға інжу", almaty_shop).gemstones == ["pearl"]
    assert _constraints("білезік перуза", almaty_shop).gemstones == ["turquoise"]


@pytest.mark.parametrize("said, most", [
    ("жүзік 50 мыңға дейін", 50_000), ("сырғалар 200 мыңға дейін", 200_000), ("жүзік елу мың теңгеге дейін", 50_000),
    ("браслет из золота до 400 тыс", 400_000), ("цепочка до 20к", 20_000), ("кулон до 20 тыс тг", 20_000), ("кольцо до 1 млн", 1_000_000),
])  # fmt: skip
def test_tenge_budgets(almaty_shop, said, most):
    assert _constraints(said, almaty_shop).price_max == most


def test_carnelian_is_a_stone_of_its_own(lexicon, almaty_shop):
    assert _constraints("браслет с сердоликом", almaty_shop).gemstones == ["carnelian"]
    assert lexicon.stone_of("Подвеска с сердоликом").stone == "carnelian"
    assert lexicon.stone_of("Сердолик тасты сырғалар").stone == "carnelian"
    assert lexicon.stone_of("Агат").stone == "agate"


@pytest.mark.parametrize("text, stone", [("Інжулі сырға", "pearl"), ("Гауһар тасты жүзік", "diamond"), ("Перуза тасты алқа", "turquoise"), ("Маржан", "coral")])
def test_kazakh_stones_with_their_endings(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("said, stone", [("изумрудные серьги", "emerald"), ("рубиновое кольцо", "ruby"), ("сапфировые серьги", "sapphire")])
def test_russian_stone_adjectives(almaty_shop, said, stone):
    assert _constraints(said, almaty_shop).gemstones == [stone]
