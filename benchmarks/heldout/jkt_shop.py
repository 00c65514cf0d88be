"""Plan of the Jakarta shop: Toko Mas Cahaya Sentosa, Pasar Baru (IDR, Indonesian).

WooCommerce product export written from a WordPress admin in Bahasa
Indonesia, so the column headers are the Indonesian translation of
WooCommerce's exporter (see README, "Eleventh round", for the ones the author
is unsure of).  Emas 17K (kadar 70%), 18K (kadar 75%), 24K / LM, emas muda
(kadar 42%), perak 925, perak lapis emas, kuningan sepuhan; berlian, zirkon,
mutiara air tawar / laut selatan, batu akik, kecubung; cincin kawin priced
per pair (sepasang) or per piece (satuan).
"""

from __future__ import annotations

import os
import random

from eleventh_common import M11, Variant, evidence, render_spec, slugify, truth_record, wchoice

HOST = "https://cdn.heldout-jkt.example/wp-content/uploads/"
CURRENCY = "IDR"
EXPORT_NAME = "wc-product-export-3-12-2026-1764748800213.csv"

HEADER = [
    "ID", "Jenis", "SKU", "GTIN, UPC, EAN, atau ISBN", "Nama", "Diterbitkan", "Unggulan?", "Visibilitas dalam katalog",
    "Deskripsi singkat", "Deskripsi", "Tanggal mulai harga obral", "Tanggal akhir harga obral", "Status pajak", "Kelas pajak",
    "Ada stok?", "Stok", "Jumlah stok rendah", "Pesanan tertunda diperbolehkan?", "Dijual satuan?", "Berat (g)",
    "Panjang (cm)", "Lebar (cm)", "Tinggi (cm)", "Izinkan ulasan pelanggan?", "Catatan pembelian", "Harga obral",
    "Harga reguler", "Kategori", "Tag", "Kelas pengiriman", "Gambar", "Batas unduhan", "Hari kedaluwarsa unduhan", "Induk",
    "Produk dikelompokkan", "Upsell", "Cross-sell", "URL eksternal", "Teks tombol", "Posisi",
    "Nama atribut 1", "Nilai atribut 1", "Atribut 1 terlihat", "Atribut 1 global",
    "Nama atribut 2", "Nilai atribut 2", "Atribut 2 terlihat", "Atribut 2 global",
]

RATE = {"Y24": 2350000, "Y18": 1900000, "W18": 1950000, "R18": 1900000, "Y17": 1750000, "W17": 1800000, "R17": 1750000,
        "Y10": 1050000, "S925": 45000, "GPS": 60000, "GPB": 0}
BASE = {"S925": 95000, "GPS": 120000, "GPB": 85000}

MODELS = ["Melati", "Kenanga", "Anggrek", "Cempaka", "Mawar", "Dahlia", "Ayu", "Sekar", "Laras", "Kirana", "Nayla", "Alya",
          "Zahra", "Aira", "Kinan", "Puspa", "Wulan", "Lestari", "Sari", "Dewi", "Rara", "Tiara", "Bunga", "Kejora", "Senja",
          "Pelangi", "Cahaya", "Bintang", "Rembulan", "Asmara"]


def D(key, cat, n, metals, stones, grams, style, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, metals=metals, stones=stones, grams=grams, style=style, axes=list(axes))
    d.update(kw)
    return d


