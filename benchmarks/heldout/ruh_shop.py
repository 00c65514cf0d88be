"""Riyadh shop: «مجوهرات درة الرياض / Durrat Al Riyadh Jewellery» (the author's invention), selling on
Amazon.sa, SAR.

Its file is the inventory file (flat file) of Seller Central's "Add products via upload" for the
jewelry category, filled by the owner and saved from Excel as "Text (Tab delimited)" (.txt): three
header rows (the TemplateType / Version / settings row, the localized label row in Arabic, the
attribute-name row), then one row per parent and per child.  Ring sizes are parent / child
variations (`parent_child`, `parent_sku`, `relationship_type` Variation, `variation_theme`
RingSize, `ring_size`).  Listings in Arabic, some titles English-first (Amazon.sa sellers often
write both).  Prices in `standard_price` are plain numbers in SAR; the texts write "٢٬٥٠٠ ريال",
"2,500 ر.س".  Images are Amazon image URLs `https://m.media-amazon.com/images/I/<id>.jpg`.
See data/heldout/ruh_shop/SHOP.md for what was confirmed and what is a guess.
"""

from __future__ import annotations

import csv
import io
import os
import random
import string

from thirtyfourth_common import AR, Variant, ar_digits, evidence, photo_spec, sar, truth_record, wchoice

CURRENCY = "SAR"
EXPORT_NAME = "Jewelry_inventory_ruh_2026-12-07.txt"
PREFIX = "https://m.media-amazon.com/images/I/"
TEMPLATE_ROW = ["TemplateType=fptcustom", "Version=2024.0620", "TemplateSignature=SkVXRUxSWQ==",
                "settings=contentLanguageTag=ar_AE&feedType=113&headerLanguageTag=ar_AE&primaryMarketplaceId=amzn1.mp.o.A17E79C6D8DWNP",
                "الصفوف الثلاثة العلوية مخصصة لاستخدام Amazon فقط. لا تعدّل الصفوف الثلاثة العلوية أو تحذفها."]
COLUMNS = [
    ("feed_product_type", "نوع المنتج"), ("item_sku", "رمز SKU للبائع"), ("brand_name", "اسم العلامة التجارية"),
    ("external_product_id", "رقم تعريف المنتج"), ("external_product_id_type", "نوع رقم تعريف المنتج"),
    ("item_name", "اسم المنتج"), ("item_type", "الكلمة الرئيسية لنوع العنصر"), ("standard_price", "سعرك"),
    ("currency", "العملة"), ("quantity", "الكمية"), ("main_image_url", "رابط الصورة الرئيسية"),
    ("other_image_url1", "رابط صورة أخرى 1"), ("other_image_url2", "رابط صورة أخرى 2"),
    ("parent_child", "الأصل أو الفرع"), ("parent_sku", "رمز SKU للأصل"), ("relationship_type", "نوع العلاقة"),
    ("variation_theme", "نمط التنوع"), ("update_delete", "تحديث أو حذف"), ("product_description", "وصف المنتج"),
    ("bullet_point1", "الميزات الرئيسية 1"), ("bullet_point2", "الميزات الرئيسية 2"), ("bullet_point3", "الميزات الرئيسية 3"),
    ("bullet_point4", "الميزات الرئيسية 4"), ("bullet_point5", "الميزات الرئيسية 5"), ("generic_keywords", "مصطلحات البحث"),
    ("department_name", "اسم القسم"), ("metal_type", "نوع المعدن"), ("metal_stamp", "ختم المعدن"),
    ("gem_type", "نوع الحجر الكريم"), ("total_diamond_weight", "الوزن الإجمالي للألماس"), ("ring_size", "مقاس الخاتم"),
    ("item_weight", "وزن السلعة"), ("item_weight_unit_of_measure", "وحدة قياس وزن السلعة"),
    ("condition_type", "حالة المنتج"), ("fulfillment_latency", "وقت التجهيز"), ("country_of_origin", "بلد المنشأ"),
]
HEADER = [c for c, _ in COLUMNS]
BRAND = "درة الرياض"
SIZE_THEME = "RingSize"

