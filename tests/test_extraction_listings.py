"""More habits of real jewellers' listings (issue 15, read from the third held-out round's errors and
written here in other words): imitation jewellery named by its trade words ("one gram gold", "gold
covering", a copper-alloy base) is gold plated brass and its "ruby stones" are simulants; kemp is
its own stone; 21 karat (875) gold; a bare purity stamp as a tag; "gold" in a market's or a price's
name; a taxonomy's umbrella kind settled by the text; Tamil and Gulf Arabic trade words."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import ShopVocabulary

HEADER = "Handle,Title,Body (HTML),Product Category,Type,Tags,Variant Price,Status\n"


def shopify(tmp_path, *products):
    """A Shopify export of (title, body, standard product category, type, tags) products."""
    rows = "".join(f'p{number},"{title}","{body}","{category}","{kind}","{tags}",1500,active\n'
                   for number, (title, body, category, kind, tags) in enumerate(products))  # fmt: skip
    path = tmp_path / "products_export.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return load_catalog(path, currency="INR").items


def one(tmp_path, title, body="", category="", kind="", tags=""):
    return shopify(tmp_path, (title, body, category, kind, tags))[0]


@pytest.mark.parametrize("text", [
    "Peacock Haram, One Gram Gold", "Bridal Choker (gold covering)", "Micro Gold Plated Temple Studs",
    "Gold plated brass cuff", "1 gram gold mango mala",
])  # fmt: skip
def test_imitation_trade_words_are_gold_plated_brass(text):
    reading = load_lexicon().metal_of(text)
    assert (reading.metal, reading.color, reading.karat) == ("gold plated brass", "yellow", None)


def test_a_plating_over_a_copper_alloy_named_in_the_spec(tmp_path):
    item = one(tmp_path, "Leaf Hoops - Gold Plated", "<ul><li>Base metal: copper alloy</li></ul>")
    assert (item.metal, item.metal_color, item.karat) == ("gold plated brass", "yellow", None)


def test_a_plain_gold_plating_with_no_base_said_stays_unqualified(tmp_path):
    assert one(tmp_path, "Gold Plated Leaf Hoops").metal == "gold plated"


def test_a_gold_plating_and_a_silver_base_still_make_gold_plated_silver(tmp_path):
    assert one(tmp_path, "Temple Coin Studs - Gold Plated", "<p>Base: 92.5 silver</p>").metal == "gold plated silver"


@pytest.mark.parametrize("text, color", [
    ("Green Kemp Mango Haram", "green"), ("Ruby Kemp Temple Studs", "red"), ("Kempu Peacock Pendant", ""),
])  # fmt: skip
def test_kemp_is_its_own_stone_never_ruby_or_emerald(text, color):
    reading = load_lexicon().stone_of(text)
    assert (reading.stone, reading.color) == ("kemp", color)


@pytest.mark.parametrize("title, stone, color", [
    ("Emerald Stone Bridal Choker - 1 Gram Gold", "cubic zirconia", "green"),
    ("Temple Stud Earrings | Gold Covering", "none", None),
    ("Stone Studded Haram (Gold Covering)", "cubic zirconia", None),
    ("Pearl Drop Jhumka | Gold Covering", "pearl", "white"),
    ("Ruby Flower Ring in 22KT Gold", "ruby", "red"),
    ("Ruby Flower Ring in 92.5 Silver, gold polish", "ruby", "red"),
])  # fmt: skip
def test_precious_stones_named_on_imitation_pieces_are_simulants(tmp_path, title, stone, color):
    item = one(tmp_path, title)
    assert item.gemstone == stone
    if color:
        assert item.gemstone_color == color


@pytest.mark.parametrize("title", ["Rope Chain in 21K Gold", "875 Gold Bead Bracelet", "Hamsa Charm, 21 Karat Gold"])
def test_21_karat_gold_and_its_875_stamp_are_yellow(tmp_path, title):
    item = one(tmp_path, title)
    assert (item.metal, item.metal_color, item.karat) == ("yellow gold", "yellow", 21)


def test_a_purity_stamp_alone_as_a_tag_is_22_karat_gold(tmp_path):
    item = one(tmp_path, "Temple Coin Chain", "<li>Metal: Gold</li>", tags="916, daily wear")
    assert (item.metal, item.karat) == ("yellow gold", 22)


def test_a_silver_stamp_tag_is_no_karat(tmp_path):
    item = one(tmp_path, "Leaf Toe Rings", "<li>Metal: Silver</li>", tags="925, daily wear")
    assert item.metal in ("silver", "sterling silver") and item.karat is None


@pytest.mark.parametrize("body, metal", [
    ("<p>Cast in platinum at our Gold Souk atelier.</p>", "platinum"),
    ("<p>Sterling silver. Prices follow the day's gold rate; old gold exchanged.</p>", "sterling silver"),
])  # fmt: skip
def test_gold_in_a_market_or_a_price_is_not_the_metal(tmp_path, body, metal):
    assert one(tmp_path, "Crescent Moon Pendant", body).metal == metal


def test_a_market_named_for_gold_alone_says_no_metal():
    assert load_lexicon().metal_of("Visit our shop in the Gold Souk") is None


TAXONOMY_BRACELETS = "Apparel & Accessories > Jewelry > Bracelets"
TAXONOMY_RINGS = "Apparel & Accessories > Jewelry > Rings"


@pytest.mark.parametrize("title, body, category, kind, tags, want", [
    ("Lotus | 22KT", "<p>A pair of hand-chased kadas.</p>", TAXONOMY_BRACELETS, "", "", "kada"),
    ("Lotus | 22KT", "<p>Chased gold.</p>", TAXONOMY_BRACELETS, "", "bangles, festive", "bangle"),
    ("Twin Hearts (Platinum)", "<p>One wedding band of the pair.</p>", TAXONOMY_RINGS, "", "", "wedding band"),
    ("Pavé Halo Ring", "<p>An engagement ring with a halo.</p>", TAXONOMY_RINGS, "", "", "engagement ring"),
    ("Lotus | 22KT", "<p>Chased gold.</p>", TAXONOMY_BRACELETS, "", "", "bracelet"),
])  # fmt: skip
def test_a_taxonomy_umbrella_is_settled_by_the_text(tmp_path, title, body, category, kind, tags, want):
    assert one(tmp_path, title, body, category, kind, tags).category == want


def test_a_bracelet_titled_as_one_stays_under_the_umbrella(tmp_path):
    item = one(tmp_path, "Lotus Bracelet", "<p>Pairs with our kada.</p>", TAXONOMY_BRACELETS)
    assert item.category == "bracelet"


@pytest.mark.parametrize("text, kind", [
    ("Rettai Vadam Sangili", "chain"), ("Kai Chain for Kids", "bracelet"), ("Thirumangalyam with Coral", "mangalsutra"),
    ("Rakkodi for the Bride", "hair ornament"), ("Lakshmi Jadai Billai", "hair ornament"), ("Kaasu Malai", "necklace"),
    ("Netti Chutti", "maang tikka"), ("Bulakku", "nose pin"), ("Saree Pin, Peacock", "brooch"),
    ("Emirati Tawq", "choker"), ("Mertaasha with Tassels", "choker"), ("Hijool Pair", "anklet"), ("Iswara (one piece)", "bangle"),
    ("Hijab Pin, Crescent", "brooch"),
])  # fmt: skip
def test_tamil_and_gulf_kinds_of_piece(text, kind):
    assert load_lexicon().category_of(text).value == kind


@pytest.mark.parametrize("text, stone, color", [
    ("Pushparagam Ring", "sapphire", "yellow"), ("Manickam Studs", "ruby", ""), ("Vaira Thodu", "diamond", ""),
    ("White Stone Jhumka", "cubic zirconia", "white"), ("Lulu Strand", "pearl", ""),
])  # fmt: skip
def test_tamil_and_gulf_stone_names(text, stone, color):
    reading = load_lexicon().stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


def test_a_plating_said_plainly_asks_for_the_brass_platings_a_shop_sells():
    lexicon = load_lexicon()
    shop = ShopVocabulary(lexicon, frozenset(), frozenset({"gold plated brass", "gold plated silver"}), frozenset())
    assert shop.metal_values("gold plated") == ("gold plated", "gold plated silver", "gold plated brass")
    # "one gram gold" where the shop plates brass is that range (or a plating of no named base), not gold-polished silver
    assert shop.metal_values("gold plated brass") == ("gold plated", "gold plated brass")
    assert "gold plated brass" not in shop.metal_values("gold")


@pytest.mark.parametrize("title, body, stone", [
    ("Four Claw Solitaire Studs, 18K White Gold", "", "diamond"),
    ("Classic Tennis Bracelet in 14K Gold", "", "diamond"),
    ("Four Claw Solitaire Ring, 18K White Gold", "<p>Set with a round moissanite.</p>", "moissanite"),
    ("Solitaire Pendant with a Blue Sapphire", "", "sapphire"),
])  # fmt: skip
def test_a_solitaire_or_tennis_piece_naming_no_stone_is_of_diamonds(tmp_path, title, body, stone):
    assert one(tmp_path, title, body).gemstone == stone


def test_a_stone_weight_in_a_spec_line_keeps_its_decimal_point(tmp_path):
    item = one(tmp_path, "Claw Studs in 18K Gold", "Weight: 2.10 gm\nStone: Diamond, 0.75 ct\nMade in our workshop.")
    assert (item.gemstone, item.carat) == ("diamond", 0.75)


@pytest.mark.parametrize("body, tags", [
    ("<p>A line bracelet of diamonds.</p>", "bangles, gifts"),
    ("<p>Chased gold.</p>", "bangles & bracelets, gifts"),
])  # fmt: skip
def test_an_umbrella_stays_when_the_tags_and_text_disagree_or_a_tag_is_an_umbrella(tmp_path, body, tags):
    assert one(tmp_path, "Lotus | 18KT", body, TAXONOMY_BRACELETS, "", tags).category == "bracelet"


@pytest.mark.parametrize("title, metal", [("Impon Mango Malai", "panchaloha"), ("Impon Jimikki, Gold Covering", "gold plated")])
def test_impon_is_the_five_metal_alloy_not_gold(tmp_path, title, metal):
    item = one(tmp_path, title)
    assert item.metal == metal and item.karat is None

