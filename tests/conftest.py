"""Shared fixtures. Models never come from the hub: tests run offline."""

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.page_client, from any folder
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

SPEECH_SAMPLE_RATE = 16_000

from https_cdn import https_cdn  # noqa: E402, F401 (the catalog format tests' photo host)
from milvus_standalone import milvus_at, milvus_standalone, milvus_standalone_uri  # noqa: E402, F401 (a Milvus server named by the environment)


@pytest.fixture
def speak(tmp_path: Path) -> Callable[..., Path]:
    """speak(text, voice="en-us", speed=160) -> a 16 kHz mono wav of espeak-ng saying it.

    Skips without espeak-ng, except in CI (CI=true), where a missing espeak-ng fails."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        if os.environ.get("CI") == "true":
            pytest.fail("espeak-ng is not installed; CI needs it for the speech tests (apt-get install espeak-ng)")
        pytest.skip("espeak-ng is not installed")
    import soundfile as sf
    import soxr

    counter = itertools.count()

    def speak(text: str, voice: str = "en-us", speed: int = 160) -> Path:
        raw = tmp_path / f"espeak_{next(counter)}.wav"
        subprocess.run([espeak, "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True, capture_output=True)
        samples, rate = sf.read(raw, dtype="float32")  # espeak-ng writes 22.05 kHz
        out = raw.with_name(raw.stem + "_16k.wav")
        sf.write(out, soxr.resample(samples, rate, SPEECH_SAMPLE_RATE), SPEECH_SAMPLE_RATE, subtype="PCM_16")
        return out

    return speak


DEMO_TEST_ITEMS = 120


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory):
    from assistant.config import Settings

    # Template answers: tests that exercise an LLM build their own (tests/test_llm.py).
    return Settings(
        data_dir=tmp_path_factory.mktemp("facet-data"), demo={"items": DEMO_TEST_ITEMS}, torch_threads=2,
        llm={"backend": "template"},
    )


@pytest.fixture(scope="session")
def demo_assistant(demo_settings):
    """A real Assistant (real offline models) over a small demo catalog, built once per test run."""
    from assistant.assistant import Assistant

    assistant = Assistant.from_settings(demo_settings)
    assistant.build_demo_catalog(progress=False)
    return assistant


CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here


@pytest.fixture(scope="module")
def chromium():
    """Skips without Debian's chromium, except in CI (CI=true), where it must be there."""
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI needs it for the browser tests (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()
