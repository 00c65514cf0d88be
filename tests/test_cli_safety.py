"""`facet ingest`, `ask` and `demo` as a shop runs them, with bad files: what is printed, the exit
code, and that a shop's index is never emptied by a broken file nor replaced by the demo. The
real CLI runs in another process with stand-in encoders (tests/standin_facet.py)."""

import json
import subprocess

import pytest

from standin_facet import messages, run, write_catalog

pytestmark = pytest.mark.e2e
SHOP_ITEMS = 40
DEMO_ITEMS = 20


def facet(data_dir, *args) -> subprocess.CompletedProcess:
    return run(data_dir, *args, settings=(f"demo.items={DEMO_ITEMS}", "image_tuning.enabled=false"))  # no fit: not what these test


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def shop(tmp_path):
    """A data folder holding a shop's 40-item catalog, and that catalog file."""
    catalog = write_catalog(tmp_path / "shop", range(SHOP_ITEMS))
    assert f"read {SHOP_ITEMS} / ingested {SHOP_ITEMS}" in ok(facet(tmp_path / "data", "ingest", catalog)).stdout
    return tmp_path / "data", catalog


def ask_ids(data_dir, text: str) -> list[str]:
    return [result["id"] for result in json.loads(ok(facet(data_dir, "ask", text, "--json")).stdout)["results"]]


def test_a_catalog_whose_every_row_is_rejected_removes_nothing_and_exits_1(shop, tmp_path):
    data_dir, _ = shop
    broken = tmp_path / "broken.csv"
    broken.write_text("id,title,category,metal,price\n" + "".join(f"X{n},Ring,ring,platinum,free\n" for n in range(SHOP_ITEMS)))
    result = facet(data_dir, "ingest", broken, "--sync")
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[:5] == [f"{broken}:line {n}: price: 'free' is not a number" for n in range(2, 7)]
    assert lines[5] == f"{broken}: ... and {SHOP_ITEMS - 5} more rejected rows"
    assert lines[6] == f"facet: error: every row of broken.csv was rejected ({SHOP_ITEMS} rows; the first: line 2: price: 'free' is not a number)"
    assert len(lines) == 7
    # the shop's catalog is whole, and `facet ask` searches it (no demo built over it)
    assert ask_ids(data_dir, "piece word7 ring")[0] == "P7"
    assert not (data_dir / "demo-catalog").exists()


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("photo.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.jsonl is a binary file, not a text catalog (.jsonl or .csv)"),
        ("rows.csv", b"P1,Ring,ring,platinum,10\n", "rows.csv has no catalog header"),
        ("notes.md", b"id,title\n", "unknown catalog format '.md'"),
        ("notes.txt", b"id,title\n", "notes.txt is not a Google product feed"),  # a .txt catalog is Google's text feed
    ],
)
def test_a_file_that_is_not_a_catalog_exits_1_with_one_line(shop, tmp_path, name, content, reason):
    data_dir, _ = shop
    (tmp_path / name).write_bytes(content)
    result = facet(data_dir, "ingest", tmp_path / name, "--sync")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and result.stderr.startswith(f"facet: error: {reason}")
    assert len(ask_ids(data_dir, "ring")) > 0


def test_sync_removes_nothing_while_a_row_is_rejected_unless_forced(shop, tmp_path):
    data_dir, _ = shop
    fewer = write_catalog(tmp_path / "shop", range(10), name="fewer.jsonl", P3={"price": 0.004})
    result = ok(facet(data_dir, "ingest", fewer, "--sync"))
    assert f"{fewer}:line 4: price: 0.004 rounds to 0.00; a price must be at least 0.01" in result.stderr
    assert "facet: --sync removed nothing because 1 row was rejected: fix them, or add --force" in result.stderr
    assert "read 10 / ingested 0 / updated 0 / unchanged 9 / rejected 1 / removed 0" in result.stdout
    assert ask_ids(data_dir, "piece word30 ring")[0] == "P30"

    forced = ok(facet(data_dir, "ingest", fewer, "--sync", "--force"))  # P3's row is rejected: P3 goes too
    assert f"rejected 1 / removed {SHOP_ITEMS - 9}" in forced.stdout and "removed nothing" not in forced.stderr
    assert not {"P3", "P30"} & set(ask_ids(data_dir, "piece word30 word3 ring"))


def test_many_bad_rows_show_the_first_five_by_line_and_count_the_rest(shop, tmp_path):
    data_dir, _ = shop
    rows = [json.dumps({"id": f"N{n}", "title": "Ring", "category": "ring", "metal": "platinum", "price": True}) for n in range(8)]
    good = json.dumps({"id": "N-good", "title": "Good Ring", "category": "ring", "metal": "platinum", "price": 10})
    catalog = tmp_path / "mixed.jsonl"
    catalog.write_text("\n".join([good, *rows]) + "\n")
    result = ok(facet(data_dir, "ingest", catalog))
    rows_said = [line for line in messages(result.stderr) if line.startswith(str(catalog))]  # the notes on photos aside
    assert rows_said == [f"{catalog}:line {n}: price: true is not a number" for n in range(2, 7)] + [f"{catalog}: ... and 3 more rejected rows"]
    assert "read 9 / ingested 1 / updated 0 / unchanged 0 / rejected 8 / removed 0" in result.stdout


