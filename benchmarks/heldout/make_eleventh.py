"""Regenerate the eleventh-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_eleventh.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_eleventh.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_eleventh.py mun          # one shop

Writes benchmarks/data/heldout/mun_shop/ (Shopify, EUR, German) and
benchmarks/data/heldout/jkt_shop/ (WooCommerce with Indonesian column
headers, IDR): the export CSV, images/ and truth.jsonl.  SHOP.md and
queries*.jsonl are hand-written and left alone.  The build stops when a
written field contradicts the answer key (eleventh_common.evidence) or when
the export fails the structural self-check below.
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
from eleventh_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, sorted(jobs), chunksize=4):
            pass


def selfcheck_shopify(path, truths, host, images=True):
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
            assert u.startswith(host)
            fn = u[len(host):].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images:
                assert exists == (not (u == t["image_url"] and t["image_broken"])), u
    return rows


def selfcheck_woo(path, truths, H, host, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == H
    parents = [r for r in rows if r["Jenis"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    for t, r in zip(truths, parents):
        assert r["Nama"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        if r["Jenis"] == "variable":
            kids = [x for x in rows if x["Jenis"] == "variation" and x["Induk"] == f"id:{r['ID']}"]
            assert len(kids) == t["variants"], t["handle"]
            prices = [float(x["Harga obral"] or x["Harga reguler"]) for x in kids]
        else:
            prices = [float(r["Harga obral"] or r["Harga reguler"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r["Diterbitkan"]] == t["status"]
        assert r["Gambar"].split(", ")[0] == t["image_url"]
        if images:
            for u in r["Gambar"].split(", "):
                assert u.startswith(host)
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(host):]))
                assert exists == (not (u == t["image_url"] and t["image_broken"])), u
    assert len({r["ID"] for r in rows}) == len(rows)
    return rows


def report(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")
    stats(truths, label)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["mun", "jkt"]
    if "mun" in which:
        import mun_shop
        truths, rows, jobs, outdir = mun_shop.build(OUT, images)
        path = os.path.join(outdir, "products_export_1.csv")
        write_csv(path, mun_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(jobs)
        selfcheck_shopify(path, truths, mun_shop.HOST, images)
        report(truths, rows, jobs, "mun")
    if "jkt" in which:
        import jkt_shop
        truths, rows, jobs, outdir = jkt_shop.build(OUT, images)
        path = os.path.join(outdir, jkt_shop.EXPORT_NAME)
        write_csv(path, jkt_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs)
        selfcheck_woo(path, truths, jkt_shop.HEADER, jkt_shop.HOST, images)
        report(truths, rows, jobs, "jkt")


if __name__ == "__main__":
    main()
