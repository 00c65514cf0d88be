"""Shared machinery of the twentieth held-out round (lis_shop: Lisbon / PrestaShop CSV
import files / EUR, lhe_shop: Lahore / Shopify product CSV / PKR).

Written by the twentieth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the writers of fresh_common.py unchanged.  The metal /
stone tables and a small reader for Portuguese and Urdu listing text live here: the
reader is the author's own keyword rules, used only to record where each fact is
stated and to stop the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from fresh_common import stats, write_csv, write_jsonl, wchoice  # noqa: F401

# metal code -> (truth metal, colour, karat, renderer tone)
TMETALS = {
    "Y192": ("yellow gold", "yellow", 19.2, "yellow18"),
    "W192": ("white gold", "white", 19.2, "white"),
    "R192": ("rose gold", "rose", 19.2, "rose"),
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "Y9": ("yellow gold", "yellow", 9, "yellow14"),
    "Y22": ("yellow gold", "yellow", 22, "yellow22"),
    "Y21": ("yellow gold", "yellow", 21, "yellow22"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "GPB": ("gold plated brass", "yellow", None, "plated"),
    "SS": ("stainless steel", "silver", None, "platinum"),
    "GPSS": ("gold plated stainless steel", "yellow", None, "plated"),
}
METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "gold plated silver": "plated", "gold plated brass": "plated", "stainless steel": "steel",
              "gold plated stainless steel": "plated"}
GOLD_CODES = {"Y192", "W192", "R192", "Y18", "W18", "R18", "Y9", "Y22", "Y21"}

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
TSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
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
    "kundan": ("kundan", "white", "kundan", None),
    "polki": ("polki", "white", "polki", None),
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


AR_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
UR_NUM = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def ur(s) -> str:
    """ASCII digits -> Urdu (extended Arabic-Indic) digits."""
    return str(s).translate(UR_NUM)


def lakh(n: int) -> str:
    """1234567 -> 12,34,567 (South Asian grouping)."""
    s = str(int(n))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def eur(x: float, style: int = 0) -> str:
    """Portuguese ways of writing a euro amount."""
    whole = int(round(x * 100)) // 100
    cents = int(round(x * 100)) % 100
    grp = f"{whole:,}".replace(",", ".")
    return [f"{grp},{cents:02d} €", f"{whole},{cents:02d}€", f"€ {grp},{cents:02d}", f"{grp} euros" if not cents else f"{grp},{cents:02d} euros",
            f"{whole:.0f} EUR" if not cents else f"{whole},{cents:02d} EUR"][style]


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t)
    t = t.translate(AR_DIGITS).replace("٫", ".").replace("٬", ",").replace("ي", "ی").replace("ك", "ک")
    t = t.replace("\u200c", " ").replace("ـ", "")
    return re.sub(r"\s+", " ", t).strip().lower()


# --- reading Portuguese and Urdu text ----------------------------------------------------------

_PLATED = (r"prata( 925)? dourada|aço inox dourado|prata com banho de ouro|banhad[oa] a ouro|banho de ouro|folhead[oa] a ouro|"
           r"dourad[oa] a ouro|gold plated|plaqué|pvd|"
           r"گولڈ پلیٹڈ|گولڈ پلیٹنگ|سونے کا پانی|سونے کی پالش|گولڈ پالش|آرٹیفیشل|امیٹیشن|پلیٹڈ")
_COLOUR_ONLY = r"cor de ouro|cor dourada|tom dourado|\bdourad[oa]s?\b|گولڈن|سنہری|سنہرا"
GOLD = r"\bouro\b|\bgold\b|سونا|سونے|گولڈ"


def _strip(t):
    r = re.sub(_PLATED, " ", t)
    return re.sub(_COLOUR_ONLY, " ", r)


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = _strip(t)
    if re.search(r"\bprata\b|\bsilver\b|(?<![\d.,])925(?![\d])|چاندی|سلور|سٹرلنگ", r):
        k.add("silver")
    if re.search(r"\baço\b|inoxidável|stainless|\bsteel\b|316l|اسٹیل|سٹیل", r):
        k.add("steel")
    if re.search(r"platina|platinum|پلاٹینم", r):
        k.add("platinum")
    if re.search(GOLD + r"|(?<![\d.,])(375|585|750)(?![\d]|[.,]\d)|ouro 800|800 ?‰|\(800\)|"
                 r"(?<![\d.,])(9|14|18|19[.,]2|21|22|24)\s?(k|kt|kts|quilates|قیراط|کیرٹ)(?![a-z])", r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(_PLATED, t):
        c.add("yellow")
    r = _strip(t)
    if re.search(r"ouro amarelo|yellow gold|پیلا سونا|پیلے سونے", r):
        c.add("yellow")
    if re.search(r"ouro branco|white gold|وائٹ گولڈ|سفید سونا|سفید سونے", r):
        c.add("white")
    if re.search(r"ouro rosa|ouro rosé|\brosé\b|rose gold|روز گولڈ", r):
        c.add("rose")
    if re.search(r"\bprata\b|\bsilver\b|(?<![\d.,])925(?![\d])|چاندی|سلور|\baço\b|اسٹیل", r):
        c.add("silver")
    # plain yellow gold words when no other colour is given
    if not c and re.search(GOLD + r"|(?<![\d.,])(19[.,]2|21|22)\s?(k|kt|kts|quilates|قیراط|کیرٹ)(?![a-z])", r):
        c.add("yellow?")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(r"(?<![\d.,])(9|14|18|19[.,]2|21|22|24)\s?(k|kt|kts|ql|quilates|قیراط|کیرٹ)(?![a-z])", t):
        v = m.group(1).replace(",", ".")
        ks.add(19.2 if v == "19.2" else int(v))
    for code, k in (("585", 14), ("750", 18), ("375", 9), ("916", 22), ("875", 21)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    if re.search(r"ouro( branco| amarelo| rosa)? 800|800 ?‰|\(800\)|toque: ?800|ouro português|ouro portugues", t):
        ks.add(19.2)
    return ks


GEMS = [
    ("cubic zirconia", r"zircóni\w*|zirconi\w*|zircõe?s|zircão|\bcz\b|زرکون|زرقون|زرکن"),
    ("diamond", r"diamante\w*|brilhantes?\b|diamond|ہیرا|ہیرے|ڈائمنڈ"),
    ("ruby", r"\brubi\w*|\bruby\b|یاقوت|روبی"),
    ("sapphire", r"safira\w*|sapphire|نیلم"),
    ("emerald", r"esmeralda\w*|emerald|زمرد|ایمرلڈ"),
    ("pearl", r"pérola\w*|perola\w*|\bpearl|موتی|موتیوں"),
    ("amethyst", r"ametista\w*|amethyst"),
    ("topaz", r"topázio\w*|topazio\w*|topaz"),
    ("garnet", r"granada\w*|garnet"),
    ("turquoise", r"turquesa\w*|turquoise|فیروزہ|فیروزے"),
    ("agate", r"ágata\w*|agata\w*|agate|عقیق"),
    ("kundan", r"kundan|کندن"),
    ("polki", r"polki|پولکی"),
]


def gems(t):
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"sem pedras?|liso\b|lisa\b|sem zircónias|بغیر نگ|بغیر پتھر|سادہ|پلین", t))


COLOUR_WORDS = {"red": r"vermelh\w*|\bred\b|سرخ|لال", "green": r"\bverde\w*|\bgreen\b|سبز",
                "blue": r"\bazu[il]\w*|\bblue\b|نیلا|نیلے|فیروزی", "white": r"branc\w*|\bwhite\b|سفید",
                "black": r"pret[oa]s?\b|\bnegr[oa]\b|\bblack\b|کالا|کالے|سیاہ", "purple": r"roxo|lilás|\bpurple\b|جامنی"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "turquoise": "blue", "sapphire": "blue", "kundan": "white",
            "polki": "white"}


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
    "ring": r"\banel\b|\banéis\b|انگوٹھی",
    "engagement ring": r"solitário|noivado|منگنی",
    "wedding band": r"aliança\w*|ویڈنگ بینڈ|شادی کی انگوٹھی|بینڈ",
    "earrings": r"brinco\w*|argola\w*|arrecada\w*|بالیاں|بالی|ٹاپس|ایئر رنگ|کانٹے",
    "jhumka": r"جھمکے|جھمکا|جھمکی",
    "pendant": r"pendente\w*|medalha\w*|coração de viana|لاکٹ|پینڈنٹ",
    "chain": r"\bfio\b|\bfios\b|cordão|cordões|چین|زنجیر",
    "necklace": r"\bcolar\w*|gargantilha\w*|ہار|نیکلس|نیکلیس",
    "choker": r"گلوبند|چوکر|gargantilha",
    "bracelet": r"pulseira\w*|بریسلیٹ|بریسلٹ",
    "bangle": r"escrava\w*|چوڑی|چوڑیاں|کنگن",
    "kada": r"کڑا|کڑے",
    "brooch": r"pregadeira\w*|alfinete\w*|بروچ",
    "anklet": r"tornozeleira\w*|fio de tornozelo|پازیب|پائل",
    "jewellery set": r"conjunto\w*|\bset\b|سیٹ",
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
        cols = metal_colours(m)
        if truth["metal_color"] in cols or (truth["metal_color"] == "yellow" and "yellow?" in cols
                                             and mk == "gold"):
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
        ac = set(copts) | {"yellow?"}
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel"):
            ac |= {"silver"}
        bad = cols - ac
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
    metal, col, karat, _ = TMETALS[p["code"]]
    gem, scol, _, _ = TSTONES[p["stone"]]
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
        allv = {TMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({TSTONES[v.stone][0] for v in vs})
    if len(go) > 1:
        t["gemstone_options"] = go
    sco = sorted({TSTONES[v.stone][1] for v in vs if TSTONES[v.stone][1]})
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("other_stones", "for", "sold_with_chain", "traps", "set_contents", "gold_weight", "price_unit",
              "base_metal", "language", "condition"):
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
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": 0.0 if v.price is None else v.price,
         price_key: v.regular,
         "metal": TMETALS[v.code][0], "metal_color": TMETALS[v.code][1], "karat": TMETALS[v.code][2],
         "gemstone": TSTONES[v.stone][0], "stone_color": TSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


def photo_spec(kind, code, stone, style=None):
    sp = {"kind": kind, "metal": TMETALS[code][3]}
    if style:
        sp["style"] = style
    if stone:
        sp["stone"] = TSTONES[stone][2]
        if TSTONES[stone][3]:
            sp["stone_rgb"] = TSTONES[stone][3]
    else:
        sp["stone"] = None
    return sp
