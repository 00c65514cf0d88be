"""The jewelry vocabulary shared by the catalog, the demo generator and query understanding.

Canonical values are lower-case English as a shopper would say them. A catalog may use
values outside these lists (a shop that sells cufflinks); these lists are what Facet
knows how to talk about.
"""

from typing import NamedTuple

CATEGORIES = (
    "ring",
    "engagement ring",
    "wedding band",
    "necklace",
    "pendant",
    "earrings",
    "bracelet",
    "bangle",
    "anklet",
    "brooch",
)
RING_CATEGORIES = ("ring", "engagement ring", "wedding band")

METALS = ("yellow gold", "white gold", "rose gold", "sterling silver", "platinum")
GOLD_METALS = ("yellow gold", "white gold", "rose gold")
GOLD_KARATS = (9, 10, 14, 18, 22, 24)

GEMSTONES = (
    "diamond",
    "ruby",
    "sapphire",
    "emerald",
    "pearl",
    "amethyst",
    "topaz",
    "aquamarine",
    "garnet",
    "opal",
    "peridot",
    "citrine",
    "none",
)
NO_GEMSTONE = "none"

# The colour a stone usually has; a catalog row may say otherwise (pink sapphire).
GEMSTONE_COLORS = {
    "diamond": "colorless",
    "ruby": "red",
    "sapphire": "blue",
    "emerald": "green",
    "pearl": "white",
    "amethyst": "purple",
    "topaz": "blue",
    "aquamarine": "light blue",
    "garnet": "dark red",
    "opal": "iridescent white",
    "peridot": "lime green",
    "citrine": "yellow",
    "none": "",
}

# US ring sizes a jeweller can make, in quarter steps.
RING_SIZE_MIN = 3.0
RING_SIZE_MAX = 15.0
RING_SIZE_STEP = 0.25

# --- what a shopper may say about stones, occasions and people ---------------------------------

# The stone colours a catalog uses, grouped the way a shopper names them: "a blue stone" means
# any blue. Keys are what a shopper says; values are catalog `gemstone_color` values.
COLOR_FAMILIES: dict[str, tuple[str, ...]] = {
    "blue": ("blue", "light blue", "london blue"),
    "dark blue": ("blue", "london blue"),
    "london blue": ("london blue",),
    "light blue": ("light blue",),
    "red": ("red", "dark red"),
    "dark red": ("dark red",),
    "green": ("green", "lime green"),
    "lime green": ("lime green",),
    "pink": ("pink",),
    "purple": ("purple",),
    "yellow": ("yellow", "golden"),
    "golden": ("golden",),
    "white": ("white", "iridescent white", "colorless"),
    "iridescent white": ("iridescent white",),
    "colorless": ("colorless",),
    "black": ("black",),
}

PRECIOUS_GEMSTONES = ("diamond", "ruby", "sapphire", "emerald")
SEMI_PRECIOUS_GEMSTONES = ("amethyst", "topaz", "aquamarine", "garnet", "opal", "peridot", "citrine")


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
GOLD_HALLMARKS = {375: 9, 417: 10, 585: 14, 750: 18, 916: 22, 999: 24}
SILVER_HALLMARKS = (925,)
PLATINUM_HALLMARKS = (950,)

# The values of an item's `style` and `occasion` that Facet knows.
STYLES = ("classic", "modern", "vintage", "minimalist", "bohemian", "art deco", "statement", "romantic")
OCCASIONS = ("everyday", "gift", "anniversary", "birthday", "party", "work", "wedding", "engagement")

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

# --- money -------------------------------------------------------------------------------------

# Units of each currency per 1 US dollar: APPROXIMATE mid-market rates of June 2024, for reading a
# shopper's "₹50,000" in the catalog's currency. A shop sets its own (conversation.exchange_rates);
# any base works for a caller's table, as only the ratios are used.
DEFAULT_EXCHANGE_RATES: dict[str, float] = {
    "USD": 1.0, "EUR": 0.93, "GBP": 0.79, "INR": 83.0, "JPY": 157.0, "AUD": 1.50, "CAD": 1.37,
    "CHF": 0.89, "CNY": 7.25, "AED": 3.67, "SGD": 1.35, "HKD": 7.81, "NZD": 1.63,
}  # fmt: skip
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥", "AUD": "A$", "CAD": "C$"}
# "$" and "dollars" mean the catalog's currency when the catalog prices in one of these.
DOLLAR_CURRENCIES = ("USD", "AUD", "CAD", "SGD", "HKD", "NZD")
