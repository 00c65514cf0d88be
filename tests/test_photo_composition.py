"""A photo and words together: the photo supplies what the piece looks like, the words
override its attributes ("like this but in white gold", "this style but cheaper", "something
like this without diamonds"), and the reply says what it sees. Real models, small demo catalog."""

import numpy as np
import pytest

from perception.image_encoder import open_image
from retrieval.constraints import Constraints
from retrieval.query import FusedQuery, Searcher
from retrieval.vocabulary import RING_CATEGORIES

pytestmark = pytest.mark.integration


def demo_items(assistant):
    return list(assistant.index.items(assistant.index.texts.get()["ids"]).values())


def rings(assistant):
    return [item for item in demo_items(assistant) if item.category in RING_CATEGORIES]


def with_a_twin_in(items, metal_from: str, metal_to: str):
    """A piece in `metal_from` whose stone the catalog also has in `metal_to`, in a piece of its
    kind: "like this but in <metal_to>" keeps the pictured piece's kind and stone (assistant/photo_reference.py)."""
    return next((item for item in items if item.metal == metal_from and any(
        other.category == item.category and other.metal == metal_to and other.gemstone == item.gemstone for other in items)), None)  # fmt: skip


def test_like_this_but_in_white_gold(demo_assistant):
    ring = with_a_twin_in(rings(demo_assistant), "yellow gold", "white gold")
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


def test_words_naming_a_metal_compare_the_photo_by_shape_alone(demo_assistant):
    """"like this but in white gold": the photo's colour part would pull towards its own
    yellow gold, so it is left out of the comparison; "cheaper" keeps the whole photo vector."""
    ring = next(item for item in rings(demo_assistant) if item.metal == "yellow gold")
    index, encoder = demo_assistant.index, demo_assistant.index.image_encoder
    photo = encoder.encode_image([open_image(ring.image)])[0]
    searcher = Searcher(index, demo_assistant.settings.fusion)
    for constraints, compared in (
        (Constraints(metals=["white gold"]), encoder.without_colors(photo)),
        (Constraints(price_max=ring.price), photo),
    ):
        hits = searcher.search(FusedQuery(image_vector=photo, constraints=constraints), top_k=5)
        stored = index.images.get(ids=[hit.item.id for hit in hits], include=["embeddings"])
        vectors = dict(zip(stored["ids"], np.asarray(stored["embeddings"])))
        assert hits
        for hit in hits:
            assert hit.image_score == pytest.approx(float(vectors[hit.item.id] @ compared), abs=1e-5)
    assert not np.allclose(encoder.without_colors(photo), photo)


@pytest.mark.parametrize("kind", ["ring", "earrings", "bracelet"])
def test_the_photos_kind_of_piece_holds_unless_the_words_name_another(demo_assistant, kind):
    items = [item for item in demo_items(demo_assistant) if item.category == kind]
    piece = next(filter(None, (with_a_twin_in(items, metal, "rose gold") for metal in ("yellow gold", "white gold", "sterling silver"))), None)
    if piece is None:
        pytest.skip(f"the small demo catalog has no rose-gold {kind} with the stone of another {kind}")
    reply = demo_assistant.turn(text="like this but in rose gold", image=piece.image)
    matches = [result for result in reply.results if not result.relaxed]
    assert matches
    assert all(result.metal.endswith("rose gold") for result in matches)
    assert len({result.category for result in matches}) == 1  # one kind: the photo's, as the probe or the nearest pieces read it
    other = demo_assistant.turn(text="a pendant like this", image=piece.image)
    assert {result.category for result in other.results if not result.relaxed} <= {"pendant"}  # the words name another kind
