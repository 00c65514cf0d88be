"""Whisper base joined from its two wheels (perception/whisper_base.py)."""

import pytest

from perception import whisper_base


def test_whisper_base_is_joined_once_and_checked(tmp_path):
    pytest.importorskip(whisper_base.PARTS[0])
    pytest.importorskip(whisper_base.PARTS[1])
    folder = whisper_base.whisper_base_folder(tmp_path)
    assert (folder / whisper_base.MODEL_FILE).stat().st_size == whisper_base.MODEL_BYTES
    assert all((folder / name).is_file() for name in whisper_base.SMALL_FILES)
    made = (folder / whisper_base.MODEL_FILE).stat().st_mtime_ns
    assert whisper_base.whisper_base_folder(tmp_path) == folder  # already there: not joined again
    assert (folder / whisper_base.MODEL_FILE).stat().st_mtime_ns == made


def test_halves_that_do_not_make_the_pinned_model_are_refused(tmp_path, monkeypatch):
    pytest.importorskip(whisper_base.PARTS[0])
    monkeypatch.setattr(whisper_base, "MODEL_SHA256", "0" * 64)
    with pytest.raises(whisper_base.WhisperBaseUnavailable, match="SHA-256"):
        whisper_base.whisper_base_folder(tmp_path)
    assert not (tmp_path / whisper_base.NAME / whisper_base.MODEL_FILE).exists()


def test_each_model_asks_to_confirm_below_its_own_calibrated_level():
    from perception.config import DEFAULT_CONFIRM_BELOW, ASRConfig

    levels = {"tiny.en": 0.41, "whisper-base": 0.63}
    assert ASRConfig(confirm_below=levels).confirm_level() == 0.41  # no model named: the packaged tiny.en
    assert ASRConfig(model="whisper-base", confirm_below=levels).confirm_level() == 0.63
    assert ASRConfig(model="/models/other", confirm_below=levels).confirm_level() == DEFAULT_CONFIRM_BELOW


def test_the_shop_s_locale_picks_the_language_and_model_left_open():
    from perception.config import ASRConfig

    english = ASRConfig().for_locales(["en-US", "en-GB"])
    assert (english.language, english.model) == ("en", "tiny.en")
    spanish = ASRConfig().for_locales(["es-MX", "en-US"])  # a Mexico City shop: its own locale first
    assert (spanish.language, spanish.model) == ("es", "whisper-base")
    assert ASRConfig().for_locales([]).model == "tiny.en"  # no locale named: English


@pytest.mark.parametrize("locale, language", [("pl-PL", "pl"), ("pt-BR", "pt"), ("pt-PT", "pt"), ("de-DE", "de"), ("de-AT", "de"), ("id-ID", "id")])
def test_a_polish_portuguese_german_or_indonesian_shop_is_heard_in_its_language_by_the_multilingual_model(locale, language):
    from perception.config import ASRConfig

    heard = ASRConfig().for_locales([locale, "en-US"])  # Whisper's codes name the language, not the region
    assert (heard.language, heard.model) == (language, "whisper-base")


def test_a_locale_whisper_has_no_language_for_is_heard_in_the_language_whisper_finds():
    from perception.config import AUTO_LANGUAGE, ASRConfig

    swiss = ASRConfig().for_locales(["gsw-CH", "de-CH"])  # Swiss German: no Whisper language "gsw"
    assert (swiss.language, swiss.model) == (AUTO_LANGUAGE, "whisper-base")
    assert ASRConfig(locale_languages={"gsw": "de"}).for_locales(["gsw-CH"]).language == "de"  # unless told which


def test_a_locale_heard_in_another_language_gets_that_language_and_its_own_model():
    from perception.config import ASRConfig

    turkish = ASRConfig().for_locales(["tr-TR", "en-US"])  # an Istanbul shop: Turkish, the multilingual model
    assert (turkish.language, turkish.model) == ("tr", "whisper-base")
    taglish = ASRConfig().for_locales(["fil-PH", "en-US"])  # a Manila shop: told English, by the multilingual model
    assert (taglish.language, taglish.model) == ("en", "whisper-base")
    assert ASRConfig().for_locales(["en-PH"]).model == "tiny.en"  # the locale's language, not its region
    tagalog = ASRConfig(locale_languages={"fil": "tl"}, language_models={"en": "tiny.en"}).for_locales(["fil-PH"])
    assert (tagalog.language, tagalog.model) == ("tl", "whisper-base")
    assert ASRConfig(language="auto").for_locales(["fil-PH"]).language == "auto"  # a language set still wins


def test_a_language_or_model_set_wins_over_the_locale():
    from perception.config import ASRConfig

    told = ASRConfig(language="es").for_locales(["en-US"])
    assert (told.language, told.model) == ("es", "whisper-base")
    assert ASRConfig(model="/models/mine").for_locales(["es-MX"]).model == "/models/mine"
    assert ASRConfig(language="auto").for_locales(["en-US"]).model == "whisper-base"  # finding out needs every language
    own = ASRConfig(language_models={"en": "tiny.en", "es": "/models/es"}).for_locales(["es-MX"])
    assert own.model == "/models/es"


def test_the_settings_tree_hears_the_shop_s_language_from_env(monkeypatch):
    from assistant.config import Settings

    monkeypatch.setenv("FACET_LEXICON__LOCALES", '["es-MX", "en-US"]')
    assert (Settings().shop_asr.language, Settings().shop_asr.model) == ("es", "whisper-base")
    monkeypatch.setenv("FACET_ASR__LANGUAGE", "en")
    assert Settings().shop_asr.model == "tiny.en"
    assert Settings().shop_asr.confirm_level() == Settings().asr.confirm_below["tiny.en"]


def test_auto_leaves_whisper_to_find_out_the_language():
    from perception.asr import told_language
    from perception.config import ASRConfig

    assert told_language(ASRConfig(language="auto")) is None
    assert told_language(ASRConfig(language="es")) == "es"
    assert told_language(ASRConfig()) == "en"  # a config no shop's locale filled in: English, as before
