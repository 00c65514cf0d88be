"""Gold platings in a request: said before the silver they cover, or with a word that itself means a
plating over silver (vermeil), they ask for the plating over silver only, never any plating and never
solid silver. The wording of these tests is this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary

METALS = ["yellow gold", "rose gold", "sterling silver", "gold plated silver", "gold plated brass", "gold plated"]


@pytest.fixture(scope="module")
def plated_shop():
    items = [Item(id=f"p{n}", title=f"Piece {n}", price=100 + n, currency="CAD", category=kind, metal=metal)
             for n, (kind, metal) in enumerate((k, m) for k in ("earrings", "choker", "ring") for m in METALS)]  # fmt: skip
    return shop_vocabulary(items, load_lexicon())


@pytest.mark.parametrize("said", ["gold polish silver choker", "a gold plated sterling silver choker",
                                  "rose gold plated silver ring", "pink gold vermeil hoops", "gold vermeil studs"])  # fmt: skip
def test_the_plating_over_silver(plated_shop, said):
    assert understand(said, "CAD", vocabulary=plated_shop).constraints.metals == ["gold plated silver"]


def test_a_plain_plating_is_still_any_plating(plated_shop):
    assert "gold plated brass" in understand("gold plated earrings", "CAD", vocabulary=plated_shop).constraints.metals
