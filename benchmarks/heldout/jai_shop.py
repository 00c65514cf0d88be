"""Jaipur shop of the sixteenth held-out round: Heeralal Ratanlal Jewellers, Johari Bazaar
(brand "Heeralal"), a Rajasthani jeweller selling 22K kundan / polki gold, 18K
diamond pieces, silver payal and gold-polished silver kundan, on BigCommerce,
prices in INR.

Listings are written in Hindi (Devanagari), Hinglish (Hindi in Latin letters)
and some English.  The export is BigCommerce's legacy "Bulk Edit" product
export: a Product row per product followed by its SKU rows (option strings such
as ``[RB]Size=2.4,[S]Metal=22K Gold``) and, for some products, Rule rows that
add to the price (``[ADD]3200.00``).
"""

from __future__ import annotations

import itertools
import os
import random

import render
from sixteenth_common import FMETALS, FSTONES, Variant, inr, lakh, r10, r100, read_evidence, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-jai.example/s-abc123/products/"
CURRENCY = "INR"
EXPORT_NAME = "products-2026-12-04.csv"

N_IMG = 3
HEADER = ["Item Type", "Product ID", "Product Name", "Product Type", "Product Code/SKU", "Bin Picking Number",
          "Brand Name", "Option Set", "Option Set Align", "Product Description", "Price", "Cost Price", "Retail Price",
          "Sale Price", "Fixed Shipping Cost", "Free Shipping", "Product Warranty", "Product Weight", "Product Width",
          "Product Height", "Product Depth", "Allow Purchases?", "Product Visible?", "Product Availability",
          "Track Inventory", "Current Stock Level", "Low Stock Level", "Category"]
for _i in range(1, N_IMG + 1):
    HEADER += [f"Product Image ID - {_i}", f"Product Image File - {_i}", f"Product Image URL - {_i}",
               f"Product Image Description - {_i}", f"Product Image Is Thumbnail - {_i}", f"Product Image Sort - {_i}"]
HEADER += ["Search Keywords", "Page Title", "Meta Keywords", "Meta Description", "Product Condition",
           "Show Product Condition?", "Sort Order", "Product Tax Class", "Product UPC/EAN", "Stop Processing Rules",
           "Product URL", "Redirect Old URL?", "GPS Global Trade Item Number", "GPS Manufacturer Part Number",
           "GPS Gender", "GPS Age Group", "GPS Color", "GPS Size", "GPS Material", "GPS Pattern", "GPS Item Group ID",
           "GPS Category", "GPS Enabled", "Product Custom Fields"]

# rupees per gram (metal, before making and GST) and per carat
RATE = {"Y22": 9450, "Y18": 7750, "W18": 7750, "R18": 7750, "Y24": 10300, "S925": 118, "AG": 112, "GPS": 135}
MAKING = {"Y22": 0.14, "Y18": 0.16, "W18": 0.16, "R18": 0.16, "Y24": 0.06, "S925": 0.55, "AG": 0.35, "GPS": 1.4}
STONE_RS = {"diamond": 62000, "polki": 28000, "kundan": 0, "ruby": 2500, "emerald": 3800, "pearl": 0, "ad": 0,
            "blue sapphire": 9000, "navratna": 2200, None: 0}

