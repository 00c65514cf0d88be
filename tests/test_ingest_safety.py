"""What a catalog file may hold, and what a bad one costs: prices validated as they are stored,
numbers that are numbers, size limits on every field, bad bytes that cost only their own line,
files that are not catalogs refused whole, and a stored row that no longer validates skipped
on read-back instead of breaking every search."""

import json

import numpy as np
import pytest

from retrieval.catalog import CatalogError, Item, NoValidRowsError, load_catalog
from retrieval.config import CatalogConfig, FusionConfig, IndexConfig
from retrieval.constraints import Constraints
from retrieval.index import CatalogIndex, connect
from retrieval.records import ITEM_KEY
from retrieval.query import FusedQuery, Searcher

ROW = {"id": "G1", "title": "Gold Ring", "category": "ring", "metal": "yellow gold", "price": 100}


def write_jsonl(path, rows) -> str:
    path.write_text("\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n")
    return path


def reasons(result) -> dict[int, str]:
    return {error.line: error.reason for error in result.errors}


# --- numbers --------------------------------------------------------------------------------


def test_a_price_is_validated_as_it_is_stored_in_cents(tmp_path):
    rows = [ROW, {**ROW, "id": "P1", "price": 0.004}, {**ROW, "id": "P2", "price": 0.005}, {**ROW, "id": "P3", "price": 19.999}]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
    assert [(item.id, item.price) for item in result.items] == [("G1", 100.0), ("P2", 0.01), ("P3", 20.0)]
    assert reasons(result) == {2: "price: 0.004 rounds to 0.00; a price must be at least 0.01"}


@pytest.mark.parametrize(
    "field, value, reason",
    [
        ("price", True, "price: true is not a number"),
        ("price", False, "price: false is not a number"),
        ("price", "free", "price: 'free' is not a number"),
        ("price", "$1,2,99", "price: '$1,2,99' is not a number"),  # "$1,299" is a price (tests/test_prices.py)
        ("price", "nan", "price: 'nan' is not a number"),
        ("price", 1e308 * 10, "price: must be a positive number"),  # inf
        ("karat", True, "karat: true is not a number"),
        ("carat", True, "carat: true is not a number"),
        ("ring_sizes", [True], "ring_sizes: true is not a number"),
    ],
)
def test_booleans_and_words_are_not_numbers(tmp_path, field, value, reason):
    row = {**ROW, "id": "X1", "gemstone": "diamond", field: value}
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", [ROW, row]))
    assert [item.id for item in result.items] == ["G1"]
    assert reasons(result)[2].startswith(reason)


def test_numbers_written_as_text_are_numbers(tmp_path):
    rows = [{**ROW, "price": "1299.00", "karat": "18", "gemstone": "ruby", "carat": " .5 "}]
    item = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows)).items[0]
    assert (item.price, item.karat, item.carat) == (1299.0, 18, 0.5)
    (tmp_path / "c.csv").write_text("id,title,category,metal,price,karat\nC1,Band,ring,yellow gold,1299.00,14\n")
    item = load_catalog(tmp_path / "c.csv").items[0]
    assert (item.price, item.karat) == (1299.0, 14)


# --- size limits ----------------------------------------------------------------------------


