"""The kind of piece a shopper's photo shows, which holds beside their words ("like this but in
rose gold" is a rose-gold ring when the photo is of a ring) unless the words name another kind.

The photo's kind is the category probe's reading when it is sure (retrieval/attributes.py), else
the kind most of the catalog pieces nearest to the photo are, said back as an assumption.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.photo_reference import Carried
from assistant.phrasing import ENGLISH, Phrases
from retrieval.attributes import PhotoAttributes
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.facts import UNKNOWN


@dataclass(frozen=True)
class PhotoKind:
    category: str
    sure: bool  # read surely by the probe; otherwise assumed from the nearest pieces


def photo_kind(seen: PhotoAttributes | None, nearest: list[Item], sure_above: float) -> PhotoKind | None:
    """The photo's kind of piece: the probe's when at least `sure_above` sure, else the commonest
    among `nearest` (the catalog pieces nearest to the photo, nearest first; ties to the nearer)."""
    if seen is not None and seen.category.value and seen.category.confidence >= sure_above:
        return PhotoKind(seen.category.value, True)
    kinds = [item.category for item in nearest if item.category and item.category != UNKNOWN]
    if not kinds:
        return None
    counts = Counter(kinds)
    best = max(counts.values())
    return PhotoKind(next(kind for kind in kinds if counts[kind] == best), False)


def with_photo_kind(constraints: Constraints, said: Constraints, kind: PhotoKind | None,
                    kinds_asked: Callable[[str], tuple[str, ...]] | None = None,
                    any_match: Callable[[Constraints], bool] | None = None) -> Constraints:  # fmt: skip
    """`constraints` with the photo's kind of piece, unless the words (`said`) name or refuse another
    kind. Words naming the photo's kind among others ("same ring but rose gold", which asks for rings
    of every kind, a photo of an engagement ring) ask for the photo's own. The photo's kind holds while
    a piece of it meets the rest (`any_match`); only then does it give way to what the word for it asks
    for (`kinds_asked`, the shop vocabulary's `category_values`): a photo of a plain ring, "this but with
    a diamond" in a shop whose diamonds are on engagement rings and bands, takes those in."""
    if kind is None or said.exclude_categories or (said.categories and kind.category not in said.categories):
        return constraints
    own = replace(constraints, categories=[kind.category])
    if kinds_asked is None or any_match is None or any_match(own):
        return own
    return replace(constraints, categories=list(kinds_asked(kind.category)) or [kind.category])


def held_or_wider(held: Constraints, kind: PhotoKind | None, kinds_asked: Callable[[str], tuple[str, ...]],
                  carry: Callable[[Constraints], Carried], any_match: Callable[[Constraints], bool]) -> Carried:  # fmt: skip
    """What the pictured piece carries (`carry`, photo_reference.carry_over) beside the photo's own kind
    (`held`), unless no piece of that kind meets it all while a piece of the kinds its word asks for in the
    shop does (`any_match`): a plain rose-gold ring, "like this but in white gold", in a shop whose only
    white-gold ring is set with a stone, is the plain white-gold bands before a ring unlike it."""
    carried = carry(held)
    if kind is None or held.categories != [kind.category] or any_match(carried.constraints):
        return carried
    kinds = list(kinds_asked(kind.category))
    if not kinds or kinds == [kind.category]:
        return carried
    wider = carry(replace(held, categories=kinds))
    return wider if any_match(wider.constraints) else carried


def assumed_note(kind: PhotoKind, phrases: Phrases = ENGLISH) -> str:
    """What the reply says when the kind was assumed rather than seen surely."""
    named = _with_article(kind.category) if phrases.english else phrases.name("categories", kind.category)
    return phrases.say("photo_assumed", kind=named)


def _with_article(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"
