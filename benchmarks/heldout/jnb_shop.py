"""Plan of the Johannesburg shop: Marais & Dlamini Fine Jewellery, Parkhurst (ZAR).

WooCommerce 9.2+ built-in exporter (all columns): UTF-8 with BOM, PHP
fputcsv quoting, the `GTIN, UPC, EAN, or ISBN` column after Name, variable
parents without prices and `variation` rows with Parent = id:NN, Published
1 / 0 / -1 with the exporter's spreadsheet-injection guard (drafts export as
`'-1`), Categories with `>` hierarchy.  South African English with Afrikaans:
9ct / 18ct (geelgoud, witgoud, rooigoud), sterling silwer, platinum,
tanzanite, Mozambique garnet, lab-grown diamonds, verloofringe, oorbelle,
hangertjies, armbande; prices in rand ending in 99.
"""

from __future__ import annotations

import math
import os
import random

from eighth_common import (FMETALS, FSTONES, D, finish_truth, image_plan, money, plan_shop, subs, wchoice)  # noqa: F401

CODE = "jnb"
PLATFORM = "woo"
HOST = "https://cdn.heldout-jnb.example/wp-content/uploads/"
CURRENCY = "ZAR"
EXPORT_NAME = "wc-product-export-18-8-2025-1755512345678.csv"
SERIAL0 = 400
SALE_SHARE = 0.2
DISCOUNTS = [0.1, 0.15, 0.2, 0.25]
STATUSES = ("publish", "draft", "private")
N_DRAFT, N_HIDDEN, N_BROKEN = 4, 2, 3
METAL_AXES = ("Metal", "Goud", "Metal Colour")
STONE_AXES = ("Centre Stone", "Stone", "Steen")
COLOUR_LOCS = [("title", 45), ("body", 22), ("tags", 6), ("type", 5), ("photo", 8)]
KARAT_LOCS = [("title", 50), ("body", 30), ("tags", 8), ("none", 12)]
STONE_LOCS = [("title", 50), ("body", 24), ("tags", 12), ("nowhere", 6)]
CAT_LOCS = [("title", 84), ("body", 8), ("type", 8)]

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

GOLD9 = [("Y9", 5), ("W9", 2), ("R9", 2)]
FINE = [("Y18", 2), ("W18", 3), ("PT", 2), ("R18", 1)]
MIX = GOLD9 + [("S925", 4), ("Y18", 1), ("GPS", 1)]

