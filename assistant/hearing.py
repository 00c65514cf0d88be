"""What the Assistant listens for, read from the shop's catalog once per ingest: the prompt that
biases Whisper towards the shop's words, the vocabulary near misses are snapped to, and the
language model that picks among Whisper's N best readings (perception/language_model.py).

`hear` runs a trimmed, denoised recording through all three.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Collection, Container, Iterable

import numpy as np

from assistant.heard_amounts import joined_tens, units_after_amounts
from assistant.understanding import plural
from perception.asr import ASR, MAX_PROMPT_CHARS, SAMPLE_RATE, Transcript, choose_transcript, recites_prompt, vocabulary_prompt
from perception.config import AUTO_LANGUAGE, ASRConfig
from perception.language_model import ShopLanguageModel
from perception.snapping import ANY_WORD, COMMON_WORDS, LATIN_LETTERS, english_words, snap_to_spelling, snap_to_vocabulary
from retrieval.catalog import Item
from retrieval.facts import UNKNOWN
from retrieval.folding import folded, unmarked_spellings, words_of
from retrieval.script_spellings import language_scripts, latin_typings
from retrieval.shop_vocabulary import ShopVocabulary, shop_vocabulary
from retrieval.vocabulary import COLOR_FAMILIES, NO_GEMSTONE, OCCASIONS, RECIPIENTS, STYLES

COLOR_WORDS = tuple(color for color in COLOR_FAMILIES if " " not in color)
# A title word in any Latin letters: "corazón", not "coraz"; "gümüş", not "gümü"; "złota", "obrączka", "aliança" whole
TITLE_WORD = re.compile(rf"[{LATIN_LETTERS}]{{4,}}")
# A shop heard in another language is prompted with its titles' words in their own letters too:
# Whisper writes as its prompt writes (prompted only with its collection names in romaji, a Japanese
# shop was heard in romaji). Where no space parts words (Japanese, Chinese), a run of katakana (a
# loanword: ネックレス) or of kanji (a noun: 指輪) is a word; hiragana are mostly particles and
# endings, and Latin words are TITLE_WORD's. The fewest letters a word of each script needs
# (shorter Arabic, Cyrillic or Greek words are mostly particles: مع, из, με).
SCRIPT_CLASSES = (("katakana", "\u30a1-\u30fa\u30fc"), ("kanji", "\u3400-\u4dbf\u4e00-\u9fff\u3005"),
                  ("hiragana", "\u3041-\u309f"), ("hangul", "\uac00-\ud7a3"), ("latin", LATIN_LETTERS))
SCRIPT_WORD_LETTERS = {"katakana": 2, "kanji": 2, "hangul": 2, "other": 3}  # a class not named here is not taken
OTHER_LETTER = re.compile(rf"[^\W\d_{LATIN_LETTERS}]")  # a letter (or a numeral that is no digit: "½") outside Latin's
DOT_ABOVE = "\u0307"  # what str.lower() leaves of a capital dotted I ("İnci" -> "i̇nci"): the lower-case i has its dot
# The language of the lexicon's names, REQUEST_OPENERS and the sound keys near misses are snapped by
# (perception/snapping.py): a shop heard in another language gets none of them.
VOCABULARY_LANGUAGE = "en"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A name a title quotes, in any language's double quotation marks: „Lehel“, “Marlowe”, "Isar", «Lyon»
QUOTED = re.compile(r'[„“”"«»]([^„“”"«»]{1,60})[„“”"«»]')
SPOKEN_WORD = re.compile(rf"[{LATIN_LETTERS}][{LATIN_LETTERS} ]+")  # a word or phrase that can be said ("złotych"; not "₹", "rs.", "r$")
# The lexicon's other names the prompt and snapping take: plain letters only. Its names in other letters
# are partly folded ("taşli" for "taşlı", "sallantili"): prompted, they draw Whisper to a spelling no
# shopper writes. A shop heard in its own language is prompted with its titles' spellings instead.
PLAIN_NAME = re.compile(r"[a-z][a-z ]+")
EXAMPLE_AMOUNTS = ("500", "5,000", "50,000")
MIN_MONEY_LETTERS = 4  # "rs" and "inr" are written, not said: spoken money words are longer
PROMPTED_MONEY_WORDS = 4


@dataclass(frozen=True)
class ShopWords:
    """What the shop's shoppers say, from its vocabulary: its stones, metals and kinds of piece
    (the lexicon's core ones too: a shopper asks for what a shop may not have), the other names its
    own words use for them ("kada", "american diamond": never a name the shop does not use, which
    only draws misheard words towards it), and the words of its currency."""

    stones: tuple[str, ...]
    metals: tuple[str, ...]
    categories: tuple[str, ...]
    names: tuple[str, ...]  # other names of what the shop holds
    money: tuple[str, ...]  # "rupees", "lakh", "thousand"
    every_currency: tuple[str, ...]  # every currency's words: never snapped to a stone ("rupees" is no "rubies")
    # names of its plain metals in everyday words ("real gold"): shoppers say them, Whisper spells them,
    # so the prompt names them after the words it could not guess, where room is left
    everyday_names: tuple[str, ...] = ()
    karat_units: tuple[str, ...] = ()  # what follows a karat number ("k", "kt", "carat")

    @classmethod
    def of(cls, vocabulary: ShopVocabulary, catalog_text: str = "", said_names: Container[str] | None = None) -> ShopWords:
        """`catalog_text`: the catalog's own words (titles, tags, descriptions), lower-case, space-separated;
        or `said_names`: the names (`names_to_find`) those words say, found a page at a time (CatalogWords)."""
        lexicon = vocabulary.lexicon
        held = {"stone": vocabulary.stones, "metal": vocabulary.metals, "category": vocabulary.categories}
        values = {kind: _ordered(held[kind] | set(lexicon.core(kind)), kind, lexicon) for kind in held}
        names = [phrase for kind in held for phrase, value in lexicon.strong_names(kind)
                 if value in held[kind] and value != NO_GEMSTONE and phrase not in values[kind] and PLAIN_NAME.fullmatch(phrase)]  # fmt: skip
        currency = lexicon.currencies.get(vocabulary.currency)
        said = (*currency.symbols, *currency.multipliers, *currency.words) if currency else ()
        money = [word for word in said if SPOKEN_WORD.fullmatch(word) and len(word) >= MIN_MONEY_LETTERS]
        money += [word for word in lexicon.multipliers if SPOKEN_WORD.fullmatch(word) and len(word) >= MIN_MONEY_LETTERS]
        every = [word for c in lexicon.currencies.values() for word in (*c.symbols, *c.words, *c.multipliers) if SPOKEN_WORD.fullmatch(word)]
        stones = tuple(stone for stone in values["stone"] if stone != NO_GEMSTONE)
        singular = _singular_forms([*values["stone"], *values["metal"], *values["category"], *names])
        used = f" {catalog_text} "
        bases = {lexicon.metals[metal].base for metal in values["metal"] if metal in lexicon.metals}
        everyday = [phrase for phrase, value in lexicon.strong_names("metal")
                    if value in bases and phrase not in values["metal"] and _in_everyday_words(phrase)]  # fmt: skip
        names = [name for name in singular if name in names and (f" {name} " in used if said_names is None else name in said_names)]
        karat_units = sorted(lexicon.karat_suffixes | lexicon.ambiguous_karat_suffixes)
        return cls(stones, values["metal"], values["category"], tuple(names), tuple(dict.fromkeys(money)),
                   tuple(dict.fromkeys([*every, *lexicon.dollar_words, *lexicon.multipliers])), tuple(everyday),
                   tuple(karat_units))  # fmt: skip


    def prompted_money(self, lexicon) -> list[str]:
        """The shop's money words Whisper would not guess: "rupees", "lakh", "crore" (not "dollars")."""
        generic = set(lexicon.multipliers) | COMMON_WORDS
        own = [word for word in _singular_forms(self.money) if " " not in word and word not in generic]
        return own[:PROMPTED_MONEY_WORDS]


def names_to_find(lexicon) -> set[str]:
    """Every name `ShopWords.of` may keep if the catalog's words say it, whatever the shop holds."""
    return {phrase for kind in ("stone", "metal", "category") for phrase, _ in lexicon.strong_names(kind) if PLAIN_NAME.fullmatch(phrase)}


def _in_everyday_words(phrase: str) -> bool:
    """Whether every word of a name of two words or more is everyday English ("real gold", not
    "kundan set"): Whisper spells such a name right, so prompting it draws no misheard word to it."""
    words = phrase.split(" ")
    return len(words) > 1 and all(word in english_words() for word in words)


def _singular_forms(phrases) -> tuple[str, ...]:
    """Each phrase once, without the plurals of the ones before it ("cz" but not "czs")."""
    kept: dict[str, None] = {}
    plurals_of_kept: set[str] = set()
    for phrase in dict.fromkeys(phrases):
        if phrase in plurals_of_kept or plural(phrase) in kept or phrase + "s" in kept:
            continue
        kept[phrase] = None
        plurals_of_kept |= {plural(phrase), phrase + "s"}
    return tuple(kept)


def _ordered(values: set[str], kind: str, lexicon) -> tuple[str, ...]:
    """The lexicon's order (its core values first), then the shop's own words; never "unknown"."""
    order = list({"stone": lexicon.stones, "metal": lexicon.metals, "category": lexicon.categories}[kind])
    known = [value for value in order if value in values]
    own = sorted(value.replace("_", " ") for value in values - set(order) if value and value != UNKNOWN)
    return (*known, *own)


# How shoppers ask, which no catalog says: "I need a bangle" as well as "Rose Gold Bangle".
# Everyday English requests; without them "I need a" loses to "I lead a".
REQUEST_OPENERS = (
    "show me", "i'm looking for", "i am looking for", "looking for", "do you have", "have you got", "have you any",
    "do you sell", "i want", "i would like", "i'd like", "can i see", "could i see", "can you show me", "i need",
    "find me", "i'm after", "is there", "what about",
)  # fmt: skip
PRICE_WORDS = ("under", "over", "around", "below", "above", "less than", "more than", "about", "up to")
PRONOUN_RECIPIENTS = ("her", "him", "myself")
OCCASIONS_WITHOUT_ARTICLE = ("everyday", "work")  # "for work", but "for a party"


@dataclass
class ShopHearing:
    words: ShopWords
    prompt: str  # for Whisper: stones, metals, then the words it is least likely to guess
    vocabulary: tuple[str, ...]
    catalog_words: list[str]  # title words, snapped to more strictly (perception/snapping.py)
    language_model: ShopLanguageModel
    snaps: bool = True  # whether near misses are snapped to the vocabulary (English speech only)
    # a shop heard in another language: its title words in any letters, most said first, then its
    # locale pack's words; every word its catalog writes or a currency's (never respelt); and the
    # letters its language says alike, each mapped to one of them (the lexicon's [hearing])
    own_words: tuple[str, ...] = ()
    written_words: frozenset[str] = frozenset()
    same_sounds: dict[str, str] = field(default_factory=dict)


class CatalogWords:
    """What hearing reads from every item, read a page of items at a time in id order: counts
    and sets of words, which grow with the catalog's vocabulary, not with its items. The ids read
    choose the language model's items (`sample_ids`), read again once all pages are."""

    def __init__(self, lexicon, language: str | None = VOCABULARY_LANGUAGE, prompt_style: str = "words"):
        self.names = _PhraseFinder(names_to_find(lexicon))
        self.title_words: Counter[str] = Counter()
        self.quoted: set[str] = set()
        self.script_words: Counter[str] = Counter()
        self.written: set[str] = set()
        self.ids: list[str] = []
        # a shop heard in another language prompted with whole titles: every title, the one read
        # that grows with the catalog (perception/config.py `other_language_prompt`)
        self.titles: list[str] | None = [] if prompt_style == "titles" and language not in (None, AUTO_LANGUAGE, VOCABULARY_LANGUAGE) else None

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            self.ids.append(item.id)
            self.names.add(words_of(" ".join((item.title, *item.tags, item.description))))
            self.title_words.update(TITLE_WORD.findall(item.title.lower().replace(DOT_ABOVE, "")))
            self.quoted |= _quoted_words([item])
            self.script_words.update(script_words(item.title.lower()))
            if self.titles is not None:
                self.titles.append(item.title)
            for text in (item.title, item.description, *item.tags):
                self.written.update(map(str.lower, ANY_WORD.findall(text.replace(DOT_ABOVE, ""))))

    def sample_ids(self, max_lm_items: int) -> list[str]:
        """The ids of at most `max_lm_items` items spread evenly over the catalog."""
        return self.ids[:: _every(len(self.ids), max_lm_items)]


class _PhraseFinder:
    """Which phrases occur in a run of words fed a piece at a time (a phrase may span two pieces).
    The phrases not found yet are looked up by their word (one word) or their first two words, so
    a piece costs a look-up per word and per pair of words, however many phrases there are."""

    def __init__(self, phrases: Iterable[str]):
        self.longest = 1
        self.found: set[str] = set()
        self.tail: list[str] = []  # the last words fed, where a phrase ending in the next piece starts
        self._single: set[str] = set()  # one-word phrases not found yet
        self._by_pair: dict[tuple[str, str], set[str]] = {}  # longer ones, by their first two words
        for phrase in phrases:
            words = phrase.split(" ")
            self.longest = max(self.longest, len(words))
            if len(words) == 1:
                self._single.add(phrase)
            else:
                self._by_pair.setdefault((words[0], words[1]), set()).add(phrase)

    def add(self, words: list[str]) -> None:
        run = self.tail + words
        if found := self._single.intersection(run):
            self.found |= found
            self._single -= found
        pairs = self._by_pair.keys() & zip(run, run[1:])
        spaced = f" {' '.join(run)} " if pairs else ""  # words hold no space: a phrase is a run of them where it stands spaced so
        for pair in pairs:
            unfound = self._by_pair[pair]
            found = {phrase for phrase in unfound if f" {phrase} " in spaced}
            self.found |= found
            unfound -= found
            if not unfound:
                del self._by_pair[pair]
        self.tail = run[len(run) - self.longest + 1 :] if self.longest > 1 else []


def _every(count: int, max_items: int) -> int:
    return max(1, -(-count // max_items))  # ceiling division


def shop_hearing(
    items: Iterable[Item], max_lm_items: int, vocabulary: ShopVocabulary | None = None, language: str | None = VOCABULARY_LANGUAGE,
    locale_words: Iterable[str] = (), prompt_style: str = "words",
) -> ShopHearing:
    """`hearing_of` every item at once (default vocabulary: read from `items` with the default lexicon)."""
    items = sorted(items, key=lambda item: item.id)
    vocabulary = vocabulary or shop_vocabulary(items)
    read = CatalogWords(vocabulary.lexicon, language, prompt_style)
    read.add(items)
    return hearing_of(read, items[:: _every(len(items), max_lm_items)], vocabulary, language, locale_words, prompt_style)


def hearing_of(
    read: CatalogWords, lm_items: list[Item], vocabulary: ShopVocabulary, language: str | None = VOCABULARY_LANGUAGE,
    locale_words: Iterable[str] = (), prompt_style: str = "words",
) -> ShopHearing:
    """Read from every item's words (`read`) and the shop's vocabulary; the language model from
    `lm_items` (`read.sample_ids`: spread evenly over the catalog, whose phrasing repeats long
    before a big catalog ends). A shop heard in
    another `language` than the vocabulary's is prompted with its own words only, the catalog's
    titles' most said first: the lexicon's English names draw Whisper into English ("platino" ->
    "platinum"), and English sound keys snap its words to English ones ("de menos" -> "diamonds").
    Its words are respelt by their letters instead, to its titles' words in any letters and its
    `locale_words` (its locale pack's: retrieval/lexicon.py `locale_words`)."""
    shop = ShopWords.of(vocabulary, said_names=read.names.found)
    title_words = read.title_words
    catalog_words = [word for word, _ in title_words.most_common() if word not in COMMON_WORDS]  # most said first
    # Whisper guesses everyday words unprompted; the shop's own names ("Marlowe", "kada") it cannot.
    rare = [word for word in catalog_words if word not in english_words()]
    everyday = [word for word in catalog_words if word in english_words()]
    own_language = language in (None, AUTO_LANGUAGE, VOCABULARY_LANGUAGE)
    if own_language:
        prompted = [*shop.stones, *shop.metals, *shop.prompted_money(vocabulary.lexicon), *shop.names, *rare, *STYLES,
                    *shop.categories, *shop.everyday_names, *everyday, *COLOR_WORDS]  # fmt: skip
        prompt = vocabulary_prompt(_adding_words(prompted))
    else:
        # Its words alone, without the vocabulary's English lead, which draws Whisper into English
        # ("Ein Anhänger in Weißgold" -> "I'm hunting on my sword"); the names its titles quote
        # ('Collier „Nymphenburg“') after the words that say what a piece is, which shoppers say
        # far more: prompted first, a name is what Whisper writes for speech it cannot make out.
        named = read.quoted
        described = [word for word in catalog_words if word not in named]
        in_its_letters = [word for word, _ in read.script_words.most_common()]
        phrases = [*shop.names, *in_its_letters, *described, *(w for w in catalog_words if w in named)]
        words = _marked_spellings_only(phrases, language_scripts(language))
        prompt = vocabulary_prompt(_adding_words(words), lead="")
        if prompt_style == "titles":
            prompt = titles_prompt(read.titles)
    vocabulary_words = (*shop.stones, *shop.metals, *shop.categories, *shop.names, *shop.money, *STYLES, *OCCASIONS, "jewelry")
    language_model = ShopLanguageModel(_sentences(lm_items, shop))
    currency_words = (word.lower() for text in shop.every_currency for word in ANY_WORD.findall(text.replace(DOT_ABOVE, "")))
    written = frozenset(read.written.union(currency_words))
    in_any_letters = [word for word, _ in (title_words + read.script_words).most_common() if word not in COMMON_WORDS]
    alike = {letter: group[0] for group in vocabulary.lexicon.same_sound_letters.get(language or "", ()) for letter in group}
    return ShopHearing(shop, prompt, vocabulary_words, sorted(catalog_words), language_model, snaps=own_language,
                       own_words=tuple(dict.fromkeys([*in_any_letters, *locale_words])), written_words=written, same_sounds=alike)  # fmt: skip


def titles_prompt(titles: list[str], budget: int = MAX_PROMPT_CHARS) -> str:
    """Whole titles, each adding the most of the words titles write most that the ones before did not
    say (the shorter of two adding as much), until `budget` characters: the shop's words in its own
    phrases ("Кольцо из красного золота с фианитами. Серьги ..."), not a list Whisper copies as a list."""
    words_of_title = {title: set(_title_words(title)) for title in dict.fromkeys(" ".join(t.split()) for t in titles) if title}
    counts = Counter(word for words in words_of_title.values() for word in words)
    chosen, said, length = [], set(), 0
    while words_of_title:
        title = max(words_of_title, key=lambda t: (sum(counts[w] for w in words_of_title[t] - said), -len(t)))
        new = words_of_title.pop(title) - said
        if not new or length + len(title) + 2 > budget:
            if not new:
                break
            continue
        chosen.append(title.rstrip(".!?"))
        said |= new
        length += len(title) + 2
    return ". ".join(chosen) + "." if chosen else ""


def _title_words(title: str) -> list[str]:
    lower = title.lower().replace(DOT_ABOVE, "")
    return [*TITLE_WORD.findall(lower), *script_words(lower)]


def script_words(text: str) -> list[str]:
    """The words of `text` in letters other than Latin (SCRIPT_CLASSES), in order: a combining mark
    (a Devanagari or Thai vowel sign) stays with its letter; anything else that is no letter ends a word."""
    if not OTHER_LETTER.search(text):  # Latin letters alone (most titles): no word to find
        return []
    words, run, run_class = [], "", None
    for char in text:
        category = unicodedata.category(char)
        char_class = run_class if category.startswith("M") and run else _script_class(char) if category.startswith("L") else None
        if char_class != run_class:
            if run and len(run) >= SCRIPT_WORD_LETTERS.get(run_class, len(run) + 1):
                words.append(run)
            run, run_class = "", char_class
        run += char if char_class else ""
    if run and len(run) >= SCRIPT_WORD_LETTERS.get(run_class, len(run) + 1):
        words.append(run)
    return words


@lru_cache(maxsize=4096)
def _script_class(letter: str) -> str:
    return next((name for name, letters in SCRIPT_CLASSES if re.fullmatch(f"[{letters}]", letter)), "other")


def _quoted_words(items: list[Item]) -> set[str]:
    """The title words any title puts in quotation marks: the names of its pieces or collections."""
    return {word for item in items for quoted in QUOTED.findall(item.title) for word in TITLE_WORD.findall(quoted.lower().replace(DOT_ABOVE, ""))}


def _adding_words(phrases: list[str]) -> list[str]:
    """The phrases that each add a word to the prompt: "manasammatham ring" after "manasammatham"
    and "ring" teaches Whisper nothing and only takes the room of a word it cannot guess."""
    seen: set[str] = set()
    kept = []
    for phrase in phrases:
        words = phrase.lower().split()
        if not set(words) <= seen:
            kept.append(phrase)
            seen.update(words)
    return kept


def _marked_spellings_only(phrases: list[str], scripts: Collection[str] = ()) -> list[str]:
    """The phrases but those with a word written without the marks of a spelling the list also holds
    ("nausnice" beside "náušnice", "prsten" beside "prsteň"; "mindjuse" and "zuto zlato" beside
    "minđuše" and "žuto", folding.unmarked_spellings), or typed in Latin letters for a word the list
    holds in its own alphabet by a transliteration among `scripts` ("prasten" beside "пръстен",
    script_spellings.latin_typings): a shop types
    some titles and tags so, and a pack lists such spellings to read them (its names lead the prompt),
    but speech is written with its marks in its own alphabet, and Whisper copies the spelling it is
    prompted with."""
    words = {word for phrase in phrases for word in phrase.lower().split()}
    typed_otherwise = {spelling for word in words for spelling in (*unmarked_spellings(word), *latin_typings(word, scripts))}
    return [phrase for phrase in phrases if not any(word in typed_otherwise for word in phrase.lower().split())]


def _sentences(items: list[Item], shop: ShopWords) -> Iterable[str]:
    """What the shop's language model learns from: its items' words, and its vocabulary."""
    for item in items:
        yield item.title
        yield from (sentence for sentence in SENTENCE_END.split(item.description) if sentence)
        yield " ".join(part for part in (item.metal, item.gemstone if item.gemstone != NO_GEMSTONE else "", item.category) if part)
        yield from (part for part in (item.style, item.occasion, *item.tags) if part)
    for words in (shop.stones, shop.metals, shop.categories, shop.names, shop.everyday_names, STYLES, OCCASIONS, COLOR_WORDS):
        yield from words
    yield from _requests(shop)


def _requests(shop: ShopWords) -> Iterable[str]:
    """A shopper's requests, one per opener and kind of piece, and the phrases around them:
    stones wanted or not, price limits in the shop's money, who it is for, what for."""
    pieces = (*shop.categories, *shop.names)
    for opener in REQUEST_OPENERS:
        yield f"{opener} something"
        for category in pieces:
            yield f"{opener} {_with_article(category)}"
            yield f"{opener} {category if category.endswith('s') else plural(category)}"
    for metal in shop.metals:
        yield f"{_with_article(metal)} {metal} piece"
    for stone in shop.stones:
        yield f"with {_with_article(stone)}"
        for word in ("with", "without", "no"):
            yield f"{word} {plural(stone)}"
    for word in PRICE_WORDS:
        yield f"{word} $500"
        yield f"{word} 500 dollars"
        for amount, money in zip(EXAMPLE_AMOUNTS * len(shop.money), shop.money):
            yield f"{word} {amount} {money}"
    for recipient in RECIPIENTS:
        person = recipient if recipient in PRONOUN_RECIPIENTS or recipient.endswith("men") else f"my {recipient}"
        yield f"a gift for {person}"
        yield f"something for {person}"
    for occasion in OCCASIONS:
        yield f"for {occasion if occasion in OCCASIONS_WITHOUT_ARTICLE else _with_article(occasion)}"


def _with_article(phrase: str) -> str:
    return f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"


def hear(asr: ASR, speech: np.ndarray, hearing: ShopHearing, config: ASRConfig) -> Transcript:
    """What the shopper most likely said in `speech` (16 kHz): Whisper's N best readings, each snapped to the shop's
    vocabulary (unless switched off), the one the shop's language model and Whisper together
    rank first. Readings that recite the prompt's words back (`recites_prompt`) are dropped; when
    all do, the recording is read again without the prompt."""
    hypotheses = asr.hypotheses(speech, prompt=hearing.prompt, count=config.hypotheses)
    heard = [hypothesis for hypothesis in hypotheses if not recites_prompt(hypothesis.text, hearing.prompt)]
    if not heard:
        heard = asr.hypotheses(speech, prompt=None, count=config.hypotheses)
    snap = partial(snap_to_vocabulary, vocabulary=hearing.vocabulary, catalog_words=hearing.catalog_words, keep=hearing.words.every_currency)
    join = partial(joined_tens, karat_units=hearing.words.karat_units)
    if not config.snap_to_vocabulary:
        normalise = join
    elif hearing.snaps:
        normalise = lambda text: units_after_amounts(snap(join(text)), hearing.words)  # noqa: E731
    else:  # another language: by spelling only, to the shop's own words
        respell = partial(snap_to_spelling, words=hearing.own_words, known=hearing.written_words,
                          max_share=config.spelling_max_share, min_letters=config.spelling_min_letters,
                          min_part=config.spelling_min_compound_part, same_sounds=hearing.same_sounds, fold=folded)  # fmt: skip
        normalise = lambda text: respell(join(text))  # noqa: E731
    return choose_transcript(heard, len(speech) / SAMPLE_RATE, hearing.language_model.logprob, config, normalise)
