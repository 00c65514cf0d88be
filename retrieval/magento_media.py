"""Where an export's photo paths are: Magento's under the shop's media folder, OpenCart's under its
image/ folder (MediaLayout: the folders each looks in, and the words its reasons use).

Magento writes a photo as its path under pub/media/catalog/product ("/r/i/ring-01.jpg"), or as a URL
when the shop wrote one. A path is looked for in the photo folder (`--images`, else the catalog's
folder): in its pub/media/catalog/product/ or media/catalog/product/ (a copy of the shop's media
folder beside the export), else in the folder itself (`--images` pointing at catalog/product). A
photo not found there is fetched from the shop's media URL when the owner gave one
(`images.media_url`, `--media-url https://shop.example/media/catalog/product`), else the item keeps
no photo and the ingest says so at its line. A path with "..", a backslash or a scheme, or one whose
file (symlinks followed) lies outside the photo folder, is refused; so is an http:// URL. An https://
URL is taken as it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from retrieval.product import PHOTO_SCHEME
from retrieval.images import SCHEME

MEDIA_FOLDERS = ("pub/media/catalog/product", "media/catalog/product", "")  # under the photo folder, the first holding the file wins
NO_IMAGE = "no_selection"  # Magento's "no photo chosen"
REFERENCE_CHARS = 60  # of a refused reference, in its reason


@dataclass(frozen=True)
class MediaLayout:
    """A platform's photo paths: the folders under the photo folder they are looked for in, first
    holding the file wins ("" the photo folder itself), and the words its reasons name them by."""

    export: str  # "a Magento export"
    folders: tuple[str, ...]
    folder_word: str  # "media folder"
    url_word: str  # "media URL"


MAGENTO = MediaLayout("a Magento export", MEDIA_FOLDERS, "media folder", "media URL")


@dataclass(frozen=True)
class MediaPlaces:
    """Where a Magento export's photo paths are resolved: `folder` (every file stays inside it) and
    the shop's media URL ("" for none)."""

    folder: Path
    folder_name: str = "the catalog's folder"
    base_url: str = ""


def media_reference(column: str, reference: str, media: MediaPlaces, layout: MediaLayout = MAGENTO) -> tuple[str, str]:
    """(the photo's reference for the loader: an https URL or a path relative to the photo folder, or
    ""; why it was refused, or "") for one image cell's reference."""
    reference = reference.strip()
    shown = repr(reference[:REFERENCE_CHARS])
    if not reference or reference == NO_IMAGE:
        return "", ""
    if reference.lower().startswith(PHOTO_SCHEME):
        return reference, ""
    if SCHEME.match(reference):
        return "", f"{column} refused: only {PHOTO_SCHEME} photo URLs are read from {layout.export}, not {shown}"
    relative = reference.lstrip("/")
    parts = PurePosixPath(relative).parts
    if not relative or "\\" in relative or ".." in parts:
        return "", f"{column} refused: {shown} is not a path inside the shop's {layout.folder_word}"
    found, escaped = local_file(relative, media.folder, layout.folders)
    if escaped:
        return "", f"{column} refused: {shown} leads outside {media.folder_name}"
    if found:
        return found, ""
    if media.base_url:
        return f"{media.base_url.rstrip('/')}/{quote(relative)}", ""
    return "", (f"{column} {shown} is not in {media.folder_name} (nor its {layout.folders[0]}/); "
                f"give the photos' folder (--images) or the shop's {layout.url_word} (--media-url)")  # fmt: skip


def local_file(relative: str, folder: Path, media_folders: tuple[str, ...]) -> tuple[str, bool]:
    """(the file's path relative to `folder` under the first of `media_folders` holding it, or "";
    whether the path, its symlinks followed, leads outside `folder`)."""
    root = folder.resolve()
    for media_folder in media_folders:
        candidate = folder / media_folder / relative
        if not candidate.exists():
            continue
        if not candidate.resolve().is_relative_to(root):
            return "", True
        if candidate.is_file():
            return str(Path(media_folder) / relative), False
    return "", False
