"""Image vectors tuned to the shop's own catalog, learned at ingest.

A frozen ImageNet encoder does not know which differences between two jewelry photos matter.
The catalog can teach it: each item's shot is turned into a few made-up shopper photos
(perception/views.py), and a linear map of the encoder's vectors is trained so that every
made-up photo lands nearest its own item's shot (InfoNCE: the other items in the batch are
the negatives). The tuned vector is the encoder's vector joined by its weighted projection,

    tuned = [v, w * normalise(P v)] / sqrt(1 + w^2)

so the frozen features keep their say and only the learned part can change with a refit.

`CatalogTunedEncoder` wraps an image encoder behind the same interface; the CatalogIndex fits
it when most of a catalog is new to the index (the first ingest, or one catalog replacing
another) and keeps it for small updates, whose new items it tunes as well as unseen ones
(benchmarks/vision.py measures items left out of the fit). Each fit has its own revision,
part of every image vector's hash, so a refit re-embeds every photo.
"""

from __future__ import annotations

import hashlib
import logging
import math
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from perception.image_encoder import ImageEncoder
from perception.views import catalog_cutout, training_view
from retrieval.config import ImageTuningConfig

log = logging.getLogger(__name__)

UNFITTED = "unfitted"


class CatalogTunedEncoder:
    """An ImageEncoder whose vectors are tuned to the catalog it was last fitted on; before
    any fit the learned part is zero, so vectors keep one length throughout."""

    def __init__(self, base: ImageEncoder, config: ImageTuningConfig, folder: Path):
        self.base = base
        self.config = config
        self.name = f"{base.name}-tuned{config.dim}"  # the collection's name: stable across refits
        self.path = folder / f"{self.name}.npy"
        self._projection: np.ndarray | None = None
        self._read_version: int | None = None  # the file's mtime when read: another process may refit

    @property
    def revision(self) -> str:
        """Which fit the vectors come from, for the index's hashes."""
        projection = self.projection()
        return UNFITTED if projection is None else hashlib.sha256(projection.tobytes()).hexdigest()[:12]

    def projection(self) -> np.ndarray | None:
        """The fitted map, read again when the file has changed (`facet ingest` refits from
        another process than the web chat's)."""
        version = self.path.stat().st_mtime_ns if self.path.is_file() else None
        if version != self._read_version:
            self._projection = None if version is None else np.load(self.path)
            self._read_version = version
        return self._projection

    def encode_image(self, images: list[Image.Image]) -> np.ndarray:
        return self.tune(self.base.encode_image(images))

    def without_colors(self, vector: np.ndarray) -> np.ndarray:
        """The encoder's own shape-only vector, the learned part left out: the projection was
        fitted to tell each piece from every other, colour included, while a photo whose
        colours the words overrule asks for pieces shaped like it (benchmarks/quality.py,
        photo + words: NDCG@10 0.669 with the projected shape-only vector)."""
        shape = self.base.without_colors(self.frozen_part(vector)[0])
        return np.concatenate([shape, np.zeros(self.config.dim, np.float32)]).astype(np.float32)

    def tune(self, vectors: np.ndarray) -> np.ndarray:
        vectors = np.atleast_2d(vectors).astype(np.float32)
        projection = self.projection()
        if projection is None:
            learned = np.zeros((len(vectors), self.config.dim), np.float32)
        else:
            learned = vectors @ projection
            learned /= np.linalg.norm(learned, axis=1, keepdims=True) + 1e-12
        weight = self.config.learned_weight
        return np.concatenate([vectors, weight * learned], axis=1) / math.sqrt(1 + weight**2)

    def frozen_part(self, tuned: np.ndarray) -> np.ndarray:
        """The encoder's own vector inside a tuned one."""
        return np.atleast_2d(tuned)[:, : -self.config.dim] * math.sqrt(1 + self.config.learned_weight**2)

    def fit(self, shots: list[Image.Image]) -> None:
        """Learn the projection from these catalog shots and save it."""
        config = self.config
        items = self.base.encode_image(shots)
        rng = random.Random(config.seed)
        with ThreadPoolExecutor(config.threads) as pool:  # PIL and numpy let go of the GIL: ~2x on 2 cores
            cutouts = list(pool.map(catalog_cutout, shots))
            views = []
            for _ in range(config.views):
                seeds = [rng.getrandbits(64) for _ in cutouts]
                made_up = list(pool.map(lambda cutout, seed: training_view(cutout, random.Random(seed)), cutouts, seeds))
                views.append(self.base.encode_image(made_up))
        views = np.stack(views)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        written = self.path.with_suffix(".partial.npy")  # a reader never sees half a file
        np.save(written, fit_projection(items, views, config))
        written.replace(self.path)
        log.info("image vectors tuned to %d catalog shots, %d views each (revision %s)", len(shots), config.views, self.revision)


def tuned_for_catalog(base: ImageEncoder, config: ImageTuningConfig, folder: Path) -> ImageEncoder:
    """`base`, tuned to the catalog when the config asks for it. A CLIP is left as it is: its
    image vectors share a space with its text vectors, which a projection would break."""
    if not config.enabled or hasattr(base, "encode_text"):
        return base
    return CatalogTunedEncoder(base, config, folder)


def fit_projection(items: np.ndarray, views: np.ndarray, config: ImageTuningConfig) -> np.ndarray:
    """A (dim_in, config.dim) matrix P trained so that normalise(P view) is nearest
    normalise(P item) of its own item: symmetric InfoNCE over a batch of items, one view each
    per step. `items` (n, dim_in); `views` (views per item, n, dim_in)."""
    generator = torch.Generator().manual_seed(config.seed)
    projection = torch.nn.Linear(items.shape[1], config.dim, bias=False)
    torch.nn.init.normal_(projection.weight, std=1 / math.sqrt(items.shape[1]), generator=generator)
    optimiser = torch.optim.Adam(projection.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    items_t, views_t = torch.from_numpy(items), torch.from_numpy(views)
    batch = min(config.batch_items, len(items))
    labels = torch.arange(batch)
    for step in range(config.steps):
        chosen = torch.randperm(len(items), generator=generator)[:batch]
        anchors = F.normalize(projection(items_t[chosen]), dim=-1)
        photos = F.normalize(projection(views_t[step % len(views_t), chosen]), dim=-1)
        logits = photos @ anchors.T / config.temperature
        loss = F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return projection.weight.detach().T.contiguous().numpy()
