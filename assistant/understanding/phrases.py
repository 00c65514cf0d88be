"""The phrases understanding reads: kinds of piece, metals, stones and colours as the shop's vocabulary
names them (retrieval/shop_vocabulary.py), designs, preferences, and the filler words around them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from retrieval.lexicon import base_lexicon, load_lexicon

from retrieval.lexicon_tables import Lexicon
from retrieval.mentions import GIVES_WAY_TO_A_PIECE
from retrieval.reading import COLOR_AFTER
from retrieval.shop_vocabulary import ShopVocabulary, default_vocabulary
from retrieval.unspaced import Words, has_unspaced, joined, words_to_find
from retrieval.vocabulary import (
    COLOR_FAMILIES,
    PRECIOUS_GEMSTONES,
    SEMI_PRECIOUS_GEMSTONES,
)

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
HARD_KINDS = {"category", "metal", "gemstone", "color", "color_or_metal", "any_stone", "no_stone", "other_stones", "named_stone"}


def _terms(kind: str, table: dict[str, tuple[str, ...]]) -> dict[str, tuple[Term, ...]]:
    """Each phrase of `table` (canonical value -> phrases) names a Term of `kind`."""
    return {phrase: (Term(kind, (canonical,)),) for canonical, phrases in table.items() for phrase in phrases}


def either(*alternatives: str) -> str:
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
# A plating said without its gold ("not plated", "no gold plating"): every gold plating.
PLATING_WORDS = ("plated", "plating", "gold plating")
# Plating words of a listing that a shopper says of a finish: "a yellow gold polished bangle".
FINISH_WORDS = ("polished",)
GEMSTONE_PHRASES = {
    ("aquamarine",): ("aqua",),
    ("kundan", "polki"): ("jadau", "jadau work"),  # the setting both are set in
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
# A bare colour that, beside gold or after "in", names the gold ("yellow or white gold"): its stone
# colour and its gold.
METAL_COLORS = {"yellow": "yellow gold", "white": "white gold"}
GOLD = "gold"  # the metal base whose colours a bare colour word may name
ANY_STONE_PHRASES = ("stone", "gem", "gemstone", "stones or gems")
NO_STONE_PHRASES = ("plain", "stoneless", "metal only", "all metal", "just metal")
OTHER_STONE_PHRASES = ("other stone", "other stones", "other gem", "other gems", "other gemstone", "other gemstones")
CUT_PHRASES = ("emerald cut", "rose cut", "pear cut", "princess cut", "oval cut", "cushion cut", "round cut")
# Materials named after a metal they are not.
MATERIAL_PHRASES = ("gold filled", "silver plated", "rhodium plated", "rhodium plating")

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
# What a phrase asks for that names no metal, though a metal's name is in it ("gold rate"): nothing of its own.
NAMES_NOTHING = (Term("cut", ()),)
NO_PLURAL = {"gold", "silver", "sterling", "platinum", "plat", "jewelry", "jewellery", "plain", "aqua"}


def plural(phrase: str) -> str:
    """"rubies" for "ruby", "engagement rings" for "engagement ring"."""
    *head, last = phrase.split(" ")
    if last in IRREGULAR_PLURALS:
        last = IRREGULAR_PLURALS[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in ("", *"aeiou"):
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
    money = _money_words(vocabulary)
    kind_names, metal_names = set(vocabulary.phrases("category")), set(vocabulary.phrases("metal"))
    for phrase, values in vocabulary.phrases("category").items():
        if phrase in money:
            continue  # "dollar" is a pendant in Tamil Nadu, but money in a shop priced in dollars
        if any(rest in metal_names for rest in _after_a_kind(phrase, kind_names)):
            continue  # a listing's "nhẫn vàng" (a gold ring, for titles) would take the request's metal word
        if not vocabulary.lexicon.categories[values[0]].jewellery and values[0] not in vocabulary.categories:
            continue  # "watches" in a shop that sells none: no kind of jewellery to look for
        if phrase not in phrases or vocabulary.held("category", phrase):  # "choker": a design, unless the shop lists chokers
            phrases[phrase] = (Term("category", values), *_named_stone(vocabulary, phrase))  # "guttapusalu": a necklace of pearls
    phrases |= {word: (Term("category", vocabulary.category_values(category)),) for word, category in CATEGORY_WORDS.items()}
    phrases |= {phrase: (Term("category", _category_values(vocabulary, kinds)), *_named_stone(vocabulary, phrase))
                for phrase, kinds in vocabulary.lexicon.request_kinds.items()}  # fmt: skip
    # A listing's metal phrase that names its kind too ("bague or", for titles) is not a request's: it
    # would take the kind word of "bague or blanc"; the request reads the kind and "or blanc" apart.
    phrases |= {p: (Term("metal", values),) for p, values in vocabulary.phrases("metal").items() if not any(_after_a_kind(p, kind_names))}
    phrases |= {p: (Term("metal", _metal_values(vocabulary, metals)),) for p, metals in METAL_WORDS.items()}
    # a locale's word for several metals at once ("dourado": gold in colour, solid or plated)
    phrases |= {p: (Term("metal", _request_metal_values(vocabulary, metals)), *_named_stone(vocabulary, p))
                for p, metals in vocabulary.lexicon.request_metals.items()}  # "silver kundan": gold-polished silver, with kundan
    phrases |= _plating_phrases(vocabulary)
    phrases |= {p: (Term("gemstone", values), *_named_color(vocabulary, p, values)) for p, values in vocabulary.phrases("stone").items()}
    phrases |= {p: (Term("gemstone", values),) for values, ps in GEMSTONE_PHRASES.items() for p in ps}
    phrases |= {word: (Term("color_or_metal", (word, metal)),) for word, metal in METAL_COLORS.items()}
    phrases |= {p: (Term("any_stone", ()),) for p in ANY_STONE_PHRASES}
    phrases |= {p: (Term("any_stone", ()),) for p in _generic_stone_names(vocabulary) if p not in phrases}  # "kallu"
    phrases |= {p: (Term("no_stone", ()),) for p in NO_STONE_PHRASES}
    # a locale pack's word for a piece without stones ("polos", "schlicht"), as the lexicon reads a listing
    phrases |= {p: (Term("no_stone", ()),) for p, value in vocabulary.lexicon.strong_names("stone") if value == "none" and p not in phrases}
    phrases |= {p: (Term("other_stones", ()),) for p in OTHER_STONE_PHRASES}  # "emeralds only, no other stones"
    phrases |= {p: (Term("cut", ()),) for p in CUT_PHRASES + MATERIAL_PHRASES}
    # ... unless the lexicon knows the material as a metal of its own ("gold filled"): then it asks for that
    phrases |= {p: (Term("metal", values),) for p, values in vocabulary.phrases("metal").items() if p in MATERIAL_PHRASES and values}
    # The lexicon's cuts and finishes named after a stone ("diamond cut", "hira kata"): never that stone,
    # in a request as in a listing. Others ("heart shaped") stay words of a look.
    stone_words = {word for phrase in vocabulary.phrases("stone") for word in phrase.split(" ")}
    phrases |= {p: (Term("cut", ()),) for p in vocabulary.lexicon.names("cut") if p not in phrases and stone_words & set(p.split(" "))}
    # The lexicon's phrases with a metal's name in them that name no metal ("gold rate"; Hebrew "הרבה כסף",
    # a lot of money): read as a listing reads them, as words asking for no metal (no term of their own).
    said = {joined(p) for p in phrases}  # as a shopper writes them: "金属アレルギー対応" is a request's metal word
    phrases |= {p: NAMES_NOTHING for p in vocabulary.lexicon.names("not metal") if joined(p) not in said}
    phrases |= _terms("occasion", OCCASION_PHRASES)
    phrases |= {p: terms for p, terms in _terms("occasion", vocabulary.lexicon.request_occasions).items() if p not in phrases}
    phrases |= _terms("style", STYLE_PHRASES)
    phrases |= _terms("descriptor", DESCRIPTOR_PHRASES)
    phrases |= _terms("recipient", vocabulary.lexicon.recipients)
    phrases |= COMPOUND_TERMS
    return phrases | {p: terms for p, terms in _locale_colors(vocabulary).items() if p not in phrases}


def _locale_colors(vocabulary: ShopVocabulary) -> dict[str, tuple[Term, ...]]:
    """The locale packs' stone colours ("sininen", "azul", "синім"), said before a stone or after it
    ("colors_after_stone"), for the colours a shopper's families hold. One the packs' [metal_colors] also
    give a gold ("blanco", "valkoinen", "біле") is read as English "white" is: the gold's beside gold or
    after "in", else the stone's."""
    lexicon = vocabulary.lexicon
    english = _english_colors()
    # a word the packs say around what is asked for is no colour ("bila", without, is no unmarked "bílá")
    said_around = {*lexicon.filler_words, *lexicon.negation_before, *lexicon.negation_after, *lexicon.accepted_after}
    found: dict[str, tuple[Term, ...]] = {}
    for kind in ("color", COLOR_AFTER):
        for phrase, value in lexicon.strong_names(kind):
            if value not in COLOR_FAMILIES or phrase in said_around or phrase in english:
                continue
            metal = lexicon.metal_for(GOLD, lexicon.metal_color_words.get(phrase, ""))
            term = Term("color_or_metal", (value, metal)) if metal != GOLD else Term("color", COLOR_FAMILIES[value])
            found.setdefault(phrase, (term,))
    return found


