"""Plan of the Milan shop: Gioielleria Ferraris & Figli, Milano (EUR).

A family jeweller near Corso Magenta selling online with WooCommerce, the
WordPress admin in Italian.  Export: Prodotti > Esporta, all columns, so the
header is WooCommerce's it_IT translation of the exporter columns (see
HEADER; the thirteenth round's README lists the ones the author is unsure
of).  UTF-8 with BOM, variable parents without prices, `variation` rows with
Genitore = id:NN, Pubblicato 1 / 0 / -1, Categorie with `>` and `, `,
newlines in descriptions as literal \\n.  Listings are in Italian.
"""

from __future__ import annotations

import itertools
import os
import random

from thirteenth_common import (TMETALS, TSTONES, Variant, read_evidence, render_spec, slugify, truth_record, wchoice)

HOST = "https://cdn.heldout-mil.example/wp-content/uploads/"
CURRENCY = "EUR"
EXPORT_NAME = "wc-product-export-2-12-2026-1764672000318.csv"

HEADER = ["ID", "Tipo", "COD", "Nome", "Pubblicato", "In evidenza?", "Visibilità nel catalogo", "Breve descrizione",
          "Descrizione", "Data di inizio del prezzo in offerta", "Data di fine del prezzo in offerta", "Stato delle imposte",
          "Classe di imposta", "In magazzino?", "Magazzino", "Quantità di scorte bassa", "Abilita ordini arretrati?",
          "Venduto singolarmente?", "Peso (kg)", "Lunghezza (cm)", "Larghezza (cm)", "Altezza (cm)",
          "Consenti le recensioni dei clienti?", "Nota di acquisto", "Prezzo in offerta", "Prezzo di listino", "Categorie",
          "Tag", "Classe di spedizione", "Immagini", "Limite di download", "Giorni di scadenza del download", "Genitore",
          "Prodotti raggruppati", "Upsell", "Cross-sell", "URL esterno", "Testo del pulsante", "Posizione",
          "Nome dell'attributo 1", "Valore dell'attributo 1", "Attributo 1 visibile", "Attributo 1 globale",
          "Nome dell'attributo 2", "Valore dell'attributo 2", "Attributo 2 visibile", "Attributo 2 globale"]

GRAM = {"Y18": 96, "W18": 99, "R18": 96, "PT": 130, "S925": 3.2, "GPS": 4.2, "RGPS": 4.2, "STEEL": 0.6, "GSTEEL": 0.9,
        "BRONZE": 0.9}
LABOUR = {"Y18": 120, "W18": 130, "R18": 120, "PT": 220, "S925": 32, "GPS": 38, "RGPS": 38, "STEEL": 25, "GSTEEL": 29,
          "BRONZE": 35}
STONE_EUR = {None: 0, "diamond": 5200, "cz": 6, "cz blue": 6, "cz green": 6, "pearl": 60, "ruby": 650, "emerald": 700,
             "blue sapphire": 620, "pink sapphire": 480, "amethyst": 70, "blue topaz": 55, "aquamarine": 160,
             "garnet": 45, "onyx": 20, "turquoise": 25, "lapis": 25}

COL = {"Y18": "giallo", "W18": "bianco", "R18": "rosa"}
ST_IT = {"diamond": ["diamante", "diamanti", "brillante", "brillanti", "diamanti naturali"],
         "cz": ["zirconi", "zirconi bianchi", "zirconia cubica"], "cz blue": ["zircone blu"], "cz green": ["zirconi verdi"],
         "pearl": ["perla coltivata", "perle d'acqua dolce", "perla Akoya", "perle coltivate"],
         "ruby": ["rubino"], "emerald": ["smeraldo"], "blue sapphire": ["zaffiro blu", "zaffiro"],
         "pink sapphire": ["zaffiro rosa"], "amethyst": ["ametista"], "blue topaz": ["topazio azzurro", "topazio London blu"],
         "aquamarine": ["acquamarina"], "garnet": ["granato"], "onyx": ["onice nera", "onice"], "turquoise": ["turchese"],
         "lapis": ["lapislazzuli"]}


