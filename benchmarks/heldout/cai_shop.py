"""Plan of the Cairo shop: مجوهرات لوتس (Lotus Jewellery), Heliopolis (EGP).

WooCommerce built-in exporter (Products > Export, all columns) run from an
Arabic admin: the column headers are the ar translation's strings, the values
stay raw (simple / variable / variation, 1 / 0 / -1, visible, taxable, id:NN).
UTF-8 with BOM, PHP fputcsv quoting, variable parents without prices,
`variation` rows pointing back with Parent = id:NN, Categories with `>`
hierarchy and `, ` between categories, description newlines as literal \\n.
"""

from __future__ import annotations

import os
import random

from fifteenth_common import XMETALS, XSTONES, Variant, evidence, render_spec, truth_record, wchoice

HOST = "https://heldout-cai.example/wp-content/uploads/"
CURRENCY = "EGP"
EXPORT_NAME = "wc-product-export-2-12-2026-1764676800391.csv"

EN = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
      "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
      "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)",
      "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price",
      "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days",
      "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position",
      "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
      "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]
AR = ["المعرف", "النوع", "رمز المنتج", "GTIN، أو UPC، أو EAN، أو ISBN", "الاسم", "منشور", "مميز؟", "الظهور في الكتالوج",
      "وصف قصير", "الوصف", "تاريخ بدء سعر التخفيض", "تاريخ انتهاء سعر التخفيض", "حالة الضريبة", "فئة الضريبة",
      "متوفر في المخزون؟", "المخزون", "كمية المخزون المنخفض", "السماح بالطلبات المسبقة؟", "يباع بشكل فردي؟", "الوزن (kg)",
      "الطول (cm)", "العرض (cm)", "الارتفاع (cm)", "السماح بمراجعات الزبائن؟", "ملاحظة الشراء", "سعر التخفيض",
      "السعر الافتراضي", "التصنيفات", "الوسوم", "فئة الشحن", "الصور", "حد التنزيل", "أيام انتهاء صلاحية التنزيل",
      "الأب", "المنتجات المجمعة", "منتجات الترقية", "منتجات البيع العابر", "الرابط الخارجي", "نص الزر", "الموضع",
      "اسم السمة 1", "قيمة (قيم) السمة 1", "السمة 1 مرئية", "السمة 1 عامة",
      "اسم السمة 2", "قيمة (قيم) السمة 2", "السمة 2 مرئية", "السمة 2 عامة"]
H = dict(zip(EN, AR))
HEADER = AR

# EGP per gram including the workshop's مصنعية, and a fixed bench charge
GRAM = {"Y21": 4950, "Y18": 4350, "W18": 4500, "R18": 4400, "Y24": 5650, "S925": 115, "GPS": 135,
        "SS": 40, "GPSS": 55}
BENCH = {"Y21": 300, "Y18": 500, "W18": 650, "R18": 550, "Y24": 200, "S925": 350, "GPS": 420, "SS": 180, "GPSS": 220}
STONE_EGP = {None: 0, "cz": 150, "cz green": 150, "cz red": 150, "cz blue": 150, "pearl": 900, "turquoise": 700,
             "ruby": 9500, "emerald": 12000, "agate": 450, "mop": 400}
AR_COL = {"yellow": "أصفر", "white": "أبيض", "rose": "روز"}
AR_STONE = {"cz": "زركون", "cz green": "زركون أخضر", "cz red": "زركون أحمر", "cz blue": "زركون أزرق", "pearl": "لؤلؤ",
            "turquoise": "فيروز", "ruby": "ياقوت أحمر", "emerald": "زمرد", "agate": "عقيق", "diamond": "ألماظ",
            "mop": "صدف"}
NAMES = ["مريم", "سلمى", "نور", "ماسة", "يوسف", "فريدة", "ليلى", "جنى"]

