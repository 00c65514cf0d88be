"""Plan of the Mumbai shop: Shreeji Parekh Jewellers, Zaveri Bazaar (INR).

A family jeweller in Kalbadevi writing for Marathi and Gujarati customers:
22 KT (916 / "KDM") hallmarked gold with HUID, Maharashtrian pieces (thushi,
tanmani, kolhapuri saaj, nath, bugadi, vati mangalsutra, patlya, tode,
jodvi, paijan), Gujarati words (vinti, butti, lucky), rashi-ratna rings sold
by ratti, diamonds (a few lab-grown "CVD"), 92.5 and pure silver, and a
"1 gram gold" range (gold-plated brass, never solid gold).

Shopify classic product export (Handle ... Status).  Everything is seeded.
"""

from __future__ import annotations

import os
import random
import re

import evidence
import render
from fresh_common import Variant, money, options_text, slugify, truth_record, wchoice
from sixth_common import FMETALS, FSTONES, sixth_evidence

HOST = "https://cdn.heldout-mum.example/s/files/1/0712/4410/files/"
CURRENCY = "INR"
SEED = 1864

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Variant Image", "Variant Weight Unit", "Cost per item", "Status",
]

VENDORS = ["Shreeji Parekh Jewellers", "Shreeji Parekh Jewellers", "SPJ Zaveri Bazaar", "Shreeji 1 Gram Gold", "SPJ Silver"]

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
    "maang tikka": "Apparel & Accessories > Jewelry",
}

# rupees per gram of metal and per carat of stone (invented, plausible for the season)
RATE = {"Y22": 11650, "Y18": 9540, "W18": 9540, "R18": 9540, "PT": 4380, "AG": 168, "S925": 160,
        "GPS": 175, "GPB": 0}
STONE_RATE = {"diamond": 72000, "lab": 14000, "polki": 26000, "ruby": 4200, "emerald": 5200, "navratna": 3000,
              "blue sapphire": 9000, "yellow sapphire": 6500}
SOLID = ("Y22", "Y18", "W18", "R18", "PT")
SILVER = ("AG", "S925", "GPS")


def D(key, cat, n, names, style, metals, stones, grams, types, catwords, axes=(), tags=(), others=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, catwords=catwords, axes=list(axes), tags=list(tags), others=list(others))
    d.update(kw)
    return d


