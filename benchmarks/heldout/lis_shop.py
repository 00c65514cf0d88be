"""Lisbon shop: Ourivesaria Flor da Graça, Lisboa (PrestaShop 8, EUR, IVA 23 %).

The shop keeps its catalogue as the two CSV files PrestaShop's Advanced Parameters >
Import page takes (and its export modules write): a products file and a combinations
file, `;`-separated, UTF-8, PrestaShop's own column names, prices tax excluded with
six decimals and Tax rules ID 1 (PT 23 %), category names joined by `,`, features
`Name:Value:Position` joined by `,`, images as full URLs.  Text in European Portuguese.
"""

from __future__ import annotations

import os
import random
import re

from twentieth_common import GOLD_CODES, TMETALS, Variant, evidence, eur, photo_spec, truth_record, wchoice

HOST = "https://www.ourivesariaflordagraca.heldout-lis.example/"   # {id_image}-large_default/{rewrite}.jpg
CURRENCY = "EUR"
EXPORT_NAME = "products.csv"
COMBI_NAME = "combinations.csv"
VAT = 1.23

HEADER = [
    "Product ID", "Active (0/1)", "Name *", "Categories (x,y,z...)", "Price tax excluded", "Tax rules ID",
    "Wholesale price", "On sale (0/1)", "Discount amount", "Discount percent", "Discount from (yyyy-mm-dd)",
    "Discount to (yyyy-mm-dd)", "Reference #", "Supplier reference #", "Supplier", "Manufacturer", "EAN13", "UPC",
    "MPN", "Ecotax", "Width", "Height", "Depth", "Weight", "Delivery time of in-stock products",
    "Delivery time of out-of-stock products with allowed orders", "Quantity", "Minimal quantity", "Low stock level",
    "Send me an email when the quantity is under this level", "Visibility", "Additional shipping cost", "Unity",
    "Unit price", "Summary", "Description", "Tags (x,y,z...)", "Meta title", "Meta keywords", "Meta description",
    "URL rewritten", "Text when in stock", "Text when backorder allowed", "Available for order (0 = No, 1 = Yes)",
    "Product available date", "Product creation date", "Show price (0 = No, 1 = Yes)", "Image URLs (x,y,z...)",
    "Image alt texts (x,y,z...)", "Delete existing images (0 = No, 1 = Yes)", "Feature(Name:Value:Position)",
    "Available online only (0 = No, 1 = Yes)", "Condition", "Customizable (0 = No, 1 = Yes)",
    "Uploadable files (0 = No, 1 = Yes)", "Text fields (0 = No, 1 = Yes)", "Out of stock action", "Virtual product",
    "File URL", "Number of allowed downloads", "Expiration date", "Number of days", "ID / Name of shop",
    "Advanced stock management", "Depends On Stock", "Warehouse", "Acessories (x,y,z...)",
]
COMBI_HEADER = [
    "Product ID*", "Attribute (Name:Type:Position)*", "Value (Value:Position)*", "Supplier reference", "Reference",
    "EAN13", "UPC", "MPN", "Wholesale price", "Impact on price", "Ecotax", "Quantity", "Minimal quantity",
    "Low stock level", "Send me an email when the quantity is under this level", "Impact on weight",
    "Default (0 = No, 1 = Yes)", "Combination available date", "Image position", "Image URLs (x,y,z...)",
    "Image alt texts (x,y,z...)", "ID / Name of shop", "Advanced Stock Managment", "Depends on stock", "Warehouse",
]

# euro per gram, tax included, before the making charge (feitio)
RATE = {"Y192": 92.0, "W192": 96.0, "R192": 94.0, "Y18": 88.0, "W18": 92.0, "R18": 90.0, "Y9": 44.0}
SILVER = {"S925": (22.0, 2.4), "GPS": (27.0, 2.8), "SS": (14.0, 0.6), "GPSS": (18.0, 0.8)}
STONE_E = {None: 0, "diamond": 380, "cz": 12, "cz green": 12, "cz red": 12, "cz blue": 12, "ruby": 160,
           "sapphire": 170, "emerald": 190, "pearl": 45, "topaz": 55, "amethyst": 45, "garnet": 40}

