"""The web chat end to end: the real Gradio server on 127.0.0.1, driven by gradio_client,
plus the page's handlers called directly (tests/test_browser.py drives the page in Chromium)."""

import shutil
import socket
import threading
from inspect import signature
from pathlib import Path

import gradio as gr
import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from assistant.assistant import Reply, TurnEvent
from retrieval.vocabulary import RING_CATEGORIES
from ui.cards import WHY_PREFIX, card_caption
from ui.html import text as html_text
from ui.markup import plain
from ui.page import serve
from ui.web import (
    CLOSEST,
    COMPARE_MORE,
    CONFIRM_HINT,
    DROPPED_PREFIX,
    LISTENING,
    LOOKING,
    MODELS_LOADING,
    NO_RESULTS,
    READY,
    SAVE_LABEL,
    SAVED_LABEL,
    SAW_PREFIX,
    SEARCH_OUTPUTS,
    SEARCHING,
    SIMILAR_LABEL,
    VOICE_PREFIX,
    Page,
    WebChat,
    image_roots,
)  # fmt: skip

pytestmark = pytest.mark.e2e

BUDGET = 800
RING_QUERY = f"rose gold ring under ${BUDGET}"
VOICES = ("en-us", "en-gb-x-rp", "en-us+f3")  # espeak-ng voices: no test hangs on one synthetic voice


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
    api = client.view_api(return_format="dict", print_info=False, all_endpoints=True)
    assert set(api["named_endpoints"]) == {"/turn"} and not api["unnamed_endpoints"]


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


@pytest.mark.parametrize("voice", VOICES)
def test_voice_turn(client, speak, voice):
    """Cards, or (when the recogniser is unsure, which varies with the voice and the machine's
    CPU) the words heard and a question: either way the words were heard and nothing failed."""
    reply = ask(client, audio=handle_file(str(speak("a rose gold ring", voice=voice))))
    assert "ring" in reply["transcript"].lower()
    assert reply["results"] or reply["intent"] == "confirm"


# --- the UI's handlers, called directly ------------------------------------------------------


def screen(updates, names=SEARCH_OUTPUTS) -> dict:
    """What the page shows after a handler's updates: each output's latest value; gr.skip() keeps it."""
    shown: dict = {}
    for update in updates:
        for name, value in zip(names, update):
            if isinstance(value, dict) and value.get("__type__") == "update":
                if len(value) > 1:
                    shown[name] = {**(shown.get(name) or {}), **value}
            else:
                shown[name] = value
    return shown


def labels(shown: dict) -> list[str]:
    return shown["filters"]["value"]


def captions(shown: dict) -> list[str]:
    """The cards on screen, as their plain-text captions."""
    return [card_caption(result) for result in shown["page"].cards()]


@pytest.fixture
def chat(demo_assistant, uploads) -> WebChat:
    return WebChat(demo_assistant, image_roots(demo_assistant), upload_roots=[uploads])


def typed(text: str) -> dict:
    return {"text": text, "files": []}


@pytest.fixture
def uploads(tmp_path) -> Path:
    """A stand-in for Gradio's upload folder: handlers read shoppers' files only from there."""
    folder = tmp_path / "uploads"
    folder.mkdir()
    return folder


@pytest.fixture
def uploaded_image(uploads, product_image) -> str:
    return str(shutil.copy(product_image, uploads / "photo.png"))


def test_chat_text_turn_fills_the_chat_the_cards_the_filters_and_the_status(chat):
    updates = list(chat.send(typed(RING_QUERY), None))
    first = dict(zip(SEARCH_OUTPUTS, updates[0]))
    assert first["chat"] == [{"role": "user", "content": plain(RING_QUERY)}] and first["status"] == SEARCHING
    assert first["textbox"] is None  # cleared at once
    shown = screen(updates)
    assert [message["role"] for message in shown["chat"]] == ["user", "assistant"]
    assert shown["cards"] and all("$" in caption and WHY_PREFIX in caption for caption in captions(shown))
    assert all(html_text(result.title) in shown["cards"] for result in shown["page"].cards())
    assert f"under ${BUDGET}" in labels(shown) and "rose gold" in labels(shown)
    assert shown["status"].startswith(f"{len(captions(shown))} pieces")
    assert shown["high"]["value"] == BUDGET  # the price control shows the typed budget
    assert [value for _, value in shown["compare"]["choices"]] == shown["page"].session.shown
    assert shown["page"].session.turns == 1