DESIGNS = [
    D("thushi", "choker", 9, ["Thushi", "Kolhapuri Thushi", "Peshwai Thushi", "Moti Thushi"], "choker",
      [("Y22", 5), ("GPB", 3)], [(None, 5), ("pearl", 1)], (18, 36), ["Thushi", "Maharashtrian", "Necklace"],
      ["Necklace", "Choker", ""], axes=[("plen", 0.3)], tags=["maharashtrian", "nauvari look", "wedding"]),
    D("tanmani", "necklace", 6, ["Tanmani", "Peshwai Tanmani", "Three Line Tanmani"], "beaded",
      [("Y22", 3), ("GPS", 2), ("GPB", 1)], [("pearl", 1)], (22, 48), ["Tanmani", "Maharashtrian", ""],
      ["Necklace", "Haar", ""], tags=["maharashtrian", "basra moti", "bridal"], others=["ruby", "emerald"], p_other=0.8),
    D("saaj", "necklace", 6, ["Kolhapuri Saaj", "Saaj", "Jondhale Saaj"], "temple",
      [("Y22", 3), ("GPB", 3)], [(None, 4), ("ad red", 1)], (20, 45), ["Kolhapuri Saaj", "Maharashtrian", "Necklace"],
      ["Necklace", "Haar", ""], tags=["kolhapuri", "maharashtrian", "navvari"]),
    D("goldhaar", "necklace", 8, ["Mohan Mal", "Bormal", "Putli Haar", "Laxmi Haar", "Chandrahaar", "Ekdani"], "haar",
      [("Y22", 6), ("GPB", 2)], [(None, 1)], (25, 70), ["Necklace", "Haar", ""], ["Necklace", "", "Haar"],
      tags=["wedding", "traditional", "gold haar"]),
    D("mangalsutra", "mangalsutra", 10, ["Vati", "Double Vati", "Ganthan", "Short", "Diamond Pendant", "Nallapusalu",
                                         "Solitaire Pendant", "Tanmaniya"], "vati",
      [("Y22", 6), ("Y18", 3), ("GPB", 1)], [(None, 5), ("diamond", 3), ("ad", 1)], (6, 24),
      ["Mangalsutra", "Wedding", ""], ["Mangalsutra", "Mangal Sutra", "Mangalsutra"], axes=[("mlen", 0.6)],
      tags=["mangalsutra", "married", "daily wear"]),
    D("nath", "nose pin", 8, ["Maharashtrian Nath", "Peshwai Nath", "Brahmani Nath", "Moti Nath"], "nath",
      [("Y22", 3), ("GPS", 2), ("GPB", 3)], [("pearl", 1)], (2, 7), ["Nath", "Maharashtrian", ""],
      ["Nath", "Nose Ring", "Nath"], axes=[("pierce", 0.7)], tags=["nath", "maharashtrian", "bridal"],
      others=["ruby", "emerald"], p_other=0.7),
    D("chamki", "nose pin", 6, ["Chamki", "Flower Chamki", "Single Stone", "Star"], "flower",
      [("Y18", 2), ("Y22", 2), ("W18", 1), ("AG", 1)], [("diamond", 3), ("ad", 1), (None, 1)], (0.3, 1.5),
      ["Nose Pin", ""], ["Nose Pin", "Nosepin", "Nose Stud"], axes=[("npin", 0.5)], tags=["daily wear", "nose pin"]),
    D("bugadi", "earrings", 8, ["Bugadi", "Moti Bugadi", "Kudi", "Saat Dani Kudi", "Pearl Kudi"], "stud",
      [("Y22", 3), ("GPS", 2), ("GPB", 3)], [("pearl", 3), ("ad", 1), ("diamond", 1)], (2, 8),
      ["Earrings", "Maharashtrian", ""], ["Earrings", "Ear Cuff", ""], tags=["maharashtrian", "bugadi"]),
    D("zumka", "jhumka", 8, ["Zumka", "Temple Zumka", "Peacock Jhumka", "Meena Jhumki", "Bell Jhumka"], "jhumka",
      [("Y22", 3), ("GPB", 3), ("GPS", 1), ("AG", 1)], [(None, 3), ("pearl", 2), ("ruby", 1), ("ad red", 1), ("kundan", 1)],
      (6, 28), ["Earrings", "Jhumka", ""], ["Jhumka", "Jhumki", "Zumka"], axes=[("finish", 0.4)], tags=["festive", "navratri"]),
    D("studs", "earrings", 8, ["Solitaire", "Seven Stone", "Floral", "Butti", "Round", "Cluster"], "stud",
      [("Y18", 3), ("W18", 2), ("Y22", 2), ("S925", 1)], [("diamond", 4), ("ad", 2), (None, 1)], (1.5, 6),
      ["Earrings", "Diamond Jewellery", ""], ["Tops", "Studs", "Earrings", "Butti"], tags=["office wear", "daily wear"]),
    D("bangdi", "bangle", 10, ["Patlya", "Bangdi", "Tode Patlya", "Machine Cut Bangdi", "Pichodi", "Plain Bangdi",
                              "Diamond Cut Bangdi"], "pair",
      [("Y22", 6), ("GPB", 3), ("Y18", 1)], [(None, 5), ("ad", 1), ("diamond", 1)], (16, 44),
      ["Bangles", "Bangdi", ""], ["Bangles", "Bangle", "Bangdi"], axes=[("bsize", 0.9)], tags=["pair", "wedding"]),
    D("tode", "kada", 6, ["Tode", "Gents Kada", "Sher Mukh", "Rudraksh", "Plain"], "plain",
      [("Y22", 3), ("AG", 3)], [(None, 1)], (22, 70), ["Kada", "Gents", ""], ["Kada", "Kada", "Kada for Men"],
      axes=[("bsize", 0.4)], tags=["kada"]),
    D("vinti", "ring", 11, ["Vinti", "Angathi", "Cocktail", "Floral", "Gents", "Oval", "Leaf", "Three Stone"], "bezel",
      [("Y22", 3), ("Y18", 3), ("R18", 1), ("W18", 1), ("S925", 1)], [("ruby", 2), ("emerald", 2), ("diamond", 3), ("ad", 1), (None, 2)],
      (2.5, 10), ["Rings", ""], ["Ring", "Finger Ring", "Ring"], axes=[("rsize", 0.7), ("metal3", 0.25)], tags=["rings", "gift"]),
    D("ratna", "ring", 8, ["Pukhraj", "Neelam", "Manik", "Panna", "Moti", "Navratna"], "bezel",
      [("Y22", 3), ("S925", 2), ("AG", 1)], [("yellow sapphire", 1)], (3, 7), ["Rashi Ratna", "Rings", ""],
      ["Ring", "Ring", "Gemstone Ring"], axes=[("ratti", 0.9)], tags=["astrology", "rashi ratna", "certified"]),
    D("sagai", "engagement ring", 6, ["Solitaire", "Halo Solitaire", "Sagai", "Princess Solitaire", "CVD Solitaire"], "solitaire",
      [("W18", 2), ("PT", 2), ("Y18", 1), ("R18", 1)], [("diamond", 3), ("lab", 1)], (2.5, 5),
      ["Rings", "Diamond Jewellery", ""], ["Engagement Ring", "Ring", "Solitaire Ring"], axes=[("rsize", 0.8)],
      tags=["engagement", "sagai", "proposal"]),
    D("bands", "wedding band", 4, ["Couple", "Milgrain", "Matte"], "wedding",
      [("PT", 2), ("Y18", 1), ("R18", 1)], [(None, 1)], (4, 8), ["Rings", ""], ["Band", "Couple Bands", "Wedding Band"],
      axes=[("rsize", 1.0)], tags=["couple", "wedding"]),
    D("chain", "chain", 11, ["Sakhli", "Rope", "Box", "Indo Italian", "Gents Curb", "Diamond Cut", "Lotus"], "rope",
      [("Y22", 6), ("S925", 2), ("Y18", 1)], [(None, 1)], (4, 24), ["Chain", "Gents", ""], ["Chain", "Chain", ""],
      axes=[("wt", 0.5), ("len", 0.4)], tags=["chain", "daily wear"]),
    D("pendant", "pendant", 11, ["Ganpati", "Sai Baba", "Om", "Shree", "Initial", "Heart", "Swastik", "Tulsi", "Evil Eye"], "coin",
      [("Y22", 4), ("Y18", 2), ("R18", 1), ("S925", 2)], [(None, 4), ("diamond", 2), ("ad", 1), ("pearl", 1)], (1.5, 7),
      ["Pendant", "God Pendant", ""], ["Pendant", "Locket", "Pendant"], tags=["gift", "pendant"]),
    D("lucky", "bracelet", 8, ["Lucky", "Gents Lucky", "Tennis", "Nazariya", "Flexi", "Charm"], "curb",
      [("Y22", 3), ("Y18", 1), ("W18", 1), ("S925", 1), ("GPB", 1)], [(None, 3), ("diamond", 1), ("ad", 1)], (3, 30),
      ["Bracelet", "Gents", ""], ["Bracelet", "Bracelet", ""], tags=["bracelet"]),
    D("paijan", "anklet", 6, ["Paijan", "Ghungroo Paijan", "Painjan", "Zanzar", "Oxidised Payal"], "pair",
      [("AG", 4), ("S925", 1), ("GPS", 1)], [(None, 1)], (28, 120), ["Anklets", "Silver", ""], ["Anklets", "Payal", ""],
      tags=["silver", "pair"]),
    D("jodvi", "toe ring", 5, ["Jodvi", "Fish Jodvi", "Meena Jodvi", "Adjustable"], "toe",
      [("AG", 3), ("S925", 1)], [(None, 3), ("ad", 1)], (4, 12), ["Silver", "Toe Rings", ""], ["Toe Rings", "", "Bichiya"],
      tags=["silver", "married"]),
    D("tikka", "maang tikka", 3, ["Bindi", "Chandrakor", "Mundavalya Tikka"], None,
      [("GPB", 2), ("Y22", 1)], [("kundan", 1), ("pearl", 1), ("ad", 1)], (4, 12), ["Bridal", ""], ["Maang Tikka", "Tikka"],
      tags=["bridal"]),
    D("bridal", "necklace", 6, ["Kundan Bridal", "Polki Rani", "AD Bridal", "Jadau Haar", "Reception"], "haar",
      [("GPS", 2), ("GPB", 2), ("Y22", 2)], [("kundan", 2), ("polki", 1), ("ad", 2)], (40, 110),
      ["Bridal Set", "Necklace", ""], ["Necklace Set", "Haar", "Necklace"], tags=["bridal", "reception"]),
    D("dnecklace", "necklace", 4, ["Diamond Line", "Solitaire Line", "Floral Diamond"], "diamond",
      [("Y18", 2), ("W18", 2)], [("diamond", 1)], (12, 30), ["Diamond Jewellery", "Necklace"], ["Necklace", "Necklace Set"],
      tags=["diamond", "anniversary"]),
    D("baby", "bangle", 4, ["Baby", "Balya", "Nazariya Baby"], "pair",
      [("Y22", 2), ("AG", 2)], [(None, 1)], (4, 12), ["Kids", "Bangles"], ["Bangles", "Bangdi"], tags=["kids", "naming ceremony"],
      kids=True),
]

