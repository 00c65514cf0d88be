"""A deterministic demo catalog: plausible jewelry with prices, prose and code-rendered shots.

`generate_demo_items` draws every choice from one `random.Random(seed)`, so a seed names a
catalog. Prices come from a small cost model (metal and weight of the setting, stones that
grow superlinearly with carats), titles and descriptions from several patterns and sentence
pools, so that the demo reads like a shop and not like a template.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, TypeVar

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from tqdm import tqdm

from retrieval.catalog import Item
from retrieval.demo import render
from retrieval.demo.render import render_product_shot
from retrieval.vocabulary import CATEGORIES, GEMSTONE_COLORS, GOLD_METALS, NO_GEMSTONE, RING_CATEGORIES

ID_PREFIX = "FCT"
IMAGE_DIR = "images"
CATALOG_FILE = "catalog.jsonl"
RENDER_KEY = "facet-render-key"  # PNG text chunk: what the picture was drawn from
RENDER_FIELDS = {"id", "title", "category", "metal", "gemstone", "gemstone_color", "carat", "tags"}
RENDERER_SOURCE = Path(render.__file__).read_bytes()  # a change to the drawing redraws every shot
PNG_COMPRESSION = 3  # half the time of the default level, for files a fifth larger
IN_STOCK_SHARE = 0.85

Weights = dict[str, float]
T = TypeVar("T")

CATEGORY_WEIGHTS: Weights = {
    "ring": 14, "engagement ring": 10, "wedding band": 8, "necklace": 12, "pendant": 11,
    "earrings": 14, "bracelet": 10, "bangle": 7, "anklet": 5, "brooch": 4,
}  # fmt: skip
METAL_WEIGHTS: Weights = {"yellow gold": 3, "white gold": 2, "rose gold": 2, "sterling silver": 3, "platinum": 1}
METAL_WEIGHTS_BY_CATEGORY: dict[str, Weights] = {
    "engagement ring": {"yellow gold": 2, "white gold": 3, "rose gold": 1.5, "sterling silver": 0.2, "platinum": 2.5},
    "wedding band": {"yellow gold": 3, "white gold": 2, "rose gold": 1, "sterling silver": 0.5, "platinum": 2},
    "anklet": {"yellow gold": 2, "white gold": 0.5, "rose gold": 1, "sterling silver": 4, "platinum": 0.2},
    "brooch": {"yellow gold": 3, "white gold": 1, "rose gold": 1, "sterling silver": 2, "platinum": 0.5},
}
KARAT_WEIGHTS = {14: 45, 18: 25, 10: 20, 9: 5}
YELLOW_KARAT_WEIGHTS = KARAT_WEIGHTS | {22: 5}  # 22k is too soft to alloy white or rose

SEMI_PRECIOUS = ("amethyst", "topaz", "aquamarine", "garnet", "opal", "peridot", "citrine")


def _gem_weights(diamond: float, pearl: float, precious: float, semi: float, none: float) -> Weights:
    return {
        "diamond": diamond, "pearl": pearl, "none": none,
        **{gem: precious for gem in ("ruby", "sapphire", "emerald")},
        **{gem: semi for gem in SEMI_PRECIOUS},
    }  # fmt: skip


GEMSTONE_WEIGHTS: dict[str, Weights] = {
    "ring": _gem_weights(diamond=3, pearl=0.5, precious=1.2, semi=0.8, none=2),
    "engagement ring": {"diamond": 10, "sapphire": 1.5, "ruby": 0.5, "emerald": 0.7, "aquamarine": 0.3},
    "wedding band": {"none": 6, "diamond": 3, "sapphire": 0.4, "ruby": 0.2, "emerald": 0.2},
    "necklace": _gem_weights(diamond=2, pearl=2.5, precious=0.6, semi=0.4, none=2.5),
    "pendant": _gem_weights(diamond=2, pearl=1.5, precious=0.8, semi=0.8, none=1.5),
    "earrings": _gem_weights(diamond=3, pearl=2.5, precious=0.8, semi=0.6, none=2),
    "bracelet": _gem_weights(diamond=2, pearl=0.7, precious=0.6, semi=0.4, none=3),
    "bangle": _gem_weights(diamond=1, pearl=0.1, precious=0.3, semi=0.2, none=5),
    "anklet": _gem_weights(diamond=0.3, pearl=0.7, precious=0.2, semi=0.4, none=4),
    "brooch": _gem_weights(diamond=1.5, pearl=1.5, precious=1, semi=0.6, none=1),
}
COLOR_VARIANTS: dict[str, Weights] = {
    "sapphire": {"blue": 80, "pink": 10, "yellow": 6, "white": 4},
    "pearl": {"white": 78, "black": 10, "pink": 6, "golden": 6},
    "topaz": {"blue": 60, "white": 25, "london blue": 15},
    "diamond": {"colorless": 92, "black": 4, "yellow": 4},
    "opal": {"iridescent white": 88, "black": 12},
}
CUT_WEIGHTS: Weights = {"round": 40, "oval": 16, "princess": 10, "emerald": 10, "pear": 8, "cushion": 16}
CUT_TITLES = {
    "round": "Round", "oval": "Oval", "princess": "Princess-Cut", "emerald": "Emerald-Cut", "pear": "Pear",
    "cushion": "Cushion-Cut", "heart": "Heart-Shaped",
}  # fmt: skip
UNCUT_GEMSTONES = (NO_GEMSTONE, "pearl", "opal")
SILVER_PEARL_COLORS = ("white", "pink")  # silver is set with freshwater pearls


@dataclass(frozen=True)
class Design:
    tag: str
    word: str  # how a title says it
    stone: str = "any"  # "any", "required", "faceted", "pearl" or "none"
    weight: float = 1.0
    cut: str = ""  # the cut the design calls for, if any


DESIGNS: dict[str, tuple[Design, ...]] = {
    "ring": (
        Design("solitaire", "Solitaire", "faceted", 3), Design("halo", "Halo", "faceted", 2),
        Design("three-stone", "Three-Stone", "faceted", 1), Design("cocktail", "Cocktail", "required", 1.5),
        Design("stackable", "Stackable", "any", 2), Design("signet", "Signet", "none", 1.5),
        Design("dome", "Dome", "none", 1),
    ),
    "engagement ring": (
        Design("solitaire", "Solitaire", "faceted", 4), Design("halo", "Halo", "faceted", 3),
        Design("three-stone", "Three-Stone", "faceted", 1.5), Design("pavé", "Pavé", "faceted", 1.5),
    ),
    "wedding band": (
        Design("comfort fit", "Comfort Fit", "none", 3), Design("milgrain", "Milgrain", "none", 1),
        Design("hammered", "Hammered", "none", 1), Design("eternity", "Eternity", "faceted", 2),
        Design("channel set", "Channel-Set", "faceted", 2),
    ),
    "necklace": (
        Design("chain", "Chain", "none", 3), Design("choker", "Choker", "any", 1),
        Design("pearl strand", "Strand", "pearl", 4), Design("tennis", "Tennis", "faceted", 1.5),
        Design("solitaire", "Solitaire", "faceted", 2), Design("station", "Station", "required", 1),
    ),
    "pendant": (
        Design("heart", "Heart", "any", 2, cut="heart"), Design("drop", "Teardrop", "faceted", 2, cut="pear"),
        Design("circle", "Circle", "any", 1.5), Design("bar", "Bar", "any", 1.5),
    ),
    "earrings": (
        Design("studs", "Stud", "any", 4), Design("hoops", "Hoop", "any", 3),
        Design("huggies", "Huggie Hoop", "any", 1), Design("drops", "Drop", "any", 3, cut="pear"),
    ),
    "bracelet": (
        Design("tennis", "Tennis", "faceted", 2), Design("chain", "Chain", "none", 3),
        Design("charm", "Charm", "none", 1.5), Design("station", "Station", "required", 1.5),
    ),
    "bangle": (
        Design("polished", "Polished", "any", 2), Design("stackable", "Stackable", "any", 2),
        Design("hinged", "Hinged", "any", 1),
    ),
    "anklet": (
        Design("chain", "Chain", "none", 2), Design("charm", "Charm", "any", 2), Design("beaded", "Beaded", "any", 1),
    ),
    "brooch": (
        Design("flower", "Flower", "any", 2), Design("star", "Star", "any", 1), Design("bow", "Bow", "any", 1),
    ),
}  # fmt: skip

NOUNS = {
    "ring": "Ring", "engagement ring": "Engagement Ring", "wedding band": "Wedding Band", "necklace": "Necklace",
    "pendant": "Pendant", "earrings": "Earrings", "bracelet": "Bracelet", "bangle": "Bangle",
    "anklet": "Anklet", "brooch": "Brooch",
}  # fmt: skip
MENS_CATEGORIES = ("ring", "wedding band", "necklace", "bracelet")
MENS_GEMSTONES = (NO_GEMSTONE, "diamond", "sapphire")
MENS_SHARE = 0.12
BIRTHSTONE_SHARE = 0.4
BIRTHSTONE_MONTHS = {
    "garnet": "January", "amethyst": "February", "aquamarine": "March", "diamond": "April",
    "emerald": "May", "pearl": "June", "ruby": "July", "peridot": "August", "sapphire": "September",
    "opal": "October", "topaz": "November", "citrine": "November",
}  # fmt: skip

STYLE_WEIGHTS: dict[str, Weights] = {
    "engagement ring": {"classic": 5, "vintage": 2, "modern": 2, "art deco": 1.5, "minimalist": 1.5, "romantic": 1},
    "wedding band": {"classic": 5, "minimalist": 3, "modern": 2, "vintage": 1},
    "anklet": {"bohemian": 4, "minimalist": 3, "modern": 1, "romantic": 1},
    "brooch": {"vintage": 4, "art deco": 2, "statement": 2, "classic": 1, "romantic": 1},
}
DEFAULT_STYLE_WEIGHTS: Weights = {
    "classic": 3, "modern": 3, "vintage": 1.5, "minimalist": 3,
    "bohemian": 1, "art deco": 1, "statement": 1, "romantic": 1,
}  # fmt: skip
OCCASION_WEIGHTS: dict[str, Weights] = {
    "engagement ring": {"engagement": 9, "anniversary": 1},
    "wedding band": {"wedding": 7, "anniversary": 2, "everyday": 1},
}
DEFAULT_OCCASION_WEIGHTS: Weights = {
    "everyday": 4, "gift": 3, "anniversary": 1.5, "birthday": 1.5, "party": 1.5, "work": 1.5, "wedding": 0.5,
}  # fmt: skip

# --- prices --------------------------------------------------------------------------------

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

# --- carats ----------------------------------------------------------------------------------

ENGAGEMENT_CARATS = {  # the sizes shoppers ask for, and how often
    0.5: 2, 0.7: 2, 0.75: 2, 0.9: 2, 1.0: 4, 1.01: 1, 1.2: 2, 1.25: 1, 1.5: 3, 1.7: 1, 2.0: 2, 2.01: 1, 2.5: 1,
}  # fmt: skip
DIAMOND_CARATS = {  # total carat weight ranges by piece
    "ring": (0.1, 1.0), "wedding band": (0.1, 1.0), "necklace": (0.1, 1.0), "pendant": (0.1, 1.0),
    "earrings": (0.2, 2.0), "bracelet": (0.1, 0.5), "bangle": (0.1, 0.5), "anklet": (0.1, 0.25), "brooch": (0.2, 1.5),
}  # fmt: skip
DIAMOND_DESIGN_CARATS = {"tennis": (1.0, 3.0), "eternity": (0.5, 2.0), "solitaire": (0.25, 1.5)}
SEMI_PRECIOUS_CARATS = (0.5, 5.0)
COLORED_CARATS = {"ruby": (0.3, 2.5), "sapphire": (0.3, 2.5), "emerald": (0.3, 2.5), "opal": (0.5, 3.0)}
SILVER_MAX_CARATS = {"diamond": 0.25, "ruby": 1.0, "sapphire": 1.0, "emerald": 1.0}
SILVER_MAX_TOTAL_CARATS = 2.0
STONE_COUNTS = {  # stones in a piece by design; the rest have one
    "studs": 2, "drops": 2, "hoops": 24, "huggies": 16, "tennis": 40, "eternity": 20, "channel set": 9,
    "three-stone": 3,
}  # fmt: skip

COLLECTIONS = (
    "Aurora", "Celeste", "Heritage", "Luna", "Solstice", "Meridian", "Verona", "Ember", "Halcyon", "Isla",
    "Juniper", "Marlowe", "Nova", "Seraphine", "Willow", "Astra", "Bellamy", "Delphine", "Elodie", "Fleur",
    "Hazel", "Lumen", "Maris", "Odette", "Palais", "Sable", "Tessa", "Vale", "Wren", "Zelda",
)  # fmt: skip
ADJECTIVES = (
    "Delicate", "Everyday", "Petite", "Bold", "Timeless", "Dainty", "Sculpted", "Signature", "Graceful", "Sleek",
)  # fmt: skip


@dataclass(frozen=True)
class Spec:
    """The facts of one item, before it is written up."""

    category: str
    metal: str
    karat: int | None
    gemstone: str
    color: str
    design: Design
    cut: str
    pearl_type: str
    carat: float | None
    mens: bool
    birthstone: bool
    style: str
    occasion: str
    collection: str
    detail: str  # a size a title can end with: "4mm", "18 in"

    @property
    def metal_label(self) -> str:
        return f"{self.karat}k {self.metal}" if self.karat else self.metal

    @property
    def has_stone(self) -> bool:
        return self.gemstone != NO_GEMSTONE

    @property
    def is_pair(self) -> bool:
        """Earrings: "these earrings are", "wipe them"."""
        return self.category == "earrings"


def pick(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


# --- choosing the facts ----------------------------------------------------------------------


def category_deck(n: int, rng: random.Random) -> list[str]:
    """n categories in proportion to their weights, each at least once, shuffled."""
    total = sum(CATEGORY_WEIGHTS.values())
    counts = {c: max(1, round(n * CATEGORY_WEIGHTS[c] / total)) for c in CATEGORIES}
    while sum(counts.values()) != n:
        largest = max(counts, key=counts.get)
        counts[largest] += 1 if sum(counts.values()) < n else -1
    deck = [category for category, count in counts.items() for _ in range(count)]
    rng.shuffle(deck)
    return deck


def fits(design: Design, gemstone: str) -> bool:
    return {
        "any": True,
        "required": gemstone != NO_GEMSTONE,
        "faceted": gemstone not in UNCUT_GEMSTONES,
        "pearl": gemstone == "pearl",
        "none": gemstone == NO_GEMSTONE,
    }[design.stone]


def choose_color(gemstone: str, metal: str, rng: random.Random) -> str:
    variants = dict(COLOR_VARIANTS.get(gemstone, {GEMSTONE_COLORS[gemstone]: 1}))
    if gemstone == "pearl" and metal == "sterling silver":
        variants = {color: w for color, w in variants.items() if color in SILVER_PEARL_COLORS}
    if gemstone == "diamond" and metal not in GOLD_METALS:  # black and canary diamonds are set in gold
        variants = {"colorless": 1}
    return pick(rng, variants)


def pearl_type(color: str, metal: str, rng: random.Random) -> str:
    if color == "black":
        return "tahitian"
    if color == "golden":
        return "south sea"
    if color == "white" and metal != "sterling silver" and rng.random() < 0.5:
        return "akoya"
    return "freshwater"


def choose_carat(category: str, gemstone: str, metal: str, design: Design, rng: random.Random) -> float | None:
    """Total carat weight of the piece's stones; pearls are sold by size, not carats."""
    if gemstone in (NO_GEMSTONE, "pearl"):
        return None
    if gemstone == "diamond" and category == "engagement ring":
        carat = pick(rng, ENGAGEMENT_CARATS)
    elif gemstone == "diamond":
        low, high = DIAMOND_DESIGN_CARATS.get(design.tag, DIAMOND_CARATS[category])
        carat = low * (high / low) ** rng.random()  # small stones are the common ones
    else:
        low, high = COLORED_CARATS.get(gemstone, SEMI_PRECIOUS_CARATS)
        carat = rng.uniform(low, high)
    if metal == "sterling silver":
        carat = min(carat, SILVER_MAX_CARATS.get(gemstone, SILVER_MAX_TOTAL_CARATS))
    return round(carat, 2) if carat < 0.3 else round(carat * 20) / 20


