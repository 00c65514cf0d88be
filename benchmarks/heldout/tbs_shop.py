"""Tbilisi shop: ოქრომჭედლობა „ნატო“ (Nato Goldsmiths), Kote Abkhazi street, Tbilisi (WooCommerce, GEL).

WooCommerce's built-in product exporter (Products > Export, all columns, no meta):
UTF-8 with BOM, PHP fputcsv quoting, English column names (admin in English), product
text in Georgian, variable parents with empty prices and one `variation` row per
variation pointing back with Parent = id:NN, drafts as `-1`, private as `0`.
"""

from __future__ import annotations

import os
import random
import re

from twentyfirst_common import GOLD_CODES, Variant, evidence, photo_spec, truth_record, wchoice

HOST = "https://natogold.heldout-tbs.example/wp-content/uploads/"
CURRENCY = "GEL"
EXPORT_NAME = "wc-product-export-5-12-2026-1796512345678.csv"

HEADER = ["ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published", "Is featured?", "Visibility in catalog",
          "Short description", "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class",
          "In stock?", "Stock", "Low stock amount", "Backorders allowed?", "Sold individually?", "Weight (kg)", "Length (cm)",
          "Width (cm)", "Height (cm)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price",
          "Categories", "Tags", "Shipping class", "Images", "Download limit", "Download expiry days", "Parent",
          "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text", "Position", "Brands",
          "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
          "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global"]

RATE = {"Y14": 245, "W14": 260, "R14": 250, "Y18": 330, "W18": 345}      # ლარი per gram incl. work
STONE_P = {None: 0, "diamond": 1400, "cz": 25, "ruby": 380, "sapphire": 420, "emerald": 450, "pearl": 60,
           "garnet": 50, "amethyst": 70, "turquoise": 60, "agate black": 35, "enamel": 90}
SILVER = {"S925": (55, 9), "GPS": (75, 11), "SS": (25, 2)}

METAL_TXT = {
    "Y14": ["ოქროს", "585 სინჯის ოქროს", "ყვითელი ოქროს"],
    "W14": ["თეთრი ოქროს", "თეთრი ოქროს 585"],
    "R14": ["წითელი ოქროს", "ვარდისფერი ოქროს"],
    "Y18": ["750 სინჯის ოქროს", "18 კარატიანი ოქროს"],
    "W18": ["750 სინჯის თეთრი ოქროს"],
    "S925": ["ვერცხლის", "925 ვერცხლის"],
    "GPS": ["მოოქროვილი ვერცხლის"],
    "SS": ["სამედიცინო ფოლადის"],
}
BODY_METAL = {
    "Y14": "მასალა: ყვითელი ოქრო, 585 სინჯი.",
    "W14": "მასალა: თეთრი ოქრო 585 სინჯი, როდიუმით დაფარული.",
    "R14": "მასალა: წითელი ოქრო 585 სინჯი.",
    "Y18": "მასალა: ყვითელი ოქრო 750 სინჯი (18 კარატი).",
    "W18": "მასალა: თეთრი ოქრო 750 სინჯი.",
    "S925": "მასალა: ვერცხლი 925 სინჯი.",
    "GPS": "მასალა: ვერცხლი 925, მოოქროვილი.",
    "SS": "მასალა: სამედიცინო ფოლადი 316L, არ შავდება.",
}
STONE_TXT = {"diamond": ["ბრილიანტით", "ბრილიანტებით"], "cz": ["ცირკონით", "ცირკონებით"], "ruby": ["ლალით"],
             "sapphire": ["საფირონით"], "emerald": ["ზურმუხტით"], "pearl": ["მარგალიტით"], "garnet": ["გრანატით"],
             "amethyst": ["ამეთვისტოთი"], "turquoise": ["ფირუზით"], "agate black": ["შავი აქატით"],
             "enamel": ["მინანქრით", "ტიხრული მინანქრით"]}
