"""The serving process's one read of the whole catalog: every title for the verifier
(CatalogTitles), the shop's vocabulary (VocabularyReader) and what voice turns listen for
(CatalogWords and the language model's sample, made into the hearing by `hearing_of`).

What the read finds is plain data (the titles, the sets and counts of words, the sample's items),
and it is kept beside the collection as BM25 is (retrieval/kept_file.py): one file per collection
generation under the data folder (`<data_dir>/cache/catalog_read/`, safe to delete), stamped with
the collection, its text revision and what else the read depends on (the lexicon's names the
hearing looks for, how many items the language model learns from), and checksummed. The next
process reads it back instead of the catalog; a stale or damaged file is read again from the store,
with a warning, and kept anew. The models (the hearing's language model) are made again from it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from assistant.catalog_titles import CatalogTitles
from assistant.hearing import CatalogWords, ShopHearing, hearing_of, names_to_find
from retrieval import kept_file
from retrieval.catalog import Item
from retrieval.index import CatalogIndex
from retrieval.lexicon import locale_words
from retrieval.lexicon_tables import Lexicon
from retrieval.records import item_from_metadata
from retrieval.shop_vocabulary import ShopVocabulary, VocabularyReader

log = logging.getLogger(__name__)

MAGIC = b"FACETREAD"
FORMAT_VERSION = 1  # raise when what is kept, or how the readers read it, changes: older files are then read again
CACHE_FOLDER = "catalog_read"  # under the data folder's cache (assistant/config.py, Settings.cache_dir)
SUFFIX = ".read"


@dataclass
class CatalogRead:
    titles: CatalogTitles
    vocabulary: ShopVocabulary
    hearing: ShopHearing
    revision: str | None  # the index's text revision it was read at
    source: str  # "store" or "kept file"
    spent: dict[str, float] = field(default_factory=dict)  # seconds per part of a read from the store

    @classmethod
    def of(cls, index: CatalogIndex, settings, folder: Path | None) -> CatalogRead:
        """The catalog read at its present revision: from the file kept in `folder` when it is this
        revision's, else from the store (and kept there, unless the catalog changed meanwhile)."""
        revision = index.text_revision()
        lexicon = settings.lexicon.own_lexicon()
        language, prompt_style = settings.shop_asr.language, settings.asr.other_language_prompt
        words = CatalogWords(lexicon, language, prompt_style)
        path, stamp, found = None, {}, None
        if folder is not None and revision is not None:  # without a revision nothing kept can be known fresh
            path = index.kept_file(folder, SUFFIX)
            stamp = index.kept_stamp(revision) | {"lm_max_items": settings.asr.lm_max_items, "titles_kept": words.titles is not None,
                                                  "hearing_names": _digest(sorted(names_to_find(lexicon)))}  # fmt: skip
            found = _kept(path, stamp, lexicon, words)
        spent: dict[str, float] = {}
        if found is not None:
            titles, vocabulary, sample = found
        else:
            titles, vocabulary, words, sample = _read_store(index, lexicon, lambda: CatalogWords(lexicon, language, prompt_style),
                                                            settings.asr.lm_max_items, spent)  # fmt: skip
            if path is not None and index.text_revision() == revision:  # a write meanwhile: what was read is not that revision's
                _keep(path, stamp, titles, vocabulary, words, sample, index)
        started = time.perf_counter()
        shop = vocabulary.vocabulary()
        locale = next(iter(settings.lexicon.heard_locales()), None)
        hearing = hearing_of(words, sample, shop, language, locale_words(locale) if locale else (), prompt_style)
        spent["hearing made (prompt, language model)"] = time.perf_counter() - started
        return cls(titles, shop, hearing, revision, "kept file" if found is not None else "store", spent)


def _read_store(index: CatalogIndex, lexicon: Lexicon, new_words: Callable[[], CatalogWords], lm_max_items: int, spent: dict[str, float]):
    """Every item, a page at a time in id order, through the three readers; then the language model's sample."""
    try:
        return _read_pages(_ordered_pages(index), index, lexicon, new_words(), lm_max_items, spent)
    except _OutOfOrder as error:
        log.warning("catalog read: the store's pages are not in id order (%s): reading them by id instead", error)
        spent.clear()
        return _read_pages(index.item_pages(), index, lexicon, new_words(), lm_max_items, spent)


def _read_pages(pages: Iterator[list[Item]], index: CatalogIndex, lexicon: Lexicon, words: CatalogWords, lm_max_items: int,
                spent: dict[str, float]):  # fmt: skip
    titles, vocabulary = CatalogTitles(), VocabularyReader(lexicon)
    clock = time.perf_counter()
    for page in pages:  # a page of items at a time: a big catalog is never held whole
        read = time.perf_counter()
        _add(spent, "store: the items, page by page", read - clock)
        titles.add(item.title for item in page)
        vocabulary.add(page)
        words.add(page)
        clock = time.perf_counter()
        _add(spent, "readers: titles, vocabulary, hearing's words", clock - read)
    sample = sorted(index.items(words.sample_ids(lm_max_items)).values(), key=lambda item: item.id)
    _add(spent, "store: the language model's sample", time.perf_counter() - clock)
    return titles, vocabulary, words, sample