def test_chat_keeps_each_conversation_in_its_own_page(chat):
    shown = screen(chat.send(typed(RING_QUERY), None))
    shown = screen(chat.send(typed("in white gold instead"), shown["page"]))
    assert len(shown["chat"]) == 4 and shown["page"].session.turns == 2
    assert f"under ${BUDGET}" in labels(shown)  # the budget carried over
    fresh = screen(chat.send(typed("a necklace"), None))
    assert fresh["page"] is not shown["page"] and f"under ${BUDGET}" not in labels(fresh)


def test_the_chat_history_is_the_servers_not_the_browsers(chat):
    """The page never takes the chat back from the browser: what it shows is what the server kept."""
    shown = screen(chat.send(typed(RING_QUERY), None))
    assert "chat" not in signature(chat.send).parameters and "history" not in signature(chat.send).parameters
    again = screen(chat.send(typed("in white gold instead"), shown["page"]))
    assert again["chat"][:2] == shown["chat"]


def test_example_prompts_start_a_new_search_and_clearing_starts_over_keeping_the_wishlist(chat):
    shown = screen(chat.send(typed(RING_QUERY), None))
    page = shown["page"]
    chat.toggle_wishlist(chat._details(page, page.session.shown[0])[-1])
    example = screen(chat.send_example(1, page))
    assert len(example["chat"]) == 4 and example["cards"]
    assert example["page"] is not page and f"under ${BUDGET}" not in labels(example)
    assert example["page"].session.wishlist == page.session.wishlist
    fresh, cards, _, filters, _, _, _, _ = chat.start_over(page)
    assert cards == "" and filters["value"] == [] and fresh.session.constraints.is_empty()
    assert fresh.session.wishlist == page.session.wishlist and fresh.chat == []


def test_card_for_an_image_outside_the_served_folders_is_the_picture_itself(demo_assistant):
    chat = WebChat(demo_assistant, image_roots=[])
    shown = screen(chat.send(typed(RING_QUERY), None))
    assert shown["cards"].count('src="data:image/jpeg;base64,') == len(shown["page"].cards())
    assert "gradio_api/file=" not in shown["cards"]


def test_chat_photo_turn_shows_the_photo_and_what_was_seen(chat, uploaded_image):
    updates = list(chat.send({"text": "", "files": [uploaded_image]}, None))
    assert updates[0][1] == LOOKING
    shown = screen(updates)
    assert shown["chat"][0] == {"role": "user", "content": {"path": uploaded_image}}
    assert shown["chat"][-1]["role"] == "assistant" and shown["cards"]
    assert shown["status"].startswith(plain(SAW_PREFIX))


def test_a_file_that_was_not_uploaded_is_never_read(chat, product_image):
    shown = screen(chat.send({"text": "", "files": [product_image]}, None))
    assert "not uploaded" in shown["chat"][-1]["content"].replace("\\", "") and "cards" not in shown
    shown = screen(chat.send({"text": "", "files": [{"path": "/etc/passwd"}]}, None))
    assert "not uploaded" in shown["chat"][-1]["content"].replace("\\", "")
    shown = screen(chat.send_voice("/etc/passwd", None))
    assert "not uploaded" in shown["chat"][-1]["content"].replace("\\", "")


def test_chat_errors_are_replies_not_crashes(chat, uploads):
    shown = screen(chat.send(typed(""), None))
    assert shown["chat"][-1]["role"] == "assistant" and plain("what you're looking for") in shown["chat"][-1]["content"]
    silence = uploads / "silence.wav"
    _write_silence(silence)
    updates = list(chat.send_voice(str(silence), shown["page"]))
    assert updates[0][1] == LISTENING and all(update[-1] is None for update in updates)  # the recorder is cleared
    shown = screen(updates)
    assert shown["chat"][-2]["content"].startswith(plain(VOICE_PREFIX))
    assert shown["chat"][-1]["content"].startswith(plain("Sorry — I didn't catch any speech"))


def test_unreadable_photo_and_unknown_piece_get_specific_messages(chat, uploads):
    broken = uploads / "broken.png"
    broken.write_bytes(b"this is not a picture")
    shown = screen(chat.send({"text": "", "files": [str(broken)]}, None))
    assert shown["chat"][-1]["content"].startswith(plain("Sorry — I couldn't read that photo"))
    panel, _, text, _, _, page = chat._details(Page(), "no-such-piece")
    assert "not in the catalog" in text.replace("\\", "") and page.selected is None
    shown = screen(chat.find_similar(page))
    assert shown["chat"] == [] and "cards" not in shown


