"""Reykjavík shop: «Gullsmiðja Sólfarsins» (the author's invention), Reykjavík (Shopify, store language
Icelandic, ISK).

Its export is Products > Export > "CSV for Excel, Numbers, or other spreadsheet programs" with the
column names of Shopify's current product CSV (2025-2026 help page: `URL handle`, `Description`,
`Product category`, `Option1 name`, `Price`, `Compare-at price`, `Weight value (grams)`,
`Product image URL`, `Status`, category-metafield columns `Name (product.metafields.shopify.x)`;
see data/heldout/rkv_shop/SHOP.md for which were confirmed and which recalled).  One row per
variant; the product's own fields only on its first row; extra photos on rows carrying only the
handle, `Product image URL` and `Image position`.  Prices are whole krónur (ISK has no decimals
in Shopify).  Ring sizes are the option `Hringastærð` (EU sizes 50-62).
"""

from __future__ import annotations

import csv
import io
import os
import random
import re

from thirtyfourth_common import IS, Variant, deaccent_is, evidence, isk, photo_spec, truth_record, wchoice

CURRENCY = "ISK"
EXPORT_NAME = "products_export_1.csv"
PREFIX = "https://cdn.shopify.com/s/files/1/0734/5512/9961/files/"
MF_MATERIAL = "Jewelry material (product.metafields.shopify.jewelry-material)"
MF_COLOR = "Color (product.metafields.shopify.color-pattern)"
MF_RING = "Ring size (product.metafields.shopify.ring-size)"
MF_GEM = "Jewelry type (product.metafields.shopify.jewelry-type)"
HEADER = ["Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
          "Published on online store", "Status", "SKU", "Barcode", "Option1 name", "Option1 value",
          "Option1 Linked To", "Option2 name", "Option2 value", "Option2 Linked To", "Option3 name",
          "Option3 value", "Option3 Linked To", "Price", "Compare-at price", "Cost per item", "Charge tax",
          "Tax code", "Unit price total measure", "Unit price total measure unit", "Unit price base measure",
          "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
          "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display",
          "Requires shipping", "Fulfillment service", "Product image URL", "Image position", "Image alt text",
          "Variant image URL", "Gift card", "SEO title", "SEO description", MF_COLOR, MF_MATERIAL, MF_RING,
          "Google Shopping / Google product category", "Google Shopping / Gender", "Google Shopping / Age group",
          "Google Shopping / Condition", "Google Shopping / Custom product", "Included / Ísland",
          "Included / International", "Price / International", "Compare-at price / International"]
SIZE_OPT = "Hringastærð"
VENDOR = "Gullsmiðja Sólfarsins"

RATE = {"Y14": 13500, "W14": 14200, "R14": 13800, "Y18": 17900, "W18": 18600}    # ISK / g with making, made up
STONE_ISK = {None: 0, "diamond": 62000, "cz": 1500, "pearl": 4500, "sapphire": 22000, "garnet": 4000,
             "ruby": 19000, "amethyst": 4200, "topaz": 5000}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (5900, 420)}
MATERIAL_MF = {"Y14": "gold", "W14": "white-gold", "R14": "rose-gold", "Y18": "gold", "W18": "white-gold",
               "S925": "sterling-silver"}
METAL_NAME = {"Y14": ["úr gulli", "14 karata gull", "gull 585"], "W14": ["úr hvítagulli", "hvítagull 14K"],
              "R14": ["úr rósagulli", "rósagull 585"], "Y18": ["18 karata gull", "úr 18K gulli"],
              "W18": ["hvítagull 18K", "úr 18 karata hvítagulli"], "S925": ["úr silfri", "silfur 925", "sterling silfur"]}
BODY_METAL = {"Y14": ["Smíðað úr 14 karata gulli (585).", "Efni: gult gull 585."],
              "W14": ["Efni: hvítagull 585, ródíumhúðað."], "R14": ["Efni: rósagull 585."],
              "Y18": ["Efni: gult gull 750 (18 karata)."], "W18": ["Efni: hvítagull 750, ródíumhúðað."],
              "S925": ["Efni: silfur 925.", "Smíðað úr sterling silfri 925, oxað."]}
