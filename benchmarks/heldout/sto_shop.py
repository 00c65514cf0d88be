"""Plan of the Stockholm shop: Havtorn Guldsmedja, Södermalm, Stockholm (SEK).

Squarespace (7.1 commerce), exported with Squarespace's own "Export all"
products CSV: one row per variant, product fields on the first row only,
Product ID / Variant ID [Non Editable], Visible Yes / No, Hosted Image URLs
separated by spaces.  A goldsmith who works in recycled 18K and 14K gold and
sterling silver: engagement and wedding rings, stacking rings with Nordic
stones (månsten, bergkristall, granat), pearls, gilded silver, and a small
line of stainless-steel pieces.  Listings are Swedish, with some English.
"""

from __future__ import annotations

import os
import random

import render
from common import slugify
from fourteenth_common import SV, XMETALS, XSTONES, Variant, read_evidence, truth_record, wchoice

HOST = "https://images.heldout-sto.example/content/v1/"
SITE = "64b7e1c2a9f05d3e8c417a20"
CURRENCY = "SEK"
EXPORT_NAME = "products_havtorn-guldsmedja_2025-03-11.csv"

HEADER = [
    "Product ID [Non Editable]", "Variant ID [Non Editable]", "Product Type [Non Editable]", "Product Page",
    "Product URL", "Title", "Description", "SKU", "Option Name 1", "Option Value 1", "Option Name 2", "Option Value 2",
    "Option Name 3", "Option Value 3", "Price", "Sale Price", "On Sale", "Stock", "Categories", "Tags", "Weight",
    "Length", "Width", "Height", "Visible", "Hosted Image URLs",
]

CATS = {
    "engagement ring": ["Ringar, Bröllop", "Förlovningsringar", "Bröllop"],
    "wedding band": ["Bröllop", "Ringar, Bröllop", "Vigselringar"],
    "ring": ["Ringar", "Ringar", ""],
    "earrings": ["Örhängen", "Örhängen", ""],
    "ear cuff": ["Örhängen", ""],
    "pendant": ["Halsband", "Halsband", ""],
    "necklace": ["Halsband", ""],
    "chain": ["Kedjor", "Halsband"],
    "bracelet": ["Armband", ""],
    "bangle": ["Armband", "Armringar"],
    "anklet": ["Övrigt", "Armband", ""],
    "brooch": ["Övrigt", ""],
    "cufflinks": ["Herr", "Övrigt"],
}
CATWORD = {
    "engagement ring": ["förlovningsring", "Förlovningsring", "solitärring"], "wedding band": ["vigselring", "Vigselring"],
    "ring": ["ring", "Ring", "stapelring"], "ear cuff": ["ear cuff", "Ear cuff"],
    "pendant": ["halsband", "Halsband"], "necklace": ["halsband", "Halsband"], "chain": ["kedja", "halskedja", "Kedja"],
    "bracelet": ["armband", "Armband"], "bangle": ["armring", "Armring"], "anklet": ["fotlänk", "Fotlänk"],
    "brooch": ["brosch", "Brosch"], "cufflinks": ["manschettknappar", "Manschettknappar"],
}

NAMES = ["Linnea", "Ebba", "Saga", "Tove", "Alva", "Vera", "Idun", "Freja", "Siri", "Havtorn", "Lingon", "Bris", "Dimma",
         "Våg", "Skär", "Kvist", "Rimfrost", "Ljung", "Stjärna", "Måne", "Tång", "Hjortron", "Glimt", "Strand"]


def D(key, cat, n, metals, stones, grams, style, axes=(), words=(), **kw):
    d = dict(key=key, cat=cat, n=n, metals=metals, stones=stones, grams=grams, style=style, axes=list(axes), words=list(words))
    d.update(kw)
    return d


