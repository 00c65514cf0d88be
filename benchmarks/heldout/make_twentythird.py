"""Regenerate the twenty-third-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twentythird.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twentythird.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twentythird.py clj          # one shop

Writes benchmarks/data/heldout/clj_shop/ (Shopware 6 "Default product" profile export, RON)
and benchmarks/data/heldout/nbo_shop/ (WooCommerce product export CSV, KES): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.
The build stops when a written field contradicts the answer key
(twentythird_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentythird_common import stats, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402


def fput(v, sep):
    """One field as PHP's fputcsv writes it (enclosure '"', quoted when it holds the separator,
    the enclosure, a space, a tab or a line break)."""
    v = str(v)
    if any(c in v for c in (sep, '"', " ", "\t", "\n", "\r", "\\")):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_php_csv(path, header, rows, sep, bom=False):
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(sep.join(fput(h, sep) for h in header) + "\n")
        for r in rows:
            f.write(sep.join(fput(r.get(h, ""), sep) for h in header) + "\n")


def _exists(path, host, url):
    return os.path.exists(os.path.join(os.path.dirname(path), "images", url[len(host):]))


def selfcheck_shopware(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    parents = [r for r in rows if not r["parent_id"]]
    assert len(parents) == len(truths)
    for t, r in zip(truths, parents):
        assert r["product_number"] == t["handle"] and r["name"] == t["title"], t["handle"]
        kids = [k for k in rows if k["parent_id"] == r["id"]]
        prices = [float(k["price_gross"] or r["price_gross"]) for k in kids] if kids else [float(r["price_gross"])]
        assert len(prices) == t["variants"], t["handle"]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (r["active"] == "1" and min(prices) > 0) == t["live"], t["handle"]
        assert r["cover_media_url"] == t["image_url"]
        if images:
            assert _exists(path, host, t["image_url"]) == (not t["image_broken"]), t["image_url"]
    return rows


def selfcheck_woo(path, truths, host, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = [r for r in rows if r["Type"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    for t, r in zip(truths, parents):
        assert r["SKU"] == t["handle"] and r["Name"] == t["title"], t["handle"]
        kids = [k for k in rows if k["Parent"] == "id:" + r["ID"]]
        src = kids or [r]
        prices = [float(k["Sale price"] or k["Regular price"] or 0) for k in src]
        assert len(prices) == t["variants"], t["handle"]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (r["Published"] == "1" and min(prices) > 0) == t["live"], t["handle"]
        assert r["Images"] == t["image_url"]
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
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["clj", "nbo"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        if shop == "clj":
            write_php_csv(path, mod.HEADER, rows, ";")
        else:
            write_php_csv(path, mod.HEADER, rows, ",", bom=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        if shop == "clj":
            selfcheck_shopware(path, truths, mod.HOST, images)
        else:
            selfcheck_woo(path, truths, mod.HOST, images)
        counts(truths, len(rows), jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
