"""The web chat's page: its layout, the events wired to WebChat's handlers (ui/web.py), and the
server. Only the images folder is served, uploads are capped, and the page's own events are not an
API: the one public endpoint is `turn`."""

from __future__ import annotations

import logging
import threading
from functools import partial

import gradio as gr

from assistant.assistant import Assistant
from ui.web import (
    EMPTY_WISHLIST,
    EXAMPLE_PROMPTS,
    NO_FILTERS_LABEL,
    READY,
    SAVE_LABEL,
    SIMILAR_LABEL,
    WebChat,
    image_roots,
)

log = logging.getLogger(__name__)

PAGE_TITLE = "Facet — jewelry assistant"
INTRO = (
    "# 💍 Facet\n"
    "Ask for jewelry in your own words, attach or paste a photo of a piece you like, or just say it out loud."
)
TEXTBOX_PLACEHOLDER = "Describe what you're looking for, or attach or paste a photo…"
VOICE_LABEL = "🎤 Or say it — sent as soon as you stop recording or upload a clip"
CHAT_PLACEHOLDER = "**Hi, I'm Facet.** Tell me what you're looking for — a budget, a metal, a stone, an occasion."
COMPARE_LABEL = "Compare — tick 2 or 3 pieces"
WISHLIST_LABEL = "♡ Wishlist"

CHAT_HEIGHT = 520
GALLERY_COLUMNS = 3
WISHLIST_COLUMNS = 4
WISHLIST_HEIGHT = 240
DETAIL_IMAGE_HEIGHT = 240
# The queues events wait in: turns go through the shared models, look-ups only read the catalog.
MODEL_QUEUE = "facet-models"
LOOKUP_QUEUE = "facet-lookups"

CSS = """
.facet-status { min-height: 1.6em; }
.facet-status p { margin: 0; }
/* the filters as removable pills: a ticked box is a filter in force */
.facet-filters .wrap { gap: 6px; }
.facet-filters label { border-radius: 999px !important; padding: 2px 12px !important; }
/* product cards: the whole caption (title, price, facts, then why it matched) beneath the picture,
   instead of one truncated line over it */
.facet-gallery .grid-wrap { max-height: none; }
.facet-gallery .grid-container { grid-template-rows: none; grid-auto-rows: auto; }
.facet-gallery .thumbnail-item { aspect-ratio: auto; height: auto; display: flex; flex-direction: column; }
.facet-gallery .thumbnail-item img { aspect-ratio: 1 / 1; width: 100%; height: auto; }
.facet-gallery .caption-label { position: static; white-space: pre-line; max-width: none; text-overflow: clip;
                                border: none; border-top: 1px solid var(--border-color-primary); border-radius: 0; }
.facet-chat img { max-height: 220px; width: auto; }
.facet-compare table { font-size: 0.9em; }
.facet-compare td:first-child { white-space: nowrap; font-weight: 600; }
@media (max-width: 720px) {
  .facet-gallery .grid-container { grid-template-columns: repeat(2, 1fr) !important; }
  .facet-examples button { flex: 1 1 100%; }
}
"""


