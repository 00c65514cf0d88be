"""The web chat: Facet in a browser (Gradio). Presentation only: every decision is the Assistant's.

Each browser tab keeps its own conversation in a gr.State; the `turn` API endpoint starts a
fresh conversation on every call, so no two clients ever share one.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

import gradio as gr
from PIL import Image

from assistant.answer import format_price
from assistant.assistant import Assistant, EmptyQueryError, Reply, Result
from assistant.conversation import Session
from perception.errors import AudioError, ImageError, NoSpeechError, PerceptionError

log = logging.getLogger(__name__)

PAGE_TITLE = "Facet — jewelry assistant"
INTRO = (
    "# 💍 Facet\n"
    "Ask for jewelry in your own words, attach a photo of a piece you like, or just say it out loud."
)
EXAMPLE_PROMPTS = ("rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone")
TEXTBOX_PLACEHOLDER = "Describe what you're looking for, or attach a photo…"
VOICE_LABEL = "🎤 Or say it — sent as soon as you stop recording or upload a clip"
VOICE_PREFIX = "🎤 "
UNHEARD_VOICE = "(voice message)"
NO_FILTERS = "No filters yet — mention a budget, a metal or a stone."
CHAT_PLACEHOLDER = "**Hi, I'm Facet.** Tell me what you're looking for — a budget, a metal, a stone, an occasion."
NO_STONE = "none"  # Result.gemstone of a piece without a stone

CHAT_HEIGHT = 520
GALLERY_COLUMNS = 3
PLACEHOLDER_SIZE = (256, 256)
PLACEHOLDER_COLOR = "#eeeeee"
# One turn at a time through the shared models, whichever event (UI or API) asks for it.
MODEL_QUEUE = "facet-models"
ALL_EVENTS_IN_QUEUE = 1

# Most specific first: NoSpeechError is an AudioError.
ERROR_LEADS = (
    (NoSpeechError, "Sorry — I didn't catch any speech"),
    (AudioError, "Sorry — I couldn't use that recording"),
    (ImageError, "Sorry — I couldn't read that photo"),
)
EMPTY_QUERY_REPLY = "Tell me what you're looking for: type it, attach a photo, or record your voice."
USER_ERRORS = (PerceptionError, EmptyQueryError)
UNEXPECTED_ERROR = "Sorry — something went wrong on my side. Please try again."

CSS = """
.facet-chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; min-height: 32px; }
.facet-chip { background: var(--primary-100); color: var(--primary-800); border-radius: 999px;
              padding: 2px 12px; font-size: 0.9em; }
.facet-hint { color: var(--body-text-color-subdued); font-size: 0.9em; }
/* product cards: the whole caption (title, price, facts, then why it matched) beneath the picture,
   instead of one truncated line over it */
.facet-gallery .grid-wrap { max-height: none; }
.facet-gallery .grid-container { grid-template-rows: none; grid-auto-rows: auto; }
.facet-gallery .thumbnail-item { aspect-ratio: auto; height: auto; display: flex; flex-direction: column; }
.facet-gallery .thumbnail-item img { aspect-ratio: 1 / 1; width: 100%; height: auto; }
.facet-gallery .caption-label { position: static; white-space: pre-line; max-width: none; text-overflow: clip;
                                border: none; border-top: 1px solid var(--border-color-primary); border-radius: 0; }
