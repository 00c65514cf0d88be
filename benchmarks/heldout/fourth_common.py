"""Shared machinery of the fourth-round held-out shops (kol_shop, tor_shop).

Written by the fourth independent data author.  It imports the earlier
rounds' renderer (render.py), evidence reader (evidence.py) and answer-key
builder (fresh_common.py) unchanged.  Three kinds of piece outside the answer
key's list (waist belt, armlet, hand harness) are sold by the Kolkata shop;
the evidence reader is given their words here, in this process only (the
earlier rounds' files are not edited).
"""

from __future__ import annotations

import evidence
from fresh_common import FMETALS, FSTONES  # noqa: F401  (re-exported)

# kinds outside the earlier category list, with the words that state them
EXTRA_CATEGORY_PATTERNS = {
    "waist belt": r"kamar ?bandh?|komor ?bondhoni|kardhani|waist (belt|chain)|\bbelt\b",
    "armlet": r"armlet|baju ?bandh?|bajuband|\btaga\b|\btagaa\b|upper arm",
    "hand harness": r"ratan ?chur|hath ?phool|haath ?phool|hand harness",
}
for _k, _v in EXTRA_CATEGORY_PATTERNS.items():
    evidence.CATEGORY_PATTERNS.setdefault(_k, _v)

# how each extra kind is drawn by the renderer (it has no waist-belt drawing)
EXTRA_RENDER_KIND = {"waist belt": "necklace", "armlet": "kada", "hand harness": "bracelet"}

# stone codes this round adds (process-local additions to fresh_common's table,
# which truth_record reads)
FSTONES.setdefault("ad blue", ("cubic zirconia", "blue", "cz", (40, 70, 180)))
FSTONES.setdefault("lab pink", ("diamond", "pink", "lab diamond", (240, 170, 196)))


def r10(x):
    return float(int(round(x / 10.0)) * 10)


def inr_group(x: float) -> str:
    """1234567 -> '12,34,567' (Indian digit grouping, no decimals)."""
    s = str(int(round(x)))
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

# 10K gold, the Canadian shop's everyday karat (renderer tone as 14K)
FMETALS.setdefault("Y10", ("yellow gold", "yellow", 10, "yellow14"))
FMETALS.setdefault("W10", ("white gold", "white", 10, "white"))
FMETALS.setdefault("R10", ("rose gold", "rose", 10, "rose"))
FSTONES.setdefault("yellow topaz", ("topaz", "yellow", "topaz", (236, 184, 62)))
FSTONES.setdefault("jade", ("jade", "green", "emerald", (74, 142, 92)))
FSTONES.setdefault("lab ruby", ("ruby", "red", "ruby", None))
FSTONES.setdefault("lab sapphire", ("sapphire", "blue", "sapphire", None))
