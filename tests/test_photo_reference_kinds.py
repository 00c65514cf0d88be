"""A catalog whose words name no kind Facet reads (retrieval/photo_facts.py, retrieval/reference_shots.py):
its photos' kinds are read by a probe fitted on Facet's own drawn shots, at the configured measured
accuracy, and flagged as such; a catalog whose words name kinds keeps its own probe and its words."""

import numpy as np
import pytest

from retrieval.attributes import SoftmaxProbe
from retrieval.config import ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.product import Product
from retrieval.importer import unread_kinds_warning
from retrieval.item import Item, Provenance
from retrieval.lexicon import load_lexicon
from retrieval.photo_facts import REFERENCE_EVIDENCE, CatalogPhotoReader, fuse
from retrieval.reference_shots import ShotSet, reference_kind_probe, reference_shots

KINDS = ("ring", "earrings", "necklace", "bracelet", "anklet", "brooch")  # one of each core family
TITLE_OF = {"ring": "Ring", "earrings": "Earrings", "necklace": "Necklace", "bracelet": "Bracelet", "anklet": "Anklet", "brooch": "Brooch"}
NOISE = 0.05
WORDLESS = ("Aurora", "Nádherný kousek", "Meridian")  # titles naming no kind Facet reads


def vector(kind: str, rng) -> np.ndarray:
    """A made-up photo vector: one direction per kind, plus noise."""
    raw = np.zeros(len(KINDS), np.float32)
    raw[KINDS.index(kind)] = 1.0
    raw += rng.normal(0, NOISE, raw.shape)
    return raw / np.linalg.norm(raw)


def made_up_reference(calls: list) -> callable:
    """A reference kind probe on made-up vectors; `calls` counts how often it was made."""
    def make() -> SoftmaxProbe:
        calls.append(1)
        rng = np.random.default_rng(1)
        return SoftmaxProbe(np.stack([vector(kind, rng) for kind in KINDS * 10]), list(KINDS * 10))
    return make


def read_catalog(titles: dict[str, str], kinds: dict[str, str], config: ExtractionConfig, calls: list):
    lexicon, rng = load_lexicon(), np.random.default_rng(0)
    extractor = Extractor(lexicon, config)
    extractions = {item_id: extractor.extract(Product(1, title=title, id=item_id)) for item_id, title in titles.items()}
    vectors = {item_id: vector(kinds[item_id], rng) for item_id in titles}
    reader = CatalogPhotoReader(lexicon, config, made_up_reference(calls))
    reader.fit(vectors, extractions)
    for item_id, extraction in extractions.items():
        fuse(extraction, reader.read(vectors[item_id]), reader)
    return reader, extractions


def wordless_catalog(count: int = 20, kinds: tuple[str, ...] = KINDS[:2]):
    titles = {f"w{n}": f"{WORDLESS[n % len(WORDLESS)]} {n}" for n in range(count)}
    return titles, {item_id: kinds[n % len(kinds)] for n, item_id in enumerate(titles)}


def worded(titles: dict, kinds: dict, named: tuple[str, ...], each: int = 10) -> None:
    """`each` pieces of every kind in `named` whose titles name it."""
    for kind in named:
        for n in range(each):
            titles[f"{kind}{n}"], kinds[f"{kind}{n}"] = f"14k Gold {TITLE_OF[kind]}", kind


def test_no_kind_words_the_kind_is_read_against_the_drawn_shots():
    calls = []
    titles, kinds = wordless_catalog()
    config = ExtractionConfig(photo_reference_kind_accuracy=0.6)
    reader, extractions = read_catalog(titles, kinds, config, calls)
    assert calls == [1] and reader.kinds_from_reference
    for item_id, extraction in extractions.items():
        kind = extraction.facts["category"]
        assert (kind.value, kind.source) == (kinds[item_id], "photo")
        assert REFERENCE_EVIDENCE in kind.evidence
        assert kind.confidence <= 0.6  # the probe's probability times the measured accuracy


def test_a_reading_below_the_minimum_confidence_stays_unknown():
    titles, kinds = wordless_catalog()
    config = ExtractionConfig(photo_reference_kind_accuracy=0.2, photo_min_confidence=0.3)
    _, extractions = read_catalog(titles, kinds, config, [])
    assert {extraction.facts["category"].value for extraction in extractions.values()} == {"unknown"}


def test_switched_off_no_kind_is_read_from_the_photos():
    titles, kinds = wordless_catalog()
    calls = []
    reader, extractions = read_catalog(titles, kinds, ExtractionConfig(photo_reference_kinds=False), calls)
    assert calls == [] and "category" not in reader.probes
    assert {extraction.facts["category"].value for extraction in extractions.values()} == {"unknown"}


