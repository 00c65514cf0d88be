"""Load test of the web chat on loopback: concurrent shoppers speaking the page's own protocol
(benchmarks/page_client.py), each in its own session, checking that no session ever sees another's
filters or wishlist.

    python benchmarks/load.py [--sessions 20] [--seconds 120] [--set llm.backend=template] [--data-dir DIR]

Starts `facet serve` on a free 127.0.0.1 port (the demo catalog is built on first run), then
runs `--sessions` page clients at once (one Gradio session each) for `--seconds`. Each session
repeats: a typed search with its own budget ("under $425", one per session) and metal; click one
of its cards and save or unsave it; untick its metal filter (the search re-runs). After every call
it checks what its page would show: its own budget and nothing of another session's, and exactly
its own saved pieces. Prints a table, writes benchmarks/results/load.json.
The LLM backend is `template` unless --set llm.backend=... says otherwise.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import re
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.page_client import PageClient  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "load.json"
DEFAULT_BACKEND = "llm.backend=template"
SERVE_START_TIMEOUT_S = 900
CALL_TIMEOUT_S = 300
BUDGET_BASE, BUDGET_STEP = 400, 25  # session i searches "under $(400 + 25 i)": a budget no other session uses
METALS = ("rose gold", "yellow gold", "white gold", "sterling silver", "platinum")
CATEGORIES = ("ring", "necklace", "earrings", "bracelet", "pendant")
BUDGET_LABEL = re.compile(r"^under \$[\d,]+$")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(port: int, overrides: list[str], data_dir: str | None) -> subprocess.Popen:
    command = [sys.executable, "-m", "ui.cli"] + (["--data-dir", data_dir] if data_dir else [])
    command += [arg for override in overrides for arg in ("--set", override)]
    command += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def connect(url: str, server: subprocess.Popen):
    from gradio_client import Client

    deadline = time.monotonic() + SERVE_START_TIMEOUT_S
    while True:
        if server.poll() is not None:
            raise SystemExit(f"facet serve exited with {server.returncode}: {server.stderr.read()[-2000:]}")
        try:
            return Client(url, verbose=False, download_files=False)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(2)


# The page's outputs per event (the gr.State page stays on the server): ui/web.py's *_OUTPUTS.
SEARCH = ("chat", "status", "filters", "cards", "guide", "compare", "low", "high", "contact", "textbox", "page")
DETAILS = ("detail", "picture", "text", "extras", "save", "page")
WISHLIST = ("wishlist", "summary", "actions", "contact", "save", "page")
CARD_TITLE = re.compile(r'class="facet-open">(.*?)</button>')  # each card's title, as ui/cards.py draws it


class Shopper(threading.Thread):
    """One browser tab, speaking the page's own protocol (benchmarks/page_client.py)."""

    def __init__(self, number: int, url: str, deadline: float, everyone: set[str]):
        super().__init__(name=f"shopper-{number}", daemon=True)
        self.client = PageClient(url, timeout=CALL_TIMEOUT_S)  # its own Gradio session
        self.number, self.deadline, self.everyone = number, deadline, everyone
        self.budget = f"under ${BUDGET_BASE + BUDGET_STEP * number:,}"
        self.metal, self.category = METALS[number % len(METALS)], CATEGORIES[number % len(CATEGORIES)]
        self.saved: list[str] = []  # titles, in the order saved
        self.cards: list[str] = []  # titles on its page
        self.labels: list[str] = []  # the filters on its page
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.leaks: list[str] = []
        self.checks = 0

    def call(self, kind: str, names: tuple[str, ...], element: str, trigger: str, data: list, event_data=None) -> dict | None:
        started = time.perf_counter()
        try:
            result = self.client.call(element, trigger, data, event_data)
        except Exception as error:  # noqa: BLE001 - every failure is counted and reported
            self.errors.append(f"{kind}: {type(error).__name__}: {error}"[:300])
            return None
        if not result.success:
            self.errors.append(f"{kind}: {result.error}"[:300])
            return None
        self.latencies[kind].append((time.perf_counter() - started) * 1000)
        return result.shown(names)

    def check_filters(self, shown: dict, must: set[str], must_not: set[str]) -> None:
        labels = set((shown.get("filters") or {}).get("value") or [])
        self.checks += 1
        foreign = {label for label in labels if BUDGET_LABEL.match(label) and label != self.budget}
        if foreign & self.everyone:
            self.leaks.append(f"session {self.number} saw another session's budget: {sorted(foreign)}")
        if not must <= labels or labels & must_not:
            self.errors.append(f"session {self.number}: filters {sorted(labels)}, wanted {sorted(must)} and not {sorted(must_not)}")

    def check_wishlist(self, shown: dict) -> None:
        cards = (shown.get("wishlist") or {}).get("value") or []
        titles = sorted(card["caption"].split(" — ")[0] for card in cards)
        self.checks += 1
        if titles != sorted(self.saved):
            others = set(titles) - set(self.saved)
            (self.leaks if others else self.errors).append(f"session {self.number}: wishlist {titles}, saved {self.saved}")

    def run(self) -> None:
        cycle = 0
        while time.monotonic() < self.deadline:
            query = f"a {self.metal} {self.category} {self.budget}"
            shown = self.call("search", SEARCH, "facet-input", "submit", [{"text": query, "files": []}, None])
            self.labels = [self.budget, self.metal]
            if shown is not None:
                self.check_filters(shown, {self.budget, self.metal}, set())
                self.labels = (shown.get("filters") or {}).get("value") or self.labels
                self.cards = [html.unescape(title) for title in CARD_TITLE.findall(shown.get("cards") or "")]
            if self.cards:
                position = cycle % len(self.cards)
                self.call("details", DETAILS, "facet-cards", "select", [None], {"index": position, "value": None})
                shown = self.call("wishlist", WISHLIST, "facet-save", "click", [None])
                if shown is not None:
                    title = self.cards[position]
                    self.saved = [t for t in self.saved if t != title] if title in self.saved else self.saved + [title]
                    self.check_wishlist(shown)
            if time.monotonic() >= self.deadline:
                break
            kept = [label for label in self.labels if label != self.metal]
            shown = self.call("drop_filter", SEARCH, "facet-filters", "input", [kept, None])
            if shown is not None:
                self.check_filters(shown, {self.budget}, {self.metal})
            cycle += 1


