"""Shared pieces of the sixteenth held-out round (bkk_shop: Bangkok, Shopify, THB, Thai;
jai_shop: Jaipur, BigCommerce, INR, Hindi / Hinglish).

Written by the sixteenth independent data author.  render.py, common.py,
evidence.py and fresh_common.py are imported unchanged.  This module adds

* the new metal codes: Thai 96.5 % gold (``Y23``, karat 23), gold plated brass
  (``GPB``, the Thai "ทองไมครอน" / "ชุบทอง" costume pieces), stainless steel
  (``SS``);
* an evidence reader that reads Thai and Devanagari / Hinglish text as well as
  English (evidence.py's English rules are reused on the same text), with the
  same channels and the same contradiction check;
* the answer-key record builder for the two shops.
"""

from __future__ import annotations

import re

import evidence
from fresh_common import FMETALS as _FM, FSTONES as _FS, Variant, wchoice, write_csv, write_jsonl, stats  # noqa: F401
from common import money, slugify  # noqa: F401

FMETALS = dict(_FM)
FMETALS["Y23"] = ("yellow gold", "yellow", 23, "yellow22")          # ทองคำ 96.5 % (Thai standard gold)
FMETALS["Y24"] = ("yellow gold", "yellow", 24, "yellow22")          # ทอง 99.99 / 24 कैरेट
FMETALS["GPB"] = ("gold plated brass", "yellow", None, "plated")    # ชุบทองไมครอน on brass
FMETALS["SS"] = ("stainless steel", "silver", None, "silver")        # สแตนเลส

FSTONES = dict(_FS)
FSTONES["cz"] = ("cubic zirconia", "white", "cz", None)
FSTONES["cz red"] = ("cubic zirconia", "red", "cz", (190, 20, 50))
FSTONES["cz blue"] = ("cubic zirconia", "blue", "cz", (30, 60, 170))
FSTONES["cz green"] = ("cubic zirconia", "green", "cz", (20, 140, 70))
FSTONES["fw pearl"] = ("pearl", "white", "pearl", None)

METAL_KIND = dict(evidence.METAL_KIND)
METAL_KIND["gold plated brass"] = "plated"
METAL_KIND["stainless steel"] = "steel"

CHANNELS = ("title", "body", "type", "tags", "custom_fields", "options")

_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙०१२३४५६७८९", "01234567890123456789")


def plain(raw: str) -> str:
    return evidence.plain(raw).translate(_DIGITS)


# --- Thai / Hindi patterns (no \b: Thai and Devanagari marks are not word characters) ---

# plated first; the rest of the text is read with the plating phrase removed
_PLATED_X = (r"ชุบทองคำขาว|ชุบทอง|ชุบโรสโกลด์|ชุบพิ้งค์โกลด์|ชุบเงิน|ทองไมครอน|ไมครอน|"
             r"गोल्ड प्लेटेड|गोल्ड पॉलिश|सोने की पॉलिश|सोने का पानी|gold[ -]?plated|gold polish|micron")
_BRASS = r"ทองเหลือง|ทองแดง|पीतल|brass|copper"
_STEEL = r"สแตนเลส|สเตนเลส|stainless|316l|स्टील"
_GOLD_X = (r"ทองคำ|ทอง|96\.5|99\.99|ทองเค|"
           r"सोना|सोने|स्वर्ण|गोल्ड|कैरेट|कैरट|(?<![a-z])sone(?![a-z])|(?<![a-z])sona(?![a-z])|(?<![a-z])swarna")
_SILVER_X = r"เงินแท้|เงิน 925|เงิน92\.5|เงินล้วน|ซิลเวอร์|चांदी|चाँदी|स्टर्लिंग|सिल्वर|chaandi|chandi|chandee"
_PLAT_X = r"แพลทินัม|แพลตินัม|प्लेटिनम"

