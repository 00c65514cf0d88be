"""An independent check of an answer as the shopper reads it, written apart from the writer's own
verifier (assistant/claims.py): it sees only the finished text and the catalog records of the
pieces the writer was given. Each sentence is split at the piece names it contains; every
metal, stone, colour, kind of piece, design or style word, every number and every comparison
in a stretch of text is checked against the record of the piece named just before it (or just
after, at the start of a sentence; a sentence naming none is about the piece named last).

    false_claims(answer, items) -> [(sentence, claim, piece title), ...]
"""

from __future__ import annotations

import re

from assistant.answer import format_price, prose_name
from retrieval.catalog import Item
from retrieval.vocabulary import GEMSTONES, NO_GEMSTONE, STYLES

SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n+")
METALS = {"yellow gold": ("yellow gold",), "white gold": ("white gold",), "rose gold": ("rose gold",), "pink gold": ("rose gold",),
          "sterling silver": ("sterling silver",), "silver": ("sterling silver",), "platinum": ("platinum",),
          "gold": ("yellow gold", "white gold", "rose gold")}  # fmt: skip
STONES = {g: g for g in GEMSTONES if g != NO_GEMSTONE} | {"rubies": "ruby", "topazes": "topaz"}
STONES |= {f"{g}s": g for g in GEMSTONES if g not in (NO_GEMSTONE, "ruby", "topaz")}
STONE_COLOURS = {"blue": ("blue", "light blue", "london blue"), "red": ("red", "dark red"), "green": ("green", "lime green"),
                 "purple": ("purple",), "pink": ("pink",), "black": ("black",), "yellow": ("yellow", "golden"),
                 "white": ("white", "iridescent white", "colorless")}  # fmt: skip
METAL_COLOURS = {"yellow": ("yellow gold",), "white": ("white gold", "platinum", "sterling silver"), "pink": ("rose gold",)}
KINDS = {"ring": ("ring", "engagement ring", "wedding band"), "band": ("wedding band", "ring"), "necklace": ("necklace", "pendant"),
         "pendant": ("pendant", "necklace"), "earrings": ("earrings",), "earring": ("earrings",), "studs": ("earrings",),
         "hoops": ("earrings",), "bracelet": ("bracelet", "bangle"), "bangle": ("bangle", "bracelet"), "anklet": ("anklet",),
         "brooch": ("brooch",)}  # fmt: skip
LOOKS = set(STYLES) - {"art deco"} | {"deco", "halo", "solitaire", "tennis", "charm", "eternity", "signet", "hoop", "stud",
                                     "drop", "teardrop", "choker", "cuff", "locket", "milgrain", "hammered", "stackable"}  # fmt: skip
NEGATIONS = re.compile(r"\b(?:no|without|not|free of|nor|none)\b(?:\s+\w+){0,2}\s*$")
CHEAPER = re.compile(r"\b(?:cheaper|less expensive|more affordable|lower[- ]priced|budget[- ]friendly|spend less|costs less)\b")
PRICIER = re.compile(r"\b(?:pricier|more expensive|higher[- ]end|more luxurious|splurge|spend more|costs more)\b")
BIGGER = re.compile(r"\b(?:bigger|larger)\b")
SMALLER = re.compile(r"\b(?:smaller|tinier)\b")
BUDGET_CONTEXT = re.compile(r"\b(?:under|below|within|budget|less than|up to|over|above|around|between|from|and|max(?:imum)?)\W+(?:\w+\W+)?$")
WEIGHT = re.compile(r"\b(?:lighter|heavier)\b")
MONEY = re.compile(r"[$€£₹¥]\s?(\d[\d,]*(?:\.\d+)?)")
NUMBER = re.compile(r"(?<![\w$€£₹¥.,])(\d+(?:\.\d+)?)(?:\s?(?:k|kt|ct|carats?|karat|mm))?\b")


def false_claims(answer: str, items: list[Item], budget: set[float] = frozenset(), shopper_text: str = "") -> list[tuple[str, str, str]]:
    found = []
    last: list[Item] = []
    said_numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", shopper_text.replace(",", ""))}
    named_in_answer: list[Item] = []
    for sentence in (s.strip() for s in SENTENCES.split(answer) if s.strip()):
        spans = _name_spans(sentence, items)
        named_in_answer += [item for _, _, item in spans if item not in named_in_answer]
        pieces = _pieces(sentence, spans, last)
        for text, item in pieces:
            for claim in _claims_in(text, item, items, named_in_answer, budget, said_numbers):
                found.append((sentence, claim, item.title))
        if spans:
            last = [spans[-1][2]]
    return found


