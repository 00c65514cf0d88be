"""BM25 at start-up, built from the store against read from the file kept beside the collection.

    nice -n 10 python benchmarks/bm25_store.py --items 100000 --work DIR --out benchmarks/results/bm25_store_100k.json

Fills an embedded chromadb index under DIR with scale.py's synthetic catalog (unless it already
holds that many items; `settle` marks the bulk load's texts as new), then starts twice as a
serving process would (a new CatalogIndex on the store, then `lexical()`): the first start finds
no file and builds BM25 from every stored text, then keeps it (retrieval/lexical_store.py); the
second reads it. Both indexes are checked alike (every array, and the scores of a few queries).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.scale import NoImages, SyntheticEncoder, SEED, add_synthetic
from benchmarks.serving_memory import FILTER_WORDS
from retrieval.config import IndexConfig
from retrieval.index import CatalogIndex, connect
from retrieval.lexical import tokenize

FILL_BUDGET_S = 3 * 3600
K1, B = 1.2, 0.75


def open_index(work: Path, config: IndexConfig) -> CatalogIndex:
    return CatalogIndex(connect(config, work / "chroma"), SyntheticEncoder(SEED), NoImages(), config, lexical_dir=work / "bm25")


def start(work: Path, config: IndexConfig) -> tuple[float, object]:
    """One start: seconds to BM25 ready, and BM25."""
    started = time.perf_counter()
    lexical = open_index(work, config).lexical()
    return time.perf_counter() - started, lexical


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--work", type=Path, required=True, help="the embedded index's folder (kept: a second run reuses it)")
    parser.add_argument("--label", default="")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_at_start = [round(load, 2) for load in os.getloadavg()]
    config = IndexConfig()
    index = open_index(args.work, config)
    fill = None
    if index.count() < args.items:
        fill = add_synthetic(index, args.items, FILL_BUDGET_S)
        index.settle()
    shutil.rmtree(args.work / "bm25", ignore_errors=True)
    first_s, built = start(args.work, config)
    kept = sorted((args.work / "bm25").iterdir())
    second_s, loaded = start(args.work, config)
    queries = [tokenize(words) for words in FILTER_WORDS.values()]
    same = all(np.array_equal(built.scores(terms, K1, B), loaded.scores(terms, K1, B)) for terms in queries)
    result = {
        "items": index.count(), "fill": fill, "load_average_at_start": load_at_start,
        "first_start_s": round(first_s, 2), "second_start_s": round(second_s, 2),
        "file_mb": round(sum(path.stat().st_size for path in kept) / 2**20, 1), "bm25_arrays_mb": round(built.nbytes / 2**20, 1),
        "same_scores": same, "load_average_at_end": [round(load, 2) for load in os.getloadavg()], "label": args.label,
        "note": "first start: no file, BM25 built from every stored text and kept; second: a new index on the same store reads the file",
    }  # fmt: skip
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
