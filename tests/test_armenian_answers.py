"""Answers in Armenian (assistant/phrases/hy.toml), Eastern Armenian in Armenian script: every phrase of
English's said in Armenian, CLDR's hy plural forms (one for 0 and 1, other for the rest; the noun after a
number stays singular, "3 ապրանք", the verb after more than one is plural), drams as Armenia writes them
("125 000 ֏"), the hy-AM pack's names, a colour before every stone (Armenian adjectives do not agree), and
Armenian told apart: a shopper writing Armenian, in its script or typed in Latin letters, is answered in
Armenian, a Russian, Georgian or Ukrainian one is not."""

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

ARMENIAN_CATEGORIES = {0: "one", 1: "one", 2: "other", 3: "other", 5: "other", 11: "other", 21: "other", 101: "other"}
ARMENIAN_PLURAL_FORMS = {"one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
NEIGHBOURS = ("ru", "uk", "tr", "el", "en")  # the languages a Yerevan shop hears beside Armenian, and those its Latin typing may meet
ARMENIAN_LETTERS = range(0x0531, 0x058A)
PLACEHOLDER = re.compile(r"\{\w+\}")  # a name, a price: not the phrase's own words


def _armenian():
    return phrases_for("hy", "hy-AM")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_armenian_with_cldr_s_plural_forms():
    english, armenian = _file(BASE_LANGUAGE)["phrases"], _file("hy")["phrases"]
    assert set(armenian) == set(english)
    counted = [form for phrase in armenian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == ARMENIAN_PLURAL_FORMS for form in counted)


def test_an_armenian_answer_falls_back_to_no_english_phrase():
    armenian = _armenian()
    for key in _file(BASE_LANGUAGE)["phrases"]:
        armenian.say(key, count=3, **{name: "x" for name in PLACEHOLDERS})
    assert armenian.fell_back == []


def test_every_sentence_is_in_armenian_script():
    for key, phrase in _file("hy")["phrases"].items():
        forms = phrase if isinstance(phrase, list) else [phrase]
        for form in forms:
            for text in (form.values() if isinstance(form, dict) else [form]):
                words = PLACEHOLDER.sub("", text).replace("Facet", "")
                assert all(ord(char) in ARMENIAN_LETTERS for char in words if char.isalpha() and char != "K"), (key, text)


def test_armenian_s_plural_categories():
    rules = _file("hy")["plural"]
    assert {n: plural_category(rules, n) for n in ARMENIAN_CATEGORIES} == ARMENIAN_CATEGORIES


def test_a_noun_after_a_number_stays_singular_and_the_verb_agrees():
    armenian = _armenian()
    assert [armenian.say("openings", count=n, scope="(x)") for n in (1, 3, 21)] == ["Ահա 1 ապրանք (x)։", "Ահա 3 ապրանք (x)։", "Ահա 21 ապրանք (x)։"]
    assert [armenian.say("openings", pick=2, count=n, scope="(x)") for n in (1, 5)] == [
        "Ձեր հարցմանը համապատասխանում է 1 ապրանք (x)։", "Ձեր հարցմանը համապատասխանում են 5 ապրանք (x)։"]
    assert armenian.say("photo_openings", pick=1, count=4, scope="(x)") == "Ձեր լուսանկարին ամենաշատը նման են այս 4 ապրանքները (x)։"
    assert armenian.say("status_results", count=4).startswith("4 ապրանք — ")
    assert "Դուք տեսել եք բոլոր 13 ապրանքները" in armenian.say("all_shown", count=13, scope="")


def test_drams_as_armenia_writes_them():
    armenian = _armenian()
    assert [format_price(amount, "AMD", armenian) for amount in (125000, 990, 1290.5, 2500000)] == [
        "125 000 ֏", "990 ֏", "1 290,50 ֏", "2 500 000 ֏"]
    assert describe_constraints(Constraints(price_max=100000), "AMD", armenian) == ["մինչև 100 000 ֏"]
    assert describe_constraints(Constraints(price_min=50000, price_max=150000), "AMD", armenian) == ["50 000 ֏–150 000 ֏"]
    assert format_price(89.9, "EUR", armenian) == "89,90 €"


def test_kinds_metals_and_stones_are_the_hy_pack_s_names():
    armenian = _armenian()
    wanted = Constraints(price_max=300000, categories=["earrings"], metals=["white gold"], gemstones=["garnet"])
    assert describe_constraints(wanted, "AMD", armenian) == ["մինչև 300 000 ֏", "ականջօղեր", "սպիտակ ոսկի", "նռնաքար"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "AMD", armenian) == ["մատանիներ"]
    assert describe_constraints(Constraints(categories=["pendant", "bracelet"]), "AMD", armenian) == ["կախազարդ կամ ապարանջան"]
    assert describe_constraints(Constraints(metals=["gold plated silver"], gemstones=["none"]), "AMD", armenian) == ["ոսկեզօծ արծաթ", "առանց քարի"]
    assert armenian.metal("rose gold", 14) == "14K կարմիր ոսկի"


def test_the_chosen_names_are_the_hy_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "hy-AM.toml").read_text(encoding="utf-8"))
    for table, names in _file("hy")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=400000), "AMD", used_photo=False, phrases=_armenian())


