"""WER words read alike in every language (benchmarks/wer_words.py): numbers said as words are
their digits on both sides, a compound written whole or in parts is one word on both sides."""

import pytest

from benchmarks.wer_words import characters_apart, joined_alike, normalise, numbers_said


@pytest.mark.parametrize("said, read", [
    ("trauringe in fünfhundertfünfundachtziger weißgold", "trauringe in 585 er weißgold"),
    ("creolen aus 585er gelbgold", "creolen aus 585 er gelbgold"),  # Whisper's digits read as the words are
    ("maximal fünfzehnhundert euro", "maximal 1500 euro"),
    ("unter achtzig euro", "unter 80 euro"),
    ("eine goldkette für einen anhänger oder einer", "eine goldkette für einen anhänger oder einer"),  # articles stay
    ("gelang emas dua puluh empat karat", "gelang emas 24 karat"),
    ("kalung emas tujuh belas karat", "kalung emas 17 karat"),
    ("di bawah lima ratus ribu", "di bawah 500000"),
    ("di bawah 500 ribu", "di bawah 500000"),
    ("perak sembilan dua lima", "perak 925"),  # digits said one by one
    ("budgetnya sepuluh juta", "budgetnya 10000000"),
    ("a ring under five hundred", "a ring under five hundred"),  # English is benchmarks/speech.py's
])  # fmt: skip
def test_numbers_said_as_words_are_read_as_digits(said, read):
    assert numbers_said(said.split()) == read.split()


def test_a_compound_written_whole_or_in_parts_is_one_word_on_both_sides():
    reference, hypothesis = joined_alike("ohrstecker in gelbgold".split(), "ohr stecker in gelb gold".split())
    assert reference == hypothesis == ["ohrstecker", "in", "gelbgold"]
    said, heard = joined_alike("ear rings in gold".split(), "earrings in gold".split())  # either side
    assert said == heard == ["earrings", "in", "gold"]
    assert joined_alike(["rose", "gold"], ["rosegold", "ring"]) == (["rosegold"], ["rosegold", "ring"])


def test_a_script_written_without_spaces_is_scored_per_character():
    assert characters_apart(["k18のピアス", "gold"]) == ["k18", "の", "ピ", "ア", "ス", "gold"]
    assert normalise("K18のピアス、五万円") == ["k18", "の", "ピ", "ア", "ス", "五", "万", "円"]
    assert normalise("귀걸이 14k 골드") == ["귀걸이", "14", "karat", "골드"]  # Korean is written with spaces