DESIGNS = [
    D("kawin", "wedding band", 9, [("W17", 4), ("Y17", 2), ("R17", 1), ("W18", 1), ("S925", 1)], [(None, 3), ("diamond", 2), ("cz", 2)],
      (3, 5.5), "wedding", axes=["size"]),
    D("tunangan", "engagement ring", 6, [("W18", 3), ("W17", 2), ("R17", 1)], [("diamond", 3), ("moissanite", 2), ("cz", 1)],
      (2, 3.5), "solitaire", axes=["size"]),
    D("cincin", "ring", 14, [("Y17", 4), ("Y24", 2), ("W17", 1), ("S925", 4), ("Y10", 1), ("GPS", 1), ("R17", 1)],
      [(None, 4), ("cz", 3), ("agate", 2), ("amethyst", 1), ("ruby", 1), ("sapphire", 1), ("diamond", 1)], (1.5, 8), "bezel", axes=["size"]),
    D("anting", "earrings", 14, [("Y17", 4), ("W17", 2), ("Y10", 2), ("S925", 3), ("GPS", 2), ("Y24", 1)],
      [(None, 4), ("cz", 4), ("pearl", 3), ("diamond", 2)], (0.8, 4), "stud"),
    D("kalung", "necklace", 8, [("Y18", 2), ("S925", 3), ("W18", 1), ("GPS", 1), ("GPB", 1)],
      [("gold pearl", 2), ("pearl", 3), ("diamond", 1), ("cz", 2)], (5, 20), "beaded"),
    D("rantai", "chain", 9, [("Y17", 3), ("Y24", 2), ("W17", 1), ("S925", 2), ("Y10", 1)], [(None, 1)], (2, 15), "rope", axes=["len"]),
    D("liontin", "pendant", 9, [("Y17", 3), ("Y24", 1), ("W17", 1), ("W18", 1), ("S925", 2), ("R17", 1)],
      [(None, 4), ("cz", 2), ("diamond", 2), ("pearl", 1)], (0.8, 4), None),
    D("gelang", "bracelet", 9, [("Y17", 3), ("Y10", 2), ("S925", 2), ("GPB", 1), ("R17", 1)], [(None, 5), ("cz", 3), ("pearl", 1)],
      (2.5, 12), "chain"),
    D("keroncong", "bangle", 7, [("Y24", 2), ("Y17", 2), ("Y10", 1), ("GPB", 2)], [(None, 1)], (5, 20), None, axes=["pcs"]),
    D("kaki", "anklet", 4, [("S925", 2), ("Y17", 1), ("GPS", 1)], [(None, 1)], (2, 6), None),
    D("bros", "brooch", 4, [("GPB", 2), ("S925", 1), ("Y17", 1)], [("pearl", 2), ("cz", 2)], (4, 10), "flower"),
]


def metal_id(rng, code, colour, karat):
    m, col, k, _ = M11[code]
    if k:
        cw = {"Y": "Emas Kuning", "W": "Emas Putih", "R": "Rose Gold"}[code[0]]
        pct = {17: "70%", 18: "75%", 10: "42%", 24: "99%"}[k]
        if code == "Y24":
            if colour or karat:
                return rng.choice(["Emas 24K", "Emas 24 Karat", "emas murni 24K (kadar 99%)", "Emas Kuning 24K"])
            return "Emas"
        if colour and karat:
            return rng.choice([f"{cw} {k}K", f"{cw} {k}K (kadar {pct})", f"{cw} kadar {pct}", f"{cw} {k} karat"])
        if colour:
            return cw
        if karat:
            return rng.choice([f"Emas {k}K", f"emas kadar {pct}", f"Emas {k}K kadar {pct}"]) if k != 10 else rng.choice(
                ["emas muda kadar 42%", "Emas 10K", "emas muda 10K"])
        return "Emas Muda" if k == 10 else "Emas"
    if code == "S925":
        return rng.choice(["Perak 925", "Silver 925", "Perak Sterling 925", "perak asli 925"]) if colour else ""
    if code == "GPS":
        return rng.choice(["Perak 925 lapis emas", "perak sepuh emas", "Silver 925 gold plated"]) if colour else ""
    if code == "GPB":
        return rng.choice(["lapis emas", "sepuhan emas", "kuningan lapis emas"]) if colour else ""
    raise KeyError(code)


STONE_ID = {"diamond": ["Berlian", "Berlian Asli", "Diamond"], "moissanite": ["Moissanite"], "cz": ["Zirkon", "Zircon", "Batu Zirkon", "CZ"],
            "pearl": ["Mutiara Air Tawar", "Mutiara", "Freshwater Pearl"], "gold pearl": ["Mutiara Laut Selatan Gold", "South Sea Pearl Golden"],
            "agate": ["Batu Akik", "Akik Merah"], "amethyst": ["Batu Kecubung", "Kecubung Ungu", "Amethyst"],
            "ruby": ["Ruby", "Batu Ruby"], "sapphire": ["Safir Biru", "Blue Sapphire"]}

