"""Shared machinery of the eighteenth held-out round (mow_shop: Moscow / Tilda / RUB,
los_shop: Lagos / WooCommerce / NGN).

Written by the eighteenth independent data author.  It reuses render.py unchanged
and the writers of fresh_common.py; metal / stone codes new to this round and a
reader for Russian and Nigerian-English listing text live here.  The reader is the
author's own keyword rules (the same idea as evidence.py: read the finished
fields back, record where each fact is stated, stop the build on a contradiction).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from fresh_common import FMETALS, FSTONES, slugify, stats, write_csv, write_jsonl, wchoice  # noqa: F401

# metal code -> (truth metal, colour, karat, renderer tone)
EMETALS = dict(FMETALS)
EMETALS.update({
    "Y585": ("yellow gold", "yellow", 14, "yellow14"),
    "R585": ("rose gold", "rose", 14, "rose"),          # красное золото 585: the Russian everyday reddish gold
    "W585": ("white gold", "white", 14, "white"),
    "Y750": ("yellow gold", "yellow", 18, "yellow18"),
    "R750": ("rose gold", "rose", 18, "rose"),
    "W750": ("white gold", "white", 18, "white"),
    "Y21": ("yellow gold", "yellow", 21, "yellow22"),   # Saudi / Dubai gold as Lagos sells it
    "GPB": ("gold plated", "yellow", None, "plated"),    # gold plated brass / copper / alloy
    "RGPB": ("gold plated", "rose", None, "rose"),
    "GF": ("gold filled", "yellow", None, "yellow14"),
    "SS": ("stainless steel", "silver", None, "platinum"),
    "GPSS": ("gold plated stainless steel", "yellow", None, "plated"),
    "RGPSS": ("gold plated stainless steel", "rose", None, "rose"),
})
METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "silver": "silver", "platinum": "platinum", "gold plated silver": "plated", "gold plated": "plated",
              "gold filled": "plated", "stainless steel": "steel", "gold plated stainless steel": "plated"}

ESTONES = dict(FSTONES)
ESTONES.update({
    "fianit": ("cubic zirconia", "white", "cz", None),
    "fianit green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "fianit blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
    "aaa zircon": ("cubic zirconia", "white", "cz", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "chrysolite": ("peridot", "green", "peridot", None),
    "garnet": ("garnet", "red", "garnet", None),
    "topaz": ("topaz", "blue", "topaz", (34, 64, 118)),
    "topaz sky": ("topaz", "blue", "topaz", (110, 180, 230)),
    "coral": ("coral", "red", "coral", (206, 52, 40)),
    "coral orange": ("coral", "orange", "coral", None),
    "agate": ("agate", "black", "onyx", None),
    "agate red": ("agate", "red", "coral", (150, 40, 30)),
    "glass beads": ("glass beads", "multicolour", "coral", (40, 150, 200)),
})


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float
    regular: float | None = None
    grams: float = 0.0
    sku: str = ""
    qty: int | None = None
    extra: dict = field(default_factory=dict)


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\\n", " ")
    return re.sub(r"\s+", " ", t).strip().lower().replace("ё", "е")


# --- reading Russian and Nigerian-English text -----------------------------------------------

_PLATED = (r"позолот\w*|золочен\w*|покрыти\w* (?:из )?золот\w*|gold[ -]?plated|gold[ -]?plating|\d+k gold plated|"
           r"gold[ -]filled|\bgf\b|pvd gold|ip gold|gold tone|gold-tone")
GOLD = r"золот\w*|\bgold\b|saudi|dubai|italian gold"


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = re.sub(_PLATED, " ", t)
    r = re.sub(r"silver[ -]colou?r|silver[ -]tone|серебрист\w*", " ", r)
    if re.search(r"серебр\w*|\bsilver\b|\b925\b|sterling", r):
        k.add("silver")
    if re.search(r"stainless|\bsteel\b|нержав\w*|сталь", r):
        k.add("steel")
    if re.search(r"платин\w*|platinum", r):
        k.add("platinum")
    if re.search(GOLD + r"|(?<![\d.,])(585|750|375|999)(?![\d]|[.,]\d)|(?<![\d.])(14|18|21|22|24)\s?(k|kt|karat|к)\b", r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(r"розов\w* позолот\w*|rose gold plated|rose[ -]gold[ -]plated|rose gold tone", t):
        c.add("rose")
    elif re.search(_PLATED, t):
        c.add("yellow")
    r = re.sub(_PLATED, " ", t)
    r = re.sub(r"rose gold plated|rose[ -]gold[ -]plated|rose gold tone|розов\w* позолот\w*", " ", r)
    if re.search(r"желт\w* золот\w*|золот\w* желт\w*|yellow gold|цвет металла:? желт|(?<![\d.])(21|22|24)\s?(k|kt|karat)\b|\b999\b|saudi gold|dubai gold", r):
        c.add("yellow")
    if re.search(r"красн\w* золот\w*|золот\w* красн\w*|розов\w* золот\w*|золот\w* розов\w*|rose gold|цвет металла:? (красн|розов)", r):
        c.add("rose")
    if re.search(r"бел\w* золот\w*|золот\w* бел\w*|white gold|цвет металла:? бел|платин\w*|platinum", r):
        c.add("white")
    if re.search(r"серебр\w*|\bsilver\b|\b925\b|sterling|stainless|\bsteel\b", r):
        c.add("silver")
    return c


def karats(t):
    ks = set()
    t = re.sub(r"(?<![\d.])(14|18|21|22|24)\s?(k|kt|karat)\s+(rose\s+)?gold[ -]?(plated|plating|filled)", " ", t)
    for m in re.finditer(r"(?<![\d.,])(9|14|18|21|22|24)\s?(k|kt|karat|к)\b", t):
        ks.add(int(m.group(1)))
    for code, k in (("585", 14), ("750", 18), ("375", 9), ("999", 24), ("875", 21)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    if re.search(r"saudi gold|dubai gold", t):
        ks.add(21)
    if re.search(r"italian gold", t):
        ks.add(18)
    return ks


GEMS = [
    ("cubic zirconia", r"фианит\w*|\bcz\b|zirconia|zircon|циркон\w*"),
    ("diamond", r"бриллиант\w*|брилл\w*|алмаз\w*|diamond"),
    ("ruby", r"рубин\w*|\bruby\b|rubies"),
    ("emerald", r"изумруд\w*|emerald"),
    ("sapphire", r"сапфир\w*|sapphire"),
    ("pearl", r"жемчуг\w*|жемчуж\w*|\bpearls?\b"),
    ("topaz", r"топаз\w*|topaz"),
    ("garnet", r"гранат\w*|garnet"),
    ("amethyst", r"аметист\w*|amethyst"),
    ("peridot", r"хризолит\w*|перидот\w*|peridot"),
    ("coral", r"корал\w*|\bcoral\b|\biyun\b|\bileke iyun\b|\bsegi\b"),
    ("agate", r"агат\w*|\bagate\b"),
    ("glass beads", r"glass beads?|crystal beads|seed beads"),
]


def gems(t):
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"без вставок|без камн\w*|гладк\w*|no stones?|plain|without stones?", t))


COLOUR_WORDS = {"red": r"красн\w*|\bred\b", "green": r"зелен\w*|\bgreen\b", "blue": r"голуб\w*|син\w*|\bblue\b|sky",
                "white": r"бел\w*|\bwhite\b", "black": r"черн\w*|\bblack\b", "orange": r"оранж\w*|\borange\b",
                "pink": r"розов\w*|\bpink\b", "purple": r"фиолет\w*|\bpurple\b", "multicolour": r"multicolou?r|multi-colou?r|разноцвет\w*|mixed colou?rs?"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "peridot": "green", "coral": "red"}


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
    "ring": r"кольц\w*|колечк\w*|перстен\w*|печатк\w*|(?<!ear )(?<!toe )\brings?\b",
    "engagement ring": r"помолвочн\w*|engagement|solitaire",
    "wedding band": r"обручальн\w*|wedding band|wedding ring",
    "earrings": r"серьг\w*|серег\w*|сережк\w*|пусет\w*|конго|каффы?|earrings?|ear rings?|\bstuds?\b|hoops?|\bdrops?\b",
    "pendant": r"подвеск\w*|кулон\w*|pendant|locket",
    "chain": r"цеп\w*|\bchains?\b",
    "necklace": r"колье|ожерель\w*|чокер\w*|necklace|choker",
    "bracelet": r"браслет\w*|bracelet",
    "bangle": r"bangles?|\bcuffs?\b",
    "brooch": r"брош\w*|brooch",
    "nose pin": r"пирсинг\w*|нос\w*|nose",
    "anklet": r"anklets?|leg chain|браслет на ногу",
    "waist beads": r"waist beads?|ileke idi|bebe\b",
    "jewellery set": r"\bsets?\b|complete set|комплект\w*",
    "watch": r"watch|wristwatch",
}

CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(truth, fields, has_photo, traps=()):
    """Where each fact is stated; and contradictions (traps masked for those only)."""
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
        if re.search(CATS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in metal_kinds(t):
            ev["metal"].append(ch)
        if truth["metal_color"] in metal_colours(t):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in karats(t):
            ev["karat"].append(ch)
        if gem != "none" and gem in gems(t):
            ev["gemstone"].append(ch)
        if gem == "none" and states_no_stone(t):
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        m = t
        for ph in traps:
            m = re.sub(re.escape(ph.lower().replace("ё", "е")), " ", m)
        allowed = set(mopts)
        if "plated" in allowed:
            allowed |= {"gold", "silver", "steel"}
        if "steel" in allowed and truth["metal"] == "gold plated stainless steel":
            allowed |= {"gold"}
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
    metal, col, karat, _ = EMETALS[p["code"]]
    gem, scol, _, _ = ESTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    if p.get("in_stock") is False:
        t["in_stock"] = False
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {EMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({ESTONES[v.stone][0] for v in vs})
    if len(go) > 1:
        t["gemstone_options"] = go
    sco = sorted({ESTONES[v.stone][1] for v in vs if ESTONES[v.stone][1]})
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("other_stones", "for", "sold_with_chain", "traps", "set_contents", "gold_shade", "base_metal"):
        if p.get(k):
            t[k] = p[k]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = broken
    t["photo"] = None if broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                      "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                      "kind": main_spec["kind"], "style": main_spec.get("style")}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price, price_key: v.regular,
         "metal": EMETALS[v.code][0], "metal_color": EMETALS[v.code][1], "karat": EMETALS[v.code][2],
         "gemstone": ESTONES[v.stone][0], "stone_color": ESTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


def photo_spec(kind, code, stone, style=None):
    sp = {"kind": kind, "metal": EMETALS[code][3]}
    if style:
        sp["style"] = style
    if stone:
        sp["stone"] = ESTONES[stone][2]
        if ESTONES[stone][3]:
            sp["stone_rgb"] = ESTONES[stone][3]
    else:
        sp["stone"] = None
    return sp
