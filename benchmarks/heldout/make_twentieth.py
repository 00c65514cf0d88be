"""Regenerate the twentieth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twentieth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twentieth.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twentieth.py lis          # one shop

Writes benchmarks/data/heldout/lis_shop/ (PrestaShop import CSVs products.csv +
combinations.csv, EUR) and benchmarks/data/heldout/lhe_shop/ (Shopify product CSV,
PKR): the export, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are
hand-written and left alone.  The build stops when a written field contradicts the
answer key (twentieth_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentieth_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402

VAT = 1.23


def write_ps(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def selfcheck_ps(path, cpath, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with open(cpath, encoding="utf-8", newline="") as f:
        combos = list(csv.DictReader(f, delimiter=";"))
    assert len(rows) == len(truths)
    assert len({r["Product ID"] for r in rows}) == len(rows)
    for t, r in zip(truths, rows):
        assert r["Product ID"] == t["handle"] and r["Name *"] == t["title"], t["handle"]
        cs = [c for c in combos if c["Product ID*"] == r["Product ID"]]
        assert len(cs) == (t["variants"] if len(cs) else 0) and (cs or t["variants"] == 1), t["handle"]
        base = float(r["Price tax excluded"])
        prices = [round((base + float(c["Impact on price"])) * VAT + 1e-9, 2) for c in cs] or [round(base * VAT + 1e-9, 2)]
        if t.get("for_sale") is False and t["price_min"] == 0.0:
            assert all(p == 0 for p in prices) and r["Show price (0 = No, 1 = Yes)"] == "0"
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = (r["Active (0/1)"] == "1" and r["Show price (0 = No, 1 = Yes)"] == "1"
                and r["Available for order (0 = No, 1 = Yes)"] == "1")
        assert live == t["live"], t["handle"]
        urls = r["Image URLs (x,y,z...)"].split(",")
        assert urls[0] == t["image_url"]
        if images:
            for u in urls:
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(host):]))
                assert exists == (not t["image_broken"]), u
    return rows, combos


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
        assert rs[0]["Status"] == t["status"], t["handle"]
        assert rs[0]["Image Src"] == t["image_url"], t["handle"]
        if images:
            for r in rs:
                for u in (r["Image Src"], r["Variant Image"]):
                    if u:
                        exists = os.path.exists(os.path.join(os.path.dirname(path), "images",
                                                             u[len(host):].split("?")[0]))
                        assert exists == (not t["image_broken"]), u
    return rows


def counts(truths, nrows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {sum(t['live'] for t in truths)} live, "
          f"{sum(1 for t in truths if t.get('for_sale') is False)} not for sale, "
          f"{sum(1 for t in truths if t.get('in_stock') is False)} out of stock, {nrows} rows, "
          f"{sum(t['variants'] for t in truths)} variants, {len(jobs)} images, "
          f"{sum(t['image_broken'] for t in truths)} broken links")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["lis", "lhe"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        if shop == "lis":
            truths, rows, crow, jobs, outdir = mod.build(OUT, images)
            path = os.path.join(outdir, mod.EXPORT_NAME)
            cpath = os.path.join(outdir, mod.COMBI_NAME)
            write_ps(path, mod.HEADER, rows)
            write_ps(cpath, mod.COMBI_HEADER, crow)
            nrows = len(rows) + len(crow)
        else:
            truths, rows, jobs, outdir = mod.build(OUT, images)
            path = os.path.join(outdir, mod.EXPORT_NAME)
            write_csv(path, mod.HEADER, rows)
            nrows = len(rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        if shop == "lis":
            selfcheck_ps(path, cpath, truths, mod.HOST, images)
        else:
            selfcheck_shopify(path, truths, mod.HOST, images)
        counts(truths, nrows, jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
