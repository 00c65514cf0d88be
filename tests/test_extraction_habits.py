"""Habits of real jewellers' listings that the attribute reader (retrieval/extraction.py,
retrieval/lexicon.py) must see through: a plating and its silver stated in different places, shop-wide
notices and "X-free" that name stones the piece lacks, a design's name that is a metal word, umbrella
labels ("Necklaces & Pendants") settled by the title or the text, option names that imply a kind,
WooCommerce attributes that hold for every variation, and regional words (Telugu, Indian English)."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.lexicon import load_lexicon

HEADER = "Handle,Title,Body (HTML),Type,Tags,Option1 Name,Option1 Value,Variant Price,Status\n"


def shopify(tmp_path, *products):
    """A Shopify export of (title, body, type, tags, option name, option value) products."""
    rows = "".join(f'p{number},"{title}","{body}","{kind}","{tags}",{option or "Title"},{value or "Default Title"},900,active\n'
                   for number, (title, body, kind, tags, option, value) in enumerate(products))  # fmt: skip
    path = tmp_path / "products_export.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return load_catalog(path, currency="INR").items


@pytest.mark.parametrize("title, body, tags, option, value, metal, color", [
    ("Lotus Temple Earrings in 925 Silver", "", "festive, gold plated", "", "", "gold plated silver", "yellow"),
    ("Paisley Bangle - Silver", "<li>Finish: rose gold polish</li>", "", "", "", "gold plated silver", "rose"),
    ("Gold Plated Coin Necklace", "<li>Base metal: sterling silver</li>", "", "", "", "gold plated silver", "yellow"),
    ("Temple Jhumka | 92.5 Silver", "", "", "Finish", "Gold Polish", "gold plated silver", "yellow"),
    ("Sterling Silver Bar Pendant", "<p>Also available gold plated.</p>", "", "", "", "sterling silver", "silver"),
])  # fmt: skip
def test_a_plating_and_the_silver_under_it_said_in_different_places(tmp_path, title, body, tags, option, value, metal, color):
    item = shopify(tmp_path, (title, body, "", tags, option, value))[0]
    assert (item.metal, item.metal_color, item.karat) == (metal, color, None)


def test_a_shop_wide_notice_about_stone_colours_is_not_a_stone(tmp_path):
    body = "<p>Hand made.</p><p>Metal: 18K gold</p><p>Stone shades might vary from the pictures.</p>"
    item = shopify(tmp_path, ("Plain Dome Ring", body, "", "", "", ""))[0]
    assert item.gemstone == "none" and item.provenance["gemstone"].source != "description"


@pytest.mark.parametrize("title, stone", [
    ("Onyx-free Gents Signet", "none"), ("Conflict-free Diamond Studs", "diamond"),
    ("Stud Earrings set with a garnet. Free gift wrap", "garnet"),
])  # fmt: skip
def test_a_stone_said_to_be_absent_is_not_read(title, stone):
    reading = load_lexicon().stone_of(title)
    assert (reading.stone if reading else "none") == stone


@pytest.mark.parametrize("title, metal, karat", [
    ("Silver Birch Studs | 14ct Rose Gold", "rose gold", 14),
    ("Silver Moon Hoops in 18k White Gold", "white gold", 18),
    ("Silver Hoops", "silver", None),
    ("925 Silver Ring with 9ct Gold Bezel", "sterling silver", None),
])  # fmt: skip
def test_a_gold_named_with_its_karat_beats_a_bare_silver_in_a_design_name(title, metal, karat):
    reading = load_lexicon().metal_of(title)
    assert (reading.metal, reading.karat) == (metal, karat)


@pytest.mark.parametrize("title, body, kind, want", [
    ("Heavy Link Chain", "<p>Metal: 22KT gold</p>", "Necklaces", "chain"),  # the label says which chain
    ("Long Link Chain", "<p>Sterling silver.</p>", "Necklaces & Pendants", "chain"),
    ("Matte Couple Bands", "<p>Platinum.</p>", "Rings", "wedding band"),  # an Indian shop's name for wedding bands
    ("Crescent Necklace", "<p>The Crescent pendant hangs on a fine trace.</p>", "Necklaces & Pendants", "pendant"),
    ("Star Necklace | 9ct Gold", "<p>A small star.</p><ul><li>Chain included</li></ul>", "Necklaces & Pendants", "pendant"),
    ("Harbour Court Band", "<p>A comfortable court ring.</p>", "Wedding Rings", "wedding band"),  # a broader word never widens it
    ("Fern Band", "<p>18K gold.</p>", "Rings", "ring"),  # a weak narrower word does not narrow
])  # fmt: skip
def test_an_umbrella_label_is_settled_by_the_title_or_the_text(tmp_path, title, body, kind, want):
    assert shopify(tmp_path, (title, body, kind, "", "", ""))[0].category == want


def test_a_necklace_title_under_a_single_necklace_label_stays_a_necklace(tmp_path):
    body = "<p>A small star.</p><ul><li>Chain included</li></ul>"
    assert shopify(tmp_path, ("Pole Star Necklace", body, "Necklaces", "", "", ""))[0].category == "necklace"


@pytest.mark.parametrize("title, kind, option, value, want", [
    ("The Harbour", "Men's", "Ring size", "P", "ring"),
    ("Men's Rope", "Men's", "Chain length", "50cm", "chain"),
    ("Moonlight Pendant", "", "Chain length", "45cm", "pendant"),  # an option never outvotes a word
])  # fmt: skip
def test_an_option_name_implies_the_kind_when_no_word_names_one(tmp_path, title, kind, option, value, want):
    assert shopify(tmp_path, (title, "", kind, "", option, value))[0].category == want


WOO_HEADER = ("ID,Type,SKU,Name,Published,Description,Regular price,Categories,Parent,Attribute 1 name,Attribute 1 value(s),"
              "Attribute 2 name,Attribute 2 value(s)\n")  # fmt: skip
WOO_ROWS = (
    '7,variable,KS,Kestrel Signet,1,"Cast by hand.",,Rings,,Ring size,"K, M",Metal,14ct Rose Gold\n'
    "8,variation,KS-K,Kestrel Signet - K,1,,410,,id:7,Ring size,K,,\n"
    "9,variation,KS-M,Kestrel Signet - M,1,,430,,id:7,Ring size,M,,\n"
)


def test_a_woocommerce_attribute_no_variation_uses_holds_for_every_variation(tmp_path):
    path = tmp_path / "wc-product-export.csv"
    path.write_text(WOO_HEADER + WOO_ROWS, encoding="utf-8")
    ring = load_catalog(path, currency="AUD").items[0]
    assert (ring.category, ring.metal, ring.metal_color, ring.karat) == ("ring", "rose gold", "rose", 14)


@pytest.mark.parametrize("text, kind", [
    ("Lakshmi Kasulaperu in 22K", "necklace"), ("Nizami Chintak", "choker"), ("Diamond Mukku Pudaka", "nose pin"),
    ("Silver Pattilu Pair", "anklet"), ("Plain Mettelu", "toe ring"), ("Black Bead Nallapusalu", "mangalsutra"),
    ("Ruby Papidi Billa", "maang tikka"), ("Pearl Kammalu", "earrings"), ("Gold Ungaram", "ring"),
    ("Gumleaf Charm", "pendant"), ("Silver Charm Bracelet", "bracelet"),
])  # fmt: skip
def test_regional_and_trade_words_for_kinds_of_piece(text, kind):
    assert load_lexicon().category_of(text).value == kind


def test_zircon_in_an_indian_listing_and_a_stone_named_colour_on_an_ad_set(tmp_path):
    zircon, ad_set = shopify(tmp_path, ("Zircon Leaf Ring - 22K Gold", "", "", "", "", ""),
                             ("Bridal Necklace Set | 925 Silver", "", "AD Jewellery", "", "Stone Colour", "Emerald Green"))  # fmt: skip
    assert (zircon.gemstone, zircon.gemstone_color) == ("cubic zirconia", "white")
    assert (ad_set.gemstone, ad_set.gemstone_color) == ("cubic zirconia", "green")  # not an emerald


def test_a_natural_zircon_said_as_such_is_not_cz():
    reading = load_lexicon().stone_of("Blue Zircon Drops in Sterling Silver")
    assert (reading.stone, reading.color) == ("zircon", "blue")


def test_a_teal_stone_is_blue_to_a_shopper_who_says_blue():
    lexicon = load_lexicon()
    reading = lexicon.stone_of("Teal Sapphire Trilogy Ring")
    assert (reading.stone, reading.color, lexicon.plain_color(reading.color)) == ("sapphire", "teal", "blue")