STONE_WORDS = {
    "pearl": ["Basra Moti", "Pearl", "Moti", "Pearl"],
    "diamond": ["Diamond", "Diamond", "VVS Diamond", "Hira"],
    "lab": ["CVD Diamond", "Lab Grown Diamond", "LGD"],
    "ruby": ["Ruby", "Manik", "Ruby"],
    "emerald": ["Emerald", "Pachu", "Panna"],
    "ad": ["AD", "American Diamond", "CZ", "Zircon"],
    "ad red": ["Red AD", "Red Stone AD", "Red CZ"],
    "kundan": ["Kundan"],
    "polki": ["Polki", "Uncut Polki"],
    "navratna": ["Navratna"],
    "yellow sapphire": ["Pukhraj", "Yellow Sapphire", "Pukhraj (Yellow Sapphire)"],
    "blue sapphire": ["Neelam", "Blue Sapphire", "Neelam (Blue Sapphire)"],
}

AXES = {
    "plen": ("Length", [("14 inch", 0.95), ("15 inch", 1.0), ("16 inch", 1.06)]),
    "mlen": ("Length", [("18 inch", 0.85), ("20 inch", 0.92), ("24 inch", 1.0), ("30 inch", 1.2)]),
    "len": ("Length", [("18 inch", 0.9), ("20 inch", 1.0), ("22 inch", 1.1), ("24 inch", 1.2)]),
    "wt": ("Weight", [("5 gm", 5), ("8 gm", 8), ("10 gm", 10), ("12 gm", 12), ("15 gm", 15), ("20 gm", 20)]),
    "bsize": ("Size", [("2.2", 0.94), ("2.4", 0.97), ("2.6", 1.0), ("2.8", 1.04), ("2.10", 1.08)]),
    "rsize": ("Ring Size", [("8", 0.95), ("10", 0.97), ("12", 1.0), ("14", 1.02), ("16", 1.04), ("18", 1.06), ("20", 1.08)]),
    "npin": ("Type", [("Screw", 1.0), ("Wire", 1.0)]),
    "pierce": ("Type", [("With Piercing", 1.0), ("Without Piercing (Press)", 1.0)]),
    "ratti": ("Ratti", [("3.25 Ratti", 3.25), ("5.25 Ratti", 5.25), ("7.25 Ratti", 7.25), ("9.25 Ratti", 9.25)]),
}


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def metal_phrase(rng, code, colour, karat):
    """A phrase naming the metal; ``colour`` / ``karat`` say whether it may state them."""
    if code == "Y22":
        if colour:
            return rng.choice(["22 KT Gold", "22KT Gold", "22 Carat Gold", "916 Gold", "KDM Gold", "22K Gold", "916 Hallmark Gold"])
        return "Gold"
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18 KT {cw} Gold", f"18KT {cw} Gold", f"{cw} Gold 18 KT", f"18K {cw} Gold"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18 KT Gold", "18KT Gold", "18 Carat Gold", "750 Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Platinum Pt 950", "Pt950 Platinum"]) if colour else ""
    if code == "S925":
        return rng.choice(["92.5 Silver", "925 Sterling Silver", "Sterling Silver"]) if colour else ""
    if code == "AG":
        return rng.choice(["Pure Silver", "Chandi", "Silver"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Gold Polish 92.5 Silver", "Gold Plated Silver", "Silver with Gold Polish"]) if colour else rng.choice(["92.5 Silver", ""])
    if code == "GPB":
        return rng.choice(["Gold Plated", "Micron Gold Plated", "1 Gram Gold Plated"]) if colour else rng.choice(["1 Gram Gold", "One Gram Gold", "1 Gm Gold"])
    raise KeyError(code)


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if d["key"] == "ratna":
        stone = {"Pukhraj": "yellow sapphire", "Neelam": "blue sapphire", "Manik": "ruby", "Panna": "emerald",
                 "Moti": "pearl", "Navratna": "navratna"}[name]
    if name.startswith("Gents") or name in ("Sher Mukh", "Rudraksh", "Gents Lucky") or (cat == "kada" and rng.random() < 0.4):
        p["for"] = "men"
    if d.get("kids") or name in ("Nazariya",):
        p["for"] = "kids"
    if name.startswith("Diamond") or name in ("Solitaire", "Solitaire Pendant", "Solitaire Line", "Tennis", "Seven Stone", "Cluster",
                                               "Three Stone", "Halo Solitaire", "Princess Solitaire", "Floral Diamond"):
        if "Diamond Cut" not in name:
            stone = "diamond" if code in SOLID else "ad"
    if name == "Diamond Cut Bangdi" or name in ("Plain", "Plain Bangdi", "Rudraksh", "Sher Mukh"):
        stone = None
    if name == "CVD Solitaire":
        stone = "lab"
    if "Diamond Cut" in name:
        stone = None
    if name in ("Moti Thushi", "Moti Bugadi", "Pearl Kudi", "Moti Nath") and cat != "ring":
        stone = "pearl"
    if name in ("Kundan Bridal", "Jadau Haar"):
        stone = "kundan"
    if name == "Polki Rani":
        stone, code = "polki", "Y22"
    if name == "AD Bridal":
        stone = "ad"
    if name in ("Nazariya", "Nazariya Baby"):
        stone = None
    if code in ("AG", "S925", "GPS", "GPB") and stone in ("diamond", "polki", "lab"):
        stone = "ad"
    if code in ("AG", "S925") and stone == "kundan":
        stone = "ad"
    if d["key"] == "ratna" and stone == "navratna":
        code = "Y22"
    p["code"], p["stone"], p["name"] = code, stone, name
    if stone == "lab":
        p["lab"] = True
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax in ("rsize", "mlen", "len", "wt", "bsize"):
                k = rng.randint(3, min(5, len(vals)))
                st = rng.randint(0, len(vals) - k)
                vals = vals[st:st + k]
            if ax == "ratti" and stone == "navratna":
                continue
            if ax == "wt":
                axes.append((nm, [(v, {"g": f}) for v, f in vals]))
            elif ax == "ratti":
                axes.append((nm, [(v, {"ct": f * 0.91}) for v, f in vals]))
            else:
                axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "finish" and code == "GPS":
            axes.append(("Finish", [("Gold Polish", {"code": "GPS"}), ("Oxidised Silver", {"code": "AG"})]))
        elif ax == "metal3" and code in ("Y18", "R18", "W18"):
            order = [code] + [c for c in ("Y18", "R18", "W18") if c != code]
            lab = {"Y18": "18 KT Yellow Gold", "R18": "18 KT Rose Gold", "W18": "18 KT White Gold"}
            axes.append(("Metal", [(lab[c], {"code": c}) for c in order]))
    if code == "Y22" and not axes and cat in ("bangle", "mangalsutra", "pendant", "chain", "earrings") and rng.random() < 0.2:
        axes.append(("Purity", [("22 KT", {"code": "Y22"}), ("18 KT", {"code": "Y18", "f": 0.93})]))
    p["axes"] = axes[:3]
    g0 = round(rng.uniform(*d["grams"]) * (0.3 if p.get("for") == "kids" and cat == "bracelet" else 1.0), 3)
    carat = None
    if stone in ("diamond", "lab"):
        carat = rng.choice([0.06, 0.1, 0.15, 0.21, 0.3, 0.42, 0.5]) * (5 if cat in ("bangle", "bracelet", "necklace", "mangalsutra") else 1)
        if cat == "engagement ring":
            carat = rng.choice([0.3, 0.4, 0.5, 0.7, 1.01, 1.5] if stone == "diamond" else [1.0, 1.5, 2.0])
        carat = round(carat, 2)
    elif stone == "polki":
        carat = round(rng.uniform(12, 30), 1) + 0.3
    p["carat"] = carat
    stone_ct = carat or (rng.uniform(0.5, 3.0) if stone in ("ruby", "emerald", "navratna", "yellow sapphire", "blue sapphire") else 0)
    making = rng.choice([0.08, 0.1, 0.12, 0.14, 0.16, 0.18])
    p["making"] = making
    variants = []
    gpb_base = rng.choice([650, 850, 1150, 1450, 1850, 2450, 3250]) * (1.0 + g0 / 60)
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vs, f, ct, grams = code, stone, 1.0, stone_ct, g0
        for val, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
            if "g" in mod:
                grams = float(mod["g"])
            if "ct" in mod:
                ct = mod["ct"]
        grams = grams * f
        if vc == "GPB":
            price = gpb_base * f
        else:
            price = grams * RATE[vc] * (1 + making)
            if vc in SILVER:
                price += rng.choice([300, 450, 600]) if not variants else 450
        price += ct * STONE_RATE.get(vs, 0)
        if vs == "pearl":
            price += 2500 if vc in SOLID else 400
        if vs == "kundan":
            price += 12000 if vc == "Y22" else 1500
        if vs and vs.startswith("ad"):
            price += 350
        price = r10(price * (1.03 if vc != "GPB" else 1.0))
        variants.append(Variant([v for v, _ in combo], vc, vs, price, None, grams))
    if rng.random() < 0.15:
        disc = rng.choice([0.1, 0.2, 0.3]) if code == "GPB" else rng.choice([0.05, 0.08])
        for v in variants:
            v.compare = v.price
            v.price = r10(v.price * (1 - disc))
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.3
    if d["others"] and stone and rng.random() < d.get("p_other", 0):
        p["others"] = [o for o in d["others"] if o != FSTONES[stone][0]]
    write_listing(rng, p, name)
    return p


CATWORD_IN_NAME = re.compile(r"thushi|tanmani|saaj|haar|mal\b|mangalsutra|ganthan|nath|chamki|bugadi|kudi|zumka|jhumk|butti|"
                             r"patlya|bangdi|pichodi|tode|kada|vinti|angathi|sagai|sakhli|chain|lucky|paijan|painjan|zanzar|payal|"
                             r"jodvi|bindi|tikka|nallapusalu|tanmaniya", re.I)


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    axis_names = [a[0] for a in p["axes"]]
    metal_axis = any(n in ("Finish", "Purity", "Metal") for n in axis_names)
    col_loc = wchoice(rng, [("title", 48), ("body", 24), ("tags", 9), ("photo", 8)])
    if metal_axis and rng.random() < 0.75:
        col_loc = "options"
    kar_loc = col_loc if code == "Y22" else wchoice(rng, [("title", 40), ("body", 40), ("tags", 10), ("none", 10)])
    if code == "Y22" and col_loc in ("photo", "options"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 52), ("body", 26), ("tags", 10), ("nowhere", 5)])
        if d["key"] == "ratna":
            st_loc = "title"
    cat_loc = "title" if rng.random() < 0.9 else rng.choice(["type", "body"])
    if d["key"] in ("ratna",):
        cat_loc = "title"
    traps = []
    m_title = ""
    if col_loc == "title" or kar_loc == "title" or rng.random() < 0.3:
        m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title")
    if code in ("PT", "AG", "S925") and col_loc != "title":
        m_title = ""
    s_title = ""
    if st_loc == "title" and not (stone == "pearl" and re.search(r"moti|pearl", name, re.I)) and d["key"] != "ratna":
        s_title = rng.choice(STONE_WORDS[stone])
    if d["key"] == "ratna":
        s_title = {"yellow sapphire": rng.choice(["Pukhraj", "Yellow Sapphire (Pukhraj)"]), "blue sapphire": rng.choice(["Neelam", "Blue Sapphire (Neelam)"]),
                   "ruby": rng.choice(["Manik", "Ruby (Manik)"]), "emerald": rng.choice(["Panna", "Emerald (Panna)"]),
                   "pearl": rng.choice(["Moti", "South Sea Moti"]), "navratna": "Navratna"}[stone]
        name = ""
    if ("Diamond Cut" in name or "Diamond Cut" in d.get("trapname", "")) and stone is None:
        traps.append("Diamond Cut")
    if re.search(r"diamond", name, re.I) and stone == "ad":
        traps.append(name)
    if stone in ("diamond", "lab") and re.search(r"diamond|solitaire", name, re.I) and st_loc != "title":
        st_loc = "title"
    if stone == "pearl" and re.search(r"moti|pearl", name, re.I):
        st_loc = "title"
    if name in ("Kundan Bridal", "Polki Rani", "AD Bridal", "Jadau Haar"):
        st_loc = "title"
        s_title = ""
    if s_title and set(s_title.lower().split()) & set(name.lower().split()):
        s_title = ""
    catword = rng.choice(d["catwords"]) if cat_loc == "title" else ""
    if catword and catword.split()[0].lower() in name.lower():
        catword = ""
    if catword and CATWORD_IN_NAME.search(name) and CATWORD_IN_NAME.search(catword):
        catword = ""
    if cat_loc != "title" and CATWORD_IN_NAME.search(name):
        cat_loc = "title"
    parts = [x for x in (s_title, name, catword) if x]
    if d["key"] == "ratna":
        parts = [s_title, rng.choice(["Ring", "Gemstone Ring", "Ratna Ring", "Vinti"])]
    core = " ".join(parts)
    form = rng.random()
    if not m_title:
        title = core
    elif form < 0.45:
        title = f"{m_title} {core}"
    elif form < 0.7:
        title = f"{core} - {m_title}"
    elif form < 0.85:
        title = f"{core} ({m_title})"
    else:
        title = f"{core} in {m_title}"
    if rng.random() < 0.15:
        title = title.upper()
    if rng.random() < 0.12:
        title = f"{title} SPJ{p['serial']}"
    if p.get("for") == "men" and not re.search(r"gents|men", title, re.I) and rng.random() < 0.6:
        title += rng.choice([" for Gents", " (Men)"])
    if p.get("for") == "kids" and not re.search(r"baby|kids|balya", title, re.I):
        title += " for Kids"
    p["title"] = title
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    p["body"] = write_body(rng, p, name or s_title, col_loc, kar_loc, st_loc, cat_loc)
    p["tags"] = write_tags(rng, p, col_loc, kar_loc, st_loc, cat_loc)
    typ = rng.choice(d["types"])
    if typ == "Silver" and code not in ("AG", "S925", "GPS"):
        typ = ""
    if typ == "Diamond Jewellery" and stone not in ("diamond", "lab"):
        typ = ""
    if typ == "Gents" and p.get("for") != "men":
        typ = ""
    if cat_loc == "type" and not typ:
        typ = d["types"][0]
    p["type"] = typ
    p["traps"] = traps


