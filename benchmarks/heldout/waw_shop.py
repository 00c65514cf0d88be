"""Plan of the Warsaw shop: Pracownia Wilcza 17, a family goldsmith on ul. Wilcza (PLN, Polish).

Shopify admin product export in the current (2024-25) layout: `Title`, `URL handle`,
`Description`, `Product category`, `Price`, `Compare-at price`, `Product image URL`,
`Variant image URL`, `Weight value (grams)`, `Option1 Linked To`, a market price column
(`Price / International`, in EUR: not the shop's PLN price) and four standard
metafield columns.  First row of a product carries the product fields, further rows
carry variants (options + price) or extra images only.

Polish conventions: gold by hallmark fineness (proba 585 = 14 ct, 750 = 18 ct,
333 = 8 ct), `srebro 925` / `Ag 925`, `srebro pozlacane` (gold-plated silver),
`brylant` (brilliant-cut diamond), `cyrkonia` (CZ), `bursztyn` (Baltic amber),
ring sizes 9-22, prices like `1 299,00 zl` in text.
"""

from __future__ import annotations

import os
import random

import render
from tenth_common import (FMETALS, FSTONES, make_variants, money, read_evidence, slugify, truth_record, wchoice)

HOST = "https://cdn.heldout-waw.example/s/files/1/0712/4471/files/"
CURRENCY = "PLN"
SEED = 1791  # Constitution of 3 May
EUR_RATE = 4.28

HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
    "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
    "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Price / International",
    "Compare-at price", "Compare-at price / International", "Cost per item", "Charge tax", "Tax code",
    "Unit price total measure", "Unit price total measure unit", "Unit price base measure",
    "Unit price base measure unit", "Inventory tracker", "Inventory quantity", "Continue selling when out of stock",
    "Weight value (grams)", "Weight unit for display", "Requires shipping", "Fulfillment service",
    "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card", "SEO title",
    "SEO description", "Color (product.metafields.shopify.color-pattern)",
    "Jewelry material (product.metafields.shopify.jewelry-material)",
    "Jewelry type (product.metafields.shopify.jewelry-type)",
    "Target gender (product.metafields.shopify.target-gender)",
]

