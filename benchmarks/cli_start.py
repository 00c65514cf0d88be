"""How long the `facet` command takes to start: `import ui.cli` (-X importtime total), `facet --help`,
an argparse error, `facet ingest` of a file that is not a catalog, and one `facet ask` on a demo data
dir, each in a fresh interpreter, for one or more source trees (e.g. main and a branch), run in turn
so that both see the same machine load. Wall and CPU (user + system) seconds, the median of RUNS.

    python benchmarks/cli_start.py --tree before=/path/to/main --tree after=. --demo-dir /tmp/demo \
        --out benchmarks/results/cli_start_fast.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
ASK_TEXT = "gold ring under 500"


def _commands(demo_dir: Path | None, not_a_catalog: Path, data_dir: Path) -> dict[str, list[str]]:
    cli = [sys.executable, "-m", "ui.cli"]
    commands = {
        "import ui.cli": [sys.executable, "-X", "importtime", "-c", "import ui.cli"],
        "facet --help": [*cli, "--help"],
        "facet ingest --bad-flag": [*cli, "ingest", str(not_a_catalog), "--bad-flag"],
        "facet ingest notes.md": [*cli, "--data-dir", str(data_dir), "ingest", str(not_a_catalog)],
    }
    if demo_dir:
        commands["facet ask"] = [*cli, "--data-dir", str(demo_dir), "ask", ASK_TEXT]
    return commands


def _timed(command: list[str], tree: Path) -> tuple[float, float, float | None]:
    """Wall and CPU seconds of one run, and the -X importtime total of ui.cli if it printed one."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in done.stderr.splitlines() if line.endswith("| ui.cli")]
    imported = int(lines[-1].split("|")[1]) / 1e6 if lines else None
    return wall, cpu, imported


def measure(trees: dict[str, Path], demo_dir: Path | None, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        not_a_catalog = Path(scratch) / "notes.md"
        not_a_catalog.write_text("id,title\n")
        found: dict[str, dict[str, list]] = {name: {} for name in trees}
        for _ in range(runs):
            for label, command in _commands(demo_dir, not_a_catalog, Path(scratch) / "data").items():
                for name, tree in trees.items():
                    found[name].setdefault(label, []).append(_timed(command, tree))
    return {
        name: {
            label: {
                "wall_s": round(statistics.median(r[0] for r in results), 2),
                "cpu_s": round(statistics.median(r[1] for r in results), 2),
                **({"importtime_s": round(statistics.median(r[2] for r in results), 2)} if results[0][2] is not None else {}),
            }
            for label, results in by_label.items()
        }
        for name, by_label in found.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", action="append", required=True, metavar="NAME=PATH", help="a source tree to time")
    parser.add_argument("--demo-dir", type=Path, help="a data dir built with `facet demo`, for the ask")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    trees = {name: Path(path).resolve() for name, _, path in (tree.partition("=") for tree in args.tree)}
    results = measure(trees, args.demo_dir, args.runs)
    load = os.getloadavg()
    report = {
        "runs": args.runs, "statistic": "median", "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"load average {load[0]:.1f} at the end (shared machine: wall seconds are an upper bound; cpu_s is steadier)",
        "results": results,
    }  # fmt: skip
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
