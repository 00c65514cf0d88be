"""Plan of the Brooklyn shop: Gowanus & Grand, a fine-jewelry maker's studio (Shopify, USD).

Shopify product CSV export (classic column set, one row per variant, extra
image rows, `Status` active / draft / archived), with the Markets columns a
store with markets set up exports (`Included / United States`,
`Price / International` ...) and two custom product metafield columns
(`Metal (product.metafields.custom.metal)`, `Stone (product.metafields.custom.stone)`).
American habits: 10k / 14k / 18k, platinum, sterling, gold vermeil,
14k gold filled (not solid gold), lab-grown diamonds, moissanite, huggies,
paperclip chains, tennis bracelets, signets, "$1,295" price points.
"""

from __future__ import annotations

import os
import random
import re

import render
from fresh_common import Variant, money, options_text, slugify, wchoice
from seventh_common import SMETALS, SSTONES, read_evidence, truth_record

HOST = "https://cdn.heldout-nyc.example/s/1/0712/4433/files/"
CURRENCY = "USD"
EXPORT_NAME = "products_export_1.csv"

MF_METAL = "Metal (product.metafields.custom.metal)"
MF_STONE = "Stone (product.metafields.custom.stone)"
HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", MF_METAL, MF_STONE, "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item",
    "Included / United States", "Price / United States", "Compare At Price / United States",
    "Included / International", "Price / International", "Compare At Price / International", "Status",
]

TAXONOMY = {
    "necklace": "Apparel & Accessories > Jewelry > Necklaces", "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Necklaces", "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets", "anklet": "Apparel & Accessories > Jewelry > Anklets",
}

# USD per gram (retail, incl. casting) and bench time per piece
GRAM = {"Y10": 72, "Y14": 112, "W14": 116, "R14": 112, "Y18": 152, "W18": 158, "PT": 128, "S925": 4.5, "VER": 8, "GF": 6}
BENCH = {"Y10": 120, "Y14": 160, "W14": 170, "R14": 160, "Y18": 230, "W18": 240, "PT": 320, "S925": 38, "VER": 48, "GF": 36}
STONE_USD = {None: 0, "diamond": 5200, "lab": 950, "moissanite": 380, "salt pepper": 1400, "blue sapphire": 900,
             "pink sapphire": 800, "white sapphire": 300, "emerald": 1100, "ruby": 1000, "pearl": 45, "garnet": 70,
             "amethyst": 60, "peridot": 70, "aquamarine": 180, "blue topaz": 60, "opal": 220}

METAL_WORDS = {"Y10": ["10K Yellow Gold", "10k Yellow Gold"], "Y14": ["14K Yellow Gold", "14k Yellow Gold", "Solid 14k Yellow Gold"],
               "W14": ["14K White Gold", "14k White Gold"], "R14": ["14K Rose Gold", "14k Rose Gold"],
               "Y18": ["18K Yellow Gold"], "W18": ["18K White Gold"], "PT": ["Platinum", "Platinum 950"],
               "S925": ["Sterling Silver", "Recycled Sterling Silver", ".925 Sterling Silver"],
               "VER": ["Gold Vermeil", "18k Gold Vermeil"], "GF": ["14k Gold Filled", "14/20 Gold Filled", "Gold Filled"]}
KARAT_WORDS = {"Y10": ["10K Gold", "10k Solid Gold"], "Y14": ["14K Gold", "14k Solid Gold", "Solid 14k Gold"],
               "W14": ["14K Gold", "14k Solid Gold"], "R14": ["14K Gold"], "Y18": ["18K Gold"], "W18": ["18K Gold"]}
OPTION_LABEL = {"Y10": "10K Yellow Gold", "Y14": "14K Yellow Gold", "W14": "14K White Gold", "R14": "14K Rose Gold",
                "Y18": "18K Yellow Gold", "W18": "18K White Gold", "PT": "Platinum", "S925": "Sterling Silver",
                "VER": "Gold Vermeil", "GF": "14k Gold Filled"}
GF_TRAPS = ["14k Gold Filled", "14/20 Gold Filled", "14K Gold Filled"]

