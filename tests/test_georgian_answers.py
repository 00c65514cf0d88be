"""Answers in Georgian (assistant/phrases/ka.toml), in Mkhedruli: every phrase of English's said in Georgian,
CLDR's ka plural forms (one for 1, other for the rest; the noun after a number stays singular, "3 სამკაული",
and so does its verb), lari as Georgia writes them ("1290 ₾", "12 990 ₾", "2500 ₾-მდე"), the ka-GE pack's names, a
colour before every stone (a Georgian adjective in the nominative does not change for its noun), and
Georgian told apart: a shopper writing Georgian, in its script or typed in Latin letters, is answered in
Georgian, an Armenian, Russian or English one of the same shop is not."""

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

GEORGIAN_CATEGORIES = {0: "other", 1: "one", 2: "other", 3: "other", 5: "other", 11: "other", 21: "other", 101: "other"}
GEORGIAN_PLURAL_FORMS = {"one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
GEORGIAN_LETTERS = range(0x10D0, 0x1100)  # Mkhedruli
PLACEHOLDER = re.compile(r"\{\w+\}")  # a name, a price: not the phrase's own words


def _georgian():
    return phrases_for("ka", "ka-GE")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_georgian_with_cldr_s_plural_forms():
    english, georgian = _file(BASE_LANGUAGE)["phrases"], _file("ka")["phrases"]
    assert set(georgian) == set(english)
    counted = [form for phrase in georgian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == GEORGIAN_PLURAL_FORMS for form in counted)


def test_each_phrase_has_english_s_placeholders():
    english, georgian = _file(BASE_LANGUAGE)["phrases"], _file("ka")["phrases"]
    for key, phrase in georgian.items():
        assert set(PLACEHOLDER.findall(str(phrase))) == set(PLACEHOLDER.findall(str(english[key]))), key


def test_a_georgian_answer_falls_back_to_no_english_phrase():
    georgian = _georgian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        georgian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert georgian.fell_back == []


def test_every_sentence_is_in_georgian_script():
    for key, phrase in _file("ka")["phrases"].items():
        forms = phrase if isinstance(phrase, list) else [phrase]
        for form in forms:
            for text in (form.values() if isinstance(form, dict) else [form]):
                words = PLACEHOLDER.sub("", text).replace("Facet", "")
                assert all(ord(char) in GEORGIAN_LETTERS for char in words if char.isalpha()), (key, text)


def test_georgian_s_plural_categories():
    rules = _file("ka")["plural"]
    assert {n: plural_category(rules, n) for n in GEORGIAN_CATEGORIES} == GEORGIAN_CATEGORIES


def test_a_noun_after_a_number_stays_singular_and_so_does_its_verb():
    georgian = _georgian()
    assert [georgian.say("openings", pick=1, count=n, scope="(x)") for n in (1, 3, 21)] == [
        "ვიპოვე 1 სამკაული (x):", "ვიპოვე 3 სამკაული (x):", "ვიპოვე 21 სამკაული (x):"]
    assert georgian.say("openings", pick=2, count=5, scope="(x)") == "თქვენს მოთხოვნას შეესაბამება 5 სამკაული (x):"
    assert georgian.say("photo_openings", pick=1, count=4, scope="(x)") == "თქვენს ფოტოს ყველაზე მეტად ჰგავს ეს 4 სამკაული (x):"
    assert georgian.say("status_results", count=4).startswith("4 სამკაული — ")
    assert "სულ 13 სამკაული" in georgian.say("all_shown", count=13, scope="")
    said = " ".join(georgian.say(key, count=n, pick=pick, scope="") for key in ("openings", "photo_openings") for pick in range(3) for n in (2, 7))
    assert "სამკაულები" not in said


def test_lari_as_georgia_writes_them():
    georgian = _georgian()
    assert [format_price(amount, "GEL", georgian) for amount in (125, 2500, 1290.5, 16000)] == ["125 ₾", "2500 ₾", "1290,50 ₾", "16 000 ₾"]
    assert describe_constraints(Constraints(price_max=2500), "GEL", georgian) == ["2500 ₾-მდე"]
    assert describe_constraints(Constraints(price_min=100, price_max=600), "GEL", georgian) == ["100 ₾–600 ₾"]
    assert format_price(89.9, "EUR", georgian) == "89,90 €"


def test_kinds_metals_and_stones_are_the_ka_pack_s_names():
    georgian = _georgian()
    wanted = Constraints(price_max=1000, categories=["earrings"], metals=["white gold"], gemstones=["garnet"])
    assert describe_constraints(wanted, "GEL", georgian) == ["1000 ₾-მდე", "საყურეები", "თეთრი ოქრო", "გრანატი"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "GEL", georgian) == ["ბეჭდები"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "GEL", georgian) == ["გულსაკიდი ან სამაჯური"]
    assert describe_constraints(Constraints(metals=["gold plated silver"], gemstones=["none"]), "GEL", georgian) == ["მოოქროვილი ვერცხლი", "თვლის გარეშე"]
    assert georgian.metal("rose gold", 14) == "14 კარატიანი წითელი ოქრო"
    assert georgian.name("stones", "ruby") == "ლალები"  # the bare "ლალი" is also a name: the pack reads it in its cases


def test_the_chosen_names_are_the_ka_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "ka-GE.toml").read_text(encoding="utf-8"))
    for table, names in _file("ka")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=3000), "GEL", used_photo=False, phrases=_georgian())


