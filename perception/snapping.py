"""Snap near-miss words of a transcript to a shop's vocabulary, by sound and by spelling.

Whisper tiny.en writes what a jewelry word sounds like when it does not know it: "sandfire"
for "sapphire", "bandles" for "bangles", "rows gold" for "rose gold", "wagging" for "wedding".
`snap_to_vocabulary` replaces a word, or a run of two or three words, by a vocabulary entry
(or its plural) when both its sound key and its letters are close to the entry's. It is
conservative: function words, numbers and price words are never touched, a word that already
is a vocabulary word stays, short words need an exact sound match, an everyday word beside a
vocabulary word becomes only a word sounding like it ("real gold" stays), and the rest of the
text (punctuation, digits, "$") is kept as it was.

The sound key (`sound_key`) is a compact Metaphone-like code: consonant sounds only, spelling
variants folded ("ph" -> f, soft "c" -> s), voiced and voiceless pairs merged (b/p, d/t, g/k,
v/f, z/s), since those are what a small model confuses in noise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from perception.language_model import whisper_word_tokens

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")  # a hyphen joins two words ("heart-pendant")
JOINER = re.compile(r"^[\s,-]*$")  # what may stand between the words of one window
MAX_WINDOW = 3  # words
MIN_LETTERS = 4  # a single word shorter than this is left alone ("bell" has 4)
MAX_SOUND_DISTANCE = 0.4  # edits over the longer sound key
MAX_LETTER_DISTANCE = 0.5  # edits over the longer spelling
MAX_DISTANCE = 0.8  # the two added up
MAX_CATALOG_DISTANCE = 0.6  # the same, to one of the catalog's own words
EXACT_SOUND_LETTER_DISTANCE = 0.6  # when the sound keys are the same, spelling may differ this much
MIN_KEY_FOR_INEXACT = 3  # sound keys shorter than this must match exactly
MAX_REMEMBERED_WINDOWS = 50_000  # per vocabulary: N-best readings share most of their windows

# Words that are right as heard in a shopping request, whatever they sound like: function words,
# numbers, price and request words. The caller can add more with `keep`.
COMMON_WORDS = frozenset(
    """a an the and or but nor so if then than as at by for from in into of off on onto out over
    under below above around about after before between near with without within to too up down
    not no yes yeah ok okay please thanks thank hi hello hey i im i'm i'd i'll i've me my mine we
    us our you your yours he him his she her hers it its it's they them their this that these those
    there here what which who whom whose when where why how all any some each every both either
    neither one ones other another more most less least much many few only just also very really
    is are was were be been being am do does did have has had can could would should will shall
    may might must let let's show see find get got give want wants need needs like likes looking
    look love buy sell sells selling sold have has something anything everything nothing someone
    cheap cheaper cheapest expensive price prices priced cost costs budget dollar dollars bucks
    pound pounds euro euros cents grand thousand hundred zero two three four five six seven eight
    nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety first second third size sizes small big bigger
    large larger long short new old same similar different instead again now today good great
    nice pretty lovely beautiful simple plain just make made set sets pair pairs wear wearing
    gift gifts wife husband mother mom mum father dad sister brother daughter son girlfriend
    boyfriend friend grandmother grandfather day days year years month birthday anniversary
    stone stones gold silver ring rings""".split()
)


def sound_key(text: str) -> str:
    """A Metaphone-like key of how `text` sounds: "sapphire" -> "SFR", "sandfire" -> "SNTFR",
    "bell" -> "PL", "pearl" -> "PRL". A leading vowel is kept as "A"; other vowels are dropped."""
    return _sound_key(re.sub(r"[^a-z]", "", text.lower()))


@lru_cache(maxsize=8192)
def _sound_key(word: str) -> str:
    if not word:
        return ""
    for start, sound in (("kn", "n"), ("gn", "n"), ("pn", "n"), ("ps", "s"), ("wr", "r"), ("wh", "w"), ("x", "s")):
        if word.startswith(start):
            word = sound + word[len(start) :]
            break
    for pattern, sound in _RULES:
        word = pattern.sub(sound, word)
    key = []
    for index, char in enumerate(word):
        following = word[index + 1] if index + 1 < len(word) else ""
        if char in "aeiou":
            if index == 0:
                key.append("A")
            continue
        if char in "wyh" and following not in "aeiou" or char in "wyh" and not following:
            continue  # "w", "y" and "h" sound only before a vowel
        sound = _MERGED.get(char, char).upper()  # "X": the "sh" sound
        if not key or key[-1] != sound:
            key.append(sound)
    return "".join(key)


_RULES = [
    (re.compile(pattern), sound)
    for pattern, sound in (
        (r"([a-z])\1", r"\1"),  # double letters
        (r"mb$", "m"),
        (r"tch", "ch"),
        (r"sch", "sk"),
        (r"ph", "f"),
        (r"gh(?![aeiou])", ""),  # "night"
        (r"ck", "k"),
        (r"dg(?=[eiy])", "j"),
        (r"th", "0"),
        (r"sh|ch|ti(?=[ao])|si(?=[ao])|ci(?=[ao])", "X"),  # upper case: no later rule rewrites it
        (r"c(?=[eiy])", "s"),
        (r"[cq]", "k"),
        (r"x", "ks"),
        (r"g(?=[eiy])", "j"),
        (r"y(?![aeiou])", "i"),  # "ruby": a vowel
        (r"(?<=[aeiou])r(?![aeiou])", ""),  # non-rhotic: "pearl" sounds as "bell" to a small model
    )
]
# Voiced and voiceless pairs, and sounds a small model mixes up, fold together.
_MERGED = {"b": "p", "d": "t", "g": "k", "v": "f", "z": "s", "j": "X"}


def _edits(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _distance(a: str, b: str) -> float:
    return _edits(a, b) / max(len(a), len(b), 1)


@dataclass(frozen=True)
class _Entry:
    text: str  # as it is written in the output ("rose gold", "Marlowe", "sapphires")
    letters: str  # lower-case letters only ("rosegold")
    key: str
    words: tuple[str, ...]  # lower-case
    catalog: bool  # one of the catalog's own words: snapped to more strictly


def _plural(phrase: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", phrase):
        return phrase + "es" if not phrase.endswith("s") else phrase
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    return phrase + "s"


_UNSEEN = object()


@dataclass(eq=False)
class _Vocabulary:
    entries: tuple[_Entry, ...]
    known: frozenset[str]  # every word of every entry
    matches: dict[tuple[tuple[str, ...], bool], tuple[float, _Entry] | None] = field(default_factory=dict)

    def best_match(self, words: tuple[str, ...], everyday: bool) -> tuple[float, _Entry] | None:
        """`_best_match`, remembered: the 10 readings of one recording differ in a word or two."""
        key = (words, everyday)
        match = self.matches.get(key, _UNSEEN)  # one lookup: another thread may clear the dict
        if match is _UNSEEN:
            if len(self.matches) >= MAX_REMEMBERED_WINDOWS:
                self.matches.clear()
            match = self.matches[key] = _best_match(list(words), self.entries, self.known, everyday)
        return match


@lru_cache(maxsize=16)
def _vocabulary(vocabulary: tuple[str, ...], catalog_words: tuple[str, ...]) -> _Vocabulary:
    entries = _entries(vocabulary, catalog_words)
    return _Vocabulary(entries, frozenset(word for entry in entries for word in entry.words))


def _entries(vocabulary: tuple[str, ...], catalog_words: tuple[str, ...]) -> tuple[_Entry, ...]:
    entries: dict[str, _Entry] = {}
    for catalog, phrases in ((False, vocabulary), (True, catalog_words)):
        for phrase in phrases:
            phrase = " ".join(phrase.split())
            if not phrase or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", phrase):
                continue
            for form in dict.fromkeys((phrase, _plural(phrase))):
                letters = re.sub(r"[^a-z]", "", form.lower())
                words = tuple(WORD.findall(form.lower()))
                entries.setdefault(letters, _Entry(form, letters, sound_key(letters), words, catalog))
    return tuple(entries.values())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Everyday English words: COMMON_WORDS, and every whole word in the vocabulary of the
    packaged Whisper tiny.en tokenizer (a byte-pair vocabulary keeps the frequent words whole:
    "women", "road" and "noble" are one token each, "roach" and "sandfire" are not). Only
    COMMON_WORDS when that package is not installed."""
    whole_words = {token for token in whisper_word_tokens() if re.fullmatch(r"[a-z]{2,}", token)}
    return COMMON_WORDS | frozenset(whole_words)


