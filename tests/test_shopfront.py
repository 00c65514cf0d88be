"""The shop floor's parts without a browser: every address checked and URL-encoded, every text
escaped, the CSV defused, the price control's words, the sort, the share link and the budget
handlers (the real Assistant over the demo catalog where results are needed)."""

import base64
import json
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import gradio as gr
import pytest
from pydantic import ValidationError

from assistant.assistant import Result
from assistant.config import ShopConfig
from ui.budget import PriceRange
from ui.cards import PRICE_HIGH, PRICE_LOW, RELEVANCE, cards_html, sorted_results
from ui.links import (
    MAILTO_BODY_CHARS,
    cart_url,
    contact_url,
    csv_download,
    product_url,
    share_query,
    web_url,
)
from ui.panels import contact_link, detail_extras, handoff_body, wishlist_actions
from ui.theme import LogoError, header_html, logo_file, page_css
from ui.web import BUDGET_PREFIX, WebChat, image_roots

SHOP = ShopConfig(
    name="Hollis & Wren <b>", product_url_pattern="https://shop.example/products/{handle}",
    cart_url_pattern="https://shop.example/cart/add?id={variant_id}&quantity=1", contact_email="help@shop.example",
)  # fmt: skip
MARKUP = '<img src=x onerror="alert(1)">"quoted" & [link](javascript:alert(1))'


def piece(**changes) -> Result:
    base = Result(
        id="R1", title="Rose Ring", price=420.0, currency="USD", score=1.0, why="ring", category="ring",
        metal="14k rose gold", gemstone="none", in_stock=True, image="", handle="rose-ring", variant_ids=["4001"],
    )  # fmt: skip
    return replace(base, **changes)


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "/relative/path", "//host.example/x",
     "https://", "https://host.example/a b", "https://host.example/\nx", "vbscript:x", "file:///etc/passwd", ""],
)  # fmt: skip
def test_only_absolute_web_addresses_are_links(address):
    assert web_url(address) is None


def test_a_piece_links_to_its_own_page_else_to_the_pattern_filled_with_its_encoded_handle():
    assert product_url(piece(url="https://elsewhere.example/p/1"), SHOP) == "https://elsewhere.example/p/1"
    assert product_url(piece(url="javascript:alert(1)"), SHOP) == "https://shop.example/products/rose-ring"
    odd = product_url(piece(handle="../admin?x=1#y z"), SHOP)
    assert odd == "https://shop.example/products/..%2Fadmin%3Fx%3D1%23y%20z"
    assert product_url(piece(handle=""), SHOP) is None
    assert product_url(piece(), ShopConfig()) is None  # no pattern, no url: no link


def test_add_to_cart_fills_the_first_variant_encoded_and_needs_a_pattern():
    assert cart_url(piece(), SHOP) == "https://shop.example/cart/add?id=4001&quantity=1"
    assert cart_url(piece(variant_ids=["1&id=2"]), SHOP) == "https://shop.example/cart/add?id=1%26id%3D2&quantity=1"
    assert cart_url(piece(variant_ids=[]), SHOP) is None
    assert cart_url(piece(), ShopConfig()) is None


def test_the_shop_settings_refuse_unsafe_addresses_colours_and_emails():
    for field, value in [
        ("product_url_pattern", "javascript:alert('{handle}')"), ("product_url_pattern", "https://x.example/no-placeholder"),
        ("cart_url_pattern", "data:text/html,{variant_id}"), ("contact_url", "javascript:alert(1)"),
        ("contact_email", "a@b.example\nBcc: c@d.example"), ("contact_email", "not an email"),
    ]:  # fmt: skip
        with pytest.raises(ValidationError):
            ShopConfig(**{field: value})
    with pytest.raises(ValidationError):
        ShopConfig(colors={"primary": "red;} body { display:none"})


def test_ask_a_person_carries_the_conversation_as_url_encoded_text():
    words = [MARKUP, "cheaper\r\nBcc: someone@evil.example"]
    address = contact_url(SHOP, "Help", handoff_body(SHOP, words, ["under $800", "rose gold"], [piece()]))
    assert address.startswith("mailto:help@shop.example?")
    assert not any(character in address for character in "<>\"' \r\n&"[:-1]) and address.count("&") == 1
    body = parse_qs(urlsplit(address).query)["body"][0]
    assert MARKUP in body and "cheaper\r\nBcc" in body and "under $800, rose gold" in body
    assert "Rose Ring" in body and "https://shop.example/products/rose-ring" in body
    long = contact_url(SHOP, "Help", "x" * (MAILTO_BODY_CHARS * 3))
    assert len(parse_qs(urlsplit(long).query)["body"][0]) == MAILTO_BODY_CHARS
    assert contact_url(ShopConfig(contact_url="https://shop.example/contact"), "s", "b") == "https://shop.example/contact"
    assert contact_link(ShopConfig(), words, [], []) == ""  # no contact configured: no link


def test_cards_escape_every_text_and_link_only_to_checked_addresses():
    shown = cards_html([piece(title=MARKUP, why=MARKUP, metal=MARKUP, url="javascript:alert(1)")], SHOP, lambda image: "pic.png")
    assert "<img src=x" not in shown and 'onerror="alert' not in shown and 'href="javascript' not in shown
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in shown
    assert 'href="https://shop.example/products/rose-ring"' in shown
    assert 'href="https://shop.example/cart/add?id=4001&amp;quantity=1"' in shown
    plain = cards_html([piece()], ShopConfig(), lambda image: "pic.png")
    assert "<a " not in plain  # nothing to link to: no link at all


