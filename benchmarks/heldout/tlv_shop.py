"""Plan of the Tel Aviv shop: אלמוג תכשיטים (Almog Jewelry), Dizengoff (ILS).

Magento 2 / Adobe Commerce product export (System > Data Transfer > Export,
entity Products, CSV).  Listings in Hebrew with some English; an English
store view (`en`) overrides the name of part of the catalogue.  14K (585)
gold is the house standard, some 18K (750); 925 silver, gold-plated silver
(ציפוי זהב), gold-filled, surgical / stainless steel; diamonds and lab-grown
diamonds (יהלומי מעבדה), zircon (CZ), moissanite, pearls, moonstone, topaz,
emerald, sapphire.
"""

from __future__ import annotations

import os
import random

import render
from seventeenth_common import SMETALS, SSTONES, Variant, read_evidence, render_spec, truth_record

MEDIA_BASE = "https://media.heldout-tlv.example/media/catalog/product"
CURRENCY = "ILS"
EXPORT_NAME = "catalog_product_20251103_091512.csv"

HEADER = [
    "sku", "store_view_code", "attribute_set_code", "product_type", "categories", "product_websites", "name",
    "description", "short_description", "weight", "product_online", "tax_class_name", "visibility", "price",
    "special_price", "special_price_from_date", "special_price_to_date", "url_key", "meta_title", "meta_keywords",
    "meta_description", "base_image", "base_image_label", "small_image", "small_image_label", "thumbnail_image",
    "thumbnail_image_label", "swatch_image", "swatch_image_label", "created_at", "updated_at", "new_from_date",
    "new_to_date", "display_product_options_in", "map_price", "msrp_price", "map_enabled", "gift_message_available",
    "custom_design", "custom_design_from", "custom_design_to", "custom_layout_update", "page_layout",
    "product_options_container", "msrp_display_actual_price_type", "country_of_manufacture", "additional_attributes",
    "qty", "out_of_stock_qty", "use_config_min_qty", "is_qty_decimal", "allow_backorders", "use_config_backorders",
    "min_cart_qty", "use_config_min_sale_qty", "max_cart_qty", "use_config_max_sale_qty", "is_in_stock",
    "notify_on_stock_below", "use_config_notify_stock_qty", "manage_stock", "use_config_manage_stock",
    "use_config_qty_increments", "qty_increments", "use_config_enable_qty_inc", "enable_qty_increments",
    "is_decimal_divided", "website_id", "related_skus", "related_position", "crosssell_skus", "crosssell_position",
    "upsell_skus", "upsell_position", "additional_images", "additional_image_labels", "hide_from_product_page",
    "custom_options", "bundle_price_type", "bundle_sku_type", "bundle_price_view", "bundle_weight_type",
    "bundle_values", "bundle_shipment_type", "associated_skus", "downloadable_links", "downloadable_samples",
    "configurable_variations", "configurable_variation_labels",
]

CAT_PATH = {
    "engagement ring": "Default Category/תכשיטים/טבעות/טבעות אירוסין",
    "wedding band": "Default Category/תכשיטים/טבעות/טבעות נישואין",
    "ring": "Default Category/תכשיטים/טבעות",
    "earrings": "Default Category/תכשיטים/עגילים",
    "necklace": "Default Category/תכשיטים/שרשראות",
    "chain": "Default Category/תכשיטים/שרשראות",
    "pendant": "Default Category/תכשיטים/תליונים",
    "bracelet": "Default Category/תכשיטים/צמידים",
    "bangle": "Default Category/תכשיטים/צמידים",
    "anklet": "Default Category/תכשיטים/צמידי רגל",
    "brooch": "Default Category/תכשיטים/סיכות",
}
EXTRA_CAT = {"silver": "Default Category/קולקציות/כסף 925", "plated": "Default Category/קולקציות/ציפוי זהב",
             "steel": "Default Category/קולקציות/Everyday", "bridal": "Default Category/קולקציות/Bridal",
             "sale": "Default Category/SALE", "gift": "Default Category/מתנות עד 500 ש\"ח"}

