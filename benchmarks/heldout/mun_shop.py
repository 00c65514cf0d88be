"""Plan of the Munich shop: Goldschmiede Lindner, Haidhausen (EUR, German).

Shopify product export in the 2024/25 layout (English headers, `Option1
Linked To`, unit-price and market columns `Included / Germany`, `Price /
International` ...).  Listings in German: 333/585/750 gold, Platin, 925er
Silber (rhodiniert / vergoldet), Edelstahl; Brillant, Zirkonia,
Süßwasserperlen, coloured stones; Trauringe priced per pair or per ring.
"""

from __future__ import annotations

import os
import random

from eleventh_common import M11, S11, Variant, evidence, money, render_spec, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-mun.example/s/files/1/0555/2211/files/"
CURRENCY = "EUR"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
    "Variant Requires Shipping", "Variant Taxable", "Unit Price Total Measure", "Unit Price Total Measure Unit",
    "Unit Price Base Measure", "Unit Price Base Measure Unit", "Variant Barcode", "Image Src", "Image Position",
    "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Jewelry material (product.metafields.shopify.jewelry-material)",
    "Target gender (product.metafields.shopify.target-gender)",
    "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item",
    "Included / Germany", "Price / Germany", "Compare At Price / Germany",
    "Included / International", "Price / International", "Compare At Price / International", "Status",
]