OPENERS = {
    "choker": ["Traditional {n}: gold beads (mani) strung close on a patti, with a dori to tie at the back.",
               "Our {n}, made in Kolhapur-style by our karigar in Kalbadevi."],
    "necklace": ["Traditional {n} necklace for Maharashtrian and Gujarati weddings.", "A {n} haar, handmade in Zaveri Bazaar."],
    "mangalsutra": ["{n} mangalsutra with black beads (kale mani).", "A {n} mangalsutra for the daily wear of a married woman."],
    "nose pin": ["{n} for the nauvari look.", "A {n} nose ornament, light weight."],
    "earrings": ["A pair of {n} earrings.", "{n}, sold as a pair."],
    "jhumka": ["A pair of {n} jhumkas with bells.", "{n} earrings, a festive pair."],
    "bangle": ["Sold as a pair (2 bangles). {n} design.", "{n} bangles, price for 2 pieces."],
    "kada": ["A solid {n} kada with a screw opening.", "{n} kada, heavy and solid."],
    "ring": ["A {n} finger ring.", "{n} ring, made to your size."],
    "engagement ring": ["A {n} engagement ring for the sagai.", "{n} engagement ring, certified."],
    "wedding band": ["{n} band, priced per piece.", "A {n} wedding band, priced per ring."],
    "chain": ["{n} chain with an S-hook.", "A {n} chain, lobster lock."],
    "pendant": ["{n} pendant.", "A {n} pendant, a favourite gift for pooja and birthdays."],
    "bracelet": ["{n} bracelet with a box lock.", "A {n} bracelet."],
    "anklet": ["A pair of {n} anklets with ghungroo.", "{n}, sold as a pair."],
    "toe ring": ["A pair of {n} toe rings, adjustable.", "{n}, sold as a pair for both feet."],
    "maang tikka": ["{n} maang tikka for the bride.", "A bridal {n} tikka."],
}
SHOP_LINES = ["Shreeji Parekh Jewellers, Zaveri Bazaar, since 1962.", "Visit our Kalbadevi showroom or order on WhatsApp.",
              "Handmade by our karigars in Zaveri Bazaar."]


