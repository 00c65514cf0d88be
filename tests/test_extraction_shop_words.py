"""Habits of real jewellers' listings read from the fourth held-out round's errors (issue 15), written
here in other words: a WooCommerce category path whose own category says more than its parent, a
taxonomy that files engagement rings under "Engagement", chains named by their link style, pearl
strands named by their length, a month's birthstone, "LGD", "polki look", a "22ct" tag, golds whose
name says their purity, and the Bengali words of Kolkata listings (locales/bn-IN.toml)."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.lexicon import load_lexicon

WOO_HEADER = "ID,Type,SKU,Name,Published,Description,Regular price,Categories,Tags\n"
SHOPIFY_HEADER = "Handle,Title,Body (HTML),Type,Tags,Variant Price,Status\n"


def woo(tmp_path, name, categories, description="", tags=""):
    """One simple WooCommerce product, read as an export."""
    path = tmp_path / "wc-product-export.csv"
    path.write_text(WOO_HEADER + f'7,simple,SKU7,"{name}",1,"{description}",450,"{categories}","{tags}"\n', encoding="utf-8")
    return load_catalog(path, currency="CAD").items[0]


def shopify(tmp_path, title, body="", kind="", tags=""):
    path = tmp_path / "products_export.csv"
    path.write_text(SHOPIFY_HEADER + f'h1,"{title}","{body}","{kind}","{tags}",25000,active\n', encoding="utf-8")
    return load_catalog(path, currency="INR").items[0]


@pytest.mark.parametrize("name, categories, want", [
    ("Twisted Link Necklace", "Necklaces > Chains", "chain"),  # the path's own category names a sibling
    ("Little Star Necklace", "Necklaces > Pendants", "pendant"),
    ("Stacking Band Trio", "Rings > Stackers", "ring"),  # its own category names no kind: the parent does
    ("Marquise Halo, Platinum", "Engagement > Moissanite", "engagement ring"),
    ("Pave Solitaire Ring in 14K", "Engagement", "engagement ring"),
    ("Heart Necklace", "Necklaces, Pendants", "necklace"),  # two categories of their own, not a path
])  # fmt: skip
def test_a_category_path_is_read_from_its_own_category_first(tmp_path, name, categories, want):
    assert woo(tmp_path, name, categories).category == want


def test_engagement_as_an_occasion_tag_is_no_kind_of_piece(tmp_path):
    assert woo(tmp_path, "Plain Court Ring", "Rings", tags="engagement, gift").category == "ring"
    assert load_lexicon().category_of("for her engagement") is None


@pytest.mark.parametrize("title, want", [
    ("Curb Chain Necklace, 20 inch", "chain"), ("Gents Cuban Necklace 9ct", "chain"), ("Snake Chain Necklace", "chain"),
    ("Paperclip Chain - Silver", "chain"), ("Chain Necklace", "necklace"),
    ("Akoya Pearl Strand, 18in", "necklace"), ("Matinee Pearls", "necklace"),
])  # fmt: skip
def test_chains_by_link_style_and_pearls_by_strand_length(title, want):
    assert load_lexicon().category_of(title).value == want


@pytest.mark.parametrize("title, stone", [
    ("September Birthstone Ring", "sapphire"), ("Tiny August Birthstone Studs", "peridot"),
    ("January Birthstone Pendant with a ruby", "ruby"),  # a stone named beats the month's
])  # fmt: skip
def test_a_month_birthstone_names_its_stone_when_no_stone_is_named(tmp_path, title, stone):
    assert shopify(tmp_path, title, kind="Birthstone").gemstone == stone


@pytest.mark.parametrize("title, body, stone", [
    ("LGD Tennis Line Bracelet", "", "diamond"),
    ("Gents Ring", "<table><tr><td>Stone</td><td>LGD 0.30 ct</td></tr></table>", "diamond"),
    ("Polki Look Bridal Choker", "", "cubic zirconia"),
])  # fmt: skip
def test_trade_abbreviations_and_look_alike_stones(tmp_path, title, body, stone):
    assert shopify(tmp_path, title, body).gemstone == stone


def test_a_tag_that_is_only_a_karat_with_a_weight_suffix_is_the_karat(tmp_path):
    item = shopify(tmp_path, "Temple Necklace", "<p>Metal: Gold</p>", tags="bridal, 22ct")
    assert (item.metal, item.karat) == ("yellow gold", 22)
    assert shopify(tmp_path, "Silver Cuff", tags="925, 18ct").karat is None  # a karat on silver is refused


def test_a_gold_whose_name_says_its_purity():
    reading = load_lexicon().metal_of("Plain Gini Sona Chur")
    assert (reading.metal, reading.karat) == ("yellow gold", 22)


@pytest.mark.parametrize("text, kind", [
    ("Ruli Bala (pair)", "bangle"), ("Hira Kata Chur", "bangle"), ("Shakha Bandhano, 22K", "bangle"),
    ("Gents Bala in Sona", "kada"), ("Kaner Dul with Meena", "earrings"), ("Phool Aangti", "ring"),
    ("Silver Payel with Ghungroo", "anklet"), ("Chutki pair", "toe ring"), ("Bridal Chik", "choker"),
    ("Sitahar for the bride", "necklace"), ("Nakchhabi with a Ruby", "nose pin"), ("Tikli, Gold Polish", "maang tikka"),
    ("Komorbondhoni", "waist belt"), ("Kundan Ratanchur", "hand harness"), ("Hathphool with Pearls", "hand harness"),
    ("Bati Har 20 inch", "chain"),
])  # fmt: skip
def test_bengali_kinds_of_piece(text, kind):
    assert load_lexicon().category_of(text).value == kind


@pytest.mark.parametrize("text, metal", [("Khanti Rupo Bala", "silver"), ("Sona Chur", "gold"), ("Rupor Payel", "silver")])
def test_bengali_metal_words(text, metal):
    assert load_lexicon().metal_of(text).metal.endswith(metal)


@pytest.mark.parametrize("text, stone", [
    ("Stone: Sada Pathor", "cubic zirconia"), ("Mukta Mala", "pearl"), ("Stone: Hire", "diamond"),
    ("Hira Kata Bala", None),  # a faceted finish, no stone
    ("Moti Dana Har", None),  # a chain of gold beads, no pearl
])  # fmt: skip
def test_bengali_stone_words_and_traps(text, stone):
    reading = load_lexicon().stone_of(text)
    assert (reading.stone if reading else None) == stone


@pytest.mark.parametrize("text, kind", [("Gold Armlet", "armlet"), ("Belly Chain, Silver", "waist belt"), ("Bracelet Ring with CZ", "hand harness")])
def test_kinds_outside_the_common_list_have_their_everyday_names(text, kind):
    assert load_lexicon().category_of(text).value == kind
