"""What a shopper's photo shows, in the catalog's own terms, learned from the catalog itself.

Every indexed item photo is a labelled example: its vector in the index's image collection,
and its item's category, metal, stone and stone colour from the metadata beside it. Once per
index (on first use, and again when the image collection changes) one softmax-regression probe
per attribute is fitted on those vectors (it beat nearest-centroid and 10-nearest-neighbour
label transfer on held-out items, see benchmarks/vision.py); a photo's vector then reads as a category, a metal
colour (yellow, rose or white), whether it has a stone, and the stone's colour, each with a
confidence. `describe` says it in words: "a rose-gold ring with a pink stone".

With an open_clip image encoder the joint image-text space gives a second opinion: each
attribute value is also scored zero-shot by its text prompt ("a photo of a rose gold piece
of jewelry"), and the two are averaged.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from threadpoolctl import threadpool_limits

from retrieval.index import CatalogIndex
from retrieval.vocabulary import NO_GEMSTONE

MAX_TRAINING_ITEMS = 3_000  # a random sample of a bigger catalog: fitting stays a few seconds
SAMPLE_SEED = 0
MIN_EXAMPLES = 3  # a value with fewer catalog photos than this is not learned
# Softmax regression on unit vectors, by full-batch gradient descent.
INPUT_SCALE = 10.0  # unit vectors' dot products are small: scaled, the logits can separate
LEARNING_RATE = 0.5
STEPS = 300
# The probes' matrices are thin (a few values wide): BLAS threads only wait on each other, and on
# a busy machine two of them made a fit ~3.5x slower than one.
PROBE_BLAS_THREADS = 1
L2_PENALTY = 1e-3
# open_clip: the weight of the zero-shot opinion, and CLIP's own logit scale for it.
ZERO_SHOT_WEIGHT = 0.5
CLIP_LOGIT_SCALE = 100.0

METAL_COLORS: dict[str, tuple[str, ...]] = {
    "yellow": ("yellow gold",),
    "rose": ("rose gold",),
    "white": ("white gold", "platinum", "sterling silver"),
}
METAL_COLOR_WORDS = {"yellow": "yellow-gold", "rose": "rose-gold", "white": "silver-toned"}
# Stone colours as a shopper names them, and the catalog colours each covers.
STONE_COLORS: dict[str, tuple[str, ...]] = {
    "clear": ("colorless",),
    "white": ("white", "iridescent white"),
    "red": ("red", "dark red"),
    "pink": ("pink",),
    "blue": ("blue", "light blue", "london blue"),
    "green": ("green", "lime green"),
    "purple": ("purple", "violet"),  # violet: tanzanite's blue-purple
    "yellow": ("yellow", "golden"),
    "black": ("black",),
}
HAS_STONE, NO_STONE = "stone", "no stone"
CATEGORY_WORDS = {"earrings": "pair of earrings"}
UNSURE_NOUN = "piece"  # the noun when the category is unsure
ZERO_SHOT_PROMPTS: dict[str, Callable[[str], str]] = {
    "category": lambda value: f"a photo of a {CATEGORY_WORDS.get(value, value)}",
    "metal_color": lambda value: f"a photo of {METAL_COLOR_WORDS[value].replace('-', ' ')} jewelry",
    "stone": lambda value: "a photo of jewelry set with a gemstone" if value == HAS_STONE else "a photo of plain metal jewelry",
    "stone_color": lambda value: f"a photo of jewelry with a {value} gemstone",
}


@dataclass(frozen=True)
class Guess:
    value: str
    confidence: float  # the probability the probe gives its top value, 0..1


# A catalog whose items name fewer than two kinds of piece (none of its categories read yet, say)
# fits no category probe: the photo's kind is then unknown, never a guess any caller trusts.
UNKNOWN_CATEGORY = Guess("", 0.0)


@dataclass(frozen=True)
class PhotoAttributes:
    category: Guess
    metal_color: Guess  # "yellow", "rose" or "white"
    stone: Guess  # HAS_STONE or NO_STONE
    stone_color: Guess | None  # a key of STONE_COLORS; None when no stone is seen

    @property
    def has_stone(self) -> bool:
        return self.stone.value == HAS_STONE

    def metals(self) -> list[str]:
        """The catalog metals of the metal colour: for a soft metal constraint."""
        return list(METAL_COLORS[self.metal_color.value])

    def gemstone_colors(self) -> list[str]:
        """The catalog stone colours of the stone colour: for a soft colour constraint."""
        return list(STONE_COLORS[self.stone_color.value]) if self.stone_color else []


def describe(attributes: PhotoAttributes, min_confidence: float = 0.0, require_category: bool = True) -> str:
    """"a rose-gold ring with a pink stone"; attributes below `min_confidence` are left out
    ("a ring"). When even the category is unsure: "" if `require_category`, else the rest
    ("a rose-gold piece"), and "" when nothing at all is sure."""
    category_sure = attributes.category.confidence >= min_confidence
    if require_category and not category_sure:
        return ""
    noun = CATEGORY_WORDS.get(attributes.category.value, attributes.category.value) if category_sure else UNSURE_NOUN
    metal = attributes.metal_color
    words = [METAL_COLOR_WORDS[metal.value]] if metal.confidence >= min_confidence else []
    phrase = " ".join([*words, noun])
    phrase = f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"
    stone_sure = attributes.stone.confidence >= min_confidence
    if stone_sure:
        color = attributes.stone_color
        if not attributes.has_stone:
            phrase += " without stones"
        elif color is not None and color.confidence >= min_confidence:
            phrase += f" with {'an' if color.value[0] in 'aeiou' else 'a'} {color.value} stone"
        else:
            phrase += " with a stone"
    if not (category_sure or words or stone_sure):
        return ""
    return phrase


class SoftmaxProbe:
    """Multinomial logistic regression from image vectors to one attribute's values."""

    def __init__(self, vectors: np.ndarray, labels: list[str]):
        counts = Counter(labels)
        self.values = sorted(value for value, count in counts.items() if count >= MIN_EXAMPLES)
        rows = [i for i, label in enumerate(labels) if label in self.values]
        inputs = INPUT_SCALE * vectors[rows]
        targets = np.zeros((len(rows), len(self.values)), np.float32)
        targets[np.arange(len(rows)), [self.values.index(labels[i]) for i in rows]] = 1
        self.weights = np.zeros((vectors.shape[1], len(self.values)), np.float32)
        self.bias = np.zeros(len(self.values), np.float32)
        with threadpool_limits(limits=PROBE_BLAS_THREADS, user_api="blas"):
            for _ in range(STEPS if rows else 0):
                error = (_softmax(inputs @ self.weights + self.bias) - targets) / len(rows)
                self.weights -= LEARNING_RATE * (inputs.T @ error + L2_PENALTY * self.weights)
                self.bias -= LEARNING_RATE * error.sum(axis=0)

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        return _softmax(INPUT_SCALE * vector @ self.weights + self.bias)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def labels_of(metadata: dict[str, Any]) -> dict[str, str | None]:
    """An item's attribute values from its index metadata; None where it has none we know."""
    has_stone = metadata.get("gemstone", NO_GEMSTONE) != NO_GEMSTONE
    color = metadata.get("gemstone_color", "")
    return {
        "category": metadata.get("category"),
        "metal_color": next((name for name, metals in METAL_COLORS.items() if metadata.get("metal") in metals), None),
        "stone": HAS_STONE if has_stone else NO_STONE,
        "stone_color": next((name for name, colors in STONE_COLORS.items() if color in colors), None) if has_stone else None,
    }


