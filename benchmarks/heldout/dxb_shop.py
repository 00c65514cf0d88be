"""Plan of the Dubai shop: Zafran Gold & Diamonds LLC, Deira Gold Souk (AED).

WooCommerce 9.2+ built-in exporter (Products > Export, all columns): the
`GTIN, UPC, EAN, or ISBN` column after SKU, UTF-8 with BOM, PHP fputcsv
quoting, variable parents without prices, `variation` rows with
Parent = id:NN, Published 1 / 0 / -1, `>` category hierarchy, literal \\n in
descriptions.  A souk shop selling by weight: 21K and 22K gold (Gulf and
Indian customers), Italian 18K, natural and IGI lab-grown diamonds, Arabic
name necklaces and Islamic pendants, 925 silver, birthstones, US ring sizes,
chain lengths in cm.
"""

from __future__ import annotations

import os
import random

import evidence
import render
import third_common
from fresh_common import FMETALS, FSTONES, Variant, money, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-dxb.example/wp-content/uploads/"
CURRENCY = "AED"
SEED = 971
EXPORT_NAME = "wc-product-export-2-9-2025-1756800000000.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (g)",
          "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price",
          "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
          "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# AED per gram of metal (souk board rate) and making per gram
RATE = {"Y22": 372, "Y21": 356, "Y18": 305, "W18": 305, "R18": 305, "PT": 142, "S925": 6.5, "GPS": 7.5}
MAKING = {"Y22": (12, 35), "Y21": (10, 30), "Y18": (45, 120), "W18": (60, 140), "R18": (60, 140), "PT": (150, 260),
          "S925": (0, 0), "GPS": (0, 0)}
STONE_AED = {None: 0, "diamond": 14000, "lab": 1900, "moissanite": 1100, "ruby": 650, "emerald": 900, "blue sapphire": 1300,
             "pink sapphire": 1100, "garnet": 70, "amethyst": 60, "aquamarine": 260, "peridot": 90, "citrine": 60,
             "tanzanite": 750, "blue topaz": 55, "pearl": 0, "ad": 0, "blue cz": 0, "polki": 2500}

G18 = [("Y18", 4), ("W18", 2), ("R18", 2)]


