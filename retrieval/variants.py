"""What a product sells for: its price (the cheapest variant's, the one every price filter uses),
the highest price when variants differ, the cheapest variant's compare-at price, whether any
variant is in stock, the currency, its variants, and the ring sizes among its options.

Prices are read as shops write them (retrieval/prices.py). The currency is the product's currency
column, else the one its price cells name, else the shop's (`FACET_CURRENCY`, `--currency`).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from retrieval.folding import folded, words_of
from retrieval.product import Product, RawVariant
from retrieval.lexicon_tables import Currency
from retrieval.prices import Price, PriceError, parse_price
from retrieval.vocabulary import (
    RING_SIZE_MAX,
    RING_SIZE_MIN,
    RING_SIZE_STEP,
    UK_HALF_LETTER,
    UK_RING_SIZES,
    US_DIAMETER_AT_ZERO_MM,
    US_DIAMETER_PER_SIZE_MM,
    ring_size_diameter,
)

SIZE_OPTION_WORDS = {"size", "sizes"}
US_SIZE = re.compile(r"(?:us\s*)?(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?")  # "7", "7.5", "US 7", "7 1/2"
UK_SIZE = re.compile(r"(?:uk\s*)?([a-z])\s*(½|1/2|\.5)?")  # "N", "N½", "UK N 1/2"
LOCAL_SIZE = re.compile(r"(\d{1,2}(?:[.,]\d+)?)(?:\s*(?:mm|мм))?")  # "52", "52 mm", "16,5" (a decimal comma: Russian sizes)


def offer(product: Product, currencies: dict[str, Currency], shop_currency: str) -> tuple[dict[str, Any], bool]:
    """The item fields of what the product sells for, and whether the file named their currency
    (a currency column or a symbol in a price cell); a ValueError for a price that is not one."""
    dollar = shop_currency if currencies.get(shop_currency) and currencies[shop_currency].dollar else "USD"
    if not product.variants:
        if product.price is None:
            raise ValueError("price: Field required")
        price = _price(product.price, "price", product.line, product.line, currencies, dollar)
        compare_at = _price(product.compare_at_price, "compare_at_price", product.line, product.line, currencies, dollar)
        price_max = _price(product.price_max, "price_max", product.line, product.line, currencies, dollar)
        cells = [price, compare_at, price_max]
        return {
            "price": price.amount, "price_max": price_max.amount if price_max else None,
            "compare_at_price": _above(compare_at, price), "currency": product.currency or _currency(cells, shop_currency),
            **({"in_stock": product.in_stock} if product.in_stock is not None else {}),
        }, _named(product, cells)  # fmt: skip
    priced = [(variant, *_variant_prices(variant, product, currencies, dollar)) for variant in product.variants]
    cheapest = min(priced, key=lambda entry: entry[1].amount)
    amounts = [entry[1].amount for entry in priced]
    in_stock = [_stocked(variant, product) for variant in product.variants]
    cells = [price for _, price, compare in priced for price in (price, compare)]
    return {
        "price": min(amounts),
        "price_max": max(amounts) if max(amounts) > min(amounts) else None,
        "compare_at_price": _above(cheapest[2], cheapest[1]),
        "currency": product.currency or _currency(cells, shop_currency),
        "in_stock": any(in_stock),
        "variants": [
            {"id": variant.id, "sku": variant.sku, "options": variant.options, "price": price.amount,
             "compare_at_price": _above(compare, price), "in_stock": stocked, "image": variant.image}
            for (variant, price, compare), stocked in zip(priced, in_stock)
        ],
    }, _named(product, cells)  # fmt: skip


def _variant_prices(variant: RawVariant, product: Product, currencies, dollar) -> tuple[Price, Price | None]:
    raw = variant.price if variant.price is not None else product.price
    if raw is None:
        raise ValueError(f"price: the variant on line {variant.line} has no price")
    price = _price(raw, "price", variant.line, product.line, currencies, dollar)
    compare = variant.compare_at_price if variant.compare_at_price is not None else product.compare_at_price
    return price, _price(compare, "compare_at_price", variant.line, product.line, currencies, dollar)


def _price(raw: Any, name: str, line: int, product_line: int, currencies, dollar: str) -> Price | None:
    if raw is None or raw == "":
        return None
    try:
        return parse_price(raw, currencies, dollar)
    except PriceError as error:
        where = f" (the variant on line {line})" if line != product_line else ""
        raise ValueError(f"{name}: {error}{where}") from None


def _above(compare: Price | None, price: Price | None) -> float | None:
    """A compare-at price only when it is above the price (a sale); else none."""
    return compare.amount if compare and price and compare.amount > price.amount else None


def _named(product: Product, prices: list[Price | None]) -> bool:
    return bool(product.currency) or any(price and price.currency for price in prices)


def _currency(prices: list[Price | None], shop_currency: str) -> str:
    named = {price.currency for price in prices if price and price.currency}
    if len(named) > 1:
        raise ValueError(f"price: the prices are in {' and '.join(sorted(named))}; one product is priced in one currency")
    return named.pop() if named else shop_currency


def _stocked(variant: RawVariant, product: Product) -> bool:
    if variant.in_stock is not None:
        return variant.in_stock
    return product.in_stock if product.in_stock is not None else True


def ring_sizes(options: dict[str, list[str]], counted: Mapping[str, str] | None = None) -> list[float]:
    """US ring sizes from an option named like "Ring Size" whose every value is one ("7", "US 7.5",
    "7 1/2", UK "N½"), or from an option a locale names with the way its sizes count (`counted`,
    the lexicon's [ring_size] options: Thai "ไซส์" 52, a circumference in mm, is US 6); [] when there is
    no such option or a value is not a ring size."""
    counted = counted or {}
    for name, values in options.items():
        count = counted.get(folded(name).strip())
        if not (count or set(words_of(name)) & SIZE_OPTION_WORDS) or not isinstance(values, list):
            continue
        sizes = [_counted_size(str(value), count) if count else _ring_size(str(value)) for value in values]
        if sizes and all(size is not None for size in sizes):
            return sorted(set(sizes))
    return []


def _counted_size(value: str, count: str) -> float | None:
    """A size counted as a locale counts it ("52": a circumference of 52 mm) as the nearest US quarter size."""
    number = LOCAL_SIZE.fullmatch(value.strip())
    if not number:
        return None
    diameter = ring_size_diameter(count, float(number.group(1).replace(",", ".")))
    size = round((diameter - US_DIAMETER_AT_ZERO_MM) / US_DIAMETER_PER_SIZE_MM / RING_SIZE_STEP) * RING_SIZE_STEP
    return size if RING_SIZE_MIN <= size <= RING_SIZE_MAX else None


def _ring_size(value: str) -> float | None:
    text = value.strip().lower()
    us = US_SIZE.fullmatch(text)
    if us:
        size = float(us.group(1)) + (int(us.group(2)) / int(us.group(3)) if us.group(2) else 0.0)
    else:
        uk = UK_SIZE.fullmatch(text)
        if not uk or uk.group(1) not in UK_RING_SIZES:
            return None
        size = UK_RING_SIZES[uk.group(1)] + (UK_HALF_LETTER if uk.group(2) else 0.0)
    on_step = (size / RING_SIZE_STEP).is_integer()
    return size if RING_SIZE_MIN <= size <= RING_SIZE_MAX and on_step else None
