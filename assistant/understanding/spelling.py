"""The text made regular (characters, punctuation, joined words, numbers in words) and its typos
corrected towards the jewelry words every step reads, in the languages the request is written in."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer_language import message_language
from assistant.phrasing import BASE_LANGUAGE
from assistant.understanding.attached import hangul_apart, read_attached
from assistant.understanding.compounds import read_compounds
from assistant.understanding.endings import endings_after_numbers, read_endings
from assistant.understanding.inflections import read_inflections
from assistant.understanding.knowledge import BIRTHSTONE_WORD
from assistant.understanding.measures import CARAT, KARAT, LOCALE_RING_SIZE, MEASUREMENT, RING_SIZE
from assistant.understanding.money import CUE_AFTER, CUE_BEFORE, PRICE_RANGE, price_words_apart
from assistant.understanding.moves import CLEARS, IN_STOCK, REFINEMENT_PATTERNS, RESET
from assistant.understanding.numbers import NUMBER_WORDS, ideograph_numbers, locale_number_words, spell_out_numbers
from assistant.understanding.phrases import FILLER_WORDS, PHRASES, SINGULAR_PHRASES, PhraseTable, phrase_table
from assistant.understanding.terms import CLAUSE_BREAK, NEGATION
from retrieval.folding import WORD_EDGE, WORD_START, folded, unmarked
from retrieval.lexicon import base_lexicon, load_lexicon, words_by_language
from retrieval.prices import western_digits
from retrieval.shop_vocabulary import ShopVocabulary
from retrieval.unspaced import spaced

FUZZY_MIN_WORD = 5  # shorter unknown words are left alone: too many real words lie one edit from a short one
FUZZY_MIN_TARGET = 6  # jewelry words shorter than this are not corrected towards
FUZZY_LONG_TARGET = 8  # from this length two edits are forgiven, below it one

# --- normalising ---------------------------------------------------------------------------------

CHARACTERS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "“": '"', "”": '"', "½": " 1/2",
                            "¼": " 1/4", "¾": " 3/4", "\u00a0": " ",
                            "ß": "ss", "、": ",", "。": ".", "・": " ", "「": '"', "」": '"', "『": '"', "』": '"',
                            "〜": "~"})  # fmt: skip  # German ß; marks and letters such as đ, ł, ı: retrieval.folding.unmarked
JOINED_WORDS = re.compile(r"\b(rose|white|yellow|pink|red)(gold)\b|\b(\d{1,2}(?:k|kt|ct))(gold|white|yellow|rose)\b")
HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])-(?=[a-z])")
PUNCTUATION = re.compile(r"(?<!\d)[,;:!?]|[,;:!?](?!\d)|(?<=[a-z0-9])\.(?=\s|$)")
ABBREVIATION = re.compile(r"\b(?:rs|approx|ct|cts|pt|no|vs|etc|st)$")
# "1.250,50": thousands set apart by dots and a decimal comma (Turkey, much of Europe)
DOTTED_THOUSANDS_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?![\d,])")
DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2})(?![\d,])")  # "1,5 carat"; not "1,50,000"
# "do tysiąca", "até mil": a locale's word for a thousand said alone after a price word is one thousand
_LOCALE = load_lexicon()
_CUE_WORDS = sorted({*_LOCALE.under_before, *_LOCALE.over_before, *_LOCALE.around_before}, key=len, reverse=True)
LONE_THOUSAND = re.compile(
    rf"{WORD_EDGE}((?:{'|'.join(map(re.escape, _CUE_WORDS)) or '(?!)'})\s+)({'|'.join(map(re.escape, _LOCALE.locale_multipliers)) or '(?!)'}){WORD_EDGE}"
)
# "750er Gold", "925er Silber": a locale's ending on a number ([numbers] endings), read off it
NUMBER_ENDING = re.compile(rf"\b(\d+)(?:{'|'.join(map(re.escape, _LOCALE.number_endings)) or '(?!)'}){WORD_EDGE}")
# "K18", "k10": a locale's karat written after its letter ([numbers] karat_before), read as "18k"
KARAT_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _LOCALE.karat_prefixes)) or '(?!)'})(\d{{1,2}})(?![\d.,])")
# "عيار 21": a locale's word for a gold's purity said before its number, a space between ([karat] words_before)
KARAT_WORD_BEFORE = re.compile(rf"{WORD_START}(?:{'|'.join(map(re.escape, _LOCALE.karat_words_before)) or '(?!)'})\s*(\d{{1,2}})(?![\d.,])")
# Words read otherwise as the request's last word (French "or", gold)
LAST_WORD = re.compile(rf"{WORD_START}({'|'.join(map(re.escape, _LOCALE.last_words)) or '(?!)'})[\s?!.]*$")
ELIDED = re.compile(r"(?<![\w'])([a-z]+)'([a-z]+)")  # "dell'anello", and "mother's", "don't" (no article)
MIXED_FRACTION = re.compile(r"\b(\d+)\s+([13])/([24])\b")
FRACTION = re.compile(r"(?<![\d/])([13])/([24])\b")
FREE_OF = re.compile(r"\b(diamond|stone|gem|gemstone|pearl|nickel|silver|gold)s?\s+free\b")


def _spaced(match: re.Match) -> str:
    """Punctuation as a word of its own, so "necklace," is read as "necklace" (not "rs." or "approx.")."""
    if match.group() == "." and ABBREVIATION.search(match.string, 0, match.start()):
        return "."
    return f" {match.group()} "


def _last_word(match: re.Match, table: PhraseTable) -> str:
    """The request's last word as read there, unless it ends a phrase of its own ("plaqué or")."""
    before = match.string[: match.start()].split()[-1:]
    return match[0] if before and f"{before[0]} {match[1]}" in table.phrases else _LOCALE.last_words[match[1]]


