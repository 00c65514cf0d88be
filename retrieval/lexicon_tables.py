"""The `Lexicon`: the tables one merged set of lexicon files builds (kinds of piece, metals, stones,
karats, currencies, a locale's price and request words ...) and what they say of a value. It reads text
with the readers it inherits (retrieval/reading.py); build it with `load_lexicon` (retrieval/lexicon.py),
which finds, merges and checks the files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

from retrieval.export_headers import HeaderNames, HeaderTableError
from retrieval.folding import folded, unmarked, words_of
from retrieval.inflections import inflection_index, inflections_from
from retrieval.mentions import GROUPS, PhraseEntry, plural
from retrieval.reading import COLOR_AFTER, NO_STONE, NUMBER, TextReader, karat_number


NEGATION_STAND_IN = "without"  # what a negation told apart by its marks alone is read as (terms.py NEGATION)
HALLMARK_WORDS = ("hallmark", "hallmarked")  # say a purity stamp is gold's, as a gold word does
# The group of phrases an entry of each kind is found in (retrieval/mentions.py GROUPS); the rest, their own
GROUP_OF_KIND = {"cut": "stone", "color": "stone", COLOR_AFTER: "stone", "not metal": "metal", "not category": "category"}


class LexiconError(ValueError):
    """A lexicon file that cannot be read."""


@dataclass(frozen=True)
class Category:
    name: str
    family: str
    parent: str | None
    core: bool
    # A request for its parent does not include it where a shop lists it apart ("bangle" is not a kada).
    distinct: bool = False
    # A kind a jeweller sells that is no jewellery (a watch): read in listings, asked for only where sold.
    jewellery: bool = True
    # The kind a shop that lists none of these files them under (an Indian shop's necklace sets: necklaces).
    filed_as: str | None = None


@dataclass(frozen=True)
class Metal:
    name: str
    base: str  # gold, silver, platinum, ...
    color: str  # yellow, white, rose, silver; "" when not said ("gold")
    core: bool


@dataclass(frozen=True)
class Stone:
    name: str
    colors: tuple[str, ...]  # the usual one first
    usual: float  # how often it is the usual colour
    core: bool
    precious: bool = False
    semi_precious: bool = False
    generic: bool = False  # "stone": some stone, unnamed


@dataclass(frozen=True)
class Currency:
    code: str
    display: str
    symbols: tuple[str, ...]
    per_usd: float
    dollar: bool
    multipliers: dict[str, float]
    typical_median: tuple[float, float]
    words: tuple[str, ...] = ()  # said after an amount besides the symbols: "quid", "rupaye"
    decimals: int = 2  # digits after its decimal mark: 3 for the Kuwaiti dinar's fils ("45.500 KWD")
    regions: tuple[str, ...] = ()  # countries whose shops price in it ("RU" for the rouble)
    fixed_rates: Mapping[str, float] = field(default_factory=dict)  # always worth so many of these: a rial is 0.1 toman
    glued: tuple[str, ...] = ()  # letters written glued to an amount in a shop priced in it: Finnish "500e", 500 euros

    def fixed_rate(self, other: str) -> float | None:
        """How many of `other` one of this currency is always worth (None when the day's rate decides)."""
        return self.fixed_rates.get(other)


def _with_folded(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*words, *(folded(word) for word in words)]))



def _google_categories(table: dict, kinds: set[str]) -> dict[str, str]:
    """{Google category id or path: the Facet kind it names, "" for none} from [google_product_categories]."""
    named: dict[str, str] = {}
    for category_id, spec in table.items():
        kind = spec.get("kind", "") if isinstance(spec, dict) else None
        if not isinstance(kind, str) or (kind and kind not in kinds):
            raise LexiconError(f"google_product_categories.{category_id}: kind must be one of [categories] or \"\", not {kind!r}")
        named[str(category_id)] = kind
        # its English path, and the paths of Google's editions in other languages a locale pack adds ("paths")
        for path in [spec.get("path"), *spec.get("paths", ())]:
            if isinstance(path, str):
                named[path] = kind
    return named



