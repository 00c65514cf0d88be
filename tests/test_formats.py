"""Catalog files as shops export them (retrieval/formats.py, shopify.py, woocommerce.py), read into
items by retrieval/catalog.py: every format detected from its header, variants as one item, drafts
skipped, column mappings, HTML descriptions as text, unknown values kept and searchable, and every
bad product reported at the line of its first row."""

import json

import pytest

from retrieval.catalog import CatalogError, NoValidRowsError, load_catalog
from retrieval.formats import load_mapping
from retrieval.html_text import html_text
from retrieval.records import item_text

SHOPIFY_HEADER = (
    "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
    "Option3 Name,Option3 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,"
    "Variant Price,Variant Compare At Price,Image Src,Image Position,Status\n"
)
SHOPIFY_ROWS = (
    'aurora-halo,Aurora Halo Ring,"<p>A halo of <b>diamonds</b> &amp; a 1 ct centre.</p><ul><li>18K gold</li><li>Hallmarked</li></ul>",'
    'Kothari,Rings,"bridal, vintage",TRUE,Ring Size,6,Gold Colour,Rose,,,AUR-6,shopify,2,deny,"1,04,000.00",,'
    "https://cdn.example/files/aurora.jpg?v=123,1,active\n"
    "aurora-halo,,,,,,,,7,,Rose,,,AUR-7,shopify,0,deny,\"1,06,500.00\",,,,\n"
    "aurora-halo,,,,,,,,,,,,,,,,,,,https://cdn.example/files/aurora-side.jpg?v=124,2,\n"
    "kundan-jhumka,Kundan Jhumka,<p>Handcrafted 22KT gold jhumkas with pearl drops.</p>,Kothari,Earrings,festive,TRUE,"
    "Title,Default Title,,,,,KJ-1,shopify,5,deny,74000,80000,https://cdn.example/files/jhumka.jpg,1,active\n"
    "draft-ring,Draft Ring,<p>x</p>,Kothari,Rings,,TRUE,Title,Default Title,,,,,DR-1,,,,500,,,,draft\n"
    "old-ring,Old Ring,<p>x</p>,Kothari,Rings,,TRUE,Title,Default Title,,,,,OR-1,,,,500,,,,archived\n"
    "hidden-ring,Hidden Ring,<p>x</p>,Kothari,Rings,,FALSE,Title,Default Title,,,,,HR-1,,,,500,,,,active\n"
    "heritage-kada,Heritage Broad Kada,<p>Oxidised 925 sterling silver.</p>,Kothari,Kadas,,TRUE,Title,Default Title,,,,,SK-1,,,,Rs. 4500,,,,active\n"
)


def write(path, text: str, bom: bool = False):
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.fixture
def shopify(tmp_path):
    return load_catalog(write(tmp_path / "products_export.csv", SHOPIFY_HEADER + SHOPIFY_ROWS), currency="INR")


def test_a_shopify_export_is_one_item_per_product_with_its_variants(shopify):
    assert shopify.format == "shopify" and not shopify.errors
    ring, jhumka, kada = shopify.items
    assert (ring.id, ring.handle, ring.vendor) == ("aurora-halo", "aurora-halo", "Kothari")
    assert (ring.price, ring.price_max, ring.currency) == (104000.0, 106500.0, "INR")  # from the cheapest variant
    assert ring.options == {"Ring Size": ["6", "7"], "Gold Colour": ["Rose"]} and ring.ring_sizes == [6.0, 7.0]
    assert [(v.sku, v.price, v.in_stock) for v in ring.variants] == [("AUR-6", 104000.0, True), ("AUR-7", 106500.0, False)]
    assert ring.in_stock  # one variant is
    assert ring.image == "https://cdn.example/files/aurora.jpg?v=123" and ring.images == ["https://cdn.example/files/aurora-side.jpg?v=124"]
    assert (jhumka.price, jhumka.compare_at_price, jhumka.options) == (74000.0, 80000.0, {})
    assert shopify.lines == {"aurora-halo": 2, "kundan-jhumka": 5, "heritage-kada": 9}  # each product's first row


