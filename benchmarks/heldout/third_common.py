"""Shared machinery of the third-round held-out shops (chn_shop, dxb_shop).

Written by the third independent data author.  It imports the earlier
rounds' renderer (render.py), tables (common.py, fresh_common.py) and evidence
reader (evidence.py) unchanged.  What this round adds lives here:

* metals the earlier tables lack: gold-plated brass ("gold covering",
  "1 gram gold", the imitation jewellery of South India) and 21K gold;
* stones: kemp (the red / green glass-like stones of Tamil temple
  jewellery; not ruby, not emerald), lab-grown diamonds keep ``lab``;
* a reading of regional words (Tamil, Gulf-Arabic trade English) before the
  evidence scanner sees the text, so that "Vaira Mookuthi" states a diamond
  nose pin the way a Chennai shopper reads it;
* the Shopify 2025 admin export header and its structural self-check.
"""

from __future__ import annotations

import csv
import os
import re

import evidence
import fresh_common
from fresh_common import FMETALS, FSTONES

# --- vocabulary this round adds (registered in the shared tables at import) -----------------
# metal code -> (truth metal, colour, karat, renderer tone)
NEW_METALS = {
    "GPB": ("gold plated brass", "yellow", None, "plated"),
    "Y21": ("yellow gold", "yellow", 21, "yellow22"),
}
# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
NEW_STONES = {
    "kemp red": ("kemp", "red", "ruby", (170, 14, 38)),
    "kemp green": ("kemp", "green", "emerald", (14, 112, 58)),
    "red stone": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "green stone": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "lab": ("diamond", "white", "lab diamond", None),
    "citrine": ("citrine", "yellow", "yellow sapphire", (232, 168, 40)),
    "tanzanite": ("tanzanite", "blue", "sapphire", (72, 60, 170)),
}
for _k, _v in NEW_METALS.items():
    FMETALS.setdefault(_k, _v)
for _k, _v in NEW_STONES.items():
    FSTONES.setdefault(_k, _v)

# Categories outside the earlier answer-key list (few products; see SHOP.md).
EXTRA_CATEGORY_PATTERNS = {
    "waist belt": r"oddiyanam|vaddanam|waist ?belt|kamarband|hip belt",
    "hair ornament": r"rakkodi|jadai|hair ornament|hair jewel|choti",
}

# Regional words -> the English a reader understands by them (appended, never replacing the
# original word, so the scanner sees both).  Only plain, unambiguous glosses.
GLOSS = [
    (r"\bvaira(m)?\b|\bvairam\b", "diamond"),
    (r"\bmuthu\b", "pearl"),
    (r"\bmaragat?ham\b|\bmaragadham\b", "emerald"),
    (r"\bmaa?nick?am\b|\bmanikkam\b", "ruby"),
    (r"\bpushparagam\b", "yellow sapphire"),
    (r"\bvelli\b", "silver"),
    (r"\bthangam\b", "gold"),
    (r"\bjimikk?i\b", "jhumka earrings"),
    (r"\bkammal\b|\bthodu\b", "earrings"),
    (r"\bvalayal\b", "bangles"),
    (r"\bsangili\b|\bvadam\b", "chain"),
    (r"\bthaa?li\b|\bthirumangalyam\b|\bmangalyam\b", "mangalsutra"),
    (r"\bdollar\b", "pendant"),
    (r"\bmookuthi\b|\bbulakku\b|\bnathu\b", "nose pin"),
    (r"\bneth?t?i ?chutti\b", "maang tikka"),
    (r"\bmodhiram\b|\bmothiram\b", "ring"),
    (r"\bkolusu\b|\bgolusu\b", "anklets"),
    (r"\bkai chain\b", "bracelet"),
    (r"\bsaree pin\b", "brooch"),
    (r"\baddigai\b|\battigai\b|\baddigal\b", "choker"),
    (r"\bmalai\b|\bmaalai\b|\bhaaram\b|\baaram\b", "necklace"),
    (r"\bkaapu\b|\bkappu\b", "kada"),
    # Gulf Arabic trade words (Dubai shop)
    (r"\biswara\b|\basawir\b", "bangles"),
    (r"\bhijool\b|\bhijl\b", "anklets"),
    (r"\bmertaa?sha\b", "choker"),
    (r"\bkhatim\b", "ring"),
    (r"\btawq\b|\bqilada\b", "necklace"),
    (r"\bkhizama?\b", "nose pin"),
    (r"\bhalaq\b|\bshaghab\b", "earrings"),
    (r"\blulu\b", "pearl"),
    (r"\bhijab pin\b", "brooch"),
]

# 21 karat gold (Gulf): evidence.py reads 9 / 10 / 14 / 18 / 22 / 24 only.
K21 = r"(?<![\d.,])21\s?(k|kt|ct|karat|carat)\b|(?<![\d.,])875(?![\d])"

# Plated-metal phrases of this round -> the wording evidence.py knows for plating.
PLATING = r"gold[ -]covering|(?:1|one)[ -]gram[ -]gold|micro[ -]gold[ -]plated|micro[ -]plated|imitation gold"

KEMP = r"\bkempu?\b"


def gloss(text: str) -> str:
    t = evidence.plain(text)
    t = re.sub(PLATING, "gold plated", t)
    extra = [en for pat, en in GLOSS if re.search(pat, t)]
    return (t + " " + " ".join(extra)).strip() if extra else t


