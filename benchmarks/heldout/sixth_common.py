"""Shared pieces of the sixth-round held-out shops (mum_shop, ams_shop).

Written by the sixth independent data author.  It imports the earlier
rounds' renderer (render.py), tables and answer-key builder (fresh_common.py)
and evidence reader (evidence.py) unchanged, and adds:

* one new metal, ``gold plated brass`` (code ``GPB``): Mumbai's "1 gram
  gold" / "micron gold" imitation jewellery, gold-plated on a brass / copper
  base, never solid gold and never silver;
* a reader for the shop words that evidence.py does not know (Marathi and
  Gujarati names of pieces and stones, KDM for 22 karat, "1 gm gold" for
  plated brass), so a fact stated only as "Thushi" or "Pachu" is still
  recorded as stated in that field.  These readings only ADD evidence; the
  contradiction check stays evidence.py's own.
"""

from __future__ import annotations

import re

import evidence
from fresh_common import FMETALS, FSTONES, read_evidence  # noqa: F401  (re-exported)

FMETALS["GPB"] = ("gold plated brass", "yellow", None, "plated")
evidence.METAL_KIND.setdefault("gold plated brass", "plated")

# local word -> category it states (regexes on evidence.plain() text)
LOCAL_CATEGORY = {
    "choker": r"\bthushi\b|chinchpeti",
    "necklace": r"tanmani|\bsaaj\b|mohan ?mal|bor ?mal|putli|\bhaar\b|\bmala\b",
    "earrings": r"bugadi|\bkudi\b|zumk|\bbutti\b|\bkanatle\b|\btops\b",
    "jhumka": r"zumk",
    "bangle": r"bangdi|bangadi|patlya|\bchudi\b",
    "kada": r"\btode\b",
    "ring": r"\bvinti\b|angathi|\bangthi\b",
    "engagement ring": r"\bsagai\b|sakharpuda",
    "toe ring": r"jodvi|jodavi",
    "anklet": r"paijan|painjan|jhanjhar|zanzar",
    "chain": r"sakhli|\bchen\b",
    "bracelet": r"\blucky\b",
    "nose pin": r"chamki|\bnath\b|nathni",
    "mangalsutra": r"ganthan|mangal ?sutra|vati|tanmaniya",
    "pendant": r"pendal|locket|\bhanger\b",
}
# Dutch words of the Amsterdam shop (category words join the ones above)
DUTCH_CATEGORY = {
    "earrings": r"oorbellen|oorknopjes|creolen|oorhangers",
    "chain": r"\bketting\b|schakelketting",
    "necklace": r"collier|parelsnoer",
    "ring": r"zegelring|aanschuifring",
    "engagement ring": r"verlovingsring",
    "wedding band": r"trouwring",
    "bracelet": r"\barmband\b|schakelarmband",
    "anklet": r"enkelbandje",
}
DUTCH_COLOUR = {"yellow": r"geelgoud|verguld", "rose": r"ros[eé]goud", "white": r"witgoud|platina",
                "silver": r"(?<!verguld )zilver"}
LOCAL_GEM = {
    "diamond": r"\bhira\b|\bheera\b|\bcvd\b|\blgd\b",
    "emerald": r"\bpachu\b|\bpanna\b",
    "ruby": r"\bmanik\b|\bmanek\b",
    "pearl": r"\bmoti\b|\bmothi\b",
    "sapphire": r"pukhraj|neelam",
    "cubic zirconia": r"\bjarkan\b|\bzircon\b",
    "diamond ": r"diamant",
    "pearl ": r"\bparels?\b|zoetwaterparel|parelsnoer",
    "garnet": r"granaat",
    "amethyst": r"amethist",
    "aquamarine": r"aquamarijn",
    "sapphire ": r"saffier",
}
LOCAL_STONE_COLOUR = {("emerald", "green"): r"\bpachu\b", ("diamond", "white"): r"\bhira\b|\bheera\b",
                      ("ruby", "red"): r"\bmanik\b|\bmanek\b", ("pearl", "white"): r"\bmoti\b|\bmothi\b"}
KDM = r"\bkdm\b"
ONE_GRAM = r"\b(1|one)\s?(gm|gram|gms|g)\b\s*gold|micron gold|\bimitation\b"


def _add(ev, field, ch):
    if ch not in ev[field]:
        ev[field].append(ch)


def local_evidence(truth, fields, ev):
    """Add the channels where a shop word states a truth value evidence.py cannot read."""
    for ch in evidence.CHANNELS:
        if ch not in fields:
            continue
        t = evidence.plain(fields[ch])
        for table in (LOCAL_CATEGORY, DUTCH_CATEGORY):
            pat = table.get(truth["category"])
            if pat and re.search(pat, t):
                _add(ev, "category", ch)
        for gem, pat in LOCAL_GEM.items():
            if gem.strip() != truth["gemstone"] or not re.search(pat, t):
                continue
            _add(ev, "gemstone", ch)
            pat = LOCAL_STONE_COLOUR.get((truth["gemstone"], truth.get("stone_color")))
            if pat and re.search(pat, t):
                _add(ev, "stone_color", ch)
            if gem.strip() in ("garnet", "amethyst", "pearl"):
                _add(ev, "stone_color", ch)
        pat = DUTCH_COLOUR.get(truth["metal_color"])
        if pat and re.search(pat, t):
            _add(ev, "metal_color", ch)
            _add(ev, "metal", ch)
        if truth["karat"] and re.search(r"(?<![\d.])%d\s?karaat" % truth["karat"], t):
            _add(ev, "karat", ch)
        if truth["karat"] == 22 and re.search(KDM, t):
            _add(ev, "karat", ch)
            _add(ev, "metal", ch)
            if truth["metal_color"] == "yellow":
                _add(ev, "metal_color", ch)
        if truth["metal"] == "gold plated brass" and re.search(ONE_GRAM, t):
            _add(ev, "metal", ch)
    order = list(evidence.CHANNELS) + ["photo"]
    for k in ev:
        ev[k] = sorted(ev[k], key=order.index)
    return ev


def sixth_evidence(truth, fields, has_photo, may_mention=(), traps=()):
    masked = {ch: re.sub(r"verguld(e)?", "gold plated", txt, flags=re.I) for ch, txt in fields.items()}
    ev, problems = read_evidence(truth, masked, has_photo, may_mention, traps)
    return local_evidence(truth, fields, ev), problems
