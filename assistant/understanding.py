"""Understanding a shopper's words: hard constraints (price, category, metal, karat,
gemstone, with negation) extracted deterministically with patterns, no model needed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.constraints import Constraints
from retrieval.vocabulary import GOLD_KARATS, GOLD_METALS, NO_GEMSTONE, RING_CATEGORIES

# Phrases -> canonical values. Longer phrases are matched first, so "white gold" wins over "gold"
# and "ankle bracelet" over "bracelet".
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    r"engagement rings?|solitaires?|proposal rings?": ("engagement ring",),
    r"wedding bands?|wedding rings?|bands?": ("wedding band",),
    r"rings?": RING_CATEGORIES,
    r"necklaces?|chains?|chokers?": ("necklace", "pendant"),
    r"pendants?|lockets?": ("pendant",),
    r"earrings?|studs?|hoops?|drops?|huggies": ("earrings",),
    r"ankle bracelets?|anklets?": ("anklet",),
    r"bracelets?": ("bracelet", "bangle"),
    r"bangles?|cuffs?": ("bangle",),
    r"brooch(?:es)?|pins?": ("brooch",),
}
METAL_WORDS: dict[str, tuple[str, ...]] = {
    r"yellow[ -]gold": ("yellow gold",),
    r"white[ -]gold": ("white gold",),
    r"rose[ -]gold|pink[ -]gold|red[ -]gold": ("rose gold",),
    r"gold": GOLD_METALS,
    r"sterling(?: silver)?|silver": ("sterling silver",),
    r"platinum": ("platinum",),
}
GEMSTONE_WORDS: dict[str, tuple[str, ...]] = {
    r"diamonds?": ("diamond",),
    r"rub(?:y|ies)": ("ruby",),
    r"sapphires?": ("sapphire",),
    r"emeralds?": ("emerald",),
    r"pearls?": ("pearl",),
    r"amethysts?": ("amethyst",),
    r"topaz(?:es)?": ("topaz",),
    r"aquamarines?": ("aquamarine",),
    r"garnets?": ("garnet",),
    r"opals?": ("opal",),
    r"peridots?": ("peridot",),
    r"citrines?": ("citrine",),
    r"(?:gem)?stones?|gems?": ("__any_stone__",),
}
ANY_STONE = "__any_stone__"

NEGATION = r"\b(?:no|not|non|without|anything but|except|excluding|avoid|never|don'?t want|nothing in)\b"
# A negation reaches this many words ahead, and never past a clause break.
NEGATION_REACH_WORDS = 4
CLAUSE_BREAK = re.compile(r"[,.;!?]|(?<!anything )\bbut\b|\b(?:and i|with)\b")

AMOUNT = (
    r"(?P<cur{n}>[$£€₹]|usd\s*)?\s*(?P<num{n}>\d+(?:,\d{{3}})*(?:\.\d+)?)(?![\d.,]\d)\s*"
    r"(?P<mult{n}>k\b|grand\b|thousand\b)?(?!\s*(?:k\b|kt\b|karat|carat|ct\b|gold|yellow|white|rose|mm\b|size))"
    r"(?:\s*(?:dollars|bucks|usd|\$))?"
)
PRICE_PATTERNS = [
    ("range", rf"\b(?:between|from)\s+{AMOUNT.format(n=1)}\s*(?:and|to|-)\s*{AMOUNT.format(n=2)}"),
    ("range", rf"{AMOUNT.format(n=1)}\s*(?:-|–|to)\s*{AMOUNT.format(n=2)}"),
    ("max", rf"(?:\bunder|\bbelow|\bless than|\bcheaper than|\bup to|\bmax(?:imum)?|\bno more than|\bat most|\bwithin|\bbudget(?: is| of)?|<)\s*{AMOUNT.format(n=1)}"),
    ("min", rf"(?:\bover|\babove|\bmore than|\bat least|\bmin(?:imum)?|\bstarting at|\bfrom|>)\s*{AMOUNT.format(n=1)}"),
    ("around", rf"(?:\baround|\babout|\bapprox(?:imately)?|\broughly|~)\s*{AMOUNT.format(n=1)}"),
]
AROUND_BAND = 0.2  # "around 800" means 640 to 960
# A bare number below this with no currency sign is a size or a count, not a price ("size 6-7").
MIN_BARE_PRICE = 20
KARAT_PATTERN = re.compile(r"\b(\d{1,2})\s*(?:k|kt|karat|carat gold)\b(?!\s*(?:dollars|bucks|usd))")
MULTIPLIERS = {"k": 1_000, "grand": 1_000, "thousand": 1_000}


@dataclass
class Understanding:
    constraints: Constraints
    # True when the words say nothing beyond constraints ("under $500"): no text similarity needed.
    has_content_words: bool


def understand(text: str) -> Understanding:
    lowered = " ".join(text.lower().split())
    constraints = Constraints()
    _extract_price(lowered, constraints)
    lowered_no_price = _strip_prices(lowered)
    constraints.karats = sorted({int(k) for k in KARAT_PATTERN.findall(lowered_no_price) if int(k) in GOLD_KARATS})
    for words, include, exclude in (
        (CATEGORY_WORDS, constraints.categories, constraints.exclude_categories),
        (METAL_WORDS, constraints.metals, constraints.exclude_metals),
        (GEMSTONE_WORDS, constraints.gemstones, constraints.exclude_gemstones),
    ):
        _extract_vocabulary(lowered_no_price, words, include, exclude)
    _resolve_any_stone(constraints)
    _drop_included_exclusions(constraints)
    return Understanding(constraints, has_content_words=_has_content_words(lowered_no_price))


def _is_price(match: re.Match, n: int) -> bool:
    return bool(match.group(f"cur{n}") or match.group(f"mult{n}")) or _amount(match, n) >= MIN_BARE_PRICE


def _amount(match: re.Match, n: int) -> float:
    value = float(match.group(f"num{n}").replace(",", ""))
    multiplier = match.group(f"mult{n}")
    return value * MULTIPLIERS[multiplier] if multiplier else value


def _extract_price(text: str, constraints: Constraints) -> None:
    for kind, pattern in PRICE_PATTERNS:
        match = re.search(pattern, text)
        if not match or not _is_price(match, 1):
            continue
        text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]  # "no more than" is not "more than"
        if kind == "range":
            constraints.price_min, constraints.price_max = sorted((_amount(match, 1), _amount(match, 2)))
        elif kind == "max":
            constraints.price_max = _amount(match, 1)
        elif kind == "min":
            constraints.price_min = _amount(match, 1)
        elif kind == "around":
            value = _amount(match, 1)
            constraints.price_min, constraints.price_max = value * (1 - AROUND_BAND), value * (1 + AROUND_BAND)
        if constraints.price_min is not None and constraints.price_max is not None:
            return


def _strip_prices(text: str) -> str:
    for _, pattern in PRICE_PATTERNS:
        text = re.sub(pattern, " ", text)
    return text


def _extract_vocabulary(text: str, words: dict[str, tuple[str, ...]], include: list, exclude: list) -> None:
    taken: list[tuple[int, int]] = []
    for phrase in sorted(words, key=len, reverse=True):
        for match in re.finditer(rf"\b(?:{phrase})\b", text):
            span = match.span()
            if any(start < span[1] and span[0] < end for start, end in taken):
                continue
            taken.append(span)
            target = exclude if _negated(text, span[0]) else include
            target.extend(value for value in words[phrase] if value not in target)


def _negated(text: str, position: int) -> bool:
    before = text[:position]
    clause = CLAUSE_BREAK.split(before)[-1]
    cues = list(re.finditer(NEGATION, clause))
    if not cues:
        return False
    words_between = clause[cues[-1].end() :].split()
    return len(words_between) < NEGATION_REACH_WORDS


def _resolve_any_stone(constraints: Constraints) -> None:
    """"without stones" means no gemstone; "with a stone" means any gemstone."""
    if ANY_STONE in constraints.exclude_gemstones:
        constraints.exclude_gemstones.remove(ANY_STONE)
        constraints.gemstones = [NO_GEMSTONE]
    if ANY_STONE in constraints.gemstones:
        constraints.gemstones.remove(ANY_STONE)
        if not constraints.gemstones:
            constraints.exclude_gemstones.append(NO_GEMSTONE)


def _drop_included_exclusions(constraints: Constraints) -> None:
    """"gold but not rose gold": the exclusion wins over the broader inclusion."""
    for include, exclude in (
        (constraints.categories, constraints.exclude_categories),
        (constraints.metals, constraints.exclude_metals),
        (constraints.gemstones, constraints.exclude_gemstones),
    ):
        include[:] = [value for value in include if value not in exclude]


FILLER_WORDS = set(
    """a an the me i im i'm we you it this that these those something anything one ones some show find get
    want would like looking look for to in of with and or please can could do does have has is are be any
    similar same kind sort similar similarly just also more less under below over above around about
    between from price priced cost costs budget dollars dollar bucks usd k grand thousand my her his
    gift need buy see what which there here""".split()
)


def _has_content_words(text: str) -> bool:
    words = re.findall(r"[a-z]+", text)
    return any(word not in FILLER_WORDS for word in words)
