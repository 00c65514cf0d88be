"""Shared machinery of the eleventh held-out round (mun_shop: Munich, German,
Shopify, EUR; jkt_shop: Jakarta, Indonesian, WooCommerce, IDR).

Written by the eleventh independent data author.  The renderer (render.py)
and the CSV writers of fresh_common.py are imported unchanged.  The English
keyword reader of evidence.py cannot read German or Indonesian listings, so
this module carries its own reader with the same conventions (see README,
"Eleventh round"): it reads the finished fields back and reports where each
fact is stated; any contradiction between a written field and the answer key
stops the build (trap phrases are masked for that check only).
"""

from __future__ import annotations

import html
import re
import unicodedata

from fresh_common import Variant, money, slugify, stats, wchoice, write_csv, write_jsonl  # noqa: F401

# metal code -> (truth metal, colour, karat, renderer tone)
M11 = {
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "Y8": ("yellow gold", "yellow", 8, "yellow14"),      # 333 Gold
    "Y24": ("yellow gold", "yellow", 24, "yellow22"),    # emas 24K / LM
    "Y17": ("yellow gold", "yellow", 17, "yellow18"),    # emas 17K, kadar 70%
    "W17": ("white gold", "white", 17, "white"),
    "R17": ("rose gold", "rose", 17, "rose"),
    "Y10": ("yellow gold", "yellow", 10, "yellow14"),    # emas muda, kadar 42%
    "PT": ("platinum", "white", None, "platinum"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "RHS": ("sterling silver", "silver", None, "silver"),  # 925 Silber rhodiniert
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "RGPS": ("gold plated silver", "rose", None, "rose"),
    "ST": ("stainless steel", "silver", None, "platinum"),  # Edelstahl
    "GPB": ("gold plated brass", "yellow", None, "plated"),  # kuningan sepuh / lapis emas
}

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
S11 = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "lab": ("diamond", "white", "lab diamond", None),
    "moissanite": ("moissanite", "white", "moissanite", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 70, 190)),
    "pearl": ("pearl", "white", "pearl", None),
    "gold pearl": ("pearl", "gold", "pearl", (226, 196, 130)),   # golden South Sea pearl
    "ruby": ("ruby", "red", "ruby", None),
    "emerald": ("emerald", "green", "emerald", None),
    "sapphire": ("sapphire", "blue", "sapphire", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "garnet": ("garnet", "red", "garnet", None),
    "topaz": ("topaz", "blue", "topaz", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "peridot": ("peridot", "green", "peridot", None),
    "agate": ("agate", "red", "garnet", (178, 64, 40)),            # batu akik (red agate)
}

METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "platinum": "platinum",
              "sterling silver": "silver", "gold plated silver": "plated", "stainless steel": "steel",
              "gold plated brass": "plated brass"}


# --- reading ------------------------------------------------------------------------------

def plain(s: str) -> str:
    t = re.sub(r"<[^>]+>", " ", s or "")
    t = html.unescape(t).replace("\\n", " ")
    t = unicodedata.normalize("NFC", t).lower().replace("ß", "ss")
    return re.sub(r"\s+", " ", t).strip()


