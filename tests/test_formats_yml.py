"""YML feeds (Yandex Market Language, retrieval/yml_feed.py), read by retrieval/catalog.py and ingested
by the real `facet ingest`: found by their <yml_catalog> root (.xml or .yml), offers with their
categories named through the feed's own tree, vendor.model names, offers sharing a group_id one item
with its variants and a price range, Prom's and Rozetka's Ukrainian fields read in the shop's stated
language, params as the shop's statements, the declared encoding, available="false" out of stock,
oldprice, HTML descriptions as text, only https pictures, currencies converted at the feed's rate,
DOCTYPEs refused, bad offers at their line and the rest kept, a feed of bad offers refused."""

import pytest

from benchmarks.heldout_shops import rewritten_export, shop_export
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.config import CatalogConfig
from retrieval.rows import CatalogError, RowError
from retrieval.yml_feed import products, read_feed
from standin_facet import messages, run

CDN = "https://images.prom.ua/"

FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<yml_catalog date="2026-12-01 10:00">
  <shop>
    <name>Золотий Вік</name>
    <company>ТОВ Золотий Вік</company>
    <url>https://zoloto.example.ua/</url>
    <currencies>
      <currency id="UAH" rate="1"/>
      <currency id="USD" rate="41.5"/>
    </currencies>
    <categories>
      <category id="1">Украшения</category>
      <category id="2" parentId="1">Кольца</category>
      <category id="3" parentId="1">Серьги</category>
    </categories>
    <offers>
      <offer id="101" available="true">
        <url>https://zoloto.example.ua/p101?utm=feed&amp;ref=yml</url>
        <price>1200</price>
        <oldprice>1500</oldprice>
        <currencyId>UAH</currencyId>
        <categoryId>2</categoryId>
        <picture>{CDN}101-1.jpg</picture>
        <picture>{CDN}101-2.jpg?w=800&amp;h=800</picture>
        <picture>http://zoloto.example.ua/101-3.jpg</picture>
        <name>Кольцо из серебра с фианитом</name>
        <name_ua>Каблучка зі срібла з фіанітом</name_ua>
        <vendor>Золотий Вік</vendor>
        <vendorCode>K-101</vendorCode>
        <description><![CDATA[<p>Кольцо из <b>серебра&nbsp;925</b> с фианитом.</p><ul><li>Вес 2,1 г</li></ul>]]></description>
        <description_ua><![CDATA[<p>Каблучка зі <b>срібла</b>.</p>]]></description_ua>
        <param name="Металл">Серебро</param>
        <param name="Вес" unit="г">2.1</param>
        <keywords>кольцо, серебро, фианит</keywords>
        <quantity_in_stock>3</quantity_in_stock>
      </offer>
      <offer id="102" type="vendor.model" available="true">
        <price>100</price>
        <currencyId>USD</currencyId>
        <categoryId>3</categoryId>
        <picture>{CDN}102.jpg</picture>
        <typePrefix>Серьги</typePrefix>
        <vendor>Sokolov</vendor>
        <model>94023477</model>
      </offer>
      <offer id="501" group_id="500" available="true">
        <price>8900</price>
        <currencyId>UAH</currencyId>
        <categoryId>2</categoryId>
        <picture>{CDN}500-a.jpg</picture>
        <name>Обручальное кольцо 585 размер 16.5</name>
        <param name="Металл">Золото 585</param>
        <param name="Размер">16.5</param>
      </offer>
      <offer id="502" group_id="500" available="true">
        <price>8900</price>
        <currencyId>UAH</currencyId>
        <categoryId>2</categoryId>
        <picture>{CDN}500-b.jpg</picture>
        <name>Обручальное кольцо 585 размер 17</name>
        <param name="Металл">Золото 585</param>
        <param name="Размер">17</param>
      </offer>
      <offer id="503" group_id="500" available="false">
        <price>9400</price>
        <currencyId>UAH</currencyId>
        <categoryId>2</categoryId>
        <name>Обручальное кольцо 585 размер 18</name>
        <param name="Металл">Золото 585</param>
        <param name="Размер">18</param>
      </offer>
      <offer id="104" available="true">
        <currencyId>UAH</currencyId>
        <name>Цепочка без цены</name>
      </offer>
      <offer id="105" available="true">
        <price>700</price>
        <currencyId>UAH</currencyId>
      </offer>
      <offer id="106" available="false">
        <price>0</price>
        <currencyId>UAH</currencyId>
        <categoryId>9</categoryId>
        <name>Колье под заказ</name>
      </offer>
    </offers>
  </shop>
