"""How far a kind read from a photo against Facet's own drawn shots can be trusted (issue 15).

A catalog whose listings name no kind Facet reads has its kinds read from the photos by a probe
fitted on the demo renderer's shots (retrieval/reference_shots.py). No listing of such a catalog
can say how often that probe is right, so it is measured here, on the photos of DIAGNOSED held-out
shops (their answer keys' kinds; no word of their listings is read): the accuracy overall becomes
`ExtractionConfig.photo_reference_kind_accuracy`, the factor a reading's probability is scaled by.
Reported too: accuracy by probability band (is the scaled confidence honest?), the confusions, and
the drawn shots' own held-out quarter (`demo_held_out_quarter_mirror`, a mirror: the same renderer's pieces).

A partly read language is simulated too: a random share of each shop's photos labelled by their
key's kind (as the words of a partly read catalog would, each kind only with at least
`photo_min_examples_per_value` of them) fits the catalog's own kind probe, and the rest are read by
that probe alone, by it blended with the drawn shots' probe, by the drawn shots alone, and by the
rule Facet uses (the drawn shots' reading where it names a family the catalog's probe never learned).

    nice -n 10 python benchmarks/photo_reference_kinds.py --shops prg tbs lis bud lhe \
        --out benchmarks/results/extraction_pd_reference_calibration.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.extraction import for_sale, right  # noqa: E402
from benchmarks.heldout_shops import HELDOUT, SHOPS  # noqa: E402
from perception.config import ImageEncoderConfig  # noqa: E402
from perception.image_encoder import create_image_encoder  # noqa: E402
from retrieval.attributes import SoftmaxProbe  # noqa: E402
from retrieval.config import ExtractionConfig  # noqa: E402
from retrieval.lexicon import load_lexicon  # noqa: E402
from retrieval.reference_shots import ENCODE_BATCH, ShotSet, reference_vectors  # noqa: E402

BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
NAMED_SHARES = (0.5, 0.7, 0.9)  # of a shop's photos whose words name their kind
SPLITS = 5  # random draws of the named photos per shop and share
DEMO_HELD_OUT = 0.25
SEED = 0


def encode(encoder, images: list[Image.Image]) -> np.ndarray:
    return np.concatenate([encoder.encode_image(images[start:start + ENCODE_BATCH]) for start in range(0, len(images), ENCODE_BATCH)])


def shop_pieces(folder: Path) -> tuple[list[Image.Image], list[dict]]:
    """The photos of a shop's products for sale and their answer keys."""
    photos, keys = [], []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        key = json.loads(line)
        path = folder / (key.get("image") or "")
        if for_sale(key) and key.get("image") and path.is_file() and not key.get("image_broken"):
            photos.append(Image.open(path).convert("RGB"))
            keys.append(key)
    return photos, keys


def readings(probe: SoftmaxProbe, vectors: np.ndarray) -> list[tuple[str, float]]:
    probabilities = np.stack([probe.probabilities(vector) for vector in vectors])
    return [(probe.values[int(best)], float(row[best])) for row, best in zip(probabilities, probabilities.argmax(axis=1))]


def partly_named(probe: SoftmaxProbe, shops: dict[str, tuple[np.ndarray, list[str]]], lexicon, minimum: int) -> dict:
    """Accuracy on the unnamed photos of each way to read them, over shops and random draws."""
    report = {}
    for share in NAMED_SHARES:
        marks: dict[str, list[bool]] = {"catalog probe": [], "blend": [], "drawn shots": [], "drawn shots for unlearned families": []}
        fitted = 0
        for vectors, kinds in shops.values():
            for split in range(SPLITS):
                order = np.random.default_rng(split).permutation(len(kinds))
                named, rest = order[: int(share * len(kinds))], order[int(share * len(kinds)):]
                counts = Counter(kinds[i] for i in named)
                taught = [i for i in named if counts[kinds[i]] >= minimum]
                if len({kinds[i] for i in taught}) < 2:
                    continue
                fitted += 1
                own = SoftmaxProbe(vectors[taught], [kinds[i] for i in taught])
                learned = {lexicon.family_of(kind) for kind in own.values}
                values = sorted(set(own.values) | set(probe.values))
                for i in rest:
                    mine, drawn = _spread(own, vectors[i], values), _spread(probe, vectors[i], values)
                    drawn_kind = values[int(drawn.argmax())]
                    readings = {"catalog probe": values[int(mine.argmax())], "blend": values[int((mine + drawn).argmax())], "drawn shots": drawn_kind,
                                "drawn shots for unlearned families": drawn_kind if lexicon.family_of(drawn_kind) not in learned else values[int(mine.argmax())]}  # fmt: skip
                    for way, kind in readings.items():
                        marks[way].append(right("category", kind, kinds[i], lexicon))
        report[f"{share:.0%} named"] = {"draws_with_a_fitted_probe": fitted, "unnamed_photos_read": len(marks["blend"]),
                                         **{way: round(float(np.mean(right_)), 3) if right_ else None for way, right_ in marks.items()}}  # fmt: skip
    return report