def test_attributes_are_read_from_title_options_body_type_and_tags(shopify):
    ring, jhumka, kada = shopify.items
    assert (ring.category, ring.metal, ring.metal_color, ring.karat) == ("ring", "rose gold", "rose", 18)  # option + body
    assert (ring.gemstone, ring.carat, ring.style) == ("diamond", 1.0, "vintage")
    assert ring.provenance["metal"].source == "options" and ring.provenance["karat"].source == "description"
    assert (jhumka.category, jhumka.metal, jhumka.karat, jhumka.gemstone) == ("jhumka", "yellow gold", 22, "kundan")
    assert (kada.category, kada.metal, kada.gemstone) == ("kada", "sterling silver", "none")
    assert kada.currency == "INR" and kada.price == 4500.0  # "Rs. 4500"


def test_drafts_archived_and_unpublished_products_are_skipped_not_rejected(shopify):
    assert [(s.id, s.reason, s.line) for s in shopify.skipped] == [("draft-ring", "draft", 6), ("old-ring", "archived", 7),
                                                                    ("hidden-ring", "unpublished", 8)]  # fmt: skip
    assert shopify.rows_read == 6 and not shopify.errors


def test_html_descriptions_are_plain_text(shopify):
    ring = shopify.items[0]
    assert ring.description == "A halo of diamonds & a 1 ct centre.\n18K gold\nHallmarked"
    assert html_text("<script>alert(1)</script><style>b{}</style><p>Gold &lt;b&gt;</p>") == "Gold <b>"


def test_newer_shopify_headers_are_read_too(tmp_path):
    header = "URL handle,Title,Description,Vendor,Type,Tags,Status,SKU,Price,Compare-at price,Inventory quantity,Product image URL,Image position\n"
    row = "gold-hoops,Gold Hoops,<p>14k yellow gold hoop earrings</p>,Acme,Earrings,,active,GH-1,$250.00,$300.00,4,https://cdn.example/h.jpg,1\n"
    item = load_catalog(write(tmp_path / "new.csv", header + row)).items[0]
    assert (item.id, item.price, item.compare_at_price, item.currency) == ("gold-hoops", 250.0, 300.0, "USD")
    assert (item.category, item.metal, item.karat, item.image) == ("earrings", "yellow gold", 14, "https://cdn.example/h.jpg")


WOO_HEADER = (
    "ID,Type,SKU,Name,Published,Is featured?,Visibility in catalog,Short description,Description,In stock?,Stock,"
    "Sale price,Regular price,Categories,Tags,Images,Parent,Attribute 1 name,Attribute 1 value(s),Attribute 1 visible,"
    "Attribute 1 global,Attribute 2 name,Attribute 2 value(s),Attribute 2 visible,Attribute 2 global\n"
)
WOO_ROWS = (
    '101,variable,HW-STK,Stacking Ring,1,0,visible,"A slim band.","Hand finished.\\n9ct gold, sizes J to P.",1,,,,'
    '"Jewellery > Rings, Gifts","stacking, minimalist","https://cdn.example/uploads/2024/05/ring.jpg, https://cdn.example/uploads/2024/05/ring-2.jpg",'
    ',Metal,"9ct Yellow Gold, 9ct White Gold",1,1,Ring size,"J, L, N",1,1\n'
    "102,variation,HW-STK-YJ,Stacking Ring - Yellow J,1,0,visible,,,1,3,189,210,,,,id:101,Metal,9ct Yellow Gold,,1,Ring size,J,,1\n"
    "103,variation,HW-STK-WL,Stacking Ring - White L,1,0,visible,,,0,0,,230,,,,id:101,Metal,9ct White Gold,,1,Ring size,L,,1\n"
    "104,variation,HW-STK-YN,Stacking Ring - Yellow N,0,0,visible,,,1,2,,240,,,,HW-STK,Metal,9ct Yellow Gold,,1,Ring size,N,,1\n"
    '105,simple,HW-PRL,Pearl Drop Earrings,1,0,visible,,"<p>Freshwater pearls on sterling silver hooks</p>",1,8,,"£1,250.00",'
    "Jewellery > Earrings,,https://cdn.example/uploads/2024/05/pearl.jpg,,,,,,,,,\n"
    "106,simple,HW-DRF,Draft Brooch,-1,0,visible,,,1,1,,50,Jewellery > Brooches,,,,,,,,,,,\n"
    "107,simple,HW-PRV,Private Brooch,0,0,visible,,,1,1,,50,Jewellery > Brooches,,,,,,,,,,,\n"
    "108,variation,HW-ORPH,Orphan,1,0,visible,,,1,1,,50,,,,id:999,,,,,,,,\n"
)


