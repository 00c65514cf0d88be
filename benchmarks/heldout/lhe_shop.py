"""Lahore shop: نور جیولرز (Noor Jewellers), Anarkali, Lahore (Shopify, PKR).

Shopify's product CSV export (Products > Export, "All products", plain CSV): `,`
separator, UTF-8 without BOM, one row per variant, extra image rows carrying only
Handle + Image Src / Position, Title and product fields on the first row only,
Published true/false, Status active / draft / archived, current columns incl.
`Option1 Linked To` and the category metafield columns.  Admin in English (column
names English), product text in Urdu with English words mixed in as Lahore shops write.
"""

from __future__ import annotations

import os
import random

from twentieth_common import GOLD_CODES, TMETALS, Variant, evidence, lakh, photo_spec, truth_record, ur, wchoice

HOST = "https://noorjewellers.heldout-lhe.example/cdn/shop/files/"
CURRENCY = "PKR"
EXPORT_NAME = "products_export_1.csv"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Unit Price Total Measure", "Unit Price Total Measure Unit", "Unit Price Base Measure",
    "Unit Price Base Measure Unit", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Color (product.metafields.shopify.color-pattern)",
    "Jewelry material (product.metafields.shopify.jewelry-material)",
    "Target gender (product.metafields.shopify.target-gender)", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Status",
]
TAX = "Apparel & Accessories > Jewelry > "
TAXONOMY = {"ring": "Rings", "engagement ring": "Rings", "wedding band": "Rings", "earrings": "Earrings",
            "jhumka": "Earrings", "pendant": "Charms & Pendants", "chain": "Necklaces", "necklace": "Necklaces",
            "choker": "Necklaces", "bangle": "Bracelets", "kada": "Bracelets", "bracelet": "Bracelets",
            "anklet": "Anklets", "jewellery set": "Jewelry Sets"}

TOLA = 11.664
RATE = {"Y22": 34_200, "Y21": 32_700, "Y18": 28_000, "W18": 28_600}     # rupees per gram, export day
STONE_R = {None: 0, "diamond": 165_000, "polki": 95_000, "ruby": 38_000, "emerald": 42_000, "sapphire": 48_000,
           "kundan": 14_000, "pearl": 7_500, "cz": 2_500, "cz green": 2_500, "cz red": 2_500, "turquoise": 4_000,
           "agate red": 2_500, "agate black": 2_000}
SILVER = {"S925": (3_500, 420), "GPB": (1_600, 160)}

GOLD_WORD = {"Y22": ["22 قیراط سونا", "سونا 22K", "22K گولڈ", "22 کیرٹ"],
             "Y21": ["21 قیراط سونا", "سونا 21K", "21K گولڈ", "21 قیراط"],
             "Y18": ["18 قیراط سونا", "18K گولڈ"],
             "W18": ["وائٹ گولڈ 18K", "18 قیراط وائٹ گولڈ"],
             "S925": ["چاندی", "چاندی 925", "سٹرلنگ سلور"],
             "GPB": ["گولڈ پلیٹڈ", "آرٹیفیشل", "سونے کا پانی"]}
BODY_METAL = {"Y22": "دھات: 22 قیراط سونا (916) — ہال مارک شدہ۔", "Y21": "دھات: 21 قیراط سونا (875)۔",
              "Y18": "دھات: 18 قیراط سونا (750)۔", "W18": "دھات: 18 قیراط وائٹ گولڈ، روڈیم پالش کے ساتھ۔",
              "S925": "دھات: خالص چاندی 925۔",
              "GPB": "پیتل پر سونے کا پانی (گولڈ پلیٹڈ) — آرٹیفیشل جیولری، اصل سونا نہیں۔"}
MATERIAL_META = {"Y22": "gold", "Y21": "gold", "Y18": "gold", "W18": "white-gold", "S925": "silver", "GPB": "brass"}
STONE_WORD = {"diamond": ["ہیرا", "ڈائمنڈ", "ہیرے"], "cz": ["زرکون", "امریکن ڈائمنڈ"], "cz green": ["سبز زرکون"],
              "cz red": ["سرخ زرکون"], "ruby": ["یاقوت", "روبی"], "emerald": ["زمرد"], "sapphire": ["نیلم"],
              "pearl": ["موتی"], "turquoise": ["فیروزہ"], "agate red": ["عقیق", "یمنی عقیق"],
              "agate black": ["کالا عقیق"], "kundan": ["کندن"], "polki": ["پولکی"]}
