"""Romanian listings and requests (retrieval/lexicon/locales/ro-RO.toml, ro-RO.requests.toml): comma-below,
cedilla and bare letters ("brățară", "brăţară", "bratara"), articles and plurals, gold by fineness ("585",
"titlu 585", "de 14 carate"), gilded silver and steel, a diamond-cut chain with no diamond, a pendant sold
without its chain, the stones' Romanian names, lei budgets and refusals, and the leu (RON)."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.folding import words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_romanian_pack_is_loaded_by_default():
    assert "ro-RO" in DEFAULT_LOCALES


def test_comma_below_and_cedilla_letters_are_one_letter():
    assert words_of("Brățară lănțișor") == words_of("Brăţară lănţişor")


@pytest.mark.parametrize("title, kind", [
    ("Inel Luna", "ring"), ("Inelul Mara", "ring"), ("Inel de logodnă Vis", "engagement ring"), ("Inel logodna Vis", "engagement ring"),
    ("Verighetă Clasică", "wedding band"), ("Verighete (bucata) Dor", "wedding band"), ("Cercei tip șurub", "earrings"),
    ("Cercei creole", "earrings"), ("Medalion Soare", "pendant"), ("Colier Val", "necklace"), ("Lănţişor Ana", "chain"),
    ("Lantisor Ana", "chain"), ("Brățară Râu", "bracelet"), ("Bratara Rau", "bracelet"), ("Brăţară rigidă", "bangle"),
    ("Brățară de gleznă Nisip", "anklet"), ("Broșă Vânt", "brooch"),
])  # fmt: skip
def test_romanian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("Pandantiv Stea. Lănțișorul nu este inclus.").value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("inel aur galben", "yellow gold"), ("cercei din aur alb", "white gold"), ("brățară aur roz", "rose gold"),
    ("lanț argint 925 rodiat", "sterling silver"), ("pandantiv argint aurit", "gold plated silver"),
    ("colier argint placat cu aur", "gold plated silver"), ("lanț oţel inoxidabil placat cu aur (PVD)", "gold plated steel"),
    ("cercei oțel chirurgical 316L", "stainless steel"),
])  # fmt: skip
def test_romanian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, karat", [("Inel aur 585", 14), ("Colier aur 750", 18), ("Cercei aur de 14 carate", 14),
                                         ("aur galben, titlu 585", 14), ("Brățară aur 14 kt", 14)])
def test_gold_fineness_as_romanian_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone", [
    ("cu rubin", "ruby"), ("cu safir albastru", "sapphire"), ("cu smarald", "emerald"), ("cu perle de cultură", "pearl"),
    ("cu briliant", "diamond"), ("cu zirconii", "cubic zirconia"), ("cu cristale zirconia", "cubic zirconia"), ("cu granat", "garnet"),
    ("cu ametist", "amethyst"),
])  # fmt: skip
def test_romanian_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_a_diamond_cut_chain_names_no_diamond(lexicon):
    reading = lexicon.stone_of("Lanț aur cu tăietură diamant, diamantat.")
    assert reading is None or reading.stone != "diamond"


def test_the_leu_is_romania_s_currency(lexicon):
    assert "RON" in lexicon.currencies and "RO" in lexicon.currencies["RON"].regions


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piesa {n}", price=100 * n, currency="RON", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def cluj_like_shop():
    items = [_item(1, "ring", "white gold", "ruby"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver", "emerald"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "yellow gold", "garnet"),
             _item(10, "anklet", "sterling silver"), _item(11, "bangle", "yellow gold")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "RON", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("caut un inel", ANY_RING), ("inele de logodnă", ["engagement ring"]), ("verighete", ["wedding band"]), ("cerceii", ["earrings"]),
    ("un medalion", ["pendant"]), ("o brăţară rigidă", ["bangle"]), ("bratara de glezna", ["anklet"]), ("o broșă", ["brooch"]),
])  # fmt: skip
def test_romanian_kinds_in_requests(cluj_like_shop, said, kinds):
    assert _constraints(said, cluj_like_shop).categories == kinds


def test_gold_and_stones_in_requests(cluj_like_shop):
    assert set(_constraints("colier din aur", cluj_like_shop).metals) == SOLID_GOLD
    assert _constraints("inel din aur alb cu rubin", cluj_like_shop).metals == ["white gold"]
    assert _constraints("inel din aur alb cu rubin", cluj_like_shop).gemstones == ["ruby"]
    assert _constraints("cercei din oţel inoxidabil", cluj_like_shop).metals == ["stainless steel"]


def test_lei_budgets_and_refusals(cluj_like_shop):
    assert _constraints("inel de logodna sub 5000 lei", cluj_like_shop).price_max == 5000
    assert _constraints("colier până în 3000 RON", cluj_like_shop).price_max == 3000
    assert _constraints("inel sub două mii de lei", cluj_like_shop).price_max == 2000
    assert _constraints("cercei fără zirconii", cluj_like_shop).exclude_gemstones == ["cubic zirconia"]
    assert _constraints("un inel simplu, fără pietre", cluj_like_shop).gemstones == ["none"]


def test_a_bracelet_asked_for_is_any_bracelet_a_bangle_too(cluj_like_shop):
    assert _constraints("brățară de argint", cluj_like_shop).categories == ["bracelet", "bangle"]


def test_14k_before_cu_is_a_karat_not_money(cluj_like_shop):
    """"cu" (with) is also a multiplier elsewhere (Vietnamese "củ", a million): after "14k" it makes no price."""
    constraints = _constraints("inel de logodnă aur alb 14k cu diamant", cluj_like_shop)
    assert constraints.karats == [14] and constraints.price_min is None and constraints.price_max is None
    assert _constraints("inel sub 14k lei", cluj_like_shop).price_max == 14000
