"""Facet's drawn reference shots (retrieval/reference_shots.py): pieces no demo catalog shows, and
their vectors kept in the cache folder under a key naming the encoder, the shot set and the
renderer; a corrupt or stale cache file is drawn again with a warning, never used."""

import logging
from types import SimpleNamespace

import numpy as np

from retrieval.config import DemoCatalogConfig, ExtractionConfig, ImageTuningConfig
from retrieval.demo.generate import generate_demo_items
from retrieval.reference_shots import ShotSet, cache_key, cache_path, drawn_as, reference_items, reference_vectors
from retrieval.tuning import CatalogTunedEncoder

SMALL = ShotSet(6, 101, 1)
DEMO_SHOT_SEED = 0  # write_demo_catalog draws every shot with render_product_shot's default seed


class CountingEncoder:
    """Shots as 4x4 thumbnails, counting the shots it encodes."""

    def __init__(self, name: str = "tiny-4px"):
        self.name, self.encoded = name, 0

    def encode_image(self, images):
        self.encoded += len(images)
        return np.stack([np.asarray(image.resize((4, 4)), np.float32).ravel() / 255 for image in images])


def test_the_reference_shots_share_no_piece_with_the_default_demo_catalog():
    config, demo = ExtractionConfig(), DemoCatalogConfig()
    assert config.photo_reference_seed != demo.seed and config.photo_reference_render_seed != DEMO_SHOT_SEED
    shots = ShotSet(config.photo_reference_shots, config.photo_reference_seed, config.photo_reference_render_seed)
    drawn = reference_items(shots)
    shown = generate_demo_items(demo.items, demo.seed)
    assert not {item.id for item in drawn} & {item.id for item in shown}  # an id seeds a piece's design
    assert not {drawn_as(item) for item in drawn} & {drawn_as(item) for item in shown}  # nor a listing's title and facts
    assert len(drawn) >= 0.98 * shots.count


def test_the_vectors_are_cached_and_read_back(tmp_path):
    first = CountingEncoder()
    vectors, labels = reference_vectors(first, SMALL, tmp_path)
    again = CountingEncoder()
    cached, cached_labels = reference_vectors(again, SMALL, tmp_path)
    assert first.encoded == 6 and again.encoded == 0
    assert np.array_equal(vectors, cached) and labels == cached_labels
    assert cache_path(tmp_path, first).is_file()


def test_a_corrupt_cache_is_drawn_again_with_a_warning(tmp_path, caplog):
    reference_vectors(CountingEncoder(), SMALL, tmp_path)
    path = cache_path(tmp_path, CountingEncoder())
    path.write_bytes(path.read_bytes()[:100])
    encoder = CountingEncoder()
    with caplog.at_level(logging.WARNING):
        vectors, _ = reference_vectors(encoder, SMALL, tmp_path)
    assert encoder.encoded == 6 and vectors.shape == (6, 48)
    assert "cannot be read" in caplog.text
    assert reference_vectors(fresh := CountingEncoder(), SMALL, tmp_path)[0].shape == (6, 48) and fresh.encoded == 0


def test_a_stale_cache_is_drawn_again_with_a_warning(tmp_path, caplog):
    reference_vectors(CountingEncoder(), SMALL, tmp_path)
    encoder = CountingEncoder()
    with caplog.at_level(logging.WARNING):
        vectors, labels = reference_vectors(encoder, ShotSet(5, 101, 1), tmp_path)
    assert encoder.encoded == 5 and len(vectors) == len(labels) == 5
    assert "another encoder, shot set or renderer" in caplog.text


def test_another_encoder_keeps_its_own_cache(tmp_path):
    reference_vectors(CountingEncoder("tiny-a"), SMALL, tmp_path)
    other = CountingEncoder("tiny/b")
    reference_vectors(other, SMALL, tmp_path)
    assert other.encoded == 6 and cache_path(tmp_path, other).parent == cache_path(tmp_path, CountingEncoder("tiny-a")).parent


def test_a_tuned_encoder_caches_its_base_vectors_and_tunes_them(tmp_path):
    base = CountingEncoder()
    tuned = CatalogTunedEncoder(base, ImageTuningConfig(), tmp_path / "tuning")
    vectors, _ = reference_vectors(tuned, SMALL, tmp_path)
    plain, _ = reference_vectors(CountingEncoder(), SMALL, tmp_path)
    assert base.encoded == 6 and plain.shape == (6, 48)
    assert vectors.shape == (6, 48 + ImageTuningConfig().dim)
    assert np.allclose(vectors, tuned.tune(plain))


def test_the_key_names_the_encoders_weights_file(tmp_path):
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"first weights")
    encoder = CountingEncoder("open_clip-local")
    encoder.config = SimpleNamespace(backend="open_clip", open_clip_pretrained=str(weights))
    before = cache_key(encoder, SMALL)
    weights.write_bytes(b"other weights, retrained")
    assert cache_key(encoder, SMALL) != before
    assert cache_key(CountingEncoder(), SMALL) != cache_key(CountingEncoder(), ShotSet(6, 102, 1))
