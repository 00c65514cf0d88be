"""The same GGUF through two llama.cpp runtimes: llama-cpp-python (an sdist, built from source at
install: 5-12 min on 2 cores) and xllamacpp (manylinux wheels on PyPI). Greedy answers to the
same prompts, time to first token, decode tokens/s, with the load average; run it once with
each runtime's interpreter (a venv with `pip install xllamacpp` for the second).

    python benchmarks/llm_runtimes.py GGUF [--out benchmarks/results/llm_runtime_<name>.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

SYSTEM = "You are Facet, a friendly assistant in a jewelry shop, writing to a customer. Write ONE short sentence about the piece in <item>, calling it [1]."
ITEMS = ("stud earrings: sterling silver; white pearl; minimalist style", "bangle: 14k yellow gold; no stone; classic style",
         "halo ring: platinum; colorless diamond 1 ct; vintage style")  # fmt: skip
SHOPPERS = ("pearl earrings for my mom", "a gold bangle", "an engagement ring")
MAX_TOKENS = 40
THREADS = 1


def prompts() -> list[list[dict]]:
    return [[{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"<shopper>{s}</shopper>\n<item>[1] {i}</item>"}]
            for s in SHOPPERS for i in ITEMS]  # fmt: skip


def llama_cpp_python(gguf: str):
    from assistant.llm import load_llama, repacking_on

    llm = load_llama(gguf, repacking_on("auto"), n_ctx=2048, n_threads=THREADS, n_threads_batch=THREADS, verbose=False, seed=0)

    def chat(messages, on_token):
        for part in llm.create_chat_completion(messages=messages, max_tokens=MAX_TOKENS, temperature=0.0, stream=True):
            token = part["choices"][0]["delta"].get("content")
            if token:
                on_token(token)

    return chat


def xllamacpp(gguf: str):
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path, params.n_ctx, params.n_parallel = gguf, 2048, 1
    params.cpuparams.n_threads = params.cpuparams_batch.n_threads = THREADS
    server = xlc.Server(params)

    def chat(messages, on_token):
        def callback(chunk):
            chunk = json.loads(chunk) if isinstance(chunk, str) else chunk
            for choice in chunk.get("choices", []):
                if choice.get("delta", {}).get("content"):
                    on_token(choice["delta"]["content"])

        server.handle_chat_completions({"messages": messages, "stream": True, "max_tokens": MAX_TOKENS, "temperature": 0.0, "seed": 0}, callback)

    return chat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gguf")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    try:
        import llama_cpp  # noqa: F401

        name, make = "llama-cpp-python", llama_cpp_python
    except ImportError:
        name, make = "xllamacpp", xllamacpp
    started = time.perf_counter()
    chat = make(args.gguf)
    load_s = time.perf_counter() - started
    runs = []
    for messages in prompts():
        tokens, first = [], []
        begun = time.perf_counter()
        chat(messages, lambda t: (tokens.append(t), first or first.append(time.perf_counter() - begun)))
        total = time.perf_counter() - begun
        runs.append({"answer": "".join(tokens), "first_token_s": round(first[0], 3), "tokens": len(tokens),
                     "decode_tokens_per_s": round((len(tokens) - 1) / max(total - first[0], 1e-6), 1), "load_average": os.getloadavg()[0]})  # fmt: skip
        print(runs[-1], flush=True)
    median = lambda key: sorted(r[key] for r in runs)[len(runs) // 2]  # noqa: E731
    summary = {"runtime": name, "load_s": round(load_s, 2), "first_token_s_p50": median("first_token_s"),
               "decode_tokens_per_s_p50": median("decode_tokens_per_s"), "load_average_p50": median("load_average"), "runs": runs}  # fmt: skip
    print(json.dumps({k: v for k, v in summary.items() if k != "runs"}))
    out = args.out or Path(f"benchmarks/results/llm_runtime_{name}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
