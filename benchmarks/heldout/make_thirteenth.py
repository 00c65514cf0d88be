"""Regenerate the thirteenth round's held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_thirteenth.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_thirteenth.py --no-images  # CSV + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_thirteenth.py mil          # one shop

Writes benchmarks/data/heldout/mil_shop/ (WooCommerce, Italian admin, EUR) and
benchmarks/data/heldout/ath_shop/ (Etsy listings download, EUR): the export
CSV, images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and
left alone.  The build stops when a written field contradicts the answer key
(thirteenth_common.read_evidence) or when the export fails the structural
self-checks below.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
from collections import Counter
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
from thirteenth_common import write_csv, write_jsonl  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")


def _render_job(job):
    path, spec, seed = job
    img = render.render(dict(spec), seed, 320)
    img.save(path, "JPEG", quality=84, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    for pth, _, _ in jobs:
        os.makedirs(os.path.dirname(pth), exist_ok=True)
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, sorted(jobs, key=lambda j: j[0]), chunksize=4):
            pass


def selfcheck_mil(path, truths, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    parents = [r for r in rows if r["Tipo"] in ("simple", "variable")]
    assert len(parents) == len(truths)
    assert len({r["ID"] for r in rows}) == len(rows)
    for t, r in zip(truths, parents):
        assert r["Nome"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        if r["Tipo"] == "variable":
            kids = [x for x in rows if x["Tipo"] == "variation" and x["Genitore"] == f"id:{r['ID']}"]
            assert len(kids) == t["variants"], t["handle"]
            prices = [float(x["Prezzo in offerta"] or x["Prezzo di listino"]) for x in kids]
        else:
            prices = [float(r["Prezzo in offerta"] or r["Prezzo di listino"])]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert {"1": "publish", "-1": "draft", "0": "private"}[r["Pubblicato"]] == t["status"]
        assert r["Immagini"].split(", ")[0] == t["image_url"]
        if images:
            for u in r["Immagini"].split(", "):
                fn = u.split("/wp-content/uploads/")[1]
                assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) == (not t["image_broken"]), u
    return rows


def selfcheck_ath(path, truths, images=True):
    import ath_shop
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == ath_shop.HEADER
    assert len(rows) == len(truths)
    for t, r in zip(truths, rows):
        assert r["TITLE"] == t["title"] and r["SKU"] == t["sku"], t["handle"]
        assert float(r["PRICE"]) == t["price_min"], t["handle"]
        assert r["CURRENCY_CODE"] == "EUR" and t["status"] == "active"
        n = 1
        for k in ("VARIATION 1 VALUES", "VARIATION 2 VALUES"):
            if r[k]:
                n *= len(r[k].split(","))
        assert n == t["variants"], t["handle"]
        assert len(r["TAGS"].split(",")) <= 13 if r["TAGS"] else True
        assert r["IMAGE1"] == t["image_url"]
        if images:
            for i in range(1, 11):
                u = r[f"IMAGE{i}"]
                if not u:
                    continue
                fn = u.split("/")[-1]
                ok = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                assert ok == (not (i == 1 and t["image_broken"])), u
    return rows


def counts(truths, rows, jobs, label):
    st = Counter(t["status"] for t in truths)
    print(f"{label}: {len(truths)} products {dict(st)}, {len(rows)} rows, {sum(t['variants'] for t in truths)} variants, "
          f"{len(jobs)} images, {sum(t['image_broken'] for t in truths)} broken links")
    c = Counter()
    for t in truths:
        ev = t["evidence"]
        tx = lambda f: [x for x in ev[f] if x != "photo"]  # noqa: E731
        mc = tx("metal_color")
        if not mc:
            c["metal colour photo only" if "photo" in ev["metal_color"] else "metal colour nowhere"] += 1
        elif len(mc) == 1 and mc[0] != "title":
            c[f"metal colour only in {mc[0]}"] += 1
        if "title" not in mc:
            c["metal colour not in title"] += 1
        if t["gemstone"] != "none":
            c["pieces with a stone"] += 1
            g = tx("gemstone")
            if not g:
                c["stone named nowhere (photo only)"] += 1
            elif len(g) == 1 and g[0] != "title":
                c[f"stone only in {g[0]}"] += 1
            if "title" not in g:
                c["stone not in title"] += 1
        if t["karat"]:
            c["solid gold pieces"] += 1
            k = tx("karat")
            if not k:
                c["karat nowhere"] += 1
            elif "title" not in k:
                c["karat not in title"] += 1
        if "title" not in ev["category"]:
            c["kind of piece not in title"] += 1
        cc = tx("category")
        if not cc:
            c["kind of piece photo only" if "photo" in ev["category"] else "kind of piece nowhere"] += 1
        elif len(cc) == 1 and cc[0] != "title":
            c[f"kind of piece only in {cc[0]}"] += 1
    for k, v in sorted(c.items()):
        print(f"  {k:40s} {v:4d}  ({100 * v / len(truths):.1f}%)")


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or ["mil", "ath"]
    if "mil" in which:
        import mil_shop
        truths, rows, jobs, outdir = mil_shop.build(OUT, images)
        path = os.path.join(outdir, mil_shop.EXPORT_NAME)
        write_csv(path, mil_shop.HEADER, rows, bom=True)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(jobs)
        selfcheck_mil(path, truths, images)
        counts(truths, rows, jobs, "mil")
    if "ath" in which:
        import ath_shop
        truths, rows, jobs, outdir = ath_shop.build(OUT, images)
        path = os.path.join(outdir, ath_shop.EXPORT_NAME)
        write_csv(path, ath_shop.HEADER, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"))
            os.makedirs(os.path.join(outdir, "images"))
            run_renders(jobs)
        selfcheck_ath(path, truths, images)
        counts(truths, rows, jobs, "ath")


if __name__ == "__main__":
    main()
