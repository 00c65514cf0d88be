"""The Milvus store behind CatalogIndex: the same surface as the chromadb store
(retrieval/store.py) over a Milvus database, which filters inside its own vector index.

`index.milvus_uri` None opens an embedded milvus-lite database under the data folder (one
process at a time: milvus-lite locks its folder); a URI reaches a Milvus server (milvus-lite's
`milvus-lite server`, a standalone or a distributed Milvus) through the same pymilvus client.

Each kind ("text", "image") is one collection: the item id, its vector, and the item's
metadata. Metadata keys holding numbers, strings, booleans or lists in the first batch written
become typed, nullable fields that Milvus filters on directly (numbers as doubles: chromadb
mixes ints and floats freely); the keys named in `STORED_ONLY_KEYS` and any key first seen
later go to Milvus's dynamic JSON field, readable and filterable but slower to filter. The lists
an item may hold (ring sizes, what its variants offer: records.LIST_KEYS) are typed in every new
collection, as the first batch holds them or not; a collection made before that keeps them in its
dynamic field (read and filtered as before, slower) until `facet reindex` writes it anew. A
collection is created by its first write, when the vectors' length is known (rows and typed
fields: retrieval/milvus_rows.py). With `index.milvus.partition_key` (category, say) a new
collection is partitioned by that field's value, and a search whose filter lists some of its
values walks only their partitions' graphs (with the index type's `search_partitioned` parameters).

Collection metadata (revision tokens, which catalog the index holds) lives in one small
collection per index, a JSON document per collection.

Generations (`facet reindex`, retrieval/reindex.py): generation 0 is the plain names, a rebuild
writes `<name>_g<N>`, and a Milvus alias (`<text collection>_live`) names the live generation's
text collection (its image collection is the same generation's). Milvus switches an alias
atomically for every client; a store following it asks Milvus where it points before each read
and moves to the new generation on the first read after a switch.

`where` dicts (chromadb's syntax, built by retrieval/constraints.py) are translated to Milvus
filter expressions by `filter_expression`: keys must be plain names and every string is
escaped, so a shop's value with a quote in it stays a value (retrieval/milvus_filter.py).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from retrieval.config import IndexConfig
from retrieval.milvus_filter import FIELD_NAME, confines, filter_expression, literal
from retrieval.milvus_rows import (ID_FIELD, MAX_VARCHAR, STORED_ONLY_KEYS, VECTOR_FIELD, and_all, declared_lists, each_row, empty_lists, field_schema,
                                   field_types, kind_of_type, output_fields, row_metadata, row_to_write, rows_to_result)
from retrieval.records import RETIRED_ROW_KEYS
from retrieval.store import (CATALOG_KEY, KINDS, REVISION_KEY, SHOP_CATALOG, CatalogMarks, IndexChangedError, Views, ViewDepth, generation_name,
                             generations_among)
from retrieval.where import keys_read, meets

log = logging.getLogger(__name__)

MILVUS_DB_NAME = "milvus.db"  # beside the chroma folder, under the data folder (milvus-lite wants ".db")
META_DATA_FIELD = "data"
META_VECTOR_DIM = 2  # every Milvus collection needs a vector field: the metadata collection's is unused
MAX_ID_CHARS = 512
COUNT_FIELD = "count(*)"
NAME_CHARS = 255  # Milvus's limit for a collection name
GENERATION_SEPARATOR = "_g"  # generation N > 0 of a collection: "<name>_g<N>"
ALIAS_SUFFIX = "_live"  # the alias naming the live generation's text collection
INDEX_POLL_S = 2.0  # how often a write asks a Milvus server whether its index is built
# milvus-lite gives no server timestamp to page with: pymilvus warns on every page, then uses its own.
ITERATOR_LOG = "pymilvus.client.iterator.query_iterator"

T = TypeVar("T")


# --- connection -------------------------------------------------------------------------------


def connect(config: IndexConfig, persist_dir: Path):
    """An embedded milvus-lite database beside `persist_dir` (the chroma folder), or a server at `index.milvus_uri`."""
    from pymilvus import MilvusClient
    from pymilvus.exceptions import MilvusException

    logging.getLogger(ITERATOR_LOG).setLevel(logging.ERROR)
    if config.milvus_uri:
        return MilvusClient(uri=config.milvus_uri)
    persist_dir.parent.mkdir(parents=True, exist_ok=True)
    database = persist_dir.with_name(MILVUS_DB_NAME)
    try:
        return MilvusClient(uri=str(database))
    except MilvusException as error:
        raise EmbeddedMilvusBusyError(database) from error


class EmbeddedMilvusBusyError(RuntimeError):
    """milvus-lite lets one process open its folder: a second `facet` process needs a server."""

    def __init__(self, database: Path):
        super().__init__(
            f"the embedded Milvus database {database} could not be opened: it is probably open in another Facet process. "
            f"Run `milvus-lite server --data-dir {database}` and point every process at it with --set index.milvus_uri=http://127.0.0.1:19530"
        )


def collection_name(prefix: str, kind: str, encoder_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]+", "_", f"{prefix}_{kind}_{encoder_name}").strip("_")[:NAME_CHARS]


def _generation_name(base: str, generation: int) -> str:
    return generation_name(base, generation, GENERATION_SEPARATOR, NAME_CHARS)


def read_consistency(config: IndexConfig) -> dict[str, str]:
    """The consistency level reads ask for (`index.milvus.read_consistency`); none set: the
    collection's own (Strong, which on a server waits for its next time tick)."""
    level = config.milvus.read_consistency
    return {"consistency_level": level} if level else {}


