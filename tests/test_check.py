"""`facet check CATALOG`: drift between a catalog file and the index, end to end through the CLI.

The index is written by stand-in encoders that carry the real encoders' names, so the CLI's
own Assistant finds it and compares hashes without loading a model."""

import json

import numpy as np
import pytest
from PIL import Image

from assistant.config import Settings
from perception.image_encoder import create_image_encoder
from perception.text_encoder import create_text_encoder
from retrieval.catalog import load_catalog
from retrieval.index import CatalogIndex, connect
from retrieval.tuning import CatalogTunedEncoder
from ui.cli import EXIT_DRIFT, main

DIM = 8
ROWS = {
    "A1": ("Rose Gold Diamond Ring", "ring", "rose gold", 750, (220, 140, 120)),
    "A2": ("Rose Gold Band", "ring", "rose gold", 420, (220, 140, 120)),
    "A3": ("Silver Sapphire Necklace", "necklace", "sterling silver", 180, (160, 170, 190)),
    "A4": ("Gold Pearl Earrings", "earrings", "yellow gold", 310, (230, 190, 60)),
    "A5": ("Platinum Ruby Ring", "ring", "platinum", 2400, (120, 120, 130)),
}


class NamedStandIn:
    """Constant vectors under a real encoder's name: check() only compares names and hashes."""

    def __init__(self, name: str):
        self.name = name

    def encode_text(self, texts):
        return np.ones((len(texts), DIM), dtype=np.float32) / np.sqrt(DIM)

    def encode_image(self, images):
        return np.ones((len(images), DIM), dtype=np.float32) / np.sqrt(DIM)


def write_catalog(folder, rows: dict) -> str:
    lines = []
    for item_id, (title, category, metal, price, colour, *image) in rows.items():
        picture = image[0] if image else f"{item_id}.png"
        if picture and not (folder / picture).exists():
            Image.new("RGB", (32, 32), colour).save(folder / picture)
        lines.append(json.dumps({"id": item_id, "title": title, "category": category, "metal": metal,
                                 "price": price, "image": picture}))  # fmt: skip
    catalog = folder / "catalog.jsonl"
    catalog.write_text("\n".join(lines) + "\n")
    return catalog


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def ingest_with_stand_ins(data_dir, catalog, sync=False):
    settings = Settings(data_dir=data_dir)
    text, image = create_text_encoder(settings.text_encoder), create_image_encoder(settings.image_encoder)
    # wrapped as the Assistant wraps its image encoder (5 photos are too few to tune on: never fitted)
    image = CatalogTunedEncoder(NamedStandIn(image.name), settings.image_tuning, settings.tuning_dir / settings.index.collection_prefix)
    index = CatalogIndex(connect(settings.index, settings.chroma_dir), NamedStandIn(text.name), image, settings.index)
    return index.ingest(load_catalog(catalog).items, sync=sync, progress=False)


def check(data_dir, catalog, capsys):
    code = main(["--data-dir", str(data_dir), "check", str(catalog)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_reports_every_kind_of_drift_and_exits_nonzero(tmp_path, data_dir, capsys):
    catalog = write_catalog(tmp_path, ROWS)
    ingest_with_stand_ins(data_dir, catalog)
    code, out, _ = check(data_dir, catalog, capsys)
    assert code == 0 and out.rstrip().endswith("no drift")
    assert "catalog 5 items / index 5 items" in out

    Image.new("RGB", (32, 32), (10, 200, 10)).save(tmp_path / "A4-new.png")
    changed = dict(ROWS)
    changed["A1"] = ("Rose Gold Diamond Ring", "ring", "rose gold", 699, (220, 140, 120))  # price
    changed["A2"] = ("Rose Gold Stacking Band", "ring", "rose gold", 420, (220, 140, 120))  # text
    del changed["A3"]  # deleted from the shop
    changed["A4"] = ("Gold Pearl Earrings", "earrings", "yellow gold", 310, (0, 0, 0), "A4-new.png")  # new photo
    changed["A5"] = ("Platinum Ruby Ring", "ring", "platinum", 2400, (0, 0, 0), "")  # photo removed
    changed["A6"] = ("Yellow Gold Bangle", "bangle", "yellow gold", 990, (230, 190, 60))  # new item
    write_catalog(tmp_path, changed)

    code, out, _ = check(data_dir, catalog, capsys)
    assert code == EXIT_DRIFT
    assert "missing from the index: 1 (A6)" in out
    assert "in the index but not in the catalog: 1 (A3)" in out
    assert "stale text: 1 (A2)" in out
    assert "stale image: 2 (A4, A5)" in out
    assert "stale metadata (price, stock, ...): 1 (A1)" in out
    assert "facet ingest CATALOG --sync" in out

    report = ingest_with_stand_ins(data_dir, catalog, sync=True)
    assert (report.ingested, report.updated, report.removed) == (1, 4, 1)
    code, out, _ = check(data_dir, catalog, capsys)
    assert code == 0 and "no drift" in out


def test_check_reports_bad_rows_and_a_missing_catalog(tmp_path, data_dir, capsys):
    catalog = write_catalog(tmp_path, ROWS)
    ingest_with_stand_ins(data_dir, catalog)
    with catalog.open("a") as out:
        out.write('{"id": "BAD", "title": "No price", "category": "ring", "metal": "platinum"}\n')
    code, out, err = check(data_dir, catalog, capsys)
    assert code == 0 and f"{catalog}:line 6: price:" in err

    code, out, err = check(data_dir, tmp_path / "nowhere.jsonl", capsys)
    assert code == 1 and out == "" and "catalog file not found" in err
