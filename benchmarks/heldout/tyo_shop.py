"""Plan of the Tokyo shop: アトリエ ソライロ (atelier SORAIRO), Kuramae, Tokyo (JPY).

Shopify, exported with the product CSV export of the current admin (English
column headers in every admin language: Title, URL handle, Description ...).
A small workshop that sells K18 / K10 / Pt950 everyday fine jewellery, SV925
pieces, a line of surgical-stainless pieces for metal allergies, akoya and
freshwater pearls, birthstones, engagement rings and marriage rings.
Listings are Japanese, with English and romaji collection names; prices are
tax-included yen.
"""

from __future__ import annotations

import os
import random

import render
from fourteenth_common import JA, XMETALS, XSTONES, Variant, read_evidence, truth_record, wchoice

HOST = "https://cdn.heldout-tyo.example/s/files/1/0000/0001/products/"
CURRENCY = "JPY"
EXPORT_NAME = "products_export_1.csv"

HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
    "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
    "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Compare-at price",
    "Cost per item", "Charge tax", "Tax code", "Unit price total measure", "Unit price total measure unit",
    "Unit price base measure", "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
    "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display", "Requires shipping",
    "Fulfillment service", "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
    "SEO title", "SEO description", "Google Shopping / Google product category", "Google Shopping / Gender",
    "Google Shopping / Age group", "Google Shopping / MPN", "Google Shopping / Condition",
    "Google Shopping / Custom product",
]

VENDORS = ["SORAIRO", "SORAIRO", "atelier SORAIRO", "アトリエソライロ", "sorairo jewelry"]

TAXONOMY = {
    "necklace": "Apparel & Accessories > Jewelry > Necklaces",
    "pendant": "Apparel & Accessories > Jewelry > Charms & Pendants",
    "chain": "Apparel & Accessories > Jewelry > Necklaces",
    "earrings": "Apparel & Accessories > Jewelry > Earrings",
    "ear cuff": "Apparel & Accessories > Jewelry > Earrings",
    "ring": "Apparel & Accessories > Jewelry > Rings",
    "engagement ring": "Apparel & Accessories > Jewelry > Rings",
    "wedding band": "Apparel & Accessories > Jewelry > Rings",
    "bracelet": "Apparel & Accessories > Jewelry > Bracelets",
    "bangle": "Apparel & Accessories > Jewelry > Bracelets",
    "anklet": "Apparel & Accessories > Jewelry > Anklets",
    "brooch": "Apparel & Accessories > Jewelry > Brooches & Lapel Pins",
    "cufflinks": "",
}

# what the shop calls each kind (Type column) -- some types state a metal instead
TYPES = {
    "necklace": ["ネックレス", "ネックレス", "Necklace", ""],
    "pendant": ["ネックレス", "ペンダント", "Necklace", ""],
    "chain": ["チェーン", "ネックレス", ""],
    "earrings": ["ピアス・イヤリング", "ピアス", "Earrings", ""],
    "ear cuff": ["イヤーカフ", "ピアス・イヤリング", ""],
    "ring": ["リング", "Ring", ""],
    "engagement ring": ["ブライダル", "婚約指輪", "リング"],
    "wedding band": ["ブライダル", "結婚指輪", "Marriage Ring"],
    "bracelet": ["ブレスレット・バングル", "ブレスレット", ""],
    "bangle": ["ブレスレット・バングル", "バングル", ""],
    "anklet": ["アンクレット", ""],
    "brooch": ["ブローチ", ""],
    "cufflinks": ["カフス", "メンズ", ""],
}
CATWORD = {
    "necklace": ["ネックレス"], "pendant": ["ネックレス", "ペンダント"], "chain": ["チェーン", "チェーンネックレス"],
    "ear cuff": ["イヤーカフ"], "ring": ["リング", "指輪"], "engagement ring": ["婚約指輪", "エンゲージリング"],
    "wedding band": ["結婚指輪", "マリッジリング"], "bracelet": ["ブレスレット"], "bangle": ["バングル"],
    "anklet": ["アンクレット"], "brooch": ["ブローチ"], "cufflinks": ["カフス", "カフスボタン"],
}

NAMES = ["Stella ステラ", "Luna ルナ", "Hoshi 星", "Tsumugi 紡", "Shizuku 雫", "Kasumi 霞", "Mina ミナ", "Sora 空",
         "Yuki 雪", "Hana 花", "Nami 波", "Kaede 楓", "Etoile エトワール", "Lien リアン", "Komorebi 木漏れ日",
         "Tsubu 粒", "Aurora", "Minamo 水面", "Iroha", "Yoake 夜明け"]

FULLWIDTH = str.maketrans("0123456789.ctK", "０１２３４５６７８９．ｃｔＫ")

BIRTH = [("1月 ガーネット", "garnet"), ("2月 アメジスト", "amethyst"), ("3月 アクアマリン", "aquamarine"),
         ("4月 ダイヤモンド", "diamond"), ("5月 エメラルド", "emerald"), ("6月 ムーンストーン", "moonstone"),
         ("7月 ルビー", "ruby"), ("8月 ペリドット", "peridot"), ("9月 サファイア", "sapphire"),
         ("10月 ピンクトルマリン", "tourmaline"), ("11月 シトリン", "citrine"), ("12月 ブルートパーズ", "blue topaz")]


def D(key, cat, n, metals, stones, grams, style, axes=(), words=(), **kw):
    d = dict(key=key, cat=cat, n=n, metals=metals, stones=stones, grams=grams, style=style, axes=list(axes), words=list(words))
    d.update(kw)
    return d