W = {  # kind of piece -> (Devanagari, Hinglish, English)
    "jhumka": (["झुमके", "झुमका"], ["Jhumke", "Jhumka", "Jhumki"], ["Jhumka Earrings", "Jhumkas"]),
    "necklace": (["हार", "रानी हार", "नेकलेस सेट"], ["Haar", "Rani Haar", "Necklace Set"], ["Necklace Set", "Bridal Necklace"]),
    "choker": (["चोकर", "गलबंद"], ["Choker", "Gulbandh"], ["Choker Necklace", "Choker"]),
    "mangalsutra": (["मंगलसूत्र"], ["Mangalsutra"], ["Mangalsutra"]),
    "chain": (["चेन"], ["Chain", "Sone ki Chain"], ["Chain", "Gold Chain"]),
    "bangle": (["चूड़ियां", "कंगन"], ["Chudiyan", "Kangan", "Bangles"], ["Bangles (Pair)", "Bangle Pair"]),
    "kada": (["कड़ा"], ["Kada"], ["Kada", "Men's Kada"]),
    "ring": (["अंगूठी"], ["Anguthi", "Ring"], ["Ring"]),
    "engagement ring": (["सगाई की अंगूठी", "हीरे की सगाई अंगूठी"], ["Sagai Anguthi", "Solitaire Ring"], ["Engagement Ring", "Solitaire Engagement Ring"]),
    "earrings": (["टॉप्स", "बालियां", "कान की बाली"], ["Tops", "Baliyan", "Earrings"], ["Earrings", "Stud Earrings", "Huggie Earrings"]),
    "nose pin": (["नथ", "लौंग"], ["Nath", "Laung", "Nose Pin"], ["Nose Pin", "Nose Ring"]),
    "maang tikka": (["मांग टीका"], ["Maang Tikka", "Mang Tika"], ["Maang Tikka"]),
    "anklet": (["पायल", "पाजेब"], ["Payal", "Paayal"], ["Anklets (Pair)", "Payal Anklets"]),
    "toe ring": (["बिछिया", "बिछुआ"], ["Bichiya", "Bichhiya"], ["Toe Rings (Pair)", "Toe Rings"]),
    "armlet": (["बाजूबंद"], ["Bajuband", "Baju Band"], ["Bajuband Armlet", "Armlet"]),
    "pendant": (["पेंडेंट", "लॉकेट"], ["Pendant", "Locket"], ["Pendant"]),
    "bracelet": (["ब्रेसलेट"], ["Bracelet"], ["Bracelet", "Tennis Bracelet"]),
}
M = {  # metal code -> (Devanagari, Hinglish / English)
    "Y22": (["22 कैरेट सोना", "सोना 22 कैरेट", "22 कैरेट", "BIS हॉलमार्क 916 सोना", "२२ कैरेट सोना"],
            ["22kt Gold", "Sona 22 carat", "22K Gold", "916 Hallmark Gold", "22 Karat Sona"]),
    "Y18": (["18 कैरेट सोना", "18 कैरेट गोल्ड"], ["18kt Gold", "18K Gold"]),
    "W18": (["18 कैरेट व्हाइट गोल्ड", "व्हाइट गोल्ड"], ["18K White Gold", "White Gold 18kt"]),
    "R18": (["18 कैरेट रोज़ गोल्ड", "रोज़ गोल्ड"], ["18K Rose Gold", "Rose Gold 18kt"]),
    "S925": (["925 स्टर्लिंग चांदी", "शुद्ध चांदी 925", "चांदी"], ["925 Sterling Silver", "Chandi 925", "Sterling Silver"]),
    "AG": (["चांदी", "शुद्ध चांदी"], ["Chandi", "Pure Silver", "Silver"]),
    "GPS": (["चांदी पर सोने की पॉलिश", "गोल्ड प्लेटेड चांदी"], ["Gold Plated Silver", "Silver with Gold Polish", "Gold Polish Chandi"]),
}
S = {  # stone -> (Devanagari, Latin)
    "kundan": (["कुंदन", "जड़ाऊ कुंदन"], ["Kundan", "Jadau Kundan"]),
    "polki": (["पोल्की", "अनकट पोल्की"], ["Polki", "Uncut Polki"]),
    "diamond": (["हीरा", "हीरे"], ["Diamond", "Heere", "Real Diamond"]),
    "ad": (["अमेरिकन डायमंड"], ["American Diamond", "AD"]),
    "pearl": (["मोती"], ["Moti", "Pearl"]),
    "emerald": (["पन्ना"], ["Panna", "Emerald"]),
    "ruby": (["माणिक", "रूबी"], ["Manik", "Ruby"]),
    "blue sapphire": (["नीलम"], ["Neelam", "Blue Sapphire"]),
    "navratna": (["नवरत्न"], ["Navratna", "Navratan"]),
}
# the Hindi ending of "gold" phrases in titles: सोने के (pl.) / सोने की (f.) / सोने का (m.)
GENDER = {"jhumka": "के", "necklace": "का", "choker": "का", "mangalsutra": "का", "chain": "की", "bangle": "की", "kada": "का",
          "ring": "की", "engagement ring": "की", "earrings": "की", "nose pin": "की", "maang tikka": "का", "anklet": "की",
          "toe ring": "की", "armlet": "का", "pendant": "का", "bracelet": "का"}

CATEGORY = {"jhumka": "Jewellery/Earrings/Jhumka", "necklace": "Jewellery/Necklace Sets", "choker": "Jewellery/Necklace Sets",
            "mangalsutra": "Jewellery/Mangalsutra", "chain": "Gold/Chains", "bangle": "Jewellery/Bangles",
            "kada": "Jewellery/Bangles", "ring": "Jewellery/Rings", "engagement ring": "Diamond/Rings",
            "earrings": "Jewellery/Earrings", "nose pin": "Jewellery/Nose Pins", "maang tikka": "Jewellery/Bridal Accessories",
            "anklet": "Silver/Payal", "toe ring": "Silver/Bichiya", "armlet": "Jewellery/Bridal Accessories",
            "pendant": "Jewellery/Pendants", "bracelet": "Diamond/Bracelets"}

AX = {
    "bsize": ("Bangle Size", "RB", ["2.4", "2.6", "2.8"], [0.95, 1.0, 1.06]),
    "ksize": ("Kada Size", "RB", ["2.6", "2.8", "2.10"], [1.0, 1.05, 1.1]),
    "rsize": ("Ring Size", "S", ["10", "12", "14", "16", "18"], [0.97, 0.99, 1.0, 1.02, 1.04]),
    "clen": ("Length", "RT", ["18 inch", "20 inch", "22 inch", "24 inch"], [0.85, 0.93, 1.0, 1.1]),
    "mlen": ("Length", "RT", ["18\"", "20\"", "24\""], [0.9, 1.0, 1.15]),
    "plen": ("Payal Length", "RB", ["10 inch", "10.5 inch", "11 inch"], [0.95, 1.0, 1.05]),
    "screw": ("Back", "RB", ["Screw", "Press"], [1.0, 1.0]),
    "metal18": ("Metal", "S", ["18K Yellow Gold", "18K White Gold", "18K Rose Gold"], [1.0, 1.0, 1.0]),
    "tsize": ("Size", "RT", ["Free Size", "Adjustable"], [1.0, 1.0]),
}


def D(key, cat, n, codes, stones, names, grams, axes=(), style=None, **kw):
    d = dict(key=key, cat=cat, n=n, codes=codes, stones=stones, names=names, grams=grams, axes=list(axes), style=style)
    d.update(kw)
    return d


