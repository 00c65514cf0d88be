"""Shared machinery of the tenth-round held-out shops (waw_shop: Warsaw, sao_shop: Sao Paulo).

Written by the tenth-round independent data author.  It imports the first
rounds' renderer (render.py), metal table (common.py), evidence reader
(evidence.py) and the second round's answer-key helpers (fresh_common.py)
unchanged.  Both shops write in languages the English keyword reader of
evidence.py cannot read (Polish, Brazilian Portuguese), so each shop gives a
GLOSSARY: regex -> English words, applied to a lower-cased copy of every field
before evidence.py reads it.  The glossary is this author's own reading of how
those shops write; it is the reading recorded as `evidence`, nothing else.

New answer-key values (beyond the README schema): metal `gold plated brass`
(Brazilian "semijoia", folheado / banhado a ouro on brass, colour yellow or
rose, karat null), karat 8 (Polish 333 gold), gemstones `amber` (Baltic
bursztyn), `tourmaline`, `citrine`; stone colours `orange`, `teal` (already
used), `multicolour`.
"""

from __future__ import annotations

import itertools
import re

import evidence
import fresh_common
from fresh_common import Variant, money, slugify, truth_record, wchoice  # noqa: F401

evidence.METAL_KIND.setdefault("gold plated brass", "plated")

FMETALS = fresh_common.FMETALS  # extended in place (this process only) so truth_record knows the new codes
FMETALS["Y8"] = ("yellow gold", "yellow", 8, "yellow14")      # Polish proba 333
FMETALS["Y9"] = FMETALS.get("Y9", ("yellow gold", "yellow", 9, "yellow14"))
FMETALS["GPB"] = ("gold plated brass", "yellow", None, "plated")
FMETALS["RGPB"] = ("gold plated brass", "rose", None, "rose")

FSTONES = fresh_common.FSTONES
FSTONES.update({
    "amber": ("amber", "orange", "topaz", (206, 116, 24)),
    "green amber": ("amber", "green", "topaz", (120, 140, 40)),
    "citrine": ("citrine", "yellow", "yellow sapphire", (230, 160, 30)),
    "paraiba": ("tourmaline", "blue", "emerald", (30, 196, 200)),
    "pink tourmaline": ("tourmaline", "pink", "emerald", (226, 92, 146)),
    "green tourmaline": ("tourmaline", "green", "emerald", (34, 118, 70)),
    "navy cz": ("cubic zirconia", "blue", "cz", (26, 40, 110)),
    "red cz": ("cubic zirconia", "red", "cz", (190, 20, 50)),
    "green cz": ("cubic zirconia", "green", "cz", (20, 140, 70)),
    "cz": ("cubic zirconia", "white", "cz", None),
    "imperial topaz": ("topaz", "orange", "topaz", (226, 130, 50)),
    "rose quartz": ("quartz", "pink", "pink sapphire", (240, 180, 196)),
})

EXTRA_GEMS = {"amber": r"\bamber\b", "citrine": r"citrine", "tourmaline": r"tourmaline", "quartz": r"\bquartz\b"}
EXTRA_INHERENT = {"amber": "orange", "citrine": "yellow"}


def translate(text: str, glossary) -> str:
    t = evidence.plain(text)
    for pat, rep in glossary:
        t = re.sub(pat, rep, t)
    return t


def read_evidence(truth, fields, has_photo, glossary, traps=()):
    """evidence.py on the glossary-read fields, plus the new stones and karat 8.
    ``traps`` are phrases masked for the contradiction check only."""
    tr = {ch: translate(txt, glossary) for ch, txt in fields.items()}
    ev, _ = evidence.evidence(truth, tr, has_photo)
    masked = {}
    for ch, txt in tr.items():
        for ph in traps:
            txt = re.sub(re.escape(ph), " ", txt)
        masked[ch] = txt
    _, problems = evidence.evidence(truth, masked, has_photo)
    gem, col = truth["gemstone"], truth.get("stone_color")
    allowed = {gem} | set(truth.get("other_stones") or []) | set(truth.get("gemstone_options") or [])
    for ch in evidence.CHANNELS:
        if ch not in tr:
            continue
        t = tr[ch]
        for g, pat in EXTRA_GEMS.items():
            if re.search(pat, masked[ch]) and g not in allowed:
                problems.append(f"{ch}: gem {g} vs {gem}")
        if gem in EXTRA_GEMS and re.search(EXTRA_GEMS[gem], t):
            ev["gemstone"].append(ch)
            if col and (EXTRA_INHERENT.get(gem) == col or re.search(r"\b" + col + r"\b", t)):
                ev["stone_color"].append(ch)
        if truth["karat"] == 8 and re.search(r"(?<!\d)333(?!\d)|\b8\s?(k|kt|ct)\b", t):
            ev["karat"].append(ch)
    for k in ev:  # photo last, channels in the standard order
        ev[k] = [c for c in list(evidence.CHANNELS) + ["photo"] if c in ev[k]]
    return ev, problems


def make_variants(rng, p, axes, price_of, sku_prefix):
    """Cartesian product of the option axes; each value's mod may set code / stone / f."""
    vs = []
    combos = list(itertools.product(*[vals for _, vals in axes])) if axes else [()]
    for combo in combos:
        code, stone, f = p["code"], p["stone"], 1.0
        for _, mod in combo:
            code = mod.get("code", code)
            stone = mod.get("stone", stone)
            f *= mod.get("f", 1.0)
        grams = p["grams"] * f
        price, compare = price_of(p, code, stone, grams, f)
        vs.append(Variant([v for v, _ in combo], code, stone, price, compare, grams,
                          sku_prefix + "-".join(slugify(v).upper()[:5] for v, _ in combo)))
    return vs


def pick_locs(rng, weights):
    return {k: wchoice(rng, w) for k, w in weights.items()}
