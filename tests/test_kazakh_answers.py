"""Answers in Kazakh (assistant/phrases/kk.toml), in Cyrillic: every phrase of English's said in Kazakh, CLDR's
kk plural forms (one for 1, other for the rest; the noun after a number stays singular, "3 әшекей", and so does
its verb), tenge as Kazakhstan writes them ("125 000 ₸", "2 500 ₸", "ең көбі 50 000 ₸"), the kk-KZ pack's names,
a colour before every stone (a Kazakh adjective does not change for its noun), no case ending glued onto a
placeholder (its vowel harmony hangs on the value), and Kazakh told apart: a shopper writing Kazakh, with its
own letters or typed without them, is answered in Kazakh; a Russian one of the same shop in Russian."""

import re
import tomllib

import pytest

from assistant.answer import describe_constraints, format_price, write_answer
from assistant.answer_language import _written_in, answer_language
from assistant.intents import message_kind
from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR, available_languages, phrases_for, plural_category, recognised_words
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.folding import unmarked
from retrieval.query import Hit

KAZAKH_CATEGORIES = {0: "other", 1: "one", 2: "other", 3: "other", 5: "other", 11: "other", 21: "other", 101: "other"}
KAZAKH_PLURAL_FORMS = {"one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
CYRILLIC_LETTERS = range(0x0400, 0x0530)  # Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) among them
PLACEHOLDER = re.compile(r"\{\w+\}")  # a name, a price: not the phrase's own words
SUFFIXED_PLACEHOLDER = re.compile(r"\{\w+\}[-]?[а-яәғқңөұүһі]")  # "{price}ге": an ending whose harmony the value decides


def _kazakh():
    return phrases_for("kk", "kk-KZ")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def _forms(phrase) -> list[str]:
    forms = phrase if isinstance(phrase, list) else [phrase]
    return [text for form in forms for text in (form.values() if isinstance(form, dict) else [form])]


def test_every_english_phrase_is_said_in_kazakh_with_cldr_s_plural_forms():
    english, kazakh = _file(BASE_LANGUAGE)["phrases"], _file("kk")["phrases"]
    assert set(kazakh) == set(english)
    counted = [form for phrase in kazakh.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == KAZAKH_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, kazakh = _file(BASE_LANGUAGE)["phrases"], _file("kk")["phrases"]
    for key, phrase in kazakh.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_a_kazakh_answer_falls_back_to_no_english_phrase():
    kazakh = _kazakh()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        kazakh.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert kazakh.fell_back == []


def test_every_sentence_is_in_cyrillic():
    for key, phrase in _file("kk")["phrases"].items():
        for text in _forms(phrase):
            words = PLACEHOLDER.sub("", text).replace("Facet", "")
            assert all(ord(char) in CYRILLIC_LETTERS for char in words if char.isalpha()), (key, text)


def test_no_ending_is_glued_onto_a_placeholder():
    for key, phrase in _file("kk")["phrases"].items():
        for text in _forms(phrase):
            assert not SUFFIXED_PLACEHOLDER.search(text), (key, text)


def test_kazakh_s_plural_categories():
    rules = _file("kk")["plural"]
    assert {n: plural_category(rules, n) for n in KAZAKH_CATEGORIES} == KAZAKH_CATEGORIES


def test_a_noun_after_a_number_stays_singular_and_so_does_its_verb():
    kazakh = _kazakh()
    assert [kazakh.say("openings", pick=1, count=n, scope="(x)") for n in (1, 3, 21)] == [
        "1 әшекей таптым (x):", "3 әшекей таптым (x):", "21 әшекей таптым (x):"]
    assert kazakh.say("openings", pick=2, count=5, scope="(x)") == "Сұрауыңызға 5 әшекей сәйкес келеді (x):"
    assert kazakh.say("photo_openings", pick=0, count=4, scope="(x)") == "Фотоңызға ең ұқсас 4 әшекей (x):"
    assert kazakh.say("status_results", count=4).startswith("4 әшекей — ")
    assert "барлық 13 әшекейді" in kazakh.say("all_shown", count=13, scope="")
    said = " ".join(kazakh.say(key, count=n, pick=pick, scope="") for key in ("openings", "photo_openings") for pick in range(2) for n in (2, 7))
    assert "әшекейлер" not in said


def test_tenge_as_kazakhstan_writes_them():
    kazakh = _kazakh()
    assert [format_price(amount, "KZT", kazakh) for amount in (125, 2500, 1290.5, 125000)] == ["125 ₸", "2 500 ₸", "1 290,50 ₸", "125 000 ₸"]
    assert describe_constraints(Constraints(price_max=50000), "KZT", kazakh) == ["ең көбі 50 000 ₸"]
    assert describe_constraints(Constraints(price_min=10000), "KZT", kazakh) == ["кемінде 10 000 ₸"]
    assert describe_constraints(Constraints(price_min=10000, price_max=60000), "KZT", kazakh) == ["10 000 ₸–60 000 ₸"]
    assert format_price(89.9, "EUR", kazakh) == "89,90 €"


def test_kinds_metals_and_stones_are_the_kk_pack_s_names():
    kazakh = _kazakh()
    wanted = Constraints(price_max=100000, categories=["earrings"], metals=["white gold"], gemstones=["garnet"])
    assert describe_constraints(wanted, "KZT", kazakh) == ["ең көбі 100 000 ₸", "сырға", "ақ алтын", "гранат"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "KZT", kazakh) == ["жүзіктер"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "KZT", kazakh) == ["кулон немесе білезік"]
    assert describe_constraints(Constraints(metals=["gold plated silver"], gemstones=["none"]), "KZT", kazakh) == ["алтын жалатылған күміс", "тассыз"]
    assert kazakh.metal("rose gold", 14) == "14 караттық қызыл алтын"
    assert kazakh.name("stones", "diamond") == "гауһар тас"


def test_the_chosen_names_are_the_kk_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "kk-KZ.toml").read_text(encoding="utf-8"))
    for table, names in _file("kk")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=300000), "KZT", used_photo=False, phrases=_kazakh())


