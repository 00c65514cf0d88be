"""Shoptet's product export (retrieval/shoptet.py), read by retrieval/catalog.py and ingested by the
real `facet ingest`: a ";"-separated file in Windows-1250 or UTF-8 detected from its header's tags (any
case or spacing), rows sharing a pairCode one item with its variants (variant:<name> options, prices
from-to), the pairCode its id (else the code, a "$" before it dropped), a decimal comma, the
VAT-inclusive price (priceVat, or price with the row's own vat rate added when the file says it is
without VAT), the action price within its dates, visibility values that are not for sale skipped,
category paths as the shop's kind labels, HTML descriptions as text, only https photos, bad rows at
their line and the rest kept, a file of bad rows refused."""

import csv
import io

import pytest

from benchmarks.heldout_shops import rewritten_export, shop_export
from https_cdn import write
from retrieval.catalog import NoValidRowsError, load_catalog
from retrieval.formats import detect_format
from retrieval.rows import column_key, csv_records
from retrieval.shoptet import NOT_FOR_SALE, products
from standin_facet import messages, run

COLUMNS = [
    "code", "pairCode", "name", "appendix", "shortDescription", "description", "manufacturer", "itemType", "defaultCategory",
    "categoryText", "categoryText2", "image", "image2", "price", "priceVat", "standardPrice", "actionPrice", "actionPriceFrom",
    "actionPriceUntil", "purchasePrice", "vat", "includingVat", "currency", "stock", "visibility", "productVisibility",
    "variant:Velikost", "variant:Barva kovu", "filteringProperty:Materiál", "textProperty",
]  # fmt: skip
CDN = "https://cdn.myshoptet.com/usr/www.example.cz/user/shop/big/"
PAST, FUTURE = "2001-01-01", "2999-12-31"


def rows(*records: dict[str, str], columns: list[str] = COLUMNS, delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def row(code: str, name: str, **cells: str) -> dict[str, str]:
    return {"code": code, "name": name, "currency": "CZK", "vat": "21", "productVisibility": "visible", "visibility": "visible", **cells}


def catalog() -> str:
    """A ring in three sizes and two metal colours at two prices (one size out of stock, one hidden), a
    pendant on sale, earrings with a standard price, a hidden brooch, a chain whose price is no number,
    a bracelet whose photo is http://, a service."""
    ring = {"pairCode": "$00100", "shortDescription": "<p>Prsten s <b>granátem</b>.</p>", "defaultCategory": "Šperky > Prsteny",
            "categoryText": "Šperky > Prsteny", "categoryText2": "Novinky", "image": f"{CDN}prsten.jpg", "image2": f"{CDN}prsten-2.jpg",
            "manufacturer": "Zlatnictví Novák", "filteringProperty:Materiál": "Stříbro 925", "textProperty": "Kámen: granát"}  # fmt: skip
    return rows(
        row("$00101", "Prsten Granát", **ring, priceVat="1 290,50", stock="2", **{"variant:Velikost": "52", "variant:Barva kovu": "stříbrná"}),
        row("$00102", "Prsten Granát", **ring, priceVat="1290,50", stock="0", **{"variant:Velikost": "54", "variant:Barva kovu": "stříbrná"}),
        row("$00103", "Prsten Granát", **ring, priceVat="1590", stock="1", **{"variant:Velikost": "56", "variant:Barva kovu": "zlatá"}),
        row("$00104", "Prsten Granát", **ring, priceVat="1590", visibility="hidden", **{"variant:Velikost": "58", "variant:Barva kovu": "zlatá"}),
        row("P-200", "Přívěsek Měsíc", priceVat="890", actionPrice="690", actionPriceFrom=PAST, actionPriceUntil=FUTURE,
            description="<div>Srpek měsíce ze <strong>stříbra</strong>.</div>", categoryText="Šperky > Přívěsky", image=f"{CDN}privesek.jpg"),
        row("N-300", "Náušnice Perla", priceVat="1 100", standardPrice="1 400", actionPrice="900", actionPriceUntil=PAST,
            categoryText="Šperky > Náušnice", stock="5"),
        row("B-400", "Brož Lilie", priceVat="2000", productVisibility="hidden", categoryText="Šperky > Brože"),
        row("C-500", "Řetízek Anker", priceVat="na dotaz", categoryText="Šperky > Řetízky"),
        row("BR-600", "Náramek Vlna", price="1000", includingVat="0", vat="21", categoryText="Šperky > Náramky",
            image="http://www.example.cz/naramek.jpg"),
        row("G-700", "Gravírování", priceVat="200", itemType="service"),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "produkty.csv", catalog()), currency="CZK")