def _name_spans(sentence: str, items: list[Item]) -> list[tuple[int, int, Item]]:
    spans = []
    for item in items:
        name = re.sub(r"^the\s+", "", prose_name(item), flags=re.I)
        for match in re.finditer(re.escape(name), sentence, re.I):
            end = match.end()
            price = f" ({format_price(item.price, item.currency)})"
            if sentence[end:].startswith(price):
                end += len(price)
            spans.append((match.start(), end, item))
    # A name inside a longer one ("Round Diamond ... Ring" inside "1 ct Round Diamond ... Ring") is that longer piece's.
    def inside(span) -> bool:
        return any(other is not span and other[0] <= span[0] and span[1] <= other[1] and other[1] - other[0] > span[1] - span[0] for other in spans)

    return sorted((span for span in spans if not inside(span)), key=lambda span: span[0])


def _pieces(sentence: str, spans, last: list[Item]) -> list[tuple[str, Item]]:
    """The sentence's stretches of text, names cut out, each with the piece it is about."""
    if not spans:
        return [(sentence, item) for item in last[-1:]]
    pieces = [(sentence[: spans[0][0]], spans[0][2])]
    for index, (start, end, item) in enumerate(spans):
        stop = spans[index + 1][0] if index + 1 < len(spans) else len(sentence)
        pieces.append((sentence[end:stop], item))
    return pieces


def _claims_in(text: str, item: Item, items: list[Item], named: list[Item], budget: set[float], said: set[float]) -> list[str]:
    lowered = text.lower()
    wrong = []
    taken = [False] * len(lowered)
    for phrase, metals in sorted(METALS.items(), key=lambda kv: -len(kv[0])):
        for match in re.finditer(rf"\b{phrase}\b", lowered):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            if (item.metal in metals) == _negated(lowered, match.start()):
                wrong.append(phrase)
    for word, stone in STONES.items():
        for match in re.finditer(rf"\b{word}\b", lowered):
            if (item.gemstone == stone) == _negated(lowered, match.start()):
                wrong.append(word)
    for word, colours in STONE_COLOURS.items():
        for match in re.finditer(rf"\b{word}\b", lowered):
            if any(taken[match.start() : match.end()]):
                continue
            fits = item.has_stone and item.gemstone_color in colours or item.metal in METAL_COLOURS.get(word, ())
            if not fits and not _negated(lowered, match.start()):
                wrong.append(word)
    for word, categories in KINDS.items():
        if re.search(rf"\b{word}\b", lowered) and item.category not in categories:
            wrong.append(word)
    record = f"{item.title} {item.description} {item.style} {' '.join(item.tags)}".lower()
    wrong += [word for word in LOOKS if re.search(rf"\b{word}\b", lowered) and word not in record]
    for match in MONEY.finditer(text):
        amount = float(match.group(1).replace(",", ""))
        as_budget = BUDGET_CONTEXT.search(lowered[: match.start()]) or lowered[match.end() :].lstrip().startswith("budget")
        if amount != item.price and not (amount in budget and as_budget):
            wrong.append(match.group(0))
    own = {float(v) for v in (item.karat, item.carat) if v} | set(item.ring_sizes)
    own |= {float(n) for n in re.findall(r"\d+(?:\.\d+)?", f"{item.title} {item.description}")}
    for match in NUMBER.finditer(MONEY.sub(" ", text)):
        if float(match.group(1)) not in own | said | budget:
            wrong.append(match.group(0))
    others = [other for other in (named if len(named) > 1 else items) if other is not item]
    for pattern, holds in ((CHEAPER, lambda o: item.price < o.price), (PRICIER, lambda o: item.price > o.price),
                           (BIGGER, lambda o: (item.carat or 0) > (o.carat or 0) and o.carat is not None),
                           (SMALLER, lambda o: item.carat is not None and o.carat is not None and item.carat < o.carat)):  # fmt: skip
        if pattern.search(lowered) and not (others and all(holds(o) for o in others)):
            wrong.append(pattern.search(lowered).group(0))
    wrong += [m.group(0) for m in WEIGHT.finditer(lowered)]
    return wrong


def _negated(text: str, position: int) -> bool:
    return bool(NEGATIONS.search(text[:position]))
