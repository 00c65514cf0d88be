"""The web chat: Facet in a browser (Gradio). Presentation only: every decision is the Assistant's,
and every bit of conversation state (filters, what is on screen, comparisons, the wishlist) lives
in the tab's Session.

What the page shows is kept on the server, never taken back from the browser: each tab's `Page`
(its Session, its chat as shown, the piece in the details panel) is a gr.State. The page's events
take only what a shopper types, ticks or uploads; files are accepted only from Gradio's upload
folder, and only the images folder is served. Everything from the catalog or the shopper is
shown as text (ui/markup.py). The one public API is `turn`, a fresh conversation per call.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import gradio as gr
from gradio.utils import get_upload_folder
from PIL import Image

from assistant.answer import format_price
from assistant.assistant import Assistant, EmptyQueryError, InputError, Reply, Result
from assistant.conversation import Session
from perception.errors import AudioError, ImageError, NoSpeechError, PerceptionError
from retrieval.rows import CatalogError
from retrieval.store import IndexChangedError
from ui.markup import plain, table

log = logging.getLogger(__name__)

EXAMPLE_PROMPTS = ("rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone")
VOICE_PREFIX = "🎤 "
UNHEARD_VOICE = "(voice message)"
NO_STONE = "none"  # Result.gemstone of a piece without a stone

FILTERS_LABEL = "Filters — untick one to drop it and search again"
NO_FILTERS_LABEL = "Filters — none yet: mention a budget, a metal or a stone"
WHY_PREFIX = "Why: "
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

PLACEHOLDER_SIZE = (256, 256)
PLACEHOLDER_COLOR = "#eeeeee"

# Most specific first: NoSpeechError is an AudioError.
ERROR_LEADS = (
    (NoSpeechError, "Sorry — I didn't catch any speech"),
    (AudioError, "Sorry — I couldn't use that recording"),
    (ImageError, "Sorry — I couldn't read that photo"),
)
EMPTY_QUERY_REPLY = "Tell me what you're looking for: type it, attach a photo, or record your voice."
USER_ERRORS = (PerceptionError, InputError, IndexChangedError, CatalogError)
NOT_UPLOADED = "that file was not uploaded to this chat"
UNEXPECTED_ERROR = "Sorry — something went wrong on my side. Please try again."

# What every event that searches updates, in this order.
SEARCH_OUTPUTS = ("chat", "status", "filters", "cards", "compare", "textbox", "page")
DETAIL_OUTPUTS = ("detail", "picture", "text", "save", "page")
WISHLIST_OUTPUTS = ("wishlist", "summary", "save", "page")



def error_message(error: Exception) -> str:
    """The friendly one-line reply for a user error."""
    if isinstance(error, EmptyQueryError):
        return EMPTY_QUERY_REPLY
    reason = " ".join(str(error).split())
    lead = next((lead for kind, lead in ERROR_LEADS if isinstance(error, kind)), "Sorry")
    return f"{lead}: {reason}"


def card_caption(result: Result) -> str:
    """'Title — $price · metal · stone · stock', then why it matched on the next line (a gallery
    caption is plain text: no escaping needed)."""
    facts = [format_price(result.price, result.currency), result.metal]
    if result.gemstone and result.gemstone != NO_STONE:
        facts.append(result.gemstone)
    facts.append("in stock" if result.in_stock else "out of stock")
    return f"{result.title} — {' · '.join(facts)}\n{WHY_PREFIX}{result.why}"


def reply_json(reply: Reply) -> dict:
    """The CLI's --json contract, plus the intent, the constraint labels and each result's facts
    (not its server path)."""
    data = reply.to_json()
    data["intent"] = reply.intent
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


def status_line(reply: Reply, photo_sent: bool) -> str:
    """What the shopper sees over the cards once the results are in (Markdown, every line escaped)."""
    if reply.intent == "confirm":
        return plain(CONFIRM_HINT)
    lines = [SAW_PREFIX + (reply.seen or SAW_DEFAULT)] if photo_sent else []
    if reply.intent == "search" and not reply.results:
        lines.append(NO_RESULTS)
    elif any(result.relaxed for result in reply.results):
        lines.append(CLOSEST)
    elif reply.results:
        n = len(reply.results)
        lines.append(RESULTS_HINT.format(n=n, pieces="piece" if n == 1 else "pieces"))
    return "  \n".join(plain(line) for line in lines)


def wishlist_summary(saved: list[Result]) -> str:
    if not saved:
        return EMPTY_WISHLIST
    currencies = {r.currency for r in saved}
    total = f" · {format_price(sum(r.price for r in saved), currencies.pop())} in all" if len(currencies) == 1 else ""
    return f"**{len(saved)} saved**{plain(total)}"


@dataclass
class Message:
    """One chat message as sent or written, before it is drawn: text, or an uploaded photo."""

    role: str
    text: str = ""
    photo: str | None = None

    def shown(self) -> dict:
        return {"role": self.role, "content": {"path": self.photo} if self.photo else plain(self.text)}


@dataclass
class Page:
    """One browser tab, kept on the server: its conversation, its chat and the piece in its
    details panel. The browser sends back only what the shopper typed, ticked or uploaded."""

    session: Session = field(default_factory=Session)
    chat: list[Message] = field(default_factory=list)
    selected: str | None = None

    def fresh(self) -> Page:
        """A new conversation that keeps the shopper's wishlist."""
        return Page(Session(wishlist=list(self.session.wishlist)))

    def shown_chat(self) -> list[dict]:
        return [message.shown() for message in self.chat]


