"""Understanding a shopper's words, deterministically and without a model: hard constraints
(price in any currency, category, metal and karat, gemstone and stone colour, carat, ring size,
stock, each with negation), soft preferences (occasion, style, recipient, things to avoid),
relative refinements ("cheaper", "more like that"), slots to drop, a fresh start, and notes on
the jewelry knowledge applied (birthstones, exchange rates, ring-size systems).

The words go through a fixed pipeline. Each step finds its phrases in a working copy of the
text and blanks out what it used, so that no later step reads "14k" as a price, "no more than"
as a negation or "size 7" as a carat.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.constraints import Constraints, Preferences
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import ShopVocabulary, default_vocabulary
from retrieval.vocabulary import (
    ANNIVERSARY_GIFTS,
    BIRTHSTONES,
    COLOR_FAMILIES,
    CURRENCY_SYMBOLS,
    DEFAULT_EXCHANGE_RATES,
    DOLLAR_CURRENCIES,
    EU_RING_SIZE_MAX,
    EU_RING_SIZE_MIN,
    GOLD_HALLMARKS,
    GOLD_KARATS,
    NO_GEMSTONE,
    PLATINUM_HALLMARKS,
    PRECIOUS_GEMSTONES,
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
    SEMI_PRECIOUS_GEMSTONES,
    SILVER_HALLMARKS,
    UK_HALF_LETTER,
    UK_RING_SIZES,
    US_DIAMETER_AT_ZERO_MM,
    US_DIAMETER_PER_SIZE_MM,
)

AROUND_BAND = 0.2  # "around 800" means 640 to 960
BARE_PRICE_BAND = 0.2  # "a $500 necklace": a price named with no word before it is a target, not a cap
CARAT_BAND = 0.1  # "a 1.5 ct diamond" means 1.35 to 1.65 ct
# A number below this, with a price word but no currency, is a size or a count ("under 10" stones).
MIN_BARE_PRICE = 20
NEGATION_REACH_WORDS = 4  # "I don't want anything in rose gold": a negation reaches this many words ahead
FUZZY_MIN_WORD = 5  # shorter unknown words are left alone: too many real words lie one edit from a short one
FUZZY_MIN_TARGET = 6  # jewelry words shorter than this are not corrected towards
FUZZY_LONG_TARGET = 8  # from this length two edits are forgiven, below it one


@dataclass
class Understanding:
    constraints: Constraints  # hard constraints stated in this utterance only
    has_content_words: bool  # words beyond constraints and filler: whether text similarity matters next to a photo
    preferences: Preferences = field(default_factory=Preferences)
    refinements: list[str] = field(default_factory=list)  # "cheaper", "pricier", "bigger", "smaller", "more", "similar"
    clear_slots: list[str] = field(default_factory=list)  # "price", "metal", "gemstone", "category"
    reset: bool = False
    notes: list[str] = field(default_factory=list)  # knowledge applied, for the reply
    # The words left once constraints, refinements and filler are read ("vintage" in "a vintage
    # ring under $500"): what a search re-run without one of its constraints ranks by.
    remainder: str = ""


# --- phrases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    kind: str  # a key of TERM_SLOTS or PREFERENCE_KINDS, "design", "color", "color_or_metal", "any_stone", ...
    values: tuple[str, ...]


# What a term fills when said plainly, and what it fills when negated.
TERM_SLOTS = {
    "category": ("categories", "exclude_categories"),
    "metal": ("metals", "exclude_metals"),
    "gemstone": ("gemstones", "exclude_gemstones"),
}
PREFERENCE_KINDS = {"occasion": "occasions", "style": "styles", "recipient": "recipients"}
HARD_KINDS = {"category", "metal", "gemstone", "color", "color_or_metal", "any_stone", "no_stone", "other_stones"}


def _terms(kind: str, table: dict[str, tuple[str, ...]]) -> dict[str, tuple[Term, ...]]:
    """Each phrase of `table` (canonical value -> phrases) names a Term of `kind`."""
    return {phrase: (Term(kind, (canonical,)),) for canonical, phrases in table.items() for phrase in phrases}


def _either(*alternatives: str) -> str:
    return "|".join(alternatives)


# Words the lexicon (retrieval/lexicon/) leaves to understanding, each read as the value it names
# in the shop's vocabulary: weak names that in a request name one kind ("band", "pin"), shorthand.
CATEGORY_WORDS = {"band": "wedding band", "pin": "brooch"}
# Words for a kind of piece that name its category on their own ("hoops", "a choker") but yield
# to a category noun beside them ("stud earrings", "chain bracelet"); negated, they are a look
# to avoid, not a category ("earrings, but not studs"). A shop that lists one as its own kind
# ("Chokers") makes it a category word.
DESIGN_PHRASES = {
    ("engagement ring",): ("solitaire",),
    ("necklace",): ("chain", "strand", "lariat", "choker"),
    ("pendant",): ("locket",),
    ("earrings",): ("stud", "hoop", "drop", "dangle", "huggie", "huggy", "threader", "ear cuff"),
    ("bangle",): ("cuff",),
}
METAL_WORDS = {"rose": ("rose gold",), "golden": ("gold",), "plat": ("platinum",), "gold plated": ("gold plated", "gold plated silver")}
GEMSTONE_PHRASES = {
    ("aquamarine",): ("aqua",),
    PRECIOUS_GEMSTONES: ("precious stone", "precious gem", "precious gemstone"),
    SEMI_PRECIOUS_GEMSTONES: ("semi precious", "semiprecious", "semi precious stone", "semi precious gemstone"),
    ("ruby", "sapphire", "emerald", *SEMI_PRECIOUS_GEMSTONES): (  # "coloured stones", in the trade: not diamonds
        "colored stone", "coloured stone", "colored gem", "coloured gem", "colored gemstone", "coloured gemstone",
    ),
}  # fmt: skip
COLOR_ALIASES = {
    "dark blue": ("navy", "navy blue", "deep blue", "royal blue"),
    "light blue": ("sky blue", "baby blue", "pale blue", "ice blue"),
    "dark red": ("burgundy", "wine red", "deep red", "blood red", "maroon", "oxblood"),
    "red": ("crimson", "scarlet", "cherry red"),
    "purple": ("violet", "lavender", "lilac", "plum", "mauve"),
    "lime green": ("lime", "olive green", "apple green", "light green"),
    "green": ("emerald green", "forest green"),
    "yellow": ("canary", "canary yellow"),
    "pink": ("blush", "blush pink", "baby pink", "hot pink", "fuchsia", "pastel pink"),
    "colorless": ("colourless", "clear"),
    "iridescent white": ("iridescent", "opalescent"),
    "black": ("jet black",),
}
# A bare colour that, beside gold or after "in", names the gold ("yellow or white gold").
METAL_COLORS = {"yellow": "yellow gold", "white": "white gold"}
ANY_STONE_PHRASES = ("stone", "gem", "gemstone", "stones or gems")
NO_STONE_PHRASES = ("plain", "stoneless", "metal only", "all metal", "just metal")
OTHER_STONE_PHRASES = ("other stone", "other stones", "other gem", "other gems", "other gemstone", "other gemstones")
CUT_PHRASES = ("emerald cut", "rose cut", "pear cut", "princess cut", "oval cut", "cushion cut", "round cut")
# Materials named after a metal they are not.
MATERIAL_PHRASES = ("gold filled", "silver plated")

OCCASION_PHRASES = {
    "everyday": ("everyday", "every day", "daily", "daily wear", "day to day", "casual", "all the time", "everyday wear"),
    "gift": ("gift", "present", "gifting", "christmas", "xmas", "valentine", "valentine's", "valentines",
             "valentine's day", "graduation", "stocking stuffer", "push present", "holiday", "holidays",
             "secret santa", "thank you gift"),
    "anniversary": ("anniversary",),
    "birthday": ("birthday", "bday", "b day"),
    "party": ("party", "night out", "date night", "gala", "prom", "formal", "black tie", "cocktail party",
              "new year's eve", "nye", "evening out", "evening wear", "going out", "clubbing"),
    "work": ("for work", "to work", "at work", "workwear", "work wear", "office", "business", "professional",
             "interview", "meetings", "corporate"),
    "wedding": ("wedding", "bridal", "big day", "getting married", "get married", "wedding day"),
    "engagement": ("engagement", "engaged", "propose", "proposing", "proposal", "pop the question",
                   "popping the question", "marry me"),
}  # fmt: skip
STYLE_PHRASES = {
    "classic": ("classic", "classical", "timeless", "traditional", "elegant", "sophisticated", "refined"),
    "modern": ("modern", "contemporary", "sleek", "geometric", "edgy", "trendy", "modernist"),
    "vintage": ("vintage", "antique", "retro", "old fashioned", "victorian", "edwardian", "estate", "heirloom",
                "old school", "old world"),
    "minimalist": ("minimalist", "minimal", "minimalistic", "simple", "dainty", "delicate", "understated", "subtle",
                   "clean lines", "low key", "petite"),
    "bohemian": ("bohemian", "boho", "hippie", "hippy", "festival", "free spirited", "earthy", "beachy"),
    "art deco": ("art deco", "deco", "1920s", "twenties", "gatsby", "roaring twenties"),
    "statement": ("statement", "bold", "chunky", "eye catching", "dramatic", "showy", "flashy", "glam", "glamorous",
                  "blingy", "bling", "oversized"),
    "romantic": ("romantic", "feminine", "girly", "dreamy", "floral"),
}  # fmt: skip
# Looks a shopper may turn down ("nothing flashy"); said plainly they are just words to match.
DESCRIPTOR_PHRASES = {
    "big": ("big", "large", "huge"), "heavy": ("heavy", "bulky"), "gaudy": ("gaudy", "tacky", "loud", "garish"),
    "busy": ("busy", "ornate", "fussy", "over the top", "too much"), "long": ("long", "dangly"),
    "sparkly": ("sparkly", "shiny", "glittery", "glitzy"), "thick": ("thick",), "thin": ("thin", "skinny"),
    "small": ("small", "tiny"), "masculine": ("masculine",), "cheap looking": ("cheap looking", "costume", "plastic"),
    "heart": ("heart",), "flower": ("flower",), "cross": ("cross", "religious"), "butterfly": ("butterfly",),
    "animal": ("animal",), "skull": ("skull",), "initial": ("initial",),
}  # fmt: skip
RECIPIENT_PHRASES = {
    "wife": ("wife", "wifey", "my lady"), "girlfriend": ("girlfriend", "gf"), "fiancée": ("fiancee", "fiancée"),
    "mother": ("mother", "mom", "mum", "mommy", "mummy", "mama", "mom in law", "mother in law"),
    "daughter": ("daughter",), "sister": ("sister", "sis"), "grandmother": ("grandmother", "grandma", "granny", "nana"),
    "aunt": ("aunt", "auntie", "aunty"), "niece": ("niece",), "bridesmaid": ("bridesmaid",),
    "husband": ("husband", "hubby"), "boyfriend": ("boyfriend", "bf"), "fiancé": ("fiance", "fiancé"),
    "father": ("father", "dad", "daddy", "father in law"), "son": ("son",), "brother": ("brother",),
    "grandfather": ("grandfather", "grandpa"), "uncle": ("uncle",), "nephew": ("nephew",),
    "her": ("for her",), "him": ("for him",),
    "men": ("men's", "mens", "man's", "for men", "for a man", "for a guy", "for guys", "gents", "gentleman's", "male"),
    "women": ("women's", "womens", "ladies", "lady's", "for women", "for a woman", "for a lady", "female"),
    "partner": ("partner", "spouse", "significant other"), "friend": ("friend", "best friend", "bff", "bestie"),
    "colleague": ("colleague", "coworker", "co worker", "boss"), "teacher": ("teacher",),
    "child": ("kid", "child", "little girl", "little boy", "toddler", "teen", "teenager", "baby girl", "baby boy",
              "newborn", "little one"),
    "myself": ("myself", "for me", "treat myself", "for myself"),
}  # fmt: skip
# Phrases that say two things at once.
COMPOUND_TERMS = {
    "mother's day": (Term("occasion", ("gift",)), Term("recipient", ("mother",))),
    "father's day": (Term("occasion", ("gift",)), Term("recipient", ("father",))),
    "bride": (Term("occasion", ("wedding",)), Term("recipient", ("bride",))),
    "bride to be": (Term("occasion", ("wedding",)), Term("recipient", ("bride",))),
    "groom": (Term("occasion", ("wedding",)), Term("recipient", ("groom",))),
    "golden pearl": (Term("gemstone", ("pearl",)), Term("color", COLOR_FAMILIES["golden"])),
    "gold pearl": (Term("gemstone", ("pearl",)), Term("color", COLOR_FAMILIES["golden"])),
}

IRREGULAR_PLURALS = {"topaz": "topazes", "wife": "wives", "child": "children"}
NO_PLURAL = {"gold", "silver", "sterling", "platinum", "plat", "jewelry", "jewellery", "plain", "aqua"}


def plural(phrase: str) -> str:
    """"rubies" for "ruby", "engagement rings" for "engagement ring"."""
    *head, last = phrase.split(" ")
    if last in IRREGULAR_PLURALS:
        last = IRREGULAR_PLURALS[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*head, last])


def _plurals(phrases: dict[str, tuple[Term, ...]], kinds: set[str]) -> dict[str, str]:
    """The plural of each phrase of a countable kind, mapped to its singular."""
    plurals = {}
    for phrase, terms in phrases.items():
        last = phrase.split(" ")[-1]
        if terms[0].kind in kinds and last not in NO_PLURAL and not last.endswith(("'s", "s")):
            plurals.setdefault(plural(phrase), phrase)
    return plurals


def _build_phrases(vocabulary: ShopVocabulary) -> dict[str, tuple[Term, ...]]:
    colors = {name: (name,) for name in COLOR_FAMILIES} | COLOR_ALIASES
    phrases = {p: (Term("color", COLOR_FAMILIES[name]),) for name, ps in colors.items() for p in (name, *ps)}
    phrases |= {form: (Term("design", values),) for values, ps in DESIGN_PHRASES.items() for p in ps for form in (p, plural(p))}
    for phrase, values in vocabulary.phrases("category").items():
        if phrase not in phrases or vocabulary.held("category", phrase):  # "choker": a design, unless the shop lists chokers
            phrases[phrase] = (Term("category", values),)
    phrases |= {word: (Term("category", vocabulary.category_values(category)),) for word, category in CATEGORY_WORDS.items()}
    phrases |= {p: (Term("metal", values),) for p, values in vocabulary.phrases("metal").items()}
    phrases |= {p: (Term("metal", _metal_values(vocabulary, metals)),) for p, metals in METAL_WORDS.items()}
    phrases |= {p: (Term("gemstone", values),) for p, values in vocabulary.phrases("stone").items()}
    phrases |= {p: (Term("gemstone", values),) for values, ps in GEMSTONE_PHRASES.items() for p in ps}
    phrases |= {word: (Term("color_or_metal", (word,)),) for word in METAL_COLORS}
    phrases |= {p: (Term("any_stone", ()),) for p in ANY_STONE_PHRASES}
    phrases |= {p: (Term("no_stone", ()),) for p in NO_STONE_PHRASES}
    phrases |= {p: (Term("other_stones", ()),) for p in OTHER_STONE_PHRASES}  # "emeralds only, no other stones"
    phrases |= {p: (Term("cut", ()),) for p in CUT_PHRASES + MATERIAL_PHRASES}
    phrases |= _terms("occasion", OCCASION_PHRASES)
    phrases |= _terms("style", STYLE_PHRASES)
    phrases |= _terms("descriptor", DESCRIPTOR_PHRASES)
    phrases |= _terms("recipient", RECIPIENT_PHRASES)
    phrases |= COMPOUND_TERMS
    return phrases


def _metal_values(vocabulary: ShopVocabulary, metals: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for metal in metals for value in vocabulary.metal_values(metal)))


PLURAL_KINDS = {"category", "design", "gemstone", "any_stone", "cut", "occasion", "descriptor", "recipient"}


@dataclass(frozen=True)
class PhraseTable:
    """Every phrase understanding reads, for one shop's vocabulary."""

    vocabulary: ShopVocabulary
    phrases: dict[str, tuple[Term, ...]]
    singulars: dict[str, str]  # a plural phrase -> its singular
    longest: int  # words in the longest phrase
    gold_metals: tuple[str, ...]  # what "gold" and a karat alone ask for


