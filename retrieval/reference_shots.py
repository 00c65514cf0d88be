"""Facet's own drawn product shots as labelled photos: the kind of piece a catalog's photos show
when none of its listings' words name a kind Facet reads.

The catalog's photo probes (retrieval/photo_facts.py) learn each kind from the listings that name
it, so a catalog written in a language no locale pack reads gets no kind probe, and every piece's
kind would stay unknown although its photo plainly shows a ring. The demo catalog's renderer
(retrieval/demo) draws pieces of the lexicon's core kinds, each shot labelled by the kind it was
drawn from; encoded with the catalog's own image encoder, they fit a kind probe that reads the
catalog's photos. The default image encoder has no text tower, so these drawn shots stand where a
CLIP model's zero-shot prompts would. How far such a reading can be trusted is measured on
diagnosed held-out shops' photos (benchmarks/photo_reference_kinds.py) and kept in
`ExtractionConfig.photo_reference_kind_accuracy`.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from PIL import Image

from retrieval.attributes import SoftmaxProbe
from retrieval.demo.generate import generate_demo_items
from retrieval.demo.render import render_product_shot

SHOT_SIZE = 256  # the demo catalog's shot size
SHOT_SEED = 0
ENCODE_BATCH = 32


def reference_shots(count: int, seed: int, kinds: set[str]) -> tuple[list[Image.Image], list[str]]:
    """`count` drawn shots of the demo catalog of `seed` and their kinds, keeping those `kinds` has."""
    items = [item for item in generate_demo_items(count, seed) if item.category in kinds]
    return [render_product_shot(item, SHOT_SIZE, SHOT_SEED) for item in items], [item.category for item in items]


def reference_kind_probe(encode_images: Callable[[list[Image.Image]], np.ndarray], count: int, seed: int, kinds: set[str]) -> SoftmaxProbe | None:
    """A kind probe fitted on the drawn shots' vectors; None when they show fewer than two kinds."""
    shots, labels = reference_shots(count, seed, kinds)
    if not shots:
        return None
    vectors = np.concatenate([encode_images(shots[start:start + ENCODE_BATCH]) for start in range(0, len(shots), ENCODE_BATCH)])
    probe = SoftmaxProbe(vectors.astype(np.float32), labels)
    return probe if len(probe.values) >= 2 else None