def normalise(text: str, table: PhraseTable) -> str:
    text = unmarked(text.lower().translate(CHARACTERS), _LOCALE.marked_words)  # "rosé", "fiancée", "nhẫn vàng"
    text = folded(western_digits(text))  # digits of any script as 0-9; Arabic folded as the listings are ("دبلة" as "دبله")
    text = locale_number_words(text, table.vocabulary.lexicon)  # "डेढ़ लाख" -> "1.5 लाख"
    text = spaced(ideograph_numbers(text, _LOCALE), table.unspaced_words)  # "K18のピアス5万円以下" -> "k18 の ピアス 50000 円 以下"
    text = hangul_apart(text)  # "14k로" -> "14k 로"
    text = price_words_apart(text)  # "30000원대" -> "30000원 대"
    text = KARAT_BEFORE.sub(r"\1k ", text)
    text = KARAT_WORD_BEFORE.sub(r"\1k ", text)
    text = ELIDED.sub(lambda m: _elided(m, table), text)
    text = LAST_WORD.sub(lambda m: _last_word(m, table), text)
    text = endings_after_numbers(text, table.vocabulary.lexicon)
    text = NUMBER_ENDING.sub(r"\1", text)
    text = DOTTED_THOUSANDS_DECIMAL.sub(lambda m: f"{m[1].replace('.', '')}.{m[2]}", text)
    text = DECIMAL_COMMA.sub(r"\1.\2", text)
    text = HYPHEN_BETWEEN_LETTERS.sub(" ", text)
    text = JOINED_WORDS.sub(lambda m: " ".join(g for g in m.groups() if g), text)
    text = PUNCTUATION.sub(_spaced, text)
    words = read_attached(text.split(), table, KNOWN_WORDS)  # "반지를", "بالماس"
    words = read_inflections(" ".join(read_endings(words, table, KNOWN_WORDS)).split(), table, KNOWN_WORDS)
    words = read_compounds(words, table, KNOWN_WORDS)
    text = " ".join(_correct_words(words, table))
    text = FREE_OF.sub(r"without \1", text)
    text = spell_out_numbers(text)
    text = LONE_THOUSAND.sub(r"\g<1>1 \2", text)
    text = MIXED_FRACTION.sub(lambda m: f"{int(m[1]) + int(m[2]) / int(m[3]):g}", text)
    return FRACTION.sub(lambda m: f"{int(m[1]) / int(m[2]):g}", text)



def _elided(match: re.Match, table: PhraseTable) -> str:
    """A locale's article elided onto the next word ([elisions]: Italian "dell'anello", "l'ametista")
    read as the two words, unless the listings name it joined ("d'oro" is "doro", as a listing reads it)."""
    article, word = match[1], match[2]
    if article not in table.vocabulary.lexicon.elided_articles:
        return _possessive(match[0], article + word, table)
    joined = article + word
    return joined if joined in table.phrases or joined in KNOWN_WORDS else f"{article} {word}"


def _possessive(written: str, joined: str, table: PhraseTable) -> str:
    """A word with an apostrophe inside ("cat's" of "cat's eye") as the listings fold it ("cats",
    retrieval/folding.py), where only that form is a word of the shop's phrases; else as written
    (a phrase written with its apostrophe keeps it)."""
    words = {part for phrase in table.phrases for part in phrase.split(" ")}
    return joined if joined in words and written not in words else written


# --- spelling ------------------------------------------------------------------------------------

