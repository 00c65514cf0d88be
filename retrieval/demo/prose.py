"""A demo piece written up: a title in one of several patterns and a description from sentence
pools, so that the demo reads like a shop and not like a template."""

from __future__ import annotations

import random

from retrieval.demo.specs import BIRTHSTONE_MONTHS, STONE_COUNTS, Spec
from retrieval.vocabulary import GEMSTONE_COLORS

CUT_TITLES = {
    "round": "Round", "oval": "Oval", "princess": "Princess-Cut", "emerald": "Emerald-Cut", "pear": "Pear",
    "cushion": "Cushion-Cut", "heart": "Heart-Shaped",
}  # fmt: skip
NOUNS = {
    "ring": "Ring", "engagement ring": "Engagement Ring", "wedding band": "Wedding Band", "necklace": "Necklace",
    "pendant": "Pendant", "earrings": "Earrings", "bracelet": "Bracelet", "bangle": "Bangle",
    "anklet": "Anklet", "brooch": "Brooch",
}  # fmt: skip
ADJECTIVES = (
    "Delicate", "Everyday", "Petite", "Bold", "Timeless", "Dainty", "Sculpted", "Signature", "Graceful", "Sleek",
)  # fmt: skip


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