def test_the_wishlist_exports_a_defused_csv_and_a_share_link_of_ids():
    saved = [piece(title='=HYPERLINK("http://evil.example")'), piece(id="R 2&x", title="Pearl, Drop")]
    shown = wishlist_actions(saved, SHOP)
    href = shown.split('href="')[1].split('"')[0]
    csv = csv_text(href)
    assert "\"'=HYPERLINK(\"\"http://evil.example\"\")\"" in csv and '"Pearl, Drop"' in csv
    assert share_query(["R1", "R 2&x"]) == "?saved=R1&saved=R%202%26x"
    assert csv_text(csv_download([["-1+1"]])) == "\"'-1+1\"\r\n"


def csv_text(address: str) -> str:
    return base64.b64decode(address.removeprefix("data:text/csv;charset=utf-8;base64,")).decode("utf-8")


def test_a_ring_shows_its_sizes_and_how_to_measure_and_a_necklace_does_not():
    ring = detail_extras(piece(ring_sizes=[5.0, 6.5, 7.0]), SHOP)
    assert "US sizes 5, 6.5, 7" in ring and "inside diameter" in ring
    assert "Ring sizes" not in detail_extras(piece(category="necklace", ring_sizes=[]), SHOP)


def test_sorting_is_by_price_either_way_or_the_assistants_order():
    results = [piece(id="a", price=300.0), piece(id="b", price=100.0), piece(id="c", price=200.0, price_max=900.0)]
    assert [r.id for r in sorted_results(results, RELEVANCE)] == ["a", "b", "c"]
    assert [r.id for r in sorted_results(results, PRICE_LOW)] == ["b", "c", "a"]
    assert [r.id for r in sorted_results(results, PRICE_HIGH)] == ["c", "a", "b"]


def test_the_price_control_speaks_as_a_shopper_types():
    prices = PriceRange.of_prices([23.0, 1_487.0])
    assert (prices.floor, prices.ceiling) == (20, 1_490)
    assert prices.words(20, 1_490, "USD") is None
    assert prices.words(20, 800, "USD") == "under $800"
    assert prices.words(200, 1_490, "USD") == "over $200"
    assert prices.words(800, 200, "USD") == "between $200 and $800"  # handles crossed
    assert prices.words(float("nan"), 5_000, "USD") is None
    assert prices.position({"price_max": 800.0}) == (20, 800.0)


def test_the_header_escapes_the_shop_name_and_the_logo_stays_in_the_data_folder(tmp_path):
    header = header_html(SHOP, tmp_path)
    assert "Hollis &amp; Wren &lt;b&gt;" in header and 'src="data:image/svg+xml;base64,' in header
    (tmp_path / "logo.png").write_bytes(b"\x89PNG fake")
    assert logo_file(ShopConfig(logo="logo.png"), tmp_path) == (tmp_path / "logo.png").resolve()
    with pytest.raises(LogoError):
        logo_file(ShopConfig(logo="../../etc/passwd"), tmp_path)
    assert "--facet-primary: #6d3f86" in page_css(ShopConfig())


# --- the handlers, with the real Assistant --------------------------------------------------


@pytest.fixture
def chat(demo_assistant) -> WebChat:
    return WebChat(demo_assistant, image_roots(demo_assistant))


def last(updates) -> dict:
    from tests.test_web import screen

    return screen(updates)


def test_moving_the_price_control_sets_then_clears_the_budget_through_the_assistant(chat):
    shown = last(chat.send({"text": "a ring", "files": []}, None))
    page = shown["page"]
    budgeted = last(chat.set_budget(chat.prices.floor, 600, page))
    assert budgeted["chat"][-2]["content"].replace("\\", "") == BUDGET_PREFIX + "under $600"
    assert "under $600" in budgeted["filters"]["value"]
    assert all(result.price <= 600 for result in page.results) and page.results
    cleared = last(chat.set_budget(chat.prices.floor, chat.prices.ceiling, page))
    assert not any("$" in label for label in cleared["filters"]["value"])
    assert cleared["high"]["value"] == chat.prices.ceiling
    unchanged = last(chat.set_budget(chat.prices.floor, chat.prices.ceiling, page))  # no budget to clear
    assert "cards" not in unchanged


def test_a_share_link_saves_only_catalog_pieces(chat, demo_assistant):
    real = demo_assistant.turn(text="earrings").results[:2]
    shared = json.dumps([real[0].id, "no-such-piece", {"path": "/etc/passwd"}, real[1].id, real[0].id])
    opened = dict(zip(("status", "low", "high", "wishlist", "summary", "actions", "contact", "page"), chat.open_page(shared)))
    assert opened["page"].session.wishlist == [real[0].id, real[1].id]
    assert opened["summary"].startswith("**2 saved**")
    for junk in ("/etc/passwd", "[1, 2]", "{}", None, "x" * 20_000):
        assert chat.open_page(junk)[-1].session.wishlist == []


def test_sorting_reorders_the_cards_and_a_click_opens_the_card_clicked(chat):
    page = last(chat.send({"text": "a necklace", "files": []}, None))["page"]
    _, page = chat.sort_cards(PRICE_LOW, page)
    prices = [result.price for result in page.cards()]
    assert prices == sorted(prices) and len(prices) > 1
    *_, page = chat.select_card(page, gr.SelectData(None, {"index": 0, "value": None}))
    assert page.selected == page.cards()[0].id
    _, page = chat.sort_cards("anything else", page)
    assert page.order == PRICE_LOW
