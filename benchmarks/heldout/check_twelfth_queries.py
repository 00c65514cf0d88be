"""Check the hand-written requests of the twelfth-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_twelfth_queries.py [-v]

A live product (status active / publish) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section).  Prints PROBLEM for a request that
should match and does not, or is marked expect: none and does, and for
malformed lines (missing fields, unknown vocabulary, a photo request whose
photo_handle is not a live product with a working photo).
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from twelfth_common import TMETALS, TSTONES  # noqa: E402  (the answer key's vocabulary)
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("lyo_shop", "han_shop")
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
        by = {t["handle"]: t for t in live}
        metals = {m for m, _, _, _ in TMETALS.values()}
        gems = {g for g, _, _, _ in TSTONES.values()}
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                print(f"PROBLEM {shop}/{fn} missing")
                problems += 1
                continue
            ids = set()
            for line in open(qp, encoding="utf-8"):
                q = json.loads(line)
                c = q["constraints"]
                bad = []
                if q["id"] in ids:
                    bad.append("duplicate id")
                ids.add(q["id"])
                if not q.get("text") or not q.get("spoken") or "category" not in c:
                    bad.append("missing text / spoken / category")
                if set(c) - KEYS:
                    bad.append(f"unknown keys {set(c) - KEYS}")
                if "metal" in c and set(as_list(c["metal"])) - metals:
                    bad.append(f"metal not in this shop's vocabulary {set(as_list(c['metal'])) - metals}")
                for g in as_list(c.get("gemstone", [])) + as_list(c.get("exclude_gemstone", [])):
                    if g not in gems:
                        bad.append(f"unknown gemstone {g}")
                if fn == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or t["image_broken"]:
                        bad.append("photo_handle is not a live product with a photo")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