STONE_WORDS = {"diamond": ["Diamond", "Natural Diamond"], "lab": ["Lab Grown Diamond", "Lab-Grown Diamond", "Lab Diamond"],
               "moissanite": ["Moissanite"], "salt pepper": ["Salt & Pepper Diamond"], "blue sapphire": ["Blue Sapphire", "Sapphire"],
               "pink sapphire": ["Pink Sapphire"], "white sapphire": ["White Sapphire"], "emerald": ["Emerald"], "ruby": ["Ruby"],
               "pearl": ["Pearl", "Freshwater Pearl", "Akoya Pearl"], "garnet": ["Garnet"], "amethyst": ["Amethyst"],
               "peridot": ["Peridot"], "aquamarine": ["Aquamarine"], "blue topaz": ["Blue Topaz", "Swiss Blue Topaz"],
               "opal": ["Opal", "Ethiopian Opal"]}
BIRTH = ["garnet", "amethyst", "aquamarine", "peridot", "blue sapphire", "ruby", "emerald", "pink sapphire", "opal", "blue topaz"]


def D(key, cat, n, names, kind, style, metals, stones, grams, types, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             types=types, words=words, axes=list(axes))
    d.update(kw)
    return d


GOLD = [("Y14", 5), ("W14", 1), ("R14", 1), ("Y10", 2)]
DEMI = [("VER", 3), ("GF", 3), ("S925", 2)]
DESIGNS = [
    D("huggies", "earrings", 12, ["Bleecker", "Pavé", "Mott", "Astor", "Ludlow", "Dumbo"], "earrings", "huggie",
      GOLD + [("VER", 2), ("S925", 1)], [(None, 4), ("diamond", 2), ("lab", 2), ("moissanite", 1), ("white sapphire", 1), ("emerald", 1)],
      (1.2, 3), ["Huggies", "Earrings", "Earrings"], ["Huggies", "Huggie Hoops", "Huggie Earrings"], axes=[("metal", 0.4), ("pair", 0.5)]),
    D("hoops", "earrings", 8, ["Canal", "Chunky", "Gowanus", "Knife Edge", "Twisted"], "earrings", "hoop",
      [("Y14", 3), ("VER", 3), ("GF", 3), ("S925", 1)], [(None, 1)], (2, 6), ["Hoops", "Earrings", ""],
      ["Hoops", "Hoop Earrings", "Hoops"], axes=[("hsize", 0.5)]),
    D("studs", "earrings", 10, ["Solitaire", "Bezel", "Birthstone", "Prospect", "Pearl", "Cluster"], "earrings", "stud",
      [("Y14", 4), ("W14", 3), ("S925", 1), ("VER", 1)], [("lab", 3), ("diamond", 2), ("moissanite", 1), ("pearl", 2), ("birth", 2)],
      (0.6, 1.6), ["Studs", "Earrings"], ["Studs", "Stud Earrings"]),
    D("paperclip", "chain", 9, ["Paperclip", "Figaro", "Rope", "Cuban Link", "Herringbone", "Box", "Diamond-Cut Rope"], "chain", "cable",
      [("Y14", 3), ("Y10", 2), ("GF", 3), ("VER", 1), ("S925", 2)], [(None, 1)], (2, 9), ["Chains", "Necklaces", "Chain"],
      ["Chain", "Chain Necklace", "Necklace"], axes=[("len", 0.8)]),
    D("pendant", "pendant", 13, ["Initial", "Evil Eye", "Birthstone", "Solitaire", "Heart", "Coin", "Zodiac", "Pearl Drop", "Bedford"],
      "pendant", "round", [("Y14", 5), ("VER", 3), ("GF", 2), ("S925", 2), ("W14", 1)],
      [(None, 4), ("lab", 2), ("diamond", 1), ("blue sapphire", 1), ("birth", 2), ("pearl", 1)], (0.8, 3),
      ["Necklaces", "Pendant Necklaces", "Necklaces"], ["Necklace", "Pendant Necklace", "Necklace", "Pendant"], axes=[("len", 0.4)]),
    D("nameplate", "necklace", 3, ["Nameplate", "Script Name", "Block Letter"], "necklace", "choker", [("Y14", 2), ("GF", 1), ("S925", 1)],
      [(None, 1)], (3, 7), ["Necklaces", "Personalized"], ["Necklace", "Nameplate Necklace"]),
    D("tennisn", "necklace", 4, ["Tennis", "Riviera", "Graduated Tennis"], "necklace", "tennis", [("W14", 2), ("Y14", 2)],
      [("lab", 3), ("moissanite", 1), ("diamond", 1)], (8, 16), ["Necklaces", "Tennis"], ["Necklace", "Tennis Necklace"], axes=[("len", 0.3)]),
    D("tennisb", "bracelet", 7, ["Tennis", "Mini Tennis", "Bezel Tennis", "Classic Tennis"], "bracelet", "tennis",
      [("W14", 3), ("Y14", 3), ("S925", 1)], [("lab", 3), ("diamond", 2), ("moissanite", 1), ("white sapphire", 1)], (6, 12),
      ["Bracelets", "Tennis"], ["Tennis Bracelet", "Bracelet"], axes=[("blen", 0.5)]),
    D("bracelet", "bracelet", 6, ["Paperclip", "Figaro", "Cuban Link", "Satellite", "Pearl"], "bracelet", "chain",
      [("Y14", 2), ("GF", 2), ("VER", 1), ("S925", 2)], [(None, 4), ("pearl", 1)], (2, 10), ["Bracelets", "Chain Bracelets"],
      ["Bracelet", "Chain Bracelet"], axes=[("blen", 0.5)]),
    D("signet", "ring", 8, ["Bowery", "Oval Signet", "Pinky Signet", "Carroll", "Initial Signet", "Red Hook"], "ring", "signet",
      [("Y14", 3), ("Y10", 2), ("S925", 2), ("Y18", 1)], [(None, 5), ("lab", 1), ("blue sapphire", 1)], (4, 12),
      ["Signet Rings", "Rings", "Men's"], ["Signet Ring", "Signet", "Pinky Ring"], axes=[("rsize", 0.85)]),
    D("stacking", "ring", 8, ["Skinny", "Birthstone Stacker", "Dot", "Twist", "Eternity Stacker", "Greenpoint"], "ring", "stacking",
      GOLD + [("S925", 1), ("VER", 1)], [(None, 3), ("birth", 2), ("lab", 2), ("white sapphire", 1)], (1, 2.5),
      ["Rings", "Stacking Rings"], ["Ring", "Stacking Ring", "Stacker"], axes=[("rsize", 0.9)]),
    D("engagement", "engagement ring", 12, ["Oval Solitaire", "Hidden Halo", "Three Stone", "Atlantic", "Nostrand", "Emerald Cut", "Pear", "Salt & Pepper"],
      "engagement ring", "solitaire", [("Y14", 3), ("W14", 2), ("PT", 3), ("Y18", 1), ("R14", 1)],
      [("lab", 5), ("diamond", 3), ("moissanite", 2), ("salt pepper", 1)], (2.5, 4.5),
      ["Engagement", "Bridal", "Engagement Rings"], ["Engagement Ring", "Solitaire Ring", "Engagement Ring"], axes=[("carat", 0.45), ("fmetal", 0.5)]),
    D("bands", "wedding band", 7, ["Comfort Fit", "Half Eternity", "Knife Edge", "Eternity", "Flat", "Milgrain"], "wedding band", "wedding",
      [("Y14", 3), ("PT", 2), ("W14", 1), ("Y18", 1)], [(None, 4), ("lab", 2), ("diamond", 1)], (2.5, 7),
      ["Wedding Bands", "Bridal"], ["Wedding Band", "Band", "Wedding Ring"], axes=[("rsize", 0.9)]),
    D("cuff", "bangle", 4, ["Sculpted", "Open Cuff", "Bangle", "Hammered"], "cuff", None, [("S925", 2), ("Y14", 1), ("VER", 1)],
      [(None, 1)], (8, 25), ["Bracelets", "Cuffs & Bangles"], ["Cuff", "Bangle", "Cuff Bracelet"]),
    D("anklet", "anklet", 3, ["Beach", "Satellite", "Paperclip"], "anklet", None, [("GF", 2), ("S925", 1), ("Y14", 1)], [(None, 1)], (1.5, 4),
      ["Anklets"], ["Anklet"]),
]

