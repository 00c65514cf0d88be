"""Plan of the Hyderabad shop: Noor-e-Deccan Jewellers, Pathergatti (INR).

Shopify classic product export (Handle ... Status).  Pearls (Basra and
freshwater), polki / uncut, kundan (jadau), diamonds, rubies, emeralds, AD
(American Diamond = cubic zirconia), 22K and 18K gold, platinum couple
bands, 92.5 silver and gold-polished silver temple jewellery.
"""

from __future__ import annotations

import os
import random

import render
from fresh_common import (FMETALS, FSTONES, Variant, money, options_text, read_evidence, slugify,
                          truth_record, wchoice)

HOST = "https://cdn.heldout-hyd.example/files/"
CURRENCY = "INR"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Variant Image", "Variant Weight Unit", "Cost per item", "Status",
]

VENDORS = ["Noor-e-Deccan", "Noor-e-Deccan", "Noor e Deccan Jewellers", "NDJ Pearls", "NDJ Karkhana"]

TAXONOMY = {
    "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "choker": "Apparel & Accessories > Jewelry > Necklaces",
    "mangalsutra": "Apparel & Accessories > Jewelry > Necklaces",
    "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "jhumka": "Apparel & Accessories > Jewelry > Earrings",
    "ring": "Apparel & Accessories > Jewelry > Rings",
    "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings",
    "toe ring": "Apparel & Accessories > Jewelry > Rings",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "kada": "Apparel & Accessories > Jewelry > Bracelets",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "nose pin": "Apparel & Accessories > Jewelry > Body Jewelry",
    "maang tikka": "",
}

RENDER_KIND = {"jhumka": "jhumka", "bangle": "bangle", "kada": "kada"}

# rupees per gram of metal (before making charges) and per carat of stone
RATE = {"Y22": 6650, "Y18": 5450, "W18": 5450, "R18": 5450, "PT": 3400, "AG": 92, "S925": 92, "GPS": 105, "RGPS": 105}
STONE_RATE = {"diamond": 68000, "polki": 24000, "kundan": 0, "ruby": 3200, "emerald": 4200, "pearl": 0,
              "ad": 0, "ad red": 0, "ad green": 0, "ad pink": 0, "navratna": 2600, None: 0}


def D(key, cat, n, names, style, metals, stones, grams, types, catwords, axes=(), tags=(), others=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, catwords=catwords, axes=list(axes), tags=list(tags), others=list(others))
    d.update(kw)
    return d