@lru_cache(maxsize=8)
def phrase_table(vocabulary: ShopVocabulary | None = None) -> PhraseTable:
    vocabulary = vocabulary or default_vocabulary()
    phrases = _build_phrases(vocabulary)
    singulars = _plurals(phrases, PLURAL_KINDS)
    phrases |= {plural: phrases[singular] for plural, singular in singulars.items() if plural not in phrases}
    longest = max(len(phrase.split(" ")) for phrase in phrases)
    return PhraseTable(vocabulary, phrases, singulars, longest, vocabulary.gold_metals())


PHRASES = phrase_table().phrases  # the default shop's (Facet's demo catalog with every locale pack)
SINGULAR_PHRASES = phrase_table().singulars

# --- numbers in words ----------------------------------------------------------------------------

SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {word: 10 * tens for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
NUMBER_WORDS = {*SMALL_NUMBERS, "half", "quarter", "a", "an", "couple"}
# A number in words becomes digits only beside one of these, so "this one" stays a word.
NUMBER_UNITS = {"carat", "carats", "ct", "karat", "karats"}  # with the money words, after the money section
NUMBER_CONTEXT = {"size", "between", "under", "over", "around", "about", "from", "to", "and", "than", "least", "most"}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "nineteenth": 19, "twentieth": 20, "twenty fifth": 25, "thirtieth": 30,
    "thirty fifth": 35, "fortieth": 40, "forty fifth": 45, "fiftieth": 50, "fifty fifth": 55, "sixtieth": 60,
}  # fmt: skip


LEADING_FRACTIONS = (
    ("three quarters of a", 0.75), ("three quarter", 0.75), ("half of a", 0.5), ("half a", 0.5), ("a half", 0.5),
    ("a quarter of a", 0.25), ("a quarter", 0.25), ("quarter of a", 0.25), ("half", 0.5), ("quarter", 0.25),
)  # fmt: skip
TRAILING_FRACTIONS = (("and a half", 0.5), ("and a quarter", 0.25), ("and three quarters", 0.75))
DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _starts_with(words: list[str], i: int, phrase: str) -> bool:
    parts = phrase.split(" ")
    return words[i : i + len(parts)] == parts


def _can_follow(current: float, value: int) -> bool:
    """Whether a number word continues the number read so far: "twenty" + "five", "five hundred" + "fifty"."""
    if current == 0:
        return True
    if current >= 100 and current % 100 == 0:
        return value < 100
    return 20 <= current < 100 and current % 10 == 0 and value < 10


