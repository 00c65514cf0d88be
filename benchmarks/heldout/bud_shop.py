"""Budapest shop: Kócsag Ékszerműhely, Budapest VII. (Google Merchant Center XML feed, HUF).

The shop's platform writes a Google Shopping product feed: RSS 2.0 with the
`g:` namespace (http://base.google.com/ns/1.0), one <item> per sellable
variant; variants of one piece share `g:item_group_id`.  Prices as
"89900.00 HUF" / "89900 HUF".  Hungarian text, filled the way a small shop
fills it (see data/heldout/bud_shop/SHOP.md).
"""

from __future__ import annotations

import os
import random
from xml.sax.saxutils import escape

from common import slugify
from nineteenth_common import NMETALS, NSTONES, Variant, evidence, photo_spec, truth_record, wchoice

HOST = "https://kocsagekszer.heldout-bud.example/custom/kocsag/image/cache/w900h900/product/"
CURRENCY = "HUF"
EXPORT_NAME = "google_shopping_hu.xml"
SITE = "https://kocsagekszer.heldout-bud.example/"

PER_G = {"Y14": 36500, "W14": 38500, "R14": 36500, "S925": 900, "GPS": 1100, "SS": 0, "GPSS": 0}
FLAT = {"Y14": 24000, "W14": 26000, "R14": 24000, "S925": 6500, "GPS": 7500, "SS": 5990, "GPSS": 7990}
STONE_HUF = {None: 0, "cz": 1500, "cz green": 1500, "cz red": 1500, "diamond": 145000, "ruby": 52000,
             "sapphire": 56000, "emerald": 60000, "pearl": 9000, "amethyst": 14000, "topaz": 15000, "garnet": 12000}

MAT_TITLE = {"Y14": ["14K sárga arany", "14 karátos sárgaarany", "sárgaarany"],
             "W14": ["14K fehér arany", "14 karátos fehérarany", "fehérarany"],
             "R14": ["14K rozé arany", "rozéarany", "14 karátos vörösarany"],
             "S925": ["ezüst", "925 ezüst", "sterling ezüst"],
             "GPS": ["aranyozott ezüst", "aranyozott 925 ezüst"],
             "SS": ["nemesacél", "316L nemesacél"],
             "GPSS": ["aranyozott nemesacél", "PVD aranyozott nemesacél"]}
MATERIAL = {"Y14": ["Arany", "14K arany", "585 sárga arany", "Sárgaarany"],
            "W14": ["Fehérarany", "14K fehérarany", "585 fehér arany"],
            "R14": ["Rozéarany", "585 rozé arany"],
            "S925": ["Ezüst", "925 ezüst"], "GPS": ["Ezüst, aranyozott", "Aranyozott ezüst"],
            "SS": ["Nemesacél", "Acél"], "GPSS": ["Nemesacél (PVD aranyozás)", "Aranyozott acél"]}
COLOR = {"Y14": "Sárga", "W14": "Fehér", "R14": "Rozé", "S925": "Ezüst", "GPS": "Arany színű", "SS": "Ezüst színű",
         "GPSS": "Arany színű"}
STONE_TITLE = {"cz": ["cirkóniával", "cirkónia kővel", "cirkónia kövekkel"], "cz green": ["zöld cirkóniával"],
               "cz red": ["piros cirkóniával"], "diamond": ["gyémánttal", "briliánssal", "brill kővel"],
               "ruby": ["rubinnal"], "sapphire": ["zafírral", "kék zafírral"], "emerald": ["smaragddal"],
               "pearl": ["gyönggyel", "tenyésztett gyönggyel"], "amethyst": ["ametiszttel"],
               "topaz": ["kék topázzal"], "garnet": ["gránáttal"]}
STONE_DETAIL = {"cz": "Cirkónia", "cz green": "Cirkónia (zöld)", "cz red": "Cirkónia (piros)", "diamond": "Gyémánt (briliáns)",
                "ruby": "Rubin", "sapphire": "Zafír", "emerald": "Smaragd", "pearl": "Édesvízi tenyésztett gyöngy",
                "amethyst": "Ametiszt", "topaz": "Topáz (Swiss Blue)", "garnet": "Gránát", None: "Nincs"}
