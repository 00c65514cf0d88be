"""Bogotá shop: Joyería La Candelaria, Bogotá (VTEX, COP, Colombian Spanish).

What the owner hands over is three VTEX admin exports (see data/heldout/bog_shop/SHOP.md):

* the catalog spreadsheet of products and SKUs, one row per SKU, in the classic template with
  VTEX's underscore column names (`_IDSKU (Não alterável)`, `_NomeSKU`, `_AtivarSKUSePossível`,
  `_SKUAtivo (Não alterável)`, `_EANSKU`, ..., `_IDProduto (Não alterável)`, `_NomeProduto
  (Obrigatório)`, ..., `_DescricaoProduto`, ..., `_PalavrasChave`, ..., `_NomeCategoria`,
  `_IDMarca`, `_Marca`, ...).  It carries neither prices nor images;
* the price list export of the base price table with metadata (`SKU ID, Cost Price, Base
  Price, List Price, SKU Name (View Only), Product ID (View Only), Product Name (View Only),
  Ref ID (View Only), EAN (View Only)`);
* the images export (`ID Producto, Nombre Producto, ID SKU, Nombre SKU, Código Referencia SKU,
  ID de imagen, Nombre de imagen, Posición Imagen, Etiqueta, Texto de imagen, URL de imagen,
  URL de importación Imagen`), one row per SKU image.

Ring sizes (tallas) are SKUs of one product.  A product is live when its SKUs are active
(`_SKUAtivo` SIM), `_ProdutoAtivo` SIM and `_MostrarNoSite` SIM; an inactive SKU of a live
product is not for sale.
"""

from __future__ import annotations

import os
import random
import re

from thirtysecond_common import (ES, Variant, cop, deaccent_es, evidence, photo_spec, read_xlsx_rows, sheet_dicts,
                                 truth_record, wchoice, write_xlsx_sheets)

CURRENCY = "COP"
EXPORT_NAME = "productos-y-skus-2026-12-07.xlsx"
PRICE_NAME = "precios-tabla-base-2026-12-07.xlsx"
IMAGE_NAME = "imagenes-2026-12-07.xlsx"
ACCOUNT = "joyerialacandelaria"
PREFIX = f"https://{ACCOUNT}.vteximg.com.br/arquivos/ids/"
SHEET = "Produtos e SKUs"
HEADER = ["_IDSKU (Não alterável)", "_NomeSKU", "_AtivarSKUSePossível", "_SKUAtivo (Não alterável)", "_EANSKU",
          "_Altura", "_AlturaReal", "_Largura", "_LarguraReal", "_Comprimento", "_ComprimentoReal", "_Peso", "_PesoReal",
          "_UnidadeMedida", "_MultiplicadorUnidade", "_CodigoReferenciaSKU", "_ValorFidelidade", "_DataPrevisaoChegada",
          "_CodigoFabricante", "_IDProduto (Não alterável)", "_NomeProduto (Obrigatório)", "_BreveDescricaoProduto",
          "_ProdutoAtivo (Não alterável)", "_CodigoReferenciaProduto", "_MostrarNoSite", "_LinkTexto (Não alterável)",
          "_DescricaoProduto", "_DataLancamentoProduto", "_PalavrasChave", "_TituloSite", "_DescricaoMetaTag",
          "_IDFornecedor", "_MostrarSemEstoque", "_Kit (Não alterável)", "_IDDepartamento (Não alterável)",
          "_NomeDepartamento", "_IDCategoria", "_NomeCategoria", "_IDMarca", "_Marca", "_PesoCubico",
          "_CondicaoComercial", "_Lojas", "_Acessorios", "_Similares", "_Sugestoes", "_ShowTogether", "_Anexos"]
PRICE_HEADER = ["SKU ID", "Cost Price", "Base Price", "List Price", "SKU Name (View Only)", "Product ID (View Only)",
                "Product Name (View Only)", "Ref ID (View Only)", "EAN (View Only)"]
