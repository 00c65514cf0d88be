"""Plan of the UK shop: Hollis & Wren, an independent jeweller in Bath (GBP).

Exported the way WooCommerce's built-in product exporter writes it
(Products > Export, all columns, no meta): UTF-8 with BOM, PHP fputcsv
quoting, variable parents with empty prices and one `variation` row per
variation pointing back with Parent = id:NN (or the parent's SKU when the
parent has one), description newlines written as a literal \\n.
"""

from __future__ import annotations

import os
import random

import evidence
import render
from common import METALS, STONES, money, slugify
from inr_shop import Variant, pick, wchoice

HOST = "https://cdn.heldout-woo.example/uploads/"

HEADER = ["ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
          "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?",
          "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# UK-style metal codes on top of the shared ones: vermeil = gold plated sterling silver
WMETALS = dict(METALS)
WMETALS["VER"] = METALS["GPS"]
WMETALS["RVER"] = METALS["RGPS"]

GRAM_PRICE = {9: 32.0, 14: 48.0, 18: 62.0, "PT": 48.0, "S925": 1.6, "VER": 2.4, "RVER": 2.4}


def D(cat, n, names, style, metals, stones, grams, shop_cat, extra=None):
    return dict(cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
                shop_cat=shop_cat, **(extra or {}))


DESIGNS = [
    # rings
    D("ring", 6, ["Oval Signet", "Cushion Signet", "Round Signet", "Pinky Signet", "Men's Signet", "Mini Signet"], "signet",
      ["Y9", "S925", "Y18", "VER", "Y9", "R9"], [None], (3, 9), "Signet Rings", {"sizes": True}),
    D("ring", 6, ["Twist Stacking", "Beaded Stacking", "Hammered Stacking", "Skinny Stacking", "Dot Stacking", "Rope Stacking"], "band",
      ["Y9", "R9", "S925", "VER", "W9", "S925"], [None], (1, 2.5), "Stacking Rings", {"sizes": True}),
    D("ring", 9, ["Birthstone Stacking"], "stacking", ["Y9", "S925", "Y9", "S925", "Y9", "S925", "Y9", "S925", "R9"],
      ["garnet", "amethyst", "aquamarine", "emerald", "ruby", "peridot", "blue sapphire", "opal", "topaz"], (1.5, 2.5),
      "Birthstone Jewellery", {"pairwise": True, "sizes": True}),
    D("ring", 6, ["Cocktail", "Statement", "Emerald Cluster", "Sapphire Cluster", "Opal Cocktail", "Garnet Cocktail"], "cocktail",
      ["S925", "S925", "Y18", "W18", "Y9", "S925"], ["amethyst", "topaz", "emerald", "blue sapphire", "opal", "garnet"], (4, 8),
      "Cocktail Rings", {"pairwise": True, "others_if": {"emerald": ["diamond"], "blue sapphire": ["diamond"]}, "sizes": True}),
    D("ring", 4, ["Full Eternity", "Half Eternity", "Lab-Grown Half Eternity", "Channel Set Eternity"], "stacking",
      ["PT", "Y18", "W18", "W18"], ["diamond", "diamond", "lab", "diamond"], (2.5, 4), "Eternity Rings", {"pairwise": True, "sizes": True}),
    D("ring", 4, ["Pearl Solitaire", "Peridot Solitaire", "Garnet Solitaire", "Aquamarine Solitaire"], "bezel",
      ["Y9", "S925", "S925", "W9"], ["pearl", "peridot", "garnet", "aquamarine"], (2, 4), "Gemstone Rings", {"pairwise": True, "sizes": True}),
    # engagement
    D("engagement ring", 6, ["Six Claw Solitaire", "Four Claw Solitaire", "Cathedral Solitaire", "Knife Edge Solitaire",
                             "Pavé Band Solitaire", "Round Brilliant Solitaire"], "solitaire",
      ["PT", "Y18", "W18", "PT", "R18", "W18"], ["diamond"], (3, 5), "Engagement Rings", {"solitaire": True, "sizes": True}),
    D("engagement ring", 4, ["Oval Solitaire", "Emerald Cut Solitaire", "Lab-Grown Solitaire", "Elongated Cushion Solitaire"], "solitaire",
      ["PT", "Y18", "W18", "PT"], ["lab"], (3, 5), "Engagement Rings", {"solitaire": True, "lab": True, "sizes": True}),
    D("engagement ring", 3, ["Moissanite Solitaire", "Moissanite Oval", "Moissanite Four Claw"], "solitaire",
      ["Y9", "W9", "R9"], ["moissanite"], (2.5, 4), "Engagement Rings", {"solitaire": True, "sizes": True}),
    D("engagement ring", 3, ["Trilogy", "Three Stone", "Sapphire Trilogy"], "trilogy", ["PT", "Y18", "W18"],
      ["diamond", "diamond", "blue sapphire"], (3, 5), "Engagement Rings", {"pairwise": True, "others_if": {"blue sapphire": ["diamond"]}, "sizes": True}),
    D("engagement ring", 4, ["Sapphire Halo", "Diamond Halo", "Ruby Halo", "Vintage Cluster"], "solitaire",
      ["W18", "PT", "Y18", "PT"], ["blue sapphire", "diamond", "ruby", "blue sapphire"], (3.5, 5), "Engagement Rings",
      {"pairwise": True, "halo": True, "others_if": {"blue sapphire": ["diamond"], "ruby": ["diamond"]}, "sizes": True}),
    # wedding bands
    D("wedding band", 4, ["Court Wedding", "Court", "Classic Court", "Slight Court"], "wedding", ["Y9", "Y18", "PT", "W9"],
      [None], (3, 7), "Wedding Rings", {"width": True}),
    D("wedding band", 2, ["Men's D-Shape Wedding", "D-Shape"], "wedding", ["PT", "Y18"], [None], (6, 10), "Wedding Rings", {"width": True, "gents": True}),
    D("wedding band", 1, ["Flat Wedding"], "wedding", ["W18"], [None], (4, 6), "Wedding Rings", {"width": True}),
    D("wedding band", 2, ["Diamond Set Wedding", "Pavé Wedding"], "band", ["PT", "W18"], ["diamond"], (3, 5), "Wedding Rings", {"sizes": True}),
    D("wedding band", 1, ["Shaped Wedding"], "band", ["R18"], [None], (2.5, 3.5), "Wedding Rings", {"sizes": True}),
    D("wedding band", 2, ["Hammered Wedding", "Celtic Wedding"], "wedding", ["Y9", "Y9"], [None], (3, 6), "Wedding Rings", {"sizes": True}),
    # necklaces
    D("necklace", 3, ["Freshwater Pearl", "Classic Pearl Strand", "Baroque Pearl"], "beaded", ["S925", "Y9", "S925"], ["pearl"], (10, 25), "Necklaces"),
    D("necklace", 3, ["Tennis", "Line", "Lab-Grown Tennis"], "tennis", ["W18", "S925", "Y18"], ["diamond", "cz", "lab"], (10, 20), "Necklaces", {"pairwise": True}),
    D("necklace", 2, ["Diamond Station", "By the Yard"], "diamond", ["Y18", "W18"], ["diamond"], (3, 5), "Necklaces"),
    D("necklace", 2, ["Satellite Chain", "Beaded Satellite"], "diamond", ["VER", "S925"], [None], (3, 6), "Necklaces"),
    D("necklace", 1, ["Bar"], "diamond", ["Y9"], [None], (2, 4), "Necklaces"),
    D("necklace", 1, ["Lariat"], "diamond", ["VER"], [None], (3, 6), "Necklaces"),
    D("necklace", 1, ["Amethyst Bead"], "tennis", ["S925"], ["amethyst"], (12, 20), "Necklaces"),
    D("necklace", 1, ["Multi-Strand Pearl"], "layered", ["Y9"], ["pearl"], (30, 45), "Necklaces"),
    D("necklace", 1, ["Emerald Line"], "tennis", ["Y18"], ["emerald"], (10, 15), "Necklaces"),
    D("necklace", 1, ["Herringbone"], "haar", ["Y9"], [None], (6, 12), "Necklaces"),
    D("necklace", 1, ["Sapphire Rivière"], "tennis", ["W18"], ["blue sapphire"], (12, 18), "Necklaces"),
    D("necklace", 1, ["Collar"], "haar", ["VER"], [None], (10, 18), "Necklaces"),
    D("choker", 3, ["Pearl", "Tennis", "Collar"], "choker", ["S925", "S925", "VER"], ["pearl", "cz", None], (15, 35), "Chokers", {"pairwise": True}),
    # pendants and lockets
    D("pendant", 3, ["Disc", "Engraved Disc", "Mini Disc"], "coin", ["Y9", "S925", "VER"], [None], (1.5, 3), "Pendants", {"length": True}),
    D("pendant", 5, ["Birthstone Drop", "Birthstone Drop", "Birthstone Drop", "Birthstone Drop", "Birthstone Drop"], "drop",
      ["S925", "Y9", "S925", "Y9", "S925"], ["topaz", "peridot", "garnet", "amethyst", "aquamarine"], (1, 2.5), "Birthstone Jewellery", {"pairwise": True}),
    D("pendant", 4, ["Solitaire", "Floating Solitaire", "Lab-Grown Solitaire", "Bezel Solitaire"], "solitaire",
      ["W18", "PT", "Y18", "Y18"], ["diamond", "diamond", "lab", "diamond"], (1, 2.5), "Pendants", {"pairwise": True, "solitaire": True}),
    D("pendant", 3, ["Opal Teardrop", "Emerald Teardrop", "Sapphire Teardrop"], "drop", ["Y9", "Y18", "W18"],
      ["opal", "emerald", "blue sapphire"], (1.5, 3), "Pendants", {"pairwise": True}),
    D("pendant", 3, ["Heart", "Open Heart", "Puffed Heart"], "heart", ["R9", "S925", "Y9"], ["diamond", "cz", None], (1.5, 3.5), "Pendants", {"pairwise": True}),
    D("pendant", 2, ["Pearl Drop", "Baroque Pearl Drop"], "drop", ["Y9", "S925"], ["pearl"], (1.5, 3), "Pendants"),
    D("pendant", 2, ["St Christopher", "Medallion"], "coin", ["S925", "Y9"], [None], (3, 6), "Pendants"),
    D("pendant", 6, ["Oval Locket", "Heart Locket", "Round Locket", "Engraved Oval Locket", "Vintage Locket", "Diamond Set Locket"], "locket",
      ["Y9", "R9", "S925", "S925", "VER", "Y9"], [None, None, None, None, None, "diamond"], (4, 9), "Lockets", {"pairwise": True, "locket": True}),
    # chains
    D("chain", 8, ["Trace", "Trace", "Curb", "Curb", "Belcher", "Box", "Box", "Rope"], "cable",
      ["Y9", "S925", "Y9", "S925", "Y9", "W18", "PT", "Y9"], [None], (2, 10), "Chains", {"length": True}),
    # earrings
    D("earrings", 6, ["Diamond Stud", "Classic Diamond Stud", "Four Claw Stud", "Lab-Grown Diamond Stud", "Lab-Grown Stud", "Bezel Diamond Stud"], None,
      ["PT", "W18", "Y18", "Y18", "W18", "Y18"], ["diamond", "diamond", "diamond", "lab", "lab", "diamond"], (1, 2), "Stud Earrings",
      {"estyle": "stud", "pairwise": True, "ek": ["Earrings", "Studs", "Stud Earrings"]}),
    D("earrings", 3, ["Pearl Stud", "Freshwater Pearl Stud", "Akoya Pearl Stud"], None, ["S925", "Y9", "Y18"], ["pearl"], (1, 2),
      "Stud Earrings", {"estyle": "stud", "ek": ["Earrings", "Studs"]}),
    D("earrings", 2, ["CZ Stud", "Sparkle Stud"], None, ["S925", "S925"], ["cz"], (1, 2), "Stud Earrings", {"estyle": "stud", "ek": ["Earrings", "Studs"]}),
    D("earrings", 6, ["Birthstone Stud"] * 6, None, ["S925", "Y9", "S925", "Y9", "S925", "Y9"],
      ["blue sapphire", "ruby", "emerald", "amethyst", "topaz", "garnet"], (1, 2), "Birthstone Jewellery",
      {"estyle": "stud", "pairwise": True, "ek": ["Earrings", "Studs"]}),
    D("earrings", 7, ["Huggie", "Chunky Huggie", "Pavé Huggie", "Mini Huggie", "Diamond Huggie", "Dome Huggie", "Sparkle Huggie"], None,
      ["VER", "Y9", "S925", "R9", "W9", "VER", "RVER"], [None, None, "cz", None, "diamond", None, "cz"], (1.5, 4), "Hoop Earrings",
      {"estyle": "huggie", "pairwise": True, "ek": ["Huggies", "Huggie Earrings", "Huggie Hoops"]}),
    D("earrings", 6, ["Creole", "Classic Creole", "Large", "Small", "Sleeper", "Chunky"], None, ["Y9", "S925", "VER", "W9", "Y9", "S925"],
      [None], (2, 6), "Hoop Earrings", {"estyle": "hoop", "ek": ["Hoops", "Hoop Earrings", "Creoles"]}),
    D("earrings", 8, ["Pearl Drop", "Pearl Drop", "Topaz Drop", "Aquamarine Drop", "Opal Drop", "Emerald Drop", "Sapphire Drop", "Art Deco Drop"], None,
      ["Y9", "S925", "S925", "Y9", "Y9", "Y18", "W18", "PT"], ["pearl", "pearl", "topaz", "aquamarine", "opal", "emerald", "blue sapphire", "diamond"],
      (1.5, 4), "Drop Earrings", {"estyle": "drop", "pairwise": True, "ek": ["Earrings", "Drop Earrings"]}),
    D("earrings", 1, ["Threader"], None, ["VER"], [None], (1, 2), "Drop Earrings", {"estyle": "drop", "ek": ["Earrings"]}),
    D("earrings", 1, ["Sapphire Halo Stud"], None, ["W18"], ["blue sapphire"], (1.5, 2.5), "Stud Earrings", {"estyle": "stud", "ek": ["Earrings"], "others_if": {"blue sapphire": ["diamond"]}}),
    D("earrings", 2, ["Moissanite Stud", "Moissanite Solitaire Stud"], None, ["S925", "Y9"], ["moissanite"], (1, 2), "Stud Earrings", {"estyle": "stud", "ek": ["Earrings"]}),
    D("earrings", 1, ["Chandelier"], None, ["S925"], ["cz"], (4, 8), "Drop Earrings", {"estyle": "chandbali", "ek": ["Earrings"]}),
    D("earrings", 1, ["Knot Stud"], None, ["Y9"], [None], (1, 2), "Stud Earrings", {"estyle": "stud", "ek": ["Earrings", "Studs"]}),
    # bracelets
    D("bracelet", 5, ["Diamond Tennis", "Classic Tennis", "Lab-Grown Tennis", "CZ Tennis", "Sapphire Tennis"], "tennis",
      ["W18", "Y18", "W18", "S925", "W18"], ["diamond", "diamond", "lab", "cz", "blue sapphire"], (8, 14), "Bracelets", {"pairwise": True}),
    D("bracelet", 5, ["Curb Chain", "Curb Chain", "Paperclip Chain", "Belcher", "Figaro"], "chain", ["Y9", "S925", "VER", "Y9", "S925"],
      [None], (3, 10), "Bracelets", {"bsize": True}),
    D("bracelet", 2, ["Charm", "Heart Charm"], "charm", ["S925", "S925"], [None], (6, 12), "Bracelets"),
    D("bracelet", 2, ["Pearl", "Freshwater Pearl"], "bead", ["S925", "Y9"], ["pearl"], (6, 12), "Bracelets"),
    D("bracelet", 2, ["Garnet Bead", "Amethyst Bead"], "bead", ["S925", "S925"], ["garnet", "amethyst"], (6, 10), "Birthstone Jewellery", {"pairwise": True}),
    D("bracelet", 2, ["Men's Curb", "Men's Heavy Curb"], "curb", ["S925", "Y9"], [None], (20, 40), "Men's Jewellery", {"gents": True, "bsize": True}),
    # bangles and cuffs
    D("bangle", 3, ["Slim", "Skinny", "Classic Slim"], "single", ["Y9", "S925", "VER"], [None], (5, 12), "Bangles"),
    D("bangle", 2, ["Diamond Hinged", "Hinged"], "single", ["W18", "Y9"], ["diamond", None], (8, 15), "Bangles", {"pairwise": True}),
    D("bangle", 2, ["Torque", "Open Torque"], "single", ["S925", "Y9"], [None], (8, 15), "Bangles"),
    D("bangle", 1, ["Hammered"], "single", ["S925"], [None], (10, 15), "Bangles"),
    D("bangle", 1, ["Stacking Bangle Set"], "set", ["S925"], [None], (20, 30), "Bangles"),
    D("bangle", 1, ["Diamond Pavé"], "single", ["Y18"], ["diamond"], (10, 15), "Bangles"),
    D("bangle", 6, ["Wide", "Hammered Wide", "Molten", "Sculptural", "Slim", "Pearl"], "cuff", ["S925", "S925", "VER", "VER", "Y9", "S925"],
      [None, None, None, None, None, "pearl"], (10, 30), "Cuffs", {"pairwise": True, "cuff": True}),
    # anklets
    D("anklet", 6, ["Chain", "Trace", "Paperclip", "Satellite", "Pearl", "Fine"], "single", ["S925", "S925", "VER", "Y9", "S925", "R9"],
      [None, None, None, None, "pearl", None], (2, 5), "Anklets", {"pairwise": True}),
    # brooches
    D("brooch", 6, ["Bee", "Vintage Flower", "Sapphire Cluster", "Pearl Bar", "Hare", "Thistle"], "flower",
      ["Y9", "S925", "W18", "Y9", "S925", "S925"], [None, "cz", "blue sapphire", "pearl", None, "amethyst"], (3, 8), "Brooches",
      {"pairwise": True, "others_if": {"blue sapphire": ["diamond"]}}),
]

KIND = {
    "ring": ["Ring"], "engagement ring": ["Engagement Ring", "Ring"], "wedding band": ["Band", "Wedding Ring", "Band"],
    "necklace": ["Necklace"], "choker": ["Choker", "Choker Necklace"], "pendant": ["Pendant", "Necklace"],
    "chain": ["Chain", "Chain Necklace"], "bracelet": ["Bracelet"], "bangle": ["Bangle"], "anklet": ["Anklet"],
    "brooch": ["Brooch", "Pin Brooch"],
}

INTROS = {
    "ring": ["Hand-finished in our Bath workshop, the {design} is made to be worn every day.",
             "Our {design} ring: small, simple and easy to wear with everything."],
    "engagement ring": ["A timeless {design} engagement ring, handmade to order in about four weeks.",
                        "The {design} sits low on the finger and pairs with our shaped bands."],
    "wedding band": ["Our {design} band, made to order in your size and width.",
                     "A comfortable {design} ring with a softly polished finish."],
    "necklace": ["The {design} necklace adds a little something to any outfit.", "Layer our {design} necklace or wear it alone."],
    "choker": ["A close-fitting {design} choker with an adjustable extender."],
    "pendant": ["Our {design} pendant is a lovely keepsake and gift.", "A dainty {design} pendant for everyday wear."],
    "chain": ["A classic {design} chain with a lobster clasp, strong enough for most pendants."],
    "earrings": ["Everyday {design} earrings, sold as a pair.", "Our best-selling {design} earrings, sold as a pair with butterfly backs."],
    "bracelet": ["The {design} bracelet fastens with a secure lobster clasp.", "A {design} bracelet to wear alone or stacked."],
    "bangle": ["Our {design} bangle slips over the hand and stacks beautifully.", "A sculptural {design} piece, gently adjustable."],
    "anklet": ["A delicate {design} anklet for summer, with a 2cm extender."],
    "brooch": ["A charming {design} brooch with a secure roll-over clasp.", "Our {design} brooch, inspired by the Somerset countryside."],
}

UK_SIZES = ["J", "K", "L", "M", "N", "O", "P", "Q"]
MEN_SIZES = ["R", "S", "T", "U", "V", "W"]


def metal_phrase(rng, code, karat=True, colour=True, substance=True):
    metal, col, k, _ = WMETALS[code]
    if metal == "platinum":
        return pick(rng, ["Platinum", "Platinum", "950 Platinum"]) if substance else ""
    if code == "S925":
        return pick(rng, ["Sterling Silver", "Sterling Silver", "925 Sterling Silver", "Recycled Sterling Silver"]) if substance else ""
    if code == "VER":
        return pick(rng, ["Gold Vermeil", "18ct Gold Vermeil", "Gold Plated Sterling Silver", "18ct Gold Vermeil"]) if substance else ""
    if code == "RVER":
        return pick(rng, ["Rose Gold Vermeil", "18ct Rose Gold Vermeil"]) if substance else ""
    parts = []
    if karat:
        parts.append(pick(rng, [f"{k}ct", f"{k}ct", f"{k}ct", f"{k}k"] if k != 14 else ["14k", "14ct"]))
    if colour:
        parts.append({"yellow": "Yellow", "rose": "Rose", "white": "White"}[col])
    if parts or substance:
        parts.append("Gold")
    return " ".join(parts)


def stone_phrase(rng, code, title, carat=None):
    if code is None:
        return ""
    if title:
        return {"diamond": "Diamond", "lab": pick(rng, ["Lab-Grown Diamond", "Lab Grown Diamond"]), "ruby": "Ruby",
                "emerald": "Emerald", "blue sapphire": pick(rng, ["Sapphire", "Blue Sapphire"]), "pearl": "Pearl",
                "cz": pick(rng, ["CZ", "Cubic Zirconia"]), "moissanite": "Moissanite", "garnet": "Garnet",
                "amethyst": "Amethyst", "opal": "Opal", "topaz": pick(rng, ["Blue Topaz", "London Blue Topaz", "Topaz"]),
                "aquamarine": "Aquamarine", "peridot": "Peridot"}[code]
    return {"diamond": pick(rng, ["brilliant-cut diamonds", "ethically sourced diamonds", "diamonds"]),
            "lab": pick(rng, ["a lab-grown diamond", "lab-grown diamonds"]), "ruby": "a vivid ruby",
            "emerald": "an emerald", "blue sapphire": pick(rng, ["a blue sapphire", "a deep blue sapphire", "Ceylon sapphire"]),
            "pearl": pick(rng, ["a freshwater pearl", "cultured pearls", "lustrous freshwater pearls"]),
            "cz": pick(rng, ["cubic zirconia", "sparkling CZ stones"]), "moissanite": "a moissanite",
            "garnet": "a deep red garnet", "amethyst": "an amethyst", "opal": "an Australian opal",
            "topaz": pick(rng, ["a London blue topaz", "a sky blue topaz"]), "aquamarine": "an aquamarine",
            "peridot": "a bright peridot"}[code]


def grams_price(rng, code, grams, stone, carat, cat, solitaire):
    metal, col, k, _ = WMETALS[code]
    key = k if k else ("PT" if metal == "platinum" else code if code in ("S925", "VER", "RVER") else "S925")
    v = GRAM_PRICE[key] * grams * rng.uniform(1.6, 2.4) + (25 if key in ("S925", "VER", "RVER") else 90)
    if stone in ("diamond", "lab"):
        per = 2600 if stone == "diamond" else 650
        if solitaire:
            per = {0.3: 2900, 0.5: 3900, 0.7: 4600, 1.0: 6200, 1.5: 7000, 2.0: 8000}.get(carat, 4000) if stone == "diamond" else 700
        v += per * (carat or 0.1)
    elif stone == "moissanite":
        v += 280 * (carat or 1)
    elif stone in ("blue sapphire", "ruby", "emerald") and code in ("S925", "VER", "RVER"):
        v += rng.uniform(30, 140)
    elif stone in ("blue sapphire", "ruby", "emerald"):
        v += rng.uniform(120, 450) * (3 if cat in ("necklace", "bracelet", "engagement ring") else 1)
    elif stone == "pearl":
        v += rng.uniform(20, 120) * (4 if cat in ("necklace", "choker", "bracelet") else 1)
    elif stone in ("opal", "aquamarine", "topaz", "peridot", "garnet", "amethyst"):
        v += rng.uniform(25, 160)
    elif stone == "cz":
        v += rng.uniform(5, 25)
    # a shop price: 49 / 95 / 99 / 00 endings
    if v < 200:
        return float(int(v / 5) * 5 + pick(rng, [0, 4.99 - 5 + 5, 0]) or 35)
    if v < 1000:
        return float(int(v / 10) * 10 + pick(rng, [5, 9, 0]))
    return float(int(v / 50) * 50 + pick(rng, [0, 0, 45, 95]) - (0 if v < 5000 else 0))


def build(OUT, images=True, run_renders=None, write_csv=None, write_jsonl=None, seed=1766):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "woo_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "publish"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "private"
    broken = set(idx[5:8])
    sku_parent = set(idx[8:13])  # a few variable parents carry a SKU: their variations then point to it

    rows, truths, jobs = [], [], []
    next_id = 1043
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2022, 2023, 2024])}/{prng.randint(1, 12):02d}/"
        slug = slugify(p["title"])
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"], prng)
        imgs = []
        if is_broken:
            imgs.append((ym + f"{slug}-scaled-1.jpg", None, None))
        else:
            imgs.append((ym + f"{slug}.jpg", main_spec, 90000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-2.jpg", sp, 95000 + p["serial"]))
        var_img = {}
        if p["colour_axis"] is not None and not is_broken:
            nm, vals = p["axes"][p["colour_axis"]]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = dict(main_spec)
                sp["metal"] = WMETALS[mod["code"]][3]
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 97000 + p["serial"] * 7 + j))
                var_img[val] = fn
            var_img[vals[0][0]] = imgs[0][0]
        for fn, sp, s in imgs:
            if sp is not None:
                os.makedirs(os.path.dirname(os.path.join(imgdir, fn)), exist_ok=True)
                jobs.append((os.path.join(imgdir, fn), sp, s))
        pid = next_id
        next_id += 1 + len(p["variants"]) if len(p["axes"]) else 1
        next_id += prng.randint(0, 3)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        vs = p["variants"]
        variable = bool(p["axes"]) and len(vs) > 1
        parent_sku = ""
        if not variable or n in sku_parent:
            parent_sku = f"HW-{p['serial']:03d}" + ("" if variable else "-" + slugify(p["code"]).upper())
        base = dict.fromkeys(HEADER, "")
        base.update({
            "ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
            "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0", "Visibility in catalog": "visible",
            "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"), "Tax status": "taxable",
            "In stock?": "1" if prng.random() > 0.05 else "0", "Backorders allowed?": "0",
            "Sold individually?": "0", "Allow customer reviews?": "1", "Categories": p["cats"],
            "Tags": ", ".join(p["tags"]), "Images": ", ".join(HOST + fn for fn, _, _ in imgs[: (2 if len(imgs) > 1 and not var_img else 1 + len(var_img) and 1)]),
            "Position": "0",
        })
        # all product images go on the parent (gallery); variation images are also in the gallery
        base["Images"] = ", ".join(HOST + fn for fn, _, _ in imgs)
        if prng.random() < 0.3:
            base["Weight (kg)"] = f"{max(0.005, round(p['grams'] / 1000 + 0.02, 3))}"
        if p["purchase_note"]:
            base["Purchase note"] = p["purchase_note"]
        for a, (nm, vals) in enumerate(p["axes"][:2] + p["info_attrs"][: max(0, 2 - len(p["axes"]))]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v.replace(",", "\\,") for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Length", "Metal", "Birthstone", "Width") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.price)
            if v.compare:
                base["Regular price"] = money(v.compare)
                base["Sale price"] = money(v.price)
            if prng.random() < 0.5:
                base["Stock"] = str(prng.randint(0, 9))
            if p["axes"]:  # a single-valued variation axis becomes plain info on a simple product
                pass
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                r = dict.fromkeys(HEADER, "")
                vid = pid + 1 + j
                r.update({
                    "ID": str(vid), "Type": "variation",
                    "SKU": "" if prng.random() < 0.3 else f"HW-{p['serial']:03d}-" + "-".join(slugify(o).upper() for o in v.opts),
                    "Name": f"{p['title']} - {', '.join(v.opts)}" if len(v.opts) <= 2 else p["title"],
                    "Published": "-1" if published == "-1" else "1", "Is featured?": "0", "Visibility in catalog": "visible",
                    "Tax status": "taxable", "Tax class": "parent", "In stock?": "1", "Backorders allowed?": "0",
                    "Sold individually?": "0", "Allow customer reviews?": "0", "Regular price": money(v.compare or v.price),
                    "Sale price": money(v.price) if v.compare else "",
                    "Parent": parent_sku if parent_sku else f"id:{pid}", "Position": str(j + 1),
                })
                if p["colour_axis"] is not None and v.opts[p["colour_axis"]] in var_img:
                    r["Images"] = HOST + var_img[v.opts[p["colour_axis"]]]
                for a, (nm, _) in enumerate(p["axes"][:2]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} visible"] = ""
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ring size", "Length", "Metal", "Birthstone", "Width") else "0"
                rows.append(r)

        metal, col, karat, _ = WMETALS[p["code"]]
        gem, scol, _, _ = STONES[p["stone"]]
        if p["stone"] == "topaz" and "white topaz" in p["body"].lower():
            scol = "white"
        prices = [v.price for v in vs]
        truth = {"handle": slug, "title": p["title"], "category": p["cat"], "shop_category": p["shop_cat"],
                 "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
                 "carat": p["carat"], "price_min": min(prices), "price_max": max(prices), "currency": "GBP",
                 "variants": len(vs) if variable else 1, "status": p["status"], "woo_id": pid, "woo_type": "variable" if variable else "simple"}
        mo = sorted({WMETALS[v.code][0] for v in vs})
        co = sorted({WMETALS[v.code][1] for v in vs})
        ko = sorted({WMETALS[v.code][2] for v in vs if WMETALS[v.code][2]})
        go = sorted({STONES[v.stone][0] for v in vs})
        sco = sorted({STONES[v.stone][1] for v in vs if STONES[v.stone][1]})
        if len(mo) > 1:
            truth["metal_options"] = mo
        if len(co) > 1:
            truth["metal_color_options"] = co
        if len(ko) > 1:
            truth["karat_options"] = ko
        if len(go) > 1:
            truth["gemstone_options"] = go
        if len(sco) > 1:
            truth["stone_color_options"] = sco
        if p["others"]:
            truth["other_stones"] = p["others"]
        if p["lab"]:
            truth["lab_grown"] = True
        if p["gents"]:
            truth["for"] = "men"
        truth["image"] = None if is_broken else "images/" + imgs[0][0]
        truth["image_url"] = HOST + imgs[0][0]
        truth["image_broken"] = is_broken
        truth["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec["stone"], "style": main_spec.get("style") or main_spec.get("pendant")}
        truth["extra_images"] = ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None]
        truth["variant_list"] = [{"sku": "", "options": dict(zip([a[0] for a in p["axes"]], v.opts)), "price": v.price,
                                  "regular_price": v.compare or v.price, "metal": WMETALS[v.code][0],
                                  "metal_color": WMETALS[v.code][1], "karat": WMETALS[v.code][2],
                                  "gemstone": STONES[v.stone][0], "stone_color": STONES[v.stone][1]} for v in vs]
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {v}." for nm, vals in p["axes"] + p["info_attrs"] for v, _ in vals)}
        ev, problems = evidence.evidence(truth, fields, not is_broken, p["may_mention"])
        if problems:
            raise SystemExit(f"woo {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)

    write_csv(os.path.join(outdir, "wc-product-export-18-6-2024-1718712345678.csv"), HEADER, rows, bom=True, php_quoting=True)
    write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
    if images:
        import shutil
        shutil.rmtree(imgdir)
        os.makedirs(imgdir)
        for path, _, _ in jobs:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        run_renders(jobs)
    return truths, rows, jobs


def render_spec(p, code, stone, rng):
    d, cat = p["d"], p["cat"]
    rk = {"ring": "ring", "engagement ring": "engagement ring", "wedding band": "wedding band", "necklace": "necklace",
          "choker": "choker", "pendant": "pendant", "chain": "chain", "earrings": "earrings", "bracelet": "bracelet",
          "bangle": "cuff" if d.get("cuff") else "bangle", "anklet": "anklet", "brooch": "brooch"}[cat]
    spec = {"kind": rk, "metal": WMETALS[code][3], "stone": STONES[stone][2]}
    st = d.get("style")
    if cat == "pendant":
        spec["pendant"] = st
        spec["chain"] = rng.random() < 0.75
    elif cat == "earrings":
        spec["style"] = d["estyle"]
    elif cat == "engagement ring":
        spec["style"] = "trilogy" if st == "trilogy" else "solitaire"
        spec["halo"] = bool(d.get("halo"))
        if "Oval" in p["name"]:
            spec["cut"] = "oval"
        elif "Emerald Cut" in p["name"] or "Cushion" in p["name"]:
            spec["cut"] = "cushion"
    elif cat == "brooch":
        spec["style"] = "bar" if "Bar" in p["name"] else "flower"
    elif cat == "chain":
        spec["style"] = {"Trace": "cable", "Curb": "curb", "Belcher": "cable", "Box": "box", "Rope": "rope"}[p["name"]]
    elif cat == "anklet":
        spec["style"] = "single"
        spec["bells"] = False
    else:
        spec["style"] = st
    return spec


def make_product(rng, d, i, serial):
    cat = d["cat"]
    name = d["names"][i % len(d["names"])]
    code = d["metals"][i % len(d["metals"])]
    stone = d["stones"][i % len(d["stones"])] if d.get("pairwise") or len(d["stones"]) == 1 else d["stones"][(i + serial) % len(d["stones"])]
    metal, col, karat, _ = WMETALS[code]
    is_gold = metal.endswith("gold")
    ambiguous = is_gold
    grams = round(rng.uniform(*d["grams"]), 2)
    gents = bool(d.get("gents"))

    # ---- placements ------------------------------------------------------------------------
    P = {}
    colour_axis_kind = None
    if ambiguous:
        P["colour"] = wchoice(rng, [("title", 52), ("body", 14), ("options", 12), ("tags", 4), ("cats", 4), ("photo", 14)])
        if P["colour"] == "options":
            colour_axis_kind = "metal"
        P["karat"] = wchoice(rng, [("title", 60), ("body", 25), ("cats", 5), ("tags", 5), ("options", 5)]) if colour_axis_kind is None else "options"
    else:
        P["colour"] = "implied"
        P["karat"] = None
    if not is_gold:
        P["substance"] = wchoice(rng, [("title", 80), ("body", 12), ("cats", 4), ("options", 4)])
    else:
        P["substance"] = "title" if rng.random() < 0.9 else "body"
    if stone:
        P["stone"] = wchoice(rng, [("title", 58), ("body", 26), ("tags", 6), ("options", 6), ("nowhere", 2), ("cats", 2)])
        if P["stone"] == "options" and colour_axis_kind:
            P["stone"] = "body"
    else:
        P["stone"] = None
    if "Birthstone" in name and stone and P["stone"] in ("title",):
        pass

    def has(attr, ch):
        v = P.get(attr)
        return v not in (None, "implied") and v == ch

    colour_in = {c: has("colour", c) for c in ("title", "body", "tags", "cats")}
    karat_in = {c: has("karat", c) for c in ("title", "body", "tags", "cats")}
    subst_in = {c: has("substance", c) for c in ("title", "body", "cats", "options")}
    stone_in = {c: has("stone", c) for c in ("title", "body", "tags", "cats", "options")}
    if P["colour"] == "title":
        colour_in["body"] = rng.random() < 0.6
        colour_in["tags"] = rng.random() < 0.35
    if P["karat"] == "title":
        karat_in["body"] = rng.random() < 0.65
        karat_in["tags"] = rng.random() < 0.4
    if is_gold:
        subst_in["body"] = True
    elif P["substance"] == "title":
        subst_in["body"] = rng.random() < 0.6
    if P["stone"] == "title":
        stone_in["body"] = rng.random() < 0.75
        stone_in["tags"] = rng.random() < 0.35

    # ---- variants --------------------------------------------------------------------------
    axes, info_attrs = [], []
    colour_axis = None
    if colour_axis_kind == "metal":
        opts = [code] + [c for c in (f"Y{karat}", f"W{karat}", f"R{karat}") if c != code and c in WMETALS]
        opts = opts[: pick(rng, [2, 3])]
        vals = []
        for c in opts:
            m, cc, kk, _ = WMETALS[c]
            vals.append((f"{kk}ct {cc.capitalize()} Gold" if kk != 14 else f"14k {cc.capitalize()} Gold", {"code": c}))
        axes.append(("Metal", vals))
        colour_axis = 0
    elif P["karat"] == "options":
        other = {9: 18, 18: 9, 14: 18}[karat]
        c2 = f"{code[0]}{other}"
        if c2 in WMETALS:
            axes.append(("Metal", [(f"{k}ct {col.capitalize()} Gold", {"code": c}) for k, c in ((karat, code), (other, c2))]))
            colour_axis = None
    if not is_gold and P["substance"] == "options":
        info_attrs.append(("Metal", [(metal_phrase(rng, code), {})]))
    if P["stone"] == "options":
        info_attrs.append(("Gemstone", [(stone_phrase(rng, stone, True), {})]))
    carat = None
    solitaire = bool(d.get("solitaire"))
    if stone in ("diamond", "lab"):
        if solitaire:
            carat = pick(rng, [0.3, 0.5, 0.7, 1.0] if stone == "diamond" else [1.0, 1.5, 2.0])
            if cat == "pendant":
                carat = pick(rng, [0.25, 0.3, 0.5] if stone == "diamond" else [0.5, 1.0])
        else:
            carat = round({"ring": rng.uniform(0.25, 1.0), "wedding band": rng.uniform(0.15, 0.5), "necklace": rng.uniform(0.5, 3.0),
                           "bracelet": rng.uniform(1.0, 4.0), "earrings": rng.uniform(0.1, 1.0), "bangle": rng.uniform(0.5, 1.5),
                           "pendant": rng.uniform(0.05, 0.15), "engagement ring": rng.uniform(0.3, 0.8)}.get(cat, 0.2), 2)
        if d.get("halo"):
            carat = pick(rng, [0.5, 0.75, 1.0])
    elif stone == "moissanite":
        carat = pick(rng, [1.0, 1.5, 2.0]) if cat == "engagement ring" else pick(rng, [0.5, 1.0])
    if d.get("sizes") and rng.random() < 0.8 and len(axes) < 2:
        sizes = MEN_SIZES if gents or "Men" in name else UK_SIZES[pick(rng, [0, 1, 2]):]
        axes.append(("Ring size", [(s, {"g": 1 + 0.03 * j}) for j, s in enumerate(sizes)]))
    if d.get("width") and len(axes) < 2:
        ws = pick(rng, [["2mm", "3mm", "4mm"], ["3mm", "4mm", "5mm", "6mm"], ["2mm", "2.5mm", "3mm"]])
        axes.append(("Width", [(w, {"g": 0.6 + 0.3 * j}) for j, w in enumerate(ws)]))
    if (d.get("length") or cat == "chain") and len(axes) < 2:
        ls = pick(rng, [['16"', '18"', '20"'], ['16" / 41cm', '18" / 46cm', '20" / 51cm'], ['18"', '20"', '24"']])
        axes.append(("Length", [(l, {"g": 1 + 0.12 * j}) for j, l in enumerate(ls)]))
    if d.get("bsize") and len(axes) < 2 and rng.random() < 0.6:
        axes.append(("Size", [(s, {"g": 1 + 0.07 * j}) for j, s in enumerate(["S/M", "M/L"] if rng.random() < 0.5 else ['6.5"', '7"', '7.5"'])]))
    combos = [([], {})]
    for nm, vals in axes:
        combos = [(o + [v], {**m, **mod, "g": m.get("g", 1) * mod.get("g", 1)}) for (o, m) in combos for (v, mod) in vals]
    variants = []
    on_sale = rng.random() < 0.09
    for opts, mods in combos:
        vcode = mods.get("code", code)
        g = grams * mods.get("g", 1)
        v = Variant(opts, vcode, stone, g)
        price = grams_price(random.Random(serial * 31 + len(opts)), vcode, g, stone, carat, cat, solitaire)
        if on_sale:
            v.compare = price
            v.price = float(round(price * pick(rng, [0.7, 0.75, 0.8, 0.85])))
        else:
            v.price = price
        variants.append(v)

    # ---- words -------------------------------------------------------------------------------
    t_metal = metal_phrase(rng, code, karat=karat_in["title"], colour=colour_in["title"],
                           substance=subst_in["title"] or karat_in["title"] or colour_in["title"])
    t_stone = stone_phrase(rng, stone, True) if stone_in["title"] else ""
    des = name
    stone_words = ["Diamond", "Lab-Grown", "Pearl", "Emerald", "Sapphire", "Opal", "Garnet", "Amethyst", "Topaz",
                   "Aquamarine", "Peridot", "Ruby", "CZ", "Moissanite", "Akoya", "Freshwater", "Baroque", "Birthstone"]
    if t_stone and any(w in des.split() for w in stone_words if w != "Birthstone"):
        t_stone = ""   # the design name already names the stone
    if not stone_in["title"]:
        for w in stone_words:
            if w != "Birthstone":
                des = des.replace(w, "")
        des = " ".join(des.replace(" Set ", " ").split()) or "Classic"
        if des in ("Set", "Drop", "Stud", "Solitaire Stud", "Halo Stud", "Bead", "Halo", "Teardrop", "Cluster", "Line", "Station", "Tennis", "Cocktail", "Hinged", "Set Wedding"):
            des = {"Set Wedding": "Pavé Wedding"}.get(des, f"Classic {des}")
    kinds = KIND.get(cat)
    if cat == "earrings":
        kw = pick(rng, d["ek"])
    elif cat == "pendant" and d.get("locket"):
        kw = ""
        if "Locket" not in des:
            des += " Locket"
    elif cat == "bangle" and d.get("cuff"):
        kw = pick(rng, ["Cuff", "Cuff Bangle", "Cuff"])
    else:
        kw = pick(rng, kinds)
    stem = lambda w: w.lower().rstrip("s")
    kst = {stem(x) for x in kw.split()}
    if kw and (stem(des.split()[-1]) == stem(kw.split()[-1]) or kst <= {stem(w) for w in des.split()}):
        kw = ""
    elif kw and stem(des.split()[-1]) in kst:
        des = " ".join(des.split()[:-1])
    r = rng.random()
    if not t_metal:
        title = f"{t_stone} {des} {kw}"
    elif r < 0.5:
        title = f"{t_metal} {t_stone} {des} {kw}"
    elif r < 0.85:
        title = f"{t_stone} {des} {kw} in {t_metal}"
    else:
        title = f"{des} {kw}, {t_metal}" + (f", {t_stone}" if t_stone else "")
    title = " ".join(title.split())
    if solitaire and stone_in["title"] and carat and rng.random() < 0.5:
        title = f"{title} ({carat:.2f}ct)" if stone != "lab" else f"{title} - {carat:g}ct"

    # categories (the shop's own taxonomy) and tags
    cats = ["Jewellery > " + d["shop_cat"]] if d["shop_cat"] not in ("Birthstone Jewellery", "Men's Jewellery") else [d["shop_cat"]]
    if cat in ("ring", "engagement ring", "wedding band") and d["shop_cat"] not in ("Birthstone Jewellery",):
        cats = [f"Jewellery > Rings > {d['shop_cat']}"]
    if d["shop_cat"] == "Birthstone Jewellery":
        cats.append({"ring": "Jewellery > Rings", "pendant": "Jewellery > Pendants", "earrings": "Jewellery > Earrings",
                     "bracelet": "Jewellery > Bracelets"}[cat])
    if d.get("locket"):
        cats = ["Jewellery > Necklaces > Lockets"]
    if cat == "engagement ring" or cat == "wedding band":
        cats.append("Bridal")
    price0 = variants[0].price
    if price0 < 100 and rng.random() < 0.6:
        cats.append("Gifts > Gifts under £100")
    if colour_in["cats"] or karat_in["cats"] or subst_in["cats"]:
        cats.append("Shop by Metal > " + metal_phrase(rng, code, karat=karat_in["cats"] or colour_in["cats"] or not is_gold,
                                                      colour=colour_in["cats"], substance=True))
    if stone_in["cats"]:
        cats.append("Shop by Gemstone > " + stone_phrase(rng, stone, True))
    if on_sale:
        cats.append("Sale")
    tags = set()
    tags.add(pick(rng, ["gift for her", "gifts", "everyday", "new in", "bestseller", "handmade", "recycled"]))
    if gents:
        tags.add("gift for him")
    if colour_in["tags"]:
        tags.add({"yellow": "yellow gold", "rose": "rose gold", "white": "white gold"}[col])
    if karat_in["tags"] and karat:
        tags.add(f"{karat}ct gold")
    if stone_in["tags"]:
        tags.add({"diamond": "diamond", "lab": "lab grown diamond", "blue sapphire": "sapphire", "cz": "cubic zirconia"}.get(stone, stone))
    if "Birthstone" in name:
        tags.add("birthstone")
    if cat == "engagement ring":
        tags.add(pick(rng, ["proposal", "engagement"]))
    if d.get("cuff"):
        tags.add("statement")

    # description
    body, short = build_body(rng, cat, d, des, kw, code, stone, carat, grams, colour_in["body"], karat_in["body"],
                             subst_in["body"], stone_in["body"], solitaire, name)
    others = list(d.get("others_if", {}).get(stone, []))
    may = set(others)
    purchase_note = "Please allow 4 weeks for made-to-order pieces." if cat in ("engagement ring", "wedding band") and rng.random() < 0.5 else ""
    return dict(cat=cat, d=d, i=i, serial=serial, name=name, code=code, stone=stone, carat=carat, grams=grams,
                title=title, shop_cat=", ".join(cats), cats=", ".join(cats), tags=sorted(tags), body=body, short=short,
                axes=axes, info_attrs=info_attrs, variants=variants, colour_axis=colour_axis, others=others,
                may_mention=may, gents=gents, lab=stone == "lab", purchase_note=purchase_note)


def build_body(rng, cat, d, des, kw, code, stone, carat, grams, colour_b, karat_b, subst_b, stone_b, solitaire, name):
    metal, col, karat, _ = WMETALS[code]
    is_gold = metal.endswith("gold")
    mp = metal_phrase(rng, code, karat=karat_b, colour=colour_b, substance=subst_b or karat_b or colour_b)
    sp = stone_phrase(rng, stone, False) if stone_b else ""
    intro = pick(rng, INTROS[cat]).format(design=des.lower() if rng.random() < 0.5 else des)
    lines = [f"<p>{intro}</p>"]
    if mp and sp:
        lines.append(f"<p>Crafted in {mp.lower() if rng.random() < 0.5 else mp} and set with {sp}.</p>")
    elif mp:
        lines.append(f"<p>Crafted in {mp.lower() if rng.random() < 0.5 else mp}.</p>")
    elif sp:
        lines.append(f"<p>Set with {sp}.</p>")
    spec = []
    if mp:
        spec.append(("Metal", mp))
    if stone_b and stone in ("diamond", "lab") and carat:
        spec.append(("Total carat weight" if not solitaire else "Centre stone", f"{carat:.2f}ct"))
        spec.append(("Colour / clarity", pick(rng, ["G / VS1", "F / VS2", "H / SI1", "E / VVS2"])))
        if stone == "lab":
            spec.append(("Certificate", "IGI"))
    elif stone_b and stone == "moissanite" and carat:
        spec.append(("Stone", f"{carat}ct DEW moissanite"))
    if karat_b and karat:
        spec.append(("Hallmark", pick(rng, [f"{ {9: '375', 14: '585', 18: '750'}[karat]} (Birmingham Assay Office)", "Fully hallmarked",
                                            f"{karat}ct, UK hallmarked"])))
    elif is_gold and rng.random() < 0.3:
        spec.append(("Hallmark", "Fully hallmarked in the UK"))
    if cat in ("earrings",):
        spec.append(("Fastening", pick(rng, ["Butterfly backs", "Hinged", "Push backs"])))
    if cat == "pendant" and d.get("locket"):
        spec.append(("Holds", "Two photographs"))
    if cat == "pendant":
        spec.append(("Chain", pick(rng, ['Supplied on an 18" trace chain', 'Pendant only (chain sold separately)', 'Adjustable 16-18" chain included'])))
    if spec and rng.random() < 0.8:
        lines.append("<h4>Details</h4>")
        lines.append("<ul>\n" + "\n".join(f"<li>{k}: {v}</li>" for k, v in spec) + "\n</ul>")
    if rng.random() < 0.5:
        lines.append(pick(rng, ["<p>Presented in a Hollis &amp; Wren gift box. Free UK delivery on orders over £50.</p>",
                                "<p>Free engraving &amp; gift wrapping available at checkout.</p>",
                                "<p>Made in Bath &amp; hallmarked in Birmingham.</p>" if is_gold or metal == "platinum" else "<p>Made in our Bath studio.</p>"]))
    body = "\n".join(lines)
    short = f"<p>{des} {kw}".strip() + ("." if rng.random() < 0.5 else "") + "</p>"
    if rng.random() < 0.25:
        short = ""
    return body, short
