"""Photo + words naming the kind of piece or a price ask for such a piece, not the pictured design
(assistant/photo_reference.py): what the photo carries beside them gives way before the answer is
empty, what the words say never does; words only changing the pictured design keep its stone."""

from assistant.dialogue import apply_refinements
from assistant.photo_kind import PhotoKind, with_photo_kind
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

CATALOG = [
    # id, category, metal, karat, stone, price
    ("band-rose-diamond", "wedding band", "rose gold", 14, "diamond", 500),
    ("band-white-plain", "wedding band", "white gold", 14, "none", 400),
    ("band-yellow-plain", "wedding band", "yellow gold", 14, "none", 380),
    ("solitaire-white-diamond", "engagement ring", "white gold", 14, "diamond", 2_400),
    ("solitaire-white-cz", "engagement ring", "white gold", 14, "cubic zirconia", 200),
    ("solitaire-yellow-diamond", "engagement ring", "yellow gold", 14, "diamond", 1_500),
    ("earrings-silver-opal", "earrings", "sterling silver", None, "opal", 100),
    ("pendant-gold-opal", "pendant", "yellow gold", 14, "opal", 300),
    ("pendant-silver-plain", "pendant", "sterling silver", None, "none", 30),
    ("pendant-gold-amethyst", "pendant", "yellow gold", 14, "amethyst", 280),
    ("pendant-silver-amethyst", "pendant", "sterling silver", None, "amethyst", 50),
    ("pendant-white-garnet", "pendant", "white gold", 14, "garnet", 250),
]
ITEMS = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, karat=karat, gemstone=stone)
         for key, kind, metal, karat, stone, price in CATALOG}  # fmt: skip
VOCABULARY = shop_vocabulary(ITEMS.values(), load_lexicon())


def search(words: str, photo_of: str) -> Constraints:
    """The constraints of `words` beside a photo of `photo_of`, "cheaper" than the pictured piece as the Assistant reads it."""
    said = understand(words, "EUR", vocabulary=VOCABULARY)
    pictured = ITEMS[photo_of]
    constraints, _ = apply_refinements(said.constraints, said.refinements, [pictured])
    constraints = with_photo_kind(constraints, said.constraints, PhotoKind(pictured.category, True))
    return carry_over(constraints, said.constraints, pictured, VOCABULARY,
                      lambda c: any(c.allows(item) for item in ITEMS.values())).constraints  # fmt: skip


def found(constraints: Constraints) -> set[str]:
    return {key for key, item in ITEMS.items() if constraints.allows(item)}


def test_a_named_kind_in_another_metal_lets_the_pictured_stone_go_when_none_has_it():
    assert found(search("these wedding bands in white gold", "band-rose-diamond")) == {"band-white-plain"}


def test_a_budget_lets_the_pictured_stone_go_but_the_kind_holds():
    assert found(search("something like this under 300", "solitaire-white-diamond")) == {"solitaire-white-cz"}


def test_a_named_kind_with_a_stone_lets_the_pictured_metal_go():
    """A similar pendant with opal, of silver opal earrings: the shop's opal pendant is gold."""
    assert found(search("a similar pendant with opal", "earrings-silver-opal")) == {"pendant-gold-opal"}


def test_cheaper_is_below_the_pictured_piece_and_lets_its_stone_go():
    assert found(search("a cheaper one like this", "solitaire-white-diamond")) == {"solitaire-white-cz"}


def test_the_pictured_stone_is_tried_first():
    assert found(search("these engagement rings in yellow gold", "solitaire-white-diamond")) == {"solitaire-yellow-diamond"}


def test_the_same_design_in_another_metal_keeps_its_stone():
    """ "The same but in white gold" asks for the pictured design: no plain band stands in."""
    assert found(search("the same but in white gold", "band-rose-diamond")) == set()


def test_a_named_kind_with_another_stone_may_be_of_a_metal_that_looks_alike():
    assert found(search("similar pendants with garnet", "pendant-silver-amethyst")) == {"pendant-white-garnet"}


def test_what_the_words_say_never_gives_way():
    assert found(search("these pendants in rose gold", "pendant-gold-amethyst")) == set()