DESIGNS = [
    D("satlada", "necklace", 7, ["Satlada", "Basra Moti Satlada", "Paanch Lada", "Teen Lada", "Nizami Satlada"], "beaded",
      [("Y22", 5), ("GPS", 2)], [("pearl", 1)], (28, 70), ["Pearl Jewellery", "Necklace Sets", "Bridal"],
      ["Haar", "Necklace", "Necklace Set"], tags=["basra", "nizami", "bridal"], pearl_kind="basra", others=["polki"], p_other=0.4),
    D("fwmala", "necklace", 7, ["Fresh Water Pearl Mala", "Double Line Moti Mala", "Rice Pearl Mala", "Pearl Mala"], "beaded",
      [("GPS", 3), ("S925", 2)], [("pearl", 1)], (18, 45), ["Pearl Jewellery", ""], ["Necklace", ""],
      axes=[("len", 0.5)], tags=["pearls", "daily wear", "gift"], pearl_kind="fw"),
    D("pearlchoker", "choker", 3, ["Basra Pearl Choker", "Moti Chintakh", "Pearl Collar"], "choker",
      [("Y22", 2), ("GPS", 1)], [("pearl", 1)], (30, 55), ["Pearl Jewellery"], ["Choker"], pearl_kind="basra", tags=["bridal"]),
    D("gutta", "necklace", 6, ["Guttapusalu", "Gutta Pusalu", "Guttapusala"], "haar",
      [("Y22", 1)], [("pearl", 1)], (45, 90), ["Necklace Sets", "Bridal", "Temple Jewellery"], ["Necklace", "Haar", "Necklace Set"],
      tags=["guttapusalu", "south indian bridal"], others=["ruby", "emerald"], p_other=1.0, pearl_kind="small"),
    D("polkichoker", "choker", 8, ["Chintakh", "Nizami Chintakh", "Jadau Chintakh", "Mughal", "Rajwadi"], "choker",
      [("Y22", 4), ("Y18", 2)], [("polki", 1)], (40, 85), ["Polki", "Bridal", "Necklace Sets"], ["Choker"],
      tags=["polki", "uncut", "bridal", "nizami"], others=["emerald", "pearl"], p_other=0.5),
    D("kundanset", "necklace", 6, ["Jadau Kundan", "Kundan Paisley", "Mughal Kundan", "Nemali (Peacock)", "Kundan Meenakari"], "haar",
      [("GPS", 3), ("Y22", 2)], [("kundan", 1)], (55, 120), ["Necklace Sets", "Kundan", ""], ["Necklace Set", "Haar", "Necklace"],
      tags=["kundan", "jadau", "sangeet"], others=["pearl"], p_other=0.5),
    D("adset", "necklace", 6, ["Zircon Floral", "AD Bridal", "Stone Studded", "Party Wear", "Cocktail"], "diamond",
      [("GPS", 2), ("RGPS", 2), ("S925", 1)], [("ad", 3), ("ad red", 1), ("ad green", 1)], (35, 70), ["AD Jewellery", "Necklace Sets"],
      ["Necklace Set", "Necklace"], axes=[("adcol", 0.6)], tags=["ad", "american diamond", "party wear", "reception"]),
    D("templehaar", "necklace", 5, ["Lakshmi Kasu", "Kasulaperu", "Nakshi Lakshmi", "Temple Mango", "Lakshmi"], "temple",
      [("GPS", 4), ("Y22", 1)], [(None, 3), ("pearl", 1)], (60, 140), ["Temple Jewellery", "Silver"], ["Haar", "Necklace"],
      tags=["temple jewellery", "kasu", "nakshi"]),
    D("templejhumka", "jhumka", 5, ["Lakshmi Temple", "Nakshi Temple", "Peacock Temple", "Temple Bell"], "jhumka",
      [("GPS", 4), ("AG", 1)], [(None, 2), ("pearl", 2)], (14, 32), ["Temple Jewellery", "Jhumkas", "Silver"], ["Jhumka", "Jhumkas", "Jhumki"],
      axes=[("polish", 0.4)], tags=["temple", "navratri"]),
    D("goldjhumka", "jhumka", 8, ["Bell", "Nizami", "Karnphool", "Meena", "Chandrika", "Umbrella"], "jhumka",
      [("Y22", 5), ("Y18", 1)], [(None, 3), ("pearl", 2), ("ruby", 2), ("polki", 1)], (8, 26), ["Jhumkas", "Earrings", ""],
      ["Jhumka", "Jhumkas", "Jhumki"], axes=[("stone", 0.5), ("jsize", 0.3)], tags=["jhumka", "festive"]),
    D("chandbali", "earrings", 7, ["Chandbali", "Nizami Chandbali", "Crescent Chandbali", "Chaand Bali"], "chandbali",
      [("Y22", 3), ("Y18", 1), ("GPS", 2)], [("polki", 2), ("pearl", 2), ("ad", 1), ("emerald", 1), ("kundan", 1)], (10, 30),
      ["Earrings", "Polki", "Bridal"], ["Chandbalis", "Earrings", ""], tags=["chandbali", "hyderabadi"]),
    D("studs", "earrings", 6, ["Floral", "Seven Stone", "Solitaire", "Kammalu", "Button", "Vanki"], "stud",
      [("Y18", 2), ("W18", 1), ("Y22", 2), ("S925", 1)], [("diamond", 3), ("ruby", 1), ("pearl", 1), ("ad", 1)], (2, 7),
      ["Earrings", "Diamonds", "Daily Wear"], ["Studs", "Tops", "Earrings", "Stud Earrings"], axes=[("stone", 0.4)], tags=["daily wear", "office wear"]),
    D("bangles", "bangle", 8, ["Machine Cut", "Nakshi", "Plain Polish", "Diamond Line", "Ruby Kangan", "Zircon", "Pearl Line"], "pair",
      [("Y22", 4), ("Y18", 1), ("GPS", 1), ("RGPS", 1)], [(None, 3), ("diamond", 1), ("ruby", 1), ("ad", 1), ("pearl", 1)], (18, 48),
      ["Bangles & Kadas", "Bangles", ""], ["Bangles", "Bangle", "Kangan"], axes=[("bsize", 0.8)], tags=["bangles", "gajulu", "pair"]),
    D("kada", "kada", 6, ["Lion Head", "Nawabi", "Polki", "Oxidised", "Sikh", "Rope"], "plain",
      [("Y22", 3), ("AG", 2), ("Y18", 1)], [(None, 4), ("polki", 1), ("diamond", 1)], (20, 60),
      ["Bangles & Kadas", "Men", "Silver"], ["Kada", "Kada for Men", "Kada"], axes=[("bsize", 0.5)], tags=["kada"]),
    D("nosepin", "nose pin", 8, ["Flower", "Single Stone", "Lavang", "Mukku Pudaka", "Nath", "Star"], "flower",
      [("Y18", 3), ("Y22", 2), ("W18", 1), ("AG", 1)], [("diamond", 3), (None, 1), ("ruby", 1), ("ad", 1), ("pearl", 1)], (0.3, 2.5),
      ["Nose Pins", ""], ["Nose Pin", "Nosepin", "Nose Ring", "Nath"], axes=[("npin", 0.5)], tags=["nose pin", "daily wear"]),
    D("mangalsutra", "mangalsutra", 7, ["Nallapusalu", "Black Beads", "Short", "Vati", "Diamond Pendant", "Thali"], "vati",
      [("Y22", 5), ("Y18", 2)], [(None, 4), ("diamond", 2), ("ad", 1)], (8, 30), ["Mangalsutra", "Bridal", ""],
      ["Mangalsutra", "Mangalsutra Chain", "Mangal Sutra"], axes=[("mlen", 0.5)], tags=["mangalsutra", "wedding"]),
    D("tikka", "maang tikka", 5, ["Papidi Billa", "Chandrakor", "Jadau", "Pearl Drop", "Mughal"], None,
      [("Y22", 2), ("GPS", 3)], [("polki", 2), ("kundan", 2), ("pearl", 1)], (6, 18), ["Bridal", "Hair Jewellery", ""],
      ["Maang Tikka", "Tikka", "Maang Tikka"], tags=["bridal", "tikka"]),
    D("ring", "ring", 10, ["Ungaram", "Vanki", "Cluster", "Navratna", "Oval", "Cocktail", "Gents Signet", "Paisley"], "bezel",
      [("Y22", 4), ("Y18", 3), ("W18", 1), ("S925", 1)], [("ruby", 3), ("emerald", 3), ("diamond", 2), ("navratna", 1), ("ad", 1), (None, 1)],
      (3, 12), ["Rings", ""], ["Ring", "Ring", "Finger Ring"], axes=[("rsize", 0.7), ("stone", 0.5)], tags=["rings"]),
    D("solitaire", "engagement ring", 4, ["Solitaire", "Halo Solitaire", "Six Prong Solitaire", "Promise"], "solitaire",
      [("W18", 2), ("PT", 2), ("Y18", 1)], [("diamond", 1)], (3, 6), ["Rings", "Diamonds", "Bridal"],
      ["Engagement Ring", "Solitaire Ring", "Ring"], axes=[("rsize", 0.8)], tags=["engagement", "proposal", "solitaire"]),
    D("bands", "wedding band", 3, ["Couple", "Milgrain", "Brushed"], "wedding",
      [("PT", 2), ("Y18", 1)], [(None, 1)], (5, 9), ["Rings", "Bridal"], ["Bands", "Band", "Couple Bands"], axes=[("rsize", 1.0)],
      tags=["nikah", "wedding"]),
    D("pendant", "pendant", 8, ["Lakshmi", "Ayat ul Kursi", "Ya Ali", "Peacock", "Mango", "Heart", "Tanmaniya", "Ganesha"], "coin",
      [("Y22", 4), ("Y18", 2), ("S925", 1), ("RGPS", 1)], [(None, 3), ("diamond", 2), ("ruby", 1), ("pearl", 1), ("emerald", 1)], (2, 9),
      ["Pendants", "Religious", ""], ["Pendant", "Locket", "Pendant"], axes=[("stone", 0.5)], tags=["pendant", "gift"]),
    D("chain", "chain", 6, ["Rope", "Nawabi", "Box", "Curb", "Singapore", "Gents"], "rope",
      [("Y22", 4), ("S925", 2)], [(None, 1)], (6, 30), ["Chains", "Men", ""], ["Chain", "Chain", "Chain for Men"],
      axes=[("len", 0.8)], tags=["chain"]),
    D("bracelet", "bracelet", 5, ["Pearl", "Tennis", "Gents Link", "Nazariya", "Flexi"], "chain",
      [("Y22", 2), ("Y18", 1), ("W18", 1), ("S925", 1)], [(None, 2), ("diamond", 1), ("pearl", 1), ("ad", 1)], (6, 25),
      ["Bracelets", "Men", ""], ["Bracelet", "Bracelet", "Bracelet"], tags=["bracelet"]),
    D("anklet", "anklet", 4, ["Pattilu", "Ghungroo", "Oxidised", "Beaded"], "pair",
      [("AG", 3), ("S925", 1)], [(None, 1)], (28, 90), ["Silver", "Anklets"], ["Anklets", "Payal", "Anklet"], tags=["silver", "payal"]),
    D("toering", "toe ring", 3, ["Mettelu", "Fish", "Adjustable"], "toe",
      [("AG", 1)], [(None, 1)], (3, 9), ["Silver", ""], ["Toe Rings", "Toe Ring"], tags=["silver", "bichiya"]),
]

