"""BM25 of one index generation, kept fresh: built from the store on first use and again when the
text collection's revision (a token rewritten on every change of ids or texts, by any process)
moves on. Given a folder for it, each build is kept there for its generation and revision
(retrieval/lexical_store.py) and read back instead of built while it is fresh.

CatalogIndex (retrieval/index.py) holds one keeper per generation and reads through it; the keeper
reads the store only through the index's store object and the item texts the index gives it.
Inside a store view (one search) the revision is asked once: the view's later reads trust it.
"""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path
from typing import Callable, Iterable

from retrieval import lexical_store
from retrieval.lexical import LexicalIndex

log = logging.getLogger(__name__)

TEXT_REVISION_KEY = "text_revision"  # collection metadata: changes whenever ids or item texts do


class LexicalKeeper:
    """The BM25 of `store`'s generation; `item_texts` gives (id, text) of every indexed item."""

    def __init__(self, store, engine: str, folder: Path | None, item_texts: Callable[[], Iterable[tuple[str, str]]]):
        self.folder = folder  # where BM25 is kept between processes (None: built by each)
        self._store = store
        self._engine = engine
        self._item_texts = item_texts
        self._lexical: LexicalIndex | None = None
        self._revision: str | None = None
        self._checked = threading.local()  # .view: the store view whose reads last found BM25 fresh
        self._lock = threading.Lock()  # one BM25 build at a time: a second reader waits for it

    def current(self) -> LexicalIndex:
        """BM25 over every indexed item's text, rebuilt only when the texts have changed."""
        view = self._store.view_number()
        if self._lexical is not None and view is not None and getattr(self._checked, "view", None) == view:
            return self._lexical  # found fresh earlier in this view
        with self._lock:
            revision = self.revision()
            if self._lexical is None or revision != self._revision:
                self._lexical, self._revision = self._stored_or_built(revision), revision
            self._checked.view = view
            return self._lexical

    def revision(self) -> str | None:
        """The live generation's (read as the store reads: after a switch, the new one's)."""
        return self._store.read(lambda: self._store.metadata("text")).get(TEXT_REVISION_KEY)

    def new_revision(self) -> None:
        """Mark the texts as changed, for every process reading the index."""
        self._checked.view = None  # this thread's own write shows in its current view too
        self._store.update_metadata("text", {TEXT_REVISION_KEY: uuid.uuid4().hex})

    def path(self, generation: int) -> Path | None:
        """Where `generation`'s BM25 is kept (None: nowhere)."""
        return None if self.folder is None else self.folder / lexical_store.file_name(self._store.bases["text"], generation)

    def drop(self, generation: int) -> None:
        """Forget what was kept for a generation that is gone."""
        if (path := self.path(generation)) is not None:
            path.unlink(missing_ok=True)

    def _stored_or_built(self, revision: str | None) -> LexicalIndex:
        """BM25 read from its folder when it was kept there for this generation and revision;
        else built from the store, and kept. Without a revision (texts written around `ingest`
        and never `settle`d) nothing stored can be known fresh: it is built, and not kept."""
        path = self.path(self._store.generation)
        if path is None or revision is None:
            return LexicalIndex.from_entries(self._item_texts())
        stamp = {"collection": self._store.names["text"], "text_revision": revision, "engine": self._engine}
        try:
            return lexical_store.load(path, stamp)
        except FileNotFoundError:
            log.info("BM25: none kept for %s yet, building it from the store", stamp["collection"])
        except (lexical_store.StaleLexicalFile, lexical_store.CorruptLexicalFile, OSError) as error:
            log.warning("BM25 kept at %s is not used (%s): building it again from the store", path, error)
        built = LexicalIndex.from_entries(self._item_texts())
        try:
            lexical_store.save(path, built, stamp)
        except OSError as error:
            log.warning("BM25 could not be kept at %s (%s): the next start builds it again", path, error)
        return built