STONE_WITH = {"cz": ["með sirkonsteini", "með sirkonum"], "garnet": ["með granat"], "pearl": ["með perlu", "með ferskvatnsperlum"],
              "diamond": ["með demanti", "með demöntum"], "sapphire": ["með safír"], "amethyst": ["með ametist"],
              "topaz": ["með tópas"], "ruby": ["með rúbín"]}
BODY_STONE = {"cz": ["Hvítir sirkonsteinar."], "garnet": ["Dökkrauður granat."], "pearl": ["Hvít ferskvatnsperla, 7 mm."],
              "diamond": ["Demantur, hreinleiki SI, litur H."], "sapphire": ["Náttúrulegur blár safír."],
              "amethyst": ["Fjólublár ametist."], "topaz": ["Blár tópas (London Blue)."], "ruby": ["Dökkrauður rúbín."]}
NOUN = {"ring": ["Hringur", "Dömuhringur", "Herrahringur", "Baugur"], "engagement ring": ["Trúlofunarhringur"],
        "wedding band": ["Giftingarhringur", "Giftingarhringar (par)"], "earrings": ["Eyrnalokkar", "Hangandi eyrnalokkar", "Eyrnalokkar, hringir"],
        "pendant": ["Hálsmen", "Men"], "chain": ["Keðja", "Keðja, venesísk", "Figaro keðja"],
        "necklace": ["Hálsfesti", "Perluhálsfesti"], "bracelet": ["Armband"]}
TYPE = {"ring": "Hringir", "engagement ring": "Trúlofunarhringar", "wedding band": "Giftingarhringar",
        "earrings": "Eyrnalokkar", "pendant": "Hálsmen", "chain": "Keðjur", "necklace": "Hálsfestar", "bracelet": "Armbönd"}