def percentiles(samples: list[float]) -> dict:
    if not samples:
        return {"calls": 0, "p50_ms": None, "p95_ms": None}
    return {
        "calls": len(samples),
        "p50_ms": round(float(np.percentile(samples, 50)), 1),
        "p95_ms": round(float(np.percentile(samples, 95)), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="passed to facet serve")
    parser.add_argument("--data-dir")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    overrides = args.set if any(o.startswith("llm.backend=") for o in args.set) else [DEFAULT_BACKEND, *args.set]
    backend = next(o.split("=", 1)[1] for o in overrides if o.startswith("llm.backend="))

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = start_server(port, overrides, args.data_dir)
    try:
        probe = connect(url, server)
        probe.predict("warm up", None, None, api_name="/turn")  # wait for the models, off the clock
        everyone = {f"under ${BUDGET_BASE + BUDGET_STEP * n:,}" for n in range(args.sessions)}
        deadline = time.monotonic() + args.seconds
        shoppers = [Shopper(n, url, deadline, everyone) for n in range(args.sessions)]
        started = time.monotonic()
        for shopper in shoppers:
            shopper.start()
        for shopper in shoppers:
            shopper.join()
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    latencies: dict[str, list[float]] = defaultdict(list)
    for shopper in shoppers:
        for kind, samples in shopper.latencies.items():
            latencies[kind] += samples
    turns = latencies["search"] + latencies["drop_filter"]
    errors = [error for shopper in shoppers for error in shopper.errors]
    leaks = [leak for shopper in shoppers for leak in shopper.leaks]
    results = {
        "sessions": args.sessions,
        "seconds": round(elapsed, 1),
        "llm_backend": backend,
        "server_overrides": overrides,
        "turns": percentiles(turns),
        "by_call": {kind: percentiles(samples) for kind, samples in sorted(latencies.items())},
        "calls_per_s": round(sum(len(s) for s in latencies.values()) / elapsed, 2),
        "errors": len(errors),
        "error_samples": errors[:10],
        "leakage_checks": sum(shopper.checks for shopper in shoppers),
        "leaks": len(leaks),
        "leak_samples": leaks[:10],
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "load_average": list(os.getloadavg())},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    print(f"wrote {args.out}")
    return 0 if not errors and not leaks else 1


def print_table(results: dict) -> None:
    print(f"\n{results['sessions']} sessions for {results['seconds']} s on loopback, LLM backend: {results['llm_backend']}")
    print(f"{'call':<14}{'calls':>7}{'p50 ms':>10}{'p95 ms':>10}")
    for kind, row in [("turn (all)", results["turns"]), *results["by_call"].items()]:
        p50 = "—" if row["p50_ms"] is None else f"{row['p50_ms']:.0f}"
        p95 = "—" if row["p95_ms"] is None else f"{row['p95_ms']:.0f}"
        print(f"{kind:<14}{row['calls']:>7}{p50:>10}{p95:>10}")
    print(f"calls/s {results['calls_per_s']}, errors {results['errors']}, "
          f"leakage checks {results['leakage_checks']}, leaks {results['leaks']}")  # fmt: skip
    for sample in results["error_samples"] + results["leak_samples"]:
        print("  " + sample)


if __name__ == "__main__":
    sys.exit(main())
