"""The price-range control: its bounds from the catalog's prices, its position from the budget in
force, and a move of it as the words a shopper would type ("between $200 and $800"), so the
Assistant decides what a budget means exactly as when it is typed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistant.answer import format_price

SLIDER_STEP = 10  # in the catalog's currency
PRICE_FIELD = "price"  # each indexed item's price, in its metadata
DEFAULT_CEILING = 1_000  # the range of an empty catalog


@dataclass(frozen=True)
class PriceRange:
    floor: float = 0
    ceiling: float = DEFAULT_CEILING

    @classmethod
    def of_prices(cls, prices: list[float]) -> PriceRange:
        if not prices:
            return cls()
        floor = math.floor(min(prices) / SLIDER_STEP) * SLIDER_STEP
        return cls(floor, max(floor + SLIDER_STEP, math.ceil(max(prices) / SLIDER_STEP) * SLIDER_STEP))

    def clamp(self, value: float | None, default: float) -> float:
        if value is None or not math.isfinite(value):
            return default
        return min(max(float(value), self.floor), self.ceiling)

    def position(self, constraints: dict) -> tuple[float, float]:
        """Where the two handles sit for the budget in force (the ends when there is none)."""
        return self.clamp(constraints.get("price_min"), self.floor), self.clamp(constraints.get("price_max"), self.ceiling)

    def words(self, low: float | None, high: float | None, currency: str) -> str | None:
        """The budget the handles give, as a shopper says it; None at both ends (no budget)."""
        low, high = sorted((self.clamp(low, self.floor), self.clamp(high, self.ceiling)))
        at_floor, at_ceiling = low <= self.floor, high >= self.ceiling
        if at_floor and at_ceiling:
            return None
        if at_floor:
            return f"under {format_price(high, currency)}"
        if at_ceiling:
            return f"over {format_price(low, currency)}"
        return f"between {format_price(low, currency)} and {format_price(high, currency)}"


def catalog_prices(index) -> list[float]:
    """Every indexed item's price, from the index's metadata (no model work)."""
    return [float(meta[PRICE_FIELD]) for page in index.pages("text") for meta in page["metadatas"] if PRICE_FIELD in meta]
