"""Plan of the Toronto shop: Larkspur & Flint, a studio jeweller on Queen Street West (CAD).

WooCommerce 9.x built-in exporter (Products > Export, all columns): UTF-8
with BOM, PHP fputcsv quoting, `GTIN, UPC, EAN, or ISBN` after SKU (9.2+),
`Weight (g)` because the store's weight unit is grams, variable parents
without prices and `variation` rows with Parent = id:NN, Published 1 / 0 /
-1, hierarchical Categories, literal \\n in descriptions.  Canadian habits:
10kt and 14kt gold, "kt" spelling, lab-grown diamonds with IGI report
numbers, Canadian natural diamonds (CanadaMark), moissanite sold as a
"diamond alternative", platinum-plated sterling, vermeil, birthstones by
month, AAA akoya pearls, US ring sizes with half sizes, Toronto place names
as design names, HST and free-shipping notes.
"""

from __future__ import annotations

import os
import random

import render
from fourth_common import r10  # noqa: F401  (also registers 10K metals and extra stones)
from fresh_common import FMETALS, FSTONES, Variant, money, read_evidence, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-tor.example/wp-content/uploads/"
CURRENCY = "CAD"
EXPORT_NAME = "wc-product-export-2-12-2026-1764675112840.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (g)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# CAD per gram of finished metal and per-piece bench time
GRAM = {"Y10": 78, "W10": 82, "R10": 78, "Y14": 118, "W14": 124, "R14": 118, "Y18": 160, "W18": 166, "R18": 160,
        "PT": 135, "S925": 4.0, "VER": 6.5, "RVER": 6.5}
BENCH = {"Y10": 110, "W10": 120, "R10": 110, "Y14": 160, "W14": 170, "R14": 160, "Y18": 220, "W18": 230, "R18": 220,
         "PT": 300, "S925": 60, "VER": 70, "RVER": 70}
# CAD per carat (lab and natural scale with size below); per-piece prices for the rest
STONE_CT = {"lab": 900, "diamond": 5200, "moissanite": 380}
STONE_PIECE = {None: 0, "pearl": 60, "garnet": 45, "amethyst": 50, "aquamarine": 140, "white topaz": 40, "emerald": 420,
               "ad green": 12, "ad": 10, "ad red": 12, "ruby": 380, "lab ruby": 70, "peridot": 60, "blue sapphire": 520,
               "lab sapphire": 70, "opal": 180, "yellow topaz": 45, "blue topaz": 45, "london topaz": 55, "jade": 260}

KT = {"Y10": "10kt", "W10": "10kt", "R10": "10kt", "Y14": "14kt", "W14": "14kt", "R14": "14kt", "Y18": "18kt", "W18": "18kt", "R18": "18kt"}
CW = {"Y": "Yellow", "W": "White", "R": "Rose"}

GOLD = [("Y14", 4), ("W14", 2), ("R14", 1), ("Y10", 3), ("W10", 1)]
EVERYDAY = [("Y10", 3), ("Y14", 3), ("W14", 1), ("R14", 1), ("S925", 3), ("VER", 2), ("RVER", 1)]
BRIDAL = [("W14", 3), ("Y14", 2), ("R14", 1), ("PT", 2), ("W18", 1), ("Y18", 1)]

PLACES = ["Ossington", "Roncesvalles", "Leslieville", "Annex", "Kensington", "Danforth", "Junction", "Yorkville",
          "Parkdale", "Riverdale", "Cabbagetown", "Liberty", "Distillery", "High Park", "Beaches", "Muskoka",
          "Algonquin", "Georgian Bay", "Tobermory", "Scarborough Bluffs", "Don Valley", "Humber", "Trinity", "Bellwoods"]