def huid(rng):
    while True:
        h = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not re.search(r"916|750|585|375|\d\s?(K|KT)\b|(?<![A-Z])(AD|CZ)(?![A-Z])", h):
            return h


def safe_weight(g):
    """A weight whose digits cannot be read as a hallmark (916, 750, 925, 92.5 ...)."""
    while re.search(r"916|750|585|375|925|92\.5", f"{g:.3f}") or re.search(r"916|750|585|375|925|92\.5", f"{g:.1f}"):
        g += 0.111
    return g


def write_body(rng, p, name, col_loc, kar_loc, st_loc, cat_loc):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    bits = []
    if cat_loc == "body" or rng.random() < 0.55:
        bits.append(f"<p>{rng.choice(OPENERS[cat]).format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(SHOP_LINES)}</p>")
    rows = []
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    if col_loc == "body" or kar_loc == "body":
        if code == "GPB" and col_loc != "body":
            mb = metal_phrase(rng, code, False, False)
        rows.append(("Metal", mb))
    elif code == "GPB" and rng.random() < 0.5:
        rows.append(("Material", "Brass with micron gold plating" if col_loc == "body" else "Brass (1 gm gold)"))
    if code == "Y22" and kar_loc == "body":
        rows.append(("Purity", rng.choice(["22 KT (916)", "916", "22 Karat", "KDM 22 KT"])))
        rows.append(("HUID", huid(rng)))
    elif code in ("Y18", "W18", "R18") and kar_loc == "body":
        rows.append(("Purity", rng.choice(["18 KT (750)", "18 KT", "750"])))
        rows.append(("HUID", huid(rng)))
    if stone and st_loc == "body":
        sw = rng.choice(STONE_WORDS[stone])
        extra = f" ({p['carat']:.2f} ct)" if p.get("carat") else ""
        rows.append(("Stone", sw + extra))
    elif stone in ("diamond", "lab") and st_loc == "title" and rng.random() < 0.6:
        rows.append(("Diamond Weight", f"{p['carat']:.2f} ct"))
        rows.append(("Diamond Quality", rng.choice(["VVS-VS / EF", "SI / GH", "VS / FG, IGI certified"])))
    if p.get("others") and st_loc in ("body", "title"):
        oth = {"ruby": rng.choice(["ruby", "manik"]), "emerald": rng.choice(["emerald", "pachu"]), "pearl": "pearl"}
        rows.append(("Accent stones", " &amp; ".join(oth[o] for o in p["others"])))
    v0 = p["variants"][0]
    if code != "GPB":
        rows.append(("Net Weight", f"{safe_weight(v0.grams):.3f} gm"))
        if code in SOLID:
            rows.append(("Making Charges", f"{int(p['making'] * 100)}%"))
        else:
            rows.append(("Labour", "as per design"))
    else:
        rows.append(("Weight", f"{safe_weight(v0.grams):.1f} g (approx.)"))
    if rows:
        bits.append("<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>")
    notes = []
    if code == "PT":
        notes.append("Price includes 3% GST. Platinum Guild certificate included.")
    elif code in SOLID:
        notes.append(rng.choice(["Price includes 3% GST. Price changes with the daily gold rate.",
                                 "Rates as per today's bullion rate + making + 3% GST.",
                                 "Lifetime exchange at today's rate."]))
    elif code == "GPB":
        notes.append(rng.choice(["Not real gold. Do not apply perfume directly.", "6 months polish guarantee.",
                                 "Anti-tarnish, skin friendly."]))
    if rng.random() < 0.3:
        notes.append(rng.choice(["Free shipping all over India.", "Cash on delivery available in Mumbai.",
                                 "Ready stock, dispatch in 2 days."]))
    if notes:
        bits.append("<p>" + " ".join(notes) + "</p>")
    body = "\n".join(bits)
    if rng.random() < 0.04 and "body" not in (col_loc, kar_loc, st_loc, cat_loc):
        body = ""
    return body


