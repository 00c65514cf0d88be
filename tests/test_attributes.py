"""Photo attributes learned from the catalog's own image vectors."""

import random
from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from retrieval import attributes as attributes_module
from retrieval.attributes import (
    HAS_STONE, NO_STONE, AttributeReader, Guess, PhotoAttributes, SoftmaxProbe, describe, labels_of,
)  # fmt: skip

SURE = 0.9
CUTOUT_SIDE = 384  # the demo piece a shopper photographs, in pixels


def attributes(category="ring", metal="rose", stone=HAS_STONE, color="pink", confidence=SURE):
    return PhotoAttributes(
        category=Guess(category, confidence), metal_color=Guess(metal, confidence),
        stone=Guess(stone, confidence), stone_color=Guess(color, confidence) if color else None,
    )  # fmt: skip


def test_describe_says_what_it_sees():
    assert describe(attributes()) == "a rose-gold ring with a pink stone"
    assert describe(attributes(category="earrings", metal="white", stone=NO_STONE, color=None)) == "a silver-toned pair of earrings without stones"
    assert describe(attributes(metal="yellow", color="green")) == "a yellow-gold ring with a green stone"


def test_describe_leaves_out_what_it_is_unsure_of():
    unsure_metal = attributes()
    unsure_metal = PhotoAttributes(unsure_metal.category, Guess("rose", 0.3), unsure_metal.stone, unsure_metal.stone_color)
    assert describe(unsure_metal, min_confidence=0.5) == "a ring with a pink stone"
    assert describe(attributes(confidence=0.3), min_confidence=0.5) == ""


def test_describe_without_a_sure_category_keeps_the_rest_for_search_words():
    unsure_category = replace(attributes(), category=Guess("ring", 0.3))
    assert describe(unsure_category, min_confidence=0.5, require_category=False) == "a rose-gold piece with a pink stone"
    assert describe(attributes(confidence=0.3), min_confidence=0.5, require_category=False) == ""


def test_constraint_values_cover_the_catalog_words():
    seen = attributes(metal="white", color="blue")
    assert seen.metals() == ["white gold", "platinum", "sterling silver"]
    assert seen.gemstone_colors() == ["blue", "light blue", "london blue"]
    assert attributes(stone=NO_STONE, color=None).gemstone_colors() == []


def test_labels_come_from_the_item_metadata():
    assert labels_of({"category": "pendant", "metal": "rose gold", "gemstone": "sapphire", "gemstone_color": "pink"}) == {
        "category": "pendant", "metal_color": "rose", "stone": HAS_STONE, "stone_color": "pink",
    }  # fmt: skip
    plain = labels_of({"category": "bangle", "metal": "titanium", "gemstone": "none", "gemstone_color": ""})
    assert plain == {"category": "bangle", "metal_color": None, "stone": NO_STONE, "stone_color": None}


def clusters(values, per_value=12, dim=16, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(values), dim))
    vectors = np.concatenate([centre + 0.3 * rng.normal(size=(per_value, dim)) for centre in centres])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32), [value for value in values for _ in range(per_value)], centres


def test_softmax_probe_learns_separable_values_and_gives_probabilities():
    vectors, labels, centres = clusters(["ring", "necklace", "bangle"])
    probe = SoftmaxProbe(vectors, labels)
    probabilities = probe.probabilities(centres[1] / np.linalg.norm(centres[1]))
    assert probe.values == ["bangle", "necklace", "ring"]
    assert probabilities.sum() == pytest.approx(1.0) and probe.values[int(probabilities.argmax())] == "necklace"


class FakeIndex:
    """The slice of a CatalogIndex the reader uses: the image collection's count and pages."""

    PAGE = 7

    def __init__(self, vectors, metadatas, image_encoder=None):
        self.vectors, self.metadatas, self.image_encoder = vectors, metadatas, image_encoder

    def count(self, kind):
        assert kind == "image"
        return len(self.metadatas)

    def pages(self, kind, include):
        for offset in range(0, self.count(kind), self.PAGE):
            yield {"embeddings": self.vectors[offset : offset + self.PAGE], "metadatas": self.metadatas[offset : offset + self.PAGE]}


