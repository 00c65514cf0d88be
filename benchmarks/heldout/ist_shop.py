"""Plan of the Istanbul shop: Nakkaş Kuyumculuk, Kapalıçarşı (TRY, Turkish).

Shopify product export in the 2025 admin layout (Title, URL handle,
Description, ... Product image URL, market price and metafield columns).
22 ayar burma / ajda bilezik and çeyrek altın, 14 ayar sarı / beyaz / rose
altın, pırlanta tektaş and beştaş, alyans, 925 ayar gümüş with zirkon,
gümüş üzeri altın kaplama.  Listings are in Turkish; the answer key is in
the README's English vocabulary.
"""

from __future__ import annotations

import os
import random

import render
from common import money, slugify
from ninth_common import FMETALS, FSTONES, build_variants, axis_changes_look, loc, options_text, read, wchoice

HOST = "https://cdn.heldout-ist.example/s/files/1/0712/4431/files/"
CURRENCY = "TRY"
EXPORT_NAME = "products_export_1.csv"
USD_RATE = 43.0

HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
    "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
    "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Price / International",
    "Compare-at price", "Compare-at price / International", "Cost per item", "Charge tax", "Tax code",
    "Unit price total measure", "Unit price total measure unit", "Unit price base measure", "Unit price base measure unit",
    "Inventory tracker", "Inventory quantity", "Continue selling when out of stock", "Weight value (grams)",
    "Weight unit for display", "Requires shipping", "Fulfillment service", "Product image URL", "Image position",
    "Image alt text", "Variant image URL", "Gift card", "SEO title", "SEO description",
    "Jewelry material (product.metafields.shopify.jewelry-material)",
    "Target gender (product.metafields.shopify.target-gender)",
    "Google Shopping / Google product category", "Google Shopping / Gender", "Google Shopping / Age group",
    "Google Shopping / Condition", "Google Shopping / Custom product",
]

