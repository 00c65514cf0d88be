"""Shared machinery of the eighth-round held-out shops (mex_shop, jnb_shop).

Written by the eighth independent data author.  It imports the earlier
rounds' renderer (render.py), tables and answer-key builder (fresh_common.py)
and evidence reader (evidence.py) unchanged.  What is new here:

* metal codes for 10K gold (Mexico) and stones the earlier tables lack
  (fire opal = opal coloured orange, tanzanite = a new gemstone, violet);
* a per-language normaliser: the Spanish / Afrikaans text of a listing is
  read into the English keywords evidence.py knows BEFORE evidence is read,
  so the recorded evidence says where a Spanish or Afrikaans reader would
  find the fact.  The export itself keeps the shop's own words;
* a generic product planner (where each fact is written, variants, prices);
* writers for Shopify's 2024+ admin export (URL handle / Description /
  Product image URL, a market price column and category metafields) and for
  WooCommerce 9.2+ (GTIN column, spreadsheet-injection guard on `-1`).
"""

from __future__ import annotations

import os
import random
import re

import evidence
import fresh_common
import render
from fresh_common import FMETALS, FSTONES, Variant, money, slugify, truth_record, wchoice  # noqa: F401

# --- table extensions (added at import time; the imported modules are not edited) -------------
FMETALS.setdefault("Y10", ("yellow gold", "yellow", 10, "yellow14"))
FMETALS.setdefault("W10", ("white gold", "white", 10, "white"))
FMETALS.setdefault("R10", ("rose gold", "rose", 10, "rose"))
FSTONES.setdefault("fire opal", ("opal", "orange", "opal", (232, 112, 40)))
FSTONES.setdefault("tanzanite", ("tanzanite", "violet", "sapphire", (92, 74, 178)))
FSTONES.setdefault("cz", ("cubic zirconia", "white", "cz", None))
FSTONES.setdefault("mozambique garnet", ("garnet", "red", "garnet", None))

# stones that name their colour although evidence.py does not know them
EXTRA_GEM = {"tanzanite": r"tanzanite"}
EXTRA_INHERENT = {("opal", "orange"): r"fire opal", ("tanzanite", "violet"): r"tanzanite"}


def read_evidence_i18n(truth, fields, has_photo, normalize, may_mention=(), traps=()):
    """Evidence on the shop's own words, read through the language normaliser."""
    norm = {}
    for ch, raw in fields.items():
        norm[ch] = normalize(evidence.plain(raw))
    ntraps = [normalize(evidence.plain(t)) for t in traps]
    ev, problems = fresh_common.read_evidence(truth, norm, has_photo, may_mention, ntraps)
    gem = truth["gemstone"]
    for ch in evidence.CHANNELS:
        if ch not in norm:
            continue
        t = norm[ch]
        if gem in EXTRA_GEM and re.search(EXTRA_GEM[gem], t) and ch not in ev["gemstone"]:
            ev["gemstone"].append(ch)
        pat = EXTRA_INHERENT.get((gem, truth.get("stone_color")))
        if pat and re.search(pat, t) and ch not in ev["stone_color"]:
            ev["stone_color"].append(ch)
        for g, pat2 in EXTRA_GEM.items():
            if g != gem and g not in (truth.get("gemstone_options") or []) and re.search(pat2, t):
                problems.append(f"{ch}: gem {g} vs {gem}")
    order = {c: i for i, c in enumerate(evidence.CHANNELS + ("photo",))}
    for k in ev:
        ev[k] = sorted(set(ev[k]), key=lambda c: order[c])
    return ev, problems


def subs(table):
    """[(regex, replacement), ...] -> a function applying them in order."""
    comp = [(re.compile(a), b) for a, b in table]

    def f(t):
        for rx, b in comp:
            t = rx.sub(b, t)
        return t
    return f


# --- planning ---------------------------------------------------------------------------------

def D(key, cat, n, names, style, metals, stones, grams, types, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, style=style, metals=metals, stones=stones, grams=grams,
             types=types, axes=list(axes))
    d.update(kw)
    return d