NUM = r"(?<![\d.,])"
END = r"(?![\d,.]?\d)"
_PLATED = (r"ros[eé][ -]?vergoldet|vergoldet|rosévergoldet|gold[ -]?plated|lapis emas( kuning| rose gold)?|"
           r"lapis rose ?gold|sepuh(an)?( emas)?|gelbvergoldet")


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    if re.search(r"kuningan|\bbrass\b", t):
        k.add("plated brass")
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"platin|\bpt ?950\b", rest):
        k.add("platinum")
    if re.search(r"silber|sterling|" + NUM + r"925" + END + r"|\bperak\b|\bsilver\b", rest):
        k.add("silver")
    if re.search(r"edelstahl|chirurgenstahl|stainless|\b316l\b", rest):
        k.add("steel")
    if re.search(r"gold|\bemas\b|logam mulia|" + NUM + r"(8|9|10|14|17|18|22|24) ?(k|kt|karat|krt)\b|"
                 + NUM + r"(333|585|750|999)" + END + r"|kadar \d", rest):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(r"ros[eé][ -]?vergoldet|lapis rose ?gold|lapis emas rose", t):
        c.add("rose")
    elif re.search(_PLATED, t):
        c.add("yellow")
    rest = re.sub(_PLATED, " ", t)
    if re.search(r"gelbgold|gelb-gold|emas kuning|yellow ?gold|(farbe|warna): ?(gelb|kuning)|" + NUM + r"24 ?(k|kt|karat)\b|"
                 + NUM + r"999" + END + r"|logam mulia|\blm\b|99[,.]99", rest):
        c.add("yellow")
    if re.search(r"weissgold|weiss-gold|emas putih|white ?gold|(farbe|warna): ?(weiss|putih)|platin|\bpt ?950\b", rest):
        c.add("white")
    if re.search(r"ros[eé] ?gold|rotgold|(farbe|warna): ?(ros[eé]|rosa)|emas merah muda", rest):
        c.add("rose")
    if re.search(r"silber|sterling|" + NUM + r"925" + END + r"|\bperak\b|\bsilver\b|edelstahl|stainless|\b316l\b", rest):
        c.add("silver")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(NUM + r"(8|9|10|14|17|18|22|24) ?(k|kt|karat|krt)\b", t):
        ks.add(int(m.group(1)))
    for code, k in (("333", 8), ("585", 14), ("750", 18), ("999", 24)):
        if re.search(NUM + code + END, t):
            ks.add(k)
    for pct, k in (("70", 17), ("75", 18), ("42", 10), ("99", 24)):
        if re.search(r"kadar ?" + pct + r"([,.]\d+)? ?%", t):
            ks.add(k)
    if re.search(r"logam mulia|\blm\b|99[,.]99 ?%", t):
        ks.add(24)
    return ks


GEMS = [
    ("cubic zirconia", r"zirkon|zircon|\bcz\b"),
    ("moissanite", r"moissan"),
    ("diamond", r"diamant|brillant|berlian|diamond|\bintan\b"),
    ("pearl", r"perle|\bperl\b|mutiara|pearl"),
    ("ruby", r"\brubin|\bruby\b|\brubi\b"),
    ("emerald", r"smaragd|zamrud|emerald"),
    ("sapphire", r"saphire?\b|\bsafir\b|sapphire"),
    ("amethyst", r"amethyst|ametis|kecubung"),
    ("garnet", r"granat|garnet"),
    ("topaz", r"topas|topaz"),
    ("aquamarine", r"aquamarin"),
    ("peridot", r"peridot"),
    ("agate", r"\bakik\b|\bachat|\bagate"),
]


def gems(t):
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"ohne stein|ohne steine|\bpolos\b|tanpa batu|\bplain\b", t))


COLOURS = {"red": r"\brot\b|\brote[nrs]?\b|rubinrot|\bmerah\b(?! muda)|\bred\b",
           "green": r"gr(ü|ue)n|\bhijau\b|\bgreen\b",
           "blue": r"\bblau|\bbiru\b|\bblue\b",
           "white": r"\bweiss|\bputih\b|\bwhite\b",
           "purple": r"\blila\b|violett|\bungu\b|purple",
           "gold": r"golden\b|\bgoldfarben|\bgold\b(?= ?(pearl|perle|mutiara))|mutiara (laut selatan )?gold|\bkeemasan"}
INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
            "peridot": "green", "diamond": "white", "cubic zirconia": "white", "moissanite": "white",
            "aquamarine": "blue"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pats = dict(GEMS)
    if not re.search(pats[gem], t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOURS.get(colour, r"$^"), t))


