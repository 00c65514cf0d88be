"""Vilnius shop: Juvelyrika Saulėja, Pilies gatvė, Vilnius (Shopify, EUR).

Its export is Shopify's product CSV in the classic column set (Products > Export, "All
products", "CSV for Excel, Numbers, or other spreadsheet programs"): `Handle, Title, Body (HTML),
Vendor, Product Category, Type, Tags, Published, Option1 Name, Option1 Value, Option1 Linked To,
..., Variant SKU, ..., Variant Price, Variant Compare At Price, ..., Image Src, Image Position, ...,
Variant Image, ..., Status`, one row per variant, product fields on the first row only, extra
image rows carrying only Handle / Image Src / Image Position.  Admin in English, listings in
Lithuanian.  See data/heldout/vno_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentyseventh_common import LT, Variant, eur_lt, evidence, photo_spec, truth_record, wchoice

HOST = "https://cdn.shopify.com/s/files/1/0627/4183/9012/files/"
CURRENCY = "EUR"
EXPORT_NAME = "products_export_1.csv"
MARKETS = ["Lietuva", "International"]

HEADER = (["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
           "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
           "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
           "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
           "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Variant Barcode",
           "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
           "Google Shopping / Google Product Category", "Google Shopping / Gender", "Google Shopping / Age Group",
           "Google Shopping / MPN", "Google Shopping / Condition", "Google Shopping / Custom Product",
           "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item"]
          + [f"{c} / {m}" for m in MARKETS for c in ("Included", "Price", "Compare At Price")] + ["Status"])

RATE = {"Y14": 78, "W14": 84, "R14": 80, "Y18": 108, "W18": 115}        # € / gram, retail, made up
STONE_EUR = {None: 0, "diamond": 260, "cz": 12, "pearl": 30, "garnet": 35, "amethyst": 35, "sapphire": 220,
             "amber": 18, "amber lemon": 22, "amber cherry": 26, "amber white": 34, "amber green": 30}
SILVER = {"S925": (29, 4.5), "GPS": (39, 5.5)}
AMBERS = ("amber", "amber lemon", "amber cherry", "amber white", "amber green")

# adjective forms by the noun's gender / number: masculine, feminine, plural
GENDER = {"ring": 0, "engagement ring": 0, "wedding band": 2, "earrings": 2, "pendant": 0, "chain": 1,
          "necklace": 0, "bracelet": 1, "brooch": 1}
NOUN = {"ring": ["žiedas"], "engagement ring": ["sužadėtuvių žiedas"], "wedding band": ["vestuviniai žiedai"],
        "earrings": ["auskarai", "auskarai", "auskarai kabučiai", "auskarai-vinutės"], "pendant": ["pakabukas", "medalionas"],
        "chain": ["grandinėlė"], "necklace": ["vėrinys"], "bracelet": ["apyrankė"], "brooch": ["sagė"]}
ADJ = {"gold": ("Auksinis", "Auksinė", "Auksiniai"), "S925": ("Sidabrinis", "Sidabrinė", "Sidabriniai"),
       "GPS": ("Paauksuotas sidabrinis", "Paauksuota sidabrinė", "Paauksuoti sidabriniai")}
GENIT = {"W14": "Baltojo aukso", "W18": "Baltojo aukso", "R14": "Raudonojo aukso", "Y14": "Geltonojo aukso",
         "Y18": "Geltonojo aukso"}
METAL_SUFFIX = {"Y14": ["auksas 585", "585 prabos auksas", "geltonasis auksas 585", "14K auksas"],
                "W14": ["baltasis auksas 585", "585 prabos baltasis auksas"],
                "R14": ["raudonasis auksas 585", "rožinis auksas 585"],
                "Y18": ["auksas 750", "750 prabos auksas"], "W18": ["baltasis auksas 750"],
                "S925": ["sidabras 925", "925 prabos sidabras", "sidabras"],
                "GPS": ["paauksuotas sidabras", "sidabras 925, paauksuotas"]}
BODY_METAL = {
    "Y14": ["Metalas: 585 prabos geltonasis auksas.", "Pagaminta iš 585 prabos aukso (14 karatų).", "Auksas 585."],
    "W14": ["Metalas: 585 prabos baltasis auksas, rodžiuotas.", "Baltasis auksas 585 – padengtas rodžiu, kad blizgėtų."],
    "R14": ["Metalas: 585 prabos raudonasis auksas.", "Raudonasis (rožinis) auksas 585 – šilto atspalvio."],
    "Y18": ["Metalas: 750 prabos geltonasis auksas (18 karatų).", "Auksas 750."],
    "W18": ["Metalas: 750 prabos baltasis auksas."],
    "S925": ["Metalas: 925 prabos sidabras.", "Sidabras 925, praba įspausta.", "Pagaminta iš 925 prabos sidabro."],
    "GPS": ["Metalas: paauksuotas 925 prabos sidabras.", "Sidabras 925, padengtas auksu."],
}
STONE_INSTR = {"diamond": ["briliantu", "deimantu", "briliantais"], "cz": ["cirkoniu", "cirkoniais"],
               "pearl": ["perlu", "perlais", "gėlavandeniu perlu"], "garnet": ["granatu"], "amethyst": ["ametistu"],
               "sapphire": ["safyru", "mėlynu safyru"], "amber": ["gintaru", "medaus spalvos gintaru", "Baltijos gintaru"],
               "amber lemon": ["citrininiu gintaru", "gintaru"], "amber cherry": ["vyšniniu gintaru", "gintaru"],
               "amber white": ["karališkuoju gintaru", "baltu gintaru"], "amber green": ["žaliu gintaru"]}
BODY_STONE = {"diamond": ["Akmuo: briliantas.", "Deimantai: briliantinio šlifavimo, G/SI."],
              "cz": ["Akmenys: skaidrūs cirkoniai.", "Inkrustuota baltais cirkoniais."],
              "pearl": ["Baltas gėlavandenis perlas, apie 7 mm.", "Gėlavandeniai perlai."],
              "garnet": ["Akmuo: tamsiai raudonas granatas.", "Granatas – sausio mėnesio akmuo."],
              "amethyst": ["Akmuo: violetinis ametistas."], "sapphire": ["Akmuo: mėlynas safyras."],
              "amber": ["Natūralus Baltijos gintaras, medaus spalvos.", "Tikras Baltijos gintaras, konjako spalvos."],
              "amber lemon": ["Natūralus citrininis Baltijos gintaras.", "Gintaras citrinos spalvos – šviesus ir skaidrus."],
              "amber cherry": ["Vyšninis Baltijos gintaras – tamsus, sodrus.", "Natūralus vyšninis gintaras."],
              "amber white": ["Karališkasis (baltas) Baltijos gintaras – retas, nepermatomas.", "Baltas karališkasis gintaras."],
              "amber green": ["Žalias Baltijos gintaras.", "Žalsvas gintaras, apdorotas autoklave."]}
TYPE = {"ring": "Žiedai", "engagement ring": "Sužadėtuvių žiedai", "wedding band": "Vestuviniai žiedai",
        "earrings": "Auskarai", "pendant": "Pakabukai", "chain": "Grandinėlės", "necklace": "Vėriniai",
        "bracelet": "Apyrankės", "brooch": "Sagės"}
TAXO = {"ring": "Rings", "engagement ring": "Rings", "wedding band": "Rings", "earrings": "Earrings",
        "pendant": "Charms & Pendants", "chain": "Necklaces", "necklace": "Necklaces", "bracelet": "Bracelets",
        "brooch": "Brooches & Lapel Pins"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "brooch": ("brooch", None)}
NAMES = ["Lašas", "Saulė", "Rasa", "Gilė", "Jūra", "Banga", "Pilis", "Vilnelė", "Ąžuolas", "Liepa", "Kopa", "Ugnė",
         "Aušrinė", "Žvaigždė", "Rūta", "Neris", "Gintarė"]
OPTION_COLOUR = {"amber": "Medaus", "amber lemon": "Citrininė", "amber cherry": "Vyšninė", "amber white": "Karališkoji (balta)",
                 "amber green": "Žalia"}

DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 2), ("R14", 2), ("S925", 5), ("GPS", 1)],
     [(None, 4), ("AMBER", 3), ("cz", 2), ("garnet", 1), ("sapphire", 1), ("diamond", 2), ("pearl", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 1)], [("diamond", 6), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 6, [("Y14", 3), ("W14", 1), ("R14", 2)], [(None, 5), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 7), ("Y14", 4), ("GPS", 2), ("W14", 1), ("R14", 2)],
     [(None, 4), ("AMBER", 5), ("cz", 3), ("pearl", 3), ("diamond", 1)], (1.0, 4.0), "colour"),
    ("pendant", 14, [("S925", 6), ("Y14", 3), ("GPS", 3), ("R14", 2)],
     [("AMBER", 7), (None, 3), ("cz", 2), ("garnet", 1), ("amethyst", 1)], (0.8, 4.0), "colour"),
    ("chain", 8, [("Y14", 3), ("S925", 4), ("W14", 1)], [(None, 1)], (2.0, 10.0), "len"),
    ("necklace", 9, [("S925", 6), ("GPS", 2), ("Y14", 1)], [("AMBER", 6), ("pearl", 3)], (8.0, 30.0), None),
    ("bracelet", 9, [("S925", 5), ("Y14", 2), ("GPS", 2)], [("AMBER", 5), (None, 3), ("pearl", 1)], (3.0, 12.0), "metal"),
    ("brooch", 4, [("S925", 3), ("GPS", 1)], [("AMBER", 3), (None, 1)], (4.0, 10.0), None),
]
AMBER_MIX = [("amber", 5), ("amber lemon", 2), ("amber cherry", 2), ("amber white", 2), ("amber green", 1)]
SIZES = ["16", "16,5", "17", "17,5", "18", "18,5", "19"]
LENS = ["42 cm", "45 cm", "50 cm", "55 cm"]
SILVERISH = ("S925", "GPS")
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
TRANSLIT = str.maketrans("ąčęėįšųūž", "aceeisuuz")


def r_eur(x):
    if x < 200:
        return float(int(round(x)) - 1) if x > 20 else float(int(round(x)))
    if x < 1000:
        return float(int(round(x / 10.0)) * 10 - 1)
    return float(int(round(x / 50.0)) * 50)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 45 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + (st * (1.5 if stone in AMBERS else 0.6) if stone else 0))


def handle_of(title):
    h = title.lower().translate(TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", h).strip("-")


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if stone == "AMBER":
                stone = wchoice(rng, AMBER_MIX)
            if code in SILVERISH and stone in ("diamond", "sapphire"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def title_of(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    name = rng.choice(NAMES)
    stone_in_title = stone and rng.random() < 0.7
    metal_in_title = not metal_alt and rng.random() < 0.75
    tail = f" su {rng.choice(STONE_INSTR[stone])}" if stone_in_title else ""
    quoted = f" „{name}“" if rng.random() < 0.5 else ""
    if stone in AMBERS and stone_in_title and rng.random() < 0.35:
        head, tail = f"Gintaro {noun}", ""
    else:
        head = noun[:1].upper() + noun[1:]
    if not metal_in_title:
        return f"{head}{quoted}{tail}"
    form = rng.random()
    if form < 0.45 and not head.startswith("Gintaro"):
        if code in GENIT and rng.random() < 0.5:
            return f"{GENIT[code]} {noun}{quoted}{tail}"
        adj = ADJ["gold" if code in GOLDS else code][GENDER[cat]]
        return f"{adj} {noun}{quoted}{tail}"
    return f"{head}{quoted}{tail}, {rng.choice(METAL_SUFFIX[code])}"


def texts(p, rng, metal_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    traps = []
    title = title_of(p, rng, metal_alt)
    if "Gintarė" in title:
        traps.append("Gintarė")
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    body = []
    if metal_alt:
        body.append(f"Galima rinktis: {rng.choice(METAL_SUFFIX[code])} arba {rng.choice(METAL_SUFFIX[metal_alt])}.")
    elif rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    else:
        body.append(rng.choice(["Rankų darbas, pagaminta mūsų dirbtuvėse Vilniuje.", "Minimalistinis dizainas kasdienai."]))
    if stone and rng.random() < 0.75:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.4:
        body.append(rng.choice(["Be akmenų, poliruotas paviršius.", "Lygus, blizgus paviršius."]))
    if stone in AMBERS:
        body.append(rng.choice(["Kiekvienas gintaro gabalėlis unikalus – spalva ir forma gali šiek tiek skirtis.",
                                "Gintaras surinktas Baltijos pajūryje."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Bendras briliantų svoris {c} ct.", f"Briliantas {c} ct, G/VS."]))
    if code in GOLDS:
        g = str(p["grams"]).replace(".", ",")
        body.append(rng.choice([f"Svoris: ~{g} g.", f"Aukso svoris apie {g} g."]))
    if cat == "pendant":
        with_chain = rng.random() < 0.3
        body.append("Parduodamas su grandinėle (45 cm)." if with_chain else "Grandinėlė parduodama atskirai.")
        p["sold_with_chain"] = with_chain
    if cat == "wedding band":
        body.append("Kaina nurodyta už vieną žiedą. Gaminame per 2–3 savaites, galime išgraviruoti vardus.")
    return title, body, traps


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (5, 37, 66) and code in SILVERISH:
        body.append("Pakuojama į aukso spalvos dovanų dėžutę.")
        traps.append("aukso spalvos dovanų dėžutė")
    if i in (12, 58) and code in GOLDS:
        body.append("Puiki dovana sidabrinių vestuvių proga.")
        traps.append("sidabrinių vestuvių")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 0:
        body.append("Deimantinio šlifavimo grandys gražiai žaižaruoja.")
        traps.append("deimantinio šlifavimo")
    if i in (20, 71) and code in GOLDS:
        body.append("Pagamino mūsų auksakalys Pilies gatvėje.")


def variants_of(p, prng, metal_alt, sku, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, vname = [], None
    if axis == "size" and prng.random() < 0.75:
        a = prng.randint(0, 2)
        vals, vname = SIZES[a:a + prng.randint(4, 5)], "Dydis"
    elif axis == "len" and prng.random() < 0.6:
        vals, vname = LENS[:prng.randint(2, 4)], "Ilgis"
    elif axis == "colour" and stone in AMBERS and prng.random() < 0.4:
        others = [a for a in AMBERS if a != stone]
        p["stone_opts"] = [stone] + prng.sample(others, prng.randint(1, 2))
        vals, vname = [OPTION_COLOUR[s] for s in p["stone_opts"]], "Gintaro spalva"
    elif metal_alt:
        lab = {"S925": "Sidabras", "GPS": "Paauksuotas sidabras", "Y14": "Auksas 585"}
        vals, vname = [lab[code], lab[metal_alt]], "Metalas"
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], sku)], vals, vname
    vs = []
    for j, s in enumerate(vals):
        vc, g, vst = code, p["grams"], stone
        if vname == "Metalas":
            vc = code if j == 0 else metal_alt
        elif vname == "Gintaro spalva":
            vst = p["stone_opts"][j]
        else:
            g = p["grams"] * (1 + (0.03 if vname == "Dydis" else 0.1) * j)
        vs.append(Variant([s], vc, vst, 0.0 if ask else price_of(vc, vst, g, p.get("carat")), None, g, f"{sku}-{j + 1}"))
    return vs, vals, vname


def place_images(prows, h, urls, title, prng):
    """Shopify writes image N on the product's N-th row: a variant row, or an image-only row."""
    rows = list(prows)
    for k, url in enumerate(urls[1:], start=1):
        if k < len(rows):
            r = rows[k]
        else:
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            rows.append(r)
        r.update({"Image Src": url, "Image Position": str(k + 1),
                  "Image Alt Text": title if prng.random() < 0.3 else ""})
    return rows