METAL_TXT = {
    "Y192": ["ouro 19,2 kt", "ouro amarelo 19,2kt", "ouro 800", "ouro 19,2 quilates", "ouro português"],
    "W192": ["ouro branco 19,2kt", "ouro branco 800"],
    "R192": ["ouro rosa 19,2kt"],
    "Y18": ["ouro 18kt", "ouro amarelo 18 kt", "ouro 750"],
    "W18": ["ouro branco 18kt", "ouro branco 750", "ouro branco 18 quilates"],
    "R18": ["ouro rosa 18kt", "ouro rosé 750"],
    "Y9": ["ouro 9kt", "ouro 375"],
    "S925": ["prata 925", "prata", "prata de lei"],
    "GPS": ["prata dourada", "prata 925 dourada", "prata com banho de ouro"],
    "SS": ["aço inoxidável", "aço cirúrgico 316L"],
    "GPSS": ["aço banhado a ouro", "aço inox dourado"],
}
METAL_BODY = {
    "Y192": "Ouro amarelo de 19,2 quilates (800‰), com marca da Contrastaria.",
    "W192": "Ouro branco de 19,2 quilates (800‰), rodiado.",
    "R192": "Ouro rosa de 19,2 quilates (800‰).",
    "Y18": "Ouro amarelo 18 quilates (750‰).",
    "W18": "Ouro branco 18 quilates (750‰) com banho de ródio.",
    "R18": "Ouro rosa 18 quilates (750‰).",
    "Y9": "Ouro de 9 quilates (375‰), mais resistente e acessível.",
    "S925": "Prata de lei 925, contrastada.",
    "GPS": "Prata 925 com banho de ouro amarelo (prata dourada).",
    "SS": "Aço inoxidável 316L, não escurece e não provoca alergias.",
    "GPSS": "Aço inoxidável com banho de ouro (PVD).",
}
FEATURE_METAL = {"Y192": "Ouro 800", "W192": "Ouro branco 800", "R192": "Ouro rosa 800", "Y18": "Ouro 750",
                 "W18": "Ouro branco 750", "R18": "Ouro rosa 750", "Y9": "Ouro 375", "S925": "Prata 925",
                 "GPS": "Prata dourada", "SS": "Aço inox", "GPSS": "Aço dourado"}
STONE_TXT = {"diamond": ["diamante", "brilhante", "diamantes"], "cz": ["zircónia", "zircónias", "zircões"],
             "cz green": ["zircónia verde esmeralda"], "cz red": ["zircónia vermelha"],
             "cz blue": ["zircónia azul"], "ruby": ["rubi"], "sapphire": ["safira"], "emerald": ["esmeralda"],
             "pearl": ["pérola", "pérola cultivada", "pérola de água doce"], "topaz": ["topázio azul"],
             "amethyst": ["ametista"], "garnet": ["granada"]}
FEATURE_STONE = {"diamond": "Diamante", "cz": "Zircónia", "cz green": "Zircónia verde", "cz red": "Zircónia vermelha",
                 "cz blue": "Zircónia azul", "ruby": "Rubi", "sapphire": "Safira", "emerald": "Esmeralda",
                 "pearl": "Pérola", "topaz": "Topázio", "amethyst": "Ametista", "garnet": "Granada"}
NAMES = ["Graça", "Alfama", "Tejo", "Sintra", "Camões", "Estrela", "Madalena", "Lapa", "Belém", "Chiado", "Mouraria",
         "Amália", "Inês", "Açucena", "Rosa-dos-Ventos", "Sardinha", "Andorinha", "Gaivota", "Azulejo", "Alvorada"]

G192 = [("Y192", 8), ("W192", 2), ("R192", 1)]


