"""Regenerate the seventeenth-round held-out shops (deterministic, seeded).

    nice -n 19 /work/main/.venv/bin/python benchmarks/heldout/make_seventeenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_seventeenth.py --no-images             # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_seventeenth.py tpe                     # one shop

Writes benchmarks/data/heldout/tpe_shop/ (Shopify, TWD) and
benchmarks/data/heldout/tlv_shop/ (Magento 2, ILS): the export CSV, the
photos and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left
alone.  The build stops when a written field contradicts the answer key
(seventeenth_common.read_evidence) or when the export fails the structural
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
from seventeenth_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=1):
    for _, spec, _ in jobs:
        assert spec is not None
    if workers == 1:
        for j in jobs:
            _render_job(j)
        return
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


def selfcheck_shopify(path, truths, images=True):
    import tpe_shop
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == tpe_shop.HEADER
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
        assert (rs[0]["Published"] == "TRUE") == t["published"]
        imgs = [r["Image Src"] for r in rs if r["Image Src"]]
        assert imgs[0] == t["image_url"]
        for u in imgs + [r["Variant Image"] for r in rs if r["Variant Image"]]:
            assert u.startswith(tpe_shop.HOST)
            fn = u.split("?")[0][len("https://cdn.heldout-tpe.example/"):]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def selfcheck_magento(path, truths, images=True):
    import tlv_shop
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == tlv_shop.HEADER
    default = [r for r in rows if not r["store_view_code"]]
    skus = [r["sku"] for r in default]
    assert len(skus) == len(set(skus)), "duplicate sku"
    by = {r["sku"]: r for r in default}
    media = os.path.join(os.path.dirname(path), "pub", "media", "catalog", "product")
    for t in truths:
        r = by[t["sku"]]
        assert r["name"] == t["title"], t["sku"]
        if r["product_type"] == "configurable":
            kids = [dict(x.split("=", 1) for x in part.split(",")) for part in r["configurable_variations"].split("|")]
            assert len(kids) == t["variants"], t["sku"]
            prices = []
            for k in kids:
                c = by[k["sku"]]
                assert c["product_type"] == "simple" and c["visibility"] == "Not Visible Individually"
                prices.append(float(c["special_price"] or c["price"]))
        else:
            prices = [float(r["special_price"] or r["price"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["sku"]
        if images:
            base = r["base_image"]
            assert base == (t["image_path"] or ""), t["sku"]
            if base:
                exists = os.path.exists(media + base)
                assert exists != t["image_broken"], base
            for a in filter(None, r["additional_images"].split(",")):
                assert os.path.exists(media + a), a
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, live {sum(t['live'] for t in truths)}, {len(rows)} rows, "
          f"{sum(t['variants'] for t in truths)} variants, {len(jobs)} images, "
          f"{sum(t['image_broken'] for t in truths)} broken links")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["tpe", "tlv"]
    if "tpe" in which:
        import tpe_shop
        truths, rows, jobs, outdir = tpe_shop.build(OUT, images)
        path = os.path.join(outdir, tpe_shop.EXPORT_NAME)
        write_csv(path, tpe_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs)
        selfcheck_shopify(path, truths, images)
        counts(truths, rows, jobs, "tpe")
        stats(truths, "tpe")
    if "tlv" in which:
        import tlv_shop
        truths, rows, jobs, outdir = tlv_shop.build(OUT, images)
        path = os.path.join(outdir, tlv_shop.EXPORT_NAME)
        write_csv(path, tlv_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "pub"), ignore_errors=True)
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs)
        selfcheck_magento(path, truths, images)
        counts(truths, rows, jobs, "tlv")
        stats(truths, "tlv")


if __name__ == "__main__":
    main()
