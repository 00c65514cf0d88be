"""Facet's configuration: one typed tree, read from FACET_* environment variables
(nested with "__", e.g. FACET_FUSION__TEXT_WEIGHT=0.5) and overridden by CLI flags."""

import os
from pathlib import Path

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from perception.config import ASRConfig, AudioConfig, ImageEncoderConfig, TextEncoderConfig
from retrieval.config import DemoCatalogConfig, FusionConfig, IndexConfig


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "facet"


class ServerConfig(BaseModel):
    host: str = "127.0.0.1"
    port: int = 7860


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACET_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    currency: str = "USD"
    torch_threads: int = Field(default_factory=lambda: os.cpu_count() or 1)

    text_encoder: TextEncoderConfig = TextEncoderConfig()
    image_encoder: ImageEncoderConfig = ImageEncoderConfig()
    audio: AudioConfig = AudioConfig()
    asr: ASRConfig = ASRConfig()
    index: IndexConfig = IndexConfig()
    fusion: FusionConfig = FusionConfig()
    demo: DemoCatalogConfig = DemoCatalogConfig()
    server: ServerConfig = ServerConfig()

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / "demo-catalog"
