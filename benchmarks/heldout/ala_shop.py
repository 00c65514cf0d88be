"""Almaty shop: «Жібек Жолы» зергерлік үйі / ювелирный дом «Жибек Жолы», Алматы (Satu.kz, KZT,
Russian and Kazakh).

Its export is what the owner downloads from the Satu.kz cabinet (EVO's engine, the same as
Prom.ua): Товары и услуги > Экспорт > Excel (.xlsx), one sheet "Export Products Sheet", one row
per position, the Russian column names with underscores (Код_товара, Название_позиции,
Поисковые_запросы, Описание, Тип_товара, Цена, Валюта, Единица_измерения, Ссылка_изображения,
Наличие, Количество, Номер_группы, Название_группы, ..., Уникальный_идентификатор,
Идентификатор_товара, Идентификатор_подраздела, ID_группы_разновидностей, Скидка, then repeated
Название_Характеристики / Измерение_Характеристики / Значение_Характеристики).  Ring sizes are
"разновидности": one row per size sharing ID_группы_разновидностей, the size in a characteristic
"Размер кольца".  Наличие "+" in stock, "-" not available, "&" expected.  Ссылка_изображения holds
the photo URLs separated by ", ", empty without a photo.  See data/heldout/ala_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random

from thirtyfirst_common import RK, Variant, evidence, kzt, photo_spec, read_xlsx, truth_record, wchoice, write_xlsx

CURRENCY = "KZT"
EXPORT_NAME = "export-products-07-12-26_09-00-00.xlsx"
SHEET = "Export Products Sheet"
PREFIX = "https://images.satu.kz/"
NCHAR = 3
HEADER = (["Код_товара", "Название_позиции", "Поисковые_запросы", "Описание", "Тип_товара", "Цена", "Валюта",
           "Единица_измерения", "Минимальный_объем_заказа", "Оптовая_цена", "Минимальный_заказ_опт",
           "Ссылка_изображения", "Наличие", "Количество", "Номер_группы", "Название_группы", "Адрес_подраздела",
           "Возможность_поставки", "Срок_поставки", "Способ_упаковки", "Уникальный_идентификатор",
           "Идентификатор_товара", "Идентификатор_подраздела", "Идентификатор_группы", "Производитель",
           "Страна_производитель", "Скидка", "ID_группы_разновидностей", "Личные_заметки", "Продукт_на_сайте",
           "Вес,кг"]
          + [h for _ in range(NCHAR) for h in ("Название_Характеристики", "Измерение_Характеристики", "Значение_Характеристики")])
SUBSECTION = "3400101"   # Satu's rubric id for jewellery, made up

RATE = {"Y14": 46000, "W14": 48000, "R14": 45000, "Y18": 60000, "W18": 62000}   # KZT / g with making, made up
STONE_KZT = {None: 0, "diamond": 260000, "cz": 3000, "pearl": 12000, "ruby": 70000, "sapphire": 75000,
             "emerald": 80000, "garnet": 11000, "turquoise": 15000, "carnelian": 9000, "amethyst": 14000}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (9000, 1300)}
PROBA = {"Y14": "585", "W14": "585", "R14": "585", "Y18": "750", "W18": "750", "S925": "925"}
RU_METAL = {"Y14": ["из желтого золота 585", "золото 585"], "W14": ["из белого золота 585"], "R14": ["из красного золота 585", "красное золото"],
            "Y18": ["из желтого золота 750"], "W18": ["из белого золота 750"], "S925": ["из серебра 925", "серебро 925"]}
KZ_METAL = {"Y14": ["сары алтын 585", "алтын 585"], "W14": ["ақ алтын 585"], "R14": ["қызыл алтын 585"],
            "Y18": ["сары алтын 750"], "W18": ["ақ алтын 750"], "S925": ["күміс 925", "күміс"]}
RU_BODY_METAL = {"Y14": ["Желтое золото 585 пробы.", "Золото 585 пробы, клеймо."], "W14": ["Белое золото 585 пробы, родирование."],
                 "R14": ["Красное золото 585 пробы.", "Золото 585 пробы, красный оттенок (красное золото)."],
                 "Y18": ["Желтое золото 750 пробы."], "W18": ["Белое золото 750 пробы."],
                 "S925": ["Серебро 925 пробы, родирование.", "Серебро 925 пробы с чернением."]}
KZ_BODY_METAL = {"Y14": ["585 сынамалы сары алтын."], "W14": ["585 сынамалы ақ алтын."], "R14": ["585 сынамалы қызыл алтын."],
                 "Y18": ["750 сынамалы сары алтын."], "W18": ["750 сынамалы ақ алтын."], "S925": ["925 сынамалы күміс."]}
RU_WITH = {"diamond": ["с бриллиантом", "с бриллиантами"], "cz": ["с фианитами"], "garnet": ["с гранатом"], "pearl": ["с жемчугом"],
           "sapphire": ["с сапфиром"], "ruby": ["с рубином"], "emerald": ["с изумрудом"], "turquoise": ["с бирюзой"],
           "carnelian": ["с сердоликом", "с карнеолом"], "amethyst": ["с аметистом"]}
KZ_WITH = {"diamond": ["гауһар тасты"], "cz": ["фианитті"], "garnet": ["гранат тасты"], "pearl": ["інжулі"],
           "sapphire": ["сапфирлі"], "ruby": ["рубинді"], "emerald": ["зүмірет тасты"], "turquoise": ["бирюза тасты", "перуза тасты"],
           "carnelian": ["сердолик тасты"], "amethyst": ["аметист тасты"]}
RU_BODY_STONE = {"diamond": ["Бриллиант круглой огранки, чистота SI, цвет H."], "cz": ["Белые фианиты.", "Прозрачные фианиты."],
                 "garnet": ["Темно-красный гранат."], "pearl": ["Белый пресноводный жемчуг 7 мм."], "sapphire": ["Синий сапфир."],
                 "ruby": ["Красный рубин."], "emerald": ["Зеленый изумруд."], "turquoise": ["Голубая бирюза, натуральный камень."],
                 "carnelian": ["Оранжевый сердолик — камень-оберег."], "amethyst": ["Фиолетовый аметист."]}
RU_NOUN = {"ring": ["Кольцо", "Кольцо женское", "Перстень", "Печатка мужская"], "engagement ring": ["Помолвочное кольцо"],
           "wedding band": ["Обручальное кольцо"], "earrings": ["Серьги", "Серьги-кольца", "Серьги подвесные", "Серьги-пусеты"],
           "pendant": ["Кулон", "Подвеска"], "chain": ["Цепочка", "Цепь"], "necklace": ["Колье", "Ожерелье"],
           "bracelet": ["Браслет"]}
KZ_NOUN = {"ring": ["Жүзік", "Сақина"], "engagement ring": [], "wedding band": ["Неке жүзігі"], "earrings": ["Сырға", "Сырғалар"],
           "pendant": ["Тұмар", "Кулон"], "chain": ["Шынжыр"], "necklace": ["Алқа"], "bracelet": ["Білезік"]}
GROUP = {"ring": (1, "Кольца"), "engagement ring": (2, "Помолвочные кольца"), "wedding band": (3, "Обручальные кольца"),
         "earrings": (4, "Серьги"), "pendant": (5, "Кулоны и подвески"), "chain": (6, "Цепочки"), "necklace": (7, "Колье"),
         "bracelet": (8, "Браслеты")}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "«Ою-өрнек»", "«Шаңырақ»", "«Дала»", "«Қошқар мүйіз»", "«Алатау»", "«Жұлдыз»", "«Тюльпан»"]
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("R14", 3), ("W14", 1), ("S925", 5), ("Y18", 1)],
     [("cz", 3), ("turquoise", 3), ("carnelian", 2), ("garnet", 1), ("ruby", 1), ("emerald", 1), ("amethyst", 1), (None, 2)], (2.0, 6.0), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 1), ("R14", 1), ("W18", 2)], [("diamond", 5), ("cz", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("R14", 3), ("Y14", 2), ("W14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 18, [("S925", 7), ("Y14", 4), ("R14", 4), ("W14", 2)],
     [(None, 4), ("cz", 4), ("pearl", 3), ("turquoise", 3), ("carnelian", 2), ("garnet", 1), ("diamond", 1)], (1.5, 6.0), None),
    ("pendant", 13, [("S925", 6), ("Y14", 4), ("R14", 2), ("W14", 1)],
     [(None, 4), ("cz", 2), ("turquoise", 2), ("carnelian", 2), ("pearl", 1), ("diamond", 1), ("garnet", 1)], (1.0, 5.0), None),
    ("chain", 7, [("Y14", 3), ("R14", 1), ("S925", 3)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 8, [("S925", 4), ("Y14", 3), ("R14", 1)], [("pearl", 2), ("turquoise", 2), ("carnelian", 1), ("cz", 1), (None, 1), ("garnet", 1)], (5.0, 20.0), None),
    ("bracelet", 11, [("S925", 6), ("Y14", 3), ("R14", 2)], [(None, 4), ("turquoise", 3), ("carnelian", 2), ("cz", 1), ("pearl", 1)], (4.0, 20.0), None),
]
SIZES = ["16", "16.5", "17", "17.5", "18", "18.5", "19", "20"]


def r_kzt(x):
    """Prices end in 900 tenge (189 900), as Almaty shops write them."""
    return float(max(1, int(round(x / 1000.0))) * 1000 - 100)


def price_of(code, stone, grams, carat=None):
    st = STONE_KZT[stone]
    if stone == "diamond" and carat:
        st = STONE_KZT["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_kzt(grams * RATE[code] + 8000 + st)
    base, per_g = SILVER[code]
    return r_kzt(base + per_g * grams + st * 0.6)


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


def name_of(p, rng, lang):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    kz_nouns = KZ_NOUN[cat]
    if lang == "kz" and not kz_nouns:
        lang = "ru"
    p["lang"] = lang
    design = rng.choice(DESIGN)
    if lang == "kz":
        noun = rng.choice(kz_nouns)
        parts = []
        if stone and rng.random() < 0.7:
            parts.append(rng.choice(KZ_WITH[stone]))
        parts.append(noun.lower() if parts else noun)
        name = " ".join(parts)
        name = name[0].upper() + name[1:]
        if design:
            name += f" {design}"
        if rng.random() < 0.6:
            name += ", " + rng.choice(KZ_METAL[code])
        return name, noun
    noun = rng.choice(RU_NOUN[cat])
    parts = [noun]
    if design:
        parts.append(design)
    if rng.random() < 0.6:
        parts.append(rng.choice(RU_METAL[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(RU_WITH[stone]))
    name = " ".join(parts)
    if lang == "both" and kz_nouns:
        name = f"{rng.choice(kz_nouns)} / {name}"
    return name, noun


def texts(p, rng):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    lang = wchoice(rng, [("ru", 6), ("kz", 2), ("both", 2)])
    name, noun = name_of(p, rng, lang)
    p["noun"] = noun
    body = []
    if rng.random() < 0.85:
        body.append(rng.choice(RU_BODY_METAL[code]))
    if p["lang"] != "ru" and rng.random() < 0.6:
        body.append(rng.choice(KZ_BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(RU_BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Гладкая полированная поверхность.", "Без вставок, классическая модель."]))
    if p.get("carat"):
        body.append(rng.choice([f"Общий вес бриллиантов {p['carat']} ct.", f"Бриллиант {p['carat']} карат, сертификат."]))
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Продается с цепочкой." if chain else "Цепочка приобретается отдельно.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Цена за одно кольцо. Гравировка бесплатно.")
    return name, body


def look_alikes(i, p, body, traps):
    code = p["code"]
    if i in (6, 41, 73) and code in SILVER:
        body.append("Упаковано в подарочную коробочку золотистого цвета.")
        traps.append("золотистого цвета")
    if i in (13, 58) and code in GOLDS:
        body.append("Хороший подарок на серебряную свадьбу.")
        traps.append("серебряную свадьбу")
    if i in (22, 66) and code in SILVER:
        body.append("Дизайн навеян образом Алтын адам — Золотого человека из Иссыкского кургана.")
        traps.append("Алтын адам")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.65:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 4)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 2 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s}"))
    return vs, vals


def chars_of(p, prng, size):
    out = [("Металл", "", "Серебро" if p["code"] in SILVER else "Золото")]
    if prng.random() < 0.6:
        out.append(("Проба", "", PROBA[p["code"]]))
    if size:
        out.append(("Размер кольца", "", size))
    return out


def build(out, images=True):
    rng = random.Random(3130)
    outdir = os.path.join(out, "ala_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {8, 45, 79}
    absent_at = {15, 31, 60, 71}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(313000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        avail = i not in absent_at
        p.update(status="available" if avail else "not available", live=avail, in_stock=avail)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        code_id = f"ZJ-{1200 + i * 3 + prng.randint(0, 2)}"
        vs, vals = variants_of(p, prng, code_id)
        if prng.random() < 0.45:
            lead = "Цена от " if len({v.price for v in vs}) > 1 else prng.choice(["Цена: ", "Всего ", "Бағасы: "])
            body.append(lead + kzt(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Доставка по Алматы бесплатно, по Казахстану — Kaspi / Казпочта.")
        gnum, gname = GROUP[cat]
        p["handle"], p["title"] = code_id, name
        p["shop_category"] = gname
        desc = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        uid = 180000000 + i * 7919 % 100000
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Серьги-кольца": "hoop", "Серьги подвесные": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        fn = f"{uid}_w640_h640.jpg"
        url = "" if broken else PREFIX + fn
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3130000 + i))
            if prng.random() < 0.2:
                efn = f"{uid + 1}_w640_h640.jpg"
                espec = photo_spec(kind, code, p["stone"], style)
                jobs.append((os.path.join(outdir, "images", efn), espec, 3135000 + i))
                extra.append("images/" + efn)
                url += ", " + PREFIX + efn
        queries = [name.split(" «")[0].split(",")[0].lower(), gname.lower()]
        if p["lang"] == "ru" and KZ_NOUN[cat] and prng.random() < 0.5:
            queries.append(KZ_NOUN[cat][0].lower())
        group_var = str(7700000 + i) if vals else ""
        for j, v in enumerate(vs):
            size = vals[j] if vals else None
            chars = chars_of(p, random.Random(313500 + i), size)
            rcode = code_id if j == 0 else v.sku
            r = [rcode, name, ", ".join(queries), desc, "r", int(v.price), CURRENCY, "шт.", "", "", "",
                 url, "+" if avail else "-", str(prng.randint(1, 4)) if avail else "", gnum, gname, "",
                 "", "", "", str(uid + j * 2), str(rcode.replace("-", "")), SUBSECTION, str(9000 + gnum), "Жібек Жолы",
                 "Казахстан", "", group_var, "", "", round(v.grams / 1000.0, 4)]
            for k in range(NCHAR):
                r += list(chars[k]) if k < len(chars) else ["", "", ""]
            rows.append(r)
        chars_text = " ".join(f"{a}: {c}" for a, _, c in chars_of(p, random.Random(313500 + i), None))
        fields = {"title": name, "body": desc + " " + chars_text, "type": gname, "tags": ", ".join(queries)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["Размер кольца"] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         None if broken else PREFIX + fn, broken, spec, extra, "regular_price")
        t["sku"] = code_id
        t["lang"] = p["lang"]
        ev, probs = evidence(RK, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"ala {code_id} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def write_export(path, rows):
    write_xlsx(path, SHEET, HEADER, rows)


def selfcheck(path, truths, images=True):
    sheet, header, rows = read_xlsx(path)
    assert sheet == SHEET and header == HEADER
    by = {}
    for r in rows:
        key = r["ID_группы_разновидностей"] or r["Код_товара"]
        by.setdefault(key, []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    heads = {rs[0]["Код_товара"]: rs for rs in by.values()}
    for t in truths:
        rs = heads[t["handle"]]
        assert all(r["Название_позиции"] == t["title"] for r in rs), t["handle"]
        prices = [r["Цена"] for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (rs[0]["Наличие"] != "-") == t["live"], t["handle"]
        assert (rs[0]["Ссылка_изображения"] == "") == t["image_broken"], t["handle"]
        if images and rs[0]["Ссылка_изображения"]:
            for u in rs[0]["Ссылка_изображения"].split(", "):
                assert os.path.exists(os.path.join(os.path.dirname(path), "images", u.rsplit("/", 1)[1])), u
    return rows