MISSPELLINGS = {
    "neckless": "necklace", "neckles": "necklace", "necklase": "necklace",
    "earing": "earring", "earings": "earrings", "earrigns": "earrings", "jewlery": "jewelry",
    "jewelery": "jewelry", "jewllery": "jewellery", "diamon": "diamond", "dimond": "diamond",
    "dimonds": "diamonds", "saphire": "sapphire", "saphires": "sapphires", "perl": "pearl", "perls": "pearls",
    "rubys": "rubies", "braclet": "bracelet", "bracelette": "bracelet", "ammethyst": "amethyst",
    "bangel": "bangle", "anklette": "anklet", "sterlin": "sterling", "platnum": "platinum",
    "silvr": "silver", "gols": "gold", "gld": "gold", "karrat": "karat", "carrat": "carat", "carrats": "carats",
}  # fmt: skip
# Real words one or two edits from a jewelry word, that must not be "corrected" into it.
FUZZY_PROTECTED = {
    "while", "modem", "starling", "stealing", "garner", "farther", "feather", "bother", "chairs", "locked",
    "ankles", "rubles", "sliver", "vantage", "welding", "finance", "neckline", "earnings", "pears", "pearly",
    "silvery", "stores", "moderns", "wedded", "sister", "faster", "master", "mister", "chained", "brother",
    "banged", "dangle", "pendent", "daughters", "motherly", "classy", "ringer", "hooped", "studio",
    "stacking", "stackable",
}  # fmt: skip
WORD = re.compile(r"[a-z][a-z']*")


# A word is corrected only towards a word of a language the request is written in: English's (Facet's
# own phrases and the words of packs whose listings are in English, with their plurals) and those of
# the languages its other words show (assistant/answer_language.py). Another pack's stone word is no
# target for a Swedish "safirbla"; the plurals built for reading (phrases.py `plural`) are targets
# only in English.
WRITTEN = words_by_language()  # language -> every word its packs write, accents dropped
WRITTEN_WORDS = frozenset().union(*WRITTEN.values())  # a word of some language: no typo of another's


def _english_words() -> frozenset[str]:
    """Facet's own English phrase words, read with the base file alone (plurals built too), and the
    plurals built for the English packs' words ("jhumkas")."""
    core = base_lexicon()
    english = phrase_table(ShopVocabulary(core, frozenset(core.core("category")), frozenset(core.core("metal")), frozenset(core.core("stone"))))
    words = {word for phrase in english.phrases for word in phrase.split(" ")}
    plurals = {p.split(" ")[-1] for p, singular in SINGULAR_PHRASES.items() if singular.split(" ")[-1] in WRITTEN[BASE_LANGUAGE]}
    return frozenset(words | plurals)


def _target_languages(word: str, english: frozenset[str]) -> frozenset[str]:
    """The languages `word` is a word of: those whose packs write it, and English for its own phrases."""
    plain = unmarked(word)
    said = {language for language, words in WRITTEN.items() if plain in words}
    return frozenset(said | ({BASE_LANGUAGE} if word in english else set()))


def _fuzzy_targets() -> dict[str, frozenset[str]]:
    """Every jewelry word long enough to correct towards, with the languages it is a word of."""
    words = {word for phrase in PHRASES for word in phrase.split(" ") if len(word) >= FUZZY_MIN_TARGET and "'" not in word}
    words |= {"birthstone", "birthstones", "anniversary", "carats", "karats", "jewelry", "jewellery"}
    english = _english_words()
    languages = {word: _target_languages(word, english) for word in words}
    return {word: said for word, said in languages.items() if said}  # a form built for another language's word: none


def _marked_targets(targets: set[str]) -> dict[str, tuple[str, ...]]:
    """The targets written with marks, by their spelling without them: a word of some language is
    still given its own marks back ("parlor" is Swedish "pärlor", pearls, as the request's text reads it)."""
    marked: dict[str, tuple[str, ...]] = {}
    for target in sorted(targets):
        if unmarked(target) != target:
            marked[unmarked(target)] = (*marked.get(unmarked(target), ()), target)
    return marked


TARGET_LANGUAGES = _fuzzy_targets()
FUZZY_TARGETS = set(TARGET_LANGUAGES)
MARKED_TARGETS = _marked_targets(FUZZY_TARGETS)


def _fuzzy_index() -> dict[str, set[str]]:
    """Every jewelry word long enough to correct towards, indexed by its one- and two-letter
    deletions (a symmetric-delete index: a typo and its word share a deletion)."""
    index: dict[str, set[str]] = {}
    for word in FUZZY_TARGETS:
        for variant in _deletions(word, 2 if len(word) >= FUZZY_LONG_TARGET else 1):
            index.setdefault(variant, set()).add(word)
    return index


