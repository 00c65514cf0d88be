"""The chromadb store behind CatalogIndex: the connection, its two collections, and what their
metadata records besides the items.

Another process's writes. An embedded chromadb keeps each collection's vector graph in the
memory of the process that opened it, and does not notice when another process (`facet
ingest` beside a running `facet serve`) adds to it: its next query fails with chromadb's
"Error finding id". So every write by CatalogIndex changes a revision token in the text
collection's metadata (read fresh from SQLite each time, ~0.3 ms) and names the engine that
wrote; before each read the store compares it with the last one it saw: when another engine
(another process's) has written, the connection is opened afresh, which reads the graph from
disk again. Indexes in one process share one engine per folder and see each other's writes. A write that lands between that check
and the query still fails inside chromadb: the store reopens and retries once, and a second
failure is an IndexChangedError with a plain message, never chromadb's internal one. A `chroma
run` server is the only process that opens its files, so a server connection is never reopened.

The metadata also says which catalog the index holds ("demo" or "shop"), so a shop's index is
never mistaken for an empty one and filled with the demo catalog.

Generations (`facet reindex`, retrieval/reindex.py). An index's collections are written under a
generation: the plain names are generation 0 (every store made before generations), and a
rebuild writes `<name>-g<N>` beside them. chromadb has no aliases, so the live generation is a
record in the store itself: the metadata of one small `<prefix>-aliases` collection maps each
index (its generation-0 text collection's name) to its live generation, which every process
sharing the store reads. A switch also marks a write on the generation switched from, so a
reader on it re-reads the record on its next read (and one whose generation was dropped finds
it gone): it then reopens on the live generation, the same way it reopens after another
process's write.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from chromadb.errors import InternalError, NotFoundError

from retrieval.config import IndexConfig
from retrieval.rows import CatalogError

log = logging.getLogger(__name__)

KINDS = ("text", "image")
REVISION_KEY = "store_revision"  # text collection metadata: changes with every write, by any process
CATALOG_KEY = "catalog"  # text collection metadata: which catalog the index holds
SHOP_CATALOG, DEMO_CATALOG = "shop", "demo"
LOCALE_KEY = "catalog_locale"  # text collection metadata: the locale the catalog is written in ("" none)
COLLECTION_NAME_CHARS = 63  # chromadb's limit
READ_PAGE = 5_000
TAG_SEPARATOR = "."  # a revision is "<engine tag>.<random>"
GENERATION_SEPARATOR = "-g"  # generation N > 0 of a collection: "<name>-g<N>"
ALIASES_NAME = "aliases"  # "<prefix>-aliases": its metadata maps an index's text collection to its live generation
PREVIOUS_KEY = "previous_generation"  # text collection metadata: the generation this one replaced
_ENGINE_TAGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # chromadb engine -> its tag

T = TypeVar("T")


class IndexChangedError(RuntimeError):
    """The store changed underneath a read, twice in a row."""

    def __init__(self) -> None:
        super().__init__("the catalog index changed while reading; reloading — try again")


class ShopCatalogError(CatalogError):
    """The index holds (or held) a shop's own catalog, where the demo was about to go."""


def connect(config: IndexConfig, persist_dir: Path):
    """An embedded persistent chromadb by default, or a chroma server when a host is set."""
    import chromadb

    settings = chromadb.Settings(anonymized_telemetry=False)
    if config.chroma_host:
        return chromadb.HttpClient(host=config.chroma_host, port=config.chroma_port, settings=settings)
    persist_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(persist_dir), settings=settings)


