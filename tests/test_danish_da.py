"""Danish listings and requests (retrieval/lexicon/locales/da-DK.toml, da-DK.requests.toml): kinds in their
definite and plural forms ("ringene", "øreringe", "halskæder"), compounds of a metal or stone and a kind
("guldring", "sølvankelkæde", "ravvedhæng", "hvidguldsring"), gold by karat and stamp ("8 kt. guld",
"guld 333", "stemplet 585"), a plain "guld" read yellow, gilded silver and its 18 kt. plating, the traps
(metal beads, diamond-cut chains, the goldsmith, gold-coloured boxes, silver weddings, "ring eller
skriv"), the Scandinavian diamond grades, DKK for a Danish shop's "kr.", budgets ("under 2.000 kr", "max",
"to tusind kroner", "tusind") and refusals."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.config import ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.facts import PHOTO_METAL_COLOR
from retrieval.product import Product
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import currency_in_text
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_danish_pack_is_loaded_by_default():
    assert "da-DK" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Ring Måne", "ring"), ("Ringene Bølge", "ring"), ("Forlovelsesring Aften", "engagement ring"), ("Vielsesringe Hede", "wedding band"),
    ("Giftering Hede", "wedding band"), ("Øreringe Skov", "earrings"), ("Ørestikker Skov", "earrings"), ("Creoler Sand", "earrings"),
    ("Ørehængere Dug", "earrings"), ("Vedhæng Kyst", "pendant"), ("Halskæde Mos", "necklace"), ("Panserkæde 45 cm", "chain"),
    ("Armbånd Eng", "bracelet"), ("Armring Eng", "bangle"), ("Ankelkæde Strand", "anklet"), ("Broche Vind", "brooch"),
    ("Guldring Aften", "ring"), ("Sølvankelkæde Strand", "anklet"), ("Ravvedhæng Kyst", "pendant"), ("Hvidguldsring Sne", "ring"),
    ("Granatøreringe Skov", "earrings"), ("Perlehalskæde Dug", "necklace"),
])  # fmt: skip
def test_danish_kinds_and_compounds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text", ["Kæde medfølger ikke.", "Ring eller skriv for pris: 12 34 56 78."])
def test_a_chain_not_included_and_the_verb_to_call_name_no_kind(lexicon, text):
    assert lexicon.category_of(text) is None


@pytest.mark.parametrize("text, metal", [
    ("Guldring Aften", "gold"), ("Materiale: 14 karat guld (585)", "gold"), ("Hvidguld 585, rhodineret", "white gold"),
    ("ring i rosaguld", "rose gold"), ("Rødguld 585", "rose gold"), ("Guld 585 med hvidguld", "white gold"),
    ("Sterlingsølv, stemplet 925S.", "sterling silver"), ("Sølv 925 – nikkelfrit", "sterling silver"),
    ("Materiale: forgyldt sterlingsølv (925)", "gold plated silver"), ("Sølv 925, forgyldt.", "gold plated silver"),
    ("Kirurgisk stål, nikkelfrit", "stainless steel"), ("Rustfrit stål (316L)", "stainless steel"),
])  # fmt: skip
def test_danish_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, implied", [("Guldring Aften", "yellow"), ("Guld 585/1000", "yellow"), ("Guld 585 med hvidguld", ""),
                                           ("Hvidguld 585", ""), ("Sterlingsølv", "")])
def test_a_plain_guld_means_yellow_gold_where_no_colour_is_said(lexicon, text, implied):
    assert lexicon.metal_of(text).implied_color == implied


def test_the_trade_s_yellow_yields_to_a_colour_said_elsewhere_but_not_to_a_photo(lexicon):
    extractor = Extractor(lexicon, ExtractionConfig())
    plain = extractor.extract(Product(line=2, title="Guldring Aften", description="Guld 585/1000."))
    assert (plain.facts["metal"].value, PHOTO_METAL_COLOR in plain.open_to_photo) == ("yellow gold", False)
    white = extractor.extract(Product(line=2, title="Guldring Aften", description="Materiale: 14 kt. hvidguld (585), rhodineret."))
    assert white.facts["metal"].value == "white gold"


def test_a_gilding_s_karat_is_no_karat_of_the_piece(lexicon):
    reading = lexicon.metal_of("Forgyldt med 18 kt. guld (2 micron). Sølv 925.")
    assert (reading.metal, reading.karat) == ("gold plated silver", None)


@pytest.mark.parametrize("text, karat", [("8 kt. guld", 8), ("Guld 333 – prisvenligt", 8), ("14 karat guld", 14), ("14kt guld", 14),
                                         ("Massivt guld, stemplet 585", 14), ("Materiale: 18 karat guld, stemplet 750", 18)])
def test_gold_fineness_as_danish_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone", [
    ("ring med brillant", "diamond"), ("Br. 0,10 ct W/SI", "diamond"), ("Diamanter: TW/VS", "diamond"), ("ørestikker med zirkonia", "cubic zirconia"),
    ("Hvid ferskvandsperle, ca. 7 mm", "pearl"), ("Ægte baltisk rav", "amber"), ("Ravøreringe Skov", "amber"), ("Sten: dybrød granat", "garnet"),
    ("ring med blå topas", "topaz"), ("Ametyst i sølv", "amethyst"),
])  # fmt: skip
def test_danish_stones(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Armlænke med sølvperler", "Små blanke guldperler på tynd kæde", "Diamantslebet panserkæde",
                                  "Glat og enkel – uden sten."])
def test_beads_cuts_and_stoneless_pieces_name_no_stone(lexicon, text):
    reading = lexicon.stone_of(text)
    assert reading is None or reading.stone not in ("pearl", "diamond")


@pytest.mark.parametrize("text", ["Håndlavet hos Guldsmed Jensen i Aarhus.", "Leveres i guldfarvet gaveæske.", "En smuk gave til sølvbryllup.",
                                  "Til guldbryllup"])
def test_goldsmiths_boxes_and_anniversaries_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_danish_kr_is_the_krone_of_denmark(lexicon):
    texts = ["Pris: 1.295,00 kr.", "Pris: kr. 899,-", "Fra 2.495 kr.", "DKK 3.595"]
    assert "DKK" in currency_in_text(texts, "USD", lexicon.currencies, "DK")
    assert "SEK" in currency_in_text(texts[:3], "USD", lexicon.currencies, "SE")
    assert currency_in_text(texts, "DKK", lexicon.currencies, "DK") is None


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Smykke {n}", price=100 * n, currency="DKK", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def copenhagen_like_shop():
    items = [_item(1, "ring", "white gold", "amber"), _item(2, "engagement ring", "yellow gold", "diamond"), _item(3, "wedding band", "rose gold"),
             _item(4, "earrings", "sterling silver", "cubic zirconia"), _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"),
             _item(7, "pendant", "gold plated silver", "amber"), _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "yellow gold", "amber"),
             _item(10, "anklet", "sterling silver"), _item(11, "bangle", "sterling silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "DKK", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("har I forlovelsesringe", ["engagement ring"]), ("vielsesringe", ["wedding band"]), ("ørestikker", ["earrings"]),
    ("guldøreringe", ["earrings"]), ("ravvedhæng", ["pendant"]), ("armring i sølv", ["bangle"]), ("sølvankelkæde", ["anklet"]),
    ("broche med rav", ["brooch"]), ("platinringe", ANY_RING), ("herreringe", ANY_RING),
])  # fmt: skip
def test_danish_kinds_in_requests(copenhagen_like_shop, said, kinds):
    assert _constraints(said, copenhagen_like_shop).categories == kinds


def test_gold_said_plainly_is_any_solid_gold_in_a_request(copenhagen_like_shop):
    for said in ("guldring", "creoler i ægte guld", "kæde i 14 karat guld"):
        assert set(_constraints(said, copenhagen_like_shop).metals) == SOLID_GOLD, said
    assert _constraints("vielsesring i hvidguld", copenhagen_like_shop).metals == ["white gold"]
    assert _constraints("forlovelsesring i rødguld", copenhagen_like_shop).metals == ["rose gold"]
    assert _constraints("guldarmbånd 8 karat", copenhagen_like_shop).karats == [8]
    assert _constraints("ringe i atten karat guld", copenhagen_like_shop).karats == [18]


def test_silver_and_gilding_in_requests(copenhagen_like_shop):
    assert _constraints("armbånd i sterlingsølv", copenhagen_like_shop).metals == ["sterling silver"]
    assert "gold plated silver" in _constraints("forgyldte øreringe", copenhagen_like_shop).metals
    assert _constraints("vedhæng i forgyldt sølv", copenhagen_like_shop).metals == ["gold plated silver"]


def test_kroner_budgets_and_refusals(copenhagen_like_shop):
    assert _constraints("forlovelsesring under 10.000 kr", copenhagen_like_shop).price_max == 10000
    assert _constraints("gave til min kone, max 1500 kr", copenhagen_like_shop).price_max == 1500
    assert _constraints("øreringe under to tusind kroner", copenhagen_like_shop).price_max == 2000
    assert _constraints("perlehalskæde under tusind kroner", copenhagen_like_shop).price_max == 1000
    assert _constraints("armring højst 700 kr.", copenhagen_like_shop).price_max == 700
    assert _constraints("guldvedhæng uden sten", copenhagen_like_shop).gemstones == ["none"]
    assert set(_constraints("broche, ikke guld", copenhagen_like_shop).exclude_metals) >= SOLID_GOLD


def test_the_krone_is_denmark_s_currency(lexicon):
    assert "DK" in lexicon.currencies["DKK"].regions