_ROSE_X = r"โรสโกลด์|พิ้งค์โกลด์|พิงค์โกลด์|ทองชมพู|रोज़ गोल्ड|रोज गोल्ड|गुलाबी सोना|gulabi sona|rose gold"
_WHITE_X = r"ทองคำขาว|ทองขาว|व्हाइट गोल्ड|सफ़ेद सोना|सफेद सोना|white gold|แพลทินัม|แพลตินัม|प्लेटिनम"
_YELLOW_X = (r"(?<![\d.])96\.5(?!\d)|(?<![\d.])99\.99(?!\d)|ทองคำแท่ง|"
             r"(?<![\d.])(22|24)\s?(कैरेट|कैरट|कै\.|kt|k|karat|carat|ct)(?![a-z])|(?<![\d.])916(?!\d)|पीला सोना|yellow gold")
_SILVERC_X = _SILVER_X + "|" + _STEEL

_KARAT_X = r"(?<![\d.])(9|10|14|18|22|24)\s?(कैरेट|कैरट|कै\.|kt|k|karat|carat|ct|เค)(?![a-z])"

GEMS_X = [
    ("cubic zirconia", r"เพชร\s?cz|เพชรรัสเซีย|เพชรสวิส|เพชรสังเคราะห์|cz|cubic|zircon|"
                       r"अमेरिकन डायमंड|अमेरिकन डायमण्ड|ज़रकन|जरकन|american diamond|(?<![a-z])ad(?![a-z])"),
    ("moissanite", r"โมอีส|โมซาไนท์|मोइसानाइट|moissanite"),
    ("navratna", r"นพเก้า|นพรัตน์|नवरत्न|navratna|navratan|navaratna"),
    ("diamond", r"เพชร|हीरा|हीरे|हीरों|डायमंड|diamond|(?<![a-z])heer[ae](?![a-z])|(?<![a-z])hire(?![a-z])"),
    ("ruby", r"ทับทิม|माणिक|माणिक्य|रूबी|(?<![a-z])manik(?![a-z])|ruby|rubies"),
    ("emerald", r"มรกต|पन्ना|पन्ने|(?<![a-z])panna(?![a-z])|emerald(?![- ]cut)"),
    ("sapphire", r"ไพลิน|บุษราคัม|แซฟไฟร์|ไพลินชมพู|नीलम|पुखराज|neelam|pukhraj|sapphire"),
    ("pearl", r"ไข่มุก|มุกน้ำจืด|มุกแท้|มุกเปลือกหอย|मोती|(?<![a-z])moti(?![a-z])|pearl"),
    ("kundan", r"कुंदन|kundan"),
    ("polki", r"पोल्की|polki"),
    ("garnet", r"โกเมน|गार्नेट|garnet"),
    ("amethyst", r"อเมทิสต์|อะเมทิสต์|जमुनिया|amethyst"),
    ("topaz", r"โทแพซ|โทพาซ|टोपाज़|topaz"),
    ("opal", r"โอปอล|ओपल|(?<![a-z])opal"),
    ("aquamarine", r"อความารีน|aquamarine"),
    ("peridot", r"เพอริดอท|peridot"),
]
_NOSTONE_X = r"ไม่มีพลอย|ไม่ฝังพลอย|ไม่ฝังเพชร|ทองล้วน|เกลี้ยง|बिना नग|बिना स्टोन|सादा|सादी|(?<![a-z])plain(?![a-z])|no stones?|without stones?"