def build_app(assistant: Assistant, ready: threading.Event | None = None) -> gr.Blocks:
    """The page. `ready` is set once the models are loaded (None: they are)."""
    chat = WebChat(assistant, image_roots(assistant), ready)
    server = assistant.settings.server
    turns = {"concurrency_id": MODEL_QUEUE, "concurrency_limit": server.turn_concurrency}
    lookups = {"concurrency_id": LOOKUP_QUEUE, "concurrency_limit": server.lookup_concurrency}
    # The page's own events: not an API (absent from the API page and from gradio_client); `turn` is.
    private = {"api_visibility": "private"}
    text_only = {"sanitize_html": True, "latex_delimiters": []}  # what is shown is escaped text already
    with gr.Blocks(title=PAGE_TITLE) as app:
        page = gr.State(None)  # a Page, made on the tab's first event
        gr.Markdown(INTRO)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chatbot = gr.Chatbot(
                    label="Chat", height=CHAT_HEIGHT, placeholder=CHAT_PLACEHOLDER, feedback_options=None,
                    layout="bubble", group_consecutive_messages=False, elem_classes="facet-chat", elem_id="facet-chat",
                    **text_only,
                )  # fmt: skip
                textbox = gr.MultimodalTextbox(
                    placeholder=TEXTBOX_PLACEHOLDER, file_types=["image"], file_count="single", sources=["upload"],
                    show_label=False, elem_id="facet-input", max_lines=6,
                )  # fmt: skip
                with gr.Row(elem_classes="facet-examples"):
                    examples = [
                        gr.Button(prompt, size="sm", variant="secondary", elem_id=f"facet-example-{number}")
                        for number, prompt in enumerate(EXAMPLE_PROMPTS)
                    ]
                voice = gr.Audio(
                    sources=["microphone", "upload"], type="filepath", label=VOICE_LABEL, elem_classes="facet-voice",
                    elem_id="facet-voice",
                )
            with gr.Column(scale=4, min_width=320):
                status = gr.Markdown(READY, elem_classes="facet-status", elem_id="facet-status", **text_only)
                filters = gr.CheckboxGroup(
                    choices=[], value=[], label=NO_FILTERS_LABEL, elem_classes="facet-filters",
                    elem_id="facet-filters",
                )
                gallery = gr.Gallery(
                    label="Matches", columns=GALLERY_COLUMNS, fit_columns=False, object_fit="contain", height="auto",
                    allow_preview=False, elem_classes="facet-gallery", elem_id="facet-cards",
                )
                with gr.Group(visible=False, elem_id="facet-detail") as detail:
                    with gr.Row(equal_height=False):
                        detail_image = gr.Image(
                            show_label=False, interactive=False, height=DETAIL_IMAGE_HEIGHT, container=False, min_width=160,
                        )
                        detail_text = gr.Markdown(elem_id="facet-detail-text", min_width=200, line_breaks=True, **text_only)
                    with gr.Row():
                        save = gr.Button(SAVE_LABEL, size="sm", variant="primary", elem_id="facet-save")
                        similar = gr.Button(SIMILAR_LABEL, size="sm", elem_id="facet-similar")
                compare_pick = gr.CheckboxGroup(choices=[], label=COMPARE_LABEL, visible=False, elem_id="facet-compare-pick")
                comparison = gr.Markdown(elem_classes="facet-compare", elem_id="facet-comparison", **text_only)
                with gr.Accordion(WISHLIST_LABEL, open=True, elem_id="facet-wishlist"):
                    wishlist_text = gr.Markdown(EMPTY_WISHLIST, elem_id="facet-wishlist-summary", **text_only)
                    wishlist = gr.Gallery(
                        show_label=False, columns=WISHLIST_COLUMNS, fit_columns=False, height=WISHLIST_HEIGHT, allow_preview=False,
                        visible=False, object_fit="contain", elem_id="facet-wishlist-cards",
                    )  # fmt: skip
        shown = [chatbot, status, filters, gallery, compare_pick, textbox, page]
        textbox.submit(chat.send, [textbox, page], shown, **private, **turns)
        for trigger in (voice.stop_recording, voice.upload):
            trigger(chat.send_voice, [voice, page], [*shown, voice], **private, **turns)
        for number, button in enumerate(examples):
            button.click(partial(chat.send_example, number), page, shown, **private, **turns)
        # always_last: a second click while the first is being answered runs after it, never instead of it
        last = {"trigger_mode": "always_last"}
        filters.input(chat.drop_filters, [filters, page], shown, **last, **private, **turns)
        similar.click(chat.find_similar, page, shown, **private, **turns)
        chatbot.clear(WebChat.start_over, page, [page, gallery, filters, compare_pick, status], **private)

        details = [detail, detail_image, detail_text, save, page]
        gallery.select(chat.select_card, page, details, **private, **lookups)
        wishlist.select(chat.select_saved, page, details, **private, **lookups)
        save.click(chat.toggle_wishlist, page, [wishlist, wishlist_text, save, page], **private, **lookups)
        compare_pick.change(  # also when a new search unticks everything: the old table goes
            chat.compare, [compare_pick, page], [comparison, page], **last, **private, **lookups
        )
        app.load(chat.page_status, None, status, **private)
        _add_turn_endpoint(chat, turns)
    return app


def _add_turn_endpoint(chat: WebChat, queue: dict) -> None:
    """Hidden components give the endpoint Gradio's upload checks: only files sent to this server are read."""
    text = gr.Textbox(visible=False)
    image = gr.File(file_types=["image"], type="filepath", visible=False)
    audio = gr.File(type="filepath", visible=False)
    reply = gr.JSON(visible=False)
    gr.Button(visible=False).click(chat.api_turn, [text, image, audio], reply, api_name="turn", **queue)


def serve(assistant: Assistant, host: str | None = None, port: int | None = None, **launch_kwargs):
    """Serve the chat on this machine only (no share link), loading the models in the background:
    the page opens at once and says so while they load. Returns the launched app."""
    ready = threading.Event()

    def warm_up() -> None:
        try:
            assistant.warm_up()
        except Exception:  # the first turn loads what is missing, and reports what fails
            log.exception("warm-up failed")
        finally:
            ready.set()

    threading.Thread(target=warm_up, name="facet-warm-up", daemon=True).start()
    server = assistant.settings.server
    app = build_app(assistant, ready)
    app.launch(
        server_name=host or server.host,
        server_port=port or server.port,
        share=False,
        show_error=True,
        allowed_paths=[str(root) for root in image_roots(assistant) if root.is_dir()],
        max_file_size=server.max_upload_bytes,
        css=CSS,
        **launch_kwargs,
    )
    return app
