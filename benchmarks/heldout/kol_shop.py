"""Plan of the Kolkata shop: Sonar Kathi Jewellers, Bowbazar (INR).

Shopify classic product export (Handle ... Status) with the two market
columns a store with an International market exports, and one product
metafield column.  A Bengali gold shop: sitahar, chik, ruli bala, chur,
kankan, mantasha, shakha / pola bandhano, jhumko, kaanbala, kaan pasha,
nakchhabi, tikli, payel / nupur, chutki, aangti, rashi ratna (astrological
stone) rings weighed in ratti, gold weights in grams and bhori / ana, 916
hallmark + HUID, "gini sona", making charges per gram, 18K rose-gold light
wear, platinum bands and chains, lab-grown diamonds.
"""

from __future__ import annotations

import os
import random
import re

import render
from fourth_common import EXTRA_RENDER_KIND, inr_group, r10
from fresh_common import FMETALS, FSTONES, Variant, money, options_text, read_evidence, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-kol.example/files/"
CURRENCY = "INR"
EXPORT_NAME = "products_export_1.csv"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Gross weight (product.metafields.custom.gross_weight)", "Variant Image",
    "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Included / India", "Included / International",
    "Price / International", "Compare At Price / International", "Status",
]

VENDORS = ["Sonar Kathi", "Sonar Kathi Jewellers", "Sonar Kathi", "SKJ Bowbazar", "SKJ Karigar Unit"]

TAXONOMY = {
    "necklace": "Apparel & Accessories > Jewelry > Necklaces", "choker": "Apparel & Accessories > Jewelry > Necklaces",
    "mangalsutra": "Apparel & Accessories > Jewelry > Necklaces", "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "earrings": "Apparel & Accessories > Jewelry > Earrings", "jhumka": "Apparel & Accessories > Jewelry > Earrings",
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "toe ring": "Apparel & Accessories > Jewelry > Rings",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets", "kada": "Apparel & Accessories > Jewelry > Bracelets",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets", "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "nose pin": "Apparel & Accessories > Jewelry > Body Jewelry", "maang tikka": "",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
    "waist belt": "Apparel & Accessories > Jewelry > Body Jewelry", "armlet": "Apparel & Accessories > Jewelry > Body Jewelry",
    "hand harness": "Apparel & Accessories > Jewelry > Bracelets",
}

# rupees per gram of metal, before making
RATE = {"Y22": 9850, "Y18": 8060, "W18": 8060, "R18": 8060, "PT": 3750, "AG": 175, "S925": 165, "GPS": 190, "RGPS": 190}
# rupees per carat (astrological stones: per ratti, see ratti below)
STONE_RATE = {"diamond": 72000, "lab": 19000, "moissanite": 9000, "polki": 22000, "ruby": 4500, "emerald": 5200,
              "blue sapphire": 9500, "yellow sapphire": 6200, "navratna": 3800, "pearl": 0, "kundan": 0,
              "ad": 0, "ad red": 0, "ad green": 0, "ad blue": 0, None: 0}
RATTI_CT = 0.91  # one ratti in carats, as Kolkata astrologers' shops reckon it
BHORI_G = 11.664


def D(key, cat, n, names, style, metals, stones, grams, types, catwords, axes=(), tags=(), others=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, catwords=catwords, axes=list(axes), tags=list(tags), others=list(others))
    d.update(kw)
    return d