class AttributeReader:
    """Reads photo vectors (from the index's image encoder) into PhotoAttributes. Probes are
    fitted from the index on first use and refitted when the image collection's size changes."""

    def __init__(self, index: CatalogIndex):
        self.index = index
        self._probes: dict[str, SoftmaxProbe] | None = None
        self._zero_shot: dict[str, np.ndarray] = {}  # attribute -> text vectors of its values' prompts
        self._fitted_on = -1
        self._lock = threading.Lock()

    def read_photo(self, image) -> PhotoAttributes | None:
        return self.read(self.index.image_encoder.encode_image([image])[0])

    def read(self, vector: np.ndarray) -> PhotoAttributes | None:
        """None when the catalog has no item photos to learn from."""
        probes = self.probes()
        if not probes:
            return None
        guesses = {name: self._guess(name, probe, vector) for name, probe in probes.items()}
        stone = guesses.get("stone", Guess(NO_STONE, 0.0))
        return PhotoAttributes(
            category=guesses.get("category", UNKNOWN_CATEGORY),
            metal_color=guesses.get("metal_color", Guess("white", 0.0)),
            stone=stone,
            stone_color=guesses.get("stone_color") if stone.value == HAS_STONE else None,
        )

    def probes(self) -> dict[str, SoftmaxProbe]:
        count = self.index.count("image")
        with self._lock:
            if self._probes is None or count != self._fitted_on:
                self._probes = fit_probes(*catalog_examples(self.index))
                self._zero_shot = self._zero_shot_texts(self._probes)
                self._fitted_on = count
            return self._probes

    def _guess(self, name: str, probe: SoftmaxProbe, vector: np.ndarray) -> Guess:
        probabilities = probe.probabilities(vector)
        if name in self._zero_shot:
            probabilities = (1 - ZERO_SHOT_WEIGHT) * probabilities + ZERO_SHOT_WEIGHT * _softmax(
                CLIP_LOGIT_SCALE * (self._zero_shot[name] @ vector)
            )
        best = int(np.argmax(probabilities))
        return Guess(probe.values[best], float(probabilities[best]))

    def _zero_shot_texts(self, probes: dict[str, SoftmaxProbe]) -> dict[str, np.ndarray]:
        """Text vectors of every attribute value's prompt, when the image encoder has a text tower."""
        encode_text = getattr(self.index.image_encoder, "encode_text", None)
        if encode_text is None:
            return {}
        return {name: encode_text([ZERO_SHOT_PROMPTS[name](value) for value in probe.values]) for name, probe in probes.items()}