IMAGE_HEADER = ["ID Producto", "Nombre Producto", "ID SKU", "Nombre SKU", "Código Referencia SKU", "ID de imagen",
                "Nombre de imagen", "Posición Imagen", "Etiqueta", "Texto de imagen", "URL de imagen",
                "URL de importación Imagen"]

RATE = {"Y18": 385000, "W18": 405000, "R18": 395000}      # COP / g with making, made up
STONE_COP = {None: 0, "diamond": 2400000, "cz": 25000, "pearl": 90000, "ruby": 650000, "sapphire": 700000,
             "emerald": 850000, "amethyst": 120000, "topaz": 130000}
GOLDS = ("Y18", "W18", "R18")
SILVER = {"S925": (55000, 14000)}
METAL_NAME = {"Y18": ["en oro amarillo 18k", "oro 18 kilates", "en oro amarillo de 18 kilates", "oro 750"],
              "W18": ["en oro blanco 18k", "oro blanco de 18 kilates"], "R18": ["en oro rosado 18k", "oro rosado"],
              "S925": ["en plata 925", "plata 925", "plata ley 925"]}
BODY_METAL = {"Y18": ["Elaborado en oro amarillo de 18 kilates (oro 750), con sello.", "Oro amarillo 18k, ley 750."],
              "W18": ["Oro blanco de 18 kilates con baño de rodio.", "Elaborado en oro blanco 18k (750)."],
              "R18": ["Oro rosado de 18 kilates (750).", "Elaborado en oro rosado 18k."],
              "S925": ["Plata ley 925, con sello de garantía.", "Elaborado en plata 925 rodinada."]}
STONE_WITH = {"diamond": ["con diamante", "con brillante"], "cz": ["con circones", "con circonias"],
              "pearl": ["con perla", "con perlas cultivadas"], "sapphire": ["con zafiro"], "ruby": ["con rubí"],
              "emerald": ["con esmeralda", "con esmeralda colombiana", "con esmeraldas de Muzo"],
              "amethyst": ["con amatista"], "topaz": ["con topacio"]}
BODY_STONE = {"diamond": ["Diamante talla brillante, pureza SI, color H."], "cz": ["Circones blancos de alta calidad."],
              "pearl": ["Perla cultivada blanca de 7 mm."], "sapphire": ["Zafiro azul natural."],
              "ruby": ["Rubí natural, rojo intenso."], "emerald": ["Esmeralda colombiana natural, verde intenso, con certificado.",
                                                                     "Esmeralda verde de Muzo, certificada."],
              "amethyst": ["Amatista morada natural."], "topaz": ["Topacio azul (London blue)."]}
NOUN = {"ring": ["Anillo", "Anillo para dama", "Sortija", "Anillo para hombre"],
        "engagement ring": ["Anillo de compromiso", "Solitario de compromiso"],
        "wedding band": ["Argollas de matrimonio", "Argolla de matrimonio"],
        "earrings": ["Aretes", "Topos", "Candongas", "Aretes largos"], "pendant": ["Dije", "Dije medalla"],
        "chain": ["Cadena", "Cadena tejido lazo", "Cadena tejido veneciano"], "necklace": ["Collar", "Gargantilla"],
        "bracelet": ["Manilla", "Pulsera", "Esclava"]}
CATEGORY = {"ring": (11, "Anillos"), "engagement ring": (12, "Anillos de compromiso"), "wedding band": (13, "Argollas de matrimonio"),
            "earrings": (21, "Aretes"), "pendant": (31, "Dijes"), "chain": (32, "Cadenas"), "necklace": (33, "Collares"),
            "bracelet": (41, "Manillas y pulseras")}
DEPARTMENT = {"ring": (1, "Anillos y argollas"), "engagement ring": (1, "Anillos y argollas"), "wedding band": (1, "Anillos y argollas"),
              "earrings": (2, "Aretes"), "pendant": (3, "Cuello"), "chain": (3, "Cuello"), "necklace": (3, "Cuello"),
              "bracelet": (4, "Manillas")}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Filigrana Momposina", "Precolombino", "Colibrí", "Orquídea", "Cartagena", "Barichara", "Café",
          "Sombrero Vueltiao", "Mariposa"]
