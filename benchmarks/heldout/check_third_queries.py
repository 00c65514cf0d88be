"""Check the third round's hand-written requests against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_third_queries.py [-v]

A live product (status active / publish) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section).  Photo requests must name a live
product's handle whose photo exists.  Prints PROBLEM for a request that should
match and does not, is marked expect: none and does, or is malformed.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("chn_shop", "dxb_shop")
FILES = ("queries.jsonl", "queries_photo.jsonl")
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}


def as_list(x):
    return x if isinstance(x, list) else [x]


def variant_ok(v, c):
    if "metal" in c and v["metal"] not in as_list(c["metal"]):
        return False
    if "metal_color" in c and v["metal_color"] != c["metal_color"]:
        return False
    if "karat" in c and v["karat"] not in as_list(c["karat"]):
        return False
    if "gemstone" in c and v["gemstone"] not in as_list(c["gemstone"]):
        return False
    if "exclude_gemstone" in c and v["gemstone"] in as_list(c["exclude_gemstone"]):
        return False
    if "price_min" in c and v["price"] < c["price_min"]:
        return False
    if "price_max" in c and v["price"] > c["price_max"]:
        return False
    return True


def check_file(path, truths, verbose):
    live = [t for t in truths if t["status"] in ("active", "publish")]
    by_handle = {t["handle"]: t for t in truths}
    problems = n = none = 0
    ids = set()
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        c = q["constraints"]
        bad = []
        if q["id"] in ids:
            bad.append("duplicate id")
        ids.add(q["id"])
        if not q.get("text") or not q.get("spoken"):
            bad.append("missing text or spoken")
        if set(c) - KEYS or "category" not in c:
            bad.append(f"constraint keys {sorted(c)}")
        if "photo_handle" in q:
            t = by_handle.get(q["photo_handle"])
            if t is None or t["status"] not in ("active", "publish") or not t["image"]:
                bad.append(f"photo_handle {q['photo_handle']} not a live product with a photo")
        hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                and any(variant_ok(v, c) for v in t["variant_list"])]
        is_none = q.get("expect") == "none"
        none += is_none
        if bool(hits) == is_none:
            bad.append(f"{len(hits)} matches {hits[:5]}")
        if bad:
            problems += 1
            print(f"PROBLEM {q['id']} {q['text']!r}: {'; '.join(bad)}")
        elif verbose:
            print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    return problems, n, none


def main():
    verbose = "-v" in sys.argv
    total = 0
    for shop in SHOPS:
        tp = os.path.join(DATA, shop, "truth.jsonl")
        if not os.path.exists(tp):
            continue
        truths = [json.loads(l) for l in open(tp, encoding="utf-8")]
        for fn in FILES:
            qp = os.path.join(DATA, shop, fn)
            if os.path.exists(qp):
                p, n, none = check_file(qp, truths, verbose)
                print(f"{shop}/{fn}: {n} requests, {none} expect none, {p} problems")
                total += p
    print(f"{total} problems")


if __name__ == "__main__":
    main()
