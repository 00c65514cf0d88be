"""Photo + words: words refusing stones beside the pictured kind ("such wedding bands without a stone" of
a diamond one) change the pictured design, as "this without the pearls" does: its metal holds as a filter,
not only the order (assistant/photo_reference.py `_ordering_slots`); a stone asked for still only orders."""

from assistant.photo_kind import PhotoKind, with_photo_kind
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

CATALOG = [
    # id, category, metal, karat, stone, price
    ("band-white-diamond", "wedding band", "white gold", 14, "diamond", 800),
    ("band-white-plain", "wedding band", "white gold", 14, "none", 350),
    ("band-white-plain-2", "wedding band", "white gold", 14, "none", 390),
    ("band-yellow-plain", "wedding band", "yellow gold", 14, "none", 420),
    ("band-rose-plain", "wedding band", "rose gold", 14, "none", 480),
    ("band-yellow-ruby", "wedding band", "yellow gold", 14, "ruby", 900),
    ("band-white-ruby", "wedding band", "white gold", 14, "ruby", 950),
]
ITEMS = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, karat=karat, gemstone=stone)
         for key, kind, metal, karat, stone, price in CATALOG}  # fmt: skip
VOCABULARY = shop_vocabulary(ITEMS.values(), load_lexicon())


def carried(words: str, photo_of: str):
    said = understand(words, "EUR", vocabulary=VOCABULARY)
    pictured = ITEMS[photo_of]
    constraints = with_photo_kind(said.constraints, said.constraints, PhotoKind(pictured.category, True))
    return carry_over(constraints, said.constraints, pictured, VOCABULARY, lambda c: any(c.allows(item) for item in ITEMS.values()))


def found(constraints: Constraints | None) -> set[str]:
    return {key for key, item in ITEMS.items() if constraints is not None and constraints.allows(item)}


def test_words_refusing_stones_keep_the_pictured_metal_as_a_filter():
    result = carried("such wedding bands without stones", "band-white-diamond")
    assert found(result.constraints) == {"band-white-plain", "band-white-plain-2"}
    assert result.then is None  # no yellow or rose band follows as a match


def test_a_stone_asked_for_beside_the_kind_still_only_orders_by_the_pictured_metal():
    result = carried("such a wedding band with a ruby", "band-white-plain")
    assert found(result.constraints) == {"band-white-ruby"}  # the pictured metal's first
    assert found(result.then) == {"band-yellow-ruby", "band-white-ruby"}
