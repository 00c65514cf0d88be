"""Moscow shop: «Аурум и Ко» (Aurum & Co), a small jeweller selling on Tilda (RUB).

Tilda store "Products > Export" CSV as the author knows it: UTF-8, `;` between
fields, one row per product and, for products with editions (variants), one
row per edition carrying the parent's UID in `Parent UID` and its options in
`Editions` as `Размер:17;Металл:Белое золото` (several options joined by `;`
inside the quoted field).  Several photos in `Photo` separated by a space.
Price as a plain number with a dot (`12990` / `12990.00`); `Price Old` is the
struck-through price.  Characteristics as `Characteristics:<name>` columns.
"""

from __future__ import annotations

import os
import random

from eighteenth_common import EMETALS, ESTONES, Variant, evidence, photo_spec, truth_record, wchoice

HOST = "https://static.tildacdn.heldout-mow.example/tild3535-3634-4331-b437-623862303864/"
CURRENCY = "RUB"
EXPORT_NAME = "store-products-aurum-2025-03-11.csv"
HEADER = ["Tilda UID", "Brand", "SKU", "Mark", "Category", "Title", "Description", "Text", "Photo", "Price",
          "Quantity", "Price Old", "Editions", "Modifications", "External ID", "Parent UID", "Weight", "Length",
          "Width", "Height", "Characteristics:Металл", "Characteristics:Проба", "Characteristics:Вставка",
          "SEO title", "SEO descr", "Url"]

PER_G = {"R585": 7900, "Y585": 7900, "W585": 8300, "R750": 10900, "Y750": 10900, "W750": 11300,
         "S925": 290, "GPS": 340}
STONE_RUB = {None: 0, "fianit": 900, "fianit green": 900, "fianit blue": 900, "diamond": 38000, "topaz": 2500,
             "topaz sky": 2500, "chrysolite": 3200, "garnet": 2200, "amethyst": 2400, "emerald": 21000,
             "blue sapphire": 19000, "ruby": 19000, "pearl": 3500}
METAL_FROM = {"R585": "из красного золота", "Y585": "из жёлтого золота", "W585": "из белого золота",
              "R750": "из красного золота 750", "Y750": "из жёлтого золота 750", "W750": "из белого золота 750",
              "S925": "из серебра", "GPS": "из позолоченного серебра"}
METAL_OPT = {"R585": "Красное золото", "Y585": "Жёлтое золото", "W585": "Белое золото", "W750": "Белое золото 750",
             "R750": "Красное золото 750", "Y750": "Жёлтое золото 750", "S925": "Серебро 925", "GPS": "Серебро с позолотой"}
METAL_CHAR = {"R585": ("Красное золото", "585"), "Y585": ("Жёлтое золото", "585"), "W585": ("Белое золото", "585"),
              "R750": ("Красное золото", "750"), "Y750": ("Жёлтое золото", "750"), "W750": ("Белое золото", "750"),
              "S925": ("Серебро", "925"), "GPS": ("Серебро, позолота", "925")}
STONE_WITH = {"fianit": "с фианитами", "fianit green": "с зелёными фианитами", "fianit blue": "с голубыми фианитами",
              "diamond": "с бриллиантами", "topaz": "с топазом", "topaz sky": "с голубым топазом",
              "chrysolite": "с хризолитом", "garnet": "с гранатом", "amethyst": "с аметистом",
              "emerald": "с изумрудом", "blue sapphire": "с сапфиром", "ruby": "с рубином", "pearl": "с жемчугом"}
STONE_CHAR = {"fianit": "Фианит", "fianit green": "Фианит зелёный", "fianit blue": "Фианит голубой",
              "diamond": "Бриллиант", "topaz": "Топаз", "topaz sky": "Топаз Sky Blue", "chrysolite": "Хризолит",
              "garnet": "Гранат", "amethyst": "Аметист", "emerald": "Изумруд", "blue sapphire": "Сапфир",
              "ruby": "Рубин", "pearl": "Жемчуг культивированный", None: "Без вставок"}
ADJ = {"m": ("золотой", "серебряный"), "f": ("золотая", "серебряная"), "n": ("золотое", "серебряное"), "pl": ("золотые", "серебряные")}
NAMES = ["Лаванда", "Аврора", "Вега", "Nord", "Калина", "Соня", "Луна", "Milano", "Сияние", "Мята", "Ирис", "Капля",
         "Полярная", "Роса", "Ландыш", "Time", "Basic", "Орбита", "Vintage", "Ника", "Ажур", "Снежинка", "Волна", "Кедр"]

