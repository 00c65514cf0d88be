"""Plan of the Amsterdam shop: Atelier Lijnbaan, a goldsmith's studio in the Jordaan (EUR).

WooCommerce built-in exporter (Products > Export, all columns): UTF-8 with
BOM, PHP fputcsv quoting, variable parents without prices, `variation` rows
pointing back with Parent = id:NN, Published 1 / 0 / -1, description
newlines as literal \\n.  A Dutch studio writing in English for tourists and
expats, with Dutch words left in (oorbellen, ketting, hanger, armband,
zegelring, trouwringen, goud, zilver, verguld), European hallmarks (585 =
14k, 750 = 18k, 925 silver), ring sizes as inner circumference in mm (EU 48-60),
chain lengths in cm, prices written "€ 1.299,00" in descriptions, recycled
gold ("Fairmined"), lab-grown diamonds beside natural ones.
"""

from __future__ import annotations

import os
import random
import re

import render
from fresh_common import Variant, money, slugify, truth_record, wchoice
from sixth_common import FMETALS, FSTONES, sixth_evidence

HOST = "https://cdn.heldout-ams.example/wp-content/uploads/"
CURRENCY = "EUR"
EXPORT_NAME = "wc-product-export-14-10-2025-1760433512904.csv"
SEED = 1613