COLOURS_X = {
    "red": r"สีแดง|แดง|लाल|(?<![a-z])laal(?![a-z])|(?<![a-z])lal(?![a-z])|(?<![a-z])red(?![a-z])",
    "green": r"สีเขียว|เขียว|हरा|हरे|हरी|(?<![a-z])hara(?![a-z])|(?<![a-z])hare(?![a-z])|green",
    "blue": r"น้ำเงิน|สีฟ้า|ฟ้า|नीला|नीले|नीली|(?<![a-z])neela(?![a-z])|(?<![a-z])blue(?![a-z])",
    "pink": r"ชมพู|गुलाबी|gulabi|(?<![a-z])pink(?![a-z])",
    "white": r"สีขาว|ขาว|सफ़ेद|सफेद|safed|(?<![a-z])white(?![a-z])",
    "purple": r"ม่วง|बैंगनी|jamuni|purple",
    "yellow": r"สีเหลือง|เหลือง|पीला|पीले|peela|(?<![a-z])yellow(?![a-z])",
    "black": r"สีดำ|ดำ|काला|काले|kaala|(?<![a-z])black(?![a-z])",
    "multicolour": r"หลากสี|รวมพลอย|रंग-बिरंगे|multicolou?r|multi-colou?r",
}
INHERENT_X = {
    "ruby": ("red", r"ทับทิม|माणिक|रूबी|manik|ruby"),
    "emerald": ("green", r"มรกต|पन्ना|panna|emerald"),
    "pearl": ("white", r"ไข่มุก|มุก|मोती|moti|pearl"),
    "diamond": ("white", r"เพชร|हीरा|हीरे|डायमंड|diamond|heera"),
    "cubic zirconia": ("white", r"cz|เพชรรัสเซีย|เพชรสวิส|अमेरिकन डायमंड|american diamond|zircon"),
    "navratna": ("multicolour", r"นพเก้า|नवरत्न|navratna"),
    "kundan": ("white", r"कुंदन|kundan"),
    "polki": ("white", r"पोल्की|polki"),
    "garnet": ("red", r"โกเมน|garnet"),
    "amethyst": ("purple", r"อเมทิสต์|amethyst"),
}
SAPPHIRE_NAMED = [("blue", r"ไพลิน(?!ชมพู)|नीलम|neelam"), ("yellow", r"บุษราคัม|पुखराज|pukhraj"), ("pink", r"ไพลินชมพู")]

CATEGORY_X = {
    "ring": r"แหวน|अंगूठी|अँगूठी|मुंदरी|रिंग|anguthi|angoothi|(?<![a-z])rings?(?![a-z])",
    "engagement ring": r"แหวนหมั้น|เม็ดเดี่ยว|सगाई|सॉलिटेयर|engagement|solitaire|sagai",
    "wedding band": r"แหวนแต่งงาน|แหวนคู่|wedding|couple|(?<![a-z])bands?(?![a-z])|बैंड",
    "toe ring": r"बिछिया|बिछुआ|bichiya|bichhiya|bichua|toe ring",
    "necklace": r"สร้อยคอ|necklace|नेकलेस|(?<!यो)हार|(?<![a-z])haar(?![a-z])|rani haar",
    "choker": r"โชคเกอร์|choker|चोकर|गलबंद|galbandh?",
    "pendant": r"จี้|กรอบพระ|ล็อกเก็ต|पेंडेंट|पेण्डेंट|लॉकेट|pendant|locket",
    "mangalsutra": r"मंगलसूत्र|mangal ?sutra",
    "chain": r"สร้อยคอ|(?<![a-z])chains?(?![a-z])|चेन|जंजीर",
    "earrings": r"ต่างหู|ตุ้มหู|earring|(?<![a-z])studs?(?![a-z])|hoops?|झुमक|बालियां|बालियाँ|बाली|टॉप्स|कान|jhumk|(?<![a-z])tops(?![a-z])|(?<![a-z])bali(?![a-z])|baaliyan|chandbali|चांदबाली",
    "jhumka": r"झुमक|jhumk|jhumk",
    "nose pin": r"नथ|लौंग|नाक|(?<![a-z])nath|nose|laung",
    "maang tikka": r"मांग टीका|मांगटीका|टीका|tikka|maang",
    "bracelet": r"สร้อยข้อมือ|ข้อมือ|เลส|ब्रेसलेट|bracelet",
    "bangle": r"กำไล|चूड़ी|चूड़ियां|चूड़ियाँ|कंगन|bangles?|kangan|chud(i|iyan)",
    "kada": r"कड़ा|कड़े|कडा|(?<![a-z])kad(a|aa|e)(?![a-z])",
    "anklet": r"ข้อเท้า|पायल|पाजेब|payal|paayal|anklet",
    "brooch": r"เข็มกลัด|brooch",
    "armlet": r"बाजूबंद|बाजूबन्द|bajuband|baju band|armlet",
}


