"""Bratislava shop: Zlatníctvo Dunaj, Obchodná ulica, Bratislava (Shoptet, EUR, Slovak).

Its export is Shoptet's product export (Produkty > Export, CSV, the system "Kompletný" type):
semicolon separated, Windows-1250, one row per variant; variants of a product share `pairCode`,
each has its own `code` (with the "$" Shoptet puts before codes so that Excel keeps leading zeros),
`name`, `shortDescription` / `description` (HTML), `defaultCategory` / `categoryText`,
`variant:<parameter>` columns, `price` (with VAT, decimal comma), `standardPrice`,
`percentVat`, `currency`, `stock`, `productVisibility`, `image`, `image2`.
See data/heldout/bts_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import os
import random
import re

from twentyeighth_common import SK, Variant, eur_sk, evidence, fold, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "export-produktov.csv"
PREFIX = "https://cdn.myshoptet.com/usr/www.zlatnictvo-dunaj.sk/user/shop/big/"
VARIANT_COLS = ["variant:Veľkosť", "variant:Materiál", "variant:Dĺžka"]
HEADER = (["code", "pairCode", "name", "appendix", "shortDescription", "description", "manufacturer", "itemType",
           "defaultCategory", "categoryText"] + VARIANT_COLS +
          ["price", "standardPrice", "purchasePrice", "percentVat", "currency", "stock", "availabilityOutOfStock",
           "productVisibility", "image", "image2", "weight", "warranty"])

RATE = {"Y14": 58, "W14": 62, "R14": 60, "Y18": 82, "W18": 86}      # € / gram with making, made up
STONE_EUR = {None: 0, "diamond": 600, "cz": 8, "garnet": 25, "pearl": 20, "sapphire": 180, "ruby": 170,
             "emerald": 190, "amethyst": 30, "topaz": 30, "opal": 120}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (25, 2.2), "GPS": (30, 2.6)}
METAL_NAME = {"Y14": ["žlté zlato 14K", "žlté zlato 585", "zo žltého zlata"], "W14": ["biele zlato 14K", "z bieleho zlata 585"],
              "R14": ["ružové zlato 14K", "z ružového zlata"], "Y18": ["žlté zlato 18K", "zo žltého zlata 750"],
              "W18": ["biele zlato 18K", "z bieleho zlata 750"], "S925": ["striebro Ag 925", "Ag 925"],
              "GPS": ["pozlátené striebro"]}
BODY_METAL = {"Y14": ["Vyrobené zo 14-karátového žltého zlata (Au 585).", "Žlté zlato 14K, punca Au 585."],
              "W14": ["Biele zlato 14K (Au 585), rhodiované."], "R14": ["Ružové zlato 14K (Au 585)."],
              "Y18": ["Žlté zlato 18K (Au 750)."], "W18": ["Biele zlato 18K (Au 750), rhodiované."],
              "S925": ["Striebro Ag 925/1000, rhodiované.", "Rýdze striebro 925."],
              "GPS": ["Striebro Ag 925 s pozlátením 1 mikrón."]}
STONE_WITH = {"diamond": ["s diamantom", "s briliantom"], "cz": ["so zirkónmi", "so zirkónom"], "garnet": ["s granátom", "s českým granátom"],
              "pearl": ["s perlou", "s riečnou perlou"], "sapphire": ["so zafírom", "s modrým zafírom"], "ruby": ["s rubínom"],
              "emerald": ["so smaragdom"], "amethyst": ["s ametystom"], "topaz": ["s modrým topásom"], "opal": ["s opálom", "s dubníckym opálom"]}
BODY_STONE = {"diamond": ["Osadené briliantmi, čistota SI, farba H.", "Diamant v briliantovom brúse."],
              "cz": ["Zdobené čírymi zirkónmi.", "Osadené bielymi zirkónmi."], "garnet": ["Pravé české granáty (pyropy), tmavočervené."],
              "pearl": ["Biela sladkovodná perla 7 mm."], "sapphire": ["Prírodný modrý zafír."], "ruby": ["Prírodný rubín, červený."],
              "emerald": ["Prírodný zelený smaragd."], "amethyst": ["Fialový ametyst."], "topaz": ["Modrý topás (Swiss blue)."],
              "opal": ["Drahý opál z Dubníka - slovenský opál s hrou farieb."]}
NOUN = {"ring": ["Prsteň", "Prstienok"], "engagement ring": ["Zásnubný prsteň"], "wedding band": ["Svadobná obrúčka", "Obrúčka"],
        "earrings": ["Náušnice", "Náušnice kruhy", "Visiace náušnice", "Napichovacie náušnice"], "pendant": ["Prívesok", "Medailón"],
        "chain": ["Retiazka", "Retiazka pancier", "Retiazka venezia"], "necklace": ["Náhrdelník", "Kolié"], "bracelet": ["Náramok"]}
CATEGORY = {"ring": "Prstene", "engagement ring": "Zásnubné prstene", "wedding band": "Obrúčky", "earrings": "Náušnice",
            "pendant": "Prívesky", "chain": "Retiazky", "necklace": "Náhrdelníky", "bracelet": "Náramky"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 3), ("R14", 1), ("S925", 5), ("Y18", 1)],
     [("garnet", 3), ("cz", 3), ("sapphire", 1), ("ruby", 1), ("emerald", 1), ("amethyst", 1), ("opal", 1), ("topaz", 1), (None, 2)], (2.0, 5.0), "size"),
    ("engagement ring", 9, [("W14", 4), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("cz", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("W14", 2), ("R14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 17, [("S925", 7), ("Y14", 5), ("W14", 3), ("GPS", 2)],
     [(None, 4), ("cz", 4), ("garnet", 3), ("pearl", 3), ("opal", 1), ("amethyst", 1), ("diamond", 1)], (1.0, 4.0), "metal"),
    ("pendant", 15, [("S925", 6), ("Y14", 5), ("W14", 2), ("GPS", 2)],
     [("garnet", 3), ("cz", 3), (None, 3), ("opal", 2), ("pearl", 1), ("topaz", 1), ("amethyst", 1), ("diamond", 1)], (0.8, 4.0), "metal"),
    ("chain", 8, [("Y14", 4), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, [("S925", 3), ("Y14", 2), ("GPS", 1)], [("pearl", 2), ("garnet", 2), (None, 1), ("cz", 1)], (4.0, 12.0), None),
    ("bracelet", 8, [("S925", 4), ("Y14", 3), ("W14", 1)], [(None, 3), ("garnet", 2), ("cz", 2), ("pearl", 1)], (3.0, 10.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]
LENS = ["42 cm", "45 cm", "50 cm", "55 cm"]
METAL_ALT = {"Y14": "W14", "W14": "Y14", "S925": "GPS", "GPS": "S925"}
METAL_OPT = {"Y14": "žlté zlato", "W14": "biele zlato", "S925": "striebro", "GPS": "pozlátené striebro"}


def r_eur(x):
    if x < 100:
        return round(int(x) + 0.9, 2)
    return float(int(round(x / 10.0)) * 10)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 40 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + st * 0.6)


def slug(name):
    s = fold(name).lower()
    return "-".join(w for w in re.split(r"[^a-z0-9]+", s) if w)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby", "emerald"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def name_of(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    if stone and rng.random() < 0.75:
        parts.append(rng.choice(STONE_WITH[stone]))
    design = rng.choice(["", "", "", "Lúka", "Dunaj", "Srdce", "Slza", "Devín", "Kvet", "Hviezda"])
    if design:
        parts.insert(0, design + " -")
    name = " ".join(parts)
    if not metal_alt and rng.random() < 0.65:
        ms = rng.choice(METAL_NAME[code])
        name += (" " + ms) if ms.startswith(("z", "s")) and " " in ms and ms.split()[0] in ("z", "zo") else f", {ms}"
    if rng.random() < 0.12:
        name = fold(name)          # typed in without diacritics by the owner's nephew
    return name


def texts(p, rng, metal_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    name = name_of(p, rng, metal_alt)
    short, body = [], []
    if metal_alt:
        short.append(f"Na výber {METAL_OPT[code]} alebo {METAL_OPT[metal_alt]}.")
    elif rng.random() < 0.85:
        (short if rng.random() < 0.4 else body).append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Hladký, leštený povrch.", "Bez kameňov, klasický dizajn."]))
    if p.get("carat"):
        body.append(rng.choice([f"Celková váha diamantov {p['carat']} ct.", f"Briliant {p['carat']} ct s certifikátom IGI."]))
    if cat == "pendant":
        chain = rng.random() < 0.35
        body.append("Dodávame vrátane retiazky." if chain else "Retiazka nie je súčasťou balenia.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Cena je za 1 kus. Gravírovanie zdarma, výroba do 3 týždňov.")
    return name, short, body


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (6, 40, 71) and code in SILVER:
        body.append("Balené v darčekovej krabičke zlatej farby.")
        traps.append("krabičke zlatej farby")
    if i in (13, 58) and code in GOLDS:
        body.append("Krásny darček k striebornej svadbe.")
        traps.append("striebornej svadbe")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 1:
        body.append("Články s diamantovým rezom pre väčší lesk.")
        traps.append("diamantovým rezom")
    if i in (21, 64) and code in SILVER:
        body.append("Vyrobené v našom zlatníctve na Obchodnej.")


def variants_of(p, prng, metal_alt, code_base, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, col = [], None
    if axis == "size" and prng.random() < 0.75:
        a = prng.randint(0, 2)
        vals, col = SIZES[a:a + prng.randint(3, 5)], "variant:Veľkosť"
    elif axis == "len" and prng.random() < 0.6:
        vals, col = LENS[:prng.randint(2, 4)], "variant:Dĺžka"
    elif metal_alt:
        vals, col = [METAL_OPT[code], METAL_OPT[metal_alt]], "variant:Materiál"
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], code_base)], vals, col
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if col == "variant:Materiál":
            vc = code if j == 0 else metal_alt
        else:
            g = p["grams"] * (1 + (0.03 if col == "variant:Veľkosť" else 0.1) * j)
        vs.append(Variant([s], vc, stone, 0.0 if ask else price_of(vc, stone, g, p.get("carat")), None, g, f"{code_base}/{j + 1}"))
    return vs, vals, col


def num(x):
    return f"{x:.2f}".replace(".", ",")


def build(out, images=True):
    rng = random.Random(2829)
    outdir = os.path.join(out, "bts_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {11, 46, 80}
    ask_at = {19, 67}
    hidden_at = {28, 59}
    blocked_at = {35}
    sale_at = {2, 16, 33, 51, 75}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(282900 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.35:
            metal_alt = METAL_ALT.get(p["code"])
        name, short, body = texts(p, rng, metal_alt)
        while name in names:
            name, short, body = texts(p, rng, metal_alt)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "hidden" if i in hidden_at else ("blocked" if i in blocked_at else "visible")
        p.update(status=status, live=status == "visible" and not ask, in_stock=True)
        if ask:
            p["for_sale"] = False
            body.append(prng.choice(["Cena na vyžiadanie - zavolajte nám.", "Cenu vám radi oznámime v predajni."]))
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        code_base = f"{prng.randint(0, 9)}{3100 + i * 4:04d}"
        p["handle"], p["title"] = code_base, name
        p["shop_category"] = CATEGORY[cat] if prng.random() < 0.85 else "Novinky"
        vs, vals, col = variants_of(p, prng, metal_alt, code_base, ask)
        sale = i in sale_at and not ask
        if not ask and prng.random() < 0.35:
            lead = "Už od " if len({v.price for v in vs}) > 1 else prng.choice(["Teraz len ", "Iba ", ""])
            body.append(lead + eur_sk(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Doprava po Slovensku zadarmo nad 50 €.")
        short_html = "<p>" + " ".join(short) + "</p>" if short else ""
        desc_html = "".join(f"<p>{b}</p>" for b in body)
        fn = f"{3100 + i * 4}-1_{slug(name)}.jpg"
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Náušnice kruhy": "hoop", "Visiace náušnice": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2829000 + i))
        url = PREFIX + fn + f"?{prng.randint(0x10000000, 0xffffffff):08x}"
        maker = "Zlatníctvo Dunaj" if prng.random() < 0.7 else ""
        for v in vs:
            r = dict.fromkeys(HEADER, "")
            reg = r_eur(v.price * 1.2) if sale else None
            v.regular = reg
            r.update({"code": "$" + v.sku, "pairCode": ("$" + code_base) if vals else "", "name": name,
                      "shortDescription": short_html, "description": desc_html,
                      "manufacturer": maker, "itemType": "product",
                      "defaultCategory": p["shop_category"], "categoryText": "Šperky > " + p["shop_category"],
                      "price": num(v.price), "standardPrice": num(reg) if reg else "", "purchasePrice": num(v.price * 0.5),
                      "percentVat": "23", "currency": "EUR", "stock": str(prng.randint(0, 3)),
                      "availabilityOutOfStock": "Na objednávku", "productVisibility": status,
                      "image": url, "weight": f"{v.grams / 1000:.4f}".replace(".", ","), "warranty": "24 mesiacov"})
            if vals:
                r[col] = v.opts[0]
            rows.append(r)
        fields = {"title": name, "body": short_html + " " + desc_html, "type": p["shop_category"]}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [col.split(":")[1]] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, [], "standard_price")
        t["sku"] = code_base
        ev, probs = evidence(SK, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"bts {code_base} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    with open(path, encoding="cp1250", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault((r["pairCode"] or r["code"]).lstrip("$"), []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["name"] == t["title"] and len(rs) == t["variants"], t["handle"]
        prices = [float(r["price"].replace(",", ".")) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["productVisibility"] == "visible" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert t["image_url"] == rs[0]["image"]
        if images:
            fn = t["image_url"][len(PREFIX):].split("?")[0]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"]
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="cp1250", newline="") as f:
        w = csv.DictWriter(f, HEADER, delimiter=";", lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
