"""What a catalog's photos say where its words are silent, fused with what the words say.

After the photos are embedded, the photo probes of retrieval/attributes.py (kind of piece, metal
colour, stone or no stone, stone colour) are fitted on this catalog's own image vectors, labelled
by the items whose words state the attribute confidently (`ExtractionConfig.photo_training_confidence`),
each value only when enough items state it (`photo_min_examples_per_value`);
each probe's accuracy is measured on a held-out part of them. Every photo is then read, and a
reading's confidence is the probe's probability times that accuracy.

The words win wherever they speak: a photo agreeing with them raises their confidence, one
disagreeing lowers it (so the owner reviews it), and neither changes the value. Where the words are
silent (retrieval/extraction.py marks it) a photo at least `photo_min_confidence` sure decides:
the kind of piece, the colour of a gold of no stated colour ("18K Gold": yellow, white or rose
gold), the metal of a piece whose words name none (the catalog's most common metal of that colour),
whether a piece has a stone, and the colour of a stone whose colour varies.

When the words give too few labelled kinds to fit a kind probe (a language no locale pack reads),
the kind is read against Facet's own drawn shots instead (retrieval/reference_shots.py), at the
confidence measured for that on held-out shops; such a kind says so in its evidence. When the words
teach a kind probe that lacks some of the lexicon's core families (a partly read language: only the
rings and earrings named often enough), a piece the words leave open whose photo the drawn shots
read as one of those missing families takes that reading: the catalog's probe can only name the
kinds it learned (benchmarks/results/extraction_pd_reference_calibration.json, `partly_named`).

`carry_over_stored` carries the photo's readings of an unchanged item over from the stored item,
so a re-ingest (and `facet check`) writes and reports nothing new before the probes are read again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from retrieval.attributes import HAS_STONE, NO_STONE, STONE_COLORS, SoftmaxProbe, fit_probes
from retrieval.config import ExtractionConfig
from retrieval.facts import (
    COLUMN,
    CORRECTION,
    DEFAULT,
    PHOTO,
    PHOTO_CATEGORY,
    PHOTO_METAL_COLOR,
    PHOTO_STONE,
    PHOTO_STONE_COLOR,
    METAL_BASE,
    UNKNOWN,
    USUAL_COLOR,
    Extraction,
    Fact,
)
from retrieval.item import Item, Provenance
from retrieval.lexicon_tables import Lexicon
from retrieval.vocabulary import NO_GEMSTONE

GENERIC_STONE = "stone"  # a stone the photo shows and no word names (retrieval/lexicon/jewelry.toml)
HOLDOUT_SEED = 0
HOLDOUT_SHARE = 0.25  # of each probe's labelled photos, held out to measure its accuracy
MIN_HOLDOUT = 4
PHOTO_COLOR_OF_METAL = {"yellow": "yellow", "rose": "rose", "white": "white", "silver": "white"}  # metal colour -> probe class
METAL_COLOR_OF_PHOTO = {"yellow": "yellow", "rose": "rose", "white": "white"}
STONE_COLOR_OF_PHOTO = {"clear": "colorless", **{name: name for name in STONE_COLORS if name != "clear"}}
UNTRAINED_SOURCES = (DEFAULT, USUAL_COLOR, PHOTO)  # readings a probe never learns from
BASE_KEY = METAL_BASE
FACT_FIELDS = ("category", "metal", "metal_color", "karat", "gemstone", "gemstone_color", "carat")
# A piece whose words name no metal takes the commonest metal of its photo's colour among this many
# pieces nearest in price (a white piece at a silver price is silver, at a gold price white gold).
PRICE_NEIGHBOURS = 9
REFERENCE_EVIDENCE = "read from the photo alone against Facet's drawn shots"
NO_KIND_NAMED = "no listing names a kind Facet reads"
NO_FAMILY_NAMED = "too few listings name a kind of its family to learn it from"
DRAWN_CATEGORY = "category (drawn shots)"  # a reading of a family the catalog's own kind probe never learned


@dataclass(frozen=True)
class PhotoGuess:
    value: str
    confidence: float  # the probe's probability times its held-out accuracy


class CatalogPhotoReader:
    """Probes fitted on one catalog's photos, labelled by its confident words."""

    def __init__(self, lexicon: Lexicon, config: ExtractionConfig, reference: Callable[[], SoftmaxProbe | None] | None = None):
        self.lexicon, self.config = lexicon, config
        self.reference = reference  # makes a kind probe from Facet's drawn shots (retrieval/reference_shots.py)
        self.kinds_from_reference = False
        self.drawn_probe: SoftmaxProbe | None = None  # for the core families the catalog's own probe lacks
        self.learned_families: set[str] = set()
        self.probes: dict[str, SoftmaxProbe] = {}
        self.accuracy: dict[str, float] = {}
        self.metal_by_color: dict[str, tuple[str, float]] = {}  # photo colour -> (commonest metal, its share)
        self.priced_metals: dict[str, list[tuple[float, str]]] = {}  # photo colour -> (log price, metal) of pieces the words name

    def fit(self, vectors: dict[str, np.ndarray], extractions: dict[str, Extraction], prices: dict[str, float] | None = None) -> None:
        ids = [item_id for item_id in vectors if item_id in extractions]
        if not ids:
            return
        labels = _well_attested([self._labels(extractions[item_id]) for item_id in ids], self.config.photo_min_examples_per_value)
        matrix = np.stack([vectors[item_id] for item_id in ids]).astype(np.float32)
        self.probes = fit_probes(matrix, labels)
        self.accuracy = {name: self._held_out_accuracy(matrix, labels, name) for name in self.probes}
        if "category" not in self.probes:
            self._fit_reference_kinds()
        elif any(PHOTO_CATEGORY in extractions[item_id].open_to_photo for item_id in ids):
            self._fit_missing_families()  # drawn shots are rendered and encoded only for a kind left open
        self.metal_by_color = self._commonest_metals(extractions.values())
        self.priced_metals = self._priced_metals(extractions, prices or {})

    def _fit_reference_kinds(self) -> None:
        """Too few listings name a kind to learn the kinds from: read them against the drawn shots."""
        if not (self.config.photo_reference_kinds and self.reference):
            return
        probe = self.reference()
        if probe is not None:
            self.probes["category"] = probe
            self.accuracy["category"] = self.config.photo_reference_kind_accuracy
            self.kinds_from_reference = True

    def _fit_missing_families(self) -> None:
        """The catalog's kind probe lacks some core families: the drawn shots read those."""
        self.learned_families = {self.lexicon.family_of(kind) for kind in self.probes["category"].values}
        core = {category.family for category in self.lexicon.categories.values() if category.core}
        if self.config.photo_reference_kinds and self.reference and not core <= self.learned_families:
            self.drawn_probe = self.reference()

    def metal_of_color(self, color: str, price: float | None) -> tuple[str, float] | None:
        """The metal a piece of this photo colour most likely is, and how surely: the commonest among
        the pieces nearest in price whose words name theirs, else in the whole catalog."""
        priced = self.priced_metals.get(color, [])
        if price is None or price <= 0 or len(priced) < PRICE_NEIGHBOURS:
            return self.metal_by_color.get(color)
        here = float(np.log(price))
        nearest = sorted(priced, key=lambda entry: abs(entry[0] - here))[:PRICE_NEIGHBOURS]
        metal, count = Counter(metal for _, metal in nearest).most_common(1)[0]
        return metal, count / len(nearest)

    def read(self, vector: np.ndarray) -> dict[str, PhotoGuess]:
        guesses = {name: _best_guess(probe, vector, self.accuracy[name]) for name, probe in self.probes.items()}
        if self.drawn_probe is not None:
            drawn = _best_guess(self.drawn_probe, vector, self.config.photo_reference_kind_accuracy)
            if self.lexicon.family_of(drawn.value) not in self.learned_families:
                guesses[DRAWN_CATEGORY] = drawn
        return guesses

    def _labels(self, extraction: Extraction) -> dict[str, str | None]:
        facts = extraction.facts
        trained = lambda name, surely=self.config.photo_training_confidence: (name in facts and facts[name].source not in UNTRAINED_SOURCES  # noqa: E731
                                                                            and facts[name].confidence >= surely)
        category = facts["category"].value if trained("category") and facts["category"].value != UNKNOWN else None
        metal_color = PHOTO_COLOR_OF_METAL.get(facts["metal_color"].value) if trained("metal_color", self.config.photo_color_training_confidence) else None
        stone = (HAS_STONE if facts["gemstone"].value != NO_GEMSTONE else NO_STONE) if trained("gemstone") else None
        stone_color = None
        if stone == HAS_STONE and "gemstone_color" in facts and facts["gemstone_color"].confidence >= self.config.photo_training_confidence:
            if facts["gemstone_color"].source != PHOTO:
                stone_color = self._photo_stone_color(facts["gemstone_color"].value)
        return {"category": category, "metal_color": metal_color, "stone": stone, "stone_color": stone_color}

    def _photo_stone_color(self, color: str) -> str | None:
        """The probe's class of a catalog colour: "london blue" -> "blue", "colorless" -> "clear"."""
        for name, colors in STONE_COLORS.items():
            if color in colors:
                return name
        plain = self.lexicon.plain_color(color)
        return plain if plain in STONE_COLORS else None

    def _held_out_accuracy(self, matrix: np.ndarray, labels: list[dict], name: str) -> float:
        """The probe's accuracy on a held-out share of its labelled photos (fitted on the rest)."""
        known = [i for i, label in enumerate(labels) if label[name] is not None]
        held = int(len(known) * HOLDOUT_SHARE)
        if held < MIN_HOLDOUT:
            return 0.0  # too few photos to know how far the probe can be trusted
        order = np.random.default_rng(HOLDOUT_SEED).permutation(known)
        test, train = order[:held], order[held:]
        probe = SoftmaxProbe(matrix[train], [labels[i][name] for i in train])
        if len(probe.values) < 2:
            return 0.0
        right = sum(probe.values[int(np.argmax(probe.probabilities(matrix[i])))] == labels[i][name] for i in test)
        return right / len(test)

    def _commonest_metals(self, extractions) -> dict[str, tuple[str, float]]:
        counts: dict[str, Counter] = {}
        for extraction in extractions:
            metal, color = extraction.facts.get("metal"), extraction.facts.get("metal_color")
            if metal and color and metal.source not in UNTRAINED_SOURCES and metal.value != UNKNOWN:
                photo_color = PHOTO_COLOR_OF_METAL.get(color.value)
                if photo_color:
                    counts.setdefault(photo_color, Counter())[metal.value] += 1
        return {color: (counter.most_common(1)[0][0], counter.most_common(1)[0][1] / sum(counter.values())) for color, counter in counts.items()}

    def _priced_metals(self, extractions: dict[str, Extraction], prices: dict[str, float]) -> dict[str, list[tuple[float, str]]]:
        priced: dict[str, list[tuple[float, str]]] = {}
        for item_id, extraction in extractions.items():
            metal, color, price = extraction.facts.get("metal"), extraction.facts.get("metal_color"), prices.get(item_id)
            if metal and color and price and price > 0 and metal.source not in UNTRAINED_SOURCES and metal.value != UNKNOWN:
                photo_color = PHOTO_COLOR_OF_METAL.get(color.value)
                if photo_color:
                    priced.setdefault(photo_color, []).append((float(np.log(price)), metal.value))
        return priced