def test_every_field_has_a_size_limit_and_an_overlong_row_is_reported_by_line(tmp_path):
    limits = CatalogConfig()
    rows = [
        ROW,
        {**ROW, "id": "D1", "description": "x" * (limits.max_description_chars + 1)},
        {**ROW, "id": "T1", "title": "t" * (limits.max_title_chars + 1)},
        {**ROW, "id": "i" * (limits.max_id_chars + 1)},
        {**ROW, "id": "G2", "tags": ["x"] * (limits.max_tags + 1)},
        {**ROW, "id": "G3", "tags": ["y" * (limits.max_tag_chars + 1)]},
        {**ROW, "id": "M1", "metal": "m" * (limits.max_attribute_chars + 1)},
        {**ROW, "id": "P1", "price": limits.max_price * 2},
        {**ROW, "id": "C1", "gemstone": "diamond", "carat": limits.max_carat * 2},
        {**ROW, "id": "BIG", "description": "z" * 10_000_000},  # the 10 MB description
        {**ROW, "id": "G4", "description": "y" * limits.max_description_chars},  # at the limit: kept
    ]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
    assert [item.id for item in result.items] == ["G1", "G4"]
    found = reasons(result)
    assert found[2] == "description: 5,001 characters; the limit is 5,000 (catalog.max_description_chars)"
    assert found[3].startswith("title:") and "catalog.max_title_chars" in found[3]
    assert found[4].startswith("id:") and "catalog.max_id_chars" in found[4]
    assert "catalog.max_tags" in found[5] and "catalog.max_tag_chars" in found[6]
    assert found[7].startswith("metal:") and "catalog.max_attribute_chars" in found[7]
    assert "catalog.max_price" in found[8] and "catalog.max_carat" in found[9]
    assert found[10] == "the line is longer than 100,000 bytes"
    assert len(result.errors) + len(result.items) == result.rows_read == len(rows)  # every row ingested or reported


def test_a_limit_can_be_raised(tmp_path):
    rows = [{**ROW, "description": "x" * 6_000}]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    with pytest.raises(NoValidRowsError):
        load_catalog(path)
    assert len(load_catalog(path, limits=CatalogConfig(max_description_chars=10_000)).items[0].description) == 6_000


# --- bytes ----------------------------------------------------------------------------------


def test_a_byte_that_is_not_utf8_costs_only_its_own_jsonl_line(tmp_path):
    path = tmp_path / "c.jsonl"
    bad = b'{"id": "B1", "title": "Caf\xe9 Ring", "category": "ring", "metal": "platinum", "price": 5}\n'
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ROW).encode() + b"\n" + bad + json.dumps({**ROW, "id": "G2"}).encode() + b"\n")
    result = load_catalog(path)
    assert [item.id for item in result.items] == ["G1", "G2"]  # the BOM is fine
    assert reasons(result) == {2: "not valid UTF-8 (byte 0xe9 at column 27)"}


def test_a_byte_that_is_not_utf8_costs_only_its_own_csv_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"\xef\xbb\xbfid,title,category,metal,price\n"
        b"C1,Ring,ring,platinum,10\n"
        b"C2,Caf\xe9,ring,platinum,10\n"
        b'C3,"Two\nlines",ring,platinum,12\n'
        b"C4,Band,ring,platinum,1299.00\n"
    )
    result = load_catalog(path)
    assert [(item.id, item.price) for item in result.items] == [("C1", 10.0), ("C3", 12.0), ("C4", 1299.0)]
    assert reasons(result) == {3: "not valid UTF-8 (in the 'title' column)"}


def test_an_overlong_csv_field_costs_only_its_own_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"id,title,category,metal,price,description\nC1,Ring,ring,platinum,10,{'x' * 200_000}\nC2,Band,ring,platinum,11,\n")
    result = load_catalog(path)
    assert [item.id for item in result.items] == ["C2"]
    assert list(reasons(result)) == [2]


# --- files that are not catalogs ------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("photo.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is a binary file, not a text catalog"),
        ("rows.csv", b"R1,Ring,ring,platinum,10\nR2,Ring,ring,platinum,11\n", "has no catalog header"),
        ("short.csv", b"id,title,category,metal\nR1,Ring,ring,platinum\n", "header lacks the required column price"),
        ("empty.jsonl", b"\n\n", "has no catalog rows"),
        ("catalog.md", b"id,title\n", "unknown catalog format '.md'"),
        ("catalog.txt", b"id,title\n", "is not a Google product feed"),  # a .txt catalog is Google's text feed
        ("page.xml", b"<html><body/></html>", "XML but not a Google product feed"),
    ],
)
def test_a_file_that_is_not_a_catalog_is_refused_whole(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CatalogError, match=message):
        load_catalog(tmp_path / name)


