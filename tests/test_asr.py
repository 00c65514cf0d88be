"""Speech to text. The integration tests run the packaged Whisper tiny.en for real."""

import re
import threading
import time
from types import SimpleNamespace

import numpy as np
import pytest

from perception.asr import FasterWhisperASR, create_asr
from perception.audio import decode_audio
from perception.config import ASRConfig
from perception.errors import NoSpeechError

THREADS = 2
REQUEST = "show me a rose gold ring with a diamond under five hundred dollars"


@pytest.fixture(scope="module")
def asr() -> FasterWhisperASR:
    return FasterWhisperASR(ASRConfig(), threads=THREADS)


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def with_noise(speech: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    noise_std = np.sqrt(np.mean(speech**2) / 10 ** (snr_db / 10))
    return speech + np.random.default_rng(seed).normal(0, noise_std, len(speech)).astype(np.float32)


@pytest.mark.integration
def test_transcribes_a_request(asr, speak):
    speech = decode_audio(speak(REQUEST))
    transcript = asr.transcribe(speech)
    heard = words(transcript.text)
    assert "rose gold" in heard and "ring" in heard and "diamond" in heard, transcript.text
    assert 0.3 < transcript.confidence <= 1
    assert transcript.duration == pytest.approx(len(speech) / 16_000)


@pytest.mark.integration
def test_noisy_speech_gets_lower_confidence(asr, speak):
    speech = decode_audio(speak(REQUEST))
    clean, noisy = asr.transcribe(speech), asr.transcribe(with_noise(speech, snr_db=0))
    assert 0 < noisy.confidence < clean.confidence <= 1


@pytest.mark.integration
def test_model_loads_once_on_first_use(speak, monkeypatch):
    loads = []
    real_load = FasterWhisperASR._load

    def counted_load(self):
        loads.append(1)
        return real_load(self)

    monkeypatch.setattr(FasterWhisperASR, "_load", counted_load)
    asr = FasterWhisperASR(ASRConfig(), threads=THREADS)
    assert not asr.model.loaded  # nothing loaded in __init__
    speech = decode_audio(speak("a gold bracelet"))
    asr.transcribe(speech)
    model = asr.model.get()
    asr.transcribe(speech)
    assert asr.model.get() is model and len(loads) == 1


def test_concurrent_first_calls_load_one_model(monkeypatch):
    loads, models = [], []
    ready = threading.Barrier(4)

    def slow_load(self):
        loads.append(1)
        time.sleep(0.05)
        return object()

    def first_use():
        ready.wait()
        models.append(asr.model.get())

    monkeypatch.setattr(FasterWhisperASR, "_load", slow_load)
    asr = FasterWhisperASR(ASRConfig())
    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1 and all(model is models[0] for model in models)


def test_no_words_is_no_speech(monkeypatch):
    blank = SimpleNamespace(text="  ", tokens=[], avg_logprob=-1.0)
    silent_model = SimpleNamespace(transcribe=lambda audio, **options: ([blank], None))
    monkeypatch.setattr(FasterWhisperASR, "_load", lambda self: silent_model)
    asr = FasterWhisperASR(ASRConfig())
    with pytest.raises(NoSpeechError, match="could not make out any words"):
        asr.transcribe(np.zeros(16_000, np.float32))


def test_unknown_backend_is_a_clear_error():
    config = ASRConfig().model_copy(update={"backend": "nope"})
    with pytest.raises(ValueError, match="unknown ASR backend 'nope'; known: faster_whisper"):
        create_asr(config)


def test_create_asr_picks_the_configured_backend():
    asr = create_asr(ASRConfig(), threads=THREADS)
    assert isinstance(asr, FasterWhisperASR) and asr.threads == THREADS
