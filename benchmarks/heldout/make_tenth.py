"""Regenerate the tenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_tenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_tenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_tenth.py waw          # one shop

Writes benchmarks/data/heldout/waw_shop/ (Shopify, PLN, Warsaw) and
benchmarks/data/heldout/sao_shop/ (WooCommerce, BRL, Sao Paulo): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left
alone.  The build stops when a written field contradicts the answer key or the
export fails the structural self-check.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fresh_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import run_renders  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def selfcheck_shopify_new(path, truths, images=True):
    """The 2024+ Shopify layout: `URL handle`, `Price`, `Product image URL`."""
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
        assert rs[0]["Status"] == t["status"]
        imgs = [r["Product image URL"] for r in rs if r["Product image URL"]]
        assert imgs[0] == t["image_url"]
        for u in imgs + [r["Variant image URL"] for r in rs if r["Variant image URL"]]:
            fn = u.split("/files/")[-1].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def selfcheck_woo(path, truths, images=True, colmap=None):
    """``colmap``: translated header -> the exporter's English column name."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    if colmap:
        rows = [{colmap.get(k, k): v for k, v in r.items()} for r in rows]
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
                assert exists == (not t["image_broken"]), u
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
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["waw", "sao"]
    if "waw" in which:
        import waw_shop
        truths, rows, jobs, outdir = waw_shop.build(OUT, images)
        path = os.path.join(outdir, "products_export_1.csv")
        write_csv(path, waw_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(sorted(jobs))
        selfcheck_shopify_new(path, truths, images)
        report(truths, rows, jobs, "waw")
    if "sao" in which:
        import sao_shop
        truths, rows, jobs, outdir = sao_shop.build(OUT, images)
        path = os.path.join(outdir, sao_shop.EXPORT_NAME)
        write_csv(path, sao_shop.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(sorted(jobs))
        selfcheck_woo(path, truths, images, sao_shop.EN)
        report(truths, rows, jobs, "sao")


if __name__ == "__main__":
    main()