# how a stone is named in this shop (first word list: states the stone)
STONE_WORDS = {
    "pearl": {"basra": ["Basra Pearl", "Basra Moti", "Natural Basra Pearl"], "fw": ["Fresh Water Pearl", "Freshwater Pearl", "Pearl"],
              "small": ["Pearl", "Moti", "Seed Pearl"], None: ["Pearl", "Pearl Drop"]},
    "polki": ["Polki", "Uncut Polki", "Jadau Polki", "Uncut Diamond Polki"],
    "kundan": ["Kundan", "Jadau Kundan"],
    "diamond": ["Diamond", "VVS Diamond", "Diamond"],
    "ruby": ["Ruby", "Burma Ruby", "Ruby"],
    "emerald": ["Emerald", "Zambian Emerald", "Emerald"],
    "navratna": ["Navratna", "Navaratna"],
    "ad": ["AD", "American Diamond", "CZ", "Zircon"],
    "ad red": ["Red AD", "Red American Diamond", "Red CZ"],
    "ad green": ["Green AD", "Green American Diamond", "Green CZ"],
    "ad pink": ["Pink AD", "Pink CZ"],
}

AXES = {
    "len": ("Length", [("16 inch", 0.85), ("18 inch", 1.0), ("20 inch", 1.12), ("22 inch", 1.24), ("24 inch", 1.36)]),
    "mlen": ("Length", [("24 inches", 1.0), ("30 inches", 1.22)]),
    "bsize": ("Size", [("2.4", 0.95), ("2.6", 1.0), ("2.8", 1.06)]),
    "rsize": ("Ring Size", [("8", 0.95), ("10", 0.97), ("12", 1.0), ("14", 1.02), ("16", 1.04), ("18", 1.06)]),
    "jsize": ("Size", [("Small", 0.75), ("Medium", 1.0), ("Large", 1.3)]),
    "npin": ("Type", [("Screw", 1.0), ("Press / Wire", 1.0)]),
}


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def metal_phrase(rng, code, colour, karat):
    """A phrase naming the metal; ``colour`` / ``karat`` say whether it may state them."""
    if code == "Y22":
        if colour:
            return rng.choice(["22K Gold", "22KT Gold", "22 Karat Gold", "916 Gold", "22K Yellow Gold"])
        return "Gold"
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18K {cw} Gold", f"18KT {cw} Gold", f"{cw} Gold 18K"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18K Gold", "18KT Gold", "18 Karat Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Platinum PT950", "PT 950 Platinum"]) if colour else ""
    if code in ("AG", "S925"):
        if not colour:
            return ""
        return rng.choice(["92.5 Silver", "Sterling Silver", "925 Silver", "Silver"]) if code == "S925" else rng.choice(["Pure Silver", "Silver", "Chandi"])
    if code == "GPS":
        return rng.choice(["Gold Plated Silver", "92.5 Silver with Gold Polish", "Gold Polish", "Gold Plated 92.5 Silver"]) if colour else rng.choice(["92.5 Silver", "Silver", ""])
    if code == "RGPS":
        return rng.choice(["Rose Gold Plated Silver", "Rose Gold Polish"]) if colour else rng.choice(["92.5 Silver", "Silver", ""])
    raise KeyError(code)