R585 = [("R585", 6), ("W585", 2), ("Y585", 1)]
SILV = [("S925", 3), ("GPS", 1)]


def D(cat, noun, g, n, kind, style, metals, stones, grams, shop_cat, axes=(), **kw):
    d = dict(cat=cat, noun=noun, g=g, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             shop_cat=shop_cat, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("ring", "Кольцо", "n", 20, "ring", "solitaire", R585 + SILV + [("W750", 1)],
      [("fianit", 5), ("diamond", 3), (None, 3), ("topaz", 1), ("chrysolite", 1), ("garnet", 1), ("amethyst", 1),
       ("emerald", 1), ("blue sapphire", 1), ("fianit green", 1)], (1.6, 4.2), ["Кольца", "Кольца;Золото", "Кольца;Серебро", "Каталог"],
      axes=[("size", 0.6), ("metal", 0.2)]),
    D("engagement ring", "Помолвочное кольцо", "n", 6, "engagement ring", None, [("W585", 3), ("R585", 2), ("W750", 2)],
      [("diamond", 4), ("fianit", 2)], (1.8, 3.0), ["Помолвочные кольца", "Свадьба;Помолвочные кольца"], axes=[("size", 1.0)]),
    D("wedding band", "Обручальное кольцо", "n", 8, "wedding band", None, [("R585", 4), ("Y585", 2), ("W585", 2)],
      [(None, 5), ("diamond", 2)], (2.5, 6.0), ["Обручальные кольца", "Свадьба;Обручальные кольца"], axes=[("size", 1.0)]),
    D("earrings", "Серьги", "pl", 10, "earrings", "drop", R585 + SILV, [("fianit", 4), ("pearl", 2), ("topaz", 1), ("chrysolite", 1), ("diamond", 1), (None, 1)],
      (1.8, 5.0), ["Серьги", "Серьги;Золото", "Серьги;Серебро"], axes=[("metal", 0.2)]),
    D("earrings", "Пусеты", "pl", 8, "earrings", "stud", R585 + SILV, [("fianit", 3), ("diamond", 2), ("pearl", 2), ("fianit blue", 1)],
      (0.8, 2.0), ["Серьги;Пусеты", "Пусеты"]),
    D("earrings", "Серьги-конго", "pl", 4, "earrings", "hoop", [("R585", 2), ("S925", 2), ("Y585", 1)], [(None, 1)],
      (1.4, 4.0), ["Серьги", "Серьги;Конго"], axes=[("diam", 0.7)]),
    D("pendant", "Подвеска", "f", 7, "pendant", "round", R585 + SILV, [("fianit", 3), ("diamond", 1), ("garnet", 1), ("amethyst", 1), (None, 2)],
      (0.8, 2.5), ["Подвески", "Подвески и кулоны"]),
    D("pendant", "Кулон", "m", 5, "pendant", "heart", R585 + SILV, [("fianit", 2), ("topaz sky", 1), ("ruby", 1), (None, 2)],
      (0.8, 2.5), ["Подвески и кулоны", "Кулоны"]),
    D("chain", "Цепь", "f", 6, "chain", None, [("R585", 4), ("Y585", 1), ("S925", 2)], [(None, 1)], (3.0, 9.0),
      ["Цепи", "Цепи и цепочки"], axes=[("len", 1.0)]),
    D("chain", "Цепочка", "f", 4, "chain", None, [("R585", 2), ("S925", 2), ("GPS", 1)], [(None, 1)], (1.5, 4.0),
      ["Цепи и цепочки"], axes=[("len", 1.0)]),
    D("necklace", "Колье", "n", 6, "necklace", None, R585 + SILV, [("fianit", 2), ("pearl", 2), ("diamond", 1), ("emerald", 1)],
      (3.0, 8.0), ["Колье", "Колье;Жемчуг"], axes=[("len", 0.4)]),
    D("bracelet", "Браслет", "m", 8, "bracelet", None, [("R585", 3), ("S925", 3), ("GPS", 1), ("W585", 1)],
      [(None, 4), ("fianit", 2), ("pearl", 1), ("topaz", 1)], (2.0, 8.0), ["Браслеты"], axes=[("blen", 0.6)]),
    D("brooch", "Брошь", "f", 2, "brooch", None, [("S925", 1), ("R585", 1)], [("fianit", 1), ("amethyst", 1)], (3.0, 6.0), ["Броши"]),
    D("nose pin", "Пирсинг в нос", "m", 2, "nose pin", None, [("R585", 1), ("W585", 1)], [("fianit", 1), (None, 1)], (0.3, 0.6),
      ["Пирсинг"]),
]

