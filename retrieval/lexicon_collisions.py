"""Words two languages' locale packs read otherwise: every default pack is merged into one lexicon
(retrieval/lexicon.py), so a word one pack gives a meaning and another pack another meaning or role
(Danish "violet" a purple, English's own colour; Norwegian "rosa" a colour said before the stone,
Spanish's said after it) makes every shop's reading hang on which packs are loaded.

    collisions(packs)  # packs: {name: (language, merged tables)}; [] when no two languages disagree

A pack's readings of a word are taken from the tables that give it a meaning, keyed by the word as
the lexicon reads it (`words_of`: lower-cased, folded): the phrases of kinds, metals, stones, cuts,
colours and names of nothing (`named_phrases`, their plurals included), a metal's colour words,
request words naming kinds or metals, names implying a stone or a purity, number and multiplier
words, and the words of negation and of a metal's colour. A word is read in one "slot" per table;
two packs disagree where both read it in one slot, differently, or where one reads a negation that
the other reads as a thing (a kind, metal, stone or colour). A pack's [contested] words are no part
of it here: they are read only for a shop of its own locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Iterator, Mapping

from retrieval.folding import words_of
from retrieval.lexicon import BASE_FILE, BASE_FILE_LANGUAGE, DATA_DIR, DEFAULT_LOCALES, LOCALE_SEPARATOR, _locale_pack, _read_toml
from retrieval.lexicon_tables import named_phrases, phrase_forms
from retrieval.mentions import GROUPS, PhraseEntry

Words = tuple[str, ...]
Readings = dict[str, frozenset[str]]  # slot -> what the word is read as there

CONTESTED_TABLE = "contested"
WEAK_STRENGTH = 0.7  # any strength below a name's: only which of two entries of one kind is kept hangs on it
NEGATION_SLOT = "negation"
# Tables {value: [words]} whose words are read as that value: [metal_colors] white = ["hvit"]
WORDS_BY_VALUE_TABLES = {"metal colour": ("metal_colors",)}
# Tables {phrase: value or [values]}: what the phrase names
VALUE_BY_WORDS_TABLES = {
    "request kinds": ("request_kinds",),
    "request metals": ("request_metals",),
    "implied stone": ("implied_stones",),
    "named karat": ("karat", "named"),
    "number word": ("numbers", "words"),
    "multiplier": ("multipliers",),
}
# Tables {role: [words]} whose words play that role in a sentence
ROLE_TABLES = {NEGATION_SLOT: ("negation",), "colour of metal": ("color_of_metal",)}
# Slots a word cannot hold in one pack and another slot in another pack without one reading
# spoiling the other: a negation word that is a kind, metal or stone elsewhere refuses it.
EXCLUSIVE_SLOTS = tuple((NEGATION_SLOT, group) for group in GROUPS)


@dataclass(frozen=True)
class Collision:
    words: Words
    slot: str
    first: str  # pack name
    first_reading: frozenset[str]
    second: str
    second_reading: frozenset[str]

    def __str__(self) -> str:
        return (f"{' '.join(self.words)!r} ({self.slot}): {self.first} reads {sorted(self.first_reading)}, "
                f"{self.second} reads {sorted(self.second_reading)}")


def _table(data: dict, path: tuple[str, ...]) -> dict:
    for key in path:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    return data if isinstance(data, dict) else {}


def _phrase_readings(data: dict, base_values: frozenset[tuple[str, str]]) -> Iterator[tuple[Words, str, str]]:
    """(words, group, reading) of the phrase each of a pack's words is read as in each group: as
    `Lexicon._add` keeps it, the first entry, or a stronger one of the same kind ("turquoise" in the
    base file is a stone, its colour of the same name never read). A value's own name the base file
    gives ("zircon", where a pack adds "zirkoon" to it) is the base file's word, not the pack's."""
    kept: dict[tuple[Words, str], PhraseEntry] = {}
    for group, name, entry, plurals in named_phrases(data, WEAK_STRENGTH):
        if name == entry.value and (entry.kind, entry.value) in base_values:
            continue
        for form in phrase_forms(name, plurals):
            known = kept.get((form, group))
            if known is None or (known.kind == entry.kind and known.strength < entry.strength):
                kept[form, group] = entry
    return ((form, group, f"{entry.kind}: {entry.value}") for (form, group), entry in kept.items())


def _readings(data: dict, base_values: frozenset[tuple[str, str]]) -> Iterator[tuple[Words, str, str]]:
    """(words, slot, reading) for every word the tables of one pack give a meaning."""
    yield from _phrase_readings(data, base_values)
    for slot, path in WORDS_BY_VALUE_TABLES.items():
        for value, words in _table(data, path).items():
            yield from ((tuple(words_of(word)), slot, value) for word in words)
    for slot, path in VALUE_BY_WORDS_TABLES.items():
        for phrase, value in _table(data, path).items():
            yield tuple(words_of(phrase)), slot, ", ".join(sorted(map(str, value))) if isinstance(value, list) else str(value)
    for slot, path in ROLE_TABLES.items():
        for role, words in _table(data, path).items():
            yield from ((tuple(words_of(word)), slot, role) for word in words if isinstance(word, str))


def _values(data: dict) -> frozenset[tuple[str, str]]:
    """(kind, value) of every value a file's tables name by their own name."""
    return frozenset((entry.kind, entry.value) for _, name, entry, _ in named_phrases(data, WEAK_STRENGTH) if name == entry.value)


