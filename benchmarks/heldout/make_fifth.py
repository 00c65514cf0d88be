"""Regenerate the fifth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_fifth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_fifth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_fifth.py thr          # one shop

Writes benchmarks/data/heldout/thr_shop/ (Thrissur, Shopify, INR) and
benchmarks/data/heldout/sgp_shop/ (Singapore, WooCommerce, SGD): the export
CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written
and left alone.  The build stops when a written field contradicts the answer
key (fifth_common.fifth_evidence) or the export fails the structural
self-check (make_fresh.selfcheck_shopify / selfcheck_woo, reused unchanged).
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import OUT, counts, run_renders, selfcheck_shopify, selfcheck_woo  # noqa: E402


def fresh_images(outdir, jobs, images):
    if not images:
        return
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    os.makedirs(os.path.join(outdir, "images"))
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["thr", "sgp"]
    if "thr" in which:
        import thr_shop
        truths, rows, jobs, outdir = thr_shop.build(OUT, images)
        path = os.path.join(outdir, "products_export_1.csv")
        write_csv(path, thr_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        fresh_images(outdir, jobs, images)
        selfcheck_shopify(path, truths, images)
        counts(truths, rows, jobs, "thr", outdir)
        stats(truths, "thr")
    if "sgp" in which and os.path.exists(os.path.join(HERE, "sgp_shop.py")):
        import sgp_shop
        truths, rows, jobs, outdir = sgp_shop.build(OUT, images)
        path = os.path.join(outdir, sgp_shop.EXPORT_NAME)
        write_csv(path, sgp_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        fresh_images(outdir, jobs, images)
        selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, "sgp", outdir)
        stats(truths, "sgp")


if __name__ == "__main__":
    main()
