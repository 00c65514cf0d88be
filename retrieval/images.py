"""Item photos at ingest: the one place an item's image reference becomes a safe local picture.

A catalog's image reference is a path, relative to the catalog's folder (or `--images`), or an
http(s) URL.

- `resolve_reference` (the catalog loader, per row): a path must stay inside that folder once
  symlinks are followed (`..`, absolute paths and symlinks leading out are refused) and be a
  regular file; a URL must be http:// or https:// (file:, ftp:, data: ... are refused). A refusal
  is a row warning and the item keeps no photo (it stays searchable by its text); a missing file
  rejects the row.
- `PhotoStore.localise` (the ingest): each photo is read, from its file or downloaded
  (retrieval/fetch.py: deadlines, a byte cap, public hosts only), decoded safely (the pixel
  count is checked from the header before anything is decoded, and PIL's decompression-bomb
  errors are caught), turned upright, flattened onto white, shrunk to `stored_max_side` and
  saved under <data_dir>/images/, the only folder the web chat serves; the item is stored with
  that copy's path. A photo that cannot be used costs only itself: the item stays searchable by
  its text, with a one-line warning.
- Copies are named by what they came from (the file's bytes, or the URL) and the settings that
  made them, so a re-ingest reuses them: no download, no decoding. A photo that could not be used
  is remembered beside them (`<key>.failed`), so `facet check`, which never downloads or decodes,
  agrees with the ingest instead of reporting drift forever; a URL that failed is tried again by
  the next ingest (the server may have been down), a file only when its bytes change.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import threading
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from perception.errors import ImageError
from retrieval.config import ImagesConfig
from retrieval.fetch import FetchError, check_web_url, fetch

# What is decoded at all: the formats shops' photos come in (no EPS, which runs Ghostscript, nor
# the rarer plugins' parsers).
ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP")
MIN_SIDE = 16  # pixels, as the image encoder requires
COPY_VERSION = "1"  # part of every copy's name: bump it when the same settings make other copies
KEY_CHARS = 32
FAILED_SUFFIX = ".failed"
STORED_FORMATS = {"JPEG": ".jpg", "PNG": ".png"}
WHITE = (255, 255, 255)
# A reference's scheme: two characters at least, so a Windows drive letter is not one.
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


class PhotoRefused(Exception):
    """An image reference that is not followed (a row warning): outside the folder, or not http(s)."""


class PhotoError(ValueError):
    """A photo that cannot be used: unreadable, too large, not an image."""


def is_web_url(reference: str) -> bool:
    return reference.lower().startswith(("http://", "https://"))


def resolve_reference(reference: str, root: Path, root_name: str = "the catalog folder") -> str:
    """The URL or absolute path an image reference stands for. PhotoRefused for one that must
    not be followed, ValueError for a file that is not there."""
    if is_web_url(reference):
        try:
            check_web_url(reference)
        except FetchError as error:
            raise PhotoRefused(f"image URL refused: {error}") from None
        return reference
    scheme = SCHEME.match(reference)
    if scheme:
        raise PhotoRefused(f"image URL refused: only http:// and https:// photo URLs are fetched, not {scheme.group(1)}:")
    folder = root.resolve()
    path = (folder / reference).resolve()  # symlinks followed: where the bytes really are
    if not path.is_relative_to(folder):
        raise PhotoRefused(f"image path escapes {root_name} ({reference})")
    if not path.exists():
        raise ValueError(f"image not found: {path}")
    if not path.is_file():
        raise PhotoRefused(f"image path is not a regular file ({reference})")
    return str(path)


@dataclass(frozen=True)
class _Outcome:
    image: str  # the stored copy, "" for an unusable photo, or the reference itself when not yet known
    problem: str | None = None


class PhotoStore:
    """Normalised copies of item photos in one folder (<data_dir>/images/)."""

    def __init__(self, config: ImagesConfig, folder: Path):
        self.config = config
        self.folder = folder
        self._decoding = threading.Semaphore(max(1, config.decode_workers))

    def localise(self, items: list, download: bool = True) -> tuple[list, dict[str, str]]:
        """The items with each photo replaced by its stored copy (or "" when it cannot be used),
        and why each unusable one is: {item id: one-line reason}. With `download` false (`facet
        check`) nothing is downloaded or decoded: a photo not yet known keeps its reference."""
        sources = sorted({item.image for item in items if item.image} | {extra for item in items for extra in _local_extras(item)})
        if sources:
            self.folder.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max(1, self.config.fetch_workers)) as pool:
            outcomes = dict(zip(sources, pool.map(partial(self._outcome, download=download), sources)))
        localised, problems = [], {}
        for item in items:
            outcome = outcomes.get(item.image)
            update = {"images": _extras_stored(item, outcomes)} if _local_extras(item) else {}
            if outcome is None:
                localised.append(item.model_copy(update=update) if update else item)
                continue
            if outcome.problem:
                problems[item.id] = outcome.problem
            localised.append(item.model_copy(update={"image": outcome.image, **update}))
        return localised, problems

    def _outcome(self, source: str, download: bool) -> _Outcome:
        if is_web_url(source):
            return self._from_url(source, download)
        return self._from_file(Path(source), download)

    def _from_url(self, url: str, download: bool) -> _Outcome:
        key = self._key("url", url.encode())
        known = self._known(key, retry_failure=download)
        if known is not None or not download:
            return known or _Outcome(url)
        try:
            data = fetch(url, self.config)
        except FetchError as error:
            return self._failed(key, f"image {url} not used: {error}")
        return self._stored(key, data, url)

    def _from_file(self, path: Path, download: bool) -> _Outcome:
        try:
            size = path.stat().st_size
            if size > self.config.max_bytes:
                return self._failed_file(path, f"{size:,} bytes; the limit is {self.config.max_bytes:,} (images.max_bytes)")
            data = path.read_bytes()
        except OSError as error:
            return self._failed_file(path, f"cannot be read ({error.strerror or error})")
        key = self._key("file", data)
        known = self._known(key, retry_failure=False)
        if known is not None or not download:
            return known or _Outcome(str(path))
        return self._stored(key, data, path.name)

    def _stored(self, key: str, data: bytes, name: str) -> _Outcome:
        try:
            with self._decoding:
                picture, stored_format = normalised_picture(data, self.config)
        except PhotoError as error:
            return self._failed(key, f"image {name} not used: {error}")
        path = self.folder / f"{key}{STORED_FORMATS[stored_format]}"
        options = {"quality": self.config.jpeg_quality} if stored_format == "JPEG" else {"compress_level": self.config.png_compress_level}
        _write_atomically(path, lambda out: picture.save(out, stored_format, **options))
        (self.folder / f"{key}{FAILED_SUFFIX}").unlink(missing_ok=True)
        return _Outcome(str(path))

    def _known(self, key: str, retry_failure: bool) -> _Outcome | None:
        """The stored copy, a remembered failure (unless it is to be retried), or None."""
        for suffix in STORED_FORMATS.values():
            if (self.folder / f"{key}{suffix}").is_file():
                return _Outcome(str(self.folder / f"{key}{suffix}"))
        failure = self.folder / f"{key}{FAILED_SUFFIX}"
        if not retry_failure and failure.is_file():
            return _Outcome("", failure.read_text(encoding="utf-8").strip() + " (as at the last ingest)")
        return None

    def _failed(self, key: str, problem: str) -> _Outcome:
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.folder / f"{key}{FAILED_SUFFIX}", lambda out: out.write(problem.encode("utf-8")))
        return _Outcome("", problem)

    def _failed_file(self, path: Path, problem: str) -> _Outcome:
        """A file that cannot be read at all: remembered by its path, size and time."""
        try:
            stat = path.stat()
            signature = f"{path}|{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            signature = str(path)
        return self._failed(self._key("unreadable", signature.encode()), f"image {path.name} not used: {problem}")

    def _key(self, kind: str, payload: bytes) -> str:
        """Names a copy by its source and every setting that shapes it."""
        config = self.config
        settings = f"{COPY_VERSION}|{kind}|{config.stored_max_side}|{config.jpeg_quality}|{config.max_pixels}|".encode()
        return hashlib.sha256(settings + payload).hexdigest()[:KEY_CHARS]


def _local_extras(item) -> list[str]:
    """The item's further photos that are files (photos found by name, retrieval/photos_by_name.py)."""
    return [extra for extra in item.images if not is_web_url(extra)]


