"""Where a card's picture comes from: a file in the one served folder (by its address), or, for
a picture outside it, the picture itself (a small copy inline). A catalog's URL is never handed
to the browser: pictures are fetched and kept at ingest."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from urllib.parse import quote

from PIL import Image

FILE_ROUTE = "gradio_api/file="  # Gradio's route for served files, relative to the page
PLACEHOLDER_SIZE = (256, 256)
PLACEHOLDER_COLOR = "#eeeeee"
INLINE_SIZE = (320, 320)  # a picture from outside the served folder, sent inline at most this big
INLINE_QUALITY = 80


class Pictures:
    def __init__(self, roots: list[Path]):
        self.roots = [Path(root).resolve() for root in roots]
        self.placeholder = Image.new("RGB", PLACEHOLDER_SIZE, PLACEHOLDER_COLOR)

    def for_image(self, image: str):
        """For a gr.Image or gr.Gallery: a served path, else the picture itself (or a placeholder)."""
        path = _local(image)
        if path is None:
            return self.placeholder
        if self.is_served(path):
            return str(path)
        return self._opened(path) or self.placeholder

    def address(self, image: str) -> str:
        """For an <img src>: the served file's address, else the picture inline as a data: address."""
        path = _local(image)
        if path is not None and self.is_served(path):
            return FILE_ROUTE + quote(str(path))
        picture = (self._opened(path) if path else None) or self.placeholder
        picture.thumbnail(INLINE_SIZE)
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=INLINE_QUALITY)
        return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")

    def is_served(self, path: Path) -> bool:
        return any(path.is_relative_to(root) for root in self.roots)

    @staticmethod
    def _opened(path: Path) -> Image.Image | None:
        try:
            with Image.open(path) as picture:
                return picture.convert("RGB")
        except (OSError, Image.DecompressionBombError):  # unreadable: the card still shows its text
            return None


def _local(image: str) -> Path | None:
    """The picture's file, when it is one (never a URL)."""
    if not image or image.startswith(("http://", "https://")):
        return None
    path = Path(image).resolve()
    return path if path.is_file() else None
