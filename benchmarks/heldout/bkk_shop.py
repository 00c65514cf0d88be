"""Bangkok shop of the sixteenth held-out round: ห้างทองเจริญสิน เยาวราช (Charoensin Gold,
Yaowarat), a Thai gold shop that also sells 18K diamond pieces, a sterling line
("CRS Silver") and micron-plated costume pieces, on Shopify, prices in THB.

Listings are written in Thai (no spaces between words, spaces between
phrases, Thai digits in places) with English collection names.  Gold is sold
by weight in บาท / สลึง (1 บาท = 15.16 g, 1 สลึง = a quarter บาท): the
weight option "1 บาท" is not a price.
"""

from __future__ import annotations

import itertools
import os
import random

import render
from sixteenth_common import FMETALS, FSTONES, Variant, r10, r100, read_evidence, slugify, thb, truth_record, wchoice, money

HOST = "https://cdn.heldout-bkk.example/s/files/1/0000/0002/products/"
CURRENCY = "THB"
EXPORT_NAME = "products_export_1.csv"

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Unit Price Total Measure", "Unit Price Total Measure Unit", "Unit Price Base Measure",
    "Unit Price Base Measure Unit", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Google Shopping / Google Product Category", "Variant Image",
    "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status",
]

TAXONOMY = {
    "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "ring": "Apparel & Accessories > Jewelry > Rings",
    "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
}

# sell price of ornament gold per บาท-weight on the export day, and making charges (ค่ากำเหน็จ)
BAHT_RATE = 47850
MAKING = {0.125: 650, 0.25: 800, 0.5: 1000, 1.0: 1600, 2.0: 2600}
BAHT_G = 15.16
W_LABEL = {0.125: ["ครึ่งสลึง"], 0.25: ["1 สลึง", "๑ สลึง"], 0.5: ["2 สลึง", "๒ สลึง"], 1.0: ["1 บาท", "๑ บาท"],
           2.0: ["2 บาท", "๒ บาท"]}

METAL_TH = {
    "Y23": ["ทองคำแท้ 96.5%", "ทอง 96.5%", "ทองแท้ 96.5", "ทองคำ 96.5%", "ทองคำแท้ ๙๖.๕%"],
    "Y24": ["ทองคำ 99.99%", "ทอง 99.99", "ทองคำบริสุทธิ์ 99.99%"],
    "Y18": ["ทอง 18K", "ทองเค 18K", "ทองคำ 18K", "18K"],
    "W18": ["ทองคำขาว 18K", "ทองคำขาว", "18K White Gold", "ทองขาว 18K"],
    "R18": ["โรสโกลด์ 18K", "ทอง 18K สีโรสโกลด์", "18K Rose Gold", "พิ้งค์โกลด์ 18K"],
    "PT": ["แพลทินัม PT950", "แพลทินัม"],
    "S925": ["เงินแท้ 925", "เงินแท้", "Sterling Silver 925", "เงินแท้ 92.5%"],
    "GPS": ["เงินแท้ชุบทอง 18K", "เงินแท้ 925 ชุบทอง", "เงินแท้ชุบทองคำ"],
    "GPB": ["ชุบทองไมครอน", "ทองไมครอน", "ชุบทอง 24K", "ทองเหลืองชุบทอง"],
    "SS": ["สแตนเลสแท้ 316L", "สแตนเลส", "Stainless Steel 316L"],
}
# "gold" words that name no colour and no karat (the trap for Y18 pieces: ทองเค alone says 18K only in the tag)
STONE_TH = {
    "diamond": ["เพชรแท้", "เพชรเบลเยี่ยม", "เพชร", "เพชรน้ำ 100"],
    "ruby": ["ทับทิม", "ทับทิมสยาม", "ทับทิมพม่า"],
    "blue sapphire": ["ไพลิน", "ไพลินศรีลังกา", "ไพลินสีน้ำเงิน"],
    "pink sapphire": ["ไพลินชมพู"],
    "yellow sapphire": ["บุษราคัม", "บุษราคัมเหลือง"],
    "emerald": ["มรกต", "มรกตโคลัมเบีย"],
    "navratna": ["นพเก้า"],
    "cz": ["เพชร CZ", "เพชรรัสเซีย", "เพชรสวิส", "CZ"],
    "cz red": ["CZ สีแดง", "เพชรรัสเซียสีแดง"],
    "cz blue": ["CZ สีน้ำเงิน", "เพชรสวิสสีน้ำเงิน"],
    "cz green": ["CZ สีเขียว", "เพชรรัสเซียสีเขียว"],
    "fw pearl": ["มุกน้ำจืด", "ไข่มุกน้ำจืด", "ไข่มุกแท้"],
    "garnet": ["โกเมน"],
    "amethyst": ["อเมทิสต์"],
}
# colour names sellers give coloured CZ after the precious stone they imitate: traps
CZ_NAMED = {"cz red": "สีทับทิม", "cz blue": "สีไพลิน", "cz green": "สีมรกต"}