def _extras_stored(item, outcomes: dict[str, _Outcome]) -> list[str]:
    """The item's further photos, each file as its stored copy (one that cannot be used is dropped)."""
    return [outcomes[extra].image if extra in outcomes else extra for extra in item.images if extra not in outcomes or outcomes[extra].image]


def normalised_picture(data: bytes, config: ImagesConfig) -> tuple[Image.Image, str]:
    """(an upright RGB picture on white, at most `stored_max_side` on its longest side, and the
    format to store it in), decoded only if its header passes the pixel cap; else a PhotoError."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
            pixels = image.width * image.height
            if pixels > config.max_pixels:
                raise PhotoError(
                    f"{image.width}x{image.height} is {pixels:,} pixels; the limit is {config.max_pixels:,} (images.max_pixels)"
                )
            if image.format == "JPEG":  # decode at a reduced scale when the copy is smaller anyway
                image.draft("RGB", (config.stored_max_side, config.stored_max_side))
            source_format = image.format
            image.load()
            image = ImageOps.exif_transpose(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise PhotoError(f"too many pixels to decode safely ({_one_line(error)})") from None
        except UnidentifiedImageError:
            raise PhotoError(f"not an image in a format Facet reads ({', '.join(ALLOWED_FORMATS)})") from None
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            if isinstance(error, PhotoError):
                raise
            raise PhotoError(f"a damaged image file ({_one_line(error)})") from None
    if min(image.size) < MIN_SIDE:
        raise PhotoError(f"{image.width}x{image.height} pixels is too small")
    picture = _on_white(image)
    picture.thumbnail((config.stored_max_side, config.stored_max_side), Image.Resampling.LANCZOS)
    return picture, "JPEG" if source_format == "JPEG" else "PNG"


def open_picture(source: str, max_side: int | None = None) -> Image.Image:
    """The photo at `source` for the encoder, shrunk to `max_side` if given, or an ImageError.
    Items ingested through the Assistant point at their stored copies; any other path or URL
    is read with the default limits and decoded the same safe way."""
    limits = ImagesConfig()
    try:
        if is_web_url(source):
            data = fetch(source, limits)
        else:
            path = Path(source)
            if path.stat().st_size > limits.max_bytes:
                raise PhotoError(f"larger than {limits.max_bytes:,} bytes (images.max_bytes)")
            data = path.read_bytes()
        picture, _ = normalised_picture(data, limits)
    except (OSError, PhotoError) as error:
        raise ImageError(f"could not use the photo {Path(source).name}: {error}") from None
    if max_side is not None:
        picture.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return picture


def _on_white(image: Image.Image) -> Image.Image:
    """RGB, transparent parts on white (as the image encoder flattens them)."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (*WHITE, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _write_atomically(path: Path, write) -> None:
    """A reader (or a process killed half-way) never sees half a file."""
    partial_path = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        with partial_path.open("wb") as out:
            write(out)
        os.replace(partial_path, path)
    finally:
        partial_path.unlink(missing_ok=True)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or error.__class__.__name__


def photo_warnings(problems: dict[str, str], lines: dict[str, int]) -> list[str]:
    """One line per unusable photo, in file order, naming its row's line and item: the item stays
    searchable by its text."""
    in_order = sorted(problems, key=lambda item_id: lines.get(item_id, 0))
    return [f"line {lines.get(item_id, '?')} ({item_id}): {problems[item_id]}; indexed by its text only" for item_id in in_order]
