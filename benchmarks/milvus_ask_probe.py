"""How a Milvus server answers "which of these ids meet a filter" (BM25's ask, retrieval/query.py):
the ids alone by primary key, and the same ids and-ed with a filter, for lists of growing length.

    python benchmarks/milvus_ask_probe.py --uri http://127.0.0.1:19530 --collection NAME \
        --out benchmarks/results/milvus_1m_lexical_ask_probe.txt

NAME is an index's text collection (`facet_text_...`), e.g. the 1M catalog serving_memory.py --ingest writes.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

COUNTS = (50, 200, 400, 800, 1600)
REPEATS = 15
SEED = 2
SAMPLE_FROM = 16000
FILTER = 'category in ["ring"]'


def timed(call) -> tuple[float, float]:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 1), round(sorted(samples)[int(0.95 * (REPEATS - 1))], 1)


def main() -> None:
    from pymilvus import MilvusClient

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uri", required=True)
    parser.add_argument("--collection", required=True)
    parser.add_argument("--out")
    args = parser.parse_args()
    client = MilvusClient(uri=args.uri)
    ask = lambda expression: client.query(args.collection, filter=expression, output_fields=["id"], consistency_level="Session")  # noqa: E731
    known = [row["id"] for row in client.query(args.collection, filter="", output_fields=["id"], limit=SAMPLE_FROM)]
    rng = random.Random(SEED)
    lines = [f"collection {args.collection}; load average at start {os.getloadavg()}; p50 / p95 ms over {REPEATS} asks",
             f"{'ids':>5}  {'ids alone':>16}  {'ids and ' + FILTER:>32}"]  # fmt: skip
    for count in COUNTS:
        ids = "id in [" + ", ".join(f'"{item_id}"' for item_id in rng.sample(known, count)) + "]"
        alone, filtered = timed(lambda: ask(ids)), timed(lambda: ask(f"({ids}) and ({FILTER})"))
        lines.append(f"{count:>5}  {alone[0]:>7} / {alone[1]:>6}  {filtered[0]:>23} / {filtered[1]:>6}")
    lines.append(f"the filter alone, counted: {timed(lambda: client.query(args.collection, filter=FILTER, output_fields=['count(*)']))}")
    lines.append(f"load average at end {os.getloadavg()}")
    print("\n".join(lines))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
