"""Attribute extraction from shop exports: how often the importer reads each product's kind of
piece, metal (with its colour), metal colour, karat, stone and stone colour right, overall and by
where the answer key says the fact can be read (text only, photo only, both).

    nice -n 10 python benchmarks/extraction.py [--sets demo {codes}] [--out benchmarks/results/extraction.json]

Sets:
- demo: Facet's demo catalog exported as a Shopify shop would (benchmarks/demo_export.py): the
  TUNED set, the one extraction rules and lexicon entries were developed on;
{set_notes}
Two modes simulate a shop whose listings name no kind of piece Facet reads (issue 15, the photo's
kind): `--without-locales cs-CZ ka-GE` reads every set with those locale packs left out of the
default ones (a diagnosed Czech or Georgian shop read as on its clean run), and `--hide-kind-words`
(of a random `--hide-kind-words-share` of the products: a partly read language) writes the demo
export with every word the built-in lexicon (retrieval/lexicon/jewelry.toml) names a kind by taken
out of its titles, descriptions, tags and option names, and its Type column empty.
`--no-photo-reference-kinds` reads no kind against Facet's drawn shots (as before them).
A set whose label starts "held-out" is clean: its errors are counted, never printed, and only such
sets decide the targets.

Each export is ingested as an owner would (`Assistant.ingest`, real encoders, the shop's currency)
into a fresh data folder, its photos served from a local HTTPS server on 127.0.0.1 (benchmarks/photo_server.py: Etsy, Squarespace and Wix take only https photos) (the exports'
CDN prefix rewritten to it, Shopify's `?v=` dropped; `images.allow_private_hosts=true`), then each
stored item is compared with the answer key. Scoring: exact canonical values; a kada counts as a
bangle and a jhumka as earrings (the held-out README's rule); stone colours are compared as plain
colour words (a colourless diamond is white); "metal" counts only when the metal and its colour are
both right. Only products for sale are scored; the report also counts products not for sale that
were ingested (should be 0) and products for sale that were missed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.assistant import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from benchmarks.demo_export import demo_items, served_export  # noqa: E402
from benchmarks.heldout_shops import HELDOUT, SET_NOTES, SHOPS, owner_settings, rewritten_export, shop_export  # noqa: E402
from benchmarks.photo_server import serve  # noqa: E402
from retrieval.catalog import Item, load_catalog  # noqa: E402
from retrieval.catalog_language import catalog_locale  # noqa: E402
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon  # noqa: E402
from retrieval.prices import currency_notes  # noqa: E402
from retrieval.rows import CatalogError  # noqa: E402

FIELDS = ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")
BUCKETS = ("text only", "photo only", "both")
FOR_SALE = ("active", "publish", "visible", "enabled")  # an answer key's status for sale: Shopify, WooCommerce, BigCommerce, Magento
ACCEPTED_PARENTS = {"kada": "bangle", "jhumka": "earrings"}  # benchmarks/heldout/README.md
# Two authors' names for one value, or a kind an earlier round's key did not tell apart: the key's
# value -> what Facet calls it. The fourteenth round writes "gold plated stainless steel" for the
# thirteenth's "gold plated steel"; keys before the fourteenth file ear cuffs as earrings. The twenty-ninth
# names the glass seed beads of a Nepali pote mala "pote", Facet "glass beads" (en-NP.toml); its key files
# a jhumka as earrings, and "earrings include jhumka" (benchmarks/heldout/README.md).
ACCEPTED_SAME = {"gold plated stainless steel": "gold plated steel", "pote": "glass beads"}
ACCEPTED_NARROWER = {"earrings": ("ear cuff", "jhumka")}
# A key that keeps a plating's base apart (`base_metal`: the eighteenth round's "gold plated" on brass)
# says what Facet names with the base ("gold plated brass"): one reading, two layouts.
PLATED_OVER = "{metal} {base}"
TARGETS = {"category": 0.98, "metal": 0.95, "gemstone": 0.95}  # on the held-out exports
PROVENANCE_FIELD = {"stone_color": "gemstone_color"}  # the item's name of a scored field
RUN_SETTINGS: dict = {}  # settings every ingest of this run takes (--without-locales, --no-photo-reference-kinds)
BUILT_IN_KINDS = Path(__file__).resolve().parents[1] / "retrieval" / "lexicon" / "jewelry.toml"
KIND_WORD_FIELDS = ("names", "weak", "labels")  # where jewelry.toml names a kind
HIDE_SEED = 0
HIDDEN_KIND_TITLE = "Piece"  # a text that named nothing but its kind
HIDDEN_TEXT_COLUMNS = ("Title", "Body (HTML)", "Option1 Name", "Option2 Name", "Option3 Name")


def for_sale(key: dict) -> bool:
    """Whether an answer key's product is for sale: its `live` where the key says it (the seventeenth
    round: an active piece not published, or priced 0.00 to ask, is not), else its status."""
    return key["live"] if "live" in key else key.get("status", "active") in FOR_SALE


def set_run_settings(without_locales: list[str], no_photo_reference_kinds: bool) -> None:
    """Every ingest of this run with those locale packs left out of the default ones, and without the
    drawn shots' kinds (as before them)."""
    if without_locales:
        RUN_SETTINGS["lexicon"] = {"locales": [locale for locale in DEFAULT_LOCALES if locale not in without_locales]}
    if no_photo_reference_kinds:
        RUN_SETTINGS["extraction"] = {"photo_reference_kinds": False}


