"""Snapping a transcript's near misses to the shop's vocabulary (perception/snapping.py)."""


import threading

import numpy as np
import pytest

from perception.snapping import snap_to_spelling, snap_to_vocabulary, sound_key
from retrieval.catalog import Item

VOCABULARY = [
    "diamond", "ruby", "sapphire", "emerald", "pearl", "amethyst", "opal", "garnet",
    "yellow gold", "white gold", "rose gold", "sterling silver", "platinum",
    "ring", "engagement ring", "wedding band", "necklace", "pendant", "earrings", "bracelet", "bangle", "brooch",
    "vintage", "wedding", "Marlowe", "Seraphine",
]  # fmt: skip


def snap(text: str) -> str:
    return snap_to_vocabulary(text, VOCABULARY)


@pytest.mark.parametrize(
    "heard, meant",
    [
        ("a sandfire ring", "a sapphire ring"),
        ("Show me rows gold earrings.", "Show me rose gold earrings."),
        ("Show me yellow gold, bandles.", "Show me yellow gold, bangles."),
        ("A vintage roach for my grandmother.", "A vintage brooch for my grandmother."),
        ("Pearl necklace for a wagging.", "Pearl necklace for a wedding."),
        ("Sandfires under $500", "Sapphires under $500"),
        ("the marlo earrings", "the Marlowe earrings"),
    ],
)
def test_near_misses_snap_to_the_vocabulary(heard, meant):
    assert snap(heard) == meant


@pytest.mark.parametrize(
    "text",
    [
        "ring under 500 dollars",
        "Show me a white gold ring under $1,200.",
        "a rose gold ring with a diamond",
        "I'm looking for something for my mother under five hundred dollars",
        "do you have any rings for her birthday",
        "show me the second one please",
        "a 14k gold chain, 18 inches",
        "",
    ],
)
def test_right_words_numbers_and_prices_stay(text):
    assert snap(text) == text


def test_common_words_are_never_snapped():
    # "ring" -> "rings", "for" -> "four" or "under" -> "amber": close, but the words are plausibly right
    assert snap("a ring for under two thousand") == "a ring for under two thousand"
    assert snap("show me one with some stones") == "show me one with some stones"


def test_a_vocabulary_word_keeps_its_place_in_a_phrase():
    assert snap("white gold hoops") == "white gold hoops"  # never "rose gold"
    assert snap("a gold chain") == "a gold chain"


def test_an_everyday_word_beside_a_vocabulary_word_is_replaced_only_by_one_that_sounds_like_it():
    assert snap("a kolhapuri necklace in real gold") == "a kolhapuri necklace in real gold"  # never "rose gold"
    assert snap("a bridal set in solid gold") == "a bridal set in solid gold"
    assert snap("cuter ring in gold") == "cuter ring in gold"
    assert snap("Show me rows gold earrings.") == "Show me rose gold earrings."  # "rows" sounds as "rose"
    assert snap("wide gold hoops") == "white gold hoops"
    assert snap("a vintage roach") == "a vintage brooch"  # a word alone is snapped as before


def test_two_near_misses_side_by_side_are_never_snapped_to_one_word_said_twice():
    vocabulary = [*VOCABULARY, "chandi", "kundan"]
    twice = snap_to_vocabulary("a ring, chandy, chandii", vocabulary)
    assert twice.count("chandi") == 1, twice
    assert snap_to_vocabulary("sandfire sapphire ring", vocabulary) == "sandfire sapphire ring"
    assert snap_to_vocabulary("a chandy kundan necklace", vocabulary) == "a chandi kundan necklace"


def test_catalog_words_are_snapped_to_only_from_words_that_are_not_everyday_english():
    catalog = ["sable", "round", "lumen", "seraphine"]
    assert snap_to_vocabulary("a necklace with a noble", VOCABULARY, catalog) == "a necklace with a noble"
    assert snap_to_vocabulary("can I see a road", VOCABULARY, catalog) == "can I see a road"
    assert snap_to_vocabulary("for women", VOCABULARY, catalog) == "for women"
    assert snap_to_vocabulary("the samaphine ring", ["ring"], catalog) == "the seraphine ring"


def test_contractions_stay():
    assert snap("I don't want what's there, can't you show a ring") == "I don't want what's there, can't you show a ring"
    assert snap("without emerald's") == "without emeralds"


def test_an_empty_vocabulary_changes_nothing():
    assert snap_to_vocabulary("a sandfire ring", []) == "a sandfire ring"


def test_windows_are_remembered_within_a_bound_and_change_nothing(monkeypatch):
    import perception.snapping as snapping

    readings = ["show me a sandfire ring", "show me a sandfire rim", "show me the sandfire ring"]
    heard = ["show me a sapphire ring", "show me a sapphire rim", "show me the sapphire ring"]
    vocabulary = VOCABULARY + ["windows test"]  # a vocabulary not yet seen, so nothing is remembered
    assert [snap_to_vocabulary(text, vocabulary) for text in readings * 2] == heard * 2
    shop = snapping._vocabulary(tuple(vocabulary), ())
    assert (("sandfire",), False) in shop.matches
    monkeypatch.setattr(snapping, "MAX_REMEMBERED_WINDOWS", 2)
    shop.matches.clear()
    assert [snap_to_vocabulary(text, vocabulary) for text in readings * 2] == heard * 2
    assert len(shop.matches) <= 2


