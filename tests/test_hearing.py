"""Choosing among Whisper's N best readings with the shop's language model, and what the
Assistant listens for (perception/language_model.py, perception/asr.py, assistant/hearing.py)."""

import numpy as np
import pytest

from assistant.heard_amounts import joined_tens
from assistant.hearing import _adding_words, hear, shop_hearing
from perception.asr import FasterWhisperASR, Hypothesis, choose_transcript, recites_prompt
from perception.audio import decode_audio
from perception.config import ASRConfig
from perception.errors import NoSpeechError
from perception.language_model import NUMBER, ShopLanguageModel, lm_words
from retrieval.catalog import Item

SHOP_TEXT = [
    "Rose Gold Diamond Solitaire Ring", "A brilliant diamond set in rose gold.",
    "Marlowe Pearl Earrings", "Freshwater pearls on sterling silver hooks.",
    "Aurora Sapphire Pendant", "A blue sapphire on a fine chain.",
]  # fmt: skip


@pytest.fixture(scope="module")
def shop_lm() -> ShopLanguageModel:
    return ShopLanguageModel(SHOP_TEXT)


def test_words_are_lower_case_and_numbers_are_one_word():
    assert lm_words("Under $1,200 for Marlowe's 14k ring!") == ["under", NUMBER, "for", "marlowes", NUMBER, "k", "ring"]


def test_the_shops_own_phrasing_is_more_likely(shop_lm):
    said, misheard = shop_lm.logprob("a rose gold ring with a diamond"), shop_lm.logprob("a rose gold ring with an eye on it")
    assert said[0] > misheard[0] and said[1] == 7
    assert shop_lm.logprob("pearl earrings")[0] > shop_lm.logprob("earlier in")[0]


def test_everyday_words_back_off_to_english_and_made_up_words_cost_more(shop_lm):
    assert shop_lm.logprob("show me")[0] > shop_lm.logprob("shoq mez")[0]
    assert shop_lm.logprob("zqxv")[0] > shop_lm.logprob("zqxvzqxvzqxv")[0]


def reading(text: str, logprob: float, confidence: float = 0.7) -> Hypothesis:
    return Hypothesis(text, logprob, confidence)


def test_the_language_model_can_overrule_whispers_first_choice(shop_lm):
    readings = [reading("Show me a rose gold ring with an eye on it.", -4.0, 0.81), reading("Show me a rose gold ring with a diamond.", -5.0, 0.78)]
    chosen = choose_transcript(readings, 2.5, shop_lm.logprob, ASRConfig())
    assert chosen.text == "Show me a rose gold ring with a diamond."
    assert chosen.confidence == 0.78 and chosen.duration == 2.5
    whisper_only = choose_transcript(readings, 2.5, shop_lm.logprob, ASRConfig(lm_weight=0, word_bonus=0))
    assert whisper_only.text == readings[0].text and whisper_only.confidence == 0.81


def test_readings_are_normalised_before_they_are_scored_and_the_same_one_counts_once(shop_lm):
    scored = []

    def counting_lm(text):
        scored.append(text)
        return shop_lm.logprob(text)

    readings = [reading("the sandfire pendant", -3.0), reading("the sapphire pendant", -3.2), reading("the sand fire pendant", -9.0)]
    normalise = {"the sandfire pendant": "the sapphire pendant", "the sand fire pendant": "the sapphire pendant"}.get
    chosen = choose_transcript(readings, 1.0, counting_lm, ASRConfig(), normalise=lambda text: normalise(text, text))
    assert chosen.text == "the sapphire pendant" and scored == ["the sapphire pendant"]


def test_readings_alike_in_words_are_snapped_once(shop_lm):
    snapped = []

    def snap(text):
        snapped.append(text)
        return text

    readings = [reading("a ruby ring", -3.0), reading("a ruby ring", -3.1), reading("a rubi ring", -4.0)]  # timestamps apart
    assert choose_transcript(readings, 1.0, shop_lm.logprob, ASRConfig(), normalise=snap).text == "a ruby ring"
    assert snapped == ["a ruby ring", "a rubi ring"]


def test_no_reading_is_no_speech(shop_lm):
    with pytest.raises(NoSpeechError):
        choose_transcript([], 1.0, shop_lm.logprob, ASRConfig())


def item(number: int, title: str) -> Item:
    return Item(id=f"I{number}", title=title, description="Polished by hand.", category="ring", metal="platinum",
                gemstone="ruby", price=100, currency="USD", style="classic")  # fmt: skip


