"""Write benchmarks/data/utterances.jsonl: shopper utterances labelled with what they ask for.

    python benchmarks/make_utterances.py [--out benchmarks/data/utterances.jsonl] [--generated 200] [--seed 7]

Two parts: the utterances written by hand (benchmarks/utterance_cases.py), and utterances generated
from templates here, whose labels come from the slots put into them, never from running the
extractor. Labels follow the conventions utterance_cases.py states.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from retrieval.vocabulary import COLOR_FAMILIES
from utterance_cases import (
    BLUE, BRAC, GOLD, GREEN, HAND, HELD_OUT, HELD_OUT_2, NECK, RED, RINGS, SILVER, band, carats, case, usd,
)  # fmt: skip

OUT = Path(__file__).parent / "data" / "utterances.jsonl"


# --- generated -------------------------------------------------------------------------------------

OPENERS = ("", "", "hi, ", "I'm looking for ", "show me ", "do you have ", "can I see ", "I need ", "looking for ",
           "I want ", "could you find me ", "any ")  # fmt: skip
CLOSERS = ("", "", "", " please", "?", "!", " thanks")
CATEGORIES = [
    ("ring", RINGS), ("rings", RINGS), ("engagement ring", ["engagement ring"]), ("wedding band", ["wedding band"]),
    ("band", ["wedding band"]), ("necklace", NECK), ("chain", NECK), ("choker", ["necklace"]),
    ("pendant", ["pendant"]), ("locket", ["pendant"]), ("earrings", ["earrings"]), ("studs", ["earrings"]),
    ("hoops", ["earrings"]), ("drop earrings", ["earrings"]), ("bracelet", BRAC), ("bangle", ["bangle"]),
    ("cuff", ["bangle"]), ("anklet", ["anklet"]), ("brooch", ["brooch"]), ("solitaire", ["engagement ring"]),
]  # fmt: skip
RING_PHRASES = [c for c in CATEGORIES if set(c[1]) <= set(RINGS)]
METALS = [
    ("gold", GOLD), ("yellow gold", ["yellow gold"]), ("white gold", ["white gold"]), ("rose gold", ["rose gold"]),
    ("rose-gold", ["rose gold"]), ("sterling silver", SILVER), ("silver", SILVER), ("platinum", ["platinum"]),
    ("sterling", SILVER), ("white-gold", ["white gold"]),
]  # fmt: skip
KARAT_METALS = [
    ("14k white gold", [14], ["white gold"]), ("18 karat yellow gold", [18], ["yellow gold"]), ("10k gold", [10], GOLD),
    ("18ct rose gold", [18], ["rose gold"]), ("14kt yellow", [14], ["yellow gold"]), ("24 karat gold", [24], GOLD),
    ("9ct gold", [9], GOLD), ("14K rose gold", [14], ["rose gold"]), ("18k", [18], GOLD),
]  # fmt: skip
GEMSTONES = ("diamond", "ruby", "sapphire", "emerald", "pearl", "amethyst", "topaz", "aquamarine", "garnet", "opal",
             "peridot", "citrine")  # fmt: skip
PLURALS = {"ruby": "rubies", "topaz": "topaz"}
COLOR_STONES = [
    ("pink sapphire", ["sapphire"], ["pink"]), ("blue topaz", ["topaz"], BLUE), ("black pearl", ["pearl"], ["black"]),
    ("yellow diamond", ["diamond"], list(COLOR_FAMILIES["yellow"])), ("white sapphire", ["sapphire"], list(COLOR_FAMILIES["white"])),
    ("black diamond", ["diamond"], ["black"]), ("london blue topaz", ["topaz"], ["london blue"]),
    ("golden pearl", ["pearl"], ["golden"]), ("pink pearl", ["pearl"], ["pink"]),
]  # fmt: skip
COLOR_ONLY = [("green stone", GREEN), ("purple stone", ["purple"]), ("red gemstone", RED), ("blue stone", BLUE),
              ("black stone", ["black"])]  # fmt: skip
PRICE_VALUES = (150, 200, 250, 300, 400, 500, 750, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000)


def price_phrase(rng: random.Random) -> tuple[str, dict]:
    x = rng.choice(PRICE_VALUES)
    a, b = sorted(rng.sample(PRICE_VALUES, 2))
    k = rng.choice((1, 2, 3, 1.5, 2.5))
    kx = int(k * 1000)
    forms = [
        (f"under {x}", {"price_max": x}), (f"under ${x:,}", {"price_max": x}), (f"less than ${x}", {"price_max": x}),
        (f"below {x} dollars", {"price_max": x}), (f"no more than ${x}", {"price_max": x}),
        (f"{x} max", {"price_max": x}), (f"${x} or less", {"price_max": x}), (f"up to {x} bucks", {"price_max": x}),
        (f"over ${x}", {"price_min": x}), (f"at least {x} dollars", {"price_min": x}),
        (f"more than ${x}", {"price_min": x}), (f"${x}+", {"price_min": x}),
        (f"between {a} and {b}", {"price_min": a, "price_max": b}), (f"${a}-${b}", {"price_min": a, "price_max": b}),
        (f"{a} to {b} dollars", {"price_min": a, "price_max": b}), (f"from ${a} to ${b}", {"price_min": a, "price_max": b}),
        (f"around ${x}", band(x)), (f"about {x} bucks", band(x)), (f"roughly ${x}", band(x)), (f"{x}ish", band(x)),
        (f"under {k:g}k", {"price_max": kx}), (f"around {k:g} grand", band(kx)), (f"budget of ${k:g}k", {"price_max": kx}),
        (f"under €{x}", {"price_max": usd(x, "EUR")}), (f"around £{x}", band(usd(x, "GBP"))),
        (f"under ₹{x * 100:,}", {"price_max": usd(x * 100, "INR")}), (f"max {x} euros", {"price_max": usd(x, "EUR")}),
    ]  # fmt: skip
    return rng.choice(forms)


def carat_phrase(rng: random.Random) -> tuple[str, dict]:
    return rng.choice([
        ("at least 1 carat", {"carat_min": 1}), ("over 0.5 ct", {"carat_min": 0.5}), ("under 2 carats", {"carat_max": 2}),
        ("1 carat", carats(1)), ("1.5 ct", carats(1.5)), ("half a carat", carats(0.5)), ("a quarter carat", carats(0.25)),
        ("2ct", carats(2)), ("between 1 and 2 carats", {"carat_min": 1, "carat_max": 2}),
        ("1 carat or more", {"carat_min": 1}), ("no bigger than 0.75 ct", {"carat_max": 0.75}),
    ])  # fmt: skip


def size_phrase(rng: random.Random) -> tuple[str, float, list[str]]:
    """A ring size, and the categories its words name ("ring size 9" says "ring")."""
    size, value = rng.choice([
        ("size 7", 7), ("size 6.5", 6.5), ("size 8 1/2", 8.5), ("size six", 6), ("ring size 9", 9),
        ("size 5 and a half", 5.5), ("size 7 1/4", 7.25), ("in a size 10", 10), ("size 4.75", 4.75),
    ])  # fmt: skip
    return size, value, RINGS if "ring" in size else []


NEGATIONS = [
    ("no diamonds", {"exclude_gemstones": ["diamond"]}), ("without stones", {"gemstones": ["none"]}),
    ("not in yellow gold", {"exclude_metals": ["yellow gold"]}), ("anything but silver", {"exclude_metals": SILVER}),
    ("no pearls or opals", {"exclude_gemstones": ["pearl", "opal"]}), ("avoid rose gold", {"exclude_metals": ["rose gold"]}),
    ("I don't want platinum", {"exclude_metals": ["platinum"]}), ("no gemstones", {"gemstones": ["none"]}),
    ("nothing with rubies", {"exclude_gemstones": ["ruby"]}), ("not white gold", {"exclude_metals": ["white gold"]}),
    ("no pendants", {"exclude_categories": ["pendant"]}), ("not a bracelet", {"exclude_categories": BRAC}),
    ("I don't want rings", {"exclude_categories": RINGS}), ("no brooches or anklets", {"exclude_categories": ["brooch", "anklet"]}),
]  # fmt: skip


def negation_for(
    rng: random.Random, categories: list[str], metals: list[str], gem: str | None = None
) -> tuple[str, dict]:
    """A negation that leaves something of what the sentence asks for ("rings, not a bracelet")."""

    def fits(negated: dict) -> bool:
        return (
            not set(categories) <= set(negated.get("exclude_categories", [categories[0]]))
            and not (metals and set(metals) <= set(negated.get("exclude_metals", [])))
            and gem not in negated.get("exclude_gemstones", [])
            and not (gem and "gemstones" in negated)
        )

    return rng.choice([n for n in NEGATIONS if fits(n[1])])


OCCASIONS = [
    ("for our anniversary", {"occasions": ["anniversary"]}),
    ("for her birthday", {"occasions": ["birthday"], "recipients": ["her"]}),
    ("for everyday wear", {"occasions": ["everyday"]}), ("as a gift", {"occasions": ["gift"]}),
    ("for a party", {"occasions": ["party"]}), ("for work", {"occasions": ["work"]}),
    ("for my wedding", {"occasions": ["wedding"]}), ("for christmas", {"occasions": ["gift"]}),
]  # fmt: skip
RECIPIENTS = [
    ("for my wife", "wife"), ("for my mom", "mother"), ("for my husband", "husband"), ("for my boyfriend", "boyfriend"),
    ("for my daughter", "daughter"), ("for him", "him"), ("for her", "her"), ("for my sister", "sister"),
    ("for my girlfriend", "girlfriend"), ("for my dad", "father"),
]  # fmt: skip
STYLES = [("vintage", "vintage"), ("minimalist", "minimalist"), ("classic", "classic"), ("modern", "modern"),
          ("boho", "bohemian"), ("art deco", "art deco"), ("statement", "statement"), ("romantic", "romantic"),
          ("dainty", "minimalist"), ("antique", "vintage")]  # fmt: skip
STOCK = ("in stock", "available now", "ready to ship")


def typo(word: str, rng: random.Random) -> str:
    """A realistic slip: an inner letter dropped, doubled or swapped with its neighbour."""
    i = rng.randrange(1, len(word) - 2)
    return rng.choice(
        (word[:i] + word[i + 1 :], word[:i] + word[i + 1] + word[i] + word[i + 2 :], word[:i] + word[i] + word[i:])
    )


def misspell(phrase: str, rng: random.Random) -> str:
    words = phrase.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long_words:
        return phrase
    i = rng.choice(long_words)
    words[i] = typo(words[i], rng)
    return " ".join(words)


def merge(*parts: dict) -> dict:
    fields: dict = {}
    for part in parts:
        for key, value in part.items():
            if isinstance(value, list):
                fields[key] = fields.get(key, []) + [v for v in value if v not in fields.get(key, [])]
            else:
                fields[key] = value
    # The narrower exclusion wins over the broader inclusion: "gold, not in yellow gold".
    for include, exclude in (
        ("metals", "exclude_metals"),
        ("gemstones", "exclude_gemstones"),
        ("categories", "exclude_categories"),
    ):
        if include in fields and exclude in fields:
            fields[include] = [v for v in fields[include] if v not in fields[exclude]]
            if not fields[include]:
                del fields[include]
    return fields


def generate_one(rng: random.Random) -> dict:
    opener, closer = rng.choice(OPENERS), rng.choice(CLOSERS)
    category, categories = rng.choice(CATEGORIES)
    metal, metals = rng.choice(METALS)
    gem = rng.choice(GEMSTONES)
    tags = ["generated"]
    if rng.random() < 0.2:
        category, metal, tags = misspell(category, rng), misspell(metal, rng), tags + ["typo"]
    template = rng.randrange(10)
    if template == 0:
        style, style_value = rng.choice(STYLES)
        price, price_fields = price_phrase(rng)
        text = f"{opener}{style} {metal} {category} {price}{closer}"
        fields = merge({"styles": [style_value], "metals": metals, "categories": categories}, price_fields)
    elif template == 1:
        price, price_fields = price_phrase(rng)
        text = f"{opener}a {gem} {category} in {metal}, {price}{closer}"
        fields = merge({"gemstones": [gem], "categories": categories, "metals": metals}, price_fields)
    elif template == 2:
        negation, negated = negation_for(rng, categories, [], gem)
        text = f"{opener}{category} with {PLURALS.get(gem, gem + 's')}, {negation}{closer}"
        fields = merge({"categories": categories, "gemstones": [gem]}, negated)
    elif template == 3:
        karat_metal, karats, karat_metals = rng.choice(KARAT_METALS)
        occasion, occasion_fields = rng.choice(OCCASIONS)
        price, price_fields = price_phrase(rng)
        text = f"{opener}{karat_metal} {category} {occasion} {price}{closer}"
        fields = merge(
            {"karats": karats, "metals": karat_metals, "categories": categories}, occasion_fields, price_fields
        )
    elif template == 4:
        stone, gems, colors = rng.choice(COLOR_STONES)
        recipient, who = rng.choice(RECIPIENTS)
        text = f"{opener}{stone} {category} {recipient}{closer}"
        fields = merge({"gemstones": gems, "gemstone_colors": colors, "categories": categories, "recipients": [who]})
    elif template == 5:
        carat, carat_fields = carat_phrase(rng)
        price, price_fields = price_phrase(rng)
        text = f"{opener}{gem} {category}, {carat}, {price}{closer}"
        fields = merge({"gemstones": [gem], "categories": categories}, carat_fields, price_fields)
    elif template == 6:
        ring, ring_categories = rng.choice(RING_PHRASES)
        size, ring_size, size_categories = size_phrase(rng)
        stock = rng.choice(STOCK)
        text = f"{opener}{metal} {ring} {size}, {stock}{closer}"
        fields = merge({"metals": metals, "categories": ring_categories + size_categories, "ring_size": ring_size,
                        "in_stock_only": True})  # fmt: skip
    elif template == 7:
        price, price_fields = price_phrase(rng)
        recipient, who = rng.choice(RECIPIENTS)
        text = f"{price.capitalize()}, {metal} {category} {recipient}{closer}"
        fields = merge(price_fields, {"metals": metals, "categories": categories, "recipients": [who]})
    elif template == 8:
        negation, negated = negation_for(rng, categories, metals)
        style, style_value = rng.choice(STYLES)
        text = f"{opener}{style} {category} in {metal}, {negation}{closer}"
        fields = merge({"styles": [style_value], "categories": categories, "metals": metals}, negated)
    else:
        colored, colors = rng.choice(COLOR_ONLY)
        occasion, occasion_fields = rng.choice(OCCASIONS)
        text = f"{opener}{category} with a {colored} {occasion}{closer}"
        fields = merge(
            {"categories": categories, "gemstone_colors": colors, "exclude_gemstones": ["none"]}, occasion_fields
        )
    return case(text, " ".join(tags), **fields)


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    seen: set[str] = set()
    cases = []
    while len(cases) < n:
        one = generate_one(rng)
        if one["text"] not in seen:
            seen.add(one["text"])
            cases.append(one)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--generated", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    hand = [{**one, "tags": ["hand", *one["tags"]]} for one in HAND]
    hand += [{**one, "tags": ["hand", "holdout", *one["tags"]]} for one in HELD_OUT]
    hand += [{**one, "tags": ["hand", "holdout2", *one["tags"]]} for one in HELD_OUT_2]
    cases = hand + generate(args.generated, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for one in cases:
            f.write(json.dumps(one, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} utterances ({len(hand)} by hand, {len(cases) - len(hand)} generated) to {args.out}")


if __name__ == "__main__":
    main()
