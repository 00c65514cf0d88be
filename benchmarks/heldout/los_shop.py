"""Lagos shop: Adunni Gold & Jewellery, Lekki (WooCommerce, NGN).

WooCommerce's built-in exporter (Products > Export, all columns): UTF-8 with
BOM, `,` separator, variable parents without prices and `variation` rows with
Parent = id:NN, Published 1 / 0 / -1, In stock? 1 / 0, Categories with `>` and
`, `, Images as `, `-joined URLs, descriptions with literal \\n.
"""

from __future__ import annotations

import os
import random

from eighteenth_common import EMETALS, ESTONES, Variant, evidence, photo_spec, truth_record, wchoice
from mel_shop import HEADER  # the same WooCommerce column set

HOST = "https://heldout-los.example/wp-content/uploads/"  # files under 2025/MM/
CURRENCY = "NGN"
EXPORT_NAME = "wc-product-export-14-3-2025-1741948212233.csv"

PER_G = {"Y21": 148000, "Y18": 127000, "S925": 3200}
FLAT = {"GPB": (7500, 32000), "RGPB": (7500, 28000), "SS": (6000, 22000), "GPSS": (8500, 30000),
        "RGPSS": (8500, 28000), "GF": (16000, 48000)}
STONE_NGN = {None: 0, "diamond": 480000, "moissanite": 65000, "cz": 0, "aaa zircon": 2500, "pearl": 9000,
             "coral": 160000, "coral orange": 120000, "agate": 14000, "agate red": 14000, "glass beads": 0,
             "ad green": 0, "emerald": 220000}
LABEL = {"Y21": "Saudi Gold 21k", "Y18": "Italian Gold 18k", "S925": "Silver 925", "GPB": "Gold Plated",
         "RGPB": "Rose Gold Plated", "SS": "Stainless Steel", "GPSS": "Gold Stainless Steel",
         "RGPSS": "Rose Gold Stainless", "GF": "14k Gold Filled"}
COLOUR_OPT = {"GPB": "Gold", "RGPB": "Rose gold", "SS": "Silver", "GPSS": "Gold", "RGPSS": "Rose gold"}
NAMES = ["Adunni", "Ife", "Bisola", "Amaka", "Zainab", "Queen Amina", "Omoge", "Eko", "Lekki", "Ada", "Kemi",
         "Tiwa", "Chioma", "Royal", "Owambe", "Sade", "Nneka", "Aso-oke", "Classic", "Baddie", "Ruth", "Hauwa"]

SAUDI = [("Y21", 4), ("Y18", 2)]
CHEAP = [("GPB", 3), ("SS", 2), ("GPSS", 3), ("S925", 2), ("GF", 1)]


