"""The `facet` command starts without paying for what it may not need: `import ui.cli` imports no
heavy library and builds no understanding table; the assistant, imported for `facet ingest`, builds
the understanding tables only at its first request. Checked in a fresh interpreter (sys.modules and
the builders' caches), never by timing."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_LIBRARIES = ("torch", "chromadb", "gradio", "transformers", "open_clip")
READING_STEPS = ("spelling", "moves", "measures", "knowledge", "terms")


def _loaded_after(code: str) -> dict:
    """What a fresh interpreter has loaded after running `code`, which sets `extra` to a dict."""
    script = f"import json, sys\nextra = {{}}\n{code}\nprint(json.dumps({{'modules': sorted(sys.modules), **extra}}))"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_cli_loads_no_heavy_library_and_no_understanding():
    loaded = set(_loaded_after("import ui.cli")["modules"])
    assert not loaded & set(HEAVY_LIBRARIES)
    assert not {name for name in loaded if name.startswith(("assistant.", "retrieval.", "perception."))}


def test_importing_the_assistant_builds_no_understanding_table():
    found = _loaded_after(
        "import assistant.assistant\n"
        "import assistant.understanding as understanding\n"
        "from assistant.understanding import phrases\n"
        "extra['steps_built'] = understanding._steps.cache_info().currsize\n"
        "extra['phrases_built'] = phrases.default_table.cache_info().currsize"
    )
    loaded = set(found["modules"])
    assert not {f"assistant.understanding.{step}" for step in READING_STEPS} & loaded
    assert found["steps_built"] == 0 and found["phrases_built"] == 0


def test_the_first_request_builds_them():
    found = _loaded_after(
        "from assistant.understanding import PHRASES, _steps, understand\n"
        "extra['price'] = understand('gold ring under 500').constraints.price_max\n"
        "extra['steps_built'] = _steps.cache_info().currsize\n"
        "extra['has_ring'] = 'ring' in PHRASES"
    )
    assert found["steps_built"] == 1 and found["has_ring"] and found["price"] == 500