DESIGNS = [
    D("verloof", "engagement ring", 12, ["Solitaire", "Halo", "Trilogy", "Oval Solitaire", "Rose Cut", "Vintage Halo", "Pear Solitaire", "Tanzanite Halo"],
      "solitaire", FINE + [("Y9", 1), ("W9", 1)], [("diamond", 5), ("lab", 3), ("moissanite", 2), ("tanzanite", 1), ("blue sapphire", 1)], (3, 5.5),
      ["Rings > Engagement Rings", "Bridal > Verloofringe", "Rings > Engagement Rings, Bridal"], axes=[("size", 0.8), ("metal", 0.35)]),
    D("trou", "wedding band", 9, ["Court Band", "Flat Band", "Milgrain Band", "Half Eternity", "Brushed Band", "Comfort Band"], "wedding",
      [("Y9", 3), ("W9", 1), ("Y18", 2), ("W18", 1), ("PT", 2)], [(None, 6), ("diamond", 2), ("lab", 1)], (3, 8),
      ["Rings > Wedding Bands", "Bridal > Trouringe", "Rings > Wedding Bands, Men"], axes=[("size", 0.9)]),
    D("dress", "ring", 18, ["Protea", "Cocktail", "Signet", "Cluster", "Twist", "Stacker", "Silver Tree", "Fynbos", "Marquise", "Bezel"], "bezel",
      MIX, [(None, 4), ("tanzanite", 3), ("emerald", 1), ("ruby", 1), ("blue sapphire", 1), ("mozambique garnet", 2), ("amethyst", 2),
            ("blue topaz", 1), ("white topaz", 1), ("cz", 2)], (2, 8),
      ["Rings > Dress Rings", "Rings", "Rings > Dress Rings, Tanzanite"], axes=[("size", 0.75), ("stone", 0.25)]),
    D("studs", "earrings", 10, ["Solitaire Studs", "Halo Studs", "Protea Studs", "Bezel Studs", "Ball Studs", "Pearl Studs"], "stud",
      GOLD9 + [("W18", 1), ("S925", 2)], [("diamond", 3), ("lab", 2), ("tanzanite", 2), ("pearl", 2), ("cz", 2), (None, 1)], (0.8, 2.5),
      ["Earrings > Studs", "Oorbelle", "Earrings"], axes=[("stone", 0.2)]),
    D("hoops", "earrings", 8, ["Hoops", "Huggies", "Sleepers", "Creoles", "Twist Hoops"], "hoop",
      [("Y9", 4), ("W9", 1), ("R9", 1), ("S925", 2), ("GPS", 2)], [(None, 7), ("cz", 2), ("lab", 1)], (1, 5),
      ["Earrings > Hoops", "Oorbelle", "Earrings"], axes=[("metal", 0.3)]),
    D("drops", "earrings", 5, ["Drop Earrings", "Pearl Drops", "Tanzanite Drops", "Chandelier"], "drop",
      [("Y9", 2), ("W9", 1), ("S925", 2)], [("pearl", 2), ("tanzanite", 1), ("amethyst", 1), ("mozambique garnet", 1)], (1.5, 5),
      ["Earrings > Drops", "Earrings"]),
    D("pendant", "pendant", 16, ["Protea", "Africa Map", "Heart", "Solitaire", "Initial", "Cross", "Silver Tree Leaf", "Springbok", "Halo", "Teardrop"], "round",
      MIX, [(None, 5), ("diamond", 2), ("lab", 1), ("tanzanite", 2), ("amethyst", 1), ("blue topaz", 1), ("pearl", 1), ("cz", 1)], (1, 5),
      ["Pendants & Necklaces > Pendants", "Hangertjies", "Pendants & Necklaces"], axes=[("chain", 0.4)]),
    D("necklace", "necklace", 7, ["Tennis Necklace", "Pearl Strand", "Bar Necklace", "Station Necklace", "Riviera"], "tennis",
      [("W9", 2), ("Y9", 2), ("W18", 1), ("S925", 2)], [("cz", 2), ("lab", 1), ("diamond", 1), ("pearl", 2), (None, 1)], (4, 20),
      ["Pendants & Necklaces > Necklaces", "Halssnoere", "Pendants & Necklaces"], axes=[("len", 0.4)]),
    D("chain", "chain", 8, ["Belcher", "Curb", "Figaro", "Rope", "Box Chain", "Snake", "Cable"], "curb",
      [("Y9", 5), ("W9", 1), ("S925", 3)], [(None, 1)], (2, 18), ["Chains", "Chains, Men", "Kettings"], axes=[("len", 0.85)]),
    D("bracelet", "bracelet", 8, ["Tennis Bracelet", "Curb Bracelet", "Charm Bracelet", "Bar Bracelet", "Link Bracelet", "ID Bracelet"], "tennis",
      [("Y9", 3), ("W9", 2), ("W18", 1), ("S925", 3)], [(None, 3), ("cz", 2), ("lab", 1), ("diamond", 1), ("tanzanite", 1)], (3, 20),
      ["Bracelets & Bangles > Bracelets", "Armbande", "Bracelets & Bangles"]),
    D("bangle", "bangle", 6, ["Bangle", "Cuff", "Twist Bangle", "Hinged Bangle", "Open Cuff"], "single",
      [("Y9", 3), ("S925", 3), ("R9", 1)], [(None, 4), ("cz", 1), ("diamond", 1)], (6, 25),
      ["Bracelets & Bangles > Bangles", "Bracelets & Bangles"]),
    D("anklet", "anklet", 3, ["Anklet", "Beaded Anklet", "Enkelkettinkie"], "single", [("S925", 2), ("Y9", 1)], [(None, 1)], (1.5, 4),
      ["Anklets", "Enkelkettinkies"]),
    D("brooch", "brooch", 2, ["Protea Brooch", "Bee Brooch"], "flower", [("S925", 1), ("Y9", 1)], [(None, 1), ("cz", 1)], (4, 9), ["Brooches"]),
]

GRAM = {"Y9": 950, "W9": 1000, "R9": 950, "Y18": 2150, "W18": 2250, "R18": 2150, "PT": 1900, "S925": 32, "GPS": 38}
BENCH = {"S925": 420, "GPS": 480}
STONE_ZAR = {None: 0, "tanzanite": 0, "emerald": 9500, "ruby": 8500, "blue sapphire": 7500, "mozambique garnet": 650,
             "amethyst": 550, "blue topaz": 650, "white topaz": 550, "cz": 90, "pearl": 480}