COLOUR_TAG = {"Y22": "22kt", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "PT": "platinum",
              "AG": "silver", "S925": "silver 925", "GPS": "gold plated", "GPB": "gold plated"}
STONE_TAG = {"pearl": "pearl", "diamond": "diamond", "lab": "lab grown diamond", "ruby": "ruby", "emerald": "emerald",
             "ad": "AD", "ad red": "red AD", "kundan": "kundan", "polki": "polki", "navratna": "navratna",
             "yellow sapphire": "pukhraj", "blue sapphire": "neelam"}


def write_tags(rng, p, col_loc, kar_loc, st_loc, cat_loc):
    d, code, stone = p["d"], p["code"], p["stone"]
    tags = list(rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 3))))
    tags += rng.sample(["new arrival", "Mumbai", "Diwali", "Gudi Padwa", "Akshaya Tritiya", "bestseller", "lightweight"],
                       k=rng.randint(0, 2))
    if col_loc == "tags":
        tags.append(COLOUR_TAG[code])
    if kar_loc == "tags" and code in ("Y18", "W18", "R18"):
        tags.append("18kt")
    if st_loc == "tags":
        tags.append(STONE_TAG[stone])
    if code == "GPB":
        tags.append(rng.choice(["1 gram gold", "imitation", "one gram gold"]))
    if cat_loc == "type" and rng.random() < 0.5:
        tags.append(p["cat"])
    clean = []
    for t in tags:
        tl = t.lower()
        if tl in ("basra moti", "pearl") and (stone != "pearl" or st_loc not in ("tags", "title")):
            continue
        if tl == "diamond" and (stone not in ("diamond", "lab") or st_loc not in ("tags", "title")):
            continue
        if tl == "silver" and (code not in ("AG", "S925") or col_loc != "tags"):
            continue
        if t not in clean:
            clean.append(t)
    return clean