def kind_words_pattern() -> re.Pattern:
    """Every word or phrase the built-in lexicon names a kind of piece by, with an English plural."""
    kinds = tomllib.loads(BUILT_IN_KINDS.read_text(encoding="utf-8"))["categories"]
    phrases = {phrase.lower() for spec in kinds.values() for field in KIND_WORD_FIELDS for phrase in spec.get(field, [])} | set(kinds)
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:e?s)?\b", re.IGNORECASE)


def hide_kind_words(export: Path, share: float = 1.0) -> None:
    """The export rewritten with no word naming a kind in `share` of its products (drawn at random):
    taken out of their texts and tags, their Type emptied."""
    pattern = kind_words_pattern()
    with export.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    handles = sorted({row["Handle"] for row in rows})
    hidden = set(random.Random(HIDE_SEED).sample(handles, round(share * len(handles))))
    for row in rows:
        if row["Handle"] not in hidden:
            continue
        for column in HIDDEN_TEXT_COLUMNS:
            if row.get(column):
                row[column] = re.sub(r"\s{2,}", " ", pattern.sub("", row[column])).strip() or HIDDEN_KIND_TITLE
        row["Type"] = ""
        row["Tags"] = ", ".join(tag for tag in (row.get("Tags") or "").split(", ") if tag and not pattern.search(tag))
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)


def ingest(export: Path, data_dir: Path, currency: str, owner: dict | None = None) -> tuple[list[Item], dict, float]:
    """The export ingested into a fresh folder: the stored items, the ingest's report and seconds."""
    settings = Settings(data_dir=data_dir, currency=currency, images={"allow_private_hosts": True}, llm={"backend": "template"},
                        **{**RUN_SETTINGS, **(owner or {})})
    assistant = Assistant.from_settings(settings)
    started = time.perf_counter()
    report, errors = assistant.ingest(export, progress=False)
    seconds = time.perf_counter() - started
    items = list(assistant.index.items(assistant.index.all_ids()).values())
    summary = {"summary": report.summary(), "rejected_rows": len(errors), "skipped": report.skipped, "to_review": report.to_review,
               "photo_warnings": len(report.warnings), "notes": report.notes}  # fmt: skip
    return items, summary, seconds


def predicted(item: Item) -> dict:
    return {"category": item.category, "metal": item.metal, "metal_color": item.metal_color, "karat": item.karat,
            "gemstone": item.gemstone, "stone_color": item.gemstone_color if item.has_stone else None}  # fmt: skip