DESIGNS = [
    D("forlovning", "engagement ring", 7, [("W18", 3), ("Y18", 3), ("R18", 1)], [("diamond", 5), ("lab", 2)], (2.6, 4.2), "solitaire",
      axes=[("metal3", 0.5), ("size", 1.0), ("ct", 0.3)], words=["solitär", "sex klor", "smaragdslipad"]),
    D("vigsel", "wedding band", 6, [("Y18", 3), ("W18", 1), ("R18", 1), ("Y14", 1)], [(None, 4), ("diamond", 1)], (3.0, 6.5), "wedding",
      axes=[("metal3", 0.5), ("width", 0.6), ("size", 1.0)], words=["klassisk", "hamrad", "halvrund"]),
    D("ring", "ring", 12, [("S925", 4), ("Y14", 2), ("GPS", 2), ("Y18", 1), ("R14", 1)],
      [("moonstone", 2), ("rock crystal", 1), ("garnet", 2), ("sapphire", 1), ("ruby", 1), ("emerald", 1), (None, 3), ("cz blue", 1), ("diamond", 1)],
      (1.5, 4.0), "stacking", axes=[("size", 0.9)], words=["stapelring", "tunn", "droppe", "knut"]),
    D("signet", "ring", 3, [("S925", 2), ("Y18", 1)], [(None, 1)], (6, 14), "signet", axes=[("size", 1.0)],
      words=["signetring"], men=True),
    D("stickor", "earrings", 10, [("S925", 3), ("Y14", 2), ("Y18", 1), ("W18", 1), ("GPS", 2)],
      [("diamond", 2), ("fwpearl", 3), ("cz", 1), (None, 2), ("moonstone", 1)], (0.5, 1.6), "stud", axes=[("metal3", 0.5), ("metal2", 0.4)],
      words=["örstickor", "knappar", "prick"]),
    D("creoler", "earrings", 7, [("S925", 2), ("GPS", 2), ("Y14", 1), ("Y18", 1), ("SS", 1), ("GSS", 1)], [(None, 1)], (1.2, 4.0), "hoop",
      axes=[("metal2", 0.4)], words=["creoler", "små creoler", "hoops"]),
    D("droppe", "earrings", 5, [("S925", 2), ("GPS", 2), ("Y14", 1)], [("fwpearl", 2), ("mop", 1), ("garnet", 1), ("aquamarine", 1)],
      (1.0, 3.0), "drop", words=["droppar", "hängen"]),
    D("hangehalsband", "pendant", 10, [("S925", 3), ("GPS", 3), ("Y14", 2), ("Y18", 1), ("W18", 1)],
      [("moonstone", 2), ("rock crystal", 2), ("diamond", 2), ("fwpearl", 1), (None, 3)], (1.5, 4.5), "round",
      axes=[("len", 0.5)], words=["med hänge", "droppe", "mynt", "stjärna"], chain=True),
    D("hange", "pendant", 3, [("Y18", 1), ("S925", 1), ("GPS", 1)], [("citrine", 1), ("amethyst", 1), (None, 1)], (1.0, 3.0), "drop",
      words=["hänge", "berlock"], chain=False),
    D("kedja", "chain", 6, [("S925", 2), ("Y18", 2), ("GPS", 1), ("SS", 1)], [(None, 1)], (2.5, 9.0), "cable",
      axes=[("len", 0.9)], words=["ankarlänk", "pansarlänk", "diamantslipad", "venezia"]),
    D("halsband", "necklace", 4, [("S925", 2), ("GPS", 1), ("W18", 1)], [("fwpearl", 3), ("lab", 1)], (8, 20), "beaded",
      axes=[("len", 0.5)], words=["pärlhalsband", "collier"]),
    D("armband", "bracelet", 6, [("S925", 2), ("Y18", 1), ("GPS", 1), ("SS", 1), ("GSS", 1)], [(None, 4), ("fwpearl", 1), ("cz", 1)],
      (2, 8), "chain", words=["länkarmband", "tunt", "pärlarmband"]),
    D("armring", "bangle", 4, [("S925", 2), ("GPS", 1), ("Y18", 1)], [(None, 1)], (8, 24), "single",
      words=["hamrad", "öppen", "slät"]),
    D("fotlank", "anklet", 3, [("S925", 1), ("GPS", 1), ("SS", 1)], [(None, 1)], (1.5, 4.0), "single", words=["tunn", "sommar"]),
    D("brosch", "brooch", 3, [("S925", 2), ("GPS", 1)], [(None, 1), ("rock crystal", 1), ("fwpearl", 1)], (4, 10), "flower",
      words=["blomma", "kvist"]),
    D("manschett", "cufflinks", 3, [("S925", 1), ("Y18", 1), ("SS", 1)], [(None, 2), ("mop", 1)], (6, 14), "stud",
      words=["runda", "fyrkantiga"], men=True),
    D("earcuff", "ear cuff", 2, [("S925", 1), ("GPS", 1)], [(None, 1)], (0.8, 2.0), "huggie", words=["utan hål", "våg"]),
]

