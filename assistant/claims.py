"""Claims bound to items. The writing model refers to a piece only by its tag ("[1]"), never by
name or price (assistant/writer.py fills those from the catalog). Every other claim a sentence
makes (a metal, a stone or its absence, a colour, a kind of piece, a design, a style, a number,
a comparison) is checked against the ONE piece it is about:

- a word after a tag is about that tag's piece, up to the next tag; words before a sentence's
  first tag are about that first tag ("For an anniversary, [2] ...");
- a sentence with no tag is about the piece named last ("It has a ruby."), or about every piece
  mentioned when it says "both", "each" or "they";
- "cheaper", "pricier", "bigger", "smaller" compare the piece with the other pieces the answer
  names (or, when it names one only, with the other pieces it was given); "lighter" and
  "heavier" are never true, as the catalog records no weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding import Violation
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.vocabulary import COLOR_FAMILIES, GEMSTONES, NO_GEMSTONE, RING_CATEGORIES

REF = re.compile(r"\[(\d{1,2})\]")
WORD = re.compile(r"\[\d{1,2}\]|\$?\d[\d,]*(?:\.\d+)?(?:k|kt|ct|mm)?\b|[a-z][a-z'’]*", re.I)
NEGATORS = {"no", "without", "not", "free", "nor", "never", "lacks", "none"}
NEGATION_REACH = 3  # "no", "without a", "without any big" stone
# A negation ends at a clause break: in "no stone, a classic look" or "no stone and a modern
# look" the look is claimed, not denied.
CLAUSE_MARKS = ",;:.!?()–—"
CLAUSE_WORDS = {"and", "but", "with", "yet", "while", "so"}
ALL_MENTIONED = {"both", "each", "they", "them", "these", "those", "either", "all"}

METAL_CLAIMS = {
    "yellow gold": {"yellow gold"}, "white gold": {"white gold"}, "rose gold": {"rose gold"},
    "pink gold": {"rose gold"}, "sterling silver": {"sterling silver"}, "silver": {"sterling silver"},
    "platinum": {"platinum"}, "gold": {"yellow gold", "white gold", "rose gold"},
}  # fmt: skip
STONE_PLURALS = {"rubies": "ruby", "topazes": "topaz", "diamonds": "diamond", "sapphires": "sapphire", "emeralds": "emerald",
                 "pearls": "pearl", "amethysts": "amethyst", "aquamarines": "aquamarine", "garnets": "garnet",
                 "opals": "opal", "peridots": "peridot", "citrines": "citrine"}  # fmt: skip
STONE_CLAIMS = {**{gem: gem for gem in GEMSTONES if gem != NO_GEMSTONE}, **STONE_PLURALS}
ANY_STONE = {"stone", "stones", "gem", "gems", "gemstone", "gemstones", "sparkle"}
NO_STONE = {"plain", "stoneless"}
COLOR_CLAIMS = {word: set(family) for word, family in COLOR_FAMILIES.items() if " " not in word} | {"colourless": {"colorless"}}
METAL_COLORS = {"yellow": "yellow gold", "golden": "yellow gold", "white": "white gold", "pink": "rose gold", "rose": "rose gold"}
WHITE_METALS = {"white gold", "platinum", "sterling silver"}
# Kinds of piece, and the catalog categories each may name.
KIND_CLAIMS = {
    "ring": set(RING_CATEGORIES), "rings": set(RING_CATEGORIES), "band": {"wedding band", "ring"}, "bands": {"wedding band", "ring"},
    "necklace": {"necklace", "pendant"}, "necklaces": {"necklace", "pendant"}, "pendant": {"pendant", "necklace"},
    "pendants": {"pendant", "necklace"}, "earrings": {"earrings"}, "earring": {"earrings"}, "studs": {"earrings"},
    "hoops": {"earrings"}, "bracelet": {"bracelet", "bangle"}, "bracelets": {"bracelet", "bangle"},
    "bangle": {"bangle", "bracelet"}, "bangles": {"bangle", "bracelet"}, "anklet": {"anklet"}, "anklets": {"anklet"},
    "brooch": {"brooch"}, "brooches": {"brooch"},
}  # fmt: skip
# Designs and looks a piece has only if its own record says so (title, description, tags, style).
DESIGN_CLAIMS = {
    "solitaire", "halo", "three-stone", "cocktail", "stackable", "signet", "dome", "pave", "pavé", "milgrain",
    "hammered", "eternity", "channel", "choker", "strand", "tennis", "station", "teardrop", "stud", "hoop",
    "huggie", "huggies", "drop", "drops", "dangle", "charm", "charms", "chain", "beaded", "hinged", "flower",
    "locket", "cuff", "lariat", "infinity", "twisted", "braided", "engraved", "filigree", "cluster", "bezel",
    "princess", "cushion", "oval", "pear", "baguette",
    "classic", "modern", "vintage", "minimalist", "bohemian", "deco", "statement", "romantic",
}  # fmt: skip
PRICE_BELOW = re.compile(r"\b(?:cheaper|less expensive|more affordable|lower[- ]priced|lower price|less costly|budget[- ]friendly|spend less|costs? less|save)\b")
PRICE_ABOVE = re.compile(r"\b(?:pricier|more expensive|higher[- ]end|more luxurious|costlier|splurge|spend more|costs? more|premium)\b")
CHEAPEST = re.compile(r"\b(?:cheapest|least expensive|most affordable|lowest[- ]priced)\b")
PRICIEST = re.compile(r"\b(?:priciest|most expensive|highest[- ]priced|most luxurious)\b")
SIZE_ABOVE = re.compile(r"\b(?:bigger|larger|more carats?)\b")
SIZE_BELOW = re.compile(r"\b(?:smaller|tinier)\b")
NEVER_KNOWN = re.compile(r"\b(?:lighter|heavier|weighs?|grams?)\b")  # the catalog records no weights
MONEY_PREFIX = "$"
# The shopper's budget may be repeated as a budget ("under your $500"), never as a price ("is $500").
BUDGET_WORDS = {"under", "below", "within", "budget", "less", "up", "over", "above", "than", "max", "maximum", "limit", "around", "from", "between", "and"}
BUDGET_REACH = 3


@dataclass
class Token:
    text: str  # lower-cased
    start: int
    ref: int | None = None  # a tag's 0-based item index


def tokens(sentence: str) -> list[Token]:
    found = []
    for match in WORD.finditer(sentence):
        ref = REF.fullmatch(match.group())
        found.append(Token(match.group().lower(), match.start(), int(ref.group(1)) - 1 if ref else None))
    return found


def refs_in(text: str) -> list[int]:
    return [int(m.group(1)) - 1 for m in REF.finditer(text)]


class ClaimChecker:
    """Checks the model's own words (its text with tags, before names and prices are filled in)."""

    def __init__(self, items: list[Item], shopper_text: str, constraints: Constraints):
        self.items = items
        self.shopper_numbers = {_number(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", shopper_text)}
        self.budget = {round(v, 2) for v in (constraints.price_min, constraints.price_max) if v is not None}

    def check(self, sentence: str, mentioned: list[int]) -> list[Violation]:
        """Problems in one sentence; `mentioned`: item indexes the answer named before it."""
        found = tokens(sentence)
        self._sentence_words = found
        problems = [Violation("product", f"[{t.ref + 1}] is not one of the items") for t in found if t.ref is not None and not 0 <= t.ref < len(self.items)]
        if problems:
            return problems
        problems += self._names(sentence, found)
        refs = [t for t in found if t.ref is not None]
        everyone = any(t.text in ALL_MENTIONED for t in found)
        for index, phrase in _claim_words(found):
            about = self._about(found[index], refs, mentioned, everyone)
            negated = _negated(sentence, found, index)
            for item in about:
                if not self._holds(phrase, found[index], item, negated):
                    kind = "price" if phrase.startswith(MONEY_PREFIX) else "number" if phrase[0].isdigit() else "attribute"
                    problems.append(Violation(kind, f"{phrase} ([{self.items.index(item) + 1}])"))
        problems += self._comparisons(sentence, refs, mentioned)
        return problems

    def _about(self, token: Token, refs: list[Token], mentioned: list[int], everyone: bool) -> list[Item]:
        if everyone:
            indexes = {t.ref for t in refs} | set(mentioned) or set(range(len(self.items)))
            return [self.items[i] for i in sorted(indexes)]
        before = [t for t in refs if t.start < token.start]
        if before:
            return [self.items[before[-1].ref]]
        if refs:
            return [self.items[refs[0].ref]]
        if mentioned:
            return [self.items[mentioned[-1]]]
        return list(self.items)

    @staticmethod
    def _names(sentence: str, found: list[Token]) -> list[Violation]:
        """A capitalised word past the first is a name the model wrote itself: names come only from tags."""
        problems = []
        words = [m for m in re.finditer(r"[A-Za-z][\w'’-]*", sentence)]
        for match in words[1:]:
            word = match.group()
            if word[0].isupper() and word not in ("I", "I'm", "I'd", "I'll", "I've") and not _after_sentence_end(sentence, match.start()):
                problems.append(Violation("product", f"{word} (pieces are named only by their tags)"))
        return problems

    def _holds(self, phrase: str, token: Token, item: Item, negated: bool) -> bool:
        if phrase in METAL_CLAIMS:  # a metal the piece is offered in (a variant) is true of it; "not gold" only when none is
            return any(metal in METAL_CLAIMS[phrase] for metal in item.offered("metal")) != negated
        if phrase in STONE_CLAIMS:
            return (STONE_CLAIMS[phrase] in item.offered("gemstone")) != negated
        if phrase in ANY_STONE:
            return item.has_stone != negated
        if phrase in NO_STONE:
            return not item.has_stone
        if phrase in COLOR_CLAIMS:
            return _has_colour(item, phrase) != negated
        if phrase in KIND_CLAIMS:
            return item.category in KIND_CLAIMS[phrase] or _kind_in(phrase, item)
        if phrase in DESIGN_CLAIMS:
            return negated or _design_in(phrase, item)
        return self._number(token, item, self._budget_phrase(token)) is None

    def _number(self, token: Token, item: Item, as_budget: bool = False) -> str | None:
        text = token.text.lstrip(MONEY_PREFIX)
        unit = re.search(r"(k|kt|ct|mm)$", text)
        value = _number(text[: unit.start()] if unit else text)
        if token.text.startswith(MONEY_PREFIX):
            return None if value == round(item.price, 2) or as_budget and value in self.budget else token.text
        own = {float(v) for v in (*item.offered("karat"), item.carat) if v is not None} | {round(s, 2) for s in item.ring_sizes}
        own |= {_number(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", f"{item.title} {item.description}")}
        return None if value in own or value in self.shopper_numbers else token.text

    def _budget_phrase(self, token: Token) -> bool:
        before = self._sentence_words[: self._sentence_words.index(token)] if token in self._sentence_words else []
        after = self._sentence_words[self._sentence_words.index(token) + 1 :][:1] if token in self._sentence_words else []
        return any(t.text in BUDGET_WORDS for t in before[-BUDGET_REACH:] + after)

    def _comparisons(self, sentence: str, refs: list[Token], mentioned: list[int]) -> list[Violation]:
        lowered = sentence.lower()
        others_named = [i for i in dict.fromkeys(mentioned + [t.ref for t in refs])]
        problems = []
        for match in NEVER_KNOWN.finditer(lowered):
            problems.append(Violation("comparison", f'"{match.group()}": the catalog records no weights'))
        for pattern, holds in (
            (PRICE_BELOW, lambda a, b: a.price < b.price), (PRICE_ABOVE, lambda a, b: a.price > b.price),
            (SIZE_ABOVE, lambda a, b: None not in (a.carat, b.carat) and a.carat > b.carat),
            (SIZE_BELOW, lambda a, b: None not in (a.carat, b.carat) and a.carat < b.carat),
        ):  # fmt: skip
            for match in pattern.finditer(lowered):
                subject = self._subject(match.start(), refs, mentioned)
                if subject is None:
                    problems.append(Violation("comparison", f'"{match.group()}" about no piece'))
                    continue
                rivals = [i for i in others_named if i != subject] or [i for i in range(len(self.items)) if i != subject]
                if not rivals or not all(holds(self.items[subject], self.items[r]) for r in rivals):
                    problems.append(Violation("comparison", f'[{subject + 1}] is not "{match.group()}"'))
        for pattern, pick in ((CHEAPEST, min), (PRICIEST, max)):
            for match in pattern.finditer(lowered):
                subject = self._subject(match.start(), refs, mentioned)
                extreme = pick(self.items, key=lambda item: item.price)
                if subject is None or self.items[subject].price != extreme.price:
                    problems.append(Violation("comparison", f'"{match.group()}" is not true of that piece'))
        return problems

    @staticmethod
    def _subject(position: int, refs: list[Token], mentioned: list[int]) -> int | None:
        before = [t for t in refs if t.start < position]
        if before:
            return before[-1].ref
        if refs:
            return refs[0].ref
        return mentioned[-1] if mentioned else None


def _claim_words(found: list[Token]) -> list[tuple[int, str]]:
    """(token index, claim phrase) for every word that states a fact; "rose gold" is one claim."""
    claims, skip = [], set()
    for index, token in enumerate(found):
        if token.ref is not None or index in skip:
            continue
        following = found[index + 1].text if index + 1 < len(found) else ""
        pair = f"{token.text} {following}"
        word = token.text.strip("'’")
        if pair in METAL_CLAIMS:
            claims.append((index, pair))
            skip.add(index + 1)
        elif word in METAL_CLAIMS or word in STONE_CLAIMS or word in ANY_STONE or word in NO_STONE or word in COLOR_CLAIMS:
            claims.append((index, word))
        elif word in KIND_CLAIMS or word in DESIGN_CLAIMS:
            claims.append((index, word))
        elif word[:1].isdigit() or word.startswith(MONEY_PREFIX):
            claims.append((index, word))
    return claims


def _negated(sentence: str, found: list[Token], index: int) -> bool:
    """A negator within reach before the word, with no tag or clause break between them."""
    for before in range(index - 1, max(0, index - NEGATION_REACH) - 1, -1):
        token, after = found[before], found[before + 1]
        gap = sentence[token.start + len(token.text) : after.start]
        if any(mark in gap for mark in CLAUSE_MARKS) or token.ref is not None or token.text in CLAUSE_WORDS:
            return False
        if token.text in NEGATORS:
            return True
    return False


def _record(item: Item) -> str:
    return f"{item.title} {item.description} {item.style} {' '.join(item.tags)} {item.category}".lower()


def _kind_in(word: str, item: Item) -> bool:
    """The record names this kind of piece as a whole word: "earrings" holds no "ring"."""
    return re.search(rf"\b{re.escape(word.rstrip('s'))}s?\b", _record(item)) is not None


def _design_in(word: str, item: Item) -> bool:
    record = _record(item).replace("é", "e")
    stem = word.replace("é", "e").rstrip("s")
    return re.search(rf"\b{re.escape(stem)}", record) is not None


def _has_colour(item: Item, word: str) -> bool:
    """The colour of a stone or metal the piece is shown or offered in."""
    if any(offer.gemstone_color in COLOR_CLAIMS[word] for offer in item.all_offers() if offer.gemstone != NO_GEMSTONE):
        return True
    metal = METAL_COLORS.get(word)
    return any(offered == metal or (word == "white" and offered in WHITE_METALS) for offered in item.offered("metal"))


def _after_sentence_end(sentence: str, position: int) -> bool:
    return bool(re.search(r"[.!?:]\s*$", sentence[:position]))


def _number(text: str) -> float:
    return round(float(text.replace(",", "")), 2)
