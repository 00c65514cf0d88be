"""What Facet reads whole into each serving process, at catalog sizes no engine is run for: the
BM25 index (retrieval/lexical.py) and the set of every title the grounding check reads
(assistant/shop_setup.py, assistant/grounding.py), and the shop's words and hearing read from
every item at once beside them.

    nice -n 10 python benchmarks/catalog_memory.py --sizes 100000 1000000 --out benchmarks/results/catalog_memory.json
    nice -n 10 python benchmarks/catalog_memory.py --paged --sizes 100000 1000000 --out benchmarks/results/catalog_memory_paged.json

`--paged` measures titles, the shop's words and hearing as the Assistant reads them now, a page
of items at a time from a stand-in store (the synthetic catalog made a page at a time).

Each size runs in a fresh process. Items and their texts come from benchmarks/synthetic_catalog.py's
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
from collections.abc import Iterator
from pathlib import Path

from assistant.grounding import GroundingVerifier
from assistant.catalog_titles import CatalogTitles
from assistant.hearing import CatalogWords, hearing_of, shop_hearing
from perception.config import ASRConfig
from benchmarks.processes import peak_rss_mb, rss_mb
from benchmarks.synthetic_catalog import GENERATED_ITEMS, generated, synthetic_items
from retrieval.catalog import Item
from retrieval.config import FusionConfig
from retrieval.constraints import Constraints
from retrieval.lexical import LexicalIndex, tokenize
from retrieval.lexicon import load_lexicon
from retrieval.records import item_text
from retrieval.index import STORE_PAGE
from retrieval.shop_vocabulary import VocabularyReader, shop_vocabulary

REPLY = "The Rose Gold Diamond Ring at $750 is a lovely choice; the Platinum Ruby Ring is another."
SHOWN_ITEMS = 3  # the items a reply is written about
CHECKS = 5
QUERY = "rose gold diamond ring"  # a shopper's common words: long postings to score


def lexical_bytes(index: LexicalIndex) -> int:
    """The BM25 index's arrays and the dict and strings around them (ids included)."""
    if hasattr(index, "nbytes"):  # held compactly: its arrays, and one dict entry and string per term
        return index.nbytes + sys.getsizeof(index.terms) + sum(sys.getsizeof(term) + 32 for term in index.terms)
    arrays = sum(rows.nbytes + counts.nbytes for rows, counts in index.postings.values()) + index.lengths.nbytes
    containers = sys.getsizeof(index.postings) + sum(sys.getsizeof(term) + 2 * 112 + 64 for term in index.postings)
    ids = sys.getsizeof(index.ids) + sum(sys.getsizeof(item_id) for item_id in index.ids)
    return arrays + containers + ids


def postings_counted(index: LexicalIndex) -> dict:
    if hasattr(index, "postings_count"):
        return {"terms": len(index.terms), "postings": index.postings_count, "terms_as_bitmaps": len(index.bitmaps)}
    return {"terms": len(index.postings), "postings": int(sum(len(rows) for rows, _ in index.postings.values()))}


def titles_bytes(titles) -> int:
    """The titles' text and arrays as CatalogTitles holds them (sorted once looked up in)."""
    hashes, order = titles._by_hash()
    return len(titles._text) + titles._ends.itemsize * len(titles._ends) * 2 + hashes.nbytes + order.nbytes


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
                      "estimated_mb": round(lexical_bytes(lexical) / 2**20, 1), **postings_counted(lexical)}  # fmt: skip
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


def paged_catalog(n: int, page: int) -> Iterator[list[Item]]:
    """The synthetic catalog a store page at a time (as CatalogIndex.item_pages reads it), each
    title made unique by its item's id as a real catalog's titles are."""
    base = generated(min(GENERATED_ITEMS, n))
    for start in range(0, n, page):
        items = []
        for number in range(start, min(n, start + page)):
            item = base[number % len(base)]
            item_id = f"{item.id}-{number // len(base)}"
            items.append(item.model_copy(update={"id": item_id, "title": f"{item.title} {item_id}", "image": ""}))
        yield items


def measure_paged(n: int) -> dict:
    """Titles, the shop's words and its hearing read a page at a time, as assistant/shop_setup.py
    reads them: the process's resident memory at its highest during the read (sampled after every
    page) and once the read's inputs are let go, both over the memory before the read."""
    result: dict = {"items": n, "load_average_at_start": [round(load, 2) for load in os.getloadavg()]}
    base = generated(min(GENERATED_ITEMS, n))  # the stand-in store's own rows, before the read
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    ids = sorted(f"{item.id}-{number // len(base)}" for number, item in ((number, base[number % len(base)]) for number in range(n)))
    lexicon = load_lexicon()
    titles, vocabulary, words = CatalogTitles(), VocabularyReader(lexicon), CatalogWords(lexicon)
    highest = rss_mb()
    for page in paged_catalog(n, STORE_PAGE):
        titles.add(item.title for item in page)
        vocabulary.add(page)
        words.add(page)
        highest = max(highest, rss_mb())
    read_s = time.perf_counter() - started
    positions = {item_id: number for number, item_id in enumerate(words.ids)}
    wanted = {positions[item_id] for item_id in words.sample_ids(ASRConfig().lm_max_items)}
    sample = [item for page in paged_catalog(n, STORE_PAGE) for item in page if positions[item.id] in wanted]  # read again by id
    del ids, positions
    highest = max(highest, rss_mb())
    started = time.perf_counter()
    hearing = hearing_of(words, sample, vocabulary.vocabulary(), "en")
    hearing_s = time.perf_counter() - started
    highest = max(highest, rss_mb())
    del words, sample
    gc.collect()
    started = time.perf_counter()
    for _ in range(CHECKS):
        GroundingVerifier([], "a rose gold ring", Constraints(), titles).check(REPLY)
    check_ms = (time.perf_counter() - started) * 1000 / CHECKS
    result["paged_read"] = {
        "page_items": STORE_PAGE, "read_s": round(read_s, 1), "hearing_built_s": round(hearing_s, 1),
        "rss_before_mb": round(before, 1), "highest_rss_over_before_mb": round(highest - before, 1),
        "held_rss_over_before_mb": round(rss_mb() - before, 1),
        "titles": len(titles), "titles_estimated_mb": round(titles_bytes(titles) / 2**20, 1), "check_one_reply_ms": round(check_ms, 1),
        "catalog_words": len(hearing.catalog_words), "written_words": len(hearing.written_words),
        "note": "held: the titles, the shop's words and its hearing (its language model included); highest: also every id, one page of items and the accumulators",
    }  # fmt: skip
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process measuring one size
    parser.add_argument("--hearing-up-to", type=int, default=100_000, help="measure the shop's words and hearing up to this size")
    parser.add_argument("--paged", action="store_true", help="only titles, the shop's words and hearing, read a page at a time")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_paged(args.one) if args.paged else measure(args.one, args.one <= args.hearing_up_to)))
        return 0
    results = []
    for n in args.sizes:
        child = subprocess.run([sys.executable, __file__, "--one", str(n), "--hearing-up-to", str(args.hearing_up_to), *(["--paged"] if args.paged else [])],
                               capture_output=True, text=True, check=True)  # fmt: skip
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps({"results": results, "load_average_at_end": [round(x, 2) for x in os.getloadavg()]}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
