"""Answers in Latvian (assistant/phrases/lv.toml): every phrase of English's said in Latvian, CLDR's lv plural
categories (zero: 0, 10–20, 30 …; one: 1, 21, 31 … but 11; other) with the noun after a number as Latvian says
it ("1 rotaslieta", "21 rotaslieta", "2 rotaslietas", "11 rotaslietas"), euros as Latvia writes them
("1 290 €", "1 290,50 €"), the file's own names of kinds, metals and stones (Latvia has no locale pack here
yet), a colour before every stone agreeing with it ("zils safīrs", "balta pērle"), and Latvian told apart: a
shopper writing Latvian, with its letters or without them, is answered in Latvian, a Lithuanian, Slovenian,
Russian or English one of the same shop is not."""

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

LATVIAN_CATEGORIES = {0: "zero", 1: "one", 2: "other", 5: "other", 9: "other", 10: "zero", 11: "zero", 12: "zero", 19: "zero",
                      20: "zero", 21: "one", 22: "other", 30: "zero", 101: "one", 111: "zero", 121: "one"}  # fmt: skip
LATVIAN_PLURAL_FORMS = {"zero", "one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w+\}")


def _latvian():
    return phrases_for("lv")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_latvian_with_cldr_s_plural_forms():
    english, latvian = _file(BASE_LANGUAGE)["phrases"], _file("lv")["phrases"]
    assert set(latvian) == set(english)
    counted = [form for phrase in latvian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == LATVIAN_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, latvian = _file(BASE_LANGUAGE)["phrases"], _file("lv")["phrases"]
    for key, phrase in latvian.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_a_latvian_answer_falls_back_to_no_english_phrase():
    latvian = _latvian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        latvian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert latvian.fell_back == []


def test_latvian_s_plural_categories():
    rules = _file("lv")["plural"]
    assert {n: plural_category(rules, n) for n in LATVIAN_CATEGORIES} == LATVIAN_CATEGORIES


def test_a_noun_after_a_number_takes_the_form_the_number_asks_for():
    latvian = _latvian()
    assert [latvian.say("openings", pick=0, count=n, scope="(x)") for n in (1, 2, 11, 21, 30)] == [
        "Lūk, 1 rotaslieta (x):", "Lūk, 2 rotaslietas (x):", "Lūk, 11 rotaslietas (x):", "Lūk, 21 rotaslieta (x):", "Lūk, 30 rotaslietas (x):"]
    assert [latvian.say("openings", pick=1, count=n, scope="(x)") for n in (1, 5)] == ["Atradu 1 rotaslietu (x):", "Atradu 5 rotaslietas (x):"]
    assert latvian.say("status_results", count=31).startswith("31 rotaslieta — ")
    assert "redzējāt visas 12 rotaslietas" in latvian.say("all_shown", count=12, scope="")


def test_euros_as_latvia_writes_them():
    latvian = _latvian()
    assert [format_price(amount, "EUR", latvian) for amount in (129, 1290, 1290.5, 16000, 89.9)] == [
        "129 €", "1 290 €", "1 290,50 €", "16 000 €", "89,90 €"]
    assert describe_constraints(Constraints(price_max=2000), "EUR", latvian) == ["līdz 2 000 €"]
    assert describe_constraints(Constraints(price_min=100, price_max=600), "EUR", latvian) == ["100 €–600 €"]


def test_kinds_metals_and_stones_are_named_in_latvian():
    latvian = _latvian()
    wanted = Constraints(price_max=1000, categories=["earrings"], metals=["white gold"], gemstones=["amber"])
    assert describe_constraints(wanted, "EUR", latvian) == ["līdz 1 000 €", "auskari", "baltais zelts", "dzintars"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", latvian) == ["gredzeni"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "EUR", latvian) == ["kuloni vai aproces"]
    assert describe_constraints(Constraints(metals=["gold plated silver"], gemstones=["none"]), "EUR", latvian) == ["apzeltīts sudrabs", "bez akmeņiem"]
    assert latvian.metal("rose gold", 14) == "14 karātu sarkanais zelts"


def test_every_kind_metal_stone_and_colour_has_a_latvian_name():
    names = _file("lv")["names"]
    for table, values in (("categories", ("ring", "earrings", "pendant", "necklace", "chain", "bracelet", "brooch")),
                          ("metals", ("gold", "white gold", "sterling silver", "stainless steel", "platinum")),
                          ("stones", ("diamond", "cubic zirconia", "pearl", "amber", "garnet", "sapphire", "emerald")),
                          ("colors", ("white", "black", "red", "blue", "green", "pink"))):  # fmt: skip
        assert all(value in names[table] for value in values), table


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=3000), "EUR", used_photo=False, phrases=_latvian())


def test_a_colour_stands_before_every_stone_and_agrees_with_it():
    sapphire = Item(id="s", title="Auskari Laima", price=1290, currency="EUR", category="earrings", metal="white gold", karat=14,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. Auskari Laima — 1 290 € (14 karātu baltais zelts, zils safīrs)" in lines
    assert lines[0] in {"Lūk, 1 rotaslieta (līdz 3 000 €):", "Atradu 1 rotaslietu (līdz 3 000 €):", "Jūsu vēlmēm atbilst 1 rotaslieta (līdz 3 000 €):"}
    pearl = Item(id="p", title="Kaklarota", price=89.9, currency="EUR", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(sudrabs, balta pērle)" in _answer(pearl)
    amber = Item(id="a", title="Gredzens", price=120, currency="EUR", category="ring", metal="gold", gemstone="amber", gemstone_color="yellow")
    assert "(zelts, dzeltens dzintars)" in _answer(amber)


def test_latvian_s_everyday_words_are_none_its_neighbours_write_alike():
    latvian = {unmarked(word) for word in recognised_words("lv")}
    for language in sorted(set(available_languages()) - {"lv"}):
        assert not latvian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("Labdien, vēlos zelta ķēdīti", None, "lv"), ("sudraba kaklarota ar dzintaru līdz 100 €", None, "lv"),
    ("sudraba kaklarota ar dzintaru lidz 100 eiro", None, "lv"), ("kedite no zelta", "lt-LT", "lv"), ("aproce no zelta", None, "lv"),
    ("saderinasanas gredzens ar briljantu", "ru-RU", "lv"), ("meklēju dāvanu sievai", None, "lv"),
    ("кольцо из белого золота с бриллиантом", None, "ru"), ("серьги с янтарём до 100 евро", "lt-LT", "ru"),
    ("white gold ring under 500 euro", None, "en"), ("sidabrinis žiedas su gintaru", "lt-LT", "lt"), ("ieškau auksinės grandinėlės", None, "lt"),
    ("srebrni prstan s cirkoni", "sl-SI", "sl"), ("iščem zlato verižico do 300 €", None, "sl"),
])  # fmt: skip
def test_latvian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Labdien!", ("small_talk", "greeting")), ("Liels paldies", ("small_talk", "thanks")), ("Uz redzēšanos", ("small_talk", "bye")),
    ("Cik maksā piegāde?", ("policy", "shipping")), ("Vai varu atgriezt gredzenu?", ("policy", "returns")),
    ("Vai var maksāt ar karti?", ("policy", "payment")), ("Vai jums ir atlaides?", ("policy", "discounts")),
    ("Gribu runāt ar konsultantu", ("handoff", "")),
])  # fmt: skip
def test_latvian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _latvian().full_stop == "."
