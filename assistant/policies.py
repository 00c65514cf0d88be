"""The shop's own policies, quoted, never written: a Markdown file (`shop.policies_file`) is
split into sections at its headings, each embedded with the catalog's text encoder, and a
question about a topic (assistant/intents.py) is answered by quoting the closest section that
speaks of that topic. With no such section the answer says so and offers a person instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.config import ShopConfig
from assistant.intents import POLICY_PATTERNS, handoff_answer
from assistant.phrasing import ENGLISH, Phrases
from assistant.triggers import said_kind
from perception.text_encoder import TextEncoder

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MAX_LISTED_SECTIONS = 8


@dataclass(frozen=True)
class Section:
    heading: str
    body: str


def parse_policies(text: str) -> list[Section]:
    """Every heading with the text under it; headings with no text of their own are left out."""
    sections, heading, lines = [], None, []
    for line in text.splitlines():
        match = HEADING.match(line)
        if match:
            if heading is not None and " ".join(lines).strip():
                sections.append(Section(heading, " ".join(" ".join(lines).split())))
            heading, lines = match.group(2), []
        elif heading is not None:
            lines.append(line)
    if heading is not None and " ".join(lines).strip():
        sections.append(Section(heading, " ".join(" ".join(lines).split())))
    return sections


class PolicyBook:
    """One policy file's sections and their vectors, read again whenever the file changes."""

    def __init__(self, path: Path | None, encoder: TextEncoder, shop: ShopConfig):
        self.path, self.encoder, self.shop = path, encoder, shop
        self.sections: list[Section] = []
        self.vectors = np.zeros((0, 0), np.float32)
        self._read_at: tuple[int, int] | None = None

    def load(self) -> None:
        if self.path is None or not self.path.is_file():
            self.sections, self._read_at = [], None
            return
        stamp = (self.path.stat().st_mtime_ns, self.path.stat().st_size)
        if stamp == self._read_at:
            return
        self.sections = parse_policies(self.path.read_text(encoding="utf-8", errors="replace"))
        texts = [f"{s.heading}. {s.body}" for s in self.sections]
        self.vectors = self.encoder.encode_text(texts) if texts else np.zeros((0, 0), np.float32)
        self._read_at = stamp

    def answer(self, question: str, topic: str, phrases: Phrases = ENGLISH) -> tuple[str, Section | None]:
        """(the reply, the section quoted, if any); the frame in the answer's language, the quote as the shop wrote it."""
        self.load()
        if topic == "":
            return self._overview(phrases), None
        section = self.find(question, topic)
        if section is None:
            contact, _ = handoff_answer(self.shop, phrases)
            return phrases.say("no_policy", shop=self.shop.name, topic=phrases.say(f"topic_{topic}"), contact=contact), None
        return phrases.say("policy_quote", shop=self.shop.name, heading=section.heading.lower(), quote=self._quote(section.body)), section

    def find(self, question: str, topic: str) -> Section | None:
        pattern = POLICY_PATTERNS[topic]
        # a section speaks of the topic in English's words or in another language's ([triggers])
        candidates = [i for i, s in enumerate(self.sections) if pattern.search(f"{s.heading} {s.body}") or said_kind(f"{s.heading} {s.body}", topic)]
        if not candidates:
            return None
        scores = self.vectors[candidates] @ self.encoder.encode_text([question])[0]
        best = int(np.argmax(scores))
        return self.sections[candidates[best]] if scores[best] >= self.shop.policy_min_similarity else None

    def _quote(self, body: str) -> str:
        quoted = ""
        for sentence in SENTENCE_END.split(body):
            if quoted and len(quoted) + len(sentence) > self.shop.policy_quote_chars:
                return quoted + " …"
            quoted = f"{quoted} {sentence}".strip()
        return quoted

    def _overview(self, phrases: Phrases = ENGLISH) -> str:
        if not self.sections:
            contact, _ = handoff_answer(self.shop, phrases)
            return phrases.say("no_policies", shop=self.shop.name, contact=contact)
        headings = ", ".join(s.heading.lower() for s in self.sections[:MAX_LISTED_SECTIONS])
        return phrases.say("policies_overview", shop=self.shop.name, headings=headings)
