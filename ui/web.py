"""The web chat: Facet in a browser (Gradio). Presentation only: every decision is the Assistant's,
and every bit of conversation state (filters, what is on screen, comparisons, the wishlist) lives
in the tab's Session.

Each browser tab keeps its own conversation in a gr.State; the `turn` API endpoint starts a
fresh conversation on every call, so no two clients ever share one. The page's own events are
callable by programs too (undocumented, for the load test), each with the caller's own session.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import gradio as gr
from PIL import Image

from assistant.answer import format_price
from assistant.assistant import Assistant, EmptyQueryError, Reply, Result, SelectionError
from assistant.conversation import Session
from perception.errors import AudioError, ImageError, NoSpeechError, PerceptionError

log = logging.getLogger(__name__)

PAGE_TITLE = "Facet — jewelry assistant"
INTRO = (
    "# 💍 Facet\n"
    "Ask for jewelry in your own words, attach or paste a photo of a piece you like, or just say it out loud."
)
EXAMPLE_PROMPTS = ("rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone")
TEXTBOX_PLACEHOLDER = "Describe what you're looking for, or attach or paste a photo…"
VOICE_LABEL = "🎤 Or say it — sent as soon as you stop recording or upload a clip"
VOICE_PREFIX = "🎤 "
UNHEARD_VOICE = "(voice message)"
CHAT_PLACEHOLDER = "**Hi, I'm Facet.** Tell me what you're looking for — a budget, a metal, a stone, an occasion."
NO_STONE = "none"  # Result.gemstone of a piece without a stone

FILTERS_LABEL = "Filters — untick one to drop it and search again"
NO_FILTERS_LABEL = "Filters — none yet: mention a budget, a metal or a stone"
WHY_PREFIX = "Why: "
COMPARE_LABEL = "Compare — tick 2 or 3 pieces"
WISHLIST_LABEL = "♡ Wishlist"
EMPTY_WISHLIST = "Nothing saved yet — click a piece, then **♡ Save to wishlist**."
SAVE_LABEL = "♡ Save to wishlist"
SAVED_LABEL = "♥ Saved — remove from wishlist"
SIMILAR_LABEL = "🔍 Find similar"
DROPPED_PREFIX = "✕ Drop filter: "

# The status line over the cards: progress on slow steps, then what to do next.
SEARCHING = "🔎 Searching the catalog…"
LISTENING = "🎧 Listening to your recording…"
LOOKING = "📷 Looking at your photo…"
MODELS_LOADING = "⏳ I'm still loading my models (only on the first start) — your answer follows in a moment."
READY = "Ask away — type, attach a photo, or record your voice."
RESULTS_HINT = "{n} {pieces} — click one for details, to save it, or to find similar pieces."
NO_RESULTS = "No pieces match all of your filters — untick one above to widen the search."
CLOSEST = "Nothing matches every filter; these are the closest pieces, each labelled with what differs. Untick a filter to widen the search."
CONFIRM_HINT = "🎧 I'm not sure I heard that right: check the words in the message box, edit them if needed, and send."
SAW_PREFIX = "📷 What I saw in your photo: "
SAW_DEFAULT = "I compared it with the picture of every piece in the catalog."
COMPARE_MORE = "Tick one more piece to compare."

CHAT_HEIGHT = 520
GALLERY_COLUMNS = 3
WISHLIST_COLUMNS = 4
WISHLIST_HEIGHT = 240
DETAIL_IMAGE_HEIGHT = 240
PLACEHOLDER_SIZE = (256, 256)
PLACEHOLDER_COLOR = "#eeeeee"
# The queues events wait in: turns go through the shared models, look-ups only read the catalog.
MODEL_QUEUE = "facet-models"
LOOKUP_QUEUE = "facet-lookups"

# Most specific first: NoSpeechError is an AudioError.
ERROR_LEADS = (
    (NoSpeechError, "Sorry — I didn't catch any speech"),
    (AudioError, "Sorry — I couldn't use that recording"),
    (ImageError, "Sorry — I couldn't read that photo"),
)
EMPTY_QUERY_REPLY = "Tell me what you're looking for: type it, attach a photo, or record your voice."
USER_ERRORS = (PerceptionError, EmptyQueryError, SelectionError)
UNEXPECTED_ERROR = "Sorry — something went wrong on my side. Please try again."

# What every event that searches updates, in this order.
SEARCH_OUTPUTS = ("chat", "status", "filters", "cards", "compare", "textbox", "session")

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


def error_message(error: Exception) -> str:
    """The friendly one-line reply for a user error."""
    if isinstance(error, EmptyQueryError):
        return EMPTY_QUERY_REPLY
    reason = " ".join(str(error).split())
    lead = next((lead for kind, lead in ERROR_LEADS if isinstance(error, kind)), "Sorry")
    return f"{lead}: {reason}"


def card_caption(result: Result) -> str:
    """'Title — $price · metal · stone · stock', then why it matched on the next line."""
    facts = [format_price(result.price, result.currency), result.metal]
    if result.gemstone and result.gemstone != NO_STONE:
        facts.append(result.gemstone)
    facts.append("in stock" if result.in_stock else "out of stock")
    return f"{result.title} — {' · '.join(facts)}\n{WHY_PREFIX}{result.why}"


def reply_json(reply: Reply) -> dict:
    """The CLI's --json contract, plus the constraint labels and each result's facts (not its server path)."""
    data = reply.to_json()
    data["constraint_labels"] = reply.constraint_labels
    data["results"] = [
        {**shown, "category": r.category, "metal": r.metal, "gemstone": r.gemstone, "in_stock": r.in_stock}
        for shown, r in zip(data["results"], reply.results)
    ]
    return data


def filters_update(labels: list[str]) -> dict:
    """Every filter in force, ticked: unticking one drops it."""
    return gr.update(choices=labels, value=labels, label=FILTERS_LABEL if labels else NO_FILTERS_LABEL)


def compare_update(results: list[Result]) -> dict:
    """The pieces on screen, to tick for a comparison, none ticked."""
    choices = [(f"{n}. {r.title} — {format_price(r.price, r.currency)}", r.id) for n, r in enumerate(results, 1)]
    return gr.update(choices=choices, value=[], visible=bool(choices))


def what_was_seen(reply: Reply) -> str:
    """What the assistant made of the photo ("a rose-gold ring with a pink stone")."""
    return reply.seen or SAW_DEFAULT


def status_line(reply: Reply, photo_sent: bool) -> str:
    """What the shopper sees over the cards once the results are in."""
    if reply.intent == "confirm":
        return CONFIRM_HINT
    lines = [SAW_PREFIX + what_was_seen(reply)] if photo_sent else []
    if reply.intent == "search" and not reply.results:
        lines.append(NO_RESULTS)
    elif any(result.relaxed for result in reply.results):
        lines.append(CLOSEST)
    elif reply.results:
        n = len(reply.results)
        lines.append(RESULTS_HINT.format(n=n, pieces="piece" if n == 1 else "pieces"))
    return "  \n".join(lines)


def wishlist_summary(saved: list[Result]) -> str:
    if not saved:
        return EMPTY_WISHLIST
    currencies = {r.currency for r in saved}
    total = f" · {format_price(sum(r.price for r in saved), currencies.pop())} in all" if len(currencies) == 1 else ""
    return f"**{len(saved)} saved**{total}"


class WebChat:
    """The event handlers, kept apart from the layout so they can be called directly.

    Every handler that searches yields tuples in SEARCH_OUTPUTS order."""

    def __init__(self, assistant: Assistant, image_roots: list[Path] | None = None, ready: threading.Event | None = None):
        self.assistant = assistant
        self.image_roots = [Path(root).resolve() for root in (image_roots or [])]
        self._placeholder = Image.new("RGB", PLACEHOLDER_SIZE, PLACEHOLDER_COLOR)
        if ready is None:  # the caller warmed the models up already
            ready = threading.Event()
            ready.set()
        self.ready = ready

    # --- turns ---------------------------------------------------------------------------------

    def send(self, message: dict | None, history: list, session: Session | None):
        """A typed message and/or an attached photo."""
        message = message or {}
        text = (message.get("text") or "").strip()
        photo = next(iter(message.get("files") or []), None)
        sent = [_user({"path": photo})] if photo else []
        sent += [_user(text)] if text else []
        progress = LOOKING if photo else SEARCHING
        stream = lambda session: self.assistant.turn_stream(text=text, image=photo, session=session)  # noqa: E731
        yield from self._run(history, session, sent, stream, progress, photo_sent=photo is not None, clears_textbox=True)

    def send_voice(self, audio: str | None, history: list, session: Session | None):
        """A recording or an uploaded clip: SEARCH_OUTPUTS, then the cleared recorder."""
        if audio is None:  # the recorder was cleared, nothing was said
            yield history, *[gr.skip()] * (len(SEARCH_OUTPUTS) - 2), session, None
            return
        stream = lambda session: self.assistant.turn_stream(audio=audio, session=session)  # noqa: E731
        for update in self._run(history, session, [], stream, LISTENING, voice=True):
            yield *update, None

    def send_example(self, prompt: str, history: list, session: Session | None = None):
        """An example starts a new search: the filters of the chat so far don't apply to it."""
        yield from self.send({"text": prompt}, history, _fresh(session))

    def drop_filters(self, kept: list[str] | None, history: list, session: Session | None):
        """The shopper unticked filters: drop them and run the search on screen again."""
        session = session if session is not None else Session()
        dropped = [label for label in self.assistant.filters(session) if label not in (kept or [])]
        if not dropped:
            yield history, *[gr.skip()] * (len(SEARCH_OUTPUTS) - 2), session
            return
        sent = [_user(DROPPED_PREFIX + ", ".join(dropped))]
        stream = lambda session: self.assistant.remove_filters(session, dropped)  # noqa: E731
        yield from self._run(history, session, sent, stream, SEARCHING)

    def find_similar(self, item_id: str, history: list, session: Session | None):
        """Pieces like the selected one, under the filters in force."""
        session = session if session is not None else Session()
        if not item_id:
            yield history, *[gr.skip()] * (len(SEARCH_OUTPUTS) - 2), session
            return
        stream = lambda session: self.assistant.more_like(session, item_id)  # noqa: E731
        yield from self._run(history, session, [_user(SIMILAR_LABEL)], stream, SEARCHING)

    @staticmethod
    def start_over(session: Session | None = None):
        """The chat was cleared: a new conversation, nothing on screen; the wishlist stays.
        -> session, cards, filters, compare, status."""
        return _fresh(session), [], filters_update([]), compare_update([]), READY

    def api_turn(self, text: str | None, image: str | None, audio: str | None) -> dict:
        """The `turn` endpoint: one stateless turn, JSON out; user errors come back as gr.Error."""
        self.ready.wait()
        try:
            reply = self.assistant.turn(text=text, image=image, audio=audio, session=Session())
        except USER_ERRORS as error:
            raise gr.Error(error_message(error), print_exception=False) from error
        return reply_json(reply)

    def page_status(self) -> str:
        """The status line when the page opens."""
        return READY if self.ready.is_set() else MODELS_LOADING

    def _run(self, history, session, sent, stream, progress, photo_sent=False, voice=False, clears_textbox=False):
        """Streams SEARCH_OUTPUTS for one turn: the shopper's message and a progress line at once,
        the cards as soon as they are ready, then the answer as it is written. On an error the
        cards and filters stay as they were and the chat says what went wrong."""
        session = session if session is not None else Session()
        history = list(history or [])
        skip = gr.skip()
        textbox = None if clears_textbox else skip
        shown = history + sent
        if voice:
            shown = shown + [_user(VOICE_PREFIX + "…")]
        waiting = not self.ready.is_set()
        yield shown, MODELS_LOADING if waiting else progress, skip, skip, skip, textbox, session
        if waiting:
            self.ready.wait()
            yield shown, progress, skip, skip, skip, skip, session
        try:
            for event in stream(session):
                reply = event.reply
                if event.kind == "results":
                    if reply.transcript is not None:
                        sent = sent + [_user(VOICE_PREFIX + reply.transcript)]
                    chat = history + sent + [_assistant("" if self.assistant.writer else reply.answer)]
                    shows_items = bool(reply.results) or reply.intent == "search"
                    cards = [(self._card_image(r.image), card_caption(r)) for r in reply.results] if shows_items else skip
                    compare = compare_update(reply.results) if shows_items else skip
                    retyped = {"text": reply.transcript, "files": []} if reply.intent == "confirm" else skip
                    filters = filters_update(self.assistant.filters(session))
                    yield chat, status_line(reply, photo_sent), filters, cards, compare, retyped, session
                    continue
                if event.kind == "token":
                    chat[-1] = _assistant(chat[-1]["content"] + event.text)
                elif event.kind == "restart":
                    chat[-1] = _assistant("")
                elif event.kind == "done":
                    chat[-1] = _assistant(reply.answer)
                yield chat, skip, skip, skip, skip, skip, session
        except USER_ERRORS as error:
            yield self._apology(history, sent, voice, error_message(error)), "", skip, skip, skip, skip, session
        except Exception:  # a bug must not take the chat down; the log keeps the trace
            log.exception("turn failed")
            yield self._apology(history, sent, voice, UNEXPECTED_ERROR), "", skip, skip, skip, skip, session

    @staticmethod
    def _apology(history: list, sent: list[dict], voice: bool, text: str) -> list[dict]:
        if voice and not any(str(m["content"]).startswith(VOICE_PREFIX) for m in sent):
            sent = sent + [_user(VOICE_PREFIX + UNHEARD_VOICE)]  # no transcript: still show something was said
        return history + sent + [_assistant(text)]

    # --- the pieces on screen --------------------------------------------------------------------

    def select_card(self, session: Session | None, evt: gr.SelectData):
        """A card was clicked: its details. -> detail panel, picture, text, selected id, save button, session."""
        session = session if session is not None else Session()
        shown = session.shown
        return self._details(session, shown[evt.index] if 0 <= evt.index < len(shown) else None)

    def select_saved(self, session: Session | None, evt: gr.SelectData):
        """A piece in the wishlist was clicked: its details."""
        session = session if session is not None else Session()
        saved = session.wishlist
        return self._details(session, saved[evt.index] if 0 <= evt.index < len(saved) else None)

    def details(self, item_id: str, session: Session | None):
        """The details of one piece by id (what a click on its card shows)."""
        return self._details(session if session is not None else Session(), item_id)

    def _details(self, session: Session, item_id: str | None):
        if not item_id:
            return gr.update(visible=False), None, "", "", SAVE_LABEL, session
        try:
            reply = self.assistant.details(session, item_id)
        except SelectionError as error:
            return gr.update(visible=True), None, error_message(error), "", SAVE_LABEL, session
        result = reply.results[0]
        picture = self._card_image(result.image)
        return gr.update(visible=True), picture, reply.answer, item_id, _save_label(item_id, session), session

    def toggle_wishlist(self, item_id: str, session: Session | None):
        """Save or unsave the selected piece. -> wishlist cards, summary, save button, session."""
        session = session if session is not None else Session()
        if item_id:
            try:
                self.assistant.toggle_wishlist(session, item_id)
            except SelectionError as error:
                return gr.skip(), error_message(error), SAVE_LABEL, session
        saved = self.assistant.wishlist(session)
        cards = [(self._card_image(r.image), f"{r.title} — {format_price(r.price, r.currency)}") for r in saved]
        return gr.update(value=cards, visible=bool(cards)), wishlist_summary(saved), _save_label(item_id, session), session

    def compare(self, item_ids: list[str] | None, session: Session | None):
        """The ticked pieces side by side. -> comparison table, session."""
        session = session if session is not None else Session()
        if len(item_ids or []) < 2:
            return COMPARE_MORE if item_ids else "", session
        try:
            return self.assistant.compare(session, list(item_ids)).answer, session
        except SelectionError as error:
            return error_message(error), session

    def _card_image(self, image: str):
        """A path Gradio may serve, a URL, or the picture itself when its folder is not shared."""
        if image.startswith(("http://", "https://")):
            return image
        path = Path(image).resolve() if image else None
        if path is None or not path.is_file():
            return self._placeholder
        if any(path.is_relative_to(root) for root in self.image_roots):
            return str(path)
        try:
            with Image.open(path) as picture:
                return picture.convert("RGB")
        except OSError:  # unreadable: the card still shows its caption
            return self._placeholder


