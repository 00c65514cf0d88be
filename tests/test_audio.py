"""Decoding, the voice-activity check and noise reduction; no model is loaded."""

import os
import struct
from pathlib import Path

import av
import numpy as np
import pytest
import soundfile as sf
import soxr

from perception.audio import decode_audio, probe_duration
from perception.config import AudioConfig
from perception.errors import AudioError, ClippedAudioError, NoSpeechError
from perception.denoise import at_speech_level, reduce_noise, speech_for_asr
from perception.vad import check_and_trim, clipped_share, rms_dbfs

SR = 16_000
CONFIG = AudioConfig()
TONE_HZ = 440
TONE_AMPLITUDE = 0.5
BURST_SECONDS = 0.5  # tone on for 0.5 s, off for 0.5 s
PAD_SECONDS = 1.0
SENTENCE = "show me a silver necklace with a blue sapphire"


def tone_bursts(rate: int, seconds: float) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    on = (t % (2 * BURST_SECONDS)) < BURST_SECONDS
    return (TONE_AMPLITUDE * np.sin(2 * np.pi * TONE_HZ * t) * on).astype(np.float32)


def encode_with_av(path: Path, samples: np.ndarray, rate: int, codec: str, **muxer_options: str) -> Path:
    """Encode mono `samples` with ffmpeg's `codec`; the container follows the file suffix."""
    frame_size = 1024
    with av.open(str(path), "w", options=muxer_options) as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        planar = stream.codec_context.format.is_planar
        for start in range(0, len(samples), frame_size):
            block = samples[None, start : start + frame_size]
            frame = av.AudioFrame.from_ndarray(block, format="fltp" if planar else "flt", layout="mono")
            frame.sample_rate = rate
            frame.pts = start
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def assert_tone_bursts(audio: np.ndarray, seconds: float) -> None:
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(len(audio) / SR - seconds) < 0.1  # codecs add a little priming/padding
    burst_rms = np.sqrt(np.mean(audio[int(0.1 * SR) : int(0.4 * SR)] ** 2))
    gap_rms = np.sqrt(np.mean(audio[int(0.6 * SR) : int(0.9 * SR)] ** 2))
    assert burst_rms == pytest.approx(TONE_AMPLITUDE / np.sqrt(2), rel=0.1)
    assert burst_rms > 100 * gap_rms


def with_silence(audio: np.ndarray, seconds: float = PAD_SECONDS) -> np.ndarray:
    pad = np.zeros(int(seconds * SR), np.float32)
    return np.concatenate([pad, audio, pad])


def speech_bounds(audio: np.ndarray) -> tuple[float, float]:
    """First and last sample louder than 2% of the peak, in seconds."""
    loud = np.flatnonzero(np.abs(audio) > 0.02 * np.abs(audio).max())
    return loud[0] / SR, loud[-1] / SR


