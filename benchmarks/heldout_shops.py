"""The held-out shops (benchmarks/heldout_shops.toml) and their exports made ready to ingest: each
shop's folder, photo URL prefix, currency, label, voices and owner's settings, and its export with
the photo URLs pointed at a local photo server (benchmarks/photo_server.py).
"""

from __future__ import annotations

import io
import re
import shutil
import tomllib
import zipfile
from pathlib import Path
from typing import Callable

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
REGISTRY = Path(__file__).resolve().with_name("heldout_shops.toml")
MEDIA_FOLDER = "pub"  # Magento's photos: paths inside the shop's media folder, copied beside the export
# Wix's export names its photos by their file on Wix's media host, not by URL: rewritten_export
# turns each such name into its URL on the local photo server.
WIX_MEDIA_NAMES = "wix media file names"
WIX_MEDIA_NAME = re.compile(r"(?<![\w/.~-])[0-9a-z]{6}_[0-9a-f]{32}~mv2\.(?:jpe?g|png|webp|gif)\b")
# A shop whose export names no photo (Tiendanube's CSV): its photos are the files in its folder's
# images/, each named by its product's handle; copied beside the export, as an owner hands Facet
# both, they are found by name (retrieval/photos_by_name.py).
FILES_BY_NAME = "images"
# A shop whose photo URLs differ beyond a common prefix (InSales' CDN puts each under its product's
# id): each URL whose last segment names a file in the shop's images/ points at that file on the
# local photo server.
URL_FILE_NAMES = "url file names"
PHOTO_URL = re.compile(r"https?://[^\s;,\"'<>]+/([^/\s;,\"'<>?#]+\.(?:jpe?g|png|webp|gif))")
# A shop whose export names each photo by its path in a folder of the shop's (OpenCart's image/):
# photos = "copied to <that folder>/<the paths' folder>" puts the shop's images/ there, beside the export.
COPIED_TO = "copied to "
# A shop whose photo URLs hold a folder per photo after a common prefix (Jumpseller's CDN:
# <prefix><id>/<name>.jpg) and whose images/ names each file by that path with "/" as "-":
# photos = "path joined by - after <prefix>".
PATH_JOINED = "path joined by - after "
PHOTO_PLACES = {"media folder": MEDIA_FOLDER, "wix media names": WIX_MEDIA_NAMES, "files named by handle": FILES_BY_NAME,
                "files named by the URL's last segment": URL_FILE_NAMES}  # the registry's words for them
SHOPIFY_VERSION = re.compile(r"\?v=\d+")
EXPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".xml", ".yml", ".xlsx")  # truth.jsonl and queries*.jsonl are the answer key and requests
EXPORT_FOLDER = "export"  # where an export of several files is written, to be ingested as a folder
EXPORT_ENCODINGS = ("utf-8", "cp1252", "latin-1")  # a PrestaShop file may be ISO-8859-1; latin-1 decodes any bytes
DEFAULT_VOICES = "english"

_REGISTRY = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))
# name: (folder, photo URL prefix, currency, label); a label starting "held-out" is a clean set.
SHOPS = {code: (shop["folder"], PHOTO_PLACES.get(shop["photos"], shop["photos"]), shop["currency"], shop["label"])
         for code, shop in _REGISTRY["shops"].items()}  # fmt: skip
WITH_REQUESTS = tuple(code for code, shop in _REGISTRY["shops"].items() if shop["requests"])
VOICE_SETS = {name: tuple((voice, speed) for voice, speed in voices) for name, voices in _REGISTRY["voices"].items()}
VOICES = VOICE_SETS[DEFAULT_VOICES]
SHOP_VOICES = {code: VOICE_SETS[shop["voices"]] for code, shop in _REGISTRY["shops"].items() if "voices" in shop}
# What an owner states at setup that the shop's export does not hold (the settings tree's sections), by folder.
OWNER_SETTINGS = {shop["folder"]: shop["owner"] for shop in _REGISTRY["shops"].values() if "owner" in shop}
SET_NOTES = "\n".join(note["sets"] for note in _REGISTRY["notes"])  # benchmarks/extraction.py --help
REQUEST_NOTES = "\n".join(note["requests"] for note in _REGISTRY["notes"])  # benchmarks/heldout_shop.py --help
ASR_LANGUAGES = tuple(_REGISTRY["asr_languages"])


