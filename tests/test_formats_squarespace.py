"""Squarespace's products export (retrieval/squarespace.py), read by retrieval/catalog.py and ingested
by the real `facet ingest`: detected from its header (with or without "[Non Editable]"), one item per
product with its variant rows as options and a price range, HTML as text, Categories and Tags as
words, Stock a number or Unlimited, the sale price when On Sale, the shop's currency, a hidden or
digital product skipped, Hosted Image URLs as photos (https only: an http:// URL and a path refused
with their line), bad rows at their line."""

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.rows import column_key
from standin_facet import messages, run

HEADER = (
    "Product ID [Non Editable],Variant ID [Non Editable],Product Type [Non Editable],Product Page,Product URL,Title,"
    "Description,SKU,Option Name 1,Option Value 1,Option Name 2,Option Value 2,Price,Sale Price,On Sale,Stock,Categories,"
    "Tags,Weight,Length,Width,Height,Visible,Hosted Image URLs\n"
)
CDN = "https://images.squarespace-cdn.com/content/v1/5f1a/"


def products(cdn: str = CDN) -> str:
    """A ring in three sizes and two metals (its description on two lines, two photos), a cuff on sale
    whose first photo is http://, a hidden brooch, a pendant whose price is not one, a necklace whose
    photo is a path, a digital gift card and pearl studs with no photo."""
    return (
        f'p1,v1,PHYSICAL,shop,solitaire-ring,Solitaire Ring,"<p>A classic solitaire &amp; a <b>blue</b> sapphire.</p>\nMade to order.",'
        f'SR-5,Ring size,5,Metal,18k yellow gold,480.00,0,No,3,Rings,"engagement, solitaire",0,0,0,0,Yes,{cdn}ring.png {cdn}ring-side.png\n'
        "p1,v2,PHYSICAL,,,,,SR-6,Ring size,6,Metal,18k yellow gold,480.00,0,No,0,,,0,0,0,0,,\n"
        "p1,v3,PHYSICAL,,,,,SR-7,Ring size,7,Metal,18k white gold,520.00,0,No,Unlimited,,,0,0,0,0,,\n"
        f'p2,v4,PHYSICAL,shop,hammered-cuff,Hammered Cuff,Hand hammered sterling silver.,CF-1,,,,,120.00,95.50,Yes,Unlimited,'
        f'Bracelets,cuff,0,0,0,0,Yes,"http://images.squarespace-cdn.com/cuff.png, {cdn}cuff.png"\n'
        "p3,v5,PHYSICAL,shop,old-brooch,Old Brooch,A brooch.,BR-1,,,,,40.00,0,No,2,Brooches,,0,0,0,0,No,\n"
        "p4,v6,PHYSICAL,shop,moon-pendant,Moon Pendant,A crescent moon.,MP-1,,,,,free,0,No,2,Necklaces,moon,0,0,0,0,Yes,\n"
        "p5,v7,PHYSICAL,shop,star-necklace,Star Necklace,A star on a fine chain.,ST-1,,,,,32.00,0,No,5,Necklaces,"
        "14k gold filled,0,0,0,0,Yes,photos/star.png\n"
        "p6,v8,DIGITAL,shop,gift-card,Gift Card,A gift.,GC-1,,,,,50.00,0,No,Unlimited,,,0,0,0,0,Yes,\n"
        "p7,v9,PHYSICAL,shop,pearl-studs,Pearl Studs,Freshwater pearls in sterling silver.,,,,,,60.00,0,No,1,Earrings,"
        '"pearl, studs",0,0,0,0,Yes,\n'
    )


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "products_shop_Dec-05.csv", HEADER + products()), currency="EUR")


def test_a_squarespace_export_is_one_item_per_product(loaded):
    assert loaded.format == "squarespace" and loaded.rows_read == 7
    assert [item.id for item in loaded.items] == ["SR-5", "CF-1", "ST-1", "p7"]  # the first row's SKU, else the Product ID
    ring = loaded.items[0]
    assert ring.description == "A classic solitaire & a blue sapphire.\nMade to order."
    assert (ring.price, ring.price_max, ring.currency, ring.in_stock) == (480.0, 520.0, "EUR", True)
    assert ring.options == {"Ring size": ["5", "6", "7"], "Metal": ["18k yellow gold", "18k white gold"]}
    assert [(variant.sku, variant.in_stock) for variant in ring.variants] == [("SR-5", True), ("SR-6", False), ("SR-7", True)]
    assert ring.ring_sizes == [5.0, 6.0, 7.0] and ring.category == "ring"
    assert (ring.karat, ring.gemstone) == (18, "sapphire")
    assert (ring.image, ring.images) == (f"{CDN}ring.png", [f"{CDN}ring-side.png"])
    assert "engagement" in ring.tags


def test_the_sale_price_is_the_price_when_on_sale_and_the_words_say_what_a_piece_is(loaded):
    cuff, necklace, studs = loaded.items[1:]
    assert (cuff.price, cuff.compare_at_price, cuff.in_stock, cuff.category, cuff.metal) == (95.5, 120.0, True, "bangle", "sterling silver")
    assert (necklace.category, necklace.metal) == ("necklace", "gold filled")
    assert (studs.gemstone, studs.metal, studs.category) == ("pearl", "sterling silver", "earrings")