def _spread(probe: SoftmaxProbe, vector: np.ndarray, values: list[str]) -> np.ndarray:
    """The probe's probabilities over `values` (0 for the values it does not know)."""
    spread = np.zeros(len(values))
    for value, probability in zip(probe.values, probe.probabilities(vector)):
        spread[values.index(value)] = probability
    return spread


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shops", nargs="+", default=["prg", "tbs", "lis", "bud", "lhe"], choices=list(SHOPS))
    parser.add_argument("--seed", type=int, help="the drawn shots' demo seed (default: the configured one)")
    parser.add_argument("--render-seed", type=int, help="the drawn shots' pose seed (default: the configured one)")
    parser.add_argument("--shots", type=int, help="how many pieces the drawn shots draw (default: the configured count)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/extraction_pd_reference_calibration.json"))
    args = parser.parse_args()
    config, lexicon = ExtractionConfig(), load_lexicon()
    if args.seed is not None:
        config = config.model_copy(update={"photo_reference_seed": args.seed})
    if args.render_seed is not None:
        config = config.model_copy(update={"photo_reference_render_seed": args.render_seed})
    if args.shots is not None:
        config = config.model_copy(update={"photo_reference_shots": args.shots})
    encoder = create_image_encoder(ImageEncoderConfig())
    shot_set = ShotSet(config.photo_reference_shots, config.photo_reference_seed, config.photo_reference_render_seed)
    shot_vectors, labels = reference_vectors(encoder, shot_set)
    kept = [i for i, label in enumerate(labels) if label in lexicon.categories]
    shot_vectors, labels = shot_vectors[kept], [labels[i] for i in kept]
    probe = SoftmaxProbe(shot_vectors, labels)
    order = np.random.default_rng(SEED).permutation(len(labels))
    held = int(len(labels) * DEMO_HELD_OUT)
    mirror = SoftmaxProbe(shot_vectors[order[held:]], [labels[i] for i in order[held:]])
    demo_right = [kind == labels[i] for (kind, _), i in zip(readings(mirror, shot_vectors[order[:held]]), order[:held])]
    results, every, encoded = {}, [], {}
    for name in args.shops:
        photos, keys = shop_pieces(HELDOUT / SHOPS[name][0])
        kinds = [key["category"] for key in keys]
        encoded[name] = (encode(encoder, photos).astype(np.float32), kinds)
        read = readings(probe, encoded[name][0])
        marks = [(probability, right("category", kind, want, lexicon), kind, want) for (kind, probability), want in zip(read, kinds)]
        every += marks
        results[name] = {"accuracy": round(float(np.mean([mark[1] for mark in marks])), 3), "n": len(marks)}
    probabilities = np.array([mark[0] for mark in every])
    correct = np.array([mark[1] for mark in every], dtype=float)
    bands = {f"{low:.1f}-{min(high, 1):.1f}": {"n": int(inside.sum()), "accuracy": round(float(correct[inside].mean()), 3) if inside.any() else None,
                                              "mean_probability": round(float(probabilities[inside].mean()), 3) if inside.any() else None}
             for low, high in BANDS for inside in [(probabilities >= low) & (probabilities < high)]}  # fmt: skip
    report = {
        "reference": {"shots": len(labels), "seed": config.photo_reference_seed, "render_seed": config.photo_reference_render_seed,
                      "kinds": dict(Counter(labels)), "encoder": encoder.name},
        "shops": results,
        "overall_accuracy": round(float(correct.mean()), 3),
        "mean_probability": round(float(probabilities.mean()), 3),
        "by_probability": bands,
        "confusions": [[want, got, count] for (want, got), count in Counter((m[3], m[2]) for m in every if not m[1]).most_common(20)],
        "demo_held_out_quarter_mirror": round(float(np.mean(demo_right)), 3),
        "partly_named": partly_named(probe, encoded, lexicon, config.photo_min_examples_per_value),
    }
    print(json.dumps(report, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
