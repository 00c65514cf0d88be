"""Grounded answers written from templates: every product named is a returned item, every
price is that item's catalog price. The LLM writer builds on the same facts."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from retrieval.catalog import Item
from retrieval.item import Offer
from retrieval.constraints import Constraints
from retrieval.query import Hit
from retrieval.untrusted import usable_as_name
from retrieval.vocabulary import CURRENCY_SYMBOLS, GOLD_METALS, NO_GEMSTONE, RING_CATEGORIES

CATEGORY_PLURALS = {"earrings": "earrings", "brooch": "brooches", "engagement ring": "engagement rings"}
WORD = re.compile(r"[a-z]+")
MIN_MATCHED_WORD_LENGTH = 4
ALSO_IN = "also in {}"  # a card's note of the variant that met the request, or of what else the piece is offered in
MAX_ALSO_IN = 3  # offers named on one card
OFFER_PRICE = "in {label} from {price}"  # the variant that met the request, at its cheapest variant's price

OPENINGS = (
    "Here {are} {n} {piece} {scope}:",
    "I found {n} {piece} {scope}:",
    "These {n} {piece} fit what you asked for {scope}:",
)
PHOTO_OPENINGS = (
    "Here {are} the {n} closest {piece} to your photo {scope}:",
    "These {n} {piece} look most like your photo {scope}:",
)
CLOSINGS = (
    "Tell me a budget, a metal or a stone and I'll narrow it down.",
    "Want me to compare any of these, or look in another metal?",
    "Say the word if you'd like something cheaper or in a different style.",
)


def prose_name(item: Item) -> str:
    """What an answer calls a piece: its title, or, when the title reads as an instruction
    (retrieval/untrusted.py), plainly what it is. Cards and tables still show the title as data."""
    return item.title if usable_as_name(item.title) else f"{item.metal_label} {item.category}"


def format_price(amount: float, currency: str) -> str:
    text = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


@dataclass(frozen=True)
class Chip:
    """One constraint in force, as the shopper sees it: a label, and the slots that drop it."""

    label: str
    cleared: dict = field(default_factory=dict)
    in_answers: bool = True  # also named in answers ("Here are 3 pieces (under $800, rings)")


def constraint_chips(constraints: Constraints, currency: str) -> list[Chip]:
    """Every constraint in force as a removable chip, in the order answers name them; carat,
    ring size, stone colour and stock come last and are not named in answers."""
    chips = []
    low, high = constraints.price_min, constraints.price_max
    price = {"price_min": None, "price_max": None}
    if low is not None and high is not None:
        chips.append(Chip(f"{format_price(low, currency)}–{format_price(high, currency)}", price))
    elif high is not None:
        chips.append(Chip(f"under {format_price(high, currency)}", price))
    elif low is not None:
        chips.append(Chip(f"over {format_price(low, currency)}", price))
    if constraints.categories:
        chips.append(Chip(_category_label(constraints.categories), {"categories": []}))
    chips += [Chip(f"{karat}k", {"karats": _without(constraints.karats, karat)}) for karat in constraints.karats]
    if constraints.metals:
        label = "gold" if set(constraints.metals) == set(GOLD_METALS) else " or ".join(constraints.metals)
        chips.append(Chip(label, {"metals": []}))
    if constraints.gemstones:
        label = " or ".join("no gemstone" if g == NO_GEMSTONE else g for g in constraints.gemstones)
        chips.append(Chip(label, {"gemstones": [], "gemstone_colors": []}))
    for slot, prefix in (("exclude_categories", "no "), ("exclude_metals", "not ")):
        chips += [Chip(prefix + value, {slot: _without(getattr(constraints, slot), value)}) for value in getattr(constraints, slot)]
    chips += [
        Chip("with a gemstone" if g == NO_GEMSTONE else f"no {g}", {"exclude_gemstones": _without(constraints.exclude_gemstones, g)})
        for g in constraints.exclude_gemstones
    ]
    if constraints.gemstone_colors and not constraints.gemstones:
        chips.append(Chip(f"{' or '.join(constraints.gemstone_colors)} stone", {"gemstone_colors": []}, in_answers=False))
    low, high = constraints.carat_min, constraints.carat_max
    carat = {"carat_min": None, "carat_max": None}
    if low is not None and high is not None:
        chips.append(Chip(f"{low:g}–{high:g} ct", carat, in_answers=False))
    elif low is not None or high is not None:
        chips.append(Chip(f"over {low:g} ct" if high is None else f"under {high:g} ct", carat, in_answers=False))
    if constraints.ring_size is not None:
        chips.append(Chip(f"size {constraints.ring_size:g}", {"ring_size": None}, in_answers=False))
    if constraints.in_stock_only:
        chips.append(Chip("in stock", {"in_stock_only": False}, in_answers=False))
    return chips


def describe_constraints(constraints: Constraints, currency: str) -> list[str]:
    """Short human labels, one per constraint in force ("under $800", "rose gold", "no diamond")."""
    return [chip.label for chip in constraint_chips(constraints, currency) if chip.in_answers]


def _without(values: list, value) -> list:
    return [v for v in values if v != value]


def _category_label(categories: list[str]) -> str:
    if set(categories) == set(RING_CATEGORIES):
        return "rings"
    return " or ".join(CATEGORY_PLURALS.get(c, c + "s") for c in categories)


def matched_offer(item: Item, constraints: Constraints) -> Offer | None:
    """The variants' offer that met the request where the piece as shown does not ("18k" of a
    piece shown in 14k); None when the piece as shown meets it."""
    if not item.offers or constraints.offer_meets(item.shown_offer(), item):
        return None
    return next((offer for offer in item.variant_offers() if constraints.offer_meets(offer, item)), None)


def offer_label(offer: Offer, item: Item) -> str:
    """What an offer is beside the piece as shown: its metal, its stone, or both ("18k white gold, emerald")."""
    parts = [offer.metal_label] if offer.metal_label != item.metal_label else []
    if offer.gemstone != item.gemstone:
        parts.append(offer.gemstone if offer.gemstone != NO_GEMSTONE else "no stone")
    elif offer.gemstone_color != item.gemstone_color and offer.gemstone != NO_GEMSTONE:
        parts.append(f"{offer.gemstone_color} {offer.gemstone}")
    return ", ".join(parts)


def also_in(item: Item, constraints: Constraints) -> str:
    """"also in 18k white gold": the variant that met the request, else the others the piece is offered in."""
    matched = matched_offer(item, constraints)
    labels = [offer_label(matched, item)] if matched else [offer_label(offer, item) for offer in item.variant_offers()]
    labels = [label for label in dict.fromkeys(labels) if label]
    return ALSO_IN.format(", ".join(labels[:MAX_ALSO_IN])) if labels else ""


def why_matched(hit: Hit, constraints: Constraints, query_text: str | None) -> str:
    """One line naming what made this item a result: constraints it meets, words it shares
    with the request, and how close it looks to the photo."""
    item = hit.item
    offer = matched_offer(item, constraints) or item.shown_offer()
    reasons = []
    if constraints.categories:
        reasons.append(item.category)
    if constraints.metals or constraints.karats or constraints.exclude_metals:
        reasons.append(offer.metal_label)
    if constraints.gemstones or constraints.exclude_gemstones:
        reasons.append(offer.gemstone if offer.gemstone != NO_GEMSTONE else "no gemstone")
    reasons += [f"no {g}" for g in constraints.exclude_gemstones if g != NO_GEMSTONE]
    if constraints.price_min is not None or constraints.price_max is not None:
        reasons.append(f"{format_price(offer.price, item.currency)} in budget")
    shared = _shared_words(query_text, item) if query_text else []
    if shared:
        reasons.append("mentions " + ", ".join(f'"{word}"' for word in shared))
    if hit.image_score is not None:
        reasons.append(f"looks like your photo ({hit.image_score:.2f})")
    if hit.text_score is not None and not shared:
        reasons.append(f"close to your words ({hit.text_score:.2f})")
    return " · ".join(reasons) or "in the catalog"


def _shared_words(query_text: str, item: Item) -> list[str]:
    item_words = set(WORD.findall(f"{item.title} {item.description} {item.style} {item.occasion} {' '.join(item.tags)}".lower()))
    seen: list[str] = []
    for word in WORD.findall(query_text.lower()):
        if len(word) >= MIN_MATCHED_WORD_LENGTH and word in item_words and word not in seen:
            seen.append(word)
    return seen


def priced(item: Item, constraints: Constraints) -> str:
    """The price an answer gives a piece: the variant's that met the request ("in 18k white gold from
    €1,250"), else the piece's own from-price."""
    matched, label = _matched_label(item, constraints)
    if matched is None:
        return format_price(item.price, item.currency)
    return OFFER_PRICE.format(label=label, price=format_price(matched.price, item.currency))