def D(key, cat, n, names, kind, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, words=words, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("name", "necklace", 12, ["Arabic Name", "English Name", "Double Name", "Mashallah", "Calligraphy", "Habibi"], "pendant", "coin",
      [("Y18", 4), ("Y21", 2), ("R18", 2), ("W18", 1), ("GPS", 2), ("S925", 1)], [(None, 6), ("diamond", 1), ("ad", 1)], (2.5, 7),
      ["Necklaces > Name Necklaces", "Necklaces > Name Necklaces, Gifts", "Personalised"], ["Necklace", "Name Necklace", ""],
      axes=[("clen", 0.4)], sold_with_chain=True),
    D("tennisneck", "necklace", 5, ["Lab Diamond Tennis", "Riviera", "Graduated Tennis"], "necklace", "tennis",
      [("W18", 3), ("Y18", 2)], [("lab", 3), ("diamond", 1)], (12, 24), ["Diamonds > Lab Grown Diamonds", "Necklaces"],
      ["Necklace", "Necklace"], lab_bias=True),
    D("pearl", "necklace", 7, ["Gulf Pearl", "Lulu Strand", "Freshwater Pearl", "Pearl Choker", "Baroque Pearl"], "necklace", "beaded",
      [("Y18", 2), ("Y21", 2), ("S925", 2)], [("pearl", 1)], (10, 30), ["Necklaces > Pearls", "Pearls"], ["Necklace", "Strand", ""]),
    D("set", "necklace", 10, ["Kuwaiti", "Bahraini", "Emirati", "Antique Temple", "Polki", "Lakshmi", "Turkish"], "necklace", "haar",
      [("Y21", 3), ("Y22", 4)], [(None, 4), ("ruby", 1), ("ad", 1), ("pearl", 1), ("polki", 1)], (35, 110),
      ["Gold > 22K Gold, Sets", "Gold > 21K Gold, Sets", "Sets", "Bridal"], ["Necklace Set", "Set", "Bridal Set"]),
    D("mertaasha", "choker", 4, ["Mertaasha", "Tawq", "Emirati Collar", "Ruby Choker"], "necklace", "choker",
      [("Y21", 2), ("Y22", 2)], [(None, 2), ("ruby", 1), ("ad", 1)], (30, 80), ["Gold > 21K Gold", "Bridal", "Sets"], ["Choker", ""]),
    D("chain", "chain", 20, ["Figaro", "Rope", "Box", "Cuban Link", "Franco", "Singapore", "Saudi", "Snake", "Paper Clip", "Ball"], "chain", "rope",
      [("Y18", 6), ("Y21", 4), ("Y22", 2), ("W18", 1), ("R18", 1), ("S925", 3)], [(None, 1)], (3, 45),
      ["Chains", "Chains, Men", "Gold > 21K Gold, Chains", "Italian Gold"], ["Chain", "Chain", "Necklace Chain"], axes=[("clen", 0.7)]),
    D("pendant", "pendant", 22, ["Allah", "Ayatul Kursi", "Evil Eye", "Hamsa", "Initial", "Birthstone", "Solitaire", "Quran", "Heart",
                                  "Crescent", "Nazar", "Dua"], "pendant", "round",
      [("Y18", 6), ("Y21", 4), ("W18", 2), ("R18", 2), ("S925", 3), ("GPS", 2)],
      [(None, 8), ("diamond", 2), ("lab", 2), ("ad", 1), ("garnet", 1), ("amethyst", 1), ("aquamarine", 1), ("citrine", 1)],
      (1.2, 8), ["Pendants", "Islamic Jewellery", "Pendants, Gifts", "Birthstones"], ["Pendant", "Pendant", "Charm", ""]),
    D("studs", "earrings", 16, ["Solitaire", "Lab Diamond", "Halo", "Birthstone", "Pearl", "Cluster", "Princess", "Flower"], "earrings", "stud",
      G18 + [("S925", 3), ("PT", 1)], [("diamond", 3), ("lab", 3), ("ad", 2), ("pearl", 2), ("blue topaz", 1), ("tanzanite", 1), ("peridot", 1)],
      (1, 4), ["Earrings > Studs", "Earrings", "Diamonds > Lab Grown Diamonds"], ["Studs", "Stud Earrings", "Earrings"], axes=[("metal", 0.35)]),
    D("hoops", "earrings", 10, ["Halaq", "Huggie", "Twisted", "Diamond Cut", "Creole"], "earrings", "hoop",
      [("Y18", 3), ("Y21", 3), ("S925", 2), ("GPS", 2)], [(None, 4), ("ad", 1)], (1.5, 8), ["Earrings > Hoops", "Earrings"],
      ["Hoops", "Hoop Earrings", "Earrings"]),
    D("drops", "earrings", 6, ["Chandelier", "Shaghab", "Teardrop", "Ruby Drop"], "earrings", "drop",
      [("Y21", 3), ("Y22", 2), ("Y18", 1)], [("ruby", 2), ("pearl", 2), ("emerald", 1), ("ad", 1)], (4, 14),
      ["Earrings", "Gold > 21K Gold"], ["Drop Earrings", "Earrings", "Drops"]),
    D("jhumka", "jhumka", 4, ["Temple", "Meenakari", "Pearl", "Antique"], "earrings", "jhumka",
      [("Y22", 1)], [(None, 2), ("pearl", 1), ("ruby", 1)], (8, 24), ["Gold > 22K Gold", "Indian Collection"], ["Jhumka", "Jhumki"]),
    D("bangles", "bangle", 18, ["Machine Cut", "Iswara", "Bahraini", "Plain", "Italian", "Diamond", "Kids", "Dubai", "Filigree"], "bangle", "single",
      [("Y22", 6), ("Y21", 6), ("Y18", 2), ("W18", 1)], [(None, 6), ("diamond", 1), ("ad", 1)], (8, 40),
      ["Bangles", "Gold > 21K Gold, Bangles", "Gold > 22K Gold, Bangles"], ["Bangle", "Bangles", "Bangle (1 pc)", "Bangles Set of 4"],
      axes=[("bsize", 0.7)]),
    D("bracelet", "bracelet", 14, ["Tennis", "Evil Eye", "Link", "Charm", "Gents", "Lab Diamond Tennis", "Bead", "Nazar"], "bracelet", "chain",
      [("Y18", 4), ("W18", 2), ("R18", 1), ("Y21", 2), ("S925", 2), ("GPS", 1)], [(None, 4), ("diamond", 1), ("lab", 2), ("blue cz", 1), ("ad", 1)],
      (3, 22), ["Bracelets", "Bracelets, Men", "Diamonds > Lab Grown Diamonds"], ["Bracelet", "Bracelet", ""]),
    D("kada", "kada", 3, ["Gents", "Sikh", "Lion Head"], "kada", "plain",
      [("Y22", 2)], [(None, 1)], (25, 60), ["Gold > 22K Gold, Men", "Indian Collection"], ["Kada", "Kada"]),
    D("ring", "ring", 20, ["Khatim", "Signet", "Cocktail", "Eternity", "Birthstone", "Stacking", "Gents", "Ruby", "Sapphire", "Emerald"], "ring", "bezel",
      G18 + [("Y21", 3), ("S925", 3)],
      [(None, 4), ("ruby", 2), ("emerald", 1), ("blue sapphire", 2), ("pink sapphire", 1), ("lab", 2), ("amethyst", 1), ("garnet", 1), ("ad", 1)],
      (2.5, 12), ["Rings", "Rings, Men", "Birthstones"], ["Ring", "Ring", ""], axes=[("usize", 0.7)]),
    D("engagement", "engagement ring", 14, ["Oval", "Round Brilliant", "Pear", "Emerald Cut", "Halo", "Three Stone", "Princess",
                                               "Moissanite Diamond", "Cushion"], "engagement ring", "solitaire",
      [("W18", 4), ("PT", 3), ("Y18", 2), ("R18", 2)], [("lab", 5), ("diamond", 4), ("moissanite", 1)], (3, 6),
      ["Bridal > Engagement Rings", "Bridal > Engagement Rings, Diamonds > Lab Grown Diamonds", "Diamonds"],
      ["Engagement Ring", "Solitaire Ring", "Ring"], axes=[("usize", 0.8)]),
    D("bands", "wedding band", 8, ["Comfort Fit", "Court", "Milgrain", "Half Eternity", "Brushed"], "ring", "wedding",
      [("PT", 3), ("W18", 2), ("Y18", 2), ("R18", 1)], [(None, 4), ("diamond", 1), ("lab", 1)], (3, 9),
      ["Bridal > Wedding Bands", "Bridal > Wedding Bands, Men"], ["Wedding Band", "Band", "Wedding Ring"], axes=[("usize", 0.9)]),
    D("anklet", "anklet", 8, ["Hijool", "Evil Eye", "Beaded", "Ghungroo", "Dainty"], "anklet", "pair",
      [("Y21", 2), ("Y18", 2), ("S925", 3), ("GPS", 1)], [(None, 3), ("ad", 1), ("blue cz", 1)], (2, 18),
      ["Anklets", "Silver, Anklets"], ["Anklet", "Anklets", ""]),
    D("nose", "nose pin", 4, ["Khizam", "Nose Pin", "Nath", "Stud"], "nose pin", "flower",
      [("Y18", 2), ("Y22", 2)], [("diamond", 2), ("ad", 1)], (0.3, 2), ["Indian Collection", "Piercing"], ["Nose Pin", "Nose Stud", ""]),
    D("mangalsutra", "mangalsutra", 4, ["Black Beads", "Diamond Vati", "Short", "Modern"], "mangalsutra", "vati",
      [("Y22", 3), ("Y18", 1)], [(None, 2), ("diamond", 1)], (6, 22), ["Indian Collection", "Gold > 22K Gold"], ["Mangalsutra"]),
    D("brooch", "brooch", 3, ["Hijab Pin", "Pearl Brooch", "Crescent"], "brooch", "flower",
      [("Y18", 1), ("S925", 1), ("GPS", 1)], [("pearl", 1), ("ad", 1)], (2, 8), ["Accessories", "Islamic Jewellery"], ["Brooch", "Pin", ""]),
    D("tikka", "maang tikka", 2, ["Polki", "Kundan"], "maang tikka", None,
      [("Y22", 1)], [("polki", 1), ("kundan", 1)], (6, 14), ["Indian Collection", "Bridal"], ["Maang Tikka", "Tikka"]),
]

