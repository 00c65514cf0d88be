"""Dhaka shop: রূপকথা জুয়েলার্স (Rupkotha Jewellers), Bashundhara City, Panthapath, Dhaka (Meta catalog, BDT).

The shop sells through its Facebook page and Instagram; its catalog is a CSV data feed
that Commerce Manager fetches on a schedule (Catalog > Data sources > Data feed): comma,
UTF-8, Meta's English column names (`id`, `title`, `description`, `availability`,
`condition`, `price`, `link`, `image_link`, `brand`, ..., `item_group_id`, `status`, ...),
prices as "58500.00 BDT", one row per sellable variant with variants sharing
`item_group_id`.  Product text in Bengali script with the English a Dhaka shop mixes in.
See data/heldout/dac_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random

from twentysecond_common import GOLD_CODES, Variant, bn, evidence, lakh, photo_spec, truth_record, wchoice

SITE = "https://rupkothajewellers.heldout-dac.example/"
HOST = SITE + "media/catalog/"
CURRENCY = "BDT"
EXPORT_NAME = "rupkotha_meta_catalog_feed.csv"

HEADER = ["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand",
          "google_product_category", "fb_product_category", "quantity_to_sell_on_facebook", "sale_price",
          "sale_price_effective_date", "item_group_id", "gender", "color", "size", "age_group", "material",
          "pattern", "shipping", "shipping_weight", "product_type", "status", "additional_image_link",
          "custom_label_0", "product_tags[0]", "product_tags[1]"]

RATE = {"Y22": 18500, "Y21": 17700, "Y18": 15300, "W18": 15800, "R18": 15600}   # ৳ per gram of metal
STONE_BDT = {None: 0, "diamond": 38000, "cz": 600, "ruby": 9000, "sapphire": 12000, "emerald": 10000,
             "pearl": 2500, "coral": 3000}
SILVER = {"S925": (1200, 450), "GPS": (1600, 520), "GPB": (450, 60)}
BHORI, ANA, ROTI = 11.664, 11.664 / 16, 11.664 / 96

METAL_TXT = {
    "Y22": ["২২ ক্যারেট সোনার", "২২ ক্যারেট গোল্ড", "সোনার", "22K গোল্ড", "হলমার্ক ২২ ক্যারেট স্বর্ণের"],
    "Y21": ["২১ ক্যারেট সোনার", "২১ ক্যারেট গোল্ড", "21K স্বর্ণের"],
    "Y18": ["১৮ ক্যারেট সোনার", "১৮ ক্যারেট ইয়েলো গোল্ড"],
    "W18": ["১৮ ক্যারেট হোয়াইট গোল্ড", "হোয়াইট গোল্ড"],
    "R18": ["১৮ ক্যারেট রোজ গোল্ড", "রোজ গোল্ড"],
    "S925": ["রুপার", "রূপার", "৯২৫ সিলভার", "স্টার্লিং সিলভার"],
    "GPS": ["গোল্ড প্লেটেড রুপার"],
    "GPB": ["সিটি গোল্ড", "ইমিটেশন", "গোল্ড প্লেটেড"],
}
BODY_METAL = {
    "Y22": "ধাতু: ২২ ক্যারেট সোনা (৯১৬ হলমার্ক, বাজুস মান)।",
    "Y21": "ধাতু: ২১ ক্যারেট সোনা (৮৭৫ হলমার্ক)।",
    "Y18": "ধাতু: ১৮ ক্যারেট সোনা (৭৫০)।",
    "W18": "ধাতু: ১৮ ক্যারেট হোয়াইট গোল্ড, রোডিয়াম করা।",
    "R18": "ধাতু: ১৮ ক্যারেট রোজ গোল্ড।",
    "S925": "ধাতু: ৯২৫ স্টার্লিং সিলভার (খাঁটি রুপা)।",
    "GPS": "রুপার উপর ২২ ক্যারেট সোনার প্রলেপ (গোল্ড প্লেটেড)।",
    "GPB": "সিটি গোল্ড / ইমিটেশন গহনা: তামা ও পিতলের উপর সোনালী রঙ, অনেকদিন রং ঠিক থাকে।",
}
STONE_TXT = {"diamond": ["হীরা বসানো", "ডায়মন্ড সহ", "(হীরা)"],
             "cz": ["আমেরিকান ডায়মন্ড", "এডি স্টোন", "জারকন পাথর"],
             "ruby": ["রুবি পাথর", "চুনি বসানো"], "emerald": ["পান্না পাথর", "এমারেল্ড স্টোন"],
             "sapphire": ["নীলা পাথর"], "pearl": ["মুক্তা", "পার্ল"], "coral": ["পলা", "প্রবাল পাথর"]}
BODY_STONE = {"diamond": "পাথর: আসল হীরা (ন্যাচারাল ডায়মন্ড), সার্টিফিকেট সহ।",
              "cz": "পাথর: আমেরিকান ডায়মন্ড (এডি / সিজেড), সাদা ঝকঝকে।",
              "ruby": "পাথর: লাল রুবি (চুনি)।", "emerald": "পাথর: সবুজ পান্না।", "sapphire": "পাথর: নীলা (নীল স্যাফায়ার)।",
              "pearl": "পাথর: সাদা মুক্তা।", "coral": "পাথর: লাল পলা (প্রবাল)।"}

NOUN = {"ring": ["আংটি", "রিং", "লেডিস আংটি"], "engagement ring": ["এনগেজমেন্ট রিং"],
        "wedding band": ["বিয়ের আংটি", "ওয়েডিং ব্যান্ড"], "earrings": ["কানের দুল", "দুল", "কানপাশা", "কানের টপ"],
        "jhumka": ["ঝুমকা", "ঝুমকা দুল"], "nose pin": ["নাকফুল", "নোজপিন"], "pendant": ["লকেট", "পেনডেন্ট"],
        "chain": ["চেইন", "গলার চেইন"], "necklace": ["নেকলেস", "হার", "সীতাহার"],
        "bangle": ["চুড়ি", "বালা", "চুড়ি (এক জোড়া)"], "bracelet": ["ব্রেসলেট"], "anklet": ["নূপুর", "পায়েল"],
        "maang tikka": ["টিকলি"]}
PTYPE = {"ring": "আংটি", "engagement ring": "আংটি > এনগেজমেন্ট", "wedding band": "আংটি > বিয়ের আংটি",
         "earrings": "কানের দুল", "jhumka": "কানের দুল > ঝুমকা", "nose pin": "নাকফুল", "pendant": "লকেট",
         "chain": "চেইন", "necklace": "নেকলেস ও হার", "bangle": "চুড়ি ও বালা", "bracelet": "ব্রেসলেট",
         "anklet": "নূপুর", "maang tikka": "টিকলি"}
GPC = {"ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
       "wedding band": "Apparel & Accessories > Jewelry > Rings", "earrings": "Apparel & Accessories > Jewelry > Earrings",
       "jhumka": "Apparel & Accessories > Jewelry > Earrings", "nose pin": "Apparel & Accessories > Jewelry > Body Jewelry",
       "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants", "chain": "Apparel & Accessories > Jewelry > Necklaces",
       "necklace": "Apparel & Accessories > Jewelry > Necklaces", "bangle": "Apparel & Accessories > Jewelry > Bracelets",
       "bracelet": "Apparel & Accessories > Jewelry > Bracelets", "anklet": "Apparel & Accessories > Jewelry > Anklets",
       "maang tikka": "Apparel & Accessories > Jewelry"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "drop"), "jhumka": ("jhumka", None), "nose pin": ("nose pin", "flower"),
        "pendant": ("pendant", None), "chain": ("chain", None), "necklace": ("necklace", None),
        "bangle": ("bangle", "pair"), "bracelet": ("bracelet", None), "anklet": ("anklet", None),
        "maang tikka": ("maang tikka", None)}
NAMES = ["শাপলা", "কদম", "বকুল", "জুঁই", "পলাশ", "নকশি", "জামদানি", "রাজকন্যা", "মুক্তা", "বধূ", "ময়ূর", "চাঁদ"]

GOLD = [("Y22", 8), ("Y21", 3), ("Y18", 2)]
DESIGNS = [
    ("ring", 10, GOLD + [("S925", 3), ("GPB", 1)],
     [(None, 3), ("cz", 2), ("ruby", 1), ("emerald", 1), ("sapphire", 2), ("coral", 1), ("pearl", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 5, [("W18", 3), ("Y18", 1), ("R18", 1)], [("diamond", 4), ("cz", 1)], (2.0, 3.5), "size"),
    ("wedding band", 4, [("Y22", 3), ("R18", 1)], [(None, 4)], (3.0, 6.0), "size"),
    ("earrings", 11, GOLD + [("S925", 2), ("GPB", 2), ("W18", 1)], [(None, 3), ("cz", 2), ("pearl", 2), ("diamond", 1), ("ruby", 1)],
     (1.5, 6.0), None),
    ("jhumka", 6, [("Y22", 4), ("Y21", 1), ("GPB", 2)], [(None, 3), ("pearl", 2), ("ruby", 1), ("cz", 1)], (4.0, 12.0), None),
    ("nose pin", 7, [("Y22", 3), ("W18", 2), ("Y18", 1), ("S925", 1)], [("diamond", 3), ("cz", 2), (None, 1), ("pearl", 1)],
     (0.3, 1.0), None),
    ("pendant", 7, GOLD + [("S925", 2), ("GPS", 1)], [(None, 3), ("cz", 1), ("diamond", 1), ("ruby", 1), ("emerald", 1)],
     (1.0, 4.0), None),
    ("chain", 6, [("Y22", 4), ("Y21", 1), ("S925", 2)], [(None, 1)], (3.0, 12.0), "len"),
    ("necklace", 6, [("Y22", 3), ("Y21", 1), ("GPB", 2), ("S925", 1)], [(None, 2), ("cz", 2), ("pearl", 1), ("ruby", 1)],
     (10.0, 35.0), None),
    ("bangle", 8, [("Y22", 4), ("Y21", 2), ("GPB", 2)], [(None, 5), ("cz", 1)], (8.0, 24.0), "bsize"),
    ("bracelet", 4, [("Y22", 2), ("Y18", 1), ("S925", 1)], [(None, 3), ("cz", 1)], (3.0, 9.0), None),
    ("anklet", 3, [("S925", 3), ("GPS", 1)], [(None, 2)], (8.0, 20.0), None),
    ("maang tikka", 3, [("Y22", 2), ("GPB", 2)], [(None, 1), ("pearl", 1), ("cz", 1)], (2.0, 6.0), None),
]
SIZES = ["১৪", "১৫", "১৬", "১৭", "১৮", "১৯"]
LENS = ["১৮ ইঞ্চি", "২০ ইঞ্চি", "২২ ইঞ্চি"]
BSIZES = ["2.4", "2.6", "2.8"]


def r_bdt(x, step):
    return float(int(round(x / step)) * step)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_BDT[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_bdt((grams * RATE[code] * 1.10 + st) * 1.05, 100)   # মজুরি ~10 %, ভ্যাট ৫ %
    base, per_g = SILVER[code]
    return r_bdt(base + per_g * grams + (STONE_BDT[stone] * 0.4 if stone else 0), 10)


def taka(x, style):
    x = int(round(x))
    return [f"৳ {bn(lakh(x))}", f"{bn(x)} টাকা", f"Tk {x:,}", f"{bn(lakh(x))}/-", f"BDT {x}", f"৳{lakh(x)}"][style]


def weight_bn(g, style):
    if style == 0:
        return f"ওজন: {bn(f'{g:.2f}')} গ্রাম"
    bh = int(g // BHORI)
    rest = g - bh * BHORI
    an = int(rest // ANA)
    ro = int(round((rest - an * ANA) / ROTI))
    if ro == 6:
        an, ro = an + 1, 0
    parts = []
    if bh:
        parts.append(f"{bn(bh)} ভরি")
    if an:
        parts.append(f"{bn(an)} আনা")
    if ro:
        parts.append(f"{bn(ro)} রতি")
    return "ওজন: " + " ".join(parts or ["১ রতি"]) + (" (প্রায়)" if style == 2 else "")


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("S925", "GPS", "GPB") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            if code == "GPB" and cat in ("necklace", "bangle"):
                g = round(g * 1.6, 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN[cat])
    where_metal = "title" if rng.random() < 0.7 else ("body" if rng.random() < 0.8 else "photo")
    if code in ("GPS", "GPB") and where_metal == "photo":
        where_metal = "body"
    parts = []
    if where_metal == "title":
        parts.append(rng.choice(METAL_TXT[code]))
    parts.append(noun)
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    if stone == "cz" and where_stone == "nowhere":
        where_stone = "title"
    if stone and where_stone == "title":
        parts.append(rng.choice(STONE_TXT[stone]))
    title = " ".join(parts)
    if code == "GPB" and rng.random() < 0.5:
        title = "স্বর্ণালী কালেকশন - " + title
    elif rng.random() < 0.4:
        name = rng.choice(NAMES)
        if name == "মুক্তা" and stone != "pearl":
            traps.append("মুক্তা ডিজাইন")
            name = "মুক্তা ডিজাইন"
        title += rng.choice([f" - {name}", f" ({name})", f" | {name}"])
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
        if code == "GPS":
            traps.append("২২ ক্যারেট সোনার প্রলেপ")
    else:
        body.append(rng.choice(["আমাদের নিজস্ব কারিগরের হাতে তৈরি।", "বিয়ে ও যেকোনো অনুষ্ঠানের জন্য পারফেক্ট।"]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
        if stone == "cz":
            traps += ["আমেরিকান ডায়মন্ড", "এডি স্টোন"]
    elif stone is None and where_stone == "body":
        body.append("প্লেইন ডিজাইন, পাথর ছাড়া।")
    if stone == "cz" and where_stone == "title" and "আমেরিকান ডায়মন্ড" in title:
        traps.append("আমেরিকান ডায়মন্ড")
    if p.get("carat"):
        body.append(f"হীরার ওজন: {bn(p['carat'])} ক্যারেট।")
        traps.append(f"হীরার ওজন: {bn(p['carat'])} ক্যারেট")
    if code in GOLD_CODES:
        body.append(weight_bn(p["grams"], rng.randint(0, 2)) + "।")
        body.append(rng.choice(["মজুরি ও ৫% ভ্যাট সহ দাম।", "দাম বাজুস নির্ধারিত আজকের বাজারদর অনুযায়ী, পরিবর্তন হতে পারে।",
                                "পুরাতন সোনা এক্সচেঞ্জ করা যায়।"]))
    if cat == "pendant":
        body.append("চেইন আলাদা কিনতে হবে।")
        p["sold_with_chain"] = False
    if cat == "bangle" and "জোড়া" in title:
        body.append("দাম এক জোড়ার (২ পিস)।")
    if cat == "nose pin" and rng.random() < 0.5:
        body.append("প্যাঁচ / স্ক্রু লাগানো।")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(8801)
    outdir = os.path.join(out, "dac_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {9, 38, 71}
    ask_at = {5, 29, 62}           # দাম ইনবক্সে: price 0
    arch_at = {17, 47}             # status archived
    oos_at = {24, 55}
    for i, p in enumerate(prods):
        prng = random.Random(88000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.3]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.08])
        title, body, traps = texts(p, rng)
        p["title"] = title
        ask = i in ask_at
        status = "archived" if i in arch_at else "active"
        p["status"] = status
        p["live"] = status == "active" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = PTYPE[p["cat"]]
        gid = f"RKJ-{2100 + i * 3}"
        p["handle"] = gid
        axis = p["axis"] if prng.random() < 0.6 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 2)
            vals = SIZES[a:a + prng.randint(3, 4)]
        elif axis == "len":
            vals = LENS[:prng.randint(2, 3)]
        elif axis == "bsize":
            vals = BSIZES[:prng.randint(2, 3)]
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], gid))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.04 * j if axis in ("size", "bsize") else 0.1 * j))
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{gid}-{j + 1}"))
        if not ask and code not in GOLD_CODES and prng.random() < 0.3:
            for v in vs:
                v.regular = v.price
                v.price = r_bdt(v.price * 0.8, 10)
        fn = f"{prng.choice(['2026/10', '2026/11'])}/{'rkj_' + str(300 + i) if prng.random() < 0.6 else 'IMG_2026' + str(1100 + i * 13)}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 880000 + i))
        if ask:
            body.insert(0, "দাম জানতে ইনবক্স করুন / কল করুন।")
        elif prng.random() < 0.35:
            body.append("দাম: " + taka(vs[0].price, prng.randint(0, 5)))
        if prng.random() < 0.3:
            body.append("ঢাকার ভিতরে হোম ডেলিভারি, ক্যাশ অন ডেলিভারি সুবিধা।")
        desc = "\n".join(body)
        material = ""
        if prng.random() < 0.4:
            material = {"Y22": "Gold 22K", "Y21": "Gold 21K", "Y18": "Gold 18K", "W18": "White Gold 18K",
                        "R18": "Rose Gold 18K", "S925": "Silver 925", "GPS": "Gold Plated Silver",
                        "GPB": "City Gold (Brass)"}[code]
        color = ""
        if prng.random() < 0.3:
            color = {"Y22": "Golden", "Y21": "Golden", "Y18": "Golden", "W18": "White", "R18": "Rose",
                     "S925": "Silver", "GPS": "Golden", "GPB": "Golden"}[code]
        tags = [prng.choice(["", "বিয়ের গহনা", "নতুন", "গিফট"]), "হলমার্ক" if code in GOLD_CODES and prng.random() < 0.4 else ""]
        tags = [t for t in tags if t] + ["", ""]
        link = f"{SITE}product/{gid.lower()}"
        for j, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            pr = 0.0 if ask else (v.regular or v.price)
            r.update({"id": v.sku if vals else gid, "title": title, "description": desc,
                      "availability": "in stock" if p["in_stock"] else "out of stock", "condition": "new",
                      "price": f"{pr:.2f} BDT" if prng.random() < 0.7 else f"{int(pr)} BDT",
                      "link": link, "image_link": url, "brand": "Rupkotha Jewellers",
                      "google_product_category": GPC[p["cat"]] if prng.random() < 0.6 else "",
                      "quantity_to_sell_on_facebook": "" if not p["in_stock"] else str(prng.randint(1, 3)),
                      "sale_price": f"{v.price:.2f} BDT" if v.regular else "",
                      "item_group_id": gid if vals else "", "gender": "female" if p["cat"] not in ("wedding band",) else "unisex",
                      "color": color, "size": v.opts[0] if vals else "", "age_group": "adult", "material": material,
                      "product_type": PTYPE[p["cat"]], "status": status,
                      "shipping": "BD::Inside Dhaka:80.00 BDT" if prng.random() < 0.5 else "",
                      "custom_label_0": "price_on_request" if ask else "",
                      "product_tags[0]": tags[0], "product_tags[1]": tags[1]})
            rows.append(r)
        fields = {"title": title, "body": desc, "type": PTYPE[p["cat"]],
                  "tags": " ".join(t for t in tags if t)}
        if material:
            fields["attributes"] = material
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["size"] if vals else [], CURRENCY, None if broken else "images/" + fn, url, broken,
                         spec, [], "price_before_sale")
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"dac {gid} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