RATE = {"Y21": 360, "Y18": 310, "W18": 330, "R18": 320}     # SAR / g with making, made up
STONE_SAR = {None: 0, "diamond": 1900, "cz": 35, "pearl": 120, "ruby": 650, "sapphire": 700, "emerald": 750}
GOLDS = ("Y21", "Y18", "W18", "R18")
SILVER = {"S925": (95, 14)}
METAL_FIELD = {"Y21": ("Yellow Gold", "21k"), "Y18": ("Yellow Gold", "18k"), "W18": ("White Gold", "18k"),
               "R18": ("Rose Gold", "18k"), "S925": ("Sterling Silver", "925")}
METAL_AR = {"Y21": ["ذهب عيار 21", "ذهب عيار ٢١", "ذهب أصفر 21 قيراط"], "Y18": ["ذهب أصفر عيار 18", "ذهب أصفر ١٨ قيراط"],
            "W18": ["ذهب أبيض عيار 18", "ذهب أبيض"], "R18": ["ذهب وردي عيار 18", "ذهب وردي"],
            "S925": ["فضة 925", "فضة استرليني ٩٢٥", "فضة"]}
METAL_EN = {"Y21": "21K Yellow Gold", "Y18": "18K Yellow Gold", "W18": "18K White Gold", "R18": "18K Rose Gold",
            "S925": "925 Sterling Silver"}
STONE_AR = {"cz": ["بفصوص زركون", "مرصع بالزركون"], "diamond": ["بالألماس", "مرصع بالألماس"], "pearl": ["باللؤلؤ", "بلؤلؤة"],
            "ruby": ["بالياقوت الأحمر"], "sapphire": ["بالياقوت الأزرق"], "emerald": ["بالزمرد"]}
STONE_EN = {"cz": "Cubic Zirconia", "diamond": "Diamond", "pearl": "Pearl", "ruby": "Ruby", "sapphire": "Sapphire",
            "emerald": "Emerald"}
GEM_FIELD = {"cz": "Cubic Zirconia", "diamond": "Diamond", "pearl": "Pearl", "ruby": "Ruby", "sapphire": "Sapphire",
             "emerald": "Emerald"}
BODY_STONE = {"cz": "فصوص زركون أبيض لامعة.", "diamond": "ألماس طبيعي بنقاء VS ولون G.", "pearl": "لؤلؤ أبيض طبيعي.",
              "ruby": "ياقوت أحمر طبيعي.", "sapphire": "ياقوت أزرق طبيعي.", "emerald": "زمرد أخضر طبيعي."}
NOUN = {"ring": ["خاتم", "خاتم نسائي", "خاتم رجالي"], "engagement ring": ["خاتم خطوبة", "خاتم سوليتير"],
        "wedding band": ["دبلة", "محبس"], "earrings": ["حلق", "أقراط", "حلق معلق"],
        "pendant": ["تعليقة", "دلاية"], "chain": ["سلسال", "سلسلة"], "necklace": ["عقد", "قلادة"], "bracelet": ["اسوارة", "أسورة"]}
NOUN_EN = {"ring": "Ring", "engagement ring": "Engagement Ring", "wedding band": "Wedding Band", "earrings": "Earrings",
           "pendant": "Pendant", "chain": "Chain", "necklace": "Necklace", "bracelet": "Bracelet"}
FEED_TYPE = {"ring": "FineRing", "engagement ring": "FineRing", "wedding band": "FineRing", "earrings": "FineEarring",
             "pendant": "FineOther", "chain": "FineNecklaceBraceletAnklet", "necklace": "FineNecklaceBraceletAnklet",
             "bracelet": "FineNecklaceBraceletAnklet"}
ITEM_TYPE = {"ring": "rings", "engagement ring": "engagement-rings", "wedding band": "wedding-bands",
             "earrings": "earrings", "pendant": "pendants", "chain": "chains", "necklace": "necklaces", "bracelet": "bracelets"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "نجدي", "فراشة", "قلب", "ورد", "سادة", "مخمس", "هلال"]
