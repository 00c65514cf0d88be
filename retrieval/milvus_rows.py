"""Rows of the Milvus store (retrieval/milvus_store.py): which metadata keys become typed fields
of a new collection, a row to write from an item's id, vector and metadata, and rows read back as
chromadb's results (no id, no vector, no unset keys in the metadata)."""

from __future__ import annotations

from typing import Any, Iterator

from retrieval.milvus_filter import FIELD_NAME
from retrieval.records import LIST_KEYS

ID_FIELD, VECTOR_FIELD = "id", "vector"
MAX_VARCHAR = 65_535  # Milvus's limit for a VARCHAR field
MAX_ARRAY_CAPACITY = 4_096  # Milvus's limit for an ARRAY field
MAX_ARRAY_TEXT = 1_000  # the longest text in an ARRAY of VARCHAR (the metals a piece is offered in)
STORED_ONLY_KEYS = ("item", "embed_hash", "photo_hash")  # never filtered on: kept in the dynamic field
LIST_KINDS = ("list", "texts")


def field_types(metadatas: list[dict], in_every_row: bool = False) -> dict[str, str]:
    """The typed fields for a first batch: each key's kind, when every row holding it agrees
    (and, `in_every_row`, only keys no row lacks)."""
    kinds: dict[str, set[str]] = {}
    for metadata in metadatas:
        for key, value in metadata.items():
            kinds.setdefault(key, set()).add(kind_of(value))
    held_by_all = set.intersection(*(set(metadata) for metadata in metadatas)) if metadatas else set()
    return {
        key: next(iter(found))
        for key, found in kinds.items()
        if len(found) == 1 and key not in STORED_ONLY_KEYS and FIELD_NAME.fullmatch(key) and key not in (ID_FIELD, VECTOR_FIELD)
        and (key in held_by_all or not in_every_row)
    }


def declared_lists() -> dict[str, str]:
    """The lists an item may hold (records.LIST_KEYS), typed in every new collection whether or
    not its first batch holds them: a filter on a list in the dynamic JSON field parses every
    row's JSON, a typed ARRAY field is read as it is."""
    return {key: "texts" if member is str else "list" for key, member in LIST_KEYS.items()}


def empty_lists(typed: dict[str, str], required: set[str]) -> dict[str, list]:
    """What a row lacking a list fills a field the server cannot leave empty with (Milvus before
    2.5): the empty list, which contains nothing, as a missing list does; read back as no key."""
    return {key: [] for key, kind in typed.items() if key in required and kind in LIST_KINDS}


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list) and all(isinstance(member, (int, float)) and not isinstance(member, bool) for member in value):
        return "list"
    if isinstance(value, list) and value and all(isinstance(member, str) for member in value):
        return "texts"
    return "other"


def field_schema(kind: str, types) -> dict[str, Any]:
    return {
        "number": {"datatype": types.DOUBLE},
        "bool": {"datatype": types.BOOL},
        "string": {"datatype": types.VARCHAR, "max_length": MAX_VARCHAR},
        "list": {"datatype": types.ARRAY, "element_type": types.DOUBLE, "max_capacity": MAX_ARRAY_CAPACITY},
        "texts": {"datatype": types.ARRAY, "element_type": types.VARCHAR, "max_capacity": MAX_ARRAY_CAPACITY,
                  "max_length": MAX_ARRAY_TEXT},
    }[kind]


def kind_of_type(milvus_type, element_type=None) -> str:
    name = getattr(milvus_type, "name", str(milvus_type)).upper()
    if name == "ARRAY" and getattr(element_type, "name", str(element_type)).upper() == "VARCHAR":
        return "texts"
    return {"DOUBLE": "number", "BOOL": "bool", "VARCHAR": "string", "ARRAY": "list"}.get(name, "other")


def row_to_write(item_id: str, vector: list[float], metadata: dict[str, Any], typed: dict[str, str], required: set[str] = frozenset()) -> dict[str, Any]:
    """A row to write, numbers in typed fields as doubles. A value of another kind than its
    typed field holds is refused (it cannot go to the dynamic field under the same name), and
    so is a row lacking a field the server cannot leave empty (Milvus before 2.5)."""
    missing = sorted(required - metadata.keys())
    if missing:
        raise ValueError(f"item {item_id!r} has no {', '.join(missing)}: the collection cannot leave this typed field empty "
                         f"(the partition key, index.milvus.partition_key, or any typed field on a Milvus server before 2.5, "
                         f"where every item of the first batch written had it: write into a new index with a first batch "
                         f"that lacks it, or upgrade the server)")  # fmt: skip
    row: dict[str, Any] = {ID_FIELD: item_id, VECTOR_FIELD: vector}
    for key, value in metadata.items():
        kind = typed.get(key)
        if kind is not None and kind_of(value) != kind and not (value == [] and kind in LIST_KINDS):
            raise ValueError(f"metadata {key!r} holds {value!r}, but the collection stores {kind} values there")
        row[key] = [float(member) for member in value] if kind == "list" else float(value) if kind == "number" else value
    return row


def output_fields(include: list[str]) -> list[str]:
    fields = [ID_FIELD]
    if "metadatas" in include:
        fields.append("*")
    if "embeddings" in include:
        fields.append(VECTOR_FIELD)
    return fields


def rows_to_result(rows: list[dict], include: list[str]) -> dict:
    result: dict[str, list] = {"ids": [row[ID_FIELD] for row in rows]}
    if "metadatas" in include:
        result["metadatas"] = [row_metadata(row) for row in rows]
    if "embeddings" in include:
        result["embeddings"] = [list(row[VECTOR_FIELD]) for row in rows]
    return result


def row_metadata(row: dict) -> dict[str, Any]:
    """A row's metadata as chromadb gives it: no id, no vector, no unset (null) keys and no empty
    list (chromadb holds none: a row without a list has no key)."""
    dynamic = row.get("$meta") or {}
    fields = {key: value for key, value in row.items() if key not in (ID_FIELD, VECTOR_FIELD, "$meta")}
    return {key: value for key, value in {**dynamic, **fields}.items() if value is not None and not (isinstance(value, list) and not value)}


def each_row(result: dict) -> Iterator[dict]:
    keys = list(result)
    for values in zip(*(result[key] for key in keys)):
        yield dict(zip(keys, values))


def and_all(*expressions: str) -> str:
    present = [expression for expression in expressions if expression]
    return " and ".join(f"({expression})" for expression in present) if len(present) > 1 else "".join(present)
