"""The one place the vector store's engine is chosen (`index.engine`): each engine's module has
`connect(config, persist_dir)` and a `Store` with the surface CatalogIndex reads and writes
through. Imported lazily, so Milvus's client is loaded only when Milvus is chosen."""

from __future__ import annotations

import importlib
from pathlib import Path

from retrieval.config import IndexConfig

ENGINE_MODULES = {"chroma": "retrieval.store", "milvus": "retrieval.milvus_store"}


def _engine(config: IndexConfig):
    return importlib.import_module(ENGINE_MODULES[config.engine])


def connect(config: IndexConfig, persist_dir: Path):
    """A client of the configured engine: embedded under `persist_dir`'s folder, or a server."""
    return _engine(config).connect(config, persist_dir)


def open_store(client, config: IndexConfig, encoder_names: dict[str, str], generation: int | None = None):
    """The index's store on its live generation; or, given `generation`, pinned to that one."""
    return _engine(config).Store(client, config, encoder_names, generation)
