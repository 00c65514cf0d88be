"""Auckland shop: Kōwhai & Co. Jewellers, Ponsonby Road, Auckland (Lightspeed Retail X-Series, NZD).

Its export is Lightspeed Retail X-Series' (formerly Vend) product export (Catalog > Products >
Export List, CSV): one row per product or variant, variants of a product tied by a shared
`handle`, each with its own `id` and `sku`, `variant_option_one_name` / `_value`,
`product_category`, `tags`, `supply_price`, `retail_price` (excluding GST) with `tax_name` /
`tax_value`, `brand_name`, `supplier_name`, `active`, `active_online`, `track_inventory` and
per-outlet `inventory_<Outlet>` / `reorder_point_<Outlet>` / `restock_level_<Outlet>`.  No
photo column: the owner hands the photos over as a folder of files named by the product's
handle.  See data/heldout/akl_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentyseventh_common import NZ, Variant, evidence, nzd, photo_spec, truth_record, wchoice

CURRENCY = "NZD"
EXPORT_NAME = "product-export-2026-12-02.csv"
OUTLETS = ["Ponsonby_Road", "Online_Store"]
GST = 0.15

HEADER = (["id", "handle", "sku", "composite_name", "composite_sku", "composite_quantity", "name", "description",
           "product_category", "variant_option_one_name", "variant_option_one_value", "variant_option_two_name",
           "variant_option_two_value", "variant_option_three_name", "variant_option_three_value", "tags",
           "active_online", "weight", "weight_unit", "length", "width", "height", "dimensions_unit", "supply_price",
           "retail_price", "tax_name", "tax_value", "account_code", "account_code_purchase", "brand_name",
           "supplier_name", "supplier_code", "active", "track_inventory"]
          + [f"{c}_{o}" for o in OUTLETS for c in ("inventory", "reorder_point", "restock_level")])

RATE = {"Y9": 115, "W9": 122, "Y14": 165, "W14": 175, "Y18": 225, "W18": 235}      # $ / gram incl. GST, made up
STONE_NZD = {None: 0, "diamond": 420, "cz": 20, "pearl": 45, "garnet": 60, "topaz": 70, "sapphire": 380,
             "pounamu": 90, "pounamu inanga": 140, "paua": 30}
SILVER = {"S925": (69, 9.0), "GPS": (79, 11.0)}
GOLDS = ("Y9", "W9", "Y14", "W14", "Y18", "W18")
SILVERISH = ("S925", "GPS")
POUNAMU = ("pounamu", "pounamu inanga")

METAL_NAME = {"Y9": ["9ct Gold", "9ct Yellow Gold", "9K Gold"], "W9": ["9ct White Gold"],
              "Y14": ["14ct Gold", "14ct Yellow Gold"], "W14": ["14ct White Gold"], "Y18": ["18ct Yellow Gold", "18ct Gold"],
              "W18": ["18ct White Gold"], "S925": ["Sterling Silver", "Silver", "925 Silver"],
              "GPS": ["Gold Plated Silver", "Gold Vermeil"]}
BODY_METAL = {
    "Y9": ["Made in solid 9ct yellow gold (375).", "9ct gold, stamped 375."],
    "W9": ["9ct white gold, rhodium plated."],
    "Y14": ["Solid 14ct yellow gold (585).", "14ct gold, stamped 585."],
    "W14": ["14ct white gold (585) with a rhodium finish."],
    "Y18": ["18ct yellow gold (750).", "Solid 18ct gold."],
    "W18": ["18ct white gold (750), rhodium plated."],
    "S925": ["Sterling silver.", "Made in 925 sterling silver.", "Solid sterling silver, stamped 925."],
    "GPS": ["Sterling silver with a thick 14ct gold plating (vermeil).", "Gold plated sterling silver."],
}
STONE_NAME = {"pounamu": ["Pounamu", "Greenstone", "Kawakawa Pounamu", "Flower Jade"], "pounamu inanga": ["Inanga Pounamu", "Inanga"],
              "paua": ["Pāua", "Paua", "Paua Shell"], "diamond": ["Diamond"], "cz": ["CZ", "Cubic Zirconia"],
              "pearl": ["Pearl", "Freshwater Pearl"], "garnet": ["Garnet"], "topaz": ["Blue Topaz"], "sapphire": ["Sapphire"]}
BODY_STONE = {"pounamu": ["Hand carved from genuine New Zealand pounamu (nephrite), authenticated by Ngāi Tahu.",
                          "Deep green kawakawa pounamu from the West Coast, hand carved in Hokitika.",
                          "NZ greenstone - each piece of pounamu is unique in colour and markings."],
              "pounamu inanga": ["Inanga pounamu: the pale, pearly-green greenstone, hand carved on the West Coast.",
                                 "Rare inanga pounamu, pale green and translucent."],
              "paua": ["Set with pāua shell - the colours shift from blue-green to violet.",
                       "Genuine New Zealand paua shell inlay, blue-green."],
              "diamond": ["Set with brilliant cut diamonds.", "Diamonds: G/H colour, SI clarity."],
              "cz": ["Set with clear cubic zirconia."], "pearl": ["White freshwater pearl, about 7mm."],
              "garnet": ["Deep red garnet (January birthstone)."], "topaz": ["Swiss blue topaz."],
              "sapphire": ["Set with a blue sapphire."]}
FORMS = ["Koru", "Hei Tiki", "Manaia", "Toki", "Hei Matau", "Twist", "Roimata", "Silver Fern"]
FORM_MEANING = {"Koru": "The koru, the unfurling fern frond, stands for new beginnings and growth.",
                "Hei Tiki": "The hei tiki is a treasured taonga, a symbol of fertility and good luck.",
                "Manaia": "The manaia is a guardian figure that protects its wearer.",
                "Toki": "The toki (adze) stands for strength, courage and determination.",
                "Hei Matau": "The hei matau (fish hook) is for safe travel over water and prosperity.",
                "Twist": "The twist (pikorua) stands for the bond between two people.",
                "Roimata": "Roimata, the teardrop, is given for comfort.",
                "Silver Fern": "The silver fern, New Zealand's own emblem."}
NOUN = {"ring": ["Ring"], "engagement ring": ["Engagement Ring", "Solitaire"], "wedding band": ["Wedding Band", "Wedding Ring"],
        "earrings": ["Studs", "Stud Earrings", "Drop Earrings", "Hoops", "Sleepers"], "pendant": ["Pendant", "Necklace"],
        "chain": ["Chain", "Curb Chain", "Belcher Chain", "Trace Chain"], "necklace": ["Necklace", "Choker"],
        "bracelet": ["Bracelet"], "bangle": ["Bangle", "Cuff"]}
CATEGORY = {"ring": "Rings", "engagement ring": "Engagement Rings", "wedding band": "Wedding Bands", "earrings": "Earrings",
            "pendant": "Pendants", "chain": "Chains", "necklace": "Necklaces", "bracelet": "Bracelets", "bangle": "Bracelets"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None)}

DESIGNS = [
    ("ring", 12, [("S925", 5), ("Y9", 4), ("W9", 1), ("Y14", 2)],
     [(None, 3), ("POU", 3), ("paua", 2), ("cz", 1), ("garnet", 1), ("diamond", 1), ("topaz", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W18", 2), ("Y18", 1), ("W14", 2), ("Y14", 1), ("W9", 1)], [("diamond", 6), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 6, [("Y9", 2), ("Y14", 2), ("W14", 1), ("W9", 1)], [(None, 5), ("diamond", 1)], (3.0, 7.0), "size"),
    ("earrings", 16, [("S925", 8), ("Y9", 4), ("GPS", 3), ("Y14", 1)],
     [(None, 4), ("POU", 4), ("paua", 4), ("pearl", 2), ("cz", 1), ("diamond", 1)], (1.0, 4.0), "metal"),
    ("pendant", 22, [("S925", 11), ("Y9", 6), ("GPS", 2), ("Y14", 3)],
     [("POU", 12), ("paua", 4), (None, 3), ("cz", 1), ("garnet", 1), ("pearl", 1)], (1.0, 6.0), "metal"),
    ("chain", 7, [("Y9", 3), ("S925", 3), ("Y14", 1)], [(None, 1)], (2.0, 12.0), "len"),
    ("necklace", 5, [("S925", 3), ("Y9", 1), ("GPS", 1)], [(None, 2), ("pearl", 2), ("paua", 1)], (3.0, 10.0), None),
    ("bracelet", 6, [("S925", 4), ("Y9", 2)], [(None, 2), ("POU", 2), ("paua", 1), ("pearl", 1)], (3.0, 10.0), None),
    ("bangle", 4, [("S925", 3), ("Y9", 1)], [(None, 2), ("paua", 1), ("POU", 1)], (8.0, 20.0), None),
]
POU_MIX = [("pounamu", 5), ("pounamu inanga", 1)]
SIZES = ["H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S"]
LENS = ["45cm", "50cm", "55cm", "60cm"]
HEX = "0123456789abcdef"


def r_nzd(x):
    if x < 100:
        return float(int(round(x / 5.0)) * 5 - 1) if x > 10 else 9.0
    if x < 1000:
        return float(int(round(x / 10.0)) * 10 - 1)
    return float(int(round(x / 50.0)) * 50)


def price_of(code, stone, grams, carat=None):
    st = STONE_NZD[stone]
    if stone == "diamond" and carat:
        st = STONE_NZD["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLDS:
        return r_nzd(grams * RATE[code] + 80 + st)
    base, per_g = SILVER[code]
    return r_nzd(base + per_g * grams + st)


def uuid_of(rng):
    parts = [8, 4, 4, 4, 12]
    return "-".join("".join(rng.choice(HEX) for _ in range(n)) for n in parts)


def handle_of(name):
    """Vend built handles by squashing the name: capitalised words, no spaces or punctuation."""
    plain = name.replace("ā", "a").replace("Ā", "A").replace("ō", "o").replace("ī", "i")
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", plain) if w)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if stone == "POU":
                stone = wchoice(rng, POU_MIX)
            if code in SILVERISH and stone in ("diamond", "sapphire"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def name_of(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    form = ""
    if stone in POUNAMU + ("paua",) and cat in ("pendant", "earrings") and rng.random() < 0.8:
        form = rng.choice(FORMS[:-1])
    elif cat == "pendant" and stone is None and rng.random() < 0.6:
        form = "Silver Fern"
    elif cat in ("ring", "bracelet", "bangle") and stone in POUNAMU and rng.random() < 0.4:
        form = "Twist"
    p["noun"], p["form"] = noun, form
    stone_in = stone and rng.random() < 0.75
    metal_in = not metal_alt and rng.random() < 0.7
    head = " ".join(x for x in (rng.choice(STONE_NAME[stone]) if stone_in else "", form, noun) if x)
    if not metal_in:
        return head
    ms = rng.choice(METAL_NAME[code])
    if form == "Silver Fern" and ms == "Silver":
        ms = "Sterling Silver"
    r = rng.random()
    if r < 0.45:
        return f"{ms} {head}"
    if r < 0.8:
        return f"{head} - {ms}"
    return f"{head} in {ms}"


def texts(p, rng, metal_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    traps = []
    name = name_of(p, rng, metal_alt)
    if p.get("carat") and rng.random() < 0.6:
        name += f" {p['carat']}ct"
    body = []
    if p["form"]:
        body.append(FORM_MEANING[p["form"]])
        if p["form"] == "Silver Fern" and code not in SILVERISH:
            traps.append("Silver Fern")
    if metal_alt:
        body.append(f"Available in {rng.choice(METAL_NAME[code]).lower()} or {rng.choice(METAL_NAME[metal_alt]).lower()}.")
    elif rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Plain polished finish.", "No stones - simple and classic."]))
    if p.get("carat"):
        body.append(rng.choice([f"Total diamond weight {p['carat']}ct.", f"{p['carat']}ct brilliant cut, GIA certified."]))
    if cat == "pendant":
        cord = rng.random() < 0.55
        body.append("Comes on an adjustable waxed cord." if cord else "Chain sold separately - see our chains.")
        p["sold_with_chain"] = False
        p["cord"] = cord
    if cat == "wedding band":
        body.append("Priced per band. Made to order in about 3 weeks.")
    return name, body, traps


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (4, 39, 70) and code in SILVERISH:
        body.append("Comes in our gold gift box, ready to give.")
        traps.append("gold gift box")
    if i in (15, 57) and code in GOLDS:
        body.append("A lovely gift for a silver wedding anniversary.")
        traps.append("silver wedding")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 1:
        body.append("Diamond-cut links for extra sparkle.")
        traps.append("Diamond-cut")
    if i in (22, 61) and code in SILVERISH:
        body.append("Made by our Ponsonby goldsmith.")


def variants_of(p, prng, metal_alt, sku, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, vname = [], None
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(1, 5)
        vals, vname = SIZES[a:a + prng.randint(4, 6)], "Ring Size"
    elif axis == "len" and prng.random() < 0.6:
        vals, vname = LENS[:prng.randint(2, 4)], "Length"
    elif metal_alt:
        lab = {"S925": "Sterling Silver", "GPS": "Gold Plated", "Y9": "9ct Gold"}
        vals, vname = [lab[code], lab[metal_alt]], "Metal"
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], sku)], vals, vname
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if vname == "Metal":
            vc = code if j == 0 else metal_alt
        else:
            g = p["grams"] * (1 + (0.03 if vname == "Ring Size" else 0.12) * j)
        vsku = f"{sku}-{s}" if vname != "Metal" else f"{sku}-{'SS' if vc == 'S925' else vc}"
        vs.append(Variant([s], vc, stone, 0.0 if ask else price_of(vc, stone, g, p.get("carat")), None, g, vsku))
    return vs, vals, vname


def money_cols(price):
    """Lightspeed keeps the price excluding GST; the ticket price is retail_price + tax_value."""
    ex = round(price / (1 + GST), 5)
    return f"{ex:.5f}", f"{round(price - ex, 5):.5f}"


def export_rows(p, vs, vals, vname, desc, tags, cat_name, prng):
    rows = []
    for v in vs:
        r = dict.fromkeys(HEADER, "")
        retail, tax = money_cols(v.price)
        r.update({"id": uuid_of(prng), "handle": p["handle"], "sku": v.sku, "name": p["title"], "description": desc,
                  "product_category": cat_name, "variant_option_one_name": vname or "",
                  "variant_option_one_value": v.opts[0] if vals else "", "tags": ", ".join(tags),
                  "active_online": "1" if p["status"] == "active" else "0",
                  "supply_price": f"{v.price * 0.45 / (1 + GST):.5f}" if v.price else "0.00000",
                  "retail_price": retail, "tax_name": "GST", "tax_value": tax, "account_code": "200",
                  "account_code_purchase": "300", "brand_name": "Kōwhai & Co." if p["stone"] not in POUNAMU else "Kōwhai Pounamu",
                  "supplier_name": "Hokitika Carvers" if p["stone"] in POUNAMU else prng.choice(["Stevens & Bolton", "Workshop", ""]),
                  "active": "0" if p["status"] == "inactive" else "1", "track_inventory": "1"})
        for k, o in enumerate(OUTLETS):
            r[f"inventory_{o}"] = str(0 if not p["in_stock"] else prng.randint(0 if k else 1, 3))
            r[f"reorder_point_{o}"] = "0"
            r[f"restock_level_{o}"] = "1" if k == 0 else "0"
        rows.append(r)
    return rows


def build(out, images=True):
    rng = random.Random(2728)
    outdir = os.path.join(out, "akl_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {10, 47, 79}
    ask_at = {18, 66}                 # no price in Lightspeed: retail_price 0
    inactive_at = {29, 58}            # active 0
    offline_at = {36}                 # in store only: active_online 0
    oos_at = {12, 52}
    names = set()
    for i, p in enumerate(prods):
        prng = random.Random(272800 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.25, 0.3, 0.4, 0.5, 0.7, 1.0]) if p["cat"] == "engagement ring" else prng.choice([0.05, 0.1, 0.15])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.3:
            metal_alt = {"S925": "GPS", "GPS": "S925", "Y9": "S925"}.get(p["code"])
        name, body, traps = texts(p, rng, metal_alt)
        while name in names:
            name, body, traps = texts(p, rng, metal_alt)
        names.add(name)
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "inactive" if i in inactive_at else ("offline" if i in offline_at else "active")
        p.update(status=status, live=status == "active" and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
            body.append(prng.choice(["Price on application - pop in and see us.", "POA - give us a bell on 09 376 2210."]))
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        cat_name = CATEGORY[cat] if prng.random() < 0.8 else ("Pounamu" if p["stone"] in POUNAMU else "General")
        p["shop_category"] = cat_name
        h = handle_of(name)
        p["handle"], p["title"] = h, name
        sku = f"KW{5200 + i * 7}"
        vs, vals, vname = variants_of(p, prng, metal_alt, sku, ask)
        if not ask and prng.random() < 0.35:
            lead = "From " if len({v.price for v in vs}) > 1 else prng.choice(["Now ", "Just ", ""])
            body.append(lead + nzd(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Free shipping NZ wide. Afterpay and Laybuy available.")
        desc = "<p>" + "</p><p>".join(body) + "</p>" if prng.random() < 0.5 else "\n".join(body)
        fn = f"{h}.jpg"
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Hoops": "hoop", "Sleepers": "hoop", "Drop Earrings": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2728000 + i))
        tags = [t for t in (prng.choice(["", "new", "gift", "bestseller", "mothers day", "christmas"]),
                            prng.choice(["", "", "NZ made", "taonga"])) if t]
        if p["stone"] in POUNAMU and prng.random() < 0.6:
            tags.append("pounamu")
        if p["stone"] == "paua" and prng.random() < 0.5:
            tags.append("paua")
        rows.extend(export_rows(p, vs, vals, vname, desc, tags, cat_name, prng))
        fields = {"title": name, "body": desc, "type": cat_name, "tags": ", ".join(tags)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, fn, broken, spec,
                         [], "regular_price")
        t["sku"] = sku
        ev, probs = evidence(NZ, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"akl {h} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        by.setdefault(r["handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["name"] == t["title"] and len(rs) == t["variants"], t["handle"]
        prices = [round(float(r["retail_price"]) + float(r["tax_value"]), 2) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["active"] == "1" and rs[0]["active_online"] == "1" and min(prices) > 0
        assert live == t["live"], t["handle"]
        assert t["image_url"] == t["handle"] + ".jpg"
        if images:
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", t["image_url"])) != t["image_broken"]
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows)