</yml_catalog>
"""


RUSSIAN = CatalogConfig(feed_language="ru")  # the main (Russian) fields


def write(tmp_path, text: str = FEED, name: str = "prom.xml", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def line_of(text: str, mark: str) -> int:
    return text[: text.index(mark)].count("\n") + 1


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path), currency="UAH", limits=RUSSIAN)


def test_offers_are_read_with_their_categories_through_the_feeds_tree(loaded):
    assert loaded.format == "yml"
    assert [item.id for item in loaded.items] == ["101", "102", "500"]
    ring = loaded.items[0]
    assert (ring.title, ring.price, ring.compare_at_price, ring.currency, ring.in_stock) == ("Кольцо из серебра с фианитом", 1200.0, 1500.0, "UAH", True)
    assert (ring.vendor, ring.url) == ("Золотий Вік", "https://zoloto.example.ua/p101?utm=feed&ref=yml")
    assert (ring.category, ring.metal) == ("ring", "sterling silver")  # the param "Металл: Серебро", and "серебра 925"


def test_a_category_is_its_path_of_names_in_the_feeds_tree_never_invented(tmp_path):
    feed = read_feed(write(tmp_path))
    notes: list[str] = []
    found = {product.id: product for _, product in products(feed, "", 100_000, notes) if not isinstance(product, RowError)}
    assert (found["101"].kinds, found["101"].broader_kinds) == (["Кольца"], ["Украшения"])
    assert (found["106"].kinds, found["106"].broader_kinds) == ([], [])  # categoryId 9 is not in the tree
    assert "categoryId 9 not in the feed's categories: those offers have no category from it" in notes
    assert (feed.date, feed.shop["company"], feed.base_currency, feed.rates["USD"]) == ("2026-12-01 10:00", "ТОВ Золотий Вік", "UAH", "41.5")


def test_html_in_cdata_is_text_and_params_are_the_shops_statements(loaded):
    ring = loaded.items[0]
    assert ring.description == "Кольцо из серебра 925 с фианитом.\nВес 2,1 г"
    assert ring.options["Металл"] == ["Серебро"] and ring.options["Вес"] == ["2.1 г"]  # the unit beside the value
    assert {"кольцо", "серебро", "фианит"} <= set(ring.tags)


def test_only_https_pictures_are_taken_with_their_entities_read(loaded):
    ring = loaded.items[0]
    assert (ring.image, ring.images) == (f"{CDN}101-1.jpg", [f"{CDN}101-2.jpg?w=800&h=800"])
    assert any(note.startswith("line 17 (101): picture refused: only https:// photo URLs are read from a YML feed") for note in loaded.photo_notes)


def test_a_vendor_model_offer_is_named_by_its_type_prefix_vendor_and_model_and_converted_at_the_feeds_rate(loaded):
    earrings = loaded.items[1]
    assert (earrings.title, earrings.vendor, earrings.category) == ("Серьги Sokolov 94023477", "Sokolov", "earrings")
    assert (earrings.price, earrings.currency) == (4150.0, "UAH")  # 100 USD at the feed's rate 41.5
    assert "prices in USD converted into UAH at the feed's rate 41.5 (1 offers)" in loaded.notes


def test_offers_sharing_a_group_id_are_one_item_with_a_price_range(loaded):
    ring = loaded.items[2]
    assert (ring.id, ring.title, ring.price, ring.price_max, ring.in_stock) == ("500", "Обручальное кольцо 585", 8900.0, 9400.0, True)
    assert [(v.id, v.options, v.price, v.in_stock) for v in ring.variants] == [
        ("501", {"Размер": "16.5"}, 8900.0, True), ("502", {"Размер": "17"}, 8900.0, True), ("503", {"Размер": "18"}, 9400.0, False)]  # fmt: skip
    assert ring.options["Металл"] == ["Золото 585"] and ring.options["Размер"] == ["16.5", "17", "18"]
    assert (ring.metal, ring.karat) == ("yellow gold", 14)
    assert (ring.image, ring.images) == (f"{CDN}500-a.jpg", [f"{CDN}500-b.jpg"])  # each variant's photo


def test_variants_differing_in_metal_colour_are_options_of_one_item(tmp_path):
    offers = "".join(
        f'<offer id="{n}" group_id="G"><price>{price}</price><currencyId>RUR</currencyId><name>Серьги пусеты</name>'
        f'<param name="Цвет металла">{colour}</param><param name="Проба">585</param></offer>'
        for n, colour, price in (("1", "белое", "5000"), ("2", "красное", "5200")))  # fmt: skip
    text = f'<?xml version="1.0"?><yml_catalog date="2026-01-01"><shop><currencies><currency id="RUR" rate="1"/></currencies><offers>{offers}</offers></shop></yml_catalog>'
    item = load_catalog(write(tmp_path, text, "feed.yml"), currency="RUB").items[0]
    assert (item.id, item.currency, item.price, item.price_max) == ("G", "RUB", 5000.0, 5200.0)  # RUR is the rouble
    assert [v.options for v in item.variants] == [{"Цвет металла": "белое"}, {"Цвет металла": "красное"}]
    assert item.options["Проба"] == ["585"]


def test_ukrainian_fields_are_read_unless_the_shop_says_its_feed_is_read_in_russian(tmp_path):
    for limits in (CatalogConfig(feed_language="uk"), CatalogConfig()):  # unset: the Ukrainian fields first
        ring = load_catalog(write(tmp_path), currency="UAH", limits=limits).items[0]
        assert (ring.title, ring.description) == ("Каблучка зі срібла з фіанітом", "Каблучка зі срібла.")
    text = FEED.replace("<name>Кольцо из серебра с фианитом</name>", "")  # no Russian name: the Ukrainian one
    assert load_catalog(write(tmp_path, text), currency="UAH", limits=RUSSIAN).items[0].title == "Каблучка зі срібла з фіанітом"
    text = FEED.replace("<name_ua>Каблучка зі срібла з фіанітом</name_ua>", "")  # no Ukrainian name: the Russian one
    assert load_catalog(write(tmp_path, text), currency="UAH").items[0].title == "Кольцо из серебра с фианитом"


def test_a_bad_offer_is_reported_at_its_line_and_the_rest_kept(loaded):
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (line_of(FEED, '<offer id="104"'), "price: the offer has no price"),
        (line_of(FEED, '<offer id="105"'), "name: the offer has no name")]  # fmt: skip
    assert [(s.id, s.reason) for s in loaded.skipped] == [("106", "price on request")]


def test_a_windows_1251_feed_is_read_and_survives_the_benchmarks_rewriting(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    text = FEED.replace('encoding="UTF-8"', 'encoding="windows-1251"').replace("Каблучка зі срібла з фіанітом", "Каблучка")
    raw = text.replace("<description_ua><![CDATA[<p>Каблучка зі <b>срібла</b>.</p>]]></description_ua>", "").encode("cp1251")
    (shop / "prom.xml").write_bytes(raw)
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    assert load_catalog(shop / "prom.xml", currency="UAH", limits=RUSSIAN).items[0].title == "Кольцо из серебра с фианитом"
    local = rewritten_export(shop_export(shop), CDN, "https://127.0.0.1:9/", tmp_path / "work")
    assert local.read_bytes() == raw.replace(CDN.encode(), b"https://127.0.0.1:9/")  # bytes otherwise unchanged
    again = load_catalog(local, currency="UAH", limits=RUSSIAN).items[0]
    assert (again.title, again.image, again.images) == ("Кольцо из серебра с фианитом", "https://127.0.0.1:9/101-1.jpg", ["https://127.0.0.1:9/101-2.jpg?w=800&h=800"])


def test_a_doctype_or_external_entity_is_refused(tmp_path):
    attack = FEED.replace("<yml_catalog", '<!DOCTYPE yml_catalog [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<yml_catalog', 1).replace("<vendor>Sokolov", "<vendor>&x;", 1)
    with pytest.raises(CatalogError, match="DOCTYPE with declarations of its own or an entity declaration is refused"):
        load_catalog(write(tmp_path, attack), currency="UAH")


def test_a_doctype_naming_its_dtd_is_read_past_and_the_dtd_never_read(tmp_path):
    (tmp_path / "shops.dtd").write_text('<!ENTITY brand "from the DTD">', encoding="utf-8")
    named = FEED.replace("<yml_catalog", '<!DOCTYPE yml_catalog SYSTEM "shops.dtd">\n<yml_catalog', 1)
    plain = load_catalog(write(tmp_path, FEED, "plain.xml"), currency="UAH").items
    items = load_catalog(write(tmp_path, named), currency="UAH").items
    assert [item.title for item in items] == [item.title for item in plain]
    with_entity = named.replace("<vendor>Sokolov", "<vendor>&brand;Sokolov", 1)
    assert "from the DTD" not in repr(load_catalog(write(tmp_path, with_entity, "entity.xml"), currency="UAH").items)


def test_an_html_entity_outside_cdata_is_its_character_and_broken_xml_names_its_line(tmp_path):
    text = FEED.replace("<name>Кольцо из серебра с фианитом</name>", "<name>Кольцо &laquo;Луна&raquo;</name>")
    assert load_catalog(write(tmp_path, text), currency="UAH", limits=RUSSIAN).items[0].title == "Кольцо «Луна»"
    broken = FEED.replace("<vendor>Sokolov</vendor>", "<vendor>Sokolov</vend>")
    with pytest.raises(CatalogError, match=f"not well-formed XML .*line {line_of(FEED, '<vendor>Sokolov')}"):
        load_catalog(write(tmp_path, broken), currency="UAH")


def test_other_xml_feeds_are_not_taken_for_yml(tmp_path):
    google = ('<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><item><g:id>1</g:id>'
              "<g:title>Gold ring</g:title><g:price>100 USD</g:price></item></channel></rss>")  # fmt: skip
    shoptet = '<?xml version="1.0"?><SHOP><SHOPITEM id="1"><NAME>Prsten</NAME><CODE>1</CODE><PRICE_VAT>100</PRICE_VAT></SHOPITEM></SHOP>'
    assert load_catalog(write(tmp_path, google, "g.xml")).format == "google"
    assert load_catalog(write(tmp_path, shoptet, "s.xml"), currency="CZK").format == "shoptet"


def test_a_feed_whose_every_offer_is_bad_is_refused(tmp_path):
    text = '<?xml version="1.0"?>\n<yml_catalog><shop><offers>\n<offer id="1"><name>Кольцо</name></offer>\n<offer id="2"><price>5</price></offer>\n</offers></shop></yml_catalog>'
    with pytest.raises(NoValidRowsError) as refused:
        load_catalog(write(tmp_path, text), currency="RUB")
    assert [error.line for error in refused.value.errors] == [3, 4]


def test_a_stock_count_of_zero_is_out_of_stock_and_a_yml_file_that_is_not_a_feed_is_refused(tmp_path):
    offers = ('<offer id="1" available="true"><price>10</price><name>Кольцо</name><stock_quantity>0</stock_quantity></offer>'
              '<offer id="2"><price>10</price><name>Серьги</name><quantity_in_stock>4</quantity_in_stock></offer>'
              '<offer id="3" available=""><price>10</price><name>Кулон</name></offer>')  # fmt: skip
    text = f'<?xml version="1.0"?><yml_catalog><shop><offers>{offers}</offers></shop></yml_catalog>'
    assert [item.in_stock for item in load_catalog(write(tmp_path, text), currency="RUB").items] == [False, True, True]  # unsaid: in stock
    with pytest.raises(CatalogError, match="is not a YML feed"):
        load_catalog(write(tmp_path, "shop:\n  name: x\n", "shop.yml"), currency="RUB")

# --- the real ingest -------------------------------------------------------------------------------


def test_facet_ingest_of_a_feed_whose_every_offer_is_bad_exits_non_zero(tmp_path):
    text = '<?xml version="1.0" encoding="windows-1251"?>\n<yml_catalog><shop><offers>\n<offer id="1"><name>Кольцо</name></offer>\n</offers></shop></yml_catalog>'
    result = run(tmp_path / "data", "ingest", write(tmp_path, text, "feed.yml", "cp1251"), "--currency", "RUB")
    assert result.returncode != 0
    assert any("line 3" in line and "no price" in line for line in messages(result.stderr))