def product_rows(p, vs, vals, vname, urls, variant_urls, desc, tags, typ, prng):
    status, h = p["status"], p["handle"]
    rows = []
    for j, v in enumerate(vs):
        r = dict.fromkeys(HEADER, "")
        r["Handle"] = h
        if j == 0:
            r.update({"Title": p["title"], "Body (HTML)": desc, "Vendor": "Saulėja",
                      "Product Category": ("Apparel & Accessories > Jewelry > " + TAXO[p["cat"]]) if prng.random() < 0.6 else "",
                      "Type": typ, "Tags": ", ".join(tags), "Published": "TRUE" if status == "active" else "FALSE",
                      "Option1 Name": vname or "Title", "Gift Card": "FALSE", "Image Src": urls[0], "Image Position": "1",
                      "Image Alt Text": p["title"] if prng.random() < 0.4 else "", "Status": status})
        r.update({"Option1 Value": v.opts[0] if vals else "Default Title", "Variant SKU": v.sku,
                  "Variant Grams": f"{v.grams:.0f}" if prng.random() < 0.6 else "0", "Variant Inventory Tracker": "shopify",
                  "Variant Inventory Qty": str(0 if not p["in_stock"] else prng.randint(1, 5)),
                  "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                  "Variant Price": f"{v.price:.2f}", "Variant Compare At Price": f"{v.regular:.2f}" if v.regular else "",
                  "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                  "Variant Image": variant_urls[j] if variant_urls else "", "Variant Weight Unit": "g",
                  "Included / Lietuva": "TRUE", "Included / International": "TRUE"})
        rows.append(r)
    return rows


