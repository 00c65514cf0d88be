"""Plan of the Singapore shop: Kim Lan Jewellery & Co., Tanjong Pagar (SGD).

WooCommerce 9.2+ product export (the GTIN column after SKU, two attributes).
A third-generation Chinese goldsmith turned online fine jeweller: 999 "pure
gold" (24K, chuk kam) and 916 pieces for weddings (guo da li, si dian jin),
baby full-month gifts, Type A jadeite set in 18K, AAA Akoya / freshwater /
Tahitian pearls, IGI lab-grown and GIA natural diamonds, Pt950 bands, 925
silver and 18K gold vermeil, birthstones, US ring sizes, prices with 9 % GST.
"""

from __future__ import annotations

import os
import random
import re

import render
from fifth_common import FMETALS, FSTONES, fifth_evidence, fifth_truth, safe_number
from fresh_common import Variant, money, slugify, wchoice

HOST = "https://cdn.heldout-sgp.example/wp-content/uploads/"
CURRENCY = "SGD"
SEED = 1965
EXPORT_NAME = "wc-product-export-2-12-2026-1764662400871.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)",
          "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price",
          "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
          "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

FSTONES.setdefault("yellow topaz", ("topaz", "yellow", "topaz", (236, 178, 58)))
FSTONES["tahitian"] = ("pearl", "black", "black bead", None)

# SGD per gram of finished metal and per-piece bench time; stones per piece (or per carat for diamonds)
GRAM = {"Y24": 152, "Y22": 141, "Y18": 128, "W18": 132, "R18": 128, "Y14": 92, "W14": 95, "R14": 92, "PT": 95,
        "S925": 3.6, "VER": 6.5, "RVER": 6.5}
BENCH = {"Y24": 60, "Y22": 80, "Y18": 260, "W18": 280, "R18": 260, "Y14": 190, "W14": 200, "R14": 190, "PT": 380,
         "S925": 70, "VER": 90, "RVER": 90}
PER_CT = {"lab": 1350, "diamond": 7800, "moissanite": 520}
STONE_SGD = {None: 0, "jade": 1400, "lavender jade": 900, "akoya": 160, "pearl": 45, "tahitian": 260,
             "blue sapphire": 900, "pink sapphire": 700, "ruby": 850, "emerald": 900, "amethyst": 60, "garnet": 55,
             "aquamarine": 160, "peridot": 70, "opal": 140, "blue topaz": 50, "yellow topaz": 60, "cz": 8}

METAL_LABEL = {"Y24": "999 Gold", "Y22": "916 Gold", "Y18": "18K Yellow Gold", "W18": "18K White Gold",
               "R18": "18K Rose Gold", "Y14": "14K Yellow Gold", "W14": "14K White Gold", "R14": "14K Rose Gold",
               "PT": "Platinum", "S925": "Sterling Silver", "VER": "18K Gold Vermeil", "RVER": "Rose Gold Vermeil"}

BIRTH = [("January - Garnet", "garnet"), ("February - Amethyst", "amethyst"), ("March - Aquamarine", "aquamarine"),
         ("June - Pearl", "pearl"), ("August - Peridot", "peridot"), ("September - Sapphire", "blue sapphire"),
         ("October - Opal", "opal"), ("November - Topaz", "yellow topaz"), ("December - Blue Topaz", "blue topaz")]

FINE = [("Y18", 3), ("W18", 3), ("R18", 2), ("Y14", 1), ("W14", 1)]
FASHION = [("S925", 4), ("VER", 3), ("RVER", 1), ("Y14", 2), ("Y18", 1)]


