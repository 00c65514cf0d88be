"""Regenerate the fourth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_fourth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_fourth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_fourth.py kol          # one shop

Writes benchmarks/data/heldout/kol_shop/ (Shopify, INR) and
benchmarks/data/heldout/tor_shop/ (WooCommerce, CAD): the export CSV,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(fresh_common.read_evidence) or when the export fails the structural
self-check of make_fresh.py (reused unchanged).
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fourth_common  # noqa: E402,F401  (registers the extra kinds with the evidence reader)
from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import counts, run_renders, selfcheck_shopify, selfcheck_woo  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def fresh_images(outdir, jobs):
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    os.makedirs(os.path.join(outdir, "images"))
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["kol", "tor"]
    if "kol" in which:
        import kol_shop
        truths, rows, jobs, outdir = kol_shop.build(OUT, images)
        path = os.path.join(outdir, kol_shop.EXPORT_NAME)
        write_csv(path, kol_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_shopify(path, truths, images)
        counts(truths, rows, jobs, "kol", outdir)
        stats(truths, "kol")
    if "tor" in which and os.path.exists(os.path.join(HERE, "tor_shop.py")):
        import tor_shop
        truths, rows, jobs, outdir = tor_shop.build(OUT, images)
        path = os.path.join(outdir, tor_shop.EXPORT_NAME)
        write_csv(path, tor_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, "tor", outdir)
        stats(truths, "tor")


if __name__ == "__main__":
    main()
