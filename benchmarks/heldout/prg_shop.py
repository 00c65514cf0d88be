"""Prague shop: Zlatnictví Horák, Vinohrady, Praha 2 (Shoptet, CZK).

Shoptet's system product export (Produkty -> Export, CSV): `;` separator, `"` quoting,
Windows-1250, decimal comma, prices with VAT (priceVat), one row per variant with the
variants of one product sharing `pairCode`, product fields repeated on every variant
row, `$` put before the product code (the export's default against Excel dropping
leading zeros), Czech category paths with ` > `, HTML descriptions.
"""

from __future__ import annotations

import os
import random

from twentyfirst_common import GOLD_CODES, Variant, evidence, photo_spec, truth_record, wchoice

HOST = "https://cdn.myshoptet.heldout-prg.example/usr/www.zlatnictvi-horak.cz/user/shop/big/"
CURRENCY = "CZK"
EXPORT_NAME = "products.csv"
ENCODING = "cp1250"

HEADER = ["code", "pairCode", "name", "defaultCategory", "categoryText", "categoryText2", "shortDescription",
          "description", "manufacturer", "warranty", "itemType", "unit", "variant:Velikost", "variant:Délka",
          "variant:Materiál", "price", "priceVat", "standardPrice", "actionPrice", "purchasePrice", "vat",
          "currency", "stock", "ean", "weight", "availabilityInStock", "availabilityOutOfStock", "visibility",
          "image", "image2", "image3", "seoTitle", "metaDescription"]

VAT = 1.21
RATE = {"Y14": 1650, "W14": 1750, "R14": 1680, "Y18": 2350, "W18": 2450}     # Kč per gram with work
STONE_P = {None: 0, "diamond": 14000, "cz": 250, "ruby": 3800, "sapphire": 4200, "emerald": 4500, "pearl": 900,
           "garnet": 700, "moldavite": 1800, "amethyst": 900, "topaz": 900, "enamel": 0}
SILVER = {"S925": (690, 55), "GPS": (890, 60), "GPT": (390, 25), "SS": (290, 15)}

METAL_TXT = {
    "Y14": ["ze žlutého zlata", "žluté zlato 585", "zlatý", "14 kt žluté zlato"],
    "W14": ["z bílého zlata", "bílé zlato 585", "14kt bílé zlato"],
    "R14": ["z červeného zlata", "červené zlato 585", "z růžového zlata"],
    "Y18": ["ze žlutého zlata 750", "18 kt zlato"],
    "W18": ["z bílého zlata 750", "bílé zlato 18 kt"],
    "S925": ["stříbrný", "ze stříbra", "Ag 925", "stříbro 925/1000"],
    "GPS": ["pozlacené stříbro", "ze zlaceného stříbra"],
    "GPT": ["tombak pozlacený", "bižuterie"],
    "SS": ["z chirurgické oceli", "ocelový"],
}
BODY_METAL = {
    "Y14": "Materiál: žluté zlato, ryzost 585/1000 (14 kt), puncováno.",
    "W14": "Materiál: bílé zlato 585/1000, rhodiováno.",
    "R14": "Materiál: červené (růžové) zlato 585/1000.",
    "Y18": "Materiál: žluté zlato 750/1000 (18 kt).",
    "W18": "Materiál: bílé zlato 750/1000 (18 kt), rhodiováno.",
    "S925": "Materiál: stříbro Ag 925/1000, rhodiováno proti černání.",
    "GPS": "Materiál: stříbro 925/1000, pozlaceno.",
    "GPT": "Materiál: tombak (slitina mědi a zinku), pozlaceno. Bižuterie – nejedná se o drahý kov.",
    "SS": "Materiál: chirurgická ocel 316L, nealergenní, nečerná.",
}
STONE_TXT = {"diamond": ["s briliantem", "s diamantem"], "cz": ["se zirkonem", "se zirkony", "s bílým zirkonem"],
             "ruby": ["s rubínem"], "sapphire": ["se safírem"], "emerald": ["se smaragdem"],
             "pearl": ["s perlou", "s říční perlou"], "garnet": ["s českými granáty", "s granátem", "granátový"],
             "moldavite": ["s vltavínem", "vltavínový"], "amethyst": ["s ametystem"], "topaz": ["s modrým topazem"]}
