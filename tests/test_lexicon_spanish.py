"""Mexican Spanish listings (issue 15, the eighth held-out round's errors read): the es-MX locale
pack's words, a gold's colour said after it ("oro rosa de 14 kilates"), a stone's colour said after it
("zafiro azul") and never before it ("Anillo Rosa Esmeralda"), plating as "baño de oro", "Ley 417",
and Spanish words that are other packs' names ("toda", "broche de langosta"). Fixtures are invented
listings."""

import pytest

from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_mexican_pack_is_read_by_default():
    assert "es-MX" in DEFAULT_LOCALES


@pytest.mark.parametrize("text, kind", [
    ("Anillo de Compromiso con Diamante", "engagement ring"),
    ("Solitario Seis Uñas", "engagement ring"),
    ("Argolla Media Caña", "wedding band"),
    ("Churumbela de Zirconias", "wedding band"),
    ("Arracadas Lisas", "earrings"),
    ("Broqueles Corazón", "earrings"),
    ("Dije Inicial con Cadena", "pendant"),
    ("Medalla Virgen de Guadalupe", "pendant"),
    ("Gargantilla Omega", "choker"),
    ("Cadena Cartier para Caballero", "chain"),
    ("Esclava Barbada", "bracelet"),
    ("Semanario Liso", "bangle"),
    ("Tobillera de Oro", "anklet"),
    ("Collar de Perlas", "necklace"),
])
def test_mexican_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


def test_a_clasp_and_spanish_all_name_no_piece(lexicon):
    assert lexicon.category_of("Collar riviere con broche de langosta").value == "necklace"  # not a brooch
    assert lexicon.category_of("Envío asegurado a toda la República") is None  # "toda": no Marathi kada
    assert lexicon.category_of("Chandi Toda").value == "kada"  # a Marathi listing keeps it


@pytest.mark.parametrize("text, metal, color, karat", [
    ("Oro Amarillo 14K", "yellow gold", "yellow", 14),
    ("Material: Oro Rosa de 14 kilates", "rose gold", "rose", 14),  # the colour said between the gold and its karat
    ("Broqueles en Oro 10k Blanco", "white gold", "white", 10),
    ("Material: Oro 10k. Ley 417", "gold", "", 10),
    ("Plata .925", "sterling silver", "silver", None),
    ("Plata con Baño de Oro Rosa", "gold plated silver", "rose", None),
    ("Plata .925 Chapa de Oro", "gold plated silver", "yellow", None),
])
def test_mexican_metals(lexicon, text, metal, color, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.color, reading.karat) == (metal, color, karat)


def test_ley_names_a_gold_purity(lexicon):
    assert lexicon.karat_of("Ley 585").value == 14
    assert lexicon.karat_of("Ley 417").value == 10


def test_a_karat_in_kilates_is_no_stone_weight(lexicon):
    assert lexicon.carat_of("Oro Rosa de 14 kilates") is None
    assert lexicon.carat_of("Diamante de 1 quilate").value == 1.0


@pytest.mark.parametrize("text, stone, color", [
    ("Anillo Ojo de Santa Lucía Zafiro Azul", "sapphire", "blue"),
    ("Flor con Zafiro Rosa | Oro Blanco", "sapphire", "pink"),
    ("Anillo Rosa Esmeralda Colombiana", "emerald", ""),  # "Rosa" before the stone is the design's name
    ("Anillo de Ópalo de Fuego", "opal", "orange"),
    ("Churumbela Media con Circonias", "cubic zirconia", ""),
    ("Collar de Perlas Cultivadas", "pearl", ""),
    ("Anillo de Compromiso Corte Esmeralda de Diamante", "diamond", ""),  # an emerald cut, a diamond
    ("Argolla Diamantada", None, None),  # a diamond-cut finish names no stone
])
def test_mexican_stones(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color) if stone else reading is None


def test_a_colour_said_after_is_read_only_after_a_stone_or_alone(lexicon):
    assert lexicon.color_of("Azul").value == "blue"
    assert lexicon.stone_of("Diamond Yellow Gold Ring").color == ""  # English colour words are still read before a stone only


# --- Afrikaans and South African English (af-ZA) ------------------------------------------------------


def test_the_afrikaans_pack_is_read_by_default():
    assert "af-ZA" in DEFAULT_LOCALES


@pytest.mark.parametrize("text, kind", [
    ("Trilogy Verloofring - 9ct Goud", "engagement ring"),
    ("Bridal > Trouringe", "wedding band"),
    ("Oorbelle met pêrels", "earrings"),
    ("Heart Hangertjie", "pendant"),
    ("Halssnoere", "necklace"),
    ("Armbande", "bracelet"),
])
def test_afrikaans_kinds_of_piece(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text, metal", [
    ("Rooigoud Solitaire Studs", "rose gold"),
    ("Metaal: Silwer", "sterling silver"),
    ("Silver Tree Leaf Pendant in 9ct Yellow Gold", "yellow gold"),  # a Cape protea, no silver
])
def test_afrikaans_metals(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


@pytest.mark.parametrize("text, stone", [
    ("Centre stone: Lab-Grown, 0.30ct", "diamond"),  # a stone field whose value is "lab-grown"
    ("Steen: Lab-Grown, 0.70ct", "diamond"),
    ("Centre stone: Lab-Grown Sapphire", "sapphire"),
])
def test_a_lab_grown_centre_stone_is_a_diamond(lexicon, text, stone):
    assert lexicon.stone_of(text).stone == stone