AXES = {
    "len": ("Length", [('16"', 0.92), ('18"', 1.0), ('20"', 1.08), ('22"', 1.16)]),
    "blen": ("Length", [('6.5"', 0.95), ('7"', 1.0), ('7.5"', 1.05)]),
    "rsize": ("Size", [(s, 1.0) for s in ("4", "4.5", "5", "5.5", "6", "6.5", "7", "7.5", "8", "9", "10", "11")]),
    "hsize": ("Size", [("Small", 0.75), ("Medium", 1.0), ("Large", 1.35)]),
    "pair": ("Style", [("Single", 0.5), ("Pair", 1.0)]),
}
NAME_STONE = {"Pavé": "diamond", "Solitaire": "lab", "Pearl": "pearl", "Pearl Drop": "pearl", "Cluster": "diamond",
              "Eternity": "lab", "Half Eternity": "lab", "Eternity Stacker": "lab", "Salt & Pepper": "salt pepper", "Evil Eye": "blue sapphire"}
PLAIN = {"Paperclip", "Figaro", "Rope", "Cuban Link", "Herringbone", "Box", "Diamond-Cut Rope", "Nameplate", "Script Name",
         "Block Letter", "Coin", "Initial", "Satellite", "Knife Edge", "Comfort Fit", "Flat", "Milgrain", "Chunky", "Twisted"}


