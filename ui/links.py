"""Every address the page links to, built in code from the shop's settings and the catalog's
data, and checked: http(s) with a host only (never `javascript:`, `data:` or a relative path
from the catalog), each part filled in URL-encoded. The one exception is the shopper's own
wishlist as a CSV, a `data:` address made here from escaped cells.

Nothing here is Markdown: ui/html.py puts these into attributes with html.escape.
"""

from __future__ import annotations

import base64
from urllib.parse import quote, urlencode, urlsplit

from assistant.assistant import Result
from assistant.config import (
    CART_PLACEHOLDER,
    PRODUCT_PLACEHOLDER,
    WEB_SCHEMES,
    ShopConfig,
)

SAVED_PARAM = "saved"  # the share link's query parameter, once per saved id
MAILTO_BODY_CHARS = 1_800  # mail apps cut longer mailto: addresses (about 2,000 characters)
CSV_MEDIA_TYPE = "data:text/csv;charset=utf-8;base64,"
# A spreadsheet runs a cell that starts with one of these as a formula: such cells get a quote first.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def web_url(address: str | None) -> str | None:
    """`address` when it is an absolute http(s) address with a host and no spaces or control
    characters, else None."""
    if not address or any(character.isspace() or ord(character) < 32 for character in address):
        return None
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return address


def product_url(result: Result, shop: ShopConfig) -> str | None:
    """The piece's page in the shop: its own `url`, else the shop's pattern filled with its handle."""
    own = web_url(result.url)
    if own:
        return own
    if shop.product_url_pattern and result.handle:
        return web_url(shop.product_url_pattern.replace(PRODUCT_PLACEHOLDER, quote(result.handle, safe="")))
    return None


def cart_url(result: Result, shop: ShopConfig) -> str | None:
    """The shop's add-to-cart address for the piece's first variant (Shopify's /cart/add?id=)."""
    if not (shop.cart_url_pattern and result.variant_ids):
        return None
    return web_url(shop.cart_url_pattern.replace(CART_PLACEHOLDER, quote(str(result.variant_ids[0]), safe="")))


def contact_url(shop: ShopConfig, subject: str, body: str) -> str | None:
    """A person at the shop: an email with the conversation prefilled (URL-encoded text, cut
    to what mail apps take), else the shop's contact page, else None."""
    if shop.contact_email:
        query = urlencode({"subject": subject, "body": body[:MAILTO_BODY_CHARS]}, quote_via=quote)
        return f"mailto:{quote(shop.contact_email, safe='@')}?{query}"
    return web_url(shop.contact_url)


def share_query(item_ids: list[str]) -> str:
    """The query string of a link that opens the chat with these pieces saved."""
    return "?" + urlencode([(SAVED_PARAM, item_id) for item_id in item_ids], quote_via=quote)


def csv_download(rows: list[list[str]]) -> str:
    """A `data:` address of a CSV file (base64: no text of it reads as an address): every cell quoted, formula leads defused."""
    lines = [",".join(_csv_cell(cell) for cell in row) for row in rows]
    return CSV_MEDIA_TYPE + base64.b64encode(("\r\n".join(lines) + "\r\n").encode("utf-8")).decode("ascii")


def _csv_cell(cell: str) -> str:
    text = str(cell)
    if text.startswith(FORMULA_LEADS):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"'
