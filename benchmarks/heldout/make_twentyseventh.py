"""Regenerate the twenty-seventh-round held-out shops (deterministic, seeded).

    /work/main/.venv/bin/python benchmarks/heldout/make_twentyseventh.py              # both shops, with photos
    /work/main/.venv/bin/python benchmarks/heldout/make_twentyseventh.py --no-images  # exports + truth only
    /work/main/.venv/bin/python benchmarks/heldout/make_twentyseventh.py vno          # one shop

Writes benchmarks/data/heldout/vno_shop/ (Shopify product CSV, classic columns, EUR, Lithuanian)
and benchmarks/data/heldout/akl_shop/ (Lightspeed Retail X-Series product CSV, NZD): the export,
images/ and truth.jsonl.  SHOP.md and queries*.jsonl are hand-written and left alone.  The build
stops when a written field contradicts the answer key (twentyseventh_common.evidence) or when
the export fails its self-check.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyseventh_common import stats, write_jsonl  # noqa: E402
from make_fresh import OUT, run_renders  # noqa: E402
from make_twentythird import counts  # noqa: E402


def main():
    images = "--no-images" not in sys.argv
    which = [a for a in sys.argv[1:] if not a.startswith("--")] or [s for s in ("vno", "akl") if os.path.exists(os.path.join(HERE, f"{s}_shop.py"))]
    for shop in which:
        mod = __import__(f"{shop}_shop")
        truths, rows, jobs, outdir = mod.build(OUT, images)
        path = os.path.join(outdir, mod.EXPORT_NAME)
        mod.write_export(path, rows)
        write_jsonl(os.path.join(outdir, "truth.jsonl"), truths)
        if images:
            shutil.rmtree(os.path.join(outdir, "images"), ignore_errors=True)
            os.makedirs(os.path.join(outdir, "images"))
            for pth, _, _ in jobs:
                os.makedirs(os.path.dirname(pth), exist_ok=True)
            run_renders(jobs, workers=1)
        mod.selfcheck(path, truths, images)
        counts(truths, len(rows), jobs, shop)
        stats(truths, shop)


if __name__ == "__main__":
    main()