def _read_number(words: list[str], i: int) -> tuple[float | None, int]:
    """The number spelled out at words[i:] ("two thousand five hundred", "one and a half",
    "half a", "a couple", "6 and a quarter") and how many words it took."""
    for phrase, fraction in LEADING_FRACTIONS:
        if _starts_with(words, i, phrase):
            return fraction, len(phrase.split(" "))
    j, total, current, said = i, 0.0, 0.0, False
    if _starts_with(words, j, "a couple") or _starts_with(words, j, "couple"):
        j += 2 if words[j] == "a" else 1
        j += 1 if j < len(words) and words[j] == "of" else 0
        current, said = 2.0, True
    elif words[j] in ("a", "an") and words[j + 1 : j + 2] and words[j + 1] in {"hundred", "grand", "carat", *SCALES}:
        current, said, j = 1.0, True, j + 1  # "a grand", "under a carat"
    while j < len(words):
        word = words[j]
        if word in SMALL_NUMBERS and _can_follow(current, SMALL_NUMBERS[word]) and (not said or current or total):
            current, said = current + SMALL_NUMBERS[word], True
        elif DIGITS.fullmatch(word) and not said:
            current, said = float(word), True
        elif word == "hundred" and said:
            current *= 100
        elif word in SCALES and said:
            total, current = total + current * SCALES[word], 0.0
        elif word == "and" and current >= 100 and j + 1 < len(words) and words[j + 1] in SMALL_NUMBERS:
            pass  # "five hundred and fifty"
        else:
            break
        j += 1
    if not said:
        return None, 0
    for phrase, fraction in TRAILING_FRACTIONS:
        if _starts_with(words, j, phrase):
            return total + current + fraction, j - i + len(phrase.split(" "))
    return total + current, j - i


def _digits(value: float, last_word: str) -> str:
    """Digits for a number said in words, keeping a last "hundred" or "thousand" ("4 thousand"):
    the price step reads the multiplier, and shares it across a range ("from 2 to 4 thousand")."""
    unit = SCALES.get(last_word) or {"hundred": 100}.get(last_word)
    return f"{value / unit:g} {last_word}" if unit else f"{value:g}"


