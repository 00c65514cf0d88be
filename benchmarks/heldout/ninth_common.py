"""Shared machinery of the ninth-round held-out shops (ist_shop, mnl_shop).

Written by the ninth independent data author.  It imports the first rounds'
renderer (render.py), tables and answer-key builder (common.py,
fresh_common.py) and evidence reader (evidence.py) unchanged.  What is new
here:

* a 21 karat yellow gold (``Y21``, the "21K Saudi gold" sold in Manila),
  added to the metal table at import time (the file itself is untouched);
* ``gloss``: the evidence reader only knows English / Hindi keywords, so the
  Turkish and Tagalog words the shops write (altın, gümüş, ayar, pırlanta,
  yüzük, ginto, perlas, hikaw ...) are glossed word for word into English
  before the reader sees them.  The gloss is a plain dictionary, it does not
  guess: a word it does not know is simply not evidence;
* 21 karat is read as a karat (and as yellow, like 22 and 24);
* the generic product planner (variants, where each fact is written) shared
  by both shops, and a Shopify 2025-style / WooCommerce writer.
"""

from __future__ import annotations

import itertools
import re

import fresh_common
from fresh_common import FMETALS, FSTONES, Variant, read_evidence, wchoice  # noqa: F401

FMETALS.setdefault("Y21", ("yellow gold", "yellow", 21, "yellow22"))
FSTONES.setdefault("cz", ("cubic zirconia", "white", "cz", None))

# --- glossing -------------------------------------------------------------------------------

TR_GLOSS = [
    (r"(rose|roze|pembe) altın kaplama\w*|(rose|roze) kaplama\w*", " rose gold plated "),
    (r"altın kaplama\w*", " gold plated "),
    (r"sarı altın\w*", " yellow gold "),
    (r"beyaz altın\w*", " white gold "),
    (r"(rose|roze|pembe) altın\w*", " rose gold "),
    (r"altın\w*", " gold "),
    (r"gümüş\w*", " silver "),
    (r"platin\w*", " platinum "),
    (r"(?<![\d.,])(14|18|22|24) ayar\w*", r" \1k "),
    (r"(?<![\d.,])925 ayar\w*", " 925 "),
    (r"pırlanta\w*|elmas\w*", " diamond "),
    (r"yakut\w*", " ruby "),
    (r"zümrüt\w*", " emerald "),
    (r"safir\w*", " sapphire "),
    (r"\binci\w*", " pearl "),
    (r"zirkon\w*", " zircon "),
    (r"ametist\w*", " amethyst "),
    (r"akuamarin\w*", " aquamarine "),
    (r"taşsız\w*|düz model", " plain "),
    (r"kırmızı\w*", " red "),
    (r"yeşil\w*", " green "),
    (r"\bmavi\w*", " blue "),
    (r"\bpembe\w*", " pink "),
    (r"\bmor\b", " purple "),
    (r"siyah\w*", " black "),
    (r"\bbeyaz\w*", " white "),
    (r"\bsarı\b", " yellow "),
    (r"taş rengi", "stone colour"),
    (r"\brenk\b|\brengi\b", "colour"),
    (r"tektaş\w*", " solitaire "),
    (r"alyans\w*", " wedding band "),
    (r"kolye uc\w*|kolye uç\w*", " pendant "),
    (r"madalyon\w*", " locket "),
    (r"gerdanlı[kğ]\w*", " choker "),
    (r"kolye\w*", " necklace "),
    (r"küpe\w*", " earrings "),
    (r"yüzü[kğ]\w*", " ring "),
    (r"bilekli[kğ]\w*", " bracelet "),
    (r"bilezi[kğ]\w*|kelepçe\w*", " bangle "),
    (r"halhal\w*", " anklet "),
    (r"zincir\w*", " chain "),
    (r"broş\w*", " brooch "),
]

TL_GLOSS = [
    (r"tubog sa (\d+k )?ginto", " gold plated "),
    (r"puting ginto", " white gold "),
    (r"\bgintong?\b", " gold "),
    (r"\bpilak\b", " silver "),
    (r"\bperlas\b", " pearl "),
    (r"brilyante|dyamante|diyamante", " diamond "),
    (r"\bsingsing\b", " ring "),
    (r"\bhikaw\b", " earrings "),
    (r"\bku?wintas\b", " necklace "),
    (r"\bpulseras\b", " bracelet "),
    (r"\bkadena\b", " chain "),
    (r"\bpalawit\b", " pendant "),
]

GLOSS = {"tr": TR_GLOSS, "tl": TL_GLOSS}


def lower(s: str) -> str:
    return (s or "").replace("İ", "i").lower()


def gloss(text: str, lang: str) -> str:
    t = lower(text)
    for pat, rep in GLOSS[lang]:
        t = re.sub(pat, rep, t)
    return t


K21 = r"(?<![\d.,])21\s?(k|kt|karat)\b"
ORDER = ["title", "body", "type", "tags", "options", "photo"]


def read(truth, fields, has_photo, lang, may=(), traps=()):
    g = {ch: gloss(txt, lang) for ch, txt in fields.items()}
    gtraps = [gloss(t, lang).strip() for t in traps]
    ev, problems = read_evidence(truth, g, has_photo, may, gtraps)
    kopts = set(truth.get("karat_options") or [truth["karat"]])
    for ch, txt in g.items():
        for ph in gtraps:
            txt = re.sub(re.escape(ph), " ", txt)
        if re.search(K21, txt):
            if 21 not in kopts:
                problems.append(f"{ch}: karat 21 vs {kopts}")
            if truth["karat"] == 21 and ch not in ev["karat"]:
                ev["karat"].append(ch)
            if truth["metal_color"] == "yellow" and ch not in ev["metal_color"]:
                ev["metal_color"].append(ch)
            if "yellow" not in set(truth.get("metal_color_options") or [truth["metal_color"]]):
                problems.append(f"{ch}: 21k reads yellow")
    for k in ev:
        ev[k] = sorted(ev[k], key=ORDER.index)
    return ev, problems


# --- planning -------------------------------------------------------------------------------

def loc(rng, pairs):
    return wchoice(rng, pairs)


def build_variants(p, price_fn):
    axes = p["axes"]
    combos = list(itertools.product(*[vals for _, vals in axes])) if axes else [()]
    vs = []
    for combo in combos:
        code, stone, mult = p["code"], p["stone"], 1.0
        for _, mod in combo:
            code = mod.get("code", code)
            stone = mod.get("stone", stone)
            mult *= mod.get("m", 1.0)
        grams = p["grams"] * mult
        price = price_fn(p, code, stone, grams)
        vs.append(Variant([v for v, _ in combo], code, stone, price, None, grams))
    return vs


def axis_changes_look(axis, p):
    _, vals = axis
    looks = set()
    for _, mod in vals:
        c = mod.get("code", p["code"])
        s = mod.get("stone", p["stone"])
        looks.add((FMETALS[c][3], FSTONES[s][2], FSTONES[s][3]))
    return len(looks) > 1


def options_text(axes, extra=()):
    return " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in list(axes) + list(extra))