def test_a_colour_stands_before_every_stone():
    obsidian = Item(id="o", title="Ականջօղեր Արարատ", price=32000, currency="AMD", category="earrings", metal="sterling silver",
                    gemstone="obsidian", gemstone_color="black")  # fmt: skip
    lines = _answer(obsidian).splitlines()
    assert "1. Ականջօղեր Արարատ — 32 000 ֏ (արծաթ, սև օբսիդիան)" in lines
    assert lines[0] in {"Ահա 1 ապրանք (մինչև 400 000 ֏)։", "Գտա 1 ապրանք (մինչև 400 000 ֏)։",
                        "Ձեր հարցմանը համապատասխանում է 1 ապրանք (մինչև 400 000 ֏)։"}  # fmt: skip
    pearl = Item(id="p", title="Վզնոց", price=89000, currency="AMD", category="necklace", metal="yellow gold", karat=14,
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(14K դեղին ոսկի, սպիտակ մարգարիտ)" in _answer(pearl)
    zirconia = Item(id="z", title="Մատանի", price=19000, currency="AMD", category="ring", metal="sterling silver",
                    gemstone="cubic zirconia", gemstone_color="champagne")  # a colour the pack does not name: the stone alone
    assert "(արծաթ, ցիրկոն)" in _answer(zirconia)


def test_armenian_s_everyday_words_are_none_its_neighbours_write_alike():
    armenian = {unmarked(word) for word in recognised_words("hy")}
    for language in sorted(set(available_languages()) - {"hy"}):
        assert not armenian & _written_in(language), language


@pytest.mark.parametrize("text, catalog, language", [
    ("Բարև Ձեզ, ուզում եմ ոսկե մատանի ցիրկոնով", "hy-AM", "hy"), ("արծաթե ականջօղեր մինչև 50 000 դրամ", None, "hy"),
    ("նռնաքարով կախազարդ", "ru-RU", "hy"), ("voskya matani", "hy-AM", "hy"), ("barev, uzum em artsate akanjogh", None, "hy"),
    ("кольцо с бирюзой из серебра", "hy-AM", "ru"), ("серьги из золота до 50 тысяч драм", "hy-AM", "ru"),
    ("Шукаю каблучку з білого золота", "hy-AM", "uk"), ("ოქროს ბეჭედი", "ka-GE", "ka"), ("white gold ring under 100000", "hy-AM", "en"),
    ("anel de ouro e diamante", None, "pt"), ("altın yüzük arıyorum", None, "tr"),
])  # fmt: skip
def test_armenian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, kind", [
    ("Բարև Ձեզ", ("small_talk", "greeting")), ("Շնորհակալություն", ("small_talk", "thanks")), ("Ցտեսություն", ("small_talk", "bye")),
    ("Որքա՞ն արժե առաքումը", ("policy", "shipping")), ("Կարո՞ղ եմ վերադարձնել մատանին", ("policy", "returns")),
    ("Հնարավո՞ր է վճարել քարտով", ("policy", "payment")), ("Զեղչեր ունե՞ք", ("policy", "discounts")),
    ("Ուզում եմ խոսել վաճառողի հետ", ("handoff", "")),
])  # fmt: skip
def test_armenian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind


def test_notes_before_an_answer_end_as_an_armenian_sentence():
    assert _armenian().full_stop == "։"
    assert phrases_for("ru", "ru-RU").full_stop == phrases_for("en").full_stop == "."
