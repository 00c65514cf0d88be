"""Plan of the Thrissur shop: Sree Pooram Gold & Diamonds, Round South (INR).

Shopify product export (classic header plus the Markets columns).  Kerala
listing habits: 916 KDM / BIS HUID, weights in grams and pavan (8 g),
"VA" (value addition) instead of making charges, Malayalam names for pieces
(mala, thali, minnu, jimikki, kammal, mookkuthi, mothiram, vala, padasaram,
nettichutti, aranjanam) and stones (maanikyam, marakatham, pushparagam,
neelam), "1 gram gold" / "gold covering" pieces that are plated silver.
"""

from __future__ import annotations

import os
import random

import render
from fifth_common import FMETALS, FSTONES, fifth_evidence, fifth_truth, inr, safe_number
from fresh_common import Variant, money, options_text, slugify, wchoice

HOST = "https://cdn.heldout-thr.example/files/"
CURRENCY = "INR"
SEED = 2611

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item",
    "Included / India", "Included / International", "Price / International", "Compare At Price / International",
    "Status",
]

VENDORS = ["Sree Pooram", "Sree Pooram Gold & Diamonds", "Sree Pooram", "SPG Covering", "SPG Diamonds"]

TAX = "Apparel & Accessories > Jewelry > "
TAXONOMY = {"necklace": "Necklaces", "choker": "Necklaces", "mangalsutra": "Necklaces", "chain": "Necklaces",
            "pendant": "Charms & Pendants", "earrings": "Earrings", "jhumka": "Earrings", "ring": "Rings",
            "engagement ring": "Rings", "wedding band": "Rings", "toe ring": "Rings", "bangle": "Bracelets",
            "kada": "Bracelets", "bracelet": "Bracelets", "anklet": "Anklets", "nose pin": "Body Jewelry",
            "maang tikka": "", "brooch": "Brooches & Lapel Pins", "waist chain": "Body Jewelry"}

RENDER_KIND = {"waist chain": "chain"}

# rupees per gram before VA, per carat of stone
RATE = {"Y22": 11200, "Y18": 9150, "W18": 9150, "R18": 9150, "PT": 3650, "AG": 140, "S925": 150, "GPS": 165, "RGPS": 165}
STONE_RATE = {"diamond": 78000, "ruby": 5200, "emerald": 6800, "blue sapphire": 14000, "yellow sapphire": 11000,
              "navratna": 3800}


def D(key, cat, n, names, style, metals, stones, grams, types, catwords, axes=(), tags=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, catwords=catwords, axes=list(axes), tags=list(tags))
    d.update(kw)
    return d