def usd(x):
    """US retail price points: whole dollars ending in 5 ($85, $1,295)."""
    return float(int(x / 10) * 10 + 5) if x < 5000 else float(int(round(x / 50.0)) * 50)


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if stone == "birth" or "Birthstone" in name:
        stone = rng.choice(BIRTH)
    if name in NAME_STONE:
        stone = NAME_STONE[name]
    if name in PLAIN:
        stone = None
    if code in ("S925", "VER", "GF") and stone in ("diamond", "lab", "salt pepper"):
        stone = "moissanite" if rng.random() < 0.5 else "white sapphire"
    if d["cat"] in ("engagement ring",) and code in ("S925", "VER", "GF"):
        code = "W14"
    p["code"], p["stone"] = code, stone
    p["lab"] = stone == "lab"
    p["name"] = name
    if name in ("Cuban Link", "Red Hook") or (d["key"] == "signet" and rng.random() < 0.25):
        p["for"] = "men"
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "rsize":
                k = rng.randint(5, 9)
                st0 = rng.randint(0, len(vals) - k)
                vals = vals[st0:st0 + k]
            if ax == "len":
                vals = vals[: rng.randint(2, 4)]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "metal":
            if code in ("Y14", "W14", "R14"):
                alts = [code] + [c for c in ("Y14", "W14", "R14") if c != code]
            elif code == "Y10":
                alts = ["Y10", "Y14"]
            else:
                alts = [code] + [c for c in ("VER", "S925") if c != code]
            axes.append(("Metal", [(OPTION_LABEL[c], {"code": c}) for c in alts]))
        elif ax == "fmetal":
            alts = [code] + [c for c in ("Y14", "W14", "PT") if c != code]
            axes.append(("Metal", [(OPTION_LABEL[c], {"code": c}) for c in alts]))
        elif ax == "carat" and stone in ("lab", "moissanite"):
            axes.append(("Carat Weight", [(f"{c:g} ct", {"ct": c}) for c in (1.0, 1.5, 2.0, 2.5)[: rng.randint(2, 4)]]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("lab", "diamond", "moissanite", "salt pepper"):
        if d["cat"] == "engagement ring":
            carat = rng.choice([1.0, 1.5, 2.0]) if stone != "diamond" else rng.choice([0.5, 0.7, 1.0])
        elif d["key"] in ("tennisn", "tennisb"):
            carat = rng.choice([2.0, 3.0, 5.0]) if d["key"] == "tennisb" else rng.choice([5.0, 7.0, 10.0])
        elif "Eternity" in name:
            carat = rng.choice([1.0, 1.5, 2.0])
        else:
            carat = rng.choice([0.1, 0.15, 0.25, 0.5])
    p["carat"] = carat
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, f, ct = code, 1.0, carat
        for _, mod in combo:
            vc = mod.get("code", vc)
            f *= mod.get("f", 1.0)
            ct = mod.get("ct", ct)
        sval = STONE_USD.get(stone, 0) * (ct if ct else 0.6)
        if stone == "pearl":
            sval = 45 * (2 if d["cat"] == "earrings" else 1)
        single = any(v == "Single" for v, _ in combo)
        price = usd((g0 * GRAM[vc] + BENCH[vc]) * f + sval * (0.5 if single else 1.0))
        variants.append(Variant([v for v, _ in combo], vc, stone, price, None, g0 * f))
    if rng.random() < 0.12:
        for v in variants:
            v.compare = v.price
            v.price = usd(v.price * 0.8)
    p["variants"] = variants
    if d["cat"] == "pendant":
        p["sold_with_chain"] = rng.random() < 0.85
    write_listing(rng, p, name)
    return p


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    traps = []
    if "Diamond-Cut" in name:
        traps.append("Diamond-Cut")
    col_loc = wchoice(rng, [("title", 45), ("body", 22), ("meta", 10), ("tags", 6), ("type", 3), ("photo", 8)])
    if "Metal" in names and rng.random() < 0.8:
        col_loc = "options"
    kar_loc = "none"
    if SMETALS[code][2]:
        kar_loc = "options" if col_loc == "options" else wchoice(rng, [("title", 40), ("body", 40), ("meta", 10), ("none", 10)])
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("body", 25), ("meta", 10), ("tags", 8), ("nowhere", 7)])
        if name in NAME_STONE and stone in ("pearl",) or name == "Salt & Pepper":
            st_loc = "title"
    cat_loc = "title" if rng.random() < 0.88 else rng.choice(["type", "body"])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    metal_title = ""
    if col_loc == "title":
        metal_title = rng.choice(METAL_WORDS[code])
    elif kar_loc == "title" and code in KARAT_WORDS:
        metal_title = rng.choice(KARAT_WORDS[code])
    if code == "GF" and metal_title:
        traps.append(metal_title)
    sw = ""
    if stone and st_loc == "title":
        sw = rng.choice(STONE_WORDS[stone])
        if any(w.lower() in name.lower() for w in sw.split()):
            sw = "" if name != "Salt & Pepper" else "Diamond"
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    if word and word.split()[0].lower() in name.lower():
        word = ""
    core = " ".join(x for x in (name, sw, word) if x) if rng.random() < 0.6 else " ".join(x for x in (sw, name, word) if x)
    form = rng.random()
    if not metal_title:
        title = core if rng.random() < 0.75 else f"The {core}"
    elif form < 0.45:
        title = f"{core} | {metal_title}"
    elif form < 0.7:
        title = f"{core} in {metal_title}"
    elif form < 0.85:
        title = f"{metal_title} {core}"
    else:
        title = f"{core} - {metal_title}"
    if stone in ("lab", "diamond", "moissanite") and p.get("carat") and p["carat"] >= 1 and "Carat Weight" not in names and rng.random() < 0.5:
        title += f" ({p['carat']:g} ctw)"
    p["title"] = title
    kw = {"earrings": "earrings", "chain": "chain", "pendant": "necklace", "necklace": "necklace", "bracelet": "bracelet",
          "ring": "ring", "engagement ring": "engagement ring", "wedding band": "wedding band", "bangle": "cuff", "anklet": "anklet"}[cat]
    if d["key"] == "huggies":
        kw = "huggies"
    body = []
    if cat_loc == "body" or rng.random() < 0.55:
        body.append(f"<p>Our {name} {kw} {'are' if kw.endswith('s') else 'is'} cast and finished by hand in our Gowanus studio, Brooklyn NY.</p>")
    else:
        body.append("<p>" + rng.choice(["Made to be layered, stacked and never taken off.", "An everyday staple.",
                                         "Small-batch, made to order in Brooklyn.", "Our best seller since 2019."]) + "</p>")
    spec = []
    if col_loc == "body":
        spec.append(f"<li>{rng.choice(METAL_WORDS[code])}</li>")
        if code == "GF":
            traps.append(spec[-1][4:-5])
    elif kar_loc == "body" and code in KARAT_WORDS:
        spec.append(f"<li>{rng.choice(KARAT_WORDS[code])}</li>")
    if stone and st_loc == "body":
        ct = f", {p['carat']:g} ctw" if p.get("carat") else ""
        spec.append(f"<li>{rng.choice(STONE_WORDS[stone])}{ct}</li>")
    if p["lab"] and st_loc in ("title", "body") and rng.random() < 0.5:
        spec.append("<li>IGI certified, lab grown</li>")
    if stone == "moissanite" and rng.random() < 0.5:
        spec.append("<li>Charles & Colvard Forever One moissanite</li>" if rng.random() < 0.3 else "<li>DEF colorless moissanite</li>")
    if cat == "pendant":
        spec.append("<li>" + ("Comes on an adjustable 16-18\" cable chain" if p["sold_with_chain"] else "Pendant only, chain sold separately") + "</li>")
    if d["key"] == "huggies" and "Style" not in names:
        spec.append("<li>Sold as a pair</li>")
    if rng.random() < 0.35:
        spec.append("<li>" + rng.choice(["Ships in 2-3 weeks", "Free US shipping & returns", "Lifetime warranty",
                                         "Nickel free, hypoallergenic"]) + "</li>")
    if "Diamond-Cut" in name:
        spec.append("<li>Diamond-cut links for extra sparkle (no stones)</li>")
        traps.append("Diamond-cut")
    body.append("<ul>" + "".join(spec) + "</ul>" if spec else "")
    if code == "GF" and col_loc != "photo" and rng.random() < 0.5:
        body.append("<p>Gold filled is a thick layer of gold bonded to a brass core: far more durable than plating.</p>")
    p["body"] = "\n".join(x for x in body if x)
    tags = rng.sample(["gift for her", "best seller", "layering", "new", "under $200", "mother's day", "everyday", "holiday gift guide"],
                      k=rng.randint(0, 3))
    if "under $200" in tags and p["variants"][0].price > 200:
        tags.remove("under $200")
    if col_loc == "tags":
        tags.append({"Y10": "10k yellow gold", "Y14": "14k yellow gold", "W14": "white gold", "R14": "rose gold", "Y18": "18k yellow gold",
                     "W18": "18k white gold", "PT": "platinum", "S925": "sterling silver", "VER": "gold vermeil",
                     "GF": "gold filled"}[code])
    elif SMETALS[code][2] and rng.random() < 0.4:
        tags.append("solid gold")
    if st_loc == "tags":
        tags.append({"lab": "lab grown diamond", "blue sapphire": "sapphire", "white sapphire": "white sapphire",
                     "salt pepper": "salt and pepper diamond"}.get(stone, stone))
    if p["lab"] and st_loc != "nowhere":
        tags.append("lab grown")
    if cat in ("engagement ring", "wedding band"):
        tags.append("bridal")
    if p.get("for") == "men":
        tags.append("men's")
    p["tags"] = tags
    p["mf_metal"] = OPTION_LABEL[code] if col_loc == "meta" else ("14K Gold" if kar_loc == "meta" and code in ("Y14", "W14", "R14") else "")
    if col_loc == "meta" and code == "GF":
        traps.append(OPTION_LABEL[code])
    p["mf_stone"] = STONE_WORDS[stone][0] if st_loc == "meta" else ""
    types = d["types"]
    if cat_loc == "type":
        types = [t for t in types if t and t not in ("Men's", "Personalized", "Bridal", "Tennis")] or types
    p["type"] = rng.choice(types)
    if col_loc == "type":
        p["type"] = {"VER": "Gold Vermeil", "GF": "Gold Filled", "S925": "Sterling Silver", "PT": "Platinum"}.get(code, "Fine Jewelry")
        if code == "GF":
            traps.append("Gold Filled")
    p["traps"] = sorted(set(traps), key=lambda s: (-len(s), s))  # longest first, ties by text: same order every run


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": SMETALS[code][3], "stone": SSTONES[stone][2]}
    if SSTONES[stone][3]:
        spec["stone_rgb"] = SSTONES[stone][3]
    name = p["name"]
    if d["kind"] == "pendant":
        spec["pendant"] = {"lab": "solitaire", "diamond": "solitaire", "pearl": "drop", None: "coin"}.get(stone, "round")
        if name == "Heart":
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif d["kind"] == "chain":
        spec["style"] = {"Rope": "rope", "Diamond-Cut Rope": "rope", "Box": "box", "Cuban Link": "curb", "Figaro": "curb"}.get(name, "cable")
    elif d["kind"] == "bracelet" and d["key"] == "bracelet":
        spec["style"] = "bead" if stone == "pearl" else "curb" if name in ("Cuban Link", "Figaro") else "chain"
    elif d["kind"] == "engagement ring":
        spec["style"] = "trilogy" if name == "Three Stone" else "solitaire"
        spec["halo"] = name == "Hidden Halo"
        spec["kind"] = "ring" if spec["style"] == "trilogy" else "engagement ring"
    elif d["kind"] == "ring" and d["key"] == "stacking" and stone is None:
        spec["style"] = "band"
    elif d["kind"] == "earrings" and d["key"] == "studs" and stone == "pearl":
        spec["style"] = "stud"
    elif d["kind"] == "anklet":
        spec["style"] = "single"
        spec["bells"] = False
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def us_reading(truth, ev, fields):
    """'gold filled' states the metal and its (yellow) colour; evidence.py does not know the word."""
    for ch, raw in fields.items():
        t = raw.lower()
        if truth["metal"] == "gold filled" and re.search(r"gold[ -]filled", t):
            for k in ("metal", "metal_color"):
                if ch not in ev[k]:
                    ev[k].append(ch)
    order = ("title", "body", "type", "tags", "options", "photo")
    for k in ev:
        ev[k] = sorted(set(ev[k]), key=order.index)


