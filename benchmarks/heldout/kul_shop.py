"""Plan of the Kuala Lumpur shop: Kedai Emas Seri Mutiara, a goldsmith on Jalan Masjid India (MYR).

WooCommerce built-in exporter (Products > Export, all columns): UTF-8 with
BOM, PHP fputcsv quoting, variable parents without prices, `variation` rows
pointing back with Parent = id:NN, Published 1 / 0 / -1, Categories with `>`
hierarchy and `, ` between categories, description newlines as literal \\n.

Listings are written in three hands, as in a real Malaysian goldsmith's shop:
Malay ("Cincin Emas 916 Bunga Raya"), English ("916 Gold Coco Bracelet") and
the Chinese-Malaysian counter's English with Chinese ("999 Pure Gold Fu
Pendant 足金福字吊坠").  916 gold is priced by weight (gold rate + upah,
with sen), 750 and silver pieces at round retail prices.
"""

from __future__ import annotations

import os
import random

import render
from fresh_common import Variant, money, slugify, wchoice
from seventh_common import SMETALS, SSTONES, add_local_reading, read_evidence, truth_record

HOST = "https://cdn.heldout-kul.example/wp-content/uploads/"
CURRENCY = "MYR"
EXPORT_NAME = "wc-product-export-17-11-2025-1763366412087.csv"

