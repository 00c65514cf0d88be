"""A product's attributes, read from what its shop wrote: the kind of piece, the metal, its colour
and karat, the stone, its colour and weight, style and occasion.

A column that states an attribute is read first and wins (normalised: "Rings" -> ring, "14k Rose
Gold" -> rose gold and 14 karat, "925 Silver" -> sterling silver, "CZ" -> cubic zirconia); a value
the lexicon does not know is kept as the shop wrote it, lower-cased. Otherwise each attribute is read
from the title, the first variant's options, the listing's materials (Etsy's MATERIALS), the shop's
type or categories, the tags and the description (retrieval/lexicon.py, read by retrieval/reading.py), each place with its own confidence (`ExtractionConfig`); the
most confident reading wins, and the others raise its confidence when they agree and lower it when
they say something unrelated. What the words leave open (no kind of piece, a gold of no stated
colour, no stone named in a shop export, a stone whose colour varies) is marked for the photo
(retrieval/photo_facts.py), with a default meanwhile. The metal, its colour and karat are read by
retrieval/metal_extraction.py's part of the Extractor.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from retrieval.config import ExtractionConfig
from retrieval.facts import (COLUMN, DEFAULT, PHOTO_CATEGORY, PHOTO_STONE, PHOTO_STONE_COLOR, TEXT_SOURCES, UNKNOWN, USUAL_COLOR, Extraction, Fact,
                             as_written)  # fmt: skip
from retrieval.folding import words_of
from retrieval.product import Product
from retrieval.lexicon_tables import Lexicon
from retrieval.metal_extraction import MetalExtraction
from retrieval.reading import NO_STONE, StoneReading, whole_karat

FALLBACK_SOURCES = ("description",)  # agree, but never disagree: a description mentions other pieces
# A certificate, hallmark or stock code in a description ("HUID AD8EHH", "IGI LG6012345"): letters and
# digits run together, read as words they would name things ("AD" is American diamond).
CODE = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\b")


class Extractor(MetalExtraction):
    def __init__(self, lexicon: Lexicon, config: ExtractionConfig):
        self.lexicon, self.config = lexicon, config
        self.source_confidence = {
            COLUMN: 1.0, "title": config.title_confidence, "options": config.options_confidence, "type": config.type_confidence,
            "materials": config.materials_confidence,
            "tags": config.tags_confidence, "description": config.description_confidence,
        }  # fmt: skip

    def extract(self, product: Product) -> Extraction:
        texts = self._texts(product)
        extraction = Extraction({})
        extraction.facts["category"] = self._category(product, texts, extraction)
        self._metal(product, texts, extraction)
        self._stone(product, texts, extraction)
        self._kind_by_stone(texts, extraction)
        self._simulated(extraction)
        self._wishes(product, extraction)
        return extraction

    # --- where the words are ----------------------------------------------------------------------

    def _texts(self, product: Product) -> dict[str, str]:
        first = self._first_options(product)
        tags = [tag for tag in product.tags if isinstance(tag, str)] if isinstance(product.tags, list) else []
        return {
            "title": product.title,
            "options": " . ".join(f"{value} {name}" for name, value in first.items() if isinstance(value, str)),
            "type": " ; ".join([*product.kinds, *product.broader_kinds]),
            "tags": " , ".join(tags),
            "materials": " , ".join(material for material in product.materials if isinstance(material, str)),
            "description": CODE.sub(" ", self.lexicon.about_this_piece(product.description)),
        }

    def _first_options(self, product: Product) -> dict[str, str]:
        """The first variant's options, over the product's own: an option no variant varies (a
        WooCommerce attribute "Metal: 9ct Gold" not used for variations) holds for every variant."""
        options = product.options if isinstance(product.options, dict) else {}
        first = {name: values[0] for name, values in options.items() if isinstance(values, list) and values}
        return first | (product.variants[0].options if product.variants else {})

    def option_holds(self, name: str, kind: str) -> bool:
        """Whether an option's name says it holds a metal, a stone or a colour (lexicon [option_names])."""
        said = f" {' '.join(words_of(name))} "  # a phrase of the name's words: "colore oro", Japanese "素材" (two words)
        return any(f" {' '.join(words_of(word))} " in said for word in self.lexicon.option_words.get(kind, set()))

    def _confidence(self, source: str, strength: float) -> float:
        return round(self.source_confidence[source] * strength, 3)

    def _combine(self, readings: list[Fact], related: Callable[[Any, Any], bool] = lambda a, b: a == b) -> Fact | None:
        """The most confident reading, raised by those agreeing with it, lowered by unrelated ones."""
        if not readings:
            return None
        best = max(readings, key=lambda fact: fact.confidence)
        confidence = best.confidence
        for other in readings:
            if other is best:
                continue
            if other.value == best.value:
                confidence = 1 - (1 - confidence) * (1 - self.config.agreement_weight * other.confidence)
            elif not related(best.value, other.value) and other.source not in FALLBACK_SOURCES:
                confidence *= 1 - self.config.disagreement_weight * other.confidence
        return Fact(best.value, best.source, round(confidence, 3), best.evidence)

    # --- kind of piece ----------------------------------------------------------------------------

    def _category(self, product: Product, texts: dict[str, str], extraction: Extraction) -> Fact:
        given = product.given.get("category")
        if isinstance(given, str) and given.strip():
            reading = self.lexicon.category_of(given)
            value = reading.value if reading else as_written(given)
            return Fact(value, COLUMN, 1.0, given)
        readings = []
        for source in ("title", "tags", "description"):
            reading = self.lexicon.category_of(texts[source])
            if reading:
                readings.append(Fact(reading.value, source, self._confidence(source, reading.confidence), reading.words))
        label = self._shop_label(product)
        if label is not None:
            readings.append(label)
        same_family = lambda a, b: self.lexicon.family_of(a) == self.lexicon.family_of(b)  # noqa: E731
        fact = self._combine(readings, related=same_family) or self._option_kind(product)
        if fact is None:
            extraction.open_to_photo.add(PHOTO_CATEGORY)
            return Fact(UNKNOWN, DEFAULT, 0.0, "no word names the kind of piece")
        return self._narrowed(fact, readings, product)

    def _kind_by_stone(self, texts: dict[str, str], extraction: Extraction) -> None:
        """A kind read as the broader one made narrower by the stone ("Solitaire Ring" with a diamond:
        an engagement ring; lexicon `by_stone`), when the title says the phrase."""
        facts = extraction.facts
        category, stone = facts["category"], facts["gemstone"]
        if category.source == COLUMN:
            return
        kind = self.lexicon.kind_by_stone(texts["title"], stone.value)
        if kind and kind != category.value and self.lexicon.is_within(kind, category.value):
            facts["category"] = Fact(kind, category.source, category.confidence, f"{category.evidence}; {stone.value} {texts['title']}")

    def _option_kind(self, product: Product) -> Fact | None:
        """The kind an option's name implies ("Ring size", "Chain length"), when nothing else names
        one: a pendant may come with a chain length, so it never outvotes a word."""
        for name in self._first_options(product):
            reading = self.lexicon.category_of(name) if isinstance(name, str) else None
            if reading:
                return Fact(reading.value, "options", self._confidence("options", reading.confidence * self.config.option_name_kind_strength), name)
        return None

    def _shop_label(self, product: Product) -> Fact | None:
        """The shop's own label for the kind: the first that names one kind of piece, else the first
        naming any ("Bangles & Bracelets" names two and says neither); a category path's parent only
        when its own category names none ("Rings > Stackers": ring; "Engagement > Moissanite")."""
        for labels in (product.kinds, product.broader_kinds):
            named = [(kind, self.lexicon.label_kind_of(kind)) for kind in labels]
            named = [(kind, reading) for kind, reading in named if reading]
            if named:
                break
        else:
            return None
        single = [(k, r) for k, r in named if len(self.lexicon.kinds_named(k)) == 1]
        # a label naming its family's umbrella ("ネックレス", which pendants on a chain are sold as) yields
        # to another naming a kind of that family ("Charms & Pendants")
        narrower = [(k, r) for k, r in single if r.value != self.lexicon.family_of(r.value)]
        umbrella = [r.value for _, r in single if r.value == self.lexicon.family_of(r.value)]
        narrower = [(k, r) for k, r in narrower if self.lexicon.family_of(r.value) in umbrella]
        kind, reading = next(iter(narrower or single), named[0])
        return Fact(reading.value, "type", self._confidence("type", reading.confidence), kind)

    def _narrowed(self, fact: Fact, readings: list[Fact], product: Product) -> Fact:
        """Within one family of pieces the shop's taxonomy decides: a narrower kind surely said in a
        place that names the piece (a "Solitaire Ring" filed under engagement rings), and the shop's
        own label naming a sibling kind (a "Disc Necklace" filed under pendants) unless the label is
        the family's umbrella ("Necklaces" holding chains) or a label also names the title's kind."""
        family = self.lexicon.family_of(fact.value)
        same = [r for r in readings if r.value != fact.value and r.source not in FALLBACK_SOURCES and self.lexicon.family_of(r.value) == family]
        narrower = [r for r in same if self.lexicon.is_within(r.value, fact.value) and r.confidence >= self.config.narrower_kind_confidence]
        labelled_too = any(fact.value in self.lexicon.kinds_named(kind) for kind in product.kinds)
        sibling = [r for r in same if r.source == "type" and r.value != family and not labelled_too and not self.lexicon.is_within(fact.value, r.value)]
        better = max(narrower or sibling or self._under_umbrella(fact, readings, product), key=lambda r: r.confidence, default=None)
        return fact if better is None else Fact(better.value, better.source, fact.confidence, better.evidence)

    def _under_umbrella(self, fact: Fact, readings: list[Fact], product: Product) -> list[Fact]:
        """Readings that say more exactly which of an umbrella label's kinds the piece is: the
        title's sibling kind when the label that decided is the family's name or names several kinds
        ("Gents Chain" under Necklaces: the label says which chain it is); the
        description's kind when the shop's label names it beside the chosen one (a "Heart
        Necklace" under Necklaces & Pendants whose text calls it a pendant); the tags' or the
        description's kind, surely said, when every other place says only the family's own name
        (a taxonomy's "Bracelets" and a title naming no kind, the text saying "kada"); only a
        narrower kind there when the title names the family ("Halo Ring", the text "engagement ring")."""
        lexicon = self.lexicon
        family = lexicon.family_of(fact.value)
        labels = [lexicon.kinds_named(kind) for kind in product.kinds]
        umbrella = fact.source == "type" and (fact.value == family or len(lexicon.kinds_named(fact.evidence)) > 1)
        only_family = fact.value == family and all(r.value == family for r in readings if r.source not in ("tags", *FALLBACK_SOURCES))
        text_kinds = {r.value for r in readings if r.source in ("tags", *FALLBACK_SOURCES)}
        if len(text_kinds) > 1 or any(len(lexicon.kinds_named(tag)) > 1 for tag in product.tags if isinstance(tag, str)):
            only_family = False  # the tags and text disagree, or a tag is itself an umbrella ("bangles & bracelets")
        title_silent = not any(r.source == "title" for r in readings)
        found = []
        for r in readings:
            if r.value == fact.value or lexicon.family_of(r.value) != family or lexicon.is_within(fact.value, r.value):
                continue
            if r.source == "title" and umbrella and not lexicon.is_within(r.value, fact.value):
                found.append(r)  # a narrower kind must be said surely (`narrower` above); a sibling is settled by the label
            elif r.source in FALLBACK_SOURCES and any(fact.value in named and r.value in named for named in labels):
                found.append(r)
            elif r.source in ("tags", *FALLBACK_SOURCES) and only_family and r.confidence >= self._confidence(r.source, 1.0):
                if title_silent or lexicon.is_within(r.value, fact.value):
                    found.append(r)
        return found

    # --- stone, colour, carat -----------------------------------------------------------------------

    def _stone(self, product: Product, texts: dict[str, str], extraction: Extraction) -> None:
        facts = extraction.facts
        stone = self._stone_fact(product, texts, extraction)
        facts["gemstone"] = stone
        if stone.value == NO_STONE:
            return
        facts["gemstone_color"] = self._stone_color(product, texts, stone, extraction)
        carat = self._carat(product, texts)
        if carat is not None:
            facts["carat"] = carat

    def _stone_fact(self, product: Product, texts: dict[str, str], extraction: Extraction) -> Fact:
        given = product.given.get("gemstone")
        if isinstance(given, str):
            if not given.strip() or given.strip().lower() in self.lexicon.no_value_words:
                return Fact(NO_STONE, COLUMN, 1.0, given)
            reading = self.lexicon.stone_of(given)
            return Fact(reading.stone if reading else as_written(given), COLUMN, 1.0, given)
        specific, generic = [], []
        for source in TEXT_SOURCES:
            reading = self.lexicon.stone_of(self._stone_labels(product) if source == "type" else texts[source])
            if reading:
                fact = Fact(reading.stone, source, self._confidence(source, reading.confidence), reading.words)
                (generic if self.lexicon.stones[reading.stone].generic else specific).append(fact)
        fact = self._combine(specific) or self._combine(generic) or self._implied_stone(texts)
        if fact is not None:
            return fact
        if product.states_defaults:
            return Fact(NO_STONE, DEFAULT, self.config.schema_default_confidence, "no gemstone given")
        extraction.open_to_photo.add(PHOTO_STONE)
        return Fact(NO_STONE, DEFAULT, self.config.no_stone_default_confidence, "no stone named")

    def _stone_labels(self, product: Product) -> str:
        """The shop's labels for the piece that may say its stone: not a line named after one ("Pearl Moon")."""
        return " ; ".join(label for label in [*product.kinds, *product.broader_kinds] if not self.lexicon.names_a_line(label))

    def _implied_stone(self, texts: dict[str, str]) -> Fact | None:
        """A stone a word implies where no place names one ("Solitaire Studs": diamond)."""
        for source in TEXT_SOURCES:
            reading = self.lexicon.implied_stone(texts[source])
            if reading:
                return Fact(reading.stone, source, self._confidence(source, reading.confidence), reading.words)
        return None

    def _stone_color(self, product: Product, texts: dict[str, str], stone: Fact, extraction: Extraction) -> Fact:
        given = product.given.get("gemstone_color")
        if isinstance(given, str) and given.strip():
            reading = self.lexicon.color_of(given)
            return Fact(reading.value if reading else as_written(given), COLUMN, 1.0, given)
        said = []
        for source in TEXT_SOURCES:
            reading: StoneReading | None = self.lexicon.stone_of(texts[source])
            if reading and reading.stone == stone.value and reading.color:
                said.append(Fact(reading.color, source, self._confidence(source, reading.confidence), reading.words))
        for name, value in self._first_options(product).items():
            if isinstance(value, str) and self.option_holds(name, "stone") and self.option_holds(name, "color"):
                reading = self.lexicon.color_of(value)
                if reading:
                    said.append(Fact(reading.value, "options", self.source_confidence["options"], f"{name}: {value}"))
        fact = self._combine(said, related=lambda a, b: self.lexicon.plain_color(a) == self.lexicon.plain_color(b))
        if fact is not None:
            return fact
        color, usual = self.lexicon.usual_color(stone.value)
        if usual < 1.0 and not product.states_defaults:
            extraction.open_to_photo.add(PHOTO_STONE_COLOR)
        if not color:
            return Fact("", DEFAULT, 0.0)
        return Fact(color, USUAL_COLOR, round(usual * stone.confidence, 3), f"{stone.value} is usually {color}")

    def _simulated(self, extraction: Extraction) -> None:
        """A precious stone's name or a bare "stone" on imitation jewellery (lexicon [imitation]) is
        the simulant, in the colour said or the named stone's usual one ("Ruby Stone" on one-gram gold);
        so is a bare "stone" on silver or 22 karat gold ([unnamed_stone]: "Stone Vala, 916")."""
        facts, lexicon = extraction.facts, self.lexicon
        stone, metal = facts.get("gemstone"), facts.get("metal")
        if stone is None or metal is None or stone.source == COLUMN:
            return
        known = lexicon.stones.get(stone.value)
        if known is not None and known.generic and lexicon.simulant and self._unnamed_stone_is_simulant(facts):
            facts["gemstone"] = Fact(lexicon.simulant, stone.source, stone.confidence, f"{stone.evidence} unnamed on {metal.value}")
            color = facts.get("gemstone_color")
            usual, share = lexicon.usual_color(lexicon.simulant)
            if (color is None or not color.value) and usual:  # the photo may still say another colour
                facts["gemstone_color"] = Fact(usual, USUAL_COLOR, round(share * stone.confidence, 3), f"{lexicon.simulant} is usually {usual}")
            return
        if metal.value not in lexicon.imitation_metals:
            return
        if not lexicon.simulant or known is None or not (known.precious or known.generic):
            return
        facts["gemstone"] = Fact(lexicon.simulant, stone.source, stone.confidence, f"{stone.evidence} on imitation jewellery")
        color = facts.get("gemstone_color")
        if color is not None and color.value:
            extraction.open_to_photo.discard(PHOTO_STONE_COLOR)  # the colour said or the named stone's

    def _unnamed_stone_is_simulant(self, facts: dict[str, Fact]) -> bool:
        """Whether a stone left unnamed is a look-alike by the metal it is set in (lexicon
        [unnamed_stone]): silver or a plating, or a gold too soft for fine stones (22, 24 karat)."""
        karat = facts.get("karat")
        return facts["metal"].value in self.lexicon.unnamed_stone_metals or (
            karat is not None and whole_karat(karat.value) in self.lexicon.unnamed_stone_karats)

    def _carat(self, product: Product, texts: dict[str, str]) -> Fact | None:
        given = product.given.get("carat")
        if given is not None and given != "":
            return Fact(given, COLUMN, 1.0, str(given))
        for source in ("title", "options", "description"):
            reading = self.lexicon.carat_of(texts[source])
            if reading:
                return Fact(reading.value, source, self._confidence(source, reading.confidence), reading.words)
        return None

    # --- style and occasion ------------------------------------------------------------------------

    def _wishes(self, product: Product, extraction: Extraction) -> None:
        """Style and occasion from their columns, else from a tag that is one ("vintage")."""
        tags = product.tags
        for name, read in (("style", self.lexicon.style_of), ("occasion", self.lexicon.occasion_of)):
            given = product.given.get(name)
            if isinstance(given, str) and given.strip():
                setattr(extraction, name, given)
                continue
            if not isinstance(tags, list):
                continue
            match = next((tag for tag in tags if isinstance(tag, str) and read(tag) and words_of(read(tag)) == words_of(tag)), None)
            if match is not None:
                setattr(extraction, name, read(match))
