"""Plan of the Chennai shop: Kaveri Thanga Maaligai, Usman Road, T. Nagar (INR).

Shopify 2025 admin product export (Title, URL handle, Description, ...,
Product image URL, Variant image URL, market columns).  A Tamil gold house:
916 KDM / BIS-hallmarked 22KT temple jewellery with kemp stones (kasu malai,
mango malai, addigai, jimikki, nethi chutti), vairam (diamond) 18KT pieces,
thali chains, dollars (pendants), mookuthis, velli (silver) kolusu and metti,
and a "gold covering" (1 gram gold, gold-plated brass) corner.
"""

from __future__ import annotations

import os
import random
import re

import evidence
import render
import third_common
from fresh_common import FMETALS, FSTONES, Variant, money, options_text, slugify, truth_record, wchoice
from third_common import SHOPIFY_2025_HEADER as HEADER

HOST = "https://cdn.heldout-chn.example/s/files/1/0734/2219/8812/files/"
CURRENCY = "INR"
SEED = 1600
EXPORT_NAME = "products_export_1.csv"

VENDORS = ["Kaveri Thanga Maaligai", "Kaveri Thanga Maaligai", "KTM T.Nagar", "Kaveri Covering", "KTM Vairam"]

J = "Apparel & Accessories > Jewelry"
TAXONOMY = {
    "necklace": J + " > Necklaces", "choker": J + " > Necklaces", "mangalsutra": J + " > Necklaces",
    "chain": J + " > Necklaces", "pendant": J + " > Charms & Pendants", "earrings": J + " > Earrings",
    "jhumka": J + " > Earrings", "ring": J + " > Rings", "engagement ring": J + " > Rings",
    "wedding band": J + " > Rings", "toe ring": J + " > Body Jewelry", "bangle": J + " > Bracelets",
    "kada": J + " > Bracelets", "bracelet": J + " > Bracelets", "anklet": J + " > Anklets",
    "nose pin": J + " > Body Jewelry", "maang tikka": J, "brooch": J + " > Brooches & Lapel Pins",
    "waist belt": J + " > Body Jewelry", "hair ornament": "Apparel & Accessories > Clothing Accessories > Hair Accessories",
}
SET_TAXONOMY = J + " > Jewelry Sets"

RENDER_KIND = {"waist belt": "choker", "hair ornament": "brooch"}

# rupees per gram before VA (wastage) and making; per carat of stone
RATE = {"Y22": 11450, "Y18": 9370, "W18": 9370, "R18": 9370, "PT": 4250, "AG": 165, "S925": 165, "GPS": 190}
STONE_RATE = {"diamond": 72000, "ruby": 4800, "emerald": 6200, "blue sapphire": 9500, "yellow sapphire": 7800,
              "navratna": 3600, "moissanite": 9000}

Y = [("Y22", 1)]
COVER = [("GPB", 1)]


def D(key, cat, n, names, style, metals, stones, grams, types, catwords, axes=(), tags=(), others=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, catwords=catwords, axes=list(axes), tags=list(tags), others=list(others))
    d.update(kw)
    return d


