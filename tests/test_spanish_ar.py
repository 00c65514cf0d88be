"""Argentine (Rioplatense) Spanish listings and requests (issues 15 and 16, the twenty-fifth held-out
round's Buenos Aires errors read): the es-AR packs' kinds of piece (aros, aritos, abridores, argollas
de casamiento, cintillo, cadenita), metals (plata y oro sold as silver, acero dorado, enchapado en
oro), stones (cubic, rodocrosita / Rosa del Inca), words that look like a metal or a stone and are
not (plata as money, La Plata, acabado brillante, color granate), amounts in slang (lucas, palos),
and a Tiendanube product with no price read as a price on request. Fixtures are invented."""

import csv
import io

import pytest

from assistant.understanding import understand
from https_cdn import write
from retrieval.catalog import load_catalog
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_argentine_pack_is_read_by_default_after_mexicos():
    assert DEFAULT_LOCALES.index("es-AR") > DEFAULT_LOCALES.index("es-MX")


@pytest.mark.parametrize("text, kind", [
    ("Aros Luna de plata 925", "earrings"),
    ("Aritos de oro 18k para nena", "earrings"),
    ("Abridores de oro con cubic", "earrings"),
    ("Argollas de casamiento Clásicas oro 18k (precio por el par)", "wedding band"),
    ("Cintillo de oro blanco", "ring"),
    ("Cadenita de oro 750", "chain"),
    ("Dije cruz de plata", "pendant"),
    ("Prendedor Hornero", "brooch"),
])
def test_argentine_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text, metal, karat", [
    ("Anillo de oro 750", "gold", 18),
    ("Anillo de plata y oro, con apliques de oro 18k", "sterling silver", None),  # sold as silver: the gold is an appliqué
    ("Tobillera de acero dorado", "gold plated stainless steel", None),
    ("Gargantilla enchapado en oro 18k sobre bronce", "gold plated brass", None),
])
def test_argentine_metals(lexicon, text, metal, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.karat) == (metal, karat)


def test_plata_as_money_or_a_city_names_no_metal(lexicon):
    assert lexicon.metal_of("Un detalle lindo sin gastar tanta plata") is None
    assert lexicon.metal_of("Envíos a CABA y La Plata") is None
    assert lexicon.metal_of("Pulsera de oro 18k para bodas de plata").metal == "gold"


@pytest.mark.parametrize("text, stone, color", [
    ("Anillo de plata con cubic", "cubic zirconia", ""),
    ("Dije con rodocrosita de Catamarca", "rhodochrosite", ""),
    ("Aros Rosa del Inca", "rhodochrosite", ""),
    ("Cadena de oro, acabado brillante", None, None),  # a finish, no diamond
    ("Collar de plata. Se entrega en estuche color granate", None, None),  # a maroon box, no garnet
    ("Aros perlitas de plata", None, None),  # silver beads, no pearl
])
def test_argentine_stones_and_what_is_no_stone(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color) if stone else reading is None


def test_rhodochrosite_is_pink(lexicon):
    assert lexicon.stones["rhodochrosite"].colors == ("pink",)


@pytest.mark.parametrize("text, kinds, price_max", [
    ("¿tenés aritos de oro para bebé?", {"earrings"}, None),
    ("regalo para mi vieja, aros hasta 300 lucas", {"earrings"}, 300000.0),
    ("argollas de casamiento hasta 2 palos", {"wedding band"}, 2000000.0),
    ("un cintillo que no pase de un palo", {"ring"}, 1000000.0),
])
def test_argentine_requests(text, kinds, price_max):
    constraints = understand(text, "ARS").constraints
    assert kinds <= set(constraints.categories) and constraints.price_max == price_max


def test_argentine_request_stones_and_metals():
    assert understand("solitario de plata con cubic", "ARS").constraints.gemstones == ["cubic zirconia"]
    assert understand("algo con rodocrosita", "ARS").constraints.gemstones == ["rhodochrosite"]
    assert "gold plated stainless steel" in understand("tobillera de acero dorado", "ARS").constraints.metals


def _export(*records: dict[str, str]) -> str:
    columns = ["Identificador de URL", "Nombre", "Categorías", "Precio", "Precio promocional", "Stock", "Mostrar en tienda", "Descripción"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="", delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def test_a_tiendanube_product_with_no_price_is_a_price_on_request_not_a_refused_row(tmp_path):
    text = _export(
        {"Identificador de URL": "dije-hornero", "Nombre": "Dije Hornero", "Precio": "", "Mostrar en tienda": "SI",
         "Descripción": "Consultar precio por WhatsApp."},
        {"Identificador de URL": "aros-luna", "Nombre": "Aros Luna", "Precio": "45,000.00", "Stock": "2", "Mostrar en tienda": "SI",
         "Descripción": "Plata 925. Hasta 6 cuotas sin interés de $ 7.500."},
    )  # fmt: skip
    loaded = load_catalog(write(tmp_path / "productos.csv", text), currency="ARS")
    assert not loaded.errors
    assert [(item.id, item.price, item.currency) for item in loaded.items] == [("aros-luna", 45000.0, "ARS")]  # an instalment is no price
