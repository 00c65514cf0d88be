"""A file kept per collection generation: what a serving process reads from the whole catalog
(BM25, retrieval/lexical_store.py; the titles, vocabulary and hearing's words,
assistant/catalog_read.py), written once and read back by the next process instead of read again.

Each file carries its stamp (what it was read from: the collection, its text revision, a token the
index changes whenever ids or item texts do, by any process, and whatever else its reader depends
on) and a SHA-256 of its arrays. A file whose format version or stamp does not match is stale, one
whose bytes do not match its checksum is corrupt: neither is used. It is written to a temporary
file beside it and renamed into place, so a reader never sees half a file.

Layout: the kind's magic bytes, the header's length (8 bytes, little-endian), the header (JSON:
version, stamp, checksum, each array's dtype, shape and offset, and the kind's own entries), then
the arrays' bytes one after another.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

import numpy as np

LENGTH_BYTES = 8
ALIGNMENT = 16  # each array starts at a multiple of this, counted from the file's start
UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


class StaleKeptFile(Exception):
    """A kept file that is not the one asked for (another collection or revision, an older format)."""


class CorruptKeptFile(Exception):
    """A kept file that cannot be read back as it was written."""


def file_name(collection: str, generation: int, suffix: str) -> str:
    """The file kept for `collection`'s (base name's) `generation`."""
    return UNSAFE_NAME.sub("_", f"{collection}.g{generation}") + suffix


def generation_of(name: str, collection: str, suffix: str) -> int | None:
    """The generation a file named by `file_name(collection, ..., suffix)` was kept for."""
    prefix = UNSAFE_NAME.sub("_", f"{collection}.g")
    number = name.removeprefix(prefix).removesuffix(suffix)
    return int(number) if name.startswith(prefix) and name.endswith(suffix) and number.isdigit() else None


def save(path: Path, magic: bytes, version: int, stamp: dict, arrays: dict[str, np.ndarray], extra: dict | None = None) -> None:
    """Write `arrays` (and the header entries `extra`) with `stamp` to `path`, atomically."""
    header, offset = {**(extra or {}), "version": version, "stamp": stamp, "arrays": []}, 0
    digest = hashlib.sha256()
    for name, array in arrays.items():
        offset = _aligned(offset)
        header["arrays"].append({"name": name, "dtype": array.dtype.str, "shape": list(array.shape), "offset": offset})
        digest.update(name.encode())
        digest.update(_bytes(array))
        offset += array.nbytes
    header["sha256"] = digest.hexdigest()
    text = json.dumps(header).encode()
    start = _aligned(len(magic) + LENGTH_BYTES + len(text))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(magic + len(text).to_bytes(LENGTH_BYTES, "little") + text)
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


def load(path: Path, magic: bytes, version: int, stamp: dict) -> tuple[dict[str, np.ndarray], dict]:
    """The arrays kept at `path` for `stamp`, and its header; FileNotFoundError, StaleKeptFile or
    CorruptKeptFile otherwise."""
    data = path.read_bytes()
    header, start = read_header(data, magic)
    if header.get("version") != version:
        raise StaleKeptFile(f"format {header.get('version')}, not {version}")
    kept = header.get("stamp") if isinstance(header.get("stamp"), dict) else {}
    if kept != stamp:
        changed = ", ".join(f"{key} {kept.get(key)!r}, now {value!r}" for key, value in stamp.items() if kept.get(key) != value)
        raise StaleKeptFile(f"written for another state of the collection: {changed or 'its stamp differs'}")
    try:
        arrays = {}
        digest = hashlib.sha256()
        for entry in header["arrays"]:
            dtype = np.dtype(entry["dtype"])
            count = int(np.prod(entry["shape"], dtype=np.int64))
            begin = start + entry["offset"]
            if begin + count * dtype.itemsize > len(data):
                raise CorruptKeptFile(f"array {entry['name']} runs past the file's end")
            arrays[entry["name"]] = np.frombuffer(data, dtype=dtype, count=count, offset=begin).reshape(entry["shape"])
            digest.update(entry["name"].encode())
            digest.update(_bytes(arrays[entry["name"]]))
        if digest.hexdigest() != header["sha256"]:
            raise CorruptKeptFile("its checksum does not match its contents")
        return arrays, header
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptKeptFile(f"its header does not describe its arrays ({error})") from None


def read_header(data: bytes, magic: bytes) -> tuple[dict, int]:
    """The header and where the arrays start."""
    if not data.startswith(magic) or len(data) < len(magic) + LENGTH_BYTES:
        raise CorruptKeptFile("it is not a file of this kind")
    length = int.from_bytes(data[len(magic) : len(magic) + LENGTH_BYTES], "little")
    end = len(magic) + LENGTH_BYTES + length
    try:
        header = json.loads(data[len(magic) + LENGTH_BYTES : end])
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CorruptKeptFile("its header is not readable") from None
    if not isinstance(header, dict):
        raise CorruptKeptFile("its header is not readable")
    return header, _aligned(end)


def prune(folder: Path, collection: str, suffix: str, keep: set[int]) -> None:
    """Remove the files kept for `collection`'s generations other than `keep` (dropped by a reindex)."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        generation = generation_of(path.name, collection, suffix)
        if generation is not None and generation not in keep:
            path.unlink(missing_ok=True)


def text_array(text: str) -> np.ndarray:
    """`text` (UTF-8) as an array of bytes, so the checksum covers it."""
    return np.frombuffer(text.encode(), dtype=np.uint8)


def array_text(array: np.ndarray) -> str:
    try:
        return array.tobytes().decode()
    except UnicodeDecodeError:
        raise CorruptKeptFile("its text is not UTF-8") from None


def _bytes(array: np.ndarray) -> np.ndarray:
    """The array's bytes, in order (one byte per element)."""
    return np.ascontiguousarray(array).reshape(-1).view(np.uint8)


def _aligned(offset: int) -> int:
    return -(-offset // ALIGNMENT) * ALIGNMENT
