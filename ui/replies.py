"""What the page says, and the pure functions that turn a Reply into what is drawn: the status
line, the filter chips, the compare choices, the wishlist summary, the API's JSON. Every line put
into Markdown goes through ui/markup.py."""

from __future__ import annotations

import gradio as gr

from assistant.answer import format_price
from assistant.assistant import EmptyQueryError, Reply, Result
from assistant.phrasing import ENGLISH, Phrases, phrases_for
from perception.errors import AudioError, ImageError, NoSpeechError
from ui.markup import plain

EXAMPLE_PROMPTS = ("rose gold ring under $800", "pearl earrings for a wedding", "a silver necklace with a blue stone")
VOICE_PREFIX = "🎤 "
UNHEARD_VOICE = "(voice message)"

NO_FILTERS_LABEL = ENGLISH.say("no_filters_label")
EMPTY_WISHLIST = "Nothing saved yet — click a piece, then **♡ Save to wishlist**."
SAVE_LABEL = ENGLISH.say("button_save")
SAVED_LABEL = ENGLISH.say("button_saved")
SIMILAR_LABEL = "🔍 Find similar"
DROPPED_PREFIX = "✕ Drop filter: "
BUDGET_PREFIX = "💰 "

# The status line over the cards: progress on slow steps, then what to do next.
SEARCHING = ENGLISH.say("progress_searching")
LISTENING = ENGLISH.say("progress_listening")
LOOKING = ENGLISH.say("progress_looking")
MODELS_LOADING = "⏳ I'm still loading my models (only on the first start) — your answer follows in a moment."
READY = "Ask away — type, attach a photo, or record your voice."
# What follows an answer is said in its language (assistant/phrases/): English's words, for the page's tests.
NO_RESULTS = ENGLISH.say("status_no_results")
CLOSEST = ENGLISH.say("status_closest")
CONFIRM_HINT = ENGLISH.say("status_confirm")
SAW_PREFIX = ENGLISH.say("status_saw", seen="")
COMPARE_MORE = "Tick one more piece to compare."

# Most specific first: NoSpeechError is an AudioError.
ERROR_PHRASES = ((NoSpeechError, "error_no_speech"), (AudioError, "error_audio"), (ImageError, "error_photo"))
NOT_UPLOADED = "that file was not uploaded to this chat"
UNEXPECTED_ERROR = ENGLISH.say("error_unexpected")


def error_message(error: Exception, phrases: Phrases = ENGLISH) -> str:
    """The friendly one-line reply for a user error, in the conversation's language (the reason as the error gives it)."""
    if isinstance(error, EmptyQueryError):
        return phrases.say("error_empty")
    reason = " ".join(str(error).split())
    key = next((key for kind, key in ERROR_PHRASES if isinstance(error, kind)), "error_other")
    return phrases.say(key, reason=reason)


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


def filters_update(labels: list[str], phrases: Phrases = ENGLISH) -> dict:
    """Every filter in force, ticked: unticking one drops it."""
    return gr.update(choices=labels, value=labels, label=phrases.say("filters_label" if labels else "no_filters_label"))


def compare_update(results: list[Result]) -> dict:
    """The pieces on screen, to tick for a comparison, none ticked."""
    choices = [(f"{n}. {r.title} — {format_price(r.price, r.currency)}", r.id) for n, r in enumerate(results, 1)]
    return gr.update(choices=choices, value=[], visible=bool(choices))


def status_line(reply: Reply, photo_sent: bool) -> str:
    """What the shopper sees over the cards once the results are in (Markdown, every line escaped), in the answer's language."""
    phrases = phrases_for(reply.language)
    if reply.intent == "confirm":
        return plain(phrases.say("status_confirm"))
    lines = [phrases.say("status_saw", seen=reply.seen or phrases.say("status_saw_default"))] if photo_sent else []
    if reply.intent == "search" and not reply.results:
        lines.append(phrases.say("status_no_results"))
    elif any(result.relaxed for result in reply.results):
        lines.append(phrases.say("status_closest"))
    elif reply.results:
        lines.append(phrases.say("status_results", count=len(reply.results)))
    return "  \n".join(plain(line) for line in lines)


def wishlist_summary(saved: list[Result]) -> str:
    if not saved:
        return EMPTY_WISHLIST
    currencies = {r.currency for r in saved}
    total = f" · {format_price(sum(r.price for r in saved), currencies.pop())} in all" if len(currencies) == 1 else ""
    return f"**{len(saved)} saved**{plain(total)}"


def save_label(saved: bool, phrases: Phrases = ENGLISH) -> str:
    """The details panel's save button, in the conversation's language."""
    return phrases.say("button_saved" if saved else "button_save")
