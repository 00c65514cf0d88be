"""Whole conversations through the real assistant over the demo catalog: refinements, resets,
references to shown items, intents beyond search, and honest alternatives when nothing fits."""

import pytest

from assistant.conversation import Session
from retrieval.vocabulary import RING_CATEGORIES

pytestmark = pytest.mark.integration


def items_of(assistant, reply):
    found = assistant.index.items([r.id for r in reply.results])
    return [found[r.id] for r in reply.results]


def test_refinements_narrow_the_search_relative_to_what_is_shown(demo_assistant):
    session = Session()
    first = demo_assistant.turn(text="rings in rose gold", session=session)
    cheaper = demo_assistant.turn(text="cheaper", session=session)
    assert cheaper.constraints["metals"] == ["rose gold"]
    assert cheaper.constraints["price_max"] < max(r.price for r in first.results)
    assert all(r.price <= cheaper.constraints["price_max"] for r in cheaper.results if not r.relaxed)
    instead = demo_assistant.turn(text="in white gold instead", session=session)
    assert instead.constraints["metals"] == ["white gold"]
    assert all(r.metal.endswith("white gold") for r in instead.results if not r.relaxed)


def test_show_me_more_never_repeats_and_start_over_forgets(demo_assistant):
    session = Session()
    first = demo_assistant.turn(text="necklaces", session=session)
    more = demo_assistant.turn(text="show me more", session=session)
    assert more.results and not {r.id for r in first.results} & {r.id for r in more.results}
    demo_assistant.turn(text="in platinum under $2000", session=session)
    fresh = demo_assistant.turn(text="start over. earrings", session=session)
    assert fresh.constraints["metals"] == [] and fresh.constraints["price_max"] is None
    assert fresh.constraints["categories"] == ["earrings"]


def test_references_details_comparison_and_availability(demo_assistant):
    session = Session()
    shown = demo_assistant.turn(text="rings", session=session, top_k=5)
    details = demo_assistant.turn(text="tell me more about the second one", session=session)
    assert details.intent == "details" and details.results[0].id == shown.results[1].id
    assert shown.results[1].title in details.answer
    compare = demo_assistant.turn(text="compare the first and the third", session=session)
    assert compare.intent == "compare" and [r.id for r in compare.results] == [shown.results[0].id, shown.results[2].id]
    assert compare.answer.startswith("| |") and "| price |" in compare.answer
    ring = items_of(demo_assistant, shown)[0]
    size = ring.ring_sizes[0] if ring.ring_sizes else 7.0
    stock = demo_assistant.turn(text=f"is the first one in stock in size {size:g}?", session=session)
    assert stock.intent == "availability" and ring.title in stock.answer
    assert stock.answer.startswith("Yes") == (ring.in_stock and size in ring.ring_sizes)


def test_general_questions_do_not_pretend_to_be_the_catalog(demo_assistant):
    reply = demo_assistant.turn(text="what's the difference between white gold and platinum?", session=Session())
    assert reply.intent == "question" and reply.results == []
    assert reply.answer.startswith("General jewelry know-how")


def test_impossible_requests_get_named_alternatives(demo_assistant):
    reply = demo_assistant.turn(text="platinum rings under $60", session=Session())
    assert reply.answer.startswith("I couldn't find anything matching under $60, rings, platinum")
    assert reply.results and all(r.relaxed for r in reply.results)
    items = items_of(demo_assistant, reply)
    for result, item in zip(reply.results, items):
        assert item.category in RING_CATEGORIES
        if result.relaxed == ["price"]:
            assert item.metal == "platinum" and item.price > 60
        if result.relaxed == ["metal"]:
            assert item.price <= 60 and item.metal != "platinum"
        assert f"${item.price:,.0f}" in reply.answer


def test_a_shaky_transcript_is_echoed_and_confirmed_before_searching(demo_assistant, tmp_path, speak):
    mumbled = speak("pearl necklace", speed=400)  # too fast to hear confidently
    session = Session()
    settings = demo_assistant.settings
    strict = settings.model_copy(update={"conversation": settings.conversation.model_copy(update={"confirm_below_confidence": 1.0})})
    original, demo_assistant.settings = demo_assistant.settings, strict
    try:
        asked = demo_assistant.turn(audio=mumbled, session=session)
    finally:
        demo_assistant.settings = original
    assert asked.intent == "confirm" and asked.results == [] and asked.answer.startswith("I heard:")
    assert session.pending_transcript == asked.transcript
    confirmed = demo_assistant.turn(text="yes", session=session)
    assert confirmed.intent == "search" and confirmed.transcript == asked.transcript and session.pending_transcript is None