DESIGNS = [
    D("hitotsubu", "pendant", 8, [("Y18", 3), ("W18", 2), ("R18", 2), ("PT", 2)], [("diamond", 5), ("lab", 1)], (1.6, 2.6),
      "solitaire", axes=[("metal3", 0.6), ("len", 0.6)], words=["一粒", "一粒ダイヤ", "プチ"], chain=True),
    D("birth", "pendant", 3, [("Y10", 2), ("R10", 1), ("S925", 1)], [("garnet", 1)], (1.2, 1.8), "round",
      axes=[("birth", 1.0)], words=["誕生石", "バースストーン"], chain=True),
    D("stonependant", "pendant", 4, [("Y18", 2), ("Y10", 2), ("S925", 1)], [("moonstone", 2), ("rock crystal", 1), ("opal", 1), ("citrine", 1)],
      (1.0, 2.2), "drop", words=["しずく", "カボション", "ペンダントトップ"], chain=False),
    D("akoyaneck", "necklace", 4, [("S925", 2), ("W14", 1)], [("akoya", 1)], (28, 38), "beaded",
      axes=[("pearlsize", 0.8)], words=["アコヤ真珠", "あこや本真珠", "花珠"], pearl="akoya"),
    D("fwneck", "necklace", 3, [("S925", 1), ("GPS", 1)], [("fwpearl", 1)], (14, 22), "beaded",
      axes=[("len", 0.5)], words=["淡水パール", "バロックパール"], pearl="freshwater"),
    D("pearlear", "earrings", 7, [("Y18", 2), ("PT", 1), ("S925", 2), ("GPS", 1)], [("akoya", 2), ("fwpearl", 2)], (0.8, 1.6), "stud",
      axes=[("fit", 0.5)], words=["一粒パール", "パール"], pearl="mixed"),
    D("diastud", "earrings", 5, [("PT", 2), ("Y18", 2), ("W18", 1)], [("diamond", 4), ("lab", 1)], (0.6, 1.2), "stud",
      axes=[("metal3", 0.5), ("ct", 0.5)], words=["スタッド", "一粒", "プチ"]),
    D("hoop", "earrings", 6, [("Y18", 2), ("Y10", 2), ("S925", 1), ("GSS", 1), ("SS", 1)], [(None, 1)], (0.8, 2.4), "hoop",
      axes=[("fit", 0.3), ("colour2", 0.4)], words=["フープ", "リングピアス", "華奢フープ"]),
    D("earcuff", "ear cuff", 5, [("S925", 2), ("Y10", 1), ("GPS", 2)], [(None, 3), ("cz", 1), ("fwpearl", 1)], (0.8, 2.0), "huggie",
      words=["ノンホール", "ライン", "ツイスト"]),
    D("ring", "ring", 10, [("Y10", 3), ("R10", 1), ("Y18", 2), ("S925", 2), ("W18", 1)],
      [("ruby", 1), ("sapphire", 1), ("emerald", 1), ("diamond", 2), ("moonstone", 1), ("pink sapphire", 1), (None, 2), ("cz", 1)],
      (1.2, 3.0), "stacking", axes=[("metal3", 0.4), ("size", 0.9)], words=["華奢", "重ね付け", "ピンキー", "一粒"]),
    D("engage", "engagement ring", 5, [("PT", 4), ("W18", 1)], [("diamond", 4), ("lab", 1)], (2.8, 4.0), "solitaire",
      axes=[("size", 1.0)], words=["ソリティア", "プロポーズ"]),
    D("marriage", "wedding band", 5, [("PT", 3), ("Y18", 1), ("R18", 1)], [(None, 3), ("diamond", 1)], (2.6, 4.8), "wedding",
      axes=[("gender", 0.8), ("size", 1.0)], words=["鍛造", "槌目", "ストレート"]),
    D("chain", "chain", 6, [("Y18", 3), ("S925", 2), ("SS", 1)], [(None, 1)], (1.8, 5.0), "cable",
      axes=[("len", 0.9)], words=["あずき", "ベネチアン", "スクリュー", "ダイヤモンドカット"]),
    D("necklace", "necklace", 5, [("Y18", 2), ("W18", 1), ("S925", 2)], [("diamond", 2), ("cz", 2), (None, 1)], (2.5, 9.0), "tennis",
      axes=[("len", 0.4)], words=["ステーション", "テニス", "ライン"]),
    D("bracelet", "bracelet", 6, [("Y18", 2), ("Y10", 1), ("S925", 1), ("GSS", 1), ("SS", 1)], [(None, 3), ("diamond", 2), ("fwpearl", 1)],
      (1.4, 4.0), "chain", words=["チェーン", "ステーション", "華奢"]),
    D("bangle", "bangle", 4, [("S925", 2), ("Y10", 1), ("GSS", 1)], [(None, 1)], (6, 18), "single",
      words=["オープン", "槌目", "ツイスト"]),
    D("anklet", "anklet", 3, [("Y10", 1), ("S925", 1), ("SS", 1)], [(None, 2), ("cz", 1)], (1.5, 3.5), "single",
      words=["華奢", "チェーン"]),
    D("brooch", "brooch", 3, [("S925", 2), ("Y18", 1)], [("akoya", 1), ("fwpearl", 1), ("cz", 1)], (3.0, 8.0), "flower",
      words=["フラワー", "パール"]),
    D("cuffs", "cufflinks", 3, [("S925", 2), ("SS", 1)], [(None, 1), ("mop", 1), ("cz blue", 1)], (6.0, 12.0), "stud",
      words=["ラウンド", "スクエア"], men=True),
]