def test_the_shops_prompt_names_its_own_words_before_everyday_ones():
    hearing = shop_hearing([item(1, "Marlowe Solitaire Ring"), item(2, "Marlowe Band"), item(3, "Seraphine Hoop")], max_lm_items=100)
    prompt = hearing.prompt
    assert prompt.startswith("Jewelry shop: diamond") and "marlowe" in prompt and "seraphine" in prompt
    assert prompt.index("marlowe") < prompt.index("band")  # "band" Whisper guesses unprompted
    assert {"marlowe", "seraphine", "solitaire"} <= set(hearing.catalog_words)
    assert hearing.language_model.logprob("the marlowe band")[0] > hearing.language_model.logprob("the marlow bend")[0]


def test_a_phrase_of_words_already_prompted_takes_no_room_in_the_prompt():
    assert _adding_words(["pearl", "freshwater pearl", "freshwater", "pearl ring", "ring", "Ring Pearl"]) == [
        "pearl", "freshwater pearl", "pearl ring"]  # fmt: skip
    pieces = [Item(id="1", title="Freshwater Pearl Studs", price=9_000, currency="INR", category="earrings",
                   metal="sterling silver", gemstone="pearl")]  # fmt: skip
    names = [name.strip(" .") for name in shop_hearing(pieces, max_lm_items=100).prompt.split(":", 1)[1].split(",")]
    assert "freshwater pearl" in names and "freshwater" not in names


def test_the_language_model_knows_how_shoppers_ask_which_no_catalog_says():
    hearing = shop_hearing([item(1, "Marlowe Sapphire Ring"), item(2, "Aurora Pearl Studs")], max_lm_items=100)
    likelier = hearing.language_model.logprob
    for said, misheard in [("I need a wedding band", "I leave a wedding band"), ("Show me a bangle", "Show me a manual"),
                           ("I'm looking for a necklace", "I'm looking for an necklace"),
                           ("a gift for my sister under $300", "a gift for my sister and there $300")]:  # fmt: skip
        assert likelier(said)[0] > likelier(misheard)[0], said
    # Whisper tiny.en's two best readings of espeak-ng saying "I need a wedding band", with their log-probabilities
    readings = [reading("I leave a wedding band.", -1.04), reading("I need a wedding band.", -3.05)]
    assert choose_transcript(readings, 1.6, hearing.language_model.logprob, ASRConfig()).text == "I need a wedding band."


def test_the_language_model_learns_from_a_spread_of_a_big_catalog():
    names = ["alba", "bria", "cora", "dara", "elsa", "fara", "gala", "hana", "iona", "jana"]
    items = [item(number, f"{name.title()} Ring") for number, name in enumerate(names)]
    hearing = shop_hearing(items, max_lm_items=5)
    assert [hearing.language_model.unigrams[name] for name in names] == [1, 0] * 5  # every other item
    assert set(names) <= set(hearing.catalog_words)  # the titles: every item


class ReadsAs:
    """An ASR with fixed N-best readings."""

    def __init__(self, readings):
        self.readings, self.asked = readings, []

    def hypotheses(self, audio, prompt=None, count=1):
        self.asked.append((prompt, count))
        return self.readings[:count]


def test_a_voice_turn_snaps_each_reading_and_keeps_the_one_the_shop_would_hear():
    hearing = shop_hearing([item(1, "Marlowe Sapphire Ring"), item(2, "Aurora Pearl Studs")], max_lm_items=100)
    asr = ReadsAs([reading("the marlow ring with an eye on it", -4.0), reading("the marlow sandfire ring", -4.6)])
    heard = hear(asr, np.zeros(16_000, np.float32), hearing, ASRConfig())
    assert heard.text == "the marlowe sapphire ring" and heard.duration == 1.0
    assert asr.asked == [(hearing.prompt, ASRConfig().hypotheses)]
    first_only = hear(asr, np.zeros(16_000, np.float32), hearing, ASRConfig(hypotheses=1, snap_to_vocabulary=False))
    assert first_only.text == "the marlow ring with an eye on it"


