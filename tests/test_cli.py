"""The `facet` command end to end, as a shell user runs it: separate processes, real models."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
FACET = str(Path(sys.prefix) / "bin" / "facet")
DEMO_ITEMS = "60"


def facet(data_dir, *args, check=True, llm="template"):
    result = subprocess.run(
        [FACET, "--data-dir", str(data_dir), "--set", f"demo.items={DEMO_ITEMS}", "--set", f"llm.backend={llm}", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("facet-cli")
    summary = facet(folder, "demo").stdout
    assert f"read {DEMO_ITEMS} / ingested {DEMO_ITEMS}" in summary
    return folder


def ask_json(data_dir, *args):
    return json.loads(facet(data_dir, "ask", *args, "--json").stdout)


def test_ask_text_prints_the_json_contract(data_dir):
    reply = ask_json(data_dir, "a ring under $500", "--top-k", "3")  # (a necklace is never a pendant: few under $500)
    assert set(reply) == {"transcript", "constraints", "results", "answer"}
    assert reply["transcript"] is None and reply["constraints"]["price_max"] == 500
    assert 0 < len(reply["results"]) <= 3
    for result in reply["results"]:
        assert set(result) == {"id", "title", "price", "currency", "score", "why"}
        assert result["price"] <= 500 and result["currency"] == "USD"
        assert result["title"] in reply["answer"]


def test_ask_with_a_photo_and_with_speech(data_dir, speak):
    image = next((data_dir / "demo-catalog" / "images").glob("*.png"))
    by_photo = ask_json(data_dir, "--image", image)
    assert by_photo["results"][0]["id"] == image.stem

    by_voice = ask_json(data_dir, "--audio", speak("show me a yellow gold bracelet"))
    assert "bracelet" in by_voice["transcript"].lower()
    assert by_voice["constraints"]["categories"] == ["bracelet"]  # never a bangle


def test_session_file_keeps_the_conversation(data_dir, tmp_path):
    session = tmp_path / "conversation.json"
    ask_json(data_dir, "rose gold please", "--session", session)
    second = ask_json(data_dir, "rings under 700", "--session", session)
    assert second["constraints"]["metals"] == ["rose gold"] and second["constraints"]["price_max"] == 700


def test_ingest_reports_bad_rows_by_line_and_keeps_the_rest(data_dir, tmp_path):
    rows = [
        {"id": "NEW-1", "title": "Test Locket", "category": "pendant", "metal": "sterling silver", "price": 89},
        {"id": "NEW-2", "title": "Broken", "category": "ring", "metal": "platinum", "price": "free"},
    ]
    catalog = tmp_path / "extra.jsonl"
    catalog.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    result = facet(data_dir, "ingest", catalog)
    assert f"{catalog}:line 2: price:" in result.stderr
    assert "read 2 / ingested 1 / updated 0 / unchanged 0 / rejected 1" in result.stdout


def test_errors_are_one_line_on_stderr_with_a_nonzero_exit(data_dir, tmp_path):
    empty = facet(data_dir, "ask", "", check=False)
    assert empty.returncode == 1 and empty.stdout == ""
    assert empty.stderr.strip().splitlines()[-1].startswith("facet: error: empty query")

    (tmp_path / "photo.jpg").write_text("this is not a photo")
    corrupt = facet(data_dir, "ask", "--image", tmp_path / "photo.jpg", check=False)
    assert corrupt.returncode == 1 and "could not read the photo" in corrupt.stderr.splitlines()[-1]

    missing = facet(data_dir, "ingest", tmp_path / "nope.csv", check=False)
    assert missing.returncode == 1 and "catalog file not found" in missing.stderr


@pytest.mark.parametrize("runtime", [
    pytest.param(backend, marks=pytest.mark.skipif(importlib.util.find_spec(module) is None, reason=f"{module} is not installed"))
    for backend, module in (("xllamacpp", "xllamacpp"), ("llama_cpp", "llama_cpp"))
])  # fmt: skip
def test_ask_streams_the_cards_then_the_local_model_answer(data_dir, runtime):
    out = facet(data_dir, "ask", "a rose gold ring under $900", llm=runtime).stdout
    cards, _, prose = out.partition("\n\n")
    assert cards.startswith("[1] ") and "$" in cards
    assert prose.strip()
