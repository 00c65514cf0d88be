"""The language each diagnosed shop's catalog is read as (retrieval/catalog_language.py), without
models: every export under benchmarks/data/heldout/<shop>/ read through retrieval.formats (titles
and descriptions of the products for sale) and the demo catalog's items.

    python benchmarks/catalog_language.py [--out benchmarks/results/catalog_language.json]

Each shop's row: the locale read (None: none, heard as English), its share, the expected locale,
and every candidate pack's share above zero. The eleventh and twelfth rounds (mun, jkt, lyo, han)
are held out and never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.catalog_language import catalog_locale, locale_shares  # noqa: E402
from retrieval.config import CatalogConfig, LexiconConfig  # noqa: E402
from retrieval.demo.generate import generate_demo_items  # noqa: E402
from retrieval.formats import read_products  # noqa: E402
from retrieval.lexicon import load_lexicon  # noqa: E402
from retrieval.rows import RowError  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
RESULTS = Path(__file__).resolve().parent / "results" / "catalog_language.json"
NOT_EXPORTS = {"queries", "queries_photo", "truth"}
# What each diagnosed shop's listings are written in (its SHOP.md); None: English (with regional words).
EXPECTED = {"ams": "nl-NL", "chn": None, "dxb": None, "hyd": None, "inr": None, "ist": "tr-TR", "jnb": None, "kol": None,
            "kul": "ms-MY", "mel": None, "mex": "es-MX", "mnl": "fil-PH", "mum": None, "nyc": None, "sao": "pt-BR",
            "sgp": None, "thr": None, "tor": None, "waw": "pl-PL", "woo": None, "jai": "hi-IN", "demo": None}  # fmt: skip


def shop_texts(shop: str) -> list[tuple[str, str]]:
    if shop == "demo":
        return [(item.title, item.description) for item in generate_demo_items()]
    folder = HELDOUT / f"{shop}_shop"
    export = next(p for p in sorted(folder.iterdir()) if p.suffix in (".csv", ".jsonl", ".xml", ".tsv", ".txt", ".yml") and p.stem not in NOT_EXPORTS)
    lexicon = load_lexicon()
    _, products = read_products(export, CatalogConfig(), {}, lexicon.export_headers, taxonomy=lexicon.google_categories)
    return [(p.title, p.description) for _, p in products if not isinstance(p, RowError) and not p.skipped]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    min_share = LexiconConfig().catalog_locale_share
    rows = {}
    for shop, expected in EXPECTED.items():
        texts = shop_texts(shop)
        reading = catalog_locale(texts, min_share)
        shares = {locale: round(share, 3) for locale, share in sorted(locale_shares(texts).items(), key=lambda pair: -pair[1]) if share}
        rows[shop] = {"items": len(texts), "locale": reading.locale if reading else None, "share": round(reading.share, 3) if reading else None,
                      "expected": expected, "right": (reading.locale if reading else None) == expected, "shares": shares}  # fmt: skip
        print(f"{shop:5} {len(texts):4} items  read {str(rows[shop]['locale']):7} expected {str(expected):7}  {shares}")
    right = sum(row["right"] for row in rows.values())
    print(f"{right}/{len(rows)} right at catalog_locale_share {min_share}")
    args.out.write_text(json.dumps({"catalog_locale_share": min_share, "right": right, "shops": len(rows), "by_shop": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
