"""Google Merchant Center product feeds (retrieval/google_feed.py, retrieval/google_xml.py), read by
retrieval/catalog.py: the XML feed (RSS 2.0 and Atom with the g: namespace) and the tab-separated text
feed, found by their content; items sharing an item_group_id as one item with its variants and a price
range; a sale price only within its dates; availability; Google's taxonomy by id or path as Facet's
kind; product_type as the shop's labels; product_detail as the shop's statements; the price's currency
code as the catalog's; only https photos; HTML descriptions as text; a DOCTYPE refused whole; a broken
item reported at its line and the rest read; expired, paused-everywhere and free-listing-excluded items
skipped; and `facet ingest` exiting non-zero when every item is bad."""

from datetime import datetime, timezone

import pytest

from https_cdn import write
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.formats import detect_format
from retrieval.google_feed import products, text_records
from retrieval.rows import CatalogError, column_key
from standin_facet import run

G = "http://base.google.com/ns/1.0"
DURING_SALE = datetime(2026, 12, 10, tzinfo=timezone.utc)


def rss(*items: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="{G}">\n<channel>\n<title>Shop</title>\n'
            + "".join(items) + "</channel>\n</rss>\n")  # fmt: skip


def item(**attributes: str) -> str:
    """An <item> written one element a line, "g:" on every attribute."""
    lines = [f"  <g:{name}>{value}</g:{name}>\n" for name, value in attributes.items()]
    return "<item>\n" + "".join(lines) + "</item>\n"


def tsv(header: list[str], *rows: list[str]) -> str:
    return "\n".join("\t".join(cells) for cells in (header, *rows)) + "\n"


def by_id(loaded):
    return {entry.id: entry for entry in loaded.items}


RING_7 = dict(id="R1-7", title="Halo Ring - Size 7", description="<![CDATA[<p>18K white gold &amp; diamonds</p><ul><li>Halo</li></ul>]]>",
              link="https://shop.example/halo", image_link="https://cdn.example/halo.jpg", availability="in_stock",
              price="1500.00 USD", item_group_id="R1", size="7", material="18K white gold", google_product_category="200")  # fmt: skip
RING_8 = dict(RING_7, id="R1-8", title="Halo Ring - Size 8", price="1600.00 USD", size="8", availability="out_of_stock",
              image_link="https://cdn.example/halo-8.jpg")  # fmt: skip


def test_an_rss_feed_groups_variants_by_item_group_id_into_one_item_with_a_price_range(tmp_path):
    loaded = load_catalog(write(tmp_path / "feed.xml", rss(item(**RING_7), item(**RING_8))))
    assert loaded.format == "google" and loaded.errors == []
    ring = by_id(loaded)["R1"]
    assert ring.title == "Halo Ring" and (ring.price, ring.price_max, ring.currency) == (1500.0, 1600.0, "USD")
    assert [(variant.id, variant.options, variant.in_stock) for variant in ring.variants] == [
        ("R1-7", {"Size": "7"}, True), ("R1-8", {"Size": "8"}, False)]  # fmt: skip
    assert ring.in_stock and ring.ring_sizes == [7.0, 8.0]
    assert (ring.category, ring.metal, ring.karat) == ("ring", "white gold", 18)
    assert ring.description == "18K white gold & diamonds\nHalo"  # CDATA's HTML as text
    assert ring.image == "https://cdn.example/halo.jpg" and ring.images == ["https://cdn.example/halo-8.jpg"]
    assert loaded.lines["R1"] == 5 and not loaded.currency_from_setting  # the price named its currency


