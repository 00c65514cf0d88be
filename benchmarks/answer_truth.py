"""Answer truth: LLM-written answers over scripted conversations on the demo catalog, each sentence
checked by an independent per-piece claim checker (benchmarks/claim_check.py, written apart from
the writer's verifier). Reports false claims that reached the shopper, template fallbacks,
regenerations, dropped sentences, lone fragments shown while a sentence was held, and timings
(cards, first model-written words after the cards, answer complete) with the load average.

    python benchmarks/answer_truth.py --model qwen2.5-coder-0.5b [--answers 300] [--set llm.temperature=0.5] [--resume]

The held-out counterpart asks a held-out shop's queries (benchmarks/data/heldout/*/queries.jsonl,
each followed by "show me more") of the demo catalog: held-out shopper wording; the held-out
catalogs themselves are not in Facet's catalog format.

    python benchmarks/answer_truth.py --queries benchmarks/data/heldout/woo_shop/queries.jsonl --label heldout-woo-0.5b

Writes benchmarks/results/answer_truth_<label>.json and ..._answers.jsonl (every answer, for
the hand-scored sample in benchmarks/results/answer_scores_<label>.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claim_check import false_claims  # noqa: E402
from conversation import make_scripts  # noqa: E402

from assistant.assistant import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.conversation import Session  # noqa: E402

MIN_SHOWN_WORDS = 3  # a visible unfinished sentence shorter than this is a lone fragment
SENTENCE_ENDS = ".!?"
SCRIPT_SEEDS = range(101, 200)
FOLLOW_UP = "show me more"
NO_SEARCH_ANSWER = {"impossible", "general question"}  # only relaxed results, or know-how
SEARCH_TURNS = {"details of the second": 1, "availability": 1}  # the second turn is about one piece
TARGETS = {"false_claims_shown": 0, "fallback": 0.03, "first_words_after_cards_s_p50": 1.0, "done_after_cards_s_p50": 4.0, "lone_fragments": 0}


def parse_sets(pairs: list[str]) -> dict:
    tree: dict = {}
    for pair in pairs:
        key, value = pair.split("=", 1)
        node = tree
        *path, leaf = key.split(".")
        for part in path:
            node = node.setdefault(part, {})
        node[leaf] = value
    return tree


def tail_fragment(visible: str) -> str:
    """The unfinished sentence at the end of what the shopper sees ("" when it ends a sentence)."""
    stripped = visible.rstrip()
    if not stripped or stripped[-1] in SENTENCE_ENDS:
        return ""
    cut = max(stripped.rfind(end + " ") for end in SENTENCE_ENDS)
    return stripped[cut + 2 :] if cut >= 0 else stripped


def timed_turn(assistant: Assistant, text: str, session: Session) -> dict:
    started = time.perf_counter()
    cards_at = first_model_at = None
    visible, lead, fragments, held = "", "", 0, []
    last_event_at, last_fragment = started, ""
    reply = None
    for event in assistant.turn_stream(text=text, session=session):
        now = time.perf_counter()
        if last_fragment:
            held.append(now - last_event_at)
        reply = event.reply
        if event.kind == "results":
            cards_at = now
            lead = "".join(n[0].upper() + n[1:] + ". " for n in reply.notes)
        elif event.kind == "token":
            visible += event.text
            if first_model_at is None and len(visible) > len(lead):
                first_model_at = now
        elif event.kind == "restart":
            visible = ""
        last_fragment = tail_fragment(visible) if event.kind in ("token", "restart") else ""
        fragments += bool(last_fragment) and len(last_fragment.split()) < MIN_SHOWN_WORDS
        last_event_at = now
    done_at = time.perf_counter()
    return {
        "reply": reply,
        "cards_s": cards_at - started,
        "first_words_after_cards_s": None if first_model_at is None else first_model_at - cards_at,
        "done_after_cards_s": done_at - cards_at,
        "lone_fragments": fragments,
        "longest_held_fragment_s": max(held, default=0.0),
    }


def demo_scripts(items: list) -> Iterator[tuple[int | str, int, str, list[str]]]:
    """Conversations generated from the demo catalog (benchmarks/conversation.py), 60 per seed,
    without the turns that never end in a search answer (not counted, so not asked)."""
    for seed in SCRIPT_SEEDS:
        for number, (name, turns, _check) in enumerate(make_scripts(items, 60, seed)):
            if name not in NO_SEARCH_ANSWER:
                yield seed, number, name, turns[: SEARCH_TURNS.get(name)]


def heldout_scripts(queries: Path) -> Iterator[tuple[int | str, int, str, list[str]]]:
    """A held-out shop's shopper queries (written apart from the code), each followed by "show me more"."""
    for number, line in enumerate(queries.read_text().splitlines()):
        query = json.loads(line)
        yield queries.parent.name, number, query["id"], [query["text"], FOLLOW_UP]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="qwen2.5-coder-0.5b", help="llm.local_model")
    parser.add_argument("--answers", type=int, default=300, help="LLM-written answers to collect")
    parser.add_argument("--label", help="results file label (default: the model)")
    parser.add_argument("--data-dir", type=Path, help="reuse a data folder holding the demo index and joined models")
    parser.add_argument("--set", action="append", default=[], help="extra settings, e.g. llm.temperature=0.5")
    parser.add_argument("--summarise", action="store_true", help="only summarise the answers file a run (even a cut-short one) wrote")
    parser.add_argument("--queries", type=Path, help="a held-out shop's queries.jsonl instead of the generated conversations")
    parser.add_argument("--resume", action="store_true", help="keep the answers file and skip the scripts it already holds")
    args = parser.parse_args()
    label = args.label or args.model
    out = Path("benchmarks/results")
    out.mkdir(parents=True, exist_ok=True)
    answers_file = out / f"answer_truth_{label}_answers.jsonl"

    overrides = parse_sets(args.set)
    llm = {"backend": "auto", "local_model": args.model, **overrides.pop("llm", {})}
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="facet-truth-"))
    settings = Settings(data_dir=data_dir, llm=llm, **overrides)
    if args.summarise:
        rows = [json.loads(line) for line in answers_file.read_text().splitlines()]
        return write_summary(rows, label, settings, 0.0, out)
    assistant = Assistant.from_settings(settings)
    assistant.ensure_demo_catalog(progress=False)
    assistant.warm_up()
    items = assistant.index.items(assistant.index.all_ids())

    rows = [json.loads(line) for line in answers_file.read_text().splitlines()] if args.resume and answers_file.exists() else []
    done = {(row["seed"], row["number"]) for row in rows}
    scripts = heldout_scripts(args.queries) if args.queries else demo_scripts(list(items.values()))
    started = time.perf_counter()
    answers = answers_file.open("a" if args.resume else "w")
    for seed, number, name, turns in scripts:
        if len(rows) >= args.answers:
            break
        if (seed, number) in done:
            continue
        session = Session()
        for text in turns:
            timing = timed_turn(assistant, text, session)
            reply = timing.pop("reply")
            if reply.intent != "search" or not reply.results or any(r.relaxed for r in reply.results):
                continue
            given = [items[r.id] for r in reply.results[: settings.llm.items_in_prompt]]
            lead = "".join(n[0].upper() + n[1:] + ". " for n in reply.notes)
            prose = reply.answer[len(lead) :] if reply.answer_source != "template" else ""
            budget = {v for k, v in reply.constraints.items() if k.startswith("price") and v is not None}
            wrong = false_claims(prose, given, budget, text) if prose else []
            rows.append({
                "script": name, "seed": seed, "number": number, "said": text, "answer": reply.answer, "source": reply.answer_source, "refused": reply.refused,
                "false_claims": [list(w) for w in wrong], "given": [i.id for i in given],
                "load_average": os.getloadavg()[0], **{k: round(v, 3) if isinstance(v, float) else v for k, v in timing.items()},
            })  # fmt: skip
            answers.write(json.dumps(rows[-1]) + "\n")
            answers.flush()
            print(f"{len(rows):>4} {reply.answer_source:<10} {len(wrong)} {reply.answer[:150]!r}", flush=True)
    answers.close()
    return write_summary(rows, label, settings, time.perf_counter() - started, out)