def D(cat, nouns, n, kind, style, metals, stones, grams, cats, axes=(), **kw):
    d = dict(cat=cat, nouns=nouns, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("ring", ["Anel", "Anel senhora"], 11, "ring", "solitaire", G192 + [("Y18", 2), ("W18", 1), ("Y9", 1)],
      [("cz", 4), (None, 2), ("ruby", 1), ("sapphire", 1), ("pearl", 1), ("topaz", 1), ("amethyst", 1), ("cz green", 1)],
      (1.6, 4.5), ["Joalharia,Anéis", "Anéis,Ouro", "Ouro,Anéis"], axes=[("size", 0.5)]),
    D("ring", ["Anel prata", "Anel"], 7, "ring", "cocktail", [("S925", 3), ("GPS", 1)],
      [("cz", 3), ("amethyst", 1), ("topaz", 1), ("garnet", 1), (None, 1), ("cz red", 1)], (2.0, 5.0),
      ["Prata,Anéis", "Anéis"], axes=[("size", 0.6)]),
    D("engagement ring", ["Anel solitário", "Anel de noivado"], 6, "engagement ring", None,
      [("W18", 3), ("Y18", 1), ("W192", 1)], [("diamond", 3), ("cz", 1)], (1.8, 3.0), ["Noivos,Solitários", "Anéis,Noivos"],
      axes=[("size", 0.8)]),
    D("wedding band", ["Aliança", "Aliança clássica", "Aliança meia-cana"], 5, "wedding band", None,
      [("Y192", 3), ("W192", 1), ("Y18", 1)], [(None, 4), ("diamond", 1)], (3.0, 6.0), ["Noivos,Alianças"],
      axes=[("size", 1.0)]),
    D("earrings", ["Brincos", "Brincos de mola"], 7, "earrings", "stud", G192 + [("Y18", 1), ("S925", 2)],
      [("cz", 3), ("pearl", 2), (None, 1), ("diamond", 1)], (0.8, 2.0), ["Brincos", "Joalharia,Brincos"]),
    D("earrings", ["Argolas", "Brincos argola"], 4, "earrings", "hoop", G192 + [("S925", 1), ("SS", 1)], [(None, 1)],
      (1.0, 3.5), ["Brincos,Argolas"]),
    D("earrings", ["Brincos à rainha", "Arrecadas", "Brincos de filigrana"], 6, "earrings", "drop",
      [("Y192", 4), ("GPS", 2)], [(None, 3), ("cz red", 1), ("pearl", 1)], (2.0, 6.0),
      ["Filigrana,Brincos", "Tradicional,Filigrana"]),
    D("pendant", ["Pendente Coração de Viana", "Coração de Viana"], 5, "pendant", "heart", [("Y192", 3), ("GPS", 2)],
      [(None, 3), ("cz red", 1)], (1.5, 6.0), ["Filigrana,Pendentes", "Tradicional,Filigrana"]),
    D("pendant", ["Medalha Nossa Senhora de Fátima", "Medalha", "Pendente"], 5, "pendant", "round",
      G192 + [("S925", 1)], [(None, 3), ("cz", 2)], (1.0, 4.0), ["Religioso,Medalhas", "Pendentes"]),
    D("chain", ["Fio malha veneziana", "Cordão malha grumet", "Fio malha diamantada", "Fio"], 7, "chain", None,
      [("Y192", 4), ("W192", 1), ("S925", 2)], [(None, 1)], (2.5, 12.0), ["Fios e Cordões"], axes=[("len", 1.0)]),
    D("necklace", ["Colar", "Gargantilha", "Colar de pérolas"], 6, "necklace", None, G192 + [("S925", 2), ("GPS", 1)],
      [("pearl", 3), ("cz", 2), (None, 1)], (3.0, 9.0), ["Colares", "Joalharia,Colares"]),
    D("bracelet", ["Pulseira", "Pulseira senhora"], 6, "bracelet", "curb", G192 + [("S925", 2)],
      [(None, 4), ("cz", 1), ("pearl", 1)], (2.5, 9.0), ["Pulseiras"]),
    D("bangle", ["Escrava", "Pulseira escrava"], 4, "bangle", None, [("Y192", 3), ("S925", 1)], [(None, 3), ("cz", 1)],
      (5.0, 14.0), ["Pulseiras,Escravas"]),
    D("brooch", ["Pregadeira", "Pregadeira de filigrana"], 3, "brooch", None, [("Y192", 2), ("GPS", 1)],
      [(None, 1), ("pearl", 1)], (2.0, 6.0), ["Filigrana,Pregadeiras"]),
    D("anklet", ["Fio de tornozelo", "Tornozeleira"], 3, "anklet", None, [("S925", 2), ("GPSS", 1)], [(None, 1)],
      (1.5, 3.5), ["Verão,Tornozeleiras"]),
    D("jewellery set", ["Conjunto colar e brincos", "Conjunto"], 3, "necklace", None, [("Y192", 2), ("S925", 1)],
      [("pearl", 1), ("cz", 1)], (5.0, 12.0), ["Conjuntos"], set_contents=["necklace", "earrings"]),
    D("bracelet", ["Pulseira aço", "Pulseira homem"], 3, "bracelet", "curb", [("SS", 2), ("GPSS", 1)], [(None, 1)],
      (8.0, 25.0), ["Aço,Homem", "Aço"]),
    D("chain", ["Fio aço inoxidável", "Fio homem"], 2, "chain", None, [("SS", 1), ("GPSS", 1)], [(None, 1)],
      (6.0, 20.0), ["Aço,Homem"]),
]
SIZES = ["10", "11", "12", "13", "14", "15", "16", "17"]
LENS = ["40 cm", "45 cm", "50 cm", "60 cm"]


