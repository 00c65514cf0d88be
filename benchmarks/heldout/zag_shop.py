"""Zagreb shop: «Nakit Tkalča» (the author's invention), Zagreb (WooCommerce 9.x, site language Croatian, EUR).

Its export is Products > Export (WC_Product_CSV_Exporter): UTF-8 with a BOM, comma-delimited,
the default columns in the exporter's order, the column headers translated into the site's
language (hr), here the author's reading of the Croatian translation (see
data/heldout/zag_shop/SHOP.md for which strings were confirmed and which guessed).  Values are
written as the exporter writes them: type slugs `simple` / `variable` / `variation`,
`Published` 1 / 0 / -1, categories as `Nakit > Prstenje > Zaručničko prstenje` joined by
`, `, images as full URLs joined by `, `, variations' parent as `id:NN`, descriptions with
literal `\\n`, prices and weights localised with the store's decimal comma.  Ring sizes are
the global attribute `Veličina` (pa_velicina) of variable products, one variation row per
size.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re

from thirtythird_common import HR, Variant, deaccent_hr, eur_hr, evidence, photo_spec, truth_record, wchoice

CURRENCY = "EUR"
EXPORT_NAME = "wc-product-export-7-12-2026-1765098000123.csv"
PREFIX = "https://nakit-tkalca.hr/wp-content/uploads/"
HEADER = ["ID", "Vrsta", "SKU", "GTIN, UPC, EAN ili ISBN", "Naziv", "Objavljeno", "Istaknuto?", "Vidljivost u katalogu",
          "Kratki opis", "Opis", "Datum početka akcijske cijene", "Datum završetka akcijske cijene", "Porezni status",
          "Porezna klasa", "Na zalihi?", "Zaliha", "Niska količina zalihe", "Dopuštene narudžbe nedostupnih proizvoda?",
          "Prodaje se pojedinačno?", "Težina (kg)", "Duljina (cm)", "Širina (cm)", "Visina (cm)",
          "Dopusti recenzije kupaca?", "Napomena o kupnji", "Akcijska cijena", "Redovna cijena", "Kategorije", "Oznake",
          "Klasa dostave", "Slike", "Ograničenje preuzimanja", "Broj dana do isteka preuzimanja", "Nadređeni",
          "Grupirani proizvodi", "Dodatna prodaja", "Unakrsna prodaja", "Vanjski URL", "Tekst gumba", "Pozicija",
          "Naziv atributa 1", "Vrijednost(i) atributa 1", "Atribut 1 vidljiv", "Atribut 1 globalni", "Zadani atribut 1"]
SIZE_ATTR = "Veličina"

RATE = {"Y14": 74, "W14": 78, "R14": 76, "Y18": 100, "W18": 104}     # EUR / g with making, made up
STONE_EUR = {None: 0, "diamond": 410, "cz": 8, "pearl": 22, "sapphire": 140, "garnet": 24, "ruby": 120,
             "amethyst": 26, "topaz": 30}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (25, 2.1)}
METAL_NAME = {"Y14": ["od žutog zlata", "zlato 585", "14K žuto zlato"], "W14": ["od bijelog zlata", "bijelo zlato 585"],
              "R14": ["od crvenog zlata", "od rozog zlata"], "Y18": ["žuto zlato 750 (18K)"],
              "W18": ["od bijelog zlata 18K", "bijelo zlato 750"], "S925": ["od srebra", "srebro 925"]}
BODY_METAL = {"Y14": ["Izrađeno od žutog zlata 585.", "Materijal: žuto zlato, finoća 585 (14 karata)."],
              "W14": ["Materijal: bijelo zlato 585, rodirano."], "R14": ["Materijal: crveno zlato 585 (rozo zlato)."],
              "Y18": ["Materijal: žuto zlato 750 (18K)."], "W18": ["Materijal: bijelo zlato 750, rodirano."],
              "S925": ["Materijal: srebro 925, rodirano.", "Oksidirano srebro 925."]}
STONE_WITH = {"cz": ["s cirkonima", "sa cirkonom"], "garnet": ["s granatom"], "pearl": ["s biserom", "sa slatkovodnim biserima"],
              "diamond": ["s dijamantom", "s briljantom"], "sapphire": ["sa safirom"], "amethyst": ["s ametistom"],
              "topaz": ["s topazom"], "ruby": ["s rubinom"]}
BODY_STONE = {"cz": ["Bijeli cirkoni."], "garnet": ["Tamnocrveni granat."], "pearl": ["Bijeli slatkovodni biser 7 mm."],
              "diamond": ["Briljant, čistoća SI, boja H."], "sapphire": ["Prirodni plavi safir."],
              "amethyst": ["Ljubičasti ametist."], "topaz": ["Plavi topaz (Swiss Blue)."], "ruby": ["Tamnocrveni rubin."]}
NOUN = {"ring": ["Prsten", "Ženski prsten", "Muški prsten"], "engagement ring": ["Zaručnički prsten"],
        "wedding band": ["Vjenčani prsten", "Burma"], "earrings": ["Naušnice", "Naušnice kreole", "Viseće naušnice", "Morčić naušnice"],
        "pendant": ["Privjesak", "Medaljon"], "chain": ["Lančić", "Lančić Venecija", "Lančić Figaro"],
        "necklace": ["Ogrlica", "Dubrovačka kolajna"], "bracelet": ["Narukvica"]}
CATEGORY = {"ring": "Nakit > Prstenje", "engagement ring": "Nakit > Prstenje > Zaručničko prstenje",
            "wedding band": "Nakit > Prstenje > Vjenčano prstenje", "earrings": "Nakit > Naušnice",
            "pendant": "Nakit > Privjesci", "chain": "Nakit > Lančići", "necklace": "Nakit > Ogrlice",
            "bracelet": "Nakit > Narukvice"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Licitar", "Šestine", "Pleter", "Gornji grad", "Peružin", "Zagorje", "Tkalča"]
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 3), ("R14", 2), ("S925", 5)],
     [("cz", 4), ("garnet", 2), ("sapphire", 1), ("ruby", 1), ("amethyst", 1), ("topaz", 1), (None, 3)], (2.0, 5.5), "size"),
    ("engagement ring", 8, [("W14", 3), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("ruby", 1)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("R14", 1), ("W14", 2), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 7), ("Y14", 6), ("W14", 2), ("R14", 1)],
     [(None, 5), ("cz", 4), ("pearl", 3), ("garnet", 1), ("diamond", 2), ("ruby", 1)], (1.0, 5.0), None),
    ("pendant", 13, [("S925", 6), ("Y14", 5), ("W14", 1), ("R14", 1)],
     [(None, 5), ("cz", 3), ("garnet", 1), ("pearl", 1), ("diamond", 1), ("amethyst", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y14", 3), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 7, [("S925", 3), ("Y14", 4)], [("pearl", 3), ("garnet", 1), (None, 3)], (4.0, 15.0), None),
    ("bracelet", 11, [("S925", 6), ("Y14", 4), ("W14", 1)], [(None, 5), ("cz", 3), ("pearl", 2), ("topaz", 1)], (3.0, 12.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60", "62", "64"]


def r_eur(x):
    return float(max(1, int(round(x / 10.0))) * 10 - 1)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 20 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + st * 0.7)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    morcic_ok = code in GOLDS and stone in (None, "ruby", "garnet")
    if cat == "earrings" and morcic_ok and rng.random() < 0.5:
        noun = "Morčić naušnice"
    elif noun == "Morčić naušnice" and not morcic_ok:
        noun = "Naušnice"
    p["noun"] = noun
    parts = [noun]
    design = "" if noun in ("Morčić naušnice", "Dubrovačka kolajna") else rng.choice(DESIGN)
    if design:
        parts.append(f"„{design}“")
    if rng.random() < 0.6 and not p.get("photo_only"):
        parts.append(rng.choice(METAL_NAME[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    body = []
    if rng.random() < 0.8 and not p.get("photo_only"):
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.75:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Glatka, polirana površina.", "Klasičan model bez kamena."]))
    if p.get("carat"):
        body.append(rng.choice([f"Ukupno {p['carat']} ct briljanata.", f"Briljant {p['carat']} ct, GIA certifikat."]))
    if noun == "Morčić naušnice":
        body.append("Tradicijski riječki nakit, glava u crnom emajlu.")
    if noun == "Dubrovačka kolajna":
        body.append("Filigranska izrada po uzoru na dubrovačke peružine.")
    if design == "Licitar":
        body.append("Motiv licitarskog srca, simbol Zagreba.")
    elif design == "Šestine":
        body.append("Inspirirano šestinskim kišobranom.")
    elif design == "Pleter":
        body.append("Starohrvatski pleter.")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Uključen lančić." if chain else "Lančić nije uključen u cijenu.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Cijena je za jedan prsten. Graviranje gratis.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Cijena za par.")
    return name, body


def trap_slots(prods):
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (1, 12, 21)}, "silverwed": {gold[k] for k in (6, 29)},
            "goldwed": {silver[k] for k in (7, 18)}, "shop": {silver[k] for k in (4, 15)},
            "photo": {gold[k] for k in (9, 22, 36)} | {silver[10]}}


def look_alikes(i, slots, body, traps):
    if i in slots["box"]:
        body.append("Zapakirano u poklon kutiju zlatne boje.")
        traps.append("kutija zlatne boje")
    if i in slots["silverwed"]:
        body.append("Idealan poklon za srebrni pir.")
        traps.append("srebrni pir")
    if i in slots["goldwed"]:
        body.append("Lijep poklon za zlatni pir bake i djeda.")
        traps.append("zlatni pir")
    if i in slots["shop"]:
        body.append("Ručni rad naše zlatarne u Tkalčićevoj.")
        traps.append("zlatarna")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals, base
    vs = []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 3 else price_of(code, stone, g, p.get("carat"))
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s}"))
    return vs, vals, base


def slug(s):
    s = deaccent_hr(s.lower()).replace("„", "").replace("“", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dec(x):
    """The exporter localises decimals with the store's separator (decimal comma here)."""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def price_cell(x):
    return dec(x) if x else ""


