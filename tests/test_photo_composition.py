"""A photo and words together: the photo supplies what the piece looks like, the words
override its attributes ("like this but in white gold", "this style but cheaper", "something
like this without diamonds"), and the reply says what it sees. Real models, small demo catalog."""

import pytest

from retrieval.vocabulary import RING_CATEGORIES

pytestmark = pytest.mark.integration


def demo_items(assistant):
    return list(assistant.index.items(assistant.index.texts.get()["ids"]).values())


def rings(assistant):
    return [item for item in demo_items(assistant) if item.category in RING_CATEGORIES]


def test_like_this_but_in_white_gold(demo_assistant):
    ring = next(item for item in rings(demo_assistant) if item.metal == "yellow gold")
    reply = demo_assistant.turn(text="like this but in white gold", image=ring.image)
    assert reply.results
    assert all(result.metal.endswith("white gold") for result in reply.results)  # the words win
    assert reply.results[0].category in RING_CATEGORIES  # the photo still says "a ring"


def test_this_style_but_cheaper(demo_assistant):
    ring = max(rings(demo_assistant), key=lambda item: item.price)
    reply = demo_assistant.turn(text="this style but cheaper", image=ring.image)
    assert reply.results
    assert all(result.price < ring.price for result in reply.results)  # cheaper than the piece in the photo
    assert ring.id not in {result.id for result in reply.results}
    assert reply.results[0].category in RING_CATEGORIES


def test_something_like_this_without_diamonds(demo_assistant):
    ring = next(item for item in rings(demo_assistant) if item.gemstone == "diamond")
    reply = demo_assistant.turn(text="something like this without diamonds", image=ring.image)
    assert reply.results
    assert all(result.gemstone != "diamond" for result in reply.results)
    assert reply.results[0].category in RING_CATEGORIES


def test_the_reply_says_what_the_photo_shows(demo_assistant):
    necklace = next(item for item in demo_items(demo_assistant) if item.category == "necklace" and item.metal == "rose gold")
    reply = demo_assistant.turn(image=necklace.image)
    assert "rose-gold necklace" in reply.answer, reply.answer