BODY_STONE = {"diamond": "Kámen: briliant (přírodní diamant), čistota SI, barva H.",
              "cz": "Kámen: zirkon (syntetický, bílý).", "ruby": "Kámen: přírodní rubín.",
              "sapphire": "Kámen: modrý safír.", "emerald": "Kámen: smaragd.",
              "pearl": "Kámen: sladkovodní perla, bílá.",
              "garnet": "Kameny: pravé české granáty (pyropy) z Podkrkonoší.",
              "moldavite": "Kámen: vltavín z jižních Čech, zelený, přírodní tvar.",
              "amethyst": "Kámen: ametyst, fialový.", "topaz": "Kámen: topaz, modrý."}

NOUN = {"ring": "Prsten", "engagement ring": "Zásnubní prsten", "wedding band": "Snubní prsten",
        "earrings": "Náušnice", "pendant": "Přívěsek", "chain": "Řetízek", "necklace": "Náhrdelník",
        "bracelet": "Náramek", "brooch": "Brož", "anklet": "Nákotník", "jewellery set": "Souprava"}
CATPATH = {"ring": "Prsteny", "engagement ring": "Prsteny > Zásnubní prsteny", "wedding band": "Snubní prsteny",
           "earrings": "Náušnice", "pendant": "Přívěsky", "chain": "Řetízky", "necklace": "Náhrdelníky",
           "bracelet": "Náramky", "brooch": "Brože", "anklet": "Nákotníky", "jewellery set": "Soupravy"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "brooch": ("brooch", None),
        "anklet": ("anklet", None), "jewellery set": ("necklace", None)}
NAMES = ["Anna", "Klára", "Eliška", "Bohemia", "Vltava", "Karlštejn", "Lípa", "Petrklíč", "Sněženka", "Hvězda",
         "Srdce", "Kapka", "Luna", "Jasmín", "Růženka", "Krkonoše", "Dana", "Zora", "Vinohrady", "Perla", "Zlatíčko",
         "Šárka", "Libuše", "Ema"]

