"""Regenerate the held-out catalogs (deterministic, seeded).

    python benchmarks/heldout/make_catalogs.py            # both shops, with photos
    python benchmarks/heldout/make_catalogs.py --no-images  # CSV + truth only

Writes benchmarks/data/heldout/inr_shop/ and benchmarks/data/heldout/woo_shop/:
the export CSV, images/, truth.jsonl.  The hand-written queries*.jsonl and
SHOP.md files in those folders are NOT generated and are left alone.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import sys
from collections import Counter
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import evidence  # noqa: E402
import inr_shop  # noqa: E402
import render  # noqa: E402
try:
    import woo_shop  # noqa: E402
except ImportError:  # while the second shop is being written
    woo_shop = None
from common import METALS, STONES, money, slugify  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "benchmarks", "data", "heldout")

SHOPIFY_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Variant Barcode",
    "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Variant Image",
    "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status",
]

INR_HOST = "https://cdn.heldout-shop.example/files/"
MAY_MENTION = {"navratna": {"ruby", "pearl", "emerald", "sapphire", "diamond"}, "polki": {"diamond"}}


# --- rendering jobs -------------------------------------------------------------------------

def _render_job(job):
    path, spec, seed = job
    img = render.render(spec, seed, 320)
    img.save(path, "JPEG", quality=86, optimize=True, progressive=True)
    return path


def run_renders(jobs, workers=2):
    if not jobs:
        return
    with Pool(workers) as pool:
        for _ in pool.imap_unordered(_render_job, jobs, chunksize=4):
            pass


# --- INR shop ----------------------------------------------------------------------------------

def inr_render_spec(p, code, stone, rng):
    d, cat = p["d"], p["cat"]
    spec = {"kind": inr_shop.RENDER_KIND[cat], "metal": METALS[code][3], "stone": STONES[stone][2]}
    st = d.get("style")
    if cat == "ring":
        spec["style"] = st
    elif cat == "engagement ring":
        spec["style"] = "solitaire"
        spec["halo"] = bool(d.get("halo"))
    elif cat in ("wedding band", "necklace", "chain", "bracelet", "bangle", "kada", "mangalsutra", "anklet"):
        spec["style"] = st
    elif cat == "pendant":
        spec["pendant"] = st
        spec["chain"] = bool(p["pendant_chain"]) or rng.random() < 0.5
    elif cat == "earrings":
        spec["style"] = p["estyle"]
    elif cat == "nose pin":
        spec["style"] = d["nstyle"][p["i"] % len(d["nstyle"])]
    elif cat == "brooch":
        spec["style"] = "flower"
    return spec


def build_inr(seed=1957, images=True):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "inr_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 100
    for d in inr_shop.DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            prods.append(inr_shop.make_product(rng, d, i, serial))
    rng.shuffle(prods)

    # handles (unique; two listings were duplicated in admin and kept the copy-of- handle)
    seen = Counter()
    for p in prods:
        h = slugify(p["title"])
        seen[h] += 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    for p in rng.sample(prods, 2):
        p["handle"] = "copy-of-" + p["handle"]
    assert len({p["handle"] for p in prods}) == len(prods)

    # statuses and broken photos
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx[:5]:
        prods[k]["status"] = "draft"
    for k in idx[5:8]:
        prods[k]["status"] = "archived"
    for k in idx[8:]:
        prods[k]["status"] = "active"
    broken = set(idx[8:12])

    jobs = []
    rows = []
    truths = []
    for n, p in enumerate(prods):
        h = p["handle"]
        cat = p["cat"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1700000000 + p["serial"] * 7919
        # images: main, optional extra, per-variant images for colour / stone choices
        imgs = []  # (filename, spec, seed)
        main_spec = inr_render_spec(p, p["code"], p["stone"], prng)
        main_name = f"{h}.jpg" if prng.random() < 0.72 else f"DSC_{3000 + p['serial'] * 3}.jpg"
        is_broken = n in broken
        if is_broken:
            imgs.append((pick_broken_name(prng, h), None, None))
        else:
            imgs.append((main_name, main_spec, p["serial"]))
        variant_img = {}
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
            if nm in ("Metal Colour", "Gold Colour", "Colour", "Stone", "Stone Colour", "Gemstone") or (nm == "Metal" and "Gold" in vals[0][0] and len(vals) > 1 and vals[0][0].split()[1] != vals[1][0].split()[1]):
                axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            for j, (val, mod) in enumerate(vals):
                if j == 0:
                    variant_img[val] = main_name
                    continue
                spec = dict(main_spec)
                spec["metal"] = METALS[mod.get("code", p["code"])][3]
                spec["stone"] = STONES[mod.get("stone", p["stone"])][2]
                fname = f"{h}-{slugify(val)}.jpg"
                imgs.append((fname, spec, p["serial"] + 17 * (j + 1)))
                variant_img[val] = fname
        if not is_broken and prng.random() < 0.2:
            spec = dict(main_spec)
            spec["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((f"{h}-2.jpg" if not main_name.startswith("DSC") else f"DSC_{3001 + p['serial'] * 3}.jpg", spec, p["serial"] + 5000))
        for fname, spec, s in imgs:
            if spec is not None:
                jobs.append((os.path.join(imgdir, fname), spec, s))

        # variants -> rows
        vs = p["variants"]
        names = p["opt_names"]
        sku_base = f"KRM-{slugify(cat)[:3].upper()}-{p['serial']:04d}"
        for j, v in enumerate(vs):
            v.sku = "" if prng.random() < 0.04 else (sku_base + ("-" + "-".join(slugify(o)[:6].upper() for o in v.opts) if v.opts else ""))
        nrows = max(len(vs), len(imgs))
        url_of = {fn: INR_HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        published = p["status"] == "active"
        for j in range(nrows):
            r = dict.fromkeys(SHOPIFY_HEADER, "")
            r["Handle"] = h
            if j == 0:
                r["Title"] = p["title"]
                r["Body (HTML)"] = p["body"]
                r["Vendor"] = prng.choice(inr_shop.VENDORS)
                r["Product Category"] = inr_shop.TAXONOMY[cat] if prng.random() < 0.85 else ""
                r["Type"] = p["type"]
                r["Tags"] = ", ".join(p["tags"])
                r["Published"] = "TRUE" if published else "FALSE"
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                r["Gift Card"] = "FALSE"
                if prng.random() < 0.3:
                    r["SEO Title"] = f"{p['title'].strip()} | Kothari Ratna Mahal Jaipur"
                    r["SEO Description"] = f"Buy {p['title'].strip()} online from Kothari Ratna Mahal, Johari Bazaar, Jaipur. Free insured shipping across India."
                r["Status"] = p["status"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r["Variant SKU"] = v.sku
                r["Variant Grams"] = f"{max(1, round(v.grams)):.1f}"
                r["Variant Inventory Tracker"] = "shopify"
                made_to_order = p["cat"] in ("necklace", "choker") or p["d"].get("solitaire")
                r["Variant Inventory Qty"] = str(0 if prng.random() < 0.08 else prng.randint(1, 6))
                r["Variant Inventory Policy"] = "continue" if made_to_order else "deny"
                r["Variant Fulfillment Service"] = "manual"
                r["Variant Price"] = money(v.price)
                r["Variant Compare At Price"] = money(v.compare) if v.compare else ""
                r["Variant Requires Shipping"] = "TRUE"
                r["Variant Taxable"] = "TRUE"
                r["Variant Weight Unit"] = "g"
                if axis_idx is not None and v.opts and v.opts[axis_idx] in variant_img and not is_broken:
                    r["Variant Image"] = url_of[variant_img[v.opts[axis_idx]]]
                if prng.random() < 0.1:
                    r["Cost per item"] = money(round(v.price * 0.82))
            if j < len(imgs):
                r["Image Src"] = url_of[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if prng.random() < 0.35 else ""
            rows.append(r)

        # truth
        metal, col, karat, _ = METALS[p["code"]]
        gem, scol, _, _ = STONES[p["stone"]]
        prices = [v.price for v in vs]
        truth = {
            "handle": h, "title": p["title"], "category": cat, "shop_category": p["type"],
            "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
            "carat": p["carat"], "price_min": min(prices), "price_max": max(prices), "currency": "INR",
            "variants": len(vs), "status": p["status"],
        }
        mo = sorted({METALS[v.code][0] for v in vs})
        co = sorted({METALS[v.code][1] for v in vs})
        ko = sorted({METALS[v.code][2] for v in vs if METALS[v.code][2]})
        go = sorted({STONES[v.stone][0] for v in vs})
        sco = sorted({STONES[v.stone][1] for v in vs if STONES[v.stone][1]})
        if len(mo) > 1:
            truth["metal_options"] = mo
        if len(co) > 1:
            truth["metal_color_options"] = co
        if len(ko) > 1:
            truth["karat_options"] = ko
        if len(go) > 1:
            truth["gemstone_options"] = go
        if len(sco) > 1:
            truth["stone_color_options"] = sco
        others = [o for o in p["d"].get("others", []) if o != gem]
        if others and p["stone"]:
            truth["other_stones"] = others
        if cat == "pendant":
            truth["sold_with_chain"] = bool(p["pendant_chain"])
        if p["gents"]:
            truth["for"] = "men"
        elif p["kids"]:
            truth["for"] = "kids"
        truth["image"] = None if is_broken else "images/" + imgs[0][0]
        truth["image_url"] = url_of[imgs[0][0]]
        truth["image_broken"] = is_broken
        truth["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec["stone"], "style": main_spec.get("style") or main_spec.get("pendant")}
        truth["extra_images"] = ["images/" + f for f, s, _ in imgs[1:] if s is not None]
        truth["variant_list"] = [
            {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
             "compare_at_price": v.compare, "metal": METALS[v.code][0], "metal_color": METALS[v.code][1],
             "karat": METALS[v.code][2], "gemstone": STONES[v.stone][0], "stone_color": STONES[v.stone][1],
             "grams": v.grams}
            for v in vs]
        fields = {"title": p["title"], "body": p["body"], "type": p["type"], "tags": ", ".join(p["tags"]),
                  "options": p["opt_text"]}
        ev, problems = evidence.evidence(truth, fields, not is_broken, MAY_MENTION.get(gem, ()))
        if problems:
            raise SystemExit(f"{h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)

    write_csv(os.path.join(outdir, "products_export.csv"), SHOPIFY_HEADER, rows, bom=False)
    write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
    if images:
        for f in os.listdir(imgdir):
            os.remove(os.path.join(imgdir, f))
        run_renders(jobs)
    return truths, rows, jobs


def pick_broken_name(rng, h):
    return rng.choice([f"{h}-final.jpg", f"IMG_{rng.randint(1000, 9999)}.jpg", f"{h}_new.jpeg", f"WhatsApp-Image-2024-03-{rng.randint(10, 28)}.jpg"])


# --- writers ---------------------------------------------------------------------------------------

def write_csv(path, header, rows, bom=False, php_quoting=False):
    buf = io.StringIO()
    if php_quoting:
        buf.write(",".join(php_field(h) for h in header) + "\n")
        for r in rows:
            buf.write(",".join(php_field(str(r.get(h, ""))) for h in header) + "\n")
    else:
        w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(buf.getvalue())


def php_field(s: str) -> str:
    """Quote like PHP's fputcsv (WooCommerce's exporter): quote when the field has
    a delimiter, quote, backslash, space, tab, CR or LF; double inner quotes."""
    if s == "":
        return ""
    if any(c in s for c in ',"\\ \t\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


# --- stats -------------------------------------------------------------------------------------------

def stats(truths, label):
    n = len(truths)
    c = Counter()
    for t in truths:
        ev = t["evidence"]
        text_ch = lambda f: [x for x in ev[f] if x != "photo"]
        mc = text_ch("metal_color")
        if not mc and "photo" in ev["metal_color"]:
            c["metal_color photo only"] += 1
        elif not mc:
            c["metal_color nowhere"] += 1
        elif mc == ["body"]:
            c["metal_color body only"] += 1
        elif mc == ["options"]:
            c["metal_color options only"] += 1
        elif mc == ["tags"]:
            c["metal_color tags only"] += 1
        elif "title" not in mc:
            c["metal_color not in title (other mix)"] += 1
        if t["gemstone"] != "none":
            c["with stone"] += 1
            g = text_ch("gemstone")
            if not g:
                c["stone nowhere in text"] += 1
            elif g == ["body"]:
                c["stone body only"] += 1
            elif g == ["tags"]:
                c["stone tags only"] += 1
            elif g == ["options"]:
                c["stone options only"] += 1
            elif g == ["type"]:
                c["stone type only"] += 1
            elif "title" not in g:
                c["stone not in title (other mix)"] += 1
        k = text_ch("karat")
        if t["karat"]:
            c["gold"] += 1
            if not k:
                c["karat nowhere"] += 1
            elif "title" not in k:
                c["karat not in title"] += 1
        if "title" not in ev["category"]:
            c["category not in title"] += 1
    print(f"[{label}] products={n}")
    for k, v in sorted(c.items()):
        print(f"  {k:40s} {v:4d}  ({100 * v / n:.1f}%)")
    return c


def main():
    images = "--no-images" not in sys.argv
    t1, r1, j1 = build_inr(images=images)
    print(f"inr: {len(t1)} products, {len(r1)} rows, {sum(t['variants'] for t in t1)} variants, {len(j1)} images, "
          f"{sum(t['image_broken'] for t in t1)} broken")
    stats(t1, "inr")
    if woo_shop is None:
        return
    t2, r2, j2 = woo_shop.build(OUT, images=images, run_renders=run_renders, write_csv=write_csv, write_jsonl=write_jsonl)
    print(f"woo: {len(t2)} products, {len(r2)} rows, {sum(t['variants'] for t in t2)} variants, {len(j2)} images, "
          f"{sum(t['image_broken'] for t in t2)} broken")
    stats(t2, "woo")


if __name__ == "__main__":
    main()
