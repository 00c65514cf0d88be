"""Recall and latency of a Milvus server's filtered search per filter, over a sweep of one search
parameter of the index type (HNSW's ef by default; IVF's nprobe with --param nprobe).

    nice -n 10 python benchmarks/milvus_ef_probe.py --milvus-uri http://127.0.0.1:19530 --items 100000
        [--index-set milvus.partition_key=category] [--ef 64 512 2048 8192] [--queries 20]
        [--index-set milvus.index_type=IVF_FLAT --param nprobe --values 16 64 256]
        [--prefix probe100k] --out benchmarks/results/....json

Builds (or, if the collection `<prefix>_text_...` exists, reuses) `--items` synthetic items the
way benchmarks/scale.py builds its 1M collection (batched writes, then flushed and indexed),
reads every stored vector once for exact search, then for each value of the swept parameter
(set for every filtered search, partitioned or not) and each of scale.py's filters measures recall@10 of
`CatalogIndex.nearest` against exact search and the median time of one nearest search for the
Searcher's candidate pool, with the load average (a shared machine's times are not a quiet one's).
The collection's loaded segments (rows each) are reported: a search walks every one. What the sweep shows is what `search_filtered` and
`search_partitioned` (retrieval/config.py) should hold; scale.py then measures the chosen ones.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from retrieval.where import keys_read
from benchmarks.scale import FILTERS, RECALL_AT, exact_nearest, index_config, stored_vectors
from benchmarks.synthetic_catalog import (GENERATED_ITEMS, SEED, TEXT_DIM, NoImages, SyntheticEncoder, build_with_add, query_vectors, synthetic_items,
                                          synthetic_vectors)
from retrieval.records import item_metadata
from retrieval.config import FusionConfig
from retrieval.index import CatalogIndex, connect
from retrieval.milvus_rows import VECTOR_FIELD


def sweep(index: CatalogIndex, vectors: list[np.ndarray], truths: dict, param: str, values: list[int], pool: int, filters: dict,
          unfiltered: bool = False) -> dict:  # fmt: skip
    """`unfiltered`: the sweep sets the parameter of unfiltered searches instead of filtered ones."""
    params = index.config.milvus.index
    results = {}
    for value in values:
        if unfiltered:
            params.search = {**params.search, param: value}
        else:
            params.search_filtered, params.search_partitioned = {**params.search_filtered, param: value}, {}
        per_filter = {}
        for name, constraints in filters.items():
            where = constraints.where()
            share, exact = truths[name]
            recalls, times = [], []
            for vector, true in zip(vectors, exact):
                found = index.nearest("text", vector.tolist(), RECALL_AT, where, include=())["ids"]
                started = time.perf_counter()
                index.nearest("text", vector.tolist(), pool, where, include=())
                times.append((time.perf_counter() - started) * 1000)
                recalls.append(len(true & set(found)) / max(len(true), 1))
            per_filter[name] = {"share": round(share, 4), f"recall@{RECALL_AT}": round(float(np.mean(recalls)), 4),
                                f"nearest_{pool}_p50_ms": round(float(np.median(times)), 1)}  # fmt: skip
        results[f"{param}_{value}"] = {**per_filter, "load_average": [round(load, 2) for load in os.getloadavg()]}
        print(f"{param} {value}: " + "  ".join(f"{name} {v[f'recall@{RECALL_AT}']} {v[f'nearest_{pool}_p50_ms']} ms"
                                              for name, v in per_filter.items()) + f"  (load {os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
    return results


def generated_rows(n: int) -> tuple[list[str], list[dict], np.ndarray]:
    """What build_with_add wrote for n items (ids, the metadata FILTERS read, unit vectors), made
    again from the same seeds instead of read back from the server."""
    keys = set().union(*(keys_read(constraints.where()) for constraints in FILTERS.values()))
    rng = np.random.default_rng(SEED)
    ids, metadatas, stored = [], [], []
    while len(ids) < n:
        items = synthetic_items(min(GENERATED_ITEMS, n - len(ids)), start=len(ids))
        stored.append(synthetic_vectors(items, TEXT_DIM, rng))  # one draw per row, in order: the batches do not matter
        ids += [item.id for item in items]
        metadatas += [{key: value for key, value in item_metadata(item).items() if key in keys} for item in items]
    matrix = np.concatenate(stored)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return ids, metadatas, matrix


def exact_truths(index: CatalogIndex, vectors: list[np.ndarray], filters: dict, cache: Path | None, regenerate: bool = False) -> dict:
    """{filter: (share passing, each vector's exact nearest ids)}, read from `cache` if it holds them
    (reading 1M stored vectors takes many minutes), else computed from every stored vector and saved there."""
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text())
        if saved["queries"] == len(vectors) and set(filters) <= set(saved["truths"]):
            return {name: (saved["truths"][name][0], [set(ids) for ids in saved["truths"][name][1]]) for name in filters}
    stored = generated_rows(index.count()) if regenerate else stored_vectors(index)
    truths = {name: exact_nearest(stored, constraints.where(), vectors) for name, constraints in filters.items()}
    if cache is not None:
        cache.write_text(json.dumps({"queries": len(vectors),
                                     "truths": {name: [share, [sorted(ids) for ids in exact]] for name, (share, exact) in truths.items()}}))  # fmt: skip
    return truths


def rebuild_index(index: CatalogIndex, timeout_s: float) -> float:
    """Replace the text collection's vector index by the configured one (index_type and its build
    parameters): the same rows searched through another index, without writing them again. Seconds taken."""
    from pymilvus import MilvusClient

    client, name, milvus = index.client, index.texts.name, index.config.milvus
    started = time.perf_counter()
    client.release_collection(name)
    client.drop_index(name, VECTOR_FIELD)
    params = MilvusClient.prepare_index_params()
    params.add_index(field_name=VECTOR_FIELD, index_name=VECTOR_FIELD, index_type=milvus.index_type, metric_type="COSINE",
                     params=dict(milvus.index.build))  # fmt: skip
    client.create_index(name, params)
    index.texts.wait_until_indexed(timeout_s)
    client.load_collection(name)
    return round(time.perf_counter() - started, 1)


def loaded_segments(index: CatalogIndex) -> list[int]:
    """Rows of each loaded segment of the text collection, largest first."""
    return sorted((segment.num_rows for segment in index.client.list_loaded_segments(index.texts.name)), reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--milvus-uri", required=True)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--prefix", help="collection prefix (default: probe<items>)")
    parser.add_argument("--index-set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--param", default="ef", help="the search parameter swept (HNSW: ef; IVF_*, SCANN: nprobe)")
    parser.add_argument("--values", "--ef", dest="values", type=int, nargs="+", default=[64, 512, 2_048, 8_192])
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--filters", nargs="+", choices=list(FILTERS), default=list(FILTERS))
    parser.add_argument("--unfiltered", action="store_true", help="sweep the parameter of unfiltered searches (use with --filters none)")
    parser.add_argument("--rebuild-index", action="store_true",
                        help="on a collection built earlier: drop its vector index and build the configured one first")
    parser.add_argument("--server", default="", help="the server's version and configuration, recorded with the result")
    parser.add_argument("--truth-cache", type=Path, help="a JSON file keeping the exact nearest ids between runs on one collection")
    parser.add_argument("--regenerate-truths", action="store_true",
                        help="exact search over the synthetic items made again from their seeds, not read from the server")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    config = index_config("milvus", args.milvus_uri, args.index_set)
    config = config.model_copy(update={"collection_prefix": args.prefix or f"probe{args.items}"})
    index = CatalogIndex(connect(config, Path("unused")), SyntheticEncoder(SEED), NoImages(), config)
    result: dict = {"what": f"recall@{RECALL_AT} of CatalogIndex.nearest against exact search over every stored vector passing each of "
                            f"scale.py's filters, and the median ms of one nearest search for the Searcher's pool, per value of "
                            f"{args.param} (benchmarks/milvus_ef_probe.py); {args.queries} query vectors per filter",
                    "server": args.server,
                    "items": args.items, "milvus": config.milvus.model_dump(include={"index_type", "partition_key", "num_partitions"}),
                    "build": config.milvus.index.build, "load_average_at_start": os.getloadavg()}  # fmt: skip
    if index.count() < args.items:
        index, result["ingest"], _ = build_with_add(Path("unused"), args.items, float("inf"), config)
        started = time.perf_counter()
        index.settle()
        result["ingest"]["settle_s"] = round(time.perf_counter() - started, 1)
    elif args.rebuild_index:
        result["index_rebuild_s"] = rebuild_index(index, config.milvus.index_wait_s)
    result["indexed"] = index.count()
    result["partitions"] = len(index.client.list_partitions(index.texts.name))
    result["loaded_segment_rows"] = loaded_segments(index)
    vectors = query_vectors(args.queries, np.random.default_rng(SEED + args.items))
    filters = {name: FILTERS[name] for name in args.filters}
    searched = config.milvus.index.search
    result["sweep_of"] = (f"unfiltered searches' {args.param}" if args.unfiltered
                          else f"filtered searches' {args.param} (search_filtered; unfiltered at {searched})")  # fmt: skip
    truths = exact_truths(index, vectors, filters, args.truth_cache, args.regenerate_truths)
    result["sweep"] = sweep(index, vectors, truths, args.param, args.values, FusionConfig(lexical=False).candidate_pool, filters, args.unfiltered)
    result["load_average_at_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