def D(key, cat, n, names, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, words=words, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("longfeng", "bangle", 10, ["Dragon & Phoenix", "Long Feng", "Double Happiness", "Fu Character", "Ruyi"], "carved",
      [("Y24", 7), ("Y22", 3)], [(None, 1)], (15, 48), ["Pure Gold 999, Bangles", "Wedding > Guo Da Li, Bangles", "Bangles"],
      ["Bangle", "Bangle", "Gold Bangle"], axes=[("bsize", 0.4)]),
    D("jadebangle", "bangle", 4, ["Gold-Bound Jadeite", "Jadeite & Gold", "Lavender Jade & Gold"], "single",
      [("Y18", 2), ("W18", 1)], [("jade", 2), ("lavender jade", 1)], (6, 12), ["Jade, Bangles", "Jade"], ["Bangle", "Bangle"]),
    D("jadependant", "pendant", 9, ["Ping An Kou", "Jadeite Buddha", "Jadeite Leaf", "Jade Gourd", "Lavender Jade Drop",
                                    "Jadeite Cabochon"], "drop",
      [("Y18", 3), ("W18", 2), ("R18", 1)], [("jade", 3), ("lavender jade", 1)], (1.2, 3.5), ["Jade, Pendants", "Jade"],
      ["Pendant", "Pendant", ""]),
    D("jadering", "ring", 5, ["Jadeite Saddle", "Jadeite Cabochon", "Jade Halo"], "bezel",
      [("Y18", 2), ("W18", 2)], [("jade", 1)], (2.5, 5), ["Jade, Rings", "Jade"], ["Ring", "Ring"], axes=[("usize", 0.8)]),
    D("jadeear", "earrings", 6, ["Jadeite Drop", "Jade Studs", "Jadeite Bead Drop"], "drop",
      [("Y18", 2), ("W18", 1), ("R18", 1)], [("jade", 2), ("lavender jade", 1)], (1.5, 4), ["Jade, Earrings", "Jade"],
      ["Earrings", "Earrings", ""]),
    D("gold999", "pendant", 10, ["Pixiu", "Fu", "Zodiac Horse", "Lotus", "Ruyi", "Guanyin", "Abacus", "Koi"], "coin",
      [("Y24", 8), ("Y22", 2)], [(None, 1)], (1.5, 9), ["Pure Gold 999, Pendants", "Pendants", "Pure Gold 999"],
      ["Pendant", "Charm", "Pendant"]),
    D("studs", "earrings", 20, ["Solitaire Studs", "Halo Studs", "Akoya Pearl Studs", "Birthstone Studs", "Mother-of-Pearl Clover",
                                 "Bezel Studs", "Diamond-look Studs", "Freshwater Pearl Studs", "Trio Studs"], "stud",
      FINE + [("S925", 3), ("VER", 2)], [("lab", 4), ("diamond", 2), ("akoya", 2), ("pearl", 2), ("moissanite", 1), (None, 1)],
      (0.8, 2.6), ["Earrings > Studs", "Earrings", "Bridal, Earrings > Studs"], ["Studs", "Stud Earrings", "Earrings"],
      axes=[("ct", 0.3), ("metal", 0.3)]),
    D("huggies", "earrings", 12, ["Pavé Huggies", "Plain Huggies", "Sapphire Huggies", "Twist Huggies", "Knife-edge Huggies"], "huggie",
      [("VER", 3), ("S925", 3), ("Y18", 2), ("W14", 1), ("R14", 1)], [(None, 3), ("cz", 1), ("lab", 1), ("blue sapphire", 1)], (1, 3),
      ["Earrings > Huggies", "Earrings"], ["", "Huggie Earrings", "Earrings"], axes=[("metal", 0.3)]),
    D("drops", "earrings", 8, ["Tahitian Drop", "South Sea Drop", "Akoya Drop", "Opal Drop", "Amethyst Drop"], "drop",
      [("Y18", 3), ("W18", 1), ("S925", 2), ("VER", 1)], [("tahitian", 2), ("akoya", 2), ("opal", 1), ("amethyst", 1)], (1.5, 5),
      ["Earrings > Drops", "Pearls, Earrings"], ["Earrings", "Drop Earrings", ""]),
    D("pendant", "pendant", 21, ["Solitaire", "Birthstone", "Initial", "Heart", "Evil Eye", "Mother-of-Pearl Clover",
                                  "Bezel", "Halo", "Orchid"], "round",
      FINE + [("S925", 3), ("VER", 3), ("PT", 1)], [(None, 3), ("lab", 3), ("diamond", 1), ("pink sapphire", 1), ("blue sapphire", 1),
                                                     ("emerald", 1)], (1, 4),
      ["Necklaces > Pendants", "Necklaces", "Gifts > Under $300, Necklaces > Pendants"], ["Pendant", "Pendant Necklace", "Necklace"],
      axes=[("len", 0.5), ("birth", 0.0)]),
    D("necklace", "necklace", 12, ["Tennis", "Akoya Pearl Strand", "Tahitian Pearl Strand", "Freshwater Pearl Strand", "Riviera",
                                    "Si Dian Jin Necklace", "Graduated Pearl"], "tennis",
      [("W18", 3), ("Y18", 2), ("Y24", 2), ("S925", 1), ("VER", 1)], [("lab", 2), ("akoya", 2), ("pearl", 2), ("tahitian", 1)],
      (6, 24), ["Necklaces", "Pearls, Necklaces", "Bridal, Necklaces"], ["Necklace", "Necklace", ""], axes=[("len", 0.4)]),
    D("chain", "chain", 16, ["Paperclip", "Cable", "Singapore", "Box", "Rope", "Snake", "Curb", "Figaro"], "curb",
      [("Y18", 3), ("W18", 1), ("Y24", 3), ("S925", 3), ("VER", 2)], [(None, 1)], (2, 14),
      ["Necklaces > Chains", "Pure Gold 999, Necklaces > Chains", "Men"], ["Chain", "Chain Necklace", "Chain"],
      axes=[("len", 0.75)]),
    D("ring", "ring", 22, ["Eternity", "Birthstone", "Signet", "Dome", "Stacking", "Cocktail", "Diamond Dust Band", "Half Eternity",
                            "Mother-of-Pearl Signet", "Trilogy"], "bezel",
      FINE + [("S925", 3), ("VER", 2), ("PT", 1)], [(None, 4), ("lab", 3), ("diamond", 1), ("ruby", 1), ("emerald", 1), ("blue sapphire", 1),
                                                     ("pink sapphire", 1), ("moissanite", 1)], (1.5, 6),
      ["Rings", "Rings > Fashion", "Gifts > Under $300, Rings"], ["Ring", "Ring", ""], axes=[("usize", 0.85)]),
    D("engagement", "engagement ring", 14, ["Solitaire", "Oval Solitaire", "Halo", "Trilogy", "Hidden Halo", "Emerald-cut Solitaire",
                                             "Cathedral", "Pear Solitaire"], "solitaire",
      [("PT", 4), ("W18", 3), ("Y18", 2), ("R18", 1)], [("lab", 7), ("diamond", 4), ("moissanite", 1), ("blue sapphire", 1)], (2.8, 5),
      ["Bridal > Engagement Rings", "Bridal"], ["Engagement Ring", "Ring", "Proposal Ring"], axes=[("ct", 0.5), ("usize", 0.7)]),
    D("bands", "wedding band", 12, ["Classic Court", "Comfort Fit", "Eternity", "Milgrain", "Brushed", "Flat"], "wedding",
      [("PT", 3), ("W18", 2), ("Y18", 2), ("R18", 1), ("Y14", 1)], [(None, 4), ("diamond", 1), ("lab", 1)], (3, 8),
      ["Bridal > Wedding Bands", "Bridal, Men"], ["Wedding Band", "Band", "Wedding Ring"], axes=[("usize", 0.9)]),
    D("bracelet", "bracelet", 14, ["Tennis", "Red String", "Pearl", "Paperclip", "Baby Full-Month", "Bolo", "Link", "Evil Eye"], "chain",
      [("Y18", 2), ("W18", 1), ("Y24", 3), ("S925", 3), ("VER", 2)], [(None, 3), ("lab", 1), ("pearl", 1), ("cz", 1)], (1.5, 12),
      ["Bracelets", "Gifts > Baby, Bracelets", "Bracelets, Gifts > Under $300"], ["Bracelet", "Bracelet", ""]),
    D("cuffs", "bangle", 8, ["Knife-edge", "Hammered", "Open", "Twist", "Pavé"], "single",
      [("S925", 3), ("VER", 2), ("Y18", 2), ("R18", 1)], [(None, 3), ("lab", 1)], (8, 22), ["Bracelets > Bangles", "Bangles"],
      ["Bangle", "Cuff", "Cuff Bangle"]),
    D("anklet", "anklet", 5, ["Baby Full-Month", "Beach", "Bell", "Satellite"], None,
      [("Y24", 2), ("S925", 2), ("VER", 1)], [(None, 1)], (2, 8), ["Anklets", "Gifts > Baby"], ["Anklet", "Anklet", ""]),
    D("brooch", "brooch", 4, ["Orchid", "Vanda Orchid", "Pearl Spray"], "flower",
      [("Y18", 1), ("S925", 2), ("VER", 1)], [(None, 1), ("pearl", 1)], (4, 10), ["Brooches", "Gifts"], ["Brooch", "Brooch"]),
]

