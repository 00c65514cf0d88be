"""No word of one language's locale pack may change another language's listings: every default pack is
merged into one lexicon, so a word two packs of different languages read otherwise (Danish "violet" a
purple, English's own colour; Norwegian "rosa" a colour said before the stone, Spanish's said after:
"Anillo Rosa Esmeralda" read as a pink emerald) makes every shop's reading hang on which packs are
loaded. Two checks: the packs' tables (retrieval/lexicon_collisions.py), every default pack against
every other, a word allowed only where declared shared (tests/data/lexicon_collisions.toml) or
settled by a pack's [contested] table; and the listings of these tests' own fixtures
(tests/test_lexicon_*.py, their parametrised "text" and "title"), each read with all default packs and with its
language's packs alone, which must agree on its kind, metal and stone."""

import ast
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from retrieval.catalog_language import LANGUAGE_NAMES, locale_shares
from retrieval.folding import words_of
from retrieval.lexicon import DEFAULT_LOCALES, listings_language, load_lexicon, locale_packs
from retrieval.lexicon_collisions import collisions, default_packs, language_of

TESTS = Path(__file__).parent
DECLARATIONS = TESTS / "data" / "lexicon_collisions.toml"
FIXTURE_PREFIX = "test_lexicon_"
LISTING_FIXTURES = f"{FIXTURE_PREFIX}*.py"
LISTING_ARGUMENTS = ("text", "title")  # the parametrised arguments holding a listing's text
BASE_LANGUAGE = "en"  # the base file's language: of a listing read as well in English as in its module's


def _shared_words() -> dict[str, str]:
    return tomllib.loads(DECLARATIONS.read_text(encoding="utf-8"))["shared"]


# --- the packs' tables ---------------------------------------------------------------------------


def test_no_word_two_default_packs_of_different_languages_read_otherwise():
    found = collisions(default_packs(), _shared_words())
    assert not found, (f"{len(found)} readings of one word by packs of two languages disagree; take the word out of the pack "
                       "where it is wrong, move it to that pack's [contested] table, or declare it shared in "
                       f"{DECLARATIONS.name}:\n" + "\n".join(map(str, found)))


def test_every_word_declared_shared_is_still_read_otherwise_by_two_languages():
    disagreeing = {found.words for found in collisions(default_packs())}
    stale = [word for word in _shared_words() if tuple(words_of(word)) not in disagreeing]
    assert not stale, f"declared shared in {DECLARATIONS.name}, but no two languages' packs read these otherwise: {stale}"


def _pack(language: str, **tables) -> tuple[str, dict]:
    return language, tables


def test_a_colour_said_before_the_stone_in_one_language_and_after_it_in_another_is_found():
    packs = {"nb-XX": _pack("nb", colors={"pink": {"names": ["rosa"]}}),
             "es-XX": _pack("es", colors_after_stone={"pink": ["rosa"]})}
    (found,) = collisions(packs)
    assert (found.words, found.slot) == (("rosa",), "stone")
    assert {found.first_reading, found.second_reading} == {frozenset({"color: pink"}), frozenset({"color after: pink"})}


def test_a_word_naming_two_colours_is_found_folded_as_the_lexicon_reads_it():
    packs = {"base": _pack("en", colors={"violet": {"names": ["Violet"]}}),
             "da-XX": _pack("da", colors={"purple": {"names": ["VIOLET"]}})}
    assert [(found.words, found.slot) for found in collisions(packs)] == [(("violet",), "stone")]


def test_a_kind_a_metal_a_stone_and_a_metals_colour_are_each_compared():
    packs = {"a": _pack("xa", categories={"ring": {"names": ["alliancering"], "plurals": []}}, metals={"gold": {"names": ["kin"], "plurals": []}},
                        stones={"zircon": {"names": ["zircon"], "plurals": []}}, metal_colors={"rose": ["roze"]}),
             "b": _pack("xb", categories={"wedding band": {"names": ["alliancering"], "plurals": []}}, metals={"yellow gold": {"names": ["kin"], "plurals": []}},
                        stones={"cubic zirconia": {"names": ["zircon"], "plurals": []}}, metal_colors={"pink": ["roze"]})}
    assert sorted((" ".join(found.words), found.slot) for found in collisions(packs)) == [
        ("alliancering", "category"), ("kin", "metal"), ("roze", "metal colour"), ("zircon", "stone")]


def test_a_refusal_word_that_names_a_stone_elsewhere_is_found():
    packs = {"a": _pack("xa", negation={"before": ["sin"]}), "b": _pack("xb", stones={"spinel": {"names": ["sin"]}})}
    assert [found.slot for found in collisions(packs)] == ["negation / stone"]


def test_words_read_alike_packs_of_one_language_and_declared_words_are_not_found():
    alike = {"a": _pack("xa", colors={"red": {"names": ["rojo"]}}), "b": _pack("xb", colors={"red": {"names": ["rojo"]}})}
    one_language = {"es-AR": _pack("es", categories={"earrings": {"names": ["argollas"]}}),
                    "es-MX": _pack("es", categories={"wedding band": {"names": ["argollas"]}})}
    declared = {"a": _pack("xa", metals={"gold": {"names": ["純金"]}}), "b": _pack("xb", metals={"yellow gold": {"names": ["純金"]}})}
    assert collisions(alike) == collisions(one_language) == collisions(declared, ["純金"]) == []
    assert collisions(declared)


