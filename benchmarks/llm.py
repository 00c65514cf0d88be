"""LLM latency on this machine: time to first token and tokens/s for each backend, llama.cpp
with 1 and 2 threads, and the end-to-end timing of a text turn with the default backend (cards,
first words the model wrote, done), each with the load average, repeated and summarised by the median.

    python benchmarks/llm.py [--model qwen2.5-coder-0.5b] [--prompts 8] [--turns 10] [--repeats 3]

Writes benchmarks/results/llm_<model>.json and benchmarks/results/llm_threads.json.
Targets (2 cores, default local model): first words <= 1 s after the cards are shown, the answer
complete <= 4 s after them (p50).
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
from assistant.llm import PACKAGED_MODELS, create_chat_model, load_llama, packaged_gguf, repacking_on  # noqa: E402
from assistant.prompt import AnswerRequest, build_messages  # noqa: E402
from retrieval.constraints import Constraints  # noqa: E402

QUERIES = [
    "a rose gold ring under $900", "pearl earrings for my mom", "a silver necklace with a blue stone",
    "platinum engagement ring", "something vintage for an anniversary", "gold hoops under 400",
    "an emerald pendant", "a bracelet for everyday wear", "diamond studs", "a brooch for a wedding",
]  # fmt: skip
TARGET_FIRST_TOKEN_S = 1.0
TARGET_DONE_S = 4.0
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
        runs.append(stream_timing(chat_model, build_messages(request, request.items[0])))
    first = [run["first_token_s"] for run in runs]
    speed = [run["tokens_per_s"] for run in runs]
    return {
        "backend": name,
        "first_token_s_p50": round(float(np.median(first)), 3),
        "tokens_per_s_p50": round(float(np.median(speed)), 1),
        "sixty_tokens_s": round(float(np.median(first)) + 59 / max(float(np.median(speed)), 1e-6), 2),
    }


def turn_timing(assistant: Assistant, turns: int) -> dict:
    """Cards, then the first words the model wrote (not Facet's own notes), then the answer done."""
    cards, first_shown, done, loads = [], [], [], []
    for query in (QUERIES * 2)[:turns]:
        started = time.perf_counter()
        shown_at, visible, lead = None, "", ""
        for event in assistant.turn_stream(text=query, session=Session()):
            now = time.perf_counter() - started
            if event.kind == "results":
                cards.append(now)
                lead = "".join(n[0].upper() + n[1:] + ". " for n in event.reply.notes)
            elif event.kind == "token":
                visible += event.text
                if shown_at is None and len(visible) > len(lead):
                    shown_at = now
            elif event.kind == "restart":
                visible = ""
        done.append(time.perf_counter() - started - cards[-1])
        loads.append(os.getloadavg()[0])
        if shown_at is not None:
            first_shown.append(shown_at - cards[-1])
    return {
        "cards_s_p50": round(float(np.median(cards)), 3),
        "first_words_after_cards_s_p50": round(float(np.median(first_shown)), 3) if first_shown else None,
        "first_words_after_cards_s_p95": round(float(np.percentile(first_shown, 95)), 3) if first_shown else None,
        "done_after_cards_s_p50": round(float(np.median(done)), 3),
        "done_after_cards_s_p95": round(float(np.percentile(done, 95)), 3),
        "load_average_p50": round(float(np.median(loads)), 2),
    }


def thread_timing(gguf: Path, prompt_tokens: int = 160, decode_tokens: int = 40) -> list[dict]:
    """Prompt reading and writing speed of llama.cpp with 1 and 2 threads, on the same machine now."""
    rows = []
    for threads in (1, 2):
        llama = load_llama(str(gguf), repacking_on("auto"), n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False, seed=0)
        tokens = llama.tokenize(("You are Facet, a friendly assistant in a jewelry shop. " * 20).encode())[:prompt_tokens]
        llama.reset()
        started = time.perf_counter()
        llama.eval(tokens)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(decode_tokens):
            llama.eval([llama.sample(temp=0.0)])
        write_s = time.perf_counter() - started
        rows.append({"threads": threads, "prompt_tokens_per_s": round(prompt_tokens / read_s, 1),
                     "decode_tokens_per_s": round(decode_tokens / write_s, 1), "load_average": os.getloadavg()[0]})  # fmt: skip
        del llama
    return rows


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
    parser.add_argument("--model", default="qwen2.5-coder-0.5b", help="llm.local_model")
    parser.add_argument("--repeats", type=int, default=3, help="runs of the turn timing (the median of each measure is kept)")
    parser.add_argument("--data-dir", type=Path, help="reuse a data folder holding the demo index and joined models")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="facet-llm-"))
    settings = Settings(data_dir=data_dir, demo={"items": args.items}, llm={"backend": "llama_cpp", "local_model": args.model})
    assistant = Assistant.from_settings(settings)
    assistant.ensure_demo_catalog(progress=False)
    assistant.warm_up()
    gguf = packaged_gguf(settings.models_dir, PACKAGED_MODELS[args.model])
    threads = thread_timing(gguf)
    Path("benchmarks/results").mkdir(parents=True, exist_ok=True)
    Path("benchmarks/results/llm_threads.json").write_text(json.dumps({"model": args.model, "runs": threads}, indent=2))
    print("threads:", threads)

    backends = [backend_latency("llama_cpp (in-process)", assistant.writer.chat_model, assistant, args.prompts)]
    server, url = start_server(gguf, settings.llm.threads)
    try:
        remote = create_chat_model(LLMConfig(backend="openai", base_url=url, model="local"), settings.models_dir)
        backends.append(backend_latency("openai-compatible (llama.cpp server)", remote, assistant, args.prompts))
    finally:
        server.terminate()
        server.wait(timeout=30)
    runs = [turn_timing(assistant, args.turns) for _ in range(args.repeats)]
    turn = {key: round(float(np.median([run[key] for run in runs if run[key] is not None])), 3) for key in runs[0]}
    turn["runs"] = runs

    template = Assistant.from_settings(settings.model_copy(update={"llm": LLMConfig(backend="template")}))
    template_turn = turn_timing(template, args.turns)

    results = {"model": args.model, "backends": backends, "threads": threads, "turn_default_backend": turn, "turn_template": template_turn,
               "targets": {"first_words_after_cards_s": TARGET_FIRST_TOKEN_S, "done_after_cards_s": TARGET_DONE_S}}  # fmt: skip
    print(f"\n{'backend':<40}{'first token s':>14}{'tokens/s':>10}{'60 tokens s':>13}")
    for row in backends:
        print(f"{row['backend']:<40}{row['first_token_s_p50']:>14}{row['tokens_per_s_p50']:>10}{row['sixty_tokens_s']:>13}")
    print(f"\ntext turn, default backend: {turn}")
    print(f"text turn, template writer: {template_turn}")
    met_first = turn["first_words_after_cards_s_p50"] <= TARGET_FIRST_TOKEN_S
    met_done = turn["done_after_cards_s_p50"] <= TARGET_DONE_S
    print(f"\nfirst words <= {TARGET_FIRST_TOKEN_S} s after cards: {'yes' if met_first else 'NO'}; "
          f"answer done <= {TARGET_DONE_S} s after cards: {'yes' if met_done else 'NO'} (load average {turn['load_average_p50']})")  # fmt: skip
    out = args.out or Path(f"benchmarks/results/llm_{args.model}.json")
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
