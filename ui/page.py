"""The web chat's page: its layout, the events wired to WebChat's handlers (ui/web.py), and the
server. Only the images folder is served, uploads are capped, and the page's own events are not an
API: the one public endpoint is `turn`."""

from __future__ import annotations

import logging
import threading
from functools import partial

import gradio as gr

from assistant.answer import CURRENCY_SYMBOLS
from assistant.assistant import Assistant
from ui.cards import RELEVANCE, SORTS
from ui.compression import app_kwargs as compressed_document
from ui.theme import cards_script, header_html, page_css, page_theme
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

PAGE_TITLE = "{shop} — jewelry assistant"
TEXTBOX_PLACEHOLDER = "Describe what you're looking for, or attach or paste a photo…"
VOICE_LABEL = "🎤 Or say it — sent as soon as you stop recording or upload a clip"
CHAT_PLACEHOLDER = "**Hi, I'm {shop}'s assistant.** Tell me what you're looking for — a budget, a metal, a stone, an occasion."
COMPARE_LABEL = "Compare — tick 2 or 3 pieces"
WISHLIST_LABEL = "♡ Wishlist"
SORT_LABEL = "Sort"
BUDGET_FROM, BUDGET_TO = "Price from ({symbol})", "Price up to ({symbol})"

CHAT_HEIGHT = 520
WISHLIST_COLUMNS = 4
WISHLIST_HEIGHT = 240
CHAT_SCALE, SHOP_SCALE, MIN_COLUMN_WIDTH = 3, 4, 320
# The queues events wait in: turns go through the shared models, look-ups only read the catalog.
MODEL_QUEUE = "facet-models"
LOOKUP_QUEUE = "facet-lookups"
# The share link's ids, read from the page's own address in the browser (ui/web.py checks them).
SHARED_IDS_JS = "() => JSON.stringify(new URLSearchParams(window.location.search).getAll('saved'))"