def test_a_sale_price_applies_only_within_its_dates():
    def price(**cells):
        found = list(products(iter([(2, dict(id=["S"], title=["Gold Hoop Earrings"], price=["200.00 EUR"], **cells))]), {}, DURING_SALE))
        return found[0][1].price, found[0][1].compare_at_price, found[0][1].currency

    sale = {"sale price": ["150.00 EUR"]}
    assert price(**sale) == ("150.00", "200.00", "EUR")  # no dates: always
    assert price(**sale, **{"sale price effective date": ["2026-12-01T00:00+0100/2026-12-31T23:59+0100"]}) == ("150.00", "200.00", "EUR")
    # over: a shopper today pays the regular price, whenever the feed was written
    assert price(**sale, **{"sale price effective date": ["2026-11-01/2026-11-30"]}) == ("200.00", None, "EUR")
    assert price(**sale, **{"sale price effective date": ["2026-11-24T00:00+01:00/2026-12-01T23:59+01:00"]}) == ("200.00", None, "EUR")
    assert price(**sale, **{"sale price effective date": ["2026-11-30/2026-11-01"]}) == ("200.00", None, "EUR")  # ends before it starts
    assert price(**sale, **{"sale price effective date": ["2027-01-01T00:00Z/2027-01-31T00:00Z"]}) == ("200.00", None, "EUR")  # not yet
    assert price(**sale, **{"sale price effective date": ["2026-12-10/2026-12-10"]}) == ("150.00", "200.00", "EUR")  # a day, whole
    assert price(**sale, **{"sale price effective date": ["next week"]}) == ("200.00", None, "EUR")  # unreadable: Google ignores it


def test_prices_with_the_code_before_or_after_and_the_currency_is_the_catalogs(tmp_path):
    feed = rss(item(id="A", title="Gold Bangle", price="USD 1,250.00"), item(id="B", title="Silver Bangle", price="90 USD"))
    loaded = load_catalog(write(tmp_path / "feed.xml", feed), currency="INR")
    assert {entry.id: (entry.price, entry.currency) for entry in loaded.items} == {"A": (1250.0, "USD"), "B": (90.0, "USD")}


def test_availability_values_new_and_legacy(tmp_path):
    feed = rss(*(item(id=name, title=f"Silver Ring {name}", price="50 USD", availability=value) for name, value in (
        ("a", "in_stock"), ("b", "in stock"), ("c", "out_of_stock"), ("d", "pre-order"), ("e", "backorder"), ("f", "sold_soon"))))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "feed.xml", feed))
    assert {entry.id: entry.in_stock for entry in loaded.items} == {"a": True, "b": True, "c": False, "d": False, "e": False}
    assert "preorder" in by_id(loaded)["d"].tags
    [error] = loaded.errors
    assert error.line == 35 and "availability: 'sold soon'" in error.reason


def test_google_categories_by_id_or_path_and_the_shops_product_type(tmp_path):
    feed = rss(
        item(id="a", title="Aurora", price="10 USD", google_product_category="194"),
        item(id="b", title="Aurora", price="10 USD", google_product_category="Apparel &amp; Accessories &gt; Jewelry &gt; Charms &amp; Pendants"),
        item(id="c", title="Solitaire Engagement Ring", price="10 USD", google_product_category="200"),  # the title says more exactly
        item(id="d", title="Aurora", price="10 USD", google_product_category="188", product_type="Home &gt; Jewellery &gt; Anklets"),
        item(id="e", title="Aurora", price="10 USD", google_product_category="188"),  # the umbrella says no kind
    )
    kinds = {entry.id: entry.category for entry in load_catalog(write(tmp_path / "feed.xml", feed)).items}
    assert kinds == {"a": "earrings", "b": "pendant", "c": "engagement ring", "d": "anklet", "e": "unknown"}


def test_product_detail_custom_labels_and_brand_are_the_shops_statements(tmp_path):
    detail = "<g:section_name>Stone</g:section_name><g:attribute_name>Clarity</g:attribute_name><g:attribute_value>VS1</g:attribute_value>"
    feed = rss(item(id="a", title="Diamond Studs", price="900 USD", product_detail=detail, custom_label_0="bestseller", brand="Aurum",
                    shipping="<g:country>US</g:country><g:price>0 USD</g:price>", condition="used"))  # fmt: skip
    studs = by_id(load_catalog(write(tmp_path / "feed.xml", feed)))["a"]
    assert studs.options == {"Clarity": ["VS1"]} and studs.vendor == "Aurum"
    assert {"bestseller", "used"} <= {tag.lower() for tag in studs.tags}


