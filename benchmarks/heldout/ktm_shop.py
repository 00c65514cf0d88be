"""Kathmandu shop: Shree Ganesh Jewellers, New Road, Kathmandu (WooCommerce, NPR, Nepali English).

Its export is WooCommerce's built-in product exporter (Products > Export, all columns, all
types): UTF-8 with a byte-order mark, comma separated, one row per simple or variable product and
one per variation (variations follow their parents and point to them with `Parent` = `id:NN`;
their `Name` is "Parent - Value"), `Published` 1 / 0 (private) / -1 (draft), plain-number
`Regular price` / `Sale price` in rupees, `Categories` as "Parent > Child", `Images` as full
wp-content/uploads URLs, line breaks in descriptions written as a literal "\\n", attributes as
`Attribute 1 name` / `Attribute 1 value(s)` / `visible` / `global` (+ `default` on parents).
See data/heldout/ktm_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import os
import random
import re

from twentyninth_common import NP, Variant, evidence, npr, photo_spec, tola_lal, truth_record, wchoice

CURRENCY = "NPR"
EXPORT_NAME = "wc-product-export-7-12-2026-1765078213904.csv"
SITE = "https://shreeganeshjewellers.com.np"
PREFIX = SITE + "/wp-content/uploads/2026/11/"
HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status",
          "Tax class", "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?",
          "Weight (g)", "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note",
          "Sale price", "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit",
          "Download expiry days", "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL",
          "Button text", "Position", "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible",
          "Attribute 1 global", "Attribute 1 default"]

# rupees per gram with jyala (making charge), made up around 2026 New Road rates
RATE = {"Y24": 17900, "Y22": 17100, "Y18": 15200, "W18": 15600}
STONE_NPR = {None: 0, "diamond": 95000, "cz": 600, "pearl": 1800, "ruby": 14000, "sapphire": 16000, "emerald": 15000,
             "coral": 6500, "turquoise": 3500, "pote green": 1200, "pote red": 1200, "rudraksha": 2500}
GOLDS = ("Y24", "Y22", "Y18", "W18")
SILVER = {"S925": (800, 260), "GPS": (1200, 300)}
METAL_NAME = {"Y24": ["24K Chhapawal Gold", "Chhapawal Sun", "24 Carat Gold"], "Y22": ["22K Tejabi Gold", "Tejabi Sun", "22 Carat Gold"],
              "Y18": ["18K Gold", "18K Yellow Gold"], "W18": ["18K White Gold"],
              "S925": ["Silver", "Chandi", "925 Silver"], "GPS": ["Gold Plated Silver"]}
BODY_METAL = {"Y24": ["Made in pure chhapawal sun (24 carat, 99.9%).", "24K chhapawal gold, hallmarked by FENEGOSIDA."],
              "Y22": ["Tejabi sun (22 carat gold, 91.6%).", "Crafted in 22K tejabi gold."],
              "Y18": ["18 karat yellow gold (750)."], "W18": ["18K white gold, rhodium finish."],
              "S925": ["Pure 925 silver (chandi ko).", "Sterling silver 925, oxidised finish."],
              "GPS": ["925 silver with 1 micron gold plating (sun ko pani)."]}
STONE_WITH = {"diamond": ["Diamond"], "cz": ["AD Stone", "CZ"], "pearl": ["Pearl", "Moti"], "ruby": ["Ruby", "Manik"],
              "sapphire": ["Neelam", "Blue Sapphire"], "emerald": ["Panna", "Emerald"], "coral": ["Moonga", "Coral", "Red Coral"],
              "turquoise": ["Turquoise", "Firoja"], "pote green": ["Hariyo Pote", "Green Pote"], "pote red": ["Rato Pote", "Red Pote"],
              "rudraksha": ["Rudraksha", "Panchmukhi Rudraksha"]}
BODY_STONE = {"diamond": ["Set with VVS-VS round diamonds, IGI certified."], "cz": ["Studded with white AD stones (CZ)."],
              "pearl": ["White freshwater moti."], "ruby": ["Natural red manik (ruby)."], "sapphire": ["Natural blue neelam (sapphire), Sri Lanka origin."],
              "emerald": ["Natural green panna (emerald)."], "coral": ["Genuine red moonga (Italian coral)."],
              "turquoise": ["Tibetan sky-blue firoja (turquoise) beads."], "pote green": ["Strands of fine green pote glass beads."],
              "pote red": ["Bright red pote beads for Teej and weddings."], "rudraksha": ["Genuine five-faced rudraksha beads from Nepal."]}
NOUN = {"ring": ["Ring", "Mundri", "Authi"], "engagement ring": ["Engagement Ring"], "wedding band": ["Wedding Band"],
        "earrings": ["Jhumka", "Tops", "Earrings", "Chepte Sun Earrings"], "nose pin": ["Phuli", "Dhungri"],
        "pendant": ["Tilhari", "Locket", "Pendant", "Buddha Locket"], "chain": ["Chain", "Box Chain"],
        "necklace": ["Naugedi", "Kantha", "Chandrahar", "Pote Mala", "Necklace", "Rudraksha Mala"],
        "bracelet": ["Bracelet"], "bangle": ["Bala", "Chura", "Bangle"]}
CATEGORY = {"ring": "Rings", "engagement ring": "Rings", "wedding band": "Rings", "earrings": "Earrings",
            "nose pin": "Phuli & Dhungri", "pendant": "Tilhari & Lockets", "chain": "Chains", "necklace": "Necklace & Mala",
            "bracelet": "Bracelets", "bangle": "Bala & Chura"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "drop"), "nose pin": ("nose pin", None), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None)}
DESIGNS = [
    ("ring", 11, [("Y22", 5), ("Y24", 2), ("S925", 4)],
     [(None, 3), ("ruby", 1), ("sapphire", 2), ("coral", 2), ("turquoise", 1), ("emerald", 1), ("cz", 2)], (2.5, 6.0), "size"),
    ("engagement ring", 4, [("W18", 2), ("Y18", 2)], [("diamond", 3), ("cz", 1)], (2.0, 3.5), "size"),
    ("wedding band", 3, [("Y22", 2), ("Y18", 1)], [(None, 1)], (3.0, 6.0), "size"),
    ("earrings", 13, [("Y22", 6), ("Y24", 2), ("S925", 3), ("GPS", 2)],
     [(None, 4), ("cz", 3), ("pearl", 2), ("coral", 1), ("turquoise", 1), ("ruby", 1)], (2.0, 8.0), "karat"),
    ("nose pin", 5, [("Y22", 3), ("Y24", 2)], [(None, 2), ("cz", 2), ("diamond", 1)], (0.3, 1.0), None),
    ("pendant", 12, [("Y24", 4), ("Y22", 4), ("S925", 3), ("GPS", 1)],
     [(None, 6), ("ruby", 1), ("coral", 1), ("turquoise", 1), ("cz", 1), ("rudraksha", 1)], (2.0, 12.0), "karat"),
    ("chain", 6, [("Y22", 4), ("S925", 2)], [(None, 1)], (4.0, 15.0), "len"),
    ("necklace", 17, [("Y22", 7), ("Y24", 3), ("S925", 4), ("GPS", 3)],
     [("pote green", 4), ("pote red", 2), ("coral", 3), ("turquoise", 2), (None, 3), ("pearl", 1), ("rudraksha", 2)], (8.0, 40.0), None),
    ("bracelet", 4, [("Y22", 2), ("S925", 2)], [(None, 2), ("cz", 1), ("rudraksha", 1)], (4.0, 12.0), None),
    ("bangle", 10, [("Y22", 6), ("Y24", 2), ("S925", 2)], [(None, 7), ("cz", 2), ("ruby", 1)], (8.0, 25.0), "size2"),
]
SIZES = ["12", "14", "16", "18", "20"]
BANGLE = ["2.4", "2.6", "2.8"]
LENS = ['16"', '18"', '20"', '22"']
KARAT_OPT = {"Y22": "Tejabi (22K)", "Y24": "Chhapawal (24K)"}
KARAT_ALT = {"Y22": "Y24", "Y24": "Y22"}


def r_npr(x):
    return float(int(round(x / 100.0)) * 100)


def price_of(code, stone, grams, carat=None):
    st = STONE_NPR[stone]
    if stone == "diamond" and carat:
        st = STONE_NPR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_npr(grams * RATE[code] * 1.1 + st)
    base, per_g = SILVER[code]
    return r_npr(base + per_g * grams + st)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby", "emerald"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def name_of(p, rng, karat_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    if noun == "Pote Mala" and not (stone or "").startswith("pote"):
        noun = "Mala"
    if noun == "Rudraksha Mala" and stone != "rudraksha":
        noun = "Kantha"
    if noun == "Chepte Sun Earrings" and code not in GOLDS:
        noun = "Earrings"     # chepte sun is a gold ornament by name
    p["noun"] = noun
    parts = []
    if stone and rng.random() < 0.7 and not (stone in noun.lower() or noun == "Pote Mala" or noun == "Rudraksha Mala"):
        parts.append(rng.choice(STONE_WITH[stone]))
    parts.append(noun)
    design = rng.choice(["", "Newari", "Dhaka Design", "Lotus", "Om", "Shree Yantra", "Gurung", "Jhallar"])
    if design:
        parts.insert(0, design)
    name = " ".join(parts)
    if not karat_alt and rng.random() < 0.6:
        name = rng.choice(METAL_NAME[code]) + " " + name if rng.random() < 0.5 else name + " - " + rng.choice(METAL_NAME[code])
    return name


def texts(p, rng, karat_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    name = name_of(p, rng, karat_alt)
    short, body = [], []
    if karat_alt:
        short.append(f"Available in {KARAT_OPT[code]} and {KARAT_OPT[karat_alt]} gold.")
    elif rng.random() < 0.85:
        (short if rng.random() < 0.4 else body).append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Plain polished finish.", "Traditional hand-made design, no stones."]))
    if p.get("carat"):
        body.append(f"Total diamond weight {p['carat']} ct.")
    if code in GOLDS and rng.random() < 0.8:
        body.append(f"Weight: {tola_lal(p['grams'])} (approx. {p['grams']:.2f} g)")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Comes with a chain." if chain else "Chain not included.")
        p["sold_with_chain"] = chain
    if code in GOLDS and rng.random() < 0.25:
        body.append("Price changes daily with the FENEGOSIDA gold rate; jyala included.")
    return name, short, body


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (4, 37, 69) and code in SILVER:
        body.append("Packed in a gold gift box for Tihar.")
        traps.append("gold gift box")
    if cat in ("chain", "bracelet", "bangle") and p["stone"] is None and i % 2 == 1:
        body.append("Diamond-cut finish for extra shine.")
        traps.append("Diamond-cut")
    if i in (15, 58) and code in GOLDS:
        body.append("Golden jubilee collection of our New Road showroom.")
        traps.append("Golden jubilee")


def variants_of(p, prng, karat_alt, sku, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, attr = [], None
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(0, 2)
        vals, attr = SIZES[a:a + prng.randint(2, 3)], "Ring Size"
    elif axis == "size2" and prng.random() < 0.6:
        vals, attr = BANGLE[:prng.randint(2, 3)], "Bangle Size"
    elif axis == "len" and prng.random() < 0.7:
        vals, attr = LENS[:prng.randint(2, 4)], "Length"
    elif karat_alt:
        vals, attr = [KARAT_OPT[code], KARAT_OPT[karat_alt]], "Gold"
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], sku)], vals, attr
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if attr == "Gold":
            vc = code if j == 0 else karat_alt
        else:
            g = p["grams"] * (1 + (0.04 if attr != "Length" else 0.1) * j)
        vs.append(Variant([s], vc, stone, 0.0 if ask else price_of(vc, stone, g, p.get("carat")), None, g, f"{sku}-{j + 1}"))
    return vs, vals, attr


def slug(name):
    return "-".join(w for w in re.split(r"[^a-z0-9]+", name.lower()) if w)


def blank():
    r = dict.fromkeys(HEADER, "")
    r.update({"Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "In stock?": "1",
              "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "1", "Position": "0"})
    return r


def build(out, images=True):
    rng = random.Random(2929)
    outdir = os.path.join(out, "ktm_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {8, 42, 79}
    ask_at = {23}
    draft_at = {14, 66}
    private_at = {31, 74}
    sale_at = {3, 19, 40, 55, 71}
    devanagari = {"Tilhari": "तिलहरी", "Phuli": "फुली", "Chura": "चुरा", "Naugedi": "नौगेडी", "Kantha": "कण्ठ", "Mundri": "मुन्द्री"}
    names = set()
    woo = 2200
    for i, p in enumerate(prods):
        prng = random.Random(292900 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05])
        karat_alt = KARAT_ALT.get(p["code"]) if p["axis"] == "karat" and prng.random() < 0.4 else None
        name, short, body = texts(p, rng, karat_alt)
        while name in names:
            name, short, body = texts(p, rng, karat_alt)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "draft" if i in draft_at else ("private" if i in private_at else "publish")
        p.update(status=status, live=status == "publish" and not ask, in_stock=True)
        if ask:
            p["for_sale"] = False
            body.append("Price on request - call us at the New Road showroom.")
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        if p["noun"] in devanagari and prng.random() < 0.6:
            body.insert(0, f"{p['noun']} ({devanagari[p['noun']]}) - traditional Nepali gahana.")
        sku = f"SGJ-{1001 + i}"
        woo += prng.randint(3, 9)
        pid = woo
        p["handle"], p["title"] = slug(name), name
        p["shop_category"] = "Jewellery > " + CATEGORY[cat]
        vs, vals, attr = variants_of(p, prng, karat_alt, sku, ask)
        sale = i in sale_at and not ask
        for v in vs:
            v.regular = r_npr(v.price * 1.12) if sale else None
        if not ask and prng.random() < 0.4:
            lead = "Starting from " if len({v.price for v in vs}) > 1 else prng.choice(["Price: ", "Only ", ""])
            body.append(lead + npr(min(v.price for v in vs), prng.randint(0, 5)))
        tags = []
        if prng.random() < 0.5:
            tags = prng.sample(["Teej", "Wedding", "Bridal", "Dashain", "Tihar", "Gift", "Newari", "Daily Wear"], 2)
        broken = i in missing_at
        fn = f"{slug(name)}-{prng.randint(100, 999)}.jpg"
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Tops": "stud"}.get(p["noun"], "drop")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2929000 + i))
        url = PREFIX + fn
        published = {"publish": "1", "private": "0", "draft": "-1"}[status]
        parent = blank()
        parent.update({"ID": str(pid), "Type": "variable" if vals else "simple", "SKU": sku, "Name": name,
                       "Published": published, "Short description": "\\n".join(short), "Description": "\\n\\n".join(body),
                       "Weight (g)": "" if vals else f"{vs[0].grams:.2f}", "Categories": p["shop_category"],
                       "Tags": ", ".join(tags), "Images": url, "Stock": ""})
        if not vals:
            parent["Regular price"] = f"{(vs[0].regular or vs[0].price):g}" if not ask else ""
            parent["Sale price"] = f"{vs[0].price:g}" if vs[0].regular else ""
        else:
            parent.update({"Attribute 1 name": attr, "Attribute 1 value(s)": ", ".join(vals), "Attribute 1 visible": "1",
                           "Attribute 1 global": "0", "Attribute 1 default": vals[0]})
        rows.append(parent)
        for j, v in enumerate(vs if vals else []):
            woo += 1
            r = blank()
            r.update({"ID": str(woo), "Type": "variation", "SKU": v.sku, "Name": f"{name} - {v.opts[0]}",
                      "Published": "-1" if status == "draft" else "1", "Description": "",
                      "Weight (g)": f"{v.grams:.2f}", "Regular price": f"{(v.regular or v.price):g}",
                      "Sale price": f"{v.price:g}" if v.regular else "", "Parent": f"id:{pid}", "Position": str(j + 1),
                      "Tax class": "parent", "Attribute 1 name": attr, "Attribute 1 value(s)": v.opts[0],
                      "Attribute 1 global": "0"})
            r["Visibility in catalog"] = r["Allow customer reviews?"] = ""
            rows.append(r)
        fields = {"title": name, "body": " ".join(short) + " " + " ".join(body), "type": p["shop_category"]}
        if tags:
            fields["tags"] = " ".join(tags)
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [attr] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, [], "regular_price")
        t["sku"] = sku
        t["woo_id"], t["woo_type"] = pid, "variable" if vals else "simple"
        ev, probs = evidence(NP, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"ktm {sku} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    parents = {r["ID"]: r for r in rows if r["Type"] != "variation"}
    kids = {}
    for r in rows:
        if r["Type"] == "variation":
            kids.setdefault(r["Parent"][3:], []).append(r)
    assert len(parents) == len(truths), (len(parents), len(truths))
    for t in truths:
        par = parents[str(t["woo_id"])]
        assert par["Name"] == t["title"], t["handle"]
        rs = kids.get(par["ID"], [par])
        assert len(rs) == t["variants"], t["handle"]
        prices = [float(r["Sale price"] or r["Regular price"] or 0) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (par["Published"] == "1" and min(prices) > 0) == t["live"], t["handle"]
        assert par["Images"] == t["image_url"]
        if images:
            fn = t["image_url"][len(PREFIX):]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"]
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
