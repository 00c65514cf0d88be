"""Shared machinery of the twenty-first held-out round (prg_shop: Prague / Shoptet system
CSV export / CZK, tbs_shop: Tbilisi / WooCommerce product CSV / GEL).

Written by the twenty-first independent data author.  It reuses render.py (through
make_fresh.run_renders), the writers of fresh_common.py and the answer-key record of
twentieth_common.py unchanged; the metal / stone tables gain the codes this round needs.
The reader below is the author's own keyword rules for Czech and Georgian listing text,
used only to record where each fact is stated and to stop the build when a written
field contradicts the answer key.
"""

from __future__ import annotations

import html
import re

from fresh_common import stats, write_csv, write_jsonl, wchoice  # noqa: F401
from twentieth_common import TMETALS, TSTONES, Variant, photo_spec, truth_record  # noqa: F401
import twentieth_common as _tc

TMETALS.update({
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "GPT": ("gold plated brass", "yellow", None, "plated"),     # tombak / mosaz, pozlaceno
})
_tc.METAL_KIND.update({})
GOLD_CODES = {"Y14", "W14", "R14", "Y18", "W18", "R18"}
TSTONES.update({
    "moldavite": ("moldavite", "green", "emerald", (70, 110, 40)),
    "garnet": ("garnet", "red", "garnet", None),
    "enamel": ("none", None, None, None),
})
METAL_KIND = _tc.METAL_KIND


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip().lower()


# --- Czech and Georgian -------------------------------------------------------------------------

_PLATED = (r"pozlacen\w*|zlacen\w*|pozlac\w*|tombak\w*|dublé|gold filled|"
           r"მოოქროვილ\w*|ოქროს ფენ\w*|ოქროთი დაფარულ\w*|ოქროს დაფარვ\w*")
_COLOUR_ONLY = (r"stříbrn\w* barv\w*|zlaté barvy|zlatá barva|barva zlatá|zlatavý|zlatav\w*|zlatíčko|"
                r"ოქროსფერ\w*")
GOLD = r"\bzlat\w*|\bzlato\b|ოქრო\w*"


def _strip(t):
    r = re.sub(_PLATED, " ", t)
    return re.sub(_COLOUR_ONLY, " ", r)


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = _strip(t)
    if re.search(r"stříbr\w*|\bag ?925|(?<![\d.,])925(?![\d])|ვერცხლ\w*", r):
        k.add("silver")
    if re.search(r"\bocel\b|ocelov\w*|oceli\b|316l|ფოლად\w*", r):
        k.add("steel")
    if re.search(r"platin\w*|პლატინ\w*", r):
        k.add("platinum")
    if re.search(GOLD + r"|(?<![\d.,])(585|750)(?![\d]|[.,]\d)|(?<![\d.,])(14|18)\s?(k|kt|ct|karát\w*|კარატ\w*)(?![a-z])", r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(_PLATED, t):
        c.add("yellow")
    r = _strip(t)
    if re.search(r"žlut\w* zlat\w*|ყვითელ\w* ოქრო\w*", r):
        c.add("yellow")
    if re.search(r"bíl\w* zlat\w*|თეთრ\w* ოქრო\w*", r):
        c.add("white")
    if re.search(r"růžov\w* zlat\w*|červen\w* zlat\w*|rose gold|წითელ\w* ოქრო\w*|ვარდისფერ\w* ოქრო\w*", r):
        c.add("rose")
    if re.search(r"stříbr\w*|(?<![\d.,])925(?![\d])|\bocel\b|ocelov\w*|ვერცხლ\w*|ფოლად\w*", r):
        c.add("silver")
    if not c and re.search(GOLD, r):
        c.add("yellow?")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(r"(?<![\d.,])(14|18)\s?(k|kt|ct|karát\w*|კარატ\w*)(?![a-z])", t):
        ks.add(int(m.group(1)))
    for code, k in (("585", 14), ("750", 18)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    return ks


GEMS = [
    ("cubic zirconia", r"zirkon\w*|\bcz\b|ცირკონ\w*|ფიანიტ\w*"),
    ("diamond", r"diamant\w*|briliant\w*|ბრილიანტ\w*|ალმას\w*"),
    ("ruby", r"rubín\w*|ლალ(ი|ით|ის)\b"),
    ("sapphire", r"safír\w*|საფირონ\w*|საფირ\w*"),
    ("emerald", r"smaragd\w*|ზურმუხტ\w*"),
    ("pearl", r"\bperl\w*|perel\b|perličk\w*|მარგალიტ\w*"),
    ("amethyst", r"ametyst\w*|ამეთვისტო\w*"),
    ("topaz", r"topaz\w*|ტოპაზ\w*"),
    ("garnet", r"granát\w*|ბროწეულისფერ\w* ქვ\w*|გრანატ\w*"),
    ("turquoise", r"tyrkys\w*|ფირუზ\w*"),
    ("moldavite", r"vltavín\w*|moldavit\w*"),
    ("agate", r"achát\w*|აქატ\w*"),
]


def gems(t):
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"bez kamen\w*|bez kamínk\w*|hladk\w*|ქვის გარეშე|თვლის გარეშე|უთვლო", t))