def test_a_woocommerce_export_with_variations(tmp_path):
    loaded = load_catalog(write(tmp_path / "wc-product-export-1-1-2024.csv", WOO_HEADER + WOO_ROWS, bom=True), currency="GBP")
    assert loaded.format == "woocommerce"
    ring, earrings = loaded.items
    assert (ring.id, ring.handle) == ("HW-STK", "stacking-ring")
    assert (ring.price, ring.price_max, ring.compare_at_price) == (189.0, 230.0, 210.0)  # the sale price is paid
    assert [v.sku for v in ring.variants] == ["HW-STK-YJ", "HW-STK-WL"]  # the private variation is not offered
    assert ring.options == {"Metal": ["9ct Yellow Gold", "9ct White Gold"], "Ring size": ["J", "L", "N"]}
    assert ring.ring_sizes == [4.75, 5.75, 6.75]  # UK letters as US sizes
    assert (ring.category, ring.metal, ring.karat) == ("ring", "yellow gold", 9)  # the first variation's metal
    assert ring.description == "A slim band.\nHand finished.\n9ct gold, sizes J to P."  # literal \n
    assert ring.images == ["https://cdn.example/uploads/2024/05/ring-2.jpg"]
    assert (earrings.price, earrings.currency, earrings.category, earrings.metal, earrings.gemstone) == (
        1250.0, "GBP", "earrings", "sterling silver", "pearl")  # fmt: skip
    assert {(s.id, s.reason) for s in loaded.skipped} == {("HW-DRF", "draft"), ("HW-PRV", "private")}
    assert [(e.line, e.reason) for e in loaded.errors] == [(9, "a variation whose parent id:999 is not in the file")]


def test_a_woocommerce_draft_escaped_against_formulas_is_still_a_draft(tmp_path):
    # WooCommerce 9.2+ writes "-1" as "'-1" so a spreadsheet never reads it as a formula
    rows = WOO_ROWS.replace("HW-DRF,Draft Brooch,-1,", "HW-DRF,Draft Brooch,'-1,")
    loaded = load_catalog(write(tmp_path / "wc-product-export-1-1-2024.csv", WOO_HEADER + rows, bom=True), currency="GBP")
    assert ("HW-DRF", "draft") in {(s.id, s.reason) for s in loaded.skipped}
    assert "HW-DRF" not in {item.id for item in loaded.items}


def test_facet_jsonl_in_its_own_schema_reads_as_before(tmp_path):
    row = {"id": "R1", "title": "Halo Ring", "category": "ring", "metal": "white gold", "karat": 18, "gemstone": "diamond",
           "carat": 0.5, "price": 799, "ring_sizes": [6, 7], "tags": ["halo"], "style": "classic", "in_stock": False}  # fmt: skip
    item = load_catalog(write(tmp_path / "c.jsonl", json.dumps(row) + "\n")).items[0]
    assert item.model_dump(include=set(row)) == {**row, "ring_sizes": [6.0, 7.0], "carat": 0.5, "price": 799.0}
    sources = {name: fact.source for name, fact in item.provenance.items()}
    assert sources == {"category": "column", "metal": "column", "metal_color": "column", "karat": "column", "gemstone": "column",
                       "carat": "column", "gemstone_color": "usual colour"}  # fmt: skip


