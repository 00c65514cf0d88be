"""Regenerate the sixteenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_sixteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_sixteenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_sixteenth.py bkk          # one shop

Writes benchmarks/data/heldout/bkk_shop/ (Shopify, THB, Thai) and
benchmarks/data/heldout/jai_shop/ (BigCommerce, INR, Hindi / Hinglish): the
export CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are written
by hand and left alone.  The build stops when a written field contradicts the
answer key (sixteenth_common.read_evidence) or when the export fails the
structural self-checks below.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_fresh import run_renders  # noqa: E402
from sixteenth_common import stats, write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


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
        assert len({tuple(r[f"Option{i} Value"] for i in (1, 2, 3)) for r in vr}) == len(vr), t["handle"]
        imgs = [r["Image Src"] for r in rs if r["Image Src"]]
        assert imgs[0] == t["image_url"]
        for u in imgs + [r["Variant Image"] for r in rs if r["Variant Image"]]:
            assert u.startswith(host)
            fn = u[len(host):].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def selfcheck_bigcommerce(path, truths, host, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    prods = [r for r in rows if r["Item Type"] == "Product"]
    assert len(prods) == len(truths)
    it = iter(rows)
    groups = []
    for r in rows:
        if r["Item Type"] == "Product":
            groups.append([r])
        else:
            assert r["Item Type"] in ("SKU", "Rule"), r["Item Type"]
            groups[-1].append(r)
    for g, t in zip(groups, truths):
        p = g[0]
        assert p["Product Name"] == t["title"] and int(p["Product ID"]) == t["bc_id"], t["handle"]
        skus = [r for r in g if r["Item Type"] == "SKU"]
        rules = [r for r in g if r["Item Type"] == "Rule"]
        base = float(p["Sale Price"] or p["Price"]) if float(p["Sale Price"] or 0) > 0 else float(p["Price"])
        if skus:
            assert len(skus) == t["variants"], t["handle"]
            prices = []
            for s in skus:
                pr = float(s["Price"]) if s["Price"] else base
                for ru in rules:
                    conds = set(ru["Product Name"].split(","))
                    if conds <= set(s["Product Name"].split(",")):
                        m = re.match(r"\[(ADD|FIXED|REMOVE)\]([\d.]+)", ru["Price"])
                        pr = {"ADD": pr + float(m.group(2)), "REMOVE": pr - float(m.group(2)), "FIXED": float(m.group(2))}[m.group(1)]
                prices.append(round(pr, 2))
        else:
            assert t["variants"] == 1
            prices = [base]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices, t["price_min"], t["price_max"])
        vis = {"Y": True, "N": False}[p["Product Visible?"]]
        buy = {"Y": True, "N": False}[p["Allow Purchases?"]]
        assert t["status"] == ("visible" if vis and buy else "hidden" if not vis else "not purchasable"), t["handle"]
        urls = [p[k] for k in p if k.startswith("Product Image URL - ") and p[k]]
        assert urls[0] == t["image_url"], t["handle"]
        for u in urls:
            assert u.startswith(host)
            fn = u[len(host):].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")


def prepare_images(outdir, jobs, images):
    paths = [pth for pth, _, _ in jobs]
    assert len(paths) == len(set(paths)), "two photos would be written to the same file"
    if not images:
        return
    shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    run_renders(jobs)


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["bkk", "jai"]
    if "bkk" in which:
        import bkk_shop
        truths, rows, jobs, outdir = bkk_shop.build(OUT, images)
        path = os.path.join(outdir, bkk_shop.EXPORT_NAME)
        write_csv(path, bkk_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        urls = [t["image_url"].split("?")[0] for t in truths]
        assert len(urls) == len(set(urls)), "two products share a main image URL"
        prepare_images(outdir, jobs, images)
        selfcheck_shopify(path, truths, bkk_shop.HOST, images)
        counts(truths, rows, jobs, "bkk")
        stats(truths, "bkk")
    if "jai" in which:
        import jai_shop
        truths, rows, jobs, outdir = jai_shop.build(OUT, images)
        path = os.path.join(outdir, jai_shop.EXPORT_NAME)
        write_csv(path, jai_shop.HEADER, rows, bom=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        prepare_images(outdir, jobs, images)
        selfcheck_bigcommerce(path, truths, jai_shop.HOST, images)
        counts(truths, rows, jobs, "jai")
        stats(truths, "jai")


if __name__ == "__main__":
    main()
