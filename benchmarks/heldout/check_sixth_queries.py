"""Check the sixth round's hand-written requests against the answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_sixth_queries.py [-v]

A live product (status active / publish) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section).  Photo requests must name a live
product with a photo in ``photo_handle``.  Prints PROBLEM for a request that
should match and does not, or is marked expect: none and does, and for a
malformed line; ends with "N problems".
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("mum_shop", "ams_shop")
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


def check_line(q, live, by_handle, photo):
    """Problems of one request (list of strings) and its matches."""
    out = []
    c = q.get("constraints") or {}
    for k in ("id", "text", "spoken", "constraints"):
        if k not in q:
            out.append(f"missing {k}")
    if set(c) - KEYS:
        out.append(f"unknown constraint keys {sorted(set(c) - KEYS)}")
    if "category" not in c:
        out.append("no category")
    if photo:
        t = by_handle.get(q.get("photo_handle"))
        if t is None or t["status"] not in ("active", "publish") or t["image_broken"]:
            out.append(f"photo_handle {q.get('photo_handle')!r} is not a live product with a photo")
    hits = [t["handle"] for t in live if t["category"] in as_list(c.get("category", []))
            and any(variant_ok(v, c) for v in t["variant_list"])]
    none = q.get("expect") == "none"
    if bool(hits) == none:
        out.append(f"{len(hits)} matches {hits[:5]}")
    return out, hits


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in SHOPS:
        tp = os.path.join(DATA, shop, "truth.jsonl")
        if not os.path.exists(tp):
            continue
        truths = [json.loads(line) for line in open(tp, encoding="utf-8")]
        by_handle = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in ("active", "publish")]
        ids = set()
        for fn in FILES:
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                continue
            for n, line in enumerate(open(qp, encoding="utf-8"), 1):
                try:
                    q = json.loads(line)
                except json.JSONDecodeError as e:
                    problems += 1
                    print(f"PROBLEM {shop}/{fn}:{n} bad JSON: {e}")
                    continue
                out, hits = check_line(q, live, by_handle, fn == "queries_photo.jsonl")
                if q.get("id") in ids:
                    out.append("duplicate id")
                ids.add(q.get("id"))
                for o in out:
                    problems += 1
                    print(f"PROBLEM {q.get('id')} {q.get('text')!r}: {o}")
                if verbose and not out:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