def joined(pages: Iterable[dict], include: list[str]) -> dict:
    """Pages of one read as one result."""
    result = rows_to_result([], include)
    for page in pages:
        for key in result:
            result[key].extend(page[key])
    return result


# --- one collection, with chromadb's collection surface ---------------------------------------


# The servers (by URI; None: embedded milvus-lite) found to ignore `nullable` when a collection was
# made: creating a collection and loading it takes seconds on a server, so it is not tried twice.
_IGNORES_NULLABLE: set[str | None] = set()


class MilvusCollection:
    """count / get / query / upsert / update / delete as a chromadb collection answers them."""

    def __init__(self, client, name: str, config: IndexConfig):
        self.client = client
        self.name = name
        self.config = config
        self._loaded = False
        self._partition_key: str | None = None  # the collection's own, read from its schema once
        self._schema_read = False

    def exists(self) -> bool:
        """Whether the collection has been created (by its first write), loaded for searching."""
        if self._loaded:
            return True
        if not self.client.has_collection(self.name):
            return False
        self.client.load_collection(self.name)  # one reopened from disk starts released
        self._loaded = True
        return True

    def count(self) -> int:
        if not self.exists():
            return 0
        found = self.client.query(self.name, filter="", output_fields=[COUNT_FIELD])
        return int(found[0][COUNT_FIELD])

    def get(self, ids: list[str] | None = None, where: dict | None = None, include: Iterable[str] = ("metadatas",),
            limit: int | None = None, offset: int = 0) -> dict:  # fmt: skip
        include = list(include)
        if not self.exists() or ids == []:
            return rows_to_result([], include)
        expression = and_all(f"{ID_FIELD} in [{', '.join(literal(item_id) for item_id in ids)}]" if ids is not None else "",
                          filter_expression(where))  # fmt: skip
        if not expression and limit is None:  # a Milvus server refuses a query with neither a filter nor a limit
            return joined(self.pages(include), include)
        rows = self.client.query(self.name, filter=expression, output_fields=output_fields(include), **read_consistency(self.config),
                                 **({"limit": limit, "offset": offset} if limit is not None else {}))  # fmt: skip
        return rows_to_result(rows, include)

    def ids_meeting(self, ids: list[str], where: dict) -> set[str]:
        """Which of `ids` meet `where`: the rows found by id alone, with only the fields `where`
        reads, and `where` tested here (retrieval/where.py). Asked as one filter, a Milvus 2.3
        server evaluates the `where` over every row of the collection before the ids narrow it
        (a fixed ~30 ms at 1M items), while a few hundred ids alone are found through the primary
        key in a few ms (benchmarks/results/milvus_1m_lexical_ask_probe.txt)."""
        if not self.exists() or len(ids) == 0:
            return set()
        rows = self.client.query(self.name, filter=f"{ID_FIELD} in [{', '.join(literal(item_id) for item_id in ids)}]",
                                 output_fields=[ID_FIELD, *sorted(keys_read(where))], **read_consistency(self.config))  # fmt: skip
        return {row[ID_FIELD] for row in rows if meets(row_metadata(row), where)}

    def pages(self, include: Iterable[str]) -> Iterator[dict]:
        """The whole collection, a page at a time (Milvus caps offset + limit: an iterator, not offsets)."""
        include = list(include)
        if not self.exists():
            return
        iterator = self.client.query_iterator(self.name, batch_size=self.config.milvus.read_page_rows, filter="",
                                              output_fields=output_fields(include))  # fmt: skip
        try:
            while rows := iterator.next():
                yield rows_to_result(rows, include)
        finally:
            iterator.close()

    def query(self, query_embeddings: list, n_results: int, where: dict | None = None, include: Iterable[str] = ("metadatas",)) -> dict:
        include = list(include)
        if not self.exists():
            return {"ids": [[]], **{key: [[]] for key in include}}
        expression = filter_expression(where)
        key = self.partition_key()
        params = self.config.milvus.search_params(filtered=bool(expression), n_results=n_results,
                                                  partitioned=key is not None and confines(where, key))  # fmt: skip
        found = self.client.search(
            self.name, data=[list(map(float, vector)) for vector in query_embeddings], filter=expression,
            limit=n_results, output_fields=output_fields(include), anns_field=VECTOR_FIELD,
            search_params={"metric_type": "COSINE", "params": params}, **read_consistency(self.config),
        )  # fmt: skip
        results = [rows_to_result([{**hit["entity"], ID_FIELD: hit["id"]} for hit in hits], include) for hits in found]
        merged = {key: [result[key] for result in results] for key in ("ids", *include) if key != "distances"}
        if "distances" in include:  # chromadb's cosine distance, 1 - similarity
            merged["distances"] = [[1.0 - hit["distance"] for hit in hits] for hits in found]
        return merged

    def partition_key(self) -> str | None:
        """The field the collection is partitioned by, as it was created (the setting may have
        changed since): a search confined to some of its values may walk a narrower graph."""
        if not self._schema_read and self.exists():
            fields = self.client.describe_collection(self.name)["fields"]
            self._partition_key = next((field["name"] for field in fields if field.get("is_partition_key")), None)
            self._schema_read = True
        return self._partition_key

    def upsert(self, ids: list[str], embeddings, metadatas: list[dict]) -> None:
        vectors = [list(map(float, vector)) for vector in embeddings]
        if not self.exists():
            self._create(len(vectors[0]), metadatas)
        typed = self._typed_fields()
        required = self._required_fields()
        retired = {key: value for key, value in RETIRED_ROW_KEYS.items() if key in required}  # an older collection's field
        filled = {**retired, **empty_lists(typed, required)}
        rows = [row_to_write(item_id, vector, {**filled, **metadata}, typed, required) for item_id, vector, metadata in zip(ids, vectors, metadatas)]
        if self.partition_key() is None:
            self.client.upsert(self.name, rows)
            return
        # Milvus 2.3.5 (every server before milvus-io/milvus#30772) hashes an upsert's rows to
        # partitions by the wrong field (#30607): a search confined to their partition key then
        # misses them. Delete and insert place them by their key on every version.
        self.client.delete(self.name, ids=list(ids))
        self.client.insert(self.name, rows)

    def update(self, ids: list[str], metadatas: list[dict]) -> None:
        """Metadata only, merged into the stored rows' (chromadb's update); ids not stored are skipped."""
        stored = {row["ids"]: row for row in each_row(self.get(ids=ids, include=["metadatas", "embeddings"]))}
        kept = [(item_id, metadata) for item_id, metadata in zip(ids, metadatas) if item_id in stored]
        if kept:
            self.upsert([item_id for item_id, _ in kept], [stored[item_id]["embeddings"] for item_id, _ in kept],
                        [{**stored[item_id]["metadatas"], **metadata} for item_id, metadata in kept])  # fmt: skip

    def flush(self) -> None:
        """Seal what was written into indexed segments: until then milvus-lite searches new rows
        one by one (5k unflushed rows: ~1 s a query; flushed: ~40 ms). A Milvus server builds
        the segments' index in the background: wait for it (`index.milvus.index_wait_s`)."""
        if self.exists():
            self.client.flush(self.name)
            self.wait_until_indexed(self.config.milvus.index_wait_s)

    def wait_until_indexed(self, timeout_s: float) -> bool:
        """Wait until every row is searched through the built vector index (meanwhile a Milvus
        server searches a new segment through a coarse interim index); whether it got there in time."""
        deadline = time.monotonic() + timeout_s
        while (waiting := self.unindexed_rows()) and time.monotonic() < deadline:
            time.sleep(INDEX_POLL_S)
        if waiting:
            log.warning("%s: %d rows still wait for their index after %.0f s", self.name, waiting, timeout_s)
        return not waiting

    def unindexed_rows(self) -> int:
        """Rows whose segment's vector index is not built yet: 0 on milvus-lite, which indexes as it
        writes. A server counts a compaction's output as pending while the segments it merges stay
        indexed and searched, and leaves segments too small to index pending-free: both count as done."""
        described = self.client.describe_index(self.name, index_name=VECTOR_FIELD) or {}
        unindexed = max(int(described.get("total_rows") or 0) - int(described.get("indexed_rows") or 0), 0)
        return min(unindexed, int(described.get("pending_index_rows") or 0))

    def delete(self, ids: list[str]) -> None:
        if ids and self.exists():
            self.client.delete(self.name, ids=list(ids))

    def _create(self, dim: int, metadatas: list[dict]) -> None:
        """Typed fields are nullable (a key some rows lack, ring_sizes, stays typed). A server
        before Milvus 2.5 ignores `nullable`: the collection is made again with typed fields only
        for the keys every row of the first batch holds, the others in the dynamic field, and
        the lists an item may hold (every row lacking one fills it with the empty list). The
        partition key (`index.milvus.partition_key`) is never nullable."""
        key = self._checked_partition_key(metadatas)
        if self.config.milvus_uri not in _IGNORES_NULLABLE:
            self._create_with(dim, {**field_types(metadatas), **declared_lists()}, nullable=True, partition_key=key)
            if not self._required_fields() - {key}:
                return
            self.client.drop_collection(self.name)
            _IGNORES_NULLABLE.add(self.config.milvus_uri)  # this process's next collections there are made once
        self._create_with(dim, {**field_types(metadatas, in_every_row=True), **declared_lists()}, nullable=False, partition_key=key)

    def _checked_partition_key(self, metadatas: list[dict]) -> str | None:
        """The partition key setting, if every row of the first batch holds it as a string (Milvus
        partitions by a string or an integer; Facet's numbers are doubles)."""
        key = self.config.milvus.partition_key
        if key is None:
            return None
        lacking = [metadata for metadata in metadatas if not isinstance(metadata.get(key), str)]
        if key in STORED_ONLY_KEYS or not FIELD_NAME.fullmatch(key) or lacking:
            raise ValueError(f"index.milvus.partition_key {key!r} must name a metadata field every item holds as text "
                             f"(such as category); {len(lacking)} of the first {len(metadatas)} items written do not")  # fmt: skip
        return key

    def _create_with(self, dim: int, fields: dict[str, str], nullable: bool, partition_key: str | None = None) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=True)
        schema.add_field(ID_FIELD, DataType.VARCHAR, is_primary=True, max_length=MAX_ID_CHARS)
        schema.add_field(VECTOR_FIELD, DataType.FLOAT_VECTOR, dim=dim)
        for key, kind in fields.items():
            if key == partition_key:
                schema.add_field(key, **field_schema(kind, DataType), is_partition_key=True)
            else:
                schema.add_field(key, **field_schema(kind, DataType), **({"nullable": True} if nullable else {}))
        index_params = MilvusClient.prepare_index_params()
        settings = self.config.milvus
        index_params.add_index(field_name=VECTOR_FIELD, index_type=settings.index_type, metric_type="COSINE",
                               params=dict(settings.index.build))  # fmt: skip
        partitions = {"num_partitions": settings.num_partitions} if partition_key else {}
        self.client.create_collection(self.name, schema=schema, index_params=index_params, consistency_level="Strong", **partitions)

    def _metadata_fields(self) -> list[dict]:
        return [field for field in self.client.describe_collection(self.name)["fields"] if field["name"] not in (ID_FIELD, VECTOR_FIELD)]

    def _typed_fields(self) -> dict[str, str]:
        """{typed metadata field: "number" / "bool" / "string" / "list" / "texts"}."""
        return {field["name"]: kind_of_type(field["type"], field.get("element_type")) for field in self._metadata_fields()}

    def _required_fields(self) -> set[str]:
        """Typed fields every row must fill (all of them on a server without nullable fields)."""
        return {field["name"] for field in self._metadata_fields() if not field.get("nullable")}


