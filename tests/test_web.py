"""The web chat end to end: the real Gradio server on 127.0.0.1, driven by gradio_client,
plus the chat handlers called directly."""

import socket

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from retrieval.vocabulary import RING_CATEGORIES
from ui.web import VOICE_PREFIX, WebChat, image_roots, serve

pytestmark = pytest.mark.e2e

BUDGET = 800
RING_QUERY = f"rose gold ring under ${BUDGET}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(demo_assistant):
    app = serve(demo_assistant, host="127.0.0.1", port=free_port(), prevent_thread_lock=True, quiet=True)
    yield app.local_url
    app.close()


@pytest.fixture(scope="module")
def client(server_url) -> Client:
    return Client(server_url, verbose=False)


@pytest.fixture(scope="module")
def product_image(demo_assistant) -> str:
    return demo_assistant.turn(text="ring").results[0].image


def ask(client: Client, text: str = "", image=None, audio=None) -> dict:
    return client.predict(text, image, audio, api_name="/turn")


def test_only_the_turn_endpoint_is_public(client):
    assert set(client.view_api(return_format="dict", print_info=False)["named_endpoints"]) == {"/turn"}


def test_text_turn_respects_budget_and_category(client):
    reply = ask(client, RING_QUERY)
    assert reply["results"]
    assert all(result["price"] <= BUDGET for result in reply["results"])
    assert all(result["category"] in RING_CATEGORIES for result in reply["results"])
    assert f"under ${BUDGET}" in reply["constraint_labels"]
    assert reply["answer"]


def test_photo_turn(client, product_image):
    reply = ask(client, image=handle_file(product_image))
    assert reply["results"]


def test_turns_from_different_calls_do_not_share_a_conversation(client):
    ask(client, RING_QUERY)
    reply = ask(client, "a necklace")
    assert f"under ${BUDGET}" not in reply["constraint_labels"]


def test_empty_turn_is_a_clear_error_and_the_server_keeps_answering(client):
    with pytest.raises(AppError, match="what you're looking for"):
        ask(client, "   ")
    assert ask(client, RING_QUERY)["results"]


def test_unreadable_photo_is_a_clear_error(client, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"this is not a picture")
    with pytest.raises(AppError, match="couldn't read that photo"):
        ask(client, image=handle_file(str(broken)))


def test_voice_turn(client, speak):
    reply = ask(client, audio=handle_file(str(speak("a rose gold ring"))))
    assert "ring" in reply["transcript"].lower()
    assert reply["results"]


# --- the UI's handlers, called directly ------------------------------------------------------


def final(updates):
    """The last update a streaming handler yields."""
    *_, last = updates
    return last


@pytest.fixture
def chat(demo_assistant) -> WebChat:
    return WebChat(demo_assistant, image_roots(demo_assistant))


def test_chat_text_turn_fills_the_chat_the_gallery_and_the_filters(chat):
    history, cards, filters, textbox, session = final(chat.send({"text": RING_QUERY, "files": []}, [], None))
    assert [message["role"] for message in history] == ["user", "assistant"]
    assert history[0]["content"] == RING_QUERY
    assert cards and all("$" in caption for _, caption in cards)
    assert f"under ${BUDGET}" in filters
    assert textbox is None
    assert session.turns == 1


def test_chat_keeps_each_conversation_in_its_own_session(chat):
    history, _, _, _, session = final(chat.send({"text": RING_QUERY, "files": []}, [], None))
    history, _, filters, _, session = final(chat.send({"text": "in white gold instead", "files": []}, history, session))
    assert len(history) == 4 and session.turns == 2
    assert f"under ${BUDGET}" in filters  # the budget carried over
    _, _, fresh_filters, _, fresh = final(chat.send({"text": "a necklace", "files": []}, [], None))
    assert fresh is not session and f"under ${BUDGET}" not in fresh_filters


def test_example_prompts_start_a_new_search_and_clearing_starts_over(chat):
    history, _, _, _, session = final(chat.send({"text": RING_QUERY, "files": []}, [], None))
    history, cards, filters, _, example_session = final(chat.send_example("pearl earrings for a wedding", history))
    assert len(history) == 4 and cards
    assert example_session is not session and f"under ${BUDGET}" not in filters
    assert WebChat.start_over()[:2] == (None, [])


def test_card_for_an_image_outside_the_served_folders_is_the_picture_itself(demo_assistant):
    chat = WebChat(demo_assistant, image_roots=[])
    _, cards, _, _, _ = final(chat.send({"text": RING_QUERY, "files": []}, [], None))
    assert all(not isinstance(image, str) for image, _ in cards)


def test_chat_photo_turn_shows_the_photo_as_the_users_message(chat, product_image):
    history, cards, _, _, _ = final(chat.send({"text": "", "files": [product_image]}, [], None))
    assert history[0] == {"role": "user", "content": {"path": product_image}}
    assert history[-1]["role"] == "assistant" and cards


def test_chat_errors_are_replies_not_crashes(chat, tmp_path):
    history, _, _, _, session = final(chat.send({"text": "", "files": []}, [], None))
    assert history[-1]["role"] == "assistant" and "what you're looking for" in history[-1]["content"]
    silence = tmp_path / "silence.wav"
    _write_silence(silence)
    history, _, _, recorder, _ = final(chat.send_voice(str(silence), history, session))
    assert history[-2]["content"].startswith(VOICE_PREFIX)
    assert history[-1]["content"].startswith("Sorry")
    assert recorder is None


def _write_silence(path, seconds: float = 1.0, rate: int = 16_000) -> None:
    import numpy as np
    import soundfile as sf

    sf.write(path, np.zeros(int(seconds * rate), dtype=np.float32), rate)
