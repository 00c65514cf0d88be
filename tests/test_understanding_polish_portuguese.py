"""The Polish and Brazilian Portuguese request packs (locales/pl-PL.requests.toml, pt-BR.requests.toml)
read by understanding, and the reading habits found with them: Polish "ł", the case endings that take
the place of a word's own ("z bursztynem", "w białym złocie", "pierścionka"), a gold stamp said after
its gold ("złote 333", "próby 585"), "tys." and "mil" for a thousand (alone after a price word too),
"1 299,00", and a word that names several metals at once ("dourado"). The wording of these tests is
this file's own, not any held-out request's."""

import pytest

from assistant.understanding import understand
from assistant.understanding.inflections import inflections_of, read_inflections
from assistant.understanding.phrases import phrase_table
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

RINGS = ["ring", "engagement ring", "wedding band"]
GOLDS = ["yellow gold", "white gold", "rose gold"]
PLATINGS = ["gold plated", "gold plated silver"]  # the demo catalog plates no brass


def read(text: str, currency: str = "PLN"):
    return understand(text, currency).constraints


def test_both_packs_are_loaded_by_default_even_before_their_listings_packs():
    assert {"pl-PL", "pt-BR"} <= set(DEFAULT_LOCALES)
    lexicon = load_lexicon()
    assert lexicon.value_of("category", "obraczka") == "wedding band"
    assert lexicon.value_of("category", "alianca") == "wedding band"
    assert lexicon.value_of("stone", "bursztyn") == "amber"


def test_polish_l_is_read_as_l():
    assert read("ZŁOTY ŁAŃCUSZEK").categories == ["chain"]
    assert read("złoty łańcuszek").metals == GOLDS


@pytest.mark.parametrize("said, kinds", [
    ("pierścionek", RINGS), ("zaręczynowy z brylantem", ["engagement ring"]), ("obrączki ślubne", ["wedding band"]),
    ("kolczyki sztyfty", ["earrings"]), ("celebrytka", ["necklace"]), ("medalik", ["pendant"]), ("wisiorek", ["pendant"]),
    ("bransoletka", ["bracelet"]), ("sztywna bransoletka", ["bangle"]), ("bransoletka na nogę", ["anklet"]),
    ("łańcuszek na kostkę", ["anklet"]), ("broszka", ["brooch"]),
    ("anel", RINGS), ("solitário", ["engagement ring"]), ("aliança", ["wedding band"]), ("brincos", ["earrings"]),
    ("argola", ["earrings"]), ("ponto de luz", ["pendant"]), ("medalha", ["pendant"]), ("corrente", ["chain"]),
    ("pulseira", ["bracelet"]), ("bracelete", ["bangle"]), ("pulseira rígida", ["bangle"]), ("tornozeleira", ["anklet"]),
])  # fmt: skip
def test_kinds_of_piece(said, kinds):
    assert read(said).categories == kinds


@pytest.mark.parametrize("said, metals", [
    ("złoty", GOLDS), ("białe złoto", ["white gold"]), ("z białego złota", ["white gold"]), ("w różowym złocie", ["rose gold"]),
    ("srebrny", ["sterling silver"]), ("w srebrze", ["sterling silver"]), ("pozłacany", ["gold plated silver"]),
    ("platynowa", ["platinum"]),
    ("ouro", GOLDS), ("ouro branco", ["white gold"]), ("ouro rosé", ["rose gold"]), ("prata", ["sterling silver"]),
    ("folheado a ouro", PLATINGS), ("semijoia", PLATINGS), ("dourado", ["yellow gold", *PLATINGS]),
    ("douradas", ["yellow gold", *PLATINGS]),
])  # fmt: skip
def test_metals(said, metals):
    assert read(said).metals == metals


@pytest.mark.parametrize("said, stone", [
    ("z bursztynem", "amber"), ("z brylantami", "diamond"), ("z perłami", "pearl"), ("z cyrkoniami", "cubic zirconia"),
    ("z szafirem", "sapphire"), ("ze szmaragdem", "emerald"), ("z granatem", "garnet"), ("perłowe", "pearl"),
    ("bez kamienia", "none"), ("brilhante", "diamond"), ("pérolas", "pearl"), ("turmalina paraíba", "tourmaline"),
    ("zircônia", "cubic zirconia"), ("sem pedra", "none"),
])  # fmt: skip
def test_stones(said, stone):
    assert read(said).gemstones == [stone]


