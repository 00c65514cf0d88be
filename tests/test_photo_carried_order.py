"""Photo + words: what the pictured piece carries that only orders the results (assistant/photo_reference.py,
`conversation.photo_carried_orders`): a plain piece's "no stone" beside a metal the words name, and its
metal beside words naming its kind with a stone or a price; the pictured piece's pieces come first and
the rest of what the words ask for follows (FusedQuery.then, retrieval/query.py)."""

from contextlib import nullcontext
from types import SimpleNamespace

import numpy as np

from assistant.config import Settings
from assistant.photo_kind import PhotoKind, held_or_wider, with_photo_kind
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.query import FusedQuery, Hit, Searcher
from retrieval.shop_vocabulary import shop_vocabulary

CATALOG = [
    # id, category, metal, karat, stone, price
    ("signet-rose", "ring", "rose gold", 14, "none", 600),
    ("signet-yellow", "ring", "yellow gold", 14, "none", 650),
    ("ring-yellow-garnet", "ring", "yellow gold", 14, "garnet", 700),
    ("ring-yellow-cz", "ring", "yellow gold", 14, "cubic zirconia", 500),
    ("ring-silver", "ring", "sterling silver", None, "none", 60),
    ("band-white", "wedding band", "white gold", 14, "none", 400),
    ("band-white-diamond", "wedding band", "white gold", 14, "diamond", 900),
    ("band-yellow-diamond", "wedding band", "yellow gold", 14, "diamond", 950),
    ("band-yellow-diamond-2", "wedding band", "yellow gold", 18, "diamond", 1200),
    ("earrings-white-garnet", "earrings", "white gold", 14, "garnet", 500),
    ("earrings-silver-garnet", "earrings", "sterling silver", None, "garnet", 70),
    ("earrings-silver-cz", "earrings", "sterling silver", None, "cubic zirconia", 50),
]
ITEMS = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, karat=karat, gemstone=stone)
         for key, kind, metal, karat, stone, price in CATALOG}  # fmt: skip
VOCABULARY = shop_vocabulary(ITEMS.values(), load_lexicon())


def carried(words: str, photo_of: str, ordering: bool = True):
    said = understand(words, "EUR", vocabulary=VOCABULARY)
    pictured = ITEMS[photo_of]
    constraints = with_photo_kind(said.constraints, said.constraints, PhotoKind(pictured.category, True))
    return carry_over(constraints, said.constraints, pictured, VOCABULARY,
                      lambda c: any(c.allows(item) for item in ITEMS.values()), ordering)  # fmt: skip


def found(constraints: Constraints | None) -> set[str]:
    return {key for key, item in ITEMS.items() if constraints is not None and constraints.allows(item)}


def test_a_plain_pieces_no_stone_only_orders_when_the_words_name_a_metal():
    result = carried("this signet in yellow gold", "signet-rose")
    assert found(result.constraints) == {"signet-yellow"}  # the plain ones first
    assert found(result.then) == {"signet-yellow", "ring-yellow-garnet", "ring-yellow-cz"}  # then every yellow-gold ring


def test_the_pictured_metal_only_orders_beside_words_naming_its_kind_and_a_stone():
    result = carried("such a wedding band with diamonds", "band-white")
    assert found(result.constraints) == {"band-white-diamond"}
    assert found(result.then) == {"band-white-diamond", "band-yellow-diamond", "band-yellow-diamond-2"}


def test_the_rest_follows_when_no_piece_is_plain_in_the_metal_said():
    result = carried("this ring in white gold", "ring-silver")  # no white-gold ring, plain or not
    assert found(result.constraints) == set() and found(result.then) == set()
    result = carried("the same in yellow gold", "band-white")  # the shop's yellow-gold bands all have diamonds
    assert found(result.constraints) == set()
    assert found(result.then) == {"band-yellow-diamond", "band-yellow-diamond-2"}


def test_the_pictured_design_changed_by_the_words_still_filters():
    assert carried("the same with diamonds", "band-white").then is None  # no kind named: the pictured metal holds
    result = carried("the same but in silver", "earrings-white-garnet")
    assert found(result.constraints) == {"earrings-silver-garnet"} and result.then is None  # a stone the piece has holds


def test_the_setting_off_makes_every_carried_slot_a_filter():
    assert carried("this signet in yellow gold", "signet-rose", ordering=False).then is None
    assert Settings().conversation.photo_carried_orders is True


