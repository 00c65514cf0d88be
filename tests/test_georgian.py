"""Georgian listings and requests (retrieval/lexicon/locales/ka-GE.toml, ka-GE.requests.toml): the case
endings and postpositions Georgian glues to its nouns read in one place ([inflections.ka]: "ბეჭდები",
"ოქროს", "ოქროში", "ზურმუხტით"), red gold as rose gold, the hallmark fineness ("585 სინჯი") and
"18 კარატიანი" as karats while a bare "კარატი" weighs a stone, gilded silver never solid gold, enamel no
stone, the women's names Lali and Margalita no ruby or pearl, and the lari (GEL) with its "-მდე" budgets."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.importer import unread_kinds_warning
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, currency_mismatch, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_georgian_pack_is_loaded_by_default():
    assert "ka-GE" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("ბეჭედი", "ring"), ("ბეჭდები", "ring"), ("ქალის ბეჭდის მოდელი", "ring"), ("ნიშნობის ბეჭედი", "engagement ring"),
    ("საქორწინო ბეჭდები", "wedding band"), ("საყურეები", "earrings"), ("ყელსაბამი", "necklace"), ("გულსაკიდი", "pendant"),
    ("ჯაჭვი", "chain"), ("სამაჯურები", "bracelet"), ("ბროში", "brooch"), ("კომპლექტი: ყელსაბამი და საყურეები", "jewellery set"),
])  # fmt: skip
def test_georgian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("ვერცხლის გულსაკიდი. ჯაჭვი არ შედის ფასში.").value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("ოქროს ბეჭედი", "gold"), ("თეთრი ოქროს საყურე", "white gold"), ("ყვითელ ოქროში", "yellow gold"), ("წითელი ოქრო", "rose gold"),
    ("ვარდისფერი ოქროს", "rose gold"), ("ვერცხლის ჯაჭვი", "sterling silver"), ("ვერცხლში", "sterling silver"),
    ("მოოქროვილი ვერცხლის სამაჯური", "gold plated silver"), ("ვერცხლი 925, მოოქროვილი", "gold plated silver"),
    ("სამედიცინო ფოლადი 316L", "stainless steel"), ("პლატინის", "platinum"),
])  # fmt: skip
def test_georgian_metals_with_their_endings(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text", ["ოქროსფერი ბზინვარება", "ფერი: ვერცხლისფერი", "ოქროს ფასი დღეს"])
def test_a_colour_or_the_gold_price_names_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_fineness_and_karats_as_georgia_writes_them(lexicon):
    assert lexicon.karat_of("585 სინჯის ოქრო").value == 14
    assert lexicon.karat_of("თეთრი ოქრო 750 სინჯი").value == 18
    assert lexicon.karat_of("18 კარატიანი ოქროს ბეჭედი").value == 18


def test_a_bare_carat_weighs_the_stone_not_the_gold(lexicon):
    assert lexicon.karat_of("ბრილიანტის წონა: 0.3 კარატი") is None


@pytest.mark.parametrize("text, stone", [
    ("ბეჭედი ზურმუხტით", "emerald"), ("საყურეები ბრილიანტებით", "diamond"), ("ცირკონით", "cubic zirconia"),
    ("მარგალიტის ყელსაბამი", "pearl"), ("ბეჭედი ლალით", "ruby"), ("თვალი: ბუნებრივი ლალი", "ruby"), ("ფირუზით", "turquoise"),
    ("საფირონით", "sapphire"), ("გრანატით", "garnet"), ("თვლის გარეშე", "none"),
])  # fmt: skip
def test_georgian_stones_with_their_endings(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("title", ["ვერცხლის გულსაკიდი - ლალი", "ოქროს ბეჭედი „მარგალიტა“"])
def test_womens_names_given_to_designs_are_no_stones(lexicon, title):
    assert lexicon.stone_of(title) is None


def test_enamel_is_no_stone(lexicon):
    reading = lexicon.stone_of("ტიხრული მინანქარი. მინანქარი არ არის ძვირფასი ქვა – ეს მინის მასაა.")
    assert reading is None or reading.stone == "none"


def test_the_endings_are_read_only_onto_georgian_words(lexicon):
    assert lexicon.stone_of("Opals").stone == "opal"
    assert lexicon.category_of("Rings").value == "ring"


def test_georgian_listings_are_read_as_georgian():
    tbilisi = [("ოქროს ბეჭედი", ""), ("ვერცხლის საყურეები", ""), ("სამაჯური", ""), ("Charm", "")]
    assert catalog_locale(tbilisi, 0.25).locale == "ka-GE"


@pytest.mark.parametrize("written, amount", [("120 ₾", 120), ("₾1 290", 1_290), ("1 290 ლარი", 1_290), ("85 GEL", 85), ("45 ლ", 45)])
def test_lari_prices_as_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "GEL")


def test_a_georgian_catalog_priced_in_dollars_is_told_it_looks_like_lari(lexicon):
    warning = currency_mismatch([9_000.0] * 5, "USD", lexicon.currencies, region="GE")
    assert warning is not None and "GEL" in warning.split(",")[0]


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=150 * n, currency="GEL", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def tbilisi_shop():
    items = [_item(1, "ring", "yellow gold", "emerald"), _item(2, "engagement ring", "white gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "turquoise"), _item(5, "necklace", "gold plated silver"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "yellow gold", "garnet"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "gold plated silver"),
             _item(10, "jewellery set", "yellow gold", "ruby")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "GEL", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("ბეჭედი მინდა", ["ring", "engagement ring", "wedding band"]), ("ნიშნობის ბეჭედი", ["engagement ring"]), ("ჯაჭვი", ["chain"]),
    ("საყურეები", ["earrings"]), ("კომპლექტი", ["jewellery set"]), ("სამაჯური", ["bracelet"]),
])  # fmt: skip
def test_georgian_kinds_in_requests(tbilisi_shop, said, kinds):
    assert _constraints(said, tbilisi_shop).categories == kinds


def test_plain_gold_is_solid_gold_and_gilding_is_not(tbilisi_shop):
    assert set(_constraints("ოქროს საყურეები", tbilisi_shop).metals) == GOLD
    assert set(_constraints("ეს ჯაჭვი ოქროში", tbilisi_shop).metals) == GOLD
    assert _constraints("ბეჭედი თეთრ ოქროში", tbilisi_shop).metals == ["white gold"]
    assert not GOLD & set(_constraints("მოოქროვილი ვერცხლის ბროში", tbilisi_shop).metals)


def test_karat_stone_and_refusal_in_requests(tbilisi_shop):
    assert _constraints("750 სინჯის ოქროს ბეჭედი", tbilisi_shop).karats == [18]
    assert _constraints("18 კარატიანი ოქროს ყელსაბამი", tbilisi_shop).karats == [18]
    assert _constraints("ვერცხლის საყურეები ფირუზით", tbilisi_shop).gemstones == ["turquoise"]
    assert _constraints("მინანქრიანი გულსაკიდი", tbilisi_shop).gemstones == ["none"]
    assert _constraints("ოქროს ბეჭედი, ოღონდ ცირკონის გარეშე", tbilisi_shop).exclude_gemstones == ["cubic zirconia"]


@pytest.mark.parametrize("said, price_max", [
    ("ვერცხლის ჯაჭვი 150 ლარამდე", 150), ("ოქროს საყურეები 900 ₾-მდე", 900), ("ბეჭედი 1200 ლარამდე", 1_200),
    ("გულსაკიდი ხუთას ლარამდე", 500),
])  # fmt: skip
def test_lari_budgets_with_their_glued_postposition(tbilisi_shop, said, price_max):
    assert _constraints(said, tbilisi_shop).price_max == price_max


def test_a_catalog_whose_kinds_no_pack_reads_is_told_so():
    unread = [Item(id=f"u{n}", title=f"ნივთი {n}", price=100.0, currency="GEL", category="unknown", metal="unknown") for n in range(3)]
    read = [Item(id="r1", title="ბეჭედი", price=100.0, currency="GEL", category="ring", metal="yellow gold")]
    assert "3 of 4 listings name no kind" in unread_kinds_warning(unread + read, 0.5)[0]
    assert unread_kinds_warning(read * 3 + unread[:1], 0.5) == []
