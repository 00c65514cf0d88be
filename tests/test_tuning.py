"""Image vectors tuned to the catalog at ingest (retrieval/tuning.py, perception/views.py): the
fit on synthetic vectors, the tuned encoder's vectors, and when the index refits."""

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from perception.views import catalog_cutout, training_view
from retrieval.catalog import Item
from retrieval.config import ImageTuningConfig, IndexConfig
from retrieval.index import CatalogIndex, connect
from retrieval.tuning import UNFITTED, CatalogTunedEncoder, fit_projection, tuned_for_catalog

SMALL = ImageTuningConfig(dim=8, steps=150, views=2, min_items=4, learning_rate=1e-2)


def nearest_is_own(queries: np.ndarray, items: np.ndarray) -> float:
    return float((np.argmax(queries @ items.T, axis=1) == np.arange(len(queries))).mean())


def unit(vectors: np.ndarray) -> np.ndarray:
    return (vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)).astype(np.float32)


def test_fit_learns_which_directions_tell_items_apart():
    """Photos differ from their item's shot mostly along a few shared directions (light,
    background): the frozen vectors often miss the own item, the fitted projection learns to
    look past those directions, also for photos it never saw."""
    rng = np.random.default_rng(0)
    items = unit(rng.normal(size=(48, 32)))
    nuisance = rng.normal(size=(3, 32))

    def photos():
        return unit(items + 0.6 * rng.normal(size=(48, 3)) @ nuisance)

    projection = fit_projection(items, np.stack([photos() for _ in range(4)]), SMALL)
    assert projection.shape == (32, SMALL.dim)

    def tuned(vectors):
        return unit(vectors @ projection)

    new_photos = photos()
    before, after = nearest_is_own(new_photos, items), nearest_is_own(tuned(new_photos), tuned(items))
    assert before < 0.7 and after > before + 0.2, (before, after)


class TinyImageEncoder:
    """4x4 thumbnails as 48-d vectors, the last 3 the mean colour; counts its images."""

    name = "tiny-thumbnail-test"

    def __init__(self):
        self.encoded = 0

    def encode_image(self, images):
        self.encoded += len(images)
        self.sizes = [*getattr(self, "sizes", []), *(image.size for image in images)]
        rows = [np.asarray(image.convert("RGB").resize((4, 4)), np.float32).ravel() / 255 - 0.5 for image in images]
        return unit(np.array(rows))

    def without_colors(self, vector):
        shape = vector.copy()
        shape[-3:] = 0.0
        return shape / np.linalg.norm(shape)


def piece_shot(number: int) -> Image.Image:
    """A plain-background catalog shot of a coloured shape, different for every number."""
    shot = Image.new("RGB", (96, 96), (240, 239, 236))
    draw = ImageDraw.Draw(shot)
    color = ((number * 67) % 200, (number * 131) % 200, (number * 29) % 200)
    box = [20 + number % 7, 24 + number % 5, 70 - number % 6, 72 - number % 4]
    (draw.ellipse if number % 2 else draw.rectangle)(box, fill=color)
    return shot


def test_catalog_cutout_lifts_the_piece_off_its_background():
    alpha = np.asarray(catalog_cutout(piece_shot(3)).getchannel("A"))
    assert alpha[48, 48] > 200  # the piece
    assert alpha[2, 2] < 10 and alpha[93, 93] < 10  # the paper


def test_training_views_are_seeded_photos_of_the_piece():
    cutout = catalog_cutout(piece_shot(5))
    first, again = training_view(cutout, random.Random(1)), training_view(cutout, random.Random(1))
    other = training_view(cutout, random.Random(2))
    assert first.mode == "RGB" and max(first.size) <= 320
    assert np.array_equal(np.asarray(first), np.asarray(again))
    assert first.size != other.size or not np.array_equal(np.asarray(first), np.asarray(other))


def test_tuned_vectors_keep_the_frozen_vector_and_one_length(tmp_path):
    encoder = CatalogTunedEncoder(TinyImageEncoder(), SMALL, tmp_path)
    shots = [piece_shot(number) for number in range(6)]
    unfitted = encoder.encode_image(shots)
    assert encoder.revision == UNFITTED
    assert unfitted.shape == (6, 48 + SMALL.dim) and np.allclose(unfitted[:, 48:], 0)

    encoder.fit(shots)
    fitted = encoder.encode_image(shots)
    assert encoder.revision != UNFITTED and (tmp_path / f"{encoder.name}.npy").is_file()
    assert fitted.shape == unfitted.shape and np.allclose(np.linalg.norm(fitted, axis=1), 1, atol=1e-5)
    assert not np.allclose(fitted[:, 48:], 0)
    assert np.allclose(encoder.frozen_part(fitted), encoder.base.encode_image(shots), atol=1e-5)

    # words overrule the photo's colours: the encoder's own shape-only vector, nothing learned
    shape_only = encoder.without_colors(fitted[0])
    assert shape_only.shape == fitted[0].shape and np.linalg.norm(shape_only) == pytest.approx(1, abs=1e-5)
    assert np.allclose(shape_only[:48], encoder.base.without_colors(encoder.base.encode_image(shots[:1])[0]), atol=1e-5)
    assert np.allclose(shape_only[-3 - SMALL.dim :], 0)


