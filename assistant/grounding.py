"""The grounding verifier: every product name, price, number and attribute a reply states must
come from the items it was given (or, for budgets and sizes, from the shopper's own request).

`GroundedStream` applies the same check while tokens stream: plain words pass at once, and a
sentence that names a product, a number or an attribute is held until it is complete and checked,
so an unverified claim never reaches the shopper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from assistant.answer import prose_name
from assistant.catalog_titles import CatalogTitles
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.folding import WORD_MARKS
from retrieval.lexicon import load_lexicon
from retrieval.untrusted import looks_like_instruction, usable_as_name
from retrieval.vocabulary import GEMSTONES, METALS, NO_GEMSTONE

_LEXICON = load_lexicon()
# Every currency symbol and word of retrieval/lexicon/currencies.toml, before or after an amount.
_SYMBOLS = {symbol for currency in _LEXICON.currencies.values() for symbol in currency.symbols} | set(_LEXICON.dollar_words)
_WORDS = _SYMBOLS | {word for currency in _LEXICON.currencies.values() for word in currency.words}


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


MONEY = re.compile(
    rf"(?<!\w)(?:{_alternation(_SYMBOLS)})\s?(\d[\d,]*(?:\.\d+)?)(k\b)?|\b(\d[\d,]*(?:\.\d+)?)\s?(?:{_alternation(_WORDS)})(?!\w)", re.I
)
NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)(?![\w])|(\d+)(?=k\b|kt\b|ct\b|mm\b)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
PRODUCT_NOUNS = (
    "ring", "rings", "band", "bands", "necklace", "necklaces", "pendant", "pendants", "earrings", "studs",
    "hoops", "bracelet", "bracelets", "bangle", "bangles", "anklet", "anklets", "brooch", "brooches", "chain", "locket",
)  # fmt: skip
WORD = re.compile(rf"(?:[\w'’]|[{WORD_MARKS}])+")  # a word with its letters' marks ("सोना" whole), as retrieval/folding.py reads one
TITLE_PHRASE = re.compile(rf"((?:[A-Z][\w'’-]*|\d+k|&|and|with|of|in|the)(?:\s+(?:[A-Z][\w'’-]*|\d+k|&|and|with|of|in|the))*\s+(?:{'|'.join(p.title() for p in PRODUCT_NOUNS)}))\b")
ATTRIBUTE_WORDS = {
    **{metal: metal for metal in METALS},
    "silver": "sterling silver",
    **{gem: gem for gem in GEMSTONES if gem != NO_GEMSTONE},
    "rubies": "ruby", "diamonds": "diamond", "sapphires": "sapphire", "emeralds": "emerald", "pearls": "pearl",
}  # fmt: skip
MAX_LIST_INDEX = 10  # "1." "2." list markers are not claims
QUOTED_WORDS = 4  # this many words in a row from an instruction-like title is repeating it
# Prices the catalog never states: a piece is never free, and Facet knows no sales or codes.
PRICE_CLAIM = re.compile(
    r"\b(?:(?:is|are|for|comes?)\s+free|free of charge|at no (?:cost|charge)|no charge|complimentary|on the house"
    r"|on sale|discount(?:ed)?|\d+\s?% off|half[- ]price|coupons?|promo(?:tion(?:al)?)? codes?|voucher)\b",
    re.I,
)
# Words a stream holds until their sentence is checked: they start claims the checks above refuse.
HELD_WORDS = {
    "free", "sale", "discount", "discounted", "off", "coupon", "promo", "complimentary", "voucher",
    "ignore", "disregard", "tell", "email", "e-mail", "card", "password", "send", "pay", "wire", "transfer",
}  # fmt: skip


@dataclass
class Violation:
    kind: str  # "price", "number", "product", "attribute", "instruction"
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


class GroundingVerifier:
    def __init__(self, items: list[Item], user_text: str, constraints: Constraints, catalog_titles: Iterable[str] | CatalogTitles = ()):
        self.items = items
        self.prices = {round(price, 2) for item in items for price in _prices(item)}
        self.budget = {round(v, 2) for v in (constraints.price_min, constraints.price_max) if v is not None}
        self.numbers = _item_numbers(items) | _numbers(user_text) | self.prices | self.budget
        self.titles = {prose_name(item).lower(): item for item in items}
        self.catalog_titles = catalog_titles if isinstance(catalog_titles, CatalogTitles) else CatalogTitles(catalog_titles)
        self.unusable_titles = [_words(item.title) for item in items if not usable_as_name(item.title)]
        offered = lambda item: " ".join([*item.offered("metal"), *item.offered("gemstone")])  # noqa: E731 (its variants' too)
        item_words = " ".join(f"{i.title} {offered(i)} {i.description}" for i in items).lower()
        self.allowed_attributes = {canon for word, canon in ATTRIBUTE_WORDS.items() if word in item_words or word in user_text.lower()}

    def check(self, reply: str) -> list[Violation]:
        violations: list[Violation] = []
        for sentence in split_sentences(reply):
            violations += self._check_sentence(sentence)
        return violations

    def _check_sentence(self, sentence: str) -> list[Violation]:
        violations = self._instructions(sentence)
        violations += [Violation("price", match.group(0)) for match in PRICE_CLAIM.finditer(sentence)]
        named = self._named_items(sentence)
        money_spans = []
        for match in MONEY.finditer(sentence):
            money_spans.append(match.span())
            amount = _money_value(match)
            if amount in self.budget:
                continue
            if amount not in self.prices:
                violations.append(Violation("price", match.group(0)))
            elif len(named) == 1 and amount not in {round(price, 2) for price in _prices(named[0])}:
                violations.append(Violation("price", f"{match.group(0)} is not the price of {named[0].title}"))
        for match in NUMBER.finditer(sentence):
            if any(start <= match.start() < end for start, end in money_spans):
                continue
            value = _to_number(match.group(1) or match.group(2))
            if value not in self.numbers and not _is_list_marker(sentence, match, value):
                violations.append(Violation("number", match.group(0)))
        lowered = sentence.lower()
        violations += [Violation("product", title) for title in sorted(self.catalog_titles.found_in(lowered) - self.titles.keys())]
        for phrase in TITLE_PHRASE.findall(sentence):
            if not self._matches_a_given_title(phrase):
                violations.append(Violation("product", phrase))
        for word, canon in ATTRIBUTE_WORDS.items():
            if re.search(rf"\b{word}\b", lowered) and canon not in self.allowed_attributes:
                violations.append(Violation("attribute", word))
        return violations

    def _instructions(self, sentence: str) -> list[Violation]:
        """An instruction, or words repeated from a title that reads as one, is never prose."""
        if looks_like_instruction(sentence):
            return [Violation("instruction", sentence.strip())]
        said = _words(sentence)
        windows = {tuple(said[i : i + QUOTED_WORDS]) for i in range(len(said) - QUOTED_WORDS + 1)}
        for title in self.unusable_titles:
            if any(tuple(title[i : i + QUOTED_WORDS]) in windows for i in range(len(title) - QUOTED_WORDS + 1)):
                return [Violation("instruction", sentence.strip())]
        return []

    def _named_items(self, sentence: str) -> list[Item]:
        lowered = sentence.lower()
        return [item for title, item in self.titles.items() if title in lowered]

    def _matches_a_given_title(self, phrase: str) -> bool:
        """A capitalised product phrase must be (part of) a given item's title."""
        words = [w for w in WORD.findall(phrase.lower()) if w not in {"the", "and", "with", "of", "in"}]
        return any(all(word in title for word in words) for title in self.titles) if words else True


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def split_sentences(text: str) -> list[str]:
    return [part for part in SENTENCE_END.split(text) if part.strip()]