NAMES = ["زینب", "عائشہ", "مہرالنساء", "شہزادی", "گلناز", "نور", "رانی", "ماہ رخ", "انارکلی", "شالیمار", "مغلیہ",
         "بادشاہی", "چاندنی", "ستارہ", "گلاب", "موتیا", "نازک", "دلہن", "سحر", "پری"]
LATIN = {"ring": "ring", "engagement ring": "engagement-ring", "wedding band": "wedding-band", "earrings": "tops",
         "jhumka": "jhumka", "pendant": "locket", "chain": "chain", "necklace": "necklace", "choker": "gulband",
         "bangle": "churiyan", "kada": "kara", "bracelet": "bracelet", "anklet": "payal", "jewellery set": "set"}
GOLD = [("Y22", 4), ("Y21", 4)]


def D(cat, nouns, n, kind, style, metals, stones, grams, types, axes=(), **kw):
    d = dict(cat=cat, nouns=nouns, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             types=types, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("ring", ["زنانہ انگوٹھی", "انگوٹھی", "لیڈیز رنگ انگوٹھی"], 10, "ring", "solitaire", GOLD + [("Y18", 1), ("W18", 1)],
      [("cz", 3), (None, 3), ("ruby", 1), ("emerald", 1), ("sapphire", 1), ("pearl", 1)], (2.5, 6.0),
      ["انگوٹھی", "Rings"], axes=[("size", 0.5)]),
    D("ring", ["مردانہ انگوٹھی", "جینٹس انگوٹھی"], 9, "ring", "signet", [("S925", 1)],
      [("agate red", 4), ("turquoise", 2), ("agate black", 2), (None, 1)], (6.0, 14.0), ["مردانہ", "Gents Rings"],
      axes=[("size", 0.6)], for_="men"),
    D("engagement ring", ["منگنی کی انگوٹھی", "ڈائمنڈ منگنی انگوٹھی"], 5, "engagement ring", None,
      [("W18", 2), ("Y18", 1), ("Y21", 1)], [("diamond", 3), ("cz", 1)], (2.0, 4.0), ["منگنی", "Bridal"],
      axes=[("size", 0.8)]),
    D("wedding band", ["ویڈنگ بینڈ", "شادی کی انگوٹھی بینڈ"], 4, "wedding band", None, [("Y21", 2), ("W18", 2)],
      [(None, 3), ("diamond", 1)], (3.0, 6.0), ["Bridal", "ویڈنگ بینڈ"], axes=[("size", 1.0)]),
    D("earrings", ["ٹاپس", "کانٹے", "بالیاں"], 8, "earrings", "stud", GOLD + [("S925", 1), ("GPB", 1)],
      [("cz", 3), (None, 2), ("pearl", 1), ("ruby", 1)], (1.5, 5.0), ["بالیاں", "Earrings"]),
    D("jhumka", ["جھمکے", "جھمکی"], 6, "jhumka", None, GOLD + [("GPB", 2)],
      [("pearl", 2), ("kundan", 2), (None, 1), ("ruby", 1)], (6.0, 18.0), ["جھمکے", "Earrings"]),
    D("pendant", ["اللہ لاکٹ", "آیت الکرسی لاکٹ", "ماشاءاللہ لاکٹ", "دل لاکٹ"], 7, "pendant", "round",
      GOLD + [("S925", 2)], [(None, 4), ("cz", 2)], (1.5, 6.0), ["لاکٹ", "Pendants"]),
    D("chain", ["سونے کی چین", "چین", "ڈائمنڈ کٹ چین"], 6, "chain", "rope", [("Y21", 3), ("Y22", 2), ("S925", 1)],
      [(None, 1)], (5.0, 20.0), ["چین", "Chains"], axes=[("len", 1.0)]),
    D("necklace", ["نیکلس", "رانی ہار", "ہار"], 5, "necklace", "haar", [("Y22", 3), ("Y21", 1)],
      [("pearl", 1), ("ruby", 1), ("emerald", 1), ("polki", 1), (None, 1)], (20.0, 60.0), ["ہار", "Necklaces"]),
    D("choker", ["گلوبند", "چوکر گلوبند"], 4, "choker", None, [("Y22", 3), ("GPB", 1)],
      [("kundan", 2), ("polki", 1), (None, 1)], (18.0, 45.0), ["گلوبند", "Bridal"]),
    D("bangle", ["چوڑیاں", "کنگن"], 5, "bangle", None, GOLD, [(None, 3), ("cz", 1)], (15.0, 40.0),
      ["چوڑیاں", "Bangles"], axes=[("bsize", 0.8)]),
    D("kada", ["کڑا", "جینٹس کڑا"], 3, "kada", None, [("Y22", 1), ("S925", 1)], [(None, 1)], (18.0, 45.0),
      ["کڑا", "مردانہ"], for_="men"),
    D("bracelet", ["بریسلیٹ", "لیڈیز بریسلیٹ"], 5, "bracelet", "curb", [("Y21", 2), ("W18", 1), ("S925", 1)],
      [(None, 3), ("cz", 1), ("diamond", 1)], (4.0, 12.0), ["بریسلیٹ", "Bracelets"]),
    D("anklet", ["پازیب", "پائل"], 3, "anklet", None, [("S925", 2), ("GPB", 1)], [(None, 1)], (8.0, 25.0),
      ["پازیب", "Silver"]),
    D("jewellery set", ["برائیڈل سیٹ", "نیکلس سیٹ", "ہار سیٹ"], 5, "necklace", "haar", [("Y22", 3), ("Y21", 1)],
      [("polki", 2), ("kundan", 1), ("ruby", 1), ("emerald", 1)], (35.0, 80.0), ["Bridal", "سیٹ"],
      set_contents=["necklace", "earrings"]),
    D("jewellery set", ["آرٹیفیشل سیٹ", "کندن سیٹ", "نیکلس سیٹ"], 4, "necklace", "haar", [("GPB", 1)],
      [("kundan", 2), ("cz", 1), ("pearl", 1)], (40.0, 90.0), ["آرٹیفیشل جیولری", "Artificial"],
      set_contents=["necklace", "earrings"]),
    D("bangle", ["آرٹیفیشل چوڑیاں", "کنگن"], 2, "bangle", None, [("GPB", 1)], [(None, 1), ("kundan", 1)], (20.0, 40.0),
      ["آرٹیفیشل جیولری"]),
]
SIZES = ["12", "13", "14", "15", "16", "17", "18", "19", "20"]
BSIZES = ["2.4", "2.6", "2.8", "2.10"]
LENS = ["18 انچ", "20 انچ", "22 انچ", "24 انچ"]