DESIGNS = [
    D("jhumka", "jhumka", 7, [("Y22", 1)], [("kundan", 3), (None, 2), ("pearl", 1), ("ruby", 1)],
      ["Rajwadi", "Meenakari", "Temple", "Gulabi Meena", "Chhota", "Mor (Peacock)", "Jaipuri"], (8, 22), style="jhumka"),
    D("haar", "necklace", 6, [("Y22", 1)], [("kundan", 2), ("polki", 3), ("emerald", 1)],
      ["Rajputi", "Jadau Bridal", "Satlada", "Rani", "Heritage", "Shahi"], (32, 85), style="haar"),
    D("choker", "choker", 3, [("Y22", 1)], [("polki", 2), ("kundan", 1)], ["Aad", "Rajwadi", "Bridal"], (35, 60), style="choker"),
    D("mangal", "mangalsutra", 4, [("Y22", 3), ("Y18", 1)], [(None, 2), ("diamond", 2)], ["Vati", "Modern", "Daily Wear", "Double Line"],
      (7, 16), axes=["mlen"], p_axis=0.5),
    D("chain", "chain", 5, [("Y22", 1)], [(None, 1)], ["Rope", "Box", "Diamond Cut", "Singapore", "Lotus"], (8, 22), axes=["clen"], p_axis=0.6),
    D("chudi", "bangle", 5, [("Y22", 1)], [(None, 3), ("kundan", 1), ("ad", 1)], ["Plain", "Meenakari", "Rajkot", "Kundan", "Daily Wear"],
      (18, 44), axes=["bsize"], p_axis=0.8),
    D("kada", "kada", 3, [("Y22", 1)], [(None, 1)], ["Sher Mukh", "Plain Gents", "Twisted"], (25, 50), axes=["ksize"], p_axis=0.7, men=True),
    D("ring22", "ring", 6, [("Y22", 1)], [(None, 2), ("ruby", 1), ("navratna", 1), ("emerald", 1)],
      ["Gents", "Navratna", "Manik", "Panna", "Ladies Phool", "Signet"], (3, 9), axes=["rsize"], p_axis=0.6),
    D("diaring", "engagement ring", 4, [("W18", 2), ("Y18", 1), ("R18", 1)], [("diamond", 1)], ["Solitaire", "Halo", "Trilogy", "Classic"],
      (2.5, 4.5), axes=["rsize"], p_axis=0.7, metal_axis=0.5),
    D("diaear", "earrings", 5, [("Y18", 2), ("W18", 2), ("R18", 1)], [("diamond", 1)], ["Tops", "Baliyan", "Huggies", "Phool Tops", "Cluster"],
      (2, 6), metal_axis=0.3),
    D("nose", "nose pin", 4, [("Y18", 2), ("Y22", 2)], [("diamond", 2), ("pearl", 1), ("kundan", 1)], ["Laung", "Nath", "Bridal Nath", "Tiny"],
      (0.6, 6), axes=["screw"], p_axis=0.5),
    D("tikka", "maang tikka", 3, [("Y22", 2), ("GPS", 1)], [("kundan", 1), ("polki", 1), ("ad", 1)], ["Bridal", "Borla", "Chand"], (6, 18)),
    D("payal", "anklet", 5, [("AG", 3), ("S925", 2)], [(None, 1)], ["Ghungroo", "Rajasthani", "Daily Wear", "Zanjeer", "Chain"],
      (40, 160), axes=["plen"], p_axis=0.7),
    D("bichiya", "toe ring", 3, [("AG", 1)], [(None, 1)], ["Plain", "Meenakari", "Machli"], (6, 14), axes=["tsize"], p_axis=0.4),
    D("baju", "armlet", 2, [("Y22", 1), ("GPS", 1)], [("kundan", 1)], ["Bridal", "Rajwadi"], (14, 30)),
    D("imit", "jhumka", 7, [("GPS", 1)], [("kundan", 3), ("ad", 3), ("pearl", 1)],
      ["Jaipuri", "Padmavati", "Rajwadi", "Festive", "Bahubali", "Kundan-look", "Moti Mala"], (10, 60),
      cats=["jhumka", "necklace", "maang tikka", "earrings", "bangle", "choker", "necklace"]),
    D("pend", "pendant", 5, [("Y22", 2), ("Y18", 1)], [(None, 2), ("diamond", 1)], ["Om", "Ganesh", "Heart", "Initial", "Laxmi Coin"], (2, 8)),
    D("rose", "bracelet", 3, [("R18", 1)], [("diamond", 1)], ["Tennis", "Flexi", "Infinity"], (6, 14), cats=["bracelet", "earrings", "bracelet"]),
    D("gemear", "earrings", 4, [("Y22", 1)], [("emerald", 2), ("ruby", 2)], ["Chandbali", "Jadau", "Drop", "Jhumki Tops"], (8, 20)),
    D("moti", "necklace", 2, [("Y22", 1), ("GPS", 1)], [("pearl", 1)], ["Moti Mala", "Basra Satlada"], (20, 45), style="beaded"),
    D("ratna", "ring", 4, [("S925", 2), ("Y22", 2)], [("blue sapphire", 2), ("emerald", 1), ("ruby", 1)],
      ["Shani Neelam", "Budh Panna", "Surya Manik", "Neelam"], (4, 8), axes=["rsize"], p_axis=0.5),
]