DESIGNS = [
    D("chain", "chain", 16, ["Rope", "Box", "Anchor", "Kerala Link", "Singapore", "Lotus", "Figaro", "Gents Curb"], "rope",
      [("Y22", 7), ("Y18", 1), ("S925", 2)], [(None, 1)], (6, 32), ["Chains", "Chain", ""], ["Chain", "Chain", "Mala Chain"],
      axes=[("pavan", 0.35), ("len", 0.4)], tags=["chain", "daily wear", "gents", "light weight"]),
    D("kasu", "necklace", 8, ["Kasu Mala", "Lakshmi Kasu Mala", "Kasu Mala (Long)", "Temple Kasu Mala"], "temple",
      [("Y22", 5), ("GPS", 3)], [(None, 3), ("red cz", 1)], (24, 80), ["Mala", "Necklace", "Temple Jewellery"], ["", "Necklace", ""],
      tags=["kerala traditional", "temple", "bridal", "onam"]),
    D("palakka", "necklace", 8, ["Palakka Mala", "Palakka Necklace", "Green Palakka Mala", "Palakka Mala Set"], "haar",
      [("Y22", 5), ("GPS", 3)], [("green cz", 4), ("emerald", 1), ("red cz", 1)], (22, 60), ["Mala", "Necklace", "Bridal"],
      ["", "", "Mala"], tags=["palakka", "kerala traditional", "bridal"], others=["pearl"], p_other=0.4),
    D("manga", "necklace", 6, ["Manga Mala", "Mango Mala", "Manga Malai"], "temple",
      [("Y22", 4), ("GPS", 2)], [(None, 2), ("ruby", 1), ("red cz", 1)], (30, 70), ["Mala", "Necklace"], ["", "Necklace"],
      tags=["kerala traditional", "bridal", "hindu bridal"]),
    D("mulla", "necklace", 6, ["Mullamottu Mala", "Mulla Mottu Mala", "Jasmine Bud Mala"], "beaded",
      [("Y22", 4), ("GPS", 2)], [(None, 1)], (18, 46), ["Mala", "Necklace", ""], ["", "Necklace"],
      tags=["kerala traditional", "light weight", "mullamottu"]),
    D("kazhuthila", "choker", 7, ["Kazhuthila", "Nagapadam Kazhuthila", "Kazhuthila Choker", "Lakshmi Kazhuthila"], "choker",
      [("Y22", 4), ("GPS", 3)], [(None, 3), ("red cz", 1), ("green cz", 1), ("ruby", 1)], (20, 50), ["Choker", "Necklace", "Bridal"],
      ["", "Choker"], tags=["kerala traditional", "bridal", "choker"]),
    D("dianeck", "necklace", 5, ["Diamond Necklace", "Floral Diamond Necklace", "Diamond Line Necklace", "Reception Diamond Necklace"],
      "diamond", [("Y18", 2), ("W18", 1), ("R18", 1)], [("diamond", 1)], (14, 30), ["Diamond", "Necklace"], ["", ""],
      tags=["diamond", "reception", "christian bridal"]),
    D("thali", "mangalsutra", 8, ["Ela Thali", "Aalila Thali", "Minnu", "Poothali", "Kuzhal Thali", "Thali"], "vati",
      [("Y22", 6), ("Y18", 1)], [(None, 4), ("diamond", 1)], (8, 28), ["Thali Chain", "Wedding", ""],
      ["Chain", "Thali Chain", "Chain with Thali"], axes=[("len", 0.4)], tags=["wedding", "thali", "marriage"]),
    D("pendant", "pendant", 16, ["Minnu", "Kurishu", "Om", "Guruvayurappan", "Allah", "Heart", "Initial A", "Aana",
                                  "Diamond Pathakkam", "Sacred Heart"], "coin",
      [("Y22", 5), ("Y18", 3), ("S925", 2), ("RGPS", 1)], [(None, 4), ("diamond", 2), ("ruby", 1), ("cz", 1)], (1.5, 8),
      ["Pendants", "Locket", ""], ["Pendant", "Locket", "Pathakkam"], tags=["gift", "pendant", "religious"]),
    D("jimikki", "jhumka", 14, ["Jimikki", "Jimikki Kammal", "Muthu Jimikki", "Kalli Jimikki", "Meena Jimikki", "Mayil Jimikki"],
      "jhumka", [("Y22", 5), ("GPS", 4), ("AG", 1)], [(None, 3), ("pearl", 2), ("ruby", 1), ("green cz", 1), ("cz", 1)], (5, 22),
      ["Jimikki", "Earrings", ""], ["", "Jhumka", ""], axes=[("jsize", 0.35), ("stone", 0.3)], tags=["jimikki", "onam", "college"]),
    D("kammal", "earrings", 14, ["Kammal", "Flower Kammal", "Diamond Kammal", "Solitaire Studs", "Diamond Shape Kammal",
                                  "Leaf Studs", "Seven Stone Kammal"], "stud",
      [("Y22", 4), ("Y18", 3), ("W18", 1), ("R18", 2), ("S925", 1)], [("diamond", 3), ("cz", 2), (None, 2), ("ruby", 1)], (1.5, 6),
      ["Earrings", "Kammal", "Diamond"], ["", "Studs", "Earrings"], axes=[("gcol", 0.3)], tags=["daily wear", "office wear", "kids"]),
    D("bali", "earrings", 6, ["Bali", "Hoop Bali", "Plain Bali", "Stone Bali"], "hoop",
      [("Y22", 3), ("Y18", 1), ("R18", 1)], [(None, 2), ("cz", 1)], (2, 9), ["Earrings", ""], ["Earrings", "Hoops", ""],
      tags=["daily wear", "light weight"]),
    D("drops", "earrings", 5, ["Drops", "Pear Drops", "Tear Drops"], "drop",
      [("Y18", 2), ("W18", 1), ("Y22", 1)], [("pearl", 1), ("blue sapphire", 1), ("ruby", 1)], (3, 9), ["Earrings", ""],
      ["Earrings", "Earrings"], tags=["party wear"]),
    D("mookkuthi", "nose pin", 10, ["Mookkuthi", "Single Stone Mookkuthi", "Flower Mookkuthi", "Nath"], "flower",
      [("Y22", 3), ("Y18", 3), ("W18", 1)], [("diamond", 3), ("cz", 1), ("ruby", 1), (None, 1)], (0.3, 2),
      ["Nose Pin", ""], ["", "Nose Pin", "Nosepin"], axes=[("npin", 0.5)], tags=["mookkuthi", "daily wear"]),
    D("nettichutti", "maang tikka", 5, ["Nettichutti", "Lakshmi Nettichutti", "Bridal Nettichutti"], None,
      [("Y22", 2), ("GPS", 3)], [("ruby", 1), ("green cz", 1), ("pearl", 1), ("red cz", 1)], (4, 14), ["Bridal", ""],
      ["", "Maang Tikka", "Tikka"], tags=["bridal", "hindu bridal"]),
    D("mothiram", "ring", 18, ["Navaratna Mothiram", "Maanikyam Mothiram", "Marakatham Mothiram", "Pushparagam Mothiram",
                                "Ceylon Neelam Mothiram", "Gents Signet", "Cocktail", "Leaf", "Guruvayurappan", "Stone Mothiram"],
      "bezel", [("Y22", 5), ("Y18", 2), ("W18", 1), ("S925", 1)], [(None, 1)], (2.5, 12), ["Rings", "Mothiram", ""],
      ["Ring", "Mothiram", "Ring"], axes=[("rsize", 0.75)], tags=["rings", "astrology", "gents"]),
    D("solitaire", "engagement ring", 7, ["Solitaire", "Manasammatham Ring", "Halo Solitaire", "Twin Heart"], "solitaire",
      [("W18", 2), ("PT", 2), ("R18", 1), ("Y18", 1)], [("diamond", 1)], (2.5, 5), ["Rings", "Engagement", "Diamond"],
      ["Engagement Ring", "Ring", "Solitaire Ring"], axes=[("rsize", 0.8)], tags=["engagement", "manasammatham", "christian bridal"]),
    D("band", "wedding band", 7, ["Couple Band", "Wedding Ring", "Platinum Love Band", "Milgrain Band", "Platinum-finish Band"],
      "wedding", [("PT", 3), ("Y22", 2), ("R18", 1)], [(None, 3), ("diamond", 1)], (3.5, 8), ["Rings", "Wedding"],
      ["Band", "", "Wedding Band"], axes=[("rsize", 0.9)], tags=["wedding", "christian bridal", "couple"]),
    D("vala", "bangle", 14, ["Vala", "Plain Vala", "Nakshi Vala", "Stone Vala", "Machine Cut Vala", "Kerala Vala", "Baby Vala"],
      "pair", [("Y22", 6), ("GPS", 3), ("R18", 1)], [(None, 4), ("cz", 1), ("ruby", 1)], (12, 40), ["Bangles", "Vala", ""],
      ["", "Bangles", "Bangle"], axes=[("bsize", 0.75)], tags=["bangles", "pair", "bridal"]),
    D("kada", "kada", 6, ["Gents Kada", "Kaappu", "Lion Kada", "Rudraksha Kada"], "plain",
      [("Y22", 3), ("AG", 1)], [(None, 1)], (10, 45), ["Bangles", "Gents", ""], ["Kada", "", "Kada"], tags=["gents", "kada"]),
    D("bracelet", "bracelet", 9, ["Kai Chain", "Bracelet", "Tennis Bracelet", "Gents Bracelet", "Charm Bracelet"], "chain",
      [("Y22", 3), ("Y18", 2), ("W18", 1), ("S925", 2)], [(None, 3), ("diamond", 1), ("cz", 1)], (4, 22), ["Bracelets", ""],
      ["", "Bracelet", "Bracelet"], tags=["bracelet", "gift"]),
    D("padasaram", "anklet", 8, ["Padasaram", "Kolusu", "Thala", "Ghungroo Padasaram"], "pair",
      [("AG", 3), ("S925", 1), ("GPS", 1)], [(None, 1)], (18, 70), ["Silver", "Anklets", ""], ["", "Anklet", "Payal"],
      tags=["silver", "kids", "padasaram"]),
    D("metti", "toe ring", 4, ["Metti", "Kaal Mothiram", "Fish Metti"], "toe",
      [("AG", 1)], [(None, 1)], (3, 8), ["Silver", ""], ["Toe Ring", "", "Toe Rings"], tags=["silver", "wedding"]),
    D("sareepin", "brooch", 4, ["Saree Pin", "Peacock Saree Pin", "Brooch"], "flower",
      [("Y22", 2), ("GPS", 2)], [(None, 1), ("ruby", 1), ("cz", 1)], (3, 9), ["Accessories", ""], ["", "Brooch"],
      tags=["saree pin", "gift"]),
    D("aranjanam", "waist chain", 4, ["Aranjanam", "Baby Aranjanam", "Arinjanam"], "rope",
      [("Y22", 1), ("AG", 1)], [(None, 1)], (4, 24), ["Kids", ""], ["", "Waist Chain"], tags=["kids", "naming ceremony"]),
]