NAMES = ["Lilla", "Bella", "Duna", "Margit", "Aranyeső", "Gyöngyvirág", "Ibolya", "Hajnal", "Csillag", "Kata",
         "Tavasz", "Pest", "Buda", "Liget", "Zsófia", "Vera", "Ezüstfenyő", "Orsi", "Fanni", "Klasszik", "Mézes",
         "Kincső", "Harmat", "Lőrinc"]
TRAP_NAMES = {"Aranyeső", "Gyöngyvirág", "Ezüstfenyő"}

GOLD = [("Y14", 4), ("W14", 3), ("R14", 1)]
SILV = [("S925", 4), ("GPS", 1)]


def D(cat, nouns, n, kind, style, metals, stones, grams, ptype, gcat, axes=(), **kw):
    d = dict(cat=cat, nouns=nouns, n=n, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             ptype=ptype, gcat=gcat, axes=list(axes))
    d.update(kw)
    return d


GC = {"ring": ("200", "Apparel & Accessories > Jewelry > Rings", "Ruházat és kiegészítők > Ékszerek > Gyűrűk"),
      "earrings": ("194", "Apparel & Accessories > Jewelry > Earrings", "194"),
      "pendant": ("192", "Apparel & Accessories > Jewelry > Charms & Pendants", "192"),
      "necklace": ("196", "Apparel & Accessories > Jewelry > Necklaces", "196"),
      "bracelet": ("191", "Apparel & Accessories > Jewelry > Bracelets", "191"),
      "brooch": ("197", "Apparel & Accessories > Jewelry > Brooches & Lapel Pins", "197"),
      "anklet": ("189", "Apparel & Accessories > Jewelry > Anklets", "189")}

DESIGNS = [
    D("ring", ["Gyűrű"], 18, "ring", "solitaire", GOLD + SILV,
      [("cz", 4), ("diamond", 3), (None, 3), ("ruby", 1), ("sapphire", 1), ("emerald", 1), ("amethyst", 1),
       ("topaz", 1), ("garnet", 1)], (1.6, 4.0), ["Gyűrűk", "Ékszerek > Gyűrűk", "Arany gyűrűk", "Ezüst gyűrűk"], "ring",
      axes=[("size", 0.6)]),
    D("engagement ring", ["Eljegyzési gyűrű", "Szoliter eljegyzési gyűrű"], 8, "engagement ring", None,
      [("W14", 3), ("Y14", 2), ("R14", 1)], [("diamond", 4), ("cz", 2)], (1.8, 3.0),
      ["Eljegyzési gyűrűk", "Ékszerek > Gyűrűk > Eljegyzési gyűrűk"], "ring", axes=[("size", 0.9)]),
    D("wedding band", ["Karikagyűrű", "Jegygyűrű"], 6, "wedding band", None, [("Y14", 3), ("W14", 2), ("R14", 1)],
      [(None, 4), ("diamond", 1)], (2.5, 5.5), ["Karikagyűrűk", "Esküvő > Karikagyűrűk"], "ring", axes=[("size", 1.0)]),
    D("earrings", ["Fülbevaló", "Stift fülbevaló"], 10, "earrings", "stud", GOLD + SILV,
      [("cz", 4), ("diamond", 2), ("pearl", 2), (None, 1), ("cz green", 1)], (0.8, 2.0),
      ["Fülbevalók", "Ékszerek > Fülbevalók", "Fülbevalók > Stift"], "earrings", axes=[("colour", 0.3)]),
    D("earrings", ["Karika fülbevaló"], 4, "earrings", "hoop", [("Y14", 2), ("S925", 2), ("GPSS", 1)], [(None, 1)],
      (1.2, 3.5), ["Fülbevalók", "Fülbevalók > Karika"], "earrings"),
    D("earrings", ["Lógós fülbevaló", "Függő fülbevaló"], 5, "earrings", "drop", GOLD + SILV,
      [("cz", 2), ("pearl", 2), ("amethyst", 1), ("topaz", 1), ("garnet", 1)], (1.5, 4.0), ["Fülbevalók"], "earrings"),
    D("pendant", ["Medál"], 8, "pendant", "round", GOLD + SILV, [("cz", 3), ("diamond", 1), ("ruby", 1), (None, 2),
      ("cz red", 1)], (0.7, 2.2), ["Medálok", "Ékszerek > Medálok"], "pendant"),
    D("chain", ["Nyaklánc", "Lánc"], 6, "chain", None, [("Y14", 3), ("W14", 1), ("S925", 2), ("SS", 1)], [(None, 1)],
      (2.5, 8.0), ["Láncok", "Nyakláncok"], "necklace", axes=[("len", 1.0)]),
    D("necklace", ["Nyakék", "Gyöngysor", "Collier"], 5, "necklace", None, [("Y14", 2), ("W14", 1), ("S925", 2)],
      [("pearl", 3), ("cz", 1), ("emerald", 1)], (3.0, 9.0), ["Nyakékek", "Nyakékek > Gyöngysorok"], "necklace"),
    D("bracelet", ["Karkötő"], 6, "bracelet", None, [("Y14", 2), ("S925", 2), ("SS", 1), ("GPSS", 1)],
      [(None, 4), ("cz", 1), ("pearl", 1)], (2.0, 7.0), ["Karkötők"], "bracelet"),
    D("bangle", ["Karperec"], 3, "bangle", None, [("Y14", 1), ("S925", 1), ("GPSS", 1)], [(None, 1)], (5.0, 12.0),
      ["Karperecek", "Karkötők > Karperecek"], "bracelet"),
    D("anklet", ["Bokalánc"], 2, "anklet", None, [("S925", 1), ("GPS", 1)], [(None, 1)], (1.5, 3.0), ["Bokaláncok"], "anklet"),
    D("brooch", ["Bross"], 2, "brooch", None, [("S925", 1), ("Y14", 1)], [("garnet", 1), ("pearl", 1)], (3.0, 6.0),
      ["Brossok", "Kiegészítők"], "brooch"),
]
SIZES = ["48", "50", "52", "54", "56", "58", "60", "62"]


