"""Regenerate the twenty-second-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twentysecond.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twentysecond.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twentysecond.py bcn          # one shop

Writes benchmarks/data/heldout/bcn_shop/ (Ecwid catalog CSV export, EUR) and
benchmarks/data/heldout/dac_shop/ (Meta commerce catalog CSV feed, BDT): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.
The build stops when a written field contradicts the answer key
(twentysecond_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentysecond_common import stats, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402


def write_plain_csv(path, header, rows, quote_all=False):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                       lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def _exists(path, host, url):
    return os.path.exists(os.path.join(os.path.dirname(path), "images", url[len(host):]))


def selfcheck_ecwid(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert set(r["type"] for r in rows) <= {"product", "product_option", "product_variation"}
    prods = [r for r in rows if r["type"] == "product"]
    assert len(prods) == len(truths), (len(prods), len(truths))
    for t, r in zip(truths, prods):
        assert r["product_internal_id"] == t["handle"] and r["product_name"] == t["title"], t["handle"]
        kids = [k for k in rows if k["type"] == "product_variation" and k["product_internal_id"] == t["handle"]]
        prices = [float(k["product_price"]) for k in kids] if kids else [float(r["product_price"])]
        assert len(prices) == t["variants"], t["handle"]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = r["product_is_available"] == "true" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert r["product_media_main_image_url"] == t["image_url"]
        if images:
            assert _exists(path, host, t["image_url"]) == (not t["image_broken"]), t["image_url"]
    return rows


def selfcheck_meta(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["item_group_id"] or r["id"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert all(r["title"] == t["title"] for r in rs), t["handle"]
        assert len(rs) == t["variants"], t["handle"]
        prices = [float((r["sale_price"] or r["price"]).split()[0]) for r in rs]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["status"] == "active" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert rs[0]["image_link"] == t["image_url"]
        if images:
            assert _exists(path, host, t["image_url"]) == (not t["image_broken"]), t["image_url"]
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
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["bcn", "dac"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        write_plain_csv(path, mod.HEADER, rows, quote_all=(shop == "bcn"))
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        if shop == "bcn":
            selfcheck_ecwid(path, truths, mod.HOST, images)
        else:
            selfcheck_meta(path, truths, mod.HOST, images)
        counts(truths, len(rows), jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
