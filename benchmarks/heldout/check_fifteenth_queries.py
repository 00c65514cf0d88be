"""Check the hand-written requests of the fifteenth round against the answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_fifteenth_queries.py [-v]

A live product (status active on Wix, publish on WooCommerce; hidden / draft /
private products are never shown) matches a request when its category is in the
request's list and at least one of its variants satisfies metal, metal colour,
karat, gemstone, exclude_gemstone and price together (the README's rule).
Prints PROBLEM for a request that should match and does not, or is marked
expect: none and does; for a photo request whose photo_handle is unknown or
whose photo is a broken link; and for requests missing a field of the schema
or using a value outside the answer key's vocabulary (fifteenth_common's tables).
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fifteenth_common import XMETALS, XSTONES  # noqa: E402
DATA = os.path.join(HERE, "..", "data", "heldout")
LIVE = ("active", "publish")
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
    for shop in ("sel_shop", "cai_shop"):
        truths = [json.loads(line) for line in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in LIVE]
        vocab = {"metal": {m[0] for m in XMETALS.values()}, "metal_color": {m[1] for m in XMETALS.values()},
                 "karat": {m[2] for m in XMETALS.values()} | {9, 10, 22}, "gemstone": {s[0] for s in XSTONES.values()}}
        cats = {t["category"] for t in truths}
        counts = {"typed": 0, "photo": 0, "none": 0}
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            for line in open(os.path.join(DATA, shop, fn), encoding="utf-8"):
                q = json.loads(line)
                c = q["constraints"]
                counts["photo" if "photo" in fn else "typed"] += 1
                bad = [k for k in ("id", "text", "spoken", "constraints", "notes") if k not in q]
                bad += [k for k in c if k not in KEYS]
                bad += [x for x in as_list(c.get("category", [])) if x not in cats]
                for f in ("metal", "metal_color", "karat", "gemstone"):
                    bad += [x for x in as_list(c.get(f, [])) if f in c and x not in vocab[f]]
                if "photo" in fn:
                    t = by.get(q.get("photo_handle"))
                    if t is None or t["image_broken"]:
                        bad.append(f"photo_handle {q.get('photo_handle')}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {q.get('id')}: schema / vocabulary {bad}")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                counts["none"] += none
                if bool(hits) == none:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {[by[h]['title'] for h in hits[:5]]}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {[by[h]['title'] for h in hits[:4]]}")
        print(f"{shop}: {counts['typed']} typed + {counts['photo']} photo requests, {counts['none']} expect none")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
