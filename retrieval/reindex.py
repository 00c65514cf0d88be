"""Re-indexing a live catalog without downtime (`facet reindex`): the next generation of the
index's collections is written beside the live one, checked (every item there, each probe item
found by its own vector), and only then is the index's alias switched to it, at once for every
process (retrieval/store.py keeps the alias as a record in chromadb, retrieval/milvus_store.py
uses Milvus's own aliases). A running `facet serve` answers from the old generation throughout
and from the new one from its next read on. The old generation is dropped after the switch, or
kept for `rollback`. A rebuild that fails or does not check out is dropped; the alias never moved.

What is written: the items the index holds, as their last ingest stored them (a rebuild for new
index settings, or for another encoder's collections), or a catalog file read as `facet ingest`
reads it (`fill`, from assistant/shop_setup.py). One reindex at a time: a rebuild drops the
generations that are neither live nor kept for a rollback, a half-built one left by a killed
reindex among them.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from retrieval.index import CatalogIndex
from retrieval.reports import IngestReport

log = logging.getLogger(__name__)

ITEMS_NAMED = 5  # items named in an error; the rest are counted

# Writes the catalog into the new generation: the ids written, and the ingest's report.
Fill = Callable[[CatalogIndex], tuple[list[str], IngestReport]]


class ReindexError(RuntimeError):
    """A rebuild that cannot be switched to, or a rollback with nothing to go back to."""


class RejectedRowsError(ReindexError):
    """A catalog file with rejected rows: a rebuild from it would drop their items."""

    def __init__(self, catalog: Path, errors: list):
        self.errors = errors
        rows = f"{len(errors)} rows of {catalog.name} were" if len(errors) > 1 else f"1 row of {catalog.name} was"
        super().__init__(f"{rows} rejected, so their items would leave the index: fix them, or add --force to rebuild without them")


@dataclass
class ReindexReport:
    previous: int  # the generation live before
    generation: int  # live now
    items: int = 0
    photo_vectors: int = 0
    probes: int = 0
    kept_previous: bool = False
    seconds: float = 0.0
    ingest: IngestReport | None = None

    def summary(self) -> str:
        fate = "kept (facet reindex --rollback goes back to it)" if self.kept_previous else "dropped"
        checked = f"{self.items} items, {self.photo_vectors} photo vectors, {self.probes} probe queries; " if self.items else ""
        return f"generation {self.previous} -> {self.generation}: {checked}generation {self.previous} {fate} ({self.seconds:.1f} s)"


def reindex(index: CatalogIndex, fill: Fill | None = None, keep_old: bool = False, progress: bool = True,
            before_switch: Callable[[CatalogIndex], object] | None = None) -> ReindexReport:  # fmt: skip
    """Build the next generation (from `fill`, else from the stored items), check it, switch the
    index to it and drop the old one unless `keep_old`. `before_switch` reads what a serving process
    keeps of the new generation (the catalog read, assistant/catalog_read.py) before it goes live."""
    started = time.perf_counter()
    index.count()  # caught up with the alias
    live = index.generation
    _drop_all_but(index, {live, index.previous_generation()})
    target = max([live, *index.generations()]) + 1
    builder = index.at_generation(target)
    revision = index.store_revision()
    try:
        written, report = fill(builder) if fill else _copy(index, builder, progress)
        if index.store_revision() != revision:
            written, report = _caught_up(index, builder, fill, progress)
        probes = _verify(builder, written, index if fill is None else None)
        builder.record_previous(live)
        if index.lexical_dir is not None:
            builder.lexical()  # kept beside the new generation before it goes live: no reader builds it after the switch
        if before_switch is not None:
            before_switch(builder)
    except BaseException:
        log.info("the rebuild of generation %d failed: dropping it", target)
        index.drop_generation(target)
        raise
    index.switch_to(target)
    _drop_all_but(index, {target, live} if keep_old else {target})
    return ReindexReport(live, target, len(written), builder.count("image"), probes, keep_old, time.perf_counter() - started, report)


def rollback(index: CatalogIndex, keep_old: bool = False) -> ReindexReport:
    """Switch the index back to the generation the live one replaced (kept by `reindex(keep_old=True)`)."""
    started = time.perf_counter()
    index.count()  # caught up with the alias
    live, previous = index.generation, index.previous_generation()
    if previous is None or previous not in index.generations():
        raise ReindexError("no earlier generation was kept to roll back to (`facet reindex --keep-old` keeps one)")
    index.switch_to(previous)
    if not keep_old:
        index.drop_generation(live)
    return ReindexReport(live, previous, kept_previous=keep_old, seconds=time.perf_counter() - started)


def _copy(index: CatalogIndex, builder: CatalogIndex, progress: bool, sync: bool = False) -> tuple[list[str], IngestReport]:
    """The stored items into the new generation, which holds the same catalog ("shop" or "demo")."""
    if (catalog := index.catalog()) is not None:
        builder.mark_catalog(catalog)
    items = index.stored_items()
    return [item.id for item in items], builder.ingest(items, sync=sync, progress=progress)


def _caught_up(index: CatalogIndex, builder: CatalogIndex, fill: Fill | None, progress: bool) -> tuple[list[str], IngestReport]:
    """The live generation was written to during the rebuild (a `facet ingest`): a rebuild from
    the stored items takes the changes in (unchanged items cost nothing); one from a file cannot."""
    if fill is not None:
        raise ReindexError("the catalog was written to while it was rebuilt from the file (a `facet ingest`?): run `facet reindex` again")
    revision = index.store_revision()
    copied = _copy(index, builder, progress, sync=True)
    if index.store_revision() != revision:
        raise ReindexError("the catalog kept changing while it was rebuilt: run `facet reindex` again when its ingests are done")
    return copied


def _verify(builder: CatalogIndex, written: list[str], source: CatalogIndex | None) -> int:
    """Every item written is there (and, copied from `source`, every photo vector it had), and
    each probe item is found by its own text vector; the probes made."""
    expected, stored = set(written), set(builder.all_ids())
    if not expected:
        raise ReindexError("nothing to re-index: the index holds no items (give the catalog: `facet reindex CATALOG`)")
    if stored != expected:
        missing = sorted(expected - stored)
        raise ReindexError(f"the rebuilt generation holds {len(stored)} items where {len(expected)} were written "
                           f"(missing {_named(missing)}): not switched")  # fmt: skip
    if source is not None:
        lost = sorted(set(_image_ids(source)) - set(_image_ids(builder)))
        if lost:
            raise ReindexError(f"{len(lost)} items lost their photo vector in the rebuild ({_named(lost)}): not switched")
    settings = builder.config.reindex
    ordered = sorted(stored)
    probes = ordered[:: max(1, len(ordered) // settings.probes)][: settings.probes]
    vectors = builder.vectors("text", probes)
    for item_id in probes:
        found = builder.nearest("text", vectors[item_id].tolist(), settings.probe_k, include=())["ids"]
        if item_id not in found:
            raise ReindexError(f"the rebuilt generation does not find {item_id!r} by its own text vector: not switched")
    return len(probes)


def _image_ids(index: CatalogIndex) -> list[str]:
    return [item_id for page in index.pages("image", include=()) for item_id in page["ids"]]


def _drop_all_but(index: CatalogIndex, kept: set[int | None]) -> None:
    for generation in index.generations():
        if generation not in kept and generation != index.live_generation():
            log.info("dropping generation %d", generation)
            index.drop_generation(generation)


def _named(ids: list[str]) -> str:
    more = f" and {len(ids) - ITEMS_NAMED} more" if len(ids) > ITEMS_NAMED else ""
    return ", ".join(ids[:ITEMS_NAMED]) + more
