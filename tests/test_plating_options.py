"""A bare plating as the first variant's metal option ("Metal: Gold Plated") beside a sibling variant in
a base the lexicon names a plating over (retrieval/metal_extraction.py _plated_like_its_siblings): the
piece offered in that base, plain or plated."""

import pytest

from retrieval.config import ExtractionConfig
from retrieval.extraction import Extractor
from retrieval.product import Product, RawVariant, variant_options
from retrieval.lexicon import load_lexicon


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_lexicon(), ExtractionConfig())


def _pendant(option: str, values: list[str]) -> Product:
    variants = [RawVariant(2 + n, id=f"v{n}", sku=f"P-{n}", options={option: value}, price="120") for n, value in enumerate(values)]
    product = Product(line=2, title="Teardrop Pendant", description="Comes on a waxed cord.", kinds=["Pendants"])
    product.variants, product.options = variants, variant_options(variants)
    return product


@pytest.mark.parametrize("option, values, metal", [
    ("Metal", ["Gold Plated", "Sterling Silver"], "gold plated silver"),
    ("Metal", ["Gold Plated", "925 Silver"], "gold plated silver"),
    ("Material", ["Gold Plated", "Stainless Steel"], "gold plated steel"),
    ("Metal", ["Gold Plated"], "gold plated"),  # no sibling: no base is said
    ("Metal", ["Gold Plated", "9ct Gold"], "gold plated"),  # solid gold beside it is no base under the plating
    ("Metal", ["Sterling Silver", "Gold Plated"], "sterling silver"),  # the first variant is the plain silver
])  # fmt: skip
def test_a_bare_plating_option_takes_the_base_a_sibling_variant_is_in(extractor, option, values, metal):
    assert extractor.extract(_pendant(option, values)).facts["metal"].value == metal



def test_a_plating_offered_as_another_variant_is_no_plating_over_the_first(extractor):
    """"Choose silver or gold-plated silver" in the words, the first variant silver: the piece is silver;
    its gilded variant is a choice beside it, not a finish over it."""
    product = _pendant("Metal", ["Sterling Silver", "Gold Plated Silver"])
    product.description = "Choose sterling silver or gold plated silver."
    assert extractor.extract(product).facts["metal"].value == "sterling silver"
    product = _pendant("Metal", ["Sterling Silver"])
    product.description = "Sterling silver, gold plated."
    assert extractor.extract(product).facts["metal"].value == "gold plated silver"
