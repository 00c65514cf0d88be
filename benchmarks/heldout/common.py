"""Shared pieces of the held-out catalog generator: metals, stones, slugs."""

from __future__ import annotations

import re
import unicodedata

# metal code -> (truth metal, truth colour, karat, renderer metal key)
METALS = {
    "Y24": ("yellow gold", "yellow", 24, "yellow22"),
    "Y22": ("yellow gold", "yellow", 22, "yellow22"),
    "Y18": ("yellow gold", "yellow", 18, "yellow18"),
    "R18": ("rose gold", "rose", 18, "rose"),
    "W18": ("white gold", "white", 18, "white"),
    "Y14": ("yellow gold", "yellow", 14, "yellow14"),
    "R14": ("rose gold", "rose", 14, "rose"),
    "W14": ("white gold", "white", 14, "white"),
    "Y9": ("yellow gold", "yellow", 9, "yellow14"),
    "R9": ("rose gold", "rose", 9, "rose"),
    "W9": ("white gold", "white", 9, "white"),
    "PT": ("platinum", "white", None, "platinum"),
    "S925": ("sterling silver", "silver", None, "silver"),
    "AG": ("silver", "silver", None, "silver"),
    "GPS": ("gold plated silver", "yellow", None, "plated"),
    "RGPS": ("gold plated silver", "rose", None, "rose"),
}

# stone code -> (truth gemstone, default stone colour, renderer stone, renderer rgb override)
STONES = {
    None: ("none", None, None, None),
    "diamond": ("diamond", "white", "diamond", None),
    "vvs": ("diamond", "white", "diamond", None),
    "lab": ("diamond", "white", "lab diamond", None),
    "ruby": ("ruby", "red", "ruby", None),
    "emerald": ("emerald", "green", "emerald", None),
    "blue sapphire": ("sapphire", "blue", "sapphire", None),
    "pink sapphire": ("sapphire", "pink", "pink sapphire", None),
    "yellow sapphire": ("sapphire", "yellow", "yellow sapphire", None),
    "pearl": ("pearl", "white", "pearl", None),
    "kundan": ("kundan", "white", "kundan", None),
    "polki": ("polki", "white", "polki", None),
    "ad": ("cubic zirconia", "white", "cz", None),
    "cz": ("cubic zirconia", "white", "cz", None),
    "green cz": ("cubic zirconia", "green", "emerald", None),
    "red cz": ("cubic zirconia", "red", "ruby", None),
    "moissanite": ("moissanite", "white", "moissanite", None),
    "navratna": ("navratna", "multicolour", "navratna", None),
    "garnet": ("garnet", "red", "garnet", None),
    "amethyst": ("amethyst", "purple", "amethyst", None),
    "opal": ("opal", "white", "opal", None),
    "topaz": ("topaz", "blue", "topaz", None),
    "aquamarine": ("aquamarine", "blue", "aquamarine", None),
    "peridot": ("peridot", "green", "peridot", None),
}


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


def money(x: float) -> str:
    return f"{x:.2f}"
