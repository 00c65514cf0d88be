"""Which conversation words a message says in a language other than English: greeting, thanking,
saying goodbye, saying yes, asking for a person, asking about a policy and its topic. The words are each phrase
file's [triggers] (assistant/phrases/<language>.toml), beside what that language's answers say:
they are the conversation's words, which the assistant layer owns, not the catalog's vocabulary
that the locale packs (retrieval/lexicon/locales/) hold. English's are assistant/intents.py's patterns.

A trigger is words matched whole, accents and case dropped ("parler a quelqu'un" matches "Parler à
quelqu'un"); a trailing "*" lets its last word go on ("rembours*": "remboursement", "remboursé").
Greetings, thanks, goodbyes and a yes open the message; the rest may stand anywhere in it.

    said_kind("Bonjour !", "greeting")                      # True
    said_topic("Quels sont vos délais de livraison ?")      # "shipping"
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.phrasing import BASE_LANGUAGE, available_languages, trigger_words
from retrieval.folding import BREAK, unmarked, words_of

OPENING_KINDS = ("greeting", "thanks", "bye", "yes")  # said at the start of a message
STEM = "*"


def _words(text: str) -> str:
    """The message's words, accents and case dropped, one space between; a gap in the words (a
    comma, a full stop) kept as BREAK, so no trigger runs across it."""
    return " ".join(unmarked(word).lower() for word in words_of(text))


def _pattern(trigger: str, opening: bool) -> str:
    stem = trigger.endswith(STEM)
    words = _words(trigger.rstrip(STEM))
    lead = rf"^(?:{re.escape(BREAK)} )*" if opening else r"(?:^| )"
    return lead + re.escape(words) + (r"\w*" if stem else "") + r"(?= |$)"


@lru_cache(maxsize=None)
def _patterns(kind: str) -> re.Pattern | None:
    """One pattern for a kind's triggers in every language but English."""
    triggers = [t for language in available_languages() if language != BASE_LANGUAGE for t in trigger_words(language).get(kind, ())]
    alternatives = sorted({_pattern(trigger, kind in OPENING_KINDS) for trigger in triggers if trigger.strip(STEM)})
    return re.compile("|".join(alternatives)) if alternatives else None


def said_kind(text: str, kind: str) -> bool:
    """Whether the message says `kind` ("greeting", "handoff", "policy", a topic: "returns") in some language's words."""
    pattern = _patterns(kind)
    return bool(pattern and pattern.search(_words(text)))


def said_topic(text: str, topics: tuple[str, ...]) -> str | None:
    """The first of `topics` the message names in some language's words."""
    return next((topic for topic in topics if said_kind(text, topic)), None)