DESIGNS = [
    ("ring", 16, [("Y18", 4), ("W18", 2), ("R18", 2), ("S925", 6)],
     [("emerald", 5), ("cz", 3), ("diamond", 1), (None, 3), ("amethyst", 1), ("sapphire", 1), ("ruby", 1), ("pearl", 1)], (2.0, 5.5), "size"),
    ("engagement ring", 9, [("W18", 4), ("Y18", 3), ("R18", 2)], [("diamond", 6), ("emerald", 3)], (2.2, 4.0), "size"),
    ("wedding band", 7, [("Y18", 3), ("W18", 2), ("R18", 2)], [(None, 6), ("diamond", 1)], (3.0, 7.0), "size"),
    ("earrings", 17, [("S925", 7), ("Y18", 7), ("W18", 2), ("R18", 1)],
     [(None, 5), ("emerald", 4), ("pearl", 3), ("cz", 3), ("diamond", 1), ("amethyst", 1)], (1.2, 5.0), None),
    ("pendant", 13, [("S925", 6), ("Y18", 6), ("W18", 1)],
     [(None, 4), ("emerald", 4), ("cz", 2), ("pearl", 1), ("diamond", 1), ("topaz", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y18", 4), ("S925", 2), ("W18", 1)], [(None, 1)], (2.5, 12.0), None),
    ("necklace", 6, [("S925", 3), ("Y18", 3)], [("pearl", 2), ("emerald", 2), (None, 2)], (4.0, 14.0), None),
    ("bracelet", 10, [("S925", 5), ("Y18", 3), ("R18", 2)], [(None, 5), ("cz", 2), ("emerald", 2), ("pearl", 1)], (3.0, 11.0), None),
]
SIZES = ["5", "6", "7", "8", "9", "10", "11", "12"]


def r_cop(x):
    """Silver ends in 900 pesos (89.900); gold rounds to 10.000 (1.250.000)."""
    if x < 600000:
        return float(max(1, int(round(x / 1000.0))) * 1000 - 100)
    return float(int(round(x / 10000.0)) * 10000)


def price_of(code, stone, grams, carat=None):
    st = STONE_COP[stone]
    if stone == "diamond" and carat:
        st = STONE_COP["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_cop(grams * RATE[code] + 60000 + st)
    base, per_g = SILVER[code]
    return r_cop(base + per_g * grams + st * 0.5)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(DESIGN)
    if design:
        parts.append(design)
    if rng.random() < 0.6:
        parts.append(rng.choice(METAL_NAME[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    body = []
    if rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Diseño liso, pulido espejo.", "Sin piedras, acabado brillo."]))
    if p.get("carat"):
        body.append(rng.choice([f"Peso total del diamante: {p['carat']} ct.", f"Diamante de {p['carat']} quilates con certificado GIA."]))
    if design == "Filigrana Momposina":
        body.append("Hecho a mano por artesanos de Santa Cruz de Mompox.")
    if design == "Precolombino":
        body.append("Réplica de una pieza de la cultura Zenú.")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Incluye cadena." if chain else "No incluye cadena.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        if noun == "Argollas de matrimonio":
            body.append("Precio por unidad; la pareja se cotiza por separado.")
        body.append("Grabado interno gratis.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Precio por el par.")
    return name, body


def trap_slots(prods):
    """Which products carry a look-alike phrase: by their rank among silver / gold pieces."""
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (2, 11, 20)}, "anniv": {gold[k] for k in (6, 30)},
            "dorado": {silver[k] for k in (5, 16)}}


def look_alikes(i, slots, body, traps):
    if i in slots["box"]:
        body.append("Se entrega en estuche dorado de regalo.")
        traps.append("estuche dorado")
    if i in slots["anniv"]:
        body.append("Ideal para celebrar las bodas de plata.")
        traps.append("bodas de plata")
    if i in slots["dorado"]:
        body.append("Inspirado en la leyenda de El Dorado y las piezas del Museo del Oro.")
        traps.append("El Dorado / Museo del Oro")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.04 * j)
        pr = base if j < 2 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-T{s}"))
    return vs, vals


def slug(s):
    s = deaccent_es(s.lower()).replace("ñ", "n")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def keywords(p):
    words = {"ring": "anillo,sortija", "engagement ring": "anillo de compromiso,solitario,pedida",
             "wedding band": "argollas,aros de matrimonio,matrimonio", "earrings": "aretes,topos,zarcillos",
             "pendant": "dije,colgante", "chain": "cadena", "necklace": "collar,gargantilla",
             "bracelet": "manilla,pulsera"}[p["cat"]]
    return words


def build(out, images=True):
    rng = random.Random(3230)
    outdir = os.path.join(out, "bog_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    dead_left = 2                            # live products that lost one size SKU
    rows, price_rows, image_rows, truths, jobs = [], [], [], [], []
    missing_at = {9, 44, 77}
    inactive_at = {16, 40, 61, 83}            # product and its SKUs inactive
    hidden_at = {29}                          # active, _MostrarNoSite NÃO
    names = set()
    next_sku, next_img = 100, 1000
    for i, p in enumerate(prods):
        prng = random.Random(323000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.15, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, body, traps)
        code, cat = p["code"], p["cat"]
        active = i not in inactive_at
        shown = i not in hidden_at
        live = active and shown
        p.update(status="active" if live else ("hidden" if active else "inactive"), live=live, in_stock=live)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        pid = 2000 + i * 3 + prng.randint(0, 2)
        ref = f"LC-{pid}"
        vs, vals = variants_of(p, prng, ref)
        if prng.random() < 0.15:            # on sale: List Price above Base Price
            for v in vs:
                v.regular = r_cop(v.price * 1.25)
        if prng.random() < 0.45:
            lead = "Desde " if len({v.price for v in vs}) > 1 else prng.choice(["Precio: ", "Ahora ", "Oferta: "])
            body.append(lead + cop(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Envío gratis en Bogotá por compras superiores a $300.000.")
        link = slug(name)
        p["handle"], p["title"] = str(pid), name
        dep_id, dep = DEPARTMENT[cat]
        cat_id, cat_name = CATEGORY[cat]
        p["shop_category"] = f"{dep} / {cat_name}"
        desc = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Candongas": "hoop", "Aretes largos": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        # the inactive SKU of a live product (one size no longer made)
        dead_sku = None
        if live and len(vs) >= 4 and dead_left:
            dead_sku, dead_left = len(vs) - 1, dead_left - 1
        sku_ids = []
        for j, v in enumerate(vs):
            sku_id = next_sku
            next_sku += prng.randint(1, 3)
            sku_ids.append(sku_id)
            sku_on = active and j != dead_sku
            ean = f"770{pid:05d}{j:02d}{sku_id % 1000:03d}"      # 770: GS1 Colombia
            sku_name = f"Talla {vals[j]}" if vals else name
            r = [sku_id, sku_name, "SIM" if sku_on else "NÃO", "SIM" if sku_on else "NÃO", ean,
                 5, 3, 8, 5, 8, 5, 100, round(v.grams, 2), "un", "1,000000", v.sku, "", "", "",
                 pid, name, "", "SIM" if active else "NÃO", ref, "SIM" if shown else "NÃO", link,
                 desc, "15/03/2026", keywords(p), f"{name} | Joyería La Candelaria", name[:160], "",
                 "NÃO", "NÃO", dep_id, dep, cat_id, cat_name, 2000001, "Joyería La Candelaria", "", "Padrão", "1",
                 "", "", "", "", ""]
            rows.append(r)
            price_rows.append([sku_id, round(v.price * 0.55), v.price, v.regular if v.regular else "",
                               sku_name, pid, name, v.sku, ean])
        live_vs = [v for j, v in enumerate(vs) if j != dead_sku]
        fn, extra = None, []
        if not broken:
            img_id = next_img
            next_img += 7
            fn = f"{img_id}/{link}.jpg"
            jobs.append((os.path.join(outdir, "images", fn.replace("/", "-")), spec, 3230000 + i))
            image_rows.append([pid, name, sku_ids[0], vs[0].sku and (f"Talla {vals[0]}" if vals else name), vs[0].sku,
                               img_id, link.replace("-", "_")[:40], 0, "Principal", name, f"{link}.jpg", ""])
            if prng.random() < 0.2:
                e_id = next_img
                next_img += 7
                efn = f"{e_id}/{link}-detalle.jpg"
                jobs.append((os.path.join(outdir, "images", efn.replace("/", "-")), spec, 3236000 + i))
                extra.append("images/" + efn.replace("/", "-"))
                image_rows.append([pid, name, sku_ids[0], f"Talla {vals[0]}" if vals else name, vs[0].sku,
                                   e_id, (link.replace("-", "_") + "_detalle")[:48], 1, "Detalle", name,
                                   f"{link}-detalle.jpg", ""])
        fields = {"title": name, "body": desc, "type": p["shop_category"], "tags": keywords(p)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, live_vs, ["Talla"] if vals else [], CURRENCY, None if broken else "images/" + fn.replace("/", "-"),
                         None if broken else PREFIX + fn, broken, spec, extra, "regular_price")
        t["sku"] = ref
        t["vtex_sku_ids"] = [s for j, s in enumerate(sku_ids) if j != dead_sku]
        if dead_sku is not None:
            t["inactive_skus"] = [vs[dead_sku].sku]
        ev, probs = evidence(ES, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"bog {pid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, (rows, price_rows, image_rows), jobs, outdir


def write_export(path, rows):
    skus, prices, images = rows
    write_xlsx_sheets(path, [(SHEET, [HEADER] + skus, False)])
    d = os.path.dirname(path)
    write_xlsx_sheets(os.path.join(d, PRICE_NAME), [("prices", [PRICE_HEADER] + prices, False)])
    write_xlsx_sheets(os.path.join(d, IMAGE_NAME), [("Imágenes", [IMAGE_HEADER] + images, False)])


def selfcheck(path, truths, images=True):
    d = os.path.dirname(path)
    skus = sheet_dicts(read_xlsx_rows(path))
    assert read_xlsx_rows(path)[0] == HEADER
    prices = {r["SKU ID"]: r for r in sheet_dicts(read_xlsx_rows(os.path.join(d, PRICE_NAME)))}
    imgs = sheet_dicts(read_xlsx_rows(os.path.join(d, IMAGE_NAME)))
    by = {}
    for r in skus:
        by.setdefault(str(r["_IDProduto (Não alterável)"]), []).append(r)
        assert r["_IDSKU (Não alterável)"] in prices, r["_IDSKU (Não alterável)"]
    assert len(by) == len(truths), (len(by), len(truths))
    img_by = {}
    for r in imgs:
        img_by.setdefault(str(r["ID Producto"]), []).append(r)
    for t in truths:
        rs = by[t["handle"]]
        assert all(r["_NomeProduto (Obrigatório)"] == t["title"] for r in rs), t["handle"]
        on = [r for r in rs if r["_SKUAtivo (Não alterável)"] == "SIM"]
        live = bool(on) and rs[0]["_ProdutoAtivo (Não alterável)"] == "SIM" and rs[0]["_MostrarNoSite"] == "SIM"
        assert live == t["live"], t["handle"]
        if live:
            ps = [float(prices[r["_IDSKU (Não alterável)"]]["Base Price"]) for r in on]
            assert min(ps) == t["price_min"] and max(ps) == t["price_max"], (t["handle"], ps, t["price_min"], t["price_max"])
        assert (t["handle"] not in img_by) == t["image_broken"], t["handle"]
        if images:
            for r in img_by.get(t["handle"], []):
                assert os.path.exists(os.path.join(d, "images", f"{r['ID de imagen']}-{r['URL de imagen']}")), r
    return skus
