"""Odesa shop: Ювелірний дім «Смарагд», Odesa (Prom.ua, UAH).

Its export is the YML (Yandex Market Language) feed Prom.ua writes from the shop's cabinet
(Товари та послуги → Експорт → формат YML), the file Ukrainian shops hand to Rozetka,
Hotline and anyone moving their catalog: `<?xml … encoding="UTF-8"?>`, `yml_catalog date=…`
→ `shop` (`name`, `company`, `url`, `currencies`, `categories` with `parentId`, `offers`);
each `offer id=… available=… [group_id=…]` with `url`, `price`, `oldprice`, `currencyId`,
`categoryId`, several `picture`, `name` (Russian, or a copy of the Ukrainian), `name_ua`,
`vendor`, `vendorCode`, `country_of_origin`, `description` / `description_ua` in CDATA with
HTML, `param name=… [unit=…]`, `quantity_in_stock`, `keywords` / `keywords_ua`.  Variants
(різновиди) are separate offers sharing a `group_id`.  See data/heldout/ods_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from twentyfourth_common import UA, Variant, evidence, photo_spec, truth_record, uah, wchoice

SITE = "https://smarahd.heldout-ods.example/"
HOST = "https://images.prom.heldout-ods.example/"
CURRENCY = "UAH"
EXPORT_NAME = "export_yml_2026-12-05_11-42.xml"
GOLD_CODES = {"R14", "W14", "Y14", "W18", "Y18"}

RATE = {"R14": 4150, "W14": 4350, "Y14": 4150, "W18": 5400, "Y18": 5300}      # грн / gram, retail, made up
STONE_UAH = {None: 0, "diamond": 14500, "cz": 250, "cz green": 250, "pearl": 900, "sapphire": 9000, "ruby": 9500,
             "emerald": 11000, "amethyst": 1200, "topaz": 1100, "garnet": 900}
CHEAP = {"S925": (350, 95), "GPS": (420, 105), "SS": (180, 30), "GPSS": (220, 35)}

# category tree: id, parent, name
CATS = [(101, None, "Золоті прикраси"), (102, None, "Срібні прикраси"), (103, None, "Біжутерія та медичне золото"),
        (111, 101, "Золоті каблучки"), (112, 101, "Обручки"), (113, 101, "Каблучки для заручин"),
        (114, 101, "Золоті сережки"), (115, 101, "Золоті підвіски та хрестики"), (116, 101, "Золоті ланцюжки"),
        (117, 101, "Золоті браслети"), (118, 101, "Кольє"),
        (121, 102, "Срібні каблучки"), (122, 102, "Срібні сережки"), (123, 102, "Срібні кулони та хрестики"),
        (124, 102, "Срібні ланцюжки"), (125, 102, "Срібні браслети"), (126, 102, "Браслети на ногу"),
        (127, 102, "Брошки"),
        (131, 103, "Ланцюжки та браслети"), (132, 103, "Каблучки та сережки")]
CAT_NAME = {c: n for c, _, n in CATS}
CAT_PARENT = {c: p for c, p, _ in CATS}
GOLD_CAT = {"ring": 111, "wedding band": 112, "engagement ring": 113, "earrings": 114, "pendant": 115, "cross": 115,
            "chain": 116, "bracelet": 117, "necklace": 118, "brooch": 127, "anklet": 126}
SILVER_CAT = {"ring": 121, "wedding band": 121, "engagement ring": 121, "earrings": 122, "pendant": 123, "cross": 123,
              "chain": 124, "bracelet": 125, "necklace": 123, "anklet": 126, "brooch": 127}

# Ukrainian nouns and Russian nouns
NOUN_UA = {"ring": ["Каблучка", "Перстень", "Каблучка"], "engagement ring": ["Каблучка для заручин", "Заручальна каблучка"],
           "wedding band": ["Обручка", "Обручка класична", "Обручка американка"],
           "earrings": ["Сережки", "Сережки пусети", "Сережки з англійським замком", "Сережки-кільця"],
           "pendant": ["Кулон", "Підвіска", "Ладанка"], "cross": ["Хрестик", "Хрестик з розп'яттям"],
           "chain": ["Ланцюжок Бісмарк", "Ланцюжок якірний", "Ланцюжок", "Ланцюжок Ромб"],
           "necklace": ["Кольє", "Намисто"], "bracelet": ["Браслет", "Браслет Бісмарк"],
           "anklet": ["Браслет на ногу", "Анклет на щиколотку"], "brooch": ["Брошка"]}
NOUN_RU = {"Каблучка": "Кольцо", "Перстень": "Перстень", "Каблучка для заручин": "Кольцо для помолвки",
           "Заручальна каблучка": "Помолвочное кольцо", "Обручка": "Обручальное кольцо",
           "Обручка класична": "Обручальное кольцо классическое", "Обручка американка": "Обручальное кольцо американка",
           "Сережки": "Серьги", "Сережки пусети": "Серьги пусеты", "Сережки з англійським замком": "Серьги с английским замком",
           "Сережки-кільця": "Серьги-кольца", "Кулон": "Кулон", "Підвіска": "Подвеска", "Ладанка": "Ладанка",
           "Хрестик": "Крестик", "Хрестик з розп'яттям": "Крестик с распятием", "Ланцюжок Бісмарк": "Цепочка Бисмарк",
           "Ланцюжок якірний": "Цепочка якорная", "Ланцюжок": "Цепочка", "Ланцюжок Ромб": "Цепочка Ромб",
           "Кольє": "Колье", "Намисто": "Колье", "Браслет": "Браслет", "Браслет Бісмарк": "Браслет Бисмарк",
           "Браслет на ногу": "Браслет на ногу", "Анклет на щиколотку": "Браслет на ногу", "Брошка": "Брошь"}
METAL_UA = {"R14": ["з червоного золота 585", "з червоного золота 585 проби", "червоне золото 585", "із золота 585 (червоне)"],
            "W14": ["з білого золота 585", "біле золото 585 проби", "з білого золота Au 585"],
            "Y14": ["з жовтого золота 585", "жовте золото 585"],
            "W18": ["з білого золота 750", "біле золото 750 проби"], "Y18": ["з жовтого золота 750"],
            "S925": ["зі срібла 925", "срібло 925 проби", "срібло", "із срібла Ag 925"],
            "GPS": ["із позолоченого срібла 925", "срібло з позолотою"],
            "SS": ["з медичної сталі", "медична сталь 316L"], "GPSS": ["медичне золото", "з медичного золота Xuping"]}
METAL_RU = {"R14": "из красного золота 585", "W14": "из белого золота 585", "Y14": "из желтого золота 585",
            "W18": "из белого золота 750", "Y18": "из желтого золота 750", "S925": "из серебра 925",
            "GPS": "из позолоченного серебра", "SS": "из медицинской стали", "GPSS": "медицинское золото"}
STONE_UA = {"diamond": ["з діамантом", "з діамантами"], "cz": ["з фіанітами", "з фіанітом"], "cz green": ["із зеленим фіанітом"],
            "pearl": ["з перлами", "з перлиною"], "sapphire": ["з сапфіром"], "ruby": ["з рубіном"], "emerald": ["зі смарагдом"],
            "amethyst": ["з аметистом"], "topaz": ["з топазом Лондон Блю", "з блакитним топазом"], "garnet": ["з гранатом"]}
STONE_RU = {"diamond": "с бриллиантом", "cz": "с фианитами", "cz green": "с зеленым фианитом", "pearl": "с жемчугом",
            "sapphire": "с сапфиром", "ruby": "с рубином", "emerald": "с изумрудом", "amethyst": "с аметистом",
            "topaz": "с топазом", "garnet": "с гранатом"}
STONE_PARAM = {"diamond": "діамант", "cz": "фіаніт", "cz green": "фіаніт зелений", "pearl": "перли прісноводні",
               "sapphire": "сапфір", "ruby": "рубін", "emerald": "смарагд", "amethyst": "аметист",
               "topaz": "топаз Лондон Блю", "garnet": "гранат"}
METAL_PARAM = {"R14": ("Золото", "585", "червоний"), "W14": ("Золото", "585", "білий"), "Y14": ("Золото", "585", "жовтий"),
               "W18": ("Золото", "750", "білий"), "Y18": ("Золото", "750", "жовтий"), "S925": ("Срібло", "925", ""),
               "GPS": ("Срібло з позолотою", "925", ""), "SS": ("Медична сталь", "", ""), "GPSS": ("Медичне золото", "", "")}
METAL_PARAM_RU = {"R14": ("Золото", "585", "красный"), "W14": ("Золото", "585", "белый"), "Y14": ("Золото", "585", "желтый"),
                  "W18": ("Золото", "750", "белый"), "Y18": ("Золото", "750", "желтый"), "S925": ("Серебро", "925", ""),
                  "GPS": ("Серебро с позолотой", "925", ""), "SS": ("Медицинская сталь", "", ""),
                  "GPSS": ("Медицинское золото", "", "")}
BODY_METAL = {
    "R14": ["Метал: червоне золото 585 проби. Виріб має державне пробірне клеймо.", "Золото 585° (червоне), з клеймом пробірної палати."],
    "W14": ["Метал: біле золото 585 проби, родієве покриття.", "Біле золото 585, родіювання."],
    "Y14": ["Метал: жовте (лимонне) золото 585 проби."],
    "W18": ["Метал: біле золото 750 проби (18 карат)."], "Y18": ["Метал: жовте золото 750 проби."],
    "S925": ["Метал: срібло 925 проби, родіювання – не темніє.", "Срібло 925°, є клеймо."],
    "GPS": ["Метал: срібло 925 проби з позолотою.", "Позолочене срібло 925."],
    "SS": ["Матеріал: медична сталь 316L – не темніє, не викликає алергії."],
    "GPSS": ["Медичне золото (медична сталь з позолотою) – не темніє, не боїться води.",
             "Xuping, медичне золото. Не є ювелірним золотом."],
}
BODY_STONE = {"diamond": ["Вставка: діамант круглого огранювання (Кр57).", "Діаманти, огранювання Кр57."],
              "cz": ["Вставка: фіаніти білі.", "Вставки – білі фіаніти (цирконій)."], "cz green": ["Вставка: зелений фіаніт."],
              "pearl": ["Перли прісноводні, білі, 6–7 мм."], "sapphire": ["Вставка: натуральний сапфір синього кольору."],
              "ruby": ["Вставка: рубін червоний."], "emerald": ["Вставка: смарагд зелений."],
              "amethyst": ["Вставка: аметист фіолетовий."], "topaz": ["Вставка: топаз Лондон Блю (синій)."],
              "garnet": ["Вставка: гранат червоний."]}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "cross": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "anklet": ("anklet", None),
        "brooch": ("brooch", None)}
TRUTH_CAT = {"cross": "pendant"}
NAMES = ["«Янгол»", "«Серце»", "«Листок»", "«Одеса»", "«Класика»", "«Метелик»", "«Зірка»", "«Квітка»", "«Мрія»", "«Оберіг»"]

GOLD = [("R14", 7), ("W14", 3), ("Y14", 1)]
DESIGNS = [
    ("ring", 14, GOLD + [("S925", 4), ("GPSS", 1)],
     [(None, 2), ("cz", 5), ("cz green", 1), ("amethyst", 1), ("topaz", 1), ("sapphire", 1), ("garnet", 1), ("ruby", 1)], (1.8, 4.5), "size"),
    ("engagement ring", 8, [("W14", 3), ("R14", 2), ("W18", 2), ("S925", 1)], [("diamond", 5), ("cz", 2)], (1.8, 3.2), "size"),
    ("wedding band", 9, [("R14", 5), ("W14", 2), ("Y14", 1), ("S925", 1)], [(None, 7), ("diamond", 1)], (2.5, 6.0), "size"),
    ("earrings", 16, GOLD + [("S925", 5), ("GPS", 1), ("GPSS", 1)],
     [(None, 3), ("cz", 5), ("pearl", 2), ("topaz", 1), ("diamond", 1), ("emerald", 1)], (1.2, 5.0), "colour"),
    ("pendant", 9, GOLD + [("S925", 4), ("GPS", 1)], [(None, 3), ("cz", 3), ("amethyst", 1), ("pearl", 1)], (0.8, 3.5), None),
    ("cross", 5, [("R14", 3), ("Y14", 1), ("S925", 2)], [(None, 3), ("cz", 1)], (0.7, 3.0), None),
    ("chain", 8, [("R14", 3), ("Y14", 1), ("S925", 3), ("GPSS", 1), ("SS", 1)], [(None, 1)], (2.0, 12.0), "len"),
    ("necklace", 4, GOLD + [("S925", 2)], [(None, 1), ("pearl", 2), ("cz", 1)], (3.0, 9.0), None),
    ("bracelet", 8, [("R14", 3), ("S925", 3), ("GPSS", 2)], [(None, 4), ("cz", 1)], (2.5, 10.0), None),
    ("anklet", 3, [("S925", 2), ("SS", 1)], [(None, 1)], (1.5, 4.0), None),
    ("brooch", 2, [("S925", 2)], [(None, 1), ("cz", 1)], (3.0, 7.0), None),
]
SIZES = ["15", "15.5", "16", "16.5", "17", "17.5", "18", "18.5", "19", "19.5", "20"]
LENS = ["40", "45", "50", "55", "60"]

TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
                          "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
                          "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                          "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "«": "", "»": "", ",": "", "(": "", ")": ""})


def slug(s):
    t = s.lower().translate(TRANSLIT)
    out = "".join(ch if ch.isalnum() else "-" for ch in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:60]


def r_uah(x, step=10):
    return float(int(round(x / step)) * step)


def price_of(code, stone, grams, carat=None):
    st = STONE_UAH[stone]
    if stone == "diamond" and carat:
        st = STONE_UAH["diamond"] * (carat / 0.05) ** 1.2
    if code in GOLD_CODES:
        return r_uah(grams * RATE[code] + 600 + st, 10)
    base, per_g = CHEAP[code]
    return r_uah(base + per_g * grams + (st if stone else 0), 10)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("S925", "GPS", "SS", "GPSS") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(kind=cat, cat=TRUTH_CAT.get(cat, cat), code=code, stone=stone, axis=axis, grams=g))
    return prods


HELMI = None
PEARL_CITY_AT = {4, 17, 29, 44, 58, 71, 83}     # footer "Одеса — перлина біля моря"
DCUT_AT = {6, 15, 27, 38, 50, 63, 77}           # "алмазна грань" on plain chains / bracelets / bands
GOLDEN_AT = {9, 22, 35, 47, 61, 74}             # "золотистий" on silver / steel pieces
SHOPNAME_AT = {2, 19, 33, 52, 66, 80}           # footer with the shop's name «Смарагд»


def texts(p, i, rng, colour_alt):
    kind, code, stone = p["kind"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN_UA[kind])
    name = rng.choice(NAMES) if rng.random() < 0.35 else ""
    metal_in_title = not colour_alt and rng.random() < 0.8
    stone_in_title = stone and rng.random() < 0.7
    parts = [noun] + ([name] if name else [])
    if metal_in_title:
        parts.append(rng.choice(METAL_UA[code]))
    elif colour_alt:
        parts.append("із золота 585")
    if stone_in_title:
        parts.append(rng.choice(STONE_UA[stone]))
    title = " ".join(parts)
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    ru_parts = [NOUN_RU[noun]] + ([name] if name else [])
    if metal_in_title:
        ru_parts.append(METAL_RU[code])
    elif colour_alt:
        ru_parts.append("из золота 585")
    if stone_in_title:
        ru_parts.append(STONE_RU[stone])
    name_ru = " ".join(ru_parts)
    body = []
    if colour_alt:
        body.append("Виготовляємо у двох кольорах золота 585 проби: червоному та білому.")
    elif metal_in_title or rng.random() < 0.8:
        body.append(rng.choice(BODY_METAL[code]))
    else:
        body.append(rng.choice(["Власне виробництво, Одеса.", "Ідеальний подарунок коханій."]))
    if stone and (stone_in_title or rng.random() < 0.7):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.4:
        body.append(rng.choice(["Без каменів, гладка поверхня.", "Вставка: без вставок."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Загальна вага діамантів: {c} кт.", f"Діамант {c} ct, 4/5 (колір/чистота)."]))
    g = str(p["grams"]).replace(".", ",")
    if code in GOLD_CODES or colour_alt:
        body.append(rng.choice([f"Вага: {g} г.", f"Середня вага виробу {g} г (може відрізнятися ±0,2 г)."]))
    if i in DCUT_AT and stone is None and kind in ("chain", "bracelet", "wedding band", "anklet"):
        body.append("Алмазна грань – блищить як дзеркало.")
    if i in GOLDEN_AT and code in ("S925", "SS"):
        body.append("Упаковка: фірмова коробочка золотистого кольору.")
    if kind in ("pendant", "cross"):
        body.append(rng.choice(["Ланцюжок у комплект не входить.", "Ціна вказана без ланцюжка."]))
        p["sold_with_chain"] = False
    if kind == "cross" and rng.random() < 0.6:
        body.append("Освячений у храмі.")
    if i in PEARL_CITY_AT and stone != "pearl":
        body.append("Ювелірна майстерня з Одеси – перлини біля моря. Доставка Новою Поштою по всій Україні.")
        traps.append("перлини біля моря")
    if i in SHOPNAME_AT and stone != "emerald":
        body.append("Ювелірний дім «Смарагд» – працюємо з 1998 року.")
        traps.append("«Смарагд»")
    return title, name_ru, body, traps


def build(out, images=True):
    rng = random.Random(2425)
    outdir = os.path.join(out, "ods_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    offers, truths, jobs = [], [], []
    broken_at = {8, 45, 79}
    ask_at = {11, 40, 68}          # Ціну уточнюйте: price 0
    na_at = {24, 57, 85}           # available="false" (немає в наявності)
    copy_ru_at = set(range(0, 200, 5))   # offers whose Russian name is just the Ukrainian copied
    next_id = 2_131_204_500
    next_group = 84_512_000
    for i, p in enumerate(prods):
        prng = random.Random(242500 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        colour_alt = None
        if p["axis"] == "colour" and p["code"] in ("R14", "W14") and prng.random() < 0.5:
            colour_alt = "W14" if p["code"] == "R14" else "R14"
        title, name_ru, body, traps = texts(p, i, rng, colour_alt)
        if i in copy_ru_at:
            name_ru = title
        p["title"] = title
        ask = i in ask_at
        na = i in na_at
        p["status"] = "not_available" if na else "available"
        p["live"] = not na and not ask
        if ask:
            p["for_sale"] = False
        if na:
            p["in_stock"] = False
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        cat_id = (GOLD_CAT if code in GOLD_CODES else (SILVER_CAT if code in ("S925", "GPS") else {}))
        cat_id = cat_id.get(p["kind"], 131)
        if code in ("SS", "GPSS"):
            cat_id = 131 if p["kind"] in ("chain", "bracelet", "anklet") else 132
        path = (CAT_NAME[CAT_PARENT[cat_id]] + " > " if CAT_PARENT[cat_id] else "") + CAT_NAME[cat_id]
        p["shop_category"] = path
        axis = p["axis"]
        vals, vname, unit = [], None, None
        if axis == "size" and prng.random() < 0.6:
            a = prng.randint(0, 4)
            vals, vname = SIZES[a:a + prng.randint(3, 6)], "Розмір"
        elif axis == "len" and prng.random() < 0.6:
            vals, vname, unit = LENS[:prng.randint(2, 4)], "Довжина", "см"
        elif colour_alt:
            cn = {"R14": "червоний", "W14": "білий"}
            vals, vname = [cn[code], cn[colour_alt]], "Колір металу"
        vs = []
        ids = []
        if not vals:
            oid = next_id
            next_id += prng.randint(3, 40)
            ids.append(oid)
            vs.append(Variant([], code, p["stone"], 0.0 if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], str(oid)))
        else:
            for j, s in enumerate(vals):
                vc = code if vname != "Колір металу" else (code if j == 0 else colour_alt)
                g = p["grams"] * (1 + (0.03 * j if vname == "Розмір" else 0.12 * j if vname == "Довжина" else 0))
                oid = next_id
                next_id += prng.randint(1, 4)
                ids.append(oid)
                vs.append(Variant([s], vc, p["stone"], 0.0 if ask else price_of(vc, p["stone"], g, p.get("carat")),
                                  None, g, str(oid)))
        group = None
        if vals:
            group = next_group
            next_group += prng.randint(5, 90)
        handle = str(group) if group else str(ids[0])
        p["handle"] = handle
        if not ask and prng.random() < 0.25:
            for v in vs:
                v.regular = r_uah(v.price * prng.choice([1.15, 1.2, 1.3]), 10)
        vcode = f"{'ЗК' if code in GOLD_CODES else 'СР' if code in ('S925', 'GPS') else 'МЗ'}-{3100 + i * 7}"
        pic_id = 5_012_000_000 + i * 7919
        fn = f"{pic_id}_w640_h640_{slug(title)}.jpg"
        url = HOST + fn
        broken = i in broken_at
        spec = photo_spec(KIND[p["kind"]][0], code, p["stone"], KIND[p["kind"]][1])
        extra, pics = [], [url]
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2425000 + i))
        if colour_alt:
            fn2 = f"{pic_id + 1}_w640_h640_{slug(title)}.jpg"
            pics.append(HOST + fn2)
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), photo_spec(KIND[p["kind"]][0], colour_alt, p["stone"],
                                                                               KIND[p["kind"]][1]), 2426000 + i))
                extra.append("images/" + fn2)
        elif prng.random() < 0.3:
            fn2 = f"{pic_id + 2}_w640_h640_{slug(title)}.jpg"
            pics.append(HOST + fn2)
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), spec, 2427000 + i))
                extra.append("images/" + fn2)
        if ask:
            body.append(prng.choice(["Ціну уточнюйте у менеджера (Viber / Telegram).", "Ціна під замовлення – уточнюйте."]))
        elif prng.random() < 0.35:
            body.append("Ціна: " + ("від " if len({v.price for v in vs}) > 1 else "") + uah(min(v.price for v in vs),
                                                                                              prng.randint(0, 6)).rstrip(".") + ".")
        if prng.random() < 0.25:
            body.append("Оплата: накладений платіж, Monobank, Приват24. Можлива оплата частинами.")
        desc_ua = "<p>" + "</p><p>".join(body) + "</p>"
        ru_body = []
        if prng.random() < 0.5:
            ru_body.append(f"{name_ru}.")
            if not colour_alt and (code in GOLD_CODES or prng.random() < 0.5):
                mp = METAL_PARAM_RU[code]
                ru_body.append(f"Металл: {mp[0].lower()}{', проба ' + mp[1] if mp[1] else ''}.")
        desc_ru = "<p>" + " ".join(ru_body) + "</p>" if ru_body else ""
        # params, some Ukrainian, some Russian, some blank
        ru_params = prng.random() < 0.3
        mp = (METAL_PARAM_RU if ru_params else METAL_PARAM)[code]
        params = []
        if prng.random() < 0.85:
            params.append(("Металл" if ru_params else "Метал", None, mp[0] if not colour_alt else "Золото"))
        if mp[1] and prng.random() < 0.8:
            params.append(("Проба", None, mp[1]))
        if mp[2] and not colour_alt and prng.random() < 0.7:
            params.append(("Цвет металла" if ru_params else "Колір металу", None, mp[2]))
        if p["stone"] and prng.random() < 0.6:
            params.append(("Камень" if ru_params else "Вставка", None, STONE_PARAM[p["stone"]]))
        elif p["stone"] is None and prng.random() < 0.3:
            params.append(("Вставка", None, prng.choice(["", "без вставок"])))
        if prng.random() < 0.5:
            params.append(("Вес" if ru_params else "Вага", "г", f"{p['grams']}"))
        if prng.random() < 0.3:
            params.append(("Стан", None, "Новий"))
        kw = [k for k in (prng.choice(["", "подарунок", "прикраси Одеса", "ювелірка"]),
                          "золото" if code in GOLD_CODES and prng.random() < 0.5 else "",
                          "срібло" if code == "S925" and prng.random() < 0.5 else "") if k]
        for j, (v, oid) in enumerate(zip(vs, ids)):
            o = {"id": str(oid), "available": "false" if na else "true", "group_id": str(group) if group else None,
                 "url": f"{SITE}ua/p{oid}-{slug(title)}.html", "price": f"{v.price:g}" if not ask else "0",
                 "oldprice": f"{v.regular:g}" if v.regular else None, "categoryId": str(cat_id), "pictures": pics,
                 "name": name_ru + (f" {v.opts[0]}" if False else ""), "name_ua": title,
                 "vendor": "Смарагд" if prng.random() < 0.6 else "", "vendorCode": vcode + (f"-{j + 1}" if vals else ""),
                 "country_of_origin": "Україна" if code in GOLD_CODES or prng.random() < 0.3 else "Китай" if code in ("SS", "GPSS") else "",
                 "description": desc_ru, "description_ua": desc_ua,
                 "params": params + ([(vname, unit, v.opts[0])] if vals else []),
                 "quantity_in_stock": "0" if na else str(prng.randint(1, 5)),
                 "keywords": ", ".join(kw), "keywords_ua": ", ".join(kw)}
            offers.append(o)
        fields = {"title": title, "body": desc_ua + "\n" + name_ru + "\n" + desc_ru, "type": path,
                  "attributes": " ; ".join(f"{n}: {val}" for n, _, val in params)}
        if kw:
            fields["tags"] = " ".join(kw)
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, extra, "oldprice")
        t["offer_ids"] = [str(x) for x in ids]
        t["group_id"] = str(group) if group else None
        t["name_ru"] = name_ru
        ev, probs = evidence(UA, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"ods {handle} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, offers, jobs, outdir


def write_export(path, offers):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE yml_catalog SYSTEM "shops.dtd">',
         '<yml_catalog date="2026-12-05 11:42">', "<shop>", "<name>Смарагд</name>",
         "<company>ФОП Коваленко Олена Петрівна</company>", f"<url>{SITE}</url>",
         "<currencies>", '<currency id="UAH" rate="1"/>', "</currencies>", "<categories>"]
    for cid, par, nm in CATS:
        L.append(f'<category id="{cid}"' + (f' parentId="{par}"' if par else "") + f">{escape(nm)}</category>")
    L += ["</categories>", "<offers>"]
    for o in offers:
        attrs = f'id="{o["id"]}" available="{o["available"]}"' + (f' group_id="{o["group_id"]}"' if o["group_id"] else "")
        L.append(f"<offer {attrs}>")
        L.append(f"<url>{escape(o['url'])}</url>")
        L.append(f"<price>{o['price']}</price>")
        if o["oldprice"]:
            L.append(f"<oldprice>{o['oldprice']}</oldprice>")
        L.append("<currencyId>UAH</currencyId>")
        L.append(f"<categoryId>{o['categoryId']}</categoryId>")
        for pic in o["pictures"]:
            L.append(f"<picture>{escape(pic)}</picture>")
        L.append("<pickup>true</pickup>")
        L.append("<delivery>true</delivery>")
        L.append(f"<name>{escape(o['name'])}</name>")
        L.append(f"<name_ua>{escape(o['name_ua'])}</name_ua>")
        L.append(f"<vendor>{escape(o['vendor'])}</vendor>" if o["vendor"] else "<vendor/>")
        L.append(f"<vendorCode>{escape(o['vendorCode'])}</vendorCode>")
        if o["country_of_origin"]:
            L.append(f"<country_of_origin>{o['country_of_origin']}</country_of_origin>")
        L.append(f"<description><![CDATA[{o['description']}]]></description>")
        L.append(f"<description_ua><![CDATA[{o['description_ua']}]]></description_ua>")
        for n, unit, val in o["params"]:
            ua = f" unit={quoteattr(unit)}" if unit else ""
            L.append(f"<param name={quoteattr(n)}{ua}>{escape(val)}</param>")
        L.append(f"<quantity_in_stock>{o['quantity_in_stock']}</quantity_in_stock>")
        if o["keywords"]:
            L.append(f"<keywords>{escape(o['keywords'])}</keywords>")
            L.append(f"<keywords_ua>{escape(o['keywords_ua'])}</keywords_ua>")
        L.append("</offer>")
    L += ["</offers>", "</shop>", "</yml_catalog>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def selfcheck(path, truths, images=True):
    root = ET.parse(path).getroot()
    offers = root.find("shop/offers").findall("offer")
    by = {}
    for o in offers:
        by.setdefault(o.get("group_id") or o.get("id"), []).append(o)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        os_ = by[t["handle"]]
        assert [o.get("id") for o in os_] == t["offer_ids"], t["handle"]
        assert all(o.findtext("name_ua") == t["title"] for o in os_), t["handle"]
        prices = [float(o.findtext("price")) for o in os_]
        assert len(prices) == t["variants"], t["handle"]
        if t.get("for_sale") is False:
            assert all(x == 0 for x in prices)
        else:
            assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (os_[0].get("available") == "true" and min(prices) > 0) == t["live"], t["handle"]
        assert os_[0].findtext("picture") == t["image_url"]
        if images:
            for pic in os_[0].findall("picture"):
                exists = os.path.exists(os.path.join(os.path.dirname(path), "images", pic.text[len(HOST):]))
                assert exists == (not t["image_broken"]), pic.text
    return offers