SIZES = ["15", "15,5", "16", "16,5", "17", "17,5", "18", "18,5", "19", "19,5", "20"]


def rub_round(x):
    x = int(x)
    return (x // 1000) * 1000 + 990 if x > 3000 else (x // 100) * 100 + 90


def price_of(code, stone, grams):
    base = grams * PER_G[code] + STONE_RUB[stone] * (1 if stone != "fianit" else 2)
    return float(rub_round(base * 1.15 + (2500 if code[0] in "RYW" else 900)))


def fmt_rub(x, rng):
    s = f"{int(x):,}".replace(",", rng.choice(["\u00a0", " ", "\u202f", " "]))
    return s + rng.choice([" ₽", " руб.", " р.", "₽"])


def plan(rng):
    prods = []
    used = set()
    for d in DESIGNS:
        for i in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code in ("S925", "GPS") and stone in ("diamond", "emerald", "blue sapphire", "ruby"):
                stone = "fianit"
            if d["cat"] == "engagement ring" and code == "W750":
                stone = "diamond"
            name = rng.choice(NAMES)
            while (d["noun"], name) in used:
                name = rng.choice(NAMES)
            used.add((d["noun"], name))
            prods.append(dict(d=d, code=code, stone=stone, name=name, grams=round(rng.uniform(*d["grams"]), 2)))
    return prods


def title_and_body(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    traps = []
    silver = code in ("S925", "GPS")
    gold = not silver
    noun = d["noun"]
    style = rng.random()
    where_metal = "title" if style < 0.55 else ("body" if style < 0.8 else ("chars" if style < 0.93 else "photo"))
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "chars", "nowhere"])
    if stone is None:
        where_stone = rng.choice(["title", "body", "nowhere", "nowhere"])
    title = noun
    if p["d"]["cat"] == "nose pin":
        title = noun
    if where_metal == "title":
        if rng.random() < 0.3 and code in ("S925", "R585", "Y585") and d["g"] in ADJ and d["cat"] not in ("engagement ring", "wedding band", "nose pin"):
            adj = ADJ[d["g"]][0 if gold else 1]
            title = f"{adj.capitalize()} {noun.lower()}" if noun != "Серьги-конго" else f"{adj.capitalize()} серьги-конго"
            if code == "R585":
                title += " 585"
        else:
            title = f"{noun} {METAL_FROM[code]}"
    if where_stone == "title" and stone:
        title += " " + STONE_WITH[stone]
    elif where_stone == "title" and stone is None and d["cat"] in ("ring", "wedding band", "earrings"):
        title += " без вставок" if rng.random() < 0.5 else ""
        if d["cat"] == "wedding band" and "без" not in title:
            title = title.replace("Обручальное кольцо", "Обручальное кольцо гладкое") if rng.random() < 0.5 else title
    if rng.random() < 0.5:
        title += f" «{p['name']}»"
    elif rng.random() < 0.3:
        title = f"{p['name']} | {title}"
    # trap phrases
    if d["cat"] == "chain" and rng.random() < 0.5:
        title += " с алмазной гранью"
        traps.append("с алмазной гранью")
    body_bits = []
    metal_txt = {"R585": "красное золото 585 пробы", "Y585": "жёлтое золото 585 пробы", "W585": "белое золото 585 пробы с родированием",
                 "R750": "красное золото 750 пробы", "Y750": "жёлтое золото 750 пробы", "W750": "белое золото 750 пробы",
                 "S925": "серебро 925 пробы, родирование", "GPS": "серебро 925 пробы с позолотой"}[code]
    if where_metal in ("title", "body"):
        body_bits.append(f"<strong>Металл:</strong> {metal_txt}")
    elif where_metal == "chars":
        body_bits.append("Изделие из нашей базовой коллекции, подходит на каждый день.")
    else:  # photo only: body says nothing about the metal
        body_bits.append("Лаконичный дизайн, который легко сочетать с другими украшениями.")
    if stone and where_stone in ("title", "body"):
        st = {"fianit": "фианиты (кубический цирконий) бриллиантовой огранки", "diamond": "бриллианты Кр57, общий вес 0,{:02d} карат".format(rng.randint(3, 30)),
              "topaz": "натуральный топаз London Blue", "topaz sky": "натуральный топаз Sky Blue", "chrysolite": "хризолит",
              "garnet": "гранат (пироп)", "amethyst": "натуральный аметист", "emerald": "изумруд облагороженный",
              "blue sapphire": "сапфир синий, природный", "ruby": "рубин облагороженный", "pearl": "жемчуг культивированный пресноводный, белый",
              "fianit green": "фианиты зелёного цвета", "fianit blue": "фианиты голубые"}[stone]
        body_bits.append(f"<strong>Вставка:</strong> {st}")
        if stone == "fianit":
            traps.append("бриллиантовой огранки")
    elif stone is None and where_stone == "body":
        body_bits.append("Без вставок, гладкий металл.")
    if d["cat"] == "pendant":
        p["sold_with_chain"] = False
        body_bits.append("Цепочка в комплект не входит.")
    if p["name"] == "Сияние" and stone in ("fianit", None):
        pass
    if d["cat"] in ("ring", "engagement ring", "wedding band"):
        body_bits.append("Размер кольца — внутренний диаметр в мм. Не знаете размер? Напишите нам в Telegram.")
    body_bits.append(f"Средний вес: {str(p['grams']).replace('.', ',')} г")
    if rng.random() < 0.3:
        body_bits.append("Доставка по Москве — бесплатно, по России — СДЭК.")
    text = "<br />".join(body_bits)
    desc = rng.choice(["Хит продаж", "Новинка сезона", "", "Подарок к 8 Марта", "Идеально для подарка", ""])
    chars = {}
    if where_metal != "photo" or rng.random() < 0.0:
        if where_metal in ("chars",) or rng.random() < 0.5:
            m, pr = METAL_CHAR[code]
            chars = {"Characteristics:Металл": m, "Characteristics:Проба": pr}
    if stone and where_stone == "chars":
        chars["Characteristics:Вставка"] = STONE_CHAR[stone]
        if stone == "fianit":
            pass
    elif where_stone in ("title", "body") and rng.random() < 0.4:
        chars["Characteristics:Вставка"] = STONE_CHAR[stone]
    return title, desc, text, chars, traps