def test_every_core_family_named_the_catalogs_own_probe_reads_and_the_words_win():
    titles, kinds = wordless_catalog()
    worded(titles, kinds, KINDS)  # enough worded pieces of each core family to fit the catalog's own probe
    titles["liar"], kinds["liar"] = "14k Gold Ring", "earrings"  # the words say ring, the photo earrings
    calls = []
    reader, extractions = read_catalog(titles, kinds, ExtractionConfig(), calls)
    assert calls == [] and not reader.kinds_from_reference and reader.drawn_probe is None
    liar = extractions["liar"].facts["category"]
    assert (liar.value, liar.source) == ("ring", "title")
    assert (extractions["w0"].facts["category"].value, extractions["w0"].facts["category"].source) == ("ring", "photo")
    assert REFERENCE_EVIDENCE not in extractions["w0"].facts["category"].evidence


def test_a_family_the_words_never_teach_is_read_against_the_drawn_shots():
    """Rings and earrings named, brooches never: a silent brooch's photo is read by the drawn shots,
    a silent ring's by the catalog's own probe."""
    titles, kinds = wordless_catalog(12, ("ring", "brooch"))
    worded(titles, kinds, ("ring", "earrings"))
    calls = []
    reader, extractions = read_catalog(titles, kinds, ExtractionConfig(), calls)
    assert calls == [1] and not reader.kinds_from_reference and reader.learned_families == {"ring", "earrings"}
    brooch, ring = extractions["w1"].facts["category"], extractions["w0"].facts["category"]
    assert (brooch.value, brooch.source) == ("brooch", "photo") and REFERENCE_EVIDENCE in brooch.evidence
    assert (ring.value, ring.source) == ("ring", "photo") and REFERENCE_EVIDENCE not in ring.evidence
    assert extractions["ring0"].facts["category"].source == "title"


def test_one_kind_named_is_too_few_the_drawn_shots_read():
    titles, kinds = wordless_catalog()
    for n in range(12):
        titles[f"r{n}"], kinds[f"r{n}"] = "14k Gold Ring", "ring"
    calls = []
    reader, extractions = read_catalog(titles, kinds, ExtractionConfig(), calls)
    assert calls == [1] and reader.kinds_from_reference
    assert extractions["r0"].facts["category"].source == "title"  # the words still win
    assert extractions["w1"].facts["category"].value == "earrings"


def test_the_warning_counts_kinds_read_from_the_drawn_shots():
    drawn = Provenance(source="photo", confidence=0.5, evidence=f"the photo looks like ring ({REFERENCE_EVIDENCE})")
    guessed = [Item(id=f"g{n}", title=f"Aurora {n}", price=10.0, currency="CZK", category="ring", metal="unknown",
                    provenance={"category": drawn}) for n in range(3)]  # fmt: skip
    worded = Item(id="r1", title="Ring", price=10.0, currency="CZK", category="ring", metal="unknown")
    warning = unread_kinds_warning(guessed + [worded], 0.5)[0]
    assert "3 of 4 listings name no kind" in warning and "3 of them had their kind read from the photo alone" in warning
    assert unread_kinds_warning([worded] * 3 + guessed[:1], 0.5) == []


def test_the_drawn_shots_are_labelled_with_the_lexicons_kinds():
    shots, labels = reference_shots(ShotSet(30, 101, 1), set(load_lexicon().categories))
    assert len(shots) == len(labels) == 30 and len(set(labels)) >= 5
    assert set(labels) <= set(load_lexicon().categories)
    rings, ring_labels = reference_shots(ShotSet(30, 101, 1), {"ring"})
    assert set(ring_labels) == {"ring"} and len(rings) < 30


class TinyEncoder:
    """Shots as 4x4 thumbnails: a stand-in image encoder for the probe's plumbing."""

    name = "tiny-4px"

    def encode_image(self, images):
        return np.stack([np.asarray(image.resize((4, 4)), np.float32).ravel() / 255 for image in images])


def test_a_reference_probe_needs_two_kinds():
    probe = reference_kind_probe(TinyEncoder(), ShotSet(40, 101, 1), set(load_lexicon().categories))
    assert probe is not None and len(probe.values) >= 2
    assert reference_kind_probe(TinyEncoder(), ShotSet(40, 101, 1), {"ring"}) is None


@pytest.mark.integration
def test_the_real_encoder_reads_drawn_kinds_it_was_not_fitted_on():
    from perception.config import ImageEncoderConfig
    from perception.image_encoder import create_image_encoder

    encoder, kinds = create_image_encoder(ImageEncoderConfig()), set(load_lexicon().categories)
    probe = reference_kind_probe(encoder, ShotSet(160, 101, 1), kinds)
    shots, labels = reference_shots(ShotSet(40, 11, 0), kinds)  # another demo catalog's pieces
    read = [probe.values[int(np.argmax(probe.probabilities(vector)))] for vector in encoder.encode_image(shots)]
    assert np.mean([got == want for got, want in zip(read, labels)]) >= 0.6