DESIGNS = [
    dict(key="twist", cat="ring", kind="ring", style="band", name="خاتم تويست", codes=["Y21", "Y18", "R18"], stones=[None], g=(2.2, 4.0), n=4, size=True),
    dict(key="flower", cat="ring", kind="ring", style="flower", name="خاتم وردة", codes=["Y21", "Y18"], stones=[None, "cz"], g=(2.5, 4.0), n=3, size=True, trap="وردة"),
    dict(key="dbla", cat="wedding band", kind="ring", style="wedding", name="دبلة سادة", codes=["Y21", "Y18", "W18"], stones=[None], g=(3.5, 6.0), n=4, size=True, plain=True),
    dict(key="dbla_m", cat="wedding band", kind="ring", style="mens", name="دبلة رجالي", codes=["S925"], stones=[None], g=(6.0, 9.0), n=3, size=True, men=True),
    dict(key="mahbas", cat="wedding band", kind="ring", style="stacking", name="محبس", codes=["W18", "Y18", "Y21"], stones=["diamond", "cz"], g=(2.0, 3.0), n=4, size=True),
    dict(key="soli", cat="engagement ring", kind="ring", style="solitaire", name="خاتم سوليتير", codes=["W18", "Y18"], stones=["diamond"], g=(2.5, 3.5), n=4, size=True),
    dict(key="soli_s", cat="ring", kind="ring", style="solitaire", name="خاتم سوليتير", codes=["S925", "GPS"], stones=["cz"], g=(2.5, 3.5), n=3, size=True, trap="سوليتير"),
    dict(key="gem", cat="ring", kind="ring", style="cocktail", name="خاتم بفص", codes=["Y18", "Y21"], stones=["ruby", "emerald"], g=(4.0, 6.0), n=4, size=True),
    dict(key="fairouz", cat="ring", kind="ring", style="bezel", name="خاتم فيروز", codes=["S925", "Y21"], stones=["turquoise"], g=(4.0, 7.0), n=3, size=True),
    dict(key="halaq", cat="earrings", kind="earrings", style="drop", name="حلق", codes=["Y18", "Y21", "W18"], stones=["cz", None], g=(2.0, 4.0), n=5),
    dict(key="baby", cat="earrings", kind="earrings", style="stud", name="حلق بيبي", codes=["Y21", "Y18"], stones=[None, "cz"], g=(0.8, 1.4), n=3, kids=True),
    dict(key="halaq_s", cat="earrings", kind="earrings", style="hoop", name="حلق", codes=["S925", "GPS", "SS"], stones=[None, "cz", "pearl"], g=(2.0, 4.5), n=5),
    dict(key="chain", cat="chain", kind="chain", style="curb", name="سلسلة كارتير", codes=["Y21", "Y18", "S925"], stones=[None], g=(4.0, 9.0), n=4, length=True, trap="كارتير"),
    dict(key="chain_d", cat="chain", kind="chain", style="rope", name="سلسلة قص ألماظ", codes=["Y21", "Y18", "S925", "SS"], stones=[None], g=(3.0, 7.0), n=4, length=True, trap="قص ألماظ"),
    dict(key="horus", cat="pendant", kind="pendant", pendant="drop", name="تعليقة عين حورس", codes=["Y18", "Y21", "S925"], stones=[None, "turquoise"], g=(1.5, 3.0), n=4, wchain=True),
    dict(key="cartouche", cat="pendant", kind="pendant", pendant="locket", name="خرطوش فرعوني بالاسم", codes=["Y18", "Y21", "S925", "GPS"], stones=[None], g=(2.0, 4.5), n=6, wchain=True, name_pendant=True),
    dict(key="collier", cat="necklace", kind="necklace", style="beaded", name="كوليه لؤلؤ", codes=["S925", "Y18"], stones=["pearl"], g=(2.0, 4.0), n=3, sc=5200),
    dict(key="butterfly", cat="necklace", kind="pendant", pendant="heart", name="كوليه فراشة", codes=["Y18", "W18", "R18", "S925"], stones=["cz", "diamond"], g=(2.0, 3.5), n=4),
    dict(key="ghwesha", cat="bangle", kind="bangle", style="carved", name="غويشة مخرطة", codes=["Y21"], stones=[None], g=(9.0, 16.0), n=4, bsize=True),
    dict(key="ghwesha_p", cat="bangle", kind="bangle", style="single", name="غويشة سادة", codes=["Y21", "Y18"], stones=[None], g=(7.0, 12.0), n=3, bsize=True),
    dict(key="ensyal", cat="bracelet", kind="bracelet", style="tennis", name="انسيال تنس", codes=["S925", "W18", "Y18"], stones=["cz"], g=(5.0, 9.0), n=4),
    dict(key="ensyal_c", cat="bracelet", kind="bracelet", style="charm", name="انسيال", codes=["Y21", "Y18", "SS", "GPSS"], stones=[None, "turquoise"], g=(3.0, 7.0), n=5, enamel=True),
    dict(key="khalkhal", cat="anklet", kind="anklet", style="single", name="خلخال", codes=["S925", "Y21"], stones=[None], g=(4.0, 8.0), n=3),
    dict(key="broche", cat="brooch", kind="brooch", style="flower", name="بروش", codes=["S925", "GPS"], stones=["pearl", "cz"], g=(5.0, 9.0), n=2),
    dict(key="kabak", cat="cufflinks", kind="earrings", style="stud", name="كبك رجالي", codes=["S925", "Y18"], stones=[None, "agate"], g=(6.0, 10.0), n=3, men=True),
]
CAT_AR = {"ring": "خواتم", "engagement ring": "خواتم", "wedding band": "دبل ومحابس", "earrings": "حلقان",
          "chain": "سلاسل", "pendant": "دلايات وتعاليق", "necklace": "كوليهات", "bangle": "غوايش",
          "bracelet": "انسيالات", "anklet": "خلاخيل", "brooch": "اكسسوارات", "cufflinks": "رجالي"}
