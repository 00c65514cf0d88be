"""Regenerate the twelfth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twelfth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twelfth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twelfth.py lyo          # one shop

Writes benchmarks/data/heldout/lyo_shop/ (WooCommerce fr_FR headers, EUR) and
benchmarks/data/heldout/han_shop/ (Shopify, current CSV layout, VND): the
export CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are
hand-written and left alone.  The build stops when a written field
contradicts the answer key (twelfth_common.read_evidence) or when the export
fails the structural self-check below.
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
from twelfth_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def _num(s):
    return float(s.replace(",", "."))


def selfcheck_woo_fr(path, truths, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = [r for r in rows if r["Type"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    assert len({r["ID"] for r in rows}) == len(rows)
    for t, r in zip(truths, parents):
        assert r["Nom"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        if r["Type"] == "variable":
            kids = [x for x in rows if x["Type"] == "variation" and x["Parent"] == f"id:{r['ID']}"]
            assert len(kids) == t["variants"], t["handle"]
            prices = [_num(x["Tarif promo"] or x["Tarif régulier"]) for x in kids]
        else:
            prices = [_num(r["Tarif promo"] or r["Tarif régulier"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r["Publié"]] == t["status"]
        urls = r["Images"].split(", ")
        assert urls[0] == t["image_url"]
        if images:
            for k, u in enumerate(urls):
                fn = u.split("/wp-content/uploads/")[1]
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                assert exists == (not (k == 0 and t["image_broken"])), u
    return rows


def selfcheck_shopify_new(path, truths, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["URL handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        vr = [r for r in rs if r["Price"]]
        assert len(vr) == t["variants"], t["handle"]
        prices = [float(r["Price"]) for r in vr]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"].lower() == t["status"]
        imgs = [r["Product image URL"] for r in rs if r["Product image URL"]]
        assert imgs[0] == t["image_url"]
        if images:
            for u in imgs:
                fn = u.rsplit("/files/", 1)[1].split("?")[0]
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
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
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["lyo", "han"]
    if "lyo" in which:
        import lyo_shop
        truths, rows, jobs, outdir = lyo_shop.build(OUT, images)
        path = os.path.join(outdir, lyo_shop.EXPORT_NAME)
        write_csv(path, lyo_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
            run_renders(jobs)
        selfcheck_woo_fr(path, truths, images)
        counts(truths, rows, jobs, "lyo")
        stats(truths, "lyo")
    if "han" in which:
        import han_shop
        truths, rows, jobs, outdir = han_shop.build(OUT, images)
        path = os.path.join(outdir, han_shop.EXPORT_NAME)
        write_csv(path, han_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
            run_renders(jobs)
        selfcheck_shopify_new(path, truths, images)
        counts(truths, rows, jobs, "han")
        stats(truths, "han")


if __name__ == "__main__":
    main()
