"""The dialogue rules, scored on hand-written multi-turn scripts (benchmarks/data/dialogues.jsonl):
each turn says what must hold after it (intent, cards or none, constraints kept or dropped, soft
wishes, photo, pieces not shown before, words in the answer). On every search turn two more
things must hold: no result breaks a constraint it is not labelled as relaxing, and every
"closest alternative" really misses the constraint its label names.

    python benchmarks/dialogues.py [--llm template] [--out benchmarks/results/dialogues.json]

The template writer is enough: the rules are about the conversation, not the prose.
`benchmarks/conversation.py` is the counterpart with scripts generated from the demo catalog.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.alternatives import missed  # noqa: E402
from assistant.assistant import Assistant, Reply  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.conversation import Session  # noqa: E402
from retrieval.catalog import Item  # noqa: E402
from retrieval.constraints import Constraints  # noqa: E402

SCRIPTS = Path(__file__).parent / "data" / "dialogues.jsonl"
SEARCH_INTENTS = {"search", "no_more"}


def pick_photo(items: list[Item], wanted: dict) -> str:
    """The first catalog piece (by id) with these attributes: its shot is the shopper's photo."""
    for item in sorted(items, key=lambda i: i.id):
        if all(getattr(item, key) == value for key, value in wanted.items()) and item.image:
            return item.image
    raise LookupError(f"no demo piece with {wanted}")


def failures(expect: dict, reply: Reply, earlier_ids: set[str], items: dict[str, Item]) -> list[str]:
    """What does not hold after a turn (empty when all holds)."""
    problems = []
    intents = expect.get("intent")
    if intents and reply.intent not in ([intents] if isinstance(intents, str) else intents):
        problems.append(f"intent {reply.intent!r}, expected {intents!r}")
    cards = expect.get("cards")
    if cards == "none" and reply.results:
        problems.append(f"{len(reply.results)} cards, expected none")
    if cards == "some" and not reply.results:
        problems.append("no cards")
    for slot, value in expect.get("constraints", {}).items():
        got = reply.constraints.get(slot)
        if (sorted(got) if isinstance(got, list) else got) != (sorted(value) if isinstance(value, list) else value):
            problems.append(f"constraint {slot}={got!r}, expected {value!r}")
    for slot in expect.get("absent", []):
        if reply.constraints.get(slot) not in (None, [], False):
            problems.append(f"constraint {slot}={reply.constraints[slot]!r} kept, expected dropped")
    for kind, values in expect.get("prefs", {}).items():
        if not set(values) <= set(reply.preferences.get(kind, [])):
            problems.append(f"wish {kind}={reply.preferences.get(kind)!r}, expected {values!r}")
    for kind in expect.get("prefs_absent", []):
        if reply.preferences.get(kind):
            problems.append(f"wish {kind}={reply.preferences[kind]!r} kept, expected dropped")
    for kind, values in expect.get("prefs_absent_values", {}).items():
        if set(values) & set(reply.preferences.get(kind, [])):
            problems.append(f"wish {kind}={reply.preferences[kind]!r} still holds {values!r}")
    if "photo" in expect and reply.photo_in_search != expect["photo"]:
        problems.append(f"photo in search {reply.photo_in_search}, expected {expect['photo']}")
    if expect.get("fresh") and {r.id for r in reply.results} & earlier_ids:
        problems.append("shows pieces already shown")
    lowered = reply.answer.lower()
    problems += [f"answer lacks {s!r}" for s in expect.get("has", []) if s.lower() not in lowered]
    problems += [f"answer has {s!r}" for s in expect.get("lacks", []) if s.lower() in lowered]
    if "link" in expect and not (reply.link or "").startswith(expect["link"]):
        problems.append(f"link {reply.link!r}")
    for field, value in expect.get("results_meet", {}).items():
        problems += [f"{r.title} is not {value}" for r in reply.results if not r.relaxed and value not in str(getattr(r, field))]
    if reply.intent in SEARCH_INTENTS:
        problems += honesty(reply, items)
    return problems


def honesty(reply: Reply, items: dict[str, Item]) -> list[str]:
    """No result breaks a constraint unless labelled, and each label names what it really misses."""
    constraints = Constraints(**reply.constraints)
    problems = []
    for result in reply.results:
        misses = missed(constraints, items[result.id])
        if not result.relaxed and not constraints.allows(items[result.id]):
            problems.append(f"{result.title} breaks the constraints unlabelled")
        if result.relaxed and misses != result.relaxed:
            problems.append(f"{result.title} labelled {result.relaxed} but misses {misses}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--llm", default="template", help="llm.backend")
    parser.add_argument("--data-dir", type=Path, help="reuse a data folder holding the demo index")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/dialogues.json"))
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="facet-dialogues-"))
    assistant = Assistant.from_settings(Settings(data_dir=data_dir, llm={"backend": args.llm}))
    assistant.ensure_demo_catalog(progress=False)
    items = assistant.index.items(assistant.index.all_ids())
    scripts = [json.loads(line) for line in SCRIPTS.read_text().splitlines() if line.strip()]

    passed, total, turns_passed, turns_total = Counter(), Counter(), 0, 0
    failed = []
    started = time.perf_counter()
    for script in scripts:
        session, earlier, ok = Session(), set(), True
        for number, turn in enumerate(script["turns"]):
            photo = pick_photo(list(items.values()), turn["photo"]) if "photo" in turn else None
            reply = assistant.turn(text=turn["say"] or None, image=photo, session=session)
            problems = failures(turn.get("expect", {}), reply, earlier, items)
            turns_total += 1
            turns_passed += not problems
            if problems:
                ok = False
                failed.append({"id": script["id"], "turn": number, "say": turn["say"], "problems": problems, "answer": reply.answer[:300]})
            if reply.intent in SEARCH_INTENTS:  # "fresh" turns ask for more of the search before them
                shown = {r.id for r in reply.results}
                earlier = earlier | shown if turn.get("expect", {}).get("fresh") else shown
        total[script["rule"]] += 1
        passed[script["rule"]] += ok
    summary = {
        "scripts": len(scripts),
        "scripts_passed": sum(passed.values()),
        "turns": turns_total,
        "turns_passed": turns_passed,
        "by_rule": {rule: f"{passed[rule]}/{total[rule]}" for rule in sorted(total)},
        "llm_backend": args.llm,
        "seconds": round(time.perf_counter() - started, 1),
        "load_average": os.getloadavg(),
        "failures": failed,
    }
    print(f"\n{'rule':<16}passed")
    for rule, ratio in summary["by_rule"].items():
        print(f"{rule:<16}{ratio}")
    print(f"\nscripts {summary['scripts_passed']}/{summary['scripts']}, turns {turns_passed}/{turns_total}")
    for failure in failed[:30]:
        print(f"  {failure['id']} turn {failure['turn']} ({failure['say']!r}): {'; '.join(failure['problems'])}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2))
    print(f"wrote {args.out}")
    return 0 if summary["scripts_passed"] == summary["scripts"] else 1


if __name__ == "__main__":
    sys.exit(main())
