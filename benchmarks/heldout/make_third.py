"""Regenerate the third-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_third.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_third.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_third.py chn          # one shop (chn / dxb)

Writes benchmarks/data/heldout/chn_shop/ (Shopify 2025 export, INR) and
benchmarks/data/heldout/dxb_shop/ (WooCommerce 9.2+ export, AED): the export
CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(third_common.read_evidence) or when the export fails the structural self-check.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import run_renders, selfcheck_woo  # noqa: E402
from third_common import selfcheck_shopify_2025  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    cats = {}
    for t in truths:
        cats[t["category"]] = cats.get(t["category"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")
    print(f"{label} categories: {dict(sorted(cats.items(), key=lambda x: -x[1]))}")
    for key in ("metal", "gemstone"):
        c = {}
        for t in truths:
            c[t[key]] = c.get(t[key], 0) + 1
        print(f"{label} {key}: {dict(sorted(c.items(), key=lambda x: -x[1]))}")


def fresh_images(outdir, jobs):
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    os.makedirs(os.path.join(outdir, "images"))
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["chn", "dxb"]
    if "chn" in which:
        import chn_shop
        truths, rows, jobs, outdir = chn_shop.build(OUT, images)
        path = os.path.join(outdir, chn_shop.EXPORT_NAME)
        write_csv(path, chn_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_shopify_2025(path, truths, images)
        counts(truths, rows, jobs, "chn")
        stats(truths, "chn")
    if "dxb" in which and os.path.exists(os.path.join(HERE, "dxb_shop.py")):
        import dxb_shop
        truths, rows, jobs, outdir = dxb_shop.build(OUT, images)
        path = os.path.join(outdir, dxb_shop.EXPORT_NAME)
        write_csv(path, dxb_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, "dxb")
        stats(truths, "dxb")


if __name__ == "__main__":
    main()
