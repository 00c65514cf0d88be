"""One language, several countries: where packs of one language name a word two ways ("argollas": hoop
earrings in Argentina, wedding bands in Mexico), the shop's own locale decides, in its listings and its
shoppers' requests; with no locale known the packs' merge order does, as before. The catalog's locale is
read at ingest from its words, the shop's currency telling a language's countries apart where the words
do not. Fixtures are invented."""

import json

import numpy as np
import pytest
from pydantic import ValidationError

from assistant.understanding import understand
from retrieval.catalog_language import catalog_locale
from retrieval.config import CatalogConfig, ExtractionConfig, ImagesConfig, IndexConfig, LexiconConfig
from retrieval.importer import CatalogImporter, ImportSettings
from retrieval.index import CatalogIndex, connect
from retrieval.lexicon import load_lexicon
from retrieval.shop_vocabulary import ShopVocabulary

SHARE = LexiconConfig().catalog_locale_share

# (text, Argentina's reading, Mexico's reading)
CONTESTED_KINDS = [
    ("Argollas de plata 925", "earrings", "wedding band"),
    ("Argolla lisa de oro 18k", "earrings", "wedding band"),
    ("Esclava de plata", "bangle", "bracelet"),
    ("Gargantilla de oro", "necklace", "choker"),
]


@pytest.mark.parametrize("text, argentina, mexico", CONTESTED_KINDS)
def test_a_contested_kind_is_read_as_the_shop_s_own_country_reads_it(text, argentina, mexico):
    assert load_lexicon(own_locale="es-AR").category_of(text).value == argentina
    assert load_lexicon(own_locale="es-MX").category_of(text).value == mexico


@pytest.mark.parametrize("text, argentina, mexico", CONTESTED_KINDS)
def test_a_shop_with_no_locale_is_read_as_before(text, argentina, mexico):
    assert load_lexicon().category_of(text).value == mexico  # es-MX.toml's meaning, as the merge order gave it
    assert load_lexicon(own_locale=None) is load_lexicon()


def test_a_contested_stone_and_what_no_country_contests():
    assert load_lexicon(own_locale="es-AR").stone_of("Sortija de oro con circón").stone == "cubic zirconia"
    assert load_lexicon().stone_of("Sortija de oro con circón").stone == "zircon"
    for lexicon in (load_lexicon(), load_lexicon(own_locale="es-AR")):  # the longer phrase still says the wedding band
        assert lexicon.category_of("Argollas de casamiento oro 18k").value == "wedding band"
        assert lexicon.category_of("Aros de plata").value == "earrings"


def test_a_locale_outside_the_shop_s_packs_changes_nothing():
    assert load_lexicon(["es-MX", "en-US"], own_locale="es-AR") is load_lexicon(["es-MX", "en-US"])
    assert load_lexicon(["es-MX", "es-AR"], own_locale="es-AR").category_of("Esclava de plata").value == "bangle"


def _vocabulary(lexicon) -> ShopVocabulary:
    return ShopVocabulary(lexicon, frozenset({"earrings", "wedding band", "bangle", "bracelet", "necklace", "choker"}),
                          frozenset({"sterling silver", "gold"}), frozenset(), "ARS")  # fmt: skip


@pytest.mark.parametrize("text, argentina, mexico", [
    ("unas argollas de plata", "earrings", "wedding band"),
    ("una esclava de plata", "bangle", "bracelet"),
])  # fmt: skip
def test_a_shopper_s_contested_word_is_read_as_the_shop_s_country_reads_it(text, argentina, mexico):
    categories = lambda locale: understand(text, "ARS", vocabulary=_vocabulary(load_lexicon(own_locale=locale))).constraints.categories  # noqa: E731
    assert argentina in categories("es-AR") and mexico not in categories("es-AR")
    assert mexico in categories("es-MX") and argentina not in categories("es-MX")
    assert mexico in understand(text, "ARS", vocabulary=_vocabulary(load_lexicon())).constraints.categories


def test_the_owner_s_locale_wins_over_the_catalog_s_and_settings_load_the_lexicon_with_it():
    assert LexiconConfig(locale="es-AR", catalog_locale="es-MX").own_locale() == "es-AR"
    assert LexiconConfig(catalog_locale="es-AR").own_lexicon() is load_lexicon(own_locale="es-AR")
    assert LexiconConfig().own_locale() is None and LexiconConfig().own_lexicon() is load_lexicon()
    with pytest.raises(ValidationError, match="no locale pack 'es-XX'"):
        LexiconConfig(locale="es-XX")


SPANISH = [("Anillo de oro 18k", ""), ("Collar de plata 925", ""), ("Pulsera de plata", ""), ("Dije de oro", "")]
ARGENTINE = [("Aros de plata 925", ""), ("Cintillo de oro 18k", ""), ("Aritos abridores de oro", ""), ("Dije de oro", "")]
PORTUGUESE = [("Anel de ouro branco", ""), ("Colar de ouro", ""), ("Pulseira de prata", ""), ("Brinco de prata", "")]


@pytest.mark.parametrize("texts, currency, locale", [
    (SPANISH, "ARS", "es-AR"), (SPANISH, "MXN", "es-MX"), (SPANISH, "EUR", "es-ES"), (SPANISH, None, "es-MX"),
    (SPANISH, "USD", "es-MX"), (PORTUGUESE, "BRL", "pt-BR"), (PORTUGUESE, "EUR", "pt-PT"), (PORTUGUESE, None, "pt-BR"),
])  # fmt: skip
def test_where_the_words_tie_the_shop_s_currency_tells_the_country(texts, currency, locale):
    assert catalog_locale(texts, SHARE, currency).locale == locale


def test_a_country_s_own_words_tell_it_whatever_the_currency():
    assert catalog_locale(ARGENTINE, SHARE, "MXN").locale == "es-AR"
    assert catalog_locale(ARGENTINE, SHARE).locale == "es-AR"
    one_in_ten = [*SPANISH * 2, ("Aros de plata", ""), ("Medalla de oro", "")]  # a word of Argentina's in too few listings
    assert catalog_locale(one_in_ten, SHARE, "MXN").locale == "es-MX"


class ConstantEncoder:
    name = "constant-test"

    def encode_text(self, texts):
        return np.ones((len(texts), 8), dtype=np.float32)

    def encode_image(self, images):
        return np.ones((len(images), 8), dtype=np.float32)

    def without_colors(self, vector):
        return vector


@pytest.mark.parametrize("currency, locale, kinds", [("ARS", "es-AR", ["earrings", "bangle"]), ("MXN", "es-MX", ["wedding band", "bracelet"])])
def test_the_ingest_reads_the_listings_in_the_country_their_locale_names(tmp_path, currency, locale, kinds):
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), ConstantEncoder(), ConstantEncoder(), IndexConfig())
    rows = [{"id": "A1", "title": "Argollas de plata 925", "price": 100}, {"id": "A2", "title": "Esclava de plata", "price": 200},
            {"id": "A3", "title": "Anillo de oro 18k", "price": 300}, {"id": "A4", "title": "Collar de plata", "price": 400}]  # fmt: skip
    path = tmp_path / "catalog.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    importer = CatalogImporter(index, ImportSettings(currency, CatalogConfig(), ImagesConfig(), tmp_path / "images", LexiconConfig(),
                                                     ExtractionConfig(), tmp_path / "import"))  # fmt: skip
    read = importer.read(path)
    assert read.locale.locale == locale
    assert [item.category for item in read.items[:2]] == kinds
    importer.ingest(read, progress=False)
    assert index.catalog_locale() == locale
