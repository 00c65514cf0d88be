"""What a shopper does with the chips and cards on screen, at the Assistant: drop a filter and
search again, find similar pieces, see details, compare, keep a wishlist."""

from dataclasses import replace

import pytest

from assistant.answer import constraint_chips, describe_constraints
from assistant.assistant import SelectionError
from assistant.conversation import Session
from assistant.understanding import understand
from retrieval.constraints import Constraints, Preferences

QUERY = "rose gold ring under $800, no diamonds"


def search(assistant, text: str, session: Session):
    return assistant.turn(text=text, session=session)


def last(events):
    *_, done = events
    assert done.kind == "done"
    return done.reply


# --- chips: pure, no models ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", [QUERY, "14k or 18k gold necklace between 200 and 900", "ruby or sapphire pendant not platinum, no earrings"]
)
def test_every_chip_drops_exactly_its_own_constraint(text):
    constraints = understand(text).constraints
    chips = constraint_chips(constraints, "USD")
    assert [chip.label for chip in chips if chip.in_answers] == describe_constraints(constraints, "USD")
    for chip in chips:
        left = [c.label for c in constraint_chips(replace(constraints, **chip.cleared), "USD")]
        assert left == [c.label for c in chips if c is not chip]


def test_carat_size_and_stock_are_chips_but_not_named_in_answers():
    constraints = Constraints(carat_min=0.5, carat_max=1.0, ring_size=7.0, in_stock_only=True)
    assert [chip.label for chip in constraint_chips(constraints, "USD")] == ["0.5–1 ct", "size 7", "in stock"]
    assert describe_constraints(constraints, "USD") == []


def test_the_session_keeps_its_wishlist_and_search_through_json_and_start_over():
    session = Session(search_words="vintage ring", search_photo="/tmp/ring.png", compared=["a", "b"],
                      preferences=Preferences(occasions=["anniversary"]))  # fmt: skip
    assert session.toggle_wishlist("a") and session.toggle_wishlist("b") and not session.toggle_wishlist("a")
    restored = Session.from_json(session.to_json())
    assert (restored.wishlist, restored.search_words, restored.search_photo, restored.compared) == (["b"], "vintage ring", "/tmp/ring.png", ["a", "b"])
    assert restored.preferences.occasions == ["anniversary"]
    restored.reset()
    assert restored.wishlist == ["b"] and restored.search_words == "" and restored.compared == [] and restored.preferences.is_empty()


def test_understanding_leaves_the_words_that_are_not_constraints():
    assert understand("a vintage rose gold ring under 500, no diamonds").remainder == "vintage"
    assert understand("rose gold ring under $800").remainder == ""


# --- with the real assistant ------------------------------------------------------------------------


def test_removing_a_filter_runs_the_search_again_without_it(demo_assistant):
    session = Session()
    first = search(demo_assistant, QUERY, session)
    assert "rose gold" in demo_assistant.filters(session)
    reply = last(demo_assistant.remove_filters(session, ["rose gold"]))
    assert "rose gold" not in demo_assistant.filters(session)
    assert {"under $800", "rings", "no diamond"} <= set(demo_assistant.filters(session))
    assert session.constraints.metals == [] and session.constraints.price_max == 800
    assert all(r.price <= 800 and r.gemstone != "diamond" for r in reply.results)
    assert session.shown == [r.id for r in reply.results]
    assert {r.metal for r in reply.results} != {"rose gold"} or [r.id for r in reply.results] != [r.id for r in first.results]


def test_removing_every_filter_still_shows_pieces(demo_assistant):
    session = Session()
    search(demo_assistant, QUERY, session)
    reply = last(demo_assistant.remove_filters(session, demo_assistant.filters(session)))
    assert demo_assistant.filters(session) == [] and reply.results


def test_find_similar_leaves_the_piece_itself_out_and_keeps_the_filters(demo_assistant):
    session = Session()
    shown = search(demo_assistant, "a ring under $900", session).results
    reply = last(demo_assistant.more_like(session, shown[0].id))
    assert reply.results and shown[0].id not in [r.id for r in reply.results]
    assert all(r.price <= 900 for r in reply.results)
    assert reply.answer.startswith(f"Showing pieces like the {shown[0].title}.")


def test_details_and_compare_talk_about_the_picked_pieces(demo_assistant):
    session = Session()
    shown = search(demo_assistant, "a necklace", session).results
    details = demo_assistant.details(session, shown[1].id)
    assert details.intent == "details" and shown[1].title in details.answer and session.focus == [shown[1].id]
    table = demo_assistant.compare(session, [shown[0].id, shown[2].id])
    assert table.intent == "compare" and table.answer.startswith("| |")
    assert session.compared == [shown[0].id, shown[2].id]
    with pytest.raises(SelectionError, match="pick 2 or 3"):
        demo_assistant.compare(session, [shown[0].id])
    with pytest.raises(SelectionError, match="pick 2 or 3"):
        demo_assistant.compare(session, [r.id for r in shown[:4]])


def test_the_wishlist_holds_catalog_pieces_only(demo_assistant):
    session = Session()
    shown = search(demo_assistant, "earrings", session).results
    assert demo_assistant.toggle_wishlist(session, shown[0].id)
    assert demo_assistant.toggle_wishlist(session, shown[1].id)
    assert [r.id for r in demo_assistant.wishlist(session)] == [shown[0].id, shown[1].id]
    assert not demo_assistant.toggle_wishlist(session, shown[0].id)
    with pytest.raises(SelectionError, match="not in the catalog"):
        demo_assistant.toggle_wishlist(session, "no-such-piece")
    search(demo_assistant, "start over, a bracelet", session)
    assert [r.id for r in demo_assistant.wishlist(session)] == [shown[1].id]