def item_line(rank: int, item: Item, constraints: Constraints = Constraints()) -> str:
    """"1. Aurora Ring — $1,250 (18k white gold, white diamond)"; a piece that met the request by a
    variant says which and at its price, then how it is shown; else what else it is offered in."""
    stone = f", {item.gemstone_color} {item.gemstone}".rstrip() if item.has_stone else ""
    matched, _ = _matched_label(item, constraints)
    stock = "" if (matched or item).in_stock else " (currently out of stock)"
    line = f"{rank}. {prose_name(item)} — {priced(item, constraints)}"
    if matched is not None:
        return f"{line} (shown in {item.metal_label}{stone}){stock}"
    offered = also_in(item, constraints)
    return f"{line} ({item.metal_label}{stone}){stock}" + (f"; {offered}" if offered else "")


def _matched_label(item: Item, constraints: Constraints) -> tuple[Offer | None, str]:
    """The variants' offer that met the request and what it is beside the piece as shown; (None, "")
    when the piece as shown meets it (or the offer differs in nothing an answer names)."""
    matched = matched_offer(item, constraints)
    label = offer_label(matched, item) if matched else ""
    return (matched, label) if label else (None, "")


def write_answer(
    hits: list[Hit], constraints: Constraints, currency: str, used_photo: bool, transcript: str | None = None
) -> str:
    labels = describe_constraints(constraints, currency)
    heard = f'I heard: "{transcript}".\n' if transcript else ""
    if not hits:
        wanted = ", ".join(labels) if labels else "that"
        return (
            f"{heard}I couldn't find anything in the catalog matching {wanted}. "
            "Try a wider budget, another metal, or fewer requirements."
        )
    pick = zlib.crc32(" ".join(hit.item.id for hit in hits).encode())  # varied but repeatable wording
    openings = PHOTO_OPENINGS if used_photo else OPENINGS
    opening = openings[pick % len(openings)].format(
        are="is" if len(hits) == 1 else "are",
        n=len(hits),
        piece="piece" if len(hits) == 1 else "pieces",
        scope=f"({', '.join(labels)})" if labels else "from our catalog",
    )
    lines = [item_line(rank, hit.item, constraints) for rank, hit in enumerate(hits, start=1)]
    closing = CLOSINGS[pick % len(CLOSINGS)]
    return "\n".join([heard + opening, *lines, closing])
