"""LLM latency on this machine: time to first token and tokens/s for each backend, and the
end-to-end timing of a text turn with the default backend (cards, first shown token, done).

    python benchmarks/llm.py [--prompts 8] [--turns 10] [--out benchmarks/results/llm.json]

Targets (2 cores, default local model): first token <= 1 s after the cards are shown, a 60-token
answer complete <= 4 s.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.assistant import Assistant  # noqa: E402
from assistant.config import LLMConfig, Settings  # noqa: E402
from assistant.conversation import Session  # noqa: E402
from assistant.llm import create_chat_model, packaged_gguf  # noqa: E402
from assistant.writer import AnswerRequest, build_messages  # noqa: E402
from retrieval.constraints import Constraints  # noqa: E402

QUERIES = [
    "a rose gold ring under $900", "pearl earrings for my mom", "a silver necklace with a blue stone",
    "platinum engagement ring", "something vintage for an anniversary", "gold hoops under 400",
    "an emerald pendant", "a bracelet for everyday wear", "diamond studs", "a brooch for a wedding",
]  # fmt: skip
TARGET_FIRST_TOKEN_S = 1.0
TARGET_60_TOKENS_S = 4.0
SERVER_START_SECONDS = 120


def stream_timing(chat_model, messages) -> dict:
    started = time.perf_counter()
    first, tokens = None, 0
    for _ in chat_model.stream(messages):
        tokens += 1
        first = first or time.perf_counter() - started
    total = time.perf_counter() - started
    decode = (tokens - 1) / (total - first) if tokens > 1 and total > first else 0.0
    return {"first_token_s": first or total, "tokens": tokens, "total_s": total, "tokens_per_s": decode}


def backend_latency(name: str, chat_model, assistant: Assistant, prompts: int) -> dict:
    runs = []
    for query in QUERIES[:prompts]:
        reply = assistant.turn(text=query, session=Session())
        items = assistant.index.items([r.id for r in reply.results][:3])
        request = AnswerRequest(query, list(items.values()), Constraints(**reply.constraints), reply.answer)
        runs.append(stream_timing(chat_model, build_messages(request)))
    first = [run["first_token_s"] for run in runs]
    speed = [run["tokens_per_s"] for run in runs]
    return {
        "backend": name,
        "first_token_s_p50": round(float(np.median(first)), 3),
        "tokens_per_s_p50": round(float(np.median(speed)), 1),
        "sixty_tokens_s": round(float(np.median(first)) + 59 / max(float(np.median(speed)), 1e-6), 2),
    }


def turn_timing(assistant: Assistant, turns: int) -> dict:
    cards, first_shown, done = [], [], []
    for query in (QUERIES * 2)[:turns]:
        started = time.perf_counter()
        shown_at = None
        for event in assistant.turn_stream(text=query, session=Session()):
            now = time.perf_counter() - started
            if event.kind == "results":
                cards.append(now)
            elif event.kind == "token" and shown_at is None:
                shown_at = now
        done.append(time.perf_counter() - started)
        if shown_at is not None:
            first_shown.append(shown_at - cards[-1])
    return {
        "cards_s_p50": round(float(np.median(cards)), 3),
        "first_token_after_cards_s_p50": round(float(np.median(first_shown)), 3) if first_shown else None,
        "first_token_after_cards_s_p95": round(float(np.percentile(first_shown, 95)), 3) if first_shown else None,
        "turn_done_s_p50": round(float(np.median(done)), 3),
        "turn_done_s_p95": round(float(np.percentile(done, 95)), 3),
    }


def start_server(gguf: Path, threads: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1", "--port", str(port),
         "--n_threads", str(threads), "--n_ctx", "2048"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + SERVER_START_SECONDS
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            return server, url
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise TimeoutError("llama.cpp server did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompts", type=int, default=8)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--items", type=int, default=Settings().demo.items)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/llm.json"))
    args = parser.parse_args()

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="facet-llm-")), demo={"items": args.items}, llm={"backend": "llama_cpp"})
    assistant = Assistant.from_settings(settings)
    assistant.build_demo_catalog(progress=False)
    assistant.warm_up()
    gguf = packaged_gguf(settings.models_dir)

    backends = [backend_latency("llama_cpp (in-process)", assistant.writer.chat_model, assistant, args.prompts)]
    server, url = start_server(gguf, settings.llm.threads)
    try:
        remote = create_chat_model(LLMConfig(backend="openai", base_url=url, model="local"), settings.models_dir)
        backends.append(backend_latency("openai-compatible (llama.cpp server)", remote, assistant, args.prompts))
    finally:
        server.terminate()
        server.wait(timeout=30)
    turn = turn_timing(assistant, args.turns)

    template = Assistant.from_settings(settings.model_copy(update={"llm": LLMConfig(backend="template")}))
    template_turn = turn_timing(template, args.turns)

    results = {"backends": backends, "turn_default_backend": turn, "turn_template": template_turn,
               "targets": {"first_token_after_cards_s": TARGET_FIRST_TOKEN_S, "sixty_tokens_s": TARGET_60_TOKENS_S}}  # fmt: skip
    print(f"\n{'backend':<40}{'first token s':>14}{'tokens/s':>10}{'60 tokens s':>13}")
    for row in backends:
        print(f"{row['backend']:<40}{row['first_token_s_p50']:>14}{row['tokens_per_s_p50']:>10}{row['sixty_tokens_s']:>13}")
    print(f"\ntext turn, default backend: {turn}")
    print(f"text turn, template writer: {template_turn}")
    met_first = turn["first_token_after_cards_s_p50"] is not None and turn["first_token_after_cards_s_p50"] <= TARGET_FIRST_TOKEN_S
    met_sixty = backends[0]["sixty_tokens_s"] <= TARGET_60_TOKENS_S
    print(f"\nfirst token <= {TARGET_FIRST_TOKEN_S} s after cards: {'yes' if met_first else 'NO'}; "
          f"60-token answer <= {TARGET_60_TOKENS_S} s: {'yes' if met_sixty else 'NO'}")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
