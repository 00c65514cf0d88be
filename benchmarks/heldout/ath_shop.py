"""Plan of the Athens shop: KymaAthensJewelry, a maker's studio in Koukaki (EUR).

An Etsy shop; the export is Etsy's own listings download (Shop Manager >
Settings > Options > Download Data > Download CSV): one row per ACTIVE
listing, the columns of HEADER.  Etsy's download carries no product type or
category, no per-variation prices or stock and no listing id: the kind of
piece is only in the title, description, tags or materials; the PRICE is the
listing's price (here the lowest option), and the maker writes the other
options' prices into the description.  Titles are keyword-stuffed the Etsy
way; descriptions are plain text with real newlines; tags are comma separated
(at most 13, at most 20 characters each), some in Greek.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import random

from thirteenth_common import (TMETALS, TSTONES, Variant, read_evidence, render_spec, slugify, truth_record, wchoice)

HOST = "https://i.heldout-etsystatic.example/"
CURRENCY = "EUR"
EXPORT_NAME = "EtsyListingsDownload.csv"
HEADER = (["TITLE", "DESCRIPTION", "PRICE", "CURRENCY_CODE", "QUANTITY", "TAGS", "MATERIALS"]
          + [f"IMAGE{i}" for i in range(1, 11)]
          + ["VARIATION 1 TYPE", "VARIATION 1 NAME", "VARIATION 1 VALUES",
             "VARIATION 2 TYPE", "VARIATION 2 NAME", "VARIATION 2 VALUES", "SKU"])

BASE = {"S925": 1.0, "GPS": 1.25, "RGPS": 1.25, "Y14": 5.5, "W14": 5.7, "Y18": 8.5}
STONE = {None: 0, "cz": 4, "turquoise": 12, "lapis": 12, "garnet": 15, "pearl": 14, "onyx": 8, "blue sapphire": 180,
         "diamond": 260, "aquamarine": 40}
LABEL = {"S925": "Sterling silver", "GPS": "22K gold vermeil", "RGPS": "Rose gold vermeil", "Y14": "Solid 14K gold",
         "W14": "Solid 14K white gold", "Y18": "Solid 18K gold"}
ST_EN = {"cz": ["cubic zirconia", "CZ", "zircon"], "turquoise": ["turquoise"], "lapis": ["lapis lazuli", "lapis"],
         "garnet": ["garnet", "rhodolite garnet"], "pearl": ["freshwater pearl", "pearl"], "onyx": ["black onyx", "onyx"],
         "blue sapphire": ["blue sapphire", "sapphire"], "diamond": ["diamond", "brilliant cut diamond"],
         "aquamarine": ["aquamarine"]}


def D(key, cat, n, kind, style, names, metals, stones, silver_eur, words, axes=(), tagw=(), **kw):
    d = dict(key=key, cat=cat, n=n, kind=kind, style=style, names=names, metals=metals, stones=stones,
             silver_eur=silver_eur, words=words, axes=list(axes), tagw=list(tagw))
    d.update(kw)
    return d


SV = [("S925", 5), ("GPS", 4)]
DESIGNS = [
    D("matiring", "ring", 8, "ring", "cocktail", ["Evil Eye", "Mati", "Tiny Mati", "Greek Evil Eye", "Sapphire Blue Enamel Mati"],
      SV + [("Y14", 2), ("Y18", 1)], [(None, 5), ("cz", 2), ("blue sapphire", 1), ("turquoise", 1)], 48,
      ["Ring", "Ring", "Stacking Ring", "Band"], axes=[("rsize", 0.9), ("metal", 0.35)],
      tagw=["evil eye ring", "mati ring", "μάτι", "δαχτυλίδι", "protection ring"], evil=True),
    D("meander", "ring", 7, "wedding band", "wedding", ["Meander", "Greek Key", "Meandros", "Greek Key Wide"],
      SV + [("Y14", 2), ("Y18", 1)], [(None, 1)], 58, ["Ring", "Band Ring", "Ring"], axes=[("rsize", 0.9), ("metal", 0.3)],
      tagw=["greek key ring", "meander ring", "μαίανδρος", "greek jewelry"]),
    D("keyband", "wedding band", 3, "wedding band", "wedding", ["Greek Key Wedding Band", "Meander Wedding Band", "Olive Wreath Wedding Band"],
      [("Y14", 2), ("Y18", 2), ("W14", 1)], [(None, 4), ("diamond", 1)], 0, ["", ""], axes=[("rsize", 1.0)],
      tagw=["wedding band", "greek wedding ring", "βέρα", "wedding ring"]),
    D("signet", "ring", 4, "ring", "signet", ["Byzantine Coin Signet", "Owl Signet", "Alexander Signet", "Golden Fleece Signet"],
      [("S925", 4), ("GPS", 2)], [(None, 1)], 72, ["Signet Ring", "Signet Ring", "Ring"], axes=[("rsize", 0.9)],
      tagw=["signet ring", "byzantine ring", "mens ring", "ancient coin"], gents_p=0.5),
    D("hammered", "ring", 5, "ring", "stacking", ["Hammered", "Thin Hammered", "Pebble", "Aegean Wave", "Twisted"],
      SV + [("Y14", 2)], [(None, 4), ("garnet", 1), ("aquamarine", 1)], 32, ["Stacking Ring", "Ring", "Ring"],
      axes=[("rsize", 0.9)], tagw=["stacking ring", "hammered ring", "minimalist ring"]),
    D("olivering", "ring", 3, "ring", "flower", ["Olive Leaf", "Olive Branch", "Olive Wreath"], SV + [("Y14", 1)], [(None, 3), ("pearl", 1)],
      46, ["Ring", "Wrap Ring", "Ring"], axes=[("rsize", 0.9)], tagw=["olive leaf ring", "ελιά", "nature ring"]),
    D("matistud", "earrings", 5, "earrings", "stud", ["Evil Eye", "Mati", "Tiny Mati", "Evil Eye Heart", "Lucky Eye"],
      SV + [("Y14", 2)], [(None, 4), ("cz", 1), ("blue sapphire", 1)], 36, ["Stud Earrings", "Studs", "Earrings"],
      axes=[("metal", 0.4)], tagw=["evil eye studs", "mati earrings", "σκουλαρίκια", "μάτι"], evil=True),
    D("olivehoop", "earrings", 4, "earrings", "hoop", ["Olive Leaf", "Olive Branch", "Laurel", "Olive Leaf Ear Climber"],
      SV + [("Y14", 1)], [(None, 4), ("pearl", 1)], 52, ["Hoop Earrings", "Hoops", "Earrings"], axes=[("metal", 0.4)],
      tagw=["olive leaf hoops", "laurel earrings", "greek earrings"]),
    D("bee", "earrings", 3, "earrings", "drop", ["Minoan Bee", "Malia Bee", "Minoan Bee Pendant"], [("GPS", 4), ("S925", 1), ("Y18", 1)],
      [(None, 3), ("garnet", 1)], 64, ["Dangle Earrings", "Drop Earrings", "Earrings"],
      tagw=["minoan bee", "malia bees", "ancient greek", "crete jewelry"]),
    D("meanderhoop", "earrings", 4, "earrings", "hoop", ["Meander", "Greek Key", "Meandros", "Greek Key Huggie"],
      SV + [("Y14", 2)], [(None, 1)], 44, ["Hoop Earrings", "Hoops", "Huggies"], axes=[("hsize", 0.5)],
      tagw=["greek key hoops", "meander earrings", "μαίανδρος"]),
    D("pearldrop", "earrings", 3, "earrings", "drop", ["Aegean Pearl", "Nereid", "Thalassa"], SV, [("pearl", 1)], 42,
      ["Pearl Earrings", "Drop Earrings", "Earrings"], tagw=["pearl earrings", "bridal earrings", "μαργαριτάρι"]),
    D("byzdrop", "earrings", 3, "earrings", "drop", ["Byzantine", "Empress Theodora", "Mystras"], [("GPS", 3), ("S925", 1), ("Y14", 1)],
      [("garnet", 2), ("lapis", 1), ("pearl", 1)], 68, ["Earrings", "Chandelier Earrings", "Drop Earrings"],
      tagw=["byzantine earrings", "statement earrings", "βυζαντινά"]),
    D("matipendant", "pendant", 6, "pendant", "round", ["Evil Eye", "Mati", "Evil Eye Coin", "Tiny Mati", "Sapphire Blue Enamel Mati", "Lucky Eye"],
      SV + [("Y14", 2)], [(None, 4), ("cz", 1), ("turquoise", 1), ("blue sapphire", 1)], 42, ["Necklace", "Pendant Necklace", "Necklace"],
      axes=[("len", 0.5), ("metal", 0.3)], tagw=["evil eye necklace", "mati necklace", "κολιέ", "μάτι", "protection"], evil=True, chain=True),
    D("cross", "pendant", 3, "pendant", "temple", ["Byzantine Cross", "Orthodox Cross", "Baptism Cross"],
      [("S925", 2), ("GPS", 1), ("Y14", 2), ("Y18", 1)], [(None, 3), ("garnet", 1)], 54, ["Pendant", "Cross Pendant", "Charm"],
      tagw=["byzantine cross", "orthodox cross", "σταυρός", "baptism gift"], chain=False),
    D("coin", "pendant", 4, "pendant", "coin", ["Athena Owl Coin", "Alexander Coin", "Tetradrachm", "Golden Fleece Coin"],
      SV + [("Y14", 1)], [(None, 1)], 62, ["Necklace", "Coin Necklace", "Pendant"], axes=[("len", 0.5)],
      tagw=["ancient coin", "owl necklace", "athena owl", "coin pendant"], chain=True),
    D("beependant", "pendant", 2, "pendant", "heart", ["Minoan Bee", "Malia Bee"], [("GPS", 2), ("Y18", 1)], [(None, 1)], 58,
      ["Necklace", "Pendant"], tagw=["minoan bee", "bee necklace"], chain=True),
    D("olivenecklace", "necklace", 2, "necklace", "haar", ["Olive Branch", "Olive Wreath"], SV, [(None, 1)], 78,
      ["Necklace", "Statement Necklace"], tagw=["olive necklace", "ελιά"]),
    D("beads", "necklace", 3, "necklace", "beaded", ["Aegean Blue", "Komboloi", "Santorini"], SV,
      [("lapis", 1), ("turquoise", 1), ("onyx", 1)], 64, ["Beaded Necklace", "Necklace", "Necklace"],
      tagw=["beaded necklace", "gemstone necklace", "boho"]),
    D("pearlnecklace", "necklace", 2, "necklace", "beaded", ["Aegean Pearl", "Nereid Pearl"], [("S925", 1), ("Y14", 1)], [("pearl", 1)], 88,
      ["Necklace", "Pearl Necklace"], tagw=["pearl necklace", "bridal necklace"]),
    D("choker", "choker", 2, "choker", "choker", ["Meander Collar", "Greek Key Torque"], SV, [(None, 1)], 96, ["Choker", "Collar Necklace"],
      tagw=["greek key choker", "collar necklace", "μαίανδρος"]),
    D("chain", "chain", 3, "chain", "rope", ["Figaro", "Rope", "Sterling Cable"], SV + [("Y14", 1)], [(None, 1)], 34,
      ["Chain Necklace", "Chain", "Chain"], axes=[("len", 0.9)], tagw=["silver chain", "layering chain", "αλυσίδα"]),
    D("matibracelet", "bracelet", 3, "bracelet", "charm", ["Evil Eye", "Mati", "Evil Eye Macrame"], SV, [(None, 2), ("cz", 1)], 28,
      ["Bracelet", "Charm Bracelet", "Bracelet"], tagw=["evil eye bracelet", "mati bracelet", "βραχιόλι", "μάτι"], evil=True),
    D("meanderbracelet", "bracelet", 3, "bracelet", "chain", ["Meander", "Greek Key Link", "Meandros"], SV + [("Y14", 1)], [(None, 1)], 72,
      ["Bracelet", "Link Bracelet"], axes=[("blen", 0.5)], tagw=["greek key bracelet", "meander bracelet"]),
    D("cuff", "bangle", 4, "cuff", None, ["Hammered", "Aegean Wave", "Meander", "Olive Branch"], SV, [(None, 1)], 84,
      ["Cuff Bracelet", "Cuff", "Open Bangle"], tagw=["cuff bracelet", "hammered cuff", "βραχιόλι"]),
    D("komboloi", "bracelet", 2, "bracelet", "bead", ["Komboloi", "Komboloi Worry Bead"], SV, [("onyx", 1), ("lapis", 1), ("garnet", 1)], 38,
      ["Bracelet", "Beaded Bracelet"], tagw=["komboloi", "κομπολόι", "worry beads", "mens bracelet"], gents_p=0.5),
    D("anklet", "anklet", 3, "anklet", "pair", ["Evil Eye", "Mati", "Beach"], SV, [(None, 1)], 26, ["Anklet", "Ankle Bracelet", "Anklet"],
      tagw=["evil eye anklet", "summer anklet", "beach jewelry"], evil=True),
    D("brooch", "brooch", 1, "brooch", "flower", ["Athena Owl"], [("S925", 1)], [(None, 1)], 58, ["Brooch"], tagw=["owl brooch", "lapel pin"]),
]
AX = {
    "rsize": ("Ring size", "Ring size", [f"US {s}" for s in (5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 10)]),
    "len": ("Length", "Chain length", ["40 cm", "45 cm", "50 cm", "55 cm"]),
    "blen": ("Length", "Bracelet length", ["16 cm", "17 cm", "18 cm", "19 cm"]),
    "hsize": ("Size", "Hoop size", ["12 mm", "16 mm", "20 mm"]),
}
TRAPS = {"Golden Fleece Signet": ["Golden Fleece"], "Golden Fleece Coin": ["Golden Fleece"],
         "Sapphire Blue Enamel Mati": ["Sapphire Blue Enamel"]}


def eur(x):
    v = int(x) + (0 if int(x) % 2 else 0)
    v = int(round(x))
    while v in (375, 585, 750, 925, 950):
        v += 4
    return float(v)


def metal_en(rng, code, say_colour):
    if code == "S925":
        return rng.choice(["Sterling Silver 925", "925 Sterling Silver", "Oxidised Sterling Silver", "Sterling Silver"])
    if code == "GPS":
        return rng.choice(["22K Gold Vermeil", "22k Gold Vermeil", "Gold Vermeil", "Gold Plated Silver"])
    if code == "RGPS":
        return "Rose Gold Vermeil"
    if code == "W14":
        return "Solid 14K White Gold" if say_colour else "Solid 14K Gold"
    k = code[1:]
    return rng.choice([f"Solid {k}K Yellow Gold", f"{k}K Yellow Gold"]) if say_colour else rng.choice([f"Solid {k}K Gold", f"{k}k Solid Gold", f"{k}K Gold"])


def make_product(rng, d, i, serial):
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if stone in ("blue sapphire", "diamond") and code in ("S925", "GPS", "RGPS"):
        code = rng.choice(["Y14", "Y18"])
    if "Golden Fleece" in name or "Oxidised" in name:
        code = "S925"
    if "Sapphire Blue Enamel" in name:
        stone = None
    p = {"serial": serial, "cat": d["cat"], "d": d, "name": name, "code": code, "stone": stone, "traps": list(TRAPS.get(name, []))}
    if d.get("gents_p") and rng.random() < d["gents_p"]:
        p["for"] = "men"
    if d["cat"] == "pendant":
        p["sold_with_chain"] = bool(d.get("chain"))
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax == "metal":
            if code in ("S925", "GPS"):
                alts = [code] + [c for c in ("S925", "GPS", "Y14") if c != code][: rng.randint(1, 2)]
            else:
                alts = [code, "S925", "GPS"] if rng.random() < 0.5 else [code, "Y18" if code == "Y14" else "Y14"]
            axes.append(("Material", "Material", [(LABEL[c], {"code": c}) for c in alts]))
        else:
            tp, nm, vals = AX[ax]
            if ax == "rsize":
                lo = rng.randint(0, 3)
                vals = vals[lo: lo + rng.randint(5, 7)]
            elif ax == "len":
                vals = vals[: rng.randint(2, 4)]
            axes.append((tp, nm, [(v, {"f": 1.0 + (0.1 * j if ax == "len" and TMETALS[code][2] else 0)}) for j, v in enumerate(vals)]))
    p["axes"] = axes
    silver = d["silver_eur"] or 60
    vs = []
    for combo in (list(itertools.product(*[vals for _, _, vals in axes])) if axes else [()]):
        vc, f = code, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            f *= mod.get("f", 1.0)
        price = silver * BASE[vc] * f + STONE[stone] * (1.0 if TMETALS[vc][2] or stone not in ("blue sapphire", "diamond") else 1.0)
        if d["key"] == "keyband":
            price = {"Y14": 420, "W14": 460, "Y18": 640}[vc] + (380 if stone == "diamond" else 0)
        vs.append(Variant([v for v, _ in combo], vc, stone, eur(price), grams=round(rng.uniform(1.5, 8), 1)))
    p["variants"] = vs
    # locations
    metal_axis = any(a[0] == "Material" for a in axes)
    col_loc = wchoice(rng, [("title", 72), ("body", 12), ("materials", 6), ("tags", 5), ("photo", 5)])
    if metal_axis and rng.random() < 0.4:
        col_loc = "options"
    if code == "Y14" or code == "Y18":
        # "Solid 14K Gold": the karat without a colour is the usual way; the colour is then in body / photo
        col_loc = wchoice(rng, [("body", 4), ("title", 3), ("photo", 2), ("tags", 1)]) if col_loc == "title" else col_loc
    st_loc = wchoice(rng, [("title", 50), ("body", 28), ("materials", 10), ("tags", 6), ("nowhere", 6)]) if stone else None
    if stone and any(w in name.lower() for w in ("pearl", "komboloi")) and stone == "pearl":
        st_loc = "title"
    cat_loc = wchoice(rng, [("title", 88), ("body", 6), ("tags", 6)])
    p["locs"] = dict(colour=col_loc, stone=st_loc, cat=cat_loc)
    # title
    words = [w for w in d["words"] if w] or [""]
    word = rng.choice(words) if cat_loc == "title" else ""
    mt = metal_en(rng, code, col_loc == "title") if col_loc == "title" or (TMETALS[code][2] and rng.random() < 0.7) else ""
    if col_loc != "title" and code in ("S925", "GPS", "RGPS"):
        mt = ""
    if word:
        word = " ".join(w for w in word.split() if w.lower() not in name.lower().split()) or ""
    sw = rng.choice(ST_EN[stone]).title() if stone and st_loc == "title" else ""
    if sw and any(w in (name + " " + word).lower().split() for w in sw.lower().split()):
        sw = ""
    main = " ".join(x for x in (name, sw, word) if x)
    extras = rng.sample(["Handmade in Greece", "Greek Jewelry", "Protection Jewelry" if d.get("evil") else "Gift for Her",
                         "Ancient Greek Jewelry", "Dainty", "Minimalist", "Gift for Mom", "Made in Athens", "Boho"], k=rng.randint(1, 3))
    if p.get("for") == "men":
        extras[0] = "Mens Jewelry"
    if word == "" and cat_loc == "title" and d["key"] == "keyband":
        main = name
    bits = [main] + ([mt] if mt else []) + extras
    title = ", ".join(bits) if rng.random() < 0.6 else " | ".join(bits[:3]) if len(bits) > 2 else " ".join(bits)
    if len(title) > 140:
        title = title[:140].rsplit(",", 1)[0]
    p["title"] = title
    # description (plain text, real newlines)
    kind_word = {"ring": "ring", "wedding band": "wedding band", "earrings": "earrings", "pendant": "pendant",
                 "necklace": "necklace", "choker": "choker", "chain": "chain", "bracelet": "bracelet", "bangle": "cuff",
                 "anklet": "anklet", "brooch": "brooch"}[d["cat"]]
    lines = []
    if cat_loc == "body" or rng.random() < 0.6:
        lines.append(f"{'These' if kind_word == 'earrings' else 'This'} {name.lower()} {kind_word} {'are' if kind_word == 'earrings' else 'is'} handmade by me in my small studio in Koukaki, Athens, a few steps from the Acropolis.")
    else:
        lines.append(rng.choice(["Made slowly, by hand, in Athens.", "Γεια σας! Thank you for visiting my little shop.",
                                 "Inspired by the museums of Athens and the blue of the Aegean.",
                                 "A small piece of Greece to keep with you."]))
    if d.get("evil"):
        lines.append("The mati (μάτι), the evil eye, is worn in Greece for protection, painted in blue enamel by hand.")
    if "Minoan" in name or "Malia" in name:
        lines.append("Inspired by the famous gold Malia bee pendant, Heraklion Archaeological Museum.")
    if "Meander" in name or "Greek Key" in name or "Meandros" in name:
        lines.append("The meander (μαίανδρος), the Greek key, stands for eternity and the flow of life.")
    lines.append("")
    lines.append("DETAILS")
    if col_loc == "body":
        lines.append("• Metal: " + {"S925": "sterling silver 925", "GPS": "sterling silver with a thick 22K gold vermeil layer",
                                    "RGPS": "rose gold vermeil", "Y14": "solid 14K yellow gold", "W14": "solid 14K white gold",
                                    "Y18": "solid 18K yellow gold"}[code])
    elif TMETALS[code][2] and rng.random() < 0.5:
        lines.append(f"• Solid gold, stamped {'585' if code[1:] == '14' else '750'}")
    if stone and st_loc == "body":
        lines.append(f"• Stone: {rng.choice(ST_EN[stone])}")
    if code == "S925" and rng.random() < 0.4:
        lines.append("• Oxidised by hand to bring out the details")
    if d["cat"] == "pendant":
        lines.append("• Comes on a " + rng.choice(["sterling silver chain", "matching chain", "fine chain"]) if d.get("chain") else "• Pendant only, no chain")
    if d["cat"] == "earrings":
        lines.append("• Sold as a pair")
    if d["cat"] == "bangle":
        lines.append("• Open at the back, adjustable")
    lines.append(f"• Weight approx. {vs[0].grams:.1f} g")
    mats = [LABEL[c] for c in dict.fromkeys(v.code for v in vs)]
    if len({v.price for v in vs}) > 1 and metal_axis:
        lines.append("")
        lines.append("PRICES")
        for val, mod in next(vals for tp, nm, vals in axes if tp == "Material"):
            pr = min(v.price for v in vs if v.code == mod["code"])
            lines.append(f"{val}: €{pr:.0f}")
    elif len({v.price for v in vs}) > 1:
        lines.append("")
        lines.append("Longer chains cost a little more, the price updates when you choose the length.")
    lines.append("")
    lines.append(rng.choice(["Every piece ships in a gift box from Athens with tracking. Καλή σας μέρα!",
                             "Shipping worldwide with tracking, 3-7 days in Europe.",
                             "Questions? Send me a message, I answer every one. Eleni"]))
    p["body"] = "\n".join(lines)
    # materials
    mt_list = []
    if col_loc == "materials" or rng.random() < 0.5:
        mt_list += [{"S925": "Sterling silver", "GPS": "22k gold vermeil", "RGPS": "rose gold vermeil", "Y14": "14k yellow gold",
                     "W14": "14k white gold", "Y18": "18k yellow gold"}[code]]
        if code in ("GPS",) and rng.random() < 0.5:
            mt_list.append("sterling silver")
    if col_loc == "materials" and code in ("Y14", "Y18"):
        mt_list = [f"{code[1:]}k yellow gold"]
    if stone and st_loc == "materials":
        mt_list.append(ST_EN[stone][0])
    if d.get("evil"):
        mt_list.append("enamel")
    if d["key"] in ("matibracelet",) and rng.random() < 0.6:
        mt_list.append("waxed cotton cord")
    p["materials"] = mt_list
    # tags
    tags = list(dict.fromkeys(rng.sample(d["tagw"], k=min(len(d["tagw"]), rng.randint(2, 5)))
                              + rng.sample(["greek jewelry", "handmade", "gift for her", "made in greece", "athens", "ελληνικό"],
                                           k=rng.randint(1, 4))))
    if TMETALS[code][0] != "sterling silver":
        tags = [t for t in tags if "silver" not in t]
    if col_loc == "tags":
        tags.append({"S925": "sterling silver", "GPS": "gold vermeil", "RGPS": "rose gold", "Y14": "14k yellow gold",
                     "W14": "14k white gold", "Y18": "18k yellow gold"}[code])
    if col_loc == "tags" and code == "S925":
        tags.append("ασήμι 925")
    if stone and st_loc == "tags":
        tags.append({"cz": "cz", "blue sapphire": "sapphire", "lapis": "lapis lazuli"}.get(stone, ST_EN[stone][0]))
    if cat_loc != "title" and cat_loc != "tags":
        tags = [t for t in tags if not any(w in t for w in ("ring", "earring", "stud", "hoop", "necklace", "bracelet", "anklet", "chain", "cuff", "pendant", "choker", "brooch", "band"))] or ["greek jewelry"]
    p["tags"] = [t[:20] for t in tags][:13]
    return p


def build(OUT, images=True, seed=1896):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "ath_shop")
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
        h = slugify(p["title"].split(",")[0].split("|")[0])[:60].strip("-")
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
        p["status"] = "active"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    broken = set(idx[:2])
    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        kw = {"chain": bool(d.get("chain"))} if d["kind"] == "pendant" else {}
        main_spec = render_spec(d["kind"], d["style"], p["code"], p["stone"], **kw)
        if d.get("evil") and p["stone"] is None:
            main_spec["stone"] = "sapphire"           # the blue enamel eye: drawn as a blue disc, not a stone
            main_spec["stone_rgb"] = (30, 90, 200)
            if d["kind"] == "ring":
                main_spec["style"] = "cocktail"
        def fname(k):
            lid = 4000000000 + p["serial"] * 7919 + k * 104729
            hx = hashlib.md5(f"{p['serial']}-{k}".encode()).hexdigest()[:4]
            return f"il_fullxfull.{lid}_{hx}.jpg"
        imgs = [(fname(0), None if is_broken else main_spec, 71000 + p["serial"])]
        for k in range(1, prng.choice([1, 1, 2, 2, 3])):
            sp = dict(main_spec)
            sp["background"] = prng.choice(["white", "cream", "marble", "velvet", "gradient"])
            imgs.append((fname(k), sp, 73000 + p["serial"] * 5 + k))
        mat = next((vals for tp, nm, vals in p["axes"] if tp == "Material"), None)
        if mat:
            for j, (val, mod) in enumerate(mat[1:], 1):
                imgs.append((fname(10 + j), render_spec(d["kind"], main_spec.get("style") or d["style"], mod["code"], p["stone"], **kw)
                             | ({"stone": main_spec["stone"], "stone_rgb": main_spec.get("stone_rgb")} if d.get("evil") and p["stone"] is None else {}),
                             75000 + p["serial"] * 5 + j))
        imgs = imgs[:10]
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), {k: v for k, v in sp.items() if v is not None}, s))
        vs = p["variants"]
        sku = "" if prng.random() < 0.2 else f"KYMA-{p['serial']:03d}"
        for v in vs:
            v.sku = sku
        r = dict.fromkeys(HEADER, "")
        r.update({"TITLE": p["title"], "DESCRIPTION": p["body"], "PRICE": f"{min(v.price for v in vs):.2f}",
                  "CURRENCY_CODE": "EUR", "QUANTITY": str(prng.choice([1, 2, 3, 5, 8, 10, 15, 25]) * max(1, len(vs) // 3)),
                  "TAGS": ",".join(p["tags"]), "MATERIALS": ",".join(p["materials"]), "SKU": sku})
        for k, (fn, _, _) in enumerate(imgs, 1):
            r[f"IMAGE{k}"] = HOST + fn
        for a, (tp, nm, vals) in enumerate(p["axes"][:2], 1):
            r[f"VARIATION {a} TYPE"] = tp
            r[f"VARIATION {a} NAME"] = nm
            r[f"VARIATION {a} VALUES"] = ",".join(v for v, _ in vals)
        rows.append(r)
        p["shop_category"] = ""
        names = [a[1] for a in p["axes"]]
        t = truth_record(p, vs, names, CURRENCY)
        t["sku"] = sku
        t["image"] = None if is_broken else "images/" + imgs[0][0]
        t["image_url"] = HOST + imgs[0][0]
        t["image_broken"] = is_broken
        t["extra_images"] = ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None]
        t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                             "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                             "style": main_spec.get("style") or main_spec.get("pendant"),
                                             "enamel_eye": bool(d.get("evil") and p["stone"] is None)}
        fields = {"title": p["title"], "body": p["body"], "materials": ",".join(p["materials"]), "tags": ",".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for _, nm, vals in p["axes"])}
        alltext = " ".join(fields.values()).lower()
        if "22k gold vermeil" in alltext:
            p["traps"].append("22K Gold Vermeil")   # a plating's karat, not the piece's
        if "zircon" in alltext:
            p["traps"].append("Zircon")             # the maker's word for cubic zirconia, not natural zircon
        if p["traps"]:
            t["traps"] = p["traps"]
        ev, problems = read_evidence(t, fields, not is_broken, p["traps"])
        if problems:
            raise SystemExit(f"ath {p['handle']}: contradictions {problems}\n{fields}")
        t["evidence"] = ev
        t["locs"] = p["locs"]
        truths.append(t)
    return truths, rows, jobs, outdir
