"""Answers in Croatian (assistant/phrases/hr.toml): every phrase of English's said in Croatian, CLDR's hr
plural forms (1, 21, 101 proizvod, "pronađen je"; 2–4, 22–24 proizvoda, "pronađena su", "odgovaraju"; 0,
5–20, 11–14, 25 proizvoda, "pronađeno je", "odgovara"), euros as Croatia writes them ("1.290 €", "1.290,50
€"), the hr-HR pack's names (kinds in the plural as shop sections), a colour before every stone (all
masculine, as the colours' first names), and Croatian told apart: a shopper writing Croatian, with or
without č ć đ š ž, is answered in Croatian; a Serbian, Slovenian, Czech, Russian or English one is not."""

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

CROATIAN_CATEGORIES = {0: "other", 1: "one", 2: "few", 3: "few", 4: "few", 5: "other", 11: "other", 12: "other", 14: "other",
                       21: "one", 22: "few", 24: "few", 25: "other", 101: "one", 111: "other", 112: "other", 122: "few"}  # fmt: skip
CROATIAN_PLURAL_FORMS = {"one", "few", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w+\}")
PAST_TENSE_OF_FACET = re.compile(r"\b(sam|ću) \w+(o|la)\b")  # "pronašao sam", "sam našla": gendered; Facet speaks without them
SERBIAN_FORMS = re.compile(r"\b(cena|cenu|hiljad\w*|prodavnic\w*|uslov\w*|ekran\w*|tačno|izvinite|mogu da|videli)\b")


def _croatian():
    return phrases_for("hr", "hr-HR")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_croatian_with_cldr_s_plural_forms():
    english, croatian = _file(BASE_LANGUAGE)["phrases"], _file("hr")["phrases"]
    assert set(croatian) == set(english)
    counted = [form for phrase in croatian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == CROATIAN_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, croatian = _file(BASE_LANGUAGE)["phrases"], _file("hr")["phrases"]
    for key, phrase in croatian.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_a_croatian_answer_falls_back_to_no_english_phrase():
    croatian = _croatian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        croatian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert croatian.fell_back == []


def test_facet_speaks_croatian_not_serbian_and_without_a_gendered_past():
    phrases = str(_file("hr")["phrases"])
    assert not PAST_TENSE_OF_FACET.search(phrases)
    assert not SERBIAN_FORMS.search(phrases)


def test_croatian_s_plural_categories_are_cldr_s():
    rules = _file("hr")["plural"]
    assert {n: plural_category(rules, n) for n in CROATIAN_CATEGORIES} == CROATIAN_CATEGORIES


def test_a_noun_and_its_verb_after_a_number():
    croatian = _croatian()
    assert [croatian.say("openings", pick=2, count=n, scope="(x)") for n in (1, 2, 5, 11, 21, 22)] == [
        "Vašem upitu odgovara 1 proizvod (x):", "Vašem upitu odgovaraju 2 proizvoda (x):", "Vašem upitu odgovara 5 proizvoda (x):",
        "Vašem upitu odgovara 11 proizvoda (x):", "Vašem upitu odgovara 21 proizvod (x):", "Vašem upitu odgovaraju 22 proizvoda (x):"]  # fmt: skip
    assert [croatian.say("openings", pick=0, count=n, scope="(x)") for n in (1, 3, 12)] == [
        "Pronađen je 1 proizvod (x):", "Pronađena su 3 proizvoda (x):", "Pronađeno je 12 proizvoda (x):"]
    assert croatian.say("photo_openings", pick=0, count=4, scope="(x)") == "Vašoj fotografiji najsličnija su 4 proizvoda (x):"
    assert croatian.say("status_results", count=21).startswith("21 proizvod — kliknite na njega")
    assert "vidjeli ste svih 13 proizvoda" in croatian.say("all_shown", count=13, scope="")
    assert "vidjeli ste sva 3 proizvoda" in croatian.say("all_shown", count=3, scope="")


def test_euros_as_croatia_writes_them():
    croatian = _croatian()
    assert [format_price(amount, "EUR", croatian) for amount in (29, 129, 1290, 1290.5, 12990, 89.9)] == [
        "29 €", "129 €", "1.290 €", "1.290,50 €", "12.990 €", "89,90 €"]
    assert describe_constraints(Constraints(price_max=300), "EUR", croatian) == ["do 300 €"]
    assert describe_constraints(Constraints(price_min=100, price_max=600), "EUR", croatian) == ["100 €–600 €"]


def test_kinds_metals_and_stones_are_the_hr_pack_s_names():
    croatian = _croatian()
    wanted = Constraints(price_max=1000, categories=["earrings"], metals=["white gold"], gemstones=["garnet"])
    assert describe_constraints(wanted, "EUR", croatian) == ["do 1.000 €", "naušnice", "bijelo zlato", "granat"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", croatian) == ["prstenje"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "EUR", croatian) == ["privjesci ili narukvice"]
    steel = Constraints(metals=["gold plated silver", "stainless steel"], gemstones=["none"])
    assert describe_constraints(steel, "EUR", croatian) == ["pozlaćeno srebro ili kirurški čelik", "bez kamena"]
    assert croatian.metal("rose gold", 14) == "crveno zlato 14K"


def test_the_chosen_names_are_the_hr_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "hr-HR.toml").read_text(encoding="utf-8"))
    for table, names in _file("hr")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=3000), "EUR", used_photo=False, phrases=_croatian())