DESIGNS = [
    ("ring", 14, [("Y21", 5), ("Y18", 2), ("W18", 2), ("R18", 1), ("S925", 4)],
     [("cz", 5), ("ruby", 1), ("emerald", 1), ("pearl", 1), (None, 4)], (2.5, 7.0), "size"),
    ("engagement ring", 8, [("W18", 4), ("Y18", 2), ("R18", 2)], [("diamond", 7), ("sapphire", 1)], (2.0, 4.0), "size"),
    ("wedding band", 7, [("Y21", 3), ("Y18", 1), ("W18", 2), ("R18", 1)], [(None, 5), ("diamond", 1)], (3.0, 7.0), "size"),
    ("earrings", 15, [("Y21", 6), ("Y18", 2), ("W18", 2), ("S925", 5)],
     [(None, 4), ("cz", 5), ("pearl", 3), ("diamond", 2), ("emerald", 1)], (2.0, 8.0), None),
    ("pendant", 11, [("Y21", 5), ("Y18", 2), ("W18", 1), ("S925", 3)], [(None, 5), ("cz", 3), ("diamond", 1), ("pearl", 1)], (1.0, 5.0), None),
    ("chain", 7, [("Y21", 4), ("Y18", 1), ("S925", 2)], [(None, 1)], (3.0, 15.0), None),
    ("necklace", 7, [("Y21", 4), ("W18", 1), ("S925", 2)], [("cz", 2), ("pearl", 2), (None, 2), ("emerald", 1)], (6.0, 25.0), None),
    ("bracelet", 11, [("Y21", 6), ("Y18", 1), ("R18", 1), ("S925", 3)], [(None, 5), ("cz", 4), ("pearl", 1)], (4.0, 15.0), None),
]
SIZES = ["5", "6", "7", "8", "9", "10", "11", "12"]


def r_sar(x):
    return float(max(1, int(round(x / 10.0))) * 10 - 5) if x < 1000 else float(int(round(x / 50.0)) * 50)


def price_of(code, stone, grams, carat=None):
    st = STONE_SAR[stone]
    if stone == "diamond" and carat:
        st = STONE_SAR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_sar(grams * RATE[code] + 80 + st)
    base, per_g = SILVER[code]
    return r_sar(base + per_g * grams + st * 0.8)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    """Title, bullets and description.  Metal / stone words go only where the plan puts them."""
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    design = rng.choice(DESIGN)
    if design == "سادة" and stone:
        design = "ورد"
    show_metal = not p.get("photo_only") and rng.random() < 0.65
    show_stone = stone and rng.random() < 0.7
    ar = [noun] + ([design] if design else [])
    if show_metal:
        ar.append(rng.choice(METAL_AR[code]))
    if show_stone:
        ar.append(rng.choice(STONE_AR[stone]))
    title_ar = " ".join(ar)
    if rng.random() < 0.3:
        r = rng.random()
        en = ["Men's" if "رجالي" in noun else ("Women's" if r < 0.5 else "Durrat")]
        if show_metal:
            en.append(METAL_EN[code])
        if show_stone:
            en.append(STONE_EN[stone])
        en.append(NOUN_EN[cat])
        name = " ".join(en) + " | " + title_ar
    else:
        name = title_ar
    bullets = []
    if not p.get("photo_only") and rng.random() < 0.75:
        bullets.append("المعدن: " + rng.choice(METAL_AR[code]) + (" مع شهادة ضمان" if code in GOLDS else ""))
    if stone and rng.random() < 0.75:
        bullets.append(BODY_STONE[stone])
    elif stone is None and rng.random() < 0.4:
        bullets.append("تصميم ناعم بدون فصوص.")
    if p.get("carat"):
        bullets.append(f"وزن الألماس الإجمالي {ar_digits(str(p['carat']))} قيراط." if rng.random() < 0.5
                       else f"Total diamond weight {p['carat']} ct.")
    bullets.append(rng.choice(["صناعة سعودية بإتقان.", "تغليف فاخر مناسب للهدايا.", "مناسب للمناسبات والأعراس."]))
    if cat == "engagement ring":
        bullets.append("مثالي للشبكة والخطوبة.")
    if cat == "pendant":
        chain = rng.random() < 0.4
        bullets.append("تأتي مع سلسلة." if chain else "السلسلة غير مشمولة.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        bullets.append("السعر لدبلة واحدة، النقش مجاناً.")
    if cat == "earrings" and rng.random() < 0.5:
        bullets.append("السعر للزوج.")
    return name, bullets, show_metal


def trap_slots(prods):
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (1, 9)}, "tone": {silver[k] for k in (4, 13)},
            "jubilee": {gold[k] for k in (6, 28)},
            "photo": {gold[k] for k in (3, 17, 31)} | {silver[6], silver[11]}}


