"""The words a shop's stone column and an owner's correction write for none are one list, the
lexicon's [no_value] (retrieval/lexicon/jewelry.toml): both read each of them as no stone."""

import pytest

from retrieval.config import ExtractionConfig
from retrieval.corrections import Corrections
from retrieval.extraction import Extractor
from retrieval.facts import COLUMN
from retrieval.product import Product
from retrieval.lexicon import load_lexicon
from retrieval.reading import NO_STONE


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("written", ["none", "N/A", "nil", "-", "No stone", "plain"])
def test_a_stone_column_and_a_correction_read_the_same_words_as_no_stone(tmp_path, lexicon, written):
    extraction = Extractor(lexicon, ExtractionConfig()).extract(Product(1, title="Band Ring", id="r1", given={"gemstone": written}))
    assert (extraction.facts["gemstone"].value, extraction.facts["gemstone"].source) == (NO_STONE, COLUMN)
    owner = tmp_path / "review.csv"
    owner.write_text(f"id,field,correct value\nr1,gemstone,{written}\n", encoding="utf-8")
    corrections = Corrections(tmp_path / "data", lexicon)
    assert corrections.merge(owner) == (1, [])
    ruby = Extractor(lexicon, ExtractionConfig()).extract(Product(1, title="Ruby Ring", id="r1"))
    corrections.apply("r1", ruby)
    assert ruby.facts["gemstone"].value == NO_STONE and "gemstone_color" not in ruby.facts


def test_a_stone_named_in_the_column_is_not_read_as_none(lexicon):
    extraction = Extractor(lexicon, ExtractionConfig()).extract(Product(1, title="Band Ring", id="r1", given={"gemstone": "ruby"}))
    assert extraction.facts["gemstone"].value == "ruby"
