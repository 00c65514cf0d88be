"""The HTML parts around the cards: the details panel's shop links and ring-size guide, the
wishlist's export and share link, and "Ask a person". Built with ui/html.py, addresses from
ui/links.py; the shopper's words go into a mailto: body URL-encoded, never as markup."""

from __future__ import annotations

from assistant.assistant import Result
from assistant.config import ShopConfig
from assistant.dialogue import general_answer
from retrieval.vocabulary import RING_CATEGORIES
from ui.cards import price_label, shop_links
from ui.html import element, text
from ui.links import contact_url, csv_download, product_url, share_query

RING_SIZE_QUESTION = "how do I measure my ring size"  # the Assistant's know-how on measuring
RING_GUIDE_TITLE = "📏 Ring sizes and how to measure"
SIZES_LINE = "Comes in US sizes {sizes}."
NO_SIZES_LINE = "Sizes differ from piece to piece: open one to see the sizes it comes in."
CSV_NAME = "wishlist.csv"
CSV_LABEL = "⬇ Download the list (CSV)"
CSV_HEADER = ["title", "price", "currency", "metal", "stone", "link"]
SHARE_LABEL = "🔗 Link to this wishlist"
CONTACT_LABEL = "💬 Ask a person"
CONTACT_SUBJECT = "Help choosing a piece at {shop}"
CONTACT_GREETING = "Hello {shop}, I was using your shopping assistant and would like a person's help."
ASKED_HEADING = "What I asked:"
FILTERS_HEADING = "Filters:"
SAVED_HEADING = "Pieces I saved:"


def is_ring(result: Result) -> bool:
    return bool(result.ring_sizes) or result.category in RING_CATEGORIES


def ring_guide(sizes: list[float] | None) -> str:
    """The sizes a piece comes in (None: a ring search, no one piece) and how to measure."""
    line = SIZES_LINE.format(sizes=", ".join(f"{size:g}" for size in sizes)) if sizes else NO_SIZES_LINE
    how = general_answer(RING_SIZE_QUESTION) or ""
    body = element("p", text(line)) + element("p", text(how))
    return element("details", element("summary", text(RING_GUIDE_TITLE)) + body, class_="facet-ring-guide")


def detail_extras(result: Result | None, shop: ShopConfig) -> str:
    """Under a piece's details: where to buy it, and for a ring its sizes and how to measure."""
    if result is None:
        return ""
    guide = ring_guide(result.ring_sizes) if is_ring(result) else ""
    return shop_links(result, shop) + guide


def search_guide(results: list[Result]) -> str:
    """Under the cards of a ring search: how to measure."""
    return ring_guide(None) if any(is_ring(result) for result in results) else ""


def wishlist_actions(saved: list[Result], shop: ShopConfig) -> str:
    """The saved pieces as a CSV download and as a link that opens the chat with them saved."""
    if not saved:
        return ""
    rows = [CSV_HEADER] + [
        [r.title, f"{r.price:.2f}", r.currency, r.metal, r.gemstone, product_url(r, shop) or ""] for r in saved
    ]
    download = element("a", text(CSV_LABEL), href=csv_download(rows), download=CSV_NAME, class_="facet-csv")
    share = element("a", text(SHARE_LABEL), href=share_query([r.id for r in saved]), class_="facet-share")
    return element("div", download + share, class_="facet-wishlist-actions")


def handoff_body(shop: ShopConfig, words: list[str], filters: list[str], saved: list[Result]) -> str:
    """The conversation so far, as plain text for the shop's person."""
    lines = [CONTACT_GREETING.format(shop=shop.name), ""]
    if words:
        lines += [ASKED_HEADING, *(f"- {said}" for said in words), ""]
    if filters:
        lines += [FILTERS_HEADING + " " + ", ".join(filters), ""]
    if saved:
        lines += [SAVED_HEADING]
        for piece in saved:
            where = product_url(piece, shop)
            lines.append(f"- {piece.title} ({price_label(piece)}, id {piece.id})" + (f" {where}" if where else ""))
    return "\n".join(lines).strip() + "\n"


def contact_link(shop: ShopConfig, words: list[str], filters: list[str], saved: list[Result]) -> str:
    """'Ask a person', when the shop gives an email or a contact page."""
    address = contact_url(shop, CONTACT_SUBJECT.format(shop=shop.name), handoff_body(shop, words, filters, saved))
    if not address:
        return ""
    return element("a", text(CONTACT_LABEL), href=address, target="_blank", rel="noopener noreferrer", class_="facet-contact-link")
