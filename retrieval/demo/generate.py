"""A deterministic demo catalog: plausible jewelry with prices, prose and code-rendered shots.

`generate_demo_items` draws every choice from one `random.Random(seed)`, so a seed names a
catalog: the facts from `specs.py`, the price from `pricing.py`, the title and description
from `prose.py`, in that order for each item (the order is part of what a seed means).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from tqdm import tqdm

from retrieval.catalog import Item
from retrieval.demo import render
from retrieval.demo.pricing import price_of
from retrieval.demo.prose import choose_title, describe
from retrieval.demo.render import render_product_shot
from retrieval.demo.specs import category_deck, choose_spec, ring_sizes, tags_of

ID_PREFIX = "FCT"
IMAGE_DIR = "images"
CATALOG_FILE = "catalog.jsonl"
RENDER_KEY = "facet-render-key"  # PNG text chunk: what the picture was drawn from
RENDER_FIELDS = {"id", "title", "category", "metal", "gemstone", "gemstone_color", "carat", "tags"}
RENDERER_SOURCE = Path(render.__file__).read_bytes()  # a change to the drawing redraws every shot
PNG_COMPRESSION = 3  # half the time of the default level, for files a fifth larger
IN_STOCK_SHARE = 0.85

def item_id(index: int) -> str:
    return f"{ID_PREFIX}-{index:04d}"


def generate_demo_items(n: int = 480, seed: int = 7, currency: str = "USD") -> list[Item]:
    """n demo items; the same seed always gives the same items."""
    rng = random.Random(seed)
    titles: set[str] = set()
    items = []
    for index, category in enumerate(category_deck(n, rng), start=1):
        spec = choose_spec(category, rng)
        title = choose_title(spec, rng, titles)
        titles.add(title)
        sizes = ring_sizes(spec, rng)
        items.append(
            Item(
                id=item_id(index),
                title=title,
                description=describe(spec, sizes, rng),
                category=spec.category,
                metal=spec.metal,
                karat=spec.karat,
                gemstone=spec.gemstone,
                gemstone_color=spec.color,
                carat=spec.carat,
                price=price_of(spec, rng),
                currency=currency,
                image=f"{IMAGE_DIR}/{item_id(index)}.png",
                ring_sizes=sizes,
                style=spec.style,
                occasion=spec.occasion,
                tags=tags_of(spec, rng),
                in_stock=rng.random() < IN_STOCK_SHARE,
            )
        )
    return items


def render_key(item: Item, image_size: int) -> str:
    """What a shot depends on: the drawing code, the picture size and the item's drawn fields."""
    drawn = json.dumps(item.model_dump(include=RENDER_FIELDS), sort_keys=True)
    return hashlib.sha256(RENDERER_SOURCE + f"{image_size}:{drawn}".encode()).hexdigest()


def current_shot(path: Path, key: str) -> bool:
    try:
        with Image.open(path) as image:
            return image.info.get(RENDER_KEY) == key
    except OSError:
        return False


def save_shot(item: Item, path: Path, image_size: int) -> None:
    key = render_key(item, image_size)
    if current_shot(path, key):
        return
    info = PngInfo()
    info.add_text(RENDER_KEY, key)
    render_product_shot(item, image_size).save(path, pnginfo=info, compress_level=PNG_COMPRESSION)


def write_demo_catalog(
    out_dir: Path, n: int = 480, seed: int = 7, image_size: int = 256, currency: str = "USD"
) -> Path:
    """Write out_dir/catalog.jsonl and a product shot per item under out_dir/images.

    Shots already drawn from the same item and drawing code are kept, so a re-run is fast.
    The catalog file is written last, so it never names a picture that is not there."""
    out_dir = Path(out_dir)
    (out_dir / IMAGE_DIR).mkdir(parents=True, exist_ok=True)
    items = generate_demo_items(n, seed, currency)
    for item in tqdm(items, desc="demo shots", unit="img", disable=not sys.stderr.isatty()):
        save_shot(item, out_dir / item.image, image_size)
    catalog = out_dir / CATALOG_FILE
    partial = catalog.with_suffix(".jsonl.tmp")
    with partial.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.model_dump(), ensure_ascii=False) + "\n")
    partial.replace(catalog)
    return catalog
