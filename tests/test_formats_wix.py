"""Wix Stores' products export (retrieval/wix.py), read by retrieval/catalog.py and ingested by the
real `facet ingest`: detected from its header (any case and spacing), one item per Product row with
its Variant rows as options and a price range (the price plus each surcharge), a PERCENT or AMOUNT
discount as the sale price under the compare-at price, HTML and additional info as text, collections
as the shop's kind labels, ribbon and brand as tags, inventory InStock / OutOfStock / a quantity, a
hidden product skipped and a hidden variant not offered, the shop's currency, Wix media file names
as https URLs on Wix's media host (an http:// URL and a path refused with their line), bad rows at
their line."""

import csv
import io

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.formats import detect_format
from retrieval.lexicon import load_lexicon
from retrieval.prices import currency_mismatch
from retrieval.rows import column_key
from standin_facet import messages, run

OPTIONS = [f"productOption{part}{n}" for n in range(1, 7) for part in ("Name", "Type", "Description")]
INFO = [f"additionalInfo{part}{n}" for n in range(1, 7) for part in ("Title", "Description")]
CUSTOM = [f"customText{part}{n}" for n in (1, 2) for part in ("Field", "CharLimit", "Mandatory")]
COLUMNS = [
    "handleId", "fieldType", "name", "description", "productImageUrl", "collection", "sku", "ribbon", "price", "surcharge",
    "visible", "discountMode", "discountValue", "inventory", "weight", "cost", *OPTIONS, *INFO, *CUSTOM, "brand",
]  # fmt: skip
MEDIA = "https://static.wixstatic.com/media/"
RING_PHOTOS = ("2b8f3a_90ba0452216b410ea9678af4e79f37db~mv2.jpg", "2b8f3a_6b9ef16fb6d54dfab74725d30fce3bd2~mv2.png")


