"""What each variant of a product is, where its options say it: the metals, colours, karats and
stones a piece is offered in besides the one it is shown with ("Metal: 14K White Gold", "Purity:
18K", "Stone: Emerald", "Colour: Rose" on a gold piece, "Stone Colour: Red").

Each option value is read with the lexicon the rest of the product is read with
(retrieval/reading.py), and the same rules: a gold of no colour said is the piece's own gold
colour, a gold colour on a silver piece is gold plated silver, a precious stone on imitation
jewellery is its simulant. What a variant's options leave unsaid is the piece's own reading. The
variants saying the same things are one offer, priced at the cheapest of them.
"""

from __future__ import annotations

from typing import Any

from retrieval.extraction import Extractor
from retrieval.facts import Fact
from retrieval.product import Product
from retrieval.metal_extraction import GOLD
from retrieval.item import OFFER_FACTS
from retrieval.reading import NO_STONE, karat_number

EVIDENCE_SEPARATOR = "; "
SILVER = "silver"
# Which of a variant's facts its options said, by what was read ("color": a colour option on the piece's metal).
SAID_FROM = {"metal": ("metal", "color", "silver"), "karat": ("karat",), "gemstone": ("gemstone",),
             "gemstone_color": ("gemstone", "gemstone_color", "stone_color")}  # fmt: skip
DEFAULT_GOLD_COLOR = "yellow"  # a gold of no colour said anywhere, as the item reads it (retrieval/extraction.py)