MW = {
    "Y14": {(1, 1): ["זהב צהוב 14K", "זהב 14 קראט צהוב", "14K Yellow Gold"], (1, 0): ["זהב צהוב"],
            (0, 1): ["זהב 14K", "זהב 14 קראט", "זהב 585"], (0, 0): ["זהב"]},
    "W14": {(1, 1): ["זהב לבן 14K", "זהב לבן 14 קראט"], (1, 0): ["זהב לבן"], (0, 1): ["זהב 14K", "זהב 14 קראט"], (0, 0): ["זהב"]},
    "R14": {(1, 1): ["זהב אדום 14K", "רוז גולד 14K", "זהב ורוד 14 קראט"], (1, 0): ["זהב אדום", "רוז גולד"],
            (0, 1): ["זהב 14K", "14K"], (0, 0): ["זהב"]},
    "Y18": {(1, 1): ["זהב צהוב 18K", "זהב 18 קראט צהוב"], (1, 0): ["זהב צהוב"], (0, 1): ["זהב 18K", "זהב 750"], (0, 0): ["זהב"]},
    "W18": {(1, 1): ["זהב לבן 18K"], (1, 0): ["זהב לבן"], (0, 1): ["זהב 18K", "זהב 18 קראט"], (0, 0): ["זהב"]},
    "R18": {(1, 1): ["זהב אדום 18K"], (1, 0): ["זהב אדום"], (0, 1): ["זהב 18K"], (0, 0): ["זהב"]},
    "S925": {(1, 1): ["כסף 925"], (1, 0): ["כסף 925", "כסף סטרלינג", "כסף"], (0, 1): [""], (0, 0): [""]},
    "GPS": {(1, 1): ["כסף 925 בציפוי זהב"], (1, 0): ["בציפוי זהב", "כסף מצופה זהב", "ציפוי זהב 14K"],
            (0, 1): ["כסף 925"], (0, 0): ["כסף 925", ""]},
    "SS": {(1, 1): ["פלדת אל חלד"], (1, 0): ["פלדת אל חלד כסופה", "סטיינלס כסוף"], (0, 1): [""], (0, 0): ["פלדת אל חלד", "סטיינלס סטיל"]},
    "SSG": {(1, 1): ["פלדה"], (1, 0): ["פלדת אל חלד בציפוי זהב", "סטיינלס בציפוי זהב"], (0, 1): [""], (0, 0): ["פלדת אל חלד"]},
    "SSR": {(1, 1): ["פלדה"], (1, 0): ["פלדת אל חלד בציפוי רוז גולד"], (0, 1): [""], (0, 0): ["פלדת אל חלד"]},
    "GF": {(1, 1): ["גולד פילד 14K"], (1, 0): ["גולד פילד", "Gold Filled"], (0, 1): [""], (0, 0): [""]},
}
COLOUR_OPT = {"Y14": "זהב צהוב", "W14": "זהב לבן", "R14": "זהב אדום", "Y18": "זהב צהוב", "W18": "זהב לבן",
              "R18": "זהב אדום", "S925": "כסף", "GPS": "זהוב", "SS": "כסוף", "SSG": "זהוב", "SSR": "רוז"}
EN_METAL = {"Y14": "14K Yellow Gold", "W14": "14K White Gold", "R14": "14K Rose Gold", "Y18": "18K Yellow Gold",
            "W18": "18K White Gold", "R18": "18K Rose Gold", "S925": "Sterling Silver", "GPS": "Gold Plated Silver",
            "SS": "Stainless Steel", "SSG": "Gold Tone Steel", "SSR": "Rose Tone Steel", "GF": "Gold Filled"}
STONE_W = {
    None: [""], "diamond": ["יהלום", "יהלומים", "יהלום טבעי"], "lab": ["יהלום מעבדה", "יהלומי מעבדה"],
    "cz": ["זרקון", "זרקונים", "אבני זרקון"], "cz red": ["זרקון אדום"], "cz green": ["זרקון ירוק"],
    "moissanite": ["מואסניט"], "fw pearl": ["פנינה", "פנינת מים מתוקים", "פנינים"], "blue sapphire": ["ספיר כחול", "ספיר"],
    "emerald": ["אמרלד", "ברקת"], "moonstone": ["אבן ירח"], "blue topaz": ["טופז כחול", "טופז"],
}
EN_STONE = {None: "", "diamond": "Diamond", "lab": "Lab Diamond", "cz": "CZ", "cz red": "Red CZ", "cz green": "Green CZ",
            "moissanite": "Moissanite", "fw pearl": "Pearl", "blue sapphire": "Sapphire", "emerald": "Emerald",
            "moonstone": "Moonstone", "blue topaz": "Blue Topaz"}
CAT_W = {"engagement ring": ["טבעת אירוסין", "טבעת סוליטר", "טבעת אירוסין סוליטר"], "wedding band": ["טבעת נישואין", "טבעת נישואין קלאסית"],
         "ring": ["טבעת"], "earrings": ["עגילים", "עגילים צמודים", "עגילי חישוק"], "necklace": ["שרשרת"],
         "chain": ["שרשרת חוליות", "שרשרת", "שרשרת חוליות"], "pendant": ["תליון"], "bracelet": ["צמיד"],
         "bangle": ["צמיד קשיח"], "anklet": ["צמיד רגל"], "brooch": ["סיכה", "סיכת דש"]}
EN_CAT = {"engagement ring": "Engagement Ring", "wedding band": "Wedding Band", "ring": "Ring", "earrings": "Earrings",
          "necklace": "Necklace", "chain": "Chain", "pendant": "Pendant", "bracelet": "Bracelet", "bangle": "Bangle",
          "anklet": "Anklet", "brooch": "Brooch"}
