"""Buenos Aires shop: Joyería Aurora, calle Libertad, San Nicolás, CABA (Tiendanube, ARS).

Its export is Tiendanube's product CSV (Productos > Exportar / "Importar y exportar productos
desde CSV"): Spanish column names in the platform's order, `;` separator, Windows-1252
("ANSI") encoding, prices written `125,000.00`, `SI` / `NO` flags, one row per variant with
the product's `Identificador de URL` repeated and the product fields only on the first row.
The export carries no photos; the shop's photos are a folder named by `Identificador de URL`.
Listings in Rioplatense Spanish.  See data/heldout/bue_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re
import unicodedata

from twentyfifth_common import ES_AR, Variant, ars, evidence, photo_spec, truth_record, wchoice

SITE = "https://www.joyeriaaurora.heldout-bue.example/"
HOST = SITE + "fotos/productos/"
CURRENCY = "ARS"
EXPORT_NAME = "tiendanube_productos.csv"
ENCODING = "cp1252"

HEADER = ["Identificador de URL", "Nombre", "Categorías", "Nombre de propiedad 1", "Valor de propiedad 1",
          "Nombre de propiedad 2", "Valor de propiedad 2", "Nombre de propiedad 3", "Valor de propiedad 3", "Precio",
          "Precio promocional", "Peso (kg)", "Alto (cm)", "Ancho (cm)", "Profundidad (cm)", "Stock", "SKU",
          "Código de barras", "Mostrar en tienda", "Envío sin cargo", "Descripción", "Tags", "Título para SEO",
          "Descripción para SEO", "Marca", "Producto Físico", "MPN (Número de pieza del fabricante)", "Sexo",
          "Rango de edad", "Costo"]

GOLD = {"Y18", "W18", "R18"}
RATE = {"Y18": 215000, "W18": 228000, "R18": 220000}      # $ / gramo, minorista, inventado
STONE_ARS = {None: 0, "diamond": 1100000, "cz": 9000, "pearl": 30000, "rhodochrosite": 45000, "amethyst": 40000,
             "topaz": 45000}
SILVER = {"S925": (28000, 9500), "SG": (45000, 12000), "GPB": (14000, 3000), "SS": (12000, 2500), "GPSS": (16000, 3000)}
USD_RATE = 1450

METAL_SHORT = {"Y18": ["oro 18k", "oro 18 kilates", "oro amarillo 18k", "oro 750"],
               "W18": ["oro blanco 18k", "oro blanco 750"], "R18": ["oro rosa 18k"],
               "S925": ["plata 925", "plata", "plata 925 rodinada"], "SG": ["plata y oro"],
               "GPB": ["enchapado en oro", "enchapado oro"], "SS": ["acero quirúrgico", "acero"],
               "GPSS": ["acero dorado", "acero quirúrgico dorado"]}
BODY_METAL = {
    "Y18": ["Material: oro 18k (750), con sello.", "Oro amarillo 18 kilates, pieza sellada 750.", "Oro 18k."],
    "W18": ["Material: oro blanco 18k (750) rodinado.", "Oro blanco 18 kilates."],
    "R18": ["Material: oro rosa 18k (750)."],
    "S925": ["Material: plata 925.", "Plata 925 con sello, no se oscurece si la cuidás.", "Plata ley 925 rodinada."],
    "SG": ["Plata 925 con apliques de oro 18k.", "Plata y oro: plata 925 con detalles de oro 18k."],
    "GPB": ["Enchapado en oro 18k sobre bronce, antialérgico.", "Enchapado en oro, base de bronce."],
    "SS": ["Acero quirúrgico 316L, no se oxida ni da alergia.", "Acero quirúrgico, ideal para usar todos los días."],
    "GPSS": ["Acero quirúrgico dorado (PVD), no pierde el color.", "Acero dorado, resistente al agua."],
}
PLATED_TRAP = {"SG": ["Plata 925 con apliques de oro 18k", "Plata y oro: plata 925 con detalles de oro 18k",
                      "plata y oro"],
               "GPB": ["Enchapado en oro 18k"]}
STONE_CON = {"diamond": ["brillante", "brillantes", "diamante"], "cz": ["cubic", "circón", "cubics", "circonias"],
             "pearl": ["perla", "perla cultivada", "perlas de río"], "rhodochrosite": ["rodocrosita", "piedra rodocrosita"],
             "amethyst": ["amatista"], "topaz": ["topacio azul", "topacio"]}
BODY_STONE = {"diamond": ["Piedra: brillante natural, color H, pureza SI.", "Brillantes naturales, talla brillante."],
              "cz": ["Piedras: cubic blancos.", "Con circones (cubic zirconia) blancos."],
              "pearl": ["Perla cultivada blanca de 7 mm.", "Perlas de río blancas."],
              "rhodochrosite": ["Rodocrosita argentina (Rosa del Inca), de Catamarca.", "Piedra: rodocrosita rosada, la piedra nacional."],
              "amethyst": ["Piedra: amatista violeta."], "topaz": ["Piedra: topacio azul."]}
NOUN = {"ring": ["anillo", "anillo", "sortija", "cintillo"], "engagement ring": ["anillo de compromiso", "solitario"],
        "wedding band": ["alianzas", "alianza", "argollas de casamiento"],
        "earrings": ["aros", "aritos", "argollas", "aros abridores"], "pendant": ["dije", "medalla", "dije cruz"],
        "chain": ["cadena", "cadenita", "cadena forzada", "cadena veneciana", "cadena groumet"],
        "necklace": ["collar", "gargantilla"], "bracelet": ["pulsera"], "bangle": ["esclava"],
        "anklet": ["tobillera"], "brooch": ["prendedor"]}
CATEGORY = {"ring": "Anillos", "engagement ring": "Anillos > Compromiso", "wedding band": "Alianzas",
            "earrings": "Aros", "pendant": "Dijes y medallas", "chain": "Cadenas", "necklace": "Collares",
            "bracelet": "Pulseras", "bangle": "Pulseras > Esclavas", "anklet": "Tobilleras", "brooch": "Prendedores"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "anklet": ("anklet", None), "brooch": ("brooch", None)}
NAMES = ["Lola", "Malena", "Delfina", "Luna", "Tango", "Ombú", "Palermo", "Recoleta", "Sol de Mayo", "Flor", "Pampa",
         "Aurora", "Mora", "Jazmín", "Ceibo"]

DESIGNS = [
    ("ring", 14, [("Y18", 4), ("W18", 1), ("S925", 5), ("SG", 2), ("SS", 1), ("GPB", 1)],
     [(None, 4), ("cz", 4), ("rhodochrosite", 2), ("amethyst", 1), ("topaz", 1), ("pearl", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W18", 3), ("Y18", 3), ("S925", 2)], [("diamond", 5), ("cz", 3)], (2.2, 3.6), "size"),
    ("wedding band", 7, [("Y18", 4), ("W18", 1), ("R18", 1), ("S925", 1)], [(None, 6), ("diamond", 1)], (3.0, 7.0), "size"),
    ("earrings", 16, [("Y18", 5), ("S925", 5), ("GPB", 2), ("SS", 2), ("W18", 1), ("SG", 1)],
     [(None, 5), ("cz", 4), ("pearl", 4), ("diamond", 1), ("rhodochrosite", 2)], (1.0, 4.0), None),
    ("pendant", 12, [("Y18", 4), ("S925", 5), ("GPB", 1), ("SG", 1), ("W18", 1)],
     [(None, 5), ("rhodochrosite", 3), ("cz", 2), ("amethyst", 1), ("pearl", 1)], (0.8, 4.0), None),
    ("chain", 9, [("Y18", 4), ("S925", 3), ("SS", 1), ("GPSS", 1)], [(None, 1)], (2.0, 10.0), "len"),
    ("necklace", 7, [("Y18", 2), ("S925", 3), ("GPB", 2)], [(None, 3), ("pearl", 3), ("cz", 1)], (3.0, 12.0), None),
    ("bracelet", 7, [("Y18", 2), ("S925", 3), ("SS", 1), ("GPSS", 1)], [(None, 5), ("cz", 1), ("pearl", 1)], (3.0, 9.0), None),
    ("bangle", 4, [("S925", 2), ("Y18", 1), ("SS", 1)], [(None, 1)], (8.0, 18.0), None),
    ("anklet", 3, [("S925", 2), ("GPSS", 1)], [(None, 1)], (2.0, 5.0), None),
    ("brooch", 2, [("S925", 1), ("Y18", 1)], [(None, 1), ("rhodochrosite", 1)], (3.0, 8.0), None),
]
SIZES = ["12", "13", "14", "15", "16", "17", "18", "19", "20", "22"]
LENS = ["40 cm", "45 cm", "50 cm", "60 cm"]
SILVERISH = ("S925", "SG", "GPB", "SS", "GPSS")


def r_ars(x):
    if x < 100000:
        return float(int(round(x / 500.0)) * 500)
    return float(int(round(x / 5000.0)) * 5000)


def price_of(code, stone, grams, carat=None):
    st = STONE_ARS[stone]
    if stone == "diamond" and carat:
        st = STONE_ARS["diamond"] * (carat / 0.1) ** 1.15
    if code in GOLD:
        return r_ars(grams * RATE[code] + 60000 + st)
    base, per_g = SILVER[code]
    return r_ars(base + per_g * grams + (st * 0.5 if stone else 0))


def slug(title):
    t = unicodedata.normalize("NFD", title.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def cap(s):
    return s[:1].upper() + s[1:]


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVERISH and stone == "diamond":
                stone = "cz"
            if code in GOLD and stone == "cz" and cat == "engagement ring":
                stone = "diamond"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    name = rng.choice(NAMES)
    stone_in_title = stone and rng.random() < 0.65
    metal_in_title = rng.random() < 0.75
    con = rng.choice(STONE_CON[stone]) if stone else ""
    ms = rng.choice(METAL_SHORT[code])
    if code == "SG" and metal_in_title:
        traps.append("plata y oro")
    if code == "GPB" and metal_in_title and rng.random() < 0.5:
        ms = "enchapado en oro 18k"
        traps.append("enchapado en oro 18k")
    if metal_in_title:
        if stone_in_title:
            title = rng.choice([f"{cap(noun)} {name} de {ms} con {con}", f"{cap(noun)} de {ms} con {con}",
                                f"{cap(noun)} {ms} y {con} - {name}"]) if code not in ("GPB", "GPSS", "SS", "SG") \
                else f"{cap(noun)} {name} {ms} con {con}"
        else:
            title = rng.choice([f"{cap(noun)} {name} de {ms}", f"{cap(noun)} {ms} {name}", f"{cap(noun)} {name} - {ms}"]) \
                if code not in ("GPB", "GPSS", "SS", "SG") else f"{cap(noun)} {name} {ms}"
    else:
        title = f"{cap(noun)} {name} con {con}" if stone_in_title else f"{cap(noun)} {name}"
    if rng.random() < 0.12:
        title = title.upper()
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    body = []
    if metal_in_title or rng.random() < 0.85:
        bm = rng.choice(BODY_METAL[code])
        body.append(bm)
        if code in PLATED_TRAP:
            for ph in PLATED_TRAP[code]:
                if ph.lower() in bm.lower():
                    traps.append(ph)
    else:
        body.append(rng.choice(["Hecho a mano en nuestro taller de calle Libertad.", "Diseño de autor."]))
    if stone and (stone_in_title or rng.random() < 0.7):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.4:
        body.append(rng.choice(["Liso, sin piedras.", "Terminación pulido brillante."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Brillante de {c} ct.", f"Peso total de brillantes: {c} ct.", f"Br. {c} ct H/SI."]))
    if code in GOLD:
        g = str(p["grams"]).replace(".", ",")
        body.append(rng.choice([f"Peso aprox. {g} gr.", f"Peso: {g} gramos.", f"Pesa {g} g aprox."]))
    if cat == "pendant":
        body.append(rng.choice(["No incluye cadena.", "La cadena se vende por separado."]))
        p["sold_with_chain"] = False
    if cat == "wedding band" and "alianzas" in noun or "argollas" in noun and cat == "wedding band":
        body.append("Precio por el par.")
    elif cat == "wedding band":
        body.append("Precio por unidad.")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(2526)
    outdir = os.path.join(out, "bue_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {8, 40, 71}
    ask_at = {5, 33, 66}           # precio a consultar: Precio vacío
    hidden_at = {19, 52, 80}       # Mostrar en tienda NO
    oos_at = {14, 47}
    seen = {}
    done = set()
    for i, p in enumerate(prods):
        prng = random.Random(252600 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        title, body, traps = texts(p, rng)
        code, cat = p["code"], p["cat"]
        # deliberate look-alikes
        if code in ("SS", "GPSS", "S925") and "plata" not in done and cat in ("bracelet", "chain", "earrings"):
            done.add("plata")
            body.append("Un regalo lindo sin gastar tanta plata.")
        if code in GOLD and "bodas" not in done and cat in ("pendant", "bracelet", "necklace"):
            done.add("bodas")
            body.append("Ideal para regalar en bodas de plata.")
        if cat == "chain" and code in GOLD | {"S925"} and i % 2 == 0:
            body.append("Eslabón diamantado, acabado brillante.")
        if code in SILVERISH and i % 5 == 2:
            body.append("Se entrega en estuche color granate.")
        if cat == "earrings" and code == "S925" and p["stone"] is None and "perlitas" not in done:
            done.add("perlitas")
            title = f"Aros perlitas de plata {rng.choice(NAMES)}"
            body.append("Perlitas de plata 925 lisas.")
            traps.append("perlitas de plata")
        if i % 6 == 3:
            body.append("Envíos a todo el país. Retiro en el local de calle Libertad o envío a CABA, GBA y La Plata.")
        p["title"] = title
        ask = i in ask_at
        hidden = i in hidden_at
        status = "hidden" if hidden else "published"
        p.update(status=status, live=not hidden and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
        if code in GOLD:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATEGORY[cat]
        h = slug(title)
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            h = f"{h}{seen[h] - 1}"
        p["handle"] = h
        sku = f"AUR-{2200 + i * 9}" if prng.random() < 0.7 else ""
        vals, vname = [], None
        if p["axis"] == "size" and prng.random() < 0.7:
            a = prng.randint(0, 4)
            vals, vname = SIZES[a:a + prng.randint(3, 5)], "Talle"
        elif p["axis"] == "len" and prng.random() < 0.6:
            vals, vname = LENS[:prng.randint(2, 4)], "Largo"
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.03 if vname == "Talle" else 0.1) * j)
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{s.split()[0]}" if sku else ""))
        if not ask and code in SILVERISH and prng.random() < 0.3:
            for v in vs:
                v.regular = v.price
                v.price = r_ars(v.price * 0.85)
        fn = f"{h}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "hoop" if p["noun"] == "argollas" else "stud"
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2526000 + i))
        if ask:
            if code in GOLD:
                body.append(prng.choice([f"Precio en dólares: consultar. Valor de referencia U$S {int(round(price_of(code, p['stone'], p['grams'], p.get('carat')) / USD_RATE, -1))}.",
                                         "Precio a consultar por WhatsApp."]))
            else:
                body.append("Consultar precio y disponibilidad.")
        else:
            pw = min(v.price for v in vs)
            r = prng.random()
            if r < 0.3:
                body.append(("Desde " if len({v.price for v in vs}) > 1 else "Precio: ") + ars(pw, prng.randint(0, 5)) + ".")
            elif r < 0.45 and code in GOLD:
                body.append(f"Precio de referencia U$S {int(round(pw / USD_RATE, -1))} (se abona en pesos al cambio del día).")
            if prng.random() < 0.45:
                body.append(prng.choice(["3 y 6 cuotas sin interés con tarjetas bancarias.", "¡Hasta 6 cuotas sin interés!",
                                         "10% off pagando con transferencia."]))
        html = "<p>" + "</p><p>".join(body) + "</p>" if prng.random() < 0.7 else "<br />".join(body)
        tags = [t for t in (prng.choice(["", "regalo", "novias", "día de la madre", "nuevo", "sale"]),
                            prng.choice(["", "", "oro 18k" if code in GOLD else "", "plata" if code == "S925" else ""])) if t]
        cats = CATEGORY[cat] + (", Regalos" if prng.random() < 0.15 else "")
        weight = f"{max(p['grams'], 1) / 1000 + 0.05:.3f}"
        for j, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            r["Identificador de URL"] = h
            if j == 0:
                r.update({"Nombre": title, "Categorías": cats, "Mostrar en tienda": "NO" if hidden else "SI",
                          "Envío sin cargo": "SI" if (code in GOLD and prng.random() < 0.6) else "NO",
                          "Descripción": html, "Tags": ",".join(tags),
                          "Título para SEO": "" if prng.random() < 0.7 else f"{title} | Joyería Aurora",
                          "Descripción para SEO": "", "Marca": "" if prng.random() < 0.5 else "Aurora",
                          "Producto Físico": "SI", "Sexo": prng.choice(["", "Femenino", "Unisex"]) if prng.random() < 0.4 else ""})
            if vals:
                r["Nombre de propiedad 1"] = vname
                r["Valor de propiedad 1"] = v.opts[0]
            r.update({"Precio": "" if v.price is None else f"{(v.regular or v.price):,.2f}",
                      "Precio promocional": f"{v.price:,.2f}" if v.regular else "",
                      "Peso (kg)": weight if prng.random() < 0.7 else "0.000",
                      "Alto (cm)": "5.00", "Ancho (cm)": "5.00", "Profundidad (cm)": "3.00",
                      "Stock": "0" if not p["in_stock"] else (str(prng.randint(1, 3)) if prng.random() < 0.8 else ""),
                      "SKU": v.sku, "Costo": ""})
            rows.append(r)
        fields = {"title": title, "body": html, "type": cats, "tags": " ".join(tags)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = sorted(set(traps))
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, url, broken, spec,
                         [], "regular_price")
        ev, probs = evidence(ES_AR, t, fields, not broken, sorted(set(traps), key=len, reverse=True))
        if probs:
            raise SystemExit(f"bue {h} {title!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def _field(v):
    v = str(v)
    if v and (any(c in v for c in ';"\n\r') or v.startswith("<")):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_export(path, rows):
    with open(path, "w", encoding=ENCODING, newline="") as f:
        f.write(";".join(HEADER) + "\r\n")
        for r in rows:
            f.write(";".join(_field(r.get(h, "")) for h in HEADER) + "\r\n")


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding=ENCODING, newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["Identificador de URL"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Nombre"] == t["title"], t["handle"]
        assert all(not r["Nombre"] for r in rs[1:]), t["handle"]
        assert len(rs) == t["variants"], t["handle"]
        prices = [float((r["Precio promocional"] or r["Precio"] or "0").replace(",", "")) for r in rs]
        if t.get("for_sale") is False:
            assert all(p == 0 for p in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (rs[0]["Mostrar en tienda"] == "SI" and min(prices) > 0) == t["live"], t["handle"]
        if images:
            fn = t["image_url"][len(HOST):]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"], fn
    return rows