@lru_cache(maxsize=1)
def _english_colors() -> frozenset[str]:
    """English's colour words: understanding's own and the base file's (its listings' "ivory", "mint"), left as they are read."""
    return frozenset({*COLOR_FAMILIES, *(p for ps in COLOR_ALIASES.values() for p in ps), *METAL_COLORS,
                      *(phrase for kind in ("color", COLOR_AFTER) for phrase, _ in base_lexicon().strong_names(kind))})


def colors_after(lexicon: Lexicon) -> frozenset[str]:
    """The locale packs' colour phrases said after what they colour ("piedra azul"), less English's own."""
    return frozenset(joined(phrase) for phrase, _ in lexicon.strong_names(COLOR_AFTER) if phrase not in _english_colors())


def _named_stone(vocabulary: ShopVocabulary, phrase: str) -> tuple[Term, ...]:
    """The stone a kind's name says it has ("진주 목걸이": a pearl necklace), as a term of its own."""
    stones = vocabulary.lexicon.stone_named_by(phrase)
    return (Term("named_stone", stones),) if stones else ()


def _named_color(vocabulary: ShopVocabulary, phrase: str, stones: tuple[str, ...]) -> tuple[Term, ...]:
    """The colour a stone's name says ("padparadscha": an orange sapphire), asked for as a colour is."""
    color = vocabulary.lexicon.named_stone_color(phrase, stones[0]) if len(stones) == 1 else ""
    if color in COLOR_FAMILIES:
        return (Term("color", COLOR_FAMILIES[color]),)
    # a colour of the lexicon's with no family of its own (orange, grey): the listings' value itself
    return (Term("color", (color,)),) if color and color in vocabulary.lexicon.plain_colors else ()