class WebChat:
    """The event handlers, kept apart from the layout so they can be called directly.

    Every handler that searches yields tuples in SEARCH_OUTPUTS order."""

    def __init__(
        self, assistant: Assistant, image_roots: list[Path] | None = None, ready: threading.Event | None = None,
        upload_roots: list[Path] | None = None,
    ):  # fmt: skip
        self.assistant = assistant
        self.image_roots = [Path(root).resolve() for root in (image_roots or [])]
        # Where files the shopper sent may be read from: Gradio's upload folder.
        self.upload_roots = [Path(root).resolve() for root in (upload_roots or [get_upload_folder()])]
        self._placeholder = Image.new("RGB", PLACEHOLDER_SIZE, PLACEHOLDER_COLOR)
        if ready is None:  # the caller warmed the models up already
            ready = threading.Event()
            ready.set()
        self.ready = ready

    # --- turns ---------------------------------------------------------------------------------

    def send(self, message: dict | None, page: Page | None):
        """A typed message and/or an attached photo."""
        page = page or Page()
        message = message or {}
        text = str(message.get("text") or "").strip()
        photo = _file_path(next(iter(message.get("files") or []), None))
        sent = [Message("user", photo=photo)] if photo else []
        sent += [Message("user", text)] if text else []

        def stream(session: Session):
            return self.assistant.turn_stream(text=text, image=self._uploaded(photo, ImageError), session=session)

        progress = LOOKING if photo else SEARCHING
        yield from self._run(page, sent, stream, progress, photo_sent=photo is not None, clears_textbox=True)

    def send_voice(self, audio: str | None, page: Page | None):
        """A recording or an uploaded clip: SEARCH_OUTPUTS, then the cleared recorder."""
        page = page or Page()
        if audio is None:  # the recorder was cleared, nothing was said
            yield *self._unchanged(page), None
            return

        def stream(session: Session):
            return self.assistant.turn_stream(audio=self._uploaded(_file_path(audio), AudioError), session=session)

        for update in self._run(page, [], stream, LISTENING, voice=True):
            yield *update, None

    def send_example(self, number: int, page: Page | None):
        """Example prompt `number` starts a new search: the filters of the chat so far don't apply to it."""
        page = page or Page()
        fresh = page.fresh()
        fresh.chat = page.chat
        yield from self.send({"text": EXAMPLE_PROMPTS[number]}, fresh)

    def drop_filters(self, kept: list[str] | None, page: Page | None):
        """The shopper unticked filters: drop them and run the search on screen again."""
        page = page or Page()
        dropped = [label for label in self.assistant.filters(page.session) if label not in (kept or [])]
        if not dropped:
            yield self._unchanged(page)
            return
        sent = [Message("user", DROPPED_PREFIX + ", ".join(dropped))]
        stream = lambda session: self.assistant.remove_filters(session, dropped)  # noqa: E731
        yield from self._run(page, sent, stream, SEARCHING)

    def find_similar(self, page: Page | None):
        """Pieces like the one in the details panel, under the filters in force."""
        page = page or Page()
        if not page.selected:
            yield self._unchanged(page)
            return
        item_id = page.selected
        stream = lambda session: self.assistant.more_like(session, item_id)  # noqa: E731
        yield from self._run(page, [Message("user", SIMILAR_LABEL)], stream, SEARCHING)

    @staticmethod
    def start_over(page: Page | None = None):
        """The chat was cleared: a new conversation, nothing on screen; the wishlist stays.
        -> page, cards, filters, compare, status."""
        return (page or Page()).fresh(), [], filters_update([]), compare_update([]), READY

    def api_turn(self, text: str | None, image: str | None, audio: str | None) -> dict:
        """The `turn` endpoint: one stateless turn, JSON out; user errors come back as gr.Error."""
        self.ready.wait()
        try:
            reply = self.assistant.turn(
                text=text, image=self._uploaded(_file_path(image), ImageError),
                audio=self._uploaded(_file_path(audio), AudioError), session=Session(),
            )  # fmt: skip
        except USER_ERRORS as error:
            raise gr.Error(error_message(error), print_exception=False) from error
        return reply_json(reply)

    def page_status(self) -> str:
        """The status line when the page opens."""
        return READY if self.ready.is_set() else MODELS_LOADING

    def _uploaded(self, path: str | None, error: type[PerceptionError]) -> str | None:
        """A file the shopper sent, only from the upload folder: no input names a server file."""
        if path is None:
            return None
        resolved = Path(path).resolve()
        if not any(resolved.is_relative_to(root) for root in self.upload_roots):
            raise error(NOT_UPLOADED)
        return str(resolved)

    def _unchanged(self, page: Page) -> tuple:
        return page.shown_chat(), *[gr.skip()] * (len(SEARCH_OUTPUTS) - 2), page

    def _run(self, page, sent, stream, progress, photo_sent=False, voice=False, clears_textbox=False):
        """Streams SEARCH_OUTPUTS for one turn: the shopper's message and a progress line at once,
        the cards as soon as they are ready, then the answer as it is written. On an error the
        cards and filters stay as they were and the chat says what went wrong."""
        skip = gr.skip()
        textbox = None if clears_textbox else skip
        page.chat = page.chat + sent
        if voice:
            page.chat.append(Message("user", VOICE_PREFIX + "…"))
        waiting = not self.ready.is_set()
        yield page.shown_chat(), MODELS_LOADING if waiting else progress, skip, skip, skip, textbox, page
        if waiting:
            self.ready.wait()
            yield page.shown_chat(), progress, skip, skip, skip, skip, page
        try:
            for event in stream(page.session):
                reply = event.reply
                if event.kind == "results":
                    if voice:
                        page.chat[-1] = Message("user", VOICE_PREFIX + (reply.transcript or UNHEARD_VOICE))
                    page.chat.append(Message("assistant", "" if self.assistant.writer else reply.answer))
                    yield (page.shown_chat(), status_line(reply, photo_sent), *self._results(reply, page), page)
                    continue
                answer = page.chat[-1]
                if event.kind == "token":
                    answer.text += event.text
                elif event.kind == "restart":
                    answer.text = ""
                elif event.kind == "done":
                    answer.text = reply.answer
                yield page.shown_chat(), skip, skip, skip, skip, skip, page
        except USER_ERRORS as error:
            yield self._apology(page, voice, error_message(error)), "", skip, skip, skip, skip, page
        except Exception:  # a bug must not take the chat down; the log keeps the trace
            log.exception("turn failed")
            yield self._apology(page, voice, UNEXPECTED_ERROR), "", skip, skip, skip, skip, page

    def _results(self, reply: Reply, page: Page) -> tuple:
        """filters, cards, compare and textbox for a reply's results."""
        skip = gr.skip()
        shows_items = bool(reply.results) or reply.intent == "search"
        cards = [(self._card_image(r.image), card_caption(r)) for r in reply.results] if shows_items else skip
        compare = compare_update(reply.results) if shows_items else skip
        retyped = {"text": reply.transcript, "files": []} if reply.intent == "confirm" else skip
        return filters_update(self.assistant.filters(page.session)), cards, compare, retyped

    @staticmethod
    def _apology(page: Page, voice: bool, text: str) -> list[dict]:
        if voice and page.chat and page.chat[-1].text == VOICE_PREFIX + "…":
            page.chat[-1] = Message("user", VOICE_PREFIX + UNHEARD_VOICE)  # no transcript: still show something was said
        page.chat.append(Message("assistant", text))
        return page.shown_chat()

    # --- the pieces on screen --------------------------------------------------------------------

    def select_card(self, page: Page | None, evt: gr.SelectData):
        """A card was clicked: its details. -> DETAIL_OUTPUTS"""
        page = page or Page()
        shown = page.session.shown
        return self._details(page, shown[evt.index] if _index(evt) < len(shown) else None)

    def select_saved(self, page: Page | None, evt: gr.SelectData):
        """A piece in the wishlist was clicked: its details."""
        page = page or Page()
        saved = page.session.wishlist
        return self._details(page, saved[evt.index] if _index(evt) < len(saved) else None)

    def _details(self, page: Page, item_id: str | None):
        page.selected = item_id
        if not item_id:
            return gr.update(visible=False), None, "", SAVE_LABEL, page
        try:
            reply = self.assistant.details(page.session, item_id)
        except InputError as error:
            page.selected = None
            return gr.update(visible=True), None, plain(error_message(error)), SAVE_LABEL, page
        picture = self._card_image(reply.results[0].image)
        return gr.update(visible=True), picture, plain(reply.answer), _save_label(item_id, page.session), page

    def toggle_wishlist(self, page: Page | None):
        """Save or unsave the piece in the details panel. -> WISHLIST_OUTPUTS"""
        page = page or Page()
        if page.selected:
            try:
                self.assistant.toggle_wishlist(page.session, page.selected)
            except InputError as error:
                return gr.skip(), plain(error_message(error)), SAVE_LABEL, page
        saved = self.assistant.wishlist(page.session)
        cards = [(self._card_image(r.image), f"{r.title} — {format_price(r.price, r.currency)}") for r in saved]
        return gr.update(value=cards, visible=bool(cards)), wishlist_summary(saved), _save_label(page.selected, page.session), page

    def compare(self, item_ids: list[str] | None, page: Page | None):
        """The ticked pieces side by side. -> comparison table, page"""
        page = page or Page()
        ticked = [item_id for item_id in (item_ids or []) if item_id in page.session.shown]
        if len(ticked) < 2:
            return (plain(COMPARE_MORE) if ticked else ""), page
        try:
            return table(self.assistant.compare(page.session, ticked).table), page
        except InputError as error:
            return plain(error_message(error)), page

    def _card_image(self, image: str):
        """A path in a served folder, or the picture itself when its folder is not served; a
        catalog's URL is never handed to the browser (pictures are fetched and kept at ingest)."""
        path = Path(image).resolve() if image and not image.startswith(("http://", "https://")) else None
        if path is None or not path.is_file():
            return self._placeholder
        if any(path.is_relative_to(root) for root in self.image_roots):
            return str(path)
        try:
            with Image.open(path) as picture:
                return picture.convert("RGB")
        except (OSError, Image.DecompressionBombError):  # unreadable: the card still shows its caption
            return self._placeholder


def _file_path(value) -> str | None:
    """The path Gradio hands a handler for an uploaded file (a str, or a dict with a path)."""
    if value is None:
        return None
    return str(value.get("path") if isinstance(value, dict) else value)


def _index(evt: gr.SelectData) -> int:
    """The clicked position, or past the end when the event carries none."""
    return evt.index if isinstance(evt.index, int) and evt.index >= 0 else 1 << 30


def _save_label(item_id: str | None, session: Session) -> str:
    return SAVED_LABEL if item_id and item_id in session.wishlist else SAVE_LABEL


def image_roots(assistant: Assistant) -> list[Path]:
    """The one folder the web server may serve product images from: the copies made at ingest."""
    return [assistant.settings.images_dir.resolve()]
