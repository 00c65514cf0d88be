"""Which chat model `LLMConfig.backend` builds (assistant/llm.py), without loading a model: `auto`'s
table of in-process runtimes, lazy loading, and the xllamacpp stream's stop and errors."""

import typing

import pytest

from assistant.config import LLMConfig
from assistant.llm import (
    AUTO_CHOICES,
    BACKENDS,
    LLMUnavailable,
    XLlamaCppChat,
    _raise_on_error,
    _streamed,
    auto_backend,
    create_chat_model,
    installed,
)

TOKENS_ON_OFFER = 50
ENDLESS = 10**8  # an answer that never ends by itself: only the reader's stop ends it


@pytest.mark.parametrize(
    ("packages", "chosen"),
    [({"xllamacpp", "llama_cpp"}, "xllamacpp"), ({"xllamacpp"}, "xllamacpp"), ({"llama_cpp"}, "llama_cpp"), (set(), "template")],
)
def test_auto_takes_the_first_installed_runtime_else_the_template(packages, chosen):
    assert auto_backend(lambda module: module in packages) == chosen


def test_every_configurable_backend_has_a_builder():
    configurable = set(typing.get_args(LLMConfig.model_fields["backend"].annotation)) - {"auto", "template"}
    assert configurable == set(BACKENDS) and {backend for backend, _ in AUTO_CHOICES} <= set(BACKENDS)


def test_the_template_backend_builds_no_model(tmp_path):
    assert create_chat_model(LLMConfig(backend="template"), tmp_path) is None


@pytest.mark.skipif(not installed("xllamacpp"), reason="xllamacpp is not installed")
def test_xllamacpp_loads_nothing_until_first_use(tmp_path):
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"not yet read")
    chat_model = create_chat_model(LLMConfig(backend="xllamacpp", model_path=str(gguf), threads=3, temperature=0.0), tmp_path)
    assert isinstance(chat_model, XLlamaCppChat) and chat_model._server is None
    assert (chat_model.threads, chat_model.temperature, chat_model.model_path) == (3, 0.0, str(gguf))


@pytest.mark.skipif(not installed("xllamacpp"), reason="xllamacpp is not installed")
def test_a_missing_gguf_is_a_clear_error(tmp_path):
    with pytest.raises(LLMUnavailable, match="GGUF model not found"):
        create_chat_model(LLMConfig(backend="xllamacpp", model_path=str(tmp_path / "missing.gguf")), tmp_path)


class FakeServer:
    """xllamacpp's `Server.handle_chat_completions` contract: chunks to a callback until it returns True."""

    def __init__(self, tokens: int = TOKENS_ON_OFFER, fail: Exception | None = None):
        self.tokens, self.sent, self.fail = tokens, 0, fail

    def handle_chat_completions(self, request, callback):
        if self.fail:
            raise self.fail
        for _ in range(self.tokens):
            self.sent += 1
            if callback({"choices": [{"delta": {"content": "word "}}]}):
                return


def test_a_reader_that_stops_reading_stops_the_generation():
    server = FakeServer(tokens=ENDLESS)
    chunks = _streamed(server, {"stream": True})
    taken = [next(chunks) for _ in range(2)]
    chunks.close()  # returns once the generation has stopped
    assert len(taken) == 2 and server.sent < ENDLESS


def test_a_full_stream_is_read_to_its_end():
    server = FakeServer()
    assert len(list(_streamed(server, {"stream": True}))) == TOKENS_ON_OFFER


def test_a_refused_request_raises_on_the_readers_side():
    with pytest.raises(ValueError, match="messages"):
        list(_streamed(FakeServer(fail=ValueError("Expected 'messages' to be an array")), {"stream": True}))


@pytest.mark.parametrize("response", [{"error": {"code": 400, "message": "bad"}}, {"code": 500, "type": "server_error", "message": "bad"}])
def test_an_error_response_raises(response):
    with pytest.raises(RuntimeError, match="bad"):
        _raise_on_error(response)


def test_an_answer_is_no_error():
    _raise_on_error({"choices": [{"message": {"content": "A gold bangle."}}]})
