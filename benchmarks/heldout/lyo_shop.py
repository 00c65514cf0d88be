"""Plan of the Lyon shop: Maison Ferrandière, bijouterie-joaillerie, rue de
Brest, Lyon 2e (EUR).  WooCommerce with the WordPress admin in French: the
export's column headers are those of WooCommerce's fr_FR translation.

Listings are written the way a small French bijouterie writes them: "or jaune
18 carats (750/1000)", "argent 925", "plaqué or", "vermeil", "acier
inoxydable 316L", "oxyde de zirconium", "perle de culture d'eau douce",
diamond weights as "0,30 ct", ring sizes 48-60, prices "1 299,00 €".
"""

from __future__ import annotations

import os
import random

from twelfth_common import TMETALS, TSTONES, Variant, read_evidence, truth_record, wchoice

SEED = 1896
HOST = "https://cdn.heldout-lyo.example/wp-content/uploads/"
EXPORT_NAME = "wc-product-export-2-12-2026-1764671521773.csv"
CURRENCY = "EUR"

HEADER = ["ID", "Type", "UGS", "GTIN, UPC, EAN ou ISBN", "Nom", "Publié", "Mis en avant ?", "Visibilité dans le catalogue",
          "Description courte", "Description", "Date de début de promo", "Date de fin de promo", "État de la TVA",
          "Classe de TVA", "En stock ?", "Stock", "Montant de stock faible", "Autoriser les commandes de produits en rupture ?",
          "Vendre individuellement ?", "Poids (kg)", "Longueur (cm)", "Largeur (cm)", "Hauteur (cm)",
          "Autoriser les avis clients ?", "Note de commande", "Tarif promo", "Tarif régulier", "Catégories", "Étiquettes",
          "Classe d'expédition", "Images", "Limite de téléchargement", "Jours d'expiration du téléchargement", "Parent",
          "Groupes de produits", "Produits suggérés", "Ventes croisées", "URL externe", "Libellé du bouton", "Position",
          "Brands", "Nom de l'attribut 1", "Valeur(s) de l'attribut 1", "Attribut 1 visible", "Attribut 1 global",
          "Nom de l'attribut 2", "Valeur(s) de l'attribut 2", "Attribut 2 visible", "Attribut 2 global"]

# metal code -> (with colour, without colour (None: any mention states the colour), option label)
METAL_FR = {
    "Y18": (["or jaune 18 carats", "or jaune 750/1000", "or jaune 18k"], ["or 18 carats", "or 750/1000"], "Or jaune 18 carats"),
    "W18": (["or blanc 18 carats", "or blanc 750/1000", "or blanc 18k"], ["or 18 carats", "or 750/1000"], "Or blanc 18 carats"),
    "R18": (["or rose 18 carats", "or rose 750/1000"], ["or 18 carats", "or 750/1000"], "Or rose 18 carats"),
    "Y9": (["or jaune 9 carats", "or jaune 375/1000", "or jaune 9k"], ["or 9 carats", "or 375/1000"], "Or jaune 9 carats"),
    "W9": (["or blanc 9 carats", "or blanc 375/1000"], ["or 9 carats"], "Or blanc 9 carats"),
    "R9": (["or rose 9 carats", "or rose 375/1000"], ["or 9 carats"], "Or rose 9 carats"),
    "PT": (["platine 950"], None, "Platine"),
    "S925": (["argent 925", "argent massif 925/1000", "argent rhodié 925"], None, "Argent 925"),
    "VER": (["vermeil (argent 925 doré à l'or fin)", "vermeil", "argent 925 plaqué or"], None, "Vermeil"),
    "GPB": (["plaqué or", "laiton plaqué or 3 microns"], None, "Plaqué or"),
    "STEEL": (["acier inoxydable 316L", "acier inoxydable"], None, "Acier"),
    "STEELY": (["acier doré"], None, "Acier doré"),
    "RGPB": (["plaqué or rose"], None, "Plaqué or rose"),
}
STONE_FR = {
    "diamond": ["diamant", "diamants", "brillants"], "cz": ["oxyde de zirconium", "oxydes de zirconium", "zircon"],
    "fw pearl": ["perle de culture d'eau douce", "perle d'eau douce"], "pearl": ["perle de culture Akoya", "perles de culture"],
    "ruby": ["rubis"], "emerald": ["émeraude"], "blue sapphire": ["saphir bleu", "saphir"], "pink sapphire": ["saphir rose"],
    "amethyst": ["améthyste"], "blue topaz": ["topaze bleue", "topaze bleu ciel"], "garnet": ["grenat"],
    "peridot": ["péridot"], "citrine": ["citrine"], "aquamarine": ["aigue-marine"],
    "cz blue": ["oxyde de zirconium bleu", "zircon bleu"],
}
MET_F = {"Y18": 1.0, "W18": 1.05, "R18": 1.0, "Y9": 0.46, "W9": 0.5, "R9": 0.46, "PT": 1.3, "S925": 0.12, "VER": 0.17,
         "GPB": 0.07, "STEEL": 0.06, "STEELY": 0.07, "RGPB": 0.07}
