"""Croatian listings and requests (retrieval/lexicon/locales/hr-HR*.toml), a EUR shop whose listings are
Croatian read as hr-HR and not as Serbian (retrieval/catalog_language.py), "eura" (currencies.toml's EUR),
a translated WooCommerce export's unknown column names read by their place in the exporter's order
(retrieval/woocommerce.py, aligned_by_order), and "model bez kamena" (a model without a stone) read as no stone.
Fixtures written here, from no shop's file."""

import csv

import pytest

from assistant.understanding import understand
from retrieval.catalog import load_catalog
from retrieval.catalog_language import catalog_locale
from retrieval.woocommerce import aligned_by_order as by_position
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

ANY_RING = ["ring", "engagement ring", "wedding band"]
SOLID_GOLD = ["yellow gold", "white gold", "rose gold"]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_croatian_pack_is_loaded_by_default():
    assert "hr-HR" in DEFAULT_LOCALES


@pytest.mark.parametrize("title, kind", [
    ("Zaručnički prsten s briljantom", "engagement ring"), ("Vjenčani prsten od bijelog zlata", "wedding band"), ("Burma", "wedding band"),
    ("Naušnice s biserom", "earrings"), ("Privjesak srce", "pendant"), ("Križić od zlata", "pendant"), ("Kolajna od koralja", "necklace"),
    ("Lančić Venecija 45 cm", "chain"), ("Narukvica", "bracelet"), ("Nanogica od srebra", "anklet"), ("Prsten s ametistom", "ring"),
])  # fmt: skip
def test_croatian_kinds(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Prsten od žutog zlata 585", "yellow gold"), ("Naušnice od bijelog zlata", "white gold"), ("Burma od crvenog zlata", "rose gold"),
    ("Privjesak, rozo zlato", "rose gold"), ("Narukvica, srebro 925", "sterling silver"), ("Lančić od kirurškog čelika", "stainless steel"),
])  # fmt: skip
def test_croatian_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone, color", [
    ("Naušnice s cirkonima", "cubic zirconia", None), ("Prsten sa safirom", "sapphire", None), ("s plavim topazom", "topaz", "blue"),
    ("Ogrlica sa slatkovodnim biserima", "pearl", None), ("Prsten s briljantom", "diamond", None), ("Privjesak s jantarom", "amber", None),
    ("Jednostavan model bez kamena.", "none", None),
])  # fmt: skip
def test_croatian_stones_in_their_cases(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert reading.stone == stone
    if color:
        assert reading.color == color


def test_a_design_named_after_model_is_still_no_stone(lexicon):
    assert lexicon.stone_of("Prsten, model Safira") is None


@pytest.mark.parametrize("text", ["Poklon kutija zlatne boje.", "Poklon za srebrni pir.", "Ručni rad naše zlatarne."])
def test_a_gold_coloured_box_a_silver_anniversary_and_the_workshop_are_no_metal(lexicon, text):
    assert lexicon.metal_of(text) is None


@pytest.mark.parametrize("text, kinds, metals, stones, price_min, price_max", [
    ("zlatni prsten s granatom", ANY_RING, SOLID_GOLD, ["garnet"], None, None),
    ("vjencano prstenje od zutog zlata", ["wedding band"], ["yellow gold"], [], None, None),
    ("zarucnicki prsten rozo zlato do 900 eura", ["engagement ring"], ["rose gold"], [], None, 900),
    ("nausnice ispod 150 €", ["earrings"], [], [], None, 150),
    ("privjesak ne vise od 80 eur", ["pendant"], [], [], None, 80),
    ("narukvica između 250 i 450 eura", ["bracelet"], [], [], 250, 450),
    ("srebrna ogrlica s biserom", ["necklace"], ["sterling silver"], ["pearl"], None, None),
])  # fmt: skip
def test_croatian_requests(text, kinds, metals, stones, price_min, price_max):
    constraints = understand(text, currency="EUR").constraints
    assert constraints.categories == kinds
    assert sorted(constraints.metals) == sorted(metals)
    assert constraints.gemstones == stones
    assert constraints.price_min == price_min
    assert constraints.price_max == price_max


def test_a_croatian_eur_catalog_reads_as_croatian_and_a_serbian_dinar_one_as_serbian():
    croatian = [("Naušnice od bijelog zlata", "Izrađeno od bijelog zlata 585."), ("Privjesak s cirkonom", "Srebro 925."),
                ("Zaručnički prsten", "Žuto zlato s briljantom."), ("Narukvica od srebra", "")]  # fmt: skip
    serbian = [("Minđuše od belog zlata", "Belo zlato 585."), ("Privezak sa cirkonom", "Srebro 925."),
               ("Verenički prsten", "Žuto zlato sa brilijantom."), ("Narukvica od srebra", "")]  # fmt: skip
    assert catalog_locale(croatian, 0.3, "EUR").locale == "hr-HR"
    assert catalog_locale(serbian, 0.3, "RSD").locale == "sr-RS"


# The exporter's order with names no table holds ("Cijena X", "Cijena Y") where Sale price and Regular
# price stand: read by place between known names.
HEADER = ["ID", "Vrsta", "SKU", "Naziv", "Objavljeno", "Istaknuto?", "Vidljivost u katalogu", "Kratki opis", "Opis",
          "Na zalihi?", "Dopusti recenzije kupaca?", "Bilješka", "Cijena X", "Cijena Y", "Kategorije", "Oznake", "Klasa dostave", "Slike"]  # fmt: skip


def test_unknown_names_between_known_ones_are_read_by_their_place(lexicon):
    keys = [name.lower() for name in HEADER]
    read = by_position(keys, lexicon.export_headers.translated(keys))
    # "Kratki opis" sits between Visibility in catalog and Description; the three between reviews and Categories
    assert read["kratki opis"] == "short description"
    assert read["cijena x"] == "sale price" and read["cijena y"] == "regular price"


def test_a_gap_whose_width_differs_from_the_exporters_is_not_read(lexicon):
    keys = ["id", "vrsta", "sku", "naziv", "objavljeno", "istaknuto?", "vidljivost u katalogu", "opis", "nešto", "kategorije",
            "oznake", "slike"]  # fmt: skip
    read = by_position(keys, lexicon.export_headers.translated(keys))
    assert "nešto" not in read


def test_too_few_known_names_read_nothing_by_place(lexicon):
    keys = ["naziv", "cijena", "opis"]
    assert by_position(keys, lexicon.export_headers.translated(keys)) == {}


def test_a_croatian_export_with_unread_price_names_is_read_whole(tmp_path):
    rows = [
        ["11", "simple", "NK-11", "Naušnice s cirkonima", "1", "0", "visible", "Srebro 925.", "", "1", "1", "", "", "39",
         "Nakit > Naušnice", "", "", ""],
        ["12", "simple", "NK-12", "Prsten od bijelog zlata", "1", "0", "visible", "Bijelo zlato 585.", "", "1", "1", "", "249", "279",
         "Nakit > Prstenje", "", "", ""],
    ]  # fmt: skip
    path = tmp_path / "wc-export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    result = load_catalog(path, currency="EUR")
    by_title = {item.title: item for item in result.items}
    assert by_title["Naušnice s cirkonima"].price == 39
    assert by_title["Prsten od bijelog zlata"].price == 249  # the sale price
    assert by_title["Prsten od bijelog zlata"].metal == "white gold"