def D(cat, words, n, kind, style, metals, stones, grams, cats, axes=(), **kw):
    d = dict(cat=cat, words=words, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams, cats=cats,
             axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("chain", ["Chain", "Neck Chain", "Cuban Chain", "Rope Chain", "Box Chain"], 14, "chain", None,
      SAUDI + CHEAP, [(None, 1)], (4, 14), ["Chains", "Gold > Chains", "Men > Chains", "Chains, Men"], axes=[("len", 0.7)]),
    D("pendant", ["Pendant", "Locket", "Pendant"], 7, "pendant", "round", SAUDI + [("S925", 2), ("GPB", 2)],
      [(None, 2), ("cz", 2), ("aaa zircon", 1), ("moissanite", 1)], (1.5, 4), ["Pendants", "Gold > Pendants"]),
    D("earrings", ["Earrings", "Ear Rings", "Studs", "Hoops", "Drop Earrings"], 14, "earrings", "stud",
      SAUDI + CHEAP, [(None, 3), ("cz", 3), ("aaa zircon", 1), ("pearl", 2), ("diamond", 1), ("moissanite", 1)], (1.5, 5),
      ["Earrings", "Gold > Earrings", "Earrings, Gift ideas"], axes=[("colour", 0.25)]),
    D("ring", ["Ring", "Finger Ring", "Ring"], 9, "ring", "solitaire", SAUDI + [("S925", 2), ("GPSS", 2)],
      [(None, 3), ("cz", 3), ("moissanite", 1), ("diamond", 1), ("agate", 1)], (2, 6), ["Rings", "Gold > Rings", "Men > Rings"],
      axes=[("size", 0.7)]),
    D("engagement ring", ["Engagement Ring", "Proposal Ring"], 5, "engagement ring", None,
      [("Y18", 2), ("S925", 2), ("Y21", 1)], [("moissanite", 2), ("cz", 2), ("diamond", 1)], (2, 4),
      ["Bridal > Engagement Rings", "Engagement Rings"], axes=[("size", 1.0)]),
    D("wedding band", ["Wedding Band", "Wedding Ring", "Wedding Band Set"], 4, "wedding band", None,
      [("Y21", 2), ("Y18", 1), ("S925", 1), ("SS", 1)], [(None, 4), ("cz", 1)], (3, 7), ["Bridal > Wedding Bands", "Bridal"],
      axes=[("size", 1.0)]),
    D("bangle", ["Bangle", "Bangles", "Cuff"], 8, "bangle", None, SAUDI + [("GPSS", 2), ("SS", 1), ("GPB", 1)],
      [(None, 4), ("cz", 1)], (8, 20), ["Bangles & Bracelets", "Gold > Bangles"], axes=[("colour", 0.3)]),
    D("bracelet", ["Bracelet", "Hand Chain", "Bracelet"], 6, "bracelet", None, SAUDI + CHEAP,
      [(None, 3), ("cz", 1), ("agate", 1)], (3, 9), ["Bangles & Bracelets", "Men > Bracelets"]),
    D("anklet", ["Anklet", "Leg Chain", "Anklet"], 5, "anklet", None, [("GPB", 2), ("GPSS", 2), ("S925", 1), ("Y21", 1)],
      [(None, 3), ("cz", 1)], (2, 5), ["Anklets", "Anklets & Waist Beads"]),
    D("waist beads", ["Waist Beads", "Ileke Idi", "Waist Beads Set"], 5, "anklet", None, [("GPB", 1)],
      [("glass beads", 3), ("agate red", 1)], (5, 12), ["Anklets & Waist Beads", "Waist Beads"]),
    D("necklace", ["Coral Beads Necklace", "Necklace", "Choker"], 6, "necklace", None, [("GPB", 2), ("Y21", 1), ("S925", 1)],
      [("coral", 3), ("cz", 2), ("pearl", 1)], (6, 20), ["Necklaces", "Traditional > Coral Beads", "Necklaces"]),
    D("jewellery set", ["Complete Set", "Wedding Set", "Bridal Set", "Set"], 8, "necklace", None,
      [("GPB", 3), ("Y21", 2), ("S925", 1), ("GPSS", 1)], [("cz", 3), ("coral", 2), ("coral orange", 1), ("ad green", 1), ("pearl", 1)],
      (10, 35), ["Sets", "Bridal > Sets", "Traditional > Coral Beads, Sets"]),
    D("watch", ["Wristwatch", "Wrist Watch"], 2, "bracelet", None, [("GPSS", 1), ("SS", 1)], [(None, 1)], (30, 60), ["Wristwatches"]),
]


def naira_round(x):
    return float(int(round(x / 500.0)) * 500) if x < 100000 else float(int(round(x / 5000.0)) * 5000)


def price_of(code, stone, grams, rng_u):
    if code in PER_G:
        base = grams * PER_G[code] * (1.12 if code != "S925" else 1.0) + (15000 if code == "S925" else 0)
    else:
        lo, hi = FLAT[code]
        base = lo + (hi - lo) * rng_u
    return naira_round(base + STONE_NGN.get(stone, 0))


def naira_txt(x, rng):
    if x >= 1000 and rng.random() < 0.2 and x < 1000000:
        return f"{int(x / 1000)}k"
    return rng.choice(["₦", "N", "₦"]) + f"{int(x):,}"


