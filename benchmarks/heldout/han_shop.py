"""Plan of the Hanoi shop: Tiệm Vàng Bạc Kim Thành, phố Hàng Bạc, Hoàn Kiếm (VND).

Shopify, current product CSV layout (Title, URL handle, Description, ...,
Product image URL).  Listings in Vietnamese with diacritics and some
English: vàng 24K (vàng ta, 9999), vàng 18K (vàng tây 750), 14K (585), 10K
(416), vàng trắng, vàng hồng, bạc 925 / bạc Ý, mạ vàng, kim cương (size in
"ly" = mm, no carat weight), Moissanite, đá CZ, ngọc trai, ruby, sapphire,
ngọc bích / cẩm thạch (jade), thạch anh vàng (citrine).  Gold weights in
chỉ (3,75 g); ring sizes as "ni" 6-20.
"""

from __future__ import annotations

import itertools
import os
import random

from common import slugify
from twelfth_common import TMETALS, TSTONES, Variant, read_evidence, truth_record, wchoice

SEED = 1010
HOST = "https://cdn.heldout-han.example/s/files/1/0661/3307/files/"
EXPORT_NAME = "products_export_1.csv"
CURRENCY = "VND"

HEADER = ["Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags", "Published on online store",
          "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option1 Linked To", "Option2 name", "Option2 value",
          "Option2 Linked To", "Option3 name", "Option3 value", "Option3 Linked To", "Price", "Compare-at price",
          "Cost per item", "Charge tax", "Tax code", "Unit price total measure", "Unit price total measure unit",
          "Unit price base measure", "Unit price base measure unit", "Inventory tracker", "Inventory quantity",
          "Continue selling when out of stock", "Weight value (grams)", "Weight unit for display", "Requires shipping",
          "Fulfillment service", "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card",
          "SEO title", "SEO description", "Color (product.metafields.shopify.color-pattern)",
          "Jewelry material (product.metafields.shopify.jewelry-material)"]

# code -> (with colour, without colour or None, option label)
METAL_VI = {
    "Y24": (["vàng 24K", "vàng ta 9999", "vàng 24K (9999)"], None, "Vàng 24K"),
    "Y18": (["vàng vàng 18K", "vàng 18K màu vàng kim", "vàng tây 18K màu vàng kim"], ["vàng 18K", "vàng 18K (750)", "vàng tây 750"], "Vàng vàng 18K"),
    "W18": (["vàng trắng 18K", "vàng trắng 750"], ["vàng 18K", "vàng tây 750"], "Vàng trắng 18K"),
    "R18": (["vàng hồng 18K"], ["vàng 18K"], "Vàng hồng 18K"),
    "Y14": (["vàng vàng 14K", "vàng 14K màu vàng kim"], ["vàng 14K", "vàng 585"], "Vàng vàng 14K"),
    "W14": (["vàng trắng 14K", "vàng trắng 14K (585)"], ["vàng 14K", "vàng 585"], "Vàng trắng 14K"),
    "R14": (["vàng hồng 14K"], ["vàng 14K"], "Vàng hồng 14K"),
    "Y10": (["vàng 10K màu vàng kim", "vàng vàng 10K"], ["vàng 10K", "vàng 10K (416)"], "Vàng vàng 10K"),
    "W10": (["vàng trắng 10K"], ["vàng 10K"], "Vàng trắng 10K"),
    "S925": (["bạc 925", "bạc Ý 925", "bạc S925"], None, "Bạc 925"),
    "GPB": (["mạ vàng 18K", "hợp kim mạ vàng"], None, "Mạ vàng"),
    "AG": (["bạc ta", "bạc ta nguyên chất"], None, "Bạc ta"),
}
STONE_VI = {
    "diamond": ["kim cương", "kim cương tự nhiên"], "moissanite": ["kim cương Moissanite", "Moissanite"],
    "cz": ["đá CZ", "đá cubic", "đá CZ trắng"], "cz red": ["đá CZ màu ruby", "đá CZ đỏ"],
    "ruby": ["ruby", "hồng ngọc ruby"], "blue sapphire": ["sapphire xanh", "đá sapphire xanh dương"],
    "emerald": ["emerald (ngọc lục bảo)", "ngọc lục bảo"], "fw pearl": ["ngọc trai nước ngọt", "ngọc trai"],
    "pearl": ["ngọc trai Akoya"], "jade": ["ngọc bích (cẩm thạch)", "cẩm thạch", "ngọc cẩm thạch"],
    "citrine": ["thạch anh vàng", "đá citrine"], "amethyst": ["thạch anh tím"],
}
# VND per chỉ (3,75 g) of metal, invented but plausible for late 2026
PER_CHI = {"Y24": 15_400_000, "Y18": 11_600_000, "W18": 11_900_000, "R18": 11_600_000, "Y14": 9_100_000,
           "W14": 9_300_000, "R14": 9_100_000, "Y10": 6_600_000, "W10": 6_800_000, "S925": 120_000, "GPB": 60_000, "AG": 130_000}
