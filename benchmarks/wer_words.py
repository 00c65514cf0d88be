"""WER words read alike whatever the language: numbers said as words read as their digits (English's
here, other languages' from benchmarks/data/number_words.toml), and a compound written as one word or
as its parts counted once (`joined_alike`); `normalise` reads a sentence so and `edit_distance`
counts the word errors. Both sides of a comparison are read the same way: no rule favours the transcript.
A language written in two alphabets letter for letter (Serbian: its locale packs' [spelling] scripts,
lexicon/scripts.toml) is read in one: a word heard right is right in either alphabet."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from retrieval.folding import folded
from retrieval.script_spellings import SCRIPTS_FILE, in_latin, transliterated

NUMBER_WORDS_FILE = Path(__file__).parent / "data" / "number_words.toml"
LOCALE_PACKS = SCRIPTS_FILE.parent / "locales"  # "sr-RS.toml", "sr-RS.requests.toml": a language's packs
DIGITS = re.compile(r"\d+")
# Scripts written without spaces between words: kana, CJK ideographs, Thai. Their words are
# counted per character, so the error rate there is a character error rate, as is usual for them.
UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNSPACED_RUN_PARTS = re.compile(f"[{UNSPACED}]|[^{UNSPACED}]+")


@dataclass(frozen=True)
class NumberWords:
    values: dict[str, int]
    tens: dict[str, int] = field(default_factory=dict)
    teen: tuple[str, ...] = ()
    hundreds: dict[str, int] = field(default_factory=dict)
    scales: dict[str, int] = field(default_factory=dict)
    compound: bool = False
    joiners: tuple[str, ...] = ()
    not_alone: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    @property
    def morphemes(self) -> tuple[str, ...]:
        """Every word part, longest first (a compound is cut greedily: "fünfzehn" before "fünf")."""
        parts = {*self.values, *self.tens, *self.teen, *self.hundreds, *self.scales, *self.joiners}
        return tuple(sorted(parts, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_languages() -> tuple[NumberWords, ...]:
    tables = tomllib.loads(NUMBER_WORDS_FILE.read_text(encoding="utf-8"))
    return tuple(NumberWords(**{key: tuple(value) if isinstance(value, list) else value for key, value in table.items()})
                 for table in tables.values())  # fmt: skip


def numbers_said(words: list[str]) -> list[str]:
    """`words` with every run of number words (in any listed language) read as digits:
    ["bis", "neunhundert", "euro"] -> ["bis", "900", "euro"], ["dua", "ratus", "ribu"] -> ["200000"]."""
    for language in number_languages():
        words = _read_numbers(words, language)
    return words


def _parts(word: str, language: NumberWords) -> list[str] | None:
    """The number parts `word` is made of ("fünfhundertfünfundachtziger" -> fünf hundert fünf und achtzig er), or None."""
    if word in language.morphemes or DIGITS.fullmatch(word):
        return None if word in language.not_alone else [word]
    digits = DIGITS.match(word)
    if digits and word[digits.end() :] in language.suffixes:  # "585er"
        return [digits.group(), word[digits.end() :]]
    if not language.compound:
        return None
    parts, rest = [], word
    while rest:
        part = next((m for m in language.morphemes if rest.startswith(m)), None)
        if part is None and rest in language.suffixes:
            break
        if part is None:
            return None
        parts.append(part)
        rest = rest[len(part) :]
    if all(part in language.not_alone for part in parts):  # "einer", "under": no number
        return None
    return [*parts, rest] if rest else parts


def _read_numbers(words: list[str], language: NumberWords) -> list[str]:
    out, run = [], []
    for index, word in enumerate([*words, ""]):
        parts = _parts(word, language) if word else None
        # digits start a run only before a scale word ("500 ribu" is "lima ratus ribu") or a suffix ("585er")
        if parts == [word] and DIGITS.fullmatch(word) and not (run or _next_is_scale(words, index, language)):
            parts = None
        if parts:
            run.extend(parts)
            continue
        out.extend(_value(run, language) if run else [])
        run = []
        if word:
            out.append(word)
    return out


def _next_is_scale(words: list[str], index: int, language: NumberWords) -> bool:
    return index + 1 < len(words) and words[index + 1] in language.scales


def _value(parts: list[str], language: NumberWords) -> list[str]:
    """The digits a run of number parts says; a run of lone digits said one by one ("sembilan dua
    lima") is those digits ("925"); a suffix stays a word after them ("585", "er")."""
    suffix = [parts.pop()] if parts and parts[-1] in language.suffixes else []
    if len(parts) > 1 and all(language.values.get(part, 10) < 10 for part in parts):
        return ["".join(str(language.values[part]) for part in parts), *suffix]
    total = group = small = 0
    for part in parts:
        if DIGITS.fullmatch(part):
            small += int(part)
        elif part in language.values:
            small += language.values[part]
        elif part in language.tens:
            small = max(small, 1) * language.tens[part]
        elif part in language.teen:
            small += 10
        elif part in language.hundreds:
            group, small = group + max(small, 1) * language.hundreds[part], 0
        elif part in language.scales:
            total, group, small = total + max(group + small, 1) * language.scales[part], 0, 0
    return [str(total + group + small), *suffix]


def joined_alike(reference: list[str], hypothesis: list[str]) -> tuple[list[str], list[str]]:
    """Both word lists with a compound one side writes as one word and the other as its parts
    ("gelbgold" / "gelb gold", "earrings" / "ear rings") written as one word on both."""
    return _joined(reference, set(hypothesis)), _joined(hypothesis, set(reference))


def _joined(words: list[str], whole: set[str]) -> list[str]:
    out, index = [], 0
    while index < len(words):
        pair = "".join(words[index : index + 2])
        if index + 1 < len(words) and pair in whole and pair not in words:
            out.append(pair)
            index += 2
        else:
            out.append(words[index])
            index += 1
    return out


def characters_apart(words: list[str]) -> list[str]:
    """["k18のピアス", "gold"] -> ["k18", "の", "ピ", "ア", "ス", "gold"]: each character of a script
    written without spaces is a word of its own; other runs stay whole."""
    return [part for word in words for part in UNSPACED_RUN_PARTS.findall(word)]


# --- English, and the comparison ---------------------------------------------------------------------

UNITS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}  # fmt: skip
TENS = {word: 10 * n for n, word in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if word != "_"}
NUMBER_WORDS = UNITS.keys() | TENS.keys()
DOT_ABOVE = "\u0307"  # what str.lower() leaves of a Turkish capital İ: part of the letter, no word break
SPELLINGS = {"jewellery": "jewelry", "colourful": "colorful", "colour": "color", "grey": "gray", "okay": "ok",
             "carat": "karat", "carats": "karats", "mum": "mom", "mothers": "mother"}  # fmt: skip


