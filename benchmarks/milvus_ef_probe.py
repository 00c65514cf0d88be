"""Recall and latency of a Milvus server's filtered search per filter, over a sweep of HNSW ef.

    nice -n 10 python benchmarks/milvus_ef_probe.py --milvus-uri http://127.0.0.1:19530 --items 100000
        [--index-set milvus.partition_key=category] [--ef 64 512 2048 8192] [--queries 20]
        [--prefix probe100k] [--keep] --out benchmarks/results/....json

Builds (or, if the collection `<prefix>_text_...` exists, reuses) `--items` synthetic items the
way benchmarks/scale.py builds its 1M collection (batched writes, then flushed and indexed),
reads every stored vector once for exact search, then for each ef (set for every filtered
search, partitioned or not) and each of scale.py's filters measures recall@10 of
`CatalogIndex.nearest` against exact search and the median time of one nearest search for the
Searcher's candidate pool. What the sweep shows is what `search_filtered` and
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

from benchmarks.scale import FILTERS, NoImages, RECALL_AT, SEED, SyntheticEncoder, build_with_add, exact_nearest, index_config, query_vectors, stored_vectors
from retrieval.config import FusionConfig
from retrieval.index import CatalogIndex, connect


def sweep(index: CatalogIndex, vectors: list[np.ndarray], efs: list[int], pool: int, filters: dict, unfiltered: bool = False) -> dict:
    """`unfiltered`: the sweep sets the ef of unfiltered searches instead of filtered ones."""
    stored = stored_vectors(index)
    truths = {name: exact_nearest(stored, constraints.where(), vectors) for name, constraints in filters.items()}
    del stored
    hnsw = index.config.milvus.index_types["HNSW"]
    results = {}
    for ef in efs:
        if unfiltered:
            hnsw.search = {"ef": ef}
        else:
            hnsw.search_filtered, hnsw.search_partitioned = {"ef": ef}, {}
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
        results[f"ef_{ef}"] = per_filter
        print(f"ef {ef}: " + "  ".join(f"{name} {v[f'recall@{RECALL_AT}']} {v[f'nearest_{pool}_p50_ms']} ms" for name, v in per_filter.items()), flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--milvus-uri", required=True)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--prefix", help="collection prefix (default: probe<items>)")
    parser.add_argument("--index-set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--ef", type=int, nargs="+", default=[64, 512, 2_048, 8_192])
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--filters", nargs="+", choices=list(FILTERS), default=list(FILTERS))
    parser.add_argument("--unfiltered", action="store_true", help="sweep the ef of unfiltered searches (use with --filters none)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    config = index_config("milvus", args.milvus_uri, args.index_set)
    config = config.model_copy(update={"collection_prefix": args.prefix or f"probe{args.items}"})
    index = CatalogIndex(connect(config, Path("unused")), SyntheticEncoder(SEED), NoImages(), config)
    result: dict = {"what": f"recall@{RECALL_AT} of CatalogIndex.nearest against exact search over every stored vector passing each of "
                            f"scale.py's filters, and the median ms of one nearest search for the Searcher's pool, per ef of every "
                            f"filtered search (benchmarks/milvus_ef_probe.py); {args.queries} query vectors per filter",
                    "items": args.items, "milvus": config.milvus.model_dump(include={"index_type", "partition_key", "num_partitions"}),
                    "build": config.milvus.index.build, "load_average_at_start": os.getloadavg()}  # fmt: skip
    if index.count() < args.items:
        index, result["ingest"], _ = build_with_add(Path("unused"), args.items, float("inf"), config)
        started = time.perf_counter()
        index.settle()
        result["ingest"]["settle_s"] = round(time.perf_counter() - started, 1)
    result["indexed"] = index.count()
    result["partitions"] = len(index.client.list_partitions(index.texts.name))
    vectors = query_vectors(args.queries, np.random.default_rng(SEED + args.items))
    filters = {name: FILTERS[name] for name in args.filters}
    result["sweep_of"] = "unfiltered searches' ef" if args.unfiltered else "filtered searches' ef (search_filtered; unfiltered at search.ef)"
    result["sweep"] = sweep(index, vectors, args.ef, FusionConfig(lexical=False).candidate_pool, filters, args.unfiltered)
    result["load_average_at_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
