"""Regenerate the ninth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_ninth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_ninth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_ninth.py ist          # one shop

Writes benchmarks/data/heldout/ist_shop/ (Shopify 2025 admin export, TRY) and
benchmarks/data/heldout/mnl_shop/ (WooCommerce, PHP): the export CSV,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(ninth_common.read) or when the export fails the structural self-check.
"""

from __future__ import annotations

import csv
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
    jobs = sorted(jobs)
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def selfcheck_shopify2025(path, truths, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["URL handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        assert all(not r["Title"] for r in rs[1:]), t["handle"]
        vr = [r for r in rs if r["Price"]]
        assert len(vr) == t["variants"], t["handle"]
        prices = [float(r["Price"]) for r in vr]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"] == t["status"]
        imgs = [r["Product image URL"] for r in rs if r["Product image URL"]]
        assert imgs[0] == t["image_url"]
        for u in imgs:
            fn = u.split("/files/")[-1].split("?")[0]
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
            kids = [x for x in rows if x["Type"] == "variation" and x["Parent"] == f"id:{r['ID']}"]
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
                assert exists == (not t["image_broken"]) or u != t["image_url"], u
    assert len(ids) == len(rows)
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")


def fresh_images(outdir, jobs):
    d = os.path.join(outdir, "images")
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["ist", "mnl"]
    if "ist" in which:
        import ist_shop
        truths, rows, jobs, outdir = ist_shop.build(OUT, images)
        path = os.path.join(outdir, ist_shop.EXPORT_NAME)
        write_csv(path, ist_shop.HEADER, rows, bom=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_shopify2025(path, truths, images)
        counts(truths, rows, jobs, "ist")
        stats(truths, "ist")
    if "mnl" in which:
        import mnl_shop
        truths, rows, jobs, outdir = mnl_shop.build(OUT, images)
        path = os.path.join(outdir, mnl_shop.EXPORT_NAME)
        write_csv(path, mnl_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            fresh_images(outdir, jobs)
        selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, "mnl")
        stats(truths, "mnl")


if __name__ == "__main__":
    main()
