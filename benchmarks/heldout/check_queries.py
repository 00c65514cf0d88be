"""Check the hand-written shopper requests against the answer key.

    python benchmarks/heldout/check_queries.py            # summary + problems
    python benchmarks/heldout/check_queries.py -v         # every request with its matches

For each request it lists the ACTIVE products (drafts / archived / private are
never shown to shoppers) that satisfy every constraint, with the matching
rules the README describes:

* category: the product's category is in the list;
* metal / metal_color / karat / gemstone / price: at least ONE variant of the
  product satisfies all of them together (a ring offered in 18K and 22K
  matches "22 carat" if its 22K variant also fits the budget);
* gemstone is the product's main stone; exclude_gemstone rejects a product
  whose main stone is listed (or any variant's stone, if it has stone choices).

It also writes nothing: the queries are hand-written data, this only checks
them (schema, vocabulary, and whether each request has the number of matches
its author intended: requests marked "expect": "none" must match nothing,
every other request at least one product).
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "heldout")

CATEGORIES = {"ring", "engagement ring", "wedding band", "toe ring", "necklace", "choker", "pendant", "mangalsutra",
              "chain", "earrings", "jhumka", "nose pin", "maang tikka", "bracelet", "bangle", "kada", "anklet", "brooch"}
METALS = {"yellow gold", "white gold", "rose gold", "sterling silver", "silver", "platinum", "gold plated silver"}
COLOURS = {"yellow", "white", "rose", "silver"}
GEMS = {"diamond", "ruby", "emerald", "sapphire", "pearl", "kundan", "polki", "cubic zirconia", "moissanite",
        "navratna", "garnet", "amethyst", "opal", "topaz", "aquamarine", "peridot", "none"}
KEYS = {"category", "metal", "metal_color", "karat", "gemstone", "exclude_gemstone", "price_min", "price_max"}
LIVE = {"active", "publish"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def variant_ok(v, c):
    if c.get("metal") and v["metal"] not in c["metal"]:
        return False
    if c.get("metal_color") and v["metal_color"] != c["metal_color"]:
        return False
    if c.get("karat") and v["karat"] not in c["karat"]:
        return False
    if c.get("gemstone") and v["gemstone"] not in c["gemstone"]:
        return False
    if c.get("exclude_gemstone") and v["gemstone"] in c["exclude_gemstone"]:
        return False
    if c.get("price_min") is not None and v["price"] < c["price_min"]:
        return False
    if c.get("price_max") is not None and v["price"] > c["price_max"]:
        return False
    return True


def matches(truth, c):
    out = []
    for t in truth:
        if t["status"] not in LIVE:
            continue
        if c.get("category") and t["category"] not in c["category"]:
            continue
        if any(variant_ok(v, c) for v in t["variant_list"]):
            out.append(t)
    return out


def validate(q, where):
    errs = []
    c = q.get("constraints")
    if not isinstance(c, dict) or set(c) != KEYS:
        return [f"{where}: constraints must have exactly {sorted(KEYS)}"]
    if c["category"] is not None and not set(c["category"]) <= CATEGORIES:
        errs.append(f"{where}: category {c['category']}")
    if c["metal"] is not None and not set(c["metal"]) <= METALS:
        errs.append(f"{where}: metal {c['metal']}")
    if c["metal_color"] is not None and c["metal_color"] not in COLOURS:
        errs.append(f"{where}: metal_color {c['metal_color']}")
    for k in ("gemstone", "exclude_gemstone"):
        if c[k] is not None and not set(c[k]) <= GEMS:
            errs.append(f"{where}: {k} {c[k]}")
    if c["karat"] is not None and not all(isinstance(k, int) for k in c["karat"]):
        errs.append(f"{where}: karat {c['karat']}")
    for k in ("price_min", "price_max"):
        if c[k] is not None and not isinstance(c[k], (int, float)):
            errs.append(f"{where}: {k}")
    return errs


def check(shop, files, verbose):
    truth = load(os.path.join(DATA, shop, "truth.jsonl"))
    by_handle = {t["handle"]: t for t in truth}
    problems = []
    counts = []
    for fn in files:
        path = os.path.join(DATA, shop, fn)
        if not os.path.exists(path):
            continue
        qs = load(path)
        ids = set()
        none_n = 0
        for q in qs:
            where = f"{shop}/{fn}:{q.get('id')}"
            if q["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(q["id"])
            problems += validate(q, where)
            if "photo_handle" in q:
                if q["photo_handle"] not in by_handle:
                    problems.append(f"{where}: unknown photo_handle")
                elif not by_handle[q["photo_handle"]]["image"]:
                    problems.append(f"{where}: photo_handle has no photo")
            m = matches(truth, q["constraints"])
            expect_none = q.get("expect") == "none"
            none_n += expect_none
            if expect_none and m:
                problems.append(f"{where}: expected no match, got {[t['handle'] for t in m][:5]}")
            if not expect_none and not m:
                problems.append(f"{where}: no match for {q['text']!r}")
            if verbose:
                print(f"{where} [{len(m)}] {q['text']}")
                for t in m[:6]:
                    print(f"      {t['title']} | {t['category']} | {t['metal']} | {t['gemstone']} | {t['price_min']:.0f}-{t['price_max']:.0f}")
        counts.append((fn, len(qs), none_n))
    return problems, counts


def check_exports():
    """Structural checks of the two export files against the answer keys."""
    import csv
    probs = []
    shop = os.path.join(DATA, "inr_shop")
    rows = list(csv.DictReader(open(os.path.join(shop, "products_export.csv"), encoding="utf-8", newline="")))
    truth = {t["handle"]: t for t in load(os.path.join(shop, "truth.jsonl"))}
    seen, order = {}, []
    for r in rows:
        h = r["Handle"]
        if h not in seen:
            seen[h] = []
            order.append(h)
            if not r["Title"]:
                probs.append(f"shopify {h}: first row has no Title")
        elif order[-1] != h:
            probs.append(f"shopify {h}: rows not contiguous")
        seen[h].append(r)
    if set(seen) != set(truth):
        probs.append("shopify handles differ from truth handles")
    for h, rs in seen.items():
        srcs = [r["Image Src"] for r in rs if r["Image Src"]]
        pos = [int(r["Image Position"]) for r in rs if r["Image Src"]]
        if pos != list(range(1, len(pos) + 1)):
            probs.append(f"shopify {h}: image positions {pos}")
        for r in rs:
            if r["Variant Image"] and r["Variant Image"] not in srcs:
                probs.append(f"shopify {h}: variant image not among the product images")
        nvar = sum(1 for r in rs if r["Variant Price"])
        if nvar != truth[h]["variants"]:
            probs.append(f"shopify {h}: {nvar} variant rows, truth says {truth[h]['variants']}")
        for r in rs:
            if not r["Image Src"]:
                continue
            fn = r["Image Src"].split("/files/")[1].split("?")[0]
            exists = os.path.exists(os.path.join(shop, "images", fn))
            if exists == truth[h]["image_broken"] and r["Image Position"] == "1":
                probs.append(f"shopify {h}: image_broken flag disagrees with the images folder")
    woo = os.path.join(DATA, "woo_shop")
    fn = [f for f in os.listdir(woo) if f.startswith("wc-product-export")][0]
    raw = open(os.path.join(woo, fn), encoding="utf-8", newline="").read()
    if not raw.startswith("\ufeff"):
        probs.append("woo export has no BOM")
    wrows = list(csv.DictReader(raw.lstrip("\ufeff").splitlines(True)))
    ids = {r["ID"] for r in wrows}
    skus = {r["SKU"] for r in wrows if r["SKU"]}
    if len(ids) != len(wrows):
        probs.append("woo: duplicate IDs")
    for r in wrows:
        if r["Type"] == "variation":
            par = r["Parent"]
            if not ((par.startswith("id:") and par[3:] in ids) or par in skus):
                probs.append(f"woo {r['ID']}: parent {par} not found")
    wt = load(os.path.join(woo, "truth.jsonl"))
    parents = [r for r in wrows if r["Type"] in ("simple", "variable")]
    if len(parents) != len(wt):
        probs.append(f"woo: {len(parents)} parent rows vs {len(wt)} truth lines")
    return probs


def main():
    verbose = "-v" in sys.argv
    allp = check_exports()
    for shop, files in (("inr_shop", ["queries.jsonl", "queries_photo.jsonl"]), ("woo_shop", ["queries.jsonl"])):
        p, counts = check(shop, files, verbose)
        allp += p
        for fn, n, none_n in counts:
            print(f"{shop}/{fn}: {n} requests, {none_n} meant to match nothing")
    for p in allp:
        print("PROBLEM", p)
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
