"""The state of one shopper's conversation: the constraints in force and what is on screen."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from retrieval.query import Constraints

PRICE_SLOTS = ("price_min", "price_max")
LIST_SLOTS = {
    "categories": "exclude_categories",
    "metals": "exclude_metals",
    "gemstones": "exclude_gemstones",
    "karats": None,
}


@dataclass
class Session:
    constraints: Constraints = field(default_factory=Constraints)
    shown: list[str] = field(default_factory=list)  # ids of the items on screen, in order
    turns: int = 0

    def carry(self, new: Constraints) -> Constraints:
        """Constraints for this turn: what the shopper just said, on top of what they said
        before. A slot the new words fill replaces the old one; the rest carries over."""
        merged = Constraints(**asdict(self.constraints))
        if new.price_min is not None or new.price_max is not None:
            merged.price_min, merged.price_max = new.price_min, new.price_max
        for include, exclude in LIST_SLOTS.items():
            new_include = getattr(new, include)
            new_exclude = getattr(new, exclude) if exclude else []
            if new_include:
                setattr(merged, include, list(new_include))
            if exclude and (new_include or new_exclude):
                kept = [value for value in getattr(merged, exclude) if value not in new_include]
                setattr(merged, exclude, kept + [value for value in new_exclude if value not in kept])
                setattr(merged, include, [v for v in getattr(merged, include) if v not in new_exclude])
        return merged

    def to_json(self) -> str:
        return json.dumps({"constraints": asdict(self.constraints), "shown": self.shown, "turns": self.turns})

    @classmethod
    def from_json(cls, text: str) -> Session:
        data = json.loads(text)
        known = {f.name for f in fields(Constraints)}
        constraints = Constraints(**{k: v for k, v in data.get("constraints", {}).items() if k in known})
        return cls(constraints=constraints, shown=list(data.get("shown", [])), turns=int(data.get("turns", 0)))

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Session:
        return cls.from_json(path.read_text(encoding="utf-8")) if path.is_file() else cls()
