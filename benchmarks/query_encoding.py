"""The shopper's words encoded alone: what one search's text encoding costs in Facet's process.

    nice -n 10 python benchmarks/query_encoding.py --out benchmarks/results/query_encoding_quiet.json

The text encoder the settings name (as `facet serve` loads it), one query at a time (a search
encodes one), under each torch thread count asked for (`torch.set_num_threads`, as
ShopSetup.from_settings sets it from `torch_threads`), taken in turn query by query. The first
call at each count is left out (its set-up). Also timed: a repeated
query found in a dictionary of recent vectors (what a cache of them would cost on a hit). The
load average at start and end says how quiet the machine was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from benchmarks.serving_memory import FILTER_WORDS, TURNS

QUERIES = (*FILTER_WORDS.values(), *TURNS)
ROUNDS = 10
THREADS = (1, 2)


def timed_ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(encoder, thread_counts: list[int], rounds: int) -> list[dict]:
    """Each round encodes every query under each thread count in turn, so a change in the
    machine's load falls on every count alike."""
    import torch

    from benchmarks.scale import percentiles

    samples: dict[int, list[float]] = {threads: [] for threads in thread_counts}
    for threads in thread_counts:  # left out: the first call at each thread count
        torch.set_num_threads(threads)
        encoder.encode_text(list(QUERIES[:1]))
    for _ in range(rounds):
        for query in QUERIES:
            for threads in thread_counts:
                torch.set_num_threads(threads)
                samples[threads].append(timed_ms(lambda: encoder.encode_text([query])))
    return [{"threads": threads, "encode_ms": percentiles(held), "samples": len(held)} for threads, held in samples.items()]


def cache_hit_ms(encoder, rounds: int) -> dict:
    from benchmarks.scale import percentiles

    recent = {query: encoder.encode_text([query])[0] for query in QUERIES}
    samples = [timed_ms(lambda: recent.get(query)) for _ in range(rounds) for query in QUERIES]
    return percentiles(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, nargs="+", default=list(THREADS))
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--label", default="")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_at_start = [round(load, 2) for load in os.getloadavg()]
    from assistant.config import Settings
    from perception.text_encoder import create_text_encoder

    settings = Settings()
    encoder = create_text_encoder(settings.text_encoder)
    result = {"encoder": encoder.name, "queries": len(QUERIES), "rounds": args.rounds, "configured_torch_threads": settings.torch_threads,
              "load_average_at_start": load_at_start, "by_threads": measure(encoder, args.threads, args.rounds),
              "cache_hit_ms": cache_hit_ms(encoder, args.rounds)}  # fmt: skip
    result["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    result["label"] = args.label
    for row in result["by_threads"]:
        print(f"{row['threads']} thread(s): encode p50/p95 {row['encode_ms']['p50']}/{row['encode_ms']['p95']} ms")
    print(f"cache hit p50 {result['cache_hit_ms']['p50']} ms; load {load_at_start} -> {result['load_average_at_end']}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