TAXO = {
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "chain": "Apparel & Accessories > Jewelry > Necklaces", "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "earrings": "Apparel & Accessories > Jewelry > Earrings", "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets", "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

# EUR per gram (metal + workshop), per carat of stone
RATE = {"Y18": 92, "W18": 96, "R18": 92, "Y14": 62, "W14": 66, "R14": 62, "Y8": 34, "PT": 98,
        "S925": 3.2, "RHS": 3.6, "GPS": 4.2, "RGPS": 4.2, "ST": 1.1}
STONE_EUR = {"diamond": 3800, "lab": 900, "moissanite": 420, "sapphire": 900, "ruby": 1100, "emerald": 1300,
             "amethyst": 60, "garnet": 55, "topaz": 70, "aquamarine": 260, "peridot": 90, "pearl": 0, "cz": 0,
             "cz red": 0, "cz green": 0, "cz blue": 0, None: 0}
BASE = {"S925": 29, "RHS": 32, "GPS": 35, "RGPS": 35, "ST": 19}

LAKES = ["Isar", "Ammersee", "Tegernsee", "Chiemsee", "Starnberg", "Würmsee", "Königssee", "Eibsee", "Kochel",
         "Staffelsee", "Walchensee", "Schliersee", "Wendelstein", "Zugspitze", "Herzogstand", "Nymphenburg",
         "Haidhausen", "Au", "Giesing", "Lehel", "Schwabing", "Viktualien", "Gärtnerplatz", "Wiesn", "Loisach",
         "Ammer", "Partnach", "Salzach", "Inn", "Mangfall"]


def D(key, cat, n, metals, stones, grams, style, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, metals=metals, stones=stones, grams=grams, style=style, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("trau", "wedding band", 9, [("Y14", 3), ("W14", 3), ("R14", 1), ("Y18", 1), ("W18", 1), ("PT", 1)],
      [(None, 3), ("diamond", 2)], (3.5, 7), "wedding", axes=["mat"]),
    D("verl", "engagement ring", 9, [("W18", 3), ("Y18", 1), ("W14", 2), ("R14", 1), ("PT", 1)],
      [("diamond", 5), ("lab", 2), ("sapphire", 1), ("moissanite", 1)], (2.2, 4), "solitaire", axes=["size"]),
    D("ring", "ring", 14, [("Y14", 3), ("W14", 1), ("Y8", 2), ("S925", 3), ("RHS", 1), ("GPS", 1), ("Y18", 1), ("ST", 1)],
      [(None, 4), ("cz", 2), ("amethyst", 1), ("garnet", 1), ("sapphire", 1), ("emerald", 1), ("diamond", 2), ("cz red", 1)],
      (2, 9), "bezel", axes=["size"]),
    D("stecker", "earrings", 12, [("Y14", 3), ("W14", 2), ("S925", 2), ("RHS", 2), ("GPS", 1), ("Y8", 1)],
      [("diamond", 3), ("pearl", 3), ("cz", 3), ("topaz", 1), ("aquamarine", 1), ("cz blue", 1)], (0.8, 2.5), "stud", sub="stecker"),
    D("creole", "earrings", 7, [("Y14", 2), ("Y8", 2), ("S925", 2), ("GPS", 2), ("ST", 1)], [(None, 4), ("cz", 1)], (1.2, 4.5),
      "hoop", sub="creole"),
    D("haenger", "earrings", 6, [("Y14", 2), ("S925", 2), ("GPS", 1), ("RGPS", 1)], [("pearl", 2), ("amethyst", 1), ("garnet", 1),
      ("peridot", 1), ("cz", 1)], (1.5, 4), None, sub="haenger"),
    D("kette", "chain", 8, [("Y14", 3), ("Y8", 2), ("S925", 2), ("W14", 1), ("ST", 1)], [(None, 1)], (2.5, 12), "cable",
      axes=["len"]),
    D("anh", "pendant", 9, [("Y14", 3), ("W14", 1), ("R14", 1), ("S925", 2), ("GPS", 1), ("Y8", 1)],
      [(None, 3), ("diamond", 2), ("cz", 2), ("amethyst", 1), ("topaz", 1)], (0.8, 4), None),
    D("collier", "necklace", 7, [("Y14", 2), ("S925", 2), ("W18", 1), ("GPS", 1)], [("pearl", 4), ("diamond", 1), ("cz", 1),
      ("sapphire", 1)], (4, 18), "beaded"),
    D("armband", "bracelet", 7, [("Y14", 2), ("W18", 1), ("S925", 2), ("ST", 1), ("Y8", 1)], [(None, 3), ("diamond", 1), ("cz", 2),
      ("pearl", 1)], (3, 14), "chain", axes=["blen"]),
    D("armreif", "bangle", 4, [("Y14", 1), ("S925", 1), ("GPS", 1), ("ST", 1)], [(None, 1)], (6, 22), None),
    D("fuss", "anklet", 3, [("S925", 1), ("GPS", 1), ("Y8", 1)], [(None, 1)], (1.5, 4), None),
    D("brosche", "brooch", 3, [("Y14", 1), ("S925", 2)], [("pearl", 1), ("garnet", 1)], (4, 9), "bar"),
]

GOLD_DE = {"Y": "Gelbgold", "W": "Weißgold", "R": "Roségold"}
STEMP = {18: "750", 14: "585", 8: "333"}


def metal_de(rng, code, colour, karat):
    """German metal phrase; ``colour`` / ``karat`` say what it may state."""
    m, col, k, _ = M11[code]
    if k:
        cw = GOLD_DE[code[0]]
        if code[0] == "R" and rng.random() < 0.35:
            cw = "Rotgold"
        st = STEMP[k]
        if colour and karat:
            return rng.choice([f"{st} {cw}", f"{cw} {st}", f"{k} kt {cw}", f"{st}er {cw}", f"{cw} {st}/-"])
        if colour:
            return cw
        if karat:
            return rng.choice([f"{st}er Gold", f"{k} Karat Gold", f"Gold {st}", f"{st} Gold"])
        return "Gold"
    if code == "PT":
        return rng.choice(["Platin 950", "Platin", "Pt 950 Platin"]) if colour else ""
    if code == "S925":
        return rng.choice(["925er Sterlingsilber", "Sterling Silber 925", "Silber 925", "925 Silber"]) if colour else ""
    if code == "RHS":
        return rng.choice(["925 Silber rhodiniert", "Sterlingsilber, rhodiniert", "Silber 925/- rhodiniert"]) if colour else ""
    if code == "GPS":
        return rng.choice(["925 Silber vergoldet", "Silber vergoldet", "Sterlingsilber gelbvergoldet"]) if colour else ""
    if code == "RGPS":
        return rng.choice(["925 Silber rosévergoldet", "Silber rosé vergoldet"]) if colour else ""
    if code == "ST":
        return rng.choice(["Edelstahl", "Edelstahl 316L", "Chirurgenstahl"]) if colour else ""
    raise KeyError(code)


STONE_DE = {
    "diamond": ["Brillant", "Brillanten", "Diamant", "Brillant"], "lab": ["Labordiamant", "lab-grown Diamant"],
    "moissanite": ["Moissanit"], "sapphire": ["Saphir", "blauem Saphir"], "ruby": ["Rubin"], "emerald": ["Smaragd"],
    "amethyst": ["Amethyst"], "garnet": ["Granat", "Granaten"], "topaz": ["Blautopas", "Topas (London Blue)", "Topas"],
    "aquamarine": ["Aquamarin"], "peridot": ["Peridot"], "pearl": ["Süßwasserperle", "Süßwasserperlen", "Perle"],
    "cz": ["Zirkonia", "Zirkonia weiß"], "cz red": ["Zirkonia rot", "roter Zirkonia"], "cz blue": ["Zirkonia blau", "blauer Zirkonia"],
}

CAT_DE = {
    "wedding band": ["Trauringe", "Eheringe", "Partnerringe"], "engagement ring": ["Verlobungsring", "Solitärring", "Antragsring"],
    "ring": ["Ring", "Damenring", "Ring"], "chain": ["Ankerkette", "Panzerkette", "Venezianerkette", "Figarokette", "Erbskette"],
    "pendant": ["Anhänger", "Kettenanhänger", "Medaillon"], "necklace": ["Collier", "Perlenkette", "Collier"],
    "bracelet": ["Armband", "Armkette", "Armband"], "bangle": ["Armreif", "Armspange", "Armreif"],
    "anklet": ["Fußkettchen", "Fußkettchen"], "brooch": ["Brosche", "Anstecknadel"],
}
SUB_DE = {"stecker": ["Ohrstecker", "Stecker"], "creole": ["Creolen", "Klappcreolen", "Creolen"], "haenger": ["Ohrhänger", "Ohrhänger"]}
TYPE_DE = {"wedding band": ["Trauringe", "Eheringe"], "engagement ring": ["Verlobungsringe", "Ringe"], "ring": ["Ringe", ""],
           "chain": ["Ketten", "Halsketten"], "pendant": ["Anhänger", ""], "necklace": ["Colliers", "Perlenschmuck"],
           "bracelet": ["Armbänder", ""], "bangle": ["Armreifen", "Armschmuck"], "anklet": ["Fußkettchen", ""],
           "brooch": ["Broschen", ""], "earrings": ["Ohrschmuck", "Ohrringe", ""]}


def make(rng, d, i, serial, names):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    cat = d["cat"]
    if code in ("S925", "RHS", "GPS", "RGPS", "ST") and stone in ("diamond", "lab", "sapphire", "emerald", "ruby", "aquamarine"):
        stone = "cz"
    if code in ("Y18", "W18", "PT") and stone in ("cz", "cz red", "cz blue"):
        stone = "diamond"
    if cat == "necklace" and stone == "pearl" and code in ("W18",):
        code = "Y14"
    if d["key"] == "ring" and i % 7 == 3:
        p["for"] = "men"
        stone = None
        code = rng.choice(["Y14", "S925", "ST"])
        p["style"] = "signet" if code != "ST" else "mens"
    if d["key"] == "armband" and code == "ST":
        p["for"] = "men"
        stone = None
    p["code"], p["stone"] = code, stone
    p["name"] = names.pop()
    if stone == "lab":
        p["lab"] = True
    # carat
    carat = None
    if stone in ("diamond", "lab", "moissanite"):
        if cat == "engagement ring":
            carat = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.0])
        elif cat == "bracelet":
            carat = rng.choice([0.5, 1.0, 1.5, 2.0])
        elif cat == "wedding band":
            carat = rng.choice([0.02, 0.03, 0.05, 0.08, 0.15])
        else:
            carat = rng.choice([0.03, 0.05, 0.06, 0.1, 0.14, 0.2, 0.25])
    p["carat"] = carat
    # axes
    axes = []
    if "mat" in d["axes"]:
        fam = [c for c in ("Y14", "W14", "R14", "Y18", "W18", "PT") if c != code]
        rng.shuffle(fam)
        alts = [code] + fam[: rng.randint(1, 3)]
        axes.append(("Material", [(metal_de(random.Random(serial), c, True, True), {"code": c}) for c in alts]))
    if "size" in d["axes"] and rng.random() < (0.75 if cat == "engagement ring" else 0.4):
        sizes = [48, 50, 52, 54, 56, 58, 60, 62, 64] if p.get("for") else [48, 50, 52, 54, 56, 58, 60]
        a = rng.randint(0, 2)
        k = rng.randint(3, 5)
        axes.append(("Ringgröße", [(str(s), {"f": 1.0 + 0.01 * (s - 54) / 2}) for s in sizes[a:a + k]]))
    if "len" in d["axes"] and rng.random() < 0.8:
        ls = [(40, 0.89), (42, 0.93), (45, 1.0), (50, 1.11), (55, 1.22), (60, 1.33)]
        a = rng.randint(0, 2)
        axes.append(("Länge", [(f"{l} cm", {"f": f}) for l, f in ls[a:a + rng.randint(2, 4)]]))
    if "blen" in d["axes"] and rng.random() < 0.4:
        axes.append(("Länge", [("17 cm", {"f": 0.95}), ("19 cm", {"f": 1.0}), ("21 cm", {"f": 1.06})]))
    if not axes and code in ("S925", "GPS") and cat in ("earrings", "pendant", "ring") and rng.random() < 0.35:
        alts = ["S925", "GPS", "RGPS"] if code == "S925" else ["GPS", "S925"]
        axes.append(("Farbe", [({"S925": "Silber", "GPS": "Gelbgold vergoldet", "RGPS": "Roségold vergoldet"}[c], {"code": c}) for c in alts]))
    if not axes and stone in ("amethyst", "topaz", "garnet", "peridot") and rng.random() < 0.5:
        alts = [stone] + [s for s in ("amethyst", "topaz", "peridot", "garnet") if s != stone][:2]
        axes.append(("Stein", [({"amethyst": "Amethyst", "topaz": "Blautopas", "peridot": "Peridot", "garnet": "Granat"}[s],
                                {"stone": s}) for s in alts]))
    p["axes"] = axes
    g0 = rng.uniform(*d["grams"])
    combos = [[]]
    for nm, vals in axes:
        combos = [c + [v] for c in combos for v in vals]
    pair = cat == "wedding band" and rng.random() < 0.7
    p["price_unit"] = ("pair" if pair else "piece") if cat == "wedding band" else None
    if cat == "earrings":
        p["price_unit"] = "pair"
    work = rng.uniform(0.9, 1.25)
    vs = []
    for combo in combos:
        vc, vsn, f = code, stone, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            vsn = mod.get("stone", vsn)
            f *= mod.get("f", 1.0)
        grams = g0 * f * (2 if pair else 1)
        price = grams * RATE[vc] * work + BASE.get(vc, 60)
        ct = carat or (rng.uniform(0.3, 1.5) if vsn in ("sapphire", "ruby", "emerald", "aquamarine") else 0.6)
        price += ct * STONE_EUR.get(vsn, 0) * (1 if vsn in ("diamond", "lab", "moissanite") else 0.5)
        if vsn == "pearl":
            price += 25 if cat != "necklace" else 140
        if vsn and vsn.startswith("cz"):
            price += 8
        price = round(price / 10.0) * 10 - 1 if price > 100 else round(price) - 0.1
        price = float(int(price)) if price > 100 else round(price, 2)
        vs.append(Variant([v for v, _ in combo], vc, vsn, float(f"{price:.2f}"), None, grams))
    if rng.random() < 0.15:
        for v in vs:
            v.compare = v.price
            v.price = float(int(v.price * 0.8)) + (0.0 if v.price > 100 else 0.9)
    p["vs"] = vs
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.4
    if cat == "engagement ring" and stone == "sapphire" and rng.random() < 0.6:
        p["other_stones"] = ["diamond"]
    write(rng, p)
    return p


