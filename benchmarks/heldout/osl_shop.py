"""Oslo shop: Gullsmed Solveig Berg, Bogstadveien, Oslo (WooCommerce, NOK).

Its export is WooCommerce's built-in product CSV exporter (Produkter > Eksporter, all columns,
no meta) run with the WordPress admin in Norwegian bokmål, so the column names are the nb_NO
translations; values stay as WooCommerce stores them (Type simple / variable / variation,
Publisert 1 / 0 / -1, prices plain numbers).  UTF-8 with BOM, PHP fputcsv quoting, variable
parents with empty prices and one variation row each pointing back with `id:NN`.
See data/heldout/osl_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from twentysixth_common import NB, Variant, evidence, nok, photo_spec, truth_record, wchoice

SITE = "https://www.gullsmedberg.heldout-osl.example/"
HOST = SITE + "wp-content/uploads/"
CURRENCY = "NOK"
EXPORT_NAME = "wc-product-export-2-12-2026-1764680400213.csv"

HEADER = ["ID", "Type", "Varenummer", "GTIN, UPC, EAN eller ISBN", "Navn", "Publisert", "Fremhevet?",
          "Synlighet i katalogen", "Kort beskrivelse", "Beskrivelse", "Dato salgspris starter", "Dato salgspris slutter",
          "Avgiftsstatus", "Avgiftsklasse", "På lager?", "Lager", "Lav lagerbeholdning", "Restordre tillatt?",
          "Selges individuelt?", "Vekt (kg)", "Lengde (cm)", "Bredde (cm)", "Høyde (cm)", "Tillat kundeanmeldelser?",
          "Kjøpsnotat", "Salgspris", "Ordinær pris", "Kategorier", "Stikkord", "Fraktklasse", "Bilder",
          "Nedlastingsgrense", "Nedlasting utløper etter dager", "Overordnet", "Grupperte produkter", "Mersalg",
          "Kryssalg", "Ekstern URL", "Knappetekst", "Posisjon", "Egenskap 1 navn", "Egenskap 1 verdi(er)",
          "Egenskap 1 synlig", "Egenskap 1 global"]

RATE = {"Y14": 820, "W14": 880, "R14": 840, "Y18": 1150, "W18": 1220}      # kr / gram, retail, made up
STONE_NOK = {None: 0, "diamond": 2400, "cz": 120, "pearl": 320, "garnet": 450, "amethyst": 450, "sapphire": 2200,
             "thulite": 380, "larvikite": 300}
SILVER = {"S925": (390, 45), "GPS": (450, 55)}

METAL_SHORT = {"Y14": ["14 kt gull", "gull 585", "585 gull", "14 karat gull"],
               "Y18": ["18 kt gull", "gull 750", "18 karat gult gull"],
               "W14": ["14 kt hvitt gull", "hvitt gull 585", "hvitgull"], "W18": ["18 kt hvitt gull", "hvitt gull 750"],
               "R14": ["14 kt rosé gull", "rosé gull 585", "rødt gull 585"],
               "S925": ["sølv", "sterling sølv", "925 sølv", "sølv 925"],
               "GPS": ["forgylt sølv", "forgylt sterling sølv"]}
BODY_METAL = {
    "Y14": ["Materiale: 14 karat gull (585).", "Laget i 14 kt gult gull, stemplet 585.", "Gull 585 – slitesterkt og varmt."],
    "Y18": ["Materiale: 18 karat gull, stemplet 750.", "Laget i 18 kt gull (750)."],
    "W14": ["Materiale: 14 kt hvitt gull (585), rhodinert.", "Hvitt gull 585 med rhodiumbelegg."],
    "W18": ["Materiale: 18 kt hvitt gull (750)."],
    "R14": ["Materiale: 14 kt rosé gull (585).", "Rødt gull 585 – en varm, rosa tone."],
    "S925": ["Materiale: 925 sterling sølv.", "Sterling sølv, stemplet 925S.", "Sølv 925, nikkelfritt."],
    "GPS": ["Materiale: forgylt sterling sølv (925).", "Sølv 925, forgylt."],
}
STONE_MED = {"diamond": ["briljant", "diamant", "diamanter"], "cz": ["zirkonia", "hvite zirkonia"],
             "pearl": ["ferskvannsperle", "perle"], "garnet": ["granat"], "amethyst": ["ametyst"],
             "sapphire": ["safir", "blå safir"], "thulite": ["thulitt"], "larvikite": ["larvikitt"]}
STONE_PREFIX = {"pearl": "Perle", "garnet": "Granat", "amethyst": "Ametyst", "sapphire": "Safir", "thulite": "Thulitt",
                "larvikite": "Larvikitt"}
BODY_STONE = {"diamond": ["Stein: briljantslipt diamant, W/SI.", "Diamanter: briljanter, TW/VS."],
              "cz": ["Stein: klare zirkonia.", "Besatt med hvite zirkonia (cubic zirconia)."],
              "pearl": ["Hvit ferskvannsperle, ca. 7 mm.", "Ferskvannsperler i hvitt."],
              "garnet": ["Stein: dyprød granat.", "Granat – januars månedsstein."],
              "amethyst": ["Stein: lilla ametyst.", "Ametyst (februars månedsstein)."],
              "sapphire": ["Stein: blå safir."],
              "thulite": ["Thulitt fra Lom – Norges nasjonalstein, rosa og polert.", "Stein: rosa thulitt fra Telemark."],
              "larvikite": ["Larvikitt fra Larvik, blågrå med blått lysspill.", "Stein: larvikitt (Norges nasjonalbergart)."]}
NOUN = {"ring": "ring", "engagement ring": "forlovelsesring", "wedding band": "giftering", "earrings": "øredobber",
        "pendant": "anheng", "chain": "kjede", "necklace": "halskjede", "bracelet": "armbånd", "bangle": "armring",
        "brooch": "sølje"}
NOUN_ALT = {"earrings": ["øredobber", "øreringer", "ørestikker", "creoler", "øreheng"],
            "chain": ["kjede", "ankerkjede", "panserkjede", "venezianerkjede", "bismarckkjede"],
            "brooch": ["sølje", "brosje"], "wedding band": ["giftering", "giftering", "vielsesring"]}
CATS = {"ring": "Smykker > Ringer", "engagement ring": "Forlovelse > Forlovelsesringer",
        "wedding band": "Forlovelse > Gifteringer", "earrings": "Smykker > Øredobber", "pendant": "Smykker > Anheng",
        "chain": "Smykker > Kjeder", "necklace": "Smykker > Halskjeder", "bracelet": "Smykker > Armbånd",
        "bangle": "Smykker > Armbånd", "brooch": "Bunadsølv > Søljer"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None), "bangle": ("bangle", None),
        "brooch": ("brooch", None)}
NAMES = ["Nordlys", "Fjell", "Bølge", "Ingrid", "Sigrid", "Fjord", "Lyng", "Midnattsol", "Dråpe", "Bjørk", "Rim",
         "Vidde", "Maren", "Stjerne", "Hav", "Tinde", "Astrid"]

DESIGNS = [
    ("ring", 14, [("Y14", 4), ("Y18", 2), ("W14", 1), ("R14", 1), ("S925", 4), ("GPS", 2)],
     [(None, 4), ("cz", 2), ("thulite", 2), ("larvikite", 1), ("sapphire", 1), ("pearl", 1), ("garnet", 1),
      ("amethyst", 1), ("diamond", 1)], (2.0, 5.0), "size"),
    ("engagement ring", 7, [("W14", 2), ("Y14", 2), ("Y18", 2), ("W18", 1)], [("diamond", 6), ("sapphire", 1)], (2.2, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("Y18", 2), ("W14", 1), ("R14", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 14, [("Y14", 3), ("S925", 6), ("GPS", 3), ("W14", 1)],
     [(None, 4), ("cz", 2), ("pearl", 4), ("thulite", 1), ("larvikite", 1), ("diamond", 1)], (1.0, 4.0), "metal"),
    ("pendant", 12, [("Y14", 3), ("S925", 6), ("GPS", 2)],
     [(None, 3), ("thulite", 2), ("larvikite", 2), ("cz", 2), ("pearl", 1), ("amethyst", 1)], (0.8, 4.0), "metal"),
    ("chain", 8, [("Y14", 3), ("Y18", 1), ("S925", 4)], [(None, 1)], (2.0, 10.0), "len"),
    ("necklace", 6, [("S925", 3), ("GPS", 1), ("Y14", 2)], [(None, 2), ("pearl", 3), ("cz", 1)], (3.0, 12.0), None),
    ("bracelet", 7, [("S925", 3), ("Y14", 2), ("GPS", 2)], [(None, 5), ("pearl", 1), ("cz", 1)], (3.0, 9.0), None),
    ("bangle", 3, [("S925", 2), ("Y14", 1)], [(None, 1)], (8.0, 18.0), None),
    ("brooch", 5, [("S925", 3), ("GPS", 2)], [(None, 4), ("thulite", 1)], (6.0, 20.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62"]
LENS = ["42 cm", "45 cm", "50 cm", "60 cm"]
SILVERISH = ("S925", "GPS")
GOLDS = ("Y14", "Y18", "W14", "W18", "R14")


def r_nok(x):
    if x < 1000:
        return float(int(round(x / 50.0)) * 50 - 1) if x >= 100 else 99.0
    return float(int(round(x / 100.0)) * 100 - 1)


def price_of(code, stone, grams, carat=None):
    st = STONE_NOK[stone]
    if stone == "diamond" and carat:
        st = STONE_NOK["diamond"] * (carat / 0.05) ** 1.15
    if code in GOLDS:
        return r_nok(grams * RATE[code] + 600 + st)
    base, per_g = SILVER[code]
    return r_nok(base + per_g * grams + (st * 0.6 if stone else 0))


def slug_of(title):
    h = title.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", h).strip("-")


def cap(s):
    return s[:1].upper() + s[1:]


def money(x):
    return f"{x:.0f}" if x == int(x) else f"{x:.2f}"


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVERISH and stone in ("diamond", "sapphire"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def title_of(p, rng, metal_alt, med):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun, name = p["noun"], rng.choice(NAMES)
    stone_in_title = stone and rng.random() < 0.65
    metal_in_title = not metal_alt and rng.random() < 0.7
    if cat == "brooch" and noun == "sølje":
        title = rng.choice([f"{name}sølje", f"Sølje {name}", f"Bunadsølje {name}"])
        if metal_in_title:
            title += f" i {rng.choice(METAL_SHORT[code])}"
        if stone_in_title:
            title += f" med {med}"
        return title
    if metal_in_title:
        ms = rng.choice(METAL_SHORT[code])
        if stone_in_title and stone in STONE_PREFIX and rng.random() < 0.4:
            return f"{STONE_PREFIX[stone]}{noun} {name}, {ms}"
        if stone_in_title:
            return f"{cap(noun)} i {ms} med {med}" if rng.random() < 0.5 else f"{name} {noun} med {med} – {ms}"
        return f"{name} {noun}, {ms}" if rng.random() < 0.5 else f"{cap(noun)} {name} i {ms}"
    if stone_in_title and stone in STONE_PREFIX and rng.random() < 0.5:
        return f"{STONE_PREFIX[stone]}{noun} {name}"
    if stone_in_title:
        return f"{name} – {noun} med {med}"
    return f"{name} {noun}"


def texts(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    traps = []
    p["noun"] = rng.choice(NOUN_ALT.get(cat, [NOUN[cat]]))
    med = rng.choice(STONE_MED[stone]) if stone else ""
    title = title_of(p, rng, metal_alt, med)
    if p.get("carat") and rng.random() < 0.6:
        title += f" {str(p['carat']).replace('.', ',')} ct"
    body = []
    if metal_alt:
        body.append(f"Fås i {rng.choice(METAL_SHORT[code])} eller {rng.choice(METAL_SHORT[metal_alt])} – velg under.")
    elif rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    else:
        body.append(rng.choice(["Håndlaget i verkstedet vårt på Majorstuen.", "Enkel, nordisk design."]))
    if code == "GPS" and rng.random() < 0.5:
        body.append("Forgylt med 18 kt gull.")
        traps.append("Forgylt med 18 kt gull")
    if stone and (med.lower() in title.lower() or rng.random() < 0.7):
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.4:
        body.append(rng.choice(["Glatt og enkel – uten stein.", "Blank, polert overflate."]))
    if p.get("carat"):
        c = str(p["carat"]).replace(".", ",")
        body.append(rng.choice([f"Total karatvekt {c} ct.", f"Br. {c} ct W/SI.", f"1 briljant à {c} ct (TW/VS)."]))
    if code in GOLDS or metal_alt in GOLDS:
        g = str(p["grams"]).replace(".", ",")
        body.append(rng.choice([f"Vekt ca. {g} g.", f"Gullvekt: {g} gram.", f"Vekt: {g} g"]))
    if cat == "pendant":
        body.append(rng.choice(["Kjede følger ikke med.", "Prisen er uten kjede – se våre kjeder."]))
        p["sold_with_chain"] = False
    if cat == "wedding band":
        body.append("Prisen gjelder per ring. Gravering av navn og dato er inkludert.")
    if cat == "brooch":
        body.append(rng.choice(["Passer til bunad og festdrakt.", "Klassisk bunadsølje med hengende løv."]))
    return title, body, traps


def variants_of(p, prng, metal_alt, sku, ask):
    axis, code = p["axis"], p["code"]
    vals, vname = [], None
    if axis == "size" and prng.random() < 0.75:
        a = prng.randint(0, 2)
        vals, vname = SIZES[a:a + prng.randint(4, 5)], "Ringstørrelse"
    elif axis == "len" and prng.random() < 0.6:
        vals, vname = LENS[:prng.randint(2, 4)], "Lengde"
    elif metal_alt:
        lab = {"S925": "Sølv", "GPS": "Forgylt sølv", "Y14": "14 kt gull", "W14": "14 kt hvitt gull"}
        vals, vname = [lab[code], lab[metal_alt]], "Materiale"
    if not vals:
        price = 0.0 if ask else price_of(code, p["stone"], p["grams"], p.get("carat"))
        return [Variant([], code, p["stone"], price, None, p["grams"], sku)], vals, vname
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if vname == "Materiale":
            vc = code if j == 0 else metal_alt
        elif vname == "Ringstørrelse":
            g = p["grams"] * (1 + 0.03 * j)
        else:
            g = p["grams"] * (1 + 0.1 * j)
        vs.append(Variant([s], vc, p["stone"], 0.0 if ask else price_of(vc, p["stone"], g, p.get("carat")), None, g,
                          f"{sku}-{j + 1}"))
    return vs, vals, vname


def look_alikes(i, p, title, body, traps, done):
    """Deliberate words that read like another metal or stone, placed by position."""
    code, cat = p["code"], p["cat"]
    if i in (4, 33, 61) and code in SILVERISH:
        body.append("Leveres i gullfarget gaveeske.")
    if i in (9, 47) and code in GOLDS:
        body.append("En fin gave til sølvbryllup.")
    if i in (27, 70) and code in SILVERISH:
        body.append("Gaveidé til gullbryllup.")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 3 == 0:
        body.append("Diamantslipt, så kjedet glitrer.")
    if i % 4 == 1 and code in SILVERISH:
        body.append("Laget hos Gullsmed Berg i Bogstadveien.")
    if cat == "pendant" and p["stone"] is None and "granateple" not in done:
        done.add("granateple")
        title = f"Granateple anheng, {METAL_SHORT[code][0]}"
        traps.append("Granateple")
    if cat == "bracelet" and p["stone"] is None and "perlemor" not in done and code in SILVERISH:
        done.add("perlemor")
        body.append("Lås med innlagt perlemor.")
        traps.append("perlemor")
    return title


def build(out, images=True):
    rng = random.Random(2626)
    outdir = os.path.join(out, "osl_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    broken_at = {13, 42, 77}
    ask_at = {7, 55}                # price on request: no price at all
    draft_at = {20, 66}
    private_at = {36}
    oos_at = {16, 51}
    seen, done = {}, set()
    next_id = 1204
    for i, p in enumerate(prods):
        prng = random.Random(262600 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.03, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.35:
            metal_alt = {"S925": "GPS", "GPS": "S925", "Y14": "W14"}.get(p["code"])
        title, body, traps = texts(p, rng, metal_alt)
        title = look_alikes(i, p, title, body, traps, done)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        status = "draft" if i in draft_at else ("private" if i in private_at else "publish")
        p.update(status=status, live=status == "publish" and not ask, in_stock=i not in oos_at)
        if ask:
            p["for_sale"] = False
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        p["shop_category"] = CATS[cat]
        h = slug_of(title)
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            h = f"{h}-{seen[h]}"
        p["handle"], p["title"] = h, title
        sku = f"SB-{2200 + i * 3}"
        vs, vals, vname = variants_of(p, prng, metal_alt, sku, ask)
        if not ask and code in SILVERISH and not metal_alt and prng.random() < 0.25:
            for v in vs:
                v.regular = v.price
                v.price = r_nok(v.price * 0.8)
        ym = f"{prng.choice([2023, 2024, 2025])}/{prng.randint(1, 12):02d}/"
        fn = ym + (f"{h}.jpg" if prng.random() < 0.6 else f"IMG_{4100 + i * 13}-scaled.jpg")
        url = HOST + fn
        broken = i in broken_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = "hoop" if p["noun"] == "creoler" else ("drop" if p["noun"] == "øreheng" else "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2626000 + i))
        if ask:
            body.append(prng.choice(["Pris etter avtale – ta kontakt med butikken.", "Ring 22 46 18 30 for pris.",
                                     "Pris på forespørsel."]))
        elif prng.random() < 0.4:
            pw = min(v.price for v in vs)
            body.append(("Fra " if len({v.price for v in vs}) > 1 else "Pris: ") + nok(pw, prng.randint(0, 5)) + ".")
        if prng.random() < 0.2:
            body.append("Fri frakt over kr 1 000,-. Betal med Vipps eller Klarna.")
        desc = "<p>" + "</p>\n<p>".join(body) + "</p>" if prng.random() < 0.7 else "\n".join(body)
        short = "" if prng.random() < 0.5 else body[0]
        tags = [t for t in (prng.choice(["", "nyhet", "gavetips", "bestselger", "morsdag", "jul", "konfirmasjon"]),
                            prng.choice(["", "", "norsk design", "håndlaget"])) if t]
        if code in GOLDS and prng.random() < 0.4:
            tags.append("gull")
        if code == "S925" and prng.random() < 0.4:
            tags.append("sølv")
        cats = CATS[cat] + (", Gaver > Gavetips" if prng.random() < 0.2 else "")
        pid = next_id
        variable = bool(vals)
        next_id += 1 + (len(vs) if variable else 0) + prng.randint(0, 3)
        published = {"publish": "1", "draft": "-1", "private": "0"}[status]
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Type": "variable" if variable else "simple", "Varenummer": "" if variable else sku,
                     "Navn": title, "Publisert": published, "Fremhevet?": "1" if prng.random() < 0.06 else "0",
                     "Synlighet i katalogen": "visible", "Kort beskrivelse": short,
                     "Beskrivelse": desc.replace("\n", "\\n"), "Avgiftsstatus": "taxable",
                     "På lager?": "1" if p["in_stock"] else "0", "Restordre tillatt?": "0", "Selges individuelt?": "0",
                     "Tillat kundeanmeldelser?": "1", "Kategorier": cats, "Stikkord": ", ".join(tags),
                     "Bilder": url, "Posisjon": "0"})
        if prng.random() < 0.3:
            base["Vekt (kg)"] = f"{max(0.005, round(p['grams'] / 1000 + 0.02, 3))}"
        if not variable:
            v = vs[0]
            if not ask:
                base["Ordinær pris"] = money(v.regular or v.price)
                base["Salgspris"] = money(v.price) if v.regular else ""
            if prng.random() < 0.5:
                base["Lager"] = str(prng.randint(1, 6) if p["in_stock"] else 0)
        else:
            base.update({"Egenskap 1 navn": vname, "Egenskap 1 verdi(er)": ", ".join(vals), "Egenskap 1 synlig": "1",
                         "Egenskap 1 global": "1" if vname != "Materiale" else "0"})
        rows.append(base)
        for j, v in enumerate(vs if variable else []):
            r = dict.fromkeys(HEADER, "")
            r.update({"ID": str(pid + 1 + j), "Type": "variation", "Varenummer": v.sku if prng.random() < 0.7 else "",
                      "Navn": f"{title} - {v.opts[0]}", "Publisert": "-1" if published == "-1" else "1",
                      "Fremhevet?": "0", "Synlighet i katalogen": "visible", "Avgiftsstatus": "taxable",
                      "Avgiftsklasse": "parent", "På lager?": "1" if p["in_stock"] else "0", "Restordre tillatt?": "0",
                      "Selges individuelt?": "0", "Tillat kundeanmeldelser?": "0",
                      "Ordinær pris": "" if ask else money(v.regular or v.price),
                      "Salgspris": money(v.price) if v.regular else "", "Overordnet": f"id:{pid}",
                      "Posisjon": str(j + 1), "Egenskap 1 navn": vname, "Egenskap 1 verdi(er)": v.opts[0],
                      "Egenskap 1 global": "1" if vname != "Materiale" else "0"})
            rows.append(r)
        fields = {"title": title, "body": short + " " + desc, "type": cats, "tags": ", ".join(tags)}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [vname] if vals else [], CURRENCY, None if broken else "images/" + fn, url, broken, spec,
                         [], "regular_price")
        t["woo_id"], t["woo_type"] = pid, "variable" if variable else "simple"
        ev, probs = evidence(NB, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"osl {h} {title!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    parents = [r for r in rows if r["Type"] != "variation"]
    assert len(parents) == len(truths), (len(parents), len(truths))
    kids = {}
    for r in rows:
        if r["Type"] == "variation":
            kids.setdefault(r["Overordnet"], []).append(r)
    for r, t in zip(parents, truths):
        assert r["Navn"] == t["title"] and int(r["ID"]) == t["woo_id"], t["handle"]
        rs = kids.get(f"id:{r['ID']}", [r]) if r["Type"] == "variable" else [r]
        assert len(rs) == t["variants"], t["handle"]
        prices = [float(x["Salgspris"] or x["Ordinær pris"] or 0) for x in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], t["handle"]
        assert (r["Publisert"] == "1" and min(prices) > 0) == t["live"], t["handle"]
        assert r["Bilder"] == t["image_url"]
        if images:
            fn = t["image_url"][len(HOST):]
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", fn)) != t["image_broken"], fn
    return rows


def write_export(path, rows):
    from fresh_common import write_csv
    write_csv(path, HEADER, rows, bom=True, php_quoting=True)
