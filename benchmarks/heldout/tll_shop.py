"""Tallinn shop: ehtepood «Raekoja Ehe», Tallinn (CS-Cart 4.x, EUR, Estonian with Russian rows).

Its export is the admin's Administration > Export data > Products, CSV: the columns the owner
picked in the export layout, CS-Cart's own column names (`Product code`, `Language`,
`Product id`, `Category`, `Secondary categories`, `List price`, `Price`, `Status`, `Quantity`,
`Weight`, ..., `Detailed image`, `Product name`, `Description`, `Short description`,
`Meta keywords`, `Search words`, ..., `Features`, `Options`, `Store`, `SEO name`).  Semicolon
delimiter, every value double-quoted, category path delimiter `///`.  One row per product per
exported language: every product has an `et` row, some also a `ru` row (same code, same prices,
Russian texts).  Ring sizes are the select-box option `Sõrmuse suurus` written as
`{id}Name: S[{id}16,{id}17///modifier=10.000///modifier_type=A]`; features as
`{id}Name: S[value]` joined by `; `.  Status A (active), H (hidden), D (disabled).  Detailed
image: the image's path in the export's images directory followed by `#{[et]:alt,[ru]:alt}`.
See data/heldout/tll_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re

from thirtythird_common import ET, Variant, deaccent_et, eur_et, evidence, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "products_07122026.csv"
PREFIX = "/var/www/html/var/files/1/exim/backup/images/"
DELIM = ";"
CATDELIM = "///"
HEADER = ["Product code", "Language", "Product id", "Category", "Secondary categories", "List price", "Price",
          "Status", "Quantity", "Weight", "Min quantity", "Shipping freight", "Date added", "Downloadable",
          "Inventory tracking", "Free shipping", "Zero price action", "Thumbnail", "Detailed image", "Product name",
          "Description", "Short description", "Meta keywords", "Meta description", "Search words", "Page title",
          "Promo text", "Taxes", "Features", "Options", "Store", "SEO name"]
SIZE_OPT = (14, "Sõrmuse suurus", "Размер кольца")
FEAT_METAL = (21, "Metall", "Металл")
FEAT_STONE = (22, "Kivi", "Камень")

RATE = {"Y14": 76, "W14": 80, "R14": 78, "Y18": 102, "W18": 106}     # EUR / g with making, made up
STONE_EUR = {None: 0, "diamond": 400, "cz": 8, "pearl": 20, "sapphire": 130, "garnet": 22, "amber": 18,
             "amethyst": 24, "topaz": 28}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (24, 2.2)}
METAL_NAME = {"Y14": ["kollasest kullast", "kuld 585", "14K kullast"], "W14": ["valgest kullast", "valge kuld 585"],
              "R14": ["punasest kullast", "roosast kullast"], "Y18": ["kollane kuld 750 (18K)"],
              "W18": ["valgest kullast 18K", "valge kuld 750"], "S925": ["hõbedast", "hõbe 925"]}
BODY_METAL = {"Y14": ["Materjal: kollane kuld, proov 585.", "Valmistatud 585 proovi kollasest kullast."],
              "W14": ["Materjal: valge kuld 585, roodiumkattega."], "R14": ["Materjal: punane kuld 585 (roosa kuld)."],
              "Y18": ["Materjal: kollane kuld 750 (18K)."], "W18": ["Materjal: valge kuld 750, roodiumkattega."],
              "S925": ["Materjal: hõbe 925, roodiumkattega.", "Oksüdeeritud hõbe 925."]}
STONE_WITH = {"amber": ["merevaiguga", "Balti merevaiguga"], "cz": ["tsirkooniga", "tsirkoonidega"],
              "garnet": ["granaadiga"], "pearl": ["pärliga", "mageveepärlitega"], "diamond": ["briljandiga", "teemandiga"],
              "sapphire": ["safiiriga"], "amethyst": ["ametüstiga"], "topaz": ["topaasiga"]}
BODY_STONE = {"amber": ["Looduslik Balti merevaik, meekarva.", "Balti merevaik, konjakivärvi."],
              "cz": ["Valged tsirkoonid."], "garnet": ["Tumepunane granaat."], "pearl": ["Valge mageveepärl 7 mm."],
              "diamond": ["Briljant, puhtus SI, värv H."], "sapphire": ["Looduslik sinine safiir."],
              "amethyst": ["Lilla ametüst."], "topaz": ["Sinine topaas (Swiss Blue)."]}
STONE_FEATURE = {None: "Kivideta", "amber": "Merevaik", "cz": "Tsirkoon", "garnet": "Granaat", "pearl": "Pärl",
                 "diamond": "Briljant", "sapphire": "Safiir", "amethyst": "Ametüst", "topaz": "Topaas"}
METAL_FEATURE = {"Y14": "Kollane kuld 585", "W14": "Valge kuld 585", "R14": "Punane kuld 585",
                 "Y18": "Kollane kuld 750", "W18": "Valge kuld 750", "S925": "Hõbe 925"}
RU_NOUN = {"ring": "Кольцо", "engagement ring": "Помолвочное кольцо", "wedding band": "Обручальное кольцо",
           "earrings": "Серьги", "pendant": "Подвеска", "chain": "Цепочка", "necklace": "Колье", "bracelet": "Браслет"}
RU_METAL = {"Y14": "из жёлтого золота 585", "W14": "из белого золота 585", "R14": "из красного золота 585",
            "Y18": "из жёлтого золота 750", "W18": "из белого золота 750", "S925": "из серебра 925"}
RU_STONE = {"amber": "с янтарём", "cz": "с фианитами", "garnet": "с гранатом", "pearl": "с жемчугом",
            "diamond": "с бриллиантом", "sapphire": "с сапфиром", "amethyst": "с аметистом", "topaz": "с топазом"}
RU_SEGMENT = {"Ehted": "Украшения", "Sõrmused": "Кольца", "Kihlasõrmused": "Помолвочные кольца",
              "Abielusõrmused": "Обручальные кольца", "Kõrvarõngad": "Серьги", "Ripatsid": "Подвески", "Ketid": "Цепочки",
              "Kaelakeed": "Колье", "Käevõrud": "Браслеты", "Uued tooted": "Новинки"}
NOUN = {"ring": ["Sõrmus", "Naiste sõrmus", "Meeste sõrmus", "Vitsaga sõrmus"], "engagement ring": ["Kihlasõrmus"],
        "wedding band": ["Abielusõrmus", "Laulatussõrmus"], "earrings": ["Kõrvarõngad", "Rõngaskõrvarõngad", "Rippuvad kõrvarõngad"],
        "pendant": ["Ripats", "Medaljon"], "chain": ["Kett", "Kett Ankur", "Kett Bismarck"],
        "necklace": ["Kaelakee"], "bracelet": ["Käevõru"]}
CATEGORY = {"ring": "Ehted///Sõrmused", "engagement ring": "Ehted///Sõrmused///Kihlasõrmused",
            "wedding band": "Ehted///Sõrmused///Abielusõrmused", "earrings": "Ehted///Kõrvarõngad",
            "pendant": "Ehted///Ripatsid", "chain": "Ehted///Ketid", "necklace": "Ehted///Kaelakeed",
            "bracelet": "Ehted///Käevõrud"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Muhu", "Rukkilill", "Pääsuke", "Vana Toomas", "Kihnu", "Rahvuslik muster", "Haapsalu",
          "Vanalinn", "Kaera-Jaan"]
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 2), ("R14", 2), ("S925", 6)],
     [("amber", 4), ("cz", 3), ("garnet", 2), ("sapphire", 1), ("amethyst", 1), ("topaz", 1), (None, 2)], (2.0, 5.5), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 1), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("R14", 2), ("W14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 8), ("Y14", 4), ("W14", 2), ("R14", 2)],
     [(None, 3), ("amber", 5), ("cz", 3), ("pearl", 2), ("garnet", 2), ("diamond", 1)], (1.0, 5.0), None),
    ("pendant", 13, [("S925", 7), ("Y14", 4), ("W14", 1), ("R14", 1)],
     [(None, 5), ("amber", 4), ("cz", 2), ("garnet", 1), ("pearl", 1), ("diamond", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y14", 3), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 8, [("S925", 5), ("Y14", 3)], [("amber", 4), ("pearl", 2), ("garnet", 1), (None, 1)], (4.0, 15.0), None),
    ("bracelet", 11, [("S925", 7), ("Y14", 3), ("R14", 1)], [(None, 4), ("amber", 4), ("cz", 1), ("garnet", 1), ("pearl", 1)], (3.0, 12.0), None),
]
SIZES = ["15", "15.5", "16", "16.5", "17", "17.5", "18", "18.5", "19", "20"]


def r_eur(x):
    """Prices end in 9 euro (129.00)."""
    return float(max(1, int(round(x / 10.0))) * 10 - 1)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 20 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + st * 0.7)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire"):
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
        parts.append(f"„{design}“")
    if rng.random() < 0.6 and not p.get("photo_only"):
        parts.append(rng.choice(METAL_NAME[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    body = []
    if rng.random() < 0.8 and not p.get("photo_only"):
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.75:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Sile, poleeritud pind.", "Kivideta klassikaline mudel."]))
    if p.get("carat"):
        body.append(rng.choice([f"Briljantide kogukaal {p['carat']} ct.", f"Briljant {p['carat']} ct, IGI sertifikaat."]))
    if design:
        body.append(f"Eesti rahvuslik motiiv „{design}“.")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Komplektis ketiga." if chain else "Kett ei kuulu hinna sisse.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Hind on ühe sõrmuse eest. Graveering tasuta.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Hind paari eest.")
    return name, design, body


def ru_texts(p, design, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    name = RU_NOUN[cat] + (f" «{design}»" if design else "") + " " + RU_METAL[code]
    if stone and rng.random() < 0.8:
        name += " " + RU_STONE[stone]
    body = []
    if cat == "wedding band":
        body.append("Цена указана за одно кольцо.")
    if cat == "pendant":
        body.append("Цепочка в комплекте." if p.get("sold_with_chain") else "Цепочка в цену не входит.")
    return name, body


def trap_slots(prods):
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (2, 15, 26)}, "silverwed": {gold[k] for k in (4, 27)},
            "goldwed": {silver[k] for k in (8, 20)}, "photo": {gold[k] for k in (7, 19, 33)} | {silver[11]}}


def look_alikes(i, slots, body, traps):
    if i in slots["box"]:
        body.append("Pakitud kuldset värvi kinkekarpi.")
        traps.append("kuldset värvi karp")
    if i in slots["silverwed"]:
        body.append("Ilus kingitus hõbepulmaks.")
        traps.append("hõbepulm")
    if i in slots["goldwed"]:
        body.append("Sobib kingiks vanavanematele kuldpulmaks.")
        traps.append("kuldpulm")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 4)
        vals = SIZES[a:a + prng.randint(3, 6)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals, base, []
    vs, adj = [], []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 3 else price_of(code, stone, g, p.get("carat"))
        adj.append(pr - base)
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s}"))
    return vs, vals, base, adj


def slug(s):
    s = deaccent_et(s.lower()).replace("„", "").replace("“", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ru_path(path):
    """The same category in the ru row: CS-Cart exports each language's category names."""
    return CATDELIM.join(RU_SEGMENT[seg] for seg in path.split(CATDELIM)) if path else ""