def read_evidence(truth, fields, has_photo, may_mention=(), traps=()):
    """evidence.py's reader on the glossed fields, with this round's additions.

    Returns (evidence, problems).  ``traps`` are masked for the contradiction
    check only.  Gold-plated brass is read like gold-plated silver by
    evidence.py (a plating), plus a check that no channel calls it silver.
    Kemp is stated by the word kemp / kempu; its colour by red / green next to it.
    """
    g = {ch: gloss(txt) for ch, txt in fields.items()}
    proxy = dict(truth)
    cat = truth["category"]
    if cat in EXTRA_CATEGORY_PATTERNS:
        proxy["category"] = "brooch"
    brass = truth["metal"] == "gold plated brass" or "gold plated brass" in (truth.get("metal_options") or [])
    if truth["metal"] == "gold plated brass":
        proxy["metal"] = "gold plated silver"
    if truth.get("metal_options"):
        proxy["metal_options"] = ["gold plated silver" if m == "gold plated brass" else m for m in truth["metal_options"]]
    kemp = truth["gemstone"] == "kemp"
    if kemp:
        proxy["gemstone"] = "none"
        proxy["stone_color"] = None
    if truth.get("gemstone_options"):
        proxy["gemstone_options"] = [x for x in truth["gemstone_options"] if x != "kemp"]
    ev, problems = fresh_common.read_evidence(proxy, g, has_photo, may_mention, traps)
    if cat in EXTRA_CATEGORY_PATTERNS:
        ev["category"] = [ch for ch in evidence.CHANNELS if ch in g and re.search(EXTRA_CATEGORY_PATTERNS[cat], g[ch])]
        if has_photo:
            ev["category"].append("photo")
    if kemp:
        ev["gemstone"] = [ch for ch in evidence.CHANNELS if ch in g and re.search(KEMP, g[ch])]
        ev["stone_color"] = [ch for ch in ev["gemstone"] if re.search(r"\b" + truth["stone_color"] + r"\b", g[ch])]
        if has_photo:
            ev["stone_color"].append("photo")
    karats = set(truth.get("karat_options") or [truth["karat"]])
    for ch in evidence.CHANNELS:
        if ch in g and re.search(K21, g[ch]):
            if 21 in karats:
                if truth["karat"] == 21:
                    ev["karat"].append(ch)
                    if truth["metal_color"] == "yellow" and ch not in ev["metal_color"]:
                        ev["metal_color"].insert(len([c for c in ev["metal_color"] if c != "photo"]), ch)
            elif not any(re.search(re.escape(ph.lower()), g[ch]) for ph in traps):
                problems.append(f"{ch}: 21K named, truth {karats}")
    for key in ev:
        ev[key] = [c for c in evidence.CHANNELS + ("photo",) if c in ev[key]]
    masked = {}
    for ch, t in g.items():
        for ph in traps:
            t = re.sub(re.escape(ph.lower()), " ", t)
        masked[ch] = t
    for ch, t in masked.items():
        if brass and "silver" in evidence.metal_kinds(t) and "gold plated silver" not in (truth.get("metal_options") or []):
            problems.append(f"{ch}: silver named on gold-plated brass")
        if re.search(KEMP, t) and "kemp" not in ([truth["gemstone"]] + (truth.get("gemstone_options") or [])) \
                and "kemp" not in (truth.get("other_stones") or []):
            problems.append(f"{ch}: kemp named, truth {truth['gemstone']}")
        if kemp and re.search(r"\bred\b", t) and re.search(r"\bgreen\b", t) is None and truth["stone_color"] == "green" \
                and "red" not in (truth.get("stone_color_options") or []):
            problems.append(f"{ch}: red kemp named, truth green")
    return ev, problems


# --- Shopify 2025 admin export ---------------------------------------------------------------

# Column names of the product CSV as Shopify's admin exports it since the 2024-25 rename
# (help.shopify.com "Using CSV files to import and export products"; see chn_shop/SHOP.md).
SHOPIFY_2025_HEADER = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
    "Published on online store", "Status", "SKU", "Barcode",
    "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value", "Option2 Linked To",
    "Option3 name", "Option3 value", "Option3 Linked To",
    "Price", "Compare-at price", "Cost per item", "Charge tax", "Tax code",
    "Unit price total measure", "Unit price total measure unit", "Unit price base measure", "Unit price base measure unit",
    "Inventory tracker", "Inventory quantity", "Continue selling when out of stock",
    "Weight value (grams)", "Weight unit for display", "Requires shipping", "Fulfillment service",
    "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
    "SEO title", "SEO description",
    "Included / India", "Price / India", "Compare-at price / India",
    "Included / International", "Price / International", "Compare-at price / International",
]


def selfcheck_shopify_2025(path, truths, images=True):
    """Parse the export again and compare it with the answer key."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by = {}
    for r in rows:
        by.setdefault(r["URL handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        vr = [r for r in rs if r["Price"]]
        assert len(vr) == t["variants"], t["handle"]
        prices = [float(r["Price"]) for r in vr]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"] == t["status"], t["handle"]
        imgs = [r["Product image URL"] for r in rs if r["Product image URL"]]
        assert imgs[0] == t["image_url"], t["handle"]
        for u in imgs:
            fn = u.rsplit("/files/", 1)[1].split("?")[0]
            exists = os.path.exists(os.path.join(os.path.dirname(path), "images", fn))
            if images and u == t["image_url"]:
                assert exists != t["image_broken"], u
            elif images:
                assert exists, u
    return rows
