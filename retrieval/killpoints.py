"""A test hook for crash recovery: `FACET_TEST_KILL_AFTER=STEP` (or `STEP:N`, the N-th time) kills
this process with SIGKILL, as `kill -9` would, right after that ingest step. Steps: "fit" (the
image tuning saved), "text_upsert" and "image_batch" (a batch of vectors written), "removal" (a
batch of items removed). Unset, it does nothing."""

from __future__ import annotations

import os
import signal
from collections import Counter

KILL_AFTER_ENV = "FACET_TEST_KILL_AFTER"
_reached: Counter[str] = Counter()


def kill_point(step: str) -> None:
    wanted = os.environ.get(KILL_AFTER_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != step:
        return
    _reached[step] += 1
    if _reached[step] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