def build(out, images=True):
    rng = random.Random(2727)
    outdir = os.path.join(out, "vno_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {8, 41, 77}
    ask_at = {16, 63}                 # "kaina sutartinė": Variant Price 0.00
    draft_at = {26, 54}
    archived_at = {70}
    oos_at = {13, 49}
    seen = {}
    for i, p in enumerate(prods):
        prng = random.Random(272700 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.3, 0.5, 0.7]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.5:
            metal_alt = {"S925": "GPS", "GPS": "S925", "Y14": "S925"}.get(p["code"])
        title, body, traps = texts(p, rng, metal_alt)
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "draft" if i in draft_at else ("archived" if i in archived_at else "active")
        p.update(status=status, live=status == "active" and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        typ = TYPE[cat] if prng.random() < 0.85 else ""
        p["shop_category"] = typ
        h = handle_of(title)
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            h = f"{h}-{seen[h] - 1}"
        p["handle"], p["title"] = h, title
        sku = f"SJ-{2100 + i * 3}"
        vs, vals, vname = variants_of(p, prng, metal_alt, sku, ask)
        if not ask and code in SILVERISH and not metal_alt and prng.random() < 0.25:
            for v in vs:
                v.regular = v.price
                v.price = r_eur(v.price * 0.8)
        if ask:
            body.append(prng.choice(["Kaina sutartinė – susisiekite su mumis.", "Dėl kainos skambinkite +370 5 212 4417."]))
        elif prng.random() < 0.4:
            pw = min(v.price for v in vs)
            body.append(("Kaina nuo " if len({v.price for v in vs}) > 1 else "Kaina: ") + eur_lt(pw, prng.randint(0, 5)) + ".")
        if prng.random() < 0.2:
            body.append("Nemokamas pristatymas į paštomatą užsakymams nuo 50 €.")
        desc = "<p>" + "</p>\n<p>".join(body) + "</p>" if prng.random() < 0.7 else "<br>".join(body)
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "drop" if "kabučiai" in p["noun"] else ("stud" if "vinutės" in p["noun"] else prng.choice(["stud", "hoop", "drop"]))
        spec = photo_spec(kind, code, vs[0].stone, style)
        ver = 1_720_000_000 + prng.randint(0, 60_000_000)
        fn = f"{h}.jpg" if prng.random() < 0.6 else f"IMG_{4100 + i * 13}.jpg"
        urls, files, specs = [f"{HOST}{fn}?v={ver}"], [fn], [spec]
        variant_urls = []
        if vname in ("Metalas", "Gintaro spalva"):
            for j, v in enumerate(vs[1:], start=2):
                vfn = f"{h}-{j}.jpg"
                urls.append(f"{HOST}{vfn}?v={ver + j}")
                files.append(vfn)
                specs.append(photo_spec(kind, v.code, v.stone, style))
            variant_urls = urls[:len(vs)]
        elif prng.random() < 0.2:
            urls.append(f"{HOST}{h}-detale.jpg?v={ver + 7}")
            files.append(f"{h}-detale.jpg")
            specs.append(spec)
        broken = i in broken_at
        for k, (f, s) in enumerate(zip(files, specs)):
            if not (broken and k == 0):
                jobs.append((os.path.join(outdir, "images", f), s, 2727000 + i * 10 + k))
        tags = [t for t in (prng.choice(["", "naujiena", "dovana", "perkamiausi", "Kalėdos", "Motinos diena"]),
                            prng.choice(["", "", "rankų darbas", "lietuviškas dizainas"])) if t]
        if p["stone"] in AMBERS and prng.random() < 0.6:
            tags.append("gintaras")
        if code in GOLDS and prng.random() < 0.4:
            tags.append("auksas")
        if code == "S925" and prng.random() < 0.4:
            tags.append("sidabras")
        prows = product_rows(p, vs, vals, vname, urls, variant_urls, desc, tags, typ, prng)
        rows.extend(place_images(prows, h, urls, title, prng))
        fields = {"title": title, "body": desc, "type": typ, "tags": ", ".join(tags)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        extra = ["images/" + f for f in files[1:]]
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, urls[0], broken, spec,
                         extra, "compare_at_price")
        t["sku"] = sku
        ev, probs = evidence(LT, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"vno {h} {title!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["Handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        prices = [float(r["Variant Price"]) for r in rs if r["Variant SKU"]]
        assert len(prices) == t["variants"], t["handle"]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"] == t["status"]
        assert (rs[0]["Status"] == "active" and min(prices) > 0) == t["live"], t["handle"]
        assert rs[0]["Image Src"] == t["image_url"]
        if images:
            for r in rs:
                if r["Image Src"]:
                    fn = r["Image Src"][len(HOST):].split("?")[0]
                    exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
                    assert exists != (t["image_broken"] and r["Image Src"] == t["image_url"]), fn
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows)
