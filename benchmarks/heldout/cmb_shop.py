"""Colombo shop: Nuwara Gems & Jewellers, Galle Road, Colombo 03 (Webflow Ecommerce, LKR).

Its export is Webflow's Ecommerce product export (Designer > Ecommerce > Products > Export, CSV):
one row per variant, product fields repeated on every row and tied by `Product Handle`, 24-hex
`Product ID` / `Variant ID`, `Product Type` (Physical), the plain-text `Product Description`, a
rich-text custom field `Details` (HTML), `Product Categories`, `Main Variant Image` /
`More Variant Images` (cdn.prod.website-files.com URLs), `Variant Price` written with the
currency ("LKR 145,000.00"), `Variant Compare-at Price`, `Variant SKU`, `Option1 Name` /
`Option1 Value` .., and the CMS flags `Draft` / `Archived`.  See data/heldout/cmb_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentyeighth_common import LK, Variant, evidence, lkr, photo_spec, truth_record, wchoice

CURRENCY = "LKR"
EXPORT_NAME = "Nuwara Gems - Products.csv"
SITE = "64f1c0a2b7e3d95e1a0c4b27"
PREFIX = f"https://cdn.prod.website-files.com/{SITE}/"

HEADER = ["Product ID", "Variant ID", "Product Type", "Product Handle", "Product Name", "Product Description",
          "Details", "Product Categories", "Main Variant Image", "More Variant Images", "Variant Price",
          "Variant Compare-at Price", "Variant SKU", "Variant Inventory", "Variant Weight", "Requires Shipping",
          "Product Tax Class", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
          "Option3 Value", "Draft", "Archived"]

RATE = {"Y22": 31000, "Y18": 26000, "W18": 27500}          # LKR / gram with making charges, made up
STONE_LKR = {None: 0, "diamond": 140000, "cz": 1500, "pearl": 7500, "ruby": 90000, "sapphire": 85000,
             "sapphire yellow": 55000, "sapphire pink": 70000, "padparadscha": 350000, "star sapphire": 120000,
             "moonstone": 12000, "cats eye": 95000, "alexandrite": 180000, "spinel": 60000, "spinel pink": 45000,
             "garnet": 9000, "topaz": 8000, "aquamarine": 25000}
GOLDS = ("Y22", "Y18", "W18")
METAL_NAME = {"Y22": ["22K Gold", "22kt Gold", "22 Carat Gold"], "Y18": ["18K Gold", "18kt Yellow Gold"],
              "W18": ["18K White Gold", "18kt White Gold"], "S925": ["Sterling Silver", "925 Silver", "Silver"]}
BODY_METAL = {"Y22": ["Crafted in 22 karat gold (916), hallmarked.", "22K gold, 916 hallmark."],
              "Y18": ["18 karat yellow gold (750).", "Made in 18K gold."],
              "W18": ["18 karat white gold, rhodium finished.", "18K white gold (750)."],
              "S925": ["925 sterling silver.", "Sterling silver, rhodium dipped."]}
STONE_NAME = {"sapphire": ["Blue Sapphire", "Ceylon Blue Sapphire", "Neelam"], "sapphire yellow": ["Yellow Sapphire", "Pukhraj Yellow Sapphire"],
              "sapphire pink": ["Pink Sapphire"], "padparadscha": ["Padparadscha", "Padparadscha Sapphire"],
              "star sapphire": ["Star Sapphire", "Blue Star Sapphire"], "moonstone": ["Moonstone", "Blue Moonstone"],
              "cats eye": ["Cat's Eye", "Chrysoberyl Cat's Eye"], "alexandrite": ["Alexandrite"], "spinel": ["Red Spinel", "Spinel"],
              "spinel pink": ["Pink Spinel"], "garnet": ["Garnet"], "topaz": ["Blue Topaz"], "aquamarine": ["Aquamarine"],
              "diamond": ["Diamond"], "cz": ["CZ"], "pearl": ["Pearl", "Muthu Pearl"], "ruby": ["Ruby"]}
BODY_STONE = {"sapphire": ["Set with a natural Ceylon blue sapphire from Ratnapura, unheated.", "Cornflower blue Ceylon sapphire, heated only."],
              "sapphire yellow": ["Natural yellow sapphire (pukhraj), a favourite for Guru / Brihaspati.", "Golden yellow Ceylon sapphire."],
              "sapphire pink": ["A soft pink Ceylon sapphire, natural."], "padparadscha": ["A rare padparadscha - the lotus-coloured sapphire found only in a few gem pits."],
              "star sapphire": ["Blue star sapphire cabochon with a sharp six-rayed star."], "moonstone": ["Meetiyagoda moonstone with a blue sheen.", "Ceylon moonstone, blue flash."],
              "cats eye": ["Honey coloured chrysoberyl cat's eye with a crisp line (vaidurya)."], "alexandrite": ["Natural alexandrite - green by day, raspberry red under lamplight."],
              "spinel": ["Deep red Ceylon spinel."], "spinel pink": ["Pink spinel from Elahera."], "garnet": ["Red garnet (January birthstone)."],
              "topaz": ["Swiss blue topaz."], "aquamarine": ["Pale blue aquamarine."], "diamond": ["Set with VS/GH round brilliant diamonds."],
              "cz": ["Set with sparkling zircon CZ."], "pearl": ["White freshwater pearls."], "ruby": ["Set with a red ruby."]}
NOUN = {"ring": ["Ring", "Mudda"], "engagement ring": ["Engagement Ring", "Solitaire Engagement Ring"], "wedding band": ["Wedding Band", "Wedding Ring"],
        "earrings": ["Earrings", "Stud Earrings", "Karabu", "Drop Earrings", "Jhumka Earrings"], "pendant": ["Pendant", "Padakkama"],
        "chain": ["Chain", "Rope Chain", "Box Chain"], "necklace": ["Necklace", "Maalaya", "Thali Necklace"],
        "bracelet": ["Bracelet", "Tennis Bracelet"], "bangle": ["Bangle", "Walalu", "Kandyan Bangle"]}
CATEGORY = {"ring": "Rings", "engagement ring": "Engagement Rings", "wedding band": "Wedding Rings", "earrings": "Earrings",
            "pendant": "Pendants", "chain": "Chains", "necklace": "Necklaces", "bracelet": "Bracelets", "bangle": "Bangles"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None)}
SAPPHS = ("sapphire", "sapphire yellow", "sapphire pink")

DESIGNS = [
    ("ring", 14, [("Y22", 4), ("Y18", 4), ("W18", 3), ("S925", 3)],
     [("sapphire", 3), ("sapphire yellow", 2), ("star sapphire", 1), ("moonstone", 2), ("cats eye", 1), ("alexandrite", 1),
      ("spinel", 1), ("garnet", 1), (None, 1)], (3.0, 6.0), "size"),
    ("engagement ring", 8, [("W18", 4), ("Y18", 3), ("Y22", 1)],
     [("diamond", 4), ("sapphire", 2), ("padparadscha", 1), ("sapphire pink", 1)], (2.8, 4.2), "size"),
    ("wedding band", 5, [("Y22", 2), ("Y18", 2), ("W18", 1)], [(None, 4), ("diamond", 1)], (3.5, 7.0), "size"),
    ("earrings", 16, [("Y22", 5), ("Y18", 3), ("W18", 2), ("S925", 6)],
     [(None, 3), ("pearl", 2), ("moonstone", 3), ("sapphire", 2), ("sapphire yellow", 1), ("diamond", 2), ("topaz", 1),
      ("aquamarine", 1), ("spinel pink", 1)], (2.0, 6.0), "stone"),
    ("pendant", 16, [("Y22", 5), ("Y18", 3), ("W18", 2), ("S925", 6)],
     [("sapphire", 3), ("moonstone", 3), ("cats eye", 2), ("star sapphire", 2), ("padparadscha", 1), ("garnet", 1),
      ("aquamarine", 1), (None, 2), ("alexandrite", 1)], (1.5, 5.0), "stone"),
    ("chain", 7, [("Y22", 4), ("Y18", 2), ("S925", 1)], [(None, 1)], (4.0, 16.0), "len"),
    ("necklace", 7, [("Y22", 4), ("Y18", 1), ("S925", 2)],
     [("pearl", 2), (None, 2), ("ruby", 1), ("sapphire", 1), ("garnet", 1)], (8.0, 30.0), None),
    ("bracelet", 5, [("Y18", 2), ("S925", 2), ("W18", 1)], [("sapphire", 2), (None, 1), ("moonstone", 1), ("diamond", 1)], (5.0, 12.0), None),
    ("bangle", 8, [("Y22", 6), ("S925", 2)], [(None, 5), ("ruby", 1), ("sapphire", 1), ("spinel", 1)], (8.0, 24.0), "bsize"),
]
SIZES = ["10", "11", "12", "13", "14", "15", "16", "17"]
LENS = ['16"', '18"', '20"', '22"', '24"']
BSIZES = ["2.4", "2.6", "2.8", "2.10"]
HEX = "0123456789abcdef"


def r_lkr(x):
    if x < 100000:
        return float(int(round(x / 500.0)) * 500)
    return float(int(round(x / 1000.0)) * 1000)


def price_of(code, stone, grams, carat=None):
    st = STONE_LKR[stone]
    if stone == "diamond" and carat:
        st = STONE_LKR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_lkr(grams * RATE[code] + 4500 + st)
    return r_lkr(6500 + 900 * grams + st * 0.45)


def oid(rng):
    return "".join(rng.choice(HEX) for _ in range(24))


def slug(name):
    plain = name.replace("'", "").lower()
    return "-".join(w for w in re.split(r"[^a-z0-9]+", plain) if w)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code == "S925" and stone in ("diamond", "padparadscha", "alexandrite"):
                stone = "cz" if stone == "diamond" else "moonstone"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def name_of(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    stone_in = stone and rng.random() < 0.75
    metal_in = rng.random() < 0.6
    style = rng.choice(["", "", "", "Kandyan", "Lotus", "Sigiriya", "Liya Vel", "Punkalasa", "Halo", "Classic"])
    if cat in ("chain", "wedding band") or style in ("Kandyan",) and cat == "bangle":
        style = "" if "Kandyan" in noun else style
    head = " ".join(x for x in (style, rng.choice(STONE_NAME[stone]) if stone_in else "", noun) if x)
    if not metal_in:
        return head
    ms = rng.choice(METAL_NAME[code])
    return f"{ms} {head}" if rng.random() < 0.5 else f"{head} - {ms}"


def texts(p, rng):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    name = name_of(p, rng)
    if p.get("carat") and rng.random() < 0.5:
        name += f" {p['carat']}ct"
    desc, details = [], []
    if rng.random() < 0.85:
        (details if rng.random() < 0.5 else desc).append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        details.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        details.append(rng.choice(["Plain polished finish.", "No stones - simple and classic."]))
    if p.get("carat"):
        details.append(rng.choice([f"Total diamond weight {p['carat']}ct.", f"{p['carat']}ct centre diamond, IGI certified."]))
    if code in GOLDS and rng.random() < 0.4:
        details.append(f"Gold weight approx. {p['grams']:.2f}g.")
    if cat == "pendant":
        chain = rng.random() < 0.3
        details.append("Comes with a matching chain." if chain else "Chain not included.")
        p["sold_with_chain"] = chain
    if cat == "necklace" and "Thali" in p["noun"]:
        details.append("Traditional Tamil thali design for the wedding day.")
    return name, desc, details


def look_alikes(i, p, details, traps):
    code, cat = p["code"], p["cat"]
    if i in (5, 41, 73) and code == "S925":
        details.append("Presented in our gold gift box.")
        traps.append("gold gift box")
    if i in (12, 60) and code in GOLDS:
        details.append("A perfect gift for a silver jubilee.")
        traps.append("silver jubilee")
    if cat in ("chain", "bangle") and p["stone"] is None and i % 2 == 1:
        details.append("Diamond-cut finish for extra sparkle.")
        traps.append("Diamond-cut")
    if i in (20, 66) and cat in ("pendant", "earrings") and p["stone"] is None:
        details.append("Inspired by the sandakada pahana (moonstone) at Anuradhapura.")
        traps.append("sandakada pahana")


def variants_of(p, prng, sku, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, vname, stones = [], None, None
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(0, 3)
        vals, vname = SIZES[a:a + prng.randint(3, 5)], "Ring Size"
    elif axis == "len" and prng.random() < 0.7:
        vals, vname = LENS[:prng.randint(2, 4)], "Length"
    elif axis == "bsize" and prng.random() < 0.7:
        vals, vname = BSIZES[:prng.randint(2, 4)], "Bangle Size"
    elif axis == "stone" and stone in SAPPHS and prng.random() < 0.6:
        stones = [stone] + [s for s in SAPPHS if s != stone][:prng.randint(1, 2)]
        lab = {"sapphire": "Blue Sapphire", "sapphire yellow": "Yellow Sapphire", "sapphire pink": "Pink Sapphire"}
        vals, vname = [lab[s] for s in stones], "Gem"
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], sku)], vals, vname
    vs = []
    for j, s in enumerate(vals):
        vs_stone, g = stone, p["grams"]
        if stones:
            vs_stone = stones[j]
        else:
            g = p["grams"] * (1 + 0.04 * j)
        vsku = f"{sku}-{j + 1:02d}"
        vs.append(Variant([s], code, vs_stone, 0.0 if ask else price_of(code, vs_stone, g, p.get("carat")), None, g, vsku))
    return vs, vals, vname


def money(x):
    return f"LKR {x:,.2f}"


def build(out, images=True):
    rng = random.Random(2828)
    outdir = os.path.join(out, "cmb_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {8, 44, 77}
    ask_at = {17, 63}
    draft_at = {26, 55}
    archived_at = {38}
    sale_at = {3, 14, 30, 49, 70}
    names, handles = set(), set()
    for i, p in enumerate(prods):
        prng = random.Random(282800 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.3, 0.5, 0.7, 1.0]) if p["cat"] == "engagement ring" else prng.choice([0.1, 0.15, 0.25])
        name, desc, details = texts(p, rng)
        while name in names:
            name, desc, details = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, p, details, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "draft" if i in draft_at else ("archived" if i in archived_at else "active")
        p.update(status=status, live=status == "active" and not ask, in_stock=True)
        if ask:
            p["for_sale"] = False
            details.append(prng.choice(["Price on request - please call our Galle Road showroom.", "Price on request (gem prices change daily)."]))
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        h = slug(name)
        while h in handles:
            h += "-2"
        handles.add(h)
        p["handle"], p["title"] = h, name
        p["shop_category"] = CATEGORY[cat] if prng.random() < 0.85 else "New Arrivals"
        sku = f"NG-{1400 + i * 3}"
        vs, vals, vname = variants_of(p, prng, sku, ask)
        sale = i in sale_at and not ask
        if not ask and prng.random() < 0.35:
            lead = "From " if len({v.price for v in vs}) > 1 else prng.choice(["Now only ", "Just ", ""])
            details.append(lead + lkr(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            details.append("Islandwide delivery. Koko and Mintpay instalments available.")
        desc_txt = " ".join(desc) or prng.choice(["Handcrafted in Colombo.", "From our Galle Road workshop.", ""])
        det_html = "<p>" + "</p><p>".join(details) + "</p>" if details else ""
        asset = oid(prng)
        fn = f"{asset}_{h}.jpg"
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Drop Earrings": "drop", "Jhumka Earrings": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2828000 + i))
        for k, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            reg = r_lkr(v.price * 1.15) if sale else None
            v.regular = reg
            r.update({"Product ID": "", "Variant ID": oid(prng), "Product Type": "Physical", "Product Handle": h,
                      "Product Name": name, "Product Description": desc_txt, "Details": det_html,
                      "Product Categories": p["shop_category"], "Main Variant Image": PREFIX + fn,
                      "Variant Price": money(v.price), "Variant Compare-at Price": money(reg) if reg else "",
                      "Variant SKU": v.sku, "Variant Inventory": str(prng.randint(0, 4)) if k or prng.random() < 0.5 else "",
                      "Variant Weight": f"{v.grams:.2f}", "Requires Shipping": "true", "Product Tax Class": "standard-taxable",
                      "Option1 Name": vname or "", "Option1 Value": v.opts[0] if vals else "",
                      "Draft": "true" if status == "draft" else "false", "Archived": "true" if status == "archived" else "false"})
            rows.append(r)
        pid = oid(prng)
        for r in rows[-len(vs):]:
            r["Product ID"] = pid
        fields = {"title": name, "body": desc_txt + " " + det_html, "type": p["shop_category"]}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, PREFIX + fn, broken, spec,
                         [], "compare_at_price")
        t["sku"] = sku
        ev, probs = evidence(LK, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"cmb {h} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def parse_money(s):
    return float(s.replace("LKR", "").replace(",", "").strip())


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["Product Handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Product Name"] == t["title"] and len(rs) == t["variants"], t["handle"]
        prices = [parse_money(r["Variant Price"]) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["Draft"] == "false" and rs[0]["Archived"] == "false" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert t["image_url"] == rs[0]["Main Variant Image"]
        if images:
            fn = t["image_url"][len(PREFIX):]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"]
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows)
