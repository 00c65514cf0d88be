"""Answers in Slovenian (assistant/phrases/sl.toml): every phrase of English's said in Slovenian, CLDR's sl
plural forms with the DUAL (1 izdelek; 2 izdelka, "ustrezata"; 3–4 izdelki, "ustrezajo"; 5 and more izdelkov,
"ustreza"; 101, 102, 103 as 1, 2, 3), euros as Slovenia writes them ("1.290 €", "1.290,50 €"), the sl-SI pack's
names (kinds in the plural as shop sections), a colour before every stone (all masculine, as the colours'
first names), and Slovenian told apart: a shopper writing Slovenian, with or without č š ž, is answered in
Slovenian; a Serbian, Czech, Slovak or English one of the same shop is not."""

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

SLOVENIAN_CATEGORIES = {0: "other", 1: "one", 2: "two", 3: "few", 4: "few", 5: "other", 11: "other", 12: "other", 14: "other",
                        21: "other", 101: "one", 102: "two", 104: "few", 111: "other"}  # fmt: skip
SLOVENIAN_PLURAL_FORMS = {"one", "two", "few", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w+\}")
PAST_TENSE_OF_FACET = re.compile(r"\b(sem|bom) \w+l\b")  # "sem našel", "bom zožil": gendered; Facet speaks without them


def _slovenian():
    return phrases_for("sl", "sl-SI")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_slovenian_with_cldr_s_plural_forms():
    english, slovenian = _file(BASE_LANGUAGE)["phrases"], _file("sl")["phrases"]
    assert set(slovenian) == set(english)
    counted = [form for phrase in slovenian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == SLOVENIAN_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, slovenian = _file(BASE_LANGUAGE)["phrases"], _file("sl")["phrases"]
    for key, phrase in slovenian.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_a_slovenian_answer_falls_back_to_no_english_phrase():
    slovenian = _slovenian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        slovenian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert slovenian.fell_back == []


def test_facet_speaks_of_itself_without_a_gendered_past():
    assert not PAST_TENSE_OF_FACET.search(str(_file("sl")["phrases"]))


def test_slovenian_s_plural_categories_with_the_dual():
    rules = _file("sl")["plural"]
    assert {n: plural_category(rules, n) for n in SLOVENIAN_CATEGORIES} == SLOVENIAN_CATEGORIES


def test_a_noun_and_its_verb_after_a_number():
    slovenian = _slovenian()
    assert [slovenian.say("openings", pick=2, count=n, scope="(x)") for n in (1, 2, 3, 5, 102)] == [
        "Vašemu iskanju ustreza 1 izdelek (x):", "Vašemu iskanju ustrezata 2 izdelka (x):",
        "Vašemu iskanju ustrezajo 3 izdelki (x):", "Vašemu iskanju ustreza 5 izdelkov (x):",
        "Vašemu iskanju ustrezata 102 izdelka (x):"]  # fmt: skip
    assert slovenian.say("openings", pick=0, count=2, scope="(x)") == "Tukaj sta 2 izdelka (x):"
    assert slovenian.say("openings", pick=1, count=4, scope="(x)") == "Za vas imam 4 izdelke (x):"
    assert slovenian.say("photo_openings", pick=1, count=11, scope="(x)") == "Vaši fotografiji je najbolj podobnih 11 izdelkov (x):"
    assert slovenian.say("status_results", count=21).startswith("21 izdelkov — ")
    assert "videli ste vseh 13 izdelkov" in slovenian.say("all_shown", count=13, scope="")


def test_euros_as_slovenia_writes_them():
    slovenian = _slovenian()
    assert [format_price(amount, "EUR", slovenian) for amount in (29, 1290, 1290.5, 12990, 89.9)] == [
        "29 €", "1.290 €", "1.290,50 €", "12.990 €", "89,90 €"]
    assert describe_constraints(Constraints(price_max=300), "EUR", slovenian) == ["do 300 €"]
    assert describe_constraints(Constraints(price_min=100, price_max=600), "EUR", slovenian) == ["100 €–600 €"]


def test_kinds_metals_and_stones_are_the_sl_pack_s_names():
    slovenian = _slovenian()
    wanted = Constraints(price_max=1000, categories=["earrings"], metals=["white gold"], gemstones=["garnet"])
    assert describe_constraints(wanted, "EUR", slovenian) == ["do 1.000 €", "uhani", "belo zlato", "granat"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", slovenian) == ["prstani"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "EUR", slovenian) == ["obeski ali zapestnice"]
    steel = Constraints(metals=["gold plated silver", "stainless steel"], gemstones=["none"])
    assert describe_constraints(steel, "EUR", slovenian) == ["pozlačeno srebro ali kirurško jeklo", "brez kamna"]
    assert slovenian.metal("rose gold", 14) == "rdeče zlato 14 k"


def test_the_chosen_names_are_the_sl_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "sl-SI.toml").read_text(encoding="utf-8"))
    for table, names in _file("sl")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=3000), "EUR", used_photo=False, phrases=_slovenian())


def test_a_colour_stands_before_every_stone_in_its_masculine_form():
    sapphire = Item(id="s", title="Uhani Lipa", price=1290, currency="EUR", category="earrings", metal="white gold", karat=14,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. Uhani Lipa — 1.290 € (belo zlato 14 k, moder safir)" in lines
    assert lines[0] in {"Tukaj je 1 izdelek (do 3.000 €):", "Za vas imam 1 izdelek (do 3.000 €):", "Vašemu iskanju ustreza 1 izdelek (do 3.000 €):"}
    pearl = Item(id="p", title="Ogrlica", price=89.9, currency="EUR", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(srebro, bel biser)" in _answer(pearl)


def test_slovenian_s_everyday_words_are_none_its_neighbours_write_alike():
    slovenian = {unmarked(word) for word in recognised_words("sl")}
    for language in sorted(set(available_languages()) - {"sl"}):
        assert not slovenian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("srebrni prstan s cirkoni", "sl-SI", "sl"), ("iščem zlato verižico do 300 €", "sl-SI", "sl"),
    ("iscem zlato verizico za zeno", "sl-SI", "sl"), ("uhani z jantarjem", None, "sl"), ("dober dan, rada bi ogrlico", "sr-RS", "sl"),
    ("tražim zlatni prsten", "sl-SI", "sr"), ("hledám prsten z bílého zlata", "sl-SI", "cs"),
    ("hľadám prsteň z bieleho zlata", "sl-SI", "sk"), ("white gold ring under 500", "sl-SI", "en"),
    ("ищу золотое кольцо", "sl-SI", "ru"),
])  # fmt: skip
def test_slovenian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Pozdravljeni", ("small_talk", "greeting")), ("najlepša hvala", ("small_talk", "thanks")), ("nasvidenje", ("small_talk", "bye")),
    ("Koliko stane poštnina?", ("policy", "shipping")), ("Ali lahko prstan vrnem?", ("policy", "returns")),
    ("Ali lahko plačam s kartico?", ("policy", "payment")), ("Imate kakšen popust?", ("policy", "discounts")),
    ("Rada bi govorila z živo osebo", ("handoff", "")),
])  # fmt: skip
def test_slovenian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _slovenian().full_stop == "."