RATE = {"Y18": 1250, "W18": 1250, "R18": 1250, "Y14": 820, "W14": 820, "R14": 820, "S925": 26, "GPS": 32, "RGPS": 32,
        "SS": 12, "GSS": 16}
LABOUR = {"gold": (1800, 3600), "silver": (450, 950), "steel": (250, 420)}
STONE_SEK = {"sapphire": 1800, "ruby": 2000, "emerald": 2200, "garnet": 220, "amethyst": 220, "aquamarine": 650,
             "citrine": 220, "moonstone": 260, "rock crystal": 160, "cz": 60, "cz blue": 60, "mop": 180, "fwpearl": 160, None: 0}


def group(code):
    return "steel" if code in ("SS", "GSS") else "silver" if code in ("S925", "GPS", "RGPS") else "gold"


def sek(rng, x):
    if x < 1000:
        return float(int(round(x / 50.0)) * 50 - 5)
    if x < 6000:
        return float(int(round(x / 50.0)) * 50 - (5 if rng.random() < 0.5 else 0))
    return float(int(round(x / 100.0)) * 100)


def kr(x):
    """1 295 kr (a no-break space would be usual in print; shops type a plain space)."""
    s = f"{int(x):,}".replace(",", " ")
    return s


def metal_phrase(rng, code, colour, karat, recycled=False):
    kar = {"Y18": "18", "W18": "18", "R18": "18", "Y14": "14", "W14": "14", "R14": "14"}.get(code)
    if kar:
        mark = {"18": "750", "14": "585"}[kar]
        cw = {"Y": "gult guld", "W": "vitguld", "R": rng.choice(["rödguld", "roséguld"])}[code[0]]
        pre = "återvunnet " if recycled and rng.random() < 0.6 else ""
        if colour and karat:
            return pre + rng.choice([f"{kar}K {cw}", f"{kar} karat {cw}", f"{cw} {kar}K", f"{cw} {mark}"])
        if colour:
            return pre + cw
        if karat:
            return pre + rng.choice([f"{kar}K guld", f"{kar} karat guld", f"{mark}-guld", f"guld {mark}"])
        return pre + "guld"
    if code == "S925":
        return rng.choice(["sterlingsilver", "silver 925", "925 sterlingsilver", "äkta silver"] + (["återvunnet sterlingsilver"] if recycled else [])) if colour else ""
    if code == "GPS":
        return rng.choice(["förgyllt silver", "förgyllt sterlingsilver", "18K förgyllt silver", "guldpläterat sterlingsilver"]) if colour else rng.choice(["sterlingsilver", "silver", ""])
    if code == "SS":
        return rng.choice(["rostfritt stål, silverfärgat", "silverfärgat kirurgiskt stål"]) if colour else rng.choice(["rostfritt stål", "kirurgiskt stål"])
    if code == "GSS":
        return rng.choice(["guldpläterat rostfritt stål", "rostfritt stål med guldplätering"]) if colour else "rostfritt stål"
    raise KeyError(code)


STONE_SV = {
    "diamond": ["diamant", "briljant", "briljantslipad diamant"], "lab": ["lab-odlad diamant", "labbodlad diamant"],
    "cz": ["cubic zirconia", "zirkonia", "briljantslipad zirkonia"], "cz blue": ["blå zirkonia", "blå cubic zirconia"],
    "fwpearl": ["sötvattenspärla", "odlad sötvattenspärla", "pärla"], "ruby": ["rubin"], "sapphire": ["blå safir", "safir"],
    "emerald": ["smaragd"], "garnet": ["granat"], "amethyst": ["ametist"], "aquamarine": ["akvamarin"],
    "citrine": ["citrin"], "moonstone": ["månsten", "regnbågsmånsten"], "rock crystal": ["bergkristall"],
    "mop": ["pärlemor"],
}
STONE_PLURAL = {"fwpearl": "sötvattenspärlor", "diamond": "diamanter", "cz": "zirkonior", "garnet": "granater"}


