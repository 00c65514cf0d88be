"""Malay and Chinese-Malaysian listings, gold filled, salt-and-pepper diamonds, Shopify metafields
(issue 15, the seventh held-out round's errors read): the ms-MY locale pack, Chinese ideographs read
as words, a metal option holding only a gold stamp, MYR prices. Fixtures are invented listings."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.folding import words_of
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.prices import parse_price

WOO_HEADER = "ID,Type,SKU,Name,Published,Description,Regular price,Categories,Tags,Attribute 1 name,Attribute 1 value(s)\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def woo(tmp_path, name, description="", categories="", attribute=("", "")):
    path = tmp_path / "wc-product-export.csv"
    row = f'5,simple,KL5,"{name}",1,"{description}",2410.71,"{categories}",,"{attribute[0]}","{attribute[1]}"\n'
    path.write_text(WOO_HEADER + row, encoding="utf-8")
    return load_catalog(path, currency="MYR").items[0]


def test_the_malay_pack_is_read_by_default():
    assert "ms-MY" in DEFAULT_LOCALES


def test_each_chinese_ideograph_is_a_word_and_other_letters_are_not_joined_to_it():
    assert words_of("18K白金戒指") == ["18", "k", "白", "金", "戒", "指"]
    assert words_of("916金手镯, men's") == ["916", "金", "手", "镯", "mens"]


@pytest.mark.parametrize("text, kind", [
    ("Cincin Emas 916 Bunga Raya", "ring"),
    ("Cincin Tunang Halo Berlian", "engagement ring"),
    ("Cincin Nikah Belah Rotan", "wedding band"),
    ("Gelang Bangle Emas 22K", "bangle"),  # a bangle beside the loose "gelang"
    ("Gelang Tangan Emas Italy", "bracelet"),
    ("Rantai Tangan Perak", "bracelet"),
    ("Rantai Kaki Perak 925 Loceng", "anklet"),
    ("Rantai Leher Emas 916", "chain"),
    ("Kalung Mutiara", "necklace"),
    ("Loket Hati dengan Rantai", "pendant"),  # the chain it comes with is no kind of its own
    ("Subang Emas Putih", "earrings"),
    ("Kerongsang Bunga", "brooch"),
    ("Fu 福 Pendant 吊坠", "pendant"),
    ("龙凤手镯", "bangle"),
    ("求婚戒指", "engagement ring"),
])  # fmt: skip
def test_malay_and_chinese_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("Cincin Emas 916", "yellow gold", 22),  # 22 karat is only ever yellow
    ("Emas Putih 750", "white gold", 18),
    ("Emas Kuning 750", "yellow gold", 18),
    ("18K白金戒指", "white gold", 18),
    ("18K玫瑰金", "rose gold", 18),
    ("足金吊坠", "yellow gold", 24),
    ("Emas Tulen Jongkong", "yellow gold", 24),
    ("Perak Sterling 925", "sterling silver", None),
    ("Perak 925 Sadur Emas", "gold plated silver", None),  # a plating, over the silver named
    ("925银镀金", "gold plated silver", None),
])  # fmt: skip
def test_malay_and_chinese_metals(lexicon, text, metal, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_a_goldsmiths_words_about_itself_name_no_metal(tmp_path):
    item = woo(tmp_path, "Kalung Mutiara", "Ditempa oleh tukang emas kami. Bahan: Perak Sterling 925. Harga ikut harga emas semasa.")
    assert item.metal == "sterling silver"


@pytest.mark.parametrize("text, stone, color", [
    ("Cincin Berlian Mata Satu", "diamond", ""),
    ("Cincin Batu Merah CZ", "cubic zirconia", "red"),
    ("Subang Mutiara", "pearl", ""),
    ("Gelang Jed", "jade", ""),
    ("白玉吊坠", "jade", "white"),
    ("翡翠手镯", "jade", ""),
])  # fmt: skip
def test_malay_and_chinese_stones(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


def test_merah_delima_is_a_red_not_a_ruby(lexicon):
    reading = lexicon.stone_of("Cincin Merah Delima Batu Zirkonia")
    assert (reading.stone, reading.color) == ("cubic zirconia", "red")


def test_a_metal_option_holding_only_a_gold_stamp_is_its_karat(tmp_path):
    item = woo(tmp_path, "Signet for Men", "Simple and elegant.", "Cincin", ("Logam", "916"))
    assert (item.metal, item.karat) == ("yellow gold", 22)


def test_a_malay_gold_colour_option_gives_the_colour(tmp_path):
    item = woo(tmp_path, "Cincin Tunang Halo 750", "Bahan: Emas 750", "Cincin", ("Warna Emas", "Emas Putih"))
    assert (item.metal, item.karat) == ("white gold", 18)


def test_ringgit_prices_are_read(lexicon):
    assert parse_price("RM 2,410.71", lexicon.currencies).amount == pytest.approx(2410.71)
    assert parse_price("RM 2,410.71", lexicon.currencies).currency == "MYR"


@pytest.mark.parametrize("text", ["Box Chain | 14k Gold Filled", "Rope Chain, 14/20 Gold Filled", "Gold Filled Hoops"])
def test_gold_filled_is_its_own_metal_without_a_karat(lexicon, text):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.color, reading.karat) == ("gold filled", "yellow", None)


def test_gold_filled_keeps_no_karat_on_the_item(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text("Handle,Title,Body (HTML),Type,Tags,Variant Price,Status\nbox,Box Chain | 14k Gold Filled,,Chains,,85,active\n", encoding="utf-8")
    item = load_catalog(path, currency="USD").items[0]
    assert (item.metal, item.karat) == ("gold filled", None)


@pytest.mark.parametrize("text", ["The Salt & Pepper Diamond Three Stone Ring", "Diamond Salt and Pepper Engagement Ring"])
def test_a_salt_and_pepper_diamond_is_grey(lexicon, text):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == ("diamond", "grey")


@pytest.mark.parametrize("text", ["Birthstone Necklace - Gold Vermeil", "Heart Necklace in 14k Gold Filled", "Coin Necklace"])
def test_a_necklace_named_by_what_hangs_on_it_is_a_pendant(lexicon, text):
    assert lexicon.category_of(text).value == "pendant"


def test_a_link_style_chain_necklace_is_a_chain(lexicon):
    assert lexicon.category_of("Cuban Link Chain Necklace").value == "chain"


def test_shopify_product_metafields_are_read_as_options(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text(
        "Handle,Title,Body (HTML),Type,Tags,Variant Price,Status,Metal (product.metafields.custom.metal),Stone (product.metafields.custom.stone)\n"
        "hoops,Knife Edge Hoops,,Earrings,,65,active,Gold Vermeil,Moissanite\n", encoding="utf-8")  # fmt: skip
    item = load_catalog(path, currency="USD").items[0]
    assert (item.metal, item.gemstone) == ("gold plated silver", "moissanite")
