"""Scripted multi-turn conversations over the demo catalog: hard-constraint violations,
grounding failures that reached the shopper, how often the writer regenerated or fell back,
and whether each conversation move did what the shopper asked.

    python benchmarks/conversation.py [--conversations 200] [--llm template|auto] [--out ...]

Scripts are generated from the catalog's own attributes (seeded), so they stay valid when the
demo generator changes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.assistant import Assistant, Reply  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.conversation import Session  # noqa: E402
from assistant.grounding import GroundingVerifier  # noqa: E402
from retrieval.catalog import Item  # noqa: E402
from retrieval.constraints import Constraints  # noqa: E402
from retrieval.vocabulary import METALS  # noqa: E402

PLURALS = {"ring": "rings", "necklace": "necklaces", "pendant": "pendants", "earrings": "earrings", "bracelet": "bracelets",
           "bangle": "bangles", "anklet": "anklets", "brooch": "brooches", "engagement ring": "engagement rings",
           "wedding band": "wedding bands"}  # fmt: skip
Check = Callable[[list[Reply]], bool]


def budget(rng: random.Random, items: list[Item]) -> int:
    prices = sorted(item.price for item in items)
    return int(round(prices[int(rng.uniform(0.4, 0.9) * (len(prices) - 1))], -1)) or 100


def make_scripts(items: list[Item], count: int, seed: int) -> list[tuple[str, list[str], Check]]:
    rng = random.Random(seed)
    by_category: dict[str, list[Item]] = {}
    for item in items:
        by_category.setdefault(item.category, []).append(item)
    categories = sorted(by_category)
    scripts = []
    for number in range(count):
        category = rng.choice(categories)
        pool = by_category[category]
        metal = rng.choice(sorted({i.metal for i in pool}))
        other_metal = rng.choice([m for m in METALS if m != metal])
        word = PLURALS[category]
        price = budget(rng, pool)
        kind = number % 12
        if kind == 0:
            scripts.append(("cheaper", [f"{word} in {metal} under ${price}", "cheaper"],
                            lambda r: r[1].constraints["price_max"] is not None and r[1].constraints["price_max"] < r[0].constraints["price_max"]))
        elif kind == 1:
            scripts.append(("switch metal", [f"{metal} {word}", f"in {other_metal} instead"],
                            lambda r, m=other_metal: r[1].constraints["metals"] == [m]))
        elif kind == 2:
            gem = rng.choice(sorted({i.gemstone for i in pool if i.has_stone} or {"diamond"}))
            scripts.append(("remove stone", [f"{word} with {gem}", "without the stone"],
                            lambda r: r[1].constraints["gemstones"] == ["none"] and all(x.gemstone == "none" for x in r[1].results if not x.relaxed)))
        elif kind == 3:
            scripts.append(("details of the second", [f"{word} under ${price}", "tell me more about the second one"],
                            lambda r: len(r[0].results) < 2 or (r[1].intent == "details" and r[1].results[0].id == r[0].results[1].id)))
        elif kind == 4:
            scripts.append(("compare first two", [f"{metal} {word}", "compare the first two"],
                            lambda r: len(r[0].results) < 2 or (r[1].intent == "compare" and [x.id for x in r[1].results] == [x.id for x in r[0].results[:2]])))
        elif kind == 5:
            size = rng.choice([5, 6, 6.5, 7, 7.5, 8])
            scripts.append(("availability", [f"{rng.choice(['rings', 'engagement rings', 'wedding bands'])}", f"is the first one in stock in size {size:g}?"],
                            lambda r: r[1].intent == "availability"))
        elif kind == 6:
            scripts.append(("show more", [f"{word}", "show me more"],
                            lambda r: not {x.id for x in r[0].results} & {x.id for x in r[1].results}))
        elif kind == 7:
            second = rng.choice([c for c in categories if c != category])
            scripts.append(("start over", [f"{metal} {word} under ${price}", "start over", f"show me {PLURALS[second]}"],
                            lambda r: r[2].constraints["metals"] == [] and r[2].constraints["price_max"] is None))
        elif kind == 8:
            scripts.append(("negation", [f"{word}, no diamonds", "not in yellow gold either"],
                            lambda r: all(x.gemstone != "diamond" and not x.metal.endswith("yellow gold") for x in r[1].results if not x.relaxed)))
        elif kind == 9:
            low = max(5, int(min(i.price for i in pool) * 0.5))
            scripts.append(("impossible", [f"{metal} {word} under ${low}"],
                            lambda r: bool(r[0].results) and all(x.relaxed for x in r[0].results) and "couldn't find" in r[0].answer))
        elif kind == 10:
            scripts.append(("general question", ["what's the difference between white gold and platinum?"],
                            lambda r: r[0].intent == "question" and not r[0].results))
        else:
            scripts.append(("budget carries over", [f"something in {metal} under ${price}", f"{word} please"],
                            lambda r, p=price, m=metal: r[1].constraints["price_max"] == p and r[1].constraints["metals"] == [m]))
    return scripts


def audit(reply: Reply, items: dict[str, Item], catalog_titles: set[str], utterance: str, earlier: set[float]) -> tuple[int, list[str]]:
    """(results violating a hard constraint, grounding problems in the final answer). `earlier`:
    prices of items shown before, which a refinement may name ("cheaper than $790")."""
    constraints = Constraints(**reply.constraints)
    violations = sum(1 for r in reply.results if reply.intent == "search" and not r.relaxed and not constraints.allows(items[r.id]))
    shown = [items[r.id] for r in reply.results]
    if reply.answer_source != "template" and shown:
        return violations, [str(v) for v in GroundingVerifier(shown, utterance, constraints, catalog_titles).check(reply.answer)]
    allowed = {r.price for r in reply.results} | earlier | {v for v in (constraints.price_min, constraints.price_max) if v}
    amounts = {float(a.replace(",", "")) for a in re.findall(r"\$([\d,]+(?:\.\d+)?)", reply.answer)}
    return violations, [f"${a:g}" for a in amounts if not any(abs(a - p) < 0.011 for p in allowed)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--llm", default="template", help="llm.backend: template, auto, xllamacpp, llama_cpp, openai")
    parser.add_argument("--items", type=int, default=Settings().demo.items)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/conversation.json"))
    args = parser.parse_args()

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="facet-conv-")), demo={"items": args.items}, llm={"backend": args.llm})
    assistant = Assistant.from_settings(settings)
    assistant.build_demo_catalog(progress=False)
    items = assistant.index.items(assistant.index.texts.get(include=[])["ids"])
    titles = {item.title for item in items.values()}
    scripts = make_scripts(list(items.values()), args.conversations, args.seed)

    totals: Counter = Counter()
    passed: Counter = Counter()
    per_kind: Counter = Counter()
    failures, ungrounded = [], []
    started = time.perf_counter()
    for name, turns, check in scripts:
        session, replies, earlier = Session(), [], set()
        for utterance in turns:
            reply = assistant.turn(text=utterance, session=session)
            replies.append(reply)
            violating, grounding = audit(reply, items, titles, utterance, earlier)
            earlier |= {r.price for r in reply.results}
            totals["turns"] += 1
            totals["results"] += len(reply.results)
            totals["constraint_violations"] += violating
            totals["grounding_failures_shown"] += len(grounding)
            if grounding:
                ungrounded.append({"utterance": utterance, "problems": grounding, "answer": reply.answer[:300]})
            if assistant.writer and reply.intent == "search" and any(not r.relaxed for r in reply.results):
                totals["writer_turns"] += 1
                totals[f"writer_{reply.answer_source}"] += 1
        per_kind[name] += 1
        if check(replies):
            passed[name] += 1
        else:
            failures.append({"script": name, "turns": turns, "constraints": [r.constraints for r in replies], "answers": [r.answer[:200] for r in replies]})
    seconds = time.perf_counter() - started

    writer_turns = totals["writer_turns"] or 1
    summary = {
        "conversations": len(scripts),
        "turns": totals["turns"],
        "llm_backend": args.llm,
        "hard_constraint_violations": totals["constraint_violations"],
        "violation_rate": totals["constraint_violations"] / max(totals["results"], 1),
        "grounding_failures_shown": totals["grounding_failures_shown"],
        "llm_written_turns": totals["writer_turns"],
        "regenerated_rate": totals["writer_llm-retry"] / writer_turns,
        "fallback_rate": totals["writer_template"] / writer_turns,
        "moves_done_right": {k: f"{passed[k]}/{per_kind[k]}" for k in sorted(per_kind)},
        "moves_accuracy": sum(passed.values()) / len(scripts),
        "seconds": round(seconds, 1),
        "failures": failures[:20],
        "ungrounded": ungrounded[:20],
    }
    print(f"\n{'measure':<32}value")
    for key in ("conversations", "turns", "llm_backend", "hard_constraint_violations", "violation_rate",
                "grounding_failures_shown", "llm_written_turns", "regenerated_rate", "fallback_rate", "moves_accuracy", "seconds"):  # fmt: skip
        print(f"{key:<32}{summary[key]}")
    print("\nconversation move               done right")
    for kind, ratio in summary["moves_done_right"].items():
        print(f"{kind:<32}{ratio}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