def right(field: str, got, want, lexicon) -> bool:
    if field == "category":
        return got == want or ACCEPTED_PARENTS.get(want) == got or got in ACCEPTED_NARROWER.get(want, ())
    if field == "stone_color":
        if not want:
            return not got
        return bool(got) and lexicon.plain_color(got) == lexicon.plain_color(want)
    return got == want or (want in ACCEPTED_SAME and ACCEPTED_SAME[want] == got)  # a reading left out (None) is no reading of a value the key has


def _plated_over_base(got: str | None, key: dict) -> bool:
    return bool(key.get("base_metal")) and got == PLATED_OVER.format(metal=key.get("metal"), base=key["base_metal"])


def bucket(evidence: list[str]) -> str | None:
    text = any(place != "photo" for place in evidence)
    photo = "photo" in evidence
    return "both" if text and photo else "text only" if text else "photo only" if photo else None


def evidence_of(field: str, key: dict) -> list[str]:
    evidence = key.get("evidence", {})
    if field == "metal":
        return sorted(set(evidence.get("metal", [])) | set(evidence.get("metal_color", [])))
    return evidence.get(field, [])


def match(items: list[Item], truth: list[dict]) -> dict[str, Item]:
    """Each answer-key product's stored item: by handle, else by WooCommerce id, else by title (trimmed,
    as the importer stores it: a key may keep a name's trailing space, "Jaipuri Kundan Jhumka "). Two
    products of one name share a handle (WooCommerce makes it from the name): the price tells them
    apart. Products for sale are matched first and an item is matched once, so a draft named like a
    live product (WooCommerce's "eternity-ring-2") is not counted as ingested through its namesake."""
    by_handles: dict[str, list[Item]] = {}
    for item in items:
        if item.handle:
            by_handles.setdefault(item.handle, []).append(item)
    by_id = {item.id: item for item in items}
    by_title: dict[str, list[Item]] = {}
    for item in items:
        by_title.setdefault(item.title.strip(), []).append(item)
    found: dict[str, Item] = {}
    taken: set[str] = set()
    for key in sorted(truth, key=lambda key: not for_sale(key)):
        item = (_one(by_handles.get(key.get("handle"), []), key, taken) or by_id.get(str(key.get("woo_id", ""))) or by_id.get(key.get("id", ""))
                or by_id.get(key.get("handle", "")))  # a key whose handle is the platform's product id (InSales' "ID товара")
        if item is None or item.id in taken:
            item = _one(by_title.get((key.get("title") or "").strip(), []), key, taken)  # the shop's trailing spaces trimmed
        if item is not None and item.id not in taken:
            found[key["handle"]] = item
            taken.add(item.id)
    return found


def _one(candidates: list[Item], key: dict, taken: set[str]) -> Item | None:
    """The one candidate not yet matched, the price deciding between several."""
    candidates = [item for item in candidates if item.id not in taken]
    if len(candidates) > 1:
        candidates = [item for item in candidates if "price_min" in key and abs(item.price - key["price_min"]) < 0.01]
    return candidates[0] if len(candidates) == 1 else None


