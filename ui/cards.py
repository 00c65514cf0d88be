"""The product cards: picture (tap for a larger one), title, price, facts, why it matched, and
where to buy it. A swipeable row on a phone, a grid on a wide screen (ui/static/facet.css).
Sorting by price is a presentation choice over the cards on screen."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer import format_price
from assistant.assistant import Result
from assistant.config import ShopConfig
from retrieval.reading import NO_STONE  # Result.gemstone of a piece without a stone
from ui.html import element, link, text
from ui.links import cart_url, product_url

WHY_PREFIX = "Why: "
VIEW_LABEL = "View in shop"
CART_LABEL = "Add to cart"
ZOOM_LABEL = "Larger photo: {title}"
CLOSE_LABEL = "Close"
CARDS_LABEL = "Matching pieces"
PHOTO_PX = 256  # the picture's intrinsic size, so the layout does not jump as it loads

RELEVANCE, PRICE_LOW, PRICE_HIGH = "Best match", "Price: low to high", "Price: high to low"
SORTS = (RELEVANCE, PRICE_LOW, PRICE_HIGH)


def price_label(result: Result) -> str:
    """$420, or $420–$610 when the piece's variants differ in price."""
    phrases = result.phrases
    low = format_price(result.price, result.currency, phrases)
    if result.price_max and result.price_max > result.price:
        return phrases.say("price_range", low=low, high=format_price(result.price_max, result.currency, phrases))
    return low


def facts(result: Result) -> list[str]:
    shown = [result.metal]
    if result.gemstone and result.gemstone != NO_STONE:
        shown.append(result.gemstone)
    if result.also_in:
        shown.append(result.also_in)
    shown.append(result.phrases.say("in_stock" if result.in_stock else "out_of_stock"))
    return shown


def card_caption(result: Result) -> str:
    """'Title — $price · metal · stone · stock', then why it matched on the next line (plain text)."""
    return f"{result.title} — {' · '.join([price_label(result), *facts(result)])}\n{WHY_PREFIX}{result.why}"


def sorted_results(results: list[Result], order: str) -> list[Result]:
    """The cards on screen in the shopper's order: the Assistant's ranking, or by price."""
    if order == PRICE_LOW:
        return sorted(results, key=lambda result: result.price)
    if order == PRICE_HIGH:
        return sorted(results, key=lambda result: -(result.price_max or result.price))
    return list(results)


def shop_links(result: Result, shop: ShopConfig) -> str:
    """'View in shop' and 'Add to cart', each only where the shop or the catalog gives an address."""
    shown = []
    if page := product_url(result, shop):
        shown.append(link(page, VIEW_LABEL, class_="facet-shop-link", aria_label=f"{VIEW_LABEL}: {result.title}"))
    if cart := cart_url(result, shop):
        shown.append(link(cart, CART_LABEL, class_="facet-cart-link", aria_label=f"{CART_LABEL}: {result.title}"))
    return element("div", "".join(shown), class_="facet-actions") if shown else ""


def cards_html(results: list[Result], shop: ShopConfig, picture: Callable[[str], str]) -> str:
    """Every card, in order; `picture` gives an image address for an item's picture."""
    if not results:
        return ""
    cards = "".join(_card(position, result, shop, picture(result.image)) for position, result in enumerate(results))
    return element("ul", cards, class_="facet-cardlist", aria_label=CARDS_LABEL) + zoom_dialog()


def photo_html(result: Result, picture: str) -> str:
    """A piece's picture on its own (the details panel), tap for a larger one."""
    return _photo(result, picture) + zoom_dialog()


def zoom_dialog() -> str:
    """Where a tapped photo opens large (ui/static/cards.js fills it in)."""
    return element(
        "dialog",
        element("img", alt="", class_="facet-zoom-img") + element("button", text(CLOSE_LABEL), type="button", class_="facet-zoom-close"),
        class_="facet-zoom", aria_label="Photo",
    )  # fmt: skip


def _photo(result: Result, picture: str) -> str:
    return element(
        "button", element("img", src=picture, alt=result.title, loading="lazy", width=PHOTO_PX, height=PHOTO_PX),
        type="button", class_="facet-photo", aria_label=ZOOM_LABEL.format(title=result.title),
    )  # fmt: skip


def _card(position: int, result: Result, shop: ShopConfig, picture: str) -> str:
    photo = _photo(result, picture)
    title = element("button", text(result.title), type="button", class_="facet-open")
    line = " · ".join([element("span", text(price_label(result)), class_="facet-price"), *map(text, facts(result))])
    why = element("span", text(WHY_PREFIX + result.why), class_="facet-why")
    caption = element("p", f"{title} — {line}<br>{why}", class_="facet-caption")
    return element("li", photo + caption + shop_links(result, shop), class_="facet-card", data_index=position)