# --- the store --------------------------------------------------------------------------------


class Store(CatalogMarks, Views):
    """The text and image collections of one index, and their metadata, following the index's
    live generation; or, given `generation`, pinned to that one (a rebuild writing it)."""

    def __init__(self, client, config: IndexConfig, encoder_names: dict[str, str], generation: int | None = None):
        self.client = client
        self.config = config
        self.bases = {kind: collection_name(config.collection_prefix, kind, encoder_names[kind]) for kind in KINDS}
        self.follows_alias = generation is None
        self._alias = self.bases["text"][: NAME_CHARS - len(ALIAS_SUFFIX)] + ALIAS_SUFFIX
        self._alias_exists = False  # as last seen
        self._meta_exists = False  # as last seen: it is never dropped by Facet
        self._view_depth = ViewDepth()
        self._meta_name = collection_name(config.collection_prefix, "meta", "collections")
        self._set_generation(self.live_generation() if generation is None else generation)

    def _set_generation(self, generation: int) -> None:
        self.generation = generation
        self.names = {kind: _generation_name(base, generation) for kind, base in self.bases.items()}
        self._collections = {kind: MilvusCollection(self.client, self.names[kind], self.config) for kind in KINDS}

    def collection(self, kind: str) -> MilvusCollection:
        return self._collections[kind]

    def meeting(self, kind: str, where: dict) -> Callable[[list[str]], set[str]]:
        return lambda ids: self.collection(kind).ids_meeting(ids, where)

    def read(self, call: Callable[[], T]) -> T:
        """Milvus sees every write at once (strong consistency): only a switch of the alias to
        another generation is caught up with, before the call and once more if it fails."""
        from pymilvus.exceptions import MilvusException

        if not self.in_view():
            self._follow_alias()
        try:
            return call()
        except MilvusException:
            if not self._follow_alias():
                raise
        try:
            return call()
        except MilvusException:
            raise IndexChangedError() from None

    def pages(self, kind: str, include: Iterable[str]) -> Iterator[dict]:
        if not self.in_view():
            self._follow_alias()
        return self._collections[kind].pages(include)

    # --- generations ---------------------------------------------------------------------------

    def live_generation(self) -> int:
        """The generation the index's alias names (0 while it has none)."""
        target = self._alias_target()
        found = generations_among([target], self.bases["text"], GENERATION_SEPARATOR, NAME_CHARS) if target else []
        return found[0] if found else 0

    def _alias_target(self) -> str | None:
        """The collection the alias names; one call once the alias is known to exist (asking
        for a missing one is an error pymilvus logs, so until then the aliases are listed)."""
        from pymilvus.exceptions import MilvusException

        if self._alias_exists:
            try:
                return self.client.describe_alias(self._alias)["collection_name"]
            except MilvusException:  # dropped by hand
                self._alias_exists = False
        if self._alias not in self.client.list_aliases().get("aliases", []):
            return None
        self._alias_exists = True
        return self.client.describe_alias(self._alias)["collection_name"]

    def _look(self) -> None:
        self._follow_alias()

    def _follow_alias(self) -> bool:
        """Move to the live generation if the alias has moved; whether it had."""
        if not self.follows_alias:
            return False
        live = self.live_generation()
        if live == self.generation:
            return False
        log.info("the index was switched to generation %d: reading it", live)
        self._set_generation(live)
        return True

    def generations(self) -> list[int]:
        """Every generation whose text collection exists, oldest first."""
        return generations_among(self.client.list_collections(), self.bases["text"], GENERATION_SEPARATOR, NAME_CHARS)

    def switch_to(self, generation: int) -> None:
        """Point the index's alias at `generation`'s text collection (atomic for every client)."""
        target = _generation_name(self.bases["text"], generation)
        if self._alias in self.client.list_aliases().get("aliases", []):
            self.client.alter_alias(target, self._alias)
        else:
            self.client.create_alias(target, self._alias)
        self._set_generation(generation)

    def drop_generation(self, generation: int) -> None:
        """Delete a generation's collections and their metadata; never the live one."""
        if generation == self.live_generation():
            raise ValueError(f"generation {generation} is the live one")
        names = [_generation_name(base, generation) for base in self.bases.values()]
        for name in names:
            if self.client.has_collection(name):
                self.client.drop_collection(name)
        if self.client.has_collection(self._meta_name):
            self.client.delete(self._meta_name, ids=names)

    # --- collection metadata ---------------------------------------------------------------------

    def metadata(self, kind: str) -> dict[str, Any]:
        """One query once the metadata collection is known to exist (until then, and if it fails,
        whether it exists is asked first)."""
        from pymilvus.exceptions import MilvusException

        if self._meta_exists:
            try:
                return self._metadata(kind)
            except MilvusException:  # dropped by hand
                self._meta_exists = False
        if not self.client.has_collection(self._meta_name):
            return {}
        self._meta_exists = True
        return self._metadata(kind)

    def _metadata(self, kind: str) -> dict[str, Any]:
        # read as the items are: a Strong read of this small collection before every hybrid search
        # would wait for the server's time tick even when the searches themselves do not
        found = self.client.query(self._meta_name, filter=f"{ID_FIELD} == {literal(self.names[kind])}", output_fields=[META_DATA_FIELD],
                                  **read_consistency(self.config))  # fmt: skip
        return json.loads(found[0][META_DATA_FIELD]) if found else {}

    def update_metadata(self, kind: str, changes: dict[str, Any]) -> None:
        if not self.client.has_collection(self._meta_name):
            self._create_meta()
        document = json.dumps({**self.metadata(kind), **changes})
        row = {ID_FIELD: self.names[kind], META_DATA_FIELD: document, VECTOR_FIELD: [0.0] * META_VECTOR_DIM}
        self.client.upsert(self._meta_name, [row])

    def _create_meta(self) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field(ID_FIELD, DataType.VARCHAR, is_primary=True, max_length=NAME_CHARS)
        schema.add_field(META_DATA_FIELD, DataType.VARCHAR, max_length=MAX_VARCHAR)
        schema.add_field(VECTOR_FIELD, DataType.FLOAT_VECTOR, dim=META_VECTOR_DIM)
        index_params = MilvusClient.prepare_index_params()
        index_params.add_index(field_name=VECTOR_FIELD, index_type="FLAT", metric_type="L2")
        self.client.create_collection(self._meta_name, schema=schema, index_params=index_params, consistency_level="Strong")

    def wrote(self) -> None:
        """Mark a write (CatalogIndex calls this before and after each): the new rows are flushed
        into indexed segments, and the revision changes."""
        for collection in self._collections.values():
            collection.flush()
        self.update_metadata("text", {REVISION_KEY: uuid.uuid4().hex})

    def held_shop_catalog(self) -> bool:
        """Whether this index holds a shop's catalog, or any other text collection of it does
        (one for another text encoder)."""
        here = self.catalog()
        if here is not None:
            return here == SHOP_CATALOG
        if not self.client.has_collection(self._meta_name):
            return False
        prefix = collection_name(self.config.collection_prefix, "text", "")
        documents = self.client.query(self._meta_name, filter=f"{ID_FIELD} like {literal(prefix + '%')}", output_fields=[META_DATA_FIELD])
        return any(json.loads(document[META_DATA_FIELD]).get(CATALOG_KEY) == SHOP_CATALOG for document in documents)