RENDER_KIND = {"armlet": "bangle", "engagement ring": "ring"}


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def make_product(rng, d, i, pid):
    cat = d["cats"][i % len(d["cats"])] if d.get("cats") else d["cat"]
    code = wchoice(rng, d["codes"])
    stone = wchoice(rng, d["stones"])
    name = d["names"][i % len(d["names"])]
    if d["key"] == "ratna":
        stone = {"Neelam": "blue sapphire", "Budh Panna": "emerald", "Surya Manik": "ruby", "Shani Neelam": "blue sapphire"}[name]
    if d["key"] == "ring22" and name in ("Navratna", "Manik", "Panna"):
        stone = {"Navratna": "navratna", "Manik": "ruby", "Panna": "emerald"}[name]
    if d["key"] == "ring22" and name in ("Gents", "Signet", "Ladies Phool") and stone in ("navratna", "ruby", "emerald"):
        stone = None
    if name in ("Meenakari", "Gulabi Meena") and d["key"] == "jhumka":
        stone = None
    if name == "Kundan" and d["key"] == "chudi":
        stone = "kundan"
    if name == "Moti Mala":
        stone = "pearl"
    p = {"d": d, "cat": cat, "code": code, "stone": stone, "name": name, "bc_id": pid, "traps": []}
    lo, hi = d["grams"]
    g = lo + (hi - lo) * rng.random()
    g = round(g, 2 if g < 10 else 1)
    p["grams"] = g
    carat = None
    if stone == "diamond":
        carat = round(pick(rng, [0.08, 0.12, 0.18, 0.25, 0.32, 0.5]) * (1.6 if cat == "engagement ring" else 1), 2)
    if stone == "polki":
        carat = round(g * 0.35 * (0.7 + 0.6 * rng.random()), 1)
    if d["key"] == "ratna":
        ratti = pick(rng, [4.25, 5.25, 6.25, 7.25])
        p["ratti"] = ratti
        carat = round(ratti * 0.91, 2)
    p["carat"] = carat
    axes = []
    for a in d["axes"]:
        if rng.random() < d.get("p_axis", 1.0):
            nm, typ, vals, mult = AX[a]
            k = len(vals) if a != "rsize" else rng.choice([3, 4, 5])
            st = 0 if a != "rsize" else rng.randrange(0, len(vals) - k + 1)
            axes.append((nm, typ, list(zip(vals[st:st + k], mult[st:st + k])), None))
    if d.get("metal_axis") and rng.random() < d["metal_axis"]:
        vals = list(zip(AX["metal18"][2], [1.0, 1.0, 1.0]))
        codes = {"18K Yellow Gold": "Y18", "18K White Gold": "W18", "18K Rose Gold": "R18"}
        vals.sort(key=lambda v: codes[v[0]] != code)
        axes.insert(0, ("Metal", "S", vals, codes))
    p["axes"] = axes
    base_metal = g * RATE[code] * (1 + MAKING[code])
    stone_rs = (carat or 0) * STONE_RS.get(stone, 0) if stone in ("diamond", "polki", "blue sapphire") else \
        (g * 400 if stone == "kundan" and code != "GPS" else STONE_RS.get(stone, 0) * (1 + rng.random()))
    if code == "GPS":
        stone_rs = 300 + 900 * rng.random()
    base = (base_metal + stone_rs) * 1.03
    vs = []
    combos = list(itertools.product(*[vals for _, _, vals, _ in axes])) if axes else [()]
    for combo in combos:
        mult = 1.0
        vcode = code
        for (nm, typ, vals, codes), (v, m) in zip(axes, combo):
            mult *= m
            if codes:
                vcode = codes[v]
        price = base * mult
        if vcode == "R18" and code != "R18":
            price += 1500
        price = r100(price) if price > 5000 else r10(price)
        vs.append(Variant([v for v, _ in combo], vcode, stone, float(price), None, g * mult))
    p["variants"] = vs
    write_listing(rng, p)
    return p