def _best_guess(probe: SoftmaxProbe, vector: np.ndarray, accuracy: float) -> PhotoGuess:
    """The probe's likeliest value, as sure as its probability times the probe's measured accuracy."""
    probabilities = probe.probabilities(vector)
    best = int(np.argmax(probabilities))
    return PhotoGuess(probe.values[best], round(float(probabilities[best]) * accuracy, 3))


def _well_attested(labels: list[dict[str, str | None]], minimum: int) -> list[dict[str, str | None]]:
    """The labels with each value fewer than `minimum` photos are labelled by left out (None). A
    handful of pieces cannot show a probe what the value looks like, nor be held out to check it:
    fitted on 4 plain chains beside 60 set rings, a stone probe tells chains from rings, and sees a
    stone in every plain ring, while right on its own held-out photos."""
    counts = {name: Counter(label[name] for label in labels if label[name] is not None) for name in labels[0]} if labels else {}
    return [{name: value if value is not None and counts[name][value] >= minimum else None for name, value in label.items()} for label in labels]


def fuse(extraction: Extraction, guesses: dict[str, PhotoGuess], reader: CatalogPhotoReader, price: float | None = None) -> bool:
    """Fold one photo's readings into its item's facts (its price to tell the metal of a colour when
    no word names one); whether a fact's value changed."""
    facts, config, lexicon = extraction.facts, reader.config, reader.lexicon
    before = {name: fact.value for name, fact in facts.items()}
    category, drawn = guesses.get("category"), guesses.get(DRAWN_CATEGORY)
    if PHOTO_CATEGORY in extraction.open_to_photo and (category or drawn):
        reason = NO_KIND_NAMED if reader.kinds_from_reference else NO_FAMILY_NAMED if drawn else ""
        category = drawn or category
        evidence = f"the photo looks like {category.value}" + (f" ({REFERENCE_EVIDENCE}: {reason})" if reason else "")
        _decide(facts, "category", category.value, category, config, evidence)
    elif category:
        _weigh(facts.get("category"), category.value, category, config, related=lambda a, b: lexicon.family_of(a) == lexicon.family_of(b))
    color = guesses.get("metal_color")
    if color:
        if PHOTO_METAL_COLOR in extraction.open_to_photo:
            _metal_from_photo(facts, color, reader, price)
        elif "metal_color" in facts and facts["metal_color"].value:
            _weigh(facts["metal_color"], PHOTO_COLOR_OF_METAL.get(facts["metal_color"].value), PhotoGuess(color.value, color.confidence), config)
    stone = guesses.get("stone")
    if stone:
        if PHOTO_STONE in extraction.open_to_photo:
            _stone_from_photo(facts, stone, guesses.get("stone_color"), config)
        elif facts["gemstone"].source not in (DEFAULT,):
            said = HAS_STONE if facts["gemstone"].value != NO_GEMSTONE else NO_STONE
            _weigh(facts["gemstone"], said, stone, config)
    stone_color = guesses.get("stone_color")
    if stone_color and PHOTO_STONE_COLOR in extraction.open_to_photo and facts["gemstone"].value != NO_GEMSTONE:
        _stone_color_from_photo(facts, stone_color, lexicon, config)
    return {name: fact.value for name, fact in facts.items()} != before


