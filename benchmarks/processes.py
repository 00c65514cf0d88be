"""The processes the scale benchmarks measure: an engine started as its own server on 127.0.0.1
(`chroma run`, `milvus-lite server`) or one already running, and the resident memory and disk a
process (with its children) holds.
"""

from __future__ import annotations

import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from retrieval.config import IndexConfig
from retrieval.index import connect

SERVER_START_SECONDS = 60


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # gone
        return 0.0
    for line in lines:
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def process_tree(pid: int) -> list[int]:
    """`pid` and every process under it (a Milvus standalone runs under its launcher)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    tree, waiting = [], [pid]
    while waiting:
        tree.append(current := waiting.pop())
        waiting += children.get(current, [])
    return tree


def engine_memory_mb(pid: int) -> dict[str, float]:
    """Resident memory of an engine's processes now, and the sum of each one's peak."""
    tree = process_tree(pid)
    return {"rss_mb": round(sum(rss_mb(member) for member in tree), 1),
            "peak_rss_mb": round(sum(rss_mb(member, "VmHWM") for member in tree), 1)}  # fmt: skip


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def disk_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_chroma_server(folder: Path) -> tuple[subprocess.Popen, int]:
    import chromadb

    port = free_port()
    chroma = Path(sys.prefix) / "bin" / "chroma"
    server = subprocess.Popen([str(chroma), "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    wait_until_up(server, lambda: chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat(), "chroma run")
    return server, port


def start_milvus_server(folder: Path) -> tuple[subprocess.Popen, int]:
    from pymilvus import MilvusClient

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(folder), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    wait_until_up(server, lambda: MilvusClient(uri=f"http://127.0.0.1:{port}", timeout=1).list_collections(), "milvus-lite server")
    return server, port


def wait_until_up(server: subprocess.Popen, answers: Callable[[], object], name: str) -> None:
    """Until `answers()` stops raising (the server listens), or SERVER_START_SECONDS have passed."""
    deadline = time.time() + SERVER_START_SECONDS
    while time.time() < deadline:
        try:
            answers()
            return
        except Exception:  # not listening yet
            if server.poll() is not None:
                raise RuntimeError(f"{name} exited before it was ready")
            time.sleep(0.5)
    server.terminate()
    raise TimeoutError(f"{name} did not come up")


@dataclass
class EngineServer:
    """An engine already running as its own server: its process (for its memory) and data folder (for its disk)."""

    pid: int | None
    data: Path | None


def drop_size(config: IndexConfig) -> None:
    """A server's collections of one size (`scale<N>_...`), once measured."""
    client = connect(config, Path(tempfile.gettempdir()))
    for name in client.list_collections():
        if name.startswith(f"{config.collection_prefix}_"):
            client.drop_collection(name)
