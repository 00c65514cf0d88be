"""Check the hand-written requests of the seventeenth round against the answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_seventeenth_queries.py [-v]

A live product (truth["live"]: Shopify active + published + for sale; Magento
enabled + "Catalog, Search") matches a request when its category is in the
request's list and at least one of its variants satisfies metal, metal colour,
karat, gemstone, exclude_gemstone and price together (the README's rule).
Out-of-stock products stay live (both shops show them, marked sold out).
Prints PROBLEM for a request that should match and does not, or is marked
expect: none and does, and for malformed requests / photo handles.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}
CATS = {"ring", "engagement ring", "wedding band", "earrings", "necklace", "chain", "pendant", "bracelet", "bangle",
        "anklet", "brooch"}


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
    for shop in ("tpe_shop", "tlv_shop"):
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["live"]]
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                print(f"PROBLEM {shop}/{fn} missing")
                problems += 1
                continue
            ids, none = set(), 0
            for line in open(qp, encoding="utf-8"):
                q = json.loads(line)
                c = q["constraints"]
                bad = set(c) - KEYS
                if bad or not q.get("text") or not q.get("spoken") or q["id"] in ids or "category" not in c \
                        or not set(as_list(c["category"])) <= CATS:
                    print(f"PROBLEM {q['id']}: malformed ({bad})")
                    problems += 1
                ids.add(q["id"])
                if fn == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or not t["image"]:
                        print(f"PROBLEM {q['id']}: photo_handle {q.get('photo_handle')} has no photo")
                        problems += 1
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                exp_none = q.get("expect") == "none"
                none += exp_none
                if bool(hits) == exp_none:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {hits[:5]}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
            print(f"{shop}/{fn}: {len(ids)} requests, {none} written to match nothing")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
