"""How Facet's retrieval grows with the catalog: 10k, 100k and 1M synthetic items.

    nice -n 10 python benchmarks/scale.py [--sizes 10000 100000 1000000] [--budget-minutes 40]
                                          [--queries 25] [--out benchmarks/results/scale.json]
                                          [--engine chroma|milvus] [--milvus-uri http://127.0.0.1:19530]
                                          [--engine-pid PID] [--engine-data DIR] [--index-set KEY=VALUE ...]

Items come from the demo generator (benchmarks/synthetic_catalog.py: tiled with new ids past GENERATED_ITEMS, prices jittered);
vectors are synthesized (a centroid per category, metal and stone plus noise), so the figures
are the store's and the ranking's, not the encoders'. For each size: ingest throughput, index
size on disk, resident memory, and query latency p50/p95 through the product's Searcher
(dense signals, hard constraints in chromadb's `where`) under filters of varied selectivity.
Up to 100k items the real ingest path (`CatalogIndex.ingest`) is measured, with price/stock
re-ingest, deletions and `check`; the 1M index is written with batched `collection.add`
and stops at the time budget, in which case the partial figures are reported as such.
At the smallest size the same queries also run against the engine as a server process on
127.0.0.1 (`chroma run`, `milvus-lite server`, started by benchmarks/processes.py), whose resident memory is reported beside Facet's.

`--engine milvus` measures the Milvus store (retrieval/milvus_store.py, embedded milvus-lite).
`--milvus-uri URI` measures every size on a Milvus
server already running there (a standalone or a cluster; collections `scale<N>_*`, dropped after
each size unless --reuse); `--engine-pid` names its process, whose resident memory (with its
children's) is reported beside Facet's, and `--engine-data` its data folder, whose size is the
disk figure. Writes made in bulk are flushed and the run waits until the server has built the
vector index of every sealed segment before it queries (`index_wait_s`): until then a server
searches those segments through a coarse interim index. `--index-set milvus.index_type=IVF_FLAT`
(any key of IndexConfig, dotted) changes the index it builds and how it is searched. For every engine, recall@10 of the engine's own
filtered search (`CatalogIndex.nearest` under each filter) is measured against exact search
over every stored vector that passes the filter (retrieval/where.py), asked for 10 and
for the Searcher's pool. Every engine filters with its own `where` at every size; "store"
columns time the engine's raw filtered query, "search" the whole Searcher around it.
`--reuse` keeps each size's store in --work and measures an existing one instead of building
it again (its build figures are read from build.json beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.processes import EngineServer, disk_mb, drop_size, engine_memory_mb, peak_rss_mb, rss_mb, start_chroma_server, start_milvus_server
from benchmarks.synthetic_catalog import (GENERATED_ITEMS, SEED, NoImages, SyntheticEncoder, build_with_add, build_with_ingest,
                                          query_vectors)
from retrieval.where import keys_read, meets
from retrieval.catalog import Item
from retrieval.config import FusionConfig, IndexConfig, deep_merge
from retrieval.constraints import Constraints
from retrieval.index import CatalogIndex, connect
from retrieval.query import FusedQuery, Searcher

QUERIES_PER_FILTER = 25
STORE_QUERIES_WHEN_SLOW = 5  # chromadb's own filtered query at 1M takes seconds: a few samples
TOP_K = 8
RECALL_AT = 10
FILTERS = {
    "none": Constraints(),
    "category": Constraints(categories=["ring"]),
    "price <= 300": Constraints(price_max=300),
    "category + metal": Constraints(categories=["earrings"], metals=["white gold"]),
    "category + price range": Constraints(categories=["necklace", "pendant"], price_min=200, price_max=800),
    "stock + stone + metal": Constraints(in_stock_only=True, gemstones=["sapphire"], metals=["platinum", "white gold"]),
}


def percentiles(samples: list[float]) -> dict[str, float]:
    return {"p50": round(float(np.percentile(samples, 50)), 1), "p95": round(float(np.percentile(samples, 95)), 1)}


def time_queries(index: CatalogIndex, encoder: SyntheticEncoder, fusion: FusionConfig, vectors: list[np.ndarray],
                 store_queries: bool = True) -> dict:  # fmt: skip
    """Per filter and overall: the raw store query (chromadb filtering) and the whole Searcher."""
    searcher = Searcher(index, fusion)
    load_before = os.getloadavg()
    store: dict[str, list[float]] = {}
    search: dict[str, list[float]] = {}
    for name, constraints in FILTERS.items():
        where = constraints.where()
        store[name], search[name] = [], []
        encoder.next_query = vectors[0]
        searcher.search(FusedQuery(text="warm up", constraints=constraints), top_k=TOP_K)
        for number, vector in enumerate(vectors):
            if store_queries or number < STORE_QUERIES_WHEN_SLOW:
                started = time.perf_counter()
                index.texts.query(query_embeddings=[vector], n_results=fusion.candidate_pool, where=where,
                                  include=["metadatas", "embeddings"])  # fmt: skip
                store[name].append((time.perf_counter() - started) * 1000)
            encoder.next_query = vector
            started = time.perf_counter()
            hits = searcher.search(FusedQuery(text="synthetic query", constraints=constraints), top_k=TOP_K)
            search[name].append((time.perf_counter() - started) * 1000)
            assert all(constraints.allows(hit.item) for hit in hits), f"a hit violates {name}"
    encoder.next_query = None
    load_after = os.getloadavg()
    everything = lambda samples: [ms for name in FILTERS for ms in samples[name]]  # noqa: E731
    filtered = [ms for name in FILTERS if name != "none" for ms in search[name]]
    return {
        "store_ms": percentiles(everything(store)),
        "search_ms": percentiles(everything(search)),
        "filtered_search_ms": percentiles(filtered),
        "per_filter": {
            name: {"store_ms": percentiles(store[name]), "search_ms": percentiles(search[name])} for name in FILTERS
        },
        "searcher_path": f"{index.config.engine} where",
        "load_average_before_after": [round(load, 2) for load in (*load_before, *load_after)],
    }


def stored_vectors(index: CatalogIndex) -> tuple[list[str], list[dict], np.ndarray]:
    """Every stored text row: ids, the metadata FILTERS read, and unit vectors (for exact search).
    On Milvus only those fields are read (each row's item JSON at 1M is gigabytes of Python objects)."""
    ids, metadatas, stored = [], [], []
    keys = set().union(*(keys_read(constraints.where()) for constraints in FILTERS.values()))
    for page in stored_pages(index, keys):
        ids += page["ids"]
        metadatas += [{key: value for key, value in metadata.items() if key in keys} for metadata in page["metadatas"]]
        stored.append(np.asarray(page["embeddings"], dtype=np.float32))
    matrix = np.concatenate(stored)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return ids, metadatas, matrix


def stored_pages(index: CatalogIndex, keys: set[str]):
    if index.config.engine != "milvus":
        yield from index.pages("text", include=("metadatas", "embeddings"))
        return
    from retrieval.milvus_rows import ID_FIELD, VECTOR_FIELD

    iterator = index.client.query_iterator(index.texts.name, batch_size=index.config.milvus.read_page_rows, filter="",
                                           output_fields=[ID_FIELD, VECTOR_FIELD, *sorted(keys)])  # fmt: skip
    try:
        while rows := iterator.next():
            yield {"ids": [row[ID_FIELD] for row in rows], "embeddings": [row[VECTOR_FIELD] for row in rows],
                   "metadatas": [{key: row.get(key) for key in keys if row.get(key) is not None} for row in rows]}  # fmt: skip
    finally:
        iterator.close()


def exact_nearest(stored: tuple[list[str], list[dict], np.ndarray], where: dict | None, vectors: list[np.ndarray]) -> tuple[float, list[set[str]]]:
    """The share of stored rows passing `where`, and each vector's true nearest RECALL_AT among them."""
    ids, metadatas, matrix = stored
    passing = np.flatnonzero([meets(metadata, where) for metadata in metadatas])
    truths = []
    for vector in vectors:
        scores = (matrix @ (vector / np.linalg.norm(vector)))[passing]  # not matrix[passing]: a copy of every vector per query
        truths.append({ids[passing[row]] for row in np.argsort(-scores)[:RECALL_AT]})
    return len(passing) / len(ids), truths


def measure_recall(index: CatalogIndex, vectors: list[np.ndarray], pool: int) -> dict:
    """recall@10 of the engine's filtered nearest-neighbour search against exact search over
    every stored vector passing the filter: asked for 10, and for the Searcher's pool (whose
    candidates are re-scored exactly, so what counts is whether the true 10 are among them)."""
    stored = stored_vectors(index)
    per_filter, load_before = {}, os.getloadavg()
    for name, constraints in FILTERS.items():
        where = constraints.where()
        share, truths = exact_nearest(stored, where, vectors)
        at_k, at_pool, pool_ms = [], [], []
        for vector, exact in zip(vectors, truths):
            if not exact:
                continue
            found = index.nearest("text", vector.tolist(), RECALL_AT, where, include=())["ids"]
            started = time.perf_counter()
            pooled = index.nearest("text", vector.tolist(), pool, where, include=())["ids"]
            pool_ms.append((time.perf_counter() - started) * 1000)
            at_k.append(len(exact & set(found)) / len(exact))
            at_pool.append(len(exact & set(pooled)) / len(exact))
        per_filter[name] = {"share": round(share, 4), f"recall@{RECALL_AT}": round(float(np.mean(at_k)), 4),
                            f"recall@{RECALL_AT}_in_pool_{pool}": round(float(np.mean(at_pool)), 4),
                            f"nearest_{pool}_ids_ms": percentiles(pool_ms) if pool_ms else None}  # fmt: skip
    worst = lambda key: min(v[key] for v in per_filter.values())  # noqa: E731
    return {f"worst_recall@{RECALL_AT}": worst(f"recall@{RECALL_AT}"), f"worst_recall@{RECALL_AT}_in_pool": worst(f"recall@{RECALL_AT}_in_pool_{pool}"),
            "per_filter": per_filter, "load_average_before_after": [round(load, 2) for load in (*load_before, *os.getloadavg())]}  # fmt: skip


def measure_updates(index: CatalogIndex, items: list[Item], encoder: SyntheticEncoder) -> dict:
    """Price and stock changes on 1% of items, deletion of 100, and `check`, through the product path."""
    rng = random.Random(SEED)
    changed = {item.id for item in rng.sample(items, max(1, len(items) // 100))}
    updated = [
        item.model_copy(update={"price": round(item.price * 0.9, 2), "in_stock": not item.in_stock}) if item.id in changed else item
        for item in items
    ]
    started = time.perf_counter()
    report = index.ingest(updated, progress=False)
    price_seconds = time.perf_counter() - started
    assert report.updated == len(changed) and report.unchanged == len(items) - len(changed), report.summary()

    victim = updated[len(updated) // 2]
    encoder.next_query = np.asarray(index.texts.get(ids=[victim.id], include=["embeddings"])["embeddings"][0], dtype=np.float32)
    searcher = Searcher(index, FusionConfig(lexical=False))
    query = FusedQuery(text="synthetic", constraints=Constraints(categories=[victim.category], metals=[victim.metal],
                                                                 gemstones=[victim.gemstone]))  # fmt: skip
    before = [hit.item.id for hit in searcher.search(query, top_k=200)]
    doomed = {victim.id, *(item.id for item in rng.sample(updated, 99))}
    kept = [item for item in updated if item.id not in doomed]
    started = time.perf_counter()
    removal = index.ingest(kept, sync=True, progress=False)
    delete_seconds = time.perf_counter() - started
    after = [hit.item.id for hit in searcher.search(query, top_k=200)]
    encoder.next_query = None

    started = time.perf_counter()
    drift = index.check(kept)
    check_seconds = time.perf_counter() - started
    return {
        "price_stock_changes": len(changed),
        "price_stock_reingest_s": round(price_seconds, 2),
        "deleted": removal.removed,
        "delete_reingest_s": round(delete_seconds, 2),
        "deleted_item_found_before": victim.id in before,
        "deleted_item_found_after": victim.id in after,
        "check_s": round(check_seconds, 2),
        "check_drift": drift.drifted,
    }


def measure_size(n: int, work: Path, budget_s: float, with_server: bool, queries: int, reuse: bool, config: IndexConfig,
                 engine: EngineServer | None = None) -> dict:  # fmt: skip
    folder = work / f"{config.engine}-{n}"
    fusion = FusionConfig(lexical=False)
    vectors = query_vectors(queries, np.random.default_rng(SEED + n))
    result: dict = {"items": n, "engine": config.engine, "load_average_at_start": [round(load, 2) for load in os.getloadavg()]}
    if config.engine == "milvus":
        result["milvus"] = {"uri": config.milvus_uri, **config.milvus.model_dump(include={"index_type", "index_wait_s", "partition_key", "num_partitions", "read_consistency"}),
                            "index": config.milvus.index.model_dump()}  # fmt: skip
    if reuse and (folder / "build.json").exists():
        encoder = SyntheticEncoder(SEED)
        index = CatalogIndex(connect(config, folder / "chroma"), encoder, NoImages(), config)
        items = None
        result["ingest"] = json.loads((folder / "build.json").read_text()) | {"reused": True}
    elif n <= GENERATED_ITEMS * 2:
        index, items, ingest, encoder = build_with_ingest(folder, n, index_config=config)
        result["ingest"] = ingest | {"path": "CatalogIndex.ingest"}
    else:
        index, ingest, encoder = build_with_add(folder, n, budget_s, config)
        items = None
        started = time.perf_counter()
        index.settle()  # flushed, and on a Milvus server indexed
        result["ingest"] = ingest | {"path": "collection.add", "settle_s": round(time.perf_counter() - started, 1)}
        folder.mkdir(parents=True, exist_ok=True)  # a server's store is not under it
        (folder / "build.json").write_text(json.dumps(result["ingest"]))
    result["indexed"] = index.count()
    result["peak_rss_mb"] = peak_rss_mb()
    result["disk_mb"] = disk_mb(engine.data if engine and engine.data else folder)
    if engine:
        result["engine_server"] = {"pid": engine.pid, **({"after_build": engine_memory_mb(engine.pid)} if engine.pid else {})}
    result["embedded"] = time_queries(index, encoder, fusion, vectors, store_queries=n <= GENERATED_ITEMS * 2)
    result["rss_after_queries_mb"] = rss_mb()
    if engine and engine.pid:
        result["engine_server"]["after_queries"] = engine_memory_mb(engine.pid)
    result["recall"] = measure_recall(index, vectors, fusion.candidate_pool)
    if items is not None:
        encoder.next_query = vectors[0]
        started = time.perf_counter()
        index.lexical()
        result["bm25_build_s"] = round(time.perf_counter() - started, 2)
        result["hybrid"] = time_queries(index, encoder, FusionConfig(), vectors)
        result["updates"] = measure_updates(index, items, encoder)
    if with_server and items is not None:
        result["server"] = measure_server(work, n, items, fusion, vectors, config)
    return result


def measure_server(work: Path, n: int, items: list[Item], fusion: FusionConfig, vectors: list[np.ndarray], config: IndexConfig) -> dict:
    if config.engine == "milvus":
        server, port = start_milvus_server(work / f"server-{n}")
        config = config.model_copy(update={"milvus_uri": f"http://127.0.0.1:{port}"})
    else:
        server, port = start_chroma_server(work / f"server-{n}")
        config = config.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": port})
    try:
        index, _, ingest, encoder = build_with_ingest(work / "unused", n, index_config=config)
        queries = time_queries(index, encoder, fusion, vectors)
        return {"ingest": ingest, "queries": queries, "engine_rss_mb": rss_mb(server.pid), "facet_rss_mb": rss_mb(),
                "recall": measure_recall(index, vectors, fusion.candidate_pool)}  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)


def print_table(results: list[dict]) -> None:
    print(f"\n{'items':>9} {'indexed':>9} {'ingest/s':>9} {'disk MB':>8} {'RSS MB':>8} "
          f"{'store p50':>10} {'p95':>7} {'search p50':>11} {'p95':>7} {'filtered p50':>13} {'p95':>7} {'searcher':>15}")  # fmt: skip
    for r in results:
        e = r["embedded"]
        print(f"{r['items']:>9,} {r['indexed']:>9,} {r['ingest']['items_per_s']:>9} {r['disk_mb']:>8} {r['rss_after_queries_mb']:>8} "
              f"{e['store_ms']['p50']:>10} {e['store_ms']['p95']:>7} {e['search_ms']['p50']:>11} {e['search_ms']['p95']:>7} "
              f"{e['filtered_search_ms']['p50']:>13} {e['filtered_search_ms']['p95']:>7} {e['searcher_path']:>15}")  # fmt: skip
    for r in results:
        print(f"{r['items']:>9,}  recall@{RECALL_AT} of the engine's filtered search against exact, worst filter: "
              f"{r['recall'][f'worst_recall@{RECALL_AT}']} (asked for {RECALL_AT}), {r['recall'][f'worst_recall@{RECALL_AT}_in_pool']} (in the pool)")
    print("\nper filter [share of items passing]: the engine's own filtered query p50 | Searcher p50 / p95, ms")
    for r in results:
        shares = {name: v["share"] for name, v in r["recall"]["per_filter"].items()}
        cells = "  ".join(f"{name} [{shares[name]}]: {v['store_ms']['p50']} | {v['search_ms']['p50']}/{v['search_ms']['p95']}"
                          for name, v in r["embedded"]["per_filter"].items())  # fmt: skip
        print(f"{r['items']:>9,}  {cells}")
    for r in results:
        if "hybrid" in r:
            h = r["hybrid"]
            print(f"{r['items']:>9,}  hybrid (BM25 + dense) search p50 {h['search_ms']['p50']} p95 {h['search_ms']['p95']} ms; "
                  f"BM25 build {r['bm25_build_s']} s; updates {r['updates']}")  # fmt: skip
        if "server" in r:
            s = r["server"]
            print(f"{r['items']:>9,}  {r['engine']} server (engine RSS {s['engine_rss_mb']} MB, Facet's {s['facet_rss_mb']} MB): ingest {s['ingest']['items_per_s']}/s, search p50 {s['queries']['search_ms']['p50']} "
                  f"p95 {s['queries']['search_ms']['p95']} ms (embedded {r['embedded']['search_ms']['p50']} / {r['embedded']['search_ms']['p95']})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--budget-minutes", type=float, default=40, help="ingest time limit per size")
    parser.add_argument("--queries", type=int, default=QUERIES_PER_FILTER, help="query vectors per filter")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/scale.json"))
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new temp folder, deleted afterwards)")
    parser.add_argument("--reuse", action="store_true", help="keep each size's store in --work; measure one built earlier")
    parser.add_argument("--engine", choices=["chroma", "milvus"], default="chroma", help="the vector store (index.engine)")
    parser.add_argument("--no-server", action="store_true", help="skip the engine-as-a-server run at the smallest size")
    parser.add_argument("--milvus-uri", help="measure every size on this Milvus server (implies --engine milvus)")
    parser.add_argument("--engine-pid", type=int, help="the engine server's process: its memory is reported")
    parser.add_argument("--engine-data", type=Path, help="the engine server's data folder: its size is the disk figure")
    parser.add_argument("--index-set", action="append", default=[], metavar="KEY=VALUE",
                        help="an index setting, dotted under IndexConfig: milvus.index_types.HNSW.search_filtered.ef=1024")  # fmt: skip
    args = parser.parse_args()
    if args.milvus_uri:
        args.engine = "milvus"
    config = index_config(args.engine, args.milvus_uri, args.index_set)
    engine = EngineServer(args.engine_pid, args.engine_data) if args.milvus_uri else None

    work = args.work or Path(tempfile.mkdtemp(prefix="facet-scale-"))
    results = []
    try:
        for number, n in enumerate(sorted(args.sizes)):
            print(f"{n:,} items ...", flush=True)
            with_server = number == 0 and not args.no_server and engine is None
            sized = config.model_copy(update={"collection_prefix": f"scale{n}"}) if engine else config
            try:
                results.append(measure_size(n, work, args.budget_minutes * 60, with_server, args.queries, args.reuse, sized, engine))
            finally:
                if engine and not args.reuse:
                    drop_size(sized)
            if not args.reuse:
                shutil.rmtree(work / f"{args.engine}-{n}", ignore_errors=True)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps({"sizes": results, "machine": machine()}, indent=2))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print_table(results)
    print(f"\nwrote {args.out}")
    return 0


def index_config(engine: str, milvus_uri: str | None, assignments: list[str]) -> IndexConfig:
    overrides: dict = {"engine": engine, "milvus_uri": milvus_uri}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        if not sep:
            raise SystemExit(f"scale.py: --index-set takes KEY=VALUE, got {assignment!r}")
        *parents, leaf = key.split(".")
        target = overrides
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return IndexConfig.model_validate(deep_merge(IndexConfig().model_dump(), overrides))


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()}


if __name__ == "__main__":
    sys.exit(main())