def snap_to_vocabulary(
    transcript: str, vocabulary: Iterable[str], catalog_words: Iterable[str] = (), keep: Iterable[str] = ()
) -> str:
    """`transcript` with each near miss of a `vocabulary` word or phrase replaced by it.

    A window of one to three words is replaced when none of its words is in COMMON_WORDS (or
    `keep`), it is not already a vocabulary word, its sound key is within MAX_SOUND_DISTANCE and
    its letters within MAX_LETTER_DISTANCE of a vocabulary entry's (or the sound keys are equal
    and the letters within EXACT_SOUND_LETTER_DISTANCE). A vocabulary word inside a window
    must stay in place in the replacement ("rows gold" -> "rose gold", never "white gold" ->
    "rose gold"). The closest replacements win; the rest of the text is left as it was.

    `catalog_words` (a shop's collection names and title words: "Marlowe", "sable", "round") are
    snapped to only from a word that is no everyday English word (`english_words`) and only
    within MAX_CATALOG_DISTANCE: measured on tiny.en transcripts, snapping everyday words to
    them ("noble" -> "sable", "road" -> "round") was mostly wrong, while snapping them to the
    shop's core words ("bearings" -> "earrings", "wide gold" -> "white gold") was mostly right."""
    shop = _vocabulary(tuple(vocabulary), tuple(catalog_words))
    if not shop.entries:
        return transcript
    known = shop.known
    protected = COMMON_WORDS | {word.lower() for word in keep}
    english = english_words()
    tokens = list(WORD.finditer(transcript))
    candidates = []  # (score, -length, start, length, entry)
    for start in range(len(tokens)):
        for length in range(1, MAX_WINDOW + 1):
            window = tokens[start : start + length]
            if len(window) < length:
                break
            if length > 1 and not JOINER.match(transcript[window[-2].end() : window[-1].start()]):
                break
            words = [token.group().lower().replace("’", "'") for token in window]
            if any(word in protected and word not in known or _contraction(word) for word in words):
                break
            everyday = len(words) == 1 and words[0] in english
            match = shop.best_match(tuple(words), everyday)
            if match:
                candidates.append((match[0], -length, start, length, match[1]))
    chosen, taken = [], set()
    said = [token.group().lower() for token in tokens]  # each word as it will read, snapped or not
    for score, _, start, length, entry in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        span = set(range(start, start + length))
        if span & taken or _doubles_a_neighbour(entry, said, start, length):
            continue
        taken |= span
        chosen.append((start, length, entry))
        said[start : start + length] = [entry.text.lower()] + [""] * (length - 1)
    text = transcript
    for start, length, entry in sorted(chosen, key=lambda c: c[0], reverse=True):
        first, last = tokens[start], tokens[start + length - 1]
        original = text[first.start() : last.end()]
        text = text[: first.start()] + _cased(entry.text, original) + text[last.end() :]
    return text


