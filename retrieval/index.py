"""The vector index: one collection of item-text vectors and one of item-image vectors, with
the same ids and the item's filterable facts as metadata in both, in the store `index.engine`
names (chromadb or Milvus: retrieval/engines.py picks it, each with the same surface).

Ingestion is idempotent: a hash of each encoder input is kept beside its vector, so an
unchanged item costs no model work, and a price or stock change only rewrites metadata.
`check` compares a catalog with the index the same way, without any model work.

BM25 over item text (`lexical`) is kept fresh per generation by retrieval/lexical_keeper.py:
built from the store, or read from the file a previous build kept, and built again when the
texts change.

A search may read on a worker thread (`soon`) inside its own view, so the engine answers while
the search scores BM25 in this process.

Every store call goes through the store (`retrieval/store.py` for chromadb, which reopens the
connection when another process has written; `retrieval/milvus_store.py`): the searcher, the
photo probes and the assistant read through the small methods here (`get`, `nearest`, `pages`,
`all_ids`, ...), never a collection directly.
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from perception.image_encoder import ImageEncoder
from perception.text_encoder import TextEncoder
from retrieval.catalog import Item
from retrieval.config import IndexConfig
from retrieval.demo.generate import ID_PREFIX
from retrieval.images import open_picture
from retrieval.killpoints import kill_point
from retrieval import kept_file
from retrieval.lexical import LexicalIndex
from retrieval.lexical_keeper import LexicalKeeper
from retrieval.ingest_plan import Plan, plan_collection, prepare_batch, without_image
from retrieval.records import RETIRED_ROW_KEYS, hash_of, image_input, item_from_metadata, item_metadata, item_text, text_input
from retrieval.reports import DriftReport, IngestReport
from retrieval.engines import connect, open_store  # noqa: F401 (connect: part of this module's interface)
from retrieval.store import KINDS, PREVIOUS_KEY, REVISION_KEY
from retrieval.tuning import CatalogTunedEncoder

HASH_KEY = "embed_hash"
# The photo's own hash, for the untuned encoder: a refit re-tunes the stored vector of an unchanged
# photo (the encoder's vector is part of it) instead of running the encoder again.
PHOTO_KEY = "photo_hash"
FIT_PENDING_KEY = "fit_pending"  # image collection metadata: a refit was due and is not finished
STORE_PAGE = 5_000
DEMO_ITEM_ID = re.compile(rf"{ID_PREFIX}-\d+")  # the demo catalog's ids (retrieval/demo/generate.py)


class CatalogIndex:
    """The index's live generation (retrieval/reindex.py); or, given `generation`, that one."""

    def __init__(self, client, text_encoder: TextEncoder, image_encoder: ImageEncoder, config: IndexConfig,
                 generation: int | None = None, lexical_dir: Path | None = None):  # fmt: skip
        self.text_encoder = text_encoder
        self.image_encoder = image_encoder
        self.config = config
        self._store = open_store(client, config, {"text": text_encoder.name, "image": image_encoder.name}, generation)
        self._lexical = LexicalKeeper(self._store, config.engine, lexical_dir, self._item_texts)
        self._workers: ThreadPoolExecutor | None = None  # made on the first `soon`
        self._workers_lock = threading.Lock()

    @property
    def client(self):
        return self._store.client

    @property
    def lexical_dir(self) -> Path | None:
        """Where BM25 is kept between processes (None: built by each)."""
        return self._lexical.folder

    @property
    def texts(self):
        """The text collection as of now (reopened after another process's writes)."""
        return self._store.collection("text")

    @property
    def images(self):
        return self._store.collection("image")

    # --- reads: every store read of Facet's goes through one of these -------------------------

    def count(self, kind: str = "text") -> int:
        return self._store.read(lambda: self._store.collection(kind).count())

    def get(self, kind: str, ids: list[str] | None = None, where: dict | None = None, include: Iterable[str] = ("metadatas",),
            limit: int | None = None) -> dict:  # fmt: skip
        """chromadb's get on the "text" or "image" collection (at most `limit` rows when given)."""
        bound = {"limit": limit} if limit is not None else {}
        return self._store.read(lambda: self._store.collection(kind).get(ids=ids, where=where, include=list(include), **bound))

    def meeting(self, kind: str, where: dict) -> Callable[[list[str]], set[str]]:
        """A test of which of some ids meet `where` (nothing read whole), made as the engine answers
        it fastest; one search asks it of several lists of ids in turn."""
        test = self._store.meeting(kind, where)
        return lambda ids: self._store.read(lambda: test(ids))

    def ids_meeting(self, kind: str, ids: list[str], where: dict) -> set[str]:
        return self.meeting(kind, where)(ids)

    def nearest(self, kind: str, vector, n: int, where: dict | None = None, include: Iterable[str] = ("metadatas", "embeddings")) -> dict:
        """The `n` nearest items to `vector` meeting `where` (fewer when fewer do): one result
        list per key, chromadb's query for one vector."""
        include = list(include)
        found = self._store.read(
            lambda: self._store.collection(kind).query(query_embeddings=[vector], n_results=n, where=where, include=include)
        )
        return {key: found[key][0] for key in ("ids", *include) if found.get(key) is not None}

    def soon(self, call: Callable[[], Any]) -> Future:
        """`call()` on a worker thread; its result, `.result()`. Called inside a view, its reads are
        in that view (the look it took is shared, not taken again), so a search may go on with its
        own work meanwhile: the engine searches in its own process while this one scores BM25."""
        shared = self._store.in_view()
        with self._workers_lock:
            self._workers = self._workers or ThreadPoolExecutor(max_workers=len(KINDS), thread_name_prefix="facet-index")
        return self._workers.submit(self._in_view, shared, call)

    def _in_view(self, shared: bool, call: Callable[[], Any]) -> Any:
        if not shared:
            return call()
        with self._store.shared_view():
            return call()

    def nearest_image_ids(self, vector, n: int) -> list[str]:
        return self.nearest("image", np.asarray(vector).tolist(), n, include=()).get("ids", [])

    def pages(self, kind: str, include: Iterable[str] = ("metadatas",)) -> Iterator[dict]:
        """The whole collection, page by page."""
        yield from self._store.pages(kind, include)

    def all_ids(self) -> list[str]:
        return [item_id for page in self.pages("text", include=()) for item_id in page["ids"]]

    def item_pages(self, size: int = STORE_PAGE) -> Iterator[list[Item]]:
        """Every item the index holds, in id order, `size` at a time: a reader of the whole catalog
        holds one page of items, never all of them (one read of every id may fail on a server, too)."""
        for batch in _batches(sorted(self.all_ids()), size):
            found = self.items(batch)
            yield [found[item_id] for item_id in batch if item_id in found]

    def pages_in_id_order(self) -> bool:
        """Whether `pages` gives the items in id order: a Milvus query iterator walks the primary key
        (chromadb's pages come in the order rows were written)."""
        return self.config.engine == "milvus"

    def view(self):
        """`with index.view():` the reads inside (one search) share one look at the live generation
        and at whether BM25 is fresh, taken as the view begins, instead of one before each read:
        another process's write or switch shows from the next view on (retrieval/store.py, Views)."""
        return self._store.view()

    # --- generations (retrieval/reindex.py) -------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._store.generation

    def generations(self) -> list[int]:
        return self._store.generations()

    def live_generation(self) -> int:
        return self._store.live_generation()

    def at_generation(self, generation: int) -> CatalogIndex:
        """This index's generation `generation` (made on its first write), on the same connection and encoders."""
        return CatalogIndex(self.client, self.text_encoder, self.image_encoder, self.config, generation, self.lexical_dir)

    def switch_to(self, generation: int) -> None:
        """Make `generation` the live one, for every process reading the index."""
        self._store.switch_to(generation)

    def drop_generation(self, generation: int) -> None:
        self._store.drop_generation(generation)
        self._lexical.drop(generation)

    def kept_file(self, folder: Path, suffix: str) -> Path:
        """Where a file read from this generation's catalog is kept (retrieval/kept_file.py)."""
        return folder / kept_file.file_name(self._store.bases["text"], self._store.generation, suffix)

    def kept_stamp(self, revision: str | None) -> dict:
        """What a kept file read at `revision` names of this index: its text collection and engine."""
        return {"collection": self._store.names["text"], "text_revision": revision, "engine": self.config.engine}

    def prune_kept_files(self, folder: Path, suffix: str) -> None:
        """Remove the files kept in `folder` for generations the index no longer holds."""
        kept_file.prune(folder, self._store.bases["text"], suffix, {self.generation, *self.generations()})

    def store_revision(self) -> str | None:
        """Changes with every write to this generation, by any process."""
        return self._store.metadata("text").get(REVISION_KEY)

    def previous_generation(self) -> int | None:
        """The generation this one replaced, as recorded at the switch."""
        previous = self._store.metadata("text").get(PREVIOUS_KEY)
        return None if previous is None else int(previous)

    def record_previous(self, generation: int) -> None:
        self._store.update_metadata("text", {PREVIOUS_KEY: generation})

    def stored_items(self) -> list[Item]:
        """Every item the index holds, as its last ingest stored it."""
        items = []
        for page in self.pages("text"):
            items += [item for metadata in page["metadatas"] if (item := item_from_metadata(metadata)) is not None]
        return items

    # --- which catalog the index holds (retrieval/store.py) -------------------------------------

    def catalog(self) -> str | None:
        return self._store.catalog()

    def mark_catalog(self, kind: str) -> None:
        self._store.mark_catalog(kind)

    def catalog_locale(self) -> str | None:
        return self._store.catalog_locale()

    def mark_catalog_locale(self, locale: str | None) -> None:
        self._store.mark_catalog_locale(locale)

    def held_shop_catalog(self) -> bool:
        """Whether the index holds, or held, a shop's catalog. One written before the index
        recorded its catalog counts as a shop's when it holds any item that is not a demo item."""
        if self._store.catalog() is None and self.count() > 0:
            return not all(DEMO_ITEM_ID.fullmatch(item_id) for item_id in self.all_ids())
        return self._store.held_shop_catalog()

    def settle(self) -> None:
        """After writes made straight through a collection (a bulk load): mark them as a write, so
        readers reopen, and on Milvus seal them and wait for their index; and as new texts, so
        BM25 (in memory and on disk) is built again."""
        self._store.wrote()
        self._new_text_revision()

    def ingest(self, items: list[Item], sync: bool = False, progress: bool = True) -> IngestReport:
        report = IngestReport(read=len(items))
        known_text = self._stored_hashes("text")
        known_image = self._stored_hashes("image")

        text_plan = plan_collection(items, known_text, text_input, self.text_encoder.name)
        image_plan = self._image_plan(items, known_image)
        refit = self._refit_due(image_plan, items)
        photos_dropped = without_image(items, known_image)
        gone = sorted((set(known_text) | set(known_image)) - {item.id for item in items}) if sync else []
        writes = any((text_plan.embed, text_plan.metadata_only, image_plan.embed, image_plan.metadata_only, image_plan.retune,
                      photos_dropped, gone, refit))  # fmt: skip
        if writes:
            self._store.wrote()  # before: a reader reopens even if this process dies mid-way
        if text_plan.embed or gone:
            self._new_text_revision()
        if refit:
            self._store.update_metadata("image", {FIT_PENDING_KEY: True})  # kept until the photos are re-tuned
        self._apply("text", text_plan, str, self.text_encoder.encode_text, report.warnings, progress)
        self._apply("image", image_plan, open_picture, self.image_encoder.encode_image, report.warnings, progress)
        for batch in _batches(photos_dropped, STORE_PAGE):
            self.images.delete(ids=batch)
        report.searchable_at = time.perf_counter() if writes else None
        retuned = self._refit_and_retune(items, report, progress) if refit else []

        embedded = {item.id for item, _, _ in text_plan.embed + image_plan.embed + image_plan.retune} | set(retuned)
        retouched = embedded | {item.id for item, _ in text_plan.metadata_only + image_plan.metadata_only}
        retouched |= set(photos_dropped)
        for item in items:
            if item.id not in retouched:
                report.unchanged += 1
            elif item.id in known_text:
                report.updated += 1
            else:
                report.ingested += 1
        report.removed = self._remove(gone)
        if text_plan.embed or gone:
            self._new_text_revision()
        if writes:
            self._store.wrote()
        return report

    def _image_vectors_name(self) -> str:
        """What image vectors are hashed with: the encoder, and for a tuned one the fit."""
        if isinstance(self.image_encoder, CatalogTunedEncoder):
            return f"{self.image_encoder.name}@{self.image_encoder.revision}"
        return self.image_encoder.name

    def _image_plan(self, items: list[Item], known_image: dict) -> Plan:
        photo_name = self.image_encoder.base.name if isinstance(self.image_encoder, CatalogTunedEncoder) else None
        return plan_collection(items, known_image, image_input, self._image_vectors_name(), photo_name)

    def _refit_due(self, image_plan: Plan, items: list[Item]) -> bool:
        """Whether to tune the image vectors anew: most of the catalog's photos are new to the
        index, or an earlier ingest that was due to refit stopped before it had re-tuned them."""
        tuned = self.image_encoder
        if not isinstance(tuned, CatalogTunedEncoder):
            return False
        if self._store.metadata("image").get(FIT_PENDING_KEY):
            return True
        return tuned.should_refit(len(image_plan.embed), sum(1 for item in items if item.image))

    def _refit_and_retune(self, items: list[Item], report: IngestReport, progress: bool) -> list[str]:
        """Fit the tuning on the photos just embedded, then re-tune every stored image vector
        from its encoder part (no photo is encoded twice); the ids re-tuned. The index is
        searchable throughout, with the vectors of the fit it had before."""
        self._refit(items, report)
        image_plan = self._image_plan(items, self._stored_hashes("image"))
        self._apply("image", image_plan, open_picture, self.image_encoder.encode_image, report.warnings, progress)
        self._store.update_metadata("image", {FIT_PENDING_KEY: False})
        return [item.id for item, _, _ in image_plan.retune + image_plan.embed]

    def _refit(self, items: list[Item], report: IngestReport) -> None:
        """Tune the image vectors anew on (a sample of) the catalog's stored photos. A saved fit
        made on the very same photos and settings (an ingest killed after its fit) is kept, not
        made again."""
        tuned = self.image_encoder
        sample = tuned.sample(items)
        fingerprint = tuned.fingerprint([(item.id, hash_of(image_input(item)[0])) for item in sample])
        if tuned.fitted_on() == fingerprint:
            report.notes.append("the image tuning saved for these photos was kept (no refit)")
            return
        stored = self.vectors("image", [item.id for item in sample])
        entries = [(item, "", item.image) for item in sample if item.id in stored]  # unusable photos were not stored
        shrunk = partial(open_picture, max_side=tuned.config.max_photo_side)
        kept, shots = prepare_batch(entries, shrunk, [])
        if len(shots) < tuned.config.min_items:
            return
        tuned.fit(shots, fingerprint, encoded=tuned.frozen_part(np.stack([stored[item.id] for item, _, _ in kept])))
        report.tuned_on = len(shots)
        kill_point("fit")

    def vectors(self, kind: str, ids: list[str]) -> dict[str, np.ndarray]:
        """{id: stored vector} of the `ids` the store holds, read a page at a time."""
        vectors = {}
        for batch in _batches(ids, STORE_PAGE):
            found = self.get(kind, ids=batch, include=["embeddings"])
            vectors.update({item_id: np.asarray(vector, np.float32) for item_id, vector in zip(found["ids"], found["embeddings"])})
        return vectors

    def check(self, items: list[Item]) -> DriftReport:
        """What `ingest(items, sync=True)` would change, found by hashes alone (no model work)."""
        known_text = self._stored_hashes("text")
        known_image = self._stored_hashes("image")
        text_plan = plan_collection(items, known_text, text_input, self.text_encoder.name)
        image_plan = self._image_plan(items, known_image)
        catalog_ids = {item.id for item in items}
        stored_ids = known_text.keys() | known_image.keys()

        def indexed(entries: list[tuple]) -> set[str]:
            return {entry[0].id for entry in entries} & known_text.keys()  # unindexed ones are "missing"

        stale_text = indexed(text_plan.embed)
        stale_image = indexed(image_plan.embed + image_plan.retune) | set(without_image(items, known_image))
        stale_metadata = indexed(text_plan.metadata_only + image_plan.metadata_only) - stale_text - stale_image
        return DriftReport(
            catalog=len(items),
            indexed=len(stored_ids),
            missing=sorted(catalog_ids - known_text.keys()),
            extra=sorted(stored_ids - catalog_ids),
            stale_text=sorted(stale_text),
            stale_image=sorted(stale_image),
            stale_metadata=sorted(stale_metadata),
        )

    def lexical(self) -> LexicalIndex:
        """BM25 over every indexed item's text, rebuilt only when the texts have changed (retrieval/lexical_keeper.py)."""
        return self._lexical.current()

    def _item_texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every indexed item, a store page at a time."""
        for page in self.pages("text"):
            for item_id, metadata in zip(page["ids"], page["metadatas"]):
                if (item := item_from_metadata(metadata)) is not None:
                    yield item_id, item_text(item)

    def text_revision(self) -> str | None:
        """The live generation's (read as the store reads: after a switch, the new one's)."""
        return self._lexical.revision()

    def _new_text_revision(self) -> None:
        self._lexical.new_revision()

    def _stored_hashes(self, kind: str) -> dict[str, tuple[str, dict[str, Any], str]]:
        """{id: (vector hash, item metadata, photo hash or "")} of every stored row."""
        stored = {}
        for page in self.pages(kind):
            for item_id, metadata in zip(page["ids"], page["metadatas"]):
                for key in RETIRED_ROW_KEYS:
                    metadata.pop(key, None)
                stored[item_id] = (metadata.pop(HASH_KEY, ""), metadata, metadata.pop(PHOTO_KEY, ""))
        return stored

    def _apply(
        self,
        kind: str,
        plan: Plan,
        prepare: Callable[[Any], Any],
        encode: Callable[[list], np.ndarray],
        warnings: list[str],
        progress: bool,
    ):
        from tqdm import tqdm

        if not (plan.embed or plan.metadata_only or plan.retune):
            return
        batch_size = self.config.ingest_batch_size
        collection = self._store.collection(kind)

        def metadata(item: Item, content_hash: str) -> dict[str, Any]:
            photo = {PHOTO_KEY: plan.photos[item.id]} if item.id in plan.photos else {}
            return {**item_metadata(item), HASH_KEY: content_hash, **photo}

        desc = f"embedding {collection.name}"
        with tqdm(total=len(plan.embed), desc=desc, unit="item", disable=not progress or not plan.embed) as bar:
            for batch, vectors in self._vectors_to_write(kind, plan, prepare, encode, warnings, bar):
                collection.upsert(
                    ids=[item.id for item, _, _ in batch],
                    embeddings=vectors,
                    metadatas=[metadata(item, content_hash) for item, content_hash, _ in batch],
                )
                kill_point("text_upsert" if kind == "text" else "image_batch")
        for batch in _batches(plan.metadata_only, batch_size):
            collection.update(ids=[item.id for item, _ in batch], metadatas=[metadata(item, content_hash) for item, content_hash in batch])

    def _vectors_to_write(self, kind: str, plan: Plan, prepare, encode, warnings: list[str], bar) -> Iterator[tuple[list, np.ndarray]]:
        """(batch, its vectors): re-tuned from the stored ones, then encoded. A row gone from the
        store since it was planned is encoded after all."""
        batch_size = self.config.ingest_batch_size
        to_encode = list(plan.embed)
        for batch in _batches(plan.retune, batch_size):
            stored = self.vectors(kind, [item.id for item, _, _ in batch])
            to_encode += [entry for entry in batch if entry[0].id not in stored]
            batch = [entry for entry in batch if entry[0].id in stored]
            if batch:
                tuned = self.image_encoder
                yield batch, tuned.tune(tuned.frozen_part(np.stack([stored[item.id] for item, _, _ in batch])))
        for batch in _batches(to_encode, batch_size):
            bar.update(len(batch))
            batch, inputs = prepare_batch(batch, prepare, warnings)
            if batch:
                yield batch, encode(inputs)

    def _remove(self, gone: list[str]) -> int:
        for batch in _batches(gone, STORE_PAGE):
            self.texts.delete(ids=batch)
            self.images.delete(ids=batch)
            kill_point("removal")
        return len(gone)

    def items(self, ids: Iterable[str]) -> dict[str, Item]:
        ids = list(ids)
        if not ids:
            return {}
        found = self.get("text", ids=ids)
        items = {item_id: item_from_metadata(metadata) for item_id, metadata in zip(found["ids"], found["metadatas"])}
        return {item_id: item for item_id, item in items.items() if item is not None}


def _batches(sequence: list, size: int) -> Iterator[list]:
    for start in range(0, len(sequence), size):
        yield sequence[start : start + size]