TYPE_TH = {"chain": ["สร้อยคอ", "สร้อยคอทองคำ", "Necklace", "สร้อยคอ"], "necklace": ["สร้อยคอ", "Necklace"],
           "pendant": ["จี้", "จี้ / กรอบพระ", "Pendant"], "earrings": ["ต่างหู", "Earrings", "ต่างหู"],
           "ring": ["แหวน", "Ring", "แหวน"], "engagement ring": ["แหวนเพชร", "แหวนหมั้น", "Ring"],
           "wedding band": ["แหวนแต่งงาน", "แหวนคู่"], "bracelet": ["สร้อยข้อมือ", "Bracelet", "สร้อยข้อมือ"],
           "bangle": ["กำไล", "กำไลข้อมือ"], "anklet": ["สร้อยข้อเท้า", "Anklet"], "brooch": ["เข็มกลัด"]}

SIZES_TH = ["48", "50", "52", "54", "56", "58", "60"]
SIZES_US = ["5", "6", "7", "8"]


def D(key, cat, n, codes, stones, words, names, style=None, weights=None, base=None, **kw):
    d = dict(key=key, cat=cat, n=n, codes=codes, stones=stones, words=words, names=names, style=style,
             weights=weights, base=base)
    d.update(kw)
    return d


DESIGNS = [
    D("chain96", "chain", 9, [("Y23", 1)], [(None, 1)], ["สร้อยคอทองคำ", "สร้อยคอทอง", "สร้อยทองคำ"],
      ["ลายสี่เสา", "ลายผ่าหวาย", "ลายโซ่ฝรั่ง", "ลายเบนซ์", "ลายกระดูกงู", "ลายทาโร่", "ลายสี่เสาตัดลาย",
       "ลายโซ่ฝรั่งตัดลายเพชร", "ลายบิดเกลียว"], weights=[0.5, 1.0, 2.0], style_pool=["rope", "box", "curb", "cable"]),
    D("brace96", "bracelet", 7, [("Y23", 1)], [(None, 1)], ["สร้อยข้อมือทองคำ", "เลสทอง", "สร้อยข้อมือทอง"],
      ["ลายมังกร", "ลายสี่เสา", "ลายผ่าหวาย", "ลายเกล็ดมังกร", "ลายโซ่ฝรั่ง", "ลายมีนา", "ลายเบนซ์ตัดลาย"],
      weights=[0.25, 0.5, 1.0], style_pool=["chain", "curb"]),
    D("ring96", "ring", 6, [("Y23", 1)], [(None, 1)], ["แหวนทองคำ", "แหวนทอง"],
      ["เกลี้ยง", "ลายโปร่ง", "หัวโปร่งลายดอกไม้", "ปอกมีด", "ลายมังกร", "ลายตาข่าย"], weights=[0.125, 0.25, 0.5],
      style_pool=["band", "plain", "signet"]),
    D("bangle96", "bangle", 5, [("Y23", 1)], [(None, 1)], ["กำไลทองคำ", "กำไลข้อมือทองคำ", "กำไลทอง"],
      ["ลายหัวใจ", "เกลี้ยง", "ลายดอกพิกุล", "ลายโบราณ", "ลายสุโขทัย"], weights=[1.0, 2.0], style_pool=["single", "carved"]),
    D("ear96", "earrings", 4, [("Y23", 1)], [(None, 1)], ["ต่างหูทองคำ", "ตุ้มหูทอง", "ต่างหูทอง"],
      ["ห่วงเกลี้ยง", "ลายดอกพิกุล", "ห่วงตัดลาย", "หัวใจ"], weights=[0.125, 0.25], style_pool=["hoop", "stud", "huggie"]),
    D("amulet", "pendant", 5, [("Y23", 1)], [(None, 1)], ["กรอบพระทองคำ", "ตลับพระทองคำ", "จี้ทองคำ"],
      ["ทรงกลม", "ลงยาสีแดง", "ตลับเลี่ยมกันน้ำ", "กรอบพระแก้วมรกต", "รูปหัวใจ"], weights=[0.25, 0.5],
      style_pool=["locket", "round", "coin"]),
    D("pure", "ring", 3, [("Y24", 1)], [(None, 1)], ["แหวนทอง 99.99", "จี้ทองคำแท่ง 99.99", "สร้อยข้อมือทอง 99.99"],
      ["เกลี้ยง", "ทองแท่งจิ๋ว", "ลายโซ่"], weights=[0.25, 0.5], cats=["ring", "pendant", "bracelet"]),
    D("diaring", "engagement ring", 6, [("W18", 5), ("Y18", 1), ("R18", 1)], [("diamond", 1)],
      ["แหวนเพชรเม็ดเดี่ยว", "แหวนหมั้นเพชรแท้", "แหวนเพชร", "Solitaire"],
      ["Aura", "Nara", "Pim", "Classic 6 เตย", "Halo", "Lumière"], base=(22000, 130000), style_pool=["solitaire", "engagement"]),
    D("diaear", "earrings", 4, [("W18", 3), ("Y18", 1)], [("diamond", 1)], ["ต่างหูเพชร", "ต่างหูเพชรแท้", "ตุ้มหูเพชร"],
      ["เม็ดเดี่ยว", "ทรงดอกไม้", "ล้อมเพชร", "Mini Stud"], base=(9900, 59000), style_pool=["stud"]),
    D("gemring", "ring", 7, [("Y18", 2), ("W18", 2), ("Y23", 1)],
      [("ruby", 3), ("blue sapphire", 3), ("emerald", 2), ("yellow sapphire", 1), ("pink sapphire", 1)],
      ["แหวนพลอย", "แหวน", "แหวนพลอยแท้"], ["ล้อมเพชร", "เม็ดเดี่ยว", "ทรงมาร์คีส์", "หัวโต", "Vintage"],
      base=(8900, 48000), style_pool=["cocktail", "solitaire", "trilogy"]),
    D("nop", "ring", 3, [("Y23", 2), ("Y18", 1)], [("navratna", 1)], ["แหวนนพเก้า", "แหวนพลอยนพเก้า"],
      ["ทรงกลม", "แถวเรียง", "ดอกพิกุล"], base=(14900, 36000), style_pool=["cocktail", "flower"]),
    D("rosepend", "pendant", 3, [("R18", 1)], [("diamond", 1)], ["จี้เพชร", "จี้เพชรแท้"],
      ["Heart", "Petal", "Tiny Star"], base=(8900, 32000)),
    D("silvercz", "ring", 9, [("S925", 1)], [("cz", 5), ("cz red", 1), ("cz blue", 1), ("cz green", 1)],
      ["แหวนเงินแท้", "ต่างหูเงินแท้", "สร้อยคอเงินแท้", "สร้อยข้อมือเงินแท้"],
      ["Lumi", "Dew", "Twinkle", "Petit", "Seraphine", "Mali", "Jasmine", "Orbit", "Tennis"], base=(690, 3490),
      cats=["ring", "earrings", "necklace", "bracelet"], vendor="CRS Silver"),
    D("vermeil", "earrings", 3, [("GPS", 1)], [(None, 2), ("cz", 1)], ["ต่างหูเงินแท้ชุบทอง", "แหวนเงินชุบทอง", "สร้อยข้อมือเงินชุบทอง"],
      ["Luna", "Kanok", "Wave"], base=(990, 2890), cats=["earrings", "ring", "bracelet"], vendor="CRS Silver"),
    D("pearl", "earrings", 5, [("S925", 2), ("Y18", 1)], [("fw pearl", 1)], ["ต่างหูมุก", "สร้อยคอมุก", "สร้อยข้อมือมุก"],
      ["Pearl Drop", "Classic", "Baroque", "Mini", "Daisy"], base=(890, 12900), cats=["earrings", "necklace", "bracelet"]),
    D("micron", "earrings", 6, [("GPB", 1)], [(None, 3), ("cz", 1)],
      ["ต่างหูหนีบ", "สร้อยคอ", "กำไล", "แหวน", "สร้อยข้อมือ", "ต่างหู"],
      ["ลายทองโบราณ", "ลายสี่เสา", "ลายเกลี้ยง", "ลายมังกร", "ห่วง", "ลายดอก"], base=(190, 1290),
      cats=["earrings", "chain", "bangle", "ring", "bracelet", "earrings"], vendor="เจริญสิน ไมครอน"),
    D("steel", "bracelet", 4, [("SS", 1)], [(None, 1)], ["สร้อยข้อมือสแตนเลส", "สร้อยคอสแตนเลส", "แหวนสแตนเลส", "กำไลสแตนเลส"],
      ["Men Curb", "Box Chain", "Signet", "Cuff"], base=(390, 1290), cats=["bracelet", "chain", "ring", "bangle"], vendor="CRS Men"),
    D("anklet", "anklet", 3, [("S925", 1)], [(None, 1)], ["สร้อยข้อเท้าเงินแท้", "สร้อยข้อเท้า"],
      ["กระดิ่ง", "ลายโซ่", "ดาว"], base=(590, 1890), vendor="CRS Silver"),
    D("brooch", "brooch", 2, [("Y23", 1), ("Y18", 1)], [(None, 1)], ["เข็มกลัดทองคำ", "เข็มกลัด"],
      ["ดอกกุหลาบ", "ช่อมะลิ"], weights=[0.5, 1.0]),
    D("couple", "wedding band", 3, [("W18", 2), ("PT", 1)], [(None, 2), ("diamond", 1)], ["แหวนแต่งงาน", "แหวนคู่", "แหวนคู่รัก"],
      ["Forever", "Eternity", "Promise"], base=(14900, 39000), style_pool=["wedding", "band"]),
    D("gemneck", "necklace", 2, [("Y18", 1), ("W18", 1)], [("ruby", 1), ("emerald", 1)], ["สร้อยคอพลอย", "สร้อยคอ"],
      ["ล้อมเพชร", "Royal"], base=(39000, 89000)),
]