class _Stub(Searcher):
    """A searcher whose one search finds the catalog pieces meeting the constraints, in catalog order."""

    def __init__(self):
        super().__init__(SimpleNamespace(view=nullcontext), FusionConfig())

    def _search(self, query: FusedQuery, top_k: int) -> list[Hit]:
        hits = [Hit(item=item, score=1.0, text_score=None, image_score=None) for item in ITEMS.values() if query.constraints.allows(item)]
        return hits[:top_k]


def test_the_looser_pieces_follow_the_pictured_ones_up_to_top_k():
    strict, loose = Constraints(categories=["ring"], metals=["yellow gold"], gemstones=["none"]), Constraints(categories=["ring"], metals=["yellow gold"])
    ids = [hit.item.id for hit in _Stub().search(FusedQuery(constraints=strict, then=loose), top_k=10)]
    assert ids == ["signet-yellow", "ring-yellow-garnet", "ring-yellow-cz"]  # no piece twice
    assert [hit.item.id for hit in _Stub().search(FusedQuery(constraints=strict, then=loose), top_k=1)] == ["signet-yellow"]
    assert [hit.item.id for hit in _Stub().search(FusedQuery(constraints=strict), top_k=10)] == ["signet-yellow"]


class _CountingEncoder:
    def __init__(self):
        self.calls = 0

    def encode_text(self, texts):
        self.calls += 1
        return [np.ones(4, dtype=np.float32)]

    encode_image = encode_text

    def without_colors(self, vector):
        return vector


class _Recording(_Stub):
    """A searcher that encodes as the real one does and records the vectors each search was asked with."""

    def __init__(self):
        super().__init__()
        self.index.text_encoder = self.index.image_encoder = self.encoder = _CountingEncoder()
        self.asked = []

    def _search(self, query: FusedQuery, top_k: int) -> list[Hit]:
        self.asked.append(self._dense_queries(query))
        return super()._search(query, top_k)


def test_the_strict_and_the_looser_search_share_one_encoding_of_the_words_and_the_photo():
    strict, loose = Constraints(categories=["ring"], metals=["yellow gold"], gemstones=["none"]), Constraints(categories=["ring"], metals=["yellow gold"])
    searcher = _Recording()
    searcher.search(FusedQuery(text="a ring like this", image=object(), constraints=strict, then=loose), top_k=10)
    assert len(searcher.asked) == 2 and all(set(dense) == {"text", "image"} for dense in searcher.asked)
    assert searcher.encoder.calls == 2  # once for the words, once for the photo: not again for the looser search


def test_the_photos_kind_gives_way_to_its_words_kinds_when_only_they_meet_all_the_pictured_piece_carries():
    pieces = {key: ITEMS[key] for key in ("signet-rose", "band-white", "band-white-diamond", "earrings-white-garnet")}
    pieces["ring-white-cz"] = Item(id="ring-white-cz", title="ring-white-cz", price=500, currency="EUR", category="ring",
                                   metal="white gold", karat=14, gemstone="cubic zirconia")  # fmt: skip
    vocabulary = shop_vocabulary(pieces.values(), load_lexicon())
    said = understand("like this but in white gold", "EUR", vocabulary=vocabulary)

    def carry(constraints):
        return carry_over(constraints, said.constraints, pieces["signet-rose"], vocabulary, meets)

    def meets(constraints):
        return any(constraints.allows(item) for item in pieces.values())

    held = with_photo_kind(said.constraints, said.constraints, PhotoKind("ring", True))
    result = held_or_wider(held, PhotoKind("ring", True), vocabulary.category_values, carry, meets)
    shown = {key for key, item in pieces.items() if result.constraints.allows(item)}
    assert shown == {"band-white"}  # the plain white-gold band, not the only white-gold ring, set with a stone
    pieces["ring-white-plain"] = Item(id="ring-white-plain", title="ring-white-plain", price=450, currency="EUR", category="ring",
                                      metal="white gold", karat=14, gemstone="none")  # fmt: skip
    vocabulary = shop_vocabulary(pieces.values(), load_lexicon())
    result = held_or_wider(held, PhotoKind("ring", True), vocabulary.category_values, carry, meets)
    assert {key for key, item in pieces.items() if result.constraints.allows(item)} == {"ring-white-plain"}  # a plain white-gold ring: the kind holds
