"""One rule for a word's letters in every script (retrieval/folding.py `is_letters`, LETTER, WORD_START,
WORD_END, WORD_EDGE): an Indic word's vowel signs and virama and Thai's vowel and tone marks are part of
it, where Python's isalpha(), \\w and \\b leave them out. Words here are written for these tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from assistant.answer_language import message_language
from assistant.understanding import endings, understand
from assistant.understanding.compounds import read_compounds
from assistant.understanding.endings import Endings, split_word
from assistant.understanding.phrases import Term
from retrieval.folding import LETTER, WORD_EDGE, WORD_END, WORD_START, folded, is_letters
from retrieval.lexicon import base_words, locale_words, pack_words

DEVANAGARI, BENGALI, TAMIL, THAI, GEORGIAN = "चांदी", "সোনার", "தங்கம்", "ต่างหู", "ოქროს"
LATIN = ("émeraude", "brățară", "ørepynt")
EVERY_SCRIPT = (DEVANAGARI, BENGALI, TAMIL, THAI, GEORGIAN, *LATIN)
# Texts without such marks, in which each new pattern must find what \w and \b find.
UNMARKED_TEXTS = ("18k white-gold ring, size 7", "золотое кольцо 585", "χρυσό δαχτυλίδι", "خاتم ذهب عيار 21",
                  "טבעת זהב 14 קראט", "18金のネックレス", "금 반지 14k로", "pierścionek z białego złota", "a_b 5")  # fmt: skip


@pytest.mark.parametrize("word", EVERY_SCRIPT)
def test_a_word_of_any_script_is_letters_and_found_whole(word):
    assert is_letters(word)
    assert re.findall(rf"{LETTER}+", f" {word}, ") == [word]


def test_python_alone_splits_the_indic_words_at_their_marks():
    """Why the rule is needed: these are the words isalpha() refuses and \\w+ cuts."""
    for word in (DEVANAGARI, BENGALI, TAMIL):
        assert not word.isalpha() and len(re.findall(r"\w+", word)) > 1


@pytest.mark.parametrize("word", ["", "22k", "18", "a_b", "ring!", "५००"])
def test_digits_and_signs_are_no_letters(word):
    assert not is_letters(word)


@pytest.mark.parametrize("text", UNMARKED_TEXTS)
def test_the_edges_are_python_s_in_text_without_such_marks(text):
    def at(pattern: str) -> list[int]:
        return [match.start() for match in re.finditer(pattern, text)]

    assert at(WORD_EDGE) == at(r"\b")
    assert at(WORD_START) == at(r"(?<!\w)")
    assert at(WORD_END) == at(r"(?!\w)")


@pytest.mark.parametrize("word", [DEVANAGARI, BENGALI, TAMIL, THAI])
def test_a_marked_word_has_edges_only_at_its_ends(word):
    text = f"{word} {word}"
    assert [match.start() for match in re.finditer(WORD_EDGE, text)] == [0, len(word), len(word) + 1, len(text)]
    # a word that ends in a mark (the Tamil virama, the Devanagari "ी") still ends there
    assert re.fullmatch(rf"{re.escape(word)}{WORD_EDGE}", word)
    # and no shorter word is found inside it
    assert not re.search(rf"{WORD_START}{re.escape(word[:-1])}{WORD_END}", text)


# --- endings (a pack's [suffixes]) over words with marks -----------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    suffixes: dict
    locale_multipliers: dict = field(default_factory=dict, hash=False)
    multipliers: dict = field(default_factory=dict, hash=False)
    currencies: dict = field(default_factory=dict, hash=False)
    compound_modifiers: frozenset = frozenset()
    inflections: dict = field(default_factory=dict, hash=False)  # no language's endings (compounds.py reads a head's case with them)

    def __hash__(self) -> int:
        return id(self)


class _Vocabulary:
    def __init__(self, lexicon: _Lexicon) -> None:
        self.lexicon = lexicon


class _Table:
    """The parts of a phrase table endings.py and compounds.py read."""

    def __init__(self, phrases: dict[str, tuple[Term, ...]], lexicon: _Lexicon) -> None:
        self.phrases, self.vocabulary, self.words = phrases, _Vocabulary(lexicon), frozenset(phrases)


def _term(kind: str, value: str) -> tuple[Term, ...]:
    return (Term(kind, (value,)),)


# Made-up endings, one pack's worth per script: Bengali's genitive "ের" / "র", Hindi's plural "ों", Tamil's
# "ை", Georgian's "ის" / "ს", Norwegian's "er".
SUFFIXES = {"endings": ["ের", "র", "ों", "ை", "ის", "ს", "er"]}
STEMS = {"আংটি": _term("category", "ring"), "सोना": _term("metal", "yellow gold"), "चांदी": _term("metal", "silver"),
         "மோதிரம்": _term("category", "ring"), "ოქრო": _term("metal", "yellow gold"), "ørepynt": _term("category", "earrings"),
         "ต่างหู": _term("category", "earrings")}  # fmt: skip


@pytest.fixture
def table():
    return _Table(STEMS, _Lexicon(SUFFIXES))


def test_the_stems_endings_are_read_off_keep_their_marks(table):
    stems, _ = endings._stems(table)
    assert {"আংটি", "सोना", "चांदी", "மோதிரம்", "ოქრო", "ørepynt", "ต่างหู"} <= stems


@pytest.mark.parametrize(
    "said, read",
    [("আংটির", "আংটি"), ("चांदीों", "चांदी"), ("மோதிரம்ை", "மோதிரம்"), ("ოქროს", "ოქრო"), ("ørepynter", "ørepynt")],
)
def test_an_ending_is_read_off_a_marked_stem(table, said, read):
    assert endings.read_endings([said], table, set()) == [read]


@pytest.mark.parametrize("word", ["চাঁদির", "पायलों", "ต่างหูร", "émeraudes"])  # no stem known, or no ending of the pack
def test_a_word_without_a_known_stem_stays_whole(table, word):
    assert endings.read_endings([word], table, set()) == [word]


def test_split_word_reads_the_longest_marked_stem():
    found = Endings(frozenset({"র", "ের"}), 2, {}, (), {})
    assert split_word("আংটির", frozenset({"আংটি"}), found) == ("আংটি", "র")
    assert split_word("আংটি", frozenset({"আংটি"}), found) is None  # the stem alone has no ending


# --- compounds: a joined word of marked parts is read as its parts -------------------------------


def test_a_joined_word_with_marks_is_read_as_its_parts():
    table = _Table({"सोना": _term("metal", "yellow gold"), "हार": _term("category", "necklace")}, _Lexicon({}))
    assert read_compounds(["सोनाहार"], table, set()) == ["सोना", "हार"]
    assert read_compounds(["चांदीवाला"], table, set()) == ["चांदीवाला"]  # no known head: whole


# --- the lexicon's word sets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "locale, word", [("bn-BD", "আংটি"), ("bn-BD", "সোনা"), ("hi-IN", "अंगूठी"), ("hi-IN", "चांदी"), ("th-TH", "ห"), ("ka-GE", "ბეჭედი")]
)
def test_a_pack_s_words_keep_the_words_with_marks(locale, word):
    assert folded(word) in pack_words(locale)


def test_the_words_a_locale_is_heard_saying_keep_their_marks():
    assert folded("আংটি") in locale_words("bn-BD")
    assert folded("अंगूठी") in locale_words("hi-IN")


def test_the_base_file_s_english_words_are_unchanged_letters():
    assert "ring" in base_words() and all(is_letters(word) for word in base_words())


# --- a message's language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [("সোনার আংটি দেখান", "bn"), ("चांदी की पायल दिखाइए", "hi"), ("ოქროს ბეჭედი", "ka"),
     ("prsten z bílého zlata", "cs"), ("brățară din aur", "ro"), ("a white gold ring", "en")],
)  # fmt: skip
def test_a_message_s_words_with_marks_show_its_language(text, language):
    counts = message_language(text)
    assert max(counts, key=counts.get) == language


# --- requests: price words and gold words that end in a mark -------------------------------------


def test_a_scale_word_ending_in_a_vowel_sign_scales_the_amount():
    """ "কোটি" (crore) ends in a vowel sign, after which \\b finds no edge: the amount was read bare."""
    constraints = understand("৫ কোটি টাকার নিচে সোনার আংটি", "BDT").constraints
    assert constraints.price_max == 50_000_000
    assert "ring" in constraints.categories


def test_a_karat_said_after_a_gold_word_ending_in_a_mark():
    """ "सोना 18": a gold word before a bare 18 (no soft gold alone) makes it its karat."""
    assert understand("सोना 18 अंगूठी", "INR").constraints.karats == [18]


@pytest.mark.parametrize(
    "text, currency, price_max, category, karats",
    [("örhängen i vitguld under 5000 kr", "SEK", 5000, "earrings", []), ("brățară din aur alb sub 2000 lei", "RON", 2000, "bracelet", []),
     ("bague en or blanc 18 carats à moins de 800 €", "EUR", 800, "ring", [18]), ("a 18k white gold ring under $500", "USD", 500, "ring", [18])],
)  # fmt: skip
def test_latin_requests_read_as_before(text, currency, price_max, category, karats):
    constraints = understand(text, currency).constraints
    assert constraints.price_max == price_max and constraints.karats == karats
    assert constraints.categories[:1] == ([category] if category else [])


def test_a_reply_s_words_are_checked_whole():
    """The grounding check reads a reply's and a title's words as whole words in every script."""
    from assistant.grounding import _words

    assert _words("सोने की अंगूठी, Men's 18k ring") == ["सोने", "की", "अंगूठी", "men's", "18k", "ring"]
    assert _words(f"{BENGALI} {TAMIL}") == [BENGALI, TAMIL]
