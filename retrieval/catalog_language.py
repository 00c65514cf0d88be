"""The language a shop's catalog is written in, read from its own listings at ingest.

A locale pack's listing words (its kinds, metals, stones and colours over the base file's:
Polish "pierścionek", "złoto", Turkish "yüzük", "altın") say a listing is in its language. The
catalog's locale is the pack whose words the most items' titles and descriptions use, when at
least `lexicon.catalog_locale_share` of the items do: one Polish word in an English shop's
catalog says nothing about the shop. Packs whose listings are in the default locale's language
(English: en-GB, and en-IN, bn-IN ... whose words Indian jewellers write in English listings) are
never the catalog's locale: a shop with none is read and heard as English already.

    reading = catalog_locale([(item.title, item.description) for item in items], 0.3)
    reading.locale, reading.share   # "pl-PL", 0.71
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from retrieval.folding import words_of
from retrieval.lexicon import DEFAULT_LOCALES, LOCALE_SEPARATOR, base_lexicon, listings_language, locale_packs, own_listing_phrases

# Languages named in the ingest report ("listings read as Polish (pl-PL)").
LANGUAGE_NAMES = {"af": "Afrikaans", "ar": "Arabic", "bn": "Bengali", "da": "Danish", "en": "English", "es": "Spanish", "fil": "Filipino", "el": "Greek", "hi": "Hindi", "fr": "French", "it": "Italian", "ja": "Japanese", "ko": "Korean", "sv": "Swedish",
                  "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
                  "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tr": "Turkish", "vi": "Vietnamese", "zh": "Chinese", "he": "Hebrew", "fa": "Persian", "ur": "Urdu", "ka": "Georgian", "sw": "Swahili", "nb": "Norwegian", "hy": "Armenian", "lv": "Latvian", "lt": "Lithuanian", "et": "Estonian", "is": "Icelandic"}  # fmt: skip


@dataclass(frozen=True)
class LocaleReading:
    locale: str
    share: float  # of the items whose words are the locale's

    @property
    def region(self) -> str | None:
        """The locale's country ("RU" of "ru-RU"), None for a language alone ("ar")."""
        _, _, region = self.locale.partition("-")
        return region.upper() or None

    def note(self) -> str:
        """The ingest report's line."""
        language = LANGUAGE_NAMES.get(self.locale.split("-")[0], self.locale)
        return f"listings read as {language} ({self.locale}): {self.share:.0%} of listings use its words"


def _uses(words: list[str], phrases: frozenset[tuple[str, ...]], longest: int) -> bool:
    return any(tuple(words[start:start + size]) in phrases
               for start in range(len(words)) for size in range(1, min(longest, len(words) - start) + 1))  # fmt: skip


DEFAULT_LANGUAGE = DEFAULT_LOCALES[0].split("-")[0]  # what a shop naming no locale is read as


def candidate_locales() -> tuple[str, ...]:
    """The locale packs whose listings are written in a language other than the default."""
    return tuple(locale for locale in locale_packs() if listings_language(locale) != DEFAULT_LANGUAGE)


def locale_shares(texts: list[tuple[str, ...]], locales: Iterable[str] | None = None) -> dict[str, float]:
    """Each locale pack's share of the items (their texts: title, description) using its own words."""
    item_words = [words_of(" ".join(text)) for text in texts]
    shares = {}
    for locale in candidate_locales() if locales is None else locales:
        phrases = own_listing_phrases(locale)
        longest = max(map(len, phrases), default=0)
        used = sum(_uses(words, phrases, longest) for words in item_words)
        shares[locale] = used / len(item_words) if item_words else 0.0
    return shares


def catalog_locale(texts: list[tuple[str, ...]], min_share: float, currency: str | None = None) -> LocaleReading | None:
    """The locale whose words the most items use, if at least `min_share` of them do; else None. That
    locale's language's country packs then decide which country (`_country_of`)."""
    shares = locale_shares(texts)
    if not shares:
        return None
    regions = currency_regions(currency)  # a tie between languages (Czech and Slovak listings) goes to the shop's currency's country
    locale = max(shares, key=lambda name: (shares[name], _region(name) in regions, name))
    tied = [name for name in shares if shares[name] == shares[locale] and (_region(name) in regions) == (_region(locale) in regions)]
    if len(tied) > 1:  # close languages every item's words fit (Croatian, Slovenian, both EUR): the one whose words no other writes
        apart = _apart_shares(texts, tied)
        locale = max(tied, key=lambda name: (apart[name], name))
    if not (shares[locale] >= min_share and shares[locale] > 0):
        return None
    return LocaleReading(_country_of(locale, texts, shares, min_share, currency), shares[locale])


def language_of(locale: str) -> str:
    return locale.split(LOCALE_SEPARATOR)[0].lower()


def _country_of(leader: str, texts: list[tuple[str, ...]], shares: dict[str, float], min_share: float, currency: str | None) -> str:
    """Among the leading locale's language siblings, the one whose words no sibling writes ("aros",
    "cintillo": es-AR) at least `min_share` of the items use, the most of them; where no sibling's
    own words say it (the leader is most often the language's widest pack, es-MX, pt-BR, the others
    only what their country says apart), the one of the shop's currency's countries (ARS: es-AR;
    currencies.toml `regions`); where that says nothing either, the leader."""
    siblings = [name for name in shares if language_of(name) == language_of(leader)]
    if len(siblings) < 2:
        return leader
    apart = _apart_shares(texts, siblings)
    said = [name for name in siblings if name != leader and apart[name] >= min_share]
    if said:
        best = max(apart[name] for name in said)
        return _by_currency([name for name in said if apart[name] == best], currency) or max(said, key=lambda name: (apart[name], name))
    return _by_currency(siblings, currency) or leader


def _by_currency(locales: list[str], currency: str | None) -> str | None:
    """The one locale of these whose country prices in `currency`, None if not exactly one."""
    regions = currency_regions(currency)
    priced = [name for name in locales if _region(name) in regions]
    return priced[0] if len(priced) == 1 else None


def _apart_shares(texts: list[tuple[str, ...]], siblings: list[str]) -> dict[str, float]:
    """Each sibling's share of the items using words that pack writes and no other sibling does."""
    phrases = {name: own_listing_phrases(name) for name in siblings}
    apart = {name: phrases[name].difference(*(phrases[other] for other in siblings if other != name)) for name in siblings}
    item_words = [words_of(" ".join(text)) for text in texts]
    return {name: sum(_uses(words, apart[name], max(map(len, apart[name]), default=0)) for words in item_words) / max(len(item_words), 1)
            for name in siblings}  # fmt: skip


def _region(locale: str) -> str:
    return locale.partition(LOCALE_SEPARATOR)[2].upper()


def currency_regions(currency: str | None) -> tuple[str, ...]:
    """The countries whose shops price in a currency (currencies.toml `regions`: ARS -> AR), () if unknown."""
    known = base_lexicon().currencies.get((currency or "").upper())
    return known.regions if known else ()