def r500(x):
    return float(int(round(x / 500.0)) * 500) if x > 20_000 else float(int(round(x / 50.0)) * 50)


def price_of(code, stone, grams, labour):
    if code in GOLD_CODES:
        return r500(grams * (RATE[code] + labour) + STONE_R[stone])
    base, per_g = SILVER[code]
    st = STONE_R[stone] if code == "S925" else (800 if stone else 0)
    if code == "S925" and stone in ("diamond", "ruby", "emerald", "sapphire", "polki"):
        st = 2_500
    return r500(base + per_g * grams + st)


def tola_text(g):
    t = g / TOLA
    tola = int(t)
    rem = (t - tola) * 12
    masha = int(rem)
    ratti = int(round((rem - masha) * 8))
    if ratti == 8:
        masha, ratti = masha + 1, 0
    parts = []
    if tola:
        parts.append(f"{tola} تولہ")
    if masha:
        parts.append(f"{masha} ماشے")
    if ratti:
        parts.append(f"{ratti} رتی")
    return " ".join(parts) or "0"


def money(x, style):
    x = int(x)
    if style == 0:
        return f"Rs. {lakh(x)}"
    if style == 1:
        return f"{lakh(x)} روپے"
    if style == 2:
        return f"PKR {x}"
    if style == 3:
        return f"{round(x / 100000, 2):g} لاکھ روپے" if x >= 100000 else f"{round(x / 1000, 1):g} ہزار روپے"
    return f"{ur(lakh(x))} روپے"


