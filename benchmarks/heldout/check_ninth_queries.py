"""Check the hand-written requests of the ninth-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_ninth_queries.py [-v]

A live product (status active / publish) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section). Prints PROBLEM for a request that should
match and does not, or is marked expect: none and does.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")


def as_list(x):
    return x if isinstance(x, list) else [x]


KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}


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


def check_file(shop, qname, truths, verbose):
    problems = 0
    live = [t for t in truths if t["status"] in ("active", "publish")]
    handles = {t["handle"]: t for t in truths}
    qp = os.path.join(DATA, shop, qname)
    if not os.path.exists(qp):
        print(f"PROBLEM {shop}/{qname} missing")
        return 1
    ids = set()
    for line in open(qp, encoding="utf-8"):
        q = json.loads(line)
        c = q["constraints"]
        for key in ("id", "text", "spoken", "constraints", "notes"):
            if not q.get(key):
                problems += 1
                print(f"PROBLEM {q.get('id')} has no {key}")
        if q["id"] in ids:
            problems += 1
            print(f"PROBLEM duplicate id {q['id']}")
        ids.add(q["id"])
        bad = set(c) - KEYS
        if bad:
            problems += 1
            print(f"PROBLEM {q['id']} unknown constraint keys {bad}")
        if qname == "queries_photo.jsonl":
            ph = handles.get(q.get("photo_handle"))
            if ph is None or ph["image_broken"] or ph["status"] not in ("active", "publish"):
                problems += 1
                print(f"PROBLEM {q['id']} photo_handle {q.get('photo_handle')!r} is not a live product with a photo")
        hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                and any(variant_ok(v, c) for v in t["variant_list"])]
        none = q.get("expect") == "none"
        if bool(hits) == none:
            problems += 1
            print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {hits[:5]}")
        elif verbose:
            print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    return problems


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in ("ist_shop", "mnl_shop"):
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        for qname in ("queries.jsonl", "queries_photo.jsonl"):
            problems += check_file(shop, qname, truths, verbose)
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
