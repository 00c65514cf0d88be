"""Plan of the Taipei shop: 晴光珠寶 Chingguang Jewelry, Zhongshan District (TWD).

Shopify's current product CSV export (Handle ... Status, with the markets
columns and the category metafield columns a shop fills in).  Listings in
Traditional Chinese, collection names in English.  A third-generation 銀樓
(gold shop) that sells traditional 9999 gold by weight (錢 / 分) with a
making charge (工錢), 18K / 14K (K金) fine jewellery, 925 silver, medical
steel (醫療鋼 / 白鋼) and 14K gold-filled (包金) fashion pieces.
"""

from __future__ import annotations

import os
import random

import render
from seventeenth_common import SMETALS, SSTONES, Variant, read_evidence, render_spec, truth_record

HOST = "https://cdn.heldout-tpe.example/s/files/1/0000/0003/products/"
CURRENCY = "TWD"
EXPORT_NAME = "products_export_1.csv"

MF_COLOR = "Color (product.metafields.shopify.color-pattern)"
MF_MAT = "Jewelry material (product.metafields.shopify.jewelry-material)"
MF_TYPE = "Jewelry type (product.metafields.shopify.jewelry-type)"
MF_RING = "Ring size (product.metafields.shopify.ring-size)"
MF_GENDER = "Target gender (product.metafields.shopify.target-gender)"
MF_WEIGHT = "金重 (product.metafields.custom.gold_weight)"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom Product", "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1",
    "Google Shopping / Custom Label 2", "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4",
    MF_WEIGHT, MF_COLOR, MF_MAT, MF_TYPE, MF_RING, MF_GENDER,
    "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item",
    "Included / Taiwan",
    "Included / International", "Price / International", "Compare At Price / International", "Status",
]

