"""Shared pieces of the thirteenth held-out round (mil_shop: Milan, WooCommerce
in Italian; ath_shop: Athens, Etsy listings download).

Written by the thirteenth independent data author.  The renderer (render.py)
and the writers' conventions of the earlier rounds are reused unchanged; the
evidence reader here is new because the Milan listings are in Italian and the
Athens tags mix Greek and English: it reads the finished fields back with
plain keyword rules in those languages and stops the build on any
contradiction (trap phrases are masked for the contradiction check only).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field

from common import money, slugify  # noqa: F401  (re-exported)

# metal code -> (truth metal, colour, karat, renderer tone)
TMETALS = {
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "Y9": ("yellow gold", "yellow", 9, "yellow14"),
    "W9": ("white gold", "white", 9, "white"),
    "PT": ("platinum", "white", None, "platinum"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),     # argento placcato oro / dorato, 22K vermeil
    "RGPS": ("gold plated silver", "rose", None, "rose"),
    "STEEL": ("stainless steel", "silver", None, "platinum"),    # acciaio 316L
    "GSTEEL": ("gold plated steel", "yellow", None, "plated"),  # acciaio dorato (PVD)
    "BRONZE": ("bronze", "bronze", None, "yellow14"),
}

# stone code -> (truth gemstone, stone colour, renderer stone, rgb override)
TSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 70, 180)),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "pearl": ("pearl", "white", "pearl", None),
    "ruby": ("ruby", "red", "ruby", None),
    "emerald": ("emerald", "green", "emerald", None),
    "blue sapphire": ("sapphire", "blue", "sapphire", None),
    "pink sapphire": ("sapphire", "pink", "pink sapphire", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "blue topaz": ("topaz", "blue", "topaz", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "garnet": ("garnet", "red", "garnet", None),
    "onyx": ("onyx", "black", "onyx", None),
    "turquoise": ("turquoise", "blue", "topaz", (64, 190, 190)),
    "lapis": ("lapis lazuli", "blue", "sapphire", (30, 50, 140)),
}

# --- reading the finished fields ------------------------------------------------------

def plain(s: str) -> str:
    t = re.sub(r"<[^>]+>", " ", s or "")
    t = html.unescape(t).replace("\\n", " ")
    return re.sub(r"\s+", " ", t).strip().lower()


_PLATED = (r"placcat[oa] (in )?oro( (giallo|rosa))?|bagno (d'oro|oro)|dorat[oaie]|rosat[oaie]|"
           r"(2[24]k |18k |14k )?(rose |yellow )?gold[ -](plated|vermeil|filled)|vermeil|επιχρυσ\w*|pvd")
_KARAT = r"(?<![\d.,])(9|14|18|22|24)\s?(k|kt|ct|kr|carati|καράτια)\b"


def metal_kinds(t):
    kinds = set()
    plated = re.search(_PLATED, t)
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"acciaio|stainless|\bsteel\b|316l", t):
        kinds.add("steel")
    if plated and "steel" not in kinds:
        kinds.add("plated")
    if re.search(r"bronz[oe]", rest):
        kinds.add("bronze")
    if re.search(r"platino|platinum|\bpt ?950\b", rest):
        kinds.add("platinum")
    if re.search(r"argento|silver|\b925\b|sterling|ασήμι|ασημένι\w*|ασημι", rest):
        kinds.add("silver")
    if re.search(r"\boro\b|d'oro|\bgold\b|χρυσ\w*|" + _KARAT + r"|(?<![\d.,])(750|585|375)(?!\d)", rest):
        kinds.add("gold")
    return kinds


def metal_colours(t):
    cols = set()
    if re.search(r"(placcat[oa] (in )?oro|bagno (d'oro|oro)) rosa|rosat[oaie]|rose gold[ -](plated|vermeil)", t):
        cols.add("rose")
    elif re.search(_PLATED, t) and not re.search(r"acciaio|steel", t):
        cols.add("yellow")
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"acciaio dorato|pvd|gold[ -]tone steel", t):
        cols.add("yellow")
    if re.search(r"colore oro:[^.]*\bgiallo\b|oro giallo|yellow gold|\b(kt|k) giallo|colore:? giallo|\bgiallo\b", rest):
        cols.add("yellow")
    if re.search(r"(?<![\d.,])(22|24)\s?(k|kt|ct|carati)\b", rest):
        cols.add("yellow")
    if re.search(r"colore oro:[^.]*\brosa\b|oro rosa|rose gold|pink gold|\b(kt|k) rosa|colore:? rosa", rest):
        cols.add("rose")
    if re.search(r"colore oro:[^.]*\bbianco\b|oro bianco|white gold|\b(kt|k) bianco|colore:? bianco|platino|platinum", rest):
        cols.add("white")
    if re.search(r"argento|silver|\b925\b|sterling|ασήμι|ασημένι\w*|acciaio|stainless|\bsteel\b|316l", rest):
        cols.add("silver")
    if re.search(r"bronz[oe]", rest):
        cols.add("bronze")
    return cols


def karats(t):
    t = re.sub(r"(2[24]|18|14|9)\s?(k|kt|ct|carati)\s+(rose\s+|yellow\s+)?gold[ -]?(vermeil|plated|filled)", " ", t)
    t = re.sub(r"(placcat[oa]|bagno) (in )?oro (\d+ ?kt?)", " ", t)
    ks = {int(m.group(1)) for m in re.finditer(_KARAT, t)}
    for code, k in (("750", 18), ("585", 14), ("375", 9)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d])", t):
            ks.add(k)
    return ks


GEMS = [
    ("cubic zirconia", r"zircon[ie]|zirconia|\bcz\b|cubic zirconia"),
    ("diamond", r"diamant[ie]|diamond|brillant[ei](?! taglio)|\bvs\d?\b|\bg ?vs\b"),
    ("ruby", r"rubin[oi]|\bruby|rubies"),
    ("emerald", r"smeraldi|smeraldo|emerald"),
    ("sapphire", r"zaffir[oi]|sapphire"),
    ("pearl", r"\bperl[ae]\b|pearls?\b|μαργαριτάρι\w*"),
    ("amethyst", r"ametist[ae]|amethyst"),
    ("topaz", r"topazi?o?|topaz"),
    ("aquamarine", r"acquamarin[ae]|aquamarine"),
    ("garnet", r"granat[oi]|garnet"),
    ("onyx", r"onic[ei]|\bonyx"),
    ("turquoise", r"turches[ei]|turquoise"),
    ("lapis lazuli", r"lapislazzul[oi]|lapis"),
]


def gems(t):
    # cuts are not stones: "taglio brillante", "taglio smeraldo", "diamond cut", "diamantata"
    t = re.sub(r"taglio (brillante|smeraldo|princess|cuore)|(emerald|brilliant|diamond)[ -]cut|diamantat[oaie]", " ", t)
    return {g for g, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"senza pietre|oro liscio|\bliscia?\b|no stones?|without stones|plain|metal only", t))


INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
            "diamond": "white", "cubic zirconia": "white", "onyx": "black", "turquoise": "blue", "lapis lazuli": "blue"}
COLOUR_WORDS = {"blue": r"blu|azzurr[oi]|blue|μπλε", "pink": r"\brosa\b|pink", "green": r"verd[ei]|green",
                "white": r"bianc[hoaie]+|white", "black": r"ner[oaie]|black", "red": r"ross[oaie]|red"}

CATS = {
    "ring": r"(?<!orecchini )\banell[oi]\b|(?<!ear)\brings?\b|chevalier|veretta|\bfed[ei]\b|fedin[ae]|solitario|trilogy|δαχτυλίδι|δακτυλίδι",
    "engagement ring": r"solitario|trilogy|fidanzamento|engagement",
    "wedding band": r"\bfed[ei]\b|fedin[ae]|wedding band|wedding ring|βέρ",
    "earrings": r"orecchin[oi]|\bcerchi\b|creol[ei]|\blobo\b|pendenti|earrings?|\bstuds?\b|hoops?|huggies?|σκουλαρίκι\w*",
    "pendant": r"punto luce|ciondol[oi]|medagli[ae]|pendant|charm|μενταγιόν|φυλαχτό",
    "necklace": r"collan[ae]|girocollo|collier|necklace|κολιέ",
    "choker": r"girocollo|choker",
    "chain": r"caten[ae]|catenin[ae]|\bchains?\b|αλυσίδα",
    "bracelet": r"braccial[ei]|bracelet|βραχιόλι",
    "bangle": r"rigid[oi]|bangle|\bcuff\b|schiava|χειροπέδα",
    "anklet": r"cavigliera|anklet|βραχιόλι ποδιού",
    "brooch": r"spill[ae]|brooch|καρφίτσα",
}


def scan(t):
    return {"kinds": metal_kinds(t), "cols": metal_colours(t), "karats": karats(t), "gems": gems(t),
            "plain": states_no_stone(t)}


KIND_OF = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
           "platinum": "platinum", "gold plated silver": "plated", "stainless steel": "steel",
           "gold plated steel": "steel", "bronze": "bronze"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pat = dict(GEMS)[gem]
    if not re.search(pat, gems_text(t)):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOUR_WORDS.get(colour, colour), t))


def gems_text(t):
    return re.sub(r"taglio (brillante|smeraldo|princess|cuore)|(emerald|brilliant|diamond)[ -]cut|diamantat[oaie]", " ", t)


def read_evidence(truth, fields, has_photo, traps=(), may_mention=()):
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    col_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    kar_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gem_ok = {gem} | set(truth.get("gemstone_options") or []) | set(truth.get("other_stones") or []) | set(may_mention)
    kinds_ok = {KIND_OF[m] for m in metal_opts}
    if "plated" in kinds_ok:
        kinds_ok |= {"silver", "gold"}
    if "steel" in kinds_ok and "gold plated steel" in metal_opts:
        kinds_ok |= {"gold"}
    cols_ok = set(col_opts)
    if metal_opts & {"gold plated silver"}:
        cols_ok.add("silver")
    if "gold plated steel" in metal_opts:
        cols_ok.add("silver")
    for ch, raw in fields.items():
        t = plain(raw)
        d = scan(t)
        if re.search(CATS[truth["category"]], t):
            ev["category"].append(ch)
        if KIND_OF[truth["metal"]] in d["kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["cols"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, gem, truth["stone_color"]):
            ev["stone_color"].append(ch)
        m = t
        for ph in traps:
            m = m.replace(ph.lower(), " ")
        d = scan(m)
        for what, got, ok in (("metal", d["kinds"], kinds_ok), ("colour", d["cols"], cols_ok),
                              ("karat", d["karats"], kar_opts), ("gems", d["gems"], gem_ok)):
            if got - ok:
                problems.append(f"{ch}: {what} {sorted(got - ok)} vs {sorted(ok)}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth["stone_color"]:
            ev["stone_color"].append("photo")
    return ev, problems


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float
    regular: float | None = None
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


def truth_record(p, vs, names, currency):
    metal, col, karat, _ = TMETALS[p["code"]]
    gem, scol, _, _ = TSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {TMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({TSTONES[v.stone][0] for v in vs})
    if len(go) > 1:
        t["gemstone_options"] = go
    for k in ("other_stones", "for", "traps", "sold_as", "sold_with_chain"):
        if p.get(k) is not None and p.get(k) != []:
            t[k] = p[k]
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
         "regular_price": v.regular if v.regular is not None else v.price,
         "metal": TMETALS[v.code][0], "metal_color": TMETALS[v.code][1], "karat": TMETALS[v.code][2],
         "gemstone": TSTONES[v.stone][0], "stone_color": TSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


def render_spec(kind, style, code, stone, **kw):
    spec = {"kind": kind, "metal": TMETALS[code][3], "stone": TSTONES[stone][2]}
    if TSTONES[stone][3]:
        spec["stone_rgb"] = TSTONES[stone][3]
    if style:
        spec["pendant" if kind == "pendant" else "style"] = style
    spec.update(kw)
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