CAT_RENDER = {"engagement ring": "ring", "wedding band": "ring"}


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def weight_label(rng, w):
    return pick(rng, W_LABEL[w])


def make_product(rng, d, i, serial):
    p = {"d": d, "serial": serial, "traps": []}
    cat = d["cats"][i % len(d["cats"])] if d.get("cats") else d["cat"]
    p["cat"] = cat
    code = wchoice(rng, d["codes"])
    stone = wchoice(rng, d["stones"])
    # silver CZ line: the necklace and bracelet of that line are chains set with CZ
    p["code"], p["stone"] = code, stone
    name = d["names"][i % len(d["names"])]
    word = d["words"][i % len(d["words"])] if d.get("cats") else pick(rng, d["words"])
    p["name"] = name
    p["vendor"] = d.get("vendor") or pick(rng, ["เจริญสิน", "Charoensin Gold", "ห้างทองเจริญสิน"])
    axes = []
    vs = []
    if d["weights"]:
        ws = d["weights"]
        if rng.random() < 0.3:
            ws = [pick(rng, ws)]
        if len(ws) > 1:
            axes.append(("น้ำหนัก", [(weight_label(rng, w), {"w": w}) for w in ws]))
        p["ws"] = ws
    if cat in ("ring", "engagement ring", "wedding band") and code not in ("SS",) and rng.random() < 0.6:
        if rng.random() < 0.7:
            sz = SIZES_TH[rng.randrange(0, 2):][:rng.choice([3, 4])]
            axes.append((pick(rng, ["ไซส์", "ขนาดแหวน", "เบอร์แหวน"]), [(s, {}) for s in sz]))
        else:
            axes.append(("Size", [(s, {}) for s in SIZES_US[:rng.choice([3, 4])]]))
    if cat == "chain" and code == "Y23" and rng.random() < 0.4:
        axes.append(("ความยาว", [(f"{n} นิ้ว", {"len": n}) for n in (18, 20, 24)]))
    colour_axis = False
    if d["key"] in ("gemring", "diaring") and code in ("Y18", "W18", "R18") and rng.random() < 0.35:
        cols = [("White Gold", {"code": "W18"}), ("Yellow Gold", {"code": "Y18"}), ("Rose Gold", {"code": "R18"})]
        cols.sort(key=lambda c: c[1]["code"] != code)
        axes.insert(0, ("สีทอง", cols))
        colour_axis = True
    p["axes"] = axes
    carat = None
    if stone == "diamond" and d["key"] in ("diaring", "diaear", "rosepend"):
        carat = pick(rng, [0.10, 0.15, 0.18, 0.25, 0.30, 0.50]) if d["key"] == "diaring" else pick(rng, [0.06, 0.10, 0.20, 0.30])
        p["carat"] = carat
    base = None
    if d["base"]:
        lo, hi = d["base"]
        base = lo + (hi - lo) * rng.random() ** 1.6
        if carat:
            base = lo + carat * (hi - lo) / 0.5 * (0.8 + 0.4 * rng.random())
    combos = list(itertools.product(*[vals for _, vals in axes])) if axes else [()]
    for combo in combos:
        mods = {}
        for _, m in combo:
            mods.update(m)
        vcode = mods.get("code", code)
        if "w" in mods or (d["weights"] and "w" not in mods):
            w = mods.get("w", p["ws"][0])
            price = w * BAHT_RATE + MAKING[w] + (150 if "ตัดลาย" in name else 0)
            if code == "Y24":
                price = w * BAHT_RATE * 1.012 + MAKING[w] * 0.6
            if code == "Y18":
                price = w * BAHT_RATE * 0.78 + MAKING[w] * 1.5
            if stone:
                price += 4500
            grams = w * BAHT_G
            price = r10(price)
        else:
            if base < 5000:
                price = int(base / 100) * 100 + 90
            else:
                price = int(base / 1000) * 1000 + 900
            if vcode == "R18" and code != "R18":
                price += 500
            grams = {"ring": 3.2, "engagement ring": 2.8, "earrings": 2.4, "pendant": 1.9, "necklace": 6.0,
                     "bracelet": 5.0, "bangle": 12.0, "chain": 8.0, "anklet": 4.0, "wedding band": 4.0, "brooch": 6.0}[cat]
        if "len" in mods and mods["len"] == 24:
            price = r10(price + 400)
        if "len" in mods and mods["len"] == 18:
            price = r10(price - 200)
        compare = None
        if d["base"] and rng.random() < 0.08:
            compare = r100(price * 1.25)
        vs.append(Variant([v for v, _ in combo], vcode, stone, float(price), compare, grams))
    if d["base"] and vs and len(vs) > 1 and rng.random() < 0.5:
        for v in vs:  # sizes priced the same, or bigger sizes a bit more (metal)
            pass
    p["variants"] = vs
    p["carat"] = carat
    write_listing(rng, p, d, cat, code, stone, word, name, colour_axis)
    return p


