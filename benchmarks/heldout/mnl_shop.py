"""Plan of the Manila shop: Dalisay Fine Jewelry, Binondo (PHP, Taglish).

WooCommerce product CSV export (9.x columns incl. GTIN and Brands): 18K and
21K "Saudi gold" chains, bangles and religious medals, Palawan South Sea and
freshwater pearls, diamond / lab-grown / moissanite engagement rings, Italy
925 silver, 18K gold plated silver, birthstone rings.  Listings are written in
English with Tagalog ("Taglish"); the answer key is in the README's English
vocabulary.
"""

from __future__ import annotations

import os
import random

import render
from common import money, slugify
from ninth_common import FMETALS, FSTONES, axis_changes_look, build_variants, loc, options_text, read, wchoice

HOST = "https://cdn.heldout-mnl.example/wp-content/uploads/"
CURRENCY = "PHP"
EXPORT_NAME = "wc-product-export-28-11-2025-1764312000917.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)",
          "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price",
          "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
          "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

MONTH = {"garnet": "January", "amethyst": "February", "aquamarine": "March", "ruby": "July", "peridot": "August",
         "blue sapphire": "September", "blue topaz": "December"}


def D(key, cat, n, names, metals, stones, grams, axes=(), style=None, tags=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, metals=metals, stones=stones, grams=grams, axes=list(axes),
             style=style, tags=list(tags))
    d.update(kw)
    return d