TAXONOMY = {
    "ring": "Apparel & Accessories > Jewelry > Rings", "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings", "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces", "choker": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants", "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets", "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets", "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

CATWORD = {"ring": "Yüzük", "engagement ring": "Yüzük", "wedding band": "Alyans", "earrings": "Küpe", "necklace": "Kolye",
           "choker": "Gerdanlık", "pendant": "Kolye Ucu", "chain": "Zincir", "bracelet": "Bileklik", "bangle": "Bilezik",
           "anklet": "Halhal", "brooch": "Broş"}
TYPEWORD = {"ring": "Yüzük", "engagement ring": "Tektaş", "wedding band": "Alyans", "earrings": "Küpe", "necklace": "Kolye",
            "choker": "Gerdanlık", "pendant": "Kolye Ucu", "chain": "Zincir", "bracelet": "Bileklik", "bangle": "Bilezik",
            "anklet": "Halhal", "brooch": "Broş"}


def D(key, cat, n, names, metals, stones, grams, axes=(), style=None, tags=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, metals=metals, stones=stones, grams=grams, axes=list(axes),
             style=style, tags=list(tags))
    d.update(kw)
    return d


DESIGNS = [
    D("burma", "bangle", 7, ["Burma", "Ajda", "Mega Burma", "Hasır", "Adana Burma", "Ajda", "Burma"],
      [("Y22", 6), ("Y14", 1)], [(None, 1)], (10, 32), ["bsize"], "carved", ["bilezik", "düğün", "yatırımlık"]),
    D("kelepce", "bangle", 3, ["Kelepçe", "Açık Kelepçe", "Tel Kelepçe"], [("S925", 2), ("Y14", 1)], [(None, 2), ("cz", 1)],
      (8, 18), [], "cuff", ["kelepçe", "günlük"], catword="Bilezik"),
    D("ceyrek", "pendant", 5, ["Çeyrek Altın", "Yarım Altın", "Ata Lira", "Gram Altın", "Çeyrek Altın"],
      [("Y22", 1)], [(None, 1)], (1.75, 7.2), [], "coin", ["yatırımlık", "hediye", "doğum"], chain=False),
    D("nazar", "pendant", 6, ["Nazar", "Sonsuzluk", "Kalp", "Harf", "Nazar", "Yonca"],
      [("S925", 3), ("GPS", 2), ("RGPS", 1), ("Y14", 2)], [(None, 2), ("cz", 3)], (1.5, 4), ["len"], "heart",
      ["nazar", "hediye", "sevgililer günü"], chain=True, catword="Kolye"),
    D("kolyeucu", "pendant", 5, ["Kalp", "Damla", "Madalyon", "Tektaş", "Yıldız"],
      [("W14", 2), ("Y14", 2), ("R14", 1)], [("diamond", 3), (None, 1), ("emerald", 1)], (1.2, 3.5), [], "cluster",
      ["kolye ucu", "hediye"], chain=False),
    D("tektas", "engagement ring", 7, ["Tektaş", "Altı Tırnak Tektaş", "Dört Tırnak Tektaş", "Tektaş", "Halo Tektaş"],
      [("W14", 3), ("W18", 1), ("Y14", 1), ("PT", 1)], [("diamond", 1)], (2.2, 4.2), ["rsize"], "solitaire",
      ["nişan", "söz", "evlilik teklifi"]),
    D("tektasmodel", "engagement ring", 3, ["Tektaş Model", "Pırlanta Model Tektaş", "Tektaş Model"],
      [("S925", 1)], [("cz", 1)], (2, 3.5), ["rsize"], "solitaire", ["söz", "gümüş"]),
    D("bestas", "ring", 4, ["Beştaş", "Beştaş", "Yarım Tur Beştaş", "Beştaş"], [("W14", 2), ("Y14", 1), ("S925", 1)],
      [("diamond", 2), ("cz", 1)], (2.5, 4.5), ["rsize"], "trilogy", ["beştaş", "yıldönümü"]),
    D("alyans", "wedding band", 7, ["Klasik", "Kaburgalı", "Düz", "Bombeli", "Mat", "Klasik", "Çizgili"],
      [("Y14", 3), ("W14", 1), ("Y22", 2), ("PT", 1)], [(None, 1)], (3, 7), ["rsize"], "wedding",
      ["alyans", "düğün", "nikah"]),
    D("yuzuk", "ring", 10, ["Sultan", "Osmanlı", "Şah", "Lale", "Mühür", "Erkek", "Papatya", "Kraliçe", "Sultan", "Osmanlı"],
      [("Y14", 3), ("W14", 1), ("S925", 3), ("GPS", 2)],
      [("ruby", 2), ("emerald", 2), ("blue sapphire", 1), ("amethyst", 1), ("ad red", 1), ("ad green", 1), ("cz", 1), (None, 1)],
      (3, 12), ["rsize"], "cocktail", ["yüzük", "osmanlı"]),
    D("kupe", "earrings", 12, ["Halka", "Sallantılı", "Tektaş", "Damla", "Çivili", "Halka", "Mini Halka", "Kelebek",
                                "Tektaş", "Damla", "Çivili", "Sallantılı"],
      [("Y14", 3), ("W14", 2), ("R14", 1), ("S925", 3), ("GPS", 2)],
      [(None, 3), ("diamond", 2), ("pearl", 2), ("cz", 2), ("blue topaz", 1)], (1, 5), [], "stud", ["küpe", "günlük"]),
    D("kolye", "necklace", 7, ["Su Yolu", "İnci Dizi", "Su Yolu", "Zincir Detaylı", "Osmanlı", "Su Yolu", "Üç Sıra İnci"],
      [("S925", 2), ("W14", 2), ("GPS", 1), ("Y14", 1)], [("cz", 2), ("diamond", 1), ("pearl", 2)], (4, 20), ["len"],
      "tennis", ["kolye", "davet"]),
    D("gerdanlik", "choker", 3, ["Osmanlı", "Sultan", "Hasır"], [("Y22", 2), ("GPS", 1)], [(None, 1), ("cz", 1)],
      (18, 45), [], "choker", ["gerdanlık", "gelin", "düğün"]),
    D("bileklik", "bracelet", 9, ["Su Yolu", "Trabzon Hasır", "Zincir", "Nazar", "İnci", "Su Yolu", "Trabzon Hasır",
                                   "Kelebek", "Yonca"],
      [("S925", 3), ("Y14", 2), ("W14", 1), ("Y22", 1), ("GPS", 1)], [(None, 3), ("cz", 2), ("diamond", 1), ("pearl", 1)],
      (3, 20), [], "chain", ["bileklik", "hediye"]),
    D("zincir", "chain", 6, ["Forse", "Gurmet", "Halat", "Kare", "Singapur", "Forse"], [("Y14", 2), ("Y22", 2), ("S925", 2)],
      [(None, 1)], (3, 14), ["len"], "cable", ["zincir", "erkek"]),
    D("halhal", "anklet", 3, ["Zincir", "Boncuklu", "Kalpli"], [("S925", 2), ("GPS", 1)], [(None, 2), ("cz", 1)], (3, 7), [],
      "single", ["halhal", "yaz"]),
    D("bros", "brooch", 2, ["Lale", "Kelebek"], [("GPS", 1), ("S925", 1)], [("cz", 1), ("pearl", 1)], (6, 12), [],
      "flower", ["broş", "hediye"]),
]

RATE = {"Y22": 4350, "Y14": 3150, "W14": 3150, "R14": 3150, "W18": 3950, "Y18": 3950, "PT": 2700,
        "S925": 105, "GPS": 130, "RGPS": 130}
STONE_PRICE = {None: 0, "diamond": 0, "ruby": 7200, "emerald": 8400, "blue sapphire": 7800, "amethyst": 1100,
               "blue topaz": 950, "pearl": 650, "cz": 0, "ad red": 0, "ad green": 0}
DIAMOND_PER_CT = 98000

AXES = {
    "rsize": ("Yüzük Ölçüsü", [("12", 0.96), ("14", 0.98), ("16", 1.0), ("18", 1.02), ("20", 1.04)]),
    "bsize": ("Ölçü", [("6,0 cm", 0.95), ("6,5 cm", 1.0), ("7,0 cm", 1.06)]),
    "len": ("Zincir Uzunluğu", [("40 cm", 0.9), ("45 cm", 1.0), ("50 cm", 1.1)]),
}

TR_COLOUR = {"Y14": "Sarı", "W14": "Beyaz", "R14": "Rose", "Y18": "Sarı", "W18": "Beyaz"}


def price(p, code, stone, grams):
    carat = p.get("carat") or 0
    if code in ("S925", "GPS", "RGPS"):
        x = grams * RATE[code] * 2.4 + 450 + STONE_PRICE.get(stone, 0)
        if stone in ("cz", "ad red", "ad green"):
            x += 180
        return float(int(round(x / 50.0)) * 50 - 10)
    x = grams * RATE[code]
    x *= 1.04 if p["d"]["key"] in ("burma", "ceyrek") else 1.22
    x += 900 if p["d"]["key"] not in ("burma", "ceyrek") else 250
    if stone == "diamond":
        x += carat * DIAMOND_PER_CT * (1 + carat)
    else:
        x += STONE_PRICE.get(stone, 0)
    return float(int(round(x / 10.0)) * 10)


def metal_words(rng, code, colour, karat):
    if code in ("Y14", "W14", "R14", "Y18", "W18"):
        k = "14" if code.endswith("14") else "18"
        cw = {"Y": "Sarı", "W": "Beyaz", "R": rng.choice(["Rose", "Roze", "Pembe"])}[code[0]]
        if colour and karat:
            return rng.choice([f"{k} Ayar {cw} Altın", f"{cw} Altın {k} Ayar"])
        if colour:
            return f"{cw} Altın"
        if karat:
            return f"{k} Ayar Altın"
        return "Altın"
    if code == "Y22":
        return rng.choice(["22 Ayar Altın", "22 Ayar"]) if colour else "Altın"
    if code == "PT":
        return rng.choice(["Platin", "Pt950 Platin"]) if colour else ""
    if code == "S925":
        return rng.choice(["925 Ayar Gümüş", "Gümüş", "925 Gümüş"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Gümüş Üzeri Altın Kaplama", "Altın Kaplama Gümüş", "Altın Kaplama 925 Ayar Gümüş"]) if colour else ""
    if code == "RGPS":
        return rng.choice(["Rose Kaplama Gümüş", "Gümüş Üzeri Rose Altın Kaplama"]) if colour else ""
    raise KeyError(code)


def stone_words(rng, stone, p):
    return {
        "diamond": rng.choice(["Pırlanta", "Pırlanta", "Pırlantalı"]),
        "ruby": rng.choice(["Yakut", "Yakut Taşlı"]), "emerald": rng.choice(["Zümrüt", "Zümrüt Taşlı"]),
        "blue sapphire": rng.choice(["Mavi Safir", "Safir"]), "amethyst": "Ametist",
        "blue topaz": "Mavi Topaz", "pearl": rng.choice(["İnci", "İncili", "Tatlı Su İncisi"]),
        "cz": rng.choice(["Zirkon Taşlı", "Zirkon", "Beyaz Zirkon Taşlı"]),
        "ad red": rng.choice(["Kırmızı Zirkon Taşlı", "Yakut Kırmızısı Zirkon"]),
        "ad green": rng.choice(["Yeşil Zirkon Taşlı", "Zümrüt Yeşili Zirkon"]),
    }[stone]


def plan(rng, d, i, serial):
    p = {"serial": serial, "d": d, "cat": d["cat"], "name": d["names"][i % len(d["names"])], "traps": []}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    name = p["name"]
    if name in ("Mühür", "Erkek"):
        p["for"] = "men"
        stone = None if name == "Mühür" else wchoice(rng, [(None, 1), ("cz", 1)])
        code = rng.choice(["S925", "S925", "Y14"])
    if name in ("İnci Dizi", "Üç Sıra İnci", "İnci"):
        stone = "pearl"
    if name == "Su Yolu" and stone == "pearl":
        stone = "cz"
    if d["key"] == "kupe" and name == "Tektaş":
        stone = "diamond" if code not in ("S925", "GPS") else "cz"
    if d["key"] == "kupe" and name in ("Halka", "Mini Halka") and stone in ("pearl", "blue topaz"):
        stone = None
    if d["key"] == "kolyeucu" and name == "Tektaş":
        stone = "diamond"
    if d["key"] == "kolyeucu" and name == "Madalyon":
        stone = None
    if name == "Trabzon Hasır":
        code, stone = rng.choice(["Y14", "Y22", "S925"]), None
    if stone == "diamond" and code in ("S925", "GPS", "RGPS"):
        stone = "cz"
    if d["key"] == "bileklik" and stone == "diamond":
        code = "W14"
    p["code"], p["stone"] = code, stone
    lo, hi = d["grams"]
    p["grams"] = round(rng.uniform(lo, hi), 2)
    if d["key"] == "ceyrek":
        p["grams"] = {"Çeyrek Altın": 1.75, "Yarım Altın": 3.5, "Ata Lira": 7.2, "Gram Altın": 1.0}[name] + rng.choice([0.0, 0.35, 0.6])
    if stone == "diamond":
        pool = {"tektas": [0.15, 0.20, 0.25, 0.30, 0.40, 0.50, 0.70, 1.00], "bestas": [0.25, 0.50, 0.75, 1.00],
                "kupe": [0.20, 0.30, 0.40, 0.50], "kolyeucu": [0.05, 0.08, 0.15, 0.20], "kolye": [1.00, 1.50, 2.00],
                "bileklik": [0.50, 1.00, 1.50]}[d["key"]]
        p["carat"] = rng.choice(pool)
    if d["key"] in ("nazar",):
        p["sold_with_chain"] = True
    if d["key"] in ("kolyeucu", "ceyrek"):
        p["sold_with_chain"] = False
    # axes
    axes = []
    for a in d["axes"]:
        nm, vals = AXES[a]
        if a == "rsize" and rng.random() < 0.35:
            continue
        if a == "len" and rng.random() < 0.4:
            continue
        k = rng.randint(2, len(vals))
        axes.append((nm, [(v, {"m": m}) for v, m in vals[:k]]))
    if code in ("Y14", "W14", "R14") and d["key"] in ("alyans", "tektas", "kupe", "nazar", "kolyeucu", "bestas") and rng.random() < 0.35:
        others = [c for c in ("Y14", "W14", "R14") if c != code]
        rng.shuffle(others)
        cols = [code] + others[:rng.randint(1, 2)]
        style = rng.random() < 0.5
        vals = [((TR_COLOUR[c] + " Altın") if style else TR_COLOUR[c], {"code": c}) for c in cols]
        axes.insert(0, ("Renk", vals))
    elif code in ("S925", "GPS", "RGPS") and d["key"] in ("nazar", "kupe", "halhal") and rng.random() < 0.4:
        opts = {"S925": "Gümüş", "GPS": "Altın Kaplama", "RGPS": "Rose Kaplama"}
        cols = [code] + [c for c in ("S925", "GPS", "RGPS") if c != code][:rng.randint(1, 2)]
        axes.insert(0, ("Renk", [(opts[c], {"code": c}) for c in cols]))
    elif stone in ("ruby", "emerald", "blue sapphire") and d["key"] == "yuzuk" and rng.random() < 0.4:
        alt = [s for s in ("ruby", "emerald", "blue sapphire") if s != stone][:rng.randint(1, 2)]
        nm = {"ruby": "Yakut", "emerald": "Zümrüt", "blue sapphire": "Safir"}
        axes.insert(0, ("Taş", [(nm[s], {"stone": s}) for s in [stone] + alt]))
    p["axes"] = axes[:3]
    p["variants"] = build_variants(p, price)
    if rng.random() < 0.2:
        disc = rng.choice([0.10, 0.15, 0.20])
        for v in p["variants"]:
            v.compare = float(int(round(v.price / (1 - disc) / 10.0)) * 10)
    # where the facts go
    col_axis = any(nm == "Renk" for nm, _ in p["axes"])
    stone_axis = any(nm == "Taş" for nm, _ in p["axes"])
    if col_axis:
        p["col_loc"] = "options"
    else:
        pairs = [("title", 55), ("body", 20), ("tags", 8), ("photo", 8)]
        if code in ("S925", "GPS"):
            pairs.append(("type", 8))
        p["col_loc"] = loc(rng, pairs)
    if FMETALS[code][2] in (22, 24):
        p["kar_loc"] = p["col_loc"] if p["col_loc"] in ("title", "body", "tags") else "none"
    elif FMETALS[code][2]:
        p["kar_loc"] = loc(rng, [("title", 55), ("body", 30), ("tags", 8), ("none", 7)])
    else:
        p["kar_loc"] = "none"
    if stone is None:
        p["st_loc"] = "none"
    elif stone_axis:
        p["st_loc"] = "options"
    else:
        p["st_loc"] = loc(rng, [("title", 58), ("body", 22), ("tags", 10), ("photo", 6)])
    p["cat_loc"] = loc(rng, [("title", 86), ("body", 8), ("type", 6)])
    write_text(rng, p)
    return p


OPENER = {
    "ring": ["{n} yüzük, Kapalıçarşı atölyemizde el işçiliğiyle üretildi.", "Günlük kullanıma uygun {n} yüzük."],
    "engagement ring": ["{n} yüzük: evlilik teklifi için klasik tercih.", "Söz ve nişan için {n} yüzük."],
    "wedding band": ["{n} alyans, fiyat tek adet içindir.", "Çift alyans olarak da sipariş verilebilir. {n} model alyans."],
    "earrings": ["{n} küpe, çift olarak satılır.", "Hafif ve rahat {n} küpe."],
    "necklace": ["{n} kolye, davetler için.", "Göz alıcı {n} kolye."],
    "choker": ["{n} gerdanlık, gelin takısı olarak hazırlanır.", "Boyna oturan {n} gerdanlık."],
    "pendant": ["{n} kolye ucu.", "Hediye kutusunda gönderilen {n} kolye ucu."],
    "chain": ["{n} zincir, kilitli.", "Sağlam örgülü {n} zincir."],
    "bracelet": ["{n} bileklik, ayarlanabilir kilit.", "İnce bilekler için {n} bileklik."],
    "bangle": ["{n} bilezik, tek adet fiyatıdır.", "Takı yatırımı için {n} bilezik."],
    "anklet": ["{n} halhal, yaz aylarının vazgeçilmezi.", "Tek ayak için {n} halhal."],
    "brooch": ["{n} broş, ceket ve şal için.", "Zarif {n} broş."],
}
NEUTRAL = ["Kapalıçarşı'daki atölyemizden.", "1968'den beri Kapalıçarşı'da.", "Usta işçiliği, özenli paketleme."]
TAGPOOL = ["yeni sezon", "hediye", "anneler günü", "sevgililer günü", "kapalıçarşı", "çok satan", "kampanya", "günlük"]


def write_text(rng, p):
    d, cat, code, stone, name = p["d"], p["cat"], p["code"], p["stone"], p["name"]
    cl, kl, sl, catl = p["col_loc"], p["kar_loc"], p["st_loc"], p["cat_loc"]
    traps = p["traps"]
    catword = d.get("catword") or CATWORD[cat]
    if name in ("Kelepçe", "Açık Kelepçe", "Tel Kelepçe"):
        catword = ""
    # title
    mw = metal_words(rng, code, cl == "title", kl == "title")
    sw = (p.get("force_sw") or stone_words(rng, stone, p)) if sl == "title" else ""
    nm = name
    if code == "S925" and d["key"] == "tektasmodel" and rng.random() < 0.5 and "Pırlanta" not in nm:
        nm = "Pırlanta Model " + nm
    if catl == "title":
        core = f"{nm} {catword}".strip()
    else:
        core = nm if cat != "engagement ring" else nm.replace("Tektaş", "Tek Taş Model").replace("Tek Taş Model Model", "Tek Taş Model")
        if "Kelepçe" in core and catl != "title":
            core = "Açık Model" if core != "Tel Kelepçe" else "Tel Model"
    if cat == "engagement ring" and catl != "title":
        core = rng.choice(["Altı Tırnak", "Dört Tırnak", "Klasik Model"])
        if "Pırlanta Model" in nm:
            core = "Pırlanta Model " + core
    if stone == "pearl" and "İnci" in core:
        sw = ""
    if d["key"] == "ceyrek":
        mw = mw.replace(" Altın", "") if mw != "Altın" else ""
    parts = [mw, sw, core] if rng.random() < 0.75 else [sw, core, mw]
    title = " ".join(x for x in parts if x).replace("  ", " ")
    if p.get("for") == "men" and "Erkek" not in title:
        title += " (Erkek)"
    if rng.random() < 0.04:
        title = title + " "  # a trailing space from a pasted title
    p["title"] = title
    # body
    bits = []
    if catl == "body" or (catl == "title" and rng.random() < 0.6):
        bits.append(f"<p>{rng.choice(OPENER[cat]).format(n=name if catl == 'title' else core)}</p>")
    else:
        bits.append(f"<p>{rng.choice(NEUTRAL)}</p>")
    li = []
    if cl == "body" or kl == "body":
        if code in ("Y14", "W14", "R14", "Y18", "W18"):
            k = "14" if code.endswith("14") else "18"
            if kl == "body":
                li.append(f"<li><strong>Ayar:</strong> {k} ayar ({'585' if k == '14' else '750'})</li>")
            if cl == "body":
                li.append(f"<li><strong>Renk:</strong> {TR_COLOUR[code]}{rng.choice(['', ' altın'])}</li>")
        elif code == "Y22":
            li.append("<li><strong>Ayar:</strong> 22 ayar (916)</li>")
        elif code == "PT":
            li.append("<li><strong>Materyal:</strong> Platin (Pt950)</li>")
        elif code == "S925":
            li.append("<li><strong>Materyal:</strong> 925 ayar gümüş</li>")
        elif code == "GPS":
            li.append("<li><strong>Materyal:</strong> 925 ayar gümüş, üzeri altın kaplama</li>")
        elif code == "RGPS":
            li.append("<li><strong>Materyal:</strong> 925 ayar gümüş, rose kaplama</li>")
    if stone and sl == "body":
        s = stone_words(rng, stone, p).replace(" Taşlı", "")
        extra = f", {p['carat']:.2f} ct".replace(".", ",") if p.get("carat") else ""
        li.append(f"<li><strong>Taş:</strong> {s}{extra}</li>")
    elif stone == "diamond" and sl == "title" and rng.random() < 0.6:
        li.append(f"<li><strong>Karat:</strong> {p['carat']:.2f} ct, G renk VS netlik, sertifikalı</li>".replace("0.", "0,").replace("1.", "1,").replace("2.", "2,"))
    gw = p["variants"][0].grams
    li.append(f"<li><strong>Gram:</strong> {gw:.2f} gr (yaklaşık)</li>".replace(".", ","))
    if rng.random() < 0.5:
        li.append("<li>" + rng.choice(["Ücretsiz ve sigortalı kargo", "Fatura ve garanti belgesi ile gönderilir",
                                        "Ölçü değişimi ücretsizdir", "Hediye kutusunda gönderilir",
                                        "Siparişiniz 1-3 iş günü içinde kargoda"]) + "</li>")
    bits.append("<ul>" + "".join(li) + "</ul>")
    if d["key"] == "ceyrek":
        bits.append("<p>Darphane basımı, sertifikalıdır. Zincir dahil değildir.</p>")
    if p.get("sold_with_chain") and rng.random() < 0.7:
        bits.append("<p>Zinciri ile birlikte gönderilir.</p>")
    if rng.random() < 0.25:
        bits.append("<p><em>Fiyatlarımız güncel has altın kuruna göre değişiklik gösterebilir.</em></p>"
                    if FMETALS[code][2] else ("<p><em>Gümüş ürünlerimiz kararmaya karşı rodajlıdır.</em></p>"
                                              if code in ("S925", "GPS", "RGPS") else "<p><em>Platin, ömür boyu parlaklık.</em></p>"))
    p["body"] = "\n".join(bits)
    # tags
    tags = rng.sample(d["tags"], k=min(len(d["tags"]), rng.randint(1, 2))) + rng.sample(TAGPOOL, k=rng.randint(0, 2))
    tags = [t for t in tags if not (t == "gümüş" and code not in ("S925",))]
    if cl == "tags":
        tags.append({"Y14": "sarı altın", "W14": "beyaz altın", "R14": "rose altın", "Y18": "sarı altın", "W18": "beyaz altın",
                     "Y22": "22 ayar", "PT": "platin", "S925": "925 ayar gümüş", "GPS": "altın kaplama",
                     "RGPS": "rose kaplama"}[code])
    if kl == "tags" and code in ("Y14", "W14", "R14"):
        tags.append("14 ayar")
    if kl == "tags" and code in ("Y18", "W18"):
        tags.append("18 ayar")
    if sl == "tags":
        tags.append({"diamond": "pırlanta", "ruby": "yakut", "emerald": "zümrüt", "blue sapphire": "safir",
                     "amethyst": "ametist", "blue topaz": "topaz", "pearl": "inci", "cz": "zirkon",
                     "ad red": "kırmızı zirkon", "ad green": "yeşil zirkon"}[stone])
    if cl in ("photo", "options", "body") and code in ("S925",):
        tags = [t for t in tags if "gümüş" not in t]
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    p["tags"] = seen
    # Type
    if catl == "type":
        typ = TYPEWORD[cat]
    elif cl == "type":
        typ = {"S925": "Gümüş Takı", "GPS": "Altın Kaplama Gümüş"}[code]
    else:
        typ = wchoice(rng, [(TYPEWORD[cat], 6), ("", 2), ("Takı", 1)])
    if catl != "type" and cat == "pendant" and p.get("sold_with_chain") and typ == "Kolye Ucu":
        typ = "Kolye"
    p["type"] = typ
    alltext = " ".join([p["title"], p["body"], ", ".join(p["tags"]), typ])
    for ph in ("Pırlanta Model", "Yakut Kırmızısı", "Zümrüt Yeşili"):
        if ph in alltext and ph not in traps:
            traps.append(ph)


def render_spec(p, code, stone):
    d, cat = p["d"], p["cat"]
    kind = "cuff" if d["key"] == "kelepce" else cat
    spec = {"kind": kind, "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    name = p["name"]
    if cat == "pendant":
        spec["pendant"] = {"Kalp": "heart", "Madalyon": "locket", "Tektaş": "solitaire", "Damla": "drop"}.get(
            name, "coin" if d["key"] == "ceyrek" else ("cluster" if stone else "round"))
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "ring":
        spec["style"] = "signet" if name == "Mühür" else ("mens" if name == "Erkek" else ("trilogy" if d["key"] == "bestas" else ("flower" if name == "Papatya" else "cocktail")))
    elif cat == "earrings":
        spec["style"] = {"Halka": "hoop", "Mini Halka": "huggie", "Tektaş": "stud", "Çivili": "stud", "Kelebek": "stud"}.get(name, "drop")
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "pearl" else ("tennis" if "Su Yolu" in name else "diamond")
    elif cat == "bracelet":
        spec["style"] = {"Su Yolu": "tennis", "Trabzon Hasır": "curb", "İnci": "bead", "Nazar": "charm", "Kelebek": "charm", "Yonca": "charm"}.get(name, "chain")
    elif cat == "chain":
        spec["style"] = {"Halat": "rope", "Gurmet": "curb", "Kare": "box"}.get(name, "cable")
    elif cat == "bangle" and kind == "bangle":
        spec["style"] = "carved" if "Burma" in name or "Hasır" in name else "single"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def retrofit(p, seed):
    """Two rings set with coloured zircon sold under a gemstone's colour name
    ("Yakut Kırmızısı" = ruby red, "Zümrüt Yeşili" = emerald green).  Written
    with their own random stream so the rest of the shop is unchanged."""
    prng = random.Random(seed * 7 + p["serial"])
    red = p["name"] == "Papatya"
    p["code"], p["stone"] = ("GPS", "ad red") if red else ("S925", "ad green")
    p["force_sw"] = "Yakut Kırmızısı Zirkon Taşlı" if red else "Zümrüt Yeşili Zirkon Taşlı"
    p["axes"] = [ax for ax in p["axes"] if ax[0] != "Taş"]
    p["variants"] = build_variants(p, price)
    p["st_loc"], p["kar_loc"], p["traps"] = "title", "none", []
    if p["col_loc"] in ("options", "type"):
        p["col_loc"] = "title"
    p.pop("for", None)
    write_text(prng, p)


def pick_broken(rng, h):
    return rng.choice([f"{h}-yeni.jpg", f"WhatsApp_Image_2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}.jpeg", f"{h}_kopya.jpg"])


def build(OUT, images=True, seed=1453):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "ist_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 300
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            prods.append(plan(rng, d, i, serial))
    rng.shuffle(prods)
    for p in prods:
        if p["d"]["key"] == "yuzuk" and p["name"] in ("Papatya", "Şah"):
            retrofit(p, seed)
    seen = {}
    for p in prods:
        h = slugify(p["title"].replace("ı", "i"))
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "active"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "archived"
    broken = set(idx[5:8])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        main_name = f"{h}.jpg" if prng.random() < 0.55 else f"NK-{p['serial']}_1.jpg"
        imgs = [(pick_broken(prng, h), None, None)] if is_broken else [(main_name, main_spec, 91000 + p["serial"])]
        var_img, axis_idx = {}, None
        for a, ax in enumerate(p["axes"]):
            if axis_changes_look(ax, p):
                axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = f"{h}-{slugify(val.replace('ı', 'i'))}.jpg"
                imgs.append((fn, sp, 91000 + p["serial"] + 37 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((main_name.replace(".jpg", "-2.jpg"), sp, 93000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vtag = 1733000000 + p["serial"] * 977
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        for v in vs:
            v.sku = "" if prng.random() < 0.06 else f"NK{p['serial']}" + "".join("-" + slugify(o.replace("ı", "i")).upper().replace("-", "")[:4] for o in v.opts)
        material = ""
        if prng.random() < 0.6:
            material = {"PT": "platinum", "S925": "silver"}.get(p["code"], "gold" if FMETALS[p["code"]][2] else "")
            if p["col_loc"] == "photo":
                material = "gold" if FMETALS[p["code"]][2] else ""
        if any(nm == "Renk" for nm in names):
            material = ""
        p["material"] = material
        pcat = TAXONOMY[p["cat"]] if prng.random() < 0.85 else ""
        p["product_category"] = pcat
        gender = "Male" if p.get("for") == "men" else ("Female" if prng.random() < 0.8 else "Unisex")
        intl = prng.random() < 0.4
        for j in range(max(len(vs), len(imgs))):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Description": p["body"], "Vendor": prng.choice(["Nakkaş Kuyumculuk", "Nakkaş", "Nakkaş Gümüş"]) if p["code"] in ("S925", "GPS", "RGPS") else prng.choice(["Nakkaş Kuyumculuk", "Nakkaş"]),
                          "Product category": pcat, "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published on online store": "TRUE" if p["status"] == "active" else "FALSE", "Status": p["status"],
                          "Gift card": "FALSE",
                          "Jewelry material (product.metafields.shopify.jewelry-material)": material,
                          "Target gender (product.metafields.shopify.target-gender)": gender.lower() if prng.random() < 0.5 else "",
                          "Google Shopping / Gender": gender, "Google Shopping / Age group": "Adult",
                          "Google Shopping / Condition": "New", "Google Shopping / Custom product": "FALSE"})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} name"] = nm
                else:
                    r["Option1 name"] = "Title"
                if prng.random() < 0.3:
                    r["SEO title"] = f"{p['title'].strip()} | Nakkaş Kuyumculuk Kapalıçarşı"
                    r["SEO description"] = "Kapalıçarşı'dan online alışveriş. Sigortalı kargo, faturalı ürün."
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} value"] = o
                else:
                    r["Option1 value"] = "Default Title"
                r.update({"SKU": v.sku, "Price": money(v.price), "Compare-at price": money(v.compare) if v.compare else "",
                          "Charge tax": "TRUE", "Inventory tracker": "shopify",
                          "Inventory quantity": str(0 if prng.random() < 0.1 else prng.randint(1, 6)),
                          "Continue selling when out of stock": "DENY" if p["cat"] != "engagement ring" else "CONTINUE",
                          "Weight value (grams)": f"{v.grams:.1f}", "Weight unit for display": "g",
                          "Requires shipping": "TRUE", "Fulfillment service": "manual"})
                if intl:
                    r["Price / International"] = f"{round(v.price / USD_RATE * 1.08) - 0.01:.2f}"
                    if v.compare:
                        r["Compare-at price / International"] = f"{round(v.compare / USD_RATE * 1.08) - 0.01:.2f}"
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant image URL"] = url[var_img[v.opts[axis_idx]]]
            if j < len(imgs):
                r["Product image URL"] = url[imgs[j][0]]
                r["Image position"] = str(j + 1)
                r["Image alt text"] = p["title"].strip() if prng.random() < 0.3 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_of(p, vs, names, is_broken, main_spec, None if is_broken else "images/" + imgs[0][0],
                         url[imgs[0][0]], ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        fields = {"title": p["title"], "body": p["body"],
                  "type": " ".join(x for x in (p["type"], pcat, material) if x),
                  "tags": ", ".join(p["tags"]), "options": options_text(p["axes"])}
        ev, problems = read(truth, fields, not is_broken, "tr", (), p["traps"])
        if problems:
            raise SystemExit(f"ist {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir


def truth_of(p, vs, names, is_broken, main_spec, image, image_url, extra):
    from fresh_common import truth_record
    p["traps"] = sorted(set(p["traps"]))
    t = truth_record(p, vs, names, CURRENCY, is_broken, main_spec, image, image_url, extra)
    if p["cat"] == "pendant":
        t["sold_with_chain"] = bool(p.get("sold_with_chain"))
    return t