DESIGNS = [
    D("sitahar", "necklace", 10, ["Sitahar", "Chandrahar", "Lohori", "Kalka", "Dhaner Shish", "Jhalor", "Tabij", "Mayur"], "haar",
      [("Y22", 6), ("GPS", 1)], [(None, 5), ("ad", 1), ("ruby", 1), ("pearl", 1)], (28, 85),
      ["Haar", "Bridal Collection", "Gold Necklace", ""], ["Haar", "Necklace", "Necklace Set"],
      tags=["bengali bridal", "biye", "sitahar"], others=["pearl"], p_other=0.3),
    D("chik", "choker", 8, ["Chik", "Kundan Chik", "Polki Look Chik", "Mina Chik", "Rajwadi Chik"], "choker",
      [("Y22", 4), ("GPS", 3)], [(None, 2), ("ad", 2), ("ad red", 1), ("ad green", 1), ("polki", 1), ("kundan", 1)], (22, 60),
      ["Chik & Choker", "Bridal Collection", ""], ["Choker", "Chik", "Choker Set"], tags=["chik", "bengali bridal", "reception"]),
    D("light", "necklace", 12, ["Lightweight", "Office Wear", "Petal", "Leaf Line", "Ginkgo", "Drop Line"], "diamond",
      [("Y22", 3), ("Y18", 2), ("R18", 2), ("W18", 1)], [(None, 3), ("diamond", 2), ("lab", 1), ("ad", 1)], (6, 18),
      ["Light Weight", "Gold Necklace", "Diamond Jewellery", ""], ["Necklace", "Necklace", "Necklace Set"],
      axes=[("gcol", 0.4)], tags=["lightweight", "office wear", "daily wear"]),
    D("mala", "necklace", 6, ["Muktor Mala", "Mukta Mala", "Double Line Moti", "Rice Pearl"], "beaded",
      [("GPS", 3), ("S925", 2), ("Y22", 1)], [("pearl", 1)], (20, 55), ["Pearl", "Mala", ""], ["Mala", "Necklace", "Haar"],
      axes=[("len", 0.5)], tags=["mukta", "pearl", "gift"]),
    D("mangalsutra", "mangalsutra", 6, ["Mangalsutra", "Diamond Mangalsutra", "Short Mangalsutra", "Vati"], "vati",
      [("Y22", 4), ("Y18", 2)], [(None, 3), ("diamond", 2), ("ad", 1)], (6, 22), ["Mangalsutra", ""],
      ["Mangalsutra", "Mangal Sutra"], axes=[("mlen", 0.4)], tags=["mangalsutra", "wedding"]),
    D("pendant", "pendant", 16, ["Lokkhi", "Maa Durga", "Ganesh", "Tabij", "Heart", "Initial", "Om", "Solitaire", "Shankha"], "coin",
      [("Y22", 4), ("Y18", 2), ("R18", 2), ("W18", 1), ("S925", 1)], [(None, 4), ("diamond", 2), ("lab", 1), ("ad", 1), ("ruby", 1)],
      (1.5, 8), ["Pendant", "Locket", "God Pendant", ""], ["Pendant", "Locket", "Locket"], tags=["pendant", "gift", "annaprashan"]),
    D("chain", "chain", 12, ["Bati", "Moti Dana", "Singapore", "Rope", "Box", "Gents Curb", "Hira Kata", "Platinum Link"], "rope",
      [("Y22", 6), ("PT", 2), ("S925", 1), ("Y18", 1)], [(None, 1)], (5, 28), ["Chain", "Gents", ""], ["Chain", "Chain", "Har"],
      axes=[("len", 0.8)], tags=["chain", "gift"]),
    D("earrings", "earrings", 24, ["Kaanbala", "Kaan Pasha", "Dul", "Tops", "Chandbali", "Huggie", "Stud", "Jhumko Dul", "Pasha", "Makri"], "stud",
      [("Y22", 5), ("Y18", 2), ("R18", 2), ("W18", 1), ("GPS", 2), ("S925", 1)],
      [(None, 4), ("diamond", 3), ("lab", 1), ("ad", 2), ("pearl", 1), ("ruby", 1), ("emerald", 1), ("polki", 1)], (2, 16),
      ["Earrings", "Kaaner Dul", "Diamond Jewellery", ""], ["Earrings", "Earring", "Tops", "Kaner Dul"],
      axes=[("gcol", 0.3)], tags=["earrings", "daily wear", "puja"]),
    D("jhumka", "jhumka", 10, ["Jhumko", "Bell Jhumko", "Temple Jhumko", "Chand Jhumko", "Mina Jhumko"], "jhumka",
      [("Y22", 5), ("GPS", 3), ("AG", 1)], [(None, 3), ("pearl", 2), ("ruby", 1), ("ad", 1)], (6, 24),
      ["Jhumko", "Earrings", ""], ["Jhumka", "Jhumko", "Jhumki"], axes=[("polish", 0.4)], tags=["jhumko", "durga puja"]),
    D("bangle", "bangle", 22, ["Ruli Bala", "Chur", "Kankan", "Mantasha", "Hira Kata Chur", "Shakha Bandhano", "Pola Bandhano",
                               "Plain Bala", "Baby Bala", "Diamond Bala", "Lightweight Chur"], "pair",
      [("Y22", 7), ("Y18", 1), ("R18", 1), ("GPS", 1)], [(None, 7), ("diamond", 1), ("ad", 1), ("ruby", 1)], (12, 45),
      ["Bala & Chur", "Bangles", ""], ["Bangles", "Bala", "Chur", "Bangle"], axes=[("bsize", 0.8), ("sold", 0.3)],
      tags=["bala", "chur", "bengali bridal"]),
    D("kada", "kada", 6, ["Gents Bala", "Singho Mukh", "Kada", "Rope Kada"], "plain",
      [("Y22", 3), ("AG", 2), ("S925", 1)], [(None, 1)], (18, 55), ["Gents", "Bala & Chur", ""], ["Kada", "Bala", "Kada for Men"],
      axes=[("bsize", 0.5)], tags=["kada", "gents"]),
    D("bracelet", "bracelet", 10, ["Tennis", "Gents Link", "Flexi", "Evil Eye", "Platinum Gents", "Charm", "Nazar"], "chain",
      [("Y18", 2), ("W18", 2), ("R18", 2), ("PT", 2), ("S925", 1), ("Y22", 1)], [(None, 3), ("diamond", 2), ("lab", 1), ("ad", 1)],
      (4, 22), ["Bracelet", "Gents", "Diamond Jewellery", ""], ["Bracelet", "Bracelet", "Hand Chain"], tags=["bracelet", "gift"]),
    D("ring", "ring", 14, ["Aangti", "Gents Aangti", "Cocktail", "Cluster", "Leaf", "Band Style", "Signet", "Flower"], "bezel",
      [("Y22", 4), ("Y18", 2), ("R18", 2), ("W18", 1), ("S925", 1)], [(None, 3), ("diamond", 3), ("lab", 1), ("ad", 1), ("ruby", 1), ("emerald", 1)],
      (2, 10), ["Ring", "Aangti", ""], ["Ring", "Aangti", "Finger Ring"], axes=[("rsize", 0.7), ("dq", 0.3)], tags=["ring", "aangti"]),
    D("astro", "ring", 10, ["Neela", "Pukhraj", "Chuni", "Panna", "Nabaratna", "Moti"], "bezel",
      [("Y22", 3), ("S925", 2), ("AG", 1)], [("blue sapphire", 1)], (3, 8), ["Astro Ratna", "Rashi Ratna", "Ring"],
      ["Ring", "Aangti", "Astrological Ring"], axes=[("ratti", 0.8), ("rsize", 0.4)], tags=["rashi ratna", "astrology", "certified"]),
    D("solitaire", "engagement ring", 8, ["Solitaire", "Halo Solitaire", "Six Prong", "Promise", "Oval Solitaire"], "solitaire",
      [("W18", 2), ("PT", 2), ("R18", 1), ("Y18", 1)], [("diamond", 3), ("lab", 2), ("moissanite", 1)], (2.5, 6),
      ["Engagement", "Diamond Jewellery", "Ring"], ["Engagement Ring", "Solitaire Ring", "Ring"], axes=[("rsize", 0.8)],
      tags=["engagement", "ashirbad", "proposal"]),
    D("bands", "wedding band", 6, ["Couple", "Milgrain", "Brushed", "Love Band"], "wedding",
      [("PT", 3), ("Y18", 1), ("R18", 1)], [(None, 2), ("diamond", 1)], (4, 9), ["Couple Band", "Ring", "Platinum"],
      ["Band", "Couple Bands", "Wedding Band"], axes=[("rsize", 1.0)], tags=["wedding", "couple"]),
    D("nosepin", "nose pin", 10, ["Nakchhabi", "Nolok", "Nath", "Single Stone Nakchhabi", "Phool", "Tara"], "flower",
      [("Y22", 3), ("Y18", 3), ("W18", 1), ("R18", 1)], [("diamond", 3), ("ad", 2), (None, 1), ("ruby", 1)], (0.3, 3),
      ["Nakchhabi", "Nose Pin", ""], ["Nose Pin", "Nakchhabi", "Nose Stud"], axes=[("npin", 0.5)], tags=["nakchhabi", "daily wear"]),
    D("tikli", "maang tikka", 5, ["Tikli", "Chandrika Tikli", "Mina Tikli", "Kundan Tikli"], None,
      [("Y22", 2), ("GPS", 3)], [(None, 1), ("kundan", 1), ("ad", 1), ("pearl", 1)], (4, 14), ["Bridal Collection", "Tikli", ""],
      ["Tikli", "Maang Tikka", "Tikka"], tags=["bengali bridal", "tikli"]),
    D("payel", "anklet", 6, ["Payel", "Nupur", "Ghungroo Payel", "Oxidised Payel", "Baby Payel"], "pair",
      [("AG", 3), ("S925", 2)], [(None, 1)], (18, 110), ["Silver Jewellery", "Payel", ""], ["Payel", "Anklet", "Nupur"],
      tags=["rupo", "payel"]),
    D("chutki", "toe ring", 4, ["Chutki", "Machh Chutki", "Adjustable Chutki"], "toe",
      [("AG", 1)], [(None, 1)], (3, 9), ["Silver Jewellery", ""], ["Chutki", "Toe Ring", "Toe Rings"], tags=["rupo", "chutki"]),
    D("saripin", "brooch", 3, ["Saree Pin", "Shankha Saree Pin", "Peacock Saree Pin"], "flower",
      [("Y22", 1), ("GPS", 2)], [(None, 1), ("ad", 1)], (3, 9), ["Saree Pin", ""], ["Brooch", "Saree Pin", "Brooch"],
      tags=["saree pin"]),
    D("komor", "waist belt", 2, ["Komorbondhoni", "Kamarbandh"], "haar", [("GPS", 1), ("Y22", 1)], [(None, 1)], (90, 180),
      ["Bridal Collection", ""], ["Kamarbandh", "Waist Belt"], tags=["bengali bridal"]),
    D("baju", "armlet", 2, ["Bajuband", "Taga"], "open", [("Y22", 1), ("GPS", 1)], [(None, 1)], (20, 45),
      ["Bridal Collection", ""], ["Bajuband", "Armlet"], tags=["bengali bridal"]),
    D("ratanchur", "hand harness", 2, ["Ratanchur", "Hathphool"], "charm", [("GPS", 1), ("Y22", 1)], [("ad", 1), ("kundan", 1)], (14, 30),
      ["Bridal Collection", ""], ["Ratanchur", "Hathphool"], tags=["bengali bridal"]),
]