SIZES = [("J", 1.0), ("K", 1.0), ("L", 1.0), ("M", 1.02), ("N", 1.03), ("O", 1.04), ("P", 1.05), ("Q", 1.06), ("R", 1.07)]
LENGTHS = [("40cm", 0.85), ("45cm", 0.95), ("50cm", 1.05), ("55cm", 1.15), ("60cm", 1.25)]


def round_price(x):
    return float(math.ceil(x / 100.0) * 100 - 1)


def fix(rng, p):
    n = p["name"]
    if n == "Rose Cut":
        p["stone"] = "diamond"
        p["code"] = rng.choice(["Y18", "Y9", "W18"])
        p["traps"].append("Rose Cut")
    if n in ("Tanzanite Halo", "Tanzanite Drops"):
        p["stone"] = "tanzanite"
    if n in ("Pearl Studs", "Pearl Strand", "Pearl Drops"):
        p["stone"] = "pearl"
    if n in ("Silver Tree", "Silver Tree Leaf"):
        p["code"] = rng.choice(["Y9", "Y18", "R9"])
        p["traps"].append("Silver Tree")
    if n in ("Tennis Necklace", "Tennis Bracelet", "Solitaire Studs", "Halo Studs", "Halo", "Riviera", "Solitaire") and p["stone"] in (None, "pearl"):
        p["stone"] = "cz" if p["code"] in ("S925", "GPS") else "lab"
    if n in ("Signet", "ID Bracelet", "Curb") or (p["cat"] == "wedding band" and rng.random() < 0.25):
        p["for"] = "men"
    if n in ("ID Bracelet", "Curb Bracelet", "Link Bracelet"):
        p["stone"] = None
    if n in ("Signet", "Ball Studs", "Initial", "Cross", "Springbok", "Africa Map", "Hoops", "Sleepers", "Creoles") and rng.random() < 0.7:
        p["stone"] = None
    if p["code"] in ("S925", "GPS") and p["stone"] in ("diamond", "lab", "moissanite", "emerald", "ruby", "blue sapphire"):
        p["stone"] = "cz"
    if p["stone"] == "lab":
        p["lab"] = True


def axis(rng, p, ax):
    code, stone = p["code"], p["stone"]
    if ax == "size":
        k = rng.randint(3, 6)
        st = rng.randint(0, len(SIZES) - k)
        return ("Ring Size", [(v, {"f": f}) for v, f in SIZES[st:st + k]])
    if ax == "len":
        k = rng.randint(2, 4)
        st = rng.randint(0, len(LENGTHS) - k)
        return ("Chain Length", [(v, {"f": f}) for v, f in LENGTHS[st:st + k]])
    if ax == "metal" and code in ("Y9", "W9", "R9", "Y18", "W18", "R18", "PT"):
        if code in ("Y9", "W9", "R9"):
            fam = [("9ct Yellow Gold", "Y9"), ("9ct White Gold", "W9"), ("9ct Rose Gold", "R9")]
        else:
            fam = [("18ct Yellow Gold", "Y18"), ("18ct White Gold", "W18"), ("Platinum", "PT")]
        if rng.random() < 0.3:
            fam = [(v.replace("Yellow Gold", "Geelgoud").replace("White Gold", "Witgoud").replace("Rose Gold", "Rooigoud"), c) for v, c in fam]
        first = [x for x in fam if x[1] == code] or [fam[0]]
        if first[0][1] != code:
            return None
        rest = [x for x in fam if x[1] != code]
        vals = first + rest[:rng.randint(1, 2)]
        return ("Metal", [(v, {"code": c}) for v, c in vals])
    if ax == "stone" and stone in ("tanzanite", "amethyst", "blue topaz", "mozambique garnet", "diamond", "lab", "pearl", "cz"):
        if stone in ("diamond", "lab"):
            alts = ["diamond", "lab"] if code not in ("S925", "GPS") else [stone]
        elif stone in ("pearl", "cz"):
            alts = ["pearl", "cz"]
        else:
            alts = ["tanzanite", "amethyst", "blue topaz", "mozambique garnet"]
        alts = [stone] + [a for a in alts if a != stone]
        if len(alts) < 2:
            return None
        word = {"tanzanite": "Tanzanite", "amethyst": "Amethyst", "blue topaz": "Blue Topaz", "mozambique garnet": "Garnet",
                "diamond": "Natural Diamond", "lab": "Lab-Grown Diamond", "pearl": "Pearl", "cz": "Cubic Zirconia"}
        return (rng.choice(["Stone", "Centre Stone"]), [(word[a], {"stone": a}) for a in alts[:3]])
    if ax == "chain" and p["cat"] == "pendant":
        p["sold_with_chain"] = True
        return ("Chain", [("Pendant only", {"f": 1.0}), ("With 45cm chain", {"f": 1.8})])
    return None