DESIGNS = [
    D("chain", "chain", 9, ["Rope", "Figaro", "Box", "Curb", "Singapore", "Snake", "Rolo", "Cuban", "Singapore"],
      [("Y18", 4), ("Y21", 2), ("S925", 2), ("GPS", 1)], [(None, 1)], (2, 12), ["len"], "cable",
      ["pawnable", "for him", "for her"]),
    D("bracelet", "bracelet", 7, ["Figaro", "Rosary", "Singapore", "Tennis", "Charm", "Bead", "Cuban"],
      [("Y18", 3), ("Y21", 1), ("S925", 2), ("GPS", 1)], [(None, 3), ("cz", 1)], (2, 9), [], "chain",
      ["pang-regalo", "for her"]),
    D("babybracelet", "bracelet", 2, ["Baby ID", "Baby Bead"], [("Y18", 1)], [(None, 1)], (1, 2.5), [], "bead",
      ["binyag", "baby", "ninang gift"], kids=True),
    D("bangle", "bangle", 4, ["Plain", "Bamboo", "Twisted", "Hinged"], [("Y18", 2), ("Y21", 2)], [(None, 1)], (6, 16),
      [], "single", ["pawnable", "for mama"]),
    D("religious", "pendant", 8, ["Sto. Niño", "Miraculous Medal", "Crucifix", "Our Lady of Manaoag", "Saint Benedict",
                                  "Holy Spirit", "Guardian Angel", "Sto. Niño"],
      [("Y18", 3), ("Y21", 1), ("S925", 2), ("GPS", 1)], [(None, 4), ("cz", 1)], (1, 5), [], "coin",
      ["religious", "binyag", "first communion", "ninang gift"]),
    D("pendant", "pendant", 5, ["Initial Letter", "Heart", "Solitaire", "Pearl Drop", "Infinity"],
      [("W18", 1), ("Y18", 1), ("S925", 2), ("GPS", 1), ("RGPS", 1)], [("diamond", 1), ("cz", 2), ("pearl", 1), (None, 1)],
      (1, 3.5), [], "heart", ["pang-regalo", "for her", "valentines"]),
    D("pearlnecklace", "necklace", 6, ["South Sea Pearl Strand", "Freshwater Pearl Strand", "Palawan Pearl Strand",
                                       "Baroque Pearl", "Graduated Pearl", "Freshwater Pearl Strand"],
      [("Y14", 2), ("S925", 2), ("Y18", 1)], [("pearl", 1)], (18, 40), [], "beaded", ["pearls", "for mama", "ninang gift"]),
    D("pearlchoker", "choker", 2, ["Freshwater Pearl", "Tennis"], [("S925", 1), ("GPS", 1)], [("pearl", 1)], (20, 30), [],
      "choker", ["for her"]),
    D("necklace", "necklace", 6, ["Tennis", "Bar", "Station", "Lariat", "Tennis", "Station"],
      [("S925", 2), ("GPS", 1), ("Y18", 1), ("W18", 1)], [("cz", 3), ("diamond", 1), (None, 1)], (3, 14), [], "tennis",
      ["for her", "party"]),
    D("earrings", "earrings", 15, ["Pearl Stud", "Pearl Drop", "Huggies", "Hoop", "Stud", "Baby", "Stud", "Birthstone Stud",
                                   "Dangling", "Huggies", "Hoop", "Baby", "Pearl Stud", "Huggies", "Stud"],
      [("Y18", 4), ("W18", 1), ("R18", 1), ("Y21", 1), ("S925", 3), ("GPS", 2)],
      [(None, 2), ("pearl", 2), ("diamond", 1), ("cz", 2), ("amethyst", 1)], (0.8, 4), [], "stud",
      ["hikaw", "pang-regalo"]),
    D("engagement", "engagement ring", 8, ["Solitaire", "Halo", "Three-Stone", "Cathedral Solitaire", "Solitaire",
                                           "Hidden Halo", "Oval Solitaire", "Solitaire"],
      [("W18", 3), ("Y18", 1), ("R18", 1), ("PT", 1), ("W14", 1), ("S925", 1)], [("diamond", 3), ("lab", 2), ("moissanite", 2)],
      (2.5, 4.5), ["rsize"], "solitaire", ["proposal", "engagement", "will you marry me"]),
    D("band", "wedding band", 6, ["Classic", "Comfort Fit", "Brushed", "Milgrain", "Couple", "Classic"],
      [("Y18", 2), ("W18", 2), ("R18", 1), ("PT", 1), ("S925", 1)], [(None, 1)], (3, 7), ["rsize"], "wedding",
      ["kasal", "wedding", "free engraving"]),
    D("ring", "ring", 11, ["Birthstone", "Eternity", "Signet", "Promise", "Cluster", "Cocktail", "Birthstone", "Stackable",
                           "Birthstone", "Cocktail", "Birthstone"],
      [("Y18", 3), ("W18", 1), ("S925", 3), ("GPS", 2), ("RGPS", 1)],
      [("amethyst", 1), ("garnet", 1), ("peridot", 1), ("aquamarine", 1), ("blue topaz", 1), ("cz", 2), ("ruby", 1),
       ("blue sapphire", 1), (None, 1)], (1.5, 6), ["rsize"], "cocktail", ["singsing", "for her"]),
    D("anklet", "anklet", 3, ["Chain", "Bead", "Charm"], [("S925", 2), ("Y18", 1)], [(None, 1)], (2, 5), [], "single",
      ["summer", "beach"]),
    D("brooch", "brooch", 2, ["Sampaguita", "Butterfly"], [("GPS", 1), ("S925", 1)], [("pearl", 1), ("cz", 1)], (5, 10), [],
      "flower", ["for mama", "filipiniana"]),
]

RATE = {"Y18": 4950, "Y21": 5750, "W18": 5200, "R18": 5200, "Y14": 3900, "W14": 4000, "PT": 3300,
        "S925": 80, "GPS": 95, "RGPS": 95}
STONE = {None: 0, "cz": 150, "amethyst": 1200, "garnet": 900, "peridot": 1100, "aquamarine": 2600, "blue topaz": 1000,
         "ruby": 6500, "blue sapphire": 7200, "pearl": 0, "diamond": 0, "lab": 0, "moissanite": 0}
PER_CT = {"diamond": 185000, "lab": 42000, "moissanite": 9000}

AXES = {
    "len": ("Length", [('16"', 0.85), ('18"', 1.0), ('20"', 1.12), ('22"', 1.25), ('24"', 1.38)]),
    "rsize": ("Ring size", [("5", 0.96), ("6", 0.98), ("7", 1.0), ("8", 1.02), ("9", 1.04), ("10", 1.06)]),
}
COLNAME = {"Y18": "Yellow Gold", "W18": "White Gold", "R18": "Rose Gold", "S925": "Silver", "GPS": "Gold Plated",
           "RGPS": "Rose Gold Plated"}


