"""Armenian listings and requests (retrieval/lexicon/locales/hy-AM.toml, hy-AM.requests.toml): the endings
Armenian glues to its nouns read in one place ([inflections.hy]: "մատանիներ", "ոսկուց", "նռնաքարով"),
red gold as rose gold, the հարգ fineness, the country's stones (obsidian, turquoise, garnet), the words
that begin with ոսկ- and name no gold (goldsmith, gold-coloured), Armenian typed in Latin letters, the
numbers said in words ("հինգ հարյուր հազար") and the dram (AMD) as Armenian shops write it."""

import pytest

from assistant.phrasing import phrases_for
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, currency_mismatch, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

GOLD = {"yellow gold", "white gold", "rose gold"}
RINGS = ["ring", "engagement ring", "wedding band"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_armenian_pack_is_loaded_by_default():
    assert "hy-AM" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Մատանի", "ring"), ("Կանացի մատանիներ", "ring"), ("Նշանադրության մատանի ադամանդով", "engagement ring"),
    ("Ամուսնական մատանիներ", "wedding band"), ("Հարսանեկան մատանի", "wedding band"), ("Ականջօղեր", "earrings"),
    ("Օղակաձև ականջօղեր", "earrings"), ("Վզնոց", "necklace"), ("Մանյակ մարգարիտով", "necklace"), ("Կախազարդ", "pendant"),
    ("Խաչ", "pendant"), ("Մեդալիոն", "pendant"), ("Շղթա", "chain"), ("Ապարանջան", "bracelet"), ("Ոտքի ապարանջան", "anklet"),
])  # fmt: skip
def test_armenian_kinds_with_their_endings(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_whose_chain_is_sold_apart_is_a_pendant(lexicon):
    assert lexicon.category_of("Արծաթյա խաչ կախազարդ: Շղթան վաճառվում է առանձին:").value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("Ոսկյա մատանի", "gold"), ("Ոսկե ականջօղեր", "gold"), ("Պատրաստված է ոսկուց", "gold"), ("Դեղին ոսկի", "yellow gold"),
    ("Սպիտակ ոսկուց", "white gold"), ("Կարմիր ոսկի 585", "rose gold"), ("Վարդագույն ոսկուց", "rose gold"),
    ("Արծաթ 925", "sterling silver"), ("Արծաթյա շղթա", "sterling silver"), ("Պատրաստված է արծաթից", "sterling silver"),
    ("Ոսկեզօծ արծաթ", "gold plated silver"),
])  # fmt: skip
def test_armenian_metals_with_their_endings(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["Ձեռքի աշխատանք, մեր ոսկերիչը", "Ոսկեգույն տուփ", "Ոսկերչական սրահ"])
def test_a_goldsmith_and_a_gold_coloured_box_name_no_gold(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_silver_with_a_goldsmith_and_a_gold_coloured_box_stays_silver(lexicon):
    text = "Արծաթյա ապարանջան: Պատրաստել է մեր ոսկերիչը: Ոսկեգույն տուփում:"
    assert lexicon.metal_of(text).metal == "sterling silver"


def test_the_fineness_as_armenia_writes_it(lexicon):
    assert lexicon.karat_of("Դեղին ոսկի 585 հարգի").value == 14
    assert lexicon.karat_of("Սպիտակ ոսկի, 750 հարգ").value == 18


@pytest.mark.parametrize("text, stone", [
    ("Մատանի ադամանդով", "diamond"), ("բրիլիանտով", "diamond"), ("ցիրկոններով", "cubic zirconia"), ("նռնաքարով", "garnet"),
    ("Մարգարիտով ականջօղեր", "pearl"), ("փիրուզով", "turquoise"), ("Սև օբսիդիան", "obsidian"), ("շափյուղայով", "sapphire"),
    ("զմրուխտով", "emerald"), ("Առանց քարերի", "none"),
])  # fmt: skip
def test_armenian_stones_with_their_endings(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_the_pomegranate_motif_is_no_garnet(lexicon):
    assert lexicon.stone_of("Ապարանջան «Նուռ»") is None


def test_the_endings_are_read_only_onto_armenian_words(lexicon):
    assert lexicon.stone_of("Opals").stone == "opal"
    assert lexicon.category_of("Rings").value == "ring"


def test_armenian_listings_are_read_as_armenian():
    yerevan = [("Ոսկյա մատանի", ""), ("Արծաթյա ականջօղեր", ""), ("Ապարանջան", ""), ("Charm", "")]
    assert catalog_locale(yerevan, 0.25).locale == "hy-AM"


@pytest.mark.parametrize("written, amount", [
    ("115 000 ֏", 115_000), ("115 000֏", 115_000), ("115 000 դրամ", 115_000), ("19 000 դր.", 19_000), ("141 000 драм", 141_000),
    ("68000 AMD", 68_000),
])  # fmt: skip
def test_dram_prices_as_armenian_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "AMD")


def test_an_armenian_catalog_priced_in_dollars_is_told_it_looks_like_drams(lexicon):
    warning = currency_mismatch([130_000.0] * 5, "USD", lexicon.currencies, region="AM")
    assert warning is not None and "AMD" in warning.split(",")[0]


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=10_000 * n, currency="AMD", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def yerevan_shop():
    items = [_item(1, "ring", "yellow gold", "garnet"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "turquoise"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "yellow gold", "obsidian"), _item(8, "bracelet", "sterling silver", "obsidian")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "AMD", vocabulary=shop).constraints


def test_plain_gold_is_solid_gold_and_a_colour_before_it_keeps_its_colour(yerevan_shop):
    assert set(_constraints("ոսկե ականջօղեր", yerevan_shop).metals) == GOLD
    assert _constraints("սպիտակ ոսկե շղթա", yerevan_shop).metals == ["white gold"]
    assert _constraints("ամուսնական մատանիներ կարմիր ոսկուց", yerevan_shop).metals == ["rose gold"]


def test_kind_stone_and_budget_in_an_armenian_request(yerevan_shop):
    said = _constraints("նշանադրության մատանի ադամանդով մինչև 400 000 դրամ", yerevan_shop)
    assert said.categories == ["engagement ring"] and said.gemstones == ["diamond"] and said.price_max == 400_000


def test_a_budget_said_in_words(yerevan_shop):
    assert _constraints("ապարանջան մինչև երկու հարյուր հազար դրամ", yerevan_shop).price_max == 200_000
    assert _constraints("ականջօղեր մինչև քառասուն հազար դրամ", yerevan_shop).price_max == 40_000


def test_the_fineness_said_in_words_and_in_digits(yerevan_shop):
    assert _constraints("մատանի յոթ հարյուր հիսուն հարգի", yerevan_shop).karats == [18]
    assert _constraints("տասնութ կարատ ոսկե մատանի", yerevan_shop).karats == [18]
    assert _constraints("ոսկե շղթա 585", yerevan_shop).karats == [14]


@pytest.mark.parametrize("said, kinds, metals, stones", [
    ("voske matani", RINGS, GOLD, set()), ("artsatya akanjogher", ["earrings"], {"sterling silver"}, set()),
    ("kakhazard obsidianov", ["pendant"], set(), {"obsidian"}), ("aparanjan voskuc", ["bracelet"], GOLD, set()),
])  # fmt: skip
def test_armenian_typed_in_latin_letters(yerevan_shop, said, kinds, metals, stones):
    said = _constraints(said, yerevan_shop)
    assert said.categories == kinds and set(said.metals) == metals and set(said.gemstones) == stones


def test_a_request_without_stones_refuses_them(yerevan_shop):
    assert _constraints("ոսկե ապարանջան առանց քարերի", yerevan_shop).gemstones == ["none"]


# --- x70: every stone and colour of the lexicon that Armenia's trade names, read with its endings and written back ---

@pytest.mark.parametrize("text, stone", [
    ("Մատանի լուսնաքարով", "moonstone"), ("քրիզոլիտով ականջօղեր", "peridot"), ("Սադափով կախազարդ", "mother of pearl"),
    ("տուրմալիններով", "tourmaline"), ("ալեքսանդրիտով", "alexandrite"), ("շպինելով", "spinel"), ("նեֆրիտից ապարանջան", "jade"),
    ("լաջվարդով", "lapis lazuli"), ("տանզանիտով", "tanzanite"), ("քվարցով", "quartz"), ("մորգանիտով", "morganite"),
    ("լաբրադորիտով", "labradorite"), ("Լեռնային բյուրեղապակի", "rock crystal"),
])  # fmt: skip
def test_more_armenian_stones_with_their_endings(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text, colour", [
    ("Անգույն տոպազ", "colorless"), ("Նարնջագույն շափյուղա", "orange"), ("Մոխրագույն մարգարիտ", "grey"),
    ("Շագանակագույն քվարց", "brown"), ("Դարչնագույն ագաթ", "brown"), ("Փիրուզագույն քար", "turquoise"),
    ("Բաց կապույտ տոպազ", "light blue"), ("Կրեմագույն մարգարիտ", "cream"),
])  # fmt: skip
def test_more_armenian_stone_colours(lexicon, text, colour):
    assert lexicon.color_of(text).value == colour


