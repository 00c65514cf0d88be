"""The request speller (assistant/understanding/spelling.py) corrects a word only towards a word of a
language the request is written in: English's, and those of the languages its other words show. A
word some pack writes is no typo of another pack's word, and the plurals and case forms built for
reading are no targets outside English. Every locale pack is loaded (the default lexicon), so each
request below has another pack's stone word one or two letters from one of its words. The requests
are this file's own, not any held-out shop's."""

import pytest

from assistant.understanding import understand
from assistant.understanding import spelling
from assistant.understanding.phrases import phrase_table


def read(text: str):
    return understand(text).constraints


def said(text: str) -> list[str]:
    return spelling.normalise(text, phrase_table()).split()


# (request, its word near another pack's word, that word, the pack's language, what the request asks for)
NEAR_MISSES = [
    ("safirbla ring i silver", "safirbla", None, None, ([], ["sterling silver"])),  # sapphire blue, a colour
    ("örhängen med rubinröda stenar", "rubinroda", "rubinova", "cs", ([], [])),  # ruby-red stones: a colour
    ("pierścionki robione ręcznie", "robione", "robijnen", "nl", ([], [])),  # rings made by hand
    ("přívěsek z perleť", "perlet", "perlen", "de", ([], [])),  # mother of pearl is no pearl
    ("cercei cu cinci pietre", "cinci", "cincin", "id", ([], [])),  # earrings with five stones: no ring
]


@pytest.mark.parametrize("text, word, other, language, asked", NEAR_MISSES)
def test_a_near_miss_of_another_packs_word_keeps_its_meaning(text, word, other, language, asked):
    assert word in said(text)
    constraints = read(text)
    assert (constraints.gemstones, constraints.metals) == asked


def test_the_romanian_request_asks_for_earrings_alone():
    assert read("cercei cu cinci pietre").categories == ["earrings"]


@pytest.mark.parametrize("text, word, other, language, asked", [case for case in NEAR_MISSES if case[2]])
def test_the_other_packs_word_is_a_target_in_its_own_language(text, word, other, language, asked):
    """The near misses are real: the other pack's word is a target, in its language's requests."""
    assert language in spelling.TARGET_LANGUAGES[other]
    assert spelling._correct(word, frozenset({"en"})) == word
    if word not in spelling.WRITTEN_WORDS:  # a word of no pack: the request's language alone keeps it
        assert spelling._correct(word, frozenset({"en", language})) == other


def test_the_swedish_colours_are_kept_by_the_rule_not_by_a_word_list():
    # a colour its listings name, and a request's (tests/test_stone_colors_languages.py): a phrase word now
    assert spelling._correct("safirbla", frozenset({"en", "sv"})) == "safirbla"
    assert "safirbla" in spelling.WRITTEN["sv"]
    assert not {"robione", "perlet"} & spelling.WRITTEN_WORDS  # words of no pack at all
    assert "rubinroda" in spelling.WRITTEN["sv"]  # ruby-red stones, as a Swedish request says them (sv-SE.colors.toml)


def test_forms_built_for_another_languages_word_are_no_targets():
    assert "safirul" in spelling.FUZZY_TARGETS and "ro" in spelling.TARGET_LANGUAGES["safirul"]
    assert "safiruls" not in spelling.FUZZY_TARGETS  # an English plural of a Romanian word
    assert "en" in spelling.TARGET_LANGUAGES["bracelets"]
    assert "en" in spelling.TARGET_LANGUAGES["jhumkas"]  # an English plural of an Indian English word


@pytest.mark.parametrize("text, fixed, kinds, stones", [
    ("en braclet i silver", "bracelet", ["bracelet"], []),
    ("saphire ring i guld", None, ["ring", "engagement ring", "wedding band"], ["sapphire"]),
    ("halsband med parlor", "pärlor", ["necklace", "pendant"], ["pearl"]),  # its marks given back
    ("neckalce ze srebra", "necklace", ["necklace"], []),
    ("pierscionek ze zlota", None, ["ring", "engagement ring", "wedding band"], []),
    ("pierscionk z brylantem", "pierscionek", ["ring", "engagement ring", "wedding band"], ["diamond"]),
    ("braclet ze stříbra", "bracelet", ["bracelet"], []),
    ("nahrdelnk s granatem", "nahrdelnik", ["necklace"], ["garnet"]),
    ("saphire prsten", None, ["ring", "engagement ring", "wedding band"], ["sapphire"]),
    ("neckalce din aur", "necklace", ["necklace"], []),
    ("colierr cu perle", "colier", ["necklace"], ["pearl"]),
    ("inel cu saphire", None, ["ring", "engagement ring", "wedding band"], ["sapphire"]),
])  # fmt: skip
def test_typos_are_still_corrected_in_each_language(text, fixed, kinds, stones):
    if fixed:
        assert fixed in said(text)
    constraints = read(text)
    assert (constraints.categories, constraints.gemstones) == (kinds, stones)


def test_the_requests_language_decides_what_a_word_is_a_typo_of():
    assert "perlen" in said("halskette mit perlet")  # German: pearls
    assert "perlet" in said("přívěsek z perleť")  # Czech: mother of pearl