def _decide(facts: dict[str, Fact], name: str, value: Any, guess: PhotoGuess, config: ExtractionConfig, evidence: str | None = None) -> bool:
    if guess.confidence < config.photo_min_confidence or _fixed(facts.get(name)):
        return False
    facts[name] = Fact(value, PHOTO, guess.confidence, evidence or f"the photo looks like {value}")
    return True


def _fixed(fact: Fact | None) -> bool:
    return fact is not None and fact.source in (COLUMN, CORRECTION)


def _weigh(fact: Fact | None, said: Any, guess: PhotoGuess, config: ExtractionConfig, related=lambda a, b: a == b) -> None:
    """The words' reading stays; a photo agreeing raises its confidence, one disagreeing lowers it."""
    if fact is None or said is None or fact.source in (CORRECTION, PHOTO, DEFAULT):
        return
    if guess.value == said:
        fact.confidence = round(1 - (1 - fact.confidence) * (1 - config.agreement_weight * guess.confidence), 3)
    elif not related(said, guess.value):
        fact.confidence = round(fact.confidence * (1 - config.disagreement_weight * guess.confidence), 3)
        fact.evidence = f"{fact.evidence}; the photo looks {guess.value}"[:200]


def _metal_from_photo(facts: dict[str, Fact], guess: PhotoGuess, reader: CatalogPhotoReader, price: float | None = None) -> None:
    """A gold of no stated colour takes the photo's colour; a metal nothing names, the commonest
    metal of that colour among the catalog's pieces nearest in price."""
    if guess.confidence < reader.config.photo_min_confidence or _fixed(facts.get("metal_color")):
        return
    lexicon, metal = reader.lexicon, facts["metal"]
    color = METAL_COLOR_OF_PHOTO[guess.value]
    if metal.value != UNKNOWN and lexicon.metals.get(metal.value) and lexicon.metals[metal.value].base == "gold":
        base = extraction_base_confidence(facts, metal)
        facts["metal"] = Fact(lexicon.metal_for("gold", color), metal.source, min(base, guess.confidence), f"{metal.evidence}; the photo looks {color}")
        facts["metal_color"] = Fact(color, PHOTO, guess.confidence, f"the photo looks {color}")
    elif metal.value == UNKNOWN and reader.metal_of_color(guess.value, price) is not None:
        commonest, share = reader.metal_of_color(guess.value, price)
        confidence = round(guess.confidence * share, 3)
        if confidence >= reader.config.photo_min_confidence:
            facts["metal"] = Fact(commonest, PHOTO, confidence, f"the photo looks {color}; {commonest} is this catalog's commonest {color} metal at its price")
            facts["metal_color"] = Fact(lexicon.metal_color(commonest), PHOTO, confidence, f"the photo looks {color}")
            facts.pop("karat", None)