def D(key, cat, n, kind, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams, cats=cats,
             words=words, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("labsol", "engagement ring", 16, "engagement ring", "solitaire", BRIDAL, [("lab", 1)], (2.6, 4.5),
      ["Engagement > Lab-Grown Diamond", "Engagement", "Bridal > Engagement Rings"], ["Engagement Ring", "Solitaire Ring", "Solitaire"],
      axes=[("carat", 0.7), ("metal", 0.5)], designs=["Solitaire", "Hidden Halo", "Oval Solitaire", "Cathedral", "Pear Solitaire", "Emerald Cut Solitaire"]),
    D("cansol", "engagement ring", 8, "engagement ring", "solitaire", [("W18", 2), ("PT", 2), ("Y18", 1), ("W14", 1)], [("diamond", 1)], (2.8, 4.5),
      ["Engagement > Canadian Diamonds", "Engagement"], ["Engagement Ring", "Solitaire Ring", "Ring"],
      designs=["Canadian Diamond Solitaire", "Maple Leaf Solitaire", "Northern Solitaire", "Three Stone"]),
    D("moiss", "engagement ring", 6, "engagement ring", "solitaire", [("W14", 2), ("Y14", 2), ("R14", 1)], [("moissanite", 1)], (2.4, 4),
      ["Engagement > Moissanite", "Engagement"], ["Engagement Ring", "Ring", "Solitaire"], axes=[("metal", 0.5)],
      designs=["Moissanite Solitaire", "Moissanite Halo", "Oval Moissanite"]),
    D("bands", "wedding band", 16, "wedding band", "wedding", [("Y14", 3), ("W14", 2), ("Y10", 2), ("PT", 2), ("R14", 1)],
      [(None, 5), ("lab", 2), ("diamond", 1)], (3, 8), ["Wedding > Bands", "Wedding > Men's Bands", "Men's"], ["Wedding Band", "Band", "Comfort Fit Band"],
      axes=[("width", 0.5), ("size", 0.5)], designs=["Comfort Fit", "Milgrain", "Brushed", "Eternity", "Half Eternity", "Knife Edge", "Hammered"]),
    D("stack", "ring", 16, "ring", "stacking", EVERYDAY, [(None, 4), ("lab", 1), ("opal", 1), ("pearl", 1), ("emerald", 1), ("white topaz", 1), ("ad", 1)],
      (1.2, 3.5), ["Rings > Stackers", "Rings"], ["Ring", "Stacking Ring", "Stacker"], axes=[("size", 0.6), ("metal", 0.3)],
      designs=["Twist Stacker", "Beaded Stacker", "Dot", "Bezel Stacker", "Wave", "Chevron"]),
    D("signet", "ring", 6, "ring", "signet", [("Y10", 3), ("Y14", 2), ("S925", 2)], [(None, 1)], (5, 14), ["Men's", "Rings > Signet"],
      ["Signet Ring", "Ring", "Pinky Ring"], axes=[("size", 0.6)], designs=["Oval Signet", "Cushion Signet", "Men's Signet", "Pinky Signet"], men=0.6),
    D("bnecklace", "pendant", 8, "pendant", None, [("S925", 3), ("VER", 2), ("Y10", 2), ("Y14", 1)], [("garnet", 1)], (1.2, 3),
      ["Birthstone", "Necklaces > Pendants"], ["Birthstone Necklace", "Necklace", "Pendant"], axes=[("birth", 1.0), ("len", 0.3)],
      designs=["Birthstone Bezel", "Birthstone Drop", "Tiny Birthstone"]),
    D("bstuds", "earrings", 8, "earrings", "stud", [("S925", 3), ("Y10", 2), ("Y14", 2)], [("garnet", 1)], (0.8, 1.6),
      ["Birthstone", "Earrings > Studs"], ["Studs", "Stud Earrings", "Earrings"], month=True, designs=["Birthstone Studs"]),
    D("studs", "earrings", 18, "earrings", "stud", [("Y14", 3), ("W14", 3), ("PT", 1), ("S925", 1), ("Y10", 1)],
      [("lab", 4), ("diamond", 2), ("moissanite", 1), ("pearl", 2)], (0.8, 2.4), ["Earrings > Studs", "Earrings", "Bridal"],
      ["Stud Earrings", "Studs", "Earrings"], axes=[("carat", 0.5), ("metal", 0.3)], designs=["Solitaire Studs", "Martini Studs", "Bezel Studs", "Akoya Studs", "Halo Studs"]),
    D("hoops", "earrings", 20, "earrings", "hoop", EVERYDAY, [(None, 8), ("lab", 1), ("ad", 2), ("opal", 1)], (0.9, 4.5),
      ["Earrings > Hoops & Huggies", "Earrings"], ["Hoops", "Huggies", "Hoop Earrings", "Huggie Earrings"], axes=[("metal", 0.3)],
      designs=["Huggie", "Chunky Hoop", "Click Hoop", "Pave Huggie", "Twisted Hoop", "Sleeper"]),
    D("pearls", "necklace", 8, "necklace", "beaded", [("Y14", 3), ("W14", 2), ("S925", 2)], [("pearl", 1)], (14, 32),
      ["Pearls", "Necklaces"], ["Pearl Necklace", "Strand", "Necklace"], axes=[("len", 0.6)],
      designs=["Akoya Strand", "Freshwater Strand", "Graduated Pearl", "Opera Pearl"]),
    D("pendant", "pendant", 18, "pendant", None, [("Y14", 3), ("W14", 2), ("R14", 1), ("Y10", 2), ("S925", 2), ("VER", 1)],
      [(None, 4), ("lab", 3), ("diamond", 1), ("blue sapphire", 1), ("opal", 1), ("amethyst", 1), ("aquamarine", 1), ("ad", 1)],
      (1, 4), ["Necklaces > Pendants", "Necklaces"], ["Pendant", "Pendant Necklace", "Necklace", "Charm"], axes=[("len", 0.4)],
      designs=["Solitaire Pendant", "Initial Disc", "Maple Leaf", "Evil Eye", "Bezel", "Heart Locket", "North Star", "Compass"]),
    D("chain", "chain", 14, "chain", "rope", [("Y10", 4), ("Y14", 3), ("S925", 3), ("VER", 1), ("W14", 1)], [(None, 1)], (2.5, 30),
      ["Necklaces > Chains", "Men's", "Necklaces"], ["Chain", "Chain Necklace", "Necklace"], axes=[("len", 0.8)],
      designs=["Franco", "Cuban", "Rope", "Paperclip", "Figaro", "Box", "Cable", "Diamond-Cut Rope"]),
    D("tennisn", "necklace", 4, "necklace", "tennis", [("W14", 2), ("Y14", 1), ("S925", 1)], [("lab", 2), ("moissanite", 1)], (10, 22),
      ["Necklaces", "Bridal"], ["Tennis Necklace", "Riviera Necklace"], designs=["Riviera", "Tennis"]),
    D("bracelet", "bracelet", 18, "bracelet", "chain", [("Y14", 3), ("W14", 2), ("Y10", 2), ("S925", 3), ("VER", 1)],
      [(None, 5), ("lab", 2), ("moissanite", 1), ("ad", 1), ("pearl", 1)], (2, 18), ["Bracelets", "Men's", "Bracelets > Tennis"],
      ["Bracelet", "Bracelet", "Chain Bracelet"], axes=[("blen", 0.5)],
      designs=["Tennis", "Paperclip", "Figaro", "ID", "Charm", "Pearl Station", "Cuban", "Bolo"]),
    D("bangle", "bangle", 8, "bangle", "single", [("Y14", 3), ("S925", 3), ("VER", 1), ("Y10", 1)], [(None, 4), ("lab", 1), ("jade", 1)], (6, 22),
      ["Bracelets > Bangles & Cuffs", "Bracelets"], ["Bangle", "Cuff", "Bangle Bracelet"], designs=["Hinged Bangle", "Open Cuff", "Knife Edge Bangle", "Jade Bangle"]),
    D("anklet", "anklet", 6, "anklet", "single", [("Y10", 2), ("Y14", 1), ("S925", 2), ("VER", 1)], [(None, 3), ("ad", 1)], (1.2, 3.5),
      ["Anklets", "Summer"], ["Anklet", "Ankle Bracelet", "Anklet"], designs=["Paperclip", "Satellite", "Bezel", "Herringbone"]),
    D("nose", "nose pin", 7, "nose pin", "stud", [("Y14", 3), ("W14", 1), ("S925", 1), ("Y10", 1)], [(None, 2), ("lab", 1), ("diamond", 1), ("ad", 2)],
      (0.3, 1.0), ["Piercing", "Nose"], ["Nose Stud", "Nose Ring", "Nose Stud"], designs=["L-Shape", "Screw", "Seamless Hoop", "Flower"]),
    D("brooch", "brooch", 3, "brooch", "flower", [("Y14", 1), ("S925", 2)], [("pearl", 1), ("ad", 1)], (4, 10), ["Vintage & Estate", "Brooches"],
      ["Brooch", "Pin", "Brooch"], designs=["Trillium", "Maple", "Bee"]),
    D("jade", "pendant", 4, "pendant", None, [("Y14", 2), ("Y18", 1), ("S925", 1)], [("jade", 1)], (2, 6), ["Jade", "Necklaces > Pendants"],
      ["Pendant", "Jade Pendant"], designs=["BC Jade Disc", "Jade Bi", "Jade Leaf", "Jade Teardrop"]),
    D("jadering", "ring", 2, "ring", "bezel", [("Y14", 1), ("S925", 1)], [("jade", 1)], (3, 6), ["Jade", "Rings"],
      ["Ring", "Jade Ring"], axes=[("size", 0.5)], designs=["BC Jade Cabochon", "Jade Saddle"]),
]

