"""Answers in Bulgarian (assistant/phrases/bg.toml), in Cyrillic: every phrase of English's said in
Bulgarian, the noun after a number in the form CLDR's bg asks for (1 бижу; 0, 2, 5, 11, 21 бижута),
euros as Bulgaria writes them since 2026 ("1290 €", "12 990 €", "1290,50 €"), kinds in the plural as a
shop's sections name them, a stone's colour agreeing with it ("син топаз", "бяла перла"), and Bulgarian
told apart: a shopper typing Bulgarian in Latin letters is answered in Bulgarian too, a Russian,
Ukrainian or Serbian one is not."""

import tomllib

import pytest

from assistant.answer import describe_constraints, format_price, write_answer
from assistant.answer_language import _written_in, answer_language
from assistant.intents import message_kind
from assistant.phrasing import BASE_LANGUAGE, PHRASE_DIR, phrases_for, plural_category, recognised_words
from retrieval.catalog import Item
from retrieval.constraints import Constraints
from retrieval.folding import unmarked
from retrieval.query import Hit

BULGARIAN_PIECES = {1: "бижу", 0: "бижута", 2: "бижута", 4: "бижута", 5: "бижута", 11: "бижута", 21: "бижута", 101: "бижута"}
BULGARIAN_CATEGORIES = {1: "one", 0: "other", 2: "other", 11: "other", 21: "other", 31: "other", 101: "other"}
BULGARIAN_PLURAL_FORMS = {"one", "other"}
PLACEHOLDERS = ("scope", "labels", "transcript", "wanted", "rank", "name", "price", "line", "facts", "offered", "metal", "stone", "label",
                "karat", "low", "high", "value", "colors", "carat", "size", "offers", "relaxed", "kept", "found", "listed", "occasions",
                "recipients", "what", "reading", "kind", "said", "amount", "converted", "currency", "sizes", "shop", "where", "email", "url",
                "topic", "contact", "heading", "quote", "headings", "seen", "reason")  # fmt: skip
LATIN_LETTERS = set("abcdefghijklmnopqrstuvwxyz")


def _bulgarian():
    return phrases_for("bg", "bg-BG")


