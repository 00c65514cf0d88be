"""What the Assistant listens for, read from the shop's catalog once per ingest: the prompt that
biases Whisper towards the shop's words, the vocabulary near misses are snapped to, and the
language model that picks among Whisper's N best readings (perception/language_model.py).

`hear` runs a trimmed, denoised recording through all three.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Iterable

import numpy as np

from assistant.understanding import plural
from perception.asr import ASR, SAMPLE_RATE, Transcript, choose_transcript, vocabulary_prompt
from perception.config import ASRConfig
from perception.language_model import ShopLanguageModel
from perception.snapping import COMMON_WORDS, english_words, snap_to_vocabulary
from retrieval.catalog import Item
from retrieval.vocabulary import CATEGORIES, COLOR_FAMILIES, GEMSTONES, METALS, NO_GEMSTONE, OCCASIONS, RECIPIENTS, STYLES

STONES = tuple(gem for gem in GEMSTONES if gem != NO_GEMSTONE)
# What a transcript's near misses are snapped to (ASRConfig.snap_to_vocabulary), with the
# words of the catalog's titles (collection names, designs: "Marlowe", "solitaire").
SPEECH_WORDS = (*STONES, *METALS, *CATEGORIES, *STYLES, *OCCASIONS, "jewelry")
COLOR_WORDS = tuple(color for color in COLOR_FAMILIES if " " not in color)
TITLE_WORD = re.compile(r"[A-Za-z]{4,}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# How shoppers ask, which no catalog says: "I need a bangle" as well as "Rose Gold Bangle".
# Everyday English requests; without them "I need a" loses to "I lead a".
REQUEST_OPENERS = (
    "show me", "i'm looking for", "i am looking for", "looking for", "do you have", "have you got", "have you any",
    "do you sell", "i want", "i would like", "i'd like", "can i see", "could i see", "can you show me", "i need",
    "find me", "i'm after", "is there", "what about",
)  # fmt: skip
PRICE_WORDS = ("under", "over", "around", "below", "above", "less than", "more than", "about", "up to")
PRONOUN_RECIPIENTS = ("her", "him", "myself")
OCCASIONS_WITHOUT_ARTICLE = ("everyday", "work")  # "for work", but "for a party"


@dataclass
class ShopHearing:
    prompt: str  # for Whisper: stones, metals, then the words it is least likely to guess
    vocabulary: tuple[str, ...]
    catalog_words: list[str]  # title words, snapped to more strictly (perception/snapping.py)
    language_model: ShopLanguageModel


def shop_hearing(items: Iterable[Item], max_lm_items: int) -> ShopHearing:
    """Read from every item's title; the language model from at most `max_lm_items` items,
    spread evenly over the catalog (the shop's phrasing repeats long before a big catalog ends)."""
    items = sorted(items, key=lambda item: item.id)
    title_words = Counter(word.lower() for item in items for word in TITLE_WORD.findall(item.title))
    catalog_words = [word for word, _ in title_words.most_common() if word not in COMMON_WORDS]  # most said first
    # Whisper guesses everyday words unprompted; the shop's own names ("Marlowe") it cannot.
    rare = [word for word in catalog_words if word not in english_words()]
    everyday = [word for word in catalog_words if word in english_words()]
    prompt = vocabulary_prompt([*STONES, *METALS, *rare, *STYLES, *CATEGORIES, *everyday, *COLOR_WORDS])
    every = max(1, -(-len(items) // max_lm_items))  # ceiling division
    return ShopHearing(prompt, SPEECH_WORDS, sorted(catalog_words), ShopLanguageModel(_sentences(items[::every])))


def _sentences(items: list[Item]) -> Iterable[str]:
    """What the shop's language model learns from: its items' words, and its vocabulary."""
    for item in items:
        yield item.title
        yield from (sentence for sentence in SENTENCE_END.split(item.description) if sentence)
        yield " ".join(part for part in (item.metal, item.gemstone if item.gemstone != NO_GEMSTONE else "", item.category) if part)
        yield from (part for part in (item.style, item.occasion, *item.tags) if part)
    for words in (STONES, METALS, CATEGORIES, STYLES, OCCASIONS, COLOR_WORDS):
        yield from words
    yield from _requests()


def _requests() -> Iterable[str]:
    """A shopper's requests, one per opener and kind of piece, and the phrases around them:
    stones wanted or not, price limits, who it is for, what for."""
    for opener in REQUEST_OPENERS:
        yield f"{opener} something"
        for category in CATEGORIES:
            yield f"{opener} {_with_article(category)}"
            yield f"{opener} {category if category.endswith('s') else plural(category)}"
    for metal in METALS:
        yield f"{_with_article(metal)} {metal} piece"
    for stone in STONES:
        yield f"with {_with_article(stone)}"
        for word in ("with", "without", "no"):
            yield f"{word} {plural(stone)}"
    for word in PRICE_WORDS:
        yield f"{word} $500"
        yield f"{word} 500 dollars"
    for recipient in RECIPIENTS:
        person = recipient if recipient in PRONOUN_RECIPIENTS or recipient.endswith("men") else f"my {recipient}"
        yield f"a gift for {person}"
        yield f"something for {person}"
    for occasion in OCCASIONS:
        yield f"for {occasion if occasion in OCCASIONS_WITHOUT_ARTICLE else _with_article(occasion)}"


def _with_article(phrase: str) -> str:
    return f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"


def hear(asr: ASR, speech: np.ndarray, hearing: ShopHearing, config: ASRConfig) -> Transcript:
    """What the shopper most likely said in `speech` (16 kHz): Whisper's N best readings, each snapped to the shop's
    vocabulary (unless switched off), the one the shop's language model and Whisper together
    rank first."""
    hypotheses = asr.hypotheses(speech, prompt=hearing.prompt, count=config.hypotheses)
    snap = partial(snap_to_vocabulary, vocabulary=hearing.vocabulary, catalog_words=hearing.catalog_words)
    normalise = snap if config.snap_to_vocabulary else str
    return choose_transcript(hypotheses, len(speech) / SAMPLE_RATE, hearing.language_model.logprob, config, normalise)