MONTHS = [("January", "garnet"), ("February", "amethyst"), ("March", "aquamarine"), ("April", "white topaz"), ("May", "emerald"),
          ("June", "pearl"), ("July", "ruby"), ("August", "peridot"), ("September", "blue sapphire"), ("October", "opal"),
          ("November", "yellow topaz"), ("December", "blue topaz")]
SILVER_SWAP = {"emerald": "ad green", "ruby": "lab ruby", "blue sapphire": "lab sapphire"}

STONE_WORDS = {
    "lab": ["Lab-Grown Diamond", "Lab Grown Diamond", "Lab Diamond", "Lab-Created Diamond"],
    "diamond": ["Diamond", "Canadian Diamond", "Natural Diamond"],
    "moissanite": ["Moissanite"],
    "pearl": ["Pearl", "Akoya Pearl", "Freshwater Pearl"],
    "garnet": ["Garnet"], "amethyst": ["Amethyst"], "aquamarine": ["Aquamarine"], "white topaz": ["White Topaz"],
    "emerald": ["Emerald"], "ad green": ["Green CZ", "Green Cubic Zirconia"], "ruby": ["Ruby"], "lab ruby": ["Lab-Created Ruby"],
    "peridot": ["Peridot"], "blue sapphire": ["Blue Sapphire", "Sapphire"], "lab sapphire": ["Lab-Created Blue Sapphire"],
    "opal": ["Opal", "Australian Opal", "Opal"], "yellow topaz": ["Golden Topaz", "Yellow Topaz"], "blue topaz": ["Swiss Blue Topaz", "Blue Topaz"],
    "ad": ["CZ", "Cubic Zirconia", "White CZ"], "jade": ["Jade", "BC Jade", "Nephrite Jade"],
}