def carat(rng, p):
    st, cat = p["stone"], p["cat"]
    if st in ("diamond", "lab", "moissanite"):
        if cat == "engagement ring":
            return rng.choice([0.3, 0.4, 0.5, 0.7, 0.9, 1.0, 1.2, 1.5])
        if cat in ("necklace", "bracelet"):
            return rng.choice([1.0, 2.0, 3.0, 5.0])
        if cat == "wedding band":
            return rng.choice([0.1, 0.25, 0.33, 0.5])
        return rng.choice([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5])
    if st == "tanzanite" and (p["code"] in ("S925", "GPS") or cat in ("earrings", "bracelet")):
        return rng.choice([0.5, 0.75, 1.0])
    if st == "tanzanite":
        return rng.choice([0.5, 0.75, 1.0, 1.5, 2.0, 3.0])
    return None


def price(p, vc, vs, grams, f):
    x = grams * GRAM[vc] + BENCH.get(vc, 650)
    ct = p.get("carat") or 0
    if vs == "diamond" and p["cat"] in ("necklace", "bracelet", "bangle", "wedding band"):
        x += ct * 21000
    elif vs == "diamond":
        x += ct * (28000 + 62000 * ct)
    elif vs == "lab":
        x += ct * 9000
    elif vs == "moissanite":
        x += ct * 4200
    elif vs == "tanzanite":
        x += (ct or 1.0) * 7800
    else:
        x += STONE_ZAR.get(vs, 0)
    return round_price(x)


# --- words --------------------------------------------------------------------------------------

CAT_WORD = {"ring": ["Ring", "Ring", "Dress Ring"], "engagement ring": ["Engagement Ring", "Verloofring"],
            "wedding band": ["Wedding Band", "Trouring"], "earrings": ["Earrings", "Oorbelle"], "necklace": ["Necklace", "Halssnoer"],
            "pendant": ["Pendant", "Hangertjie"], "chain": ["Chain", "Ketting"], "bracelet": ["Bracelet", "Armband"],
            "bangle": ["Bangle"], "anklet": ["Anklet"], "brooch": ["Brooch"]}
STONE_WORD = {"diamond": ["Diamond", "Natural Diamond", "Diamant"], "lab": ["Lab-Grown Diamond", "Lab Diamond", "Lab-Grown"],
              "moissanite": ["Moissanite"], "tanzanite": ["Tanzanite", "Tanzanite"], "emerald": ["Emerald", "Smarag"],
              "ruby": ["Ruby", "Robyn"], "blue sapphire": ["Blue Sapphire", "Sapphire"], "mozambique garnet": ["Mozambique Garnet", "Garnet"],
              "amethyst": ["Amethyst"], "blue topaz": ["Blue Topaz", "Swiss Blue Topaz"], "white topaz": ["White Topaz"],
              "cz": ["CZ", "Cubic Zirconia"], "pearl": ["Freshwater Pearl", "Pearl", "Pêrel"]}


def metal_phrase(rng, code, colour, karat, afr=False):
    if FMETALS[code][2]:
        k = FMETALS[code][2]
        cw = {"Y": "Yellow", "W": "White", "R": "Rose"}[code[0]]
        ca = {"Y": "Geelgoud", "W": "Witgoud", "R": "Rooigoud"}[code[0]]
        kw = rng.choice([f"{k}ct", f"{k}kt", f"{k}ct"])
        if colour and karat:
            return f"{kw} {ca}" if afr else rng.choice([f"{kw} {cw} Gold", f"{cw} Gold {kw}"])
        if colour:
            return ca if afr else f"{cw} Gold"
        if karat:
            return f"{kw} Goud" if afr else f"{kw} Gold"
        return "Goud" if afr else "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Pt950 Platinum"]) if colour else ""
    if code == "S925":
        return (rng.choice(["Sterling Silwer", "Silwer"]) if afr else rng.choice(["Sterling Silver", "925 Silver", "Silver"])) if colour else ""
    if code == "GPS":
        return rng.choice(["Gold Plated Sterling Silver", "Gold Vermeil", "18ct Gold Vermeil"]) if colour else rng.choice(["Sterling Silver", ""])
    raise KeyError(code)