def stone_word(rng, d, code):
    w = STONE_WORDS[code]
    if isinstance(w, dict):
        w = w.get(d.get("pearl_kind"), w[None])
    return rng.choice(w)


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    # a few design-specific fixes
    if name in ("Navratna",):
        stone = "navratna"
    if name in ("Gents Signet", "Gents Link", "Gents", "Lion Head", "Sikh", "Nawabi") or (cat == "kada" and rng.random() < 0.3):
        p["for"] = "men"
    if "Diamond" in name and stone in (None, "ad"):
        stone = "diamond"
    if name in ("Pearl", "Pearl Line", "Pearl Drop") and stone != "pearl":
        stone = "pearl"
    if name == "Ruby Kangan":
        stone = "ruby"
    if name == "Zircon" and stone not in ("ad", "ad red", "ad green"):
        stone = "ad"
    if name in ("Tennis", "Cluster", "Seven Stone", "Solitaire", "Cocktail", "Halo Solitaire") and stone in (None, "pearl"):
        stone = "diamond" if code in ("Y22", "Y18", "W18", "PT") else "ad"
    if name in ("Sikh", "Rope", "Lion Head"):
        stone = None
    if name in ("Polki",):
        stone = "polki"
        if code in ("AG", "S925", "GPS", "RGPS"):
            code = "Y22"
    if name in ("Oxidised",):
        code = "AG"
    if code in ("AG", "S925") and stone in ("diamond", "polki"):
        stone = "ad"
    if code in ("GPS", "RGPS") and stone == "diamond":
        stone = "ad"
    p["code"], p["stone"] = code, stone
    # variation axes
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax in ("len", "rsize"):
                k = rng.randint(3, 4) if ax == "rsize" else rng.randint(2, 4)
                st = rng.randint(0, len(vals) - k)
                vals = vals[st:st + k]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "adcol" and stone in ("ad", "ad red", "ad green"):
            cols = [("White", "ad"), ("Ruby Red", "ad red"), ("Emerald Green", "ad green"), ("Pink", "ad pink")]
            first = [c for c in cols if c[1] == stone]
            rest = [c for c in cols if c[1] != stone]
            rng.shuffle(rest)
            axes.append(("Stone Colour", [(v, {"stone": s}) for v, s in first + rest[:rng.randint(1, 3)]]))
        elif ax == "stone" and stone in ("ruby", "emerald", "pearl"):
            alts = ["ruby", "emerald", "pearl"] if cat != "ring" else ["ruby", "emerald", "diamond"]
            if code in ("S925", "AG") and "diamond" in alts:
                alts.remove("diamond")
            alts = [stone] + [a for a in alts if a != stone]
            alts = alts[: rng.randint(2, 3)]
            axes.append(("Stone", [({"ruby": "Ruby", "emerald": "Emerald", "diamond": "Diamond", "pearl": "Pearl"}[a], {"stone": a}) for a in alts]))
        elif ax == "polish" and code == "GPS":
            axes.append(("Finish", [("Gold Polish", {"code": "GPS"}), ("Oxidised Silver", {"code": "AG"})]))
    if code == "Y22" and not axes and cat in ("bangle", "jhumka", "chain", "mangalsutra", "pendant") and rng.random() < 0.15:
        axes.append(("Purity", [("22K", {"code": "Y22"}), ("18K", {"code": "Y18", "f": 0.9})]))
    p["axes"] = axes[:3]
    # weights, carat, price
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone == "diamond":
        carat = round(rng.choice([0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0]) * (4 if cat in ("bangle", "bracelet", "kada", "mangalsutra") else 1), 2)
        if cat == "engagement ring":
            carat = rng.choice([0.3, 0.4, 0.5, 0.7, 1.0])
    elif stone == "polki":
        carat = round(rng.uniform(2, 9) * (3 if cat in ("choker", "necklace") else 1), 1)
    p["carat"] = carat
    stone_ct = carat or (rng.uniform(0.4, 3.0) if stone in ("ruby", "emerald", "navratna") else 0)
    making = rng.uniform(0.12, 0.24)
    labour = rng.choice([350, 450, 600, 800])
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vs, f = code, stone, 1.0
        for val, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
        grams = g0 * f
        price = grams * RATE[vc] * (1 + making)
        sr = STONE_RATE.get(vs, 0)
        price += stone_ct * sr
        if vs == "pearl":
            price += {"basra": 38000, "fw": 1800, "small": 14000}.get(d.get("pearl_kind"), 3500) * (grams / 30 if cat in ("necklace", "choker") else 0.3)
        if vs == "kundan":
            price += 9000 if vc == "Y22" else 1800
        if vs and vs.startswith("ad"):
            price += 600
        if vc in ("AG", "S925", "GPS", "RGPS"):
            price += labour
        price = r10(price * 1.03)
        variants.append(Variant([v for v, _ in combo], vc, vs, price, None, grams))
    if rng.random() < 0.18:
        disc = rng.choice([0.05, 0.1, 0.15])
        for v in variants:
            v.compare = v.price
            v.price = r10(v.price * (1 - disc))
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.4
    if d["others"] and stone and rng.random() < d.get("p_other", 0):
        p["others"] = [o for o in d["others"] if o != FSTONES[stone][0]]
    write_listing(rng, p, name)
    return p


