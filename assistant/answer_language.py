"""Which language Facet answers in: the shopper's own, when their message's words show it; else
the language the shop's catalog is written in (lexicon.catalog_locale, read at ingest); else
English. `shop.answer_language` fixes one instead ("auto" by default).

A message's words show a language when they are that language's own: words of its locale packs
(listings and requests, retrieval/lexicon/locales/) and of its phrase file's [language] words,
less English's (the base lexicon's words, the English packs' and en.toml's) and less any word
packs of several languages share ("do", "perla"). The language with the most of the message's
words wins; a tie with the catalog's language goes to the catalog's (unless Facet has no phrases
for it and one other language of the tie has: a shop read as Malay, a shopper's Indonesian), any
other tie to English.

    answer_language("prsten z bílého zlata do 20 000 Kč", "cs-CZ")   # ("cs", "cs-CZ")
    answer_language("white gold ring under 20000 Kč", "cs-CZ")     # ("en", None)
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from assistant.phrasing import BASE_LANGUAGE, available_languages, recognised_words, written_otherwise
from retrieval.folding import is_letters, unmarked, words_of
from retrieval.lexicon import all_packs, base_lexicon, base_words, own_listing_phrases, pack_words

AUTO = "auto"
ENGLISH_PLURAL_ENDINGS = ("s", "es")  # the base file names things in the singular; shoppers write plurals
SHARED_BY_LANGUAGES = 5  # a word the packs of this many languages write says no one language (4 left Czech, Slovak, Serbian and Croatian with none of "prsten", "zlata", "naušnice")
CURRENCY_MARK_LETTERS = 2  # a sign's word this long is the currency's alone ("kr"); "A$" leaves "a", English's
# A message with this many words only the catalog's language has is written in it: the words it shares
# with English ("ring", "i", "under" in Swedish) are its too. One ("forint", "Kč") may be a price's.
WRITTEN_IN_CATALOG_LANGUAGE = 2


def language_of(locale: str) -> str:
    return locale.split("-")[0].lower()


@lru_cache(maxsize=1)
def _own_words() -> dict[str, frozenset[str]]:
    """Each language's own words, accents dropped."""
    said: dict[str, set[str]] = {}
    for locale in all_packs():
        said.setdefault(language_of(locale), set()).update(pack_words(locale))
    for language in available_languages():  # a phrase file's words show its language before it has a pack (Latvian)
        said.setdefault(language, set())
    for language, words in said.items():
        words.update(unmarked(word) for word in recognised_words(language))
    english = set(base_words()) | said.pop(BASE_LANGUAGE, set()) | {unmarked(word) for word in recognised_words(BASE_LANGUAGE)}
    english |= {word + ending for word in list(english) for ending in ENGLISH_PLURAL_ENDINGS}  # "bracelets" is French too
    english -= _currency_marks()
    languages_of = Counter(word for words in said.values() for word in words)
    own = {language: frozenset(w for w in words - english if languages_of[w] < SHARED_BY_LANGUAGES) for language, words in said.items()}
    return {BASE_LANGUAGE: frozenset(english), **own}


def _currency_marks() -> set[str]:
    """The words a price's currency sign is written with ("kr", "Kč", "lei"): they say the currency,
    not the message's language, though the base lexicon, English's, holds them. (Not the codes: Turkey's
    is "try".)"""
    currencies = base_lexicon().currencies.values()
    marks = {unmarked(word) for currency in currencies for word in words_of(currency.display) if is_letters(word)}
    return {mark for mark in marks if len(mark) >= CURRENCY_MARK_LETTERS}


def message_language(text: str) -> dict[str, int]:
    """How many of a message's distinct words are each language's own (languages with none left out,
    and those whose alphabets lack one of its letters: a Bulgarian "пръстен" is not Serbian Cyrillic)."""
    words = {unmarked(word) for word in words_of(text) if is_letters(word)}
    counts = {language: len(words & own) for language, own in _own_words().items()}
    return {language: count for language, count in counts.items() if count and not written_otherwise(language, text)}


