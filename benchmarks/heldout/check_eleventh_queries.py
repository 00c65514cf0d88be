"""Check the hand-written requests of the eleventh-round shops against their answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_eleventh_queries.py [-v]

A live product (status active / publish) matches a request when its category
is in the request's list and at least one of its variants satisfies metal,
metal colour, karat, gemstone, exclude_gemstone and price together (the rule
of the README's "Requests" section).  Prints PROBLEM for a request that
should match and does not, or is marked expect: none and does; for a photo
request whose photo_handle is unknown, not live or has a broken image; and
for a request missing its spoken form or using a value outside the answer
key's vocabulary.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
# values of the answer-key vocabulary a request may name although no product has them
STANDARD = {"category": {"ring", "engagement ring", "wedding band", "necklace", "choker", "chain", "pendant", "earrings",
                         "bracelet", "bangle", "anklet", "brooch"},
            "gemstone": {"diamond", "ruby", "emerald", "sapphire", "pearl", "cubic zirconia", "moissanite", "garnet",
                         "amethyst", "opal", "topaz", "aquamarine", "peridot", "agate", "none"},
            "karat": {8, 9, 10, 14, 17, 18, 22, 24},
            "metal": {"yellow gold", "white gold", "rose gold", "platinum", "sterling silver", "gold plated silver",
                      "stainless steel", "gold plated brass"}}
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
    for shop in ("mun_shop", "jkt_shop"):
        truths = [json.loads(l) for l in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in ("active", "publish")]
        vocab = {k: set() for k in ("category", "metal", "metal_color", "karat", "gemstone")}
        for t in truths:
            for v in t["variant_list"]:
                for k in ("metal", "metal_color", "karat", "gemstone"):
                    vocab[k].add(v[k])
            vocab["category"].add(t["category"])
        counts = {}
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
                if not q.get("spoken") or not q.get("text"):
                    bad.append("no text / spoken")
                if set(c) - KEYS:
                    bad.append(f"unknown keys {set(c) - KEYS}")
                for k in ("category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone"):
                    if k in c:
                        vk = "gemstone" if k == "exclude_gemstone" else k
                        for x in as_list(c[k]):
                            if x not in vocab[vk] and x not in STANDARD.get(vk, ()):
                                bad.append(f"{k}={x!r} not in the key's vocabulary")
                if fn == "queries_photo.jsonl":
                    t = by.get(q.get("photo_handle"))
                    if not t or t["status"] not in ("active", "publish") or t["image_broken"]:
                        bad.append(f"photo_handle {q.get('photo_handle')!r} not a live product with a photo")
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                counts[fn] = counts.get(fn, 0) + 1
                counts[fn + " none"] = counts.get(fn + " none", 0) + none
                if bad:
                    problems += 1
                    print(f"PROBLEM {shop} {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{shop} {q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
        print(f"{shop}: {counts}")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
