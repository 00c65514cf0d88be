"""Copenhagen shop: Guldsmed Ida Holm, Jægersborggade, København N (Shopify, DKK).

Its export is Shopify's product CSV as the admin writes it today (Products > Export, "All
products", "CSV for Excel, Numbers, or other spreadsheet programs"): the 2025 column set
(`Title`, `URL handle`, `Description`, ..., `Price`, `Compare-at price`, ..., `Product image URL`,
`Status`), comma-separated, UTF-8 without a byte-order mark, one row per variant, product fields
on the first row only.  Admin in English, listings in Danish.  See
data/heldout/cph_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentyfifth_common import DA, GOLD_CODES, Variant, dkk, evidence, photo_spec, truth_record, wchoice

SITE = "https://www.guldsmedholm.heldout-cph.example/"
HOST = SITE + "cdn/shop/files/"
CURRENCY = "DKK"
EXPORT_NAME = "products_export_1.csv"

HEADER = ["Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
          "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
          "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Compare-at price",
          "Cost per item", "Charge tax", "Tax code", "Unit price total measure", "Unit price total measure unit",
          "Unit price base measure", "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
          "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display", "Requires shipping",
          "Fulfillment service", "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
          "SEO title", "SEO description", "Color (product.metafields.shopify.color-pattern)",
          "Jewelry material (product.metafields.shopify.jewelry-material)",
          "Target gender (product.metafields.shopify.target-gender)"]

RATE = {"Y8": 390, "Y14": 730, "W14": 790, "R14": 750, "Y18": 990}       # kr / gram, retail, made up
STONE_DKK = {None: 0, "diamond": 1900, "cz": 90, "cz pink": 90, "cz blue": 90, "pearl": 250, "garnet": 350,
             "amethyst": 350, "sapphire": 1800, "topaz": 400, "amber": 220}
SILVER = {"S925": (299, 38), "GPS": (349, 44), "SS": (199, 12)}

PREFIX = {"Y8": "Guld", "Y14": "Guld", "Y18": "Guld", "W14": "Hvidguld", "R14": "Rødguld", "S925": "Sølv"}
LINK_S = {"Hvidguld": "Hvidgulds", "Rødguld": "Rødgulds"}       # Danish linking -s before ring
METAL_SHORT = {"Y8": ["8 kt. guld", "8 karat guld", "333 guld", "guld 333"],
               "Y14": ["14 kt. guld", "14 karat guld", "585 guld", "guld 585", "14kt guld"],
               "Y18": ["18 kt. guld", "18 karat guld", "750 guld"],
               "W14": ["14 kt. hvidguld", "hvidguld 585"], "R14": ["14 kt. rødguld", "rosaguld 585"],
               "S925": ["sterlingsølv", "sølv 925", "925 sterlingsølv", "sølv"],
               "GPS": ["forgyldt sølv", "forgyldt sterlingsølv"], "SS": ["rustfrit stål", "kirurgisk stål"]}
BODY_METAL = {
    "Y8": ["Materiale: 8 karat guld (333).", "Udført i 8 kt. guld, stemplet 333.", "Guld 333 – et prisvenligt og slidstærkt guld."],
    "Y14": ["Materiale: 14 karat guld (585). Stemplet 585.", "Udført i 14 kt. guld og stemplet 585 samt mesterstempel.",
            "Guld 585/1000."],
    "Y18": ["Materiale: 18 karat guld, stemplet 750.", "18 kt. guld (750)."],
    "W14": ["Materiale: 14 kt. hvidguld (585), rhodineret.", "Hvidguld 585 med rhodinering."],
    "R14": ["Materiale: 14 kt. rødguld (585) – en varm, rosa tone.", "Rødguld 585."],
    "S925": ["Materiale: 925 sterlingsølv.", "Sterlingsølv, stemplet 925S.", "Sølv 925 – nikkelfrit."],
    "GPS": ["Materiale: forgyldt sterlingsølv (925).", "Sølv 925, forgyldt."],
    "SS": ["Materiale: rustfrit stål (316L) – tåler vand.", "Kirurgisk stål, nikkelfrit."],
}
STONE_MED = {"diamond": ["brillant", "brillanter", "diamant"], "cz": ["zirkonia", "hvide zirkonia"],
             "cz pink": ["lyserød zirkonia"], "cz blue": ["blå zirkonia"], "pearl": ["ferskvandsperle", "perle"],
             "garnet": ["granat"], "amethyst": ["ametyst"], "sapphire": ["safir", "blå safir"],
             "topaz": ["blå topas", "London Blue topas"], "amber": ["rav", "baltisk rav"]}
STONE_PREFIX = {"pearl": "Perle", "garnet": "Granat", "amethyst": "Ametyst", "sapphire": "Safir", "amber": "Rav",
                "topaz": "Topas"}
BODY_STONE = {"diamond": ["Sten: brillantslebet diamant, W/SI.", "Diamanter: brillanter, TW/VS."],
              "cz": ["Sten: klare zirkonia.", "Besat med hvide zirkonia (cubic zirconia)."],
              "cz pink": ["Sten: lyserød zirkonia."], "cz blue": ["Sten: blå zirkonia."],
              "pearl": ["Hvid ferskvandsperle, ca. 7 mm.", "Ferskvandsperler i hvid."],
              "garnet": ["Sten: dybrød granat.", "Granat – januars månedssten."],
              "amethyst": ["Sten: lilla ametyst.", "Ametyst (februars månedssten)."],
              "sapphire": ["Sten: blå safir."], "topaz": ["Sten: blå topas (London Blue)."],
              "amber": ["Ægte baltisk rav, honningfarvet, fundet på Vestkysten.", "Rav i cognacfarve – hver sten er unik."]}
NOUN = {"ring": "ring", "engagement ring": "forlovelsesring", "wedding band": "vielsesring", "earrings": "øreringe",
        "pendant": "vedhæng", "chain": "halskæde", "necklace": "halskæde", "bracelet": "armbånd", "bangle": "armring",
        "anklet": "ankelkæde", "brooch": "broche"}
NOUN_ALT = {"earrings": ["ørestikker", "øreringe", "creoler", "ørehængere"],
            "chain": ["ankerkæde", "panserkæde", "venezianerkæde", "bismarckkæde", "kæde"],
            "necklace": ["halskæde", "collier"], "bracelet": ["armbånd"], "ring": ["ring"]}
TYPE = {"ring": "Ringe", "engagement ring": "Forlovelsesringe", "wedding band": "Vielsesringe", "earrings": "Øreringe",
        "pendant": "Vedhæng", "chain": "Kæder", "necklace": "Halskæder", "bracelet": "Armbånd", "bangle": "Armringe",
        "anklet": "Ankelkæder", "brooch": "Brocher"}
TAXO = {"ring": "Rings", "engagement ring": "Rings", "wedding band": "Rings", "earrings": "Earrings",
        "pendant": "Charms & Pendants", "chain": "Necklaces", "necklace": "Necklaces", "bracelet": "Bracelets",
        "bangle": "Bracelets", "anklet": "Anklets", "brooch": "Brooches & Lapel Pins"}
MATERIAL_META = {"Y8": "Gold", "Y14": "Gold", "Y18": "Gold", "W14": "White gold", "R14": "Rose gold",
                 "S925": "Sterling silver", "SS": "Stainless steel"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "anklet": ("anklet", None), "brooch": ("brooch", None)}
NAMES = ["Bølge", "Skagen", "Fjord", "Sol", "Ask", "Tang", "Klit", "Stjerne", "Dråbe", "Lyng", "Måne", "Ebbe", "Hav",
         "Kløver", "Frida", "Alma", "Vilde"]

DESIGNS = [
    ("ring", 14, [("Y14", 4), ("Y8", 3), ("W14", 1), ("R14", 1), ("S925", 4), ("GPS", 1)],
     [(None, 4), ("cz", 2), ("garnet", 1), ("amethyst", 1), ("sapphire", 1), ("amber", 1), ("topaz", 1), ("pearl", 1),
      ("cz pink", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 3), ("Y18", 1), ("R14", 1)], [("diamond", 7), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 7, [("Y14", 4), ("W14", 1), ("R14", 1), ("Y8", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("Y14", 4), ("Y8", 3), ("S925", 5), ("GPS", 3), ("W14", 1)],
     [(None, 4), ("cz", 3), ("pearl", 4), ("diamond", 1), ("amber", 1), ("garnet", 1)], (1.0, 4.0), "metal"),
    ("pendant", 12, [("Y14", 3), ("Y8", 2), ("S925", 5), ("GPS", 2)],
     [(None, 3), ("amber", 3), ("cz", 2), ("pearl", 1), ("garnet", 1), ("amethyst", 1)], (0.8, 4.0), "metal"),
    ("chain", 9, [("Y14", 3), ("Y8", 2), ("S925", 3), ("SS", 1)], [(None, 1)], (2.0, 10.0), "len"),
    ("necklace", 8, [("Y14", 2), ("S925", 4), ("GPS", 2)], [(None, 3), ("pearl", 3), ("cz", 1), ("amber", 1)], (3.0, 12.0), None),
    ("bracelet", 8, [("Y14", 2), ("Y8", 1), ("S925", 3), ("GPS", 2)], [(None, 5), ("pearl", 1), ("cz", 1), ("amber", 1)],
     (3.0, 9.0), None),
    ("bangle", 4, [("S925", 3), ("Y14", 1)], [(None, 1)], (8.0, 18.0), None),
    ("anklet", 3, [("S925", 2), ("GPS", 1)], [(None, 1)], (2.0, 5.0), None),
    ("brooch", 3, [("S925", 2), ("Y8", 1)], [(None, 2), ("amber", 1)], (3.0, 8.0), None),
]
SIZES = ["48", "50", "52", "54", "56", "58", "60"]
LENS = ["42 cm", "45 cm", "50 cm", "60 cm"]
SILVERISH = ("S925", "GPS", "SS")


def r_dkk(x):
    if x < 1000:
        return float(int(round(x / 50.0)) * 50 - 1) if x >= 100 else 99.0
    return float(int(round(x / 100.0)) * 100 - 5)


def price_of(code, stone, grams, carat=None):
    st = STONE_DKK[stone]
    if stone == "diamond" and carat:
        st = STONE_DKK["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLD_CODES:
        return r_dkk(grams * RATE[code] + 400 + st)
    base, per_g = SILVER[code]
    return r_dkk(base + per_g * grams + (st * 0.6 if stone else 0))


def handle_of(title):
    h = title.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", h).strip("-")


def cap(s):
    return s[:1].upper() + s[1:]


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVERISH and stone in ("diamond", "sapphire"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def texts(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN_ALT.get(cat, [NOUN[cat]]))
    p["noun"] = noun
    name = rng.choice(NAMES)
    form = rng.random()
    stone_in_title = stone and rng.random() < 0.65
    metal_in_title = not metal_alt and rng.random() < 0.75
    med = rng.choice(STONE_MED[stone]) if stone else ""
    if metal_in_title and code in PREFIX and form < 0.4 and noun in ("ring", "øreringe", "vedhæng", "armbånd", "armring",
                                                                     "halskæde", "kæde", "broche", "ankelkæde"):
        pre = PREFIX[code]
        if noun == "ring":
            pre = LINK_S.get(pre, pre)
        head = pre + noun
        if stone_in_title:
            title = f"{head} med {med}"
        else:
            title = f"{head} {name}" if rng.random() < 0.6 else f"{name} {head.lower()}"
    elif metal_in_title:
        ms = rng.choice(METAL_SHORT[code])
        if stone_in_title and stone in STONE_PREFIX and rng.random() < 0.4:
            title = f"{STONE_PREFIX[stone]}{noun} {name}, {ms}"
        elif stone_in_title:
            title = f"{cap(noun)} i {ms} med {med}" if rng.random() < 0.5 else f"{name} {noun} med {med} – {ms}"
        else:
            title = f"{name} {noun}, {ms}" if rng.random() < 0.5 else f"{cap(noun)} {name} i {ms}"
    else:
        if stone_in_title and stone in STONE_PREFIX and rng.random() < 0.5:
            title = f"{STONE_PREFIX[stone]}{noun} {name}"
        elif stone_in_title:
            title = f"{name} – {noun} med {med}"
        else:
            title = f"{name} {noun}"
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    body = []
    if metal_alt:
        body.append(f"Fås i {rng.choice(METAL_SHORT[code])} eller {rng.choice(METAL_SHORT[metal_alt])} – vælg herunder.")
    elif metal_in_title or rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    else:
        body.append(rng.choice(["Håndlavet i vores værksted på Nørrebro.", "Nordisk, enkelt design."]))
    if code == "GPS" and rng.random() < 0.5:
        body.append("Forgyldt med 18 kt. guld (2 micron).")
        traps.append("Forgyldt med 18 kt. guld")
    if stone and (stone_in_title or rng.random() < 0.7):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.4:
        body.append(rng.choice(["Glat og enkel – uden sten.", "Blank, poleret overflade."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Samlet karatvægt {c} ct.", f"Br. {c} ct W/SI.", f"1 brillant à {c} ct (TW/VS)."]))
    if code in GOLD_CODES or metal_alt in GOLD_CODES:
        g = str(p["grams"]).replace(".", ",")
        body.append(rng.choice([f"Vægt ca. {g} g.", f"Guldvægt: {g} gram.", f"Vægt: {g} g"]))
    if cat == "pendant":
        body.append(rng.choice(["Kæde medfølger ikke.", "Prisen er uden kæde – se vores kæder."]))
        p["sold_with_chain"] = False
    if cat == "wedding band":
        body.append("Prisen er pr. stk.")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(2525)
    outdir = os.path.join(out, "cph_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {11, 44, 79}
    ask_at = {6, 38, 64}            # price on request: Price 0.00
    draft_at = {21, 58}
    archived_at = {73}
    oos_at = {15, 50}
    seen = {}
    done = set()
    for i, p in enumerate(prods):
        prng = random.Random(252500 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.35:
            metal_alt = {"S925": "GPS", "GPS": "S925", "Y8": "Y14", "Y14": "Y8"}.get(p["code"])
        title, body, traps = texts(p, rng, metal_alt)
        code, cat = p["code"], p["cat"]
        # deliberate look-alikes, by position
        if i in (4, 33, 61) and code in SILVERISH:
            body.append("Leveres i en guldfarvet gaveæske.")
        if i in (9, 47) and code in GOLD_CODES:
            body.append("En smuk gave til sølvbryllup.")
        if i in (27, 70) and code in SILVERISH:
            body.append("Gaveidé til guldbryllup.")
        if cat in ("chain", "bracelet", "anklet") and p["stone"] is None and i % 3 == 0:
            body.append("Diamantslebet, så kæden glimter.")
        if i % 4 == 1 and code in SILVERISH:
            body.append("Håndlavet hos Guldsmed Holm på Jægersborggade.")
        if cat == "pendant" and p["stone"] is None and not metal_alt and "granat" not in done:
            done.add("granat")
            title = f"Granatæble vedhæng, {METAL_SHORT[code][0]}"
            traps.append("Granatæble")
        if cat == "bracelet" and p["stone"] is None and code in ("S925", "Y14") and code not in done:
            done.add(code)
            bead = "sølvperler" if code in SILVERISH else "guldperler"
            title = f"Armbånd med {bead}, {METAL_SHORT[code][0]}"
            traps.append(bead)
            body.append(f"Små blanke {bead} på tynd kæde.")
        ask = i in ask_at
        status = "draft" if i in draft_at else ("archived" if i in archived_at else "active")
        p.update(status=status, live=status == "active" and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = TYPE[cat]
        h = handle_of(title)
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            h = f"{h}-{seen[h] - 1}"
        p["handle"] = h
        p["title"] = title
        sku = f"IH-{3100 + i * 7}"
        axis = p["axis"]
        vals, vname = [], None
        if axis == "size" and prng.random() < 0.75:
            a = prng.randint(0, 2)
            vals, vname = SIZES[a:a + prng.randint(4, 5)], "Ringstørrelse"
        elif axis == "len" and prng.random() < 0.6:
            vals, vname = LENS[:prng.randint(2, 4)], "Længde"
        elif metal_alt:
            lab = {"S925": "Sølv", "GPS": "Forgyldt sølv", "Y8": "8 kt. guld", "Y14": "14 kt. guld"}
            vals, vname = [lab[code], lab[metal_alt]], "Materiale"
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], 0.0 if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                vc, g = code, p["grams"]
                if vname == "Materiale":
                    vc = code if j == 0 else metal_alt
                elif vname == "Ringstørrelse":
                    g = p["grams"] * (1 + 0.03 * j)
                else:
                    g = p["grams"] * (1 + 0.1 * j)
                vs.append(Variant([s], vc, p["stone"], 0.0 if ask else price_of(vc, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{j + 1}"))
        if not ask and code in SILVERISH and not metal_alt and prng.random() < 0.25:
            for v in vs:
                v.regular = v.price
                v.price = r_dkk(v.price * 0.75)
        ver = 1_730_000_000 + prng.randint(0, 50_000_000)
        fn = f"{h}.jpg" if prng.random() < 0.5 else f"IMG_{5200 + i * 11}.jpg"
        url = f"{HOST}{fn}?v={ver}"
        broken = i in broken_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "hoop" if p["noun"] == "creoler" else ("drop" if p["noun"] == "ørehængere" else "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2525000 + i))
        if ask:
            body.append(prng.choice(["Pris efter aftale – kontakt butikken.", "Ring eller skriv for pris: 33 12 45 67.",
                                     "Pris på forespørgsel."]))
        elif prng.random() < 0.35:
            pw = min(v.price for v in vs)
            body.append(("Fra " if len({v.price for v in vs}) > 1 else "Pris: ") + dkk(pw, prng.randint(0, 6)) + ".")
        if prng.random() < 0.2:
            body.append("Fri fragt over 499 kr. Betal med MobilePay, Dankort eller Klarna.")
        desc = "<p>" + "</p><p>".join(body) + "</p>" if prng.random() < 0.7 else "<br>".join(body)
        tags = [t for t in (prng.choice(["", "nyhed", "gaveidé", "bestseller", "mors dag", "jul"]),
                            prng.choice(["", "", "dansk design", "håndlavet"])) if t]
        if code in GOLD_CODES and prng.random() < 0.4:
            tags.append("guld")
        if code == "S925" and prng.random() < 0.4:
            tags.append("sølv")
        typ = TYPE[cat] if prng.random() < 0.85 else ""
        meta = MATERIAL_META.get(code, "") if prng.random() < 0.4 else ""
        nrows = max(1, len(vs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = h
            v = vs[j]
            if j == 0:
                r.update({"Title": title, "Description": desc, "Vendor": "Guldsmed Holm",
                          "Product category": ("Apparel & Accessories > Jewelry > " + TAXO[cat]) if prng.random() < 0.7 else "",
                          "Type": typ, "Tags": ", ".join(tags),
                          "Published on online store": "TRUE" if status == "active" else "FALSE",
                          "Status": status, "Gift card": "FALSE", "Product image URL": url, "Image position": "1",
                          "Image alt text": title if prng.random() < 0.4 else "",
                          "Jewelry material (product.metafields.shopify.jewelry-material)": meta,
                          "Target gender (product.metafields.shopify.target-gender)": "female" if prng.random() < 0.3 else ""})
                r["Option1 name"] = vname or "Title"
            r.update({"SKU": v.sku, "Price": f"{v.price:.2f}", "Compare-at price": f"{v.regular:.2f}" if v.regular else "",
                      "Charge tax": "TRUE", "Inventory tracker": "shopify",
                      "Inventory quantity": str(0 if not p["in_stock"] else prng.randint(1, 4)),
                      "Continue selling when out of stock": "DENY",
                      "Weight value (grams)": f"{v.grams:.0f}" if prng.random() < 0.6 else "0",
                      "Weight unit for display": "g", "Requires shipping": "TRUE", "Fulfillment service": "manual",
                      "Option1 value": v.opts[0] if vals else "Default Title"})
            rows.append(r)
        fields = {"title": title, "body": desc, "type": typ, "tags": ", ".join(tags), "attributes": meta}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, url, broken, spec,
                         [], "compare_at_price")
        ev, probs = evidence(DA, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"cph {h} {title!r}: {probs}\n{fields}")
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
        by.setdefault(r["URL handle"], []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Title"] == t["title"], t["handle"]
        prices = [float(r["Price"]) for r in rs if r["SKU"]]
        assert len(prices) == t["variants"], t["handle"]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert rs[0]["Status"] == t["status"]
        assert (rs[0]["Status"] == "active" and min(prices) > 0) == t["live"], t["handle"]
        assert rs[0]["Product image URL"] == t["image_url"]
        if images:
            fn = t["image_url"][len(HOST):].split("?")[0]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"], fn
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows)