DIG = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


def egp(x: float) -> int:
    return int(round(x / 50.0)) * 50


def metal_ar(rng, code, colour=True):
    m = XMETALS[code]
    if code in ("Y21", "Y24"):
        return rng.choice([f"ذهب عيار {m[2]}", f"دهب {m[2]}", f"ذهب عيار {m[2]}"])  # 21 states yellow by itself
    if code in ("Y18", "W18", "R18"):
        if colour:
            c = {"yellow": rng.choice(["ذهب أصفر", "دهب أصفر"]), "white": rng.choice(["ذهب أبيض", "وايت جولد"]),
                 "rose": rng.choice(["ذهب وردي", "روز جولد"])}[m[1]]
            return f"{c} عيار 18"
        return rng.choice(["ذهب عيار 18", "دهب 18", "18K"])
    return {"S925": rng.choice(["فضة 925", "فضة استرليني", "فضة ٩٢٥"]),
            "GPS": rng.choice(["فضة 925 مطلية بالذهب", "فضة مطلي دهب عيار 18"]),
            "SS": rng.choice(["ستانلس ستيل لون فضي", "استانلس ستيل"]),
            "GPSS": "ستانلس ستيل مطلي دهب"}[code]


def make_product(rng, d, i, serial):
    code = rng.choice(d["codes"])
    stone = rng.choice(d["stones"])
    gold = code[0] in "YWR"
    p = {"serial": serial, "cat": d["cat"], "code": code, "stone": stone, "traps": [], "others": [], "d": d}
    if d.get("men"):
        p["for"] = "men"
    if d.get("kids"):
        p["for"] = "kids"
    grams = round(rng.uniform(*d["g"]), 2)
    carat = None
    sc = d.get("sc", STONE_EGP.get(stone, 0))
    if stone == "diamond":
        carat = rng.choice([0.3, 0.5, 0.7, 1.0]) if d["key"] == "soli" else rng.choice([0.1, 0.15, 0.25])
        sc = int(carat * 95000 * (1 + carat))
    p["carat"] = carat
    base = grams * GRAM[code] + BENCH[code] + sc
    mc_place = "title"
    if code in ("Y18", "W18", "R18"):
        mc_place = wchoice(rng, [("title", 40), ("body", 20), ("options", 15), ("categories", 6), ("tags", 9), ("photo", 10)])
    elif gold:
        mc_place = wchoice(rng, [("title", 85), ("body", 15)])  # 21 / 24 karat states yellow wherever the karat is
    else:
        mc_place = wchoice(rng, [("title", 75), ("body", 25)])
    st_place = None if stone is None else wchoice(rng, [("title", 60), ("body", 25), ("tags", 10), ("nowhere", 5)])
    if stone == "diamond":
        st_place = wchoice(rng, [("title", 75), ("body", 25)])
    axes = []
    if mc_place == "options":
        first = code[0]
        axes.append(("اللون", [(AR_COL[XMETALS[f"{c}18"][1]], dict(code=f"{c}18")) for c in [first] + [c for c in "YWR" if c != first]]))
    elif code in ("Y18", "Y21") and d["cat"] in ("chain", "earrings", "bangle") and rng.random() < 0.4:
        other = "Y21" if code == "Y18" else "Y18"
        axes.append(("العيار", [(f"عيار {XMETALS[code][2]}", dict(code=code)), (f"عيار {XMETALS[other][2]}", dict(code=other))]))
    if d.get("size") and len(axes) < 2:
        sizes = ["16", "17", "18", "19", "20", "21"] if not d.get("men") else ["20", "21", "22", "23", "24"]
        if gold and rng.random() < 0.5:
            sizes = sizes[:4]
        axes.append(("المقاس", [(s, dict()) for s in sizes]))
    if d.get("length") and len(axes) < 2:
        axes.append(("الطول", [("45 سم", dict(g=1.0)), ("50 سم", dict(g=1.12)), ("60 سم", dict(g=1.33))]))
    if d.get("bsize") and len(axes) < 2:
        axes.append(("المقاس", [("مقاس 6", dict(g=1.0)), ("مقاس 6.5", dict(g=1.06)), ("مقاس 7", dict(g=1.12))]))
    combos = [[]]
    for nm, vals in axes:
        combos = [c + [v] for c in combos for v in vals]
    vs = []
    for c in combos:
        vcode, gmul = code, 1.0
        for _, mod in c:
            vcode = mod.get("code", vcode)
            gmul *= mod.get("g", 1.0)
        price = egp(grams * gmul * GRAM[vcode] + BENCH[vcode] + sc)
        vs.append(Variant(opts=[v for v, _ in c], code=vcode, stone=stone, price=price, grams=grams * gmul))
    p.update(axes=axes, variants=vs, mc_place=mc_place, st_place=st_place, grams=grams)
    return p