def reopened(client):
    """A fresh connection to the same embedded store, which reads every collection from disk
    again; None for a server connection (nothing to reopen). chromadb shares one engine per
    folder in a process: the new client gets an engine of its own, and the old engine lives on
    for whatever still uses it (a read in another thread) until that lets go."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient

    settings = client.get_settings()
    if not settings.is_persistent:
        return None
    folder = settings.persist_directory
    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_system.pop(folder, None)
        SharedSystemClient._identifier_to_refcount.pop(folder, None)
    return chromadb.PersistentClient(path=folder, settings=settings)


def engine_tag(client) -> str:
    """Names the chromadb engine behind `client` (one per folder and process, until reopened)."""
    return _ENGINE_TAGS.setdefault(client._server, uuid.uuid4().hex)


def collection_name(prefix: str, kind: str, encoder_name: str) -> str:
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "_", encoder_name).strip("_-")
    return f"{prefix}-{kind}-{slug}"[:COLLECTION_NAME_CHARS]


def generation_name(base: str, generation: int, separator: str = GENERATION_SEPARATOR, limit: int = COLLECTION_NAME_CHARS) -> str:
    """Generation `generation` of the collection named `base` at generation 0 (its own name)."""
    if generation == 0:
        return base
    suffix = f"{separator}{generation}"
    return base[: limit - len(suffix)] + suffix


def generations_among(names: Iterable[str], base: str, separator: str = GENERATION_SEPARATOR,
                      limit: int = COLLECTION_NAME_CHARS) -> list[int]:  # fmt: skip
    """The generations of `base` among collection `names`, oldest first."""
    found = []
    for name in names:
        number = name.rpartition(separator)[2]
        if name == base:
            found.append(0)
        elif number.isdigit() and int(number) > 0 and generation_name(base, int(number), separator, limit) == name:
            found.append(int(number))
    return sorted(found)


class Views:
    """One look per view: reads inside `with store.view():` (a search) share the look at where
    the index stands that the view began with (its live generation, another process's writes),
    instead of one before each read. Views are per thread and may nest; outside one, every read
    looks first. A read that fails inside a view still looks again and retries (the generation
    it read was dropped after a switch), so a view never reads a dropped generation twice."""

    _view_depth: "ViewDepth"  # made by the engine's Store.__init__ (`self._view_depth = ViewDepth()`)

    def view(self):
        return self._view_depth.enter(self._look)

    def shared_view(self):
        """`with store.shared_view():` on a worker thread doing part of another thread's view (a
        search's nearest items): its reads trust the look that view took instead of taking one."""
        return self._view_depth.enter(lambda: None)

    def in_view(self) -> bool:
        return self._view_depth.depth > 0

    def view_number(self) -> int | None:
        """Which of this thread's views the reads are in (None outside one): a caller keeping
        something fresh once per view (BM25, retrieval/index.py) tells one view from the next."""
        return self._view_depth.opened if self.in_view() else None

    def _look(self) -> None:
        raise NotImplementedError


class ViewDepth(threading.local):
    depth = 0  # views entered and not left, on this thread
    opened = 0  # outermost views entered so far, on this thread

    @contextmanager
    def enter(self, look: Callable[[], Any]):
        if not self.depth:
            look()
            self.opened += 1
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1


class CatalogMarks:
    """What an index's text collection records of its catalog, kept in its metadata; an engine's
    Store gives `metadata(kind)` and `update_metadata(kind, changes)`."""

    def catalog(self) -> str | None:
        """"shop", "demo", or None for an index that has never been given a catalog by this
        version (brand new, or older: one holding items counts as a shop's)."""
        return self.metadata("text").get(CATALOG_KEY)

    def mark_catalog(self, kind: str) -> None:
        if self.catalog() != kind:
            self.update_metadata("text", {CATALOG_KEY: kind})

    def catalog_locale(self) -> str | None:
        """The locale pack the catalog's listings were read as at its last ingest; None: none found."""
        return self.metadata("text").get(LOCALE_KEY) or None

    def mark_catalog_locale(self, locale: str | None) -> None:
        if self.catalog_locale() != locale:
            self.update_metadata("text", {LOCALE_KEY: locale or ""})


class Store(CatalogMarks, Views):
    """The text and image collections of one index, kept readable across other processes' writes
    and following the index's live generation; or, given `generation`, pinned to that one (a
    rebuild writing it)."""

    def __init__(self, client, config: IndexConfig, encoder_names: dict[str, str], generation: int | None = None):
        self.client = client
        self.config = config
        self.bases = {kind: collection_name(config.collection_prefix, kind, encoder_names[kind]) for kind in KINDS}
        self.follows_alias = generation is None
        self._aliases_name = f"{config.collection_prefix}-{ALIASES_NAME}"[:COLLECTION_NAME_CHARS]
        self._lock = threading.RLock()  # one reopen at a time, and a revision noticed once
        self._view_depth = ViewDepth()
        self._set_generation(self.live_generation() if generation is None else generation)
        self._collections = {kind: self._open(kind) for kind in KINDS}
        self._seen_revision = self.metadata("text").get(REVISION_KEY)

    def _set_generation(self, generation: int) -> None:
        self.generation = generation
        self.names = {kind: generation_name(base, generation) for kind, base in self.bases.items()}

    def _open(self, kind: str):
        if self.follows_alias and self.generation > 0:  # a rebuilt generation: never made anew by a reader
            return self.client.get_collection(self.names[kind], embedding_function=None)
        return self.client.get_or_create_collection(
            self.names[kind],
            configuration={"hnsw": {"space": "cosine", **self.config.hnsw.model_dump(exclude_none=True)}},
            embedding_function=None,  # always our own vectors: chromadb's default would download a model
        )

    def collection(self, kind: str):
        return self._collections[kind]

    def meeting(self, kind: str, where: dict) -> Callable[[list[str]], set[str]]:
        """Which of some ids meet `where`: the `where` alone asked once, at the first list, and each
        list's ids kept here. chromadb answers a `where` with a long id list far more slowly than
        the `where` alone (docs/scaling-history.md, 17)."""
        meeting: list[set[str]] = []

        def test(ids: list[str]) -> set[str]:
            if not meeting:
                meeting.append(set(self.collection(kind).get(where=where, include=[])["ids"]))
            return meeting[0].intersection(ids)

        return test

    # --- reads ---------------------------------------------------------------------------------

    def read(self, call: Callable[[], T]) -> T:
        """`call()` (which must look its collections up again through `collection`), on a
        connection that has seen every write so far; reopened and retried once if chromadb fails
        (or the generation read from was dropped after a switch)."""
        if not self.in_view():
            self._catch_up()
        try:
            return call()
        except (InternalError, NotFoundError) as error:
            log.info("the store failed a read (%s): reopening and retrying once", error)
            if not self._reopen():
                raise
        try:
            return call()
        except (InternalError, NotFoundError):
            raise IndexChangedError() from None

    def pages(self, kind: str, include: Iterable[str]) -> Iterator[dict]:
        """The whole collection, page by page."""
        for offset in range(0, self.read(lambda: self.collection(kind).count()), READ_PAGE):
            yield self.read(lambda: self.collection(kind).get(include=list(include), limit=READ_PAGE, offset=offset))

    def _look(self) -> None:
        self._catch_up()

    def _catch_up(self) -> None:
        try:
            revision = self._metadata("text").get(REVISION_KEY)
        except NotFoundError:  # the generation read from was dropped after a switch
            self._reopen()
            return
        if revision == self._seen_revision:
            return
        with self._lock:
            if revision == self._seen_revision:  # another thread has just caught up
                return
            if self.follows_alias and self.live_generation() != self.generation:
                self._reopen()
                return
            writer = (revision or "").partition(TAG_SEPARATOR)[0]
            if writer != engine_tag(self.client):
                log.info("another process has written to the index: reopening it")
                self._reopen()
            self._seen_revision = revision

    def _reopen(self) -> bool:
        """A fresh connection (embedded), on the live generation; False when nothing changed
        (a server connection still on the live generation)."""
        with self._lock:
            live = self.live_generation() if self.follows_alias else self.generation
            moved = live != self.generation
            if moved:
                log.info("the index was switched to generation %d: reading it", live)
                self._set_generation(live)
            client = reopened(self.client)
            if client is None and not moved:
                return False
            self.client = client or self.client
            self._collections = {kind: self._open(kind) for kind in KINDS}
            self._seen_revision = self._metadata("text").get(REVISION_KEY)
        return True

    # --- generations ---------------------------------------------------------------------------

    def live_generation(self) -> int:
        """The generation the index's alias record names (0 without a record)."""
        try:
            aliases = self.client.get_collection(self._aliases_name, embedding_function=None).metadata or {}
        except NotFoundError:
            return 0
        return int(aliases.get(self.bases["text"], 0))

    def generations(self) -> list[int]:
        """Every generation whose text collection exists, oldest first."""
        return generations_among((collection.name for collection in self.client.list_collections()), self.bases["text"])

    def switch_to(self, generation: int) -> None:
        """Point the index's alias at `generation` (one metadata write: atomic for every reader),
        mark a write on the generation switched from (its readers re-read the alias), and follow."""
        aliases = self.client.get_or_create_collection(self._aliases_name, embedding_function=None)
        aliases.modify(metadata={**(aliases.metadata or {}), self.bases["text"]: generation})
        self.wrote()
        with self._lock:
            self._set_generation(generation)
            self._collections = {kind: self._open(kind) for kind in KINDS}
            self._seen_revision = self._metadata("text").get(REVISION_KEY)

    def drop_generation(self, generation: int) -> None:
        """Delete a generation's collections; never the live one."""
        if generation == self.live_generation():
            raise ValueError(f"generation {generation} is the live one")
        for base in self.bases.values():
            try:
                self.client.delete_collection(generation_name(base, generation))
            except NotFoundError:  # an image collection never written, say
                pass

    # --- collection metadata ---------------------------------------------------------------------

    def metadata(self, kind: str) -> dict[str, Any]:
        """Read from the store each time: another process may have changed it (or switched the
        index to another generation and dropped this one)."""
        try:
            return self._metadata(kind)
        except NotFoundError:
            if not self._reopen():
                raise
        return self._metadata(kind)

    def _metadata(self, kind: str) -> dict[str, Any]:
        return self.client.get_collection(self.names[kind], embedding_function=None).metadata or {}

    def update_metadata(self, kind: str, changes: dict[str, Any]) -> None:
        """chromadb's modify replaces a collection's metadata: keep the keys not changed."""
        self.collection(kind).modify(metadata={**self.metadata(kind), **changes})

    def wrote(self) -> None:
        """Mark a write (before and after one): other processes' stores reopen on their next read."""
        revision = f"{engine_tag(self.client)}{TAG_SEPARATOR}{uuid.uuid4().hex}"
        self.update_metadata("text", {REVISION_KEY: revision})
        self._seen_revision = revision

    def held_shop_catalog(self) -> bool:
        """Whether this index holds a shop's catalog, or (for a text collection new to this text
        encoder) any other text collection of the index does."""
        here = self.catalog()
        if here is not None:
            return here == SHOP_CATALOG
        prefix = f"{self.config.collection_prefix}-text-"
        for collection in self.client.list_collections():
            if collection.name.startswith(prefix) and (collection.metadata or {}).get(CATALOG_KEY) == SHOP_CATALOG:
                return True
        return False
