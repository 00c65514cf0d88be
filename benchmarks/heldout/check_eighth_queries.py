"""Check the hand-written requests of the eighth-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_eighth_queries.py [-v]

Same matching rule as the README's "Requests" section: a live product
(status active / publish) matches a request when its category is in the
request's list and at least one of its variants satisfies metal, metal
colour, karat, gemstone, exclude_gemstone and price together.  Prints
PROBLEM for a request that should match and does not, or is marked
expect: none and does.  Also checks the schema (ids unique, a spoken form on
every typed request, only known constraint keys and answer-key values) and,
for photo requests, that the photo product exists and has a working photo.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("mex_shop", "jnb_shop")
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}
CATS = {"ring", "engagement ring", "wedding band", "toe ring", "necklace", "choker", "pendant", "mangalsutra", "chain",
        "earrings", "jhumka", "nose pin", "maang tikka", "bracelet", "bangle", "kada", "anklet", "brooch"}
METALS = {"yellow gold", "white gold", "rose gold", "sterling silver", "silver", "platinum", "gold plated silver"}
COLOURS = {"yellow", "white", "rose", "silver"}


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
    ids = set()
    counts = {}
    for shop in SHOPS:
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        gems = {v["gemstone"] for t in truths for v in t["variant_list"]} | {"diamond", "ruby", "emerald", "sapphire", "pearl", "opal"}
        live = [t for t in truths if t["status"] in ("active", "publish")]
        for fname in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fname)
            if not os.path.exists(qp):
                continue
            for ln, line in enumerate(open(qp, encoding="utf-8"), 1):
                q = json.loads(line)
                counts[(shop, fname)] = counts.get((shop, fname), 0) + 1
                c = q["constraints"]
                bad = []
                if q["id"] in ids:
                    bad.append("duplicate id")
                ids.add(q["id"])
                if not q.get("spoken") or not q.get("text") or not q.get("notes"):
                    bad.append("missing text / spoken / notes")
                if set(c) - KEYS or "category" not in c:
                    bad.append(f"constraint keys {sorted(set(c) - KEYS)}")
                if set(as_list(c.get("category", []))) - CATS:
                    bad.append("category value")
                if "metal" in c and set(as_list(c["metal"])) - METALS:
                    bad.append("metal value")
                if "metal_color" in c and c["metal_color"] not in COLOURS:
                    bad.append("metal_color value")
                for k in ("gemstone", "exclude_gemstone"):
                    if k in c and set(as_list(c[k])) - gems - {"none", "cubic zirconia", "moissanite"}:
                        bad.append(f"{k} value")
                if fname == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or t["image_broken"] or t["status"] not in ("active", "publish"):
                        bad.append("photo_handle missing, broken or not live")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {shop}/{fname}:{ln} {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    for k, v in sorted(counts.items()):
        print(f"{k[0]}/{k[1]}: {v} requests")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
