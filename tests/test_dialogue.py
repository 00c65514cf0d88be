"""Intents, references to shown items, refinements and relaxations, on small fixtures."""

import pytest

from assistant.dialogue import (
    apply_refinements,
    availability_answer,
    comparison_table,
    describe_relaxation,
    detect_intent,
    general_answer,
    relaxations,
    resolve_references,
)
from retrieval.catalog import Item
from retrieval.constraints import Constraints


def item(item_id, metal, gemstone, price, category="ring", carat=None, sizes=(), in_stock=True):
    return Item(id=item_id, title=f"{item_id} {metal} {gemstone} {category}".title(), category=category, metal=metal,
                gemstone=gemstone, price=price, currency="USD", carat=carat, ring_sizes=list(sizes), in_stock=in_stock)  # fmt: skip


SHOWN = [
    item("A", "rose gold", "diamond", 790, carat=0.5, sizes=(6, 7)),
    item("B", "white gold", "pearl", 420),
    item("C", "platinum", "sapphire", 1250, carat=1.2, sizes=(5.5, 6.5), in_stock=False),
]


@pytest.mark.parametrize("text,intent", [
    ("compare the first two", "compare"),
    ("which one is better, the pearl one or the first?", "compare"),
    ("tell me more about the second one", "details"),
    ("is it in stock in size 7?", "availability"),
    ("what's the difference between white gold and platinum?", "question"),
    ("how do I clean silver?", "question"),
    ("rose gold rings under 800", "search"),
    ("cheaper", "search"),
])  # fmt: skip
def test_intents(text, intent):
    assert detect_intent(text) == intent


@pytest.mark.parametrize("text,names_pieces,intent", [
    ("Har I vielsesringe i 14 karat guld?", True, "search"),  # Danish: "do you have wedding bands in 14 karat gold?"
    ("Haben Sie Ringe in 18 Karat Gold?", True, "search"),
    ("14 karat eller 18 karat?", False, "question"),
    ("is 18 karat better than 14 karat for a ring?", True, "question"),  # an English question is asked by its first word
])  # fmt: skip
def test_a_question_mark_asks_for_pieces_where_the_message_names_a_kind(text, names_pieces, intent):
    assert detect_intent(text, names_pieces=names_pieces) == intent


@pytest.mark.parametrize("text,ids", [
    ("the second one", ["B"]),
    ("compare the first and the third", ["A", "C"]),
    ("the last one", ["C"]),
    ("the pearl one", ["B"]),
    ("that platinum ring", ["C"]),
    ("the cheapest one", ["B"]),
    ("all three", ["A", "B", "C"]),
    ("is it in stock?", ["B"]),  # the item last talked about
    ("#3", ["C"]),
])  # fmt: skip
def test_references_resolve_to_shown_items(text, ids):
    assert [i.id for i in resolve_references(text, SHOWN, focus=[SHOWN[1]])] == ids


def test_no_reference_when_nothing_is_shown():
    assert resolve_references("the second one", [], []) == []


def test_cheaper_and_bigger_are_relative_to_what_is_on_screen():
    constraints, said = apply_refinements(Constraints(metals=["rose gold"]), ["cheaper", "bigger"], SHOWN)
    assert constraints.price_max == pytest.approx(789.99) and constraints.metals == ["rose gold"]
    assert constraints.carat_min == pytest.approx(1.21)
    assert said == ["cheaper than $790", "a stone over 1.2 ct"]


def test_relaxations_drop_one_set_slot_at_a_time():
    constraints = Constraints(price_max=300, metals=["platinum"], categories=["ring"])
    names = [name for name, _ in relaxations(constraints)]
    assert names == ["price", "metal"]
    by_name = dict(relaxations(constraints))
    assert by_name["price"].metals == ["platinum"] and by_name["price"].price_max is None
    assert by_name["metal"].metals == [] and by_name["metal"].price_max == 300
    assert describe_relaxation("price", constraints, [SHOWN[2]], "USD") == "rings, platinum from $1,250"
    assert describe_relaxation("metal", constraints, [SHOWN[1]], "USD") == "under $300, rings in white gold"


def test_comparison_and_availability_state_catalog_facts_only():
    table = comparison_table(SHOWN[:2])
    assert "| price | $790 | $420 |" in table and "| sizes | 6, 7 | — |" in table
    assert availability_answer(SHOWN[0], "is it in stock in size 7?").startswith("Yes")
    assert "not in size 6.25" in availability_answer(SHOWN[0], "do you have it in size 6 1/4?")
    assert "out of stock" in availability_answer(SHOWN[2], "is it available in size 6.5?")


def test_general_questions_are_labelled_as_general_knowledge():
    answer = general_answer("what is the difference between white gold and platinum?")
    assert answer.startswith("General jewelry know-how") and "rhodium" in answer
