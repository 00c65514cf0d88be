"""Plan of the Melbourne shop: Wattle & Ember, a maker's studio in Brunswick (AUD).

WooCommerce built-in exporter (Products > Export, all columns): UTF-8 with
BOM, PHP fputcsv quoting, variable parents without prices, `variation` rows
pointing back with Parent = id:NN, Published 1 / 0 / -1, Categories with `>`
hierarchy and `, ` between categories, description newlines as literal \\n.
"""

from __future__ import annotations

import os
import random

import render
from fresh_common import (FMETALS, FSTONES, Variant, money, read_evidence, slugify, truth_record, wchoice)

HOST = "https://cdn.heldout-mel.example/wp-content/uploads/"
CURRENCY = "AUD"
EXPORT_NAME = "wc-product-export-11-3-2025-1741672800412.csv"

HEADER = ["ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
          "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?",
          "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# AUD per gram of finished metal (incl. casting) and per-piece bench time
GRAM = {"Y9": 88, "R9": 88, "W9": 92, "Y14": 135, "R14": 135, "W14": 140, "Y18": 175, "W18": 180, "R18": 175,
        "PT": 120, "S925": 3.2, "VER": 5.5, "RVER": 5.5}
BENCH = {"Y9": 140, "R9": 140, "W9": 150, "Y14": 180, "R14": 180, "W14": 190, "Y18": 240, "W18": 250, "R18": 240,
         "PT": 320, "S925": 75, "VER": 85, "RVER": 85}
STONE_AUD = {None: 0, "lab": 1300, "diamond": 5200, "moissanite": 420, "blue sapphire": 1400, "pink sapphire": 1200,
             "yellow sapphire": 1000, "teal sapphire": 1100, "green sapphire": 900, "opal": 600, "black opal": 1800,
             "pearl": 45, "garnet": 90, "peridot": 110, "aquamarine": 260, "blue topaz": 80, "london topaz": 90,
             "white topaz": 70}

METAL_LABEL = {"Y9": "9ct Yellow Gold", "R9": "9ct Rose Gold", "W9": "9ct White Gold", "Y14": "14ct Yellow Gold",
               "R14": "14ct Rose Gold", "W14": "14ct White Gold", "Y18": "18ct Yellow Gold", "W18": "18ct White Gold",
               "R18": "18ct Rose Gold", "PT": "Platinum", "S925": "Sterling Silver", "VER": "Gold Vermeil",
               "RVER": "Rose Gold Vermeil"}

GOLD9 = [("Y9", 5), ("R9", 2), ("W9", 2)]
MIXED = [("Y9", 4), ("R9", 1), ("W9", 1), ("Y14", 2), ("S925", 3), ("VER", 3), ("RVER", 1)]
FINE = [("Y18", 3), ("W18", 3), ("PT", 3), ("Y14", 1), ("R18", 1)]


def D(key, cat, n, names, kind, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, words=words, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("hoops", "earrings", 14, ["Sleeper", "Chunky", "Molten", "Elwood", "Knife-Edge", "Twist", "Sapphire Sky", "Lorne", "Merri", "Creek"],
      "earrings", "hoop", MIXED, [(None, 8), ("opal", 1), ("pearl", 1), ("moissanite", 1), ("blue topaz", 1)], (1.2, 5),
      ["Shop > Ear > Hoops", "Shop > Ear > Hoops, Gifts > Under $150", "Shop > Ear"], ["Hoops", "Hoop Earrings", "Creoles", "Hoops"],
      axes=[("metal", 0.35), ("size", 0.3)]),
    D("huggies", "earrings", 10, ["Marlo", "Pavé", "Silver Gum", "Tiny", "Daisy", "Gumnut", "Opal", "Ridge"], "earrings", "huggie",
      GOLD9 + [("Y14", 2), ("S925", 2), ("VER", 2)], [(None, 3), ("lab", 2), ("moissanite", 1), ("pink sapphire", 1), ("teal sapphire", 1), ("opal", 1)],
      (0.8, 2.5), ["Huggies", "Shop > Ear > Huggies", "Huggies, Bestsellers"], ["Huggies", "Huggie Hoops", "Huggie Earrings"],
      axes=[("pair", 0.6), ("metal", 0.3)]),
    D("studs", "earrings", 14, ["Coober", "Lightning Ridge", "Keshi", "Dot", "Bezel", "Banksia", "Claw", "Otway", "Birthstone"], "earrings", "stud",
      MIXED + [("Y14", 1)], [("opal", 3), ("black opal", 1), ("pearl", 2), ("garnet", 1), ("peridot", 1), ("aquamarine", 1), ("lab", 2),
                              ("white topaz", 1), ("london topaz", 1), (None, 1)],
      (0.6, 2.2), ["Shop > Ear > Studs", "Opal Collection, Shop > Ear > Studs", "Shop > Ear"], ["Studs", "Stud Earrings", "Studs"]),
    D("drops", "earrings", 5, ["Tidal", "Pearl Drop", "Kinglake", "Lantern"], "earrings", "drop",
      [("VER", 3), ("S925", 2), ("Y9", 2)], [("pearl", 3), ("garnet", 1), ("aquamarine", 1)], (1.5, 5),
      ["Shop > Ear > Drops", "Shop > Ear"], ["Drop Earrings", "Drops", "Earrings"]),
    D("pendant", "pendant", 16, ["Opal Teardrop", "Initial Disc", "Solitaire", "Wattle", "Southern Cross", "Heart", "Birthstone", "Sunburst", "Bezel"],
      "pendant", "round", MIXED + [("Y14", 1), ("W14", 1)],
      [(None, 3), ("opal", 3), ("black opal", 1), ("lab", 2), ("moissanite", 1), ("garnet", 1), ("peridot", 1), ("aquamarine", 1), ("blue sapphire", 1)],
      (1.2, 4), ["Necklaces & Pendants", "Necklaces & Pendants, Opal Collection", "Necklaces & Pendants, Gifts > Under $150"],
      ["Pendant", "Necklace", "Pendant Necklace", "Pendant"], axes=[("len", 0.5), ("metal", 0.25)]),
    D("necklace", "necklace", 8, ["Lab Diamond Tennis", "Pearl Strand", "Keshi Pearl", "Riviera", "Collar"], "necklace", "tennis",
      [("W14", 2), ("Y14", 2), ("Y9", 2), ("VER", 2), ("S925", 1)], [("lab", 2), ("pearl", 3), ("moissanite", 1), ("white topaz", 1)], (4, 14),
      ["Necklaces & Pendants", "Bridal, Necklaces & Pendants"], ["Necklace", "Necklace", "Necklace"], axes=[("len", 0.4)]),
    D("chain", "chain", 8, ["Paperclip", "Belcher", "Diamond Cut Belcher", "Curb", "Figaro", "Rope", "Snake"], "chain", "curb",
      [("Y9", 4), ("S925", 3), ("VER", 2), ("Y14", 1)], [(None, 1)], (2, 9),
      ["Necklaces & Pendants", "Necklaces & Pendants, Men's", "Chains"], ["Chain", "Chain Necklace", "Chain"], axes=[("len", 0.8)]),
    D("signet", "ring", 10, ["Oval Signet", "Cushion Signet", "Desert Rose Signet", "Pinky Signet", "Harlow", "Garnet Signet", "Fitzroy"],
      "ring", "signet", [("Y9", 5), ("S925", 3), ("R9", 1), ("Y18", 1)], [(None, 5), ("garnet", 1), ("blue sapphire", 1), ("opal", 1)], (3, 9),
      ["Signet Rings", "Shop > Rings > Signet Rings", "Signet Rings, Men's"], ["Signet Ring", "Signet", "Signet Ring"], axes=[("rsize", 0.85)]),
    D("stacking", "ring", 8, ["Dewdrop", "Ember", "Twig", "Scatter", "Halo Stacker", "Birthstone Stacker"], "ring", "stacking",
      GOLD9 + [("S925", 2), ("Y14", 1)], [(None, 2), ("lab", 2), ("pink sapphire", 1), ("peridot", 1), ("aquamarine", 1), ("garnet", 1)], (1, 2.5),
      ["Shop > Rings > Stacking", "Shop > Rings"], ["Ring", "Stacking Ring", "Stacker"], axes=[("rsize", 0.9)]),
    D("opalring", "ring", 6, ["Coober", "Lightning Ridge", "Boulder", "Moonrise"], "ring", "bezel",
      [("Y9", 2), ("Y18", 1), ("S925", 2), ("W9", 1)], [("opal", 3), ("black opal", 2)], (2, 5),
      ["Opal Collection", "Opal Collection, Shop > Rings"], ["Ring", "Opal Ring", "Ring"], axes=[("rsize", 0.8)]),
    D("engagement", "engagement ring", 10, ["Everly", "Oval Solitaire", "Trilogy", "Halo", "Teal Sapphire Solitaire", "Elsie", "Margot"],
      "engagement ring", "solitaire", FINE, [("lab", 4), ("diamond", 2), ("teal sapphire", 2), ("moissanite", 1), ("blue sapphire", 1)], (3, 5),
      ["Bridal > Engagement Rings", "Bridal > Engagement Rings, Shop > Rings"], ["Engagement Ring", "Solitaire", "Engagement Ring"],
      axes=[("fmetal", 0.6), ("rsize", 0.6)]),
    D("bands", "wedding band", 6, ["Comfort Fit", "Court", "Hammered", "Flat", "Pavé"], "wedding band", "wedding",
      [("Y9", 2), ("Y18", 2), ("W18", 1), ("PT", 2)], [(None, 4), ("lab", 1)], (3, 8),
      ["Bridal > Wedding Bands", "Bridal > Wedding Bands, Men's"], ["Wedding Band", "Band", "Wedding Ring"], axes=[("rsize", 0.9)]),
    D("cuffs", "bangle", 10, ["Molten", "Hammered", "Open", "Banksia", "Solid", "Torque", "Wave"], "cuff", None,
      [("S925", 5), ("VER", 2), ("Y9", 2)], [(None, 6), ("pearl", 1), ("opal", 1)], (10, 30),
      ["Cuffs & Bangles", "Cuffs & Bangles, Men's"], ["Cuff", "Bangle", "Cuff Bangle"], axes=[("bsize", 0.4)]),
    D("bracelet", "bracelet", 8, ["Tennis", "Paperclip", "Pearl", "Charm", "Curb", "Birthstone"], "bracelet", "chain",
      [("Y9", 3), ("S925", 3), ("VER", 2), ("W14", 1)], [(None, 3), ("lab", 1), ("pearl", 2), ("moissanite", 1), ("garnet", 1)], (2, 8),
      ["Bracelets", "Shop > Bracelets", "Bracelets, Gifts > Under $150"], ["Bracelet", "Bracelet", "Chain Bracelet"], axes=[("blen", 0.4)]),
    D("charms", "pendant", 7, ["Wattle", "Southern Cross", "Initial", "Opal", "Gumnut", "Star", "Heart"], "pendant", "coin",
      [("Y9", 3), ("S925", 3), ("VER", 2)], [(None, 4), ("opal", 2), ("white topaz", 1)], (0.5, 2),
      ["Charms", "Charms, Gifts > Under $150"], ["Charm", "Charm", "Charm Pendant"]),
    D("anklet", "anklet", 3, ["Beach", "Satellite", "Pearl"], "anklet", None, [("S925", 2), ("VER", 2)], [(None, 2), ("pearl", 1)], (2, 5),
      ["Shop > Anklets", "Uncategorised"], ["Anklet", "Anklet"]),
    D("brooch", "brooch", 3, ["Wattle", "Banksia", "Lapel"], "brooch", "flower", [("Y9", 1), ("S925", 2)], [(None, 2), ("opal", 1)], (3, 8),
      ["Uncategorised", "Gifts"], ["Brooch", "Brooch", "Pin Brooch"]),
    D("mens", "chain", 4, ["Heavy Curb", "Cuban", "Box", "Anchor"], "chain", "curb", [("S925", 3), ("Y9", 2)], [(None, 1)], (15, 60),
      ["Men's"], ["Chain", "Necklace", ""], axes=[("len", 0.7)], gents=True),
    D("mensring", "ring", 3, ["Otway", "Signet", "Onyx-free Signet"], "ring", "mens", [("S925", 2), ("Y9", 1)], [(None, 1)], (7, 14),
      ["Men's"], ["Ring", "Signet", ""], axes=[("rsize", 0.8)], gents=True),
]

AXES = {
    "size": ("Size", [("Small 12mm", 0.75), ("Medium 16mm", 1.0), ("Large 22mm", 1.4)]),
    "len": ("Chain length", [("40cm", 0.9), ("45cm", 1.0), ("50cm", 1.1), ("55cm", 1.2)]),
    "blen": ("Length", [("16cm", 0.9), ("18cm", 1.0), ("20cm", 1.1)]),
    "rsize": ("Ring size", [("H", 0.96), ("J", 0.98), ("L", 1.0), ("N", 1.02), ("P", 1.04), ("R", 1.06)]),
    "bsize": ("Size", [("S/M", 1.0), ("M/L", 1.1)]),
    "pair": ("Purchase", [("Single", 0.5), ("Pair", 1.0)]),
}

STONE_NAMES = {
    "lab": ["Lab Diamond", "Lab-Grown Diamond", "Lab Grown Diamond"], "diamond": ["Diamond", "Natural Diamond"],
    "moissanite": ["Moissanite"], "blue sapphire": ["Blue Sapphire", "Australian Blue Sapphire"],
    "pink sapphire": ["Pink Sapphire"], "yellow sapphire": ["Yellow Sapphire"], "teal sapphire": ["Teal Sapphire", "Australian Teal Sapphire"],
    "green sapphire": ["Green Sapphire"], "opal": ["Opal", "Australian Opal", "White Opal", "Coober Pedy Opal"],
    "black opal": ["Black Opal", "Lightning Ridge Black Opal"], "pearl": ["Pearl", "Freshwater Pearl", "Keshi Pearl"],
    "garnet": ["Garnet", "Rhodolite Garnet"], "peridot": ["Peridot"], "aquamarine": ["Aquamarine"],
    "blue topaz": ["Swiss Blue Topaz", "Blue Topaz"], "london topaz": ["London Blue Topaz"], "white topaz": ["White Topaz"],
}
STONE_OF_NAME = {"Opal Teardrop": "opal", "Lab Diamond Tennis": "lab", "Pearl Strand": "pearl", "Keshi Pearl": "pearl",
                 "Pearl Drop": "pearl", "Pearl": "pearl", "Opal": "opal", "Keshi": "pearl", "Solitaire": "lab",
                 "Teal Sapphire Solitaire": "teal sapphire", "Garnet Signet": "garnet", "Lightning Ridge": "black opal",
                 "Coober": "opal", "Boulder": "opal", "Pavé": "lab", "Halo Stacker": "lab", "Riviera": "lab",
                 "Oval Solitaire": "lab", "Halo": "lab", "Trilogy": "lab"}
NAME_TRAPS = {"Sapphire Sky": "Sapphire Sky", "Silver Gum": "Silver Gum", "Diamond Cut Belcher": "Diamond Cut"}


def aud(x):
    if x < 1000:
        return float(int(x / 10) * 10 + 9)
    return float(int(round(x / 10.0)) * 10)


def metal_words(rng, code, colour, karat):
    if code in ("S925",):
        return rng.choice(["Sterling Silver", "Recycled Sterling Silver", "925 Silver"]) if colour else ""
    if code in ("VER", "RVER"):
        if not colour:
            return ""
        return rng.choice(["Gold Vermeil", "18ct Gold Vermeil"]) if code == "VER" else "Rose Gold Vermeil"
    if code == "PT":
        return rng.choice(["Platinum", "Platinum 950"]) if colour else ""
    k = code[1:] + "ct"
    cw = {"Y": "Yellow", "R": "Rose", "W": "White"}[code[0]]
    if colour and karat:
        return rng.choice([f"{k} {cw} Gold", f"Solid {k} {cw} Gold", f"{k} {cw} Gold"])
    if colour:
        return f"{cw} Gold"
    if karat:
        return rng.choice([f"{k} Gold", f"Solid {k} Gold", f"{k} Recycled Gold"])
    return rng.choice(["Solid Gold", "Gold", ""])


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in STONE_OF_NAME:
        stone = STONE_OF_NAME[name]
    if "Birthstone" in name and stone is None:
        stone = rng.choice(["garnet", "peridot", "aquamarine", "pink sapphire", "blue topaz"])
    if name == "Sapphire Sky":
        stone = "blue topaz"
    if name == "Silver Gum":
        code = rng.choice(["Y9", "Y14"])
    if name == "Diamond Cut Belcher":
        code = rng.choice(["Y9", "S925"])
    if name == "Desert Rose Signet":
        code = "Y9"
    if code in ("S925", "VER", "RVER") and stone in ("diamond",):
        stone = "moissanite"
    if d["cat"] == "engagement ring" and code in ("S925", "VER"):
        code = "W18"
    p["code"], p["stone"] = code, stone
    p["lab"] = stone == "lab"
    if d.get("gents") or "Men's" in d["cats"][0]:
        p["for"] = "men"
    p["name"] = name
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "rsize":
                k = rng.randint(3, 5)
                st0 = rng.randint(0, len(vals) - k)
                vals = vals[st0:st0 + k]
            if ax == "len":
                vals = vals[: rng.randint(2, 4)]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "metal":
            if code in ("Y9", "R9", "W9"):
                alts = [code] + [c for c in ("Y9", "R9", "W9") if c != code]
            elif code in ("S925", "VER", "RVER"):
                alts = [code] + [c for c in ("S925", "VER", "Y9") if c != code]
            else:
                alts = [code, "Y9"] if code != "Y9" else [code]
            if len(alts) > 1:
                axes.append(("Metal", [(METAL_LABEL[c], {"code": c}) for c in alts]))
        elif ax == "fmetal":
            alts = [code] + [c for c in ("Y18", "W18", "PT") if c != code]
            axes.append(("Metal", [(METAL_LABEL[c], {"code": c}) for c in alts]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("lab", "diamond", "moissanite"):
        if d["cat"] == "engagement ring":
            carat = rng.choice([0.5, 0.7, 1.0, 1.2, 1.5, 2.0])
        elif d["key"] in ("necklace", "bracelet") or name == "Lab Diamond Tennis":
            carat = rng.choice([1.0, 2.0, 3.0, 5.0])
        else:
            carat = rng.choice([0.05, 0.1, 0.15, 0.2, 0.3])
    if stone and "sapphire" in stone and d["cat"] == "engagement ring":
        carat = rng.choice([0.8, 1.0, 1.3, 1.6])
    p["carat"] = carat
    sval = STONE_AUD.get(stone, 0) * (carat if carat else rng.uniform(0.3, 1.0))
    if stone == "pearl" and d["key"] in ("necklace",):
        sval = rng.uniform(250, 700)
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, f = code, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            f *= mod.get("f", 1.0)
        price = aud((g0 * GRAM[vc] + BENCH[vc]) * f + sval * (0.5 if any(v == "Single" for v, _ in combo) else 1.0))
        variants.append(Variant([v for v, _ in combo], vc, stone, price, None, g0 * f))
    if rng.random() < 0.15:
        off = rng.choice([0.1, 0.2, 0.25])
        for v in variants:
            v.compare = v.price
            v.price = aud(v.price * (1 - off))
    p["variants"] = variants
    if d["cat"] == "pendant":
        p["sold_with_chain"] = d["key"] != "charms" and rng.random() < 0.75
    write_listing(rng, p, name)
    return p


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    traps = [NAME_TRAPS[name]] if name in NAME_TRAPS else []
    has_metal_axis = "Metal" in names
    col_loc = wchoice(rng, [("title", 45), ("body", 20), ("attr", 10), ("cats", 5), ("tags", 5), ("photo", 8)])
    if has_metal_axis and rng.random() < 0.75:
        col_loc = "options"
    kar_loc = wchoice(rng, [("title", 35), ("body", 40), ("attr", 10), ("none", 15)]) if FMETALS[code][2] else "none"
    if col_loc == "options":
        kar_loc = "options"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("body", 25), ("tags", 10), ("short", 8), ("nowhere", 7)])
        named = {"lab": "diamond", "black opal": "opal"}.get(stone, stone).split()[-1]
        if named.lower() in name.lower():
            st_loc = "title"
    cat_loc = "title" if rng.random() < 0.86 else rng.choice(["cats", "body"])
    if name in ("Harlow", "Fitzroy", "Otway") or d["words"][-1] == "" and rng.random() < 0.5:
        cat_loc = "cats"  # "The Harlow": the kind only shows in the category
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    cats = rng.choice([c for c in d["cats"] if "Opal" not in c or "opal" in (stone or "")] or d["cats"])
    if col_loc == "cats":
        cats += ", Shop by Metal > " + {"S925": "Sterling Silver", "VER": "Gold Vermeil", "RVER": "Rose Gold Vermeil",
                                        "PT": "Platinum"}.get(code, METAL_LABEL[code].replace(" Gold", " Gold").split(" ", 1)[1] if code[0] in "YRW" else "")
    p["cats"] = cats
    # title
    mt = metal_words(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    if code in ("S925", "VER", "RVER", "PT") and col_loc != "title":
        mt = ""
    sw = rng.choice(STONE_NAMES[stone]) if stone and st_loc == "title" and {"lab": "diamond", "black opal": "opal"}.get(stone, stone).split()[-1].lower() not in name.lower() else ""
    if stone == "opal" and sw in ("White Opal",) and False:
        sw = sw
    if sw and any(w in name.lower().split() for w in sw.lower().split()):
        sw = STONE_NAMES[stone][0]
        if any(w in name.lower().split() for w in sw.lower().split()):
            sw = ""
    if sw and "Coober" in name and "Coober" in sw:
        sw = "Opal"
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    if word and word.split()[0].lower() in name.lower():
        word = ""
    core = " ".join(x for x in (name if not sw else f"{name} {sw}" if rng.random() < 0.5 else f"{sw} {name}", word) if x)
    form = rng.random()
    if not mt:
        title = core if rng.random() < 0.7 else f"The {core}"
    elif form < 0.4:
        title = f"{core} | {mt}"
    elif form < 0.7:
        title = f"{core} — {mt}"
    elif form < 0.85:
        title = f"{mt} {core}"
    else:
        title = f"{core} in {mt}"
    if p.get("for") == "men" and rng.random() < 0.3 and "Men" not in title:
        title = "Men's " + title
    p["title"] = title
    # short description and description
    short_bits = []
    if st_loc == "short":
        short_bits.append(f"Set with a {rng.choice(STONE_NAMES[stone]).lower()}.")
    if rng.random() < 0.5 or short_bits:
        short_bits.insert(0, rng.choice(["Made to be worn every day.", "Handmade in Brunswick.", "A studio favourite.",
                                         "Our bestseller, restocked.", "Small batch."]))
    p["short"] = "<p>" + " ".join(short_bits) + "</p>" if short_bits else ""
    body = []
    kinds = {"earrings": "earrings", "pendant": "pendant", "necklace": "necklace", "chain": "chain", "ring": "ring",
             "engagement ring": "engagement ring", "wedding band": "wedding band", "bangle": "cuff", "bracelet": "bracelet",
             "anklet": "anklet", "brooch": "brooch"}
    kw = kinds[cat]
    if cat == "earrings" and d["key"] == "huggies":
        kw = "huggies"
    if cat == "earrings" and d["key"] == "hoops":
        kw = rng.choice(["hoops", "hoop earrings"])
    if cat == "pendant" and d["key"] == "charms":
        kw = "charm pendant"
    if cat_loc == "body" or rng.random() < 0.6:
        body.append(f"<p>The {name} {kw} {'are' if kw.endswith('s') else 'is'} cast from recycled metal and finished by hand in our Brunswick studio, on Wurundjeri Country.</p>")
    else:
        body.append(f"<p>The {name}: {rng.choice(['simple, weighty and made to last.', 'designed to layer.', 'a quiet everyday piece.', 'inspired by walks along the Merri Creek.'])}</p>")
    spec = []
    mb = metal_words(rng, code, col_loc == "body", kar_loc == "body") if (col_loc == "body" or kar_loc == "body") else ""
    if mb:
        spec.append(f"<li>Metal: {mb}</li>")
    if stone and st_loc == "body":
        nmw = rng.choice(STONE_NAMES[stone])
        ct = f", {p['carat']}ct" if p.get("carat") else ""
        spec.append(f"<li>Stone: {nmw}{ct}</li>")
    elif stone and st_loc == "title" and p.get("carat") and rng.random() < 0.6:
        spec.append(f"<li>Total carat weight: {p['carat']}ct</li>")
    if p["lab"] and st_loc in ("title", "body") and rng.random() < 0.5:
        spec.append("<li>IGI certified lab-grown diamond</li>" if p["carat"] and p["carat"] >= 0.5 else "<li>Lab-grown, conflict free</li>")
    if cat in ("pendant",):
        spec.append("<li>" + ("Chain included" if p.get("sold_with_chain") else "Pendant only, chain sold separately") + "</li>")
    if cat in ("earrings",) and d["key"] == "huggies" and "Purchase" not in names:
        spec.append("<li>Sold as a pair</li>")
    spec.append(f"<li>Approx. weight: {p['variants'][0].grams:.1f}g</li>")
    if rng.random() < 0.4:
        spec.append("<li>" + rng.choice(["Made to order: please allow 3-4 weeks", "Afterpay available", "Free express shipping Australia-wide"]) + "</li>")
    body.append("<h5>Specifications</h5>")
    body.append("<ul>" + "".join(spec) + "</ul>")
    if rng.random() < 0.25:
        body.append("<p>Care: store in the pouch provided and avoid perfume.</p>")
    p["body"] = "\n".join(body)
    # tags
    tags = rng.sample(["gift for her", "everyday", "recycled", "made in Melbourne", "stackable", "bestseller", "new"], k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"S925": "sterling silver", "VER": "gold vermeil", "RVER": "rose gold vermeil", "PT": "platinum"}.get(code, METAL_LABEL[code].split(" ", 1)[1].lower()))
    if st_loc == "tags":
        tags.append({"lab": "lab grown diamond", "black opal": "black opal", "london topaz": "london blue topaz", "blue topaz": "blue topaz",
                     "white topaz": "white topaz", "teal sapphire": "teal sapphire", "pink sapphire": "pink sapphire",
                     "blue sapphire": "blue sapphire"}.get(stone, stone))
    if stone and "opal" in stone and st_loc in ("title", "body", "tags") and "opal" not in tags:
        tags.append("opal")
    if p["lab"] and st_loc in ("title", "body"):
        tags.append("lab grown")
    if cat == "engagement ring" and rng.random() < 0.5:
        tags.append("bridal")
    p["tags"] = tags
    # info (non-variation) attribute on some products: Metal / Stone
    info = []
    if col_loc == "attr" or kar_loc == "attr":
        info.append(("Metal", [(METAL_LABEL[code] if col_loc == "attr" else (code[1:] + "ct Gold" if FMETALS[code][2] else METAL_LABEL[code]), {})]))
    if stone and st_loc == "body" and rng.random() < 0.3 and len(names) + len(info) < 2:
        info.append(("Gemstone", [(STONE_NAMES[stone][0], {})]))
    p["info"] = info[: max(0, 2 - len(names))]
    p["traps"] = traps


RKIND = {"cuff": "cuff"}


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = d["style"]
    if d["kind"] == "pendant":
        spec["pendant"] = {"lab": "solitaire", "moissanite": "solitaire", "opal": "drop", "black opal": "drop", None: "coin"}.get(stone, "round")
        if "Heart" in p["name"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif d["kind"] == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else "tennis"
    elif d["kind"] == "bracelet":
        spec["style"] = {"lab": "tennis", "moissanite": "tennis", "pearl": "bead", "garnet": "charm"}.get(stone, "chain" if p["serial"] % 2 else "curb")
    elif d["kind"] == "ring" and d["key"] == "stacking":
        spec["style"] = "stacking"
    elif d["kind"] == "engagement ring":
        spec["style"] = "trilogy" if "Trilogy" in p["name"] else "solitaire"
        spec["halo"] = "Halo" in p["name"]
        spec["kind"] = "ring" if spec["style"] == "trilogy" else "engagement ring"
    elif d["kind"] == "earrings" and d["key"] == "studs" and stone is None:
        spec["style"] = "stud"
    elif st:
        spec["style"] = st
    return spec


def build(OUT, images=True, seed=1851):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "mel_shop")
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
    for k in idx[:4]:
        prods[k]["status"] = "draft"
    for k in idx[4:6]:
        prods[k]["status"] = "private"
    broken = set(idx[6:9])

    rows, truths, jobs = [], [], []
    next_id = 2231
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2023, 2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 2:
            ym = "2025/02/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"IMG_{prng.randint(1000, 9999)}-1.jpg", f"{slug}-1024x1024.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.75 else f"WE-{p['serial']:03d}-hero.jpg"), main_spec, 41000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-detail.jpg", sp, 43000 + p["serial"]))
        var_img = {}
        metal_axis = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Metal"), None)
        if metal_axis is not None and not is_broken:
            nm, vals = p["axes"][metal_axis]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod["code"], p["stone"])
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 45000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 4)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.85 else f"WE-{p['serial']:03d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.05 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.06 else "0",
                     "Backorders allowed?": "notify" if p["cat"] == "engagement ring" else "0", "Sold individually?": "0",
                     "Allow customer reviews?": "1", "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "express" if prng.random() < 0.2 else "", "Images": ", ".join(HOST + fn for fn, _, _ in imgs),
                     "Position": "0"})
        if prng.random() < 0.35:
            base["Weight (kg)"] = f"{max(0.01, round(p['variants'][0].grams / 1000 + 0.04, 2))}"
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Metal", "Chain length") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.compare or v.price)
            base["Sale price"] = money(v.price) if v.compare else ""
            if prng.random() < 0.5:
                base["Stock"] = str(prng.randint(0, 8))
            v.sku = parent_sku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.25 else f"WE-{p['serial']:03d}-" + "-".join(slugify(o).upper()[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if metal_axis is not None and v.opts[metal_axis] in var_img:
                    r["Images"] = HOST + var_img[v.opts[metal_axis]]
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Metal", "Chain length") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        truth["variants"] = len(vs)
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = read_evidence(truth, fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"mel {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
