"""Text as Facet matches it: lower-cased and folded as search engines fold each script, cut into
words, and without its accents where a language is also typed without them.

Every listing, request and lexicon word goes through `folded` and `words_of` before it is compared, so
"ALTIN" and "altın", "انگوٹھی" and "انگوٹهی", "बालियाँ" and "बालियां" are one word. `unmarked` is the
spelling without marks ("nhẫn vàng" -> "nhan vang") for the packs and requests that need it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

# Scripts written without spaces between words (Chinese "916金手镯", Japanese "K18ダイヤモンドネックレス",
# Thai): each of their characters is a word of its own, so a phrase of them ("手镯", "ネックレス") is
# found inside a run as a phrase of words is in spaced text, longest first, left to right
# ("イヤリング" before its "リング"). Letters of other scripts run together into words, so Latin
# words keep their boundaries ("ring" is never found in "string"). Ranges by Unicode block: CJK
# ideographs, the iteration marks 々〆〇, hiragana, katakana with its long-vowel mark (not its
# middle dot "・", a separator), Thai, Lao, Khmer, Myanmar.
UNSPACED_SCRIPTS = ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005-\u3007\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
                    "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f")
# Hangul is written with spaces, but a word may run on from Latin letters or digits ("14K골드"): its
# syllables are a word of their own script, apart from the Latin letters beside them.
HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
# Arabic as search engines fold it: its vowel marks (tashkeel, Quranic marks) and the tatweel (a
# stretched join) dropped; alef with hamza, madda or wasla as alef; alef maksura and the Persian yeh as
# yeh; teh marbuta (which only ends a word) as heh; the Persian kaf as kaf; Arabic-Indic and Persian
# digits as digits ("عيار ٢١" is "عيار 21"), the Arabic decimal and thousands marks as "." and ",".
# Persian as its search engines fold it (Lucene's PersianNormalizer): the heh with yeh above (the ezafe
# "ۀ") as heh, and the zero-width non-joiner that parts a word's pieces ("می‌شود", "نقره‌ای", "سینه‌ریز")
# as a space, as the same words are also typed ("نقره ای", "سینه ریز").
# Urdu as the same engines fold it, its own letters read as their Arabic ones: the heh goal "ہ", the
# two-eyed heh "ھ" (its aspiration, "جھمکا", typed with either heh) and the teh marbuta goal "ۃ" as
# heh, the hamza over a heh goal or a yeh barree ("ۂ", "ۓ") dropped, and the yeh with hamza "ئ" as yeh
# (a request's marks are dropped, its hamza with them: "ڈائمنڈ"): "انگوٹھی" and "انگوٹهی" are one word.
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
ARABIC_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك",
     "ہ": "ه", "ھ": "ه", "ۃ": "ه", "ۂ": "ه", "ۓ": "ے", "ئ": "ي", "٫": ".", "٬": ",", "\u200c": " ",
     **{chr(0x0660 + digit): str(digit) for digit in range(10)}, **{chr(0x06F0 + digit): str(digit) for digit in range(10)}}
)  # fmt: skip
ARABIC_MARK = re.compile(f"[{ARABIC_MARKS}]")
# The digits of the unspaced scripts (Thai "๙๖.๕", Lao, Khmer, Myanmar) lie inside their letters' blocks:
# read as 0-9, else each would be a letter-word of its own ("ทองคำแท้ ๙๖.๕%" is "ทองคำแท้ 96.5%").
UNSPACED_DIGITS = str.maketrans({chr(zero + digit): str(digit) for zero in (0x0E50, 0x0ED0, 0x17E0, 0x1040) for digit in range(10)})
ARABIC_RANGE = re.compile("[\u0600-\u06ff]")
# Russian "ё" as search engines and most shops write it, "е" ("жёлтое" and "желтое" are one word);
# Romanian's comma-below "ș ț" as the cedilla "ş ţ" old keyboards and fonts still write for them (one
# letter, typed both ways: "brățară" and "brăţară"; Turkish's "ş" is the cedilla one and stays)
LETTER_FOLDS = str.maketrans("ёșț", "еşţ")
# Indic scripts (Devanagari to Sinhala) as search engines fold them: the nukta dropped ("ज़" is "ज", as
# "रोज़" and "रोज" are one word), the chandrabindu as the anusvara ("बालियाँ" is "बालियां"), the zero-width
# joiners dropped, the scripts' digits as digits ("२२ कैरेट" is "22 कैरेट").
INDIC_RANGE = re.compile("[\u0900-\u0dff]")
# Hebrew as search engines fold it: vowel points (niqqud), cantillation and the dagesh dropped (not the
# maqaf, paseq or sof pasuq, which part words); the geresh and gershayim, and the ASCII ' " typed for
# them, kept inside a word as part of it ("ש\"ח", shekels, is one word "שח"; "ס\"מ" is "סמ"; one
# closing a quotation after a word goes as any quotation mark does). Final
# letters stay as written: they only end a word.
HEBREW_RANGE = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
HEBREW_MARK = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
HEBREW_LETTER = "\u05d0-\u05ea"
GERSHAYIM = re.compile(f"(?<=[{HEBREW_LETTER}])[\"'\u05f3\u05f4\u2019\u201d]+")
# A prefix is joined to a number by a hyphen or maqaf ("מתחת ל-1000", "פחות מ-500", "ב-300"): apart
# from it, as a prefix before a word is (the number is no negative one).
HEBREW_PREFIX_NUMBER = re.compile(f"(?<![{HEBREW_LETTER}])([{HEBREW_LETTER}]{{1,3}})[-\u05be\u2010\u2011\u2013](?=\\d)")


# An apostrophe inside a word is part of it and dropped: "men's" is "mens"; Ukrainian writes its
# apostrophe three ways ("об'єм", "об’єм", "обʼєм": the typewriter one, the right quotation mark and
# the modifier letter U+02BC its standard prefers), one word each way.
APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc")


ANUSVARAS = {unicodedata.name(chr(code), ""): chr(code) for code in range(0x0900, 0x0E00) if unicodedata.name(chr(code), "").endswith("SIGN ANUSVARA")}


def _indic_folds() -> dict[int, str]:
    folds: dict[int, str] = {0x200C: "", 0x200D: ""}
    for code in range(0x0900, 0x0E00):
        name = unicodedata.name(chr(code), "")
        if name.endswith("SIGN NUKTA"):
            folds[code] = ""
        elif name.endswith("SIGN CANDRABINDU") and name.replace("CANDRABINDU", "ANUSVARA") in ANUSVARAS:
            folds[code] = ANUSVARAS[name.replace("CANDRABINDU", "ANUSVARA")]
        elif unicodedata.category(chr(code)) == "Nd":
            folds[code] = str(unicodedata.decimal(chr(code)))
    return folds


INDIC_FOLDS = _indic_folds()
COMBINING_DOT_ABOVE, DOTLESS_I = "\u0307", "\u0131"  # "İ".lower() is "i" + U+0307; "ı" is Turkish's dotless i
# A space or mark between two such characters still parts them ("ピンクゴールド カラー": rose gold, then
# a colour option's name, not "ゴールドカラー", gold-coloured): it is read as a word of its own, BREAK.
BREAK = "_"
# An Indic word's vowel signs, virama and anusvara are marks, not letters to Python's \w, yet part of
# the word (as Unicode's word boundaries keep them): "सोना" is one word, not "स", "न".
INDIC_MARKS = "".join(chr(code) for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)).startswith("M"))
TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{UNSPACED_SCRIPTS}]|(?P<gap>(?<=[{UNSPACED_SCRIPTS}])[^\w{UNSPACED_SCRIPTS}]+(?=[{UNSPACED_SCRIPTS}]))|[{HANGUL}]+|(?:[^\W\d_{UNSPACED_SCRIPTS}{HANGUL}]|[{INDIC_MARKS}])+")

# Letters Unicode does not split into a base and a mark: Vietnamese đ, Polish ł, and Turkish dotless ı,
# read as i as its dotted capital İ is once its dot goes
UNMARKED_LETTERS = str.maketrans("đĐłŁı", "dDlLi")
# Letters also typed as two plain letters once their marks go: South Slavic đ as "dj" ("mindjuse" for
# "minđuše") as well as "d" (UNMARKED_LETTERS)
TYPED_LETTERS = str.maketrans({"đ": "dj", "Đ": "Dj"})
# Marks that are part of their letter, never dropped: Japanese kana's voicing marks ("ピ" is not "ヒ",
# "ゴ" not "コ"; Unicode splits them off as it does an accent), the Indic scripts' vowel signs and virama
# ("स्टर्लिंग" is not "सटरलिंग"), and the vowel and tone marks of Thai, Lao, Khmer and Myanmar, which are
# their words' vowels ("ต่างหู" without them is no word)
LETTER_MARKS = frozenset("\u3099\u309a") | frozenset(INDIC_MARKS) | frozenset(
    chr(code) for low, high in ((0x0E00, 0x0EFF), (0x1780, 0x17FF), (0x1000, 0x109F)) for code in range(low, high + 1)
    if unicodedata.category(chr(code)) in ("Mn", "Mc")
)
# A word's letters as a regular expression sees them, in every script: Python's \w and [^\W\d_] leave
# out LETTER_MARKS, so "\w+" cuts "सोना" into "स", "न" and "(?!\w)" finds a word's end inside it (before
# its "ा"; "\b" finds none after "কোটি", which ends in one). LETTER is one letter, WORD_START and
# WORD_END "(?<!\w)" and "(?!\w)" with those marks counted in, WORD_EDGE "\b" so: in text without such
# marks each is what it stands for. `is_letters` is the same test on a whole word.
WORD_MARKS = "".join(sorted(LETTER_MARKS))
LETTER = rf"(?:[^\W\d_]|[{WORD_MARKS}])"
WORD_START = rf"(?<![\w{WORD_MARKS}])"
WORD_END = rf"(?![\w{WORD_MARKS}])"
WORD_EDGE = rf"(?:(?<=[\w{WORD_MARKS}]){WORD_END}|{WORD_START}(?=[\w{WORD_MARKS}]))"


def folded(text: str) -> str:
    """Text lower-cased for matching, Turkish dotted and dotless i folded to "i": Python lowers "İ" to
    "i" and a combining dot, and a shop writes "ALTIN" (lowered "altin") as well as "altın"; Arabic
    and Indic scripts folded as search engines fold them (ARABIC_FOLDS, INDIC_FOLDS)."""
    text = unicodedata.normalize("NFKC", text).lower().replace(COMBINING_DOT_ABOVE, "").replace(DOTLESS_I, "i")
    if not text.isascii():
        text = text.translate(UNSPACED_DIGITS).translate(LETTER_FOLDS)
    if INDIC_RANGE.search(text):
        text = text.translate(INDIC_FOLDS)
    if HEBREW_RANGE.search(text):
        text = HEBREW_PREFIX_NUMBER.sub(r"\1 ", GERSHAYIM.sub("", HEBREW_MARK.sub("", text)))
    return ARABIC_MARK.sub("", text).translate(ARABIC_FOLDS) if ARABIC_RANGE.search(text) else text


def words_of(text: str) -> list[str]:
    """Lower-case words and numbers: "18K White-Gold, men's" -> ["18", "k", "white", "gold", "mens"]."""
    return [BREAK if match["gap"] else match[0] for match in TOKEN.finditer(folded(text).translate(APOSTROPHES))]


def is_letters(word: str) -> bool:
    """Whether a word is all letters, the marks that are part of its letters (LETTER_MARKS: an Indic
    word's vowel signs and virama, Thai's vowel and tone marks) counted as letters ("সোনার", "सोना",
    "தங்கம்": Python's isalpha() says no, for their marks)."""
    return bool(word) and all(char.isalpha() or char in LETTER_MARKS for char in word)


def unmarked(text: str, marked: Mapping[str, str] | None = None) -> str:
    """Text without its accents, tone and vowel marks, as shoppers and shops also type it ("nhẫn vàng
    trắng" -> "nhan vang trang", "rosé" -> "rose"; "đ" is a letter of its own, written "d"), its
    compatibility forms plain ("ﬁ" -> "fi", full-width "Ｋ１８" -> "K18", half-width kana full). A word of `marked` (a pack's [spelling.marked]: words
    their marks alone tell apart) is put as its stand-in first ("mà", but -> "nhung"; "mạ" is plated)."""
    if marked:
        text = _marked_word_pattern(tuple(marked)).sub(lambda match: marked[match[1]], unicodedata.normalize("NFC", text))
    stripped = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char) or char in LETTER_MARKS)
    return unicodedata.normalize("NFC", stripped.translate(UNMARKED_LETTERS))


def unmarked_spellings(word: str) -> set[str]:
    """The spellings `word` is typed in without its marks ("minđuše" -> "minduse", "mindjuse"); none
    for a word that has no marks."""
    spellings = {unmarked(word), unmarked(word.translate(TYPED_LETTERS))}
    return spellings - {word}


@lru_cache(maxsize=8)
def _marked_word_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"{WORD_START}({'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))}){WORD_END}")
