"""Check the thirteenth round's hand-written requests against the answer keys.

    /work/main/.venv/bin/python benchmarks/heldout/check_thirteenth_queries.py [-v]

Same matching rule as check_fresh_queries.py: a live product (status publish /
active) matches when its category is in the request's list and at least one of
its variants satisfies metal, metal colour, karat, gemstone, exclude_gemstone
and price together.  Prints PROBLEM for a request that should match and does
not, or is marked expect: none and does; for photo requests also when the
photo_handle is not a live product with a working photo.  Also checks the
schema: ids unique, constraint keys and values from the answer key's
vocabulary, a spoken form present.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_fresh_queries import as_list, variant_ok  # noqa: E402
from thirteenth_common import TMETALS, TSTONES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")
# the answer key's vocabulary (README "Answer key" plus the thirteenth round's new values)
VOCAB = {
    "category": {"ring", "engagement ring", "wedding band", "toe ring", "necklace", "choker", "pendant", "mangalsutra",
                 "chain", "earrings", "jhumka", "nose pin", "maang tikka", "bracelet", "bangle", "kada", "anklet", "brooch"},
    "metal": {m for m, _, _, _ in TMETALS.values()},
    "metal_color": {c for _, c, _, _ in TMETALS.values()},
    "karat": {9, 10, 14, 18, 22, 24},
    "gemstone": {g for g, _, _, _ in TSTONES.values()} | {"moissanite", "emerald", "opal", "peridot", "polki", "kundan"},
}
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}


def main():
    verbose = "-v" in sys.argv
    problems = 0
    for shop in ("mil_shop", "ath_shop"):
        truths = [json.loads(line) for line in open(os.path.join(DATA, shop, "truth.jsonl"), encoding="utf-8")]
        by = {t["handle"]: t for t in truths}
        live = [t for t in truths if t["status"] in ("active", "publish")]
        vocab = VOCAB
        ids = set()
        n = {"typed": 0, "photo": 0, "none": 0}
        for fn in ("queries.jsonl", "queries_photo.jsonl"):
            for line in open(os.path.join(DATA, shop, fn), encoding="utf-8"):
                q = json.loads(line)
                c = q["constraints"]
                bad = []
                if q["id"] in ids:
                    bad.append("duplicate id")
                ids.add(q["id"])
                if not q.get("spoken") or not q.get("text"):
                    bad.append("text / spoken missing")
                if set(c) - KEYS or "category" not in c:
                    bad.append(f"constraint keys {sorted(c)}")
                for k in ("metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "category"):
                    if k in c:
                        vk = "gemstone" if k == "exclude_gemstone" else k
                        for v in as_list(c[k]):
                            if v not in vocab[vk]:
                                bad.append(f"{k}={v!r} not in the key's vocabulary")
                if fn == "queries_photo.jsonl":
                    n["photo"] += 1
                    t = by.get(q.get("photo_handle"))
                    if t is None or t["status"] not in ("active", "publish") or t["image_broken"]:
                        bad.append(f"photo_handle {q.get('photo_handle')!r} not a live product with a photo")
                else:
                    n["typed"] += 1
                hits = [t["handle"] for t in live if t["category"] in as_list(c["category"])
                        and any(variant_ok(v, c) for v in t["variant_list"])]
                none = q.get("expect") == "none"
                n["none"] += none
                if bool(hits) == none:
                    bad.append(f"{len(hits)} matches {hits[:5]}")
                if bad:
                    problems += 1
                    print(f"PROBLEM {q['id']} {q['text']!r}: {'; '.join(bad)}")
                elif verbose:
                    print(f"{q['id']} {q['text']!r}: {len(hits)} {hits[:6]}")
        print(f"{shop}: {n['typed']} typed + {n['photo']} photo requests, {n['none']} expect none")
    print(f"{problems} problems")


if __name__ == "__main__":
    main()