class _OutOfOrder(Exception):
    pass


def _ordered_pages(index: CatalogIndex) -> Iterator[list[Item]]:
    """The items in id order, a page at a time: the store's own pages where they come so (one pass,
    no look-up by id), checked as they come; else ids first, then the items a page of ids at a time."""
    if not index.pages_in_id_order():
        yield from index.item_pages()
        return
    last = None
    for page in index.pages("text"):
        for item_id in page["ids"]:
            if last is not None and item_id <= last:
                raise _OutOfOrder(f"{item_id!r} after {last!r}")
            last = item_id
        yield [item for metadata in page["metadatas"] if (item := item_from_metadata(metadata)) is not None]


def _add(spent: dict[str, float], part: str, seconds: float) -> None:
    spent[part] = spent.get(part, 0.0) + seconds


# --- kept on disk ---------------------------------------------------------------------------------


def _kept(path: Path, stamp: dict, lexicon: Lexicon, words: CatalogWords) -> tuple[CatalogTitles, VocabularyReader, list[Item]] | None:
    """What was kept at `path` for `stamp` (`words` filled from it), or None: none kept, or not usable."""
    try:
        arrays, _ = kept_file.load(path, MAGIC, FORMAT_VERSION, stamp)
        return _from_arrays(arrays, lexicon, words)
    except FileNotFoundError:
        log.info("catalog read: none kept for %s yet, reading the catalog from the store", stamp["collection"])
    except (kept_file.StaleKeptFile, kept_file.CorruptKeptFile, OSError) as error:
        log.warning("catalog read kept at %s is not used (%s): reading the catalog from the store again", path, error)
    return None


def _keep(path: Path, stamp: dict, titles: CatalogTitles, vocabulary: VocabularyReader, words: CatalogWords, sample: list[Item],
          index: CatalogIndex) -> None:  # fmt: skip
    try:
        kept_file.save(path, MAGIC, FORMAT_VERSION, stamp, _arrays(titles, vocabulary, words, sample))
        index.prune_kept_files(path.parent, SUFFIX)
    except OSError as error:
        log.warning("catalog read could not be kept at %s (%s): the next start reads the catalog again", path, error)


def _arrays(titles: CatalogTitles, vocabulary: VocabularyReader, words: CatalogWords, sample: list[Item]) -> dict[str, np.ndarray]:
    text, ends = titles.packed()
    found = {
        "categories": sorted(vocabulary.categories), "metals": sorted(vocabulary.metals), "stones": sorted(vocabulary.stones),
        "currencies": list(vocabulary.currencies.items()),  # in the order first read: most_common breaks ties by it
        "names": sorted(words.names.found), "title_words": list(words.title_words.items()), "quoted": sorted(words.quoted),
        "script_words": list(words.script_words.items()), "written": sorted(words.written), "titles": words.titles,
        "sample": [item.model_dump_json() for item in sample],
    }  # fmt: skip
    return {"titles_text": np.frombuffer(text, dtype=np.uint8), "titles_ends": ends, "found": kept_file.text_array(json.dumps(found))}


def _from_arrays(arrays: dict[str, np.ndarray], lexicon: Lexicon, words: CatalogWords) -> tuple[CatalogTitles, VocabularyReader, list[Item]]:
    try:
        found = json.loads(kept_file.array_text(arrays["found"]))
        titles = CatalogTitles.from_packed(arrays["titles_text"].tobytes(), arrays["titles_ends"])
        vocabulary = VocabularyReader(lexicon)
        vocabulary.categories, vocabulary.metals, vocabulary.stones = set(found["categories"]), set(found["metals"]), set(found["stones"])
        vocabulary.currencies = Counter(dict(found["currencies"]))
        words.names.found = set(found["names"])
        words.title_words, words.script_words = Counter(dict(found["title_words"])), Counter(dict(found["script_words"]))
        words.quoted, words.written = set(found["quoted"]), set(found["written"])
        if words.titles is not None:
            words.titles = list(found["titles"])
        sample = [Item.model_validate_json(item) for item in found["sample"]]
    except (KeyError, IndexError, TypeError, ValueError) as error:  # a ValidationError is a ValueError
        raise kept_file.CorruptKeptFile(f"its contents are not a catalog read ({type(error).__name__})") from None
    return titles, vocabulary, sample


def _digest(values: list[str]) -> str:
    return hashlib.sha256("\n".join(values).encode()).hexdigest()