GOLD = [("Y14", 5), ("W14", 3), ("R14", 2), ("Y18", 1), ("W18", 1)]
DESIGNS = [
    # cat, n, metals, stones, grams, axes
    ("ring", 14, GOLD + [("S925", 6), ("GPS", 1)],
     [("cz", 4), (None, 2), ("garnet", 3), ("ruby", 1), ("sapphire", 1), ("emerald", 1), ("moldavite", 2), ("amethyst", 1)],
     (1.8, 4.5), "size"),
    ("engagement ring", 7, [("W14", 4), ("Y14", 2), ("W18", 2), ("S925", 1)], [("diamond", 5), ("cz", 3)], (2.0, 3.5), "size"),
    ("wedding band", 6, [("Y14", 3), ("W14", 2), ("R14", 1)], [(None, 4), ("diamond", 1)], (3.0, 6.0), "size"),
    ("earrings", 14, GOLD + [("S925", 6), ("GPT", 2), ("GPS", 1)],
     [("cz", 4), (None, 3), ("pearl", 2), ("garnet", 3), ("moldavite", 1), ("topaz", 1)], (1.0, 3.5), None),
    ("pendant", 12, GOLD + [("S925", 6), ("GPS", 1)],
     [("garnet", 3), ("moldavite", 3), (None, 2), ("cz", 2), ("diamond", 1), ("amethyst", 1)], (0.8, 3.0), None),
    ("chain", 9, [("Y14", 5), ("W14", 1), ("S925", 4), ("SS", 2)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, [("S925", 3), ("Y14", 2), ("GPT", 2), ("GPS", 1)], [("garnet", 3), ("pearl", 2), ("cz", 1)], (3.0, 12.0), None),
    ("bracelet", 9, [("Y14", 3), ("S925", 4), ("SS", 2), ("GPT", 1)], [(None, 3), ("garnet", 2), ("cz", 1)], (2.5, 10.0), None),
    ("brooch", 5, [("GPT", 3), ("GPS", 2), ("S925", 1)], [("garnet", 4), ("cz", 1)], (3.0, 9.0), None),
    ("anklet", 3, [("S925", 3), ("SS", 1)], [(None, 2), ("cz", 1)], (1.5, 3.5), None),
    ("jewellery set", 4, [("GPT", 2), ("S925", 2), ("Y14", 1)], [("garnet", 3), ("cz", 1)], (5.0, 14.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]
LENS = ["42 cm", "45 cm", "50 cm", "55 cm"]


def r_czk(x):
    return float(int(round(x / 10.0)) * 10 - 10) if x > 1000 else float(int(round(x / 10.0)) * 10 - 1)


def price_of(code, stone, grams, carat=None):
    if code in GOLD_CODES:
        st = STONE_P[stone] * (carat / 0.1 if stone == "diamond" and carat else 1)
        return r_czk(grams * RATE[code] + st + 600)
    base, per_g = SILVER[code]
    st = STONE_P[stone] if stone not in ("diamond",) else 0
    return r_czk(base + per_g * grams + (st * 0.6 if code in ("GPT", "SS") else st))


def kc(x, style):
    x = int(round(x))
    g = f"{x:,}".replace(",", " ")
    return [f"{g} Kč", f"{x},- Kč", f"{x} CZK", f"Kč {g},-", f"{g},00 Kč"][style]


def num(x):
    s = f"{x:.2f}".replace(".", ",")
    return s


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("GPT", "SS", "S925", "GPS") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            if code == "GPT" and stone == "moldavite":
                stone = "garnet"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng, i):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    name = rng.choice(NAMES)
    noun = NOUN[cat]
    mt = rng.choice(METAL_TXT[code])
    where_metal = "title" if rng.random() < 0.65 else ("body" if rng.random() < 0.8 else "photo")
    if code in ("GPT", "GPS") and where_metal == "photo":
        where_metal = "body"
    parts = [noun]
    if where_metal == "title":
        if mt in ("zlatý", "stříbrný", "ocelový"):
            end = {"Brož": "á", "Souprava": "á", "Náušnice": "é"}.get(noun, "ý")
            adj = mt[:-1] + end
            if end == "ý":
                parts = [adj.capitalize(), noun.lower()]
            else:
                parts = [noun, adj]
        else:
            parts.append(mt)
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "nowhere"])
    if stone and where_stone == "title":
        sw = rng.choice(STONE_TXT[stone])
        if sw.endswith("ový"):
            sw = sw[:-1] + {"Brož": "á", "Souprava": "á", "Náušnice": "é"}.get(noun, "ý")
        parts.append(sw)
    title = " ".join(parts)
    if rng.random() < 0.5:
        if name == "Perla" and stone != "pearl":
            traps.append("Perla")
        if name == "Zlatíčko" and code not in GOLD_CODES:
            traps.append("Zlatíčko")
        title += rng.choice([f" {name}", f" – {name}", f" \u201e{name}\u201c"])
    body = []
    if where_metal in ("title", "body"):
        body.append(BODY_METAL[code])
    else:
        body.append(rng.choice(["Ruční práce z naší dílny na Vinohradech.", "Krásný dárek pro vaše blízké."]))
    if stone and where_stone in ("title", "body"):
        body.append(BODY_STONE[stone])
    elif stone is None and where_stone == "body":
        body.append("Hladký design bez kamenů.")
    if code == "GPT" and rng.random() < 0.5:
        body.append("Zlatavý lesk, vypadá jako zlato – ideální ke krojům i na ples.")
    if code == "SS" and rng.random() < 0.6:
        body.append("Ocel stříbrné barvy, nerezavějící.")
    if p.get("carat"):
        body.append(f"Celková hmotnost briliantů: {str(p['carat']).replace('.', ',')} ct.")
    if code in GOLD_CODES:
        body.append(f"Hmotnost: cca {str(p['grams']).replace('.', ',')} g.")
    if cat == "pendant":
        body.append("Cena je uvedena bez řetízku." if rng.random() < 0.7 else "Řetízek není součástí balení.")
        p["sold_with_chain"] = False
    if cat == "wedding band":
        body.append("Cena je za 1 kus. Gravírování jmen zdarma.")
    if cat == "jewellery set":
        body.append("Souprava: náhrdelník a náušnice.")
        p["set_contents"] = ["necklace", "earrings"]
    return title, body, traps