def owner_settings(folder: str) -> dict:
    """What a shop's owner states that the export does not hold (the settings tree's sections)."""
    return OWNER_SETTINGS.get(folder, {})


def shop_export(folder: Path) -> list[Path]:
    """A held-out shop's export: the files its platform writes (one CSV or product feed; a PrestaShop
    shop's products and combinations files), by name."""
    return [path for path in sorted(folder.iterdir()) if path.suffix in EXPORT_SUFFIXES]


def rewritten_export(export: Path | list[Path], prefix: str, base_url: str, out: Path) -> Path:
    """The export with its photo URLs pointing at the local server (bytes otherwise unchanged, each
    file in its own encoding); a shop whose photos are paths in its media folder gets that folder
    copied beside the export, and so does a shop whose photos are files named by handle (its images/,
    found by name in the catalog's folder as when an owner gives both, in a folder of the shop's own
    name under `out`). One file is written into `out` and is what to ingest; an export of
    several files (PrestaShop's products and combinations) is written into `out`/EXPORT_FOLDER, the
    folder to ingest."""
    files = [export] if isinstance(export, Path) else list(export)
    target = out if len(files) == 1 else out / EXPORT_FOLDER
    if prefix == FILES_BY_NAME:  # a folder of its own: the catalog's folder is where its photos are found by name
        target = target / files[0].parent.name
    target.mkdir(parents=True, exist_ok=True)
    for path in files:
        _rewrite_photos(path, prefix, base_url, target)
    return target / files[0].name if len(files) == 1 else target


def _rewrite_photos(export: Path, prefix: str, base_url: str, target: Path) -> None:
    """The export written into `target` with its photo URLs on the local server; an Excel workbook
    (a zip of XML parts) has them rewritten in each of its XML parts."""
    if prefix.startswith(COPIED_TO):
        shutil.copytree(export.parent / FILES_BY_NAME, target / prefix.removeprefix(COPIED_TO), dirs_exist_ok=True)
    elif prefix in (MEDIA_FOLDER, FILES_BY_NAME):
        shutil.copytree(export.parent / prefix, target / prefix, dirs_exist_ok=True)
    local = _local_photos(export, prefix, base_url)
    raw = export.read_bytes()
    if zipfile.is_zipfile(export):
        (target / export.name).write_bytes(_rewritten_parts(raw, local))
        return
    encoding = next(name for name in EXPORT_ENCODINGS if _decodes(raw, name))
    (target / export.name).write_bytes(local(raw.decode(encoding)).encode(encoding))


def _local_photos(export: Path, prefix: str, base_url: str) -> Callable[[str], str]:
    """The rewrite of an export's text that points its photo URLs at the local server."""
    if prefix.startswith(COPIED_TO) or prefix in (MEDIA_FOLDER, FILES_BY_NAME):
        return lambda text: text
    if prefix == WIX_MEDIA_NAMES:
        return lambda text: WIX_MEDIA_NAME.sub(lambda name: base_url + name[0], text)
    if prefix == URL_FILE_NAMES:
        photos = {path.name for path in (export.parent / FILES_BY_NAME).iterdir()}
        return lambda text: PHOTO_URL.sub(lambda url: base_url + url[1] if url[1] in photos else url[0], text)
    if prefix.startswith(PATH_JOINED):
        paths = re.compile(re.escape(prefix.removeprefix(PATH_JOINED)) + r"([^\s;,\"'<>?#]+)")
        return lambda text: paths.sub(lambda url: base_url + url[1].replace("/", "-"), text)
    return lambda text: SHOPIFY_VERSION.sub("", text.replace(prefix, base_url))


def _rewritten_parts(raw: bytes, local: Callable[[str], str]) -> bytes:
    """A zip (an .xlsx workbook) with `local` applied to each XML part, every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as workbook, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for part in workbook.infolist():
            data = workbook.read(part)
            if part.filename.endswith(".xml"):
                data = local(data.decode("utf-8")).encode("utf-8")
            rewritten.writestr(part, data)
    return out.getvalue()


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False