def _doubles_a_neighbour(entry: _Entry, said: list[str], start: int, length: int) -> bool:
    """Whether snapping the window at `start` would say the same shop word twice running ("kandi,
    changa" -> "chandi, chandi"): a shopper names a thing once, so two near misses side by side
    are two words, not one said twice."""
    before = next((word for word in reversed(said[:start]) if word), "")
    after = next((word for word in said[start + length :] if word), "")
    return entry.text.lower() in (before, after)


def _contraction(word: str) -> bool:
    """"don't", "what's", "i'd": never a jewelry word ("emerald's" is one)."""
    stem, _, ending = word.partition("'")
    return bool(ending) and (ending == "t" or stem in COMMON_WORDS)


def _best_match(words: list[str], entries: tuple[_Entry, ...], known: set[str], everyday: bool) -> tuple[float, _Entry] | None:
    letters = re.sub(r"[^a-z]", "", "".join(words))
    if " ".join(words) in {" ".join(entry.words) for entry in entries if entry.letters == letters}:
        return None  # already right
    if len(words) == 1 and (words[0] in known or len(letters) < MIN_LETTERS):
        return None
    if len(words) > 1 and all(word in known for word in words):
        return None  # "white gold ring": vocabulary words side by side
    key, best = sound_key(letters), None
    for entry in entries:
        if not len(words) - 1 <= len(entry.words) <= len(words) + 1 or abs(len(entry.letters) - len(letters)) > max(3, len(letters) // 2):
            continue
        # a vocabulary word heard in the window keeps its place: "rows gold" -> "rose gold"
        if any(word in known for word in words) and (
            len(entry.words) != len(words) or any(word in known and entry.words[i] != word for i, word in enumerate(words))
        ):
            continue
        beside_a_shop_word = len(words) > 1 and len(entry.words) == len(words) and any(word in known for word in words)
        if beside_a_shop_word and any(_said_as_heard(word, entry.words[i], known) for i, word in enumerate(words)):
            continue
        sound, spelling = _distance(key, entry.key), _distance(letters, entry.letters)
        if sound == 0 and len(key) >= 2:
            ok = spelling <= EXACT_SOUND_LETTER_DISTANCE
        else:
            ok = (
                max(len(key), len(entry.key)) >= MIN_KEY_FOR_INEXACT
                and sound <= MAX_SOUND_DISTANCE
                and spelling <= MAX_LETTER_DISTANCE
                and sound + spelling <= MAX_DISTANCE
            )
        if ok and entry.catalog:
            ok = not everyday and sound + spelling <= MAX_CATALOG_DISTANCE
        if ok:
            score = sound + spelling
            if best is None or score < best[0]:
                best = (score, entry)
    return best


def _said_as_heard(heard: str, meant: str, known: frozenset[str] | set[str]) -> bool:
    """Whether an everyday word beside a vocabulary word was said as heard, not misheard as
    `meant`: Whisper writes a word it knows for a jewelry word only when they sound alike ("rows
    gold" -> "rose gold", "wide gold" -> "white gold"); one that sounds otherwise was said ("real
    gold" never becomes "rose gold")."""
    return heard != meant and heard not in known and heard in english_words() and sound_key(heard) != sound_key(meant)


def _cased(replacement: str, original: str) -> str:
    """The replacement in the original's case: "Sandfire" -> "Sapphire"; a vocabulary entry
    written with capitals ("Marlowe") keeps them."""
    if replacement != replacement.lower() or not original[:1].isupper():
        return replacement
    return replacement[:1].upper() + replacement[1:]


# Latin letters, accents and all (Latin-1 and Extended-A/B): a word of a shop heard in another
# language ("bransoletka", "złocie", "aliança") is whole in them.
LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
LATIN_WORD = re.compile(rf"[{LATIN_LETTERS}]+")
# A word in any letters, with the marks on them (Arabic harakat, Cyrillic and Latin combining accents):
# what a shop heard in another language is respelt by. A zero-width non-joiner parts it, as the catalog's folding does.
WORD_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
ANY_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{WORD_MARKS}])*")
# Fewer letters than this make no word to respell or to respell to ("و", "ها": particles), even spelt as a shop word sounds
MIN_SOUNDED_LETTERS = 3
MAX_REMEMBERED_SHOPS = 8  # shops' words kept read alike (one process serves one shop, a test many)
# Letters NFKD leaves whole, read as their base letter when spellings are compared.
BASE_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "æ": "a", "œ": "o"})  # "weißgold" is "weissgold"
COMPOUND_JOINTS = (0, 1, 2)  # letters a compound may put between its parts: none, "s", "en" ("verlobungsring")