def build(out, images=True):
    rng = random.Random(2121)
    outdir = os.path.join(out, "prg_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {9, 47, 77}
    ask_at = {5, 38, 66}          # cena na dotaz: priceVat 0
    hidden_at = {22, 58}
    blocked_at = {71}
    oos_at = {15, 50}
    for i, p in enumerate(prods):
        prng = random.Random(21000 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        title, body, traps = texts(p, rng, i)
        p["title"] = title
        ask = i in ask_at
        vis = "hidden" if i in hidden_at else ("blocked" if i in blocked_at else "visible")
        p["status"] = {"visible": "active", "hidden": "hidden", "blocked": "blocked"}[vis]
        p["live"] = vis == "visible" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATPATH[p["cat"]]
        base_code = f"{1000 + i * 7:05d}" if prng.random() < 0.5 else f"ZH-{300 + i}"
        axis = p["axis"] if prng.random() < 0.6 else None
        vals = []
        if axis == "size":
            a = prng.randint(0, 2)
            vals = SIZES[a:a + prng.randint(3, 5)]
        elif axis == "len":
            vals = LENS[:prng.randint(2, 4)]
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], base_code))
        else:
            for j, s in enumerate(vals):
                g = p["grams"] * (1 + (0.03 * j if axis == "size" else 0.1 * j))
                vs.append(Variant([s], code, p["stone"], None if ask else price_of(code, p["stone"], g, p.get("carat")),
                                  None, g, f"{base_code}/{j + 1}"))
        if not ask and prng.random() < 0.15:
            for v in vs:
                v.regular = v.price
                v.price = r_czk(v.price * 0.85)
        pair = base_code if vals else ""
        p["handle"] = pair or base_code
        fn = f"{p['handle'].replace('/', '-')}_{prng.randint(100, 999)}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        if p["cat"] == "earrings" and prng.random() < 0.3:
            style = "hoop" if p["stone"] is None else "drop"
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 121000 + i))
        if ask:
            body.insert(0, "<strong>Cena na dotaz</strong> – kontaktujte nás v prodejně.")
        elif prng.random() < 0.35:
            body.append(f"Cena: {kc(vs[0].price, prng.randint(0, 4))}")
        desc = "".join(f"<p>{b}</p>" for b in body)
        short = "" if prng.random() < 0.5 else f"<p>{body[0]}</p>"
        cat2 = ""
        if p["stone"] == "garnet":
            cat2 = "Český granát"
        elif p["stone"] == "moldavite":
            cat2 = "Vltavíny"
        elif code == "GPT":
            cat2 = "Bižuterie"
        elif code == "S925" and prng.random() < 0.5:
            cat2 = "Stříbrné šperky"
        elif code in GOLD_CODES and prng.random() < 0.4:
            cat2 = "Zlaté šperky"
        mat = {"Y14": "Žluté zlato 585", "W14": "Bílé zlato 585", "R14": "Červené zlato 585", "Y18": "Žluté zlato 750",
               "W18": "Bílé zlato 750", "S925": "Stříbro 925", "GPS": "Pozlacené stříbro", "GPT": "Tombak",
               "SS": "Ocel"}[code]
        use_mat = prng.random() < 0.3 and bool(vals)
        for k, v in enumerate(vs):
            r = dict.fromkeys(HEADER, "")
            r.update({
                "code": "$" + v.sku, "pairCode": pair, "name": title, "defaultCategory": CATPATH[p["cat"]],
                "categoryText": CATPATH[p["cat"]], "categoryText2": cat2,
                "shortDescription": short, "description": desc,
                "manufacturer": "" if prng.random() < 0.6 else ("Zlatnictví Horák" if code != "GPT" else "Jablonex"),
                "warranty": "24 měsíců" if prng.random() < 0.7 else "", "itemType": "product", "unit": "ks",
                "price": num(0 if ask else v.price / 1.21), "priceVat": num(0 if ask else v.price),
                "standardPrice": num(v.regular) if v.regular else "", "actionPrice": num(v.price) if v.regular else "",
                "purchasePrice": "", "vat": "21", "currency": "CZK",
                "stock": str(0 if not p["in_stock"] else prng.randint(1, 4)),
                "weight": num(round(v.grams / 1000 + 0.05, 3)).rstrip("0") if prng.random() < 0.4 else "",
                "availabilityInStock": "Skladem" if prng.random() < 0.8 else "",
                "availabilityOutOfStock": "Na dotaz" if ask else ("Do 14 dnů" if prng.random() < 0.5 else "Vyprodáno"),
                "visibility": vis, "image": url,
                "seoTitle": "", "metaDescription": "",
            })
            if axis == "size":
                r["variant:Velikost"] = v.opts[0]
            elif axis == "len" and vals:
                r["variant:Délka"] = v.opts[0]
            if use_mat:
                r["variant:Materiál"] = mat
            rows.append(r)
        fields = {"title": title, "body": desc + " " + short, "type": CATPATH[p["cat"]] + " " + cat2}
        if use_mat:
            fields["attributes"] = mat
        if vals:
            fields["options"] = " ".join(v.opts[0] for v in vs)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, ["Velikost" if axis == "size" else "Délka"] if vals else [], CURRENCY,
                         None if broken else "images/" + fn, url, broken, spec, [], "standard_price")
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"prg {p['handle']} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