def write_listing(rng, p):
    d, cat, code, stone, name = p["d"], p["cat"], p["code"], p["stone"], p["name"]
    lang = wchoice(rng, [("dev", 0.4), ("hing", 0.35), ("eng", 0.25)])
    traps = p["traps"]
    has_maxis = any(a[3] for a in p["axes"])
    where_m = wchoice(rng, [("title", 0.5), ("body", 0.22), ("custom", 0.16), ("keywords", 0.06), ("none", 0.06)])
    if has_maxis:
        where_m = "options"
    where_s = wchoice(rng, [("title", 0.6), ("body", 0.2), ("custom", 0.1), ("keywords", 0.05), ("none", 0.05)]) if stone else None
    kw_dev, kw_hing, kw_eng = W[cat]
    mdev, mlat = M[code]
    sdev, slat = S[stone] if stone else ([""], [""])
    mp_dev, mp_lat = pick(rng, mdev), pick(rng, mlat)
    sp_dev, sp_lat = pick(rng, sdev), pick(rng, slat)
    if stone and any(w.lower() in name.lower() for w in slat + ["Moti", "Manik", "Panna", "Neelam"]):
        sp_lat = ""  # the design name already names the stone ("Budh Panna", "Kundan")
    hname = {"Meenakari": "मीनाकारी", "Gulabi Meena": "गुलाबी मीना", "Rajwadi": "राजवाड़ी", "Temple": "टेम्पल",
             "Jaipuri": "जयपुरी", "Rani": "रानी", "Mor (Peacock)": "मोर", "Sher Mukh": "शेर मुख", "Om": "ॐ",
             "Ganesh": "गणेश", "Laxmi Coin": "लक्ष्मी सिक्का", "Neelam": "", "Panna": "", "Manik": "",
             "Shani Neelam": "शनि", "Budh Panna": "बुध", "Surya Manik": "सूर्य", "Kundan": ""}.get(name, name)
    kwd = pick(rng, kw_dev)
    if hname and hname in kwd:
        hname = ""
    # --- title
    if lang == "dev":
        parts = []
        if where_m == "title" and code in ("Y22", "Y18"):
            parts.append(mp_dev.replace("सोना", f"सोने {GENDER[cat]}") if "सोना" in mp_dev else mp_dev)
        if stone and where_s == "title":
            parts.append(sp_dev)
        if hname:
            parts.append(hname)
        parts.append(kwd)
        if where_m == "title" and code not in ("Y22", "Y18"):
            parts.append(f"({mp_dev})" if rng.random() < 0.5 else mp_dev)
        title = " ".join(parts)
    elif lang == "hing":
        parts = []
        if where_m == "title" and code == "Y22" and rng.random() < 0.5:
            parts.append(f"Sone {GENDER[cat].replace('के', 'ke').replace('की', 'ki').replace('का', 'ka')}")
            mp_lat = pick(rng, ["22kt", "22K", "916"])
        kwh = pick(rng, kw_hing)
        if name.lower() not in kwh.lower():
            parts.append(name)
        if stone and where_s == "title" and sp_lat:
            parts.append(sp_lat)
        parts.append(kwh)
        if where_m == "title":
            parts.append(mp_lat)
        title = " ".join(parts)
    else:
        kwe = pick(rng, kw_eng)
        title = (f"{name} " if name.lower() not in kwe.lower() else "") + (f"{sp_lat} " if stone and where_s == "title" else "") + kwe
        if where_m == "title":
            title += pick(rng, [f" - {mp_lat}", f" in {mp_lat}", f" | {mp_lat}"])
    title = " ".join(title.split()).replace("( ", "(")
    if rng.random() < 0.1:
        title = title + " "  # a trailing space, as typed
    # --- body (Hindi, Hinglish or English paragraphs, HTML)
    b = []
    if lang == "dev" or (lang == "eng" and rng.random() < 0.3):
        s1 = f"{pick(rng, kw_dev)} — जयपुर के कारीगरों की हस्तकला।"
        if where_m == "body":
            s1 += f" {mp_dev.replace('सोना', 'सोने')} में।"
        if stone and where_s == "body":
            s1 += f" {sp_dev} जड़ाई।"
        b.append(f"<p>{s1} शादी और त्योहार के लिए बिल्कुल सही।</p>")
    else:
        s1 = f"Handcrafted in Johari Bazaar, Jaipur."
        if where_m == "body":
            s1 += f" Made in {mp_lat}."
        if stone and where_s == "body":
            s1 += f" Set with {sp_lat}."
        b.append(f"<p>{s1} Perfect for shaadi and festive wear.</p>")
    li = []
    if code in ("Y22", "Y18", "W18", "R18"):
        li.append(pick(rng, [f"Gross Weight: {p['grams']} g", f"वज़न: {p['grams']} ग्राम", f"Approx weight {p['grams']} gm"]))
        if rng.random() < 0.5:
            li.append(pick(rng, ["BIS Hallmarked (HUID)", "HUID हॉलमार्क", "Certified & Hallmarked"]))
        if rng.random() < 0.4:
            li.append(pick(rng, ["Making charges included", "मेकिंग चार्ज शामिल", "Price incl. 3% GST"]))
    if p.get("carat") and stone == "diamond":
        li.append(pick(rng, [f"Diamond: {p['carat']} ct, IJ-SI", f"हीरे का वज़न {p['carat']} कैरेट", f"Total diamond weight {p['carat']} ct (GIA/IGI)"]))
    if stone == "polki":
        li.append(pick(rng, [f"Polki (uncut diamond) approx {p['carat']} ct", f"पोल्की (अनकट हीरे) लगभग {p['carat']} कैरेट"]))
    if d["key"] == "ratna":
        li.append(pick(rng, [f"{p['ratti']} रत्ती", f"Stone weight {p['ratti']} Ratti", f"{p['ratti']} ratti natural stone, lab certified"]))
    if name in ("Meenakari", "Gulabi Meena") or (d["key"] == "chudi" and name == "Meenakari") or (d["key"] == "bichiya" and name == "Meenakari"):
        if name == "Gulabi Meena":
            li.append(pick(rng, ["गुलाबी मीना का काम", "Gulabi Meena enamel work (pink enamel)"]))
            traps.extend(["गुलाबी मीना", "Gulabi Meena"])
        else:
            li.append(pick(rng, ["हाथ की मीनाकारी", "Hand-painted meenakari (enamel), no stones"]))
            if rng.random() < 0.5 and d["key"] == "jhumka":
                li.append("रूबी लाल और पन्ना हरी मीना")
                traps.extend(["रूबी लाल", "पन्ना हरी"])
    if name == "Kundan-look" and stone != "kundan":
        traps.append("Kundan-look")
    if name == "Diamond Cut":
        li.append(pick(rng, ["Diamond cut design for extra shine", "डायमंड कट डिज़ाइन, ज़्यादा चमक"]))
        traps.extend(["Diamond Cut", "डायमंड कट"])
    if code == "GPS":
        x = pick(rng, ["सोने जैसी चमक, 92.5 चांदी पर भारी सोने की पॉलिश", "Looks like real gold! 92.5 silver base with gold polish",
                       "Silver base, micron gold polish"])
        li.append(x)
        if "सोने जैसी" in x:
            traps.append("सोने जैसी चमक")
        if "real gold" in x:
            traps.append("Looks like real gold")
    if stone == "ad":
        li.append(pick(rng, ["American Diamond (AD) stones", "अमेरिकन डायमंड नग", "AD stones, not real diamond"]))
        traps.append("not real diamond")
    if stone in ("kundan",) and code == "Y22" and rng.random() < 0.4:
        li.append("Jadau kundan with pearl drops")
        p["other_stones"] = ["pearl"]
    if stone == "polki" and rng.random() < 0.4:
        li.append(pick(rng, ["पन्ना बीड्स के साथ", "with emerald beads"]))
        p["other_stones"] = ["emerald"]
    if stone in ("emerald", "ruby") and d["key"] == "gemear":
        li.append(pick(rng, ["polki ke saath", "पोल्की के साथ", "with uncut polki"]))
        p["other_stones"] = ["polki"]
    if stone == "navratna":
        li.append("नवरत्न: माणिक, मोती, मूंगा, पन्ना, पुखराज, हीरा, नीलम, गोमेद, लहसुनिया")
    if d.get("men") and rng.random() < 0.7:
        li.append(pick(rng, ["For men", "पुरुषों के लिए", "Gents"]))
        p["for"] = "men"
    if name == "Sher Mukh":
        li.append("Lion head (sher mukh) ends")
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.3
        li.append(pick(rng, ["Chain not included", "चेन शामिल नहीं"]) if not p["sold_with_chain"] else pick(rng, ["With 18 inch chain", "18 इंच चेन के साथ"]))
        if p["sold_with_chain"]:
            p["others_cat"] = "chain"
    if len(p["variants"]) == 1 and rng.random() < 0.4:
        li.append("Price: " + inr(p["variants"][0].price, rng))
    if li:
        b.append("<ul>" + "".join(f"<li>{x}</li>" for x in li) + "</ul>")
    if rng.random() < 0.3:
        b.append("<p>COD उपलब्ध | Free insured shipping | 7 din return</p>")
    body = "".join(b)
    # --- custom fields and keywords
    cf = []
    if where_m == "custom":
        cf.append(("Metal", {"Y22": "22K Gold", "Y18": "18K Gold", "W18": "18K White Gold", "R18": "18K Rose Gold", "S925": "925 Silver",
                             "AG": "Silver", "GPS": "Gold Plated Silver", "Y24": "24K Gold"}[code]))
        if code == "Y22" and rng.random() < 0.6:
            cf.append(("Purity", "916"))
    elif code in ("Y18", "W18", "R18") and rng.random() < 0.3 and where_m != "none":
        cf.append(("Purity", "750"))
    if stone and where_s == "custom":
        cf.append(("Stone", {"kundan": "Kundan", "polki": "Polki", "diamond": "Diamond", "ad": "American Diamond (CZ)", "pearl": "Pearl",
                             "emerald": "Emerald (Panna)", "ruby": "Ruby (Manik)", "blue sapphire": "Blue Sapphire (Neelam)",
                             "navratna": "Navratna"}[stone]))
    if rng.random() < 0.5:
        cf.append(("Occasion", pick(rng, ["Bridal", "Festive", "Daily Wear", "Gifting"])))
    if rng.random() < 0.3:
        cf.append(("Origin", "Jaipur"))
    kws = []
    if where_m == "keywords":
        kws.append({"Y22": "22kt gold", "Y18": "18k gold", "W18": "white gold", "R18": "rose gold", "S925": "sterling silver",
                    "AG": "chandi", "GPS": "gold plated"}[code])
    if stone and where_s == "keywords":
        kws.append(slat_plain(stone))
    kws += rng.sample(["jaipur", "bridal", "shaadi", "rajasthani", "traditional", "gift", "johari bazaar", "heeralal",
                       "festive", "daily wear", "trending"], rng.randint(1, 4))
    if cat in ("anklet", "toe ring") and rng.random() < 0.6:
        kws.append(pick(rng, ["payal", "bichiya", "silver"]) if code in ("AG", "S925") else "")
    p.update(title=title, body=body, custom=cf, keywords=[k for k in kws if k], lang=lang)
    cats = [CATEGORY[cat]]
    if rng.random() < 0.3:
        cats.append(pick(rng, ["Bridal", "New Arrivals", "Shaadi Collection", "Gifts Under 50k"]))
    if code == "GPS":
        cats = [pick(rng, ["Silver Kundan Jewellery", "Silver Jewellery/Gold Polish", "Jewellery/Imitation"])] + cats[1:]
        if "Kundan" in cats[0] and stone != "kundan":
            traps.append("Silver Kundan Jewellery")  # the shop's category for all its gold-polished silver
    if code in ("AG", "S925") and cat not in ("anklet", "toe ring"):
        cats.append("Silver Jewellery")
    # BigCommerce shows its category tree: avoid a gold category on a "Gifts Under 50k" price over 50k
    if "Gifts Under 50k" in cats and max(v.price for v in p["variants"]) > 50000:
        cats.remove("Gifts Under 50k")
    p["categories"] = cats