AXES = {
    "len": ("Length", [('16"', 0.9), ('18"', 1.0), ('20"', 1.1), ('22"', 1.2), ('24"', 1.3)]),
    "blen": ("Length", [('6.5"', 0.93), ('7"', 1.0), ('7.5"', 1.07), ('8"', 1.14)]),
    "size": ("Ring Size", [("5", 0.96), ("5.5", 0.97), ("6", 0.98), ("6.5", 0.99), ("7", 1.0), ("7.5", 1.01), ("8", 1.02), ("9", 1.04), ("10", 1.06)]),
    "width": ("Width", [("3mm", 0.75), ("4mm", 1.0), ("6mm", 1.45)]),
}


def metal_words(rng, code, colour, karat):
    if code == "S925":
        return rng.choice(["Sterling Silver", "925 Sterling Silver", ".925 Silver"]) if colour else ""
    if code in ("VER", "RVER"):
        if not colour:
            return ""
        return rng.choice(["Gold Vermeil", "18k Gold Vermeil"]) if code == "VER" else "Rose Gold Vermeil"
    if code == "PT":
        return rng.choice(["Platinum", "Platinum 950", "Pt950 Platinum"]) if colour else ""
    k = KT[code]
    if rng.random() < 0.3:
        k = k.replace("kt", "K")
    cw = CW[code[0]]
    if colour and karat:
        return rng.choice([f"{k} {cw} Gold", f"{k} {cw} Gold", f"Solid {k} {cw} Gold"])
    if colour:
        return f"{cw} Gold"
    if karat:
        return rng.choice([f"{k} Gold", f"Solid {k} Gold"])
    return rng.choice(["Solid Gold", "Gold", ""])


