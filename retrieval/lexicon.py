"""Facet's jewellery vocabulary, loaded from data files into one `Lexicon`.

The words live in `retrieval/lexicon/`: `jewelry.toml` (kinds of piece, metals, gold purity,
stones, stone colours, cuts, styles, occasions), `currencies.toml` (symbols, number words, rates,
typical price ranges), `woocommerce_headers.toml` (shop exports' column names in other
languages, retrieval/export_headers.py), `google_taxonomy.toml` (Google's product categories as
Facet's kinds, retrieval/google_feed.py) and the locale packs `locales/<locale>.toml` (regional words: kada, jhumka,
polki, "9ct" ...). A shop adds its own file with `--set lexicon.extra=shop.toml`; every file has the
same layout, and a later file adds names to a value or adds values (lists are joined, single
values replaced); `default_locales.toml` lists the packs read when a shop names none. This module
finds, merges and checks the files; the `Lexicon` they build is in retrieval/lexicon_tables.py, and
how text is read with its tables in retrieval/reading.py:

    lexicon = load_lexicon()
    lexicon.category_of("Jhumka Earrings in 22KT Gold")   # Reading("jhumka", 1.0, "jhumka earrings")
    lexicon.metal_of("14k Rose Gold")                     # MetalReading("rose gold", "rose", 14, 1.0, ...)
    lexicon.stone_of("London Blue Topaz Drops")           # StoneReading("topaz", "london blue", 1.0, ...)
    lexicon.karat_of("22KT"), lexicon.carat_of("0.50 ct tw")
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from retrieval.folding import folded, is_letters, unmarked, words_of
from retrieval.lexicon_tables import Lexicon, LexiconError
from retrieval.script_spellings import respelled, with_script_spellings

DATA_DIR = Path(__file__).with_name("lexicon")
BASE_FILE = "jewelry.toml"
CURRENCY_FILE = "currencies.toml"
HEADER_FILE = "woocommerce_headers.toml"  # shop exports' translated column names, by language
GOOGLE_TAXONOMY_FILE = "google_taxonomy.toml"  # Google product categories as Facet's kinds (retrieval/google_feed.py)
DEFAULT_LOCALES_FILE = "default_locales.toml"  # the packs a shop naming none is read with, in merge order
LOCALE_DIR = "locales"
LOCALE_SEPARATOR = "-"  # "ar-EG"; a file named by its language alone ("ar.toml") is a base packs extend
DEFAULT_LOCALES = tuple(tomllib.loads((DATA_DIR / DEFAULT_LOCALES_FILE).read_text(encoding="utf-8"))["locales"])
NAME_KEYED_TABLES = ("named_colors", "named_stones", "by_stone", "named")  # tables whose keys are names
CLAIMED_SECTIONS = ("categories", "metals", "stones", "colors")  # where the shop's own pack's meaning of a name stands
NAMING_KEYS = ("names", "weak", "plurals")  # a value's lists of the names it is read by
# A pack's words its language's other countries read otherwise ("argollas": hoops in es-AR, wedding bands
# in es-MX), in this table's sections: merged only for a shop whose own locale the pack is.
CONTESTED_TABLE = "contested"
COLOR_AFTER_TABLE = "colors_after_stone"  # colours said after the stone ("zafiro azul")
COLOR_BEFORE = "colors"  # ... and said before it ("blue sapphire")


def _merge(into: dict, extra: dict) -> dict:
    """Tables merged key by key, lists joined (in order, without repeats), values replaced."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = list(dict.fromkeys([*into[key], *value]))
        else:
            into[key] = value
    return into



