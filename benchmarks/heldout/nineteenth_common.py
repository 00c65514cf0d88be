"""Shared machinery of the nineteenth held-out round (bud_shop: Budapest / Google
Merchant Center XML feed / HUF, ifn_shop: Isfahan / WooCommerce / Iranian toman).

Written by the nineteenth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the writers of fresh_common.py unchanged.  The metal /
stone tables and a reader for Hungarian and Persian listing text live here: the
reader is the author's own keyword rules (read the finished fields back, record
where each fact is stated, stop the build on a contradiction).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from fresh_common import stats, write_csv, write_jsonl, wchoice  # noqa: F401

# metal code -> (truth metal, colour, karat, renderer tone)
NMETALS = {
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "RGPS": ("gold plated silver", "rose", None, "rose"),
    "SS": ("stainless steel", "silver", None, "platinum"),
    "GPSS": ("gold plated stainless steel", "yellow", None, "plated"),
    "GPB": ("gold plated", "yellow", None, "plated"),
}
METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "gold plated silver": "plated", "gold plated": "plated", "stainless steel": "steel",
              "gold plated stainless steel": "plated"}

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
NSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "ruby": ("ruby", "red", "ruby", None),
    "sapphire": ("sapphire", "blue", "sapphire", None),
    "emerald": ("emerald", "green", "emerald", None),
    "pearl": ("pearl", "white", "pearl", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "topaz": ("topaz", "blue", "topaz", None),
    "garnet": ("garnet", "red", "garnet", None),
    "turquoise": ("turquoise", "blue", "topaz", (64, 184, 190)),
    "agate red": ("agate", "red", "coral", (150, 36, 30)),
    "agate black": ("agate", "black", "onyx", None),
}


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float | None
    regular: float | None = None
    grams: float = 0.0
    sku: str = ""
    extra: dict = field(default_factory=dict)


FA_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
FA_NUM = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(s) -> str:
    """ASCII digits -> Persian digits."""
    return str(s).translate(FA_NUM)


def fa_money(x: float, sep="٬") -> str:
    return fa(f"{int(x):,}".replace(",", sep))


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\\n", " ")
    t = t.translate(FA_DIGITS).replace("٬", ",").replace("٫", ".").replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")
    return re.sub(r"\s+", " ", t).strip().lower()


# --- reading Hungarian and Persian text ------------------------------------------------------

_PLATED = (r"aranyozott|aranyozás\w*|arany ?bevonat\w*|rozéarany bevonat\w*|gold[ -]?plated|pvd\w*|ip arany|"
           r"آبکاری\w*|آب طلا|روکش طلا|رنگ ثابت|ژوپینگ|xuping|طلا ?روسی|بدلیجات|بدل\b")
_COLOUR_ONLY = r"arany ?színű|arany ?tónusú|ezüst ?színű|ezüstszínű|رنگ طلایی|طلایی رنگ|طلایی|طرح طلا|رنگ نقره ای|نقره ای"
GOLD = r"arany\w*|\bgold\b|طلا\w*"


def _strip(t):
    r = re.sub(_PLATED, " ", t)
    return re.sub(_COLOUR_ONLY, " ", r)


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = _strip(t)
    if re.search(r"ezüst\w*|\bsilver\b|(?<![\d.,])925(?![\d])|sterling|نقره\w*", r):
        k.add("silver")
    if re.search(r"nemesacél\w*|\bacél\w*|stainless|\bsteel\b|316l|استیل|استنلس", r):
        k.add("steel")
    if re.search(r"platin\w*|پلاتین", r):
        k.add("platinum")
    if re.search(GOLD + r"|(?<![\d.,])(585|750|375)(?![\d]|[.,]\d)|(?<![\d.,])(14|18)\s?(k|kt|karátos|karat)\b|عیار", r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(r"rozéarany bevonat\w*|rozé ?aranyozott|rose gold plated|آبکاری رزگلد|رزگلد آبکاری", t):
        c.add("rose")
    elif re.search(_PLATED, t):
        c.add("yellow")
    r = _strip(t)
    r = re.sub(r"rozéarany bevonat\w*|rozé ?aranyozott|آبکاری رزگلد|رزگلد آبکاری", " ", r)
    if re.search(r"sárga ?arany\w*|sárga\b|طلای? زرد|طلا زرد|\bزرد\b|yellow gold", r):
        c.add("yellow")
    if re.search(r"fehér ?arany\w*|fehér\b|طلای? سفید|طلا سفید|\bسفید\b|white gold", r):
        c.add("white")
    if re.search(r"rozé ?arany\w*|vörös ?arany\w*|\brozé\b|رزگلد|رز گلد|طلای? رز|rose gold", r):
        c.add("rose")
    if re.search(r"ezüst\w*|\bsilver\b|(?<![\d.,])925(?![\d])|sterling|نقره\w*|nemesacél|استیل", r):
        c.add("silver")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(r"(?<![\d.,])(9|14|18|22|24)\s?(k|kt|karátos|karat)\b", t):
        ks.add(int(m.group(1)))
    for m in re.finditer(r"(?<![\d.,])(9|14|18|21|22|24)\s?عیار|عیار\s?(9|14|18|21|22|24)(?![\d])", t):
        ks.add(int(m.group(1) or m.group(2)))
    for code, k in (("585", 14), ("750", 18), ("375", 9), ("999", 24)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    return ks


GEMS = [
    ("cubic zirconia", r"cirkóni\w*|zirkóni\w*|\bcz\b|zirconia|زیرکونیا|زیرکن\w*|اتمی"),
    ("diamond", r"gyémánt\w*|briliáns\w*|\bbrill\b|diamond|برلیان|الماس"),
    ("ruby", r"rubin\w*|\bruby\b|یاقوت(?! ?کبود)|روبی"),
    ("sapphire", r"zafír\w*|sapphire|یاقوت ?کبود|سافایر"),
    ("emerald", r"smaragd\w*|emerald|زمرد"),
    ("pearl", r"gyöngy\w*|\bpearl|مروارید"),
    ("amethyst", r"ametiszt\w*|amethyst|آمتیست|آمیتیست"),
    ("topaz", r"topáz\w*|topaz|توپاز"),
    ("garnet", r"gránát\w*|garnet|گارنت"),
    ("turquoise", r"türkiz\w*|turquoise|فیروزه"),
    ("agate", r"achát\w*|agate|عقیق"),
]


def gems(t):
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"kő nélkül\w*|kövek nélkül|köves? nélkül|sima\b|بدون نگین|بدون سنگ|ساده", t))


COLOUR_WORDS = {"red": r"piros|vörös|\bred\b|قرمز|سرخ", "green": r"zöld|\bgreen\b|سبز",
                "blue": r"kék|\bblue\b|آبی|کبود|فیروزه", "white": r"fehér|\bwhite\b|سفید",
                "black": r"fekete|\bblack\b|مشکی|سیاه", "purple": r"lila|\bpurple\b|بنفش"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "turquoise": "blue"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pat = dict(GEMS).get(gem)
    if not pat or not re.search(pat, t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOUR_WORDS.get(colour, colour), t))


CATS = {
    "ring": r"gyűrű\w*|انگشتر|حلقه",
    "engagement ring": r"eljegyzési|szoliter|انگشتر نامزدی|حلقه نامزدی|تک ?نگین|نامزدی",
    "wedding band": r"karikagyűrű\w*|jegygyűrű\w*|حلقه ازدواج|رینگ|حلقه",
    "earrings": r"fülbevaló\w*|\bstift\w*|گوشواره",
    "pendant": r"medál\w*|آویز|پلاک|مدال",
    "chain": r"lánc\w*|زنجیر",
    "necklace": r"nyaklánc\w*|nyakék\w*|kollié\w*|collier|gyöngysor\w*|گردنبند|گردن بند|سینه ?ریز",
    "bracelet": r"karkötő\w*|دستبند",
    "bangle": r"karperec\w*|النگو",
    "brooch": r"bross\w*|kitűző\w*|سنجاق سینه|گل سینه",
    "anklet": r"bokalánc\w*|پابند",
    "jewellery set": r"szett\w*|garnitúra\w*|سرویس|نیم ?ست",
}

CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(truth, fields, has_photo, traps=()):
    """Where each fact is stated; and contradictions (trap phrases masked for those only)."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    probs = []
    mk = METAL_KIND[truth["metal"]]
    mopts = {METAL_KIND[m] for m in (truth.get("metal_options") or [truth["metal"]])}
    copts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    kopts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gopts = set(truth.get("gemstone_options") or [gem]) | set(truth.get("other_stones") or [])
    for ch in CHANNELS:
        if ch not in fields:
            continue
        t = plain(fields[ch])
        m = t
        for ph in traps:
            m = re.sub(re.escape(plain(ph)), " ", m)
        if re.search(CATS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in metal_kinds(m):
            ev["metal"].append(ch)
        if truth["metal_color"] in metal_colours(m):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in karats(m):
            ev["karat"].append(ch)
        if gem != "none" and gem in gems(m):
            ev["gemstone"].append(ch)
        if gem == "none" and states_no_stone(m):
            ev["gemstone"].append(ch)
        if stone_colour_stated(m, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        allowed = set(mopts)
        if "plated" in allowed:
            allowed |= {"gold", "silver", "steel"}
        bad = metal_kinds(m) - allowed
        if bad:
            probs.append(f"{ch}: metal {bad} vs {mopts}")
        ac = set(copts)
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel"):
            ac |= {"silver"}
        bad = metal_colours(m) - ac
        if bad:
            probs.append(f"{ch}: colour {bad} vs {copts}")
        bad = karats(m) - kopts
        if bad:
            probs.append(f"{ch}: karat {bad} vs {kopts}")
        bad = gems(m) - gopts - {"none"}
        if bad:
            probs.append(f"{ch}: gems {bad} vs {gopts}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, probs


def truth_record(p, vs, names, currency, image, image_url, broken, main_spec, extra_images, price_key):
    metal, col, karat, _ = NMETALS[p["code"]]
    gem, scol, _, _ = NSTONES[p["stone"]]
    prices = [v.price for v in vs if v.price is not None]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices) if prices else 0.0,
         "price_max": max(prices) if prices else 0.0, "currency": currency,
         "variants": len(vs), "status": p["status"], "live": p["live"]}
    if p.get("in_stock") is False:
        t["in_stock"] = False
    if p.get("for_sale") is False:
        t["for_sale"] = False
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {NMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({NSTONES[v.stone][0] for v in vs})
    if len(go) > 1:
        t["gemstone_options"] = go
    sco = sorted({NSTONES[v.stone][1] for v in vs if NSTONES[v.stone][1]})
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("other_stones", "for", "sold_with_chain", "traps", "set_contents", "gold_weight", "price_unit",
              "base_metal", "language"):
        if p.get(k) is not None:
            t[k] = p[k]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = broken
    t["photo"] = None if broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                      "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                      "kind": main_spec["kind"], "style": main_spec.get("style")}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": 0.0 if v.price is None else v.price, price_key: v.regular,
         "metal": NMETALS[v.code][0], "metal_color": NMETALS[v.code][1], "karat": NMETALS[v.code][2],
         "gemstone": NSTONES[v.stone][0], "stone_color": NSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


def photo_spec(kind, code, stone, style=None):
    sp = {"kind": kind, "metal": NMETALS[code][3]}
    if style:
        sp["style"] = style
    if stone:
        sp["stone"] = NSTONES[stone][2]
        if NSTONES[stone][3]:
            sp["stone_rgb"] = NSTONES[stone][3]
    else:
        sp["stone"] = None
    return sp
