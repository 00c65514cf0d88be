"""Regenerate the sixth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_sixth.py              # every shop, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_sixth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_sixth.py mum          # one shop

Writes benchmarks/data/heldout/mum_shop/ (Shopify, INR) and, when its
generator exists, benchmarks/data/heldout/ams_shop/ (WooCommerce, EUR): the
export CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are
hand-written and left alone.  The build stops when a written field
contradicts the answer key or when the export fails the self-check below.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import run_renders, selfcheck_woo  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def selfcheck_shopify(path, truths, host, images=True):
    """One product per handle, titles, variants, price range, status, image files."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["Handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        vr = [r for r in rs if r["Variant Price"]]
        assert len(vr) == t["variants"], t["handle"]
        prices = [float(r["Variant Price"]) for r in vr]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"] == t["status"]
        imgs = [r["Image Src"] for r in rs if r["Image Src"]]
        assert imgs[0] == t["image_url"]
        for u in imgs + [r["Variant Image"] for r in rs if r["Variant Image"]]:
            assert u.startswith(host), u
            fn = u[len(host):].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def report(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")
    stats(truths, label)


def fresh_images(outdir, jobs, images):
    if not images:
        return
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["mum", "ams"]
    if "mum" in which:
        import mum_shop
        truths, rows, jobs, outdir = mum_shop.build(OUT, images)
        path = os.path.join(outdir, "products_export_1.csv")
        write_csv(path, mum_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        fresh_images(outdir, jobs, images)
        selfcheck_shopify(path, truths, mum_shop.HOST, images)
        report(truths, rows, jobs, "mum")
    if "ams" in which and os.path.exists(os.path.join(HERE, "ams_shop.py")):
        import ams_shop
        truths, rows, jobs, outdir = ams_shop.build(OUT, images)
        path = os.path.join(outdir, ams_shop.EXPORT_NAME)
        write_csv(path, ams_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        fresh_images(outdir, jobs, images)
        selfcheck_woo(path, truths, images)
        report(truths, rows, jobs, "ams")


if __name__ == "__main__":
    main()
