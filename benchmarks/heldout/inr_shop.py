"""Plan of the Indian shop: Kothari Ratna Mahal, Johari Bazaar, Jaipur.

A family jeweller that moved its counter onto Shopify.  Each design line
below is the shop's own range (what a Jaipur jeweller actually stocks);
the builder picks metal / stone / weight per piece from the allowed lists,
then DECIDES where each attribute gets written (title, body, type, tags,
variant options, or nowhere but the photo) and writes the export fields
accordingly.  evidence.py later reads the written fields back.
"""

from __future__ import annotations

import random

from common import METALS, STONES, money, slugify

VENDORS = ["Kothari Ratna Mahal"] * 8 + ["KRM Jaipur", "kothari ratna mahal", "Kothari Ratna Mahal "]

# 2024-25 style rates, rupees per gram (the shop bakes making + 3% GST into the price)
RATE = {24: 7480, 22: 6890, 18: 5640, 14: 4390}
SILVER_RATE = 96
PT_RATE = 3320

TAXONOMY = {
    "ring": "Apparel & Accessories > Jewelry > Rings",
    "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings",
    "toe ring": "Apparel & Accessories > Jewelry > Body Jewelry",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "choker": "Apparel & Accessories > Jewelry > Necklaces",
    "mangalsutra": "Apparel & Accessories > Jewelry > Necklaces",
    "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "jhumka": "Apparel & Accessories > Jewelry > Earrings",
    "nose pin": "Apparel & Accessories > Jewelry > Body Jewelry",
    "maang tikka": "Apparel & Accessories > Jewelry",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "kada": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

# category -> (shop Types, title kind words, option kind)
CAT = {
    "ring": (["Rings", "Ring", "Rings", "Finger Rings"], ["Ring", "Ring", "Finger Ring", "Ring"], "ringsize"),
    "engagement ring": (["Engagement Rings", "Rings", "Solitaire Rings", "Engagement Rings"],
                        ["Solitaire Engagement Ring", "Engagement Ring", "Solitaire Ring", "Proposal Ring"], "ringsize"),
    "wedding band": (["Bands", "Couple Bands", "Rings", "Wedding Bands"], ["Wedding Band", "Band", "Couple Bands"], "ringsize"),
    "toe ring": (["Toe Rings", "Bichiya", "Toe Rings"], ["Bichiya", "Toe Rings", "Bichiya (Toe Rings)", "Toe Ring Pair"], None),
    "necklace": (["Necklace", "Necklace Set", "Necklaces", "Haar"], ["Necklace", "Necklace Set", "Haar", "Necklace"], "length_neck"),
    "choker": (["Choker", "Necklace Set", "Chokers"], ["Choker", "Choker Set", "Choker Necklace"], None),
    "pendant": (["Pendants", "Pendant", "Pendants", "Lockets"], ["Pendant", "Pendant", "Locket", "Pendant"], None),
    "mangalsutra": (["Mangalsutra", "Mangalsutra", "Mangalsutras"], ["Mangalsutra", "Mangalsutra", "Mangalsutra Chain"], "length_ms"),
    "chain": (["Chains", "Chain", "Gents Chains"], ["Chain", "Chain", "Neck Chain"], "length_chain"),
    "earrings": (["Earrings", "Earrings", "Studs", "Tops"], None, None),
    "jhumka": (["Jhumka", "Jhumki", "Jhumkas", "Earrings"], ["Jhumka", "Jhumki", "Jhumkas", "Jhumka Earrings"], None),
    "nose pin": (["Nose Pin", "Nose Pins", "Nosepin", "Nose Jewellery"], None, None),
    "maang tikka": (["Maang Tikka", "Mang Tikka", "Tikka"], ["Maang Tikka", "Mang Tikka", "Tikka"], None),
    "bracelet": (["Bracelets", "Bracelet", "Bangles & Bracelets", "Gents Bracelets"], ["Bracelet", "Bracelet", "Chain Bracelet"], "bracelet"),
    "bangle": (["Bangles", "Bangle", "Bangles & Bracelets", "Bangles"], ["Bangles", "Bangle", "Kangan", "Bangles (Set of 2)"], "bangle"),
    "kada": (["Kada", "Kadas", "Gents Kada", "Kada"], ["Kada", "Kada", "Gents Kada", "Kadaa"], "kada"),
    "anklet": (["Payal", "Anklets", "Payal", "Anklets"], ["Payal", "Anklets", "Payal (Pair)", "Pajeb"], "anklet"),
    "brooch": (["Brooch", "Groom Accessories"], ["Brooch", "Sherwani Brooch", "Safa Brooch"], None),
}


def D(cat, n, names, style, metals, stones, grams, extra=None):
    return dict(cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams, **(extra or {}))


# The shop's range.  (category, count, design names, render style, metals, stones, grams)
DESIGNS = [
    # rings
    D("ring", 3, ["Phool", "Gulab", "Bela Floral Cocktail"], "cocktail", ["Y22", "Y18", "R18"], ["ruby", "emerald", "pink sapphire"], (4.5, 8)),
    D("ring", 2, ["Navratna", "Navgrah"], "cocktail", ["Y22"], ["navratna"], (5, 9)),
    D("ring", 3, ["Gents Signet", "Men's Plain Signet", "Gents Initial"], "signet", ["Y22", "Y18", "Y22"], [None], (7, 14), {"gents": True}),
    D("ring", 2, ["Gents Neelam", "Men's Blue Stone"], "mens", ["Y22", "S925"], ["blue sapphire"], (6, 12), {"gents": True}),
    D("ring", 1, ["Gents Manik"], "mens", ["Y22"], ["ruby"], (7, 11), {"gents": True}),
    D("ring", 3, ["Patti Leaf", "Vine", "Leaf Band"], "stacking", ["R18", "Y18", "W18", "R14"], ["diamond"], (2, 4)),
    D("ring", 1, ["Infinity"], "stacking", ["S925"], ["cz"], (2, 3.5)),
    D("ring", 2, ["Kundan Flower", "Jadau"], "flower", ["Y22", "GPS"], ["kundan"], (4, 7)),
    D("ring", 1, ["Polki Statement"], "cocktail", ["Y22"], ["polki"], (6, 9)),
    D("ring", 2, ["Daily Wear", "Office Wear"], "band", ["Y22"], [None], (2, 4.5)),
    D("ring", 3, ["Classic", "Oval Bezel", "Round Bezel"], "bezel", ["Y22", "Y18"], ["ruby", "emerald", "garnet"], (3, 5)),
    D("ring", 3, ["Adjustable", "Free Size", "Oxidised Adjustable"], "bezel", ["S925", "AG", "S925"], ["amethyst", "garnet", "ad"], (3, 6)),
    D("ring", 2, ["Three Stone", "Trilogy"], "trilogy", ["W18", "Y18"], ["diamond"], (3, 4.5)),
    D("ring", 1, ["Statement"], "cocktail", ["S925"], ["moissanite"], (5, 7)),
    D("ring", 1, ["Moti"], "bezel", ["Y18"], ["pearl"], (3, 4)),
    # engagement
    D("engagement ring", 8, ["Classic Six Prong", "Four Prong", "Cathedral", "Tiffany Style", "Knife Edge", "Petite", "Pavé Shank", "Twist"],
      "solitaire", ["PT", "W18", "Y18", "R18", "PT", "W18", "PT", "R18"], ["diamond", "vvs"], (3, 5), {"solitaire": True}),
    D("engagement ring", 2, ["Halo", "Cushion Halo"], "solitaire", ["W18", "R18"], ["diamond"], (3.5, 5), {"solitaire": True, "halo": True}),
    D("engagement ring", 2, ["Moissanite Solitaire", "Moissanite Promise"], "solitaire", ["W14", "S925"], ["moissanite"], (2.5, 4), {"solitaire": True}),
    # wedding bands
    D("wedding band", 3, ["Platinum Couple Bands", "Love Bands", "Jodi Bands"], "wedding", ["PT"], [None, "diamond"], (5, 9), {"couple": True}),
    D("wedding band", 3, ["Plain Wedding", "Comfort Fit", "Court"], "wedding", ["Y22", "Y18", "R18"], [None], (4, 8)),
    D("wedding band", 2, ["Diamond Eternity", "Half Eternity"], "band", ["W18", "R18"], ["diamond"], (3, 5)),
    D("wedding band", 2, ["Gents Platinum", "Matte Platinum"], "wedding", ["PT"], [None], (7, 11), {"gents": True}),
    # toe rings
    D("toe ring", 6, ["Traditional", "Fish", "Flower", "Adjustable", "Meena", "Plain"], "toe", ["AG", "S925", "AG", "S925", "GPS", "AG"], [None, "ad"], (4, 10)),
    # necklaces
    D("necklace", 2, ["Rani Haar", "Bridal Rani Haar"], "layered", ["Y22"], [None, "ruby"], (45, 90)),
    D("necklace", 3, ["Lakshmi Temple", "Kasu Mala", "Mango Mala"], "haar", ["Y22"], ["ruby", "emerald", None], (30, 70)),
    D("necklace", 3, ["Bridal Kundan", "Jadau", "Meenakari Kundan"], "haar", ["Y22", "GPS", "GPS"], ["kundan"], (35, 80), {"others": ["pearl"]}),
    D("necklace", 2, ["Polki Bridal", "Polki Heritage"], "haar", ["Y22"], ["polki"], (40, 75), {"others": ["pearl"]}),
    D("necklace", 3, ["Diamond", "Floral Diamond", "Line Diamond"], "diamond", ["W18", "Y18", "R18"], ["diamond", "vvs"], (12, 25)),
    D("necklace", 2, ["Moti Mala", "Pearl Strand"], "beaded", ["Y22", "S925"], ["pearl"], (18, 35)),
    D("necklace", 2, ["AD Party Wear", "Cocktail AD"], "diamond", ["GPS"], ["ad"], (30, 55)),
    D("necklace", 1, ["Navratna"], "haar", ["Y22"], ["navratna"], (25, 40)),
    # chokers
    D("choker", 2, ["Kundan", "Bridal Kundan"], "choker", ["Y22", "GPS"], ["kundan"], (35, 70), {"others": ["pearl"]}),
    D("choker", 1, ["Polki"], "choker", ["Y22"], ["polki"], (40, 65), {"others": ["pearl"]}),
    D("choker", 1, ["Temple"], "choker", ["Y22"], ["ruby"], (35, 55), {"others": ["pearl"]}),
    D("choker", 2, ["AD", "Party Wear"], "choker", ["GPS"], ["ad", "green cz"], (40, 60), {"others": ["pearl"]}),
    D("choker", 1, ["Pearl"], "choker", ["GPS"], ["pearl"], (30, 50)),
    D("choker", 1, ["Emerald"], "choker", ["Y22"], ["emerald"], (40, 60), {"others": ["pearl"]}),
    # pendants
    D("pendant", 2, ["Om", "Om Namah Shivay"], "om", ["Y22"], [None], (1.5, 4)),
    D("pendant", 2, ["Ganesha", "Ganpati"], "temple", ["Y22"], [None], (2, 5)),
    D("pendant", 2, ["Heart", "Dil"], "heart", ["R18", "S925"], ["diamond", "cz"], (1.5, 3.5)),
    D("pendant", 2, ["Solitaire", "Single Stone"], "solitaire", ["W18", "PT"], ["diamond"], (1.2, 2.5), {"solitaire": True}),
    D("pendant", 2, ["Evil Eye", "Nazar"], "round", ["Y14", "S925"], ["cz", "blue sapphire"], (1.5, 3)),
    D("pendant", 1, ["Navratna"], "cluster", ["Y22"], ["navratna"], (4, 7)),
    D("pendant", 2, ["Drop", "Teardrop"], "drop", ["Y18", "Y18"], ["ruby", "pink sapphire"], (1.5, 3)),
    D("pendant", 1, ["Panna Drop"], "drop", ["Y22"], ["emerald"], (2, 4)),
    D("pendant", 2, ["Moti Drop", "Pearl Drop"], "drop", ["S925", "Y18"], ["pearl"], (1.5, 3)),
    D("pendant", 1, ["Lakshmi Coin"], "coin", ["Y22"], [None], (4, 8)),
    D("pendant", 1, ["Polki"], "cluster", ["Y22"], ["polki"], (5, 9)),
    D("pendant", 1, ["Amethyst"], "drop", ["S925"], ["amethyst"], (2, 4)),
    D("pendant", 1, ["Garnet Oval"], "round", ["S925"], ["garnet"], (2, 4)),
    # mangalsutra
    D("mangalsutra", 4, ["Traditional Vati", "Maharashtrian Vati", "Double Vati", "Classic"], "vati", ["Y22"], [None], (8, 22)),
    D("mangalsutra", 3, ["Diamond", "Modern Diamond", "Solitaire Style"], "pendant", ["Y18"], ["diamond"], (6, 12)),
    D("mangalsutra", 1, ["Contemporary"], "pendant", ["R18"], ["diamond"], (5, 9)),
    D("mangalsutra", 1, ["Nalla Pusalu"], "vati", ["Y22"], [None], (10, 18)),
    D("mangalsutra", 1, ["Short Office Wear"], "pendant", ["Y22"], [None], (6, 10)),
    D("mangalsutra", 1, ["Ruby Vati"], "vati", ["Y22"], ["ruby"], (10, 16)),
    D("mangalsutra", 1, ["AD Fashion"], "pendant", ["GPS"], ["ad"], (10, 16)),
    # chains
    D("chain", 3, ["Rope", "Rassi", "Twisted Rope"], "rope", ["Y22"], [None], (8, 24)),
    D("chain", 2, ["Box", "Square Box"], "box", ["Y22", "Y18"], [None], (6, 15)),
    D("chain", 3, ["Gents Curb", "Heavy Curb", "Figaro"], "curb", ["Y22"], [None], (20, 45), {"gents": True}),
    D("chain", 2, ["Cable", "Daily Wear"], "cable", ["S925"], [None], (4, 9)),
    D("chain", 2, ["Platinum Gents", "Platinum Link"], "curb", ["PT"], [None], (12, 25), {"gents": True}),
    D("chain", 1, ["Thin Delicate"], "cable", ["R18"], [None], (2.5, 4)),
    D("chain", 1, ["Singapore"], "rope", ["Y22"], [None], (5, 9)),
    # earrings (kind word given per design)
    D("earrings", 4, ["Diamond Solitaire", "Classic", "Four Prong", "Everyday"], None, ["W18", "Y18", "PT", "R18"], ["diamond", "vvs"], (1.2, 2.2), {"ek": ["Studs", "Stud Earrings", "Tops"], "estyle": "stud"}),
    D("earrings", 2, ["CZ Solitaire", "Sparkle"], None, ["S925"], ["cz"], (1.5, 2.5), {"ek": ["Studs", "Stud Earrings"], "estyle": "stud"}),
    D("earrings", 2, ["Phool", "Ruby Flower"], None, ["Y22"], ["ruby"], (2.5, 4.5), {"ek": ["Tops", "Studs"], "estyle": "stud"}),
    D("earrings", 2, ["Moti", "Pearl"], None, ["S925", "Y18"], ["pearl"], (1.2, 3), {"ek": ["Studs", "Tops"], "estyle": "stud"}),
    D("earrings", 2, ["Kundan", "Jadau"], None, ["Y22", "GPS"], ["kundan"], (3, 6), {"ek": ["Studs", "Tops", "Earrings"], "estyle": "stud"}),
    D("earrings", 3, ["Gold", "Plain", "Daily Wear"], None, ["Y22"], [None], (3, 8), {"ek": ["Bali", "Hoops", "Bali Earrings"], "estyle": "bali"}),
    D("earrings", 4, ["Classic", "Sleek", "Everyday", "Click Top"], None, ["Y18", "R14", "S925", "W18"], [None, "diamond"], (2.5, 6), {"ek": ["Hoops", "Hoop Earrings", "Hoops"], "estyle": "hoop"}),
    D("earrings", 3, ["Kundan", "AD", "Polki"], None, ["GPS", "GPS", "Y22"], ["kundan", "ad", "polki"], (8, 20), {"ek": ["Chandbali", "Chandbalis", "Chand Bali Earrings"], "estyle": "chandbali", "pairwise": True, "others": ["pearl"]}),
    D("earrings", 3, ["Emerald", "Ruby", "Neelam"], None, ["Y18", "Y18", "W18"], ["emerald", "ruby", "blue sapphire"], (3, 6), {"ek": ["Drop Earrings", "Drops", "Earrings"], "estyle": "drop", "pairwise": True}),
    D("earrings", 2, ["Party Wear", "Cocktail"], None, ["GPS"], ["ad"], (6, 14), {"ek": ["Danglers", "Earrings"], "estyle": "drop"}),
    D("earrings", 2, ["Huggie", "Mini"], None, ["R14", "Y14"], ["diamond"], (2, 3.5), {"ek": ["Huggies", "Hoops"], "estyle": "huggie"}),
    D("earrings", 1, ["Moissanite"], None, ["S925"], ["moissanite"], (1.5, 2.5), {"ek": ["Studs"], "estyle": "stud"}),
    # jhumka
    D("jhumka", 3, ["Traditional", "Temple", "Mor"], "jhumka", ["Y22"], [None], (8, 20)),
    D("jhumka", 2, ["Ruby", "Lal"], "jhumka", ["Y22"], ["ruby"], (10, 22), {"others": ["pearl"]}),
    D("jhumka", 2, ["Moti", "Pearl Drop"], "jhumka", ["Y22"], ["pearl"], (9, 18)),
    D("jhumka", 1, ["Kundan"], "jhumka", ["Y22"], ["kundan"], (12, 22), {"others": ["pearl"]}),
    D("jhumka", 2, ["Kundan Bridal", "Meenakari Kundan"], "jhumka", ["GPS"], ["kundan"], (12, 22), {"others": ["pearl"]}),
    D("jhumka", 1, ["AD"], "jhumka", ["GPS"], ["ad"], (10, 18), {"others": ["pearl"]}),
    D("jhumka", 2, ["Oxidised", "Tribal Oxidised"], "jhumka", ["AG"], [None], (12, 25)),
    D("jhumka", 1, ["Polki"], "jhumka", ["Y22"], ["polki"], (12, 22), {"others": ["pearl"]}),
    # nose pins
    D("nose pin", 5, ["Diamond Flower", "Single Diamond", "Star", "Tiny", "Phool"], None, ["Y18", "R18", "W18", "Y14", "Y18"], ["diamond"], (0.3, 0.9), {"nk": ["Nose Pin", "Nose Stud", "Nose Pin"], "nstyle": ["flower", "stud"]}),
    D("nose pin", 2, ["CZ", "Sparkle"], None, ["S925"], ["cz"], (0.3, 0.7), {"nk": ["Nose Stud", "Nose Pin"], "nstyle": ["stud", "flower"]}),
    D("nose pin", 2, ["Bridal Moti", "Maharashtrian"], None, ["Y22"], ["pearl"], (2, 5), {"nk": ["Nath", "Nath (Nose Ring)"], "nstyle": ["nath"]}),
    D("nose pin", 1, ["Ruby"], None, ["Y22"], ["ruby"], (0.5, 1), {"nk": ["Laung", "Nose Pin"], "nstyle": ["flower"]}),
    D("nose pin", 1, ["Plain"], None, ["Y22"], [None], (0.8, 1.5), {"nk": ["Nose Ring"], "nstyle": ["nath"]}),
    D("nose pin", 1, ["AD"], None, ["GPS"], ["ad"], (0.4, 0.8), {"nk": ["Nose Pin"], "nstyle": ["flower"]}),
    # maang tikka
    D("maang tikka", 6, ["Kundan", "Bridal Kundan", "Polki", "AD", "Temple", "Moti"], "tikka", ["Y22", "GPS", "Y22", "GPS", "Y22", "GPS"],
      ["kundan", "kundan", "polki", "ad", "ruby", "pearl"], (6, 15), {"pairwise": True, "others": ["pearl"]}),
    # bracelets
    D("bracelet", 3, ["Diamond Tennis", "Line", "Classic Tennis"], "tennis", ["W18", "Y18", "R18"], ["diamond", "vvs"], (8, 14)),
    D("bracelet", 3, ["Gents Curb", "Heavy Gents", "Nawabi"], "curb", ["Y22"], [None], (15, 35), {"gents": True}),
    D("bracelet", 2, ["Ladies Chain", "Delicate"], "chain", ["R18", "Y18"], [None], (4, 8)),
    D("bracelet", 1, ["Evil Eye"], "charm", ["S925"], ["cz"], (5, 8)),
    D("bracelet", 1, ["Charm"], "charm", ["S925"], [None], (6, 10)),
    D("bracelet", 2, ["Moti", "Pearl"], "bead", ["S925", "Y18"], ["pearl"], (6, 12)),
    D("bracelet", 1, ["AD Tennis"], "tennis", ["GPS"], ["ad"], (10, 16)),
    D("bracelet", 1, ["Ruby Bead"], "bead", ["Y22"], ["ruby"], (8, 14)),
    D("bracelet", 1, ["Station"], "chain", ["R14"], ["diamond"], (3, 5)),
    D("bracelet", 1, ["Platinum Gents"], "curb", ["PT"], [None], (15, 25), {"gents": True}),
    # bangles
    D("bangle", 4, ["Plain", "Machine Cut", "Daily Wear", "Sleek"], "pair", ["Y22"], [None], (18, 40)),
    D("bangle", 2, ["Antique", "Nakshi"], "pair", ["Y22"], ["ruby", "emerald"], (25, 45)),
    D("bangle", 3, ["Diamond", "Eternity", "Pavé"], "single", ["W18", "R18", "Y18"], ["diamond", "vvs"], (10, 18)),
    D("bangle", 2, ["Kundan", "Bridal Kundan"], "set", ["GPS"], ["kundan"], (40, 80)),
    D("bangle", 2, ["Sleek Italian", "Office Wear"], "single", ["R18", "R18"], [None], (7, 12)),
    D("bangle", 1, ["Polki"], "pair", ["Y22"], ["polki"], (30, 50)),
    D("bangle", 2, ["Plain Silver", "Carved"], "pair", ["S925"], [None], (30, 60)),
    D("bangle", 1, ["Baby"], "pair", ["Y22"], [None], (6, 10), {"kids": True}),
    D("bangle", 1, ["AD"], "set", ["GPS"], ["ad"], (40, 70)),
    # kada
    D("kada", 4, ["Sher Mukh", "Lion Head", "Royal", "Gents Plain"], "lion", ["Y22"], [None], (25, 60), {"gents": True}),
    D("kada", 2, ["Sikh", "Punjabi"], "closed", ["S925", "AG"], [None], (30, 70), {"gents": True}),
    D("kada", 2, ["Diamond", "Pavé Diamond"], "closed", ["Y18", "W18"], ["diamond"], (20, 35)),
    D("kada", 1, ["Ladies Ruby"], "closed", ["Y22"], ["ruby"], (20, 35)),
    D("kada", 1, ["Platinum Gents"], "closed", ["PT"], [None], (30, 50), {"gents": True}),
    D("kada", 1, ["Baby", "Nazariya Baby"], "open", ["Y22"], [None], (5, 9), {"kids": True}),
    D("kada", 1, ["Kundan Bridal"], "closed", ["GPS"], ["kundan"], (35, 55)),
    # anklets
    D("anklet", 5, ["Plain", "Rajasthani", "Daily Wear", "Heavy Bridal", "Chain"], "pair", ["S925", "AG", "S925", "AG", "S925"], [None], (40, 120)),
    D("anklet", 2, ["Ghungroo", "Jhankar"], "pair", ["S925", "AG"], [None], (50, 110)),
    D("anklet", 1, ["AD Party Wear"], "pair", ["GPS"], ["ad"], (30, 60)),
    D("anklet", 1, ["Single", "Minimal"], "single", ["Y18"], [None], (3, 6)),
    D("anklet", 1, ["Moti"], "pair", ["S925"], ["pearl"], (35, 60)),
    # brooch
    D("brooch", 3, ["Kundan", "Polki Kalgi", "CZ Flower"], "flower", ["GPS", "Y22", "S925"], ["kundan", "polki", "cz"], (8, 20), {"gents": True, "pairwise": True}),
]

OCCASIONS = ["bridal", "wedding", "festive", "daily wear", "office wear", "party wear", "engagement", "anniversary",
             "Diwali", "Akshaya Tritiya", "Karwa Chauth", "gifting", "Raksha Bandhan"]

INTROS = {
    "ring": ["A {design} ring made in our Johari Bazaar karkhana, sized to your finger.",
             "{design} finger ring with a comfortable shank, perfect for {occ}.",
             "Our {design} ring is a customer favourite for {occ}."],
    "engagement ring": ["Say yes with our {design} solitaire, set by hand in Jaipur.",
                        "A {design} engagement ring with a certified centre stone."],
    "wedding band": ["{design} bands for the two of you, engraving free of charge.",
                     "A {design} band that you will never want to take off."],
    "toe ring": ["Traditional bichiya for the married woman, sold as a pair.",
                 "Light {design} toe rings, adjustable to fit most toes."],
    "necklace": ["{design} necklace crafted by our karigars for {occ}.",
                 "A statement {design} piece with matching earrings, made for {occ}.",
                 "Our {design} haar, inspired by Rajput royal jewellery."],
    "choker": ["{design} choker that sits close to the neck, with matching earrings.",
               "Bridal {design} choker made for {occ}."],
    "pendant": ["{design} pendant, a lovely gift for {occ}.", "Minimal {design} pendant for everyday wear."],
    "mangalsutra": ["{design} mangalsutra with double line black beads (kale mani).",
                    "A {design} mangalsutra for the modern bride, light enough for daily wear."],
    "chain": ["{design} chain, strong lobster clasp, suitable for pendants.", "Solid {design} chain for {occ}."],
    "earrings": ["{design} {kind} for {occ}.", "Everyday {design} {kind}, screw back for secure wear."],
    "jhumka": ["{design} jhumkas with a dome and hanging drops, made for {occ}.",
               "Classic {design} jhumki that sway as you move."],
    "nose pin": ["{design} nose pin with screw back (press/screw on request).", "Delicate {design} {kind} for {occ}."],
    "maang tikka": ["{design} maang tikka for the bride, with adjustable hook.", "{design} tikka for {occ}."],
    "bracelet": ["{design} bracelet with box clasp and safety lock.", "A {design} bracelet for {occ}."],
    "bangle": ["{design} bangles, priced per set as listed.", "{design} bangle for {occ}, screw opening on request."],
    "kada": ["{design} kada, solid and heavy, made to last generations.", "A bold {design} kada for {occ}."],
    "anklet": ["{design} payal, sold as a pair, with S-hook closure.", "Light {design} anklets for {occ}."],
    "brooch": ["{design} brooch for sherwani or safa, for the groom's big day.", "{design} brooch for {occ}."],
}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wchoice(rng, table):
    r = rng.random() * sum(w for _, w in table)
    for v, w in table:
        r -= w
        if r <= 0:
            return v
    return table[-1][0]


# --- metal wording -------------------------------------------------------------------

def metal_phrase(rng, code, karat=True, colour=True, substance=True):
    """How this shop writes a metal; any part may be left out."""
    metal, col, k, _ = METALS[code]
    if metal == "platinum":
        return pick(rng, ["Platinum 950", "Pt 950 Platinum", "Platinum", "Platinum"]) if substance else ""
    if code == "S925":
        return pick(rng, ["925 Sterling Silver", "Sterling Silver", "925 Silver", "92.5 Silver"]) if substance else ""
    if code == "AG":
        return pick(rng, ["Silver", "Pure Silver", "Silver"]) if substance else ""
    if code == "GPS":
        return pick(rng, ["Gold Plated Silver", "925 Silver with Gold Polish", "Gold Plated 92.5 Silver",
                          "Silver (Gold Plated)"]) if substance else ""
    parts = []
    if karat and k:
        parts.append(pick(rng, {24: ["24KT", "24K"], 22: ["22KT", "22K", "22kt", "22 Karat", "22Kt"],
                                18: ["18KT", "18K", "18kt", "18 Karat"], 14: ["14KT", "14K", "14kt"]}[k]))
    if colour:
        parts.append({"yellow": "Yellow", "rose": pick(rng, ["Rose", "Rose", "Rose", "Pink"]), "white": "White"}[col])
    if parts or substance:
        parts.append("Gold")
    return " ".join(parts)


def karat_token(rng, k):
    return pick(rng, {22: ["22KT", "22K"], 18: ["18KT", "18K"], 14: ["14KT", "14K"], 24: ["24KT"]}[k])


# --- stone wording ---------------------------------------------------------------------

def stone_word(rng, code, title=False):
    if code is None:
        return ""
    return {
        "diamond": pick(rng, ["Diamond", "Diamond", "Real Diamond"] if title else ["diamonds", "natural diamonds", "diamonds"]),
        "vvs": "VVS Diamond" if title else pick(rng, ["VVS diamonds", "VVS-EF diamonds"]),
        "ruby": "Ruby" if title else pick(rng, ["rubies", "ruby stones", "natural ruby"]),
        "emerald": "Emerald" if title else pick(rng, ["emeralds", "emerald stones", "panna (emerald)"]),
        "blue sapphire": pick(rng, ["Blue Sapphire", "Neelam", "Blue Sapphire"]) if title else pick(rng, ["blue sapphire", "neelam (blue sapphire)"]),
        "pink sapphire": "Pink Sapphire" if title else "pink sapphires",
        "pearl": pick(rng, ["Pearl", "Moti", "Pearl"]) if title else pick(rng, ["freshwater pearls", "pearls", "shell pearls"]),
        "kundan": "Kundan" if title else pick(rng, ["kundan work", "kundan stones", "kundan setting"]),
        "polki": "Polki" if title else pick(rng, ["polki", "polki (uncut diamond)", "polkis"]),
        "ad": pick(rng, ["AD", "American Diamond", "AD Stone"]) if title else pick(rng, ["American Diamond (AD) stones", "AD stones", "american diamonds"]),
        "cz": pick(rng, ["CZ", "Cubic Zirconia"]) if title else pick(rng, ["CZ stones", "cubic zirconia", "AAA cubic zirconia"]),
        "green cz": "Green CZ" if title else "green CZ stones",
        "moissanite": "Moissanite" if title else pick(rng, ["moissanite", "D colour moissanite"]),
        "navratna": pick(rng, ["Navratna", "Navratan"]) if title else "navratna (nine gems)",
        "garnet": "Garnet" if title else "garnet",
        "amethyst": "Amethyst" if title else "amethyst",
    }[code]


NAVRATNA_LIST = ("ruby (manik), pearl (moti), red coral, emerald (panna), yellow sapphire (pukhraj), diamond, "
                 "blue sapphire (neelam), hessonite (gomed) and cat's eye")


# --- options -------------------------------------------------------------------------------

def size_option(rng, kind, cat, gents):
    if kind == "ringsize":
        if gents:
            return "Ring Size", pick(rng, [["18", "20", "22", "24"], ["20", "22", "24"]]), 0.12
        return pick(rng, [("Ring Size", pick(rng, [["8", "10", "12", "14", "16"], ["10", "12", "14"], ["6", "8", "10", "12"]]), 0.08),
                          ("Size", ["US 5", "US 6", "US 7", "US 8"], 0.1),
                          ("Ring Size", ["12", "14", "16", "18"], 0.08)])
    if kind == "bangle":
        return pick(rng, ["Bangle Size", "Size"]), pick(rng, [["2.4", "2.6", "2.8"], ["2.2", "2.4", "2.6", "2.8"], ["2.4", "2.6"]]), 0.04
    if kind == "kada":
        return "Size", pick(rng, [["2.6", "2.8", "2.10"], ["2.8", "2.10", "2.12"]]), 0.04
    if kind == "length_chain":
        return "Length", pick(rng, [['18"', '20"', '22"'], ["18 inches", "20 inches", "22 inches", "24 inches"], ['20"', '22"', '24"']]), 0.1
    if kind == "length_ms":
        return "Length", pick(rng, [["18 inch", "22 inch"], ["16 inch (short)", "24 inch (long)"]]), 0.15
    if kind == "length_neck":
        return None
    if kind == "anklet":
        return "Length", ["10 inch", "10.5 inch", "11 inch"], 0.05
    if kind == "bracelet":
        return "Size", pick(rng, [['6.5"', '7"', '7.5"'], ["7 inch", "7.5 inch", "8 inch"]]), 0.07
    return None


class Variant:
    def __init__(self, opts, code, stone, grams, price_mult=1.0, image=None, dq=None):
        self.opts = opts          # list of option values (aligned with option names)
        self.code = code          # metal code of this variant
        self.stone = stone
        self.grams = grams
        self.mult = price_mult
        self.image = image        # render spec override (metal) if a variant image is shown
        self.dq = dq
        self.price = None
        self.compare = None
        self.sku = None


# --- building one product ---------------------------------------------------------------

RENDER_KIND = {"ring": "ring", "engagement ring": "engagement ring", "wedding band": "wedding band",
               "toe ring": "toe ring", "necklace": "necklace", "choker": "choker", "pendant": "pendant",
               "mangalsutra": "mangalsutra", "chain": "chain", "earrings": "earrings", "jhumka": "jhumka",
               "nose pin": "nose pin", "maang tikka": "maang tikka", "bracelet": "bracelet", "bangle": "bangle",
               "kada": "kada", "anklet": "anklet", "brooch": "brooch"}

SOLITAIRE_CT = [0.30, 0.50, 0.70, 1.00, 0.40, 0.50, 0.30, 0.60]

CARAT_RANGE = {  # total diamond weight by category / style
    "ring": (0.10, 0.35), "wedding band": (0.12, 0.9), "necklace": (1.5, 4.5), "bangle": (0.8, 2.2),
    "kada": (1.5, 3.2), "bracelet": (1.8, 4.0), "nose pin": (0.03, 0.12), "mangalsutra": (0.2, 0.6),
    "pendant": (0.10, 0.30), "earrings": (0.20, 0.60),
}


def diamond_carat(rng, cat, d, i, estyle=None):
    if d.get("solitaire"):
        if cat == "pendant":
            return pick(rng, [0.20, 0.30, 0.40, 0.50])
        return SOLITAIRE_CT[i % len(SOLITAIRE_CT)]
    if cat == "earrings":
        if estyle == "huggie":
            return round(rng.uniform(0.10, 0.22), 2)
        if estyle == "hoop":
            return round(rng.uniform(0.20, 0.45), 2)
        return pick(rng, [0.20, 0.30, 0.40, 0.50, 0.60])
    if cat == "bracelet" and d["style"] == "chain":
        return round(rng.uniform(0.15, 0.30), 2)
    lo, hi = CARAT_RANGE.get(cat, (0.1, 0.3))
    return round(rng.uniform(lo, hi), 2)


def stone_value(rng, stone, carat, cat, vvs=False, dq_mult=1.0, solitaire=False):
    if stone in (None, "kundan"):
        return 0
    if stone in ("diamond", "vvs"):
        if solitaire:
            per = {0.2: 160000, 0.3: 210000, 0.4: 260000, 0.5: 320000, 0.6: 350000, 0.7: 390000, 1.0: 560000}
            base = per.get(round(carat, 1), 300000) * carat
        else:
            base = carat * rng.uniform(62000, 88000)
        return base * (1.3 if vvs or stone == "vvs" else 1.0) * dq_mult
    if stone == "polki":
        return carat * rng.uniform(26000, 42000)
    if stone == "moissanite":
        return carat * rng.uniform(9000, 14000)
    if stone == "navratna":
        return rng.uniform(9000, 32000)
    if stone == "blue sapphire":
        return carat * rng.uniform(9000, 20000) if carat else rng.uniform(3000, 12000)
    if stone in ("ruby", "emerald", "pink sapphire"):
        return rng.uniform(1500, 4000) * (4 if cat in ("necklace", "choker", "bangle", "kada") else 1)
    if stone == "pearl":
        return rng.uniform(400, 2500) * (3 if cat in ("necklace", "bracelet", "choker") else 1)
    if stone in ("ad", "cz", "green cz"):
        return rng.uniform(200, 1200)
    if stone in ("garnet", "amethyst"):
        return rng.uniform(600, 3000)
    return 0


def making_pct(rng, d, stone):
    if stone in ("kundan", "polki"):
        return rng.uniform(0.22, 0.34)
    if d["style"] in ("temple", "layered", "jhumka", "lion", "haar", "choker"):
        return rng.uniform(0.14, 0.22)
    if stone in ("diamond", "vvs"):
        return rng.uniform(0.14, 0.20)
    return rng.uniform(0.08, 0.16)


def price_of(rng, code, grams, sval, mk):
    metal, col, k, _ = METALS[code]
    if k:
        v = RATE[k] * grams * (1 + mk)
    elif metal == "platinum":
        v = PT_RATE * grams * 1.24
    elif code == "GPS":
        v = SILVER_RATE * grams * rng.uniform(2.0, 2.8) + 450
    else:
        v = SILVER_RATE * grams * rng.uniform(1.6, 2.4)
    v = (v + sval) * 1.03
    if k or metal == "platinum":
        return float(round(v))
    # silver pricing ends in 99 / 49 / round hundreds like a shop counter
    base = int(v // 100) * 100
    return float(base + pick(rng, [99, 49, 0, 90]))


def kind_word(rng, cat, d, i):
    if cat == "earrings":
        return d["ek"][i % len(d["ek"])]
    if cat == "nose pin":
        return d["nk"][i % len(d["nk"])]
    if cat == "bracelet" and d["style"] == "tennis":
        return "Tennis Bracelet"
    if cat == "bangle" and d["style"] == "single":
        return pick(rng, ["Bangle", "Bangle", "Kangan"])
    if cat == "bangle" and d["style"] == "set":
        return pick(rng, ["Bangles (Set of 4)", "Bangle Set"])
    if cat == "kada" and d.get("kids"):
        return "Kada"
    if cat == "anklet" and d["style"] == "single":
        return "Anklet"
    if cat == "wedding band":
        return "Couple Bands" if d.get("couple") else pick(rng, ["Wedding Band", "Band", "Wedding Band"])
    words = CAT[cat][1]
    if not d.get("gents"):
        words = [w for w in words if not w.startswith("Gents")]
    return pick(rng, words)


def title_case_mess(rng, t):
    r = rng.random()
    if r < 0.05:
        return t.upper()
    if r < 0.09:
        return t + " "
    if r < 0.12:
        return t.replace(" ", "  ", 1)
    return t


def make_product(rng: random.Random, d: dict, i: int, serial: int) -> dict:
    cat = d["cat"]
    name = d["names"][i % len(d["names"])]
    code = d["metals"][i % len(d["metals"])]
    stone = d["stones"][(i + serial) % len(d["stones"])] if len(d["stones"]) > 1 else d["stones"][0]
    if cat == "maang tikka" or d.get("pairwise"):
        stone = d["stones"][i % len(d["stones"])]
    if code in ("S925", "AG", "GPS") and stone in ("diamond", "vvs"):
        stone = "cz"   # the shop does not set natural diamonds in silver
    metal, col, karat, rkey = METALS[code]
    is_gold = metal.endswith("gold")
    ambiguous = is_gold and karat in (9, 10, 14, 18)
    grams = round(rng.uniform(*d["grams"]), 3)
    estyle = d.get("estyle")
    kw = kind_word(rng, cat, d, i)
    gents = bool(d.get("gents"))

    # ---- where is each attribute written? ------------------------------------------------
    P = {}
    colour_opt_kind = None
    if ambiguous:
        P["colour"] = wchoice(rng, [("title", 45), ("body", 14), ("options", 10), ("tags", 8), ("photo", 15), ("body+tags", 8)])
        if P["colour"] == "options":
            colour_opt_kind = pick(rng, ["metal_colour", "metal_karat"])
    else:
        P["colour"] = "implied"
    if is_gold:
        if colour_opt_kind == "metal_karat":
            P["karat"] = "options"
        else:
            table = [("title", 55), ("body", 22), ("options", 8), ("tags", 8)]
            if karat == 22:
                table.append(("none", 4))
            P["karat"] = wchoice(rng, table)
            if P["karat"] == "options" and colour_opt_kind:
                P["karat"] = "title"
        P["substance"] = "title" if rng.random() < 0.85 else "body"
    else:
        P["karat"] = None
        P["substance"] = wchoice(rng, [("title", 75), ("body", 12), ("tags", 5), ("options", 3), ("type", 5)])
    if stone:
        table = [("title", 50), ("body", 24), ("tags", 8), ("options", 5), ("nowhere", 3)]
        if stone in ("diamond", "vvs") and cat in ("ring", "earrings", "pendant", "nose pin", "bangle", "necklace", "bracelet"):
            table.append(("type", 6))
        if cat in ("maang tikka",) or stone in ("navratna",):
            table = [("title", 70), ("body", 30)]
        P["stone"] = wchoice(rng, table)
        if P["stone"] == "options" and (colour_opt_kind or stone not in ("ruby", "emerald", "pink sapphire", "blue sapphire", "ad", "cz")):
            P["stone"] = "body"
    else:
        P["stone"] = None
    P["cat_in_title"] = rng.random() > 0.06

    # ---- channel flags ---------------------------------------------------------------------
    def has(attr, ch):
        v = P.get(attr)
        if v in (None, "implied"):
            return False
        return ch in v.split("+")

    extra_body = rng.random() < 0.7   # title-placed facts also repeated in body?
    extra_tags = rng.random() < 0.45
    colour_in = {ch: has("colour", ch) for ch in ("title", "body", "tags")}
    karat_in = {ch: has("karat", ch) for ch in ("title", "body", "tags")}
    if P["colour"] == "title":
        colour_in["body"] = colour_in["body"] or extra_body
        colour_in["tags"] = colour_in["tags"] or extra_tags
    if P["karat"] == "title":
        karat_in["body"] = karat_in["body"] or extra_body
        karat_in["tags"] = karat_in["tags"] or rng.random() < 0.5
    subst_in = {ch: has("substance", ch) for ch in ("title", "body", "tags", "type", "options")}
    if is_gold:
        subst_in["body"] = True if P["karat"] != "none" or rng.random() < 0.5 else subst_in["body"]
    else:
        if P["substance"] == "title":
            subst_in["body"] = extra_body or rng.random() < 0.5
            subst_in["tags"] = rng.random() < 0.4
    # a hidden colour must not leak through the karat (22K = yellow) -- only ambiguous golds hide colour
    stone_in = {ch: has("stone", ch) for ch in ("title", "body", "tags", "type", "options")}
    if P["stone"] == "title":
        stone_in["body"] = stone_in["body"] or rng.random() < 0.75
        stone_in["tags"] = stone_in["tags"] or rng.random() < 0.45
    if stone in ("kundan", "polki", "navratna") and P["stone"] != "nowhere":
        stone_in["title"] = True  # these names are the design itself

    # ---- variants ------------------------------------------------------------------------------
    opt_names = []
    variants = []
    base = Variant([], code, stone, grams)
    axes = []  # list of (name, [(value, modifier dict)])
    if colour_opt_kind == "metal_colour":
        cols = ["Yellow", "Rose", "White"]
        start = {"yellow": 0, "rose": 1, "white": 2}[col]
        order = cols[start:] + cols[:start]
        order = order[: pick(rng, [2, 3])]
        code_of = {"Yellow": f"Y{karat}", "Rose": f"R{karat}", "White": f"W{karat}"}
        axes.append((pick(rng, ["Metal Colour", "Gold Colour", "Colour"]), [(c, {"code": code_of[c]}) for c in order]))
    elif colour_opt_kind == "metal_karat":
        ks = [karat, 18 if karat == 14 else 14]
        cw = {"yellow": "Yellow", "rose": "Rose", "white": "White"}[col]
        axes.append(("Metal", [(f"{k}K {cw} Gold", {"code": f"{cw[0]}{k}"}) for k in ks]))
    elif P["karat"] == "options":
        other = {22: 18, 18: 22 if col == "yellow" else 14, 14: 18}[karat]
        axes.append((pick(rng, ["Purity", "Gold Purity", "Karat"]), [(f"{k}KT", {"code": f"{code[0]}{k}"}) for k in (karat, other)]))
    if not is_gold and P["substance"] == "options":
        axes.append(("Metal", [(metal_phrase(rng, code), {})]))
    if P["stone"] == "options":
        alt = {"ruby": "emerald", "emerald": "ruby", "pink sapphire": "blue sapphire", "blue sapphire": "ruby",
               "ad": "green cz", "cz": "green cz"}[stone]
        label = {"ruby": "Ruby", "emerald": "Emerald", "pink sapphire": "Pink Sapphire", "blue sapphire": "Blue Sapphire",
                 "ad": "White AD", "cz": "White CZ", "green cz": "Green CZ"}
        axes.append((pick(rng, ["Stone", "Stone Colour", "Gemstone"]), [(label[stone], {"stone": stone}), (label[alt], {"stone": alt})]))
    if stone in ("diamond",) and not d.get("solitaire") and rng.random() < 0.25 and len(axes) < 2:
        axes.append(("Diamond Quality", [("SI-IJ", {"dq": 1.0}), ("VS-GH", {"dq": 1.22}), ("VVS-EF", {"dq": 1.45})]))
    if d.get("solitaire") and cat == "engagement ring" and rng.random() < 0.4 and len(axes) < 2:
        axes.append(("Diamond Quality", [("VS-GH", {"dq": 1.0}), ("VVS-EF", {"dq": 1.3})]))
    if d.get("couple"):
        axes.append(("Set", [("Pair (His & Hers)", {"g": 1.9}), ("His", {"g": 1.1}), ("Hers", {"g": 0.85})]))
    sz = size_option(rng, CAT[cat][2], cat, gents) if CAT[cat][2] and not d.get("kids") else None
    if cat in ("ring", "engagement ring", "wedding band") and "Free Size" in name or name == "Adjustable" or name == "Oxidised Adjustable":
        sz = None
    if sz and len(axes) < 2 and rng.random() < (0.85 if cat in ("ring", "engagement ring", "wedding band", "bangle", "kada") else 0.6):
        nm, vals, step = sz
        axes.append((nm, [(v, {"g": 1 + step * j}) for j, v in enumerate(vals)]))
    # cartesian product
    combos = [([], {})]
    for nm, vals in axes:
        combos = [(o + [v], {**m, **mod, "g": m.get("g", 1) * mod.get("g", 1)}) for (o, m) in combos for (v, mod) in vals]
        opt_names.append(nm)
    carat = None
    solitaire = bool(d.get("solitaire"))
    if stone in ("diamond", "vvs"):
        carat = diamond_carat(rng, cat, d, i, estyle)
        if d.get("halo"):
            carat = round(carat + 0.2, 2)
    elif stone == "polki":
        carat = round(rng.uniform(4, 14) if cat in ("necklace", "choker") else rng.uniform(1, 4), 1)
    elif stone == "moissanite":
        carat = pick(rng, [1.0, 1.5, 2.0]) if cat in ("engagement ring", "ring") else pick(rng, [0.5, 1.0])
    elif stone == "blue sapphire" and cat == "ring":
        carat = pick(rng, [3.25, 4.0, 5.25, 6.0])
    mk = making_pct(rng, d, stone)
    vvs = stone == "vvs"
    svals = {}
    for opts, mods in combos:
        vcode = mods.get("code", code)
        vstone = mods.get("stone", stone)
        g = round(grams * mods.get("g", 1), 3)
        if vstone not in svals:
            svals[vstone] = stone_value(rng, vstone, carat or 0, cat, vvs, 1.0, solitaire)
        sv = svals[vstone] * mods.get("dq", 1.0) * (mods.get("g", 1) if d.get("couple") else 1)
        v = Variant(opts, vcode, vstone, g)
        v.price = price_of(random.Random(serial), vcode, g, sv, mk)
        variants.append(v)
    if not variants:
        variants = [base]
    if not axes:
        variants[0].price = price_of(random.Random(serial), code, grams, stone_value(rng, stone, carat or 0, cat, vvs, 1.0, solitaire), mk)
    if rng.random() < 0.1:
        for v in variants:
            v.compare = float(round(v.price * rng.uniform(1.08, 1.25), -1))

    # ---- words ---------------------------------------------------------------------------------
    t_metal = metal_phrase(rng, code, karat=karat_in["title"], colour=colour_in["title"], substance=subst_in["title"] or karat_in["title"] or colour_in["title"])
    if P.get("karat") == "none":
        t_metal = "Gold" if subst_in["title"] else ""
    t_stone = stone_word(rng, stone, title=True) if stone_in["title"] else ""
    if stone == "pink sapphire" and t_stone and rng.random() < 0.5:
        t_stone = "Sapphire"   # its colour then shows only in the photo (and maybe the body)
    des = name
    # design names that already carry the stone word
    for w in ("Kundan", "Polki", "Navratna", "Navgrah", "Moti", "Pearl", "AD", "CZ", "Ruby", "Emerald", "Neelam", "Diamond", "Moissanite", "Amethyst", "Garnet", "Panna", "Manik"):
        if w in des.split() and t_stone:
            t_stone = ""   # the design name already names the stone
    if not stone_in["title"]:
        for w in ("Kundan", "Polki", "Moti", "Pearl", "AD", "CZ", "Ruby", "Emerald", "Neelam", "Diamond", "Moissanite", "Amethyst", "Garnet", "Panna", "Manik", "Blue Stone", "Navratna", "Navgrah", "Single Stone"):
            des = des.replace(w, "").strip()
        des = " ".join(des.split()) or pick(rng, ["Floral", "Classic", "Heritage", "Elegant"])
    if stone is None and des in ("", "Gold"):
        des = "Classic"
    kword = kw if P["cat_in_title"] else ""
    if kword:
        stem = lambda w: w.lower().rstrip("s")
        kstems = {stem(w) for w in kword.split()}
        dwords = des.split()
        if all(stem(w) in kstems for w in dwords):
            des = pick(rng, ["Classic", "Elegant", "Everyday", "Signature"])
        elif any(stem(w) in kstems for w in dwords):
            kword = ""   # the design name already says what it is ("Love Bands", "Kasu Mala Haar")
    if solitaire and cat == "engagement ring" and stone_in["title"] and rng.random() < 0.6:
        t_stone = f"{carat:.2f} ct {t_stone}".strip()
    if t_metal:
        mw = {w.lower() for w in t_metal.split()}
        des = " ".join(w for w in des.split() if w.lower() not in mw) or des
    pattern = rng.random()
    if not t_metal:
        title = f"{des} {t_stone} {kword}"
    elif pattern < 0.45:
        title = f"{t_metal} {des} {t_stone} {kword}"
    elif pattern < 0.75:
        title = f"{des} {t_stone} {kword} in {t_metal}"
    elif pattern < 0.9:
        title = f"{des} {t_stone} {kword} - {t_metal}"
    else:
        title = f"{des} {t_stone} {kword} | {t_metal}"
    title = " ".join(title.split())
    if not P["cat_in_title"] and rng.random() < 0.5:
        title = f"{title} (KRM-{serial:04d})"
    if d.get("kids"):
        title = title + " for Kids" if "Baby" not in title else title
    title = title_case_mess(rng, title)

    # type
    types = CAT[cat][0]
    typ = types[i % len(types)]
    if cat == "bracelet" and gents:
        typ = "Gents Bracelets"
    if gents and cat == "kada":
        typ = pick(rng, ["Gents Kada", "Kada", "Kadas"])
    if stone_in["type"]:
        typ = {"ring": "Diamond Rings", "earrings": "Diamond Earrings", "pendant": "Diamond Pendants",
               "nose pin": "Diamond Nose Pins", "bangle": "Diamond Bangles", "necklace": "Diamond Necklace",
               "bracelet": "Diamond Bracelets"}[cat]
    if subst_in["type"]:
        typ = pick(rng, ["Silver Jewellery", "Silver"]) if metal in ("silver", "sterling silver") else (
            "Platinum Jewellery" if metal == "platinum" else "Silver Jewellery (Gold Plated)")
    if not P["cat_in_title"] and typ in ("", None):
        typ = types[0]
    if P["cat_in_title"] and rng.random() < 0.05 and not stone_in["type"] and not subst_in["type"]:
        typ = ""   # some products never got a Type

    # tags
    tags = set()
    tags.add(pick(rng, [cat.replace("earrings", "earrings"), typ.lower() if typ else cat, cat + "s"]))
    occ = pick(rng, OCCASIONS)
    tags.add(occ.lower() if rng.random() < 0.7 else occ)
    tags.add(pick(rng, ["gift for her", "gift for him" if gents else "gift for wife", "new arrivals", "bestseller",
                        "lightweight", "jaipur", "handmade"]))
    if d.get("kids"):
        tags.add("kids")
    if gents:
        tags.add(pick(rng, ["men", "gents", "for him"]))
    if stone in ("kundan", "polki") or d["style"] in ("temple", "layered"):
        tags.add(pick(rng, ["bridal", "temple jewellery", "traditional", "heritage"]))
    if karat_in["tags"] and karat:
        tags.add(pick(rng, [f"{karat}k", f"{karat}kt", f"{karat}KT"]))
    if colour_in["tags"]:
        tags.add({"yellow": "yellow gold", "rose": pick(rng, ["rose gold", "Rose Gold"]), "white": "white gold"}[col])
    if subst_in["tags"] and not karat_in["tags"] and not colour_in["tags"]:
        tags.add({"yellow gold": "gold", "rose gold": "gold", "white gold": "gold", "platinum": "platinum",
                  "sterling silver": pick(rng, ["925 silver", "sterling silver", "silver"]), "silver": "silver",
                  "gold plated silver": "gold plated"}[metal])
    if stone_in["tags"]:
        tags.add({"diamond": "diamond", "vvs": "vvs diamond", "ruby": "ruby", "emerald": "emerald",
                  "blue sapphire": "neelam", "pink sapphire": "pink sapphire", "pearl": "pearl", "kundan": "kundan",
                  "polki": "polki", "ad": pick(rng, ["AD", "american diamond"]), "cz": "cz", "green cz": "cz",
                  "moissanite": "moissanite", "navratna": "navratna", "garnet": "garnet", "amethyst": "amethyst"}[stone])
    if stone is None and rng.random() < 0.3:
        tags.add("plain gold" if is_gold else "plain")
    if metal == "silver" and d["style"] == "jhumka":
        tags.add("oxidised")

    # options channel text is built from the axes
    opt_text = " ".join(f"{nm}: {v}." for nm, vals in axes for v, _ in vals)

    # body
    body = build_body(rng, cat, d, des, kw, code, stone, carat, grams, colour_in["body"], karat_in["body"],
                      subst_in["body"], stone_in["body"], P, occ, solitaire)

    pendant_chain = None
    if cat == "pendant":
        pendant_chain = False
        if "with chain" in body.lower():
            pendant_chain = True
    return dict(
        cat=cat, d=d, i=i, serial=serial, name=name, code=code, stone=stone, carat=carat, grams=grams,
        title=title, type=typ, tags=sorted(tags, key=str.lower), body=body, opt_names=opt_names, axes=axes,
        variants=variants, P=P, gents=gents, kids=bool(d.get("kids")), kw=kw, opt_text=opt_text,
        pendant_chain=pendant_chain, estyle=estyle,
    )


def build_body(rng, cat, d, des, kw, code, stone, carat, grams, colour_b, karat_b, subst_b, stone_b, P, occ, solitaire):
    metal, col, karat, _ = METALS[code]
    is_gold = metal.endswith("gold")
    needed = colour_b or karat_b or stone_b or (subst_b and P.get("substance") == "body")
    if not needed and rng.random() < 0.06:
        return ""
    parts = []
    if rng.random() < 0.15:
        parts.append('<meta charset="utf-8">')
    intro = pick(rng, INTROS[cat]).format(design=des or "classic", occ=occ, kind=(kw or cat).lower())
    if rng.random() < 0.2:
        parts.append(f'<p><span data-mce-fragment="1">{intro}</span></p>')
    else:
        parts.append(f"<p>{intro}</p>")
    mp = metal_phrase(rng, code, karat=karat_b, colour=colour_b, substance=subst_b or karat_b or colour_b)
    if P.get("karat") == "none":
        mp = "gold" if subst_b else ""
    sw = stone_word(rng, stone, title=False) if stone_b else ""
    if stone == "pink sapphire" and sw and rng.random() < 0.4:
        sw = "sapphires"
    sent = ""
    if mp and sw:
        sent = pick(rng, [f"Crafted in {mp} and set with {sw}.", f"Handmade in {mp} with {sw}.",
                          f"{mp} studded with {sw}."])
    elif mp:
        sent = pick(rng, [f"Crafted in {mp}.", f"Made in {mp} with a high polish finish.", f"Pure {mp}, made to last."])
    elif sw:
        sent = pick(rng, [f"Set with {sw}.", f"Studded with {sw} by hand."])
    if stone in ("kundan", "polki") and stone_b and "pearl" in d.get("others", []):
        sent += " Finished with pearl drops &amp; meenakari on the reverse."
    if stone == "navratna" and stone_b:
        sent += f" The nine gems: {NAVRATNA_LIST}."
    if sent:
        parts.append(f"<p>{sent}</p>")
    rows = []
    if mp:
        rows.append(("Metal", mp))
    if karat_b and karat:
        rows.append(("Purity", pick(rng, [f"{karat}KT", f"{karat}K ({ {22: '916', 18: '750', 14: '585', 24: '999'}[karat]})",
                                          f"{karat} Karat"])))
    if is_gold and (karat_b or rng.random() < 0.5):
        rows.append(("Hallmark", pick(rng, ["BIS Hallmarked with HUID", "BIS Hallmark", "HUID hallmarked"])))
    rows.append(("Gross Weight", f"{grams:.3f} g" if rng.random() < 0.6 else f"approx. {grams:.1f} gm"))
    if sw:
        if stone in ("diamond", "vvs") and carat:
            rows.append(("Diamond Weight", f"{carat:.2f} ct"))
            rows.append(("Diamond Quality", "VVS / EF" if stone == "vvs" else pick(rng, ["SI / IJ", "SI-IJ", "VS-GH"])))
            if solitaire:
                rows.append(("Certificate", pick(rng, ["IGI", "GIA", "SGL"])))
        else:
            rows.append(("Stone", sw[0].upper() + sw[1:]))
            if carat and stone in ("polki", "moissanite", "blue sapphire"):
                rows.append(("Stone Weight", f"{carat} ct" if stone != "blue sapphire" else f"{carat} ratti" if rng.random() < 0.3 else f"{carat} ct"))
    if stone is None and rng.random() < 0.35:
        rows.append(("Stones", pick(rng, ["None (plain gold)" if is_gold else "None", "No stones", "Plain"])))
    if cat == "pendant":
        if rng.random() < 0.3:
            rows.append(("Chain", "Included: 18 inch chain, sold with chain"))
        else:
            rows.append(("Chain", pick(rng, ["Not included (pendant only)", "Chain not included", "Sold without chain"])))
    if cat == "necklace" and d["style"] in ("haar", "layered", "diamond") and rng.random() < 0.5:
        rows.append(("Set includes", "Necklace and a pair of matching earrings"))
    if metal == "silver" and d["style"] == "jhumka":
        rows.append(("Finish", "Oxidised"))
    r = rng.random()
    if rows and r < 0.6:
        parts.append("<ul>" + "".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in rows) + "</ul>")
    elif rows and r < 0.85:
        parts.append('<table><tbody>' + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>")
    else:
        parts.append("<p>" + " | ".join(f"{k}: {v}" for k, v in rows) + "</p>")
    if rng.random() < 0.6:
        parts.append(pick(rng, ["<p><strong>Care &amp; Cleaning:</strong> wipe with a soft cloth, keep away from perfume &amp; water.</p>",
                                "<p>Store in the KRM box &amp; avoid contact with chemicals.</p>",
                                "<p>Free shipping across India &amp; 15 day easy returns.</p>"]))
    if is_gold and rng.random() < 0.5:
        parts.append("<p><em>Price is calculated on today's gold rate and may change at billing.</em></p>")
    if rng.random() < 0.3:
        parts.append("<p>Lifetime exchange &amp; buyback at our Johari Bazaar showroom.</p>")
    sep = pick(rng, ["", "\n", "\n"])
    return sep.join(parts)