ASTRO = {"Neela": "blue sapphire", "Pukhraj": "yellow sapphire", "Chuni": "ruby", "Panna": "emerald", "Nabaratna": "navratna", "Moti": "pearl"}

STONE_WORDS = {
    "diamond": ["Diamond", "Real Diamond", "Diamond", "IGI Diamond"],
    "lab": ["Lab Grown Diamond", "Lab-Grown Diamond", "Lab Diamond"],
    "moissanite": ["Moissanite"],
    "pearl": ["Pearl", "Mukta (Pearl)", "Pearl", "Moti"],
    "ruby": ["Ruby", "Chuni (Ruby)", "Ruby"],
    "emerald": ["Emerald", "Panna (Emerald)", "Emerald"],
    "blue sapphire": ["Blue Sapphire (Neelam)", "Neelam", "Blue Sapphire"],
    "yellow sapphire": ["Yellow Sapphire (Pukhraj)", "Yellow Sapphire", "Pukhraj Yellow Sapphire"],
    "navratna": ["Navaratna", "Navratna"],
    "polki": ["Polki", "Uncut Polki"],
    "kundan": ["Kundan"],
    "ad": ["CZ", "American Diamond", "AD Stone", "Zircon"],
    "ad red": ["Red CZ", "Red AD"],
    "ad green": ["Green CZ", "Green AD"],
    "ad blue": ["Blue CZ"],
}
# stone words that do NOT let a keyword reader name the stone (shop's Bengali habit)
STONE_VAGUE = {"diamond": "Hire", "ruby": "Chuni", "emerald": "Panna", "pearl": "Mukta", "blue sapphire": "Neela",
               "navratna": "Nabaratna", "lab": "LGD", "ad": "Sada Pathor", "ad red": "Lal Pathor", "ad green": "Sabuj Pathor"}

