"""Spoken requests made for the speech benchmarks: espeak-ng's voice resampled for Whisper, padded
with silence as a push-to-talk recording is, and white or pink noise mixed in at a chosen SNR."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

SAMPLE_RATE = 16_000
PAD_SECONDS = 0.5  # silence before and after, as a push-to-talk recording has


def synthesize(text: str, voice: str, speed: int, folder: Path) -> np.ndarray:
    raw = folder / "utterance.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True, capture_output=True)
    samples, rate = sf.read(raw, dtype="float32")
    return soxr.resample(samples, rate, SAMPLE_RATE).astype(np.float32)


def padded(speech: np.ndarray, seconds: float = PAD_SECONDS) -> np.ndarray:
    pad = np.zeros(round(seconds * SAMPLE_RATE), np.float32)
    return np.concatenate([pad, speech, pad])


def noise(kind: str, length: int, rng: np.random.Generator) -> np.ndarray:
    """Unit-power white noise, or pink noise (power falling as 1/f) shaped in the frequency domain."""
    white = rng.normal(0, 1, length)
    if kind == "pink":
        spectrum = np.fft.rfft(white)
        spectrum[1:] /= np.sqrt(np.arange(1, len(spectrum)))
        white = np.fft.irfft(spectrum, n=length)
    return (white / np.sqrt(np.mean(white**2))).astype(np.float32)


def with_noise(speech: np.ndarray, recording: np.ndarray, snr_db: float | None, kind: str, seed: int) -> np.ndarray:
    """`recording` plus noise at `snr_db` below the power of the `speech` it contains."""
    if snr_db is None:
        return recording
    scale = np.sqrt(np.mean(speech**2) / 10 ** (snr_db / 10))
    return np.clip(recording + scale * noise(kind, len(recording), np.random.default_rng(seed)), -1, 1)