def fake_index(image_encoder=None, n_per_value=10):
    kinds = [("ring", "rose gold", "sapphire", "pink"), ("necklace", "yellow gold", "none", ""), ("bangle", "platinum", "emerald", "green")]
    vectors, labels, _ = clusters(kinds, per_value=n_per_value)
    metadatas = [dict(zip(("category", "metal", "gemstone", "gemstone_color"), kind)) for kind in labels]
    return FakeIndex(vectors, metadatas, image_encoder), vectors, labels


def test_reader_fits_once_and_refits_when_the_catalog_changes(monkeypatch):
    index, vectors, labels = fake_index()
    reader = AttributeReader(index)
    fits = []
    real_fit = attributes_module.fit_probes
    monkeypatch.setattr(attributes_module, "fit_probes", lambda *args: fits.append(1) or real_fit(*args))
    seen = reader.read(vectors[0])
    assert seen.category.value == "ring" and seen.metal_color.value == "rose" and seen.stone_color.value == "pink"
    assert 0 < seen.category.confidence <= 1
    necklace = reader.read(vectors[-11])
    assert necklace.category.value == "necklace" and not necklace.has_stone and necklace.stone_color is None
    assert len(fits) == 1
    index.metadatas = index.metadatas[:-1]  # an item was removed
    reader.read(vectors[0])
    assert len(fits) == 2


def test_reader_with_an_empty_catalog_reads_nothing():
    index = FakeIndex(np.zeros((0, 4), np.float32), [])
    assert AttributeReader(index).read(np.ones(4, np.float32) / 2) is None


def test_reader_of_a_catalog_with_one_kind_of_piece_reads_the_rest_and_no_kind():
    index, vectors, _ = fake_index()
    for metadata in index.metadatas:
        metadata["category"] = None  # a shop whose kinds of piece were not read
    seen = AttributeReader(index).read(vectors[0])
    assert seen.category.value == "" and seen.category.confidence == 0.0
    assert seen.metal_color.value == "rose" and seen.stone_color.value == "pink"
    assert describe(seen, min_confidence=0.5) == ""
    assert describe(seen, min_confidence=0.5, require_category=False) == "a rose-gold piece with a pink stone"


def test_a_clip_encoder_adds_a_zero_shot_opinion():
    texts = []

    def encode_text(prompts):
        texts.extend(prompts)
        vectors = np.random.default_rng(len(texts)).normal(size=(len(prompts), 16)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    index, vectors, _ = fake_index(image_encoder=SimpleNamespace(encode_text=encode_text))
    seen = AttributeReader(index).read(vectors[0])
    assert "a photo of a ring" in texts and "a photo of rose gold jewelry" in texts
    assert "a photo of jewelry with a pink gemstone" in texts
    assert 0 < seen.category.confidence <= 1


@pytest.mark.integration
def test_attributes_of_shopper_photos_of_demo_items(demo_assistant):
    from perception.augment import shopper_photo
    from retrieval.demo.render import piece_cutout

    reader = AttributeReader(demo_assistant.index)
    items = list(demo_assistant.index.items(demo_assistant.index.texts.get()["ids"]).values())
    chosen = items[::10]  # 12 items of every kind
    right = 0
    for item in chosen:
        photo = shopper_photo(piece_cutout(item, CUTOUT_SIDE), random.Random(item.id)).image
        seen = reader.read_photo(photo)
        right += seen.category.value == item.category
        assert describe(seen).startswith(("a ", "an "))
    # benchmarks/vision.py: ~70% of photos of unseen items get their category (of 10) right
    assert right >= len(chosen) // 2, f"{right} of {len(chosen)} categories right"