# --- how the shop writes a listing ---------------------------------------------------------

def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    axes = p["axes"]
    axis_names = [a[0] for a in axes]
    metal_axis = any(n in ("Finish", "Purity") for n in axis_names)
    stone_axis = any(n in ("Stone", "Stone Colour") for n in axis_names)
    # where is each fact written?
    col_loc = wchoice(rng, [("title", 50), ("body", 22), ("tags", 8), ("photo", 7)])
    if metal_axis and rng.random() < 0.7:
        col_loc = "options"
    kar_loc = col_loc if code == "Y22" else wchoice(rng, [("title", 40), ("body", 40), ("tags", 10), ("none", 10)])
    if code == "Y22" and col_loc in ("photo", "options"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 50), ("body", 26), ("tags", 10), ("nowhere", 5)])
        if stone_axis and rng.random() < 0.75:
            st_loc = "options"
    cat_loc = "title" if rng.random() < 0.88 else rng.choice(["type", "body"])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)

    m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if col_loc == "title" or kar_loc == "title" or rng.random() < 0.3 else ""
    if code in ("PT", "AG", "S925") and col_loc != "title":
        m_title = ""
    s_title = stone_word(rng, d, stone) if st_loc == "title" else ""
    traps = []
    if s_title and stone in ("ad red", "ad green") and rng.random() < 0.5:
        s_title = {"ad red": "Ruby Red AD", "ad green": "Emerald Green AD"}[stone]
        traps.append(s_title.split()[0] + " " + s_title.split()[1])
    if "Diamond" in name and (stone or "").startswith("ad"):
        traps.append(name)  # "Diamond Line" bangles in plated silver: the stones are AD
    catword = rng.choice(d["catwords"]) if cat_loc == "title" else ""
    if cat_loc != "title":
        catword = ""
    if catword and catword.lower().rstrip("s")[:6] in name.lower():
        catword = ""
    nm = name
    if s_title and any(w in nm for w in ("Pearl", "Polki", "Navratna", "Diamond", "Ruby", "Zircon", "Moti")):
        s_title = ""
    if s_title and any(w.lower() in nm.lower().split() for w in s_title.split()):
        s_title = ""  # "Jadau Kundan" + "Kundan Meenakari": say it once
    if (stone is None or st_loc != "title") and any(w in nm for w in ("Pearl", "Polki", "Navratna", "Diamond", "Ruby", "Zircon", "Moti")):
        if st_loc not in ("title",) and stone:
            st_loc = "title"  # the design name names the stone
            p["locs"]["stone"] = "title"
    form = rng.random()
    parts = [x for x in (s_title, nm, catword) if x]
    core = " ".join(parts)
    if not m_title:
        title = core
    elif form < 0.35:
        title = f"{m_title} {core}"
    elif form < 0.6:
        title = f"{core} - {m_title}"
    elif form < 0.8:
        title = f"{core} | {m_title}"
    else:
        title = f"{core} in {m_title}"
    if rng.random() < 0.12:
        title = title.upper()
    if rng.random() < 0.06:
        title = title + " "  # a trailing space, as typed in admin
    if p.get("for") == "men" and "Gents" not in title and "Men" not in title and rng.random() < 0.6:
        title += rng.choice([" for Men", " (Gents)"])
    p["title"] = title

    # body (HTML, Shopify admin style)
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    bits = []
    opener = {
        "necklace": ["A {n} piece for the bride's family, strung and set in our Pathergatti karkhana.",
                     "Heirloom-style {n}, made to order for weddings and walimas.",
                     "Our {n} necklace, finished by hand."],
        "choker": ["A close-fitting {n} that sits high on the neck.", "The {n}: Nizami-era design, made to order."],
        "earrings": ["A pair of {n} earrings, light enough for the whole evening.", "Sold as a pair. {n} design."],
        "jhumka": ["Classic {n} jhumkas with a bell-shaped drop.", "A pair of {n} jhumkis."],
        "bangle": ["Sold as a pair of two bangles. {n} design.", "{n} bangles, price for the pair."],
        "kada": ["A solid {n} kada with a screw opening.", "Heavy {n} kada, made for daily wear."],
        "nose pin": ["{n} nose pin, single piece.", "Dainty {n} nose pin for everyday wear."],
        "mangalsutra": ["{n} mangalsutra with black beads (nallapusalu).", "A {n} mangalsutra chain with black beads."],
        "maang tikka": ["{n} maang tikka with a hook and chain for the parting.", "A bridal {n} tikka."],
        "ring": ["A {n} finger ring.", "{n} ring, made in our workshop."],
        "engagement ring": ["A {n} engagement ring for the proposal.", "{n} engagement ring."],
        "wedding band": ["{n} bands, priced per band.", "A {n} wedding band, priced per piece."],
        "pendant": ["{n} pendant.", "A {n} pendant, a favourite gift."],
        "chain": ["{n} chain with a lobster clasp.", "Hollow-free {n} chain, hallmarked."],
        "bracelet": ["{n} bracelet with a box clasp.", "A {n} bracelet."],
        "anklet": ["A pair of {n} anklets.", "{n} payal, sold as a pair."],
        "toe ring": ["A pair of {n} toe rings (mettelu), adjustable.", "{n} toe rings, sold as a pair."],
    }[cat]
    cat_in_body = cat_loc == "body" or rng.random() < 0.5
    if cat_in_body:
        bits.append(f"<p>{rng.choice(opener).format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(['Handcrafted in Hyderabad.', 'From our Charminar showroom.', 'Made by our karigars in Pathergatti.'])}</p>")
    li = []
    if mb:
        li.append(f"<li>Metal: {mb}</li>")
    elif col_loc != "body" and kar_loc != "body" and rng.random() < 0.3 and code not in ("PT", "AG", "S925", "GPS", "RGPS"):
        li.append("<li>Metal: Gold</li>")
    if code in ("Y22", "Y18", "W18") and (col_loc == "body" or kar_loc == "body") and rng.random() < 0.5:
        li.append("<li>BIS Hallmarked with HUID</li>")
    if stone and st_loc == "body":
        sw = stone_word(rng, d, stone)
        if stone in ("ad red", "ad green", "ad pink") or (stone == "ad" and rng.random() < 0.5):
            li.append(f"<li>Stones: {sw}</li>")
        else:
            li.append(f"<li>Stone: {sw}{' (' + str(p['carat']) + ' ct)' if p.get('carat') else ''}</li>")
    elif stone and st_loc == "title" and rng.random() < 0.4 and p.get("carat"):
        li.append(f"<li>{'Diamond weight' if stone == 'diamond' else 'Polki weight'}: {p['carat']} ct</li>")
    if p.get("others"):
        oth = {"pearl": "pearl drops", "ruby": "ruby", "emerald": "emerald", "polki": "polki"}
        if st_loc in ("body", "title"):
            li.append("<li>Accents: " + " &amp; ".join(oth[o] for o in p["others"]) + "</li>")
    gw = p["variants"][0].grams
    if int(gw * 100) in (375, 585, 750, 916) or int(gw) in (375, 585, 750, 916) or int(gw * 10) in (375, 585, 750, 916):
        gw += 0.11
    li.append(f"<li>Gross weight: {gw:.2f} g (approx.)</li>")
    if rng.random() < 0.4:
        li.append("<li>" + rng.choice(["Free shipping across India", "Ships in 7-10 days", "Lifetime exchange at our showroom", "Made to order: 3-4 weeks"]) + "</li>")
    bits.append("<ul>" + "".join(li) + "</ul>")
    if rng.random() < 0.3:
        bits.append(f"<p><span data-mce-fragment=\"1\">{rng.choice(['Colour of the stones may vary slightly from the photo.', 'Please call or WhatsApp for video shopping.', 'Price includes 3% GST.'])}</span></p>")
    body = "\n".join(bits)
    if rng.random() < 0.05 and col_loc != "body" and st_loc != "body" and cat_loc != "body" and kar_loc != "body":
        body = ""  # an empty description
    p["body"] = body

    # tags
    tags = list(rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 3))))
    tags += rng.sample(["new arrivals", "Hyderabad", "wedding season", "gift", "Eid", "Diwali", "festive", "bestseller"], k=rng.randint(0, 2))
    if col_loc == "tags":
        tags.append({"Y22": "22kt", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "PT": "platinum",
                     "AG": "silver", "S925": "silver 925", "GPS": "gold plated", "RGPS": "rose gold plated"}[code])
    if kar_loc == "tags" and code in ("Y18", "W18", "R18"):
        tags.append("18kt")
    if st_loc == "tags":
        tags.append({"pearl": "pearls", "polki": "polki", "kundan": "kundan", "diamond": "diamonds", "ruby": "ruby",
                     "emerald": "emerald", "navratna": "navratna", "ad": "AD", "ad red": "red AD",
                     "ad green": "green AD", "ad pink": "pink AD"}[stone])
    if cat_loc == "type" and rng.random() < 0.5:
        tags.append(cat.replace("maang ", "")) if cat not in ("ring",) else None
    # drop tags that would contradict (design tag pools are shop-wide)
    clean = []
    for t in tags:
        tl = t.lower()
        if stone != "polki" and tl in ("polki", "uncut"):
            continue
        if stone not in ("kundan",) and tl in ("kundan", "jadau"):
            continue
        if not (stone or "").startswith("ad") and tl in ("ad", "american diamond"):
            continue
        if code not in ("AG", "S925", "GPS", "RGPS") and tl in ("silver",):
            continue
        if stone != "pearl" and tl in ("pearls", "basra"):
            continue
        if t not in clean:
            clean.append(t)
    if st_loc != "tags" and st_loc != "title":
        sw = {"pearl": ("pearls", "basra"), "polki": ("polki", "uncut"), "kundan": ("kundan", "jadau"), "ad": ("ad", "american diamond")}
        for k2, ws in sw.items():
            if (stone or "").startswith(k2) or stone == k2:
                clean = [t for t in clean if t.lower() not in ws]
    if col_loc not in ("tags",) and code in ("AG", "S925", "GPS", "RGPS"):
        clean = [t for t in clean if t.lower() != "silver"]
    p["tags"] = clean
    # Type (may be empty)
    typ = rng.choice(d["types"])
    if typ in ("Silver",) and code not in ("AG", "S925", "GPS", "RGPS"):
        typ = ""
    if typ in ("Polki",) and stone != "polki":
        typ = ""
    if typ in ("Diamonds",) and stone != "diamond":
        typ = ""
    if typ == "Kundan" and stone != "kundan":
        typ = ""
    if typ == "Pearl Jewellery" and stone != "pearl":
        typ = ""
    if typ == "Men" and p.get("for") != "men":
        typ = ""
    if typ == "Silver" and col_loc != "type":
        pass
    p["type"] = typ
    p["traps"] = traps