STONE_WORDS = {
    "diamond": ["Diamond", "IGI Certified Diamond", "VVS-EF Diamond", "Diamond"],
    "ruby": ["Ruby", "Burma Ruby", "Ruby (Maanikyam)"],
    "emerald": ["Emerald", "Zambian Emerald", "Emerald (Marakatham)"],
    "blue sapphire": ["Ceylon Blue Sapphire", "Blue Sapphire", "Neelam"],
    "yellow sapphire": ["Yellow Sapphire", "Pushparagam (Yellow Sapphire)", "Pukhraj"],
    "pearl": ["Pearl", "Freshwater Pearl", "Pearl"],
    "cz": ["CZ", "Zircon", "American Diamond", "CZ"],
    "green cz": ["Green CZ", "Green Zircon", "Palakka Green CZ"],
    "red cz": ["Red CZ", "Red Zircon"],
    "navratna": ["Navaratna", "Navratna"],
}
NAME_STONE = {"Navaratna Mothiram": "navratna", "Maanikyam Mothiram": "ruby", "Marakatham Mothiram": "emerald",
              "Pushparagam Mothiram": "yellow sapphire", "Ceylon Neelam Mothiram": "blue sapphire",
              "Cocktail": "cz", "Stone Mothiram": "red cz", "Diamond Kammal": "diamond", "Solitaire Studs": "diamond",
              "Diamond Pathakkam": "diamond", "Diamond Necklace": "diamond", "Floral Diamond Necklace": "diamond",
              "Diamond Line Necklace": "diamond", "Reception Diamond Necklace": "diamond", "Tennis Bracelet": "diamond",
              "Seven Stone Kammal": "diamond", "Single Stone Mookkuthi": "diamond", "Muthu Jimikki": "pearl",
              "Stone Vala": "cz", "Stone Bali": "cz", "Green Palakka Mala": "green cz"}
