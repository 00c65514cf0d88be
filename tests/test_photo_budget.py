"""Photo + words naming the kind and a budget ("such earrings under 20 000"): when no piece of the
pictured metal's look is in budget, any metal in budget is a match, the pictured stone held first
(assistant/photo_reference.py); without a budget, or without the kind, the pictured look holds."""

from assistant.photo_kind import PhotoKind, with_photo_kind
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

CATALOG = [
    # id, category, metal, karat, stone, price
    ("hoops-gold-pearl", "earrings", "yellow gold", 14, "pearl", 1_200),
    ("studs-silver-pearl", "earrings", "sterling silver", None, "pearl", 170),
    ("studs-silver-garnet", "earrings", "sterling silver", None, "garnet", 180),
    ("band-rose", "wedding band", "rose gold", 14, "none", 1_850),
    ("band-yellow", "wedding band", "yellow gold", 14, "none", 1_410),
    ("band-white-diamond", "wedding band", "white gold", 14, "diamond", 1_300),
]
ITEMS = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, karat=karat, gemstone=stone)
         for key, kind, metal, karat, stone, price in CATALOG}  # fmt: skip
VOCABULARY = shop_vocabulary(ITEMS.values(), load_lexicon())


def search(words: str, photo_of: str) -> tuple[Constraints, tuple[str, ...]]:
    said = understand(words, "EUR", vocabulary=VOCABULARY)
    pictured = ITEMS[photo_of]
    constraints = with_photo_kind(said.constraints, said.constraints, PhotoKind(pictured.category, True))
    carried = carry_over(constraints, said.constraints, pictured, VOCABULARY,
                         lambda c: any(c.allows(item) for item in ITEMS.values()))  # fmt: skip
    return carried.constraints, carried.kept


def found(constraints: Constraints) -> set[str]:
    return {key for key, item in ITEMS.items() if constraints.allows(item)}


def test_earrings_like_these_in_budget_keep_the_pictured_stone_in_another_metal():
    constraints, kept = search("earrings like these under 200", "hoops-gold-pearl")
    assert found(constraints) == {"studs-silver-pearl"}
    assert constraints.price_max == 200 and "pearl" in kept


def test_past_the_pictured_stone_any_piece_of_the_kind_in_budget():
    constraints, _ = search("earrings like these under 175", "hoops-gold-pearl")
    assert found(constraints) == {"studs-silver-pearl"}
    constraints, _ = search("a wedding band like this under 1500", "band-rose")
    assert found(constraints) == {"band-yellow"}  # plain, as pictured, before the diamond one
    constraints, _ = search("a wedding band like this under 1350", "band-rose")
    assert found(constraints) == {"band-white-diamond"}


def test_the_pictured_look_holds_while_the_budget_allows_it():
    constraints, _ = search("a wedding band like this under 2000", "band-rose")
    assert found(constraints) == {"band-rose"}


def test_without_a_budget_the_pictured_metal_holds():
    constraints, _ = search("earrings like these", "hoops-gold-pearl")
    assert found(constraints) == {"hoops-gold-pearl"}


def test_the_budget_said_holds_always():
    constraints, _ = search("earrings like these under 100", "hoops-gold-pearl")
    assert found(constraints) == set() and constraints.price_max == 100
