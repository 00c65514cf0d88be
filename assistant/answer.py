"""Grounded answers written from templates: every product named is a returned item, every
price is that item's catalog price. The LLM writer builds on the same facts."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from assistant.phrasing import ENGLISH, Phrases
from retrieval.catalog import Item
from retrieval.item import Offer
from retrieval.constraints import Constraints
from retrieval.query import Hit
from retrieval.untrusted import usable_as_name
from retrieval.vocabulary import CURRENCY_SYMBOLS, GOLD_METALS, NO_GEMSTONE, RING_CATEGORIES

__all__ = ["CURRENCY_SYMBOLS", "Chip", "constraint_chips", "describe_constraints", "format_price", "item_line", "write_answer"]

CATEGORY_PLURALS = {"earrings": "earrings", "brooch": "brooches", "engagement ring": "engagement rings"}
WORD = re.compile(r"[a-z]+")
MIN_MATCHED_WORD_LENGTH = 4
MAX_ALSO_IN = 3  # offers named on one card

def prose_name(item: Item) -> str:
    """What an answer calls a piece: its title, or, when the title reads as an instruction
    (retrieval/untrusted.py), plainly what it is. Cards and tables still show the title as data."""
    return item.title if usable_as_name(item.title) else f"{item.metal_label} {item.category}"


def format_price(amount: float, currency: str, phrases: Phrases = ENGLISH) -> str:
    """"$1,250" in English, "1 250 Kč" in Czech: as the answer's language writes a price."""
    return phrases.price(amount, currency)


@dataclass(frozen=True)
class Chip:
    """One constraint in force, as the shopper sees it: a label, and the slots that drop it."""

    label: str
    cleared: dict = field(default_factory=dict)
    in_answers: bool = True  # also named in answers ("Here are 3 pieces (under $800, rings)")


def constraint_chips(constraints: Constraints, currency: str, phrases: Phrases = ENGLISH) -> list[Chip]:
    """Every constraint in force as a removable chip, in the order answers name them; carat,
    ring size, stone colour and stock come last and are not named in answers."""
    say, price_of, number = phrases.say, lambda amount: format_price(amount, currency, phrases), phrases.decimal
    chips = []
    low, high = constraints.price_min, constraints.price_max
    price = {"price_min": None, "price_max": None}
    if low is not None and high is not None:
        chips.append(Chip(say("price_range", low=price_of(low), high=price_of(high)), price))
    elif high is not None:
        chips.append(Chip(say("under", price=price_of(high)), price))
    elif low is not None:
        chips.append(Chip(say("over", price=price_of(low)), price))
    if constraints.categories:
        chips.append(Chip(_category_label(constraints.categories, phrases), {"categories": []}))
    chips += [Chip(say("karat", karat=phrases.karat(karat)), {"karats": _without(constraints.karats, karat)}) for karat in constraints.karats]
    if constraints.metals:
        any_gold = set(constraints.metals) == set(GOLD_METALS)
        label = say("any_gold") if any_gold else say("or").join(phrases.name("metals", m) for m in constraints.metals)
        chips.append(Chip(label, {"metals": []}))
    if constraints.gemstones:
        label = say("or").join(say("no_gemstone") if g == NO_GEMSTONE else phrases.name("stones", g) for g in constraints.gemstones)
        chips.append(Chip(label, {"gemstones": [], "gemstone_colors": []}))
    for slot, phrase, table in (("exclude_categories", "no_kind", "categories"), ("exclude_metals", "not_metal", "metals")):
        chips += [Chip(say(phrase, value=phrases.name(table, value)), {slot: _without(getattr(constraints, slot), value)})
                  for value in getattr(constraints, slot)]  # fmt: skip
    chips += [
        Chip(say("with_a_gemstone") if g == NO_GEMSTONE else say("no_stone_named", value=phrases.name("stones", g)),
             {"exclude_gemstones": _without(constraints.exclude_gemstones, g)})
        for g in constraints.exclude_gemstones
    ]  # fmt: skip
    if constraints.gemstone_colors and not constraints.gemstones:
        chips.append(Chip(say("stone_color", colors=say("or").join(phrases.name("colors", c) for c in constraints.gemstone_colors)), {"gemstone_colors": []}, in_answers=False))
    low, high = constraints.carat_min, constraints.carat_max
    carat = {"carat_min": None, "carat_max": None}
    if low is not None and high is not None:
        chips.append(Chip(say("carat_range", low=number(low), high=number(high)), carat, in_answers=False))
    elif low is not None or high is not None:
        label = say("carat_over", carat=number(low)) if high is None else say("carat_under", carat=number(high))
        chips.append(Chip(label, carat, in_answers=False))
    if constraints.ring_size is not None:
        chips.append(Chip(say("ring_size", size=number(constraints.ring_size)), {"ring_size": None}, in_answers=False))
    if constraints.in_stock_only:
        chips.append(Chip(say("in_stock"), {"in_stock_only": False}, in_answers=False))
    return chips


def describe_constraints(constraints: Constraints, currency: str, phrases: Phrases = ENGLISH) -> list[str]:
    """Short human labels, one per constraint in force ("under $800", "rose gold", "no diamond")."""
    return [chip.label for chip in constraint_chips(constraints, currency, phrases) if chip.in_answers]


def _without(values: list, value) -> list:
    return [v for v in values if v != value]


def _category_label(categories: list[str], phrases: Phrases) -> str:
    if set(categories) == set(RING_CATEGORIES):
        return phrases.say("all_rings")
    if not phrases.english:
        return phrases.say("or").join(phrases.name("categories", c) for c in categories)
    return " or ".join(CATEGORY_PLURALS.get(c, c + "s") for c in categories)


