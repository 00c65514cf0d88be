"""Check the hand-written requests of the sixteenth round against the answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_sixteenth_queries.py [-v]

A live product (Shopify status ``active``; BigCommerce ``visible``, i.e.
Product Visible? = Y and Allow Purchases? = Y) matches a request when its
category is in the request's list and at least one of its variants satisfies
metal, metal colour, karat, gemstone, exclude_gemstone and price together (the
rule of the README's "Requests" section).  Photo requests must name an
existing product (``photo_handle``) whose photo is not a broken link.  Prints
PROBLEM for a request that should match and does not, or is marked
``expect: "none"`` and does, and for malformed lines.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
LIVE = ("active", "visible")
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
    n = 0
    for shop in ("bkk_shop", "jai_shop"):
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in LIVE]
        cats = {t["category"] for t in truths}
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                print(f"PROBLEM {shop}/{fn} missing")
                problems += 1
                continue
            ids = set()
            for line in open(qp, encoding="utf-8"):
                if not line.strip():
                    continue
                q = json.loads(line)
                n += 1
                c = q["constraints"]
                bad = set(c) - KEYS
                if bad or not q.get("text") or not q.get("spoken") or q["id"] in ids or "category" not in c:
                    problems += 1
                    print(f"PROBLEM {q['id']}: malformed ({bad or 'text/spoken/id/category'})")
                ids.add(q["id"])
                if not set(as_list(c["category"])) & cats:
                    print(f"note {q['id']}: category {c['category']} not in this shop")
                if fn == "queries_photo.jsonl":
                    ph = by.get(q.get("photo_handle"))
                    if ph is None or ph["image_broken"]:
                        problems += 1
                        print(f"PROBLEM {q['id']}: photo_handle {q.get('photo_handle')!r} missing or broken")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                if bool(hits) == none:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {len(hits)} matches {hits[:5]}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{n} requests, {problems} problems")


if __name__ == "__main__":
    main()
