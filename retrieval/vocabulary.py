"""The jewelry vocabulary shared by the catalog, the demo generator and query understanding.

Canonical values are lower-case English as a shopper would say them. A catalog may use
values outside these lists (a shop that sells cufflinks); these lists are what Facet
knows how to talk about. The kinds of piece, metals, stones, purities, styles, occasions and
currencies come from the lexicon's data files (retrieval/lexicon.py); the rest is kept here.
"""

import math
from typing import NamedTuple

from retrieval.lexicon import base_lexicon, load_lexicon
from retrieval.reading import NO_STONE

# The core values of the lexicon's base file (retrieval/lexicon/jewelry.toml), in its order: the one
# place these lists are kept. The locale packs and a shop's own words add to the lexicon, not here.
_LEXICON = base_lexicon()

CATEGORIES = _LEXICON.core("category")
RING_CATEGORIES = tuple(category for category in CATEGORIES if _LEXICON.is_within(category, "ring"))

METALS = _LEXICON.core("metal")
GOLD_METALS = tuple(metal for metal in METALS if _LEXICON.metals[metal].base == "gold")
# Purities with the locale packs' (the Gulf's 21k): a listing or a shopper may say any of them.
GOLD_KARATS = tuple(sorted(load_lexicon().karats))

GEMSTONES = _LEXICON.core("stone")
NO_GEMSTONE = NO_STONE

# The colour a stone usually has; a catalog row may say otherwise (pink sapphire).
GEMSTONE_COLORS = {stone: _LEXICON.usual_color(stone)[0] for stone in GEMSTONES}

# US ring sizes a jeweller can make, in quarter steps.
RING_SIZE_MIN = 3.0
RING_SIZE_MAX = 15.0
RING_SIZE_STEP = 0.25

# --- what a shopper may say about stones, occasions and people ---------------------------------

# The stone colours a shopper names, each with the catalog `gemstone_color` values it covers ("a blue
# stone" means any blue): the lexicon's [color_families].
COLOR_FAMILIES: dict[str, tuple[str, ...]] = _LEXICON.color_families

PRECIOUS_GEMSTONES = tuple(stone for stone in GEMSTONES if _LEXICON.stones[stone].precious)
SEMI_PRECIOUS_GEMSTONES = tuple(stone for stone in GEMSTONES if _LEXICON.stones[stone].semi_precious)

class Birthstone(NamedTuple):
    name: str  # as a jeweller says it
    gemstones: tuple[str, ...]
    colors: tuple[str, ...] = ()  # catalog colours, when the stone's colour is part of the name


# The modern birthstone list, mapped to the gemstones above.
BIRTHSTONES: dict[str, Birthstone] = {
    "january": Birthstone("garnet", ("garnet",)),
    "february": Birthstone("amethyst", ("amethyst",)),
    "march": Birthstone("aquamarine", ("aquamarine",)),
    "april": Birthstone("diamond", ("diamond",)),
    "may": Birthstone("emerald", ("emerald",)),
    "june": Birthstone("pearl", ("pearl",)),
    "july": Birthstone("ruby", ("ruby",)),
    "august": Birthstone("peridot", ("peridot",)),
    "september": Birthstone("sapphire", ("sapphire",)),
    "october": Birthstone("opal", ("opal",)),
    "november": Birthstone("topaz or citrine", ("topaz", "citrine")),
    "december": Birthstone("blue topaz", ("topaz",), COLOR_FAMILIES["blue"]),
}


class AnniversaryGift(NamedTuple):
    name: str
    gemstones: tuple[str, ...] = ()
    metals: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()


# The traditional gemstone and metal of a wedding anniversary, where the catalog carries it.
ANNIVERSARY_GIFTS: dict[int, AnniversaryGift] = {
    1: AnniversaryGift("gold", metals=GOLD_METALS),
    2: AnniversaryGift("garnet", ("garnet",)),
    3: AnniversaryGift("pearl", ("pearl",)),
    4: AnniversaryGift("blue topaz", ("topaz",), colors=COLOR_FAMILIES["blue"]),
    5: AnniversaryGift("sapphire", ("sapphire",)),
    6: AnniversaryGift("amethyst", ("amethyst",)),
    10: AnniversaryGift("diamond", ("diamond",)),
    13: AnniversaryGift("citrine", ("citrine",)),
    14: AnniversaryGift("opal", ("opal",)),
    15: AnniversaryGift("ruby", ("ruby",)),
    16: AnniversaryGift("peridot", ("peridot",)),
    19: AnniversaryGift("aquamarine", ("aquamarine",)),
    20: AnniversaryGift("emerald", ("emerald",)),
    25: AnniversaryGift("silver", metals=("sterling silver",)),
    30: AnniversaryGift("pearl", ("pearl",)),
    35: AnniversaryGift("emerald", ("emerald",)),
    40: AnniversaryGift("ruby", ("ruby",)),
    45: AnniversaryGift("sapphire", ("sapphire",)),
    50: AnniversaryGift("gold", metals=GOLD_METALS),
    55: AnniversaryGift("emerald", ("emerald",)),
    60: AnniversaryGift("diamond", ("diamond",)),
}

