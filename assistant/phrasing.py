"""What Facet says, in the shopper's language: the phrases of `assistant/phrases/<language>.toml`,
each with named placeholders ("{count}", "{price}"), and plural forms where the language has them
(CLDR's categories: one, few, many, other, chosen by the file's [plural] rules). English
(`en.toml`) is the base: a phrase another language lacks is said in English, phrase by phrase, and
noted in `fell_back`. A file also says how the language writes a price ([number]: grouping, decimal
mark, where the symbol goes, per country where they differ) and which words show a message is in
it ([language] words, beside its locale packs'). Kinds of piece, metals and stones are named with
the locale pack's first name for them (retrieval/lexicon/locales/), or the one of the pack's names
the file's [names] picks where the first is a trade's particular one ("gourmette" for any bracelet;
tests/test_phrasing.py checks each is the pack's), never a made-up translation.

    phrases = phrases_for("cs", "cs-CZ")
    phrases.say("openings", count=3, scope="(do 20 000 Kč)")  # "Tady jsou 3 šperky (do 20 000 Kč):"
    phrases.price(20000, "CZK")                                  # "20 000 Kč"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from retrieval.lexicon import answer_name_packs, base_lexicon, first_names
from retrieval.script_spellings import outside_alphabet, spelled_in
from retrieval.vocabulary import CURRENCY_SYMBOLS

PHRASE_DIR = Path(__file__).with_name("phrases")
BASE_LANGUAGE = "en"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
OTHER = "other"
# A CLDR plural rule over whole numbers: "n % 10 = 2..4 and n % 100 != 12..14", "or" between such.
RELATION = re.compile(r"^\s*n\s*(?:%\s*(\d+))?\s*(=|!=)\s*([\d.,\s]+?)\s*$")
FULL_STOP = "."  # how a sentence ends, unless a file's [language] full_stop says otherwise (Armenian "։")
WHOLE_NOTE_PRICE = 100  # a note's price from this up is said in whole units, as the understanding's English says it


class PhraseError(ValueError):
    """A phrase file that cannot be read: the message names the file and what is wrong."""


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in PHRASE_DIR.glob("*.toml")))


@lru_cache(maxsize=None)
def _read(language: str) -> dict:
    path = PHRASE_DIR / f"{language}.toml"
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise PhraseError(f"the phrase file {path} is not valid TOML ({error})") from None
    unknown = set(data.get("plural", {})) - set(PLURAL_CATEGORIES)
    if unknown:
        raise PhraseError(f"the phrase file {path} has plural rules for {sorted(unknown)}: CLDR's are {', '.join(PLURAL_CATEGORIES)}")
    return data


def _relation_holds(relation: str, n: int) -> bool:
    match = RELATION.match(relation)
    if not match:
        raise PhraseError(f"a plural rule's relation {relation!r} is not of the form 'n % 10 = 2..4'")
    modulo, operator, ranges = match.groups()
    value = n % int(modulo) if modulo else n
    inside = False
    for part in ranges.split(","):
        low, _, high = part.strip().partition("..")
        inside |= int(low) <= value <= int(high or low)
    return inside if operator == "=" else not inside


def plural_category(rules: dict[str, str], n: int) -> str:
    """The CLDR category of a whole number under a language's rules ({"one": "n = 1", "few": "n = 2..4"})."""
    for category, rule in rules.items():
        if any(all(_relation_holds(relation, n) for relation in alternative.split(" and ")) for alternative in rule.split(" or ")):
            return category
    return OTHER


@dataclass(frozen=True)
class NumberFormat:
    group: str = ","
    decimal: str = "."
    min_grouping_digits: int = 1  # 2: "1250" but "12 500" (Spanish, Polish)
    price: str = "{symbol}{amount}"  # a currency with a symbol
    price_code: str = "{amount} {code}"  # a currency Facet has no symbol for

    def number(self, amount: float, decimals: int) -> str:
        whole, _, fraction = f"{abs(amount):.{decimals}f}".partition(".")
        if len(whole) >= 3 + self.min_grouping_digits:
            whole = f"{int(whole):,}".replace(",", self.group)
        return ("-" if amount < 0 else "") + whole + (self.decimal + fraction if fraction else "")