def rows(*records: dict[str, str], columns: list[str] = COLUMNS) -> str:
    """The export's text: its header, then each record's cells in their columns (the rest blank)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def product(handle: str, name: str, price: str, **cells: str) -> dict[str, str]:
    return {"handleId": handle, "fieldType": "Product", "name": name, "price": price, "visible": "true",
            "discountMode": "PERCENT", "discountValue": "0.0", **cells}  # fmt: skip


def variant(handle: str, *choices: str, **cells: str) -> dict[str, str]:
    return {"handleId": handle, "fieldType": "Variant", "visible": "true",
            **{f"productOptionDescription{n}": choice for n, choice in enumerate(choices, 1)}, **cells}  # fmt: skip


def catalog(ring_photos: tuple[str, ...] = RING_PHOTOS, cdn: str = "https://images.example.com/") -> str:
    """A ring in three sizes and two metals (its description on two lines, two photos, the white gold
    one dearer, one variant hidden), a cuff 20% off whose first photo is http://, a pendant 15 off in
    two chain lengths whose photo is a path, a hidden brooch (its price, not one, never read), a
    necklace whose price is not one and pearl earrings known by their collection, out of stock and
    with no photo."""
    return rows(
        product("product_r1", "Solitaire Ring", "480.0", sku="SR-1", ribbon="Bestseller", brand="Atelier Nord", inventory="0",
                description="<p>A classic solitaire &amp; a <b>blue</b> sapphire.</p>\n<p>Made to order.</p>",
                productImageUrl=";".join(ring_photos), collection="Rings;Bridal",
                productOptionName1="Ring size", productOptionType1="DROP_DOWN", productOptionDescription1="5;6;7",
                productOptionName2="Metal", productOptionType2="COLOR",
                productOptionDescription2="#E5C76B:18k Yellow Gold;rgb(232, 232, 232):18k White Gold",
                additionalInfoTitle1="Materials", additionalInfoDescription1="<p>Recycled gold, conflict-free stone.</p>"),
        variant("product_r1", "5", "#E5C76B:18k Yellow Gold", sku="SR-5", surcharge="0.0", inventory="3"),
        variant("product_r1", "6", "#E5C76B:18k Yellow Gold", sku="SR-6", surcharge="0.0", inventory="0"),
        variant("product_r1", "7", "rgb(232, 232, 232):18k White Gold", sku="SR-7", surcharge="40.0", inventory="InStock"),
        variant("product_r1", "7", "#E5C76B:18k Yellow Gold", sku="SR-7Y", surcharge="0.0", inventory="2", visible="false"),
        product("product_c1", "Hammered Cuff", "120.0", sku="CF-1", discountValue="20", inventory="InStock", collection="Bracelets",
                description="Hand hammered sterling silver.", productImageUrl=f"http://static.wixstatic.com/media/cuff.png;{cdn}cuff.png"),
        product("product_p1", "Moon Pendant", "60", sku="MP-1", discountMode="AMOUNT", discountValue="15", inventory="0",
                description="A crescent moon in sterling silver.", productImageUrl="photos/moon.png", collection="Necklaces",
                productOptionName1="Chain length", productOptionType1="DROP_DOWN", productOptionDescription1='16";18"'),
        variant("product_p1", '16"', sku="MP-16", surcharge="0", inventory="4"),
        variant("product_p1", '18"', sku="MP-18", surcharge="5", inventory="1"),
        product("product_b1", "Old Brooch", "POA", sku="BR-1", visible="false", inventory="2"),
        product("product_s1", "Star Necklace", "free", sku="ST-1", inventory="5"),
        product("pearl-drops", "Luna", "60.0", inventory="OutOfStock", collection="Earrings;New In",
                description="Freshwater pearls in sterling silver."),
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "catalog_products.csv", catalog()), currency="EUR")


def test_a_wix_export_is_one_item_per_product(loaded):
    assert loaded.format == "wix" and loaded.rows_read == 6
    assert [item.id for item in loaded.items] == ["SR-1", "CF-1", "MP-1", "pearl-drops"]  # the SKU, else the handleId
    ring = loaded.items[0]
    assert ring.description == "A classic solitaire & a blue sapphire.\nMade to order.\nMaterials\nRecycled gold, conflict-free stone."
    assert (ring.price, ring.price_max, ring.compare_at_price, ring.currency, ring.in_stock) == (480.0, 520.0, None, "EUR", True)
    assert ring.options == {"Ring size": ["5", "6", "7"], "Metal": ["18k Yellow Gold", "18k White Gold"]}
    assert [(v.sku, v.price, v.in_stock) for v in ring.variants] == [("SR-5", 480.0, True), ("SR-6", 480.0, False), ("SR-7", 520.0, True)]
    assert ring.variants[2].options == {"Ring size": "7", "Metal": "18k White Gold"}  # the colour's name, not its swatch
    assert ring.ring_sizes == [5.0, 6.0, 7.0] and (ring.category, ring.karat, ring.gemstone) == ("ring", 18, "sapphire")
    assert (ring.image, ring.images) == (MEDIA + RING_PHOTOS[0], [MEDIA + RING_PHOTOS[1]])
    assert "bestseller" in ring.tags and ring.vendor == "Atelier Nord"


def test_a_discount_is_the_price_and_the_price_before_it_the_compare_at_price(loaded):
    cuff, pendant = loaded.items[1:3]
    assert (cuff.price, cuff.compare_at_price, cuff.in_stock) == (96.0, 120.0, True)  # 20% off
    assert (pendant.price, pendant.price_max, pendant.compare_at_price) == (45.0, 50.0, 60.0)  # 15 off, the 18" chain 5 more
    assert [(v.price, v.compare_at_price) for v in pendant.variants] == [(45.0, 60.0), (50.0, 65.0)]


def test_the_words_and_the_collections_say_what_a_piece_is(loaded):
    cuff, pendant, earrings = loaded.items[1:]
    assert (cuff.category, cuff.metal, pendant.category, pendant.metal) == ("bangle", "sterling silver", "pendant", "sterling silver")
    assert (earrings.category, earrings.provenance["category"].source) == ("earrings", "type")  # its collection: "Earrings"
    assert (earrings.gemstone, earrings.in_stock) == ("pearl", False)


def test_the_file_names_no_currency_so_the_shop_setting_applies_and_its_scale_is_checked(loaded):
    assert {item.currency for item in loaded.items} == {"EUR"}
    assert loaded.currency_from_setting == {item.id for item in loaded.items}
    prices = [item.price for item in loaded.items if item.id in loaded.currency_from_setting]
    assert "--currency" in currency_mismatch(prices, "JPY", load_lexicon().currencies)  # what the ingest warns with


def test_a_hidden_product_is_skipped_and_a_bad_price_reported_at_its_line(loaded):
    assert [(skipped.line, skipped.reason) for skipped in loaded.skipped] == [(12, "hidden")]
    # the ring's description takes two lines and its variants four more: the necklace is on line 13
    assert [(error.line, error.reason) for error in loaded.errors] == [(13, "price: 'free' is not a number")]


def test_wix_media_names_are_photos_on_its_host_and_only_https_urls_are_taken(loaded):
    cuff, pendant, earrings = loaded.items[1:]
    assert cuff.image == "https://images.example.com/cuff.png"  # the http:// URL is refused: the next one is its photo
    assert loaded.photo_notes == [
        "line 8 (CF-1): productImageUrl refused: only https:// photo URLs are read from a Wix export, not "
        "'http://static.wixstatic.com/media/cuff.png'; the listing's next photo is its photo"
    ]
    assert pendant.image == "" and loaded.photo_refusals == {
        "MP-1": "productImageUrl refused: only https:// photo URLs are read from a Wix export, not 'photos/moon.png'"}  # fmt: skip
    assert earrings.image == "" and "pearl-drops" not in loaded.photo_refusals  # no photo given: nothing refused


def test_the_header_is_matched_without_regard_to_case_or_spacing(tmp_path):
    header = "Handle ID,Field Type,NAME,Description,Product Image URL,Collection,SKU,Price,Visible,Inventory\n"
    row = f"g1,product,Garnet Ring,Deep red.,{RING_PHOTOS[0]},Rings,GR-1,120,TRUE,7\n"
    item = load_catalog(write(tmp_path / "catalog_products.csv", header + row), currency="GBP").items[0]
    assert (item.id, item.image, item.currency, item.gemstone, item.category, item.in_stock) == ("GR-1", MEDIA + RING_PHOTOS[0], "GBP", "garnet", "ring", True)


def test_other_exports_are_not_taken_for_wix():
    wix = {column_key(name) for name in COLUMNS}
    shopify = {column_key(name) for name in "Handle,Title,Body (HTML),Variant Price,Image Src".split(",")}
    facet = {"id", "title", "description", "price", "sku"}
    assert (detect_format(wix), detect_format(shopify), detect_format(facet)) == ("wix", "shopify", "facet")


def test_bad_rows_are_rejected_at_their_line_and_the_rest_kept(tmp_path):
    text = rows(
        variant("product_x", "6", surcharge="0"),  # a Variant row before its Product row
        product("product_b", "Band", "20", sku="B-1", productOptionName1="Size", productOptionDescription1="6;7"),
        variant("product_b", "6", inventory="many"),
        product("product_h", "Hoops", "30", sku="H-1", description="Silver hoops."),
        variant("product_h", "S", surcharge="two"),
        {"handleId": "product_m", "fieldType": "Media"},
        product("product_h", "Hoops again", "30"),
        product("product_d", "Drops", "30", sku="D-1", discountMode="HALF", discountValue="10"),
        product("product_t", "Toe Ring", "12", sku="T-1", description="A sterling silver toe ring."),
    )
    loaded = load_catalog(write(tmp_path / "catalog_products.csv", text), currency="USD")
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "handleId: a Variant row of 'product_x', which has no Product row above it"),
        (3, "inventory: 'many' is not a quantity, InStock or OutOfStock (line 4)"),
        (5, "surcharge: 'two' is not a number (the variant on line 6)"),
        (7, "fieldType: 'Media' is not Product or Variant"),
        (8, "handleId: 'product_h' has a Product row already (line 5)"),
        (9, "discountMode: 'HALF' is not PERCENT or AMOUNT"),
    ]
    assert [item.id for item in loaded.items] == ["T-1"]


def test_a_variant_row_with_its_own_price_adds_its_surcharge_to_that(tmp_path):
    text = rows(
        product("product_h", "Huggie Hoops", "80", sku="H-1", productOptionName1="Metal", productOptionDescription1="Silver;Gold"),
        variant("product_h", "Silver", price="80", surcharge="0"),
        variant("product_h", "Gold", price="150", surcharge="10"),  # not in an export: a hand-made file
    )
    item = load_catalog(write(tmp_path / "catalog_products.csv", text), currency="USD").items[0]
    assert [(v.options["Metal"], v.price) for v in item.variants] == [("Silver", 80.0), ("Gold", 160.0)]


def test_a_product_whose_every_variant_is_hidden_is_out_of_stock(tmp_path):
    text = rows(
        product("product_e", "Emerald Band", "900", sku="E-1", productOptionName1="Size", productOptionDescription1="6;7"),
        variant("product_e", "6", visible="false", inventory="2"),
        variant("product_e", "7", visible="FALSE", inventory="1"),
    )
    item = load_catalog(write(tmp_path / "catalog_products.csv", text), currency="USD").items[0]
    assert (item.price, item.in_stock, item.variants, item.options) == (900.0, False, [], {"Size": ["6", "7"]})


# --- the real ingest: photos fetched over https from a local server, cached, refusals reported ---


@pytest.mark.e2e
def test_a_wix_export_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.png", (226, 184, 64)), ("ring-side.png", (226, 184, 64)), ("cuff.png", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "catalog_products.csv", catalog((f"{base_url}ring.png", f"{base_url}ring-side.png"), base_url))
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 6 / ingested 4 / updated 0 / unchanged 0 / rejected 1 / removed 0 / skipped 1 (not for sale)"
    said = messages(result.stderr)
    assert any("line 8 (CF-1): productImageUrl refused: only https://" in line and "next photo is its photo" in line for line in said)
    assert any("(MP-1): productImageUrl refused" in line and "indexed by its text only" in line for line in said)
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # the main photos, fetched over https

    again = run(data, "ingest", export, "--currency", "EUR", settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 6 / ingested 0 / updated 0 / unchanged 4")
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # cached: nothing fetched again
