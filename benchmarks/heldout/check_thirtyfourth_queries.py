"""Check the hand-written requests of the thirty-fourth-round shops (rkv_shop, ruh_shop) against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_thirtyfourth_queries.py [-v]

A live product (truth["live"]: Reykjavík, Shopify Status active;
Riyadh, Amazon status Active) matches a request when its category
is in the request's list and at least one of its variants satisfies metal, metal colour, karat,
gemstone, stone colour, exclude_gemstone and
price together (the rule of the README's "Requests" section). Prints PROBLEM for a request
that should match and does not, or is marked expect: none and does.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")


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
    if "stone_color" in c and v["stone_color"] not in as_list(c["stone_color"]):
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
    for shop in ("rkv_shop", "ruh_shop"):
      truths = None
      if not os.path.exists(os.path.join(DATA, shop, "truth.jsonl")):
          continue
      for qn in ("queries.jsonl", "queries_photo.jsonl"):
        qp = os.path.join(DATA, shop, qn)
        if not os.path.exists(qp):
            continue
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        live = [t for t in truths if t["live"]]
        for line in open(qp, encoding="utf-8"):
            q = json.loads(line)
            c = q["constraints"]
            if "photo_handle" in q and not any(t["handle"] == q["photo_handle"] and not t["image_broken"] for t in truths):
                problems += 1
                print(f"PROBLEM {q['id']}: photo_handle {q['photo_handle']} has no photo")
            hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                    and any(variant_ok(v, c) for v in t["variant_list"])]
            none = q.get("expect") == "none"
            if bool(hits) == none:
                problems += 1
                print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {hits[:5]}")
            elif verbose:
                print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
