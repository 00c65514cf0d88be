"""The Italian and Greek listing packs (retrieval/lexicon/locales/it-IT.toml, el-GR.toml) and the Greek
makers' words in English listings (en-US.toml): Italian gold by colour and purity ("oro bianco 18 kt",
"oro 750", "18 carati"), gilding over silver and steel, bronze; "punto luce" read by the word beside
it; Greek kinds, metals and stones with and without their accents; and the traps: a cut, a
diamond-cut finish, a bead texture, a colour named after a stone, a compass rose, the golden fleece,
an option-price line of an Etsy listing."""

import pytest

from retrieval.catalog import load_catalog
from retrieval.catalog_language import catalog_locale
from retrieval.folding import unmarked
from retrieval.lexicon import DEFAULT_LOCALES, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, title):
    """(kind, metal, the metal's colour, karat, stone): a plating's karat is no karat of the piece."""
    metal, stone, kind = lexicon.metal_of(title), lexicon.stone_of(title), lexicon.category_of(title)
    return (kind.value if kind else None, metal.metal if metal else None, metal.color if metal else None,
            metal.karat if metal else None, stone.stone if stone else None)  # fmt: skip


def test_both_packs_load_by_default():
    assert {"it-IT", "el-GR"} <= set(DEFAULT_LOCALES)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Solitario Valentina oro bianco con brillanti", ("engagement ring", "white gold", "white", None, "diamond")),
        ("Anello di fidanzamento oro giallo 18 carati", ("engagement ring", "yellow gold", "yellow", 18, None)),
        ("Fede nuziale Mantovana oro rosa 750", ("wedding band", "rose gold", "rose", 18, None)),
        ("ANELLO CHEVALIER ONICE IN ORO 18 KT", ("ring", "gold", "", 18, "onyx")),
        ("Orecchini a lobo perle d'acqua dolce argento 925", ("earrings", "sterling silver", "silver", None, "pearl")),
        ("Cerchi argento 925 placcato oro rosa", ("earrings", "gold plated silver", "rose", None, None)),
        ("Pendenti Goccia Smeraldo oro 18kt", ("earrings", "gold", "", 18, "emerald")),  # drop earrings, never pendants
        ("Ciondolo Quadrifoglio oro 9 kt", ("pendant", "gold", "", 9, None)),
        ("Girocollo Omega argento dorato", ("choker", "gold plated silver", "yellow", None, None)),
        ("Catenina Forzatina oro giallo 750‰", ("chain", "yellow gold", "yellow", 18, None)),
        ("Bracciale uomo Catena Nautica acciaio dorato PVD", ("bracelet", "gold plated steel", "yellow", None, None)),
        ("Bracciale Rigido acciaio 316L", ("bangle", "stainless steel", "silver", None, None)),
        ("Bracciale Schiava in bronzo", ("bangle", "bronze", "bronze", None, None)),
        ("Cavigliera Maglia Rolò argento sterling 925", ("anklet", "sterling silver", "silver", None, None)),
        ("Spilla Libellula con zirconi bianchi", ("brooch", None, None, None, "cubic zirconia")),
        ("Collana Pietre Dure con lapislazzuli", ("necklace", None, None, None, "lapis lazuli")),
        ("Gemelli da polso argento", ("cufflinks", "sterling silver", "silver", None, None)),
    ],
)
def test_italian_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Orecchini Punto Luce oro bianco", "earrings"),  # a pair of studs
        ("Collana Punto Luce con zirconia cubica", "pendant"),  # a single stone on its chain
        ("Tennis zirconia cubica", "bracelet"),  # a bare "tennis" is a bracelet ...
        ("Collana Tennis oro bianco", "necklace"),  # ... unless a necklace is named
        ("Fedina Eterna", "wedding band"),  # weak: a shop's "Anelli" may say ring
        ("Girocollo Rigido", "choker"),  # a rigid collar, no bangle
        ("Lobo Stella oro 18kt", "earrings"),  # weak, but the only kind named
        ("Dije de lobo en plata", "pendant"),  # Spanish: a wolf, no ear lobe
        ("Σκουλαρίκια σταυρός ασήμι", "earrings"),  # cross earrings
    ],
)
def test_italian_kinds_read_by_the_word_beside(lexicon, title, kind):
    assert lexicon.category_of(title).value == kind


