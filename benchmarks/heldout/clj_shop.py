"""Cluj-Napoca shop: Bijuteria Aurelia, str. Memorandumului, Cluj-Napoca (Shopware 6, RON).

Its export is what Shopware 6's administration writes from Settings > Import/Export >
Export with the built-in "Default product" profile: semicolon-separated, '"' enclosure as
PHP's fputcsv writes it (fields with a space, ';', '"' or a newline quoted), UTF-8, dot
decimals, 1 / 0 booleans, HTML descriptions, ids as 32-hex uuids, categories / properties /
options as '|'-joined ids.  Parents and variant rows (variant: parent_id = parent id,
inherited fields blank).  Romanian text, with comma-below, cedilla and bare letters.
See data/heldout/clj_shop/SHOP.md.
"""

from __future__ import annotations

import hashlib
import os
import random

from twentythird_common import GOLD_CODES, Variant, evidence, photo_spec, truth_record, wchoice

SITE = "https://www.bijuteria-aurelia.heldout-clj.example/"
HOST = SITE + "media/"
CURRENCY = "RON"
EXPORT_NAME = "Default_product_20261205-171942.csv"

HEADER = ["id", "parent_id", "product_number", "active", "stock", "name", "description", "price_net", "price_gross",
          "purchase_prices_net", "purchase_prices_gross", "tax_id", "tax_rate", "tax_name", "cover_media_id",
          "cover_media_url", "cover_media_title", "cover_media_alt", "manufacturer_id", "manufacturer_name",
          "categories", "sales_channel", "propertyIds", "optionIds"]

VAT = 21
RATE = {"Y14": 470, "W14": 495, "R14": 480, "Y18": 640, "W18": 665, "R18": 650}   # lei / gram, made up
STONE_RON = {None: 0, "diamond": 2400, "cz": 40, "ruby": 700, "sapphire": 800, "emerald": 900, "pearl": 180,
             "amethyst": 150, "garnet": 120}
SILVER = {"S925": (60, 22), "GPS": (80, 26), "SS": (45, 6), "GPSS": (55, 7)}


def uid(s):
    return hashlib.md5(("clj" + s).encode()).hexdigest()


def diac(s, style):
    if style == 0:
        return s
    if style == 1:
        return s.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
    tr = str.maketrans("șțăâîȘȚĂÂÎ", "staaiSTAAI")
    return s.translate(tr)


METAL_TXT = {
    "Y14": ["aur 14K", "aur galben 14k", "aur 585", "aur de 14 carate", "Aur galben 14 kt"],
    "W14": ["aur alb 14K", "aur alb 585", "aur alb de 14 carate"],
    "R14": ["aur roz 14K", "aur roz 585"],
    "Y18": ["aur galben 18K", "aur 750", "aur de 18 carate"],
    "W18": ["aur alb 18K", "aur alb 750"],
    "R18": ["aur roz 18K", "aur roz 750"],
    "S925": ["argint 925", "argint", "argint rodiat"],
    "GPS": ["argint placat cu aur", "argint aurit"],
    "SS": ["oțel inoxidabil", "oțel chirurgical 316L"],
    "GPSS": ["oțel inoxidabil placat cu aur", "oțel placat cu aur PVD"],
}
BODY_METAL = {
    "Y14": "Material: aur galben 14K (585 ‰), marcat conform legii.",
    "W14": "Material: aur alb 14K (585), rodiat.",
    "R14": "Material: aur roz 14K, titlu 585.",
    "Y18": "Material: aur galben de 18 carate (750 ‰), marcat.",
    "W18": "Material: aur alb 18K (750), rodiat.",
    "R18": "Material: aur roz 18K (750).",
    "S925": "Material: argint 925 (sterling), rodiat pentru a nu se oxida.",
    "GPS": "Material: argint 925 placat cu aur galben, culoare aurie.",
    "SS": "Material: oțel inoxidabil 316L, hipoalergenic, nu se înnegrește.",
    "GPSS": "Material: oțel inoxidabil placat cu aur (PVD), culoare aurie care nu se ia.",
}
STONE_TXT = {"diamond": ["cu diamant", "cu briliant", "cu diamante"], "cz": ["cu zirconiu", "cu zirconii", "cu cristale zirconia"],
             "ruby": ["cu rubin"], "sapphire": ["cu safir"], "emerald": ["cu smarald"], "pearl": ["cu perlă", "cu perle de cultură"],
             "amethyst": ["cu ametist"], "garnet": ["cu granat"]}
BODY_STONE = {"diamond": "Piatră: diamant natural (briliant), certificat inclus.",
              "cz": "Pietre: zirconii albe (cubic zirconia).", "ruby": "Piatră: rubin natural, roșu intens.",
              "sapphire": "Piatră: safir albastru natural.", "emerald": "Piatră: smarald verde natural.",
              "pearl": "Perlă de cultură de apă dulce, albă.", "amethyst": "Piatră: ametist mov.",
              "garnet": "Piatră: granat roșu (piatra lunii ianuarie)."}
NOUN = {"ring": ["Inel", "Inel damă"], "engagement ring": ["Inel de logodnă", "Inel logodnă"],
        "wedding band": ["Verighetă", "Verighete (bucata)"], "earrings": ["Cercei", "Cercei tip surub", "Cercei creole"],
        "pendant": ["Pandantiv", "Medalion"], "chain": ["Lănțișor", "Lanț"], "necklace": ["Colier"],
        "bracelet": ["Brățară"], "bangle": ["Brățară rigidă"], "anklet": ["Brățară de gleznă"], "brooch": ["Broșă"]}
PTYPE = {"ring": "Inele", "engagement ring": "Inele de logodnă", "wedding band": "Verighete", "earrings": "Cercei",
         "pendant": "Pandantive", "chain": "Lănțișoare", "necklace": "Coliere", "bracelet": "Brățări", "bangle": "Brățări",
         "anklet": "Brățări", "brooch": "Broșe"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "drop"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "anklet": ("anklet", None), "brooch": ("brooch", None)}
NAMES = ["Ioana", "Floare de colț", "Clasic", "Infinit", "Trifoi", "Iris", "Transilvania", "Stea", "Inimioară"]