def choose_spec(category: str, rng: random.Random) -> Spec:
    metal = pick(rng, METAL_WEIGHTS_BY_CATEGORY.get(category, METAL_WEIGHTS))
    karat = None
    if metal in GOLD_METALS:
        karat = pick(rng, YELLOW_KARAT_WEIGHTS if metal == "yellow gold" else KARAT_WEIGHTS)
    gemstone = pick(rng, GEMSTONE_WEIGHTS[category])
    designs = [d for d in DESIGNS[category] if fits(d, gemstone)]
    design = rng.choices(designs, [d.weight for d in designs])[0]
    color = choose_color(gemstone, metal, rng) if gemstone != NO_GEMSTONE else ""
    mens = category in MENS_CATEGORIES and gemstone in MENS_GEMSTONES and rng.random() < MENS_SHARE
    style = "classic" if mens and rng.random() < 0.5 else pick(rng, STYLE_WEIGHTS.get(category, DEFAULT_STYLE_WEIGHTS))
    return Spec(
        category=category,
        metal=metal,
        karat=karat,
        gemstone=gemstone,
        color=color,
        design=design,
        cut=(design.cut or pick(rng, CUT_WEIGHTS)) if gemstone not in UNCUT_GEMSTONES else "",
        pearl_type=pearl_type(color, metal, rng) if gemstone == "pearl" else "",
        carat=choose_carat(category, gemstone, metal, design, rng),
        mens=mens,
        birthstone=gemstone in BIRTHSTONE_MONTHS and gemstone != "diamond" and rng.random() < BIRTHSTONE_SHARE,
        style=style,
        occasion=pick(rng, OCCASION_WEIGHTS.get(category, DEFAULT_OCCASION_WEIGHTS)),
        collection=rng.choice(COLLECTIONS),
        detail=size_detail(category, mens, rng),
    )


