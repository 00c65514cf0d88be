"""Answers written by a chat model that names pieces only by their tags ("[1]"); Facet fills in
each name and price from the catalog (`render`). Each sentence is checked before the shopper
sees it: the model's own words against the one piece the sentence is about
(assistant/claims.py), and the filled-in sentence by the grounding verifier
(assistant/grounding.py: prices, products, instructions). A failing sentence after the first is
dropped; a failing first sentence makes the model write again once with the problems named,
then the template answer is used. While a sentence is being written, its words are shown up to
the first one that states a fact, and never fewer than MIN_SHOWN_WORDS of them."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.answer import format_price, prose_name
from assistant.claims import (
    ANY_STONE, COLOR_CLAIMS, DESIGN_CLAIMS, KIND_CLAIMS, METAL_CLAIMS, NO_STONE, STONE_CLAIMS, ClaimChecker, refs_in,
)  # fmt: skip
from assistant.config import LLMConfig
from assistant.grounding import HELD_WORDS, SENTENCE_END, GroundingVerifier, Violation
from assistant.prompt import AnswerRequest, build_messages

__all__ = ["AnswerRequest", "GroundedWriter", "WriterEvent", "render"]

log = logging.getLogger(__name__)
MIN_SHOWN_WORDS = 3  # an unfinished sentence is shown from this many words on: never a lone "The"
REF_AT = re.compile(r"\[(\d{1,2})\]")
ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(the|The|a|A|an|An)\s+$")
PRICE_AFTER = re.compile(r"^\s*,?\s*(?:at|for|priced at|is|costs)?\s*\$")
PLURAL_CATEGORIES = {"earrings"}
AGREEMENT = {" is ": " are ", " has ": " have ", " was ": " were ", " makes ": " make ", " comes ": " come "}
FACT_WORDS = set(METAL_CLAIMS) | set(STONE_CLAIMS) | ANY_STONE | NO_STONE | set(COLOR_CLAIMS) | set(KIND_CLAIMS) | DESIGN_CLAIMS
FACT_WORDS |= {word for phrase in METAL_CLAIMS for word in phrase.split()} | HELD_WORDS
FACT_WORDS |= {"cheaper", "pricier", "expensive", "affordable", "bigger", "larger", "smaller", "lighter", "heavier",
               "cheapest", "priciest", "less", "more", "most", "least", "save", "splurge", "premium", "both"}  # fmt: skip


@dataclass
class WriterEvent:
    kind: str  # "token": show this text; "restart": drop the prose shown so far; "final": the whole answer
    text: str
    source: str = ""  # on "final": "llm", "llm-retry" or "template"
    violations: list[Violation] = field(default_factory=list)
    dropped: int = 0  # on "final": sentences left out because they failed the check


def render(raw: str, items: list, mentioned: set[int]) -> str:
    """The model's text with each tag replaced by the piece's name, and its price at its first
    mention in the answer (`mentioned`, updated). "the [1]" keeps the model's article; a title
    that starts with "The" never doubles it; "[1] is" becomes "are" for a pair of earrings."""
    out, last = [], 0
    for match in REF_AT.finditer(raw):
        index = int(match.group(1)) - 1
        if not 0 <= index < len(items):
            continue
        item = items[index]
        before = raw[last : match.start()]
        article = ARTICLE_BEFORE.search(before)
        name = re.sub(r"^the\s+", "", prose_name(item), flags=re.I)
        if article:
            before = before[: article.start()]
            opener = "The" if article.group(1)[0].isupper() else "the"
        else:
            opener = "The" if not "".join(out).strip() and not before.strip() or re.search(r"[.!?]\s*$", before) else "the"
        priced = index not in mentioned and not PRICE_AFTER.match(raw[match.end() :])
        out.append(f"{before}{opener} {name}" + (f" ({format_price(item.price, item.currency)})" if priced else ""))
        mentioned.add(index)
        last = match.end()
        if item.category in PLURAL_CATEGORIES:
            rest = raw[last:]
            for singular, plural in AGREEMENT.items():
                if rest.startswith(singular):
                    out.append(plural)
                    last += len(singular)
                    break
    out.append(raw[last:])
    return "".join(out)


def _shown_prefix(sentence: str) -> str:
    """The words of an unfinished sentence that state nothing: up to its first fact word, number,
    capitalised name or half-written tag, ending on a whole word."""
    position = 0
    for index, match in enumerate(re.finditer(r"\S+\s+", sentence)):
        word = match.group().strip()
        bare = word.strip(".,;:!?\"'()").lower()
        if (
            bare in FACT_WORDS or any(ch.isdigit() or ch in "$€£₹¥@" for ch in word) and not REF_AT.fullmatch(word.strip(".,;:"))
            or "[" in word and not REF_AT.search(word) or index and word[:1].isupper() and bare != "i"
        ):  # fmt: skip
            break
        position = match.end()
    return sentence[:position]


class _Attempt:
    """One pass of the model: its raw text, checked sentence by sentence."""

    def __init__(self, request: AnswerRequest, verifier: GroundingVerifier, max_sentences: int):
        self.request, self.verifier, self.max_sentences = request, verifier, max_sentences
        self.claims = ClaimChecker(request.items, request.user_text, request.constraints)
        self.raw = ""
        self.checked = 0  # characters of raw already checked
        self.kept: list[str] = []  # rendered, verified sentences
        self.mentioned: list[int] = []
        self.problems: list[Violation] = []
        self.dropped = 0
        self.stopped = False

    @property
    def full(self) -> bool:
        return self.stopped or len(self.kept) >= self.max_sentences

    def feed(self, token: str) -> None:
        self.raw += token
        ends = [m.end() for m in SENTENCE_END.finditer(self.raw, self.checked)]
        for end in ends:
            if self.full:
                return
            self._settle(self.raw[self.checked : end])
            self.checked = end

    def finish(self) -> None:
        rest = self.raw[self.checked :]
        if rest.strip() and not self.full:
            self._settle(rest)
        self.checked = len(self.raw)

    def _settle(self, sentence: str) -> None:
        if not sentence.strip():
            return
        problems = self.claims.check(sentence, self.mentioned)
        mentioned = set(self.mentioned)
        rendered = render(sentence, self.request.items, mentioned)
        problems = problems or self.verifier.check(rendered)
        if problems:
            self.problems += problems
            self.dropped += bool(self.kept)
            self.stopped = True  # the rest builds on a sentence that was wrong: stop here
            return
        self.kept.append(rendered.strip())
        self.mentioned += [i for i in refs_in(sentence) if i not in self.mentioned]

    def visible(self) -> str:
        """What may be on screen now: the kept sentences, and the start of the one being written."""
        text = " ".join(self.kept)
        if self.full:
            return text
        pending = self.raw[self.checked :].lstrip()
        prefix = _shown_prefix(pending)
        if len(prefix.split()) < MIN_SHOWN_WORDS:
            return text
        partial = render(prefix, self.request.items, set(self.mentioned)).rstrip()
        return f"{text} {partial}" if text else partial


class GroundedWriter:
    def __init__(self, chat_model: BaseChatModel, config: LLMConfig, catalog_titles: Callable[[], set[str]] = set):
        self.chat_model = chat_model
        self.config = config
        self.catalog_titles = catalog_titles

    def warm_up(self) -> None:
        """Load an in-process model now (a remote endpoint has nothing to load)."""
        load = getattr(self.chat_model, "client", None)
        if load:
            load()

    def stream(self, request: AnswerRequest) -> Iterator[WriterEvent]:
        if not request.items:  # nothing to recommend: the template says so plainly
            yield WriterEvent("final", request.template_answer, source="template")
            return
        lead = "".join(note[0].upper() + note[1:] + ". " for note in request.notes)
        verifier = GroundingVerifier(request.items, request.user_text, request.constraints, self.catalog_titles())
        screen, problems = _Screen(), []
        yield from screen.show(lead)
        for attempt_number in range(1 + self.config.retries):
            attempt = _Attempt(request, verifier, self.config.max_sentences)
            try:
                for chunk in self.chat_model.stream(build_messages(request, problems or None)):
                    attempt.feed(str(chunk.content))
                    yield from screen.show(lead + attempt.visible())
                    if attempt.full:
                        break
                attempt.finish()
            except Exception as error:  # an unreachable endpoint or a model error: the template still answers
                log.warning("chat model failed: %s", error)
                problems = [Violation("error", str(error))]
                break
            if attempt.kept:
                final = lead + " ".join(attempt.kept)
                yield from screen.show(final)
                source = "llm" if attempt_number == 0 else "llm-retry"
                yield WriterEvent("final", final, source=source, violations=attempt.problems, dropped=attempt.dropped)
                return
            problems = attempt.problems or [Violation("empty", "no text")]
            yield from screen.show(lead)
        yield from screen.show("")
        yield WriterEvent("final", request.template_answer, source="template", violations=problems)


class _Screen:
    """What the shopper sees of the answer so far; `show` yields the events that bring it to a
    new text: the added words, or a restart and the whole text when it no longer extends what
    was shown (a sentence dropped, an attempt that failed)."""

    def __init__(self):
        self.text = ""

    def show(self, visible: str) -> Iterator[WriterEvent]:
        if visible == self.text:
            return
        if visible.startswith(self.text):
            yield WriterEvent("token", visible[len(self.text) :])
        else:
            yield WriterEvent("restart", "")
            if visible:
                yield WriterEvent("token", visible)
        self.text = visible
