"""One serving Facet process measured whole: what it holds from start-up to its shoppers' turns.

    nice -n 10 python benchmarks/serving_memory.py --items 1000000 --data-dir DIR
        [--milvus-uri http://127.0.0.1:19530 --engine-pid PID] [--set KEY=VALUE ...]
        [--turns 6] [--searches 20] [--ingest] --out benchmarks/results/serving_1m_milvus_server.json

`--ingest` (a process of its own, so the measured one never held the writes) fills the index the
settings name with the synthetic catalog of benchmarks/scale.py (its items, metadata as ingest
writes it, clustered vectors), unless it already holds that many items.

Without it, the process does what `facet serve` does, through the Assistant's own code: settings
(engine and URI from `--milvus-uri` / `--set index....`, as FACET_INDEX__... or `--set` give them)
open the index (`ShopSetup.from_settings`), the shop's first read of its catalog (titles, words,
hearing: `catalog_titles`), BM25 over every indexed text (`CatalogIndex.lexical`: built, or read
from the file a previous start kept under the data folder) (the two reads
`facet serve` makes ahead at start-up, after the models: `read_catalog_ahead`), then shopper
turns (`Assistant.turn`: understanding, the fused query, the reply and its check against the
catalog's titles) and, per scale.py filter, hybrid searches (dense + BM25) through the Searcher.
The models (text encoder, image encoder, speech recogniser) are loaded in a phase of their own
(`warm_up`), so "beyond the models" is the whole process less what that phase added. Resident
memory (VmRSS) and its peak (VmHWM) are read after every phase. Then, after the serving figures
are written down, recall@10 of the engine's filtered dense search against exact search is
measured as scale.py measures it (reading every vector: that phase is not part of serving).
Each hybrid search's time is split (`SearchClock`): the words encoded in Facet's process, the
engine client's calls (counted), and Facet's own work around them.
`--turns 0` leaves out the catalog read and the turns: BM25 and the hybrid searches alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# Nothing beyond the standard library is imported here: the process's first figure is the bare interpreter's.

# Shopper turns: each asks in words for what one of scale.py's filters holds (the turn reads its own constraints).
TURNS = (
    "show me some rings",
    "something under $300",
    "white gold earrings",
    "a necklace or pendant between $200 and $800",
    "a sapphire in platinum or white gold that is in stock",
    "a rose gold diamond ring for an anniversary",
)
# The hybrid searches' words, one per filter of scale.py (what a shopper asking for it might type).
FILTER_WORDS = {
    "none": "something elegant for a gift",
    "category": "a classic ring",
    "price <= 300": "a small gift",
    "category + metal": "white gold earrings",
    "category + price range": "a necklace with a pendant",
    "stock + stone + metal": "a sapphire piece",
}
INGEST_BUDGET_S = 6 * 3600
# The engine client's calls a search may make (a Milvus client's, a chromadb collection's): timed and counted.
ENGINE_CALLS = ("search", "query", "get", "count", "describe_alias", "list_aliases", "has_collection", "describe_collection",
                "load_collection")  # fmt: skip


def status_mb(field: str) -> float:
    """VmRSS or VmHWM of this process, MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"/proc/self/status has no {field}")


class Phases:
    """Resident memory, its peak and the seconds each phase of the process took."""

    def __init__(self):
        self.rows: list[dict] = []
        self.started = time.perf_counter()

    def mark(self, name: str, **extra) -> None:
        now = time.perf_counter()
        self.rows.append({"phase": name, "s": round(now - self.started, 1), "rss_mb": status_mb("VmRSS"), "peak_rss_mb": status_mb("VmHWM"),
                          **extra})  # fmt: skip
        print(f"  {name}: {self.rows[-1]['s']} s, RSS {self.rows[-1]['rss_mb']} MB (peak {self.rows[-1]['peak_rss_mb']})", flush=True)
        self.started = time.perf_counter()

    def rss(self, name: str) -> float:
        return next(row["rss_mb"] for row in self.rows if row["phase"] == name)