def write_listing(rng, p):
    d, code, stone = p["d"], p["code"], p["stone"]
    gold = code[0] in "YWR"
    mcol, stp = p["mc_place"], p["st_place"]
    nm = d["name"]
    if d["key"] == "gem":
        nm = "خاتم " + (AR_STONE[stone] if stp == "title" else rng.choice(["ملكي", "كلاسيك", "بفص بيضاوي"]))
    if d["key"] == "fairouz" and stp != "title":
        nm = "خاتم بفص أزرق سماوي"
    if d["key"] == "collier" and stp != "title":
        nm = "كوليه حبات"
    if d["key"] == "broche":
        nm = "بروش وردة" if stp != "title" else f"بروش {AR_STONE[stone]}"
        p["traps"].append("وردة")
    metal = metal_ar(rng, code, colour=(mcol == "title"))
    stone_t = ""
    if stp == "title" and stone and AR_STONE[stone].split()[0] not in nm:
        stone_t = (" بفص " if stone in ("cz", "turquoise", "agate", "cz green", "cz red") else " ") + AR_STONE[stone]
        if stone == "diamond":
            stone_t = f" ألماظ {p['carat']} قيراط" if rng.random() < 0.5 else f" الماس {p['carat']}ct"
    name_en = rng.choice(["", "", " - Twist", " | Lotus", " - Classic"]) if d["key"] in ("twist", "halaq", "ensyal_c") else ""
    if d.get("name_pendant"):
        person = rng.choice(NAMES)
        p["name_engraving"] = person
        nm = f"خرطوش فرعوني باسم {person}" if rng.random() < 0.6 else "خرطوش فرعوني بالاسم (Cartouche)"
        if person == "ماسة":
            p["traps"].append("ماسة")
    fmt = rng.choice(["{n}{s} {m}", "{n} {m}{s}", "{n}{s} - {m}"])
    title = fmt.format(n=nm, s=stone_t, m=metal).strip() + name_en
    if d.get("kids"):
        title = title.replace("حلق بيبي", rng.choice(["حلق بيبي", "حلق أطفال"]))
    p["title"] = " ".join(title.split())
    if d.get("trap"):
        p["traps"].append(d["trap"])
    # body
    sh, body = [], []
    kind = {"ring": "خاتم", "engagement ring": "خاتم", "wedding band": "دبلة", "earrings": "حلق", "chain": "سلسلة",
            "pendant": "تعليقة", "necklace": "كوليه", "bangle": "غويشة", "bracelet": "انسيال", "anklet": "خلخال",
            "brooch": "بروش", "cufflinks": "كبك"}[d["cat"]]
    sh.append(rng.choice([f"{kind} شيك جداً ومناسب للاستخدام اليومي.", f"أحلى هدية لحد بتحبه ❤", f"{kind} بتصميم مميز من Lotus.",
                          "تصميم ناعم وخفيف."]))
    if mcol == "body":
        body.append(f"الخامة: {metal_ar(rng, code, colour=True)}.")
    elif gold:
        body.append(f"الخامة: {metal_ar(rng, code, colour=False) if code[1:] == '18' else metal_ar(rng, code)}.")
        if code == "Y21" and rng.random() < 0.5:
            body.append("دمغة 875 مصلحة الدمغة والموازين.")
    else:
        body.append(f"الخامة: {metal_ar(rng, code)}.")
    if gold:
        body.append(f"الوزن التقريبي: {p['grams']} جرام.")
        body.append(rng.choice(["السعر بيتغير حسب سعر الجرام اليومي، برجاء التواصل على الواتساب قبل الطلب.",
                                "الأسعار شاملة المصنعية.", "السعر شامل المصنعية والدمغة."]))
    if stp == "body":
        if stone == "diamond":
            body.append(f"فص ألماظ طبيعي {p['carat']} قيراط، لون G نقاء VS، مع شهادة.")
        else:
            body.append(f"مرصع بـ{AR_STONE[stone]}.")
    if stone == "diamond" and stp == "title":
        body.append("الألماظ طبيعي ومعاه شهادة ضمان.")
    if d["key"] == "fairouz" and stp != "title":
        p["traps"].append("أزرق سماوي")
    if d.get("wchain"):
        wc = rng.random() < 0.6
        p["sold_with_chain"] = wc
        body.append("السلسلة هدية مع التعليقة." if wc else "التعليقة فقط بدون سلسلة.")
    if d.get("name_pendant"):
        body.append("بنكتب الاسم بالهيروغليفي على الخرطوش، اكتبي الاسم في ملاحظات الطلب.")
    if d.get("enamel") and stone is None and rng.random() < 0.6:
        body.append("مزين بمينا فيروزي.")
        p["traps"].append("مينا فيروزي")
    if d["key"] == "chain_d":
        body.append("قطعية ألماظ بتلمع جداً في النور.")
        p["traps"] += ["قطعية ألماظ", "قص ألماظ"]
    if d["key"] == "chain":
        body.append("موديل كارتير المشهور.")
    if code == "SS":
        p["traps"].append("لون فضي")
    if rng.random() < 0.35:
        v0 = p["variants"][0].price
        body.append(rng.choice([f"السعر: {v0:,} ج.م", f"EGP {v0:,}", f"السعر {f'{v0:,}'.translate(DIG)} جنيه"]))
    body.append(rng.choice(["", "الشحن لكل محافظات مصر خلال 3-5 أيام.", "متاح الاستلام من الفرع (مصر الجديدة)."]))
    p["short"] = " ".join(sh)
    p["body"] = "\n".join(b for b in body if b)
    # categories and tags
    top = "ذهب" if gold else ("فضة" if code in ("S925", "GPS") else "ستانلس")
    cats = [f"{top} > {CAT_AR[d['cat']]}"]
    if mcol == "categories":
        cats.append({"yellow": "ذهب أصفر", "white": "ذهب أبيض", "rose": "روز جولد"}[XMETALS[code][1]])
    if d["cat"] in ("engagement ring", "wedding band"):
        cats.append("شبكة وخطوبة")
    if d.get("men"):
        cats.append("رجالي")
    p["cats"] = ", ".join(cats)
    p["shop_category"] = p["cats"]
    tags = []
    if gold and rng.random() < 0.6:
        tags.append(f"عيار {XMETALS[code][2]}")
    if mcol == "tags":
        tags.append({"yellow": "دهب أصفر", "white": "وايت جولد", "rose": "روز جولد"}[XMETALS[code][1]])
    if stp == "tags":
        tags.append({"cz": "زركون", "pearl": "لولي", "turquoise": "فيروز", "agate": "عقيق", "ruby": "ياقوت",
                     "emerald": "زمرد"}.get(stone, AR_STONE.get(stone, "")))
    tags += rng.sample(["هدايا", "عيد الأم", "شبكة", "جديد", "الأكثر مبيعاً", "فرعوني"], rng.randint(0, 2))
    if "لولي" in tags:
        tags[tags.index("لولي")] = "لولي لؤلؤ"
    p["tags"] = tags