NAME_PLAIN = {"Diamond Shape Kammal", "Plain Vala", "Plain Bali", "Gents Signet", "Leaf", "Guruvayurappan", "Kurishu",
              "Machine Cut Vala", "Nakshi Vala", "Baby Vala", "Rudraksha Kada", "Lion Kada", "Platinum-finish Band"}
# names that read like a stone or metal they are not (masked for the contradiction check, listed in `traps`)
NAME_TRAPS = {"Diamond Shape Kammal": "Diamond Shape", "Platinum-finish Band": "Platinum-finish"}

AXES = {
    "len": ("Length", [("16 inch", 0.88), ("18 inch", 1.0), ("20 inch", 1.11), ("22 inch", 1.22), ("24 inch", 1.33)]),
    "pavan": ("Weight", [("1 Pavan (8 g)", 1.0), ("1.5 Pavan (12 g)", 1.5), ("2 Pavan (16 g)", 2.0), ("3 Pavan (24 g)", 3.0)]),
    "bsize": ("Size", [("2.2", 0.92), ("2.4", 0.97), ("2.6", 1.0), ("2.8", 1.05)]),
    "rsize": ("Ring Size", [("8", 0.95), ("10", 0.97), ("12", 1.0), ("14", 1.02), ("16", 1.04), ("18", 1.06), ("20", 1.08)]),
    "jsize": ("Size", [("Small", 0.7), ("Medium", 1.0), ("Big", 1.4)]),
    "npin": ("Screw / Press", [("Screw", 1.0), ("Press", 1.0)]),
}


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def metal_phrase(rng, code, colour, karat):
    if code == "Y22":
        if colour:
            return rng.choice(["916 KDM Gold", "22ct Gold", "22K 916 Gold", "916 Hallmarked Gold", "22 Carat Gold", "916 Gold"])
        return "Gold"
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18K {cw} Gold", f"18ct {cw} Gold", f"{cw} Gold 18K", f"750 {cw} Gold"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18K Gold", "18ct Gold", "18 Karat (750) Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Pt 950 Platinum", "Platinum (Pt950)"]) if colour else ""
    if code == "S925":
        return rng.choice(["925 Sterling Silver", "92.5 Silver", "Sterling Silver"]) if colour else ""
    if code == "AG":
        return rng.choice(["Pure Silver", "Silver", "Kerala Silver"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Micro Gold Plated 92.5 Silver", "Gold Plated Silver", "Gold Polish on 92.5 Silver"]) if colour \
            else rng.choice(["1 Gram Gold", "Gold Covering", "One Gram Gold"])
    if code == "RGPS":
        return rng.choice(["Rose Gold Plated Silver", "Rose Gold Polish 925"]) if colour else ""
    raise KeyError(code)


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
    if name.startswith("Gents") or name in ("Lion Kada", "Rudraksha Kada"):
        p["for"] = "men"
    if name in ("Kaappu", "Baby Vala", "Thala", "Baby Aranjanam", "Aranjanam", "Arinjanam") or (name == "Kolusu" and i % 2):
        p["for"] = "kids"
    if name == "Platinum-finish Band":
        code = "S925"
    if name in ("Platinum Love Band",):
        code = "PT"
    if name in ("Minnu", "Kurishu", "Sacred Heart") and code in ("RGPS",):
        code = "Y22"
    if code in ("AG", "S925", "GPS", "RGPS") and stone in ("diamond", "ruby", "emerald", "blue sapphire", "yellow sapphire", "navratna"):
        stone = "cz" if stone == "diamond" else ("red cz" if stone == "ruby" else ("green cz" if stone == "emerald" else stone))
        if stone in ("blue sapphire", "yellow sapphire", "navratna"):
            code = "Y22"
    if code == "PT" and stone is None and cat == "engagement ring":
        stone = "diamond"
    p["code"], p["stone"] = code, stone
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob or len(axes) >= 2:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "pavan" and code != "Y22":
                continue
            if ax == "len" and any(a[0] == "Weight" for a in axes):
                continue
            if ax in ("len", "rsize", "pavan"):
                k = rng.randint(2, 4) if ax != "rsize" else rng.randint(3, 5)
                st = rng.randint(0, len(vals) - k)
                vals = vals[st:st + k]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "stone" and stone in ("ruby", "pearl", "green cz", "cz"):
            alts = [stone] + [a for a in ("ruby", "pearl", "green cz") if a != stone]
            if code in ("GPS", "AG"):
                alts = [("red cz" if a == "ruby" else a) for a in alts]
            alts = alts[:rng.randint(2, 3)]
            lab = {"ruby": "Ruby", "red cz": "Red Stone", "pearl": "Pearl", "green cz": "Green Stone", "cz": "White Stone"}
            axes.append(("Stone", [(lab[a], {"stone": a}) for a in alts]))
        elif ax == "gcol" and code in ("Y18", "R18", "W18"):
            cols = ["Y18", "R18", "W18"]
            cols = [code] + [c for c in cols if c != code]
            lab = {"Y18": "18K Yellow", "R18": "18K Rose", "W18": "18K White"}
            axes.append(("Metal", [(lab[c], {"code": c}) for c in cols[:rng.randint(2, 3)]]))
    if code == "Y22" and not axes and cat in ("bangle", "jhumka", "pendant", "earrings") and rng.random() < 0.15:
        axes.append(("Purity", [("22K (916)", {"code": "Y22"}), ("18K (750)", {"code": "Y18"})]))
    p["axes"] = axes
    g0 = round(rng.uniform(*d["grams"]), 3)
    if any(nm == "Weight" for nm, _ in axes):
        g0 = round(rng.uniform(7.96, 8.04), 3)  # the Weight option names the pavan (8 g) the piece is made to
    carat = None
    if stone == "diamond":
        carat = rng.choice([0.06, 0.1, 0.12, 0.18, 0.25, 0.33, 0.5]) * (5 if cat in ("necklace", "bracelet") else 1)
        if cat == "engagement ring":
            carat = rng.choice([0.3, 0.4, 0.5, 0.7, 1.0, 1.5])
        carat = round(carat, 2)
    p["carat"] = carat
    stone_ct = carat or (rng.uniform(0.8, 4.5) if stone in STONE_RATE else 0)
    va = rng.choice([0.06, 0.08, 0.09, 0.1, 0.12, 0.14, 0.16, 0.18])
    p["va"] = va
    labour = rng.choice([300, 450, 650, 900])
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vs, f = code, stone, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
        grams = g0 * f
        price = grams * RATE[vc] * (1 + va) + stone_ct * STONE_RATE.get(vs, 0)
        if vs == "pearl":
            price += 1800
        if vs in ("cz", "green cz", "red cz"):
            price += 450 if vc in ("Y22", "Y18", "R18", "W18") else 250
        if vc in ("AG", "S925", "GPS", "RGPS"):
            price += labour
        variants.append(Variant([v for v, _ in combo], vc, vs, r10(price * 1.03), None, grams))
    if rng.random() < 0.15:
        disc = rng.choice([0.05, 0.08, 0.1])
        for v in variants:
            v.compare = v.price
            v.price = r10(v.price * (1 - disc))
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.3
    if d.get("others") and stone and rng.random() < d.get("p_other", 0):
        p["others"] = [o for o in d["others"] if o != FSTONES[stone][0]]
    write_listing(rng, p, name)
    return p


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    col_loc = wchoice(rng, [("title", 46), ("body", 26), ("tags", 9), ("photo", 7)])
    if any(n in ("Metal", "Purity") for n in names) and rng.random() < 0.75:
        col_loc = "options"
    kar_loc = col_loc if code == "Y22" else wchoice(rng, [("title", 40), ("body", 40), ("tags", 10), ("none", 10)])
    if code == "Y22" and col_loc in ("photo", "options"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 48), ("body", 28), ("tags", 10), ("nowhere", 5)])
        if "Stone" in names and rng.random() < 0.7:
            st_loc = "options"
    cat_loc = "title" if rng.random() < 0.88 else rng.choice(["type", "body"])
    traps = []
    if name in NAME_TRAPS and NAME_TRAPS[name]:
        traps.append(NAME_TRAPS[name])
    if code == "GPS":
        traps += ["1 Gram Gold", "One Gram Gold", "Gold Covering"]
    # a design name that names its stone puts the stone in the title
    name_names_stone = any(w in name for w in ("Diamond", "Muthu", "Palakka", "Navaratna", "Maanikyam", "Marakatham",
                                               "Pushparagam", "Neelam", "Stone", "Solitaire"))
    if name_names_stone and stone and name not in NAME_TRAPS:
        st_loc = "title"
    m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title" or rng.random() < 0.25) else ""
    if code in ("PT", "AG", "S925", "RGPS") and col_loc != "title":
        m_title = ""
    s_title = ""
    if st_loc == "title" and not name_names_stone:
        s_title = rng.choice(STONE_WORDS[stone])
    if st_loc == "title" and name_names_stone and stone in ("ruby", "emerald", "blue sapphire", "yellow sapphire") and rng.random() < 0.5:
        s_title = ""  # "Maanikyam Mothiram" alone: the stone only in Malayalam
        if rng.random() < 0.5:
            name = name + " (" + {"ruby": "Ruby", "emerald": "Emerald", "blue sapphire": "Blue Sapphire",
                                  "yellow sapphire": "Yellow Sapphire"}[stone] + " Ring)"
    if stone == "green cz" and s_title and rng.random() < 0.5:
        s_title = "Emerald-look Green"
        traps.append("Emerald-look")
    if name == "Meena Jimikki" and stone != "ruby" and rng.random() < 0.7:
        name = "Ruby Meena Jimikki"
        traps.append("Ruby Meena")
    catword = rng.choice(d["catwords"]) if cat_loc == "title" else ""
    if catword and catword.lower().split()[0][:5] in name.lower():
        catword = ""
    core = " ".join(x for x in (s_title, name, catword) if x)
    wt = ""
    if code == "Y22" and cat in ("chain", "necklace", "mangalsutra", "bangle", "choker") and rng.random() < 0.35 and "Weight" not in names:
        pv = p["variants"][0].grams / 8
        wt = f"{pv:.1f} Pavan".replace(".0 ", " ") if abs(pv * 2 - round(pv * 2)) < 0.05 else ""
        wt = wt or (safe_number(lambda x: f"{x:.2f}g", p["variants"][0].grams, 0.01)[0])
    form = rng.random()
    if not m_title:
        title = core
    elif form < 0.3:
        title = f"{m_title} {core}"
    elif form < 0.55:
        title = f"{core} | {m_title}"
    elif form < 0.8:
        title = f"{core} - {m_title}"
    else:
        title = f"{core} in {m_title}"
    if wt:
        title += rng.choice([f" ({wt})", f" - {wt}", f" {wt}"])
    if p.get("for") == "kids" and "Baby" not in title and rng.random() < 0.6:
        title += rng.choice([" for Kids", " (Baby)"])
    if rng.random() < 0.1:
        title = title.upper()
    if rng.random() < 0.05:
        title = "  ".join(title.split(" ", 1)) if " " in title else title  # a double space, as typed in admin
    p["title"] = title
    p["body"] = write_body(rng, p, name, col_loc, kar_loc, st_loc, cat_loc)
    p["tags"] = write_tags(rng, p, col_loc, kar_loc, st_loc)
    typ = rng.choice(d["types"])
    if typ in ("Silver",) and code not in ("AG", "S925"):
        typ = ""
    if typ == "Diamond" and stone != "diamond":
        typ = ""
    if cat_loc == "type":
        typ = {"necklace": "Necklace", "choker": "Choker", "mangalsutra": "Thali Chain", "chain": "Chains",
               "pendant": "Pendants", "jhumka": "Jimikki / Jhumka", "earrings": "Earrings", "nose pin": "Nose Pin",
               "maang tikka": "Maang Tikka", "ring": "Rings", "engagement ring": "Engagement Rings",
               "wedding band": "Wedding Bands", "bangle": "Bangles", "kada": "Kada", "bracelet": "Bracelets",
               "anklet": "Anklets", "toe ring": "Toe Ring", "brooch": "Brooch", "waist chain": "Waist Chain"}[cat]
    p["type"] = typ
    p["traps"] = traps
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)