TAXONOMY = {
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces", "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "chain": "Apparel & Accessories > Jewelry > Necklaces", "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets", "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

# PLN per gram of finished piece and per-piece work
GRAM = {"Y14": 420, "W14": 440, "R14": 430, "Y18": 560, "W18": 580, "Y8": 240, "S925": 14, "GPS": 18, "RGPS": 18}
WORK = {"Y14": 180, "W14": 220, "R14": 200, "Y18": 300, "W18": 320, "Y8": 120, "S925": 60, "GPS": 80, "RGPS": 80}
STONE_PLN = {None: 0, "diamond": 5200, "cz": 15, "navy cz": 15, "red cz": 15, "green cz": 15, "pearl": 60, "amber": 45,
             "green amber": 60, "ruby": 900, "blue sapphire": 1100, "amethyst": 90, "garnet": 70, "emerald": 1300,
             "london topaz": 110, "moissanite": 700}

# how the shop names a stone: (with-phrase, nominative, tag)
STONE_PL = {
    "diamond": [("z brylantem", "brylant", "brylanty"), ("z diamentem", "diament", "diamenty")],
    "cz": [("z cyrkonią", "cyrkonia", "cyrkonie"), ("z cyrkoniami", "cyrkonie", "cyrkonie")],
    "navy cz": [("z granatową cyrkonią", "granatowa cyrkonia", "cyrkonie")],
    "red cz": [("z czerwoną cyrkonią", "czerwona cyrkonia", "cyrkonie")],
    "green cz": [("z zieloną cyrkonią", "zielona cyrkonia", "cyrkonie")],
    "pearl": [("z perłą", "perła słodkowodna", "perły"), ("z perłami", "perły", "perły")],
    "amber": [("z bursztynem", "bursztyn bałtycki", "bursztyn"), ("z bursztynem koniakowym", "bursztyn koniakowy", "bursztyn")],
    "green amber": [("z zielonym bursztynem", "zielony bursztyn", "bursztyn")],
    "ruby": [("z rubinem", "rubin", "rubiny")],
    "blue sapphire": [("z szafirem", "szafir", "szafiry"), ("z niebieskim szafirem", "szafir niebieski", "szafiry")],
    "amethyst": [("z ametystem", "ametyst", "ametyst")],
    "garnet": [("z granatem", "granat", "granat")],
    "emerald": [("ze szmaragdem", "szmaragd", "szmaragdy")],
    "london topaz": [("z topazem London Blue", "topaz London Blue", "topaz")],
    "moissanite": [("z moissanitem", "moissanit", "moissanit")],
}

# reading Polish (applied in order to lower-cased plain text)
GLOSSARY = [
    (r"pokryt\w* różowym złotem|różowo[ -]?złocon\w*|pozłacan\w* różowym złotem", " rose gold plated "),
    (r"pokryt\w* złotem|pozłac\w*|złocon\w*", " gold plated "),
    (r"(białe|białego|biał\w*) złot\w*|złot\w*:? biał\w*", " white gold "),
    (r"(żółte|żółtego|żółt\w*) złot\w*|złot\w*:? żółt\w*", " yellow gold "),
    (r"(różowe|różowego|różow\w*) złot\w*|złot\w*:? różow\w*", " rose gold "),
    (r"złot\w*", " gold "),
    (r"srebr\w*", " silver "),
    (r"platyn\w*", " platinum "),
    (r"bransolet\w* na (nogę|kostkę)|łańcusz\w* na (nogę|kostkę)", " anklet "),
    (r"bransolet\w* sztywn\w*|sztywn\w* bransolet\w*", " bangle "),
    (r"bransolet\w*", " bracelet "),
    (r"pierścion\w* zaręczyn\w*", " engagement ring "),
    (r"zaręczyn\w*", " engagement "),
    (r"pierścion\w*|sygnet\w*", " ring "),
    (r"obrącz\w*", " wedding band "),
    (r"naszyjnik\w*|celebryt\w*|kolia\b", " necklace "),
    (r"zawiesz\w*|wisior\w*|wisiork\w*|medalik\w*", " pendant "),
    (r"diamentowan\w*", " sparkle-cut "),
    (r"łańcusz\w*", " chain "),
    (r"kolczyk\w*", " earrings "),
    (r"sztyft\w*", " studs "),
    (r"\bkoła\b|\bkółka\b", " hoops "),
    (r"broszk\w*|brosz\w*", " brooch "),
    (r"brylant\w*|diament\w*", " diamond "),
    (r"cyrkoni\w*", " cz "),
    (r"rubin\w*", " ruby "),
    (r"szmaragd\w*", " emerald "),
    (r"szafir\w*", " sapphire "),
    (r"\bperł\w*|\bperel\w*", " pearl "),
    (r"bursztyn\w*", " amber "),
    (r"ametyst\w*", " amethyst "),
    (r"granatow\w*", " navy blue "),
    (r"granat\w*", " garnet "),
    (r"topaz\w*", " topaz "),
    (r"moissanit\w*", " moissanite "),
    (r"bez kamieni\w*|bez kamienia|gładk\w*", " no stones "),
    (r"czerwon\w*", " red "), (r"zielon\w*", " green "), (r"niebiesk\w*", " blue "), (r"różow\w*", " pink "),
    (r"biał\w*", " white "), (r"fiolet\w*", " purple "), (r"żółt\w*", " yellow "), (r"czarn\w*", " black "),
    (r"koniakow\w*|miodow\w*", " orange "),
]


def D(key, cat, n, names, kind, style, metals, stones, grams, types, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             types=types, axes=list(axes))
    d.update(kw)
    return d


GOLD = [("Y14", 5), ("W14", 2), ("R14", 1), ("Y8", 2)]
SILV = [("S925", 5), ("GPS", 2)]
DESIGNS = [
    D("engagement", "engagement ring", 12, ["Klasyk", "Solitaire", "Księżna", "Aurora", "Halo", "Stella", "Mazurka"], "engagement ring", "solitaire",
      [("W14", 5), ("Y14", 2), ("R14", 2), ("W18", 2), ("S925", 1)], [("diamond", 7), ("blue sapphire", 2), ("ruby", 1), ("moissanite", 1), ("emerald", 1)],
      (2.2, 4), ["Pierścionki zaręczynowe", "Pierścionki", ""], axes=[("rsize", 0.8), ("gcol", 0.35)]),
    D("bands", "wedding band", 8, ["Klasyczna", "Półokrągła", "Płaska", "Satynowana", "Z brylantem", "Diamentowana"], "wedding band", "wedding",
      [("Y14", 4), ("W14", 2), ("R14", 1), ("Y8", 2)], [(None, 6), ("diamond", 2)], (3, 6), ["Obrączki", "Obrączki ślubne"],
      axes=[("rsize", 1.0)]),
    D("ring", "ring", 12, ["Bałtyk", "Róża", "Kropla", "Sygnet", "Wrzos", "Listek", "Warkocz", "Vintage"], "ring", "cocktail",
      GOLD + SILV, [(None, 3), ("cz", 3), ("amber", 2), ("amethyst", 1), ("garnet", 1), ("navy cz", 1), ("london topaz", 1)],
      (1.5, 5), ["Pierścionki", "Pierścionki", "Biżuteria"], axes=[("rsize", 0.75)]),
    D("studs", "earrings", 8, ["Kropelki", "Serduszka", "Gwiazdki", "Kulki", "Koniczynki", "Punkt"], "earrings", "stud",
      GOLD + SILV, [(None, 2), ("cz", 3), ("pearl", 2), ("diamond", 1), ("navy cz", 1), ("amber", 1)], (0.6, 2),
      ["Kolczyki", "Kolczyki", "Biżuteria"], kw_style="sztyfty"),
    D("hoops", "earrings", 5, ["Koła", "Kółka", "Koła z cyrkoniami", "Ringi"], "earrings", "hoop",
      [("Y14", 3), ("S925", 3), ("GPS", 2), ("Y8", 1)], [(None, 3), ("cz", 1)], (1, 4), ["Kolczyki"], kw_style="koła"),
    D("drops", "earrings", 5, ["Łezki", "Wiszące Bursztyny", "Chwosty", "Perłowe Krople"], "earrings", "drop",
      [("S925", 4), ("GPS", 2), ("Y14", 2)], [("amber", 3), ("pearl", 2), ("green amber", 1), ("red cz", 1)], (2, 6),
      ["Kolczyki", "Bursztyn"], kw_style="wiszące"),
    D("necklace", "necklace", 8, ["Celebrytka Serce", "Celebrytka Koniczyna", "Sznur Pereł", "Kolia Bursztynowa", "Celebrytka Literka", "Riviera"], "necklace", "tennis",
      [("S925", 4), ("GPS", 2), ("Y14", 3)], [("pearl", 2), ("amber", 2), ("cz", 3), (None, 1)], (2, 14), ["Naszyjniki", "Naszyjniki", "Celebrytki"],
      axes=[("len", 0.4)]),
    D("pendant", "pendant", 12, ["Medalik Matka Boska", "Medalik Chrzest", "Krzyżyk", "Serce", "Kropla", "Literka", "Bursztynowy Liść", "Aniołek"], "pendant", "coin",
      GOLD + SILV, [(None, 5), ("amber", 2), ("cz", 2), ("diamond", 1), ("blue sapphire", 1)], (0.8, 3.5),
      ["Zawieszki", "Zawieszki", "Medaliki", ""], axes=[("chainopt", 0.3)]),
    D("chain", "chain", 8, ["Pancerka", "Splot Singapur", "Splot Kordel", "Lisi Ogon", "Ankier", "Pancerka Diamentowana", "Splot Figaro"], "chain", "curb",
      [("Y14", 4), ("S925", 3), ("Y8", 2), ("GPS", 1)], [(None, 1)], (2, 12), ["Łańcuszki"], axes=[("len", 0.9)]),
    D("bracelet", "bracelet", 10, ["Tenisowa", "Pancerka", "Z Bursztynem", "Celebrytka", "Perłowa", "Serduszka", "Ankier"], "bracelet", "chain",
      [("S925", 4), ("GPS", 2), ("Y14", 3), ("Y8", 1)], [(None, 4), ("cz", 2), ("amber", 2), ("pearl", 1)], (2, 9),
      ["Bransoletki"], axes=[("blen", 0.4)]),
    D("bangle", "bangle", 5, ["Sztywna Gładka", "Sztywna Młotkowana", "Otwarta", "Bangle"], "cuff", None,
      [("S925", 4), ("Y14", 1), ("GPS", 1)], [(None, 4), ("amber", 1)], (8, 22), ["Bransoletki", "Bransolety"]),
    D("anklet", "anklet", 3, ["Letnia", "Z kuleczkami", "Ankier"], "anklet", None, [("S925", 3), ("GPS", 1)], [(None, 1)], (1.5, 4),
      ["Bransoletki", "Biżuteria na nogę"]),
    D("brooch", "brooch", 3, ["Ważka", "Bursztynowa", "Kwiat"], "brooch", "flower", [("S925", 2), ("GPS", 1)], [("amber", 2), (None, 1)], (4, 10),
      ["Broszki", "Bursztyn"]),
]

KIND_PL = {"engagement ring": ["Pierścionek zaręczynowy"], "wedding band": ["Obrączka", "Obrączka ślubna"],
           "ring": ["Pierścionek"], "earrings": ["Kolczyki"], "necklace": ["Naszyjnik"], "pendant": ["Zawieszka", "Wisiorek"],
           "chain": ["Łańcuszek"], "bracelet": ["Bransoletka"], "bangle": ["Bransoletka sztywna", "Bransoleta sztywna"],
           "anklet": ["Bransoletka na nogę", "Łańcuszek na kostkę"], "brooch": ["Broszka"]}

AXES = {
    "rsize": ("Rozmiar", [(str(s), 0.94 + 0.01 * (s - 9)) for s in range(9, 23)]),
    "len": ("Długość", [("40 cm", 0.9), ("42 cm", 0.95), ("45 cm", 1.0), ("50 cm", 1.1), ("55 cm", 1.2)]),
    "blen": ("Długość", [("17 cm", 0.95), ("19 cm", 1.0), ("21 cm", 1.05)]),
}

TAGS_EXTRA = ["prezent", "na komunię", "na chrzest", "dla niej", "nowość", "bestseller", "Dzień Matki", "walentynki", "ręcznie robione"]


def pln(x):
    if x < 300:
        return float(int(x / 10) * 10 + 9)
    if x < 3000:
        return float(int(x / 10) * 10 + 9)
    return float(int(round(x / 100.0)) * 100 - 1)


def metal_phrase(rng, code, colour, karat):
    if code in ("S925",):
        return rng.choice(["srebro 925", "srebro próby 925", "Ag 925", "srebrne"]) if colour else ""
    if code == "GPS":
        return rng.choice(["srebro pozłacane", "srebro 925 pokryte złotem", "złocone srebro"]) if colour else ""
    if code == "RGPS":
        return "srebro pokryte różowym złotem" if colour else ""
    fin = {"Y14": "585", "W14": "585", "R14": "585", "Y18": "750", "W18": "750", "Y8": "333"}[code]
    cw = {"Y": "żółte", "W": "białe", "R": "różowe"}[code[0]]
    if colour and karat:
        return rng.choice([f"{cw} złoto {fin}", f"{cw} złoto próby {fin}", f"{cw} złoto pr. {fin}"])
    if colour:
        return f"{cw} złoto"
    if karat:
        return rng.choice([f"złoto {fin}", f"złoto próby {fin}", f"Au {fin}"])
    return "złoto"


def stone_choice(rng, stone):
    return rng.choice(STONE_PL[stone])


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    traps = []
    if "Bursztyn" in name:
        stone = "amber" if stone not in ("green amber",) else stone
    if "Per" in name:
        stone = "pearl"
    if "z brylantem" in name.lower():
        stone = "diamond"
    if "cyrkoniami" in name:
        stone = "cz"
    if name in ("Riviera", "Tenisowa"):
        stone = "cz"
    if "Diamentowana" in name:
        stone = None if d["cat"] == "chain" else stone
        traps.append("sparkle-cut")
    if code in ("S925", "GPS") and stone in ("diamond", "emerald", "ruby", "blue sapphire"):
        stone = rng.choice(["cz", "amber"]) if d["cat"] != "engagement ring" else "cz"
    if code == "Y8" and stone == "diamond":
        code = "Y14"
    p.update(code=code, stone=stone, name=name, traps=traps)
    p["grams"] = round(rng.uniform(*d["grams"]), 2)
    if stone == "diamond":
        p["carat"] = rng.choice([0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7]) if d["cat"] == "engagement ring" else rng.choice([0.01, 0.02, 0.03, 0.05, 0.08, 0.1])
    elif stone == "moissanite":
        p["carat"] = rng.choice([0.5, 0.8, 1.0])
    if d["cat"] == "pendant":
        p["sold_with_chain"] = False
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "rsize":
                a = rng.randint(0, 5)
                vals = vals[a:a + rng.randint(5, 9)]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "gcol" and code in ("W14", "Y14", "R14"):
            alts = [code] + [c for c in ("Y14", "W14", "R14") if c != code]
            lab = {"Y14": "złoto żółte", "W14": "złoto białe", "R14": "złoto różowe"}
            axes.append(("Kolor złota", [(lab[c], {"code": c}) for c in alts]))
        elif ax == "chainopt":
            axes.append(("Wariant", [("Sama zawieszka", {"f": 1.0}), ("Z łańcuszkiem 45 cm", {"f": 1.0, "chain": True})]))
    p["axes"] = axes

    def price_of(pp, c, s, grams, f):
        base = grams * GRAM[c] + WORK[c]
        if s == "diamond":
            base += STONE_PLN[s] * pp["carat"] * (1 + 2 * pp["carat"]) * 3
        elif s == "moissanite":
            base += STONE_PLN[s] * pp["carat"]
        else:
            base += STONE_PLN[s]
        pr = pln(base)
        comp = pln(base * 1.25) if pp.get("sale") else None
        return pr, comp

    p["sale"] = rng.random() < 0.15
    vs = make_variants(rng, p, axes, price_of, f"W17-{serial:03d}-")
    if any(nm == "Wariant" for nm, _ in axes):
        for v in vs:
            if "łańcuszkiem" in " ".join(v.opts):
                add = 89 if v.code in ("S925", "GPS", "RGPS") else 790
                v.price = pln(v.price + add)
                v.compare = pln(v.compare + add) if v.compare else None
    p["eur"] = rng.random() < 0.4
    p["variants"] = vs
    p["names"] = [nm for nm, _ in axes]

    # where the facts are written
    has_gcol = any(nm == "Kolor złota" for nm, _ in axes)
    col_loc = "options" if has_gcol and rng.random() < 0.6 else wchoice(rng, [("title", 45), ("body", 22), ("tags", 8), ("meta", 7), ("photo", 10)])
    kar_loc = wchoice(rng, [("title", 45), ("body", 35), ("tags", 5), ("nowhere", 15)]) if FMETALS[code][2] else None
    st_loc = wchoice(rng, [("title", 55), ("body", 22), ("tags", 8), ("nowhere", 8)]) if stone else None
    if stone and "Bursztyn" in name:
        st_loc = "title"
    cat_loc = wchoice(rng, [("title", 88), ("body", 6), ("type", 6)])
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    p["meta"] = {}
    if col_loc == "meta":
        p["meta"]["material"] = {"Y14": "yellow-gold", "W14": "white-gold", "R14": "rose-gold", "Y18": "yellow-gold", "W18": "white-gold",
                                 "Y8": "yellow-gold", "S925": "sterling-silver", "GPS": "gold-plated", "RGPS": "rose-gold-plated"}[code]
    elif rng.random() < 0.25 and col_loc not in ("photo",):
        p["meta"]["material"] = {"S925": "sterling-silver", "GPS": "gold-plated", "RGPS": "rose-gold-plated"}.get(code, "gold")
    # title
    kw = rng.choice(KIND_PL[d["cat"]])
    lname = name
    if d["cat"] == "necklace" and name.startswith(("Celebrytka", "Kolia", "Sznur")):
        kw = ""  # the name itself says the kind
    if d["cat"] == "chain" and name.startswith(("Pancerka", "Splot", "Lisi", "Ankier")):
        kw = "Łańcuszek"
    if cat_loc != "title":
        if d["cat"] == "necklace" and not kw:
            lname = {"Celebrytka Serce": "Serce", "Celebrytka Koniczyna": "Koniczyna", "Celebrytka Literka": "Literka",
                     "Sznur Pereł": "Perłowy sznur", "Kolia Bursztynowa": "Bursztynowa"}.get(name, name)
        kw = ""
        if d["cat"] in ("bangle", "anklet") and ("Bransolet" in lname or "Bangle" in lname):
            lname = "Gładka" if "Bangle" not in lname else "Model B"
        if d["cat"] == "wedding band" and "brylant" in lname.lower():
            lname = "Model Iskra"
    if d["cat"] == "earrings" and kw and rng.random() < 0.5 and d.get("kw_style") and d["kw_style"].lower() not in name.lower():
        kw = f"Kolczyki {d['kw_style']}"
    swith = ""
    if stone and st_loc == "title" and not any(w in name.lower() for w in ("bursztyn", "perł", "cyrkon", "brylant")):
        swith = stone_choice(rng, stone)[0]
    mt = ""
    if col_loc == "title" or kar_loc == "title":
        mt = metal_phrase(rng, code, col_loc == "title", kar_loc == "title")
    parts = [x for x in (kw, f"„{lname}”" if kw and rng.random() < 0.3 else lname, swith) if x]
    title = " ".join(parts)
    if mt:
        title = f"{title}, {mt}" if rng.random() < 0.6 else f"{title} – {mt}"
    p["title"] = title[0].upper() + title[1:]
    # body
    body = []
    kwb = rng.choice(KIND_PL[d["cat"]]).lower()
    if cat_loc == "body" or rng.random() < 0.5:
        body.append(f"<p>{kwb.capitalize()} z naszej pracowni przy ul. Wilczej. Ręczna robota, wysoki połysk.</p>")
    else:
        body.append(f"<p>{rng.choice(['Ponadczasowy model na co dzień.', 'Idealny na prezent.', 'Klasyka, która nie wychodzi z mody.', 'Delikatny i lekki.'])}</p>")
    li = []
    if col_loc == "body" or kar_loc == "body":
        li.append(f"<li>Materiał: {metal_phrase(rng, code, col_loc == 'body', kar_loc == 'body')}</li>")
    if stone and st_loc == "body":
        nom = stone_choice(rng, stone)[1]
        ct = f" {str(p['carat']).replace('.', ',')} ct" if p.get("carat") else ""
        li.append(f"<li>Kamień: {nom}{ct}</li>")
    elif stone and st_loc == "title" and p.get("carat"):
        li.append(f"<li>Masa kamienia: {str(p['carat']).replace('.', ',')} ct</li>")
    if stone == "diamond" and st_loc in ("title", "body") and rng.random() < 0.5:
        li.append(f"<li>Barwa {rng.choice(['G', 'H'])}, czystość {rng.choice(['SI1', 'VS2', 'VS1'])}</li>")
    li.append(f"<li>Waga: ok. {str(round(vs[0].grams, 2)).replace('.', ',')} g</li>")
    if d["cat"] == "pendant":
        li.append("<li>Cena za samą zawieszkę, łańcuszek do dokupienia</li>" if not axes or all(nm != "Wariant" for nm, _ in axes) else "<li>Do wyboru z łańcuszkiem lub bez</li>")
    if d["cat"] == "wedding band":
        li.append("<li>Cena za 1 sztukę</li>")
    if d["cat"] in ("engagement ring", "wedding band", "ring") and axes:
        li.append("<li>Rozmiar ustalamy według polskiej numeracji (obwód w mm minus 40)</li>")
    if rng.random() < 0.35:
        li.append("<li>" + rng.choice(["Certyfikat autentyczności w komplecie", "Pudełko prezentowe gratis", "Wysyłka w 48 h", "Grawer gratis"]) + "</li>")
    body.append("<ul>" + "".join(li) + "</ul>")
    if rng.random() < 0.3 and len(vs) == 1:
        body.append(f"<p>Cena: {fmt_pln(vs[0].price)}</p>")
    p["body"] = "\n".join(body)
    # tags
    tags = rng.sample(TAGS_EXTRA, k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"Y14": "złoto żółte", "W14": "białe złoto", "R14": "różowe złoto", "Y18": "złoto żółte", "W18": "białe złoto",
                     "Y8": "złoto żółte", "S925": "srebro", "GPS": "srebro pozłacane", "RGPS": "srebro różowe złoto"}[code] if code != "RGPS" else "srebro pokryte różowym złotem")
    if kar_loc == "tags":
        tags.append({"Y14": "585", "W14": "585", "R14": "585", "Y18": "750", "W18": "750", "Y8": "333"}[code])
    if st_loc == "tags":
        tags.append(stone_choice(rng, stone)[2])
    if d["cat"] == "engagement ring":
        tags.append("zaręczyny")
    p["tags"] = tags
    types = [t for t in d["types"] if "Bursztyn" not in t or (stone or "").endswith("amber")] or [d["types"][0]]
    p["type"] = rng.choice(types) if cat_loc != "type" else d["types"][0]
    if cat_loc == "type" and not p["type"]:
        p["type"] = "Pierścionki"
    return p