def test_only_https_photos_are_taken(tmp_path):
    feed = rss(item(id="a", title="Pearl Pendant", price="80 USD", image_link="http://cdn.example/a.jpg",
                    additional_image_link="https://cdn.example/b.jpg")
               + "<item><g:id>b</g:id><g:title>Pearl Drop</g:title><g:price>80 USD</g:price>"
               "<g:additional_image_link>https://cdn.example/c.jpg</g:additional_image_link>"
               "<g:additional_image_link>https://cdn.example/d.jpg</g:additional_image_link></item>\n")  # fmt: skip
    loaded = by_id(load_catalog(write(tmp_path / "feed.xml", feed)))
    assert loaded["a"].image == "https://cdn.example/b.jpg" and loaded["a"].images == []
    assert loaded["b"].image == "https://cdn.example/c.jpg" and loaded["b"].images == ["https://cdn.example/d.jpg"]


def test_a_doctype_is_refused_whole_and_html_entities_are_read(tmp_path):
    laughs = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n' + rss(item(id="a", title="&lol2;", price="1 USD")).split("\n", 1)[1]
    with pytest.raises(CatalogError, match="DOCTYPE is refused"):
        load_catalog(write(tmp_path / "laughs.xml", laughs))
    external = '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n<rss/>'
    with pytest.raises(CatalogError, match="DOCTYPE is refused"):
        load_catalog(write(tmp_path / "external.xml", external))
    entities = rss(item(id="a", title="Caf&eacute; Ring &amp; Band", price="1 USD", description="18K gold&nbsp;&ndash; polished"))
    cafe = by_id(load_catalog(write(tmp_path / "feed.xml", entities)))["a"]
    assert cafe.title == "Café Ring & Band" and cafe.description == "18K gold – polished"


def test_a_malformed_item_is_reported_at_its_line_and_the_rest_read(tmp_path):
    feed = rss(item(id="a", title="Gold Ring", price="10 USD"), item(id="b", title="Fish & Chips Ring", price="10 USD"),
               item(id="c", title="Silver Ring", price="12 USD"), "<item>\n  <g:id>d</g:id><g:title>Bad</g:prize>\n</item>\n",
               item(id="e", title="Rose Gold Ring", price="14 USD"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "feed.xml", feed))
    assert sorted(by_id(loaded)) == ["a", "c", "e"]
    assert [error.line for error in loaded.errors] == [10, 20] and all("not well-formed XML" in error.reason for error in loaded.errors)
    assert (loaded.lines["c"], loaded.lines["e"]) == (15, 23)  # lines counted on after the broken items


def test_a_file_that_is_xml_but_no_feed_is_one_clear_error(tmp_path):
    with pytest.raises(CatalogError, match=r"not a Google product feed: its root is <html>"):
        load_catalog(write(tmp_path / "page.xml", "<?xml version='1.0'?>\n<html><body/></html>"))
    with pytest.raises(CatalogError, match="no <item>"):
        load_catalog(write(tmp_path / "empty.xml", rss()))
    with pytest.raises(CatalogError, match="not a well-formed XML feed"):
        load_catalog(write(tmp_path / "broken.xml", "<rss><channel><title>x</chanel>"))


def test_an_atom_feed_is_read_too(tmp_path):
    atom = (f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="{G}">\n<title>Shop</title>\n'
            '<entry>\n<id>tag:shop.example,2026:a</id>\n<g:id>a</g:id>\n<title>Emerald Pendant</title>\n<link href="https://shop.example/a"/>\n'
            '<summary>14K gold with an emerald</summary>\n<g:price>300 GBP</g:price>\n</entry>\n</feed>\n')  # fmt: skip
    pendant = by_id(load_catalog(write(tmp_path / "atom.xml", atom)))["a"]
    assert (pendant.title, pendant.url, pendant.category, pendant.gemstone, pendant.currency) == (
        "Emerald Pendant", "https://shop.example/a", "pendant", "emerald", "GBP")  # fmt: skip


