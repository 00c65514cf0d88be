"""chromadb's `where` dicts (built by retrieval/constraints.py) as Milvus boolean filter
expressions, for the Milvus store (retrieval/milvus_store.py). Keys must be plain names and every
string is escaped, so a shop's value with a quote in it stays a value, never part of the filter.
"""

from __future__ import annotations

import re
from typing import Any

FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
COMPARISONS = {"$eq": "==", "$ne": "!=", "$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}


def filter_expression(where: dict[str, Any] | None) -> str:
    """chromadb's `where` as a Milvus boolean expression; "" for no filter."""
    if not where:
        return ""
    clauses = [_clause(key, condition) for key, condition in where.items()]
    return clauses[0] if len(clauses) == 1 else " and ".join(f"({clause})" for clause in clauses)


def confines(where: dict[str, Any] | None, key: str) -> bool:
    """Whether every row `where` passes holds one of some listed values of `key` (`key == x`,
    `key in [...]`, alone or and-ed with other conditions): what lets Milvus search only the
    partitions of those values when `key` is the collection's partition key."""
    if not where:
        return False
    clauses = [{name: condition} for name, condition in where.items() if name != "$and"] + list(where.get("$and", []))
    return any(_names_values(clause.get(key)) for clause in clauses if isinstance(clause, dict))


def _names_values(condition: Any) -> bool:
    if condition is None:
        return False
    if not isinstance(condition, dict):
        return True  # {key: value}: equality
    return "$eq" in condition or "$in" in condition


def _clause(key: str, condition: Any) -> str:
    if key in ("$and", "$or"):
        if not isinstance(condition, list) or not condition:
            raise ValueError(f"{key} needs a non-empty list of conditions")
        joiner = " and " if key == "$and" else " or "
        return joiner.join(f"({part})" for part in _joined_lists(key, condition))
    field = _field(key)
    if not isinstance(condition, dict):
        return f"{field} == {literal(condition)}"
    parts = []
    for operator, value in condition.items():
        if operator in COMPARISONS:
            parts.append(f"{field} {COMPARISONS[operator]} {literal(value)}")
        elif operator in ("$in", "$nin"):
            negation = "not " if operator == "$nin" else ""
            parts.append(f"{field} {negation}in [{', '.join(literal(member) for member in value)}]")
        elif operator in ("$contains", "$not_contains"):  # a row without the list contains nothing
            negation = "not " if operator == "$not_contains" else ""
            parts.append(f"{negation}array_contains({field}, {literal(value)})")
        else:
            raise ValueError(f"unsupported filter operator {operator!r}")
    return parts[0] if len(parts) == 1 else " and ".join(f"({part})" for part in parts)


def _joined_lists(joiner: str, conditions: list) -> list[str]:
    """The conditions' expressions, with every list looked into for several values at once read
    once (`array_contains_any`): any of them in an `$or`, none of them in an `$and`. Milvus scans
    a list (a typed ARRAY, or the dynamic JSON field) once per `array_contains`."""
    wanted = {"$or": "$contains", "$and": "$not_contains"}[joiner]
    values: dict[str, list] = {}
    for part in conditions:
        if _looks_into_list(part, wanted):
            [(name, condition)] = part.items()
            values.setdefault(name, []).append(condition[wanted])
    expressions, written = [], set()
    for part in conditions:
        name = next(iter(part)) if _looks_into_list(part, wanted) else None
        if name is None or len(values[name]) == 1:
            expressions.append(filter_expression(part))
        elif name not in written:
            written.add(name)
            negation = "not " if wanted == "$not_contains" else ""
            expressions.append(f"{negation}array_contains_any({_field(name)}, [{', '.join(literal(value) for value in values[name])}])")
    return expressions


def _looks_into_list(part: Any, operator: str) -> bool:
    """Whether `part` is one key's one `operator` condition ({"metals_offered": {"$contains": "gold"}})."""
    return (isinstance(part, dict) and len(part) == 1 and not next(iter(part)).startswith("$")
            and isinstance(condition := next(iter(part.values())), dict) and list(condition) == [operator])  # fmt: skip


def _field(key: str) -> str:
    if not FIELD_NAME.fullmatch(key):
        raise ValueError(f"not a metadata key Milvus can filter on: {key!r}")
    return key


def literal(value: Any) -> str:
    """A value as a Milvus expression literal: strings quoted with every quote and backslash escaped."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value)) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        return '"' + "".join(STRING_ESCAPES.get(char, char) for char in value) + '"'
    raise ValueError(f"unsupported filter value {value!r}")