def test_rows_sharing_a_pair_code_are_one_item_with_its_variants(loaded):
    assert loaded.format == "shoptet"
    assert [item.id for item in loaded.items] == ["00100", "P-200", "N-300", "BR-600"]
    ring = loaded.items[0]
    assert [(v.sku, v.options, v.price, v.in_stock) for v in ring.variants] == [
        ("00101", {"velikost": "52", "barva kovu": "stříbrná"}, 1290.5, True),
        ("00102", {"velikost": "54", "barva kovu": "stříbrná"}, 1290.5, False),
        ("00103", {"velikost": "56", "barva kovu": "zlatá"}, 1590.0, True),
    ]  # the hidden size 58 is no variant; option names are the header's, matched without regard to case
    assert (ring.price, ring.price_max, ring.currency, ring.in_stock) == (1290.5, 1590.0, "CZK", True)
    assert ring.options["velikost"] == ["52", "54", "56"] and ring.options["barva kovu"] == ["stříbrná", "zlatá"]
    assert ring.options["materiál"] == ["Stříbro 925"]  # a filtering property: the shop's own statement


def test_the_description_is_text_with_the_text_properties_and_the_manufacturer_the_vendor(loaded):
    ring, pendant = loaded.items[:2]
    assert ring.description == "Prsten s granátem.\nKámen: granát"
    assert pendant.description == "Srpek měsíce ze stříbra."
    assert ring.vendor == "Zlatnictví Novák"


def test_category_paths_are_the_shops_kind_labels(tmp_path):
    records = csv_records(write(tmp_path / "produkty.csv", catalog()), 100_000, ";")
    ring = next(product for _, product in products(records))
    assert (ring.kinds, ring.broader_kinds) == (["Prsteny", "Novinky"], ["Šperky"])  # the default category's first
    text = rows(row("X-1", "Aurora", priceVat="900", categoryText="New In", categoryText2="Jewellery > Rings"))
    item = load_catalog(write(tmp_path / "p.csv", text), currency="CZK").items[0]
    assert (item.category, item.provenance["category"].evidence) == ("ring", "Rings")


def test_the_action_price_within_its_dates_and_the_standard_price_are_compare_at_prices(loaded):
    _, pendant, earrings, bracelet = loaded.items
    assert (pendant.price, pendant.compare_at_price) == (690.0, 890.0)
    assert (earrings.price, earrings.compare_at_price, earrings.in_stock) == (1100.0, 1400.0, True)  # the sale ended


def test_a_price_without_vat_has_the_rows_own_rate_added(loaded, tmp_path):
    bracelet = loaded.items[3]
    assert bracelet.price == 1210.0
    header = ["code", "name", "price", "priceVat", "vat", "currency"]  # both prices named: price is the one without VAT
    text = rows({"code": "A", "name": "Prsten A", "price": "1000", "vat": "21"}, {"code": "B", "name": "Prsten B", "price": "1000", "priceVat": "1250"},
                {"code": "C", "name": "Prsten C", "price": "1000"}, columns=header)  # fmt: skip
    again = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert [(item.id, item.price) for item in again.items] == [("A", 1210.0), ("B", 1250.0)]
    assert [(error.line, error.reason) for error in again.errors] == [
        (4, "price: the price on line 4 is without VAT and the row gives no vat rate to add")]  # fmt: skip


def test_a_price_with_no_vat_columns_is_what_the_shop_entered(tmp_path):
    text = rows({"code": "$0042", "pairCode": "", "name": "Prsten", "price": "2 490,00"}, columns=["code", "pairCode", "name", "price"])
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert [(item.id, item.price, item.currency) for item in loaded.items] == [("0042", 2490.0, "CZK")]
    assert loaded.notes == []


def test_a_price_beside_a_vat_rate_of_no_stated_basis_is_read_with_vat_and_the_report_says_so(tmp_path):
    header = ["code", "pairCode", "name", "price", "vat", "defaultImage", "image"]
    text = rows({"code": "1", "name": "Prsten", "price": "1 290", "vat": "21", "defaultImage": f"{CDN}a.jpg", "image": f"{CDN}a.jpg"}, columns=header)
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert [(item.price, item.image, item.images) for item in loaded.items] == [(1290.0, f"{CDN}a.jpg", [])]
    assert len(loaded.notes) == 1 and loaded.notes[0].startswith("p.csv: price read as VAT-inclusive")