def _money_value(match: re.Match) -> float:
    value = _to_number(match.group(1) or match.group(3))
    return round(value * 1000, 2) if match.group(2) else value


def _to_number(text: str) -> float:
    return round(float(text.replace(",", "")), 2)


def _numbers(text: str) -> set[float]:
    return {_to_number(m.group(1) or m.group(2)) for m in NUMBER.finditer(text)} | {_to_number(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}


def _item_numbers(items: list[Item]) -> set[float]:
    numbers: set[float] = set()
    for item in items:
        numbers |= _numbers(f"{item.title} {item.description}")
        numbers |= {float(v) for v in (*item.offered("karat"), item.carat) if v is not None}
        numbers |= {round(size, 2) for size in item.ring_sizes}
    return numbers


def _prices(item: Item) -> list[float]:
    """A piece's prices an answer may state: its from-price and each variant offer's (never a price
    no variant has)."""
    return [item.price, *(offer.price for offer in item.variant_offers())]


def _is_list_marker(sentence: str, match: re.Match, value: float) -> bool:
    following = sentence[match.end() : match.end() + 1]
    return value.is_integer() and 1 <= value <= MAX_LIST_INDEX and following in (".", ")") and not sentence[: match.start()].strip()


class GroundingFailure(Exception):
    def __init__(self, violations: list[Violation]):
        super().__init__("; ".join(map(str, violations)))
        self.violations = violations


class GroundedStream:
    """Feed tokens; get back the text that is safe to show now. Raises GroundingFailure when a
    completed sentence fails the check; nothing of that sentence has been shown."""

    def __init__(self, verifier: GroundingVerifier, max_sentences: int | None = None):
        self.verifier = verifier
        self.max_sentences = max_sentences
        self.text = ""
        self.shown = 0  # characters of self.text already released
        self.checked = 0  # characters of self.text that belong to verified sentences
        self.sentences = 0

    @property
    def full(self) -> bool:
        """Enough sentences: the rest of the model's output is not wanted."""
        return self.max_sentences is not None and self.sentences >= self.max_sentences

    def feed(self, token: str) -> str:
        self.text += token
        self._check_complete_sentences()
        if self.full:
            return self._release(self.checked)
        return self._release(_safe_end(self.text, self.checked))

    def finish(self) -> str:
        if self.full:
            self.text = self.text[: self.checked]
        rest = self.text[self.checked :]
        if rest.strip():
            violations = self.verifier.check(rest)
            if violations:
                raise GroundingFailure(violations)
        self.checked = len(self.text)
        return self._release(len(self.text))

    def _check_complete_sentences(self) -> None:
        ends = [m.end() for m in SENTENCE_END.finditer(self.text, self.checked)]
        if not ends:
            return
        if self.full:
            return
        complete = self.text[self.checked : ends[-1]]
        violations = self.verifier.check(complete)
        if violations:
            raise GroundingFailure(violations)
        self.checked = ends[-1]
        self.sentences += len(split_sentences(complete))

    def _release(self, end: int) -> str:
        end = max(end, self.checked)
        released = self.text[self.shown : end] if end > self.shown else ""
        self.shown = max(self.shown, end)
        return released


def _safe_end(text: str, checked: int) -> int:
    """How far an unfinished sentence can be shown: up to its first word that could be a claim
    (a number, a price, a capitalised name after the first word, a metal or stone), and never a
    half-written word."""
    sentence = text[checked:]
    position = checked
    for index, match in enumerate(re.finditer(r"\S+\s*", sentence)):
        word = match.group().strip()
        complete = match.group() != match.group().rstrip() or False
        if not complete or _risky(word, first=index == 0):
            return position
        position = checked + match.end()
    return position


def _risky(word: str, first: bool) -> bool:
    bare = word.strip(".,;:!?\"'()").lower()
    return (
        any(ch.isdigit() or ch in "$€£₹¥" for ch in word)
        or (not first and word[:1].isupper() and bare != "i")
        or bare in ATTRIBUTE_WORDS
        or bare in HELD_WORDS
        or "@" in word
        or bare.startswith(("http", "www"))
        or bare in {"white", "yellow", "rose", "sterling"}
    )
