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