DESIGNS = [
    D("kasumalai", "necklace", 8, ["Lakshmi Kasu", "Kasu", "Kaasu", "Gajalakshmi Kasu", "Lakshmi Coin"], "temple",
      [("Y22", 5), ("GPB", 2), ("GPS", 1)], [(None, 3), ("kemp red", 2)], (38, 95), ["Temple Jewellery", "Bridal Collection", ""],
      ["Malai", "Maalai", "Necklace", "Haaram"], tags=["kasu malai", "temple", "bridal", "muhurtham"]),
    D("mango", "necklace", 6, ["Mango", "Manga", "Paisley Mango", "Mango Kemp"], "haar",
      [("Y22", 4), ("GPB", 1)], [("kemp red", 3), ("kemp green", 1), ("ruby", 1), (None, 1)], (45, 110),
      ["Temple Jewellery", "Bridal Collection"], ["Malai", "Haaram", "Necklace"], axes=[("kemp", 0.4)],
      tags=["mango mala", "bridal", "muhurtham"], others=["pearl"], p_other=0.5),
    D("addigai", "choker", 8, ["Kemp", "Lakshmi", "Peacock", "Annam", "Kalkatti", "Bridal"], "choker",
      [("Y22", 4), ("GPB", 3), ("GPS", 1)], [("kemp red", 3), ("kemp green", 1), ("ad", 2), ("ruby", 1), ("emerald", 1)], (28, 70),
      ["Temple Jewellery", "Bridal Collection", "Gold Covering", ""], ["Addigai", "Attigai", "Choker", "Necklace"],
      axes=[("kemp", 0.3)], tags=["addigai", "bridal", "temple"], others=["pearl"], p_other=0.4),
    D("vairanecklace", "necklace", 6, ["Vaira", "Diamond Line", "Floral Diamond", "Solitaire Drop", "Vairam"], "diamond",
      [("Y18", 2), ("W18", 2), ("R18", 1)], [("diamond", 1)], (14, 32), ["Diamond Jewellery", "Vairam", ""],
      ["Necklace", "Necklace", "Necklace Set"], axes=[("colour", 0.3)], tags=["vairam", "reception", "IGI"]),
    D("muthu", "necklace", 5, ["Muthu", "Pearl Layer", "Rettai Muthu", "South Sea Pearl"], "beaded",
      [("Y22", 2), ("GPS", 2), ("GPB", 1)], [("pearl", 1)], (18, 45), ["Pearl", ""], ["Malai", "Mala", "Necklace"],
      tags=["muthu", "pearls", "daily wear"]),
    D("haaram", "necklace", 5, ["Long", "Kodi", "Peacock Long", "Nakshi Long"], "layered",
      [("Y22", 1)], [(None, 3), ("kemp red", 1)], (55, 140), ["Temple Jewellery", "Bridal Collection"],
      ["Haaram", "Aaram", "Necklace"], tags=["haaram", "long necklace"]),
    D("covernecklace", "necklace", 10, ["Zircon", "Ruby Stone", "White Stone", "Emerald Stone", "Party", "Lakshmi", "Matt Finish"], "diamond",
      COVER, [("ad", 3), ("red stone", 2), ("green stone", 2), ("kemp red", 1)], (30, 70), ["Gold Covering", "1 Gram Gold", ""],
      ["Necklace", "Necklace Set", "Malai", "Necklace Set"], axes=[("stcol", 0.4)], tags=["covering", "imitation", "party wear"]),
    D("jimikki", "jhumka", 12, ["Temple", "Kemp", "Lakshmi", "Peacock", "Muthu", "Bell", "Chandrika", "Nakshi"], "jhumka",
      [("Y22", 5), ("GPB", 3), ("GPS", 1)], [(None, 3), ("kemp red", 2), ("pearl", 2), ("ruby", 1), ("ad", 1)], (6, 22),
      ["Kammal", "Temple Jewellery", "Gold Covering", ""], ["Jimikki", "Jimikki Kammal", "Jhumka", "Jhumki"],
      axes=[("jsize", 0.3)], tags=["jimikki", "festive", "onam"]),
    D("studs", "earrings", 12, ["Vaira", "Seven Stone", "Flower", "Solitaire", "Round", "Star", "Kal", "Plain"], "stud",
      [("Y22", 3), ("Y18", 3), ("W18", 2), ("R18", 1)], [("diamond", 4), ("ad", 2), ("ruby", 1), (None, 1)], (1.5, 6),
      ["Kammal", "Diamond Jewellery", "Daily Wear", ""], ["Thodu", "Kammal", "Studs", "Stud Earrings", "Tops"],
      axes=[("colour", 0.3)], tags=["office wear", "daily wear"]),
    D("bali", "earrings", 5, ["Plain", "Nakshi", "Twisted", "Huggie"], "hoop",
      [("Y22", 2), ("R18", 1), ("S925", 1)], [(None, 1)], (2, 8), ["Kammal", "Daily Wear"], ["Bali", "Hoops", "Hoop Earrings"],
      tags=["daily wear", "college"]),
    D("valayal", "bangle", 14, ["Plain", "Diamond Cut", "Nakshi", "Lakshmi", "Kemp", "Stone", "Machine", "Kal"], "pair",
      [("Y22", 7), ("GPB", 2), ("Y18", 1)], [(None, 5), ("ad", 1), ("kemp red", 1), ("diamond", 1)], (16, 52),
      ["Valayal", "Bangles", ""], ["Valayal", "Bangles", "Bangle", "Valayal Set"], axes=[("bsize", 0.8)],
      tags=["valayal", "pair", "daily wear"]),
    D("babyvalayal", "bangle", 4, ["Baby", "Kids", "Baby Kaapu", "Kutty"], "single",
      [("Y22", 2), ("AG", 1)], [(None, 1)], (4, 12), ["Kids Corner"], ["Valayal", "Bangles"], axes=[("kidsize", 0.8)],
      tags=["kids", "naming ceremony"], kids=True),
    D("kada", "kada", 5, ["Gents", "Lion", "Plain", "Velli"], "plain",
      [("Y22", 3), ("AG", 2)], [(None, 1)], (22, 60), ["Gents", ""], ["Kada", "Kappu", "Kada"], axes=[("bsize", 0.5)],
      tags=["gents", "kada"], men=True),
    D("bracelet", "bracelet", 10, ["Gents", "Tennis", "Nakshi", "Link", "Kai Chain", "Flexi", "Charm"], "chain",
      [("Y22", 3), ("Y18", 2), ("W18", 1), ("R18", 1), ("PT", 1), ("S925", 1)], [(None, 4), ("diamond", 2), ("ad", 1)], (6, 28),
      ["Bracelets", "Gents", ""], ["Bracelet", "Bracelet", "Kai Chain"], tags=["bracelet"]),
    D("chain", "chain", 16, ["Rope", "Sangili", "Kodi", "Rettai Vadam", "Box", "Diamond Cut", "Singapore", "Gents", "Anchor"], "rope",
      [("Y22", 6), ("S925", 1), ("PT", 1)], [(None, 1)], (6, 40), ["Chains", "Gents", ""], ["Chain", "Chain", "Sangili", "Chain"],
      axes=[("len", 0.7)], tags=["chain", "daily wear"]),
    D("thali", "mangalsutra", 8, ["Thali", "Lakshmi Thali", "Thirumangalyam", "Ramar Thali", "Black Beads", "Kodi"], "vati",
      [("Y22", 1)], [(None, 5), ("ad", 1), ("diamond", 1)], (8, 40), ["Bridal Collection", "Thali", ""],
      ["Thali Chain", "Mangalsutra", "Thaali Kodi", "Thali"], axes=[("mlen", 0.4)], tags=["thali", "wedding", "muhurtham"]),
    D("dollar", "pendant", 14, ["Lakshmi", "Murugan", "Vel", "Ganesha", "Om", "Heart", "Initial", "Solitaire", "Ayyappan", "Cross"], "coin",
      [("Y22", 6), ("Y18", 2), ("W18", 1), ("S925", 1), ("GPB", 1)], [(None, 5), ("diamond", 2), ("ad", 1), ("ruby", 1)], (1.5, 9),
      ["Dollar", "Pendants", "God Pendants", ""], ["Dollar", "Pendant", "Dollar", "Locket"], tags=["dollar", "gift"]),
    D("mookuthi", "nose pin", 12, ["Vaira", "Single Stone", "Rose", "Flower", "Nathu", "Bulakku", "Seven Stone", "Star"], "flower",
      [("Y22", 4), ("Y18", 3), ("W18", 1), ("PT", 1)], [("diamond", 4), ("ad", 2), ("ruby", 1), ("pearl", 1), (None, 1)], (0.3, 2.2),
      ["Mookuthi", ""], ["Mookuthi", "Nose Pin", "Mookuthi", "Nose Stud"], axes=[("npin", 0.4)], tags=["mookuthi", "daily wear"]),
    D("chutti", "maang tikka", 5, ["Kemp", "Lakshmi", "Muthu", "Surya Chandra", "Bridal"], None,
      [("Y22", 2), ("GPB", 3)], [("kemp red", 2), ("ad", 1), ("pearl", 1)], (5, 16), ["Bridal Collection", "Gold Covering", ""],
      ["Nethi Chutti", "Netti Chutti", "Maang Tikka"], tags=["bridal", "bharatanatyam"]),
    D("modhiram", "ring", 16, ["Manickam", "Maragatham", "Neelam", "Pushparagam", "Navarathna", "Vaira", "Gents", "Kal", "Cocktail", "Plain"], "bezel",
      [("Y22", 5), ("Y18", 3), ("W18", 1), ("R18", 1), ("S925", 1)],
      [("ruby", 2), ("emerald", 2), ("blue sapphire", 1), ("yellow sapphire", 1), ("navratna", 1), ("diamond", 2), ("ad", 1), (None, 1)],
      (3, 12), ["Modhiram", "Astro Stones", ""], ["Modhiram", "Ring", "Ring", "Finger Ring"], axes=[("rsize", 0.7), ("astro", 0.4)],
      tags=["rings", "rasi kal"]),
    D("engagement", "engagement ring", 6, ["Solitaire", "Halo", "Six Prong", "Promise", "Princess"], "solitaire",
      [("W18", 2), ("PT", 2), ("R18", 1), ("Y18", 1)], [("diamond", 4), ("moissanite", 1)], (3, 6),
      ["Diamond Jewellery", "Bridal Collection"], ["Engagement Ring", "Solitaire Ring", "Ring"], axes=[("rsize", 0.8)],
      tags=["engagement", "nichayathartham"]),
    D("bands", "wedding band", 5, ["Couple", "Love", "Milgrain", "Brushed"], "wedding",
      [("PT", 3), ("Y18", 1), ("R18", 1)], [(None, 3), ("diamond", 1)], (4, 9), ["Bridal Collection", "Platinum"],
      ["Bands", "Band", "Couple Bands"], axes=[("rsize", 1.0)], tags=["wedding", "couple"]),
    D("metti", "toe ring", 5, ["Velli", "Fish", "Adjustable", "Stone", "Meen"], "toe",
      [("AG", 3), ("S925", 1)], [(None, 3), ("ad", 1)], (3, 10), ["Velli (Silver)", ""], ["Metti", "Toe Rings", "Metti"],
      tags=["metti", "wedding", "silver"]),
    D("kolusu", "anklet", 9, ["Velli", "Salangai", "Kids", "Stone", "Plain", "Muthu"], "pair",
      [("AG", 4), ("S925", 2), ("GPB", 1)], [(None, 4), ("ad", 1), ("pearl", 1)], (24, 95), ["Velli (Silver)", "Kids Corner", ""],
      ["Kolusu", "Golusu", "Anklets", "Payal"], axes=[("alen", 0.4)], tags=["kolusu", "silver"]),
    D("sareepin", "brooch", 3, ["Peacock", "Lakshmi", "Annam"], "flower",
      [("GPB", 2), ("Y22", 1)], [("ad", 1), ("kemp red", 1)], (3, 9), ["Gold Covering", ""], ["Saree Pin", "Brooch"],
      tags=["saree pin"]),
    D("oddiyanam", "waist belt", 3, ["Lakshmi", "Kemp", "Peacock"], "choker",
      [("GPB", 2), ("GPS", 1)], [("kemp red", 2), ("ad", 1)], (90, 220), ["Bridal Collection", "Gold Covering"],
      ["Oddiyanam", "Vaddanam"], tags=["oddiyanam", "bridal"]),
    D("rakkodi", "hair ornament", 2, ["Kemp", "Lakshmi"], "flower",
      [("GPB", 1), ("Y22", 1)], [("kemp red", 1)], (8, 20), ["Bridal Collection"], ["Rakkodi", "Jadai Billai"],
      tags=["bridal", "bharatanatyam"]),
]