def write_listing(rng, p):
    d, cat, code, stone, name = p["d"], p["cat"], p["code"], p["stone"], p["name"]
    L = p["locs"]
    col_loc, kar_loc, st_loc, cat_loc = L["colour"], L["karat"], L["stone"], L["cat"]
    if FMETALS[code][2] is None:
        kar_loc = L["karat"] = "none"
    afr = rng.random() < 0.22
    p["afr"] = afr
    name_cat = any(w in name for w in ("Studs", "Hoops", "Huggies", "Sleepers", "Creoles", "Earrings", "Drops", "Chandelier", "Necklace",
                                       "Strand", "Riviera", "Chain", "Bracelet", "Bangle", "Cuff", "Anklet", "Enkelkettinkie", "Brooch", "Band", "Eternity"))
    if cat == "chain":
        name_cat = False
    if name_cat and cat_loc != "title":
        L["cat"] = cat_loc = "title"
    cw = "" if (name_cat or cat_loc != "title") else rng.choice(CAT_WORD[cat][1:] if afr and len(CAT_WORD[cat]) > 1 else CAT_WORD[cat][:1] if cat != "ring" else CAT_WORD[cat])
    sw = ""
    stone_named = any(w in name for w in ("Pearl", "Tanzanite"))
    if stone and st_loc == "title" and not stone_named:
        sw = rng.choice(STONE_WORD[stone])
    if stone and stone_named:
        L["stone"] = st_loc = "title"
    tm = metal_phrase(rng, code, col_loc == "title", kar_loc == "title", afr) if (col_loc == "title" or kar_loc == "title") else ""
    core = " ".join(x for x in (sw, name, cw) if x)
    if tm:
        form = rng.random()
        core = f"{tm} {core}" if form < 0.5 else (f"{core} in {tm}" if form < 0.8 else f"{core} - {tm}")
        if afr and " in " in core:
            core = core.replace(" in ", " in ")
    if p.get("for") == "men" and rng.random() < 0.5:
        core += rng.choice([" for Men", " (Gents)", " vir Mans"])
    if rng.random() < 0.05:
        core += " "
    p["title"] = core

    # body
    opener = {"engagement ring": "A {n} engagement ring, handmade in our Parkhurst workshop.",
              "wedding band": "Our {n}: the everyday wedding band, finished by hand.",
              "ring": "{n} ring from our Joburg studio.", "earrings": "A pair of {n}.", "necklace": "{n} with a lobster clasp.",
              "pendant": "{n} pendant.", "chain": "{n} chain, solid links, lobster clasp.", "bracelet": "{n}, 19cm with a safety catch.",
              "bangle": "{n}, fits a medium wrist.", "anklet": "{n} anklet, adjustable 23-26cm.", "brooch": "{n}."}[cat]
    opener_af = {"engagement ring": "'n {n} verloofring, handgemaak in ons Parkhurst-werkswinkel.",
                 "wedding band": "Ons {n} trouring.", "ring": "{n} ring.", "earrings": "'n Paar {n} oorbelle.", "necklace": "{n} halssnoer.",
                 "pendant": "{n} hangertjie.", "chain": "{n} ketting.", "bracelet": "{n} armband.", "bangle": "{n}.",
                 "anklet": "{n}.", "brooch": "{n}."}[cat]
    bits = []
    if cat_loc == "body" or rng.random() < 0.5:
        bits.append("<p>" + (opener_af if afr else opener).format(n=name) + "</p>")
    else:
        bits.append("<p>" + rng.choice(["Handmade in Johannesburg.", "Handgemaak in Johannesburg.", "Free insured delivery in South Africa.",
                                         "Designed and made on 4th Avenue, Parkhurst."]) + "</p>")
    li = []
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body", afr) if (col_loc == "body" or kar_loc == "body") else ""
    if mb:
        li.append(("<li>Metaal: " if afr else "<li>Metal: ") + mb + "</li>")
    if stone and st_loc == "body":
        w = rng.choice(STONE_WORD[stone])
        if p.get("carat") and stone in ("diamond", "lab", "moissanite", "tanzanite"):
            li.append(f"<li>{'Steen' if afr else 'Centre stone'}: {w}, {p['carat']:.2f}ct</li>")
        else:
            li.append(f"<li>{'Steen' if afr else 'Stone'}: {w}</li>")
    elif stone in ("diamond", "lab") and st_loc == "title" and p.get("carat") and rng.random() < 0.6:
        li.append(f"<li>Total diamond weight: {p['carat']:.2f}ct</li>")
    if stone == "diamond" and p.get("carat", 0) and p["carat"] >= 0.5 and st_loc in ("title", "body") and rng.random() < 0.5:
        li.append("<li>GIA certificate available on request</li>")
    if stone == "tanzanite" and st_loc in ("title", "body"):
        li.append("<li>" + rng.choice(["AAA grade, from Merelani, Tanzania", "Heated, violet-blue, AA grade"]) + "</li>")
    li.append(f"<li>Approx. weight: {p['variants'][0].grams:.1f}g</li>")
    if rng.random() < 0.35:
        li.append("<li>" + rng.choice(["Free resizing within 30 days", "Lay-by available", "Comes in our gift box", "Gratis aflewering"]) + "</li>")
    bits.append("<ul>" + "".join(li) + "</ul>")
    p["body"] = "\n".join(bits)
    p["short"] = ""
    tags = rng.sample(["gift for her", "geskenk", "vir haar", "Mother's Day", "anniversary", "bestseller", "new in", "Heritage Day"], k=rng.randint(1, 3))
    if p.get("for") == "men":
        tags.append("vir hom")
    if col_loc == "tags":
        tags.append({"Y9": "yellow gold", "W9": "witgoud", "R9": "rose gold", "Y18": "geelgoud", "W18": "white gold", "R18": "rose gold",
                     "PT": "platinum", "S925": "silwer", "GPS": "gold plated"}[code])
    if kar_loc == "tags":
        tags.append(f"{FMETALS[code][2]}ct")
    if st_loc == "tags":
        tags.append({"diamond": "diamonds", "lab": "lab grown diamond", "moissanite": "moissanite", "tanzanite": "tanzanite",
                     "emerald": "emerald", "ruby": "ruby", "blue sapphire": "sapphire", "mozambique garnet": "garnet",
                     "amethyst": "amethyst", "blue topaz": "blue topaz", "white topaz": "white topaz", "cz": "cz", "pearl": "pearls"}[stone])
    p["tags"] = tags
    cats = rng.choice(d["types"])
    if "Tanzanite" in cats and stone != "tanzanite":
        cats = d["types"][0]
    if ", Men" in cats and p.get("for") != "men":
        cats = d["types"][0]
    if col_loc == "type":
        cats += ", " + {"Y9": "Gold > Yellow Gold", "W9": "Gold > White Gold", "R9": "Gold > Rose Gold", "Y18": "Gold > Yellow Gold",
                        "W18": "Gold > White Gold", "R18": "Gold > Rose Gold", "PT": "Platinum", "S925": "Sterling Silver",
                        "GPS": "Gold Plated"}[code]
    if cat_loc != "title" and rng.random() < 0.5:
        cats = rng.choice(["Gifts > Under R2000", "New In", "Gifts"]) if cat_loc == "body" else cats
    p["type"] = cats
    p["cats"] = cats
    if stone == "pearl" and st_loc == "title":
        pass