def test_an_emptied_shop_index_is_never_filled_with_the_demo(shop):
    data_dir, _ = shop
    import chromadb

    client = chromadb.PersistentClient(path=str(data_dir / "chroma"))
    for collection in client.list_collections():
        collection.delete(ids=collection.get(include=[])["ids"])  # emptied, by whatever means
    result = facet(data_dir, "ask", "a ring")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "facet: error: the shop's catalog index is empty: `facet ingest CATALOG` fills it again (`facet demo --force` puts the demo there)"
    )
    assert not (data_dir / "demo-catalog").exists()


def test_demo_refuses_to_replace_a_shops_catalog_unless_forced(shop):
    data_dir, _ = shop
    refused = facet(data_dir, "demo")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.strip() == "facet: error: the index holds a shop's catalog: `facet demo --force` replaces it with the demo catalog"
    assert ask_ids(data_dir, "piece word7 ring")[0] == "P7"

    forced = ok(facet(data_dir, "demo", "--force"))
    assert f"read {DEMO_ITEMS} / ingested {DEMO_ITEMS} / updated 0 / unchanged 0 / rejected 0 / removed {SHOP_ITEMS}" in forced.stdout
    assert ok(facet(data_dir, "demo")).returncode == 0  # the demo's own index: rebuilt freely


def test_a_new_data_folder_gets_the_demo_and_a_shop_catalog_over_it_says_so(tmp_path):
    data_dir = tmp_path / "data"
    assert len(ask_ids(data_dir, "a ring")) > 0  # brand new: the demo is built
    catalog = write_catalog(tmp_path / "shop", range(5))
    result = ok(facet(data_dir, "ingest", catalog))
    assert "facet: the index still holds the demo catalog's pieces: ingest with --sync to keep only this catalog's" in result.stderr
    ok(facet(data_dir, "ingest", catalog, "--sync"))
    refused = facet(data_dir, "demo")
    assert refused.returncode == 1 and "holds a shop's catalog" in refused.stderr


def forget_which_catalog(data_dir) -> None:
    """Make the index look as one written before it recorded which catalog it holds."""
    import chromadb

    from retrieval.store import CATALOG_KEY

    for collection in chromadb.PersistentClient(path=str(data_dir / "chroma")).list_collections():
        kept = {key: value for key, value in (collection.metadata or {}).items() if key != CATALOG_KEY}
        collection.modify(metadata=kept or {"written_by": "an older facet"})  # chromadb refuses an empty metadata


def test_an_older_index_counts_as_a_shops_unless_it_holds_only_demo_items(shop, tmp_path):
    data_dir, _ = shop
    forget_which_catalog(data_dir)
    refused = facet(data_dir, "demo")
    assert refused.returncode == 1 and "holds a shop's catalog" in refused.stderr

    demo_dir = tmp_path / "demo-data"
    ok(facet(demo_dir, "demo"))
    forget_which_catalog(demo_dir)
    assert f"read {DEMO_ITEMS} / ingested 0" in ok(facet(demo_dir, "demo")).stdout  # an older demo index: rebuilt freely


def test_reindex_switches_to_a_checked_rebuild_and_rolls_back(shop, tmp_path):
    data_dir, catalog = shop
    assert ok(facet(data_dir, "reindex", "--keep-old")).stdout.startswith(
        f"generation 0 -> 1: {SHOP_ITEMS} items, {SHOP_ITEMS} photo vectors, 5 probe queries; generation 0 kept"
    )
    renamed = write_catalog(tmp_path / "shop", range(SHOP_ITEMS), name="renamed.jsonl", P7={"title": "Piece word7 milgrain ring"})
    assert ok(facet(data_dir, "reindex", renamed, "--keep-old")).stdout.startswith("generation 1 -> 2:")  # generation 0 dropped
    assert ask_ids(data_dir, "milgrain")[0] == "P7"

    rejected = write_catalog(tmp_path / "shop", range(SHOP_ITEMS), name="rejected.jsonl", P3={"price": 0.004})
    refused = facet(data_dir, "reindex", rejected)
    assert refused.returncode == 1 and f"{rejected}:line 4: price:" in refused.stderr
    assert refused.stderr.strip().splitlines()[-1] == (
        "facet: error: 1 row of rejected.jsonl was rejected, so their items would leave the index: fix them, or add --force to rebuild without them"
    )
    assert ask_ids(data_dir, "piece word3 ring")[0] == "P3"  # still generation 2, whole

    assert ok(facet(data_dir, "reindex", "--rollback")).stdout.startswith("generation 2 -> 1:")
    assert ask_ids(data_dir, "milgrain")[0] != "P7"
    nothing_kept = facet(data_dir, "reindex", "--rollback")
    assert nothing_kept.returncode == 1 and "no earlier generation was kept" in nothing_kept.stderr
