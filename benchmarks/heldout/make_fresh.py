"""Regenerate the second-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_fresh.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_fresh.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_fresh.py hyd          # one shop

Writes benchmarks/data/heldout/hyd_shop/ (Shopify, INR) and
benchmarks/data/heldout/mel_shop/ (WooCommerce, AUD): the export CSV,
images/ and truth.jsonl.  SHOP.md and queries.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(see fresh_common.read_evidence) or when the export fails the structural
self-check below.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
from fresh_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def selfcheck_shopify(path, truths, images=True):
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
        for u in imgs:
            fn = u.split("/files/")[1].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def selfcheck_woo(path, truths, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = {r["ID"]: r for r in rows}
    parents = [r for r in rows if r["Type"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    for t, r in zip(truths, parents):
        assert r["Name"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        if r["Type"] == "variable":
            kids = [x for x in rows if x["Type"] == "variation" and x["Parent"] in (f"id:{r['ID']}", r["SKU"] or "#")]
            assert len(kids) == t["variants"], t["handle"]
            prices = [float(x["Sale price"] or x["Regular price"]) for x in kids]
        else:
            prices = [float(r["Sale price"] or r["Regular price"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r["Published"]] == t["status"]
        assert r["Images"].split(", ")[0] == t["image_url"]
        if images:
            for u in r["Images"].split(", "):
                fn = u.split("/wp-content/uploads/")[1]
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                assert exists == (not t["image_broken"]), u
    assert len(ids) == len(rows)
    return rows


def counts(truths, rows, jobs, label, outdir):
    n_img = len(jobs)
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    line = (f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
            f"{n_img} images, {sum(t['image_broken'] for t in truths)} broken links")
    print(line)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["hyd", "mel"]
    if "hyd" in which:
        import hyd_shop
        truths, rows, jobs, outdir = hyd_shop.build(OUT, images)
        path = os.path.join(outdir, "products_export.csv")
        write_csv(path, hyd_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(jobs)
        selfcheck_shopify(path, truths, images)
        counts(truths, rows, jobs, "hyd", outdir)
        stats(truths, "hyd")
    if "mel" in which:
        import mel_shop
        truths, rows, jobs, outdir = mel_shop.build(OUT, images)
        path = os.path.join(outdir, mel_shop.EXPORT_NAME)
        write_csv(path, mel_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs)
        selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, "mel", outdir)
        stats(truths, "mel")


if __name__ == "__main__":
    main()