def size_detail(category: str, mens: bool, rng: random.Random) -> str:
    if category in RING_CATEGORIES:
        widths = (5, 6, 7, 8) if mens else (2, 3, 4, 5, 6) if category == "wedding band" else (1.5, 2, 2.5, 3)
        return f"{rng.choice(widths):g}mm"
    if category in ("necklace", "pendant"):
        return f"{rng.choice((20, 22, 24) if mens else (16, 18, 18, 20))} in"
    if category in ("bracelet", "anklet"):
        return f"{rng.choice((8, 8.5) if mens else (6.5, 7, 7.5) if category == 'bracelet' else (9, 10))} in"
    return ""


def ring_sizes(spec: Spec, rng: random.Random) -> list[float]:
    if spec.category not in RING_CATEGORIES:
        return []
    if spec.mens:
        low, high = 8.0, rng.choice((12.0, 13.0, 14.0))
    else:
        low, high = rng.choice((4.0, 4.5, 5.0, 6.0)), rng.choice((8.0, 9.0, 10.0))
    step = pick(rng, {0.5: 6, 1.0: 3, 0.25: 1.5})
    return [low + step * k for k in range(int((high - low) / step) + 1)]


def tags_of(spec: Spec, rng: random.Random) -> list[str]:
    tags = [spec.design.tag]
    if spec.cut:
        tags.append(f"{spec.cut} cut")
    if spec.mens:
        tags.append("men's")
    if spec.birthstone:
        tags.append("birthstone")
    if spec.pearl_type:
        tags.append(f"{spec.pearl_type} pearl")
    if spec.occasion in ("gift", "birthday", "anniversary") or rng.random() < 0.2:
        tags.append("gift idea")
    return tags


