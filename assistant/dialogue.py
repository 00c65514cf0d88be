"""Conversation moves beyond a plain search: what the shopper wants to do with this turn
(details, comparison, availability, a general question), which shown items they mean
("the second one", "the pearl one"), relative refinements ("cheaper", "bigger"), and what
to offer when nothing meets every constraint. Everything here is deterministic."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

from assistant.answer import describe_constraints, format_price, prose_name
from assistant.phrasing import ENGLISH, Phrases
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.vocabulary import GEMSTONES, METALS, NO_GEMSTONE

INTENT_PATTERNS = {
    "compare": r"\bcompare\b|\bdifference between (?:the|those|these|them)\b|\bwhich (?:one )?is better\b|\bside by side\b|\bversus\b|\bvs\.?\b",
    "availability": r"\bin stock\b.*\?|\bavailable\b.*\?|\bdo you have (?:it|that|this|the \w+ one)\b|\bcome in (?:a )?size\b|\bin (?:a )?size \d",
    "details": r"\b(?:tell me (?:more )?about|more about|details? (?:on|of|about)|what(?:'s| is) (?:the )?(?:\w+ )?(?:one|it) made of|describe)\b",
}
QUESTION_START = re.compile(r"^(?:what|how|why|is|are|can|should|does|do|which)\b.*\?\s*$|^(?:what|how|why)\b", re.I)
# "white gold or platinum for everyday wear?": a question about jewelry in general, unless it asks for pieces.
ASKS_FOR_PIECES = re.compile(r"\b(?:show|find|see|have you got|do you (?:have|sell|carry)|looking for|i (?:want|need)|recommend|suggest|under|over|below|between)\b|[$€£₹¥]\d", re.I)
# "the pearl one", "that rose gold ring": a piece picked out by what it is.
BARE_REFERENCE = re.compile(r"^\W*(?:(?:and|what about|how about|i like|i love|i'?ll take|tell me about|more about|details (?:on|of))\s+)?(?:the|that|this)\s+([a-z][a-z ]*?)\s+one\b", re.I)

ORDINALS = {
    "first": 0, "1st": 0, "top": 0, "one": 0, "second": 1, "2nd": 1, "two": 1, "third": 2, "3rd": 2, "three": 2,
    "fourth": 3, "4th": 3, "four": 3, "fifth": 4, "5th": 4, "five": 4,
}  # fmt: skip
ORDINAL_REFERENCE = re.compile(r"\b(?:the |number |#|no\. ?)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|top|last)\b(?: one)?|#(\d)|\bnumber (one|two|three|four|five|\d)\b|\b(?:item|option) (\d)\b")
BOTH = re.compile(r"\b(?:both|the two|those two|these two|them)\b")
ALL_THREE = re.compile(r"\ball three\b|\bthe three\b")
EXTREMES = {r"\bcheapest\b|\bleast expensive\b|\blowest price": "cheapest", r"\bmost expensive\b|\bpriciest\b": "priciest"}
PRONOUN = re.compile(r"\b(?:it|this one|that one|this|that)\b")
RING_SIZE = re.compile(r"\bsize (\d{1,2} \d/\d|\d{1,2}(?:\.\d+)?)\b")
MAX_COMPARED = 3


@dataclass
class Knowledge:
    pattern: str
    answer: str


KNOWLEDGE = [
    Knowledge(r"white gold.*platinum|platinum.*white gold",
              "White gold is gold alloyed with white metals and usually rhodium-plated, so it may need re-plating "
              "every few years; platinum is naturally white, denser and hypoallergenic, and costs more. For everyday "
              "wear both hold up well: platinum keeps its colour without upkeep, white gold costs less up front."),
    Knowledge(r"\bgold\b.*\bsilver\b|\bsilver\b.*\bgold\b",
              "Gold does not tarnish and higher karats keep their colour for life; sterling silver costs far less but "
              "tarnishes and scratches more easily, so it suits pieces that are not worn every day or are polished often."),
    Knowledge(r"rose gold",
              "Rose gold is gold alloyed with copper, which gives it its pink colour and makes it a little harder-wearing "
              "than yellow gold of the same karat; people allergic to copper should avoid it."),
    Knowledge(r"\bsapphire\b.*\bdiamond\b|\bdiamond\b.*\bsapphire\b|hardest|\bmohs\b|scratch",
              "Diamond is the hardest gemstone (10 on the Mohs scale), sapphire and ruby come next (9), so all three "
              "suit everyday rings; pearls, opals and emeralds are softer and want more care."),
    Knowledge(r"\bpearls?\b.*(?:every ?day|daily|wear|durable|care)|(?:every ?day|daily|wear|durable|care).*\bpearls?\b",
              "Pearls are soft and sensitive to perfume, sweat and chemicals: put them on last, wipe them after wearing, "
              "and they suit earrings and pendants better than rings worn every day."),
    Knowledge(r"plated|gold[- ]filled|vermeil|solid gold",
              "Solid gold is gold all the way through; gold-filled has a thick layer of gold bonded to a base metal; "
              "plated and vermeil pieces have a thin gold layer that wears off in time."),
    Knowledge(r"\bkarats?\b|\b14k\b.*\b18k\b|\b18k\b.*\b14k\b",
              "Karat measures gold purity out of 24: 18k is 75% gold (richer colour, softer), 14k is 58.5% "
              "(harder-wearing), 10k is 41.7%."),
    Knowledge(r"\bcarats?\b|\bct\b",
              "A carat is a gemstone's weight: 1 carat = 0.2 grams. Price climbs faster than weight, so a 2 ct "
              "stone costs much more than two 1 ct stones."),
    Knowledge(r"\bsterling\b|\b925\b",
              "Sterling silver is 92.5% silver with 7.5% other metals (usually copper) for strength; it can "
              "tarnish, and a soft polishing cloth brings it back."),
    Knowledge(r"\bclean\b|\bcare\b|\btarnish",
              "Most jewelry cleans with warm water, a drop of mild soap and a soft brush; pearls and opals only "
              "want a soft damp cloth. Store pieces apart so they don't scratch."),
    Knowledge(r"ring size|measure.*(?:finger|size)|what size",
              "To find a ring size, measure the inside diameter of a ring that fits (17.3 mm is about a US 7), or "
              "wrap a strip of paper around the finger's base and compare the length with a size chart."),
    Knowledge(r"lab[- ]?(?:grown|created)|natural diamond",
              "Lab-grown diamonds are physically and chemically diamonds, made in weeks instead of formed over "
              "ages; they usually cost much less than natural ones of the same quality."),
    Knowledge(r"\b4 ?cs?\b|cut,? colou?r,? clarity",
              "The 4Cs of a diamond are cut (how it returns light), colour (D is colourless), clarity (inclusions) "
              "and carat (weight)."),
    Knowledge(r"hypoallergenic|allerg|sensitive skin",
              "For sensitive skin, platinum, titanium and higher-karat gold are the safest choices; nickel is the "
              "usual culprit in cheaper alloys."),
    Knowledge(r"birthstone",
              "Birthstones by month: garnet (Jan), amethyst (Feb), aquamarine (Mar), diamond (Apr), emerald (May), "
              "pearl (Jun), ruby (Jul), peridot (Aug), sapphire (Sep), opal (Oct), topaz or citrine (Nov), "
              "blue topaz (Dec)."),
]  # fmt: skip
KNOWLEDGE_PREFIX = "General jewelry know-how (not about a particular piece in our catalog): "


def detect_intent(text: str, names_pieces: bool = False) -> str:
    """What a message asks for. A question mark alone makes a general question only of a message that
    names no kind of piece (`names_pieces`, read in any language): "Har I vielsesringe i 14 karat guld?"
    ("do you have wedding bands in 14 karat gold?") is a search, "14 karat?" a question."""
    lowered = text.lower()
    for intent, pattern in INTENT_PATTERNS.items():
        if re.search(pattern, lowered):
            return intent
    bare_question = lowered.rstrip().endswith("?") and not ASKS_FOR_PIECES.search(lowered) and not names_pieces
    asked = QUESTION_START.search(lowered.strip()) or bare_question
    if asked and general_answer(lowered) is not None:
        return "question"
    if BARE_REFERENCE.search(lowered):
        return "details"
    return "search"


def reference_words(text: str) -> str | None:
    """What a reference picks a piece out by ("pearl" in "the pearl one"), or None."""
    match = BARE_REFERENCE.search(text.lower()) or re.search(r"\b(?:the|that|this)\s+([a-z][a-z ]*?)\s+one\b", text.lower())
    if not match:
        return None
    words = match.group(1).split()
    named = [w for w in words if w in ATTRIBUTE_REFERENCE_WORDS]
    return " ".join(named) or None


def general_answer(text: str) -> str | None:
    for entry in KNOWLEDGE:
        if re.search(entry.pattern, text.lower()):
            return KNOWLEDGE_PREFIX + entry.answer
    return None


def resolve_references(text: str, shown: list[Item], focus: list[Item]) -> list[Item]:
    """The shown items the words point at, in the order named; the focus (items last talked
    about) for "it"/"that one"; empty when the words point at nothing on screen."""
    if not shown:
        return []
    lowered = text.lower()
    if ALL_THREE.search(lowered):
        return shown[:3]
    picked: list[Item] = []
    for match in ORDINAL_REFERENCE.finditer(lowered):
        word = next(group for group in match.groups() if group)
        index = len(shown) - 1 if word == "last" else int(word) - 1 if word.isdigit() else ORDINALS.get(word)
        if index is not None and 0 <= index < len(shown) and shown[index] not in picked:
            picked.append(shown[index])
    for pattern, extreme in EXTREMES.items():
        if re.search(pattern, lowered):
            picked.append(min(shown, key=lambda i: i.price) if extreme == "cheapest" else max(shown, key=lambda i: i.price))
    if not picked:
        picked = _by_attribute(lowered, shown)
    if not picked and BOTH.search(lowered):
        picked = (focus if len(focus) >= 2 else shown)[:2]
    if not picked and PRONOUN.search(lowered):
        picked = focus[:1] or shown[:1]
    return picked


ATTRIBUTE_REFERENCE_WORDS = {
    *GEMSTONES, *(w for m in METALS for w in m.split()), "silver", "gold", "ring", "necklace", "pendant", "earrings",
    "bracelet", "bangle", "anklet", "brooch", "blue", "red", "green", "pink", "purple", "white", "black", "yellow",
    "cheap", "cheapest", "expensive", "small", "big", "plain",
} - {NO_GEMSTONE}  # fmt: skip


def _by_attribute(text: str, shown: list[Item]) -> list[Item]:
    """"the pearl one", "the rose gold one", "that ring": the shown items with that attribute."""
    for word in sorted((*GEMSTONES, *METALS, "silver", "ring", "necklace", "pendant", "earrings", "bracelet", "bangle", "anklet", "brooch"), key=len, reverse=True):
        if word == NO_GEMSTONE or not re.search(rf"\b{word}\b", text):
            continue
        matching = [i for i in shown if word in (i.gemstone, i.metal, i.category) or (word == "silver" and i.metal == "sterling silver")]
        if matching and re.search(rf"\b(?:the|that|this) [\w ]*{word}\b|{word} one\b", text):
            return matching
    return []


def apply_refinements(
    constraints: Constraints, refinements: list[str], shown: list[Item], phrases: Phrases = ENGLISH
) -> tuple[Constraints, list[str]]:  # fmt: skip
    """Relative requests resolved against the items on screen; returns the constraints and a
    phrase per refinement for the reply."""
    said = []
    prices = [item.price for item in shown]
    carats = [item.carat for item in shown if item.carat]
    for refinement in refinements:
        # A cap or floor said beside it holds where it is the tighter: "cheaper, under 50k".
        if refinement == "cheaper" and prices:
            bound = statistics.median_low(prices)  # a real price on screen, so the reply can name it
            constraints = replace(constraints, price_max=_tighter(min, bound - 0.01, constraints.price_max), price_min=None)
            said.append(phrases.say("cheaper_than", price=format_price(bound, shown[0].currency, phrases)))
        elif refinement == "pricier" and prices:
            bound = statistics.median_high(prices)
            constraints = replace(constraints, price_min=_tighter(max, bound + 0.01, constraints.price_min), price_max=None)
            said.append(phrases.say("above", price=format_price(bound, shown[0].currency, phrases)))
        elif refinement == "bigger" and carats:
            constraints = replace(constraints, carat_min=max(carats) + 0.01, carat_max=None)
            said.append(phrases.say("stone_over", carat=phrases.decimal(max(carats))))
        elif refinement == "smaller" and carats:
            constraints = replace(constraints, carat_max=min(carats) - 0.01, carat_min=None)
            said.append(phrases.say("stone_under", carat=phrases.decimal(min(carats))))
    return constraints, said


def _tighter(pick, bound: float, said: float | None) -> float:
    return bound if said is None else pick(bound, said)


# When nothing meets every constraint, each of these is tried on its own, most negotiable first.
RELAXABLE = (
    ("price", {"price_min": None, "price_max": None}),
    ("metal", {"metals": [], "karats": [], "exclude_metals": []}),
    ("stone", {"gemstones": [], "gemstone_colors": [], "exclude_gemstones": []}),
    ("carat", {"carat_min": None, "carat_max": None}),
    ("size", {"ring_size": None}),
    ("stock", {"in_stock_only": False}),
)


RELAXED_LABELS = {
    "price": "outside your budget", "metal": "another metal", "stone": "another stone",
    "carat": "another carat weight", "size": "not in your size", "stock": "out of stock",
}  # fmt: skip


def relaxations(constraints: Constraints) -> list[tuple[str, Constraints]]:
    """Single-slot relaxations of the constraints, only for slots that are set."""
    options = []
    for name, cleared in RELAXABLE:
        relaxed = replace(constraints, **cleared)
        if relaxed != constraints:
            options.append((name, relaxed))
    return options


def describe_relaxation(name: str, original: Constraints, items: list[Item], currency: str, phrases: Phrases = ENGLISH) -> str:
    """"platinum from $450" or "white gold or yellow gold pieces under $300": what the
    alternative keeps and where it departs."""
    say = phrases.say
    kept = say("list_separator").join(describe_constraints(replace(original, **dict(RELAXABLE)[name]), currency, phrases)) or say("other_pieces")
    if name == "price":
        low, high = min(i.price for i in items), max(i.price for i in items)
        if high > low:
            return say("relaxation_from_to", kept=kept, low=format_price(low, currency, phrases), high=format_price(high, currency, phrases))
        return say("relaxation_from", kept=kept, low=format_price(low, currency, phrases))
    found = {"metal": {phrases.metal(i.metal, i.karat) for i in items},
             "stone": {phrases.name("stones", i.gemstone) if i.has_stone else say("no_stone") for i in items},
             "carat": {say("carat_weight", carat=phrases.decimal(i.carat)) for i in items if i.carat}, "size": {say("other_sizes")},
             "stock": {say("out_of_stock")}}[name]  # fmt: skip
    return say("relaxation_in", kept=kept, found=say("or").join(sorted(found)))


def comparison_rows(items: list[Item]) -> list[list[str]]:
    """Side by side, as plain-text rows (the titles first): every fact straight from the catalog."""
    items = items[:MAX_COMPARED]
    rows = {
        "price": [format_price(i.price, i.currency) for i in items],
        "metal": [i.metal_label for i in items],
        "stone": [f"{i.gemstone_color} {i.gemstone}".strip() if i.has_stone else "none" for i in items],
        "carat": [f"{i.carat:g} ct" if i.carat else "—" for i in items],
        "sizes": [", ".join(f"{s:g}" for s in i.ring_sizes) or "—" for i in items],
        "stock": ["in stock" if i.in_stock else "out of stock" for i in items],
    }
    return [["", *(i.title for i in items)]] + [[name, *cells] for name, cells in rows.items()]


def comparison_table(items: list[Item]) -> str:
    """The comparison as a pipe table for a terminal (the web chat draws `comparison_rows` itself)."""
    header, *rows = comparison_rows(items)
    lines = [f"| {' | '.join(header)} |".replace("|  |", "| |", 1), "|---" * len(header) + "|"]
    return "\n".join(lines + [f"| {' | '.join(row)} |" for row in rows])


def details_answer(item: Item) -> str:
    stone = f"a {item.carat:g} ct {item.gemstone_color} {item.gemstone}".replace("  ", " ") if item.carat else (
        f"{item.gemstone_color} {item.gemstone}".strip() if item.has_stone else "no gemstone")  # fmt: skip
    sizes = f" Ring sizes: {', '.join(f'{s:g}' for s in item.ring_sizes)}." if item.ring_sizes else ""
    stock = "In stock." if item.in_stock else "Currently out of stock."
    return (
        f"{item.title} — {format_price(item.price, item.currency)}. {item.metal_label.capitalize()}, {stone}."
        f"{sizes} {stock}\n{item.description}"
    ).strip()


def availability_answer(item: Item, text: str, phrases: Phrases = ENGLISH) -> str:
    size, name = _ring_size(text), prose_name(item)
    if not item.in_stock:
        return phrases.say("out_of_stock_now", name=name)
    if size is None:
        return phrases.say("in_stock_at", name=name, price=format_price(item.price, item.currency, phrases))
    if not item.ring_sizes:
        return phrases.say("in_stock_no_sizes", name=name)
    if size in item.ring_sizes:
        return phrases.say("in_stock_in_size", name=name, size=phrases.decimal(size))
    listed = phrases.say("list_separator").join(phrases.decimal(s) for s in item.ring_sizes)
    return phrases.say("in_stock_not_size", name=name, size=phrases.decimal(size), sizes=listed)


def _ring_size(text: str) -> float | None:
    match = RING_SIZE.search(text.lower())
    if not match:
        return None
    whole, _, fraction = match.group(1).partition(" ")
    if fraction:
        numerator, denominator = fraction.split("/")
        return float(whole) + int(numerator) / int(denominator)
    return float(whole)