def look_alikes(i, slots, bullets, traps):
    if i in slots["box"]:
        bullets.append("يأتي في علبة هدايا ذهبية اللون.")
        traps.append("علبة ذهبية اللون")
    if i in slots["tone"]:
        bullets.append("لمسة نهائية ذهبية اللون على الأطراف.")
        traps.append("ذهبية اللون")
    if i in slots["jubilee"]:
        bullets.append("هدية مثالية في اليوبيل الفضي للزواج.")
        traps.append("اليوبيل الفضي")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.04 * j)
        pr = base if j < 2 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-S{s}"))
    return vs, vals


def image_id(prng):
    return prng.choice("678") + "1" + "".join(prng.choice(string.ascii_letters + string.digits) for _ in range(7)) + "L"


def amz_row(**kw):
    v = {h: "" for h in HEADER}
    v.update(kw)
    return [v[h] for h in HEADER]


def build(out, images=True):
    rng = random.Random(3341)
    outdir = os.path.join(out, "ruh_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    rows, truths, jobs = [], [], []
    missing_at = {8, 39, 61}
    inactive_at = {14, 45, 70}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(334100 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.25, 0.3, 0.5, 0.7, 1.0]) if p["cat"] == "engagement ring" else prng.choice([0.05, 0.1, 0.15])
        p["photo_only"] = i in slots["photo"]
        name, bullets, show_metal = texts(p, rng)
        while name in names:
            name, bullets, show_metal = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, bullets, traps)
        code, cat = p["code"], p["cat"]
        live = i not in inactive_at
        p.update(status="active" if live else "inactive", live=live, in_stock=live)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        sku = f"DR-{cat[:2].upper()}-{2600 + i * 3}"
        vs, vals = variants_of(p, prng, sku)
        desc = []
        if prng.random() < 0.5:
            lo = min(v.price for v in vs)
            desc.append(("يبدأ من " if len({v.price for v in vs}) > 1 else "السعر ") + sar(lo, prng.randint(0, 4)))
        desc.append(rng.choice(["من مجوهرات درة الرياض.", "توصيل سريع داخل الرياض.", "ضمان سنة على الصياغة."]))
        handle = sku.lower()
        p["handle"], p["title"] = handle, name
        p["shop_category"] = ITEM_TYPE[cat]
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "drop" if p.get("noun") == "حلق معلق" or "معلق" in name else "stud"
        spec = photo_spec(kind, code, p["stone"], style)
        urls, extra = [], []
        main_file = None
        if not broken:
            iid = image_id(prng)
            main_file = iid + ".jpg"
            jobs.append((os.path.join(outdir, "images", main_file), spec, 3341000 + i))
            urls.append(PREFIX + main_file)
            if prng.random() < 0.2:
                eid = image_id(prng)
                jobs.append((os.path.join(outdir, "images", eid + ".jpg"), spec, 3348000 + i))
                urls.append(PREFIX + eid + ".jpg")
                extra.append("images/" + eid + ".jpg")
        # structured fields: metal_type / metal_stamp / gem_type, not on photo-only pieces, and left
        # empty on some others (sellers skip optional columns)
        fill = not p["photo_only"] and prng.random() < 0.6
        metal_type, stamp = METAL_FIELD[code] if fill else ("", "")
        gem = GEM_FIELD.get(p["stone"], "") if (fill and p["stone"]) else ""
        dept = "رجالي" if "رجالي" in name else ("نسائي" if prng.random() < 0.7 else "")
        common = {"feed_product_type": FEED_TYPE[cat], "brand_name": BRAND, "item_name": name,
                  "item_type": ITEM_TYPE[cat], "main_image_url": urls[0] if urls else "",
                  "other_image_url1": urls[1] if len(urls) > 1 else "", "update_delete": "Update",
                  "product_description": " ".join(desc), "generic_keywords": "مجوهرات هدية ذهب" if code in GOLDS else "مجوهرات هدية",
                  "department_name": dept, "metal_type": metal_type, "metal_stamp": stamp, "gem_type": gem,
                  "total_diamond_weight": str(p["carat"]) if p.get("carat") and fill else "",
                  "condition_type": "New", "country_of_origin": "Saudi Arabia"}
        for k, b in enumerate(bullets[:5], start=1):
            common[f"bullet_point{k}"] = b
        if not vals:
            v = vs[0]
            rows.append(amz_row(**common, item_sku=sku, external_product_id="", external_product_id_type="",
                                standard_price=f"{v.price:.2f}", currency="SAR", quantity=str(prng.randint(1, 6) if live else 0),
                                item_weight=f"{p['grams']:.2f}", item_weight_unit_of_measure="GR", fulfillment_latency="2"))
        else:
            rows.append(amz_row(**common, item_sku=sku, parent_child="parent", variation_theme=SIZE_THEME))
            for s, v in zip(vals, vs):
                rows.append(amz_row(**common, item_sku=v.sku, standard_price=f"{v.price:.2f}", currency="SAR",
                                    quantity=str(prng.randint(1, 3) if live else 0), parent_child="child",
                                    parent_sku=sku, relationship_type="Variation", variation_theme=SIZE_THEME,
                                    ring_size=s, item_weight=f"{v.grams:.2f}", item_weight_unit_of_measure="GR",
                                    fulfillment_latency="2"))
        fields = {"title": name, "body": " ".join(bullets) + " " + " ".join(desc), "type": "", "tags": ""}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["ring_size"] if vals else [], CURRENCY, None if broken else "images/" + main_file,
                         None if broken else urls[0], broken, spec, extra, "list_price")
        t["sku"] = sku
        t["amazon_fields"] = {"metal_type": metal_type or None, "metal_stamp": stamp or None, "gem_type": gem or None}
        ev, probs = evidence(AR, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"ruh {sku} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def row_count(rows):
    return len(rows)


def write_export(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(TEMPLATE_ROW + [""] * (len(HEADER) - len(TEMPLATE_ROW)))
    w.writerow([label for _, label in COLUMNS])
    w.writerow(HEADER)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def read_export(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f, delimiter="\t"))
    assert lines[0][0].startswith("TemplateType="), lines[0][0]
    head = lines[2]
    return [dict(zip(head, r)) for r in lines[3:]]


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    tops = {r["item_sku"]: r for r in rows if r["parent_child"] in ("", "parent")}
    assert len(tops) == len(truths), (len(tops), len(truths))
    kids = {}
    for r in rows:
        if r["parent_child"] == "child":
            assert r["parent_sku"] in tops and tops[r["parent_sku"]]["parent_child"] == "parent", r["item_sku"]
            kids.setdefault(r["parent_sku"], []).append(r)
    for t in truths:
        r = tops[t["sku"]]
        assert r["item_name"] == t["title"], t["sku"]
        src = kids.get(t["sku"], [r])
        prices = [float(x["standard_price"]) for x in src]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["sku"], prices)
        assert any(int(x["quantity"]) > 0 for x in src) == t["live"], t["sku"]
        assert (r["main_image_url"] == "") == t["image_broken"], t["sku"]
        if images:
            for u in (r["main_image_url"], r["other_image_url1"]):
                if u:
                    assert os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(PREFIX):])), u
    return rows