ATTR_METAL = {"Y14": ("זהב", "14K", "זהב צהוב"), "W14": ("זהב", "14K", "זהב לבן"), "R14": ("זהב", "14K", "זהב אדום"),
              "Y18": ("זהב", "18K", "זהב צהוב"), "W18": ("זהב", "18K", "זהב לבן"), "R18": ("זהב", "18K", "זהב אדום"),
              "S925": ("כסף 925", "", "כסף"), "GPS": ("כסף 925 בציפוי זהב", "", "צהוב"), "SS": ("פלדת אל חלד", "", "כסוף"),
              "SSG": ("פלדת אל חלד", "", "ציפוי זהב"), "SSR": ("פלדת אל חלד", "", "ציפוי רוז"), "GF": ("גולד פילד", "", "צהוב")}
ATTR_STONE = {"diamond": "יהלום", "lab": "יהלום מעבדה", "cz": "זרקון", "cz red": "זרקון אדום", "cz green": "זרקון ירוק",
              "moissanite": "מואסניט", "fw pearl": "פנינה", "blue sapphire": "ספיר כחול", "emerald": "אמרלד",
              "moonstone": "אבן ירח", "blue topaz": "טופז כחול"}

GRAM = {14: 330, 18: 440}  # ILS per gram incl. labour
SIZES_EU = ["48", "50", "52", "54", "56", "58"]

# key, cat, n, names, metals, stones, kind, style, file-prefix
DESIGNS = [
    ("eng", "engagement ring", 10, ["אלה", "Classic", "מאיה", "Halo", "יעל", "Oval", "נועה", "Twist", "Tamar", "Promise"],
     ["W14", "Y14", "R14", "W18"], ["diamond", "lab", "diamond", "moissanite", "lab"], "gold", "solitaire", "ring"),
    ("band", "wedding band", 5, ["קלאסית", "Comfort", "Eternity", "מט", "Duo"], ["Y14", "W14", "R14"],
     [None, None, "diamond"], "gold", "wedding", "ring"),
    ("gring", "ring", 6, ["Garden", "רובי", "Royal", "Vintage", "Stack", "Ocean"], ["Y14", "W14", "R14"],
     ["emerald", "cz red", "blue sapphire", "diamond", None, "blue topaz"], "gold", "cocktail", "ring"),
    ("gear", "earrings", 10, ["Dot", "חישוק", "Pearl", "Mini", "Star", "Drop", "Huggie", "Classic", "Bar", "Twist"],
     ["Y14", "W14", "R14"], ["diamond", None, "fw pearl", "lab", "cz", None], "gold", "stud", "earring"),
    ("gpend", "pendant", 6, ["לב", "Initial", "חמסה", "Star", "Tear", "מגן דוד"], ["Y14", "W14", "R14"],
     ["diamond", None, "cz", "lab"], "gold", "heart", "pendant"),
    ("gneck", "necklace", 4, ["Tennis", "Riviera", "פנינים", "Bar"], ["Y14", "W14"], ["diamond", "cz", "fw pearl", "lab"],
     "gold", "tennis", "necklace"),
    ("chain", "chain", 4, ["Figaro", "גורמט", "Rope", "Box"], ["Y14", "Y14", "W14", "Y18"], [None], "gold", None, "chain"),
    ("gbrace", "bracelet", 5, ["Tennis", "Chain", "Bar", "Pearl", "Link"], ["Y14", "W14", "R14"],
     ["diamond", None, "cz", "fw pearl", "lab"], "gold", "tennis", "bracelet"),
    ("bangle", "bangle", 3, ["Cuff", "Twist", "Bold"], ["Y14", "S925", "GPS"], [None, "cz"], "gold", "single", "bangle"),
    ("silver", "ring", 5, ["Luna", "ירח", "Wave", "Knot", "Spark"], ["S925"], ["moonstone", None, "cz", "cz", "blue topaz"],
     "silver", "bezel", "ring"),
    ("sear", "earrings", 5, ["Luna", "Pearl", "Hoop", "Star", "Drop"], ["S925", "GPS"], ["moonstone", "fw pearl", None, "cz", "blue topaz"],
     "silver", "drop", "earring"),
    ("sneck", "pendant", 5, ["ירח", "לב", "חמסה", "Luna", "Coin"], ["S925", "GPS"], [None, "cz", None, "moonstone", None],
     "silver", "round", "pendant"),
    ("plated", "necklace", 4, ["Layer", "Paperclip", "Pearl", "Snake"], ["GPS"], [None, None, "fw pearl", "cz green"],
     "silver", "layered", "necklace"),
    ("moiss", "ring", 2, ["Spark", "Glow"], ["S925"], ["moissanite"], "silver", "solitaire", "ring"),
    ("steel", "earrings", 3, ["Basic", "Chunky", "Mini"], ["SS", "SSG", "SSR"], [None, "cz"], "steel", "hoop", "earring"),
    ("steeln", "chain", 3, ["Cuban", "Rope", "Box"], ["SS", "SSG"], [None], "steel", None, "chain"),
    ("gf", "bracelet", 3, ["Satellite", "Figaro", "Paperclip"], ["GF"], [None], "filled", "chain", "bracelet"),
    ("anklet", "anklet", 3, ["Beach", "Summer", "Shell"], ["S925", "GPS"], [None, "cz"], "silver", "single", "anklet"),
    ("brooch", "brooch", 2, ["Bee", "Flower"], ["GPS", "S925"], ["fw pearl", "cz"], "silver", "flower", "brooch"),
]