# Purity stamps: the number on the metal says what it is.
GOLD_HALLMARKS = load_lexicon().gold_hallmarks  # with the locale packs' ("875": 21k)
SILVER_HALLMARKS = _LEXICON.silver_hallmarks
PLATINUM_HALLMARKS = _LEXICON.platinum_hallmarks

# The values of an item's `style` and `occasion` that Facet knows.
STYLES = _LEXICON.styles
OCCASIONS = _LEXICON.occasions

# Who a piece is for, and whether that points at men's or women's pieces (None: either).
RECIPIENTS: dict[str, str | None] = {
    "wife": "female", "girlfriend": "female", "fiancée": "female", "mother": "female", "daughter": "female",
    "sister": "female", "grandmother": "female", "aunt": "female", "niece": "female", "bride": "female",
    "bridesmaid": "female", "her": "female", "women": "female",
    "husband": "male", "boyfriend": "male", "fiancé": "male", "father": "male", "son": "male",
    "brother": "male", "grandfather": "male", "uncle": "male", "nephew": "male", "groom": "male",
    "him": "male", "men": "male",
    "partner": None, "friend": None, "colleague": None, "teacher": None, "child": None, "myself": None,
}  # fmt: skip

# --- ring sizes in other systems -----------------------------------------------------------------

# UK and Australian letter sizes, as US sizes: J½ is US 5 and each half letter adds a quarter.
UK_RING_SIZES: dict[str, float] = {letter: 4.75 + 0.5 * (ord(letter) - ord("j")) for letter in "fghijklmnopqrstuvwxyz"}
UK_HALF_LETTER = 0.25
# European sizes are the inside circumference in mm; a US size's inside diameter is
# US_DIAMETER_AT_ZERO_MM + US_DIAMETER_PER_SIZE_MM * size.
EU_RING_SIZE_MIN, EU_RING_SIZE_MAX = 40, 76
US_DIAMETER_AT_ZERO_MM = 11.63
US_DIAMETER_PER_SIZE_MM = 0.8128
# How a locale pack's ring-size words count ([ring_size] in retrieval/lexicon/locales/): each way, the
# inside diameter in mm of a size n. "circumference" is the European count (France, Germany: the
# inside circumference in mm), "circumference-40" that less 40 (Italy, Japan's 号), "diameter" the
# inside diameter in mm (Sweden), "us" the US count.
RING_SIZE_COUNTS = {
    "us": lambda n: US_DIAMETER_AT_ZERO_MM + US_DIAMETER_PER_SIZE_MM * n,
    "circumference": lambda n: n / math.pi,
    "circumference-40": lambda n: (n + 40) / math.pi,
    "diameter": lambda n: n,
}
# A circumference count below any finger's (EU_RING_SIZE_MIN mm) is the one counted less 40: sizes
# 12-20 in a shop of India or Pakistan, whose word for size Persian shops count as the circumference.
CIRCUMFERENCE, SHORT_CIRCUMFERENCE = "circumference", "circumference-40"


def ring_size_diameter(count: str, number: float) -> float:
    """The inside diameter in mm of size `number` counted `count` way (RING_SIZE_COUNTS)."""
    if count == CIRCUMFERENCE and number < EU_RING_SIZE_MIN:
        count = SHORT_CIRCUMFERENCE
    return RING_SIZE_COUNTS[count](number)

# --- money -------------------------------------------------------------------------------------

# Units of each currency per 1 US dollar: APPROXIMATE mid-market rates of June 2024, for reading a
# shopper's "₹50,000" in the catalog's currency (retrieval/lexicon/currencies.toml). A shop sets its
# own (conversation.exchange_rates); any base works for a caller's table, as only the ratios are used.
DEFAULT_EXCHANGE_RATES: dict[str, float] = {code: currency.per_usd for code, currency in _LEXICON.currencies.items()}
CURRENCY_SYMBOLS = {code: currency.display for code, currency in _LEXICON.currencies.items() if currency.display != code}
# "$" and "dollars" mean the catalog's currency when the catalog prices in one of these.
DOLLAR_CURRENCIES = tuple(code for code, currency in _LEXICON.currencies.items() if currency.dollar)
