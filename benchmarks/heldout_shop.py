"""Shoppers' requests against a held-out shop, requests written by hand by another author
(read benchmarks/heldout/README.md):
{request_notes}
Run it to measure, and keep a first run's numbers apart from any after its errors were looked at.

    nice -n 10 python benchmarks/heldout_shop.py [--shop {codes}] [--modes typed photo spoken]
        [--spoken-limit N] [--asr-model FOLDER|whisper-base] [--asr-language {languages}] [--asr-option KEY=VALUE]
        [--out benchmarks/results/heldout_inr.json]

The export is ingested as an owner would (`Assistant.ingest`, currency INR, photos from a local
HTTP server), then every request goes through `Assistant.turn` with a fresh conversation:
- typed: `text`;
- photo: `text` with the photo of `photo_handle`;
- spoken: `spoken` synthesized with espeak-ng in one of VOICES in turn (a non-US voice among them;
  a shop whose shoppers speak another language, in that language's voices: SHOP_VOICES),
  clean and with pink noise at 20 dB SNR; a turn that asks "did I hear that right?" is answered
  "yes" (what a shopper does when it heard right; its count is reported).

A result is relevant when the answer key's product meets the request's constraints by the README's
matching rule (category in the list; one variant meeting metal, colour, karat, stone, stone
exclusion and price together). Reported: NDCG@10 (binary gain) over requests with a match, constraint
precision (share of the results shown as matches that meet every constraint; alternatives offered
as relaxed are not counted), the written-to-match-nothing requests answered with nothing, and for
speech the WER (benchmarks/speech.py's normalisation) and requests refused as no speech.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import soundfile as sf  # noqa: E402

from assistant.assistant import Assistant, InputError  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.conversation import Session  # noqa: E402
from assistant.understanding.numbers import spell_out_numbers  # noqa: E402
from benchmarks.extraction import RUN_SETTINGS, for_sale, match, set_run_settings  # noqa: E402
from benchmarks.heldout_shops import (HELDOUT, REQUEST_NOTES, SHOP_VOICES, SHOPS, VOICES, WITH_REQUESTS, ASR_LANGUAGES,  # noqa: E402
                                      owner_settings, rewritten_export, shop_export)  # fmt: skip
from benchmarks.photo_server import serve  # noqa: E402
from benchmarks.speech_audio import padded, synthesize, with_noise  # noqa: E402
from benchmarks.wer_words import edit_distance, normalise  # noqa: E402
from benchmarks.wer_words import joined_alike  # noqa: E402
from perception.errors import NoSpeechError  # noqa: E402
from retrieval.rows import CatalogError  # noqa: E402

K = 10
CONDITIONS = {"clean": None, "snr20": 20.0}
NOISE = "pink"
SEED = 16
RTF_CLIPS = 10
TARGETS = {"typed_ndcg": 0.95, "constraint_precision": 1.0, "spoken_ndcg_gap": 0.05, "wer_clean": 0.10, "wer_snr20": 0.15}


# --- the answer key ------------------------------------------------------------------------------


def _any_of(value) -> set:
    return set(value) if isinstance(value, list) else {value}


def variant_meets(variant: dict, constraints: dict) -> bool:
    checks = (("metal", "metal"), ("metal_color", "metal_color"), ("karat", "karat"), ("gemstone", "gemstone"))
    for key, field in checks:
        if constraints.get(key) is not None and variant.get(field) not in _any_of(constraints[key]):
            return False
    excluded = constraints.get("exclude_gemstone")
    if excluded is not None and variant.get("gemstone") in _any_of(excluded):
        return False
    price = variant["price"]
    if constraints.get("price_min") is not None and price < constraints["price_min"]:
        return False
    return constraints.get("price_max") is None or price <= constraints["price_max"]


def meets(product: dict, constraints: dict) -> bool:
    """The README's matching rule: the category in the list and one variant meeting the rest."""
    if constraints.get("category") is not None and product["category"] not in _any_of(constraints["category"]):
        return False
    return any(variant_meets(variant, constraints) for variant in product["variant_list"])


def live(truth: list[dict]) -> dict[str, dict]:
    return {product["handle"]: product for product in truth if for_sale(product)}


# --- scoring -------------------------------------------------------------------------------------


def ndcg(relevant: list[bool], ideal_count: int) -> float:
    gains = sum(1 / math.log2(rank + 2) for rank, hit in enumerate(relevant[:K]) if hit)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(K, ideal_count)))
    return gains / ideal if ideal else 0.0


