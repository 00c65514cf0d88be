"""Latency, throughput and memory of Facet on the demo catalog, checked against the targets.

    python benchmarks/latency.py [--items 480] [--runs 30] [--out benchmarks/results/latency.json]

Measures: text / photo / voice turn p50 and p95 (no LLM), ingest throughput with images
(models already loaded, demo images already rendered), and the resident memory of
`facet serve` after a text, a photo and a voice turn have loaded every model.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.assistant import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from retrieval.catalog import load_catalog  # noqa: E402
from retrieval.demo.generate import write_demo_catalog  # noqa: E402
from retrieval.index import CatalogIndex  # noqa: E402

TARGETS = {
    "text_turn_p50_ms": 150,
    "photo_turn_p50_ms": 250,
    "voice_turn_p50_ms": 1200,
    "ingest_items_per_s": 40,
    "serve_rss_mb": 3072,
}
HIGHER_IS_BETTER = {"ingest_items_per_s"}
TEXT_QUERIES = [
    "rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone",
    "platinum engagement ring with a diamond", "vintage style brooch", "yellow gold bangle under 1500",
    "something minimalist for everyday", "emerald pendant", "white gold hoops", "no diamonds, a ruby ring",
    "anklet for the beach", "gift for my mom under 300", "art deco sapphire ring", "men's wedding band",
    "14k gold chain necklace", "amethyst studs", "statement necklace for a party", "bracelet between 200 and 600",
]  # fmt: skip
SPOKEN_QUERIES = [
    "show me a rose gold ring with a diamond",
    "I am looking for pearl earrings under three hundred dollars",
    "do you have a silver necklace with a blue sapphire",
    "a platinum wedding band for my husband",
]
SPEECH_SECONDS = 4.0
SERVE_START_TIMEOUT_S = 600


def percentiles(samples: list[float]) -> dict[str, float]:
    return {"p50": round(float(np.percentile(samples, 50)), 1), "p95": round(float(np.percentile(samples, 95)), 1)}


def time_turns(assistant: Assistant, turns: list[dict], runs: int) -> list[float]:
    assistant.turn(**turns[0])  # warm caches; models are already loaded
    timings = []
    for run in range(runs):
        started = time.perf_counter()
        assistant.turn(**turns[run % len(turns)])
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def spoken_clips(folder: Path) -> list[Path]:
    """espeak-ng utterances padded with silence to about SPEECH_SECONDS, as a browser would record."""
    import soundfile as sf

    clips = []
    for number, text in enumerate(SPOKEN_QUERIES):
        raw = folder / f"spoken_{number}.wav"
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(raw), text], check=True, capture_output=True)
        samples, rate = sf.read(raw, dtype="float32")
        pad = max(0, int(SPEECH_SECONDS * rate) - len(samples)) // 2
        padded = np.concatenate([np.zeros(pad, np.float32), samples, np.zeros(pad, np.float32)])
        sf.write(raw, padded, rate)
        clips.append(raw)
    return clips


def measure_ingest(catalog: Path, settings: Settings, assistant: Assistant) -> dict:
    """Ingest the whole demo catalog into an empty index, with models already loaded."""
    loaded = load_catalog(catalog, currency=settings.currency)
    loaded_models = assistant.index
    empty_config = settings.index.model_copy(update={"collection_prefix": "bench"})
    index = CatalogIndex(loaded_models.client, loaded_models.text_encoder, loaded_models.image_encoder, empty_config)
    started = time.perf_counter()
    report = index.ingest(loaded.items, progress=False)
    seconds = time.perf_counter() - started
    return {"items": report.ingested, "seconds": round(seconds, 2), "items_per_s": round(report.ingested / seconds, 1)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure_serve_rss(data_dir: Path, photo: Path, clip: Path) -> float:
    """RSS of `facet serve` (and its children) once a text, photo and voice turn have run."""
    from gradio_client import handle_file

    port = free_port()
    facet = Path(sys.prefix) / "bin" / "facet"
    server = subprocess.Popen(
        [str(facet), "--data-dir", str(data_dir), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        client = _connect(f"http://127.0.0.1:{port}/", server)
        client.predict("rose gold ring", None, None, api_name="/turn")
        client.predict("", handle_file(str(photo)), None, api_name="/turn")
        client.predict("", None, handle_file(str(clip)), api_name="/turn")
        return round(_tree_rss_mb(server.pid), 1)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _connect(url: str, server: subprocess.Popen):
    from gradio_client import Client

    deadline = time.time() + SERVE_START_TIMEOUT_S
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError("facet serve exited before it was ready")
        try:
            return Client(url, verbose=False)
        except Exception:  # not listening yet
            time.sleep(1)
    raise TimeoutError("facet serve did not come up")


def _tree_rss_mb(pid: int) -> float:
    pids = [pid] + [int(p) for p in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()]
    total_kb = 0
    for each in pids:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total_kb += int(line.split()[1])
    return total_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=Settings().demo.items)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/latency.json"))
    parser.add_argument("--skip-serve", action="store_true", help="do not start `facet serve` for the memory figure")
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        sys.exit("benchmarks/latency.py needs espeak-ng for the voice turns (apt-get install espeak-ng)")

    work = Path(tempfile.mkdtemp(prefix="facet-bench-"))
    settings = Settings(data_dir=work / "data", demo={"items": args.items}, llm={"backend": "template"})
    assistant = Assistant.from_settings(settings)
    assistant.warm_up()
    render_started = time.perf_counter()
    catalog = write_demo_catalog(settings.demo_dir, n=args.items, seed=settings.demo.seed, image_size=settings.demo.image_size)
    render_seconds = time.perf_counter() - render_started
    ingest = measure_ingest(catalog, settings, assistant)
    assistant.build_demo_catalog(progress=False)

    images = sorted((settings.demo_dir / "images").glob("*.png"))
    clips = spoken_clips(work)
    text = time_turns(assistant, [{"text": query} for query in TEXT_QUERIES], args.runs)
    photo = time_turns(assistant, [{"image": path} for path in images[: args.runs]], args.runs)
    voice = time_turns(assistant, [{"audio": clip} for clip in clips], max(len(clips) * 2, args.runs // 3))
    rss = None if args.skip_serve else measure_serve_rss(settings.data_dir, images[0], clips[0])

    results = {
        "text_turn_ms": percentiles(text),
        "photo_turn_ms": percentiles(photo),
        "voice_turn_ms": percentiles(voice),
        "ingest": ingest,
        "demo_render": {"items": args.items, "seconds": round(render_seconds, 2)},
        "serve_rss_mb": rss,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "torch_threads": settings.torch_threads},
    }
    measured = {
        "text_turn_p50_ms": results["text_turn_ms"]["p50"],
        "photo_turn_p50_ms": results["photo_turn_ms"]["p50"],
        "voice_turn_p50_ms": results["voice_turn_ms"]["p50"],
        "ingest_items_per_s": ingest["items_per_s"],
        "serve_rss_mb": rss,
    }
    results["targets"] = {name: _verdict(name, measured[name]) for name in TARGETS}
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(f"\nwrote {args.out}")
    return 0


def _verdict(name: str, value: float | None) -> dict:
    target = TARGETS[name]
    if value is None:
        return {"value": None, "target": target, "met": None}
    met = value >= target if name in HIGHER_IS_BETTER else value <= target
    return {"value": value, "target": target, "met": met}


def print_table(results: dict) -> None:
    print(f"\n{'measure':<22}{'p50':>10}{'p95':>10}")
    for name in ("text_turn_ms", "photo_turn_ms", "voice_turn_ms"):
        print(f"{name:<22}{results[name]['p50']:>10}{results[name]['p95']:>10}")
    print(f"\n{'target':<22}{'value':>10}{'target':>10}  met")
    for name, verdict in results["targets"].items():
        sign = ">=" if name in HIGHER_IS_BETTER else "<="
        met = {True: "yes", False: "NO", None: "-"}[verdict["met"]]
        print(f"{name:<22}{str(verdict['value']):>10}{sign + str(verdict['target']):>10}  {met}")


if __name__ == "__main__":
    sys.exit(main())