def metal_it(rng, code, colour, karat):
    """How the shop writes a metal, stating the colour and/or the karat."""
    if code == "S925":
        return rng.choice(["argento 925", "argento sterling 925", "argento 925‰", "argento"]) if colour else ""
    if code == "GPS":
        return rng.choice(["argento 925 placcato oro", "argento dorato", "argento 925 dorato"]) if colour else ""
    if code == "RGPS":
        return rng.choice(["argento rosato", "argento 925 placcato oro rosa"]) if colour else ""
    if code == "STEEL":
        return rng.choice(["acciaio 316L", "acciaio inossidabile", "acciaio"]) if colour else ""
    if code == "GSTEEL":
        return rng.choice(["acciaio dorato", "acciaio 316L dorato PVD"]) if colour else ""
    if code == "BRONZE":
        return "bronzo" if colour else ""
    if code == "PT":
        return rng.choice(["platino", "platino 950"]) if colour else ""
    c = COL[code]
    if colour and karat:
        return rng.choice([f"oro {c} 18 kt", f"oro {c} 18kt", f"oro {c} 750‰", f"oro {c} 18 carati"])
    if colour:
        return f"oro {c}"
    if karat:
        return rng.choice(["oro 18 kt", "oro 18kt", "oro 750", "oro 750‰"])
    return ""


def D(key, cat, n, kind, style, items, metals, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, kind=kind, style=style, items=items, metals=metals, grams=grams, cats=cats,
             words=words, axes=list(axes))
    d.update(kw)
    return d


GOLD = [("Y18", 4), ("W18", 3), ("R18", 2)]
SILV = [("S925", 5), ("GPS", 3), ("RGPS", 1)]