def write(rng, p):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    metal_axis = "Material" in names or "Farbe" in names
    stone_axis = "Stein" in names
    col = wchoice(rng, [("title", 45), ("body", 28), ("tags", 9), ("type", 4), ("photo", 7)])
    if metal_axis:
        col = "options"
    kar = col if col in ("title", "body") else wchoice(rng, [("title", 30), ("body", 45), ("tags", 10), ("none", 15)])
    if col == "options":
        kar = "options"
    if col == "type" and M11[code][2] is None:
        col = "body"
    st = None
    if stone:
        st = wchoice(rng, [("title", 52), ("body", 28), ("tags", 12), ("nowhere", 5)])
        if stone_axis:
            st = "options"
    catl = wchoice(rng, [("title", 88), ("body", 6), ("type", 6)])
    traps = []
    gk = M11[code][2]
    # --- title
    name = p["name"]
    ck = d.get("sub", cat)
    cword = rng.choice(SUB_DE[ck] if ck in SUB_DE else CAT_DE[cat])
    if cat == "necklace" and stone != "pearl":
        cword = "Collier"
    if cat == "necklace" and stone == "pearl" and cword == "Collier" and st != "title":
        pass
    if cword == "Perlenkette" and st not in ("title",):
        cword = "Collier"
    mt = ""
    if col == "title" or kar == "title":
        mt = metal_de(rng, code, col == "title", kar == "title")
    stt = ""
    if st == "title":
        sw = rng.choice(STONE_DE[stone])
        if p.get("carat") and stone in ("diamond", "lab") and rng.random() < 0.6:
            sw += f" {str(p['carat']).replace('.', ',')} ct"
        stt = sw
    if stone in ("cz", "cz red", "cz blue") and rng.random() < 0.45 and st in ("title", "body"):
        traps.append("Brillantschliff")
    form = rng.random()
    if catl != "title":
        cword = ""
    compound = False
    if cword in ("Ring", "Damenring") and col == "title" and gk and rng.random() < 0.6:
        cword = {"Y": "Gelbgoldring", "W": "Weißgoldring", "R": "Roségoldring"}[code[0]]
        compound = True
    elif cword == "Ring" and code in ("S925", "RHS") and col == "title" and rng.random() < 0.6:
        cword, compound = "Silberring", True
    elif cword in ("Ohrstecker", "Stecker") and st == "title" and stone == "pearl" and rng.random() < 0.6:
        cword, stt = "Perlenohrstecker", ""
    if compound:
        mt = STEMP[gk] if (gk and kar == "title" and rng.random() < 0.7) else ""
    if p.get("for") == "men" and cword in ("Ring", "Damenring"):
        cword = rng.choice(["Siegelring", "Herrenring"])
    parts = []
    if cword:
        parts.append(cword)
    parts.append(f"„{name}“" if rng.random() < 0.5 else (f'"{name}"' if rng.random() < 0.5 else name))
    tail = ""
    if mt and stt:
        tail = f" {mt} mit {stt}" if form < 0.6 else f" – {mt}, {stt}"
    elif mt:
        tail = f" {mt}" if form < 0.7 else f" aus {mt}"
    elif stt:
        tail = f" mit {stt}" if form < 0.7 else f", {stt}"
    title = " ".join(parts) + tail
    if not cword and catl == "title":
        title = name
    if compound and mt and form < 0.5:
        title = f"{mt} " + " ".join(parts) + (f" mit {stt}" if stt else "")
    if rng.random() < 0.05:
        title += " "
    if rng.random() < 0.04:
        title = title.upper()
    p["title"] = title
    # --- body
    li = []
    if col == "body" or kar == "body":
        mb = metal_de(rng, code, col == "body", kar == "body")
        if mb:
            li.append(f"<li>Material: {mb}</li>")
        if gk and kar == "body" and rng.random() < 0.4:
            li.append(f"<li>Punze: {STEMP[gk]}</li>")
    elif col in ("title", "tags", "type", "photo", "options") and gk and rng.random() < 0.15 and kar not in ("none", "tags", "options"):
        li.append("<li>Material: Gold</li>")
    if stone and st == "body":
        sw = rng.choice(STONE_DE[stone])
        if p.get("carat"):
            extra = rng.choice([" TW/vs", " TW/si", " W/si", " G/VS1", ""])
            li.append(f"<li>Besatz: {sw}, zus. {str(p['carat']).replace('.', ',')} ct{extra}</li>")
        elif "Brillantschliff" in traps:
            li.append(f"<li>Stein: {sw} im Brillantschliff</li>")
        else:
            li.append(f"<li>Stein: {sw}</li>")
    elif "Brillantschliff" in traps:
        li.append("<li>Schliff: Brillantschliff</li>")
    elif stone in ("diamond", "lab") and st == "title" and rng.random() < 0.5:
        li.append(f"<li>Qualität: {rng.choice(['TW/vs', 'TW/si', 'W/P1', 'G/VS'])}</li>")
    if p.get("other_stones"):
        if st in ("title", "body"):
            li.append("<li>Seitenbesatz: 12 Brillanten</li>")
    if stone == "pearl" and st in ("title", "body") and rng.random() < 0.6:
        li.append(f"<li>Perlengröße: {rng.choice(['6-6,5', '7-7,5', '8-8,5', '5,5-6'])} mm</li>")
    g = p["vs"][0].grams
    gs = f"{g:.1f}".replace(".", ",")
    if gs.replace(",", "") in ("333", "585", "750", "925", "999"):
        gs = f"{g + 0.2:.1f}".replace(".", ",")
    li.append(f"<li>Gewicht: ca. {gs} g</li>")
    if cat == "wedding band":
        li.append("<li>" + ("Preis gilt für das Paar (Damen- und Herrenring)" if p["price_unit"] == "pair" else "Preis pro Ring") + "</li>")
        li.append(f"<li>Breite: {rng.choice(['3', '4', '4,5', '5', '6'])} mm</li>")
    if cat == "chain" and not p["axes"]:
        li.append(f"<li>Länge: {rng.choice([42, 45, 50])} cm, Federringverschluss</li>")
    if cat == "chain" and rng.random() < 0.5 and catl != "title":
        pass
    opener = {"wedding band": "Unsere Trauringe werden in der Werkstatt in Haidhausen für Sie angefertigt.",
              "engagement ring": "Ein Verlobungsring für den großen Moment.",
              "ring": "Ein Ring für jeden Tag.", "earrings": "Leichte Ohrringe, paarweise.",
              "chain": "Klassische Halskette, auch als Kette für Anhänger.", "pendant": "Ein Anhänger zum Verschenken.",
              "necklace": "Ein Collier, das zu allem passt.", "bracelet": "Ein zartes Armband.",
              "bangle": "Ein schlichter Armreif zum Aufstecken.", "anklet": "Ein Fußkettchen für den Sommer.",
              "brooch": "Eine Brosche im Stil der 20er Jahre."}[cat]
    first = opener if (catl == "body" or rng.random() < 0.4) else rng.choice([
        "Handgefertigt in München.", "Aus unserer Werkstatt am Wiener Platz.", "Jedes Stück ein Unikat.",
        "Lieferung im Etui, versandkostenfrei ab 50 €."])
    if catl == "type":
        first = rng.choice(["Handgefertigt in München.", "Aus unserer Werkstatt am Wiener Platz.", "Jedes Stück ein Unikat."])
    if cat == "pendant":
        li.append("<li>" + ("Lieferung mit passender Ankerkette (45 cm)" if p["sold_with_chain"] else "Lieferung ohne Kette") + "</li>")
    if cat == "chain" and rng.random() < 0.5 and stone is None:
        if rng.random() < 0.6:
            li.append("<li>Oberfläche diamantiert</li>")
            traps.append("diamantiert")
    bits = [f"<p>{first}</p>", "<ul>" + "".join(li) + "</ul>"]
    if rng.random() < 0.3:
        bits.append(f"<p><em>{rng.choice(['Gravur auf Anfrage möglich.', 'Lieferzeit ca. 3-4 Wochen.', 'Abweichungen in Farbe und Struktur sind naturbedingt.', 'Auch in anderen Größen auf Anfrage.'])}</em></p>")
    p["body"] = "\n".join(bits)
    # --- tags
    tags = rng.sample(["Geschenk", "Neu", "Bestseller", "Hochzeit", "Muttertag", "Weihnachten", "Handarbeit", "Made in München", "Klassiker", "sale"], k=rng.randint(1, 3))
    if col == "tags":
        tags.append({"Y": "Gelbgold", "W": "Weißgold", "R": "Roségold"}.get(code[0], "") if gk else
                    {"PT": "Platin", "S925": "Silber", "RHS": "Silber", "GPS": "vergoldet", "RGPS": "rosévergoldet", "ST": "Edelstahl"}[code])
    if kar == "tags" and gk:
        tags.append(rng.choice([STEMP[gk], f"{gk}kt", f"{STEMP[gk]}er Gold"]))
    if st == "tags":
        tags.append({"diamond": "Brillant", "lab": "Labordiamant", "moissanite": "Moissanit", "sapphire": "Saphir",
                     "amethyst": "Amethyst", "garnet": "Granat", "topaz": "Topas", "aquamarine": "Aquamarin", "peridot": "Peridot",
                     "pearl": "Perlen", "cz": "Zirkonia", "cz red": "Zirkonia", "cz blue": "Zirkonia", "emerald": "Smaragd",
                     "ruby": "Rubin"}[stone])
    if p.get("for") == "men":
        tags.append("Herren")
    if "sale" in tags and not any(v.compare for v in p["vs"]):
        tags.remove("sale")
    p["tags"] = tags
    # --- type
    typ = rng.choice(TYPE_DE[cat])
    if catl == "type" and not typ:
        typ = TYPE_DE[cat][0]
    if col == "type":
        typ = {"Y": "Gelbgoldschmuck", "W": "Weißgoldschmuck", "R": "Roségoldschmuck"}[code[0]]
    if typ == "Perlenschmuck" and stone != "pearl":
        typ = "Colliers"
    p["type"] = typ
    p["traps"] = traps
    p["locs"] = dict(colour=col, karat=kar, stone=st, cat=catl)


