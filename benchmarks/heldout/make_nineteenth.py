"""Regenerate the nineteenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_nineteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_nineteenth.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_nineteenth.py bud          # one shop

Writes benchmarks/data/heldout/bud_shop/ (Google Merchant Center XML feed, HUF) and
benchmarks/data/heldout/ifn_shop/ (WooCommerce CSV, Iranian toman): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.
The build stops when a written field contradicts the answer key
(nineteenth_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nineteenth_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402

G = "{http://base.google.com/ns/1.0}"


def selfcheck_feed(path, truths, host, images=True):
    root = ET.parse(path).getroot()
    items = root.findall("./channel/item")
    by_group = {}
    for it in items:
        gid = it.findtext(G + "item_group_id") or it.findtext(G + "id")
        by_group.setdefault(gid, []).append(it)
    assert len(by_group) == len(truths), (len(by_group), len(truths))
    ids = [it.findtext(G + "id") for it in items]
    assert len(set(ids)) == len(ids)
    for t in truths:
        its = by_group[t["handle"]]
        assert len(its) == t["variants"], t["handle"]
        assert all(it.findtext(G + "title") == t["title"] for it in its), t["handle"]
        assert [it.findtext(G + "id") for it in its] == t["g_ids"]
        prices = []
        for it in its:
            v = it.findtext(G + "sale_price") or it.findtext(G + "price")
            prices.append(float(v.split()[0]))
        if t.get("for_sale") is False and t["price_min"] == 0.0:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert its[0].findtext(G + "image_link") == t["image_url"]
        oos = its[0].findtext(G + "availability") == "out_of_stock"
        assert oos == (t.get("in_stock") is False)
        if images:
            for it in its:
                for tag in ("image_link", "additional_image_link"):
                    u = it.findtext(G + tag)
                    if u:
                        exists = os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(host):]))
                        assert exists == (not t["image_broken"]), u
    return items


def selfcheck_woo(path, truths, host, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = [r for r in rows if r["Type"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    assert len({r["ID"] for r in rows}) == len(rows)
    for t, r in zip(truths, parents):
        assert r["Name"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        if r["Type"] == "variable":
            kids = [x for x in rows if x["Type"] == "variation" and x["Parent"] == f"id:{r['ID']}"]
            assert len(kids) == t["variants"], t["handle"]
        else:
            kids = [r]
        prices = [float(x["Sale price"] or x["Regular price"]) for x in kids if (x["Sale price"] or x["Regular price"])]
        if t.get("for_sale") is False:
            assert not prices
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r["Published"]] == t["status"]
        assert r["Images"].split(", ")[0] == t["image_url"]
        if images:
            for u in r["Images"].split(", "):
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(host):]))
                assert exists == (not t["image_broken"]), u
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    print(f"{label}: {len(truths)} products {st}, {sum(t['live'] for t in truths)} live, "
          f"{sum(1 for t in truths if t.get('for_sale') is False)} not for sale, "
          f"{sum(1 for t in truths if t.get('in_stock') is False)} out of stock, {len(rows)} rows/items, "
          f"{sum(t['variants'] for t in truths)} variants, {len(jobs)} images, "
          f"{sum(t['image_broken'] for t in truths)} broken links")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["bud", "ifn"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        if shop == "bud":
            mod.write_feed(path, rows)
        else:
            write_csv(path, mod.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        if shop == "bud":
            selfcheck_feed(path, truths, mod.HOST, images)
        else:
            selfcheck_woo(path, truths, mod.HOST, images)
        counts(truths, rows, jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
