"""European Portuguese (locales/pt-PT.toml, pt-PT.requests.toml, beside the Brazilian packs they share
words with): Portugal's 800 gold, 19,2 quilates, a karat that is no whole number, read in listings and
requests, stored on an item and corrected; the kinds of piece Portugal names apart (fio, pendente,
escrava, pregadeira, conjunto, arrecadas, Coração de Viana), gilded silver, zircão, a brilliant cut
that is no diamond and an address that is no metal. The wording is this file's own, not any held-out
listing's or request's."""

import pytest

from assistant.understanding import understand
from retrieval.corrections import Corrections
from retrieval.item import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.reading import karat_number

GOLDS = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(text: str):
    return understand(text, "EUR").constraints


def test_the_european_pack_is_loaded_by_default_beside_the_brazilian_one():
    assert {"pt-BR", "pt-PT"} <= set(DEFAULT_LOCALES)


def test_a_karat_that_is_no_whole_number_is_stored_as_it_is_and_a_whole_one_as_an_int():
    assert karat_number("19.2") == 19.2 and karat_number(18.0) == 18 and isinstance(karat_number(18.0), int)
    item = Item(id="p1", title="Argolas", category="earrings", metal="yellow gold", karat=19.2, price=300, currency="EUR")
    assert item.karat == 19.2
    assert Item(id="p2", title="Anel", category="ring", metal="white gold", karat=18.0, price=500, currency="EUR").karat == 18
    with pytest.raises(ValueError, match="karat"):
        Item(id="p3", title="Anel", category="ring", metal="yellow gold", karat=19.5, price=500, currency="EUR")


@pytest.mark.parametrize("said", ["Brincos em ouro amarelo 19,2kt", "Ouro de 19,2 quilates, polido", "fio em ouro 19.2 k",
                                  "Escrava de ouro português", "medalha em ouro 800"])
def test_portuguese_gold_is_read_in_listings_however_it_is_written(lexicon, said):
    assert lexicon.karat_of(said).value == 19.2


def test_a_decimal_after_gold_that_is_no_karat_is_not_read_as_one(lexicon):
    assert lexicon.karat_of("Fio em ouro, 19,20 €") is None
    assert lexicon.karat_of("Anel ouro 18k").value == 18


@pytest.mark.parametrize("said, kind", [
    ("Fio homem em aço", "chain"), ("Pendente estrela em ouro", "pendant"), ("Escrava lisa em ouro amarelo", "bangle"),
    ("Pregadeira flor em prata", "brooch"), ("Conjunto de colar e brincos", "jewellery set"), ("Arrecadas de filigrana", "earrings"),
    ("Coração de Viana em filigrana", "pendant"), ("Brincos Coração de Viana", "earrings"), ("Fio de tornozelo em prata", "anklet"),
])  # fmt: skip
def test_the_kinds_portugal_names_apart(lexicon, said, kind):
    assert lexicon.category_of(said).value == kind


def test_gilded_silver_is_not_gold_and_an_address_is_no_metal(lexicon):
    assert lexicon.metal_of("Anel em prata dourada").metal == "gold plated silver"
    assert lexicon.metal_of("Pulseira em prata de lei. Visite-nos na Rua do Ouro.").metal == "sterling silver"


def test_zircao_is_a_zirconia_and_a_brilliant_cut_is_no_diamond(lexicon):
    assert lexicon.stone_of("Anel com zircões").stone == "cubic zirconia"
    assert lexicon.stone_of("Anel com zircónias de talhe brilhante").stone == "cubic zirconia"
    assert lexicon.stone_of("Anel com brilhante").stone == "diamond"


def test_a_correction_takes_a_karat_with_a_decimal_comma(tmp_path, lexicon):
    corrections = Corrections(tmp_path, lexicon)
    assert corrections._value("karat", "19,2") == 19.2 and corrections._value("karat", "18") == 18
    with pytest.raises(ValueError, match="is not a karat"):
        corrections._value("karat", "19,5")


@pytest.mark.parametrize("said, karats", [("alianças em ouro 19,2", [19.2]), ("argolas de ouro português", [19.2]),
                                          ("anel em ouro 19,2 kt", [19.2]), ("anel de ouro 18 quilates", [18])])
def test_portuguese_gold_is_read_in_requests(said, karats):
    assert read(said).karats == karats


@pytest.mark.parametrize("said, kinds", [
    ("fio de ouro", ["chain"]), ("fio de tornozelo em prata", ["anklet"]), ("uma escrava em ouro", ["bangle"]),
    ("pregadeira em prata", ["brooch"]), ("pendente em ouro", ["pendant"]), ("arrecadas", ["earrings"]),
])  # fmt: skip
def test_the_kinds_a_lisbon_shopper_asks_for(said, kinds):
    assert read(said).categories == kinds


def test_informal_requests_with_euro_amounts():
    wanted = read("anel ouro branco c/ diamante ate 700")
    assert (wanted.categories[0], wanted.metals, wanted.gemstones, wanted.price_max) == ("ring", ["white gold"], ["diamond"], 700)
    assert read("brincos de ouro p/ bebé até 200€").price_max == 200
    assert read("colar até 1.250,00 €").price_max == 1250
    assert read("fio de ouro até 1250€").metals == GOLDS
    assert read("pulseira em prata dourada").metals == ["gold plated silver"]
    assert (read("anel entre 400 e 500 €").price_min, read("anel entre 400 e 500 €").price_max) == (400, 500)
