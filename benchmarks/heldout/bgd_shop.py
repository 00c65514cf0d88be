"""Belgrade shop: Zlatara Kalemegdan, Knez Mihailova, Beograd (Odoo 17 eCommerce, RSD, Serbian).

Its export is what the owner gets from Odoo's Sales > Products > Product Variants list view,
select all (archived ones included through the "Arhivirano" filter) > Action > Export, format
CSV, "I want to update data (import-compatible export)" left unticked: one row per variant
(product.product), every cell quoted, the field labels as the owner's Serbian (Latin) interface
shows them, booleans True or an empty cell (Odoo's CSV writer turns False into ""), floats as
Python writes them ("12990.0"), many2one fields by their display name ("Sve / Nakit /
Prstenje"), the variant's attribute values as "Veličina: 54", the external ids
Odoo invents for exported records
(__export__.product_template_<id>_<hash>).  Odoo's CSV carries no image: photos are named by the
template's database id, as the shop's /web/image/product.template/<id>/image_1024 serves them.
See data/heldout/bgd_shop/SHOP.md.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random

from twentyninth_common import SR, Variant, evidence, fold, photo_spec, rsd, to_cyrillic, truth_record, wchoice

CURRENCY = "RSD"
EXPORT_NAME = "product.product.csv"
SITE = "https://www.zlatara-kalemegdan.rs"
PREFIX = SITE + "/web/image/product.template/"
HEADER = ["ID", "Interna referenca", "Naziv", "Vrednosti varijante", "Prodajna cena", "Trošak",
          "Kategorija proizvoda", "Kategorije eProdavnice", "Opis prodaje", "Opis za eProdavnicu",
          "Objavljeno", "Aktivno", "URL sajta", "Šablon proizvoda/ID", "Težina"]

RATE = {"Y14": 9200, "W14": 9600, "R14": 9400, "Y18": 12400, "W18": 12900}     # RSD / g with making, made up
STONE_RSD = {None: 0, "diamond": 70000, "cz": 900, "pearl": 2500, "ruby": 21000, "sapphire": 22000,
             "emerald": 24000, "amethyst": 3500, "garnet": 3000, "topaz": 3500}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (1500, 320)}
METAL_NAME = {"Y14": ["žuto zlato 14K", "zlato 585", "od žutog zlata"], "W14": ["belo zlato 14K", "od belog zlata"],
              "R14": ["roze zlato 14K", "od roze zlata"], "Y18": ["žuto zlato 18K", "zlato 750"],
              "W18": ["belo zlato 18K", "od belog zlata 750"], "S925": ["srebro 925", "od srebra"]}
BODY_METAL = {"Y14": ["Izrađeno od žutog zlata 14 karata (585).", "Žuto zlato, finoća 585, žigosano."],
              "W14": ["Belo zlato 14K (585), rodinirano."], "R14": ["Roze zlato 14K, finoća 585."],
              "Y18": ["Žuto zlato 18 karata (750)."], "W18": ["Belo zlato 18K (750), rodinirano."],
              "S925": ["Srebro 925, rodinirano.", "Sterling srebro 925, sa žigom."]}
STONE_WITH = {"diamond": ["sa dijamantom", "sa brilijantom"], "cz": ["sa cirkonima", "sa cirkonom"], "garnet": ["sa granatom"],
              "pearl": ["sa biserom", "sa slatkovodnim biserom"], "sapphire": ["sa plavim safirom", "sa safirom"],
              "ruby": ["sa rubinom"], "emerald": ["sa smaragdom"], "amethyst": ["sa ametistom"], "topaz": ["sa plavim topazom"]}
BODY_STONE = {"diamond": ["Brilijant, čistoća SI, boja H.", "Okovano dijamantima u brilijantskom brusu."],
              "cz": ["Ukrašeno belim cirkonima.", "Providni cirkoni."], "garnet": ["Tamnocrveni granat."],
              "pearl": ["Beli slatkovodni biser 7 mm."], "sapphire": ["Prirodni plavi safir."], "ruby": ["Prirodni crveni rubin."],
              "emerald": ["Prirodni zeleni smaragd."], "amethyst": ["Ljubičasti ametist."], "topaz": ["Plavi topaz (Swiss blue)."]}
NOUN = {"ring": ["Prsten", "Prsten pečatnjak", "Prstenčić"], "engagement ring": ["Verenički prsten", "Verenički prsten soliter"],
        "wedding band": ["Burma", "Venčana burma"], "earrings": ["Minđuše", "Minđuše bubice", "Minđuše alke", "Viseće minđuše"],
        "pendant": ["Privezak", "Medaljon", "Krstić"], "chain": ["Lančić", "Lanac pancir", "Lančić zmijica"],
        "necklace": ["Ogrlica", "Kolije"], "bracelet": ["Narukvica", "Narukvica pancir"]}
CATEGORY = {"ring": "Prstenje", "engagement ring": "Verenički prstenovi", "wedding band": "Burme", "earrings": "Minđuše",
            "pendant": "Privesci", "chain": "Lančići", "necklace": "Ogrlice", "bracelet": "Narukvice"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 3), ("R14", 1), ("S925", 5), ("Y18", 1)],
     [("cz", 4), ("garnet", 2), ("sapphire", 1), ("ruby", 1), ("emerald", 1), ("amethyst", 2), ("topaz", 1), (None, 2)], (2.0, 5.0), "size"),
    ("engagement ring", 8, [("W14", 4), ("Y14", 2), ("R14", 1), ("W18", 2)], [("diamond", 6), ("sapphire", 1), ("cz", 2)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("W14", 2), ("R14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 17, [("S925", 7), ("Y14", 6), ("W14", 3)],
     [(None, 4), ("cz", 5), ("pearl", 3), ("garnet", 1), ("amethyst", 1), ("diamond", 1), ("topaz", 1)], (1.0, 4.0), "metal"),
    ("pendant", 14, [("S925", 6), ("Y14", 6), ("W14", 2)],
     [(None, 5), ("cz", 3), ("pearl", 1), ("topaz", 1), ("amethyst", 1), ("diamond", 1), ("garnet", 1)], (0.8, 4.0), "metal"),
    ("chain", 8, [("Y14", 4), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), "len"),
    ("necklace", 6, [("S925", 3), ("Y14", 3)], [("pearl", 2), ("cz", 2), (None, 1), ("garnet", 1)], (4.0, 12.0), None),
    ("bracelet", 9, [("S925", 4), ("Y14", 4), ("W14", 1)], [(None, 4), ("cz", 3), ("pearl", 1), ("garnet", 1)], (3.0, 10.0), None),
]
SIZES = ["50", "52", "54", "56", "58", "60"]
LENS = ["42 cm", "45 cm", "50 cm", "55 cm"]
METAL_ALT = {"Y14": "W14", "W14": "Y14"}
METAL_OPT = {"Y14": "žuto zlato", "W14": "belo zlato"}
ATTR = {"size": "Veličina", "len": "Dužina", "metal": "Boja zlata"}


def r_rsd(x):
    """Prices end in 90 dinars (12.990), as Serbian shops price."""
    return float(max(1, int(round(x / 1000.0))) * 1000 - 10)


def price_of(code, stone, grams, carat=None):
    st = STONE_RSD[stone]
    if stone == "diamond" and carat:
        st = STONE_RSD["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_rsd(grams * RATE[code] + 3000 + st)
    base, per_g = SILVER[code]
    return r_rsd(base + per_g * grams + st * 0.6)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire", "ruby", "emerald"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def name_of(p, rng, metal_alt):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(["", "", "", "Kalemegdan", "Dorćol", "Srce", "Kap", "Cvet", "Zvezda", "Sava", "Avala"])
    if design:
        parts.append(f'"{design}"')
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    if not metal_alt and rng.random() < 0.6:
        ms = rng.choice(METAL_NAME[code])
        name += (" " + ms) if ms.startswith("od ") else f", {ms}"
    return name


def texts(p, rng, metal_alt):
    code, stone, cat = p["code"], p["stone"], p["cat"]
    name = name_of(p, rng, metal_alt)
    sale, body = [], []
    if metal_alt:
        sale.append(f"Dostupno u varijantama: {METAL_OPT[code]} ili {METAL_OPT[metal_alt]}.")
    elif rng.random() < 0.85:
        (sale if rng.random() < 0.4 else body).append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Glatka, polirana površina.", "Bez kamena, klasičan model."]))
    if p.get("carat"):
        body.append(rng.choice([f"Ukupna težina dijamanata {p['carat']} ct.", f"Brilijant {p['carat']} ct, sertifikat IGI."]))
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Prodaje se sa lančićem." if chain else "Lančić se kupuje posebno.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Cena je za jedan komad. Graviranje gratis, izrada 15 dana.")
    return name, sale, body


def look_alikes(i, p, body, traps):
    code, cat = p["code"], p["cat"]
    if i in (5, 38, 70) and code in SILVER:
        body.append("Pakovano u zlatnu poklon kutiju.")
        traps.append("zlatnu poklon kutiju")
    if i in (12, 57) and code in GOLDS:
        body.append("Idealan poklon za srebrnu svadbu.")
        traps.append("srebrnu svadbu")
    if cat in ("chain", "bracelet") and p["stone"] is None and i % 2 == 1:
        body.append("Karike sa dijamantskim rezom za jači sjaj.")
        traps.append("dijamantskim rezom")
    if i in (20, 63) and code in SILVER:
        body.append("Izrađeno u radionici Zlatare Kalemegdan.")


def variants_of(p, prng, metal_alt, ref, ask):
    axis, code, stone = p["axis"], p["code"], p["stone"]
    vals, attr = [], None
    if axis == "size" and prng.random() < 0.7:
        a = prng.randint(0, 2)
        vals, attr = SIZES[a:a + prng.randint(3, 4)], ATTR["size"]
    elif axis == "len" and prng.random() < 0.6:
        vals, attr = LENS[:prng.randint(2, 4)], ATTR["len"]
    elif metal_alt:
        vals, attr = [METAL_OPT[code], METAL_OPT[metal_alt]], ATTR["metal"]
    if not vals:
        price = 0.0 if ask else price_of(code, stone, p["grams"], p.get("carat"))
        return [Variant([], code, stone, price, None, p["grams"], ref)], vals, attr
    vs = []
    for j, s in enumerate(vals):
        vc, g = code, p["grams"]
        if attr == ATTR["metal"]:
            vc = code if j == 0 else metal_alt
        else:
            g = p["grams"] * (1 + (0.03 if attr == ATTR["size"] else 0.1) * j)
        vs.append(Variant([s], vc, stone, 0.0 if ask else price_of(vc, stone, g, p.get("carat")), None, g, f"{ref}-{j + 1}"))
    return vs, vals, attr


def xid(model, dbid):
    return f"__export__.{model}_{dbid}_{hashlib.sha1(f'{model}{dbid}'.encode()).hexdigest()[:8]}"


def slug(name, tid):
    s = fold(name).lower()
    return "-".join(w for w in "".join(c if c.isalnum() and c.isascii() else " " for c in s).split()) + f"-{tid}"


def build(out, images=True):
    rng = random.Random(2928)
    outdir = os.path.join(out, "bgd_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    rows, truths, jobs = [], [], []
    missing_at = {9, 44, 77}
    ask_at = {26}
    unpublished_at = {17, 61}
    archived_at = {33, 72}
    cyrillic_at = {i for i in range(len(prods)) if i % 7 == 3}
    folded_at = {i for i in range(len(prods)) if i % 8 == 5}
    names = set()
    pid = 300
    for i, p in enumerate(prods):
        prng = random.Random(292800 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        metal_alt = None
        if p["axis"] == "metal" and prng.random() < 0.4:
            metal_alt = METAL_ALT.get(p["code"])
        name, sale, body = texts(p, rng, metal_alt)
        while name in names:
            name, sale, body = texts(p, rng, metal_alt)
        names.add(name)
        traps = []
        look_alikes(i, p, body, traps)
        code, cat = p["code"], p["cat"]
        ask = i in ask_at
        active, published = i not in archived_at, i not in unpublished_at
        status = "archived" if not active else ("unpublished" if not published else "published")
        p.update(status=status, live=active and published and not ask, in_stock=True)
        if ask:
            p["for_sale"] = False
            body.append(prng.choice(["Cena na upit - pozovite nas.", "Za cenu nas kontaktirajte u radnji."]))
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        tid = 17 + i * 3 + prng.randint(0, 2)
        ref = f"ZK-{CATEGORY[cat][:3].upper()}-{1000 + i * 7}"
        vs, vals, attr = variants_of(p, prng, metal_alt, ref, ask)
        if not ask and prng.random() < 0.4:
            lead = "Već od " if len({v.price for v in vs}) > 1 else prng.choice(["Cena: ", "Samo ", "Akcija: "])
            body.append(lead + rsd(min(v.price for v in vs), prng.randint(0, 5)))
        if prng.random() < 0.25:
            body.append("Besplatna dostava za porudžbine preko 5.000 din.")
        if i in cyrillic_at:
            name, sale, body = to_cyrillic(name), [to_cyrillic(s) for s in sale], [to_cyrillic(b) for b in body]
            traps = [to_cyrillic(t) for t in traps]
        elif i in folded_at:
            name = fold(name)
        p["handle"], p["title"] = str(tid), name
        p["shop_category"] = CATEGORY[cat] if prng.random() < 0.85 else "Novo u ponudi"
        sale_text = " ".join(sale)
        body_html = "".join(f"<p>{b}</p>" for b in body)
        broken = i in missing_at
        fn = f"{tid}.jpg"
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Minđuše alke": "hoop", "Viseće minđuše": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 2928000 + i))
        url = f"{PREFIX}{tid}/image_1024"
        for v in vs:
            pid += 1
            r = dict.fromkeys(HEADER, "")
            r.update({"ID": xid("product_product", pid), "Interna referenca": v.sku, "Naziv": name,
                      "Vrednosti varijante": f"{attr}: {v.opts[0]}" if vals else "",
                      "Prodajna cena": repr(float(v.price)), "Trošak": repr(round(v.price * 0.55, 2)),
                      "Kategorija proizvoda": "Sve / Nakit / " + CATEGORY[cat],
                      "Kategorije eProdavnice": ("Nakit / " + p["shop_category"]),
                      "Opis prodaje": sale_text, "Opis za eProdavnicu": body_html,
                      "Objavljeno": "True" if published else "", "Aktivno": "True" if active else "",
                      "URL sajta": f"/shop/{slug(name, tid)}", "Šablon proizvoda/ID": xid("product_template", tid),
                      "Težina": repr(round(v.grams / 1000, 4))})
            rows.append(r)
        fields = {"title": name, "body": sale_text + " " + body_html, "type": p["shop_category"]}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [attr] if vals else [], CURRENCY, None if broken else "images/" + fn, url,
                         broken, spec, [], "regular_price")
        t["sku"] = ref
        t["script"] = "cyrillic" if i in cyrillic_at else "latin"
        ev, probs = evidence(SR, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"bgd {tid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def selfcheck(path, truths, images=True):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == HEADER
    by = {}
    for r in rows:
        tid = r["Šablon proizvoda/ID"].split("_")[-2]
        by.setdefault(tid, []).append(r)
    assert len(by) == len(truths), (len(by), len(truths))
    for t in truths:
        rs = by[t["handle"]]
        assert rs[0]["Naziv"] == t["title"] and len(rs) == t["variants"], t["handle"]
        prices = [float(r["Prodajna cena"]) for r in rs]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        live = rs[0]["Aktivno"] == "True" and rs[0]["Objavljeno"] == "True" and min(prices) > 0
        assert live == t["live"], t["handle"]
        if images:
            assert os.path.exists(os.path.join(os.path.dirname(path), "images", t["handle"] + ".jpg")) != t["image_broken"]
    return rows


def write_export(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
