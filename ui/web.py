"""The web chat: Facet in a browser (Gradio). Presentation only: every decision is the Assistant's,
and every bit of conversation state (filters, what is on screen, comparisons, the wishlist) lives
in the tab's Session.

What the page shows is kept on the server, never taken back from the browser: each tab's `Page`
(ui/state.py) is a gr.State. The page's events take only what a shopper types, ticks, moves or
uploads; files are accepted only from Gradio's upload folder, and only the images folder is
served. Everything from the catalog or the shopper is shown as text (ui/markup.py, ui/html.py);
links are built in code from checked addresses (ui/links.py). The one public API is `turn`, a
fresh conversation per call.
"""

from __future__ import annotations

import json
import logging
import threading
from functools import cached_property
from pathlib import Path

import gradio as gr
from gradio.utils import get_upload_folder

from assistant.answer_language import turn_language
from assistant.assistant import Assistant, InputError, Reply
from assistant.conversation import Session
from assistant.phrasing import Phrases, phrases_for
from perception.errors import AudioError, ImageError, PerceptionError
from retrieval.rows import CatalogError
from retrieval.store import IndexChangedError
from ui.budget import PriceRange, catalog_prices
from ui.cards import SORTS, cards_html, photo_html, price_label
from ui.markup import plain, table
from ui.panels import contact_link, detail_extras, search_guide, wishlist_actions
from ui.pictures import Pictures
from ui.replies import (  # noqa: F401  (the page's texts, for ui/page.py and the tests)
    BUDGET_PREFIX,
    CLOSEST,
    COMPARE_MORE,
    CONFIRM_HINT,
    DROPPED_PREFIX,
    EMPTY_WISHLIST,
    EXAMPLE_PROMPTS,
    LISTENING,
    LOOKING,
    MODELS_LOADING,
    NO_FILTERS_LABEL,
    NO_RESULTS,
    NOT_UPLOADED,
    READY,
    SAVE_LABEL,
    SAVED_LABEL,
    SAW_PREFIX,
    SEARCHING,
    SIMILAR_LABEL,
    UNEXPECTED_ERROR,
    UNHEARD_VOICE,
    VOICE_PREFIX,
    compare_update,
    error_message,
    filters_update,
    reply_json,
    save_label,
    status_line,
    wishlist_summary,
)  # fmt: skip
from ui.state import Message, Page

log = logging.getLogger(__name__)

USER_ERRORS = (PerceptionError, InputError, IndexChangedError, CatalogError)
MAX_SHARED_IDS = 50  # pieces a share link may save
MAX_SHARED_CHARS = 10_000  # the share link's ids, as the page sends them

# What the events update, in this order.
SEARCH_OUTPUTS = ("chat", "status", "filters", "cards", "guide", "compare", "low", "high", "contact", "textbox", "page")
DETAIL_OUTPUTS = ("detail", "picture", "text", "extras", "save", "page")
WISHLIST_OUTPUTS = ("wishlist", "summary", "actions", "contact", "save", "page")
OPEN_OUTPUTS = ("status", "low", "high", "wishlist", "summary", "actions", "contact", "page")
START_OVER_OUTPUTS = ("page", "cards", "guide", "filters", "compare", "status", "low", "high")


def outputs(names: tuple[str, ...], **shown) -> tuple:
    """The named updates in the event's output order; every other output is left as it is."""
    return tuple(shown.get(name, gr.skip()) for name in names)