def _read_toml(path: Path) -> dict:
    try:
        return _compatible(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"cannot read the lexicon file {path} ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"the lexicon file {path} is not valid TOML ({error})") from None


def _compatible(value: Any) -> Any:
    """Every word of a lexicon file in its compatibility form (NFKC), as the text it is matched against is
    folded (folding.folded): Thai "ต่ำกว่า" is written with "ำ", which text folds to "ํ" + "า"."""
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value)
    if isinstance(value, dict):
        return {_compatible(key): _compatible(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_compatible(item) for item in value]
    return value



def _names_in(table: dict) -> Iterator[str]:
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _names_in(value)
            if key in ("request_kinds", "request_metals"):
                yield from value
        elif key == "names" and isinstance(value, list):
            yield from (name for name in value if isinstance(name, str))


def _with_own_words(pack: dict) -> dict:
    """A pack whose [inflections] read only its own words: Polish case endings are never read onto a
    Spanish word ("plate" is no "plata")."""
    own = sorted({word for name in _names_in(pack) for word in words_of(name) if is_letters(word)})
    for table in pack.get("inflections", {}).values():
        table["words"] = own
    return pack


def _with_unmarked_spellings(pack: dict) -> dict:
    """A pack whose [spelling] says `unmarked = true` (Vietnamese, written with and without its marks)
    with every name and phrase also in its unmarked spelling: lists gain them, tables keyed by a name
    ("named_colors", "by_stone", [karat.named]) gain the unmarked keys. A name in [spelling.marked] is
    read only as marked: its unmarked spelling is another word ("đỏ", red: English "do"; "mạ", plated:
    "mà", but)."""
    spelling = pack.get("spelling", {})
    if not spelling.get("unmarked"):
        return pack
    keep = frozenset(unicodedata.normalize("NFC", word) for word in spelling.get("marked", {}))
    return respelled(pack, lambda text: None if text in keep else unmarked(text), NAME_KEYED_TABLES)


def _with_folded_spellings(pack: dict) -> dict:
    """A pack whose [spelling] says `folded = true` (Persian, written with its own yeh and kaf, the
    zero-width non-joiner and Persian digits) with every word in it folded as the text it is matched
    against is (folding.folded): its request tables are matched as written, so "طلای سفید" is kept as
    "طلاي سفيد", "سینه‌ریز" as "سينه ريز". Words of plain ASCII ("tala sefid", the tables' own keys)
    are kept as written."""
    if not pack.get("spelling", {}).get("folded"):
        return pack
    return _folded_table(pack)


def _folded_table(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.isascii() else folded(value)
    if isinstance(value, dict):
        return {_folded_table(key): _folded_table(item) for key, item in value.items()}
    if isinstance(value, list):
        return list(dict.fromkeys(_folded_table(item) for item in value))
    return value


def _with_bases(pack: dict) -> dict:
    """A pack over the language bases it extends ([pack] extends = ["ar"]: `locales/ar.toml`, the words
    every Arabic-writing shop uses, shared by ar-EG and ar-AE), the pack's own words merged last."""
    merged: dict = {}
    for base in pack.get("pack", {}).get("extends", ()):
        path = DATA_DIR / LOCALE_DIR / f"{base}.toml"
        if LOCALE_SEPARATOR in base or not path.is_file():
            raise LexiconError(f"no language base {base!r} for a locale pack to extend (locales/<language>.toml)")
        _merge(merged, _read_toml(path))
    return _merge(merged, pack) if merged else pack


@lru_cache(maxsize=8)
def _load(locales: tuple[str, ...], extra: str | None, extra_mtime: int, own_locale: str | None = None) -> Lexicon:
    data = _merge(_merge(_read_toml(DATA_DIR / BASE_FILE), _read_toml(DATA_DIR / HEADER_FILE)), _read_toml(DATA_DIR / GOOGLE_TAXONOMY_FILE))
    for locale in locales:
        path = DATA_DIR / LOCALE_DIR / f"{locale}.toml"
        parts = sorted(path.parent.glob(f"{locale}.*.toml"))
        if not path.is_file() and not parts:
            known = locale_packs()
            raise LexiconError(f"no locale pack {locale!r} (lexicon.locales); there are: {', '.join(known)}")
        _merge(data, _without_contested(_locale_pack(locale)))
    if own_locale in locales:
        own = _locale_pack(own_locale)
        contested = own.pop(CONTESTED_TABLE, {})
        _claim_names(data, _merge(own, contested))
        _merge(data, contested)
    if extra:
        _merge(data, _read_toml(Path(extra)))
    return Lexicon(data, _read_toml(DATA_DIR / CURRENCY_FILE))


def _value_names(spec: Any) -> Iterator[str]:
    """The names a value's table gives it (names, weak names, plurals)."""
    if isinstance(spec, dict):
        for key in NAMING_KEYS:
            yield from (name for name in spec.get(key, ()) if isinstance(name, str))


def _without_contested(pack: dict) -> dict:
    """A pack without its [contested] words: they are read only for a shop of its own locale."""
    pack.pop(CONTESTED_TABLE, None)
    return pack


def _claim_names(data: dict, own: dict) -> None:
    """The shop's own pack's meaning of each name it gives stands: the name is taken from every other
    value of the same table that another pack gave it ("argollas": hoops to an Argentine jeweller,
    wedding bands to a Mexican one). Names are compared as they are read (`words_of`)."""
    for section in CLAIMED_SECTIONS:
        claimed = {tuple(words_of(name)): value for value, spec in own.get(section, {}).items() for name in _value_names(spec)}
        for value, spec in data.get(section, {}).items():
            if not isinstance(spec, dict):
                continue
            for key in NAMING_KEYS:
                if isinstance(spec.get(key), list):
                    spec[key] = [name for name in spec[key] if claimed.get(tuple(words_of(name)), value) == value]
    _claim_color_orders(data, own)


def _claim_color_orders(data: dict, own: dict) -> None:
    """The shop's own pack's order of each colour name it gives stands: a colour its language says after
    the stone ("Amatista Lila") is taken from the colours another language's pack says before it ("lila
    amethist"), and the other way round; a colour's own value name ("violet") is kept."""
    orders = {COLOR_BEFORE: {value: _value_names(spec) for value, spec in own.get(COLOR_BEFORE, {}).items()},
              COLOR_AFTER_TABLE: {value: names for value, names in own.get(COLOR_AFTER_TABLE, {}).items() if isinstance(names, list)}}
    claimed: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for order, named in orders.items():
        for value, names in named.items():
            for name in names:
                claimed.setdefault(tuple(words_of(name)), set()).add((order, value))

    def kept(order: str, value: str, names: list) -> list:
        return [name for name in names if (order, value) in claimed.get(tuple(words_of(name)), {(order, value)})]

    for value, spec in data.get(COLOR_BEFORE, {}).items():
        if isinstance(spec, dict) and isinstance(spec.get("names"), list):
            spec["names"] = kept(COLOR_BEFORE, value, spec["names"])
    for value, names in data.get(COLOR_AFTER_TABLE, {}).items():
        if isinstance(names, list):
            data[COLOR_AFTER_TABLE][value] = kept(COLOR_AFTER_TABLE, value, names)


def _locale_pack(locale: str) -> dict:
    """A locale's pack, all its parts merged, its words spelt as the text they are matched against."""
    path = DATA_DIR / LOCALE_DIR / f"{locale}.toml"
    # A pack may go on in parts, "nl-NL.requests.toml" beside "nl-NL.toml": the shoppers' words apart
    # from the listings' (merged as any two packs are: lists joined).
    # A pack of requests alone (its listings' words not written yet) is a pack too.
    parts = sorted(path.parent.glob(f"{locale}.*.toml"))
    pack: dict = {}
    for part in [path, *parts] if path.is_file() else parts:
        _merge(pack, _read_toml(part))
    return _with_own_words(_with_unmarked_spellings(_with_folded_spellings(with_script_spellings(_with_bases(pack), NAME_KEYED_TABLES))))


@lru_cache(maxsize=None)
def locale_words(locale: str) -> tuple[str, ...]:
    """The words a locale's pack adds over the base file's to name kinds of piece, metals and stones, in
    its listings and its shoppers' requests ("انگشتر", "طلاي", "кольцо"), as `words_of` reads them:
    what a shop of that locale is heard saying."""
    base = {word for name in _names_in(_read_toml(DATA_DIR / BASE_FILE)) for word in words_of(name)}
    said = (word for name in _names_in(_locale_pack(locale)) for word in words_of(name))
    return tuple(dict.fromkeys(word for word in said if is_letters(word) and word not in base))


def load_lexicon(locales: tuple[str, ...] | list[str] = DEFAULT_LOCALES, extra: str | Path | None = None,
                 own_locale: str | None = None) -> Lexicon:  # fmt: skip
    """The lexicon of the base file, these locale packs and a shop's own file (read again when it changes).
    With the shop's own locale among the packs, its pack's meaning of a name that another pack (its
    language's sibling: es-MX for es-AR) reads otherwise stands (`_claim_names`); with none, the packs'
    merge order decides, as it does for a name no pack of the shop's contests."""
    own = own_locale if own_locale in locales else None
    if extra is not None:
        path = Path(extra)
        if not path.is_file():
            raise LexiconError(f"the lexicon file {path} does not exist (lexicon.extra)")
        return _load(tuple(locales), str(path.resolve()), path.stat().st_mtime_ns, own)
    return _load(tuple(locales), None, 0, own)


def base_lexicon() -> Lexicon:
    """The base file alone: Facet's core vocabulary (retrieval/vocabulary.py)."""
    return load_lexicon(locales=())


LISTING_SECTIONS = ("categories", "metals", "stones", "colors")  # where a pack names what a listing sells


def _listing_phrases(table: dict, values: bool = True) -> set[tuple[str, ...]]:
    """Every phrase naming a kind, metal, stone or colour in a lexicon file's tables (with the values
    they name, unless `values` is false)."""
    phrases = set()
    for section in LISTING_SECTIONS:
        for value, spec in table.get(section, {}).items():
            spec = spec if isinstance(spec, dict) else {}
            for name in [*([value] if values else []), *spec.get("names", []), *spec.get("weak", []), *spec.get("plurals", [])]:
                phrases.add(tuple(words_of(name)))
    for names in table.get("colors_after_stone", {}).values():
        phrases |= {tuple(words_of(name)) for name in names}
    return {phrase for phrase in phrases if phrase}


def locale_packs() -> tuple[str, ...]:
    """The locales with a listings' pack (`locales/<locale>.toml`; a pack of requests alone has none)."""
    return tuple(sorted(path.stem for path in (DATA_DIR / LOCALE_DIR).glob("*.toml") if "." not in path.stem and LOCALE_SEPARATOR in path.stem))


def _listings_pack(locale: str) -> dict:
    path = DATA_DIR / LOCALE_DIR / f"{locale}.toml"
    if not path.is_file():
        raise LexiconError(f"no locale pack {locale!r}; there are: {', '.join(locale_packs())}")
    return _with_bases(_read_toml(path))


@lru_cache(maxsize=None)
def own_listing_phrases(locale: str) -> frozenset[tuple[str, ...]]:
    """The words a locale's listings' pack adds over the base file for kinds, metals, stones and
    colours (Polish "pierścionek", "złoto"): what says a listing is written in its language."""
    # the values a pack adds names to are Facet's own English ones ("kada", "jhumka" in a Hindi pack), no word of its language
    return frozenset(_listing_phrases(_listings_pack(locale), values=False) - _listing_phrases(_read_toml(DATA_DIR / BASE_FILE)))


def listings_language(locale: str) -> str:
    """The language a locale's listings are written in: its own ("pl" for pl-PL), unless the pack
    says otherwise ([pack] listings_language: Bengali jewellers' words in English listings)."""
    return _listings_pack(locale).get("pack", {}).get("listings_language") or locale.split("-")[0].lower()


ANSWER_NAME_TABLES = ("categories", "metals", "stones", "colors")  # the tables whose first names an answer may use


def answer_name_packs(locale: str) -> list[str]:
    """The packs whose first names an answer for a shop of this locale calls things by: the pack's
    own [pack] names_from (a country's pack of its trade's particular words, read beside its
    language's main pack: es-CO's "topos" are studs, not every earring), else the pack itself."""
    path = DATA_DIR / LOCALE_DIR / f"{locale}.toml"
    named = _listings_pack(locale).get("pack", {}).get("names_from", ()) if path.is_file() else ()
    return list(named) or [locale]


@lru_cache(maxsize=None)
def first_names(locale: str) -> dict[str, dict[str, str]]:
    """A locale's listings' pack's first name of each kind of piece, metal and stone it names
    ({"categories": {"ring": "prsten"}, ...}): what an answer in its language calls them. A pack of
    requests alone names nothing here."""
    path = DATA_DIR / LOCALE_DIR / f"{locale}.toml"
    if not path.is_file():
        return {table: {} for table in ANSWER_NAME_TABLES}
    pack = _listings_pack(locale)
    return {
        table: {value: spec["names"][0] for value, spec in pack.get(table, {}).items() if isinstance(spec, dict) and spec.get("names")}
        for table in ANSWER_NAME_TABLES
    }


def _strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


@lru_cache(maxsize=None)
def pack_words(locale: str) -> frozenset[str]:
    """Every word a locale's pack (listings and requests) writes anywhere, accents dropped: its kinds,
    metals and stones and its shoppers' words around them ("do", "pod", "chci"). English words of the
    base file among them too; a reader of a message's language sets those apart."""
    pack = _locale_pack(locale)
    pack.pop("pack", None)
    return frozenset(unmarked(word) for text in _strings_in(pack) for word in words_of(text) if is_letters(word))


@lru_cache(maxsize=1)
def base_words() -> frozenset[str]:
    """Every word the base file writes, accents dropped: the English of kinds, metals, stones and requests."""
    return frozenset(unmarked(word) for text in _strings_in(_read_toml(DATA_DIR / BASE_FILE)) for word in words_of(text) if is_letters(word))


BASE_FILE_LANGUAGE = "en"  # the language the base file names things in


@lru_cache(maxsize=1)
def words_by_language() -> dict[str, frozenset[str]]:
    """Every word each language's packs write (`pack_words`, accents dropped), the base file's under
    English: which languages a word of the lexicon is a word of. A pack's words are those of the language
    its listings are written in ("sv" for sv-SE's; "en" for ml-IN's, a Kerala jeweller's words in
    English listings)."""
    said: dict[str, set[str]] = {BASE_FILE_LANGUAGE: set(base_words())}
    listings = set(locale_packs())
    for locale in all_packs():
        language = listings_language(locale) if locale in listings else locale.split(LOCALE_SEPARATOR)[0].lower()
        said.setdefault(language, set()).update(pack_words(locale))
    return {language: frozenset(words) for language, words in said.items()}


def all_packs() -> tuple[str, ...]:
    """Every locale with a pack: of listings, of requests, or both."""
    stems = {path.name.split(".")[0] for path in (DATA_DIR / LOCALE_DIR).glob("*.toml")}
    return tuple(sorted(stem for stem in stems if LOCALE_SEPARATOR in stem))
