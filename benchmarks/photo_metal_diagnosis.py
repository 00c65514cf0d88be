"""Why the photo does or does not decide the metal of a piece whose words name none (issue 15).

For every piece of a set whose answer key says its metal shows only in its photo, prints: whether
its photo was read, whether the words left the metal open to the photo, the metal colour probe's
reading and its probability (and the probe's held-out accuracy), the catalog's metal of that colour
at its price and that metal's share (the prior), the combined confidence, the threshold, what the
item got and what the key wants. Then, over the whole set, the precision of the photo's metals.

    PYTHONPATH=. nice -n 10 python benchmarks/photo_metal_diagnosis.py --sets demo ktm bog rix [--out x.json]

Only diagnosed sets and the demo (the held-out rule: a clean set's pieces are never printed).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchmarks.extraction as bench  # noqa: E402
import retrieval.importer as importer  # noqa: E402
from retrieval.facts import PHOTO, PHOTO_METAL_COLOR  # noqa: E402

RECORDS: dict[int, dict] = {}  # id(extraction) -> what its photo said of the metal
EXTRACTIONS: dict[str, int] = {}  # item id -> id(extraction), of the last ingest
READERS: list = []


def _recording_fuse(original):
    def fuse(extraction, guesses, reader, price=None):
        metal = extraction.facts.get("metal")
        color = guesses.get("metal_color")
        prior = reader.metal_of_color(color.value, price) if color else None
        accuracy = reader.accuracy.get("metal_color")
        RECORDS[id(extraction)] = {
            "open": PHOTO_METAL_COLOR in extraction.open_to_photo, "words_metal": metal.value if metal else None,
            "color": color.value if color else None, "probability": round(color.confidence / accuracy, 3) if color and accuracy else None,
            "probe_accuracy": accuracy, "color_confidence": color.confidence if color else None,
            "prior": prior, "combined": round(color.confidence * prior[1], 3) if color and prior else None,
            "threshold": reader.config.photo_min_confidence, "price": price,
        }  # fmt: skip
        return original(extraction, guesses, reader, price)

    return fuse


def _recording_with_photo_facts(original):
    def with_photo_facts(self, read):
        EXTRACTIONS.clear()
        EXTRACTIONS.update({item_id: id(extraction) for item_id, extraction in read.extractions.items()})
        return original(self, read)

    return with_photo_facts


def _recording_reader(original):
    class Reader(original):
        def fit(self, *args, **kwargs):
            super().fit(*args, **kwargs)
            vectors, extractions = args[0], args[1]
            labels = Counter(self._labels(extractions[i])["metal_color"] for i in vectors if i in extractions)
            stated = Counter((e.facts["metal_color"].source, e.facts["metal_color"].value, e.facts["metal_color"].confidence)
                             for e in extractions.values() if "metal_color" in e.facts)
            READERS.append({"labels": dict(labels), "metal_color_facts": {str(k): v for k, v in stated.most_common(12)}, "probes": {name: list(probe.values) for name, probe in self.probes.items()}, "accuracy": dict(self.accuracy),
                            "metal_by_color": self.metal_by_color, "priced": {c: len(v) for c, v in self.priced_metals.items()}})  # fmt: skip

    return Reader


def install() -> None:
    importer.fuse = _recording_fuse(importer.fuse)
    importer.CatalogImporter._with_photo_facts = _recording_with_photo_facts(importer.CatalogImporter._with_photo_facts)
    importer.CatalogPhotoReader = _recording_reader(importer.CatalogPhotoReader)


def diagnose(items, truth: list[dict]) -> dict:
    matched = bench.match(items, truth)
    rows, decided = [], []
    for key in truth:
        item = matched.get(key["handle"])
        if item is None or not bench.for_sale(key):
            continue
        ok = item.metal == key.get("metal") and item.metal_color == key.get("metal_color")
        provenance = item.provenance.get("metal")
        if provenance and provenance.source == PHOTO:
            decided.append(ok)
        if bench.evidence_of("metal", key) != ["photo"]:
            continue
        record = RECORDS.get(EXTRACTIONS.get(item.id, -1))
        rows.append({"handle": key["handle"], "want": f"{key.get('metal')} ({key.get('metal_color')})", "got": item.metal, "right": ok,
                     "source": provenance.source if provenance else None, "photo_read": record is not None, **(record or {})})  # fmt: skip
    return {"photo_only": rows, "photo_decided": len(decided), "photo_decided_right": sum(decided), "reader": READERS[-1] if READERS else None}


def run(name: str, work: Path, items_count: int) -> dict:
    READERS.clear()
    if name == "demo":
        items = bench.demo_items(work / "demo", items_count)
        with bench.served_export(items, work / "export") as (export, answer):
            stored, _, _ = bench.ingest(export, work / "data-demo", "USD")
        truth = [json.loads(line) for line in answer.read_text(encoding="utf-8").splitlines()]
        return {**diagnose(stored, truth), "accuracy": bench.score(stored, truth)["accuracy"]}
    folder_name, prefix, currency, label = bench.SHOPS[name]
    if label.startswith("held-out"):
        raise SystemExit(f"{name} is a clean held-out set: its pieces are not printed")
    folder = bench.HELDOUT / folder_name
    server, base_url = bench.serve(folder / "images")
    try:
        local = bench.rewritten_export(bench.shop_export(folder), prefix, base_url, work)
        stored, _, _ = bench.ingest(local, work / f"data-{name}", currency, bench.owner_settings(folder_name))
    finally:
        server.kill()
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    return {**diagnose(stored, truth), "accuracy": bench.score(stored, truth)["accuracy"]}


def show(name: str, result: dict) -> None:
    reader = result["reader"] or {}
    print(f"\n== {name}: probe classes {reader.get('probes', {}).get('metal_color')}, accuracy {reader.get('accuracy', {}).get('metal_color')}, "
          f"commonest metal by colour {reader.get('metal_by_color')}, priced pieces by colour {reader.get('priced')}")  # fmt: skip
    print(f"   metal colour labels {reader.get('labels')}; facts {reader.get('metal_color_facts')}")
    print(f"   photo decided {result['photo_decided']} metals, {result['photo_decided_right']} right")
    print("   accuracy " + ", ".join(f"{field} {table['all']['accuracy']} (photo only {table['photo only']['accuracy']}, n={table['photo only']['n']})"
                                      for field, table in result["accuracy"].items()))  # fmt: skip
    for row in result["photo_only"]:
        print(f"   {row['handle']:>12} want {row['want']:<28} got {row['got']!s:<18} [{row['source']}] read={row['photo_read']} open={row.get('open')} "
              f"colour={row.get('color')} p={row.get('probability')} conf={row.get('color_confidence')} prior={row.get('prior')} "
              f"combined={row.get('combined')} threshold={row.get('threshold')}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=["demo"], choices=["demo", *bench.SHOPS])
    parser.add_argument("--items", type=int, default=480, help="demo catalog size")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    install()
    results = {}
    for name in args.sets:
        with tempfile.TemporaryDirectory() as work:
            results[name] = run(name, Path(work), args.items)
        show(name, results[name])
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