NAME_STONE = {"Akoya Pearl Studs": "akoya", "Freshwater Pearl Studs": "pearl", "Solitaire Studs": "lab", "Halo Studs": "lab",
              "Diamond-look Studs": "moissanite", "Sapphire Huggies": "blue sapphire", "Pavé Huggies": "cz",
              "Tahitian Drop": "tahitian", "South Sea Drop": "akoya", "Akoya Drop": "akoya", "Opal Drop": "opal",
              "Amethyst Drop": "amethyst", "Tennis": "lab", "Akoya Pearl Strand": "akoya", "Tahitian Pearl Strand": "tahitian",
              "Freshwater Pearl Strand": "pearl", "Graduated Pearl": "akoya", "Riviera": "lab", "Eternity": "lab",
              "Half Eternity": "diamond", "Trilogy": "lab", "Solitaire": "lab", "Halo": "lab", "Pearl": "pearl",
              "Pearl Spray": "pearl", "Pavé": "lab", "Lavender Jade Drop": "lavender jade", "Lavender Jade & Gold": "lavender jade"}
NAME_PLAIN = {"Plain Huggies", "Knife-edge Huggies", "Twist Huggies", "Signet", "Dome", "Diamond Dust Band", "Mother-of-Pearl Clover",
              "Mother-of-Pearl Signet", "Si Dian Jin Necklace", "Red String", "Baby Full-Month", "Bolo", "Link", "Initial",
              "Classic Court", "Comfort Fit", "Milgrain", "Brushed", "Flat", "Knife-edge", "Hammered", "Open", "Twist"}
