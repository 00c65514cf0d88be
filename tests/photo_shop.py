"""A small shop of made-up pieces and the photo + words path over it (understanding, the pictured
piece's kind, what carries over from it: assistant/photo_reference.py), shared by the photo + words tests."""

from assistant.photo_kind import PhotoKind, with_photo_kind
from assistant.photo_reference import carry_over
from assistant.understanding import understand
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import shop_vocabulary


class PhotoShop:
    def __init__(self, catalog: list[tuple]):
        """`catalog`: (id, category, metal, karat, stone, price) rows, priced in EUR."""
        self.items = {key: Item(id=key, title=key, price=price, currency="EUR", category=kind, metal=metal, karat=karat, gemstone=stone)
                      for key, kind, metal, karat, stone, price in catalog}  # fmt: skip
        self.vocabulary = shop_vocabulary(self.items.values(), load_lexicon())

    def search(self, words: str, photo_of: str) -> tuple[Constraints, tuple[str, ...]]:
        """The constraints a photo of `photo_of` with `words` ends with, and what was kept from the photo."""
        said = understand(words, "EUR", vocabulary=self.vocabulary)
        pictured = self.items[photo_of]
        constraints = with_photo_kind(said.constraints, said.constraints, PhotoKind(pictured.category, True))
        carried = carry_over(constraints, said.constraints, pictured, self.vocabulary,
                             lambda c: any(c.allows(item) for item in self.items.values()))  # fmt: skip
        return carried.constraints, carried.kept

    def found(self, constraints: Constraints) -> set[str]:
        return {key for key, item in self.items.items() if constraints.allows(item)}
