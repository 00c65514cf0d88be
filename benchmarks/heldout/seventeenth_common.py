"""Shared tables and evidence reading of the seventeenth held-out round
(Taipei `tpe`, Shopify, Traditional Chinese; Tel Aviv `tlv`, Magento 2, Hebrew).

Written by the seventeenth independent data author.  The first round's
renderer (render.py) is imported unchanged; the metal / stone tables start
from fresh_common's and add what these two shops sell (stainless steel,
gold-filled, jade, moonstone, coloured cubic zirconia).

evidence.py reads English; these listings are Chinese and Hebrew, so this
module has its own keyword reader with the same idea: the generator decides
where each fact goes, writes the fields, and ``read_evidence`` reads the
finished fields back.  Trap phrases (a word that looks like a metal or stone
but is not one in that place: 晶鑽, 銀樓, 白金 read as white gold, 1錢, כסף as
money, חיתוך אמרלד ...) are masked before reading, and any contradiction
between a written field and the answer key stops the build.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from fresh_common import FMETALS, FSTONES

# metal code -> (truth metal, colour, karat, renderer tone)
SMETALS = dict(FMETALS)
SMETALS.update({
    "Y24": ("yellow gold", "yellow", 24, "yellow22"),
    "Y10": ("yellow gold", "yellow", 10, "yellow14"),
    "SS": ("stainless steel", "silver", None, "silver"),
    "SSG": ("stainless steel", "yellow", None, "plated"),    # gold-tone (IP) steel
    "SSR": ("stainless steel", "rose", None, "rose"),        # rose-gold-tone steel
    "GF": ("gold filled", "yellow", None, "plated"),          # 14K gold-filled (包金 / גולד פילד)
})

# stone code -> (truth gemstone, stone colour, renderer stone, rgb override)
SSTONES = dict(FSTONES)
SSTONES.update({
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 70, 180)),
    "cz pink": ("cubic zirconia", "pink", "cz", (236, 108, 160)),
    "jade": ("jade", "green", "emerald", (92, 158, 98)),
    "moonstone": ("moonstone", "white", "opal", (214, 224, 238)),
    "fw pearl": ("pearl", "white", "pearl", None),
})

METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "platinum": "platinum",
              "sterling silver": "silver", "silver": "silver", "gold plated silver": "plated",
              "stainless steel": "steel", "gold filled": "filled"}


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float
    regular: float | None = None     # compare-at (Shopify) / regular price when on special (Magento)
    grams: float = 0.0
    sku: str = ""
    qty: int = 1
    extra: dict = field(default_factory=dict)


# --- keyword reading ----------------------------------------------------------------------

ZH = {
    "cat": {
        "ring": r"戒指|戒(?!指)|指環|尾戒|對戒",
        "engagement ring": r"求婚|訂婚|鑽戒",
        "wedding band": r"對戒|婚戒|結婚",
        "earrings": r"耳環|耳針|耳夾|耳扣|耳骨|耳墜",
        "necklace": r"項鍊|鎖骨鍊",
        "pendant": r"墜子|墜飾|吊墜|墜(?!子)",
        "chain": r"素鍊|鍊子|金鍊|銀鍊|鍊條|項鍊",
        "bracelet": r"手鍊",
        "bangle": r"手環|手鐲|手鍊",
        "anklet": r"腳鍊",
        "brooch": r"胸針",
    },
    "plated": r"鍍(?:18K|14K|K)?(?:玫瑰|白)?金|電鍍|IP(?:離子)?鍍",
    "filled": r"包金|gold[ -]?filled",
    "steel": r"白鋼|醫療鋼|不鏽鋼|鈦鋼|316L",
    "silver": r"925|純銀|(?<!白)銀(?!色)|sterling",
    "platinum": r"鉑金|(?<!k)白金|pt ?950",
    "gold": r"黃金|純金|足金|k金|(?<!\d)(?:24|18|14|10|9)k|18金|14金|玫瑰金(?!色)|白k|9999|(?<!\d)(?:750|585)(?!\d)",
    "col": {
        "yellow": r"黃金|黃k|k黃|黃色k金|(?<!玫瑰)金色|鍍金(?!屬)|包金|足金|純金|9999|顏色 gold",
        "rose": r"玫瑰金|玫金|粉金|顏色 rose",
        "white": r"白k|白金|鉑金|pt ?950|顏色 white",
        "silver": r"925|純銀|(?<!白)銀|顏色 silver",
    },
    "karat": [(24, r"24k|9999|(?<!\d)999(?!\d)|純金|足金"), (18, r"(?<!\d)18k|18金|(?<!\d)750(?!\d)"),
              (14, r"(?<!\d)14k|14金|(?<!\d)585(?!\d)"), (10, r"(?<!\d)10k"), (9, r"(?<!\d)9k")],
    "karat_plating": r"(?:鍍|包)(?:18|14|24)k(?:玫瑰|白)?金|(?:18|14|24)k(?:玫瑰|白)?(?:包金|鍍金)|(?:18|14)k\s?gf|(?:18|14)k gold[ -]?filled",
    "gems": [
        ("cubic zirconia", r"鋯石|晶鑽|cz|蘇聯鑽|方晶"),
        ("moissanite", r"莫桑"),
        ("diamond", r"鑽石|天然鑽|培育鑽|美鑽|鑽(?!石切割)|\d分鑽|gia"),
        ("pearl", r"珍珠"),
        ("ruby", r"紅寶石|紅寶"),
        ("sapphire", r"藍寶石|藍寶"),
        ("emerald", r"祖母綠"),
        ("jade", r"翡翠|玉(?!蘭)"),
        ("moonstone", r"月光石"),
        ("topaz", r"托帕石|拓帕石"),
        ("garnet", r"石榴石"),
        ("amethyst", r"紫水晶"),
    ],
    "plain": r"素面|素戒|光面|無鑽|無石",
    "scol": {"white": r"白", "red": r"紅", "green": r"綠", "blue": r"藍", "pink": r"粉", "purple": r"紫"},
    "inherent": {"ruby": "red", "emerald": "green", "jade": "green", "amethyst": "purple", "garnet": "red",
                 "pearl": "white", "diamond": "white", "moissanite": "white", "moonstone": "white",
                 "cubic zirconia": None, "sapphire": None, "topaz": None},
}

HE = {
    "cat": {
        "ring": r"טבעת|טבעות|(?<!ear)ring",
        "engagement ring": r"אירוסין|סוליטר|הצעת נישואין",
        "wedding band": r"נישואין|נישואים|חתונה|טבעת קלאסית",
        "earrings": r"עגיל|חישוקים|earring",
        "necklace": r"שרשרת|שרשראות|קולייה|necklace",
        "pendant": r"תליון|תליונים|pendant",
        "chain": r"שרשרת|שרשראות|chain",
        "bracelet": r"צמיד(?! רגל)(?!י רגל)(?! קשיח)|צמידים|bracelet",
        "bangle": r"צמיד קשיח|קשיח|bangle",
        "anklet": r"צמיד רגל|צמידי רגל|לרגל|anklet",
        "brooch": r"סיכה|סיכת|brooch",
    },
    "plated": r"ציפוי (?:זהב|רוז)|מצופ(?:ה|ים|ות) (?:ב)?(?:זהב|רוז)|gold plated|ציפוי \d+ מיקרון",
    "filled": r"גולד פילד|gold[ -]?filled|זהב ממולא",
    "steel": r"פלדת אל[ -]?חלד|פלדה כירורגית|סטיינלס|stainless",
    "silver": r"כסף|925|sterling|silver",
    "platinum": r"פלטינה|platinum",
    "gold": r"זהב|(?<![\d.])(?:9|14|18)k|(?<![\d.])(?:9|14|18) ?קראט|(?<![\d.,])(?:585|750|375)(?!\d)|רוז גולד|gold",
    "col": {
        "yellow": r"זהב צהוב|צהוב|זהוב|yellow|ציפוי זהב|מצופה זהב|מצופה בזהב|גולד פילד|gold filled",
        "rose": r"זהב אדום|זהב ורוד|רוז|rose gold",
        "white": r"זהב לבן|white gold",
        "silver": r"כסף|925|sterling|silver|כסוף|כסופה",
    },
    "karat": [(18, r"(?<![\d.])18k|(?<![\d.])18 ?קראט|(?<![\d.,])750(?![\d])"),
              (14, r"(?<![\d.])14k|(?<![\d.])14 ?קראט|(?<![\d.,])585(?![\d])"),
              (9, r"(?<![\d.])9k|(?<![\d.])9 ?קראט|(?<![\d.,])375(?![\d])")],
    "karat_plating": r"(?:ציפוי|מצופה(?: ב)?) ?זהב (?:14|18|24) ?(?:k|קראט)|(?:14|18) ?(?:k|קראט)? ?גולד פילד|(?:14|18)k gold[ -]?filled|גולד פילד (?:14|18) ?k",
    "gems": [
        ("cubic zirconia", r"זרקון|זירקון|צירקון|cubic|\bcz\b"),
        ("moissanite", r"מואסניט|moissanite"),
        ("diamond", r"יהלום|יהלומי|יהלומים|diamond"),
        ("pearl", r"פנינ|pearl"),
        ("ruby", r"רובי|ruby"),
        ("sapphire", r"ספיר|sapphire"),
        ("emerald", r"אמרלד|ברקת|emerald"),
        ("moonstone", r"אבן ירח|moonstone"),
        ("topaz", r"טופז|topaz"),
        ("garnet", r"גרנט|garnet"),
        ("amethyst", r"אמטיסט|amethyst"),
        ("opal", r"אופל|opal"),
    ],
    "plain": r"חלק(?:ה)?(?: ללא| בלי)? ?(?:אבנים)?|ללא אבנים|בלי אבנים|נקי(?:ה)?",
    "scol": {"white": r"לבן|לבנה|white", "red": r"אדום|אדומה|red", "green": r"ירוק|ירוקה|green",
             "blue": r"כחול|כחולה|blue", "pink": r"ורוד|ורודה|pink", "purple": r"סגול|סגולה|purple"},
    "inherent": {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
                 "diamond": "white", "moissanite": "white", "moonstone": "white"},
}

LANG = {"zh": ZH, "he": HE}


def plain(raw: str) -> str:
    t = re.sub(r"<[^>]+>", " ", raw or "")
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip().lower()


def scan(t: str, L: dict) -> dict:
    d = {"cats": {c for c, pat in L["cat"].items() if re.search(pat, t)}}
    kinds = set()
    rest = t
    for k in ("plated", "filled"):
        if re.search(L[k], rest, re.I):
            kinds.add(k)
    rest = re.sub(L["karat_plating"], " ", rest, flags=re.I)
    rest2 = re.sub(L["plated"], " ", rest, flags=re.I)
    rest2 = re.sub(L["filled"], " ", rest2, flags=re.I)
    for k in ("steel", "platinum"):
        if re.search(L[k], rest2, re.I):
            kinds.add(k)
    rest3 = re.sub(L["platinum"], " ", rest2, flags=re.I)
    if re.search(L["silver"], rest3, re.I):
        kinds.add("silver")
    if re.search(L["gold"], rest3, re.I):
        kinds.add("gold")
    d["kinds"] = kinds
    d["cols"] = {c for c, pat in L["col"].items() if re.search(pat, t, re.I)}
    tk = re.sub(L["karat_plating"], " ", t, flags=re.I)
    d["karats"] = {k for k, pat in L["karat"] if re.search(pat, tk, re.I)}
    gems = set()
    rest = t
    for name, pat in L["gems"]:
        if re.search(pat, rest, re.I):
            gems.add(name)
            if name in ("cubic zirconia", "moissanite"):
                rest = re.sub(r"莫桑鑽|" + L["gems"][0][1] + "|" + L["gems"][1][1], " ", rest, flags=re.I)
    d["gems"] = gems
    d["plain"] = bool(re.search(L["plain"], t))
    d["text"] = t
    return d


def stone_colour_stated(t, L, gem, colour):
    if gem == "none" or not colour:
        return False
    pats = dict(L["gems"])
    if gem not in pats or not re.search(pats[gem], t, re.I):
        return False
    if L["inherent"].get(gem) == colour:
        return True
    return bool(re.search(L["scol"].get(colour, "(?!x)x"), t, re.I))


CHANNELS = ("title", "body", "type", "tags", "attributes", "options", "store_view")


def read_evidence(truth, fields, lang, has_photo, traps=(), may_mention=()):
    """fields: channel -> raw text.  Returns (evidence, problems).  Trap phrases are
    masked before reading (both for evidence and for contradictions)."""
    L = LANG[lang]
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    kinds_ok = {METAL_KIND[m] for m in metal_opts}
    if "plated" in kinds_ok:
        kinds_ok |= {"silver"}
    if kinds_ok & {"steel"} and truth["metal_color"] != "silver":
        kinds_ok |= {"plated"}
    cols_ok = set(truth.get("metal_color_options") or [truth["metal_color"]])
    if "gold plated silver" in metal_opts:
        cols_ok |= {"silver"}
    karats_ok = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gems_ok = {gem} | set(truth.get("other_stones") or []) | set(truth.get("gemstone_options") or []) | set(may_mention)
    mk = METAL_KIND[truth["metal"]]
    for ch in CHANNELS:
        if ch not in fields:
            continue
        raw = fields[ch] or ""
        for ph in traps:
            raw = re.sub(re.escape(ph), " ", raw, flags=re.I)
        d = scan(plain(raw), L)
        t = d["text"]
        if truth["category"] in d["cats"]:
            ev["category"].append(ch)
        if mk in d["kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["cols"] and (mk != "steel" or ch != "options" or True):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, L, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        bad = d["kinds"] - kinds_ok
        if bad:
            problems.append(f"{ch}: metal {bad} vs {metal_opts}")
        bad = d["cols"] - cols_ok
        if bad:
            problems.append(f"{ch}: colour {bad} vs {cols_ok}")
        bad = d["karats"] - karats_ok
        if bad:
            problems.append(f"{ch}: karat {bad} vs {karats_ok}")
        bad = d["gems"] - gems_ok
        if bad:
            problems.append(f"{ch}: gems {bad} vs {gem}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, problems


def truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images, price_key):
    metal, col, karat, _ = SMETALS[p["code"]]
    gem, scol, _, _ = SSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"], "live": p["live"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {SMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({SSTONES[v.stone][0] for v in vs})
    sco = sorted({SSTONES[v.stone][1] for v in vs if SSTONES[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("others:other_stones", "lab:lab_grown", "for:for", "sold_with_chain:sold_with_chain",
              "traps:traps", "gold_weight:gold_weight", "in_stock:in_stock", "for_sale:for_sale"):
        a, b = k.split(":")
        if p.get(a) is not None and p.get(a) != [] and not (a == "sold_with_chain" and p["cat"] != "pendant"):
            t[b] = p[a]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant")}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
         price_key: v.regular, "metal": SMETALS[v.code][0], "metal_color": SMETALS[v.code][1],
         "karat": SMETALS[v.code][2], "gemstone": SSTONES[v.stone][0], "stone_color": SSTONES[v.stone][1],
         "grams": round(v.grams, 2)}
        for v in vs]
    return t


def render_spec(p, code, stone):
    cat = p["cat"]
    kind = {"engagement ring": "engagement ring", "wedding band": "wedding band"}.get(cat, cat)
    spec = {"kind": kind, "metal": SMETALS[code][3], "stone": SSTONES[stone][2]}
    if SSTONES[stone][3]:
        spec["stone_rgb"] = SSTONES[stone][3]
    if p.get("style"):
        if cat == "pendant":
            spec["pendant"] = p["style"]
        else:
            spec["style"] = p["style"]
    if cat == "pendant":
        spec["chain"] = bool(p.get("sold_with_chain"))
    if p.get("halo"):
        spec["halo"] = True
    return spec


def write_csv(path, header, rows, bom=False):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(buf.getvalue())


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def stats(truths, label):
    n = len(truths)
    c = Counter()
    for t in truths:
        ev = t["evidence"]
        tx = lambda f: [x for x in ev[f] if x != "photo"]  # noqa: E731
        c["status " + t["status"]] += 1
        mc = tx("metal_color")
        if not mc:
            c["metal colour photo only" if "photo" in ev["metal_color"] else "metal colour nowhere"] += 1
        elif len(mc) == 1 and mc[0] != "title":
            c[f"metal colour only in {mc[0]}"] += 1
        if "title" not in mc:
            c["metal colour not in title"] += 1
        if t["gemstone"] != "none":
            c["pieces with a stone"] += 1
            g = tx("gemstone")
            if not g:
                c["stone named nowhere (photo only)"] += 1
            elif len(g) == 1 and g[0] != "title":
                c[f"stone only in {g[0]}"] += 1
            if "title" not in g:
                c["stone not in title"] += 1
        if t["karat"]:
            c["solid gold pieces"] += 1
            if not tx("karat"):
                c["karat nowhere"] += 1
            elif "title" not in tx("karat"):
                c["karat not in title"] += 1
        if "title" not in ev["category"]:
            c["kind of piece not in title"] += 1
        cc = tx("category")
        if not cc:
            c["kind of piece photo only"] += 1
        elif len(cc) == 1 and cc[0] != "title":
            c[f"kind of piece only in {cc[0]}"] += 1
    lines = [f"[{label}] products={n}"]
    for k, v in sorted(c.items()):
        lines.append(f"  {k:40s} {v:4d}  ({100 * v / n:.1f}%)")
    print("\n".join(lines))
    return c
