"""Nairobi shop: Kito Fine Jewellery, Westlands, Nairobi (WooCommerce, KES).

Its export is WooCommerce's own product exporter (Products > Export, all columns, all
types): comma-separated, UTF-8 with a byte-order mark, PHP fputcsv quoting, WooCommerce's
English column names in its order, 1 / 0 booleans, `Published` 1 / 0 / -1, variable
parents followed by `variation` rows whose `Parent` is `id:NNN`, attributes in
`Attribute 1 name` / `Attribute 1 value(s)` / `… visible` / `… global`.  English listings with
Swahili and some Sheng.  See data/heldout/nbo_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random

from twentythird_common import GOLD_CODES, Variant, evidence, photo_spec, truth_record, wchoice

SITE = "https://kitojewellery.heldout-nbo.example/"
HOST = SITE + "wp-content/uploads/"
CURRENCY = "KES"
EXPORT_NAME = "wc-product-export-5-12-2026-1764955182731.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status",
          "Tax class", "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?",
          "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note",
          "Sale price", "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit",
          "Download expiry days", "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL",
          "Button text", "Position", "Brands", "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible",
          "Attribute 1 global"]

RATE = {"Y14": 11200, "Y18": 14300, "W18": 14900, "R18": 14600, "Y22": 17400}   # KSh / gram, made up
STONE_KES = {None: 0, "diamond": 65000, "cz": 900, "ruby": 18000, "sapphire": 20000, "emerald": 24000,
             "pearl": 3500, "tanzanite": 32000, "tsavorite": 38000}
SILVER = {"S925": (1800, 380), "GPB": (650, 60), "SS": (900, 90), "GPSS": (1100, 100)}

METAL_TXT = {
    "Y18": ["18K Gold", "18ct Gold", "Dhahabu 18K", "18K Yellow Gold"],
    "Y22": ["22K Gold", "22ct Dhahabu", "Pure 22K Gold"],
    "Y14": ["14K Gold", "14ct Yellow Gold"],
    "W18": ["18K White Gold", "White Gold 18ct"],
    "R18": ["18K Rose Gold"],
    "S925": ["925 Sterling Silver", "Silver", "Sterling Silver", "Fedha 925"],
    "GPB": ["Gold Plated", "Gold-plated Brass"],
    "SS": ["Stainless Steel", "Steel"],
    "GPSS": ["18K Gold Plated Stainless Steel", "Gold Plated Steel"],
}
BODY_METAL = {
    "Y18": "Metal: solid 18K yellow gold (750), hallmarked. Dhahabu halisi (solid gold).",
    "Y22": "Metal: 22K gold (916), the rich yellow colour our Mombasa and Lamu clients love.",
    "Y14": "Metal: 14K yellow gold (585).",
    "W18": "Metal: 18K white gold (750), rhodium finish.",
    "R18": "Metal: 18K rose gold (750).",
    "S925": "Metal: 925 sterling silver, rhodium finish so it does not tarnish. Haibadiliki rangi.",
    "GPB": "Brass base with gold plating. Fashion piece – keep away from water, manukato na jasho.",
    "SS": "Metal: 316L stainless steel, waterproof, haishiki kutu.",
    "GPSS": "Stainless steel with 18K gold plating (PVD). Waterproof, colour lasts.",
}
STONE_TXT = {"diamond": ["with Diamond", "Almasi", "Diamond"], "cz": ["CZ", "with Zirconia Stones"],
             "ruby": ["Ruby"], "sapphire": ["Sapphire"], "emerald": ["Emerald"], "pearl": ["Pearl", "with Pearls"],
             "tanzanite": ["Tanzanite", "with Tanzanite"], "tsavorite": ["Tsavorite", "Tsavorite Green"]}
BODY_STONE = {"diamond": "Stone: natural diamond (almasi halisi), certificate included.",
              "cz": "Stones: white cubic zirconia (CZ).", "ruby": "Stone: natural red ruby.",
              "sapphire": "Stone: blue sapphire.", "emerald": "Stone: green emerald.",
              "pearl": "Freshwater pearl, white.", "tanzanite": "Stone: genuine tanzanite from Merelani, violet-blue.",
              "tsavorite": "Stone: tsavorite from Taita Taveta, bright green (a green garnet)."}
NOUN = {"ring": ["Ring", "Ladies Ring", "Pete"], "engagement ring": ["Engagement Ring", "Pete ya Uchumba"],
        "wedding band": ["Wedding Band", "Pete ya Ndoa"], "earrings": ["Earrings", "Stud Earrings", "Hereni", "Hoop Earrings"],
        "pendant": ["Pendant", "Kishaufu Pendant"], "chain": ["Chain", "Cheni"], "necklace": ["Necklace", "Mkufu Necklace"],
        "bracelet": ["Bracelet"], "bangle": ["Bangle", "Bangili"], "anklet": ["Anklet", "Cheni ya Mguu Anklet"]}
PTYPE = {"ring": "Rings", "engagement ring": "Rings > Engagement Rings", "wedding band": "Rings > Wedding Bands",
         "earrings": "Earrings", "pendant": "Pendants", "chain": "Chains", "necklace": "Necklaces",
         "bracelet": "Bracelets & Bangles", "bangle": "Bracelets & Bangles", "anklet": "Anklets"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "drop"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "anklet": ("anklet", None)}
NAMES = ["Amani", "Zuri", "Malaika", "Nyota", "Baraka", "Pendo", "Lamu", "Safari"]

GOLD = [("Y18", 6), ("Y22", 2), ("Y14", 2), ("W18", 2)]
DESIGNS = [
    ("ring", 11, GOLD + [("S925", 3), ("SS", 1)],
     [(None, 3), ("cz", 2), ("tanzanite", 2), ("tsavorite", 1), ("ruby", 1), ("sapphire", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W18", 3), ("Y18", 2), ("R18", 1), ("S925", 1)], [("diamond", 4), ("tanzanite", 2), ("cz", 1)],
     (2.0, 3.5), "size"),
    ("wedding band", 6, [("Y18", 3), ("Y22", 1), ("W18", 1), ("SS", 1)], [(None, 5)], (3.0, 6.0), "size"),
    ("earrings", 12, GOLD + [("S925", 3), ("GPB", 2), ("GPSS", 1)], [(None, 3), ("cz", 2), ("pearl", 2), ("tanzanite", 1),
                                                                    ("diamond", 1)], (1.5, 5.0), None),
    ("pendant", 9, GOLD + [("S925", 2), ("GPSS", 1)], [(None, 2), ("tanzanite", 2), ("tsavorite", 1), ("cz", 1), ("diamond", 1)],
     (1.0, 4.0), None),
    ("chain", 8, [("Y18", 3), ("Y22", 2), ("S925", 2), ("SS", 1), ("GPSS", 1)], [(None, 1)], (3.0, 12.0), "len"),
    ("necklace", 7, GOLD + [("S925", 2), ("GPB", 2)], [(None, 2), ("pearl", 2), ("cz", 1), ("tanzanite", 1)], (4.0, 15.0), None),
    ("bracelet", 6, GOLD + [("S925", 2), ("GPSS", 1)], [(None, 3), ("cz", 1), ("tsavorite", 1)], (3.0, 9.0), None),
    ("bangle", 6, [("Y22", 3), ("Y18", 1), ("S925", 1), ("GPB", 1)], [(None, 1)], (8.0, 20.0), "bsize"),
    ("anklet", 4, [("S925", 3), ("GPB", 1), ("GPSS", 1)], [(None, 1)], (3.0, 8.0), None),
]
SIZES = ["6", "7", "8", "9", "10"]
LENS = ['16"', '18"', '20"', '22"']
BSIZES = ["2.4", "2.6", "2.8"]


def r_kes(x, step):
    return float(int(round(x / step)) * step)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_KES[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_kes(grams * RATE[code] + 2500 + st, 500)
    base, per_g = SILVER[code]
    return r_kes(base + per_g * grams + (STONE_KES[stone] * 0.3 if stone else 0), 50)


def ksh(x, style):
    x = int(round(x))
    return [f"KES {x:,}", f"KSh {x:,}", f"Ksh. {x:,}", f"{x:,}/=", f"Sh. {x:,}", f"Kshs {x:,}/-"][style]


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("S925", "GPB", "SS", "GPSS") and stone in ("diamond", "ruby", "sapphire", "emerald", "tsavorite"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN[cat])
    where_metal = "title" if rng.random() < 0.7 else ("body" if rng.random() < 0.75 else "photo")
    if code in ("GPB", "GPSS", "SS") and where_metal == "photo":
        where_metal = "body"
    parts = []
    if where_metal == "title":
        parts.append(rng.choice(METAL_TXT[code]))
    where_stone = "title" if rng.random() < 0.65 else rng.choice(["body", "body", "nowhere"])
    if stone == "cz" and where_stone == "nowhere":
        where_stone = "body"
    if stone and where_stone == "title":
        s = rng.choice(STONE_TXT[stone])
        if s.startswith("with"):
            parts += [noun, s]
        else:
            parts += [s, noun]
    else:
        parts.append(noun)
    title = " ".join(parts)
    if "18K Gold Plated" in title:
        traps.append("18K Gold Plated")
    if stone == "tsavorite":
        traps.append("(a green garnet)")
    if code == "GPSS":
        traps += ["18K gold plating", "18k gold plated"]
    r = rng.random()
    if r < 0.12 and stone != "pearl":
        title = "Lulu Collection – " + title
        traps.append("Lulu Collection")
    elif r < 0.4:
        title += rng.choice([f" – {rng.choice(NAMES)}", f" '{rng.choice(NAMES)}'"])
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
    else:
        body.append(rng.choice(["Handmade in our Westlands workshop.", "Zawadi poa kwa mpendwa wako."]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
    elif stone is None and rng.random() < 0.4:
        body.append("Plain design, bila mawe.")
    if p.get("carat"):
        body.append(f"Diamond weight: {p['carat']} ct.")
        traps.append(f"{p['carat']} ct")
    if code in GOLD_CODES:
        g = p["grams"]
        body.append(rng.choice([f"Weight: {g}g.", f"Uzito: gramu {g}.", f"Approx. {g} grams."]))
        body.append(rng.choice(["Price follows today's gold rate.", "Tunanunua dhahabu ya zamani (old gold exchange)."]))
    if cat == "pendant":
        body.append("Chain sold separately / cheni inauzwa kando.")
        p["sold_with_chain"] = False
    if cat == "bangle" and rng.random() < 0.5:
        body.append("Price is per piece (moja).")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(254)
    outdir = os.path.join(out, "nbo_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {11, 37, 70}
    ask_at = {4, 33, 59}           # bei kwa inbox: no price
    draft_at = {22, 64}            # Published 0
    oos_at = {15, 48}
    next_id = 3120
    for i, p in enumerate(prods):
        prng = random.Random(25400 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.05, 0.1])
        title, body, traps = texts(p, rng)
        p["title"] = title
        ask = i in ask_at
        status = "draft" if i in draft_at else "publish"
        p["status"] = status
        p["live"] = status == "publish" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = PTYPE[p["cat"]]
        sku = f"KFJ-{500 + i * 4}"
        p["handle"] = sku
        axis = p["axis"] if prng.random() < 0.55 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 1)
            vals = SIZES[a:a + prng.randint(3, 4)]
        elif axis == "len":
            vals = LENS[:prng.randint(2, 4)]
        elif axis == "bsize":
            vals = BSIZES[:prng.randint(2, 3)]
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.04 * j if axis in ("size", "bsize") else 0.11 * j))
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{s.strip(chr(34)).replace('.', '')}"))
        if not ask and code not in GOLD_CODES and prng.random() < 0.3:
            for v in vs:
                v.regular = v.price
                v.price = r_kes(v.price * 0.85, 50)
        ym = prng.choice(["2026/09", "2026/10", "2026/11"])
        fn = f"{ym}/{'IMG-2026' + str(1000 + i * 17) + '-WA00' + str(10 + i % 80) if prng.random() < 0.5 else 'kito-' + sku.lower()}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 254000 + i))
        if ask:
            body.append("Price on request – bei kwa inbox / WhatsApp 0712 345 678.")
        elif prng.random() < 0.35:
            body.append("Bei: " + ksh(vs[0].price, prng.randint(0, 5)) + ".")
        if prng.random() < 0.3:
            body.append("Delivery Nairobi CBD free; upcountry via G4S / Fargo. Lipa kwa M-Pesa.")
        desc = "<p>" + "</p>\n<p>".join(body) + "</p>" if prng.random() < 0.6 else "\n".join(body)
        short = ""
        if prng.random() < 0.4:
            short = rng.choice(["Perfect gift for her 💛", "Zawadi ya birthday au anniversary.", "Ready stock – iko tayari.",
                                "Shine bright, mrembo ✨"])
        tags = [t for t in (prng.choice(["", "gift", "zawadi", "new arrival", "bridal"]),
                            prng.choice(["", "", "dhahabu" if code in GOLD_CODES else "", "trending"])) if t]
        if code in ("GPB",) and prng.random() < 0.5:
            tags.append("fashion")
        pid = next_id
        next_id += 1 + len(vals)
        cats = PTYPE[p["cat"]] + (", Gifts / Zawadi" if prng.random() < 0.15 else "")
        regular0 = "" if ask else f"{int(vs[0].regular or vs[0].price)}"
        sale0 = f"{int(vs[0].price)}" if vs[0].regular else ""
        r = dict.fromkeys(HEADER, "")
        r.update({"ID": str(pid), "Type": "variable" if vals else "simple", "SKU": sku, "Name": title,
                  "Published": "1" if status == "publish" else "0", "Is featured?": "1" if prng.random() < 0.1 else "0",
                  "Visibility in catalog": "visible", "Short description": short, "Description": desc,
                  "Tax status": "taxable", "In stock?": "1" if p["in_stock"] else "0",
                  "Stock": "" if vals else str(prng.randint(1, 3) if p["in_stock"] else 0),
                  "Backorders allowed?": "0", "Sold individually?": "0",
                  "Weight (kg)": f"{p['grams'] / 1000:.3f}".rstrip("0") if prng.random() < 0.3 else "",
                  "Allow customer reviews?": "1", "Sale price": "" if vals else sale0,
                  "Regular price": "" if vals else regular0, "Categories": cats, "Tags": ", ".join(tags),
                  "Images": url, "Position": "0", "Brands": "" if prng.random() < 0.7 else "Kito"})
        if vals:
            r.update({"Attribute 1 name": {"size": "Ring size", "len": "Length", "bsize": "Bangle size"}[axis],
                      "Attribute 1 value(s)": ", ".join(vals), "Attribute 1 visible": "1", "Attribute 1 global": "1"})
        rows.append(r)
        for j, v in enumerate(vs if vals else []):
            vr = dict.fromkeys(HEADER, "")
            vr.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku, "Name": f"{title} - {v.opts[0]}",
                       "Published": "1", "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable",
                       "Tax class": "parent", "In stock?": "1" if p["in_stock"] else "0", "Stock": "",
                       "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                       "Sale price": f"{int(v.price)}" if v.regular else "",
                       "Regular price": "" if ask else f"{int(v.regular or v.price)}",
                       "Parent": f"id:{pid}", "Position": str(j + 1),
                       "Attribute 1 name": r["Attribute 1 name"], "Attribute 1 value(s)": v.opts[0],
                       "Attribute 1 global": "1"})
            rows.append(vr)
        fields = {"title": title, "body": desc + ("\n" + short if short else ""), "type": cats}
        if tags:
            fields["tags"] = " ".join(tags)
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [r["Attribute 1 name"]] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, [], "regular_price")
        t["woo_id"] = pid
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"nbo {sku} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