def named_phrases(data: dict, weak_strength: float) -> Iterator[tuple[str, str, PhraseEntry, list[str] | None]]:
    """(group, name, what it names, its plurals) for every phrase merged lexicon tables read as a kind of
    piece, metal, stone, cut, colour or as naming none ("gold rate"); None plurals: the English one added."""
    for section, kind, group in (("categories", "category", "category"), ("metals", "metal", "metal"), ("stones", "stone", "stone")):
        for value, spec in data.get(section, {}).items():
            named = spec.get("named_colors", {})
            own_name = value != NO_STONE and value not in spec.get("weak", [])  # "chain" is only a weak name of chain
            # a name any pack calls weak stays weak where another pack (a shoppers' part) lists it plainly
            strong = [n for n in [*([value] if own_name else []), *spec.get("names", [])] if n not in spec.get("weak", [])]
            for strength, names in ((1.0, strong), (weak_strength, spec.get("weak", []))):
                for name in names:
                    yield group, name, PhraseEntry(kind, value, strength, named.get(name, "")), spec.get("plurals")
    # Phrases with a name in them that name nothing of the piece ("gold rate", Spanish "broche de langosta").
    for section, kind, group in (("not_metals", "not metal", "metal"), ("not_categories", "not category", "category")):
        for name in data.get(section, {}).get("names", ()):
            yield group, name, PhraseEntry(kind, name, 1.0), []
    for name in data.get("cuts", {}).get("names", ()):
        yield "stone", name, PhraseEntry("cut", name, 1.0), []
    for value, spec in data.get("colors", {}).items():
        for name in [value, *spec.get("names", [])]:
            yield "stone", name, PhraseEntry("color", value, 1.0), []
    # Colours said after a stone in languages that put the adjective after ("zafiro azul"); read
    # only there or alone, never before a stone ("Anillo Rosa Esmeralda").
    for value, names in data.get("colors_after_stone", {}).items():
        for name in names:
            yield "stone", name, PhraseEntry(COLOR_AFTER, value, 1.0), []


def phrase_forms(name: str, plurals: list[str] | None) -> list[tuple[str, ...]]:
    """The words a name is read as: the name, and its plurals (the English one when None is given)."""
    words = tuple(words_of(name))
    if not words:
        return []
    forms = [words]
    if plurals is None:
        if not words[-1].isdigit():
            forms.append((*words[:-1], plural(words[-1])))
    else:
        forms += [tuple(words_of(form)) for form in plurals if words_of(form)]
    return forms


