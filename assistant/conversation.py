"""The state of one shopper's conversation: the search on screen (its words, photo, constraints
and soft wishes, so a follow-up can refine it), what is on screen, and the pieces the shopper
saved or compared."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from retrieval.constraints import Constraints, Preferences

PAIRED_SLOTS = (("price_min", "price_max"), ("carat_min", "carat_max"))
LIST_SLOTS = {"categories": "exclude_categories", "metals": "exclude_metals", "gemstones": "exclude_gemstones"}


CLEARABLE_SLOTS = {
    "price": {"price_min": None, "price_max": None},
    "metal": {"metals": [], "karats": [], "exclude_metals": []},
    "gemstone": {"gemstones": [], "gemstone_colors": [], "exclude_gemstones": []},
    "category": {"categories": [], "exclude_categories": []},
}


@dataclass
class Session:
    constraints: Constraints = field(default_factory=Constraints)  # of the search on screen
    preferences: Preferences = field(default_factory=Preferences)  # ... its soft wishes (occasion, style, recipient)
    search_words: str = ""  # ... its words, so a follow-up or a dropped chip can run it again
    search_photo: str | None = None  # ... the path of its photo, if it had one
    photo_reading: str = ""  # ... what that photo shows, in words
    shown_for_search: list[str] = field(default_factory=list)  # every id shown for it ("show me more")
    shown: list[str] = field(default_factory=list)  # ids of the items on screen, in order
    focus: list[str] = field(default_factory=list)  # ids the last turn talked about ("it", "that one")
    pending_transcript: str | None = None  # a shaky transcript waiting for the shopper's yes
    turns: int = 0
    compared: list[str] = field(default_factory=list)  # ids last compared side by side
    wishlist: list[str] = field(default_factory=list)  # ids saved by the shopper; kept when they start over
    language: str = "en"  # the language of the last answer (assistant/answer_language.py): chips are named in it
    language_locale: str | None = None  # ... and the locale pack naming its pieces
    language_set: bool = False  # a turn has been answered: a message in words of no language keeps its language

    def reset(self) -> None:
        """Start the search over; the wishlist stays."""
        self.constraints, self.preferences = Constraints(), Preferences()
        self.search_words, self.search_photo, self.photo_reading, self.shown_for_search = "", None, "", []
        self.shown, self.focus, self.pending_transcript, self.compared = [], [], None, []

    def has_search(self) -> bool:
        return bool(self.search_words or self.search_photo or not self.constraints.is_empty())

    def toggle_wishlist(self, item_id: str) -> bool:
        """Save the piece, or unsave it if it was saved; True when it is saved now."""
        if item_id in self.wishlist:
            self.wishlist.remove(item_id)
            return False
        self.wishlist.append(item_id)
        return True

    def clear(self, constraints: Constraints, slots: list[str]) -> Constraints:
        for slot in slots:
            constraints = replace(constraints, **CLEARABLE_SLOTS.get(slot, {}))
        return constraints

    def carry(self, new: Constraints) -> Constraints:
        """Constraints for this turn: what the shopper just said, on top of what they said
        before. A slot the new words fill replaces the old one; the rest carries over."""
        merged = Constraints(**asdict(self.constraints))
        for pair in PAIRED_SLOTS:
            if any(getattr(new, slot) is not None for slot in pair):
                for slot in pair:
                    setattr(merged, slot, getattr(new, slot))
        if new.ring_size is not None:
            merged.ring_size = new.ring_size
        merged.in_stock_only = merged.in_stock_only or new.in_stock_only
        if new.gemstones or new.gemstone_colors:  # a new stone brings its own colour, or none
            merged.gemstone_colors = list(new.gemstone_colors)
        if new.karats or new.metals:
            merged.karats = list(new.karats)
        for include, exclude in LIST_SLOTS.items():
            new_include, new_exclude = getattr(new, include), getattr(new, exclude)
            if new_include:
                setattr(merged, include, list(new_include))
            if new_include or new_exclude:
                kept = [value for value in getattr(merged, exclude) if value not in new_include]
                setattr(merged, exclude, kept + [value for value in new_exclude if value not in kept])
                setattr(merged, include, [v for v in getattr(merged, include) if v not in new_exclude])
        return merged

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Session:
        data = json.loads(text)
        constraints = _known(Constraints, data.pop("constraints", {}))
        preferences = _known(Preferences, data.pop("preferences", {}))
        session_fields = {f.name for f in fields(cls)}
        return cls(constraints=constraints, preferences=preferences, **{k: v for k, v in data.items() if k in session_fields})

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Session:
        return cls.from_json(path.read_text(encoding="utf-8")) if path.is_file() else cls()


def _known(kind, data: dict):
    names = {f.name for f in fields(kind)}
    return kind(**{key: value for key, value in data.items() if key in names})
