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
part of every image vector's hash: a refit re-tunes every stored vector from its encoder part,
which the tuned vector carries whole (`frozen_part`), so no photo is encoded twice.

A fit is saved with a fingerprint of what it was fitted on (the sampled items' ids and photo
hashes, the base encoder and the settings), so an ingest killed after the fit, and run again,
reuses the saved fit instead of fitting the same photos again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
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
REVISION_CHARS = 12
# Settings that do not change what a fit learns (the record of a fit ignores them).
NOT_IN_FINGERPRINT = {"enabled", "threads", "refit_share", "min_items"}


class CatalogTunedEncoder:
    """An ImageEncoder whose vectors are tuned to the catalog it was last fitted on; before
    any fit the learned part is zero, so vectors keep one length throughout."""

    def __init__(self, base: ImageEncoder, config: ImageTuningConfig, folder: Path):
        self.base = base
        self.config = config
        self.name = f"{base.name}-tuned{config.dim}"  # the collection's name: stable across refits
        self.path = folder / f"{self.name}.npy"
        self.record = folder / f"{self.name}.fit.json"  # what the saved fit was fitted on
        self._projection: np.ndarray | None = None
        self._read_version: int | None = None  # the file's mtime when read: another process may refit

    @property
    def revision(self) -> str:
        """Which fit the vectors come from, for the index's hashes."""
        projection = self.projection()
        return UNFITTED if projection is None else _revision_of(projection)

    def should_refit(self, photos_to_embed: int, photos_in_catalog: int) -> bool:
        """Tune anew when most of the catalog's photos are new to the index."""
        return photos_to_embed >= max(self.config.min_items, self.config.refit_share * photos_in_catalog)

    def sample(self, items: list) -> list:
        """The catalog items a fit learns from: every item with a photo, or a seeded sample of
        `max_items` of them; the same items whatever order they come in."""
        with_photo = sorted((item for item in items if item.image), key=lambda item: item.id)
        if len(with_photo) <= self.config.max_items:
            return with_photo
        return random.Random(self.config.seed).sample(with_photo, self.config.max_items)

    def fingerprint(self, photos: list[tuple[str, str]]) -> str:
        """Names a fit by what it learns from: (item id, photo hash) pairs, the base encoder, the settings."""
        settings = self.config.model_dump(exclude=NOT_IN_FINGERPRINT)
        described = json.dumps([self.base.name, settings, sorted(photos)], sort_keys=True)
        return hashlib.sha256(described.encode()).hexdigest()

    def fitted_on(self) -> str | None:
        """The fingerprint of the saved fit, when it is the fit in use (else None)."""
        try:
            record = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return record.get("fingerprint") if record.get("revision") == self.revision else None

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

    def fit(self, shots: list[Image.Image], fingerprint: str | None = None, encoded: np.ndarray | None = None) -> None:
        """Learn the projection from these catalog shots (and their base vectors when `encoded`
        already) and save it, with the fingerprint of what it learnt from. Both files are replaced
        whole: the record first, naming the fit's revision, so a process killed between the two
        leaves a record that matches no fit."""
        config = self.config
        items = self.base.encode_image(shots) if encoded is None else encoded
        rng = random.Random(config.seed)
        with ThreadPoolExecutor(config.threads) as pool:  # PIL and numpy let go of the GIL: ~2x on 2 cores
            cutouts = list(pool.map(catalog_cutout, shots))
            views = []
            for _ in range(config.views):
                seeds = [rng.getrandbits(64) for _ in cutouts]
                made_up = list(pool.map(lambda cutout, seed: training_view(cutout, random.Random(seed)), cutouts, seeds))
                views.append(self.base.encode_image(made_up))
        projection = fit_projection(items, np.stack(views), config)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"fingerprint": fingerprint, "revision": _revision_of(projection), "shots": len(shots)}
        _replace(self.record, lambda out: out.write(json.dumps(record).encode()))
        _replace(self.path, lambda out: np.save(out, projection))
        log.info("image vectors tuned to %d catalog shots, %d views each (revision %s)", len(shots), config.views, self.revision)


def _revision_of(projection: np.ndarray) -> str:
    return hashlib.sha256(projection.tobytes()).hexdigest()[:REVISION_CHARS]


def _replace(path: Path, write) -> None:
    """Write a file whole: a reader, or a process killed half-way, never sees half of it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    with partial.open("wb") as out:
        write(out)
    os.replace(partial, path)


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