DESIGNS = [
    D("solitario", "engagement ring", 7, "engagement ring", "solitaire",
      [("Valentina", "diamond"), ("Giulia", "diamond"), ("Aurora", "diamond"), ("Bianca", "diamond"), ("Elena", "diamond"),
       ("Sofia", "diamond"), ("Ginevra", "diamond"), ("Vittoria", "cz")],
      [("W18", 6), ("Y18", 2), ("PT", 1)], (2.6, 4.2), ["Anelli > Solitari", "Sposa > Anelli di fidanzamento, Anelli > Solitari"],
      ["Anello Solitario", "Solitario", "Anello di fidanzamento"], axes=[("carat", 0.6), ("misura", 0.5)]),
    D("trilogy", "engagement ring", 4, "ring", "trilogy",
      [("Classico", "diamond"), ("Margherita", "diamond"), ("Blu Reale", "blue sapphire"), ("Luna", "diamond")],
      [("W18", 3), ("Y18", 1)], (3, 4.5), ["Anelli > Trilogy", "Sposa > Anelli di fidanzamento"], ["Anello Trilogy", "Trilogy"],
      axes=[("misura", 0.6)]),
    D("fede", "wedding band", 8, "wedding band", "wedding",
      [("Comoda 4 mm", None), ("Mantovana", None), ("Francesina", None), ("Riviera", "diamond"), ("Eterna", None),
       ("Bombata 5 mm", None), ("Martellata", None), ("Diamantata", None), ("Classica 3 mm", None)],
      [("Y18", 5), ("W18", 3), ("R18", 1), ("PT", 1)], (3, 7), ["Sposa > Fedi nuziali", "Fedi nuziali", "Sposa > Fedi nuziali, Uomo"],
      ["Fede", "Fede nuziale", "Fedina"], axes=[("colore", 0.35), ("coppia", 0.3), ("misura", 0.7)]),
    D("anello", "ring", 10, "ring", "cocktail",
      [("Eternity", "diamond"), ("Rubino Ovale", "ruby"), ("Cuscino", "blue sapphire"), ("Smeraldo Colombiano", "emerald"),
       ("Perlage", None), ("Zirconi Pavé", "cz"), ("Contrarié", "pearl"), ("Fascia", None), ("Margherita", "diamond"),
       ("Ametista", "amethyst"), ("Cielo", "blue topaz"), ("Toi et Moi", "pink sapphire"), ("Stella", "cz"), ("Sottile", None)],
      GOLD + SILV, (1.5, 5), ["Anelli", "Anelli > Anelli con pietre", "Anelli, Idee regalo"],
      ["Anello", "Anello", "Fedina", "Veretta"], axes=[("misura", 0.75)]),
    D("chevalier", "ring", 4, "ring", "signet",
      [("Ovale", None), ("Onice", "onyx"), ("Lapis", "lapis"), ("Quadrato", None)],
      [("Y18", 2), ("S925", 2)], (6, 12), ["Uomo > Anelli uomo", "Uomo"], ["Chevalier", "Anello chevalier"],
      axes=[("misura", 0.8)], gents=True),
    D("puntoluce_orecchini", "earrings", 6, "earrings", "stud",
      [("Punto Luce", "diamond"), ("Punto Luce", "diamond"), ("Punto Luce", "cz"), ("Punto Luce Griffe", "diamond"),
       ("Punto Luce Castone", "diamond"), ("Punto Luce", "cz")],
      [("W18", 4), ("Y18", 2), ("S925", 2)], (0.6, 1.4), ["Orecchini > Punto luce", "Orecchini"],
      ["Orecchini Punto Luce", "Orecchini", "Punto luce orecchini"], axes=[("carat_e", 0.4)]),
    D("cerchi", "earrings", 6, "earrings", "hoop",
      [("Cerchi Lisci", None), ("Creole Milano", None), ("Cerchi Tubo", None), ("Creole Zirconi", "cz"),
       ("Cerchi Diamantati", None), ("Cerchietti", None), ("Creole Perla", "pearl"), ("Cerchi Grandi", None)],
      GOLD + SILV + [("STEEL", 1)], (1.2, 5), ["Orecchini > Cerchi e creole", "Orecchini"], ["", "", "Orecchini"],
      axes=[("diametro", 0.5)]),
    D("pendenti", "earrings", 5, "earrings", "drop",
      [("Goccia", "pearl"), ("Pendenti Perla", "pearl"), ("Lampadario", "cz"), ("Pendenti Rubino", "ruby"),
       ("Goccia Smeraldo", "emerald"), ("Pendenti Turchese", "turquoise")],
      GOLD + SILV, (1.8, 5), ["Orecchini > Pendenti", "Orecchini"], ["Orecchini pendenti", "Orecchini", "Pendenti"]),
    D("lobo", "earrings", 3, "earrings", "stud",
      [("Perla", "pearl"), ("Lobo Stella", "cz"), ("Lobo Cuore", None), ("Lobo Ametista", "amethyst")],
      GOLD + SILV, (0.6, 1.5), ["Orecchini", "Orecchini > Lobo"], ["Orecchini", "Orecchini a lobo"]),
    D("puntoluce_ciondolo", "pendant", 5, "pendant", "solitaire",
      [("Punto Luce", "diamond"), ("Punto Luce", "diamond"), ("Punto Luce", "cz"), ("Punto Luce Cuore", "diamond"),
       ("Punto Luce", "blue sapphire")],
      [("W18", 3), ("Y18", 2), ("R18", 1), ("S925", 2)], (1.8, 3), ["Collane > Punto luce", "Collane"],
      ["Collana Punto Luce", "Punto luce", "Collana"], axes=[("lunghezza", 0.3)], with_chain=True),
    D("ciondolo", "pendant", 6, "pendant", "coin",
      [("Medaglia Madonna", None), ("Rosa dei Venti", None), ("Cuore", None), ("Iniziale", None), ("Quadrifoglio", "onyx"),
       ("Albero della Vita", None), ("Angelo", "cz")],
      GOLD + SILV, (0.8, 3.5), ["Ciondoli", "Ciondoli e medaglie", "Ciondoli, Idee regalo"],
      ["Ciondolo", "Medaglietta", "Ciondolo"], with_chain=False),
    D("collana", "necklace", 6, "necklace", "beaded",
      [("Filo di Perle", "pearl"), ("Perle d'acqua dolce", "pearl"), ("Tennis", "diamond"), ("Tennis", "cz"),
       ("Riviera Zirconi", "cz"), ("Pietre Dure", "lapis"), ("Onice", "onyx"), ("Perle Akoya", "pearl")],
      [("Y18", 3), ("W18", 3), ("S925", 3), ("GPS", 1)], (5, 20), ["Collane", "Collane > Perle", "Collane, Sposa"],
      ["Collana", "Collana", "Collier"], axes=[("lunghezza", 0.3)]),
    D("girocollo", "choker", 3, "choker", "choker",
      [("Girocollo Rigido", None), ("Girocollo Perle", "pearl"), ("Girocollo Omega", None)],
      [("Y18", 2), ("S925", 2), ("GPS", 1)], (6, 18), ["Collane > Girocolli", "Collane"], ["", "Girocollo"]),
    D("catena", "chain", 6, "chain", "curb",
      [("Veneziana", None), ("Groumette", None), ("Forzatina", None), ("Rolò", None), ("Corda", None),
       ("Singapore", None), ("Grumetta Diamantata", None)],
      [("Y18", 4), ("W18", 2), ("S925", 3), ("STEEL", 1)], (2, 12), ["Catene", "Catene, Uomo", "Collane > Catene"],
      ["Catenina", "Catena", "Catena"], axes=[("lunghezza", 0.8)]),
    D("tennis", "bracelet", 4, "bracelet", "tennis",
      [("Tennis", "diamond"), ("Tennis", "cz"), ("Tennis", "cz"), ("Tennis Blu", "cz blue"), ("Tennis", "diamond")],
      [("W18", 3), ("Y18", 1), ("S925", 3)], (6, 12), ["Bracciali > Tennis", "Bracciali"], ["Bracciale Tennis", "Tennis"],
      axes=[("polso", 0.3)]),
    D("bracciale", "bracelet", 5, "bracelet", "chain",
      [("Groumette", None), ("Perle", "pearl"), ("Maglia Marina", None), ("Cuori", None), ("Rolò", None),
       ("Pietre Dure", "turquoise"), ("Uomo Maglia Grumetta", None)],
      GOLD + SILV + [("STEEL", 2), ("GSTEEL", 1)], (3, 14), ["Bracciali", "Bracciali, Idee regalo", "Bracciali, Uomo"],
      ["Bracciale", "Bracciale", "Braccialetto"]),
    D("rigido", "bangle", 5, "bangle", "single",
      [("Rigido Liscio", None), ("Schiava", None), ("Rigido Zirconi", "cz"), ("Manetta", None), ("Rigido Martellato", None)],
      [("Y18", 2), ("S925", 2), ("GPS", 2), ("BRONZE", 1)], (6, 22), ["Bracciali > Rigidi", "Bracciali"],
      ["Bracciale rigido", "Bracciale", "Rigido"]),
    D("cavigliera", "anklet", 3, "anklet", "pair",
      [("Cavigliera Stelline", None), ("Cavigliera Perline", None), ("Cavigliera Maglia Rolò", None)],
      [("S925", 2), ("GPS", 2)], (2, 4), ["Cavigliere", "Estate"], ["Cavigliera"]),
    D("spilla", "brooch", 2, "brooch", "flower",
      [("Spilla Fiore", "pearl"), ("Spilla Libellula", "cz")], [("Y18", 1), ("S925", 1), ("BRONZE", 1)], (4, 9),
      ["Spille", "Idee regalo"], ["Spilla"]),
    D("acciaio", "bracelet", 3, "bracelet", "curb",
      [("Maglia Catena", None), ("Cordino e Acciaio", None), ("Catena Nautica", None)],
      [("STEEL", 3), ("GSTEEL", 1)], (12, 30), ["Uomo > Bracciali uomo", "Uomo"], ["Bracciale uomo", "Bracciale"],
      gents=True),
]