def plan(rng):
    prods, used = [], set()
    for d in DESIGNS:
        for _ in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code == "GPB" and stone in ("diamond", "ruby", "emerald", "sapphire", "polki"):
                stone = "cz"
            if code == "S925" and stone in ("diamond", "ruby", "emerald", "sapphire", "polki", "kundan"):
                stone = "cz"
            noun = rng.choice(d["nouns"])
            if "ڈائمنڈ" in noun and stone != "diamond":
                noun = d["nouns"][0]
            name = rng.choice(NAMES)
            while (noun, name) in used:
                name = rng.choice(NAMES)
            used.add((noun, name))
            prods.append(dict(d=d, code=code, stone=stone, noun=noun, name=name,
                              grams=round(rng.uniform(*d["grams"]), 2), labour=rng.choice([1500, 2000, 2500, 3000, 4000])))
    return prods


def texts(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    gold = code in GOLD_CODES
    traps = []
    r = rng.random()
    where_metal = "title" if r < 0.6 else ("body" if r < 0.82 else ("meta" if r < 0.92 else "photo"))
    if code == "GPB" and where_metal in ("meta", "photo"):
        where_metal = "body"
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    title = p["noun"]
    if title in ("سونے کی چین",) and not gold:
        title = "چین"
    if where_metal == "title" and not (title.startswith("آرٹیفیشل") and code == "GPB"):
        w = rng.choice(GOLD_WORD[code])
        title = f"{title} {w}" if rng.random() < 0.7 else f"{w} {title}"
    if stone and where_stone == "title" and "کندن" not in title:
        sw = rng.choice(STONE_WORD[stone])
        title += rng.choice([f" {sw}", f" ({sw})", f" {sw} کے ساتھ", f"، {sw}"])
    if "کندن" in title and stone != "kundan":
        title = title.replace("کندن سیٹ", "نیکلس سیٹ")
    if rng.random() < 0.45:
        title += f" - {p['name']}" if rng.random() < 0.5 else f" ({p['name']} ڈیزائن)"
    if "ڈائمنڈ کٹ" in title:
        traps.append("ڈائمنڈ کٹ")
    if "موتیا" in title:
        traps.append("موتیا")
    if "امریکن ڈائمنڈ" in title:
        traps.append("امریکن ڈائمنڈ")
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
    else:
        body.append(rng.choice(["ہاتھ کا بنا خوبصورت ڈیزائن۔", "روزمرہ اور تقریبات دونوں کے لیے بہترین۔"]))
    if code == "GPB":
        if rng.random() < 0.5:
            body.append("سونے جیسی چمک، رنگ خراب نہیں ہوتا۔")
            traps.append("سونے جیسی چمک")
        if rng.random() < 0.4:
            body.append("گولڈن فنش۔")
    if stone and where_stone in ("title", "body"):
        st = {"cz": "نگ: زرکون (امریکن ڈائمنڈ)", "diamond": "نگ: اصلی ہیرا، سرٹیفکیٹ کے ساتھ",
              "cz green": "نگ: سبز زرکون", "cz red": "نگ: سرخ زرکون", "ruby": "نگ: اصلی یاقوت",
              "emerald": "نگ: زمرد (سوات)", "sapphire": "نگ: نیلم", "pearl": "نگ: موتی",
              "turquoise": "نگ: ایرانی فیروزہ", "agate red": "نگ: یمنی عقیق (سرخ)", "agate black": "نگ: کالا عقیق",
              "kundan": "کندن کا کام", "polki": "پولکی کا کام (ان کٹ)"}[stone]
        body.append(st)
        if stone == "cz":
            traps.append("امریکن ڈائمنڈ")
    elif stone is None and where_stone == "body":
        body.append("سادہ ڈیزائن، بغیر نگ کے۔")
    if "ڈائمنڈ کٹ" in title:
        body.append("ڈائمنڈ کٹ ڈیزائن کی چمکدار چین — اس میں کوئی نگ نہیں۔")
    if gold:
        body.append(f"وزن: {tola_text(p['grams'])} ({p['grams']} گرام)" if rng.random() < 0.6
                    else f"وزن تقریباً {p['grams']} گرام")
        body.append("قیمت آج کے سونے کے ریٹ کے مطابق ہے، مزدوری شامل ہے۔")
    if p.get("carat"):
        body.append(f"ہیرے کا وزن: {p['carat']} قیراط")
    if d["cat"] == "pendant":
        body.append("چین شامل نہیں۔")
        p["sold_with_chain"] = False
    if d["cat"] == "bangle":
        body.append("جوڑا (2 عدد)۔")
    return title, body, where_metal, traps


def build(out, images=True):
    rng = random.Random(4242)
    outdir = os.path.join(out, "lhe_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {12, 49}
    call_at = {6, 31, 57}           # قیمت کے لیے رابطہ کریں: price 0
    status_at = {19: "draft", 44: "archived", 70: "draft"}
    oos_at = {25, 62}
    used_handles = set()
    for i, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(80000 + i)
        if d["cat"] == "engagement ring" and p["stone"] == "diamond":
            p["carat"] = prng.choice([0.25, 0.3, 0.5, 0.75, 1.0])
        elif p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2])
        title, body, where_metal, traps = texts(p, rng)
        p["title"] = title
        p["cat"] = d["cat"]
        if d.get("for_"):
            p["for"] = d["for_"]
        if d["cat"] == "jewellery set":
            p["set_contents"] = d["set_contents"]
        status = status_at.get(i, "active")
        call = i in call_at
        p["status"] = status
        p["live"] = status == "active" and not call
        if call:
            p["for_sale"] = False
        code = p["code"]
        gold = code in GOLD_CODES
        if gold:
            p["gold_weight"] = p["grams"]
        typ = rng.choice(d["types"])
        p["shop_category"] = typ
        axes = [a for a, pr in d["axes"] if rng.random() < pr]
        code2 = None
        if not axes and code in ("Y22", "Y21") and d["cat"] in ("earrings", "jhumka", "pendant", "bracelet") \
                and rng.random() < 0.35:
            code2 = "Y21" if code == "Y22" else "Y22"
        names = []
        if "size" in axes:
            names.append("سائز")
        if "bsize" in axes:
            names.append("سائز")
        if "len" in axes:
            names.append("لمبائی")
        if code2:
            names.append("قیراط")
        h = f"{LATIN[d['cat']]}-{'gold' if gold else ('silver' if code == 'S925' else 'artificial')}-{1100 + i}"
        if prng.random() < 0.2:
            h = title.split(" - ")[0].split(" (")[0].replace(" ", "-")
            while h in used_handles:
                h += "-1"
        used_handles.add(h)
        p["handle"] = h
        sku = f"NJ{'G' if gold else 'S'}-{5100 + i}"
        vs = []
        if not names:
            vs.append(Variant([], code, p["stone"], 0.0 if call else price_of(code, p["stone"], p["grams"], p["labour"]),
                              None, p["grams"], sku))
        else:
            if "size" in axes:
                a0 = rng.randint(0, 3)
                vals = SIZES[a0:a0 + rng.randint(3, 5)]
            elif "bsize" in axes:
                vals = BSIZES[:rng.randint(2, 4)]
            elif "len" in axes:
                vals = LENS[:rng.randint(2, 4)]
            else:
                vals = [None]
            for m in ([code, code2] if code2 else [code]):
                for j, s in enumerate(vals):
                    g = p["grams"] * (1 + (0.025 * j if "size" in axes or "bsize" in axes else 0.11 * j if s else 0))
                    opts = [x for x in (s, {"Y22": "22K", "Y21": "21K"}[m] if code2 else None) if x]
                    vs.append(Variant(opts, m, p["stone"], 0.0 if call else price_of(m, p["stone"], g, p["labour"]),
                                      None, g, f"{sku}-{len(vs) + 1}"))
        if not call and prng.random() < 0.15:
            for v in vs:
                v.regular = r500(v.price * 1.15)
        p["in_stock"] = i not in oos_at
        ver = 1_700_000_000 + prng.randint(0, 60_000_000)
        fn = f"{h if h.isascii() else 'IMG_' + str(3300 + i)}.jpg"
        url = f"{HOST}{fn}?v={ver}"
        spec = photo_spec(d["kind"], code, p["stone"], d["style"])
        broken = i in broken_at
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 90000 + i))
        url2 = None
        if code2:
            fn2 = f"{fn[:-4]}-{code2[1:]}k.jpg"
            url2 = f"{HOST}{fn2}?v={ver + 7}"
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], code2, p["stone"], d["style"]),
                             91000 + i))
                extra.append("images/" + fn2)
        if call:
            body.insert(0, "قیمت کے لیے رابطہ کریں (واٹس ایپ)۔")
        elif prng.random() < 0.4:
            body.append(f"قیمت: {money(vs[0].price, prng.randint(0, 4))}")
        html = "".join(f"<p>{b}</p>" for b in body)
        tagl = [t for t in [prng.choice(["", "Bridal", "Eid Collection", "Gift", "New Arrival", "شادی"]),
                            "gold" if gold and prng.random() < 0.4 else "",
                            "22k" if code == "Y22" and prng.random() < 0.3 else "",
                            "silver" if code == "S925" and prng.random() < 0.4 else "",
                            "artificial" if code == "GPB" else "",
                            "price-on-call" if call else ""] if t]
        tags = ", ".join(tagl)
        meta_mat = MATERIAL_META[code] if (where_metal == "meta" or prng.random() < 0.35) and where_metal != "photo" else ""
        if code == "GPB":
            meta_mat = ""
        gender = {"men": "male"}.get(p.get("for"), "female" if prng.random() < 0.5 else "")
        vendor = "Noor Jewellers" if prng.random() < 0.7 else "نور جیولرز"
        first = True
        for k, v in enumerate(vs):
            r = {hh: "" for hh in HEADER}
            r["Handle"] = h
            if first:
                r.update({"Title": title, "Body (HTML)": html, "Vendor": vendor,
                          "Product Category": TAX + TAXONOMY[d["cat"]], "Type": typ, "Tags": tags,
                          "Published": "true" if status == "active" else "false", "Gift Card": "false",
                          "SEO Title": "", "SEO Description": "",
                          "Jewelry material (product.metafields.shopify.jewelry-material)": meta_mat,
                          "Target gender (product.metafields.shopify.target-gender)": gender,
                          "Image Src": url, "Image Position": "1", "Image Alt Text": "" if prng.random() < 0.7 else title,
                          "Status": status})
            for j, nm in enumerate(names[:3]):
                r[f"Option{j + 1} Name"] = nm if first else ""
                r[f"Option{j + 1} Value"] = v.opts[j]
            if not names:
                r["Option1 Name"] = "Title" if first else ""
                r["Option1 Value"] = "Default Title"
            r.update({"Variant SKU": v.sku, "Variant Grams": f"{v.grams:.0f}" if prng.random() < 0.7 else "0",
                      "Variant Inventory Tracker": "shopify",
                      "Variant Inventory Qty": str(0 if not p["in_stock"] else prng.randint(1, 3)),
                      "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                      "Variant Price": f"{v.price:.2f}", "Variant Compare At Price": f"{v.regular:.2f}" if v.regular else "",
                      "Variant Requires Shipping": "true", "Variant Taxable": "false", "Variant Weight Unit": "g",
                      "Variant Image": url2 if (code2 and v.code == code2 and url2) else ""})
            rows.append(r)
            first = False
        if url2:
            r = {hh: "" for hh in HEADER}
            r.update({"Handle": h, "Image Src": url2, "Image Position": "2"})
            rows.append(r)
        fields = {"title": title, "body": html, "type": typ, "tags": tags, "attributes": meta_mat}
        if names:
            fields["options"] = " ".join(" ".join(v.opts) for v in vs)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                         "compare_at_price")
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"lhe {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