# extra renderer / stone codes this shop uses
FSTONES.setdefault("blue cz", ("cubic zirconia", "blue", "cz", (40, 84, 200)))

NAME_STONE = {"Lab Diamond Tennis": "lab", "Lab Diamond": "lab", "Solitaire": None, "Ruby": "ruby", "Sapphire": "blue sapphire",
              "Emerald": "emerald", "Ruby Drop": "ruby", "Ruby Choker": "ruby", "Gulf Pearl": "pearl", "Pearl": "pearl",
              "Lulu Strand": "pearl", "Freshwater Pearl": "pearl", "Pearl Choker": "pearl", "Baroque Pearl": "pearl",
              "Pearl Brooch": "pearl", "Polki": "polki", "Kundan": "kundan", "Evil Eye": "blue cz", "Nazar": "blue cz",
              "Moissanite Diamond": "moissanite", "Diamond": "diamond", "Tennis": "diamond", "Graduated Tennis": "diamond"}
NAME_TRAPS = {"Moissanite Diamond": "Moissanite Diamond", "Diamond Cut": "Diamond Cut"}
BIRTH = {"garnet": "January", "amethyst": "February", "aquamarine": "March", "diamond": "April", "emerald": "May",
         "pearl": "June", "ruby": "July", "peridot": "August", "blue sapphire": "September", "pink sapphire": "October",
         "citrine": "November", "blue topaz": "December", "tanzanite": "December"}