def _deletions(word: str, depth: int) -> set[str]:
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (optimal string alignment)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


FUZZY_INDEX = _fuzzy_index()
# The words every step reads are right as they are: never "correct" one into another.
PATTERNS_READ = (
    RESET, *CLEARS.values(), *REFINEMENT_PATTERNS.values(), BIRTHSTONE_WORD, MEASUREMENT, RING_SIZE, LOCALE_RING_SIZE, KARAT, CARAT,
    PRICE_RANGE, *CUE_BEFORE.values(), *CUE_AFTER.values(), IN_STOCK, NEGATION, CLAUSE_BREAK,
)  # fmt: skip
OTHER_WORDS = {
    word for pattern in PATTERNS_READ for word in re.findall(rf"[a-z]{{{FUZZY_MIN_WORD},}}", pattern.pattern)
}
OTHER_WORDS |= {"color", "colour", "colors", "colours", "jewelry", "jewellery"}  # spelt with "?" in the patterns
KNOWN_WORDS = {word for phrase in PHRASES for word in phrase.split(" ")} | FUZZY_PROTECTED | OTHER_WORDS | NUMBER_WORDS
KNOWN_WORDS |= {word[:-1] for word in FUZZY_TARGETS if word.endswith("s")}  # "carat" is no typo of "carats"
KNOWN_WORDS |= load_lexicon().plain_words  # the locale packs' everyday words ("panjang" is not "painjan")
KNOWN_WORDS |= {word for name in load_lexicon().names("cut") for word in name.split()}  # a finish: "diamantata" is no "diamante"


@lru_cache(maxsize=4096)
def _correct(word: str, languages: frozenset[str] = frozenset({BASE_LANGUAGE})) -> str:
    """`word` as the jewelry word of one of `languages` it is a typo of, if any."""
    if word in MISSPELLINGS:
        return MISSPELLINGS[word]
    if len(word) < FUZZY_MIN_WORD or word in KNOWN_WORDS or word in FILLER_WORDS:
        return word
    if unmarked(word) in WRITTEN_WORDS:  # a word of some language is no typo of another's
        return next((target for target in MARKED_TARGETS.get(word, ()) if TARGET_LANGUAGES[target] & languages), word)
    candidates = {target for variant in _deletions(word, 2) for target in FUZZY_INDEX.get(variant, ()) if TARGET_LANGUAGES[target] & languages}
    best = None
    for target in sorted(candidates):
        allowed = 2 if len(target) >= FUZZY_LONG_TARGET else 1
        distance = _edit_distance(word, target)
        # A typo almost always keeps the first letter; that rule spares many real words.
        if target[0] == word[0] and distance <= allowed and (best is None or distance < best[0]):
            best = (distance, target)
    return best[1] if best else word


# Typos that are real words, or too short to correct on their own, read as a typo only beside the
# words they go with: "a sliver necklace", "in sliver" (but "a sliver of"), "undr 500", "ovr $200".
CONTEXT_MISSPELLINGS = {
    "sliver": ("silver", "jewelry"), "slver": ("silver", "jewelry"), "silber": ("silver", "jewelry"),
    "undr": ("under", "amount"), "unde": ("under", "amount"), "udner": ("under", "amount"), "uner": ("under", "amount"),
    "ovr": ("over", "amount"), "belo": ("below", "amount"), "bellow": ("below", "amount"), "abve": ("above", "amount"),
}  # fmt: skip
JEWELRY_NEIGHBOURS = {word for phrase in PHRASES for word in phrase.split(" ") if len(word) >= FUZZY_MIN_WORD} | {"in", "or", "and", "gold", "ring"}
AMOUNT_START = re.compile(r"^[$€£₹¥]?\d")


def _correct_words(words: list[str], table: PhraseTable) -> list[str]:
    """Each word corrected on its own (`_correct`) towards the words of English and of the languages
    the request's words show, or by its neighbours (CONTEXT_MISSPELLINGS)."""
    languages = frozenset({BASE_LANGUAGE, *message_language(" ".join(words))})
    corrected = []
    for i, word in enumerate(words):
        fix = CONTEXT_MISSPELLINGS.get(word)
        if fix is not None:
            before, after = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
            near = AMOUNT_START.match(after) if fix[1] == "amount" else (before in JEWELRY_NEIGHBOURS or after in JEWELRY_NEIGHBOURS)
            corrected.append(fix[0] if near else word)
        elif WORD.fullmatch(word) and word not in table.phrases:
            corrected.append(_correct(word, languages))
        else:
            corrected.append(word)
    return corrected