def price(p, code, stone, grams):
    carat = p.get("carat") or 0
    if stone == "pearl" and p["cat"] in ("necklace", "choker"):
        grams = min(grams, 2.5)  # the metal is only the clasp and the findings
    if code in ("S925", "GPS", "RGPS"):
        x = grams * RATE[code] * 2.6 + 420 + STONE.get(stone, 0)
        if stone == "pearl":
            x += 120 * (p.get("pearls") or 1)
        if stone in PER_CT:
            x += carat * PER_CT[stone] * (0.45 if stone == "moissanite" else 1)
        return float(max(1, int(round(x / 50.0))) * 50 - 1)
    x = grams * RATE[code] * (1.06 if p["d"]["key"] in ("chain", "bangle", "bracelet", "babybracelet") else 1.2)
    x += 600 if p["d"]["key"] in ("chain", "bangle", "religious", "babybracelet") else 1800
    x += STONE.get(stone, 0)
    if stone in PER_CT:
        x += carat * PER_CT[stone] * {"diamond": 1 + carat, "lab": 1 + carat / 3, "moissanite": 1.0}[stone]
    if stone == "pearl":
        each = 5200 if p.get("pearl_kind") == "south sea" else 420
        x += each * (p.get("pearls") or 1)
    return float(int(round(x / 10.0)) * 10)


