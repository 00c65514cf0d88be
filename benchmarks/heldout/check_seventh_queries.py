"""Check the seventh round's hand-written requests against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_seventh_queries.py [-v]

The matching rule of check_fresh_queries.py (imported unchanged): a live
product (publish / active) matches when its category is in the request's list
and one of its variants satisfies metal, colour, karat, gemstone,
exclude_gemstone and price together.  Also checked here: every request has
text, spoken and notes; constraint keys are known; a photo request's
photo_handle is a product whose photo exists (not a broken link).
Prints PROBLEM lines and ends with "N problems".
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from check_fresh_queries import as_list, variant_ok  # noqa: E402

DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("kul_shop", "nyc_shop")
FILES = ("queries.jsonl", "queries_photo.jsonl")
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}


def check_file(path, truths, verbose):
    by_handle = {t["handle"]: t for t in truths}
    live = [t for t in truths if t["status"] in ("active", "publish")]
    problems, n, none = 0, 0, 0
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        c = q["constraints"]
        bad = []
        if not all(q.get(k) for k in ("id", "text", "spoken", "notes")) and not (q.get("notes") == "" and q.get("text")):
            bad.append("missing text / spoken")
        if set(c) - KEYS or "category" not in c:
            bad.append(f"constraint keys {sorted(set(c) - KEYS)}")
        if "photo_handle" in q:
            t = by_handle.get(q["photo_handle"])
            if t is None or t["image_broken"] or not t["image"]:
                bad.append(f"photo_handle {q['photo_handle']} has no photo")
        elif path.endswith("queries_photo.jsonl"):
            bad.append("photo request without photo_handle")
        hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                and any(variant_ok(v, c) for v in t["variant_list"])]
        expect_none = q.get("expect") == "none"
        none += expect_none
        if bool(hits) == expect_none:
            bad.append(f"{len(hits)} matches {hits[:5]}")
        for b in bad:
            problems += 1
            print(f"PROBLEM {q['id']} {q['text']!r}: {b}")
        if verbose and not bad:
            print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    return problems, n, none


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in SHOPS:
        tp = os.path.join(DATA, shop, "truth.jsonl")
        if not os.path.exists(tp):
            continue
        truths = [json.loads(x) for x in open(tp, encoding="utf-8")]
        for fn in FILES:
            path = os.path.join(DATA, shop, fn)
            if os.path.exists(path):
                p, n, none = check_file(path, truths, verbose)
                problems += p
                print(f"{shop}/{fn}: {n} requests, {none} expect none, {p} problems")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
