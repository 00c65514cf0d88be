"""The page on a slow phone: how many bytes it costs, when it first paints, and how long a
shopper waits for the first cards after sending a query, in headless Chromium at 390 px.

    python benchmarks/page.py [--runs 3] [--data-dir DIR] [--query "rose gold ring under $800"]

Starts `facet serve` on a free 127.0.0.1 port (template answers; the demo catalog is built on
first run), waits for the models, then loads the page cold (no cache) `--runs` times under each
profile: DevTools' "Slow 4G" network (Network.emulateNetworkConditions) with the CPU slowed 4x
(Emulation.setCPUThrottlingRate), and unthrottled for reference. Per run: bytes transferred (the
sum of every response's encoded length, by resource type), first paint and first contentful paint
(the browser's paint timings), the message box ready, and the time from pressing Enter to the first
card on screen. Prints a table, writes benchmarks/results/page.json. Timings are only meaningful
on a quiet machine; the load average is recorded beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.load import connect, free_port, start_server

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "page.json"
CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here
PHONE = {"width": 390, "height": 844}
DEFAULT_QUERY = "rose gold ring under $800"
WAIT_MS = 180_000
BITS_PER_BYTE = 8
# Chrome DevTools' "Slow 4G" preset (Lighthouse's mobile throttling as DevTools applies it).
SLOW_4G = {"latency": 562.5, "download_bits": 1_440_000, "upload_bits": 675_000}
CPU_SLOWDOWN = 4
PROFILES = {
    "slow-4g-cpu4x": {"network": SLOW_4G, "cpu": CPU_SLOWDOWN},
    "unthrottled": {"network": None, "cpu": 1},
}
INPUT = "#facet-input textarea"
FIRST_CARD = "#facet-cards .facet-card"
# Records when the first card appears, from inside the page (no polling delay in the number).
WATCH_CARDS = """() => { window.__facetCardsAt = null; new MutationObserver((_, observer) => {
    if (document.querySelector('#facet-cards .facet-card')) { window.__facetCardsAt = performance.now(); observer.disconnect(); }
  }).observe(document.body, { childList: true, subtree: true }); }"""
PAINTS = "() => Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]))"


def throttle(cdp, profile: dict) -> None:
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    network = profile["network"]
    if network:
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": network["latency"],
            "downloadThroughput": network["download_bits"] / BITS_PER_BYTE,
            "uploadThroughput": network["upload_bits"] / BITS_PER_BYTE,
        })  # fmt: skip
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile["cpu"]})


def one_run(browser, url: str, profile: dict, query: str) -> dict:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    cdp = context.new_cdp_session(page)
    throttle(cdp, profile)
    kinds: dict[str, str] = {}
    sizes: Counter = Counter()
    cdp.on("Network.responseReceived", lambda event: kinds.__setitem__(event["requestId"], event["type"]))
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    page.goto(url, wait_until="commit")
    page.wait_for_selector(INPUT, state="visible")
    ready_ms = page.evaluate("performance.now()")
    page.wait_for_load_state("load")
    paints = page.evaluate(PAINTS)
    by_kind: Counter = Counter()
    for request_id, size in list(sizes.items()):
        by_kind[kinds.get(request_id, "Other")] += size
    page_bytes = sum(by_kind.values())
    page.evaluate(WATCH_CARDS)
    page.fill(INPUT, query)
    sent_at = page.evaluate("performance.now()")
    page.press(INPUT, "Enter")
    page.wait_for_selector(FIRST_CARD, state="visible")
    page.wait_for_function("window.__facetCardsAt !== null")
    cards_ms = page.evaluate("window.__facetCardsAt") - sent_at
    context.close()
    return {
        "page_bytes": page_bytes, "requests": len(sizes), "bytes_by_type": dict(by_kind.most_common()),
        "first_paint_ms": round(paints.get("first-paint", float("nan")), 1),
        "first_contentful_paint_ms": round(paints.get("first-contentful-paint", float("nan")), 1),
        "input_ready_ms": round(ready_ms, 1), "first_cards_ms": round(cards_ms, 1),
    }  # fmt: skip


def summary(runs: list[dict]) -> dict:
    keys = ("page_bytes", "requests", "first_paint_ms", "first_contentful_paint_ms", "input_ready_ms", "first_cards_ms")
    return {key: statistics.median(run[key] for run in runs) for key in keys}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default=DEFAULT_QUERY)
    parser.add_argument("--data-dir")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    load_before = os.getloadavg()
    server = start_server(port, ["llm.backend=template"], args.data_dir)
    results: dict[str, dict] = {}
    try:
        connect(url, server).predict("warm up", None, None, api_name="/turn")  # the models, off the clock
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            for name, profile in PROFILES.items():
                runs = [one_run(browser, url, profile, args.query) for _ in range(args.runs)]
                results[name] = {"profile": profile, "median": summary(runs), "runs": runs}
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = {
        "viewport": PHONE, "query": args.query, "runs_per_profile": args.runs, "profiles": results,
        "load_average_before": [round(x, 2) for x in load_before], "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()}, "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"),
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(f"390 px phone, cold cache, median of {args.runs} runs; load average {report['load_average_before']} -> {report['load_average_after']}")
    print(f"{'profile':<16} {'page KB':>9} {'requests':>9} {'FP ms':>8} {'FCP ms':>8} {'input ms':>9} {'cards ms':>9}")
    for name, result in results.items():
        m = result["median"]
        print(
            f"{name:<16} {m['page_bytes'] / 1000:>9.0f} {m['requests']:>9.0f} {m['first_paint_ms']:>8.0f} "
            f"{m['first_contentful_paint_ms']:>8.0f} {m['input_ready_ms']:>9.0f} {m['first_cards_ms']:>9.0f}"
        )
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