def render_spec(p, code, stone):
    cat, d = p["cat"], p["d"]
    spec = {"kind": cat, "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
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
        if p["name"] == "Three Stone":
            spec["style"] = "trilogy"
    elif cat == "engagement ring":
        spec["halo"] = "Halo" in p["name"]
    elif cat == "nose pin" and st != "nath":
        spec["style"] = "flower" if stone else "stud"
    elif cat == "mangalsutra":
        spec["style"] = "vati" if stone is None else "pendant"
    elif cat == "earrings" and d["key"] == "bugadi":
        spec["style"] = "stud" if p["serial"] % 2 else "huggie"
    elif cat == "bangle" and stone is None and p["serial"] % 3 == 0:
        spec["style"] = "carved"
    elif cat == "chain":
        spec["style"] = ["rope", "box", "curb", "cable"][p["serial"] % 4]
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("diamond", "ad") else ("bead" if p["name"].startswith("Nazariya") else "curb")
    elif cat == "kada":
        spec["style"] = "lion" if p["name"] == "Sher Mukh" else "plain"
    elif st:
        spec["style"] = st
    return spec


def pick_broken(rng, h):
    return rng.choice([f"{h}-final.jpg", f"WhatsApp-Image-2025-10-{rng.randint(10, 28)}-at-11.4{rng.randint(0, 9)}.jpeg", f"{h}_copy.jpg"])


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "mum_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 4100
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
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "archived"
    broken = set(idx[5:9])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1730000000 + p["serial"] * 577
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        main_name = f"{h}.jpg" if prng.random() < 0.55 else f"SPJ{p['serial']}_1.jpg"
        if is_broken:
            imgs.append((pick_broken(prng, h), None, None))
        else:
            imgs.append((main_name, main_spec, 9100 + p["serial"]))
        var_img = {}
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
            if any("code" in mod or "stone" in mod for _, mod in vals):
                looks = {(FMETALS[mod.get("code", p["code"])][3], FSTONES[mod.get("stone", p["stone"])][2]) for _, mod in vals}
                if len(looks) > 1:
                    axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = f"{h}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 9100 + p["serial"] + 37 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-back.jpg"), sp, 9900 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"SPJ-{p['serial']}"
        for v in vs:
            v.sku = "" if prng.random() < 0.06 else base_sku + "".join("-" + slugify(o).upper().replace("-", "")[:6] for o in v.opts)
        for j in range(max(len(vs), len(imgs))):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.7 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE",
                          "Status": p["status"]})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if prng.random() < 0.2:
                    r["SEO Title"] = f"{p['title'].strip().title()} | Shreeji Parekh Jewellers Mumbai"
                    r["SEO Description"] = "Buy hallmarked jewellery online from Zaveri Bazaar, Mumbai. Insured delivery across India."
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))),
                          "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Qty": str(0 if prng.random() < 0.1 else prng.randint(1, 6)),
                          "Variant Inventory Policy": "continue" if p["code"] in SOLID else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if prng.random() < 0.3 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        may = {"diamond"} if p["stone"] == "polki" else set()
        if p["stone"] == "navratna":
            may |= {"ruby", "emerald", "pearl", "diamond", "sapphire"}
        ev, problems = sixth_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"mum {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir


_ = evidence  # the reader's tables are extended in sixth_common
