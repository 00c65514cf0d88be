"""Photo + words naming the kind and a budget ("such earrings under 20 000"): when no piece of the
pictured metal's look is in budget, any metal in budget is a match, the pictured stone held first
(assistant/photo_reference.py); without a budget, or without the kind, the pictured look holds."""

from tests.photo_shop import PhotoShop

CATALOG = [
    # id, category, metal, karat, stone, price
    ("hoops-gold-pearl", "earrings", "yellow gold", 14, "pearl", 1_200),
    ("studs-silver-pearl", "earrings", "sterling silver", None, "pearl", 170),
    ("studs-silver-garnet", "earrings", "sterling silver", None, "garnet", 180),
    ("band-rose", "wedding band", "rose gold", 14, "none", 1_850),
    ("band-yellow", "wedding band", "yellow gold", 14, "none", 1_410),
    ("band-white-diamond", "wedding band", "white gold", 14, "diamond", 1_300),
]
SHOP = PhotoShop(CATALOG)
search, found = SHOP.search, SHOP.found


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