TAXONOMY = {
    "ring": "Apparel & Accessories > Jewelry > Rings",
    "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings",
    "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

QIAN = 3.75          # grams in one 錢
GOLD_QIAN = 14880    # 9999 gold, NT$ per 錢 (shop's selling price that month)
K_GRAM = {18: 3350, 14: 2650, 10: 1950}   # K gold, NT$ per gram incl. labour
SIZES = ["#8", "#9", "#10", "#11", "#12", "#13", "#14", "#15", "#16"]

# how each metal code may be written; (states colour, states karat) -> phrases
MW = {
    "Y24": {(1, 1): ["黃金9999", "純金9999", "足金9999", "24K純金"], (1, 0): ["黃金"], (0, 1): ["24K"], (0, 0): [""]},
    "Y18": {(1, 1): ["18K黃K金", "18K黃金"], (1, 0): ["黃K金"], (0, 1): ["18K金", "18K", "K金750"], (0, 0): ["K金"]},
    "W18": {(1, 1): ["18K白K金", "18K白金"], (1, 0): ["白K金"], (0, 1): ["18K金", "18K"], (0, 0): ["K金"]},
    "R18": {(1, 1): ["18K玫瑰金"], (1, 0): ["玫瑰金"], (0, 1): ["18K金", "18K"], (0, 0): ["K金"]},
    "Y14": {(1, 1): ["14K黃K金", "14K黃金"], (1, 0): ["黃K金"], (0, 1): ["14K金", "14K"], (0, 0): ["K金"]},
    "W14": {(1, 1): ["14K白K金"], (1, 0): ["白K金"], (0, 1): ["14K金", "14K"], (0, 0): ["K金"]},
    "R14": {(1, 1): ["14K玫瑰金"], (1, 0): ["玫瑰金"], (0, 1): ["14K金", "14K"], (0, 0): ["K金"]},
    "PT": {(1, 1): ["鉑金Pt950", "Pt950白金"], (1, 0): ["鉑金", "白金"], (0, 1): ["鉑金Pt950"], (0, 0): [""]},
    "S925": {(1, 1): ["925純銀", "925銀"], (1, 0): ["925純銀", "純銀", "S925"], (0, 1): [""], (0, 0): [""]},
    "GPS": {(1, 1): ["925銀鍍金"], (1, 0): ["925銀鍍18K金", "純銀鍍金", "925銀鍍金"], (0, 1): [""], (0, 0): ["925銀"]},
    "SS": {(1, 1): ["醫療鋼"], (1, 0): ["白鋼 銀色", "316L醫療鋼 銀色"], (0, 1): [""], (0, 0): ["白鋼", "醫療鋼", "不鏽鋼"]},
    "SSG": {(1, 1): ["醫療鋼"], (1, 0): ["白鋼 金色", "醫療鋼 IP鍍金"], (0, 1): [""], (0, 0): ["白鋼", "醫療鋼"]},
    "SSR": {(1, 1): ["醫療鋼"], (1, 0): ["白鋼 玫瑰金色", "醫療鋼 玫瑰金色"], (0, 1): [""], (0, 0): ["白鋼", "醫療鋼"]},
    "GF": {(1, 1): ["14K包金"], (1, 0): ["14K包金", "包金"], (0, 1): [""], (0, 0): [""]},
}
COLOUR_OPT = {"Y18": "黃K金", "W18": "白K金", "R18": "玫瑰金", "Y14": "黃K", "W14": "白K", "R14": "玫瑰金",
              "SS": "銀色", "SSG": "金色", "SSR": "玫瑰金色", "S925": "純銀", "GPS": "鍍金"}
MF_MAT_VAL = {"Y24": "gold", "Y18": "yellow-gold", "W18": "white-gold", "R18": "rose-gold", "Y14": "yellow-gold",
              "W14": "white-gold", "R14": "rose-gold", "PT": "platinum", "S925": "sterling-silver",
              "GPS": "gold-plated; sterling-silver", "SS": "stainless-steel", "SSG": "stainless-steel",
              "SSR": "stainless-steel", "GF": "gold-filled"}
MF_COL_VAL = {"yellow": "gold", "white": "white", "rose": "rose-gold", "silver": "silver"}

STONE_W = {
    None: [""], "diamond": ["鑽石", "天然鑽石", "GIA鑽石"], "lab": ["培育鑽石", "實驗室培育鑽"],
    "cz": ["鋯石", "晶鑽", "頂級鋯石"], "cz green": ["綠色鋯石", "翡翠綠晶鑽"], "cz red": ["紅色鋯石", "寶石紅晶鑽"],
    "moissanite": ["莫桑石", "莫桑鑽"], "fw pearl": ["淡水珍珠", "珍珠"], "ruby": ["紅寶石"],
    "blue sapphire": ["藍寶石", "皇家藍藍寶石"], "emerald": ["祖母綠"], "jade": ["翡翠", "緬甸翡翠A貨", "冰種翡翠"],
    "moonstone": ["月光石", "藍光月光石"],
}

# trap phrases the listings use (masked for reading; listed in truth["traps"])
SHOP_LINE = "晴光珠寶｜三代銀樓老店，台北中山區實體門市。"


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def charm(x):
    """fashion-jewellery prices: 390, 580, 680, 880, 980, 1280, 1480 ..."""
    for v in (290, 390, 490, 580, 680, 780, 880, 980, 1080, 1280, 1480, 1680, 1880, 1980, 2280, 2480, 2680,
              2980, 3280, 3680, 3980, 4280, 4680, 4980, 5680, 5980, 6800, 7800, 8800, 9800, 12800, 15800):
        if v >= x:
            return float(v)
    return r10(x)


def qian_text(q):
    if q == int(q):
        return f"{int(q)}錢"
    if q < 1:
        return f"{int(round(q * 10))}分" if random.Random(int(q * 100)).random() < 0.4 else f"{q:g}錢"
    return f"{q:g}錢"


# design line: key, cat, n, names, metals, stones, kind, style
DESIGNS = [
    ("gring", "ring", 6, ["福氣", "招財", "平安", "如意", "素面", "麥穗"], ["Y24"], [None], "gold", "band"),
    ("gchain", "chain", 4, ["馬鞭鍊", "蛇鍊", "肥仔鍊", "水波鍊"], ["Y24"], [None], "gold", None),
    ("gpend", "pendant", 4, ["貔貅", "福字", "小金豬", "平安扣"], ["Y24"], [None], "gold", "coin"),
    ("gbrace", "bracelet", 3, ["轉運珠", "四葉草", "幸運草"], ["Y24"], [None], "gold", "chain"),
    ("gear", "earrings", 3, ["小愛心", "圓珠", "福袋"], ["Y24"], [None], "gold", "stud"),
    ("eng", "engagement ring", 6, ["Classic", "Aurora", "Promise", "Halo", "Twist", "Petite"],
     ["W18", "R18", "Y18", "PT"], ["diamond", "diamond", "lab"], "kgold", "solitaire"),
    ("band", "wedding band", 6, ["Forever", "Eternity", "Together", "Pure", "Infinity", "Moment"],
     ["W18", "R18", "Y18", "PT"], [None, None, "diamond"], "kgold", "wedding"),
    ("kear", "earrings", 6, ["Mini Dot", "Little Star", "Drop", "Bubble", "Petal", "Huggie"],
     ["Y14", "W14", "R14"], [None, "diamond", "fw pearl"], "kgold", "stud"),
    ("kneck", "necklace", 6, ["Solo", "Tiny Heart", "Starlight", "Bezel", "Line", "Drop"],
     ["W18", "R18", "Y18"], ["diamond", "diamond", "lab"], "kgold", "diamond"),
    ("colour", "ring", 4, ["Royal", "Garden", "Vintage", "Crown"], ["Y18", "W18"],
     ["ruby", "blue sapphire", "emerald"], "kgold", "cocktail"),
    ("jade", "pendant", 4, ["如意", "葫蘆", "平安扣", "觀音"], ["Y18"], ["jade"], "kgold", "drop"),
    ("pearl", "earrings", 5, ["Pearl Drop", "Pearl Stud", "Luna", "Classic Pearl", "Pearl Hoop"],
     ["S925", "GPS", "Y14"], ["fw pearl"], "silver", "stud"),
    ("moon", "necklace", 3, ["Moonlight", "月光系列", "Mist"], ["S925"], ["moonstone"], "silver", "drop"),
    ("silver", "ring", 4, ["玫瑰", "Knot", "Wave", "Daily"], ["S925", "GPS"], [None, "cz", "cz green"], "silver", "band"),
    ("sear", "earrings", 3, ["Twinkle", "Hoop", "雪花"], ["S925", "GPS"], ["cz", None], "silver", "hoop"),
    ("sneck", "necklace", 3, ["Clover", "Star", "Heart"], ["S925", "GPS"], ["cz", "cz red"], "silver", "diamond"),
    ("moiss", "ring", 3, ["Spark", "Glow", "Bloom"], ["S925", "W18"], ["moissanite"], "silver", "solitaire"),
    ("steel", "earrings", 3, ["Basic Hoop", "Mini Hoop", "Twisted"], ["SS", "SSG", "SSR"], [None, "cz"], "steel", "huggie"),
    ("steeln", "necklace", 3, ["Layer", "Snake", "Box"], ["SS", "SSG"], [None], "steel", "chain"),
    ("steelb", "bracelet", 2, ["Cuban", "Tennis"], ["SS", "SSG", "SSR"], [None, "cz"], "steel", "chain"),
    ("gf", "bracelet", 3, ["Satellite", "Figaro", "Paperclip"], ["GF"], [None], "filled", "chain"),
    ("anklet", "anklet", 3, ["Sea Breeze", "Shell", "Summer"], ["S925", "GPS"], [None, "cz"], "silver", "single"),
    ("brooch", "brooch", 2, ["Camellia", "Bee"], ["S925", "Y18"], ["fw pearl", "cz"], "silver", "flower"),
    ("bangle", "bangle", 3, ["Bamboo", "C形", "Twist"], ["Y18", "S925", "Y24"], [None], "kgold", "single"),
]

CAT_W = {
    "ring": ["戒指", "戒", "指環"], "engagement ring": ["求婚鑽戒", "鑽戒", "求婚戒指"], "wedding band": ["對戒", "結婚對戒", "婚戒"],
    "earrings": ["耳環", "耳針", "耳環"], "necklace": ["項鍊", "鎖骨鍊"], "chain": ["金鍊子", "素鍊", "鍊子"],
    "pendant": ["墜子", "墜飾", "吊墜"], "bracelet": ["手鍊"], "bangle": ["手環", "手鐲"], "anklet": ["腳鍊"],
    "brooch": ["胸針"],
}
TYPE_W = {"ring": "戒指", "engagement ring": "求婚鑽戒", "wedding band": "對戒", "earrings": "耳環",
          "necklace": "項鍊", "chain": "黃金飾品", "pendant": "墜子", "bracelet": "手鍊", "bangle": "手環",
          "anklet": "腳鍊", "brooch": "胸針"}


def pick_places(rng, kind):
    """where each fact goes: 'title', 'body', 'tags', 'attr', 'opt', 'none'."""
    col = rng.choices(["title", "body", "tags", "attr", "none"], [48, 22, 8, 12, 10])[0]
    stone = rng.choices(["title", "body", "tags", "none"], [62, 24, 9, 5])[0]
    cat = rng.choices(["title", "body"], [90, 10])[0]
    return col, stone, cat


def make_product(rng, d, i, serial):
    key, cat, n, names, metals, stones, kind, style = d
    name = names[i % len(names)]
    code = metals[i % len(metals)] if kind != "kgold" else rng.choice(metals)
    stone = stones[(i + serial) % len(stones)]
    if key == "pearl" and code == "Y14":
        code = "Y14"
    if key == "jade" and i == 3:
        cat = "ring"
    p = {"serial": serial, "cat": cat, "code": code, "stone": stone, "key": key, "style": style,
         "traps": [], "others": []}
    col_at, stone_at, cat_at = pick_places(rng, kind)
    if stone is None:
        stone_at = rng.choice(["body", "none", "title"])
    p["col_at"], p["stone_at"], p["cat_at"] = col_at, stone_at, cat_at
    axes = []
    vs = []
    # ---- prices and variants ----
    if kind == "gold":
        q = {"gring": [0.5, 1, 1, 1.5, 2, 0.8], "gchain": [2, 3, 5, 1.5], "gpend": [0.8, 0.5, 1, 0.3],
             "gbrace": [1.2, 1, 2], "gear": [0.3, 0.5, 0.4]}[key][i % 6 if key == "gring" else i]
        p["gold_weight"] = {"qian": q, "grams": round(q * QIAN, 2)}
        labour = {"gring": 1200, "gchain": 2200, "gpend": 800, "gbrace": 1500, "gear": 900}[key]
        base = r10(q * GOLD_QIAN + labour)
        if key == "gchain" and i % 2 == 0:
            axes = [("重量", [(qian_text(q), q), (qian_text(q + 1), q + 1)])]
            for w, qq in axes[0][1]:
                vs.append(Variant([w], code, None, r10(qq * GOLD_QIAN + labour), grams=qq * QIAN))
        elif key == "gring":
            sz = SIZES[2:8] if i % 2 else SIZES[1:7]
            axes = [("國際戒圍", [(s, None) for s in sz])]
            for s, _ in axes[0][1]:
                vs.append(Variant([s], code, None, base, grams=q * QIAN))
        else:
            vs.append(Variant([], code, None, base, grams=q * QIAN))
    elif kind == "kgold":
        grams = {"ring": 2.6, "engagement ring": 2.2, "wedding band": 3.4, "earrings": 1.1, "necklace": 2.0,
                 "pendant": 1.5, "bangle": 9.0}[cat] * rng.uniform(0.85, 1.2)
        kar = SMETALS[code][2] or 18
        metal_cost = grams * K_GRAM.get(kar, 3350) if code != "PT" else grams * 3600
        if code == "Y24":
            metal_cost = grams / QIAN * GOLD_QIAN + 2800
        if code == "S925":
            metal_cost = grams * 120 + 1200
        carat = None
        stone_cost = 0
        if stone in ("diamond", "lab"):
            carat = rng.choice([0.3, 0.5, 0.18, 0.1, 0.05, 0.2, 1.0]) if cat in ("engagement ring", "necklace") else 0.05
            if cat == "necklace":
                carat = rng.choice([0.1, 0.15, 0.2, 0.3])
            per = (95000 if carat >= 0.3 else 62000) * (1.0 if stone == "diamond" else 0.28)
            stone_cost = carat * per * (1.6 if carat >= 1 else 1.0)
            p["carat"] = carat
            if stone == "lab":
                p["lab"] = True
        elif stone in ("ruby", "blue sapphire", "emerald"):
            stone_cost = rng.choice([18000, 26000, 32000])
            p["others"] = ["diamond"]
            p["halo"] = True
        elif stone == "jade":
            stone_cost = rng.choice([6800, 12000, 22000])
        elif stone:
            stone_cost = 2500
        price = r10(metal_cost + stone_cost + 1800) if stone_cost < 20000 else float(round(metal_cost + stone_cost, -2))
        if cat in ("engagement ring", "wedding band", "ring") and key != "jade":
            if key == "band" and rng.random() < 0.6:
                alt = [c for c in ("W18", "R18", "Y18") if c != code] if code != "PT" else []
                if alt and rng.random() < 0.7:
                    opts = [(COLOUR_OPT[code], code)] + [(COLOUR_OPT[c], c) for c in alt[:2]]
                    axes.append(("顏色", [(o, c) for o, c in opts]))
                axes.append(("款式", [("男戒", 1.25), ("女戒", 1.0)]))
            else:
                sz = SIZES[1:8]
                axes.append(("戒圍", [(s, None) for s in sz[rng.randrange(2):][:5]]))
        if axes and axes[0][0] == "顏色":
            cols = axes[0][1]
            others = axes[1:]
            combos = [(c,) for c in cols]
            if others:
                combos = [(c, o) for c in cols for o in others[0][1]]
            for cb in combos:
                c = cb[0][1]
                mult = cb[1][1] if len(cb) > 1 else 1.0
                vs.append(Variant([x[0] for x in cb], c, stone, r10(price * mult), grams=grams * mult))
        elif axes and axes[0][0] == "款式":
            for o, m in axes[0][1]:
                vs.append(Variant([o], code, stone, r10(price * m), grams=grams * m))
        elif axes:
            for s, _ in axes[0][1]:
                vs.append(Variant([s], code, stone, price, grams=grams))
        else:
            vs.append(Variant([], code, stone, price, grams=grams))
    else:  # silver / steel / filled fashion pieces
        base = {"silver": rng.choice([1280, 1480, 1680, 1880, 2280, 2680]), "steel": rng.choice([390, 490, 580, 680, 880]),
                "filled": rng.choice([1680, 1980, 2480])}[kind]
        if code == "Y14":
            base = rng.choice([4980, 5680, 6800])
        if code == "Y18":
            base = rng.choice([9800, 12800, 15800])
        if stone == "moissanite":
            base = 3980 if code == "S925" else 16800
            p["carat"] = rng.choice([0.5, 1.0])
        if stone == "moonstone":
            base = rng.choice([1880, 2280])
        grams = rng.uniform(1.2, 4.5)
        if kind == "steel" and len(metals) > 1 and rng.random() < 0.75:
            cc = metals[:]
            rng.shuffle(cc)
            cc = [code] + [c for c in cc if c != code]
            axes = [("顏色", [(COLOUR_OPT[c], c) for c in cc])]
            for o, c in axes[0][1]:
                vs.append(Variant([o], c, stone, float(base), grams=grams))
        elif key in ("silver", "pearl", "sneck") and code in ("S925", "GPS") and rng.random() < 0.5:
            cc = [code, "GPS" if code == "S925" else "S925"]
            axes = [("顏色", [("銀色" if c == "S925" else "金色", c) for c in cc])]
            for o, c in axes[0][1]:
                vs.append(Variant([o], c, stone, float(base + (200 if c == "GPS" else 0)), grams=grams))
        elif cat == "ring":
            axes = [("尺寸", [(s, None) for s in ["#9", "#11", "#13", "#15"]])]
            for s, _ in axes[0][1]:
                vs.append(Variant([s], code, stone, float(base), grams=grams))
        elif cat in ("necklace", "anklet", "bracelet") and rng.random() < 0.4:
            L = {"necklace": ["40cm", "45cm"], "anklet": ["21cm", "23cm"], "bracelet": ["16cm", "18cm"]}[cat]
            axes = [("長度", [(L[0], 1.0), (L[1], 1.1)])]
            for o, m in axes[0][1]:
                vs.append(Variant([o], code, stone, charm(base * m), grams=grams * m))
        else:
            vs.append(Variant([], code, stone, float(base), grams=grams))
    # compare-at prices (sale) on some fashion pieces
    if kind in ("silver", "steel", "filled") and rng.random() < 0.3:
        for v in vs:
            v.regular = v.price
            v.price = charm(v.price * 0.79) if v.price * 0.79 > 300 else v.price
            if v.price == v.regular:
                v.regular = None
    p["axes"] = axes
    p["variants"] = vs
    p["name"] = name
    p["kind"] = kind
    p["sold_with_chain"] = (kind != "gold") if cat == "pendant" else None
    return p


def write_listing(rng, p):
    """Title, body, tags, type, metafields: where each fact is written follows p[*_at]."""
    code, stone, cat, kind = p["code"], p["stone"], p["cat"], p["kind"]
    multi = [ax for ax in p["axes"] if ax[0] == "顏色"]
    col_at = p["col_at"] if not multi else "opt"
    # the metal phrase in the title may state the karat but not the colour (and the other way)
    title_colour = col_at == "title"
    karat_title = rng.random() < 0.7
    mp_title = rng.choice(MW[code][(int(title_colour), int(karat_title))])
    if multi:
        mp_title = rng.choice(MW[code][(0, 1)]) if SMETALS[code][2] else ""
        if code in ("SS", "SSG", "SSR"):
            mp_title = rng.choice(["白鋼", "醫療鋼", "316L"])
        if code in ("S925", "GPS"):
            mp_title = rng.choice(["925", "S925", ""])
    sw = rng.choice(STONE_W[stone])
    cw = rng.choice(CAT_W[cat])
    traps = p["traps"]
    if stone == "cz green":
        traps.append("翡翠綠")
    if stone == "cz red":
        traps.append("寶石紅")
    if kind == "gold":
        q = p["gold_weight"]["qian"]
        wt = qian_text(q)
        traps.append(wt)
        title = f"{mp_title or '黃金'}{p['name']}{cw if p['cat_at'] == 'title' or True else ''} {wt}"
        if not p["axes"] or p["axes"][0][0] != "重量":
            pass
        else:
            title = f"{mp_title or '黃金'}{p['name']}{cw}"
            for o, _ in p["axes"][0][1]:
                traps.append(o)
    else:
        if p["name"].isascii():
            lead = f"{p['name']} "
        else:
            lead = p["name"]
        st_title = sw if p["stone_at"] == "title" and stone else ""
        if stone == "fw pearl" and p["stone_at"] == "title":
            st_title = sw
        cat_word = cw if p["cat_at"] == "title" else ""
        if cat in ("engagement ring",) and not cat_word:
            cat_word = ""
        title = f"{lead}{mp_title}{st_title}{cat_word}".strip()
        if p.get("carat") and stone in ("diamond", "lab") and rng.random() < 0.6:
            fen = int(round(p["carat"] * 100))
            title = f"{title} {fen}分" if fen < 100 else f"{title} 1克拉"
            traps.append(f"{fen}分") if fen < 100 else None
    title = title.replace("  ", " ")
    if p["name"] == "玫瑰" and code == "S925":
        traps.append("玫瑰")
    if p["name"] == "月光系列":
        traps.append("月光系列")
    if p["name"] in ("平安扣",) and stone is None:
        pass
    # ---- body ----
    body = []
    if kind == "gold":
        q = p["gold_weight"]
        body.append(f"<p>傳統黃金9999，重量約{qian_text(q['qian'])}（約{q['grams']:.2f}g），"
                    f"售價依當日金價＋工錢計算，金價變動時價格會調整。</p>")
        body.append("<p>附保證卡，可回收可換款。</p>")
    else:
        bits = []
        if col_at == "body" or (col_at == "opt" and rng.random() < 0.2 and not multi):
            bits.append(f"材質：{rng.choice(MW[code][(1, 1)])}")
        elif SMETALS[code][2] and rng.random() < 0.5 and not multi:
            k = MW[code][(0, 1)][0]
            if k:
                bits.append(f"材質：{k}")
        elif code in ("S925", "GPS") and col_at in ("tags", "attr", "none") and rng.random() < 0.5:
            pass
        if multi:
            bits.append("顏色請於選項中選擇")
        if stone and p["stone_at"] in ("title", "body"):
            if stone in ("diamond", "lab") and p.get("carat"):
                bits.append(f"主石：{sw} {p['carat']:.2f}ct")
                if stone == "lab":
                    bits.append("實驗室培育鑽石，物理化學性質與天然鑽石相同")
            else:
                bits.append(f"主石：{sw}")
        if p.get("others"):
            bits.append("周圍配鑽")
        if stone is None and p["stone_at"] == "body":
            bits.append("素面設計")
        if p["cat_at"] == "body":
            bits.append(f"品項：{rng.choice(CAT_W[cat])}")
        if cat in ("ring", "engagement ring", "wedding band"):
            bits.append("戒圍以國際圍為準（港圍請+1），不確定尺寸可先來店量戒圍")
        if cat in ("necklace", "pendant") and p.get("sold_with_chain"):
            bits.append("附鍊長40+5cm")
        if kind == "steel":
            bits.append("醫療級316L不鏽鋼，碰水不易氧化，敏感肌可戴")
        if kind == "filled":
            bits.append("14K包金（14K Gold Filled），非鍍金，金層厚、可長期配戴")
            traps.append("非鍍金")
        body.append("<p>" + "<br>".join(bits) + "</p>" if bits else "")
        if stone == "cz" and rng.random() < 0.5:
            body.append("<p>八心八箭切割，閃度媲美真鑽。</p>")
            traps.append("媲美真鑽")
        body.append(rng.choice(["<p>全館滿NT$3,000免運，門市可自取。</p>", "<p>現貨商品1-3個工作天出貨。</p>",
                                "<p>客製款約14個工作天。</p>"]))
    body.append(f"<p>{SHOP_LINE}</p>")
    traps.append("三代銀樓")
    # ---- tags ----
    tags = []
    if kind == "gold":
        tags += ["黃金", "9999", "彌月", "送禮"] if rng.random() < 0.5 else ["金飾", "Gold"]
        if rng.random() < 0.4:
            tags.append(f"{qian_text(p['gold_weight']['qian'])}")
    coll = {"eng": "Bridal", "band": "Bridal", "kear": "Everyday Fine", "kneck": "Everyday Fine", "colour": "Gemstone",
            "jade": "翡翠 Jade", "pearl": "Pearl", "moon": "Moonlight", "silver": "Silver 925", "sear": "Silver 925",
            "sneck": "Silver 925", "moiss": "Silver 925", "steel": "Daily Steel", "steeln": "Daily Steel",
            "steelb": "Daily Steel", "gf": "Gold Filled", "anklet": "Summer", "brooch": "Vintage", "bangle": "Bangles"}
    if kind != "gold":
        cl = coll.get(p["key"], "New")
        if "Silver" in cl and code not in ("S925", "GPS"):
            cl = "Moissanite" if stone == "moissanite" else "Fine"
        tags.append(cl)
    if col_at == "tags":
        tags.append(rng.choice(MW[code][(1, 0)]).replace(" ", ""))
    if stone and p["stone_at"] == "tags":
        tags.append(rng.choice(STONE_W[stone]))
    if rng.random() < 0.4:
        tags.append(rng.choice(["新品", "情人節", "母親節", "聖誕禮物", "畢業禮物"]))
    if rng.random() < 0.2:
        tags.append("tpe-stock")
    p["title"] = title
    p["body"] = "".join(body)
    p["tags"] = tags
    p["type"] = TYPE_W[cat] if rng.random() < 0.85 else ""
    # ---- metafields ----
    mf = {}
    fill = col_at == "attr" or rng.random() < 0.45
    if fill:
        mats = {MF_MAT_VAL[v.code] for v in p["variants"]}
        mf[MF_MAT] = "; ".join(sorted(mats))
        if col_at in ("attr",) or rng.random() < 0.5:
            mf[MF_COLOR] = "; ".join(sorted({MF_COL_VAL[SMETALS[v.code][1]] if not (v.code == "GPS") else "gold"
                                              for v in p["variants"]}))
        mf[MF_TYPE] = "fine-jewelry" if kind in ("gold", "kgold") else "fashion-jewelry"
        if cat in ("ring", "engagement ring", "wedding band"):
            mf[MF_RING] = "; ".join(o for ax in p["axes"] if ax[0] in ("戒圍", "尺寸", "國際戒圍") for o, _ in ax[1]).replace("#", "")
        if p["key"] == "band":
            mf[MF_GENDER] = "unisex"
    if col_at != "attr":
        # the colour must not leak through the metafield when the plan keeps it elsewhere
        if col_at in ("none", "body", "tags", "title"):
            mf.pop(MF_COLOR, None)
            if MF_MAT in mf and code in ("Y18", "W18", "R18", "Y14", "W14", "R14", "GPS", "SSG", "SSR"):
                mf[MF_MAT] = "gold" if code not in ("GPS", "SSG", "SSR") else mf[MF_MAT].replace("gold-plated; ", "")
    if kind == "gold" and rng.random() < 0.7:
        mf[MF_WEIGHT] = f"{qian_text(p['gold_weight']['qian'])}"
    p["mf"] = mf


def attr_text(mf):
    parts = []
    for k, v in mf.items():
        if k == MF_MAT:
            parts.append("材質 " + v.replace("yellow-gold", "黃K金").replace("white-gold", "白K金")
                         .replace("rose-gold", "玫瑰金").replace("sterling-silver", "925銀")
                         .replace("stainless-steel", "不鏽鋼").replace("gold-plated", "鍍金")
                         .replace("gold-filled", "包金").replace("platinum", "鉑金")
                         .replace("gold", "K金"))
        elif k == MF_COLOR:
            parts.append("; ".join("顏色 " + x for x in v.split("; ")))
    return "; ".join(parts)


def build(OUT, images=True, seed=886):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "tpe_shop")
    imgdir = os.path.join(outdir, "images", "s", "files", "1", "0000", "0003", "products")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 100
    for d in DESIGNS:
        for i in range(d[2]):
            serial += 1 + rng.randrange(4)
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    for p in prods:
        write_listing(rng, p)
    seen = {}
    for p in prods:
        if rng.random() < 0.35:
            h = p["title"].replace(" ", "-").lower()
        else:
            h = f"{p['key']}-{p['name'].lower().replace(' ', '-')}" if p["name"].isascii() else f"{p['key']}-{p['serial']}"
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"], prods[k]["live"], prods[k]["published"] = "active", True, True
    for k in idx[:3]:
        prods[k]["status"], prods[k]["live"], prods[k]["published"] = "draft", False, False
    for k in idx[3:5]:
        prods[k]["status"], prods[k]["live"], prods[k]["published"] = "archived", False, False
    for k in idx[5:7]:   # active but not published on the Online Store
        prods[k]["live"], prods[k]["published"] = False, False
    broken = set(idx[7:10])
    oos = set(idx[10:15])
    # one 詢價 piece: price 0, not for sale online
    ask = idx[15]
    for v in prods[ask]["variants"]:
        v.price, v.regular = 0.0, None
    prods[ask]["for_sale"] = False
    prods[ask]["live"] = False
    prods[ask]["body"] = prods[ask]["body"].replace("</p>", "</p><p>價格請私訊詢價。</p>", 1)

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1733000000 + p["serial"] * 977
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        base = h if h.isascii() else f"cgj{p['serial']}"
        main_name = f"{base}.jpg" if prng.random() < 0.5 else f"IMG_{4000 + p['serial']}.jpg"
        imgs = []
        if is_broken:
            imgs.append((prng.choice([f"{base}_01.jpg", f"LINE_ALBUM_{p['serial']}.jpg"]), None, None))
        else:
            imgs.append((main_name, main_spec, 9100 + p["serial"]))
        var_img = {}
        multi = [a for a, ax in enumerate(p["axes"]) if ax[0] == "顏色"]
        if multi and not is_broken:
            nm, vals = p["axes"][multi[0]]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, c) in enumerate(vals[1:], 1):
                sp = render_spec(p, c, p["stone"])
                fn = f"{base}-{j + 1}.jpg"
                imgs.append((fn, sp, 9100 + p["serial"] + 37 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((f"{base}-detail.jpg", sp, 9900 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"CG{p['serial']:04d}"
        for k, v in enumerate(vs):
            v.sku = "" if prng.random() < 0.06 else f"{base_sku}-{k + 1:02d}" if names else base_sku
            v.qty = 0 if n in oos else prng.randint(1, 5)
        p["in_stock"] = False if n in oos else None
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"],
                          "Vendor": prng.choice(["晴光珠寶", "晴光珠寶", "Chingguang", "晴光 Select"]),
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.85 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if p["published"] else "FALSE", "Gift Card": "FALSE",
                          "Status": p["status"]})
                r.update(p["mf"])
                r["Option1 Name"] = names[0] if names else "Title"
                for a, nm in enumerate(names[1:], 2):
                    r[f"Option{a} Name"] = nm
                if prng.random() < 0.2:
                    r["SEO Title"] = f"{p['title']}｜晴光珠寶"
                r["Google Shopping / Condition"] = "new" if prng.random() < 0.3 else ""
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": f"{v.grams:.1f}", "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Qty": str(v.qty),
                          "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                          "Variant Price": f"{v.price:.2f}",
                          "Variant Compare At Price": f"{v.regular:.2f}" if v.regular else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Weight Unit": "g",
                          "Included / Taiwan": "TRUE", "Included / International": "TRUE" if p["kind"] != "gold" else "FALSE"})
                if multi and v.opts[multi[0]] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[multi[0]]]]
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"] if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/s/files/1/0000/0003/products/" + imgs[0][0],
                             url[imgs[0][0]],
                             ["images/s/files/1/0000/0003/products/" + fn for fn, sp, _ in imgs[1:] if sp is not None],
                             "compare_at_price")
        truth["published"] = p["published"]
        opt_text = " ".join(f"{nm}: {', '.join(str(o) for o, _ in vals)}." for nm, vals in p["axes"])
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "attributes": attr_text(p["mf"]), "options": opt_text}
        ev, problems = read_evidence(truth, fields, "zh", not is_broken, p["traps"], ["diamond"] if p.get("others") else ())
        if problems:
            raise SystemExit(f"tpe {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
