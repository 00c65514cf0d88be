"""Answers in Estonian (assistant/phrases/et.toml): every phrase of English's said in Estonian, CLDR's et plural
categories (one: 1; other) with the noun after a number as Estonian says it ("1 ehe", "2 ehet", "21 ehet": the
partitive singular after any number but one), euros as Estonia writes them ("1 290 €", "129,50 €"), the et-EE
pack's names of kinds, metals, stones and colours, a colour before every stone (Estonian adjectives have no
gender: "sinine safiir", "valge pärl"), and Estonian told apart: a shopper writing Estonian, with its letters or
without them, is answered in Estonian, a Finnish, Latvian, Russian or English one of the same shop is not."""

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
from retrieval.lexicon import first_names
from retrieval.query import Hit

ESTONIAN_CATEGORIES = {0: "other", 1: "one", 2: "other", 5: "other", 11: "other", 21: "other", 101: "other"}
ESTONIAN_PLURAL_FORMS = {"one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w+\}")


def _estonian():
    return phrases_for("et", "et-EE")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_estonian_with_cldr_s_plural_forms():
    english, estonian = _file(BASE_LANGUAGE)["phrases"], _file("et")["phrases"]
    assert set(estonian) == set(english)
    counted = [form for phrase in estonian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == ESTONIAN_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, estonian = _file(BASE_LANGUAGE)["phrases"], _file("et")["phrases"]
    for key, phrase in estonian.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_an_estonian_answer_falls_back_to_no_english_phrase():
    estonian = _estonian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        estonian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert estonian.fell_back == []


def test_estonian_s_plural_categories():
    rules = _file("et")["plural"]
    assert {n: plural_category(rules, n) for n in ESTONIAN_CATEGORIES} == ESTONIAN_CATEGORIES


def test_a_noun_after_a_number_is_in_the_partitive_singular_but_after_one():
    estonian = _estonian()
    assert [estonian.say("openings", pick=0, count=n, scope="(x)") for n in (1, 2, 11, 21)] == [
        "Siin on 1 ehe (x):", "Siin on 2 ehet (x):", "Siin on 11 ehet (x):", "Siin on 21 ehet (x):"]
    assert [estonian.say("openings", pick=1, count=n, scope="(x)") for n in (1, 5)] == ["Leidsin 1 ehte (x):", "Leidsin 5 ehet (x):"]
    assert estonian.say("status_results", count=1).startswith("1 ehe — ")
    assert estonian.say("status_results", count=31).startswith("31 ehet — ")
    assert "nägite kõiki 12 ehet" in estonian.say("all_shown", count=12, scope="")


def test_euros_as_estonia_writes_them():
    estonian = _estonian()
    assert [format_price(amount, "EUR", estonian) for amount in (129, 1290, 129.5, 16000, 89.9)] == [
        "129 €", "1 290 €", "129,50 €", "16 000 €", "89,90 €"]
    assert describe_constraints(Constraints(price_max=2000), "EUR", estonian) == ["kuni 2 000 €"]
    assert describe_constraints(Constraints(price_min=100, price_max=600), "EUR", estonian) == ["100 €–600 €"]


def test_kinds_metals_and_stones_are_named_in_estonian():
    estonian = _estonian()
    wanted = Constraints(price_max=1000, categories=["earrings"], metals=["white gold"], gemstones=["amber"])
    assert describe_constraints(wanted, "EUR", estonian) == ["kuni 1 000 €", "kõrvarõngad", "valge kuld", "merevaik"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", estonian) == ["sõrmused"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "EUR", estonian) == ["ripatsid või käevõrud"]
    assert describe_constraints(Constraints(metals=["gold plated silver"], gemstones=["none"]), "EUR", estonian) == ["kullatud hõbe", "ilma kivideta"]
    assert estonian.metal("rose gold", 14) == "14-karaadine punane kuld"


def test_every_name_an_answer_writes_is_one_the_pack_reads_back():
    estonian, packed = _estonian(), first_names("et-EE")
    for table, values in (("categories", ("ring", "earrings", "pendant", "necklace", "chain", "bracelet", "brooch")),
                          ("metals", ("gold", "white gold", "sterling silver", "stainless steel", "platinum", "palladium")),
                          ("stones", ("diamond", "cubic zirconia", "pearl", "amber", "garnet", "tourmaline", "mother of pearl")),
                          ("colors", ("white", "black", "red", "blue", "green", "pink", "multicolour"))):  # fmt: skip
        for value in values:
            assert value in packed.get(table, {}) or value in _file("et")["names"][table], (table, value)
            assert estonian.name(table, value) != value, (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=3000), "EUR", used_photo=False, phrases=_estonian())


def test_a_colour_stands_before_every_stone():
    sapphire = Item(id="s", title="Kõrvarõngad Liis", price=1290, currency="EUR", category="earrings", metal="white gold", karat=14,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. Kõrvarõngad Liis — 1 290 € (14-karaadine valge kuld, sinine safiir)" in lines
    assert lines[0] in {"Siin on 1 ehe (kuni 3 000 €):", "Leidsin 1 ehte (kuni 3 000 €):", "Teie soovile vastab 1 ehe (kuni 3 000 €):"}
    pearl = Item(id="p", title="Kaelakee", price=89.9, currency="EUR", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(hõbe, valge pärl)" in _answer(pearl)
    amber = Item(id="a", title="Sõrmus", price=120, currency="EUR", category="ring", metal="gold", gemstone="amber", gemstone_color="yellow")
    assert "(kuld, kollane merevaik)" in _answer(amber)


def test_estonian_s_everyday_words_are_none_its_neighbours_write_alike():
    estonian = {unmarked(word) for word in recognised_words("et")}
    for language in sorted(set(available_languages()) - {"et"}):
        assert not estonian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("Tere, otsin kuldset sõrmust", "et-EE", "et"), ("hõbedane kaelakee merevaiguga kuni 100 eurot", None, "et"),
    ("hobedane kaelakee merevaiguga kuni 100 eurot", None, "et"), ("sormus teemandiga alla 500", "et-EE", "et"),
    ("Kas teil on pärlitega kõrvarõngaid?", "ru-RU", "et"), ("otsin kingitust naisele", None, "et"),
    ("кольцо из белого золота с бриллиантом", "et-EE", "ru"), ("серьги с янтарём до 100 евро", "et-EE", "ru"),
    ("золотая цепочка", "et-EE", "ru"), ("золотий ланцюжок", "et-EE", "uk"),
    ("white gold ring under 500 euro", "et-EE", "en"), ("etsin kultaista sormusta", "et-EE", "fi"),
    ("Labdien, vēlos zelta ķēdīti", "et-EE", "lv"), ("sudraba kaklarota ar dzintaru līdz 100 €", None, "lv"),
])  # fmt: skip
def test_estonian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Tere!", ("small_talk", "greeting")), ("Suur aitäh", ("small_talk", "thanks")), ("Head aega", ("small_talk", "bye")),
    ("Kui palju maksab tarne?", ("policy", "shipping")), ("Kas saan sõrmuse tagastada?", ("policy", "returns")),
    ("Kas saab kaardiga maksta?", ("policy", "payment")), ("Kas teil on allahindlusi?", ("policy", "discounts")),
    ("Soovin rääkida klienditeenindajaga", ("handoff", "")),
])  # fmt: skip
def test_estonian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _estonian().full_stop == "."
