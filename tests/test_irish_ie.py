"""Irish English listings and requests (retrieval/lexicon/locales/en-IE.toml, en-IE.requests.toml;
Connemara marble in jewelry.toml): the Celtic cross a pendant, the Tara brooch and kilt pin brooches,
Connemara marble a green stone (plain "Connemara" in a listing, "marble" asked for), and the traps: the
Emerald Isle, a gold gift box and a silver wedding anniversary name no stone or metal of the piece; a
marble look is no marble."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_irish_pack_is_loaded_by_default():
    assert "en-IE" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Silver Celtic Cross", "pendant"), ("Celtic Cross Pendant", "pendant"), ("Celtic Cross Earrings", "earrings"),
    ("Tara Brooch in Sterling Silver", "brooch"), ("Kilt Pin - 9ct Gold", "brooch"), ("Silver Shawl Pin", "brooch"),
])  # fmt: skip
def test_irish_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text", ["Inlaid with Connemara marble from Co. Galway.", "Connemara Pendant", "Silver ring with Irish green marble",
                                  "Necklet inlaid with marble"])
def test_connemara_marble_is_a_green_stone(lexicon, text):
    assert lexicon.stone_of(text).stone == "connemara marble"
    assert tuple(lexicon.stones["connemara marble"].colors) == ("green",)


def test_another_stone_named_beside_a_bare_marble_wins(lexicon):
    assert lexicon.stone_of("Amethyst pendant on a marble display stand").stone == "amethyst"


@pytest.mark.parametrize("text", ["A lovely gift from the Emerald Isle.", "Marble effect resin pendant", "Faux marble enamel earrings"])
def test_the_emerald_isle_and_a_marble_look_name_no_stone(lexicon, text):
    reading = lexicon.stone_of(text)
    assert reading is None or reading.stone not in ("emerald", "connemara marble")


@pytest.mark.parametrize("text", ["Presented in our gold gift box.", "A gift for a silver wedding anniversary.", "For their golden anniversary"])
def test_gift_boxes_and_anniversaries_name_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


def test_a_silver_wedding_band_is_still_silver(lexicon):
    assert lexicon.metal_of("Silver Wedding Band").metal in ("silver", "sterling silver")


def _item(n: int, category: str, metal: str, gemstone: str = "none") -> Item:
    return Item(id=f"i{n}", title=f"Piece {n}", price=100 * n, currency="EUR", category=category, metal=metal, gemstone=gemstone)


@pytest.fixture(scope="module")
def dublin_like_shop():
    items = [_item(1, "ring", "yellow gold", "emerald"), _item(2, "pendant", "sterling silver"), _item(3, "necklace", "sterling silver", "connemara marble"),
             _item(4, "brooch", "sterling silver"), _item(5, "earrings", "yellow gold", "connemara marble")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def _constraints(said, shop):
    return understand(said, "EUR", vocabulary=shop).constraints


def test_irish_requests(dublin_like_shop):
    cross = _constraints("have ye a silver celtic cross", dublin_like_shop)
    assert (cross.categories, cross.metals) == (["pendant"], ["sterling silver"])
    marble = _constraints("silver necklet with marble", dublin_like_shop)
    assert (marble.categories, marble.gemstones) == (["necklace"], ["connemara marble"])
    assert _constraints("a present for me nan, silver brooch", dublin_like_shop).categories == ["brooch"]
    assert _constraints("anything in 18ct under a grand", dublin_like_shop).price_max == 1000