AXES = {
    "len": ("Length", [("16 inch", 0.85), ("18 inch", 1.0), ("20 inch", 1.12), ("22 inch", 1.24), ("24 inch", 1.36)]),
    "mlen": ("Length", [("18 inches", 1.0), ("22 inches", 1.2)]),
    "bsize": ("Size", [("2-2", 0.94), ("2-4", 0.97), ("2-6", 1.0), ("2-8", 1.04), ("2-10", 1.08)]),
    "rsize": ("Ring Size", [("8", 0.95), ("10", 0.97), ("12", 1.0), ("14", 1.02), ("16", 1.04), ("18", 1.06), ("20", 1.08)]),
    "npin": ("Fitting", [("Screw", 1.0), ("Wire", 1.0)]),
}


def safe_text(s: str) -> str:
    """Bump a written number that a keyword reader would take for a purity stamp (916 / 750 / 585 / 375)."""
    return re.sub(r"(?<![\d.])(916|750|585|375)(?!\d)", lambda m: str(int(m.group(1)) + 10), s)


def metal_phrase(rng, code, colour, karat):
    if code == "Y22":
        if colour or karat:
            return rng.choice(["22K Gold", "22 Carat Gold", "916 Hallmark Gold", "22ct Gold", "916 KDM Gold", "22K (916)"])
        return rng.choice(["Gold", "Sona", "Gini Sona"])
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18K {cw} Gold", f"18ct {cw} Gold", f"{cw} Gold 18K", f"18 Carat {cw} Gold"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18K Gold", "18 Carat Gold", "750 Gold", "18KT"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Pt 950 Platinum", "Platinum (Pt950)"]) if colour else ""
    if code == "S925":
        return rng.choice(["92.5 Sterling Silver", "925 Silver", "Sterling Silver"]) if colour else rng.choice(["Rupor", ""])
    if code == "AG":
        return rng.choice(["Pure Silver", "Silver", "Khanti Rupo (Pure Silver)"]) if colour else rng.choice(["Rupo", ""])
    if code == "GPS":
        return rng.choice(["Gold Plated Silver", "92.5 Silver with Gold Polish", "Micron Gold Plated Silver"]) if colour else rng.choice(["92.5 Silver", ""])
    if code == "RGPS":
        return "Rose Gold Plated Silver" if colour else "92.5 Silver"
    raise KeyError(code)


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i, "traps": []}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if d["key"] == "astro":
        stone = ASTRO[name]
        if code != "Y22" and stone in ("navratna",):
            code = "Y22"
    if name.startswith("Gents") or name in ("Singho Mukh", "Signet", "Platinum Gents", "Platinum Link") or (cat == "kada" and rng.random() < 0.5):
        p["for"] = "men"
    if name.startswith("Baby"):
        p["for"] = "kids"
    if "Diamond" in name and stone != "diamond":
        stone = "diamond"
    if name in ("Tennis", "Cluster", "Halo Solitaire", "Solitaire") and stone is None:
        stone = "diamond"
    if name in ("Shakha Bandhano", "Pola Bandhano", "Hira Kata Chur", "Plain Bala", "Ruli Bala", "Lightweight Chur", "Baby Bala",
                "Bati", "Moti Dana", "Hira Kata", "Gents Curb", "Rope", "Box", "Singapore", "Tabij", "Dhaner Shish", "Lohori"):
        stone = None
    if name in ("Shakha Bandhano", "Pola Bandhano", "Baby Bala", "Ruli Bala"):
        code = "Y22"
    if name.startswith("Platinum"):
        code = "PT"
    if name in ("Kundan Chik", "Kundan Tikli"):
        stone = "kundan"
    if name == "Polki Look Chik":
        stone = "ad"
    if name in ("Mina Chik", "Mina Jhumko", "Mina Tikli") and stone in ("polki", "kundan"):
        stone = None
    if code in ("AG", "S925", "GPS", "RGPS") and stone in ("diamond", "lab", "polki", "moissanite"):
        stone = "ad"
    if code == "PT" and stone in ("ad", "ruby", "pearl"):
        stone = "diamond"
    if stone == "kundan" and code not in ("Y22", "GPS"):
        code = "GPS"
    p["code"], p["stone"] = code, stone
    p["lab"] = stone == "lab"
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax in ("len", "rsize", "bsize"):
                k = rng.randint(3, 5) if ax == "rsize" else rng.randint(2, 4)
                st = rng.randint(0, len(vals) - k)
                vals = vals[st:st + k]
            if ax == "bsize" and p.get("for") == "kids":
                vals = [("0-8", 0.5), ("0-10", 0.55), ("0-12", 0.6)]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "gcol" and code in ("Y18", "R18", "W18"):
            cols = [("Yellow", "Y18"), ("Rose", "R18"), ("White", "W18")]
            first = [c for c in cols if c[1] == code]
            rest = [c for c in cols if c[1] != code]
            rng.shuffle(rest)
            axes.append(("Gold Colour", [(v, {"code": c}) for v, c in first + rest[:rng.randint(1, 2)]]))
        elif ax == "polish" and code == "GPS":
            axes.append(("Finish", [("Gold Polish", {"code": "GPS"}), ("Oxidised", {"code": "AG"})]))
        elif ax == "sold" and p.get("for") != "kids":
            axes.append(("Sold As", [("Pair (2 pcs)", {"f": 1.0}), ("Single", {"f": 0.5})]))
        elif ax == "dq" and stone in ("diamond",):
            axes.append(("Diamond Quality", [("SI-IJ", {"s": 1.0}), ("VS-GH", {"s": 1.35}), ("VVS-EF", {"s": 1.8})][:rng.randint(2, 3)]))
        elif ax == "ratti" and d["key"] == "astro" and stone != "navratna":
            st = rng.randint(0, 2)
            vals = [("3.25 Ratti", 3.25), ("4.25 Ratti", 4.25), ("5.25 Ratti", 5.25), ("6.25 Ratti", 6.25), ("7.25 Ratti", 7.25)][st:st + rng.randint(3, 3)]
            axes.append(("Stone Weight", [(v, {"ratti": r}) for v, r in vals]))
    if code == "Y22" and not axes and cat in ("bangle", "chain", "pendant", "earrings", "mangalsutra") and rng.random() < 0.18:
        axes.append(("Purity", [("22K", {"code": "Y22"}), ("18K", {"code": "Y18", "f": 0.92})]))
    p["axes"] = axes[:3]
    g0 = rng.uniform(*d["grams"])
    if "Lightweight" in name or "Baby" in name or (d["key"] == "mala" and code == "Y22"):
        g0 *= 0.35
    g0 = round(g0, 3)
    carat = None
    ratti = None
    if stone in ("diamond", "lab", "moissanite"):
        carat = rng.choice([0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.5]) * (5 if cat in ("bangle", "bracelet", "necklace") else 1)
        if cat == "engagement ring":
            carat = rng.choice([0.3, 0.4, 0.5, 0.7, 1.0, 1.5]) if stone != "diamond" else rng.choice([0.18, 0.25, 0.3, 0.4, 0.5, 0.7])
        carat = round(carat, 2)
    elif stone == "polki":
        carat = round(rng.uniform(3, 12), 1)
    elif d["key"] == "astro" and stone != "navratna":
        ratti = rng.choice([4.25, 5.25, 6.25])
        if stone == "blue sapphire":
            carat = round(ratti * RATTI_CT, 2)
    p["carat"], p["ratti"] = carat, ratti
    stone_ct = carat or (rng.uniform(0.3, 2.0) if stone in ("ruby", "emerald") else 0)
    making = rng.uniform(0.08, 0.18) if code == "Y22" else rng.uniform(0.14, 0.22)
    p["making_pg"] = rng.choice([650, 800, 850, 950, 1100, 1200])
    labour = rng.choice([400, 550, 650, 900])
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vst, f, sf, rt = code, stone, 1.0, 1.0, ratti
        for val, mod in combo:
            vc = mod.get("code", vc)
            vst = mod.get("stone", vst)
            f *= mod.get("f", 1.0)
            sf *= mod.get("s", 1.0)
            rt = mod.get("ratti", rt)
        grams = g0 * f
        price = grams * RATE[vc] * (1 + making)
        if vst in ("diamond", "lab", "moissanite") and cat == "engagement ring":
            per = {"diamond": 260000, "lab": 42000, "moissanite": 14000}[vst] * (1 + carat)
            price += carat * per * sf
        else:
            price += stone_ct * STONE_RATE.get(vst, 0) * sf * (f if cat in ("bangle",) else 1)
        if rt and d["key"] == "astro":
            price += rt * {"blue sapphire": 9000, "yellow sapphire": 6500, "ruby": 4200, "emerald": 4800, "pearl": 900}[vst]
        if vst == "navratna":
            price += 8500
        if vst == "pearl" and d["key"] != "astro":
            price += 3500 if cat in ("necklace",) else 900
        if vst == "kundan":
            price += 6500 if vc == "Y22" else 1500
        if vst and vst.startswith("ad"):
            price += 450
        if vc in ("AG", "S925", "GPS", "RGPS"):
            price += labour
        price = r10(price * 1.03)
        variants.append(Variant([v for v, _ in combo], vc, vst, price, None, grams))
    if rng.random() < 0.15:
        disc = rng.choice([0.05, 0.08, 0.1])
        for v in variants:
            v.compare = v.price
            v.price = r10(v.price * (1 - disc))
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.3
    if d["others"] and stone and stone not in ("pearl",) and rng.random() < d.get("p_other", 0):
        p["others"] = list(d["others"])
    write_listing(rng, p, name)
    return p


