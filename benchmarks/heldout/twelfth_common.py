"""Shared pieces of the twelfth held-out round (lyo_shop: Lyon, French
WooCommerce, EUR; han_shop: Hanoi, Vietnamese Shopify, VND).

Written by the twelfth independent data author.  The renderer (render.py) and
the answer-key builder of the second round (fresh_common.truth_record, writers)
are imported unchanged.  The English keyword reader of evidence.py cannot read
French or Vietnamese listings, so this module carries its own plain keyword
reader per language (same idea: read the finished fields back, record where
each fact is stated, stop the build on a contradiction).
"""

from __future__ import annotations

import html
import re

import fresh_common
from fresh_common import FMETALS, FSTONES, Variant, wchoice, write_csv, write_jsonl, stats  # noqa: F401

# ---- new metal codes ------------------------------------------------------------------
TMETALS = dict(FMETALS)
TMETALS.update({
    "Y10": ("yellow gold", "yellow", 10, "yellow14"),
    "W10": ("white gold", "white", 10, "white"),
    "R10": ("rose gold", "rose", 10, "rose"),
    "GPB": ("gold plated", "yellow", None, "plated"),          # plaqué or / mạ vàng on brass
    "STEEL": ("stainless steel", "silver", None, "platinum"),  # acier inoxydable 316L
    "STEELY": ("stainless steel", "yellow", None, "plated"),   # acier doré (PVD)
    "RGPB": ("gold plated", "rose", None, "rose"),             # plaqué or rose on brass
})
TSTONES = dict(FSTONES)
TSTONES.update({
    "jade": ("jade", "green", "emerald", (62, 150, 96)),
    "citrine": ("citrine", "yellow", "yellow sapphire", (236, 170, 40)),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "fw pearl": ("pearl", "white", "pearl", None),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 84, 196)),
})
# make fresh_common's answer-key builder see the new codes
fresh_common.FMETALS.update(TMETALS)
fresh_common.FSTONES.update(TSTONES)

METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "silver": "silver", "platinum": "platinum", "gold plated silver": "plated",
              "gold plated": "plated", "stainless steel": "steel"}

CHANNELS = ("title", "body", "type", "tags", "options")


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\\n", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", t).strip().lower()


# ---- French reader ------------------------------------------------------------------------
FR = {
    "plated": r"plaqu[ée]s? or|plaqu[ée]-or|vermeil|dor[ée]e? à l'or fin",
    "kinds": {
        "platinum": r"platine",
        "silver": r"\bargent\b|\b925\b",
        "steel": r"\bacier\b",
        "gold": r"\bor (jaune|blanc|rose|18|9|14)|\bl'or\b|\ben or\b|(?<![\d,.])(18|9|14) ?(carats|ct|kt?)\b|(?<![\d,.])(750|375|585)(/1000|‰)",
    },
    "colours": {
        "yellow": r"\bor jaune\b|jaune 18|jaune 9|m[ée]tal ?: ?jaune|acier dor[ée]",
        "white": r"\bor blanc\b|\bor gris\b|blanc 18|blanc 9|m[ée]tal ?: ?blanc|platine",
        "rose": r"\bor rose\b|rose 18|rose 9|m[ée]tal ?: ?rose",
        "silver": r"\bargent\b|\b925\b|\bacier\b(?! dor)",
    },
    "karats": [(r"(?<![\d,.])(18) ?(carats|ct|kt?)\b|(?<![\d,.])750(/1000|‰)", 18),
               (r"(?<![\d,.])(9) ?(carats|ct|kt?)\b|(?<![\d,.])375(/1000|‰)", 9),
               (r"(?<![\d,.])(14) ?(carats|ct|kt?)\b|(?<![\d,.])585(/1000|‰)", 14)],
    "gems": [
        ("cubic zirconia", r"oxydes? de zirconium|\bzircons?\b|\bzirconias?\b"),
        ("moissanite", r"moissanite"),
        ("diamond", r"\bdiamants?\b|\bbrillants?\b"),
        ("ruby", r"\brubis\b"),
        ("emerald", r"(?<!taille )[ée]meraudes?"),
        ("sapphire", r"\bsaphirs?\b"),
        ("pearl", r"\bperles?\b"),
        ("amethyst", r"am[ée]thyste"),
        ("topaz", r"topaze"),
        ("garnet", r"\bgrenats?\b"),
        ("peridot", r"p[ée]ridot"),
        ("aquamarine", r"aigue-marine"),
        ("citrine", r"citrine"),
        ("jade", r"\bjade\b"),
        ("opal", r"\bopales?\b"),
    ],
    "plain": r"sans pierre|\blisse\b|tout or|toute? en or",
    "stone_colours": {"red": r"\brouges?\b", "blue": r"\bbleue?s?\b", "pink": r"\broses?\b", "green": r"\bverte?s?\b",
                      "white": r"\bblanche?s?\b", "purple": r"violette?s?", "yellow": r"\bjaunes?\b"},
    "cats": {
        "ring": r"\bbagues?\b|chevali[èe]re|solitaire|alliance",
        "engagement ring": r"solitaire|fian[çc]ailles",
        "wedding band": r"alliances?",
        "necklace": r"\bcolliers?\b|sautoir|ras-de-cou|ras du cou",
        "choker": r"ras-de-cou|ras du cou",
        "pendant": r"pendentifs?|m[ée]daille",
        "chain": r"\bcha[îi]nes?\b(?! de cheville)",
        "earrings": r"boucles? d'oreilles?|\bpuces?\b|cr[ée]oles?|pendants d'oreilles|dormeuses?",
        "bracelet": r"bracelets?|gourmette",
        "bangle": r"\bjoncs?\b|manchette",
        "anklet": r"cha[îi]ne de cheville|chevill[èe]re",
        "brooch": r"\bbroches?\b",
        "cufflinks": r"boutons? de manchettes?",
    },
}