HEADER = ["ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
          "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?",
          "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# MYR per gram: gold rate of the day (invented) + upah (workmanship) range
RATE = {"Y24": 548.0, "Y22": 506.0, "Y18": 418.0, "W18": 432.0, "R18": 418.0, "S925": 9.0, "GPS": 12.0}
UPAH = {"Y24": (8, 18), "Y22": (22, 65), "Y18": (60, 110), "W18": (70, 120), "R18": (60, 110), "S925": (4, 10), "GPS": (6, 12)}
BENCH = {"Y24": 0, "Y22": 0, "Y18": 180, "W18": 220, "R18": 180, "S925": 49, "GPS": 69}
STONE_MYR = {None: 0, "diamond": 15500, "lab": 2600, "moissanite": 780, "cz": 0, "red cz": 0, "ruby": 1900,
             "blue sapphire": 1700, "emerald": 2100, "pearl": 95, "jade": 900, "white jade": 600}
BY_WEIGHT = ("Y22", "Y24")  # priced to the sen from weight

METAL_MS = {"Y24": ["Emas 999", "Emas Tulen 999", "Emas 24K"], "Y22": ["Emas 916", "Emas 916", "Emas 22K 916"],
            "Y18": ["Emas Kuning 750", "Emas Kuning 18K"], "W18": ["Emas Putih 750", "Emas Putih 18K"],
            "R18": ["Rose Gold 750", "Rose Gold 18K"], "S925": ["Perak 925", "Perak Sterling 925"],
            "GPS": ["Perak 925 Sadur Emas", "Perak Sadur Emas"]}
METAL_EN = {"Y24": ["999 Pure Gold", "24K Gold", "999.9 Gold"], "Y22": ["916 Gold", "22K Gold", "916 Gold"],
            "Y18": ["18K Yellow Gold", "750 Yellow Gold"], "W18": ["18K White Gold", "750 White Gold"],
            "R18": ["18K Rose Gold", "750 Rose Gold"], "S925": ["925 Sterling Silver", "Sterling Silver"],
            "GPS": ["Gold Plated Silver", "Gold Plated 925 Silver"]}
METAL_ZH = {"Y24": "足金", "Y22": "916金", "Y18": "18K金", "W18": "18K白金", "R18": "18K玫瑰金", "S925": "925银", "GPS": "925银镀金"}
# karat said, colour not said (only where the language has such a form)
KARAT_ONLY = {"Y18": ["Emas 750", "18K Gold", "750 Gold"], "W18": ["Emas 750", "18K Gold"], "R18": ["18K Gold", "Emas 750"]}
METAL_LABEL = {"Y24": "999", "Y22": "916", "Y18": "Emas Kuning 750", "W18": "Emas Putih 750", "R18": "Rose Gold 750",
               "S925": "Perak 925", "GPS": "Sadur Emas"}

KIND_MS = {"ring": ["Cincin"], "engagement ring": ["Cincin Tunang"], "wedding band": ["Cincin Nikah", "Cincin Kahwin"],
           "bracelet": ["Rantai Tangan", "Gelang Tangan"], "bangle": ["Gelang Bangle", "Bangle Tangan", "Bangle"],
           "chain": ["Rantai Leher", "Rantai"], "necklace": ["Kalung"], "pendant": ["Loket", "Buah Rantai"],
           "earrings": ["Subang", "Anting-Anting"], "anklet": ["Gelang Kaki", "Rantai Kaki"], "brooch": ["Kerongsang"]}
KIND_EN = {"ring": ["Ring"], "engagement ring": ["Engagement Ring", "Solitaire Ring"], "wedding band": ["Wedding Band", "Couple Band"],
           "bracelet": ["Bracelet"], "bangle": ["Bangle"], "chain": ["Chain", "Necklace Chain"], "necklace": ["Necklace"],
           "pendant": ["Pendant"], "earrings": ["Earrings", "Studs"], "anklet": ["Anklet"], "brooch": ["Brooch"]}
KIND_ZH = {"ring": "戒指", "engagement ring": "求婚戒指", "wedding band": "对戒", "bracelet": "手链", "bangle": "手镯",
           "chain": "颈链", "necklace": "项链", "pendant": "吊坠", "earrings": "耳环", "anklet": "脚链", "brooch": "胸针"}

STONE_MS = {"diamond": ["Berlian", "Berlian Asli"], "lab": ["Berlian Makmal (Lab Grown)", "Lab Grown Diamond"],
            "moissanite": ["Moissanite"], "cz": ["Batu Zirkonia", "Batu CZ", "Cubic Zirconia"], "red cz": ["Batu Merah CZ"],
            "ruby": ["Batu Delima", "Delima"], "blue sapphire": ["Batu Nilam", "Nilam Biru"], "emerald": ["Batu Zamrud", "Zamrud"],
            "pearl": ["Mutiara", "Mutiara Air Tawar"], "jade": ["Jade Hijau", "Jed Hijau"], "white jade": ["Jade Putih"]}
STONE_EN = {"diamond": ["Diamond", "Natural Diamond"], "lab": ["Lab Grown Diamond", "Lab Diamond"], "moissanite": ["Moissanite"],
            "cz": ["CZ", "Cubic Zirconia"], "red cz": ["Red CZ"], "ruby": ["Ruby"], "blue sapphire": ["Blue Sapphire"],
            "emerald": ["Emerald"], "pearl": ["Pearl", "Freshwater Pearl"], "jade": ["Green Jade", "Jadeite"],
            "white jade": ["White Jade"]}
STONE_ZH = {"diamond": "钻石", "lab": "钻石", "moissanite": "莫桑钻", "pearl": "珍珠", "jade": "翡翠", "white jade": "白玉",
            "ruby": "红宝石", "blue sapphire": "蓝宝石", "emerald": "祖母绿"}


def D(key, cat, n, names, kind, style, metals, stones, grams, cats, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, axes=list(axes))
    d.update(kw)
    return d


G916 = [("Y22", 1)]
DESIGNS = [
    D("cincin", "ring", 14, ["Bunga Raya", "Ros", "Daun", "Rama-Rama", "Mata Satu", "Mata Tiga", "Ukir", "Pintal", "Merah Delima", "Reben"],
      "ring", "cocktail", [("Y22", 8), ("Y18", 1), ("W18", 1), ("R18", 1), ("S925", 2)],
      [("cz", 6), (None, 3), ("red cz", 1), ("ruby", 1), ("emerald", 1), ("blue sapphire", 1)], (1.6, 4.5),
      ["Cincin", "Cincin > Cincin Wanita", "Cincin, Emas 916"], axes=[("rsize", 0.85)]),
    D("lelaki", "ring", 4, ["Signet", "Cop Mohor", "Ukir Lelaki"], "ring", "signet", [("Y22", 2), ("S925", 2)], [(None, 1)],
      (5, 11), ["Cincin > Cincin Lelaki", "Lelaki"], axes=[("rsize", 0.9)], gents=True),
    D("tunang", "engagement ring", 10, ["Solitaire", "Halo", "Trilogy", "Mata Satu", "Love Knot", "Crown"], "engagement ring", "solitaire",
      [("W18", 5), ("Y18", 2), ("R18", 2)], [("diamond", 4), ("lab", 3), ("moissanite", 2)], (2.2, 4),
      ["Pengantin > Cincin Tunang", "Pengantin > Cincin Tunang, Berlian"], axes=[("rsize", 0.7), ("colour", 0.35)]),
    D("nikah", "wedding band", 6, ["Belah Rotan", "Belah Rotan", "Sehati", "Comfort Fit", "Pave"], "wedding band", "wedding",
      [("Y22", 3), ("W18", 2), ("Y18", 1)], [(None, 5), ("diamond", 1)], (2.5, 6),
      ["Pengantin > Cincin Nikah", "Pengantin"], axes=[("rsize", 0.9)]),
    D("tangan", "bracelet", 13, ["Coco", "Pintal", "Italy", "Belut", "Padu", "Singapore", "Pixiu", "Charm", "Tennis", "Mutiara"],
      "bracelet", "chain", [("Y22", 8), ("Y24", 1), ("S925", 2), ("GPS", 1), ("W18", 1)],
      [(None, 8), ("pearl", 1), ("diamond", 1), ("cz", 1)], (3, 12), ["Gelang Tangan", "Gelang Tangan, Emas 916", "Gelang"],
      axes=[("weight", 0.5), ("blen", 0.3)]),
    D("bangle", "bangle", 12, ["Pulut Dakap", "Ukir Bunga", "Kosong", "Italy", "Keroncong", "Long Fung 龙凤", "Jade", "Bunga Cengkih"],
      "bangle", "single", [("Y22", 9), ("Y24", 2), ("S925", 1)], [(None, 9), ("jade", 2), ("cz", 1)], (8, 25),
      ["Gelang Bangle", "Gelang, Gelang Bangle", "Pengantin, Gelang Bangle"], axes=[("bsize", 0.5), ("weight", 0.3)]),
    D("bayi", "bangle", 4, ["Bayi", "Budak Loceng", "Budak"], "bangle", "pair", [("Y22", 3), ("S925", 1)], [(None, 1)], (2, 5),
      ["Kanak-Kanak", "Kanak-Kanak, Gelang Bangle"], kids=True),
    D("rantai", "chain", 14, ["Coco", "Belut", "Pintal", "Italy", "Box", "Ball", "Singapore", "Figaro", "Diamond Cut", "Tali Air"],
      "chain", "cable", [("Y22", 9), ("Y24", 1), ("W18", 1), ("S925", 2), ("GPS", 1)], [(None, 1)], (3, 16),
      ["Rantai Leher", "Rantai Leher, Emas 916", "Rantai"], axes=[("len", 0.6), ("weight", 0.3)]),
    D("kalung", "necklace", 6, ["Mutiara", "Dokoh", "Si Dian Jin 四点金", "Tennis", "Bunga"], "necklace", "haar",
      [("Y22", 2), ("Y24", 1), ("W18", 1), ("S925", 1)], [("pearl", 2), ("red cz", 1), (None, 1), ("diamond", 1)], (6, 30),
      ["Kalung", "Kalung, Pengantin"], axes=[("len", 0.3)]),
    D("loket", "pendant", 15, ["Kalimah Allah", "Ayatul Kursi", "Hati", "Huruf", "Fu 福", "Pixiu", "Ruyi", "Bulan Bintang", "Solitaire", "Jongkong"],
      "pendant", "round", [("Y22", 7), ("Y24", 3), ("W18", 2), ("S925", 2), ("GPS", 1)],
      [(None, 7), ("jade", 2), ("diamond", 1), ("cz", 2), ("white jade", 1), ("pearl", 1)], (1.2, 6),
      ["Loket", "Loket, Emas 999", "Loket & Buah Rantai"], axes=[("purity", 0.2)]),
    D("charm", "pendant", 8, ["Hati", "Bunga", "Rama-Rama", "Kucing", "Bintang", "Huruf"], "pendant", "coin",
      [("Y22", 3), ("S925", 4), ("GPS", 1)], [(None, 5), ("cz", 2), ("pearl", 1)], (0.6, 2.2), ["Charm", "Charm, Hadiah"]),
    D("subang", "earrings", 15, ["Bunga Raya", "Titik", "Bulat", "Mutiara", "Huggie", "Jade Drop", "Berlian", "Rama-Rama", "Ros"],
      "earrings", "stud", [("Y22", 7), ("Y18", 1), ("W18", 2), ("S925", 3), ("GPS", 1)],
      [(None, 4), ("cz", 4), ("pearl", 2), ("diamond", 2), ("jade", 1), ("moissanite", 1)], (0.8, 4),
      ["Subang", "Subang, Emas 916", "Subang > Subang Wanita"]),
    D("subangbudak", "earrings", 3, ["Budak", "Kanak-Kanak"], "earrings", "stud", [("Y22", 3)], [(None, 1), ("cz", 1)], (0.5, 1.2),
      ["Kanak-Kanak", "Kanak-Kanak, Subang"], kids=True),
    D("kaki", "anklet", 5, ["Loceng", "Coco", "Pintal"], "anklet", "single", [("Y22", 2), ("S925", 3)], [(None, 1)], (3, 12),
      ["Gelang Kaki"]),
    D("kerongsang", "brooch", 6, ["Bunga", "Tudung", "Ibu", "Daun"], "brooch", "flower", [("Y22", 3), ("S925", 2), ("GPS", 1)],
      [("cz", 3), (None, 1), ("pearl", 1)], (2, 9), ["Kerongsang", "Kerongsang, Hadiah"]),
]

AXES = {
    "rsize": ("Saiz", [(str(s), 1.0 + 0.02 * (s - 14)) for s in range(8, 23)]),
    "blen": ("Panjang", [("16cm", 0.92), ("17cm", 0.96), ("18cm", 1.0), ("19cm", 1.05)]),
    "len": ("Panjang", [('16"', 0.9), ('18"', 1.0), ('20"', 1.1), ('22"', 1.2)]),
    "bsize": ("Saiz", [("54mm", 0.94), ("56mm", 0.97), ("58mm", 1.0), ("60mm", 1.04), ("62mm", 1.07)]),
}
NAME_TRAPS = {"Diamond Cut": "Diamond Cut", "Merah Delima": "Merah Delima"}
STONE_OF_NAME = {"Mutiara": "pearl", "Berlian": "diamond", "Jade": "jade", "Jade Drop": "jade", "Solitaire": "diamond",
                 "Tennis": "diamond", "Merah Delima": "red cz", "Ruyi": "jade", "Mata Satu": "cz", "Mata Tiga": "cz",
                 "Dokoh": "red cz", "Pave": "diamond"}
PLAIN_NAMES = {"Belah Rotan", "Kosong", "Kalimah Allah", "Ayatul Kursi", "Jongkong", "Coco", "Belut", "Pintal", "Italy",
               "Singapore", "Padu", "Pixiu", "Long Fung 龙凤", "Pulut Dakap", "Keroncong", "Fu 福", "Si Dian Jin 四点金"}
LANG = [("ms", 50), ("en", 30), ("zh", 20)]


def myr_round(x):
    """Retail rounding of fixed-price pieces: RM x9."""
    return float(int(x / 10) * 10 + 9) if x < 10000 else float(int(round(x / 100.0)) * 100)


def price_of(code, grams, upah, sval, f=1.0):
    if code in BY_WEIGHT:
        return round(grams * f * (RATE[code] + upah) + sval, 2)
    return myr_round(grams * f * (RATE[code] + upah) + BENCH[code] + sval)


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in STONE_OF_NAME and not (d["key"] == "tunang" and name == "Mata Satu"):
        stone = STONE_OF_NAME[name]
    if name in PLAIN_NAMES:
        stone = None
    if name in ("Belah Rotan", "Pulut Dakap", "Keroncong", "Long Fung 龙凤", "Dokoh", "Kalimah Allah", "Ayatul Kursi"):
        code = "Y22" if name != "Long Fung 龙凤" else rng.choice(["Y22", "Y24"])
    if name in ("Fu 福", "Jongkong", "Si Dian Jin 四点金", "Pixiu"):
        code = "Y24"
    if name in ("Solitaire", "Tennis", "Berlian") and code in ("Y22", "Y24", "S925", "GPS"):
        code = "W18"
    if stone in ("diamond", "lab", "moissanite", "ruby", "emerald", "blue sapphire") and code in ("Y22", "Y24"):
        code = rng.choice(["Y18", "W18"])
    if code in ("S925", "GPS") and stone in ("diamond", "lab", "jade"):
        stone = "cz"
    p["code"], p["stone"] = code, stone
    p["lab"] = stone == "lab"
    if d.get("gents"):
        p["for"] = "men"
    if d.get("kids") or (name in ("Bayi", "Budak", "Budak Loceng", "Kanak-Kanak")):
        p["for"] = "kids"
    p["name"] = name
    p["lang"] = wchoice(rng, LANG)
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "rsize":
                k = rng.randint(4, 7)
                st0 = rng.randint(0, len(vals) - k)
                vals = vals[st0:st0 + k]
            if ax in ("len", "bsize"):
                st0 = rng.randint(0, 1)
                vals = vals[st0: st0 + rng.randint(2, 4)]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "weight" and code in BY_WEIGHT and not any(nm == "Panjang" for nm, _ in axes):
            g = rng.uniform(*d["grams"])
            ws = sorted({round(g * m, 2) for m in (0.8, 1.0, 1.25, 1.55)[: rng.randint(2, 4)]})
            axes.append(("Berat", [(f"{w:.2f}g", {"w": w}) for w in ws]))
        elif ax == "colour" and code in ("Y18", "W18", "R18"):
            alts = [code] + [c for c in ("W18", "Y18", "R18") if c != code]
            axes.append(("Warna Emas", [({"Y18": "Emas Kuning", "W18": "Emas Putih", "R18": "Rose Gold"}[c], {"code": c}) for c in alts]))
        elif ax == "purity" and code in ("Y22", "Y24") and stone is None:
            alts = [code] + [c for c in ("Y22", "Y24") if c != code]
            axes.append(("Ketulenan", [({"Y22": "916", "Y24": "999"}[c], {"code": c}) for c in alts]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    upah = rng.randint(*UPAH[code])
    carat = None
    if stone in ("diamond", "lab", "moissanite"):
        if d["cat"] == "engagement ring":
            carat = rng.choice([0.3, 0.5, 0.7, 1.0, 1.5])
        elif name == "Tennis":
            carat = rng.choice([1.0, 2.0, 3.0])
        else:
            carat = rng.choice([0.1, 0.15, 0.2, 0.3, 0.5])
    p["carat"] = carat
    sval = STONE_MYR.get(stone, 0) * (carat if carat else rng.uniform(0.4, 1.2))
    if stone == "pearl" and d["cat"] == "necklace":
        sval = rng.uniform(500, 1500)
    if stone in ("jade", "white jade") and d["cat"] == "bangle":
        sval = rng.uniform(1500, 4500)
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, f, grams = code, 1.0, g0
        for _, mod in combo:
            vc = mod.get("code", vc)
            f *= mod.get("f", 1.0)
            grams = mod.get("w", grams)
        up = upah if vc == code else rng.randint(*UPAH[vc])
        variants.append(Variant([v for v, _ in combo], vc, stone, price_of(vc, grams, up, sval, f), None, grams * f))
    if rng.random() < 0.15 and code not in BY_WEIGHT:
        off = rng.choice([0.1, 0.15, 0.2, 0.3])
        for v in variants:
            v.compare = v.price
            v.price = myr_round(v.price * (1 - off))
    p["variants"] = variants
    if d["cat"] == "pendant":
        p["sold_with_chain"] = d["key"] != "charm" and rng.random() < 0.35
    write_listing(rng, p, name)
    return p


def metal_phrase(rng, lang, code, colour, karat):
    """The metal as this listing's hand writes it; '' when neither colour nor karat is to be said."""
    if not colour and not karat:
        return ""
    if not colour and code in KARAT_ONLY:
        return rng.choice(KARAT_ONLY[code])
    if not colour:
        return ""
    if lang == "ms":
        return rng.choice(METAL_MS[code])
    return rng.choice(METAL_EN[code])


def write_listing(rng, p, name):
    d, cat, code, stone, lang = p["d"], p["cat"], p["code"], p["stone"], p["lang"]
    names = [a[0] for a in p["axes"]]
    traps = [NAME_TRAPS[name]] if name in NAME_TRAPS else []
    col_loc = wchoice(rng, [("title", 55), ("body", 18), ("attr", 8), ("cats", 5), ("tags", 6), ("photo", 8)])
    if "Warna Emas" in names or "Ketulenan" in names:
        col_loc = "options"
    kar_loc = "none"
    if SMETALS[code][2]:
        kar_loc = wchoice(rng, [("title", 45), ("body", 35), ("attr", 10), ("none", 10)])
        if code in BY_WEIGHT and col_loc in ("title", "body"):
            kar_loc = col_loc  # "916" / "999" say both
        if code in BY_WEIGHT and kar_loc in ("title", "body", "attr") and col_loc in ("photo", "tags", "cats"):
            col_loc = kar_loc
        if col_loc == "options":
            kar_loc = "options"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("body", 25), ("tags", 10), ("short", 8), ("nowhere", 7)])
        if name in STONE_OF_NAME and STONE_OF_NAME[name] == stone and stone not in ("cz", "red cz") and name not in ("Solitaire", "Tennis", "Ruyi"):
            st_loc = "title"
    cat_loc = "title" if rng.random() < 0.88 else rng.choice(["cats", "body"])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    fits = {"Y22": "Emas 916", "Y24": "Emas 999"}.get(code)
    cats = rng.choice([c for c in d["cats"] if not any(m in c and m != fits for m in ("Emas 916", "Emas 999"))
                       and ("Berlian" not in c or stone in ("diamond", "lab"))])
    if cat_loc == "cats" and not any(w in cats for w in ("Cincin", "Gelang", "Rantai", "Subang", "Loket", "Kalung", "Kerongsang", "Charm")):
        cats = {"ring": "Cincin", "bangle": "Gelang Bangle", "earrings": "Subang", "pendant": "Loket"}.get(cat, cats) + ", " + cats
    if col_loc == "cats":
        cats += ", Ikut Logam > " + {"Y22": "Emas 916", "Y24": "Emas 999", "Y18": "Emas Kuning", "W18": "Emas Putih",
                                      "R18": "Rose Gold", "S925": "Perak 925", "GPS": "Sadur Emas"}[code]
    p["cats"] = cats
    # title
    mt = metal_phrase(rng, lang, code, col_loc == "title", kar_loc == "title")
    sw = ""
    if stone and st_loc == "title":
        sw = rng.choice(STONE_MS[stone] if lang == "ms" else STONE_EN[stone])
        if name in STONE_OF_NAME and name.split()[0] in ("Mutiara", "Berlian", "Jade"):
            sw = ""
    kw = rng.choice(KIND_MS[cat] if lang == "ms" else KIND_EN[cat]) if cat_loc == "title" else ""
    if d["key"] == "charm" and kw:
        kw = "Charm"
    if lang == "ms":
        title = " ".join(x for x in (kw, mt, name, sw) if x)
    else:
        title = " ".join(x for x in (mt, name, sw, kw) if x)
        if lang == "zh":
            zh = ((METAL_ZH[code] if col_loc == "title" else "18K金" if code in KARAT_ONLY else "") if mt else "") + (STONE_ZH.get(stone, "") if sw else "") + (KIND_ZH[cat] if kw else "")
            if zh and zh not in title:
                title += " " + zh
    if p.get("for") == "men" and "Lelaki" not in title:
        title += " (Lelaki)" if lang == "ms" else " for Men"
    p["title"] = title
    # short description and description
    short = []
    if st_loc == "short":
        short.append(rng.choice(STONE_MS[stone]) + (" berkualiti." if lang == "ms" else "") if lang == "ms"
                     else "Set with " + rng.choice(STONE_EN[stone]) + ".")
    if rng.random() < 0.5 or short:
        short.insert(0, rng.choice(["Ready stock, pos laju 1-3 hari.", "Boleh tukar / trade-in.", "Sesuai untuk hadiah.",
                                    "Free gift box.", "Ada cop ketulenan.", "COD Masjid India."]))
    p["short"] = "<p>" + " ".join(short) + "</p>" if short else ""
    body = []
    kwb = (KIND_MS if lang == "ms" else KIND_EN)[cat][0].lower()
    if d["key"] == "charm":
        kwb = "charm"
    if cat_loc == "body" or rng.random() < 0.5:
        body.append(f"<p>{kwb.capitalize()} {name} ditempa oleh tukang emas kami di Kuala Lumpur.</p>" if lang == "ms"
                    else f"<p>The {name} {kwb}, made by our goldsmiths in Kuala Lumpur.</p>")
    else:
        body.append("<p>" + rng.choice(["Design klasik, sesuai dipakai setiap hari.", "Reka bentuk terkini 2025.",
                                         "Simple and elegant, can wear daily.", "Best seller di kedai kami.",
                                         "Hadiah untuk isteri, ibu dan anak."]) + "</p>")
    spec = []
    mb = metal_phrase(rng, lang, code, col_loc == "body", kar_loc == "body")
    if mb:
        spec.append(("<li>Bahan: " if lang == "ms" else "<li>Material: ") + mb + "</li>")
        if code in BY_WEIGHT and rng.random() < 0.5:
            spec.append("<li>Cop " + ("916" if code == "Y22" else "999") + "</li>")
    if stone and st_loc == "body":
        ct = f" {p['carat']}ct" if p.get("carat") else ""
        spec.append(("<li>Batu: " if lang == "ms" else "<li>Stone: ") + rng.choice(STONE_MS[stone] if lang == "ms" else STONE_EN[stone]) + ct + "</li>")
    elif stone in ("diamond", "lab", "moissanite") and st_loc == "title" and p.get("carat"):
        spec.append(f"<li>Carat: {p['carat']}ct</li>")
    if p["lab"] and st_loc in ("title", "body") and rng.random() < 0.6:
        spec.append("<li>IGI certified lab grown diamond</li>")
    if cat == "pendant" and d["key"] != "charm":
        spec.append("<li>" + (("Termasuk rantai" if p["sold_with_chain"] else "Loket sahaja, tanpa rantai") if lang == "ms"
                              else ("Chain included" if p["sold_with_chain"] else "Pendant only, chain not included")) + "</li>")
    if d["key"] == "charm":
        spec.append("<li>" + rng.choice(["Muat gelang Pandora & Soufeel", "Fits Pandora-style bracelets",
                                         "Sesuai untuk gelang charm"]) + "</li>")
    if "Berat" not in names:
        spec.append(f"<li>{'Berat' if lang == 'ms' else 'Weight'}: {p['variants'][0].grams:.2f}g</li>")
    if p["variants"][0].code in BY_WEIGHT and rng.random() < 0.5:
        spec.append("<li>" + ("Harga ikut berat & harga emas semasa" if lang == "ms" else "Price follows weight and today's gold rate") + "</li>")
    if p.get("for") == "kids":
        spec.append("<li>" + ("Sesuai untuk bayi & kanak-kanak" if lang == "ms" else "For babies and children") + "</li>")
    if rng.random() < 0.3:
        spec.append("<li>" + rng.choice(["Ansuran 0% dengan Atome", "Boleh trade-in emas lama", "Free postage Semenanjung",
                                         "Resit & sijil disertakan"]) + "</li>")
    if traps and traps[0] == "Diamond Cut":
        spec.append("<li>Rantai potongan berkilat (diamond cut), tiada batu</li>" if lang == "ms"
                    else "<li>Faceted, sparkly links; no stones</li>")
    body.append("<ul>" + "".join(spec) + "</ul>")
    if rng.random() < 0.2:
        body.append("<p>Penjagaan: simpan dalam kotak, elakkan minyak wangi.</p>" if lang == "ms" else
                    "<p>Care: keep in the box, avoid perfume.</p>")
    p["body"] = "\n".join(body)
    # tags
    tags = rng.sample(["hadiah", "gift", "raya", "new arrival", "bestseller", "emas", "ready stock", "CNY"], k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"Y22": "916", "Y24": "999", "Y18": "yellow gold", "W18": "emas putih", "R18": "rose gold",
                     "S925": "perak", "GPS": "sadur emas"}[code])
    if st_loc == "tags":
        tags.append({"lab": "lab grown", "cz": "zirkonia", "red cz": "cz merah", "blue sapphire": "nilam",
                     "pearl": "mutiara", "jade": "jade", "white jade": "jade", "diamond": "berlian",
                     "moissanite": "moissanite", "ruby": "delima", "emerald": "zamrud"}[stone])
    if p.get("for") == "kids":
        tags.append("kanak-kanak")
    if cat == "engagement ring" and rng.random() < 0.5:
        tags.append("pengantin")
    if "emas" in tags and code in ("S925", "GPS"):
        tags.remove("emas")
    p["tags"] = tags
    info = []
    if col_loc == "attr" or kar_loc == "attr":
        lab = METAL_LABEL[code]
        if col_loc != "attr" and code in ("Y18", "W18", "R18"):
            lab = "750"
        info.append(("Logam" if lang == "ms" else "Metal", [(lab, {})]))
    p["info"] = info[: max(0, 2 - len(names))]
    p["traps"] = traps


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": SMETALS[code][3], "stone": SSTONES[stone][2]}
    if SSTONES[stone][3]:
        spec["stone_rgb"] = SSTONES[stone][3]
    name = p["name"]
    if d["kind"] == "pendant":
        spec["pendant"] = {"diamond": "solitaire", "jade": "drop", "white jade": "drop", "pearl": "drop"}.get(stone, "round")
        if name == "Hati":
            spec["pendant"] = "heart"
        if d["key"] == "charm":
            spec["pendant"] = "heart" if name == "Hati" else "coin"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif d["kind"] == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else "tennis" if stone == "diamond" else "haar"
    elif d["kind"] == "bracelet":
        spec["style"] = {"diamond": "tennis", "pearl": "bead", "cz": "charm"}.get(stone, "curb" if name in ("Coco", "Padu") else "chain")
        if name == "Charm":
            spec["style"] = "charm"
    elif d["kind"] == "chain":
        spec["style"] = {"Pintal": "rope", "Singapore": "rope", "Box": "box", "Coco": "curb", "Padu": "curb"}.get(name, "cable")
    elif d["kind"] == "bangle":
        spec["style"] = "pair" if d["key"] == "bayi" or name == "Long Fung 龙凤" else "carved" if name in ("Ukir Bunga", "Bunga Cengkih") else "single"
    elif d["kind"] == "engagement ring":
        spec["style"] = "trilogy" if name == "Trilogy" else "solitaire"
        spec["halo"] = name == "Halo"
        spec["kind"] = "ring" if spec["style"] == "trilogy" else "engagement ring"
    elif d["kind"] == "ring" and d["key"] == "cincin":
        spec["style"] = "flower" if name in ("Bunga Raya", "Ros") else "solitaire" if name == "Mata Satu" else \
            "trilogy" if name == "Mata Tiga" else "cocktail" if stone else "band"
    elif d["kind"] == "earrings":
        spec["style"] = {"Bulat": "hoop", "Huggie": "huggie", "Mutiara": "drop", "Jade Drop": "drop"}.get(name, "stud")
        if name in ("Bunga Raya", "Ros"):
            spec["flower"] = True
    elif d["kind"] == "anklet":
        spec["style"] = "single"
        spec["bells"] = name == "Loceng"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def build(OUT, images=True, seed=1957_07):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "kul_shop")
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
    broken = set(idx[6:10])

    rows, truths, jobs = [], [], []
    next_id = 5104
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2023, 2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 10:
            ym = "2025/10/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"WhatsApp-Image-{prng.randint(1000, 9999)}.jpeg",
                                           f"{slug}-600x600.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"SM-{p['serial']:03d}.jpg"), main_spec, 71000 + p["serial"]))
            if prng.random() < 0.25:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-2.jpg", sp, 73000 + p["serial"]))
        var_img = {}
        metal_axis = next((a for a, (nm, _) in enumerate(p["axes"]) if nm in ("Warna Emas",)), None)
        if metal_axis is not None and not is_broken:
            nm, vals = p["axes"][metal_axis]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod["code"], p["stone"])
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 75000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.7 else f"SM{p['serial']:04d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "none", "In stock?": "1" if prng.random() > 0.08 else "0",
                     "Backorders allowed?": "0", "Sold individually?": "1" if p["code"] in BY_WEIGHT else "0",
                     "Allow customer reviews?": "1", "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "pos-laju" if prng.random() < 0.3 else "", "Images": ", ".join(HOST + fn for fn, _, _ in imgs),
                     "Position": "0"})
        if prng.random() < 0.4:
            base["Weight (kg)"] = f"{max(0.01, round(p['variants'][0].grams / 1000 + 0.05, 2))}"
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Saiz", "Warna Emas", "Panjang") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.compare or v.price)
            base["Sale price"] = money(v.price) if v.compare else ""
            if prng.random() < 0.5:
                base["Stock"] = str(prng.randint(0, 5))
            v.sku = parent_sku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.3 else f"SM{p['serial']:04d}-" + "-".join(slugify(o).upper()[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "none", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if metal_axis is not None and v.opts[metal_axis] in var_img:
                    r["Images"] = HOST + var_img[v.opts[metal_axis]]
                if "Berat" in [nm for nm, _ in p["axes"]]:
                    r["Weight (kg)"] = f"{round(v.grams / 1000 + 0.05, 3)}"
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Saiz", "Warna Emas", "Panjang") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        truth["lang"] = p["lang"]
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = read_evidence(truth, fields, not is_broken, (), p["traps"])
        problems += add_local_reading(truth, ev, fields, p["traps"])
        if problems:
            raise SystemExit(f"kul {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