# --- prices ------------------------------------------------------------------------------------


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


# --- titles ------------------------------------------------------------------------------------


def title_case(text: str) -> str:
    return " ".join(word[0].upper() + word[1:] for word in text.split())


def stone_name(spec: Spec) -> str:
    """How a title names the stone: "Pink Sapphire", "Blue Topaz", "Tahitian Pearl"."""
    if spec.gemstone == "pearl":
        color = {"golden": "golden ", "pink": "pink "}.get(spec.color, "")
        return title_case(f"{color}{spec.pearl_type} pearl")
    if spec.color != GEMSTONE_COLORS[spec.gemstone] or spec.gemstone == "topaz":
        return title_case(f"{spec.color} {spec.gemstone}")
    return title_case(spec.gemstone)


def noun_phrase(spec: Spec) -> str:
    """The design and the category as a title says them: "Halo Engagement Ring", "Stud Earrings"."""
    noun = NOUNS[spec.category]
    words = noun if spec.design.tag == "polished" else f"{spec.design.word} {noun}"
    return f"Men's {words}" if spec.mens else words


def stone_count(spec: Spec) -> int:
    return STONE_COUNTS.get(spec.design.tag, 1)


def title_candidates(spec: Spec, rng: random.Random) -> list[str]:
    metal, noun, style = title_case(spec.metal_label), noun_phrase(spec), title_case(spec.style)
    adjective = rng.choice(ADJECTIVES)
    if not spec.has_stone:
        titles = [
            f"{spec.collection} {metal} {noun}",
            f"{style} {metal} {noun}",
            f"The {spec.collection} {noun} in {metal}",
            f"{adjective} {metal} {noun}",
        ]
        return titles + ([f"{style} {metal} {noun}, {spec.detail}"] if spec.detail else [])
    stone = stone_name(spec)
    cut = f"{CUT_TITLES[spec.cut]} " if spec.cut else ""
    titles = [
        f"{spec.collection} {metal} {stone} {noun}",
        f"{metal} {stone} {noun}",
        f"{cut}{stone} {noun} in {metal}",
        f"The {spec.collection} {noun} – {stone} and {metal}",
        f"{adjective} {noun} with {stone}, {metal}",
    ]
    if spec.carat is not None:
        titles.append(f"{carat_text(spec)} {cut}{stone} {noun} in {metal}")
    return titles