def test_weak_italian_kinds_yield_to_a_plain_name(lexicon):
    assert lexicon.category_of("Fedina Margherita").confidence < lexicon.category_of("Fede Margherita").confidence
    assert lexicon.category_of("Diamond Trilogy Ring").value == "ring"  # English "trilogy" stays a ring's word
    assert lexicon.category_of("Bracciale Maglia Catena").value == "bracelet"  # "catena" is a weak chain


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Fede Diamantata oro giallo 18 kt", ("wedding band", "yellow gold", "yellow", 18, None)),  # a diamond-cut finish
        ("Anello Perlage argento 925", ("ring", "sterling silver", "silver", None, None)),  # a bead texture, no pearl
        ("Orecchini zirconi taglio brillante", ("earrings", None, None, None, "cubic zirconia")),  # a cut, no diamond
        ("Trilogy Blu Reale in zaffiro blu", ("engagement ring", None, None, None, "sapphire")),  # a colour's name
        ("Ciondolo Rosa dei Venti argento", ("pendant", "sterling silver", "silver", None, None)),  # a compass rose
        ("ANELLO CHEVALIER LAPIS IN ORO 18 KT", ("ring", "gold", "", 18, "lapis lazuli")),  # "lapis" plates only in Indonesian
        ("Collana catenina non inclusa", ("necklace", None, None, None, None)),
    ],
)
def test_italian_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_a_bare_trilogy_implies_its_diamonds_only_where_no_stone_is_named(lexicon):
    assert lexicon.stone_of("Trilogy Luna oro bianco") is None
    assert lexicon.implied_stone("Trilogy Luna oro bianco").stone == "diamond"
    assert lexicon.stone_of("Trilogy Luna con zaffiri").stone == "sapphire"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Δαχτυλίδι ασήμι 925 με ζιργκόν", ("ring", "sterling silver", "silver", None, "cubic zirconia")),
        ("ΒΕΡΑ ΓΑΜΟΥ ΛΕΥΚΟΧΡΥΣΟ 14Κ", ("wedding band", "white gold", "white", 14, None)),  # capitals drop the accent
        ("Σκουλαρίκια μαργαριτάρια επιχρυσωμένο ασήμι", ("earrings", "gold plated silver", "yellow", None, "pearl")),
        ("Κολιέ χρυσό 18 καράτια", ("necklace", "gold", "", 18, None)),
        ("Σταυρός βάπτισης χρυσός 14Κ", ("pendant", "gold", "", 14, None)),
        ("Βραχιόλι κομπολόι με όνυχα", ("bracelet", None, None, None, "onyx")),
    ],
)
def test_greek_listings(lexicon, title, expected):
    assert read(lexicon, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sapphire Blue Enamel Mati Necklace, 22K Gold Vermeil", ("pendant", "gold plated silver", "yellow", None, None)),
        ("Malia Bee Necklace, Sterling Silver", ("pendant", "sterling silver", "silver", None, None)),
        ("Golden Fleece Signet Ring | Sterling Silver 925", ("ring", "sterling silver", "silver", None, None)),
        ("Κολιέ Χρυσόμαλλο Δέρας ασήμι", ("necklace", "sterling silver", "silver", None, None)),
    ],
)
def test_greek_makers_english_words_and_traps(lexicon, title, expected):
    assert read(lexicon, title) == expected


def test_greek_words_read_unmarked_as_well():
    assert unmarked("δαχτυλίδι") == "δαχτυλιδι"
    assert load_lexicon().category_of("δαχτυλιδι").value == "ring"


def test_italian_listings_are_read_as_italian_and_greek_words_in_english_ones_are_not_greek():
    italian = [("Anello oro bianco con brillanti", ""), ("Orecchini punto luce argento 925", ""), ("Collana perle", "")]
    assert catalog_locale(italian, 0.3).locale == "it-IT"
    english = [("Mati Ring | Sterling Silver", "The mati (μάτι) is worn for protection."), ("Bee Necklace", "Καλή σας μέρα!")]
    assert catalog_locale(english, 0.3) is None


def test_an_etsy_listings_option_prices_become_its_variants(tmp_path):
    header = "TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,VARIATION 1 TYPE,VARIATION 1 NAME,VARIATION 1 VALUES,SKU\n"
    description = "Olive hoops.\n\nDETAILS\n• Oxidised by hand\n\nPRICES\nSterling silver: €52\n22K gold vermeil: €65\n\nThank you!"
    row = f'Olive Hoops,"{description}",52.00,EUR,3,"olive hoops",,https://i.example/1.jpg,Material,Material,"Sterling silver,22K gold vermeil",K-1\n'
    path = tmp_path / "EtsyListingsDownload.csv"
    path.write_text(header + row, encoding="utf-8")
    item = load_catalog(path, currency="EUR").items[0]
    assert (item.price, item.price_max, item.currency) == (52.0, 65.0, "EUR")
    assert (item.metal, item.metal_color) == ("sterling silver", "silver")  # the first option, not the vermeil the prices name
    assert "€65" not in item.description


def test_an_etsy_line_naming_no_option_stays_in_the_text(tmp_path):
    header = "TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,VARIATION 1 TYPE,VARIATION 1 NAME,VARIATION 1 VALUES,SKU\n"
    row = 'Cuff,"Shipping: €5\nMetal: sterling silver",80.00,EUR,1,,,https://i.example/1.jpg,Size,Size,"S,M",\n'
    path = tmp_path / "EtsyListingsDownload.csv"
    path.write_text(header + row, encoding="utf-8")
    item = load_catalog(path, currency="EUR").items[0]
    assert (item.price, len(item.variants)) == (80.0, 0)
    assert "Shipping" in item.description


@pytest.mark.parametrize(("text", "weight"), [("Caratura 0,30 ct", 0.3), ("brillanti 0,40 ct", 0.4), ("0,50 carati", 0.5), ("1.25 carat", 1.25)])
def test_a_stone_weight_with_a_decimal_comma(lexicon, text, weight):
    assert lexicon.carat_of(text).value == weight
