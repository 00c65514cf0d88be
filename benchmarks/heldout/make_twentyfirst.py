"""Regenerate the twenty-first-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twentyfirst.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twentyfirst.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twentyfirst.py prg          # one shop

Writes benchmarks/data/heldout/prg_shop/ (Shoptet system product export products.csv,
`;`, Windows-1250, CZK) and benchmarks/data/heldout/tbs_shop/ (WooCommerce product CSV,
GEL): the export, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written
and left alone.  The build stops when a written field contradicts the answer key
(twentyfirst_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyfirst_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402


def write_shoptet(path, header, rows, encoding):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL,
                       lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(buf.getvalue())


def cz_num(s):
    return float(s.replace(" ", "").replace(",", ".")) if s else None


def selfcheck_shoptet(path, truths, host, encoding, images=True):
    with open(path, encoding=encoding, newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    by = {}
    for r in rows:
        key = r["pairCode"] or r["code"].lstrip("$")
        by.setdefault(key, []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert all(r["name"] == t["title"] for r in rs), t["handle"]
        assert len(rs) == t["variants"], t["handle"]
        prices = [cz_num(r["priceVat"]) for r in rs]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["visibility"] == "visible" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert rs[0]["image"] == t["image_url"]
        if images:
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", t["image_url"][len(host):]))
            assert exists == (not t["image_broken"]), t["image_url"]
    return rows


def selfcheck_woo(path, truths, host, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = [r for r in rows if r["Type"] in ("simple", "variable")]
    assert len(parents) == len(truths), (len(parents), len(truths))
    for t, r in zip(truths, parents):
        assert r["Name"] == t["title"], t["handle"]
        if r["Type"] == "variable":
            kids = [k for k in rows if k["Parent"] == f"id:{r['ID']}"]
            prices = [float(k["Sale price"] or k["Regular price"] or 0) for k in kids]
        else:
            kids = [r]
            prices = [float(r["Sale price"] or r["Regular price"] or 0)]
        assert len(kids) == t["variants"], t["handle"]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = r["Published"] == "1" and min(prices) > 0
        assert live == t["live"], t["handle"]
        first = r["Images"].split(", ")[0]
        assert first == t["image_url"], t["handle"]
        if images:
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", first[len(host):]))
            assert exists == (not t["image_broken"]), first
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
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["prg", "tbs"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        if shop == "prg":
            write_shoptet(path, mod.HEADER, rows, mod.ENCODING)
        else:
            write_csv(path, mod.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        if shop == "prg":
            selfcheck_shoptet(path, truths, mod.HOST, mod.ENCODING, images)
        else:
            selfcheck_woo(path, truths, mod.HOST, images)
        counts(truths, len(rows), jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
