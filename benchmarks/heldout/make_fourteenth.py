"""Regenerate the fourteenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_fourteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_fourteenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_fourteenth.py tyo          # one shop

Writes benchmarks/data/heldout/tyo_shop/ (Shopify, JPY) and
benchmarks/data/heldout/sto_shop/ (Squarespace, SEK): the export CSV,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(fourteenth_common.read_evidence) or when the export fails the structural
self-checks below.
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
from fourteenth_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def local_path(outdir, url, prefix):
    return os.path.join(outdir, "images", url.split(prefix)[1].split("?")[0])


def selfcheck_shopify(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
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
        assert (rs[0]["Published on online store"] == "TRUE") == (t["status"] == "active")
        imgs = [r["Product image URL"] for r in rs if r["Product image URL"]]
        assert imgs[0] == t["image_url"]
        for r in vr:
            if r["Variant image URL"]:
                assert r["Variant image URL"] in imgs, t["handle"]
        for u in imgs:
            exists = os.path.exists(local_path(os.path.dirname(path), u, host))
            if images:
                assert exists == (not (u == t["image_url"] and t["image_broken"])), u
    return rows


def selfcheck_squarespace(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["Product ID [Non Editable]"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    vids = [r["Variant ID [Non Editable]"] for r in rows]
    assert len(set(vids)) == len(vids)
    for t in truths:
        rs = by[t["squarespace_id"]]
        assert rs[0]["Title"] == t["title"] and rs[0]["Product URL"] == t["handle"], t["handle"]
        assert all(not r["Title"] and not r["Product URL"] for r in rs[1:]), t["handle"]
        assert len(rs) == t["variants"], t["handle"]
        prices = [float(r["Sale Price"]) if r["On Sale"] == "Yes" else float(r["Price"]) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert (rs[0]["Visible"] == "Yes") == (t["status"] == "visible"), t["handle"]
        urls = rs[0]["Hosted Image URLs"].split()
        assert urls[0] == t["image_url"], t["handle"]
        if images:
            for u in urls:
                exists = os.path.exists(local_path(os.path.dirname(path), u, host))
                assert exists == (not (u == t["image_url"] and t["image_broken"])), u
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["tyo", "sto"]
    for key in ("tyo", "sto"):
        if key not in which:
            continue
        shop = __import__(f"{key}_shop")
        truths, rows, jobs, outdir = shop.build(OUT, images)
        path = os.path.join(outdir, shop.EXPORT_NAME)
        write_csv(path, shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(sorted(jobs))
        if key == "tyo":
            selfcheck_shopify(path, truths, shop.HOST, images)
        else:
            selfcheck_squarespace(path, truths, shop.HOST, images)
        counts(truths, rows, jobs, key)
        stats(truths, key)


if __name__ == "__main__":
    main()
