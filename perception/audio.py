"""Decoding: any common audio file or upload to float32 mono samples at one sample rate.

libsndfile (soundfile) reads wav, flac, ogg (vorbis, opus) and mp3 quickly; everything else
(webm, m4a, ...) goes through PyAV's bundled ffmpeg. Over-long input is refused from its
header or container before anything is decoded.
"""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
import soundfile as sf
import soxr

from perception.errors import AudioError

AudioSource = str | Path | bytes
UPLOAD_NAME = "the uploaded audio"
RESAMPLE_QUALITY = "HQ"


def decode_audio(
    source: AudioSource, sample_rate: int = 16_000, max_seconds: float | None = None, max_bytes: int | None = None
) -> np.ndarray:
    """float32 mono samples in [-1, 1] at `sample_rate`; AudioError if unusable, too big or too
    long (the file's size and its header are checked before anything is decoded)."""
    data, name = _checked_input(source, max_bytes)
    try:
        samples, source_rate = _read_soundfile(data, max_seconds)
    except sf.SoundFileError:  # libsndfile does not know the format: ffmpeg may
        samples, source_rate = _read_ffmpeg(data, name, max_seconds)
    if samples.size == 0:
        raise AudioError(f"the recording is empty: {name} contains no audio samples")
    if source_rate != sample_rate:
        samples = soxr.resample(samples, source_rate, sample_rate, quality=RESAMPLE_QUALITY)
    return np.clip(samples, -1.0, 1.0).astype(np.float32)


def probe_duration(source: AudioSource) -> float | None:
    """Length in seconds from the header or container, without decoding; None if not recorded."""
    data, name = _checked_input(source)
    try:
        with sf.SoundFile(_open(data)) as file:
            return file.frames / file.samplerate
    except sf.SoundFileError:
        pass
    try:
        with av.open(_open(data)) as container:
            return _container_seconds(container, _audio_stream(container, name))
    except av.FFmpegError as error:
        raise _not_audio(name) from error


def duration_seconds(audio: np.ndarray, sample_rate: int) -> float:
    return len(audio) / sample_rate


def check_duration(seconds: float, max_seconds: float | None) -> None:
    if max_seconds is not None and seconds > max_seconds:
        raise AudioError(
            f"the recording is {_format_seconds(seconds)} s long; "
            f"the limit is {_format_seconds(max_seconds)} s"
        )


def _checked_input(source: AudioSource, max_bytes: int | None = None) -> tuple[str | bytes, str]:
    """(a path string or the raw bytes, a name for messages); AudioError if missing, empty or too big."""
    if isinstance(source, bytes):
        name, size = UPLOAD_NAME, len(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise AudioError(f"the audio file {path.name} does not exist")
        name, size = path.name, path.stat().st_size
    if size == 0:
        raise AudioError(f"{name} is empty" if isinstance(source, bytes) else f"the audio file {name} is empty")
    if max_bytes is not None and size > max_bytes:
        raise AudioError(f"{name} is too large ({size / 1_000_000:.1f} MB; the limit is {max_bytes / 1_000_000:.1f} MB)")
    return (source if isinstance(source, bytes) else str(path)), name


def _open(data: str | bytes) -> str | io.BytesIO:
    # Each reader needs its own stream positioned at the start.
    return data if isinstance(data, str) else io.BytesIO(data)


def _read_soundfile(data: str | bytes, max_seconds: float | None) -> tuple[np.ndarray, int]:
    with sf.SoundFile(_open(data)) as file:
        check_duration(file.frames / file.samplerate, max_seconds)
        samples = file.read(dtype="float32", always_2d=True)
        return samples.mean(axis=1), file.samplerate


def _read_ffmpeg(data: str | bytes, name: str, max_seconds: float | None) -> tuple[np.ndarray, int]:
    try:
        with av.open(_open(data)) as container:
            stream = _audio_stream(container, name)
            seconds = _container_seconds(container, stream)
            if seconds is not None:
                check_duration(seconds, max_seconds)
            return _decode_stream(container, stream, max_seconds)
    except av.FFmpegError as error:
        raise _not_audio(name) from error


def _decode_stream(
    container: av.container.InputContainer, stream: av.AudioStream, max_seconds: float | None
) -> tuple[np.ndarray, int]:
    """Downmixed samples and their rate; stops early once past `max_seconds` (streamed
    recordings, e.g. browser webm, often carry no duration to check up front)."""
    to_planar_float = av.AudioResampler(format="fltp")  # keeps layout and rate
    chunks, seconds, rate = [], 0.0, stream.rate
    for frame in container.decode(stream):
        for planar in to_planar_float.resample(frame):
            chunks.append(planar.to_ndarray().mean(axis=0))
            rate = planar.sample_rate  # the decoder's, which can differ from the header's (HE-AAC)
            seconds += planar.samples / rate
        if max_seconds is not None and seconds > max_seconds:
            raise AudioError(
                f"the recording is over {_format_seconds(max_seconds)} s long; "
                f"the limit is {_format_seconds(max_seconds)} s"
            )
    return (np.concatenate(chunks) if chunks else np.zeros(0, np.float32)), rate


def _audio_stream(container: av.container.InputContainer, name: str) -> av.AudioStream:
    if not container.streams.audio:
        raise AudioError(f"could not decode the audio: {name} has no audio track")
    return container.streams.audio[0]


def _container_seconds(container: av.container.InputContainer, stream: av.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _not_audio(name: str) -> AudioError:
    return AudioError(f"could not decode the audio: {name} is not a recognised audio format")


def _format_seconds(seconds: float) -> str:
    return f"{seconds:.1f}".removesuffix(".0")