def test_products_not_for_sale_are_skipped_not_rejected(loaded, tmp_path):
    assert sorted((skipped.id, skipped.reason) for skipped in loaded.skipped) == [("B-400", "hidden"), ("G-700", "a service")]
    for value, reason in (("detailOnly", "hidden (detail page only)"), ("blocked", "ordering blocked"), ("cashdesk", "till only")):
        text = rows(row("1", "Prsten", priceVat="100", productVisibility=value), row("2", "Náramek", priceVat="100"))
        skipped = load_catalog(write(tmp_path / "p.csv", text), currency="CZK").skipped
        assert [(s.id, s.reason) for s in skipped] == [("1", reason)] and NOT_FOR_SALE[value.lower()] == reason


def test_a_product_whose_every_variant_is_hidden_is_skipped(tmp_path):
    text = rows(row("1", "Prsten", pairCode="P", priceVat="100", visibility="hidden", **{"variant:Velikost": "52"}),
                row("2", "Prsten", pairCode="P", priceVat="100", visibility="detailOnly", **{"variant:Velikost": "54"}),
                row("3", "Náramek", priceVat="100"))  # fmt: skip
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert ([item.id for item in loaded.items], [(s.id, s.reason) for s in loaded.skipped]) == (["3"], [("P", "hidden")])


def test_only_https_photos_are_taken(loaded):
    ring, pendant, earrings, bracelet = loaded.items
    assert (ring.image, ring.images, pendant.image, bracelet.image) == (f"{CDN}prsten.jpg", [f"{CDN}prsten-2.jpg"], f"{CDN}privesek.jpg", "")
    assert loaded.photo_refusals["BR-600"].startswith("image refused: only https:// photo URLs are read from a Shoptet export")


def test_a_bad_price_is_reported_at_its_line_and_the_rest_kept(loaded):
    assert [(error.line, error.reason) for error in loaded.errors] == [(9, "priceVat: 'na dotaz' is not a number (line 9)")]


def test_a_file_whose_every_row_is_rejected_is_refused(tmp_path):
    text = rows(row("1", "Prsten", priceVat="zdarma?"), row("2", "", priceVat="100"))
    with pytest.raises(NoValidRowsError) as refused:
        load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert [error.line for error in refused.value.errors] == [2, 3]