class Lexicon(TextReader):
    """The vocabulary of one set of files; build it with `load_lexicon`."""

    def __init__(self, data: dict, currencies: dict):
        self.weak_strength = float(data.get("weak_strength", 0.7))
        try:
            self.export_headers = HeaderNames.from_tables(data.get("woocommerce_headers", {}))
        except HeaderTableError as error:
            raise LexiconError(str(error)) from None
        self.google_categories = _google_categories(data.get("google_product_categories", {}), set(data.get("categories", {})))
        self.categories = {name: Category(name, spec.get("family", name), spec.get("parent"), bool(spec.get("core")),
                                          bool(spec.get("distinct")), bool(spec.get("jewellery", True)), spec.get("filed_as"))
                           for name, spec in data.get("categories", {}).items()}  # fmt: skip
        self.metals = {name: Metal(name, spec.get("base", ""), spec.get("color", ""), bool(spec.get("core")))
                       for name, spec in data.get("metals", {}).items()}  # fmt: skip
        self.stones = {name: Stone(name, tuple(spec.get("colors", ())), float(spec.get("usual", 1.0)), bool(spec.get("core")),
                                   bool(spec.get("precious")), bool(spec.get("semi_precious")), bool(spec.get("generic")))
                       for name, spec in data.get("stones", {}).items()}  # fmt: skip
        self.plain_colors = {name: spec.get("plain", name) for name, spec in data.get("colors", {}).items()}
        self.color_families = {word: tuple(colors) for word, colors in data.get("color_families", {}).items()}
        karat = data.get("karat", {})
        self.karats = tuple(karat_number(value) for value in karat.get("values", ()))
        self.karat_suffixes = {folded(s) for s in karat.get("suffixes", ())}
        self.karat_words_before = tuple(folded(w) for w in karat.get("words_before", ()))  # "عيار 21": said before its number
        self.ambiguous_karat_suffixes = {folded(s) for s in karat.get("ambiguous_suffixes", ())}
        self.yellow_only_karats = set(karat.get("yellow_only", ()))
        self.gold_hallmarks = {int(stamp): karat_number(value) for stamp, value in karat.get("gold_hallmarks", {}).items()}
        # Stamps that say gold on their own in a request ("916 kada"), not only beside a gold word.
        self.hallmarks_said_alone = tuple(int(stamp) for stamp in karat.get("said_alone", ()))
        # Words said before a gold stamp that make it one ("próby 585": of the 585 fineness).
        self.hallmark_words_before = tuple(folded(word) for word in karat.get("stamp_words", ()))
        # Golds whose name says their purity ("gini sona" is 22 karat).
        self.named_karats = {tuple(words_of(name)): karat_number(value) for name, value in karat.get("named", {}).items() if words_of(name)}
        hallmarks = data.get("hallmarks", {})
        self.silver_hallmarks = tuple(int(stamp) for stamp in hallmarks.get("silver", ()))
        self.platinum_hallmarks = tuple(int(stamp) for stamp in hallmarks.get("platinum", ()))
        carat_suffixes = sorted(data.get("carat", {}).get("suffixes", ()), key=len, reverse=True)
        suffix = "|".join(r"[\s.]*".join(map(re.escape, words_of(s))) for s in carat_suffixes)
        self._carat = re.compile(rf"(?<![\w.]){NUMBER}\s*(?:{suffix})(?![a-z])")
        plating = data.get("plating", {})
        self.plating_after = {folded(word) for word in plating.get("after_gold", ())}
        self.plating_before = [tuple(words_of(phrase)) for phrase in plating.get("before_gold", ())]
        self.plated_over_silver = plating.get("over_silver", "gold plated silver")
        self.plated_over_other = plating.get("over_other", "gold plated")
        # A plating over another named base: {"brass": "gold plated brass"} ("gold plated brass", "1 gram gold").
        self.plated_over_base = dict(plating.get("over", {}))
        self.platings = (self.plated_over_silver, self.plated_over_other, *self.plated_over_base.values())
        imitation = data.get("imitation", {})
        self.imitation_metals = tuple(imitation.get("metals", ()))  # never set with precious stones
        self.simulant = imitation.get("simulant", "")  # what their precious-looking stones are
        unnamed = data.get("unnamed_stone", {})
        self.unnamed_stone_metals = tuple(unnamed.get("metals", ()))  # an unnamed stone on these is the simulant
        self.unnamed_stone_karats = tuple(int(karat) for karat in unnamed.get("karats", ()))
        self.metal_color_words = {folded(word): color for color, words in data.get("metal_colors", {}).items() for word in words}
        self.metal_color_after = tuple(folded(word) for word in data.get("color_of_metal", {}).get("after", ()))  # "in white": the gold's
        self.other_piece_phrases = tuple(" ".join(words_of(phrase)) for phrase in data.get("other_pieces", {}).get("phrases", ()))
        self.notice_phrases = tuple(" ".join(words_of(phrase)) for phrase in data.get("notices", {}).get("phrases", ()))
        self.absent_after_stone = set(data.get("absent", {}).get("after_stone", ()))
        self.styles = tuple(data.get("styles", {}).get("values", ()))
        # A shop's sections for the pieces it no longer shows ("Archive", "Архив"): retrieval/catalog.py
        self.hidden_sections = frozenset(" ".join(words_of(name)) for name in data.get("hidden_sections", {}).get("names", ()) if words_of(name))
        # What a listing says of a piece shown but not sold ("nem eladó"), and of a part not sold alone: retrieval/not_for_sale.py
        not_for_sale = data.get("not_for_sale", {})
        self.not_for_sale_phrases = frozenset(tuple(words_of(phrase)) for phrase in not_for_sale.get("phrases", ()) if words_of(phrase))
        self.not_for_sale_apart = frozenset(tuple(words_of(phrase)) for phrase in not_for_sale.get("apart", ()) if words_of(phrase))
        price_words = data.get("price_words", {})
        self.under_after = tuple(price_words.get("under_after", ()))  # said after an amount: "tak"
        self.over_after = tuple(price_words.get("over_after", ()))
        self.under_before = tuple(price_words.get("under_before", ()))  # said before an amount: "bawah"
        self.over_before = tuple(price_words.get("over_before", ()))
        self.around_before = tuple(price_words.get("around_before", ()))
        self.around_after = tuple(price_words.get("around_after", ()))  # said after an amount: Turkish "civarı"
        self.band_after = tuple(price_words.get("band_after", ()))  # "3万円台": from the amount up to its next step
        self.range_before = tuple(price_words.get("range_before", ()))  # "tra 200 e 400": said before a range's first amount
        self.range_between = tuple(price_words.get("range_between", ()))  # ... and between its two amounts
        self.glued_after = tuple(price_words.get("glued_after", ()))  # "250 ezerig", "Ft-ig": a price word glued to the amount
        self.glued_scales = dict(price_words.get("glued_scales", {}))  # "12e": a short thousands glued to the number -> its word
        self.range_joins = tuple(price_words.get("range_joins", ()))  # said between two amounts, no first word: "1万から2万"
        self.request_kinds = {phrase: tuple(kinds) for phrase, kinds in data.get("request_kinds", {}).items()}  # "kolye": several kinds
        self.request_metals = {phrase: tuple(metals) for phrase, metals in data.get("request_metals", {}).items()}  # "dourado": several metals
        self.suffixes = data.get("suffixes", {})  # endings a locale puts on a noun ("yüzüğü"): assistant/understanding/endings.py
        self.inflections = data.get("inflections", {})  # endings in place of a word's own ("złocie"): .../inflections.py
        self.refinements = {name: tuple(folded(w) for w in words) for name, words in data.get("refinements", {}).items()}  # "günstiger": cheaper
        self.number_endings = tuple(data.get("numbers", {}).get("endings", ()))  # "750er Gold": a stamp with an ending
        self.karat_prefixes = tuple(folded(p) for p in data.get("numbers", {}).get("karat_before", ()))  # "K18": the karat after its letter
        # Numbers said in a locale's words before a scale ("डेढ़ लाख": 1.5 lakh, "sawa lakh": 1.25 lakh)
        self.number_words = {folded(word): float(value) for word, value in data.get("numbers", {}).get("words", {}).items()}
        # words after which a number in words is one ("بائیس کے": 22 K, the letter said), besides scales and karats
        self.number_words_before = frozenset(folded(w) for w in data.get("numbers", {}).get("words_before", ()))
        # a fraction said after a number, before its scale: Persian "۱ و نیم میلیون" (one and a half million)
        self.trailing_fractions = {folded(phrase): float(value) for phrase, value in data.get("numbers", {}).get("and_fractions", {}).items()}
        # scales said before their number, its parts joined by a word: Swahili "laki mbili" (2 laki), "elfu thelathini na tano" (35 elfu)
        self.scales_first = frozenset(folded(w) for w in data.get("numbers", {}).get("scales_first", ()))
        self.number_joins = frozenset(folded(w) for w in data.get("numbers", {}).get("joins", ()))
        # Numbers written in ideographs ("五千円", "3万"): digits, units (十 百 千), scales (万 億) and the
        # words after which a number of ideographs alone is read as one ("円", "号")
        numerals = data.get("numerals", {})
        self.numeral_digits = {char: int(value) for char, value in numerals.get("digits", {}).items()}
        self.numeral_units = {char: int(value) for char, value in numerals.get("units", {}).items()}
        self.numeral_scales = {char: int(value) for char, value in numerals.get("scales", {}).items()}
        self.numeral_counters = tuple(numerals.get("counters", ()))
        # scales said alone as one of them, and with one digit after as tenths: Thai "หมื่น" (10,000), "หมื่นห้า" (15,000)
        self.spoken_scales = frozenset(numerals.get("spoken_scales", ()))
        # Gold weights ([measures]): units always a weight ("2 สลึง"), words before a weight ("หนัก"), and words
        # that are a weight or money ("บาท"): a weight after those words or below the number given
        measures = data.get("measures", {})
        self.weight_units_after = tuple(measures.get("after", ()))
        self.weight_words_before = tuple(measures.get("before", ()))
        self.weight_or_money = {word: float(below) for word, below in measures.get("weight_or_money", {}).items()}
        # A ring's size said with a locale's word before it ("storlek 17") or after it ("12号"), each with
        # the way its number counts: see retrieval/vocabulary.py RING_SIZE_COUNTS
        ring_size = data.get("ring_size", {})
        self.ring_size_before = {folded(word): count for word, count in ring_size.get("before", {}).items()}
        self.ring_size_after = {folded(word): count for word, count in ring_size.get("after", {}).items()}
        # ... and a listing's option naming sizes so counted ("ไซส์": 52, a circumference): retrieval/variants.py
        self.ring_size_options = {folded(name): count for name, count in ring_size.get("options", {}).items()}
        self.negation_before = tuple(data.get("negation", {}).get("before", ()))  # said before what is refused: "tanpa"
        self.plain_words = frozenset(data.get("spelling", {}).get("plain_words", ()))  # a locale's words, never typos
        # Letters a language says alike ([hearing.same_sound_letters]: Persian ت and ط), each group
        # written as one string: a spoken word is respelt to a shop word it sounds as (perception/snapping.py)
        self.same_sound_letters = {language: tuple(groups) for language, groups in data.get("hearing", {}).get("same_sound_letters", {}).items()}
        self.elided_articles = frozenset(data.get("elisions", {}).get("articles", ()))  # "dell'anello": "dell" set apart
        # Words their marks alone tell apart ([spelling.marked]: "mà", but, is not "mạ", plated): word -> its stand-in
        self.marked_words = {unicodedata.normalize("NFC", word): stand_in for word, stand_in in data.get("spelling", {}).get("marked", {}).items()}
        # ... and a negation whose unmarked spelling is no negation (Icelandic "án", without; "an" is English's
        # article): read where it is written with its marks, as the stand-in the negation reads
        self.marked_words |= {unicodedata.normalize("NFC", word): NEGATION_STAND_IN for word in self.negation_before
                              if unmarked(word) != word and unmarked(word) not in self.negation_before and word not in self.marked_words}  # fmt: skip
        # Words read otherwise as a request's last word (French "or", gold, ends "chevalière or"; English "or" never ends one)
        self.last_words = dict(data.get("spelling", {}).get("last", {}))
        self.negation_after = tuple(data.get("negation", {}).get("after", ()))  # said after what is refused: "illama"
        self.accepted_after = tuple(data.get("acceptance", {}).get("after", ()))  # said after what will do: "chalega"
        # Words that leave a slot open ([open_slots]): said before its noun ("ükskõik mis kiviga", any stone) or
        # after it ("kivi pole oluline", the stone doesn't matter); nouns by the slot they open ("gemstone", "metal")
        open_slots = data.get("open_slots", {})
        self.open_before = tuple(open_slots.get("before", ()))
        self.open_after = tuple(open_slots.get("after", ()))
        self.open_nouns = {slot: tuple(nouns) for slot, nouns in open_slots.get("nouns", {}).items()}
        self.occasions = tuple(data.get("occasions", {}).get("values", ()))
        self.recipients = {name: tuple(phrases) for name, phrases in data.get("recipients", {}).items()}  # "for my wife"
        # a locale's words for an occasion, as a shopper says it ("誕生日", "julklapp"): {occasion: phrases}
        self.request_occasions = {name: tuple(phrases) for name, phrases in data.get("request_occasions", {}).items()}
        # What a column or a correction writes for none ("n/a", "no stone"), lower-cased
        self.no_value_words = frozenset(word.lower() for word in data.get("no_value", {}).get("words", ()))
        # Words naming what an option holds: {"metal": {"metal", "purity", ...}, "stone": ..., "color": ...}
        self.option_words = {kind: {folded(word) for word in words} for kind, words in data.get("option_names", {}).items()}
        # a symbol also as a request reads it (folding.folded): "ریال" is "ريال"
        self.currencies = {code: Currency(code, spec.get("display", code), _with_folded(spec.get("symbols", ())), float(spec["per_usd"]),
                                          bool(spec.get("dollar")), dict(spec.get("multipliers", {})),
                                          tuple(spec.get("typical_median", (0, float("inf")))), tuple(spec.get("words", ())),
                                          int(spec.get("decimals", 2)), tuple(spec.get("regions", ())),
                                          dict(spec.get("fixed_rates", {})), tuple(spec.get("glued", ())))
                           for code, spec in currencies.items() if isinstance(spec, dict) and "per_usd" in spec}  # fmt: skip
        # Words more than one currency says ("pesos": MXN, PHP; "lakh": INR, PKR), each with its currencies in file order.
        claims: dict[str, list[str]] = {}
        for code, currency in self.currencies.items():
            for word in dict.fromkeys((*currency.symbols, *currency.words, *currency.multipliers)):
                claims.setdefault(word, []).append(code)
        self.shared_currency_words = {word: tuple(codes) for word, codes in claims.items() if len(codes) > 1}
        self.dollar_words = tuple(currencies.get("dollar_words", ()))
        self.multipliers = {word: float(value) for word, value in currencies.get("multipliers", {}).items()}
        self.scale_words = tuple(currencies.get("scale_words", ()))
        self.filler_words = frozenset(data.get("filler", {}).get("words", ()))  # a locale's words that ask for nothing
        self.owned_leads = tuple(data.get("owned", {}).get("leads", ()))  # said before a piece the shopper has: "para"
        self.owned_pointers = tuple(data.get("owned", {}).get("pointers", ()))  # ... and its "this" or "my": "este", "mi"
        self.owned_after = tuple(data.get("owned", {}).get("after", ()))  # said after a piece the shopper has: "に合う"
        # a "this" leading on its own, the case ending of the piece after it saying "with" or "for": "selle ripatsiga"
        self.owned_pointers_alone = tuple(data.get("owned", {}).get("pointers_alone", ()))
        self.locale_multipliers = {word: float(value) for word, value in data.get("multipliers", {}).items()}  # "10 mil": 10,000
        self._phrases: dict[str, dict[tuple[str, ...], PhraseEntry]] = {group: {} for group in GROUPS}
        self._longest = dict.fromkeys(GROUPS, 1)
        self._named_stones: dict[tuple[str, ...], tuple[str, ...]] = {}  # a kind of piece whose name says its stone: "guttapusalu"
        # Words implying a stone where none is named ("solitaire": diamond).
        self._implied_stones = {tuple(words_of(name)): stone for name, stone in data.get("implied_stones", {}).items() if words_of(name)}
        # A shop's whole label for a kind that is no name of it in a title ("Engagement": engagement rings).
        self._label_kinds = {tuple(words_of(label)): value for value, spec in data.get("categories", {}).items()
                             for label in spec.get("labels", ()) if words_of(label)}  # fmt: skip
        # Phrases that name a narrower kind only with one of its stones ("solitaire ring" with a diamond).
        self._kinds_by_stone = {tuple(words_of(phrase)): (value, tuple(stones)) for value, spec in data.get("categories", {}).items()
                                for phrase, stones in spec.get("by_stone", {}).items() if words_of(phrase)}  # fmt: skip
        self._add_names(data)
        self._compound_modifiers = set(data.get("compounds", {}).get("modifiers", ()))
        # Words after which a shop names its design ("Model Safira", "Modell Isar"): that word is a name.
        self._name_markers = frozenset(word for name in data.get("design_names", {}).get("after", ()) for word in words_of(name))
        self.name_markers = self._name_markers  # read in requests too: "خرطوش باسم ماسة" (a name, no diamond)
        # A capitalised word joined by a hyphen before a kind of piece is the design's name (Finnish
        # "Helmi-kaulakoru": the Helmi necklace, no pearl; a pearl necklace is "helmikaulakoru").
        hyphened = sorted({folded(kind) for kind in data.get("design_names", {}).get("hyphened_before", ())}, key=len, reverse=True)
        self._hyphened_name = re.compile(rf"(?<![\w-])([^\W\d_]+)-(?=(?i:{'|'.join(map(re.escape, hyphened))})\b)") if hyphened else None
        self.compound_modifiers = frozenset(self._compound_modifiers)  # read in requests too, by the same splitter: reading.joined_parts
        self._compound_cache: dict[tuple[str, str], PhraseEntry | None] = {}
        # Languages whose listings write their words in every case ([inflections.<language>] listings =
        # true: Russian "из красного золота"): a word no phrase has is read as the known word it inflects.
        self._listing_inflections = tuple(i for i in inflections_from(self.inflections) if i.listings)
        self._inflection_index = inflection_index(
            (words for group in GROUPS for words in self._phrases[group]), self._listing_inflections)
        self._known_words = frozenset(word for group in GROUPS for words in self._phrases[group] for word in words)
        self._inflected_cache: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}  # a word's candidates by the languages tried first, read once
        # Words written glued to the word they go with ([attached]): Arabic's article and one-letter
        # prefixes before it ("بالذهب": ب + ال + ذهب), Korean particles after it ("반지를": 반지 + 를);
        # longest first, so "بال" is taken off before "ب".
        attached = data.get("attached", {})
        self.attached_before = tuple(sorted({folded(word) for word in attached.get("before", ())}, key=len, reverse=True))
        self.attached_after = tuple(sorted({folded(word) for word in attached.get("after", ())}, key=len, reverse=True))
        self._bare_cache: dict[tuple[str, bool], tuple[str, ...]] = {}
        # The first word of every phrase a group holds, and the words a shop's label says after a stone
        # without naming a line by it ("Pearl Collection"): see TextReader.names_a_line.
        self._first_words = frozenset(words[0] for group in GROUPS for words in self._phrases[group])
        self.label_words_after_stone = frozenset(folded(word) for word in data.get("labels", {}).get("after_stone", ()))
        # One-word names of gold ("gold", Dutch "goud", "witgoud"): beside one, "585" and "14 ct" are gold's purity.
        self.gold_words = {words[0] for words, entry in self._phrases["metal"].items()
                           if len(words) == 1 and entry.kind == "metal" and self.metals[entry.value].base == "gold"} | set(HALLMARK_WORDS)

    # --- building ---------------------------------------------------------------------------------

    def _add_names(self, data: dict) -> None:
        # a kind of piece's or a metal's name that says its stone ("guttapusalu": pearl; "silver kundan": kundan)
        for value, spec in [*data.get("categories", {}).items(), *data.get("metals", {}).items()]:
            for name, stone in spec.get("named_stones", {}).items():
                words, stones = tuple(words_of(name)), tuple(stone) if isinstance(stone, list) else (stone,)
                self._named_stones |= {words: stones, (*words[:-1], plural(words[-1])): stones} if words else {}
        for group, name, entry, plurals in named_phrases(data, self.weak_strength):
            self._add(group, name, entry, plurals)

    def _add(self, group: str, name: str, entry: PhraseEntry, plurals: list[str] | None) -> None:
        phrases = self._phrases[group]
        for form in phrase_forms(name, plurals):
            known = phrases.get(form)
            if known is None or (known.kind == entry.kind and known.strength < entry.strength):
                phrases[form] = entry
            self._longest[group] = max(self._longest[group], len(form))


    # --- what the values are ----------------------------------------------------------------------

    def is_within(self, category: str, broader: str) -> bool:
        """Whether `category` is `broader` or a kind of it (a kada is a bangle)."""
        seen = set()
        while category and category not in seen:
            if category == broader:
                return True
            seen.add(category)
            known = self.categories.get(category)
            category = known.parent if known else None
        return False

    def is_requested_by(self, category: str, asked: str) -> bool:
        """Whether a shopper asking for `asked` asks for `category`: it or a narrower kind, unless a
        kind on the way up is listed apart ("earrings" takes in jhumkas; "bangle" no kada)."""
        seen = set()
        while category and category not in seen:
            if category == asked:
                return True
            known = self.categories.get(category)
            if known is None or known.distinct:
                return False
            seen.add(category)
            category = known.parent
        return False

    def family_of(self, category: str) -> str:
        known = self.categories.get(category)
        return known.family if known else category

    def metal_for(self, base: str, color: str) -> str:
        """The canonical metal of a base and colour: ("gold", "rose") -> "rose gold"; ("gold", "") -> "gold"."""
        return next((m.name for m in self.metals.values() if m.base == base and m.color == color), base)

    def metal_color(self, metal: str) -> str:
        known = self.metals.get(metal)
        return known.color if known else ""

    def usual_color(self, stone: str) -> tuple[str, float]:
        """The colour a stone usually has and how often it has it; ("", 0) for none or unknown."""
        known = self.stones.get(stone)
        if not known or not known.colors:
            return "", 0.0
        return known.colors[0], known.usual

    def plain_color(self, color: str) -> str:
        return self.plain_colors.get(color, color)

    def _values_of(self, kind: str) -> dict[str, Category | Metal | Stone]:
        return {"category": self.categories, "metal": self.metals, "stone": self.stones}[kind]

    def known(self, kind: str, value: str) -> bool:
        return value in self._values_of(kind)

    def core(self, kind: str) -> tuple[str, ...]:
        """The core values of "category", "metal" or "stone", in file order."""
        return tuple(name for name, value in self._values_of(kind).items() if value.core)

    def _phrases_of(self, kind: str) -> dict[tuple[str, ...], PhraseEntry]:
        return self._phrases[GROUP_OF_KIND.get(kind, kind)]

    def named_stone_color(self, phrase: str, stone: str) -> str:
        """The colour a stone's name says itself ("neelam": blue), else "". A stone's name that is a colour's
        too ("padparadscha": the colour is read first) names that colour of the stone unless it is the
        stone's usual one anyway ("turquoise")."""
        entry = self._phrases["stone"].get(tuple(words_of(phrase)))
        if entry is None or entry.kind not in ("stone", "color"):
            return ""
        if entry.kind == "stone":
            return entry.color
        colors = self.stones[stone].colors if stone in self.stones else ()
        return entry.value if entry.value in colors[1:] else ""

    def strong_names(self, kind: str) -> Iterator[tuple[str, str]]:
        """(phrase, value) for every phrase, plurals included, that names a value of `kind` surely."""
        for words, entry in self._phrases_of(kind).items():
            if entry.kind == kind and entry.strength == 1.0:
                yield " ".join(words), entry.value

    def weak_names(self, kind: str) -> Iterator[tuple[str, str]]:
        """(phrase, value) for every phrase that names a value of `kind` only weakly ("band", "ad")."""
        for words, entry in self._phrases_of(kind).items():
            if entry.kind == kind and entry.strength < 1.0:
                yield " ".join(words), entry.value

    def strong_value_names(self, kind: str, phrase: str) -> set[str]:
        """The values a whole phrase names surely: {value} or empty."""
        entry = self._phrases_of(kind).get(tuple(words_of(phrase)))
        return {entry.value} if entry is not None and entry.kind == kind and entry.strength == 1.0 else set()

    def stone_named_by(self, phrase: str) -> tuple[str, ...]:
        """The stones a kind of piece's name says it has ("guttapusalu": pearl; "jadau set": kundan or polki)."""
        return self._named_stones.get(tuple(words_of(phrase)), ())

    def value_of(self, kind: str, phrase: str) -> str | None:
        """The value a whole phrase names ("american diamond" -> "cubic zirconia"), or None."""
        entry = self._phrases_of(kind).get(tuple(words_of(phrase)))
        return entry.value if entry is not None and entry.kind == kind else None

    def every_name(self) -> Iterator[str]:
        """Every phrase of every group, whatever it names (a cut, a colour, "not a metal")."""
        for phrases in self._phrases.values():
            yield from (" ".join(words) for words in phrases)

    def names(self, kind: str) -> Iterator[str]:
        """Every phrase that reads as a value of `kind` (category, metal, stone, cut, color, not metal, not category)."""
        for words, entry in self._phrases_of(kind).items():
            if entry.kind == kind:
                yield " ".join(words)