OPENERS = {
    "necklace": ["Traditional Kerala {n}, the kind worn for Guruvayur weddings.", "Our {n}, hand finished in Thrissur.",
                 "A {n} for the bride, made in our Round South workshop."],
    "choker": ["{n} that sits close at the neck.", "A bridal {n} choker."],
    "mangalsutra": ["{n} on a gold chain (thali chain), for the wedding day.", "A {n} with its chain."],
    "chain": ["{n} chain, S-hook / lobster clasp.", "Hollow-free {n} chain for daily wear."],
    "pendant": ["{n} pendant (pathakkam).", "A {n} locket, a favourite gift for baptism and birthdays."],
    "jhumka": ["A pair of {n} (jhumkas) with the bell drop.", "{n} jimikki, sold as a pair."],
    "earrings": ["A pair of {n} earrings.", "{n} studs, screw back, sold as a pair."],
    "nose pin": ["{n} nose pin.", "A dainty {n} nose pin."],
    "maang tikka": ["{n} for the forehead (maang tikka), with hook.", "A bridal {n} tikka."],
    "ring": ["{n} finger ring.", "A {n} ring made to your size."],
    "engagement ring": ["{n} engagement ring for the manasammatham.", "A {n} engagement ring."],
    "wedding band": ["{n}: wedding band, priced per piece.", "A {n} wedding band, priced per band."],
    "bangle": ["{n} bangles, price for a pair.", "A pair of {n} bangles."],
    "kada": ["{n} kada with screw opening.", "A solid {n} kada."],
    "bracelet": ["{n} bracelet.", "A {n} bracelet with box clasp."],
    "anklet": ["{n} anklets, pair.", "A pair of {n} anklets with small bells."],
    "toe ring": ["{n} toe rings, a pair, adjustable.", "A pair of {n} toe rings."],
    "brooch": ["{n}, a brooch for the saree pleats.", "A {n} brooch."],
    "waist chain": ["{n}: waist chain for the baby's naming ceremony (noolukettu).", "A {n} waist chain."],
}


