"""Isfahan shop: گالری طلا و جواهر نقش جهان (Naqsh-e Jahan gold & jewellery gallery), Isfahan
(WooCommerce with the store currency set to Iranian toman, IRT).

WooCommerce's built-in exporter (Products > Export, all columns, 9.x): UTF-8 with
BOM, `,` separator, PHP-style quoting, variable parents and `variation` rows with
Parent = id:NN, Published 1 / 0 / -1, In stock? 1 / 0, Images joined by `, `.
Admin in English (column names English), product text in Persian.
"""

from __future__ import annotations

import os
import random

from mel_shop import HEADER as MEL_HEADER
from nineteenth_common import NMETALS, NSTONES, Variant, evidence, fa, fa_money, photo_spec, truth_record, wchoice

HEADER = MEL_HEADER[:3] + ["GTIN, UPC, EAN, or ISBN"] + MEL_HEADER[3:]
HOST = "https://naghshejahangold.heldout-ifn.example/wp-content/uploads/"  # files under 2025/MM/
CURRENCY = "IRT"
EXPORT_NAME = "wc-product-export-26-11-2025-1764150392118.csv"

RATE18 = 9_850_000          # toman per gram of 18K on the export day
PER_G = {"S925": 95_000, "GPS": 110_000}
FLAT = {"S925": 450_000, "GPS": 550_000, "GPB": 390_000, "SS": 290_000, "GPSS": 340_000}
STONE_T = {None: 0, "diamond": 38_000_000, "cz": 250_000, "cz green": 250_000, "ruby": 14_000_000,
           "emerald": 16_000_000, "pearl": 2_400_000, "turquoise": 1_900_000, "agate red": 650_000,
           "agate black": 450_000, "sapphire": 15_000_000}
GOLD_WORD = {"Y18": ["طلای زرد ۱۸ عیار", "طلا زرد", "طلای ۱۸ عیار زرد"],
             "W18": ["طلای سفید ۱۸ عیار", "طلا سفید", "طلای سفید"],
             "R18": ["طلای رزگلد ۱۸ عیار", "رزگلد", "طلای رز"],
             "S925": ["نقره ۹۲۵", "نقره", "نقره استرلینگ"],
             "GPS": ["نقره با آبکاری طلا", "نقره آب طلا"],
             "GPB": ["ژوپینگ", "ژوپینگ آبکاری طلا", "طلا روسی"],
             "SS": ["استیل", "استیل ۳۱۶"],
             "GPSS": ["استیل رنگ ثابت", "استیل آبکاری طلا"]}
MATERIAL_ATTR = {"Y18": "طلا ۱۸ عیار", "W18": "طلای سفید", "R18": "طلا ۱۸ عیار رزگلد", "S925": "نقره ۹۲۵",
                 "GPS": "نقره آبکاری طلا", "GPB": "بدلیجات ژوپینگ", "SS": "استیل", "GPSS": "استیل آبکاری طلا"}
COLOUR_OPT = {"Y18": "زرد", "W18": "سفید", "R18": "رزگلد"}
STONE_WORD = {"diamond": ["برلیان", "الماس"], "cz": ["نگین زیرکونیا", "نگین اتمی", "زیرکن"],
              "cz green": ["نگین زیرکونیا سبز"], "ruby": ["یاقوت سرخ", "یاقوت"], "emerald": ["زمرد"],
              "pearl": ["مروارید"], "turquoise": ["فیروزه نیشابور", "فیروزه"], "agate red": ["عقیق یمنی سرخ", "عقیق قرمز"],
              "agate black": ["عقیق سیاه"], "sapphire": ["یاقوت کبود"]}
NAMES = ["نازنین", "رها", "مهسا", "ستاره", "آوا", "یاس", "نیلوفر", "پرنیان", "شقایق", "ترنج", "گل‌سرخ", "آسمان",
         "باران", "مهتاب", "ونوس", "اطلس", "سپیده", "پروانه", "ماهور", "کیمیا"]