STONE_ADD = {None: 0, "diamond": 9_000_000, "moissanite": 1_800_000, "cz": 150_000, "cz red": 150_000, "ruby": 4_500_000,
             "blue sapphire": 4_000_000, "emerald": 5_500_000, "fw pearl": 450_000, "pearl": 2_200_000,
             "jade": 2_500_000, "citrine": 700_000, "amethyst": 600_000}

# (cat, nouns, render kind, style, codes, stones, chỉ, n, Type, sized)
LINES = [
    ("wedding band", ["Nhẫn cưới", "Nhẫn cưới trơn", "Nhẫn cưới cặp"], "wedding band", "wedding",
     ["Y18", "W14", "R18", "Y10", "W18"], [None, None, "diamond", "cz"], 1.0, 7, "Nhẫn cưới", True),
    ("engagement ring", ["Nhẫn cầu hôn", "Nhẫn đính hôn", "Nhẫn cầu hôn solitaire"], "engagement ring", "solitaire",
     ["W14", "W18", "R14", "Y18"], ["diamond", "diamond", "moissanite"], 0.6, 7, "Nhẫn cầu hôn", True),
    ("ring", ["Nhẫn nữ", "Nhẫn kiểu nữ", "Nhẫn nữ hoa"], "ring", None, ["Y18", "R18", "W14", "Y10", "Y14"],
     ["ruby", "blue sapphire", "cz", "cz red", "emerald", "cz"], 0.7, 10, "Nhẫn", True),
    ("ring", ["Nhẫn bạc nữ", "Nhẫn bạc", "Nhẫn bạc xinh"], "ring", None, ["S925"], ["cz", "citrine", None, "amethyst"],
     1.0, 6, "Nhẫn bạc", True),
    ("ring", ["Nhẫn tròn trơn", "Nhẫn trơn"], "ring", "band", ["Y24"], [None], 1.0, 4, "Nhẫn", True),
    ("earrings", ["Bông tai nụ", "Hoa tai nụ", "Khuyên tai nụ"], "earrings", "stud", ["Y18", "W14", "S925", "Y10"],
     ["cz", "fw pearl", "diamond", "pearl"], 0.35, 7, "Bông tai", False),
    ("earrings", ["Bông tai tròn", "Khuyên tai tròn", "Hoa tai khoen"], "earrings", "hoop", ["Y18", "S925", "GPB", "Y24"],
     [None], 0.6, 5, "Bông tai", False),
    ("chain", ["Dây chuyền", "Dây chuyền nữ", "Dây chuyền cắt kim cương", "Dây chuyền nam"], "chain", None,
     ["Y18", "Y24", "W14", "S925"], [None], 2.0, 7, "Dây chuyền", False),
    ("pendant", ["Mặt dây chuyền", "Mặt dây", "Bộ dây và mặt"], "pendant", None, ["Y18", "W14", "S925", "Y24"],
     ["jade", "fw pearl", "cz", None, "diamond"], 0.5, 8, "Mặt dây chuyền", False),
    ("neck ring", ["Kiềng cổ", "Kiềng"], "necklace", "choker", ["Y24", "Y18", "S925"], [None], 4.0, 4, "Kiềng", False),
    ("necklace", ["Chuỗi ngọc trai", "Vòng cổ ngọc trai"], "necklace", "beaded", ["S925", "Y14"], ["fw pearl", "pearl"],
     0.8, 4, "Vòng cổ", False),
    ("bracelet", ["Lắc tay", "Lắc tay nữ", "Lắc tay nam"], "bracelet", None, ["Y18", "S925", "Y10", "GPB"],
     [None, None, "cz"], 1.5, 7, "Lắc tay", False),
    ("bangle", ["Vòng ximen", "Vòng tay", "Vòng tay trơn"], "bangle", None, ["Y24", "Y18", "S925"], [None, None, "jade"],
     3.0, 6, "Vòng tay", False),
    ("anklet", ["Lắc chân", "Lắc chân nữ"], "anklet", None, ["S925", "GPB"], [None, "cz"], 1.0, 4, "Lắc chân", False),
    ("ring", ["Nhẫn nam", "Nhẫn nam mặt đá"], "ring", "mens", ["Y18", "Y10", "W14"], ["cz", "ruby", "cz red"], 1.6, 4,
     "Nhẫn nam", True),
]
DESC = ["Sản phẩm gia công tại xưởng Hàng Bạc, bảo hành trọn đời.", "Thiết kế tinh tế, phù hợp đeo hằng ngày.",
        "Quà tặng ý nghĩa cho người thân yêu.", "Hàng có sẵn tại cửa hàng, nhận đặt theo ni tay.",
        "Đánh bóng thủ công, sáng bóng như mới.", "Giá đã bao gồm công, thu đổi theo giá niêm yết."]