def test_a_packs_contested_words_are_no_part_of_its_default_reading():
    contested = [locale for locale in DEFAULT_LOCALES if "contested" in default_packs()[locale][1]]
    assert not contested


# --- the fixtures' listings, with all default packs and with their language's alone ---------------


def _parametrised_listings(path: Path) -> list[str]:
    """The "text" and "title" values of a test module's `pytest.mark.parametrize` lists."""
    listings = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize" and len(node.args) >= 2):
            continue
        names, values = (ast.literal_eval(node.args[0]), node.args[1])
        names = [name.strip() for name in names.split(",")] if isinstance(names, str) else list(names)
        if names[0] not in LISTING_ARGUMENTS or not isinstance(values, (ast.List, ast.Tuple)):
            continue
        for value in values.elts:
            first = value.elts[0] if isinstance(value, ast.Tuple) and value.elts else value
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                listings.append(first.value)
    return listings


def _named_languages(path: Path) -> set[str]:
    """The languages a fixture module is named by ("test_lexicon_german_indonesian.py": de, id)."""
    codes = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
    return {codes[part] for part in path.stem.removeprefix(FIXTURE_PREFIX).split("_") if part in codes}


def _fixture_listings() -> dict[str, set[str]]:
    """Each fixture listing, with the languages its module is named by."""
    paths = sorted(path for path in TESTS.glob(LISTING_FIXTURES) if path.name != Path(__file__).name)
    listings: dict[str, set[str]] = {}
    for path in paths:
        for listing in _parametrised_listings(path):
            listings.setdefault(listing, set()).update(_named_languages(path))
    return listings


LISTING_LOCALES = tuple(locale for locale in DEFAULT_LOCALES if locale in locale_packs())


def _written_in(locale: str) -> str:
    """The language a default pack's shops write listings in (ml-IN's: English), or a pack of requests'."""
    return listings_language(locale) if locale in LISTING_LOCALES else language_of(locale)


LISTING_LANGUAGES = tuple(sorted({_written_in(locale) for locale in DEFAULT_LOCALES}))


@lru_cache(maxsize=None)
def _lexicon_of(language: str | None):
    """Every default pack (None), or the default packs of a language's listings alone, over the base file."""
    return load_lexicon() if language is None else load_lexicon([l for l in DEFAULT_LOCALES if _written_in(l) == language])


def _facts(lexicon, listing: str) -> dict[str, str | None]:
    kind, metal, stone = lexicon.category_of(listing), lexicon.metal_of(listing), lexicon.stone_of(listing)
    return {"kind": kind and kind.value, "metal": metal and metal.metal, "metal colour": metal and metal.color,
            "stone": stone and stone.stone, "stone colour": stone and stone.color}


def _language_of(listing: str, named: set[str]) -> str:
    """The listing's language: the one whose packs alone read the most of its facts; of two reading as
    many, one whose packs' own words it uses, one its module is named by, English, the first by name."""
    used = {_written_in(locale) for locale, share in locale_shares([(listing,)], LISTING_LOCALES).items() if share}

    def fit(language: str) -> tuple[int, bool, bool, bool]:
        read = sum(bool(fact) for fact in _facts(_lexicon_of(language), listing).values())
        return read, language in used, language in named, language == BASE_LANGUAGE

    return max(LISTING_LANGUAGES, key=fit)


@lru_cache(maxsize=1)
def _listings_by_language() -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = {}
    for listing, named in _fixture_listings().items():
        by_language.setdefault(_language_of(listing, named), []).append(listing)
    return by_language



def test_the_fixtures_hold_listings_of_many_languages():
    listings = _listings_by_language()
    assert len(listings) >= 10 and sum(map(len, listings.values())) >= 300


def test_every_languages_listings_read_alike_with_every_default_pack_and_with_its_own_alone():
    differing = [f"{listing!r} ({language}): all packs {read}, {language} alone {alone}"
                 for language, listings in _listings_by_language().items() for listing in listings
                 if (read := _facts(_lexicon_of(None), listing)) != (alone := _facts(_lexicon_of(language), listing))]
    assert not differing, "another language's pack changes these listings' facts:\n" + "\n".join(differing)


# --- a contested word, read as its own pack reads it for a shop of its locale ----------------------


@pytest.mark.parametrize("own, listing, color", [
    ("es-MX", "Anillo Amatista Lila", "purple"),  # a Mexican shop's "lila" is said after it
    ("es-MX", "Lila Amethist Ring", ""),
    ("nl-NL", "Lila Amethist Ring", "purple"),
])
def test_a_shops_own_pack_decides_whether_a_colour_is_said_before_or_after_the_stone(own, listing, color):
    assert load_lexicon(DEFAULT_LOCALES, own_locale=own).stone_of(listing).color == color


def test_a_shops_own_pack_decides_a_contested_kind():
    assert load_lexicon().category_of("Alliancering goud").value == "ring"  # Danish: a ring
    assert load_lexicon(DEFAULT_LOCALES, own_locale="nl-NL").category_of("Alliancering goud").value == "wedding band"