def test_a_colour_stands_before_every_stone_in_its_masculine_form():
    sapphire = Item(id="s", title="Naušnice Lipa", price=1290, currency="EUR", category="earrings", metal="white gold", karat=14,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. Naušnice Lipa — 1.290 € (bijelo zlato 14K, plavi safir)" in lines
    assert lines[0] in {"Pronađen je 1 proizvod (do 3.000 €):", "Za Vas imam 1 proizvod (do 3.000 €):", "Vašem upitu odgovara 1 proizvod (do 3.000 €):"}
    pearl = Item(id="p", title="Ogrlica", price=89.9, currency="EUR", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(srebro, bijeli biser)" in _answer(pearl)
    diamond = Item(id="d", title="Prsten Zora", price=2450, currency="EUR", category="ring", metal="yellow gold", karat=18,
                   gemstone="diamond", gemstone_color="colorless")  # fmt: skip
    assert "(žuto zlato 18K, bezbojni dijamant)" in _answer(diamond)


def test_croatian_s_everyday_words_are_none_its_neighbours_write_alike():
    croatian = {unmarked(word) for word in recognised_words("hr")}
    for language in sorted(set(available_languages()) - {"hr"}):
        assert not croatian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("Tražim zlatni prsten do 300 eura", "hr-HR", "hr"), ("trazim nausnice od bijelog zlata", "hr-HR", "hr"),
    ("Trebam lijepu ogrlicu za djevojku", None, "hr"), ("trebam lancic za kcer, nesto jeftinije", None, "hr"),
    ("Trebam lijepu ogrlicu za djevojku", "sr-RS", "hr"), ("ищу золотое кольцо", "hr-HR", "ru"),
    ("tražim prsten od belog zlata za devojku", "sr-RS", "sr"), ("tražim zlatni prsten", "sr-RS", "sr"),
    ("iščem zlato verižico do 300 €", "sl-SI", "sl"), ("hledám prsten z bílého zlata", "hr-HR", "cs"),
    ("hľadám prsteň z bieleho zlata", "hr-HR", "sk"), ("white gold ring under 500", "hr-HR", "en"),
])  # fmt: skip
def test_croatian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Bok!", ("small_talk", "greeting")), ("Dobra večer", ("small_talk", "greeting")), ("Hvala lijepa", ("small_talk", "thanks")),
    ("Ugodan dan", ("small_talk", "bye")), ("Kolika je poštarina?", ("policy", "shipping")),
    ("Je li moguć povrat robe?", ("policy", "returns")), ("Kakvo je jamstvo na nakit?", ("policy", "warranty")),
    ("Koji su uvjeti kupnje?", ("policy", "")), ("Želim razgovarati s prodavačem", ("handoff", "")),
])  # fmt: skip
def test_croatian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _croatian().full_stop == "."