NAMES = ["Hoa Mai", "Hoa Sen", "Thiên Nga", "Bướm Xinh", "Cỏ Bốn Lá", "Trái Tim", "Ngôi Sao", "Giọt Nước", "Tình Yêu",
         "Phúc Lộc", "Long Phụng", "Hồ Gươm", "Mây", "Nắng"]


# hand-placed pieces whose names read like another metal or stone
TRAPS = [
    ("ring", "Nhẫn bạc", "ring", "cocktail", "S925", "citrine", "Nhẫn bạc", True, "Nhẫn bạc đá vàng", ["đá vàng"], "title", "body"),
    ("chain", "Dây chuyền", "chain", None, "AG", None, "Dây chuyền", False, "Dây chuyền bạc ta nguyên chất", [], "title", "body"),
    ("bracelet", "Lắc tay", "bracelet", "chain", "Y18", None, "Lắc tay", False, "Lắc tay vàng Ý 18K", [], "body", "body"),
    ("pendant", "Mặt dây chuyền", "pendant", None, "Y18", "jade", "Mặt dây chuyền", False,
     "Mặt Phật Bản Mệnh ngọc bích bọc vàng 18K", [], "body", "title"),
    ("earrings", "Bông tai", "earrings", "stud", "S925", "cz red", "Bông tai", False, "Bông tai bạc Ruby Đỏ", ["ruby đỏ"],
     "title", "body"),
    ("ring", "Nhẫn", "ring", "band", "Y24", None, "Nhẫn", True, "Nhẫn Kim Tiền vàng 24K", [], "title", "body"),
]


def vnd(x: float) -> float:
    return float(int(round(x / 10_000)) * 10_000) if x >= 1_000_000 else float(int(round(x / 5_000)) * 5_000)