def fmt_pln(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} zł"


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    if d["kind"] == "pendant":
        spec["pendant"] = "solitaire" if stone == "diamond" else "heart" if "Serce" in p["name"] else "drop" if stone else "coin"
        spec["chain"] = False
    elif d["kind"] == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else "tennis" if stone == "cz" else "haar" if stone else "layered"
    elif d["kind"] == "bracelet":
        spec["style"] = {"cz": "tennis", "pearl": "bead", "amber": "charm"}.get(stone, "curb" if p["serial"] % 2 else "chain")
    elif d["kind"] == "ring" and d["key"] == "ring":
        spec["style"] = "signet" if "Sygnet" in p["name"] else "cocktail" if stone else "plain"
    elif d["kind"] == "chain":
        spec["style"] = "rope" if "Kordel" in p["name"] else "box" if "Singapur" in p["name"] else "curb"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "waw_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"].replace("ł", "l").replace("Ł", "L"))
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "active"
    for k in idx[:4]:
        prods[k]["status"] = "draft"
    for k in idx[4:6]:
        prods[k]["status"] = "archived"
    broken = set(idx[6:9])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        h = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []  # (filename, spec, seed)
        ver = prng.randint(1690000000, 1740000000)
        if is_broken:
            imgs.append((prng.choice([f"{h}.jpg", f"IMG_{prng.randint(1000, 9999)}.jpg", f"{h}_1.webp"]), None, None))
        else:
            imgs.append((f"{h}.jpg" if prng.random() < 0.7 else f"W17_{p['serial']:03d}_a.jpg", main_spec, 61000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((f"{h}-2.jpg", sp, 63000 + p["serial"]))
        vimg = {}
        gax = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Kolor złota"), None)
        if gax is not None and not is_broken:
            nm, vals = p["axes"][gax]
            vimg[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                fn = f"{h}-{slugify(val)}.jpg"
                imgs.append((fn, render_spec(p, mod["code"], p["stone"]), 65000 + p["serial"] * 7 + j))
                vimg[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = lambda fn: f"{HOST}{fn}?v={ver}"  # noqa: E731
        vs = p["variants"]
        names = p["names"]
        d = p["d"]
        first = True
        for j, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            if first:
                r.update({"Title": p["title"], "Description": p["body"], "Vendor": "Pracownia Wilcza 17" if prng.random() < 0.8 else "Wilcza 17",
                          "Product category": TAXONOMY[p["cat"]] if (prng.random() < 0.6 or p["locs"]["cat"] == "type") else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published on online store": "TRUE" if p["status"] == "active" else "FALSE", "Status": p["status"],
                          "Gift card": "FALSE", "SEO title": "", "SEO description": "",
                          "Jewelry material (product.metafields.shopify.jewelry-material)": p["meta"].get("material", ""),
                          "Jewelry type (product.metafields.shopify.jewelry-type)": {"engagement ring": "engagement-rings", "wedding band": "wedding-rings"}.get(p["cat"], "") if prng.random() < 0.5 else "",
                          "Target gender (product.metafields.shopify.target-gender)": "female" if prng.random() < 0.3 else ""})
                if not names:
                    r["Option1 name"], r["Option1 value"] = "Title", "Default Title"
            for a, nm in enumerate(names):
                if first:
                    r[f"Option{a + 1} name"] = nm
                r[f"Option{a + 1} value"] = v.opts[a]
            r.update({"SKU": v.sku if prng.random() < 0.85 else "", "Price": money(v.price), "Compare-at price": money(v.compare) if v.compare else "",
                      "Charge tax": "TRUE", "Inventory tracker": "shopify", "Inventory quantity": str(prng.randint(0, 6)),
                      "Continue selling when out of stock": "CONTINUE" if d["cat"] in ("engagement ring", "wedding band") else "DENY",
                      "Weight value (grams)": f"{round(v.grams, 1)}", "Weight unit for display": "g", "Requires shipping": "TRUE",
                      "Fulfillment service": "manual"})
            if p.get("eur"):
                r["Price / International"] = money(round(v.price / EUR_RATE) - 0.01)
                r["Compare-at price / International"] = money(round(v.compare / EUR_RATE) - 0.01) if v.compare else ""
            if gax is not None and v.opts[gax] in vimg:
                r["Variant image URL"] = url(vimg[v.opts[gax]])
            if j < len(imgs):
                r["Product image URL"] = url(imgs[j][0])
                r["Image position"] = str(j + 1)
                r["Image alt text"] = p["title"] if prng.random() < 0.4 else ""
            rows.append(r)
            first = False
        for j in range(len(vs), len(imgs)):
            r = dict.fromkeys(HEADER, "")
            r.update({"URL handle": h, "Product image URL": url(imgs[j][0]), "Image position": str(j + 1)})
            rows.append(r)
        meta_txt = " ".join(x for x in (p["meta"].get("material", "").replace("-", " "),) if x)
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + meta_txt).strip(),
                  "tags": ", ".join(p["tags"]), "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec, None if is_broken else "images/" + imgs[0][0],
                             url(imgs[0][0]), ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        if d["cat"] == "pendant":
            truth["sold_with_chain"] = bool(any(nm == "Wariant" for nm in names))
        ev, problems = read_evidence(truth, fields, not is_broken, GLOSSARY, p["traps"])
        if problems:
            raise SystemExit(f"waw {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir

