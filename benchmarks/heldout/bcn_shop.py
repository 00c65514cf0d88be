"""Barcelona shop: Joieria Roser Vidal, carrer de Verdi, Gràcia, Barcelona (Ecwid by Lightspeed, EUR).

Ecwid's current catalog CSV export (Catalog > Products > Export): one file, comma, UTF-8,
a `type` column whose rows are `product`, then that product's `product_option` rows (one per
choice) and `product_variation` rows (one per combination, with its own SKU and price);
`product_…` column names, dot decimals, `true` / `false` booleans, HTML descriptions,
category paths with ` / `.  Product text in Catalan, with the Spanish a Barcelona shop lets
slip in.  See data/heldout/bcn_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random

from twentysecond_common import GOLD_CODES, Variant, evidence, photo_spec, truth_record, wchoice

STORE_ID = "91827364"
HOST = f"https://d2j6dbq0eux0bg.cloudfront.heldout-bcn.example/images/{STORE_ID}/"
CURRENCY = "EUR"
EXPORT_NAME = f"products_{STORE_ID}_2026-12-05.csv"

HEADER = ["type", "product_internal_id", "product_sku", "product_name", "product_subtitle", "product_brand",
          "product_ribbon_text", "product_ribbon_color", "product_is_available", "product_is_featured",
          "product_price", "product_compare_to_price", "product_cost_price", "product_is_inventory_tracked",
          "product_quantity", "product_is_shipping_required", "product_weight", "product_description",
          "product_seo_title", "product_seo_description", "product_category_1", "product_category_2",
          "product_media_main_image_url", "product_media_gallery_image_url_1",
          "product_attribute_{Material}", "product_attribute_{Pedra}",
          "product_option_name", "product_option_type", "product_option_is_required", "product_option_value",
          "product_option_markup", "product_variation_sku", "product_variation_option_{Talla}",
          "product_variation_option_{Llargada}"]

PER_G = {"Y18": 92.0, "W18": 98.0, "R18": 94.0, "Y9": 46.0}
STONE_EUR = {None: 0, "diamond": 650, "cz": 12, "ruby": 240, "sapphire": 260, "emerald": 300, "pearl": 35,
             "amethyst": 45, "topaz": 50, "garnet": 40, "coral": 70}
SILVER = {"S925": (29, 3.2), "GPS": (39, 3.8), "SS": (19, 0.8), "GPB": (14, 0.6)}

METAL_TXT = {
    "Y18": ["d'or groc 18k", "d'or de llei", "d'or groc de 18 quirats", "or 750"],
    "W18": ["d'or blanc 18k", "d'or blanc de 18 quirats", "d'or blanc"],
    "R18": ["d'or rosa 18k", "d'or rosa"],
    "Y9": ["d'or de 9 quirats", "or 9k", "d'or 375"],
    "S925": ["de plata", "de plata de llei", "de plata 925"],
    "GPS": ["de plata daurada", "de plata amb bany d'or"],
    "GPB": ["de bijuteria, metall daurat"],
    "SS": ["d'acer inoxidable"],
}
BODY_METAL = {
    "Y18": "<p>Or groc de 18 quirats (750 mil·lèsimes), contrastat al taller.</p>",
    "W18": "<p>Or blanc de 18 k (750), acabat rodiat.</p>",
    "R18": "<p>Or rosa de 18 quirats.</p>",
    "Y9": "<p>Or de 9 quirats (375 mil·lèsimes). Més econòmic que l'or de llei.</p>",
    "S925": "<p>Plata de llei (925 mil·lèsimes).</p>",
    "GPS": "<p>Plata de llei 925 amb un bany d'or de 18k.</p>",
    "GPB": "<p>Bijuteria: metall daurat, lliure de níquel.</p>",
    "SS": "<p>Acer inoxidable 316L, no s'enfosqueix ni fa reacció.</p>",
}
BODY_METAL_ES = {
    "Y18": "<p>Oro amarillo de 18 kilates, oro de ley.</p>",
    "W18": "<p>Oro blanco de 18k.</p>",
    "S925": "<p>Plata de ley 925.</p>",
}
STONE_TXT = {"diamond": ["amb brillant", "amb diamants", "amb brillants"],
             "cz": ["amb zircònia", "amb circonites", "amb zircònies"], "ruby": ["amb robí"],
             "sapphire": ["amb safir", "amb safir blau"], "emerald": ["amb maragda"],
             "pearl": ["amb perla", "de perles"], "amethyst": ["amb ametista"], "topaz": ["amb topazi blau"],
             "garnet": ["amb granat"], "coral": ["de corall", "amb corall vermell"]}
BODY_STONE = {"diamond": "<p>Diamant natural talla brillant.</p>",
              "cz": "<p>Zircònia cúbica blanca (no és diamant).</p>",
              "ruby": "<p>Robí natural, color vermell intens.</p>",
              "sapphire": "<p>Safir blau natural.</p>", "emerald": "<p>Maragda natural colombiana.</p>",
              "pearl": "<p>Perla cultivada d'aigua dolça, blanca.</p>", "amethyst": "<p>Ametista, color lila.</p>",
              "topaz": "<p>Topazi blau cel.</p>", "garnet": "<p>Granat, vermell fosc.</p>",
              "coral": "<p>Corall vermell del Mediterrani.</p>"}

NOUN = {"ring": ["Anell"], "engagement ring": ["Anell de compromís", "Solitari de compromís"],
        "wedding band": ["Aliança"], "earrings": ["Arracades", "Pendents", "Arracades de botó"],
        "pendant": ["Penjoll"], "chain": ["Cadena"], "necklace": ["Collaret"], "bracelet": ["Polsera"],
        "anklet": ["Turmellera"], "brooch": ["Fermall"]}
NOUN_ES = {"ring": "Anillo", "earrings": "Pendientes", "pendant": "Colgante", "bracelet": "Pulsera"}
CATS = {"ring": "Anells", "engagement ring": "Anells / Compromís", "wedding band": "Anells / Aliances",
        "earrings": "Arracades", "pendant": "Penjolls", "chain": "Cadenes", "necklace": "Collarets",
        "bracelet": "Polseres", "anklet": "Turmelleres", "brooch": "Fermalls"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None),
        "wedding band": ("wedding band", None), "earrings": ("earrings", "drop"), "pendant": ("pendant", None),
        "chain": ("chain", None), "necklace": ("necklace", None), "bracelet": ("bracelet", None),
        "anklet": ("anklet", None), "brooch": ("brooch", None)}
NAMES = ["Gràcia", "Tramuntana", "Montjuïc", "Lluna", "Estel", "Mediterrània", "Verdi", "Montserrat", "Roser",
         "Perla", "Gaudí", "Sant Jordi", "Empordà"]

GOLD = [("Y18", 5), ("W18", 3), ("R18", 2), ("Y9", 2)]
DESIGNS = [
    ("ring", 14, GOLD + [("S925", 5), ("GPS", 1), ("SS", 1)],
     [("cz", 4), (None, 2), ("ruby", 1), ("sapphire", 1), ("emerald", 1), ("amethyst", 1), ("topaz", 1),
      ("garnet", 1), ("coral", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W18", 3), ("Y18", 2), ("R18", 1)], [("diamond", 5), ("cz", 1), ("sapphire", 1)],
     (2.2, 3.6), "size"),
    ("wedding band", 6, [("Y18", 3), ("W18", 2), ("R18", 1)], [(None, 5), ("diamond", 1)], (3.0, 6.0), "size"),
    ("earrings", 16, GOLD + [("S925", 5), ("GPS", 2), ("GPB", 1)],
     [("cz", 3), (None, 3), ("pearl", 3), ("diamond", 1), ("coral", 1), ("ruby", 1), ("amethyst", 1)],
     (1.2, 4.0), None),
    ("pendant", 11, GOLD + [("S925", 4), ("GPS", 2)],
     [(None, 3), ("cz", 2), ("diamond", 1), ("emerald", 1), ("topaz", 1), ("coral", 1), ("garnet", 1)],
     (1.0, 3.5), None),
    ("chain", 7, [("Y18", 3), ("W18", 1), ("S925", 3), ("SS", 1)], [(None, 1)], (2.5, 9.0), "len"),
    ("necklace", 6, [("S925", 2), ("Y18", 2), ("GPS", 1), ("GPB", 1)], [("pearl", 3), ("cz", 1), ("coral", 1)],
     (4.0, 14.0), None),
    ("bracelet", 9, [("Y18", 3), ("S925", 3), ("SS", 1), ("GPS", 1), ("Y9", 1)], [(None, 4), ("cz", 1), ("pearl", 1)],
     (3.0, 10.0), None),
    ("anklet", 2, [("S925", 2), ("GPS", 1)], [(None, 1)], (1.5, 3.0), None),
    ("brooch", 2, [("GPS", 1), ("Y18", 1)], [("pearl", 1), ("coral", 1)], (3.0, 7.0), None),
]
SIZES = ["10", "12", "14", "16", "18", "20"]
LENS = ["40 cm", "45 cm", "50 cm"]


def r_eur(x):
    if x < 100:
        return round(x) - 0.1 if round(x) > 10 else float(round(x))
    return float(int(round(x / 5.0)) * 5)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_EUR[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_eur(grams * PER_G[code] + st + 60)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + (STONE_EUR[stone] * 0.3 if stone else 0))


def eur(x, style):
    whole = int(x)
    cents = int(round((x - whole) * 100))
    g = f"{whole:,}".replace(",", ".")
    c = f",{cents:02d}"
    return [f"{g}{c} €", f"{whole}€" if not cents else f"{whole}{c}€", f"€{g}{c if cents else ''}", f"{g}{c if cents else ''} euros",
            f"{whole}{c if cents else ''} EUR"][style]


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("SS", "S925", "GPS", "GPB") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            if code in ("SS", "GPB") and stone in ("coral", "garnet", "amethyst", "topaz"):
                stone = None
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    spanish = rng.random() < 0.12 and cat in NOUN_ES
    noun = NOUN_ES[cat] if spanish else rng.choice(NOUN[cat])
    where_metal = "title" if rng.random() < 0.65 else ("body" if rng.random() < 0.8 else "photo")
    if code in ("GPS", "GPB", "SS") and where_metal == "photo":
        where_metal = "body"
    parts = [noun]
    if where_metal == "title":
        mt = rng.choice(METAL_TXT[code])
        if spanish:
            mt = {"Y18": "de oro 18k", "W18": "de oro blanco 18k", "R18": "de oro rosa 18k", "Y9": "de oro 9k",
                  "S925": "de plata 925", "GPS": "de plata bañada en oro", "GPB": "dorado bisutería",
                  "SS": "de acero inoxidable"}[code]
        elif mt.startswith("or "):
            mt = "en " + mt
        parts.append(mt)
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    if stone and where_stone == "title":
        st = rng.choice(STONE_TXT[stone])
        if spanish:
            st = {"diamond": "con diamantes", "cz": "con circonitas", "ruby": "con rubí", "sapphire": "con zafiro",
                  "emerald": "con esmeralda", "pearl": "con perla", "amethyst": "con amatista",
                  "topaz": "con topacio azul", "garnet": "con granate", "coral": "de coral"}[stone]
        parts.append(st)
    title = " ".join(parts)
    if rng.random() < 0.45:
        name = rng.choice(NAMES)
        if name == "Perla" and stone != "pearl":
            traps.append("Perla")
        title += rng.choice([f" «{name}»", f" - {name}", f" {name}", f" (col·lecció {name})"])
    body = []
    if where_metal in ("title", "body"):
        if spanish and code in BODY_METAL_ES:
            body.append(BODY_METAL_ES[code])
        else:
            body.append(BODY_METAL[code])
            if code == "Y9":
                traps.append("l'or de llei")
            if code == "GPS":
                traps.append("bany d'or de 18k")
    else:
        body.append(rng.choice(["<p>Peça feta a mà al nostre taller de Gràcia.</p>", "<p>Un regal per sempre.</p>"]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
        if stone == "cz":
            traps.append("no és diamant")
    elif stone is None and where_stone == "body":
        body.append("<p>Model llis, sense pedres.</p>")
    if cat == "chain" and rng.random() < 0.6:
        body.append("<p>Cadena tallada al diamant, acabat brillant.</p>")
        traps += ["tallada al diamant", "acabat brillant"]
    if code == "SS" and rng.random() < 0.6:
        body.append("<p>Color plata.</p>")
    if code == "GPB" and rng.random() < 0.7:
        body.append("<p>Color or, ideal per a festes.</p>")
    if p.get("carat"):
        body.append(f"<p>Pes del brillant: {str(p['carat']).replace('.', ',')} ct.</p>")
    if code in GOLD_CODES:
        g = f"{p['grams']:.2f}".replace(".", ",")
        body.append(f"<p>Pes aproximat: {g} g.</p>" if rng.random() < 0.6 else f"<p>Pes: {g} grams d'or.</p>")
    if cat == "pendant":
        body.append("<p>La cadena no està inclosa.</p>" if rng.random() < 0.7 else "<p>Es ven sense cadena.</p>")
        p["sold_with_chain"] = False
    return "".join(body), title, traps, spanish


def build(out, images=True):
    rng = random.Random(2222)
    outdir = os.path.join(out, "bcn_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {6, 41, 73}
    ask_at = {11, 37, 58}          # Preu a consultar: price 0
    off_at = {23, 66}              # product_is_available false
    oos_at = {30, 52}
    pid = 612004117
    for i, p in enumerate(prods):
        prng = random.Random(22000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.15, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        body, title, traps, spanish = texts(p, rng)
        p["title"] = title
        ask = i in ask_at
        status = "disabled" if i in off_at else "enabled"
        p["status"] = status
        p["live"] = status == "enabled" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATS[p["cat"]]
        if spanish:
            p["language"] = "es"
        sku = f"RV-{1000 + i * 7}" if prng.random() < 0.75 else ""
        internal = str(pid)
        pid += prng.randint(3, 400)
        p["handle"] = internal
        axis = p["axis"] if prng.random() < 0.6 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 2)
            vals = SIZES[a:a + prng.randint(3, 4)]
        elif axis == "len":
            vals = LENS[:prng.randint(2, 3)]
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.04 * j if axis == "size" else 0.12 * j))
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{s.split()[0]}" if sku else ""))
        if not ask and prng.random() < 0.18:
            for v in vs:
                v.regular = v.price
                v.price = r_eur(v.price * 0.85)
        img_id = 5000000000 + i * 7919 + prng.randint(0, 999)
        fn = f"{img_id}.jpg" if prng.random() < 0.7 else f"{img_id}.jpeg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 222000 + i))
        if ask:
            body = "<p><strong>Preu a consultar</strong> – truqueu-nos o passeu per la botiga.</p>" + body
        elif prng.random() < 0.3:
            body += f"<p>Preu: {eur(vs[0].price, prng.randint(0, 4))}</p>"
        if spanish and prng.random() < 0.5:
            body += "<p>Envío gratuito a partir de 60 €.</p>"
        elif prng.random() < 0.3:
            body += "<p>Enviament gratuït a partir de 60 €. Capsa de regal inclosa.</p>"
        cat1 = CATS[p["cat"]]
        cat2 = ""
        if p["stone"] == "coral" or (p["cat"] == "pendant" and prng.random() < 0.3):
            cat2 = "Col·lecció Mediterrània"
        elif code == "S925" and prng.random() < 0.4:
            cat2 = "Plata"
        mat_attr = ""
        if prng.random() < 0.35:
            mat_attr = {"Y18": "Or groc 18k", "W18": "Or blanc 18k", "R18": "Or rosa 18k", "Y9": "Or 9k",
                        "S925": "Plata 925", "GPS": "Plata daurada", "GPB": "Metall daurat", "SS": "Acer"}[code]
        stone_attr = ""
        if p["stone"] and prng.random() < 0.3:
            stone_attr = {"diamond": "Brillant", "cz": "Zircònia", "ruby": "Robí", "sapphire": "Safir",
                          "emerald": "Maragda", "pearl": "Perla", "amethyst": "Ametista", "topaz": "Topazi",
                          "garnet": "Granat", "coral": "Corall"}[p["stone"]]
        tracked = (not p["in_stock"]) or prng.random() < 0.4
        base_price = 0.0 if ask else vs[0].price
        row = dict.fromkeys(HEADER, "")
        row.update({"type": "product", "product_internal_id": internal, "product_sku": sku, "product_name": title,
                    "product_brand": "Roser Vidal" if prng.random() < 0.5 else "",
                    "product_ribbon_text": "Preu a consultar" if ask else ("Novetat" if prng.random() < 0.1 else ""),
                    "product_ribbon_color": "#C9A24A" if ask else "",
                    "product_is_available": "true" if status == "enabled" else "false",
                    "product_is_featured": "true" if prng.random() < 0.08 else "false",
                    "product_price": f"{base_price:g}",
                    "product_compare_to_price": f"{vs[0].regular:g}" if vs[0].regular else "",
                    "product_is_inventory_tracked": "true" if tracked else "false",
                    "product_quantity": ("0" if not p["in_stock"] else str(prng.randint(1, 4))) if tracked else "",
                    "product_is_shipping_required": "true",
                    "product_weight": f"{round(0.05 + p['grams'] / 1000, 3):g}" if prng.random() < 0.5 else "",
                    "product_description": body,
                    "product_seo_title": title if prng.random() < 0.2 else "",
                    "product_category_1": cat1, "product_category_2": cat2,
                    "product_media_main_image_url": url,
                    "product_attribute_{Material}": mat_attr, "product_attribute_{Pedra}": stone_attr})
        rows.append(row)
        opt_name = ""
        if vals:
            opt_name = "Talla" if axis == "size" else "Llargada"
            for s in vals:
                r = dict.fromkeys(HEADER, "")
                r.update({"type": "product_option", "product_internal_id": internal, "product_sku": sku,
                          "product_option_name": opt_name, "product_option_type": "SIZE" if axis == "size" else "DROPDOWN",
                          "product_option_is_required": "true", "product_option_value": s, "product_option_markup": "0"})
                rows.append(r)
            for v in vs:
                r = dict.fromkeys(HEADER, "")
                r.update({"type": "product_variation", "product_internal_id": internal, "product_sku": sku,
                          "product_variation_sku": v.sku, "product_price": "0" if ask else f"{v.price:g}",
                          "product_compare_to_price": f"{v.regular:g}" if v.regular else "",
                          "product_is_inventory_tracked": "true" if tracked else "false",
                          "product_quantity": ("0" if not p["in_stock"] else str(prng.randint(0, 2) + 1)) if tracked else "",
                          f"product_variation_option_{{{opt_name}}}": v.opts[0]})
                rows.append(r)
        fields = {"title": title, "body": body, "type": cat1 + " " + cat2}
        if mat_attr or stone_attr:
            fields["attributes"] = f"{mat_attr} {stone_attr}"
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [opt_name] if vals else [], CURRENCY, None if broken else "images/" + fn, url, broken,
                         spec, [], "compare_to_price")
        t["ecwid_internal_id"] = int(internal)
        t["sku"] = sku
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"bcn {internal} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