def carat_text(spec: Spec) -> str:
    return f"{spec.carat:g} ct{' tw' if stone_count(spec) > 1 else ''}"


def choose_title(spec: Spec, rng: random.Random, taken: set[str]) -> str:
    """A title in one of several patterns, avoiding titles already in the catalog when it can."""
    candidates = title_candidates(spec, rng)
    fresh = [title for title in candidates if title not in taken]
    return rng.choice(fresh or candidates)


# --- descriptions --------------------------------------------------------------------------------

# {this}, {is}, {pairs}, {lets} and {its} agree with the piece ("these earrings are"),
# {give} with the stones.
OPENINGS_WITH_STONE = (
    "{A_style} {noun} in {metal} with {stones}.",
    "{Metal} frames {stones} in {this} {style} {noun}.",
    "{This} {style} {noun} {pairs} {stones} with {metal}.",
    "Crafted in {metal}, {this} {style} {noun} {is} set with {stones}.",
    "{Stones} set in {metal} {give} {this} {noun} {its} {style} look.",
)
OPENINGS_WITHOUT_STONE = (
    "{A_style} {noun} in polished {metal}.",
    "Crafted in {metal}, {this} {style} {noun} {lets} the metal speak for itself.",
    "{Metal}, shaped into {a_style} {noun} with no stones and clean lines.",
    "{This} {style} {noun} {is} made entirely of {metal}.",
)
DESIGN_DETAILS = {
    "solitaire": "A single stone, held up high to catch the light.",
    "halo": "A halo of small stones makes the center stone look larger.",
    "three-stone": "Three stones for past, present and future.",
    "pavé": "Tiny pavé stones line the shoulders of the band.",
    "cocktail": "A big, bright stone made to be noticed.",
    "stackable": "Slim enough to stack with what you already wear.",
    "signet": "The flat top is ready for an engraved initial.",
    "dome": "A rounded dome profile that sits smoothly on the finger.",
    "comfort fit": "A rounded inside edge makes it slip on easily and stay comfortable.",
    "milgrain": "Fine beaded milgrain edges add a vintage touch.",
    "hammered": "A hand-hammered finish gives the metal a soft sparkle.",
    "eternity": "Stones run all the way around the band.",
    "channel set": "The stones sit flush in a channel, so nothing catches.",
    "chain": "Finished with a secure lobster clasp.",
    "choker": "Sits close at the base of the neck.",
    "pearl strand": "Hand-knotted between every pearl, so a broken thread loses none.",
    "tennis": "A continuous line of stones with a hidden box clasp.",
    "station": "Stones are spaced along the chain like little stations of light.",
    "heart": "A heart-shaped pendant that hangs just below the collarbone.",
    "drop": "A teardrop outline that moves with you.",
    "circle": "An open circle, a symbol of things that last.",
    "bar": "A slim vertical bar that layers well with other chains.",
    "studs": "Secure push backs keep them in place all day.",
    "hoops": "Hinged hoops with a snap closure.",
    "huggies": "Small hoops that hug the earlobe.",
    "drops": "They hang from French wires and swing a little as you move.",
    "charm": "Small charms sway as you move.",
    "beaded": "Tiny beads along the chain catch the light.",
    "polished": "A solid slip-on bangle with a mirror polish.",
    "hinged": "A hinged bangle with a push clasp, easy to put on.",
    "flower": "The petals are shaped by hand around the center.",
    "star": "A five-pointed star with a bright center.",
    "bow": "A tied bow, a favourite motif of vintage jewelers.",
}
METAL_DETAILS = {
    "sterling silver": "The sterling silver is rhodium-plated to slow tarnish.",
    "platinum": "Platinum is dense, naturally white and hypoallergenic.",
    "rose gold": "Rose gold owes its blush to a touch of copper.",
    "white gold": "White gold is rhodium-plated for a bright white finish.",
}
KARAT_DETAILS = {
    9: "9k gold is a durable and affordable choice.",
    10: "10k gold is the hardest-wearing of the golds.",
    14: "14k gold balances warm color with everyday durability.",
    18: "18k gold is 75% pure gold, with a deep, rich color.",
    22: "22k gold is soft and richly colored, best kept for special days.",
}
MENS_DETAIL = "Cut heavier for a man's hand."
OCCASION_SENTENCES = {
    "everyday": ("Comfortable enough to wear every day.", "Made for everyday wear, from morning coffee to dinner."),
    "gift": ("Arrives in a gift box, ready to give.", "An easy gift to get right."),
    "anniversary": ("A thoughtful way to mark an anniversary.", "Say happy anniversary with something that lasts."),
    "birthday": ("A birthday present to keep for years.", "Wrap it up for a birthday."),
    "party": ("Made to catch the light at a party.", "Dressy enough for an evening out."),
    "work": ("Understated enough for the office.", "Quiet enough for work, polished enough for meetings."),
    "engagement": ("Made for the moment you ask.", "A ring to say yes to."),
    "wedding": ("Made for the wedding day and every day after.", "Something to wear on the wedding day."),
}
OCCASION_CLAUSES = {
    "everyday": "made for everyday wear",
    "gift": "ready to give as a gift",
    "anniversary": "for an anniversary to remember",
    "birthday": "a birthday gift to treasure",
    "party": "for a night out",
    "work": "easy to wear to work",
    "engagement": "made for the proposal",
    "wedding": "for the wedding day and every day after",
}
CARE_SENTENCES = (  # {it}: "them" for a pair
    "Wipe {it} with a soft cloth after wearing.",
    "Store {it} on {its} own to avoid scratches.",
    "Take {it} off before swimming or cleaning.",
)
STONE_CARE = {
    "pearl": "Put pearls on last, after perfume and hairspray.",
    "opal": "Keep opal away from sudden changes of temperature.",
    "emerald": "Clean emeralds with warm water only, never ultrasonically.",
}
PROPER_WORDS = ("London", "Tahitian")  # stay capitalised inside a sentence
SINGLE_SENTENCE_SHARE = 0.15
DETAIL_SHARE = 0.75
CARE_SHARE = 0.35


