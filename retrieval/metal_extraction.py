"""The metal of a product, its colour and karat, read from what its shop wrote: the Extractor's
(retrieval/extraction.py) longest part, kept apart.

A metal column wins; otherwise the most confident place in the words names it, a vague metal
("silver") is made specific by another place ("sterling silver"), and a plating said in one place
takes the base said in another ("92.5 Silver" titled, "Finish: Gold Polish"). A gold of no colour
said anywhere takes the colour another place, an option or a yellow-only karat says, else yellow,
marked for the photo.
"""

from __future__ import annotations

from retrieval.config import ExtractionConfig
from retrieval.facts import (BASE_SAID, COLUMN, DEFAULT, METAL_BASE, PHOTO_METAL_COLOR, PRESUMED, SILVER_SAID, TEXT_SOURCES, UNKNOWN, Extraction,
                             Fact, as_written)  # fmt: skip
from retrieval.folding import words_of
from retrieval.product import Product
from retrieval.lexicon_tables import Lexicon
from retrieval.reading import MetalReading, whole_karat

GOLD = "gold"


class MetalExtraction:
    """The Extractor's metal, colour and karat readers, mixed into `Extractor`: they read with its
    lexicon, config and source_confidence, and weigh the places in the words with its _confidence,
    _combine, _first_options and option_holds."""

    lexicon: Lexicon
    config: ExtractionConfig
    source_confidence: dict[str, float]

    def _metal(self, product: Product, texts: dict[str, str], extraction: Extraction) -> None:
        facts = extraction.facts
        readings = self._metal_readings(product, texts)
        chosen = readings[0] if readings and readings[0][0] == COLUMN else None
        if chosen is None and readings:
            chosen = max(readings, key=lambda entry: entry[2])
        karat = self._karat(product, texts, readings)
        if chosen is None:
            if karat is None:
                facts["metal"] = Fact(UNKNOWN, DEFAULT, 0.0, "no word names the metal")
                facts["metal_color"] = Fact("", DEFAULT, 0.0)
                extraction.open_to_photo.add(PHOTO_METAL_COLOR)
                return
            chosen = (karat.source, MetalReading(GOLD, "", karat.value, 1.0, karat.evidence), karat.confidence)
        source, reading, confidence = chosen
        if source != COLUMN:
            reading = self._plated(reading, self._not_other_variants(readings, product) if source == "options" else readings)
            if source == "options":
                reading = self._plated_like_its_siblings(reading, product)
            extraction.trade_plating = self._trade_plating(reading, readings)
        metal, color = reading.metal, reading.color
        if self.lexicon.metals.get(metal) is None and source == COLUMN:  # a metal the lexicon does not know: as written
            facts["metal"] = Fact(metal, COLUMN, 1.0, reading.words)
            facts["metal_color"] = Fact("", DEFAULT, 0.0)
            return
        base = self.lexicon.metals[metal].base if metal in self.lexicon.metals else GOLD
        metal, source, confidence, evidence = self._refined(metal, source, confidence, reading.words, readings)
        color_fact = Fact(color, source, confidence, evidence) if color else self._stated_color(base, readings, product, karat)
        implied = next((r.implied_color for _, r, _ in [chosen, *readings] if r.implied_color), "") if base == GOLD else ""
        if base == GOLD and not color_fact.value and implied:  # Danish "guld": yellow, whatever a pale photo looks like
            color_fact = Fact(implied, source, confidence, f"{evidence}: {implied} gold as the trade writes it")
        if base == GOLD and not color_fact.value:
            extraction.open_to_photo.add(PHOTO_METAL_COLOR)
            color_fact = Fact(self.lexicon.metal_color(self.lexicon.metal_for(GOLD, "yellow")), DEFAULT,
                              self.config.gold_color_default_confidence, "gold of no stated colour, read as yellow")  # fmt: skip
        if base == GOLD:
            facts[METAL_BASE] = Fact(GOLD, source, round(confidence, 3), evidence)
            metal = self.lexicon.metal_for(GOLD, color_fact.value)
            confidence = min(confidence, color_fact.confidence)
        facts["metal"] = Fact(metal, source, round(confidence, 3), evidence)
        facts["metal_color"] = color_fact if color_fact.value else Fact(self.lexicon.metal_color(metal), source, confidence, evidence)
        if karat is not None and (base == GOLD or karat.source == COLUMN):  # a stated karat on silver: the item refuses it
            facts["karat"] = karat

    def _metal_readings(self, product: Product, texts: dict[str, str]) -> list[tuple[str, MetalReading, float]]:
        readings = []
        given = product.given.get("metal")
        if isinstance(given, str) and given.strip():
            reading = self.lexicon.metal_of(given) or MetalReading(as_written(given), "", None, 1.0, given)
            readings.append((COLUMN, reading, 1.0))
        for source in TEXT_SOURCES:
            reading = self.lexicon.metal_of(texts[source])
            if reading:
                readings.append((source, reading, self._confidence(source, reading.confidence)))
        return readings

    def _plated(self, reading: MetalReading, readings: list) -> MetalReading:
        """A plating said in one place and the silver under it in another ("92.5 Silver" in the title,
        "Finish: Gold Polish" or a "gold plated" tag): gold plated silver, in the plating's colour. So
        for another base the lexicon names a plating over ("Gold Plated" in the title, "Base: Copper
        alloy" in the spec: gold plated brass); a plain "gold plated" said where another place names
        the plating's base ("1 gram gold" in the type) is that plating. A plating whose name presumes
        another base ("1 Gram Gold" in the title) is over silver where another place says so ("Metal:
        Gold Plated Silver")."""
        lexicon = self.lexicon
        over_silver, over_other = lexicon.plated_over_silver, lexicon.plated_over_other
        over = {over_silver: "silver", **{value: base for base, value in lexicon.plated_over_base.items()}}
        base_of = lambda metal: lexicon.metals[metal].base if metal in lexicon.metals and metal not in lexicon.platings else ""  # noqa: E731
        plating = [(s, r, c) for s, r, c in readings if r.metal in lexicon.platings]
        over_silver_said = [(s, r, c) for s, r, c in plating if r.metal == over_silver]
        if reading.metal in lexicon.platings and reading.metal != over_silver and over_silver_said:
            # a trade name's presumed base ("1 Gram Gold": brass) yields to the silver a spec line names under it
            _, silver, _ = max(over_silver_said, key=lambda entry: entry[2])
            return MetalReading(over_silver, silver.color or reading.color, None, reading.confidence, f"{reading.words}; {silver.words}")
        if base_of(reading.metal) in over.values() and plating:
            plated_value = next(value for value, base in over.items() if base == base_of(reading.metal))
            _, plated, _ = max(plating, key=lambda entry: entry[2])
            return MetalReading(plated_value, plated.color, None, reading.confidence, f"{reading.words}; {plated.words}")
        if reading.metal == over_other:
            under = [(s, r, c) for s, r, c in readings if base_of(r.metal) in over.values()]
            named = [(s, r, c) for s, r, c in plating if r.metal != over_other]
            if under:
                _, base, _ = max(under, key=lambda entry: entry[2])
                value = next(value for value, b in over.items() if b == base_of(base.metal))
                return MetalReading(value, reading.color, None, reading.confidence, f"{reading.words}; {base.words}")
            if named:
                _, other, _ = max(named, key=lambda entry: entry[2])
                return MetalReading(other.metal, reading.color, None, reading.confidence, f"{reading.words}; {other.words}")
        return reading

    def _not_other_variants(self, readings: list, product: Product) -> list:
        """The readings but those naming a metal another variant is offered in ("Na výber striebro alebo
        pozlátené striebro", "Materiál: pozlátené striebro" on the second variant): a choice beside the
        first variant's metal, not a plating over it."""
        others = set()
        options = product.options if isinstance(product.options, dict) else {}
        for name, values in options.items():
            if isinstance(values, list) and self.option_holds(name, "metal"):
                for value in values[1:]:
                    sibling = self.lexicon.metal_of(value) if isinstance(value, str) else None
                    if sibling is not None:
                        others.add(sibling.metal)
        return [entry for entry in readings if entry[1].metal not in others]

    def _plated_like_its_siblings(self, reading: MetalReading, product: Product) -> MetalReading:
        """A bare plating as the first variant's option ("Metal: Gold Plated") where another variant of
        the same option is a base the lexicon names a plating over ("Metal: Sterling Silver"): the piece
        in that base, plain or plated (gold plated silver; gold plated steel beside "Stainless Steel")."""
        lexicon = self.lexicon
        if reading.metal != lexicon.plated_over_other:
            return reading
        over = {"silver": lexicon.plated_over_silver, **lexicon.plated_over_base}
        options = product.options if isinstance(product.options, dict) else {}
        for name, values in options.items():
            if not isinstance(values, list) or len(values) < 2 or not self.option_holds(name, "metal"):
                continue
            for value in values[1:]:
                sibling = lexicon.metal_of(value) if isinstance(value, str) else None
                base = lexicon.metals[sibling.metal].base if sibling and sibling.metal in lexicon.metals and sibling.metal not in lexicon.platings else ""
                if base in over:
                    return MetalReading(over[base], reading.color, None, reading.confidence, f"{reading.words}; {name}: {value}")
        return reading

    def _trade_plating(self, reading: MetalReading, readings: list) -> str:
        """How a plating named by a trade name ("1 Gram Gold", "Gold Covering": the lexicon's plating
        over another base) was read: its base presumed, silver said under it, or its own base said."""
        lexicon = self.lexicon
        presumed = set(lexicon.plated_over_base.values())
        trade = [r for _, r, _ in readings if r.metal in presumed]
        if not trade:
            return ""
        if reading.metal == lexicon.plated_over_silver:
            return SILVER_SAID
        base_words = {word for base in lexicon.plated_over_base for word in words_of(base)}
        said = any(base_words & set(words_of(r.words)) for r in trade)
        return BASE_SAID if said else PRESUMED if reading.metal in presumed else ""

    def _refined(self, metal: str, source: str, confidence: float, evidence: str, readings: list) -> tuple[str, str, float, str]:
        """A vague metal ("silver") made specific by another place of the same metal ("sterling
        silver"); agreeing places raise the confidence, other metals lower it."""
        base = self.lexicon.metals[metal].base if metal in self.lexicon.metals else GOLD
        others = [(s, r, c) for s, r, c in readings if r.metal in self.lexicon.metals]
        if metal in self.lexicon.metals and self.lexicon.metals[metal].base == "silver" and metal == "silver":
            better = [(s, r, c) for s, r, c in others if r.metal != metal and self.lexicon.metals[r.metal].base == "silver"]
            if better:
                source, reading, _ = max(better, key=lambda entry: entry[2])
                metal, evidence = reading.metal, reading.words
        if source == COLUMN:  # a column is what the shop says the metal is
            return metal, source, confidence, evidence
        facts = [Fact(self.lexicon.metals[r.metal].base, s, c) for s, r, c in others]
        combined = self._combine([Fact(base, source, confidence, evidence)] + [f for f in facts if f.source != source])
        return metal, source, combined.confidence if combined and combined.value == base else confidence, evidence

    def _stated_color(self, base: str, readings: list, product: Product, karat: Fact | None) -> Fact:
        """The metal's colour said elsewhere: another place naming a coloured gold, an option
        ("Gold colour: Rose"), or a karat only ever yellow (22, 24)."""
        if base != GOLD:
            return Fact("", DEFAULT, 0.0)
        given = product.given.get("metal_color")
        if isinstance(given, str) and self.lexicon.metal_color_of(given):
            return Fact(self.lexicon.metal_color_of(given), COLUMN, 1.0, given)
        colored = [(s, r, c) for s, r, c in readings if r.color and self.lexicon.metals.get(r.metal, None) and self.lexicon.metals[r.metal].base == GOLD]
        if colored:
            source, reading, confidence = max(colored, key=lambda entry: entry[2])
            return Fact(reading.color, source, confidence, reading.words)
        for name, value in self._first_options(product).items():
            if isinstance(value, str) and self.option_holds(name, "color") and self.lexicon.metal_color_of(value):
                return Fact(self.lexicon.metal_color_of(value), "options", self.source_confidence["options"], f"{name}: {value}")
        if karat is not None and whole_karat(karat.value) in self.lexicon.yellow_only_karats:
            return Fact("yellow", karat.source, karat.confidence, f"{karat.value} karat gold is yellow")
        return Fact("", DEFAULT, 0.0)

    def _karat(self, product: Product, texts: dict[str, str], readings: list) -> Fact | None:
        given = product.given.get("karat")
        if given is not None and given != "":
            return Fact(given, COLUMN, 1.0, str(given))  # as given: the item checks it
        found = [Fact(r.karat, COLUMN, 1.0, r.words) for s, r, c in readings if s == COLUMN and r.karat is not None]
        for source in TEXT_SOURCES:
            reading = self.lexicon.karat_of(texts[source])
            if reading:
                found.append(Fact(reading.value, source, self._confidence(source, reading.confidence), reading.words))
        stamp = self._stamp_tag(product)
        if stamp is not None and not any(fact.source == "tags" for fact in found):
            found.append(stamp)
        stamp = self._stamp_option(product)
        if stamp is not None and not any(fact.source == "options" for fact in found):
            found.append(stamp)
        return self._combine(found)

    def _stamp_tag(self, product: Product) -> Fact | None:
        """A tag that is a gold purity stamp on its own ("916"), where the locale says the stamp alone
        is gold (lexicon [karat] said_alone): an Indian shop's way of tagging 22 karat pieces; or a
        tag that is only a karat with a weight's suffix ("22ct"), as Indian and British shops write it."""
        lexicon = self.lexicon
        for tag in product.tags if isinstance(product.tags, list) else []:
            words = words_of(tag) if isinstance(tag, str) else []
            if len(words) == 1 and words[0].isdigit() and int(words[0]) in lexicon.hallmarks_said_alone:
                return Fact(lexicon.gold_hallmarks[int(words[0])], "tags", self._confidence("tags", 1.0), tag)
            label = lexicon.karat_label(tag) if isinstance(tag, str) else None
            if label is not None:
                return Fact(label.value, "tags", self._confidence("tags", 1.0), tag)
        return None

    def _stamp_option(self, product: Product) -> Fact | None:
        """A metal option whose value is only a gold stamp said alone ("Metal: 916"), read as that tag is."""
        lexicon = self.lexicon
        for name, value in self._first_options(product).items():
            words = words_of(value) if isinstance(value, str) else []
            if self.option_holds(name, "metal") and len(words) == 1 and words[0].isdigit() and int(words[0]) in lexicon.hallmarks_said_alone:
                return Fact(lexicon.gold_hallmarks[int(words[0])], "options", self._confidence("options", 1.0), f"{name}: {value}")
        return None