def img_name(rng, p, j):
    ym = rng.choice(["2025/11/", "2026/01/", "2026/03/", "2026/06/", "2026/09/"])
    style = rng.random()
    if style < 0.3:
        nm = f"WhatsApp-Image-{ym[:4]}-{ym[5:7]}-{rng.randint(1, 28):02d}-at-{rng.randint(10, 23)}.{rng.randint(10, 59)}.{rng.randint(10, 59)}"
    elif style < 0.55:
        nm = f"IMG_{rng.randint(1000, 9999)}"
    else:
        nm = {"Y21": "dahab-21", "Y18": "gold-18k", "W18": "white-gold", "R18": "rose-gold", "S925": "silver-925",
              "GPS": "silver-gold-plated", "SS": "stainless", "GPSS": "stainless-gold"}[p["code"]] + f"-{p['d']['key']}-{p['serial']}"
    return ym + nm + ("" if j == 0 else f"-{j}") + ".jpg"


def build(OUT, images=True, seed=2026):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "cai_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    for p in prods:
        write_listing(rng, p)
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for p in prods:
        p["status"] = "publish"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "private"
    broken = set(idx[5:7])
    rows, truths, jobs = [], [], []
    next_id = 4102
    seen = {}
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        d = p["d"]
        # sale price on some
        if prng.random() < 0.15:
            for v in p["variants"]:
                v.compare = v.price
                v.price = egp(v.price * prng.choice([0.9, 0.85]))
        main_spec = render_spec(d["kind"], d.get("style"), p["code"], p["stone"], d.get("pendant"),
                                chain=(d.get("wchain") and p.get("sold_with_chain", True)) if d["kind"] == "pendant" else None)
        if d["key"] == "butterfly":
            main_spec["chain"] = True
        imgs = [(img_name(prng, p, 0), main_spec)]
        if prng.random() < 0.3:
            imgs.append((imgs[0][0][:-4] + "-2.jpg", dict(main_spec)))
        is_broken = n in broken
        extra = []
        for j, (fn, sp) in enumerate(imgs):
            if j == 0 and is_broken:
                continue
            jobs.append((os.path.join(imgdir, fn), sp, 90000 + p["serial"] * 13 + j))
            if j:
                extra.append("images/" + fn)
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        slug = f"lotus-{p['serial']:03d}"
        p["handle"] = slug
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        parent_sku = "" if variable and prng.random() < 0.6 else f"LT-{p['serial']:03d}"
        E = dict.fromkeys(EN, "")
        E.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": parent_sku, "Name": p["title"],
                  "Published": published, "Is featured?": "1" if prng.random() < 0.06 else "0",
                  "Visibility in catalog": "visible" if p["status"] != "private" else "hidden",
                  "Short description": p["short"], "Description": p["body"].replace("\n", "\\n"),
                  "Tax status": "taxable", "In stock?": "1" if prng.random() > 0.07 else "0",
                  "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "1",
                  "Categories": p["cats"], "Tags": ", ".join(p["tags"]),
                  "Images": ", ".join(HOST + fn for fn, _ in imgs), "Position": "0"})
        if prng.random() < 0.3:
            E["Weight (kg)"] = f"{max(0.01, round(p['grams'] / 1000 + 0.03, 2))}"
        for a, (nm, vals) in enumerate(p["axes"][:2]):
            E[f"Attribute {a + 1} name"] = nm
            E[f"Attribute {a + 1} value(s)"] = ", ".join(v for v, _ in vals)
            E[f"Attribute {a + 1} visible"] = "1"
            E[f"Attribute {a + 1} global"] = "1" if nm in ("المقاس", "العيار") else "0"
        info_attr = None
        if not variable and prng.random() < 0.4:
            info_attr = ("الخامة", metal_ar(prng, p["code"], colour=(p["mc_place"] == "title")) if p["mc_place"] != "photo"
                         else metal_ar(prng, p["code"], colour=False))
            E["Attribute 1 name"], E["Attribute 1 value(s)"] = info_attr
            E["Attribute 1 visible"], E["Attribute 1 global"] = "1", "0"
        if not variable:
            v = vs[0]
            E["Regular price"] = str(v.compare or v.price)
            E["Sale price"] = str(v.price) if v.compare else ""
            v.sku = parent_sku
            if prng.random() < 0.5:
                E["Stock"] = str(prng.randint(0, 6))
        rows.append({H[k]: val for k, val in E.items()})
        if variable:
            for j, v in enumerate(vs):
                v.sku = "" if prng.random() < 0.3 else f"LT-{p['serial']:03d}-{j + 1}"
                R = dict.fromkeys(EN, "")
                R.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{p['title']} - {', '.join(v.opts)}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable",
                          "Tax class": "parent", "In stock?": "1", "Backorders allowed?": "0", "Sold individually?": "0",
                          "Allow customer reviews?": "0", "Regular price": str(v.compare or v.price),
                          "Sale price": str(v.price) if v.compare else "", "Parent": f"id:{pid}", "Position": str(j + 1)})
                for a, (nm, _) in enumerate(p["axes"][:2]):
                    R[f"Attribute {a + 1} name"] = nm
                    R[f"Attribute {a + 1} value(s)"] = v.opts[a]
                    R[f"Attribute {a + 1} global"] = "1" if nm in ("المقاس", "العيار") else "0"
                rows.append({H[k]: val for k, val in R.items()})
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, None if is_broken else "images/" + imgs[0][0], HOST + imgs[0][0],
                             is_broken, main_spec, extra, "regular_price")
        for vv, v in zip(truth["variant_list"], vs):
            vv["regular_price"] = v.compare or v.price
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        opts_txt = " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])
        if info_attr:
            opts_txt += f" {info_attr[0]}: {info_attr[1]}."
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "categories": p["cats"],
                  "tags": ", ".join(p["tags"]), "options": opts_txt}
        written = " ".join(fields.values())
        p["traps"] = [x for x in dict.fromkeys(p["traps"]) if x in written]
        truth.pop("traps", None)
        if p["traps"]:
            truth["traps"] = p["traps"]
        ev, problems = evidence(truth, fields, not is_broken, p["traps"])
        if problems:
            raise SystemExit(f"cai {p['title']}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
