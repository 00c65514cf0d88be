"""The real `facet` command with tiny stand-in encoders instead of the models, for tests that run
it in another process (ingest beside a reader, kill -9 and recovery) in seconds:

    python tests/standin_facet.py --data-dir DATA ingest catalog.jsonl --sync

The CLI, the Assistant, the photo store, the index, the image tuning and chromadb are the real
ones; only the vectors are made up: words hashed into 64 dimensions, and a photo's 4x4
thumbnail with its mean colour."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
TEXT_DIM = 64
THUMBNAIL = 4


class WordHashEncoder:
    name = "word-hash-standin"

    def encode_text(self, texts):
        vectors = np.zeros((len(texts), TEXT_DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace(".", " ").split():
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % TEXT_DIM] += 1
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


class ThumbnailEncoder:
    name = "thumbnail-standin"

    def encode_image(self, images):
        rows = []
        for image in images:
            rgb = image.convert("RGB")
            thumb = np.asarray(rgb.resize((THUMBNAIL, THUMBNAIL)), np.float32).ravel() / 255 - 0.5
            rows.append(np.concatenate([thumb, np.asarray(rgb, np.float32).mean(axis=(0, 1)) / 255 - 0.5]))
        vectors = np.array(rows, dtype=np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)

    def without_colors(self, vector):
        return vector


def use_stand_ins(patch) -> None:
    """Make the Assistant build stand-ins: `patch(module, name, value)` (monkeypatch.setattr or setattr)."""
    import assistant.shop_setup as assistant_module  # where the Assistant builds its models

    patch(assistant_module, "create_text_encoder", lambda config: WordHashEncoder())
    patch(assistant_module, "create_image_encoder", lambda config: ThumbnailEncoder())


def shot(number: int, size: int = 48) -> Image.Image:
    """A plain-background product shot of a coloured shape, different for every number."""
    picture = Image.new("RGB", (size, size), (240, 239, 236))
    color = ((number * 67) % 200, (number * 131) % 200, (number * 29) % 200)
    box = [size // 5 + number % 7, size // 4 + number % 5, size - size // 4 - number % 6, size - size // 5 - number % 4]
    (ImageDraw.Draw(picture).ellipse if number % 2 else ImageDraw.Draw(picture).rectangle)(box, fill=color)
    return picture


def write_catalog(folder: Path, numbers, name: str = "catalog.jsonl", **changes) -> Path:
    """A JSONL catalog of items P<n> ("Piece <n> ring"), each with its own shot."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for number in numbers:
        picture = folder / f"shot-{number}.png"
        if not picture.exists():
            shot(number).save(picture)
        row = {"id": f"P{number}", "title": f"Piece {number} word{number} ring", "category": "ring", "metal": "platinum",
               "price": 100 + number, "image": picture.name, **changes.get(f"P{number}", {})}  # fmt: skip
        lines.append(json.dumps(row))
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    return path


def run(data_dir: Path, *args, settings: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`facet --data-dir DATA [--set S]... ARGS` in a process of its own, on this checkout's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    overrides = [part for setting in settings for part in ("--set", setting)]
    command = [sys.executable, str(Path(__file__)), "--data-dir", str(data_dir), *overrides, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)


def messages(stderr: str) -> list[str]:
    """stderr's lines, less the progress bars."""
    return [line for line in stderr.strip().splitlines() if line.strip() and not line.startswith("embedding ")]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    use_stand_ins(setattr)
    from ui.cli import main as facet

    return facet(["--set", "llm.backend=template", *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