def catalog_examples(index: CatalogIndex) -> tuple[np.ndarray, list[dict[str, str | None]]]:
    """The index's image vectors and their items' attribute labels (a sample of a big catalog)."""
    vectors, labels = [], []
    for page in index.pages("image", include=("embeddings", "metadatas")):
        vectors.append(np.asarray(page["embeddings"], dtype=np.float32))
        labels += [labels_of(metadata) for metadata in page["metadatas"]]
    if not labels:
        return np.zeros((0, 0), np.float32), []
    vectors = np.concatenate(vectors)
    if len(labels) > MAX_TRAINING_ITEMS:
        keep = np.sort(np.random.default_rng(SAMPLE_SEED).choice(len(labels), MAX_TRAINING_ITEMS, replace=False))
        vectors, labels = vectors[keep], [labels[i] for i in keep]
    return vectors, labels


def fit_probes(vectors: np.ndarray, labels: list[dict[str, str | None]]) -> dict[str, SoftmaxProbe]:
    """One probe per attribute with at least two values to tell apart."""
    probes = {}
    for name in ZERO_SHOT_PROMPTS:
        known = [i for i, label in enumerate(labels) if label[name] is not None]
        probe_labels = [labels[i][name] for i in known]
        if sum(count >= MIN_EXAMPLES for count in Counter(probe_labels).values()) >= 2:
            probes[name] = SoftmaxProbe(vectors[known], probe_labels)
    return probes