def write_summary(rows: list[dict], label: str, settings: Settings, seconds: float, out: Path) -> int:
    summary = summarise(rows, label, settings, seconds)
    (out / f"answer_truth_{label}.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps({k: v for k, v in summary.items() if k != "false_claims_shown_examples"}, indent=2))
    return 0


def summarise(rows: list[dict], label: str, settings: Settings, seconds: float) -> dict:
    def share(key, value):
        return round(sum(row[key] == value for row in rows) / max(len(rows), 1), 4)

    first = [r["first_words_after_cards_s"] for r in rows if r["first_words_after_cards_s"] is not None]
    done = [r["done_after_cards_s"] for r in rows]
    shown_wrong = [r for r in rows if r["false_claims"]]
    summary = {
        "label": label, "model": settings.llm.local_model, "temperature": settings.llm.temperature,
        "threads": settings.llm.threads, "answers": len(rows),
        "false_claims_shown": sum(len(r["false_claims"]) for r in rows), "answers_with_false_claims": len(shown_wrong),
        "llm": share("source", "llm"), "regenerated": share("source", "llm-retry"), "fallback": share("source", "template"),
        "lone_fragments": sum(r["lone_fragments"] for r in rows),
        "first_words_after_cards_s": _percentiles(first), "done_after_cards_s": _percentiles(done),
        "longest_held_fragment_s": _percentiles([r["longest_held_fragment_s"] for r in rows]),
        "load_average": _percentiles([r["load_average"] for r in rows]), "seconds": round(seconds, 1),
        "false_claims_shown_examples": [{"answer": r["answer"], "claims": r["false_claims"]} for r in shown_wrong[:20]],
    }  # fmt: skip
    measured = {**summary, "first_words_after_cards_s_p50": summary["first_words_after_cards_s"].get("p50"),
                "done_after_cards_s_p50": summary["done_after_cards_s"].get("p50")}  # fmt: skip
    summary["targets"] = TARGETS
    summary["met"] = {key: measured[key] is not None and measured[key] <= limit for key, limit in TARGETS.items()}
    return summary


def _percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    return {"p50": round(float(np.median(values)), 3), "p95": round(float(np.percentile(values, 95)), 3), "max": round(max(values), 3)}



if __name__ == "__main__":
    sys.exit(main())