def test_no_results_says_how_to_widen_the_search(chat):
    shown = screen(chat.send(typed("a platinum ring under $5"), None))
    assert plain(NO_RESULTS) in shown["status"] or plain(CLOSEST) in shown["status"]


def test_unticking_a_filter_drops_it_and_searches_again(chat):
    before = screen(chat.send(typed(RING_QUERY), None))
    shown_before = captions(before)  # the page is the tab's, changed in place by the next event
    kept = [label for label in labels(before) if label != "rose gold"]
    after = screen(chat.drop_filters(kept, before["page"]))
    assert labels(after) == kept
    assert after["chat"][-2] == {"role": "user", "content": plain(DROPPED_PREFIX + "rose gold")}
    assert captions(after) != shown_before
    unchanged = screen(chat.drop_filters(kept, after["page"]))
    assert unchanged["chat"] == after["chat"] and "cards" not in unchanged


def test_a_card_click_shows_details_then_save_compare_and_find_similar(chat):
    shown = screen(chat.send(typed("a necklace"), None))
    page = shown["page"]
    panel, _, text, _, save, page = chat.select_card(page, gr.SelectData(None, {"index": 1, "value": None}))
    assert panel["visible"] and page.selected == page.session.shown[1] and save == SAVE_LABEL
    selected = page.selected
    wishlist, summary, _, _, save, page = chat.toggle_wishlist(page)
    assert len(wishlist["value"]) == 1 and summary.startswith("**1 saved**") and save == SAVED_LABEL
    assert page.session.wishlist == [selected]
    panel, _, _, _, save, page = chat.select_saved(page, gr.SelectData(None, {"index": 0, "value": None}))
    assert page.selected == selected and save == SAVED_LABEL
    comparison, page = chat.compare(page.session.shown[:2], page)
    assert comparison.startswith("| ") and "| \\-\\-\\- |" not in comparison and page.session.compared == page.session.shown[:2]
    assert chat.compare(page.session.shown[:1], page)[0] == plain(COMPARE_MORE)
    assert chat.compare(["not-on-screen", "nor-this"], page)[0] == ""  # only pieces on screen are compared
    similar = screen(chat.find_similar(page))
    assert similar["chat"][-2]["content"] == plain(SIMILAR_LABEL) and selected not in similar["page"].session.shown


class StubAssistant:
    """Replies that a real model gives only by chance: a shaky transcript."""

    writer = None

    def __init__(self, settings):
        self.settings = settings
        self.index = StubIndex()
        self.reply = Reply(transcript="a rose gold ring", constraints={}, constraint_labels=[], results=[],
                           answer='I heard: "a rose gold ring". Did I get that right?', intent="confirm")  # fmt: skip

    def turn_stream(self, **_):
        yield TurnEvent("results", self.reply)
        yield TurnEvent("done", self.reply)

    def filters(self, session):
        return []

    def wishlist(self, session):
        return []


class StubIndex:
    def pages(self, kind):
        return iter(())


def test_a_shaky_transcript_is_put_in_the_message_box_to_edit(uploads, demo_settings):
    clip = uploads / "clip.wav"
    _write_silence(clip)
    shown = screen(WebChat(StubAssistant(demo_settings), upload_roots=[uploads]).send_voice(str(clip), None))
    assert shown["textbox"] == {"text": "a rose gold ring", "files": []}
    assert shown["chat"][0]["content"] == plain(VOICE_PREFIX + "a rose gold ring")
    assert shown["status"] == plain(CONFIRM_HINT)


def test_a_turn_while_the_models_load_says_so_then_answers(demo_assistant):
    ready = threading.Event()
    chat = WebChat(demo_assistant, image_roots(demo_assistant), ready)
    assert chat.page_status() == MODELS_LOADING
    updates = chat.send(typed(RING_QUERY), None)
    assert next(updates)[1] == MODELS_LOADING
    ready.set()
    assert screen(updates)["cards"] and chat.page_status() == READY


def _write_silence(path, seconds: float = 1.0, rate: int = 16_000) -> None:
    import numpy as np
    import soundfile as sf

    sf.write(path, np.zeros(int(seconds * rate), dtype=np.float32), rate)
