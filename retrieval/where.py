"""One item's metadata against a chromadb `where` filter, evaluated in Python, with chromadb's
meaning (tests/test_where_check.py holds it to chromadb's own `where`). Two users: an engine
that answers "which of these ids meet the filter" fastest when asked for the ids' filtered fields
alone (Milvus: a filter in the query is evaluated over every row), and the exact side of
benchmarks/scale.py's recall measurement (which rows pass, found without the engine whose
filtered search it grades)."""

from __future__ import annotations

from typing import Any

Where = dict[str, Any]
NEGATIONS = {"$ne": "$eq", "$nin": "$in", "$not_contains": "$contains"}


def meets(metadata: dict[str, Any], where: Where | None) -> bool:
    """Whether one item's metadata meets `where`, with chromadb's meaning."""
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


def keys_read(where: Where | list | None) -> set[str]:
    """The metadata keys a `where` filter reads."""
    if isinstance(where, list):
        return set().union(*(keys_read(part) for part in where))
    if not isinstance(where, dict):
        return set()
    return set().union(*((keys_read(value) if key.startswith("$") else {key}) for key, value in where.items()))


def _meets_one(held: Any, operator: str, value: Any) -> bool:
    if operator in NEGATIONS:  # a row without the key passes: it holds nothing excluded
        return not _meets_one(held, NEGATIONS[operator], value)
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
