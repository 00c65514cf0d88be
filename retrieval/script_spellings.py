"""A locale pack's words in each alphabet its language is written in: Serbian "prsten od srebra" is
also "прстен од сребра". The alphabets are data (lexicon/scripts.toml: a Cyrillic letter to its Latin
spelling); a pack opts in with [spelling] scripts = ["serbian"]. A word holding a Latin letter the
other alphabet has none for ("cz", "xl") is kept in Latin only. A language typed in Latin letters by a
transliteration (Bulgarian: scripts.toml's [shortest] names it) is written in its own alphabet in its
pack and gains the Latin spellings only ("пръстен": "prasten", "prusten"), the other way being lossy. `respelled` is the walk of a pack's
names for any other spelling (the unmarked one of Vietnamese too: retrieval/lexicon.py)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable, Collection

SCRIPTS_FILE = Path(__file__).with_name("lexicon") / "scripts.toml"
LOCALE_PACKS = Path(__file__).with_name("lexicon") / "locales"
# Tables whose keys are phrases a shopper or a shop writes, beside the lexicon's tables keyed by a name
# (`name_keyed`): their unmarked spellings are matched by folding the text, another alphabet is not
PHRASE_KEYED_TABLES = ("request_kinds", "request_metals", "multipliers", "words", "before")
KEPT_TABLES = ("spelling", "alternations")  # settings and letters, not words


SHORTEST_TABLE = "shortest"  # scripts.toml: a transliterated language -> the fewest letters a Latin spelling keeps


@lru_cache(maxsize=None)
def _scripts() -> dict:
    return tomllib.loads(SCRIPTS_FILE.read_text(encoding="utf-8"))


def _letters(script: str, variant: int = 0) -> dict[str, str]:
    """A letter to its Latin spelling: the first listed (variant 0) or the last (the everyday one)."""
    spellings = _scripts()[script]
    return {letter: latin if isinstance(latin, str) else latin[0 if variant == 0 else -1] for letter, latin in spellings.items()}


def transliterated(script: str) -> bool:
    """Whether `script` is a language typed in Latin by transliteration (not a second alphabet of its own)."""
    return script in _scripts().get(SHORTEST_TABLE, {})


def spelling_variants(script: str) -> int:
    """How many Latin spellings a letter of `script` is given (2 where everyday typing differs)."""
    return 2 if any(isinstance(latin, list) for latin in _scripts()[script].values()) else 1


@lru_cache(maxsize=None)
def _alphabet(script: str) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the Latin spellings (digraphs first) and each one's letter in the other alphabet."""
    letters = _letters(script)
    to_other = {latin: other for other, latin in letters.items()}
    return re.compile("|".join(map(re.escape, sorted(to_other, key=len, reverse=True)))), to_other


def spelled_in(text: str, script: str, variant: int = 0) -> str | None:
    """`text` in the other alphabet of `script`, or None when it has a letter that alphabet lacks or no
    letter at all. A transliterated language's text goes from its own alphabet into Latin (`variant` 1:
    the everyday spellings)."""
    if transliterated(script):
        return _latin_spelling(text, script, variant)
    pattern, to_other = _alphabet(script)
    text = unicodedata.normalize("NFC", text.lower())
    spelled = pattern.sub(lambda match: to_other[match[0]], text)
    if spelled == text or any(char.isalpha() and char.isascii() for char in spelled):
        return None
    return spelled


def _latin_spelling(text: str, script: str, variant: int) -> str | None:
    """`text` of a transliterated language in Latin letters, or None when a letter is left that is not
    Latin, when nothing changed, or when it is shorter than the script's shortest."""
    letters = _letters(script, variant)
    text = unicodedata.normalize("NFC", text.lower())
    spelled = "".join(letters.get(char, char) for char in text)
    if spelled == text or any(char.isalpha() and not char.isascii() for char in spelled):
        return None
    if sum(char.isalpha() for char in spelled) < _scripts()[SHORTEST_TABLE][script]:
        return None
    return spelled


