"""Shared machinery of the fifth-round held-out shops (thr_shop, sgp_shop).

Written by the fifth independent data author.  It reuses the earlier rounds'
renderer (render.py), metal / stone tables and answer-key builder
(fresh_common.py) and evidence reader (evidence.py) unchanged; the tables are
extended here in memory only (jade, coloured CZ spellings), never on disk.
"""

from __future__ import annotations

import re

import evidence
import fresh_common
from fresh_common import FMETALS, FSTONES, read_evidence, truth_record

# new stone codes for this round (truth gemstone, stone colour, renderer stone, rgb override)
FSTONES.setdefault("cz", ("cubic zirconia", "white", "cz", None))
FSTONES.setdefault("green cz", ("cubic zirconia", "green", "cz", (24, 146, 76)))
FSTONES.setdefault("red cz", ("cubic zirconia", "red", "cz", (188, 22, 52)))
FSTONES.setdefault("jade", ("jade", "green", "emerald", (92, 166, 112)))
FSTONES.setdefault("lavender jade", ("jade", "purple", "amethyst", (184, 160, 208)))
FSTONES.setdefault("akoya", ("pearl", "white", "pearl", None))
FSTONES.setdefault("tahitian", ("pearl", "black", "pearl", None))
FSTONES.setdefault("citrine", ("citrine", "yellow", "yellow sapphire", (230, 160, 40)))
FMETALS.setdefault("Y24", FMETALS["Y22"][:2] + (24, "yellow22"))

# kinds of piece outside the answer key's list: truthful word -> (renderer kind, keyword pattern)
EXTRA_KINDS = {
    "waist chain": ("chain", r"aranjanam|arinjanam|waist"),
}


def fifth_truth(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images, woo=False):
    t = truth_record(p, vs, names, currency, is_broken, main_spec, image, image_url, extra_images)
    if woo:
        for tv, v in zip(t["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
    return t


def fifth_evidence(truth, fields, has_photo, may_mention=(), traps=()):
    """read_evidence, also for the few kinds of piece outside evidence.py's list."""
    cat = truth["category"]
    if cat not in EXTRA_KINDS:
        return read_evidence(truth, fields, has_photo, may_mention, traps)
    t2 = dict(truth, category="chain")
    ev, problems = read_evidence(t2, fields, has_photo, may_mention, traps)
    pat = EXTRA_KINDS[cat][1]
    ev["category"] = [ch for ch in evidence.CHANNELS if ch in fields and re.search(pat, evidence.plain(fields[ch]))]
    if has_photo:
        ev["category"].append("photo")
    return ev, problems


_KARAT_LIKE = re.compile(r"(?<![\d.])(916|750|585|375)(?!\d)|(?<![\d.])(9|10|14|18|22|24)\s?(k|kt|ct|karat|carat)\b", re.I)


def safe_number(text_fn, x, step):
    """Format ``x`` with ``text_fn``; nudge it by ``step`` until the text cannot be
    read as a karat mark (a price "3,750" would otherwise read as 750 = 18K)."""
    for _ in range(20):
        s = text_fn(x)
        if not _KARAT_LIKE.search(s):
            return s, x
        x += step
    raise ValueError(s)


def inr(x: float) -> str:
    """Indian digit grouping: 193540 -> 1,93,540."""
    n = int(round(x))
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


__all__ = ["FMETALS", "FSTONES", "fresh_common", "fifth_truth", "fifth_evidence", "safe_number", "inr", "EXTRA_KINDS"]
