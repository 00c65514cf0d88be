"""A translated WooCommerce export whose names no header table holds (another release's translation, a
shop's edited one) is read by the exporter's fixed column order between the names a table does hold
(retrieval/woocommerce.py, aligned_by_order): only where one reading is possible."""

from retrieval import woocommerce
from retrieval.catalog import load_catalog
from retrieval.rows import column_key

# The exporter's default columns as the hr pack names them, with the short description and the two prices
# renamed as no pack writes them.
HEADER = (
    "ID,Vrsta,SKU,Naziv,Objavljeno,Istaknuto?,Vidljivost u katalogu,Sažetak,Opis,Datum početka sniženja,"
    "Datum kraja sniženja,Status poreza,Klasa poreza,Na zalihi?,Zalihe,Nisko stanje zalihe,Narudžbe na upit dozvoljene?,"
    "Rasprodaja pojedinačno?,Težina (kg),Dužina (cm),Širina (cm),Visina (cm),Dopusti recenzije kupaca?,"
    "Napomena uz kupovinu,Cijena s popustom,Cijena (redovita),Kategorije,Oznake,Klasa dostave,Slike,Limit preuzimanja,"
    "Rok isteka preuzimanja,Glavni,Grupirani proizvodi,Uvećana prodaja,Dodatna prodaja,Eksterni URL,Tekst dugmeta,Pozicija"
)
CELLS = [
    {"ID": "40", "Vrsta": "simple", "SKU": "NA-1", "Naziv": "Naušnice Kap", "Objavljeno": "1", "Sažetak": "Kratko",
     "Opis": "<p>Srebro 925.</p>", "Na zalihi?": "1", "Zalihe": "4", "Cijena s popustom": "59", "Cijena (redovita)": "75",
     "Kategorije": "Nakit > Naušnice", "Slike": "https://cdn.example/kap.jpg"},
    {"ID": "41", "Vrsta": "simple", "SKU": "PR-2", "Naziv": "Prsten Val", "Objavljeno": "1", "Opis": "<p>Bijelo zlato.</p>",
     "Na zalihi?": "1", "Zalihe": "2", "Cijena (redovita)": "420", "Kategorije": "Nakit > Prstenje"},
]  # fmt: skip
ROWS = "".join(",".join(cells.get(name, "") for name in HEADER.split(",")) + "\n" for cells in CELLS)


def keys(header: str) -> list[str]:
    return [column_key(name) for name in header.split(",")]


def test_unknown_names_between_known_ones_take_the_exporters_columns(tmp_path):
    path = tmp_path / "wc-product-export.csv"
    path.write_text(HEADER + "\n" + ROWS, encoding="utf-8")
    loaded = load_catalog(path, currency="EUR")
    assert loaded.format == "woocommerce" and not loaded.errors
    earrings, ring = loaded.items
    assert (earrings.price, earrings.compare_at_price, ring.price) == (59.0, 75.0, 420.0)  # sale price paid, regular before


def test_a_run_of_another_length_than_the_gap_is_left_unread():
    header = keys("ID,Type,SKU,Name,Published,Mystery,Other,Description")  # two names where the order has three
    renamed = {key: key for key in header if key not in ("mystery", "other")}
    assert woocommerce.aligned_by_order(header, renamed) == {}


def test_the_columns_only_newer_releases_write_may_be_missing_from_the_gap():
    header = keys("ID,Type,SKU,Naam?,Published")  # no GTIN column: an older release
    assert woocommerce.aligned_by_order(header, {"type": "type", "published": "published"}) == {"naam?": "name"}


def test_a_header_mostly_unknown_is_not_read_by_place():
    header = keys("Name,Alpha,Beta,Gamma,Delta,Published")
    assert woocommerce.aligned_by_order(header, {}) == {}  # a third known: not a WooCommerce export for sure
