"""Finnish listings and requests (retrieval/lexicon/locales/fi-FI.toml, fi-FI.requests.toml): case endings
and consonant gradation read onto a word's plain form ("kullasta", "timantilla", "sormuksia",
"helmellä", "kultaisia"), compounds of a metal or stone and a kind ("kultasormus",
"valkokultakihlasormus", "platinasormuksia"), gold by fineness ("14K", "kulta 585", "18 karaatin"),
gilded silver and steel ("kullattu hopea", "PVD-kullattu"), the traps (diamond-cut, gold-coloured, the
goldsmith's name), spectrolite, euro budgets ("alle 200 €", "max", "satku", "tonni") and refusals."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = {"yellow gold", "white gold", "rose gold"}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_finnish_pack_is_loaded_by_default():
    assert "fi-FI" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Sormus Pilvi", "ring"), ("Kihlasormus Routa", "engagement ring"), ("Vihkisormus Virta", "wedding band"),
    ("Nappikorvakorut Lumme", "earrings"), ("Rengaskorvakorut Vire", "earrings"), ("Riipus Kuura", "pendant"),
    ("Kaulakoru Laine", "necklace"), ("Kaulaketju 45 cm", "chain"), ("Ankkuriketju Sade", "chain"), ("Rannekoru Tuuli", "bracelet"),
    ("Rannerengas Kehä", "bangle"), ("Nilkkakoru Hiekka", "anklet"), ("Rintakoru Sammal", "brooch"),
    ("Valkokultakihlasormus Routa", "engagement ring"), ("Hopeasormus Pilvi", "ring"), ("Kultariipus Kuura", "pendant"),
])  # fmt: skip
def test_finnish_kinds_and_compounds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_a_pendant_sold_without_its_chain_is_a_pendant(lexicon):
    assert lexicon.category_of("Riipus Tähdenlento. Hintaan ei sisälly ketjua.").value == "pendant"


@pytest.mark.parametrize("text, metal", [
    ("Materiaali: 14K kulta", "gold"), ("sormus keltakultaa", "yellow gold"), ("Valkokultasormus", "white gold"),
    ("korvakorut punakullasta", "rose gold"), ("ruusukulta 585", "rose gold"), ("hopea 925, leimattu", "sterling silver"),
    ("Sterling-hopeaa 925/1000", "sterling silver"), ("Kullattu sterling-hopea (925)", "gold plated silver"),
    ("Materiaali: hopea 925, paksu kultaus.", "gold plated silver"), ("ruostumaton teräs, PVD-kullattu pinta", "gold plated steel"),
    ("kirurginen teräs 316L", "stainless steel"), ("Kultasormus zirkonioilla", "gold"),
])  # fmt: skip
def test_finnish_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, karat", [("Kulta 585", 14), ("kultaa 750/1000", 18), ("18 karaatin kulta", 18), ("14 k kultaa", 14),
                                         ("pitoisuusleima 585, kultaa", 14)])
def test_gold_fineness_as_finnish_shops_write_it(lexicon, text, karat):
    assert lexicon.karat_of(text).value == karat


@pytest.mark.parametrize("text, stone", [
    ("sormus timantilla", "diamond"), ("timanteilla 0,20 ct", "diamond"), ("briljantti W/SI", "diamond"), ("riipus spektroliitilla", "spectrolite"),
    ("Spektroliittiriipus", "spectrolite"), ("korvakorut makeanvedenhelmellä", "pearl"), ("sormus zirkonioilla", "cubic zirconia"),
    ("kubinen zirkonia", "cubic zirconia"), ("safiirilla", "sapphire"), ("rubiinisormus", "ruby"), ("ametistilla", "amethyst"),
    ("sinisellä topaasilla", "topaz"),
])  # fmt: skip
def test_finnish_stones_in_their_cases(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


def test_spectrolite_is_a_blue_stone_of_its_own(lexicon):
    assert "blue" in lexicon.stones["spectrolite"].colors


@pytest.mark.parametrize("text", ["Timanttihiottu, kiiltävä pinta.", "Kivet: briljanttihionta.", "Sileä, kivetön malli."])
def test_a_cut_or_a_stoneless_piece_names_no_diamond(lexicon, text):
    reading = lexicon.stone_of(text)
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Toimitetaan kullanvärisessä lahjarasiassa.", "Kultasepänliike Aalto, Turku.", "Kaiverrus: rakas kulta"])
def test_gold_coloured_boxes_goldsmiths_and_darlings_are_no_gold(lexicon, text):
    assert lexicon.metal_of(text) is None


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Koru {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def helsinki_like_shop():
    items = [_item(1, "ring", "white gold", "spectrolite"), _item(2, "engagement ring", "yellow gold", "diamond"),
             _item(3, "wedding band", "rose gold"), _item(4, "earrings", "sterling silver", "cubic zirconia"),
             _item(5, "necklace", "yellow gold", "pearl"), _item(6, "chain", "sterling silver"), _item(7, "pendant", "gold plated silver", "pearl"),
             _item(8, "bracelet", "stainless steel"), _item(9, "brooch", "yellow gold"), _item(10, "anklet", "sterling silver"),
             _item(11, "bangle", "sterling silver")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "EUR", vocabulary=shop).constraints


@pytest.mark.parametrize("said, kinds", [
    ("etsin sormusta", ANY_RING), ("kihlasormuksia", ["engagement ring"]), ("vihkisormukset", ["wedding band"]),
    ("korvikset", ["earrings"]), ("riipuksia", ["pendant"]), ("rannerenkaita", ["bangle"]), ("nilkkaketju", ["anklet"]),
    ("ametistiriipuksia", ["pendant"]), ("platinasormuksia", ANY_RING),
])  # fmt: skip
def test_finnish_kinds_in_requests(helsinki_like_shop, said, kinds):
    assert _constraints(said, helsinki_like_shop).categories == kinds


def test_gold_said_in_its_cases_is_any_solid_gold(helsinki_like_shop):
    for said in ("kultainen rintakoru", "onks teil kultasia riipuksia", "vihkisormus kullasta", "riipus 14K kullasta"):
        assert set(_constraints(said, helsinki_like_shop).metals) == SOLID_GOLD, said
    assert _constraints("ametistisormus valkokullasta", helsinki_like_shop).metals == ["white gold"]
    assert _constraints("punakultaiset korvakorut", helsinki_like_shop).metals == ["rose gold"]
    assert _constraints("18 karaatin kaulaketju", helsinki_like_shop).karats == [18]


def test_silver_steel_and_gilding_in_requests(helsinki_like_shop):
    assert _constraints("hopeinen nilkkaketju", helsinki_like_shop).metals == ["sterling silver"]
    assert _constraints("tällainen mutta hopeana", helsinki_like_shop).metals == ["sterling silver"]
    assert _constraints("kullatut hopeakorvakorut", helsinki_like_shop).metals == ["gold plated silver"]
    assert "gold plated silver" in _constraints("kullattu riipus", helsinki_like_shop).metals
    assert "stainless steel" in _constraints("kirurgista terästä oleva ketju", helsinki_like_shop).metals


def test_stones_in_their_cases_in_requests(helsinki_like_shop):
    assert _constraints("kihlasormus timantilla", helsinki_like_shop).gemstones == ["diamond"]
    assert _constraints("riipus spektroliitilla", helsinki_like_shop).gemstones == ["spectrolite"]
    assert _constraints("hopeinen ranneketju zirkoniakivillä", helsinki_like_shop).gemstones == ["cubic zirconia"]
    assert _constraints("löytyykö helmikorvakoruja", helsinki_like_shop).gemstones == ["pearl"]


def test_euro_budgets_and_refusals(helsinki_like_shop):
    assert _constraints("kihlasormus alle 1500 €", helsinki_like_shop).price_max == 1500
    assert _constraints("vihkisormus, max 450 €", helsinki_like_shop).price_max == 450
    assert _constraints("korvakorut alle 60 euroa", helsinki_like_shop).price_max == 60
    assert _constraints("mulla on budjetti satku", helsinki_like_shop).price_max == 100
    assert _constraints("kihlasormus alle tonnin", helsinki_like_shop).price_max == 1000
    assert _constraints("sormus ilman timanttia", helsinki_like_shop).exclude_gemstones == ["diamond"]
    assert _constraints("korvakorut ilman kiviä", helsinki_like_shop).gemstones == ["none"]
    assert set(_constraints("rintakoru, ei kultaa", helsinki_like_shop).exclude_metals) == SOLID_GOLD


def test_the_euro_is_finland_s_currency(lexicon):
    assert "FI" in lexicon.currencies["EUR"].regions


def test_finnish_answers_count_in_the_partitive_and_write_euros_the_finnish_way():
    from assistant.answer_language import answer_language
    from assistant.phrasing import phrases_for

    finnish = phrases_for("fi", "fi-FI")
    assert [finnish.say("openings", pick=0, count=n, scope="(x)") for n in (1, 3)] == ["Tässä 1 koru (x):", "Tässä 3 korua (x):"]
    assert finnish.price(1299.5, "EUR") == "1 299,50 €"
    assert answer_language("moi, etsin lahjaa vaimolle alle 200 euroa", None)[0] == "fi"


@pytest.mark.parametrize("title", ["Helmi-kaulakoru, 14K valkokulta", "Helmi-kihlasormus timantilla"])
def test_a_name_hyphened_before_its_kind_is_a_design_not_a_pearl(lexicon, title):
    reading = lexicon.stone_of(title)
    assert reading is None or reading.stone != "pearl"


@pytest.mark.parametrize("title", ["Helmikaulakoru Aino", "Aino-kaulakoru makeanvedenhelmellä", "helmi-kaulakoru"])
def test_a_pearl_written_as_one_word_or_in_the_text_is_a_pearl(lexicon, title):
    assert lexicon.stone_of(title).stone == "pearl"


def test_an_english_hyphened_stone_before_a_kind_is_still_read(lexicon):
    assert lexicon.stone_of("Diamond-Stud Earrings").stone == "diamond"


def test_a_price_written_in_finnish_words_is_euros(lexicon):
    from retrieval.prices import currency_in_text, parse_price

    assert parse_price("89 euroa", lexicon.currencies).currency == "EUR"
    assert parse_price("1 299,00 €", lexicon.currencies).amount == 1299
    assert currency_in_text(["Hinta 89 euroa.", "Hinta 1 290,00 €", "Hinta alk. 120 €", "89,00 EUR"], "USD", lexicon.currencies).startswith(
        "the prices look like EUR"
    )


def test_an_e_glued_to_the_amount_is_euros_in_a_shop_priced_in_euros(helsinki_like_shop):
    assert _constraints("kultaketju alle 500e", helsinki_like_shop).price_max == 500
    assert understand("150e alatt", "HUF").constraints.price_max == 150000  # Hungarian: "e" is ezer, a thousand