# --- how the shop writes a listing ---------------------------------------------------------

OPENERS = {
    "necklace": ["{n} haar, made by our karigars in Bowbazar.", "A Bengali bridal {n} for the biye and bou-bhat.", "Our {n} necklace."],
    "choker": ["A close-fitting {n} choker for the neck.", "{n}: sits high on the neck, tie-dori at the back."],
    "mangalsutra": ["{n} with black beads.", "A modern {n} for daily wear."],
    "pendant": ["{n} pendant.", "A {n} locket, a favourite annaprashan gift."],
    "chain": ["{n} chain with S-hook.", "{n} chain, hallmarked."],
    "earrings": ["A pair of {n} earrings.", "{n} - sold as a pair."],
    "jhumka": ["Pair of {n} jhumkas.", "Classic {n} with a bell drop."],
    "bangle": ["{n} bangles.", "A pair of {n} (2 pcs).", "{n} for the new bou."],
    "kada": ["Solid {n} kada.", "{n} kada with screw opening."],
    "bracelet": ["{n} bracelet with box lock.", "A {n} bracelet."],
    "ring": ["{n} ring.", "A {n} finger ring, made to size."],
    "engagement ring": ["{n} engagement ring for the ashirbad.", "A {n} engagement ring."],
    "wedding band": ["{n} band, priced per piece.", "A {n} wedding band."],
    "nose pin": ["{n} nose pin.", "A {n} nose pin with screw back."],
    "maang tikka": ["{n} maang tikka for the bride.", "A bridal {n} tikka."],
    "anklet": ["{n} anklets, pair.", "A pair of {n} anklets."],
    "toe ring": ["A pair of {n} toe rings.", "{n} toe rings, adjustable."],
    "brooch": ["{n} brooch.", "A {n} brooch for the aanchal."],
    "waist belt": ["{n}, the bridal waist belt.", "A {n} waist belt, adjustable hook."],
    "armlet": ["{n} armlet for the upper arm.", "A {n} armlet, tie-dori."],
    "hand harness": ["{n} hand harness: five rings joined to the wrist.", "Bridal {n} hand harness."],
}
NEUTRAL_OPENERS = ["From our Bowbazar showroom.", "Handmade in Kolkata.", "Made by our karigars, Bowbazar.",
                   "Ready stock. Can also be made to order in 15-20 days."]


