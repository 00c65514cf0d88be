"""HTML built in code, for the parts of the page that link somewhere (cards, the details panel's
shop links, the wishlist's export, the contact link). Every text goes through html.escape, every
attribute value too, and every address comes from ui/links.py (checked http(s), URL-encoded parts).
Nothing from the catalog or the shopper ever becomes markup."""

from __future__ import annotations

from html import escape

NEW_TAB = {"target": "_blank", "rel": "noopener noreferrer"}


def text(value: object) -> str:
    """Text as HTML that shows exactly the text."""
    return escape(str(value), quote=True)


def attributes(values: dict[str, object]) -> str:
    """ name="value" pairs, escaped; None and False leave an attribute out, True writes it bare."""
    parts = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        parts.append(f" {name}" if value is True else f' {name}="{text(value)}"')
    return "".join(parts)


def element(tag: str, inner: str = "", **attrs: object) -> str:
    """<tag attrs>inner</tag>; `inner` must already be HTML (from text() or element())."""
    return f"<{tag}{attributes(_names(attrs))}>{inner}</{tag}>"


def link(address: str, label: str, **attrs: object) -> str:
    """A link that opens in a new tab, to an address ui/links.py checked."""
    return element("a", text(label), href=address, **NEW_TAB, **attrs)


def _names(attrs: dict[str, object]) -> dict[str, object]:
    """class_ -> class, aria_label -> aria-label, data_index -> data-index."""
    return {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