STONE_ADD = {None: 0, "diamond": 350, "cz": 8, "fw pearl": 35, "pearl": 120, "ruby": 480, "emerald": 560,
             "blue sapphire": 420, "pink sapphire": 390, "amethyst": 70, "blue topaz": 60, "garnet": 55, "peridot": 65,
             "citrine": 55, "aquamarine": 230, "cz blue": 8}

# (cat, noun variants, render kind, style, codes, stones, base price 18k, n, shop category, sized)
LINES = [
    ("engagement ring", ["Bague solitaire", "Solitaire", "Bague de fiançailles"], "engagement ring", "solitaire",
     ["W18", "W18", "Y18", "PT", "R18"], ["diamond"], 520, 8, "Bagues > Solitaires", True),
    ("wedding band", ["Alliance", "Alliance demi-tour", "Alliance jonc"], "wedding band", "wedding",
     ["Y18", "W18", "R18", "PT", "Y9"], [None, None, "diamond"], 560, 7, "Alliances", True),
    ("ring", ["Bague", "Bague cocktail", "Bague trilogie", "Bague marguerite"], "ring", None,
     ["Y18", "W18", "R18", "Y9", "R9", "Y18"], ["ruby", "emerald", "blue sapphire", "pink sapphire", "amethyst",
                                                 "blue topaz", "garnet", "citrine", "peridot"], 480, 12, "Bagues", True),
    ("ring", ["Bague", "Bague fine", "Bague anneau"], "ring", None, ["S925", "S925", "VER"], ["cz", "amethyst", None],
     420, 6, "Bagues", True),
    ("ring", ["Chevalière", "Chevalière ovale"], "ring", "signet", ["Y18", "Y9", "S925"], [None], 900, 4,
     "Bagues > Chevalières", True),
    ("earrings", ["Puces d'oreilles", "Boucles d'oreilles puces"], "earrings", "stud", ["Y18", "W18", "S925", "Y9"],
     ["diamond", "cz", "fw pearl", "pearl"], 300, 7, "Boucles d'oreilles > Puces", False),
    ("earrings", ["Créoles", "Boucles d'oreilles créoles", "Mini créoles"], "earrings", "hoop",
     ["Y18", "Y9", "S925", "VER", "GPB"], [None], 380, 7, "Boucles d'oreilles > Créoles", False),
    ("earrings", ["Pendants d'oreilles", "Boucles d'oreilles pendantes", "Dormeuses"], "earrings", "drop",
     ["Y18", "W9", "S925", "VER"], ["fw pearl", "amethyst", "blue topaz", "aquamarine"], 340, 5, "Boucles d'oreilles", False),
    ("necklace", ["Collier", "Sautoir", "Collier ras-de-cou", "Collier de perles"], "necklace", None,
     ["Y18", "S925", "VER", "GPB"], ["fw pearl", "cz", None], 720, 8, "Colliers", False),
    ("pendant", ["Pendentif", "Médaille", "Pendentif cœur", "Pendentif goutte"], "pendant", None,
     ["Y18", "W18", "S925", "VER", "Y9"], ["diamond", "blue sapphire", None, None], 360, 8, "Colliers > Pendentifs", False),
    ("chain", ["Chaîne maille forçat", "Chaîne maille vénitienne", "Chaîne maille diamantée", "Chaîne"], "chain", None,
     ["Y18", "W18", "S925", "STEEL"], [None], 520, 5, "Chaînes", False),
    ("bracelet", ["Bracelet", "Gourmette", "Bracelet jonc souple", "Bracelet chaîne"], "bracelet", None,
     ["Y18", "S925", "STEEL", "GPB", "R9"], [None, None, "cz"], 560, 6, "Bracelets", False),
    ("bangle", ["Jonc", "Bracelet jonc", "Manchette"], "bangle", None, ["Y18", "S925", "VER"], [None], 1150, 4,
     "Bracelets > Joncs", False),
    ("anklet", ["Chaîne de cheville", "Chevillère"], "anklet", None, ["S925", "VER", "GPB"], [None], 300, 3,
     "Chaînes de cheville", False),
    ("brooch", ["Broche", "Broche fleur"], "brooch", "flower", ["Y18", "S925"], [None, "fw pearl"], 520, 2, "Broches", False),
    ("cufflinks", ["Boutons de manchette"], "earrings", "stud", ["S925", "Y18", "STEEL"], [None], 640, 3,
     "Homme > Boutons de manchette", False),
]
DESC = ["Un bijou intemporel, fabriqué dans notre atelier lyonnais.", "Pièce délicate, idéale pour un cadeau.",
        "Finition polie miroir, livré dans son écrin.", "Un classique de la joaillerie française.",
        "Création de la maison, fabriquée à la main à Lyon.", "Se porte seul ou accumulé avec d'autres bijoux."]
