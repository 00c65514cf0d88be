"""Dublin shop: Ní Bhriain Jewellers, Powerscourt Townhouse Centre, South William Street (Square, EUR).

Its export is Square's item library export (Dashboard > Items > Item library > Actions >
Export library, CSV): one row per variation, each with its own variation `Token`, the item's
name / description / categories repeated on every row, `Option Name 1` / `Option Value 1`,
`Archived` / `Sellable` / `Stockable` Y / N, stock and price columns per location, the VAT
column.  No photo column: the owner hands the photos over as a folder of files named by the
item's SKU.  See data/heldout/dub_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentysixth_common import IE, Variant, eur, evidence, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "Ni_Bhriain_Jewellers_item_library_2026-12-02.csv"
LOCS = ["South William St", "Dún Laoghaire"]

HEADER = (["Token", "Item Name", "Variation Name", "Unit and Precision", "SKU", "Description", "Categories",
           "Reporting Category", "SEO Title", "SEO Description", "Permalink", "GTIN", "Square Online Item Visibility",
           "Item Type", "Weight (kg)", "Social Media Link Title", "Social Media Link Description", "Shipping Enabled",
           "Self-serve Ordering Enabled", "Delivery Enabled", "Pickup Enabled", "Price", "Online Sale Price",
           "Archived", "Sellable", "Contains Alcohol", "Stockable", "Skip Detail Screen in POS", "Option Name 1",
           "Option Value 1", "Default Unit Cost", "Default Vendor Name", "Default Vendor Code"]
          + [f"{col} {loc}" for loc in LOCS for col in ("Enabled", "Current Quantity", "New Quantity",
                                                        "Stock Alert Enabled", "Stock Alert Count", "Price")]
          + ["Tax - VAT (23%)"])

RATE = {"Y9": 68, "W9": 72, "Y14": 105, "W14": 112, "Y18": 140, "W18": 148}       # € / gram, retail, made up
STONE_EUR = {None: 0, "diamond": 280, "cz": 15, "connemara": 25, "emerald": 220, "pearl": 35, "garnet": 45,
             "amethyst": 45, "sapphire": 260, "topaz": 55}
SILVER = {"S925": (45, 6.5), "GPS": (55, 8.0)}
GOLDS = ("Y9", "W9", "Y14", "W14", "Y18", "W18")

METAL_TITLE = {"Y9": ["9ct Gold", "9ct Yellow Gold", "9K Gold"], "W9": ["9ct White Gold"],
               "Y14": ["14ct Gold", "14ct Yellow Gold"], "W14": ["14ct White Gold"], "Y18": ["18ct Gold", "18ct Yellow Gold"],
               "W18": ["18ct White Gold"], "S925": ["Sterling Silver", "Silver", "925 Silver"],
               "GPS": ["Gold Plated Silver", "Gold Vermeil"]}
BODY_METAL = {
    "Y9": ["Made in 9ct yellow gold and hallmarked 375 at the Assay Office in Dublin Castle.",
           "9ct gold, Irish hallmarked (375 with the Hibernia mark)."],
    "W9": ["9ct white gold, rhodium plated for a bright finish. Hallmarked 375 in Dublin."],
    "Y14": ["14ct yellow gold, hallmarked 585 in Dublin.", "Solid 14ct gold (585) with the Irish hallmark."],
    "W14": ["14ct white gold (585), rhodium finish."],
    "Y18": ["18ct yellow gold, hallmarked 750 at Dublin Castle.", "Solid 18ct gold (750)."],
    "W18": ["18ct white gold (750), Irish hallmarked."],
    "S925": ["Sterling silver, hallmarked 925 in Dublin.", "Solid sterling silver.", "925 sterling silver, Irish made."],
    "GPS": ["Sterling silver with a thick gold plating (vermeil).", "Gold plated sterling silver."],
}
STONE_TITLE = {"diamond": "Diamond", "cz": "CZ", "connemara": "Connemara Marble", "emerald": "Emerald",
               "pearl": "Pearl", "garnet": "Garnet", "amethyst": "Amethyst", "sapphire": "Sapphire", "topaz": "Blue Topaz"}
BODY_STONE = {"diamond": ["Set with brilliant cut diamonds.", "Diamonds: G/H colour, SI clarity."],
              "cz": ["Set with sparkling cubic zirconia.", "Clear CZ stones."],
              "connemara": ["Genuine green Connemara marble from the quarries in Co. Galway, hand cut and polished.",
                            "Inlaid with Connemara marble, Ireland's own green stone."],
              "emerald": ["Set with a green emerald.", "Natural emerald, about 4mm."],
              "pearl": ["White freshwater pearl.", "Freshwater pearls, about 7mm."],
              "garnet": ["Deep red garnet (January birthstone).", "Set with a garnet."],
              "amethyst": ["Purple amethyst (February birthstone)."], "sapphire": ["Set with a blue sapphire."],
              "topaz": ["Swiss blue topaz."]}
NOUN = {"ring": ["Ring"], "engagement ring": ["Engagement Ring", "Solitaire Engagement Ring"],
        "wedding band": ["Wedding Band", "Wedding Ring"], "earrings": ["Stud Earrings", "Drop Earrings", "Earrings", "Hoops", "Sleepers"],
        "pendant": ["Pendant", "Locket", "Charm"], "chain": ["Chain", "Curb Chain", "Box Chain", "Rope Chain"],
        "necklace": ["Necklace", "Necklet"], "bracelet": ["Bracelet", "Charm Bracelet"], "bangle": ["Bangle", "Cuff"],
        "brooch": ["Brooch", "Kilt Pin"]}
MOTIF = {"ring": ["Claddagh", "Claddagh", "Trinity Knot", "Celtic Knot", "Celtic Weave", ""],
         "engagement ring": ["", "", "Claddagh", "Celtic"], "wedding band": ["Celtic Knot", "Ogham", "", "Trinity Knot"],
         "earrings": ["Claddagh", "Trinity Knot", "Celtic Knot", "", ""], "pendant": ["Claddagh", "Trinity Knot", "Celtic Cross",
                                                                                    "Ogham", "Tree of Life", ""],
         "chain": [""], "necklace": ["", "Celtic"], "bracelet": ["", "Celtic", "Claddagh"], "bangle": ["", "Celtic"],
         "brooch": ["Tara", "Celtic", "Shamrock"]}
REPORTING = {"ring": "Rings", "engagement ring": "Engagement", "wedding band": "Wedding Bands", "earrings": "Earrings",
             "pendant": "Pendants", "chain": "Chains", "necklace": "Necklaces", "bracelet": "Bracelets",
             "bangle": "Bracelets", "brooch": "Brooches"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "brooch": ("brooch", None)}
OGHAM = ["Grá", "Anam Cara", "Mo Chroí", "Síocháin", "Dóchas"]

DESIGNS = [
    ("ring", 16, [("Y9", 5), ("W9", 1), ("Y14", 2), ("S925", 6), ("GPS", 1)],
     [(None, 6), ("connemara", 2), ("emerald", 2), ("cz", 2), ("garnet", 1), ("amethyst", 1), ("diamond", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W18", 2), ("Y18", 2), ("W14", 2), ("Y14", 1)], [("diamond", 6), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 8, [("Y9", 2), ("Y14", 3), ("W14", 1), ("Y18", 1), ("W9", 1)], [(None, 7), ("diamond", 1)], (3.0, 7.0), "size"),
    ("earrings", 14, [("S925", 7), ("Y9", 4), ("GPS", 2), ("Y14", 1)],
     [(None, 6), ("connemara", 2), ("cz", 2), ("pearl", 2), ("emerald", 1), ("topaz", 1)], (1.0, 4.0), "metal"),
    ("pendant", 14, [("S925", 7), ("Y9", 4), ("Y14", 1), ("GPS", 2)],
     [(None, 6), ("connemara", 3), ("emerald", 1), ("cz", 2), ("amethyst", 1), ("garnet", 1)], (1.0, 5.0), "metal"),
    ("chain", 7, [("Y9", 3), ("S925", 3), ("Y14", 1)], [(None, 1)], (2.0, 12.0), "len"),
    ("necklace", 5, [("S925", 3), ("Y9", 2)], [(None, 2), ("pearl", 2), ("connemara", 1)], (3.0, 10.0), None),
    ("bracelet", 6, [("S925", 4), ("Y9", 2)], [(None, 4), ("connemara", 1), ("pearl", 1)], (3.0, 10.0), None),
    ("bangle", 4, [("S925", 3), ("Y9", 1)], [(None, 3), ("connemara", 1)], (8.0, 20.0), None),
    ("brooch", 4, [("S925", 3), ("GPS", 1)], [(None, 3), ("connemara", 1)], (4.0, 12.0), None),
]
SIZES = ["J", "K", "L", "M", "N", "O", "P", "Q", "R"]
LENS = ['16"', '18"', '20"', '22"']
SILVERISH = ("S925", "GPS")
TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def r_eur(x):
    if x < 1000:
        return float(int(round(x / 5.0)) * 5)
    return float(int(round(x / 10.0)) * 10)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 60 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + (st * 0.6 if stone else 0))


def slug_of(title):
    h = title.lower().replace("í", "i").replace("á", "a").replace("ó", "o").replace("é", "e").replace("ú", "u")
    return re.sub(r"[^a-z0-9]+", "-", h).strip("-")


def token(rng):
    return "".join(rng.choice(TOKEN_CHARS) for _ in range(24))


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVERISH and stone in ("diamond", "sapphire", "emerald"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def title_of(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    motif = rng.choice(MOTIF[cat])
    noun = rng.choice(NOUN[cat])
    if cat == "brooch" and motif == "Tara":
        noun = "Brooch"
    p["noun"], p["motif"] = noun, motif
    stone_in_title = stone and rng.random() < 0.7
    metal_in_title = not metal_alt and rng.random() < 0.75
    head = " ".join(x for x in (motif, STONE_TITLE[stone] if stone_in_title else "", noun) if x)
    if motif == "Ogham" and rng.random() < 0.7:
        head += f" '{rng.choice(OGHAM)}'"
    if not metal_in_title:
        return head
    ms = rng.choice(METAL_TITLE[code])
    form = rng.random()
    if form < 0.45:
        return f"{ms} {head}"
    if form < 0.8:
        return f"{head} {ms}" if rng.random() < 0.5 else f"{head} - {ms}"
    return f"{head} in {ms}"


def texts(p, rng, metal_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    traps = []
    title = title_of(p, rng, metal_alt)
    if p.get("carat") and rng.random() < 0.6:
        title += f" {p['carat']}ct"
    body = []
    if p["motif"] == "Claddagh":
        body.append(rng.choice(["The Claddagh: hands for friendship, the heart for love, the crown for loyalty.",
                                "Our Claddagh, made the traditional way - wear the heart facing in if you're taken."]))
    elif p["motif"] == "Ogham":
        body.append("Engraved in Ogham, the old Irish alphabet. We can engrave a name of your choosing.")
    elif p["motif"] in ("Trinity Knot", "Celtic Knot", "Celtic Weave", "Celtic", "Celtic Cross"):
        body.append(rng.choice(["A Celtic design with no beginning and no end.", "Inspired by the Book of Kells."]))
    if metal_alt:
        body.append(f"Available in {rng.choice(METAL_TITLE[code]).lower()} or {rng.choice(METAL_TITLE[metal_alt]).lower()}.")
    elif rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    if stone and (STONE_TITLE[stone] in title or rng.random() < 0.75):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Plain polished finish.", "No stones - simple and classic."]))
    if p.get("carat"):
        body.append(rng.choice([f"Total diamond weight {p['carat']}ct.", f"{p['carat']}ct brilliant, GIA graded."]))
    if cat == "pendant":
        body.append(rng.choice(["Chain sold separately.", "Comes on an 18\" chain."]))
        p["sold_with_chain"] = "Comes on" in body[-1]
    if cat == "wedding band":
        body.append("Price is per band. Made to order in about 3 weeks.")
    return title, body, traps


def variants_of(p, prng, metal_alt, sku, ask):
    axis, code = p["axis"], p["code"]
    vals, vname = [], None
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(0, 3)
        vals, vname = SIZES[a:a + prng.randint(4, 6)], "Ring Size"
    elif axis == "len" and prng.random() < 0.6:
        vals, vname = LENS[:prng.randint(2, 4)], "Length"
    elif metal_alt:
        lab = {"S925": "Sterling Silver", "GPS": "Gold Plated", "Y9": "9ct Gold"}
        vals, vname = [lab[code], lab[metal_alt]], "Metal"
    if not vals:
        price = 0.0 if ask else price_of(code, p["stone"], p["grams"], p.get("carat"))
        return [Variant(["Regular"], code, p["stone"], price, None, p["grams"], sku)], vals, vname
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if vname == "Metal":
            vc = code if j == 0 else metal_alt
        else:
            g = p["grams"] * (1 + (0.03 if vname == "Ring Size" else 0.12) * j)
        vsku = f"{sku}-{s.strip(chr(34))}" if vname != "Metal" else f"{sku}-{'SS' if vc == 'S925' else vc}"
        vs.append(Variant([s], vc, p["stone"], 0.0 if ask else price_of(vc, p["stone"], g, p.get("carat")), None, g, vsku))
    return vs, vals, vname


def look_alikes(i, p, body, traps):
    """Deliberate words that read like another metal or stone, placed by position."""
    code, cat = p["code"], p["cat"]
    if i in (3, 40, 71) and code in SILVERISH:
        body.append("A lovely gift from the Emerald Isle.")
        traps.append("Emerald Isle")
    if i in (11, 58) and code in SILVERISH:
        body.append("Presented in our gold gift box.")
    if i in (19, 63) and code in GOLDS:
        body.append("A thoughtful gift for a silver wedding anniversary.")
    if i in (25, 77) and code in SILVERISH and p["stone"] is None:
        body.append("Handmade by our silversmith in Connemara.")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 3 == 0:
        body.append("Diamond-cut links catch the light.")


def build(out, images=True):
    rng = random.Random(2627)
    outdir = os.path.join(out, "dub_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {9, 46, 80}
    ask_at = {14, 67}              # variable price in Square: Price left blank
    archived_at = {23, 52}
    hidden_at = {35}               # kept off the online shop
    oos_at = {30, 61}
    titles = set()
    for i, p in enumerate(prods):
        prng = random.Random(262700 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.25, 0.3, 0.4, 0.5, 0.7, 1.0]) if p["cat"] == "engagement ring" else prng.choice([0.05, 0.1, 0.15])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.3:
            metal_alt = {"S925": "GPS", "GPS": "S925", "Y9": "S925"}.get(p["code"])
        title, body, traps = texts(p, rng, metal_alt)
        while title in titles:
            title, body, traps = texts(p, rng, metal_alt)
        titles.add(title)
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "archived" if i in archived_at else ("hidden" if i in hidden_at else "active")
        p.update(status=status, live=status == "active" and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
            body.append(prng.choice(["Price on request - call in to the shop.", "Ring us on 01 679 4412 for a price."]))
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = REPORTING[cat]
        h = slug_of(title)
        p["handle"], p["title"] = h, title
        sku = f"NB-{1040 + i * 3}"
        vs, vals, vname = variants_of(p, prng, metal_alt, sku, ask)
        if not ask and prng.random() < 0.35:
            lead = "From " if len({v.price for v in vs}) > 1 else prng.choice(["Only ", "Price: "])
            body.append(lead + eur(min(v.price for v in vs), prng.randint(0, 5)) + ".")
        fn = f"{sku}.jpg"
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Hoops": "hoop", "Sleepers": "hoop", "Drop Earrings": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2627000 + i))
        desc = "\n".join(body)
        cats = ", ".join(dict.fromkeys(x for x in (p["motif"] if p["motif"] in ("Claddagh", "Ogham") else "",
                                                    REPORTING[cat], "Irish Design" if p["motif"] else "") if x))
        rep = REPORTING[cat] if prng.random() < 0.85 else ""
        weight = f"{max(0.005, round(p['grams'] / 1000 + 0.03, 3))}" if prng.random() < 0.4 else ""
        for j, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            qty = 0 if not p["in_stock"] else prng.randint(0, 3)
            r.update({"Token": token(prng), "Item Name": title, "Variation Name": v.opts[0], "SKU": v.sku,
                      "Description": desc, "Categories": cats, "Reporting Category": rep,
                      "Square Online Item Visibility": "hidden" if status == "hidden" else "visible",
                      "Item Type": "Physical good", "Weight (kg)": weight, "Shipping Enabled": "Y",
                      "Self-serve Ordering Enabled": "N", "Delivery Enabled": "N", "Pickup Enabled": "Y",
                      "Price": "" if ask else f"{v.price:.2f}", "Archived": "Y" if status == "archived" else "N",
                      "Sellable": "Y", "Contains Alcohol": "N", "Stockable": "Y", "Skip Detail Screen in POS": "N",
                      "Option Name 1": vname or "", "Option Value 1": v.opts[0] if vals else "",
                      "Tax - VAT (23%)": "Y"})
            for k, loc in enumerate(LOCS):
                r[f"Enabled {loc}"] = "Y"
                r[f"Current Quantity {loc}"] = str(qty if k == 0 else (prng.randint(0, 1) if p["in_stock"] else 0))
                r[f"Stock Alert Enabled {loc}"] = "N"
            rows.append(r)
        fields = {"title": title, "body": desc, "type": cats + " " + rep}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, fn, broken, spec,
                         [], "regular_price")
        t["sku"] = sku
        ev, probs = evidence(IE, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"dub {h} {title!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["Item Name"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["title"]]
        assert len(rs) == t["variants"], t["handle"]
        prices = [float(r["Price"] or 0) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        live = rs[0]["Archived"] == "N" and rs[0]["Square Online Item Visibility"] == "visible" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert t["image_url"] == t["sku"] + ".jpg"
        if images:
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", t["image_url"])) != t["image_broken"]
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows, bom=True)