# ---- Vietnamese reader --------------------------------------------------------------------
VI = {
    "plated": r"(?:mạ|xi) vàng(?: hồng)?(?: \d+ ?k\b)?",
    "kinds": {
        "platinum": r"bạch kim|platinum",
        "silver": r"\bbạc\b|\b925\b|\bs925\b",
        "steel": r"\btitan\b|thép không gỉ",
        "gold": r"\bvàng (24k|18k|14k|10k|ta|tây|trắng|hồng|ý|9999|750|585|416|nguyên chất)|(?<![\d.,])(24|18|14|10) ?k\b|\b(9999|750|585|416)\b"
                r"|(nhẫn|lắc|dây|kiềng|vòng|bông|trang sức|hoa tai|khuyên tai|nụ) vàng(?! đá)",
    },
    "colours": {
        "yellow": r"vàng (24k|ta|9999|nguyên chất)\b|(?<![\d.,])24 ?k\b|\b9999\b|màu vàng kim|vàng vàng|vàng tây vàng|18k vàng|14k vàng|10k vàng",
        "white": r"vàng trắng|bạch kim|platinum",
        "rose": r"vàng hồng|mạ vàng hồng",
        "silver": r"\bbạc\b|\b925\b|\bs925\b|\btitan\b|thép không gỉ",
    },
    "karats": [(r"(?<![\d.,])24 ?k\b|\b9999\b|vàng ta\b", 24), (r"(?<![\d.,])18 ?k\b|\b750\b", 18),
               (r"(?<![\d.,])14 ?k\b|\b585\b", 14), (r"(?<![\d.,])10 ?k\b|\b416\b", 10)],
    "gems": [
        ("cubic zirconia", r"\bcz\b|cubic|zircon|đá trắng"),
        ("moissanite", r"moissanite|kim cương nhân tạo moissanite"),
        ("diamond", r"kim cương|\bdiamond\b"),
        ("ruby", r"\bruby\b|hồng ngọc"),
        ("emerald", r"emerald|ngọc lục bảo"),
        ("sapphire", r"sapphire|saphia|lam ngọc"),
        ("pearl", r"ngọc trai|\bpearl\b|akoya"),
        ("amethyst", r"thạch anh tím|amethyst"),
        ("topaz", r"topaz"),
        ("garnet", r"garnet|ngọc hồng lựu"),
        ("citrine", r"citrine|thạch anh vàng"),
        ("jade", r"cẩm thạch|\bjade\b|ngọc bích"),
    ],
    "plain": r"trơn|không đá|không gắn đá",
    "stone_colours": {"red": r"\bđỏ\b", "blue": r"xanh dương|xanh lam|\bxanh\b", "pink": r"\bhồng\b", "green": r"xanh lá|xanh lục",
                      "white": r"\btrắng\b", "purple": r"\btím\b", "yellow": r"đá vàng|màu vàng"},
    "cats": {
        "ring": r"\bnhẫn\b",
        "engagement ring": r"cầu hôn|đính hôn",
        "wedding band": r"nhẫn cưới|nhẫn đôi|nhẫn cặp",
        "necklace": r"dây chuyền bản|chuỗi|vòng cổ",
        "neck ring": r"kiềng",
        "pendant": r"mặt dây( chuyền)?|\bmặt\b",
        "chain": r"dây chuyền|\bdây\b",
        "earrings": r"bông tai|hoa tai|khuyên tai|\bnụ\b|\bkhuyên\b",
        "bracelet": r"lắc tay|lắc\b(?! chân)",
        "bangle": r"vòng tay|vòng ximen|\bximen\b|vòng (vàng|bạc|cẩm thạch)",
        "anklet": r"lắc chân",
        "brooch": r"cài áo",
    },
}
LEX = {"fr": FR, "vi": VI}
INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
            "peridot": "green", "diamond": "white", "moissanite": "white", "citrine": "yellow", "jade": "green"}


