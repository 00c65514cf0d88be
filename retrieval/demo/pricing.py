"""A demo piece's shelf price from a small cost model: the metal work of the setting, and stones
whose price grows superlinearly with carats."""

from __future__ import annotations

import random

from retrieval.demo.specs import STONE_COUNTS, Spec, pick

# What the metal work of a piece costs in 14k gold, before stones.
SETTING_PRICE_14K = {
    "ring": 320, "engagement ring": 850, "wedding band": 480, "necklace": 420, "pendant": 260,
    "earrings": 260, "bracelet": 560, "bangle": 650, "anklet": 230, "brooch": 480,
}  # fmt: skip
METAL_PRICE_FACTOR = {"sterling silver": 0.12, "platinum": 1.7}
KARAT_PRICE_FACTOR = {9: 0.6, 10: 0.72, 14: 1.0, 18: 1.4, 22: 1.85, 24: 2.1}
MENS_PRICE_FACTOR = 1.35
# A stone's price: (price of a 1 ct stone, exponent of its growth with carats, floor per carat
# so that many small stones are not nearly free).
STONE_PRICE: dict[str, tuple[float, float, float]] = {
    "diamond": (4200, 1.6, 1500), "ruby": (1400, 1.4, 300), "sapphire": (1000, 1.35, 250),
    "emerald": (1200, 1.35, 250), "aquamarine": (250, 1.2, 60), "opal": (180, 1.2, 50),
    "amethyst": (40, 1.1, 15), "topaz": (50, 1.1, 15), "garnet": (60, 1.1, 15),
    "peridot": (70, 1.1, 15), "citrine": (45, 1.1, 15),
}  # fmt: skip
COLOR_PRICE_FACTOR = {
    ("sapphire", "pink"): 0.9, ("sapphire", "yellow"): 0.7, ("sapphire", "white"): 0.5,
    ("diamond", "black"): 0.25, ("diamond", "yellow"): 1.1, ("topaz", "london blue"): 1.3,
}  # fmt: skip
SILVER_STONE_GRADE = 0.12  # silver is set with commercial-grade stones
PEARL_PRICE = {"freshwater": 25, "akoya": 110, "tahitian": 220, "south sea": 280}  # one stud-sized pearl
STRAND_PEARLS, STRAND_PEARL_FACTOR = 40, 0.2  # a strand's pearls are many and small
PRICE_NOISE = (0.9, 1.15)
MIN_PRICE = 19


def stone_value(spec: Spec) -> float:
    if not spec.has_stone:
        return 0.0
    count = STONE_COUNTS.get(spec.design.tag, 1)
    if spec.gemstone == "pearl":
        if spec.design.tag == "pearl strand":
            return PEARL_PRICE[spec.pearl_type] * STRAND_PEARLS * STRAND_PEARL_FACTOR
        return PEARL_PRICE[spec.pearl_type] * count
    one_carat, growth, floor = STONE_PRICE[spec.gemstone]
    each = (spec.carat or 0.0) / count
    value = count * each * max(one_carat * each ** (growth - 1), floor)
    value *= COLOR_PRICE_FACTOR.get((spec.gemstone, spec.color), 1.0)
    return value * (SILVER_STONE_GRADE if spec.metal == "sterling silver" else 1.0)


def setting_value(spec: Spec) -> float:
    metal_factor = KARAT_PRICE_FACTOR[spec.karat] if spec.karat else METAL_PRICE_FACTOR[spec.metal]
    return SETTING_PRICE_14K[spec.category] * metal_factor * (MENS_PRICE_FACTOR if spec.mens else 1.0)


def retail_price(raw: float, rng: random.Random) -> float:
    """A shelf price: rounded to a step that grows with the price, ending in 9, 5 or 0."""
    step = 10 if raw < 1000 else 50 if raw < 5000 else 100
    rounded = max(round(raw / step) * step, step)
    ending = pick(rng, {1: 5, 5: 2, 0: 3})  # subtract: …9, …5 or …0
    return float(max(rounded - ending, MIN_PRICE))


def price_of(spec: Spec, rng: random.Random) -> float:
    raw = (setting_value(spec) + stone_value(spec)) * rng.uniform(*PRICE_NOISE)
    return retail_price(raw, rng)