BODY_STONE = {"diamond": "თვალი: ბრილიანტი (ბუნებრივი).", "cz": "თვალი: თეთრი ცირკონი.",
              "ruby": "თვალი: ბუნებრივი ლალი, წითელი.", "sapphire": "თვალი: ლურჯი საფირონი.",
              "emerald": "თვალი: ზურმუხტი.", "pearl": "თვალი: თეთრი მტკნარი წყლის მარგალიტი.",
              "garnet": "თვალი: გრანატი, მუქი წითელი.", "amethyst": "თვალი: ამეთვისტო, იისფერი.",
              "turquoise": "თვალი: ფირუზი, ცისფერი.", "agate black": "თვალი: შავი აქატი.",
              "enamel": "ქართული ტიხრული მინანქარი, ხელნაკეთი. მინანქარი არ არის ძვირფასი ქვა – ეს მინის მასაა."}

NOUN = {"ring": "ბეჭედი", "engagement ring": "ნიშნობის ბეჭედი", "wedding band": "საქორწინო ბეჭედი",
        "earrings": "საყურეები", "pendant": "გულსაკიდი", "chain": "ჯაჭვი", "necklace": "ყელსაბამი",
        "bracelet": "სამაჯური", "brooch": "ბროში", "jewellery set": "კომპლექტი"}
CATS = {"ring": "ბეჭდები", "engagement ring": "ბეჭდები > ნიშნობის ბეჭდები", "wedding band": "ბეჭდები > საქორწინო ბეჭდები",
        "earrings": "საყურეები", "pendant": "გულსაკიდები", "chain": "ჯაჭვები", "necklace": "ყელსაბამები",
        "bracelet": "სამაჯურები", "brooch": "ბროშები", "jewellery set": "კომპლექტები"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "drop"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "brooch": ("brooch", None),
        "jewellery set": ("necklace", None)}
NAMES = ["თამარი", "ნინო", "ქეთევანი", "მზია", "ლალი", "მარგალიტა", "ნარიყალა", "მცხეთა", "ალაზანი", "ვაზი",
         "ბორჯღალო", "თბილისი", "სვანეთი", "ია", "ნატო", "გელათი", "ქართლი"]

GOLD = [("Y14", 5), ("W14", 2), ("R14", 2), ("Y18", 2), ("W18", 1)]
DESIGNS = [
    ("ring", 14, GOLD + [("S925", 5), ("GPS", 1)],
     [("cz", 4), (None, 2), ("ruby", 2), ("sapphire", 1), ("emerald", 1), ("amethyst", 1), ("turquoise", 1),
      ("agate black", 1), ("enamel", 2)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 5), ("cz", 3)], (2.0, 3.5), "size"),
    ("wedding band", 5, [("Y14", 2), ("R14", 2), ("W14", 1)], [(None, 4), ("diamond", 1)], (3.0, 6.0), "size"),
    ("earrings", 14, GOLD + [("S925", 5), ("GPS", 2)],
     [("cz", 4), (None, 2), ("pearl", 2), ("enamel", 3), ("ruby", 1), ("garnet", 1), ("turquoise", 1)], (1.5, 4.0), None),
    ("pendant", 12, GOLD + [("S925", 4), ("GPS", 2)],
     [("enamel", 4), (None, 2), ("cz", 2), ("diamond", 1), ("garnet", 1), ("emerald", 1)], (1.0, 4.0), None),
    ("chain", 8, [("Y14", 5), ("R14", 1), ("S925", 3), ("SS", 1)], [(None, 1)], (2.5, 10.0), "len"),
    ("necklace", 5, [("S925", 2), ("Y14", 2), ("GPS", 1)], [("pearl", 2), ("enamel", 2), ("cz", 1)], (4.0, 14.0), None),
    ("bracelet", 8, [("Y14", 3), ("S925", 3), ("SS", 1), ("GPS", 1)], [(None, 3), ("enamel", 2), ("cz", 1)], (3.0, 10.0), None),
    ("brooch", 3, [("GPS", 2), ("Y14", 1)], [("enamel", 3)], (3.0, 8.0), None),
    ("jewellery set", 4, [("Y14", 2), ("GPS", 2)], [("enamel", 2), ("cz", 1), ("ruby", 1)], (6.0, 14.0), None),
]
SIZES = ["16", "16.5", "17", "17.5", "18", "18.5", "19"]
LENS = ["45 სმ", "50 სმ", "55 სმ", "60 სმ"]


