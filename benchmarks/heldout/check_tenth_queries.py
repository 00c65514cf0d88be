"""Check the hand-written requests of the tenth-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_tenth_queries.py [-v]

Same matching rule as the README's "Requests" section: a live product (status
active / publish) matches when its category is in the request's list and at
least one of its variants satisfies metal, metal colour, karat, gemstone,
exclude_gemstone and price together.  Photo requests must name a live product
with a photo (`photo_handle`).  Also checks the schema of every line.  Prints
PROBLEM lines and the number of problems (must be 0).
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("waw_shop", "sao_shop")
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


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in SHOPS:
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        live = [t for t in truths if t["status"] in ("active", "publish")]
        by = {t["handle"]: t for t in truths}
        seen = set()
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                continue
            for line in open(qp, encoding="utf-8"):
                q = json.loads(line)
                c = q["constraints"]
                bad = []
                if q["id"] in seen:
                    bad.append("duplicate id")
                seen.add(q["id"])
                if not q.get("text") or not q.get("spoken") or "notes" not in q:
                    bad.append("missing text / spoken / notes")
                if set(c) - KEYS or "category" not in c:
                    bad.append(f"constraint keys {sorted(set(c) - KEYS)}")
                if "metal_color" in c and not isinstance(c["metal_color"], str):
                    bad.append("metal_color must be one word")
                if fn == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or t["status"] not in ("active", "publish") or not t["image"]:
                        bad.append(f"photo_handle {q.get('photo_handle')} not a live product with a photo")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {shop} {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
