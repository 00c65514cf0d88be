"""Shared machinery of the second-round held-out shops (hyd_shop, mel_shop).

Written by the second independent data author.  It reuses the first round's
renderer (render.py), metal table (common.py) and evidence reader
(evidence.py) unchanged; everything about the shops themselves lives in
hyd_shop.py and mel_shop.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

import evidence
from common import METALS, money, slugify  # noqa: F401  (re-exported)

# metal code -> (truth metal, colour, karat, renderer tone)
FMETALS = dict(METALS)
FMETALS["VER"] = METALS["GPS"]      # 18ct gold vermeil on sterling silver
FMETALS["RVER"] = METALS["RGPS"]    # rose gold vermeil

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
FSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "lab": ("diamond", "white", "lab diamond", None),
    "polki": ("polki", "white", "polki", None),
    "kundan": ("kundan", "white", "kundan", None),
    "pearl": ("pearl", "white", "pearl", None),
    "ruby": ("ruby", "red", "ruby", None),
    "emerald": ("emerald", "green", "emerald", None),
    "navratna": ("navratna", "multicolour", "navratna", None),
    "ad": ("cubic zirconia", "white", "cz", None),
    "ad red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "ad green": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "ad pink": ("cubic zirconia", "pink", "cz", (236, 108, 160)),
    "blue sapphire": ("sapphire", "blue", "sapphire", None),
    "pink sapphire": ("sapphire", "pink", "pink sapphire", None),
    "yellow sapphire": ("sapphire", "yellow", "yellow sapphire", None),
    "teal sapphire": ("sapphire", "teal", "sapphire", (22, 122, 126)),
    "green sapphire": ("sapphire", "green", "sapphire", (52, 118, 64)),
    "moissanite": ("moissanite", "white", "moissanite", None),
    "opal": ("opal", "white", "opal", None),
    "black opal": ("opal", "black", "opal", (34, 38, 78)),
    "garnet": ("garnet", "red", "garnet", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "peridot": ("peridot", "green", "peridot", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "blue topaz": ("topaz", "blue", "topaz", None),
    "london topaz": ("topaz", "blue", "topaz", (34, 64, 118)),
    "white topaz": ("topaz", "white", "topaz", (240, 244, 250)),
}


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float
    compare: float | None = None
    grams: float = 0.0
    sku: str = ""
    extra: dict = field(default_factory=dict)


def wchoice(rng, pairs):
    """pairs: [(value, weight), ...]"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def options_text(axes) -> str:
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in axes)


def truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images):
    """The answer-key line (without evidence) for a product plan ``p``."""
    metal, col, karat, _ = FMETALS[p["code"]]
    gem, scol, _, _ = FSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {FMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:  # karat_options lists the karats of the gold variants (silver ones have none)
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({FSTONES[v.stone][0] for v in vs})
    sco = sorted({FSTONES[v.stone][1] for v in vs if FSTONES[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    if p.get("others"):
        t["other_stones"] = p["others"]
    if p.get("lab"):
        t["lab_grown"] = True
    if p.get("for"):
        t["for"] = p["for"]
    if p["cat"] == "pendant" and "sold_with_chain" in p:
        t["sold_with_chain"] = p["sold_with_chain"]
    if p.get("traps"):
        t["traps"] = p["traps"]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant")}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
         ("regular_price" if currency == "AUD" else "compare_at_price"): (v.compare or v.price) if currency == "AUD" else v.compare,
         "metal": FMETALS[v.code][0], "metal_color": FMETALS[v.code][1], "karat": FMETALS[v.code][2],
         "gemstone": FSTONES[v.stone][0], "stone_color": FSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


def read_evidence(truth, fields, has_photo, may_mention=(), traps=()):
    """evidence.py's reader on the finished fields.  ``traps`` are phrases the
    shop wrote that read like another metal / stone but are not (a colour name
    "Ruby" for a red AD stone, "Diamond Cut" chain): they are masked for the
    contradiction check only; the evidence itself comes from the real text."""
    ev, _ = evidence.evidence(truth, fields, has_photo, may_mention)
    masked = {}
    for ch, txt in fields.items():
        for ph in traps:
            txt = re.sub(re.escape(ph), " ", txt, flags=re.I)
        masked[ch] = txt
    _, problems = evidence.evidence(truth, masked, has_photo, may_mention)
    return ev, problems


# --- writers ---------------------------------------------------------------------------

def write_csv(path, header, rows, bom=False, php_quoting=False):
    buf = io.StringIO()
    if php_quoting:
        buf.write(",".join(php_field(h) for h in header) + "\n")
        for r in rows:
            buf.write(",".join(php_field(str(r.get(h, ""))) for h in header) + "\n")
    else:
        w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(buf.getvalue())


def php_field(s: str) -> str:
    if s == "":
        return ""
    if any(c in s for c in ',"\\ \t\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def stats(truths, label):
    """Where facts are stated (text channels only; photo counted separately)."""
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
            k = tx("karat")
            if not k:
                c["karat nowhere"] += 1
            elif "title" not in k:
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