def score(request: dict, shown: list[str], products: dict[str, dict]) -> dict:
    """One request's scores from the ids shown as matches (not the relaxed alternatives)."""
    constraints = request["constraints"]
    matching = [handle for handle, product in products.items() if meets(product, constraints)]
    hits = [handle in products and meets(products[handle], constraints) for handle in shown]
    row = {"id": request["id"], "shown": len(shown), "violations": hits.count(False), "matches": len(matching)}
    if request.get("expect") == "none" or not matching:
        row["empty_as_expected"] = not shown
    else:
        row["ndcg"] = ndcg(hits, len(matching))
    if constraints.get("category") is not None:
        kinds = _any_of(constraints["category"])
        row["kind_ok"] = sum(products[h]["category"] in kinds for h in shown if h in products)
    return row


def aggregate(rows: list[dict]) -> dict:
    scored = [row["ndcg"] for row in rows if "ndcg" in row]
    shown = sum(row["shown"] for row in rows)
    empty = [row["empty_as_expected"] for row in rows if "empty_as_expected" in row]
    kinds = [row for row in rows if "kind_ok" in row]
    return {
        "requests": len(rows),
        "ndcg@10": round(float(np.mean(scored)), 3) if scored else None,
        "ndcg_requests": len(scored),
        "constraint_precision": round(1 - sum(row["violations"] for row in rows) / shown, 3) if shown else None,
        "results_shown": shown,
        "nothing_to_match_answered_empty": f"{sum(empty)}/{len(empty)}",
        "kind_precision": round(sum(r["kind_ok"] for r in kinds) / max(1, sum(r["shown"] for r in kinds)), 3),
    }


# --- running the requests ------------------------------------------------------------------------


def ingest(work: Path, shop: Path, prefix: str, currency: str, asr: dict) -> Assistant:
    export = shop_export(shop)
    settings = Settings(data_dir=work / "data", currency=currency, images={"allow_private_hosts": True}, llm={"backend": "template"}, asr=asr,
                        **{**RUN_SETTINGS, **owner_settings(shop.name)})
    assistant = Assistant.from_settings(settings)
    server, base_url = serve(shop / "images")
    try:
        report, _ = assistant.ingest(rewritten_export(export, prefix, base_url, work), progress=False)
    finally:
        server.kill()
    print(f"imported the held-out export: {report.summary()}", file=sys.stderr)
    return assistant


def by_stored_id(assistant: Assistant, products: dict[str, dict], truth: list[dict]) -> dict[str, dict]:
    """The live products keyed by the id Facet stored each under (a WooCommerce item's id is not
    the answer key's handle); a product Facet did not store keeps its handle, and is never shown."""
    stored = match(list(assistant.index.items(assistant.index.all_ids()).values()), truth)
    return {(stored[handle].id if handle in stored else handle): product for handle, product in products.items()}


def shown_ids(reply) -> list[str]:
    return [result.id for result in reply.results if not result.relaxed]


def run_typed(assistant: Assistant, requests: list[dict], products: dict, photos: dict[str, Path] | None = None) -> list[dict]:
    rows = []
    for request in requests:
        image = photos.get(request.get("photo_handle")) if photos is not None else None
        if photos is not None and image is None:
            continue  # a broken photo link: nothing to send
        reply = assistant.turn(text=request["text"], image=image, session=Session(), top_k=K)
        rows.append({**score(request, shown_ids(reply), products), "text": request["text"]})
    return rows


def run_spoken(assistant: Assistant, requests: list[dict], products: dict, folder: Path, voices=VOICES) -> dict:
    language = assistant.settings.shop_asr.language  # what the transcripts are written in: their WER words
    rows: dict[str, list[dict]] = {condition: [] for condition in CONDITIONS}
    timings: list[float] = []
    factors: list[float] = []  # plain transcription's real-time factor, on the first clean recordings
    for number, request in enumerate(requests):
        voice, speed = voices[number % len(voices)]
        speech = synthesize(request["spoken"], voice, speed, folder)
        recording = padded(speech)
        if number < RTF_CLIPS:
            started = time.perf_counter()
            try:
                assistant.asr.transcribe(recording)
            except NoSpeechError:  # an English-only model hears no words in some other language's requests: still timed
                pass
            factors.append((time.perf_counter() - started) / (len(recording) / 16_000))
        for condition, snr in CONDITIONS.items():
            wav = folder / f"{request['id']}-{condition}.wav"
            sf.write(wav, with_noise(speech, recording, snr, NOISE, SEED + number), 16_000)
            rows[condition].append(spoken_turn(assistant, request, wav, products, voice, timings, language))
    return {"rows": rows, "turn_seconds_p50": round(float(np.median(timings)), 3) if timings else None,
            "transcription_rtf_median": round(float(np.median(factors)), 3) if factors else None}