@pytest.mark.integration
def test_whispers_n_best_starts_with_its_transcript(speak):
    asr = FasterWhisperASR(ASRConfig(), threads=2)
    speech = decode_audio(speak("show me an aquamarine pendant in white gold"))
    prompt = "Jewelry shop: aquamarine, sapphire, white gold."
    readings, transcript = asr.hypotheses(speech, prompt=prompt, count=8), asr.transcribe(speech, prompt=prompt)
    assert 1 < len(readings) <= 8
    assert readings[0].text == transcript.text and readings[0].confidence == pytest.approx(transcript.confidence, abs=1e-3)
    assert all(0 < each.confidence <= 1 and each.logprob < 0 for each in readings)


@pytest.mark.parametrize("heard, meant", [
    ("thali chain 20 2 carat", "thali chain 22 carat"), ("a 90-5 gram chain", "a 95 gram chain"),
    ("under 20,000 rupees", "under 20,000 rupees"), ("sizes 20 and 2", "sizes 20 and 2"), ("1.20 2", "1.20 2"),
    ("20 25 inch", "20 25 inch"),
])  # fmt: skip
def test_tens_written_apart_from_their_unit_are_one_number(heard, meant):
    assert joined_tens(heard) == meant


@pytest.mark.parametrize("heard, meant", [
    ("10 gram 20 to carat chain", "10 gram 22 carat chain"), ("Twenty too kt bangle", "22 kt bangle"),
    ("20 for carat gold", "24 carat gold"), ("sizes 20 to 22", "sizes 20 to 22"), ("in 20 to crore", "in 20 to crore"),
    ("120 to carat", "120 to carat"),
])  # fmt: skip
def test_a_word_sounding_like_a_digit_after_tens_and_before_a_karat_is_that_digit(heard, meant):
    assert joined_tens(heard, karat_units=("carat", "k", "kt")) == meant


def test_readings_reciting_the_prompt_are_dropped_and_all_reciting_reads_again_without_it():
    hearing = shop_hearing([item(1, "Marlowe Sapphire Ring"), item(2, "Aurora Pearl Studs")], max_lm_items=100)
    listed = [name.strip(" .") for name in hearing.prompt.split(":", 1)[1].split(",")]
    recital = ", ".join(listed[:4])
    asr = ReadsAs([reading(recital, -1.0), reading("a pearl ring", -3.0)])
    assert hear(asr, np.zeros(16_000, np.float32), hearing, ASRConfig()).text == "a pearl ring"

    class RecitesWithPrompt(ReadsAs):
        def hypotheses(self, audio, prompt=None, count=1):
            self.asked.append((prompt, count))
            return [reading(recital, -1.0)] if prompt else [reading("a pearl ring", -3.0)]

    asr = RecitesWithPrompt([])
    assert hear(asr, np.zeros(16_000, np.float32), hearing, ASRConfig()).text == "a pearl ring"
    assert [prompt for prompt, _ in asr.asked] == [hearing.prompt, None]


def spanish_item(number: int, title: str) -> Item:
    return Item(id=f"M{number}", title=title, description="Hecho a mano.", category="ring", metal="white gold",
                gemstone="diamond", price=9_000, currency="MXN")  # fmt: skip


def test_a_shop_heard_in_another_language_is_prompted_with_its_own_words_only():
    items = [spanish_item(1, "Anillo de Corazón en Oro Blanco"), spanish_item(2, "Argolla Clásica de Platino")]
    english = shop_hearing(items, max_lm_items=100)
    assert "platinum" in english.prompt and "corazón" in english.prompt  # a whole word, accents and all
    spanish = shop_hearing(items, max_lm_items=100, language="es")
    assert "platinum" not in spanish.prompt and "diamond" not in spanish.prompt  # the lexicon's English names
    assert {"anillo", "corazón", "argolla", "platino"} <= set(spanish.prompt.split(":", 1)[-1].strip(" .").split(", "))


def test_a_title_word_is_whole_in_any_latin_letters():
    items = [spanish_item(1, "Gümüş Tektaş Yüzük"), spanish_item(2, "İnci Gerdanlık Pırlantalı")]
    prompted = set(shop_hearing(items, max_lm_items=100, language="tr").prompt.split(":", 1)[-1].strip(" .").split(", "))
    assert {"gümüş", "tektaş", "yüzük", "inci", "gerdanlık", "pırlantalı"} <= prompted  # not "gümü", "tekta", "nci"