def axis_values(rng, ax, p):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    if ax == "size":
        sizes = ["15,5", "16", "16,5", "17", "17,5", "18", "18,5", "19", "19,5", "20"]
        if cat in ("ring",) and p["d"]["key"] == "signet":
            sizes = sizes[4:]
        k = rng.randint(5, 8)
        st = rng.randint(0, len(sizes) - k)
        fmt = rng.choice(["{} mm", "{}", "Storlek {}"])
        return rng.choice(["Storlek", "Ringstorlek", "Storlek (innerdiameter)"]), [(fmt.format(s), {"f": 1 + 0.01 * i}) for i, s in enumerate(sizes[st:st + k])]
    if ax == "ct" and stone in ("diamond", "lab"):
        return "Karat", [("0,20 ct", {"ct": 0.2}), ("0,30 ct", {"ct": 0.3}), ("0,50 ct", {"ct": 0.5})][: rng.randint(2, 3)]
    if ax == "width":
        return "Bredd", [("3 mm", {"f": 1.0}), ("4 mm", {"f": 1.3}), ("5 mm", {"f": 1.62})][: rng.randint(2, 3)]
    if ax == "len":
        ls = [("40 cm", 0.92), ("42 cm", 0.96), ("45 cm", 1.0), ("50 cm", 1.1), ("60 cm", 1.3)]
        k = rng.randint(2, 3)
        st = rng.randint(0, len(ls) - k)
        return "Längd", [(v, {"f": f}) for v, f in ls[st:st + k]]
    if ax == "metal3" and group(code) == "gold":
        k = XMETALS[code][2]
        fam = [f"Y{k}", f"W{k}", f"R{k}"]
        order = [code] + [c for c in fam if c != code]
        lab = {"Y": f"{k}K gult guld", "W": f"{k}K vitguld", "R": f"{k}K rödguld" if k == 18 else f"{k}K roséguld"}
        if rng.random() < 0.4:
            lab = {"Y": "Gult guld", "W": "Vitguld", "R": "Rödguld"}
        return rng.choice(["Metall", "Guld", "Metall"]), [(lab[c[0]], {"code": c}) for c in order[: rng.randint(2, 3)]]
    if ax == "metal2" and code in ("S925", "GPS"):
        a = [("Silver", {"code": "S925"}), ("Förgyllt", {"code": "GPS", "add": 150})]
        return rng.choice(["Färg", "Metall"]), a if code == "S925" else a[::-1]
    return None


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "traps": []}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if group(code) != "gold" and stone in ("diamond", "lab", "sapphire", "ruby", "emerald"):
        stone = rng.choice(["cz", "moonstone", "garnet"]) if cat != "necklace" else "fwpearl"
    word = d["words"][i % len(d["words"])]
    if word in ("pärlarmband", "pärlhalsband") and stone != "fwpearl":
        word = "tunt" if cat == "bracelet" else "collier"
    if word == "smaragdslipad":
        if stone not in ("diamond", "lab"):
            word = "solitär"
        else:
            p["traps"].append("smaragdslipad")
    if word == "diamantslipad":
        p["traps"].append("diamantslipad")
    p["code"], p["stone"], p["word"] = code, stone, word
    p["coll"] = NAMES[(serial * 5 + i) % len(NAMES)]
    if p["coll"] == "Havtorn" and group(code) == "gold":
        p["coll"] = "Tång"
    p["sold_with_chain"] = d.get("chain")
    if d.get("men"):
        p["for"] = "men"
    if stone == "lab":
        p["lab"] = True
    if stone == "fwpearl":
        p["pearl_type"] = "freshwater"
    p["recycled"] = group(code) == "gold" and rng.random() < 0.7 or (code == "S925" and rng.random() < 0.3)
    if cat == "earrings":
        p["fitting"] = "pierced"
    # the Guldregn collection: sterling silver and gilded pieces named after the laburnum tree
    if group(code) == "silver" and rng.random() < 0.07:
        p["coll"] = "Guldregn"
        p["traps"].append("Guldregn")
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() < prob:
            r = axis_values(rng, ax, p)
            if r:
                axes.append(r)
    if cat == "ring" and stone == "cz blue":
        axes.insert(0, ("Färg", [("Safirblå", {}), ("Vit", {"stone": "cz"})]))
        p["traps"].append("Safirblå")
    p["axes"] = axes[:3]
    carat = None
    if stone in ("diamond", "lab"):
        carat = {"engagement ring": rng.choice([0.2, 0.25, 0.3, 0.4, 0.5]), "wedding band": rng.choice([0.05, 0.1, 0.15]),
                 "necklace": rng.choice([1.0, 1.5])}.get(cat, rng.choice([0.03, 0.05, 0.08, 0.1]))
        for nm, vals in axes:
            if nm == "Karat":
                carat = vals[0][1]["ct"]
    p["carat"] = carat
    g0 = round(rng.uniform(*d["grams"]), 2)
    labour = rng.uniform(*LABOUR[group(code)])
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    vs = []
    for combo in combos:
        vc, vst, f, add, ct = code, stone, 1.0, 0, carat
        for val, mod in combo:
            vc = mod.get("code", vc)
            vst = mod.get("stone", vst)
            f *= mod.get("f", 1.0)
            add += mod.get("add", 0)
            ct = mod.get("ct", ct)
        grams = g0 * f
        x = grams * RATE[vc] + labour + add
        if vst in ("diamond", "lab"):
            per = 60000 if (ct or 0) < 0.2 else 95000
            x += (ct or 0.05) * per * (0.25 if vst == "lab" else 1.0)
        elif vst == "fwpearl" and cat == "necklace":
            x += 1400
        else:
            x += STONE_SEK.get(vst, 0) * (2 if cat in ("earrings", "cufflinks") else 1)
        v = Variant([val for val, _ in combo], vc, vst, sek(rng, x), grams=grams)
        v.extra["ct"] = ct
        vs.append(v)
    if rng.random() < 0.1:
        for v in vs:
            v.compare = v.price
            v.price = sek(rng, v.price * 0.75)
    p["variants"] = vs
    write_text(rng, p)
    return p


