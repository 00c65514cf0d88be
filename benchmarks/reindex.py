"""`facet reindex` on each engine: a synthetic catalog (benchmarks/synthetic_catalog.py's items and vectors,
no models) is rebuilt into its next generation from the stored items while a reader (`facet
serve`'s index, another connection) keeps searching; the reader's latency before, during and
after, its errors (none expected), the generation it answered from, and what following the alias
costs a read.

    nice -n 10 python benchmarks/reindex.py [--items 2000] [--engines chroma milvus] [--out benchmarks/results/reindex.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from scale import TOP_K, percentiles  # noqa: E402
from synthetic_catalog import ItemVectorEncoder, NoImages, SyntheticEncoder, build_with_ingest, query_vectors  # noqa: E402

from retrieval.config import FusionConfig, IndexConfig  # noqa: E402
from retrieval.constraints import Constraints  # noqa: E402
from retrieval.index import CatalogIndex, connect  # noqa: E402
from retrieval.query import FusedQuery, Searcher  # noqa: E402
from retrieval.reindex import reindex  # noqa: E402

SEED = 11
QUERIES = 40  # before and after; during, as many as the rebuild lasts for
READ_CHECKS = 200  # store reads timed with nothing to do but catch up (with the alias)
FILTER = Constraints(categories=["ring"])


def timed_searches(searcher: Searcher, encoder: SyntheticEncoder, vectors: list[np.ndarray], until=None) -> dict:
    """Search latencies over `vectors` (round and round while `until()` is false, when given),
    the errors, and how many searches each generation answered."""
    latencies, errors, generations, number = [], 0, {}, 0
    while (number < len(vectors)) if until is None else not until():
        encoder.next_query = vectors[number % len(vectors)]
        started = time.perf_counter()
        try:
            searcher.search(FusedQuery(text="synthetic query", constraints=FILTER), top_k=TOP_K)
            latencies.append((time.perf_counter() - started) * 1000)
        except Exception as error:  # counted: a reader must never fail during a rebuild
            errors += 1
            print(f"  search failed: {error}", file=sys.stderr)
        generation = searcher.index.generation
        generations[generation] = generations.get(generation, 0) + 1
        number += 1
    return {**(percentiles(latencies) if latencies else {}), "queries": number, "errors": errors, "answered_from_generation": generations}


def read_check_ms(index: CatalogIndex) -> dict:
    """What a read's catch-up costs (the revision check, or asking Milvus's alias)."""
    started = time.perf_counter()
    for _ in range(READ_CHECKS):
        index._store.read(lambda: None)
    return {"generation": index.generation, "ms_per_read": round((time.perf_counter() - started) * 1000 / READ_CHECKS, 3)}


def measure(engine: str, n: int, work: Path) -> dict:
    config = IndexConfig(engine=engine)
    folder = work / engine
    built, items, ingest, _ = build_with_ingest(folder, n, index_config=config)
    reader_encoder = SyntheticEncoder(SEED)
    reader = CatalogIndex(connect(built.config, folder / "chroma"), reader_encoder, NoImages(), built.config)
    writer = CatalogIndex(connect(built.config, folder / "chroma"), ItemVectorEncoder(SEED + 1, items), NoImages(), built.config)
    searcher = Searcher(reader, FusionConfig(lexical=False))
    vectors = query_vectors(QUERIES, np.random.default_rng(SEED))
    checks_before = read_check_ms(reader)
    before = timed_searches(searcher, reader_encoder, vectors)

    done, outcome = threading.Event(), {}

    def rebuild():
        started = time.perf_counter()
        try:
            outcome["report"] = reindex(writer, progress=False)
        except Exception as error:  # reported, not raised in a thread
            outcome["error"] = repr(error)
        outcome["seconds"] = time.perf_counter() - started
        done.set()

    thread = threading.Thread(target=rebuild)
    thread.start()
    during = timed_searches(searcher, reader_encoder, vectors, until=done.is_set)
    thread.join()
    after = timed_searches(searcher, reader_encoder, vectors)
    report = outcome.get("report")
    return {
        "engine": engine,
        "items": n,
        "ingest": ingest,
        "reindex_s": round(outcome["seconds"], 2),
        "reindex_items_per_s": round(n / outcome["seconds"], 1),
        "reindex_error": outcome.get("error"),
        "generations": [report.previous, report.generation] if report else None,
        "probes": report.probes if report else None,
        "reader_items_after": reader.count(),
        "search_ms_before": before,
        "search_ms_during_rebuild": during,
        "search_ms_after": after,
        "read_check_before": checks_before,
        "read_check_after": read_check_ms(reader),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--engines", nargs="+", choices=["chroma", "milvus"], default=["chroma", "milvus"])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/reindex.json"))
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="facet-reindex-") as work:
        results = [measure(engine, args.items, Path(work)) for engine in args.engines]
    payload = {
        "what": "facet reindex from the stored items (synthetic vectors, no models) while a reader searches (category filter, dense only)",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before_after": [round(x, 2) for x in (*load_before, *os.getloadavg())]},  # fmt: skip
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2) + "\n")
    print(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