def evidence_proxy(truth):
    """evidence.py knows no 'gold filled': read it as a plated metal (a karat in '14k gold filled' is masked as a trap)."""
    t = dict(truth)
    if t["metal"] == "gold filled":
        t["metal"] = "gold plated silver"
    if t.get("metal_options"):
        t["metal_options"] = ["gold plated silver" if m == "gold filled" else m for m in t["metal_options"]]
    return t


def build(OUT, images=True, seed=1624):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "nyc_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(2)
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "active"
    for k in idx[:4]:
        prods[k]["status"] = "draft"
    for k in idx[4:6]:
        prods[k]["status"] = "archived"
    broken = set(idx[6:9])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1730000000 + p["serial"] * 977
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        main_name = f"{h}.jpg" if prng.random() < 0.6 else f"GG_{p['serial']:04d}_01.jpg"
        if is_broken:
            imgs.append((prng.choice([f"{h}-1.jpg", f"IMG_{prng.randint(1000, 9999)}.HEIC.jpg", f"{h}_hero.png"]), None, None))
        else:
            imgs.append((main_name, main_spec, 16000 + p["serial"]))
        var_img = {}
        axis_idx = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Metal"), None)
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod["code"], p["stone"])
                fn = f"{h}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 16000 + p["serial"] + 53 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.3:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-2.jpg"), sp, 18000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"GG-{p['serial']:04d}"
        for v in vs:
            v.sku = "" if prng.random() < 0.08 else base_sku + "".join("-" + slugify(o).upper().replace("-", "")[:4] for o in v.opts)
        for j in range(max(len(vs), len(imgs))):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": "Gowanus & Grand",
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.85 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE",
                          MF_METAL: p["mf_metal"], MF_STONE: p["mf_stone"], "Status": p["status"]})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if prng.random() < 0.3:
                    r["SEO Title"] = f"{p['title']} | Gowanus & Grand Brooklyn"
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))), "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Policy": "continue" if p["cat"] in ("engagement ring", "wedding band") else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g",
                          "Included / United States": "TRUE", "Included / International": "TRUE" if prng.random() < 0.8 else "FALSE"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"] if prng.random() < 0.3 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], woo=False)
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": (options_text(p["axes"]) + " " + p["mf_metal"] + " " + p["mf_stone"]).strip()}
        p["traps"] += [ph for ph in GF_TRAPS if any(ph.lower() in f.lower() for f in fields.values()) and ph not in p["traps"]]
        if p["traps"]:
            truth["traps"] = p["traps"]
        ev, problems = read_evidence(evidence_proxy(truth), fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"nyc {h}: contradictions {problems}\n{fields}")
        us_reading(truth, ev, fields)
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
