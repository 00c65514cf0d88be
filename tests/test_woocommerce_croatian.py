"""A Croatian admin's WooCommerce export (retrieval/lexicon/woocommerce_headers.toml, [woocommerce_headers.hr]):
its header as WooCommerce's own hr pack writes it, read as the English columns; a variable ring in two
sizes and a simple pearl necklace come out with their titles, prices, sizes and categories; the names of the
2018 and 2019 packs ("Normalna cijena:", "Snižena cijena:", "Prodajna cijena", "Zaliha") read the same."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.lexicon import load_lexicon

HEADER = (
    "ID,Vrsta,SKU,Naziv,Objavljeno,Istaknuto?,Vidljivost u katalogu,Kratak opis,Opis,Na zalihi?,Zalihe,"
    "Rasprodajna cijena,Normalna cijena,Kategorije,Oznake,Slike,Glavni,Pozicija,Atribut 1 ime,Atribut 1 vrijednosti,"
    "Atribut 1 vidljiv,Atribut 1 globalni"
)
ROWS = (
    '30,variable,PR-585,Prsten Zora,1,1,visible,,<p>Žuto zlato 585 (14 karata).</p>,1,,,,Nakit > Prstenje,"dar, zlato",'
    "https://cdn.example/zora.jpg,,0,Veličina,\"54, 56\",1,1\n"
    "31,variation,PR-585-54,Prsten Zora - 54,1,0,visible,,,1,3,1190,1400,,,,id:30,1,Veličina,54,,1\n"
    "32,variation,PR-585-56,Prsten Zora - 56,1,0,visible,,,0,0,,1450,,,,id:30,2,Veličina,56,,1\n"
    "33,simple,OGR-1,Ogrlica Biser,1,0,visible,Slatkovodni biser,<p>Sterling srebro 925.</p>,1,5,,89,Nakit > Ogrlice,,,,0,,,,\n"
    "34,simple,NAC-1,Naušnice Skica,-1,0,visible,,,1,1,,120,Nakit > Naušnice,,,,0,,,,\n"
)  # fmt: skip


def export(tmp_path, header: str = HEADER):
    path = tmp_path / "wc-product-export-7-12-2026.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (header + "\n" + ROWS).encode("utf-8"))
    return path


def test_a_croatian_admins_export_is_read_whole(tmp_path):
    loaded = load_catalog(export(tmp_path), currency="EUR")
    assert loaded.format == "woocommerce" and not loaded.errors
    ring, necklace = loaded.items
    assert (ring.id, ring.title, ring.category, ring.metal, ring.karat) == ("PR-585", "Prsten Zora", "ring", "yellow gold", 14)
    assert (ring.price, ring.price_max, ring.compare_at_price) == (1190.0, 1450.0, 1400.0)  # the sale price is paid
    assert ring.options == {"Veličina": ["54", "56"]}
    assert [(v.sku, v.options, v.in_stock) for v in ring.variants] == [
        ("PR-585-54", {"Veličina": "54"}, True), ("PR-585-56", {"Veličina": "56"}, False)]  # fmt: skip
    assert ring.image == "https://cdn.example/zora.jpg" and ring.tags == ["dar", "zlato"] and ring.currency == "EUR"
    assert (necklace.id, necklace.title, necklace.category, necklace.gemstone, necklace.price) == ("OGR-1", "Ogrlica Biser", "necklace", "pearl", 89.0)
    assert [(s.id, s.reason) for s in loaded.skipped] == [("NAC-1", "draft")]


def test_the_2018_packs_names_read_the_same(tmp_path):
    header = HEADER.replace("Rasprodajna cijena,Normalna cijena", '"Snižena cijena:","Normalna cijena:"').replace("Zalihe", "Zaliha")
    ring, necklace = load_catalog(export(tmp_path, header), currency="EUR").items
    assert (ring.price, ring.compare_at_price, necklace.price) == (1190.0, 1400.0, 89.0)


@pytest.mark.parametrize("croatian, english", [
    ("Datum početka sniženja", "date sale price starts"), ("Narudžbe na upit dozvoljene?", "backorders allowed?"),
    ("Težina (kg)", "weight (kg)"), ("Brendovi", "brands"), ("GTIN, UPC, EAN ili ISBN", "gtin, upc, ean, or isbn"),
    ("Atribut 2 zadani", "attribute 2 default"), ("EKSTERNI  URL", "external url"), ("Prodajna cijena", "sale price"),
])  # fmt: skip
def test_the_other_exporter_columns_read_as_the_english_ones(croatian, english):
    assert load_lexicon().export_headers.english(croatian) == english