def _fresh(session: Session | None) -> Session:
    """A new conversation that keeps the shopper's wishlist."""
    return Session(wishlist=list(session.wishlist)) if session is not None else Session()


def _save_label(item_id: str, session: Session) -> str:
    return SAVED_LABEL if item_id and item_id in session.wishlist else SAVE_LABEL


def _user(content: str | dict) -> dict:
    return {"role": "user", "content": content}


def _assistant(text: str) -> dict:
    return {"role": "assistant", "content": text}


def image_roots(assistant: Assistant) -> list[Path]:
    """The folders the web server may serve product images from."""
    return [Path(assistant.settings.data_dir).resolve()]


def build_app(assistant: Assistant, ready: threading.Event | None = None) -> gr.Blocks:
    """The page. `ready` is set once the models are loaded (None: they are)."""
    chat = WebChat(assistant, image_roots(assistant), ready)
    server = assistant.settings.server
    turns = {"concurrency_id": MODEL_QUEUE, "concurrency_limit": server.turn_concurrency}
    lookups = {"concurrency_id": LOOKUP_QUEUE, "concurrency_limit": server.lookup_concurrency}
    # The page's events: callable by programs (the load test), but not advertised; `turn` is the API.
    page = {"api_visibility": "undocumented"}
    with gr.Blocks(title=PAGE_TITLE) as app:
        session = gr.State(None)  # a Session, made on the tab's first turn
        gr.Markdown(INTRO)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chatbot = gr.Chatbot(
                    label="Chat", height=CHAT_HEIGHT, placeholder=CHAT_PLACEHOLDER, feedback_options=None,
                    layout="bubble", group_consecutive_messages=False, elem_classes="facet-chat", elem_id="facet-chat",
                )
                textbox = gr.MultimodalTextbox(
                    placeholder=TEXTBOX_PLACEHOLDER, file_types=["image"], file_count="single", sources=["upload"],
                    show_label=False, elem_id="facet-input",
                )
                with gr.Row(elem_classes="facet-examples"):
                    examples = [gr.Button(prompt, size="sm", variant="secondary") for prompt in EXAMPLE_PROMPTS]
                voice = gr.Audio(
                    sources=["microphone", "upload"], type="filepath", label=VOICE_LABEL, elem_classes="facet-voice",
                    elem_id="facet-voice",
                )
            with gr.Column(scale=4, min_width=320):
                status = gr.Markdown(READY, elem_classes="facet-status", elem_id="facet-status")
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
                        detail_text = gr.Markdown(elem_id="facet-detail-text", min_width=200)
                    with gr.Row():
                        save = gr.Button(SAVE_LABEL, size="sm", variant="primary", elem_id="facet-save")
                        similar = gr.Button(SIMILAR_LABEL, size="sm", elem_id="facet-similar")
                selected = gr.Textbox(visible=False)  # the id of the piece in the detail panel
                compare_pick = gr.CheckboxGroup(choices=[], label=COMPARE_LABEL, visible=False, elem_id="facet-compare-pick")
                comparison = gr.Markdown(elem_classes="facet-compare", elem_id="facet-comparison")
                with gr.Accordion(WISHLIST_LABEL, open=True, elem_id="facet-wishlist"):
                    wishlist_text = gr.Markdown(EMPTY_WISHLIST, elem_id="facet-wishlist-summary")
                    wishlist = gr.Gallery(
                        show_label=False, columns=WISHLIST_COLUMNS, fit_columns=False, height=WISHLIST_HEIGHT, allow_preview=False,
                        visible=False,
                        object_fit="contain", elem_id="facet-wishlist-cards",
                    )
        shown = [chatbot, status, filters, gallery, compare_pick, textbox, session]
        textbox.submit(chat.send, [textbox, chatbot, session], shown, api_name="send", **page, **turns)
        for trigger in (voice.stop_recording, voice.upload):
            trigger(chat.send_voice, [voice, chatbot, session], [*shown, voice], api_name="voice", **page, **turns)
        for button in examples:
            button.click(chat.send_example, [button, chatbot, session], shown, api_name="example", **page, **turns)
        # always_last: a second click while the first is being answered runs after it, never instead of it
        last = {"trigger_mode": "always_last"}
        filters.input(chat.drop_filters, [filters, chatbot, session], shown, api_name="drop_filters", **last, **page, **turns)
        similar.click(chat.find_similar, [selected, chatbot, session], shown, api_name="find_similar", **page, **turns)
        chatbot.clear(WebChat.start_over, session, [session, gallery, filters, compare_pick, status], api_visibility="private")

        details = [detail, detail_image, detail_text, selected, save, session]
        gallery.select(chat.select_card, session, details, api_visibility="private", **lookups)
        wishlist.select(chat.select_saved, session, details, api_visibility="private", **lookups)
        gr.Button(visible=False).click(chat.details, [selected, session], details, api_name="details", **page, **lookups)
        save.click(chat.toggle_wishlist, [selected, session], [wishlist, wishlist_text, save, session],
                   api_name="toggle_wishlist", **page, **lookups)  # fmt: skip
        compare_pick.change(  # also when a new search unticks everything: the old table goes
            chat.compare, [compare_pick, session], [comparison, session], api_name="compare", **last, **page, **lookups
        )
        app.load(chat.page_status, None, status, api_visibility="private")
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
        allowed_paths=[str(root) for root in image_roots(assistant)],
        css=CSS,
        **launch_kwargs,
    )
    return app