NAMES = ["Camille", "Éloïse", "Margaux", "Fourvière", "Bellecour", "Saône", "Célestine", "Joséphine", "Lumière", "Amandine",
         "Croix-Rousse", "Pétale", "Iris", "Victoire", "Clémence", "Romane", "Louise", "Héloïse", "Capucine", "Ambre"]


TRAPS = [
    ("pendant", "Pendentif", "pendant", None, "S925", None, "Colliers > Pendentifs", False,
     "Pendentif Rose des Vents argent 925", ["rose des vents"], "title", "body"),
    ("earrings", "Puces d'oreilles", "earrings", "stud", "S925", "cz blue", "Boucles d'oreilles > Puces", False,
     "Puces d'oreilles Bleu Saphir", ["bleu saphir"], "body", "body"),
    ("ring", "Bague", "ring", "cocktail", "VER", "cz", "Bagues", True, "Bague Opaline vermeil", [], "title", "body"),
    ("bracelet", "Bracelet", "bracelet", "bead", "S925", None, "Bracelets", False,
     "Bracelet maille perlée argent", [], "title", "body"),
    ("engagement ring", "Solitaire", "engagement ring", "solitaire", "W18", "diamond", "Bagues > Solitaires", True,
     "Solitaire diamant taille émeraude or blanc 18 carats", ["taille émeraude"], "title", "title"),
    ("earrings", "Créoles", "earrings", "hoop", "RGPB", None, "Boucles d'oreilles > Créoles", False,
     "Créoles plaqué or rose", [], "title", "body"),
    ("necklace", "Collier", "necklace", "haar", "STEELY", None, "Colliers", False,
     "Collier acier doré Brillance", ["brillance"], "title", "body"),
]


def fr_price(x: float) -> float:
    if x < 100:
        return round(x) - 0.10 if round(x) > 10 else round(x)
    if x < 1000:
        return float(int(x / 10) * 10 + 9)
    return float(int(x / 50) * 50 - 1) if x > 2000 else float(int(x / 10) * 10)