COLOUR_WORDS = {"red": r"červen\w*|წითელ\w*", "green": r"zelen\w*|მწვანე\w*",
                "blue": r"modr\w*|ლურჯ\w*|ცისფერ\w*", "white": r"bíl\w*|თეთრ\w*",
                "black": r"čern\w*|შავ\w*", "purple": r"fialov\w*|იისფერ\w*"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "turquoise": "blue", "sapphire": "blue", "moldavite": "green"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pat = dict(GEMS).get(gem)
    if not pat or not re.search(pat, t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOUR_WORDS.get(colour, colour), t))


CATS = {
    "ring": r"prsten\w*|prstýnek|prstýnk\w*|ბეჭედ\w*|ბეჭდ\w*",
    "engagement ring": r"zásnub\w*|ნიშნობ\w*",
    "wedding band": r"snubní\w*|obroučk\w*|საქორწინო\w*",
    "earrings": r"náušnic\w*|pecky|kruhy|საყურე\w*",
    "pendant": r"přívěs\w*|medailon\w*|გულსაკიდ\w*|კულონ\w*",
    "chain": r"řetíz\w*|řetěz\w*|ჯაჭვ\w*",
    "necklace": r"náhrdelník\w*|kolié|ყელსაბამ\w*",
    "bracelet": r"náram\w*|სამაჯურ\w*",
    "brooch": r"brož\w*|ბროშ\w*",
    "anklet": r"nákotník\w*|na nohu|ფეხის სამაჯურ\w*",
    "jewellery set": r"souprav\w*|\bset\b|sada\b|კომპლექტ\w*",
}

CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(truth, fields, has_photo, traps=()):
    """Where each fact is stated; and contradictions (trap phrases masked for those only)."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    probs = []
    mk = METAL_KIND[truth["metal"]]
    mopts = {METAL_KIND[m] for m in (truth.get("metal_options") or [truth["metal"]])}
    copts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    kopts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gopts = set(truth.get("gemstone_options") or [gem]) | set(truth.get("other_stones") or [])
    for ch in CHANNELS:
        if ch not in fields:
            continue
        t = plain(fields[ch])
        m = t
        for ph in traps:
            m = re.sub(re.escape(plain(ph)), " ", m)
        if re.search(CATS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in metal_kinds(m):
            ev["metal"].append(ch)
        cols = metal_colours(m)
        if truth["metal_color"] in cols or (truth["metal_color"] == "yellow" and "yellow?" in cols and mk == "gold"):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in karats(m):
            ev["karat"].append(ch)
        if gem != "none" and gem in gems(m):
            ev["gemstone"].append(ch)
        if gem == "none" and states_no_stone(m):
            ev["gemstone"].append(ch)
        if stone_colour_stated(m, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        allowed = set(mopts)
        if "plated" in allowed:
            allowed |= {"gold", "silver", "steel"}
        bad = metal_kinds(m) - allowed
        if bad:
            probs.append(f"{ch}: metal {bad} vs {mopts}")
        ac = set(copts) | {"yellow?"}
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel"):
            ac |= {"silver"}
        bad = cols - ac
        if bad:
            probs.append(f"{ch}: colour {bad} vs {copts}")
        bad = karats(m) - kopts
        if bad:
            probs.append(f"{ch}: karat {bad} vs {kopts}")
        bad = gems(m) - gopts - {"none"}
        if bad:
            probs.append(f"{ch}: gems {bad} vs {gopts}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, probs
