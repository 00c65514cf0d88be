"""BM25 kept on disk beside the collection it was built from, so a serving process starts without
reading every item's text again (retrieval/index.py asks here before it builds one).

One file per collection generation, under Facet's data folder (`<data_dir>/cache/bm25/`: safe to
delete, it is made again). The file carries its stamp (the collection and its text revision, a
token the index changes whenever ids or item texts do, by any process) and a SHA-256 of its
arrays: a file whose format version, stamp or checksum does not match is not used, and the index
is built again from the store and written anew. It is written to a temporary file beside it and
renamed into place, so a reader never sees half a file (retrieval/kept_file.py, shared with every
file kept per generation).

Layout: MAGIC, the header's length (8 bytes, little-endian), the header (JSON: version, stamp,
checksum, each array's dtype, shape and offset), then the arrays' bytes one after another.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from retrieval import kept_file
from retrieval.lexical import ItemIds, LexicalIndex

log = logging.getLogger(__name__)

MAGIC = b"FACETBM25"
FORMAT_VERSION = 1  # raise when the arrays or their meaning change: older files are then rebuilt
LENGTH_BYTES = kept_file.LENGTH_BYTES
CACHE_FOLDER = "bm25"  # under the data folder's cache (assistant/config.py, Settings.cache_dir)
SUFFIX = ".bm25"
TERM_SEPARATOR = "\n"  # terms are runs of [a-z0-9] (retrieval/lexical.py, TOKEN)
ARRAYS = ("row_starts", "postings_rows", "count_starts", "counts", "overflow_at", "overflow_counts", "lengths")


StaleLexicalFile = kept_file.StaleKeptFile  # a stored BM25 for another collection or revision, an older format
CorruptLexicalFile = kept_file.CorruptKeptFile  # a stored BM25 that cannot be read back as it was written


def file_name(collection: str, generation: int) -> str:
    return kept_file.file_name(collection, generation, SUFFIX)


def save(path: Path, index: LexicalIndex, stamp: dict) -> None:
    """Write `index` with its `stamp` to `path`, atomically."""
    kept_file.save(path, MAGIC, FORMAT_VERSION, stamp, _arrays(index), {"average_length": index.average_length})


def load(path: Path, stamp: dict) -> LexicalIndex:
    """The BM25 stored at `path` for `stamp`; FileNotFoundError, StaleLexicalFile or CorruptLexicalFile otherwise."""
    arrays, header = kept_file.load(path, MAGIC, FORMAT_VERSION, stamp)
    try:
        return _index(arrays, float(header["average_length"]))
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptLexicalFile(f"its header does not describe its arrays ({error})") from None


def _header(data: bytes) -> tuple[dict, int]:
    """The header and where the arrays start."""
    return kept_file.read_header(data, MAGIC)


def _arrays(index: LexicalIndex) -> dict[str, np.ndarray]:
    text, ends = index.ids.packed()
    numbers = np.asarray(sorted(index.bitmaps), dtype=np.int64)
    width = (len(index.ids) + 7) // 8
    bitmaps = np.stack([index.bitmaps[number] for number in numbers]) if len(numbers) else np.zeros((0, width), dtype=np.uint8)
    terms = TERM_SEPARATOR.join(sorted(index.terms, key=index.terms.__getitem__)).encode()
    return {"ids_text": np.frombuffer(text, dtype=np.uint8), "ids_ends": ends, "terms": np.frombuffer(terms, dtype=np.uint8),
            "bitmap_terms": numbers, "bitmaps": bitmaps, **{name: getattr(index, name) for name in ARRAYS}}  # fmt: skip


def _index(arrays: dict[str, np.ndarray], average_length: float) -> LexicalIndex:
    words = arrays["terms"].tobytes().decode()
    terms = {term: number for number, term in enumerate(words.split(TERM_SEPARATOR))} if words else {}
    bitmaps = {int(number): bits for number, bits in zip(arrays["bitmap_terms"], arrays["bitmaps"], strict=True)}
    ids = ItemIds.from_packed(arrays["ids_text"].tobytes(), arrays["ids_ends"])
    if len(arrays["row_starts"]) != len(terms) + 1 or len(arrays["lengths"]) != len(ids):
        raise CorruptLexicalFile("its terms or documents do not match its postings")
    return LexicalIndex(ids=ids, terms=terms, bitmaps=bitmaps, average_length=average_length, **{name: arrays[name] for name in ARRAYS})
