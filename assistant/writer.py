"""Answers written by a chat model one sentence per piece, each from that piece's facts alone and
naming it only by its tag ("[1]"); Facet fills in the name and price from the catalog (`render`)
and introduces a second piece by how it really differs from the first (`opener`: "For less,").
Each sentence is checked before the shopper sees it: the model's own words against the one
piece it is about (assistant/claims.py), and the filled-in sentence by the grounding verifier
(assistant/grounding.py: prices, products, instructions). A failing sentence whose trailing comma
clauses hold its problems is cut before them; otherwise it is written again once with the
problems named; a piece whose sentence fails twice is left out, and when no
piece is left the template answers. While a sentence is being written, its words are shown up
to the first one that states a fact, and never fewer than MIN_SHOWN_WORDS of them."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.answer import priced, prose_name
from assistant.catalog_titles import CatalogTitles
from assistant.claims import (
    ANY_STONE, COLOR_CLAIMS, DESIGN_CLAIMS, KIND_CLAIMS, METAL_CLAIMS, NO_STONE, STONE_CLAIMS, ClaimChecker,
)  # fmt: skip
from assistant.config import LLMConfig
from assistant.grounding import HELD_WORDS, SENTENCE_END, GroundingVerifier, Violation
from assistant.prompt import AnswerRequest, build_messages
from retrieval.constraints import Constraints

__all__ = ["AnswerRequest", "GroundedWriter", "WriterEvent", "render"]

log = logging.getLogger(__name__)
MIN_SHOWN_WORDS = 3  # an unfinished sentence is shown from this many words on: never a lone "The"
MIN_CUT_WORDS = 6  # a sentence cut before a failing clause keeps at least this many words ("[1] is a platinum bangle")
REF_AT = re.compile(r"\[(\d{1,2})\]")
ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(the|The|a|A|an|An)\s+$")
PRICE_AFTER = re.compile(r"^\s*,?\s*(?:at|for|priced at|is|costs)?\s*\$")
PLURAL_CATEGORIES = {"earrings"}
AGREEMENT = {" is ": " are ", " has ": " have ", " was ": " were ", " makes ": " make ", " comes ": " come "}
SINGULAR = {plural: singular for singular, plural in AGREEMENT.items()}
AN_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeioAEIO]|8|1[18](?!\d))")
# Words of the prompt itself, or its fact line's colon and semicolons ("minimalist anklet: 14k yellow
# gold; no stone"): a sentence that repeats them is about the prompt, not the piece.
PROMPT_ECHO = re.compile(r"\b(?:previous sentence|the line|item'?s line|write the sentence|not quite|shopper|attribute|tag|data|instructions?)\b|[<>\[\]:;]", re.I)
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


def render(raw: str, items: list, mentioned: set[int], constraints: Constraints = Constraints()) -> str:
    """The model's text with each tag replaced by the piece's name, and its price at its first
    mention in the answer (`mentioned`, updated): the variant's that met the request where one did
    ("in 18k white gold from $1,250"). "the [1]" keeps the model's article; a title that starts with
    "The" never doubles it; "[1] is" becomes "are" for a pair of earrings."""
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
        first_mention = index not in mentioned and not PRICE_AFTER.match(raw[match.end() :])
        out.append(f"{before}{opener} {name}" + (f" ({priced(item, constraints)})" if first_mention else ""))
        mentioned.add(index)
        last = match.end()
        verbs = AGREEMENT if item.category in PLURAL_CATEGORIES else SINGULAR
        rest = raw[last:]
        for said, agreeing in verbs.items():
            if rest.startswith(said):
                out.append(agreeing)
                last += len(said)
                break
    out.append(raw[last:])
    return AN_BEFORE_VOWEL.sub(lambda m: m.group(1) + "n ", "".join(out))


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


class _Sentence:
    """One sentence about one piece, as the model writes it: checked when complete, and shown
    up to its first fact word while it is being written."""

    def __init__(self, item, request: AnswerRequest, verifier: GroundingVerifier, opener: str):
        self.item, self.verifier, self.opener = item, verifier, opener
        self.constraints = request.constraints
        self.claims = ClaimChecker([item], request.user_text, request.constraints)
        self.raw = ""
        self.text = ""  # the sentence as shown, once checked
        self.problems: list[Violation] = []

    @property
    def done(self) -> bool:
        return bool(self.text or self.problems)

    def feed(self, token: str) -> None:
        self.raw += token
        end = SENTENCE_END.search(self.raw.lstrip())
        if end:
            self._settle(self.raw.lstrip()[: end.start() + 1])

    def finish(self) -> None:
        if not self.done and self.raw.strip():
            self._settle(self.raw.strip())
        if not self.done:
            self.problems = [Violation("empty", "no sentence")]

    def _settle(self, sentence: str) -> None:
        self.problems = self._problems(sentence)
        if self.problems:
            sentence = next((s for s in _without_last_clauses(sentence) if not self._problems(s)), sentence)
            self.problems = self._problems(sentence)
        if not self.problems:
            self.text = self._render(sentence).strip()

    def _problems(self, sentence: str) -> list[Violation]:
        problems = self.claims.check(sentence, [])
        if PROMPT_ECHO.search(REF_AT.sub("", sentence)):
            problems.append(Violation("instruction", "repeats the prompt"))
        return problems + self.verifier.check(self._render(sentence))

    def _render(self, raw: str) -> str:
        text = render(raw, [self.item], set(), self.constraints)
        if self.opener and raw.lstrip().startswith("[1]"):
            return self.opener + text[0].lower() + text[1:]
        return text

    def visible(self) -> str:
        """The checked sentence, or the start of the one being written (never a lone word)."""
        if self.done:
            return self.text
        prefix = _shown_prefix(self.raw.lstrip())
        return self._render(prefix).rstrip() if len(prefix.split()) >= MIN_SHOWN_WORDS else ""


def _without_last_clauses(sentence: str) -> Iterator[str]:
    """The sentence cut before its last comma clause, then before the one before that: "[1] is a
    rose gold bangle with no stone, a classic piece." without its unfounded ", a classic piece".
    Cutting only removes words, so it adds no claim; the first clause, which names the piece, stays."""
    clauses = sentence.rstrip().rstrip(".!?").split(", ")
    for keep in range(len(clauses) - 1, 0, -1):
        cut = ", ".join(clauses[:keep])
        if REF_AT.search(cut) and len(cut.split()) >= MIN_CUT_WORDS:
            yield cut + "."


def opener(first, item) -> str:
    """How a second suggestion is introduced: by how it really differs from the first."""
    if item.price < first.price:
        return "For less, "
    if item.price > first.price:
        return "If you'd like to spend more, "
    return "Also, "


class GroundedWriter:
    def __init__(self, chat_model: BaseChatModel, config: LLMConfig, catalog_titles: Callable[[], Iterable[str] | CatalogTitles] = set):
        self.chat_model = chat_model
        self.config = config
        self.catalog_titles = catalog_titles

    def warm_up(self) -> None:
        """Load an in-process model now (a remote endpoint has nothing to load)."""
        load = getattr(self.chat_model, "client", None)
        if load:
            load()

    def stream(self, request: AnswerRequest) -> Iterator[WriterEvent]:
        """A sentence for each of the first pieces (at most `max_sentences`), each written from
        that piece's facts alone; a piece whose sentence fails twice is left out (the next one
        leads instead), and the template answers when none is kept."""
        if not request.items:  # nothing to recommend: the template says so plainly
            yield WriterEvent("final", request.template_answer, source="template")
            return
        lead = "".join(note[0].upper() + note[1:] + ". " for note in request.notes)
        verifier = GroundingVerifier(request.items, request.user_text, request.constraints, self.catalog_titles())
        screen, kept, kept_items, refused, retried, failed = _Screen(), [], [], [], False, 0
        yield from screen.show(lead)
        for item in request.items:
            if len(kept) >= self.config.max_sentences:
                break
            problems: list[Violation] = []
            for attempt_number in range(1 + self.config.retries):
                sentence = _Sentence(item, request, verifier, opener(kept_items[0], item) if kept_items else "")
                try:
                    for chunk in self.chat_model.stream(build_messages(request, item, problems or None)):
                        sentence.feed(str(chunk.content))
                        yield from screen.show(_joined(lead, kept, sentence.visible()))
                        if sentence.done:
                            break
                    sentence.finish()
                except Exception as error:  # an unreachable endpoint or a model error: the template still answers
                    log.warning("chat model failed: %s", error)
                    yield from screen.show("")
                    yield WriterEvent("final", request.template_answer, source="template", violations=[Violation("error", str(error))])
                    return
                if sentence.text:
                    kept.append(sentence.text)
                    kept_items.append(item)
                    retried |= attempt_number > 0
                    break
                problems = sentence.problems
                refused += problems
                yield from screen.show(_joined(lead, kept, ""))
            else:
                failed += 1
        if not kept:
            yield from screen.show("")
            yield WriterEvent("final", request.template_answer, source="template", violations=refused)
            return
        final = _joined(lead, kept, "")
        yield from screen.show(final)
        source = "llm-retry" if retried else "llm"
        yield WriterEvent("final", final, source=source, violations=refused, dropped=failed)


def _joined(lead: str, kept: list[str], partial: str) -> str:
    return lead + " ".join(filter(None, [*kept, partial]))


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
