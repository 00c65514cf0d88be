"""What the catalog tuning of image vectors (retrieval/tuning.py) costs at ingest and what it buys:
shoppers' photos of the demo catalog (as in benchmarks/vision.py) looked up among the catalog's
tuned vectors, for fits with fewer made-up views per shot and on a sample of the shots.

    nice -n 10 python benchmarks/tuning_cost.py [--items 480] [--out benchmarks/results/tuning_cost.json]

Each row: Recall@1 and @10 of every item's shopper photo, Recall@1 of the items the fit did not
see (with a sample), and the fit's wall-clock and CPU seconds (making the views, encoding them,
training the projection). The untuned row is the encoder alone. The demo catalog is the tuned
set; the held-out photo requests are measured by benchmarks/heldout_shop.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from benchmarks.vision import PHOTO_SIDE, SEED, piece_cutout, recall, twins  # noqa: E402
from perception.augment import shopper_photo  # noqa: E402
from perception.config import ImageEncoderConfig  # noqa: E402
from perception.image_encoder import create_image_encoder, open_image  # noqa: E402
from retrieval.catalog import load_catalog  # noqa: E402
from retrieval.config import ImageTuningConfig  # noqa: E402
from retrieval.demo.generate import write_demo_catalog  # noqa: E402
from retrieval.tuning import CatalogTunedEncoder  # noqa: E402

# (made-up views per shot, shots in the fit as a share of the catalog)
GRID = [(4, 1.0), (2, 1.0), (1, 1.0), (4, 0.5), (2, 0.5)]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=480)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/tuning_cost.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="facet-tuning-"))
    items = load_catalog(write_demo_catalog(work / "demo", n=args.items)).items
    shots = [open_image(item.image) for item in items]
    photos = [shopper_photo(piece_cutout(item, PHOTO_SIDE), random.Random(f"{SEED}:{item.id}")).image for item in items]
    same = twins(items)
    base = create_image_encoder(ImageEncoderConfig())
    catalog, queries = base.encode_image(shots), base.encode_image(photos)
    own = np.arange(len(items))
    rows = [{"views": 0, "fit_share": 0.0, **recall(catalog, queries, same)}]
    for views, share in GRID:
        encoder = CatalogTunedEncoder(base, ImageTuningConfig(views=views), work / f"fit-{views}-{share}")
        seen = np.sort(np.random.default_rng(SEED).permutation(len(shots))[: round(share * len(shots))])
        started, cpu = time.perf_counter(), cpu_seconds()
        encoder.fit([shots[n] for n in seen])
        row = {"views": views, "fit_share": share, "fit_shots": len(seen), "fit_seconds": round(time.perf_counter() - started, 1),
               "fit_cpu_seconds": round(cpu_seconds() - cpu, 1), **recall(encoder.tune(catalog), encoder.tune(queries), same)}  # fmt: skip
        unseen = np.setdiff1d(own, seen)
        if len(unseen):
            first = np.argmax(encoder.tune(queries[unseen]) @ encoder.tune(catalog).T, axis=1)
            row["recall_at_1_not_in_fit"] = round(float((first == unseen).mean()), 3)
        rows.append(row)
        print(row, flush=True)
    print(f"\n{'views':>5} {'fit share':>9} {'R@1':>6} {'R@10':>6} {'R@1 unseen':>10} {'fit s':>6} {'fit CPU s':>9}")
    for row in rows:
        print(f"{row['views']:>5} {row['fit_share']:>9} {row['recall_at_1']:>6} {row['recall_at_10']:>6} "
              f"{row.get('recall_at_1_not_in_fit', '—'):>10} {row.get('fit_seconds', '—'):>6} {row.get('fit_cpu_seconds', '—'):>9}")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()}
    args.out.write_text(json.dumps({"items": len(items), "rows": rows, "machine": machine}, indent=2))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