def test_expired_paused_everywhere_and_free_listing_exclusions_are_not_for_sale(tmp_path):
    feed = rss(
        item(id="a", title="Gold Ring", price="10 USD", expiration_date="2020-01-01T00:00Z"),
        item(id="b", title="Gold Ring", price="10 USD", pause="all"),
        item(id="c", title="Gold Ring", price="10 USD", excluded_destination="Free_listings"),
        item(id="d", title="Gold Ring", price="10 USD", pause="ads", excluded_destination="Shopping_ads"),  # ads only: still sold
        item(id="e", title="Gold Ring", price="10 USD", expiration_date="2999-01-01"),
    )
    loaded = load_catalog(write(tmp_path / "feed.xml", feed))
    assert {skipped.id: skipped.reason for skipped in loaded.skipped} == {"a": "expired", "b": "paused", "c": "excluded from free listings"}
    assert sorted(by_id(loaded)) == ["d", "e"]


HEADER = ["id", "title", "description", "link", "image_link", "additional_image_link", "availability", "price", "sale_price",
          "sale_price_effective_date", "google_product_category", "item_group_id", "color", "product_detail"]  # fmt: skip


def test_a_tab_separated_text_feed_is_read_like_the_xml_one(tmp_path):
    feed = tsv(
        HEADER,
        ["B1-Y", "Tennis Bracelet Yellow", "<b>14K gold</b> with diamonds", "https://s.example/b1", "https://c.example/y.jpg",
         "https://c.example/y2.jpg,https://c.example/y3.jpg", "in stock", "900.00 EUR", "700 EUR", "2020-01-01/2020-02-01", "191",
         "B1", "Yellow gold", "Stone:Carat:1.0"],
        ["B1-W", "Tennis Bracelet White", "<b>14K gold</b> with diamonds", "https://s.example/b1", "https://c.example/w.jpg", "",
         "preorder", "950.00 EUR", "", "", "191", "B1", "White gold", ""],
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "products.txt", feed), currency="USD")
    bracelet = by_id(loaded)["B1"]
    assert loaded.format == "google" and (bracelet.title, bracelet.category, bracelet.karat) == ("Tennis Bracelet", "bracelet", 14)
    assert (bracelet.price, bracelet.price_max, bracelet.compare_at_price, bracelet.currency) == (900.0, 950.0, None, "EUR")  # the sale is over
    assert [variant.options for variant in bracelet.variants] == [{"Color": "Yellow gold"}, {"Color": "White gold"}]
    assert bracelet.images == ["https://c.example/y2.jpg", "https://c.example/y3.jpg", "https://c.example/w.jpg"]
    assert bracelet.options["Carat"] == ["1.0"] and bracelet.description == "14K gold with diamonds"


def test_text_feed_headers_with_g_prefixes_or_display_names_and_detection_apart_from_other_formats(tmp_path):
    prefixed = ["g:id", "g:title", "g:price", "g:image_link", "g:availability"]
    display = ["ID", "Title", "Price", "Image link", "Item group ID", "Google product category"]
    for header in (prefixed, display):
        assert detect_format({column_key(name) for name in header}) == "google"
    facet = {"id", "title", "description", "price", "category", "url", "image"}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price", "Image Src")}
    assert [detect_format(keys) for keys in (facet, shopify)] == ["facet", "shopify"]
    loaded = load_catalog(write(tmp_path / "feed.tsv", tsv(prefixed, ["a", "Opal Ring", "45.00 AUD", "https://c.example/a.jpg", "in_stock"])))
    assert [(entry.id, entry.price, entry.currency) for entry in loaded.items] == [("a", 45.0, "AUD")]
    comma = load_catalog(write(tmp_path / "feed.csv", "id,title,price,image_link\nb,Opal Studs,30 AUD,https://c.example/b.jpg\n"))
    assert comma.format == "google" and comma.items[0].title == "Opal Studs"


