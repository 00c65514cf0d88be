"""Facet's demo catalog as a shop would export it from Shopify: the TUNED set of
benchmarks/extraction.py (and the catalog benchmarks/quality.py --catalog-from-export imports).

    python benchmarks/demo_export.py OUT_DIR [--items 480] [--base-url http://127.0.0.1:8000/]

Writes OUT_DIR/products_export.csv (Shopify's classic header) and OUT_DIR/truth.jsonl (the answer
key), and copies the demo shots to OUT_DIR/images/. The attribute columns are gone: each fact is
left where real shops leave it, chosen per product with a seeded draw:

- the kind of piece: in the title (most), else only in Type, else only in the tags;
- the metal: in the title (most), else only in the body, a variant option ("Metal: 14k Rose Gold")
  or the tags; for some gold pieces the colour is written nowhere ("14k Gold"): only the photo shows it;
- the stone: in the title (most), else only in the body, an option or the tags, and for a few
  nowhere (the body says "gemstone"): only the photo shows that there is one and its colour.

Style and occasion become tags, ring sizes a "Ring Size" option (one variant per size), stock an
inventory quantity; photos are URLs under --base-url with Shopify's `?v=` suffix; a few drafts,
archived and unpublished products are added (the importer must skip them). The answer key lists
where each fact can be read (`evidence`), as benchmarks/heldout/README.md describes for the
held-out shops.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import random
import re
import shutil
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.photo_server import serve  # noqa: E402
from retrieval.catalog import Item  # noqa: E402
from retrieval.demo.generate import write_demo_catalog  # noqa: E402
from retrieval.demo.prose import METAL_DETAILS  # noqa: E402
from retrieval.product import slug  # noqa: E402
from retrieval.vocabulary import GEMSTONE_COLORS, GOLD_METALS  # noqa: E402

SEED = 15
HEADER = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Published", "Option1 Name", "Option1 Value",
    "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Price",
    "Variant Compare At Price", "Image Src", "Image Position", "Status",
)  # fmt: skip
VENDOR = "Facet Demo Jewelers"
# Where each fact is written (weights); "photo" leaves it to the picture.
CATEGORY_HOMES = {"title": 0.9, "type": 0.07, "tags": 0.03}
METAL_HOMES = {"title": 0.6, "body": 0.15, "options": 0.1, "tags": 0.07}
GOLD_COLOR_ONLY_IN_PHOTO = 0.1  # of gold pieces whose metal is in the title: "14k Gold", the colour only in the photo
STONE_HOMES = {"title": 0.72, "body": 0.15, "options": 0.05, "tags": 0.05, "photo": 0.03}
NOT_FOR_SALE = (("draft", "TRUE"), ("archived", "TRUE"), ("active", "FALSE"), ("draft", "TRUE"), ("archived", "TRUE"))
IN_STOCK_QUANTITY = 3
PLURAL_TYPES = {"earrings": "Earrings", "engagement ring": "Engagement Rings", "wedding band": "Wedding Bands"}
CONNECTORS = re.compile(r"(?:\s+(?:and|in|with|of)|\s*[,–-])+\s*$", re.IGNORECASE)
LEADING = re.compile(r"^\s*(?:[,–-]|and|with)\s+", re.IGNORECASE)


def title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def _without(text: str, phrase: str) -> str:
    """The text less a phrase (any case), with the connectors it leaves dangling."""
    if not phrase:
        return text
    text = re.sub(rf"\s*\b{re.escape(phrase)}\b", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+([,–-])\s*([,–-])", r" \2", text)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"\s+(?:and|in|with)\s*([,–-]|$)", r"\1", text, flags=re.IGNORECASE)
    text = CONNECTORS.sub("", text)
    return LEADING.sub("", text).strip(" ,–-")


def stone_words(item: Item) -> list[str]:
    """How the demo's words may name the stone, longest first: "pink sapphires", "akoya pearl"."""
    stone = item.gemstone
    plurals = {"ruby": "rubies", "topaz": "topazes"}
    forms = [plurals.get(stone, stone + "s"), stone]
    named = [f"{tag.split()[0]} {form}" for tag in item.tags if tag.endswith(" pearl") for form in forms]
    colored = [f"{item.gemstone_color} {form}" for form in forms]
    return sorted({*named, *colored, *forms}, key=len, reverse=True)


def stone_name(item: Item) -> str:
    """"ruby", "pink sapphire": the stone, with its colour when it is not the usual one."""
    usual = GEMSTONE_COLORS.get(item.gemstone, "")
    return item.gemstone if item.gemstone_color == usual else f"{item.gemstone_color} {item.gemstone}"