def test_a_hand_made_csv_in_facet_columns_is_normalised(tmp_path):
    csv = (
        "ID,Title,Category,Metal,Gemstone,Price,Description\n"
        'H1,Rose Halo,Rings,14k Rose Gold,CZ,"1,04,000","<p>Sparkly &amp; <b>bold</b></p>"\n'
        "H2,Plain Band,Wedding Bands,925 Silver,,$89.00,\n"
        "H3,Hair Comb,Hair Combs,Gunmetal,,45,\n"
    )
    band, plain, comb = load_catalog(write(tmp_path / "hand.csv", csv)).items
    assert (band.category, band.metal, band.karat, band.gemstone, band.price) == ("ring", "rose gold", 14, "cubic zirconia", 104000.0)
    assert band.description == "Sparkly & bold"
    assert (plain.category, plain.metal, plain.gemstone) == ("wedding band", "sterling silver", "none")
    # values Facet has no word for: kept as written, and searchable by those words
    assert (comb.category, comb.metal) == ("hair combs", "gunmetal")
    assert "gunmetal" in comb.tags and "gunmetal" in item_text(comb)


def test_any_csv_through_a_column_mapping(tmp_path):
    csv = "Name,Sale price,Kind,Pic\nSilver Hoops,45.00,Earrings,\nGold Studs,120.00,Earrings,\n"
    path = write(tmp_path / "shop.csv", csv)
    with pytest.raises(CatalogError, match="has no catalog header"):
        load_catalog(path)
    mapping = load_mapping(["title=Name", "price=Sale price", "category=Kind"])
    hoops, studs = load_catalog(path, mapping=mapping).items
    assert (hoops.id, hoops.title, hoops.price, hoops.category, hoops.metal) == ("silver-hoops", "Silver Hoops", 45.0, "earrings", "silver")
    mapping_file = tmp_path / "map.toml"
    mapping_file.write_text('[columns]\ntitle = "name"\nprice = "SALE  PRICE"\n')  # header names without regard to case and spacing
    assert [item.title for item in load_catalog(path, mapping=load_mapping(None, mapping_file)).items] == ["Silver Hoops", "Gold Studs"]
    with pytest.raises(CatalogError, match="not a catalog field"):
        load_mapping(["colour=Kind"])
    with pytest.raises(CatalogError, match="has no column 'cost'"):
        load_catalog(path, mapping=load_mapping(["title=Name", "price=Cost"]))


def test_every_product_rejected_is_an_error_naming_the_first(tmp_path):
    rows = "".join(f"p{n},Ring {n},<p>x</p>,,Rings,,TRUE,Title,Default Title,,,,,S{n},,,,free,,,,active\n" for n in range(3))
    with pytest.raises(NoValidRowsError) as raised:
        load_catalog(write(tmp_path / "broken.csv", SHOPIFY_HEADER + rows))
    assert str(raised.value) == "every row of broken.csv was rejected (3 rows; the first: line 2: price: 'free' is not a number)"
    drafts = "".join(f"d{n},Ring {n},,,Rings,,TRUE,Title,Default Title,,,,,S{n},,,,10,,,,draft\n" for n in range(2))
    with pytest.raises(CatalogError, match="has no product for sale"):
        load_catalog(write(tmp_path / "drafts.csv", SHOPIFY_HEADER + drafts))