def metal_words(rng, code, colour, karat):
    if code in ("Y18", "W18", "R18", "Y14", "W14"):
        k = code[1:] + "K"
        cw = {"Y": "Yellow", "W": "White", "R": "Rose"}[code[0]]
        saudi = code == "Y18" and rng.random() < 0.6
        if colour and karat:
            return rng.choice([f"{k} {cw} Gold", f"{cw} Gold {k}"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice([f"{k} Saudi Gold", f"Saudi Gold {k}"]) if saudi else f"{k} Gold"
        return "Saudi Gold" if saudi else "Gold"
    if code == "Y21":
        return rng.choice(["21K Saudi Gold", "21K Gold", "Saudi Gold 21K"]) if colour else "Saudi Gold"
    if code == "PT":
        return rng.choice(["Platinum", "PT950 Platinum"]) if colour else ""
    if code == "S925":
        return rng.choice(["925 Sterling Silver", "Italy 925 Silver", "S925 Silver", "Sterling Silver"]) if colour else ""
    if code == "GPS":
        return rng.choice(["18K Gold Plated 925 Silver", "Gold Vermeil", "Gold Plated Sterling Silver"]) if colour else ""
    if code == "RGPS":
        return rng.choice(["Rose Gold Plated 925 Silver", "Rose Gold Vermeil"]) if colour else ""
    raise KeyError(code)


def stone_words(rng, stone, p):
    if stone == "pearl":
        return {"south sea": rng.choice(["South Sea Pearl", "Palawan South Sea Pearl"]),
                "fw": rng.choice(["Freshwater Pearl", "Pearl"])}[p.get("pearl_kind", "fw")]
    return {"diamond": rng.choice(["Diamond", "Natural Diamond"]), "lab": rng.choice(["Lab-Grown Diamond", "Lab Diamond"]),
            "moissanite": rng.choice(["Moissanite", "Moissanite", "Moissanite Diamond"]),
            "cz": rng.choice(["CZ", "Cubic Zirconia", "Zirconia"]), "amethyst": "Amethyst", "garnet": "Garnet",
            "peridot": "Peridot", "aquamarine": "Aquamarine", "blue topaz": "Blue Topaz", "ruby": "Ruby",
            "blue sapphire": rng.choice(["Blue Sapphire", "Sapphire"])}[stone]


CATWORD = {"chain": "Chain", "bracelet": "Bracelet", "bangle": "Bangle", "pendant": "Pendant", "necklace": "Necklace",
           "choker": "Choker", "earrings": "Earrings", "engagement ring": "Engagement Ring", "wedding band": "Wedding Ring",
           "ring": "Ring", "anklet": "Anklet", "brooch": "Brooch"}
CATS = {"chain": "Necklaces & Chains", "bracelet": "Bracelets & Bangles", "bangle": "Bracelets & Bangles",
        "pendant": "Pendants", "necklace": "Necklaces & Chains", "choker": "Necklaces & Chains", "earrings": "Earrings",
        "engagement ring": "Bridal > Engagement Rings", "wedding band": "Bridal > Wedding Rings", "ring": "Rings",
        "anklet": "Anklets", "brooch": "Accessories"}


def plan(rng, d, i, serial):
    p = {"serial": serial, "d": d, "cat": d["cat"], "name": d["names"][i % len(d["names"])], "traps": []}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    name = p["name"]
    if name in ("Pearl Stud", "Pearl Drop"):
        stone = "pearl"
    if name == "Tennis" and stone is None:
        stone = "cz"
    if name == "Tennis" and d["key"] == "pearlchoker":
        stone = "cz"
    if name in ("Baby", "Baby ID", "Baby Bead"):
        p["for"] = "kids"
        code = "Y18"
        stone = None if stone not in ("cz",) else stone
    if name == "Signet":
        p["for"] = "men"
        stone = None
    if name.startswith("Birthstone"):
        stone = rng.choice(sorted(MONTH))
        p["month"] = MONTH[stone]
    if d["key"] == "earrings" and name in ("Huggies", "Hoop") and stone in ("pearl", "amethyst"):
        stone = None
    if d["key"] == "earrings" and stone == "amethyst" and not name.startswith("Birthstone"):
        stone = "cz"
    if stone in ("diamond", "lab") and code in ("S925", "GPS", "RGPS"):
        stone = "moissanite" if d["key"] == "engagement" else "cz"
    if stone == "moissanite" and code not in ("S925", "W14", "W18"):
        code = rng.choice(["S925", "W14"])
    if d["key"] == "engagement" and stone == "diamond" and code == "W14":
        code = "W18"
    if stone == "pearl":
        p["pearl_kind"] = "south sea" if ("South Sea" in name or "Palawan" in name or (code in ("Y18", "Y14") and rng.random() < 0.5)) else "fw"
        if "Freshwater" in name:
            p["pearl_kind"] = "fw"
        if p["pearl_kind"] == "south sea" and code in ("S925", "GPS"):
            code = "Y14"
        p["pearls"] = {"necklace": 40, "choker": 34, "earrings": 2, "pendant": 1, "brooch": 1}.get(d["cat"], 1)
        if "Strand" in name or "Graduated" in name or "Baroque" in name:
            p["pearls"] = 36 if p["pearl_kind"] == "south sea" else 45
    p["code"], p["stone"] = code, stone
    lo, hi = d["grams"]
    p["grams"] = round(rng.uniform(lo, hi), 2)
    if stone in ("diamond", "lab", "moissanite"):
        pool = {"engagement": [0.30, 0.50, 0.70, 1.00, 1.50], "earrings": [0.20, 0.30, 0.50], "pendant": [0.15, 0.25],
                "necklace": [1.00, 2.00]}[d["key"]]
        p["carat"] = rng.choice(pool)
        if stone == "lab":
            p["lab"] = True
            p["carat"] = rng.choice([1.00, 1.50, 2.00])
        if stone == "moissanite":
            p["carat"] = rng.choice([1.00, 1.50, 2.00, 3.00])
    if d["cat"] == "pendant":
        p["sold_with_chain"] = rng.random() < 0.4
    axes = []
    for a in d["axes"]:
        nm, vals = AXES[a]
        if rng.random() < 0.35:
            continue
        k = rng.randint(2, len(vals) - 1)
        s0 = rng.randint(0, len(vals) - k)
        axes.append((nm, [(v, {"m": m}) for v, m in vals[s0:s0 + k]]))
    if code in ("Y18", "W18", "R18") and d["key"] in ("band", "engagement", "earrings") and stone not in ("moissanite",) and rng.random() < 0.4:
        others = [c for c in ("Y18", "W18", "R18") if c != code]
        rng.shuffle(others)
        axes.insert(0, ("Metal", [(COLNAME[c], {"code": c}) for c in [code] + others[:rng.randint(1, 2)]]))
    elif code in ("S925", "GPS", "RGPS") and d["key"] in ("earrings", "ring", "necklace", "pendant") and rng.random() < 0.4:
        others = [c for c in ("S925", "GPS", "RGPS") if c != code]
        axes.insert(0, ("Color", [(COLNAME[c], {"code": c}) for c in [code] + others[:rng.randint(1, 2)]]))
    if name.startswith("Birthstone") and d["key"] == "earrings" and rng.random() < 0.7:
        alt = [s for s in sorted(MONTH) if s != stone]
        rng.shuffle(alt)
        axes = [x for x in axes if x[0] != "Color"][:1]
        axes.insert(0, ("Birthstone", [(MONTH[s], {"stone": s}) for s in [stone] + alt[:3]]))
    p["axes"] = axes[:2]
    p["variants"] = build_variants(p, price)
    if rng.random() < 0.22:
        disc = rng.choice([0.10, 0.15, 0.20, 0.30])
        for v in p["variants"]:
            v.compare = v.price
            v.price = float(int(round(v.price * (1 - disc) / 10.0)) * 10 - (1 if v.price < 20000 else 0))
    col_axis = any(nm in ("Metal", "Color") for nm, _ in p["axes"])
    stone_axis = any(nm == "Birthstone" for nm, _ in p["axes"])
    p["info"] = []
    if col_axis:
        p["col_loc"] = "options"
    else:
        pairs = [("title", 50), ("body", 20), ("tags", 7), ("photo", 8), ("options", 8)]
        if code in ("S925", "GPS", "Y21"):
            pairs.append(("type", 7))
        p["col_loc"] = loc(rng, pairs)
    if code == "Y21":
        p["kar_loc"] = p["col_loc"]
    elif FMETALS[code][2]:
        p["kar_loc"] = loc(rng, [("title", 55), ("body", 25), ("tags", 10), ("options", 5), ("none", 5)])
    else:
        p["kar_loc"] = "none"
    if stone is None:
        p["st_loc"] = "none"
    elif stone_axis:
        p["st_loc"] = "options"
    elif name.startswith("Birthstone"):
        p["st_loc"] = loc(rng, [("title", 3), ("body", 3), ("photo", 4)])
    else:
        p["st_loc"] = loc(rng, [("title", 60), ("body", 20), ("tags", 10), ("photo", 5)])
    p["cat_loc"] = loc(rng, [("title", 85), ("body", 8), ("type", 7)])
    write_text(rng, p)
    return p


NEUTRAL = ["Dalisay Fine Jewelry, Binondo since 1979.", "Gawa ng aming mga alahero sa Meycauayan, Bulacan.",
           "Legit at may resibo. Ships nationwide."]
OPENER = {
    "chain": "{n} chain na pwedeng pang-araw-araw.", "bracelet": "{n} bracelet, adjustable ang lock.",
    "bangle": "{n} bangle, isang piraso.", "pendant": "{n} pendant, perfect pang-regalo.",
    "necklace": "{n} necklace para sa special occasions.", "choker": "{n} choker, sakto sa leeg.",
    "earrings": "{n} earrings, sold as a pair.", "engagement ring": "{n} engagement ring para sa proposal.",
    "wedding band": "{n} wedding ring, price per piece. Free engraving!", "ring": "{n} ring, stackable at elegante.",
    "anklet": "{n} anklet, pang-beach!", "brooch": "{n} brooch para sa Filipiniana o blazer.",
}


def write_text(rng, p):
    d, cat, code, stone, name = p["d"], p["cat"], p["code"], p["stone"], p["name"]
    cl, kl, sl, catl = p["col_loc"], p["kar_loc"], p["st_loc"], p["cat_loc"]
    mw = metal_words(rng, code, cl == "title", kl == "title")
    sw = stone_words(rng, stone, p) if sl == "title" else ""
    if stone == "pearl" and ("Pearl" in name):
        sw = ""
        if sl != "title":
            name = name.replace("South Sea Pearl", "Palawan").replace("Freshwater Pearl", "Classic").replace("Palawan Pearl", "Palawan").replace("Pearl Stud", "Button Stud").replace("Pearl Drop", "Drop").replace("Baroque Pearl", "Baroque").replace("Graduated Pearl", "Graduated").replace("Pearl", "").strip()
    if name.startswith("Birthstone") and p.get("month") and sl != "options":
        name = f"{p['month']} {name}"
    core = f"{name} {CATWORD[cat]}" if catl == "title" else name
    if cat == "engagement ring" and catl != "title":
        core = name if "Solitaire" in name else name + " Setting"
    if cat == "wedding band" and catl != "title":
        core = name + " Band" if rng.random() < 0.3 else name
    parts = [mw, sw, core] if rng.random() < 0.7 else [sw, core, mw] if rng.random() < 0.5 else [core, "-", mw, sw]
    title = " ".join(x for x in parts if x)
    if title.endswith(" -"):
        title = title[:-2]
    if p.get("for") == "kids" and "Baby" not in title:
        title += " for Kids"
    p["title"] = title
    # short description and body
    short = ""
    if rng.random() < 0.6:
        short = rng.choice(["Tunay na ginto, pawnable!" if FMETALS[code][2] and code in ("Y18", "Y21") else "Hindi nangingitim, hypoallergenic.",
                            "Perfect pang-regalo kay Mama o sa jowa.", "COD available sa Metro Manila.", "Bestseller ngayong Pasko!"])
        if "ginto" in short and cl == "photo":
            short = "Perfect pang-regalo kay Mama o sa jowa."
        if "nangingitim" in short and not (code in ("S925", "GPS", "RGPS", "PT") or FMETALS[code][2]):
            short = ""
    bits = []
    if catl == "body" or (catl == "title" and rng.random() < 0.6):
        bits.append(f"<p>{OPENER[cat].format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(NEUTRAL)}</p>")
    li = []
    if cl == "body" or kl == "body":
        if code in ("Y18", "W18", "R18", "Y14", "W14"):
            k = code[1:] + "K"
            cw = {"Y": "Yellow", "W": "White", "R": "Rose"}[code[0]]
            if kl == "body" and cl == "body":
                li.append(f"<li>Material: {k} {cw} Gold{' (Saudi gold, pawnable)' if code == 'Y18' and rng.random() < 0.5 else ''}</li>")
            elif kl == "body":
                li.append(f"<li>Karat: {k}{rng.choice(['', ' (pawnable)', ' - may resibo at certificate'])}</li>")
            else:
                li.append(f"<li>Color: {cw}</li>")
        elif code == "Y21":
            li.append("<li>Material: 21K Saudi gold, pawnable</li>")
        elif code == "PT":
            li.append("<li>Material: Platinum PT950</li>")
        elif code == "S925":
            li.append(f"<li>Material: {rng.choice(['Italy 925 sterling silver', '925 silver (pilak)', 'S925 sterling silver'])}</li>")
        elif code == "GPS":
            li.append(f"<li>Material: {rng.choice(['925 silver, tubog sa 18k ginto', 'Gold vermeil (18K gold plated 925 silver)'])}</li>")
        elif code == "RGPS":
            li.append("<li>Material: rose gold plated 925 silver</li>")
    if stone and sl == "body":
        s = stone_words(rng, stone, p)
        extra = f" ({p['carat']:.2f} ct)" if p.get("carat") else ""
        li.append(f"<li>Stone: {s}{extra}</li>")
    elif stone in ("diamond", "lab", "moissanite") and sl == "title" and rng.random() < 0.6:
        li.append(f"<li>Carat weight: {p['carat']:.2f} ct{', with GRA certificate' if stone == 'moissanite' else (', IGI certified' if stone == 'lab' else ', GIA certified')}</li>")
    if stone == "pearl" and sl in ("title", "body") and p.get("pearl_kind") == "south sea" and rng.random() < 0.5:
        li.append("<li>Origin: Palawan, Philippines</li>")
    if name.startswith(("January", "February", "March", "July", "August", "September", "December")) or (p.get("month") and sl == "photo"):
        li.append(f"<li>Birth month: {p['month']}</li>")
    li.append(f"<li>Weight: {p['variants'][0].grams:.2f} grams</li>")
    if rng.random() < 0.5:
        li.append("<li>" + rng.choice(["Ships within 1-2 days via J&amp;T / LBC", "Free gift box", "May resibo at warranty card",
                                        "Message us sa FB page para sa size guide", "7 days replacement"]) + "</li>")
    bits.append("<ul>" + "".join(li) + "</ul>")
    if p.get("sold_with_chain"):
        bits.append("<p>Kasama na ang chain (18 inches).</p>" if rng.random() < 0.5 else "<p>With free chain!</p>")
    elif cat == "pendant" and rng.random() < 0.5:
        bits.append("<p>Pendant only, hindi kasama ang chain.</p>")
    p["short"] = short
    p["body"] = "\n".join(bits)
    # attributes that are not variations (info)
    if cl == "options" and not any(nm in ("Metal", "Color") for nm, _ in p["axes"]):
        v = {"Y18": "18K Yellow Gold" if kl in ("options", "title") else "Yellow Gold", "W18": "White Gold", "R18": "Rose Gold",
             "Y14": "Yellow Gold", "W14": "White Gold", "Y21": "21K Saudi Gold", "PT": "Platinum", "S925": "925 Sterling Silver",
             "GPS": "Gold Plated Silver", "RGPS": "Rose Gold Plated Silver"}[code]
        if v.startswith("18K") and kl != "options" and kl != "title":
            v = "Yellow Gold"
        p["info"].append(("Material", [(v, {})]))
    elif kl == "options" and code in ("Y18", "W18", "R18", "Y14", "W14"):
        p["info"].append(("Karat", [(code[1:] + "K", {})]))
    # tags
    tags = rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 2)))
    tags += rng.sample(["bestseller", "christmas sale", "12.12", "new arrival", "ninang gift", "for mama"], k=rng.randint(0, 2))
    if FMETALS[code][2] is None or cl == "photo":
        tags = [t for t in tags if t != "pawnable"]
    if cl == "tags":
        tags.append({"Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "Y14": "yellow gold", "W14": "white gold",
                     "Y21": "21k", "PT": "platinum", "S925": "925 silver", "GPS": "gold plated", "RGPS": "rose gold plated"}[code])
    if kl == "tags" and code in ("Y18", "W18", "R18", "Y14", "W14"):
        tags.append(code[1:].lower() + "k")
        if code == "Y18":
            tags.append("saudi gold")
    if sl == "tags":
        tags.append({"diamond": "diamond", "lab": "lab diamond", "moissanite": "moissanite", "pearl": "perlas", "cz": "cz",
                     "amethyst": "amethyst", "garnet": "garnet", "peridot": "peridot", "aquamarine": "aquamarine",
                     "blue topaz": "blue topaz", "ruby": "ruby", "blue sapphire": "sapphire"}[stone])
    if stone != "pearl":
        tags = [t for t in tags if t != "pearls"]
    out = []
    for t in tags:
        if t not in out:
            out.append(t)
    p["tags"] = out
    # categories
    cats = []
    if catl != "body" or rng.random() < 0.5:
        cats.append(CATS[cat])
    if catl == "type":
        cats = [CATS[cat]]
    if cl == "type":
        cats.append({"S925": "Silver 925", "GPS": "Gold Vermeil", "Y21": "Saudi Gold > 21K"}[code])
    elif FMETALS[code][2] and code in ("Y18", "Y21") and cl != "photo" and rng.random() < 0.4:
        cats.append("Saudi Gold")
    if stone == "pearl" and sl in ("title", "body", "tags"):
        cats.append("Pearls")
    if p.get("for") == "kids":
        cats.append("Kids")
    if d["key"] == "religious":
        cats.append("Religious")
    if not cats:
        cats = ["Uncategorized"]
    if catl != "title" and catl != "type" and CATS[cat] in cats and rng.random() < 0.5:
        cats.remove(CATS[cat])
        cats = cats or ["Uncategorized"]
    p["cats"] = ", ".join(cats)
    alltext = " ".join([title, short, p["body"]])
    if "Moissanite Diamond" in alltext:
        p["traps"].append("Moissanite Diamond")