def score(items: list[Item], truth: list[dict]) -> dict:
    lexicon = load_lexicon()
    matched = match(items, truth)
    for_sale_keys = [key for key in truth if for_sale(key)]
    counts = {field: {"all": [0, 0], **{b: [0, 0] for b in BUCKETS}} for field in FIELDS}
    errors = []
    for key in for_sale_keys:
        item = matched.get(key["handle"])
        if item is None:
            continue
        got = predicted(item)
        for field in FIELDS:
            want = key.get(field)
            ok = right(field, got[field], want, lexicon) or (field == "metal" and _plated_over_base(got[field], key))
            if field == "metal":
                ok = ok and got["metal_color"] == key.get("metal_color")
            place = bucket(evidence_of(field, key))
            for name in ("all", place):
                if name:
                    counts[field][name][0] += ok
                    counts[field][name][1] += 1
            if not ok:
                provenance = item.provenance.get(PROVENANCE_FIELD.get(field, field))
                errors.append({"handle": key["handle"], "title": key.get("title"), "field": field, "got": got[field], "want": want, "evidence": evidence_of(field, key),
                               "source": provenance.source if provenance else None})  # fmt: skip
    accuracy = {field: {name: {"accuracy": round(r / n, 3) if n else None, "n": n} for name, (r, n) in table.items()} for field, table in counts.items()}
    not_for_sale = {key["handle"] for key in truth if not for_sale(key)}
    return {
        "accuracy": accuracy,
        "products": len(truth), "for_sale": len(for_sale_keys), "matched": sum(key["handle"] in matched for key in for_sale_keys),
        "not_for_sale_ingested": sum(handle in matched for handle in not_for_sale),
        "prices_right": _prices_right(for_sale_keys, matched),
        "errors": errors,
    }


def _prices_right(for_sale: list[dict], matched: dict[str, Item]) -> float | None:
    checked = [(key, matched[key["handle"]]) for key in for_sale if key["handle"] in matched and "price_min" in key]
    if not checked:
        return None
    good = sum(abs(item.price - key["price_min"]) < 0.01 and abs((item.price_max or item.price) - key["price_max"]) < 0.01
               and item.currency == key["currency"] for key, item in checked)  # fmt: skip
    return round(good / len(checked), 3)


def run_demo(work: Path, items_count: int, hide_kinds: float = 0.0) -> dict:
    items = demo_items(work / "demo", items_count)
    with served_export(items, work / "export") as (export, answer):
        if hide_kinds:
            hide_kind_words(export, hide_kinds)
        stored, summary, seconds = ingest(export, work / "data-demo", "USD")
    truth = [json.loads(line) for line in answer.read_text(encoding="utf-8").splitlines()]
    return {**score(stored, truth), "ingest": summary, "seconds": round(seconds, 1)}


def run_heldout(work: Path, shop: str, prefix: str, currency: str) -> dict:
    folder = HELDOUT / shop
    export = shop_export(folder)
    server, base_url = serve(folder / "images")
    try:
        local = rewritten_export(export, prefix, base_url, work)
        stored, summary, seconds = ingest(local, work / f"data-{shop}", currency, owner_settings(shop))
    finally:
        server.kill()
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    lexicon = load_lexicon()
    # as the ingest says it (retrieval/importer.py): the listings' own words first, then the median, a
    # sign several currencies write read as the one of the listings' language's country
    reading = catalog_locale([(item.title, item.description) for item in stored], Settings().lexicon.catalog_locale_share)
    region = reading.region if reading else None
    # a price cell naming its currency ("LKR 145,000.00") is kept in it whatever the setting: only the
    # prices the file leaves to the setting are judged by their words and median, as the ingest does
    under_usd = load_catalog(local, currency="USD", lexicon=lexicon)
    by_setting = [(item.description, item.price) for item in under_usd.items if item.id in under_usd.currency_from_setting]
    named = [item.currency for item in under_usd.items if item.id not in under_usd.currency_from_setting]
    usd_warning = " / ".join(currency_notes(by_setting, named, "USD", lexicon.currencies, region)) or None
    return {**score(stored, truth), "ingest": summary, "seconds": round(seconds, 1), "warning_under_usd_setting": usd_warning}