def test_a_colour_stands_before_every_stone():
    sapphire = Item(id="s", title="საყურეები ნინო", price=1290, currency="GEL", category="earrings", metal="white gold", karat=18,
                    gemstone="sapphire", gemstone_color="blue")  # fmt: skip
    lines = _answer(sapphire).splitlines()
    assert "1. საყურეები ნინო — 1290 ₾ (18 კარატიანი თეთრი ოქრო, ლურჯი საფირონი)" in lines
    assert lines[0] in {"გთავაზობთ 1 სამკაულს (3000 ₾-მდე):", "ვიპოვე 1 სამკაული (3000 ₾-მდე):",
                        "თქვენს მოთხოვნას შეესაბამება 1 სამკაული (3000 ₾-მდე):"}  # fmt: skip
    pearl = Item(id="p", title="ყელსაბამი", price=890, currency="GEL", category="necklace", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(ვერცხლი, თეთრი მარგალიტი)" in _answer(pearl)
    ruby = Item(id="r", title="ბეჭედი", price=2100, currency="GEL", category="ring", metal="yellow gold", gemstone="ruby", gemstone_color="red")
    assert "(ყვითელი ოქრო, წითელი ლალები)" in _answer(ruby)


def test_georgian_s_everyday_words_are_none_its_neighbours_write_alike():
    georgian = {unmarked(word) for word in recognised_words("ka")}
    for language in sorted(set(available_languages()) - {"ka"}):
        assert not georgian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("გამარჯობა, მინდა ოქროს ბეჭედი ზურმუხტით", "ka-GE", "ka"), ("ვერცხლის საყურეები 100 ლარამდე", None, "ka"),
    ("ბეჭედი საფირონით", "hy-AM", "ka"), ("ოქროს ბეჭედი", "ru-RU", "ka"), ("gamarjoba, minda okros bechedi", "ka-GE", "ka"),
    ("vercxlis sayureebi ramdeni ghirs", None, "ka"),
    ("white gold ring under 500 lari", "ka-GE", "en"), ("I'm looking for silver earrings", "ka-GE", "en"),
    ("кольцо с бирюзой из серебра", "ka-GE", "ru"), ("ուզում եմ ոսկե մատանի", "ka-GE", "hy"), ("Шукаю каблучку з білого золота", "ka-GE", "uk"),
    ("altın yüzük arıyorum", "ka-GE", "tr"),
])  # fmt: skip
def test_georgian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("გამარჯობა", ("small_talk", "greeting")), ("დიდი მადლობა", ("small_talk", "thanks")), ("ნახვამდის", ("small_talk", "bye")),
    ("რა ღირს მიწოდება?", ("policy", "shipping")), ("შემიძლია ბეჭდის დაბრუნება?", ("policy", "returns")),
    ("შეიძლება ბარათით გადახდა?", ("policy", "payment")), ("გაქვთ ფასდაკლებები?", ("policy", "discounts")),
    ("მინდა ოპერატორთან საუბარი", ("handoff", "")),
])  # fmt: skip
def test_georgian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_with_a_full_stop():
    assert _georgian().full_stop == "."
