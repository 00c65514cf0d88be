"""Ljubljana shop: Zlatarna «Tromostovje», Ljubljana (Jumpseller, EUR, Slovenian).

Its export is Jumpseller's product CSV (Products > Export), in the column order of
jumpseller.com/support/import/ and its sample template: Permalink, Name, Description (HTML),
Meta Title, Meta Description, Width, Length, Height, Brand, Categories (names, comma-separated),
Images (several URLs comma-separated in one cell), Digital, Featured, Status (available /
not-available / disabled), SKU, Weight, Stock, Stock Unlimited, Price, Variant 1 Option Name,
Variant 1 Option Type, Variant 1 Option Value.  A product with ring sizes has its product row
(carrying the first size) followed by one row per further size that repeats the Permalink and
fills only SKU, Weight, Stock, Stock Unlimited, Price and the variant columns.  "," between
fields, '"' where needed, UTF-8.  See data/heldout/lju_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import os
import random
import re

from thirtyfirst_common import SL, Variant, deaccent_sl, eur_sl, evidence, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "products-export-2026-12-07.csv"
PREFIX = "https://cdnx.jumpseller.com/zlatarna-tromostovje/image/"
HEADER = ["Permalink", "Name", "Description", "Meta Title", "Meta Description", "Width", "Length", "Height",
          "Brand", "Categories", "Images", "Digital", "Featured", "Status", "SKU", "Weight", "Stock",
          "Stock Unlimited", "Price", "Variant 1 Option Name", "Variant 1 Option Type", "Variant 1 Option Value"]

RATE = {"Y14": 80, "W14": 84, "R14": 82, "Y18": 108, "W18": 112}     # EUR / g with making, made up
STONE_EUR = {None: 0, "diamond": 450, "cz": 8, "pearl": 20, "ruby": 130, "sapphire": 140, "emerald": 150,
             "garnet": 24, "amber": 18, "amethyst": 26, "topaz": 30}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (22, 2.4)}
METAL_NAME = {"Y14": ["rumeno zlato 14 k", "iz rumenega zlata", "zlato 585"], "W14": ["belo zlato 14 k", "iz belega zlata"],
              "R14": ["rdeče zlato 14 k", "iz rdečega zlata"], "Y18": ["rumeno zlato 18 k", "zlato 750"],
              "W18": ["belo zlato 18 k", "iz belega zlata 750"], "S925": ["srebro 925", "iz srebra"]}
BODY_METAL = {"Y14": ["Izdelano iz 14-karatnega rumenega zlata (585).", "Rumeno zlato, čistina 585, žigosano."],
              "W14": ["Belo zlato 14 k (585), rodinirano."], "R14": ["Rdeče zlato 14 k, čistina 585."],
              "Y18": ["Rumeno zlato 18 k (750)."], "W18": ["Belo zlato 18 k (750), rodinirano."],
              "S925": ["Srebro 925, rodinirano.", "Sterling srebro 925, žigosano."]}
STONE_WITH = {"diamond": ["z diamantom", "z briljantom"], "cz": ["s cirkoni", "s cirkonom"], "garnet": ["z granatom"],
              "pearl": ["z biserom", "s sladkovodnim biserom"], "sapphire": ["s safirjem"], "ruby": ["z rubinom"],
              "emerald": ["s smaragdom"], "amber": ["z jantarjem"], "amethyst": ["z ametistom"], "topaz": ["s topazom"]}
BODY_STONE = {"diamond": ["Briljant, čistost SI, barva H."], "cz": ["Okrašeno z belimi cirkoni.", "Prozorni cirkoni."],
              "garnet": ["Temno rdeč granat."], "pearl": ["Bel sladkovodni biser 7 mm."], "sapphire": ["Naravni moder safir."],
              "ruby": ["Naravni rdeč rubin."], "emerald": ["Naravni zelen smaragd."], "amber": ["Baltski jantar, medeno rumen."],
              "amethyst": ["Vijoličen ametist."], "topaz": ["Moder topaz (Swiss blue)."]}
NOUN = {"ring": ["Prstan", "Ženski prstan", "Moški pečatnik"], "engagement ring": ["Zaročni prstan", "Zaročni prstan solitair"],
        "wedding band": ["Poročni prstan"], "earrings": ["Uhani", "Uhani na vijak", "Uhani kolesa", "Viseči uhani"],
        "pendant": ["Obesek", "Medaljon", "Križec"], "chain": ["Verižica", "Verižica Benečanka"],
        "necklace": ["Ogrlica", "Kolje"], "bracelet": ["Zapestnica"]}
CATEGORY = {"ring": "Prstani", "engagement ring": "Zaročni prstani", "wedding band": "Poročni prstani", "earrings": "Uhani",
            "pendant": "Obeski", "chain": "Verižice", "necklace": "Ogrlice", "bracelet": "Zapestnice"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Triglav", "Lectovo srce", "Idrijska čipka", "Planika", "Nagelj", "Zmaj", "Bled", "Kapljica"]
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 3), ("R14", 1), ("S925", 5), ("Y18", 1)],
     [("cz", 4), ("garnet", 3), ("amber", 1), ("sapphire", 1), ("ruby", 1), ("amethyst", 1), ("topaz", 1), (None, 2)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("cz", 1)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("W14", 2), ("R14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 17, [("S925", 7), ("Y14", 6), ("W14", 3), ("R14", 1)],
     [(None, 4), ("cz", 4), ("pearl", 3), ("garnet", 2), ("amber", 2), ("diamond", 1), ("topaz", 1)], (1.0, 4.0), None),
    ("pendant", 14, [("S925", 7), ("Y14", 5), ("W14", 2)],
     [(None, 5), ("cz", 2), ("garnet", 2), ("amber", 2), ("pearl", 1), ("diamond", 1), ("amethyst", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y14", 3), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 7, [("S925", 4), ("Y14", 3)], [("pearl", 2), ("amber", 2), ("garnet", 1), ("cz", 1), (None, 1)], (4.0, 12.0), None),
    ("bracelet", 10, [("S925", 5), ("Y14", 4), ("W14", 1)], [(None, 4), ("cz", 2), ("amber", 2), ("garnet", 1), ("pearl", 1)], (3.0, 10.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]


def r_eur(x):
    """Prices end in 9 euro (349.00)."""
    return float(max(1, int(round(x / 10.0))) * 10 - 1)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 20 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + st * 0.6)


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


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(DESIGN)
    if design:
        parts.append(f"»{design}«")
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
        body.append(rng.choice(["Gladka polirana površina.", "Brez kamnov, klasičen model."]))
    if p.get("carat"):
        body.append(rng.choice([f"Skupna teža diamantov {p['carat']} ct.", f"Briljant {p['carat']} ct, certifikat IGI."]))
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Prodaja se skupaj z verižico." if chain else "Verižica ni vključena.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Cena velja za en prstan. Gravura brezplačno.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Cena velja za par (dva uhana).")
    return name, body


def look_alikes(i, p, body, traps):
    code = p["code"]
    if i in (4, 39, 71) and code in SILVER:
        body.append("Zapakirano v darilno škatlico zlate barve.")
        traps.append("zlate barve")
    if i in (11, 56) and code in GOLDS:
        body.append("Lepo darilo za srebrno poroko.")
        traps.append("srebrno poroko")
    if i in (19, 62) and code in SILVER:
        body.append("Motiv po pripovedki o Zlatorogu izpod Triglava.")
        traps.append("Zlatorog")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.7:
        a = prng.randint(0, 2)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 3 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s}"))
    return vs, vals


def slug(s):
    s = deaccent_sl(s.lower()).replace("»", "").replace("«", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def build(out, images=True):
    rng = random.Random(3131)
    outdir = os.path.join(out, "lju_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {7, 42, 80}
    status_at = {14: "disabled", 36: "not-available", 58: "disabled", 75: "not-available"}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(313100 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        status = status_at.get(i, "available")
        p.update(status=status, live=status == "available", in_stock=status == "available")
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        sku = f"TR-{310 + i * 4 + prng.randint(0, 3)}"
        vs, vals = variants_of(p, prng, sku)
        if prng.random() < 0.45:
            lead = "Cena od " if len({v.price for v in vs}) > 1 else prng.choice(["Cena: ", "Samo ", "Akcija: "])
            body.append(lead + eur_sl(min(v.price for v in vs), prng.randint(0, 4)))
        if prng.random() < 0.25:
            body.append("Brezplačna dostava po Sloveniji nad 50 €.")
        permalink = slug(name)
        p["handle"], p["title"] = permalink, name
        cats = CATEGORY[cat] + (",Novo" if prng.random() < 0.15 else "") + (",Darila" if prng.random() < 0.1 else "")
        p["shop_category"] = cats
        desc = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Uhani kolesa": "hoop", "Viseči uhani": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        fn = f"{7310000 + i * 13}/{permalink}.jpg"
        local = fn.replace("/", "-")
        images_cell, extra = "", []
        if not broken:
            jobs.append((os.path.join(outdir, "images", local), spec, 3131000 + i))
            images_cell = PREFIX + fn
            if prng.random() < 0.2:
                efn = f"{7310000 + i * 13 + 1}/{permalink}-2.jpg"
                jobs.append((os.path.join(outdir, "images", efn.replace("/", "-")), spec, 3136000 + i))
                extra.append("images/" + efn.replace("/", "-"))
                images_cell += "," + PREFIX + efn
        tags_meta = f"{name} | Zlatarna Tromostovje"
        for j, v in enumerate(vs):
            if j == 0:
                r = [permalink, name, desc, tags_meta, "", "", "", "", "Tromostovje", cats, images_cell, "NO",
                     "YES" if prng.random() < 0.1 else "NO", status]
            else:
                r = [permalink] + [""] * 13
            r += [v.sku, f"{v.grams / 1000.0:.3f}", str(prng.randint(0, 5) if status == "available" else 0), "NO",
                  f"{v.price:.2f}"]
            r += ["Velikost", "option", vals[j]] if vals else ["", "", ""]
            rows.append(dict(zip(HEADER, r)))
        fields = {"title": name, "body": desc, "type": cats, "tags": ""}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["Velikost"] if vals else [], CURRENCY, None if broken else "images/" + local,
                         None if broken else PREFIX + fn, broken, spec, extra, "regular_price")
        t["sku"] = sku
        ev, probs = evidence(SL, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"lju {permalink} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def read_export(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["Permalink"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Name"] == t["title"] and all(r["Name"] == "" for r in rs[1:]), t["handle"]
        prices = [float(r["Price"]) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (rs[0]["Status"] == "available") == t["live"], t["handle"]
        assert (rs[0]["Images"] == "") == t["image_broken"], t["handle"]
        if images and rs[0]["Images"]:
            for u in rs[0]["Images"].split(","):
                assert os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(PREFIX):].replace("/", "-"))), u
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
