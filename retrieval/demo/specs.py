"""The facts of a demo piece, drawn at random in a shop's proportions: its kind, metal, karat,
stone and colour, design, carats, style, occasion, sizes and tags (`choose_spec`)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping, TypeVar

from retrieval.vocabulary import CATEGORIES, GEMSTONE_COLORS, GOLD_METALS, NO_GEMSTONE, RING_CATEGORIES

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