def test_a_tsv_that_is_no_google_feed_is_refused_with_its_columns(tmp_path):
    with pytest.raises(CatalogError, match="not a Google product feed.*the columns 'Artikel', 'Bezeichnung'"):
        load_catalog(write(tmp_path / "other.tsv", "Artikel\tBezeichnung\nA1\tRing\n"))


def test_text_records_split_repeated_values():
    records = dict(text_records(iter([(2, {"g:excluded destination": "Shopping_ads, Free_listings", "product detail": "a:b:c, d:e"})])))
    assert records[2] == {"excluded destination": ["Shopping_ads", "Free_listings"], "product detail": [
        {"section name": "a", "attribute name": "b", "attribute value": "c"}, {"section name": "", "attribute name": "d", "attribute value": "e"}]}  # fmt: skip


def test_a_feed_whose_every_item_is_bad_is_rejected_and_ingest_exits_non_zero(tmp_path):
    feed = write(tmp_path / "feed.xml", rss(item(id="a", price="10 USD"), item(id="b", title="Ring", price="free")))
    with pytest.raises(NoValidRowsError):
        load_catalog(feed)
    result = run(tmp_path / "data", "ingest", feed)
    assert result.returncode != 0 and "Traceback" not in result.stderr


def test_a_blogs_rss_is_no_product_feed_and_a_sale_price_above_the_price_is_not_a_sale(tmp_path):
    blog = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title><item><title>Hello</title><link>https://b.example/1</link></item></channel></rss>'
    with pytest.raises(CatalogError, match="not a Google product feed: it declares no g: namespace"):
        load_catalog(write(tmp_path / "blog.xml", blog))
    [(_, studs)] = products(iter([(2, {"id": ["a"], "title": ["Studs"], "price": ["100 USD"], "sale price": ["120 USD"]})]), {}, DURING_SALE)
    assert (studs.price, studs.compare_at_price) == ("100", None)


def test_variants_that_differ_only_by_their_titles_take_the_titles_last_words_as_their_option(tmp_path):
    feed = rss(item(id="a14", title="Signet Ring - 14K Gold", price="400 USD", item_group_id="S"),
               item(id="a18", title="Signet Ring - 18K Gold", price="600 USD", item_group_id="S"))  # fmt: skip
    signet = by_id(load_catalog(write(tmp_path / "feed.xml", feed)))["S"]
    assert signet.title == "Signet Ring" and [variant.options for variant in signet.variants] == [{"Variant": "14K Gold"}, {"Variant": "18K Gold"}]
    assert (signet.price, signet.price_max, signet.metal, signet.karat) == (400.0, 600.0, "yellow gold", 14)


def test_a_latin_1_feed_is_read_after_a_broken_item_too(tmp_path):
    feed = rss(item(id="a", title="Anneau doré", price="10 EUR"), item(id="b", title="Bad & item", price="10 EUR"),
               item(id="c", title="Bague en or rosé", price="12 EUR")).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')  # fmt: skip
    (tmp_path / "feed.xml").write_bytes(feed.encode("latin-1"))
    loaded = load_catalog(tmp_path / "feed.xml")
    assert [entry.title for entry in loaded.items] == ["Anneau doré", "Bague en or rosé"] and len(loaded.errors) == 1


# --- the real ingest: photos fetched over https, the http one refused, the feed's currency named ---


