"""Etsy's listings download (retrieval/etsy.py), read by retrieval/catalog.py and ingested by the
real `facet ingest`: detected from its header, one item per listing, SKU as id (else the title),
HTML and entities as text, CURRENCY_CODE over the shop's setting (with a warning), QUANTITY as
stock, MATERIALS read as what the piece is made of, VARIATIONs as options, IMAGE1..n as photos
(https only: an http:// URL and a path refused with their line), bad rows at their line."""

import pytest
from PIL import Image

from https_cdn import Counting, write
from retrieval.catalog import load_catalog
from retrieval.prices import currency_named_apart
from standin_facet import messages, run

HEADER = (
    "TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,IMAGE2,IMAGE3,VARIATION 1 TYPE,VARIATION 1 NAME,"
    "VARIATION 1 VALUES,VARIATION 2 TYPE,VARIATION 2 NAME,VARIATION 2 VALUES,SKU\n"
)
CDN = "https://i.etsystatic.com/2456/r/il/9a1b2c/"


def listings(cdn: str = CDN) -> str:
    """Five listings: a ring with two variations and two photos (its description on two lines), a
    cuff whose IMAGE1 is http://, a pendant whose price is not one, a necklace whose IMAGE1 is a
    path and whose currency is blank, and earrings with no photo and no SKU."""
    return (
        'Solitaire Ring,"A classic solitaire &amp; a <b>blue</b> stone.\nMade to order.",480.00,EUR,3,"engagement,solitaire",'
        f'"18k gold, sapphire",{cdn}ring.png,{cdn}ring-side.png,,Size,Ring size,"5,6,7",Custom Property,Metal,'
        '"Yellow gold,White gold","SR-1,SR-2"\n'
        f"Hammered Cuff,Hand hammered.,95.50,EUR,0,\"cuff,bracelet\",sterling silver,http://i.etsystatic.com/cuff.png,{cdn}cuff.png,,,,,,,,CF-1\n"
        'Moon Pendant,A crescent moon.,free,EUR,2,"moon,pendant",brass,,,,,,,,,,MP-1\n'
        'Star Necklace,A star on a fine chain.,32,,5,"necklace,star",14k gold filled,photos/star.png,,,,,,,,,ST-1\n'
        "Pearl Studs,Freshwater pearls.,60,EUR,1,\"earrings,studs\",\"pearl, sterling silver\",,,,,,,,,,\n"
    )


@pytest.fixture
def loaded(tmp_path):
    return load_catalog(write(tmp_path / "EtsyListingsDownload.csv", HEADER + listings()), currency="USD")


def test_an_etsy_download_is_one_item_per_listing(loaded):
    assert loaded.format == "etsy" and loaded.rows_read == 5
    assert [item.id for item in loaded.items] == ["SR-1", "CF-1", "ST-1", "pearl-studs"]  # the first SKU, else the title
    ring = loaded.items[0]
    assert ring.description == "A classic solitaire & a blue stone.\nMade to order."
    assert (ring.price, ring.currency, ring.in_stock) == (480.0, "EUR", True)
    assert ring.options == {"Ring size": ["5", "6", "7"], "Metal": ["Yellow gold", "White gold"]}
    assert ring.ring_sizes == [5.0, 6.0, 7.0] and ring.category == "ring"
    assert (ring.image, ring.images) == (f"{CDN}ring.png", [f"{CDN}ring-side.png"])
    assert "engagement" in ring.tags


def test_quantity_zero_is_out_of_stock(loaded):
    cuff = next(item for item in loaded.items if item.id == "CF-1")
    assert (cuff.in_stock, cuff.price, cuff.category) == (False, 95.5, "bangle")


def test_materials_are_strong_evidence_of_what_a_piece_is_made_of(loaded):
    ring, cuff, necklace, studs = loaded.items
    assert (ring.karat, ring.gemstone) == (18, "sapphire")
    assert ring.provenance["karat"].source == "materials"
    assert (cuff.metal, cuff.provenance["metal"].source) == ("sterling silver", "materials")
    assert (necklace.metal, necklace.provenance["metal"].source) == ("gold filled", "materials")
    assert (studs.gemstone, studs.metal, studs.category) == ("pearl", "sterling silver", "earrings")


def test_a_bad_price_is_reported_at_its_line(loaded):
    # the ring's description takes two lines: the pendant is on line 5
    assert [(error.line, error.reason) for error in loaded.errors] == [(5, "price: 'free' is not a number")]


