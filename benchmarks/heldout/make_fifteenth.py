"""Regenerate the fifteenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_fifteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_fifteenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_fifteenth.py sel          # one shop

Writes benchmarks/data/heldout/sel_shop/ (Wix Stores, KRW) and
benchmarks/data/heldout/cai_shop/ (WooCommerce with an Arabic admin, EGP): the
export CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are
hand-written and left alone.  The build stops when a written field contradicts
the answer key (fifteenth_common.evidence) or when the export fails the
structural self-checks below.
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
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def selfcheck_wix(path, truths, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["handleId"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        prod = rs[0]
        assert prod["fieldType"] == "Product" and prod["name"] == t["title"], t["handle"]
        assert all(r["fieldType"] == "Variant" for r in rs[1:])
        base = int(prod["price"])
        fulls = [base + int(r["surcharge"]) for r in rs[1:]] or [base]
        assert len(fulls) == t["variants"], t["handle"]
        mode, val = prod["discountMode"], prod["discountValue"]
        pay = [int(round(x * (100 - int(val)) / 100)) if mode == "PERCENT" else x - int(val) if mode == "AMOUNT" else x
               for x in fulls]
        assert min(pay) == t["price_min"] and max(pay) == t["price_max"], (t["handle"], pay)
        assert (prod["visible"] == "true") == (t["status"] == "active")
        media = prod["productImageUrl"].split(";")
        assert media[0] == t["image_url"]
        if images:
            for j, fn in enumerate(media):
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                assert exists == (not (j == 0 and t["image_broken"])), fn
    return rows


def selfcheck_woo_ar(path, truths, H, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    ID, TYPE, NAME, PUB, REG, SALE, PARENT, IMGS = (H[k] for k in ("ID", "Type", "Name", "Published", "Regular price",
                                                                  "Sale price", "Parent", "Images"))
    parents = [r for r in rows if r[TYPE] in ("simple", "variable")]
    assert len(parents) == len(truths)
    for t, r in zip(truths, parents):
        assert r[NAME] == t["title"] and int(r[ID]) == t["woo_id"], t["handle"]
        if r[TYPE] == "variable":
            kids = [x for x in rows if x[TYPE] == "variation" and x[PARENT] == f"id:{r[ID]}"]
            assert len(kids) == t["variants"], t["handle"]
            prices = [int(x[SALE] or x[REG]) for x in kids]
        else:
            prices = [int(r[SALE] or r[REG])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r[PUB]] == t["status"]
        urls = r[IMGS].split(", ")
        assert urls[0] == t["image_url"]
        if images:
            for j, u in enumerate(urls):
                fn = u.split("/wp-content/uploads/")[1]
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                assert exists == (not (j == 0 and t["image_broken"])), u
    assert len({r[ID] for r in rows}) == len(rows)
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")


def prepare_images(outdir, jobs):
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    os.makedirs(os.path.join(outdir, "images"))
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["sel", "cai"]
    if "sel" in which:
        import sel_shop
        truths, rows, jobs, outdir = sel_shop.build(OUT, images)
        path = os.path.join(outdir, sel_shop.EXPORT_NAME)
        write_csv(path, sel_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            prepare_images(outdir, jobs)
        selfcheck_wix(path, truths, images)
        counts(truths, rows, jobs, "sel")
        stats(truths, "sel")
    if "cai" in which:
        import cai_shop
        truths, rows, jobs, outdir = cai_shop.build(OUT, images)
        path = os.path.join(outdir, cai_shop.EXPORT_NAME)
        write_csv(path, cai_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            prepare_images(outdir, jobs)
        selfcheck_woo_ar(path, truths, cai_shop.H, images)
        counts(truths, rows, jobs, "cai")
        stats(truths, "cai")


if __name__ == "__main__":
    main()