def slat_plain(stone):
    return {"kundan": "kundan", "polki": "polki", "diamond": "diamond", "ad": "american diamond", "pearl": "moti",
            "emerald": "panna", "ruby": "ruby", "blue sapphire": "neelam", "navratna": "navratna"}[stone]


def render_spec(p, code, stone):
    cat = p["cat"]
    d = p["d"]
    spec = {"kind": RENDER_KIND.get(cat, cat), "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if d.get("style") and cat == d["cat"]:
        spec["style"] = d["style"]
    if cat == "pendant":
        spec["pendant"] = {"Om": "om", "Ganesh": "temple", "Heart": "heart", "Laxmi Coin": "coin", "Initial": "round"}[p["name"]]
        if stone == "diamond" and p["name"] not in ("Heart",):
            spec["pendant"] = "cluster"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "necklace" and not spec.get("style"):
        spec["style"] = "beaded" if stone == "pearl" else "haar"
    elif cat == "earrings":
        spec["style"] = {"Baliyan": "bali", "Huggies": "huggie", "Chandbali": "chandbali", "Jhumki Tops": "jhumka"}.get(p["name"], "stud")
    elif cat == "engagement ring":
        spec["style"] = {"Halo": "solitaire", "Trilogy": "trilogy"}.get(p["name"], "solitaire")
        if p["name"] == "Halo":
            spec["halo"] = True
    elif cat == "ring":
        spec["style"] = "cocktail" if stone == "navratna" else ("signet" if stone is None else "solitaire")
        if p["name"] == "Gents":
            spec["style"] = "mens"
    elif cat == "nose pin":
        spec["style"] = "nath" if "Nath" in p["name"] else ("flower" if stone else "stud")
    elif cat == "bangle":
        spec["style"] = "carved" if p["name"] in ("Rajkot", "Meenakari") else "single"
    elif cat == "kada":
        spec["style"] = "lion" if p["name"] == "Sher Mukh" else "open"
    elif cat == "bracelet":
        spec["style"] = "tennis"
    elif cat == "chain":
        spec["style"] = {"Rope": "rope", "Box": "box", "Singapore": "curb", "Diamond Cut": "cable", "Lotus": "cable"}[p["name"]]
    elif cat == "armlet":
        spec["style"] = "carved"
    return spec


def build(OUT, images=True, seed=1727):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "jai_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    pid = 111
    for d in DESIGNS:
        for i in range(d["n"]):
            pid += 1 + rng.randrange(5)
            prods.append(make_product(rng, d, i, pid))
    rng.shuffle(prods)
    prods.sort(key=lambda p: p["bc_id"] if rng.random() < 0.0 else 0)  # export order: as shuffled
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        if len(h) < 12 or any("\u0900" <= ch <= "\u097f" for ch in p["title"]):
            h = slugify(f"{p['name']} {p['cat']} {p['bc_id']}")
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    status = {k: "visible" for k in idx}
    for k in idx[:3]:
        status[k] = "hidden"
    for k in idx[3:5]:
        status[k] = "not purchasable"
    broken = set(idx[5:8])

    rows, truths, jobs = [], [], []
    img_id = 380
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["bc_id"])
        pid = p["bc_id"]
        ts = 1733000000 + pid * 3071
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        stem = prng.choice([slugify(p["name"] + " " + p["cat"]) or "image", f"img_{prng.randint(1000, 9999)}",
                            f"whatsapp-image-2026-0{prng.randint(1, 9)}-{prng.randint(10, 28)}-at-{prng.randint(10, 23)}.{prng.randint(10, 59)}.{prng.randint(10, 59)}",
                            f"hr{pid}"])
        imgs = []

        def fname(tag, j):
            return f"{stem}{tag}__{prng.randint(10000, 99999)}.{ts + j * 37}.jpg"
        img_id += 1 + prng.randrange(3)
        if is_broken:
            imgs.append((img_id, fname("", 0), None, None))
        else:
            imgs.append((img_id, fname("", 0), main_spec, 26000 + pid))
        maxis = next((a for a in p["axes"] if a[3]), None)
        var_img = {}
        if maxis and not is_broken:
            var_img[maxis[2][0][0]] = imgs[0]
            for j, (val, _) in enumerate(maxis[2][1:], 1):
                img_id += 1
                sp = render_spec(p, maxis[3][val], p["stone"])
                im = (img_id, fname("-" + slugify(val), j), sp, 26000 + pid + 53 * j)
                imgs.append(im)
                var_img[val] = im
        if not is_broken and prng.random() < 0.2 and len(imgs) < N_IMG:
            img_id += 1
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((img_id, fname("-2", 9), sp, 27000 + pid))
        url = {}
        for iid, fn, sp, s in imgs:
            rel = f"{pid}/images/{iid}/{fn}"
            url[iid] = HOST + rel + ("?c=2" if prng.random() < 0.7 else "")
            if sp is not None:
                jobs.append((os.path.join(imgdir, rel), sp, s))
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        st = status[n]
        base_price = min(v.price for v in vs)
        sale = None
        if len(vs) == 1 and prng.random() < 0.15:
            sale = vs[0].price
            vs[0].compare = r100(sale * 1.12)
            base_price = vs[0].compare
        use_rules = len(p["axes"]) == 1 and len(vs) > 1 and len({v.price for v in vs}) > 1 and prng.random() < 0.45
        r = dict.fromkeys(HEADER, "")
        opt_set = " / ".join(names)
        r.update({"Item Type": "Product", "Product ID": str(pid), "Product Name": p["title"], "Product Type": "P",
                  "Product Code/SKU": f"HR-{pid}" if prng.random() < 0.9 else "", "Brand Name": prng.choice(["Heeralal", "Heeralal", "Heeralal Ratanlal", ""]),
                  "Option Set": opt_set if names else "", "Option Set Align": "Right" if names else "",
                  "Product Description": p["body"], "Price": f"{base_price:.2f}", "Cost Price": "0.00", "Retail Price": "0.00",
                  "Sale Price": f"{sale:.2f}" if sale else "0.00", "Fixed Shipping Cost": "0.00", "Free Shipping": "Y",
                  "Product Warranty": prng.choice(["", "Lifetime exchange on gold value", ""]),
                  "Product Weight": f"{p['grams']:.2f}", "Product Width": "0.00", "Product Height": "0.00", "Product Depth": "0.00",
                  "Allow Purchases?": "N" if st == "not purchasable" else "Y",
                  "Product Visible?": "N" if st == "hidden" else "Y",
                  "Product Availability": prng.choice(["", "Ships in 3-5 days", "Made to order (15 din)", ""]),
                  "Track Inventory": "by option" if names else prng.choice(["by product", "none"]),
                  "Current Stock Level": "0" if names else str(prng.randint(0, 4)), "Low Stock Level": "0",
                  "Category": ";".join(p["categories"]),
                  "Search Keywords": ", ".join(p["keywords"]),
                  "Page Title": prng.choice(["", f"{p['title'].strip()} | Heeralal Jewellers Jaipur"]),
                  "Meta Keywords": ",".join(p["keywords"][:2]), "Meta Description": "",
                  "Product Condition": "New", "Show Product Condition?": "N", "Sort Order": str(prng.choice([0, 0, 1, 5, 10])),
                  "Product Tax Class": "Default Tax Class", "Stop Processing Rules": "N",
                  "Product URL": "/" + (h if prng.random() < 0.8 else f"{h}-{pid}") + "/", "Redirect Old URL?": "N",
                  "GPS Enabled": "N", "Product Custom Fields": ";".join(f"{k}={v}" for k, v in p["custom"])})
        if "men" in (p.get("for") or ""):
            r["GPS Gender"] = "Male"
        for k, (iid, fn, sp, s) in enumerate(imgs[:N_IMG], 1):
            r[f"Product Image ID - {k}"] = str(iid)
            r[f"Product Image File - {k}"] = fn
            r[f"Product Image URL - {k}"] = url[iid]
            r[f"Product Image Description - {k}"] = p["title"].strip() if prng.random() < 0.3 else ""
            r[f"Product Image Is Thumbnail - {k}"] = "Y" if k == 1 else "N"
            r[f"Product Image Sort - {k}"] = str(k - 1)
        rows.append(r)
        # SKU rows
        for v in vs:
            v.sku = f"HR-{pid}-" + "-".join(slugify(o).upper().replace("-", "")[:6] for o in v.opts) if v.opts else ""
        if names:
            for v in vs:
                s_ = dict.fromkeys(HEADER, "")
                s_["Item Type"] = "SKU"
                s_["Product Name"] = ",".join(f"[{typ}]{nm}={o}" for (nm, typ, _, _), o in zip(p["axes"], v.opts))
                s_["Product Code/SKU"] = v.sku
                s_["Current Stock Level"] = str(0 if prng.random() < 0.15 else prng.randint(1, 3))
                s_["Low Stock Level"] = "0"
                s_["Product Weight"] = f"{v.grams:.2f}"
                if not use_rules and v.price != base_price:
                    s_["Price"] = f"{v.price:.2f}"
                if maxis and not is_broken:
                    val = v.opts[p["axes"].index(maxis)]
                    if val in var_img and val != maxis[2][0][0]:
                        s_["Product Image URL - 1"] = url[var_img[val][0]]
                rows.append(s_)
            if use_rules:
                nm, typ, vals, _ = p["axes"][0]
                for v in vs:
                    if v.price != base_price:
                        ru = dict.fromkeys(HEADER, "")
                        ru["Item Type"] = "Rule"
                        ru["Product Name"] = f"[{typ}]{nm}={v.opts[0]}"
                        ru["Price"] = f"[ADD]{v.price - base_price:.2f}"
                        ru["Product Visible?"] = "Y"
                        ru["Allow Purchases?"] = "Y"
                        ru["Stop Processing Rules"] = "N"
                        rows.append(ru)
        p["shop_category"] = ";".join(p["categories"])
        names_o = names
        truth = truth_record(p, vs, names_o, CURRENCY, st, is_broken, main_spec,
                             None if is_broken else f"images/{pid}/images/{imgs[0][0]}/{imgs[0][1]}", url[imgs[0][0]],
                             [f"images/{pid}/images/{iid}/{fn}" for iid, fn, sp, _ in imgs[1:] if sp is not None], "regular_price")
        truth["bc_id"] = pid
        truth["language"] = {"dev": "hi (Devanagari)", "hing": "hi-Latn (Hinglish)", "eng": "en"}[p["lang"]]
        if p.get("ratti"):
            truth["ratti"] = p["ratti"]
        fields = {"title": p["title"], "body": p["body"], "type": " ".join(p["categories"]).replace("/", " "),
                  "tags": ", ".join(p["keywords"]), "custom_fields": "; ".join(f"{k}: {v}" for k, v in p["custom"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, _, vals, _ in p["axes"])}
        may = set()
        if p["stone"] == "polki":
            may |= {"diamond"}
        if p["stone"] == "navratna":
            may |= {"ruby", "pearl", "emerald", "sapphire", "diamond"}
        ev, problems = read_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"jai {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