@pytest.mark.parametrize("language, titles, whole", [
    ("pl", ("Obrączka Złota Próba 585", "Pierścionek z Bursztynem, Srebro Oksydowane"), {"obrączka", "złota", "próba", "pierścionek", "bursztynem"}),
    ("pt", ("Aliança de Ouro Amarelo", "Corrente Coração em Prata, Pingente Trançado"), {"aliança", "corrente", "coração", "prata", "trançado"}),
])  # fmt: skip
def test_polish_and_portuguese_title_words_are_prompted_whole(language, titles, whole):
    items = [spanish_item(number, title) for number, title in enumerate(titles)]
    prompted = set(shop_hearing(items, max_lm_items=100, language=language).prompt.split(":", 1)[-1].strip(" .").split(", "))
    assert whole <= prompted  # not "obr", "czka", "coraç"


def test_the_lexicon_s_folded_spellings_are_not_prompted_to_a_shop_heard_in_its_own_language():
    folded = {"description": "zirkon taşli sallantili küpe", "category": "earrings", "gemstone": "cubic zirconia"}  # typed folded
    items = [spanish_item(1, "Zirkon Taşlı Gümüş Yüzük"), spanish_item(2, "Sallantılı Küpe").model_copy(update=folded)]
    prompted = set(shop_hearing(items, max_lm_items=100, language="tr").prompt.split(":", 1)[-1].strip(" .").split(", "))
    assert {"taşlı", "sallantılı"} <= prompted and not {"zirkon taşli", "sallantili küpe"} & prompted


def test_every_currency_word_in_latin_letters_is_kept_from_snapping():
    words = shop_hearing([item(1, "Marlowe Ring")], max_lm_items=100).words.every_currency
    assert "lirası" in words and "rupees" in words  # a currency's word with a dotless i is a word too
    assert not {"₹", "r$", "rs."} & set(words)


@pytest.mark.parametrize("language, said", [("pl", "srebrne kolczyki z rubinem do stu złotych"), ("pt", "anel com rubi até três mil reais")])
def test_a_polish_or_portuguese_request_keeps_its_money_words(language, said):
    items = [spanish_item(1, "Pierścionek z Rubinem"), spanish_item(2, "Anel de Rubi")]
    asr = ReadsAs([reading(said, -1.0)])
    assert hear(asr, np.zeros(16_000, np.float32), shop_hearing(items, max_lm_items=100, language=language), ASRConfig()).text == said


def test_a_shop_heard_in_another_language_gets_its_own_words_back_by_spelling():
    items = [spanish_item(1, "Srebrna Bransoletka z Bursztynem"), spanish_item(2, "Pierścionek z Szafirem")]
    items[1] = items[1].model_copy(update={"description": "Szafir w złocie."})
    readings = [reading("Transoretka z bursztynem, szafimem w złocie do tysiąca złotych", -1.0)]
    heard = hear(ReadsAs(readings), np.zeros(16_000, np.float32), shop_hearing(items, max_lm_items=100, language="pl"), ASRConfig())
    assert heard.text == "Bransoletka z bursztynem, szafirem w złocie do tysiąca złotych"
    unsnapped = hear(ReadsAs(readings), np.zeros(16_000, np.float32), shop_hearing(items, max_lm_items=100, language="pl"),
                     ASRConfig(snap_to_vocabulary=False))  # fmt: skip
    assert unsnapped.text == readings[0].text
    assert {"szafir", "złocie", "rupees", "lirası"} <= shop_hearing(items, max_lm_items=100, language="pl").written_words  # never respelt


def test_a_shop_heard_in_another_language_is_not_snapped_to_english_sounds():
    items = [spanish_item(1, "Argolla de Platino"), spanish_item(2, "Anillo de Diamante")]
    said = "anillo de menos de doce mil pesos"  # English sound keys hear "de menos" as "diamonds"
    asr = ReadsAs([reading(said, -1.0)])
    assert hear(asr, np.zeros(16_000, np.float32), shop_hearing(items, max_lm_items=100, language="es"), ASRConfig()).text == said
    assert hear(asr, np.zeros(16_000, np.float32), shop_hearing(items, max_lm_items=100), ASRConfig()).text != said


def german_item(number: int, title: str) -> Item:
    return Item(id=f"D{number}", title=title, description="Handgefertigt in München.", category="ring", metal="yellow gold",
                gemstone="pearl", price=500, currency="EUR")  # fmt: skip