def test_case_endings_are_read_to_the_word_a_phrase_has():
    """ "pierścionka zaręczynowego": the engagement ring, not a ring and a stray adjective."""
    assert read("szukam pierścionka zaręczynowego z białego złota").categories == ["engagement ring"]
    assert read("szukam pierścionka zaręczynowego z białego złota").metals == ["white gold"]
    assert read("srebrnej bransoletki z bursztynem").categories == ["bracelet"]


@pytest.mark.parametrize("said", ["pierścionek z granatową cyrkonią", "obrączka diamentowana", "obrączki diamentowanej"])
def test_words_that_look_like_a_stone_are_left_unread(said):
    """ "granatowa" is navy blue (a garnet is "granat"); "diamentowana" is faceted metal."""
    assert not {"garnet", "diamond"} & set(read(said).gemstones)


def test_an_ending_is_never_read_onto_another_languages_word():
    """Polish "-e" on a Spanish "plata" word: "plate" stays English; English "ring" takes no Polish case."""
    table = phrase_table()
    assert read_inflections(["plate"], table, set()) == ["plate"]
    assert read_inflections(["pierscionka"], table, set()) == ["pierscionek"]
    assert all(inflection.words for inflection in inflections_of(load_lexicon()))


def test_inflections_must_be_words_of_letters():
    class Fake:
        inflections = {"xx": {"endings": ["a", "2"]}}

    with pytest.raises(ValueError, match="inflections.xx"):
        inflections_of.__wrapped__(Fake())


@pytest.mark.parametrize("said, karat", [
    ("obrączka 333", 8), ("kolczyki złote 333", 8), ("obrączki złote próby 585", 14), ("białe złoto 750", 18),
])  # fmt: skip
def test_gold_stamps(said, karat):
    assert read(said).karats == [karat]


def test_a_gold_word_before_a_stamp_is_still_the_metal():
    assert read("pierścionek białe złoto 750").metals == ["white gold"]


@pytest.mark.parametrize("said, low, high", [
    ("do 2 tys. zł", None, 2000), ("poniżej 900 zł", None, 900), ("około 2000 zł", 1600, 2400), ("do 1500zł", None, 1500),
    ("do 2,5 tys.", None, 2500), ("do tysiąca złotych", None, 1000), ("powyżej 3 tys.", 3000, None),
    ("do 1 299,00 zł", None, 1299),
])  # fmt: skip
def test_polish_prices(said, low, high):
    constraints = read(f"pierścionek {said}")
    assert (constraints.price_min, constraints.price_max) == (low, high)


@pytest.mark.parametrize("said, low, high", [
    ("até 3 mil", None, 3000), ("abaixo de 800 reais", None, 800), ("por volta de 2 mil", 1600, 2400),
    ("em torno de 200", 160, 240), ("até mil", None, 1000), ("a partir de 5 mil", 5000, None),
    ("até 1.289,90", None, 1289.9),
])  # fmt: skip
def test_portuguese_prices(said, low, high):
    constraints = read(f"anel {said}", "BRL")
    assert (constraints.price_min, constraints.price_max) == (low, high)


def test_a_thousand_word_without_a_price_word_is_no_price():
    assert read("bin 5000", "TRY").price_max is None


def test_recipients_and_refusals():
    assert understand("naszyjnik dla żony", "PLN").preferences.recipients == ["wife"]
    assert understand("colar para minha esposa", "BRL").preferences.recipients == ["wife"]
    assert read("kolczyki, nie chcę perły").exclude_gemstones == ["pearl"]


@pytest.mark.parametrize("said, kinds, metals", [
    ("takie same, ale w białym złocie", [], ["white gold"]), ("pasujące kolczyki do tej broszki", ["earrings"], []),
    ("igual mas em ouro rosé", [], ["rose gold"]), ("um colar combinando com esse brinco", ["necklace"], []),
])  # fmt: skip
def test_words_said_with_a_photo(said, kinds, metals):
    """The piece a shopper shows is not asked for: "do tej broszki", "com esse brinco"."""
    constraints = read(said)
    assert (constraints.categories, constraints.metals) == (kinds, metals)