def test_a_yellow_gold_is_no_yellow_stone_in_a_request(yerevan_shop):
    said = _constraints("դեղին ոսկե մատանի", yerevan_shop)
    assert said.metals == ["yellow gold"] and said.gemstone_colors == []


def test_an_armenian_request_for_a_moonstone_or_a_grey_pearl():
    items = [_item(1, "ring", "white gold", "moonstone"), _item(2, "earrings", "sterling silver", "pearl"), _item(3, "pendant", "yellow gold", "peridot")]
    shop = shop_vocabulary(items, load_lexicon())
    assert _constraints("արծաթյա մատանի լուսնաքարով", shop).gemstones == ["moonstone"]
    assert _constraints("կախազարդ քրիզոլիտով", shop).gemstones == ["peridot"]
    assert _constraints("ականջօղեր սադափով", shop).gemstones == ["mother of pearl"]


@pytest.mark.parametrize("table, value, armenian", [
    ("stones", "moonstone", "լուսնաքար"), ("stones", "peridot", "քրիզոլիտ"), ("stones", "mother of pearl", "սադափ"),
    ("stones", "tourmaline", "տուրմալին"), ("stones", "jade", "նեֆրիտ"), ("stones", "lapis lazuli", "լազուրիտ"),
    ("stones", "emerald", "զմրուխտ"), ("stones", "amber", "սաթ"), ("colors", "grey", "մոխրագույն"), ("colors", "brown", "շագանակագույն"),
    ("colors", "orange", "նարնջագույն"), ("colors", "yellow", "դեղին"), ("colors", "colorless", "անգույն"), ("colors", "black", "սև"),
])  # fmt: skip
def test_armenian_answers_write_the_stones_and_colours_in_armenian(table, value, armenian):
    assert phrases_for("hy", "hy-AM").name(table, value) == armenian