@pytest.mark.e2e
def test_a_google_feed_through_facet_ingest(tmp_path, https_cdn):
    from PIL import Image

    from https_cdn import Counting
    from standin_facet import messages

    folder, base_url = https_cdn
    for name, color in (("ring.jpg", (226, 184, 64)), ("studs.jpg", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    feed = rss(item(**dict(RING_7, image_link=f"{base_url}ring.jpg")), item(**dict(RING_8, image_link=f"{base_url}ring.jpg")),
               item(id="S1", title="Silver Studs", price="40.00 USD", image_link=f"{base_url}studs.jpg"),
               item(id="S2", title="Pearl Studs", price="60.00 USD", image_link="http://insecure.example/pearl.jpg"),
               item(id="S3", title="Old Studs", price="60.00 USD", expiration_date="2020-01-01"),
               item(id="S4", title="Bad Studs", price="sixty"))  # fmt: skip
    export = write(tmp_path / "feed.xml", feed)
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(tmp_path / "data", "ingest", export, "--currency", "INR", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 5 / ingested 3 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 1 (not for sale)"
    said = messages(result.stderr)
    assert any("(S2): image_link refused: only https://" in line for line in said)
    assert any("priced in USD as the file says, not in the shop's currency INR" in line for line in said)
    assert sorted(Counting.served) == ["/ring.jpg", "/studs.jpg"]


def test_the_handle_is_the_product_pages_name_in_its_link():
    def handle(link):
        [(_, found)] = products(iter([(2, {"id": ["a"], "title": ["Halo Ring"], "price": ["1 USD"], "link": [link]})]), {}, DURING_SALE)
        return found.handle

    assert handle("https://shop.example/products/halo-ring-18k?variant=42") == "halo-ring-18k"
    assert handle("https://shop.example/product/halo-ring/") == "halo-ring"
    assert handle("https://shop.example/rings/12-halo-ring.html") == "12-halo-ring"
    assert handle("https://shop.example/index.php?id_product=12&controller=product") == "halo-ring"  # no name: the title's


def test_writers_habits_cdata_with_spaces_escaped_paths_and_a_legacy_quantity():
    item_ = {"id": ["a"], "title": [" Gold Ring "], "price": [" 120.00 EUR "], "product type": ["Jewellery &gt; Rings"], "quantity": ["0"]}
    [(_, ring)] = products(iter([(2, item_)]), {}, DURING_SALE)
    assert (ring.title, ring.price, ring.currency, ring.kinds, ring.broader_kinds, ring.in_stock) == (
        "Gold Ring", "120.00", "EUR", ["Rings"], ["Jewellery"], False)  # fmt: skip
    [(_, local)] = products(iter([(2, dict(item_, availability=["limited_availability"]))]), {}, DURING_SALE)
    assert local.in_stock is True  # availability, when given, beats the quantity


def test_a_price_of_zero_is_a_price_on_request_not_for_sale_and_never_rejected(tmp_path):
    # Google's spec refuses a 0 price; shops write it (with availability preorder) for a piece priced when asked
    feed = rss(
        item(id="P", title="Diamond Collier", price="0.00 HUF", availability="preorder"),
        item(id="W-50", title="Wedding Band", price="0 HUF", item_group_id="W", size="50"),
        item(id="W-52", title="Wedding Band", price="0.00 HUF", item_group_id="W", size="52"),
        item(id="M-50", title="Mixed Band", price="0.00 HUF", item_group_id="M", size="50"),
        item(id="M-52", title="Mixed Band", price="52900.00 HUF", item_group_id="M", size="52"),
        item(id="G", title="Gold Ring", price="101900 HUF"),
    )
    loaded = load_catalog(write(tmp_path / "feed.xml", feed))
    assert {skipped.id: skipped.reason for skipped in loaded.skipped} == {"P": "price on request", "W": "price on request"}
    assert sorted(by_id(loaded)) == ["G", "M"] and not loaded.errors
    assert [variant.price for variant in by_id(loaded)["M"].variants] == [52900.0]  # the priced size alone is for sale


def test_googles_taxonomy_in_a_locales_edition_names_its_kind(tmp_path):
    # a feed for Hungary may write google_product_category from Google's Hungarian taxonomy
    feed = rss(item(id="H", title="Klasszik", price="101900 HUF", google_product_category="Ruházat és kiegészítők &gt; Ékszerek &gt; Gyűrűk"))
    assert by_id(load_catalog(write(tmp_path / "feed.xml", feed)))["H"].category == "ring"
