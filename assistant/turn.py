"""One turn's context, handed from step to step (assistant/assistant.py): hear, read the photo,
answer without a search when the message is not one, plan the query, search, write."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from assistant.conversation import Session
from assistant.follow_up import FollowUp
from assistant.phrasing import ENGLISH, Phrases
from assistant.understanding import Understanding
from retrieval.attributes import PhotoAttributes
from retrieval.query import FusedQuery

PhotoInput = str | Path | bytes | Image.Image
AudioInput = str | Path | bytes


@dataclass
class TurnContext:
    session: Session
    top_k: int
    text: str = ""  # what the shopper typed (or the transcript they confirmed)
    image: PhotoInput | None = None  # the photo as sent
    audio: AudioInput | None = None
    started: float = field(default_factory=time.perf_counter)
    # hear
    transcript: str | None = None
    confidence: float | None = None
    understanding: Understanding | None = None
    phrases: Phrases = field(default_factory=lambda: ENGLISH)  # what the turn's answer is written in (assistant/answer_language.py)
    # read the photo (this turn's, or the one of the search it refines)
    photo: Image.Image | None = None
    photo_path: str | None = None
    photo_vector: np.ndarray | None = None
    photo_attributes: PhotoAttributes | None = None
    photo_reading: str = ""  # what the photo shows, in words
    # plan the query
    follow_up: FollowUp | None = None
    query: FusedQuery | None = None
    already_shown: set[str] = field(default_factory=set)  # "show me more": ids shown for this search
    left_out: set[str] = field(default_factory=set)  # "find similar": the piece itself
    notes: list[str] = field(default_factory=list)  # Facet's own lines before the answer
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def utterance(self) -> str:
        """The words of the turn: what was typed, and what was heard when it differs."""
        return " ".join(part for part in (self.text, self.transcript if self.text != self.transcript else None) if part)

    def ms_since_start(self) -> float:
        return round((time.perf_counter() - self.started) * 1000, 1)