def opts_text(axes):
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in axes)


def pspec(p, code, stone):
    cat = p["cat"]
    st = p.get("style") or p["d"]["style"]
    pend = None
    if cat == "pendant":
        pend = {None: "heart", "diamond": "solitaire", "cz": "solitaire"}.get(stone, "round")
        if "Medaillon" in p["title"]:
            pend = "locket"
    if cat == "ring" and not p.get("style"):
        st = {None: "band", "diamond": "stacking", "cz": "stacking"}.get(stone, "bezel")
    if cat == "bracelet" and stone:
        st = "tennis" if stone != "pearl" else "bead"
    if cat == "necklace" and stone != "pearl":
        st = "diamond"
    if cat == "bangle":
        st = None
    return render_spec(cat, code, stone, st, pend, p.get("sold_with_chain"))


def build(OUT, images=True, seed=1158):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "mun_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    names = list(LAKES) * 4
    rng.shuffle(names)
    prods, serial = [], 1040
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            prods.append(make(rng, d, i, serial, names))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"].replace("„", " ").replace("“", " ").replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
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
    broken = set(idx[5:8])
    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        pr = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        main = pspec(p, p["code"], p["stone"])
        base = f"GL{p['serial']}" if pr.random() < 0.5 else h
        imgs = [(f"{base}_{pr.choice(['a', 'b', 'c'])}.jpg" if is_broken else f"{base}.jpg", None if is_broken else main, 5000 + p["serial"])]
        var_img, ax_i = {}, None
        for a, (nm, vals) in enumerate(p["axes"]):
            if nm in ("Material", "Farbe", "Stein"):
                ax_i = a
        if ax_i is not None and not is_broken:
            nm, vals = p["axes"][ax_i]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = pspec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                if sp["metal"] == main["metal"] and sp.get("stone") == main.get("stone"):
                    var_img[val] = imgs[0][0]
                    continue
                fn = f"{base}-{slugify(val.replace('ß', 'ss').replace('é', 'e'))}.jpg"
                imgs.append((fn, sp, 5000 + p["serial"] + 17 * j))
                var_img[val] = fn
        if not is_broken and pr.random() < 0.3:
            sp = dict(main)
            sp["background"] = pr.choice(["white", "cream", "marble", "velvet"])
            imgs.append((f"{base}_detail.jpg", sp, 6000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={1716800000 + p['serial'] * 977 + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["vs"]
        names = [a[0] for a in p["axes"]]
        intl = pr.random() < 0.25
        for v in vs:
            v.sku = "" if pr.random() < 0.06 else f"GL-{p['serial']}" + "".join("-" + slugify(o.replace("ß", "ss").replace("é", "e").replace("ö", "oe")).upper().replace("-", "")[:6] for o in v.opts)
            if intl:
                v.extra["price_international"] = float(int(v.price * 1.06)) if v.price > 100 else round(v.price + 3, 2)
        mat = {"gold": "gold", "silver": "silver", "platinum": "platinum", "steel": "stainless-steel"}.get(
            {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver", "platinum": "platinum",
             "stainless steel": "steel"}.get(M11[p["code"]][0], ""), "")
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": pr.choice(["Goldschmiede Lindner", "Goldschmiede Lindner", "Lindner München", "GSL"]),
                          "Product Category": TAXO[p["cat"]] if pr.random() < 0.75 else "", "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["status"] == "active" else "FALSE", "Gift Card": "FALSE", "Status": p["status"]})
                if pr.random() < 0.3 and mat and p["locs"]["colour"] != "photo":
                    r["Jewelry material (product.metafields.shopify.jewelry-material)"] = mat
                if p.get("for") == "men":
                    r["Target gender (product.metafields.shopify.target-gender)"] = "male"
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if pr.random() < 0.3:
                    r["SEO Title"] = p["title"].strip() + " | Goldschmiede Lindner München"
                    r["SEO Description"] = "Schmuck aus der Goldschmiede in München-Haidhausen. Kostenloser Versand innerhalb Deutschlands."
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))), "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Policy": "continue" if p["cat"] in ("wedding band", "engagement ring") else "deny",
                          "Variant Fulfillment Service": "manual", "Variant Price": money(v.price),
                          "Variant Compare At Price": money(v.compare) if v.compare else "", "Variant Requires Shipping": "TRUE",
                          "Variant Taxable": "TRUE", "Variant Weight Unit": "g", "Included / Germany": "TRUE",
                          "Included / International": "TRUE" if p["cat"] != "wedding band" else "FALSE"})
                if intl:
                    r["Price / International"] = money(v.extra["price_international"])
                if ax_i is not None and v.opts[ax_i] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[ax_i]]]
                if pr.random() < 0.1:
                    r["Cost per item"] = money(round(v.price * 0.45, 2))
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"].strip() if pr.random() < 0.35 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        t = truth_record(p, vs, names, CURRENCY, is_broken, main, None if is_broken else "images/" + imgs[0][0],
                         url[imgs[0][0]], ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        if intl:
            for tv, v in zip(t["variant_list"], vs):
                tv["price_international"] = v.extra["price_international"]
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + (TAXO[p["cat"]] if rows[-nrows]["Product Category"] else "")).strip(),
                  "tags": ", ".join(p["tags"]), "options": opts_text(p["axes"])}
        ev, probs = evidence(t, fields, not is_broken, p["traps"], may_gems=("diamond",) if p.get("other_stones") else ())
        if probs:
            raise SystemExit(f"mun {h}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
