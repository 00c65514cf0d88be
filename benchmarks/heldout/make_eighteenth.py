"""Regenerate the eighteenth-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_eighteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_eighteenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_eighteenth.py mow          # one shop

Writes benchmarks/data/heldout/mow_shop/ (Tilda, RUB) and
benchmarks/data/heldout/los_shop/ (WooCommerce, NGN): the export CSV, images/
and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.
The build stops when a written field contradicts the answer key
(eighteenth_common.evidence) or when the export fails the self-checks below.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eighteenth_common import stats, write_csv, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders, selfcheck_woo  # noqa: E402


def write_tilda(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def selfcheck_tilda(path, truths, host, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    parents = [r for r in rows if not r["Parent UID"]]
    assert len(parents) == len(truths), (len(parents), len(truths))
    uids = [r["Tilda UID"] for r in rows]
    assert len(set(uids)) == len(uids)
    for t, r in zip(truths, parents):
        assert r["Tilda UID"] == t["tilda_uid"] and r["Title"] == t["title"], t["handle"]
        kids = [x for x in rows if x["Parent UID"] == r["Tilda UID"]]
        if kids:
            assert len(kids) == t["variants"], t["handle"]
            prices = [float(x["Price"]) for x in kids]
            assert float(r["Price"]) == min(prices)
        else:
            assert t["variants"] == 1
            prices = [float(r["Price"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert (r["Category"] == "Архив") == (t["status"] == "hidden")
        photos = r["Photo"].split(" ")
        assert photos[0] == t["image_url"]
        if images:
            for u in photos + [x["Photo"] for x in kids if x["Photo"]]:
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(host):]))
                assert exists == (not t["image_broken"]), u
    return rows


def counts(truths, rows, jobs, label):
    st = {}
    for t in truths:
        st[t["status"]] = st.get(t["status"], 0) + 1
    oos = sum(1 for t in truths if t.get("in_stock") is False)
    print(f"{label}: {len(truths)} products {st}, {oos} out of stock, {len(rows)} rows, "
          f"{sum(t['variants'] for t in truths)} variants, {len(jobs)} images, "
          f"{sum(t['image_broken'] for t in truths)} broken links")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["mow", "los"]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        if shop == "mow":
            write_tilda(path, mod.HEADER, rows)
        else:
            write_csv(path, mod.HEADER, rows, bom=True, php_quoting=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs)
        if shop == "mow":
            selfcheck_tilda(path, truths, mod.HOST, images)
        else:
            selfcheck_woo(path, truths, images)
        counts(truths, rows, jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