STONE_WORDS = {"diamond": ["Diamond", "Natural Diamond", "GIA Diamond"], "lab": ["Lab Grown Diamond", "Lab Diamond", "IGI Lab-Grown Diamond"],
               "moissanite": ["Moissanite"], "ruby": ["Ruby"], "emerald": ["Emerald", "Zambian Emerald"],
               "blue sapphire": ["Blue Sapphire", "Ceylon Sapphire"], "pink sapphire": ["Pink Sapphire"], "garnet": ["Garnet"],
               "amethyst": ["Amethyst"], "aquamarine": ["Aquamarine"], "peridot": ["Peridot"], "citrine": ["Citrine"],
               "tanzanite": ["Tanzanite"], "blue topaz": ["Blue Topaz", "Swiss Blue Topaz"], "pearl": ["Pearl", "Freshwater Pearl"],
               "ad": ["CZ", "Cubic Zirconia", "Zircon"], "blue cz": ["Blue CZ", "Blue Enamel & CZ"], "polki": ["Polki", "Uncut Polki"],
               "kundan": ["Kundan"]}

AXES = {
    "clen": ("Chain Length", [("40 cm", 0.9), ("45 cm", 1.0), ("50 cm", 1.1), ("55 cm", 1.2), ("60 cm", 1.3)]),
    "bsize": ("Bangle Size", [("2.4", 0.95), ("2.6", 1.0), ("2.8", 1.05), ("2.10", 1.1)]),
    "usize": ("Ring Size (US)", [("5", 0.95), ("6", 0.98), ("7", 1.0), ("8", 1.02), ("9", 1.04), ("10", 1.06), ("11", 1.08)]),
}
METAL_LABEL = {"Y18": "18K Yellow Gold", "W18": "18K White Gold", "R18": "18K Rose Gold", "PT": "Platinum 950",
               "S925": "925 Sterling Silver", "Y21": "21K Gold", "Y22": "22K Gold", "GPS": "18K Gold Plated Silver"}


def aed(x):
    return float(int(round(x)))


def quiet(line):
    t = evidence.plain(line)
    import re
    return not (evidence.karats(t) or evidence.metal_kinds(t) or evidence.metal_colours(t) or evidence.gems(t)
                or re.search(third_common.K21, t))