def plan(rng):
    prods = []
    for (cat, nouns, kind, style, codes, stones, chi, n, typ, sized) in LINES:
        for i in range(n):
            code = rng.choice(codes)
            stone = rng.choice(stones)
            noun = rng.choice(nouns)
            if "trơn" in noun:
                stone = None
            if code in ("GPB", "S925") and stone in ("diamond", "ruby", "blue sapphire", "emerald"):
                stone = "cz"
            if code == "Y24" and stone in ("cz", "cz red", "citrine"):
                stone = None
            p = {"cat": cat, "code": code, "stone": stone, "noun": noun, "kind": kind, "style": style, "chi": chi,
                 "type": typ, "sized": sized, "traps": [], "carat": None}
            if cat == "engagement ring" and stone == "diamond" and rng.random() < 0.4:
                p["carat"] = rng.choice([0.3, 0.5])
            p["mc"] = wchoice(rng, [("title", 52), ("body", 20), ("options", 8), ("tags", 9), ("type", 4), ("photo", 7)])
            p["st"] = wchoice(rng, [("title", 55), ("body", 20), ("tags", 13), ("nowhere", 6), ("options", 6)])
            if p["mc"] == "type" and code != "S925":
                p["mc"] = "tags"
            if p["mc"] == "options" and code not in ("Y18", "W18", "R18", "Y14", "W14", "R14", "Y10", "W10"):
                p["mc"] = "body"
            if p["st"] in ("options", "nowhere") and stone in (None, "diamond"):
                p["st"] = "body" if stone is None else "title"
            if code == "Y24" and p["mc"] not in ("title", "body"):
                p["mc"] = "body"
            r = rng.random()
            p["status"] = "draft" if r < 0.02 else "archived" if r < 0.03 else "active"
            prods.append(p)
    for i, stt in ((3, "draft"), (33, "archived"), (61, "draft")):
        prods[i]["status"] = stt
    for (cat, noun, kind, style, code, stone, typ, sized, title, traps, mc, st) in TRAPS:
        prods.append({"cat": cat, "code": code, "stone": stone, "noun": noun, "kind": kind, "style": style,
                      "chi": {"ring": 0.8, "chain": 2.0, "bracelet": 1.5, "pendant": 0.5, "earrings": 0.4}[cat],
                      "type": typ, "sized": sized, "traps": traps, "carat": None, "mc": mc, "st": st,
                      "status": "active", "title_fixed": title})
    return prods


def mphrase(rng, code, colour):
    wc, nc, _ = METAL_VI[code]
    return rng.choice(wc) if colour else (rng.choice(nc) if nc else None)


