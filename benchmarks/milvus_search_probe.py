"""What a Milvus server's nearest-items search costs (the dense half of Facet's search,
retrieval/milvus_store.py): per filter, with the fields read back growing (the id alone, the item's
metadata, the vector besides) and the number of results, under the search parameters Facet's
config gives the index (`index.milvus`). The load average is written beside the times: on 2 cores
a second busy process doubles them.

    python benchmarks/milvus_search_probe.py --uri http://127.0.0.1:19530 --collection NAME \
        --out benchmarks/results/milvus_1m_search_probe.txt

NAME is an index's text collection (`facet_text_...`), e.g. the 1M catalog serving_memory.py --ingest writes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from retrieval.config import MilvusConfig

REPEATS = 12
QUERY_VECTORS = 20  # stored vectors, taken in turn as queries (each one's own neighbourhood)
LIMITS = (10, 100)
FILTERS = {"none": "", "category": 'category in ["ring"]', "price <= 300": "price <= 300"}
FIELDS_READ = {"id": ["id"], "id + metadata": ["id", "*"], "id + metadata + vector": ["id", "*", "vector"]}


def timed(call) -> tuple[float, float]:
    call()  # the first search of a shape warms the server's plan for it
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 1), round(max(samples), 1)


def main() -> None:
    from pymilvus import MilvusClient

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uri", required=True)
    parser.add_argument("--collection", required=True)
    parser.add_argument("--out")
    args = parser.parse_args()
    client = MilvusClient(uri=args.uri)
    config = MilvusConfig()
    queries = [list(map(float, row["vector"])) for row in client.query(args.collection, filter="", output_fields=["vector"], limit=QUERY_VECTORS)]
    turn = iter(range(10**9))

    def search(expression: str, fields: list[str], limit: int):
        params = config.search_params(filtered=bool(expression), n_results=limit)
        return client.search(args.collection, data=[queries[next(turn) % len(queries)]], filter=expression, limit=limit,
                             output_fields=fields, anns_field="vector", search_params={"metric_type": "COSINE", "params": params},
                             consistency_level="Session")  # fmt: skip

    lines = [f"collection {args.collection}; {config.index_type} {config.index.search} ({config.index.search_filtered} filtered); "
             f"load average at start {os.getloadavg()}; p50 / max ms over {REPEATS} searches",
             f"{'filter':<14} {'fields read':<24} " + "  ".join(f"{'limit ' + str(limit):>15}" for limit in LIMITS)]  # fmt: skip
    for filter_name, expression in FILTERS.items():
        for fields_name, fields in FIELDS_READ.items():
            times = [timed(lambda: search(expression, fields, limit)) for limit in LIMITS]
            lines.append(f"{filter_name:<14} {fields_name:<24} " + "  ".join(f"{p50:>7} / {most:>5}" for p50, most in times))
            print(lines[-1], flush=True)
    lines.append(f"load average at end {os.getloadavg()}")
    print("\n".join(lines[:2] + lines[-1:]))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