def _strip_stone(text: str, item: Item, replacement: str) -> str:
    for words in stone_words(item):
        text = re.sub(rf"\b{re.escape(words)}\b", replacement + ("s" if words.endswith(("s", "es")) and replacement else ""), text, flags=re.IGNORECASE)
    return text


def _metal_phrase(item: Item) -> str:
    return f"{item.karat}k {item.metal}" if item.karat else item.metal


def _body(item: Item, metal_home: str, gold_color_hidden: bool, stone_home: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", item.description)
    text_sentences = []
    for sentence in sentences:
        if sentence in METAL_DETAILS.values() and (metal_home not in ("title", "body") or gold_color_hidden):
            continue
        if "birthstone" in sentence and stone_home not in ("title", "body"):
            continue
        text_sentences.append(sentence)
    text = " ".join(text_sentences)
    if gold_color_hidden:
        text = re.sub(rf"\b{re.escape(item.metal)}\b", "gold", text, flags=re.IGNORECASE)
    elif metal_home not in ("title", "body"):
        text = re.sub(rf"\b{re.escape(_metal_phrase(item))}\b|\b{re.escape(item.metal)}\b", "fine metal", text, flags=re.IGNORECASE)
    if item.has_stone and stone_home not in ("title", "body"):
        text = _strip_stone(text, item, "gemstone")
    details = []
    if item.ring_sizes:
        details.append(f"<li>US sizes {item.ring_sizes[0]:g} to {item.ring_sizes[-1]:g}</li>")
    if metal_home == "body" and not gold_color_hidden:
        details.append(f"<li>Metal: {title_case(_metal_phrase(item))}</li>")
    listing = f"<ul>{''.join(details)}</ul>" if details else ""
    return f"<p>{text.replace('&', '&amp;')}</p>{listing}"


def _title(item: Item, category_home: str, metal_home: str, gold_color_hidden: bool, stone_home: str) -> str:
    title = item.title
    if metal_home != "title":
        title = _without(_without(title, title_case(_metal_phrase(item))), title_case(item.metal))
    elif gold_color_hidden:
        title = re.sub(rf"\b{re.escape(title_case(item.metal))}\b", "Gold", title)
    if item.has_stone and stone_home != "title":
        for words in stone_words(item):
            title = _without(title, title_case(words))
    if category_home != "title":
        noun = title_case(item.category)
        title = _without(title, noun)
    return title or item.title


def _type(item: Item) -> str:
    return PLURAL_TYPES.get(item.category, title_case(item.category) + "s")


def product_rows(item: Item, rng: random.Random, base_url: str, taken: set[str], status=("active", "TRUE")) -> tuple[list[dict], dict]:
    """The product's CSV rows and its answer-key line."""
    category_home = rng.choices(list(CATEGORY_HOMES), list(CATEGORY_HOMES.values()))[0]
    metal_home = rng.choices(list(METAL_HOMES), list(METAL_HOMES.values()))[0]
    gold_color_hidden = item.metal in GOLD_METALS and metal_home == "title" and item.karat not in (22, 24) and rng.random() < GOLD_COLOR_ONLY_IN_PHOTO
    stone_home = rng.choices(list(STONE_HOMES), list(STONE_HOMES.values()))[0] if item.has_stone else "none"
    title = _title(item, category_home, metal_home, gold_color_hidden, stone_home)
    handle = slug(title)
    number = 0
    while handle in taken:
        number += 1
        handle = f"{slug(title)}-{number}"
    taken.add(handle)
    tags = [tag for tag in item.tags if not (item.has_stone and stone_home not in ("title", "body", "tags") and any(w in tag for w in stone_words(item)))]
    tags += [item.style, item.occasion]
    if metal_home == "tags":
        tags.append(_metal_phrase(item))
    if stone_home == "tags":
        tags.append(stone_name(item))
    if category_home == "tags":
        tags.append(_type(item).lower())
    options = []
    if item.ring_sizes:
        options.append(("Ring Size", [f"{size:g}" for size in item.ring_sizes]))
    if metal_home == "options":
        options.append(("Metal", [title_case(_metal_phrase(item))]))
    if stone_home == "options":
        options.append(("Stone", [title_case(stone_name(item))]))
    rows = _variant_rows(item, handle, title, category_home, metal_home, gold_color_hidden, stone_home, tags, options, base_url, status)
    truth = _truth(item, handle, title, category_home, metal_home, gold_color_hidden, stone_home, status)
    return rows, truth


def _variant_rows(item, handle, title, category_home, metal_home, gold_color_hidden, stone_home, tags, options, base_url, status) -> list[dict]:
    sizes = options[0][1] if options and options[0][0] == "Ring Size" else [None]
    extra = [option for option in options if option[0] != "Ring Size"]
    rows = []
    for number, size in enumerate(sizes):
        row = dict.fromkeys(HEADER, "")
        row["Handle"] = handle
        names = ([("Ring Size", size)] if size is not None else []) + [(name, values[0]) for name, values in extra]
        if not names:
            names = [("Title", "Default Title")]
        for slot, (name, value) in enumerate(names[:3], start=1):
            row[f"Option{slot} Value"] = value
            if number == 0:
                row[f"Option{slot} Name"] = name
        row["Variant SKU"] = f"{item.id}-{size}" if size is not None else item.id
        row["Variant Inventory Tracker"], row["Variant Inventory Policy"] = "shopify", "deny"
        row["Variant Inventory Qty"] = str(IN_STOCK_QUANTITY if item.in_stock else 0)
        row["Variant Price"] = f"{item.price:.2f}"
        if number == 0:
            row.update({
                "Title": title, "Body (HTML)": _body(item, metal_home, gold_color_hidden, stone_home), "Vendor": VENDOR,
                "Type": _type(item) if category_home != "tags" else "", "Tags": ", ".join(tags), "Published": status[1],
                "Image Src": f"{base_url}{Path(item.image).name}?v={zlib.crc32(item.id.encode())}", "Image Position": "1",
                "Status": status[0],
            })  # fmt: skip
        rows.append(row)
    return rows


def _truth(item, handle, title, category_home, metal_home, gold_color_hidden, stone_home, status) -> dict:
    text_home = lambda home: [] if home in ("photo", "none") else [home]  # noqa: E731
    metal_color = {"yellow gold": "yellow", "white gold": "white", "rose gold": "rose", "sterling silver": "silver", "platinum": "white"}[item.metal]
    return {
        "handle": handle, "id": item.id, "title": title, "category": item.category, "metal": item.metal, "metal_color": metal_color,
        "karat": item.karat, "gemstone": item.gemstone, "stone_color": item.gemstone_color or None, "carat": item.carat,
        "price_min": item.price, "price_max": item.price, "currency": item.currency, "variants": max(1, len(item.ring_sizes)),
        "status": "active" if status == ("active", "TRUE") else status[0] if status[0] != "active" else "unpublished",
        "evidence": {
            "category": [category_home, "photo"],
            "metal": text_home(metal_home), "karat": text_home(metal_home) if item.karat else [],
            "metal_color": (["photo"] if gold_color_hidden else [metal_home, "photo"]),
            "gemstone": text_home(stone_home) + ([] if item.has_stone else ["photo"]),
            "stone_color": text_home(stone_home) + (["photo"] if item.has_stone else []),
        },
    }  # fmt: skip


def write_export(items: list[Item], out_dir: Path, base_url: str, seed: int = SEED) -> tuple[Path, Path]:
    """The export and its answer key; the demo shots are copied to out_dir/images/."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    taken: set[str] = set()
    rows, truth = [], []
    for item in items:
        item_rows, key = product_rows(item, rng, base_url, taken)
        rows += item_rows
        truth.append(key)
    for number, status in enumerate(NOT_FOR_SALE):
        item_rows, key = product_rows(rng.choice(items), rng, base_url, taken, status)
        key["id"] = f"not-for-sale-{number}"
        rows += item_rows
        truth.append(key)
    export = out_dir / "products_export.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    answer = out_dir / "truth.jsonl"
    answer.write_text("".join(json.dumps(key) + "\n" for key in truth), encoding="utf-8")
    return export, answer


def copy_shots(items: list[Item], out_dir: Path) -> None:
    images = out_dir / "images"
    images.mkdir(parents=True, exist_ok=True)
    for item in items:
        target = images / Path(item.image).name
        if not target.exists():
            shutil.copyfile(item.image, target)


def demo_items(folder: Path, n: int) -> list[Item]:
    """The demo generator's n items, written under `folder`, each with its shot's full path."""
    catalog = write_demo_catalog(folder, n=n)
    items = [Item.model_validate_json(line) for line in catalog.read_text(encoding="utf-8").splitlines()]
    return [item.model_copy(update={"image": str(catalog.parent / item.image)}) for item in items]


@contextlib.contextmanager
def served_export(items: list[Item], out_dir: Path) -> Iterator[tuple[Path, Path]]:
    """The items' export and answer key under out_dir, their shots served over https from
    out_dir/images/ (benchmarks/photo_server.py) until the block ends."""
    copy_shots(items, out_dir)
    server, base_url = serve(out_dir / "images")
    try:
        yield write_export(items, out_dir, base_url)
    finally:
        server.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--items", type=int, default=480)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000/")
    args = parser.parse_args()
    items = demo_items(args.out_dir / "demo", args.items)
    copy_shots(items, args.out_dir)
    export, answer = write_export(items, args.out_dir, args.base_url)
    print(f"wrote {export} and {answer} ({len(items)} products)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

