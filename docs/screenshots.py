"""The README's pictures of the web chat: a phone (390 px) and a desktop (1280 px) after a search,
and the chat embedded in a plain shop page. The demo catalog is shown as a shop's export (a handle
and a variant id on every piece) with a shop's name, colours, product and cart addresses and contact.

    python docs/screenshots.py [--data-dir DIR]

Needs Debian's chromium (and fonts-noto-color-emoji for the emoji). Writes docs/*.jpg (JPEG: the photos keep each picture small).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
DEMO_ITEMS = 120
SHOP = {
    "name": "Hollis & Wren", "colors": {"primary": "#1f5c4a", "accent": "#8a4b00"},
    "product_url_pattern": "https://hollis.example/products/{handle}",
    "cart_url_pattern": "https://hollis.example/cart/add?id={variant_id}&quantity=1",
    "contact_email": "help@hollis.example",
}  # fmt: skip
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
WAIT_MS = 180_000
JPEG_QUALITY = 80
SHOP_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Hollis &amp; Wren</title></head>
<body style="margin:0;font-family:Georgia,serif;background:#f4efe8;color:#222">
<header style="padding:18px 32px;background:#1f5c4a;color:#fff;font-size:22px">Hollis &amp; Wren
<span style="font-size:15px;opacity:.85">— fine jewellery since 1921 · Rings · Necklaces · Earrings · Visit us</span></header>
<main style="padding:12px 32px"><h2 style="margin:8px 0">Ask our jewellery assistant</h2>
<iframe src="{url}" title="Jewellery assistant" style="width:100%;height:820px;border:1px solid #d8d0c4;border-radius:8px;background:#fff" allow="microphone"></iframe>
</main></body></html>"""


def shop_catalog(demo_dir: Path, folder: Path) -> Path:
    rows = [json.loads(line) for line in (demo_dir / "catalog.jsonl").read_text().splitlines() if line.strip()]
    for number, row in enumerate(rows):
        row["handle"] = re.sub(r"[^a-z0-9]+", "-", row["title"].lower()).strip("-")
        row["variant_ids"] = [str(40_000 + number)]
    catalog = folder / "catalog.jsonl"
    catalog.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    return catalog


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ask(page, frame, text: str) -> None:
    frame.locator("#facet-input textarea").fill(text)
    frame.locator("#facet-input textarea").press("Enter")
    frame.locator("#facet-cards .facet-card").first.wait_for()
    page.wait_for_timeout(1_500)  # the pictures and the answer settle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.mkdtemp(prefix="facet-docs-")))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from assistant.assistant import Assistant
    from assistant.config import Settings
    from ui.page import serve

    demo = Settings(data_dir=args.data_dir / "demo", demo={"items": DEMO_ITEMS}, llm={"backend": "template"})
    Assistant.from_settings(demo).ensure_demo_catalog(progress=False)
    settings = Settings(data_dir=args.data_dir / "shop", llm={"backend": "template"}, shop=SHOP)
    assistant = Assistant.from_settings(settings)
    if assistant.index.count() == 0:
        assistant.ingest(shop_catalog(demo.demo_dir, args.data_dir), images=demo.demo_dir, progress=False)
    app = serve(assistant, host="127.0.0.1", port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            for name, viewport, query in (("phone", PHONE, "rose gold ring under $800"), ("desktop", DESKTOP, "gold earrings under $1,000")):
                page = browser.new_page(viewport=viewport, device_scale_factor=2 if name == "phone" else 1)
                page.set_default_timeout(WAIT_MS)
                page.goto(app.local_url)
                ask(page, page, query)
                if name == "desktop":
                    page.locator("#facet-cards .facet-open").first.click()
                    page.locator("#facet-save").click()
                    page.locator("#facet-wishlist-summary").filter(has_text="1 saved").wait_for()
                    page.evaluate("window.scrollTo(0, 0)")  # the answer and the cards, as the shopper first sees them
                    page.wait_for_timeout(1_000)
                page.screenshot(path=str(DOCS / f"screenshot-{name}.jpg"), type="jpeg", quality=JPEG_QUALITY)
                page.close()
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.set_default_timeout(WAIT_MS)
            page.set_content(SHOP_PAGE.replace("{url}", app.local_url))
            frame = page.frame_locator("iframe")
            ask(page, frame, "a sapphire necklace")
            page.screenshot(path=str(DOCS / "embedded.jpg"), type="jpeg", quality=JPEG_QUALITY)
            browser.close()
    finally:
        app.close()
    time.sleep(0.5)
    print("wrote", ", ".join(str(DOCS / name) for name in ("screenshot-phone.jpg", "screenshot-desktop.jpg", "embedded.jpg")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