CATS = {
    "ring": r"(?<!ohr)(?<!trau)(?<!ehe)(?<!verlobungs)ringe?\b|\bring\b|\bcincin\b|\brings\b",
    "engagement ring": r"verlobung|antragsring|solit(ä|ae)r|tunangan|lamaran|engagement|proposal",
    "wedding band": r"trauring|ehering|partnerring|hochzeitsring|cincin kawin|cincin nikah|wedding|couple ring",
    "necklace": r"collier|perlenkette|choker|\bkalung\b|necklace",
    "chain": r"(?<!perlen)(?<!fuss)kette[n]?\b|\brantai\b|\bchain\b|\bkalung\b",
    "pendant": r"anh(ä|ae)nger|medaillon|liontin|bandul|pendant|\bloket\b",
    "earrings": r"ohrring|ohrstecker|ohrh(ä|ae)nger|creole|ohrschmuck|\banting\b|giwang|subang|earring|\bstuds?\b|\bstecker\b|hoops?",
    "bracelet": r"armband|armkette|armb(ä|ae)nder|gelang(?! kaki| keroncong| kroncong| bangle)|bracelet",
    "bangle": r"armreif|armspange|keroncong|kroncong|bangle",
    "anklet": r"fusskett|gelang kaki|anklet",
    "brooch": r"brosche|\bbros\b|brooch",
}

CHANNELS = ("title", "body", "type", "tags", "options")


def evidence(truth, fields, has_photo, traps=(), may_gems=(), may_metals=()):
    """(evidence, problems).  Evidence from the real text; the contradiction
    check runs on the text with the trap phrases masked."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    metal_opts = set(truth.get("metal_options") or [truth["metal"]]) | set(may_metals)
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    colour_opts |= {M11[c][1] for c in truth.get("_other_codes", [])}
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    karat_opts |= {M11[c][2] for c in truth.get("_other_codes", []) if M11[c][2]}
    gem = truth["gemstone"]
    mk = METAL_KIND[truth["metal"]]
    others = set(truth.get("other_stones") or []) | set(may_gems) | set(truth.get("gemstone_options") or [])
    for ch in CHANNELS:
        if ch not in fields:
            continue
        t = plain(fields[ch])
        tm = t
        for ph in traps:
            tm = re.sub(re.escape(plain(ph)), " ", tm)
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
        allowed_k = {METAL_KIND[m] for m in metal_opts}
        if allowed_k & {"plated", "plated brass"}:
            allowed_k |= {"gold", "silver", "plated"}
        bad = metal_kinds(tm) - allowed_k
        if bad:
            problems.append(f"{ch}: metal {bad} vs {metal_opts}")
        allowed_c = set(colour_opts)
        if metal_opts & {"gold plated silver", "stainless steel", "sterling silver"}:
            allowed_c |= {"silver"}
        bad = metal_colours(tm) - allowed_c
        if bad:
            problems.append(f"{ch}: colour {bad} vs {colour_opts}")
        bad = karats(tm) - karat_opts
        if bad:
            problems.append(f"{ch}: karat {bad} vs {karat_opts}")
        bad = gems(tm) - {gem} - others
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


# --- answer key ------------------------------------------------------------------------------

def truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images, woo=False):
    metal, col, karat, _ = M11[p["code"]]
    gem, scol, _, _ = S11[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {M11[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({S11[v.stone][0] for v in vs})
    sco = sorted({S11[v.stone][1] for v in vs if S11[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("other_stones", "other_metals", "price_unit", "for", "traps"):
        if p.get(k):
            t[k] = p[k]
    if p.get("lab"):
        t["lab_grown"] = True
    if p["cat"] == "pendant":
        t["sold_with_chain"] = bool(p.get("sold_with_chain"))
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant")}
    t["extra_images"] = extra_images
    vl = []
    for v in vs:
        d = {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price}
        if woo:
            d["regular_price"] = v.compare or v.price
        else:
            d["compare_at_price"] = v.compare
        d.update({"metal": M11[v.code][0], "metal_color": M11[v.code][1], "karat": M11[v.code][2],
                  "gemstone": S11[v.stone][0], "stone_color": S11[v.stone][1], "grams": round(v.grams, 2)})
        vl.append(d)
    t["variant_list"] = vl
    return t


def render_spec(cat, code, stone, style=None, pendant=None, chain=None):
    kind = {"engagement ring": "engagement ring", "wedding band": "wedding band"}.get(cat, cat)
    spec = {"kind": kind, "metal": M11[code][3], "stone": S11[stone][2]}
    if S11[stone][3]:
        spec["stone_rgb"] = S11[stone][3]
    if style:
        spec["style"] = style
    if cat == "pendant":
        spec["pendant"] = pendant or "round"
        spec["chain"] = bool(chain)
    return spec