def metal_words(rng, code, colour, karat):
    if code == "Y22":
        return rng.choice(["22K Gold", "22KT Gold", "916 Gold"]) if (colour or karat) else "Gold"
    if code == "Y21":
        return rng.choice(["21K Gold", "21KT Gold", "21 Karat Gold", "875 Gold"]) if karat else "Gold"
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18K {cw} Gold", f"18kt {cw} Gold", f"{cw} Gold 18K", f"18K {cw} Gold (750)"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18K Gold", "18kt Gold", "750 Gold", "18K Italian Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Platinum 950", "PT950"]) if colour else ""
    if code == "S925":
        return rng.choice(["925 Sterling Silver", "Sterling Silver", "925 Silver"]) if colour else ""
    if code == "GPS":
        return rng.choice(["18K Gold Plated Silver", "Gold Plated 925 Silver", "Gold Vermeil"]) if colour else rng.choice(["925 Silver", ""])
    raise KeyError(code)


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "name": d["names"][i % len(d["names"])]}
    name = p["name"]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in NAME_STONE:
        stone = NAME_STONE[name] if NAME_STONE[name] or cat != "earrings" else stone
    if name == "Solitaire":
        stone = rng.choice(["diamond", "lab", "lab"])
    if "Diamond" in name and name not in ("Diamond Cut", "Moissanite Diamond") and stone not in ("diamond", "lab"):
        stone = "diamond"
    if "Pearl" in name:
        stone = "pearl"
    if name in ("Gents", "Signet", "Khatim", "Sikh", "Lion Head") or (cat == "wedding band" and rng.random() < 0.3):
        p["for"] = "men"
    if name == "Kids":
        p["for"] = "kids"
    if name in ("Diamond Cut", "Plain", "Machine Cut", "Iswara", "Bahraini", "Dubai", "Filigree", "Italian") and cat == "bangle":
        stone = None if name != "Diamond" else stone
    if name == "Diamond Cut":
        stone = None
    if name == "Diamond" and stone is None:
        stone = "diamond"
    if name == "Birthstone":
        stone = rng.choice(["garnet", "amethyst", "aquamarine", "peridot", "citrine", "blue topaz", "ruby", "emerald", "pink sapphire"])
    if stone in ("diamond", "lab", "moissanite") and code in ("S925", "GPS"):
        if name in NAME_STONE or name == "Solitaire":
            code = "W18"
        else:
            stone = "ad"
    if stone in ("polki", "kundan") and code not in ("Y22",):
        code = "Y22"
    if cat in ("engagement ring",) and code in ("Y21", "Y22"):
        code = "Y18"
    p["code"], p["stone"] = code, stone
    if stone == "lab":
        p["lab"] = True
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            k = rng.randint(2, 4)
            st = rng.randint(0, len(vals) - k)
            axes.append((nm, [(v, {"f": f}) for v, f in vals[st:st + k]]))
        elif ax == "metal" and code in ("Y18", "W18", "R18"):
            opts = [c for c in ("Y18", "W18", "R18") if c != code]
            rng.shuffle(opts)
            axes.append(("Metal", [(METAL_LABEL[c], {"code": c}) for c in [code] + opts[:rng.randint(1, 2)]]))
    if cat == "engagement ring" and rng.random() < 0.5:
        axes.insert(0, ("Carat", [("0.50 ct", {"ct": 0.5}), ("1.00 ct", {"ct": 1.0}), ("1.50 ct", {"ct": 1.5})][:rng.randint(2, 3)]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("diamond", "lab"):
        carat = round(rng.choice([0.1, 0.15, 0.2, 0.3, 0.5, 0.75]) * (4 if cat in ("bracelet", "necklace") else 1), 2)
        if cat == "engagement ring":
            carat = rng.choice([0.5, 0.7, 1.0, 1.2, 1.5, 2.0])
    elif stone == "moissanite":
        carat = rng.choice([1.0, 1.5, 2.0])
    for nm, vals in p["axes"]:
        if nm == "Carat":
            carat = vals[0][1]["ct"]
    p["carat"] = carat
    making = rng.uniform(*MAKING[code])
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
        grams = g0 * f
        price = grams * (RATE[vc] + (making if vc == code else rng.uniform(*MAKING[vc])))
        if vc in ("S925", "GPS"):
            price += rng.choice([90, 140, 190, 260])
        if stone in ("diamond", "lab", "moissanite") and ct:
            per = STONE_AED[stone] * (1.0 + (0.8 * ct if cat == "engagement ring" else 0))
            price += ct * per
        elif stone in ("ruby", "emerald", "blue sapphire", "pink sapphire", "tanzanite", "aquamarine"):
            price += rng.uniform(0.5, 2.5) * STONE_AED[stone]
        elif stone in ("garnet", "amethyst", "peridot", "citrine", "blue topaz"):
            price += rng.uniform(0.5, 2.0) * STONE_AED[stone]
        elif stone == "pearl":
            price += 450 if cat in ("necklace", "choker") else 120
        elif stone == "polki":
            price += 3500
        price = aed(price * 1.05)
        variants.append(Variant([v for v, _ in combo], vc, stone, price, None, grams))
    if rng.random() < 0.2:
        disc = rng.choice([0.1, 0.15, 0.2, 0.25])
        for v in variants:
            v.compare = v.price
            v.price = aed(v.price * (1 - disc))
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.5
    write_listing(rng, p, name)
    return p


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    metal_axis = "Metal" in names
    col_loc = wchoice(rng, [("title", 48), ("short", 18), ("body", 10), ("cats", 6), ("attr", 8), ("photo", 7)])
    if metal_axis:
        col_loc = "options" if rng.random() < 0.7 else "title"
    kar_loc = wchoice(rng, [("title", 45), ("short", 25), ("body", 10), ("attr", 8), ("none", 7)]) if code[0] in "YWR" else "none"
    if code in ("Y22",) and col_loc in ("title", "short", "body"):
        kar_loc = col_loc
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("short", 18), ("body", 12), ("tags", 8), ("nowhere", 6)])
    traps = []
    if name in NAME_TRAPS:
        traps.append(NAME_TRAPS[name])
    name_stone = name in NAME_STONE and NAME_STONE[name] is not None
    if name_stone and stone:
        st_loc = "title"
    if name == "Birthstone" and st_loc == "title":
        name = f"{BIRTH[stone]} Birthstone"
    info = []
    m_title = metal_words(rng, code, col_loc == "title", kar_loc == "title") if "title" in (col_loc, kar_loc) else ""
    if code in ("PT", "S925", "GPS") and col_loc != "title":
        m_title = ""
    s_title = rng.choice(STONE_WORDS[stone]) if (st_loc == "title" and not name_stone and stone) else ""
    if name == "Birthstone" or "Birthstone" in name:
        s_title = s_title if st_loc == "title" and not name.startswith(BIRTH.get(stone, "x")) else s_title
    word = rng.choice(d["words"])
    if word and set(word.lower().split()) & set(name.lower().split()):
        word = ""
    core = " ".join(x for x in (s_title, name, word) if x)
    if not m_title:
        title = core
    else:
        form = rng.random()
        title = f"{m_title} {core}" if form < 0.5 else (f"{core} in {m_title}" if form < 0.8 else f"{core} - {m_title}")
    if p.get("for") == "men" and "Gents" not in title and "Men" not in title and rng.random() < 0.6:
        title += " for Men"
    if name in ("Allah", "Ayatul Kursi", "Mashallah") and rng.random() < 0.6:
        title += {"Allah": " | الله", "Ayatul Kursi": " | آية الكرسي", "Mashallah": " | ما شاء الله"}[name]
    if p.get("lab") and "Lab" not in title and st_loc == "title" and rng.random() < 0.5:
        title += " (IGI Certified)"
    p["title"] = title
    # short description: the souk's fact lines
    lines = []
    if col_loc == "short" or kar_loc == "short":
        lines.append("Metal: " + (metal_words(rng, code, col_loc == "short", kar_loc == "short") or "Gold"))
    if code in ("S925",) and col_loc not in ("title", "options", "short") and rng.random() < 0.3:
        lines.append("Rhodium plated (White Gold Finish)")
        traps.append("White Gold Finish")
    w = p["variants"][0].grams
    if quiet(f"{w:.2f}"):
        lines.append(f"Weight: {w:.2f} gm" if code not in ("S925", "GPS") else f"Approx. weight {w:.2f} g")
    if stone and st_loc == "short":
        lines.append("Stone: " + rng.choice(STONE_WORDS[stone]) + (f", {p['carat']:.2f} ct" if p.get("carat") else ""))
    if p.get("lab") and st_loc in ("short", "title") and rng.random() < 0.7:
        lines.append(f"IGI report LG{rng.randint(600000000, 699999999)}")
    if code[0] in "YWR" and rng.random() < 0.5:
        lines.append(rng.choice(["Making charges included", "Price includes 5% VAT", "Gold rate fixed at order"]))
    p["short"] = "\n".join(l for l in lines if l.startswith(("Metal", "Stone", "IGI", "Rhodium")) or quiet(l))
    # description: a few sentences, literal \n between paragraphs
    paras = []
    intro = {"necklace": "A necklace", "choker": "A close collar", "chain": "A chain", "pendant": "A pendant",
             "earrings": "A pair of earrings", "jhumka": "A pair of jhumkas", "bangle": "A bangle", "bracelet": "A bracelet",
             "kada": "A solid kada", "ring": "A ring", "engagement ring": "An engagement ring", "wedding band": "A wedding band",
             "anklet": "An anklet", "nose pin": "A nose pin", "mangalsutra": "A mangalsutra", "brooch": "A brooch",
             "maang tikka": "A maang tikka"}[cat]
    if rng.random() < 0.6:
        paras.append(f"{intro} from our Deira Gold Souk workshop.")
        if code in ("PT", "S925"):
            traps.append("Gold Souk")
    else:
        paras.append("Handmade in Dubai.")
    if col_loc == "body" or kar_loc == "body":
        mw = metal_words(rng, code, col_loc == "body", kar_loc == "body")
        if mw:
            paras.append(f"Crafted in {mw}.")
    if stone and st_loc == "body":
        paras.append(f"Set with {rng.choice(STONE_WORDS[stone]).lower()}{' (' + format(p['carat'], '.2f') + ' ct total)' if p.get('carat') else ''}.")
    if cat in ("ring", "engagement ring", "wedding band") and rng.random() < 0.5:
        paras.append("Free resizing within 30 days. US ring sizes; ask us for UK or EU.")
    if cat == "bangle":
        paras.append(rng.choice(["Price per piece.", "Priced per bangle.", "Sold as a single bangle."]))
    if code in ("S925",) and rng.random() < 0.3:
        paras.append("Visit us at the Gold Souk, Deira.")
        traps.append("Gold Souk")
    if rng.random() < 0.3:
        paras.append(rng.choice(["Free delivery across the UAE.", "Eid gift wrapping available.", "Cash on delivery in Dubai and Sharjah."]))
    p["body"] = "\n".join(paras)
    tags = rng.sample(["dubai", "gift for her", "eid", "ramadan", "dsf", "mothers day", "new", "bestseller", "national day"], k=rng.randint(1, 3))
    if col_loc == "tags":
        tags.append({"Y22": "22k", "Y21": "21k gold", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold",
                     "PT": "platinum", "S925": "silver", "GPS": "gold plated"}[code])
    if st_loc == "tags":
        tags.append({"lab": "lab grown", "diamond": "diamonds"}.get(stone, rng.choice(STONE_WORDS[stone]).lower()))
    if p.get("lab") and "lab grown" not in tags and st_loc not in ("nowhere",):
        tags.append("lab grown")
    p["tags"] = tags
    cats = rng.choice(d["cats"])
    if "Lab Grown" in cats and stone != "lab":
        cats = d["cats"][0] if "Lab" not in d["cats"][0] else "Diamonds"
    if cats == "Diamonds" and stone not in ("diamond", "lab"):
        cats = "Rings" if "ring" in cat else "Jewellery"
    if "Men" in cats and p.get("for") != "men":
        cats = cats.replace(", Men", "")
    if "22K" in cats and code != "Y22":
        cats = cats.replace("Gold > 22K Gold, ", "").replace("Gold > 22K Gold", "Gold")
    if "21K" in cats and code != "Y21":
        cats = cats.replace("Gold > 21K Gold, ", "").replace("Gold > 21K Gold", "Gold")
    if cats.startswith("Gold") and code in ("S925", "GPS", "PT"):
        cats = "Jewellery"
    if "Italian Gold" in cats and code not in ("Y18", "W18", "R18"):
        cats = "Chains"
    if "Silver" in cats and code not in ("S925",):
        cats = cats.replace("Silver, ", "")
    if "Pearls" in cats and stone != "pearl":
        cats = "Necklaces"
    if cats == "Birthstones" and name != "Birthstone" and "Birthstone" not in name:
        cats = "Rings" if "ring" in cat else "Pendants"
    if col_loc == "cats":
        cats += {"Y22": ", Gold > 22K Gold", "Y21": ", Gold > 21K Gold", "Y18": ", Gold > Yellow Gold", "W18": ", Gold > White Gold",
                 "R18": ", Gold > Rose Gold", "PT": ", Platinum", "S925": ", Silver", "GPS": ", Gold Plated"}[code]
    p["cats"] = cats
    if col_loc == "attr" or kar_loc == "attr":
        info.append(("Purity", [(metal_words(rng, code, col_loc == "attr", kar_loc == "attr") or "Gold", {})]))
    p["info"] = info
    p["traps"] = sorted(set(traps))


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    if d["kind"] == "pendant":
        spec["pendant"] = {None: "coin", "lab": "solitaire", "diamond": "solitaire"}.get(stone, "round")
        if "Heart" in p["name"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain")) or d["cat"] == "necklace"
        spec["kind"] = "pendant"
    elif d["kind"] == "bracelet":
        spec["style"] = {"lab": "tennis", "diamond": "tennis", "blue cz": "charm"}.get(stone, "chain" if p["serial"] % 2 else "curb")
    elif d["kind"] == "ring" and d["cat"] == "ring":
        spec["style"] = {None: "signet", "lab": "trilogy"}.get(stone, "bezel")
    elif d["kind"] == "earrings" and d["key"] == "studs":
        spec["style"] = "stud"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "dxb_shop")
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
    for k in idx[4:7]:
        prods[k]["status"] = "private"
    broken = set(idx[7:10])

    rows, truths, jobs = [], [], []
    next_id = 5120
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 8:
            ym = "2025/08/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"WhatsApp-Image-{prng.randint(1000, 9999)}.jpeg", f"{slug}-600x600.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"ZGD-{p['serial']:04d}.jpg"), main_spec, 97000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-2.jpg", sp, 98000 + p["serial"]))
        var_img = {}
        metal_axis = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Metal"), None)
        if metal_axis is not None and not is_broken:
            nm, vals = p["axes"][metal_axis]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, render_spec(p, mod["code"], p["stone"]), 99000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.7 else f"ZGD-{p['serial']:04d}"
        gtin = f"629{prng.randint(10 ** 9, 10 ** 10 - 1)}" if prng.random() < 0.3 else ""
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku,
                     "GTIN, UPC, EAN, or ISBN": gtin, "Name": p["title"], "Published": published,
                     "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"].replace("\n", "\\n"), "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.07 else "0",
                     "Backorders allowed?": "0", "Sold individually?": "1" if p["cat"] == "engagement ring" else "0",
                     "Allow customer reviews?": "1", "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "insured" if prng.random() < 0.25 else "", "Images": ", ".join(HOST + fn for fn, _, _ in imgs),
                     "Position": "0"})
        if prng.random() < 0.5:
            base["Weight (g)"] = f"{vs[0].grams:.2f}".rstrip("0").rstrip(".")
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size (US)", "Metal", "Chain Length", "Bangle Size") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.compare or v.price)
            base["Sale price"] = money(v.price) if v.compare else ""
            v.sku = parent_sku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.2 else f"ZGD-{p['serial']:04d}-" + "-".join(slugify(o).upper()[:5] for o in v.opts)
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
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size (US)", "Metal", "Chain Length", "Bangle Size") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        for tv, v in zip(truth["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        if p.get("for"):
            truth["for"] = p["for"]
        fields = {"title": p["title"], "body": p["short"] + "\n" + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = third_common.read_evidence(truth, fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"dxb {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
