"""Plan of the Mexico City shop: Joyería Casa Azahar, Centro Histórico (Calle Palma), MXN.

Shopify admin export in the 2024+ column set (Title, URL handle, Description,
..., Product image URL, Variant image URL), with a market price column
(`Price / Estados Unidos`, in USD: not the shopper's price here) and three
category metafield columns.  Listings are in Mexican Spanish: oro 10k / 14k
/ 18k (amarillo, blanco, rosa), plata .925 (Taxco), baño / chapa de oro,
argollas, churumbelas, arracadas, broqueles, dijes, medallas, esclavas,
semanarios, puntos for diamond weight.
"""

from __future__ import annotations

import os
import random
import unicodedata

from eighth_common import (FMETALS, FSTONES, D, Variant, finish_truth, image_plan, money, options_of,  # noqa: F401
                           plan_shop, subs, wchoice)

CODE = "mex"
PLATFORM = "shopify"
HOST = "https://cdn.heldout-mex.example/s/files/1/0632/4410/files/"
CURRENCY = "MXN"
SERIAL0 = 3100
SALE_SHARE = 0.22
DISCOUNTS = [0.1, 0.15, 0.2, 0.3]
STATUSES = ("active", "draft", "archived")
N_DRAFT, N_HIDDEN, N_BROKEN = 4, 3, 4
METAL_AXES = ("Color", "Color del oro", "Kilataje", "Material")
STONE_AXES = ("Piedra",)
COLOUR_LOCS = [("title", 46), ("body", 24), ("tags", 8), ("type", 6), ("photo", 8)]
KARAT_LOCS = [("title", 45), ("body", 35), ("tags", 10), ("none", 10)]
STONE_LOCS = [("title", 52), ("body", 26), ("tags", 10), ("nowhere", 5)]
CAT_LOCS = [("title", 88), ("body", 6), ("type", 6)]

HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
    "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
    "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Compare-at price",
    "Cost per item", "Charge tax", "Tax code", "Unit price total measure", "Unit price total measure unit",
    "Unit price base measure", "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
    "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display", "Requires shipping",
    "Fulfillment service", "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
    "SEO title", "SEO description", "Price / Estados Unidos", "Compare-at price / Estados Unidos",
    "Jewelry material (product.metafields.shopify.jewelry-material)",
    "Jewelry type (product.metafields.shopify.jewelry-type)",
    "Gemstone (product.metafields.shopify.gemstone)",
    "Google Shopping / Gender", "Google Shopping / Condition",
]