def article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"


def capitalized(text: str) -> str:
    return text[0].upper() + text[1:]


def plural(noun: str) -> str:
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch")) else "s")


def stones_phrase(spec: Spec) -> str:
    """The stones as a sentence names them: "a 1.5 ct oval-cut diamond", "0.5 ct tw of round-cut rubies"."""
    name = " ".join(word if word in PROPER_WORDS else word.lower() for word in stone_name(spec).split())
    if spec.design.tag == "pearl strand":
        return f"hand-knotted {plural(name)}"
    cut = f"{spec.cut}-cut " if spec.cut else ""
    if stone_count(spec) > 1:
        return f"{carat_text(spec)} of {cut}{plural(name)}" if spec.carat else plural(name)
    size = f"{spec.carat:g} ct " if spec.carat else ""
    phrase = f"{size}{cut}{name}"
    return f"{article(phrase)} {phrase}"


def opening(spec: Spec, rng: random.Random) -> str:
    templates = OPENINGS_WITH_STONE if spec.has_stone else OPENINGS_WITHOUT_STONE
    pair = spec.is_pair
    a_style = f"a pair of {spec.style}" if pair else f"{article(spec.style)} {spec.style}"
    fields = {
        "style": spec.style,
        "a_style": a_style,
        "noun": noun_phrase(spec).lower(),
        "metal": spec.metal_label,
        "this": "these" if pair else "this",
        "is": "are" if pair else "is",
        "pairs": "pair" if pair else "pairs",
        "lets": "let" if pair else "lets",
        "its": "their" if pair else "its",
    }
    if spec.has_stone:
        stones = stones_phrase(spec)
        fields |= {"stones": stones, "give": "gives" if stones.startswith(("a ", "an ")) else "give"}
    fields |= {key.capitalize(): capitalized(value) for key, value in list(fields.items())}
    return rng.choice(templates).format(**fields)