def test_a_windows_1250_file_is_read_and_survives_the_benchmarks_rewriting(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    text = rows(row("Ž-1", "Prsten Šťastný", priceVat="1 290,50", categoryText="Šperky > Prsteny", image=f"{CDN}žíhaný.jpg",
                    textProperty="Kov: žluté zlato"))  # fmt: skip
    raw = text.encode("cp1250")
    (shop / "produkty.csv").write_bytes(raw)
    (shop / "truth.jsonl").write_text("{}\n", encoding="utf-8")
    item = load_catalog(shop / "produkty.csv", currency="CZK").items[0]
    assert (item.id, item.title, item.price, item.description) == ("Ž-1", "Prsten Šťastný", 1290.5, "Kov: žluté zlato")
    local = rewritten_export(shop_export(shop), CDN, "https://127.0.0.1:9/", tmp_path / "work")
    assert local.read_bytes() == raw.replace(CDN.encode(), b"https://127.0.0.1:9/")  # bytes otherwise unchanged
    again = load_catalog(local, currency="CZK").items[0]
    assert (again.title, again.image) == ("Prsten Šťastný", "https://127.0.0.1:9/žíhaný.jpg")


def test_the_header_is_matched_without_regard_to_case_or_spacing_and_a_comma_file_is_read(tmp_path):
    header = ["CODE", " Name ", "PAIRCODE", "PriceVat", "Variant:Velikost"]
    text = rows({"CODE": "1", " Name ": "Prsten Opál", "PAIRCODE": "R", "PriceVat": "500", "Variant:Velikost": "52"},
                {"CODE": "2", " Name ": "Prsten Opál", "PAIRCODE": "R", "PriceVat": "600", "Variant:Velikost": "54"},
                columns=header, delimiter=",")  # fmt: skip
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    item = loaded.items[0]
    assert (loaded.format, item.id, item.gemstone, item.price, item.price_max) == ("shoptet", "R", "opal", 500.0, 600.0)


def test_other_exports_are_not_taken_for_shoptet_nor_shoptet_for_them():
    shoptet = {column_key(name) for name in COLUMNS}
    magento = {column_key(name) for name in ("sku", "store_view_code", "attribute_set_code", "product_type", "name", "price")}
    woocommerce = {column_key(name) for name in "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories".split(",")}
    shopify = {column_key(name) for name in ("Handle", "Title", "Body (HTML)", "Variant Price")}
    tilda = {column_key(name) for name in ("Tilda UID", "Title", "Price", "Category")}
    facet = {"id", "title", "description", "price", "category", "url"}
    kinds = [detect_format(keys) for keys in (shoptet, magento, woocommerce, shopify, tilda, facet, {"code", "name", "price"})]
    assert kinds == ["shoptet", "magento", "woocommerce", "shopify", "tilda", "facet", "facet"]  # code and name alone are no Shoptet header


# --- the real ingest -------------------------------------------------------------------------------


def test_facet_ingest_of_a_file_whose_every_row_is_rejected_exits_non_zero(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(rows(row("1", "Prsten", priceVat="zdarma?")).encode("cp1250"))
    result = run(tmp_path / "data", "ingest", path, "--currency", "CZK")
    assert result.returncode != 0
    assert any("line 2" in line and "is not a number" in line for line in messages(result.stderr))


# --- the XML export ---------------------------------------------------------------------------------

XML = f"""<?xml version="1.0" encoding="utf-8"?>
<SHOP>
  <SHOPITEM id="10">
    <NAME>Prsten Luna</NAME>
    <SHORT_DESCRIPTION><![CDATA[<p>Prsten z <b>bílého zlata</b>.</p>]]></SHORT_DESCRIPTION>
    <MANUFACTURER>Novák</MANUFACTURER>
    <VISIBILITY>visible</VISIBILITY>
    <CATEGORIES><CATEGORY id="1">Jewellery &gt; Rings</CATEGORY><DEFAULT_CATEGORY id="1">Jewellery &gt; Rings</DEFAULT_CATEGORY></CATEGORIES>
    <IMAGES><IMAGE>{CDN}luna.jpg</IMAGE><IMAGE>http://www.example.cz/luna-2.jpg</IMAGE></IMAGES>
    <TEXT_PROPERTIES><TEXT_PROPERTY><NAME>Kámen</NAME><VALUE>safír</VALUE></TEXT_PROPERTY></TEXT_PROPERTIES>
    <CURRENCY>CZK</CURRENCY>
    <VAT>21</VAT>
    <VARIANTS>
      <VARIANT id="11"><CODE>L-52</CODE><PRICE_VAT>4990</PRICE_VAT><STOCK><AMOUNT>1</AMOUNT></STOCK>
        <PARAMETERS><PARAMETER><NAME>Velikost</NAME><VALUE>52</VALUE></PARAMETER></PARAMETERS></VARIANT>
      <VARIANT id="12"><CODE>L-54</CODE><PRICE_VAT>5490,50</PRICE_VAT><STOCK><AMOUNT>0</AMOUNT></STOCK>
        <PARAMETERS><PARAMETER><NAME>Velikost</NAME><VALUE>54</VALUE></PARAMETER></PARAMETERS></VARIANT>
      <VARIANT id="13"><CODE>L-56</CODE><PRICE_VAT>5490</PRICE_VAT><VISIBLE>0</VISIBLE>
        <PARAMETERS><PARAMETER><NAME>Velikost</NAME><VALUE>56</VALUE></PARAMETER></PARAMETERS></VARIANT>
    </VARIANTS>
  </SHOPITEM>
  <SHOPITEM id="20">
    <NAME>Brož Lilie</NAME>
    <VISIBILITY>hidden</VISIBILITY>
    <CODE>B-1</CODE><PRICE_VAT>900</PRICE_VAT>
  </SHOPITEM>
  <SHOPITEM id="30">
    <NAME>Náušnice Kapka</NAME>
    <CODE>N-1</CODE><PRICE_VAT>1 200</PRICE_VAT><ACTION_PRICE>990</ACTION_PRICE><ACTION_PRICE_UNTIL>{FUTURE}</ACTION_PRICE_UNTIL>
  </SHOPITEM>
  <SHOPITEM id="40">
    <NAME>Řetízek</NAME>
    <CODE>R-1</CODE><PRICE_VAT>na dotaz</PRICE_VAT>
  </SHOPITEM>
</SHOP>
"""


def test_the_xml_export_is_read_as_the_rows_of_its_csv(tmp_path):
    path = tmp_path / "productsComplete.xml"
    path.write_bytes(XML.encode("utf-8"))
    loaded = load_catalog(path, currency="CZK")
    assert loaded.format == "shoptet" and [item.id for item in loaded.items] == ["10", "N-1"]
    ring, earrings = loaded.items
    assert [(v.sku, v.options, v.price, v.in_stock) for v in ring.variants] == [
        ("L-52", {"velikost": "52"}, 4990.0, True), ("L-54", {"velikost": "54"}, 5490.5, False)]  # fmt: skip
    assert (ring.title, ring.category, ring.vendor, ring.image, ring.currency) == ("Prsten Luna", "ring", "Novák", f"{CDN}luna.jpg", "CZK")
    assert ring.description == "Prsten z bílého zlata.\nKámen: safír"
    assert (earrings.price, earrings.compare_at_price) == (990.0, 1200.0)
    assert [(s.id, s.reason) for s in loaded.skipped] == [("B-1", "hidden")]
    assert [(error.line, error.reason) for error in loaded.errors] == [(31, "priceVat: 'na dotaz' is not a number (line 31)")]  # its <SHOPITEM>
    assert ring.images == []  # the http:// one refused


def test_an_xml_export_with_a_doctype_is_refused(tmp_path):
    path = tmp_path / "p.xml"
    path.write_bytes(XML.replace("<SHOP>", '<!DOCTYPE SHOP [<!ENTITY x "y">]>\n<SHOP>', 1).encode("utf-8"))
    with pytest.raises(Exception, match="DOCTYPE or ENTITY"):
        load_catalog(path, currency="CZK")


def test_the_encoding_is_told_from_the_bytes(tmp_path):
    from retrieval.shoptet import encoding_of

    text = "code;name;pairCode\n1;Věšák Šťastný;\n"
    (tmp_path / "a.csv").write_bytes(text.encode("cp1250"))
    (tmp_path / "b.csv").write_bytes(text.encode("utf-8") + b"2;stray \x81 byte;\n")
    assert [encoding_of(tmp_path / name) for name in ("a.csv", "b.csv")] == ["cp1250", "utf-8-sig"]


def test_variant_rows_may_leave_the_products_cells_blank_and_a_hidden_product_is_not_priced(tmp_path):
    header = ["code", "pairCode", "name", "description", "categoryText", "price", "vat", "includingVat", "productVisibility", "variant:Velikost"]
    text = rows({"code": "1", "pairCode": "P", "name": "Prsten", "description": "<p>Zlatý</p>", "categoryText": "Jewellery > Rings",
                 "price": "1000", "vat": "21", "includingVat": "0", "variant:Velikost": "52"},
                {"code": "2", "pairCode": "P", "price": "2000", "variant:Velikost": "54"},
                {"code": "3", "name": "Brož", "price": "na dotaz", "productVisibility": "hidden"}, columns=header)  # fmt: skip
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    ring = loaded.items[0]
    assert (ring.id, ring.description, ring.category, [v.price for v in ring.variants]) == ("P", "Zlatý", "ring", [1210.0, 2420.0])
    assert ([(s.id, s.reason) for s in loaded.skipped], loaded.errors) == ([("3", "hidden")], [])


def test_a_price_of_zero_is_a_price_on_request_skipped_not_rejected(tmp_path):
    """Shoptet's "Cena na dotaz": priceVat 0 (availability "Na dotaz"); a variant priced so is dropped, a
    product whose every variant is is skipped, neither a rejected row."""
    columns = [*COLUMNS, "availabilityOutOfStock"]
    text = rows(row("1", "Zlatý snubní prsten", priceVat="0,00", availabilityOutOfStock="Na dotaz"),
                row("2", "Prsten", pairCode="P", priceVat="0", **{"variant:Velikost": "52"}),
                row("3", "Prsten", pairCode="P", priceVat="0,00", **{"variant:Velikost": "54"}),
                row("4", "Náušnice", pairCode="N", priceVat="990", **{"variant:Velikost": "S"}),
                row("5", "Náušnice", pairCode="N", priceVat="0", **{"variant:Velikost": "M"}),
                row("6", "Náramek", priceVat="100"), columns=columns)  # fmt: skip
    loaded = load_catalog(write(tmp_path / "p.csv", text), currency="CZK")
    assert [(s.id, s.reason) for s in loaded.skipped] == [("1", "price on request"), ("P", "price on request")]
    assert ([item.id for item in loaded.items], loaded.errors) == (["N", "6"], [])
    assert [(v.sku, v.price) for v in loaded.items[0].variants] == [("4", 990.0)]