HEADER = ["ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
          "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?",
          "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

# EUR per gram of finished metal and per-piece bench time
GRAM = {"Y14": 62, "R14": 62, "W14": 66, "Y18": 92, "R18": 92, "W18": 96, "PT": 78, "S925": 2.4, "VER": 4.2, "RVER": 4.2}
BENCH = {"Y14": 160, "R14": 160, "W14": 170, "Y18": 220, "R18": 220, "W18": 230, "PT": 290, "S925": 55, "VER": 65, "RVER": 65}
STONE_EUR = {None: 0, "lab": 900, "diamond": 4200, "moissanite": 150, "blue sapphire": 1100, "pink sapphire": 950,
             "pearl": 40, "garnet": 70, "amethyst": 60, "aquamarine": 240, "london topaz": 70, "peridot": 90, "emerald": 1300}

METAL_LABEL = {"Y14": "14k geelgoud", "R14": "14k roségoud", "W14": "14k witgoud", "Y18": "18k geelgoud",
               "R18": "18k roségoud", "W18": "18k witgoud", "PT": "Platina 950", "S925": "925 zilver",
               "VER": "Verguld zilver", "RVER": "Roségoud verguld zilver"}
EN_LABEL = {"Y14": "14k Yellow Gold", "R14": "14k Rose Gold", "W14": "14k White Gold", "Y18": "18k Yellow Gold",
            "R18": "18k Rose Gold", "W18": "18k White Gold", "PT": "Platinum", "S925": "Sterling Silver",
            "VER": "Gold Vermeil", "RVER": "Rose Gold Vermeil"}

GOLD14 = [("Y14", 5), ("R14", 2), ("W14", 2)]
MIXED = [("Y14", 4), ("R14", 1), ("W14", 1), ("S925", 4), ("VER", 3), ("RVER", 1)]
FINE = [("Y18", 3), ("W18", 3), ("PT", 2), ("R18", 1), ("Y14", 1)]


def D(key, cat, n, names, kind, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, words=words, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("hoops", "earrings", 12, ["Gracht", "Brug", "Amstel", "Keizer", "Tulp", "Singel", "Dam"], "earrings", "hoop", MIXED,
      [(None, 7), ("pearl", 1), ("lab", 1), ("moissanite", 1)], (1.2, 5), ["Oorbellen > Creolen", "Oorbellen"],
      ["Hoops", "Creolen", "Hoop Earrings", "Oorbellen"], axes=[("metal", 0.35), ("pair", 0.3)]),
    D("studs", "earrings", 12, ["Druppel", "Stip", "Sterretje", "Bezel", "Klaver", "Maan"], "earrings", "stud", MIXED,
      [("lab", 3), ("pearl", 2), ("garnet", 1), ("amethyst", 1), ("aquamarine", 1), ("london topaz", 1), (None, 2)],
      (0.5, 2), ["Oorbellen > Oorknopjes", "Oorbellen"], ["Studs", "Oorknopjes", "Stud Earrings"], axes=[("pair", 0.4)]),
    D("drops", "earrings", 6, ["Regen", "Parel", "Lantaarn", "Noordzee"], "earrings", "drop", [("VER", 3), ("S925", 2), ("Y14", 2)],
      [("pearl", 3), ("aquamarine", 1), ("garnet", 1)], (1.5, 4.5), ["Oorbellen"], ["Drop Earrings", "Oorhangers", "Earrings"]),
    D("pendant", "pendant", 14, ["Grachtenpand", "Initiaal", "Solitair", "Fiets", "Tulp", "Hart", "Zon", "Munt", "Ster"], "pendant", "round",
      MIXED, [(None, 5), ("lab", 2), ("diamond", 1), ("moissanite", 1), ("garnet", 1), ("aquamarine", 1), ("peridot", 1)], (1, 4),
      ["Kettingen > Hangers", "Kettingen"], ["Hanger", "Pendant", "Ketting met hanger", "Necklace"], axes=[("len", 0.5)]),
    D("chain", "chain", 10, ["Jasseron", "Anker", "Gourmet", "Paperclip", "Venetiaans", "Koord", "Slang"], "chain", "curb",
      [("Y14", 4), ("S925", 4), ("VER", 2), ("Y18", 1)], [(None, 1)], (2, 9), ["Kettingen", "Kettingen, Heren"],
      ["Chain", "Ketting", "Schakelketting"], axes=[("len", 0.8)]),
    D("necklace", "necklace", 5, ["Tennis", "Parelsnoer", "Riviera", "Keshi"], "necklace", "tennis",
      [("W14", 2), ("Y14", 2), ("VER", 1)], [("lab", 2), ("pearl", 2), ("moissanite", 1)], (5, 14), ["Kettingen"],
      ["Necklace", "Collier", "Ketting"], axes=[("len", 0.4)]),
    D("signet", "ring", 10, ["Zegel", "Ovaal Zegel", "Pink Zegel", "Wapen", "Heren Zegel"], "ring", "signet",
      [("Y14", 4), ("S925", 3), ("Y18", 1), ("R14", 1)], [(None, 6), ("garnet", 1), ("blue sapphire", 1)], (3, 10),
      ["Ringen > Zegelringen", "Ringen"], ["Zegelring", "Signet Ring", "Signet"], axes=[("rsize", 0.85)]),
    D("stacking", "ring", 10, ["Sprankel", "Twijg", "Dauw", "Golf", "Eternity", "Stapel"], "ring", "stacking",
      GOLD14 + [("S925", 2), ("VER", 1)], [(None, 3), ("lab", 3), ("pink sapphire", 1), ("amethyst", 1), ("peridot", 1)], (1, 2.5),
      ["Ringen > Aanschuifringen", "Ringen"], ["Ring", "Stacking Ring", "Aanschuifring"], axes=[("rsize", 0.9)]),
    D("engagement", "engagement ring", 10, ["Solitair", "Ovaal Solitair", "Trilogy", "Halo", "Vondel", "Saffier Solitair", "Emerald Cut"],
      "engagement ring", "solitaire", FINE, [("lab", 4), ("diamond", 3), ("blue sapphire", 1), ("moissanite", 1)], (2.8, 5),
      ["Verloving & Trouwen > Verlovingsringen", "Verloving & Trouwen"], ["Verlovingsring", "Engagement Ring", "Solitaire Ring"],
      axes=[("fmetal", 0.5), ("rsize", 0.7)]),
    D("bands", "wedding band", 8, ["Klassiek", "Gehamerd", "Mat", "Bol", "Pavé"], "wedding band", "wedding",
      [("Y14", 2), ("Y18", 2), ("W18", 1), ("PT", 2), ("R14", 1)], [(None, 4), ("lab", 1)], (3, 8),
      ["Verloving & Trouwen > Trouwringen", "Verloving & Trouwen"], ["Trouwring", "Wedding Band", "Trouwringen"], axes=[("rsize", 0.9)]),
    D("bracelet", "bracelet", 10, ["Tennis", "Jasseron", "Parel", "Bedel", "Gourmet", "Anker"], "bracelet", "chain",
      [("Y14", 3), ("S925", 3), ("VER", 2), ("W14", 1)], [(None, 4), ("lab", 1), ("pearl", 2), ("moissanite", 1)], (2, 8),
      ["Armbanden"], ["Armband", "Bracelet", "Schakelarmband"], axes=[("blen", 0.4)]),
    D("bangle", "bangle", 7, ["Open", "Gehamerd", "Slank", "Golf", "Bol"], "cuff", None, [("S925", 4), ("VER", 2), ("Y14", 1)],
      [(None, 5), ("pearl", 1)], (8, 28), ["Armbanden > Bangles", "Armbanden"], ["Bangle", "Armband", "Cuff"]),
    D("anklet", "anklet", 4, ["Strand", "Zandvoort", "Parel"], "anklet", None, [("S925", 2), ("VER", 2)], [(None, 2), ("pearl", 1)],
      (2, 5), ["Enkelbandjes", "Uncategorized"], ["Enkelbandje", "Anklet"]),
    D("mens", "chain", 4, ["Gourmet Heren", "Koning", "Anker Heren"], "chain", "curb", [("S925", 3), ("Y14", 1)], [(None, 1)], (18, 55),
      ["Heren", "Kettingen, Heren"], ["Ketting", "Chain", ""], axes=[("len", 0.7)], gents=True),
]

AXES = {
    "len": ("Lengte", [("40 cm", 0.9), ("42 cm", 0.95), ("45 cm", 1.0), ("50 cm", 1.1), ("60 cm", 1.3)]),
    "blen": ("Lengte", [("16 cm", 0.9), ("17 cm", 0.95), ("18 cm", 1.0), ("19 cm", 1.05)]),
    "rsize": ("Ringmaat", [("48", 0.96), ("50", 0.98), ("52", 1.0), ("54", 1.02), ("56", 1.04), ("58", 1.06), ("60", 1.08)]),
    "pair": ("Aantal", [("Per stuk", 0.5), ("Per paar", 1.0)]),
}

STONE_NAMES = {
    "lab": ["Lab Grown Diamond", "Lab Diamond", "Lab-grown diamant"], "diamond": ["Diamond", "Natural Diamond", "Diamant"],
    "moissanite": ["Moissanite"], "blue sapphire": ["Blue Sapphire", "Saffier"], "pink sapphire": ["Pink Sapphire", "Roze Saffier"],
    "pearl": ["Pearl", "Freshwater Pearl", "Zoetwaterparel", "Parel"], "garnet": ["Garnet", "Granaat"],
    "amethyst": ["Amethyst", "Amethist"], "aquamarine": ["Aquamarine", "Aquamarijn"], "london topaz": ["London Blue Topaz"],
    "peridot": ["Peridot"], "emerald": ["Emerald"],
}
STONE_OF_NAME = {"Parel": "pearl", "Parelsnoer": "pearl", "Keshi": "pearl", "Tennis": "lab", "Riviera": "lab",
                 "Solitair": "lab", "Ovaal Solitair": "lab", "Saffier Solitair": "blue sapphire", "Eternity": "lab",
                 "Halo": "lab", "Trilogy": "diamond", "Sprankel": "lab", "Emerald Cut": "lab", "Pavé": "lab"}
# Dutch / trade words that read like a stone or metal and are not
NAME_TRAPS = {"Emerald Cut": "Emerald Cut", "Zilvergrijs": "Zilvergrijs"}
DUTCH_STONE_WORDS = r"parel|granaat|amethist|aquamarijn|saffier|diamant"


def eur_text(x):
    """€ 1.299,00 as a Dutch shop writes it."""
    whole, cents = f"{x:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "€ " + ".".join(groups) + "," + cents


def nl_num(x):
    return f"{x:.2f}".replace(".", ",")


def eur(x):
    if x < 200:
        return float(int(x / 5) * 5) + 4.95 if x < 100 else float(int(x / 10) * 10) + 9.0
    return float(int(round(x / 10.0)) * 10 - 1) if x < 1000 else float(int(round(x / 50.0)) * 50)


def metal_words(rng, code, colour, karat):
    if code == "S925":
        return rng.choice(["Sterling Silver", "925 Silver", "Recycled 925 Zilver", "Zilver (925)"]) if colour else ""
    if code in ("VER", "RVER"):
        if not colour:
            return ""
        return rng.choice(["Gold Vermeil", "Verguld Zilver", "Gold Plated Silver"]) if code == "VER" else "Rose Gold Vermeil"
    if code == "PT":
        return rng.choice(["Platinum", "Platina 950"]) if colour else ""
    k = code[1:]
    cw = {"Y": "Yellow", "R": "Rose", "W": "White"}[code[0]]
    nl = {"Y": "Geelgoud", "R": "Roségoud", "W": "Witgoud"}[code[0]]
    hall = {"14": "585", "18": "750"}[k]
    if colour and karat:
        return rng.choice([f"{k}k {cw} Gold", f"{k}K {nl}", f"{hall} {cw} Gold", f"Recycled {k}k {cw} Gold"])
    if colour:
        return rng.choice([f"{cw} Gold", nl])
    if karat:
        return rng.choice([f"{k}k Gold", f"{hall} Gold", f"{k} Karaat Goud", f"Fairmined {k}k Gold"])
    return rng.choice(["Gold", "Goud", "Recycled Gold"])


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if name in STONE_OF_NAME:
        stone = STONE_OF_NAME[name]
    if name == "Trilogy" and rng.random() < 0.5:
        stone = "lab"
    if code in ("S925", "VER", "RVER") and stone == "diamond":
        stone = "moissanite"
    if code in ("S925", "VER", "RVER") and stone == "lab" and d["cat"] in ("necklace", "bracelet"):
        stone = "moissanite"
    p["code"], p["stone"], p["name"] = code, stone, name
    p["lab"] = stone == "lab"
    if d.get("gents") or "Heren" in name:
        p["for"] = "men"
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax in ("rsize", "len"):
                k = rng.randint(3, 5) if ax == "rsize" else rng.randint(2, 4)
                st0 = rng.randint(0, len(vals) - k)
                vals = vals[st0:st0 + k]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "metal":
            if code in ("Y14", "R14", "W14"):
                alts = [code] + [c for c in ("Y14", "R14", "W14") if c != code]
            elif code in ("S925", "VER", "RVER"):
                alts = [code] + [c for c in ("S925", "VER") if c != code]
            else:
                alts = [code]
            if len(alts) > 1:
                axes.append(("Materiaal", [(EN_LABEL[c], {"code": c}) for c in alts]))
        elif ax == "fmetal":
            alts = [code] + [c for c in ("Y18", "W18", "PT") if c != code]
            axes.append(("Materiaal", [(EN_LABEL[c], {"code": c}) for c in alts]))
    p["axes"] = axes[:2]
    g0 = round(rng.uniform(*d["grams"]), 2)
    carat = None
    if stone in ("lab", "diamond", "moissanite"):
        if d["cat"] == "engagement ring":
            carat = rng.choice([0.3, 0.5, 0.7, 1.0, 1.5, 2.0] if stone != "diamond" else [0.25, 0.3, 0.4, 0.5, 0.7, 1.0])
        elif d["key"] in ("necklace", "bracelet"):
            carat = rng.choice([1.0, 2.0, 3.0, 4.0])
        else:
            carat = rng.choice([0.03, 0.05, 0.12, 0.15, 0.2, 0.3])
    p["carat"] = carat
    sval = STONE_EUR.get(stone, 0) * (carat if carat else rng.uniform(0.3, 1.0))
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, f = code, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            f *= mod.get("f", 1.0)
        half = any(v == "Per stuk" for v, _ in combo)
        price = eur((g0 * GRAM[vc] + BENCH[vc]) * f + sval * (0.5 if half else 1.0))
        variants.append(Variant([v for v, _ in combo], vc, stone, price, None, g0 * f))
    if rng.random() < 0.15:
        off = rng.choice([0.1, 0.15, 0.2])
        for v in variants:
            v.compare = v.price
            v.price = eur(v.price * (1 - off))
    p["variants"] = variants
    if d["cat"] == "pendant":
        p["sold_with_chain"] = rng.random() < 0.6
    write_listing(rng, p, name)
    return p


KIND_WORD = {"earrings": "oorbellen", "pendant": "hanger", "necklace": "ketting", "chain": "ketting", "ring": "ring",
             "engagement ring": "verlovingsring", "wedding band": "trouwring", "bangle": "bangle", "bracelet": "armband",
             "anklet": "enkelbandje"}


def write_listing(rng, p, name):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    traps = [NAME_TRAPS[name]] if name in NAME_TRAPS else []
    col_loc = wchoice(rng, [("title", 42), ("body", 24), ("attr", 10), ("tags", 6), ("photo", 8)])
    if "Materiaal" in names and rng.random() < 0.75:
        col_loc = "options"
    kar_loc = wchoice(rng, [("title", 35), ("body", 45), ("attr", 8), ("none", 12)]) if FMETALS[code][2] else "none"
    if col_loc == "options":
        kar_loc = "options"
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 48), ("body", 27), ("tags", 10), ("short", 8), ("nowhere", 7)])
        if name in STONE_OF_NAME:
            st_loc = "title"
    cat_loc = "title" if rng.random() < 0.85 else rng.choice(["cats", "body"])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    p["cats"] = rng.choice(d["cats"])
    mt = metal_words(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    if code in ("S925", "VER", "RVER", "PT") and col_loc != "title":
        mt = ""
    sw = rng.choice(STONE_NAMES[stone]) if stone and st_loc == "title" and name not in STONE_OF_NAME else ""
    if name in ("Saffier Solitair", "Parel", "Parelsnoer") or (name in STONE_OF_NAME and name not in ("Keshi",)):
        sw = "" if name in ("Saffier Solitair", "Parel", "Parelsnoer") else rng.choice(STONE_NAMES[stone][:2])
    if name == "Keshi":
        sw = "Pearl"
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    if word and word.split()[0].lower()[:5] in name.lower():
        word = ""
    core = " ".join(x for x in (f"{sw} {name}" if sw and rng.random() < 0.4 else (f"{name} {sw}" if sw else name), word) if x)
    form = rng.random()
    if not mt:
        title = core
    elif form < 0.4:
        title = f"{core} | {mt}"
    elif form < 0.65:
        title = f"{core} – {mt}"
    elif form < 0.85:
        title = f"{mt} {core}"
    else:
        title = f"{core} in {mt}"
    if p.get("for") == "men" and "Heren" not in title and rng.random() < 0.5:
        title += " (Heren)"
    p["title"] = title
    short = []
    if st_loc == "short":
        short.append(f"Set with a {rng.choice(STONE_NAMES[stone][:2]).lower()}.")
    if rng.random() < 0.5 or short:
        short.insert(0, rng.choice(["Handgemaakt in Amsterdam.", "Made in our Jordaan atelier.", "Designed to be worn every day.",
                                    "Our bestseller.", "Small batch, made to order."]))
    p["short"] = "<p>" + " ".join(short) + "</p>" if short else ""
    kw = KIND_WORD[cat]
    body = []
    if cat_loc == "body" or rng.random() < 0.6:
        body.append(f"<p>The {name} {kw} {'are' if kw == 'oorbellen' else 'is'} made by hand in our atelier on the Lijnbaansgracht, from recycled metal.</p>")
    else:
        body.append(f"<p>{name}: {rng.choice(['simple, solid and made to last.', 'designed to layer.', 'inspired by the canals of the Jordaan.', 'our everyday classic.'])}</p>")
    spec = []
    mb = metal_words(rng, code, col_loc == "body", kar_loc == "body") if (col_loc == "body" or kar_loc == "body") else ""
    if mb:
        spec.append(f"<li>Materiaal: {mb}</li>")
    if code in ("Y14", "R14", "W14", "Y18", "R18", "W18") and kar_loc == "body" and rng.random() < 0.5:
        spec.append(f"<li>Hallmarked {'585' if code.endswith('14') else '750'} (Dutch assay office)</li>")
    if stone and st_loc == "body":
        ct = f", {nl_num(p['carat'])} ct" if p.get("carat") else ""
        spec.append(f"<li>Steen: {rng.choice(STONE_NAMES[stone])}{ct}</li>")
    elif stone in ("lab", "diamond") and st_loc == "title" and p.get("carat") and rng.random() < 0.6:
        spec.append(f"<li>Total carat weight: {nl_num(p['carat'])} ct</li>")
    if p["lab"] and st_loc in ("title", "body") and rng.random() < 0.5:
        spec.append("<li>IGI certified, lab grown</li>")
    if cat == "pendant":
        spec.append("<li>" + ("Incl. ketting" if p.get("sold_with_chain") else "Hanger only, chain sold separately") + "</li>")
    if cat in ("ring", "engagement ring", "wedding band"):
        spec.append("<li>Ringmaat = inner circumference in mm (EU sizing)</li>")
    g = p["variants"][0].grams
    gs = f"{g:.1f}".replace(".", ",")
    if re.search(r"(?<![\d.,])(585|750|375|916)(?!\d)", gs):
        gs = f"{g + 0.1:.1f}".replace(".", ",")
    spec.append(f"<li>Gewicht: ca. {gs} g</li>")
    body.append("<ul>" + "".join(spec) + "</ul>")
    if rng.random() < 0.35:
        v0 = p["variants"][0]
        line = f"Was {eur_text(v0.compare)}, now {eur_text(v0.price)}." if v0.compare else f"{eur_text(v0.price)} incl. 21% btw."
        if not re.search(r"(585|750|375|916|925)", line):
            body.append(f"<p>{line} Free shipping in NL &amp; BE from € 75,00.</p>")
    if rng.random() < 0.25:
        body.append("<p>Care: store in the pouch and take off before swimming.</p>")
    p["body"] = "\n".join(body)
    tags = rng.sample(["cadeau", "gift for her", "everyday", "recycled", "made in Amsterdam", "stackable", "bestseller", "nieuw"],
                      k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"S925": "zilver", "VER": "verguld", "RVER": "rose gold vermeil", "PT": "platinum"}.get(code, EN_LABEL[code].split(" ", 1)[1].lower()))
    if st_loc == "tags":
        tags.append({"lab": "lab grown diamond", "london topaz": "london blue topaz", "blue sapphire": "saffier",
                     "pink sapphire": "pink sapphire"}.get(stone, stone))
    if p["lab"] and st_loc in ("title", "body"):
        tags.append("lab grown")
    p["tags"] = tags
    info = []
    if col_loc == "attr" or kar_loc == "attr":
        info.append(("Materiaal", [(EN_LABEL[code] if col_loc == "attr" else (code[1:] + "k Gold" if FMETALS[code][2] else EN_LABEL[code]), {})]))
    p["info"] = info[: max(0, 2 - len(names))]
    p["traps"] = traps


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    st = d["style"]
    if d["kind"] == "pendant":
        spec["pendant"] = {"lab": "solitaire", "diamond": "solitaire", "moissanite": "solitaire", None: "coin"}.get(stone, "round")
        if p["name"] == "Hart":
            spec["pendant"] = "heart"
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif d["kind"] == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else "tennis"
    elif d["kind"] == "bracelet":
        spec["style"] = {"lab": "tennis", "moissanite": "tennis", "pearl": "bead"}.get(stone, "chain" if p["serial"] % 2 else "curb")
    elif d["kind"] == "ring" and d["key"] == "stacking":
        spec["style"] = "stacking"
    elif d["kind"] == "engagement ring":
        spec["style"] = "trilogy" if p["name"] == "Trilogy" else "solitaire"
        spec["halo"] = p["name"] == "Halo"
        spec["kind"] = "ring" if spec["style"] == "trilogy" else "engagement ring"
    elif d["kind"] == "earrings" and d["key"] == "studs" and stone is None:
        spec["style"] = "stud"
    elif st:
        spec["style"] = st
    return spec


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "ams_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
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
    next_id = 4470
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 9:
            ym = "2025/09/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"DSC0{prng.randint(1000, 9999)}.jpg", f"{slug}-1-1024x1024.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"AL-{p['serial']:03d}-1.jpg"), main_spec, 51000 + p["serial"]))
            if prng.random() < 0.25:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-model.jpg", sp, 53000 + p["serial"]))
        var_img = {}
        metal_axis = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Materiaal"), None)
        if metal_axis is not None and not is_broken:
            nm, vals = p["axes"][metal_axis]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod["code"], p["stone"])
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 55000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.8 else f"AL-{p['serial']:03d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                     "Published": published, "Is featured?": "1" if prng.random() < 0.05 else "0",
                     "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                     "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                     "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.06 else "0",
                     "Backorders allowed?": "notify" if p["cat"] in ("engagement ring", "wedding band") else "0",
                     "Sold individually?": "0", "Allow customer reviews?": "1", "Categories": p["cats"],
                     "Tags": ", ".join(p["tags"]), "Shipping class": "verzekerd" if prng.random() < 0.2 else "",
                     "Images": ", ".join(HOST + fn for fn, _, _ in imgs), "Position": "0"})
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Attribute {a + 1} name"] = nm
            base[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            base[f"Attribute {a + 1} visible"] = "1"
            base[f"Attribute {a + 1} global"] = "1" if nm in ("Ringmaat", "Materiaal", "Lengte") else "0"
        if not variable:
            v = vs[0]
            base["Regular price"] = money(v.compare or v.price)
            base["Sale price"] = money(v.price) if v.compare else ""
            v.sku = parent_sku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.2 else f"AL-{p['serial']:03d}-" + "-".join(slugify(o).upper()[:6] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable", "Tax class": "parent",
                          "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": money(v.compare or v.price), "Sale price": money(v.price) if v.compare else "",
                          "Parent": f"id:{pid}", "Position": str(j + 1)})
                if metal_axis is not None and v.opts[metal_axis] in var_img:
                    r["Images"] = HOST + var_img[v.opts[metal_axis]]
                for a, (nm, _) in enumerate(p["axes"]):
                    r[f"Attribute {a + 1} name"] = nm
                    r[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    r[f"Attribute {a + 1} global"] = "1" if nm in ("Ringmaat", "Materiaal", "Lengte") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        for tv, v in zip(truth["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = sixth_evidence(truth, fields, not is_broken, (), p["traps"])
        if problems:
            raise SystemExit(f"ams {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