def _generic_stone_names(vocabulary: ShopVocabulary) -> list[str]:
    """The lexicon's names for some stone, unnamed, in every locale ("stone", Malayalam "kallu")."""
    stones = vocabulary.lexicon.stones
    return [phrase for phrase, value in vocabulary.lexicon.strong_names("stone") if value in stones and stones[value].generic]


def _money_words(vocabulary: ShopVocabulary) -> set[str]:
    """The words that name the shop's own currency ("dollar" in a dollar shop, "rupees" in an INR one)."""
    lexicon = vocabulary.lexicon
    currency = lexicon.currencies.get(vocabulary.currency)
    if currency is None:
        return set()
    words = {*currency.symbols, *currency.words, *(lexicon.dollar_words if currency.dollar else ())}
    return words | {plural(word) for word in words}


def _metal_phrases_of_base(vocabulary: ShopVocabulary, base: str) -> list[str]:
    """The shop's metal phrases that name only metals of this base ("rose gold", "18k" for gold)."""
    metals = vocabulary.lexicon.metals
    return [phrase for phrase, values in vocabulary.phrases("metal").items() if all(value in metals and metals[value].base == base for value in values)]


def _plating_phrases(vocabulary: ShopVocabulary) -> dict[str, tuple[Term, ...]]:
    """A gold said with a plating word after it ("rose gold plated", "gold tone", "yellow gold polish")
    is a plating, as the lexicon reads a listing; so is a plating word alone ("not plated")."""
    lexicon = vocabulary.lexicon
    platings = (Term("metal", vocabulary.metal_values(lexicon.plated_over_other)),)
    golds = _metal_phrases_of_base(vocabulary, "gold")
    # A plating word that itself names the plating over silver ("rose gold vermeil") keeps its silver.
    over_silver_words = {word for word in lexicon.plating_after if lexicon.value_of("metal", word) == lexicon.plated_over_silver}
    found = {f"{gold} {word}": (Term("metal", (lexicon.plated_over_silver,)),) if word in over_silver_words else platings
             for gold in golds for word in lexicon.plating_after if word not in FINISH_WORDS}  # fmt: skip
    # "silver with gold polish", "sterling silver gold plated": the plating over silver, not silver or any plating.
    over_silver = (Term("metal", (lexicon.plated_over_silver,)),)
    silvers = _metal_phrases_of_base(vocabulary, "silver")
    found |= {f"{silver}{joint}gold {word}": over_silver for silver in silvers for joint in (" ", " with ")
              for word in lexicon.plating_after if word not in FINISH_WORDS}  # fmt: skip
    return found | dict.fromkeys(PLATING_WORDS, platings)


