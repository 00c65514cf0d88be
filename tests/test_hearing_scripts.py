"""A shop heard in a language of other letters (Persian, Russian): its words respelt by their letters
and the sounds its language says alike, its language model reading its words, and the WER reading
letter forms as the typed path folds them (perception/snapping.py, assistant/hearing.py,
retrieval/lexicon.py `locale_words`, benchmarks/wer_words.py)."""

import numpy as np

from assistant.hearing import hear, shop_hearing, titles_prompt
from benchmarks.wer_words import normalise
from perception.asr import Hypothesis
from perception.config import ASRConfig
from perception.language_model import ShopLanguageModel, lm_words
from perception.snapping import snap_to_spelling
from retrieval.catalog import Item
from retrieval.folding import folded
from retrieval.lexicon import load_lexicon, locale_words

# Persian's letters said alike, as a lexicon's [hearing.same_sound_letters] gives them
PERSIAN_ALIKE = {letter: group[0] for group in ("تط", "سصث", "زذضظ", "هح", "قغ", "اع") for letter in group}
PERSIAN_WORDS = ("انگشتر", "طلا", "سفید", "عقیق", "گوشواره")


def respelt(text: str, words=PERSIAN_WORDS, known=frozenset(), alike=PERSIAN_ALIKE) -> str:
    return snap_to_spelling(text, words, known, max_share=0.25, min_letters=5, same_sounds=alike, fold=folded)


def test_a_word_spelt_as_a_shop_word_sounds_is_that_word():
    assert respelt("انگشتر تلا") == "انگشتر طلا"  # ت for ط: Whisper hears the sound, not the letter
    assert respelt("اقیق") == "عقیق"  # ا for ع and all: the word is short, but sounds exactly as the shop's


def test_a_word_sounding_otherwise_or_too_short_or_written_by_the_catalog_stays():
    assert respelt("تلو سی فید") == "تلو سی فید"  # "تلو" is a letter off طلا's sound: too short to guess at
    assert respelt("تا") == "تا"  # two letters: a particle, never respelt
    assert respelt("تلا", known=frozenset({"تلا"})) == "تلا"  # the catalog writes it
    assert respelt("انگشتر تلا", alike={}) == "انگشتر تلا"  # a language that says those letters apart


def test_a_word_already_read_as_a_shop_word_keeps_its_letters():
    folded_words = ("طلاي", "سفيد")  # a locale pack's words are kept folded (Arabic yeh)
    assert respelt("طلای سفید", words=folded_words) == "طلای سفید"  # Persian yeh: the same word, left as written


def test_a_cyrillic_word_a_letter_off_is_respelt():
    words = ("браслет", "серебряная", "кольцо")
    said = snap_to_spelling("серебрянная браслед и кольцо", words, frozenset({"и"}), max_share=0.25, min_letters=5, fold=folded)
    assert said == "серебряная браслет и кольцо"


def test_a_locale_pack_gives_its_own_words_and_the_persian_letters_said_alike():
    words = locale_words("fa-IR")
    assert folded("انگشتر") in words and folded("گوشواره") in words
    assert not {"ring", "gold", "earrings"} & set(words)  # the base file's English names are not the locale's
    assert all(word.isalpha() for word in words)
    assert dict(load_lexicon().same_sound_letters)["fa"][0] == "تط"


def persian_item(number: int, title: str) -> Item:
    return Item(id=f"F{number}", title=title, description="", category="ring", metal="yellow gold",
                gemstone="none", price=50_000_000, currency="IRR")  # fmt: skip


class ReadsAs:
    def __init__(self, text: str):
        self.text = text

    def hypotheses(self, audio, prompt=None, count=1):
        return [Hypothesis(self.text, -1.0, 0.5)]


def test_a_persian_shop_hears_its_words_back_and_an_arabic_one_does_not_borrow_persian_sounds():
    items = [persian_item(1, "انگشتر طلا زرد"), persian_item(2, "گوشواره نقره")]
    silence = np.zeros(16_000, np.float32)
    persian = shop_hearing(items, max_lm_items=100, language="fa", locale_words=locale_words("fa-IR"))
    assert hear(ReadsAs("انگشتر تلا زرد"), silence, persian, ASRConfig()).text == "انگشتر طلا زرد"
    arabic = shop_hearing(items, max_lm_items=100, language="ar")
    assert hear(ReadsAs("انگشتر تلا زرد"), silence, arabic, ASRConfig()).text == "انگشتر تلا زرد"


def test_the_language_model_reads_words_in_any_letters():
    assert lm_words("Кольцо из золота, 585!") == ["кольцо", "из", "золота", "<num>"]
    model = ShopLanguageModel(["кольцо из золота", "серьги из серебра"])
    assert model.logprob("кольцо из золота")[0] > model.logprob("колесо из болота")[0]


def test_the_wer_reads_persian_and_arabic_letter_forms_as_one():
    assert normalise("طلای سفید") == normalise("طلاي سفيد")  # Persian and Arabic yeh
    assert normalise("نیم‌ست ۱۸ عیار") == normalise("نیم ست 18 عیار")  # the non-joiner, Persian digits


def test_a_titles_prompt_says_the_most_written_words_in_whole_titles_within_its_budget():
    titles = ["Кольцо из красного золота с фианитами", "Серьги из белого золота", "Кольцо из белого золота", "Цепь «Вега»"]
    prompt = titles_prompt(titles, budget=60)
    chosen = prompt.rstrip(".").split(". ")
    assert set(chosen) <= set(titles) and len(prompt) <= 60  # whole titles, as written, within the budget
    assert chosen[0] == "Кольцо из белого золота"  # the most written words ("кольцо", "белого", "золота"), the shorter
    assert titles_prompt([]) == ""


def test_a_shop_heard_in_another_language_is_prompted_with_its_titles_when_asked():
    items = [persian_item(1, "انگشتر طلا زرد"), persian_item(2, "گوشواره نقره")]
    hearing = shop_hearing(items, max_lm_items=100, language="fa", prompt_style="titles")
    assert hearing.prompt == "انگشتر طلا زرد. گوشواره نقره." or hearing.prompt == "گوشواره نقره. انگشتر طلا زرد."
    assert "," not in hearing.prompt  # phrases, not a list


def test_a_shop_prompted_in_its_language_gives_whisper_its_words_with_their_marks():
    """A Slovak shop types some titles without the marks ("Nausnice s perlou"): Whisper is prompted
    with the spelling speech is written in ("náušnice"), never the one without, which it would copy."""
    items = [Item(id=f"S{number}", title=title, description="", category=kind, metal="sterling silver", gemstone=stone, price=90,
                  currency="EUR") for number, (title, kind, stone) in enumerate([("Náušnice s perlou", "earrings", "pearl"),
                  ("Nausnice s perlou", "earrings", "pearl"), ("Prsteň s granátom", "ring", "garnet")])]  # fmt: skip
    prompt = shop_hearing(items, max_lm_items=100, language="sk").prompt.lower()
    assert "náušnice" in prompt and "prsteň" in prompt
    assert "nausnice" not in prompt.replace("náušnice", "")