def write_listing(rng, p, d, cat, code, stone, word, name, colour_axis):
    mp = pick(rng, METAL_TH[code])
    sp = pick(rng, STONE_TH[stone]) if stone else ""
    key = d["key"]
    traps = p["traps"]
    # where the metal (purity) is written
    where_m = wchoice(rng, [("title", 0.5), ("body", 0.3), ("tags", 0.12), ("none", 0.08)])
    where_s = wchoice(rng, [("title", 0.6), ("body", 0.25), ("tags", 0.1), ("none", 0.05)]) if stone else None
    if colour_axis:
        where_m = "options"
    wtxt = ""
    if p.get("ws") and len(p["ws"]) == 1:
        wtxt = pick(rng, ["หนัก ", "น้ำหนัก ", ""]) + weight_label(rng, p["ws"][0])
    parts = []
    # --- title
    if key in ("chain96", "brace96", "ring96", "bangle96", "ear96", "amulet", "brooch"):
        t = f"{word} {name}"
        if where_m == "title":
            short = mp
            for pre in ("ทองคำแท้ ", "ทองคำ ", "ทองแท้ ", "ทองเค ", "ทอง "):
                if short.startswith(pre):
                    short = short[len(pre):]
                    break
            if word.endswith(("ทอง", "ทองคำ")) and rng.random() < 0.6:
                t = f"{word}แท้ {short} {name}"
            else:
                t = f"{word} {name} {mp}"
        if wtxt:
            t += " " + wtxt
        title = t
    elif key == "pure":
        title = f"{word} {name}" + (" " + wtxt if wtxt else "")
        where_m = "title"
    elif key == "micron":
        title = f"{word} {name}" + (f" {mp}" if where_m == "title" else "")
        if stone and where_s == "title":
            title += f" ฝัง{sp}"
    elif key in ("silvercz", "vermeil", "steel", "anklet"):
        if where_m == "title":
            base = word if any(m in word for m in ("เงิน", "สแตนเลส", "ชุบ")) else f"{word} {mp}"
        else:
            base = word.replace("เงินแท้", "").replace("เงินชุบทอง", "").replace("เงิน", "").replace("สแตนเลส", "").strip() or word
            if rng.random() < 0.3:
                base = ""
        if stone and where_s == "title":
            base = f"{base} {sp}".strip()
        title = f"{d['vendor'].split()[0]} {name} {base}".strip()
    else:
        kw = word
        title = kw
        if stone and where_s == "title" and sp not in kw:
            title += f" {sp}"
        title += f" {name}"
        if where_m == "title":
            title += f" {mp}"
        if p.get("carat") and rng.random() < 0.6:
            title += pick(rng, [f" {p['carat']:.2f} กะรัต", f" {int(round(p['carat'] * 100))} ตัง", f" {p['carat']:.2f}ct"])
    title = " ".join(title.split())
    if stone == "diamond" and d["key"] in ("diaring", "couple") and "เพชร" not in title and where_s == "title":
        title += " เพชรแท้"
    # the kind of piece may be missing from collection-named titles
    # --- body
    b = []
    intro = {"chain": "สร้อยคอ", "bracelet": "สร้อยข้อมือ", "ring": "แหวน", "bangle": "กำไลข้อมือ", "earrings": "ต่างหู",
             "pendant": "จี้", "engagement ring": "แหวนหมั้น", "wedding band": "แหวนแต่งงาน", "necklace": "สร้อยคอ",
             "anklet": "สร้อยข้อเท้า", "brooch": "เข็มกลัด"}[cat]
    if rng.random() < 0.25:
        intro = ""
    phr = [intro + ("งานสวย" if intro else "งานสวย ลายคมชัด"), pick(rng, ["ใส่ได้ทุกวัน", "เหมาะเป็นของขวัญ", "ใส่ออกงานได้", "งานฝีมือช่างไทย"])]
    if where_m == "body":
        phr.insert(1, f"ตัวเรือน{mp}" if code not in ("SS", "GPB") else mp)
    if stone and where_s == "body":
        phr.insert(1, f"ประดับ{sp}")
    b.append("<p>" + " ".join(phr) + "</p>")
    li = []
    if p.get("ws"):
        for w in p["ws"]:
            lab = weight_label(rng, w)
            li.append(f"น้ำหนักทอง {lab} ({w * BAHT_G:.2f} กรัม)" if len(p["ws"]) == 1 else f"{lab} = {w * BAHT_G:.2f} กรัม")
        if rng.random() < 0.7:
            li.append(f"ค่ากำเหน็จ {MAKING[p['ws'][0]]:,} บาท" + (" (ต่อชิ้น)" if rng.random() < 0.3 else ""))
    if p.get("carat"):
        li.append(pick(rng, [f"เพชรรวม {p['carat']:.2f} กะรัต", f"น้ำหนักเพชร {int(round(p['carat'] * 100))} ตัง", f"เพชร {p['carat']:.2f} ct น้ำ 98-99"]))
    if stone == "navratna":
        li.append("พลอยนพเก้า 9 ชนิด: เพชร ทับทิม มรกต บุษราคัม โกเมน ไพลิน มุกดา เพทาย ไพฑูรย์")
        traps.append("มุกดา")
    if cat == "chain" and code == "Y23":
        li.append("ความยาว " + ("18 / 20 / 24 นิ้ว" if any(a[0] == "ความยาว" for a in p["axes"]) else pick(rng, ["24 นิ้ว", "20 นิ้ว", "18 นิ้ว"])))
    if "ตัดลายเพชร" in name:
        traps.append("ตัดลายเพชร")
    if "แก้วมรกต" in name:
        traps.append("พระแก้วมรกต")
        li.append("กรอบพระสำหรับพระแก้วมรกต (ไม่รวมองค์พระ)")
    if "ลงยา" in name:
        li.append("ลงยาสีแดง (งานลงยา ไม่ใช่พลอย)")
    if key == "micron":
        x = pick(rng, ["ตัวเรือนทองเหลือง ชุบทองไมครอน 5 ชั้น", "ไม่ลอก ไม่ดำ ใส่อาบน้ำได้", "งานเหมือนแท้ ใส่แทนทองจริงได้"])
        li.append(x)
        if "ทองจริง" in x:
            traps.append("ใส่แทนทองจริงได้")
        if "ชุบทอง 24K" in title or mp == "ชุบทอง 24K":
            traps.append("ชุบทอง 24K")
        if cat == "earrings" and "หนีบ" in word:
            li.append("แบบหนีบ ไม่ต้องเจาะหู")
    if key == "vermeil" and "18K" in mp:
        traps.append("ชุบทอง 18K")
    if code == "GPS" and where_m != "body" and rng.random() < 0.5:
        li.append("ตัวเรือนเงินแท้ 925 ชุบทองคำ")
    if stone in CZ_NAMED:
        li.append(f"เพชร CZ {CZ_NAMED[stone]}")
        traps.append(CZ_NAMED[stone])
    if "ล้อมเพชร" in name and stone != "diamond":
        p["other_stones"] = ["diamond"]
    elif stone in ("ruby", "blue sapphire", "emerald") and d["key"] in ("gemring", "gemneck") and rng.random() < 0.6:
        p["other_stones"] = ["diamond"]
        li.append("ล้อมเพชรเบลเยี่ยม")
    if key == "steel" and rng.random() < 0.6:
        p["for"] = "men"
        li.append("สำหรับผู้ชาย ไม่ลอก ไม่ดำ")
    if p.get("ws") and rng.random() < 0.4:
        li.append("มีใบรับประกัน ขายคืนได้ตามราคาสมาคมค้าทองคำ")
        if rng.random() < 0.5:
            li.append("ไม่พอใจยินดีคืนเงินภายใน 7 วัน")
            traps.append("คืนเงิน")
    if len(p["variants"]) == 1 and rng.random() < 0.5:
        li.append("ราคา " + thb(p["variants"][0].price, rng).replace("ราคา ", ""))
    if li:
        b.append("<ul>" + "".join(f"<li>{x}</li>" for x in li) + "</ul>")
    if p.get("ws"):
        b.append("<p>*ราคาขึ้นลงตามราคาทองประจำวัน</p>")
    body = "".join(b)
    if rng.random() < 0.05:
        body = ""
    # --- tags
    tags = []
    if where_m == "tags":
        tags.append(mp.replace(" ", ""))
    if stone and where_s == "tags":
        tags.append(sp)
    tags += rng.sample(["ของขวัญ", "ขายดี", "ใหม่", "gift", "bestseller", "ส่งฟรี", "ผ่อน 0%", "วาเลนไทน์", "มินิมอล",
                        "ทองเยาวราช", "ลดราคา"], rng.randint(1, 3))
    if key in ("chain96", "brace96", "ring96", "bangle96", "ear96", "amulet") and rng.random() < 0.5:
        tags.append(pick(rng, ["ทอง", "gold", "ทองรูปพรรณ"]))
    if p.get("ws") and len(p["ws"]) == 1:
        tags.append(weight_label(rng, p["ws"][0]).replace(" ", ""))
    if key in ("silvercz", "anklet", "vermeil"):
        tags.append("CRS Silver")
    if code in ("S925",) and rng.random() < 0.5 and where_m != "none":
        tags.append(pick(rng, ["เงินแท้", "silver925"]))
    # a Y18 piece titled only "ทองเค" or "18K" states no colour: keep (photo shows it)
    if code in ("SS",) and where_m == "none":
        where_m = "none"
    if "ทองเยาวราช" in tags and FMETALS[code][0] not in ("yellow gold", "white gold", "rose gold"):
        traps.append("ทองเยาวราช")  # the shop's blanket tag (Yaowarat = Bangkok's gold street), on a non-gold piece
    typ = pick(rng, TYPE_TH[cat]) if rng.random() < 0.85 else ""
    p.update(title=title, body=body, tags=sorted(set(tags), key=tags.index), type=typ)