AX = {
    "misura": ("Misura", [(str(s), 1.0) for s in range(8, 21)]),
    "diametro": ("Diametro", [("15 mm", 0.85), ("20 mm", 1.0), ("30 mm", 1.3), ("40 mm", 1.6)]),
    "lunghezza": ("Lunghezza", [("40 cm", 0.92), ("42 cm", 0.96), ("45 cm", 1.0), ("50 cm", 1.1), ("60 cm", 1.25)]),
    "polso": ("Misura polso", [("17 cm", 0.95), ("18 cm", 1.0), ("19 cm", 1.05)]),
}
TRAPS = {"Rosa dei Venti": ["Rosa dei Venti"], "Diamantata": ["Diamantata"], "Cerchi Diamantati": ["Diamantati"],
         "Grumetta Diamantata": ["Diamantata"], "Perlage": ["Perlage"], "Smeraldo Colombiano": [],
         "Blu Reale": ["Blu Reale"]}


def eur_price(x):
    if x < 200:
        v = int(x / 10) * 10 + 9
    elif x < 1000:
        v = int(round(x / 10.0)) * 10
    else:
        v = int(round(x / 50.0)) * 50
    while v in (375, 585, 750, 925, 950, 316):
        v += 10
    return float(v)


def it_money(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def make_product(rng, d, i, serial):
    name, stone = d["items"][i % len(d["items"])]
    code = wchoice(rng, d["metals"])
    if stone == "diamond" and code in ("S925", "GPS", "RGPS", "STEEL", "GSTEEL", "BRONZE"):
        stone = "cz"
    if stone in ("ruby", "emerald", "blue sapphire", "pink sapphire") and code in ("S925", "GPS", "RGPS"):
        code = rng.choice(["Y18", "W18"])
    if name == "Rosa dei Venti":
        code = "Y18"
    if d["key"] == "solitario" and name == "Vittoria":
        code = "S925"
    p = {"serial": serial, "cat": d["cat"], "d": d, "name": name, "code": code, "stone": stone}
    if d.get("gents") or "Uomo" in name:
        p["for"] = "men"
    p["traps"] = list(TRAPS.get(name, []))
    grams = round(rng.uniform(*d["grams"]), 1)
    carat = None
    if stone == "diamond":
        carat = {"solitario": rng.choice([0.20, 0.25, 0.30, 0.40, 0.50]), "trilogy": rng.choice([0.45, 0.60, 0.90]),
                 "tennis": rng.choice([1.00, 1.50, 2.00]), "collana": rng.choice([2.0, 3.0]),
                 "puntoluce_orecchini": rng.choice([0.10, 0.20, 0.30]), "puntoluce_ciondolo": rng.choice([0.05, 0.10, 0.15, 0.20])
                 }.get(d["key"], rng.choice([0.10, 0.15, 0.25, 0.40]))
    p["carat"] = carat
    # axes
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax == "misura":
            lo = rng.randint(8, 12)
            axes.append(("Misura", [(str(s), {"f": 1.0 + (0.02 * (s - 14) if TMETALS[code][2] else 0)}) for s in range(lo, lo + rng.randint(4, 8))]))
        elif ax in ("diametro", "lunghezza", "polso"):
            nm, vals = AX[ax]
            k = rng.randint(2, len(vals))
            axes.append((nm, [(v, {"f": f}) for v, f in vals[:k]]))
        elif ax == "carat" and stone == "diamond":
            cs = [c for c in (0.20, 0.30, 0.50, 0.70, 1.00) if c >= carat][:3]
            if len(cs) > 1:
                axes.append(("Caratura", [(f"{c:.2f} ct".replace(".", ","), {"carat": c}) for c in cs]))
        elif ax == "carat_e" and stone == "diamond":
            cs = [0.10, 0.20, 0.30, 0.50]
            axes.append(("Carati totali", [(f"{c:.2f} ct".replace(".", ","), {"carat": c}) for c in cs[rng.randint(0, 1):][:3]]))
        elif ax == "colore" and code in ("Y18", "W18", "R18"):
            alts = [code] + [c for c in ("Y18", "W18", "R18") if c != code]
            axes.append(("Colore oro", [(COL[c].capitalize(), {"code": c}) for c in alts[: rng.randint(2, 3)]]))
        elif ax == "coppia":
            axes.append(("Confezione", [("Singola", {"f": 1.0}), ("Coppia", {"f": 1.9})]))
            p["sold_as"] = "single or pair"
    if d["key"] == "fede" and not any(a[0] == "Confezione" for a in axes) and rng.random() < 0.3:
        p["sold_as"] = "pair"
    p["axes"] = axes
    # variants
    vs = []
    combos = list(itertools.product(*[vals for _, vals in axes])) if axes else [()]
    for combo in combos:
        vcode, vst, vcar, f = code, stone, carat, 1.0
        for _, mod in combo:
            vcode = mod.get("code", vcode)
            vcar = mod.get("carat", vcar)
            f *= mod.get("f", 1.0)
        g = grams * (1.0 + (0.0 if not vcar else 0.0))
        cost = GRAM[vcode] * g + LABOUR[vcode] + STONE_EUR[vst] * (vcar if vst == "diamond" else 1.0)
        if vst == "diamond" and vcar and vcar >= 0.5:
            cost *= 1.35
        if p.get("sold_as") == "pair":
            cost *= 1.9
        if d["cat"] in ("bracelet", "necklace") and vst in ("cz", "cz blue", "pearl") and TMETALS[vcode][2] is None:
            cost += 25
        price = eur_price(cost * f)
        vs.append(Variant([v for v, _ in combo], vcode, vst, price, grams=g, extra={"carat": vcar}))
    if rng.random() < 0.15:
        for v in vs:
            v.regular = v.price
            v.price = eur_price(v.price * 0.8)
    p["variants"] = vs
    # where the facts are written
    metal_axis = any(a[0] == "Colore oro" for a in axes)
    col_loc = "options" if metal_axis and rng.random() < 0.6 else wchoice(rng, [("title", 50), ("body", 22), ("tags", 8), ("cats", 8), ("photo", 7)])
    if col_loc == "cats" and code not in ("Y18", "W18", "R18", "S925"):
        col_loc = "body"
    kar_loc = wchoice(rng, [("title", 45), ("body", 40), ("tags", 5), ("none", 10)]) if TMETALS[code][2] else None
    st_loc = None
    if stone:
        st_loc = wchoice(rng, [("title", 55), ("body", 27), ("tags", 8), ("nowhere", 6)])
        if any(w in name.lower() for w in ("rubino", "smeraldo", "perl", "zirconi", "ametista", "onice", "lapis", "turchese")) and "Perlage" not in name:
            st_loc = "title"
    cat_loc = wchoice(rng, [("title", 86), ("body", 8), ("cats", 6)])
    if d["key"] == "cerchi":
        cat_loc = "title" if rng.random() < 0.7 else "cats"
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    # categories
    cats = rng.choice([c for c in d["cats"] if "Perle" not in c or stone == "pearl"] or d["cats"])
    if col_loc == "cats":
        cats += ", " + {"Y18": "Gioielli in oro > Oro giallo", "W18": "Gioielli in oro > Oro bianco",
                        "R18": "Gioielli in oro > Oro rosa", "S925": "Argento"}[code]
    if st_loc == "nowhere" and stone in ("lapis", "turquoise", "onyx"):
        cats += ", Pietre dure"
    p["cats"] = cats
    # title
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    clash = lambda w: any(x in name.lower() for x in w.lower().split() if len(x) > 3)  # noqa: E731
    if word and clash(word):
        word = next((w for w in d["words"] if w and not clash(w)), "")
    core = f"{word} {name}".strip() if word else name
    if cat_loc == "title" and not word and not clash(d["words"][0] or "Orecchini") and not any(w in name.lower() for w in ("cerchi", "creole", "cerchiett", "cavigliera", "spilla", "punto luce", "girocollo", "fede")):
        core = f"{d['words'][0] or 'Orecchini'} {name}"
    mt = metal_it(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    if col_loc == "title" and kar_loc != "title" and code in COL and rng.random() < 0.3:
        mt = f"oro {COL[code]}"
    sw = ""
    if stone and st_loc == "title" and not any(w in name.lower() for w in ("rubino", "smeraldo", "perl", "zirconi", "ametista", "onice", "lapis", "turchese")):
        sw = rng.choice(ST_IT[stone])
        if carat and rng.random() < 0.6 and not any(a[0] in ("Caratura", "Carati totali") for a in axes):
            sw += f" {carat:.2f} ct".replace(".", ",")
    parts = [core]
    if mt:
        parts.append(rng.choice(["in ", "", ""]) + mt)
    if sw:
        parts.append(rng.choice(["con ", "e ", "con "]) + sw if mt else rng.choice(["con ", "in "]) + sw if rng.random() < 0.8 else sw)
    title = " ".join(parts)
    if rng.random() < 0.12:
        title = title.upper() if rng.random() < 0.4 else title + " - " + rng.choice(["Idea regalo", "Made in Italy", "Novità"])
    p["title"] = title
    # short description + description
    kw = {"engagement ring": "anello", "ring": "anello", "wedding band": "fede", "earrings": "orecchini", "pendant": "ciondolo",
          "necklace": "collana", "choker": "girocollo", "chain": "catena", "bracelet": "bracciale", "bangle": "bracciale rigido",
          "anklet": "cavigliera", "brooch": "spilla"}[d["cat"]]
    if d["key"] == "solitario":
        kw = "solitario"
    if d["key"] == "puntoluce_ciondolo":
        kw = "collana punto luce"
    pl = kw.endswith("i")
    fem = kw.split()[0] in ("collana", "catena", "fede", "spilla", "cavigliera")
    short = []
    if rng.random() < 0.55:
        short.append(rng.choice(["Realizzato a mano nel nostro laboratorio di Milano.", "Made in Italy.",
                                 "Confezione regalo inclusa.", "Spedizione gratuita in 24/48 ore.",
                                 "Un classico senza tempo.", "Disponibile anche in negozio, Corso Magenta."]))
    body = []
    if cat_loc == "body" or rng.random() < 0.55:
        body.append(f"<p>{'Questi' if pl else 'Questa' if fem else 'Questo'} {kw} {name} {'sono' if pl else 'è'} {'realizzati' if pl else 'realizzata' if fem else 'realizzato'} artigianalmente "
                    f"dai nostri orafi, con finitura lucida a specchio.</p>")
    else:
        body.append("<p>" + rng.choice(["Un gioiello elegante e raffinato, perfetto per ogni occasione.",
                                        "Pensato per essere indossato tutti i giorni.",
                                        "Il regalo ideale per una persona speciale.",
                                        "Linea sobria, lavorazione accurata: un pezzo che dura nel tempo."]) + "</p>")
    det = []
    mb = metal_it(rng, code, col_loc == "body", kar_loc == "body") if (col_loc == "body" or kar_loc == "body") else ""
    if mb:
        det.append(f"<li>Materiale: {mb}</li>")
    elif kar_loc == "body":
        det.append("<li>Titolo: 750‰</li>")
    if stone and st_loc == "body":
        nm = rng.choice(ST_IT[stone])
        if stone == "diamond":
            extra = f", {carat:.2f} ct".replace(".", ",") if carat and not any(a[0] in ("Caratura", "Carati totali") for a in axes) else ""
            det.append(f"<li>Pietre: {nm}{extra}, colore G, purezza VS</li>")
        elif stone in ("cz", "cz blue", "cz green"):
            det.append(f"<li>Pietre: {nm} taglio brillante</li>")
            p["traps"].append("taglio brillante")
        elif stone == "pearl":
            det.append(f"<li>Perle: {nm}, {rng.choice(['6-6,5', '7-7,5', '8-8,5'])} mm</li>")
        else:
            det.append(f"<li>Pietra: {nm}</li>")
    elif stone == "diamond" and st_loc == "title" and rng.random() < 0.5:
        det.append("<li>Diamanti certificati, colore G, purezza VS</li>")
    if stone == "cz" and st_loc == "title" and rng.random() < 0.4:
        det.append("<li>Zirconi taglio brillante</li>")
        p["traps"].append("taglio brillante")
    if d["cat"] == "pendant":
        p["sold_with_chain"] = bool(d.get("with_chain"))
        det.append("<li>" + ("Catenina inclusa" if d.get("with_chain") else "Venduto senza catena") + "</li>")
    if d["key"] == "fede" or d["cat"] == "wedding band":
        if p.get("sold_as") == "pair":
            det.append("<li>Prezzo riferito alla coppia di fedi</li>")
        elif p.get("sold_as") is None:
            det.append("<li>Prezzo riferito alla singola fede</li>")
            p["sold_as"] = "single"
    if d["cat"] == "earrings":
        det.append("<li>Venduti in coppia, chiusura a farfalla</li>" if d["style"] == "stud" else "<li>Prezzo per la coppia</li>")
    det.append(f"<li>Peso: {p['variants'][0].grams:.1f} g circa</li>".replace(".", ",", 1))
    if rng.random() < 0.3:
        det.append("<li>" + rng.choice(["Incisione gratuita su richiesta", "Garanzia 2 anni", "Tempi di realizzazione: 10 giorni lavorativi"]) + "</li>")
    body.append("<h4>Dettagli</h4>")
    body.append("<ul>" + "".join(det) + "</ul>")
    if len(p["variants"]) == 1 and rng.random() < 0.25:
        body.append(f"<p>Prezzo in negozio: {it_money(p['variants'][0].price)}</p>")
    p["short"] = "<p>" + " ".join(short) + "</p>" if short else ""
    p["body"] = "\n".join(body)
    # tags
    tags = rng.sample(["idea regalo", "San Valentino", "festa della mamma", "anniversario", "sposa", "novità", "bestseller",
                       "made in Italy", "gioielli donna", "regalo laurea"], k=rng.randint(0, 3))
    if col_loc == "tags":
        tags.append({"Y18": "oro giallo", "W18": "oro bianco", "R18": "oro rosa", "S925": "argento", "GPS": "argento dorato",
                     "RGPS": "argento rosato", "STEEL": "acciaio", "GSTEEL": "acciaio dorato", "BRONZE": "bronzo", "PT": "platino"}[code])
    if kar_loc == "tags":
        tags.append("oro 18kt")
    if st_loc == "tags":
        tags.append({"diamond": "diamanti", "cz": "zirconi", "cz blue": "zirconi", "pearl": "perle", "ruby": "rubini",
                     "emerald": "smeraldi", "blue sapphire": "zaffiri", "pink sapphire": "zaffiro rosa", "amethyst": "ametista",
                     "blue topaz": "topazio", "aquamarine": "acquamarina", "onyx": "onice", "turquoise": "turchese",
                     "lapis": "lapislazzuli"}[stone])
    if p.get("for") == "men":
        tags.append("uomo")
    p["tags"] = tags
    return p


def build(OUT, images=True, seed=1909):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "mil_shop")
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
        h = slugify(p["title"])[:70].strip("-")
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
    next_id = 1187
    for n, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2022, 2023, 2024, 2025, 2026])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2026/") and int(ym[5:7]) > 11:
            ym = "2026/11/"
        slug = p["handle"]
        is_broken = n in broken
        style = d["style"]
        if p["stone"] is None and d["kind"] == "pendant":
            style = "heart" if "Cuore" in p["name"] else "coin"
        if p["stone"] is None and d["kind"] == "necklace":
            style = "haar"
        kind = d["kind"]
        if kind == "choker":
            style = "choker"
        kw = {"chain": True} if kind == "pendant" and d.get("with_chain") else ({"chain": False} if kind == "pendant" else {})
        if kind == "bracelet" and p["stone"] == "pearl":
            style = "bead"
        main_spec = render_spec(kind, style, p["code"], p["stone"], **kw)
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"IMG_{prng.randint(1000, 9999)}.jpg"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"IMG_{prng.randint(1000, 9999)}-scaled.jpg"), main_spec, 61000 + p["serial"]))
            if prng.random() < 0.25:
                sp = dict(main_spec)
                sp["background"] = prng.choice(["white", "velvet", "marble"])
                imgs.append((ym + f"{slug}-2.jpg", sp, 63000 + p["serial"]))
        var_img = {}
        cax = next((a for a, (nm, _) in enumerate(p["axes"]) if nm == "Colore oro"), None)
        if cax is not None and not is_broken:
            nm, vals = p["axes"][cax]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, render_spec(kind, style, mod["code"], p["stone"], **kw), 65000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 6)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        psku = "" if variable and prng.random() < 0.5 else f"FF{p['serial']:04d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Tipo": "variable" if variable else "simple", "COD": psku, "Nome": p["title"],
                     "Pubblicato": published, "In evidenza?": "1" if prng.random() < 0.06 else "0",
                     "Visibilità nel catalogo": "visible" if p["status"] != "private" else "hidden",
                     "Breve descrizione": p["short"], "Descrizione": p["body"].replace("\n", "\\n"),
                     "Stato delle imposte": "taxable", "In magazzino?": "1" if prng.random() > 0.08 else "0",
                     "Abilita ordini arretrati?": "notify" if d["cat"] in ("engagement ring", "wedding band") else "0",
                     "Venduto singolarmente?": "0", "Consenti le recensioni dei clienti?": "0", "Categorie": p["cats"],
                     "Tag": ", ".join(p["tags"]), "Classe di spedizione": "assicurata" if max(v.price for v in vs) > 500 else "",
                     "Immagini": ", ".join(HOST + fn for fn, _, _ in imgs), "Posizione": "0"})
        if prng.random() < 0.3:
            base["Peso (kg)"] = f"{round(vs[0].grams / 1000 + 0.05, 2)}"
        for a, (nm, vals) in enumerate(p["axes"][:2]):
            base[f"Nome dell'attributo {a + 1}"] = nm
            base[f"Valore dell'attributo {a + 1}"] = ", ".join(v for v, _ in vals)
            base[f"Attributo {a + 1} visibile"] = "1"
            base[f"Attributo {a + 1} globale"] = "1" if nm in ("Misura", "Colore oro") else "0"
        if not variable:
            v = vs[0]
            base["Prezzo di listino"] = f"{(v.regular or v.price):g}"
            base["Prezzo in offerta"] = f"{v.price:g}" if v.regular else ""
            if prng.random() < 0.5:
                base["Magazzino"] = str(prng.randint(0, 5))
            v.sku = psku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.3 else f"FF{p['serial']:04d}-" + "-".join(slugify(o).upper()[:5] for o in v.opts)
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Tipo": "variation", "COD": v.sku, "Nome": f"{p['title']} - {', '.join(v.opts)}",
                          "Pubblicato": "-1" if published == "-1" else "1", "In evidenza?": "0",
                          "Visibilità nel catalogo": "visible", "Stato delle imposte": "taxable", "Classe di imposta": "parent",
                          "In magazzino?": "1", "Abilita ordini arretrati?": "0", "Venduto singolarmente?": "0",
                          "Consenti le recensioni dei clienti?": "0", "Prezzo di listino": f"{(v.regular or v.price):g}",
                          "Prezzo in offerta": f"{v.price:g}" if v.regular else "", "Genitore": f"id:{pid}", "Posizione": str(j + 1)})
                if cax is not None and v.opts[cax] in var_img:
                    r["Immagini"] = HOST + var_img[v.opts[cax]]
                for a, (nm, _) in enumerate(p["axes"][:2]):
                    r[f"Nome dell'attributo {a + 1}"] = nm
                    r[f"Valore dell'attributo {a + 1}"] = v.opts[a]
                    r[f"Attributo {a + 1} globale"] = "1" if nm in ("Misura", "Colore oro") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        names = [a[0] for a in p["axes"]]
        t = truth_record(p, vs, names, CURRENCY)
        if p["stone"] == "diamond":
            for tv, v in zip(t["variant_list"], vs):
                tv["carat"] = v.extra.get("carat")
            t["carat"] = t["variant_list"][0]["carat"]  # the scalar fields describe the first variant
        t["image"] = None if is_broken else "images/" + imgs[0][0]
        t["image_url"] = HOST + imgs[0][0]
        t["image_broken"] = is_broken
        t["extra_images"] = ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None]
        t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                             "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                             "style": main_spec.get("style") or main_spec.get("pendant")}
        t["woo_id"] = pid
        t["woo_type"] = "variable" if variable else "simple"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        ev, problems = read_evidence(t, fields, not is_broken, p["traps"])
        if problems:
            raise SystemExit(f"mil {slug}: contradictions {problems}\n{fields}")
        t["evidence"] = ev
        t["locs"] = p["locs"]
        truths.append(t)
    return truths, rows, jobs, outdir