GOLD = [("Y18", 5), ("W18", 2), ("R18", 2)]


def D(cat, nouns, n, kind, style, metals, stones, grams, cats, axes=(), **kw):
    d = dict(cat=cat, nouns=nouns, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("ring", ["انگشتر", "انگشتر زنانه"], 12, "ring", "solitaire", GOLD,
      [("cz", 4), ("diamond", 2), (None, 2), ("ruby", 1), ("emerald", 1), ("pearl", 1), ("turquoise", 1)], (1.8, 4.5),
      ["انگشتر", "انگشتر > انگشتر زنانه", "طلا > انگشتر"], axes=[("size", 0.5)]),
    D("ring", ["انگشتر مردانه", "انگشتر نقره مردانه"], 10, "ring", "signet", [("S925", 1)],
      [("agate red", 4), ("turquoise", 3), ("agate black", 1), (None, 1)], (6.0, 14.0),
      ["انگشتر مردانه", "نقره > انگشتر مردانه"], axes=[("size", 0.6)], for_="men"),
    D("engagement ring", ["انگشتر تک نگین", "انگشتر نامزدی"], 5, "engagement ring", None, [("W18", 2), ("Y18", 1), ("R18", 1)],
      [("diamond", 3), ("cz", 2)], (1.8, 3.2), ["انگشتر > انگشتر نامزدی", "حلقه و نامزدی"], axes=[("size", 0.8)]),
    D("wedding band", ["حلقه ازدواج", "رینگ"], 5, "wedding band", None, [("Y18", 2), ("W18", 2), ("R18", 1)],
      [(None, 3), ("diamond", 1)], (2.5, 5.0), ["حلقه و نامزدی"], axes=[("size", 1.0)]),
    D("earrings", ["گوشواره میخی", "گوشواره"], 7, "earrings", "stud", GOLD + [("S925", 2)],
      [("cz", 3), ("diamond", 1), ("pearl", 2), ("turquoise", 1)], (0.8, 2.2), ["گوشواره", "طلا > گوشواره"]),
    D("earrings", ["گوشواره حلقه‌ای", "گوشواره رینگی"], 4, "earrings", "hoop", GOLD + [("GPB", 1)], [(None, 1)],
      (1.2, 3.5), ["گوشواره"]),
    D("earrings", ["گوشواره آویز", "گوشواره بلند"], 4, "earrings", "drop", GOLD + [("S925", 1)],
      [("cz", 2), ("pearl", 1), ("emerald", 1)], (1.5, 4.0), ["گوشواره"]),
    D("pendant", ["پلاک و ان یکاد", "پلاک", "آویز", "مدال"], 7, "pendant", "round", GOLD + [("S925", 1)],
      [(None, 3), ("cz", 2), ("turquoise", 1), ("agate red", 1)], (0.8, 3.0), ["آویز و پلاک", "طلا > پلاک"]),
    D("chain", ["زنجیر", "زنجیر طلا"], 5, "chain", None, [("Y18", 3), ("W18", 1), ("S925", 1)], [(None, 1)], (2.0, 9.0),
      ["زنجیر", "طلا > زنجیر"], axes=[("len", 1.0)]),
    D("necklace", ["گردنبند", "گردنبند مروارید", "سینه‌ریز"], 5, "necklace", None, GOLD + [("S925", 1)],
      [("cz", 2), ("pearl", 2), ("turquoise", 1)], (3.0, 10.0), ["گردنبند"]),
    D("bracelet", ["دستبند", "دستبند زنانه"], 6, "bracelet", None, GOLD + [("S925", 2)],
      [(None, 3), ("cz", 1), ("turquoise", 1), ("pearl", 1)], (2.5, 8.0), ["دستبند"]),
    D("bangle", ["النگو", "النگو طلا"], 3, "bangle", None, [("Y18", 1)], [(None, 1)], (6.0, 15.0), ["النگو", "طلا > النگو"]),
    D("jewellery set", ["نیم‌ست", "سرویس"], 3, "necklace", None, GOLD, [("cz", 2), ("pearl", 1)], (6.0, 14.0),
      ["سرویس و نیم ست"], set_contents=["necklace", "earrings"]),
    D("anklet", ["پابند"], 2, "anklet", None, [("S925", 1), ("GPB", 1)], [(None, 1)], (1.5, 3.0), ["پابند", "بدلیجات"]),
    # costume and steel pieces
    D("bracelet", ["دستبند ژوپینگ", "دستبند"], 3, "bracelet", None, [("GPB", 1)], [(None, 1), ("cz", 1)], (3.0, 6.0),
      ["بدلیجات", "بدلیجات > ژوپینگ"]),
    D("necklace", ["گردنبند ژوپینگ", "گردنبند"], 2, "necklace", None, [("GPB", 1)], [("cz", 1)], (3.0, 6.0), ["بدلیجات"]),
    D("chain", ["زنجیر استیل", "زنجیر"], 3, "chain", None, [("SS", 1), ("GPSS", 1)], [(None, 1)], (5.0, 15.0),
      ["استیل", "بدلیجات > استیل"]),
    D("bracelet", ["دستبند استیل"], 2, "bracelet", None, [("SS", 1), ("GPSS", 1)], [(None, 1)], (5.0, 12.0), ["استیل"]),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]