class Note(str):
    """A note the understanding puts before an answer ("UK size M is about US size 6.25"): the English
    it always wrote, and the phrase (`key`, of the [phrases] "note_*") and values another language
    says it with. A value that is a price is (amount, currency), a number a float: each written as
    the answer's language writes it."""

    def __new__(cls, english: str, key: str = "", **values):
        note = super().__new__(cls, english)
        note.key, note.values = key, values
        return note


@dataclass
class Phrases:
    """One language's phrases over English's, the number format of a country, and the names of its pack."""

    language: str
    locale: str | None = None  # the pack naming kinds, metals and stones ("cs-CZ")
    fell_back: list[str] = field(default_factory=list)  # phrases said in English for lack of this language's

    @property
    def native(self) -> dict:
        return _read(self.language) if self.language != BASE_LANGUAGE else {}

    @property
    def full_stop(self) -> str:
        """The mark that ends a sentence Facet puts together from notes ("." ; Armenian's "։")."""
        return self.native.get("language", {}).get("full_stop", FULL_STOP)

    @property
    def english(self) -> bool:
        return self.language == BASE_LANGUAGE

    def phrase(self, key: str) -> tuple[str | list | dict, dict[str, str]]:
        """The phrase and the plural rules of the language it is in: this one's, else English's."""
        own = self.native.get("phrases", {}).get(key)
        if own is not None:
            return own, self.native.get("plural", {})
        if not self.english:
            self.fell_back.append(key)
        english = _read(BASE_LANGUAGE)
        if key not in english.get("phrases", {}):
            raise PhraseError(f"no phrase {key!r} in {PHRASE_DIR / (BASE_LANGUAGE + '.toml')}")
        return english["phrases"][key], english.get("plural", {})

    def say(self, key: str, count: int | None = None, pick: int = 0, **values) -> str:
        """The phrase `key` with its placeholders filled; `count` chooses a plural form (and fills
        "{count}"), `pick` one of several wordings."""
        phrase, rules = self.phrase(key)
        if isinstance(phrase, list):
            phrase = phrase[pick % len(phrase)]
        if isinstance(phrase, dict):
            category = plural_category(rules, count if count is not None else 0)
            phrase = phrase.get(category, phrase.get(OTHER))
        if count is not None:
            values["count"] = count
        return phrase.format(**values)

    def note(self, note: str) -> str:
        """A note in the language: its phrase with its values written as the language writes them; the
        note's English where it is a plain string or the language has no phrase for it (noted in `fell_back`)."""
        key = getattr(note, "key", "")
        if self.english or not key:
            return str(note)
        if key not in self.native.get("phrases", {}):
            self.fell_back.append(key)
            return str(note)
        return self.say(key, **{name: self._written(value) for name, value in note.values.items()})

    def _written(self, value) -> str:
        if isinstance(value, tuple):
            amount, currency = value
            return self.price(round(amount) if amount >= WHOLE_NOTE_PRICE else amount, currency)
        return self.decimal(value) if isinstance(value, float) else str(value)

    def listed(self, parts: list[str], last: str = "list_separator") -> str:
        """"a, b and c" as the language joins a list (`last`: the phrase before its last part)."""
        if len(parts) < 2:
            return "".join(parts)
        return self.say("list_separator").join(parts[:-1]) + self.say(last) + parts[-1]

    # --- numbers and prices ------------------------------------------------------------------------

    def number_format(self, currency: str | None = None) -> NumberFormat:
        """How the language writes numbers; a price in the currency of the answer locale's country as
        that country writes it ([number.regions.BR]: "R$ 1.250,90"), a price in another currency as
        the language's own file does (euros in a shop read as pt-BR: "1250 €", as Portugal writes them)."""
        spec = dict(self.native.get("number", {}) if not self.english else _read(BASE_LANGUAGE).get("number", {}))
        regions = spec.pop("regions", {})
        region = self.locale.partition("-")[2].upper() if self.locale else ""
        priced_there = currency is None or region in _currency_regions(currency)
        return NumberFormat(**{**spec, **(regions.get(region, {}) if priced_there else {})})

    def price(self, amount: float, currency: str) -> str:
        """A price as the language writes it: "$1,250" in English, "1 250 Kč" in Czech, "R$ 1.250,90" in Brazil."""
        number = self.number_format(currency)
        text = number.number(amount, 0 if amount == int(amount) else 2)
        symbol = CURRENCY_SYMBOLS.get(currency)
        return number.price.format(symbol=symbol, amount=text) if symbol else number.price_code.format(amount=text, code=currency)

    def karat(self, value: float) -> str:
        """A gold's karat as a number in the language ("19,2"); English's as before ("19.2", "14")."""
        return str(value) if self.english else self.decimal(value)

    def decimal(self, value: float) -> str:
        """A small number ("0.5" carats, ring size "6.5") with the language's decimal mark."""
        return f"{value:g}".replace(".", self.number_format().decimal)

    # --- the catalog's vocabulary ------------------------------------------------------------------

    def name(self, table: str, value: str) -> str:
        """A kind of piece, metal or stone in the language: its pack's first name for it, else the value."""
        if self.english:
            return value
        chosen = self.native.get("names", {}).get(table, {}).get(value)  # one of the pack's own names ([names])
        if chosen:
            return self._capitalised(table, chosen)
        for locale in self.name_packs():
            named = first_names(locale).get(table, {}).get(value)
            if named and not any(char.isdigit() for char in named):  # "ouro branco 800" names a standard, not the metal
                return self._capitalised(table, named)
        return value

    def _capitalised(self, table: str, named: str) -> str:
        capitalised = table in self.native.get("language", {}).get("capitalised", ())  # German nouns
        return named[0].upper() + named[1:] if capitalised else named

    def name_packs(self) -> list[str]:
        """The packs naming things in this language: the file's [language] names_from (a regional
        pack whose first names are its trade's particular ones names less well than the language's
        main pack), else the answer's locale's (its pack's [pack] names_from, else the pack)."""
        named = list(self.native.get("language", {}).get("names_from", ()))
        return named or (answer_name_packs(self.locale) if self.locale else [])

    def colour_of(self, stone: str, color: str) -> str:
        """A stone's colour as said before it: the file's [stone_colours.<stone>] form, where the stone's
        gender asks for other forms than the pack's first names (Slovak "biela perla"), else the pack's."""
        chosen = self.native.get("stone_colours", {}).get(stone, {}).get(color)
        return self._capitalised("colors", chosen) if chosen else self.name("colors", color)

    def metal(self, metal: str, karat: float | None = None) -> str:
        """"14k white gold" in the language: the karat as written in it, then the pack's name for the metal."""
        named = self.name("metals", metal)
        return self.say("karat_metal", karat=self.karat(karat), metal=named) if karat else named


