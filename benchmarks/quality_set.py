"""The labelled evaluation set of benchmarks/quality.py, drawn from the demo catalog's own attributes.

Each query starts from a catalog item and asks for some of its facts: hard constraints (category,
metal, stone, karat, price, exclusions, stock) and wishes (style, occasion, design, who it is for, a
style to have less of). Photo queries are catalog shots made into a shopper's snapshot (`augment`);
voice queries are the typed kind spoken by espeak-ng and heard by the Assistant (`transcribe`).
"""

from __future__ import annotations

import io
import math
import random
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance

from assistant.assistant import Assistant
from retrieval.catalog import Item
from retrieval.constraints import Constraints, Preferences
from retrieval.demo.render import studio_background
from retrieval.demo.specs import DESIGNS
from retrieval.vocabulary import METALS, NO_GEMSTONE

SEED = 2024
QUERIES = {"text": 150, "voice": 60, "photo": 60, "photo+text": 60}

DESIGN_WORDS = {d.tag: d.word.lower() for designs in DESIGNS.values() for d in designs}
OCCASION_PHRASES = {
    "everyday": "for everyday", "gift": "as a gift", "anniversary": "for our anniversary", "birthday": "for a birthday",
    "party": "for a party", "work": "to wear to work", "wedding": "for a wedding", "engagement": "to propose with",
}  # fmt: skip
CATEGORY_PHRASES = {"earrings": "earrings", "engagement ring": "engagement ring", "wedding band": "wedding band"}
STYLES = ("classic", "modern", "vintage", "minimalist", "bohemian", "art deco", "statement", "romantic")
VOICES = (("en-us", 150), ("en-gb", 160), ("en-us", 170), ("en-gb", 140))
PRICE_STEPS = ((300, 50), (1000, 100), (5000, 500), (math.inf, 1000))  # (below, round up to)


# --- the labelled set --------------------------------------------------------------------------


@dataclass
class Wish:
    """One soft attribute a relevant item should have."""

    field: str  # style, occasion, design, mens, not_style, category, metal, gemstone, gemstone_color
    value: str | bool

    def met_by(self, item: Item) -> bool:
        if self.field == "design":
            return bool(item.tags) and item.tags[0] == self.value
        if self.field == "mens":
            return ("men's" in item.tags) == self.value
        if self.field == "not_style":
            return item.style != self.value
        return getattr(item, self.field) == self.value


@dataclass
class EvalQuery:
    qid: str
    modality: str
    text: str | None
    constraints: Constraints
    preferences: Preferences
    wishes: list[Wish]
    source_id: str  # the catalog item the query was drawn from
    photo_seed: int | None = None
    spoken: str | None = None  # what espeak-ng says, for voice queries
    # False when the words only restate the constraints ("like this but in white gold"):
    # perfectly understood, nothing of them is left to match as text.
    content_words: bool = True
    image: Image.Image | None = field(default=None, repr=False)

    def relevance(self, item: Item) -> int:
        if not self.constraints.allows(item):
            return 0
        met = sum(wish.met_by(item) for wish in self.wishes)
        if met == len(self.wishes):
            return 2
        return 1 if 2 * met >= len(self.wishes) else 0


def price_ceiling(price: float, rng: random.Random) -> int:
    """A round budget a little above a price: 437 -> 450 or 500."""
    raised = price * rng.uniform(1.05, 1.4)
    step = next(step for below, step in PRICE_STEPS if raised < below)
    return int(math.ceil(raised / step) * step)


def plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + ("es" if noun.endswith("z") else "s")


def spoken_price(text: str) -> str:
    return " ".join(f"{word[1:].replace(',', '')} dollars" if word.startswith("$") else word for word in text.split())