RATE = {"Y18": 17500, "W18": 17500, "R18": 17500, "Y10": 9200, "R10": 9200, "W10": 9200, "Y14": 12500, "W14": 12500,
        "PT": 13500, "S925": 900, "GPS": 1100, "RGPS": 1100, "SS": 500, "GSS": 700}
LABOUR = {"gold": (9000, 16000), "PT": (12000, 20000), "silver": (3500, 6500), "steel": (1500, 2600)}
STONE_YEN = {"ruby": 14000, "sapphire": 12000, "pink sapphire": 9000, "emerald": 15000, "garnet": 2500, "amethyst": 2500,
             "aquamarine": 4500, "peridot": 2800, "opal": 5500, "blue topaz": 2600, "citrine": 2400, "moonstone": 3200,
             "rock crystal": 1500, "tourmaline": 6500, "cz": 400, "cz blue": 400, "cz red": 400, "cz pink": 400, "mop": 1500,
             None: 0}


def metal_group(code):
    if code in ("SS", "GSS"):
        return "steel"
    if code in ("S925", "GPS", "RGPS"):
        return "silver"
    if code == "PT":
        return "PT"
    return "gold"


def tax_in(excl):
    step = 1000 if excl >= 30000 else 100
    return float(int(round(excl / step)) * step * 11 // 10)


def metal_phrase(rng, code, colour, karat, pt="950"):
    """How the shop names the metal; ``colour`` / ``karat`` say whether it may state them."""
    kar = {"Y18": "18", "W18": "18", "R18": "18", "Y10": "10", "W10": "10", "R10": "10", "Y14": "14", "W14": "14"}.get(code)
    if kar:
        ab = {"Y": "YG", "W": "WG", "R": "PG"}[code[0]]
        cw = {"Y": "イエローゴールド", "W": "ホワイトゴールド", "R": "ピンクゴールド"}[code[0]]
        if colour and karat:
            return rng.choice([f"K{kar}{ab}", f"K{kar}{cw}", f"{kar}金{cw}", f"K{kar} {ab}", f"Ｋ{kar}{ab}" if kar == "18" else f"K{kar}{ab}"])
        if colour:
            return cw
        if karat:
            return rng.choice([f"K{kar}", f"{kar}金", f"K{kar}ゴールド"])
        return "ゴールド"
    if code == "PT":
        return rng.choice([f"Pt{pt}", f"プラチナ{pt}", "プラチナ", f"Pt{pt}（プラチナ）"]) if colour else ""
    if code == "S925":
        return rng.choice(["SV925", "シルバー925", "スターリングシルバー", "silver925", "SV925（ロジウムコーティング）"]) if colour else ""
    if code == "GPS":
        return rng.choice(["SV925（K18コーティング）", "シルバー925にゴールドコーティング", "SV925 金メッキ", "ゴールドコーティング"]) if colour else rng.choice(["SV925", "シルバー925", ""])
    if code == "RGPS":
        return rng.choice(["SV925 ピンクゴールドコーティング", "シルバー925（ピンクゴールドコーティング）"]) if colour else rng.choice(["SV925", ""])
    if code == "SS":
        return rng.choice(["サージカルステンレス（シルバーカラー）", "ステンレス シルバーカラー"]) if colour else rng.choice(["サージカルステンレス", "ステンレス（SUS316L）", "サージカルステンレス316L"])
    if code == "GSS":
        return rng.choice(["サージカルステンレス（ゴールドカラー）", "ステンレス 18金メッキ", "サージカルステンレス ゴールドコーティング"]) if colour else rng.choice(["サージカルステンレス", "ステンレス"])
    raise KeyError(code)


STONE_JA = {
    "diamond": ["ダイヤモンド", "ダイヤ", "天然ダイヤモンド"], "lab": ["ラボグロウンダイヤモンド", "ラボグロウンダイヤ"],
    "cz": ["キュービックジルコニア", "CZ", "ジルコニア"], "cz blue": ["ブルーCZ", "キュービックジルコニア（ブルー）"],
    "akoya": ["アコヤ真珠", "あこや本真珠", "アコヤパール"], "fwpearl": ["淡水パール", "淡水真珠", "淡水パール（バロック）"],
    "ruby": ["ルビー"], "sapphire": ["ブルーサファイア", "サファイア"], "pink sapphire": ["ピンクサファイア"],
    "emerald": ["エメラルド"], "garnet": ["ガーネット"], "amethyst": ["アメジスト"], "aquamarine": ["アクアマリン"],
    "peridot": ["ペリドット"], "opal": ["オパール", "ホワイトオパール"], "blue topaz": ["ブルートパーズ"], "citrine": ["シトリン"],
    "moonstone": ["ムーンストーン", "レインボームーンストーン"], "rock crystal": ["水晶", "ロッククリスタル（水晶）"],
    "tourmaline": ["ピンクトルマリン"], "mop": ["マザーオブパール", "白蝶貝（マザーオブパール）"],
}


def axis_values(rng, ax, p):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    if ax == "metal3" and code in ("Y18", "W18", "R18", "Y10", "R10"):
        k = XMETALS[code][2]
        fam = [f"Y{k}", f"W{k}", f"R{k}"]
        order = [code] + [c for c in fam if c != code]
        lab = rng.choice(["ab", "ja"])
        nm = "素材" if lab == "ab" else "カラー"
        val = {"Y": (f"K{k}YG", "イエローゴールド"), "W": (f"K{k}WG", "ホワイトゴールド"), "R": (f"K{k}PG", "ピンクゴールド")}
        return nm, [(val[c[0]][0 if lab == "ab" else 1], {"code": c}) for c in order]
    if ax == "len":
        ls = [("38cm", 0.94), ("40cm", 1.0), ("45cm", 1.12), ("50cm", 1.25)]
        k = rng.randint(2, 3)
        st = rng.randint(0, len(ls) - k)
        return rng.choice(["長さ", "チェーンの長さ", "長さ"]), [(v, {"f": f}) for v, f in ls[st:st + k]]
    if ax == "size":
        if cat == "wedding band":
            vals = [f"{n}号" for n in (5, 7, 9, 11, 13, 15, 17, 19, 21)]
        else:
            vals = [f"{n}号" for n in (5, 7, 9, 11, 13, 15)]
            vals = vals[: rng.randint(4, 6)]
        if rng.random() < 0.2:
            vals = [v.replace("号", "") for v in vals]
        return rng.choice(["サイズ", "リングサイズ"]), [(v, {"f": 1.0 + 0.012 * i}) for i, v in enumerate(vals)]
    if ax == "fit" and code not in ("PT",):
        return "タイプ", [("ピアス", {"fit": "pierced"}), ("イヤリング", {"fit": "clip-on", "add": 500})]
    if ax == "birth":
        return "誕生石", [(v, {"stone": s}) for v, s in BIRTH]
    if ax == "colour2" and code in ("GSS", "SS"):
        a = [("ゴールド", {"code": "GSS"}), ("シルバーカラー", {"code": "SS"})]
        return "カラー", a if code == "GSS" else a[::-1]
    if ax == "pearlsize":
        vals = [("7.0-7.5mm", 1.0), ("7.5-8.0mm", 1.45), ("8.0-8.5mm", 2.1)]
        return "珠サイズ", [(v, {"pf": f}) for v, f in vals[: rng.randint(2, 3)]]
    if ax == "ct" and stone in ("diamond", "lab"):
        return "カラット", [("0.1ct", {"ct": 0.1}), ("0.2ct", {"ct": 0.2}), ("0.3ct", {"ct": 0.3})][: rng.randint(2, 3)]
    if ax == "gender":
        return "タイプ", [("レディース", {"f": 1.0}), ("メンズ", {"f": 1.38})]
    return None


def make_product(rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "traps": []}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    if code in ("S925", "GPS", "SS", "GSS") and stone in ("diamond", "lab") and cat not in ("pendant",):
        stone = "cz"
    if cat == "earrings" and d["key"] == "pearlear" and code in ("S925", "GPS") and stone == "akoya" and rng.random() < 0.5:
        stone = "fwpearl"
    word = d["words"][i % len(d["words"])]
    if "パール" in word and stone not in ("akoya", "fwpearl"):
        word = "ラウンド"
    if "ダイヤ" in word and word != "ダイヤモンドカット" and stone not in ("diamond", "lab"):
        word = "一粒"
    if word == "ダイヤモンドカット":
        p["traps"].append("ダイヤモンドカット")
    p["code"], p["stone"], p["word"] = code, stone, word
    p["pt"] = rng.choice(["950", "900"]) if code == "PT" else None
    p["coll"] = NAMES[(serial * 7 + i) % len(NAMES)]
    p["sold_with_chain"] = d.get("chain")
    if d.get("men"):
        p["for"] = "men"
    if stone == "lab":
        p["lab"] = True
    if stone in ("akoya", "fwpearl"):
        p["pearl_type"] = "akoya" if stone == "akoya" else "freshwater"
    # axes
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() < prob:
            r = axis_values(rng, ax, p)
            if r:
                axes.append(r)
    p["axes"] = axes[:3]
    if cat == "earrings":
        p["fitting"] = "pierced"
        if not any(nm == "タイプ" for nm, _ in axes) and code in ("S925", "GPS", "GSS") and rng.random() < 0.35:
            p["fitting"] = "clip-on"
    # carat
    carat = None
    if stone in ("diamond", "lab"):
        carat = {"engagement ring": rng.choice([0.2, 0.25, 0.3, 0.4, 0.5]), "necklace": rng.choice([0.3, 0.5, 1.0]),
                 "bracelet": rng.choice([0.1, 0.2, 0.3]), "wedding band": rng.choice([0.02, 0.03, 0.05]),
                 "earrings": rng.choice([0.1, 0.2, 0.3])}.get(cat, rng.choice([0.05, 0.08, 0.1, 0.15, 0.2]))
        for nm, vals in axes:
            if nm == "カラット":
                carat = vals[0][1]["ct"]
    p["carat"] = carat
    # variants and prices
    g0 = round(rng.uniform(*d["grams"]), 2)
    lab_lo, lab_hi = LABOUR[metal_group(code)]
    labour = rng.uniform(lab_lo, lab_hi)
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    vs = []
    for combo in combos:
        vc, vst, f, add, fit, ct, pf = code, stone, 1.0, 0, p.get("fitting"), carat, 1.0
        for val, mod in combo:
            vc = mod.get("code", vc)
            vst = mod.get("stone", vst)
            f *= mod.get("f", 1.0)
            add += mod.get("add", 0)
            fit = mod.get("fit", fit)
            ct = mod.get("ct", ct)
            pf *= mod.get("pf", 1.0)
        grams = g0 * f
        clasp = 0.06 if d["style"] == "beaded" else 1.0  # a pearl strand: only the clasp is metal
        excl = grams * RATE[vc] * clasp + labour * (1.0 if metal_group(vc) == metal_group(code) else 0.8) + add
        if vst in ("diamond", "lab"):
            per = 420000 if (ct or 0) < 0.25 else 780000
            if cat == "engagement ring":
                per = 1100000 if (ct or 0) >= 0.3 else 850000
            excl += (ct or 0.05) * per * (0.28 if vst == "lab" else 1.0)
        elif vst == "akoya":
            excl += (68000 if cat == "necklace" else 9000 if cat != "brooch" else 6000) * pf
        elif vst == "fwpearl":
            excl += (9000 if cat == "necklace" else 1800) * pf
        else:
            excl += STONE_YEN.get(vst, 0) * (2 if cat in ("earrings", "cufflinks") else 1)
        price = tax_in(excl)
        v = Variant([val for val, _ in combo], vc, vst, price, grams=grams)
        v.extra["fitting"] = fit
        v.extra["ct"] = ct
        vs.append(v)
    # a few pieces on sale (Compare-at price)
    if rng.random() < 0.12:
        for v in vs:
            v.compare = v.price
            v.price = float(int(v.price * 0.8 / 10) * 10)
    p["variants"] = vs
    write_text(rng, p)
    return p


def write_text(rng, p):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    gold = code in ("Y18", "W18", "R18", "Y10", "R10", "W10", "Y14", "W14")
    opt_names = [nm for nm, _ in p["axes"]]
    colour_in_opts = any(nm in ("素材", "カラー") for nm in opt_names)
    stone_in_opts = "誕生石" in opt_names
    # where the facts go
    col_loc = wchoice(rng, [("title", 5), ("body", 3), ("tags", 1), ("photo", 0.6)] + ([("options", 4)] if colour_in_opts else []))
    if code in ("GSS", "SS") and "カラー" in opt_names:
        col_loc = "options"
    kar_loc = wchoice(rng, [("title", 6), ("body", 3), ("tags", 1)]) if gold else None
    if stone:
        st_loc = "options" if stone_in_opts else wchoice(rng, [("title", 6), ("body", 3), ("tags", 1), ("photo", 0.35)])
    else:
        st_loc = None
    cat_loc = wchoice(rng, [("title", 12), ("body", 1), ("type", 0.8)])
    p["locs"] = dict(col=col_loc, kar=kar_loc, st=st_loc, cat=cat_loc)
    coll = p["coll"]
    # --- title
    tparts = []
    if rng.random() < 0.12:
        tparts.append(rng.choice(["【送料無料】", "【受注制作】", "【再入荷】", "【限定】", "≪ギフトBOX付≫"]))
    mt = metal_phrase(rng, code, col_loc == "title", kar_loc == "title", p["pt"] or "950")
    if col_loc != "title" and kar_loc != "title":
        mt = ""
    if mt:
        tparts.append(mt)
    if st_loc == "title":
        sw = rng.choice(STONE_JA[stone])
        if stone in ("diamond", "lab") and p["carat"] and rng.random() < 0.6:
            sw += f" {p['carat']}ct" if rng.random() < 0.75 else " " + f"{p['carat']}ct".translate(FULLWIDTH)
        tparts.append(sw)
    stoneword = p["word"] in ("一粒パール", "パール", "淡水パール", "バロックパール", "アコヤ真珠", "あこや本真珠", "一粒ダイヤ")
    if (p["word"] not in ("ペンダントトップ",) or cat_loc == "title") and not (stoneword and st_loc == "title"):
        tparts.append(p["word"])
    if cat_loc == "title" and "ピアス" not in p["word"]:
        if cat == "earrings":
            tparts.append("イヤリング" if p.get("fitting") == "clip-on" else rng.choice(["ピアス", "ピアス", "スタッドピアス"]))
        elif cat == "pendant" and not p["sold_with_chain"]:
            tparts.append(rng.choice(["ペンダントトップ", "ペンダント", "チャーム"]))
        else:
            tparts.append(rng.choice(CATWORD[cat]))
    style = rng.random()
    cname = coll.split()[0]
    if style < 0.45:
        title = " ".join(tparts) + f"「{cname}」"
    elif style < 0.75:
        title = f"{coll} / " + " ".join(tparts)
    else:
        title = " ".join(tparts) + f" 〈{cname}〉"
    if p["word"] == "ダイヤモンドカット" and "ダイヤモンドカット" not in title:
        title = title.replace("「", " ダイヤモンドカット「", 1)
    p["title"] = title.replace("  ", " ").strip()
    # --- body
    intro = {
        "necklace": ["鎖骨にそっと寄り添う、華奢なネックレスです。", "重ね付けにもおすすめのネックレス。"],
        "pendant": ["胸元で小さく揺れるネックレスです。", "毎日つけたくなる、小さなペンダントネックレス。"]
        if p["sold_with_chain"] else ["ペンダントトップのみの販売です。チェーンは別売りとなります。", "トップのみ。お手持ちのチェーンに通してお使いください。"],
        "chain": ["チェーン単品です。お手持ちのペンダントトップに。", "シンプルなチェーンネックレス。1本でも重ね付けでも。"],
        "earrings": ["耳元で小さく光るピアスです。", "一日中つけていても気にならない軽さのピアス。"]
        if p.get("fitting") != "clip-on" else ["ノンホールの方にも。痛くなりにくいネジバネ式のイヤリングです。"],
        "ear cuff": ["穴をあけずに楽しめるイヤーカフ。耳の軟骨部分に挟んでお使いください。"],
        "ring": ["細身のリングは重ね付けにも。", "指元にさりげない輝きを添えるリングです。"],
        "engagement ring": ["プロポーズのための婚約指輪。", "一生に一度の瞬間に、永く輝くエンゲージリングを。"],
        "wedding band": ["ふたりの毎日に寄り添う結婚指輪。", "鍛造製法で仕上げた、丈夫で着け心地のよいマリッジリング。"],
        "bracelet": ["手元を華奢に見せるブレスレット。", "時計との重ね付けにもおすすめのブレスレットです。"],
        "bangle": ["着脱しやすいオープンタイプのバングル。", "手首に沿うやわらかなカーブのバングル。"],
        "anklet": ["素足に映えるアンクレット。", "夏の足元に。華奢なアンクレットです。"],
        "brooch": ["ジャケットやストールに。", "式典にも普段使いにも使えるブローチ。"],
        "cufflinks": ["ビジネスシーンに上品なカフス。", "ワイシャツの袖口に。父の日のギフトにも人気のカフスです。"],
    }[cat]
    neutral = ["蔵前のアトリエで、職人がひとつひとつ手仕上げしています。", "大切な方へのギフトにもおすすめです。",
               "シンプルで飽きのこないデザイン。", "光の当たり方で表情が変わります。"]
    bits = []
    if cat_loc in ("body", "title") and (cat_loc == "body" or rng.random() < 0.6):
        bits.append(f"<p>{rng.choice(intro)}</p>")
    else:
        bits.append(f"<p>{rng.choice(neutral)}</p>")
    spec = []
    mb = metal_phrase(rng, code, col_loc == "body" or (col_loc == "title" and rng.random() < 0.4),
                      kar_loc == "body" or (kar_loc == "title" and rng.random() < 0.5), p["pt"] or "950")
    if col_loc != "body" and kar_loc != "body" and col_loc != "title" and kar_loc != "title":
        mb = metal_phrase(rng, code, False, False)
    if mb and not (mb == "ゴールド" and rng.random() < 0.5):
        spec.append(f"【素材】{mb}")
    if stone and (st_loc == "body" or (st_loc == "title" and rng.random() < 0.5)):
        sw = rng.choice(STONE_JA[stone])
        if p["carat"]:
            sw += f" {p['carat']:.2f}ct" if rng.random() < 0.5 else f"（計{p['carat']}ct）"
        if stone == "akoya":
            sw += " 7.0-7.5mm"
        spec.append(f"【石】{sw}")
    if stone in ("diamond",) and cat == "engagement ring":
        spec.append("【鑑定書】中央宝石研究所 鑑定書付き")
    if cat in ("pendant",) and p["sold_with_chain"] or cat in ("chain", "necklace", "anklet", "bracelet"):
        if not any(nm.startswith("長さ") or nm == "チェーンの長さ" for nm in opt_names):
            ln = {"anklet": "23cm（21cmでアジャスター）", "bracelet": "16cm＋アジャスター2cm"}.get(cat, rng.choice(["40cm（スライドアジャスター付き）", "45cm（40cmでもお留めいただけます）", "42cm"]))
            spec.append(f"【長さ】{ln}")
    if cat in ("ring", "engagement ring", "wedding band") and not opt_names:
        spec.append("【サイズ】9号（サイズ直しはご相談ください）")
    if cat in ("earrings",) and p.get("fitting") == "clip-on" and "タイプ" not in opt_names:
        spec.append("【金具】ネジバネ式イヤリング")
    g = p["variants"][0].grams
    spec.append(f"【重さ】約{g:.1f}g")
    if rng.random() < 0.3:
        spec.append(rng.choice(["【生産国】日本", "【生産】日本製（東京・蔵前）"]))
    bits.append("<p>" + "<br>".join(spec) + "</p>")
    notes = []
    if code in ("SS", "GSS") or rng.random() < 0.15:
        notes.append("※金属アレルギー対応素材です。" if code in ("SS", "GSS") else "※金属アレルギーが心配な方はご相談ください。")
    if stone and stone not in ("diamond", "lab", "cz", "cz blue") and rng.random() < 0.5:
        notes.append("※天然石のため、色味や模様に個体差がございます。")
    if rng.random() < 0.35:
        notes.append(rng.choice(["※ご注文後の制作となります。お届けまで2〜3週間ほどいただきます。", "※ラッピング無料。ショップバッグをお付けします。",
                                 f"※表示価格は税込です（¥{int(p['variants'][0].price):,}〜）。", "※撮影環境により、実物と色味が異なって見える場合がございます。"]))
    if notes:
        bits.append("<p>" + "<br>".join(notes) + "</p>")
    p["body"] = "\n".join(bits)
    # --- tags
    pool = ["ギフト", "プレゼント", "誕生日", "クリスマス", "母の日", "華奢", "重ね付け", "new", "人気", "日本製", "記念日", "普段使い"]
    tags = rng.sample(pool, k=rng.randint(1, 4))
    if gold and rng.random() < 0.5:
        tags.append("ゴールド")
    if col_loc == "tags":
        tags.append({"Y18": "K18YG", "W18": "ホワイトゴールド", "R18": "ピンクゴールド", "Y10": "K10YG", "R10": "K10PG",
                     "W10": "K10WG", "W14": "K14WG", "PT": "プラチナ", "S925": "シルバー925", "GPS": "ゴールドコーティング",
                     "RGPS": "ピンクゴールドコーティング", "SS": "シルバーカラー", "GSS": "ゴールドカラー"}[code])
    if kar_loc == "tags" and col_loc != "tags":
        tags.append({"18": "K18", "10": "K10", "14": "K14"}[str(XMETALS[code][2])])
    if st_loc == "tags":
        tags.append({"diamond": "ダイヤモンド", "lab": "ラボグロウンダイヤモンド", "cz": "CZ", "cz blue": "ブルーCZ",
                     "akoya": "アコヤ真珠", "fwpearl": "淡水パール", "mop": "マザーオブパール"}.get(stone, STONE_JA[stone][0]))
        if stone in ("moonstone", "rock crystal", "citrine", "amethyst", "garnet") and rng.random() < 0.5:
            tags.append("天然石")
    if code in ("SS", "GSS"):
        tags.append("金属アレルギー対応")
    if cat == "wedding band":
        tags.append("ブライダル")
    if cat_loc == "type" and rng.random() < 0.5:
        tags.append({"earrings": "ピアス", "pendant": "ネックレス"}.get(cat, CATWORD.get(cat, ["ピアス"])[0]))
    clean = []
    for t in tags:
        if t not in clean:
            clean.append(t)
    p["tags"] = clean
    typ = rng.choice(TYPES[cat])
    if cat_loc == "type":
        typ = TYPES[cat][0]
    if cat_loc not in ("title", "body", "type") or (cat_loc == "type" and not typ):
        typ = TYPES[cat][0]
    if gold and kar_loc != "type" and rng.random() < 0.08 and cat_loc != "type":
        typ = "K18ジュエリー" if XMETALS[code][2] == 18 and kar_loc else typ
    if code == "S925" and col_loc != "type" and rng.random() < 0.15 and cat_loc != "type":
        typ = "シルバーアクセサリー"
    p["type"] = typ
    # traps (own random stream, so the rest of the catalogue does not move)
    if code == "S925" and "ロジウム" in p["body"] and rng.random() < 0.7:
        p["body"] = p["body"].replace("SV925（ロジウムコーティング）", "SV925（ロジウムコーティング／プラチナカラー）")
    trng = random.Random(p["serial"] * 31 + 7)
    if code == "S925" and "【素材】" in p["body"] and "ロジウム" not in p["body"] and col_loc == "body" and trng.random() < 0.6:
        # rhodium-coated silver sold as "platinum colour": not platinum
        p["body"] = p["body"].replace("【素材】", "【素材】SV925（プラチナカラー仕上げ）<br>【刻印】", 1)
    if "プラチナカラー" in p["body"]:
        p["traps"].append("プラチナカラー")
    if stone is None and gold and cat in ("wedding band", "ring", "bangle", "chain") and trng.random() < 0.45:
        # a frosted sparkle finish cut into the metal: no diamond
        p["body"] = p["body"].replace("【重さ】", "【加工】ダイヤモンドダスト加工（表面のきらめき仕上げ）<br>【重さ】", 1)
        p["traps"].append("ダイヤモンドダスト")
    if stone == "cz" and cat in ("ring", "necklace") and trng.random() < 0.6:
        p["body"] = p["body"].replace("【重さ】", "【カット】エメラルドカット<br>【重さ】", 1)
        p["traps"].append("エメラルドカット")


def render_spec(p, code, stone):
    cat = p["cat"]
    kind = {"ear cuff": "earrings", "cufflinks": "earrings", "engagement ring": "ring", "wedding band": "ring"}.get(cat, cat)
    spec = {"kind": kind, "metal": XMETALS[code][3], "stone": XSTONES[stone][2]}
    if XSTONES[stone][3]:
        spec["stone_rgb"] = XSTONES[stone][3]
    st = p["d"]["style"]
    if cat == "pendant":
        spec["pendant"] = st if st != "drop" else ("drop" if stone else "round")
        spec["chain"] = bool(p["sold_with_chain"])
    elif cat == "ring":
        spec["style"] = "solitaire" if stone in ("diamond", "lab") and p["word"] == "一粒" else ("stacking" if stone else "band")
    elif cat == "wedding band":
        spec["style"] = "wedding"
    elif cat == "necklace":
        spec["style"] = "beaded" if stone in ("akoya", "fwpearl") else ("tennis" if stone else "haar")
    elif cat == "bracelet":
        spec["style"] = "tennis" if stone in ("diamond", "cz") and p["word"] != "チェーン" else ("bead" if stone else "chain")
    elif cat == "chain":
        spec["style"] = {"あずき": "curb", "ベネチアン": "box", "スクリュー": "rope", "ダイヤモンドカット": "curb"}.get(p["word"], "cable")
    elif cat == "anklet":
        spec["style"] = "single"
        spec["bells"] = False
    else:
        spec["style"] = st
    return spec


def handle_for(rng, p):
    from common import slugify
    romaji = {"pendant": "necklace", "necklace": "necklace", "chain": "chain", "earrings": "pierce", "ear cuff": "earcuff",
              "ring": "ring", "engagement ring": "engagement-ring", "wedding band": "marriage-ring", "bracelet": "bracelet",
              "bangle": "bangle", "anklet": "anklet", "brooch": "brooch", "cufflinks": "cuffs"}[p["cat"]]
    if p["cat"] == "earrings" and p.get("fitting") == "clip-on":
        romaji = "earring"
    x = rng.random()
    if x < 0.55:
        return slugify(p["coll"].split()[0] + "-" + romaji + ("-" + XMETALS[p["code"]][0].split()[0] if rng.random() < 0.3 else ""))
    if x < 0.85:
        return f"sr-{romaji[:2]}-{p['serial']:04d}"
    # Shopify keeps kana / kanji in handles made from a Japanese title
    import re
    t = re.sub(r"[^\w]+", "-", p["title"].lower()).strip("-")
    return re.sub(r"-+", "-", t)[:60].strip("-")


def pick_broken(rng, h):
    return rng.choice([f"{h}_main.jpg", f"IMG_{rng.randint(1000, 9999)}.jpg", f"{h}-01.jpeg"])


def build(OUT, images=True, seed=2603):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "tyo_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods = []
    serial = 100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(4)
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = handle_for(rng, p)
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "active"
    for k in idx[:4]:
        prods[k]["status"] = "draft"
    prods[idx[4]]["status"] = "archived"
    broken = set(idx[5:9])

    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        h = p["handle"]
        prng = random.Random(seed * 1000 + p["serial"])
        vtag = 1718000000 + p["serial"] * 977
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        base = h if h.isascii() else f"sorairo-{p['serial']}"
        main_name = f"{base}.jpg" if prng.random() < 0.5 else f"{base.upper() if prng.random() < 0.3 else base}_1.jpg"
        imgs = [(pick_broken(prng, base), None, None)] if is_broken else [(main_name, main_spec, 9000 + p["serial"])]
        axis_idx, var_img = None, {}
        for a, (nm, vals) in enumerate(p["axes"]):
            looks = {(XMETALS[m.get("code", p["code"])][3], XSTONES[m.get("stone", p["stone"])][2], XSTONES[m.get("stone", p["stone"])][3]) for _, m in vals}
            if len(looks) > 1:
                axis_idx = a
        if axis_idx is not None and not is_broken:
            nm, vals = p["axes"][axis_idx]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = render_spec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = f"{base}-v{j + 1}.jpg"
                imgs.append((fn, sp, 9000 + p["serial"] + 37 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.3:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((f"{base}_model.jpg", sp, 9500 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        url = {fn: HOST + fn + f"?v={vtag + 3 * j}" for j, (fn, _, _) in enumerate(imgs)}
        vs = p["variants"]
        names = [a[0] for a in p["axes"]]
        base_sku = f"SR{p['serial']:04d}"
        for k, v in enumerate(vs):
            v.sku = "" if prng.random() < 0.06 else (base_sku if len(vs) == 1 else f"{base_sku}-{k + 1:02d}")
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            if j == 0:
                r.update({"Title": p["title"], "Description": p["body"], "Vendor": prng.choice(VENDORS),
                          "Product category": TAXONOMY[p["cat"]] if prng.random() < 0.75 else "",
                          "Type": p["type"], "Tags": ", ".join(p["tags"]),
                          "Published on online store": "TRUE" if p["status"] == "active" else "FALSE",
                          "Status": p["status"], "Gift card": "FALSE"})
                for a, nm in enumerate(names or ["Title"]):
                    r[f"Option{a + 1} name"] = nm
                if prng.random() < 0.3:
                    r["SEO title"] = f"{p['title']}｜atelier SORAIRO 公式オンラインストア"
                    r["SEO description"] = "東京・蔵前のジュエリーアトリエ SORAIRO。K18・プラチナ・シルバーの華奢ジュエリーを制作しています。"
                p["product_category"] = r["Product category"]
            if j < len(vs):
                v = vs[j]
                if names:
                    for a, o in enumerate(v.opts):
                        r[f"Option{a + 1} value"] = o
                else:
                    r["Option1 value"] = "Default Title"
                r.update({"SKU": v.sku, "Price": str(int(v.price)), "Compare-at price": str(int(v.compare)) if v.compare else "",
                          "Charge tax": "TRUE", "Inventory tracker": "shopify",
                          "Inventory quantity": str(0 if prng.random() < 0.15 else prng.randint(1, 6)),
                          "Continue selling when out of stock": "continue" if p["cat"] in ("engagement ring", "wedding band") else "deny",
                          "Weight value (grams)": str(max(1, round(v.grams + 40))), "Weight unit for display": "g",
                          "Requires shipping": "TRUE", "Fulfillment service": "manual"})
                if axis_idx is not None and v.opts[axis_idx] in var_img:
                    r["Variant image URL"] = url[var_img[v.opts[axis_idx]]]
            if j < len(imgs):
                r["Product image URL"] = url[imgs[j][0]]
                r["Image position"] = str(j + 1)
                r["Image alt text"] = p["title"] if prng.random() < 0.25 else ""
            rows.append(r)
        p["shop_category"] = p["type"]
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "images/" + imgs[0][0], url[imgs[0][0]],
                             ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], "compare_at_price")
        for tv, v in zip(truth["variant_list"], vs):
            if p["cat"] == "earrings":
                tv["earring_fitting"] = v.extra["fitting"]
            if v.extra.get("ct") and tv["gemstone"] == "diamond":
                tv["carat"] = v.extra["ct"]
        if p["cat"] == "earrings":
            fits = sorted({v.extra["fitting"] for v in vs})
            truth["earring_fitting"] = fits[0] if len(fits) == 1 else fits
        fields = {"title": p["title"], "body": p["body"], "type": (p["type"] + " " + p["product_category"]).strip(),
                  "tags": ", ".join(p["tags"]), "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        may = set()
        if "誕生石" in names:
            may |= {XSTONES[s][0] for _, s in BIRTH}
        ev, problems = read_evidence(truth, fields, not is_broken, JA, may, p["traps"])
        if problems:
            raise SystemExit(f"tyo {h}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