def snap_to_spelling(
    transcript: str, words: Iterable[str], known: frozenset[str], max_share: float, min_letters: int, min_part: int = 4,
    same_sounds: Mapping[str, str] | None = None, fold: Callable[[str], str] = str.lower,
) -> str:
    """`transcript` with each word Whisper misspelt of a shop heard in another language than the
    sound keys' English replaced by the closest of the shop's `words` (its title words): a word of at
    least `min_letters` that is none of the `known` words (every word the catalog writes), whose
    letters, accents aside, are within `max_share` edits of the longer spelling (at least one edit)
    of one of `words`: "Transoretka" -> "Bransoletka", "szafimem" -> "szafirem". The first of
    equally close `words` wins; digits, punctuation and every other word stay as they were. A
    compound of two `known` words of `min_part` letters or more ("goldkette", "silberring") is a word
    too: it stays whole, never respelt to a title word near it.

    Words are in any letters (Cyrillic, Arabic, Persian ...), compared as `fold` reads them (the
    catalog's own folding: Arabic letter forms as one). `same_sounds` maps each letter a language
    says alike with another to one of them (Persian ت and ط, س and ص): a word spelt as one of `words`
    sounds, those letters aside, is that word whatever its length ("تلا" -> "طلا"), as Whisper cannot
    know which of letters said alike a word is written with."""
    sounds = tuple(sorted((same_sounds or {}).items()))
    candidates = _candidates(tuple(words), fold, sounds)
    known = _read_alike(known, fold)
    table = str.maketrans(dict(sounds))

    def snapped(match: re.Match) -> str:
        heard = match.group()
        read = fold(heard)
        letters = _base(read)
        if _compound_of(read, known, min_part):
            return heard
        closest = _closest_spelling(read, letters, letters.translate(table), candidates, known, max_share, min_letters)
        return _cased(closest, heard) if closest else heard

    return ANY_WORD.sub(snapped, transcript)