def options_cell(label, vals, adj, value_id):
    items = []
    for j, (s, a) in enumerate(zip(vals, adj)):
        mod = f"///modifier={a:.3f}///modifier_type=A" if a else ""
        items.append(f"{{{value_id + j}}}{s}{mod}")
    return f"{{{SIZE_OPT[0]}}}{label}: S[{','.join(items)}]"


def features_cell(code, stone, lang):
    metal = METAL_FEATURE[code] if lang == "et" else RU_METAL[code].replace("из ", "").capitalize()
    stone_v = STONE_FEATURE[stone] if lang == "et" else (RU_STONE[stone][2:].capitalize() if stone else "Без камня")
    i = 1 if lang == "et" else 2
    return (f"{{{FEAT_METAL[0]}}}{FEAT_METAL[i]}: S[{metal}]; "
            f"{{{FEAT_STONE[0]}}}{FEAT_STONE[i]}: S[{stone_v}]")


def row(code, lang, pid, cat, sec, listp, price, status, qty, grams, added, image, name, desc, short, kw, search,
        feats, opts, seo):
    v = {h: "" for h in HEADER}
    v.update({"Product code": code, "Language": lang, "Product id": str(pid), "Category": cat,
              "Secondary categories": sec, "List price": f"{listp:.2f}", "Price": f"{price:.2f}", "Status": status,
              "Quantity": str(qty), "Weight": f"{grams / 1000.0:.3f}", "Min quantity": "0", "Shipping freight": "0.00",
              "Date added": added, "Downloadable": "N", "Inventory tracking": "B", "Free shipping": "N",
              "Zero price action": "R", "Thumbnail": "", "Detailed image": image, "Product name": name,
              "Description": desc, "Short description": short, "Meta keywords": kw, "Meta description": "",
              "Search words": search, "Page title": "", "Promo text": "", "Taxes": "KM 24%", "Features": feats,
              "Options": opts, "Store": "Raekoja Ehe", "SEO name": seo})
    return [v[h] for h in HEADER]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def build(out, images=True):
    rng = random.Random(3330)
    outdir = os.path.join(out, "tll_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    rows, truths, jobs = [], [], []
    missing_at = {5, 38, 71}
    status_at = {12: "D", 33: "H", 57: "D", 76: "D"}
    names = set()
    value_id = 700
    for i, p in enumerate(prods):
        prng = random.Random(333000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        p["photo_only"] = i in slots["photo"]
        name, design, body = texts(p, rng)
        while name in names:
            name, design, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, body, traps)
        code, cat = p["code"], p["cat"]
        status = status_at.get(i, "A")
        live = status == "A"
        p.update(status={"A": "active", "H": "hidden", "D": "disabled"}[status], live=live, in_stock=live)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        pid = 210 + i * 3 + prng.randint(0, 2)
        pcode = f"RE-{code[0]}{pid:04d}"
        vs, vals, base, adj = variants_of(p, prng, pcode)
        listp = 0.0
        if prng.random() < 0.12:
            listp = r_eur(base * 1.3)
            for v in vs:
                v.regular = v.price + (listp - base)
        if prng.random() < 0.45:
            lead = "alates " if len({v.price for v in vs}) > 1 else prng.choice(["Hind: ", "Ainult ", "Soodushind "])
            body.append(lead + eur_et(min(v.price for v in vs), prng.randint(0, 4)))
        if prng.random() < 0.2:
            body.append("Tasuta tarne Eestis üle 50 € tellimustele.")
        p["handle"], p["title"] = pcode, name
        sec = "Ehted///Uued tooted" if prng.random() < 0.15 else ""
        p["shop_category"] = CATEGORY[cat] + (f"; {sec}" if sec else "")
        feats = features_cell(code, p["stone"], "et") if prng.random() < 0.55 and not p["photo_only"] else ""
        kw = ("rahvuslik, eesti disain" if design else "") if prng.random() < 0.7 else "kingitus"
        short = body[0] if body else ""
        desc = "".join(f"<p>{b}</p>" for b in body[1:])
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Rõngaskõrvarõngad": "hoop", "Rippuvad kõrvarõngad": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        has_ru = prng.random() < 0.4 and not p["photo_only"]
        ru_name, ru_body = ru_texts(p, design, prng) if has_ru else ("", [])
        fn = f"{slug(name)}_{pid}.jpg"
        image = ""
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3330000 + i))
            alt = f"[et]:{name}" + (f",[ru]:{ru_name}" if has_ru else "")
            image = PREFIX + fn + "#{" + alt + ",}"
        added = f"{prng.randint(1, 28):02d} {MONTHS[prng.randint(0, 10)]} 2026 {prng.randint(9, 18):02d}:{prng.randint(0, 59):02d}:00"
        qty = prng.randint(1, 6) if live else 0
        seo = slug(name)
        opts = options_cell(SIZE_OPT[1], vals, adj, value_id) if vals else ""
        rows.append(row(pcode, "et", pid, CATEGORY[cat], sec, listp, base, status, qty, p["grams"], added, image, name,
                        desc, short, kw, deaccent_et(name.lower()).replace("„", "").replace("“", ""), feats, opts, seo))
        if has_ru:
            ru_cat = ru_path(CATEGORY[cat])
            ru_opts = options_cell(SIZE_OPT[2], vals, adj, value_id) if vals else ""
            ru_feats = features_cell(code, p["stone"], "ru") if feats else ""
            rows.append(row(pcode, "ru", pid, ru_cat, ru_path(sec), listp, base, status, qty,
                            p["grams"], added, image, ru_name, "".join(f"<p>{b}</p>" for b in ru_body), "", "", "",
                            ru_feats, ru_opts, seo))
        if vals:
            value_id += len(vals) + prng.randint(0, 3)
        fields = {"title": name, "body": short + " " + desc + " " + ru_name + " " + " ".join(ru_body),
                  "type": p["shop_category"], "tags": feats + " " + kw}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [SIZE_OPT[1]] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         None if broken else PREFIX + fn, broken, spec, [], "regular_price")
        t["sku"] = pcode
        t["cscart_product_id"] = pid
        t["languages"] = ["et", "ru"] if has_ru else ["et"]
        ev, probs = evidence(ET, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"tll {pcode} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def row_count(rows):
    return len(rows)


def write_export(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=DELIM, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def read_export(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=DELIM))


def option_prices(cell, base):
    if not cell:
        return [base]
    inner = re.search(r"S\[(.*)\]$", cell).group(1)
    out = []
    for item in inner.split(","):
        m = re.search(r"///modifier=(-?[\d.]+)", item)
        out.append(base + (float(m.group(1)) if m else 0.0))
    return out


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    et_rows = {r["Product code"]: r for r in rows if r["Language"] == "et"}
    assert len(et_rows) == len(truths), (len(et_rows), len(truths))
    for r in rows:
        assert r["Product code"] in et_rows and r["Language"] in ("et", "ru"), r["Product code"]
        assert r["Price"] == et_rows[r["Product code"]]["Price"], r["Product code"]
    for t in truths:
        r = et_rows[t["handle"]]
        assert r["Product name"] == t["title"], t["handle"]
        prices = option_prices(r["Options"], float(r["Price"]))
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (r["Status"] == "A") == t["live"], t["handle"]
        assert (r["Detailed image"] == "") == t["image_broken"], t["handle"]
        if images and r["Detailed image"]:
            fn = r["Detailed image"].split("#", 1)[0][len(PREFIX):]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)), fn
    return rows