MONEY_TRAPS = ["החזר כספי מלא תוך 14 יום", "שווה כל כסף", "משלוח חינם בהזמנה מעל 750 ש\"ח"]


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def nine(x):
    """shekel prices: 149, 189, 249, 290, 349 ... 1,290, 1,490, 2,390 ..."""
    if x < 1000:
        for v in (89, 119, 149, 179, 189, 219, 249, 290, 320, 349, 390, 420, 450, 490, 590, 650, 690, 790, 890, 990):
            if v >= x:
                return float(v)
    return float(int(x / 100) * 100 + 90)


def make_product(rng, d, i, serial):
    key, cat, n, names, metals, stones, kind, style, pref = d
    name = names[i % len(names)]
    code = metals[(i + serial) % len(metals)]
    stone = stones[i % len(stones)]
    p = {"serial": serial, "cat": cat, "code": code, "stone": stone, "key": key, "style": style, "pref": pref,
         "traps": [], "others": [], "name": name, "kind": kind}
    if kind != "gold" and SMETALS[code][2]:
        kind = p["kind"] = "gold"
    if key == "gpend" and stone is None:
        p["style"] = "coin" if name in ("Initial", "מגן דוד") else "heart"
    if key == "gring" and stone:
        p["others"] = ["diamond"] if stone not in ("diamond", "cz red") else []
    if key == "eng" and name == "Halo":
        p["halo"] = True
        p["others"] = ["diamond"] if stone != "diamond" else []
    p["col_at"] = rng.choices(["title", "body", "attr", "store_view", "none"], [45, 22, 20, 5, 8])[0]
    p["stone_at"] = rng.choices(["title", "body", "attr", "none"], [60, 22, 13, 5])[0] if stone else rng.choice(["body", "none"])
    p["cat_at"] = rng.choices(["title", "body"], [90, 10])[0]
    axes, vs = [], []
    if kind == "gold":
        kar = SMETALS[code][2] or 14
        grams = {"engagement ring": 2.4, "wedding band": 3.6, "ring": 2.8, "earrings": 1.4, "pendant": 1.3, "necklace": 4.5,
                 "chain": 5.0, "bracelet": 3.5, "bangle": 7.0}[cat] * rng.uniform(0.85, 1.2)
        if code in ("S925", "GPS"):
            metal = grams * 18 + 260
        else:
            metal = grams * GRAM[kar] + 250
        stone_cost = 0
        if stone in ("diamond", "lab", "moissanite"):
            if cat == "engagement ring":
                carat = rng.choice([0.3, 0.5, 0.7, 1.0, 1.5]) if stone != "diamond" else rng.choice([0.3, 0.4, 0.5, 0.7])
            elif cat in ("necklace", "bracelet"):
                carat = rng.choice([1.0, 2.0, 3.0])
            else:
                carat = rng.choice([0.1, 0.2, 0.3])
            p["carat"] = carat
            per = {"diamond": 9000 if carat < 0.5 else 14000, "lab": 2400, "moissanite": 900}[stone]
            stone_cost = per * carat * (1.5 if carat >= 1 and stone == "diamond" else 1)
            if stone == "lab":
                p["lab"] = True
        elif stone in ("emerald", "blue sapphire"):
            stone_cost = rng.choice([1800, 2600, 3400])
        elif stone:
            stone_cost = rng.choice([150, 250, 400])
        price = nine(metal + stone_cost)
        if cat in ("engagement ring", "wedding band", "ring") and code not in ("S925", "GPS"):
            if rng.random() < 0.45:
                cols = [code] + [c for c in ("W14", "Y14", "R14") if c != code and SMETALS[c][2] == SMETALS[code][2]][:2]
                if code == "W18":
                    cols = ["W18", "Y18"]
                axes.append(("metal_color", "צבע זהב", [(COLOUR_OPT[c], c) for c in cols]))
            axes.append(("ring_size", "מידת טבעת", [(s, None) for s in SIZES_EU[rng.randrange(2):][:4]]))
            combos = [[]]
            for _, _, vals in axes:
                combos = [c + [v] for c in combos for v in vals]
            for cb in combos:
                c = next((v[1] for v in cb if v[1]), code)
                size_up = 1.0 + 0.02 * (SIZES_EU.index(cb[-1][0]) - 2)
                vs.append(Variant([v[0] for v in cb], c, stone, nine(price * size_up) if cat == "wedding band" else price,
                                  grams=grams))
        else:
            vs.append(Variant([], code, stone, price, grams=grams))
    else:
        base = {"silver": rng.choice([149, 189, 219, 249, 290, 349, 390]), "steel": rng.choice([89, 119, 149, 179]),
                "filled": rng.choice([290, 349, 420])}[kind]
        if stone == "moissanite":
            base = 690
            p["carat"] = 1.0
        grams = rng.uniform(1.5, 5)
        if kind == "steel" and rng.random() < 0.6:
            cols = [code] + [c for c in ("SS", "SSG", "SSR") if c != code][:2 if cat == "earrings" else 1]
            axes.append(("color", "צבע", [(COLOUR_OPT[c], c) for c in cols]))
            for o, c in axes[0][2]:
                vs.append(Variant([o], c, stone, float(base), grams=grams))
        elif cat == "ring":
            axes.append(("ring_size", "מידת טבעת", [(s, None) for s in ["50", "52", "54", "56"]]))
            for s, _ in axes[0][2]:
                vs.append(Variant([s], code, stone, float(base), grams=grams))
        elif key in ("sear", "sneck") and rng.random() < 0.35:
            cols = [code, "GPS" if code == "S925" else "S925"]
            axes.append(("color", "צבע", [(COLOUR_OPT[c], c) for c in cols]))
            for o, c in axes[0][2]:
                vs.append(Variant([o], c, stone, float(base + (40 if c == "GPS" else 0)), grams=grams))
        else:
            vs.append(Variant([], code, stone, float(base), grams=grams))
    # special prices (מבצע)
    if rng.random() < 0.22:
        for v in vs:
            sp = nine(v.price * 0.8)
            if sp < v.price:
                v.regular, v.price = v.price, sp
        p["on_sale"] = True
    p["axes"] = axes
    p["variants"] = vs
    p["sold_with_chain"] = True if cat == "pendant" else None
    return p