def _kinds(t):
    k = set()
    if re.search(_PLATED_X, t) or re.search(evidence._PLATED, t):
        k.add("plated")
    rest = re.sub(_PLATED_X, " ", t)
    rest = re.sub(evidence._PLATED, " ", rest)
    if re.search(_BRASS, rest):
        k.add("brass")
    rest = re.sub(_BRASS, " ", rest)
    if re.search(_STEEL, rest):
        k.add("steel")
    if re.search(_PLAT_X, rest) or re.search(r"\bplatinum\b|\bpt\s?950\b", rest):
        k.add("platinum")
    if re.search(_SILVER_X, rest) or re.search(r"\bsilver\b|\b925\b|92\.5|\bsterling\b", rest):
        k.add("silver")
    if re.search(_GOLD_X, rest) or "gold" in evidence.metal_kinds(rest):
        k.add("gold")
    return k


def _colours(t):
    c = set()
    if re.search(r"ชุบโรสโกลด์|ชุบพิ้งค์โกลด์|rose[ -]gold[ -]?(plated|plating|polish|vermeil)", t):
        c.add("rose")
    elif re.search(r"ชุบทองคำขาว|ชุบเงิน", t):
        c.add("white")
    elif re.search(_PLATED_X, t) or re.search(evidence._PLATED, t):
        c.add("yellow")
    rest = re.sub(_PLATED_X, " ", t)
    rest = re.sub(evidence._PLATED, " ", rest)
    rest = re.sub(_BRASS, " ", rest)
    if re.search(_ROSE_X, rest):
        c.add("rose")
    if re.search(_WHITE_X, rest):
        c.add("white")
    if re.search(_YELLOW_X, rest):
        c.add("yellow")
    if re.search(_SILVERC_X, rest):
        c.add("silver")
    c |= evidence.metal_colours(rest)
    return c


def _karats(t):
    # "ชุบทองคำแท้ 24K" / "24K गोल्ड प्लेटेड": the karat of a plating, not of the piece
    t = re.sub(r"ชุบ(ทองคำแท้|ทองคำ|ทอง)\s?(9|14|18|22|24)\s?(k|เค)", " ", t)
    t = re.sub(r"(9|14|18|22|24)\s?(k|kt|कैरेट)\s?(गोल्ड प्लेटेड|gold plated|micron)", " ", t)
    t = re.sub(r"(?<![\d.])(9|10|14|18|22|24)\s?(k|kt|ct|karat)\s+(rose\s+|yellow\s+)?gold[ -]?(vermeil|plated|plating|polish)", " ", t)
    ks = set(evidence.karats(t))
    for m in re.finditer(_KARAT_X, t):
        ks.add(int(m.group(1)))
    if re.search(r"(?<![\d.,])96\.5(?!\d)", t):
        ks.add(23)
    if re.search(r"(?<![\d.,])99\.99(?!\d)", t):
        ks.add(24)
    return ks


def _gems(t):
    found = set()
    rest = t
    for name, pat in GEMS_X:
        if re.search(pat, rest):
            found.add(name)
            if name == "cubic zirconia":
                rest = re.sub(GEMS_X[0][1], " ", rest)
    return found


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pats = dict(GEMS_X)
    if not re.search(pats[gem], t):
        return False
    if gem in INHERENT_X and INHERENT_X[gem][0] == colour and re.search(INHERENT_X[gem][1], t):
        return True
    if gem == "sapphire":
        for col, pat in SAPPHIRE_NAMED:
            if col == colour and re.search(pat, t):
                return True
    return bool(re.search(COLOURS_X.get(colour, r"(?!x)x"), t))