def write_product(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    traps = []
    word = rng.choice(d["words"])
    r = rng.random()
    wm = "title" if r < 0.5 else ("body" if r < 0.75 else ("tags" if r < 0.85 else ("attr" if r < 0.93 else "photo")))
    ws = "title" if rng.random() < 0.55 else rng.choice(["body", "body", "tags", "nowhere"])
    mlab = {"Y21": rng.choice(["Saudi Gold", "21k Saudi Gold", "Saudi Gold 21k"]), "Y18": rng.choice(["Italian Gold", "18k Italian Gold", "18k Gold"]),
            "S925": rng.choice(["Silver 925", "925 Silver", "Sterling Silver"]), "GPB": rng.choice(["Gold Plated", "18k Gold Plated"]),
            "RGPB": "Rose Gold Plated", "SS": "Stainless Steel", "GPSS": rng.choice(["Gold Stainless Steel", "Gold Plated Stainless Steel"]),
            "RGPSS": "Rose Gold Stainless Steel", "GF": "14k Gold Filled"}[code]
    slab = {None: "", "cz": rng.choice(["CZ", "Zirconia", "Cubic Zirconia"]), "aaa zircon": "AAA Zircon",
            "moissanite": "Moissanite", "diamond": "Diamond", "pearl": "Pearl", "coral": "Coral Beads",
            "coral orange": "Orange Coral", "agate": "Black Agate", "agate red": "Red Agate", "glass beads": "",
            "ad green": "Green Zirconia", "emerald": "Emerald"}[stone]
    if d["cat"] == "watch":
        word = d["words"][p["i"] % 2]
    title = word
    if d["cat"] == "necklace" and stone != "coral" and "Coral" in title:
        title = "Necklace"
    if wm == "title":
        title = f"{mlab} {title}"
    if ws == "title" and slab and "Coral" not in title:
        title = f"{title} with {slab}" if rng.random() < 0.5 else f"{slab} {title}"
    if rng.random() < 0.4:
        title = f"{p['name']} {title}"
    if d["cat"] == "chain" and rng.random() < 0.4 and code != "SS":
        title += " (Diamond Cut)"
        traps.append("Diamond Cut")
    if d["cat"] == "chain" and code in ("GPB", "GPSS") and rng.random() < 0.5:
        title += " - Saudi Design"
        traps.append("Saudi Design")
    if d["cat"] == "jewellery set" and stone == "ad green":
        title += " (Emerald Green)"
        traps.append("Emerald Green")
    if d["cat"] == "waist beads" and stone == "glass beads" and rng.random() < 0.6:
        title += " - Coral Pink"
        traps.append("Coral Pink")
    short = []
    desc = []
    mtxt = {"Y21": "Original Saudi gold, 21k (stamped 875). No fading, you fit sell am back anytime.",
            "Y18": "Italian gold 18k (750), light weight and shiny.",
            "S925": "Pure 925 silver, rhodium finish, will not change colour.",
            "GPB": "18k gold plated on brass. E no dey fade quick if you take care of it, avoid water and perfume.",
            "RGPB": "Rose gold plated, hypoallergenic.",
            "SS": "316L stainless steel, silver colour. Water proof, no rust, no fade.",
            "GPSS": "Stainless steel with gold PVD coating. Water proof, e no dey fade.",
            "RGPSS": "Rose gold stainless steel, water proof.",
            "GF": "14k gold filled. Lasts years, better than plated."}[code]
    if wm in ("title", "body"):
        desc.append(mtxt)
    else:
        desc.append(rng.choice(["Quality you can trust. Pay on delivery available within Lagos.",
                                "Perfect gift for your babe. Delivery nationwide.", "Top quality, see how e dey shine!"]))
    if stone and ws in ("title", "body"):
        stx = {"cz": "Set with sparkling cubic zirconia stones.", "aaa zircon": "AAA grade zircon stones (CZ), very bright.",
               "moissanite": "VVS moissanite stone, passes diamond tester.", "diamond": "Natural diamond, certificate available.",
               "pearl": "Freshwater pearl.", "coral": "Original coral beads (iyun), deep red. Not plastic!",
               "coral orange": "Original orange coral beads (iyun).", "agate": "Black agate stone.",
               "agate red": "Red agate beads.", "glass beads": "Glass beads, multicolour, tie-on with cotton thread.",
               "ad green": "Green zirconia stones.", "emerald": "Emerald."}[stone]
        desc.append(stx)
        if stone == "moissanite":
            traps.append("diamond tester")
    elif stone is None and ws == "body" and d["cat"] not in ("chain", "watch"):
        desc.append("Plain design, no stones.")
    if d["cat"] == "jewellery set":
        p["set_contents"] = ["necklace", "earrings"] + (["bracelet"] if rng.random() < 0.4 else [])
        desc.append("Complete set: " + " + ".join(p["set_contents"]) + ".")
    if d["cat"] == "pendant":
        p["sold_with_chain"] = rng.random() < 0.4
        desc.append("Comes with chain." if p["sold_with_chain"] else "Pendant only, chain sold separately.")
    if d["cat"] == "watch":
        desc.append("Quartz movement, 1 year warranty on the watch.")
    if d["cat"] == "waist beads":
        desc.append("Ileke idi. Measure your waist before you order.")
    if d["cat"] == "chain" and code in ("Y21", "Y18"):
        desc.append(f"Weight: {p['grams']}g.")
    desc.append(rng.choice(["Call/WhatsApp 0803 000 0000 to order.", "Price is per piece.", "",
                            "We deliver to Lagos Island, Mainland and nationwide.", "Abeg check size before you pay."]))
    tags = []
    if wm == "tags":
        tags.append({"Y21": "saudi gold", "Y18": "italian gold", "S925": "silver", "GPB": "gold plated", "RGPB": "rose gold plated",
                     "SS": "stainless steel", "GPSS": "gold plated stainless", "RGPSS": "rose gold stainless", "GF": "gold filled"}[code])
    if ws == "tags" and slab:
        tags.append(slab.lower())
    tags += rng.sample(["owambe", "gift", "trending", "bestseller", "new arrival", "lagos", "unisex"], rng.randint(0, 2))
    attrs = []
    if wm == "attr":
        attrs.append(("Material", LABEL[code]))
    return title, "\\n".join(x for x in short), "\\n\\n".join(x for x in desc if x), ", ".join(tags), attrs, traps


def build(out, images=True):
    rng = random.Random(2460)
    outdir = os.path.join(out, "los_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    rows, truths, jobs = [], [], []
    wid = 2301
    i = 0
    status_at = {11: "draft", 47: "private", 70: "draft"}
    oos_at = {5, 33, 58, 81}
    broken_at = {22, 77}
    for d in DESIGNS:
        for k in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code not in ("Y21", "Y18") and stone in ("diamond", "coral", "coral orange"):
                stone = "cz" if d["cat"] != "jewellery set" or stone == "diamond" else stone
            if d["cat"] == "chain":
                stone = None
            p = dict(d=d, code=code, stone=stone, name=rng.choice(NAMES), grams=round(rng.uniform(*d["grams"]), 1), i=i)
            p["status"] = status_at.get(i, "publish")
            p["cat"] = d["cat"]
            title, short, desc, tags, attrs, traps = write_product(p, rng)
            p["title"] = title
            p["handle"] = "los-" + "".join(ch.lower() if ch.isalnum() else "-" for ch in title).strip("-")[:50] + f"-{wid}"
            cats = rng.choice([c for c in d["cats"] if "Coral" not in c or stone in ("coral", "coral orange")] or ["Sets"])
            if code not in ("Y21", "Y18") and "Gold >" in cats:
                cats = cats.replace("Gold > ", "")
            p["shop_category"] = cats
            if code in ("GPB", "RGPB", "GPSS", "RGPSS"):
                p["base_metal"] = {"GPB": "brass", "RGPB": "brass", "GPSS": "stainless steel", "RGPSS": "stainless steel"}[code]
            u = rng.random()
            # variants
            names, vs = [], []
            axes = [a for a, pr in d["axes"] if rng.random() < pr]
            if "colour" in axes and code in ("GPB", "GPSS", "SS"):
                alt = {"GPB": ["GPB", "RGPB"], "GPSS": ["GPSS", "SS", "RGPSS"], "SS": ["SS", "GPSS"]}[code]
                names.append("Colour")
                for c in alt:
                    vs.append(Variant([COLOUR_OPT[c]], c, stone, price_of(c, stone, p["grams"], u), None, p["grams"]))
            elif "len" in axes:
                names.append("Length")
                for j, L in enumerate(["18 inches", "20 inches", "22 inches", "24 inches", "26 inches"][:rng.randint(3, 5)]):
                    g = p["grams"] * (1 + 0.11 * j)
                    vs.append(Variant([L], code, stone, price_of(code, stone, g, u + 0.05 * j), None, g))
            elif "size" in axes:
                names.append("Ring size")
                for s in rng.choice([["6", "7", "8", "9"], ["7", "8", "9", "10", "11"], ["US 6", "US 7", "US 8"]]):
                    vs.append(Variant([s], code, stone, price_of(code, stone, p["grams"], u), None, p["grams"]))
            else:
                vs.append(Variant([], code, stone, price_of(code, stone, p["grams"], u), None, p["grams"]))
            sale = rng.random() < 0.25
            for v in vs:
                if sale:
                    v.regular = v.price
                    v.price = naira_round(v.price * 0.85)
                else:
                    v.regular = v.price
            p["in_stock"] = i not in oos_at
            # images
            slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in title.split(" with ")[0])[:30].strip("-").replace("--", "-")
            month = f"2025/{(i % 3) + 1:02d}"
            fn = f"{month}/{slug}-{wid}.jpg"
            spec = photo_spec(d["kind"], code, stone, d["style"])
            broken = i in broken_at
            extra = []
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn), spec, 46000 + i))
                if names == ["Colour"]:
                    for v in vs[1:]:
                        fn2 = f"{month}/{slug}-{wid}-{COLOUR_OPT[v.code].lower().replace(' ', '-')}.jpg"
                        if "images/" + fn2 in extra:
                            continue
                        jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], v.code, stone, d["style"]), 56000 + i + len(extra)))
                        extra.append("images/" + fn2)
            url = HOST + fn
            imgs = ", ".join([url] + [HOST + e[len("images/"):] for e in extra])
            sku = f"ADJ-{wid}"
            base = {h: "" for h in HEADER}
            pub = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
            base.update({"ID": str(wid), "Type": "variable" if names else "simple", "SKU": sku, "Name": title,
                         "Published": pub, "Is featured?": "1" if rng.random() < 0.1 else "0",
                         "Visibility in catalog": "visible", "Short description": short, "Description": desc,
                         "Tax status": "taxable", "In stock?": "1" if p["in_stock"] else "0", "Backorders allowed?": "0",
                         "Sold individually?": "0", "Allow customer reviews?": "1", "Categories": cats, "Tags": tags,
                         "Images": imgs, "Position": "0"})
            if not names:
                base["Regular price"] = f"{vs[0].regular:.0f}"
                base["Sale price"] = f"{vs[0].price:.0f}" if vs[0].price != vs[0].regular else ""
                vs[0].sku = sku
            n_attr = 1
            if names:
                base["Attribute 1 name"] = names[0]
                base["Attribute 1 value(s)"] = ", ".join(v.opts[0] for v in vs)
                base["Attribute 1 visible"] = "1"
                base["Attribute 1 global"] = "0" if names[0] != "Colour" else "1"
                n_attr = 2
            for nm, val in attrs:
                base[f"Attribute {n_attr} name"] = nm
                base[f"Attribute {n_attr} value(s)"] = val
                base[f"Attribute {n_attr} visible"] = "1"
                base[f"Attribute {n_attr} global"] = "0"
            prng = random.Random(70000 + i)  # price text only; keeps the main stream unchanged
            if prng.random() < 0.35:
                lo = min(v.price for v in vs)
                k = int(lo / 1000)
                if lo % 1000 == 0 and lo < 1000000 and k not in (9, 10, 14, 18, 21, 22, 24) and prng.random() < 0.4:
                    ptxt = f"{k}k"
                else:
                    ptxt = prng.choice(["₦", "N", "NGN "]) + f"{int(lo):,}"
                ptxt = prng.choice(["Price: ", "Now ", "Starting from "]) + ptxt + prng.choice(["", " only", " naira"] if not ptxt.startswith("NGN") else [""])
                desc = desc + "\\n\\n" + ptxt
                base["Description"] = desc
            rows.append(base)
            vid = wid + 1
            for v in vs if names else []:
                v.sku = f"{sku}-{vid - wid}"
                r = {h: "" for h in HEADER}
                r.update({"ID": str(vid), "Type": "variation", "SKU": v.sku, "Name": f"{title} - {v.opts[0]}",
                          "Published": "1" if pub == "1" else pub, "Is featured?": "0", "Visibility in catalog": "visible",
                          "Tax status": "taxable", "Tax class": "parent", "In stock?": "1" if p["in_stock"] else "0",
                          "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": f"{v.regular:.0f}", "Sale price": f"{v.price:.0f}" if v.price != v.regular else "",
                          "Parent": f"id:{wid}", "Position": str(vid - wid), "Attribute 1 name": names[0],
                          "Attribute 1 value(s)": v.opts[0], "Attribute 1 global": base["Attribute 1 global"]})
                if names[0] == "Colour" and v is not vs[0] and extra:
                    match = [e for e in extra if COLOUR_OPT[v.code].lower().replace(" ", "-") in e]
                    r["Images"] = HOST + match[0][len("images/"):] if match else ""
                rows.append(r)
                vid += 1
            fields = {"title": title, "body": short + " " + desc, "type": cats, "tags": tags,
                      "attributes": " ".join(f"{a}: {b}" for a, b in attrs)}
            if names:
                fields["options"] = f"{names[0]}: " + ", ".join(v.opts[0] for v in vs)
            if traps:
                p["traps"] = traps
            t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                             "regular_price")
            t["woo_id"] = wid
            t["woo_type"] = "variable" if names else "simple"
            ev, probs = evidence(t, fields, not broken, traps)
            if probs:
                raise SystemExit(f"los {p['handle']} {title!r}: {probs} {fields}")
            t["evidence"] = ev
            truths.append(t)
            wid = vid + rng.randint(1, 6)
            i += 1
    return truths, rows, jobs, outdir