def write_body(rng, p, name, col_loc, kar_loc, st_loc, cat_loc):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    bits = []
    if cat_loc == "body" or rng.random() < 0.5:
        bits.append(f"<p>{rng.choice(OPENERS[cat]).format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(['Made in Thrissur.', 'From our Round South showroom.', 'Light weight, daily wear design.'])}</p>")
    rows = []
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    if mb and (col_loc == "body" or kar_loc == "body"):
        rows.append(("Purity" if code == "Y22" else "Metal", mb))
    elif code in ("GPS",) and rng.random() < 0.5:
        rows.append(("Material", mb))
    if code in ("Y22", "Y18", "W18", "R18") and (col_loc == "body" or kar_loc == "body"):
        rows.append(("Hallmark", "BIS, HUID " + "".join(rng.choice("ABDEFGHJMNPQRSUVWXYZ") for _ in range(2))
                     + str(rng.randint(2, 8)) + "".join(rng.choice("ABDEFGHJMNPQRSUVWXYZ") for _ in range(3))))
    g = p["variants"][0].grams
    gs, _ = safe_number(lambda x: f"{x:.3f} g", g, 0.011)
    rows.append(("Gross Wt", gs + (f" ({g / 8:.1f} pavan)" if g >= 8 and code == "Y22" and rng.random() < 0.5 else "")))
    if code in ("Y22", "Y18", "W18", "R18", "PT") and rng.random() < 0.6:
        rows.append(("VA", f"{int(p['va'] * 100)}%"))
    if stone and st_loc == "body":
        sw = rng.choice(STONE_WORDS[stone])
        rows.append(("Stone", sw + (f", {p['carat']} ct" if p.get("carat") else "")))
    elif stone == "diamond" and st_loc == "title" and rng.random() < 0.5:
        rows.append(("Diamond Wt", f"{p['carat']} ct, IGI certified"))
    if p.get("others") and st_loc in ("body", "title"):
        rows.append(("With", "pearl drops"))
    if rng.random() < 0.4:
        price0 = p["variants"][0].price
        ps, _ = safe_number(lambda x: "Rs. " + inr(x) + " (incl. 3% GST)", price0, 0)
        rows.append(("Price", ps))
    table = "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
    bits.append(table)
    if code == "GPS" and col_loc != "body" and rng.random() < 0.5:
        bits.append("<p>Covering item: exchange not available.</p>")
    if rng.random() < 0.3:
        bits.append("<p>" + rng.choice(["Rates change daily; the price is updated every morning.",
                                        "Exchange available at our showroom.",
                                        "Free insured delivery across Kerala.",
                                        "Call / WhatsApp for video call shopping."]) + "</p>")
    body = "\n".join(bits)
    if rng.random() < 0.04 and col_loc != "body" and st_loc != "body" and cat_loc != "body" and kar_loc != "body":
        body = ""
    return body