CAT_ID = {"wedding band": ["Cincin Kawin", "Cincin Nikah", "Cincin Couple"], "engagement ring": ["Cincin Tunangan", "Cincin Lamaran", "Cincin Solitaire"],
          "ring": ["Cincin", "Cincin Wanita", "Cincin"], "earrings": ["Anting", "Giwang", "Anting Jurai", "Anting Tusuk", "Subang"],
          "necklace": ["Kalung", "Kalung", "Necklace"], "chain": ["Kalung Rantai", "Rantai", "Kalung Rantai Nori", "Rantai Italy", "Rantai Singapur"],
          "pendant": ["Liontin", "Bandul", "Liontin"], "bracelet": ["Gelang", "Gelang Rantai", "Gelang Tangan"],
          "bangle": ["Gelang Keroncong", "Gelang Kroncong", "Gelang Bangle"], "anklet": ["Gelang Kaki", "Gelang Kaki"],
          "brooch": ["Bros", "Bros Hijab"]}
CATG = {"wedding band": "Cincin > Cincin Kawin", "engagement ring": "Cincin > Cincin Tunangan", "ring": "Cincin",
        "earrings": "Anting", "necklace": "Kalung", "chain": "Kalung", "pendant": "Liontin", "bracelet": "Gelang", "bangle": "Gelang",
        "anklet": "Gelang", "brooch": "Aksesoris"}


def make(rng, d, i, serial, names):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    cat = d["cat"]
    if code in ("S925", "GPS", "GPB", "Y10", "Y24") and stone in ("diamond", "moissanite", "ruby", "sapphire"):
        stone = "cz"
    if code in ("Y18", "W18") and stone == "cz" and cat != "necklace":
        stone = "diamond"
    if stone == "agate":
        code = "S925"
        p["for"] = "men"
    if stone in ("gold pearl",):
        code = "Y18"
    if cat == "wedding band" and i in (2, 5):
        code = "W17"
        p["other_metals"] = ["sterling silver"]
        p["_other_codes"] = ["S925"]
    p["code"], p["stone"] = code, stone
    p["name"] = names.pop()
    carat = None
    if stone in ("diamond", "moissanite"):
        carat = rng.choice([0.3, 0.5, 0.7, 1.0]) if (cat == "engagement ring" and stone == "moissanite") else rng.choice([0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25])
    p["carat"] = carat
    axes = []
    if "size" in d["axes"] and cat != "wedding band" and rng.random() < 0.5:
        a = rng.randint(5, 9)
        axes.append(("Ukuran", [(str(s), {"f": 1 + (s - 12) * 0.02}) for s in range(a, a + rng.randint(3, 6))]))
    if cat in ("ring", "earrings", "pendant", "wedding band") and code in ("Y17", "W17", "R17") and rng.random() < 0.4 and not p.get("other_metals"):
        fam = [code] + [c for c in ("Y17", "W17", "R17") if c != code][: rng.randint(1, 2)]
        axes.append(("Warna", [({"Y": "Emas Kuning", "W": "Emas Putih", "R": "Rose Gold"}[c[0]], {"code": c}) for c in fam]))
    elif cat in ("ring", "earrings", "chain", "bracelet") and code in ("Y17", "Y18") and rng.random() < 0.3 and not axes:
        axes.append(("Kadar", [("17K (70%)", {"code": "Y17"}), ("18K (75%)", {"code": "Y18", "f": 1.0})]))
        if code == "Y18":
            axes[-1] = ("Kadar", [("18K (75%)", {"code": "Y18"}), ("17K (70%)", {"code": "Y17"})])
    if "len" in d["axes"] and rng.random() < 0.7:
        ls = [(40, 0.89), (45, 1.0), (50, 1.11), (55, 1.22), (60, 1.33)]
        a = rng.randint(0, 2)
        axes.append(("Panjang", [(f"{l} cm", {"f": f}) for l, f in ls[a:a + rng.randint(2, 3)]]))
    if "pcs" in d["axes"] and rng.random() < 0.5:
        axes.append(("Isi", [("1 pcs", {"f": 1.0}), ("2 pcs", {"f": 2.0})]))
    if stone == "cz" and cat in ("earrings", "ring", "pendant") and not axes and code in ("S925", "GPS") and rng.random() < 0.5:
        axes.append(("Warna Batu", [("Putih", {"stone": "cz"}), ("Merah", {"stone": "cz red"}), ("Hijau", {"stone": "cz green"})]))
    p["axes"] = axes[:2]
    pair = cat == "wedding band" and rng.random() < 0.75
    if p.get("other_metals"):
        pair = True  # a gold ring for her and a silver one for him: only sold together
    p["price_unit"] = ("pair" if pair else "piece") if cat == "wedding band" else ("pair" if cat == "earrings" else None)
    g0 = rng.uniform(*d["grams"])
    combos = [[]]
    for nm, vals in p["axes"]:
        combos = [c + [v] for c in combos for v in vals]
    ongkos = rng.choice([0.08, 0.1, 0.12, 0.15])
    vs = []
    for combo in combos:
        vc, vsn, f = code, stone, 1.0
        for _, mod in combo:
            vc = mod.get("code", vc)
            vsn = mod.get("stone", vsn)
            f *= mod.get("f", 1.0)
        grams = g0 * f
        if pair:
            grams = grams * 2 if not p.get("other_metals") else grams
        price = grams * RATE[vc] * (1 + ongkos) + BASE.get(vc, 0)
        if p.get("other_metals"):
            price += g0 * 1.2 * RATE["S925"] + BASE["S925"]
        if vc == "GPB":
            price += rng.choice([60000, 90000, 140000, 190000])
        if vsn in ("diamond",):
            price += carat * 28000000
        if vsn == "moissanite":
            price += carat * 3500000
        if vsn and vsn.startswith("cz"):
            price += 25000
        if vsn == "pearl":
            price += 180000 if cat != "necklace" else 450000
        if vsn == "gold pearl":
            price += rng.choice([6500000, 9000000, 12500000])
        if vsn in ("agate", "amethyst"):
            price += 150000
        if vsn in ("ruby", "sapphire"):
            price += 1200000
        price = float(int(round(price / 5000.0)) * 5000)
        vs.append(Variant([v for v, _ in combo], vc, vsn, price, None, grams))
    if rng.random() < 0.25:
        for v in vs:
            v.compare = v.price
            v.price = float(int(v.price * rng.choice([0.9, 0.85]) / 1000) * 1000)
    p["vs"] = vs
    if cat == "pendant":
        p["sold_with_chain"] = rng.random() < 0.3
    write(rng, p)
    return p