def test_a_colour_stands_before_every_stone():
    sapphire = Item(id="s", title="Сырға «Айгүл»", price=129000, currency="KZT", category="earrings", metal="white gold", karat=14,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. Сырға «Айгүл» — 129 000 ₸ (14 караттық ақ алтын, көк жақұт)" in lines
    assert lines[0] in {"Міне, 1 әшекей (ең көбі 300 000 ₸):", "1 әшекей таптым (ең көбі 300 000 ₸):",
                        "Сұрауыңызға 1 әшекей сәйкес келеді (ең көбі 300 000 ₸):"}  # fmt: skip
    pearl = Item(id="p", title="Алқа", price=89000, currency="KZT", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(күміс, ақ інжу)" in _answer(pearl)
    ruby = Item(id="r", title="Жүзік", price=210000, currency="KZT", category="ring", metal="yellow gold", gemstone="ruby", gemstone_color="red")
    assert "(сары алтын, қызыл лағыл)" in _answer(ruby)


def test_kazakh_s_everyday_words_are_none_its_neighbours_write_alike():
    kazakh = {unmarked(word) for word in recognised_words("kk")}
    for language in sorted(set(available_languages()) - {"kk"}):
        assert not kazakh & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("сәлеметсіз бе, маған күміс сырға керек", "ru-RU", "kk"), ("жүзік ақ алтын гауһар тасты", "ru-RU", "kk"),
    ("білезік 50 мыңға дейін", None, "kk"), ("алтын сырға қанша тұрады", "kk-KZ", "kk"),
    ("салеметсиз бе, сырга кумис канша турады", "ru-RU", "kk"), ("жузик алтын керек", "ru-RU", "kk"),
    ("серебряное кольцо с бирюзой", "ru-RU", "ru"), ("серьги из белого золота до 100 тыс тг", "ru-RU", "ru"),
    ("кольцо с бирюзой", "kk-KZ", "ru"), ("Шукаю каблучку з білого золота", "ru-RU", "uk"),
    ("ուզում եմ ոսկե մատանի", "ru-RU", "hy"), ("white gold ring under 100000 tenge", "ru-RU", "en"),
    ("altın yüzük arıyorum", "ru-RU", "tr"),
])  # fmt: skip
def test_kazakh_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Сәлеметсіз бе", ("small_talk", "greeting")), ("көп рахмет", ("small_talk", "thanks")), ("сау болыңыз", ("small_talk", "bye")),
    ("жеткізу қанша тұрады?", ("policy", "shipping")), ("жүзікті қайтаруға бола ма?", ("policy", "returns")),
    ("картамен төлеуге бола ма?", ("policy", "payment")), ("жеңілдіктер бар ма?", ("policy", "discounts")),
    ("оператормен сөйлескім келеді", ("handoff", "")),
])  # fmt: skip
def test_kazakh_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _kazakh().full_stop == "."
