"""The language a shop's catalog is written in, read from its listings at ingest, and the shop
heard in it where nothing else is configured (issue 16)."""

import json

import numpy as np
import pytest

from assistant.config import Settings
from retrieval.catalog_language import catalog_locale, locale_shares
from retrieval.config import CatalogConfig, ExtractionConfig, ImagesConfig, IndexConfig, LexiconConfig
from retrieval.importer import CatalogImporter, ImportSettings
from retrieval.index import CatalogIndex, connect

SHARE = LexiconConfig().catalog_locale_share

POLISH = [("Pierścionek z białego złota z diamentem", ""), ("Kolczyki srebrne z perłą", "Srebro próby 925."),
          ("Naszyjnik złoty", ""), ("Bransoletka ze srebra", "")]  # fmt: skip
PORTUGUESE = [("Anel de ouro branco com diamante", ""), ("Brinco de prata com pérola", ""), ("Colar de ouro", ""),
              ("Pulseira de prata", "Prata 925.")]  # fmt: skip
TURKISH = [("Altın yüzük pırlanta", ""), ("Gümüş küpe", ""), ("Altın kolye", ""), ("Gümüş bileklik", "")]
ENGLISH = [("White gold diamond ring", ""), ("Silver pearl earrings", ""), ("Gold necklace", ""), ("Silver bracelet", "")]


@pytest.mark.parametrize("texts, locale", [(POLISH, "pl-PL"), (PORTUGUESE, "pt-BR"), (TURKISH, "tr-TR")])
def test_a_catalog_written_in_a_pack_s_language_is_read_as_it(texts, locale):
    reading = catalog_locale(texts, SHARE)
    assert reading is not None and reading.locale == locale and reading.share == 1.0


def test_an_english_catalog_has_no_locale_even_with_one_polish_word():
    assert catalog_locale(ENGLISH, SHARE) is None
    with_one = [*ENGLISH, ("Charm bracelet 'Bransoletka'", "")] + ENGLISH * 2
    assert 0 < locale_shares(with_one)["pl-PL"] < SHARE
    assert catalog_locale(with_one, SHARE) is None


def test_words_indian_jewellers_write_in_english_listings_name_no_language():
    kolkata = [("Gold Bala for Bride", ""), ("Sona Chur 22KT", ""), ("Jhumka Earrings", ""), ("Kada Bangle", "")]
    assert "bn-IN" not in locale_shares(kolkata) and "en-IN" not in locale_shares(kolkata)
    assert catalog_locale(kolkata, SHARE) is None


@pytest.fixture
def whisper_base_installed(monkeypatch):
    from perception import whisper_base

    monkeypatch.setattr(whisper_base, "installed", lambda: True)


def test_a_polish_catalog_is_heard_in_polish_where_nothing_is_configured(whisper_base_installed):
    heard = Settings().with_catalog_locale("pl-PL").shop_asr
    assert (heard.language, heard.model) == ("pl", "whisper-base")
    assert Settings().with_catalog_locale(None).shop_asr.model == "tiny.en"


def test_without_whisper_base_installed_a_polish_catalog_is_heard_as_configured(monkeypatch):
    from perception import whisper_base

    monkeypatch.setattr(whisper_base, "installed", lambda: False)
    heard = Settings().with_catalog_locale("pl-PL").shop_asr
    assert (heard.language, heard.model) == ("en", "tiny.en")
    configured = Settings(lexicon={"locales": ["pl-PL", "en-US"]}).shop_asr  # asked for: kept, and said at load
    assert (configured.language, configured.model) == ("pl", "whisper-base")


def test_a_configured_locale_or_language_wins_over_the_catalog_s():
    spanish = Settings(lexicon={"locales": ["es-MX", "en-US"]}).with_catalog_locale("pl-PL").shop_asr
    assert (spanish.language, spanish.model) == ("es", "whisper-base")
    told = Settings(asr={"language": "en"}).with_catalog_locale("pl-PL").shop_asr
    assert (told.language, told.model) == ("en", "tiny.en")
    own_model = Settings(asr={"model": "/models/mine"}).with_catalog_locale("pl-PL").shop_asr
    assert (own_model.language, own_model.model) == ("pl", "/models/mine")


class ConstantEncoder:
    name = "constant-test"

    def encode_text(self, texts):
        return np.ones((len(texts), 8), dtype=np.float32)

    def encode_image(self, images):
        return np.ones((len(images), 8), dtype=np.float32)

    def without_colors(self, vector):
        return vector


def ingested(tmp_path, index, rows, sync=False):
    path = tmp_path / "catalog.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    importer = CatalogImporter(index, ImportSettings("PLN", CatalogConfig(), ImagesConfig(), tmp_path / "images", LexiconConfig(),
                                                     ExtractionConfig(), tmp_path / "import"))  # fmt: skip
    return importer.ingest(importer.read(path), sync=sync, progress=False)


def test_the_ingest_says_the_catalog_s_language_and_the_index_keeps_it(tmp_path):
    index = CatalogIndex(connect(IndexConfig(), tmp_path / "chroma"), ConstantEncoder(), ConstantEncoder(), IndexConfig())
    polish = [{"id": f"P{n}", "title": title, "description": description, "price": 100 + n} for n, (title, description) in enumerate(POLISH)]
    report = ingested(tmp_path, index, polish)
    assert "listings read as Polish (pl-PL): 100% of listings use its words" in report.notes
    assert index.catalog_locale() == "pl-PL"
    english = [{"id": f"E{n}", "title": title, "price": 100 + n} for n, (title, _) in enumerate(ENGLISH)]
    report = ingested(tmp_path, index, english, sync=True)
    assert not any(note.startswith("listings read as") for note in report.notes)
    assert index.catalog_locale() is None


def test_the_assistant_hears_the_shop_in_the_language_of_the_catalog_just_ingested(monkeypatch, whisper_base_installed):
    from assistant import shop_setup

    class Index:
        locale = None

        def catalog_locale(self):
            return self.locale

    made = []
    monkeypatch.setattr(shop_setup, "create_asr", lambda config, threads, models_dir: made.append(config) or config)
    setup = object.__new__(shop_setup.ShopSetup)
    setup.settings, setup.index, setup.asr = Settings(), Index(), "tiny.en asr"
    setup._follow_catalog_locale()
    assert made == [] and setup.asr == "tiny.en asr"  # an English catalog: the ASR as it was
    setup.index.locale = "pl-PL"
    setup._follow_catalog_locale()
    assert [(config.language, config.model) for config in made] == [("pl", "whisper-base")]
    assert setup.settings.shop_asr.language == "pl"


@pytest.mark.parametrize("locale, language", [("de-DE", "de"), ("id-ID", "id")])
def test_a_shop_configured_in_a_locale_without_a_pack_is_still_heard_in_its_language(locale, language, tmp_path, monkeypatch):
    from retrieval import lexicon

    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)  # no locale pack at all: hearing needs none
    heard = Settings(lexicon={"locales": [locale, "en-US"]}).shop_asr
    assert (heard.language, heard.model) == (language, "whisper-base")