def write_text(rng, p):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    gold = group(code) == "gold"
    opt_names = [nm for nm, _ in p["axes"]]
    col_in_opts = any(nm in ("Färg", "Metall", "Guld") for nm, _ in p["axes"] if nm != "Färg" or "Safirblå" not in p["traps"])
    col_loc = wchoice(rng, [("title", 5), ("body", 4), ("tags", 1.2), ("categories", 0.4), ("photo", 0.7)]
                      + ([("options", 5)] if col_in_opts else []))
    if col_loc == "categories" and code not in ("S925", "GPS"):
        col_loc = "body"
    kar_loc = wchoice(rng, [("title", 4), ("body", 4), ("tags", 1)]) if gold else None
    st_loc = wchoice(rng, [("title", 5), ("body", 4), ("tags", 1), ("photo", 0.4)]) if stone else None
    cat_loc = wchoice(rng, [("title", 10), ("body", 1.5), ("categories", 1)])
    if cat_loc == "categories" and not any(CATS[cat]):
        cat_loc = "title"
    p["locs"] = dict(col=col_loc, kar=kar_loc, st=st_loc, cat=cat_loc)
    coll = p["coll"]
    # --- title
    catw = rng.choice(CATWORD[cat]) if cat != "earrings" else p["word"].capitalize()
    if cat == "earrings" and p["word"] in ("knappar", "prick", "droppar", "hängen"):
        catw = rng.choice(["Örhängen", "örhängen", "Örstickor"]) if p["d"]["key"] == "stickor" else rng.choice(["Örhängen", "örhängen"])
    if cat == "pendant" and not p["sold_with_chain"]:
        catw = rng.choice(["hänge", "Hänge", "berlock"])
    mt = metal_phrase(rng, code, col_loc == "title", kar_loc == "title", p["recycled"]) if "title" in (col_loc, kar_loc) else ""
    sw = ""
    if st_loc == "title":
        sw = rng.choice(STONE_SV[stone])
        if p["carat"] and rng.random() < 0.6:
            sw += f" {p['carat']:.2f} ct".replace(".", ",")
    wd = p["word"] if p["word"] not in (catw.lower(),) and cat != "earrings" else ""
    style = rng.random()
    if cat_loc != "title":
        catw = ""
    if style < 0.4:
        head = f"{coll} – " + " ".join(x for x in [catw, wd] if x)
        tail = []
        if mt:
            tail.append(mt)
        if sw:
            tail.append("med " + sw)
        title = head + (", " + " ".join(tail) if tail else "")
    elif style < 0.7:
        first = " ".join(x for x in [catw.capitalize() if catw else "", coll, wd] if x)
        rest = " | ".join(x for x in [mt, sw] if x)
        title = first + (" | " + rest if rest else "")
    else:
        title = " ".join(x for x in [coll.upper(), catw, wd, ("i " + mt) if mt else "", ("med " + sw) if sw else ""] if x)
    p["title"] = " ".join(title.split()).strip(" –|,")
    # --- description
    intro = {
        "engagement ring": ["En förlovningsring att bära varje dag, resten av livet.", "Klassisk solitärring – smidd och fattad för hand i vår verkstad på Södermalm."],
        "wedding band": ["Vigselring, smidd för hand. Pris per ring.", "Vigselringar görs på beställning – räkna med 3–4 veckors leveranstid."],
        "ring": ["En tunn ring som är fin ensam eller staplad.", "Ring som gjord för att bäras ihop med andra."],
        "earrings": ["Små örhängen för vardagen.", "Örhängen som säljs i par.", "Lätta creoler som går att sova i."],
        "ear cuff": ["Ear cuff som sitter på örat utan hål."],
        "pendant": ["Halsband med ett litet hänge.", "Ett enkelt halsband – hänget glider fritt på kedjan."] if p["sold_with_chain"]
        else ["Hänget säljs utan kedja. Välj till en kedja i butiken.", "Endast hänge, kedja säljs separat."],
        "necklace": ["Halsband som ligger fint mot nyckelbenen.", "Klassiskt halsband med lås i silver."],
        "chain": ["Kedja som passar de flesta av våra hängen.", "En stadig kedja med karbinhakelås."],
        "bracelet": ["Ett tunt armband för vardagen.", "Armband med justerbar längd."],
        "bangle": ["Armring som går att böja lite för att passa handleden.", "Handsmidd armring."],
        "anklet": ["Fotlänk för sommaren.", "En tunn fotlänk, 23–25 cm."],
        "brooch": ["Brosch att fästa på kavajen eller sjalen.", "En liten brosch, handgjord i Stockholm."],
        "cufflinks": ["Manschettknappar med T-bygel.", "Klassiska manschettknappar – en fin present till bröllopet."],
    }[cat]
    neutral = ["Tillverkad för hand i vår verkstad på Södermalm.", "Varje smycke blir lite unikt.", "Levereras i vår ask, klar att ge bort.",
               "Designad och tillverkad i Stockholm."]
    bits = []
    if cat_loc in ("body",) or (cat_loc == "title" and rng.random() < 0.5):
        bits.append(f"<p>{rng.choice(intro)}</p>")
    else:
        bits.append(f"<p>{rng.choice(neutral)}</p>")
    li = []
    col_b = col_loc == "body" or (col_loc == "title" and rng.random() < 0.4)
    kar_b = kar_loc == "body" or (kar_loc == "title" and rng.random() < 0.5)
    mb = metal_phrase(rng, code, col_b, kar_b, p["recycled"])
    if mb and not (mb.strip() in ("guld", "återvunnet guld") and rng.random() < 0.4):
        li.append(f"Material: {mb}")
    if stone and (st_loc == "body" or (st_loc == "title" and rng.random() < 0.5)):
        sw2 = rng.choice(STONE_SV[stone])
        if p["carat"]:
            sw2 += f", totalt {p['carat']:.2f} ct".replace(".", ",") if cat == "wedding band" else f" {p['carat']:.2f} ct".replace(".", ",")
            if stone == "diamond" and rng.random() < 0.5:
                sw2 += ", TW/VS"
        if stone == "cz" and rng.random() < 0.5:
            sw2 = "briljantslipade zirkonior"
        li.append(f"Sten: {sw2}")
    if cat in ("pendant", "chain", "necklace") and "Längd" not in opt_names and (cat != "pendant" or p["sold_with_chain"]):
        li.append(rng.choice(["Längd: 42 cm + 3 cm förlängning", "Kedjans längd: 45 cm", "Längd ca 40–45 cm (justerbar)"]))
    if cat == "pendant" and not p["sold_with_chain"]:
        li.append(f"Hängets storlek: ca {rng.choice([8, 10, 12])} mm")
    if cat in ("earrings",) and rng.random() < 0.4:
        li.append(rng.choice(["Bygel i sterlingsilver", "Stift i 925 silver", "Stift och lås i guld"]) if False else "Säljs i par")
    li.append(f"Vikt: ca {p['variants'][0].grams:.1f} g".replace(".", ","))
    if p["recycled"] and rng.random() < 0.6:
        li.append("Tillverkad av återvunnen metall")
    if p["d"]["key"] in ("forlovning", "vigsel") and rng.random() < 0.5:
        li.append("Gravyr ingår")
    bits.append("<ul>" + "".join(f"<li><p>{x}</p></li>" for x in li) + "</ul>")
    if rng.random() < 0.35:
        bits.append(f"<p>{rng.choice(['Fri frakt över 500 kr.', 'Osäker på storleken? Vi byter gärna.', 'Tillverkas på beställning, 2–3 veckor.', 'Finns även i butiken på Katarina Bangata.'])}</p>")
    if p["variants"][0].compare and rng.random() < 0.7:
        bits.append(f"<p><strong>REA!</strong> Ord. pris {kr(p['variants'][0].compare)}:-</p>")
    if rng.random() < 0.15:
        bits.append("<p><em>English:</em> Handmade in Stockholm. Ships worldwide.</p>")
    p["body"] = "\n".join(bits)
    # --- tags
    pool = ["present", "nyhet", "handgjort", "vardag", "bröllop", "julklapp", "mors dag", "bestseller", "stockholm", "minimalistiskt"]
    tags = rng.sample(pool, k=rng.randint(1, 3))
    if gold and rng.random() < 0.4:
        tags.append("guld")
    if p["recycled"]:
        tags.append("återvunnet")
    if col_loc == "tags":
        tags.append({"Y18": "gult guld", "W18": "vitguld", "R18": "rödguld", "Y14": "gult guld", "W14": "vitguld", "R14": "roséguld",
                     "S925": "sterlingsilver", "GPS": "förgyllt", "SS": "silverfärgat", "GSS": "guldpläterat"}[code])
    if kar_loc == "tags":
        tags.append({18: "18k", 14: "14k"}[XMETALS[code][2]])
    if st_loc == "tags":
        tags.append({"fwpearl": "pärlor", "lab": "lab-odlad diamant", "cz": "zirkonia", "cz blue": "zirkonia", "mop": "pärlemor",
                     "diamond": "diamanter"}.get(stone, STONE_SV[stone][0]))
    if cat_loc == "categories" and rng.random() < 0.4 and cat not in ("earrings",):
        tags.append(CATWORD[cat][0])
    clean = []
    for t in tags:
        if t not in clean:
            clean.append(t)
    p["tags"] = clean
    cats = CATS[cat][0] if cat_loc == "categories" else rng.choice(CATS[cat])
    if col_loc == "categories":
        cats = (cats + ", " if cats else "") + {"S925": "Silver", "GPS": "Förgyllt silver"}[code]
    p["categories"] = cats