def scan(lang: str, t: str) -> dict:
    L = LEX[lang]
    kinds, cols, ks, gems = set(), set(), set(), set()
    if re.search(L["plated"], t):
        kinds.add("plated")
        cols.add("rose" if re.search(r"plaqu[ée]s? or rose|mạ vàng hồng|vermeil rose", t) else "yellow")
    rest = re.sub("(?:" + L["plated"] + r")( rose| hồng)?", " ", t)
    for k, pat in L["kinds"].items():
        if re.search(pat, rest):
            kinds.add(k)
    for c, pat in L["colours"].items():
        if re.search(pat, rest):
            cols.add(c)
    kt = re.sub(r"(?<![\d,.])(18|14|9|24) ?(carats|k)\s+(plaqu|mạ)\S*", " ", rest)
    for pat, k in L["karats"]:
        if re.search(pat, kt):
            ks.add(k)
    g = t
    for name, pat in L["gems"]:
        if re.search(pat, g):
            gems.add(name)
    return {"text": t, "kinds": kinds, "colours": cols, "karats": ks, "gems": gems, "plain": bool(re.search(L["plain"], t))}


def stone_colour_stated(lang, t, gem, colour, gems_found):
    if gem == "none" or not colour or gem not in gems_found:
        return False
    if INHERENT.get(gem) == colour or (gem == "cubic zirconia" and colour == "white"):
        return True
    return bool(re.search(LEX[lang]["stone_colours"].get(colour, r"$^"), t))


ALWAYS_MASK = ("hàng bạc",)


def read_evidence(lang, truth, fields, has_photo, traps=(), may_mention=()):
    """Evidence per fact from the written fields; contradictions after masking ``traps``."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    gem = truth["gemstone"]
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    allowed_kinds = {METAL_KIND[m] for m in metal_opts}
    if "plated" in allowed_kinds:
        allowed_kinds |= {"silver", "gold"} if "gold plated silver" in metal_opts else {"gold"}
    allowed_c = set(colour_opts) | ({"silver"} if "gold plated silver" in metal_opts else set())
    allowed_g = {gem} | set(truth.get("gemstone_options") or []) | set(truth.get("other_stones") or []) | set(may_mention)
    for ch, raw in fields.items():
        t = plain(raw)
        for ph in ALWAYS_MASK:  # place names a reader does not take for a metal ("phố Hàng Bạc")
            t = t.replace(ph, " ")
        d = scan(lang, t)
        if re.search(LEX[lang]["cats"][truth["category"]], t):
            ev["category"].append(ch)
        if METAL_KIND[truth["metal"]] in d["kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["colours"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(lang, t, gem, truth.get("stone_color"), d["gems"]):
            ev["stone_color"].append(ch)
        m = t
        for ph in traps:
            m = m.replace(ph.lower(), " ")
        dm = scan(lang, m)
        if dm["kinds"] - allowed_kinds:
            problems.append(f"{ch}: metal {dm['kinds'] - allowed_kinds} vs {metal_opts}")
        if dm["colours"] - allowed_c:
            problems.append(f"{ch}: colour {dm['colours'] - allowed_c} vs {colour_opts}")
        if dm["karats"] - karat_opts:
            problems.append(f"{ch}: karat {dm['karats'] - karat_opts} vs {karat_opts}")
        bad = dm["gems"] - allowed_g - {"none"}
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


truth_record = fresh_common.truth_record
