"""The lists an item may hold (ring sizes, what its variants offer) as typed ARRAY fields of every
new Milvus collection (retrieval/milvus_rows.py), rather than in the dynamic JSON field when the
first batch lacks them: the same rows read back and the same hits under every filter as a
collection made the older way, on embedded milvus-lite, as a server before Milvus 2.5 makes them
(no nullable fields: the empty list filled in), and on the server FACET_TEST_MILVUS_URI names
(where the older way missed a whole ring size among sizes stored as decimals)."""

import pytest

from retrieval.constraints import Constraints
from retrieval.item import Offer
from retrieval.milvus_filter import filter_expression
from retrieval.milvus_rows import declared_lists, empty_lists, row_metadata
from retrieval.records import LIST_KEYS, OFFERED_KEYS
from tests.test_milvus_store import _milvus_index

# Filters on every list: shown or offered metals, stones, colours and karats, exclusions, ring sizes.
FILTERS = [
    Constraints(),
    Constraints(metals=["white gold"]),
    Constraints(metals=["platinum", "white gold"], in_stock_only=True),
    Constraints(gemstones=["ruby"]),
    Constraints(gemstone_colors=["red"]),
    Constraints(karats=[18]),
    Constraints(exclude_metals=["platinum"]),
    Constraints(exclude_gemstones=["ruby"]),
    Constraints(exclude_metals=["platinum", "white gold"]),
    Constraints(gemstones=["ruby", "sapphire"], gemstone_colors=["red", "blue"]),
    Constraints(ring_size=7),
    Constraints(categories=["ring"], metals=["rose gold"], price_max=800),
]
QUERIES = ("ring", "gold ring with a stone", "silver necklace")


def items_with_variants(folder):
    """tests/test_index.py's six items, two rings sized and two pieces offered in other metals and stones."""
    from tests.test_index import make_items

    return make_items(folder, A1={"ring_sizes": [6.0, 7.0]}, A5={"ring_sizes": [5.5]}, A2={"offers": [
        Offer(metal="white gold", karat=18, price=520.0, said=["metal", "karat"]),
        Offer(metal="platinum", price=900.0, in_stock=False, said=["metal"])]}, A3={"offers": [
        Offer(metal="yellow gold", karat=14, gemstone="ruby", gemstone_color="red", price=380.0, said=["metal", "karat", "gemstone", "gemstone_color"])]})  # fmt: skip


def as_before(monkeypatch) -> None:
    """Collections made and filtered as before this change: lists typed only where the first
    batch's rows hold them, and a list looked into once per value."""
    from retrieval.milvus_filter import filter_expression

    monkeypatch.setattr("retrieval.milvus_store.declared_lists", lambda: {})
    monkeypatch.setattr("retrieval.milvus_filter._joined_lists", lambda joiner, conditions: [filter_expression(part) for part in conditions])


def without_nullable(monkeypatch) -> None:
    """Collections made as on a Milvus server before 2.5, which ignores `nullable`."""
    from retrieval.milvus_store import MilvusCollection

    create_with = MilvusCollection._create_with
    monkeypatch.setattr(MilvusCollection, "_create_with", lambda self, dim, fields, nullable, partition_key=None:
                        create_with(self, dim, fields, False, partition_key))  # fmt: skip
    monkeypatch.setattr("retrieval.milvus_store._IGNORES_NULLABLE", set())  # what this test finds is forgotten after it


def answers(index, ids: list[str]) -> tuple[dict, dict]:
    """Every stored row's metadata, and the hits (id, score) of every query under every filter."""
    from retrieval.config import FusionConfig
    from retrieval.query import FusedQuery, Searcher

    stored = index.get("text", ids=ids, include=["metadatas"])
    rows = dict(zip(stored["ids"], stored["metadatas"]))
    searcher = Searcher(index, FusionConfig())
    hits = {(text, repr(constraints)): [(hit.item.id, round(hit.score, 6)) for hit in searcher.search(FusedQuery(text=text, constraints=constraints))]
            for text in QUERIES for constraints in FILTERS}  # fmt: skip
    return rows, hits


def typed_fields(index) -> dict[str, str]:
    return index._store.collection("text")._typed_fields()


def test_every_list_an_item_may_hold_is_declared_with_its_members_kind():
    assert declared_lists() == {"ring_sizes": "list", "metals_offered": "texts", "karats_offered": "list",
                                "gemstones_offered": "texts", "gemstone_colors_offered": "texts"}  # fmt: skip
    assert set(OFFERED_KEYS.values()) < set(LIST_KEYS)