def words_to_numbers(words: list[str]) -> list[str]:
    """"fifteen hundred" -> "1500", "one thousand two hundred and fifty" -> "1250"; other words
    unchanged. "and" joins a number only when a smaller number follows ("two hundred and four
    hundred" stays two numbers)."""
    out, total, current, in_number = [], 0, 0, False
    for index, word in enumerate([*words, ""]):
        following = words[index + 1 : index + 3]
        joins = word == "and" and in_number and following[:1] and following[0] in NUMBER_WORDS and "hundred" not in following[1:]
        if word in NUMBER_WORDS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word == "hundred" and in_number:
            current *= 100
        elif word == "thousand" and in_number:
            total, current = total + max(current, 1) * 1000, 0
        elif not joins:
            if in_number:
                out.append(str(total + current))
                total, current = 0, 0
            in_number = False
            if word:
                out.append(word)
            continue
        in_number = True
    return out


@lru_cache(maxsize=None)
def alphabets(language: str | None) -> tuple[str, ...]:
    """The scripts.toml alphabets a language's locale packs say it is written in ("sr": ("serbian",));
    not a language typed in Latin by transliteration only (Bulgarian): its speech is heard in its own."""
    if not language or not language.isalpha():
        return ()
    named = (tomllib.loads(path.read_text(encoding="utf-8")).get("spelling", {}).get("scripts", ())
             for path in sorted(LOCALE_PACKS.glob(f"{language.lower()}-*.toml")))  # fmt: skip
    return tuple(dict.fromkeys(script for scripts in named for script in scripts if not transliterated(script)))


def normalise(text: str, language: str | None = None) -> list[str]:
    """The WER words of `text`, in Latin letters where `language` is written in two alphabets."""
    for script in alphabets(language):
        text = in_latin(text, script)
    # Letters as the typed path folds them (retrieval/folding.py `folded`): Arabic and Persian letter
    # forms, yeh and kaf, vowel marks and digits as one, the zero-width non-joiner as a space, Russian ё
    # as е; a word spelt either way is the same word said
    text = folded(text).replace("&", " and ")
    text = re.sub(r"\$\s*([\d,]+(?:\.\d+)?)", r"\1 dollars", text)  # "$1,200" -> "1,200 dollars"
    text = re.sub(r"(?<=\d)[,.](?=\d{3}(?!\d))", "", text)  # "1,200" and "1.200" (R$ 1.200) -> "1200"
    text = re.sub(r"(\d+)\s*k\b", r"\1 karat", text)
    text = re.sub(r"['’]", "", text)  # "i'm" -> "im" on both sides
    text = re.sub(r"[\W_]+", " ", text.replace(DOT_ABOVE, ""))  # letters of any language: "złoto", not "z oto"
    words = [SPELLINGS.get(word, word) for word in text.split()]
    # English number words, then other languages', then Japanese / Chinese / Thai per character
    return characters_apart(numbers_said(words_to_numbers(words)))


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word)))
        previous = current
    return previous[-1]