def spoken_turn(assistant: Assistant, request: dict, wav: Path, products: dict, voice: str, timings: list[float],
                language: str | None = None) -> dict:
    """One spoken request answered and scored; `language`: the one it is heard in (its WER words, `normalise`)."""
    session = Session()
    started = time.perf_counter()
    try:
        reply = assistant.turn(audio=wav, session=session, top_k=K)
    except (NoSpeechError, InputError) as error:
        return {**score(request, [], products), "voice": voice, "refused": str(error), "heard": "", "errors": None}
    timings.append(time.perf_counter() - started)
    confirmed = reply.intent == "confirm"
    if confirmed:
        reply = assistant.turn(text="yes", session=session, top_k=K)
    said, heard = joined_alike(normalise(request["spoken"], language), normalise(reply.transcript or "", language))
    said_alike, heard_alike = joined_alike(alike(request["spoken"], language), alike(reply.transcript or "", language))
    return {**score(request, shown_ids(reply), products), "voice": voice, "heard": reply.transcript, "said": request["spoken"],
            "confirm_asked": confirmed, "errors": edit_distance(said, heard), "words": len(said),
            "errors_alike": edit_distance(said_alike, heard_alike), "words_alike": len(said_alike),
            "confidence": reply.transcript_confidence}  # fmt: skip