def write_tags(rng, p, col_loc, kar_loc, st_loc):
    d, code, stone = p["d"], p["code"], p["stone"]
    tags = list(rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 3))))
    tags += rng.sample(["Thrissur", "new arrivals", "Akshaya Tritiya", "Vishu", "Onam", "wedding collection", "best seller"],
                       k=rng.randint(0, 2))
    if col_loc == "tags":
        tags.append({"Y22": "916", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "PT": "platinum",
                     "AG": "silver", "S925": "925 silver", "GPS": "gold plated", "RGPS": "rose gold plated"}[code])
    if kar_loc == "tags" and code in ("Y18", "W18", "R18"):
        tags.append("18K")
    if st_loc == "tags":
        tags.append({"diamond": "diamond", "ruby": "ruby", "emerald": "emerald", "blue sapphire": "blue sapphire",
                     "yellow sapphire": "yellow sapphire", "pearl": "pearl", "cz": "CZ", "green cz": "green CZ",
                     "red cz": "red CZ", "navratna": "navaratna"}[stone])
    bad = set()
    if code not in ("AG", "S925") or col_loc != "tags":
        bad |= {"silver"}
    if stone != "diamond":
        bad |= {"diamond"}
    if stone not in ("green cz", "emerald"):
        bad |= {"palakka"}
    out = []
    for t in tags:
        if t.lower() in bad and not (t == "silver" and col_loc == "tags"):
            continue
        if t not in out:
            out.append(t)
    if p.get("for") == "kids" and "kids" not in out:
        out.append("kids")
    return out