GOLD = [("Y14", 8), ("W14", 3), ("R14", 2), ("Y18", 2)]
DESIGNS = [
    ("ring", 12, GOLD + [("S925", 3), ("SS", 1)],
     [(None, 3), ("cz", 3), ("ruby", 1), ("sapphire", 1), ("emerald", 1), ("amethyst", 1), ("garnet", 1)], (1.8, 4.5), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 2), ("W18", 2), ("R14", 1)], [("diamond", 5), ("cz", 2), ("sapphire", 1)], (1.8, 3.2), "size"),
    ("wedding band", 6, [("Y14", 3), ("W14", 1), ("R14", 1), ("Y18", 1)], [(None, 5), ("diamond", 1)], (2.5, 6.0), "size"),
    ("earrings", 13, GOLD + [("S925", 3), ("GPS", 2), ("SS", 1)], [(None, 4), ("cz", 3), ("pearl", 2), ("diamond", 1)], (1.2, 4.0), None),
    ("pendant", 9, GOLD + [("S925", 2), ("GPS", 1)], [(None, 3), ("cz", 2), ("diamond", 1), ("amethyst", 1), ("emerald", 1)], (0.8, 3.0), None),
    ("chain", 8, [("Y14", 4), ("W14", 1), ("Y18", 1), ("S925", 2), ("GPSS", 1)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, GOLD + [("S925", 2), ("GPSS", 1)], [(None, 2), ("cz", 1), ("pearl", 2)], (3.0, 10.0), None),
    ("bracelet", 8, GOLD + [("S925", 2), ("SS", 1), ("GPSS", 1)], [(None, 3), ("cz", 1), ("pearl", 1)], (2.0, 8.0), "len"),
    ("bangle", 3, [("Y14", 2), ("S925", 1)], [(None, 1)], (6.0, 14.0), None),
    ("anklet", 3, [("S925", 2), ("GPS", 1)], [(None, 1)], (2.0, 4.0), None),
    ("brooch", 3, [("Y14", 1), ("S925", 2)], [(None, 1), ("pearl", 1), ("garnet", 1)], (3.0, 7.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60"]
LENS = {"chain": ["40 cm", "45 cm", "50 cm"], "bracelet": ["17 cm", "19 cm", "21 cm"]}


def r_ron(x, step):
    return float(int(round(x / step)) * step)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_RON[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_ron(grams * RATE[code] * 1.25 + st, 10) - 1 if grams * RATE[code] > 3000 else r_ron(grams * RATE[code] * 1.25 + st, 10)
    base, per_g = SILVER[code]
    return r_ron(base + per_g * grams + (STONE_RON[stone] * 0.3 if stone else 0), 5) - 1


def lei(x, style):
    x = int(round(x))
    th = f"{x:,}".replace(",", ".")
    return [f"{th} lei", f"{x} RON", f"{th},00 lei", f"{x} Lei", f"RON {th}", f"{x} lei"][style]


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("S925", "GPS", "SS", "GPSS") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN[cat])
    where_metal = "title" if rng.random() < 0.7 else ("body" if rng.random() < 0.75 else "photo")
    if code in ("GPS", "GPSS", "SS") and where_metal == "photo":
        where_metal = "body"
    parts = [noun]
    if where_metal == "title":
        parts.append(rng.choice(METAL_TXT[code]))
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    if stone == "cz" and where_stone == "nowhere":
        where_stone = "body"
    if stone and where_stone == "title":
        parts.append(rng.choice(STONE_TXT[stone]))
    title = " ".join(parts)
    if rng.random() < 0.35:
        title += rng.choice([f" {rng.choice(NAMES)}", f" - model {rng.choice(NAMES)}"])
    if cat == "chain" and code in GOLD_CODES and rng.random() < 0.6:
        title += " tăietură diamant" if rng.random() < 0.5 else " diamantat"
        traps += ["tăietură diamant", "diamantat", "diamantată"]
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
    else:
        body.append(rng.choice(["Lucrat manual în atelierul nostru din Cluj.", "Un cadou perfect pentru cineva drag."]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
    elif stone is None and rng.random() < 0.4:
        body.append("Model simplu, fără pietre.")
    if cat == "chain" and "diamant" in title:
        body.append("Zale cu tăietură diamant care strălucesc (fără pietre).")
    if p.get("carat"):
        body.append(f"Greutate diamant: {str(p['carat']).replace('.', ',')} ct, culoare G, puritate VS.")
        traps.append(f"{str(p['carat']).replace('.', ',')} ct")
    if code in GOLD_CODES:
        g = p["grams"]
        body.append(rng.choice([f"Greutate: {str(g).replace('.', ',')} g.", f"Gramaj aprox. {g} gr.",
                                f"Greutate aur: ~{str(g).replace('.', ',')} grame."]))
    if cat == "pendant":
        body.append("Lănțișorul nu este inclus.")
        p["sold_with_chain"] = False
    if cat == "wedding band":
        body.append("Prețul este pentru o bucată; gravura interioară gratuită.")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(4064)
    outdir = os.path.join(out, "clj_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {7, 41, 66}
    ask_at = {12, 50}              # preț la cerere: price 0
    off_at = {20, 58, 73}          # active 0
    oos_at = {27, 61}
    cats = {c: uid("cat" + c) for c in PTYPE.values()}
    for i, p in enumerate(prods):
        prng = random.Random(40640 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.25, 0.3]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05])
        dstyle = prng.choice([0, 0, 1, 2])
        title, body, traps = texts(p, rng)
        title = diac(title, dstyle)
        body = [diac(b, dstyle) for b in body]
        traps = [diac(t, s) for t in traps for s in (0, 1, 2)]
        p["title"] = title
        ask = i in ask_at
        status = "inactive" if i in off_at else "active"
        p["status"] = status
        p["live"] = status == "active" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = PTYPE[p["cat"]]
        num = f"BA{10100 + i * 7}"
        p["handle"] = num
        axis = p["axis"] if prng.random() < 0.55 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 2)
            vals = SIZES[a:a + prng.randint(3, 4)]
        elif axis == "len":
            vals = LENS[p["cat"]][:prng.randint(2, 3)]
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], num))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.05 * j if axis == "size" else 0.12 * j))
                pr = None if ask else price_of(code, p["stone"], g, p.get("carat"))
                if axis == "size" and code not in GOLD_CODES and not ask:
                    pr = price_of(code, p["stone"], p["grams"], p.get("carat"))
                vs.append(Variant([s], code, p["stone"], pr, None, g, f"{num}.{j + 1}"))
        slug = diac(title, 2).lower().replace(" ", "-").replace("(", "").replace(")", "")
        h = uid(num)
        fn = f"{h[:2]}/{h[2:4]}/{h[4:6]}/{1764000000 + i * 3917}/{slug[:40].strip('-')}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 406400 + i))
        if ask:
            body.append(diac("Preț la cerere – sunați-ne sau scrieți-ne pe WhatsApp.", dstyle))
        elif prng.random() < 0.35:
            body.append("Preț: " + lei(vs[0].price, prng.randint(0, 5)) + ".")
        if prng.random() < 0.3:
            body.append(diac("Livrare gratuită prin curier în toată țara pentru comenzi peste 500 lei.", dstyle))
        if prng.random() < 0.5:
            desc = "<p>" + "</p><p>".join(body) + "</p>"
        elif prng.random() < 0.5:
            desc = "<ul><li>" + "</li><li>".join(body) + "</li></ul>"
        else:
            desc = "<p>" + "<br>".join(body) + "</p>"
        if prng.random() < 0.08:
            desc = ""
        alt = ""
        if prng.random() < 0.35:
            alt = title.lower()
        man = prng.choice(["Bijuteria Aurelia", "Bijuteria Aurelia", "", "Atelier propriu"])
        prop_ids = "|".join(uid(f"prop{code}{x}") for x in range(prng.randint(0, 2)))
        pid = uid("p" + num)
        gross0 = 0.0 if ask else vs[0].price
        r = dict.fromkeys(HEADER, "")
        r.update({"id": pid, "product_number": num, "active": "0" if status != "active" else "1",
                  "stock": str(0 if not p["in_stock"] else (0 if vals else prng.randint(1, 4))),
                  "name": title, "description": desc,
                  "price_net": f"{gross0 / (1 + VAT / 100):.2f}".rstrip("0").rstrip("."), "price_gross": f"{gross0:g}",
                  "tax_id": uid("tax21"), "tax_rate": "21", "tax_name": "TVA 21%",
                  "cover_media_id": uid("m" + num), "cover_media_url": url,
                  "cover_media_title": "", "cover_media_alt": alt,
                  "manufacturer_id": uid("man" + man) if man else "", "manufacturer_name": man,
                  "categories": cats[PTYPE[p["cat"]]] + ("|" + uid("catnoutati") if prng.random() < 0.2 else ""),
                  "sales_channel": uid("storefront"), "propertyIds": prop_ids})
        if vals:
            r["stock"] = "0"
        rows.append(r)
        for j, v in enumerate(vs if vals else []):
            vr = dict.fromkeys(HEADER, "")
            same = (v.price == vs[0].price)
            vr.update({"id": uid("v" + v.sku), "parent_id": pid, "product_number": v.sku,
                       "stock": str(0 if not p["in_stock"] else prng.randint(0, 3)),
                       "optionIds": uid("opt" + v.opts[0])})
            if not same or j == 0 and prng.random() < 0.3:
                pr = 0.0 if v.price is None else v.price
                vr["price_net"] = f"{pr / (1 + VAT / 100):.2f}".rstrip("0").rstrip(".")
                vr["price_gross"] = f"{pr:g}"
            rows.append(vr)
        if vals and not p["in_stock"]:
            pass
        elif vals:
            if all(rr["stock"] == "0" for rr in rows[-len(vs):]):
                rows[-1]["stock"] = "1"
        fields = {"title": title, "body": desc}
        if alt:
            fields["attributes"] = alt
        if traps:
            p["traps"] = sorted(set(traps))
        t = truth_record(p, vs, ["size" if axis == "size" else "length"] if vals else [], CURRENCY,
                         None if broken else "images/" + fn, url, broken, spec, [], "price_before_sale")
        t["product_id"] = pid
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"clj {num} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
