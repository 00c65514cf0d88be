"""`kill -9` during `facet ingest`, at several points, and the next ingest: nothing lost, nothing
twice, the image tuning's fit made once, and not made again once saved. The CLI runs in another process with stand-in
encoders (tests/standin_facet.py); FACET_TEST_KILL_AFTER (retrieval/killpoints.py) kills it with
SIGKILL right after a named step."""

import json
import os
import signal

import chromadb
import pytest

from retrieval.killpoints import KILL_AFTER_ENV
from standin_facet import messages, run, write_catalog

pytestmark = pytest.mark.e2e
ITEMS = 40
BATCH = 8
# A quick fit (stand-in vectors): what matters here is whether it runs, not what it learns.
SETTINGS = ("image_tuning.views=1", "image_tuning.steps=30", "image_tuning.dim=16", f"index.ingest_batch_size={BATCH}")


def facet(data_dir, *args, kill_after: str | None = None):
    if kill_after is None:
        return run(data_dir, *args, settings=SETTINGS)
    os.environ[KILL_AFTER_ENV] = kill_after
    try:
        return run(data_dir, *args, settings=SETTINGS)
    finally:
        del os.environ[KILL_AFTER_ENV]


def fit_files(data_dir) -> dict[str, int]:
    """The saved fit and its record, with their modification times."""
    return {path.name: path.stat().st_mtime_ns for path in (data_dir / "tuning").rglob("*") if path.is_file()}


def stored_ids(data_dir) -> dict[str, list[str]]:
    client = chromadb.PersistentClient(path=str(data_dir / "chroma"))
    return {collection.name.split("-")[1]: collection.get(include=[])["ids"] for collection in client.list_collections()}


@pytest.mark.parametrize(
    "kill_after, stored_before_kill, fitted_before_kill, summary",
    [
        # two batches of text vectors written, no image vector, no fit yet: the next ingest fits
        ("text_upsert:2", {"text": 2 * BATCH, "image": 0}, False,
         f"read {ITEMS} / ingested {ITEMS - 2 * BATCH} / updated {2 * BATCH} / unchanged 0 / rejected 0 / removed 0 / image vectors tuned on {ITEMS} shots"),
        # every text vector and three batches of image vectors written: the fit was still due
        ("image_batch:3", {"text": ITEMS, "image": 3 * BATCH}, False,
         f"read {ITEMS} / ingested 0 / updated {ITEMS} / unchanged 0 / rejected 0 / removed 0 / image vectors tuned on {ITEMS} shots"),
        # every vector written and the fit saved, nothing re-tuned yet: the fit is kept, the vectors re-tuned
        ("fit", {"text": ITEMS, "image": ITEMS}, True, f"read {ITEMS} / ingested 0 / updated {ITEMS} / unchanged 0 / rejected 0 / removed 0"),
    ],
)  # fmt: skip
def test_the_next_ingest_recovers_from_kill_9(tmp_path, kill_after, stored_before_kill, fitted_before_kill, summary):
    catalog = write_catalog(tmp_path / "shop", range(ITEMS))
    data_dir = tmp_path / "data"

    killed = facet(data_dir, "ingest", catalog, kill_after=kill_after)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert {kind: len(ids) for kind, ids in stored_ids(data_dir).items()} == stored_before_kill
    fit = fit_files(data_dir)
    assert len(fit) == (2 if fitted_before_kill else 0)  # the projection and what it was fitted on, both whole

    again = facet(data_dir, "ingest", catalog)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == summary
    if fitted_before_kill:  # the saved fit was found and kept, not made again
        assert fit_files(data_dir) == fit
        assert "facet: the image tuning saved for these photos was kept (no refit)" in messages(again.stderr)

    ids = stored_ids(data_dir)
    expected = sorted(f"P{number}" for number in range(ITEMS))
    assert sorted(ids["text"]) == sorted(ids["image"]) == expected  # every item, once, in both collections
    check = facet(data_dir, "check", catalog)
    assert check.returncode == 0 and check.stdout.rstrip().endswith("no drift"), check.stdout
    words = json.loads(facet(data_dir, "ask", "piece word37 ring", "--json").stdout)
    photo = json.loads(facet(data_dir, "ask", "--image", tmp_path / "shop" / "shot-5.png", "--json").stdout)
    assert words["results"][0]["id"] == "P37" and photo["results"][0]["id"] == "P5"