def write_listing(rng, p):
    code, stone, cat, kind = p["code"], p["stone"], p["cat"], p["kind"]
    traps = p["traps"]
    multi = any(a[0] in ("metal_color", "color") for a in p["axes"])
    col_at = "opt" if multi else p["col_at"]
    karat_title = rng.random() < 0.65
    mp = rng.choice(MW[code][(int(col_at == "title"), int(karat_title))])
    if multi:
        mp = rng.choice(MW[code][(0, 1)]) if SMETALS[code][2] else rng.choice(MW[code][(0, 0)])
    sw = rng.choice(STONE_W[stone])
    cw = rng.choice(CAT_W[cat]) if p["cat_at"] == "title" else ""
    nm = p["name"]
    if nm in cw:
        cw = cw.replace(" " + nm, "")
    if nm == "רובי":
        traps.append("רובי")     # a name (Ruby), the stone is a red zircon
    if nm == "ירח" and stone != "moonstone":
        traps.append("ירח")
    if nm in ("Luna",) and stone != "moonstone":
        pass
    st = sw if (p["stone_at"] == "title" and stone) else ""
    carat_txt = ""
    if p.get("carat") and stone in ("diamond", "lab", "moissanite") and rng.random() < 0.6:
        carat_txt = f"{p['carat']:.2f} קראט" if rng.random() < 0.6 else f"{p['carat']:.2f}ct"
        traps.append(carat_txt)
    order = rng.random()
    if order < 0.5:
        title = f"{cw} {nm} {mp} {st} {carat_txt}"
    else:
        title = f"{cw} {st} {mp} - {nm} {carat_txt}" if st or mp else f"{cw} {nm} {carat_txt}"
    if cw == "" and rng.random() < 0.5:
        title = f"{nm} {mp} {st} {carat_txt}"
    title = " ".join(title.split()).strip(" -")
    # ---- description ----
    g = {"ring": "f", "engagement ring": "f", "wedding band": "f", "necklace": "f", "chain": "f", "brooch": "f",
         "earrings": "p"}.get(cat, "m")
    made = {"f": "עשויה", "m": "עשוי", "p": "עשויים"}[g]
    set_in = {"f": "משובצת", "m": "משובץ", "p": "משובצים"}[g]
    bits = []
    if kind == "gold" and not multi and col_at != "title":
        if col_at == "body":
            bits.append(f"{made} {rng.choice(MW[code][(1, 1)])}")
        elif SMETALS[code][2] and rng.random() < 0.5:
            bits.append(f"חומר: {rng.choice(MW[code][(0, 1)])}")
    elif kind != "gold" and col_at == "body":
        bits.append(f"חומר: {rng.choice(MW[code][(1, 0)])}")
    if code in ("W14", "W18") and rng.random() < 0.5:
        bits.append("הזהב הלבן מגיע עם ציפוי רודיום לברק מקסימלי" if col_at in ("body", "title", "opt")
                    else "מגיע עם ציפוי רודיום לברק מקסימלי")
    if multi:
        bits.append("ניתן לבחור צבע זהב בעמוד המוצר" if kind == "gold" else "ניתן לבחור גוון בעמוד המוצר")
    if stone and p["stone_at"] in ("title", "body"):
        if stone == "lab":
            bits.append(f"{set_in} {sw} — יהלום אמיתי שגודל במעבדה, זהה ליהלום טבעי בהרכב ובברק")
        elif p.get("carat"):
            bits.append(f"אבן מרכזית: {sw} במשקל {p['carat']:.2f} קראט")
            traps.append(f"{p['carat']:.2f} קראט")
        else:
            bits.append(f"{set_in} {sw}")
    if p.get("others"):
        bits.append("מוקפת יהלומים קטנים")
    if stone == "cz" and rng.random() < 0.4:
        bits.append("זרקונים בחיתוך אמרלד")
        traps.append("חיתוך אמרלד")
    if stone is None and p["stone_at"] == "body":
        bits.append("עיצוב נקי ללא אבנים")
    if cat == "chain" and rng.random() < 0.6:
        bits.append("חוליות בחיתוך יהלום לברק מיוחד")
        traps.append("חיתוך יהלום")
    if p["cat_at"] == "body":
        bits.append(f"סוג: {rng.choice(CAT_W[cat])}")
    if cat == "pendant":
        bits.append("התליון מגיע עם שרשרת 45 ס\"מ")
    if cat in ("ring", "engagement ring", "wedding band"):
        bits.append("מידות לפי היקף אירופאי (מידה 52 = US 6); ניתן להזמין מידה מיוחדת")
    if kind == "steel":
        bits.append("עמיד במים, לא משחיר ולא גורם לאלרגיה")
    if kind == "filled":
        bits.append("Gold Filled — שכבת זהב עבה פי 100 מציפוי רגיל")
        traps.append("שכבת זהב עבה פי 100 מציפוי רגיל")
    desc = "<p>" + ". ".join(bits) + ".</p>" if bits else ""
    if rng.random() < 0.45:
        mt = rng.choice(MONEY_TRAPS)
        desc += f"<p>{mt}.</p>"
        traps.append(mt)
    desc += "<p>אלמוג תכשיטים, דיזנגוף תל אביב. אריזת מתנה בכל הזמנה.</p>"
    traps.append("אלמוג")
    p["title"] = title
    p["body"] = desc
    short = ""
    if rng.random() < 0.4:
        short = rng.choice(["<p>תכשיט יומיומי</p>", "<p>מתנה מושלמת</p>", "<p>עבודת יד בתל אביב</p>", "<p>בלעדי לאתר</p>"])
    p["short"] = short
    # ---- categories (multiple paths) ----
    cats = [CAT_PATH[cat]]
    if cat in ("engagement ring", "wedding band"):
        cats.insert(0, "Default Category/תכשיטים/טבעות")
        cats.append(EXTRA_CAT["bridal"])
    if kind == "silver" and col_at in ("none", "attr") and False:
        pass
    if kind == "silver" and code == "S925" and rng.random() < 0.5 and col_at not in ("none",):
        cats.append(EXTRA_CAT["silver"])
    if code == "GPS" and rng.random() < 0.5 and col_at not in ("none",):
        cats.append(EXTRA_CAT["plated"])
    if kind == "steel":
        cats.append(EXTRA_CAT["steel"])
    if min(v.price for v in p["variants"]) <= 500 and rng.random() < 0.5:
        cats.append(EXTRA_CAT["gift"])
        traps.append("500 ש\"ח")
    if p.get("on_sale"):
        cats.append(EXTRA_CAT["sale"])
    p["categories"] = ",".join(cats)
    # ---- additional_attributes ----
    aa = []
    if col_at == "attr" or (rng.random() < 0.5 and col_at != "none"):
        m, k, c = ATTR_METAL[code]
        if col_at in ("attr", "opt", "title") or not c:
            aa.append(f"metal_type={m}")
            if k:
                aa.append(f"karat={k}")
            if col_at in ("attr", "title"):
                aa.append(f"metal_color={c}")
        elif SMETALS[code][2]:
            aa.append("metal_type=זהב")
            aa.append(f"karat={k}")
    if stone and (p["stone_at"] == "attr" or (rng.random() < 0.4 and p["stone_at"] != "none")):
        aa.append(f"gemstone={ATTR_STONE[stone]}")
    if rng.random() < 0.3:
        aa.append("gift_wrap=כן")
    aa.append(f"collection={p['name'] if p['name'].isascii() else 'Almog'}")
    p["aa"] = ",".join(aa)
    # ---- English store view ----
    p["en_name"] = None
    if col_at == "store_view" or rng.random() < 0.25:
        en_m = EN_METAL[code] if col_at in ("store_view", "title", "opt") else ("14K Gold" if SMETALS[code][2] == 14 else "")
        if col_at == "opt":
            en_m = ""
        en_s = EN_STONE[stone] if p["stone_at"] != "none" else ""
        p["en_name"] = " ".join(f"{nm if nm.isascii() else 'Almog'} {en_m} {en_s} {EN_CAT[cat]}".split())


