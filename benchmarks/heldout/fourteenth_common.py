"""Shared machinery of the fourteenth held-out round (tyo_shop, sto_shop).

Written by the fourteenth-round independent data author.  It reuses the
first round's renderer (render.py) unchanged and the second round's CSV /
JSONL writers and share counter (fresh_common.py); the metal and stone tables
below add what a Tokyo and a Stockholm jeweller sell (10 karat gold,
stainless steel, moonstone, citrine, rock crystal, tourmaline, mother of
pearl) and the evidence reader reads Japanese and Swedish listings: the
English keyword rules of evidence.py would find nothing in them.

The reading conventions are the first round's, carried over to the two
languages (see the README's "Fourteenth round" section):
* a metal colour is stated by a colour word with the metal (K18YG,
  ホワイトゴールド, ピンクゴールド, vitguld, rödguld, gult guld), by silver /
  SV925 / sterling (silver), by platinum / Pt950 (white), by a gold plating
  or coating (yellow unless pink / rosé); stainless steel alone states no colour
  (it is sold in silver, gold and black tones): シルバーカラー / silverfärgad
  state silver without stating a silver metal; K18 / 18金 / 18K guld / 750 alone state a
  karat but no colour;
* the karat of a plating (K18コーティング, 18K förgyllt) is not a karat;
* ダイヤモンドカット / diamantslipad (a cut of the metal), エメラルドカット /
  smaragdslipad (a shape), briljantslipad zirkonia, マザーオブパール /
  pärlemor (shell, not pearl) never state diamond, emerald or pearl.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from fresh_common import stats, wchoice, write_csv, write_jsonl  # noqa: F401  (re-exported)

# metal code -> (truth metal, colour, karat, renderer tone)
XMETALS = {
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "W18": ("white gold", "white", 18, "white"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "Y10": ("yellow gold", "yellow", 10, "yellow14"),
    "W10": ("white gold", "white", 10, "white"),
    "R10": ("rose gold", "rose", 10, "rose"),
    "PT": ("platinum", "white", None, "platinum"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "RGPS": ("gold plated silver", "rose", None, "rose"),
    "SS": ("stainless steel", "silver", None, "platinum"),
    "GSS": ("gold plated stainless steel", "yellow", None, "plated"),
}

# stone code -> (truth gemstone, stone colour, renderer stone, renderer rgb override)
XSTONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "lab": ("diamond", "white", "lab diamond", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
    "cz red": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "cz pink": ("cubic zirconia", "pink", "cz", (236, 108, 160)),
    "akoya": ("pearl", "white", "pearl", None),
    "fwpearl": ("pearl", "white", "pearl", None),
    "ruby": ("ruby", "red", "ruby", None),
    "sapphire": ("sapphire", "blue", "sapphire", None),
    "pink sapphire": ("sapphire", "pink", "pink sapphire", None),
    "emerald": ("emerald", "green", "emerald", None),
    "garnet": ("garnet", "red", "garnet", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "peridot": ("peridot", "green", "peridot", None),
    "opal": ("opal", "white", "opal", None),
    "blue topaz": ("topaz", "blue", "topaz", None),
    "citrine": ("citrine", "yellow", "yellow sapphire", (232, 164, 40)),
    "moonstone": ("moonstone", "white", "opal", (214, 224, 238)),
    "rock crystal": ("rock crystal", "white", "cz", (246, 248, 250)),
    "tourmaline": ("tourmaline", "pink", "pink sapphire", (228, 96, 142)),
    "mop": ("mother of pearl", "white", "opal", (240, 236, 228)),
}

NEW_VALUES = {
    "metal": ["stainless steel", "gold plated stainless steel"],
    "karat": [10],
    "gemstone": ["moonstone", "citrine", "rock crystal", "tourmaline", "mother of pearl"],
    "category": ["ear cuff", "cufflinks"],
}


@dataclass
class Variant:
    opts: list
    code: str
    stone: str | None
    price: float
    compare: float | None = None
    grams: float = 0.0
    sku: str = ""
    extra: dict = field(default_factory=dict)


def truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images, compare_key):
    metal, col, karat, _ = XMETALS[p["code"]]
    gem, scol, _, _ = XSTONES[p["stone"]]
    prices = [v.price for v in vs]
    t = {"handle": p["handle"], "title": p["title"], "category": p["cat"], "shop_category": p["shop_category"],
         "metal": metal, "metal_color": col, "karat": karat, "gemstone": gem, "stone_color": scol,
         "carat": p.get("carat"), "price_min": min(prices), "price_max": max(prices), "currency": currency,
         "variants": len(vs), "status": p["status"]}
    for key, idx in (("metal_options", 0), ("metal_color_options", 1), ("karat_options", 2)):
        allv = {XMETALS[v.code][idx] for v in vs}
        if len(allv) > 1:
            t[key] = sorted(x for x in allv if x is not None)
    go = sorted({XSTONES[v.stone][0] for v in vs})
    sco = sorted({XSTONES[v.stone][1] for v in vs if XSTONES[v.stone][1]})
    if len(go) > 1:
        t["gemstone_options"] = go
    if len(sco) > 1:
        t["stone_color_options"] = sco
    for k in ("others", "lab", "for", "fitting", "recycled", "pearl_type", "finish"):
        if p.get(k):
            t[{"others": "other_stones", "lab": "lab_grown", "fitting": "earring_fitting"}.get(k, k)] = p[k]
    if p["cat"] == "pendant":
        t["sold_with_chain"] = bool(p.get("sold_with_chain"))
    if p.get("traps"):
        t["traps"] = p["traps"]
    t["image"] = image
    t["image_url"] = image_url
    t["image_broken"] = is_broken
    t["photo"] = None if is_broken else {"metal_tone": main_spec["metal"], "stone": main_spec.get("stone"),
                                         "stone_rgb": list(main_spec["stone_rgb"]) if main_spec.get("stone_rgb") else None,
                                         "style": main_spec.get("style") or main_spec.get("pendant"),
                                         "drawn_as": main_spec["kind"]}
    t["extra_images"] = extra_images
    t["variant_list"] = [
        {"sku": v.sku, "options": dict(zip(names, v.opts)) if names else {}, "price": v.price, compare_key: v.compare,
         "metal": XMETALS[v.code][0], "metal_color": XMETALS[v.code][1], "karat": XMETALS[v.code][2],
         "gemstone": XSTONES[v.stone][0], "stone_color": XSTONES[v.stone][1], "grams": round(v.grams, 2)}
        for v in vs]
    return t


# --- evidence reading ---------------------------------------------------------------

def plain(htmltext: str) -> str:
    t = re.sub(r"<[^>]+>", " ", htmltext or "")
    t = html.unescape(t).replace("\\n", " ")
    import unicodedata
    t = unicodedata.normalize("NFKC", t)  # full-width K１８ -> K18
    return re.sub(r"\s+", " ", t).strip().lower()


METAL_KIND = {"yellow gold": "gold", "white gold": "gold", "rose gold": "gold", "sterling silver": "silver",
              "platinum": "platinum", "gold plated silver": "plated", "stainless steel": "steel",
              "gold plated stainless steel": "plated"}

# Japanese ---------------------------------------------------------------------------
_NA = r"(?![a-z])"  # no \b: kana / kanji are word characters
JA = {
    "plated": r"(?:k18|18金|18k|k10|10金)?\s?(?:ピンク|ローズ)?ゴールド(?:コーティング|メッキ|カラー|フィルド)|金メッキ|金張り|(?:k18|18金|18k)\s?(?:コーティング|メッキ|gp)|ヴェルメイユ",
    "plated_rose": r"(?:ピンク|ローズ)ゴールド(?:コーティング|メッキ|カラー)",
    "kinds": {
        "gold": r"ゴールド|(?<![0-9])(?:18|14|10)金|(?<![a-z])k(?:18|14|10)|(?<![0-9.])(?:18|14|10)k" + _NA + r"|純金|gold",
        "silver": r"シルバー|(?<![a-z])sv\s?925|スターリング|silver|(?<![0-9,])925(?![0-9])",
        "platinum": r"プラチナ|(?<![a-z])pt\s?9[05]0|platinum",
        "steel": r"ステンレス|サージカル|(?<![a-z])sus\s?316|stainless",
    },
    "colours": {
        "yellow": r"イエローゴールド|(?<![a-z])(?:k18|k10|k14)?yg" + _NA,
        "white": r"ホワイトゴールド|(?<![a-z])(?:k18|k10|k14)?wg" + _NA + r"|プラチナ|(?<![a-z])pt\s?9[05]0|platinum",
        "rose": r"ピンクゴールド|ローズゴールド|(?<![a-z])(?:k18|k10|k14)?pg" + _NA,
        "silver": r"シルバー|(?<![a-z])sv\s?925|スターリング|silver|(?<![0-9,])925(?![0-9])",
    },
    "silver_colour": r"シルバーカラー|シルバー色|silver colou?r",
    "karats": [(r"(?<![a-z])k18|(?<![0-9.])18\s?(?:k|kt)" + _NA + r"|(?<![0-9])18金", 18),
               (r"(?<![a-z])k14|(?<![0-9.])14\s?(?:k|kt)" + _NA + r"|(?<![0-9])14金", 14),
               (r"(?<![a-z])k10|(?<![0-9.])10\s?(?:k|kt)" + _NA + r"|(?<![0-9])10金", 10)],
    "gems": [
        ("cubic zirconia", r"キュービック|ジルコニア|(?<![a-z])cz" + _NA),
        ("mother of pearl", r"マザーオブパール|マザー・オブ・パール|白蝶貝|シェル"),
        ("diamond", r"ダイヤ(?!(?:モンド)?カット)|diamond(?! cut)"),
        ("ruby", r"ルビー"),
        ("sapphire", r"サファイア"),
        ("emerald", r"エメラルド(?!カット)"),
        ("pearl", r"(?<!オブ)(?<!・)パール|真珠|アコヤ|あこや|pearl"),
        ("garnet", r"ガーネット"), ("amethyst", r"アメジスト"), ("aquamarine", r"アクアマリン"),
        ("peridot", r"ペリドット"), ("opal", r"オパール"), ("topaz", r"トパーズ"), ("citrine", r"シトリン"),
        ("moonstone", r"ムーンストーン"), ("rock crystal", r"水晶|ロッククリスタル"), ("tourmaline", r"トルマリン"),
    ],
    "plain": r"石なし|地金のみ|ストーンなし",
    "stone_colours": {"red": r"レッド|赤", "blue": r"ブルー|青", "pink": r"ピンク", "green": r"グリーン|緑",
                      "white": r"ホワイト|白", "purple": r"パープル|紫", "yellow": r"イエロー|黄", "black": r"ブラック|黒"},
    "metal_colour_phrases": r"(?:イエロー|ホワイト|ピンク|ローズ)ゴールド(?:コーティング|メッキ|カラー)?",
    "cats": {
        "ring": r"(?<!イヤ)リング|指輪|ring",
        "engagement ring": r"婚約指輪|エンゲージ|ソリティア",
        "wedding band": r"結婚指輪|マリッジ",
        "necklace": r"ネックレス",
        "pendant": r"ペンダント|チャーム",
        "chain": r"チェーン",
        "earrings": r"ピアス|イヤリング",
        "ear cuff": r"イヤーカフ|イヤカフ",
        "bracelet": r"ブレスレット",
        "bangle": r"バングル",
        "anklet": r"アンクレット",
        "brooch": r"ブローチ",
        "cufflinks": r"カフス|カフリンクス",
    },
}

# Swedish ----------------------------------------------------------------------------
_SV = r"(?![a-zåäö])"
SV = {
    "plated": r"(?:(?:18|14)\s?k(?:arat)?\s)?(?:ros[ée]\s?|röd)?förgyll\w*(?: med (?:18|14)\s?k(?:arat)? guld)?|(?:ros[ée]\s?)?guldpläter\w*|guldbelagd\w*",
    "plated_rose": r"ros[ée]\s?förgyll\w*|rödförgyll\w*|ros[ée]\s?guldpläter\w*",
    "kinds": {
        "gold": r"guld|(?<![0-9,.])(?:18|14|9)\s?(?:k|kt|karat)" + _SV + r"|(?<!\d\s)(?<![0-9,.])(?:750|585|375)(?![0-9])",
        "silver": r"silver|sterling|(?<!\d\s)(?<![0-9,.])925(?![0-9])",
        "platinum": r"platina",
        "steel": r"rostfri\w*|kirurgiskt stål|\bstål\b",
    },
    "colours": {
        "yellow": r"gult guld|gulguld|gul guld|gult 18|(?:18|14)\s?k(?:arat)? gult",
        "white": r"vitguld|vitt guld|platina",
        "rose": r"rödguld|rött guld|ros[ée]guld|ros[ée] guld|rosa guld",
        "silver": r"silver|sterling|(?<!\d\s)(?<![0-9,.])925(?![0-9])",
    },
    "silver_colour": r"silverfärga\w*|silverton\w*",
    "karats": [(r"(?<![0-9,.])18\s?(?:k|kt|karat)" + _SV + r"|(?<!\d\s)(?<![0-9,.])750(?![0-9])", 18),
               (r"(?<![0-9,.])14\s?(?:k|kt|karat)" + _SV + r"|(?<!\d\s)(?<![0-9,.])585(?![0-9])", 14),
               (r"(?<![0-9,.])9\s?(?:k|kt|karat)" + _SV + r"|(?<!\d\s)(?<![0-9,.])375(?![0-9])", 9)],
    "gems": [
        ("cubic zirconia", r"cubic zirconia|zirkoni\w*|\bzirkon\w*|\bcz\b"),
        ("mother of pearl", r"pärlemor\w*"),
        ("diamond", r"diamant(?!slip)|\bbriljant(?:er|en|erna)?\b"),
        ("ruby", r"\brubin"),
        ("sapphire", r"\bsafir"),
        ("emerald", r"smaragd(?!slip)"),
        ("pearl", r"pärl(?!emor)|\bpearl"),
        ("garnet", r"\bgranat"), ("amethyst", r"ametist"), ("aquamarine", r"akvamarin"),
        ("peridot", r"peridot"), ("opal", r"\bopal"), ("topaz", r"\btopas"), ("citrine", r"\bcitrin"),
        ("moonstone", r"månsten|manstén"), ("rock crystal", r"bergkristall"), ("tourmaline", r"turmalin"),
    ],
    "plain": r"utan stenar|utan sten\b|slät\w*|\bblank\w*",
    "stone_colours": {"red": r"\bröd\w*|\brött", "blue": r"\bblå\w*", "pink": r"\brosa\b", "green": r"\bgrön\w*",
                      "white": r"\bvit(?:a|t)?\b", "purple": r"\blila\b", "yellow": r"\bgul\w*", "black": r"\bsvart\w*"},
    "metal_colour_phrases": r"vitguld|rödguld|gulguld|roséguld|gult guld|vitt guld",
    "cats": {
        "ring": r"ring(?:ar|en|arna)?\b",
        "engagement ring": r"förlovningsring|förlovning|solitär",
        "wedding band": r"vigselring|vigselringar|alliansring",
        "necklace": r"halsband|collier",
        "pendant": r"hänge|berlock",
        "chain": r"kedja|kedjor|halskedja",
        "earrings": r"örhäng\w*|örstick\w*|creol\w*|öronring\w*|hoops?\b",
        "ear cuff": r"ear ?cuff|örklämma",
        "bracelet": r"armband",
        "bangle": r"armring",
        "anklet": r"fotlänk|ankelkedja|ankelarmband",
        "brooch": r"brosch",
        "cufflinks": r"manschettknapp\w*",
    },
}

INHERENT = {"ruby": "red", "emerald": "green", "amethyst": "purple", "garnet": "red", "pearl": "white",
            "peridot": "green", "diamond": "white", "cubic zirconia": "white", "moonstone": "white",
            "citrine": "yellow", "rock crystal": "white", "aquamarine": "blue", "mother of pearl": "white"}


def scan(t, L):
    d = {}
    plated = bool(re.search(L["plated"], t))
    cols = set()
    if plated:
        cols.add("rose" if re.search(L["plated_rose"], t) else "yellow")
    rest = re.sub(L["plated"], " ", t)
    if re.search(L["silver_colour"], rest):  # シルバーカラー / silverfärgad: a colour, not a metal
        cols.add("silver")
        rest = re.sub(L["silver_colour"], " ", rest)
    kinds = {k for k, rx in L["kinds"].items() if re.search(rx, rest)}
    if plated:
        kinds.add("plated")
    for c, rx in L["colours"].items():
        if re.search(rx, rest):
            cols.add(c)
    d["metal_kinds"] = kinds
    d["metal_colours"] = cols
    d["karats"] = {k for rx, k in L["karats"] if re.search(rx, rest)}
    found, r2 = set(), t
    for name, rx in L["gems"]:
        if re.search(rx, r2):
            found.add(name)
            if name == "mother of pearl":
                r2 = re.sub(rx, " ", r2)
    d["gems"] = found
    d["plain"] = bool(re.search(L["plain"], t))
    d["text"] = t
    return d


def stone_colour_stated(t, L, gem, colour):
    if gem == "none" or not colour:
        return False
    rx = dict(L["gems"]).get(gem)
    if not rx or not re.search(rx, t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    t2 = re.sub(L["metal_colour_phrases"], " ", t)
    return bool(re.search(L["stone_colours"][colour], t2))


def read_evidence(truth, fields, has_photo, L, may_mention=(), traps=()):
    """Return (evidence, problems).  Evidence is read from the real text; the
    contradiction check runs on the text with the shop's trap phrases masked."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    problems = []
    mk = METAL_KIND[truth["metal"]]
    metal_opts = set(truth.get("metal_options") or [truth["metal"]])
    colour_opts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    karat_opts = {k for k in (truth.get("karat_options") or [truth["karat"]]) if k}
    gem = truth["gemstone"]
    others = set(truth.get("other_stones") or []) | set(may_mention) | set(truth.get("gemstone_options") or [])
    allowed_kinds = {METAL_KIND[m] for m in metal_opts}
    if "gold plated silver" in metal_opts:
        allowed_kinds |= {"silver", "gold"}
    if "gold plated stainless steel" in metal_opts:
        allowed_kinds |= {"steel", "gold"}
    allowed_c = set(colour_opts)
    if "gold plated silver" in metal_opts:
        allowed_c |= {"silver"}
    for ch in ("title", "body", "type", "tags", "options"):
        if ch not in fields:
            continue
        t = plain(fields[ch])
        d = scan(t, L)
        crx = L["cats"][truth["category"]]
        if truth["category"] == "pendant" and truth.get("sold_with_chain"):
            crx += "|" + L["cats"]["necklace"]  # a pendant sold on its chain is sold as a ネックレス / halsband
        if re.search(crx, t):
            ev["category"].append(ch)
        if mk in d["metal_kinds"]:
            ev["metal"].append(ch)
        if truth["metal_color"] in d["metal_colours"]:
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in d["karats"]:
            ev["karat"].append(ch)
        if gem != "none" and gem in d["gems"]:
            ev["gemstone"].append(ch)
        if gem == "none" and d["plain"]:
            ev["gemstone"].append(ch)
        if stone_colour_stated(t, L, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        # contradictions, on the masked text
        tm = fields[ch]
        for ph in traps:
            tm = re.sub(re.escape(ph), " ", tm, flags=re.I)
        dm = scan(plain(tm), L)
        if dm["metal_kinds"] - allowed_kinds:
            problems.append(f"{ch}: metal {dm['metal_kinds'] - allowed_kinds} vs {metal_opts}")
        if dm["metal_colours"] - allowed_c:
            problems.append(f"{ch}: colour {dm['metal_colours'] - allowed_c} vs {colour_opts}")
        if dm["karats"] - karat_opts:
            problems.append(f"{ch}: karat {dm['karats'] - karat_opts} vs {karat_opts}")
        bad = dm["gems"] - {gem} - others
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
