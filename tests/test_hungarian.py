"""Hungarian listings and requests (retrieval/lexicon/locales/hu-HU.toml, hu-HU.requests.toml): the
endings Hungarian puts on its nouns read in one place ([inflections.hu]: "gyűrűt", "aranyból",
"gyémánttal", "arannyal", "cirkóniás"), gold by its colour written apart or as one word ("fehér arany",
"fehérarany"; "vörösarany" is rose gold), 14 karátos and 585, gilded silver and PVD-gilded steel,
"arany színű" as a colour, a brilliant cut and a diamond-cut chain naming no diamond, Google's
Hungarian taxonomy paths, and forint prices ("89.900,- Ft", "250 ezerig", "15 000 Ft-ig", "12e")."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, parse_price
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_hungarian_pack_is_loaded_by_default():
    assert "hu-HU" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Női gyűrű", "ring"), ("Gyűrűk", "ring"), ("Szoliter eljegyzési gyűrű", "engagement ring"), ("Karikagyűrű pár", "wedding band"),
    ("Jegygyűrűk", "wedding band"), ("Karika fülbevaló", "earrings"), ("Lógós fülbevalók", "earrings"), ("Nyakék", "necklace"),
    ("Gyöngysor", "necklace"), ("Collier", "necklace"), ("Nyaklánc", "chain"), ("Láncok", "chain"), ("Medál", "pendant"),
    ("Karkötő", "bracelet"), ("Karperecek", "bangle"), ("Bokalánc", "anklet"), ("Bross", "brooch"),
])  # fmt: skip
def test_hungarian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("fehér arany", "white gold"), ("fehérarany", "white gold"), ("sárgaaranyból", "yellow gold"), ("rozé aranyból", "rose gold"),
    ("vörösarany", "rose gold"), ("arannyal", "gold"), ("925-ös sterling ezüst", "sterling silver"), ("ezüstből", "sterling silver"),
    ("925 ezüst, aranyozott", "gold plated silver"), ("aranyozott ezüst", "gold plated silver"),
    ("nemesacél, PVD aranyozással", "gold plated steel"), ("316L nemesacél", "stainless steel"), ("platina", "platinum"),
])  # fmt: skip
def test_hungarian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["Arany színű", "ezüst színű", "aktuális aranyár"])
def test_a_colour_or_the_gold_price_names_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_karat_as_hungary_writes_it(lexicon):
    assert lexicon.karat_of("14 karátos sárga arany").value == 14
    assert lexicon.karat_of("585 fehér arany").value == 14


@pytest.mark.parametrize("text, stone, color", [
    ("gyémánttal", "diamond", ""), ("briliánssal", "diamond", ""), ("brill kővel", "diamond", ""), ("cirkóniás", "cubic zirconia", ""),
    ("zöld cirkóniával", "cubic zirconia", "green"), ("gyönggyel", "pearl", ""), ("gyöngyös", "pearl", ""), ("rubinos", "ruby", ""),
    ("kék topázzal", "topaz", "blue"), ("smaragddal", "emerald", ""), ("gránáttal", "garnet", ""), ("kő nélkül", "none", ""),
    ("sima karikagyűrű", "none", ""), ("sima felületű gyűrű cirkóniával", "cubic zirconia", ""),  # plain; a smooth finish is no refusal
])  # fmt: skip
def test_hungarian_stones_with_their_endings(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color or "") == (stone, color)


@pytest.mark.parametrize("text", ["cirkónia kövek, briliáns csiszolással", "gyémántvágott lánc", "gyémántcsiszolású ezüst lánc"])
def test_a_brilliant_cut_and_a_diamond_cut_chain_name_no_diamond(lexicon, text):
    stone = lexicon.stone_of(text)
    assert stone is None or stone.stone != "diamond"


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("Medál sárga arany. A medál ára a láncot nem tartalmazza.").value == "pendant"


def test_the_endings_are_read_only_onto_hungarian_words(lexicon):
    assert lexicon.category_of("Plain bands") is None or lexicon.category_of("Plain bands").value != "necklace"
    assert lexicon.stone_of("Opals").stone == "opal"  # the English plural reads as it did


def test_hungarian_listings_are_read_as_hungarian():
    budapest = [("Fehérarany gyűrű", ""), ("Ezüst fülbevaló", ""), ("Karkötő nemesacél", ""), ("Charm", "")]
    assert catalog_locale(budapest, 0.25).locale == "hu-HU"


def test_googles_hungarian_taxonomy_paths_are_its_categories(lexicon):
    assert lexicon.google_categories["Ruházat és kiegészítők > Ékszerek > Gyűrűk"] == "ring"
    assert lexicon.google_categories["200"] == "ring"


@pytest.mark.parametrize("written, amount", [
    ("89 900 Ft", 89_900), ("89.900,- Ft", 89_900), ("89\u00a0900 HUF", 89_900), ("12.500 Ft.", 12_500), ("101900.00 HUF", 101_900),
])  # fmt: skip
def test_forint_prices_as_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "HUF")


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=20_000 * n, currency="HUF", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def budapest_shop():
    items = [_item(1, "ring", "white gold", "diamond"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver"), _item(8, "bracelet", "gold plated steel"), _item(9, "bangle", "yellow gold"),
             _item(10, "anklet", "stainless steel"), _item(11, "brooch", "yellow gold", "pearl")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "HUF", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("gyűrűt keresek", ["ring", "engagement ring", "wedding band"]), ("nyaklánc", ["chain", "necklace"]), ("lánc", ["chain"]),
    ("karkötő", ["bracelet"]), ("karperec", ["bangle"]), ("eljegyzesi gyuru", ["engagement ring"]), ("bokalánc", ["anklet"]),
])  # fmt: skip
def test_hungarian_kinds_in_requests(budapest_shop, said, kinds):
    assert _constraints(said, budapest_shop).categories == kinds


def test_plain_gold_is_solid_gold_and_steel_takes_in_its_gilded_kind(budapest_shop):
    assert set(_constraints("arany medál", budapest_shop).metals) == {"yellow gold", "white gold", "rose gold"}
    assert _constraints("feher arany gyuru gyemanttal", budapest_shop).metals == ["white gold"]
    assert "gold plated steel" in _constraints("nemesacél karkötő", budapest_shop).metals
    assert _constraints("sima nemesacél karkötő", budapest_shop).metals == ["stainless steel"]


@pytest.mark.parametrize("said, price_min, price_max", [
    ("arany gyűrű 100 ezer forint alatt", None, 100_000), ("arany lánc 250 ezerig", None, 250_000),
    ("fülbevaló 15 000 Ft-ig", None, 15_000), ("karkötő 1 millió Ft körül", 800_000, 1_200_000), ("karkötő 50 ezer felett", 50_000, None),
    ("fülbevaló max 12e", None, 12_000), ("gyűrű 150e-ig", None, 150_000), ("gyűrű 12 eFt alatt", None, 12_000),
])  # fmt: skip
def test_forint_budgets(budapest_shop, said, price_min, price_max):
    constraints = _constraints(said, budapest_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


def test_stones_and_refusals_in_requests(budapest_shop):
    assert _constraints("rubinos gyűrű", budapest_shop).gemstones == ["ruby"]
    assert _constraints("bross gyönggyel", budapest_shop).gemstones == ["pearl"]
    assert _constraints("kő nélküli ezüst gyűrű", budapest_shop).gemstones == ["none"]
    assert _constraints("ilyen sima karkötő", budapest_shop).gemstones == ["none"]


def test_a_glued_thousands_is_hungarian_only_beside_its_number(budapest_shop):
    # Italian "tra 200 e 400": an "e" apart from the number joins a range, as it did
    constraints = understand("anello tra 200 e 400 euro", "EUR", vocabulary=budapest_shop).constraints
    assert (constraints.price_min, constraints.price_max) == (200, 400)