def render_spec(p, code, stone):
    d, cat = p["d"], p["cat"]
    spec = {"kind": RENDER_KIND.get(cat, cat), "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = d["style"]
    if cat == "pendant":
        spec["pendant"] = {None: "temple", "diamond": "cluster", "pearl": "drop"}.get(stone, "round")
        if "Heart" in p["title"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = {"navratna": "cocktail", "diamond": "flower", None: "signet"}.get(stone, "bezel")
    elif cat == "nose pin":
        spec["style"] = "nath" if ("Nath" in p["title"] or stone == "pearl") else ("stud" if stone is None else "flower")
    elif cat == "earrings" and d["key"] == "studs":
        spec["style"] = "stud"
    elif cat == "bangle" and stone is None and rng_pick(p) == 0:
        spec["style"] = "carved"
    elif st:
        spec["style"] = st
    return spec


def rng_pick(p):
    return p["serial"] % 3


def pick_broken(rng, h):
    return rng.choice([f"{h}-new.jpg", f"IMG-2024{rng.randint(1000, 9999)}-WA0003.jpg", f"{h}_1.jpeg"])


def build(OUT, images=True, seed=1591):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "hyd_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 2000
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(3)
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
    for k in idx[4:7]:
        prods[k]["status"] = "archived"
    broken = set(idx[7:11])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1712000000 + p["serial"] * 613
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        main_name = f"{h}.jpg" if prng.random() < 0.6 else f"NDJ{p['serial']}-1.jpg"
        if is_broken:
            imgs.append((pick_broken(prng, h), None, None))
        else:
            imgs.append((main_name, main_spec, 7000 + p["serial"]))
        var_img = {}
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
            if any("code" in mod or "stone" in mod for _, mod in vals):
                changes = {(mod.get("code", p["code"]), mod.get("stone", p["stone"])) for _, mod in vals}
                if len({(FMETALS[c][3], FSTONES[s][2], FSTONES[s][3]) for c, s in changes}) > 1:
                    axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = f"{h}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 7000 + p["serial"] + 31 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.25:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-2.jpg").replace("-1-2.jpg", "-2.jpg"), sp, 8000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"NDJ-{p['serial']}"
        for v in vs:
            v.sku = "" if prng.random() < 0.05 else base_sku + "".join("-" + slugify(o).upper().replace("-", "")[:5] for o in v.opts)
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.8 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE",
                          "Status": p["status"]})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if prng.random() < 0.25:
                    r["SEO Title"] = f"{p['title'].strip().title()} | Noor-e-Deccan Hyderabad"
                    r["SEO Description"] = "Shop online from Noor-e-Deccan Jewellers, Pathergatti, Hyderabad. Insured shipping across India."
                p["vendor"] = r["Vendor"]
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))), "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Qty": str(0 if prng.random() < 0.1 else prng.randint(1, 4)),
                          "Variant Inventory Policy": "continue" if p["cat"] in ("necklace", "choker") else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
                if prng.random() < 0.12:
                    r["Cost per item"] = money(r10(v.price * 0.8))
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if prng.random() < 0.3 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        if "Stone Colour" in names:
            for ph in ("Ruby Red", "Emerald Green"):
                if ph in options_text(p["axes"]) and ph not in p["traps"]:
                    p["traps"].append(ph)
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        may = set()
        if p["stone"] == "polki":
            may |= {"diamond"}
        if p["stone"] == "navratna":
            may |= {"ruby", "emerald", "pearl", "diamond", "sapphire"}
        ev, problems = read_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"hyd {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
