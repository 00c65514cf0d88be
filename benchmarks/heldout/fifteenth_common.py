"""Shared machinery of the fifteenth held-out round (sel_shop: Seoul on Wix, KRW;
cai_shop: Cairo on WooCommerce with an Arabic admin, EGP).

Written by the fifteenth independent data author.  The renderer (render.py) and
the CSV / JSONL writers of fresh_common.py are reused unchanged.  What is new
here: the metal and stone codes these two shops need (21K gold, surgical steel,
titanium, gold-plated steel; moonstone, mother of pearl, citrine, turquoise,
agate), and an evidence reader that reads Korean and Arabic (and the English
mixed into both) with plain keyword rules, the way evidence.py reads English.

Reading conventions (also in the README's "Fifteenth round" section):
* metal colour: 옐로우골드 / 화이트골드 / 로즈골드 / 핑크골드, ذهب أصفر / أبيض / وردي,
  روز جولد, وايت جولد; silver (실버, 925, 순은, فضة, فضي, استرليني) and steel /
  titanium state silver; 21K / 24K / 순금 / عيار 21 state yellow; a gold plating
  (골드 도금, IP 코팅, مطلي بالذهب) states yellow unless it is a rose-gold plating.
  골드 / 14K / ذهب alone state no colour.
* a karat written for a plating ("14K 골드 도금", "مطلي ذهب عيار 18") is not a karat.
* 큐빅 / زركون are cubic zirconia, never diamond; 다이아 컷 / قص ألماظ are cuts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# metal code -> (truth metal, colour, karat, renderer tone)
XMETALS = {
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "Y21": ("yellow gold", "yellow", 21, "yellow22"),
    "Y24": ("yellow gold", "yellow", 24, "yellow22"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "RGPS": ("gold plated silver", "rose", None, "rose"),
    "SS": ("stainless steel", "silver", None, "platinum"),
    "GPSS": ("gold plated stainless steel", "yellow", None, "plated"),
    "TI": ("titanium", "silver", None, "platinum"),
}

# stone code -> (truth gemstone, stone colour, renderer stone, rgb override)
XSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "lab": ("diamond", "white", "lab diamond", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz pink": ("cubic zirconia", "pink", "cz", (236, 108, 160)),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "pearl": ("pearl", "white", "pearl", None),
    "moonstone": ("moonstone", "white", "opal", (226, 232, 242)),
    "mop": ("mother of pearl", "white", "opal", (238, 236, 230)),
    "garnet": ("garnet", "red", "garnet", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "white topaz": ("topaz", "white", "topaz", (240, 244, 250)),
    "blue topaz": ("topaz", "blue", "topaz", None),
    "emerald": ("emerald", "green", "emerald", None),
    "ruby": ("ruby", "red", "ruby", None),
    "peridot": ("peridot", "green", "peridot", None),
    "blue sapphire": ("sapphire", "blue", "sapphire", None),
    "opal": ("opal", "white", "opal", None),
    "citrine": ("citrine", "yellow", "yellow sapphire", (232, 160, 40)),
    "turquoise": ("turquoise", "blue", "topaz", (64, 190, 190)),
    "agate": ("agate", "red", "garnet", (170, 40, 30)),
}

METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "gold plated silver": "plated", "stainless steel": "steel", "gold plated stainless steel": "plated",
              "titanium": "titanium"}


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: int
    compare: int | None = None
    grams: float = 0.0
    sku: str = ""
    extra: dict = field(default_factory=dict)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# --- normalisation -----------------------------------------------------------------------

_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٬٫", "0123456789,.")
_HARAKAT = re.compile(r"[\u064B-\u0652\u0640]")


def norm(raw: str) -> str:
    t = re.sub(r"<[^>]+>", " ", raw or "")
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("\\n", " ")
    t = t.translate(_AR_DIGITS)
    t = _HARAKAT.sub("", t)
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي")
    return re.sub(r"\s+", " ", t).strip().lower()


# --- keyword tables (Korean, Arabic after norm(), English) ---------------------------------

CATS = {
    "ring": r"반지|(?<!이어)(?<!이어 )(?<!털)링(?!크)|\brings?\b|خاتم|خواتم",
    "engagement ring": r"프로포즈|약혼|청혼|engagement|خطوبه|خطوبة|سوليتير",
    "wedding band": r"웨딩\s?밴드|웨딩링|결혼반지|wedding band|دبله|دبلة|دبل\b|محبس",
    "earrings": r"귀걸이|이어링|피어싱|귀찌|이어커프|earrings?|حلق(?!ه|ة|ات)|قرط|اقراط|حلقان",
    "necklace": r"목걸이|necklace|قلاده|قلادة|كوليه|\bعقد\b",
    "pendant": r"펜던트|팬던트|pendant|تعليقه|تعليقة|دلايه|دلاية|دلايات|خرطوش|cartouche",
    "chain": r"체인|\bchains?\b|سلسله|سلسلة|سلاسل",
    "bracelet": r"팔찌|bracelet|اسوره|اسورة|اساور|انسيال",
    "bangle": r"뱅글|bangle|غويشه|غويشة|غوايش|بنجره|بنجرة",
    "anklet": r"발찌|anklet|خلخال",
    "brooch": r"브로치|brooch|بروش",
    "cufflinks": r"커프스|cufflinks?|كبك|زراير قميص",
}

_PLATED = (r"(?:(?:9|10|14|18|21|24)\s?k\s?)?(?:로즈\s?|핑크\s?)?(?:골드|금)\s?(?:도금|코팅)|ip\s?(?:골드\s?)?코팅|도금|금장|"
           r"(?:rose\s)?gold[ -]?plated|vermeil|"
           r"(?:مطلي|مطليه|مطلية|طلاء)\s?(?:بال|ب)?(?:ذهب|دهب|روز جولد|روز)?(?:\s?(?:ال)?(?:وردي|اصفر))?(?:\s?عيار\s?\d+)?")
_ROSE_PLATED = r"(?:로즈|핑크)\s?(?:골드|금)\s?(?:도금|코팅)|rose gold[ -]?plated|(?:مطلي|مطليه|مطلية|طلاء)\s?(?:بال|ب)?(?:روز|(?:ذهب|دهب)\s?(?:ال)?وردي)"

_SILVER = r"실버|(?<![\d,.])925(?![\d,])|순은|sterling|\bsilver\b|فضه|فضة|استرليني"
_STEEL = r"스틸|스테인리스|316l|stainless|\bsteel\b|ستانلس|استانلس|ستيل"
_TITAN = r"티타늄|titanium|تيتانيوم"
_GOLD = r"골드|순금|(?<![\d.,])(?:9|10|14|18|21|22|24)\s?(?:k(?![a-z])|kt\b|케이|금)|\bgold\b|ذهب|دهب|عيار|جولد"

_KARAT = [r"(?<![\d.,])(9|10|14|18|21|22|24)\s?(?:k(?![a-z])|kt\b|케이|금(?!요일))",
          r"عيار\s?(9|14|18|21|24)(?!\d)", r"(?:ذهب|دهب)\s?(9|14|18|21|24)(?![\d.,])", r"(?<![\d.,])(21|18|14|24)\s?قيراط"]
_HALLMARK = (("875", 21), ("750", 18), ("585", 14), ("999", 24))

_COL = {
    "yellow": r"옐로우?\s?골드|yellow gold|(?:ذهب|دهب|جولد)\s?(?:ال)?اصفر|اللون:\s?اصفر|순금|"
              r"(?<![\d.,])(?:21|22|24)\s?(?:k(?![a-z])|kt\b|금)|(?:عيار|ذهب|دهب)\s?(?:21|24)(?![\d.,])|(?:دمغه|دمغة)\s?875",
    "white": r"화이트\s?골드|white gold|(?:ذهب|دهب)\s?(?:ال)?ابيض|وايت\s?جولد|اللون:\s?ابيض",
    "rose": r"로즈\s?골드|핑크\s?골드|rose gold|pink gold|(?:ذهب|دهب)\s?(?:ال)?وردي|روز\s?جولد|روزجولد|اللون:\s?روز",
    "silver": _SILVER + "|" + _STEEL + "|" + _TITAN + r"|فضي",
}

GEMS = [
    ("cubic zirconia", r"큐빅|지르코니아|\bcz\b|\bcubic\b|زركون|زيركون|zircon"),
    ("moissanite", r"모이사나이트|moissanite"),
    ("diamond", r"다이아|diamond|الماس|الماظ|(?<![\u0621-\u064a])ماس(?![\u0621-\u064a])|سوليتير الماس"),
    ("mother of pearl", r"자개|mother of pearl|صدف"),
    ("pearl", r"(?<!담수 )진주|담수진주|\bpearls?\b|لولو|لؤلؤ"),
    ("moonstone", r"문스톤|moonstone|حجر القمر"),
    ("ruby", r"루비|\bruby\b|ياقوت(?!\s?(?:ال)?ازرق)"),
    ("sapphire", r"사파이어|sapphire|ياقوت\s?(?:ال)?ازرق|سفير"),
    ("emerald", r"에메랄드|emerald|زمرد"),
    ("garnet", r"가넷|석류석|garnet"),
    ("amethyst", r"자수정|아메시스트|amethyst|جمشت"),
    ("aquamarine", r"아쿠아마린|aquamarine"),
    ("topaz", r"토파즈|topaz|توباز"),
    ("opal", r"오팔|\bopal|اوبال"),
    ("peridot", r"페리도트|peridot"),
    ("citrine", r"시트린|citrine|سترين"),
    ("turquoise", r"터키석|turquoise|فيروز(?!ي)"),
    ("agate", r"마노|agate|عقيق"),
]
_PLAIN = r"무보석|스톤 ?없|노스톤|플레인|\bplain\b|بدون فصوص|بدون فص|سادة|ساده"

_SCOL = {"white": r"화이트|white|ابيض|بيضاء", "blue": r"블루|blue|ازرق|زرقاء|سماوي", "pink": r"핑크|pink|بينك|وردي",
         "green": r"그린|green|اخضر|خضراء", "red": r"레드|\bred\b|احمر|حمراء", "purple": r"퍼플|보라|purple|بنفسجي",
         "yellow": r"옐로우|yellow|اصفر|صفراء", "black": r"블랙|black|اسود"}
INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
            "peridot": "green", "diamond": "white", "cubic zirconia": "white", "moissanite": "white",
            "moonstone": "white", "mother of pearl": "white", "citrine": "yellow", "turquoise": "blue",
            "aquamarine": "blue", "agate": "red"}


def scan(raw: str) -> dict:
    t = norm(raw)
    d = {"text": t, "kinds": set(), "colours": set(), "karats": set(), "gems": set(), "cats": set()}
    for c, pat in CATS.items():
        if re.search(pat, t):
            d["cats"].add(c)
    if re.search(_PLATED, t):
        d["kinds"].add("plated")
        d["colours"].add("rose" if re.search(_ROSE_PLATED, t) else "yellow")
    rest = re.sub(_PLATED, " ", t)
    if re.search(_SILVER, rest):
        d["kinds"].add("silver")
    if re.search(_STEEL, rest):
        d["kinds"].add("steel")
    if re.search(_TITAN, rest):
        d["kinds"].add("titanium")
    if re.search(_GOLD, rest):
        d["kinds"].add("gold")
    for c, pat in _COL.items():
        if re.search(pat, rest):
            d["colours"].add(c)
    for pat in _KARAT:
        for m in re.finditer(pat, rest):
            d["karats"].add(int(m.group(1)))
    for code, k in _HALLMARK:  # a hallmark only with its word: "دمغة 875", "hallmark 750"
        if re.search(r"(?:دمغه|دمغة|ختم|hallmark|각인)\s?" + code + r"(?![\d,])", rest):
            d["karats"].add(k)
    for name, pat in GEMS:
        if re.search(pat, t):
            d["gems"].add(name)
    d["plain"] = bool(re.search(_PLAIN, t))
    return d


def stone_colour_stated(t: str, gem: str, colour: str | None) -> bool:
    if gem == "none" or not colour:
        return False
    pats = dict(GEMS)
    if gem not in pats or not re.search(pats[gem], t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(_SCOL.get(colour, "^$"), t))


def evidence(truth: dict, fields: dict, has_photo: bool, traps=()) -> tuple[dict, list]:
    """fields: channel -> raw text.  Returns (evidence, contradictions); the
    contradiction check runs on the text with the trap phrases masked."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gem_opts = set(truth.get("gemstone_options") or [gem]) | set(truth.get("other_stones") or [])
    mk = METAL_KIND[truth["metal"]]
    allowed_kinds = {METAL_KIND[m] for m in metal_opts}
    if "plated" in allowed_kinds:
        allowed_kinds |= {"gold"} | ({"silver"} if any("silver" in m for m in metal_opts) else {"steel"})
    allowed_c = set(colour_opts)
    if any(m.startswith("gold plated") for m in metal_opts):
        allowed_c |= {"silver"}
    for ch, raw in fields.items():
        d = scan(raw)
        if truth["category"] in d["cats"]:
            ev["category"].append(ch)
        if mk in d["kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["colours"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(d["text"], gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        masked = raw
        for ph in traps:
            masked = re.sub(re.escape(norm(ph)), " ", norm(masked))
        m = scan(masked)
        if m["kinds"] - allowed_kinds:
            problems.append(f"{ch}: metal {m['kinds'] - allowed_kinds} vs {metal_opts}")
        if m["colours"] - allowed_c:
            problems.append(f"{ch}: colour {m['colours'] - allowed_c} vs {colour_opts}")
        if m["karats"] - karat_opts:
            problems.append(f"{ch}: karat {m['karats'] - karat_opts} vs {karat_opts}")
        if m["gems"] - gem_opts - {"none"}:
            problems.append(f"{ch}: gems {m['gems'] - gem_opts} vs {gem}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, problems


def truth_record(p, vs, names, currency, image, image_url, is_broken, main_spec, extra_images, price_key):
    metal, col, karat, _ = XMETALS[p["code"]]
    gem, scol, _, _ = XSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {XMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({XSTONES[v.stone][0] for v in vs})
    sco = sorted({XSTONES[v.stone][1] for v in vs if XSTONES[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("others:other_stones", "lab:lab_grown", "for:for", "sold_with_chain:sold_with_chain", "traps:traps",
              "name_engraving:name_engraving"):
        a, b = k.split(":")
        if p.get(a) is not None and p.get(a) != [] and p.get(a) is not False:
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
         price_key: v.compare, "metal": XMETALS[v.code][0], "metal_color": XMETALS[v.code][1],
         "karat": XMETALS[v.code][2], "gemstone": XSTONES[v.stone][0], "stone_color": XSTONES[v.stone][1],
         "grams": round(v.grams, 2)}
        for v in vs]
    return t


def render_spec(kind, style, code, stone, pendant=None, chain=None):
    sp = {"kind": kind, "metal": XMETALS[code][3], "stone": XSTONES[stone][2]}
    if style:
        sp["style"] = style
    if pendant:
        sp["pendant"] = pendant
    if chain is not None:
        sp["chain"] = chain
    if XSTONES[stone][3]:
        sp["stone_rgb"] = XSTONES[stone][3]
    return sp
