"""An in-memory mirror of one collection, for filtered search in big catalogs.

chromadb's local engine evaluates a `where` filter in SQLite and joins every matching row
before its vector search, so a filtered query costs time in proportion to the matching rows:
~2 s at half a million items. The mirror holds each item's filterable facts as numpy columns
and its vector, so a filter becomes a boolean mask in a few milliseconds, and then

- a selective filter (at most `exact_max_rows` rows pass) is searched exactly: the passing
  rows' vectors against the query, no graph involved;
- a broad filter asks the store's HNSW graph, unfiltered, for enough nearest items that the
  pool fills from those that pass (1 / share passing, times `overfetch`), deepening until it
  does — the same pre-filtered result at full depth, found in a graph instead of SQLite.

The store stays the record: the caller fetches the chosen items from it and checks them
against the constraints again, so a mirror that lags behind a change can miss an item for a
moment but never return one that breaks a constraint or is deleted. It catches up from a
change counter: every write by `CatalogIndex` stamps its rows with the collection's next
`change_seq`, and the mirror reads back only rows stamped after what it has seen.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

log = logging.getLogger(__name__)

SEQ_KEY = "seq"  # item metadata: the change_seq of the write that last touched the row
CHANGE_SEQ_KEY = "change_seq"  # collection metadata: the newest seq written
READ_PAGE = 5_000
NOT_A_VALUE = -1  # code of a string value the column has never held
BLOCK_ROWS = 4096  # exact search scores rows in blocks this size, skipping blocks where none passes

Where = dict[str, Any]


class _Column:
    """One metadata key over all rows: numbers as float64 (NaN where absent), strings as codes
    (-1 where absent), booleans as int8 (-1 where absent), lists as an inverted index."""

    def __init__(self, size: int):
        self.numbers: np.ndarray | None = None
        self.codes: np.ndarray | None = None
        self.vocabulary: dict[Any, int] = {}
        self.members: dict[Any, set[int]] | None = None
        self._grow_to = size

    def set(self, row: int, value: Any) -> None:
        if isinstance(value, list):
            self.members = self.members if self.members is not None else {}
            for member in value:
                self.members.setdefault(member, set()).add(row)
        elif isinstance(value, (bool, str)):
            codes = self._codes()
            codes[row] = self.vocabulary.setdefault(value, len(self.vocabulary))
        else:
            self._numbers()[row] = float(value)

    def clear(self, row: int) -> None:
        if self.numbers is not None:
            self.numbers[row] = np.nan
        if self.codes is not None:
            self.codes[row] = NOT_A_VALUE
        for rows in (self.members or {}).values():
            rows.discard(row)

    def reorder(self, order: np.ndarray, new_row: np.ndarray) -> None:
        """Row `order[i]` becomes row i (`new_row` is the inverse)."""
        self._grow_to = len(order)
        if self.numbers is not None:
            self.numbers = self.numbers[order]
        if self.codes is not None:
            self.codes = self.codes[order]
        if self.members is not None:
            self.members = {value: set(new_row[sorted(rows)].tolist()) for value, rows in self.members.items()}

    def resize(self, size: int) -> None:
        self._grow_to = size
        if self.numbers is not None and len(self.numbers) < size:
            self.numbers = np.concatenate([self.numbers, np.full(size - len(self.numbers), np.nan)])
        if self.codes is not None and len(self.codes) < size:
            self.codes = np.concatenate([self.codes, np.full(size - len(self.codes), NOT_A_VALUE, dtype=np.int32)])

    def _numbers(self) -> np.ndarray:
        if self.numbers is None:
            self.numbers = np.full(self._grow_to, np.nan)
        return self.numbers

    def _codes(self) -> np.ndarray:
        if self.codes is None:
            self.codes = np.full(self._grow_to, NOT_A_VALUE, dtype=np.int32)
        return self.codes

    def compare(self, operator: str, value: Any, size: int) -> np.ndarray:
        """Rows meeting `key operator value`, with chromadb's meaning: a row without the key
        meets only the negative operators ($ne, $nin)."""
        if operator in ("$in", "$nin"):
            found = np.zeros(size, dtype=bool)
            for member in value:
                found |= self.compare("$eq", member, size)
            return found if operator == "$in" else ~found
        if operator == "$ne":
            return ~self.compare("$eq", value, size)
        if operator == "$contains":
            found = np.zeros(size, dtype=bool)
            found[list((self.members or {}).get(value, ()))] = True
            return found
        if isinstance(value, (bool, str)):
            if self.codes is None or operator != "$eq":
                return np.zeros(size, dtype=bool)
            return self.codes[:size] == self.vocabulary.get(value, NOT_A_VALUE - 1)
        if self.numbers is None:
            return np.zeros(size, dtype=bool)
        numbers = self.numbers[:size]
        with np.errstate(invalid="ignore"):  # NaN (absent) compares False, as wanted
            return {
                "$eq": numbers == value, "$gt": numbers > value, "$gte": numbers >= value,
                "$lt": numbers < value, "$lte": numbers <= value,
            }[operator]  # fmt: skip


class CollectionMirror:
    def __init__(self, collection, read_change_seq: Callable[[], int], skip_keys: tuple[str, ...] = (),
                 snapshot: Path | None = None, snapshot_every_rows: int = 0, layout_keys: tuple[str, ...] = ()):  # fmt: skip
        self.collection = collection
        self.layout_keys = layout_keys  # rows are ordered by these after a full read
        self.read_change_seq = read_change_seq  # from the store each time: other processes write too
        self.snapshot = snapshot
        self.snapshot_every_rows = snapshot_every_rows
        self._rows_since_snapshot = 0
        self.skip_keys = set(skip_keys) | {SEQ_KEY}
        self._clear()

    def _clear(self) -> None:
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.alive = np.zeros(0, dtype=bool)
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        self.columns: dict[str, _Column] = {}
        self.seen_seq = -1

    def __len__(self) -> int:
        return int(self.alive.sum())

    # --- keeping up with the store -------------------------------------------------------------

    def sync(self) -> None:
        """Read what changed since the last sync; on the first, everything, or what changed since
        the snapshot on disk."""
        if self.seen_seq < 0 and self.snapshot is not None:
            self._restore(self.snapshot)
        newest = self.read_change_seq()
        if newest == self.seen_seq:
            return
        started = time.perf_counter()
        where = None if self.seen_seq < 0 else {SEQ_KEY: {"$gt": self.seen_seq}}
        offset = 0
        while True:
            page = self.collection.get(where=where, limit=READ_PAGE, offset=offset, include=["metadatas", "embeddings"])
            self._apply(page["ids"], page["metadatas"], page["embeddings"])
            offset += len(page["ids"])
            if len(page["ids"]) < READ_PAGE:
                break
        if self.seen_seq < 0:
            self._lay_out()
            log.info("mirrored %d rows of %s in %.1f s", offset, self.collection.name, time.perf_counter() - started)
        self.seen_seq = newest
        self._rows_since_snapshot += offset
        if self.snapshot is not None and self._rows_since_snapshot >= self.snapshot_every_rows:
            self._save(self.snapshot)

    # --- the snapshot on disk: a restart reads only what changed since ----------------------------

    def _save(self, folder: Path) -> None:
        """Arrays as .npy, the rest as JSON, written beside and then moved over the old snapshot."""
        started = time.perf_counter()
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        size = len(self.ids)
        np.save(partial / "vectors.npy", self.vectors[:size])
        np.save(partial / "alive.npy", self.alive[:size])
        np.save(partial / "ids.npy", np.asarray(self.ids, dtype=str))
        columns = {}
        for key, column in self.columns.items():
            for kind in ("numbers", "codes"):
                if getattr(column, kind) is not None:
                    np.save(partial / f"{kind}-{len(columns)}.npy", getattr(column, kind)[:size])
            members = [[value, sorted(rows)] for value, rows in column.members.items()] if column.members is not None else None
            vocabulary = [[value, code] for value, code in column.vocabulary.items()]
            columns[key] = {"file": len(columns), "vocabulary": vocabulary, "members": members}
        state = {"seen_seq": self.seen_seq, "collection_id": str(self.collection.id), "columns": columns}
        (partial / "state.json").write_text(json.dumps(state))
        shutil.rmtree(folder, ignore_errors=True)
        partial.rename(folder)
        self._rows_since_snapshot = 0
        log.info("saved the mirror of %s (%d rows) in %.1f s", self.collection.name, size, time.perf_counter() - started)

    def _restore(self, folder: Path) -> None:
        """Take up the snapshot if it is of this very collection (not one deleted and re-made)."""
        if not (folder / "state.json").exists():
            return
        try:
            state = json.loads((folder / "state.json").read_text())
            if state["collection_id"] != str(self.collection.id):
                return
            self.vectors = np.load(folder / "vectors.npy")
            self.alive = np.load(folder / "alive.npy")
            self.ids = np.load(folder / "ids.npy").tolist()
            for key, saved in state["columns"].items():
                column = self.columns[key] = _Column(len(self.ids))
                for kind in ("numbers", "codes"):
                    path = folder / f"{kind}-{saved['file']}.npy"
                    setattr(column, kind, np.load(path) if path.exists() else None)
                column.vocabulary = {value: code for value, code in saved["vocabulary"]}
                if saved["members"] is not None:
                    column.members = {value: set(rows) for value, rows in saved["members"]}
        except (OSError, ValueError, KeyError) as error:
            log.warning("the mirror snapshot in %s is unreadable (%s): reading the store instead", folder, error)
            self._clear()
            return
        self.rows = {item_id: row for row, item_id in enumerate(self.ids)}
        self.seen_seq = state["seen_seq"]
        log.info("restored the mirror of %s (%d rows) from %s", self.collection.name, len(self.ids), folder)

    def forget(self, ids: list[str]) -> None:
        """Rows the store no longer has (deleted since they were mirrored)."""
        for item_id in ids:
            row = self.rows.get(item_id)
            if row is not None:
                self.alive[row] = False

    def _apply(self, ids: list[str], metadatas: list[dict], embeddings) -> None:
        if not ids:
            return
        vectors = np.asarray(embeddings, dtype=np.float32)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        new = [item_id for item_id in ids if item_id not in self.rows]
        self._grow(len(self.ids) + len(new), vectors.shape[1])
        for item_id in new:
            self.rows[item_id] = len(self.ids)
            self.ids.append(item_id)
        for item_id, metadata, vector in zip(ids, metadatas, vectors):
            row = self.rows[item_id]
            self.vectors[row] = vector
            self.alive[row] = True
            for column in self.columns.values():
                column.clear(row)
            for key, value in metadata.items():
                if key not in self.skip_keys:
                    self.columns.setdefault(key, _Column(len(self.alive))).set(row, value)

    def _lay_out(self) -> None:
        """Order the rows by `layout_keys` (the first varies slowest), so that a filter on them
        passes long runs of rows. Rows added later go at the end."""
        keys = [self.columns[key].codes[: len(self.ids)] for key in reversed(self.layout_keys)
                if key in self.columns and self.columns[key].codes is not None]  # fmt: skip
        if not keys:
            return
        order = np.lexsort(keys)
        new_row = np.empty_like(order)
        new_row[order] = np.arange(len(order))
        self.ids = [self.ids[row] for row in order]
        self.rows = {item_id: row for row, item_id in enumerate(self.ids)}
        self.alive = self.alive[order]
        self.vectors = self.vectors[order]
        for column in self.columns.values():
            column.reorder(order, new_row)

    def _grow(self, size: int, dim: int) -> None:
        if size <= len(self.alive):
            return
        capacity = max(size, int(len(self.alive) * 1.5))
        vectors = np.zeros((capacity, dim), dtype=np.float32)
        if len(self.vectors):
            vectors[: len(self.vectors)] = self.vectors
        self.vectors = vectors
        self.alive = np.concatenate([self.alive, np.zeros(capacity - len(self.alive), dtype=bool)])
        for column in self.columns.values():
            column.resize(capacity)

    # --- filtering and searching ---------------------------------------------------------------

    def mask(self, where: Where | None) -> np.ndarray:
        """Rows that meet `where` (chromadb's filter language) and are still in the store."""
        size = len(self.alive)
        return self.alive.copy() if where is None else self._evaluate(where, size) & self.alive

    def _evaluate(self, where: Where, size: int) -> np.ndarray:
        result = np.ones(size, dtype=bool)
        for key, condition in where.items():
            if key == "$and":
                for part in condition:
                    result &= self._evaluate(part, size)
            elif key == "$or":
                either = np.zeros(size, dtype=bool)
                for part in condition:
                    either |= self._evaluate(part, size)
                result &= either
            else:
                column = self.columns.get(key) or _Column(size)
                conditions = condition.items() if isinstance(condition, dict) else [("$eq", condition)]
                for operator, value in conditions:
                    result &= column.compare(operator, value, size)
        return result

    def nearest(self, vector: np.ndarray, where: Where | None, count: int, exact_max_rows: int, overfetch: float) -> list[str]:
        """The ids of up to `count` items nearest to `vector` among those meeting `where`."""
        passing = self.mask(where)
        rows = np.flatnonzero(passing)
        if where is not None and len(rows) <= exact_max_rows:  # unfiltered, the graph is always faster
            return self._exact(vector, rows, count)
        return self._through_graph(vector, passing, len(rows), count, overfetch)

    def _exact(self, vector: np.ndarray, rows: np.ndarray, count: int) -> list[str]:
        """Scores every block of rows holding a passing row, as slices of the vector matrix: with
        the rows laid out by category, a category's rows are a few long runs, and nothing is
        copied (gathering scattered rows costs more than the products)."""
        if not len(rows):
            return []
        query = (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)
        blocks = np.unique(rows // BLOCK_ROWS)
        run_starts = blocks[np.r_[True, np.diff(blocks) > 1]]
        run_ends = blocks[np.r_[np.diff(blocks) > 1, True]] + 1
        all_scores = np.empty(len(self.vectors), dtype=np.float32)
        for start, end in zip(run_starts * BLOCK_ROWS, np.minimum(run_ends * BLOCK_ROWS, len(self.vectors))):
            all_scores[start:end] = self.vectors[start:end] @ query
        scores = all_scores[rows]
        best = np.argpartition(-scores, count - 1)[:count] if len(rows) > count else np.arange(len(rows))
        best = best[np.argsort(-scores[best], kind="stable")]
        return [self.ids[row] for row in rows[best]]

    def _through_graph(self, vector: np.ndarray, passing: np.ndarray, passing_count: int, count: int, overfetch: float) -> list[str]:
        share = passing_count / max(len(self), 1)
        asked = int(count / share * overfetch)
        while True:
            found = self.collection.query(query_embeddings=[vector], n_results=asked, include=["distances"])["ids"][0]
            kept = [item_id for item_id in found if item_id in self.rows and passing[self.rows[item_id]]]
            if len(kept) >= count or len(found) < asked:
                return kept[:count]
            asked *= 2

    def cheapest(self, where: Where | None, count: int, price_key: str) -> list[str]:
        """The `count` cheapest items meeting `where`, ties by id (browsing by constraints alone)."""
        rows = np.flatnonzero(self.mask(where))
        if not len(rows) or price_key not in self.columns:
            return []
        prices = self.columns[price_key].numbers[rows]
        if len(rows) > count:  # every row priced at most the count-th lowest price, ties included
            limit = np.partition(prices, count - 1)[count - 1]
            rows, prices = rows[prices <= limit], prices[prices <= limit]
        return [self.ids[row] for _, row in sorted(zip(prices.tolist(), rows.tolist()), key=lambda pair: (pair[0], self.ids[pair[1]]))][:count]

    def passes(self, ids: list[str], where: Where | None) -> list[str]:
        """Those of `ids` that the mirror knows and that meet `where`, in the given order."""
        passing = self.mask(where)
        return [item_id for item_id in ids if item_id in self.rows and passing[self.rows[item_id]]]


def meets(metadata: dict[str, Any], where: Where | None) -> bool:
    """Whether one item's metadata meets `where`, with the same meaning as the columns (and chromadb)."""
    if where is None:
        return True
    for key, condition in where.items():
        if key == "$and":
            if not all(meets(metadata, part) for part in condition):
                return False
        elif key == "$or":
            if not any(meets(metadata, part) for part in condition):
                return False
        else:
            conditions = condition.items() if isinstance(condition, dict) else [("$eq", condition)]
            if not all(_meets_one(metadata.get(key), operator, value) for operator, value in conditions):
                return False
    return True


def _meets_one(held: Any, operator: str, value: Any) -> bool:
    if operator in ("$ne", "$nin"):
        return not _meets_one(held, "$eq" if operator == "$ne" else "$in", value)
    if held is None:
        return False
    if operator == "$in":
        return any(_meets_one(held, "$eq", member) for member in value)
    if operator == "$contains":
        return isinstance(held, list) and value in held
    if operator == "$eq":
        if isinstance(held, bool) or isinstance(value, bool):
            return held is value
        if _is_number(held) and _is_number(value):
            return held == value
        return isinstance(held, str) and held == value
    if not (_is_number(held) and _is_number(value)):
        return False
    return {"$gt": held > value, "$gte": held >= value, "$lt": held < value, "$lte": held <= value}[operator]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