@lru_cache(maxsize=MAX_REMEMBERED_SHOPS)
def _candidates(words: tuple[str, ...], fold: Callable[[str], str], sounds: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str, str], ...]:
    """Each word once: as written, as `fold` reads it, its letters so read (accents aside), and those as they sound."""
    table = str.maketrans(dict(sounds))
    return tuple((word, fold(word), _base(fold(word)), _base(fold(word)).translate(table)) for word in dict.fromkeys(words))


@lru_cache(maxsize=MAX_REMEMBERED_SHOPS)
def _read_alike(known: frozenset[str], fold: Callable[[str], str]) -> frozenset[str]:
    """The `known` words as written and as `fold` reads them."""
    return known | frozenset(fold(word) for word in known)


@lru_cache(maxsize=MAX_REMEMBERED_WINDOWS)
def _closest_spelling(
    heard: str, letters: str, sound: str, candidates: tuple[tuple[str, str, str, str], ...], known: frozenset[str], max_share: float, min_letters: int
) -> str | None:
    """The word of `candidates` the word `heard` (as `fold` reads it; `letters` accents aside, `sound`
    those as they sound) is closest to: its own letters respelt ("weissgold" -> "weißgold"), else the
    first that sounds the same, else the closest within `max_share` edits; None: it stays as heard."""
    if heard in known or len(letters) < MIN_SOUNDED_LETTERS:
        return None
    same_letters = next((word for word, read, base, _ in candidates if letters == base), None)
    if same_letters is not None:
        return same_letters if heard != next(read for word, read, _, _ in candidates if word == same_letters) else None
    same_sound = next((word for word, _, _, base_sound in candidates if sound == base_sound), None)
    if same_sound is not None or len(letters) < min_letters:
        return same_sound
    best = None
    for word, _, base, _ in candidates:
        allowed = max(1, int(max_share * max(len(letters), len(base))))
        if abs(len(base) - len(letters)) > allowed:
            continue
        distance = _edits(letters, base)
        if distance <= allowed and (best is None or distance < best[0]):
            best = (distance, word)
    return best[1] if best else None


def _compound_of(word: str, known: frozenset[str], min_part: int) -> bool:
    """Whether `word` is two `known` words of `min_part` letters or more, joined directly or by a
    joint of COMPOUND_JOINTS letters: "goldkette" (gold + kette), "verlobungsring" (verlobung + s + ring)."""
    for cut in range(min_part, len(word) - min_part + 1):
        if word[:cut] in known:
            rest = word[cut:]
            if any(len(rest) - joint >= min_part and rest[joint:] in known for joint in COMPOUND_JOINTS):
                return True
    return False


@lru_cache(maxsize=4096)
def _base(word: str) -> str:
    """The word's letters without their accents: "złocie" -> "zlocie", "aliança" -> "alianca"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower().translate(BASE_LETTERS)) if not unicodedata.combining(c))