STONE_WORDS = {
    "diamond": ["Diamond", "Vairam", "VVS Diamond", "IGI Certified Diamond"],
    "ad": ["White Stone", "AD Stone", "CZ", "American Diamond", "Zircon"],
    "red stone": ["Red Stone", "Red CZ"],
    "green stone": ["Green Stone", "Green CZ"],
    "kemp red": ["Kemp", "Red Kemp", "Kempu"],
    "kemp green": ["Green Kemp", "Pacha Kemp"],
    "ruby": ["Ruby", "Manickam", "Burmese Ruby"],
    "emerald": ["Emerald", "Maragatham", "Colombian Emerald"],
    "blue sapphire": ["Neelam", "Blue Sapphire"],
    "yellow sapphire": ["Pushparagam", "Yellow Sapphire"],
    "navratna": ["Navaratna", "Navarathna"],
    "pearl": ["Pearl", "Muthu", "Fresh Water Pearl"],
    "moissanite": ["Moissanite"],
}
NAME_STONE = {"Vaira": "diamond", "Vairam": "diamond", "Manickam": "ruby", "Maragatham": "emerald", "Neelam": "blue sapphire",
              "Pushparagam": "yellow sapphire", "Navarathna": "navratna", "Muthu": "pearl", "Kemp": "kemp red",
              "Mango Kemp": "kemp red", "Zircon": "ad", "White Stone": "ad", "Ruby Stone": "red stone",
              "Emerald Stone": "green stone", "Solitaire": "diamond", "Pearl Layer": "pearl",
              "Rettai Muthu": "pearl", "South Sea Pearl": "pearl", "Diamond Line": "diamond", "Floral Diamond": "diamond",
              "Solitaire Drop": "diamond", "Tennis": "diamond", "Halo": "diamond", "Plain": None, "Velli": None}
