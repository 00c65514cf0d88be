"""Yerevan shop: «Արարատ Ոսկի» ոսկերչական սրահ, Աբովյան փողոց, Երևան (InSales, AMD, Armenian and Russian).

Its export is what the owner downloads from InSales' admin, Товары > Экспорт, CSV (UTF-8, ";"
between fields): one row per variant, the product's own columns repeated on each of its
variant rows, the column names as InSales' Russian interface writes them ("ID товара",
"Название товара или услуги", "Полное описание", "Видимость на витрине", "Размещение на сайте",
"Изображения", "Свойство: Проба", "Параметр: Размер", "ID варианта", "Артикул", "Цена продажи",
"Старая цена", "Остаток", "Вес").  Hidden products say "скрыт" in "Видимость на витрине";
"Изображения" holds the photo URLs on InSales' CDN separated by spaces, empty when the product
has no photo.  Photos are named by the URL's file name.  See data/heldout/evn_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import os
import random

from thirtieth_common import HY, Variant, amd, evidence, photo_spec, truth_record, wchoice

CURRENCY = "AMD"
EXPORT_NAME = "products_export_2026-12-07.csv"
SITE = "https://ararat-voski.am"
PREFIX = "https://static.insales-cdn.com/images/products/1/"
HEADER = ["ID товара", "Название товара или услуги", "URL", "Краткое описание", "Полное описание",
          "Видимость на витрине", "Размещение на сайте", "Теги", "Изображения", "Свойство: Проба",
          "Параметр: Размер", "ID варианта", "Артикул", "Цена продажи", "Старая цена",
          "Остаток", "Вес"]
SEP = ";"
SHOWN, HIDDEN = "выставлен", "скрыт"

RATE = {"Y14": 38000, "W14": 40000, "R14": 39000, "Y18": 50000, "W18": 52000}   # AMD / g with making, made up
STONE_AMD = {None: 0, "diamond": 190000, "cz": 3000, "pearl": 9000, "ruby": 55000, "sapphire": 60000,
             "emerald": 65000, "amethyst": 12000, "garnet": 10000, "turquoise": 14000, "obsidian": 6000}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (9000, 1100)}
PROBA = {"Y14": "585", "W14": "585", "R14": "585", "Y18": "750", "W18": "750", "S925": "925"}
HY_METAL = {"Y14": ["դեղին ոսկի 585", "ոսկյա 14K", "դեղին ոսկուց"], "W14": ["սպիտակ ոսկի 585", "սպիտակ ոսկուց"],
            "R14": ["կարմիր ոսկի 585", "վարդագույն ոսկուց"], "Y18": ["դեղին ոսկի 750", "ոսկի 18K"],
            "W18": ["սպիտակ ոսկի 750"], "S925": ["արծաթ 925", "արծաթյա"]}
RU_METAL = {"Y14": ["из желтого золота 585"], "W14": ["из белого золота 585"], "R14": ["из красного золота 585"],
            "Y18": ["из желтого золота 750"], "W18": ["из белого золота 750"], "S925": ["из серебра 925"]}
HY_BODY_METAL = {"Y14": ["Պատրաստված է 585 հարգի դեղին ոսկուց (14K):", "Դեղին ոսկի, 585 հարգ, դրոշմված:"],
                 "W14": ["Սպիտակ ոսկի 585, ռոդիումապատ:"], "R14": ["Կարմիր ոսկի 585 հարգի:"],
                 "Y18": ["Դեղին ոսկի 750 հարգի (18K):"], "W18": ["Սպիտակ ոսկի 750 (18K):"],
                 "S925": ["Արծաթ 925 հարգի, ռոդիումապատ:", "Արծաթ 925, դրոշմված:"]}
RU_BODY_METAL = {"Y14": ["Желтое золото 585 пробы."], "W14": ["Белое золото 585 пробы, родирование."],
                 "R14": ["Красное золото 585 пробы."], "Y18": ["Желтое золото 750 пробы."],
                 "W18": ["Белое золото 750 пробы."], "S925": ["Серебро 925 пробы."]}
HY_WITH = {"diamond": ["ադամանդով", "բրիլիանտով"], "cz": ["ցիրկոններով"], "garnet": ["նռնաքարով"],
           "pearl": ["մարգարիտով"], "sapphire": ["շափյուղայով"], "ruby": ["ռուբինով"], "emerald": ["զմրուխտով"],
           "amethyst": ["ամեթիստով"], "turquoise": ["փիրուզով"], "obsidian": ["օբսիդիանով"]}
RU_WITH = {"diamond": ["с бриллиантом"], "cz": ["с фианитами"], "garnet": ["с гранатом"], "pearl": ["с жемчугом"],
           "sapphire": ["с сапфиром"], "ruby": ["с рубином"], "emerald": ["с изумрудом"], "amethyst": ["с аметистом"],
           "turquoise": ["с бирюзой"], "obsidian": ["с обсидианом"]}
HY_BODY_STONE = {"diamond": ["Բրիլիանտ, մաքրություն SI, գույն H:"], "cz": ["Թափանցիկ ցիրկոններ:"],
                 "garnet": ["Մուգ կարմիր հայկական նռնաքար:"], "pearl": ["Սպիտակ մարգարիտ 7 մմ:"],
                 "sapphire": ["Բնական կապույտ շափյուղա:"], "ruby": ["Բնական կարմիր ռուբին:"],
                 "emerald": ["Բնական կանաչ զմրուխտ:"], "amethyst": ["Մանուշակագույն ամեթիստ:"],
                 "turquoise": ["Երկնագույն հայկական փիրուզ:"], "obsidian": ["Սև հայկական օբսիդիան:"]}
RU_BODY_STONE = {"diamond": ["Бриллиант, чистота SI."], "cz": ["Белые фианиты."], "garnet": ["Темно-красный гранат."],
                 "pearl": ["Белый жемчуг 7 мм."], "sapphire": ["Синий сапфир."], "ruby": ["Красный рубин."],
                 "emerald": ["Зеленый изумруд."], "amethyst": ["Фиолетовый аметист."], "turquoise": ["Голубая бирюза."],
                 "obsidian": ["Черный армянский обсидиан."]}
HY_NOUN = {"ring": ["Մատանի", "Կանացի մատանի", "Տղամարդու մատանի"], "engagement ring": ["Նշանադրության մատանի"],
           "wedding band": ["Ամուսնական մատանի", "Հարսանեկան մատանի"], "earrings": ["Ականջօղեր", "Կախովի ականջօղեր", "Օղակաձև ականջօղեր"],
           "pendant": ["Կախազարդ", "Խաչ կախազարդ", "Մեդալիոն"], "chain": ["Շղթա"], "necklace": ["Վզնոց", "Մանյակ"],
           "bracelet": ["Ապարանջան"]}
RU_NOUN = {"ring": ["Кольцо"], "engagement ring": ["Помолвочное кольцо"], "wedding band": ["Обручальное кольцо"],
           "earrings": ["Серьги", "Серьги-кольца", "Серьги подвесные"], "pendant": ["Кулон", "Подвеска"], "chain": ["Цепочка"],
           "necklace": ["Колье"], "bracelet": ["Браслет"]}
CATEGORY = {"ring": "Մատանիներ", "engagement ring": "Նշանադրության մատանիներ", "wedding band": "Ամուսնական մատանիներ",
            "earrings": "Ականջօղեր", "pendant": "Կախազարդեր", "chain": "Շղթաներ", "necklace": "Վզնոցներ", "bracelet": "Ապարանջաններ"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
HY_DESIGN = ["", "", "", "«Նուռ»", "«Հավերժության նշան»", "«Արարատ»", "«Ծիրանի ծաղիկ»", "«Սիրտ»", "«Աստղ»"]
RU_DESIGN = ["", "", "«Арарат»", "«Сердце»", "«Звезда»"]
DESIGNS = [
    ("ring", 13, [("Y14", 4), ("W14", 2), ("R14", 2), ("S925", 5), ("Y18", 1)],
     [("cz", 3), ("garnet", 2), ("turquoise", 2), ("obsidian", 1), ("ruby", 1), ("emerald", 1), ("amethyst", 1), (None, 2)], (2.0, 5.5), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("cz", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 2), ("R14", 3), ("W14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 6), ("Y14", 5), ("R14", 3), ("W14", 2)],
     [(None, 3), ("cz", 4), ("pearl", 2), ("garnet", 2), ("turquoise", 2), ("obsidian", 1), ("diamond", 1)], (1.0, 4.0), None),
    ("pendant", 15, [("S925", 6), ("Y14", 5), ("R14", 2), ("W14", 2)],
     [(None, 5), ("cz", 2), ("garnet", 2), ("obsidian", 2), ("turquoise", 2), ("diamond", 1), ("amethyst", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y14", 3), ("S925", 3), ("R14", 1)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, [("S925", 3), ("Y14", 3)], [("pearl", 2), ("garnet", 2), ("obsidian", 1), (None, 1)], (4.0, 12.0), None),
    ("bracelet", 10, [("S925", 5), ("Y14", 4), ("R14", 1)], [(None, 3), ("obsidian", 3), ("garnet", 1), ("turquoise", 2), ("cz", 1)], (3.0, 10.0), None),
]
SIZES = ["16", "16.5", "17", "17.5", "18", "18.5", "19"]
LENS = ["45 սմ", "50 սմ", "55 սմ"]


def r_amd(x):
    """Prices in whole thousands of dram, as Yerevan shops price."""
    return float(max(1, int(round(x / 1000.0))) * 1000)


def price_of(code, stone, grams, carat=None):
    st = STONE_AMD[stone]
    if stone == "diamond" and carat:
        st = STONE_AMD["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_amd(grams * RATE[code] + 8000 + st)
    base, per_g = SILVER[code]
    return r_amd(base + per_g * grams + st * 0.6)


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


def texts(p, rng, russian):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    noun = rng.choice((RU_NOUN if russian else HY_NOUN)[cat])
    p["noun"] = noun
    parts = []
    if russian:
        parts.append(noun)
        d = rng.choice(RU_DESIGN)
        if d:
            parts.append(d)
        if stone and rng.random() < 0.7:
            parts.append(rng.choice(RU_WITH[stone]))
        if rng.random() < 0.6:
            parts.append(rng.choice(RU_METAL[code]))
    else:
        if rng.random() < 0.6:
            parts.append(rng.choice(HY_METAL[code]))
        if stone and rng.random() < 0.7:
            parts.append(rng.choice(HY_WITH[stone]))
        parts.append(noun.lower() if parts else noun)
        d = rng.choice(HY_DESIGN)
        if d:
            parts.append(d)
    name = " ".join(parts)
    name = name[0].upper() + name[1:]
    body = []
    if rng.random() < 0.85:
        body.append(rng.choice((RU_BODY_METAL if russian else HY_BODY_METAL)[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice((RU_BODY_STONE if russian else HY_BODY_STONE)[stone]))
    elif stone is None and rng.random() < 0.3:
        body.append("Без камней, гладкая поверхность." if russian else "Առանց քարերի, դասական մոդել:")
    if p.get("carat"):
        body.append(f"Բրիլիանտ {p['carat']} ct, IGI հավաստագիր:")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Վաճառվում է շղթայով:" if chain else "Շղթան վաճառվում է առանձին:")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Գինը մեկ մատանու համար է: Փորագրությունը՝ անվճար:")
    return name, body


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (4, 39, 71) and code in SILVER:
        body.append("Փաթեթավորված է ոսկեգույն նվերի տուփում:")
        traps.append("ոսկեգույն նվերի տուփում")
    if i in (14, 58) and code in SILVER:
        body.append("Ձեռքի աշխատանք՝ մեր ոսկերիչ վարպետի կողմից:")
        traps.append("ոսկերիչ")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 0:
        body.append("Гладкие звенья без вставок.")


def variants_of(p, prng, ref):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals = []
    if axis == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 4)]
    elif axis == "len" and prng.random() < 0.6:
        vals = LENS[:prng.randint(2, 3)]
    if not vals:
        return [Variant([], code, stone, price_of(code, stone, p["grams"], p.get("carat")), None, p["grams"], ref)], vals
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + (0.03 if axis == "size" else 0.1) * j)
        vs.append(Variant([s], code, stone, price_of(code, stone, g, p.get("carat")), None, g, f"{ref}-{j + 1}"))
    return vs, vals


def build(out, images=True):
    rng = random.Random(3031)
    outdir = os.path.join(out, "evn_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {11, 47, 80}
    hidden_at = {19, 36, 62, 75}
    russian_at = {i for i in range(len(prods)) if i % 5 == 2}
    names = set()
    vid = 400100000
    for i, p in enumerate(prods):
        prng = random.Random(303100 + i)
        russian = i in russian_at
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        name, body = texts(p, rng, russian)
        while name in names:
            name, body = texts(p, rng, russian)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        shown = i not in hidden_at
        p.update(status="shown" if shown else "hidden", live=shown, in_stock=True)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        pid = 301200000 + i * 37 + prng.randint(0, 30)
        ref = f"AV-{1000 + i * 3}"
        vs, vals = variants_of(p, prng, ref)
        if prng.random() < 0.45:
            lead = ("от " if russian else "սկսած ") if len({v.price for v in vs}) > 1 else ("Цена: " if russian else "Գինը՝ ")
            body.append(lead + amd(min(v.price for v in vs), prng.randint(0, 5)))
        p["handle"], p["title"] = str(pid), name
        p["shop_category"] = CATEGORY[cat]
        place = "Կատալոգ/" + CATEGORY[cat] + (" ## Կատալոգ/Նորույթներ" if prng.random() < 0.15 else "")
        body_html = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        fn = f"{ref.lower()}.jpg"
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "hoop" if "Օղակաձև" in p["noun"] or "кольца" in p["noun"] else ("drop" if "Կախովի" in p["noun"] or "подвес" in p["noun"] else "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        url = "" if broken else f"{PREFIX}{pid % 1000}/{pid}/{fn}"
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3031000 + i))
        proba = PROBA[code] if prng.random() < 0.6 else ""
        tags = "նվեր" if prng.random() < 0.3 else ""
        for v in vs:
            vid += 1
            r = dict.fromkeys(HEADER, "")
            r.update({"ID товара": str(pid), "Название товара или услуги": name, "URL": f"{SITE}/product/{ref.lower()}",
                      "Полное описание": body_html, "Видимость на витрине": SHOWN if shown else HIDDEN,
                      "Размещение на сайте": place, "Теги": tags, "Изображения": url, "Свойство: Проба": proba,
                      "Параметр: Размер": v.opts[0] if vals else "", "ID варианта": str(vid), "Артикул": v.sku,
                      "Цена продажи": f"{v.price:.0f}", "Остаток": str(prng.randint(0, 3)),
                      "Вес": f"{v.grams / 1000:.4f}".rstrip("0")})
            rows.append(r)
        fields = {"title": name, "body": body_html + " " + proba, "type": place}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["Размер"] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         url or None, broken, spec, [], "regular_price")
        t["sku"] = ref
        t["script"] = "cyrillic" if russian else "armenian"
        ev, probs = evidence(HY, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"evn {pid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=SEP))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["ID товара"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Название товара или услуги"] == t["title"] and len(rs) == t["variants"], t["handle"]
        prices = [float(r["Цена продажи"]) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (rs[0]["Видимость на витрине"] == SHOWN and min(prices) > 0) == t["live"], t["handle"]
        assert (rs[0]["Изображения"] == "") == t["image_broken"], t["handle"]
        if images and rs[0]["Изображения"]:
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", rs[0]["Изображения"].rsplit("/", 1)[1]))
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, delimiter=SEP, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