def _spell_out_numbers(text: str) -> str:
    """Numbers in words become digits where they count money, carats or a size: "two grand",
    "half a carat", "size six and a half". "This one" stays as it is."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        value, used = _read_number(words, i)
        said = words[i : i + used]
        following = words[i + used] if i + used < len(words) else ""
        composite = value is not None and (value % 1 or {"hundred", *SCALES} & set(said))
        in_context = following in NUMBER_UNITS or (out and out[-1] in NUMBER_CONTEXT)
        if value is not None and set(said) & NUMBER_WORDS and (composite or in_context):
            out.append(_digits(value, said[-1]))
            i += used
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


# --- normalising ---------------------------------------------------------------------------------

CHARACTERS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "“": '"', "”": '"', "½": " 1/2",
                            "¼": " 1/4", "¾": " 3/4", "\u00a0": " "})  # fmt: skip
JOINED_WORDS = re.compile(r"\b(rose|white|yellow|pink|red)(gold)\b|\b(\d{1,2}(?:k|kt|ct))(gold|white|yellow|rose)\b")
HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])-(?=[a-z])")
PUNCTUATION = re.compile(r"(?<!\d)[,;:!?]|[,;:!?](?!\d)|(?<=[a-z0-9])\.(?=\s|$)")
ABBREVIATION = re.compile(r"\b(?:rs|approx|ct|cts|pt|no|vs|etc|st)$")
DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2})(?![\d,])")  # "1,5 carat"; not "1,50,000"
MIXED_FRACTION = re.compile(r"\b(\d+)\s+([13])/([24])\b")
FRACTION = re.compile(r"(?<![\d/])([13])/([24])\b")
FREE_OF = re.compile(r"\b(diamond|stone|gem|gemstone|pearl|nickel|silver|gold)s?\s+free\b")


def _spaced(match: re.Match) -> str:
    """Punctuation as a word of its own, so "necklace," is read as "necklace" (not "rs." or "approx.")."""
    if match.group() == "." and ABBREVIATION.search(match.string, 0, match.start()):
        return "."
    return f" {match.group()} "


def _normalise(text: str, table: PhraseTable) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(CHARACTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))  # "rosé", "fiancée"
    text = DECIMAL_COMMA.sub(r"\1.\2", text)
    text = HYPHEN_BETWEEN_LETTERS.sub(" ", text)
    text = JOINED_WORDS.sub(lambda m: " ".join(g for g in m.groups() if g), text)
    text = PUNCTUATION.sub(_spaced, text)
    text = " ".join(_correct(word) if WORD.fullmatch(word) and word not in table.phrases else word for word in text.split())
    text = FREE_OF.sub(r"without \1", text)
    text = _spell_out_numbers(text)
    text = MIXED_FRACTION.sub(lambda m: f"{int(m[1]) + int(m[2]) / int(m[3]):g}", text)
    return FRACTION.sub(lambda m: f"{int(m[1]) / int(m[2]):g}", text)


# --- the working text ----------------------------------------------------------------------------


@dataclass
class _Reading:
    """The utterance as it is read: the text left to read, and what has been understood."""

    text: str
    currency: str
    rates: dict[str, float]
    table: PhraseTable
    constraints: Constraints = field(default_factory=Constraints)
    preferences: Preferences = field(default_factory=Preferences)
    refinements: list[str] = field(default_factory=list)
    clear_slots: list[str] = field(default_factory=list)
    reset: bool = False
    notes: list[str] = field(default_factory=list)

    def take(self, start: int, end: int, replacement: str = "") -> None:
        """Blank text[start:end] (or put `replacement` there) so no later step reads it again."""
        self.text = self.text[:start] + (replacement or " " * (end - start)) + self.text[end:]

    def take_all(self, pattern: re.Pattern) -> list[re.Match]:
        matches = list(pattern.finditer(self.text))
        for match in reversed(matches):
            self.take(*match.span())
        return matches


def _add(values: list, new) -> None:
    values.extend(value for value in new if value not in values)


# --- conversation moves --------------------------------------------------------------------------

RESET = re.compile(_either(
    r"\bstart (?:over|again|afresh|fresh|from scratch)\b", r"\b(?:new|different|fresh) search\b", r"\bfrom scratch\b",
    r"\bforget (?:all (?:of )?(?:that|this)|everything|about (?:all )?that|what i said|all)\b",
    r"\bscratch (?:that|all that|everything)\b", r"\breset\b", r"\bclear (?:all|everything|(?:the |my )?(?:filters|search))\b",
    # "never mind, something else" (but "never mind the budget" drops a slot)
    r"\bnever ?mind\b(?!\s+(?:the|about|my)\b)"
    r"(?:\s*[,.;!-]?\s*(?:show me |let'?s (?:try |see )?)?something (?:else|different))?",
    r"\bsomething (?:completely|totally|entirely) different\b", r"\blet'?s try (?:something (?:else|different)|again)\b",
    r"\bback to square one\b", r"\bfrom the (?:beginning|top|start)\b",
))  # fmt: skip
SLOT_NOUNS = {
    "price": r"price|prices|budget|cost|money|price range|amount|spend",
    "metal": r"metal|metals|metal type|material|metal colou?r|gold colou?r|type of (?:metal|gold)",
    "gemstone": r"stones?|gems?|gemstones?|colou?rs?|stone colou?r|stone type|type of stone",
    "category": r"(?:type|kind|sort)(?:\s+of\s+(?:jewel(?:le)?ry|piece))?(?!\s+of)|category|piece(?!\s+of)",
}
SLOT_CLEAR_BEFORE = _either(
    r"any", r"any kind of", r"any type of", r"whatever", r"no particular",
    r"no preference (?:on|for|about|regarding|with)?(?: the)?",
    r"(?:i )?(?:don'?t|do not) (?:really )?care (?:about|what|which)?(?: the)?", r"not fussy (?:about|on)(?: the)?",
    r"flexible (?:on|about|with)(?: the)?", r"open (?:on|about|to any)(?: the)?", r"regardless of(?: the)?",
    r"(?:forget(?: about)?|ignore|drop|remove|lose|scrap) the", r"never ?mind (?:about )?(?:the|my)",
    r"no limit on(?: the)?", r"doesn'?t matter what",
)  # fmt: skip
SLOT_CLEAR_AFTER = _either(
    r"(?:doesn'?t|does not|don'?t|do not) (?:really )?matter", r"can be anything", r"of any kind",
    r"(?:is|are|'s) (?:flexible|open|not (?:an? )?(?:issue|problem|concern)|no (?:object|issue|problem)|not important"
    r"|irrelevant|up to you)",
)  # fmt: skip
CLEAR_EXTRA = {
    "price": _either(
        r"money is no object", r"sky'?s the limit", r"\bno budget\b", r"\bno (?:price )?limit\b",
        r"\bunlimited budget\b", r"\bwhatever it costs\b", r"\b(?:at )?any price(?: range)?\b",
    ),
    "gemstone": _either(r"\bwith or without (?:a |any )?(?:stones?|gems?|gemstones?)\b", r"\bstone or no stone\b"),
    "category": _either(
        r"\bany (?:kind|type|sort) of (?:jewel(?:le)?ry|piece)\b", r"\bopen to anything\b",
        r"\bwhatever you (?:have|recommend)\b",
        r"^\W*anything\W*(?:(?:is )?(?:fine|good|ok|okay)|at all|really|works|goes)?\W*$",  # just "anything"
    ),
}  # fmt: skip
CLEARS = {
    slot: re.compile(_either(
        rf"\b(?:{SLOT_CLEAR_BEFORE})\s+(?:{noun})\b", rf"\b(?:the\s+|my\s+)?(?:{noun})\s+(?:{SLOT_CLEAR_AFTER})\b",
        *([CLEAR_EXTRA[slot]] if slot in CLEAR_EXTRA else []),
    ))
    for slot, noun in SLOT_NOUNS.items()
}  # fmt: skip
# "cheaper than that one" asks for other items; "is 9ct cheaper than 18ct?" is a question.
NOT_A_COMPARISON = r"(?!\s+than\s+(?!th(?:at|is|ese|ose)\b|the\b|it\b|them\b|what\b))"
TOO = r"(?<!not )(?<!n't )(?<!nothing )(?<!never )\btoo"  # "not too big" describes, it asks for nothing
REFINEMENTS = {
    "similar": (
        r"\bsimilar\b", r"\bmore like\b", r"\b(?:just )?like (?:that|this|those|these|the \w+) ones?\b",
        r"\blike the (?:first|second|third|fourth|fifth|last|top|\d(?:st|nd|rd|th)?)\b",
        r"\b(?:the )?same (?:style|design|look|kind|type|shape|vibe|one|thing|idea)\b",
        r"\balong (?:the same|those|these) lines\b", r"\bin the same vein\b",
    ),
    "cheaper": (
        rf"(?<!whatever is )(?<!whichever is )(?<!which is )\bcheaper\b{NOT_A_COMPARISON}",
        r"\bless (?:expensive|pricey|pricy|costly|money)\b", r"\blower (?:price|priced|cost|budget)\b",
        r"\bmore (?:affordable|reasonable|reasonably priced)\b",
        rf"{TOO} (?:expensive|pricey|costly|much money|rich for me)\b", r"\bout of my (?:price range|budget|league)\b",
        r"\bcosts? less\b",
    ),
    "pricier": (
        rf"\bpricier\b{NOT_A_COMPARISON}", rf"\bmore expensive\b{NOT_A_COMPARISON}",
        r"\bhigher (?:end|price|priced|budget)\b", r"\bmore (?:upscale|luxurious|premium|high end)\b", rf"{TOO} cheap\b",
        r"\bfancier\b", r"\bspend more\b", r"\bbetter quality\b",
    ),
    "bigger": (
        r"\bbigger\b", r"\blarger\b", r"\bmore carats?\b", rf"{TOO} (?:small|tiny|thin|dainty|delicate)\b",
        r"\bmore substantial\b", r"\bheavier\b",
    ),
    "smaller": (
        r"\bsmaller\b", r"\btinier\b", r"\bdaintier\b", rf"{TOO} (?:big|large|heavy|bulky|chunky|wide|long)\b",
        r"\bmore (?:delicate|petite)\b", r"\bless (?:bulky|chunky|big)\b", r"\bthinner\b",
    ),
    "more": (
        r"\b(?:show|see|give|got|have|any|some|view|load|find)\s+(?:me\s+|us\s+)?(?:some\s+|a few\s+)?more\b"
        r"(?!\s+(?:like|expensive))",
        r"\bmore (?:options|choices|ideas|results|suggestions|of (?:these|those|them|that))\b",
        r"\bother (?:options|ones|choices|pieces|styles|designs)\b", r"\b(?:anything|what|something) else\b",
        r"\bdifferent ones\b", r"\bnext (?:page|ones|few|batch)\b", r"\bkeep going\b", r"^\W*more\W*(?:please)?\W*$",
        r"\bmore please\b", r"\b(?:any )?others\b",
    ),
}  # fmt: skip
REFINEMENT_PATTERNS = {name: re.compile("|".join(alternatives)) for name, alternatives in REFINEMENTS.items()}


def _read_reset(reading: _Reading) -> None:
    reading.reset = bool(reading.take_all(RESET))


def _read_clear_slots(reading: _Reading) -> None:
    for slot, pattern in CLEARS.items():
        if reading.take_all(pattern):
            reading.clear_slots.append(slot)


def _read_refinements(reading: _Reading) -> None:
    for name, pattern in REFINEMENT_PATTERNS.items():
        if reading.take_all(pattern):
            reading.refinements.append(name)


# --- knowledge: birthstones and anniversaries ----------------------------------------------------

MONTHS = {month: month for month in BIRTHSTONES} | {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip
BIRTHSTONE_WORD = re.compile(r"\bbirth ?stones?\b|\bbirth ?month\b|\bbirthstone'?s\b")
MONTH = re.compile(rf"\b({'|'.join(MONTHS)})\b(?!\s+(?:i|be|we|you|not)\b)(?:'s)?")
ORDINAL = _either(*sorted(ORDINAL_WORDS, key=len, reverse=True))
ANNIVERSARY = re.compile(
    rf"\b(?:(?P<digits>\d{{1,2}})(?:st|nd|rd|th)?|(?P<word>{ORDINAL}))\s+(?:wedding\s+)?anniversary\b"
)
TRADITION = re.compile(r"\btraditional(?:ly)?\b|\btradition\b")
ANNIVERSARY_ASKS_FOR_STONE = re.compile(r"\b(?:stones?|gems?|gemstones?|metal)\b|" + TRADITION.pattern)


def _read_birthstones(reading: _Reading) -> None:
    if not BIRTHSTONE_WORD.search(reading.text):
        return
    months = reading.take_all(MONTH)
    if not months:
        return
    reading.take_all(BIRTHSTONE_WORD)
    for match in sorted(months, key=lambda m: m.start()):
        month = MONTHS[match.group(1)]
        stone = BIRTHSTONES[month]
        _add(reading.constraints.gemstones, stone.gemstones)
        _add(reading.constraints.gemstone_colors, stone.colors)
        _add(reading.notes, [f"{month.title()}'s birthstone is {stone.name}"])


def _read_anniversary_gift(reading: _Reading) -> None:
    match = ANNIVERSARY.search(reading.text)
    if not match:
        return
    year = int(match["digits"]) if match["digits"] else ORDINAL_WORDS[match["word"]]
    reading.take(match.start(), match.end(), "anniversary".rjust(match.end() - match.start()))
    gift = ANNIVERSARY_GIFTS.get(year)
    if gift is None or not ANNIVERSARY_ASKS_FOR_STONE.search(reading.text):
        return
    reading.take_all(TRADITION)  # not the "traditional" style
    _add(reading.constraints.gemstones, gift.gemstones)
    _add(reading.constraints.metals, gift.metals)
    _add(reading.constraints.gemstone_colors, gift.colors)
    reading.notes.append(f"the traditional gift for a {_ordinal(year)} anniversary is {gift.name}")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- measurements, ring sizes, karats and carats -------------------------------------------------

NUMBER = r"\d+(?:\.\d+)?|\.\d+"
# Numbers that count or measure something else: never a price, a carat or a size.
MEASURES = _either(
    r"mm\b", r"cm\b", r"millimet(?:er|re)s?\b", r"centimet(?:er|re)s?\b", r"inch(?:es)?\b", r"in\.", r"\"", r"''",
    r"years?\b", r"yrs?\b", r"yo\b", r"year old\b", r"months?\b", r"weeks?\b", r"days?\b", r"hours?\b", r"hrs?\b",
    r"minutes?\b", r"mins?\b", r"pieces\b", r"pcs\b", r"stones?\b", r"prongs?\b", r"rows?\b", r"strands?\b",
    r"people\b", r"percent\b", r"%", r"x\b", r"st\b", r"nd\b", r"rd\b", r"th\b", r"s\b", r"am\b", r"pm\b",
)  # fmt: skip
MEASUREMENT = re.compile(rf"(?<![\w.$€£₹¥])\d+(?:\.\d+)?(?=\s*(?:{MEASURES}))")
RING_SIZE_SYSTEMS = {"us": "US", "uk": "UK", "british": "UK", "au": "UK", "aus": "UK", "australian": "UK",
                     "eu": "EU", "european": "EU", "euro": "EU", "french": "EU", "german": "EU"}  # fmt: skip
# "ring size 8" leaves "ring" to name the piece
SIZE_WORDS = _either(
    r"(?:size|sz)\s*(?:(?:is|of)\s+(?:a\s+)?|:\s*|#\s*|=\s*)?", r"(?:she|he|i) (?:wears?|is) (?:a\s+)?(?:size\s+)?",
    r"fits? (?:a\s+)?(?:size\s+)?",
)  # fmt: skip
SYSTEMS = _either(*RING_SIZE_SYSTEMS)
NOT_A_SIZE_AFTER = r"(?!\s*(?:mm|cm|inch|in\b|\"|carats?|cts?\b|k\b|kt\b|karats?|%))"
RING_SIZE = re.compile(
    rf"\b(?:(?P<system>{SYSTEMS})\s+)?(?:{SIZE_WORDS})"
    rf"(?:(?P<letter>[f-z])(?P<half>\s*(?:0\.5|and a half|half))?\b|(?P<value>\d{{1,2}}(?:\.\d+)?)(?![\d.]))"
    rf"(?:\s+(?P<system_after>{SYSTEMS})\b)?(?!\s*(?:-|to|or)\s*\d){NOT_A_SIZE_AFTER}"  # not "size 6-7"
)
BARE_QUARTER_SIZE = re.compile(rf"(?<![\w.$€£₹¥])(?P<value>\d{{1,2}}\.(?:25|5|75))(?![\d.]){NOT_A_SIZE_AFTER}")
KARAT_UNIT = r"(?:k|kt|kts|kar|karats?)\b"
GOLD_AFTER = r"(?=\s*(?:solid\s+)?(?:(?:yellow|white|rose|pink|red)\s+)?gold\b)"
GOLD_FOLLOWS = re.compile(GOLD_AFTER)
YELLOW_ONLY_KARATS = load_lexicon().yellow_only_karats  # gold so soft it is always yellow: never a stone's weight
KARAT = re.compile(
    r"(?<![\w.$€£₹¥])(?P<first>\d{1,2})(?:\s*(?:k|kt)?\s*(?:/|or|and|-|to|&)\s*(?P<second>\d{1,2}))?\s*"
    rf"(?:(?P<karat>{KARAT_UNIT})|(?P<british>(?:ct|cts|carats?)\b{GOLD_AFTER}|(?:ct|cts|carats?)\b))"
    r"(?:\s+(?P<color>yellow|white|rose|pink|red)\b(?!\s+gold))?"
)
PLATINUM_STAMPS = _either(*map(str, PLATINUM_HALLMARKS))
HALLMARK = re.compile(
    rf"(?:\b(?P<gold>{_either(*map(str, GOLD_HALLMARKS))})(?=\s*(?:gold|hallmark|stamp))"
    rf"|\b(?P<silver>{_either(*map(str, SILVER_HALLMARKS))})\b"
    rf"|(?:\bpt\s*|\b(?=(?:{PLATINUM_STAMPS})\s*platinum))(?P<platinum>{PLATINUM_STAMPS})\b)"
    r"(?P<metal_named>(?=\s*(?:sterling|silver|platinum)\b))?"  # "925 silver" names it already
)
STONE_WORD = re.compile(
    r"\b(?:diamonds?|rub(?:y|ies)|sapphires?|emeralds?|pearls?|amethysts?|topaz|aquamarines?|garnets?|opals?"
    r"|peridots?|citrines?|stones?|gems?|gemstones?|solitaire|moissanite)\b"
)
CARAT_UNIT = r"(?:carats?|cts?\.?|ctw|tcw|ct\.?\s*t\.?w\.?|karats?)(?:\s+total(?:\s+weight)?)?\b"
CARAT_CUES = {
    "min": r"at least|minimum|min|over|more than|above|bigger than|larger than|no less than|not less than|not under"
    r"|no smaller than|starting at|from|upwards of|>|>=",
    "max": r"under|below|less than|up to|at most|no more than|not more than|not over|max|maximum|smaller than"
    r"|no bigger than|no larger than|<|<=",
    "around": r"around|about|approx(?:imately|\.)?|roughly|~|close to|nearly|almost",
}  # fmt: skip
CARAT_POST_CUES = {
    "min": r"or (?:more|bigger|larger|above|over)|\+|plus|and up|and above|minimum|min|at least",
    "max": r"or (?:less|smaller|under|below)|max|maximum|and under|and below|at most",
    "around": r"or so|ish|give or take",
}  # fmt: skip
MAX_CARATS = 30  # "under $2000 and 1 carat" is not a carat range
CARAT_RANGE = re.compile(
    rf"(?:\bbetween\s+|\bfrom\s+)?(?<![\w.$€£₹¥,])(?P<a>{NUMBER})\s*(?:{CARAT_UNIT}\s*)?(?:-|to|and)\s*"
    rf"(?P<b>{NUMBER})\s*{CARAT_UNIT}"
)
CARAT_CUE_BEFORE = _either(*(f"(?P<pre_{kind}>{cue})" for kind, cue in CARAT_CUES.items()))
CARAT_CUE_AFTER = _either(*(f"(?P<post_{kind}>{cue})" for kind, cue in CARAT_POST_CUES.items()))
CARAT = re.compile(
    rf"(?:\b(?:{CARAT_CUE_BEFORE})\s*)?(?<![\w.])(?P<value>{NUMBER})\s*(?:-\s*)?{CARAT_UNIT}"
    rf"(?:\s*(?:{CARAT_CUE_AFTER})(?!\w))?"
)


def _snap_size(size: float) -> float:
    return round(size / RING_SIZE_STEP) * RING_SIZE_STEP


def _set_ring_size(reading: _Reading, size: float, said: str | None = None) -> bool:
    snapped = _snap_size(size)
    if not RING_SIZE_MIN <= snapped <= RING_SIZE_MAX:
        return False
    reading.constraints.ring_size = snapped
    if said:
        reading.notes.append(f"{said} is about US size {snapped:g}")
    return True


def _read_ring_size(reading: _Reading) -> None:
    for match in RING_SIZE.finditer(reading.text):
        system = RING_SIZE_SYSTEMS.get(match["system"] or match["system_after"] or "us", "US")
        if match["letter"]:
            if system != "UK" or match["letter"] not in UK_RING_SIZES:
                continue
            half = UK_HALF_LETTER if match["half"] else 0.0
            said = f"UK size {match['letter'].upper()}{'½' if half else ''}"
            found = _set_ring_size(reading, UK_RING_SIZES[match["letter"]] + half, said)
        else:
            value = float(match["value"])
            if system == "EU" or value >= EU_RING_SIZE_MIN:
                us_size = (value / math.pi - US_DIAMETER_AT_ZERO_MM) / US_DIAMETER_PER_SIZE_MM
                in_range = EU_RING_SIZE_MIN <= value <= EU_RING_SIZE_MAX
                found = in_range and _set_ring_size(reading, us_size, f"EU size {value:g}")
            else:
                found = _set_ring_size(reading, value)
        if found:
            reading.take(*match.span())
            return


def _read_bare_ring_size(reading: _Reading) -> None:
    """ "7 1/4", "a 6.5": a quarter-step number with no unit, once prices and carats are read."""
    match = BARE_QUARTER_SIZE.search(reading.text)
    if match and reading.constraints.ring_size is None and _set_ring_size(reading, float(match["value"])):
        reading.take(*match.span())


def _read_hallmarks(reading: _Reading) -> None:
    """Purity stamps: "750 gold" is 18k, "925" sterling silver, "pt950" platinum."""
    for match in reversed(list(HALLMARK.finditer(reading.text))):
        if _price_cue_before(reading.text, match.start()):
            continue  # "under 925 dollars"
        if match["gold"]:
            _add(reading.constraints.karats, [GOLD_HALLMARKS[int(match["gold"])]])
        metal = "sterling silver" if match["silver"] else "platinum" if match["platinum"] else ""
        reading.take(*match.span(), "" if match["metal_named"] is not None else metal)


def _read_karats(reading: _Reading) -> None:
    has_stone = bool(STONE_WORD.search(reading.text))
    for match in reversed(list(KARAT.finditer(reading.text))):
        numbers = [int(n) for n in (match["first"], match["second"]) if n]
        if not all(n in GOLD_KARATS for n in numbers):
            continue
        if match["karat"]:
            if match["karat"] == "k" and _is_money(reading.text, match):
                continue  # "under 14k" is money
        elif has_stone and not GOLD_FOLLOWS.match(reading.text, match.end("british")) and not set(numbers) <= YELLOW_ONLY_KARATS:
            continue  # a 9 carat sapphire; but "18 carat gold", "14 ct" with no stone in sight and "22 carat" (no stone weighs that) are karats
        _add(reading.constraints.karats, numbers)
        color = match["color"]
        replacement = f"{color} gold" if color else ""
        reading.take(match.start(), match.end(), replacement.rjust(match.end() - match.start()) if replacement else "")
    reading.constraints.karats.sort()


def _is_money(text: str, match: re.Match) -> bool:
    head = text[: match.start()]
    cue = _price_cue_before(text, match.start())
    return cue not in (None, "for") or bool(RANGE_WORD_BEFORE.search(head) or PRICE_WORD_AFTER.match(text, match.end()))


def _carat_kind(match: re.Match) -> str:
    for kind in CARAT_CUES:
        if match[f"pre_{kind}"] or match[f"post_{kind}"]:
            return kind
    return "bare"


def _read_carats(reading: _Reading) -> None:
    constraints = reading.constraints
    match = CARAT_RANGE.search(reading.text)
    if match and float(match["a"]) < float(match["b"]) <= MAX_CARATS:
        constraints.carat_min, constraints.carat_max = float(match["a"]), float(match["b"])
        reading.take(*match.span())
    for match in reversed(list(CARAT.finditer(reading.text))):
        value = float(match["value"])
        kind = _carat_kind(match)
        if kind == "min":
            constraints.carat_min = value
        elif kind == "max":
            constraints.carat_max = value
        else:
            band = value * CARAT_BAND
            constraints.carat_min, constraints.carat_max = round(value - band, 3), round(value + band, 3)
        reading.take(*match.span())


# --- money ---------------------------------------------------------------------------------------

_LEXICON = load_lexicon()
# Currency words, from retrieval/lexicon/currencies.toml: a symbol or code before or after an
# amount ("rs 500", "500 rupees"), a word only after it ("500 quid"); "$" and "dollars" are the
# catalog's own dollar ("$" in these tables). An amount with a currency's own number word
# ("2 lakh") is in that currency.
CURRENCY_BEFORE = {symbol: code for code, c in _LEXICON.currencies.items() for symbol in c.symbols} | dict.fromkeys(_LEXICON.dollar_words, "$")
CURRENCY_AFTER = CURRENCY_BEFORE | {word: code for code, c in _LEXICON.currencies.items() for word in c.words}
CURRENCY_MULTIPLIERS = {word: code for code, c in _LEXICON.currencies.items() for word in c.multipliers}
MULTIPLIERS = _LEXICON.multipliers | {word: factor for c in _LEXICON.currencies.values() for word, factor in c.multipliers.items()}
SCALES = {word: MULTIPLIERS[word] for word in _LEXICON.scale_words}  # "one lakh fifty thousand"
NUMBER_UNITS |= {word for word in [*MULTIPLIERS, *CURRENCY_AFTER] if word.isalpha()}


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


THOUSANDS_WITH_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
PRICE_NUMBER = _either(
    r"\d{1,3}(?:,\d{2})*,\d{3}(?:\.\d+)?(?!\d)",  # "1,200.50", "1,50,000"
    r"\d{1,3}(?:\.\d{3})+(?![\d,])",  # "1.200"
    r"\d+(?:\.\d+)?",
)  # fmt: skip


def _amount(n: int) -> str:
    """An amount of money, its parts in groups numbered `n`: "$1.2k", "50,000 rupees", "2 grand"."""
    return (
        rf"(?<![\w.])(?:(?P<before{n}>{_alternation(CURRENCY_BEFORE)})\s*)?(?P<number{n}>{PRICE_NUMBER})"
        rf"(?:\s*(?P<mult{n}>{_alternation(MULTIPLIERS)})\b)?"
        rf"(?:\s*(?P<after{n}>{_alternation(CURRENCY_AFTER)})\b)?"
    )


PRICE_CUES = {
    "max": _either(
        r"under", r"below", r"beneath", r"less th[ae]n", r"lower than", r"cheaper than", r"less expensive than",
        r"no more th[ae]n", r"not more than", r"nothing more than", r"no higher than", r"not over", r"nothing over",
        r"nothing above", r"not above", r"up ?to", r"max(?:imum)?", r"at (?:the )?most", r"within", r"sub", r"<", r"≤",
        r"<=", r"capped at", r"cap of", r"limit(?: is| of)?", r"shy of", r"not exceeding", r"not to exceed",
        r"budget(?:'s| is| of|\s*:)?(?: only| just)?", r"spend(?:ing)?(?: only| just| up to)?",
        r"(?:\w+n'?t|not|never)\s+(?:want to\s+|wanna\s+|like to\s+)?(?:spend|pay|go)\s+(?:over|above|more than|beyond)",
    ),
    "min": _either(
        r"over", r"above", r"more th[ae]n", r"greater than", r"higher than", r"more expensive than", r"pricier than",
        r"at least", r"no less than", r"not less than", r"not under", r"nothing under", r"nothing below", r"not below",
        r"min(?:imum)?", r"starting(?: at| from)?", r"from", r"upwards of", r"north of", r">", r"≥", r">=",
        r"in excess of", r"exceeding",
    ),
    "around": _either(
        r"around", r"about", r"approx(?:imately|\.)?", r"roughly", r"~", r"≈", r"close to", r"near", r"nearly", r"almost",
        r"in the region of", r"in the ballpark of", r"ballpark", r"somewhere around", r"something like", r"circa",
        r"for about", r"budget(?:'s| is| of)? (?:around|about)", r"in the",
    ),
    "for": r"for",  # "a ring for 300": a target like a bare "$300", but "for 14k" is still gold
}  # fmt: skip
PRICE_POST_CUES = {
    "max": _either(
        r"or (?:less|under|below|cheaper|lower)", r"and (?:under|below|less)", r"max(?:imum)?", r"tops", r"at most",
        r"at the most", r"budget", r"limit", r"cap",
    ),
    "min": _either(r"\+", r"plus", r"or (?:more|above|higher|over)", r"and (?:up|above|over|higher)", r"minimum", r"min",
                   r"at least", r"upwards"),
    "around": _either(r"-?ish", r"or so", r"give or take", r"range", r"ballpark", r"or thereabouts", r"price range"),
}  # fmt: skip
PRICE_POST_CUES["max"] = _either(PRICE_POST_CUES["max"], *(re.escape(w) for w in _LEXICON.under_after))  # locale packs' words
PRICE_POST_CUES["min"] = _either(PRICE_POST_CUES["min"], *(re.escape(w) for w in _LEXICON.over_after))
CUE_REACH_CHARS = 40  # the longest price cue ("don't want to spend more than") fits
CUE_BEFORE = {kind: re.compile(rf"(?:(?<![\w])(?:{cue}))\s*$") for kind, cue in PRICE_CUES.items()}
CUE_AFTER = {kind: re.compile(rf"\s*(?:{cue})(?!\w)") for kind, cue in PRICE_POST_CUES.items()}
CURRENCY_JUST_BEFORE = re.compile(rf"(?:^|(?<=[\s\d]))(?:{_alternation(CURRENCY_BEFORE)})\s*$")
RANGE_WORD_BEFORE = re.compile(r"\b(?:between|from)\s*$")
PRICE_WORD_AFTER = re.compile(rf"\s*(?:budget|price|{_alternation(w for w in CURRENCY_AFTER if w.isalpha())})\b")
AMOUNT = re.compile(_amount(1))
STONE_AFTER_AMOUNT = re.compile(r"\s*([a-z]+)\b")
PRICE_RANGE = re.compile(
    rf"(?:\b(?:between|from|budget(?: is| of)?|price range(?: of| is)?)\s+)?"
    rf"{_amount(1)}\s*(?:-|to|and|till|until|through)\s*{_amount(2)}"
)


def _price_cue_before(text: str, position: int) -> str | None:
    """The kind of the price cue that ends at `position`, preferring the longest ("no more than"
    over "more than")."""
    reach = max(0, position - CUE_REACH_CHARS)
    best = None
    for kind, pattern in CUE_BEFORE.items():
        found = pattern.search(text, reach, position)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if best is None and CURRENCY_JUST_BEFORE.search(text, reach, position):
        return "currency"
    return best[1] if best else None


@dataclass
class _Amount:
    value: float
    currency: str | None  # an ISO code, "$" (dollars of some kind) or None (not said)
    multiplier: str | None


def _read_amount(match: re.Match, n: int) -> _Amount:
    number = match[f"number{n}"]
    if THOUSANDS_WITH_DOTS.fullmatch(number):
        number = number.replace(".", "")  # "€1.200" is twelve hundred
    value = float(number.replace(",", ""))
    multiplier = match[f"mult{n}"]
    if multiplier:
        value *= MULTIPLIERS[multiplier]
    currency = CURRENCY_BEFORE.get(match[f"before{n}"] or "") or CURRENCY_AFTER.get(match[f"after{n}"] or "")
    if currency is None and multiplier in CURRENCY_MULTIPLIERS:
        currency = CURRENCY_MULTIPLIERS[multiplier]
    return _Amount(value, currency, multiplier)


def _is_price(amount: _Amount, cued: bool) -> bool:
    return amount.currency is not None or amount.multiplier is not None or (cued and amount.value >= MIN_BARE_PRICE)


def _read_prices(reading: _Reading) -> None:
    match = PRICE_RANGE.search(reading.text)
    while match:
        low, high = _read_amount(match, 1), _read_amount(match, 2)
        if low.multiplier is None and high.multiplier and low.value * MULTIPLIERS[high.multiplier] <= high.value:
            low.value *= MULTIPLIERS[high.multiplier]  # "1-2k"
        low.currency = low.currency or high.currency
        high.currency = high.currency or low.currency
        if (
            low.value < high.value
            and _is_price(low, True)
            and _is_price(high, True)
            and (low.currency or high.multiplier or low.multiplier or low.value >= MIN_BARE_PRICE)
        ):
            values = _in_catalog_currency(reading, [low, high])
            if values:
                reading.constraints.price_min, reading.constraints.price_max = values
            reading.take(*match.span())
            break
        match = PRICE_RANGE.search(reading.text, match.start() + 1)
    for match in reversed(list(AMOUNT.finditer(reading.text))):
        amount = _read_amount(match, 1)
        cue_before = _price_cue_before(reading.text, match.start())
        cue_after = next((kind for kind, cue in CUE_AFTER.items() if cue.match(reading.text, match.end())), None)
        kind = cue_before if cue_before in PRICE_CUES and cue_before != "for" else cue_after or cue_before or "bare"
        if not _is_price(amount, cued=kind not in ("bare", "currency")):
            continue
        values = _in_catalog_currency(reading, [amount])
        reading.take(*_with_cues(reading.text, match))
        if not (match["before1"] or match["after1"]):
            _take_stone_as_unit(reading, match.end())
        if not values:
            continue
        value = values[0]
        constraints = reading.constraints
        if kind == "max":
            constraints.price_max = value
        elif kind == "min":
            constraints.price_min = value
        else:  # "around 800", or a bare "$800" / "for 800"
            band = value * (AROUND_BAND if kind == "around" else BARE_PRICE_BAND)
            constraints.price_min, constraints.price_max = round(value - band, 2), round(value + band, 2)


def _take_stone_as_unit(reading: _Reading, end: int) -> None:
    """A stone named where a price's unit stands is a misheard currency ("under 50,000 rubies" for
    rupees): it is taken with the price, never read as a stone."""
    following = STONE_AFTER_AMOUNT.match(reading.text, end)
    if following:
        terms = reading.table.phrases.get(following.group(1))
        if terms and terms[0].kind == "gemstone":
            reading.take(following.start(1), following.end(1))


def _with_cues(text: str, match: re.Match) -> tuple[int, int]:
    """The span of an amount with the price words around it, so "no more than" leaves no "no"."""
    reach = max(0, match.start() - CUE_REACH_CHARS)
    before = [pattern.search(text, reach, match.start()) for pattern in CUE_BEFORE.values()]
    after = [pattern.match(text, match.end()) for pattern in CUE_AFTER.values()]
    start = min([found.start() for found in before if found] + [match.start()])
    end = max([found.end() for found in after if found] + [match.end()])
    return start, end


def _in_catalog_currency(reading: _Reading, amounts: list[_Amount]) -> list[float] | None:
    """The amounts in the catalog's currency, converting a named other currency (with a note);
    None when there is no rate to convert with."""
    catalog = reading.currency
    out = []
    for amount in amounts:
        currency = amount.currency or catalog
        if currency == "$":
            currency = catalog if catalog in DOLLAR_CURRENCIES else "USD"
        if currency == catalog:
            out.append(amount.value)
            continue
        if currency not in reading.rates or catalog not in reading.rates:
            missing = currency if currency not in reading.rates else catalog
            reading.notes.append(f"I have no exchange rate for {missing}, so I left the price out")
            return None
        converted = round(amount.value * reading.rates[catalog] / reading.rates[currency], 2)
        reading.notes.append(f"{_money(amount.value, currency)} ≈ {_money(converted, catalog)} at the configured rate")
        out.append(converted)
    return out


def _money(amount: float, currency: str) -> str:
    text = f"{amount:,.0f}" if amount >= 100 or amount == int(amount) else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


# --- stock ---------------------------------------------------------------------------------------

IN_STOCK = re.compile(_either(
    r"\bin stock\b", r"\bin store\b", r"\bon hand\b", r"\bonly (?:what'?s |what is )?available\b",
    r"\bavailable (?:now|today|right now|immediately|to ship|for (?:immediate|next day) (?:delivery|shipping))\b",
    r"\bready to (?:ship|go|wear)\b", r"\b(?:can )?ships? (?:today|now|immediately|right away|tomorrow|fast|quickly)\b",
    r"\b(?:no|nothing|not|hide|exclude|without|skip)(?: the)? (?:out of stock|sold out)(?: ones| items| pieces| stuff)?\b",
    r"\bthat you have (?:right )?now\b",
    r"\bneed it (?:by|before|for) (?:tomorrow|tonight|friday|saturday|the weekend|this week)\b",
))  # fmt: skip


def _read_stock(reading: _Reading) -> None:
    for match in reversed(list(IN_STOCK.finditer(reading.text))):
        # "I don't need it to be in stock" asks for nothing
        reading.constraints.in_stock_only |= not _negation_before(reading.text, match.start())
        reading.take(*match.span())


# --- words: categories, metals, stones, colours, preferences --------------------------------------

NOT_AFTER_ALL = r"(?!\s+(?:mind|care)\b)"  # "don't mind silver" accepts it
NEGATION = re.compile(r"\b(?:" + _either(
    r"no(?!\s+(?:matter|rush|problem|worries|idea|thanks|doubt)\b)",
    r"(?<!if )not(?!\s+(?:sure|certain|decided|necessarily|just|only|bad|fussed|set on)\b)",
    r"non", r"without", r"anything but", r"all but", r"except(?: for)?", r"excluding", r"exclude", r"avoid(?:ing)?",
    r"never", r"nothing", r"none of", r"neither", r"nor", r"rather than", r"instead of", r"other than", r"apart from",
    r"free of", r"minus", r"skip", r"hates?", r"dislikes?", r"allergic to", r"sensitive to", r"can'?t stand",
    r"can'?t wear", r"cannot wear", rf"(?:don'?t|doesn'?t|do not|does not){NOT_AFTER_ALL}", r"won'?t",
    r"wouldn'?t(?!\s+mind\b)", r"(?:isn|aren|wasn)'?t(?!\s+an?\s+(?:problem|issue)\b)", r"less",
) + r")\b")  # fmt: skip
CLAUSE_BREAK = re.compile(_either(
    r"[.;!?,]", r"(?<!anything )(?<!all )\bbut\b", r"\binstead\b(?! of)", r"\brather\b(?! than)",
    r"\b(?:though|although|however|just|only|prefer|preferably|ideally|maybe|perhaps|so|because|since|i want"
    r"|i'd like|i would like|i like|i love|i need|looking for|is fine|are fine|is ok|are ok)\b",
))  # fmt: skip
CONTINUATION = re.compile(r"\s*(?:,|or|nor|/|and|&)\s*(?:(?:any|a|an|the|no|in|either)\s+)*$")
COMBINING = re.compile(r"\s*$")
TOKEN = re.compile(r"[a-z0-9][a-z0-9']*")
OR = re.compile(r"\b(?:or|nor)\b")
OR_NEXT = re.compile(r"\s*(?:or|nor)\b")
IN_BEFORE = re.compile(r"\bin\s*$")
NEXT_WORD = re.compile(r" *([a-z][a-z']*)")
STONE_KINDS = {"gemstone", "any_stone"}
INTENSIFIERS = {"too", "so", "very", "overly", "that"}


@dataclass
class _Found:
    terms: tuple[Term, ...]
    start: int
    end: int
    phrase: str
    negated: bool = False
    neutral: bool = False  # neither wanted nor refused: the diamonds of "no yellow diamonds"


def _find_terms(text: str, table: PhraseTable) -> list[_Found]:
    words = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    found: list[_Found] = []
    i = 0
    while i < len(words):
        for n in range(min(table.longest, len(words) - i), 0, -1):
            phrase = " ".join(word for word, _, _ in words[i : i + n])
            terms = table.phrases.get(phrase) or (table.phrases.get(phrase[:-2]) if phrase.endswith("'s") else None)
            if terms:
                found.append(_Found(terms, words[i][1], words[i + n - 1][2], phrase))
                i += n
                break
        else:
            i += 1
    return found


def _groups(text: str, found: list[_Found]) -> list[list[_Found]]:
    """Terms side by side with nothing between them form a group: "rose gold diamond ring"."""
    groups: list[list[_Found]] = []
    for term in found:
        if groups and COMBINING.fullmatch(text[groups[-1][-1].end : term.start]):
            groups[-1].append(term)
        else:
            groups.append([term])
    return groups


def _kind(group: list[_Found]) -> set[str]:
    return {term.kind for found in group for term in found.terms}


def _negate(text: str, groups: list[list[_Found]]) -> None:
    """Mark negated terms. A negation reaches the next group within its clause and a few words,
    and runs on through "or"/"nor" lists ("no diamonds or pearls"). In a negated group that names
    a piece, the piece is still wanted and only its description is refused ("no diamond rings")."""
    previous: list[_Found] | None = None
    for group in groups:
        start = group[0].start
        clause = CLAUSE_BREAK.split(text[:start])[-1]
        cues = list(NEGATION.finditer(clause))
        cue_end = start - len(clause) + cues[-1].end() if cues else None
        # A cue negates the first thing it reaches: "nothing flashy with sapphires" wants sapphires.
        reached = cues and (previous is None or previous[0].start < cue_end)
        negated = bool(reached) and _reaches(clause[cues[-1].end() :].split())
        if not negated and previous is not None and previous[0].negated:
            between = text[previous[-1].end : start]
            joined = CONTINUATION.fullmatch(between)
            same_kind = bool(_kind(previous) & _kind(group)) or (_kind(previous) | _kind(group)) <= STONE_KINDS
            if joined and (same_kind or OR.search(between)):
                negated = not between.strip().startswith(",") or _list_goes_on(text, group)
        if negated:
            _negate_group(group)
        previous = group


def _reaches(words_between: list[str]) -> bool:
    """Whether a negation reaches past these words; "not too expensive pearls" spends it on "expensive"."""
    if words_between[:1] and words_between[0] in INTENSIFIERS:
        return len(words_between) == 1
    return len(words_between) <= NEGATION_REACH_WORDS


def _negation_before(text: str, position: int) -> bool:
    clause = CLAUSE_BREAK.split(text[:position])[-1]
    cues = list(NEGATION.finditer(clause))
    return bool(cues) and _reaches(clause[cues[-1].end() :].split())


def _list_goes_on(text: str, group: list[_Found]) -> bool:
    """ "no diamonds, pearls or opals": a comma carries a negation on only in a list ended by "or"."""
    return bool(OR_NEXT.match(text, group[-1].end))


def _negate_group(group: list[_Found]) -> None:
    kinds = [found.terms[0].kind for found in group]
    has_piece = "category" in kinds and len(group) > 1
    for index, found in enumerate(group):
        kind = found.terms[0].kind
        if has_piece and kind == "category":
            continue  # "no diamond rings": rings, without diamonds
        if kind == "gemstone" and index > 0 and kinds[index - 1] in ("color", "color_or_metal"):
            found.neutral = True  # "no yellow diamonds": the colour is refused, not diamonds
            continue
        found.negated = True


def _read_terms(reading: _Reading) -> None:
    text = reading.text
    found = _find_terms(text, reading.table)
    groups = _groups(text, found)
    _negate(text, groups)
    gold_said = bool(reading.constraints.karats) or _gold_said(text, found, reading.table.gold_metals)
    stones_said: set[str] = set()  # "any" for "with a stone", "none" for "without stones"
    starts = {item.start for item in found}
    for group in groups:
        for item in group:
            for term in item.terms:
                if item.neutral or _colors_something_else(text, item, starts):
                    continue
                if term.kind == "color_or_metal":
                    term = _color_or_metal(term, text[: item.start], group, gold_said)
                _apply(reading, term, item, group, stones_said)
    _settle_stones(reading.constraints, stones_said)
    for item in found:
        if any(term.kind in HARD_KINDS for term in item.terms):
            reading.take(item.start, item.end)


def _gold_said(text: str, found: list[_Found], gold_metals: tuple[str, ...]) -> bool:
    """Whether gold is named, so that a bare "yellow" or "white" is the colour of the gold."""
    for item in found:
        for term in item.terms:
            if term.kind == "metal" and set(term.values) & set(gold_metals):
                return True
            if term.kind == "color_or_metal" and IN_BEFORE.search(text, 0, item.start):
                return True  # "in white, not yellow"
    return False


def _colors_something_else(text: str, item: _Found, starts: set[int]) -> bool:
    """ "a black dress", "the red carpet": a colour followed by a word that is no jewelry."""
    if [term.kind for term in item.terms] not in (["color"], ["color_or_metal"]):
        return False
    following = NEXT_WORD.match(text, item.end)
    return bool(following) and following.start(1) not in starts and following.group(1) not in FILLER_WORDS


def _color_or_metal(term: Term, before: str, group: list[_Found], gold_said: bool) -> Term:
    """ "yellow or white gold", "in white": the gold's colour; "white pearls": the stone's."""
    stone_beside = any(t.kind in STONE_KINDS for item in group for t in item.terms)
    if (gold_said or IN_BEFORE.search(before)) and not stone_beside:
        return Term("metal", (METAL_COLORS[term.values[0]],))
    return Term("color", COLOR_FAMILIES[term.values[0]])


def _apply(reading: _Reading, term: Term, item: _Found, group: list[_Found], stones_said: set[str]) -> None:
    constraints, preferences, kind = reading.constraints, reading.preferences, term.kind
    if kind == "design":
        if item.negated:
            _add(preferences.avoid_terms, [_singular(item.phrase, reading.table)])
        elif not any(t.kind == "category" for other in group for t in other.terms):
            _add(constraints.categories, term.values)
    elif kind in TERM_SLOTS:
        include, exclude = TERM_SLOTS[kind]
        _add(getattr(constraints, exclude if item.negated else include), term.values)
    elif kind == "color":
        if item.negated:
            _add(preferences.avoid_terms, [item.phrase])
        else:
            _add(constraints.gemstone_colors, term.values)
    elif kind == "any_stone":
        stones_said.add("none" if item.negated else "any")
    elif kind == "no_stone" and not item.negated:
        stones_said.add("none")
    elif kind in PREFERENCE_KINDS and not item.negated:
        _add(getattr(preferences, PREFERENCE_KINDS[kind]), term.values)
    elif kind in ("style", "descriptor") and item.negated:
        _add(preferences.avoid_terms, [_singular(item.phrase, reading.table)])


def _singular(phrase: str, table: PhraseTable) -> str:
    return table.singulars.get(phrase, phrase)


def _settle_stones(constraints: Constraints, stones_said: set[str]) -> None:
    """ "without stones" means no gemstone; "with a stone" means any gemstone."""
    if "none" in stones_said:
        _add(constraints.gemstones, [NO_GEMSTONE])
    elif "any" in stones_said and not constraints.gemstones:
        _add(constraints.exclude_gemstones, [NO_GEMSTONE])


def _settle(constraints: Constraints, gold_metals: tuple[str, ...]) -> None:
    if constraints.karats and not constraints.metals:
        constraints.metals = [metal for metal in gold_metals if metal not in constraints.exclude_metals]
    for include, exclude in (
        (constraints.categories, constraints.exclude_categories),
        (constraints.metals, constraints.exclude_metals),
        (constraints.gemstones, constraints.exclude_gemstones),
    ):
        # "gold but not rose gold": the narrower exclusion wins over the broader inclusion.
        include[:] = [value for value in include if value not in exclude]


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
}  # fmt: skip
WORD = re.compile(r"[a-z][a-z']*")


FUZZY_TARGETS = {word for phrase in PHRASES for word in phrase.split(" ") if len(word) >= FUZZY_MIN_TARGET}
FUZZY_TARGETS -= {word for word in FUZZY_TARGETS if "'" in word}
FUZZY_TARGETS |= {"birthstone", "birthstones", "anniversary", "carats", "karats", "jewelry", "jewellery"}


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
    RESET, *CLEARS.values(), *REFINEMENT_PATTERNS.values(), BIRTHSTONE_WORD, MEASUREMENT, RING_SIZE, KARAT, CARAT,
    PRICE_RANGE, *CUE_BEFORE.values(), *CUE_AFTER.values(), IN_STOCK, NEGATION, CLAUSE_BREAK,
)  # fmt: skip
OTHER_WORDS = {
    word for pattern in PATTERNS_READ for word in re.findall(rf"[a-z]{{{FUZZY_MIN_WORD},}}", pattern.pattern)
}
OTHER_WORDS |= {"color", "colour", "colors", "colours", "jewelry", "jewellery"}  # spelt with "?" in the patterns
KNOWN_WORDS = {word for phrase in PHRASES for word in phrase.split(" ")} | FUZZY_PROTECTED | OTHER_WORDS | NUMBER_WORDS
KNOWN_WORDS |= {word[:-1] for word in FUZZY_TARGETS if word.endswith("s")}  # "carat" is no typo of "carats"


@lru_cache(maxsize=4096)
def _correct(word: str) -> str:
    if word in MISSPELLINGS:
        return MISSPELLINGS[word]
    if len(word) < FUZZY_MIN_WORD or word in KNOWN_WORDS or word in FILLER_WORDS:
        return word
    candidates = {target for variant in _deletions(word, 2) for target in FUZZY_INDEX.get(variant, ())}
    best = None
    for target in sorted(candidates):
        allowed = 2 if len(target) >= FUZZY_LONG_TARGET else 1
        distance = _edit_distance(word, target)
        # A typo almost always keeps the first letter; that rule spares many real words.
        if target[0] == word[0] and distance <= allowed and (best is None or distance < best[0]):
            best = (distance, target)
    return best[1] if best else word


# --- content words -------------------------------------------------------------------------------

FILLER_WORDS = set(
    """a an the me i im i'm i'd i'll i've we you it it's its this that that's these those something anything one ones
    some show find get want wants wanted would like likes looking look for to in of with and or please pls can could
    do does did have has had is are was were be been am any similar same kind sort just also more less under below
    over above around about between from price priced cost costs budget dollars dollar bucks usd k grand thousand my
    her his him she he they them their our us gift need needs buy see what which there here hi hello hey thanks thank
    you your piece pieces jewelry jewellery item items option options nice pretty beautiful lovely cute gorgeous good
    great really very maybe perhaps ideally preferably prefer but not no without only too so much ok okay yes yeah
    got on at by as if will should may might must shall where when how who whom all each every either neither nor
    than then still else other another again now today right search browse shop shopping help recommend suggest
    suggestion suggestions idea ideas thinking think wondering interested love loved go going let let's something's
    what's isn't don't doesn't dont doesnt wear wearing wore born month birthday's out stuff thing things
    available etc instead rather actually kinda someone somebody who's she's he's her's mine
    avoid avoiding except excluding exclude hate hates dislike dislikes none nothing never non anything""".split()
)


def _has_content_words(text: str) -> bool:
    return any(word not in FILLER_WORDS for word in WORD.findall(text))


def _content_words(text: str) -> str:
    return " ".join(word for word in WORD.findall(text) if word not in FILLER_WORDS)


# --- the pipeline --------------------------------------------------------------------------------


def understand(
    text: str, currency: str = "USD", exchange_rates: dict[str, float] | None = None, vocabulary: ShopVocabulary | None = None
) -> Understanding:
    """What the shopper said in `text`, in catalog terms. Amounts are in `currency` (the
    catalog's) unless the shopper names another, which is converted with `exchange_rates`
    (units of each currency per unit of one common base; default: DEFAULT_EXCHANGE_RATES).
    Kinds of piece, metals and stones are read as `vocabulary` (the shop's, retrieval/shop_vocabulary.py)
    divides them; default: Facet's own demo catalog's."""
    rates = _checked_rates(exchange_rates if exchange_rates is not None else DEFAULT_EXCHANGE_RATES)
    table = phrase_table(vocabulary)
    reading = _Reading(_normalise(text, table), currency.strip().upper(), rates, table)
    for step in (
        _read_reset,
        _read_birthstones,
        _read_anniversary_gift,
        lambda r: r.take_all(MEASUREMENT),
        _read_ring_size,
        _read_hallmarks,
        _read_karats,
        _read_carats,
        _read_prices,
        _read_bare_ring_size,
        _read_stock,
        _read_clear_slots,
        _read_refinements,
        _read_terms,
    ):
        step(reading)
    _settle(reading.constraints, reading.table.gold_metals)
    return Understanding(
        constraints=reading.constraints,
        has_content_words=_has_content_words(reading.text),
        preferences=reading.preferences,
        refinements=reading.refinements,
        clear_slots=reading.clear_slots,
        reset=reading.reset,
        notes=reading.notes,
        remainder=_content_words(reading.text),
    )


def _checked_rates(rates: dict[str, float]) -> dict[str, float]:
    checked = {}
    for code, rate in rates.items():
        if not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate <= 0:
            raise ValueError(f"exchange rate for {code!r} must be a positive number, got {rate!r}")
        checked[code.strip().upper()] = float(rate)
    return checked
