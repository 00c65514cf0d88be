"""Voice-activity check: is there speech in a recording, and where does it start and end.

Every frame gets two MFCC cues: its level (c0, the mean log-mel energy) and how far its
spectral shape (c1..) is from the recording's own noise floor, its quietest frames. A frame
is speech when it is clearly louder than that floor *and* differently shaped, or much louder
than it whatever its shape (a voice over other voices: the floor is then speech-shaped too), so
the check adapts to quiet and loud recordings, and steady noise (hiss, hum), which never rises
far above its own floor, is not mistaken for speech.

The same pass is the recording's quality gate: silence, noise without speech and speech
clipped at full scale are refused, each with its own message.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch
import torchaudio

from perception.audio import check_duration, duration_seconds
from perception.config import AudioConfig
from perception.errors import ClippedAudioError, NoSpeechError

DB_PER_LOG_UNIT = 10 / np.log(10)  # natural log of a power -> decibels
STD_FLOOR = 1e-3  # keeps the shape distance finite when the floor is digital silence
RMS_FLOOR = 1e-10  # digital silence is -200 dBFS, not minus infinity
NO_SPEECH = "no speech heard in the recording: check the microphone and speak a little louder"
SILENT = "no speech heard in the recording: it is silent; check that the microphone is on and not muted"
NOISE_ONLY = (
    "no speech heard in the recording, only background noise: "
    "move somewhere quieter or closer to the microphone and try again"
)
CLIPPED = (
    "the recording is distorted: {share:.0%} of the speech is clipped at full volume; "
    "hold the microphone a little further away or lower the input level, then try again"
)


@dataclass
class SpeechCheck:
    speech_seconds: float  # total length of the frames judged speech
    start: float  # where the trimmed audio starts in the recording, seconds
    end: float  # where it ends
    total_seconds: float  # length of the whole recording
    clipped_share: float  # share of the trimmed samples at full scale


def check_and_trim(audio: np.ndarray, config: AudioConfig) -> tuple[np.ndarray, SpeechCheck]:
    """The recording cut to its speech plus a margin. Refused with a specific AudioError when it
    is too long, NoSpeechError when nobody speaks in it (silent, or only noise), and
    ClippedAudioError when the speech is distorted by clipping."""
    total_seconds = duration_seconds(audio, config.sample_rate)
    check_duration(total_seconds, config.max_seconds)
    if total_seconds < config.min_speech_seconds:
        raise NoSpeechError(NO_SPEECH)

    hop = config.hop_ms / 1000
    speech = _smooth(
        _speech_frames(audio, config),
        hangover_frames=round(config.hangover_seconds / hop),
        min_frames=round(config.min_burst_seconds / hop),
    )
    speech_seconds = float(speech.sum() * hop)
    if speech_seconds < config.min_speech_seconds:
        raise NoSpeechError(SILENT if rms_dbfs(audio) < config.silence_dbfs else NOISE_ONLY)

    speech_indices = np.flatnonzero(speech)
    first, last = int(speech_indices[0]), int(speech_indices[-1])
    half_frame = config.frame_ms / 2000  # frame i is centred on i * hop
    start = max(0.0, first * hop - half_frame - config.silence_margin_seconds)
    end = min(total_seconds, last * hop + half_frame + config.silence_margin_seconds)
    trimmed = audio[round(start * config.sample_rate) : round(end * config.sample_rate)]
    clipped = clipped_share(trimmed, config.clip_level)
    if clipped > config.max_clipped_share:
        raise ClippedAudioError(CLIPPED.format(share=clipped))
    return trimmed, SpeechCheck(speech_seconds, start, end, total_seconds, clipped)


def rms_dbfs(audio: np.ndarray) -> float:
    """The recording's root-mean-square level, in dB relative to full scale."""
    return float(20 * np.log10(np.sqrt(np.mean(np.square(audio, dtype=np.float64))) + RMS_FLOOR))


def clipped_share(audio: np.ndarray, clip_level: float) -> float:
    """Share of samples at or beyond `clip_level` of full scale, on either side."""
    return float(np.mean(np.abs(audio) >= clip_level)) if audio.size else 0.0


def _speech_frames(audio: np.ndarray, config: AudioConfig) -> np.ndarray:
    mfcc = _mfcc_transform(config.sample_rate, config.n_mfcc, config.n_mels, config.frame_ms, config.hop_ms)
    with torch.inference_mode():
        coefficients = mfcc(torch.from_numpy(np.ascontiguousarray(audio, np.float32))).numpy()
    level_db = coefficients[0] * DB_PER_LOG_UNIT / np.sqrt(config.n_mels)  # ortho DCT: c0 = sum / sqrt(n)
    floor_db = np.percentile(level_db, config.noise_floor_percentile)
    floor = level_db <= floor_db

    shape = coefficients[1:]
    floor_mean = shape[:, floor].mean(axis=1, keepdims=True)
    floor_std = shape[:, floor].std(axis=1, keepdims=True) + STD_FLOOR
    shape_distance = np.sqrt(np.mean(((shape - floor_mean) / floor_std) ** 2, axis=0))

    loud_enough = max(floor_db + config.energy_margin_db, config.min_speech_level_db)
    much_louder = max(floor_db + config.loud_margin_db, config.min_speech_level_db)
    return ((level_db >= loud_enough) & (shape_distance >= config.spectral_margin)) | (level_db >= much_louder)


@lru_cache(maxsize=4)
def _mfcc_transform(
    sample_rate: int, n_mfcc: int, n_mels: int, frame_ms: float, hop_ms: float
) -> torchaudio.transforms.MFCC:
    frame = round(sample_rate * frame_ms / 1000)
    return torchaudio.transforms.MFCC(
        sample_rate=sample_rate,
        n_mfcc=n_mfcc,
        log_mels=True,  # natural-log mel energies, so c0 is an absolute level, not one relative to the peak
        melkwargs={
            "n_fft": frame,
            "win_length": frame,
            "hop_length": round(sample_rate * hop_ms / 1000),
            "n_mels": n_mels,
        },
    )


def _smooth(speech: np.ndarray, hangover_frames: int, min_frames: int) -> np.ndarray:
    """Bursts shorter than `min_frames` (clicks, bumps) are dropped; every other run is held on
    for `hangover_frames` after it stops, keeping weak word endings and bridging short pauses."""
    smoothed = np.zeros_like(speech)
    for start, end in zip(*_runs(speech)):
        if end - start >= min_frames:
            smoothed[start : end + hangover_frames] = True
    return smoothed


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and (exclusive) end indices of each run of True."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