def _plating_before_silver(vocabulary: ShopVocabulary) -> PlatingBeforeSilver:
    """The plating said before its silver ("gold polish silver", "rose gold plated sterling silver"),
    joined when read rather than listed: every gold, plating word and silver of every locale pack
    multiply to millions of phrases."""
    lexicon = vocabulary.lexicon
    golds = _metal_phrases_of_base(vocabulary, "gold")
    silvers = _metal_phrases_of_base(vocabulary, "silver")
    platings = frozenset(f"{gold} {word}" for gold in golds for word in lexicon.plating_after if word not in FINISH_WORDS)
    return PlatingBeforeSilver(platings, frozenset(silvers), (Term("metal", (lexicon.plated_over_silver,)),))


def _category_values(vocabulary: ShopVocabulary, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """What a word naming several kinds at once asks for (Turkish "kolye": a necklace, choker or pendant)."""
    return tuple(dict.fromkeys(value for kind in kinds for value in vocabulary.category_values(kind)))


def _after_a_kind(phrase: str, kind_names: set[str]) -> list[str]:
    """What follows each kind of piece's name the phrase begins with ("bague or" -> ["or"];
    "nhẫn vàng" -> ["vàng"]); empty when it begins with none."""
    words = phrase.split()
    if len(words) == 1 and has_unspaced(phrase):  # "สร้อยคอทองคำ" -> ["ทองคำ"]: words run on without spaces
        return [phrase[n:] for n in range(1, len(phrase)) if phrase[:n] in kind_names]
    return [" ".join(words[n:]) for n in range(1, len(words)) if " ".join(words[:n]) in kind_names]


def _request_metal_values(vocabulary: ShopVocabulary, metals: tuple[str, ...]) -> tuple[str, ...]:
    """What a locale's word for several metals asks for: a plating over a named base the shop does not
    sell is left out ("rostfritt stål", steel of any colour, takes in no silver gilt where no steel is gilded);
    a word for such platings alone asks for them, whether the shop sells them or not (nothing else is one)."""
    over_a_base = set(vocabulary.lexicon.plated_over_base.values())
    sold = tuple(metal for metal in metals if metal not in over_a_base or metal in vocabulary.metals)
    # a word for platings over named bases alone ("ستانلس مطلي دهب", gilded steel) asks for them, sold or not
    return _metal_values(vocabulary, sold) if sold else metals


def _metal_values(vocabulary: ShopVocabulary, metals: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for metal in metals for value in vocabulary.metal_values(metal)))


PLURAL_KINDS = {"category", "design", "gemstone", "any_stone", "cut", "occasion", "descriptor", "recipient"}


@dataclass(frozen=True)
class PlatingBeforeSilver:
    """A gold with its plating word, then a silver: together the plating over silver."""

    platings: frozenset[str]  # "rose gold plated", "gold polish"
    silvers: frozenset[str]  # "sterling silver", "925 silver"
    terms: tuple[Term, ...]  # what the two say together


@dataclass(frozen=True)
class PhraseTable:
    """Every phrase understanding reads, for one shop's vocabulary."""

    vocabulary: ShopVocabulary
    phrases: dict[str, tuple[Term, ...]]
    singulars: dict[str, str]  # a plural phrase -> its singular
    longest: int  # words in the longest phrase
    gold_metals: tuple[str, ...]  # what "gold" and a karat alone ask for
    numbered: tuple[str, ...] = ()  # phrases that begin with a number ("1 gram gold"): never a measurement
    plating_before_silver: PlatingBeforeSilver | None = None
    unspaced_words: Words = Words(frozenset(), 0)  # the words found in a run of Japanese or Chinese letters
    words: frozenset[str] = frozenset()  # every word of its phrases and of the packs' request words
    locale_colors: frozenset[str] = frozenset()  # the locale packs' colour phrases ("sininen", "azul")
    colors_after: frozenset[str] = frozenset()  # those said after what they colour ("piedra azul")
    gives_way: frozenset[str] = frozenset()  # phrases naming no metal that yield to a kind of piece run on from them


