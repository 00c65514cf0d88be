"""Shared machinery of the thirty-fourth held-out round (rkv_shop: Reykjavík / Shopify product CSV / ISK,
Icelandic; ruh_shop: Riyadh / Amazon.sa inventory file / SAR, Arabic with English).

Written by the thirty-fourth independent data author.  It reuses render.py (through
make_fresh.run_renders) and the answer-key record and Reader / evidence machinery of the
twenty-seventh round (imported, seen only through their signatures).  New here: the author's own
keyword rules for Icelandic (with and without þ ð æ ö and accents), used only to record where each
fact is stated and to stop the build when a written field contradicts the answer key; an
Icelandic króna writer (no decimals, "." thousands).
"""

from __future__ import annotations

from twentyseventh_common import (Reader, Variant, evidence, photo_spec,  # noqa: F401
                                  stats, truth_record, wchoice, write_jsonl)


# --- Icelandic ------------------------------------------------------------------------------------

class Icelandic(Reader):
    PLATED = r"gyllt\w*|gullhúð\w*|gullhud\w*"
    # looks like a metal but is not: gullbrúðkaup / silfurbrúðkaup (golden / silver wedding
    # anniversaries), gullfallegur (gorgeous), Gullfoss (the waterfall), gullsmiður / gullsmiðja
    # (goldsmith, the shop), gulllitað (gold-coloured)
    COLOUR_ONLY = (r"gullbrúðkaup\w*|gullbrudkaup\w*|silfurbrúðkaup\w*|silfurbrudkaup\w*|gullfalleg\w*|"
                   r"gullfoss\w*|gullsmi\w*|gulllit\w*|silfurlit\w*")
    SILVER = r"silf\w*|\b925\b"
    STEEL = r"\bstál\w*|\bstal\b"
    GOLD = r"gull\w*|\b585\b|\b750\b"
    KARAT = r"(?<![\d.,])(14|18)\s?-?\s?(k|kt|karat\w*|karöt\w*|karot\w*)(?![a-záðéíóúýþæö])"
    YELLOW = r"\bgul\w* gull\w*|\bgulagull\w*"
    WHITE = r"hvítagull\w*|hvitagull\w*|\bhvít\w* gull\w*|\bhvit\w* gull\w*"
    ROSE = r"rósagull\w*|rosagull\w*|rauðagull\w*|raudagull\w*"
    NOT_STONE = r"steinlaus\w*|án steina|án steins|an steina"
    GEMS = [
        ("cubic zirconia", r"sirkon\w*|zirkon\w*|\bcz\b"),
        ("diamond", r"demant\w*|demönt\w*|demont\w*"),
        ("sapphire", r"safír\w*|safir\w*"),
        ("pearl", r"\bperl\w*"),
        ("garnet", r"\bgranat\w*"),
        ("amethyst", r"ametist\w*"),
        ("topaz", r"tópas\w*|\btopas\w*"),
        ("ruby", r"rúbín\w*|\brubin\w*"),
    ]
    NO_STONE = r"steinlaus\w*|án steina|án steins|\bslétt\w*|\bslett\w*"
    COLOUR_WORDS = {"red": r"dökkrauð\w*|dokkraud\w*", "blue": r"\bblá\w*|\bbla\b|\bblar\b",
                    "white": r"\bhvít\w* (perl|sirkon)\w*|\bglær\w*", "purple": r"fjólublá\w*|fjolubla\w*"}
    CATS = {
        "ring": r"hring\w*",
        "engagement ring": r"trúlofunarhring\w*|trulofunarhring\w*",
        "wedding band": r"giftingarhring\w*|giftingahring\w*",
        "earrings": r"eyrnalokk\w*",
        "pendant": r"hálsmen\w*|halsmen\w*|\bmen\b|hengiskraut\w*",
        "chain": r"keðj\w*|kedj\w*",
        "necklace": r"hálsfest\w*|halsfest\w*",
        "bracelet": r"armband\w*|armbönd\w*",
    }


IS = Icelandic()


def isk(x: float, style: int) -> str:
    """A króna amount as a Reykjavík shop writes it (no decimals, "." thousands)."""
    s = f"{int(round(x)):,}".replace(",", ".")
    forms = [f"{s} kr.", f"{s} kr", f"ISK {s}", f"kr. {s}", f"{s} ISK", f"{int(round(x))} kr."]
    return forms[style % len(forms)]


def deaccent_is(s: str) -> str:
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("Æ", "Ae")
    return s.translate(str.maketrans("ðáéíóúýöÐÁÉÍÓÚÝÖ", "daeiouyoDAEIOUYO"))