.facet-chat img { max-height: 220px; width: auto; }
@media (max-width: 720px) { .facet-gallery .grid-container { grid-template-columns: repeat(2, 1fr) !important; } }
"""


def error_message(error: Exception) -> str:
    """The friendly one-line reply for a user error."""
    if isinstance(error, EmptyQueryError):
        return EMPTY_QUERY_REPLY
    reason = " ".join(str(error).split())
    lead = next((lead for kind, lead in ERROR_LEADS if isinstance(error, kind)), "Sorry")
    return f"{lead}: {reason}"


def card_caption(result: Result) -> str:
    """'Title — $price · metal · stone', then why it matched on the next line."""
    facts = [format_price(result.price, result.currency), result.metal]
    if result.gemstone and result.gemstone != NO_STONE:
        facts.append(result.gemstone)
    if not result.in_stock:
        facts.append("out of stock")
    return f"{result.title} — {' · '.join(facts)}\n{result.why}"


def chips_html(labels: list[str]) -> str:
    if not labels:
        return f'<div class="facet-chips"><span class="facet-hint">{NO_FILTERS}</span></div>'
    chips = "".join(f'<span class="facet-chip">{html.escape(label)}</span>' for label in labels)
    return f'<div class="facet-chips"><span class="facet-hint">Filters:</span>{chips}</div>'


def reply_json(reply: Reply) -> dict:
    """The CLI's --json contract, plus the constraint labels and each result's facts (not its server path)."""
    data = reply.to_json()
    data["constraint_labels"] = reply.constraint_labels
    data["results"] = [
        {**shown, "category": r.category, "metal": r.metal, "gemstone": r.gemstone, "in_stock": r.in_stock}
        for shown, r in zip(data["results"], reply.results)
    ]
    return data


class WebChat:
    """The event handlers, kept apart from the layout so they can be called directly."""

    def __init__(self, assistant: Assistant, image_roots: list[Path] | None = None):
        self.assistant = assistant
        self.image_roots = [Path(root).resolve() for root in (image_roots or [])]
        self._placeholder = Image.new("RGB", PLACEHOLDER_SIZE, PLACEHOLDER_COLOR)

    def send(self, message: dict | None, history: list, session: Session | None):
        """A typed message and/or an attached photo -> streams (chat, cards, filters, cleared textbox, session)."""
        message = message or {}
        text = (message.get("text") or "").strip()
        photo = next(iter(message.get("files") or []), None)
        sent = [_user({"path": photo})] if photo else []
        sent += [_user(text)] if text else []
        for chat, cards, filters, session in self._turn(history, session, sent, text=text, image=photo):
            yield chat, cards, filters, None, session

    def send_voice(self, audio: str | None, history: list, session: Session | None):
        """A recording or an uploaded clip -> streams (chat, cards, filters, cleared recorder, session)."""
        if audio is None:  # the recorder was cleared, nothing was said
            yield history, gr.skip(), gr.skip(), None, session
            return
        for chat, cards, filters, session in self._turn(history, session, [], audio=audio):
            yield chat, cards, filters, None, session

    def send_example(self, prompt: str, history: list):
        """An example starts a new search: the filters of the chat so far don't apply to it."""
        yield from self.send({"text": prompt}, history, None)

    @staticmethod
    def start_over():
        """The chat was cleared: a new conversation, nothing on screen."""
        return None, [], chips_html([])

    def api_turn(self, text: str | None, image: str | None, audio: str | None) -> dict:
        """The `turn` endpoint: one stateless turn, JSON out; user errors come back as gr.Error."""
        try:
            reply = self.assistant.turn(text=text, image=image, audio=audio, session=Session())
        except USER_ERRORS as error:
            raise gr.Error(error_message(error), print_exception=False) from error
        return reply_json(reply)

    def _turn(self, history: list, session: Session | None, sent: list[dict], **inputs):
        """Streams (chat, cards, filters, session): the cards as soon as they are ready, then the
        answer as it is written. On an error the cards and filters stay as they were."""
        session = session if session is not None else Session()
        history = list(history or [])
        try:
            for event in self.assistant.turn_stream(session=session, **inputs):
                reply = event.reply
                if event.kind == "results":
                    if reply.transcript is not None:
                        sent = sent + [_user(VOICE_PREFIX + reply.transcript)]
                    chat = history + sent + [_assistant("" if self.assistant.writer else reply.answer)]
                    shows_items = bool(reply.results) or reply.intent == "search"
                    cards = [(self._card_image(r.image), card_caption(r)) for r in reply.results] if shows_items else gr.skip()
                    filters = chips_html(reply.constraint_labels)
                elif event.kind == "token":
                    chat[-1] = _assistant(chat[-1]["content"] + event.text)
                elif event.kind == "restart":
                    chat[-1] = _assistant("")
                elif event.kind == "done":
                    chat[-1] = _assistant(reply.answer)
                yield chat, cards, filters, session
        except USER_ERRORS as error:
            yield *self._apology(history, sent, inputs, error_message(error)), session
        except Exception:  # a bug must not take the chat down; the log keeps the trace
            log.exception("turn failed")
            yield *self._apology(history, sent, inputs, UNEXPECTED_ERROR), session

    @staticmethod
    def _apology(history: list, sent: list[dict], inputs: dict, text: str):
        if inputs.get("audio"):  # no transcript to show: still show that something was said
            sent = sent + [_user(VOICE_PREFIX + UNHEARD_VOICE)]
        return history + sent + [_assistant(text)], gr.skip(), gr.skip()

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