def render_spec(p, code, stone):
    cat = p["cat"]
    kind = {"ear cuff": "earrings", "cufflinks": "earrings", "engagement ring": "ring", "wedding band": "ring"}.get(cat, cat)
    spec = {"kind": kind, "metal": XMETALS[code][3], "stone": XSTONES[stone][2]}
    if XSTONES[stone][3]:
        spec["stone_rgb"] = XSTONES[stone][3]
    st = p["d"]["style"]
    if cat == "pendant":
        spec["pendant"] = {"stjärna": "heart" if False else "round", "mynt": "coin"}.get(p["word"], "drop" if stone else "round")
        if stone in ("diamond",):
            spec["pendant"] = "solitaire"
        spec["chain"] = bool(p["sold_with_chain"])
    elif cat == "ring":
        spec["style"] = "signet" if p["d"]["key"] == "signet" else ("stacking" if stone else "band")
    elif cat == "earrings":
        spec["style"] = {"stud": "stud", "hoop": "hoop" if p["word"] != "små creoler" else "huggie"}.get(st, "drop")
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "fwpearl" else "tennis"
    elif cat == "bracelet":
        spec["style"] = "bead" if stone else ("curb" if p["word"] == "länkarmband" else "chain")
    elif cat == "chain":
        spec["style"] = {"pansarlänk": "curb", "venezia": "box", "diamantslipad": "curb"}.get(p["word"], "cable")
    elif cat == "anklet":
        spec["style"] = "single"
        spec["bells"] = False
    else:
        spec["style"] = st
    return spec