def answer_language(text: str, catalog_locale: str | None, setting: str = AUTO) -> tuple[str, str | None]:
    """(the language to answer in, the locale pack naming kinds, metals and stones in it)."""
    catalog_language = language_of(catalog_locale) if catalog_locale else BASE_LANGUAGE
    if setting != AUTO:
        language = language_of(setting)
        return language, _locale(language, setting if "-" in setting else None, catalog_locale)
    counts = message_language(text)
    if catalog_locale and catalog_language != BASE_LANGUAGE and counts.get(BASE_LANGUAGE):
        counts = _less_catalog_names(text, counts, catalog_locale)
    if not counts:
        return catalog_language, _locale(catalog_language, None, catalog_locale)
    best = max(counts.values())
    leading = [language for language, count in counts.items() if count == best]
    if len(leading) > 1 and catalog_language not in leading:
        leading = _written_as(text, leading) or leading
    if catalog_language in leading and len(leading) > 1 and catalog_language not in available_languages():
        leading = _answerable(leading) or leading
    language = catalog_language if catalog_language in leading else leading[0] if len(leading) == 1 else BASE_LANGUAGE
    return language, _locale(language, None, catalog_locale)


def _answerable(languages: list[str]) -> list[str]:
    """The one language of a tie, other than English, with a phrase file: where the catalog's
    language has none (a Jakarta catalog read as Malay), a tie with it goes to the language Facet
    can answer in rather than to English."""
    answerable = [language for language in languages if language != BASE_LANGUAGE and language in available_languages()]
    return answerable if len(answerable) == 1 else []


def turn_language(text: str, catalog_locale: str | None, setting: str, session) -> tuple[str, str | None]:
    """The language a turn is answered in: its message's, or the conversation's (`session.language`)
    where the message is in words of no language ("18k"); the page's progress line asks it too."""
    if session.language_set and setting == AUTO and not message_language(text):
        return session.language, session.language_locale
    return answer_language(text, catalog_locale, setting)


def _less_catalog_names(text: str, counts: dict[str, int], catalog_locale: str) -> dict[str, int]:
    """English's count less the words the catalog's listings name its pieces with ("or rose",
    "alliance", "perle" in a French shop): there they are the catalog's language as much as English's;
    and, in a message with words only the catalog's language has (WRITTEN_IN_CATALOG_LANGUAGE), less
    every word that language's packs write."""
    named = {unmarked(word) for phrase in own_listing_phrases(catalog_locale) for word in phrase}
    if counts.get(language_of(catalog_locale), 0) >= WRITTEN_IN_CATALOG_LANGUAGE:  # "Jag söker en ring i vitguld under 15 000 kr"
        named |= _written_in(language_of(catalog_locale))
    english = len(({unmarked(word) for word in words_of(text)} - named) & _own_words()[BASE_LANGUAGE])
    return {language: count for language, count in counts.items() if language != BASE_LANGUAGE} | ({BASE_LANGUAGE: english} if english else {})


@lru_cache(maxsize=None)
def _written_in(language: str) -> frozenset[str]:
    """Every word a language's packs and phrase file write, English's among them, accents dropped."""
    packs = [pack_words(locale) for locale in all_packs() if language_of(locale) == language]
    return frozenset().union(*packs, (unmarked(word) for word in recognised_words(language)))


def _written_as(text: str, languages: list[str]) -> list[str]:
    """Of languages tied on a message's words, those whose everyday words include the most of them as
    written, accents and all ("dobrý" is Czech; Polish writes "dobry")."""
    written = set(words_of(text))
    counts = {language: len(written & recognised_words(language)) for language in languages}
    best = max(counts.values())
    return [language for language, count in counts.items() if count == best] if best else []


def _locale(language: str, named: str | None, catalog_locale: str | None) -> str | None:
    """The pack naming things in `language`: the one named, the catalog's where it is of that
    language, else the first pack of the language."""
    if language == BASE_LANGUAGE:
        return None
    if named:
        return named
    if catalog_locale and language_of(catalog_locale) == language:
        return catalog_locale
    return next((locale for locale in all_packs() if language_of(locale) == language), None)
