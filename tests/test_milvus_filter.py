"""Facet's `where` dicts (retrieval/constraints.py, chromadb's syntax) as Milvus filter
expressions (retrieval/milvus_store.py). Pure string work: no Milvus needed."""

import pytest

from retrieval.constraints import Constraints
from retrieval.milvus_store import filter_expression, literal


def test_no_filter_is_an_empty_expression():
    assert filter_expression(None) == ""
    assert filter_expression({}) == ""


@pytest.mark.parametrize(
    ("where", "expression"),
    [
        ({"in_stock": True}, "in_stock == true"),
        ({"price": {"$gte": 100}}, "price >= 100"),
        ({"price": {"$lte": 99.5}}, "price <= 99.5"),
        ({"carat": {"$gt": 1}}, "carat > 1"),
        ({"carat": {"$lt": 2}}, "carat < 2"),
        ({"metal": {"$eq": "platinum"}}, 'metal == "platinum"'),
        ({"metal": {"$ne": "platinum"}}, 'metal != "platinum"'),
        ({"category": {"$in": ["ring", "bangle"]}}, 'category in ["ring", "bangle"]'),
        ({"gemstone": {"$nin": ["pearl"]}}, 'gemstone not in ["pearl"]'),
        ({"ring_sizes": {"$contains": 7.5}}, "array_contains(ring_sizes, 7.5)"),
        ({"price": {"$gte": 10, "$lte": 20}}, "(price >= 10) and (price <= 20)"),
    ],
)
def test_each_operator(where, expression):
    assert filter_expression(where) == expression


def test_and_or_nest():
    where = {"$and": [{"price": {"$lte": 500}}, {"$or": [{"karat": {"$in": [14, 18]}}, {"metal": {"$nin": ["yellow gold"]}}]}]}
    assert filter_expression(where) == '(price <= 500) and ((karat in [14, 18]) or (metal not in ["yellow gold"]))'


def test_constraints_translate_whole():
    constraints = Constraints(price_max=800, categories=["ring"], karats=[14], exclude_gemstones=["pearl"], ring_size=7, in_stock_only=True)
    expression = filter_expression(constraints.where())
    for part in ("price <= 800", 'category in ["ring"]', "karat in [14]", 'gemstone not in ["pearl"]', "array_contains(ring_sizes, 7)",
                 "in_stock == true"):  # fmt: skip
        assert part in expression


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ('18" chain', '"18\\" chain"'),
        ("it's", '"it\'s"'),
        ("back\\slash", '"back\\\\slash"'),
        ('x" or id != "', '"x\\" or id != \\""'),
        ("two\nlines", '"two\\nlines"'),
    ],
)
def test_strings_are_escaped(value, quoted):
    assert literal(value) == quoted


def test_a_quote_cannot_close_the_string_early():
    """A shop's value built to break out of its string stays one string literal: every quote
    inside is escaped, so the expression's only unescaped quotes are the two around it."""
    hostile = 'ring"] or id != "["'
    expression = filter_expression({"category": {"$in": [hostile]}})
    unescaped = [i for i, char in enumerate(expression) if char == '"' and expression[i - 1] != "\\"]
    assert len(unescaped) == 2


def test_keys_must_be_plain_names():
    with pytest.raises(ValueError):
        filter_expression({"price) or (1": {"$gt": 0}})


def test_unknown_operators_and_values_are_refused():
    with pytest.raises(ValueError):
        filter_expression({"price": {"$regex": "1.*"}})
    with pytest.raises(ValueError):
        filter_expression({"price": {"$in": [None]}})
    with pytest.raises(ValueError):
        filter_expression({"$and": []})


def test_a_value_with_quotes_filters_exactly_in_milvus(tmp_path):
    """End to end on embedded milvus-lite: the escaped value matches its own item and no other."""
    pytest.importorskip("milvus_lite", reason="pymilvus and milvus-lite are not installed (pip install -e .[test])")
    from retrieval.catalog import Item
    from retrieval.config import FusionConfig, IndexConfig
    from retrieval.index import CatalogIndex, connect
    from retrieval.query import FusedQuery, Searcher
    from tests.test_index import MeanColourEncoder, WordHashEncoder

    hostile = 'pendant"] or id != "["'
    items = [
        Item(id="Q1", title="Quoted Pendant", category=hostile, metal="sterling silver", gemstone="none", price=50, currency="USD"),
        Item(id="Q2", title="Plain Pendant", category="pendant", metal="sterling silver", gemstone="none", price=60, currency="USD"),
    ]
    config = IndexConfig(engine="milvus")
    index = CatalogIndex(connect(config, tmp_path / "chroma"), WordHashEncoder(), MeanColourEncoder(), config)
    index.ingest(items, progress=False)
    searcher = Searcher(index, FusionConfig())
    for wanted, expected in ((hostile, ["Q1"]), ("pendant", ["Q2"])):
        hits = searcher.search(FusedQuery(text="pendant", constraints=Constraints(categories=[wanted])), top_k=5)
        assert [hit.item.id for hit in hits] == expected
