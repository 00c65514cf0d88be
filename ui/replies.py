"""What the page says, and the pure functions that turn a Reply into what is drawn: the status
line, the filter chips, the compare choices, the wishlist summary, the API's JSON. Every line put
into Markdown goes through ui/markup.py."""

from __future__ import annotations

import gradio as gr

from assistant.answer import format_price
from assistant.assistant import EmptyQueryError, Reply, Result
from perception.errors import AudioError, ImageError, NoSpeechError
from ui.markup import plain

EXAMPLE_PROMPTS = ("rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone")
VOICE_PREFIX = "🎤 "
UNHEARD_VOICE = "(voice message)"

FILTERS_LABEL = "Filters — untick one to drop it and search again"
NO_FILTERS_LABEL = "Filters — none yet: mention a budget, a metal or a stone"
EMPTY_WISHLIST = "Nothing saved yet — click a piece, then **♡ Save to wishlist**."
SAVE_LABEL = "♡ Save to wishlist"
SAVED_LABEL = "♥ Saved — remove from wishlist"
SIMILAR_LABEL = "🔍 Find similar"
DROPPED_PREFIX = "✕ Drop filter: "
BUDGET_PREFIX = "💰 "

# The status line over the cards: progress on slow steps, then what to do next.
SEARCHING = "🔎 Searching the catalog…"
LISTENING = "🎧 Listening to your recording…"
LOOKING = "📷 Looking at your photo…"
MODELS_LOADING = "⏳ I'm still loading my models (only on the first start) — your answer follows in a moment."
READY = "Ask away — type, attach a photo, or record your voice."
RESULTS_HINT = "{n} {pieces} — tap one for details, to save it, or to find similar pieces."
NO_RESULTS = "No pieces match all of your filters — untick one above to widen the search."
CLOSEST = "Nothing matches every filter; these are the closest pieces, each labelled with what differs. Untick a filter to widen the search."
CONFIRM_HINT = "🎧 I'm not sure I heard that right: check the words in the message box, edit them if needed, and send."
SAW_PREFIX = "📷 What I saw in your photo: "
SAW_DEFAULT = "I compared it with the picture of every piece in the catalog."
COMPARE_MORE = "Tick one more piece to compare."

# Most specific first: NoSpeechError is an AudioError.
ERROR_LEADS = (
    (NoSpeechError, "Sorry — I didn't catch any speech"),
    (AudioError, "Sorry — I couldn't use that recording"),
    (ImageError, "Sorry — I couldn't read that photo"),
)
EMPTY_QUERY_REPLY = "Tell me what you're looking for: type it, attach a photo, or record your voice."
NOT_UPLOADED = "that file was not uploaded to this chat"
UNEXPECTED_ERROR = "Sorry — something went wrong on my side. Please try again."


def error_message(error: Exception) -> str:
    """The friendly one-line reply for a user error."""
    if isinstance(error, EmptyQueryError):
        return EMPTY_QUERY_REPLY
    reason = " ".join(str(error).split())
    lead = next((lead for kind, lead in ERROR_LEADS if isinstance(error, kind)), "Sorry")
    return f"{lead}: {reason}"


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


def save_label(saved: bool) -> str:
    return SAVED_LABEL if saved else SAVE_LABEL
