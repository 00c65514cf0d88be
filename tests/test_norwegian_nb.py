"""Norwegian bokmål listings and requests (retrieval/lexicon/locales/nb-NO.toml, nb-NO.requests.toml,
nb-NO.colors.toml): kinds in their definite and plural forms ("ringene", "øredobber", "halskjeder"),
compounds of a metal or stone and a kind ("gullring", "sølvkjede", "perleanheng"), the bunad's sølje,
gold by karat and stamp ("14 kt gull", "gull 750", "stemplet 585"), a plain "gull" read yellow, gilded
silver and its 18 kt plating, Norway's own stones (thulitt, larvikitt), the traps (metal beads,
diamond-cut chains, the goldsmith, gold-coloured boxes, silver weddings, "ring for pris"), NOK for a
Norwegian shop's "kr", WooCommerce's bokmål column names, budgets ("under 3000 kr", "til under 5000",
"tre tusen kroner", "rundt") and refusals."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.catalog_language import catalog_locale
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text, parse_price
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_norwegian_pack_is_loaded_by_default():
    assert "nb-NO" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Ring Vinter", "ring"), ("Ringene Skog", "ring"), ("Forlovelsesring Høst", "engagement ring"), ("Giftering Vår", "wedding band"),
    ("Vielsesringer Hei", "wedding band"), ("Øredobber Elv", "earrings"), ("Ørestikker Elv", "earrings"), ("Creoler Sand", "earrings"),
    ("Øreheng Dugg", "earrings"), ("Anheng Kyst", "pendant"), ("Halskjede Mose", "necklace"), ("Panserkjede 45 cm", "chain"),
    ("Bismarckkjede i sølv", "chain"), ("Armbånd Eng", "bracelet"), ("Armring Eng", "bangle"), ("Ankelkjede Strand", "anklet"),
    ("Brosje Vind", "brooch"), ("Sølje til bunad", "brooch"), ("Gullring Kveld", "ring"), ("Sølvkjede 50 cm", "chain"),
    ("Perleanheng Dugg", "pendant"), ("Perlekjede Dugg", "necklace"), ("Hvitgullring Snø", "ring"),
])  # fmt: skip
def test_norwegian_kinds_and_compounds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text", ["Kjede følger ikke med.", "Ring oss for pris: 12 34 56 78."])
def test_a_chain_not_included_and_the_verb_to_call_name_no_kind(lexicon, text):
    assert lexicon.category_of(text) is None


@pytest.mark.parametrize("text, metal", [
    ("Gullring Kveld", "gold"), ("Materiale: 14 karat gull (585)", "gold"), ("Hvitt gull 585, rhodinert", "white gold"),
    ("ring i hvitgull", "white gold"), ("ring i rosé gull", "rose gold"), ("Rødt gull 585", "rose gold"),
    ("Sterling sølv, stemplet 925S.", "sterling silver"), ("Sølv 925 – nikkelfri", "sterling silver"),
    ("Materiale: forgylt sterling sølv (925)", "gold plated silver"), ("Halskjede i forgylt sølv", "gold plated silver"),
    ("Kirurgisk stål, nikkelfri", "stainless steel"), ("Rustfritt stål (316L)", "stainless steel"),
])  # fmt: skip
def test_norwegian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, implied", [("Gullring Kveld", "yellow"), ("Gull 585", "yellow"), ("Hvitt gull 585", ""), ("Sterling sølv", "")])
def test_a_plain_gull_means_yellow_gold_where_no_colour_is_said(lexicon, text, implied):
    assert lexicon.metal_of(text).implied_color == implied


def test_a_gilding_s_karat_is_no_karat_of_the_piece(lexicon):
    reading = lexicon.metal_of("Forgylt med 18 kt gull. Sterling sølv 925.")
    assert (reading.metal, reading.karat) == ("gold plated silver", None)


@pytest.mark.parametrize("text, karat", [("14 kt gull", 14), ("Gull 750", 18), ("18 karat gull", 18), ("Ring i 585 gull", 14),
                                         ("Massivt gull, stemplet 585", 14)])
def test_gold_fineness_as_norwegian_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone", [
    ("ring med briljant", "diamond"), ("Br. 0,10 ct TW/VS", "diamond"), ("ørestikker med zirkonia", "cubic zirconia"),
    ("Hvit ferskvannsperle, ca. 7 mm", "pearl"), ("Sten: dyp rød granat", "garnet"), ("Ametyst i sølv", "amethyst"),
    ("Anheng med thulitt", "thulite"), ("Thulittring Høst", "thulite"), ("Polert larvikitt fra Vestfold", "larvikite"),
    ("Larvikittanheng Kyst", "larvikite"), ("Smaragd i gull", "emerald"),
])  # fmt: skip
def test_norwegian_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_norway_s_own_stones_have_their_colours(lexicon):
    assert lexicon.usual_color("thulite")[0] == "pink"
    assert lexicon.usual_color("larvikite")[0] == "grey"


@pytest.mark.parametrize("text", ["Armbånd med sølvperler", "Diamantslipt panserkjede", "Glatt og enkel – uten stein.",
                                  "Lås i perlemor"])
def test_beads_cuts_shell_and_stoneless_pieces_name_no_stone(lexicon, text):
    reading = lexicon.stone_of(text)
    assert reading is None or reading.stone not in ("pearl", "diamond")


@pytest.mark.parametrize("text", ["Laget hos Gullsmed Hansen i Bergen.", "Leveres i gullfarget gaveeske.", "En fin gave til sølvbryllup.",
                                  "Til gullbryllup"])
def test_goldsmiths_boxes_and_anniversaries_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_norwegian_kr_is_the_krone_of_norway(lexicon):
    texts = ["Pris: kr 1 299,-", "Fra 2 495 kr", "kr 4399,00", "NOK 749"]
    assert "NOK" in currency_in_text(texts, "USD", lexicon.currencies, "NO")
    assert "DKK" in currency_in_text(texts[:3], "USD", lexicon.currencies, "DK")
    assert currency_in_text(texts, "NOK", lexicon.currencies, "NO") is None
    assert "NO" in lexicon.currencies["NOK"].regions


@pytest.mark.parametrize("text, amount", [("kr 1 299,-", 1299), ("4 399 kr", 4399), ("kr 4399,00", 4399), ("NOK 749", 749), ("kr. 699", 699)])
def test_norwegian_price_forms(lexicon, text, amount):
    assert parse_price(text, lexicon.currencies).amount == amount


def test_a_norwegian_catalog_is_read_as_norwegian():
    listings = [("Gullring Kveld", "Laget i 14 kt gult gull."), ("Sølvanheng Skog", "Sterling sølv. Kjede følger ikke med."),
                ("Øredobber Elv", "Forgylt sølv med ferskvannsperle."), ("Ankerkjede i gull", "Lengde 45 cm.")]
    assert catalog_locale(listings, 0.3).locale == "nb-NO"


def test_woocommerce_s_bokmal_header_reads_as_english(lexicon):
    names = lexicon.export_headers
    assert names.english("Navn") == "name"
    assert names.english("Ordinær pris") == "regular price"
    assert names.english("Salgspris") == "sale price"
    assert names.english("Overordnet") == "parent"
    assert names.english("Bilder") == "images"
    assert names.english("Egenskap 1 verdi(er)") == "attribute 1 value(s)"
    assert names.english("Attributt 2 navn") == "attribute 2 name"


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Smykke {n}", price=100 * n, currency="NOK", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def oslo_like_shop():
    items = [_item(1, "ring", "white gold", "thulite"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver", "larvikite"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "sterling silver"),
             _item(10, "anklet", "sterling silver"), _item(11, "bangle", "sterling silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "NOK", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("har dere forlovelsesringer", ["engagement ring"]), ("gifteringer", ["wedding band"]), ("ørestikker", ["earrings"]),
    ("gulløredobber", ["earrings"]), ("ørepynt", ["earrings"]), ("thulittanheng", ["pendant"]), ("armring i sølv", ["bangle"]),
    ("sølje", ["brooch"]), ("halskjede", ["necklace"]), ("kjede", ["chain"]), ("herreringer", ANY_RING), ("orering", ["earrings"]),
])  # fmt: skip
def test_norwegian_kinds_in_requests(oslo_like_shop, said, kinds):
    assert _constraints(said, oslo_like_shop).categories == kinds


def test_gold_said_plainly_is_any_solid_gold_in_a_request(oslo_like_shop):
    for said in ("gullring", "creoler i ekte gull", "kjede i 14 karat gull"):
        assert set(_constraints(said, oslo_like_shop).metals) == SOLID_GOLD, said
    assert _constraints("giftering i hvitt gull", oslo_like_shop).metals == ["white gold"]
    assert _constraints("forlovelsesring i rødt gull", oslo_like_shop).metals == ["rose gold"]
    assert _constraints("ringer i atten karat gull", oslo_like_shop).karats == [18]


def test_silver_and_gilding_in_requests(oslo_like_shop):
    assert _constraints("armbånd i sterling sølv", oslo_like_shop).metals == ["sterling silver"]
    assert _constraints("anheng i forgylt sølv", oslo_like_shop).metals == ["gold plated silver"]
    assert _constraints("anheng i forgylt solv", oslo_like_shop).metals == ["gold plated silver"]
    assert _constraints("kjede i solv", oslo_like_shop).metals == ["sterling silver"]


def test_stones_in_requests(oslo_like_shop):
    assert _constraints("ring med thulitt", oslo_like_shop).gemstones == ["thulite"]
    assert _constraints("anheng med larvikitt", oslo_like_shop).gemstones == ["larvikite"]
    assert _constraints("gullanheng uten stein", oslo_like_shop).gemstones == ["none"]


def test_kroner_budgets_and_refusals(oslo_like_shop):
    assert _constraints("forlovelsesring under 10000 kr", oslo_like_shop).price_max == 10000
    assert _constraints("øredobber i gull til under 3000", oslo_like_shop).price_max == 3000
    assert _constraints("gave til kona, maks 1500 kr", oslo_like_shop).price_max == 1500
    assert _constraints("armbånd under tre tusen kroner", oslo_like_shop).price_max == 3000
    assert _constraints("perlekjede under tusen kroner", oslo_like_shop).price_max == 1000
    assert _constraints("armring høyst 700 kr", oslo_like_shop).price_max == 700
    around = _constraints("ring til rundt 9000", oslo_like_shop)
    assert around.price_min < 9000 < around.price_max
    assert set(_constraints("brosje, ikke gull", oslo_like_shop).exclude_metals) >= SOLID_GOLD


def test_norwegian_answers_say_kroner_as_norway_writes_them():
    from assistant.answer import describe_constraints
    from assistant.phrasing import available_languages, phrases_for
    from retrieval.constraints import Constraints

    assert "nb" in available_languages()
    norwegian = phrases_for("nb", "nb-NO")
    assert [norwegian.price(amount, "NOK") for amount in (1250, 12500.5, 890)] == ["1 250 kr", "12 500,50 kr", "890 kr"]
    assert [norwegian.say("openings", pick=1, count=n, scope="(x)") for n in (1, 3)] == ["Jeg fant 1 smykke (x):", "Jeg fant 3 smykker (x):"]
    constraints = Constraints(price_max=3000, categories=["earrings"], metals=["white gold"], gemstones=["thulite"])
    assert describe_constraints(constraints, "NOK", norwegian) == ["under 3 000 kr", "øredobber", "hvitt gull", "thulitt"]


def test_a_norwegian_request_is_answered_in_norwegian():
    from assistant.answer_language import answer_language

    assert answer_language("gullring med thulitt under 3000 kr", "nb-NO")[0] == "nb"
    assert answer_language("har dere øredobber i sølv", None)[0] == "nb"
