"""Check the fourth round's hand-written requests against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_fourth_queries.py [-v]

Same rule as check_fresh_queries.py (reused): a live product (status active /
publish) matches a request when its category is in the request's list and
at least one of its variants satisfies metal, metal colour, karat, gemstone,
exclude_gemstone and price together.  Prints PROBLEM for a request that
should match and does not, or is marked expect: none and does; for photo
requests also when the photo's product is not live or its photo link is
broken, or its kind is missing from the constraints while the words name no
other kind (flagged by notes containing "other kind").
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from check_fresh_queries import DATA, as_list, variant_ok  # noqa: E402

SHOPS = ("kol_shop", "tor_shop")
FILES = ("queries.jsonl", "queries_photo.jsonl")


def check_file(shop, name, verbose):
    qp = os.path.join(DATA, shop, name)
    if not os.path.exists(qp):
        return 0, 0
    truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
    by = {t["handle"]: t for t in truths}
    live = [t for t in truths if t["status"] in ("active", "publish")]
    problems = n = 0
    ids = set()
    for line in open(qp, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        c = q["constraints"]
        if q["id"] in ids or not q.get("spoken"):
            problems += 1
            print(f"PROBLEM {q['id']}: duplicate id or no spoken form")
        ids.add(q["id"])
        if "photo_handle" in q:
            t = by.get(q["photo_handle"])
            if t is None or t["status"] not in ("active", "publish") or t["image_broken"]:
                problems += 1
                print(f"PROBLEM {q['id']}: photo product {q['photo_handle']} missing, not live or without photo")
            elif t["category"] not in as_list(c["category"]) and "other kind" not in q.get("notes", ""):
                problems += 1
                print(f"PROBLEM {q['id']}: photo's kind {t['category']} not in the constraints")
        hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                and any(variant_ok(v, c) for v in t["variant_list"])]
        none = q.get("expect") == "none"
        if bool(hits) == none:
            problems += 1
            print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {hits[:5]}")
        elif verbose:
            print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{shop}/{name}: {n} requests, {sum(1 for l in open(qp, encoding='utf-8') if json.loads(l).get('expect') == 'none')} expect none")
    return problems, n


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in SHOPS:
        for name in FILES:
            p, _ = check_file(shop, name, verbose)
            problems += p
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