def huid(rng):
    return safe_text("".join(rng.choice("ABDEFGHJMNPQRSUVWXYZ0123456789") for _ in range(6)))


def bhori(g):
    b = int(g // BHORI_G)
    ana = round((g - b * BHORI_G) / (BHORI_G / 16))
    if ana == 16:
        b, ana = b + 1, 0
    return f"{b} bhori {ana} ana" if b else f"{ana} ana"


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    axis_names = [a[0] for a in p["axes"]]
    metal_axis = any(n in ("Finish", "Purity", "Gold Colour") for n in axis_names)
    col_loc = wchoice(rng, [("title", 46), ("body", 26), ("tags", 9), ("photo", 9), ("type", 3)])
    if metal_axis and rng.random() < 0.7:
        col_loc = "options"
    if col_loc == "type" and code not in ("AG", "S925", "PT"):
        col_loc = "body"
    kar_loc = col_loc if code == "Y22" else wchoice(rng, [("title", 35), ("body", 40), ("tags", 10), ("none", 15)])
    if code == "Y22" and col_loc in ("photo", "options", "type"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 48), ("body", 28), ("tags", 9), ("vague", 8), ("nowhere", 7)])
        if d["key"] == "astro":
            st_loc = wchoice(rng, [("title", 70), ("body", 30)])
    cat_loc = "title" if rng.random() < 0.86 else rng.choice(["type", "body", "photo"])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    traps = p["traps"]

    m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title" or rng.random() < 0.3) else ""
    if code in ("PT", "AG", "S925") and col_loc != "title":
        m_title = ""
    if code == "Y22" and col_loc != "title" and m_title not in ("Gold", "Sona", "Gini Sona"):
        m_title = ""
    s_title = ""
    if st_loc == "title":
        s_title = rng.choice(STONE_WORDS[stone])
        if stone == "ad red" and rng.random() < 0.5:
            s_title = "Ruby Colour AD"
            traps.append("Ruby Colour")
        if stone == "ad green" and rng.random() < 0.6:
            s_title = "Panna Colour Stone"
            traps.append("Panna Colour")
    elif st_loc == "vague":
        s_title = STONE_VAGUE.get(stone, "")
        if s_title:
            traps.append(s_title) if s_title in ("Chuni", "Panna") and stone in ("ad red", "ad green") else None
    nm = name
    stone_in_name = any(w in nm for w in ("Diamond", "Kundan", "Solitaire", "Neela", "Pukhraj", "Chuni", "Panna", "Nabaratna", "Moti", "Polki"))
    if nm == "Moti Dana":
        traps.append("Moti Dana")
    if nm in ("Hira Kata", "Hira Kata Chur"):
        traps.append("Hira Kata")
    if nm == "Polki Look Chik":
        traps.append("Polki Look")
    if nm == "Moti" and d["key"] == "astro":
        pass
    if d["key"] == "astro" and s_title:
        nm = ""
    elif s_title and stone_in_name:
        s_title = ""
    catword = rng.choice(d["catwords"]) if cat_loc == "title" else ""
    if catword and catword.lower().split()[0] in nm.lower():
        catword = ""
    if catword and cat == "bangle" and nm.endswith(("Bala", "Chur", "Kankan", "Mantasha")) and catword in ("Bala", "Chur"):
        catword = "Bangles"
    parts = [x for x in (s_title, nm, catword) if x]
    if d["key"] == "astro" and not nm and catword == "":
        parts.append("Ring")
    core = " ".join(parts)
    if cat == "bangle" and rng.random() < 0.3:
        core += rng.choice([" (Set of 2)", " - Pair", " (2 pcs)"])
    form = rng.random()
    if not m_title:
        title = core
    elif form < 0.4:
        title = f"{m_title} {core}"
    elif form < 0.65:
        title = f"{core} | {m_title}"
    elif form < 0.85:
        title = f"{core} - {m_title}"
    else:
        title = f"{core} in {m_title}"
    if p.get("for") == "men" and "Gents" not in title and rng.random() < 0.6:
        title += rng.choice([" for Men", " (Gents)", " - Purush"])
    if p.get("for") == "kids" and "Baby" not in title:
        title += " for Baby"
    if rng.random() < 0.1:
        title = title.upper()
    if rng.random() < 0.05 and not traps:
        title = title.replace(" ", "  ", 1)
    if rng.random() < 0.05:
        title += " "
    p["title"] = title

    # body: opener, a spec table, a rate note
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    if code == "Y22" and col_loc != "body" and kar_loc != "body" and mb not in ("Gold", "Sona", "Gini Sona"):
        mb = ""
    bits = []
    if cat_loc == "body" or (cat_loc != "photo" and rng.random() < 0.5):
        bits.append(f"<p>{rng.choice(OPENERS[cat]).format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(NEUTRAL_OPENERS)}</p>")
    rows = []
    if mb:
        rows.append(("Metal" if rng.random() < 0.6 else "Purity", mb))
    if code == "Y22" and (col_loc == "body" or kar_loc == "body") and rng.random() < 0.6:
        rows.append(("Hallmark", f"BIS 916, HUID {huid(rng)}"))
    elif code in ("Y18", "W18", "R18") and kar_loc == "body" and rng.random() < 0.5:
        rows.append(("Hallmark", f"BIS 18K750, HUID {huid(rng)}"))
    if stone and st_loc == "body":
        sw = rng.choice(STONE_WORDS[stone])
        if stone == "ad red" and rng.random() < 0.4:
            sw = "Ruby Colour AD"
            traps.append("Ruby Colour")
        ct = f" ({p['carat']:.2f} ct)" if p.get("carat") and not p.get("ratti") else ""
        if stone == "lab" and rng.random() < 0.6:
            ct += f", IGI LG{rng.randint(600000000, 699999999)}"
        rows.append(("Stone", sw + ct))
    elif stone and st_loc == "vague" and STONE_VAGUE.get(stone):
        rows.append(("Stone", STONE_VAGUE[stone]))
    elif stone and st_loc == "title" and p.get("carat") and rng.random() < 0.5 and not p.get("ratti"):
        rows.append(("Diamond Wt." if stone in ("diamond", "lab") else "Stone Wt.", f"{p['carat']:.2f} ct"))
    if p.get("ratti") and st_loc in ("title", "body"):
        rows.append(("Ratti", f"{p['ratti']} ratti (approx.), lab certificate included"))
    if p.get("others") and st_loc in ("title", "body"):
        rows.append(("Also set with", "pearl drops"))
    gw = p["variants"][0].grams
    wt = safe_text(f"{gw:.3f} gm")
    if code in ("Y22", "Y18", "W18", "R18") and gw > 6 and rng.random() < 0.6:
        wt += f" (approx. {bhori(gw)})"
    rows.append(("Gross Wt.", wt))
    if code in ("Y22", "Y18", "W18", "R18", "PT") and rng.random() < 0.6:
        rows.append(("Making", f"&#8377;{p['making_pg']}/gm" if rng.random() < 0.5 else f"{rng.randint(9, 16)}% on metal value"))
    if rng.random() < 0.3:
        rows.append(("Delivery", rng.choice(["Ready stock", "Made to order, 15-20 days", "Ships in 3-5 days, insured"])))
    table = "<table><tbody>" + "".join(f"<tr><td><strong>{k}</strong></td><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>"
    bits.append(table)
    if code in ("Y22", "Y18", "W18", "R18") and rng.random() < 0.45:
        pr = p["variants"][0].price * rng.choice([0.96, 0.98, 1.0, 1.03])
        bits.append(safe_text(f"<p>Price shown on the rate of the day (approx. &#8377;{inr_group(r10(pr))}/-). Final bill at the rate of the billing day, incl. 3% GST.</p>"))
    if code in ("Y22",) and rng.random() < 0.15:
        bits.append("<p>Real hallmarked gold, not gold covering and not 1 gram gold.</p>")
    if code == "S925" and rng.random() < 0.3:
        bits.append("<p>Rhodium finish for a bright shine.</p>")
    if rng.random() < 0.2:
        bits.append("<p><em>" + rng.choice(["Old ornaments taken in exchange at our Bowbazar store.", "Video call shopping available, WhatsApp us.",
                                           "Colour of stones may vary slightly from the picture.", "Jamai Sasthi offer: making charge 10% off."]) + "</em></p>")
    body = "\n".join(bits)
    if rng.random() < 0.04 and "body" not in (col_loc, st_loc, cat_loc, kar_loc):
        body = ""
    p["body"] = body

    # tags
    tags = list(rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 3))))
    tags += rng.sample(["Durga Puja", "Poila Baisakh", "Jamai Sasthi", "Bhai Phonta", "Akshaya Tritiya", "new arrival", "hallmarked",
                        "bestseller", "Dhanteras"], k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"Y22": "22ct", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "PT": "platinum",
                     "AG": "silver", "S925": "925 silver", "GPS": "gold plated", "RGPS": "rose gold plated"}[code])
    if kar_loc == "tags" and code in ("Y18", "W18", "R18"):
        tags.append("18kt")
    if st_loc == "tags":
        tags.append({"pearl": "pearl", "polki": "polki", "kundan": "kundan", "diamond": "diamond", "lab": "lab grown diamond",
                     "moissanite": "moissanite", "ruby": "ruby", "emerald": "emerald", "navratna": "navratna", "ad": "CZ",
                     "ad red": "red CZ", "ad green": "green CZ", "blue sapphire": "neelam", "yellow sapphire": "pukhraj"}[stone])
    clean = []
    for t in tags:
        tl = t.lower()
        if tl in ("pearl", "mukta") and stone != "pearl":
            continue
        if tl == "rupo" and code not in ("AG", "S925"):
            continue
        if t not in clean:
            clean.append(t)
    if st_loc not in ("tags", "title") and stone:
        clean = [t for t in clean if t.lower() not in ("pearl", "mukta")]
    p["tags"] = clean
    typ = rng.choice(d["types"])
    if typ == "Diamond Jewellery" and stone not in ("diamond", "lab"):
        typ = ""
    if typ in ("Pearl",) and stone != "pearl":
        typ = ""
    if typ == "Platinum" and code != "PT":
        typ = "Couple Band"
    if typ == "Gents" and p.get("for") != "men":
        typ = ""
    if typ == "Silver Jewellery" and code not in ("AG", "S925"):
        typ = ""
    if col_loc == "type":
        typ = {"AG": "Silver Jewellery", "S925": "Silver Jewellery", "PT": "Platinum"}[code]
    if cat_loc == "type" and not any(w in typ.lower() for w in ("ring", "earring", "chain", "pendant", "locket", "bangle", "bracelet", "anklet", "necklace", "choker", "mangalsutra", "nose", "tikka", "brooch", "jhumk", "kada", "band")):
        typ = {"necklace": "Necklace", "choker": "Choker", "pendant": "Pendant", "chain": "Chain", "earrings": "Earrings",
               "jhumka": "Jhumka", "bangle": "Bangles", "kada": "Kada", "bracelet": "Bracelet", "ring": "Ring",
               "engagement ring": "Engagement Ring", "wedding band": "Wedding Band", "nose pin": "Nose Pin",
               "maang tikka": "Maang Tikka", "anklet": "Anklet", "toe ring": "Toe Ring", "brooch": "Brooch",
               "mangalsutra": "Mangalsutra", "waist belt": "Waist Belt", "armlet": "Armlet", "hand harness": "Hathphool"}[cat]
    p["type"] = typ