def render_spec(p, code, stone):
    d, cat, name = p["d"], p["cat"], p["name"]
    spec = {"kind": cat, "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    if cat == "pendant":
        spec["pendant"] = {"Heart": "heart", "Solitaire": "solitaire", "Pearl Drop": "drop", "Crucifix": "temple"}.get(
            name, "coin" if d["key"] == "religious" else ("cluster" if stone else "round"))
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = "signet" if name == "Signet" else ("stacking" if name in ("Eternity", "Stackable") else "cocktail")
    elif cat == "engagement ring":
        spec["style"] = "trilogy" if name == "Three-Stone" else "solitaire"
    elif cat == "earrings":
        spec["style"] = {"Huggies": "huggie", "Hoop": "hoop", "Pearl Drop": "drop", "Dangling": "drop"}.get(name, "stud")
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else ("tennis" if name == "Tennis" else "diamond")
    elif cat == "bracelet":
        spec["style"] = {"Tennis": "tennis", "Rosary": "bead", "Bead": "bead", "Baby Bead": "bead", "Charm": "charm",
                         "Cuban": "curb", "Figaro": "curb"}.get(name, "chain")
    elif cat == "chain":
        spec["style"] = {"Rope": "rope", "Cuban": "curb", "Curb": "curb", "Box": "box", "Figaro": "curb"}.get(name, "cable")
    elif cat == "bangle":
        spec["style"] = "carved" if name in ("Twisted", "Bamboo") else "single"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def build(OUT, images=True, seed=1571):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "mnl_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(3)
            prods.append(plan(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "publish"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "private"
    broken = set(idx[5:8])
    rows, truths, jobs = [], [], []
    next_id = 2140
    for n, p in enumerate(prods):
        slug = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        ym = f"2025/{prng.choice(['06', '08', '09', '10', '11'])}/"
        main_spec = render_spec(p, p["code"], p["stone"])
        if is_broken:
            imgs = [(ym + prng.choice([f"{slug}-scaled.jpg", f"IMG_{prng.randint(1000, 9999)}.jpg", f"{slug}-1.webp"]), None, None)]
        else:
            imgs = [(ym + (f"{slug}.jpg" if prng.random() < 0.6 else f"DFJ-{p['serial']}-1.jpg"), main_spec, 57000 + p["serial"])]
        var_img, axis_idx = {}, None
        for a, ax in enumerate(p["axes"]):
            if axis_changes_look(ax, p):
                axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 57000 + p["serial"] * 7 + j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((imgs[0][0].replace(".jpg", "-2.jpg"), sp, 59000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.8 else f"DFJ-{p['serial']:04d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.07 else "0",
                     "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "1",
                     "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "insured" if vs[0].price > 20000 else "",
                     "Images": ", ".join(HOST + fn for fn, _, _ in imgs), "Position": "0",
                     "Brands": "Dalisay" if prng.random() < 0.5 else ""})
        if prng.random() < 0.3:
            base["Weight (kg)"] = f"{max(0.01, round(vs[0].grams / 1000 + 0.05, 2))}"
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Metal", "Length") else "0"
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
                v.sku = "" if prng.random() < 0.2 else f"DFJ-{p['serial']:04d}-" + "-".join(slugify(o).upper()[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Images"] = HOST + var_img[v.opts[axis_idx]]
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Metal", "Length") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        from fresh_common import truth_record
        p["traps"] = sorted(set(p["traps"]))
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        for vl, v in zip(truth["variant_list"], vs):
            vl.pop("compare_at_price", None)
            vl["regular_price"] = v.compare or v.price
        if p["cat"] == "pendant":
            truth["sold_with_chain"] = bool(p.get("sold_with_chain"))
        if p.get("pearl_kind"):
            truth["pearl_type"] = {"south sea": "south sea", "fw": "freshwater"}[p["pearl_kind"]]
        if p.get("month"):
            truth["birth_month"] = p["month"]
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": options_text(attrs)}
        ev, problems = read(truth, fields, not is_broken, "tl", (), p["traps"])
        if problems:
            raise SystemExit(f"mnl {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
