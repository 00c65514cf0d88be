"""The shop's look on the page: its name and logo in the header, its colours in the page's CSS
(ui/static/facet.css reads them as CSS variables). The logo is inlined as a data: address, so no
folder beyond the images folder is ever served."""

from __future__ import annotations

import base64
from pathlib import Path

import gradio as gr

from assistant.config import ShopConfig
from ui.html import element, text

STATIC = Path(__file__).parent / "static"
STYLESHEET = STATIC / "facet.css"
CARDS_SCRIPT = STATIC / "cards.js"
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
MAX_LOGO_BYTES = 200_000
LOGO_HEIGHT = 40
# The phone's own fonts: no font files to download before the text settles (about 110-145 KB).
SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif")
SYSTEM_MONO = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")
TAGLINE = "Ask for jewelry in your own words, attach or paste a photo of a piece you like, or just say it out loud."


class LogoError(ValueError):
    """shop.logo names no usable picture."""


def logo_file(shop: ShopConfig, data_dir: Path) -> Path | None:
    """The logo's file: an asset shipped in ui/static by name, else a path inside the data folder."""
    if not shop.logo:
        return None
    asset = (STATIC / shop.logo).resolve()
    if asset.parent == STATIC.resolve() and asset.is_file():
        return asset
    root = Path(data_dir).resolve()
    path = (root / shop.logo).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise LogoError(f"shop.logo {shop.logo!r} is neither an asset in ui/static nor a file inside the data folder {root}")
    return path


def logo_address(path: Path) -> str:
    """The logo as a data: address (an <img> never runs an SVG's scripts)."""
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise LogoError(f"shop.logo must be one of {', '.join(LOGO_TYPES)}: {path.name}")
    data = path.read_bytes()
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(f"shop.logo is {len(data):,} bytes; the limit is {MAX_LOGO_BYTES:,}")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def header_html(shop: ShopConfig, data_dir: Path) -> str:
    """The shop's logo and name, and what the chat does."""
    path = logo_file(shop, data_dir)
    logo = element("img", src=logo_address(path), alt="", height=LOGO_HEIGHT, class_="facet-logo") if path else ""
    title = element("h1", logo + element("span", text(shop.name)), class_="facet-shop-name")
    return element("header", title + element("p", text(TAGLINE), class_="facet-tagline"), class_="facet-header")


def page_css(shop: ShopConfig) -> str:
    """The page's stylesheet with the shop's colours (validated #rrggbb) as variables."""
    colors = f":root {{ --facet-primary: {shop.colors.primary}; --facet-accent: {shop.colors.accent}; }}\n"
    return colors + STYLESHEET.read_text(encoding="utf-8")


def page_theme() -> gr.themes.Theme:
    """Gradio's default look in the system's fonts (the shop's colours come in through page_css)."""
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=SYSTEM_MONO)


def cards_script() -> str:
    return CARDS_SCRIPT.read_text(encoding="utf-8")