def render_spec(p, code, stone):
    d, cat = p["d"], p["cat"]
    spec = {"kind": RENDER_KIND.get(cat, cat), "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = d["style"]
    if cat == "pendant":
        spec["pendant"] = {None: "temple", "diamond": "cluster"}.get(stone, "round")
        if "Heart" in p["title"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = {"navratna": "cocktail", "cz": "cocktail", "diamond": "flower", None: "signet"}.get(stone, "bezel")
    elif cat == "nose pin":
        spec["style"] = "nath" if "Nath" in p["title"] else ("stud" if stone is None else "flower")
    elif cat == "bangle" and stone is None and p["serial"] % 3 == 0:
        spec["style"] = "carved"
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone == "diamond" else ("curb" if "Gents" in p["title"] else "chain")
    elif st:
        spec["style"] = st
    return spec


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "thr_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 4100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
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
    for k in idx[:5]:
        prods[k]["status"] = "draft"
    for k in idx[5:8]:
        prods[k]["status"] = "archived"
    broken = set(idx[8:12])
    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        main_name = f"{h}.jpg" if prng.random() < 0.5 else f"SPG-{p['serial']}_1.jpg"
        imgs = []
        if is_broken:
            imgs.append((prng.choice([f"{h}-final.jpg", f"WhatsApp-Image-2026-0{prng.randint(1, 9)}-1{prng.randint(0, 9)}.jpeg",
                                      f"SPG-{p['serial']}.JPG"]), None, None))
        else:
            imgs.append((main_name, main_spec, 9100 + p["serial"]))
        var_img, axis_idx = {}, None
        for a, (nm, vals) in enumerate(p["axes"]):
            if any("code" in mod or "stone" in mod for _, mod in vals):
                axis_idx = a
        if axis_idx is not None and not is_broken:
            vals = p["axes"][axis_idx][1]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                if (sp["metal"], sp.get("stone"), sp.get("stone_rgb")) == (main_spec["metal"], main_spec.get("stone"), main_spec.get("stone_rgb")):
                    continue
                fn = f"{h}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 9100 + p["serial"] + 37 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.3:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-side.jpg").replace("_1-side", "_2"), sp, 9900 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vtag = 1760000000 + p["serial"] * 379
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        for v in vs:
            v.sku = "" if prng.random() < 0.06 else f"SPG{p['serial']}" + "".join("-" + slugify(o).upper().replace("-", "")[:4] for o in v.opts)
        for j in range(max(len(vs), len(imgs))):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product Category": (TAX + TAXONOMY[p["cat"]]) if TAXONOMY[p["cat"]] and prng.random() < 0.75 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE",
                          "Status": p["status"]})
                for a, nm in enumerate(names or ["Title"]):
                    r[f"Option{a + 1} Name"] = nm
                if prng.random() < 0.2:
                    r["SEO Title"] = f"{p['title'].strip()} | Sree Pooram Thrissur"
                    r["SEO Description"] = "Buy online from Sree Pooram Gold & Diamonds, Round South, Thrissur. BIS hallmarked."
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))), "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Qty": str(0 if prng.random() < 0.12 else prng.randint(1, 5)),
                          "Variant Inventory Policy": "continue" if p["cat"] in ("necklace", "choker", "mangalsutra") else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g",
                          "Included / India": "TRUE", "Included / International": "FALSE" if p["code"] in ("Y22",) else "TRUE"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
                if prng.random() < 0.1:
                    r["Cost per item"] = money(r10(v.price * 0.84))
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        written = " ".join([p["title"], p["body"], ", ".join(p["tags"]), options_text(p["axes"])]).lower()
        for word, real in (("Marakatham", "emerald"), ("Maanikyam", "ruby")):
            if word.lower() in written and p["stone"] != real:
                p["traps"].append(word)  # the Malayalam name of a stone on a CZ ring
        p["traps"] = [t for t in p["traps"] if t.lower() in written]
        truth = fifth_truth(p, vs, names, CURRENCY, is_broken, main_spec,
                            None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                            ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        may = {"ruby", "emerald", "pearl", "diamond", "sapphire"} if p["stone"] == "navratna" else set()
        ev, problems = fifth_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"thr {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