def refused(shop: str, reason: str) -> dict:
    """A catalog Facet refuses outright: the shop gets nothing searchable, so every field of every
    product for sale scores 0 (the owner is told `reason`)."""
    truth = [json.loads(line) for line in (HELDOUT / shop / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    for_sale_count = sum(for_sale(key) for key in truth)
    accuracy = {field: {"all": {"accuracy": 0.0, "n": for_sale_count}, **{part: {"accuracy": None, "n": 0} for part in BUCKETS}} for field in FIELDS}
    return {"refused": reason, "accuracy": accuracy, "products": len(truth), "for_sale": for_sale_count, "matched": 0, "not_for_sale_ingested": 0,
            "prices_right": None, "errors": [], "ingest": {"summary": f"refused: {reason}"}, "seconds": 0.0}  # fmt: skip


def table(results: dict) -> str:
    lines = ["| set | field | all | text only | photo only | both |", "|---|---|---|---|---|---|"]
    for name, result in results.items():
        for field in FIELDS:
            cells = []
            for part in ("all", *BUCKETS):
                entry = result["accuracy"][field][part]
                cells.append(f"{entry['accuracy']:.3f} ({entry['n']})" if entry["n"] else "—")
            lines.append(f"| {name} | {field} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.format(codes=" ".join(SHOPS), set_notes=SET_NOTES), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=["demo", *SHOPS], choices=["demo", *SHOPS])
    parser.add_argument("--items", type=int, default=480, help="demo catalog size")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/extraction.json"))
    parser.add_argument("--without-locales", nargs="+", default=[], help="locale packs left out of the default ones (simulates a clean run)")
    parser.add_argument("--no-photo-reference-kinds", action="store_true", help="read no kind against Facet's drawn shots (as before issue 15's fallback)")
    parser.add_argument("--hide-kind-words", action="store_true", help="the demo export with every kind word taken out")
    parser.add_argument("--hide-kind-words-share", type=float, default=1.0, help="of the demo's products, with --hide-kind-words")
    parser.add_argument("--show-errors", action="store_true", help="print the demo and diagnosed sets' wrong readings (never the held-out sets')")
    args = parser.parse_args()
    set_run_settings(args.without_locales, args.no_photo_reference_kinds)
    work = Path(tempfile.mkdtemp(prefix="facet-extraction-"))
    results = {}
    try:
        if "demo" in args.sets:
            hidden = args.hide_kind_words_share if args.hide_kind_words else 0.0
            results["demo export (tuned)" + (f", kind words hidden in {hidden:.0%}" if hidden else "")] = run_demo(work, args.items, hidden)
        for name in args.sets:
            if name in SHOPS:
                folder, prefix, currency, label = SHOPS[name]
                try:
                    results[label] = run_heldout(work, folder, prefix, currency)
                except CatalogError as error:
                    results[label] = refused(folder, str(error))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(results))
    for name, result in results.items():
        print(f"\n{name}: {result['matched']}/{result['for_sale']} products for sale matched, {result['not_for_sale_ingested']} not for sale "
              f"ingested, prices right {result['prices_right']}, ingest {result['seconds']} s: {result['ingest']['summary']}")
        if "refused" in result:
            print(f"  REFUSED at import: {result['refused']}")
        if "warning_under_usd_setting" in result:
            print(f"  under the default USD setting: {result['warning_under_usd_setting'] or 'no currency warning'}")
    heldout = [result for name, result in results.items() if name.startswith("held-out")]
    verdict = {field: {"target": target, "values": [r["accuracy"][field]["all"]["accuracy"] for r in heldout],
                       "met": all((r["accuracy"][field]["all"]["accuracy"] or 0) >= target for r in heldout) if heldout else None}
               for field, target in TARGETS.items()}  # fmt: skip
    print(f"\ntargets (held-out): {json.dumps(verdict)}" if heldout else "\ntargets: no held-out set in this run, so none is decided")
    if args.show_errors:
        for name, result in results.items():
            if not name.startswith("held-out"):
                for error in result["errors"]:
                    print(name, error)
    for name, result in results.items():
        if name.startswith("held-out"):
            result["errors"] = len(result["errors"])  # counted, not listed: the held-out sets stay unread
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results, "without_locales": args.without_locales,
                                    "hide_kind_words": args.hide_kind_words and args.hide_kind_words_share,
                                    "photo_reference_kinds": not args.no_photo_reference_kinds, "targets": verdict, "table": table(results),
                                    "machine": {"cpus": os.cpu_count(), "python": platform.python_version()}}, indent=2, default=str))  # fmt: skip
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