def huf_round(x):
    x = int(x)
    return float((x // 1000) * 1000 + 900) if x > 20000 else float((x // 100) * 100 + 90)


def price_of(code, stone, grams):
    st = STONE_HUF[stone]
    if code in ("S925", "GPS", "SS", "GPSS") and stone and stone != "pearl":
        st = 900 if stone.startswith("cz") else st // 6
    return huf_round(grams * PER_G[code] + FLAT[code] + st)


def fmt_huf(x, rng):
    n = f"{int(x):,}"
    return rng.choice([n.replace(",", " ") + " Ft", n.replace(",", ".") + ",- Ft", n.replace(",", "\u00a0") + " HUF",
                       n.replace(",", ".") + " Ft"])


def plan(rng):
    prods, used = [], set()
    for d in DESIGNS:
        for _ in range(d["n"]):
            code = wchoice(rng, d["metals"])
            stone = wchoice(rng, d["stones"])
            if code in ("S925", "GPS", "SS", "GPSS") and stone in ("diamond", "ruby", "sapphire", "emerald"):
                stone = "cz"
            name = rng.choice(NAMES)
            noun = rng.choice(d["nouns"])
            if noun == "Gyöngysor" and stone != "pearl":
                noun = "Nyakék"
            while (noun, name) in used:
                name = rng.choice(NAMES)
            used.add((noun, name))
            prods.append(dict(d=d, code=code, stone=stone, name=name, noun=noun,
                              grams=round(rng.uniform(*d["grams"]), 2)))
    return prods


def texts(p, rng):
    d, code, stone = p["d"], p["code"], p["stone"]
    traps = []
    r = rng.random()
    where_metal = "title" if r < 0.55 else ("body" if r < 0.75 else ("material" if r < 0.9 else "photo"))
    where_stone = "title" if rng.random() < 0.6 else rng.choice(["body", "body", "detail", "nowhere"])
    mat = rng.choice(MAT_TITLE[code])
    title = p["noun"]
    if where_metal == "title":
        title = f"{mat[0].upper() + mat[1:]} {p['noun'].lower()}" if rng.random() < 0.5 else f"{p['noun']} {mat}"
    if stone and where_stone == "title":
        title += " " + rng.choice(STONE_TITLE[stone])
    if rng.random() < 0.55:
        title += f" – {p['name']}" if rng.random() < 0.6 else f" \"{p['name']}\""
    if p["name"] in TRAP_NAMES and p["name"] in title:
        traps.append(p["name"])
    if d["cat"] == "chain" and rng.random() < 0.6:
        title += " gyémántvágott"
        traps.append("gyémántvágott")
    body = []
    mtxt = {"Y14": "14 karátos (585) sárga arany", "W14": "14 karátos (585) fehér arany, ródiumozott",
            "R14": "14 karátos (585) rozé arany", "S925": "925-ös sterling ezüst, ródium bevonattal",
            "GPS": "925 ezüst, 18K aranybevonattal", "SS": "316L nemesacél, nem allergizál",
            "GPSS": "nemesacél, PVD aranyozással"}[code]
    if code == "GPS":
        mtxt = "925 ezüst, aranyozott"
    if where_metal in ("title", "body"):
        body.append(f"Anyaga: {mtxt}.")
    elif where_metal == "material":
        body.append("Elegáns darab a hétköznapokra és ünnepi alkalmakra is.")
    else:
        body.append("Letisztult forma, könnyen kombinálható más ékszereinkkel.")
    if code in ("Y14", "W14", "R14") and where_metal != "photo" and rng.random() < 0.5:
        body.append("Hazai fémjelzéssel, garanciajeggyel.")
    if stone and where_stone in ("title", "body"):
        st = {"cz": "cirkónia kövek, briliáns csiszolással", "cz green": "zöld cirkónia",
              "cz red": "piros cirkónia", "diamond": "gyémánt, összesen {} ct, H/SI".format(p.get("carat") or 0.05),
              "ruby": "természetes rubin", "sapphire": "természetes kék zafír", "emerald": "smaragd (kezelt)",
              "pearl": "édesvízi tenyésztett gyöngy", "amethyst": "ametiszt", "topaz": "Swiss Blue topáz",
              "garnet": "cseh gránát"}[stone]
        body.append(f"Kő: {st}.")
        if stone == "cz":
            traps.append("briliáns csiszolással")
    elif stone is None and where_stone == "body":
        body.append("Kő nélküli, sima fémfelület.")
    if d["cat"] == "pendant":
        body.append("A medál ára a láncot nem tartalmazza.")
        p["sold_with_chain"] = False
    if d["cat"] in ("ring", "engagement ring", "wedding band"):
        body.append("Méret: a gyűrű belső kerülete mm-ben (pl. 54). Méretre igazítás 5 munkanap.")
    if d["cat"] == "wedding band":
        body.append("Az ár 1 darabra vonatkozik.")
    body.append(f"Súly: kb. {str(p['grams']).replace('.', ',')} g")
    detail = []
    if code in ("Y14", "W14", "R14") and where_metal in ("material", "title") and rng.random() < 0.6:
        detail.append(("Ékszer adatai", "Fémjel", "585"))
    if stone and where_stone == "detail":
        detail.append(("Ékszer adatai", "Kő", STONE_DETAIL[stone]))
    elif stone and rng.random() < 0.3:
        detail.append(("Ékszer adatai", "Kő", STONE_DETAIL[stone]))
    if rng.random() < 0.5:
        detail.append(("Ékszer adatai", "Súly", f"{str(p['grams']).replace('.', ',')} g"))
    material = ""
    if where_metal == "material" or (where_metal != "photo" and rng.random() < 0.4):
        material = rng.choice(MATERIAL[code])
    return title, body, detail, material, traps


def item_xml(f):
    out = ["    <item>"]
    for k, v in f:
        if v is None or v == "":
            continue
        if isinstance(v, list):  # product_detail / shipping
            tag = k
            out.append(f"      <g:{tag}>")
            for kk, vv in v:
                out.append(f"        <g:{kk}>{escape(vv)}</g:{kk}>")
            out.append(f"      </g:{tag}>")
        elif k == "g:description" and v.startswith("<![CDATA["):
            out.append(f"      <{k}>{v}</{k}>")
        else:
            out.append(f"      <{k}>{escape(v)}</{k}>")
    out.append("    </item>")
    return "\n".join(out)


def build(out, images=True):
    rng = random.Random(1919)
    outdir = os.path.join(out, "bud_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    items, truths, jobs = [], [], []
    broken_at = {14, 57}
    por_at = {8, 66}          # price on request (ár egyeztetés alapján)
    display_at = {38}         # display piece, not for sale
    oos_at = {11, 29, 74}
    sale_at = set(rng.sample(range(len(prods)), 9))
    for i, p in enumerate(prods):
        d = p["d"]
        prng = random.Random(70000 + i)
        gid = f"KCS-{2100 + i * 7}"
        if d["cat"] == "engagement ring" and p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.5])
        elif p["stone"] == "diamond":
            p["carat"] = prng.choice([0.03, 0.05, 0.08, 0.1])
        por = i in por_at
        disp = i in display_at
        if por and p["code"] in ("Y14", "W14", "R14"):
            p["stone"] = "diamond"
            p["carat"] = prng.choice([0.5, 0.7, 1.0])
        title, body, detail, material, traps = texts(p, rng)
        p["title"] = title
        p["cat"] = d["cat"]
        p["status"] = "active"
        p["live"] = not (por or disp)
        if por or disp:
            p["for_sale"] = False
        ptype = rng.choice([c for c in d["ptype"] if not ("Arany" in c and p["code"] not in ("Y14", "W14", "R14"))
                            and not ("Ezüst" in c and p["code"] != "S925")
                            and not ("Gyöngy" in c and p["stone"] != "pearl")])
        p["shop_category"] = ptype
        axes = [a for a, pr in d["axes"] if rng.random() < pr]
        code2 = None
        if "colour" in axes and p["code"] in ("Y14", "W14"):
            code2 = "W14" if p["code"] == "Y14" else "Y14"
        vs, names = [], []
        if "size" in axes:
            names.append("size")
        if code2:
            names.append("color")
        if "len" in axes:
            names.append("size")
        if not names:
            pr = None if por else price_of(p["code"], p["stone"], p["grams"])
            vs.append(Variant([], p["code"], p["stone"], pr, None, p["grams"], gid))
        else:
            sizes = SIZES[rng.randint(0, 2):rng.randint(5, 8)] if "size" in axes else [None]
            lens = ["42 cm", "45 cm", "50 cm"][:rng.randint(2, 3)] if "len" in axes else [None]
            for m in ([p["code"], code2] if code2 else [p["code"]]):
                for s in sizes:
                    for j, L in enumerate(lens):
                        g = p["grams"] * (1 + 0.25 * j)
                        opts = [x for x in (s, COLOR[m] if code2 else None, L) if x]
                        suf = "-".join(x.replace(" cm", "").lower()[:3] for x in opts)
                        vs.append(Variant(opts, m, p["stone"], None if por else price_of(m, p["stone"], g), None, g,
                                          f"{gid}-{suf}"))
        if i in sale_at and not por:
            for v in vs:
                v.regular = v.price
                v.price = huf_round(v.price * 0.8)
        p["in_stock"] = i not in oos_at
        p["handle"] = gid
        # photos
        fn = f"{gid.lower()}_{d['kind'].replace(' ', '_')}.jpg"
        spec = photo_spec(d["kind"], p["code"], p["stone"], d["style"])
        url = HOST + fn
        broken = i in broken_at
        extra = []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 19000 + i))
        fn2 = None
        if code2:
            fn2 = f"{gid.lower()}_{d['kind'].replace(' ', '_')}_2.jpg"
            if not broken:
                jobs.append((os.path.join(outdir, "images", fn2), photo_spec(d["kind"], code2, p["stone"], d["style"]),
                             29000 + i))
                extra.append("images/" + fn2)
        # description text
        desc_parts = list(body)
        if prng.random() < 0.4 and vs[0].price:
            desc_parts.append("Ár: " + fmt_huf(vs[0].price, prng))
        if por:
            desc_parts.append("Egyedi darab – ár egyeztetés alapján, kérjen ajánlatot üzletünkben.")
        if disp:
            desc_parts.append("Bemutató darab, nem eladó – hasonlót rendelésre készítünk.")
        cdata = prng.random() < 0.5
        if cdata:
            desc = "<![CDATA[<p>" + "</p><p>".join(desc_parts) + "</p>]]>"
        else:
            desc = " ".join(desc_parts)
        gc = GC[d["gcat"]]
        gcat = prng.choice(gc)
        labels = [prng.choice(["", "", "Karácsony 2025", "Black Friday", "bestseller"]),
                  "100e felett" if (vs[0].price or 0) > 100000 else ("" if prng.random() < 0.4 else "100e alatt"),
                  "", "", ""]
        if i in oos_at:
            labels[2] = "utolsó darabok"
        fields = {"title": title, "body": " ".join(desc_parts), "type": ptype + " " + gc[1] + " " + gc[2],
                  "tags": " ".join(labels),
                  "attributes": " ".join([material, COLOR[p["code"]] if (prng.random() < 0.5 or code2) else ""] +
                                         [f"{a}: {b}" for _, a, b in detail])}
        color_written = fields["attributes"].find(COLOR[p["code"]]) >= 0
        if names:
            fields["options"] = " ".join(" ".join(v.opts) for v in vs)
        if p["name"] in TRAP_NAMES and p["name"] not in traps and p["name"] in title:
            traps.append(p["name"])
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, names, CURRENCY, None if broken else "images/" + fn, url, broken, spec, extra,
                         "regular_price")
        t["g_ids"] = [v.sku for v in vs]
        ev, probs = evidence(t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"bud {gid} {title!r}: {probs}")
        t["evidence"] = ev
        truths.append(t)
        # one <item> per variant
        for v in vs:
            opt = dict(zip(names, v.opts))
            f = [("g:id", v.sku), ("g:title", title), ("g:description", desc),
                 ("g:link", f"{SITE}{slugify(title)}-{gid.lower()}" + (f"?variant={v.sku}" if names else "")),
                 ("g:image_link", HOST + (fn2 if (code2 and v.code == code2) else fn)),
                 ("g:additional_image_link", HOST + fn2 if (fn2 and v.code != code2) else ""),
                 ("g:availability", "out_of_stock" if not p["in_stock"] else ("preorder" if por else "in_stock")),
                 ("g:price", "0.00 HUF" if por else (f"{v.regular or v.price:.2f} HUF" if prng.random() < 0.7 else f"{int(v.regular or v.price)} HUF")),
                 ("g:sale_price", f"{v.price:.2f} HUF" if v.regular else ""),
                 ("g:sale_price_effective_date", "2025-11-24T00:00+01:00/2025-12-01T23:59+01:00" if v.regular else ""),
                 ("g:brand", prng.choice(["Kócsag Ékszer", "Kócsag", "Kócsag Ékszer"])),
                 ("g:mpn", v.sku if prng.random() < 0.6 else ""),
                 ("g:identifier_exists", "no"), ("g:condition", "new"),
                 ("g:google_product_category", gcat), ("g:product_type", ptype.replace(" > ", " &gt; ") if False else ptype),
                 ("g:item_group_id", gid if names else ""),
                 ("g:color", opt.get("color") or (COLOR[p["code"]] if color_written else "")),
                 ("g:material", material), ("g:size", opt.get("size", "")),
                 ("g:gender", "female" if d["cat"] not in ("wedding band", "chain") else "unisex"),
                 ("g:age_group", "adult")]
            for k, lab in enumerate(labels):
                f.append((f"g:custom_label_{k}", lab))
            f.append(("shipping", [("country", "HU"), ("service", "GLS házhozszállítás"),
                                   ("price", "0 HUF" if (v.price or 0) > 30000 else "1490 HUF")]))
            for sec, a, b in detail:
                f.append(("product_detail", [("section_name", sec), ("attribute_name", a), ("attribute_value", b)]))
            if disp:
                f.append(("g:excluded_destination", "Shopping_ads"))
            items.append(item_xml(f))
    return truths, items, jobs, outdir


def write_feed(path, items):
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n  <channel>\n'
            '    <title>Kócsag Ékszerműhely</title>\n'
            f'    <link>{SITE}</link>\n'
            '    <description>Kócsag Ékszerműhely – Google Shopping termékfeed</description>\n')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + "\n".join(items) + "\n  </channel>\n</rss>\n")