TAXONOMY = {
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces", "choker": "Apparel & Accessories > Jewelry > Necklaces",
    "chain": "Apparel & Accessories > Jewelry > Necklaces", "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets", "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets", "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

ORO = [("Y14", 5), ("W14", 2), ("R14", 1), ("Y10", 3), ("W10", 1)]
MIX = ORO + [("S925", 3), ("GPS", 2)]


def _d(*a, **k):
    return D(*a, **k)


DESIGNS = [
    _d("argolla", "wedding band", 9, ["Argolla Clásica", "Argolla Media Caña", "Argolla Plana", "Argolla Confort", "Argolla Diamantada", "Argolla Bicolor"],
       "wedding", [("Y14", 4), ("W14", 2), ("Y10", 2), ("R14", 1), ("PT", 1)], [(None, 6), ("diamond", 1)], (3, 8),
       ["Argollas", "Argollas de Matrimonio", "Boda"], axes=[("size", 0.9), ("color", 0.3)]),
    _d("churumbela", "wedding band", 5, ["Churumbela", "Churumbela Media", "Churumbela Princesa"], "stacking",
       [("W14", 3), ("Y14", 2), ("S925", 1)], [("diamond", 3), ("cz", 2)], (2, 4), ["Churumbelas", "Boda", ""], axes=[("size", 0.8)]),
    _d("compromiso", "engagement ring", 11, ["Solitario", "Solitario Halo", "Tres Piedras", "Corte Esmeralda", "Solitario Princesa", "Solitario Seis Uñas", "Vintage"],
       "solitaire", [("W14", 4), ("Y14", 2), ("W18", 2), ("R14", 1), ("PT", 1)], [("diamond", 6), ("lab", 2), ("moissanite", 2), ("blue sapphire", 1)],
       (2.5, 5), ["Anillos de Compromiso", "Compromiso", "Anillos"], axes=[("size", 0.8), ("color", 0.35)]),
    _d("anillo", "ring", 14, ["Sello", "Flor", "Rosa", "Cóctel", "Infinito", "Trébol", "Ojo de Santa Lucía", "Oval", "Corazón", "Luna"],
       "bezel", MIX, [(None, 3), ("ruby", 2), ("emerald", 2), ("blue sapphire", 1), ("amethyst", 2), ("fire opal", 2), ("cz", 2), ("pink sapphire", 1)],
       (2, 8), ["Anillos", "Anillos de Moda", ""], axes=[("size", 0.7), ("stone", 0.3)]),
    _d("arracadas", "earrings", 9, ["Arracadas Lisas", "Arracadas Diamantadas", "Arracadas Huggie", "Arracadas Gruesas", "Arracadas Filigrana", "Arracadas Mazahua"],
       "hoop", [("Y14", 4), ("Y10", 3), ("W14", 1), ("GPS", 2), ("S925", 1)], [(None, 8), ("cz", 1), ("pearl", 1)], (1.5, 7),
       ["Aretes", "Arracadas", ""], axes=[("color", 0.3)]),
    _d("broqueles", "earrings", 9, ["Broqueles", "Broqueles Bebé", "Broqueles Chispa", "Broqueles Corazón", "Broqueles Punto de Luz"],
       "stud", ORO + [("S925", 2)], [("diamond", 3), ("cz", 3), ("pearl", 2), ("fire opal", 1), ("emerald", 1)], (0.6, 2),
       ["Aretes", "Broqueles", "Bebé"], axes=[("stone", 0.25)]),
    _d("aretes", "earrings", 6, ["Aretes Gota", "Aretes Largos", "Aretes Candelabro", "Aretes Perla"],
       "drop", [("S925", 2), ("GPS", 2), ("Y14", 2)], [("pearl", 2), ("amethyst", 1), ("cz", 2), ("fire opal", 1)], (2, 8), ["Aretes", ""]),
    _d("collar", "necklace", 8, ["Collar de Perlas", "Collar Tenis", "Collar Riviere", "Collar Barroco", "Collar Flores"],
       "tennis", [("Y14", 2), ("W14", 2), ("S925", 2), ("GPS", 2)], [("pearl", 3), ("cz", 3), ("diamond", 1), (None, 1)], (6, 25),
       ["Collares", ""], axes=[("len", 0.4)]),
    _d("gargantilla", "choker", 4, ["Gargantilla", "Gargantilla Perlas", "Gargantilla Omega"], "choker",
       [("Y14", 2), ("S925", 1), ("GPS", 1)], [(None, 2), ("pearl", 1), ("cz", 1)], (6, 18), ["Gargantillas", "Collares"]),
    _d("dije", "pendant", 14, ["Virgen de Guadalupe", "San Benito", "Corazón", "Inicial", "Solitario", "Cruz", "Medalla Bautizo", "Ángel", "Árbol de la Vida", "Gota"],
       "coin", MIX, [(None, 6), ("diamond", 2), ("cz", 2), ("emerald", 1), ("ruby", 1), ("fire opal", 1)], (1, 6),
       ["Dijes", "Medallas", "Religiosos", ""], axes=[("chain", 0.4)]),
    _d("cadena", "chain", 9, ["Cadena Cartier", "Cadena Torzal", "Cadena Barbada", "Cadena Veneciana", "Cadena Figaro", "Cadena Rolo", "Cadena Singapur"],
       "curb", [("Y14", 4), ("Y10", 3), ("W14", 1), ("S925", 2)], [(None, 1)], (3, 20), ["Cadenas", "Caballero", ""], axes=[("len", 0.85)]),
    _d("esclava", "bracelet", 5, ["Esclava", "Esclava Barbada", "Esclava Bebé", "Esclava Cartier"], "chain",
       [("Y14", 3), ("Y10", 2), ("S925", 1)], [(None, 1)], (4, 25), ["Esclavas", "Pulseras", "Caballero"]),
    _d("pulsera", "bracelet", 7, ["Pulsera Tenis", "Pulsera Tejido Italiano", "Pulsera Charms", "Pulsera Perlas", "Pulsera Corazones"],
       "tennis", [("W14", 2), ("Y14", 2), ("S925", 2), ("RGPS", 1), ("GPS", 1)], [(None, 2), ("cz", 2), ("diamond", 1), ("pearl", 1)], (3, 14),
       ["Pulseras", ""], axes=[("color", 0.25)]),
    _d("semanario", "bangle", 4, ["Semanario", "Semanario Diamantado", "Semanario Liso"], "set", [("Y14", 2), ("Y10", 2), ("S925", 1)],
       [(None, 1)], (14, 35), ["Semanarios", "Pulseras", ""]),
    _d("brazalete", "bangle", 4, ["Brazalete Taxco", "Brazalete Abierto", "Brazalete Martillado"], "single",
       [("S925", 3), ("GPS", 1), ("Y14", 1)], [(None, 3), ("cz", 1)], (12, 40), ["Brazaletes", "Plata Taxco", ""]),
    _d("tobillera", "anklet", 3, ["Tobillera", "Tobillera Corazones", "Tobillera Bolitas"], "single",
       [("S925", 2), ("Y10", 1)], [(None, 1)], (2, 6), ["Tobilleras", ""]),
    _d("broche", "brooch", 2, ["Broche Mariposa", "Prendedor Flor"], "flower", [("S925", 1), ("Y14", 1)], [("cz", 1), ("pearl", 1)],
       (4, 10), ["Broches", ""]),
]

RATE = {"Y10": 1150, "W10": 1200, "R10": 1150, "Y14": 1550, "W14": 1600, "R14": 1550, "Y18": 2100, "W18": 2150,
        "R18": 2100, "PT": 1500, "S925": 45, "GPS": 55, "RGPS": 55}
LABOUR = {"S925": 450, "GPS": 550, "RGPS": 550}
STONE_MXN = {None: 0, "ruby": 4200, "emerald": 4500, "blue sapphire": 4000, "pink sapphire": 3600, "amethyst": 650,
             "fire opal": 950, "cz": 180, "pearl": 700, "lab": 0, "moissanite": 0, "diamond": 0}

SIZES = [("5", 1.0), ("6", 1.0), ("7", 1.02), ("8", 1.04), ("9", 1.06), ("10", 1.08)]
LENGTHS = [("40 cm", 0.85), ("45 cm", 0.95), ("50 cm", 1.05), ("55 cm", 1.15), ("60 cm", 1.25)]


def round_price(x):
    return float(int(round(x / 10.0)) * 10)


def fix(rng, p):
    n = p["name"]
    if n in ("Argolla Diamantada", "Arracadas Diamantadas", "Semanario Diamantado"):
        p["stone"] = None
        p["traps"].append(n.split()[-1])
    if n == "Corte Esmeralda":
        p["stone"] = "diamond"
        p["traps"].append("Corte Esmeralda")
    if n in ("Sello", "Cadena Barbada", "Esclava Barbada", "Cadena Cartier"):
        p["for"] = "men"
    if n in ("Broqueles Bebé", "Esclava Bebé", "Medalla Bautizo"):
        p["for"] = "kids"
    if n in ("Collar de Perlas", "Gargantilla Perlas", "Pulsera Perlas", "Aretes Perla"):
        p["stone"] = "pearl"
    if n in ("Sello", "Inicial", "Virgen de Guadalupe", "San Benito", "Cruz") and rng.random() < 0.7:
        p["stone"] = None
    if n in ("Collar Tenis", "Pulsera Tenis", "Broqueles Punto de Luz", "Solitario") and p["stone"] in (None, "pearl"):
        p["stone"] = "diamond" if p["code"] in ("Y14", "W14", "Y18", "W18") else "cz"
    if n == "Rosa":
        p["code"] = rng.choice(["Y14", "W14", "S925"])
        p["traps"].append("Rosa")
    if n == "Arracadas Mazahua":
        p["code"], p["stone"] = "GPS", None
    if p["code"] in ("S925", "GPS", "RGPS") and p["stone"] in ("diamond", "lab", "moissanite", "blue sapphire", "ruby", "emerald"):
        p["stone"] = "cz"
    if p["code"] in ("Y10", "W10") and p["stone"] in ("diamond",) and p["cat"] == "engagement ring":
        p["code"] = "Y14"


def axis(rng, p, ax):
    code, stone = p["code"], p["stone"]
    if ax == "size":
        k = rng.randint(3, 5)
        st = rng.randint(0, len(SIZES) - k)
        return ("Talla", [(v, {"f": f}) for v, f in SIZES[st:st + k]])
    if ax == "len":
        k = rng.randint(2, 4)
        st = rng.randint(0, len(LENGTHS) - k)
        return ("Largo", [(v, {"f": f}) for v, f in LENGTHS[st:st + k]])
    if ax == "color" and code in ("Y14", "W14", "R14", "Y10", "W10"):
        kar = FMETALS[code][2]
        fam = [("Amarillo", f"Y{kar}"), ("Blanco", f"W{kar}"), ("Rosa", f"R{kar}")]
        if kar == 10:
            fam = fam[:2]
        first = [x for x in fam if x[1] == code]
        rest = [x for x in fam if x[1] != code]
        vals = first + rest[:rng.randint(1, len(rest))]
        return (rng.choice(["Color", "Color del oro"]), [(v, {"code": c, "f": 1.0 if c[0] == "Y" else 1.03}) for v, c in vals])
    if ax == "stone" and stone in ("ruby", "emerald", "blue sapphire", "amethyst", "fire opal", "diamond", "cz", "pearl"):
        alts = ["ruby", "emerald", "blue sapphire"] if stone in ("ruby", "emerald", "blue sapphire") else (
            ["diamond", "cz"] if stone in ("diamond",) else ["amethyst", "fire opal", "cz"] if stone in ("amethyst", "fire opal", "cz") else ["pearl", "cz"])
        if code in ("S925", "GPS", "RGPS"):
            alts = [a for a in alts if a not in ("diamond", "ruby", "emerald", "blue sapphire")] or [stone]
        alts = [stone] + [a for a in alts if a != stone]
        if len(alts) < 2:
            return None
        word = {"ruby": "Rubí", "emerald": "Esmeralda", "blue sapphire": "Zafiro", "amethyst": "Amatista", "fire opal": "Ópalo de fuego",
                "cz": "Zirconia", "diamond": "Diamante", "pearl": "Perla"}
        return ("Piedra", [(word[a], {"stone": a}) for a in alts[:3]])
    if ax == "chain" and p["cat"] == "pendant":
        p["sold_with_chain"] = True
        return ("Presentación", [("Solo dije", {"f": 1.0}), ("Con cadena 45 cm", {"f": 1.9})])
    return None


def carat(rng, p):
    st, cat = p["stone"], p["cat"]
    if st in ("diamond", "lab", "moissanite"):
        if cat == "engagement ring":
            return rng.choice([0.25, 0.3, 0.4, 0.5, 0.7, 1.0])
        if cat in ("necklace", "bracelet"):
            return rng.choice([1.0, 1.5, 2.0, 3.0])
        if cat == "wedding band":
            return rng.choice([0.15, 0.25, 0.5, 0.75])
        return rng.choice([0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3])
    return None


def price(p, vc, vs, grams, f):
    x = grams * RATE[vc] + LABOUR.get(vc, 350)
    ct = p.get("carat") or 0
    if vs == "diamond" and p["cat"] in ("necklace", "bracelet"):
        x += ct * 26000
    elif vs == "diamond":
        x += ct * (38000 + 70000 * ct)
    elif vs == "lab":
        x += ct * 16000
    elif vs == "moissanite":
        x += ct * 7000
    elif vs == "cz" and p["cat"] in ("necklace", "bracelet"):
        x += 900
    else:
        x += STONE_MXN.get(vs, 0)
    if vs == "pearl" and p["cat"] in ("necklace", "choker", "bracelet"):
        x += 2400
    return round_price(x)


# --- words --------------------------------------------------------------------------------------

CAT_WORD = {"ring": ["Anillo", "Anillo", "Sortija"], "engagement ring": ["Anillo de Compromiso"], "wedding band": ["Argolla"],
            "earrings": ["Aretes"], "necklace": ["Collar"], "choker": ["Gargantilla"], "pendant": ["Dije", "Medalla"],
            "chain": ["Cadena"], "bracelet": ["Pulsera"], "bangle": ["Brazalete"], "anklet": ["Tobillera"], "brooch": ["Broche"]}

STONE_WORD = {"diamond": ["Diamante", "Diamantes", "Diamante Natural"], "lab": ["Diamante de Laboratorio", "Diamante Lab Grown"],
              "moissanite": ["Moissanita"], "ruby": ["Rubí"], "emerald": ["Esmeralda", "Esmeralda Colombiana"],
              "blue sapphire": ["Zafiro Azul", "Zafiro"], "pink sapphire": ["Zafiro Rosa"], "amethyst": ["Amatista"],
              "fire opal": ["Ópalo de Fuego", "Ópalo Mexicano"], "cz": ["Zirconia", "Zirconias", "Circonia"], "pearl": ["Perla", "Perla Cultivada", "Perlas"]}


def metal_phrase(rng, code, colour, karat):
    if code in FMETALS and FMETALS[code][2]:
        k = FMETALS[code][2]
        cw = {"Y": "Amarillo", "W": "Blanco", "R": "Rosa"}[code[0]]
        kw = rng.choice([f"{k}k", f"{k}K", f"{k} kt", f"{k} kilates"])
        if colour and karat:
            return rng.choice([f"Oro {cw} {kw}", f"Oro {kw} {cw}", f"Oro {cw} de {kw}"])
        if colour:
            return f"Oro {cw}"
        if karat:
            return rng.choice([f"Oro {kw}", f"Oro de {kw}"])
        return "Oro"
    if code == "PT":
        return rng.choice(["Platino", "Platino 950"]) if colour else ""
    if code == "S925":
        return rng.choice(["Plata .925", "Plata Ley 925", "Plata Taxco", "Plata Esterlina"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Plata con Baño de Oro", "Plata .925 Chapa de Oro", "Baño de Oro 18k"]) if colour else rng.choice(["Plata", ""])
    if code == "RGPS":
        return rng.choice(["Plata con Baño de Oro Rosa"]) if colour else rng.choice(["Plata", ""])
    raise KeyError(code)


def stone_word(rng, stone):
    return rng.choice(STONE_WORD[stone])


def write_listing(rng, p):
    d, cat, code, stone, name = p["d"], p["cat"], p["code"], p["stone"], p["name"]
    L = p["locs"]
    col_loc, kar_loc, st_loc, cat_loc = L["colour"], L["karat"], L["stone"], L["cat"]
    if FMETALS[code][2] is None:
        kar_loc = "none"
    title_metal = metal_phrase(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    name_has_cat = any(w in name for w in ("Argolla", "Arracadas", "Broqueles", "Aretes", "Collar", "Gargantilla", "Cadena",
                                            "Esclava", "Pulsera", "Semanario", "Brazalete", "Tobillera", "Broche", "Prendedor",
                                            "Churumbela", "Medalla", "Solitario"))
    if name_has_cat and cat_loc != "title":
        L["cat"] = cat_loc = "title"
    cw = "" if (name_has_cat or cat_loc != "title") else rng.choice(CAT_WORD[cat])
    if cat == "pendant" and cw == "Medalla" and name in ("Corazón", "Gota", "Solitario", "Inicial"):
        cw = "Dije"
    stone_in_name = any(w in name for w in ("Perla", "Solitario", "Punto de Luz", "Tenis", "Riviere", "Corte Esmeralda"))
    sw = ""
    if stone and st_loc == "title" and not any(w in name for w in ("Perla",)):
        sw = stone_word(rng, stone)
    if stone and st_loc != "title" and "Perla" in name:
        L["stone"] = st_loc = "title"
    parts = [x for x in (cw, name) if x]
    core = " ".join(parts)
    if sw:
        core += rng.choice([" con ", " de ", " "]) + sw if not core.endswith(sw) else ""
    if title_metal:
        core = f"{core} {rng.choice(['de', 'en', '|', '-'])} {title_metal}" if rng.random() < 0.8 else f"{title_metal} {core}"
    if p.get("for") == "kids" and "Bebé" not in core and "Bautizo" not in core:
        core += rng.choice([" para Bebé", " Niña"])
    if p.get("for") == "men" and rng.random() < 0.6:
        core += rng.choice([" para Caballero", " Hombre"])
    if rng.random() < 0.08:
        core = core.upper()
    p["title"] = core
    del stone_in_name

    # body
    bits = []
    opener = {
        "wedding band": "Argolla de matrimonio {n}, se vende por pieza.", "engagement ring": "Anillo de compromiso {n}, hecho a mano en nuestro taller del Centro.",
        "ring": "Anillo {n}, diseño exclusivo de Casa Azahar.", "earrings": "Par de aretes {n}.", "necklace": "Collar {n} con broche de langosta.",
        "choker": "Gargantilla {n}, ajuste cerca del cuello.", "pendant": "Dije {n}. Ideal para regalo.", "chain": "Cadena {n} con broche de langosta.",
        "bracelet": "Pulsera {n}.", "bangle": "Brazalete {n}.", "anklet": "Tobillera {n}, ajustable.", "brooch": "Broche {n}.",
    }[cat]
    if name.startswith("Semanario"):
        opener = "Juego de siete esclavas rígidas (semanario), una para cada día de la semana."
    if name.startswith("Esclava"):
        opener = "Esclava con placa lisa para grabar, tejido {n}."
    if cat_loc == "body" or rng.random() < 0.5:
        bits.append("<p>" + opener.format(n=name.lower()) + "</p>")
    else:
        bits.append("<p>" + rng.choice(["Hecho en México.", "Pieza de nuestro taller en la calle de Palma.", "Envío asegurado a toda la República."]) + "</p>")
    li = []
    mb = metal_phrase(rng, code, col_loc == "body", kar_loc == "body") if (col_loc == "body" or kar_loc == "body") else ""
    if mb:
        li.append(f"<li>Material: {mb}</li>")
    if code in ("Y14", "W14", "Y10", "W10", "R14", "W18", "Y18") and kar_loc in ("body",) and rng.random() < 0.5:
        li.append(f"<li>Ley {({10: '417', 14: '585', 18: '750'})[FMETALS[code][2]]}</li>")
    if stone and st_loc == "body":
        w = stone_word(rng, stone)
        if p.get("carat") and stone in ("diamond", "lab", "moissanite"):
            pts = int(round(p["carat"] * 100))
            li.append(f"<li>Piedra: {w}, {pts} puntos</li>" if rng.random() < 0.5 else f"<li>Piedra: {w} de {p['carat']:.2f} ct</li>")
        else:
            li.append(f"<li>Piedra: {w}</li>")
    elif stone in ("diamond", "lab", "moissanite") and st_loc == "title" and rng.random() < 0.5:
        li.append(f"<li>{int(round(p['carat'] * 100))} puntos</li>")
    gw = p["variants"][0].grams
    li.append(f"<li>Peso aproximado: {gw:.1f} g</li>")
    if rng.random() < 0.4:
        li.append("<li>" + rng.choice(["Incluye estuche de regalo", "Garantía de por vida" if FMETALS[code][2] else "Garantía de un año", "Grabado gratis", "Meses sin intereses"]) + "</li>")
    bits.append("<ul>" + "".join(li) + "</ul>")
    if rng.random() < 0.2:
        bits.append("<p><em>Las medidas pueden variar ligeramente por ser hecho a mano.</em></p>")
    p["body"] = "\n".join(bits)

    tags = rng.sample(["regalo", "nuevo", "boda", "XV años", "día de las madres", "bautizo", "primera comunión", "San Valentín", "más vendido"], k=rng.randint(1, 3))
    if col_loc == "tags":
        tags.append({"Y14": "oro amarillo", "W14": "oro blanco", "R14": "oro rosa", "Y10": "oro amarillo", "W10": "oro blanco",
                     "Y18": "oro amarillo", "W18": "oro blanco", "PT": "platino", "S925": "plata", "GPS": "baño de oro", "RGPS": "baño de oro rosa"}[code])
    if kar_loc == "tags":
        tags.append(f"{FMETALS[code][2]}k")
    if st_loc == "tags":
        tags.append({"diamond": "diamantes", "lab": "diamante de laboratorio", "moissanite": "moissanita", "ruby": "rubí",
                     "emerald": "esmeralda", "blue sapphire": "zafiro azul", "pink sapphire": "zafiro rosa", "amethyst": "amatista",
                     "fire opal": "ópalo de fuego", "cz": "zirconia", "pearl": "perlas"}[stone])
    if stone is None and rng.random() < 0.2:
        tags.append("sin piedra")
    p["tags"] = tags
    typ = rng.choice(d["types"])
    if typ in ("Plata Taxco",) and code not in ("S925", "GPS"):
        typ = "Brazaletes"
    if typ == "Caballero" and p.get("for") != "men":
        typ = ""
    if typ == "Bebé" and p.get("for") != "kids":
        typ = "Aretes"
    if cat_loc == "type" and not typ:
        typ = {"ring": "Anillos", "engagement ring": "Anillos de Compromiso", "wedding band": "Argollas", "earrings": "Aretes",
               "necklace": "Collares", "choker": "Gargantillas", "pendant": "Dijes", "chain": "Cadenas", "bracelet": "Pulseras",
               "bangle": "Brazaletes", "anklet": "Tobilleras", "brooch": "Broches"}[cat]
    p["type"] = typ
    # category metafields (filled on about a third of the products, English metaobject handles)
    mf = {"mat": "", "jt": "", "gem": ""}
    if rng.random() < 0.35 or col_loc == "type":
        mat = {"Y14": "yellow-gold", "W14": "white-gold", "R14": "rose-gold", "Y10": "yellow-gold", "W10": "white-gold",
               "Y18": "yellow-gold", "W18": "white-gold", "PT": "platinum", "S925": "sterling-silver", "GPS": "sterling-silver; gold-plated",
               "RGPS": "sterling-silver; rose-gold-plated"}[code]
        if col_loc != "type" and rng.random() < 0.5 and code[0] in "YWR" and code not in ("RGPS",):
            mat = "gold"
        mf["mat"] = mat
        mf["jt"] = "fine-jewelry" if FMETALS[code][2] or code == "PT" else "fashion-jewelry"
        if stone and st_loc != "nowhere" and rng.random() < 0.6:
            mf["gem"] = {"diamond": "diamond", "lab": "diamond", "moissanite": "moissanite", "ruby": "ruby", "emerald": "emerald",
                         "blue sapphire": "sapphire", "pink sapphire": "sapphire", "amethyst": "amethyst", "fire opal": "opal",
                         "cz": "cubic-zirconia", "pearl": "pearl"}[stone]
    p["mf"] = mf
    if stone in ("lab",):
        p["lab"] = True


def style(p, spec, stone):
    cat, n = p["cat"], p["name"]
    if cat == "pendant":
        spec["pendant"] = "heart" if "Coraz" in n else ("solitaire" if n == "Solitario" else ("coin" if stone is None else "round"))
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = "signet" if n == "Sello" else ("flower" if n in ("Flor", "Rosa", "Trébol") else ("cocktail" if n == "Cóctel" else "bezel"))
        if stone is None and spec["style"] not in ("signet", "flower"):
            spec["style"] = "band"
    elif cat == "engagement ring":
        spec["style"] = "trilogy" if n == "Tres Piedras" else "solitaire"
    elif cat == "earrings":
        spec["style"] = p["d"]["style"]
        if "Huggie" in n:
            spec["style"] = "huggie"
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("diamond", "cz") else ("bead" if stone == "pearl" else ("charm" if "Charms" in n else "curb"))
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else ("tennis" if stone else "layered")
    elif cat == "chain":
        spec["style"] = {"Cadena Torzal": "rope", "Cadena Veneciana": "box", "Cadena Barbada": "curb"}.get(n, "cable")
    elif cat == "bangle":
        spec["style"] = "set" if n.startswith("Semanario") else "single"
        if n.startswith("Brazalete"):
            spec["kind"] = "cuff"
    elif cat == "wedding band":
        spec["style"] = "stacking" if stone else "wedding"
    elif p["d"]["style"]:
        spec["style"] = p["d"]["style"]


_STRIP = subs([
    (r"diamantad[oa]s?", "textured"), (r"(corte|talla) esmeralda", "emerald-cut"), (r"(corte|talla) princesa", "princess-cut"),
    (r"ba[nñ]o de oro rosa|chapa de oro rosa", "rose gold plated"),
    (r"(chapa|ba[nñ]o|banad[oa]|chapead[oa]) (de|en) oro(?: de)? (\d+) ?(k|kt|kilates)\b", r"\3k gold plated"),
    (r"(chapa|ba[nñ]o|banad[oa]|chapead[oa]) (de|en) oro", "gold plated"), (r"\bgold-plated\b", "gold plated"),
    (r"oro blanco", "white gold"), (r"oro rosad?o?a?\b", "rose gold"), (r"oro amarillo", "yellow gold"),
    (r"\boro\b", "gold"), (r"\bplata esterlina\b", "sterling silver"), (r"\bplata\b", "silver"), (r"\bplatino\b", "platinum"),
    (r"\b(kilates?|quilates?)\b", "karat"), (r"\bley (417|585|750)\b", r"\1"),
    (r"color del gold|color de gold", "colour"), (r"\bsterling-silver\b", "sterling silver"),
    (r"white-gold", "white gold"), (r"yellow-gold", "yellow gold"), (r"rose-gold", "rose gold"),
    (r"anillos? de compromiso", "engagement ring"), (r"\bargollas?\b", "wedding band"), (r"\bchurumbelas?\b", "eternity band"),
    (r"\banillos?\b|\bsortijas?\b", "ring"), (r"\bsolitario\b", "solitaire"),
    (r"\baretes?\b", "earrings"), (r"\barracadas?\b", "hoops"), (r"\bbroqueles?\b", "studs"),
    (r"\bgargantillas?\b", "choker"), (r"\bcollares?\b", "necklace"), (r"\bdijes?\b|\bmedallas?\b", "pendant"),
    (r"\bcadenas?\b", "chain"), (r"\bpulseras?\b|\besclavas?\b", "bracelet"), (r"\bsemanarios?\b", "bangle set"),
    (r"\bbrazaletes?\b", "cuff"), (r"\btobilleras?\b", "anklet"), (r"\bbroches?\b|\bprendedor\b", "brooch"),
    (r"diamantes? (de laboratorio|lab grown|creado en laboratorio)", "lab diamond"), (r"\bdiamantes?\b", "diamond"),
    (r"\b(zirconias?|circonias?|zirconitas?|cubic-zirconia)\b", "cz"), (r"\brub(i|i)(es)?\b", "ruby"),
    (r"\besmeraldas?\b", "emerald"), (r"\bzafiros?\b", "sapphire"), (r"\bperlas?\b", "pearl"), (r"\bopalos? de fuego\b", "fire opal"),
    (r"\bopalos? mexicanos?\b", "fire opal"), (r"\bopalos?\b", "opal"), (r"\bamatistas?\b", "amethyst"), (r"\bmoissanitas?\b", "moissanite"),
    (r"\btopacios?\b", "topaz"), (r"\bgranates?\b", "garnet"), (r"\baguamarinas?\b", "aquamarine"), (r"\bsin piedras?\b", "no stone"),
    (r"\broj[oa]s?\b", "red"), (r"\bverdes?\b", "green"), (r"\bazul(es)?\b", "blue"), (r"\brosas?\b", "pink"),
    (r"\bblanc[oa]s?\b", "white"), (r"\bmorad[oa]s?\b", "purple"), (r"\bnegr[oa]s?\b", "black"), (r"\bamarill[oa]s?\b", "yellow"),
])


def normalize(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return _STRIP(t)


# --- export -------------------------------------------------------------------------------------

def build(OUT, images=True, seed=1521):
    prods, broken = plan_shop(__import__(__name__), seed)
    outdir = os.path.join(OUT, "mex_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        main_name = f"{h}.jpg" if prng.random() < 0.55 else f"CA-{p['serial']}_1.jpg"
        broken_name = prng.choice([f"{h}-foto.jpg", f"WhatsApp_Image_2024-0{prng.randint(1, 9)}-1{prng.randint(0, 9)}.jpeg", f"{h}_2.png"])
        imgs, var_img, axis_idx, main_spec = image_plan(
            __import__(__name__), p, prng, is_broken, main_name, broken_name, main_name.replace(".jpg", "-b.jpg").replace("_1-b", "_2"),
            lambda val, h=h: f"{h}-{val.lower().replace(' ', '-').replace('ó', 'o').replace('í', 'i')}.jpg", 60000)
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vtag = 1716000000 + p["serial"] * 911
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        for v in vs:
            v.sku = "" if prng.random() < 0.08 else f"CA{p['serial']}" + "".join("-" + o.upper().replace(" ", "")[:4] for o in v.opts)
        usd = prng.random() < 0.4
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Description": p["body"], "Vendor": prng.choice(["Casa Azahar", "Casa Azahar", "Joyería Casa Azahar", "Taller Palma"]),
                          "Product category": TAXONOMY[p["cat"]] if prng.random() < 0.75 else "", "Type": p["type"],
                          "Tags": ", ".join(p["tags"]), "Published on online store": "TRUE" if p["status"] == "active" else "FALSE",
                          "Status": p["status"], "Gift card": "FALSE",
                          "Jewelry material (product.metafields.shopify.jewelry-material)": p["mf"]["mat"],
                          "Jewelry type (product.metafields.shopify.jewelry-type)": p["mf"]["jt"],
                          "Gemstone (product.metafields.shopify.gemstone)": p["mf"]["gem"],
                          "Google Shopping / Gender": {"men": "male", "kids": "unisex"}.get(p.get("for"), "female") if prng.random() < 0.3 else "",
                          "Google Shopping / Condition": "new" if prng.random() < 0.3 else ""})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} name"] = nm
                else:
                    r["Option1 name"] = "Title"
                if prng.random() < 0.2:
                    r["SEO title"] = p["title"].title() + " | Joyería Casa Azahar CDMX"
                    r["SEO description"] = "Joyería en el Centro Histórico de la Ciudad de México. Envío asegurado."
                p["pcat"] = r["Product category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} value"] = o
                else:
                    r["Option1 value"] = "Default Title"
                r.update({"SKU": v.sku, "Price": money(v.price), "Compare-at price": money(v.compare) if v.compare else "",
                          "Charge tax": "TRUE", "Inventory tracker": "shopify", "Inventory quantity": str(prng.randint(0, 5)),
                          "Continue selling when out of stock": "DENY" if p["cat"] not in ("engagement ring", "wedding band") else "CONTINUE",
                          "Weight value (grams)": f"{max(1.0, round(v.grams + 20, 1)):.1f}", "Weight unit for display": "g",
                          "Requires shipping": "TRUE", "Fulfillment service": "manual"})
                if usd:
                    r["Price / Estados Unidos"] = money(round(v.price / 18.4) - 0.01)
                    r["Compare-at price / Estados Unidos"] = money(round(v.compare / 18.4) - 0.01) if v.compare else ""
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant image URL"] = url[var_img[v.opts[axis_idx]]]
                if prng.random() < 0.1:
                    r["Cost per item"] = money(round_price(v.price * 0.6))
            if j < len(imgs):
                r["Product image URL"] = url[imgs[j][0]]
                r["Image position"] = str(j + 1)
                r["Image alt text"] = p["title"] if prng.random() < 0.25 else ""
            rows.append(r)
        type_text = " ".join(x for x in (p["type"], p["pcat"], p["mf"]["mat"], p["mf"]["gem"]) if x)
        truth = finish_truth(__import__(__name__), p, names, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], type_text)
        truths.append(truth)
    return truths, rows, jobs, outdir
