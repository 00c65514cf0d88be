"""Regenerate the thirty-fourth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_thirtyfourth.py              # all shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_thirtyfourth.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_thirtyfourth.py rkv          # one shop

Writes benchmarks/data/heldout/rkv_shop/ (Shopify product CSV export, ISK, Icelandic) and, when its
generator exists, benchmarks/data/heldout/ruh_shop/ (Amazon.sa inventory file, SAR): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.  The build
stops when a written field contradicts the answer key (twentyseventh-round evidence reader with
this round's Icelandic keyword rules) or when the export fails its self-check.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtyfourth_common import stats, write_jsonl  # noqa: E402

OUT = os.path.join(HERE, "..", "data", "heldout")


def counts(truths, nrows, jobs, shop):
    live = sum(t["live"] for t in truths)
    nvar = sum(t["variants"] for t in truths)
    broken = sum(t["image_broken"] for t in truths)
    print(f"{shop}: {len(truths)} products, {live} live, {nrows} rows, {nvar} variants, {len(jobs)} photos, {broken} missing")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or [s for s in ("rkv", "ruh") if os.path.exists(os.path.join(HERE, f"{s}_shop.py"))]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        mod.write_export(path, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            from make_fresh import run_renders
            shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
            os.makedirs(os.path.join(outdir, "images"))
            for j in jobs:
                os.makedirs(os.path.dirname(j[0]), exist_ok=True)
            run_renders(jobs, workers=1)
        mod.selfcheck(path, truths, images)
        counts(truths, mod.row_count(rows), jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
