"""How a turn relates to the search on screen, and what it keeps of it. The rules:

- **more** ("show me more", "others"): the same search (words, photo, constraints, soft wishes),
  leaving out every piece already shown for it.
- **refine** (anything that does not start over or name another kind of piece: "cheaper", "in
  white gold instead", "under 500", "for my sister", "like this but in white gold"): the
  search on screen with this turn's changes. Constraints carry slot by slot (a new metal replaces
  the old one), soft wishes carry kind by kind (a new occasion replaces the old one, the style
  and recipient stay), and the photo stays.
- **switch** (names a kind of piece of another family than the one on screen: necklaces after
  rings; pendants after necklaces are the same family, a refinement): a new search that keeps only what is about the shopper rather than the piece (the
  budget, in-stock only, who it is for and the occasion) and says what it kept, so a chip
  or "any price" can drop it; metals, stones, sizes, styles and the photo are left behind.
- **new**: nothing on screen, a new photo, or "start over": this turn's words and photo alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from assistant.answer import describe_constraints
from assistant.conversation import Session
from assistant.phrasing import ENGLISH, Phrases
from assistant.understanding import Understanding
from retrieval.constraints import Constraints, Preferences

MORE, REFINE, SWITCH, NEW = "more", "refine", "switch", "new"
PREFERENCE_KINDS = ("occasions", "styles", "recipients", "avoid_terms")
KEPT_PREFERENCES_ON_SWITCH = ("occasions", "recipients")


@dataclass
class FollowUp:
    kind: str
    words: str  # the search's words
    constraints: Constraints
    preferences: Preferences
    keeps_photo: bool
    notes: list[str] = field(default_factory=list)


def follow_up(
    session: Session, understanding: Understanding, utterance: str, new_photo: bool, currency: str,
    family_of: Callable[[str], str] = lambda category: category, phrases: Phrases = ENGLISH,
) -> FollowUp:  # fmt: skip
    """`family_of`: a kind of piece's family in the lexicon (a pendant is of the necklace family):
    pendants after ruby necklaces refine that search rather than start another."""
    said = understanding.constraints
    if not session.has_search() or new_photo or understanding.reset:
        return FollowUp(NEW, utterance, session.clear(said, understanding.clear_slots), understanding.preferences, False)
    if understanding.refinements == ["more"] and said.is_empty() and understanding.preferences.is_empty():
        return FollowUp(MORE, session.search_words, session.constraints, session.preferences, True)
    families = {family_of(category) for category in session.constraints.categories}
    if said.categories and families and not {family_of(category) for category in said.categories} & families:
        return _switch(session, understanding, utterance, currency, phrases)
    words = " ".join(filter(None, (session.search_words, understanding.remainder)))
    constraints = session.clear(session.carry(said), understanding.clear_slots)
    return FollowUp(REFINE, words, constraints, carry_preferences(session.preferences, understanding.preferences), True)


def carry_preferences(old: Preferences, new: Preferences) -> Preferences:
    """Kind by kind: a kind the new words name replaces the old one's values."""
    return Preferences(**{kind: list(getattr(new, kind) or getattr(old, kind)) for kind in PREFERENCE_KINDS})


def _switch(session: Session, understanding: Understanding, utterance: str, currency: str, phrases: Phrases) -> FollowUp:
    old, said = session.constraints, understanding.constraints
    kept = Constraints(price_min=old.price_min, price_max=old.price_max, in_stock_only=old.in_stock_only)
    if said.price_min is not None or said.price_max is not None or "price" in understanding.clear_slots:
        kept = replace(kept, price_min=None, price_max=None)
    constraints = session.clear(Session(constraints=kept).carry(said), understanding.clear_slots)
    preferences = Preferences(**{
        kind: list(getattr(understanding.preferences, kind) or (getattr(session.preferences, kind) if kind in KEPT_PREFERENCES_ON_SWITCH else []))
        for kind in PREFERENCE_KINDS
    })  # fmt: skip
    notes = _kept_note(kept, understanding, session.preferences, currency, phrases)
    return FollowUp(SWITCH, utterance, constraints, preferences, False, notes)


def _kept_note(kept: Constraints, understanding: Understanding, old: Preferences, currency: str, phrases: Phrases = ENGLISH) -> list[str]:
    said, say = understanding.preferences, phrases.say
    budget = describe_constraints(replace(Constraints(), price_min=kept.price_min, price_max=kept.price_max), currency, phrases)
    parts = [say("kept_budget", label=label) for label in budget]
    parts += [say("kept_in_stock")] if kept.in_stock_only else []
    parts += [say("kept_occasion", occasions=", ".join(old.occasions))] if old.occasions and not said.occasions else []
    parts += [say("kept_recipient", recipients=", ".join(old.recipients))] if old.recipients and not said.recipients else []
    if not parts:
        return []
    return [say("kept_from_last", listed=phrases.listed(parts, last="and"))]