@lru_cache(maxsize=None)
def _currency_regions(code: str) -> tuple[str, ...]:
    currency = base_lexicon().currencies.get(code)
    return currency.regions if currency else ()


@lru_cache(maxsize=None)
def recognised_words(language: str) -> frozenset[str]:
    """The words a language's phrase file lists as its own everyday words ([language] words), also in
    each other alphabet its [language] scripts names (Serbian "tražim" is "тражим" too: lexicon/scripts.toml)."""
    said = _read(language).get("language", {})
    words = said.get("words", ())
    spelled = (spelled_in(word, script) for script in said.get("scripts", ()) for word in words)
    return frozenset(words) | {word for word in spelled if word}


def written_otherwise(language: str, text: str) -> bool:
    """Whether a text holds a letter none of the alphabets of the language's [language] scripts has
    (Bulgarian "ъ" where Serbian is read in Cyrillic too): then it is not written in that language."""
    return any(outside_alphabet(text, script) for script in _read(language).get("language", {}).get("scripts", ()))


@lru_cache(maxsize=None)
def trigger_words(language: str) -> dict[str, tuple[str, ...]]:
    """The words by which a message in the language greets, thanks, asks about a policy ([triggers]: assistant/triggers.py)."""
    return {kind: tuple(words) for kind, words in _read(language).get("triggers", {}).items()}


def phrases_for(language: str, locale: str | None = None) -> Phrases:
    return Phrases(language if language in available_languages() else BASE_LANGUAGE, locale)


ENGLISH = Phrases(BASE_LANGUAGE)
