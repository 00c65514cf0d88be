"""Sofia shop: Бижутерия "Витоша", бул. Витоша, София (OpenCart 3, CSV Price Pro import/export, EUR).

Its export is what the owner downloads from the "CSV Price Pro import/export" extension's
Export tab (admin/model/tool/csvprice_pro.php): one row per product, the extension's field
captions (_ID_, _NAME_, _MODEL_, ...), ";" between fields and '"' around them, prices as
OpenCart stores them ("349.0000"), the category path joined by the "|" category delimiter
(several categories on separate lines inside the cell), options one per line as
"Option|Value|quantity|+|price|+|points|+|weight|required", attributes one per line as
"Group|Attribute|Value", _STATUS_ 1 or 0, _DESCRIPTION_ as the stored HTML and _IMAGE_ as the
OpenCart path under image/ ("catalog/products/...jpg"), empty when the product has no photo.
Photos are named by that path's file name.  See data/heldout/sof_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import os
import random

from thirtieth_common import BG, Variant, bg_latin, eur, evidence, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "csvprice_pro_export_2026-12-07.csv"
SITE = "https://www.bijuta-vitosha.bg"
PREFIX = SITE + "/image/"
HEADER = ["_ID_", "_NAME_", "_MODEL_", "_SKU_", "_PRICE_", "_QUANTITY_", "_STATUS_", "_CATEGORY_",
          "_MANUFACTURER_", "_IMAGE_", "_OPTIONS_", "_ATTRIBUTES_", "_PRODUCT_TAG_", "_WEIGHT_",
          "_DESCRIPTION_"]
SEP = ";"

RATE = {"Y14": 78, "W14": 82, "R14": 80, "Y18": 104, "W18": 108}     # EUR / g with making, made up
STONE_EUR = {None: 0, "diamond": 420, "cz": 8, "pearl": 18, "ruby": 120, "sapphire": 130,
             "emerald": 140, "amethyst": 25, "garnet": 22, "topaz": 28}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (19, 2.2)}
METAL_NAME = {"Y14": ["жълто злато 14К", "злато 585", "от жълто злато"], "W14": ["бяло злато 14К", "от бяло злато"],
              "R14": ["розово злато 14К", "от розово злато"], "Y18": ["жълто злато 18К", "злато 750"],
              "W18": ["бяло злато 18К", "от бяло злато 750"], "S925": ["сребро 925", "от сребро"]}
BODY_METAL = {"Y14": ["Изработено от жълто злато 14 карата (проба 585).", "Жълто злато, проба 585, с печат."],
              "W14": ["Бяло злато 14К (585), родирано."], "R14": ["Розово злато 14К, проба 585."],
              "Y18": ["Жълто злато 18 карата (проба 750)."], "W18": ["Бяло злато 18К (750), родирано."],
              "S925": ["Сребро 925, родирано.", "Стерлингово сребро проба 925, с печат."]}
STONE_WITH = {"diamond": ["с диамант", "с брилянт"], "cz": ["с циркони", "с цирконий"], "garnet": ["с гранат"],
              "pearl": ["с перла", "със сладководна перла"], "sapphire": ["със син сапфир", "със сапфир"],
              "ruby": ["с рубин"], "emerald": ["с изумруд"], "amethyst": ["с аметист"], "topaz": ["със син топаз"]}
BODY_STONE = {"diamond": ["Брилянт, чистота SI, цвят H.", "Инкрустирано с диаманти, брилянтен шлиф."],
              "cz": ["Украсено с бели циркони.", "Прозрачни циркони."], "garnet": ["Тъмночервен гранат."],
              "pearl": ["Бяла сладководна перла 7 мм."], "sapphire": ["Естествен син сапфир."], "ruby": ["Естествен червен рубин."],
              "emerald": ["Естествен зелен изумруд."], "amethyst": ["Лилав аметист."], "topaz": ["Син топаз (Swiss blue)."]}
NOUN = {"ring": ["Пръстен", "Дамски пръстен", "Мъжки пръстен печат"], "engagement ring": ["Годежен пръстен", "Годежен пръстен солитер"],
        "wedding band": ["Брачна халка", "Халка"], "earrings": ["Обеци", "Обеци на винт", "Обеци халки", "Висящи обеци"],
        "pendant": ["Медальон", "Висулка", "Кръстче"], "chain": ["Синджир", "Верижка", "Синджир Венециана"],
        "necklace": ["Колие", "Огърлица"], "bracelet": ["Гривна", "Гривна Панцер"]}
CATEGORY = {"ring": "Пръстени", "engagement ring": "Годежни пръстени", "wedding band": "Брачни халки", "earrings": "Обеци",
            "pendant": "Медальони", "chain": "Синджири", "necklace": "Колиета", "bracelet": "Гривни"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 3), ("R14", 1), ("S925", 5), ("Y18", 1)],
     [("cz", 4), ("garnet", 2), ("sapphire", 1), ("ruby", 1), ("emerald", 1), ("amethyst", 2), ("topaz", 1), (None, 2)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W14", 4), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("cz", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("W14", 2), ("R14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 17, [("S925", 7), ("Y14", 6), ("W14", 3)],
     [(None, 4), ("cz", 5), ("pearl", 3), ("garnet", 1), ("amethyst", 1), ("diamond", 1), ("topaz", 1)], (1.0, 4.0), None),
    ("pendant", 14, [("S925", 6), ("Y14", 6), ("W14", 2)],
     [(None, 5), ("cz", 3), ("pearl", 1), ("topaz", 1), ("amethyst", 1), ("diamond", 1), ("garnet", 1)], (0.8, 4.0), None),
    ("chain", 8, [("Y14", 4), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, [("S925", 3), ("Y14", 3)], [("pearl", 2), ("cz", 2), (None, 1), ("garnet", 1)], (4.0, 12.0), None),
    ("bracelet", 9, [("S925", 4), ("Y14", 4), ("W14", 1)], [(None, 4), ("cz", 3), ("pearl", 1), ("garnet", 1)], (3.0, 10.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60"]
LENS = ["45 см", "50 см", "55 см"]
OPTION = {"size": "Размер", "len": "Дължина"}
DESIGN_NAMES = ["", "", "", "Витоша", "Роза", "Сърце", "Капка", "Звезда", "Мартеница", "Шевица", "Лъв"]


def r_eur(x):
    """Prices end in 9 euro (349.00), as Sofia shops priced after the changeover."""
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


def name_of(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(DESIGN_NAMES)
    if design:
        parts.append(f"„{design}“")
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    if rng.random() < 0.6:
        ms = rng.choice(METAL_NAME[code])
        name += (" " + ms) if ms.startswith("от ") else f", {ms}"
    return name


def texts(p, rng):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    name = name_of(p, rng)
    body = []
    if rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Гладка полирана повърхност.", "Без камъни, класически модел."]))
    if p.get("carat"):
        body.append(rng.choice([f"Общо тегло на диамантите {p['carat']} ct.", f"Брилянт {p['carat']} ct, сертификат IGI."]))
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Продава се със синджир." if chain else "Синджирът се купува отделно.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Цената е за една халка. Гравиране безплатно, изработка 10 дни.")
    return name, body


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (5, 38, 70) and code in SILVER:
        body.append("Опаковано в златиста подаръчна кутия.")
        traps.append("златиста подаръчна кутия")
    if i in (12, 57) and code in GOLDS:
        body.append("Идеален подарък за сребърна сватба.")
        traps.append("сребърна сватба")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 1:
        body.append("Брънки с диамантена обработка за повече блясък.")
        traps.append("диамантена обработка")
    if i in (20, 63) and code in SILVER:
        body.append("Изработено в ателието на златар от Самоков.")


def variants_of(p, prng, ref):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals = []
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(0, 2)
        vals = SIZES[a:a + prng.randint(3, 4)]
    elif axis == "len" and prng.random() < 0.6:
        vals = LENS[:prng.randint(2, 3)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals, base, []
    vs, adds = [], []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + (0.03 if axis == "size" else 0.1) * j)
        add = 0.0 if j == 0 else round(price_of(code, stone, g, p.get("carat")) - base, 0)
        adds.append(add)
        vs.append(Variant([s], code, stone, base + add, None, g, f"{ref}-{s.split()[0]}"))
    return vs, vals, base, adds


def option_cell(axis, vals, adds):
    return "\n".join(f"{OPTION[axis]}|{v}|1|+|{a:.4f}|+|0|+|0.00000000|1" for v, a in zip(vals, adds))


def build(out, images=True):
    rng = random.Random(3030)
    outdir = os.path.join(out, "sof_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {9, 44, 77}
    disabled_at = {17, 33, 61, 72}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(303000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        enabled = i not in disabled_at
        p.update(status="enabled" if enabled else "disabled", live=enabled, in_stock=True)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        pid = 50 + i * 2 + prng.randint(0, 1)
        model = f"BV-{pid:04d}"
        vs, vals, base, adds = variants_of(p, prng, model)
        if prng.random() < 0.45:
            lead = "Цена от " if len({v.price for v in vs}) > 1 else prng.choice(["Цена: ", "Само ", "Промо: "])
            body.append(lead + eur(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Безплатна доставка до офис на Еконт над 50 €.")
        p["handle"], p["title"] = str(pid), name
        p["shop_category"] = CATEGORY[cat]
        cats = "Бижута|" + CATEGORY[cat] + ("\nНовини" if prng.random() < 0.15 else "")
        body_html = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        fn = f"{model.lower()}-{bg_latin(CATEGORY[cat]).lower()}.jpg"
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Обеци халки": "hoop", "Висящи обеци": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        path = "" if broken else f"catalog/products/{fn}"
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3030000 + i))
        attrs = []
        if prng.random() < 0.5:
            attrs.append(f"Характеристики|Проба|{'925' if code in SILVER else ('750' if code.endswith('18') else '585')}")
        tag_words = [bg_latin(name.split(',')[0].replace('„', '').replace('“', '')).lower()]
        if prng.random() < 0.5:
            tag_words.append(bg_latin(CATEGORY[cat]).lower())
        tags = ", ".join(tag_words)
        r = dict.fromkeys(HEADER, "")
        r.update({"_ID_": str(pid), "_NAME_": name, "_MODEL_": model, "_SKU_": model,
                  "_PRICE_": f"{base:.4f}", "_QUANTITY_": str(prng.randint(1, 6)), "_STATUS_": "1" if enabled else "0",
                  "_CATEGORY_": cats, "_MANUFACTURER_": "Бижутерия Витоша", "_IMAGE_": path,
                  "_OPTIONS_": option_cell(p["axis"], vals, adds) if vals else "",
                  "_ATTRIBUTES_": "\n".join(attrs), "_PRODUCT_TAG_": tags,
                  "_WEIGHT_": f"{p['grams']:.8f}", "_DESCRIPTION_": body_html})
        rows.append(r)
        fields = {"title": name, "body": body_html + " " + "\n".join(attrs), "type": cats, "tags": tags}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [OPTION[p["axis"]]] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         (PREFIX + path) if path else None, broken, spec, [], "regular_price")
        t["sku"] = model
        ev, probs = evidence(BG, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"sof {pid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def read_export(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=SEP))


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    assert list(rows[0].keys()) == HEADER
    by = {r["_ID_"]: r for r in rows}
    assert len(by) == len(truths) == len(rows), (len(by), len(truths))
    for t in truths:
        r = by[t["handle"]]
        assert r["_NAME_"] == t["title"], t["handle"]
        base = float(r["_PRICE_"])
        adds = [float(line.split("|")[4]) for line in r["_OPTIONS_"].split("\n")] if r["_OPTIONS_"] else [0.0]
        prices = [base + a for a in adds]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (r["_STATUS_"] == "1" and base > 0) == t["live"], t["handle"]
        assert (r["_IMAGE_"] == "") == t["image_broken"], t["handle"]
        if images and r["_IMAGE_"]:
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", os.path.basename(r["_IMAGE_"])))
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, delimiter=SEP, quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
