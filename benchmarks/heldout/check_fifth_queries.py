"""Check the fifth round's hand-written requests against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_fifth_queries.py [-v]

Same matching rule as check_fresh_queries.py (README "Requests"): a live
product (status active / publish) matches a request when its category is in
the request's list and at least one of its variants satisfies metal, metal
colour, karat, gemstone, exclude_gemstone and price together.  Prints PROBLEM
for a request that should match and does not, or is marked expect: none and
does; for a request without a spoken form or with a duplicate id; and for a
photo request whose photo_handle is unknown or has no photo.
"""

import json
import os
import sys

from check_fresh_queries import as_list, variant_ok

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("thr_shop", "sgp_shop")
FILES = ("queries.jsonl", "queries_photo.jsonl")


def matches(live, c):
    return [t["handle"] for t in live if t["category"] in as_list(c["category"])
            and any(variant_ok(v, c) for v in t["variant_list"])]


def check_file(path, truths, verbose):
    by_handle = {t["handle"]: t for t in truths}
    live = [t for t in truths if t["status"] in ("active", "publish")]
    problems, n, n_none, ids = 0, 0, 0, set()
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        c = q["constraints"]
        bad = []
        if q["id"] in ids:
            bad.append("duplicate id")
        ids.add(q["id"])
        if not q.get("spoken"):
            bad.append("no spoken form")
        if "photo_handle" in q:
            t = by_handle.get(q["photo_handle"])
            if t is None or t["image_broken"] or not t["image"]:
                bad.append(f"photo_handle {q['photo_handle']} has no photo")
        hits = matches(live, c)
        none = q.get("expect") == "none"
        n_none += none
        if bool(hits) == none:
            bad.append(f"{len(hits)} matches {hits[:5]}")
        if bad:
            problems += 1
            print(f"PROBLEM {q['id']} {q['text']!r}: {'; '.join(bad)}")
        elif verbose:
            print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    return problems, n, n_none


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in SHOPS:
        tp = os.path.join(DATA, shop, "truth.jsonl")
        if not os.path.exists(tp):
            continue
        truths = [json.loads(l) for l in open(tp, encoding="utf-8")]
        for fn in FILES:
            qp = os.path.join(DATA, shop, fn)
            if os.path.exists(qp):
                p, n, n_none = check_file(qp, truths, verbose)
                problems += p
                print(f"{shop}/{fn}: {n} requests, {n_none} expect none, {p} problems")
    print(f"{problems} problems")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