def img_path(fname):
    return f"/{fname[0]}/{fname[1]}/{fname}"


def build(OUT, images=True, seed=972):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "tlv_shop")
    media = os.path.join(outdir, "pub", "media", "catalog", "product")
    os.makedirs(outdir, exist_ok=True)
    prods = []
    serial = 1000
    for d in DESIGNS:
        for i in range(d[2]):
            serial += 1 + rng.randrange(5)
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    for p in prods:
        write_listing(rng, p)
    seen = {}
    for p in prods:
        base = f"{p['pref']}-{p['name'].lower().replace(' ', '-') if p['name'].isascii() else p['serial']}"
        if p["stone"]:
            base += "-" + {"diamond": "diamond", "lab": "lab-diamond", "cz": "zircon", "cz red": "red-zircon",
                           "cz green": "green-zircon", "moissanite": "moissanite", "fw pearl": "pearl",
                           "blue sapphire": "sapphire", "emerald": "emerald", "moonstone": "moonstone",
                           "blue topaz": "topaz"}[p["stone"]] if rng.random() < 0.6 else ""
        seen[base] = seen.get(base, 0) + 1
        p["handle"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        p["sku"] = f"ALM-{p['serial']}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"], prods[k]["live"] = "enabled", True
    for k in idx[:3]:
        prods[k]["status"], prods[k]["live"] = "disabled", False
    hidden = set(idx[3:5])    # simple products set to "Not Visible Individually" without a parent
    for k in hidden:
        prods[k]["live"] = False
        prods[k]["status"] = "not visible individually"
    broken = set(idx[5:8])
    oos = set(idx[8:12])

    rows, truths, jobs = [], [], []
    created = 0
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        if n in hidden and p["axes"]:
            p["axes"] = []
            p["variants"] = p["variants"][:1]
            p["variants"][0].opts = []
        vs = p["variants"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        fname = prng.choice([f"{p['handle'].replace('-', '_')}.jpg", f"img_{p['serial'] + 3000}.jpg",
                             f"dsc_{p['serial'] + 100:04d}.jpg"])
        if prng.random() < 0.15:
            fname = fname.replace(".jpg", "_1.jpg")
        imgs = [(fname, None if is_broken else main_spec, 5100 + p["serial"])]
        var_img = {}
        mi = next((a for a, ax in enumerate(p["axes"]) if ax[0] in ("metal_color", "color")), None)
        if mi is not None and not is_broken:
            vals = p["axes"][mi][2]
            var_img[vals[0][0]] = fname
            for j, (val, c) in enumerate(vals[1:], 1):
                fn = fname.replace(".jpg", f"_{j + 1}.jpg")
                imgs.append((fn, render_spec(p, c, p["stone"]), 5100 + p["serial"] + 41 * j))
                var_img[val] = fn
        if not is_broken and prng.random() < 0.2:
            sp = dict(main_spec)
            sp["background"] = prng.choice(render.BACKGROUNDS)
            imgs.append((fname.replace(".jpg", "_b.jpg"), sp, 5900 + p["serial"]))
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(media, fn[0], fn[1], fn), sp, s))
        created += prng.randint(1, 6)
        day = 1 + created % 28
        mon = 1 + (created // 28) % 10
        hour = 8 + created % 10
        stamp = f"{mon}/{day}/25, {hour if hour <= 12 else hour - 12}:{(created * 7) % 60:02d} {'AM' if hour < 12 else 'PM'}"
        cat_names = {"metal_color": "צבע זהב", "color": "צבע", "ring_size": "מידת טבעת"}
        in_stock = n not in oos

        def base_row():
            r = dict.fromkeys(HEADER, "")
            r.update({"store_view_code": "", "attribute_set_code": "Jewelry" if p["kind"] == "gold" else "Default",
                      "product_websites": "base", "tax_class_name": "Taxable Goods", "created_at": stamp,
                      "updated_at": stamp, "display_product_options_in": "Block after Info Column",
                      "msrp_display_actual_price_type": "Use config", "gift_message_available": "",
                      "out_of_stock_qty": "0.0000", "use_config_min_qty": "1", "is_qty_decimal": "0",
                      "allow_backorders": "0", "use_config_backorders": "1", "min_cart_qty": "1.0000",
                      "use_config_min_sale_qty": "1", "max_cart_qty": "10000.0000", "use_config_max_sale_qty": "1",
                      "notify_on_stock_below": "1.0000", "use_config_notify_stock_qty": "1", "manage_stock": "1",
                      "use_config_manage_stock": "1", "use_config_qty_increments": "1", "qty_increments": "1.0000",
                      "use_config_enable_qty_inc": "1", "enable_qty_increments": "0", "is_decimal_divided": "0",
                      "website_id": "0"})
            return r

        def price_cols(r, v):
            r["price"] = f"{(v.regular or v.price):.6f}"
            if v.regular:
                r["special_price"] = f"{v.price:.6f}"
                r["special_price_from_date"] = "11/1/25"
            r["weight"] = f"{round(v.grams, 2):.6f}"

        online = "2" if p["status"] == "disabled" else "1"
        child_skus = []
        if p["axes"]:
            for k, v in enumerate(vs):
                r = base_row()
                csku = f"{p['sku']}-" + "-".join(
                    {"זהב צהוב": "Y", "זהב לבן": "W", "זהב אדום": "R", "כסף": "S", "זהוב": "G", "כסוף": "S",
                     "רוז": "R"}.get(o, o) for o in v.opts)
                v.sku = csku
                child_skus.append(csku)
                r.update({"sku": csku, "product_type": "simple",
                          "name": f"{p['title']}-" + "-".join(v.opts), "product_online": online,
                          "visibility": "Not Visible Individually",
                          "url_key": f"{p['handle']}-" + "-".join(v.sku.split("-")[2:]).lower(),
                          "additional_attributes": ",".join(f"{ax[0]}={o}" for ax, o in zip(p["axes"], v.opts)),
                          "qty": f"{0 if not in_stock else prng.randint(1, 4)}.0000",
                          "is_in_stock": "1" if in_stock else "0"})
                price_cols(r, v)
                if mi is not None and v.opts[mi] in var_img:
                    fp = img_path(var_img[v.opts[mi]])
                    r.update({"base_image": fp, "small_image": fp, "thumbnail_image": fp, "swatch_image": fp})
                rows.append(r)
        # the parent (configurable) or the single simple product
        r = base_row()
        main_path = img_path(fname)
        extra_paths = [img_path(fn) for fn, sp, _ in imgs[1:]]
        r.update({"sku": p["sku"], "product_type": "configurable" if p["axes"] else "simple",
                  "categories": p["categories"], "name": p["title"], "description": p["body"],
                  "short_description": p["short"], "product_online": online,
                  "visibility": "Not Visible Individually" if n in hidden else "Catalog, Search",
                  "url_key": p["handle"], "meta_title": p["title"] if prng.random() < 0.3 else "",
                  "base_image": main_path, "small_image": main_path, "thumbnail_image": main_path,
                  "base_image_label": p["title"] if prng.random() < 0.3 else "",
                  "additional_attributes": p["aa"], "additional_images": ",".join(extra_paths),
                  "qty": "0.0000" if p["axes"] else f"{0 if not in_stock else prng.randint(1, 6)}.0000",
                  "is_in_stock": "1" if in_stock else "0", "country_of_manufacture": "IL" if prng.random() < 0.4 else ""})
        if p["axes"]:
            r["configurable_variations"] = "|".join(
                f"sku={s}," + ",".join(f"{ax[0]}={o}" for ax, o in zip(p["axes"], v.opts)) for s, v in zip(child_skus, vs))
            r["configurable_variation_labels"] = ",".join(f"{ax[0]}={ax[1]}" for ax in p["axes"])
            r["weight"] = ""
        else:
            vs[0].sku = p["sku"]
            price_cols(r, vs[0])
        rows.append(r)
        if p["en_name"]:
            r = dict.fromkeys(HEADER, "")
            r.update({"sku": p["sku"], "store_view_code": "en", "attribute_set_code": r.get("attribute_set_code") or
                      ("Jewelry" if p["kind"] == "gold" else "Default"), "product_type": "configurable" if p["axes"] else "simple",
                      "name": p["en_name"], "url_key": p["handle"] + "-en", "product_websites": "base"})
            rows.append(r)
        names = [ax[1] for ax in p["axes"]]
        p["shop_category"] = p["categories"]
        p["in_stock"] = None if in_stock else False
        truth = truth_record(p, vs, names, CURRENCY, is_broken, main_spec,
                             None if is_broken else "pub/media/catalog/product" + main_path,
                             MEDIA_BASE + main_path,
                             ["pub/media/catalog/product" + pth for pth in extra_paths], "regular_price")
        truth["sku"] = p["sku"]
        truth["magento_type"] = "configurable" if p["axes"] else "simple"
        truth["image_path"] = main_path
        opt_text = " ".join(f"{ax[1]}: {', '.join(o for o, _ in ax[2])}." for ax in p["axes"])
        fields = {"title": p["title"], "body": p["body"] + " " + p["short"], "type": p["categories"],
                  "attributes": p["aa"].replace("=", " ").replace(",", "; "), "options": opt_text,
                  "store_view": p["en_name"] or ""}
        ev, problems = read_evidence(truth, fields, "he", not is_broken, p["traps"],
                                     ["diamond"] if p.get("others") else ())
        if problems:
            raise SystemExit(f"tlv {p['handle']}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