def detail_sentences(spec: Spec, sizes: list[float]) -> list[str]:
    details = [DESIGN_DETAILS[spec.design.tag]]
    if spec.birthstone:
        details.append(f"{spec.gemstone.capitalize()} is the birthstone for {BIRTHSTONE_MONTHS[spec.gemstone]}.")
    if spec.metal in METAL_DETAILS:
        details.append(METAL_DETAILS[spec.metal])
    if spec.karat in KARAT_DETAILS:
        details.append(KARAT_DETAILS[spec.karat])
    if spec.mens:
        details.append(MENS_DETAIL)
    if sizes:
        details.append(f"Available in US sizes {sizes[0]:g} to {sizes[-1]:g}.")
    if spec.detail.endswith("mm"):
        details.append(f"The band is {spec.detail} wide.")
    elif spec.detail:
        chain = "chain" if spec.category in ("necklace", "pendant") else spec.category
        details.append(f"The {chain} is {spec.detail.replace(' in', ' inches')} long.")
    return details


def closing(spec: Spec, rng: random.Random) -> str:
    if rng.random() < CARE_SHARE:
        pronouns = {"it": "them", "its": "their"} if spec.is_pair else {"it": "it", "its": "its"}
        care = rng.choice(CARE_SENTENCES).format(**pronouns)
        return STONE_CARE.get(spec.gemstone, care)
    return rng.choice(OCCASION_SENTENCES[spec.occasion])