NAME_TRAPS = {"Diamond Dust Band": "Diamond Dust", "Mother-of-Pearl Clover": "Mother-of-Pearl",
              "Mother-of-Pearl Signet": "Mother-of-Pearl", "Diamond-look Studs": "Diamond-look"}
GOLD_NAMES = {"Si Dian Jin Necklace", "Red String", "Baby Full-Month", "Dragon & Phoenix", "Long Feng", "Double Happiness",
              "Fu Character", "Ruyi"}

US_SIZES = [("US 4", 0.94), ("US 4.5", 0.95), ("US 5", 0.96), ("US 5.5", 0.97), ("US 6", 0.98), ("US 6.5", 0.99),
            ("US 7", 1.0), ("US 7.5", 1.01), ("US 8", 1.02), ("US 9", 1.04), ("US 10", 1.06)]
AXES = {
    "len": ("Chain Length", [('16"', 0.9), ('18"', 1.0), ('20"', 1.1), ('22"', 1.2)]),
    "bsize": ("Inner Diameter", [("54 mm", 0.95), ("56 mm", 1.0), ("58 mm", 1.05), ("60 mm", 1.1)]),
    "usize": ("Ring Size", US_SIZES),
}


_SILVER_LIKE = re.compile(r"(?<![\d.])925(?!\d)|92\.5")


def safe_text(text_fn, x, step):
    """safe_number, also keeping a price such as "S$925" from reading as 925 silver."""
    for _ in range(20):
        s, x = safe_number(text_fn, x, step)
        if not _SILVER_LIKE.search(s):
            return s, x
        x += step
    raise ValueError(s)


def r5(x):
    return float(int(round(x / 5.0)) * 5)