def scan(fields):
    out = {}
    for ch, raw in fields.items():
        t = plain(raw)
        out[ch] = {"text": t, "kinds": _kinds(t), "colours": _colours(t), "karats": _karats(t), "gems": _gems(t),
                   "plain": bool(re.search(_NOSTONE_X, t))}
    return out


def read_evidence(truth, fields, has_photo, may_mention=(), traps=()):
    """Evidence from the finished fields (``fields``: channel -> raw text) and a
    list of contradictions.  ``traps`` (phrases that look like a metal or stone
    but are not one) are masked for the contradiction check only."""
    ev = _evidence(truth, fields, has_photo, may_mention)[0]
    masked = {}
    for ch, txt in fields.items():
        txt = plain(txt)
        for ph in traps:
            txt = txt.replace(plain(ph), " ")
        masked[ch] = txt
    problems = _evidence(truth, masked, has_photo, may_mention)[1]
    return ev, problems


def _evidence(truth, fields, has_photo, may_mention):
    sc = scan(fields)
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    mk = METAL_KIND[truth["metal"]]
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    others = set(truth.get("other_stones") or []) | set(may_mention) | set(truth.get("gemstone_options") or [])
    for ch in CHANNELS:
        if ch not in sc:
            continue
        d = sc[ch]
        t = d["text"]
        if re.search(CATEGORY_X[truth["category"]], t):
            ev["category"].append(ch)
        if mk in d["kinds"] or (mk == "plated" and truth["metal"] == "gold plated brass" and "brass" in d["kinds"] and "plated" in d["kinds"]):
            ev["metal"].append(ch)
        if truth["metal_color"] in d["colours"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        allowed = {METAL_KIND[m] for m in metal_opts}
        if "plated" in allowed:
            allowed |= {"silver", "gold", "brass"}
        bad = d["kinds"] - allowed
        if bad:
            problems.append(f"{ch}: metal {bad} vs {metal_opts}")
        allowed_c = set(colour_opts)
        if "gold plated silver" in metal_opts:
            allowed_c |= {"silver"}
        bad = d["colours"] - allowed_c
        if bad:
            problems.append(f"{ch}: colour {bad} vs {colour_opts}")
        bad = d["karats"] - karat_opts
        if bad:
            problems.append(f"{ch}: karat {bad} vs {karat_opts}")
        bad = d["gems"] - {gem} - others
        if bad:
            problems.append(f"{ch}: gems {bad} vs {gem}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, problems


def truth_record(p, vs, names, currency, status, is_broken, main_spec, image, image_url, extra_images, price_key):
    metal, col, karat, _ = FMETALS[p["code"]]
    gem, scol, _, _ = FSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": status}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {FMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({FSTONES[v.stone][0] for v in vs})
    sco = sorted({FSTONES[v.stone][1] for v in vs if FSTONES[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("other_stones", "lab_grown", "for", "sold_with_chain", "traps", "gold_weight_baht", "technique"):
        if p.get(k):
            t[k] = p[k]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant")}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price,
         price_key: v.compare, "metal": FMETALS[v.code][0], "metal_color": FMETALS[v.code][1],
         "karat": FMETALS[v.code][2], "gemstone": FSTONES[v.stone][0], "stone_color": FSTONES[v.stone][1],
         "grams": round(v.grams, 2)} for v in vs]
    return t


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def r100(x):
    return float(int(round(x / 100.0)) * 100)


def thb(x, rng):
    """A Thai shop's way of writing a price in text."""
    n = int(x)
    s = f"{n:,}"
    return rng.choice([f"฿{s}", f"{s} บาท", f"{s}.-", f"ราคา {s}.-"])


def lakh(n: int) -> str:
    """Indian digit grouping: 104000 -> 1,04,000."""
    s = str(int(n))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def inr(x, rng):
    n = int(x)
    return rng.choice([f"₹{lakh(n)}", f"Rs. {lakh(n)}", f"Rs {lakh(n)}/-", f"₹ {lakh(n)}"])
