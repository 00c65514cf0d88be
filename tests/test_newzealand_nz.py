"""New Zealand English listings and requests (retrieval/lexicon/locales/en-NZ.toml, en-NZ.requests.toml;
pounamu and pāua shell in jewelry.toml): pounamu a green stone by all its names ("greenstone", its kinds
kawakawa, inanga, flower jade), never plain jade; pāua shell with or without its macron; and the traps:
the silver fern is a motif, no metal; a bare kawakawa leaf is no stone where another is named."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_new_zealand_pack_is_loaded_by_default():
    assert "en-NZ" in DEFAULT_LOCALES


@pytest.mark.parametrize("text", ["Hand carved pounamu koru", "NZ Greenstone Toki", "Kawakawa Pounamu Drop", "Inanga Pounamu Twist",
                                  "Flower Jade Hei Matau", "Carved from New Zealand jade", "pounamu (nephrite), carved in Hokitika"])
def test_pounamu_is_a_green_stone_by_all_its_names(lexicon, text):
    assert lexicon.stone_of(text).stone == "pounamu"
    assert tuple(lexicon.stones["pounamu"].colors) == ("green",)


@pytest.mark.parametrize("text, stone", [("Jade bangle", "jade"), ("Lavender jade ring", "jade"), ("Nephrite bead bracelet", "jade")])
def test_jade_elsewhere_stays_jade(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone


@pytest.mark.parametrize("text", ["Pāua Studs", "Paua Shell Ring", "Set with genuine paua shell inlay", "pāua shell drop earrings"])
def test_paua_is_paua_shell_with_or_without_its_macron(lexicon, text):
    assert lexicon.stone_of(text).stone == "paua shell"
    assert lexicon.usual_color("paua shell")[0] == "blue"


def test_a_kawakawa_leaf_is_a_motif_not_pounamu(lexicon):
    assert lexicon.stone_of("Kawakawa leaf pendant set with a garnet").stone == "garnet"
    reading = lexicon.stone_of("Sterling silver kawakawa leaf earrings")
    assert reading is None or reading.stone != "pounamu"


@pytest.mark.parametrize("text, metal", [("Silver Fern Pendant - 9ct Yellow Gold", "gold"), ("Silver Fern Studs in 14ct Gold", "gold"),
                                         ("Silver Fern Necklace - Sterling Silver", "sterling silver")])
def test_the_silver_fern_is_a_motif_not_a_metal(lexicon, text, metal):
    assert lexicon.metal_of(text).metal.endswith(metal)


def test_a_silver_fern_alone_names_no_metal(lexicon):
    assert lexicon.metal_of("The silver fern, our national emblem.") is None


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=100 * n, currency="NZD", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def auckland_like_shop():
    items = [_item(1, "pendant", "sterling silver", "pounamu"), _item(2, "earrings", "sterling silver", "paua shell"),
             _item(3, "ring", "yellow gold", "diamond"), _item(4, "bracelet", "yellow gold", "jade"), _item(5, "pendant", "yellow gold")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "NZD", vocabulary=shop).constraints


def test_new_zealand_requests(auckland_like_shop):
    assert _constraints("a greenstone pendant for my nana", auckland_like_shop).gemstones == ["pounamu"]
    paua = _constraints("pāua earrings under 200 bucks", auckland_like_shop)
    assert (paua.categories, paua.gemstones, paua.price_max) == (["earrings"], ["paua shell"], 200)
    assert _constraints("sweet as, any paua shell earrings?", auckland_like_shop).gemstones == ["paua shell"]
    assert _constraints("gold pendant under 2 grand", auckland_like_shop).price_max == 2000