def test_a_bad_variant_price_names_its_line(tmp_path):
    rows = (
        "good,Gold Ring,,,Rings,,TRUE,Size,6,,,,,G6,,,,100,,,,active\n"
        "good,,,,,,,,7,,,,,G7,,,,abc,,,,\n"
        "ok,Silver Ring,,,Rings,,TRUE,Title,Default Title,,,,,O1,,,,50,,,,active\n"
    )
    loaded = load_catalog(write(tmp_path / "bad.csv", SHOPIFY_HEADER + rows))
    assert [(error.line, error.reason) for error in loaded.errors] == [(2, "price: 'abc' is not a number (the variant on line 3)")]
    assert [item.id for item in loaded.items] == ["ok"]


KIND_HEADER = "Handle,Title,Body (HTML),Type,Product Category,Tags,Variant Price,Status\n"
KIND_ROWS = {  # handle: (title, body, type, Shopify's standard category, tags) -> kind of piece
    "solitaire": ("Diamond Solitaire Ring", "<p>18K white gold.</p>", "Engagement Rings", "", "", "engagement ring"),
    "disc": ("Gold Disc Necklace", "<p>9ct gold.</p>", "Pendants", "", "", "pendant"),
    "box-chain": ("22 Karat Gold Box Neck Chain", "<p>22KT gold.</p>", "Necklaces", "", "", "chain"),
    "daily-bangle": ("Daily Wear Bangle in 22KT Gold", "<p>Plain.</p>", "Bangles & Bracelets",
                     "Apparel & Accessories > Jewelry > Bracelets", "", "bangle"),
    "tennis": ("Classic Tennis in Gold", "<p>18K gold.</p>", "Bangles & Bracelets", "Apparel & Accessories > Jewelry > Bracelets", "", "bracelet"),
    "jodi": ("Platinum Jodi Bands", "<p>Platinum.</p>", "Rings", "", "wedding bands", "wedding band"),
    "leaf": ("Leaf Band with Diamonds", "<p>18K gold.</p>", "Rings", "", "", "ring"),
}  # fmt: skip


def test_the_shops_taxonomy_decides_the_kind_within_a_family(tmp_path):
    """A narrower kind surely said narrows (filed under engagement rings, tagged wedding bands); the
    shop's label names a sibling kind (pendants); an umbrella label ("Necklaces") or one naming two
    kinds ("Bangles & Bracelets") does not overrule the title; a weak name ("band") does not narrow."""
    rows = "".join(f'{handle},{title},{body},"{kind}","{category}","{tags}",500,active\n'
                   for handle, (title, body, kind, category, tags, _) in KIND_ROWS.items())  # fmt: skip
    catalog = load_catalog(write(tmp_path / "products_export.csv", KIND_HEADER + rows))
    assert {item.id: item.category for item in catalog.items} == {handle: row[-1] for handle, row in KIND_ROWS.items()}


@pytest.mark.parametrize("spec_line", ["Stones: None", "Stones: Plain", "Stone: N/A", "Gemstone - nil"])
def test_a_spec_line_saying_no_stone_is_no_stone_not_the_word_stone(tmp_path, spec_line):
    body = f"<p>Gents platinum band.</p><p>Gross Weight: 9.6 gm<br>{spec_line}</p>"
    catalog = load_catalog(write(tmp_path / "products_export.csv", KIND_HEADER + f'band,Gents Band,"{body}",Rings,,,500,active\n'))
    band = catalog.items[0]
    assert band.gemstone == "none" and band.provenance["gemstone"].source == "description"


def test_a_shopify_market_price_column_is_never_the_price(tmp_path):
    # Shopify 2024+ exports a price per market ("Price / Estados Unidos", in that market's currency)
    header = "Title,URL handle,Type,Price,Compare-at price,Status,Price / Estados Unidos,Compare-at price / Estados Unidos\n"
    row = "Arracadas de Oro,arracadas-de-oro,Aretes,4890.00,5400.00,active,265.99,293.99\n"
    item = load_catalog(write(tmp_path / "products_export_1.csv", header + row), currency="MXN").items[0]
    assert (item.price, item.compare_at_price, item.currency) == (4890.0, 5400.0, "MXN")
