"""What Facet reads whole into each serving process, at catalog sizes no engine is run for: the
BM25 index (retrieval/lexical.py) and the set of every title the grounding check reads
(assistant/shop_setup.py, assistant/grounding.py), and the shop's words and hearing read from
every item at once beside them.

    nice -n 10 python benchmarks/catalog_memory.py --sizes 100000 1000000 --out benchmarks/results/catalog_memory.json

Each size runs in a fresh process. Items and their texts come from benchmarks/scale.py's
synthetic catalog (the demo tiled, so its words repeat as a real catalog's do); its titles repeat
every 50k items too, so the title set is measured with each title made unique by its item's id,
as a real catalog's are. Resident memory (VmRSS) is read after each step and once the step's
inputs are let go; "held" and "build peak" are what Python's allocator traced (tracemalloc,
numpy arrays included) once a structure is built and at the height of building it.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from assistant.grounding import GroundingVerifier
from assistant.hearing import shop_hearing
from perception.config import ASRConfig
from benchmarks.scale import peak_rss_mb, rss_mb, synthetic_items
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints
from retrieval.lexical import LexicalIndex, tokenize
from retrieval.lexicon import load_lexicon
from retrieval.records import item_text
from retrieval.shop_vocabulary import shop_vocabulary

REPLY = "The Rose Gold Diamond Ring at $750 is a lovely choice; the Platinum Ruby Ring is another."
SHOWN_ITEMS = 3  # the items a reply is written about
CHECKS = 5
QUERY = "rose gold diamond ring"  # a shopper's common words: long postings to score


def lexical_bytes(index: LexicalIndex) -> int:
    """The BM25 index's arrays and the dict and strings around them (ids included)."""
    arrays = sum(rows.nbytes + counts.nbytes for rows, counts in index.postings.values()) + index.lengths.nbytes
    containers = sys.getsizeof(index.postings) + sum(sys.getsizeof(term) + 2 * 112 + 64 for term in index.postings)
    ids = sys.getsizeof(index.ids) + sum(sys.getsizeof(item_id) for item_id in index.ids)
    return arrays + containers + ids


def first_rows(lexical: LexicalIndex, scores, count: int):
    """The best `count` rows as a search's first round asks for them (a checkout before
    `ranked` took a limit ranked every matching row)."""
    if "limit" in inspect.signature(lexical.ranked).parameters:
        return lexical.ranked(scores, count)
    return lexical.ranked(scores)[:count]


def held_titles(titles):
    """The titles as a serving process holds them: a CatalogTitles where there is one (a
    checkout before it held a plain set, lower-cased again by every check)."""
    try:
        from assistant.catalog_titles import CatalogTitles
    except ImportError:
        return set(titles)
    return CatalogTitles(titles)


def measure(n: int, hearing: bool) -> dict:
    result: dict = {"items": n, "load_average_at_start": [round(load, 2) for load in os.getloadavg()]}
    base = rss_mb()
    started = time.perf_counter()
    items = synthetic_items(n)
    result["items_generated"] = {"s": round(time.perf_counter() - started, 1), "rss_delta_mb": round(rss_mb() - base, 1),
                                 "note": "every item held at once, as a whole-catalog read holds them"}  # fmt: skip

    tracemalloc.start()
    titles = held_titles(f"{item.title} {item.id}" for item in items)
    titles_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    texts = [item_text(item) for item in items]
    ids = [item.id for item in items]
    shown = items[:SHOWN_ITEMS]
    peak_before, started = peak_rss_mb(), time.perf_counter()
    if hearing:
        shop_hearing(items, ASRConfig().lm_max_items, shop_vocabulary(items, load_lexicon()))
        result["shop_words_and_hearing"] = {"s": round(time.perf_counter() - started, 1), "process_peak_mb_before_after": [round(peak_before, 1), round(peak_rss_mb(), 1)],
                                            "note": "read from every item at once on a shop's first voice or reply turn (assistant/shop_setup.py)"}  # fmt: skip
    result["tokens"] = sum(len(tokenize(text)) for text in texts[: min(n, 10_000)]) * n // min(n, 10_000)
    del items
    gc.collect()
    started = time.perf_counter()
    lexical = LexicalIndex.build(ids, texts)
    build_s = time.perf_counter() - started
    tracemalloc.start()  # a second build, traced: what it holds at its peak and once built (ids aside)
    traced = LexicalIndex.build(ids, texts)
    held_mb, peak_mb = (size / 2**20 for size in tracemalloc.get_traced_memory())
    tracemalloc.stop()
    del texts, traced
    gc.collect()
    result["bm25"] = {"build_s": round(build_s, 1), "held_mb": round(held_mb, 1), "build_peak_mb": round(peak_mb, 1),
                      "estimated_mb": round(lexical_bytes(lexical) / 2**20, 1), "terms": len(lexical.postings),
                      "postings": int(sum(len(rows) for rows, _ in lexical.postings.values()))}  # fmt: skip
    fusion = FusionConfig()
    score_s = rank_s = 0.0
    for _ in range(CHECKS):
        started = time.perf_counter()
        scores = lexical.scores(tokenize(QUERY), fusion.bm25_k1, fusion.bm25_b)
        score_s += time.perf_counter() - started
        started = time.perf_counter()
        first_rows(lexical, scores, fusion.candidate_pool)
        rank_s += time.perf_counter() - started
    result["bm25"] |= {"query": QUERY, "score_ms": round(score_s * 1000 / CHECKS, 1), "first_rows_ms": round(rank_s * 1000 / CHECKS, 1)}

    started = time.perf_counter()
    for _ in range(CHECKS):
        GroundingVerifier(shown, "a rose gold ring", Constraints(), titles).check(REPLY)
    result["titles"] = {"count": len(titles), "held_mb": round(titles_mb, 1),
                        "check_one_reply_ms": round((time.perf_counter() - started) * 1000 / CHECKS, 1)}  # fmt: skip
    result["rss_mb"] = round(rss_mb(), 1)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    result["baseline_rss_mb"] = round(base, 1)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process measuring one size
    parser.add_argument("--hearing-up-to", type=int, default=100_000, help="measure the shop's words and hearing up to this size")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.one <= args.hearing_up_to)))
        return 0
    results = []
    for n in args.sizes:
        child = subprocess.run([sys.executable, __file__, "--one", str(n), "--hearing-up-to", str(args.hearing_up_to)],
                               capture_output=True, text=True, check=True)  # fmt: skip
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps({"results": results, "load_average_at_end": [round(x, 2) for x in os.getloadavg()]}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