def metal_phrase(rng, code, colour, karat):
    if code == "Y24":
        if colour:
            return rng.choice(["24K Gold", "999 Pure Gold (24K)", "24K 999 Gold"])
        return rng.choice(["999 Gold", "Pure Gold 999", "Chuk Kam Gold"])
    if code == "Y22":
        return rng.choice(["916 Gold", "22K Gold", "22K 916 Gold"]) if colour else "Gold"
    if code in ("Y18", "W18", "R18", "Y14", "W14", "R14"):
        k = code[1:]
        cw = {"Y": "Yellow", "W": "White", "R": "Rose"}[code[0]]
        if colour and karat:
            return rng.choice([f"{k}K {cw} Gold", f"{k}kt {cw} Gold", f"{cw} Gold {k}K"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice([f"{k}K Gold", f"{k}kt Gold", f"Solid {k}K Gold"])
        return rng.choice(["Solid Gold", "Gold"])
    if code == "PT":
        return rng.choice(["Platinum", "Pt950 Platinum", "Platinum 950"]) if colour else ""
    if code == "S925":
        return rng.choice(["925 Sterling Silver", "Sterling Silver", "S925 Silver"]) if colour else ""
    if code == "VER":
        return rng.choice(["18K Gold Vermeil", "Gold Vermeil", "18K Gold Plated Sterling Silver"]) if colour else ""
    if code == "RVER":
        return rng.choice(["Rose Gold Vermeil", "18K Rose Gold Plated Silver"]) if colour else ""
    raise KeyError(code)


STONE_WORDS = {
    "lab": ["Lab-Grown Diamond", "Lab Grown Diamond", "IGI Lab Diamond", "Lab Diamond"],
    "diamond": ["Natural Diamond", "Diamond", "GIA Diamond"],
    "moissanite": ["Moissanite"], "akoya": ["Akoya Pearl", "AAA Akoya Pearl"], "pearl": ["Freshwater Pearl", "Pearl"],
    "tahitian": ["Tahitian Pearl", "Black Tahitian Pearl"], "jade": ["Jadeite", "Type A Jadeite", "Jade"],
    "lavender jade": ["Lavender Jadeite", "Lavender Jade"], "blue sapphire": ["Blue Sapphire", "Sapphire"],
    "pink sapphire": ["Pink Sapphire"], "ruby": ["Ruby"], "emerald": ["Emerald"], "amethyst": ["Amethyst"],
    "garnet": ["Garnet"], "aquamarine": ["Aquamarine"], "peridot": ["Peridot"], "opal": ["Opal", "Australian Opal"],
    "blue topaz": ["Blue Topaz"], "yellow topaz": ["Golden Topaz"], "cz": ["CZ", "Cubic Zirconia"],
}


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in NAME_STONE:
        stone = NAME_STONE[name]
    if name in NAME_PLAIN:
        stone = None
    if name in GOLD_NAMES:
        code = "Y24"
    if name.startswith("Birthstone"):
        stone = rng.choice(BIRTH)[1]
    if name == "Evil Eye":
        stone = "blue sapphire" if code in ("Y18", "W18", "R18", "Y14", "W14") else "cz"
    if code in ("S925", "VER", "RVER") and stone in ("diamond", "lab", "ruby", "emerald", "blue sapphire", "pink sapphire"):
        stone = "cz" if stone in ("diamond", "lab") else stone
        if stone in ("ruby", "emerald", "blue sapphire", "pink sapphire"):
            code = "Y14"
    if code in ("Y24", "Y22") and stone is not None:
        code = "Y18"  # 999 / 916 pieces are plain gold; stone-set designs are made in 18K
    if stone == "cz" and code in ("Y18", "W18", "R18", "Y14", "W14", "R14"):
        stone = "lab"
    if cat == "engagement ring" and code in ("S925", "VER"):
        code = "W18"
    if name in ("Baby Full-Month", "Red String"):
        p["for"] = "kids" if name == "Baby Full-Month" else None
    if name in ("Signet", "Link", "Curb") and i % 2 == 0:
        p["for"] = "men"
    p["code"], p["stone"] = code, stone
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob or len(axes) >= 2:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            k = rng.randint(3, 6) if ax == "usize" else rng.randint(2, 4)
            st = rng.randint(0, len(vals) - k)
            axes.append((nm, [(v, {"f": f}) for v, f in vals[st:st + k]]))
        elif ax == "ct" and stone in ("lab", "diamond", "moissanite"):
            cts = [0.3, 0.5, 0.7, 1.0, 1.5, 2.0] if cat == "engagement ring" else [0.25, 0.5, 1.0]
            st = rng.randint(0, len(cts) - 3)
            axes.append(("Carat", [(f"{c:.2f} ct" if c < 1 else f"{c:.1f} ct", {"ct": c}) for c in cts[st:st + rng.randint(2, 3)]]))
        elif ax == "metal" and code in ("Y18", "W18", "R18", "Y14", "W14", "R14", "S925", "VER", "RVER"):
            fam = [c for c in (["Y18", "W18", "R18"] if code.endswith("18") else ["Y14", "W14", "R14"] if code.endswith("14")
                               else ["S925", "VER", "RVER"]) if c != code]
            rng.shuffle(fam)
            vals = [code] + fam[:rng.randint(1, 2)]
            if stone in ("diamond", "lab", "ruby", "emerald", "blue sapphire", "pink sapphire") and code in ("S925", "VER", "RVER"):
                vals = [code]
            if len(vals) > 1:
                axes.append(("Metal", [(METAL_LABEL[c], {"code": c}) for c in vals]))
    if name.startswith("Birthstone") and rng.random() < 0.7:
        months = [b for b in BIRTH if b[1] != stone]
        rng.shuffle(months)
        first = next(b for b in BIRTH if b[1] == stone)
        if code in ("S925", "VER", "RVER"):
            months = [m for m in months if m[1] not in ("blue sapphire",)]
        axes = [("Birthstone", [(m, {"stone": s}) for m, s in [first] + months[:rng.randint(2, 4)]])] + axes[:1]
    p["axes"] = axes
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("lab", "diamond", "moissanite"):
        carat = rng.choice([0.1, 0.15, 0.2, 0.3, 0.5]) * (6 if cat in ("necklace", "bracelet") or name in ("Eternity",) else 1)
        if cat == "engagement ring":
            carat = rng.choice([0.5, 0.7, 1.0, 1.2, 1.5, 2.0])
        carat = round(carat, 2)
    variants = []
    combos = [[]]
    for nm, vals in axes:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vs, f, ct = code, stone, 1.0, carat
        for _, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
            ct = mod.get("ct", ct)
        grams = g0 * f
        price = grams * GRAM[vc] + BENCH[vc]
        if vs in PER_CT:
            price += (ct or 0.1) ** 1.3 * PER_CT[vs] * (1.8 if (ct or 0) >= 1 and vs == "diamond" else 1.0)
        else:
            price += STONE_SGD.get(vs, 0) * (14 if cat == "necklace" and vs in ("akoya", "pearl", "tahitian") else 1)
        if vs in ("jade", "lavender jade") and cat == "bangle":
            price += 4200
        variants.append(Variant([v for v, _ in combo], vc, vs, r5(price * 1.09 * (1.0 if vc in ("Y24", "Y22") else 1.35)), None, grams,
                                extra={"ct": ct}))
    if carat and axes and axes[0][0] == "Carat":
        carat = variants[0].extra["ct"]
    p["carat"] = carat
    if rng.random() < 0.2:
        disc = rng.choice([0.1, 0.15, 0.2, 0.25])
        for v in variants:
            v.compare = v.price
            v.price = r5(v.price * (1 - disc))
    p["variants"] = variants
    if stone == "lab":
        p["lab"] = True
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.6
    write_listing(rng, p, name)
    return p


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    col_loc = wchoice(rng, [("title", 44), ("body", 22), ("short", 10), ("tags", 7), ("cats", 6), ("photo", 6)])
    if "Metal" in names and rng.random() < 0.8:
        col_loc = "options"
    if col_loc == "cats" and code not in ("Y24",):
        col_loc = "body"
    kar_loc = col_loc if code in ("Y24", "Y22") else wchoice(rng, [("title", 45), ("body", 35), ("tags", 8), ("none", 12)])
    if code in ("Y24", "Y22") and col_loc in ("photo", "options", "cats"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("body", 24), ("short", 8), ("tags", 8), ("nowhere", 4)])
        if "Birthstone" in names and rng.random() < 0.8:
            st_loc = "options"
    traps = []
    if name in NAME_TRAPS:
        traps.append(NAME_TRAPS[name])
    name_stone = any(w in name for w in ("Pearl", "Jade", "Sapphire", "Opal", "Amethyst", "Tahitian", "Akoya", "Jadeite")) and \
        name not in NAME_TRAPS
    if name_stone and stone:
        st_loc = "title"
    if stone == "moissanite" and st_loc == "title" and name == "Diamond-look Studs":
        pass
    m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    s_title = rng.choice(STONE_WORDS[stone]) if st_loc == "title" and not name_stone else ""
    if s_title and stone in ("lab", "diamond") and name in ("Solitaire", "Halo", "Trilogy", "Tennis", "Eternity", "Half Eternity"):
        s_title = s_title if rng.random() < 0.8 else ""
    word = rng.choice(d["words"]) if rng.random() < 0.9 else ""
    if word and word.split()[0].lower() in name.lower():
        word = ""
    if cat == "engagement ring" and not word and rng.random() < 0.5:
        word = "Engagement Ring"
    core = " ".join(x for x in (s_title, name, word) if x)
    if p.get("carat") and stone in ("lab", "diamond", "moissanite") and "Carat" not in names and rng.random() < 0.5:
        core = f"{p['carat']:.2f}ct " + core if p["carat"] < 1 else f"{p['carat']:.1f}ct " + core
    form = rng.random()
    if not m_title:
        title = core
    elif form < 0.45:
        title = f"{core} in {m_title}"
    elif form < 0.75:
        title = f"{m_title} {core}"
    else:
        title = f"{core}, {m_title}"
    if rng.random() < 0.04:
        title = title.lower()
    p["title"] = title
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    intro = {
        "ring": "A ring you will wear every day.", "engagement ring": "Made to order in our Tanjong Pagar workshop, 3-4 weeks.",
        "wedding band": "Priced per band; comfort-fit inside.", "earrings": "Sold as a pair.", "pendant": "A little something for every day.",
        "necklace": "Hand-knotted and finished in Singapore.", "chain": "Lobster clasp, adjustable ring at 16\".",
        "bracelet": "Adjustable slider clasp.", "bangle": "Solid and comfortable.", "anklet": "Dainty, with an extender.",
        "brooch": "Singapore's national flower, in miniature.",
    }[cat]
    li = []
    if mb and (col_loc == "body" or kar_loc == "body"):
        li.append(f"<li>Metal: {mb}</li>")
    if code in ("Y24", "Y22") and col_loc == "body" and rng.random() < 0.5:
        li.append("<li>Sold by weight; price follows today's gold rate</li>")
    if stone and st_loc == "body":
        sw = rng.choice(STONE_WORDS[stone])
        li.append(f"<li>Stone: {sw}" + (f", {p['carat']} ct total" if p.get("carat") else "") + "</li>")
    if stone == "lab" and st_loc in ("body", "title", "short"):
        li.append(f"<li>IGI report LG{rng.randint(600000000, 699999999)}</li>")
    if stone == "diamond" and st_loc in ("body", "title") and rng.random() < 0.6:
        li.append(f"<li>GIA report {rng.randint(2200000000, 2499999999)}</li>")
    if stone in ("akoya", "pearl") and st_loc in ("body", "title"):
        li.append(f"<li>Pearl grade: {rng.choice(['AAA', 'AA+', 'AAA, high lustre'])}, {rng.choice(['6-6.5', '7-7.5', '8-8.5'])} mm</li>")
    if stone in ("jade", "lavender jade") and st_loc in ("body", "title"):
        li.append("<li>Natural Type A, certificate included</li>")
    gw, _ = safe_text(lambda x: f"{x:.2f} g", p["variants"][0].grams, 0.01)
    if code in ("Y24", "Y22") or rng.random() < 0.4:
        li.append(f"<li>Weight: approx. {gw}</li>")
    if p.get("for") == "kids":
        li.append("<li>A traditional full-month gift for the baby</li>")
    if rng.random() < 0.35:
        pr, _ = safe_text(lambda x: f"S${x:,.0f} incl. 9% GST", p["variants"][0].price, 5)
        li.append(f"<li>{pr}</li>")
    body = f"<p>{intro}</p>\n<ul>\n" + "\n".join(li) + "\n</ul>" if li else f"<p>{intro}</p>"
    if rng.random() < 0.25:
        body += "\n<p>" + rng.choice(["Free engraving on request.", "Complimentary gift box and polishing for life.",
                                      "Self-collect at Tanjong Pagar or free delivery islandwide.",
                                      "Returns within 14 days, unworn."]) + "</p>"
    p["body"] = body
    short = ""
    if col_loc == "short":
        short = metal_phrase(rng, code, True, kar_loc == "short" or code in ("Y24", "Y22"))
    if st_loc == "short":
        short = (short + ", " if short else "") + rng.choice(STONE_WORDS[stone])
    if short:
        short = rng.choice(["{}.", "Crafted in {}.", "{}, made in Singapore."]).format(short)
    elif rng.random() < 0.3:
        short = rng.choice(["Ships in 2 working days.", "Bestseller.", "Made in Singapore."])
    p["short"] = short
    tags = []
    if rng.random() < 0.6:
        tags += rng.sample(["gift for her", "anniversary", "CNY", "Valentine's", "Mother's Day", "bridal", "everyday", "bestseller"],
                           k=rng.randint(1, 2))
    if col_loc == "tags":
        tags.append({"Y24": "24K", "Y22": "916", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "Y14": "yellow gold",
                     "W14": "white gold", "R14": "rose gold", "PT": "platinum", "S925": "sterling silver", "VER": "gold vermeil",
                     "RVER": "rose gold vermeil"}[code])
    if kar_loc == "tags" and code[1:] in ("18", "14"):
        tags.append(code[1:] + "K")
    if st_loc == "tags":
        tags.append({"lab": "lab-grown diamond", "diamond": "natural diamond", "akoya": "akoya pearl", "pearl": "pearl",
                     "tahitian": "tahitian pearl", "jade": "jade", "lavender jade": "jade"}.get(stone, stone))
    if p.get("lab") and "lab-grown diamond" not in tags and st_loc in ("title", "body"):
        tags.append("lab-grown")
    if p.get("for") == "kids":
        tags.append("baby full month")
    p["tags"] = tags
    cats = rng.choice(d["cats"])
    if "Pure Gold 999" in cats and code != "Y24":
        cats = cats.replace("Pure Gold 999, ", "").replace("Pure Gold 999", "Pendants")
    if col_loc == "cats" and "Pure Gold 999" not in cats:
        cats = "Pure Gold 999, " + cats
    if code == "Y24" and col_loc != "cats" and "Pure Gold 999" in cats and col_loc in ("photo",):
        cats = cats.replace("Pure Gold 999, ", "").replace("Pure Gold 999", "Pendants")
    if "Jade" in cats and stone not in ("jade", "lavender jade"):
        cats = cats.replace("Jade, ", "")
    if "Pearls" in cats and stone not in ("akoya", "pearl", "tahitian"):
        cats = cats.replace("Pearls, ", "")
    p["cats"] = cats
    p["traps"] = traps
    p["info"] = []
    if stone in ("lab", "diamond") and rng.random() < 0.3 and "Carat" not in names:
        p["info"].append(("Diamond", [("Lab-grown" if stone == "lab" else "Natural", {})]))


def render_spec(p, code, stone):
    cat = p["cat"]
    spec = {"kind": cat, "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = p["d"]["style"]
    if cat == "pendant":
        spec["pendant"] = {None: "coin" if code in ("Y24", "Y22") else "round", "lab": "solitaire", "diamond": "solitaire"}.get(stone, "drop")
        if "Heart" in p["title"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = {None: "signet" if "Signet" in p["title"] else "band", "lab": "stacking" if "Eternity" in p["title"] else "solitaire",
                         "diamond": "stacking"}.get(stone, "bezel")
    elif cat == "necklace":
        spec["style"] = "tennis" if stone in ("lab", "diamond") else ("beaded" if stone else "haar")
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("lab", "diamond", "cz") else ("bead" if stone else "chain")
    elif cat == "earrings" and stone in ("akoya", "pearl", "tahitian") and st == "stud":
        spec["style"] = "stud"
    elif st:
        spec["style"] = st
    return spec


def attr_text(attrs):
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "sgp_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 100
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
    for k in idx[4:7]:
        prods[k]["status"] = "private"
    broken = set(idx[7:10])
    rows, truths, jobs = [], [], []
    next_id = 5120
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2024, 2025, 2026])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2026/") and int(ym[5:7]) > 10:
            ym = "2026/10/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpeg", f"KL{p['serial']}-main-1.webp", f"{slug}-600x600.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"KL{p['serial']}-main.jpg"), main_spec, 61000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-worn.jpg", sp, 63000 + p["serial"]))
        var_img = {}
        vax = next((a for a, (nm, _) in enumerate(p["axes"]) if nm in ("Metal", "Birthstone")), None)
        if vax is not None and not is_broken:
            vals = p["axes"][vax][1]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 65000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 3)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = f"KL-{p['serial']}" if not variable or prng.random() < 0.5 else ""
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku,
                     "GTIN, UPC, EAN, or ISBN": "", "Name": p["title"], "Published": published,
                     "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.07 else "0",
                     "Backorders allowed?": "notify" if p["cat"] in ("engagement ring", "wedding band") else "0",
                     "Sold individually?": "1" if p["cat"] == "engagement ring" else "0", "Allow customer reviews?": "1",
                     "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "insured" if vs[0].price > 1500 else "", "Images": ", ".join(HOST + fn for fn, _, _ in imgs),
                     "Position": "0"})
        if prng.random() < 0.3:
            base["Weight (kg)"] = f"{max(0.01, round(vs[0].grams / 1000 + 0.05, 2))}"
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size", "Metal", "Chain Length") else "0"
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
                v.sku = "" if prng.random() < 0.2 else f"KL-{p['serial']}-" + "-".join(slugify(o).upper()[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if vax is not None and v.opts[vax] in var_img:
                    r["Images"] = HOST + var_img[v.opts[vax]]
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size", "Metal", "Chain Length") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        written = " ".join([p["title"], p["short"], p["body"], p["cats"], ", ".join(p["tags"]), attr_text(attrs)]).lower()
        p["traps"] = [t for t in p["traps"] if t.lower() in written]
        truth = fifth_truth(p, vs, names, CURRENCY, is_broken, main_spec,
                            None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                            ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], woo=True)
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": attr_text(attrs)}
        ev, problems = fifth_evidence(truth, fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"sgp {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