def extraction_base_confidence(facts: dict[str, Fact], metal: Fact) -> float:
    """How surely the words said the metal was gold, before its colour was guessed."""
    base = facts.get(BASE_KEY)
    return base.confidence if base is not None else metal.confidence


def _stone_from_photo(facts: dict[str, Fact], stone: PhotoGuess, color: PhotoGuess | None, config: ExtractionConfig) -> None:
    if stone.confidence < config.photo_min_confidence:
        return
    if stone.value == NO_STONE:
        facts["gemstone"] = Fact(NO_GEMSTONE, PHOTO, stone.confidence, "the photo shows no stone")
        facts.pop("gemstone_color", None)
        facts.pop("carat", None)
        return
    facts["gemstone"] = Fact(GENERIC_STONE, PHOTO, stone.confidence, "the photo shows a stone no word names")
    if color and color.confidence >= config.photo_min_confidence:
        value = STONE_COLOR_OF_PHOTO[color.value]
        facts["gemstone_color"] = Fact(value, PHOTO, color.confidence, f"the photo shows a {color.value} stone")


def _stone_color_from_photo(facts: dict[str, Fact], guess: PhotoGuess, lexicon: Lexicon, config: ExtractionConfig) -> None:
    """A stone whose colour varies, its colour unsaid: the photo's colour, when the stone comes in it."""
    current = facts.get("gemstone_color")
    if _fixed(current) or guess.confidence < config.photo_min_confidence:
        return
    if current is not None and current.source not in (USUAL_COLOR, DEFAULT, PHOTO) or (current and guess.confidence < current.confidence):
        return
    stone = facts["gemstone"].value
    wanted = STONE_COLOR_OF_PHOTO[guess.value]
    colors = lexicon.stones[stone].colors if stone in lexicon.stones else ()
    fitting = [c for c in colors if c == wanted or lexicon.plain_color(c) == lexicon.plain_color(wanted) or _photo_class(c) == guess.value]
    if stone != GENERIC_STONE and not fitting:
        return
    value = fitting[0] if fitting else wanted
    facts["gemstone_color"] = Fact(value, PHOTO, guess.confidence, f"the photo shows a {guess.value} stone")