def test_sound_keys_fold_spelling_and_voicing():
    assert sound_key("rows gold") == sound_key("rose gold")
    assert sound_key("phone") == sound_key("fone")
    assert sound_key("bell") == sound_key("pearl")  # non-rhotic "r", b/p merged
    assert sound_key("") == ""


class HeardAs:
    """An ASR that always hears the same words."""

    def __init__(self, text: str):
        self.text = text

    def transcribe(self, audio, prompt=None):
        from perception.asr import Transcript

        return Transcript(self.text, 0.8, len(audio) / 16_000)

    def hypotheses(self, audio, prompt=None, count=1):
        from perception.asr import Hypothesis

        return [Hypothesis(self.text, logprob=-2.0, confidence=0.8)]


class TitlesOnly:
    """Just enough of a CatalogIndex for the catalog's titles."""

    def __init__(self, titles: list[str]):
        self.titles = {f"id{n}": title for n, title in enumerate(titles)}

    def all_ids(self):
        return list(self.titles)

    def text_revision(self):
        return "fixed"

    def items(self, ids):
        return {item_id: Item(id=item_id, title=self.titles[item_id], category="ring", metal="platinum", price=100, currency="USD") for item_id in ids}

    def item_pages(self, size: int = 5_000):
        yield list(self.items(sorted(self.titles)).values())

    def pages_in_id_order(self):
        return False  # read by id, as item_pages gives them


@pytest.mark.parametrize("snap_on, heard", [(True, "the marlow sandfire ring"), (False, "the marlow sandfire ring")])
def test_the_assistant_snaps_transcripts_to_its_catalog_when_configured(snap_on, heard, monkeypatch):
    import assistant.assistant as module
    from assistant.config import Settings

    monkeypatch.setattr(module, "decode_audio", lambda audio, **_: np.zeros(16_000, np.float32))
    monkeypatch.setattr(module, "speech_for_asr", lambda samples, config: samples)
    settings = Settings(asr={"snap_to_vocabulary": snap_on})
    assistant = module.Assistant.__new__(module.Assistant)  # no models: only the speech path is used
    assistant.settings, assistant.index, assistant.asr, assistant._read, assistant.catalog_read_dir = (
        settings, TitlesOnly(["Marlowe Sapphire Ring", "Aurora Pearl Studs"]), HeardAs(heard), None, None,
    )  # fmt: skip
    assistant._catalog_lock = threading.Lock()
    assert assistant._transcribe(b"audio").text == ("the marlowe sapphire ring" if snap_on else heard)


@pytest.mark.parametrize("heard, meant", [
    ("Transoretka z bursztynem", "Bransoletka z bursztynem"),  # one letter off, the case kept
    ("kączyki srebrne", "kolczyki srebrne"),  # accents aside: "kaczyki" is two edits from "kolczyki"
    ("aliansa de ouro", "aliança de ouro"),
])  # fmt: skip
def test_a_word_of_another_language_is_respelt_as_the_shop_writes_it(heard, meant):
    words = ("bransoletka", "bursztynem", "kolczyki", "srebrne", "aliança")
    assert snap_to_spelling(heard, words, frozenset({"de", "ouro", "z"}), max_share=0.25, min_letters=5) == meant


def test_a_word_the_catalog_writes_a_short_one_or_one_too_far_stays():
    words = ("złoto", "pierścionek", "perłami")
    said = "Kieszonek ze złota, perła z"  # "złota" the catalog writes; "perła" 2 edits off "perłami"; "z" short
    assert snap_to_spelling(said, words, frozenset({"złota"}), max_share=0.25, min_letters=5) == said
    assert snap_to_spelling(said, words, frozenset(), max_share=0.25, min_letters=5) == "Kieszonek ze złoto, perła z"


def test_a_compound_of_two_words_the_catalog_writes_stays_whole():
    words = ("goldkettchen", "perlenkette")
    assert snap_to_spelling("Goldkette", words, frozenset({"gold", "kette"}), max_share=0.25, min_letters=5) == "Goldkette"
    assert snap_to_spelling("Goldkette", words, frozenset({"gold"}), max_share=0.25, min_letters=5) == "Goldkettchen"  # no compound
    verlobung = frozenset({"verlobung", "ring"})
    assert snap_to_spelling("Verlobungsring", ("verlobungsringe",), verlobung, max_share=0.25, min_letters=5, min_part=4) == "Verlobungsring"


def test_a_sharp_s_and_umlauts_are_read_as_their_spelt_out_letters():
    words = ("weißgold", "ohrhänger")
    assert snap_to_spelling("Weissgold Ohrhanger", words, frozenset(), max_share=0.25, min_letters=5) == "Weißgold Ohrhänger"