def build(out, images=True):
    rng = random.Random(1147)
    outdir = os.path.join(out, "mow_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rows, truths, jobs = [], [], []
    uid0 = 418203377131
    broken_at = {17, 63}
    status_at = {9: "hidden", 40: "hidden", 71: "hidden"}
    oos_at = {25, 52, 88}
    for i, p in enumerate(prods):
        d = p["d"]
        uid = str(uid0 + i * 7919)
        title, desc, text, chars, traps = title_and_body(p, rng)
        p["title"] = title
        p["cat"] = d["cat"]
        p["handle"] = f"mow-{uid}"
        p["status"] = status_at.get(i, "active")
        silver = p["code"] in ("S925", "GPS")
        shop_cat = rng.choice([c for c in d["shop_cat"] if not (silver and "Золото" in c) and not (not silver and "Серебро" in c)
                                and not ("Жемчуг" in c and p["stone"] != "pearl")])
        if p["status"] == "hidden":
            shop_cat = "Архив"
        p["shop_category"] = shop_cat
        if d["cat"] == "engagement ring" and p["stone"] == "diamond":
            p["carat"] = round(rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5]), 2)
        # variants
        vs = []
        names = []
        axes = [a for a, pr in d["axes"] if rng.random() < pr]
        code2 = None
        if "metal" in axes and p["code"] in ("R585", "W585", "Y585"):
            code2 = "W585" if p["code"] != "W585" else "R585"
        if "size" in axes:
            names.append("Размер")
        if code2:
            names.append("Металл")
        if "len" in axes:
            names.append("Длина")
        if "blen" in axes:
            names.append("Длина")
        if "diam" in axes:
            names.append("Диаметр")
        sk = f"{'AU' if p['code'] != 'S925' and p['code'] != 'GPS' else 'AG'}-{1100 + i}"
        if not names:
            pr = price_of(p["code"], p["stone"], p["grams"])
            vs.append(Variant([], p["code"], p["stone"], pr, None, p["grams"], sk))
        else:
            sizes = SIZES[rng.randint(1, 3):rng.randint(7, 10)] if "size" in axes else [None]
            lens = (["40", "45", "50", "55", "60"][:rng.randint(3, 5)] if "len" in axes else
                    ["16", "17", "18", "19"] if "blen" in axes else ["12 мм", "20 мм", "30 мм"] if "diam" in axes else [None])
            metals = [p["code"], code2] if code2 else [p["code"]]
            for m in metals:
                for s in sizes:
                    for j, L in enumerate(lens):
                        g = p["grams"] * (1 + 0.03 * (SIZES.index(s) - 4 if s else 0)) * (1 + 0.2 * j)
                        opts = []
                        if s:
                            opts.append(s)
                        if code2:
                            opts.append(METAL_OPT[m])
                        if L:
                            opts.append(L)
                        vs.append(Variant(opts, m, p["stone"], price_of(m, p["stone"], g), None, g,
                                          f"{sk}-{len(vs) + 1}"))
            if "size" in axes and rng.random() < 0.6:  # same price for every size, as most shops do
                for v in vs:
                    v.price = min(x.price for x in vs if x.code == v.code)
        if rng.random() < 0.2:
            for v in vs:
                v.regular = float(rub_round(v.price * 1.3))
        p["in_stock"] = i not in oos_at
        # photos
        fn = f"{uid[-6:]}__{d['kind'].replace(' ', '_')}_{i:03d}.jpg"
        spec = photo_spec(d["kind"], p["code"], p["stone"], d["style"])
        url = HOST + fn
        broken = i in broken_at
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 18000 + i))
        if code2 and not broken:
            fn2 = f"{uid[-6:]}__{d['kind'].replace(' ', '_')}_{i:03d}_2.jpg"
            jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], code2, p["stone"], d["style"]), 28000 + i))
            extra.append("images/" + fn2)
        photo_field = url + ("".join(" " + HOST + os.path.basename(e) for e in extra))
        # Mark (label) and tags
        mark = rng.choice(["", "", "", "хит", "new", "-20%"]) if not vs[0].regular else "скидка"
        base = {h: "" for h in HEADER}
        pmin = min(v.price for v in vs)
        base.update({"Tilda UID": uid, "Brand": rng.choice(["Aurum & Co", "Aurum & Co", "", "Aurum"]), "SKU": sk, "Mark": mark,
                     "Category": shop_cat, "Title": title, "Description": desc, "Text": text, "Photo": photo_field,
                     "Price": (f"{pmin:.0f}" if rng.random() < 0.5 else f"{pmin:.2f}"),
                     "Quantity": "0" if not p["in_stock"] else rng.choice(["", "1", "2", "3", "5"]),
                     "Price Old": f"{vs[0].regular:.0f}" if vs[0].regular else "",
                     "Weight": str(int(p["grams"] + 40)), "Url": f"https://aurum-co.heldout-mow.example/tproduct/{uid}",
                     "SEO title": "", "External ID": ""})
        base.update(chars)
        prng = random.Random(90000 + i)  # price text only; keeps the main stream unchanged
        if prng.random() < 0.45:
            ptxt = ("от " if len({v.price for v in vs}) > 1 else "") + fmt_rub(pmin, prng)
            base["Description"] = (base["Description"] + " · " if base["Description"] else "") + ptxt
            desc = base["Description"]
        ed_names = names
        if names:
            base["Editions"] = ""
            opts_txt = {}
            for k, nm in enumerate(names):
                opts_txt[nm] = list(dict.fromkeys(v.opts[k] for v in vs))
            base["Modifications"] = ""
        rows.append(base)
        if names:
            for v in vs:
                r = {h: "" for h in HEADER}
                r.update({"Tilda UID": str(int(uid) * 10 + vs.index(v) + 1)[:14], "SKU": v.sku, "Title": title,
                          "Price": f"{v.price:.0f}", "Quantity": "0" if not p["in_stock"] else rng.choice(["", "1", "2"]),
                          "Price Old": f"{v.regular:.0f}" if v.regular else "",
                          "Editions": ";".join(f"{nm}:{o}" for nm, o in zip(ed_names, v.opts)), "Parent UID": uid})
                if code2 and v.code == code2 and extra:
                    r["Photo"] = HOST + os.path.basename(extra[0])
                rows.append(r)
        fields = {"title": title, "body": desc + " " + text, "type": shop_cat,
                  "attributes": " ".join(f"{k.split(':')[1]}: {v}" for k, v in chars.items())}
        if names:
            fields["options"] = " ".join(";".join(f"{nm}:{o}" for nm, o in zip(ed_names, v.opts)) for v in vs)
        if traps:
            p["traps"] = traps
        if p["code"] in ("R585", "R750"):
            p["gold_shade"] = "red"
        t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                         "price_old")
        t["tilda_uid"] = uid
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"mow {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