class SearchClock:
    """Where one search's time goes: inside the text encoder (the shopper's words, in Facet's
    process), inside the engine's client (server calls: the round trip and the engine's work)
    and the rest, Facet's own (BM25 scoring, fusion, ranking). Wraps the index's encoder and
    its Milvus client (a chromadb store's client is not wrapped: its engine time stays in "facet").
    A search may encode and call the engine on a worker thread while it scores BM25: "engine" is
    the time at least one call was open, "facet" the time neither a call nor the encoder was,
    and "overlap" what encoding and the calls shared with each other or with Facet's own work
    (search = encode + engine + facet - overlap). Each call is also timed by what it is for."""

    def __init__(self, index, engine: str):
        self.spans: list[tuple[str, float, float]] = []  # ("encode" or the engine call's name, start, end)
        self._wrap(index.text_encoder, "encode_text", "encode")
        if engine == "milvus":
            for name in ENGINE_CALLS:
                if hasattr(index.client, name):
                    self._wrap(index.client, name, "engine")

    def _wrap(self, owner, name: str, part: str) -> None:
        method = getattr(owner, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.spans.append((call_name(name, args, kwargs) if part == "engine" else part, started, time.perf_counter()))

        setattr(owner, name, timed)

    def measure(self, search) -> dict:
        """Run `search()`; its whole time and each part, ms, its engine calls and each call's ms by name."""
        self.spans = []
        started = time.perf_counter()
        search()
        whole = (time.perf_counter() - started) * 1000
        calls = [(name, start, end) for name, start, end in self.spans if name != "encode"]
        encode = sum(end - start for name, start, end in self.spans if name == "encode") * 1000
        engine = covered([(start, end) for _, start, end in calls]) * 1000
        facet = whole - covered([(start, end) for _, start, end in self.spans]) * 1000
        named: dict[str, float] = {}
        for name, start, end in calls:
            named[name] = named.get(name, 0.0) + (end - start) * 1000
        return {"search": whole, "encode": encode, "engine": engine, "facet": facet, "overlap": encode + engine + facet - whole,
                "calls": len(calls), "named": named}  # fmt: skip


def call_name(method: str, args: tuple, kwargs: dict) -> str:
    """What a search's engine call is for, told from its arguments (a Milvus client's)."""
    if method != "query":
        return {"search": "search: the nearest items", "describe_alias": "describe_alias: the view's look at the live generation",
                "list_aliases": "list_aliases: the view's look (an index never switched has no alias yet)"}.get(method, method)  # fmt: skip
    fields = kwargs.get("output_fields") or []
    if "meta" in str(args[0] if args else kwargs.get("collection_name", "")):
        return "query: the texts' revision (BM25 fresh?)"
    if fields == ["id"] or (fields[:1] == ["id"] and "*" not in fields and "vector" not in fields):
        return "query: BM25's best asked by id (with the filter, or the fields it reads)"
    if "*" in fields:
        return "query: the chosen BM25 candidates read whole"
    return "query: vectors of candidates another signal proposed" if "vector" in fields else f"query {fields}"


def covered(spans: list[tuple[float, float]]) -> float:
    """How long at least one of the spans was open."""
    total, reach = 0.0, float("-inf")
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def split_percentiles(samples: list[dict]) -> dict:
    """p50/p95 of each part of a filter's searches, and its engine calls per search."""
    from benchmarks.scale import percentiles

    calls = sorted(sample["calls"] for sample in samples)
    names = sorted({name for sample in samples for name in sample["named"]})
    named = {name: percentiles([sample["named"].get(name, 0.0) for sample in samples]) for name in names}
    return {part: percentiles([sample[part] for sample in samples]) for part in ("encode", "engine", "facet", "overlap")} | {
        "engine_calls_per_search": calls[len(calls) // 2], "engine_call_ms": named}  # fmt: skip


def facet_settings(data_dir: Path, milvus_uri: str | None, assignments: list[str]):
    """The settings `facet serve --data-dir DIR --set ...` would run with (environment first)."""
    from ui.cli import build_parser, settings_from_args

    engine = ["--set", "index.engine=milvus", "--set", f"index.milvus_uri={milvus_uri}"] if milvus_uri else []
    sets = [arg for assignment in assignments for arg in ("--set", assignment)]
    return settings_from_args(build_parser().parse_args(["--data-dir", str(data_dir), *engine, *sets, "serve"]))


def ingest(settings, items: int) -> dict:
    from assistant.assistant import Assistant
    from benchmarks.synthetic_catalog import add_synthetic
    from retrieval.store import SHOP_CATALOG

    index = Assistant.from_settings(settings).index
    held = index.count()
    if held >= items:
        return {"reused": True, "items": held}
    index.mark_catalog(SHOP_CATALOG)
    written = add_synthetic(index, items, INGEST_BUDGET_S)
    started = time.perf_counter()
    index.settle()  # flushed, and on a Milvus server indexed
    return written | {"settle_s": round(time.perf_counter() - started, 1)}


def serve(make_settings, turns: int, searches: int, engine_pid: int | None) -> dict:
    """Start-up as `facet serve` does it, then turns; every figure of the serving process. The
    settings are made once Facet is imported (reading them imports it)."""
    phases = Phases()
    phases.mark("interpreter")
    import sentence_transformers  # noqa: F401 (the models' runtime: torch and transformers)
    import torch  # noqa: F401

    phases.mark("model runtime imported (torch, transformers)")
    import ui.page  # noqa: F401 (the web page a serving process runs)
    from assistant.assistant import Assistant
    from assistant.conversation import Session
    from assistant.grounding import GroundingVerifier
    from benchmarks.processes import engine_memory_mb
    from benchmarks.scale import FILTERS, percentiles
    from retrieval.query import FusedQuery, Searcher

    settings = make_settings()
    phases.mark("Facet imported (its web page too)")
    assistant = Assistant.from_settings(settings)
    items = assistant.index.count()
    phases.mark("index opened", items=items)
    assistant.warm_up()
    phases.mark("models loaded (warm_up)")
    if turns:  # the first reply's read; hybrid search alone needs none of it
        titles = assistant.catalog_titles()
        phases.mark("catalog read (titles, words, hearing)", titles=len(titles))
    if settings.fusion.lexical:  # hybrid search's BM25 (off: dense search alone), read from its file when one was kept
        lexical_dir = assistant.index.lexical_dir
        kept = bool(lexical_dir and lexical_dir.is_dir() and any(lexical_dir.iterdir()))
        assistant.index.lexical()
        phases.mark("BM25 ready", kept_file_found=kept)

    turn_ms, check_ms, shown = [], [], []
    for number in range(turns):
        text = TURNS[number % len(TURNS)]
        started = time.perf_counter()
        session = Session()
        reply = assistant.turn(text=text, session=session)
        turn_ms.append((time.perf_counter() - started) * 1000)
        found = assistant.index.items(result.id for result in reply.results)
        pieces = [found[result.id] for result in reply.results if result.id in found]
        started = time.perf_counter()
        GroundingVerifier(pieces, text, session.constraints, titles).check(reply.answer)
        check_ms.append((time.perf_counter() - started) * 1000)
        shown.append(len(reply.results))
    if turns:
        phases.mark("shopper turns", turns=turns)

    searcher = Searcher(assistant.index, settings.fusion)
    clock = SearchClock(assistant.index, settings.index.engine)
    hybrid: dict[str, list[float]] = {}
    split: dict[str, list[dict]] = {}
    for name, constraints in FILTERS.items():
        query = FusedQuery(text=FILTER_WORDS[name], constraints=constraints)
        searcher.search(query)  # the first search of a filter (the engine's first walk of its clause) is left out
        hybrid[name], split[name] = [], []
        for _ in range(searches):
            hits = []
            split[name].append(clock.measure(lambda: hits.extend(searcher.search(query))))
            hybrid[name].append(split[name][-1]["search"])
            assert all(constraints.allows(hit.item) for hit in hits), f"a hit violates {name}"
    phases.mark("hybrid searches", per_filter=searches)

    weights_mb = round(phases.rss("models loaded (warm_up)") - phases.rss("index opened"), 1)
    runtime_mb = round(phases.rss("model runtime imported (torch, transformers)") - phases.rss("interpreter"), 1)
    models_mb = round(weights_mb + runtime_mb, 1)
    whole = phases.rows[-1]
    filtered = [ms for name in FILTERS if name != "none" for ms in hybrid[name]]
    result = {
        "items": items,
        "phases": phases.rows,
        "whole_process": {"rss_mb": whole["rss_mb"], "peak_rss_mb": whole["peak_rss_mb"]},
        "models_mb": {"weights": weights_mb, "runtime": runtime_mb, "both": models_mb,
                      "note": "weights: what warm_up added (text and image encoders, speech recogniser); runtime: importing torch and transformers, "
                              "which only the models use; beyond_models is the whole process less both"},  # fmt: skip
        "beyond_models": {"rss_mb": round(whole["rss_mb"] - models_mb, 1), "peak_rss_mb": round(whole["peak_rss_mb"] - models_mb, 1)},
        "turns": {"count": turns, "turn_ms": percentiles(turn_ms), "reply_check_ms": percentiles(check_ms), "results_shown": shown} if turns else None,
        "hybrid": {"filtered_search_ms": percentiles(filtered), "search_ms": percentiles([ms for samples in hybrid.values() for ms in samples]),
                   "per_filter": {name: percentiles(samples) for name, samples in hybrid.items()},
                   "split": {"note": "each search's time inside the text encoder (the words, in Facet's process), inside the engine client's calls "
                                     "(server round trips and the engine's work: the time at least one call was open) and the rest (Facet's BM25 scoring, "
                                     "fusion, ranking, while neither a call nor the encoder was); overlap: what encoding and calls on a worker "
                                     "thread shared with the rest (search = encode + engine + facet - overlap); "
                                     "engine_call_ms: each call's own time by what it is for (a call a search did not make counts 0)",
                             "filtered": split_percentiles([sample for name in FILTERS if name != "none" for sample in split[name]]),
                             "per_filter": {name: split_percentiles(samples) for name, samples in split.items()}},
                   "fusion": {"lexical": settings.fusion.lexical}},  # fmt: skip
    }
    if engine_pid:
        result["engine_server"] = engine_memory_mb(engine_pid)
    return result | {"assistant": assistant, "settings": settings}


def recall(assistant, queries: int) -> dict:
    """recall@10 of the engine's filtered dense search against exact search, as scale.py measures it."""
    import numpy as np

    from benchmarks.scale import measure_recall
    from benchmarks.synthetic_catalog import SEED, query_vectors

    vectors = query_vectors(queries, np.random.default_rng(SEED + assistant.index.count()))
    return measure_recall(assistant.index, vectors, assistant.settings.fusion.candidate_pool)


def print_table(result: dict) -> None:
    from benchmarks.scale import RECALL_AT

    print(f"\n{'phase':<40} {'s':>7} {'RSS MB':>8} {'peak MB':>8}")
    for row in result["phases"]:
        print(f"{row['phase']:<40} {row['s']:>7} {row['rss_mb']:>8} {row['peak_rss_mb']:>8}")
    beyond = result["beyond_models"]
    print(f"\n{result['items']:,} items: whole process {result['whole_process']['rss_mb']} MB (peak {result['whole_process']['peak_rss_mb']}); "
          f"models {result['models_mb']['both']} MB (weights {result['models_mb']['weights']}, runtime {result['models_mb']['runtime']}); beyond them {beyond['rss_mb']} MB (peak {beyond['peak_rss_mb']})")  # fmt: skip
    hybrid, turns = result["hybrid"], result["turns"]
    print(f"hybrid filtered search p50/p95 {hybrid['filtered_search_ms']['p50']}/{hybrid['filtered_search_ms']['p95']} ms")
    for name, figures in hybrid["per_filter"].items():
        parts = hybrid["split"]["per_filter"][name]
        print(f"  {name:<24} p50/p95 {figures['p50']}/{figures['p95']} ms: encode {parts['encode']['p50']}, engine {parts['engine']['p50']} "
              f"({parts['engine_calls_per_search']} calls), facet {parts['facet']['p50']}, overlap {parts['overlap']['p50']} ms p50")  # fmt: skip
        for call, figures in parts["engine_call_ms"].items():
            print(f"      {call:<60} p50 {figures['p50']} ms")
    if turns:
        print(f"turn p50/p95 {turns['turn_ms']['p50']}/{turns['turn_ms']['p95']} ms; reply check p50 {turns['reply_check_ms']['p50']} ms")
    if "engine_server" in result:
        print(f"engine server RSS {result['engine_server']['rss_mb']} MB (peak {result['engine_server']['peak_rss_mb']})")
    if "recall" in result:
        print(f"recall@{RECALL_AT} of the filtered dense search against exact, worst filter: {result['recall'][f'worst_recall@{RECALL_AT}']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, required=True, help="the catalog's size (--ingest writes that many)")
    parser.add_argument("--data-dir", type=Path, required=True, help="Facet's data folder (an embedded engine's store is under it)")
    parser.add_argument("--milvus-uri", help="a Milvus server (sets index.engine=milvus and index.milvus_uri)")
    parser.add_argument("--engine-pid", type=int, help="the engine server's process: its memory is reported")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="any setting, as `facet --set`")
    parser.add_argument("--turns", type=int, default=len(TURNS),
                        help="shopper turns (each written by the chat model when one is set); 0: hybrid searches alone, without the catalog read")
    parser.add_argument("--searches", type=int, default=20, help="hybrid searches per filter")
    parser.add_argument("--queries", type=int, default=20, help="query vectors per filter for recall")
    parser.add_argument("--no-recall", action="store_true", help="skip recall (it reads every stored vector)")
    parser.add_argument("--ingest", action="store_true", help="fill the index with the synthetic catalog and stop")
    parser.add_argument("--label", default="", help="what was measured, kept with the result")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    make_settings = lambda: facet_settings(args.data_dir, args.milvus_uri, args.set)  # noqa: E731
    load_at_start = [round(load, 2) for load in os.getloadavg()]
    if args.ingest:
        print(json.dumps(ingest(make_settings(), args.items)))
        return 0
    result = serve(make_settings, args.turns, args.searches, args.engine_pid)
    assistant, settings = result.pop("assistant"), result.pop("settings")
    if result["items"] != args.items:
        raise SystemExit(f"serving_memory.py: the index holds {result['items']:,} items, not {args.items:,}: run --ingest first")
    result["load_average_at_start"] = load_at_start
    result["load_average_before_recall"] = [round(load, 2) for load in os.getloadavg()]
    llm = settings.llm
    result["chat_model"] = f"{type(assistant.writer.chat_model).__name__} ({llm.model_path or llm.local_model})" if assistant.writer else "none (template writer)"
    result["settings"] = {"index": settings.index.model_dump(include={"engine", "milvus_uri", "collection_prefix"}),
                          "milvus": settings.index.milvus.model_dump(include={"index_type", "read_consistency"}), "set": args.set}  # fmt: skip
    if not args.no_recall:
        result["recall"] = recall(assistant, args.queries)
    result["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    result["label"] = args.label
    print_table(result)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2))
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
