"""What caching the drawn reference shots' vectors saves an ingest (issue 15; retrieval/reference_shots.py).

A catalog whose listings name no kind Facet reads has its photos' kinds read against Facet's own
drawn shots: 480 pieces rendered and encoded with the catalog's image encoder. Their vectors are
kept in the data folder's cache (<data_dir>/cache/reference-shots/). Measured here on the demo
export with every kind word hidden (benchmarks/extraction.py --hide-kind-words), ingested as an
owner would:

- first run: a fresh data folder, nothing cached;
- second run: the same export ingested again into the same folder (the cache, and the index's
  vectors, already there);
- a new shop's first ingest with the cache already made (a fresh data folder given the first
  run's cache folder): the cache's saving alone, every photo embedded again.

Each run reports the ingest's seconds and those spent making the drawn shots' vectors.

    nice -n 10 python benchmarks/photo_reference_cache.py --out benchmarks/results/photo_reference_cache.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.demo_export import demo_items, served_export  # noqa: E402
from benchmarks.extraction import hide_kind_words, ingest  # noqa: E402
from retrieval import importer  # noqa: E402
from retrieval.reference_shots import CACHE_FOLDER  # noqa: E402

CACHE = "cache"  # Settings.cache_dir under the data folder


def timed_reference(seconds: list[float]):
    """importer.reference_kind_probe, timed."""
    made = importer.reference_kind_probe

    def probe(*args, **kwargs):
        started = time.perf_counter()
        try:
            return made(*args, **kwargs)
        finally:
            seconds.append(time.perf_counter() - started)
    return probe


def run(export: Path, data_dir: Path, label: str) -> dict:
    seconds: list[float] = []
    importer.reference_kind_probe = timed_reference(seconds)
    items, summary, total = ingest(export, data_dir, "USD")
    cached = data_dir / CACHE / CACHE_FOLDER
    print(f"{label}: ingest {total:.1f}s, drawn shots {sum(seconds):.1f}s", flush=True)
    return {"ingest_seconds": round(total, 1), "drawn_shot_seconds": round(sum(seconds), 1), "drawn_shot_probes_made": len(seconds),
            "cache_files": sorted(path.name for path in cached.glob("*.npz")) if cached.is_dir() else [],
            "items": len(items), "summary": summary["summary"]}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=480, help="demo catalog size")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/photo_reference_cache.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="facet-reference-cache-"))
    try:
        items = demo_items(work / "demo", args.items)
        with served_export(items, work / "export") as (export, _):
            hide_kind_words(export)
            first = run(export, work / "data", "first run")
            second = run(export, work / "data", "second run")
            (work / "other" / CACHE).mkdir(parents=True)
            shutil.copytree(work / "data" / CACHE / CACHE_FOLDER, work / "other" / CACHE / CACHE_FOLDER)
            new_shop = run(export, work / "other", "a new shop's first run, cache made")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {"catalog": f"demo export, {args.items} products, every kind word hidden", "first_run": first, "second_run": second,
              "new_shop_first_run_cache_made": new_shop}  # fmt: skip
    print(json.dumps(report, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