def _photo_class(color: str) -> str | None:
    return next((name for name, colors in STONE_COLORS.items() if color in colors), None)


def carry_over_stored(extraction: Extraction, stored: Item | None, image: str) -> None:
    """What the stored item's photo said, for an item whose photo is the same: its readings where
    the words are still silent, and the confidences it gave to what the words say. The item is
    then written again unchanged until the probes are read again (and `facet check` sees no drift)."""
    if stored is None or stored.image != image or not image:
        return
    facts = extraction.facts
    silent = {name for name, fact in facts.items() if fact.source in (DEFAULT, USUAL_COLOR)}
    gold_of_no_color = "metal_color" in silent and facts["metal"].source != DEFAULT
    for name, provenance in stored.provenance.items():
        if name not in FACT_FIELDS:
            continue
        if provenance.source == PHOTO and (name in silent or name not in facts):
            facts[name] = Fact(getattr(stored, name), PHOTO, provenance.confidence, provenance.evidence)
        elif name in facts and facts[name].source == provenance.source and facts[name].value == getattr(stored, name):
            facts[name].confidence, facts[name].evidence = provenance.confidence, provenance.evidence
    if gold_of_no_color and facts["metal_color"].source == PHOTO and "metal" in stored.provenance:
        facts["metal"] = Fact(stored.metal, facts["metal"].source, stored.provenance["metal"].confidence, stored.provenance["metal"].evidence)
    if facts["gemstone"].value == NO_GEMSTONE:
        facts.pop("gemstone_color", None)
        facts.pop("carat", None)


def with_facts(item: Item, extraction: Extraction, lexicon: Lexicon, searchable_tags) -> Item:
    """The item with its facts' values and provenance (validated again)."""
    facts = extraction.facts
    data = item.model_dump()
    for name in FACT_FIELDS:
        data[name] = facts[name].value if name in facts and facts[name].value not in ("", None) else None
    data["gemstone"] = data["gemstone"] or NO_GEMSTONE
    data["metal_color"] = data["metal_color"] or ""
    data["gemstone_color"] = data["gemstone_color"] or ""
    if data["metal"] not in lexicon.metals or lexicon.metals[data["metal"]].base != "gold":
        if facts.get("karat") is None or facts["karat"].source != COLUMN:
            data["karat"] = None
    data["tags"] = searchable_tags(item.tags, facts, item.title, lexicon)
    data["provenance"] = {name: Provenance(source=fact.source, confidence=fact.confidence, evidence=fact.evidence[:200])
                          for name, fact in facts.items() if name in FACT_FIELDS}  # fmt: skip
    return Item.model_validate(data)