def matched_offer(item: Item, constraints: Constraints) -> Offer | None:
    """The variants' offer that met the request where the piece as shown does not ("18k" of a
    piece shown in 14k); None when the piece as shown meets it."""
    if not item.offers or constraints.offer_meets(item.shown_offer(), item):
        return None
    return next((offer for offer in item.variant_offers() if constraints.offer_meets(offer, item)), None)


def offer_label(offer: Offer, item: Item, phrases: Phrases = ENGLISH) -> str:
    """What an offer is beside the piece as shown: its metal, its stone, or both ("18k white gold, emerald")."""
    parts = [phrases.metal(offer.metal, offer.karat)] if offer.metal_label != item.metal_label else []
    if offer.gemstone != item.gemstone:
        parts.append(phrases.name("stones", offer.gemstone) if offer.gemstone != NO_GEMSTONE else phrases.say("offer_no_stone"))
    elif offer.gemstone_color != item.gemstone_color and offer.gemstone != NO_GEMSTONE:
        parts.append(_stone(offer.gemstone_color, offer.gemstone, phrases))
    return phrases.say("list_separator").join(parts)


def _stone(color: str, stone: str, phrases: Phrases) -> str:
    """"pink sapphire" in English; the pack's name of the stone alone in another language, whose
    colour words agree with the stone's gender (a colour word of the wrong one is worse than none),
    unless its file says its colour names fit every stone's ([language] colour_before_stone:
    Lithuanian's stones are all masculine, "baltas gintaras"; Slovak's but the pearl, whose colours
    its [stone_colours.pearl] gives: "biela perla") and its pack names this colour."""
    if phrases.english:
        return f"{color} {stone}"
    named = phrases.name("stones", stone)
    colour = phrases.colour_of(stone, color) if color else ""
    agrees = phrases.native.get("language", {}).get("colour_before_stone", False)
    return f"{colour} {named}" if agrees and colour and colour != color else named


def also_in(item: Item, constraints: Constraints, phrases: Phrases = ENGLISH) -> str:
    """"also in 18k white gold": the variant that met the request, else the others the piece is offered in."""
    matched = matched_offer(item, constraints)
    labels = [offer_label(matched, item, phrases)] if matched else [offer_label(offer, item, phrases) for offer in item.variant_offers()]
    labels = [label for label in dict.fromkeys(labels) if label]
    return phrases.say("also_in", labels=phrases.say("list_separator").join(labels[:MAX_ALSO_IN])) if labels else ""


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


def priced(item: Item, constraints: Constraints, phrases: Phrases = ENGLISH) -> str:
    """The price an answer gives a piece: the variant's that met the request ("in 18k white gold from
    €1,250"), else the piece's own from-price."""
    matched, label = _matched_label(item, constraints, phrases)
    if matched is None:
        return format_price(item.price, item.currency, phrases)
    return phrases.say("offer_price", label=label, price=format_price(matched.price, item.currency, phrases))


def item_line(rank: int, item: Item, constraints: Constraints = Constraints(), phrases: Phrases = ENGLISH) -> str:
    """"1. Aurora Ring — $1,250 (18k white gold, white diamond)"; a piece that met the request by a
    variant says which and at its price, then how it is shown; else what else it is offered in."""
    metal = phrases.metal(item.metal, item.karat)
    facts = phrases.say("metal_and_stone", metal=metal, stone=_stone(item.gemstone_color, item.gemstone, phrases)).rstrip() if item.has_stone else metal
    matched, _ = _matched_label(item, constraints, phrases)
    line = phrases.say("item_line", rank=rank, name=prose_name(item), price=priced(item, constraints, phrases))
    offered = "" if matched is not None else also_in(item, constraints, phrases)
    line = phrases.say("item_shown_in" if matched is not None else "item_facts", line=line, facts=facts)
    if not (matched or item).in_stock:
        line = phrases.say("item_out_of_stock", line=line)
    return phrases.say("item_offered", line=line, offered=offered) if offered else line


def _matched_label(item: Item, constraints: Constraints, phrases: Phrases = ENGLISH) -> tuple[Offer | None, str]:
    """The variants' offer that met the request and what it is beside the piece as shown; (None, "")
    when the piece as shown meets it (or the offer differs in nothing an answer names)."""
    matched = matched_offer(item, constraints)
    label = offer_label(matched, item, phrases) if matched else ""
    return (matched, label) if label else (None, "")


def write_answer(
    hits: list[Hit], constraints: Constraints, currency: str, used_photo: bool, transcript: str | None = None,
    phrases: Phrases = ENGLISH,
) -> str:  # fmt: skip
    say = phrases.say
    labels = describe_constraints(constraints, currency, phrases)
    heard = say("heard", transcript=transcript) + "\n" if transcript else ""
    if not hits:
        wanted = say("list_separator").join(labels) if labels else say("wanted_anything")
        return heard + say("nothing_found", wanted=wanted)
    pick = zlib.crc32(" ".join(hit.item.id for hit in hits).encode())  # varied but repeatable wording
    scope = say("scope_labels", labels=say("list_separator").join(labels)) if labels else say("scope_all")
    # pieces with no photo of their own (retrieval/query.py) are not "closest to your photo"
    pictured = used_photo and any(hit.image_score is not None for hit in hits)
    opening = say("photo_openings" if pictured else "openings", count=len(hits), pick=pick, scope=scope)
    lines = [item_line(rank, hit.item, constraints, phrases) for rank, hit in enumerate(hits, start=1)]
    closing = say("closings", pick=pick)
    return "\n".join([heard + opening, *lines, closing])
