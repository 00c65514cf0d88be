"""Czech listings and requests (retrieval/lexicon/locales/cs-CZ.toml, cs-CZ.requests.toml): the cases
Czech puts on its nouns and adjectives ("prstenu", "s granáty", "ze stříbra", "ve zlatě"), gold by its
colour ("červené zlato" is rose gold) and fineness (585/1000, 14 kt), gilded silver and gilded tombak,
surgical steel, "stříbrné barvy" as a colour, a pendant sold without its chain, an anklet that is a
"řetízek na nohu", moldavite (vltavín) and Czech garnet, and koruna budgets ("do 6 tisíc", "do
tisícovky", "13 tis.", "12 990 Kč")."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_czech_pack_is_loaded_by_default():
    assert "cs-CZ" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Prsten s onyxem", "ring"), ("Prstýnek Kopretina", "ring"), ("Zásnubní prsten Solitér", "engagement ring"),
    ("Snubní prsteny – pár", "wedding band"), ("Náušnice pecky", "earrings"), ("Přívěsek Lístek", "pendant"),
    ("Náhrdelník Kapka", "necklace"), ("Řetízek pancer 50 cm", "chain"), ("Náramek Vlnka", "bracelet"),
    ("Řetízek na nohu Mušle", "anklet"), ("Nákotník", "anklet"), ("Brož Vážka", "brooch"), ("Souprava Zima", "jewellery set"),
])  # fmt: skip
def test_czech_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("Přívěsek Slunce. Cena je uvedena bez řetízku.").value == "pendant"


def test_the_cases_of_a_kind_are_read_onto_it(lexicon):
    assert lexicon.category_of("Velikost prstenu 54").value == "ring"
    assert lexicon.category_of("řetízky").value == "chain"


@pytest.mark.parametrize("text, metal", [
    ("bílé zlato", "white gold"), ("žluté zlato, ryzost 585/1000", "yellow gold"), ("z červeného zlata", "rose gold"),
    ("zlato růžové", "rose gold"), ("ve zlatě", "gold"), ("ze stříbra", "sterling silver"), ("stříbro 925/1000, rhodiováno", "sterling silver"),
    ("Ag 925", "sterling silver"), ("pozlacené stříbro", "gold plated silver"), ("stříbro zlacené", "gold plated silver"),
    ("tombak pozlacený", "gold plated brass"), ("chirurgická ocel 316L", "stainless steel"), ("ocel stříbrné barvy", "stainless steel"),
])  # fmt: skip
def test_czech_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["Zlatavý lesk, vypadá jako zlato", "Zlatíčko", "stříbrné barvy"])
def test_a_colour_or_a_pet_name_names_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_gold_fineness_as_czechia_hallmarks_it(lexicon):
    assert lexicon.karat_of("žluté zlato, ryzost 585/1000").value == 14
    assert lexicon.karat_of("bílé zlato 18 kt").value == 18
    assert lexicon.karat_of("zlato 750").value == 18


@pytest.mark.parametrize("text, stone, color", [
    ("s granátem", "garnet", ""), ("s českými granáty", "garnet", ""), ("pyropy", "garnet", ""), ("se zirkony", "cubic zirconia", ""),
    ("s bílým zirkonem", "cubic zirconia", "white"), ("s vltavínem", "moldavite", ""), ("vltavínový", "moldavite", ""),
    ("s perlou", "pearl", ""), ("s briliantem", "diamond", ""), ("modrý topaz", "topaz", "blue"), ("s ametystem", "amethyst", ""),
    ("bez kamene", "none", ""),
])  # fmt: skip
def test_czech_stones_with_their_endings(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color or "") == (stone, color)


def test_a_brilliant_cut_names_no_diamond(lexicon):
    stone = lexicon.stone_of("zirkon v briliantovém brusu")
    assert stone is not None and stone.stone == "cubic zirconia"


def test_the_czech_endings_are_read_only_onto_czech_words(lexicon):
    assert lexicon.stone_of("Opals").stone == "opal"  # the English plural reads as it did
    assert lexicon.category_of("Gold rings").value == "ring"


@pytest.mark.parametrize("written, amount", [
    ("12 990 Kč", 12990.0), ("12.990,- Kč", 12990.0), ("1290,- Kč", 1290.0), ("Kč 1 290,-", 1290.0), ("1 290,00 Kč", 1290.0), ("1290 CZK", 1290.0),
])  # fmt: skip
def test_koruna_prices_as_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "CZK")


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Kus {n}", price=1_000 * n, currency="CZK", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def prague_shop():
    items = [_item(1, "ring", "white gold", "diamond"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver", "moldavite"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "gold plated brass", "garnet"),
             _item(10, "anklet", "sterling silver", "cubic zirconia"), _item(11, "jewellery set", "yellow gold", "garnet")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "CZK", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("hledám prsten", ANY_RING), ("prstýnek", ANY_RING), ("zásnubák", ["engagement ring"]), ("snubní prsteny", ["wedding band"]),
    ("řetízek na nohu", ["anklet"]), ("nákotník", ["anklet"]), ("řetízek", ["chain"]), ("souprava", ["jewellery set"]), ("brož", ["brooch"]),
])  # fmt: skip
def test_czech_kinds_in_requests(prague_shop, said, kinds):
    assert _constraints(said, prague_shop).categories == kinds


def test_plain_gold_is_solid_gold_of_any_colour_and_red_gold_is_rose(prague_shop):
    assert set(_constraints("zlatý přívěsek", prague_shop).metals) == SOLID_GOLD
    assert _constraints("snubní prsten z červeného zlata", prague_shop).metals == ["rose gold"]
    assert _constraints("náušnice v bílém zlatě", prague_shop).metals == ["white gold"]
    assert _constraints("náramek z chirurgické oceli", prague_shop).metals == ["stainless steel"]
    assert "gold plated brass" in _constraints("náušnice bižuterie", prague_shop).metals


def test_fineness_and_karats_in_requests(prague_shop):
    assert _constraints("náušnice ze žlutého zlata 585", prague_shop).karats == [14]
    assert _constraints("prsten z 18karátového zlata", prague_shop).karats == [18]
    assert _constraints("zlatý řetízek 14 karátů", prague_shop).karats == [14]


@pytest.mark.parametrize("said, price_min, price_max", [
    ("prsten do 6 tisíc", None, 6000), ("řetízek do tisícovky", None, 1000), ("náušnice do 13 tis.", None, 13000),
    ("prsten do 20 000 Kč", None, 20000), ("přívěsek do 3 000,- Kč", None, 3000), ("prsten kolem 5 tisíc korun", 4000, 6000),
    ("náramek od 2000 Kč", 2000, None),
])  # fmt: skip
def test_koruna_budgets(prague_shop, said, price_min, price_max):
    constraints = _constraints(said, prague_shop)
    assert (constraints.price_min, constraints.price_max) == (price_min, price_max)


def test_stones_and_refusals_in_requests(prague_shop):
    assert _constraints("přívěsek s vltavínem", prague_shop).gemstones == ["moldavite"]
    assert _constraints("souprava s českými granáty", prague_shop).gemstones == ["garnet"]
    assert _constraints("prsten z bílého zlata bez kamene", prague_shop).gemstones == ["none"]
    assert _constraints("stříbrný prsten bez zirkonů", prague_shop).exclude_gemstones == ["cubic zirconia"]
    assert _constraints("zlatý prsten, ne stříbro", prague_shop).exclude_metals == ["sterling silver"]


def test_a_plain_ring_is_still_a_ring(prague_shop):
    """'hladký' says plain; the ring after it stays the kind asked for."""
    constraints = _constraints("hladký prsten ze žlutého zlata", prague_shop)
    assert constraints.categories == ANY_RING and constraints.gemstones == ["none"]
