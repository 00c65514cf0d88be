"""The jewelry vocabulary shared by the catalog, the demo generator and query understanding.

Canonical values are lower-case English as a shopper would say them. A catalog may use
values outside these lists (a shop that sells cufflinks); these lists are what Facet
knows how to talk about.
"""

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
