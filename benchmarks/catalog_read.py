"""Where a serving process's read of the whole catalog goes (ShopSetup's titles, vocabulary and
hearing: assistant/catalog_read.py), on an index `benchmarks/serving_memory.py --ingest` filled.

    nice -n 10 python benchmarks/catalog_read.py --items 100000 --data-dir DIR
        [--milvus-uri http://127.0.0.1:19530] [--set KEY=VALUE ...] --out benchmarks/results/catalog_read_100k_chroma.json

Parts, each timed over the whole catalog: the engine's calls as the read made them before
(every id, then the items a page of ids at a time), reading each stored row back into an item,
each reader's own work (the verifier's titles, the vocabulary, the hearing's words), and the
language model's sample and the hearing made from them; then the read as it is now (one pass over
the store's pages, the item field alone), and the kept read written and read back.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

PAGE = 5_000  # ids per read of the read before (CatalogIndex.item_pages' page)


class Clock:
    def __init__(self):
        self.spent: dict[str, float] = {}

    def timed(self, part: str, work):
        started = time.perf_counter()
        try:
            return work()
        finally:
            self.spent[part] = self.spent.get(part, 0.0) + time.perf_counter() - started

    def rounded(self) -> dict[str, float]:
        return {part: round(seconds, 2) for part, seconds in self.spent.items()}


def read_before(setup, clock: Clock, pages: int | None = None) -> dict:
    """The read as `_read_catalog_once` made it before: ids, then items by id, page by page (the
    first `pages` pages only, when given: the language model's sample and hearing left out)."""
    from assistant.catalog_titles import CatalogTitles
    from assistant.hearing import CatalogWords, hearing_of
    from retrieval.index import _batches
    from retrieval.lexicon import load_lexicon, locale_words
    from retrieval.records import item_from_metadata
    from retrieval.shop_vocabulary import VocabularyReader

    settings, index = setup.settings, setup.index
    lexicon = load_lexicon(settings.lexicon.locales, settings.lexicon.extra)
    language, style = settings.shop_asr.language, settings.asr.other_language_prompt
    titles, vocabulary, words = CatalogTitles(), VocabularyReader(lexicon), CatalogWords(lexicon, language, style)
    ids = clock.timed("engine: every id (ids only)", lambda: sorted(index.all_ids()))
    for batch in list(_batches(ids, PAGE))[:pages]:
        found = clock.timed("engine: items by id, a page of ids at a time", lambda: index.get("text", ids=batch))
        rows = dict(zip(found["ids"], found["metadatas"]))
        items = clock.timed("rows read back into items (JSON + validation)",
                            lambda: [item for item_id in batch if item_id in rows and (item := item_from_metadata(rows[item_id])) is not None])
        clock.timed("reader: verifier's titles", lambda: titles.add(item.title for item in items))
        clock.timed("reader: vocabulary", lambda: vocabulary.add(items))
        clock.timed("reader: hearing's words", lambda: words.add(items))
    if pages is not None:
        return {"items": len(ids), "items_read": min(len(ids), pages * PAGE), "distinct_titles": len(titles), "prompt": None}
    sample = clock.timed("engine: the language model's sample", lambda: sorted(index.items(words.sample_ids(settings.asr.lm_max_items)).values(), key=lambda item: item.id))
    locale = next(iter(settings.lexicon.heard_locales()), None)
    hearing = clock.timed("hearing made (prompt, language model)", lambda: hearing_of(
        words, sample, vocabulary.vocabulary(), language, locale_words(locale) if locale else (), style))
    return {"items": len(ids), "items_read": len(ids), "distinct_titles": len(titles), "prompt": hearing.prompt}


def read_after(setup, clock: Clock, items: int) -> dict:
    """The read as CatalogRead.of makes it from the store, over its first `items` items only: the
    store's own pages where they come in id order (else by id), then the same readers."""
    from assistant.catalog_read import _ordered_pages
    from assistant.catalog_titles import CatalogTitles
    from assistant.hearing import CatalogWords
    from retrieval.lexicon import load_lexicon
    from retrieval.records import item_from_metadata
    from retrieval.shop_vocabulary import VocabularyReader

    settings, index = setup.settings, setup.index
    lexicon = load_lexicon(settings.lexicon.locales, settings.lexicon.extra)
    titles, vocabulary, words = CatalogTitles(), VocabularyReader(lexicon), CatalogWords(lexicon, settings.shop_asr.language)
    read = 0
    if index.pages_in_id_order():
        pages = index.pages("text")
        while read < items and (page := clock.timed("engine: the store's own pages, in id order", lambda: next(pages, None))) is not None:
            found = clock.timed("rows read back into items (JSON + validation)",
                                lambda: [item for metadata in page["metadatas"] if (item := item_from_metadata(metadata)) is not None])
            clock.timed("readers: titles, vocabulary, hearing's words", lambda: (titles.add(i.title for i in found), vocabulary.add(found), words.add(found)))
            read += len(found)
    else:
        pages = _ordered_pages(index)
        while read < items and (found := clock.timed("engine: ids, then items by id (and rows read back)", lambda: next(pages, None))) is not None:
            clock.timed("readers: titles, vocabulary, hearing's words", lambda: (titles.add(i.title for i in found), vocabulary.add(found), words.add(found)))
            read += len(found)
    return {"items_read": read}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--milvus-uri")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--skip-before", action="store_true", help="leave out the read as it was made before")
    parser.add_argument("--before-pages", type=int, help="time the read as before over its first pages only (of 5,000 items)")
    parser.add_argument("--after-items", type=int, help="time the read as it is now over its first items only, and keep nothing")
    parser.add_argument("--label", default="")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_at_start = [round(load, 2) for load in os.getloadavg()]
    from assistant.catalog_read import SUFFIX, CatalogRead
    from assistant.shop_setup import ShopSetup
    from benchmarks.serving_memory import facet_settings

    settings = facet_settings(args.data_dir, args.milvus_uri, args.set)
    setup = ShopSetup.from_settings(settings)
    count = setup.index.count()
    if count != args.items:
        raise SystemExit(f"catalog_read.py: the index holds {count:,} items, not {args.items:,}")
    result: dict = {"items": count, "engine": settings.index.engine, "load_average_at_start": load_at_start}
    if not args.skip_before:
        clock = Clock()
        before = clock.timed("whole", lambda: read_before(setup, clock, args.before_pages))
        result["before"] = {"parts_s": clock.rounded(), "items_read": before["items_read"], "distinct_titles": before["distinct_titles"],
                            "readers": "the hearing's words read by this commit's CatalogWords (faster than the one before it; same results)"}  # fmt: skip
        result["load_average_after_before"] = [round(load, 2) for load in os.getloadavg()]
        print(json.dumps(result["before"], indent=2), flush=True)
    if args.after_items:
        clock = Clock()
        after = clock.timed("whole", lambda: read_after(setup, clock, args.after_items))
        result["after_partial"] = {"parts_s": clock.rounded(), **after}
        print(json.dumps(result["after_partial"], indent=2), flush=True)
        result["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
        result["label"] = args.label
        if args.out:
            args.out.write_text(json.dumps(result, indent=2))
        return 0
    folder = setup.catalog_read_dir
    path = setup.index.kept_file(folder, SUFFIX)
    if path.exists():
        path.unlink()
    clock = Clock()
    fresh = clock.timed("fresh read (none kept: read from the store, then kept)", lambda: CatalogRead.of(setup.index, settings, folder))
    kept = clock.timed("kept read (read back from its file)", lambda: CatalogRead.of(setup.index, settings, folder))
    same = (fresh.hearing.prompt == kept.hearing.prompt and len(fresh.titles) == len(kept.titles)
            and fresh.vocabulary.categories == kept.vocabulary.categories and fresh.source == "store" and kept.source == "kept file")  # fmt: skip
    result["after"] = {"parts_s": clock.rounded() | {f"fresh: {part}": s for part, s in fresh.spent.items()},
                       "kept_file_mb": round(path.stat().st_size / 1e6, 1), "kept_equals_fresh": same,
                       "distinct_titles": len(fresh.titles)}  # fmt: skip
    if not args.skip_before and before["prompt"] is not None:
        result["after"]["prompt_as_before"] = fresh.hearing.prompt == before["prompt"]
    result["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    result["label"] = args.label
    print(json.dumps(result["after"], indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