def render_spec(p, code, stone):
    d, cat = p["d"], p["cat"]
    kind = EXTRA_RENDER_KIND.get(cat, cat)
    spec = {"kind": kind, "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = d["style"]
    title = p["title"].lower()
    if cat == "pendant":
        spec["pendant"] = {None: "temple", "diamond": "cluster", "lab": "solitaire", "pearl": "drop"}.get(stone, "round")
        if "heart" in title:
            spec["pendant"] = "heart"
        elif "tabij" in title:
            spec["pendant"] = "locket"
        elif "om" in title.split():
            spec["pendant"] = "om"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = {"navratna": "cocktail", "diamond": "flower", None: "signet" if p.get("for") == "men" else "band"}.get(stone, "bezel")
    elif cat == "nose pin":
        spec["style"] = "nath" if ("nath" in title or "nolok" in title) else ("stud" if stone is None else "flower")
    elif cat == "earrings":
        nm = title
        spec["style"] = ("bali" if "kaanbala" in nm else "chandbali" if "chandbali" in nm else "huggie" if "huggie" in nm
                         else "jhumka" if "jhumko" in nm else "hoop" if "makri" in nm else "drop" if "dul" in nm else "stud")
    elif cat == "bangle":
        spec["style"] = "carved" if ("ruli" in title or "kankan" in title or "mantasha" in title) else "pair"
    elif cat == "kada":
        spec["style"] = "lion" if "singho" in title else "plain"
    elif cat == "chain":
        spec["style"] = "rope" if "rope" in title else "box" if "box" in title else "curb" if ("curb" in title or "link" in title) else "cable"
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("diamond", "lab", "ad") else ("curb" if p.get("for") == "men" else "chain")
    elif cat == "necklace" and stone == "pearl":
        spec["style"] = "beaded"
    elif st:
        spec["style"] = st
    return spec


def pick_broken(rng, h):
    return rng.choice([f"{h}-final.jpg", f"WhatsApp-Image-2025-10-{rng.randint(10, 28)}-at-1.{rng.randint(10, 59)}.12-PM.jpeg", f"{h}_copy.png"])


def build(OUT, images=True, seed=1702):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "kol_shop")
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
    for k in idx[:5]:
        prods[k]["status"] = "draft"
    for k in idx[5:8]:
        prods[k]["status"] = "archived"
    broken = set(idx[8:13])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1730000000 + p["serial"] * 977
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        main_name = f"{h}.jpg" if prng.random() < 0.5 else f"SKJ-{p['serial']}.jpg"
        if is_broken:
            imgs.append((pick_broken(prng, h), None, None))
        else:
            imgs.append((main_name, main_spec, 9100 + p["serial"]))
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
                imgs.append((fn, sp, 9100 + p["serial"] + 37 * j))
                var_img[val] = fn
        n_extra = 0 if is_broken else wchoice(prng, [(0, 60), (1, 28), (2, 12)])
        for e in range(n_extra):
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", f"-{e + 2}.jpg"), sp, 9900 + p["serial"] + 13 * e))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"SKJ{p['serial']}"
        for v in vs:
            v.sku = "" if prng.random() < 0.06 else base_sku + "".join("-" + slugify(o).upper().replace("-", "")[:4] for o in v.opts)
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.75 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE",
                          "Status": p["status"]})
                if prng.random() < 0.5:
                    r["Gross weight (product.metafields.custom.gross_weight)"] = f"{vs[0].grams:.3f} g"
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if prng.random() < 0.2:
                    r["SEO Title"] = f"{p['title'].strip()} | Sonar Kathi Jewellers Kolkata"
                    r["SEO Description"] = "Hallmarked gold, diamond and silver jewellery from Bowbazar, Kolkata. Insured delivery across India."
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
                          "Variant Inventory Qty": str(0 if prng.random() < 0.12 else prng.randint(1, 3)),
                          "Variant Inventory Policy": "continue" if prng.random() < 0.3 else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g",
                          "Included / India": "TRUE", "Included / International": "TRUE" if p["code"] not in ("AG",) else "FALSE"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
                if prng.random() < 0.1:
                    r["Cost per item"] = money(r10(v.price * 0.82))
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        if p.get("ratti"):
            truth["ratti"] = p["ratti"]
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        may = set()
        if p["stone"] == "polki":
            may |= {"diamond"}
        if p["stone"] == "navratna":
            may |= {"ruby", "emerald", "pearl", "diamond", "sapphire"}
        if p.get("others"):
            may |= set(p["others"])
        ev, problems = read_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"kol {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
