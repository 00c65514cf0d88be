"""Helsinki shop: Kultasepänliike Lumo, Kallio, Helsinki (WooCommerce, EUR).

Its export is WooCommerce's own product exporter (Tuotteet > Vie / Products > Export, all
columns, all types), downloaded by the owner whose WordPress profile language is English, so
the column names are WooCommerce's English ones: comma-separated, UTF-8 with a byte-order
mark, PHP fputcsv quoting, 1 / 0 booleans, `Published` 1 / 0 / -1, variable parents followed
by `variation` rows (`Parent` = `id:NNN`).  Listings in Finnish.  See
data/heldout/hel_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random

from twentyfourth_common import FI, GOLD_CODES, Variant, evidence, fi_eur, photo_spec, truth_record, wchoice
from nbo_shop import HEADER  # noqa: F401  (WooCommerce's export columns, same plugin version)

SITE = "https://www.kultalumo.heldout-hel.example/"
HOST = SITE + "wp-content/uploads/"
CURRENCY = "EUR"
EXPORT_NAME = "wc-product-export-4-12-2026-1764857312904.csv"

RATE = {"Y14": 78, "W14": 84, "R14": 80, "Y18": 104, "W18": 110}        # € / gram, retail, made up
STONE_EUR = {None: 0, "diamond": 260, "cz": 12, "cz blue": 12, "pearl": 35, "spectrolite": 55, "sapphire": 240,
             "ruby": 260, "amethyst": 45, "topaz": 45}
SILVER = {"S925": (39, 5.0), "GPS": (49, 5.5), "SS": (24, 2.0), "GPSS": (29, 2.5)}

PREFIX = {"Y14": "Kulta", "Y18": "Kulta", "W14": "Valkokulta", "W18": "Valkokulta", "R14": "Punakulta",
          "S925": "Hopea", "SS": "Teräs"}
METAL_SHORT = {"Y14": ["14K kulta", "kulta 585", "14 k kultaa", "keltakulta 14K"], "Y18": ["18K kulta", "kulta 750"],
               "W14": ["14K valkokulta", "valkokulta 585"], "W18": ["18K valkokulta", "valkokulta 750"],
               "R14": ["14K punakulta", "ruusukulta 585"], "S925": ["hopea 925", "sterling-hopea", "925 hopea"],
               "GPS": ["kullattu hopea"], "SS": ["kirurginen teräs", "teräs"], "GPSS": ["kullattu teräs"]}
BODY_METAL = {
    "Y14": ["Materiaali: 14K kulta (585), leimattu.", "Kultaa 585/1000. Leimat: pitoisuusleima 585, nimileima ja kotimaisuusmerkki."],
    "Y18": ["Materiaali: 18 karaatin kulta (750).", "Kultaa 750/1000, leimattu."],
    "W14": ["Materiaali: 14K valkokulta (585), rodinoitu pinta.", "Valkokultaa 585, rodinoitu."],
    "W18": ["Materiaali: 18K valkokulta (750), rodinoitu."],
    "R14": ["Materiaali: 14K punakulta (585).", "Punakultaa 585/1000 – lämmin, ruusuinen sävy."],
    "S925": ["Materiaali: hopea 925 (sterling).", "Sterling-hopeaa 925/1000, leimattu. Ei nikkeliä."],
    "GPS": ["Materiaali: hopea 925, paksu kultaus.", "Kullattu sterling-hopea (925), kultauksen paksuus 1 mikroni."],
    "SS": ["Materiaali: kirurginen teräs 316L – ei tummu, kestää vettä.", "Ruostumatonta terästä (316L)."],
    "GPSS": ["Materiaali: ruostumaton teräs, PVD-kullattu pinta. Kestää vettä ja hikeä."],
}
STONE_ADESSIVE = {"diamond": ["timantilla", "timanteilla"], "cz": ["zirkonialla", "zirkonioilla"],
                  "cz blue": ["sinisellä zirkonialla"], "pearl": ["helmellä", "makeanvedenhelmellä"],
                  "spectrolite": ["spektroliitilla"], "sapphire": ["safiirilla"], "ruby": ["rubiinilla"],
                  "amethyst": ["ametistilla"], "topaz": ["sinisellä topaasilla", "topaasilla"]}
STONE_PREFIX = {"diamond": "Timantti", "pearl": "Helmi", "spectrolite": "Spektroliitti", "sapphire": "Safiiri",
                "ruby": "Rubiini", "amethyst": "Ametisti", "topaz": "Topaasi", "cz": "Zirkonia"}
BODY_STONE = {"diamond": ["Kivi: luonnontimantti, briljanttihionta, laatu W/SI.", "Timantit: briljantit, TW/VS."],
              "cz": ["Kivet: valkoiset zirkoniat (kubinen zirkonia).", "Kivenä kirkas zirkonia."],
              "cz blue": ["Kivi: sininen zirkonia."],
              "pearl": ["Valkoinen makeanvedenhelmi, n. 7 mm.", "Viljelty helmi, valkoinen."],
              "spectrolite": ["Kivi: suomalainen spektroliitti Ylämaalta – sininen välke.",
                              "Spektroliitti (Ylämaa), sinisävyinen."],
              "sapphire": ["Kivi: sininen safiiri."], "ruby": ["Kivi: punainen rubiini."],
              "amethyst": ["Kivi: violetti ametisti."], "topaz": ["Kivi: sininen topaasi (London Blue)."]}
NOUN = {"ring": "sormus", "engagement ring": "kihlasormus", "wedding band": "vihkisormus", "earrings": "korvakorut",
        "pendant": "riipus", "chain": "kaulaketju", "necklace": "kaulakoru", "bracelet": "rannekoru",
        "bangle": "rannerengas", "anklet": "nilkkakoru", "brooch": "rintakoru"}
NOUN_ALT = {"earrings": ["nappikorvakorut", "rengaskorvakorut", "korvakorut"], "chain": ["kaulaketju", "ketju"],
            "ring": ["sormus"], "necklace": ["kaulakoru"], "bracelet": ["rannekoru", "ranneketju"]}
CATEGORY = {"ring": "Sormukset", "engagement ring": "Sormukset > Kihlasormukset",
            "wedding band": "Sormukset > Vihkisormukset", "earrings": "Korvakorut", "pendant": "Riipukset",
            "chain": "Kaulaketjut", "necklace": "Kaulakorut", "bracelet": "Rannekorut",
            "bangle": "Rannekorut > Rannerenkaat", "anklet": "Nilkkakorut", "brooch": "Rintakorut"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "anklet": ("anklet", None), "brooch": ("brooch", None)}
NAMES = ["Aamu", "Revontuli", "Saimaa", "Kide", "Lumi", "Usva", "Tähti", "Louhi", "Aino", "Sointu", "Kaisla", "Ilta"]

GOLD = [("Y14", 6), ("W14", 2), ("R14", 1), ("Y18", 1)]
DESIGNS = [
    ("ring", 12, GOLD + [("S925", 4), ("GPS", 1), ("SS", 1)],
     [(None, 3), ("cz", 2), ("spectrolite", 2), ("amethyst", 1), ("sapphire", 1), ("ruby", 1), ("topaz", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 2), ("W18", 2), ("R14", 1)], [("diamond", 6), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 6, [("Y14", 3), ("W14", 1), ("R14", 1), ("Y18", 1)], [(None, 5), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 13, GOLD + [("S925", 4), ("GPS", 2), ("SS", 1)],
     [(None, 3), ("cz", 2), ("pearl", 2), ("spectrolite", 1), ("diamond", 1), ("cz blue", 1)], (1.0, 4.0), "metal"),
    ("pendant", 11, GOLD + [("S925", 4), ("GPS", 1)],
     [(None, 2), ("spectrolite", 2), ("diamond", 1), ("cz", 1), ("pearl", 1), ("amethyst", 1)], (0.8, 4.0), "metal"),
    ("chain", 8, [("Y14", 3), ("Y18", 1), ("S925", 3), ("SS", 1), ("GPSS", 1)], [(None, 1)], (2.0, 10.0), "len"),
    ("necklace", 7, GOLD + [("S925", 3), ("GPSS", 1)], [(None, 2), ("pearl", 2), ("cz", 1), ("spectrolite", 1)], (3.0, 12.0), None),
    ("bracelet", 7, GOLD + [("S925", 3), ("GPSS", 1)], [(None, 3), ("cz", 1), ("pearl", 1)], (3.0, 9.0), None),
    ("bangle", 4, [("Y14", 1), ("S925", 3)], [(None, 1)], (8.0, 18.0), None),
    ("anklet", 3, [("S925", 2), ("GPSS", 1)], [(None, 1)], (2.0, 5.0), None),
    ("brooch", 3, [("S925", 3), ("Y14", 1)], [(None, 2), ("spectrolite", 1)], (3.0, 8.0), None),
]
HELMI_AT = {3, 30, 66}
GIFTBOX_AT = {7, 19, 25, 38, 44, 51, 59, 74, 80}
ENGRAVE_AT = {2, 12, 21, 33, 49, 57, 64, 72}
DCUT_AT = {14, 23, 34, 40, 45, 53, 61, 69, 78}
SIZES = ["16", "16,5", "17", "17,5", "18", "18,5", "19", "19,5"]
LENS = ["40 cm", "42 cm", "45 cm", "50 cm", "60 cm"]


def r_eur(x):
    if x < 1000:
        return float(int(round(x / 10.0)) * 10 - 1)
    return float(int(round(x / 10.0)) * 10)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLD_CODES:
        return r_eur(grams * RATE[code] + 60 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + (st * 0.5 if stone else 0))


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in ("S925", "GPS", "SS", "GPSS") and stone in ("diamond", "ruby", "sapphire"):
                stone = "cz"
            g = round(rng.uniform(*grams), 2)
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=g))
    return prods


def cap(s):
    return s[:1].upper() + s[1:]


def texts(p, rng, metal_alt):
    """Title and description lines.  metal_alt: second metal code of a Materiaali variation, or None."""
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    noun = rng.choice(NOUN_ALT.get(cat, [NOUN[cat]]))
    name = rng.choice(NAMES)
    form = rng.random()
    stone_in_title = stone and rng.random() < 0.65
    metal_in_title = not metal_alt and rng.random() < 0.75
    if metal_in_title and code in PREFIX and form < 0.45:
        # compound: Kultasormus, Hopeariipus, Valkokultakorvakorut ...
        head = cap(PREFIX[code].lower() + noun) if False else PREFIX[code] + noun
        if stone_in_title:
            title = f"{head} {rng.choice(STONE_ADESSIVE[stone])}"
        else:
            title = f"{name} {head.lower()}" if rng.random() < 0.4 else f"{head} {name}"
    elif metal_in_title:
        ms = rng.choice(METAL_SHORT[code])
        if stone_in_title and stone in STONE_PREFIX and rng.random() < 0.5:
            title = f"{STONE_PREFIX[stone]}{noun} {name}, {ms}"
        elif stone_in_title:
            title = f"{name} {noun} {rng.choice(STONE_ADESSIVE[stone])}, {ms}"
        else:
            title = f"{name}-{noun}, {ms}"
    else:
        if stone_in_title and stone in STONE_PREFIX:
            title = f"{STONE_PREFIX[stone]}{noun} {name}"
        elif stone_in_title:
            title = f"{cap(noun)} {name} {rng.choice(STONE_ADESSIVE[stone])}"
        else:
            title = f"{name} {noun}"
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    body = []
    if metal_alt:
        body.append(f"Saatavana kahtena versiona: {rng.choice(METAL_SHORT[code])} tai {rng.choice(METAL_SHORT[metal_alt])}.")
    elif metal_in_title or rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    else:
        body.append(rng.choice(["Käsityönä valmistettu omassa verstaassamme Kalliossa.",
                                "Pohjoisen luonnon innoittama muotoilu."]))
    if code == "GPS" and "1 mikroni" not in " ".join(body) and rng.random() < 0.5:
        body.append("Kultaus 18K.")
        traps.append("Kultaus 18K")
    if stone and (stone_in_title or rng.random() < 0.7):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.45:
        body.append(rng.choice(["Sileä, kivetön malli.", "Ilman kiviä."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Timanttien yhteispaino {c} ct.", f"Br {c} ct W/SI.", f"Timantti 1 x {c} ct (TW/VS)."]))
    if code in GOLD_CODES or metal_alt in GOLD_CODES:
        g = str(p["grams"]).replace(".", ",")
        body.append(rng.choice([f"Paino n. {g} g.", f"Kullan paino {g} g.", f"Paino: {g} g"]))
    r = rng.random()
    if r < 0.08 and code in ("S925", "SS"):
        body.append("Toimitetaan kullanvärisessä lahjarasiassa.")
    elif r < 0.16 and code == "S925" and cat in ("pendant", "bracelet"):
        body.append("Kaiverrusehdotus: ”Rakas kulta”.")
        traps.append("”Rakas kulta”")
    elif r < 0.24 and cat == "chain" and code in ("S925", "Y14", "Y18"):
        body.append("Timanttihiottu, kiiltävä pinta.")
    elif r < 0.30 and stone == "amethyst":
        body.append("Helmikuun kuukausikivi.")
    if cat == "pendant":
        body.append(rng.choice(["Hintaan ei sisälly ketjua.", "Ketju myydään erikseen."]))
        p["sold_with_chain"] = False
    if rng.random() < 0.25:
        body.append("Kultasepänliike Lumo – suomalaista käsityötä Helsingistä.")
    return title, body, traps


def build(out, images=True):
    rng = random.Random(2424)
    outdir = os.path.join(out, "hel_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {9, 41, 77}
    ask_at = {5, 36, 62}           # Hinta kysyttäessä: no price
    draft_at = {18, 55}            # Published 0
    private_at = {70}              # Published -1
    oos_at = {13, 47}
    next_id = 2210
    for i, p in enumerate(prods):
        prng = random.Random(242400 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.15, 0.2, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.35:
            if p["code"] == "S925":
                metal_alt = "Y14"
            elif p["code"] == "Y14":
                metal_alt = "S925"
        title, body, traps = texts(p, rng, metal_alt)
        # deliberate look-alikes, placed by position so the rest of the draw is unchanged
        code, cat = p["code"], p["cat"]
        if i in HELMI_AT and p["stone"] != "pearl" and not metal_alt:
            title = f"Helmi-{NOUN[cat]}, {METAL_SHORT[code][0]}"
            traps.append("Helmi")
            body.append("Helmi-mallisto on nimetty kultasepän isoäidin mukaan.")
        if i in GIFTBOX_AT and code in ("S925", "SS", "GPSS"):
            body.append("Toimitetaan kullanvärisessä lahjarasiassa.")
        if i in ENGRAVE_AT and code in ("S925", "SS") and not metal_alt:
            body.append("Kaiverrusehdotus: ”Rakas kulta”.")
            traps.append("”Rakas kulta”")
        if i in DCUT_AT and cat in ("chain", "bracelet", "anklet") and p["stone"] is None:
            body.append("Timanttihiottu, kiiltävä pinta.")
        if p["stone"] == "amethyst" and i % 2 == 0:
            body.append("Helmikuun kuukausikivi.")
        p["title"] = title
        ask = i in ask_at
        status = "draft" if i in draft_at else ("private" if i in private_at else "publish")
        p["status"] = status
        p["live"] = status == "publish" and not ask
        if ask:
            p["for_sale"] = False
        p["in_stock"] = i not in oos_at
        code = p["code"]
        if code in GOLD_CODES:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATEGORY[p["cat"]]
        sku = f"LUMO-{1040 + i * 3}"
        p["handle"] = sku
        axis = p["axis"]
        vals, vname = [], None
        if axis == "size" and prng.random() < 0.7:
            a = prng.randint(0, 2)
            vals, vname = SIZES[a:a + prng.randint(4, 6)], "Sormuskoko"
        elif axis == "len" and prng.random() < 0.6:
            vals, vname = LENS[:prng.randint(2, 4)], "Pituus"
        elif metal_alt:
            ms = {"S925": "Hopea 925", "Y14": "14K kulta"}
            vals, vname = [ms[code], ms[metal_alt]], "Materiaali"
        vs = []
        if not vals:
            vs.append(Variant([], code, p["stone"], None if ask else price_of(code, p["stone"], p["grams"], p.get("carat")),
                              None, p["grams"], sku))
        else:
            for j, s in enumerate(vals):
                vc = code
                g = p["grams"]
                if vname == "Materiaali":
                    vc = code if j == 0 else metal_alt
                elif vname == "Sormuskoko":
                    g = p["grams"] * (1 + 0.03 * j)
                else:
                    g = p["grams"] * (1 + 0.1 * j)
                vs.append(Variant([s], vc, p["stone"], None if ask else price_of(vc, p["stone"], g, p.get("carat")),
                                  None, g, f"{sku}-{j + 1}"))
        if not ask and code not in GOLD_CODES and not metal_alt and prng.random() < 0.25:
            for v in vs:
                v.regular = v.price
                v.price = float(int(v.price * 0.8))
        ym = prng.choice(["2025/11", "2026/03", "2026/09", "2026/11"])
        fn = f"{ym}/{'IMG_' + str(4100 + i * 13) if prng.random() < 0.45 else sku.lower() + '-1'}.jpg"
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[p["cat"]]
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2424000 + i))
        if ask:
            body.append(prng.choice(["Hinta kysyttäessä – ota yhteyttä myymälään.", "Kysy hintaa: myynti@kultalumo.fi"]))
        elif prng.random() < 0.35:
            pw = min(v.price for v in vs)
            body.append(("Hinta alk. " if len({v.price for v in vs}) > 1 else "Hinta ") + fi_eur(pw, prng.randint(0, 5)) + ".")
        if prng.random() < 0.2:
            body.append("Ilmainen toimitus yli 100 € tilauksiin (Posti / Matkahuolto). Maksutavat: Paytrail, MobilePay, Klarna.")
        desc = "<p>" + "</p>\n<p>".join(body) + "</p>" if prng.random() < 0.6 else "\n".join(body)
        short = ""
        if prng.random() < 0.35:
            short = rng.choice(["Ihana lahja äitienpäiväksi.", "Kotimaista käsityötä.", "Valmistetaan tilauksesta 2–3 viikossa.",
                                "Ajaton klassikko 💛"])
        tags = [t for t in (prng.choice(["", "lahja", "uutuus", "häät", "joulu"]),
                            prng.choice(["", "", "kotimainen", "suomalainen design"])) if t]
        if code in GOLD_CODES and prng.random() < 0.4:
            tags.append("kulta")
        if code == "S925" and prng.random() < 0.4:
            tags.append("hopea")
        pid = next_id
        next_id += 1 + len(vals)
        cats = CATEGORY[p["cat"]] + (", Lahjaideat" if prng.random() < 0.15 else "")
        regular0 = "" if ask else f"{vs[0].regular or vs[0].price:g}"
        sale0 = f"{vs[0].price:g}" if vs[0].regular else ""
        r = dict.fromkeys(HEADER, "")
        r.update({"ID": str(pid), "Type": "variable" if vals else "simple", "SKU": sku, "Name": title,
                  "Published": {"publish": "1", "draft": "0", "private": "-1"}[status],
                  "Is featured?": "1" if prng.random() < 0.1 else "0",
                  "Visibility in catalog": "visible", "Short description": short, "Description": desc,
                  "Tax status": "taxable", "In stock?": "1" if p["in_stock"] else "0",
                  "Stock": "" if vals else str(prng.randint(1, 4) if p["in_stock"] else 0),
                  "Backorders allowed?": "0", "Sold individually?": "0",
                  "Weight (kg)": f"{p['grams'] / 1000:.3f}".rstrip("0") if prng.random() < 0.3 else "",
                  "Allow customer reviews?": "1", "Sale price": "" if vals else sale0,
                  "Regular price": "" if vals else regular0, "Categories": cats, "Tags": ", ".join(tags),
                  "Images": url, "Position": "0", "Brands": "" if prng.random() < 0.7 else "Lumo"})
        if vals:
            r.update({"Attribute 1 name": vname, "Attribute 1 value(s)": ", ".join(vals), "Attribute 1 visible": "1",
                      "Attribute 1 global": "1"})
        rows.append(r)
        for j, v in enumerate(vs if vals else []):
            vr = dict.fromkeys(HEADER, "")
            vr.update({"ID": str(pid + 1 + j), "Type": "variation", "SKU": v.sku, "Name": f"{title} - {v.opts[0]}",
                       "Published": "1", "Is featured?": "0", "Visibility in catalog": "visible", "Tax status": "taxable",
                       "Tax class": "parent", "In stock?": "1" if p["in_stock"] else "0", "Stock": "",
                       "Backorders allowed?": "0", "Sold individually?": "0", "Allow customer reviews?": "0",
                       "Sale price": f"{v.price:g}" if v.regular else "",
                       "Regular price": "" if ask else f"{v.regular or v.price:g}",
                       "Parent": f"id:{pid}", "Position": str(j + 1),
                       "Attribute 1 name": vname, "Attribute 1 value(s)": v.opts[0], "Attribute 1 global": "1"})
            rows.append(vr)
        fields = {"title": title, "body": desc + ("\n" + short if short else ""), "type": cats}
        if tags:
            fields["tags"] = " ".join(tags)
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, [], "regular_price")
        t["woo_id"] = pid
        ev, probs = evidence(FI, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"hel {sku} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