class WebChat:
    """The event handlers, kept apart from the layout so they can be called directly."""

    def __init__(
        self, assistant: Assistant, image_roots: list[Path] | None = None, ready: threading.Event | None = None,
        upload_roots: list[Path] | None = None,
    ):  # fmt: skip
        self.assistant = assistant
        self.shop = assistant.settings.shop
        self.pictures = Pictures(image_roots or [])
        # Where files the shopper sent may be read from: Gradio's upload folder.
        self.upload_roots = [Path(root).resolve() for root in (upload_roots or [get_upload_folder()])]
        if ready is None:  # the caller warmed the models up already
            ready = threading.Event()
            ready.set()
        self.ready = ready

    @cached_property
    def prices(self) -> PriceRange:
        """The price control's range: the catalog's cheapest to dearest piece, read once."""
        return PriceRange.of_prices(catalog_prices(self.assistant.index))

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

        settings = self.assistant.settings
        language, locale = turn_language(text, settings.lexicon.catalog_locale, settings.shop.answer_language, page.session)
        progress = phrases_for(language, locale).say("progress_looking" if photo else "progress_searching")
        yield from self._run(page, sent, stream, progress, photo_sent=photo is not None, clears_textbox=True)

    def send_voice(self, audio: str | None, page: Page | None):
        """A recording or an uploaded clip: SEARCH_OUTPUTS, then the cleared recorder."""
        page = page or Page()
        if audio is None:  # the recorder was cleared, nothing was said
            yield *self._unchanged(page), None
            return

        def stream(session: Session):
            return self.assistant.turn_stream(audio=self._uploaded(_file_path(audio), AudioError), session=session)

        listening = phrases_for(page.session.language, page.session.language_locale).say("progress_listening")  # the words are not heard yet
        for update in self._run(page, [], stream, listening, voice=True):
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
        stream = lambda session: self.assistant.remove_filters(session, dropped)
        yield from self._run(page, sent, stream, SEARCHING)

    def set_budget(self, low: float | None, high: float | None, page: Page | None):
        """The price control moved: the budget the shopper would type, as a turn; both handles at
        the ends drop the budget like unticking its chip."""
        page = page or Page()
        words = self.prices.words(_number(low), _number(high), self.assistant.settings.currency)
        if words is not None:
            stream = lambda session: self.assistant.turn_stream(text=words, session=session)
            yield from self._run(page, [Message("user", BUDGET_PREFIX + words)], stream, SEARCHING)
            return
        budget = self._budget_chip(page.session)
        if budget is None:
            yield self._unchanged(page)
            return
        yield from self.drop_filters([label for label in self.assistant.filters(page.session) if label != budget], page)

    def find_similar(self, page: Page | None):
        """Pieces like the one in the details panel, under the filters in force."""
        page = page or Page()
        if not page.selected:
            yield self._unchanged(page)
            return
        item_id = page.selected
        stream = lambda session: self.assistant.more_like(session, item_id)
        yield from self._run(page, [Message("user", SIMILAR_LABEL)], stream, SEARCHING)

    def start_over(self, page: Page | None = None):
        """The chat was cleared: a new conversation, nothing on screen; the wishlist stays. -> START_OVER_OUTPUTS"""
        low, high = self.prices.position({})
        return outputs(
            START_OVER_OUTPUTS, page=(page or Page()).fresh(), cards="", guide="", filters=filters_update([]),
            compare=compare_update([]), status=READY, low=self._slider(low), high=self._slider(high),
        )  # fmt: skip

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

    def open_page(self, shared: str | None):
        """The page opened: its status, the price control's range, and the pieces a share link
        saved (`shared`: the link's ids as a JSON list; each is checked against the catalog and
        nothing else is read). -> OPEN_OUTPUTS"""
        page = Page()
        for item_id in _shared_ids(shared):
            if item_id not in page.session.wishlist:
                try:
                    self.assistant.toggle_wishlist(page.session, item_id)
                except InputError:  # not in the catalog (any more): the link saves the rest
                    continue
        prices = self.prices
        shown = dict(zip(WISHLIST_OUTPUTS, self._wishlist(page))) if page.session.wishlist else {"page": page}
        slider = {"minimum": prices.floor, "maximum": prices.ceiling, "step": 1}
        return outputs(
            OPEN_OUTPUTS, status=self.page_status(), low=gr.update(value=prices.floor, **slider),
            high=gr.update(value=prices.ceiling, **slider), **{k: v for k, v in shown.items() if k in OPEN_OUTPUTS},
        )  # fmt: skip

    def _uploaded(self, path: str | None, error: type[PerceptionError]) -> str | None:
        """A file the shopper sent, only from the upload folder: no input names a server file."""
        if path is None:
            return None
        resolved = Path(path).resolve()
        if not any(resolved.is_relative_to(root) for root in self.upload_roots):
            raise error(NOT_UPLOADED)
        return str(resolved)

    def _unchanged(self, page: Page) -> tuple:
        return outputs(SEARCH_OUTPUTS, chat=page.shown_chat(), page=page)

    def _run(self, page, sent, stream, progress, photo_sent=False, voice=False, clears_textbox=False):
        """Streams SEARCH_OUTPUTS for one turn: the shopper's message and a progress line at once,
        the cards as soon as they are ready, then the answer as it is written. On an error the
        cards and filters stay as they were and the chat says what went wrong."""
        page.chat = page.chat + sent
        if voice:
            page.chat.append(Message("user", VOICE_PREFIX + "…"))
        waiting = not self.ready.is_set()
        cleared = {"textbox": None} if clears_textbox else {}
        yield outputs(SEARCH_OUTPUTS, chat=page.shown_chat(), status=MODELS_LOADING if waiting else progress, page=page, **cleared)
        if waiting:
            self.ready.wait()
            yield outputs(SEARCH_OUTPUTS, chat=page.shown_chat(), status=progress, page=page)
        try:
            for event in stream(page.session):
                reply = event.reply
                if event.kind == "results":
                    if voice:
                        page.chat[-1] = Message("user", VOICE_PREFIX + (reply.transcript or UNHEARD_VOICE))
                    page.chat.append(Message("assistant", "" if self.assistant.writer else reply.answer))
                    yield outputs(SEARCH_OUTPUTS, chat=page.shown_chat(), status=status_line(reply, photo_sent), page=page, **self._results(reply, page))
                    continue
                answer = page.chat[-1]
                if event.kind == "token":
                    answer.text += event.text
                elif event.kind == "restart":
                    answer.text = ""
                elif event.kind == "done":
                    answer.text = reply.answer
                yield self._unchanged(page)
        except USER_ERRORS as error:
            yield outputs(SEARCH_OUTPUTS, chat=self._apology(page, voice, error_message(error, _said_in(page))), status="", page=page)
        except Exception:  # a bug must not take the chat down; the log keeps the trace
            log.exception("turn failed")
            yield outputs(SEARCH_OUTPUTS, chat=self._apology(page, voice, _said_in(page).say("error_unexpected")), status="", page=page)

    def _results(self, reply: Reply, page: Page) -> dict:
        """What a reply's results change: filters, the price control, the contact link, and (when
        it shows pieces) the cards and compare choices; a shaky transcript goes back in the box."""
        shown = {"filters": filters_update(self.assistant.filters(page.session), _said_in(page)), "contact": self._contact(page)}
        low, high = self.prices.position(reply.constraints)
        shown.update(low=self._slider(low), high=self._slider(high))
        if reply.results or reply.intent == "search":
            page.results = list(reply.results)
            shown.update(cards=self._cards(page), guide=search_guide(page.results), compare=compare_update(reply.results))
        if reply.intent == "confirm":
            shown["textbox"] = {"text": reply.transcript, "files": []}
        return shown

    @staticmethod
    def _slider(value: float) -> dict:
        return gr.update(value=value)

    def _budget_chip(self, session: Session) -> str | None:
        """The label of the budget's chip, if a budget is in force."""
        before = set(self.assistant.filters(session))
        if session.constraints.price_min is None and session.constraints.price_max is None:
            return None
        unbudgeted = Session(constraints=session.clear(session.constraints, ["price"]))
        return next(iter(before - set(self.assistant.filters(unbudgeted))), None)

    @staticmethod
    def _apology(page: Page, voice: bool, text: str) -> list[dict]:
        if voice and page.chat and page.chat[-1].text == VOICE_PREFIX + "…":
            page.chat[-1] = Message("user", VOICE_PREFIX + UNHEARD_VOICE)  # no transcript: still show something was said
        page.chat.append(Message("assistant", text))
        return page.shown_chat()

    def _contact(self, page: Page) -> str:
        saved = self.assistant.wishlist(page.session)
        return contact_link(self.shop, page.shoppers_words(), self.assistant.filters(page.session), saved)

    def _cards(self, page: Page) -> str:
        return cards_html(page.cards(), self.shop, self.pictures.address)

    # --- the pieces on screen --------------------------------------------------------------------

    def sort_cards(self, order: str | None, page: Page | None):
        """The shopper picked an order for the cards on screen. -> cards, page"""
        page = page or Page()
        if order in SORTS:
            page.order = order
        return self._cards(page), page

    def select_card(self, page: Page | None, evt: gr.SelectData):
        """A card was clicked: its details. -> DETAIL_OUTPUTS"""
        page = page or Page()
        shown = [result.id for result in page.cards()]
        return self._details(page, shown[evt.index] if _index(evt) < len(shown) else None)

    def select_saved(self, page: Page | None, evt: gr.SelectData):
        """A piece in the wishlist was clicked: its details."""
        page = page or Page()
        saved = page.session.wishlist
        return self._details(page, saved[evt.index] if _index(evt) < len(saved) else None)

    def _details(self, page: Page, item_id: str | None):
        page.selected = item_id
        if not item_id:
            return gr.update(visible=False), "", "", "", save_label(False, _said_in(page)), page
        try:
            reply = self.assistant.details(page.session, item_id)
        except InputError as error:
            page.selected = None
            return gr.update(visible=True), "", plain(error_message(error, _said_in(page))), "", save_label(False, _said_in(page)), page
        piece = reply.results[0]
        extras = detail_extras(piece, self.shop)
        picture = photo_html(piece, self.pictures.address(piece.image))
        return gr.update(visible=True), picture, plain(reply.answer), extras, save_label(item_id in page.session.wishlist, _said_in(page)), page

    def toggle_wishlist(self, page: Page | None):
        """Save or unsave the piece in the details panel. -> WISHLIST_OUTPUTS"""
        page = page or Page()
        if page.selected:
            try:
                self.assistant.toggle_wishlist(page.session, page.selected)
            except InputError as error:
                return outputs(WISHLIST_OUTPUTS, summary=plain(error_message(error, _said_in(page))), save=save_label(False, _said_in(page)), page=page)
        return self._wishlist(page)

    def _wishlist(self, page: Page) -> tuple:
        saved = self.assistant.wishlist(page.session)
        cards = [(self.pictures.for_image(r.image), f"{r.title} — {price_label(r)}") for r in saved]
        return outputs(
            WISHLIST_OUTPUTS, wishlist=gr.update(value=cards, visible=bool(cards)), summary=wishlist_summary(saved),
            actions=wishlist_actions(saved, self.shop), contact=self._contact(page),
            save=save_label(page.selected in page.session.wishlist, _said_in(page)), page=page,
        )  # fmt: skip

    def compare(self, item_ids: list[str] | None, page: Page | None):
        """The ticked pieces side by side. -> comparison table, page"""
        page = page or Page()
        ticked = [item_id for item_id in (item_ids or []) if item_id in page.session.shown]
        if len(ticked) < 2:
            return (plain(COMPARE_MORE) if ticked else ""), page
        try:
            return table(self.assistant.compare(page.session, ticked).table), page
        except InputError as error:
            return plain(error_message(error, _said_in(page))), page


def _said_in(page: Page) -> Phrases:
    """The phrases of the conversation's language: its last answer's (assistant/answer_language.py)."""
    return phrases_for(page.session.language, page.session.language_locale)


def _file_path(value) -> str | None:
    """The path Gradio hands a handler for an uploaded file (a str, or a dict with a path)."""
    if value is None:
        return None
    return str(value.get("path") if isinstance(value, dict) else value)


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _shared_ids(shared: str | None) -> list[str]:
    """A share link's ids, as the page read them from its address: strings only, a few."""
    if not isinstance(shared, str) or len(shared) > MAX_SHARED_CHARS:
        return []
    try:
        ids = json.loads(shared)
    except ValueError:
        return []
    return [item_id for item_id in ids if isinstance(item_id, str)][:MAX_SHARED_IDS] if isinstance(ids, list) else []


def _index(evt: gr.SelectData) -> int:
    """The clicked position, or past the end when the event carries none."""
    return evt.index if isinstance(evt.index, int) and evt.index >= 0 else 1 << 30


def image_roots(assistant: Assistant) -> list[Path]:
    """The one folder the web server may serve product images from: the copies made at ingest."""
    return [assistant.settings.images_dir.resolve()]