def eur_text(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def woo_price(x: float) -> str:
    # wc_format_localized_price with the shop's "," decimal separator
    return str(int(x)) if x == int(x) else f"{x:.2f}".replace(".", ",")


def plan(rng: random.Random):
    prods = []
    used = set()
    nid = 0
    for (cat, nouns, kind, style, codes, stones, base, n, shopcat, sized) in LINES:
        for i in range(n):
            nid += 1
            code = rng.choice(codes)
            stone = rng.choice(stones)
            if code in ("STEEL", "GPB") and stone not in (None, "cz", "fw pearl"):
                stone = "cz"
            noun = rng.choice(nouns)
            if noun == "Collier de perles":
                stone = "fw pearl"
            if noun == "Médaille":
                stone = None
            carat = None
            if stone == "diamond":
                carat = rng.choice([0.20, 0.25, 0.30, 0.40, 0.50, 0.70, 1.00]) if cat == "engagement ring" else \
                    rng.choice([0.05, 0.08, 0.10, 0.15, 0.20])
            name = rng.choice(NAMES)
            p = {"cat": cat, "code": code, "stone": stone, "carat": carat, "noun": noun, "kind": kind, "style": style,
                 "shop_category": shopcat, "sized": sized, "base": base, "name": name, "traps": []}
            # where the metal colour is written
            p["mc"] = wchoice(rng, [("title", 50), ("body", 22), ("options", 10), ("tags", 7), ("cats", 4), ("photo", 7)])
            p["st"] = wchoice(rng, [("title", 55), ("body", 22), ("tags", 12), ("nowhere", 6), ("short", 5)])
            if p["mc"] == "cats" and code not in ("S925",):
                p["mc"] = "tags"
            if p["mc"] == "options" and (TMETALS[code][2] is None or code == "PT"):
                p["mc"] = "body"
            if stone is None and p["st"] == "nowhere":
                p["st"] = "body"
            # status
            r = rng.random()
            p["status"] = "draft" if r < 0.03 else "private" if r < 0.05 else "publish"
            prods.append(p)
    for i, stt in ((5, "draft"), (40, "private"), (77, "draft"), (88, "private")):
        prods[i]["status"] = stt
    # hand-placed pieces whose names read like another metal or stone
    for (cat, noun, kind, style, code, stone, shopcat, sized, title, traps, mc, st) in TRAPS:
        prods.append({"cat": cat, "code": code, "stone": stone, "carat": 0.5 if stone == "diamond" else None, "noun": noun,
                      "kind": kind, "style": style, "shop_category": shopcat, "sized": sized, "base": 500,
                      "name": "", "traps": traps, "title_fixed": title, "mc": mc, "st": st, "status": "publish"})
    return prods


def metal_phrase(rng, code, with_colour):
    wc, nc, _ = METAL_FR[code]
    if with_colour:
        return rng.choice(wc)
    return rng.choice(nc) if nc else None


def build(out_root, images=True):
    rng = random.Random(SEED)
    outdir = os.path.join(out_root, "lyo_shop")
    os.makedirs(outdir, exist_ok=True)
    prods = plan(rng)
    rows, truths, jobs = [], [], []
    seen = set()
    pid = 1200
    months = ["2024/09", "2024/11", "2025/02", "2025/05", "2025/09", "2025/11", "2026/03", "2026/06", "2026/10"]
    broken_at = {17, 58}
    for idx, p in enumerate(prods):
        code, stone, cat = p["code"], p["stone"], p["cat"]
        gold = TMETALS[code][2] is not None
        # ---------- variants ----------
        axes = []
        metal_codes = [code]
        if p["mc"] == "options":
            fam = {"Y18": ["Y18", "W18", "R18"], "W18": ["W18", "Y18"], "R18": ["R18", "Y18", "W18"],
                   "Y9": ["Y9", "W9", "R9"], "R9": ["R9", "Y9"], "W9": ["W9", "Y9"]}[code]
            metal_codes = fam
            axes.append(("Métal", [METAL_FR[c][2] for c in fam]))
        sizes = []
        if p["sized"] and rng.random() < 0.8:
            lo = rng.choice([48, 49, 50])
            sizes = [str(s) for s in range(lo, rng.choice([56, 58, 60]) + 1, rng.choice([1, 2]))]
            axes.append(("Taille de doigt", sizes))
        lengths = []
        if cat in ("chain", "necklace") and not axes and rng.random() < 0.6:
            lengths = ["40 cm", "45 cm", "50 cm"] if cat == "chain" else ["42 cm", "45 cm"]
            axes.append(("Longueur", lengths))
        base = p["base"] * MET_F[code] + STONE_ADD[stone] * (1 + (p["carat"] or 0.1) * (6 if cat == "engagement ring" else 3))
        base *= rng.uniform(0.8, 1.25)
        vs = []
        sku0 = f"MF-{idx + 101:04d}"

        def mk(mcode, opts, extra=0.0):
            pr = fr_price(base * MET_F[mcode] / MET_F[code] + extra)
            return Variant(opts, mcode, stone, pr, None, 0.0, f"{sku0}-{len(vs) + 1}")

        if not axes:
            vs.append(mk(code, []))
        else:
            import itertools
            vals = [v for _, v in axes]
            for combo in itertools.product(*vals):
                mcode = metal_codes[vals[0].index(combo[0])] if axes[0][0] == "Métal" else code
                extra = 0.0
                if lengths and combo[-1] != lengths[0]:
                    extra = base * 0.08 * lengths.index(combo[-1])
                vs.append(mk(mcode, list(combo), extra))
        # sales on a few (Tarif promo)
        if rng.random() < 0.15:
            for v in vs:
                v.compare = v.price
                v.price = fr_price(v.price * 0.8)
        # ---------- text ----------
        mc, st = p["mc"], p["st"]
        title_metal = metal_phrase(rng, code, mc == "title") if mc != "options" else metal_phrase(rng, code, False)
        if mc != "title" and METAL_FR[code][1] is None:
            title_metal = None
        if mc == "photo" and gold:
            title_metal = None
        stone_word = rng.choice(STONE_FR[stone]) if stone else None
        carat_txt = f" {p['carat']:.2f} ct".replace(".", ",") if p["carat"] and rng.random() < 0.7 else ""
        noun = p["noun"]
        title = noun
        if p.get("title_fixed"):
            title = p["title_fixed"]
        elif rng.random() < 0.35:
            title += " " + p["name"]
        if title_metal and not p.get("title_fixed"):
            tm = title_metal.split(" (")[0]
            title += (" en " if rng.random() < 0.4 else " ") + tm
        if stone and st == "title" and not p.get("title_fixed"):
            title += rng.choice([" et ", " "]) + stone_word + carat_txt
        title = title.replace("  ", " ").strip()
        title = title[0].upper() + title[1:]
        traps = list(p["traps"])
        if "diamantée" in title:
            traps.append("maille diamantée")
        if title in seen:
            title += f" – réf. {idx + 101}"
        seen.add(title)
        body_lines = [rng.choice(DESC)]
        li = []
        if mc in ("body",) or (mc == "title" and rng.random() < 0.5):
            li.append("Métal : " + metal_phrase(rng, code, True))
        elif mc in ("tags", "cats", "options") and gold and rng.random() < 0.5:
            li.append("Métal : " + metal_phrase(rng, code, False))
        if stone and st in ("body",) or (stone and st == "title" and rng.random() < 0.4):
            w = stone_word if stone_word else ""
            li.append("Pierre : " + w + (f", {str(p['carat']).replace('.', ',')} ct" if p["carat"] else ""))
        if stone is None and rng.random() < 0.3:
            li.append("Pierre : sans pierre")
        if sizes:
            li.append("Tailles disponibles du " + sizes[0] + " au " + sizes[-1] + " (autres tailles sur commande)")
        if cat == "pendant":
            with_chain = rng.random() < 0.4
            p["sold_with_chain"] = with_chain
            li.append("Chaîne vendue séparément" if not with_chain else "Livré avec sa chaîne 42 cm")
        if cat == "wedding band":
            li.append("Prix à l'unité (une alliance)")
        li.append(f"Poids indicatif : {rng.uniform(1.2, 9.5):.1f} g".replace(".", ","))
        body = "<p>" + body_lines[0] + "</p>\n<ul>\n" + "\n".join(f"<li>{x}</li>" for x in li) + "\n</ul>"
        if rng.random() < 0.2:
            body = body.replace("\n", "")
        short = ""
        if st == "short" and stone:
            short = f"Sertie {('de ' + stone_word) if not stone_word.startswith(('a', 'é', 'o', 'e')) else ('d’' + stone_word)}."
        elif rng.random() < 0.4:
            short = rng.choice(["Livraison offerte dès 80 €.", "Gravure offerte.", "Fabriqué en France.",
                                "Existe en plusieurs tailles."])
        tags = [rng.choice(["cadeau", "idée cadeau", "fête des mères", "Saint-Valentin", "nouveauté", "best-seller"])]
        if mc == "tags":
            tags.append({"Y18": "or jaune", "W18": "or blanc", "R18": "or rose", "Y9": "or jaune", "W9": "or blanc",
                         "R9": "or rose", "PT": "platine", "S925": "argent", "VER": "vermeil", "GPB": "plaqué or",
                         "STEEL": "acier", "STEELY": "acier doré", "RGPB": "plaqué or rose"}[code])
        if stone and st == "tags":
            tags.append(stone_word)
        if cat == "cufflinks":
            tags.append("homme")
            p["for"] = "men"
        if cat == "pendant" and noun == "Médaille":
            tags.append("baptême")
        cats = p["shop_category"]
        if mc == "cats":
            cats = "Argent 925 > " + cats.split(" > ")[0] + ", " + cats
        elif rng.random() < 0.3:
            cats = cats + ", " + rng.choice(["Nouveautés", "Idées cadeaux", "Soldes"])
        p["shop_category"] = cats
        opt_text = " ".join(f"{nm}: {', '.join(v)}." for nm, v in axes)
        # ---------- images ----------
        handle = __import__("common").slugify(title.replace("œ", "oe"))
        p["handle"] = handle
        p["title"] = title
        p["traps"] = traps
        month = months[idx * len(months) // len(prods)]
        tone = TMETALS[code][3]
        sname, _, rstone, rgb = TSTONES[stone]
        spec = {"kind": p["kind"], "metal": tone}
        if rstone:
            spec["stone"] = rstone
        if rgb:
            spec["stone_rgb"] = rgb
        if p["style"]:
            spec["style"] = p["style"]
        if cat == "ring" and not p["style"]:
            spec["style"] = rng.choice(["cocktail", "trilogy", "flower", "solitaire"]) if stone else "band"
        if cat == "pendant":
            spec["pendant"] = "heart" if "cœur" in noun else "coin" if noun == "Médaille" else ("solitaire" if stone else "drop")
            spec["chain"] = p.get("sold_with_chain", False)
        if cat == "necklace":
            spec["style"] = "choker" if "ras-de-cou" in noun else ("beaded" if stone == "fw pearl" else "haar")
        if cat == "bracelet":
            spec["style"] = "curb" if noun == "Gourmette" else ("tennis" if stone else "chain")
        if cat == "earrings" and p["style"] == "drop":
            spec["style"] = "stud"
            spec["drop"] = True
        slug = handle[:40].strip("-")
        imgs = [(f"{month}/{slug}.jpg", spec, SEED * 1000 + idx)]
        for j, mcode in enumerate(metal_codes[1:]):
            s2 = dict(spec, metal=TMETALS[mcode][3])
            imgs.append((f"{month}/{slug}-{METAL_FR[mcode][2].split()[1].lower()}.jpg", s2, SEED * 1000 + idx + 50000 * (j + 1)))
        if rng.random() < 0.2:
            imgs.append((f"{month}/{slug}-porte.jpg", dict(spec, background="velvet"), SEED * 1000 + idx + 90000))
        broken = idx in broken_at
        if broken:
            imgs[0] = (f"{month}/{slug}-scaled.jpg", spec, 0)
        for k, (fn, sp, sd) in enumerate(imgs):
            if broken and k == 0:
                continue
            jobs.append((os.path.join(outdir, "images", fn), sp, sd))
        # ---------- truth ----------
        t = truth_record(p, vs, [a for a, _ in axes], CURRENCY, broken, spec,
                         None if broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                         ["images/" + fn for fn, _, _ in imgs[1:]])
        for v in t["variant_list"]:
            v["regular_price"] = v.pop("compare_at_price") or v["price"]
        fields = {"title": title, "body": short + " " + body, "type": cats, "tags": ", ".join(tags), "options": opt_text}
        ev, problems = read_evidence("fr", t, fields, not broken, traps)
        if problems:
            raise SystemExit(f"lyo {handle}: {problems}\n{fields}")
        t["evidence"] = ev
        t["woo_id"] = pid
        t["woo_type"] = "variable" if axes else "simple"
        # ---------- rows ----------
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        r = dict.fromkeys(HEADER, "")
        r.update({"ID": str(pid), "Type": t["woo_type"], "UGS": sku0, "Nom": title, "Publié": published,
                  "Mis en avant ?": "1" if rng.random() < 0.06 else "0",
                  "Visibilité dans le catalogue": "visible" if p["status"] != "private" else "hidden",
                  "Description courte": short, "Description": body.replace("\n", "\\n"), "État de la TVA": "taxable",
                  "En stock ?": "1" if rng.random() > 0.07 else "0", "Autoriser les commandes de produits en rupture ?": "0",
                  "Vendre individuellement ?": "0", "Poids (kg)": f"{rng.uniform(0.02, 0.2):.2f}".replace(".", ","),
                  "Autoriser les avis clients ?": "1", "Catégories": cats, "Étiquettes": ", ".join(tags),
                  "Images": ", ".join(HOST + fn for fn, _, _ in imgs), "Position": "0",
                  "Brands": "Maison Ferrandière" if rng.random() < 0.7 else ""})
        if not axes:
            v = vs[0]
            r["Tarif régulier"] = woo_price(v.compare or v.price)
            r["Tarif promo"] = woo_price(v.price) if v.compare else ""
            r["Stock"] = str(rng.randint(0, 4))
        for a, (nm, vals) in enumerate(axes[:2]):
            r[f"Nom de l'attribut {a + 1}"] = nm
            r[f"Valeur(s) de l'attribut {a + 1}"] = ", ".join(vals)
            r[f"Attribut {a + 1} visible"] = "1"
            r[f"Attribut {a + 1} global"] = "1" if nm != "Longueur" else "0"
        rows.append(r)
        for j, v in enumerate(vs if axes else []):
            vr = dict.fromkeys(HEADER, "")
            vr.update({"ID": str(pid + 1 + j), "Type": "variation", "UGS": v.sku, "Nom": f"{title} - {', '.join(v.opts)}",
                       "Publié": "1" if published == "1" else published, "Mis en avant ?": "0",
                       "Visibilité dans le catalogue": "visible", "État de la TVA": "taxable", "Classe de TVA": "parent",
                       "En stock ?": "1", "Autoriser les commandes de produits en rupture ?": "0",
                       "Vendre individuellement ?": "0", "Autoriser les avis clients ?": "0",
                       "Tarif régulier": woo_price(v.compare or v.price), "Tarif promo": woo_price(v.price) if v.compare else "",
                       "Parent": f"id:{pid}", "Position": str(j + 1)})
            if axes[0][0] == "Métal" and v.code != code:
                k = metal_codes.index(v.code)
                vr["Images"] = HOST + imgs[k][0]
            for a, (nm, _) in enumerate(axes[:2]):
                vr[f"Nom de l'attribut {a + 1}"] = nm
                vr[f"Valeur(s) de l'attribut {a + 1}"] = v.opts[a]
                vr[f"Attribut {a + 1} global"] = "1" if nm != "Longueur" else "0"
            rows.append(vr)
        pid += 1 + (len(vs) if axes else 0) + rng.randint(0, 3)
        truths.append(t)
    return truths, rows, jobs, outdir