def test_a_catalog_whose_every_row_is_rejected_is_an_error_listing_them_all(tmp_path):
    rows = [{**ROW, "id": f"X{n}", "price": "free"} for n in range(480)]
    with pytest.raises(NoValidRowsError) as raised:
        load_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
    assert raised.value.rows_read == 480 and len(raised.value.errors) == 480
    message = str(raised.value)
    assert message == "every row of c.jsonl was rejected (480 rows; the first: line 1: price: 'free' is not a number)"
    assert "\n" not in message


# --- reading the index back -----------------------------------------------------------------

DIM = 8


class ConstantEncoder:
    name = "constant-test"

    def encode_text(self, texts):
        return np.ones((len(texts), DIM), dtype=np.float32) / np.sqrt(DIM)

    def encode_image(self, images):
        return np.ones((len(images), DIM), dtype=np.float32) / np.sqrt(DIM)

    def without_colors(self, vector):
        return vector


def test_a_stored_row_that_no_longer_validates_is_skipped_not_fatal(tmp_path, caplog):
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), ConstantEncoder(), ConstantEncoder(), IndexConfig())
    items = [Item(id=f"R{n}", title=f"Gold Ring {n}", category="ring", metal="yellow gold", price=100 + n, currency="USD") for n in range(4)]
    index.ingest(items, progress=False)
    # what an older version stored for a 0.004 price: 0.0, which no longer validates
    stored = index.texts.get(ids=["R1"], include=["metadatas"])["metadatas"][0]
    broken = {**json.loads(stored[ITEM_KEY]), "price": 0.0}
    index.texts.update(ids=["R1"], metadatas=[{**stored, "price": 0.0, ITEM_KEY: json.dumps(broken)}])

    searcher = Searcher(index, FusionConfig())
    found = {hit.item.id for hit in searcher.search(FusedQuery(text="gold ring"), top_k=10)}
    browsed = {hit.item.id for hit in searcher.search(FusedQuery(constraints=Constraints(categories=["ring"])), top_k=10)}
    assert found == browsed == {"R0", "R2", "R3"}
    assert set(index.items(["R0", "R1"])) == {"R0"}
    logged = [record for record in caplog.records if "no longer validates" in record.getMessage()]
    assert len(logged) == 1 and "price" in logged[0].getMessage()


def test_the_price_limit_is_in_dollars_converted_to_the_rows_currency(tmp_path):
    limits = CatalogConfig(max_price=10_000)
    rows = [{**ROW, "id": "R1", "price": 25_000_000, "currency": "IDR"}, {**ROW, "id": "U1", "price": 25_000}]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows), limits=limits)
    assert [item.id for item in result.items] == ["R1"]  # 25 million rupiah is about 1,500 dollars
    assert "above the limit of 10,000.00 USD (catalog.max_price, in USD)" in reasons(result)[2]


def test_dong_prices_are_held_to_the_dollar_limit_at_the_dong_rate(tmp_path):
    limits = CatalogConfig(max_price=10_000)
    rows = [{**ROW, "id": "V1", "price": 99_910_000, "currency": "VND"}, {**ROW, "id": "V2", "price": 990_000_000, "currency": "VND"}]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows), limits=limits)
    assert [item.id for item in result.items] == ["V1"]  # 99.9 million dong is about 4,000 dollars
    assert "VND (catalog.max_price, in USD)" in reasons(result)[2]


def test_a_currency_with_no_known_rate_is_not_held_to_the_dollar_limit(tmp_path):
    rows = [{**ROW, "id": "X1", "price": 25_000, "currency": "XTS"}]
    result = load_catalog(write_jsonl(tmp_path / "c.jsonl", rows), limits=CatalogConfig(max_price=10_000))
    assert [item.id for item in result.items] == ["X1"] and not result.errors