def test_a_refit_by_another_process_is_picked_up(tmp_path):
    serving = CatalogTunedEncoder(TinyImageEncoder(), SMALL, tmp_path)
    first = serving.revision
    CatalogTunedEncoder(TinyImageEncoder(), SMALL, tmp_path).fit([piece_shot(number) for number in range(6)])
    assert serving.revision != first


def test_only_encoders_without_a_text_tower_are_tuned(tmp_path):
    class JointSpace(TinyImageEncoder):
        def encode_text(self, texts):
            raise AssertionError("not called")

    assert isinstance(tuned_for_catalog(TinyImageEncoder(), ImageTuningConfig(), tmp_path), CatalogTunedEncoder)
    clip = JointSpace()
    assert tuned_for_catalog(clip, ImageTuningConfig(), tmp_path) is clip
    plain = TinyImageEncoder()
    assert tuned_for_catalog(plain, ImageTuningConfig(enabled=False), tmp_path) is plain


class WordCountEncoder:
    name = "word-count-test"

    def encode_text(self, texts):
        return unit(np.array([[len(text), text.count(" ") + 1, 1.0] for text in texts]))


def shop(folder, numbers) -> list[Item]:
    items = []
    for number in numbers:
        path = folder / f"shot-{number}.png"
        piece_shot(number).save(path)
        items.append(Item(id=f"P{number}", title=f"Piece {number}", category="ring", metal="platinum",
                          price=100 + number, currency="USD", image=str(path)))  # fmt: skip
    return items


def test_the_index_fits_on_a_new_catalog_and_keeps_the_fit_for_small_changes(tmp_path):
    base = TinyImageEncoder()
    tuned = CatalogTunedEncoder(base, SMALL, tmp_path / "tuning")
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), WordCountEncoder(), tuned, IndexConfig())

    first = index.ingest(shop(tmp_path, range(10)), progress=False)
    assert first.tuned_on == 10 and "tuned on 10 shots" in first.summary()
    fitted = tuned.revision
    # the 10 photos embedded, then the fit on their stored vectors and 2 views each: no photo encoded twice
    assert base.encoded == 10 + 2 * 10
    stored = index.images.get(ids=["P3"], include=["embeddings"])["embeddings"][0]
    assert np.allclose(stored, tuned.encode_image([piece_shot(3)])[0], atol=1e-5)  # re-tuned with the new fit
    assert not index.check(shop(tmp_path, range(10))).drifted

    base.encoded = 0
    grown = index.ingest(shop(tmp_path, range(11)), progress=False)  # one new item: no refit
    assert grown.tuned_on == 0 and tuned.revision == fitted and base.encoded == 1
    stored = index.images.get(ids=["P10"], include=["embeddings"])["embeddings"][0]
    assert np.allclose(stored, tuned.encode_image([piece_shot(10)])[0], atol=1e-5)

    base.encoded = 0
    replaced = index.ingest(shop(tmp_path, range(20, 32)), sync=True, progress=False)  # another catalog
    assert replaced.tuned_on == 12 and tuned.revision != fitted
    assert index.images.count() == 12 and base.encoded == 12 + 2 * 12
    assert not index.check(shop(tmp_path, range(20, 32))).drifted


def test_a_refit_retunes_every_photo_left_from_the_old_fit_without_encoding_it_again(tmp_path):
    base = TinyImageEncoder()
    tuned = CatalogTunedEncoder(base, SMALL, tmp_path / "tuning")
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), WordCountEncoder(), tuned, IndexConfig())
    index.ingest(shop(tmp_path, range(6)), progress=False)
    # 10 new items outnumber the 6 kept: a refit, on the catalog's 16 photos, after which the 6
    # old photos are stale too, and are re-tuned from their stored vectors
    base.encoded = 0
    report = index.ingest(shop(tmp_path, range(16)), progress=False)
    assert report.tuned_on == 16 and base.encoded == 10 + 2 * 16
    stored = index.images.get(ids=["P0"], include=["embeddings"])["embeddings"][0]
    assert np.allclose(stored, tuned.encode_image([piece_shot(0)])[0], atol=1e-5)


@pytest.mark.parametrize("count", [3])
def test_too_few_photos_leave_the_vectors_untuned(tmp_path, count):
    tuned = CatalogTunedEncoder(TinyImageEncoder(), SMALL, tmp_path / "tuning")
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), WordCountEncoder(), tuned, IndexConfig())
    assert index.ingest(shop(tmp_path, range(count)), progress=False).tuned_on == 0
    assert tuned.revision == UNFITTED and index.images.count() == count


def test_the_fit_reads_shrunk_copies_of_the_shots(tmp_path):
    base = TinyImageEncoder()
    tuned = CatalogTunedEncoder(base, SMALL.model_copy(update={"max_photo_side": 48}), tmp_path / "tuning")
    seen = []
    fit = tuned.fit
    tuned.fit = lambda shots, fingerprint, encoded: (seen.extend(shot.size for shot in shots), fit(shots, fingerprint, encoded))
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), WordCountEncoder(), tuned, IndexConfig())
    index.ingest(shop(tmp_path, range(6)), progress=False)
    assert seen == [(48, 48)] * 6  # the 96-pixel shots, halved; the index itself embeds them whole
    assert base.sizes[:6] == [(96, 96)] * 6 and (96, 96) not in base.sizes[6:]

