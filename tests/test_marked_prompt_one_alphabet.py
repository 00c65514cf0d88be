"""A shop heard in its own language is prompted with its words' marked spellings only, whichever
list gives the unmarked one (a title typed without marks, a locale pack's name read so), and a
language written in two alphabets is scored for WER in one (benchmarks/wer_words.py). Fixtures
written here, from no shop's file."""

import pytest

from assistant.hearing import _marked_spellings_only, shop_hearing
from benchmarks.rescore_spoken import rescored
from benchmarks.wer_words import alphabets, edit_distance, joined_alike, normalise
from retrieval.catalog import Item
from retrieval.folding import unmarked_spellings
from retrieval.lexicon import load_lexicon, locale_words
from retrieval.script_spellings import in_latin
from retrieval.shop_vocabulary import shop_vocabulary


def serbian_item(number: int, title: str, kind: str, metal: str = "yellow gold", stone: str = "cubic zirconia") -> Item:
    return Item(id=f"B{number}", title=title, description="", category=kind, metal=metal, gemstone=stone, price=9_900, currency="RSD")


@pytest.mark.parametrize("word, spellings", [
    ("minđuše", {"minduse", "mindjuse"}), ("žutog", {"zutog"}), ("náušnice", {"nausnice"}), ("prsten", set()), ("минђуше", set()),
])  # fmt: skip
def test_the_spellings_a_marked_word_is_typed_in_without_its_marks(word, spellings):
    assert unmarked_spellings(word) == spellings


def test_a_phrase_with_any_word_typed_without_the_marks_the_list_gives_is_left_out():
    phrases = ["mindjuse", "zuto zlato", "belo zlato", "minđuše", "žuto", "prsten"]
    assert _marked_spellings_only(phrases) == ["belo zlato", "minđuše", "žuto", "prsten"]


def test_a_word_no_marked_spelling_in_the_list_stands_for_is_kept():
    """Slovak and Czech words that are whole without marks ("retiazka", "oceli", "zlata") stay when
    the list holds no marked word they are typed for."""
    phrases = ["retiazka", "biele zlato", "ocel", "oceli", "zlata", "náušnice", "prsteň"]
    assert _marked_spellings_only(phrases, ("serbian",)) == phrases


def test_a_slovak_phrase_typed_without_marks_goes_beside_its_marked_word():
    assert _marked_spellings_only(["zlte zlato", "nausnice kruhy", "žlté", "náušnice", "kruhy"]) == ["žlté", "náušnice", "kruhy"]


def test_a_serbian_shop_is_prompted_with_its_marked_words_not_the_packs_unmarked_names():
    """The sr-RS pack lists "mindjuse" and "zuto zlato" to read titles typed so: a shop whose titles
    say them once is still prompted with "minđuše" and "žutog", as speech is written."""
    lexicon = load_lexicon()
    items = [serbian_item(1, "Minđuše od žutog zlata sa cirkonima", "earrings"), serbian_item(2, "Minđuše bubice, žuto zlato", "earrings"),
             serbian_item(3, "Prsten od žutog zlata", "ring"), serbian_item(4, "Mindjuse zuto zlato", "earrings")]  # fmt: skip
    prompt = shop_hearing(items, 100, shop_vocabulary(items, lexicon), "sr", locale_words("sr-RS")).prompt
    words = prompt.rstrip(".").split(", ")
    assert "minđuše" in words and "žutog" in words
    assert not {"mindjuse", "zuto", "zuto zlato", "zutog zlata"} & set(words)


def test_a_language_written_in_two_alphabets_is_named_by_its_packs():
    assert alphabets("sr") == ("serbian",)
    assert alphabets("sk") == () and alphabets("ru") == () and alphabets(None) == ()


def test_cyrillic_letters_in_their_latin_spelling_capitals_too():
    assert in_latin("Минђуше ОД сребра, Љубав", "serbian") == "Minđuše OD srebra, Ljubav"
    assert in_latin("кольцо", "serbian") == "kolьco"  # a letter Serbian has none for is kept


def test_a_cyrillic_transcript_of_a_latin_request_has_no_word_error():
    said, heard = joined_alike(normalise("Minđuše od srebra", "sr"), normalise("Минђуше, од сребра.", "sr"))
    assert edit_distance(said, heard) == 0
    said, heard = joined_alike(normalise("Minđuše od srebra"), normalise("Минђуше, од сребра."))
    assert edit_distance(said, heard) == 3  # unless the language is named: letters compared as written


def test_a_rescored_run_reads_its_language_in_one_alphabet():
    rows = [{"voice": "sr", "said": "prsten od srebra", "heard": "Прстен од сребра."},
            {"voice": "sr", "said": "burma, roze zlato", "heard": "Бурма, роза злато."}]  # fmt: skip
    assert rescored(rows, "sr") == (round(1 / 6, 3), {"sr": round(1 / 6, 3)})
    assert rescored(rows)[0] == 1.0


def test_a_word_typed_in_latin_for_one_the_prompt_holds_in_its_own_alphabet_is_left_out():
    phrases = ["пръстен", "prasten", "prusten ot zlato", "zhalto zlato", "жълто", "obetsi", "колие"]
    # "obetsi" has no Cyrillic partner among the phrases: kept; "zlato" alone is no typing of a held word
    assert _marked_spellings_only(phrases, ("bulgarian",)) == ["пръстен", "жълто", "obetsi", "колие"]
    assert _marked_spellings_only(phrases) == phrases  # a shop heard in no transliterated language


def test_a_serbian_word_in_latin_is_no_typing_of_its_cyrillic():
    phrases = ["прстен", "prsten", "zlato"]  # Serbian's Latin is an alphabet of its own, not a transliteration
    assert _marked_spellings_only(phrases, ("serbian",)) == phrases