@lru_cache(maxsize=None)
def language_scripts(language: str | None) -> tuple[str, ...]:
    """The scripts.toml alphabets a language's locale packs name in their [spelling] scripts ("sr":
    ("serbian",), "bg": ("bulgarian",)); none for a language code that is not one ("auto")."""
    if not language or not language.isalpha():
        return ()
    named = (tomllib.loads(path.read_text(encoding="utf-8")).get("spelling", {}).get("scripts", ())
             for path in sorted(LOCALE_PACKS.glob(f"{language.lower()}-*.toml")))  # fmt: skip
    return tuple(dict.fromkeys(script for scripts in named for script in scripts))


def latin_typings(word: str, scripts: Collection[str]) -> set[str]:
    """The Latin spellings `word` is typed in by those of `scripts` that are transliterations
    ("пръстен": "prasten", "prusten"); none for a second alphabet of a language's own (Serbian's)."""
    return {typed for script in scripts if transliterated(script) for variant in range(spelling_variants(script))
            if (typed := spelled_in(word, script, variant)) is not None}


def with_script_spellings(pack: dict, name_keyed: tuple[str, ...]) -> dict:
    """A pack with every name and phrase also in the other alphabets its [spelling] scripts names;
    `name_keyed`: the lexicon's tables keyed by a name ("named_colors", "by_stone")."""
    keyed = (*name_keyed, *PHRASE_KEYED_TABLES)
    for script in pack.get("spelling", {}).get("scripts", ()):
        for variant in range(spelling_variants(script)):
            pack = respelled(pack, lambda text: spelled_in(text, script, variant), keyed, KEPT_TABLES)
    return pack


def respelled(table: dict, spell: Callable[[str], str | None], keyed: Collection[str], kept: Collection[str] = (),
              keyed_by_name: bool = False) -> dict:
    """`table` with each word in its lists, and each key of its tables named in `keyed` (keyed by a name
    or phrase), also as `spell` writes it (None: no other spelling); tables in `kept` as they are. A keyed
    table's lists hold Facet's names ("by_stone": stones), never respelled. The one walk of a pack for its
    other alphabet (here) and its unmarked spelling (lexicon._with_unmarked_spellings)."""
    spelled: dict = {}
    for key, value in table.items():
        if key in kept:
            spelled[key] = value
        elif isinstance(value, dict):
            spelled[key] = respelled(value, spell, keyed, kept, key in keyed)
        elif isinstance(value, list) and not keyed_by_name:
            spelled[key] = list(dict.fromkeys([*value, *(other for v in value if isinstance(v, str) and (other := spell(v)) is not None)]))
        else:
            spelled[key] = value
    if keyed_by_name:
        for key in table:
            other = spell(key)
            if other is not None and other not in spelled:
                spelled[other] = spelled[key]
    return spelled


@lru_cache(maxsize=None)
def _to_latin(script: str) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the other alphabet's letters, capitals too, and each one's Latin spelling."""
    letters = _letters(script)
    letters |= {other.upper(): latin.capitalize() for other, latin in letters.items()}
    return re.compile("|".join(map(re.escape, letters))), letters


def in_latin(text: str, script: str) -> str:
    """`text` with the letters of `script`'s other alphabet in their Latin spelling ("минђуше од
    сребра" -> "minđuše od srebra"); letters of no alphabet of `script` (Russian "ы") are kept."""
    pattern, to_latin = _to_latin(script)
    return pattern.sub(lambda match: to_latin[match[0]], unicodedata.normalize("NFC", text))


@lru_cache(maxsize=None)
def _other_alphabet(script: str) -> tuple[frozenset[str], frozenset[str]]:
    """The other alphabet's letters, and the writing systems they belong to ("CYRILLIC"). Read from the
    table's own letters: a transliteration spells two letters alike (Bulgarian "а" and "ъ" as "a")."""
    letters = frozenset(_letters(script))
    return letters, frozenset(_writing_system(letter) for letter in letters)


def _writing_system(char: str) -> str:
    return unicodedata.name(char, "").partition(" ")[0]


def outside_alphabet(text: str, script: str) -> bool:
    """Whether `text` holds a letter of the other alphabet's writing system that alphabet lacks: Russian
    "ы", "й", Ukrainian "і", "ї", Bulgarian "ъ", "щ" are no letters of Serbian Cyrillic, so a text with
    them is not written in Serbian."""
    letters, systems = _other_alphabet(script)
    return any(char.isalpha() and char not in letters and _writing_system(char) in systems for char in text.lower())