def test_currency_code_beats_the_shop_setting_and_a_blank_one_falls_back(loaded):
    assert {item.id: item.currency for item in loaded.items} == {"SR-1": "EUR", "CF-1": "EUR", "ST-1": "USD", "pearl-studs": "EUR"}
    assert loaded.currency_from_setting == {"ST-1"}
    warning = currency_named_apart(["EUR", "EUR", "EUR"], "USD")
    assert warning.startswith("3 of 3 listings are priced in EUR as the file says, not in the shop's currency USD")
    assert "--currency EUR" in warning
    assert currency_named_apart(["EUR", "EUR"], "EUR") is None


def test_only_https_photos_are_taken(loaded):
    cuff = next(item for item in loaded.items if item.id == "CF-1")
    assert cuff.image == f"{CDN}cuff.png"  # IMAGE1 was http://: IMAGE2 is its photo, and the ingest says so
    assert loaded.photo_notes == [
        "line 4 (CF-1): IMAGE1 refused: only https:// photo URLs are read from an Etsy download, not "
        "'http://i.etsystatic.com/cuff.png'; the listing's next photo is its photo"
    ]
    necklace = next(item for item in loaded.items if item.id == "ST-1")
    assert necklace.image == ""
    assert loaded.photo_refusals == {"ST-1": "IMAGE1 refused: only https:// photo URLs are read from an Etsy download, not 'photos/star.png'"}
    studs = loaded.items[-1]
    assert studs.image == "" and "pearl-studs" not in loaded.photo_refusals  # no photo given: nothing refused


def test_the_header_is_matched_without_regard_to_case_and_spacing(tmp_path):
    header = "title,description,price,currency_code,quantity,tags,materials,Image 1,Variation 1 Name,Variation 1 Values,sku\n"
    row = f'Garnet Ring,Deep red.,120,GBP,1,ring,"9ct gold, garnet",{CDN}g.png,Ring size,"K,L",GR-1\n'
    item = load_catalog(write(tmp_path / "listings.csv", header + row), currency="GBP").items[0]
    assert (item.id, item.image, item.currency, item.metal, item.karat, item.gemstone) == ("GR-1", f"{CDN}g.png", "GBP", "yellow gold", 9, "garnet")
    assert item.options == {"Ring size": ["K", "L"]}


def test_listings_without_sku_and_with_one_title_get_distinct_ids(tmp_path):
    rows = "".join(f"Silver Hoops,Hoops.,{20 + n},USD,1,earrings,sterling silver,,,,,,,,,,\n" for n in range(3))
    loaded = load_catalog(write(tmp_path / "EtsyListingsDownload.csv", HEADER + rows))
    assert [item.id for item in loaded.items] == ["silver-hoops", "silver-hoops-2", "silver-hoops-3"]


def test_a_listing_without_a_title_or_with_a_bad_quantity_is_rejected(tmp_path):
    rows = ",No title.,20,USD,1,,,,,,,,,,,,\nRing,Band.,20,USD,many,,,,,,,,,,,,R-9\nBand,Gold band.,20,USD,1,,,,,,,,,,,,B-1\n"
    loaded = load_catalog(write(tmp_path / "EtsyListingsDownload.csv", HEADER + rows))
    assert [(error.line, error.reason) for error in loaded.errors] == [
        (2, "TITLE: the listing has no title"), (3, "QUANTITY: 'many' is not a number")]  # fmt: skip
    assert [item.id for item in loaded.items] == ["B-1"]


# --- the real ingest: photos fetched over https from a local server, cached, refusals reported ---


@pytest.mark.e2e
def test_an_etsy_download_through_facet_ingest(tmp_path, https_cdn):
    folder, base_url = https_cdn
    for name, color in (("ring.png", (226, 184, 64)), ("ring-side.png", (226, 184, 64)), ("cuff.png", (205, 207, 212))):
        Image.new("RGB", (64, 64), color).save(folder / name)
    export = write(tmp_path / "EtsyListingsDownload.csv", HEADER + listings(base_url))
    data = tmp_path / "data"
    settings = ("images.allow_private_hosts=true", "image_tuning.enabled=false")
    result = run(data, "ingest", export, "--currency", "USD", settings=settings)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "read 5 / ingested 4 / updated 0 / unchanged 0 / rejected 1 / removed 0"
    said = messages(result.stderr)
    assert any("line 4 (CF-1): IMAGE1 refused: only https://" in line and "next photo is its photo" in line for line in said)
    assert any("line" in line and "(ST-1): IMAGE1 refused" in line and "indexed by its text only" in line for line in said)
    assert any("3 of 3 listings are priced in EUR" in line for line in said)
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # the main photos, fetched over https

    again = run(data, "ingest", export, "--currency", "USD", settings=settings)
    assert again.stdout.splitlines()[0].startswith("read 5 / ingested 0 / updated 0 / unchanged 4")
    assert sorted(Counting.served) == ["/cuff.png", "/ring.png"]  # cached: nothing fetched again
