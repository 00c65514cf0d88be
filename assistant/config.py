"""Facet's configuration: one typed tree, read from FACET_* environment variables
(nested with "__", e.g. FACET_FUSION__TEXT_WEIGHT=0.5) and overridden by CLI flags."""

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.phrasing import available_languages
from perception import whisper_base
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
    # auto: xllamacpp when installed (a default dependency), else llama_cpp when llama-cpp-python is
    # (the extra `llama-cpp`), else the template writer (assistant/llm.py AUTO_CHOICES).
    backend: Literal["auto", "xllamacpp", "llama_cpp", "openai", "template"] = "auto"
    # xllamacpp, llama_cpp: a packaged model (assistant/llm.py PACKAGED_MODELS); the 1.5B needs the optional
    # extra `writer-1.5b`. Chosen by benchmarks/answer_truth.py (benchmarks/results/answer_truth_*.json).
    local_model: Literal["qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b"] = "qwen2.5-coder-0.5b"
    # ... or any GGUF file, which wins over local_model.
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
    # llama.cpp threads for writing (decode) and for reading the prompt (batch). One each: on a
    # 2-core machine shared with other work, a second thread waiting for a busy core made both
    # steps several times slower (benchmarks/results/llm_threads.json); raise them on a quiet machine.
    threads: int = 1
    batch_threads: int = 1
    # llama.cpp's repacking of weights for the CPU's fastest kernels: "auto" is off where the CPU
    # advertises AMX (virtual machines often advertise it and then stop the process on its first
    # AMX instruction); "on" for a machine known to run AMX.
    weight_repacking: Literal["auto", "on", "off"] = "auto"
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
    # A photo with words is of a catalog piece, whose metal and stone hold where the words leave them
    # open (assistant/photo_reference.py), when its nearest piece's image distance is at most this
    # share of the next piece's: a catalog shot stands out (shares under 0.5), a shopper's photo of
    # something alike does not (0.8-1.0 when its nearest piece is another).
    photo_same_piece_ratio: float = 0.7
    # Of what a photo of a catalog piece carries, a plain piece's "no stone" beside words naming a metal, and
    # its metal beside words naming its kind with a stone or a price, only order the results (the pictured
    # piece's first, then the rest the words ask for): False makes them filters, as every carried slot is.
    photo_carried_orders: bool = True
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


DEFAULT_SHOP_NAME = "Facet"
HEX_COLOR = r"^#[0-9a-fA-F]{6}$"
WEB_SCHEMES = ("http", "https")
EMAIL = re.compile(r"[^@\s<>()\[\],;:\\\"]+@[^@\s<>()\[\],;:\\\"]+\.[A-Za-z]{2,}")
PRODUCT_PLACEHOLDER = "{handle}"
CART_PLACEHOLDER = "{variant_id}"


def _web_address(value: str, placeholder: str | None = None) -> str:
    """An http(s) address with a host (and the placeholder, for a pattern), or "" for none."""
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value.replace(placeholder, "x") if placeholder else value)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname or any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError(f"{value!r} is not an http(s) address")
    if placeholder and placeholder not in value:
        raise ValueError(f"{value!r} has no {placeholder} to fill in")
    return value


class ShopColors(BaseModel):
    """The page's colours, as #rrggbb (they go into the page's CSS, so nothing else is taken)."""

    primary: str = Field("#6d3f86", pattern=HEX_COLOR)  # buttons, links, the header
    accent: str = Field("#8a5a00", pattern=HEX_COLOR)  # prices, ticked chips


class ShopConfig(BaseModel):
    """The shop the chat sells for: its name and looks, where its products and cart live, and a
    person to ask. Every address is http(s); a pattern is filled with the catalog's handle or
    variant id, URL-encoded."""

    name: str = Field(DEFAULT_SHOP_NAME, min_length=1, max_length=80)
    # A picture for the header: a path inside the data folder, or the name of an asset in ui/static.
    logo: str = "facet-logo.svg"
    colors: ShopColors = ShopColors()
    # e.g. "https://myshop.example/products/{handle}"; an item's own `url` comes first.
    product_url_pattern: str = ""
    # e.g. "https://myshop.example/cart/add?id={variant_id}&quantity=1" (Shopify's form, no API).
    cart_url_pattern: str = ""
    contact_email: str = ""
    contact_url: str = ""
    # Markdown: each heading starts a section (assistant/policies.py); read at start and again
    # whenever the file changes. With no policies or contact set and the demo catalog in the index,
    # the demo shop's are used (assistant/shop/); with a shop's catalog nothing is made up: no
    # policy is quoted and the hand-off says there is no contact.
    policies_file: Path | None = None
    # A policy section is quoted only when it is at least this close to the question (MiniLM
    # cosine) and shares its topic's words.
    policy_min_similarity: float = 0.2
    # A quoted section is cut at a sentence end after this many characters.
    policy_quote_chars: int = 600
    # The language answers are written in (assistant/answer_language.py): "auto" answers in the
    # shopper's own when their words show it, else the catalog's, else English; or a fixed language
    # of assistant/phrases/ ("cs", or a locale "pt-BR" whose pack names the pieces).
    answer_language: str = "auto"

    @field_validator("answer_language")
    @classmethod
    def _answer_language(cls, value: str) -> str:
        value = value.strip()
        if value != "auto" and value.split("-")[0].lower() not in available_languages():
            raise ValueError(f"no answers in {value!r}: 'auto' or one of {', '.join(available_languages())} (assistant/phrases/)")
        return value

    @field_validator("product_url_pattern")
    @classmethod
    def _product_pattern(cls, value: str) -> str:
        return _web_address(value, PRODUCT_PLACEHOLDER)

    @field_validator("cart_url_pattern")
    @classmethod
    def _cart_pattern(cls, value: str) -> str:
        return _web_address(value, CART_PLACEHOLDER)

    @field_validator("contact_url")
    @classmethod
    def _contact_url(cls, value: str) -> str:
        return _web_address(value)

    @field_validator("contact_email")
    @classmethod
    def _contact_email(cls, value: str) -> str:
        value = value.strip()
        if value and not EMAIL.fullmatch(value):
            raise ValueError(f"{value!r} is not an email address")
        return value


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
    shop: ShopConfig = ShopConfig()

    @property
    def shop_asr(self) -> ASRConfig:
        """asr with the language and model left open filled in from the shop's lexicon locales (or,
        where they are left at the default, the locale its catalog is written in)."""
        heard = self.asr.for_locales(self.lexicon.heard_locales())
        if heard.model == whisper_base.NAME and self.asr.model is None and not whisper_base.installed():
            # Only the catalog's language asked for Whisper base, and it is not installed (the
            # `whisper-base` extra): the shop stays heard as configured rather than not at all.
            return self.asr.for_locales(self.lexicon.locales)
        return heard

    def with_catalog_locale(self, locale: str | None) -> "Settings":
        """These settings for a catalog read as `locale` (the index keeps it: CatalogIndex.catalog_locale)."""
        return self.model_copy(update={"lexicon": self.lexicon.model_copy(update={"catalog_locale": locale})})

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def images_dir(self) -> Path:
        """Every item photo, as ingested (retrieval/images.py): the one folder the web chat serves."""
        return self.data_dir / "images"

    @property
    def tuning_dir(self) -> Path:
        return self.data_dir / "tuning"

    @property
    def cache_dir(self) -> Path:
        """What Facet can make again and keeps to save the time (retrieval/reference_shots.py): safe to delete."""
        return self.data_dir / "cache"

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
