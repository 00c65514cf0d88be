"""A catalog whose listings name the metal only in their descriptions (retrieval/photo_facts.py):
the metal colour probe learns from those words too (`photo_color_training_confidence`), so a piece
whose words name no metal takes its photo's, where before no probe was fitted at all."""

import numpy as np
import pytest

from retrieval.config import ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.product import Product
from retrieval.lexicon import load_lexicon
from retrieval.photo_facts import CatalogPhotoReader, fuse

COLORS = ("yellow", "rose", "white")
NOISE = 0.05
PIECES = 30


def photo(color: str, rng) -> np.ndarray:
    """A made-up ring photo's vector: one direction per metal colour, plus noise."""
    raw = np.zeros(len(COLORS) + 1, np.float32)
    raw[0], raw[1 + COLORS.index(color)] = 1.0, 1.0
    raw += rng.normal(0, NOISE, raw.shape)
    return raw / np.linalg.norm(raw)


def described_catalog(config: ExtractionConfig):
    """30 rings titled by a name alone, each description naming its gold; one naming no metal, rose in its photo."""
    lexicon, rng = load_lexicon(), np.random.default_rng(1)
    extractor = Extractor(lexicon, config)
    products, vectors = {}, {}
    for n in range(PIECES):
        color = COLORS[n % 3]
        products[f"p{n}"] = Product(1, id=f"p{n}", title=f"Ring Aurora {n}", description=f"A handmade ring in 14k {color} gold.")
        vectors[f"p{n}"] = photo(color, rng)
    products["silent"] = Product(1, id="silent", title="Ring Aurora", description="A handmade ring.")
    vectors["silent"] = photo("rose", rng)
    extractions = {item_id: extractor.extract(product) for item_id, product in products.items()}
    reader = CatalogPhotoReader(lexicon, config)
    reader.fit(vectors, extractions)
    return reader, extractions, vectors


def test_described_metals_label_the_photos():
    config = ExtractionConfig()
    reader, extractions, vectors = described_catalog(config)
    assert extractions["p1"].facts["metal_color"].source == "description"
    assert extractions["p1"].facts["metal_color"].confidence < config.photo_training_confidence  # below the kinds' bar
    assert "metal_color" in reader.probes and set(reader.probes["metal_color"].values) == set(COLORS)
    silent = extractions["silent"]
    assert silent.facts["metal"].value == "unknown"
    fuse(silent, reader.read(vectors["silent"]), reader)
    assert (silent.facts["metal"].value, silent.facts["metal"].source) == ("rose gold", "photo")
    assert silent.facts["metal"].confidence >= config.photo_min_confidence


@pytest.mark.parametrize("surely", [0.8])
def test_a_stricter_bar_leaves_described_metals_unlearned(surely):
    config = ExtractionConfig(photo_color_training_confidence=surely)
    reader, extractions, vectors = described_catalog(config)
    assert "metal_color" not in reader.probes
    silent = extractions["silent"]
    fuse(silent, reader.read(vectors["silent"]), reader)
    assert silent.facts["metal"].value == "unknown"
