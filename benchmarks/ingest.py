"""Ingest speed of a shop's export, end to end: a 1,000-product Shopify export (the demo generator's
1,000 items, each with its own rendered photo, exported by benchmarks/demo_export.py: variants,
HTML bodies, attributes left in the words and photos) with its photos downloaded from a local HTTPS
server in its own process (benchmarks/photo_server.py, https), through `Assistant.ingest` (read, extract,
download and normalise photos, embed text and photos, fit the photo probes, write twice, write
the report).

    nice -n 10 python benchmarks/ingest.py [--items 1000] [--out benchmarks/results/ingest.json]

Three runs into fresh data folders: the default first ingest (which tunes the image vectors to the
catalog once, retrieval/tuning.py), the same without the tuning fit (`image_tuning.enabled=false`),
and a re-ingest of the unchanged export (--no-untuned leaves the second out). A first ingest also
records when every item was searchable: its text and photo vectors written, before the tuning fit,
the re-tuning of the photo vectors and the facts read from photos, which follow. Target: >= 20
items/s on 2 cores for the whole ingest. On a machine shared with other jobs, wall-clock items/s understates it; each run also
records the CPU time it used and the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.assistant import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from benchmarks.demo_export import demo_items, served_export  # noqa: E402

TARGET_ITEMS_PER_SECOND = 20.0
CORES = 2  # the target machine


def timed_ingest(export: Path, data_dir: Path, **settings) -> dict:
    assistant = Assistant.from_settings(Settings(data_dir=data_dir, images={"allow_private_hosts": True}, llm={"backend": "template"}, **settings))
    assistant.index.text_encoder.encode_text(["warm up"])  # model loading is not ingest time
    started, cpu = time.perf_counter(), cpu_seconds()
    report, _ = assistant.ingest(export, progress=False)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    items = report.ingested + report.updated + report.unchanged
    searchable = round(report.searchable_at - started, 1) if report.searchable_at else None
    return {"seconds": round(seconds, 1), "items": items, "items_per_second": round(items / seconds, 1), "cpu_seconds": round(cpu, 1),
            **per_cpu(items, cpu), "seconds_until_searchable": searchable,
            "items_per_second_until_searchable": round(items / searchable, 1) if searchable else None,
            "summary": report.summary(), "assistant": assistant}  # fmt: skip


def cpu_seconds() -> float:
    """CPU time (user + system, every thread) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def per_cpu(items: int, cpu: float) -> dict:
    """What the run would reach with both cores to itself: the CPU time it used spread over CORES
    (an upper bound: it assumes the work splits evenly); for runs on a machine shared with other jobs."""
    return {"items_per_cpu_second": round(items / cpu, 1), f"items_per_second_if_{CORES}_cores_were_free": round(CORES * items / cpu, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/ingest.json"))
    parser.add_argument("--no-untuned", action="store_true", help="leave out the run without the tuning fit")
    args = parser.parse_args()
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="facet-ingest-"))
    try:
        items = demo_items(work / "demo", args.items)
        with served_export(items, work / "export") as (export, _):
            rows = sum(1 for _ in export.open(encoding="utf-8")) - 1
            runs = {"first ingest (tuning fit included)": timed_ingest(export, work / "data-tuned")}
            if not args.no_untuned:
                runs["first ingest, no tuning fit"] = timed_ingest(export, work / "data-untuned", image_tuning={"enabled": False})
            again = runs["first ingest (tuning fit included)"]["assistant"]
            started, cpu = time.perf_counter(), cpu_seconds()
            report, _ = again.ingest(export, progress=False)
            seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
            runs["re-ingest, unchanged"] = {"seconds": round(seconds, 1), "items": len(items), "items_per_second": round(len(items) / seconds, 1),
                                            "cpu_seconds": round(cpu, 1), **per_cpu(len(items), cpu), "summary": report.summary()}  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for run in runs.values():
        run.pop("assistant", None)
    print(f"{args.items} products, {rows} CSV rows, photos over HTTP from 127.0.0.1\n")
    print(f"| run | seconds | items/s | searchable after s (items/s) | CPU s | items/s if {CORES} cores were free | summary |\n|---|---|---|---|---|---|---|")
    for name, run in runs.items():
        print(f"| {name} | {run['seconds']} | {run['items_per_second']} | {run.get('seconds_until_searchable')} "
              f"({run.get('items_per_second_until_searchable')}) | {run['cpu_seconds']} | "
              f"{run[f'items_per_second_if_{CORES}_cores_were_free']} | {run['summary']} |")
    verdict = {name: {"items_per_second": run["items_per_second"], "target": TARGET_ITEMS_PER_SECOND,
                      "met": run["items_per_second"] >= TARGET_ITEMS_PER_SECOND} for name, run in runs.items()}  # fmt: skip
    print(f"\ntargets: {json.dumps(verdict)}\nload average before {load_before}, after {os.getloadavg()}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"products": args.items, "csv_rows": rows, "runs": runs, "targets": verdict,
                                    "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                                "load_average_before": load_before, "load_average_after": os.getloadavg()}}, indent=2))  # fmt: skip
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
