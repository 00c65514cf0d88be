"""Dutch listings (issue 15, the sixth held-out round's errors read): the nl-NL locale pack's words,
compounds read by their known parts, "karaat" and the purity stamps beside a Dutch gold word, and a
shop menu "Kettingen" that holds every kind of the necklace family. Fixtures are invented listings."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon

WOO_HEADER = "ID,Type,SKU,Name,Published,Description,Regular price,Categories,Tags\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def woo(tmp_path, name, categories, description="", tags=""):
    path = tmp_path / "wc-product-export.csv"
    path.write_text(WOO_HEADER + f'3,simple,NL3,"{name}",1,"{description}",129,"{categories}","{tags}"\n', encoding="utf-8")
    return load_catalog(path, currency="EUR").items[0]


def test_the_dutch_pack_is_read_by_default():
    assert "nl-NL" in DEFAULT_LOCALES


@pytest.mark.parametrize("text, kind", [
    ("Zilveren oorbellen met parel", "earrings"),
    ("Klein rond oorknopje", "earrings"),
    ("Gladde creolen", "earrings"),
    ("Ringetje met steentje", "ring"),
    ("Dunne aanschuifringen", "ring"),
    ("Verlovingsring met briljant", "engagement ring"),
    ("Bol trouwringen", "wedding band"),
    ("Hanger letter A", "pendant"),
    ("Hartje ketting met hanger", "pendant"),  # a chain sold with what hangs on it: a pendant
    ("Figaro ketting", "chain"),
    ("Parelsnoer", "necklace"),
    ("Schakelarmband", "bracelet"),
    ("Gevlochten armbandje", "bracelet"),
    ("Slavenarmband gehamerd", "bangle"),
    ("Enkelbandje met bedeltjes", "anklet"),
    ("Manchetknopen", "cufflinks"),
])  # fmt: skip
def test_dutch_kinds_of_piece_with_plurals_and_diminutives(lexicon, text, kind):
    assert lexicon.category_of(text).value == kind


@pytest.mark.parametrize("text, metal, color, karat", [
    ("14 karaat goud", "gold", "", 14),
    ("585 goud", "gold", "", 14),
    ("Witgouden ring", "white gold", "white", None),
    ("Geelgoud", "yellow gold", "yellow", None),
    ("Roségoud 750", "rose gold", "rose", 18),
    ("Verguld zilver", "gold plated silver", "yellow", None),
    ("Zilver (925)", "sterling silver", "silver", None),
    ("Platina 950", "platinum", "white", None),
    ("Edelstaal", "stainless steel", "silver", None),
])  # fmt: skip
def test_dutch_metals_colours_and_purities(lexicon, text, metal, color, karat):
    reading = lexicon.metal_of(text)
    assert (reading.metal, reading.color, reading.karat) == (metal, color, karat)


def test_a_karaat_without_gold_is_a_stone_weight(lexicon):
    assert lexicon.karat_of("diamant van 0,5 karaat") is None
    assert lexicon.karat_of("18 karaat witgoud").value == 18


@pytest.mark.parametrize("text, stone, color", [
    ("Steen: Amethist", "amethyst", ""),
    ("Ring met briljant", "diamond", ""),
    ("zoetwaterparels", "pearl", ""),
    ("Blauwe saffier", "sapphire", "blue"),
    ("Aquamarijn", "aquamarine", ""),
    ("zonder steen", "none", ""),
])  # fmt: skip
def test_dutch_stones_and_their_colours(lexicon, text, stone, color):
    reading = lexicon.stone_of(text)
    assert (reading.stone, reading.color) == (stone, color)


@pytest.mark.parametrize("word, kind", [("naamring", "ring"), ("sterketting", "chain"), ("muntarmband", "bracelet"), ("saffierring", "ring")])
def test_a_compound_is_read_by_its_known_head(lexicon, word, kind):
    assert lexicon.category_of(f"Gouden {word}").value == kind


def test_a_compound_with_a_stone_in_front_names_the_stone(lexicon):
    assert lexicon.stone_of("Robijnring").stone == "ruby"


@pytest.mark.parametrize("text", ["Wearing it every day", "A string of beads", "Offering a gift", "Featuring hearts", "Keyring"])
def test_english_words_ending_in_a_kind_are_no_compound(lexicon, text):
    assert lexicon.category_of(text) is None


def test_an_english_armband_plural_still_reads(lexicon):
    assert lexicon.category_of("Leather armbands").value == "bracelet"
    assert lexicon.category_of("Upper arm cuff").value == "armlet"


def test_a_menu_of_the_necklace_family_leaves_the_title_its_kind(tmp_path):
    """"Kettingen" holds chains, pendants and necklaces: a pendant filed there stays a pendant."""
    item = woo(tmp_path, "Maan Hanger", "Kettingen", "<p>Een maan hanger.</p>")
    assert item.category == "pendant"
    assert woo(tmp_path, "Koord Ketting", "Kettingen").category == "chain"


def test_a_dutch_listing_reads_its_stone_and_metal(tmp_path):
    item = woo(tmp_path, "Druppel Oorknopjes", "Oorbellen", "<ul><li>Materiaal: 14 karaat geelgoud</li><li>Steen: Granaat</li></ul>")
    assert (item.category, item.metal, item.karat, item.gemstone) == ("earrings", "yellow gold", 14, "garnet")


def test_a_link_style_alone_is_a_chain_but_a_named_kind_wins(lexicon):
    assert lexicon.category_of("Gourmet Heren - 925 Zilver").value == "chain"
    assert lexicon.category_of("Gourmet Schakelarmband").value == "bracelet"


@pytest.mark.parametrize("text, metal", [
    ("verguld", "gold plated silver"),  # a Dutch jeweller's gilding with no base named is over silver
    ("Verguld messing", "gold plated brass"),  # a base named beside it wins
    ("Zilveren oorknopjes", "sterling silver"),  # Dutch silver jewellery is 925 unless said finer
    ("Fijn zilver", "silver"),
])  # fmt: skip
def test_dutch_gilding_and_silver(lexicon, text, metal):
    assert lexicon.metal_of(text).metal == metal


def test_a_gilded_piece_tagged_only_verguld_is_gilded_silver(tmp_path):
    assert woo(tmp_path, "Zon Hanger", "Kettingen > Hangers", tags="cadeau, verguld").metal == "gold plated silver"