TAXONOMY = {"ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
            "wedding band": "Apparel & Accessories > Jewelry > Rings", "earrings": "Apparel & Accessories > Jewelry > Earrings",
            "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants", "chain": "Apparel & Accessories > Jewelry > Necklaces",
            "necklace": "Apparel & Accessories > Jewelry > Necklaces", "bracelet": "Apparel & Accessories > Jewelry > Bracelets"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Víravirki", "Skotthúfa", "Yggdrasill", "Rún", "Hekla", "Esja", "Jökull", "Norðurljós"]
DESIGNS = [
    ("ring", 14, [("Y14", 3), ("W14", 3), ("R14", 2), ("S925", 6)],
     [("cz", 4), ("garnet", 1), ("sapphire", 1), ("ruby", 1), ("amethyst", 1), ("topaz", 1), (None, 4)], (2.0, 5.5), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("R14", 1), ("W14", 2), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 8), ("Y14", 5), ("W14", 2), ("R14", 1)],
     [(None, 6), ("cz", 3), ("pearl", 3), ("garnet", 1), ("diamond", 2), ("amethyst", 1)], (1.0, 5.0), None),
    ("pendant", 13, [("S925", 7), ("Y14", 4), ("W14", 1), ("R14", 1)],
     [(None, 6), ("cz", 2), ("garnet", 1), ("pearl", 1), ("diamond", 1), ("amethyst", 1), ("topaz", 1)], (0.8, 4.0), None),
    ("chain", 6, [("Y14", 2), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 7, [("S925", 4), ("Y14", 3)], [("pearl", 4), ("garnet", 1), (None, 2)], (4.0, 15.0), None),
    ("bracelet", 11, [("S925", 6), ("Y14", 4), ("R14", 1)], [(None, 6), ("cz", 2), ("pearl", 2), ("topaz", 1)], (3.0, 12.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]


def r_isk(x):
    return float(max(1, int(round(x / 1000.0))) * 1000 - 100)


def price_of(code, stone, grams, carat=None):
    st = STONE_ISK[stone]
    if stone == "diamond" and carat:
        st = STONE_ISK["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_isk(grams * RATE[code] + 6000 + st)
    base, per_g = SILVER[code]
    return r_isk(base + per_g * grams * 10 + st * 0.7)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    if noun == "Perluhálsfesti" and stone != "pearl":
        noun = "Hálsfesti"
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(DESIGN)
    if design == "Víravirki" and code not in SILVER and rng.random() < 0.5:
        design = "Jökull"
    if design:
        parts.append(f"„{design}“")
    if rng.random() < 0.6 and not p.get("photo_only"):
        parts.append(rng.choice(METAL_NAME[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    body = []
    if rng.random() < 0.8 and not p.get("photo_only"):
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.75:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Sléttur og fágaður.", "Klassísk hönnun án steina."]))
    if p.get("carat"):
        body.append(rng.choice([f"Alls {p['carat']} ct demantar.".replace(".", ",", 1), f"Demantur {p['carat']} ct, GIA vottorð."]))
    if design == "Víravirki":
        body.append("Íslenskt víravirki, handunnið eftir gamalli íslenskri hefð.")
    elif design == "Skotthúfa":
        body.append("Innblásið af skúfnum á skotthúfu íslenska þjóðbúningsins.")
    elif design == "Yggdrasill":
        body.append("Askur Yggdrasils, lífsins tré úr norrænni goðafræði.")
    elif design == "Rún":
        body.append("Rúnaletur grafið í flötinn.")
    if cat == "pendant":
        chain = rng.random() < 0.35
        body.append("Keðja fylgir." if chain else "Keðja seld sér.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Verð er fyrir einn hring. Áletrun innifalin.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Verð fyrir parið.")
    return name, body


def trap_slots(prods):
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (1, 12, 21)}, "silverwed": {gold[k] for k in (6, 29)},
            "goldwed": {silver[k] for k in (7, 18)}, "shop": {silver[k] for k in (4, 15)},
            "foss": {silver[k] for k in (9, 26)},
            "photo": {gold[k] for k in (9, 22, 33)} | {silver[10], silver[30]}}


def look_alikes(i, slots, body, traps):
    if i in slots["box"]:
        body.append("Kemur í gulllitaðri gjafaöskju.")
        traps.append("gulllituð askja")
    if i in slots["silverwed"]:
        body.append("Falleg gjöf á silfurbrúðkaupsafmæli.")
        traps.append("silfurbrúðkaup")
    if i in slots["goldwed"]:
        body.append("Tilvalin gjöf á gullbrúðkaupsafmæli ömmu og afa.")
        traps.append("gullbrúðkaup")
    if i in slots["shop"]:
        body.append("Handsmíðað á verkstæði gullsmiðjunnar á Skólavörðustíg.")
        traps.append("gullsmiðja")
    if i in slots["foss"]:
        body.append("Gullfallegt, innblásið af Gullfossi.")
        traps.append("Gullfoss / gullfallegt")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals, base
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 3 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s}"))
    return vs, vals, base


def slug(s):
    s = deaccent_is(s.lower()).replace("„", "").replace("“", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def shop_row(**kw):
    v = {h: "" for h in HEADER}
    v.update(kw)
    return [v[h] for h in HEADER]


def money(x):
    return str(int(x)) if x else ""


def build(out, images=True):
    rng = random.Random(3340)
    outdir = os.path.join(out, "rkv_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    rows, truths, jobs = [], [], []
    missing_at = {11, 47, 72}
    status_at = {17: "draft", 41: "archived", 66: "draft"}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(334000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        p["photo_only"] = i in slots["photo"]
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, body, traps)
        code, cat = p["code"], p["cat"]
        status = status_at.get(i, "active")
        live = status == "active"
        p.update(status=status, live=live, in_stock=live)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        sku = f"GS-{1000 + i * 7}"
        vs, vals, base = variants_of(p, prng, sku)
        sale = prng.random() < 0.12
        if sale:
            for v in vs:
                v.regular = v.price
                v.price = r_isk(v.price * 0.8)
        if prng.random() < 0.45:
            lo = min(v.price for v in vs)
            lead = "Frá " if len({v.price for v in vs}) > 1 else prng.choice(["Verð: ", "Aðeins ", "Tilboð: "])
            body.append(lead + isk(lo, prng.randint(0, 5)))
        if prng.random() < 0.2:
            body.append("Frí heimsending innanlands.")
        handle = slug(name)
        p["handle"], p["title"] = handle, name
        ptype = TYPE[cat] if prng.random() < 0.85 else ""
        p["shop_category"] = ptype
        tag_list = [t for t in (("íslensk hönnun" if "„" in name else ""), ("gjafavara" if prng.random() < 0.25 else ""),
                                ("Tilboð" if sale else "")) if t]
        tags = ", ".join(tag_list)
        desc = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Eyrnalokkar, hringir": "hoop", "Hangandi eyrnalokkar": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        fn = handle + ".jpg"
        urls, extra = [], []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3340000 + i))
            urls.append(PREFIX + fn + f"?v=17{prng.randint(10000000, 99999999)}")
            if prng.random() < 0.2:
                efn = handle + "-2.jpg"
                jobs.append((os.path.join(outdir, "images", efn), spec, 3347000 + i))
                urls.append(PREFIX + efn + f"?v=17{prng.randint(10000000, 99999999)}")
                extra.append("images/" + efn)
        mf_mat = "" if p["photo_only"] or prng.random() < 0.5 else MATERIAL_MF[code]
        p["metafield_material"] = mf_mat
        published = "TRUE" if live else "FALSE"
        for j, v in enumerate(vs):
            first = j == 0
            kw = {"URL handle": handle, "SKU": v.sku, "Price": money(v.price),
                  "Compare-at price": money(v.regular) if sale else "", "Charge tax": "TRUE",
                  "Inventory tracker": "shopify", "Inventory quantity": str(prng.randint(1, 5) if live else 0),
                  "Continue selling when out of stock": "DENY", "Weight value (grams)": str(int(round(v.grams))),
                  "Weight unit for display": "g", "Requires shipping": "TRUE", "Fulfillment service": "manual",
                  "Option1 name": (SIZE_OPT if vals else "Title") if first else "",
                  "Option1 value": v.opts[0] if vals else "Default Title"}
            if first:
                kw.update({"Title": name, "Description": desc, "Vendor": VENDOR, "Product category": TAXONOMY[cat],
                           "Type": ptype, "Tags": tags, "Published on online store": published, "Status": status,
                           "Product image URL": urls[0] if urls else "", "Image position": "1" if urls else "",
                           "Image alt text": name if urls else "", "Gift card": "FALSE",
                           MF_MATERIAL: mf_mat, MF_RING: "; ".join(f"eu-{s}" for s in vals) if vals else "",
                           "Google Shopping / Condition": "new", "Google Shopping / Custom product": "FALSE",
                           "Included / Ísland": "TRUE", "Included / International": "TRUE"})
            if vals and first:
                kw["Option1 Linked To"] = ""
            rows.append(shop_row(**kw))
        for k, u in enumerate(urls[1:], start=2):
            rows.append(shop_row(**{"URL handle": handle, "Product image URL": u, "Image position": str(k)}))
        fields = {"title": name, "body": " ".join(body), "type": ptype, "tags": tags}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [SIZE_OPT] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         None if broken else urls[0], broken, spec, extra, "compare_at_price")
        t["sku"] = sku
        t["metafield_material"] = mf_mat or None
        ev, probs = evidence(IS, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"rkv {handle} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def row_count(rows):
    return len(rows)


def write_export(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def read_export(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    by = {}
    for r in rows:
        by.setdefault(r["URL handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        prices = [float(r["Price"]) for r in rs if r["Price"]]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert len(prices) == t["variants"], t["handle"]
        assert (rs[0]["Status"] == "active") == t["live"], t["handle"]
        assert (rs[0]["Product image URL"] == "") == t["image_broken"], t["handle"]
        if images:
            for r in rs:
                u = r["Product image URL"]
                if u:
                    assert os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(PREFIX):].split("?")[0])), u
    return rows