def write(rng, p):
    d, cat, code, stone = p["d"], p["cat"], p["code"], p["stone"]
    names = [a[0] for a in p["axes"]]
    metal_axis = "Warna" in names or "Kadar" in names
    col = wchoice(rng, [("title", 50), ("body", 25), ("tags", 8), ("cat", 6), ("photo", 6)])
    if metal_axis:
        col = "options"
    kar = col if col in ("title", "body", "options") else wchoice(rng, [("title", 35), ("body", 40), ("tags", 10), ("none", 15)])
    if code == "Y24" and col in ("photo", "cat", "tags"):
        kar = col = rng.choice(["title", "body"])
    if col == "cat" and code not in ("S925", "GPS"):
        col = "body"
        kar = "body" if kar not in ("title",) else kar
    st = None
    if stone:
        st = wchoice(rng, [("title", 55), ("body", 25), ("tags", 12), ("nowhere", 5)])
        if "Warna Batu" in names:
            st = "title"
    catl = wchoice(rng, [("title", 90), ("body", 5), ("cat", 5)])
    traps = []
    gk = M11[code][2]
    name = p["name"]
    if stone in ("cz", None) and rng.random() < 0.12 and cat in ("pendant", "ring", "earrings"):
        name = "Intan" if stone == "cz" and rng.random() < 0.5 else "Safira"
        traps.append(name)
    cword = rng.choice(CAT_ID[cat]) if catl == "title" else ""
    if p.get("for") == "men" and cword == "Cincin Wanita":
        cword = "Cincin"
    mt = metal_id(rng, code, col == "title", kar == "title") if (col == "title" or kar == "title") else ""
    if code in ("Y17", "Y10") and not mt and rng.random() < 0.3:
        mt = "Emas" if code == "Y17" else "Emas Muda"
    stt = ""
    if st == "title":
        stt = rng.choice(STONE_ID[stone.replace(" red", "").replace(" green", "")] if stone.startswith("cz") else STONE_ID[stone])
        if stone == "diamond" and p.get("carat") and rng.random() < 0.4:
            stt += f" {p['carat']}ct".replace(".", ",")
    if stone == "cz" and cat == "chain":
        pass
    form = rng.random()
    extra = ""
    if cat == "wedding band":
        extra = " Sepasang" if p["price_unit"] == "pair" and rng.random() < 0.6 else (" (satuan)" if p["price_unit"] == "piece" and rng.random() < 0.5 else "")
    if p.get("for") == "men":
        extra += " Pria"
    parts = [x for x in (cword, stt, mt) if x] if form < 0.6 else [x for x in (cword, mt, stt) if x]
    title = " ".join(parts) + extra + (f" - Model {name}" if rng.random() < 0.6 else f" {name}")
    if not parts and not extra:
        title = name if rng.random() < 0.5 else f"Model {name}"
    if cat == "chain" and not p["axes"] and rng.random() < 0.5:
        title += f" {rng.choice([40, 45, 50])}cm"
    if cat == "chain" and rng.random() < 0.3:
        title = title.replace("Rantai", "Rantai Diamond Cut", 1) if "Rantai" in title else title
        if "Diamond Cut" in title:
            traps.append("Diamond Cut")
    if rng.random() < 0.15:
        title = title.upper()
    if rng.random() < 0.05:
        title = title + " "
    p["title"] = title.strip() if title.strip() != "" else name
    # body
    lines = []
    opener = rng.choice(["Perhiasan asli, bersertifikat dan bergaransi.", "Barang ready, bisa COD area Jakarta.",
                         "Free ongkir Jabodetabek. Packing aman + box.", "Foto asli produk toko kami (real pict).",
                         "Cocok untuk hadiah ulang tahun & anniversary."])
    if catl == "body" or rng.random() < 0.3:
        lines.append(f"<p>{cword or rng.choice(CAT_ID[cat])} model {name}. {opener}</p>")
    else:
        lines.append(f"<p>{opener}</p>")
    li = []
    if col == "body" or kar == "body":
        mb = metal_id(rng, code, col == "body", kar == "body")
        if mb:
            li.append(f"<li>Bahan: {mb}</li>")
        if gk and kar == "body" and gk in (17, 18) and rng.random() < 0.4:
            li.append(f"<li>Kadar: {{17: '70%', 18: '75%'}}[{gk}]</li>".replace(f"{{17: '70%', 18: '75%'}}[{gk}]", {17: "70%", 18: "75%"}[gk]))
    if p.get("other_metals"):
        li.append("<li>Cincin pria: perak 925 (tanpa emas, sesuai syariat)</li>")
    if stone and st == "body":
        sw = rng.choice(STONE_ID[stone] if not stone.startswith("cz") else STONE_ID["cz"])
        if stone == "cz" and rng.random() < 0.3:
            sw += " putih"
        li.append(f"<li>Batu: {sw}{(' ' + str(p['carat']).replace('.', ',') + ' ct') if p.get('carat') else ''}</li>")
    if stone == "cz red" or (stone == "cz" and "Warna Batu" in names):
        traps.append("warna ruby")
        li.append("<li>Pilihan warna batu: putih, merah (warna ruby), hijau</li>")
    g = p["vs"][0].grams
    gs = f"{g:.2f}".replace(".", ",")
    li.append(f"<li>Berat: ± {gs} gr</li>")
    if cat == "wedding band":
        li.append("<li>" + ("Harga untuk sepasang (pria + wanita)" if p["price_unit"] == "pair" else "Harga satuan (per cincin)") + "</li>")
    if cat == "pendant":
        li.append("<li>" + ("Sudah termasuk rantai" if p["sold_with_chain"] else "Harga liontin saja, belum termasuk rantai") + "</li>")
    if cat == "bangle" and "Isi" in names:
        li.append("<li>Harga per pcs / per pasang sesuai pilihan</li>")
    if gk and rng.random() < 0.4:
        li.append("<li>" + rng.choice(["Surat toko / nota resmi", "Bisa dijual kembali (buyback)", "Potongan tukar tambah sesuai kadar"]) + "</li>")
    lines.append("<ul>" + "".join(li) + "</ul>")
    if rng.random() < 0.3:
        lines.append("<p>" + rng.choice(["Harga emas mengikuti harga pasar harian, chat admin untuk konfirmasi." if gk else "Stok terbatas.",
                                         "Warna bisa sedikit berbeda karena pencahayaan.", "Ukuran lain bisa pesan (PO 7-14 hari kerja)."]) + "</p>")
    p["body"] = "\n".join(lines)
    p["short"] = "" if rng.random() < 0.6 else rng.choice(["Ready stock", "Best seller!", "Harga promo", "Garansi seumur hidup"])
    # tags
    tags = rng.sample(["perhiasan", "hadiah", "kado", "promo", "best seller", "new arrival", "lebaran", "nikah", "wanita"], k=rng.randint(1, 3))
    if col == "tags":
        tags.append({"Y": "emas kuning", "W": "emas putih", "R": "rose gold"}[code[0]] if gk else
                    {"S925": "perak", "GPS": "lapis emas", "GPB": "sepuhan"}[code])
    if kar == "tags" and gk:
        tags.append(f"{gk}k" if gk != 10 else "emas muda 10k")
    if st == "tags":
        tags.append({"diamond": "berlian", "moissanite": "moissanite", "cz": "zirkon", "cz red": "zirkon", "cz green": "zirkon",
                     "pearl": "mutiara", "gold pearl": "mutiara laut selatan", "agate": "akik", "amethyst": "kecubung",
                     "ruby": "ruby", "sapphire": "safir"}[stone])
    if p.get("for") == "men":
        tags.append("pria")
    p["tags"] = tags
    # categories
    cats = [CATG[cat]]
    if col == "cat":
        cats.append({"S925": "Perhiasan Perak", "GPS": "Perhiasan Perak"}[code])
    elif gk and rng.random() < 0.5 and col != "photo":
        cats.append("Perhiasan Emas")
    if catl == "cat" and cat in ("bangle", "anklet", "chain"):
        cats = [{"bangle": "Gelang > Gelang Keroncong", "anklet": "Gelang > Gelang Kaki", "chain": "Kalung > Rantai"}[cat]] + cats[1:]
    elif cat == "bangle" and rng.random() < 0.5:
        cats[0] = "Gelang > Gelang Keroncong"
    p["cats"] = cats
    p["traps"] = traps
    p["locs"] = dict(colour=col, karat=kar, stone=st, cat=catl)