def test_a_list_looked_into_for_several_values_is_read_once():
    where = Constraints(metals=["platinum", "white gold"], gemstones=["ruby"], exclude_metals=["silver", "brass"], in_stock_only=True).where()
    assert filter_expression(where) == (
        '((metal in ["platinum", "white gold"]) or (array_contains_any(metals_offered, ["platinum", "white gold"])))'
        ' and ((gemstone in ["ruby"]) or (array_contains(gemstones_offered, "ruby")))'
        ' and (metal not in ["silver", "brass"]) and (not array_contains_any(metals_offered, ["silver", "brass"])) and (in_stock == true)')


def test_a_field_the_server_cannot_leave_empty_is_filled_with_the_empty_list_and_read_back_as_no_key():
    typed = {"price": "number", "ring_sizes": "list", "metals_offered": "texts"}
    assert empty_lists(typed, required={"price", "ring_sizes", "metals_offered"}) == {"ring_sizes": [], "metals_offered": []}
    assert empty_lists(typed, required=set()) == {}
    row = {"id": "A1", "vector": [0.0], "price": 10.0, "ring_sizes": [], "metals_offered": None, "$meta": {"item": "{}"}}
    assert row_metadata(row) == {"price": 10.0, "item": "{}"}


@pytest.mark.parametrize("nullable", [True, False], ids=["nullable", "no-nullable"])
def test_lists_are_typed_even_when_the_first_batch_holds_none(tmp_path, monkeypatch, milvus_at, nullable):
    from tests.test_index import make_items

    if not nullable:
        without_nullable(monkeypatch)
    index = _milvus_index(tmp_path, **milvus_at[0])
    index.ingest(make_items(tmp_path), progress=False)  # no sizes, no offers
    assert {key: typed_fields(index).get(key) for key in LIST_KEYS} == declared_lists()
    assert index.check(make_items(tmp_path)).stale_metadata == []  # an empty list reads back as the key it was: none


@pytest.mark.parametrize("nullable", [True, False], ids=["nullable", "no-nullable"])
def test_typed_lists_read_and_find_what_the_dynamic_field_did(tmp_path, monkeypatch, milvus_at, nullable):
    """The same rows and the same hits, scores included, under every filter, as a collection whose
    lists sit in the dynamic field; and an ingest adding sized and offered pieces later is found."""
    from tests.test_index import make_items

    if not nullable:
        without_nullable(monkeypatch)
    items = items_with_variants(tmp_path)
    results = {}
    for layout in ("before", "typed"):
        folder = tmp_path / layout
        folder.mkdir()
        with monkeypatch.context() as patched:
            if layout == "before":
                as_before(patched)
            index = _milvus_index(folder, **{**milvus_at[0], "collection_prefix": f"{milvus_at[1]}{layout}"})
            index.ingest(make_items(tmp_path), progress=False)  # a first batch with no lists at all
            index.ingest(items, progress=False)  # then sized and offered pieces
            assert index.check(items).stale_metadata == []
            results[layout] = answers(index, [item.id for item in items])
    assert "metals_offered" not in typed_fields(_milvus_index(tmp_path / "before", **{**milvus_at[0], "collection_prefix": f"{milvus_at[1]}before"}))
    rows, hits = results["typed"]
    before_rows, before_hits = results["before"]
    if "milvus_uri" in milvus_at[0]:  # a Milvus 2.3 server's dynamic field missed a whole size (7) among sizes stored as 7.0: typed finds it
        assert {key for key in hits if hits[key] != before_hits[key]} <= {key for key in hits if "ring_size=7," in key[1]}
        hits_compared = {key: value for key, value in hits.items() if "ring_size=7," not in key[1]}
        before_hits = {key: before_hits[key] for key in hits_compared}
    else:
        hits_compared = hits
    assert (rows, hits_compared) == (before_rows, before_hits)
    assert rows["A2"]["metals_offered"] == ["rose gold", "white gold", "platinum"] and "metals_offered" not in rows["A1"]
    assert {item_id for item_id, _ in hits[("ring", repr(Constraints(metals=["white gold"])))]} == {"A2"}
    assert {item_id for item_id, _ in hits[("ring", repr(Constraints(ring_size=7)))]} == {"A1"}
    assert "A2" not in {item_id for item_id, _ in hits[("ring", repr(Constraints(exclude_metals=["platinum"])))]}
