"""Words that leave a slot open ("any stone", "ükskõik mis kiviga", "egal welcher Stein", "the metal doesn't
matter"; the locale packs' [open_slots]): the slot is neither asked for nor refused, a photo's stone or metal
is not carried to it (assistant/photo_reference.py), and a conversation's earlier value for it is dropped
(assistant/follow_up.py). And a negation its marks alone tell apart (Icelandic "án", without; "an" is
English's article) refuses what follows. Fixtures written here, from no shop's file."""

import pytest

from assistant.conversation import Session
from assistant.follow_up import follow_up
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

CATALOG = [
    # id, category, metal, stone, price
    ("ring-topaz", "ring", "sterling silver", "topaz", 45),
    ("ring-garnet", "ring", "sterling silver", "garnet", 39),
    ("ring-plain", "ring", "sterling silver", "none", 30),
    ("ring-gold-topaz", "ring", "yellow gold", "topaz", 55),
]
ITEMS = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, gemstone=stone)
         for key, kind, metal, stone, price in CATALOG}  # fmt: skip
VOCABULARY = shop_vocabulary(ITEMS.values(), load_lexicon())


@pytest.mark.parametrize("words", [
    "similar ring, any stone, under 60 eur",
    "ring, doesn't matter which stone",
    "ring, the stone doesn't matter",
    "sarnane sõrmus, ükskõik mis kiviga, alla 60 eur",
    "sõrmus, kivi pole oluline",
    "Ring, egal welcher Stein",
    "bague, n'importe quelle pierre",
    "bague en argent, la pierre n'a pas d'importance",
    "anillo con cualquier piedra",
    "anel com qualquer pedra",
    "anello, qualsiasi pietra",
    "hringur, steinninn skiptir ekki máli",
    "hringur, alveg sama hvaða steinn",
])  # fmt: skip
def test_any_stone_leaves_the_stone_open_in_every_language(words):
    said = understand(words, "EUR")
    assert "gemstone" in said.clear_slots
    assert said.constraints.gemstones == [] and said.constraints.exclude_gemstones == []  # never "no stone"
    assert said.constraints.categories  # the ring is still asked for


@pytest.mark.parametrize("words", ["any metal ring", "ükskõik millise metalliga sõrmus", "Ring, das Metall ist egal",
                                   "bague, peu importe le métal", "anillo de cualquier metal"])
def test_any_metal_leaves_the_metal_open(words):
    said = understand(words, "EUR")
    assert "metal" in said.clear_slots and said.constraints.metals == []


@pytest.mark.parametrize("words", ["ring with a stone", "sõrmus kiviga", "Ring mit Stein", "ruby ring", "rubínhringur",
                                   "hvaða steina eruð þið með", "hringur með steini sem er rauður"])
def test_a_stone_said_plainly_is_no_open_slot(words):
    assert "gemstone" not in understand(words, "EUR").clear_slots


def search(words: str, photo_of: str) -> Constraints:
    """The constraints a turn with these words and a photo of this catalog piece searches with."""
    said = understand(words, "EUR", vocabulary=VOCABULARY)
    carried = carry_over(said.constraints, said.constraints, ITEMS[photo_of], VOCABULARY,
                         lambda constraints: any(constraints.allows(item) for item in ITEMS.values()), left_open=said.clear_slots)  # fmt: skip
    return carried.constraints


def found(constraints: Constraints) -> set[str]:
    return {key for key, item in ITEMS.items() if constraints.allows(item)}


def test_the_pictured_stone_is_carried_unless_the_words_leave_it_open():
    assert found(search("similar ring under 60 eur", "ring-topaz")) == {"ring-topaz"}
    assert found(search("similar ring, any stone, under 60 eur", "ring-topaz")) == {"ring-topaz", "ring-garnet", "ring-plain"}
    assert found(search("sarnane sõrmus, ükskõik mis kiviga, alla 60 eur", "ring-topaz")) == {"ring-topaz", "ring-garnet", "ring-plain"}


def test_the_pictured_metal_is_not_carried_to_any_metal():
    assert found(search("ring like this, any metal", "ring-topaz")) == {"ring-topaz", "ring-gold-topaz"}
    assert found(search("selline sõrmus, ükskõik millise metalliga", "ring-topaz")) == {"ring-topaz", "ring-gold-topaz"}


@pytest.mark.parametrize("words", ["any stone", "ükskõik mis kiviga", "egal welcher Stein", "cualquier piedra"])
def test_a_conversation_drops_the_earlier_stone(words):
    session = Session(constraints=Constraints(categories=["ring"], gemstones=["ruby"], price_max=100), search_words="ruby ring", shown=["x"])
    plan = follow_up(session, understand(words, "EUR"), words, False, "EUR")
    assert plan.constraints.gemstones == [] and plan.constraints.categories == ["ring"] and plan.constraints.price_max == 100


def test_icelandic_an_refuses_what_follows_and_english_an_refuses_nothing():
    assert load_lexicon().marked_words["án"] == "without"
    assert understand("hringur án demanta").constraints.exclude_gemstones == ["diamond"]
    assert understand("hringur án demanta").constraints.gemstones == []
    assert understand("hringur án steina").constraints.gemstones == ["none"]
    assert understand("an emerald ring").constraints.gemstones == ["emerald"]
    assert understand("hringur an steina").constraints.gemstones == ["none"]  # the pack's own unmarked phrase