# design names that name the stone (in a reader's eyes) -> trap phrases when the stone is not that
TRAP_NAMES = {"Diamond Cut": "Diamond Cut", "Ruby Stone": "Ruby Stone", "Emerald Stone": "Emerald Stone"}

AXES = {
    "len": ("Length", [('16"', 0.85), ('18"', 1.0), ('20"', 1.1), ('22"', 1.2), ('24"', 1.32), ('30"', 1.6)]),
    "mlen": ("Length", [('24"', 1.0), ('30"', 1.22)]),
    "alen": ("Length", [('9.5"', 0.95), ('10"', 1.0), ('10.5"', 1.05)]),
    "bsize": ("Size", [("2-4", 0.95), ("2-6", 1.0), ("2-8", 1.05), ("2-10", 1.1)]),
    "kidsize": ("Age", [("0-1 yrs", 0.8), ("1-3 yrs", 1.0), ("3-5 yrs", 1.2)]),
    "rsize": ("Ring Size", [("8", 0.95), ("10", 0.97), ("12", 1.0), ("14", 1.02), ("16", 1.04), ("18", 1.06), ("20", 1.08)]),
    "jsize": ("Size", [("Small", 0.7), ("Medium", 1.0), ("Big", 1.35)]),
    "npin": ("Screw", [("Screw type", 1.0), ("Press type", 1.0)]),
}


def inr(x: float) -> str:
    """₹ with Indian digit grouping: 1,24,587."""
    n = int(round(x))
    s = str(n)
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        head = re.sub(r"(\d)(?=(\d\d)+$)", r"\1,", head)
        s = head + "," + tail
    return "₹" + s


def quiet(line: str) -> bool:
    """True when a line of figures states no karat, metal, colour or stone by accident."""
    t = evidence.plain(line)
    return not (evidence.karats(t) or evidence.metal_kinds(t) or evidence.metal_colours(t) or evidence.gems(t))


