"""The Malaysian shoppers' words (locales/ms-MY.requests.toml) read by understanding in a shop that sells
what a Kuala Lumpur goldsmith sells: Malay kinds of piece, gold and its colours, silver, stones by their
Malay names, "without a stone", pure gold said "999", ringgit amounts and the Malay words before an
amount or a thing refused. The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

KINDS = ["ring", "engagement ring", "wedding band", "bracelet", "bangle", "anklet", "chain", "necklace", "pendant", "earrings", "brooch"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
RINGS = ["ring", "engagement ring", "wedding band"]


@pytest.fixture(scope="module")
def kl_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=2_000 + n, currency="MYR", category=kind, metal="yellow gold")
             for n, kind in enumerate(KINDS)]  # fmt: skip
    items += [Item(id="s1", title="Silver piece", price=150, currency="MYR", category="chain", metal="sterling silver"),
              Item(id="w1", title="White piece", price=3_000, currency="MYR", category="ring", metal="white gold")]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


def read(text: str, vocabulary):
    return understand(text, "MYR", vocabulary=vocabulary).constraints


def test_the_malay_pack_is_loaded_by_default():
    assert "ms-MY" in DEFAULT_LOCALES


@pytest.mark.parametrize("said, kinds", [
    ("cincin untuk ibu", RINGS), ("cincin tunang yang cantik", ["engagement ring"]), ("sepasang cincin kahwin", ["wedding band"]),
    ("gelang untuk anak", ["bracelet"]), ("gelang kaki loceng", ["anklet"]), ("rantai leher panjang", ["chain"]),
    ("kalung pengantin", ["necklace"]), ("loket bulat", ["pendant"]), ("subang kecil", ["earrings"]), ("kerongsang bunga", ["brooch"]),
])  # fmt: skip
def test_malay_kinds_of_piece(kl_shop, said, kinds):
    assert read(said, kl_shop).categories == kinds


@pytest.mark.parametrize("said, metals", [("loket emas", GOLDS), ("cincin emas putih", ["white gold"]),
                                          ("gelang emas kuning", ["yellow gold"]), ("rantai perak", ["sterling silver"])])  # fmt: skip
def test_gold_its_colours_and_silver(kl_shop, said, metals):
    assert read(said, kl_shop).metals == metals


@pytest.mark.parametrize("said, stone", [("subang berlian", "diamond"), ("cincin delima", "ruby"), ("loket nilam", "sapphire"),
                                         ("cincin zamrud", "emerald"), ("kalung mutiara", "pearl")])  # fmt: skip
def test_stones_by_their_malay_names(kl_shop, said, stone):
    assert read(said, kl_shop).gemstones == [stone]


def test_without_a_stone_and_a_stone_refused(kl_shop):
    assert read("gelang tanpa batu", kl_shop).gemstones == ["none"]
    assert read("cincin, tak nak batu", kl_shop).gemstones == ["none"]
    assert read("gelang tanpa mutiara", kl_shop).exclude_gemstones == ["pearl"]


def test_999_on_its_own_is_pure_gold(kl_shop):
    assert read("subang 999", kl_shop).karats == [24]


@pytest.mark.parametrize("said, low, high", [("cincin bawah RM1.5k", None, 1500), ("gelang, bajet RM 800", None, 800),
                                             ("loket dalam RM2k", 1600, 2400), ("rantai sekitar 500 ringgit", 400, 600)])  # fmt: skip
def test_ringgit_amounts_and_the_words_before_them(kl_shop, said, low, high):
    constraints = read(said, kl_shop)
    assert (constraints.price_min, constraints.price_max) == (low, high)