def retail(x):
    """Portuguese shelf price: whole euros for gold, x9,90 for silver and steel."""
    if x >= 150:
        return float(int(round(x / 5.0)) * 5)
    return float(int(x) // 5 * 5) + 4.90


def price_incl(code, stone, grams, feitio):
    if code in GOLD_CODES:
        return retail(grams * RATE[code] * (1 + feitio) + STONE_E[stone])
    base, per_g = SILVER[code]
    st = 8 if stone else 0
    return retail(base + per_g * grams + st)


def excl(x):
    return f"{x / VAT:.6f}"


def paid(*parts):
    """What the shop shows: sum of tax-excluded amounts x 1.23, rounded to the cent."""
    return round(sum(float(p) for p in parts) * VAT + 1e-9, 2)


def slug(s):
    s = s.lower()
    for a, b in (("áàâã", "a"), ("éê", "e"), ("í", "i"), ("óôõ", "o"), ("ú", "u"), ("ç", "c")):
        for ch in a:
            s = s.replace(ch, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def plan(rng):
    prods, used = [], set()
    for d in DESIGNS:
        for _ in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code not in GOLD_CODES and stone in ("diamond", "ruby", "emerald", "sapphire"):
                stone = "cz"
            if code == "Y9" and stone == "diamond":
                stone = "cz"
            noun = rng.choice(d["nouns"])
            name = rng.choice(NAMES)
            while (noun, name) in used:
                name = rng.choice(NAMES)
            used.add((noun, name))
            prods.append(dict(d=d, code=code, stone=stone, noun=noun, name=name,
                              grams=round(rng.uniform(*d["grams"]), 2), feitio=rng.choice([0.25, 0.3, 0.35, 0.45])))
    return prods


def texts(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    traps = []
    r = rng.random()
    where_metal = "title" if r < 0.55 else ("body" if r < 0.75 else ("feature" if r < 0.9 else "photo"))
    where_stone = "title" if rng.random() < 0.55 else rng.choice(["body", "body", "feature", "nowhere"])
    title = p["noun"]
    if where_metal == "title" and any(w in title for w in ("prata", "aço")):
        title += {"GPS": " dourada", "GPSS": " banhado a ouro"}.get(code, "")
    elif where_metal == "title":
        title += " " + rng.choice(["em ", "", "de "]).strip() + " " + rng.choice(METAL_TXT[code])
        title = title.replace("  ", " ")
    if stone and where_stone == "title" and "pérolas" not in title:
        title += " com " + rng.choice(STONE_TXT[stone])
    if "pérolas" in title and stone != "pearl":
        title = title.replace("Colar de pérolas", "Colar")
    if rng.random() < 0.45:
        title += " " + p["name"] if rng.random() < 0.5 else f" \"{p['name']}\""
    if "diamantada" in title:
        traps.append("malha diamantada")
    if stone == "cz green" and "esmeralda" in title:
        traps.append("verde esmeralda")
    body = []
    if where_metal in ("title", "body"):
        body.append(METAL_BODY[code])
    elif where_metal == "feature":
        body.append("Peça delicada, ideal para oferecer.")
    else:
        body.append(rng.choice(["Feito à mão na nossa oficina.", "Um clássico da joalharia portuguesa."]))
    if stone and where_stone in ("title", "body"):
        st = {"cz": "Cravado com zircónias de talhe brilhante.", "diamond": "Diamante natural, cor G, pureza SI.",
              "cz green": "Zircónia verde esmeralda.", "cz red": "Zircónia vermelha.", "cz blue": "Zircónia azul.",
              "ruby": "Rubi natural.", "sapphire": "Safira azul natural.", "emerald": "Esmeralda natural.",
              "pearl": "Pérola cultivada de água doce.", "topaz": "Topázio azul (London blue).",
              "amethyst": "Ametista.", "garnet": "Granada."}[stone]
        body.append(st)
        if stone == "cz":
            traps.append("talhe brilhante")
        if stone == "cz green":
            traps.append("verde esmeralda")
    elif stone is None and where_stone == "body":
        body.append("Sem pedras, acabamento polido.")
    if "diamantada" in title:
        body.append("Malha diamantada: corte que faz brilhar o fio, sem pedras.")
    if d["style"] == "drop" and "filigrana" in (p["noun"] + " ".join(d["cats"])).lower():
        body.append("Filigrana portuguesa, trabalho tradicional de Gondomar.")
    if code in GOLD_CODES:
        body.append(f"Peso aproximado: {str(p['grams']).replace('.', ',')} g.")
    if p.get("carat"):
        body.append(f"Diamante {str(p['carat']).replace('.', ',')} ct.")
    if d["cat"] == "pendant":
        body.append("Fio não incluído.")
        p["sold_with_chain"] = False
    if d["cat"] in ("ring", "engagement ring", "wedding band"):
        body.append("Medida portuguesa; ajustamos o tamanho na loja.")
    if rng.random() < 0.35:
        body.append("Visite-nos na Rua do Ouro, na Baixa de Lisboa.")
        traps.append("Rua do Ouro")
    feats = []
    if where_metal == "feature" or (where_metal != "photo" and rng.random() < 0.4):
        feats.append(("Material", FEATURE_METAL[code]))
    if stone and (where_stone == "feature" or rng.random() < 0.25):
        feats.append(("Pedra", FEATURE_STONE[stone]))
    if code in GOLD_CODES and where_metal != "photo" and rng.random() < 0.3:
        feats.append(("Toque", {19.2: "800", 18: "750", 9: "375"}[TMETALS[code][2]]))
    return title, body, feats, traps


def build(out, images=True):
    rng = random.Random(2020)
    outdir = os.path.join(out, "lis_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, crow, truths, jobs = [], [], [], []
    broken_at = {17, 58}
    por_at = {9, 40, 66}           # preço sob consulta: Show price 0, Available for order 0, price 0
    display_at = {29}              # montra: shown with a price, Available for order 0
    off_at = {22, 75}              # Active 0
    oos_at = {13, 51, 83}
    used_at = {35, 61}             # Condition used
    pid = 212
    img_id = 540
    for i, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(60000 + i)
        if d["cat"] == "engagement ring" and p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5])
        elif p["stone"] == "diamond":
            p["carat"] = prng.choice([0.03, 0.05, 0.08])
        title, body, feats, traps = texts(p, rng)
        p["title"] = title
        p["cat"] = d["cat"]
        if d["cat"] == "jewellery set":
            p["set_contents"] = d["set_contents"]
        if d["nouns"][0] in ("Pulseira aço", "Fio aço inoxidável"):
            p["for"] = "men"
        active = i not in off_at
        por = i in por_at
        display = i in display_at
        p["status"] = "enabled" if active else "disabled"
        p["live"] = active and not por and not display
        if por or display:
            p["for_sale"] = False
        if i in used_at:
            p["condition"] = "used"
        code = p["code"]
        gold = code in GOLD_CODES
        if gold:
            p["gold_weight"] = p["grams"]
        cats = rng.choice(d["cats"])
        if not gold and "Ouro" in cats:
            cats = cats.replace("Ouro", "Prata")
        p["shop_category"] = cats
        axes = [a for a, pr in d["axes"] if rng.random() < pr]
        code2 = None
        if "size" not in axes and d["cat"] in ("ring", "earrings") and code in ("Y192", "W192") and rng.random() < 0.3:
            code2 = "W192" if code == "Y192" else "Y192"
        names = []
        if "size" in axes:
            names.append("Tamanho")
        if code2:
            names.append("Cor do ouro")
        if "len" in axes:
            names.append("Comprimento")
        ref = f"FG{2400 + i}"
        base_incl = 0.0 if por else price_incl(code, p["stone"], p["grams"], p["feitio"])
        base_ex = "0.000000" if por else excl(base_incl)
        vs = []
        combos = []
        if not names:
            vs.append(Variant([], code, p["stone"], None if por else paid(base_ex), None, p["grams"], ref))
        else:
            sizes = SIZES[rng.randint(0, 2):rng.randint(5, 8)] if "size" in axes else [None]
            lens = LENS[rng.randint(0, 1):rng.randint(2, 4)] if "len" in axes else [None]
            for m in ([code, code2] if code2 else [code]):
                for s in sizes:
                    for j, L in enumerate(lens):
                        g = p["grams"] * (1 + 0.03 * (SIZES.index(s) - 3 if s else 0)) * (1 + 0.22 * j)
                        if por:
                            imp = "0.000000"
                        else:
                            vi = price_incl(m, p["stone"], g, p["feitio"])
                            imp = f"{(vi - base_incl) / VAT:.6f}"
                            if abs(float(imp)) < 1e-7:
                                imp = "0.000000"
                        opts = [x for x in (s, {"Y192": "Ouro amarelo", "W192": "Ouro branco"}[m] if code2 else None, L) if x]
                        vs.append(Variant(opts, m, p["stone"], None if por else paid(base_ex, imp), None, g,
                                          f"{ref}-{len(vs) + 1}", extra={"impact": imp}))
        p["in_stock"] = i not in oos_at
        p["handle"] = str(pid)
        rewrite = slug(title)[:60]
        fn = f"{img_id}-large_default/{rewrite}.jpg"
        url = HOST + fn
        spec = photo_spec(d["kind"], code, p["stone"], d["style"])
        broken = i in broken_at
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 70000 + i))
        url2 = None
        if code2:
            fn2 = f"{img_id + 1}-large_default/{rewrite}.jpg"
            url2 = HOST + fn2
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], code2, p["stone"], d["style"]),
                             71000 + i))
                extra.append("images/" + fn2)
        img_id += 2 if code2 else 1
        # summary: the price as the shop types it, or the price-on-request line
        summary = ""
        if por:
            summary = "<p>Preço sob consulta. Contacte-nos por telefone ou WhatsApp.</p>"
        elif display:
            summary = "<p>Peça de exposição, não disponível para venda online.</p>"
        elif prng.random() < 0.4:
            summary = f"<p>{prng.choice(['Preço: ', 'Agora por ', ''])}{eur(vs[0].price, prng.randint(0, 4))}</p>"
        if i in used_at:
            body.insert(0, "Peça usada, em muito bom estado, revista e polida pela nossa oficina.")
        desc = "".join(f"<p>{b}</p>" for b in body)
        tagl = [t for t in [prng.choice(["", "presente", "dia da mãe", "namorados", "batizado"]),
                            "ouro" if gold and prng.random() < 0.4 else "",
                            "prata" if code in ("S925",) and prng.random() < 0.4 else "",
                            "filigrana" if "Filigrana" in cats else ""] if t]
        tags = ",".join(tagl)
        feat = ",".join(f"{n}:{v}:{k}" for k, (n, v) in enumerate(feats))
        qty = 0 if not p["in_stock"] else prng.randint(1, 5)
        row = {h: "" for h in HEADER}
        row.update({
            "Product ID": str(pid), "Active (0/1)": "1" if active else "0", "Name *": title,
            "Categories (x,y,z...)": ("Início," if prng.random() < 0.3 else "") + cats,
            "Price tax excluded": base_ex, "Tax rules ID": "1", "Wholesale price": "0.000000",
            "On sale (0/1)": "0", "Reference #": ref, "Supplier": prng.choice(["", "", "Oficina própria"]),
            "Manufacturer": prng.choice(["", "", "Flor da Graça"]) if gold else prng.choice(["", "Prata Lusa"]),
            "EAN13": "", "Ecotax": "0.000000",
            "Weight": f"{p['grams'] / 1000:.6f}" if prng.random() < 0.6 else "0.000000",
            "Quantity": "" if names else str(qty), "Minimal quantity": "1",
            "Visibility": "both", "Summary": summary, "Description": desc, "Tags (x,y,z...)": tags,
            "Meta title": "" if prng.random() < 0.6 else title[:70],
            "URL rewritten": rewrite,
            "Available for order (0 = No, 1 = Yes)": "0" if (por or display) else "1",
            "Product creation date": f"2025-{prng.randint(1, 11):02d}-{prng.randint(1, 28):02d}",
            "Show price (0 = No, 1 = Yes)": "0" if por else "1",
            "Image URLs (x,y,z...)": url + ("," + url2 if url2 else ""),
            "Image alt texts (x,y,z...)": "",
            "Delete existing images (0 = No, 1 = Yes)": "0",
            "Feature(Name:Value:Position)": feat,
            "Available online only (0 = No, 1 = Yes)": "0",
            "Condition": "used" if i in used_at else "new",
            "Customizable (0 = No, 1 = Yes)": "0", "Uploadable files (0 = No, 1 = Yes)": "0",
            "Text fields (0 = No, 1 = Yes)": "0", "Out of stock action": "2" if p["in_stock"] else "0",
            "Virtual product": "0", "ID / Name of shop": "1", "Advanced stock management": "0",
            "Depends On Stock": "0",
        })
        rows.append(row)
        for k, v in enumerate(vs if names else []):
            attr = ",".join(f"{n}:{'color' if n == 'Cor do ouro' else 'select'}:{j}" for j, n in enumerate(names))
            val = ",".join(f"{o}:{j}" for j, o in enumerate(v.opts))
            c = {h: "" for h in COMBI_HEADER}
            c.update({"Product ID*": str(pid), "Attribute (Name:Type:Position)*": attr, "Value (Value:Position)*": val,
                      "Reference": v.sku, "Wholesale price": "0.000000", "Impact on price": v.extra["impact"],
                      "Ecotax": "0.000000", "Quantity": str(0 if not p["in_stock"] else prng.randint(0, 3)),
                      "Minimal quantity": "1", "Impact on weight": "0.000000",
                      "Default (0 = No, 1 = Yes)": "1" if k == 0 else "0",
                      "Image URLs (x,y,z...)": url2 if (code2 and v.code == code2 and url2) else "",
                      "ID / Name of shop": "1"})
            crow.append(c)
        fields = {"title": title, "body": summary + " " + desc, "type": cats, "tags": tags,
                  "attributes": " ".join(f"{n}: {v}" for n, v in feats)}
        if names:
            fields["options"] = " ".join(" ".join(v.opts) for v in vs)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                         "regular_price")
        t["ps_id"] = pid
        t["ps_reference"] = ref
        t["price_tax_excluded"] = float(base_ex)
        t["vat"] = 0.23
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"lis {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
        pid += 1 + (prng.random() < 0.2)     # deleted products leave gaps
    return truths, rows, crow, jobs, outdir