def words_query(seed: Item, rng: random.Random, catalog: list[Item]) -> tuple[str, Constraints, Preferences, list[Wish]]:
    """A typed request for some of `seed`'s facts, phrased one of several ways."""
    constraints, preferences, wishes = Constraints(categories=[seed.category]), Preferences(), []
    style = occasion = design = recipient = ""
    options = ["style", "occasion", "design", "recipient"]
    for wish in rng.sample(options, rng.randint(1, 3)):
        if wish == "style":
            style = seed.style
            preferences.styles.append(style)
            wishes.append(Wish("style", style))
        elif wish == "occasion":
            occasion = OCCASION_PHRASES[seed.occasion]
            preferences.occasions.append(seed.occasion)
            wishes.append(Wish("occasion", seed.occasion))
        elif wish == "design" and seed.tags and seed.tags[0] in DESIGN_WORDS:
            design = DESIGN_WORDS[seed.tags[0]]
            wishes.append(Wish("design", seed.tags[0]))
        elif wish == "recipient":
            mens = "men's" in seed.tags
            recipient = rng.choice(("for my husband", "for him")) if mens else rng.choice(("for my wife", "for her", "for my mom"))
            preferences.recipients.append(recipient.split()[-1])
            wishes.append(Wish("mens", mens))
    if not wishes:  # the design wish had no design word
        style = seed.style
        preferences.styles.append(style)
        wishes.append(Wish("style", style))

    metal = karat = stone = budget = exclusion = less = stock = ""
    if rng.random() < 0.7:
        metal = seed.metal
        constraints.metals = [seed.metal]
        if seed.karat and rng.random() < 0.25:
            karat = f"{seed.karat}k"
            constraints.karats = [seed.karat]
    if seed.has_stone and rng.random() < 0.6:
        stone = f"with {'an' if seed.gemstone[0] in 'aeiou' else 'a'} {seed.gemstone}"
        constraints.gemstones = [seed.gemstone]
    elif not seed.has_stone and rng.random() < 0.5:
        stone = "without stones"
        constraints.gemstones = [NO_GEMSTONE]
    if rng.random() < 0.6:
        ceiling = price_ceiling(seed.price, rng)
        budget = f"under ${ceiling:,}"
        constraints.price_max = ceiling
    others = sorted({item.gemstone for item in catalog if item.category == seed.category and item.has_stone} - {seed.gemstone})
    if others and not constraints.gemstones and rng.random() < 0.25:
        excluded = rng.choice(others)
        exclusion = f"no {plural(excluded)}"
        constraints.exclude_gemstones = [excluded]
    if rng.random() < 0.15:
        avoided = rng.choice([s for s in STYLES if s != seed.style])
        less = rng.choice(("nothing too {}", "less {}")).format(avoided)
        preferences.avoid_terms.append(avoided)
        wishes.append(Wish("not_style", avoided))
    if seed.in_stock and rng.random() < 0.1:
        stock = "in stock"
        constraints.in_stock_only = True

    noun = CATEGORY_PHRASES.get(seed.category, seed.category)
    head = " ".join(part for part in (style, karat, metal, design, noun) if part)
    tail = [part for part in (stone, occasion, recipient, budget) if part]
    rng.shuffle(tail)
    article = "" if seed.category == "earrings" else "an " if head[0] in "aeiou" else "a "
    opener = rng.choice(("", "show me ", "looking for ", "do you have ", "i want "))
    text = opener + article + head + (" " + " ".join(tail) if tail else "")
    text += "".join(f", {extra}" for extra in (exclusion, less, stock) if extra)
    return text, constraints, preferences, wishes


def photo_wishes(item: Item) -> list[Wish]:
    return [Wish("category", item.category), Wish("metal", item.metal), Wish("gemstone", item.gemstone),
            Wish("gemstone_color", item.gemstone_color), Wish("design", item.tags[0] if item.tags else "")]  # fmt: skip


