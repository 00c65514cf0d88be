"""One conversational turn, used by both the CLI and the web chat:
words, a photo and/or speech in; constraints, ranked items and a grounded answer out."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from PIL import Image

from assistant.answer import describe_constraints, why_matched, write_answer
from assistant.config import Settings
from assistant.conversation import Session
from assistant.understanding import understand
from perception.asr import ASR, create_asr
from perception.audio import decode_audio
from perception.image_encoder import create_image_encoder, open_image
from perception.text_encoder import create_text_encoder
from perception.vad import check_and_trim
from retrieval.catalog import load_catalog
from retrieval.demo.generate import write_demo_catalog
from retrieval.index import CatalogIndex, IngestReport, connect
from retrieval.query import FusedQuery, Searcher
from retrieval.vocabulary import GEMSTONES, METALS, NO_GEMSTONE

log = logging.getLogger(__name__)

# Whisper tiny hears "bell necklace" for "pearl necklace" and "half-eye" for "sapphire" unless
# it is told the words a jewelry shop uses (measured on espeak-ng speech).
SPEECH_PROMPT = (
    "Jewelry shop: rings, necklaces, earrings, bracelets; "
    + ", ".join(g for g in GEMSTONES if g != NO_GEMSTONE) + "; " + ", ".join(METALS) + "."
)


class EmptyQueryError(ValueError):
    """A turn with nothing in it."""


@dataclass
class Result:
    id: str
    title: str
    price: float
    currency: str
    score: float
    why: str
    category: str
    metal: str
    gemstone: str
    in_stock: bool
    image: str


@dataclass
class Reply:
    transcript: str | None
    constraints: dict
    constraint_labels: list[str]
    results: list[Result]
    answer: str
    transcript_confidence: float | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The CLI's --json contract."""
        return {
            "transcript": self.transcript,
            "constraints": self.constraints,
            "results": [
                {key: value for key, value in asdict(r).items() if key in ("id", "title", "price", "currency", "score", "why")}
                for r in self.results
            ],
            "answer": self.answer,
        }


class Assistant:
    def __init__(self, settings: Settings, index: CatalogIndex, asr: ASR):
        self.settings = settings
        self.index = index
        self.asr = asr
        self.searcher = Searcher(index, settings.fusion)

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        torch.set_num_threads(settings.torch_threads)
        index = CatalogIndex(
            connect(settings.index, settings.chroma_dir),
            create_text_encoder(settings.text_encoder),
            create_image_encoder(settings.image_encoder),
            settings.index,
        )
        return cls(settings, index, create_asr(settings.asr, threads=settings.torch_threads))

    def warm_up(self) -> None:
        """Load every model now rather than on the first shopper's turn."""
        self.index.text_encoder.encode_text(["warm up"])
        self.index.image_encoder.encode_image([Image.new("RGB", (64, 64), "white")])
        self.asr.model.get()

    def ingest(self, catalog: Path, images: Path | None = None, sync: bool = False, progress: bool = True) -> tuple[IngestReport, list]:
        loaded = load_catalog(catalog, images, currency=self.settings.currency)
        report = self.index.ingest(loaded.items, sync=sync, progress=progress)
        report.read, report.rejected = loaded.rows_read, len(loaded.errors)
        return report, loaded.errors

    def ensure_demo_catalog(self, progress: bool = True) -> IngestReport | None:
        """Build and index the demo catalog, unless the index already holds a catalog."""
        return None if self.index.count() > 0 else self.build_demo_catalog(progress)

    def build_demo_catalog(self, progress: bool = True) -> IngestReport:
        """Write the demo catalog (images rendered once) and sync the index to it."""
        demo = self.settings.demo
        catalog = write_demo_catalog(
            self.settings.demo_dir, n=demo.items, seed=demo.seed, image_size=demo.image_size, currency=self.settings.currency
        )
        report, _ = self.ingest(catalog, sync=True, progress=progress)
        return report

    def turn(
        self,
        text: str | None = None,
        image: str | Path | bytes | Image.Image | None = None,
        audio: str | Path | bytes | None = None,
        session: Session | None = None,
        top_k: int | None = None,
    ) -> Reply:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        text = (text or "").strip()
        if not text and image is None and audio is None:
            raise EmptyQueryError("empty query: type what you are looking for, attach a photo, or record your voice")
        session = session if session is not None else Session()

        transcript = None
        confidence = None
        if audio is not None:
            heard = self._transcribe(audio)
            transcript, confidence = heard.text, heard.confidence
            timings["speech_ms"] = _ms_since(started)
        photo = open_image(image) if image is not None else None

        utterance = " ".join(part for part in (text, transcript) if part)
        understanding = understand(utterance)
        constraints = session.carry(understanding.constraints)
        words_matter = understanding.has_content_words or photo is None
        query = FusedQuery(text=utterance if utterance and words_matter else None, image=photo, constraints=constraints)

        search_started = time.perf_counter()
        hits = self.searcher.search(query, top_k=top_k)
        timings["search_ms"] = _ms_since(search_started)

        results = [
            Result(
                id=hit.item.id, title=hit.item.title, price=hit.item.price, currency=hit.item.currency,
                score=round(hit.score, 4), why=why_matched(hit, constraints, query.text),
                category=hit.item.category, metal=hit.item.metal_label, gemstone=hit.item.gemstone,
                in_stock=hit.item.in_stock, image=hit.item.image,
            )  # fmt: skip
            for hit in hits
        ]
        answer = write_answer(hits, constraints, self.settings.currency, used_photo=photo is not None, transcript=transcript)
        session.constraints, session.shown, session.turns = constraints, [r.id for r in results], session.turns + 1
        timings["total_ms"] = _ms_since(started)
        return Reply(
            transcript=transcript,
            constraints=constraints.to_dict(),
            constraint_labels=describe_constraints(constraints, self.settings.currency),
            results=results,
            answer=answer,
            transcript_confidence=confidence,
            timings_ms=timings,
        )

    def _transcribe(self, audio: str | Path | bytes):
        audio_config = self.settings.audio
        samples = decode_audio(audio, sample_rate=audio_config.sample_rate, max_seconds=audio_config.max_seconds)
        speech, _ = check_and_trim(samples, audio_config)
        return self.asr.transcribe(speech, prompt=SPEECH_PROMPT)


def _ms_since(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)