def render_spec(p, code, stone):
    cat = p["cat"]
    d = p["d"]
    spec = {"kind": CAT_RENDER.get(cat, cat), "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    pool = d.get("style_pool")
    if pool:
        spec["style"] = pool[p["serial"] % len(pool)]
    if cat == "pendant":
        spec["pendant"] = {"diamond": "heart" if "Heart" in p["name"] else "solitaire"}.get(stone, spec.pop("style", "round"))
        spec.pop("style", None)
        spec["chain"] = bool(p.get("sold_with_chain"))
    elif cat == "necklace":
        spec["style"] = "beaded" if stone == "fw pearl" else ("tennis" if stone in ("cz",) else "haar")
    elif cat in ("ring",) and not pool:
        spec["style"] = "solitaire" if stone else "band"
    elif cat == "ring" and stone is None and spec.get("style") in ("cocktail", "solitaire", "trilogy"):
        spec["style"] = "band"
    elif cat == "earrings" and not pool:
        spec["style"] = "stud" if stone else "hoop"
    elif cat == "bracelet" and not pool:
        spec["style"] = "tennis" if stone == "cz" else ("bead" if stone == "fw pearl" else "curb")
    elif cat == "bangle" and not pool:
        spec["style"] = "single"
    elif cat == "chain" and not pool:
        spec["style"] = "curb"
    elif cat == "wedding band":
        spec["style"] = "wedding"
    if cat in ("ring", "wedding band", "engagement ring") and spec.get("style") in ("band", "wedding", "plain", "signet") and stone:
        spec["style"] = "solitaire"
    return spec


def build(OUT, images=True, seed=2516):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "bkk_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 4100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            p = make_product(rng, d, i, serial)
            if p["cat"] == "pendant":
                p["sold_with_chain"] = bool(d["key"] == "rosepend" and i % 2 == 0)
                if p["sold_with_chain"]:
                    p["body"] = p["body"].replace("</p>", " พร้อมสร้อยคอ 18 นิ้ว</p>", 1) if p["body"] else "<p>พร้อมสร้อยคอ 18 นิ้ว</p>"
            prods.append(p)
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        if rng.random() < 0.55:
            h = "-".join(p["title"].replace("%", "").replace(".", "-").replace("/", " ").replace("(", "").replace(")", "").split()).lower()
        else:
            h = slugify(f"{p['d']['key']} {p['name']} {p['serial']}")
        h = h.strip("-")
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    status = {k: "active" for k in idx}
    for k in idx[:3]:
        status[k] = "draft"
    for k in idx[3:5]:
        status[k] = "archived"
    broken = set(idx[5:8])

    rows, truths, jobs = [], [], []
    used_stems = set()
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1719800000 + p["serial"] * 977
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        stem = prng.choice([f"CRS{p['serial']}", f"IMG_{prng.randint(1000, 9999)}", f"{p['d']['key']}-{slugify(p['name']) or p['serial']}",
                            f"LINE_ALBUM_{prng.randint(100, 999)}_{p['serial']}"])
        if stem in used_stems:
            stem = f"{stem}_{p['serial']}"
        used_stems.add(stem)
        imgs = []
        if is_broken:
            imgs.append((prng.choice([f"{stem}_edit.jpg", f"{stem}-1.jpeg", f"{stem}.JPG"]), None, None))
        else:
            imgs.append((f"{stem}.jpg", main_spec, 16000 + p["serial"]))
        var_img = {}
        axis_idx = None
        for a, (nm, vals) in enumerate(p["axes"]):
            if any("code" in m for _, m in vals):
                axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), p["stone"])
                fn = f"{stem}_{slugify(val)}.jpg"
                imgs.append((fn, sp, 16000 + p["serial"] + 41 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((f"{stem}_2.jpg", sp, 17000 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        for v in vs:
            v.sku = "" if prng.random() < 0.08 else f"CRS-{p['serial']}" + "".join(
                "-" + (slugify(o).upper().replace("-", "") or str(abs(hash(o)) % 97))[:4] for o in v.opts)
        # Thai option values slugify to "" : give them a stable short code instead
        for v in vs:
            if v.sku:
                v.sku = v.sku.replace("--", "-")
        for k, v in enumerate(vs):
            if v.sku and any(not slugify(o) for o in v.opts):
                v.sku = f"CRS-{p['serial']}-{k + 1:02d}"
        st = status[n]
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"],
                          "Product Category": TAXONOMY[p["cat"]] if prng.random() < 0.7 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published": "TRUE" if st == "active" else "FALSE", "Gift Card": "FALSE", "Status": st})
                if names:
                    for a, nm in enumerate(names):
                        r[f"Option{a + 1} Name"] = nm
                else:
                    r["Option1 Name"] = "Title"
                if prng.random() < 0.3:
                    r["SEO Title"] = f"{p['title']} | ห้างทองเจริญสิน เยาวราช"
                    r["SEO Description"] = "ห้างทองเจริญสิน เยาวราช ส่งฟรีทั่วประเทศ มีประกันสินค้าทุกชิ้น"
                p["product_category"] = r["Product Category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} Value"] = o
                else:
                    r["Option1 Value"] = "Default Title"
                r.update({"Variant SKU": v.sku, "Variant Grams": str(max(1, round(v.grams))),
                          "Variant Inventory Tracker": "shopify",
                          "Variant Inventory Qty": str(0 if prng.random() < 0.12 else prng.randint(1, 6)),
                          "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                          "Variant Price": money(v.price), "Variant Compare At Price": money(v.compare) if v.compare else "",
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE" if prng.random() < 0.5 else "FALSE",
                          "Variant Weight Unit": "g"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant Image"] = url[var_img[v.opts[axis_idx]]]
            if j < len(imgs):
                r["Image Src"] = url[imgs[j][0]]
                r["Image Position"] = str(j + 1)
                r["Image Alt Text"] = p["title"] if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        if p.get("ws") and len(p["ws"]) == 1:
            p["gold_weight_baht"] = p["ws"][0]
        truth = truth_record(p, vs, names, CURRENCY, st, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], "compare_at_price")
        if p.get("ws") and len(p["ws"]) > 1:
            for tv, v in zip(truth["variant_list"], vs):
                tv["gold_weight_baht"] = round(v.grams / BAHT_G, 3)
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        may = set()
        if p["stone"] == "navratna":
            may |= {"ruby", "emerald", "sapphire", "diamond", "garnet"}
        ev, problems = read_evidence(truth, fields, not is_broken, may, p["traps"])
        if problems:
            raise SystemExit(f"bkk {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