def r_gel(x):
    return float(int(round(x / 5.0)) * 5)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_P[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_gel(grams * RATE[code] + st + 40)
    base, per_g = SILVER[code]
    return r_gel(base + per_g * grams + (STONE_P[stone] * 0.5 if stone else 0))


def lari(x, style):
    x = int(round(x))
    g = f"{x:,}".replace(",", " ")
    return [f"{x} ₾", f"{g} ლარი", f"{x} GEL", f"₾{x}", f"{x} ლ"][style]


def slug(t):
    t = re.sub(r"[„“\"'(),.–:]", " ", t).strip().lower()
    return re.sub(r"-+", "-", re.sub(r"\s+", "-", t)).strip("-")


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("SS", "S925", "GPS") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            if code == "SS" and stone == "enamel":
                stone = None
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = NOUN[cat]
    where_metal = "title" if rng.random() < 0.65 else ("body" if rng.random() < 0.8 else "photo")
    if code == "GPS" and where_metal == "photo":
        where_metal = "body"
    parts = []
    if where_metal == "title":
        parts.append(rng.choice(METAL_TXT[code]))
    parts.append(noun)
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    if stone == "enamel" and where_stone == "nowhere":
        where_stone = "title"
    if stone and where_stone == "title":
        parts.append(rng.choice(STONE_TXT[stone]))
    title = " ".join(parts)
    if rng.random() < 0.5:
        name = rng.choice(NAMES)
        if name == "ლალი" and stone != "ruby":
            traps.append("ლალი")
        if name == "მარგალიტა" and stone != "pearl":
            traps.append("მარგალიტა")
        title += rng.choice([f" „{name}“", f" - {name}", f" ({name})"])
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
    else:
        body.append(rng.choice(["ხელნაკეთი ნაკეთობა ჩვენი სახელოსნოდან.", "იდეალური საჩუქარი."]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
    elif stone is None and where_stone == "body":
        body.append("გლუვი დიზაინი, თვლის გარეშე.")
    if code == "SS" and rng.random() < 0.6:
        body.append("ფერი: ვერცხლისფერი.")
        traps.append("ვერცხლისფერი")
    if code == "GPS" and rng.random() < 0.5:
        body.append("ოქროსფერი ბზინვარება.")
    if p.get("carat"):
        body.append(f"ბრილიანტის წონა: {p['carat']} კარატი.")
    if code in GOLD_CODES:
        body.append(f"წონა: {p['grams']} გრ." if rng.random() < 0.6 else f"წონა დაახლოებით {p['grams']} გრამი.")
    if cat == "pendant":
        body.append("ჯაჭვი არ შედის ფასში.")
        p["sold_with_chain"] = False
    if cat == "jewellery set":
        body.append("კომპლექტი: ყელსაბამი და საყურეები.")
        p["set_contents"] = ["necklace", "earrings"]
    if stone == "enamel":
        traps.append("მინანქარი")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(3131)
    outdir = os.path.join(out, "tbs_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {8, 44, 70}
    ask_at = {4, 33, 61}          # ფასი შეთანხმებით: no price
    status_at = {18: "draft", 52: "private"}
    oos_at = {27, 65}
    pid = 311
    handles = set()
    for i, p in enumerate(prods):
        prng = random.Random(31000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        title, body, traps = texts(p, rng)
        p["title"] = title
        ask = i in ask_at
        status = status_at.get(i, "publish")
        p["status"] = status
        p["live"] = status == "publish" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATS[p["cat"]]
        h0 = h = slug(title)
        k = 2
        while h in handles:
            h = f"{h0}-{k}"
            k += 1
        handles.add(h)
        p["handle"] = h
        axis = p["axis"] if prng.random() < 0.6 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 2)
            vals = SIZES[a:a + prng.randint(3, 5)]
        elif axis == "len":
            vals = LENS[:prng.randint(2, 4)]
        sku = f"NG-{500 + i}" if prng.random() < 0.7 else ""
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.03 * j if axis == "size" else 0.1 * j))
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{j + 1}" if sku else ""))
        if not ask and prng.random() < 0.2:
            for v in vs:
                v.regular = v.price
                v.price = r_gel(v.price * 0.8)
        fn = f"2026/{prng.choice(['09', '10', '11'])}/{'IMG_' + str(4100 + i) if prng.random() < 0.6 else 'nato-' + str(700 + i)}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if p["stone"] == "enamel":
            spec["stone"] = "turquoise" if False else None
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 131000 + i))
        if ask:
            body.insert(0, "ფასი შეთანხმებით – დაგვიკავშირდით.")
        elif prng.random() < 0.35:
            body.append(f"ფასი: {lari(vs[0].price, prng.randint(0, 4))}")
        desc = "\\n".join(body)
        short = "" if prng.random() < 0.5 else body[0]
        cats = CATS[p["cat"]]
        if p["stone"] == "enamel":
            cats += ", მინანქარი"
        elif code == "S925" and prng.random() < 0.5:
            cats += ", ვერცხლი"
        tags = ", ".join(t for t in [prng.choice(["", "საჩუქარი", "ახალი", "ქორწილი"]),
                                     "ოქრო" if code in GOLD_CODES and prng.random() < 0.4 else "",
                                     "ვერცხლი" if code == "S925" and prng.random() < 0.4 else ""] if t)
        published = {"publish": "1", "draft": "-1", "private": "0"}[status]
        variable = bool(vals)
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "SKU": sku, "Name": title,
                     "Published": published, "Is featured?": "1" if prng.random() < 0.07 else "0",
                     "Visibility in catalog": "visible", "Short description": short, "Description": desc,
                     "Tax status": "taxable", "In stock?": "1" if p["in_stock"] else "0", "Backorders allowed?": "0",
                     "Sold individually?": "0", "Allow customer reviews?": "1", "Categories": cats, "Tags": tags,
                     "Images": url, "Position": "0", "Brands": ""})
        if prng.random() < 0.3:
            base["Weight (kg)"] = f"{max(0.005, round(p['grams'] / 1000 + 0.01, 3))}"
        mat_attr = None
        if variable:
            nm = "ზომა" if axis == "size" else "სიგრძე"
            base["Attribute 1 name"] = nm
            base["Attribute 1 value(s)"] = ", ".join(vals)
            base["Attribute 1 visible"] = "1"
            base["Attribute 1 global"] = "1"
        if prng.random() < 0.3 and code != "GPS":
            mat_attr = {"Y14": "ოქრო 585", "W14": "თეთრი ოქრო 585", "R14": "წითელი ოქრო 585", "Y18": "ოქრო 750",
                        "W18": "თეთრი ოქრო 750", "S925": "ვერცხლი 925", "SS": "ფოლადი"}[code]
            base["Attribute 2 name"] = "მასალა"
            base["Attribute 2 value(s)"] = mat_attr
            base["Attribute 2 visible"] = "1"
            base["Attribute 2 global"] = "0"
        if not variable:
            v = vs[0]
            if not ask:
                base["Regular price"] = f"{(v.regular or v.price):g}"
                if v.regular:
                    base["Sale price"] = f"{v.price:g}"
            if prng.random() < 0.5:
                base["Stock"] = str(0 if not p["in_stock"] else prng.randint(1, 5))
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku,
                          "Name": f"{title} - {v.opts[0]}", "Published": "-1" if published == "-1" else "1",
                          "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable",
                          "Tax class": "parent", "In stock?": "1" if p["in_stock"] else "0", "Backorders allowed?": "0",
                          "Sold individually?": "0", "Allow customer reviews?": "0",
                          "Regular price": "" if ask else f"{(v.regular or v.price):g}",
                          "Sale price": f"{v.price:g}" if v.regular else "", "Parent": f"id:{pid}",
                          "Position": str(j + 1), "Attribute 1 name": base["Attribute 1 name"],
                          "Attribute 1 value(s)": v.opts[0], "Attribute 1 visible": "", "Attribute 1 global": "1"})
                rows.append(r)
        pid += 1 + (len(vs) if variable else 0) + prng.randint(0, 3)
        fields = {"title": title, "body": desc.replace("\\n", " ") + " " + short, "type": cats, "tags": tags}
        if mat_attr:
            fields["attributes"] = mat_attr
        if variable:
            fields["options"] = " ".join(v.opts[0] for v in vs)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [base["Attribute 1 name"]] if variable else [], CURRENCY,
                         None if broken else "images/" + fn, url, broken, spec, [], "regular_price")
        t["woo_id"] = int(base["ID"])
        t["woo_type"] = base["Type"]
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"tbs {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