def pack_readings(data: dict, base_values: frozenset[tuple[str, str]] = frozenset()) -> dict[Words, Readings]:
    """{words: {slot: readings}} of one pack's tables (the base file's values' own names left out)."""
    found: dict[Words, dict[str, set[str]]] = {}
    for words, slot, reading in _readings(data, base_values):
        if words:
            found.setdefault(words, {}).setdefault(slot, set()).add(reading)
    return {words: {slot: frozenset(read) for slot, read in slots.items()} for words, slots in found.items()}


def _disagreements(words: Words, first: tuple[str, Readings], second: tuple[str, Readings]) -> Iterator[Collision]:
    (first_name, first_slots), (second_name, second_slots) = first, second
    for slot in first_slots.keys() & second_slots.keys():
        if first_slots[slot] != second_slots[slot]:
            yield Collision(words, slot, first_name, first_slots[slot], second_name, second_slots[slot])
    for one, other in EXCLUSIVE_SLOTS:
        for (a, a_slots), (b, b_slots) in ((first, second), (second, first)):
            if one in a_slots and other in b_slots and other not in a_slots and one not in b_slots:
                yield Collision(words, f"{one} / {other}", a, a_slots[one], b, b_slots[other])


def collisions(packs: Mapping[str, tuple[str, dict]], shared: Iterable[str] = (), base: str | None = BASE_FILE) -> list[Collision]:
    """Every word two packs of different languages read otherwise, but the `shared` ones (words
    declared read alike on purpose, their English plurals too, as the lexicon reads plurals). `base`
    names the pack whose values the others add names to (the base file)."""
    allowed = {form for word in shared for form in phrase_forms(word, None)}
    base_values = _values(packs[base][1]) if base in packs else frozenset()
    by_words: dict[Words, list[tuple[str, str, Readings]]] = {}
    for name, (language, data) in packs.items():
        for words, slots in pack_readings(data, base_values if name != base else frozenset()).items():
            by_words.setdefault(words, []).append((name, language, slots))
    found = []
    for words, readers in by_words.items():
        if words in allowed:
            continue
        for (a, a_language, a_slots), (b, b_language, b_slots) in combinations(readers, 2):
            if a_language != b_language:
                found.extend(_disagreements(words, (a, a_slots), (b, b_slots)))
    return found


def language_of(locale: str) -> str:
    return locale.split(LOCALE_SEPARATOR)[0].lower()


def default_packs() -> dict[str, tuple[str, dict]]:
    """The base file (English) and every default locale pack as merged, its [contested] words left out."""
    packs = {BASE_FILE: (BASE_FILE_LANGUAGE, _read_toml(DATA_DIR / BASE_FILE))}
    for locale in DEFAULT_LOCALES:
        pack = _locale_pack(locale)
        pack.pop(CONTESTED_TABLE, None)
        packs[locale] = (language_of(locale), pack)
    return packs
