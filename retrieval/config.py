"""Tunables of the retrieval layer: the vector store and how a fused query is scored."""

from pydantic import BaseModel


class IndexConfig(BaseModel):
    # None: an embedded chromadb PersistentClient under the data folder.
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection_prefix: str = "facet"
    ingest_batch_size: int = 64


class FusionConfig(BaseModel):
    # Weights of the similarity scores when a query has both words and a photo;
    # a query with one modality uses that modality alone.
    text_weight: float = 0.35
    image_weight: float = 0.65
    # How many nearest items each modality proposes before exact fused re-scoring.
    candidate_pool: int = 100
    top_k: int = 5


class DemoCatalogConfig(BaseModel):
    items: int = 480
    seed: int = 7
    image_size: int = 256