def woo_row(**kw):
    v = {h: "" for h in HEADER}
    v.update({"Istaknuto?": "0", "Vidljivost u katalogu": "visible", "Porezni status": "taxable",
              "Na zalihi?": "1", "Dopuštene narudžbe nedostupnih proizvoda?": "0", "Prodaje se pojedinačno?": "0",
              "Dopusti recenzije kupaca?": "1", "Pozicija": "0"})
    v.update(kw)
    return [v[h] for h in HEADER]


def build(out, images=True):
    rng = random.Random(3331)
    outdir = os.path.join(out, "zag_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    rows, truths, jobs = [], [], []
    missing_at = {9, 44, 70}
    status_at = {15: "0", 40: "-1", 63: "0"}
    names = set()
    next_id = 1180
    for i, p in enumerate(prods):
        prng = random.Random(333100 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        p["photo_only"] = i in slots["photo"]
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, body, traps)
        code, cat = p["code"], p["cat"]
        pub = status_at.get(i, "1")
        live = pub == "1"
        p.update(status={"1": "publish", "0": "draft", "-1": "private"}[pub], live=live, in_stock=live)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        wid = next_id
        sku = f"NT-{wid}"
        vs, vals, base = variants_of(p, prng, sku)
        sale = prng.random() < 0.12
        if sale:
            for v in vs:
                v.regular = v.price
                v.price = r_eur(v.price * 0.8)
        if prng.random() < 0.45:
            lead = "Već od " if len({v.price for v in vs}) > 1 else prng.choice(["Cijena: ", "Samo ", "Akcija: "])
            body.append(lead + eur_hr(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.2:
            body.append("Besplatna dostava za narudžbe iznad 50 €.")
        p["handle"], p["title"] = slug(name), name
        cats = CATEGORY[cat] + (", Nakit > Novo" if prng.random() < 0.15 else "")
        p["shop_category"] = cats
        tags = ", ".join(t for t in (("hrvatski motivi" if "„" in name or "Morčić" in name else ""),
                                     ("poklon" if prng.random() < 0.25 else "")) if t)
        short = body[0] if body else ""
        desc = "\\n".join(body[1:])
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Naušnice kreole": "hoop", "Viseće naušnice": "drop", "Morčić naušnice": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        ym = f"{2025 + (i % 5 == 0)}/{prng.randint(1, 11):02d}/"
        fn = ym + slug(name) + ".jpg"
        urls, extra = [], []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3331000 + i))
            urls.append(PREFIX + fn)
            if prng.random() < 0.2:
                efn = ym + slug(name) + "-2.jpg"
                jobs.append((os.path.join(outdir, "images", efn), spec, 3337000 + i))
                urls.append(PREFIX + efn)
                extra.append("images/" + efn)
        stock = str(prng.randint(1, 6)) if live else "0"
        weight = dec(p["grams"] / 1000.0)
        if not vals:
            v = vs[0]
            rows.append(woo_row(**{"ID": str(wid), "Vrsta": "simple", "SKU": sku, "Naziv": name, "Objavljeno": pub,
                                   "Kratki opis": short, "Opis": desc, "Zaliha": stock, "Težina (kg)": weight,
                                   "Akcijska cijena": price_cell(v.price) if sale else "",
                                   "Redovna cijena": price_cell(v.regular if sale else v.price), "Kategorije": cats,
                                   "Oznake": tags, "Slike": ", ".join(urls)}))
            next_id += 1
        else:
            rows.append(woo_row(**{"ID": str(wid), "Vrsta": "variable", "SKU": sku, "Naziv": name, "Objavljeno": pub,
                                   "Kratki opis": short, "Opis": desc, "Zaliha": "", "Težina (kg)": weight,
                                   "Kategorije": cats, "Oznake": tags, "Slike": ", ".join(urls),
                                   "Naziv atributa 1": SIZE_ATTR, "Vrijednost(i) atributa 1": ", ".join(vals),
                                   "Atribut 1 vidljiv": "1", "Atribut 1 globalni": "1"}))
            for j, (s, v) in enumerate(zip(vals, vs)):
                rows.append(woo_row(**{"ID": str(wid + 1 + j), "Vrsta": "variation", "SKU": v.sku,
                                       "Naziv": f"{name} - {s}", "Objavljeno": "1", "Kratki opis": "",
                                       "Zaliha": str(prng.randint(0, 3)) if live else "0",
                                       "Na zalihi?": "1", "Porezna klasa": "parent",
                                       "Akcijska cijena": price_cell(v.price) if sale else "",
                                       "Redovna cijena": price_cell(v.regular if sale else v.price),
                                       "Nadređeni": f"id:{wid}", "Pozicija": str(j + 1),
                                       "Naziv atributa 1": SIZE_ATTR, "Vrijednost(i) atributa 1": s,
                                       "Atribut 1 globalni": "1"}))
            next_id += 1 + len(vals)
        next_id += prng.randint(0, 4)
        fields = {"title": name, "body": short + " " + desc.replace("\\n", " "), "type": cats, "tags": tags}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [SIZE_ATTR] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         None if broken else PREFIX + fn, broken, spec, extra, "regular_price")
        t["sku"] = sku
        t["woo_id"] = wid
        t["woo_type"] = "variable" if vals else "simple"
        ev, probs = evidence(HR, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"zag {wid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def row_count(rows):
    return len(rows)


def write_export(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + buf.getvalue())


def read_export(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def num(s):
    return float(s.replace(",", ".")) if s else None


def selfcheck(path, truths, images=True):
    rows = read_export(path)
    parents = {r["ID"]: r for r in rows if r["Vrsta"] in ("simple", "variable")}
    assert len(parents) == len(truths), (len(parents), len(truths))
    kids = {}
    for r in rows:
        if r["Vrsta"] == "variation":
            assert r["Nadređeni"].startswith("id:") and r["Nadređeni"][3:] in parents, r["ID"]
            kids.setdefault(r["Nadređeni"][3:], []).append(r)
    for t in truths:
        r = parents[str(t["woo_id"])]
        assert r["Naziv"] == t["title"], t["woo_id"]
        src = kids.get(r["ID"], [r])
        prices = [num(x["Akcijska cijena"]) or num(x["Redovna cijena"]) for x in src]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["woo_id"], prices)
        assert (r["Objavljeno"] == "1") == t["live"], t["woo_id"]
        assert (r["Slike"] == "") == t["image_broken"], t["woo_id"]
        if images:
            for u in filter(None, r["Slike"].split(", ")):
                assert os.path.exists(os.path.join(os.path.dirname(path), "images", u[len(PREFIX):])), u
    return rows
