"""BM25 kept on disk beside the collection it was built from, so a serving process starts without
reading every item's text again (retrieval/index.py asks here before it builds one).

One file per collection generation, under Facet's data folder (`<data_dir>/cache/bm25/`: safe to
delete, it is made again). The file carries its stamp (the collection and its text revision, a
token the index changes whenever ids or item texts do, by any process) and a SHA-256 of its
arrays: a file whose format version, stamp or checksum does not match is not used, and the index
is built again from the store and written anew. It is written to a temporary file beside it and
renamed into place, so a reader never sees half a file.

Layout: MAGIC, the header's length (8 bytes, little-endian), the header (JSON: version, stamp,
checksum, each array's dtype, shape and offset), then the arrays' bytes one after another.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path

import numpy as np

from retrieval.lexical import ItemIds, LexicalIndex

log = logging.getLogger(__name__)

MAGIC = b"FACETBM25"
FORMAT_VERSION = 1  # raise when the arrays or their meaning change: older files are then rebuilt
LENGTH_BYTES = 8
ALIGNMENT = 16  # each array starts at a multiple of this, counted from the file's start
CACHE_FOLDER = "bm25"  # under the data folder's cache (assistant/config.py, Settings.cache_dir)
SUFFIX = ".bm25"
TERM_SEPARATOR = "\n"  # terms are runs of [a-z0-9] (retrieval/lexical.py, TOKEN)
UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
ARRAYS = ("row_starts", "postings_rows", "count_starts", "counts", "overflow_at", "overflow_counts", "lengths")


class StaleLexicalFile(Exception):
    """A stored BM25 that is not the one asked for (another collection or revision, an older format)."""


class CorruptLexicalFile(Exception):
    """A stored BM25 that cannot be read back as it was written."""


def file_name(collection: str, generation: int) -> str:
    return UNSAFE_NAME.sub("_", f"{collection}.g{generation}") + SUFFIX


def save(path: Path, index: LexicalIndex, stamp: dict) -> None:
    """Write `index` with its `stamp` to `path`, atomically."""
    arrays = _arrays(index)
    header, offset = {"version": FORMAT_VERSION, "stamp": stamp, "average_length": index.average_length, "arrays": []}, 0
    digest = hashlib.sha256()
    for name, array in arrays.items():
        offset = _aligned(offset)
        header["arrays"].append({"name": name, "dtype": array.dtype.str, "shape": list(array.shape), "offset": offset})
        digest.update(name.encode())
        digest.update(_bytes(array))
        offset += array.nbytes
    header["sha256"] = digest.hexdigest()
    text = json.dumps(header).encode()
    start = _aligned(len(MAGIC) + LENGTH_BYTES + len(text))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + len(text).to_bytes(LENGTH_BYTES, "little") + text)
            for entry, array in zip(header["arrays"], arrays.values(), strict=True):
                out.seek(start + entry["offset"])
                out.write(_bytes(array))
            out.truncate(start + offset)  # to the last array's end, an empty one's too
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: Path, stamp: dict) -> LexicalIndex:
    """The BM25 stored at `path` for `stamp`; FileNotFoundError, StaleLexicalFile or CorruptLexicalFile otherwise."""
    data = path.read_bytes()
    header, start = _header(data)
    if header.get("version") != FORMAT_VERSION:
        raise StaleLexicalFile(f"format {header.get('version')}, not {FORMAT_VERSION}")
    kept = header.get("stamp") if isinstance(header.get("stamp"), dict) else {}
    if kept != stamp:
        changed = ", ".join(f"{key} {kept.get(key)!r}, now {value!r}" for key, value in stamp.items() if kept.get(key) != value)
        raise StaleLexicalFile(f"written for another state of the collection: {changed or 'its stamp differs'}")
    try:
        arrays = {}
        digest = hashlib.sha256()
        for entry in header["arrays"]:
            dtype = np.dtype(entry["dtype"])
            count = int(np.prod(entry["shape"], dtype=np.int64))
            begin = start + entry["offset"]
            if begin + count * dtype.itemsize > len(data):
                raise CorruptLexicalFile(f"array {entry['name']} runs past the file's end")
            arrays[entry["name"]] = np.frombuffer(data, dtype=dtype, count=count, offset=begin).reshape(entry["shape"])
            digest.update(entry["name"].encode())
            digest.update(_bytes(arrays[entry["name"]]))
        if digest.hexdigest() != header["sha256"]:
            raise CorruptLexicalFile("its checksum does not match its contents")
        return _index(arrays, float(header["average_length"]))
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptLexicalFile(f"its header does not describe its arrays ({error})") from None


def _header(data: bytes) -> tuple[dict, int]:
    """The header and where the arrays start."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + LENGTH_BYTES:
        raise CorruptLexicalFile("it is not a stored BM25 index")
    length = int.from_bytes(data[len(MAGIC) : len(MAGIC) + LENGTH_BYTES], "little")
    end = len(MAGIC) + LENGTH_BYTES + length
    try:
        header = json.loads(data[len(MAGIC) + LENGTH_BYTES : end])
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CorruptLexicalFile("its header is not readable") from None
    if not isinstance(header, dict):
        raise CorruptLexicalFile("its header is not readable")
    return header, _aligned(end)


def _bytes(array: np.ndarray) -> np.ndarray:
    """The array's bytes, in order (one byte per element)."""
    return np.ascontiguousarray(array).reshape(-1).view(np.uint8)


def _aligned(offset: int) -> int:
    return -(-offset // ALIGNMENT) * ALIGNMENT


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
