"""Shared machinery of the twenty-third held-out round (clj_shop: Cluj-Napoca / Shopware 6
product export CSV / RON, nbo_shop: Nairobi / WooCommerce product export CSV / KES).

Written by the twenty-third independent data author.  It reuses render.py (through
make_fresh.run_renders), the writers of fresh_common.py and the answer-key record of
twentieth_common.py; the metal table gains 14-karat gold in three colours and the stone
table gains tanzanite and tsavorite.  The reader below is the author's own keyword rules
for Romanian (diacritics folded: comma-below, cedilla and bare letters read alike) and for
Kenyan English / Swahili / Sheng, used only to record where each fact is stated and to stop
the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import html
import re
import unicodedata

from fresh_common import stats, write_jsonl, wchoice  # noqa: F401
from twentieth_common import TMETALS, TSTONES, Variant, photo_spec, truth_record  # noqa: F401
import twentieth_common as _tc

TMETALS.update({
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "W14": ("white gold", "white", 14, "white"),
    "R14": ("rose gold", "rose", 14, "rose"),
})
TSTONES.update({
    "tanzanite": ("tanzanite", "blue", "sapphire", (84, 72, 196)),
    "tsavorite": ("tsavorite", "green", "emerald", (44, 176, 70)),
})
GOLD_CODES = {"Y14", "W14", "R14", "Y18", "W18", "R18", "Y22", "Y9"}
METAL_KIND = _tc.METAL_KIND


def fold(t: str) -> str:
    """Lower-case, HTML out, Romanian diacritics (comma-below and cedilla) folded to bare letters."""
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\u00a0", " ").replace("’", "'")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", t).strip().lower()


plain = fold

# --- metal ----------------------------------------------------------------------------------------

_PLATED = (r"placat\w* (cu|in) aur|placare (cu|de) aur|aurit\w*|argint aurit|"
           r"gold[- ]plated|gold[- ]filled|gold plating|imepakwa dhahabu|kupakwa dhahabu|"
           r"18k gp\b|\bpvd\b")
_COLOUR_ONLY = (r"\baurii?\b|\baurie\b|culoare aur\w*|\bargintii?\b|\bargintie\b|culoare argint\w*|"
                r"rangi ya (dhahabu|fedha|silver|gold)|gold colou?r|silver colou?r|golden|silvery|"
                r"lipa kwa fedha\w*|fedha taslimu|pesa|mpesa|m-pesa")
GOLD = r"\baur\b|\baurul\w*|\bgold\b|\bdhahabu\b|\bgoldi\b"
KARAT_RE = r"(?<![\d.,])(9|14|18|22|24)\s?(k|kt|ct|carate?|karat\w*|ctg)(?![a-z])"


def _strip(t):
    return re.sub(_COLOUR_ONLY, " ", re.sub(_PLATED, " ", t))


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = _strip(t)
    if re.search(r"\bargint\w*|(?<![\d.,])925(?![\d])|\bsilver\b|\bsterling\b|\bfedha\b", r):
        k.add("silver")
    if re.search(r"\botel\b|inoxidabil|\b316l\b|stainless|chuma cha pua", r):
        k.add("steel")
    if re.search(GOLD + r"|(?<![\d.,])(375|585|750|916)(?![\d]|[.,]\d)|" + KARAT_RE, r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(_PLATED, t):
        c.add("yellow")
    r = _strip(t)
    if re.search(r"aur galben|yellow gold|dhahabu ya njano", r):
        c.add("yellow")
    if re.search(r"aur alb|white gold|dhahabu nyeupe", r):
        c.add("white")
    if re.search(r"aur roz|rose gold|dhahabu ya pinki", r):
        c.add("rose")
    if re.search(r"\bargint\w*|(?<![\d.,])925(?![\d])|\botel\b|inoxidabil|stainless|chuma cha pua|\bsilver\b|\bfedha\b", r):
        c.add("silver")
    if not c and re.search(GOLD + r"|" + KARAT_RE, r):
        c.add("yellow?")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(KARAT_RE, t):
        ks.add(int(m.group(1)))
    for code, k in (("375", 9), ("585", 14), ("750", 18), ("916", 22)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    return ks


# --- stones ---------------------------------------------------------------------------------------

_NOT_STONE = r"taietur\w* diamant\w*|\bdiamantat\w*|diamond[- ]cut|lulu collection|colectia lulu|mama lulu"
GEMS = [
    ("cubic zirconia", r"zirconi\w*|zircon\w*|\bcz\b|cubic"),
    ("diamond", r"\bdiamant\w*|\bbriliant\w*|\bdiamonds?\b|\balmasi\b"),
    ("ruby", r"\brubin\w*|\brub(y|ies|i)\b"),
    ("sapphire", r"\bsafir\w*|\bsapphires?\b|\byakuti\b"),
    ("emerald", r"\bsmarald\w*|\bemeralds?\b|\bzumaridi\b"),
    ("pearl", r"\bperl[aeă]\w*|\bperle\b|margaritar\w*|\bpearls?\b|\blulu\b"),
    ("amethyst", r"\bametist\w*|\bamethyst\w*"),
    ("garnet", r"\bgranat\w*|\bgarnets?\b"),
    ("tanzanite", r"tanzanit\w*"),
    ("tsavorite", r"tsavorit\w*"),
]


def gems(t):
    t = re.sub(_NOT_STONE, " ", t)
    return {name for name, pat in GEMS if re.search(pat, t)}


def states_no_stone(t):
    return bool(re.search(r"fara pietre|fara piatra|\bsimplu\b|\bsimpla\b|bila mawe|bila jiwe|plain|no stones?", t))


COLOUR_WORDS = {"red": r"\brosu\b|\brosi[ei]?\b|\bred\b|nyekundu", "green": r"\bverde\b|\bverzi\b|\bgreen\b|kijani",
                "blue": r"\balbastr\w*|\bblue\b|bluu|samawati|violet\w*", "white": r"\balb[ae]?\b|\bwhite\b|nyeupe",
                "purple": r"\bmov\b|violet\w*|purple|zambarau"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "sapphire": "blue", "tanzanite": "blue", "tsavorite": "green"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour or gem not in gems(t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOUR_WORDS.get(colour, colour), t))


CATS = {
    "ring": r"\binel\w*|\bring\b|\brings\b|\bpete\b",
    "engagement ring": r"logodn\w*|engagement|uchumba",
    "wedding band": r"\bverighet\w*|wedding band|pete ya ndoa|\bndoa\b",
    "earrings": r"\bcercei\w*|\bcercel\w*|earrings?|\bstuds?\b|\bhereni\b|\bherini\b|\bhoops?\b",
    "pendant": r"\bpandantiv\w*|\bmedalion\w*|\bpendant\w*|\bkishaufu\b",
    "chain": r"\blant\w*|\bchain\b|\bcheni\b",
    "necklace": r"\bcolier\w*|\bnecklace\w*|\bkidani\b|\bmkufu\b",
    "bracelet": r"\bbratar\w*|\bbracelet\w*",
    "bangle": r"bratar\w* rigid\w*|\bbangles?\b|\bbangili\b",
    "anklet": r"\banklet\w*|\bglezn\w*|cheni ya mguu|kidani cha mguu",
    "brooch": r"\bbros[aei]\w*|\bbrooch\w*",
}
CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(truth, fields, has_photo, traps=()):
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
        t = fold(fields[ch])
        m = t
        for ph in traps:
            m = m.replace(fold(ph), " ")
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
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel", "gold plated brass"):
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
