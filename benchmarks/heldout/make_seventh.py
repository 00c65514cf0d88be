"""Regenerate the seventh-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_seventh.py              # every shop, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_seventh.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_seventh.py kul          # one shop

Writes benchmarks/data/heldout/kul_shop/ (WooCommerce, MYR: the export CSV,
images/YYYY/MM/, truth.jsonl) and benchmarks/data/heldout/nyc_shop/ (Shopify,
USD: products_export_1.csv, images/, truth.jsonl).  SHOP.md and queries*.jsonl are hand-written
and left alone.  The build stops when a written field contradicts the answer
key (evidence.py's English reading plus seventh_common's Malay / Chinese
reading; nyc_shop reads 'gold filled' itself) or when the export fails make_fresh's structural self-check.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import counts, run_renders, selfcheck_shopify, selfcheck_woo  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")
SHOPS = ("kul", "nyc")


def build_woo(mod, label, images):
    truths, rows, jobs, outdir = mod.build(OUT, images)
    path = os.path.join(outdir, mod.EXPORT_NAME)
    write_csv(path, mod.HEADER, rows, bom=True, php_quoting=True)
    write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
    if images:
        shutil.rmtree(os.path.join(outdir, "images"))
        os.makedirs(os.path.join(outdir, "images"))
        for pth, _, _ in jobs:
            os.makedirs(os.path.dirname(pth), exist_ok=True)
        run_renders(jobs)
    selfcheck_woo(path, truths, images)
    counts(truths, rows, jobs, label, outdir)
    stats(truths, label)


def build_shopify(mod, label, images):
    truths, rows, jobs, outdir = mod.build(OUT, images)
    path = os.path.join(outdir, mod.EXPORT_NAME)
    write_csv(path, mod.HEADER, rows)
    write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
    if images:
        shutil.rmtree(os.path.join(outdir, "images"))
        os.makedirs(os.path.join(outdir, "images"))
        run_renders(jobs)
    selfcheck_shopify(path, truths, images)
    counts(truths, rows, jobs, label, outdir)
    stats(truths, label)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or list(SHOPS)
    if "kul" in which:
        import kul_shop
        build_woo(kul_shop, "kul", images)
    if "nyc" in which:
        import nyc_shop
        build_shopify(nyc_shop, "nyc", images)


if __name__ == "__main__":
    main()