class OfferReader:
    def __init__(self, extractor: Extractor):
        self.extractor, self.lexicon = extractor, extractor.lexicon

    def offers(self, product: Product, facts: dict[str, Fact], variants: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The offers of `variants` (the item's priced variants, in the product's order): [] when
        no variant's options say a metal, karat or stone other than the piece's own."""
        shown = {name: facts[name].value for name in OFFER_FACTS if name in facts}
        shown["karat"] = _karat_or_none(shown.get("karat"))
        shown.setdefault("metal_color", self.lexicon.metal_color(shown.get("metal", "")))
        read: dict[tuple, dict[str, Any] | None] = {}
        grouped: dict[tuple, dict[str, Any]] = {}
        for variant in variants:
            options = variant.get("options") or {}
            key = tuple(sorted(options.items()))
            if key not in read:
                read[key] = self._variant(options, shown)
            said = read[key]
            if said is None or variant.get("price") is None:
                continue
            facts_key = tuple(said[name] for name in OFFER_FACTS)
            offer = grouped.setdefault(facts_key, {**said, "price": variant["price"], "in_stock": False})
            offer["price"] = min(offer["price"], variant["price"])
            offer["in_stock"] = offer["in_stock"] or variant.get("in_stock", True)
        if not grouped or list(grouped) == [tuple(shown.get(name) for name in OFFER_FACTS)]:
            return []
        return list(grouped.values())

    def _variant(self, options: dict[str, str], shown: dict[str, Any]) -> dict[str, Any] | None:
        """The variant's facts, or None when its options say none."""
        said: dict[str, Any] = {}
        evidence = []
        for name, value in options.items():
            if not isinstance(name, str) or not isinstance(value, str) or not value.strip():
                continue
            if self._read_option(name, value, said):
                evidence.append(f"{name}: {value}")
        if not said:
            return None
        facts = self._facts(said, shown)
        return facts | {"evidence": EVIDENCE_SEPARATOR.join(evidence)}

    def _read_option(self, name: str, value: str, said: dict[str, Any]) -> bool:
        """Reads one option into `said`; whether it said anything."""
        holds = self.extractor.option_holds
        lexicon = self.lexicon
        before = dict(said)
        if holds(name, "stone") and holds(name, "color"):  # "Stone Colour: Ruby Red" names a colour, not a ruby
            color = lexicon.color_of(value)
            if color:
                said["gemstone_color"] = color.value
            return said != before
        text = f"{value} {name}"
        metal = lexicon.metal_of(text)
        if metal is not None and holds(name, "color") and metal.karat is None and metal.metal not in lexicon.platings:
            said["color"] = metal.color or lexicon.metal_color_of(value) or self._color_of_base(metal.metal)  # "Colour: Gold"
            if self._base(metal.metal) == SILVER:
                said["silver"] = metal.metal  # "Colour: Silver" on a gold plated piece: the silver under it, unplated
            return True
        if metal is not None:
            earlier = said.get("metal")
            if earlier is None or metal.color or not earlier.color:  # "Colour: Rose Gold" then "Karat: 18K": a rose gold of 18
                said["metal"] = metal
            if metal.karat is not None:
                said["karat"] = metal.karat
        elif holds(name, "metal") and (karat := self._stamp(value)) is not None:
            said["karat"] = karat
        elif holds(name, "color") and lexicon.metal_color_of(value):
            said["color"] = lexicon.metal_color_of(value)
        if metal is None and not holds(name, "metal"):
            stone = lexicon.stone_of(text)
            known = lexicon.stones.get(stone.stone) if stone else None
            if stone and stone.stone != NO_STONE and known is not None and not known.generic:
                said["gemstone"], said["stone_color"] = stone.stone, stone.color
        return said != before

    def _stamp(self, value: str) -> int | None:
        """A gold purity stamp said alone as a metal option's value ("916")."""
        words = value.split()
        if len(words) == 1 and words[0].isdigit() and int(words[0]) in self.lexicon.hallmarks_said_alone:
            return self.lexicon.gold_hallmarks[int(words[0])]
        return None

    def _facts(self, said: dict[str, Any], shown: dict[str, Any]) -> dict[str, Any]:
        metal, color = self._metal(said, shown)
        facts = {"metal": metal, "metal_color": color or self.lexicon.metal_color(metal)}
        karat = said.get("karat", shown.get("karat"))
        facts["karat"] = karat if self._base(metal) == GOLD and karat in self.lexicon.karats else None
        facts["said"] = [name for name, keys in SAID_FROM.items() if any(key in said for key in keys)]
        if metal != shown.get("metal") and "metal" not in facts["said"]:
            facts["said"].append("metal")  # a karat option on a piece read as another metal: a gold
        stone = said.get("gemstone", shown.get("gemstone", NO_STONE))
        stone_color = said.get("gemstone_color") or said.get("stone_color") or (
            shown.get("gemstone_color", "") if stone == shown.get("gemstone") else self.lexicon.usual_color(stone)[0])
        if stone != shown.get("gemstone") and metal in self.lexicon.imitation_metals and self._precious(stone):
            stone = self.lexicon.simulant  # a precious stone's name on imitation jewellery, as the item reads it
        facts["gemstone"], facts["gemstone_color"] = stone or NO_STONE, stone_color if stone and stone != NO_STONE else ""
        return facts

    def _metal(self, said: dict[str, Any], shown: dict[str, Any]) -> tuple[str, str]:
        """The variant's metal and colour: its option's metal, a gold of no colour said in the piece's
        own gold colour, a bare colour on the piece's gold (or over its silver, as gold plating)."""
        lexicon = self.lexicon
        shown_metal, shown_color = shown.get("metal", ""), shown.get("metal_color", "")
        reading = said.get("metal")
        color = said.get("color", "")
        if reading is not None:
            base = self._base(reading.metal)
            if reading.metal == lexicon.plated_over_other and self._base(shown_metal) == SILVER:
                return lexicon.plated_over_silver, reading.color  # "Finish: Gold Polish" of a silver piece: plated over that silver
            if base != GOLD or reading.metal in lexicon.platings:
                return reading.metal, reading.color
            color = reading.color or color or (shown_color if self._base(shown_metal) == GOLD else "") or DEFAULT_GOLD_COLOR
            return lexicon.metal_for(GOLD, color), color
        if said.get("silver") and shown_metal in lexicon.platings:
            return said["silver"], SILVER
        if color == SILVER and shown_metal == lexicon.plated_over_silver:  # "Colour: Silver" of a gold plated silver piece: unplated
            return lexicon.metal_for(SILVER, SILVER), SILVER
        if color and self._base(shown_metal) == GOLD and shown_metal not in lexicon.platings and lexicon.metal_for(GOLD, color) != GOLD:
            return lexicon.metal_for(GOLD, color), color
        if color and self._base(shown_metal) == SILVER and shown_metal not in lexicon.platings and color != SILVER:
            return lexicon.plated_over_silver, color
        if said.get("karat") is not None and self._base(shown_metal) != GOLD:
            return lexicon.metal_for(GOLD, DEFAULT_GOLD_COLOR), DEFAULT_GOLD_COLOR  # a karat option on a piece read as another metal
        return shown_metal, color or shown_color

    def _color_of_base(self, metal: str) -> str:
        """The colour a bare metal word names as a colour option's value: "Gold" yellow, "Silver" silver."""
        return DEFAULT_GOLD_COLOR if self._base(metal) == GOLD else self.lexicon.metal_color(metal) or SILVER

    def _base(self, metal: str) -> str:
        known = self.lexicon.metals.get(metal)
        return known.base if known else (GOLD if metal == GOLD else "")

    def _precious(self, stone: str) -> bool:
        known = self.lexicon.stones.get(stone)
        return bool(self.lexicon.simulant and known is not None and known.precious)


def _karat_or_none(value: Any) -> int | float | None:
    """The item's karat as an offer holds it (19.2 stays 19.2); anything not a number, none."""
    try:
        return None if value is None else karat_number(value)
    except (TypeError, ValueError):
        return None
