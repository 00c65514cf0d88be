"""Check the hand-written requests of the fourteenth-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_fourteenth_queries.py [-v]

A live product (status active / visible) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section).  Two constraints are new in this round:
``earring_fitting`` ("pierced" ピアス / "clip-on" イヤリング) is checked per
variant of earrings, and ``sold_with_chain`` (true for ネックレス / halsband
requests, false for ペンダントトップ / hänge utan kedja) is checked on
pendants only.  Photo requests must name a live product with a photo.
Prints PROBLEM for a request that should match and does not, or is marked
expect: none and does, or is malformed; the last line is "N problems".
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
SHOPS = ("tyo_shop", "sto_shop")
LIVE = ("active", "visible")
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max",
        "earring_fitting", "sold_with_chain"}


# answer-key values of every round (README "Answer key" section and this round's new ones): a request may
# name a value no product of this shop has (an "opal necklace" that strictly matches nothing)
KNOWN = {
    "metal": ["yellow gold", "white gold", "rose gold", "sterling silver", "silver", "platinum", "gold plated silver",
              "stainless steel", "gold plated stainless steel"],
    "metal_color": ["yellow", "white", "rose", "silver"],
    "gemstone": ["diamond", "ruby", "emerald", "sapphire", "pearl", "kundan", "polki", "cubic zirconia", "moissanite",
                 "navratna", "garnet", "amethyst", "opal", "topaz", "aquamarine", "peridot", "none",
                 "moonstone", "citrine", "rock crystal", "tourmaline", "mother of pearl"],
}


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
    if "earring_fitting" in c and "earring_fitting" in v and v["earring_fitting"] != c["earring_fitting"]:
        return False
    return True


def product_ok(t, c):
    if t["category"] not in as_list(c["category"]):
        return False
    if "sold_with_chain" in c and t["category"] == "pendant" and bool(t.get("sold_with_chain")) != c["sold_with_chain"]:
        return False
    return any(variant_ok(v, c) for v in t["variant_list"])


def main():
    verbose = "-v" in sys.argv
    problems = 0
    total = 0
    for shop in SHOPS:
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in LIVE]
        vocab = {k: {x for t in truths for v in t["variant_list"] for x in as_list(v[k])} | set(KNOWN.get(k, ()))
                 for k in ("metal", "metal_color", "karat", "gemstone")}
        cats = {t["category"] for t in truths}
        seen = set()
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            qp = os.path.join(DATA, shop, fn)
            if not os.path.exists(qp):
                print(f"PROBLEM {shop}/{fn} missing")
                problems += 1
                continue
            nq = nn = 0
            for line in open(qp, encoding="utf-8"):
                q = json.loads(line)
                total += 1
                nq += 1
                c = q["constraints"]
                bad = []
                if q["id"] in seen:
                    bad.append("duplicate id")
                seen.add(q["id"])
                if not q.get("text") or not q.get("spoken"):
                    bad.append("text / spoken missing")
                if set(c) - KEYS:
                    bad.append(f"unknown keys {set(c) - KEYS}")
                if "category" not in c or not set(as_list(c["category"])) <= cats:
                    bad.append("category")
                for k in ("metal", "metal_color", "gemstone", "exclude_gemstone"):
                    if k in c and not set(as_list(c[k])) <= vocab["gemstone" if k == "exclude_gemstone" else k] | {"none"}:
                        bad.append(f"{k} {c[k]} not in the key's vocabulary")
                if fn == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or t["status"] not in LIVE or not t["image"]:
                        bad.append("photo_handle is not a live product with a photo")
                hits = [t["handle"] for t in live if product_ok(t, c)]
                none = q.get("expect") == "none"
                nn += none
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
            if verbose:
                print(f"[{shop}/{fn}] {nq} requests, {nn} written to match nothing")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