def price_of(p, code, stone, grams, carat):
    d, cat = p["d"], p["cat"]
    x = grams * GRAM[code] + BENCH[code]
    if stone in STONE_CT and carat:
        per = STONE_CT[stone] * (1 + (carat if stone != "moissanite" else 0.2 * carat))
        x += carat * per * (2 if cat == "earrings" else 1)
    else:
        x += STONE_PIECE.get(stone, 0) * (2 if cat == "earrings" else 1)
    if stone == "pearl" and d["key"] == "pearls":
        x += 240 if "Akoya" in p["design"] else 90
        x += grams * 6
    x *= 2.1  # retail mark-up
    return float(int(x / 5) * 5 + (5 if x >= 100 else 0)) if x >= 1000 else float(int(x) // 10 * 10 + 8)


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d, "traps": []}
    design = d["designs"][i % len(d["designs"])]
    place = PLACES[(serial * 7) % len(PLACES)]
    p["design"] = design
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if d.get("month"):
        month, stone = MONTHS[i % 12 if i < 12 else rng.randrange(12)]
        p["month"] = month
    if d["key"] == "bnecklace":
        month, stone = MONTHS[rng.randrange(12)]
        p["month"] = month
    if code in ("S925", "VER", "RVER"):
        stone = SILVER_SWAP.get(stone, stone)
        if stone in ("diamond", "lab"):
            stone = "ad"
    if design in ("Akoya Studs", "Pearl Station") and stone != "pearl":
        stone = "pearl"
    if design in ("Tennis", "Riviera", "Pave Huggie", "Eternity", "Half Eternity") and stone in (None, "pearl"):
        stone = "lab" if code not in ("S925", "VER", "RVER") else "ad"
    if design == "Jade Bangle":
        stone = "jade"
        code = "Y14"
    if stone == "jade" and design != "Jade Bangle" and d["key"] == "bangle":
        stone = None
    if design in ("ID", "Cuban", "Men's Signet", "Franco") or (d.get("men") and rng.random() < d["men"]) or (d["key"] == "bands" and "Men's" in d["cats"][0] and rng.random() < 0.3):
        p["for"] = "men"
    p["code"], p["stone"], p["place"] = code, stone, place
    p["lab"] = stone == "lab"
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            k = rng.randint(3, 6) if ax == "size" else rng.randint(2, 4)
            k = min(k, len(vals))
            st = rng.randint(0, len(vals) - k)
            axes.append((nm, [(v, {"f": f}) for v, f in vals[st:st + k]]))
        elif ax == "carat" and stone in ("lab", "diamond", "moissanite"):
            opts = [0.5, 0.75, 1.0, 1.5, 2.0] if d["cat"] == "engagement ring" else [0.25, 0.5, 1.0]
            st = rng.randint(0, len(opts) - 3)
            axes.append(("Carat", [(f"{c:.2f} ct" if c < 1 else f"{c:.1f} ct", {"carat": c}) for c in opts[st:st + 3]]))
        elif ax == "metal" and code not in ("S925", "VER", "RVER"):
            fam = [c for c in ("Y14", "W14", "R14", "PT") if c != code]
            rng.shuffle(fam)
            opts = [code] + fam[: rng.randint(1, 2)]
            label = {c: ("Platinum" if c == "PT" else f"{KT.get(c, '')} {CW.get(c[0], '')} Gold".replace("kt", "K")) for c in opts}
            axes.append(("Metal", [(label[c], {"code": c}) for c in opts]))
        elif ax == "birth":
            months = MONTHS[:]
            first = [m for m in months if m[0] == p["month"]]
            rest = [m for m in months if m[0] != p["month"]]
            axes.append(("Birthstone", [(f"{m} - {STONE_WORDS[SILVER_SWAP.get(s, s) if code in ('S925', 'VER', 'RVER') else s][0]}",
                                        {"stone": SILVER_SWAP.get(s, s) if code in ("S925", "VER", "RVER") else s}) for m, s in first + rest]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("lab", "diamond", "moissanite"):
        if d["cat"] == "engagement ring":
            carat = rng.choice([0.5, 0.75, 1.0, 1.25, 1.5, 2.0]) if stone != "diamond" else rng.choice([0.3, 0.4, 0.5, 0.7, 1.0])
        elif d["key"] in ("tennisn",):
            carat = rng.choice([3.0, 5.0, 7.0])
        elif design == "Tennis":
            carat = rng.choice([1.0, 2.0, 3.0])
        else:
            carat = rng.choice([0.05, 0.1, 0.15, 0.25, 0.5])
    for nm, vals in p["axes"]:
        if nm == "Carat":
            carat = vals[0][1]["carat"]
    p["carat"] = carat
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    variants = []
    for combo in combos:
        vc, vst, f, ct = code, stone, 1.0, carat
        for val, mod in combo:
            vc = mod.get("code", vc)
            vst = mod.get("stone", vst)
            f *= mod.get("f", 1.0)
            ct = mod.get("carat", ct)
        grams = g0 * f
        variants.append(Variant([v for v, _ in combo], vc, vst, price_of(p, vc, vst, grams, ct), None, grams))
    if rng.random() < 0.2:
        disc = rng.choice([0.15, 0.2, 0.25, 0.3])
        for v in variants:
            v.compare = v.price
            v.price = float(int(v.price * (1 - disc)))
    p["variants"] = variants
    if p["cat"] == "pendant":
        p["sold_with_chain"] = rng.random() < 0.85
    write_listing(rng, p, design)
    return p


def write_listing(rng, p, design):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    traps = p["traps"]
    col_loc = wchoice(rng, [("title", 48), ("body", 20), ("short", 8), ("tags", 6), ("cats", 3), ("photo", 8)])
    if "Metal" in names and rng.random() < 0.8:
        col_loc = "options"
    if col_loc == "cats" and code not in ("S925",):
        col_loc = "body"
    kar_loc = wchoice(rng, [("title", 45), ("body", 35), ("tags", 8), ("none", 12)])
    if col_loc == "options":
        kar_loc = "options"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 52), ("body", 22), ("short", 8), ("tags", 8), ("nowhere", 6)])
        if "Birthstone" in names:
            st_loc = "options"
        if p.get("month") and "Birthstone" not in names:
            st_loc = rng.choice(["month", "month", "body"])  # "July Birthstone Studs": the month names the stone
    cat_loc = "title" if rng.random() < 0.9 else rng.choice(["cats", "body"])
    # title
    m_title = metal_words(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    s_title = rng.choice(STONE_WORDS[stone]) if st_loc == "title" else ""
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    nm = design
    if p.get("month") and st_loc in ("month", "body"):
        nm = f"{p['month']} Birthstone" + ("" if "Birthstone" in design else f" {design.replace('Birthstone ', '')}")
        nm = nm.replace("Birthstone Studs", "Birthstone").strip()
    if s_title and stone == "pearl" and any(w in nm for w in ("Freshwater", "Graduated", "Opera", "Station")):
        s_title = "Pearl" if "Pearl" not in nm else ""  # the design already says which pearl
    if s_title and any(w in nm for w in ("Akoya", "Jade", "Moissanite", "Diamond", "Pearl")):
        s_title = ""
    if stone and st_loc != "title" and any(w in nm for w in ("Akoya", "Jade", "Moissanite", "Canadian Diamond", "Pearl")):
        st_loc = "title"
    if "Emerald Cut" in nm:
        traps.append("Emerald Cut")
    if "Diamond-Cut" in nm:
        traps.append("Diamond-Cut")
    if nm == "Maple Leaf Solitaire" or nm == "Canadian Diamond Solitaire" or nm == "Northern Solitaire" or nm == "Three Stone":
        pass
    if word and word.split()[0].lower().rstrip("s") in nm.lower():
        word = ""  # "Huggie Huggies", "Knife Edge Bangle Bangle": say the kind once
    use_place = rng.random() < 0.55 and not p.get("month")
    core = " ".join(x for x in ((p["place"] if use_place else ""), s_title, nm, word) if x)
    if m_title:
        title = rng.choice([f"{core}, {m_title}", f"{core} in {m_title}", f"{m_title} {core}", f"{core} - {m_title}"])
    else:
        title = core
    if p.get("for") == "men" and "Men" not in title and rng.random() < 0.6:
        title = "Men's " + title
    p["title"] = title
    # short description and description
    mb = metal_words(rng, code, col_loc == "body", kar_loc == "body") if (col_loc == "body" or kar_loc == "body") else ""
    short = ""
    if col_loc == "short" or st_loc == "short" or rng.random() < 0.5:
        bits = []
        if st_loc == "short":
            bits.append(f"A {rng.choice(STONE_WORDS[stone]).lower()} piece")
        else:
            bits.append(rng.choice(["Made in our Queen West studio", "Everyday fine jewellery", "Designed and made in Toronto", "A modern classic"]))
        if col_loc == "short":
            bits.append("in " + (metal_words(rng, code, True, kar_loc in ("short", "body")) or "sterling silver").lower())
        short = "<p>" + " ".join(bits) + ".</p>"
    li = []
    if mb:
        li.append(f"<li><strong>Metal:</strong> {mb}</li>")
    if code == "S925" and rng.random() < 0.25 and col_loc not in ("photo",) and mb:
        li.append("<li>Platinum-plated for extra shine and tarnish resistance</li>")
        traps.append("Platinum-plated")
    if stone and st_loc == "body":
        sw = rng.choice(STONE_WORDS[stone])
        extra = ""
        if stone == "lab" and p.get("carat"):
            extra = f", {p['carat']:.2f} ctw, IGI LG{rng.randint(600000000, 699999999)}, {rng.choice(['CVD', 'HPHT'])}"
        elif stone == "diamond" and p.get("carat"):
            extra = f", {p['carat']:.2f} ctw, CanadaMark {rng.randint(10000000, 99999999)}"
        elif p.get("carat"):
            extra = f", {p['carat']:.2f} ctw"
        li.append(f"<li><strong>Stone:</strong> {sw}{extra}</li>")
    elif stone and st_loc == "title" and p.get("carat") and rng.random() < 0.5:
        li.append(f"<li><strong>Total carat weight:</strong> {p['carat']:.2f} ctw</li>")
    if stone == "moissanite" and rng.random() < 0.6:
        li.append("<li>A brilliant, ethical diamond alternative</li>")
        traps.append("diamond alternative")
    if stone == "pearl" and d["key"] in ("pearls", "studs") and st_loc in ("title", "body"):
        li.append(f"<li><strong>Pearl grade:</strong> {rng.choice(['AAA', 'AA+', 'AAA, 7-7.5 mm', 'AA, 6-6.5 mm'])}</li>")
    if cat in ("ring", "engagement ring", "wedding band") and "Ring Size" not in names:
        li.append(f"<li>Made to order in US ring sizes {rng.choice(['3 to 9', '4 to 10', '5 to 12'])} (half sizes available)</li>")
    if cat_loc == "body":
        li.insert(0, f"<li><strong>Style:</strong> {d['words'][0].lower()}</li>")
    li.append(f"<li>{rng.choice(['Ships from Toronto in 5-7 business days', 'Free shipping in Canada on orders over $150', 'Prices in CAD; HST added at checkout', 'Lifetime cleaning and inspection'])}</li>")
    if p.get("sold_with_chain") and cat == "pendant":
        li.append(f"<li>Comes on a {rng.choice(['16-18', '18'])}\" adjustable cable chain</li>")
    body = ""
    if li:
        body = f"<p>{rng.choice(['Our take on a classic.', 'Named for a corner of the city we love.', 'Cast from recycled metal in Toronto.', 'Designed to be worn every day.'])}</p>\n<ul>\n" + "\n".join(li) + "\n</ul>"
    if rng.random() < 0.05 and "body" not in (col_loc, st_loc, cat_loc, kar_loc):
        body = ""
    p["short"], p["body"] = short, body
    # categories and tags
    cats = rng.choice(d["cats"])
    if cats.endswith("Tennis") and design != "Tennis":
        cats = "Bracelets"
    if cats == "Men's" and p.get("for") != "men":
        cats = d["cats"][0]
    if col_loc == "cats":
        cats += ", Sterling Silver"
    if "Wedding > Men's Bands" == cats and p.get("for") != "men":
        cats = "Wedding > Bands"
    if rng.random() < 0.15 and p["variants"][0].compare:
        cats += ", Sale"
    p["cats"] = cats
    tags = rng.sample(["gift for her", "anniversary", "everyday", "bridal", "stackable", "minimalist", "bestseller", "new",
                       "holiday gift guide", "made in Canada"], k=rng.randint(1, 3))
    if p.get("for") == "men":
        tags.append("mens")
    if col_loc == "tags":
        special = {"S925": "sterling silver", "VER": "gold vermeil", "RVER": "rose gold vermeil", "PT": "platinum"}
        tags.append(special[code] if code in special else f"{CW[code[0]].lower()} gold")
    if kar_loc == "tags" and code in KT:
        tags.append(KT[code])
    if st_loc == "tags":
        tags.append({"lab": "lab grown diamond", "diamond": "canadian diamond"}.get(stone, STONE_WORDS[stone][0].lower()))
    if p.get("month"):
        tags.append(p["month"].lower())
        tags.append("birthstone")
    p["tags"] = tags
    p["name"] = nm


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    design = p["design"]
    if d["kind"] == "pendant":
        spec["pendant"] = {"lab": "solitaire", "diamond": "solitaire", "moissanite": "solitaire", None: "coin"}.get(stone, "round")
        if "Heart" in design:
            spec["pendant"] = "locket"
        if "Drop" in design or "Teardrop" in design:
            spec["pendant"] = "drop"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif d["kind"] == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else "tennis"
    elif d["kind"] == "bracelet":
        spec["style"] = ("tennis" if design == "Tennis" else "bead" if stone == "pearl" else "charm" if design == "Charm"
                         else "curb" if design in ("ID", "Cuban", "Figaro") else "chain")
    elif d["kind"] == "chain":
        spec["style"] = {"Franco": "box", "Cuban": "curb", "Rope": "rope", "Diamond-Cut Rope": "rope", "Box": "box"}.get(design, "cable")
    elif d["kind"] == "engagement ring":
        spec["style"] = "trilogy" if "Three Stone" in design else "solitaire"
        spec["halo"] = "Halo" in design
        spec["kind"] = "ring" if spec["style"] == "trilogy" else "engagement ring"
    elif d["kind"] == "earrings":
        spec["style"] = "huggie" if "Huggie" in design else ("hoop" if d["key"] == "hoops" else "stud")
    elif d["kind"] == "bangle":
        spec["kind"] = "cuff" if "Cuff" in design else "bangle"
        spec["style"] = "single"
    elif d["kind"] == "nose pin":
        spec["style"] = "nath" if "Hoop" in design else ("flower" if stone else "stud")
    elif d["style"]:
        spec["style"] = d["style"]
    if d["kind"] == "ring" and d["key"] == "signet":
        spec["style"] = "signet"
    return spec


def build(OUT, images=True, seed=1793):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "tor_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "publish"
    for k in idx[:5]:
        prods[k]["status"] = "draft"
    for k in idx[5:7]:
        prods[k]["status"] = "private"
    broken = set(idx[7:11])

    rows, truths, jobs = [], [], []
    next_id = 5310
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2024, 2025, 2026])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2026/") and int(ym[5:7]) > 11:
            ym = "2026/11/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"PXL_2025{prng.randint(1000, 9999)}_{prng.randint(100000, 999999)}.jpg", f"{slug}-e1712345678901.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"LF-{p['serial']:03d}-1.jpg"), main_spec, 61000 + p["serial"]))
            for e in range(wchoice(prng, [(0, 55), (1, 30), (2, 15)])):
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-{['model', 'detail'][e]}.jpg", sp, 63000 + p["serial"] + 101 * e))
        var_img = {}
        img_axis = next((a for a, (nm, _) in enumerate(p["axes"]) if nm in ("Metal", "Birthstone")), None)
        if img_axis is not None and not is_broken:
            nm, vals = p["axes"][img_axis]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 65000 + p["serial"] * 13 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 3)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = f"LF{p['serial']:04d}" if (not variable or prng.random() < 0.5) else ""
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.08 else "0",
                     "Backorders allowed?": "notify" if p["cat"] in ("engagement ring", "wedding band") else "0", "Sold individually?": "0",
                     "Allow customer reviews?": "1", "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "insured" if p["variants"][0].price > 1000 else "", "Images": ", ".join(HOST + fn for fn, _, _ in imgs),
                     "Position": "0", "Brands": "Larkspur & Flint" if prng.random() < 0.7 else ""})
        if not variable and prng.random() < 0.3:
            base["GTIN, UPC, EAN, or ISBN"] = f"0{prng.randint(10 ** 10, 10 ** 11 - 1)}"
        if prng.random() < 0.4:
            base["Weight (g)"] = f"{round(p['variants'][0].grams + 20)}"
        attrs = p["axes"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size", "Metal", "Length") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.compare or v.price)
            base["Sale price"] = money(v.price) if v.compare else ""
            if prng.random() < 0.5:
                base["Stock"] = str(prng.randint(0, 6))
            v.sku = parent_sku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.2 else f"LF{p['serial']:04d}-" + "-".join(slugify(o).upper().replace("-", "")[:5] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if img_axis is not None and v.opts[img_axis] in var_img:
                    r["Images"] = HOST + var_img[v.opts[img_axis]]
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size", "Metal", "Length") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        for tv, v in zip(truth["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
        if p.get("month"):
            truth["birthstone_month"] = p["month"]
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = read_evidence(truth, fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"tor {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