def sparse_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A 16-bit mono WAV whose data is a file hole: hours long, yet no disk and no time to write."""
    data_bytes = int(seconds * rate) * 2
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    header = b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE" + b"fmt " + fmt + b"data" + struct.pack("<I", data_bytes)
    with open(path, "wb") as file:
        file.write(header)
        file.truncate(len(header) + data_bytes)
    return path


# --- decoding ---


def test_wav_44k_stereo_becomes_16k_mono_by_mean(tmp_path):
    tone = tone_bursts(44_100, 3.0)
    path = tmp_path / "stereo.wav"
    sf.write(path, np.stack([tone, np.zeros_like(tone)], axis=1), 44_100)
    audio = decode_audio(path)
    assert len(audio) == pytest.approx(3.0 * SR, abs=1)
    assert np.abs(audio).max() == pytest.approx(TONE_AMPLITUDE / 2, abs=0.01)


@pytest.mark.parametrize(
    "suffix, codec",
    [("webm", "libopus"), ("m4a", "aac"), ("mp3", "libmp3lame"), ("ogg", "libopus")],
)
def test_compressed_formats_decode(tmp_path, suffix, codec):
    path = encode_with_av(tmp_path / f"tone.{suffix}", tone_bursts(48_000, 3.0), 48_000, codec)
    assert_tone_bursts(decode_audio(path), 3.0)
    assert_tone_bursts(decode_audio(path.read_bytes()), 3.0)  # an upload arrives as bytes


@pytest.mark.parametrize("suffix, subtype", [("ogg", "VORBIS"), ("flac", "PCM_16")])
def test_soundfile_formats_decode(tmp_path, suffix, subtype):
    path = tmp_path / f"tone.{suffix}"
    sf.write(path, tone_bursts(22_050, 3.0), 22_050, subtype=subtype)
    assert_tone_bursts(decode_audio(path), 3.0)


@pytest.mark.parametrize("content", [os.urandom(4096), b"this is a text file, not a recording\n" * 50])
def test_not_audio_is_refused(tmp_path, content):
    path = tmp_path / "recording.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match="recording.wav is not a recognised audio format"):
        decode_audio(path)
    with pytest.raises(AudioError, match="not a recognised audio format"):
        decode_audio(content)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.webm"
    path.touch()
    with pytest.raises(AudioError, match="empty.webm is empty"):
        decode_audio(path)
    with pytest.raises(AudioError, match="is empty"):
        decode_audio(b"")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(AudioError, match="does not exist"):
        decode_audio(tmp_path / "nowhere.wav")


def test_zero_length_audio_is_refused(tmp_path):
    path = tmp_path / "zero.wav"
    sf.write(path, np.zeros(0, np.float32), SR)
    with pytest.raises(AudioError, match="no audio samples"):
        decode_audio(path)


def test_two_hour_file_is_refused_from_its_header(tmp_path, monkeypatch):
    path = sparse_wav(tmp_path / "two_hours.wav", 2 * 3600)

    def no_samples_read(*args, **kwargs):
        raise AssertionError("a recording over the limit must be refused before its samples are read")

    monkeypatch.setattr(sf.SoundFile, "read", no_samples_read)
    assert probe_duration(path) == 7200
    with pytest.raises(AudioError, match="the recording is 7200 s long; the limit is 60 s"):
        decode_audio(path, max_seconds=CONFIG.max_seconds)


def test_stream_without_duration_stops_decoding_at_the_limit(tmp_path):
    # Browser recordings are "live" webm: no duration in the container to check up front.
    path = encode_with_av(tmp_path / "live.webm", tone_bursts(48_000, 3.0), 48_000, "libopus", live="1")
    assert probe_duration(path) is None
    with pytest.raises(AudioError, match="over 2 s long; the limit is 2 s"):
        decode_audio(path, max_seconds=2)


# --- voice-activity check ---


def test_too_long_audio_is_refused_before_the_speech_check():
    with pytest.raises(AudioError, match="the recording is 61 s long; the limit is 60 s") as refused:
        check_and_trim(np.zeros(61 * SR, np.float32), CONFIG)
    assert not isinstance(refused.value, NoSpeechError)


@pytest.mark.parametrize(
    "name, audio",
    [
        ("digital silence", np.zeros(4 * SR, np.float32)),
        ("near silence", np.random.default_rng(0).normal(0, 1e-4, 4 * SR).astype(np.float32)),
        ("white noise", np.random.default_rng(1).normal(0, 0.1, 4 * SR).astype(np.float32)),
        ("mains hum", (0.3 * np.sin(2 * np.pi * 50 * np.arange(4 * SR) / SR)).astype(np.float32)),
        ("too short", np.zeros(SR // 10, np.float32)),
    ],
)
def test_no_speech_is_refused(name, audio):
    with pytest.raises(NoSpeechError, match="no speech heard in the recording"):
        check_and_trim(audio, CONFIG)


def assert_trimmed_to_speech(audio: np.ndarray, speech: np.ndarray) -> None:
    onset, offset = (bound + PAD_SECONDS for bound in speech_bounds(speech))
    trimmed, check = check_and_trim(audio, CONFIG)
    assert check.total_seconds == pytest.approx(len(audio) / SR)
    assert onset - 0.3 <= check.start <= onset
    assert offset <= check.end <= offset + 0.5  # the margin plus the hangover
    assert check.speech_seconds > 0.6 * (offset - onset)
    assert len(trimmed) == pytest.approx((check.end - check.start) * SR, abs=1)


def test_speech_is_trimmed_to_its_extent(speak):
    speech = decode_audio(speak(SENTENCE))
    assert_trimmed_to_speech(with_silence(speech), speech)


def test_quiet_speech_is_heard(speak):
    speech = decode_audio(speak(SENTENCE))
    assert_trimmed_to_speech(0.05 * with_silence(speech), speech)


def test_speech_in_moderate_noise_is_heard(speak):
    speech = decode_audio(speak(SENTENCE))
    padded = with_silence(speech)
    snr_db = 10
    noise_std = np.sqrt(np.mean(speech**2) / 10 ** (snr_db / 10))
    noisy = padded + np.random.default_rng(2).normal(0, noise_std, len(padded)).astype(np.float32)
    assert_trimmed_to_speech(noisy, speech)


# --- the quality gate: specific refusals, any rate and channel count ---


@pytest.mark.parametrize(
    "audio, reason",
    [
        (np.zeros(4 * SR, np.float32), "it is silent"),
        (np.random.default_rng(0).normal(0, 1e-4, 4 * SR).astype(np.float32), "it is silent"),
        (np.random.default_rng(1).normal(0, 0.1, 4 * SR).astype(np.float32), "only background noise"),
        ((0.3 * np.sin(2 * np.pi * 50 * np.arange(4 * SR) / SR)).astype(np.float32), "only background noise"),
    ],
)
def test_silence_and_noise_get_their_own_reasons(audio, reason):
    with pytest.raises(NoSpeechError, match=reason):
        check_and_trim(audio, CONFIG)


def test_clipped_speech_is_refused_as_distorted(speak):
    speech = decode_audio(speak(SENTENCE))
    overdriven = np.clip(20 * speech / np.abs(speech).max(), -1, 1)
    with pytest.raises(ClippedAudioError, match=r"the recording is distorted: \d+% of the speech is clipped") as refused:
        check_and_trim(with_silence(overdriven), CONFIG)
    assert not isinstance(refused.value, NoSpeechError)


def test_a_few_clipped_peaks_pass(speak):
    speech = decode_audio(speak(SENTENCE))
    hot = np.clip(2 * speech / np.abs(speech).max(), -1, 1)  # about 1% of the samples at the rails
    _, check = check_and_trim(with_silence(hot), CONFIG)
    assert 0 < check.clipped_share <= CONFIG.max_clipped_share
    assert clipped_share(np.array([0.2, -1.0, 0.995, 0.5], np.float32), CONFIG.clip_level) == 0.5


@pytest.mark.parametrize("rate, channels", [(8_000, 1), (11_025, 2), (48_000, 6), (96_000, 2)])
def test_speech_at_any_rate_and_channel_count_is_heard(tmp_path, speak, rate, channels):
    speech = with_silence(decode_audio(speak(SENTENCE)))
    resampled = soxr.resample(speech, SR, rate)
    path = tmp_path / f"speech_{rate}_{channels}.wav"
    sf.write(path, np.repeat(resampled[:, None], channels, axis=1), rate, subtype="FLOAT")
    audio = decode_audio(path)
    assert len(audio) == pytest.approx(len(speech), abs=SR // 100)
    trimmed, check = check_and_trim(audio, CONFIG)
    assert check.speech_seconds > 1.0 and len(trimmed) < len(audio)


def test_stereo_browser_recording_is_heard(tmp_path, speak):
    speech = with_silence(decode_audio(speak(SENTENCE)))
    path = tmp_path / "browser.webm"
    left_only = soxr.resample(speech, SR, 48_000)
    with av.open(str(path), "w") as container:  # a stereo opus webm, as Chrome and Firefox record
        stream = container.add_stream("libopus", rate=48_000, layout="stereo")
        stereo = np.stack([left_only, np.zeros_like(left_only)]).astype(np.float32)
        for start in range(0, stereo.shape[1], 960):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(stereo[:, start : start + 960]), format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = 48_000, start
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    trimmed, check = check_and_trim(decode_audio(path.read_bytes()), CONFIG)
    assert check.speech_seconds > 1.0


# --- steady noise taken out before recognition ---


def noisy(speech: np.ndarray, snr_db: float, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """`speech` padded with silence and white noise mixed in at `snr_db`; and the noise alone."""
    padded = with_silence(speech)
    noise_std = np.sqrt(np.mean(speech**2) / 10 ** (snr_db / 10))
    noise = np.random.default_rng(seed).normal(0, noise_std, len(padded)).astype(np.float32)
    return padded + noise, noise


def test_reduce_noise_takes_steady_noise_out_and_keeps_the_speech(speak):
    speech = decode_audio(speak(SENTENCE))
    recording, noise = noisy(speech, snr_db=10)
    cleaned = reduce_noise(recording, CONFIG)
    assert cleaned.dtype == np.float32 and len(cleaned) == len(recording)
    pad = int(PAD_SECONDS * SR)
    # The noise-only lead-in is at least 6 dB quieter (the gain floor allows 13 dB at most) ...
    assert rms_dbfs(cleaned[: pad - 800]) < rms_dbfs(noise[: pad - 800]) - 6
    # ... and the speech comes out closer to the clean speech than the noisy recording was.
    said = slice(pad, pad + len(speech))
    error_before = np.mean((recording[said] - speech) ** 2)
    error_after = np.mean((cleaned[said] - speech) ** 2)
    assert error_after < 0.5 * error_before


def test_reduce_noise_leaves_clean_speech_as_it_was(speak):
    speech = with_silence(decode_audio(speak(SENTENCE)))
    cleaned = reduce_noise(speech, CONFIG)
    assert np.corrcoef(cleaned, speech)[0, 1] > 0.999


def test_speech_for_asr_is_the_checked_stretch_denoised_or_as_it_came(speak):
    speech = decode_audio(speak(SENTENCE))
    recording, _ = noisy(speech, snr_db=20)
    trimmed, check = check_and_trim(recording, CONFIG)
    as_it_came = speech_for_asr(recording, CONFIG.model_copy(update={"denoise": False}))
    assert np.allclose(as_it_came, at_speech_level(trimmed, CONFIG))
    assert rms_dbfs(as_it_came) == pytest.approx(CONFIG.speech_level_dbfs, abs=0.1) or np.max(np.abs(as_it_came)) == pytest.approx(CONFIG.peak_level)
    denoised = speech_for_asr(recording, CONFIG)
    assert len(denoised) == len(trimmed)
    assert rms_dbfs(denoised[:400]) < rms_dbfs(trimmed[:400])  # the lead-in margin was noise
    with pytest.raises(NoSpeechError, match="only background noise"):  # the gate judges the recording as it came
        speech_for_asr(np.random.default_rng(1).normal(0, 0.1, 4 * SR).astype(np.float32), CONFIG)


@pytest.mark.parametrize("voice", ["en-gb-x-rp", "en-us+f3"])
def test_clear_speech_is_heard_when_quiet_fast_slow_or_over_another_voice(speak, voice):
    """Recordings the check once refused: speech at a quiet microphone's level (about -70 dBFS),
    fast or slow speech, a soft onset, and a voice over another one 10 dB quieter (whose shape is
    speech's too, so only its level tells them apart)."""
    speech = decode_audio(speak("a gold kada under fifty thousand rupees", voice=voice))
    quiet = with_silence(speech * 0.003)
    other = decode_audio(speak("the weather today is lovely and we should go out for lunch later", voice="en-us+m3"))
    other = np.resize(other, len(with_silence(speech))) * np.sqrt(np.mean(speech**2) / np.mean(other**2) / 10)
    onset = speech * np.minimum(1, np.linspace(0, 3, len(speech))).astype(np.float32)
    fast = decode_audio(speak("do you have bangles", voice=voice, speed=280))
    slow = decode_audio(speak("a necklace", voice=voice, speed=90))
    for recording in (quiet, with_silence(speech) + other, with_silence(onset), with_silence(fast), with_silence(slow)):
        trimmed, check = check_and_trim(recording.astype(np.float32), CONFIG)
        assert check.speech_seconds >= CONFIG.min_speech_seconds
    assert rms_dbfs(speech_for_asr(quiet.astype(np.float32), CONFIG)) == pytest.approx(CONFIG.speech_level_dbfs, abs=3)


@pytest.mark.parametrize("kind", ["white", "hum", "dither"])
def test_noise_alone_is_still_refused_however_quiet_or_loud(kind):
    rng, t = np.random.default_rng(5), np.arange(3 * SR) / SR
    noise = {
        "white": rng.normal(0, 0.05, len(t)), "hum": 0.05 * np.sin(2 * np.pi * 50 * t) + rng.normal(0, 0.002, len(t)),
        "dither": rng.normal(0, 1e-4, len(t)),
    }[kind]  # fmt: skip
    with pytest.raises(NoSpeechError):
        check_and_trim(noise.astype(np.float32), CONFIG)
