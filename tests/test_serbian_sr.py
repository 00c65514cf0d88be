"""Serbian listings and requests (retrieval/lexicon/locales/sr-RS*.toml), the dinar (currencies.toml's
RSD), Serbian read in either alphabet (lexicon/scripts.toml, retrieval/script_spellings.py) and typed
without its diacritics, the traps (a diamond cut, a gold-coloured box, the jeweller's shop, an anklet),
and Odoo's blank cell for False (retrieval/odoo.py). Fixtures written here, from no shop's file."""

import csv

import pytest

from assistant.understanding import understand
from retrieval.catalog import load_catalog
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import Price, parse_price
from retrieval.script_spellings import spelled_in

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_serbian_pack_is_loaded_by_default():
    assert "sr-RS" in DEFAULT_LOCALES


@pytest.mark.parametrize("written, amount", [
    ("12.990 RSD", 12_990), ("4.590 din.", 4_590), ("12.990,00 дин.", 12_990), ("RSD 129990", 129_990), ("1.299.000 din", 1_299_000),
])  # fmt: skip
def test_dinar_prices_as_serbian_shops_write_them(lexicon, written, amount):
    assert parse_price(written, lexicon.currencies) == Price(amount, "RSD")


def test_the_dinar_is_serbias(lexicon):
    assert "RS" in lexicon.currencies["RSD"].regions


def test_the_serbian_alphabets_letter_for_letter():
    assert spelled_in("minđuše od žutog zlata", "serbian") == "минђуше од жутог злата"
    assert spelled_in("ljubičasti njegov džep", "serbian") == "љубичасти његов џеп"
    assert spelled_in("xl", "serbian") is None  # no Cyrillic letter for x


@pytest.mark.parametrize("title, kind", [
    ("Prsten sa ametistom", "ring"), ("Прстен са аметистом", "ring"), ("Verenički prsten sa brilijantom", "engagement ring"),
    ("Burma od belog zlata", "wedding band"), ("Бурме", "wedding band"), ("Minđuše bubice", "earrings"), ("Mindjuse sa biserom", "earrings"),
    ("минђуше", "earrings"), ("Privezak srce", "pendant"), ("Krstić", "pendant"), ("Ogrlica od bisera", "necklace"),
    ("Lančić pancir 45 cm", "chain"), ("Ланчић", "chain"), ("Narukvica", "bracelet"), ("Narukvica za nogu", "anklet"), ("Broš", "brooch"),
])  # fmt: skip
def test_serbian_kinds_in_either_alphabet(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Prsten, žuto zlato 14K", "yellow gold"), ("Minđuše od belog zlata 585", "white gold"), ("burma od roze zlata", "rose gold"),
    ("Ланчић од белог злата", "white gold"), ("Lancic, srebro 925", "sterling silver"), ("Сребрна наруквица", "sterling silver"),
    ("Privezak, pozlaćeno srebro", "gold plated silver"), ("Narukvica od hirurškog čelika", "stainless steel"),
    ("zuto zlato", "yellow gold"),
])  # fmt: skip
def test_serbian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone, color", [
    ("Minđuše sa cirkonima", "cubic zirconia", None), ("Prsten sa granatom", "garnet", None), ("Прстен са сафиром", "sapphire", None),
    ("Privezak sa plavim topazom", "topaz", "blue"), ("sa smaragdom", "emerald", None), ("Ogrlica sa rečnim biserima", "pearl", None),
    ("Prsten sa brilijantom", "diamond", None), ("са бисером", "pearl", None),
])  # fmt: skip
def test_serbian_stones_in_their_cases(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


@pytest.mark.parametrize("text", ["Karike sa dijamantskim rezom, srebro 925.", "Цирконе у дијамантском резу."])
def test_a_diamond_cut_names_no_diamond(lexicon, text):
    reading = lexicon.stone_of(text)
    assert reading is None or reading.stone != "diamond"


@pytest.mark.parametrize("text", ["Pakovano u kutiju zlatne boje.", "Poklon za srebrnu svadbu.", "Zlatara u centru grada."])
def test_a_gold_coloured_box_a_silver_wedding_and_the_jewellers_shop_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_max", [
    ("zlatni prsten sa granatom", ANY_RING, SOLID_GOLD, ["garnet"], None),
    ("burma od zutog zlata", ["wedding band"], ["yellow gold"], [], None),
    ("lancic belo zlato", ["chain"], ["white gold"], [], None),
    ("srebrne mindjuse do 3000 din", ["earrings"], ["sterling silver"], [], 3000),
    ("prsten sa safirom do 50 hiljada", ANY_RING, [], ["sapphire"], 50_000),
    ("сребрна огрлица са бисером", ["necklace"], ["sterling silver"], ["pearl"], None),
    ("narukvica bez kamena", ["bracelet"], [], ["none"], None),
    ("verenicki prsten do 100.000 dinara", ["engagement ring"], [], [], 100_000),
    ("lancic za nogu", ["anklet"], [], [], None),
])  # fmt: skip
def test_serbian_requests_typed_without_diacritics_or_in_cyrillic(text, kinds, metals, stones, price_max):
    constraints = understand(text, currency="RSD").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_max == price_max


def test_a_serbian_gift_for_a_wife_in_cyrillic():
    assert "wife" in understand("поклон за жену", currency="RSD").preferences.recipients


LABELLED = ["ID", "Naziv", "Vrednosti varijante", "Prodajna cena", "Objavljeno", "Aktivno", "Šablon proizvoda/ID"]


def test_odoos_blank_false_skips_an_unpublished_and_an_archived_piece(tmp_path):
    rows = [
        ["__export__.product_product_1_a", "Prsten sa cirkonom", "Veličina: 52", "4990.0", "True", "True", "__export__.product_template_1_a"],
        ["__export__.product_product_2_b", "Prsten sa cirkonom", "Veličina: 54", "4990.0", "True", "True", "__export__.product_template_1_a"],
        ["__export__.product_product_3_c", "Lančić od srebra", "", "2990.0", "", "True", "__export__.product_template_2_b"],
        ["__export__.product_product_4_d", "Narukvica od srebra", "", "3990.0", "True", "", "__export__.product_template_3_c"],
    ]
    path = tmp_path / "product.product.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows([LABELLED, *rows])
    result = load_catalog(path, currency="RSD")
    assert [item.title for item in result.items] == ["Prsten sa cirkonom"]
    assert sorted(skipped.reason for skipped in result.skipped) == ["archived", "unpublished"]