def style(p, spec, stone):
    cat, n = p["cat"], p["name"]
    if cat == "pendant":
        spec["pendant"] = "heart" if "Heart" in n else ("solitaire" if n in ("Solitaire", "Halo") else ("drop" if n == "Teardrop" or stone == "pearl" else ("coin" if stone is None else "round")))
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = "signet" if n == "Signet" else ("flower" if n in ("Protea", "Fynbos", "Cluster") else ("cocktail" if n == "Cocktail" else ("stacking" if n == "Stacker" else "bezel")))
        if stone is None and spec["style"] in ("bezel", "cocktail"):
            spec["style"] = "band"
    elif cat == "engagement ring":
        spec["style"] = "trilogy" if n == "Trilogy" else "solitaire"
    elif cat == "earrings":
        spec["style"] = p["d"]["style"]
        if n == "Huggies":
            spec["style"] = "huggie"
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("diamond", "cz", "lab") else ("charm" if "Charm" in n else "curb")
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else ("tennis" if stone else "layered")
    elif cat == "chain":
        spec["style"] = {"Rope": "rope", "Box Chain": "box", "Curb": "curb"}.get(n, "cable")
    elif cat == "bangle":
        spec["style"] = "single"
        if "Cuff" in n:
            spec["kind"] = "cuff"
    elif cat == "wedding band":
        spec["style"] = "stacking" if stone else "wedding"
    elif p["d"]["style"]:
        spec["style"] = p["d"]["style"]