@lru_cache(maxsize=8)
def phrase_table(vocabulary: ShopVocabulary | None = None) -> PhraseTable:
    vocabulary = vocabulary or default_vocabulary()
    # a phrase of an unspaced script as a shopper writes it: "婚約指輪", not a word per ideograph
    phrases = {joined(phrase): terms for phrase, terms in _build_phrases(vocabulary).items()}
    singulars = _plurals(phrases, PLURAL_KINDS)
    phrases |= {plural: phrases[singular] for plural, singular in singulars.items() if plural not in phrases}
    longest = max(len(phrase.split(" ")) for phrase in phrases)
    numbered = tuple(phrase for phrase in phrases if phrase[:1].isdigit())
    kind_names, metal_names = set(vocabulary.phrases("category")), set(vocabulary.phrases("metal"))
    # a listing's kind with its metal run on ("สร้อยคอทองคำ") is no word of a request's: it reads the two apart
    said = [*phrases, *(word for word in request_words(vocabulary.lexicon)
                        if not any(rest in metal_names for rest in _after_a_kind(word, kind_names)))]
    return PhraseTable(vocabulary, phrases, singulars, longest, vocabulary.gold_metals(), numbered, _plating_before_silver(vocabulary),
                       words_to_find(said), frozenset(word for phrase in said for word in phrase.split(" ")),
                       frozenset(joined(phrase) for phrase in _locale_colors(vocabulary)), colors_after(vocabulary.lexicon),
                       _giving_way(vocabulary.lexicon, phrases))


def _giving_way(lexicon: Lexicon, phrases: dict[str, tuple[Term, ...]]) -> frozenset[str]:
    """The request phrases read as a listing's phrases naming no metal ("silver box") that give way, as
    there, to a kind of piece their last words run on into ("silver box chain": a silver chain)."""
    named = (joined(phrase) for kind in GIVES_WAY_TO_A_PIECE for phrase in lexicon.names(kind))
    return frozenset(phrase for phrase in named if phrases.get(phrase) == NAMES_NOTHING)


def request_words(lexicon: Lexicon) -> list[str]:
    """The words of the locale packs a request is read with besides its phrases (price words,
    refusals, refinements, fillers, the listings' names): in an unspaced script, they are found in a
    run of it too."""
    words = [*lexicon.under_before, *lexicon.over_before, *lexicon.around_before, *lexicon.under_after, *lexicon.over_after,
             *lexicon.around_after, *lexicon.band_after, *lexicon.range_before, *lexicon.range_between, *lexicon.range_joins,
             *lexicon.negation_before,
             *lexicon.negation_after, *lexicon.accepted_after, *lexicon.filler_words, *lexicon.plain_words,
             *lexicon.locale_multipliers, *lexicon.owned_leads, *lexicon.owned_pointers, *lexicon.owned_pointers_alone, *lexicon.owned_after,
             *lexicon.numeral_counters, *lexicon.ring_size_before, *lexicon.ring_size_after, *lexicon.karat_suffixes,
             *lexicon.weight_units_after, *lexicon.weight_words_before, *lexicon.weight_or_money]
    words += [word for currency in lexicon.currencies.values() for word in (*currency.symbols, *currency.words)]
    words += list(lexicon.every_name())  # the listings' words that name no request term are words too ("ルビーレッド", a colour)
    return words + [phrase for phrases in lexicon.refinements.values() for phrase in phrases]


@cache
def default_table() -> PhraseTable:
    """The default shop's phrases (Facet's demo catalog with every locale pack), built at first use
    and kept: PHRASES and SINGULAR_PHRASES below."""
    return phrase_table()


def __getattr__(name: str):
    """PHRASES and SINGULAR_PHRASES, as before, built when first asked for rather than at import
    (`facet ingest` imports this module and reads no request)."""
    if name == "PHRASES":
        return default_table().phrases
    if name == "SINGULAR_PHRASES":
        return default_table().singulars
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
) | load_lexicon().filler_words  # the locale packs' ("quiero", "hierdie")