SCALE_WORDS = {"thousand": 1000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
SCALED = re.compile(rf"(\d+(?:\.\d+)?)\s*({'|'.join(SCALE_WORDS)})\b")
UNITS_AFTER_NUMBERS = ((re.compile(r"(\d)\s*(?:k\s*t|kt|k|carats?|karats?)\b"), r"\1 karat"), (re.compile(r"(\d)\s*(?:g|grams?)\b"), r"\1 gram"))
SAME_WORDS = {("a", "d"): "ad"}


def alike(text: str, language: str | None = None) -> list[str]:
    """benchmarks/speech.py's WER words, with Indian number forms read alike on both sides: "one and a
    half lakh" and "1.5 lakh" are 150000, "22 k t" and "22kt" are "22 karat", "A D" is "ad"."""
    text = spell_out_numbers(" ".join(re.sub(r"(?<=\d),(?=\d)", "", text.lower()).replace(",", " ").split()))
    text = SCALED.sub(lambda m: str(round(float(m[1]) * SCALE_WORDS[m[2]])), text)
    for pattern, unit in UNITS_AFTER_NUMBERS:
        text = pattern.sub(unit, text)
    words, out = normalise(text, language), []
    index = 0
    while index < len(words):
        for phrase, same in SAME_WORDS.items():
            if tuple(words[index : index + len(phrase)]) == phrase:
                out.append(same)
                index += len(phrase)
                break
        else:
            out.append(words[index])
            index += 1
    return out


def speech_summary(rows: list[dict], voices=VOICES) -> dict:
    heard = [row for row in rows if row.get("errors") is not None]
    return {
        **aggregate(rows),
        "wer": round(sum(row["errors"] for row in heard) / max(1, sum(row["words"] for row in heard)), 3),
        "wer_number_forms_alike": round(sum(row["errors_alike"] for row in heard) / max(1, sum(row["words_alike"] for row in heard)), 3),
        "refused_as_no_speech": sum("refused" in row for row in rows),
        "confirm_asked": sum(bool(row.get("confirm_asked")) for row in rows),
        "wer_by_voice": {voice: round(sum(r["errors"] for r in heard if r["voice"] == voice) / max(1, sum(r["words"] for r in heard if r["voice"] == voice)), 3)
                         for voice, _ in voices},  # fmt: skip
    }


def asr_settings(args: argparse.Namespace) -> dict:
    """The asr section the flags ask for (nothing: the configured one)."""
    asr = {"model": args.asr_model} if args.asr_model else {}
    if args.asr_language:
        asr["language"] = args.asr_language
    for option in args.asr_option or ():
        key, _, value = option.partition("=")
        asr[key.strip()] = value.strip()
    return asr


def _lines(path: Path) -> list[dict]:
    """A JSONL file's records; none when the shop has no such file."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report_refused(args, results: dict, reason: str, requests_by_mode: dict[str, list]) -> int:
    for mode in args.modes:
        results[mode] = {"refused": reason, "requests": len(requests_by_mode[mode]), "ndcg@10": 0.0, "results_shown": 0}
        print(f"{mode}: REFUSED at import ({reason}): NDCG@10 0.0 over {len(requests_by_mode[mode])} requests")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**results, "refused": reason}, indent=2, default=str))
    print(f"wrote {args.out}")
    return 0


def main() -> int:
    description = __doc__.format(request_notes=REQUEST_NOTES, codes="|".join(WITH_REQUESTS), languages="|".join(ASR_LANGUAGES))
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shop", choices=WITH_REQUESTS, default="inr")
    parser.add_argument("--modes", nargs="+", default=["typed", "photo", "spoken"], choices=["typed", "photo", "spoken"])
    parser.add_argument("--spoken-limit", type=int, help="speak only the first N requests")
    parser.add_argument("--asr-model", help="a CTranslate2 Whisper folder or whisper-base (default: the configured one)")
    parser.add_argument("--asr-language", help="the language Whisper is told (es, en ...; auto: it finds out; default: the configured one)")
    parser.add_argument("--asr-option", action="append", help="any other asr setting, KEY=VALUE (other_language_prompt=titles)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/heldout_inr.json"))
    parser.add_argument("--label", default="", help="what this run is (first run, after looking at errors ...)")
    parser.add_argument("--without-locales", nargs="+", default=[], help="locale packs left out of the default ones (simulates a clean run)")
    parser.add_argument("--no-photo-reference-kinds", action="store_true", help="read no kind against Facet's drawn shots")
    args = parser.parse_args()
    set_run_settings(args.without_locales, args.no_photo_reference_kinds)
    folder, prefix, currency, _ = SHOPS[args.shop]
    shop = HELDOUT / folder
    requests, photo_requests, truth = (_lines(shop / name) for name in ("queries.jsonl", "queries_photo.jsonl", "truth.jsonl"))
    if "photo" in args.modes and not photo_requests:
        parser.error(f"the {args.shop} shop has no photo requests")
    products = live(truth)
    photos = {p["handle"]: shop / p["image"] for p in truth if p.get("image")}
    work = Path(tempfile.mkdtemp(prefix="facet-heldout-"))
    results: dict = {"shop": args.shop, "label": args.label, "load_average_before": os.getloadavg(),
                     "without_locales": args.without_locales, "photo_reference_kinds": not args.no_photo_reference_kinds}
    try:
        assistant = ingest(work, shop, prefix, currency, asr_settings(args))
    except CatalogError as error:  # the shop gets nothing searchable: every request it makes fails
        shutil.rmtree(work, ignore_errors=True)
        return report_refused(args, results, str(error), {"typed": requests, "photo": photo_requests, "spoken": requests})
    try:
        products = by_stored_id(assistant, products, truth)
        if "typed" in args.modes:
            rows = run_typed(assistant, requests, products)
            results["typed"] = {**aggregate(rows), "rows": rows}
        if "photo" in args.modes:
            rows = run_typed(assistant, photo_requests, products, photos)
            results["photo"] = {**aggregate(rows), "rows": rows}
        prompt = assistant.hearing().prompt
        if "spoken" in args.modes:
            voices = SHOP_VOICES.get(args.shop, VOICES)
            spoken = run_spoken(assistant, requests[: args.spoken_limit], products, work, voices)
            results["spoken"] = {condition: {**speech_summary(rows, voices), "rows": rows} for condition, rows in spoken["rows"].items()}
            results["voices"] = voices
            results["spoken_turn_seconds_p50"] = spoken["turn_seconds_p50"]
            results["transcription_rtf_median"] = spoken["transcription_rtf_median"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["load_average_after"] = os.getloadavg()
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version()}
    results["asr_model"] = args.asr_model or "default"
    results["asr"] = {"model": assistant.settings.shop_asr.model, "language": assistant.settings.shop_asr.language, "prompt": prompt}
    for name in ("typed", "photo"):
        if name in results:
            print(f"{name}: " + json.dumps({k: v for k, v in results[name].items() if k != "rows"}))
    for condition, summary in results.get("spoken", {}).items():
        print(f"spoken {condition}: " + json.dumps({k: v for k, v in summary.items() if k != "rows"}))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
