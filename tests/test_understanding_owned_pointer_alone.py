"""A locale pack's "this" that leads on its own (`[owned] pointers_alone`): Estonian says "with" and "for"
in the case ending of the piece ("kaelakee selle ripatsiga", a necklace with this pendant), so the piece
after "selle" / "sellele" beside another one is the one the shopper has or shows, not a second kind asked for."""

import pytest

from assistant.understanding import understand
from retrieval.lexicon import load_lexicon


def kinds(text: str) -> list[str]:
    return understand(text, "EUR").constraints.categories


def test_the_estonian_pack_names_its_inflected_pointers():
    assert {"selle", "sellele"} <= set(load_lexicon().owned_pointers_alone)


@pytest.mark.parametrize("text, kind", [
    ("sobiv kaelakee selle ripatsiga", "necklace"),  # the piece asked for first, the pictured one after
    ("selle ripatsiga sobiv kaelakee", "necklace"),  # the pictured one first
    ("kõrvarõngad sellele kaelakeele", "earrings"),
])  # fmt: skip
def test_the_piece_after_the_pointer_is_not_asked_for(text, kind):
    assert kinds(text) == [kind]


def test_one_piece_after_the_pointer_is_the_one_asked_about():
    assert "ring" in kinds("selle sõrmuse hind")