def metal_phrase(rng, code, colour, karat):
    if code == "Y22":
        if colour:
            return rng.choice(["22KT Gold", "22 Carat Gold", "916 KDM Gold", "916 Hallmark Gold", "22K Gold", "BIS 916 Gold"])
        return rng.choice(["Gold", "Thangam", "Gold"])
    if code in ("Y18", "W18", "R18"):
        cw = {"Y18": "Yellow", "W18": "White", "R18": "Rose"}[code]
        if colour and karat:
            return rng.choice([f"18KT {cw} Gold", f"18K {cw} Gold", f"{cw} Gold 18KT", f"{cw} Gold (750)"])
        if colour:
            return f"{cw} Gold"
        if karat:
            return rng.choice(["18KT Gold", "18 Carat Gold", "750 Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platinum", "Pt 950 Platinum", "Platinum (Pt950)"]) if colour else ""
    if code == "AG":
        return rng.choice(["Velli", "Pure Silver", "Silver"]) if colour else ""
    if code == "S925":
        return rng.choice(["92.5 Sterling Silver", "925 Silver", "Sterling Silver"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Silver Gold Polish", "92.5 Silver with Gold Plating", "Gold Plated Silver"]) if colour else rng.choice(["92.5 Silver", "Silver", ""])
    if code == "GPB":
        return rng.choice(["Gold Covering", "1 Gram Gold", "One Gram Gold", "Micro Gold Plated", "Gold Plated"]) if colour else ""
    raise KeyError(code)


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in NAME_STONE:
        stone = NAME_STONE[name]
        if name == "Solitaire" and cat == "pendant" and code not in ("Y18", "W18", "Y22"):
            code = "W18"
    if d.get("men") or name.startswith("Gents") or name == "Lion":
        p["for"] = "men"
    if d.get("kids") or name in ("Kids",):
        p["for"] = "kids"
    if name == "Velli":
        code = "AG"
    if name in ("Diamond Cut", "Plain", "Rope", "Box", "Singapore", "Anchor", "Sangili", "Kodi", "Rettai Vadam"):
        stone = None
    if stone == "diamond" and code in ("AG", "S925", "GPS", "GPB"):
        stone = "ad"
    if code == "GPB" and stone in ("ruby", "emerald"):
        stone = {"ruby": "red stone", "emerald": "green stone"}[stone]
    if code in ("AG", "S925") and stone in ("kemp red", "kemp green"):
        code = "GPS"
    if stone in ("kemp red", "kemp green") and code in ("Y18", "W18", "R18", "PT"):
        code = "Y22"
    if cat in ("engagement ring",) and stone is None:
        stone = "diamond"
    if name == "Stone" and stone is None:
        stone = "ad"
    p["code"], p["stone"] = code, stone
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax in ("len", "rsize", "bsize"):
                k = rng.randint(2, 4)
                st = rng.randint(0, len(vals) - k)
                vals = vals[st:st + k]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "kemp" and stone in ("kemp red", "kemp green"):
            vals = [("Red", "kemp red"), ("Green", "kemp green"), ("Red Green", "kemp red")]
            first = [v for v in vals if v[1] == stone][:1]
            rest = [v for v in vals if v not in first][:rng.randint(1, 2)]
            axes.append(("Kemp Colour", [(v, {"stone": s}) for v, s in first + rest]))
        elif ax == "stcol" and stone in ("ad", "red stone", "green stone"):
            vals = [("White", "ad"), ("Ruby Red", "red stone"), ("Emerald Green", "green stone")]
            first = [v for v in vals if v[1] == stone]
            rest = [v for v in vals if v[1] != stone]
            axes.append(("Stone Colour", [(v, {"stone": s}) for v, s in first + rest[:rng.randint(1, 2)]]))
        elif ax == "colour" and code in ("Y18", "W18", "R18"):
            vals = [("Yellow Gold", "Y18"), ("White Gold", "W18"), ("Rose Gold", "R18")]
            first = [v for v in vals if v[1] == code]
            rest = [v for v in vals if v[1] != code]
            rng.shuffle(rest)
            axes.append(("Gold Colour", [(v, {"code": c}) for v, c in first + rest[:rng.randint(1, 2)]]))
        elif ax == "astro" and stone in ("ruby", "emerald", "blue sapphire", "yellow sapphire"):
            names = {"ruby": "Manickam (Ruby)", "emerald": "Maragatham (Emerald)", "blue sapphire": "Neelam (Blue Sapphire)",
                     "yellow sapphire": "Pushparagam (Yellow Sapphire)"}
            alts = [stone] + [s for s in names if s != stone]
            alts = alts[:rng.randint(2, 4)]
            axes.append(("Stone", [(names[a], {"stone": a}) for a in alts]))
    if code == "Y22" and not axes and cat in ("bangle", "chain", "pendant", "jhumka") and rng.random() < 0.15:
        axes.append(("Purity", [("22KT", {"code": "Y22"}), ("18KT", {"code": "Y18", "f": 0.92})]))
    if code == "GPS" and not axes and rng.random() < 0.5:
        axes.append(("Finish", [("Gold Polish", {"code": "GPS"}), ("Silver (no polish)", {"code": "AG"})]))
    p["axes"] = axes[:3]
    g0 = round(rng.uniform(*d["grams"]), 3)
    carat = None
    if stone == "diamond":
        carat = round(rng.choice([0.06, 0.1, 0.12, 0.2, 0.25, 0.32, 0.45, 0.6, 0.8, 1.05]) * (3 if cat in ("bangle", "bracelet", "necklace") else 1), 2)
        if cat == "engagement ring":
            carat = rng.choice([0.3, 0.4, 0.5, 0.7, 1.0])
    elif stone == "moissanite":
        carat = rng.choice([1.0, 1.5, 2.0])
    p["carat"] = carat
    stone_ct = carat or (rng.uniform(0.8, 4.5) if stone in ("ruby", "emerald", "blue sapphire", "yellow sapphire", "navratna") else 0)
    va = rng.choice([0.08, 0.1, 0.12, 0.14, 0.16, 0.18])
    mk = rng.choice([0, 250, 350, 450])
    p["va"], p["mk"] = va, mk
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    cover_base = rng.choice([450, 650, 890, 1250, 1650, 2350, 3450]) * (2.2 if cat in ("waist belt",) else 1)
    for combo in combos:
        vc, vs, f = code, stone, 1.0
        for val, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
        grams = g0 * f
        if vc == "GPB":
            price = float(int(cover_base * f) // 10 * 10 + 9)
        else:
            price = grams * RATE[vc] * (1 + va) + grams * mk * (vc not in ("AG", "S925", "GPS"))
            price += stone_ct * STONE_RATE.get(vs, 0)
            if vs == "pearl":
                price += 1800 if cat in ("necklace", "choker") else 450
            if vs in ("kemp red", "kemp green"):
                price += 1200 if cat in ("necklace", "choker") else 300
            if vc in ("AG", "S925", "GPS"):
                price += rng.choice([150, 250, 400])
            price = float(round(price * 1.03))
        variants.append(Variant([v for v, _ in combo], vc, vs, price, None, grams))
    if rng.random() < 0.15:
        disc = rng.choice([0.05, 0.08, 0.1])
        for v in variants:
            v.compare = v.price
            v.price = float(round(v.price * (1 - disc))) if v.code != "GPB" else float(int(v.price * (1 - disc)) // 10 * 10 + 9)
    p["variants"] = variants
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.35
    if d["others"] and stone and rng.random() < d.get("p_other", 0):
        p["others"] = [o for o in d["others"] if o != FSTONES[stone][0]]
    write_listing(rng, p, name)
    return p


def stone_word(rng, code):
    return rng.choice(STONE_WORDS[code])


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    axis_names = [a[0] for a in p["axes"]]
    metal_axis = any(n in ("Gold Colour", "Purity", "Finish") for n in axis_names)
    stone_axis = any(n in ("Stone", "Kemp Colour", "Stone Colour") for n in axis_names)
    col_loc = wchoice(rng, [("title", 44), ("body", 30), ("tags", 9), ("photo", 8)])
    if metal_axis and rng.random() < 0.7:
        col_loc = "options"
    kar_loc = col_loc if code == "Y22" else wchoice(rng, [("title", 35), ("body", 45), ("tags", 8), ("none", 12)])
    if code == "Y22" and col_loc in ("photo", "options"):
        kar_loc = "none"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 46), ("body", 30), ("tags", 10), ("nowhere", 6)])
        if stone_axis and rng.random() < 0.75:
            st_loc = "options"
    cat_loc = "title" if rng.random() < 0.86 else rng.choice(["type", "body"])
    traps = []
    # the design name may itself name the stone (Vaira, Manickam, Muthu, Kemp ...)
    name_names_stone = name in NAME_STONE and NAME_STONE[name] is not None
    if name_names_stone and stone:
        st_loc = "title"
    if name in TRAP_NAMES:
        traps.append(TRAP_NAMES[name])
    if name == "Rose" and code != "R18":
        traps.append("Rose")  # a flower design, not rose gold
    m_title = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title" or rng.random() < 0.3) else ""
    if code in ("PT", "AG", "S925", "GPB") and col_loc != "title":
        m_title = ""
    s_title = stone_word(rng, stone) if (st_loc == "title" and not name_names_stone) else ""
    if s_title in ("Ruby Kemp", "Emerald Kemp"):
        traps.append(s_title)
    if stone == "kemp red" and st_loc == "title" and not name_names_stone and rng.random() < 0.3:
        s_title = "Ruby Kemp"
        traps.append("Ruby Kemp")
    if stone == "red stone" and st_loc == "title" and not name_names_stone and rng.random() < 0.4:
        s_title = "Ruby Stone"
        traps.append("Ruby Stone")
    catword = rng.choice(d["catwords"]) if cat_loc == "title" else ""
    norm = lambda w: w.lower().replace("aa", "a").replace("tt", "t")  # noqa: E731
    if catword and (set(map(norm, catword.split())) & set(map(norm, name.split()))
                    or catword.split()[0].lower()[:5] in name.lower()):
        catword = ""
    if s_title and s_title.split()[-1].lower() in name.lower():
        s_title = ""
    core = " ".join(x for x in (s_title, name, catword) if x)
    form = rng.random()
    if not m_title:
        title = core
    elif form < 0.4:
        title = f"{m_title} {core}"
    elif form < 0.65:
        title = f"{core} - {m_title}"
    elif form < 0.8:
        title = f"{core} ({m_title})"
    else:
        title = f"{core} | {m_title}"
    if rng.random() < 0.18 and code not in ("GPB",):
        title += f" {p['variants'][0].grams:.2f}g".replace(".", ".") if quiet(f"{p['variants'][0].grams:.2f}g") else ""
    if rng.random() < 0.08:
        title = f"KTM{p['serial']} " + title
    if p.get("for") == "men" and "Gents" not in title and rng.random() < 0.6:
        title = "Gents " + title
    if p.get("for") == "kids" and not any(w in title for w in ("Baby", "Kids", "Kutty")):
        title += " for Kids"
    if rng.random() < 0.05:
        title = title.upper()
    p["title"] = title.strip() if rng.random() > 0.05 else title.strip() + " "

    # Description: Chennai online stores write a spec table, sometimes a line of Tamil-English.
    rows = []
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body")
    if mb:
        if code == "Y22" and rng.random() < 0.5:
            rows.append(("Purity", rng.choice(["22KT (916)", "916 KDM", "22 Carat"])))
            rows.append(("Metal", "Gold"))
        elif code in ("Y18", "W18", "R18") and kar_loc == "body" and col_loc == "body":
            rows.append(("Metal", mb))
        else:
            rows.append(("Metal", mb))
    elif code not in ("AG", "S925", "GPS", "GPB", "PT") and rng.random() < 0.4:
        rows.append(("Metal", "Gold"))
    if kar_loc == "body" and code in ("Y18", "W18", "R18") and not re.search(r"18|750", mb):
        rows.append(("Purity", rng.choice(["18KT", "750"])))
    gw = p["variants"][0].grams
    for lab, val in (("Gross Weight", f"{gw:.3f} g"), ("Net Weight", f"{gw * 0.96:.3f} g")):
        if quiet(val) and (lab == "Gross Weight" or rng.random() < 0.4):
            rows.append((lab, val))
    if stone and st_loc == "body":
        sw = stone_word(rng, stone)
        if sw in ("Ruby Kemp", "Emerald Kemp"):
            traps.append(sw)
        rows.append(("Stone", sw + (f" ({p['carat']} ct)" if p.get("carat") else "")))
        if stone == "diamond" and rng.random() < 0.6:
            rows.append(("Clarity / Colour", rng.choice(["VVS-EF", "VS-GH", "SI-IJ"])))
    elif stone and st_loc == "title" and p.get("carat") and rng.random() < 0.5:
        rows.append(("Diamond Weight" if stone == "diamond" else "Stone Weight", f"{p['carat']} ct"))
    if p.get("others") and st_loc in ("body", "title"):
        rows.append(("Also set with", " & ".join({"pearl": "pearl drops (muthu)"}.get(o, o) for o in p["others"])))
    if code not in ("GPB",) and rng.random() < 0.55:
        rows.append(("VA / Wastage", f"{int(p['va'] * 100)}%"))
        if p["mk"] and code not in ("AG", "S925", "GPS"):
            rows.append(("Making Charges", f"{inr(p['mk'])} per gram"))
    if code in ("Y22", "Y18", "W18", "R18") and (col_loc == "body" or kar_loc == "body") and rng.random() < 0.5:
        rows.append(("Hallmark", "BIS HUID"))
    if code == "GPB" and rng.random() < 0.5:
        rows.append(("Base", "Copper alloy"))
        rows.append(("Care", "Keep away from water and perfume"))
    rows = [(k, v) for k, v in rows if k in ("Metal", "Purity", "Stone", "Hallmark", "Also set with") or quiet(v)]
    bits = []
    openers = {
        "necklace": ["Traditional {n} for the muhurtham and reception.", "Our {n} malai, made by Coimbatore karigars.", "A {n} necklace for the bride."],
        "choker": ["A close-fitting {n} addigai.", "{n} attigai, worn high on the neck."],
        "earrings": ["{n} kammal, sold as a pair.", "A pair of {n} earrings for daily wear."],
        "jhumka": ["{n} jimikki, sold as a pair.", "A pair of {n} jhumkas with a bell drop."],
        "bangle": ["{n} valayal. Price is for a pair.", "A pair of {n} bangles."],
        "kada": ["A solid {n} kada.", "{n} kappu with a screw lock."],
        "bracelet": ["{n} bracelet with a box lock.", "A {n} bracelet."],
        "chain": ["{n} chain with an S-hook.", "A {n} chain, hallmarked."],
        "mangalsutra": ["{n} for the wedding (thirumangalyam).", "A {n} thali chain."],
        "pendant": ["{n} dollar.", "A {n} pendant, chain not included unless stated."],
        "nose pin": ["{n} mookuthi.", "A {n} nose pin, screw back."],
        "maang tikka": ["{n} nethi chutti for the bride or for Bharatanatyam.", "A {n} maang tikka."],
        "ring": ["{n} modhiram.", "A {n} ring."],
        "engagement ring": ["{n} engagement ring for the nichayathartham.", "A {n} engagement ring."],
        "wedding band": ["{n} bands, priced per band.", "A {n} wedding band."],
        "toe ring": ["{n} metti, a pair.", "A pair of {n} toe rings."],
        "anklet": ["{n} kolusu, price for the pair.", "A pair of {n} anklets."],
        "brooch": ["{n} saree pin.", "A {n} brooch for the pallu."],
        "waist belt": ["{n} oddiyanam (waist belt) with hook.", "A bridal {n} oddiyanam."],
        "hair ornament": ["{n} rakkodi for the bridal jadai.", "A {n} jadai billai."],
    }[cat]
    if cat_loc == "body" or rng.random() < 0.5:
        bits.append(f"<p>{rng.choice(openers).format(n=name)}</p>")
    else:
        bits.append(f"<p>{rng.choice(['Handcrafted in Chennai.', 'From our T. Nagar showroom.', 'Made to order in 10-15 days.'])}</p>")
    if rows:
        trs = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
        bits.append(f"<table><tbody>{trs}</tbody></table>")
    if rng.random() < 0.35:
        notes = ["Free shipping across Tamil Nadu. Insured delivery.",
                 "Call or WhatsApp +91 44 2434 0000 for video shopping.",
                 "Colours may vary slightly due to photography."]
        if code in ("Y22", "Y18", "W18", "R18"):
            notes += ["Price is calculated at today's gold rate and may change.", "Old gold exchange available at the showroom."]
        bits.append("<p>" + rng.choice(notes) + "</p>")
    body = "\n".join(bits)
    if rng.random() < 0.04 and "body" not in (col_loc, kar_loc, st_loc, cat_loc):
        body = ""
    p["body"] = body

    tags = list(rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 3))))
    tags += rng.sample(["new arrivals", "chennai", "akshaya tritiya", "deepavali", "pongal", "wedding", "bestseller", "gift"], k=rng.randint(0, 2))
    if col_loc == "tags":
        tags.append({"Y22": "916", "Y18": "yellow gold", "W18": "white gold", "R18": "rose gold", "PT": "platinum",
                     "AG": "velli", "S925": "925 silver", "GPS": "gold plated", "GPB": "gold covering"}[code])
    if kar_loc == "tags" and code in ("Y18", "W18", "R18"):
        tags.append("18kt")
    if st_loc == "tags":
        tags.append({"diamond": "vairam", "ad": "cz", "red stone": "red stone", "green stone": "green stone", "kemp red": "kemp",
                     "kemp green": "green kemp", "ruby": "ruby", "emerald": "emerald", "blue sapphire": "neelam",
                     "yellow sapphire": "pushparagam", "navratna": "navaratna", "pearl": "muthu", "moissanite": "moissanite"}[stone])
    clean = []
    for t in tags:
        tl = t.lower()
        if tl in ("pearls", "muthu") and stone != "pearl" and "pearl" not in (p.get("others") or []):
            continue
        if tl == "vairam" and stone != "diamond":
            continue
        if tl == "silver" and code not in ("AG", "S925"):
            continue
        if tl == "ig" or (tl == "igi" and stone != "diamond"):
            continue
        if tl in ("temple",) and code in ("W18", "R18", "PT"):
            continue
        if t not in clean:
            clean.append(t)
    if st_loc != "tags" and st_loc != "title":
        clean = [t for t in clean if t.lower() not in ("muthu", "pearls", "vairam", "igi")]
    if col_loc != "tags" and code in ("AG", "S925", "GPS"):
        clean = [t for t in clean if t.lower() != "silver"]
    p["tags"] = clean
    typ = rng.choice(d["types"])
    if typ in ("Velli (Silver)",) and code not in ("AG", "S925"):
        typ = ""
    if typ == "Diamond Jewellery" and stone != "diamond":
        typ = ""
    if typ in ("Vairam",) and stone != "diamond":
        typ = ""
    if typ in ("Gold Covering", "1 Gram Gold") and code != "GPB":
        typ = ""
    if typ == "Pearl" and stone != "pearl":
        typ = ""
    if typ == "Gents" and p.get("for") != "men":
        typ = ""
    if typ == "Platinum" and code != "PT":
        typ = ""
    if typ == "Temple Jewellery" and code in ("W18", "R18", "PT"):
        typ = ""
    if code == "GPB" and typ in ("Bridal Collection", "") and rng.random() < 0.5:
        typ = "Gold Covering"
    p["type"] = typ
    p["traps"] = sorted(set(traps))