def build(OUT, images=True, seed=1523):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "sto_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = []
    serial = 300
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        base = slugify(p["title"].split("|")[0].split(",")[0])[:48].strip("-")
        if rng.random() < 0.25:
            base = slugify(p["coll"] + "-" + CATWORD[p["cat"]][0] if p["cat"] != "earrings" else p["coll"] + "-" + p["word"])
        seen[base] = seen.get(base, 0) + 1
        p["handle"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "visible"
    for k in idx[:4]:
        prods[k]["status"] = "hidden"
    broken = set(idx[4:7])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        pid = "%024x" % prng.getrandbits(96)
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])

        def img_url(name):
            ts = 1690000000000 + p["serial"] * 86400017 % 10 ** 11 + prng.randrange(10 ** 6)
            key = "".join(prng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
            return f"{SITE}/{ts}-{key}/{name}"
        main_name = rng.choice([f"IMG_{prng.randint(1000, 9999)}.jpg", f"{h}.jpg", f"{p['coll'].lower()}-{prng.randint(1, 9)}.jpg",
                                f"DSC0{prng.randint(1000, 9999)}.jpg"])
        main_name = slugify(main_name[:-4]) + ".jpg" if not main_name.startswith(("IMG", "DSC")) else main_name
        imgs = [(img_url(main_name), None if is_broken else main_spec, 4000 + p["serial"])]
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
            looks = {(XMETALS[m.get("code", p["code"])][3], XSTONES[m.get("stone", p["stone"])][2], XSTONES[m.get("stone", p["stone"])][3]) for _, m in vals}
            if len(looks) > 1:
                axis_idx = a
        if axis_idx is not None:
            nm, vals = p["axes"][axis_idx]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                imgs.append((img_url(f"{slugify(h)[:30]}-{slugify(val)}.jpg"), sp, 4000 + p["serial"] + 41 * j))
        if prng.random() < 0.35:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((img_url(f"IMG_{prng.randint(1000, 9999)}.jpg"), sp, 4500 + p["serial"]))
        for rel, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(outdir, "images", rel), sp, s))
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        for k, v in enumerate(vs):
            v.sku = f"SQ{prng.randint(1000000, 9999999)}" if prng.random() < 0.5 else f"HG-{p['serial']}-{k + 1}"
        for j, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            r["Product ID [Non Editable]"] = pid
            r["Variant ID [Non Editable]"] = "%08x-%04x-4%03x-%04x-%012x" % (prng.getrandbits(32), prng.getrandbits(16), prng.getrandbits(12),
                                                                            0x8000 | prng.getrandbits(14), prng.getrandbits(48))
            if j == 0:
                r.update({"Product Type [Non Editable]": "PHYSICAL", "Product Page": "butik", "Product URL": h,
                          "Title": p["title"], "Description": p["body"], "Categories": p["categories"], "Tags": ", ".join(p["tags"]),
                          "Visible": "Yes" if p["status"] == "visible" else "No",
                          "Hosted Image URLs": " ".join(HOST + rel for rel, _, _ in imgs)})
            for a, o in enumerate(v.opts):
                r[f"Option Name {a + 1}"] = names[a]
                r[f"Option Value {a + 1}"] = o
            r.update({"SKU": v.sku, "Price": f"{(v.compare or v.price):.2f}", "Sale Price": f"{v.price:.2f}" if v.compare else "0.00",
                      "On Sale": "Yes" if v.compare else "No",
                      "Stock": "Unlimited" if p["cat"] in ("wedding band", "engagement ring") else str(prng.randint(0, 5)),
                      "Weight": f"{(v.grams + 30) / 1000:.3f}".rstrip("0").rstrip("."), "Length": "0", "Width": "0", "Height": "0"})
            rows.append(r)
        p["shop_category"] = p["categories"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             ["images/" + rel for rel, sp, _ in imgs[1:] if sp is not None], "regular_price")
        for tv, v in zip(truth["variant_list"], vs):
            tv["regular_price"] = v.compare or v.price
            if p["cat"] == "earrings":
                tv["earring_fitting"] = "pierced"
            if v.extra.get("ct") and tv["gemstone"] == "diamond":
                tv["carat"] = v.extra["ct"]
        truth["squarespace_id"] = pid
        truth["status"] = p["status"]
        fields = {"title": p["title"], "body": p["body"], "type": p["categories"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        ev, problems = read_evidence(truth, fields, not is_broken, SV, (), p["traps"])
        if problems:
            raise SystemExit(f"sto {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