def build(out_root, images=True):
    rng = random.Random(SEED)
    outdir = os.path.join(out_root, "han_shop")
    os.makedirs(outdir, exist_ok=True)
    prods = plan(rng)
    rows, truths, jobs = [], [], []
    seen = set()
    broken_at = {12, 70}
    vtag = 1_761_200_000
    for idx, p in enumerate(prods):
        code, stone, cat = p["code"], p["stone"], p["cat"]
        axes, metal_codes = [], [code]
        if p["mc"] == "options":
            fam = {"Y18": ["Y18", "W18", "R18"], "W18": ["W18", "Y18", "R18"], "R18": ["R18", "Y18"],
                   "Y14": ["Y14", "W14", "R14"], "W14": ["W14", "Y14", "R14"], "R14": ["R14", "W14"],
                   "Y10": ["Y10", "W10"], "W10": ["W10", "Y10"]}[code]
            metal_codes = fam
            axes.append(("Chất liệu", [METAL_VI[c][2] for c in fam]))
        stone_codes = [stone]
        if p["st"] == "options":
            alt = {"cz": ["cz", "cz red"], "cz red": ["cz red", "cz"], "ruby": ["ruby", "blue sapphire"],
                   "blue sapphire": ["blue sapphire", "ruby"], "emerald": ["emerald", "ruby"],
                   "fw pearl": ["fw pearl", "cz"], "pearl": ["pearl", "fw pearl"], "jade": ["jade", "fw pearl"],
                   "citrine": ["citrine", "amethyst"], "amethyst": ["amethyst", "citrine"], "moissanite": ["moissanite", "cz"]}[stone]
            stone_codes = alt
            axes.append(("Đá", [STONE_VI[s][0][0].upper() + STONE_VI[s][0][1:] for s in alt]))
        r_pair = rng.random()
        pair = cat == "wedding band" and ("cặp" in p["noun"] or r_pair < 0.6)
        if pair:
            axes.append(("Loại", ["Nhẫn nữ", "Nhẫn nam", "Cặp"]))
        elif p["sized"] and rng.random() < 0.7 and len(axes) < 2:
            lo = rng.choice([6, 7, 8, 9])
            axes.append(("Ni tay", [str(s) for s in range(lo, lo + rng.choice([6, 8, 10]))]))
        chi = p["chi"] * rng.uniform(0.6, 1.6)
        if code in ("S925", "GPB"):
            chi *= 2.5
        making = rng.choice([300_000, 500_000, 800_000, 1_200_000]) if code not in ("S925", "GPB") else rng.choice([150_000, 250_000, 350_000])
        vs = []
        sku0 = f"KT{idx + 301:04d}"
        carat_ly = rng.choice([3.6, 4.1, 4.5, 5.0, 5.4, 6.3]) if stone == "diamond" else None
        for combo in itertools.product(*[v for _, v in axes]) if axes else [()]:
            mcode, scode, mult = code, stone, 1.0
            for (nm, vals), val in zip(axes, combo):
                if nm == "Chất liệu":
                    mcode = metal_codes[vals.index(val)]
                if nm == "Đá":
                    scode = stone_codes[vals.index(val)]
                if nm == "Loại":
                    mult = {"Nhẫn nữ": 0.8, "Nhẫn nam": 1.2, "Cặp": 2.0}[val]
            sadd = STONE_ADD[scode] * (((carat_ly or 4) / 4) ** 3 if scode == "diamond" else 1)
            if cat in ("engagement ring",) and scode == "diamond":
                sadd *= 2.5
            pr = vnd((PER_CHI[mcode] * chi + making + sadd) * mult)
            vs.append(Variant(list(combo), mcode, scode, pr, None, chi * 3.75 * mult, f"{sku0}-{len(vs) + 1}"))
        if rng.random() < 0.15:
            for v in vs:
                v.compare = vnd(v.price * 1.15)
        # ---- text ----
        mc, st = p["mc"], p["st"]
        tm = mphrase(rng, code, mc == "title")
        if mc != "title" and (METAL_VI[code][1] is None or mc == "photo"):
            tm = None
        sw = rng.choice(STONE_VI[stone]) if stone else None
        traps = list(p["traps"])
        title = p["noun"]
        if p.get("title_fixed"):
            tm = None
        if tm and "bạc" in title.lower() and tm.startswith("bạc "):
            tm = tm[4:]
        if tm:
            title += " " + tm
        if stone and st == "title" and not p.get("title_fixed"):
            title += rng.choice([" đính ", " gắn ", " "]) + sw
            if carat_ly:
                title += f" {str(carat_ly).replace('.', ',')} ly"
        if p.get("title_fixed"):
            title = p["title_fixed"]
        elif rng.random() < 0.3:
            title += " " + rng.choice(NAMES)
        if title in seen:
            title += f" {sku0}"
        seen.add(title)
        if "cắt kim cương" in title:
            traps.append("cắt kim cương")
        for s in (stone_codes if stone else []):
            if s == "moissanite":
                traps.append("kim cương moissanite")
            if s == "cz red":
                traps.append("màu ruby")
            if s == "citrine":
                traps += ["thạch anh vàng"]
        li = []
        if mc == "body" or (mc == "title" and rng.random() < 0.5):
            li.append("Chất liệu: " + mphrase(rng, code, True))
        elif mc in ("tags", "type", "options") and METAL_VI[code][1] and rng.random() < 0.5:
            li.append("Chất liệu: " + mphrase(rng, code, False))
        if stone and (st == "body" or (st == "title" and rng.random() < 0.4)):
            li.append("Đá chính: " + sw + (f" {str(carat_ly).replace('.', ',')} ly" if carat_ly else ""))
        if stone is None and rng.random() < 0.35:
            li.append("Kiểu dáng: trơn, không gắn đá")
        if code not in ("S925", "GPB"):
            li.append(f"Trọng lượng: {chi:.2f} chỉ".replace(".", ","))
        else:
            li.append(f"Trọng lượng: {chi * 3.75:.1f} gram".replace(".", ","))
        if cat == "pendant":
            wc = p["noun"] == "Bộ dây và mặt"
            p["sold_with_chain"] = wc
            li.append("Giá đã gồm dây chuyền" if wc else "Giá chỉ gồm mặt, chưa gồm dây")
        if cat == "wedding band":
            li.append("Giá theo cặp (1 nhẫn nam + 1 nhẫn nữ)" if pair else "Giá tính cho 1 chiếc")
        body = "<p>" + rng.choice(DESC) + "</p><ul>" + "".join(f"<li>{x}</li>" for x in li) + "</ul>"
        if rng.random() < 0.25:
            body += "<p><em>Free ship toàn quốc cho đơn từ 2 triệu. Hotline/Zalo: 0912 xxx xxx</em></p>"
        tags = [rng.choice(["quà tặng", "best seller", "hàng mới về", "Sale", "quà 20/10", "quà 8/3"])]
        if mc == "tags":
            tags.append({"Y24": "vàng 24k", "Y18": "vàng vàng 18k", "W18": "vàng trắng", "R18": "vàng hồng", "Y14": "vàng vàng 14k",
                         "W14": "vàng trắng", "R14": "vàng hồng", "Y10": "vàng vàng 10k", "W10": "vàng trắng", "S925": "bạc 925",
                         "GPB": "mạ vàng", "AG": "bạc ta"}[code])
        if stone and st == "tags":
            tags.append(sw.split(" (")[0])
        if "nam" in p["noun"].split():
            tags.append("trang sức nam")
            p["for"] = "men"
        typ = p["type"]
        if mc == "type":
            typ = "Trang sức bạc"
        elif rng.random() < 0.12:
            typ = ""
        p["shop_category"] = typ
        opt_text = " ".join(f"{nm}: {', '.join(v)}." for nm, v in axes)
        handle = slugify(title.replace("đ", "d").replace("Đ", "D"))
        p["handle"], p["title"], p["traps"] = handle, title, traps
        tone = TMETALS[code][3]
        _, _, rstone, rgb = TSTONES[stone]
        spec = {"kind": p["kind"], "metal": tone}
        if rstone:
            spec["stone"] = rstone
        if rgb:
            spec["stone_rgb"] = rgb
        if p["style"]:
            spec["style"] = p["style"]
        if cat == "ring" and not p["style"]:
            spec["style"] = rng.choice(["cocktail", "flower", "solitaire", "trilogy"]) if stone else "band"
        if cat == "pendant":
            spec["pendant"] = "solitaire" if stone else rng.choice(["heart", "coin", "drop"])
            spec["chain"] = p["sold_with_chain"]
        if cat == "bracelet":
            spec["style"] = "tennis" if stone else rng.choice(["chain", "curb"])
        base = rng.choice([handle[:48].strip("-"), f"IMG_{4000 + idx * 7}", f"z{5600000 + idx * 131}_{idx:03d}"])
        imgs = [(base + ".jpg", spec, SEED * 1000 + idx)]
        for j, mcode in enumerate(metal_codes[1:]):
            imgs.append((f"{base}-{slugify(METAL_VI[mcode][2])}.jpg", dict(spec, metal=TMETALS[mcode][3]), SEED * 1000 + idx + 40000 * (j + 1)))
        for j, scode in enumerate(stone_codes[1:] if stone else []):
            _, _, rs2, rgb2 = TSTONES[scode]
            s2 = dict(spec, stone=rs2)
            s2.pop("stone_rgb", None)
            if rgb2:
                s2["stone_rgb"] = rgb2
            imgs.append((f"{base}-da-{j + 2}.jpg", s2, SEED * 1000 + idx + 70000))
        if rng.random() < 0.2:
            imgs.append((f"{base}-2.jpg", dict(spec, background="velvet"), SEED * 1000 + idx + 90000))
        broken = idx in broken_at
        if broken:
            imgs[0] = (base + "-old.jpg", spec, 0)
        for k, (fn, sp, sd) in enumerate(imgs):
            if not (broken and k == 0):
                jobs.append((os.path.join(outdir, "images", fn), sp, sd))
        urls = [HOST + fn + f"?v={vtag + idx * 3607 + k}" for k, (fn, _, _) in enumerate(imgs)]
        t = truth_record(p, vs, [a for a, _ in axes], CURRENCY, broken, spec,
                         None if broken else "images/" + imgs[0][0], urls[0], ["images/" + fn for fn, _, _ in imgs[1:]])
        if p["carat"]:
            t["carat"] = p["carat"]
        if carat_ly:
            t["diamond_mm"] = carat_ly
        fields = {"title": title, "body": body, "type": typ, "tags": ", ".join(tags), "options": opt_text}
        ev, problems = read_evidence("vi", t, fields, not broken, traps)
        if problems:
            raise SystemExit(f"han {handle}: {problems}\n{fields}")
        t["evidence"] = ev
        # ---- rows ----
        status_cap = p["status"]
        nrows = max(len(vs), len(imgs))
        for j in range(nrows):
            r = dict.fromkeys(HEADER, "")
            r["URL handle"] = handle
            if j == 0:
                r.update({"Title": title, "Description": body, "Vendor": rng.choice(["Kim Thành", "Kim Thành", "Kim Thanh Jewelry", "KT Silver"]),
                          "Product category": "Apparel & Accessories > Jewelry" if rng.random() < 0.7 else "",
                          "Type": typ, "Tags": ", ".join(tags), "Published on online store": "TRUE" if status_cap == "active" else "FALSE",
                          "Status": status_cap, "Gift card": "FALSE"})
                for a, (nm, _) in enumerate(axes):
                    r[f"Option{a + 1} name"] = nm
                if not axes:
                    r["Option1 name"] = "Title"
            if j < len(vs):
                v = vs[j]
                r.update({"SKU": v.sku, "Price": f"{v.price:.2f}", "Compare-at price": f"{v.compare:.2f}" if v.compare else "",
                          "Charge tax": "FALSE", "Inventory tracker": "shopify", "Inventory quantity": str(rng.randint(0, 5)),
                          "Continue selling when out of stock": "DENY", "Weight value (grams)": f"{v.grams:.1f}",
                          "Weight unit for display": "g", "Requires shipping": "TRUE", "Fulfillment service": "manual"})
                if axes:
                    for a, val in enumerate(v.opts):
                        r[f"Option{a + 1} value"] = val
                else:
                    r["Option1 value"] = "Default Title"
                if len(metal_codes) > 1 and v.code != code:
                    r["Variant image URL"] = urls[metal_codes.index(v.code)]
            if j < len(imgs):
                r["Product image URL"] = urls[j]
                r["Image position"] = str(j + 1)
                r["Image alt text"] = title if rng.random() < 0.5 else ""
            rows.append(r)
        truths.append(t)
    return truths, rows, jobs, outdir