def _user(content: str | dict) -> dict:
    return {"role": "user", "content": content}


def _assistant(text: str) -> dict:
    return {"role": "assistant", "content": text}


def image_roots(assistant: Assistant) -> list[Path]:
    """The folders the web server may serve product images from."""
    return [Path(assistant.settings.data_dir).resolve()]


def build_app(assistant: Assistant) -> gr.Blocks:
    chat = WebChat(assistant, image_roots(assistant))
    queue = {"concurrency_id": MODEL_QUEUE, "concurrency_limit": ALL_EVENTS_IN_QUEUE}
    with gr.Blocks(title=PAGE_TITLE) as app:
        session = gr.State(None)  # a Session, made on the tab's first turn
        gr.Markdown(INTRO)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=360):
                chatbot = gr.Chatbot(
                    label="Chat", height=CHAT_HEIGHT, placeholder=CHAT_PLACEHOLDER, feedback_options=None,
                    layout="bubble", group_consecutive_messages=False, elem_classes="facet-chat",
                )
                textbox = gr.MultimodalTextbox(
                    placeholder=TEXTBOX_PLACEHOLDER, file_types=["image"], file_count="single", sources=["upload"],
                    show_label=False,
                )
                with gr.Row():
                    examples = [gr.Button(prompt, size="sm", variant="secondary") for prompt in EXAMPLE_PROMPTS]
                voice = gr.Audio(
                    sources=["microphone", "upload"], type="filepath", label=VOICE_LABEL, elem_classes="facet-voice"
                )
            with gr.Column(scale=4, min_width=360):
                filters = gr.HTML(chips_html([]))
                gallery = gr.Gallery(
                    label="Matches", columns=GALLERY_COLUMNS, fit_columns=False, object_fit="contain", height="auto",
                    elem_classes="facet-gallery",
                )
        shown = [chatbot, gallery, filters]
        ui_only = {"api_visibility": "private"}  # the UI's events; programs use the `turn` endpoint
        textbox.submit(chat.send, [textbox, chatbot, session], [*shown, textbox, session], **ui_only, **queue)
        for trigger in (voice.stop_recording, voice.upload):
            trigger(chat.send_voice, [voice, chatbot, session], [*shown, voice, session], **ui_only, **queue)
        for button in examples:
            button.click(chat.send_example, [button, chatbot], [*shown, textbox, session], **ui_only, **queue)
        chatbot.clear(WebChat.start_over, None, [session, gallery, filters], **ui_only)
        _add_turn_endpoint(chat, queue)
    return app


def _add_turn_endpoint(chat: WebChat, queue: dict) -> None:
    """Hidden components give the endpoint Gradio's upload checks: only files sent to this server are read."""
    text = gr.Textbox(visible=False)
    image = gr.File(file_types=["image"], type="filepath", visible=False)
    audio = gr.File(type="filepath", visible=False)
    reply = gr.JSON(visible=False)
    gr.Button(visible=False).click(chat.api_turn, [text, image, audio], reply, api_name="turn", **queue)


def serve(assistant: Assistant, host: str | None = None, port: int | None = None, **launch_kwargs):
    """Warm the models up, then serve the chat on this machine only (no share link). Returns the launched app."""
    assistant.warm_up()
    server = assistant.settings.server
    app = build_app(assistant)
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