def composition(seed: Item, rng: random.Random, catalog: list[Item]) -> tuple[str, Constraints, list[Wish]] | None:
    """"like this but ..." with one fact changed, or None when no catalog item has the change."""
    same_look = [Wish("category", seed.category), Wish("design", seed.tags[0] if seed.tags else "")]
    changes = []
    for metal in METALS:
        if metal != seed.metal:
            changes.append((f"like this but in {metal}", Constraints(metals=[metal]), same_look + [Wish("gemstone", seed.gemstone)]))
    for stone in sorted({item.gemstone for item in catalog if item.category == seed.category and item.has_stone}):
        if stone != seed.gemstone:
            changes.append((f"like this but with {'an' if stone[0] in 'aeiou' else 'a'} {stone}", Constraints(gemstones=[stone]),
                            same_look + [Wish("metal", seed.metal)]))  # fmt: skip
    cheaper = int(seed.price * 0.8 // 50 * 50)
    if cheaper >= 50:
        changes.append((f"something like this under ${cheaper:,}", Constraints(price_max=cheaper),
                        same_look + [Wish("metal", seed.metal), Wish("gemstone", seed.gemstone)]))  # fmt: skip
    rng.shuffle(changes)
    for text, constraints, wishes in changes:
        probe = EvalQuery("", "", text, constraints, Preferences(), wishes, seed.id)
        if any(probe.relevance(item) == 2 for item in catalog):
            return text, constraints, wishes
    return None


def build_queries(catalog: list[Item]) -> list[EvalQuery]:
    rng = random.Random(SEED)
    queries: list[EvalQuery] = []
    for modality, count in QUERIES.items():
        while sum(q.modality == modality for q in queries) < count:
            seed = rng.choice(catalog)
            qid = f"{modality}-{sum(q.modality == modality for q in queries):03d}"
            if modality in ("text", "voice"):
                text, constraints, preferences, wishes = words_query(seed, rng, catalog)
                spoken = spoken_price(text) if modality == "voice" else None
                queries.append(EvalQuery(qid, modality, text, constraints, preferences, wishes, seed.id, spoken=spoken))
            elif modality == "photo":
                queries.append(EvalQuery(qid, modality, None, Constraints(), Preferences(), photo_wishes(seed), seed.id,
                                         photo_seed=rng.randrange(2**31)))  # fmt: skip
            else:
                made = composition(seed, rng, catalog)
                if made:
                    text, constraints, wishes = made
                    queries.append(EvalQuery(qid, modality, text, constraints, Preferences(), wishes, seed.id,
                                             photo_seed=rng.randrange(2**31), content_words=False))  # fmt: skip
    return queries


# --- photos and speech -------------------------------------------------------------------------


def augment(photo: Image.Image, seed: int) -> Image.Image:
    """A shopper's snapshot of a catalog shot: new background (half the time), rotation, crop,
    colour jitter, and JPEG compression; the same seed gives the same picture."""
    rng = random.Random(seed)
    image = photo.convert("RGB")
    if rng.random() < 0.5:
        image = new_background(image, rng)
    border = tuple(int(v) for v in np.asarray(image)[0, 0])
    image = image.rotate(rng.uniform(-20, 20), resample=Image.Resampling.BICUBIC, fillcolor=border)
    side = image.width
    crop = rng.uniform(0.75, 0.95)
    size = int(side * crop)
    left, top = rng.randint(0, side - size), rng.randint(0, side - size)
    image = image.crop((left, top, left + size, top + size)).resize((side, side), Image.Resampling.BICUBIC)
    for enhancer in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        image = enhancer(image).enhance(rng.uniform(0.8, 1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=rng.randint(35, 75))
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def new_background(image: Image.Image, rng: random.Random) -> Image.Image:
    """Swap the studio paper for a coloured gradient: pixels close to the paper are replaced."""
    pixels = np.asarray(image, dtype=np.float32)
    paper = np.asarray(studio_background(image.width), dtype=np.float32)
    is_paper = np.abs(pixels - paper).max(axis=2) < 12
    top, bottom = (np.array([rng.randint(30, 230) for _ in range(3)], np.float32) for _ in range(2))
    ramp = np.linspace(0.0, 1.0, image.height, dtype=np.float32)[:, None, None]
    backdrop = np.broadcast_to(top + (bottom - top) * ramp, pixels.shape)
    return Image.fromarray(np.where(is_paper[..., None], backdrop, pixels).astype(np.uint8))


def transcribe(assistant: Assistant, queries: list[EvalQuery], folder: Path) -> None:
    """Speak each voice query with espeak-ng and replace its text by what the Assistant heard."""
    for number, query in enumerate(q for q in queries if q.modality == "voice"):
        voice, speed = VOICES[number % len(VOICES)]
        wav = folder / f"{query.qid}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(wav), query.spoken], check=True, capture_output=True)
        query.text = assistant.turn(audio=wav).transcript or ""