def _file(language: str) -> dict:
    return tomllib.loads((PHRASE_DIR / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_english_phrase_is_said_in_bulgarian_with_cldr_s_plural_forms():
    english, bulgarian = _file(BASE_LANGUAGE)["phrases"], _file("bg")["phrases"]
    assert set(bulgarian) == set(english)
    counted = [form for phrase in bulgarian.values() for form in (phrase if isinstance(phrase, list) else [phrase]) if isinstance(form, dict)]
    assert counted and all(set(form) == BULGARIAN_PLURAL_FORMS for form in counted)


def test_a_bulgarian_answer_falls_back_to_no_english_phrase_and_is_in_cyrillic():
    bulgarian = _bulgarian()
    said = [bulgarian.say(key, count=3, **{name: "" for name in PLACEHOLDERS}) for key in _file(BASE_LANGUAGE)["phrases"]]
    assert bulgarian.fell_back == []
    assert not LATIN_LETTERS & set("".join(said).replace("Facet", "").replace("ct", "").lower())


def test_bulgarian_s_plural_categories():
    rules = _file("bg")["plural"]
    assert {n: plural_category(rules, n) for n in BULGARIAN_CATEGORIES} == BULGARIAN_CATEGORIES


def test_a_noun_after_a_number_takes_the_form_the_number_asks_for():
    bulgarian = _bulgarian()
    assert [bulgarian.say("openings", count=n, scope="(x)") for n in BULGARIAN_PIECES] == [
        f"Ето {n} {pieces} (x):" for n, pieces in BULGARIAN_PIECES.items()]
    assert [bulgarian.say("openings", pick=2, count=n, scope="(x)") for n in (1, 3, 21)] == [
        "На Вашето търсене отговаря 1 бижу (x):", "На Вашето търсене отговарят 3 бижута (x):", "На Вашето търсене отговарят 21 бижута (x):"]
    assert bulgarian.say("photo_openings", pick=1, count=1, scope="(x)") == "Най-близо до Вашата снимка е 1 бижу (x):"
    assert bulgarian.say("status_results", count=4).startswith("4 бижута — ")
    assert "видяхте всички 13 бижута" in bulgarian.say("all_shown", count=13, scope="")


def test_euros_as_bulgaria_writes_them():
    bulgarian = _bulgarian()
    assert [format_price(amount, "EUR", bulgarian) for amount in (1290, 990, 1290.5, 12990, 250000, 89.9)] == [
        "1290 €", "990 €", "1290,50 €", "12 990 €", "250 000 €", "89,90 €"]
    assert describe_constraints(Constraints(price_max=500), "EUR", bulgarian) == ["до 500 €"]
    assert describe_constraints(Constraints(price_min=1000, price_max=15000), "EUR", bulgarian) == ["1000 €–15 000 €"]
    assert format_price(600, "BGN", bulgarian) == "600 лв."


def test_kinds_metals_and_stones_are_the_bg_pack_s_names():
    bulgarian = _bulgarian()
    wanted = Constraints(price_max=800, categories=["earrings"], metals=["white gold"], gemstones=["sapphire"])
    assert describe_constraints(wanted, "EUR", bulgarian) == ["до 800 €", "обеци", "бяло злато", "сапфир"]
    assert describe_constraints(Constraints(categories=["ring", "engagement ring", "wedding band"]), "EUR", bulgarian) == ["пръстени"]
    assert describe_constraints(Constraints(categories=["pendant", "chain"]), "EUR", bulgarian) == ["медальони или синджири"]
    assert describe_constraints(Constraints(categories=["wedding band"]), "EUR", bulgarian) == ["брачни халки"]
    assert describe_constraints(Constraints(metals=["stainless steel"], gemstones=["none"]), "EUR", bulgarian) == ["медицинска стомана", "без камък"]
    assert bulgarian.metal("yellow gold", 14) == "жълто злато 14К"


def test_the_chosen_names_are_the_bg_pack_s_own():
    locales = PHRASE_DIR.parents[1] / "retrieval" / "lexicon" / "locales"
    pack = tomllib.loads((locales / "bg-BG.toml").read_text(encoding="utf-8"))
    pack |= tomllib.loads((locales / "bg-BG.colors.toml").read_text(encoding="utf-8"))
    for table, names in _file("bg")["names"].items():
        for value, name in names.items():
            assert name in pack[table][value]["names"], (table, value)
    for stone, colours in _file("bg")["stone_colours"].items():
        for colour, name in colours.items():
            assert name in pack["colors"][colour]["names"], (stone, colour)


def _answer(item: Item) -> str:
    return write_answer([Hit(item, 1.0, None, None)], Constraints(price_max=900), "EUR", used_photo=False, phrases=_bulgarian())


def test_a_stone_s_colour_agrees_with_the_stone():
    topaz = Item(id="t", title="Пръстен със син топаз", price=429, currency="EUR", category="ring", metal="yellow gold", karat=14,
                 gemstone="topaz", gemstone_color="blue")  # fmt: skip
    lines = _answer(topaz).splitlines()
    assert "1. Пръстен със син топаз — 429 € (жълто злато 14К, син топаз)" in lines
    assert lines[0] in {"Ето 1 бижу (до 900 €):", "Намерих за Вас 1 бижу (до 900 €):", "На Вашето търсене отговаря 1 бижу (до 900 €):"}
    pearl = Item(id="p", title="Обеци с перли", price=59, currency="EUR", category="earrings", metal="sterling silver",
                 gemstone="pearl", gemstone_color="white")  # fmt: skip
    assert "(сребро, бяла перла)" in _answer(pearl)
    diamond = Item(id="d", title="Годежен пръстен", price=890, currency="EUR", category="engagement ring", metal="white gold", karat=18,
                   gemstone="diamond", gemstone_color="colorless")  # fmt: skip
    assert "(бяло злато 18К, безцветен диамант)" in _answer(diamond)
    zirconia = Item(id="z", title="Пръстен", price=29, currency="EUR", category="ring", metal="sterling silver",
                    gemstone="cubic zirconia", gemstone_color="champagne")  # a colour the pack does not name: the stone alone
    assert "(сребро, цирконий)" in _answer(zirconia)


def test_bulgarian_s_everyday_words_are_none_its_neighbours_write_alike():
    bulgarian = {unmarked(word) for word in recognised_words("bg")}
    for language in ("ru", "uk", "sr", "sk", "cs", "pl"):
        assert not bulgarian & _written_in(language), language
    assert {"търся", "tarsya", "нещо", "neshto"} <= recognised_words("bg")  # read in Latin letters too


@pytest.mark.parametrize("text, catalog, language", [
    ("Здравейте, търся пръстен от бяло злато до 500 евро", "bg-BG", "bg"), ("Търся нещо по-евтино за съпругата ми", None, "bg"),
    ("сребърна гривна за приятелката ми", "bg-BG", "bg"), ("tarsya prasten ot byalo zlato", None, "bg"),
    ("white gold ring under 500 €", "bg-BG", "en"),
    ("Ищу кольцо из белого золота, что-нибудь подешевле", "ru-RU", "ru"), ("Ищу кольцо из белого золота", None, "ru"),
    ("Хочу серебряное кольцо", "bg-BG", "ru"), ("Шукаю каблучку з білого золота, щось дешевше", "uk-UA", "uk"),
    ("Шукаю каблучку з білого золота", None, "uk"), ("Добар дан, тражим прстен од белог злата", "sr-RS", "sr"),
    ("Тражим нешто јефтиније за ћерку", None, "sr"), ("Dobar dan, tražim prsten od belog zlata", "sr-RS", "sr"),
])  # fmt: skip
def test_bulgarian_is_told_apart_from_its_neighbours(text, catalog, language):
    assert answer_language(text, catalog)[0] == language


@pytest.mark.parametrize("text, catalog", [
    ("Ищу что-нибудь недорогое, может быть серьги", "bg-BG"), ("Шукаю щось для дружини, її розмір 17", "bg-BG"),
    ("Тражим љубичасти прстен за ћерку", "bg-BG"),
])  # fmt: skip
def test_a_letter_bulgarian_lacks_is_no_bulgarian(text, catalog):
    assert answer_language(text, catalog)[0] != "bg"


@pytest.mark.parametrize("text, kind", [
    ("Здравейте!", ("small_talk", "greeting")), ("Много благодаря", ("small_talk", "thanks")), ("Довиждане", ("small_talk", "bye")),
    ("Колко струва доставката?", ("policy", "shipping")), ("Мога ли да върна пръстена?", ("policy", "returns")),
    ("Може ли наложен платеж?", ("policy", "payment")), ("Имате ли някаква отстъпка?", ("policy", "discounts")),
    ("Искам да говоря с човек", ("handoff", "")),
])  # fmt: skip
def test_bulgarian_greetings_and_policy_questions(text, kind):
    assert message_kind(text, has_search_words=False) == kind