def test_the_file_names_no_currency_so_the_shop_setting_applies(loaded):
    assert {item.currency for item in loaded.items} == {"EUR"}
    assert loaded.currency_from_setting == {item.id for item in loaded.items}


def test_hidden_and_digital_products_are_skipped_not_rejected(loaded):
    assert [(skipped.line, skipped.reason) for skipped in loaded.skipped] == [(7, "hidden"), (10, "digital")]


def test_a_bad_price_is_reported_at_its_line(loaded):
    # the ring's description takes two lines and its variants two more: the pendant is on line 8
    assert [(error.line, error.reason) for error in loaded.errors] == [(8, "price: 'free' is not a number")]


def test_only_https_photos_are_taken(loaded):
    cuff = loaded.items[1]
    assert cuff.image == f"{CDN}cuff.png"  # the http:// URL is refused: the next one is its photo, and the ingest says so
    assert loaded.photo_notes == [
        "line 6 (CF-1): Hosted Image URLs refused: only https:// photo URLs are read from a Squarespace export, not "
        "'http://images.squarespace-cdn.com/cuff.png'; the listing's next photo is its photo"
    ]
    assert loaded.items[2].image == ""
    assert loaded.photo_refusals == {
        "ST-1": "Hosted Image URLs refused: only https:// photo URLs are read from a Squarespace export, not 'photos/star.png'"}  # fmt: skip
    assert loaded.items[3].image == "" and "p7" not in loaded.photo_refusals  # no photo given: nothing refused


def test_the_header_is_matched_without_regard_to_case_spacing_or_the_non_editable_mark(tmp_path):
    header = "product_id,variant id,product type,product url,TITLE,description,sku,price,sale price,on sale,stock,categories,tags,VISIBLE,hosted image urls\n"
    row = f"g1,,,garnet-ring,Garnet Ring,Deep red.,GR-1,120,,no,1,Rings,9ct gold,yes,{CDN}g.png\n"
    item = load_catalog(write(tmp_path / "products.csv", header + row), currency="GBP").items[0]
    assert (item.id, item.image, item.currency, item.karat, item.gemstone, item.category) == ("GR-1", f"{CDN}g.png", "GBP", 9, "garnet", "ring")


def test_other_exports_are_not_taken_for_squarespace():
    etsy = {column_key(name) for name in "TITLE,PRICE,CURRENCY_CODE,QUANTITY,MATERIALS".split(",")}
    facet = {"title", "price", "image", "tags"}
    assert detect_format(etsy) == "etsy" and detect_format(facet) == "facet"


def test_a_bad_stock_or_an_orphan_variant_row_is_rejected_and_the_rest_kept(tmp_path):
    rows = (
        ",,PHYSICAL,,,,,X-1,Size,6,,,20,,No,1,,,,,,,,\n"  # a variant row before any product
        "q1,,PHYSICAL,,band,Band,Gold band.,B-6,Size,6,,,20,,No,1,Rings,,,,,,Yes,\n"
        "q1,,PHYSICAL,,,,,B-7,Size,7,,,20,,No,many,,,,,,,,\n"
        "q2,,PHYSICAL,,hoops,Hoops,Silver hoops.,H-1,,,,,30,,No,4,Earrings,,,,,,Yes,\n"
        "q9,,PHYSICAL,,,,,Z-1,Size,7,,,20,,No,1,,,,,,,,\n"  # another product's variant, without its first row
    )
    loaded = load_catalog(write(tmp_path / "products.csv", HEADER + rows), currency="USD")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "Title: a row without a title that is no variant of the product above it"),
        (3, "Stock: 'many' is not a number or Unlimited (line 4)"),
        (6, "Title: a row without a title that is no variant of the product above it"),
    ]
    assert [item.id for item in loaded.items] == ["H-1"]


def test_a_variant_row_that_repeats_its_products_title_is_still_a_variant(tmp_path):
    rows = (
        "q1,,PHYSICAL,,band,Band,Gold band.,B-6,Size,6,,,20,,No,1,Rings,,,,,,Yes,\n"
        "q1,,PHYSICAL,,band,Band,,B-7,Size,7,,,25,,No,1,,,,,,,,\n"
        ",,PHYSICAL,,band-2,Band,Another band.,B-8,,,,,30,,No,1,Rings,,,,,,Yes,\n"  # a hand-made row: no id, a new product
    )
    loaded = load_catalog(write(tmp_path / "products.csv", HEADER + rows), currency="USD")
    assert [(item.id, item.price, item.price_max, item.options) for item in loaded.items] == [
        ("B-6", 20.0, 25.0, {"Size": ["6", "7"]}), ("B-8", 30.0, None, {})]  # fmt: skip


# --- the real ingest: photos fetched over https from a local server, cached, refusals reported ---


@pytest.mark.e2e
def test_a_squarespace_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.png", (226, 184, 64)), ("ring-side.png", (226, 184, 64)), ("cuff.png", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "products_shop_Dec-05.csv", HEADER + products(base_url))
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 7 / ingested 4 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 2 (not for sale)"
    said = messages(result.stderr)
    assert any("line 6 (CF-1): Hosted Image URLs refused: only https://" in line and "next photo is its photo" in line for line in said)
    assert any("(ST-1): Hosted Image URLs refused" in line and "indexed by its text only" in line for line in said)
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # the main photos, fetched over https

    again = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 7 / ingested 0 / updated 0 / unchanged 4")
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # cached: nothing fetched again