def render_spec(p, code, stone):
    d, cat = p["d"], p["cat"]
    spec = {"kind": RENDER_KIND.get(cat, cat), "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    if cat == "pendant":
        spec["pendant"] = {None: "temple", "diamond": "solitaire" if "Solitaire" in p["title"] else "cluster"}.get(stone, "round")
        if "Heart" in p["title"]:
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = {"navratna": "cocktail", "diamond": "flower", None: "signet"}.get(stone, "bezel")
    elif cat == "nose pin":
        spec["style"] = "nath" if (p["d"]["names"][p["i"] % len(p["d"]["names"])] in ("Nathu", "Bulakku") or stone == "pearl") else ("stud" if stone is None else "flower")
    elif cat == "bangle" and stone is None and p["serial"] % 3 == 0:
        spec["style"] = "carved"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def pick_broken(rng, h):
    return rng.choice([f"{h}-final.jpg", f"WhatsApp-Image-2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}.jpeg", f"{h}_new_1.jpg"])


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "chn_shop")
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
    broken = set(idx[8:12])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1739000000 + p["serial"] * 577
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        main_name = f"{h}.jpg" if prng.random() < 0.55 else f"KTM_{p['serial']}_01.jpg"
        if is_broken:
            imgs.append((pick_broken(prng, h), None, None))
        else:
            imgs.append((main_name, main_spec, 9100 + p["serial"]))
        var_img = {}
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
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
        if not is_broken and prng.random() < 0.3:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-2.jpg").replace("_01-2.jpg", "_02.jpg"), sp, 9900 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"KTM-{p['cat'][:2].upper()}-{p['serial']}"
        for v in vs:
            v.sku = "" if prng.random() < 0.06 else base_sku + "".join("-" + slugify(o).upper().replace("-", "")[:4] for o in v.opts)
        is_set = "Set" in p["title"] and p["cat"] == "necklace"
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            if j == 0:
                pc = (SET_TAXONOMY if is_set else TAXONOMY[p["cat"]]) if prng.random() < 0.85 else ""
                r.update({"Title": p["title"], "Description": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product category": pc, "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published on online store": "TRUE" if p["status"] == "active" else "FALSE",
                          "Status": p["status"], "Gift card": "FALSE"})
                for a, nm in enumerate(names or ["Title"]):
                    r[f"Option{a + 1} name"] = nm
                if prng.random() < 0.2:
                    r["SEO title"] = f"{p['title'].strip()} | Kaveri Thanga Maaligai, T. Nagar"
                    r["SEO description"] = "Buy online from Kaveri Thanga Maaligai, Usman Road, T. Nagar, Chennai. BIS hallmarked. Insured shipping."
                p["product_category"] = pc
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} value"] = o
                else:
                    r["Option1 value"] = "Default Title"
                r.update({"SKU": v.sku, "Price": money(v.price), "Compare-at price": money(v.compare) if v.compare else "",
                          "Charge tax": "TRUE", "Inventory tracker": "shopify",
                          "Inventory quantity": str(0 if prng.random() < 0.12 else prng.randint(1, 6)),
                          "Continue selling when out of stock": "CONTINUE" if p["cat"] in ("necklace", "choker", "waist belt") else "DENY",
                          "Weight value (grams)": f"{v.grams:.1f}", "Weight unit for display": "g",
                          "Requires shipping": "TRUE", "Fulfillment service": "manual",
                          "Included / India": "TRUE", "Included / International": "FALSE" if p["code"] != "GPB" else "TRUE"})
                if r["Included / International"] == "TRUE":
                    r["Price / International"] = money(round(v.price * 1.18))
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant image URL"] = url[var_img[v.opts[axis_idx]]]
                if prng.random() < 0.1:
                    r["Cost per item"] = money(round(v.price * 0.86))
            if j < len(imgs):
                r["Product image URL"] = url[imgs[j][0]]
                r["Image position"] = str(j + 1)
                r["Image alt text"] = p["title"].strip() if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        if "Stone Colour" in names:
            for ph in ("Ruby Red", "Emerald Green"):
                if ph in options_text(p["axes"]) and ph not in p["traps"]:
                    p["traps"].append(ph)
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        if p["cat"] == "bangle" and p.get("for") == "kids":
            truth["for"] = "kids"
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        may = set()
        if p["stone"] == "navratna":
            may |= {"ruby", "emerald", "pearl", "diamond", "sapphire"}
        ev, problems = third_common.read_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"chn {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