def describe(spec: Spec, sizes: list[float], rng: random.Random) -> str:
    """One to three sentences: the metal, stone and style, maybe a detail, then an occasion or care."""
    first = opening(spec, rng)
    if rng.random() < SINGLE_SENTENCE_SHARE:
        return f"{first[:-1]}, {OCCASION_CLAUSES[spec.occasion]}."
    sentences = [first]
    if rng.random() < DETAIL_SHARE:
        sentences.append(rng.choice(detail_sentences(spec, sizes)))
    sentences.append(closing(spec, rng))
    return " ".join(sentences)


# --- the catalog ---------------------------------------------------------------------------------


def item_id(index: int) -> str:
    return f"{ID_PREFIX}-{index:04d}"


def generate_demo_items(n: int = 480, seed: int = 7, currency: str = "USD") -> list[Item]:
    """n demo items; the same seed always gives the same items."""
    rng = random.Random(seed)
    titles: set[str] = set()
    items = []
    for index, category in enumerate(category_deck(n, rng), start=1):
        spec = choose_spec(category, rng)
        title = choose_title(spec, rng, titles)
        titles.add(title)
        sizes = ring_sizes(spec, rng)
        items.append(
            Item(
                id=item_id(index),
                title=title,
                description=describe(spec, sizes, rng),
                category=spec.category,
                metal=spec.metal,
                karat=spec.karat,
                gemstone=spec.gemstone,
                gemstone_color=spec.color,
                carat=spec.carat,
                price=price_of(spec, rng),
                currency=currency,
                image=f"{IMAGE_DIR}/{item_id(index)}.png",
                ring_sizes=sizes,
                style=spec.style,
                occasion=spec.occasion,
                tags=tags_of(spec, rng),
                in_stock=rng.random() < IN_STOCK_SHARE,
            )
        )
    return items


def render_key(item: Item, image_size: int) -> str:
    """What a shot depends on: the drawing code, the picture size and the item's drawn fields."""
    drawn = json.dumps(item.model_dump(include=RENDER_FIELDS), sort_keys=True)
    return hashlib.sha256(RENDERER_SOURCE + f"{image_size}:{drawn}".encode()).hexdigest()


def current_shot(path: Path, key: str) -> bool:
    try:
        with Image.open(path) as image:
            return image.info.get(RENDER_KEY) == key
    except OSError:
        return False


def save_shot(item: Item, path: Path, image_size: int) -> None:
    key = render_key(item, image_size)
    if current_shot(path, key):
        return
    info = PngInfo()
    info.add_text(RENDER_KEY, key)
    render_product_shot(item, image_size).save(path, pnginfo=info, compress_level=PNG_COMPRESSION)


def write_demo_catalog(
    out_dir: Path, n: int = 480, seed: int = 7, image_size: int = 256, currency: str = "USD"
) -> Path:
    """Write out_dir/catalog.jsonl and a product shot per item under out_dir/images.

    Shots already drawn from the same item and drawing code are kept, so a re-run is fast.
    The catalog file is written last, so it never names a picture that is not there."""
    out_dir = Path(out_dir)
    (out_dir / IMAGE_DIR).mkdir(parents=True, exist_ok=True)
    items = generate_demo_items(n, seed, currency)
    for item in tqdm(items, desc="demo shots", unit="img", disable=not sys.stderr.isatty()):
        save_shot(item, out_dir / item.image, image_size)
    catalog = out_dir / CATALOG_FILE
    partial = catalog.with_suffix(".jsonl.tmp")
    with partial.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.model_dump(), ensure_ascii=False) + "\n")
    partial.replace(catalog)
    return catalog