def build_app(assistant: Assistant, ready: threading.Event | None = None) -> gr.Blocks:
    """The page. `ready` is set once the models are loaded (None: they are)."""
    chat = WebChat(assistant, image_roots(assistant), ready)
    settings = assistant.settings
    shop = settings.shop
    symbol = CURRENCY_SYMBOLS.get(settings.currency, settings.currency)
    turns = {"concurrency_id": MODEL_QUEUE, "concurrency_limit": settings.server.turn_concurrency}
    lookups = {"concurrency_id": LOOKUP_QUEUE, "concurrency_limit": settings.server.lookup_concurrency}
    # The page's own events: not an API (absent from the API page and from gradio_client); `turn` is.
    private = {"api_visibility": "private"}
    text_only = {"sanitize_html": True, "latex_delimiters": []}  # what is shown is escaped text already
    html = {"container": False, "padding": False, "apply_default_css": True}
    with gr.Blocks(title=PAGE_TITLE.format(shop=shop.name)) as app:
        page = gr.State(None)  # a Page, made on the tab's first event
        with gr.Row(equal_height=False, elem_id="facet-top"):
            gr.HTML(header_html(shop, settings.data_dir), js_on_load=None, elem_id="facet-header", scale=4, **html)
            contact = gr.HTML("", js_on_load=None, elem_id="facet-contact", scale=1, min_width=140, **html)
        with gr.Row(equal_height=False, elem_id="facet-main"):
            with gr.Column(scale=CHAT_SCALE, min_width=MIN_COLUMN_WIDTH, elem_id="facet-chat-column"):
                chatbot = gr.Chatbot(
                    label="Chat", show_label=False, height=CHAT_HEIGHT, buttons=["copy", "copy_all"], placeholder=CHAT_PLACEHOLDER.format(shop=shop.name),
                    feedback_options=None, layout="bubble", group_consecutive_messages=False, elem_classes="facet-chat",
                    elem_id="facet-chat", **text_only,
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
            with gr.Column(scale=SHOP_SCALE, min_width=MIN_COLUMN_WIDTH, elem_id="facet-shop-column"):
                status = gr.Markdown(READY, elem_classes="facet-status", elem_id="facet-status", **text_only)
                filters = gr.CheckboxGroup(
                    choices=[], value=[], label=NO_FILTERS_LABEL, elem_classes="facet-filters", elem_id="facet-filters",
                )
                cards = gr.HTML("", js_on_load=cards_script(), elem_id="facet-cards", **html)
                guide = gr.HTML("", js_on_load=None, elem_id="facet-guide", **html)
                with gr.Group(visible=False, elem_id="facet-detail") as detail:
                    with gr.Row(equal_height=False):
                        detail_image = gr.HTML("", js_on_load=cards_script(), elem_id="facet-detail-photo", min_width=160, **html)
                        with gr.Column(min_width=200):
                            detail_text = gr.Markdown(elem_id="facet-detail-text", line_breaks=True, **text_only)
                            extras = gr.HTML("", js_on_load=None, elem_id="facet-detail-links", **html)
                    with gr.Row():
                        save = gr.Button(SAVE_LABEL, size="sm", variant="primary", elem_id="facet-save")
                        similar = gr.Button(SIMILAR_LABEL, size="sm", elem_id="facet-similar")
                with gr.Row(elem_id="facet-tools", equal_height=False):
                    sort = gr.Dropdown(list(SORTS), value=RELEVANCE, label=SORT_LABEL, elem_id="facet-sort", min_width=160)
                    low = gr.Slider(0, 1, value=0, step=1, label=BUDGET_FROM.format(symbol=symbol), elem_id="facet-price-low", min_width=140)
                    high = gr.Slider(0, 1, value=1, step=1, label=BUDGET_TO.format(symbol=symbol), elem_id="facet-price-high", min_width=140)
                compare_pick = gr.CheckboxGroup(choices=[], label=COMPARE_LABEL, visible=False, elem_id="facet-compare-pick")
                comparison = gr.Markdown(elem_classes="facet-compare", elem_id="facet-comparison", **text_only)
                with gr.Accordion(WISHLIST_LABEL, open=True, elem_id="facet-wishlist"):
                    wishlist_text = gr.Markdown(EMPTY_WISHLIST, elem_id="facet-wishlist-summary", **text_only)
                    wishlist = gr.Gallery(
                        show_label=False, columns=WISHLIST_COLUMNS, fit_columns=False, height=WISHLIST_HEIGHT, allow_preview=False,
                        visible=False, object_fit="contain", elem_id="facet-wishlist-cards",
                    )  # fmt: skip
                    wishlist_actions = gr.HTML("", js_on_load=None, elem_id="facet-wishlist-actions", **html)
        shared = gr.Textbox(visible=False)  # the share link's ids, read by SHARED_IDS_JS

        shown = [chatbot, status, filters, cards, guide, compare_pick, low, high, contact, textbox, page]
        textbox.submit(chat.send, [textbox, page], shown, **private, **turns)
        for trigger in (voice.stop_recording, voice.upload):
            trigger(chat.send_voice, [voice, page], [*shown, voice], **private, **turns)
        for number, button in enumerate(examples):
            button.click(partial(chat.send_example, number), page, shown, **private, **turns)
        # always_last: a second click while the first is being answered runs after it, never instead of it
        last = {"trigger_mode": "always_last"}
        filters.input(chat.drop_filters, [filters, page], shown, **last, **private, **turns)
        for handle in (low, high):
            handle.release(chat.set_budget, [low, high, page], shown, **last, **private, **turns)
        similar.click(chat.find_similar, page, shown, **private, **turns)
        chatbot.clear(chat.start_over, page, [page, cards, guide, filters, compare_pick, status, low, high], **private)

        details = [detail, detail_image, detail_text, extras, save, page]
        cards.select(chat.select_card, page, details, **private, **lookups)
        wishlist.select(chat.select_saved, page, details, **private, **lookups)
        sort.input(chat.sort_cards, [sort, page], [cards, page], **private, **lookups)
        save.click(chat.toggle_wishlist, page, [wishlist, wishlist_text, wishlist_actions, contact, save, page], **private, **lookups)
        compare_pick.change(  # also when a new search unticks everything: the old table goes
            chat.compare, [compare_pick, page], [comparison, page], **last, **private, **lookups
        )
        opened = [status, low, high, wishlist, wishlist_text, wishlist_actions, contact, page]
        app.load(chat.open_page, shared, opened, js=SHARED_IDS_JS, **private, **lookups)
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
    """Serve the chat on this machine only (no share link), loading the models in the background,
    then reading ahead what the first turn would read of the catalog: the page opens at once and
    says so while the models load. Returns the launched app."""
    ready = threading.Event()

    def warm_up() -> None:
        try:
            assistant.warm_up()
        except Exception:  # the first turn loads what is missing, and reports what fails
            log.exception("warm-up failed")
        finally:
            ready.set()
        try:  # then what the first turn would read (a big catalog's titles and BM25: minutes)
            assistant.read_catalog_ahead()
        except Exception:  # the first turn reads it again, and reports what fails
            log.exception("reading the catalog ahead failed")

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
        css=page_css(assistant.settings.shop),
        theme=page_theme(),
        footer_links=[],  # a shop's widget: no "built with" or settings links under the chat
        app_kwargs=compressed_document(),
        **launch_kwargs,
    )
    return app
