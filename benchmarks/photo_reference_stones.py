"""Can Facet's drawn shots tell a stone, and its colour, where a catalog's words are silent? (issue 15)

The kind of piece is read against Facet's own drawn shots when a catalog's words name too few
kinds (retrieval/reference_shots.py). Stones have the same gap: the stone probes (stone or no
stone, the stone's colour) learn only from listings whose words name a stone or its colour, and a
shop whose stones are named in few listings gets no probe, so a stone only its photo shows stays
unread. Measured here before anything is built: probes fitted on the drawn shots (each labelled by
its demo piece's stone and stone colour) read the photos of DIAGNOSED held-out shops, scored
against their answer keys (no word of their listings is read):

- stone or no stone, on every photo and on the pieces whose key says only the photo shows it
  (`evidence.gemstone` names no text place): what the shots' probe would decide there;
- the stone's colour (as plain colour words, a colourless diamond white), on every piece with a
  stone and on those whose key says only the photo shows its colour;
- accuracy by probability band, and what reading the silent pieces would gain and lose at the
  confidence a calibrated reading would have (probability times the measured accuracy) against
  `ExtractionConfig.photo_min_confidence`.

    nice -n 10 python benchmarks/photo_reference_stones.py --shops bcn dac prg tbs tpe \
        --out benchmarks/results/extraction_pd_reference_stones.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.heldout_shops import HELDOUT, SHOPS  # noqa: E402
from benchmarks.photo_reference_kinds import BANDS, encode, readings, shop_pieces  # noqa: E402
from perception.config import ImageEncoderConfig  # noqa: E402
from perception.image_encoder import create_image_encoder  # noqa: E402
from retrieval.attributes import HAS_STONE, NO_STONE, SoftmaxProbe, labels_of  # noqa: E402
from retrieval.config import ExtractionConfig  # noqa: E402
from retrieval.lexicon import load_lexicon  # noqa: E402
from retrieval.photo_facts import STONE_COLOR_OF_PHOTO  # noqa: E402
from retrieval.reference_shots import ShotSet, reference_items, reference_vectors  # noqa: E402

NO_GEMSTONE = "none"  # the answer keys' word


def only_the_photo(key: dict, field: str) -> bool:
    return not any(place != "photo" for place in key.get("evidence", {}).get(field, []))


def banded(marks: list[tuple[float, bool]]) -> dict:
    return {f"{low:.1f}-{min(high, 1):.1f}": {"n": len(inside), "accuracy": round(float(np.mean([ok for _, ok in inside])), 3) if inside else None}
            for low, high in BANDS for inside in [[mark for mark in marks if low <= mark[0] < high]]}  # fmt: skip


def accuracy(marks: list[bool]) -> dict:
    return {"accuracy": round(float(np.mean(marks)), 3) if marks else None, "n": len(marks)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shops", nargs="+", default=["bcn", "dac", "prg", "tbs", "tpe"], choices=list(SHOPS))
    parser.add_argument("--cache", type=Path, help="a cache folder for the drawn shots' vectors")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/extraction_pd_reference_stones.json"))
    args = parser.parse_args()
    config, lexicon = ExtractionConfig(), load_lexicon()
    encoder = create_image_encoder(ImageEncoderConfig())
    shots = ShotSet(config.photo_reference_shots, config.photo_reference_seed, config.photo_reference_render_seed)
    vectors, _ = reference_vectors(encoder, shots, args.cache)
    labels = [labels_of(item.model_dump()) for item in reference_items(shots)]
    stone_probe = SoftmaxProbe(vectors, [label["stone"] for label in labels])
    colored = [i for i, label in enumerate(labels) if label["stone_color"]]
    color_probe = SoftmaxProbe(vectors[colored], [labels[i]["stone_color"] for i in colored])
    plain = lambda color: lexicon.plain_color(STONE_COLOR_OF_PHOTO.get(color, color))  # noqa: E731
    stone_marks, silent_stone, color_marks, silent_color, shops = [], [], [], [], {}
    for name in args.shops:
        photos, keys = shop_pieces(HELDOUT / SHOPS[name][0])
        shop_vectors = encode(encoder, photos).astype(np.float32)
        stones, colors = readings(stone_probe, shop_vectors), readings(color_probe, shop_vectors)
        here = {"stone": [], "color": []}
        for key, (stone, p_stone), (color, p_color) in zip(keys, stones, colors):
            has = key["gemstone"] != NO_GEMSTONE
            mark = (p_stone, stone == (HAS_STONE if has else NO_STONE), has)
            stone_marks.append(mark)
            here["stone"].append(mark[1])
            if only_the_photo(key, "gemstone"):
                silent_stone.append(mark)
            if has and key.get("stone_color"):
                ok = plain(color) == lexicon.plain_color(key["stone_color"])
                color_marks.append((p_color, ok))
                here["color"].append(ok)
                if only_the_photo(key, "stone_color"):
                    silent_color.append((p_color, ok, p_stone if stone == HAS_STONE else 0.0))
        shops[name] = {"stone": accuracy(here["stone"]), "stone_color": accuracy(here["color"]), "pieces": len(keys)}
    stone_accuracy = float(np.mean([ok for _, ok, _ in stone_marks]))
    color_accuracy = float(np.mean([ok for _, ok in color_marks]))
    floor = config.photo_min_confidence
    # The silent pieces a calibrated reading would decide (confidence = probability x accuracy >= floor):
    decided_plain = [(ok, has) for p, ok, has in silent_stone if p * stone_accuracy >= floor]
    report = {
        "reference": {"shots": len(labels), "seed": shots.seed, "render_seed": shots.render_seed, "encoder": encoder.name,
                      "stone_share": round(float(np.mean([label["stone"] == HAS_STONE for label in labels])), 3),
                      "colors": dict(Counter(labels[i]["stone_color"] for i in colored))},
        "shops": shops,
        "stone": {"all": accuracy([ok for _, ok, _ in stone_marks]), "by_probability": banded([(p, ok) for p, ok, _ in stone_marks]),
                  "pieces_with_a_stone_read_as_such": accuracy([ok for _, ok, has in stone_marks if has]),
                  "plain_pieces_read_as_plain": accuracy([ok for _, ok, has in stone_marks if not has]),
                  "only_the_photo_shows_it": accuracy([ok for _, ok, _ in silent_stone]),
                  "only_the_photo_decided_at_calibrated_confidence": accuracy([ok for ok, _ in decided_plain]),
                  "of_which_plain_pieces_read_as_set": sum(not ok and not has for ok, has in decided_plain),
                  "of_which_set_pieces_read_right": sum(ok and has for ok, has in decided_plain)},
        "stone_color": {"all": accuracy([ok for _, ok in color_marks]), "by_probability": banded(color_marks),
                        "only_the_photo_shows_it": accuracy([ok for _, ok, _ in silent_color]),
                        "only_the_photo_decided_at_calibrated_confidence": accuracy(
                            [ok for p, ok, p_stone in silent_color if p * color_accuracy >= floor and p_stone * stone_accuracy >= floor])},
    }
    print(json.dumps(report, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