_AF = subs([
    (r"\brose cut\b", "rosecut"), (r"\bsilver tree\b", "silvertree"),
    (r"\bgeelgoud\b", "yellow gold"), (r"\bwitgoud\b", "white gold"), (r"\brooigoud\b|\brosegoud\b", "rose gold"),
    (r"\bgoud\b|\bgoue\b", "gold"), (r"\bsilwer\b", "silver"), (r"\bkaraat\b", "karat"), (r"\bmetaal\b", "metal"),
    (r"\bverloofringe?\b", "engagement ring"), (r"\btrouringe?\b", "wedding band"), (r"\boorbelle?\b", "earrings"),
    (r"\bhalssnoere?\b", "necklace"), (r"\bhangertjies?\b", "pendant"), (r"\bkettings?\b", "chain"),
    (r"\barmbande?\b", "bracelet"), (r"\benkelkettinkies?\b", "anklet"),
    (r"\bdiamante?\b", "diamond"), (r"\brobyn\b", "ruby"), (r"\bsmarag\b", "emerald"), (r"\bsaffier\b", "sapphire"), (r"\bp[eê]rels?\b", "pearl"),
    (r"\brooi\b", "red"), (r"\bgroen\b", "green"), (r"\bblou\b", "blue"), (r"\bpienk\b", "pink"), (r"\bwit\b", "white"), (r"\bpers\b", "purple"),
    (r"\bsteen\b", "stone"),
])


def normalize(t):
    return _AF(t)


# --- export -------------------------------------------------------------------------------------

def build(OUT, images=True, seed=1886):
    me = __import__(__name__)
    prods, broken = plan_shop(me, seed)
    outdir = os.path.join(OUT, "jnb_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    rows, truths, jobs = [], [], []
    next_id = 5120
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2023, 2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 7:
            ym = "2025/07/"
        slug = p["handle"]
        is_broken = n in broken
        main_name = ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"MD{p['serial']}-main.jpg")
        broken_name = ym + prng.choice([f"{slug}-scaled.jpg", f"DSC_{prng.randint(1000, 9999)}.jpg", f"{slug}-768x768.jpg"])
        imgs, var_img, axis_idx, main_spec = image_plan(me, p, prng, is_broken, main_name, broken_name,
                                                        ym + f"{slug}-2.jpg", lambda val, ym=ym, slug=slug: ym + f"{slug}-{val.lower().replace(' ', '-')}.jpg", 90000)
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "'-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.7 else f"MD-{p['serial']}"
        gallery = [fn for fn, _, _ in imgs if fn not in var_img.values() or fn == imgs[0][0]]
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.07 else "0",
                     "Backorders allowed?": "notify" if p["cat"] in ("engagement ring", "wedding band") else "0", "Sold individually?": "0",
                     "Allow customer reviews?": "1", "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Shipping class": "insured" if prng.random() < 0.3 else "", "Images": ", ".join(HOST + fn for fn in gallery),
                     "Position": "0", "Brands": "Marais & Dlamini" if prng.random() < 0.3 else ""})
        if prng.random() < 0.3:
            base["Weight (kg)"] = f"{max(0.01, round(vs[0].grams / 1000 + 0.05, 2))}"
        for a, (nm, vals) in enumerate(p["axes"][:2]):
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
                v.sku = "" if prng.random() < 0.3 else f"MD-{p['serial']}-" + "-".join(o.upper().replace(" ", "")[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "'-1" if published == "'-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Images"] = HOST + var_img[v.opts[axis_idx]]
                for a, (nm, _) in enumerate(p["axes"][:2]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring Size", "Metal", "Chain Length") else "0"
                rows.append(r)
        names = [a[0] for a in p["axes"]]
        truth = finish_truth(me, p, names, is_broken, main_spec, None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], p["cats"])
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        truths.append(truth)
    return truths, rows, jobs, outdir
