"""Steady background noise taken out of a recording before Whisper hears it (spectral subtraction).

The noise's spectrum is read from the recording's own quietest frames: a push-to-talk
recording starts and ends before the words, and the pauses between words count too. From
every frame that much power (times `over_subtraction`) is taken away in each frequency band,
but never so much that less than `gain_floor` of the band's power is left: the floor keeps
the warbling "musical noise" of plain subtraction low. Steady noise (fans, hiss, hum) is what
this removes; a passing car or a second voice is not steady and stays.

Measured on benchmarks/speech.py (150 espeak-ng utterances, white and pink noise, catalog
prompt, transcripts snapped to the vocabulary), WER without -> with: 20 dB SNR 0.203 -> 0.169,
10 dB 0.354 -> 0.335, clean 0.146 -> 0.140 (clean speech is left as it was; Whisper's beam
search moves on tiny changes).
"""

from __future__ import annotations

import numpy as np
import torch

from perception.config import AudioConfig
from perception.vad import check_and_trim

POWER_FLOOR = 1e-12  # keeps the gain finite in digitally silent bands


def speech_for_asr(recording: np.ndarray, config: AudioConfig) -> np.ndarray:
    """The recording's speech as the recogniser should hear it: checked and trimmed by the
    voice-activity check (on the recording as it came: the quality gate judges that), then,
    with `config.denoise`, the same stretch of the recording with its steady noise taken out,
    brought to one speech level."""
    speech, check = check_and_trim(recording, config)
    if config.denoise:
        start, end = (round(seconds * config.sample_rate) for seconds in (check.start, check.end))
        speech = reduce_noise(recording, config)[start:end]
    return at_speech_level(speech, config)


def at_speech_level(speech: np.ndarray, config: AudioConfig) -> np.ndarray:
    """`speech` scaled to `config.speech_level_dbfs` RMS, its peak kept under `config.peak_level`."""
    rms, peak = float(np.sqrt(np.mean(np.square(speech, dtype=np.float64)))), float(np.max(np.abs(speech), initial=0.0))
    if rms <= 0:
        return speech
    gain = min(10 ** (config.speech_level_dbfs / 20) / rms, config.peak_level / peak)
    return (speech * gain).astype(np.float32)


@torch.inference_mode()
def reduce_noise(audio: np.ndarray, config: AudioConfig) -> np.ndarray:
    """`audio` (mono float32) with the power spectrum of its quietest frames subtracted."""
    window = torch.hann_window(config.denoise_fft)
    samples = torch.from_numpy(np.ascontiguousarray(audio, np.float32))
    if len(samples) < config.denoise_fft:
        return audio
    spectrum = torch.stft(samples, config.denoise_fft, config.denoise_hop, window=window, return_complex=True)
    power = spectrum.abs().square()  # (bands, frames)
    frame_energy = power.sum(dim=0)
    quiet = frame_energy <= torch.quantile(frame_energy, config.noise_frames_share)
    noise = power[:, quiet].mean(dim=1, keepdim=True)
    gain = (1 - config.over_subtraction * noise / (power + POWER_FLOOR)).clamp(min=config.gain_floor).sqrt()
    cleaned = torch.istft(spectrum * gain, config.denoise_fft, config.denoise_hop, window=window, length=len(samples))
    return cleaned.numpy()
