"""Photo + words: what gives way when nothing in the shop has all the pictured piece carries
(assistant/photo_reference.py): a metal left open only to the metals that look alike, and a stone
seldom set in the metal the words name only when the shop has no such piece."""

from tests.photo_shop import PhotoShop

CATALOG = [
    # id, category, metal, karat, stone, price
    ("ring-cz-gilded", "ring", "gold plated silver", None, "cubic zirconia", 60),
    ("ring-cz-gold", "ring", "yellow gold", 18, "cubic zirconia", 300),
    ("ring-ruby-gold", "ring", "yellow gold", 18, "ruby", 500),
    ("ring-plain-gold", "ring", "yellow gold", 18, "none", 400),
    ("heart-cz-silver", "pendant", "sterling silver", None, "cubic zirconia", 40),
    ("heart-plain-gold", "pendant", "yellow gold", 18, "none", 350),
    ("bracelet-gold", "bracelet", "yellow gold", 18, "none", 900),
    ("bracelet-plated-steel", "bracelet", "gold plated steel", None, "none", 30),
    ("bracelet-silver", "bracelet", "sterling silver", None, "none", 45),
    ("bangle-white", "bangle", "white gold", 18, "none", 1_200),
    ("bangle-silver", "bangle", "sterling silver", None, "none", 80),
    ("bangle-rose", "bangle", "rose gold", 18, "none", 700),
    ("earrings-plain-gold", "earrings", "yellow gold", 18, "none", 450),
    ("earrings-garnet-silver", "earrings", "sterling silver", None, "garnet", 70),
]
SHOP = PhotoShop(CATALOG)
search, found = SHOP.search, SHOP.found


def test_cubic_zirconia_holds_in_solid_gold_where_the_shop_sets_it_so():
    constraints, kept = search("this ring but in real gold", "ring-cz-gilded")
    assert found(constraints) == {"ring-cz-gold"}
    assert "cubic zirconia" in kept


def test_cubic_zirconia_gives_way_where_the_shop_has_no_such_gold_piece():
    constraints, kept = search("same heart but in gold", "heart-cz-silver")
    assert found(constraints) == {"heart-plain-gold"}
    assert constraints.gemstones == [] and "cubic zirconia" not in kept


def test_a_metal_left_open_gives_way_only_to_the_metals_that_look_alike():
    """A plain yellow-gold bracelet under 100: the gold-plated one looks alike, the silver one does not."""
    constraints, kept = search("a plain bracelet like this under 100", "bracelet-gold")
    assert found(constraints) == {"bracelet-plated-steel"}
    assert "a yellow metal" in kept


def test_a_white_metal_gives_way_to_silver_but_never_to_rose_gold():
    constraints, _ = search("one like this under 1000", "bangle-white")
    assert found(constraints) == {"bangle-silver"}


def test_nothing_alike_in_the_budget_keeps_the_pictured_metal():
    constraints, _ = search("one like this under 20", "bracelet-gold")
    assert found(constraints) == set() and "yellow gold" in constraints.metals


def test_words_asking_for_another_stone_let_the_metal_go_past_its_look_alikes():
    """Similar earrings with garnet, of plain gold ones: the shop's garnet earrings are silver."""
    constraints, _ = search("similar earrings with garnet", "earrings-plain-gold")
    assert found(constraints) == {"earrings-garnet-silver"}


def test_a_kind_and_a_budget_said_let_the_metal_go_past_its_look_alikes():
    """Similar earrings under 100, of plain gold ones: no gold-looking pair is in budget, the silver one is
    (tests/test_photo_budget.py; the shop's budget pieces rather than an empty answer)."""
    constraints, _ = search("similar earrings under 100", "earrings-plain-gold")
    assert found(constraints) == {"earrings-garnet-silver"}