def opts_text(axes):
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in axes)


def pspec(p, code, stone):
    cat = p["cat"]
    st = p["d"]["style"]
    pend = None
    if cat == "pendant":
        pend = {None: "coin", "diamond": "solitaire", "cz": "heart", "pearl": "drop"}.get(stone, "round")
    if cat == "ring":
        st = {None: "band", "agate": "mens", "cz": "cocktail"}.get(stone, "bezel")
        if p.get("for") == "men":
            st = "mens"
    if cat == "earrings":
        st = "stud" if "Giwang" in p["title"] or "Subang" in p["title"] else ("drop" if stone == "pearl" else rng_style(p))
    if cat == "bracelet" and stone:
        st = "tennis" if stone != "pearl" else "bead"
    if cat == "necklace" and stone not in ("pearl", "gold pearl"):
        st = "diamond"
    return render_spec(cat, code, stone, st, pend, p.get("sold_with_chain"))


def rng_style(p):
    return ["stud", "hoop", "huggie", "drop"][p["serial"] % 4]


def build(OUT, images=True, seed=1945):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "jkt_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    names = list(MODELS) * 4
    rng.shuffle(names)
    prods, serial = [], 3100
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1 + rng.randrange(3)
            prods.append(make(rng, d, i, serial, names))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h] - 1}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "publish"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "private"
    broken = set(idx[5:8])
    rows, truths, jobs = [], [], []
    wid = 4120
    for n, p in enumerate(prods):
        h = p["handle"]
        pr = random.Random(seed * 1000 + p["serial"])
        is_broken = n in broken
        ym = f"{pr.choice([2025, 2025, 2026])}/{pr.randint(1, 11):02d}/"
        main = pspec(p, p["code"], p["stone"])
        base = h[:40].rstrip("-") if pr.random() < 0.6 else f"IMG_{20250000 + p['serial'] * 7}"
        imgs = [(ym + (f"{base}-scaled.jpg" if is_broken else f"{base}.jpg"), None if is_broken else main, 9000 + p["serial"])]
        if not is_broken and pr.random() < 0.35:
            sp = dict(main)
            sp["background"] = pr.choice(["white", "cream", "velvet", "gradient"])
            imgs.append((ym + f"{base}-2.jpg", sp, 9500 + p["serial"]))
        var_img, ax_i = {}, None
        for a, (nm, vals) in enumerate(p["axes"]):
            if nm in ("Warna", "Warna Batu"):
                ax_i = a
        if ax_i is not None and not is_broken:
            nm, vals = p["axes"][ax_i]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                sp = pspec(p, mod.get("code", p["code"]), mod.get("stone", p["stone"]))
                fn = ym + f"{base}-{slugify(val)}.jpg"
                imgs.append((fn, sp, 9000 + p["serial"] + 13 * j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(outdir, "images", fn), sp, s))
        urls = [HOST + fn for fn, _, _ in imgs]
        vs = p["vs"]
        names = [a[0] for a in p["axes"]]
        pid = wid
        wid += 1 + pr.randrange(3)
        sku = "" if pr.random() < 0.1 else f"CS-{p['serial']}"
        r = dict.fromkeys(HEADER, "")
        r.update({"ID": str(pid), "Jenis": "variable" if names else "simple", "SKU": sku, "Nama": p["title"],
                  "Diterbitkan": {"publish": "1", "draft": "-1", "private": "0"}[p["status"]], "Unggulan?": "1" if pr.random() < 0.08 else "0",
                  "Visibilitas dalam katalog": "visible", "Deskripsi singkat": p["short"], "Deskripsi": p["body"].replace("\n", "\\n"),
                  "Status pajak": "taxable", "Ada stok?": "1", "Pesanan tertunda diperbolehkan?": "0",
                  "Dijual satuan?": "0", "Izinkan ulasan pelanggan?": "1", "Kategori": ", ".join(p["cats"]), "Tag": ", ".join(p["tags"]),
                  "Gambar": ", ".join(urls), "Posisi": "0"})
        if not names:
            v = vs[0]
            r["Harga reguler"] = str(int(v.compare or v.price))
            r["Harga obral"] = str(int(v.price)) if v.compare else ""
            r["Berat (g)"] = f"{v.grams:.2f}".rstrip("0").rstrip(".")
            r["Stok"] = str(pr.randint(1, 5))
            v.sku = sku
        for a, (nm, vals) in enumerate(p["axes"]):
            r[f"Nama atribut {a + 1}"] = nm
            r[f"Nilai atribut {a + 1}"] = ", ".join(v for v, _ in vals)
            r[f"Atribut {a + 1} terlihat"] = "1"
            r[f"Atribut {a + 1} global"] = "1" if nm in ("Ukuran", "Kadar", "Warna") else "0"
        rows.append(r)
        if names:
            for k, v in enumerate(vs):
                c = dict.fromkeys(HEADER, "")
                vid = wid
                wid += 1
                v.sku = "" if not sku else f"{sku}-{k + 1}"
                c.update({"ID": str(vid), "Jenis": "variation", "SKU": v.sku, "Nama": f"{p['title'].strip()} - {', '.join(v.opts)}",
                          "Diterbitkan": "1", "Unggulan?": "0", "Visibilitas dalam katalog": "visible", "Status pajak": "taxable",
                          "Kelas pajak": "parent", "Ada stok?": "1", "Stok": str(pr.randint(0, 4)) if pr.random() < 0.5 else "",
                          "Pesanan tertunda diperbolehkan?": "0", "Dijual satuan?": "0", "Berat (g)": f"{v.grams:.2f}".rstrip("0").rstrip("."),
                          "Izinkan ulasan pelanggan?": "0", "Harga reguler": str(int(v.compare or v.price)),
                          "Harga obral": str(int(v.price)) if v.compare else "", "Induk": f"id:{pid}", "Posisi": str(k + 1)})
                if ax_i is not None and v.opts[ax_i] in var_img and v.opts[ax_i] != p["axes"][ax_i][1][0][0]:
                    c["Gambar"] = HOST + var_img[v.opts[ax_i]]
                for a, o in enumerate(v.opts):
                    c[f"Nama atribut {a + 1}"] = names[a]
                    c[f"Nilai atribut {a + 1}"] = o
                    c[f"Atribut {a + 1} global"] = "1" if names[a] in ("Ukuran", "Kadar", "Warna") else "0"
                rows.append(c)
        p["shop_category"] = ", ".join(p["cats"])
        t = truth_record(p, vs, names, CURRENCY, is_broken, main, None if is_broken else "images/" + imgs[0][0],
                         urls[0], ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None], woo=True)
        t["woo_id"] = pid
        t["woo_type"] = "variable" if names else "simple"
        if p.get("_other_codes"):
            t["_other_codes"] = p["_other_codes"]
        fields = {"title": p["title"], "body": p["body"] + " " + p["short"], "type": p["shop_category"],
                  "tags": ", ".join(p["tags"]), "options": opts_text(p["axes"])}
        ev, probs = evidence(t, fields, not is_broken, p["traps"], may_metals=p.get("other_metals", ()))
        t.pop("_other_codes", None)
        if probs:
            raise SystemExit(f"jkt {h}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir
