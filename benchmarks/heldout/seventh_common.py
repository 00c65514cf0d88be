"""Shared pieces of the seventh-round held-out shops (kul_shop; nyc_shop if written).

Written by the seventh independent data author.  It reuses render.py,
common.py, evidence.py and fresh_common.py unchanged.  What is new here:

* stone codes the earlier tables lack (jade, red zirconia sold as "delima");
* a Malay / Chinese reading added to evidence.py's English keyword rules, so
  that "emas putih", "cincin", "999", "足金" or "mutiara" count as stating a
  fact (evidence.py alone reads English and Indian words only);
* an answer-key builder like fresh_common.truth_record, over these tables.
"""

from __future__ import annotations

import re

import evidence
from fresh_common import FMETALS, FSTONES, read_evidence  # noqa: F401

SMETALS = dict(FMETALS)
SMETALS.update({
    "Y10": ("yellow gold", "yellow", 10, "yellow14"),
    "GF": ("gold filled", "yellow", None, "plated"),   # 14/20 gold filled: a gold layer on brass, no karat
})

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
SSTONES = dict(FSTONES)
SSTONES.update({
    "jade": ("jade", "green", "emerald", (88, 156, 104)),
    "white jade": ("jade", "white", "pearl", None),
    "red cz": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz": ("cubic zirconia", "white", "cz", None),
    "ruby": ("ruby", "red", "ruby", None),
    "emerald": ("emerald", "green", "emerald", None),
    "white sapphire": ("sapphire", "white", "sapphire", (236, 240, 246)),
    "salt pepper": ("diamond", "grey", "diamond", (150, 150, 156)),
})

# Malay / Chinese words a careful reader of a Malaysian listing takes as stating a fact.
MS_CATEGORY = {
    "ring": r"\bcincin\b|戒指",
    "engagement ring": r"cincin tunang|\btunang\b|solitaire|求婚",
    "wedding band": r"cincin (nikah|kahwin)|belah rotan|\bnikah\b|couple band|wedding band|对戒",
    "necklace": r"\bkalung\b|necklace|项链|\bdokoh\b",
    "pendant": r"\bloket\b|buah rantai|pendant|吊坠|\bcharms?\b",
    "chain": r"rantai leher|\brantai\b(?! tangan| kaki)|\bchain\b|颈链",
    "earrings": r"\bsubang\b|anting|earrings?|耳环|\bstuds?\b|\bhoops?\b|huggies?",
    "bracelet": r"rantai tangan|gelang tangan|\bbracelet\b|手链",
    "bangle": r"\bbangle\b|gelang bangle|手镯|\bgelang\b(?! tangan| kaki)",
    "anklet": r"gelang kaki|rantai kaki|anklet|脚链",
    "brooch": r"kerongsang|\bbrooch\b|胸针",
}
MS_GEMS = {
    "diamond": r"\bberlian\b|钻石|\bintan\b",
    "cubic zirconia": r"zirkonia|\bcz\b|zircon",
    "ruby": r"\bdelima\b|红宝石",
    "sapphire": r"\bnilam\b|蓝宝石",
    "emerald": r"\bzamrud\b|祖母绿",
    "pearl": r"\bmutiara\b|珍珠",
    "jade": r"\bjade\b|\bjed\b|翡翠|玉",
    "moissanite": r"moissanite|莫桑",
}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "ruby": "red", "emerald": "green",
            "pearl": "white", "moissanite": "white"}
COLOUR_MS = {"red": r"\bmerah\b|红", "green": r"\bhijau\b|绿", "white": r"\bputih\b|白", "blue": r"\bbiru\b|蓝",
             "pink": r"\bpink\b|merah jambu"}


def ms_metal(t: str) -> tuple[set, set, set]:
    """(metal kinds, metal colours, karats) stated in Malay / Chinese / purity marks."""
    kinds, cols, ks = set(), set(), set()
    if re.search(r"sadur emas|salut emas|镀金", t):
        kinds.add("plated")
        cols.add("rose" if "rose" in t else "yellow")
    rest = re.sub(r"sadur emas|salut emas|镀金", " ", t)
    if re.search(r"\bperak\b|纯银|925银", rest):
        kinds.add("silver")
        cols.add("silver")
    if re.search(r"\bemas\b|足金|黄金|k金|\bchuk kam\b", rest):
        kinds.add("gold")
    if re.search(r"(?<![\d.])999(?!\d)|emas tulen|足金|chuk kam|\b24k\b", rest):
        kinds.add("gold")
        ks.add(24)
        cols.add("yellow")
    if re.search(r"emas putih|18k ?白金|白金", rest):
        cols.add("white")
    if re.search(r"emas kuning|黄金", rest):
        cols.add("yellow")
    if re.search(r"玫瑰金", rest):
        cols.add("rose")
    return kinds, cols, ks


def add_local_reading(truth: dict, ev: dict, fields: dict, traps=()) -> list:
    """Add the channels where a Malay / Chinese word states a fact; return contradictions."""
    problems = []
    mk = evidence.METAL_KIND[truth["metal"]]
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gem_opts = set(truth.get("gemstone_options") or [gem]) | set(truth.get("other_stones") or [])
    for ch, raw in fields.items():
        t = evidence.plain(raw)
        for ph in traps:
            t = t.replace(ph.lower(), " ")
        kinds, cols, ks = ms_metal(t)
        if re.search(MS_CATEGORY.get(truth["category"], r"$^"), t) and ch not in ev["category"]:
            ev["category"].append(ch)
        if mk in kinds and ch not in ev["metal"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in cols and ch not in ev["metal_color"]:
            ev["metal_color"].append(ch)
        if truth["karat"] in ks and ch not in ev["karat"]:
            ev["karat"].append(ch)
        found = {g for g, pat in MS_GEMS.items() if re.search(pat, t)}
        if gem in found and ch not in ev["gemstone"]:
            ev["gemstone"].append(ch)
        if gem != "none" and ch not in ev["stone_color"] and gem in found:
            col = truth.get("stone_color")
            if INHERENT.get(gem) == col or (col in COLOUR_MS and re.search(COLOUR_MS[col], t)):
                ev["stone_color"].append(ch)
        bad = found - gem_opts
        if bad:
            problems.append(f"{ch}: local gems {bad} vs {gem}")
        allowed_c = set(colour_opts) | ({"silver"} if truth["metal"] == "gold plated silver" else set())
        if cols - allowed_c:
            problems.append(f"{ch}: local colour {cols - allowed_c} vs {colour_opts}")
        if ks - karat_opts:
            problems.append(f"{ch}: local karat {ks - karat_opts} vs {karat_opts}")
    order = ("title", "body", "type", "tags", "options", "photo")
    for k in ev:
        ev[k] = sorted(set(ev[k]), key=order.index)
    return problems


def truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images, woo=True):
    """The answer-key line (without evidence): the schema of the README's "Answer key"."""
    metal, col, karat, _ = SMETALS[p["code"]]
    gem, scol, _, _ = SSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
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
    for key in ("other_stones", "for", "traps"):
        if p.get(key):
            t[key] = p[key]
    if p.get("lab"):
        t["lab_grown"] = True
    if p["cat"] == "pendant" and "sold_with_chain" in p:
        t["sold_with_chain"] = p["sold_with_chain"]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant")}
    t["extra_images"] = extra_images
    price_key = "regular_price" if woo else "compare_at_price"
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
         price_key: (v.compare or v.price) if woo else v.compare,
         "metal": SMETALS[v.code][0], "metal_color": SMETALS[v.code][1], "karat": SMETALS[v.code][2],
         "gemstone": SSTONES[v.stone][0], "stone_color": SSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t