def make_product(shop, rng, d, i, serial):
    cat = d["cat"]
    p = {"serial": serial, "cat": cat, "d": d, "i": i, "traps": [], "others": []}
    p["name"] = d["names"][i % len(d["names"])]
    p["code"] = wchoice(rng, d["metals"])
    p["stone"] = wchoice(rng, d["stones"])
    shop.fix(rng, p)
    code, stone = p["code"], p["stone"]
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        a = shop.axis(rng, p, ax)
        if a:
            axes.append(a)
    p["axes"] = axes[:3]
    g0 = round(rng.uniform(*d["grams"]), 2)
    p["carat"] = shop.carat(rng, p)
    variants = []
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    for combo in combos:
        vc, vs, f = code, stone, 1.0
        for val, mod in combo:
            vc = mod.get("code", vc)
            vs = mod.get("stone", vs)
            f *= mod.get("f", 1.0)
        grams = g0 * f
        price = shop.price(p, vc, vs, grams, f)
        variants.append(Variant([v for v, _ in combo], vc, vs, price, None, grams))
    if rng.random() < shop.SALE_SHARE:
        disc = rng.choice(shop.DISCOUNTS)
        for v in variants:
            v.compare = v.price
            v.price = shop.round_price(v.price * (1 - disc))
    p["variants"] = variants
    # where is each fact written?
    names = [a[0] for a in p["axes"]]
    metal_axis = any(a[2] if len(a) > 2 else False for a in p["axes"])
    stone_axis = any(n in shop.STONE_AXES for n in names)
    col_loc = wchoice(rng, shop.COLOUR_LOCS)
    if any(n in shop.METAL_AXES for n in names) and rng.random() < 0.7:
        col_loc = "options"
    kar_loc = wchoice(rng, shop.KARAT_LOCS)
    if col_loc == "options":
        kar_loc = rng.choice(["title", "body", "none"])
    st_loc = None
    if stone:
        st_loc = wchoice(rng, shop.STONE_LOCS)
        if stone_axis and rng.random() < 0.75:
            st_loc = "options"
    cat_loc = wchoice(rng, shop.CAT_LOCS)
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    del metal_axis
    shop.write_listing(rng, p)
    return p


def plan_shop(shop, seed):
    rng = random.Random(seed)
    prods = []
    serial = shop.SERIAL0
    for d in shop.DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(2)
            prods.append(make_product(shop, rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    live, dr, arch = shop.STATUSES
    for k in idx:
        prods[k]["status"] = live
    for k in idx[:shop.N_DRAFT]:
        prods[k]["status"] = dr
    for k in idx[shop.N_DRAFT:shop.N_DRAFT + shop.N_HIDDEN]:
        prods[k]["status"] = arch
    broken = set(idx[shop.N_DRAFT + shop.N_HIDDEN:shop.N_DRAFT + shop.N_HIDDEN + shop.N_BROKEN])
    return prods, broken


def options_of(p):
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals, *_ in p["axes"])


def finish_truth(shop, p, names, is_broken, main_spec, image, image_url, extra, type_text):
    vs = p["variants"]
    p["shop_category"] = p["type"]
    truth = truth_record(p, vs, names, shop.CURRENCY, is_broken, main_spec, image, image_url, extra)
    if shop.PLATFORM == "woo":
        for tv, v in zip(truth["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
    fields = {"title": p["title"], "body": p["body"], "type": type_text, "tags": ", ".join(p["tags"]),
              "options": options_of(p)}
    ev, problems = read_evidence_i18n(truth, fields, not is_broken, shop.normalize, p.get("may", ()), p["traps"])
    if problems:
        raise SystemExit(f"{shop.CODE} {p['handle']}: contradictions {problems}\n{fields}")
    truth["evidence"] = ev
    return truth


def spec_for(shop, p, code, stone):
    spec = {"kind": p["cat"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    shop.style(p, spec, stone)
    return spec


def image_plan(shop, p, prng, is_broken, main_name, broken_name, extra_name, var_name, seed_base):
    """[(filename, spec or None, seed)], {option value: filename}, index of the axis with images."""
    main_spec = spec_for(shop, p, p["code"], p["stone"])
    imgs = []
    if is_broken:
        imgs.append((broken_name, None, None))
    else:
        imgs.append((main_name, main_spec, seed_base + p["serial"]))
    var_img, axis_idx = {}, None
    for a, (nm, vals, *_) in enumerate(p["axes"]):
        if any("code" in mod or "stone" in mod for _, mod in vals):
            looks = {(FMETALS[mod.get("code", p["code"])][3], FSTONES[mod.get("stone", p["stone"])][2],
                      FSTONES[mod.get("stone", p["stone"])][3]) for _, mod in vals}
            if len(looks) > 1:
                axis_idx = a
                break
    if axis_idx is not None and not is_broken:
        nm, vals, *_ = p["axes"][axis_idx]
        var_img[vals[0][0]] = imgs[0][0]
        for j, (val, mod) in enumerate(vals[1:], 1):
            sp = spec_for(shop, p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
            fn = var_name(val)
            imgs.append((fn, sp, seed_base + p["serial"] * 7 + 31 * j))
            var_img[val] = fn
    if not is_broken and prng.random() < 0.25:
        sp = dict(main_spec)
        sp["background"] = prng.choice(render.BACKGROUNDS)
        imgs.append((extra_name, sp, seed_base + 500000 + p["serial"]))
    return imgs, var_img, axis_idx, main_spec