def test_a_german_shop_is_prompted_with_its_words_whole_without_the_english_lead():
    titles = ("Armband „Lehel“ in Weißgold", "Ohrhänger „Lehel“ mit Perle", "Fußkettchen „Isar“ 333er Gelbgold", "Ohrhänger Isar")
    hearing = shop_hearing([german_item(n, title) for n, title in enumerate(titles)], max_lm_items=100, language="de")
    prompted = hearing.prompt.strip(" .").split(", ")
    assert "Jewelry" not in hearing.prompt and {"weißgold", "ohrhänger", "fußkettchen", "gelbgold"} <= set(prompted)
    assert prompted.index("lehel") > prompted.index("weißgold") and prompted.index("isar") > prompted.index("fußkettchen")  # quoted names last
    assert recites_prompt(", ".join(prompted[:3]), hearing.prompt) and not recites_prompt("Ohrhänger in Weißgold", hearing.prompt)
    english = shop_hearing([german_item(n, title) for n, title in enumerate(titles)], max_lm_items=100)
    assert english.prompt.startswith("Jewelry shop: ")


def test_a_german_request_keeps_its_compounds_umlauts_and_sharp_s():
    items = [german_item(1, "Goldkettchen mit Perle"), german_item(2, "Ohrhänger in Weißgold"), german_item(3, "Fußkettchen Silber")]
    items[2] = items[2].model_copy(update={"description": "Eine feine Kette aus Gold."})
    said = "Eine Goldkette, Ohrhänger in Weißgold und ein Fußkettchen mit Perle"
    hearing = shop_hearing(items, max_lm_items=100, language="de")
    assert hear(ReadsAs([reading(said, -1.0)]), np.zeros(16_000, np.float32), hearing, ASRConfig()).text == said
    swiss = "Ohrhanger in Weissgold"  # Whisper's spelling without the shop's letters gets them back
    assert hear(ReadsAs([reading(swiss, -1.0)]), np.zeros(16_000, np.float32), hearing, ASRConfig()).text == "Ohrhänger in Weißgold"


@pytest.mark.parametrize("said", ["cincin emas di bawah lima juta rupiah", "gelang rubi 500 rb", "kalung 3 jt", "anting dua ratus ribuan"])
def test_an_indonesian_request_keeps_its_money_words(said):
    items = [german_item(1, "Cincin Emas Kuning"), german_item(2, "Gelang Rubi Jutawan"), german_item(3, "Kalung Ruby Ribbon")]
    hearing = shop_hearing(items, max_lm_items=100, language="id")
    assert hear(ReadsAs([reading(said, -1.0)]), np.zeros(16_000, np.float32), hearing, ASRConfig()).text == said


def test_words_in_other_letters_are_read_whole_with_their_marks():
    from assistant.hearing import script_words

    assert script_words("K18 ピンクゴールドのネックレス・結婚指輪です") == ["ピンクゴールド", "ネックレス", "結婚指輪"]  # particles out
    assert script_words("सोने की अंगूठी 22 कैरेट") == ["सोने", "अंगूठी", "कैरेट"]  # vowel signs stay with their letters
    assert script_words("خاتم ذهب مع فص") == ["خاتم", "ذهب"]  # two-letter Arabic words are mostly particles
    assert script_words("14K 골드 반지") == ["골드", "반지"] and script_words("Gümüş Yüzük") == []  # Latin is TITLE_WORD's


@pytest.mark.parametrize("language, titles, own", [
    ("ja", ("Kaede K18 ピンクゴールド ネックレス", "Luna 結婚指輪 プラチナ", "Hoshi ダイヤモンド ピアス"), {"ネックレス", "結婚指輪", "ピアス"}),
    ("ko", ("Luna 14K 골드 목걸이", "Stella 실버 반지", "Hana 진주 귀걸이"), {"목걸이", "반지", "귀걸이"}),
    ("ar", ("خاتم ذهب Nour", "سلسلة فضة Layla", "حلق ذهب أبيض Nour"), {"خاتم", "سلسلة", "ذهب"}),
])  # fmt: skip
def test_a_shop_in_other_letters_is_prompted_in_them_not_only_with_its_latin_names(language, titles, own):
    hearing = shop_hearing([spanish_item(number, title) for number, title in enumerate(titles)], max_lm_items=100, language=language)
    prompted = hearing.prompt.strip(" .").split(", ")
    assert own <= set(prompted)  # Whisper writes as its prompt writes: in romaji, when only "kaede, luna" were prompted
    assert prompted.index(min(own, key=prompted.index)) < min(prompted.index(name) for name in prompted if name.isascii())
