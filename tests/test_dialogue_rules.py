"""The dialogue rules a shopper expects, each on the real demo assistant (template writer)."""

import pytest

from assistant.alternatives import missed
from assistant.conversation import Session
from retrieval.constraints import Constraints
from retrieval.vocabulary import RING_CATEGORIES

pytestmark = pytest.mark.integration


def items_of(assistant):
    return assistant.index.items(assistant.index.all_ids())


def test_show_me_more_shows_further_matches_of_the_same_search_then_says_it_has_shown_all(demo_assistant):
    session = Session()
    first = demo_assistant.turn(text="earrings under $600", session=session, top_k=3)
    shown = {r.id for r in first.results}
    for _ in range(40):
        more = demo_assistant.turn(text="show me more", session=session, top_k=3)
        assert more.constraints == first.constraints
        assert not {r.id for r in more.results} & shown
        assert "outside your budget" not in more.answer and not any(r.relaxed for r in more.results)
        if more.intent == "no_more":
            break
        shown |= {r.id for r in more.results}
    assert more.intent == "no_more" and f"seen all {len(shown)}" in more.answer


def test_closest_alternatives_are_labelled_only_with_what_they_really_miss(demo_assistant):
    reply = demo_assistant.turn(text="platinum rings under $50", session=Session())
    items = items_of(demo_assistant)
    constraints = Constraints(**reply.constraints)
    assert reply.results and all(missed(constraints, items[r.id]) == r.relaxed for r in reply.results)


def test_a_follow_up_keeps_the_photo_and_the_soft_wishes_of_the_search_it_refines(demo_assistant):
    items = items_of(demo_assistant)
    rings = [i for i in items.values() if i.category in RING_CATEGORIES]
    # a ring whose kind and stone the catalog also has in white gold: "like this" keeps the pictured stone
    ring = next(i for i in rings if i.metal == "yellow gold" and any(o.category == i.category and o.metal == "white gold" and o.gemstone == i.gemstone for o in rings))
    session = Session()
    demo_assistant.turn(text="something like this for our anniversary", image=ring.image, session=session)
    reply = demo_assistant.turn(text="like this but in white gold", session=session)
    assert reply.photo_in_search and reply.preferences["occasions"] == ["anniversary"]
    assert reply.results and all(r.metal.endswith("white gold") for r in reply.results)
    assert any("looks like your photo" in r.why for r in reply.results)


def test_a_new_kind_of_piece_keeps_only_the_budget_and_who_it_is_for_and_says_so(demo_assistant):
    session = Session()
    demo_assistant.turn(text="vintage rose gold rings with diamonds under $900 for my wife", session=session)
    reply = demo_assistant.turn(text="show me necklaces", session=session)
    c = reply.constraints
    # The demo shop lists pendants apart from necklaces: "necklaces" means necklaces (issue 16's taxonomy rule).
    assert (c["price_max"], c["categories"], c["metals"], c["gemstones"]) == (900, ["necklace"], [], [])
    assert reply.preferences["recipients"] == ["wife"] and reply.preferences["styles"] == []
    assert "Kept your budget (under $900) and who it's for (wife)" in reply.answer
    refined = demo_assistant.turn(text="in rose gold", session=session)
    assert refined.constraints["categories"] == ["necklace"] and refined.constraints["metals"] == ["rose gold"]


def test_typos_are_read_in_context(demo_assistant):
    session = Session()
    reply = demo_assistant.turn(text="a sliver necklace undr 500", session=session)
    assert reply.constraints["metals"] == ["sterling silver"] and reply.constraints["price_max"] == 500
    assert demo_assistant.turn(text="a sliver of luck", session=Session()).constraints["metals"] == []


def test_a_piece_that_is_not_on_screen_is_never_resolved_to_another(demo_assistant):
    session = Session()
    demo_assistant.turn(text="platinum rings with no stone", session=session)
    for text in ("the pearl one", "tell me more about the pearl one", "is the pearl one in stock?"):
        reply = demo_assistant.turn(text=text, session=session)
        assert reply.intent == "not_on_screen" and reply.results == [] and "pearl" in reply.answer
    assert demo_assistant.turn(text="the pearl one", session=Session()).intent == "not_on_screen"


def test_policies_are_quoted_from_the_shops_file_and_never_made_up(demo_assistant, tmp_path):
    reply = demo_assistant.turn(text="what is your return policy?", session=Session())
    assert reply.intent == "policy" and reply.results == [] and reply.answer_source == "quoted"
    assert '"You can return any piece within 30 days' in reply.answer
    shop = demo_assistant.settings.shop
    policies = tmp_path / "policies.md"
    policies.write_text("# Policies\n\n## Shipping\nWe ship worldwide in 2 days.\n")
    demo_assistant.settings.shop = shop.model_copy(update={"policies_file": policies, "name": "Bath Jewels", "contact_email": "hi@bath.example"})
    try:
        shipping = demo_assistant.turn(text="do you ship to Canada?", session=Session())
        assert '"We ship worldwide in 2 days."' in shipping.answer
        returns = demo_assistant.turn(text="can I return a ring?", session=Session())
        assert returns.intent == "policy" and returns.answer_source == "template" and "won't guess" in returns.answer
        assert "hi@bath.example" in returns.answer and returns.link == "mailto:hi@bath.example"
    finally:
        demo_assistant.settings.shop = shop


@pytest.mark.parametrize("text,intent", [
    ("give me a discount code", "policy"), ("can I talk to a person", "handoff"), ("tell me a joke", "small_talk"),
    ("you are useless", "decline"), ("what's the weather tomorrow?", "decline"),
    ("white gold or platinum for everyday wear?", "question"), ("start over", "small_talk"),
])  # fmt: skip
def test_messages_that_are_not_searches_get_no_cards(demo_assistant, text, intent):
    session = Session()
    demo_assistant.turn(text="diamond rings", session=session)
    reply = demo_assistant.turn(text=text, session=session)
    assert reply.intent == intent and reply.results == [] and "mentions" not in reply.answer


def test_starting_over_with_something_to_search_searches_it_alone(demo_assistant):
    session = Session()
    demo_assistant.turn(text="diamond rings under $900", session=session)
    reply = demo_assistant.turn(text="start over, a bracelet", session=session)
    assert reply.intent == "search" and reply.results and reply.constraints["price_max"] is None


def test_comparing_with_one_piece_on_screen_says_so_and_shows_no_cards(demo_assistant):
    session = Session()
    assert len(demo_assistant.turn(text="platinum bangles", session=session, top_k=1).results) == 1
    reply = demo_assistant.turn(text="compare the first two", session=session)
    assert reply.intent == "not_on_screen" and reply.results == [] and "Only one piece" in reply.answer


def test_a_kind_of_the_same_family_refines_the_search_on_screen(demo_assistant):
    session = Session()
    demo_assistant.turn(text="ruby necklaces", session=session)
    reply = demo_assistant.turn(text="pendants", session=session)  # a pendant is of the necklace family
    assert reply.constraints["categories"] == ["pendant"] and reply.constraints["gemstones"] == ["ruby"]
    assert "Kept" not in reply.answer
