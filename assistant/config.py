"""Facet's configuration: one typed tree, read from FACET_* environment variables
(nested with "__", e.g. FACET_FUSION__TEXT_WEIGHT=0.5) and overridden by CLI flags."""

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from perception.config import ASRConfig, AudioConfig, ImageEncoderConfig, TextEncoderConfig
from retrieval.config import (
    CatalogConfig,
    DemoCatalogConfig,
    ExtractionConfig,
    FusionConfig,
    ImageTuningConfig,
    ImagesConfig,
    IndexConfig,
    LexiconConfig,
)


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "facet"


class LLMConfig(BaseModel):
    # auto: llama_cpp when llama-cpp-python is installed, else the template writer.
    backend: Literal["auto", "llama_cpp", "openai", "template"] = "auto"
    # llama_cpp: a GGUF file; None = the packaged Qwen2.5-Coder-0.5B-Instruct Q4_K_M.
    model_path: str | None = None
    # openai: any OpenAI-compatible endpoint.
    base_url: str | None = None
    api_key: str = "not-needed"
    model: str = "default"
    max_tokens: int = 100
    # The prose stops after this many sentences: the cards already show every item.
    max_sentences: int = 2
    temperature: float = 0.2
    context_tokens: int = 2048
    threads: int = Field(default_factory=lambda: os.cpu_count() or 1)
    timeout_seconds: float = 60.0
    # How many of the ranked results the prose talks about (the cards show them all). Each item
    # adds ~40 prompt tokens to read before the first word: on 2 cores 3 items put the first
    # token 1.2 s after the cards, 2 items 0.8 s (benchmarks/llm.py).
    items_in_prompt: int = 2
    # Regenerations after a grounding failure before the template answer is used.
    retries: int = 1


class ConversationConfig(BaseModel):
    # Below this ASR confidence a voice turn echoes what it heard and asks before searching.
    # None: the ASR model's own calibrated level (perception/config.py ASRConfig.confirm_below).
    confirm_below_confidence: float | None = None
    # When nothing meets every constraint: how many relaxed alternatives to offer, and items from each.
    alternatives: int = 2
    items_per_alternative: int = 3
    # Units of each currency per 1 unit of the catalog's; None = the approximate table in
    # retrieval/vocabulary.py.
    exchange_rates: dict[str, float] | None = None
    # What a photo shows (retrieval/attributes.py probes): each attribute the probe is at least
    # this sure of is said in the reply ("this looks like a rose-gold ring with a pink stone")
    # and, when the shopper also typed words that leave it open, joins the search words.
    photo_attribute_confidence: float = 0.6
    # A photo sent with words keeps its kind of piece unless the words name another: the category
    # probe's when it is this sure (photo_attribute_confidence), else the commonest kind among this
    # many catalog pieces nearest to the photo, said back as an assumption (assistant/photo_kind.py).
    photo_kind_neighbours: int = 5
    # A typed message longer than this is refused before any model work (a shopper's request is
    # a sentence or two; a 2 MB message once held the only model slot for minutes).
    max_message_chars: int = 1_000


class ServerConfig(BaseModel):
    host: str = "127.0.0.1"
    port: int = 7860
    # Turns through the shared models at once (speech, photo and text encoders, the LLM), whichever
    # browser tab or API client asks; the rest wait in one queue.
    turn_concurrency: int = 1
    # Catalog look-ups at once (details, compare, wishlist): no model work, so they need not wait for turns.
    lookup_concurrency: int = 4
    # Gradio refuses bigger uploads before they reach Facet (photos and recordings have their own
    # caps in image_encoder.max_photo_bytes and audio.max_bytes).
    max_upload_bytes: int = 25_000_000


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACET_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    currency: str = "USD"
    torch_threads: int = Field(default_factory=lambda: os.cpu_count() or 1)

    text_encoder: TextEncoderConfig = TextEncoderConfig()
    image_encoder: ImageEncoderConfig = ImageEncoderConfig()
    image_tuning: ImageTuningConfig = ImageTuningConfig()
    audio: AudioConfig = AudioConfig()
    asr: ASRConfig = ASRConfig()
    catalog: CatalogConfig = CatalogConfig()  # limits on a catalog row
    lexicon: LexiconConfig = LexiconConfig()  # the jewellery vocabulary and its regional packs
    extraction: ExtractionConfig = ExtractionConfig()  # attributes read from a shop's words and photos
    images: ImagesConfig = ImagesConfig()  # item photos at ingest
    index: IndexConfig = IndexConfig()
    fusion: FusionConfig = FusionConfig()
    demo: DemoCatalogConfig = DemoCatalogConfig()
    llm: LLMConfig = LLMConfig()
    conversation: ConversationConfig = ConversationConfig()
    server: ServerConfig = ServerConfig()

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def images_dir(self) -> Path:
        """Every item photo, as ingested (retrieval/images.py): the one folder the web chat serves."""
        return self.data_dir / "images"

    @property
    def mirror_dir(self) -> Path:
        return self.data_dir / "mirror"

    @property
    def tuning_dir(self) -> Path:
        return self.data_dir / "tuning"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / "demo-catalog"

    @property
    def import_dir(self) -> Path:
        """The last ingest's report, the facts to review, and the owner's corrections (kept for every ingest)."""
        return self.data_dir / "catalog-import"