def toman_round(x):
    x = int(x)
    return float((x // 10_000) * 10_000) if x > 2_000_000 else float((x // 1000) * 1000)


def price_of(code, stone, grams, ojrat):
    if code in ("Y18", "W18", "R18"):
        base = grams * RATE18 * (1 + ojrat) * 1.07
        base += 0.09 * grams * RATE18 * (ojrat + 0.07)
        return toman_round(base + STONE_T[stone])
    st = STONE_T[stone]
    if code in ("GPB", "SS", "GPSS"):
        st = 0
    elif stone and stone.startswith("cz"):
        st = 90_000
    return toman_round(grams * PER_G.get(code, 0) + FLAT[code] + st)


def plan(rng):
    prods, used = [], set()
    for d in DESIGNS:
        for _ in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code in ("S925", "GPS", "GPB", "SS", "GPSS") and stone in ("diamond", "ruby", "emerald", "sapphire"):
                stone = "cz"
            noun = rng.choice(d["nouns"])
            name = rng.choice(NAMES)
            while (noun, name) in used:
                name = rng.choice(NAMES)
            used.add((noun, name))
            prods.append(dict(d=d, code=code, stone=stone, noun=noun, name=name,
                              grams=round(rng.uniform(*d["grams"]), 2), ojrat=rng.choice([0.12, 0.15, 0.18, 0.2, 0.25])))
    return prods


def texts(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    gold = code in ("Y18", "W18", "R18")
    traps = []
    r = rng.random()
    where_metal = "title" if r < 0.55 else ("body" if r < 0.75 else ("attr" if r < 0.9 else "photo"))
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "attr", "nowhere"])
    title = p["noun"]
    if where_metal == "title" and not any(w in title for w in ("ژوپینگ", "استیل", "نقره", "طلا")):
        title += " " + rng.choice(GOLD_WORD[code])
    elif where_metal == "title" and title.endswith("طلا") and code in COLOUR_OPT:
        title = title[:-3] + rng.choice(GOLD_WORD[code][:1] + [f"طلای {COLOUR_OPT[code]}"])
    if "زنجیر طلا" in title and code not in ("Y18", "W18", "R18"):
        title = title.replace("زنجیر طلا", "زنجیر")
    if stone and where_stone == "title" and "مروارید" not in title:
        title += " " + rng.choice(["با ", "", "نگین "]) .strip() + " " + rng.choice(STONE_WORD[stone])
        title = title.replace("  ", " ").replace("نگین نگین", "نگین")
    if "مروارید" in title and stone != "pearl":
        title = title.replace("گردنبند مروارید", "گردنبند")
    if rng.random() < 0.5:
        title += " طرح " + p["name"] if rng.random() < 0.6 else " مدل " + p["name"]
    if "ژوپینگ" in title or code == "GPB":
        traps.append("طرح طلا")
    body = []
    mtxt = {"Y18": "طلای زرد ۱۸ عیار (۷۵۰)", "W18": "طلای سفید ۱۸ عیار", "R18": "طلای رزگلد ۱۸ عیار",
            "S925": "نقره ۹۲۵ ایتالیایی با روکش رودیوم", "GPS": "نقره ۹۲۵ با آبکاری طلا",
            "GPB": "آلیاژ با آبکاری طلا (ژوپینگ)، طرح طلا و رنگ ثابت", "SS": "استیل ضدحساسیت ۳۱۶L، بدون تغییر رنگ",
            "GPSS": "استیل با آبکاری طلا، رنگ ثابت"}[code]
    if where_metal in ("title", "body"):
        body.append(f"جنس: {mtxt}")
    elif where_metal == "attr":
        body.append("مناسب برای هدیه و استفاده روزمره.")
    else:
        body.append("طراحی ظریف و شیک، ساخت کارگاه اصفهان.")
    if stone and where_stone in ("title", "body"):
        st = {"cz": "نگین زیرکونیا با تراش برلیان", "cz green": "نگین زیرکونیا سبز", "diamond": "برلیان طبیعی",
              "ruby": "یاقوت سرخ", "emerald": "زمرد کلمبیا", "pearl": "مروارید پرورشی",
              "turquoise": "فیروزه اصل نیشابور", "agate red": "عقیق یمنی سرخ، شرف‌الشمس نیست",
              "agate black": "عقیق سیاه", "sapphire": "یاقوت کبود"}[stone]
        if stone == "agate red":
            st = "عقیق یمنی سرخ اصل"
        body.append(f"نوع نگین: {st}")
        if stone == "cz":
            traps.append("تراش برلیان")
    elif stone is None and where_stone == "body":
        body.append("بدون نگین، ساده و براق.")
    if d["cat"] == "ring" and code == "S925" and rng.random() < 0.5:
        body.append("رکاب دست‌ساز با مینای فیروزه‌ای.")
        traps.append("مینای فیروزه‌ای")
    if gold:
        body.append(f"وزن: {fa(str(p['grams']).replace('.', '٫'))} گرم")
        if rng.random() < 0.4:
            body.append(f"(حدود {fa(str(round(p['grams'] / 4.608, 2)).replace('.', '٫'))} مثقال)")
        body.append(f"اجرت ساخت: {fa(int(p['ojrat'] * 100))}٪")
        body.append("قیمت بر اساس نرخ روز طلا محاسبه می‌شود و ممکن است تغییر کند.")
    if d["cat"] == "pendant":
        body.append("قیمت بدون زنجیر است.")
        p["sold_with_chain"] = False
    if d["cat"] in ("ring", "engagement ring", "wedding band"):
        body.append("سایز انگشتر را از جدول سایز انتخاب کنید؛ امکان سایز کردن رایگان تا ۷ روز.")
    attrs = []
    if where_metal == "attr" or (where_metal != "photo" and rng.random() < 0.4):
        attrs.append(("جنس", MATERIAL_ATTR[code]))
    if stone and (where_stone == "attr" or rng.random() < 0.25):
        attrs.append(("نوع سنگ", STONE_WORD[stone][0]))
    if gold and where_metal != "photo" and rng.random() < 0.4:
        attrs.append(("عیار", "۱۸"))
    return title, body, attrs, traps


def build(out, images=True):
    rng = random.Random(4040)
    outdir = os.path.join(out, "ifn_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {21, 60}
    por_at = {7, 33, 52, 71}                   # تماس بگیرید: no price, not purchasable
    pub_at = {15: "-1", 44: "0", 80: "-1"}      # draft / private
    oos_at = {26, 48, 77}
    wid = 3310
    for i, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(50000 + i)
        if d["cat"] == "engagement ring" and p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.3, 0.5])
        elif p["stone"] == "diamond":
            p["carat"] = prng.choice([0.04, 0.06, 0.1])
        title, body, attrs, traps = texts(p, rng)
        p["title"] = title
        p["cat"] = d["cat"]
        if d.get("for_"):
            p["for"] = d["for_"]
        if d["cat"] == "jewellery set":
            p["set_contents"] = d["set_contents"]
        pub = pub_at.get(i, "1")
        p["status"] = {"1": "publish", "-1": "draft", "0": "private"}[pub]
        por = i in por_at
        p["live"] = pub == "1" and not por
        if por:
            p["for_sale"] = False
        if p["code"] in ("Y18", "W18", "R18"):
            p["gold_weight"] = p["grams"]
        gold = p["code"] in ("Y18", "W18", "R18")
        cats = rng.choice([c for c in d["cats"] if not (c.startswith("طلا") and not gold)
                           and not (c.startswith("نقره") and p["code"] != "S925")
                           and not ("بدلیجات" in c and p["code"] not in ("GPB", "SS", "GPSS"))] or d["cats"][:1])
        p["shop_category"] = cats
        axes = [a for a, pr in d["axes"] if rng.random() < pr]
        code2 = None
        if "size" not in axes and d["cat"] in ("ring", "earrings") and p["code"] in ("Y18", "W18", "R18") and rng.random() < 0.25:
            code2 = "W18" if p["code"] != "W18" else "Y18"
        names, vs = [], []
        if "size" in axes:
            names.append("سایز")
        if code2:
            names.append("رنگ طلا")
        if "len" in axes:
            names.append("طول")
        sku = f"NJ-{fa(1400 + i) if prng.random() < 0.0 else 1400 + i}"
        if not names:
            vs.append(Variant([], p["code"], p["stone"], None if por else price_of(p["code"], p["stone"], p["grams"], p["ojrat"]),
                              None, p["grams"], sku))
        else:
            sizes = SIZES[rng.randint(0, 2):rng.randint(4, 7)] if "size" in axes else [None]
            lens = ["۴۵ سانتی", "۵۰ سانتی", "۶۰ سانتی"][:rng.randint(2, 3)] if "len" in axes else [None]
            for m in ([p["code"], code2] if code2 else [p["code"]]):
                for s in sizes:
                    for j, L in enumerate(lens):
                        g = p["grams"] * (1 + 0.02 * (SIZES.index(s) - 2 if s else 0)) * (1 + 0.2 * j)
                        opts = [x for x in (fa(s) if s else None, COLOUR_OPT[m] if code2 else None, L) if x]
                        vs.append(Variant(opts, m, p["stone"], None if por else price_of(m, p["stone"], g, p["ojrat"]),
                                          None, g, f"{sku}-{len(vs) + 1}"))
        if not por and prng.random() < 0.12:
            for v in vs:
                v.regular = v.price
                v.price = toman_round(v.price * 0.9)
        p["in_stock"] = i not in oos_at
        p["handle"] = f"nj-{wid}"
        # photos
        month = "11" if i % 3 else "10"
        fn = f"2025/{month}/{p['handle']}-{d['kind'].replace(' ', '-')}.jpg"
        spec = photo_spec(d["kind"], p["code"], p["stone"], d["style"] if d["style"] != "signet" else "solitaire")
        url = HOST + fn
        broken = i in broken_at
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 40000 + i))
        fn2 = None
        if code2:
            fn2 = f"2025/{month}/{p['handle']}-{d['kind'].replace(' ', '-')}-2.jpg"
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], code2, p["stone"], d["style"]), 41000 + i))
                extra.append("images/" + fn2)
        # price text in the description, as Isfahan writes it
        short = ""
        if por:
            short = "قیمت: تماس بگیرید"
        elif prng.random() < 0.45:
            x = vs[0].price
            short = prng.choice([f"قیمت: {fa_money(x)} تومان", f"{fa_money(x * 10)} ریال",
                                 f"حدود {fa(str(round(x / 1e6, 1)).replace('.', '٫'))} میلیون تومان",
                                 f"{fa_money(x)} تومن"])
        desc = "\\n".join(body)
        tags = ", ".join(t for t in [prng.choice(["", "هدیه", "روز مادر", "ولنتاین", "پرفروش"]),
                                     prng.choice(["", "جدید", ""]),
                                     "طلا ۱۸ عیار" if (p["code"] in ("Y18", "W18", "R18") and prng.random() < 0.3) else "",
                                     "نقره" if (p["code"] == "S925" and prng.random() < 0.4) else ""] if t)
        img_field = url + (", " + HOST + fn2 if fn2 else "")
        base = {h: "" for h in HEADER}
        stock_qty = "" if prng.random() < 0.5 else str(prng.randint(1, 4))
        base.update({"ID": str(wid), "Type": "variable" if names else "simple", "SKU": sku, "Name": title,
                     "Published": pub, "Is featured?": "1" if prng.random() < 0.08 else "0",
                     "Visibility in catalog": "visible", "Short description": short, "Description": desc,
                     "Tax status": "taxable", "In stock?": "1" if p["in_stock"] else "0",
                     "Stock": "0" if not p["in_stock"] else stock_qty, "Backorders allowed?": "0",
                     "Sold individually?": "1" if p["code"] in ("Y18", "W18", "R18") else "0",
                     "Weight (kg)": "", "Allow customer reviews?": "1", "Categories": cats, "Tags": tags,
                     "Images": img_field, "Position": "0"})
        if not names:
            if not por:
                base["Regular price"] = f"{(vs[0].regular or vs[0].price):.0f}"
                base["Sale price"] = f"{vs[0].price:.0f}" if vs[0].regular else ""
        n_attr = 0
        attr_fields = []
        if names:
            for k, nm in enumerate(names):
                n_attr += 1
                base[f"Attribute {n_attr} name"] = nm
                base[f"Attribute {n_attr} value(s)"] = ", ".join(dict.fromkeys(v.opts[k] for v in vs))
                base[f"Attribute {n_attr} visible"] = "1"
                base[f"Attribute {n_attr} global"] = "0"
        for nm, val in attrs[: 2 - n_attr]:
            n_attr += 1
            base[f"Attribute {n_attr} name"] = nm
            base[f"Attribute {n_attr} value(s)"] = val
            base[f"Attribute {n_attr} visible"] = "1"
            base[f"Attribute {n_attr} global"] = "0"
            attr_fields.append(f"{nm}: {val}")
        rows.append(base)
        for k, v in enumerate(vs if names else []):
            r = {h: "" for h in HEADER}
            r.update({"ID": str(wid + k + 1), "Type": "variation", "SKU": v.sku, "Name": f"{title} - {', '.join(v.opts)}",
                      "Published": "1" if pub == "1" else pub, "Is featured?": "0", "Visibility in catalog": "visible",
                      "Tax status": "taxable", "Tax class": "parent", "In stock?": "1" if p["in_stock"] else "0",
                      "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                      "Regular price": "" if por else f"{(v.regular or v.price):.0f}",
                      "Sale price": f"{v.price:.0f}" if v.regular else "", "Parent": f"id:{wid}",
                      "Position": str(k + 1)})
            for j, nm in enumerate(names):
                r[f"Attribute {j + 1} name"] = nm
                r[f"Attribute {j + 1} value(s)"] = v.opts[j]
                r[f"Attribute {j + 1} global"] = "0"
            if code2 and v.code == code2 and fn2:
                r["Images"] = HOST + fn2
            rows.append(r)
        fields = {"title": title, "body": short + " " + desc, "type": cats, "tags": tags,
                  "attributes": " ".join(attr_fields)}
        if names:
            fields["options"] = " ".join(" ".join(v.opts) for v in vs)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                         "regular_price")
        t["woo_id"] = wid
        t["woo_type"] = "variable" if names else "simple"
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"ifn {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
        wid += len(vs) + 1 if names else 1
    return truths, rows, jobs, outdir
